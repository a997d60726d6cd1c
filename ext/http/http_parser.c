/* http_parser.c: HTTP/1.x request framing and validation with Workerman 5.x's rules (API.md 6.3
 * [5]): request line, header lines (known names matched in the same pass), Host, Content-Length,
 * chunked bodies. A resumable state machine in the nginx style over (state, buf, len); pure C:
 * no PHP, no allocation, never reads at or past len. Two process-wide memos (the last valid
 * Host value, the last header block with its parse) skip work a keep-alive client repeats;
 * every answer stays the one the bytes give. */

#include "http_parser.h"

#include <string.h>
#if defined(__SSE2__) && !defined(WM_HTTP_NO_SIMD)
#define WM_HTTP_SSE2 1
#include <emmintrin.h>
#endif

#define CONTINUE 2  /* internal: this phase finished, go on with the next one */

/* The scans run once or twice per request on a few bytes: inlined, their vector constants
 * are set up once and the call's cost goes (callgrind: ~30 instructions per request). */
#define WM_HTTP_INLINE static inline __attribute__((always_inline))

enum {
	S_METHOD, S_TARGET, S_PATH, S_QUERY, S_VERSION,
	S_LINE, S_NAME, S_OWS, S_VALUE, S_VALUE_LF, S_HEAD_LF, S_HEAD_MEMO,
	S_BODY, S_CHUNK_SIZE, S_CHUNK_EXT, S_CHUNK_SIZE_LF, S_CHUNK_DATA, S_CHUNK_DATA_CR,
	S_CHUNK_DATA_LF, S_TRAILER, S_TRAILER_NAME, S_TRAILER_VALUE, S_TRAILER_VALUE_LF, S_TRAILER_LF,
	S_DONE
};

/* RFC 9110 tchar: what 5.x's header-name regex accepts. */
static const uint8_t tchar[256] = {
	['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1,
	['-'] = 1, ['.'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1, ['~'] = 1,
	['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

/* Bytes ending a header value, chunk extension or trailer value. 5.x only splits on CRLF; a
 * NUL, bare CR or bare LF is rejected here on top, since proxies that end lines on a bare LF
 * would frame the request differently (smuggling). */
static const uint8_t value_stop[256] = { [0] = 1, ['\n'] = 1, ['\r'] = 1 };

/* request-target bytes 5.x refuses (`[^\x00-\x20\x7f]`); 2 marks the path/query split. */
static const uint8_t target_stop[256] = {
	[0 ... 0x20] = 1, [0x7f] = 1, ['?'] = 2,
};

/* Hex digit value + 1; 0 = not a hex digit. */
static const uint8_t hex_digit[256] = {
	['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
	['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
	['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
};

/* Bytes ending a reg-name in 5.x's Host pattern: PCRE \s (SP HT LF VT FF CR), ':', '/', '[', ']'. */
static const uint8_t host_stop[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
	[':'] = 1, ['/'] = 1, ['['] = 1, [']'] = 1,
};

static const struct { const char *name; uint8_t len; } known_headers[WM_HTTP_H_COUNT] = {
#define H(id, s) [id] = { s, sizeof(s) - 1 }
	H(WM_HTTP_H_HOST, "host"), H(WM_HTTP_H_CONTENT_LENGTH, "content-length"),
	H(WM_HTTP_H_TRANSFER_ENCODING, "transfer-encoding"), H(WM_HTTP_H_CONNECTION, "connection"),
	H(WM_HTTP_H_CONTENT_TYPE, "content-type"), H(WM_HTTP_H_COOKIE, "cookie"),
	H(WM_HTTP_H_UPGRADE, "upgrade"), H(WM_HTTP_H_SEC_WEBSOCKET_KEY, "sec-websocket-key"),
	H(WM_HTTP_H_SEC_WEBSOCKET_VERSION, "sec-websocket-version"),
	H(WM_HTTP_H_SEC_WEBSOCKET_PROTOCOL, "sec-websocket-protocol"),
	H(WM_HTTP_H_SEC_WEBSOCKET_EXTENSIONS, "sec-websocket-extensions"),
	H(WM_HTTP_H_ORIGIN, "origin"), H(WM_HTTP_H_USER_AGENT, "user-agent"),
	H(WM_HTTP_H_ACCEPT, "accept"), H(WM_HTTP_H_ACCEPT_ENCODING, "accept-encoding"),
	H(WM_HTTP_H_ACCEPT_LANGUAGE, "accept-language"), H(WM_HTTP_H_REFERER, "referer"),
	H(WM_HTTP_H_AUTHORIZATION, "authorization"), H(WM_HTTP_H_RANGE, "range"),
	H(WM_HTTP_H_IF_MODIFIED_SINCE, "if-modified-since"),
	H(WM_HTTP_H_IF_NONE_MATCH, "if-none-match"), H(WM_HTTP_H_EXPECT, "expect"),
	H(WM_HTTP_H_X_FORWARDED_FOR, "x-forwarded-for"), H(WM_HTTP_H_X_REAL_IP, "x-real-ip"),
	H(WM_HTTP_H_CACHE_CONTROL, "cache-control"),
#undef H
};

/* Known ids by name length (the longest is 24), at most 4 per length, 0-terminated. */
static const uint8_t known_by_len[25][5] = {
	[4] = { WM_HTTP_H_HOST },
	[5] = { WM_HTTP_H_RANGE },
	[6] = { WM_HTTP_H_COOKIE, WM_HTTP_H_ACCEPT, WM_HTTP_H_ORIGIN, WM_HTTP_H_EXPECT },
	[7] = { WM_HTTP_H_UPGRADE, WM_HTTP_H_REFERER },
	[9] = { WM_HTTP_H_X_REAL_IP },
	[10] = { WM_HTTP_H_CONNECTION, WM_HTTP_H_USER_AGENT },
	[12] = { WM_HTTP_H_CONTENT_TYPE },
	[13] = { WM_HTTP_H_AUTHORIZATION, WM_HTTP_H_CACHE_CONTROL, WM_HTTP_H_IF_NONE_MATCH },
	[14] = { WM_HTTP_H_CONTENT_LENGTH },
	[15] = { WM_HTTP_H_ACCEPT_ENCODING, WM_HTTP_H_ACCEPT_LANGUAGE, WM_HTTP_H_X_FORWARDED_FOR },
	[17] = { WM_HTTP_H_TRANSFER_ENCODING, WM_HTTP_H_SEC_WEBSOCKET_KEY, WM_HTTP_H_IF_MODIFIED_SINCE },
	[21] = { WM_HTTP_H_SEC_WEBSOCKET_VERSION },
	[22] = { WM_HTTP_H_SEC_WEBSOCKET_PROTOCOL },
	[24] = { WM_HTTP_H_SEC_WEBSOCKET_EXTENSIONS },
};

static const struct { const char *name; uint8_t len; } methods[] = {
	[WM_HTTP_GET] = { "GET", 3 }, [WM_HTTP_POST] = { "POST", 4 },
	[WM_HTTP_OPTIONS] = { "OPTIONS", 7 }, [WM_HTTP_HEAD] = { "HEAD", 4 },
	[WM_HTTP_DELETE] = { "DELETE", 6 }, [WM_HTTP_PUT] = { "PUT", 3 },
	[WM_HTTP_PATCH] = { "PATCH", 5 },
};

/* What init copies: zeros, no known header seen. */
static const wm_http_parser blank_parser = {
	.header_index = { [0 ... WM_HTTP_H_COUNT - 1] = WM_HTTP_NO_HEADER },
};

void wm_http_parser_init(wm_http_parser *p)
{
	/* one fixed-size copy (16-byte moves) instead of a memset the compiler makes rep stos */
	memcpy(p, &blank_parser, offsetof(wm_http_parser, headers));
}

static inline uint64_t load64(const unsigned char *b)
{
	uint64_t w;
	memcpy(&w, b, 8);
	return w;
}

static inline uint32_t load32(const unsigned char *b)
{
	uint32_t w;
	memcpy(&w, b, 4);
	return w;
}

/* The 4 bytes of a literal as load32() reads them (any byte order). */
static inline uint32_t word32(const char s[4])
{
	return load32((const unsigned char *)s);
}

/* Case-insensitive compare of a tchar name with a lower-case literal: OR-ing 0x20 lower-cases
 * letters and leaves '-' and digits alone, and no other tchar maps onto [a-z-]. 8 bytes at a
 * time, the last word overlapping. */
static int name_is(const unsigned char *name, const char *lower, size_t len)
{
	const unsigned char *l = (const unsigned char *)lower;
	const uint64_t to_lower = 0x2020202020202020ull;
	if (len >= 8) {
		for (size_t i = 0; i + 8 < len; i += 8) {
			if ((load64(name + i) | to_lower) != load64(l + i)) {
				return 0;
			}
		}
		return (load64(name + len - 8) | to_lower) == load64(l + len - 8);
	}
	for (size_t i = 0; i < len; i++) {
		if ((name[i] | 0x20) != l[i]) {
			return 0;
		}
	}
	return 1;
}

/* First index >= i that is not a tchar (or end); 8 table lookups per branch on long names. */
static size_t scan_token(const unsigned char *b, size_t i, size_t end)
{
	while (i + 8 <= end && (tchar[b[i]] & tchar[b[i + 1]] & tchar[b[i + 2]] & tchar[b[i + 3]]
			& tchar[b[i + 4]] & tchar[b[i + 5]] & tchar[b[i + 6]] & tchar[b[i + 7]])) {
		i += 8;
	}
	while (i < end && tchar[b[i]]) {
		i++;
	}
	return i;
}

static uint8_t match_known(const unsigned char *name, size_t len)
{
	if (len >= sizeof(known_by_len) / sizeof(known_by_len[0])) {
		return WM_HTTP_H_OTHER;
	}
	for (const uint8_t *id = known_by_len[len]; *id; id++) {
		if (name_is(name, known_headers[*id].name, len)) {
			return *id;
		}
	}
	return WM_HTTP_H_OTHER;
}

static uint8_t match_method(const unsigned char *b, size_t len)
{
	for (uint8_t m = WM_HTTP_GET; m <= WM_HTTP_PATCH; m++) {
		if (methods[m].len == len && memcmp(b, methods[m].name, len) == 0) {
			return m;
		}
	}
	return WM_HTTP_METHOD_NONE;
}

/* First index >= i whose byte is refused in a request-target (or is '?' when stop_at_query). */
WM_HTTP_INLINE size_t scan_target(const unsigned char *b, size_t i, size_t end, int stop_at_query)
{
#ifdef WM_HTTP_SSE2
	const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f);
	const __m128i query = _mm_set1_epi8(stop_at_query ? '?' : 0x7f);
	while (i + 16 <= end) {
		__m128i v = _mm_loadu_si128((const __m128i *)(b + i));
		__m128i stop = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, space), v),
				_mm_or_si128(_mm_cmpeq_epi8(v, del), _mm_cmpeq_epi8(v, query)));
		int bits = _mm_movemask_epi8(stop);
		if (bits) {
			return i + (size_t)__builtin_ctz((unsigned)bits);
		}
		i += 16;
	}
#endif
	uint8_t mask = stop_at_query ? 3 : 1;
	while (i < end && !(target_stop[b[i]] & mask)) {
		i++;
	}
	return i;
}

/* First index >= i holding a NUL, CR or LF (or end). */
WM_HTTP_INLINE size_t scan_value(const unsigned char *b, size_t i, size_t end)
{
#ifdef WM_HTTP_SSE2
	const __m128i cr = _mm_set1_epi8('\r');
	while (i + 16 <= end) {
		__m128i v = _mm_loadu_si128((const __m128i *)(b + i));
		unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, cr), v));
		while (bits) {  /* bytes <= '\r': mostly the CR itself, rarely a HTAB */
			size_t k = i + (size_t)__builtin_ctz(bits);
			if (value_stop[b[k]]) {
				return k;
			}
			bits &= bits - 1;
		}
		i += 16;
	}
#endif
	while (i < end && !value_stop[b[i]]) {
		i++;
	}
	return i;
}

/* 5.x's Host pattern `^(?:\[[^\]\r\n]+\]|[^\s:\/\[\]\r\n]+)(?::[0-9]+)?$` (PCRE \s is
 * SP, HT, LF, VT, FF, CR). The value has no CR/LF here, and v[n] is readable and is the CR
 * ending the line or the SP/HTAB trimmed before it: a host_stop byte and no digit, so both
 * scans stop at n without a bound check (they ran ~half of this parser's instructions). */
#ifdef WM_HTTP_SSE2
/* The last Host value found valid by the 16-byte check below (its first host_memo_len bytes;
 * 0: none yet). Every request of a keep-alive connection names the same host, so the next
 * one is a compare (~10 instructions) instead of the check (~60; callgrind: http16 1,816 -> 1,775 per request). Only ever a
 * copy of bytes that passed the check, and the answer depends on those bytes alone, so no
 * result changes with it. */
static __m128i host_memo;
static size_t host_memo_len;
#endif

static int host_is_valid(const unsigned char *v, size_t n, size_t avail)
{
	size_t i = 0;
#ifdef WM_HTTP_SSE2
	/* A host[:port] shorter than 16 bytes (the usual one) in one 16-byte load when the buffer
	 * holds them: bit k of stops is a host_stop byte at k (bit n always: the byte after the
	 * value), of digits a digit. Same answer as the scans below. */
	if (n < 16 && avail >= 16 && v[0] != '[') {
		const __m128i x = _mm_loadu_si128((const __m128i *)v);
		if (n == host_memo_len
				&& (((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, host_memo)) | (0xffffu << n)) & 0xffffu) == 0xffffu) {
			return 1;
		}
		const __m128i ws = _mm_sub_epi8(x, _mm_set1_epi8(9));  /* HT LF VT FF CR -> 0..4 */
		__m128i stop = _mm_cmpeq_epi8(_mm_min_epu8(ws, _mm_set1_epi8(4)), ws);
		stop = _mm_or_si128(stop, _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
		stop = _mm_or_si128(stop, _mm_cmpeq_epi8(x, _mm_set1_epi8(':')));
		stop = _mm_or_si128(stop, _mm_cmpeq_epi8(x, _mm_set1_epi8('/')));
		stop = _mm_or_si128(stop, _mm_cmpeq_epi8(x, _mm_set1_epi8('[')));
		stop = _mm_or_si128(stop, _mm_cmpeq_epi8(x, _mm_set1_epi8(']')));
		const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
		unsigned digits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d));
		unsigned k = (unsigned)__builtin_ctz((unsigned)_mm_movemask_epi8(stop));
		if (k == 0 || k > n) {
			return 0;
		}
		if (k < n) {
			if (v[k] != ':' || k + 1 == n) {
				return 0;
			}
			unsigned port = ((1u << n) - 1) & ~((2u << k) - 1); /* bits k+1 .. n-1 */
			if ((digits & port) != port) {
				return 0;
			}
		}
		host_memo = x;
		host_memo_len = n;
		return 1;
	}
#else
	(void)avail;
#endif
	if (n > 0 && v[0] == '[') {
		for (i = 1; i < n && v[i] != ']'; i++) {
		}
		if (i == n || i == 1) {
			return 0;
		}
		i++;
	} else {
		while (!host_stop[v[i]]) {
			i++;
		}
		if (i == 0) {
			return 0;
		}
	}
	if (i == n) {
		return 1;
	}
	if (v[i] != ':' || i + 1 == n) {
		return 0;
	}
	for (i++; (unsigned)(v[i] - '0') < 10; i++) {
	}
	return i == n;
}

/* Host, Content-Length and Transfer-Encoding rules of 5.x, applied as each line completes. */
static int check_framing_header(wm_http_parser *p, uint8_t id, const unsigned char *v, size_t n, size_t avail)
{
	if (p->header_index[id] != WM_HTTP_NO_HEADER) {
		return WM_HTTP_BAD_REQUEST;  /* a second Host, Content-Length or Transfer-Encoding */
	}
	if (id == WM_HTTP_H_HOST) {
		return host_is_valid(v, n, avail) ? 0 : WM_HTTP_BAD_REQUEST;
	}
	if (id == WM_HTTP_H_TRANSFER_ENCODING) {
		return n == 7 && name_is(v, "chunked", 7) ? 0 : WM_HTTP_BAD_REQUEST;
	}
	if (n == 0) {
		return WM_HTTP_BAD_REQUEST;  /* ctype_digit('') is false */
	}
	uint64_t length = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9') {
			return WM_HTTP_BAD_REQUEST;
		}
		/* Saturate: anything this large is refused with 413 anyway. */
		length = length > UINT64_MAX / 20 ? UINT64_MAX / 2 : length * 10 + (v[i] - '0');
	}
	p->body_len = length;
	return 0;
}

/* A header line ended with the CR at offset cr: trim, classify (unless known is already the
 * name's id), store. */
static int add_header(wm_http_parser *p, const unsigned char *b, size_t cr, uint8_t known, size_t end)
{
	size_t value_end = cr;
	while (value_end > p->value_off && (b[value_end - 1] == ' ' || b[value_end - 1] == '\t')) {
		value_end--;
	}
	if (p->header_count == WM_HTTP_MAX_HEADERS) {
		return WM_HTTP_HEADER_TOO_LARGE;
	}
	uint8_t id = known != WM_HTTP_NO_HEADER ? known : match_known(b + p->mark, p->name_len);
	size_t value_len = value_end - p->value_off;
	if (id == WM_HTTP_H_HOST || id == WM_HTTP_H_CONTENT_LENGTH || id == WM_HTTP_H_TRANSFER_ENCODING) {
		int status = check_framing_header(p, id, b + p->value_off, value_len, end - p->value_off);
		if (status) {
			return status;
		}
	}
	if (id != WM_HTTP_H_OTHER && p->header_index[id] == WM_HTTP_NO_HEADER) {
		p->header_index[id] = p->header_count;
	}
	wm_http_header *h = &p->headers[p->header_count++];
	h->name_off = (uint16_t)p->mark;
	h->name_len = p->name_len;
	h->value_off = (uint16_t)p->value_off;
	h->value_len = (uint16_t)value_len;
	h->id = id;
	return 0;
}

/* Out of bytes inside a phase: remember where, so the next call resumes right there. */
#define NEED_MORE_IN(st) do { p->state = (st); p->pos = i; return WM_HTTP_NEED_MORE; } while (0)

/* `^(GET|POST|OPTIONS|HEAD|DELETE|PUT|PATCH) /[^\x00-\x20\x7f]* HTTP/1\.[0-9]$` then CRLF.
 * Straight-line code (the fast path for a whole line); the switch only resumes a cut line. */
static int parse_request_line(wm_http_parser *p, const unsigned char *b, size_t end)
{
	size_t i = p->pos;
	switch (p->state) {
	case S_METHOD: goto method;
	case S_TARGET: goto target;
	case S_PATH: goto path;
	case S_QUERY: goto query;
	default: goto version;
	}
method:
	/* Fast path: "GET " or "POST " whole at the start (the general loop below decides the
	 * same for them; it remains for the other methods and for a cut line). */
	if (i == 0 && end >= 5) {
		uint32_t w = load32(b);
		if (w == word32("GET ")) {
			p->method = WM_HTTP_GET;
			i = 4;
			p->target_off = 4;
			goto target;
		}
		if (w == word32("POST") && b[4] == ' ') {
			p->method = WM_HTTP_POST;
			i = 5;
			p->target_off = 5;
			goto target;
		}
	}
	while (i < end && i < 7 && b[i] >= 'A' && b[i] <= 'Z') {
		i++;
	}
	if (i == end) {
		NEED_MORE_IN(S_METHOD);
	}
	if (b[i] != ' ' || (p->method = match_method(b, i)) == WM_HTTP_METHOD_NONE) {
		return WM_HTTP_BAD_REQUEST;
	}
	p->target_off = (uint16_t)++i;
target:
	if (i == end) {
		NEED_MORE_IN(S_TARGET);
	}
	if (b[i++] != '/') {
		return WM_HTTP_BAD_REQUEST;
	}
path:
	i = scan_target(b, i, end, 1);
	if (i == end) {
		NEED_MORE_IN(S_PATH);
	}
	p->path_len = (uint16_t)(i - p->target_off);
	if (b[i] == '?') {
		p->query_off = (uint16_t)++i;
query:
		i = scan_target(b, i, end, 0);
		if (i == end) {
			NEED_MORE_IN(S_QUERY);
		}
		p->query_len = (uint16_t)(i - p->query_off);
	}
	if (b[i] != ' ') {
		return WM_HTTP_BAD_REQUEST;
	}
	p->target_len = (uint16_t)(i - p->target_off);
	p->mark = ++i;
version:
	/* Fast path: the whole "HTTP/1.D\r\n" is here (the loop below handles a cut one). */
	if (i == p->mark && end - i >= 10) {
		unsigned char d = b[i + 7];
		if (load32(b + i) == word32("HTTP") && load32(b + i + 3) == word32("P/1.")
				&& d >= '0' && d <= '9' && b[i + 8] == '\r' && b[i + 9] == '\n') {
			p->version_minor = d - '0';
			p->pos = i + 10;
			p->state = S_LINE;
			return CONTINUE;
		}
	}
	while (i < end) {
		size_t k = i - p->mark;  /* "HTTP/1.D\r\n" */
		unsigned char c = b[i++];
		if (k < 7 ? c != (unsigned char)"HTTP/1."[k]
				: k == 7 ? (c < '0' || c > '9') : c != (k == 8 ? '\r' : '\n')) {
			return WM_HTTP_BAD_REQUEST;
		}
		if (k == 7) {
			p->version_minor = c - '0';
		} else if (k == 9) {
			p->pos = i;
			p->state = S_LINE;
			return CONTINUE;
		}
	}
	NEED_MORE_IN(S_VERSION);
}

/* `name: value` lines until the empty line; the name must be a token (5.x), the value is
 * trimmed of SP/HTAB (5.x trim) and may not hold NUL or a bare CR/LF. Straight-line like
 * the request line. */
static int parse_header_lines(wm_http_parser *p, const unsigned char *b, size_t end)
{
	size_t i = p->pos;
	uint8_t known = WM_HTTP_NO_HEADER; /* the name's id when the fast path below saw it */
	switch (p->state) {
	case S_LINE: goto line;
	case S_NAME: goto name;
	case S_OWS: goto ows;
	case S_VALUE: goto value;
	case S_VALUE_LF: goto value_lf;
	default: goto head_lf;
	}
line:
	if (i == end) {
		NEED_MORE_IN(S_LINE);
	}
	if (b[i] == '\r') {
		i++;
		goto head_lf;
	}
	if (!tchar[b[i]]) {
		return WM_HTTP_BAD_REQUEST;  /* no name, obs-fold, bare LF, ... */
	}
	p->mark = i;
	/* Fast path: "Host:" in any case (every HTTP/1.1 request has it; OR-ing 0x20 maps only
	 * H/h, O/o, S/s, T/t onto "host"), no token scan nor name lookup. */
	if (end - i >= 5 && (load32(b + i) | 0x20202020u) == word32("host") && b[i + 4] == ':') {
		known = WM_HTTP_H_HOST;
		p->name_len = 4;
		i += 5;
		goto ows;
	}
	i++;
name:
	i = scan_token(b, i, end);
	if (i == end) {
		NEED_MORE_IN(S_NAME);
	}
	if (b[i] != ':') {
		return WM_HTTP_BAD_REQUEST;
	}
	p->name_len = (uint16_t)(i - p->mark);
	i++;
ows:
	if (i < end && b[i] == ' ') {
		i++; /* the usual one space: the loop below then tests one byte */
	}
	while (i < end && (b[i] == ' ' || b[i] == '\t')) {
		i++;
	}
	if (i == end) {
		NEED_MORE_IN(S_OWS);
	}
	p->value_off = i;
value:
	i = scan_value(b, i, end);
	if (i == end) {
		NEED_MORE_IN(S_VALUE);
	}
	if (b[i++] != '\r') {
		return WM_HTTP_BAD_REQUEST;
	}
value_lf:
	if (i == end) {
		NEED_MORE_IN(S_VALUE_LF);
	}
	if (b[i] != '\n') {
		return WM_HTTP_BAD_REQUEST;
	}
	int status = add_header(p, b, i - 1, known, end);
	if (status) {
		return status;
	}
	known = WM_HTTP_NO_HEADER;
	i++;
	goto line;
head_lf:
	if (i == end) {
		NEED_MORE_IN(S_HEAD_LF);
	}
	if (b[i] != '\n') {
		return WM_HTTP_BAD_REQUEST;
	}
	p->pos = i + 1;
	return CONTINUE;
}

/* The empty line was read: request-wide header rules, then how the body is framed. */
static int finish_head(wm_http_parser *p, const wm_http_limits *limits)
{
	int has_cl = p->header_index[WM_HTTP_H_CONTENT_LENGTH] != WM_HTTP_NO_HEADER;
	if (p->version_minor > 0 && p->header_index[WM_HTTP_H_HOST] == WM_HTTP_NO_HEADER) {
		return WM_HTTP_BAD_REQUEST;
	}
	p->head_len = (uint16_t)p->pos;
	if (p->header_index[WM_HTTP_H_TRANSFER_ENCODING] != WM_HTTP_NO_HEADER) {
		if (has_cl) {
			return WM_HTTP_BAD_REQUEST;
		}
		p->chunked = 1;
		p->mark = p->pos;
		p->state = S_CHUNK_SIZE;
		return CONTINUE;
	}
	uint64_t total = p->head_len + p->body_len;  /* body_len <= UINT64_MAX / 2 */
	if (total > limits->max_package) {
		return WM_HTTP_PAYLOAD_TOO_LARGE;
	}
	p->total_len = total;
	p->state = S_BODY;
	return CONTINUE;
}

/* Chunk-size lines (<= 16 hex digits, value < 2^63 as 5.x's hexdec() needs, optional ";ext"),
 * data + CRLF, then trailer lines (token ':' value) and the final empty line. */
static int parse_chunks(wm_http_parser *p, const unsigned char *b, size_t end, size_t max_package)
{
	size_t i = p->pos;
	while (i < end) {
		unsigned char c = b[i];
		switch (p->state) {
		case S_CHUNK_SIZE:
			if (hex_digit[c]) {
				if (i - p->mark == 16) {
					return WM_HTTP_BAD_REQUEST;
				}
				p->chunk_size = p->chunk_size << 4 | (uint64_t)(hex_digit[c] - 1);
				i++;
				continue;
			}
			if (i == p->mark || (c != ';' && c != '\r') || p->chunk_size > INT64_MAX) {
				return WM_HTTP_BAD_REQUEST;
			}
			p->state = c == ';' ? S_CHUNK_EXT : S_CHUNK_SIZE_LF;
			i++;
			continue;
		case S_CHUNK_EXT:
		case S_TRAILER_VALUE:
			i = scan_value(b, i, end);
			if (i == end) {
				break;
			}
			if (b[i] != '\r') {
				return WM_HTTP_BAD_REQUEST;
			}
			p->state = p->state == S_CHUNK_EXT ? S_CHUNK_SIZE_LF : S_TRAILER_VALUE_LF;
			i++;
			continue;
		case S_CHUNK_SIZE_LF:
			if (c != '\n') {
				return WM_HTTP_BAD_REQUEST;
			}
			i++;
			if (p->chunk_size == 0) {
				p->trailer_off = i;
				p->state = S_TRAILER;
				continue;
			}
			/* Refuse now rather than buffer a chunk that cannot fit (5.x waits for it). */
			if (p->chunk_size > max_package || i + p->chunk_size + 2 > max_package) {
				return WM_HTTP_PAYLOAD_TOO_LARGE;
			}
			p->body_len += p->chunk_size;
			p->data_end = i + p->chunk_size;
			p->state = S_CHUNK_DATA;
			continue;
		case S_CHUNK_DATA:
			if (end < p->data_end) {
				i = end;
				break;
			}
			i = p->data_end;
			p->state = S_CHUNK_DATA_CR;
			continue;
		case S_CHUNK_DATA_CR:
		case S_CHUNK_DATA_LF:
			if (c != (p->state == S_CHUNK_DATA_CR ? '\r' : '\n')) {
				return WM_HTTP_BAD_REQUEST;
			}
			i++;
			if (p->state == S_CHUNK_DATA_CR) {
				p->state = S_CHUNK_DATA_LF;
			} else {
				p->mark = i;
				p->chunk_size = 0;
				p->state = S_CHUNK_SIZE;
			}
			continue;
		case S_TRAILER:
			if (c == '\r') {
				p->state = S_TRAILER_LF;
			} else if (tchar[c]) {
				p->state = S_TRAILER_NAME;
			} else {
				return WM_HTTP_BAD_REQUEST;
			}
			i++;
			continue;
		case S_TRAILER_NAME:
			while (i < end && tchar[b[i]]) {
				i++;
			}
			if (i == end) {
				break;
			}
			if (b[i] != ':') {
				return WM_HTTP_BAD_REQUEST;
			}
			p->state = S_TRAILER_VALUE;
			i++;
			continue;
		case S_TRAILER_VALUE_LF:
		case S_TRAILER_LF:
			if (c != '\n') {
				return WM_HTTP_BAD_REQUEST;
			}
			i++;
			if (p->state == S_TRAILER_VALUE_LF) {
				p->state = S_TRAILER;
				continue;
			}
			p->trailer_len = i - 2 - p->trailer_off;
			p->total_len = i;
			p->pos = i;
			p->state = S_DONE;
			return WM_HTTP_COMPLETE;
		}
	}
	p->pos = i;
	return WM_HTTP_NEED_MORE;
}

/* 5.x's limit is on where "\r\n\r\n" starts (strpos() < 16384), so the head may run 3
 * bytes past max_head. Once max_head bytes are read without the end, it can still come only
 * if every byte from max_head - 1 on is part of it (CR or LF; their order the scan checked). */
static int head_cannot_end(const wm_http_parser *p, const unsigned char *b, size_t max_head)
{
	if (p->pos < max_head) {
		return 0;
	}
	if (p->pos >= max_head + 3) {
		return 1;
	}
	for (size_t i = max_head - 1; i < p->pos; i++) {
		if (b[i] != '\r' && b[i] != '\n') {
			return 1;
		}
	}
	return 0;
}

/* The header block (the lines after the request line, up to and with the empty line) of the
 * last head parsed here, and what parsing it gave, offsets counted from the block's start.
 * A keep-alive client sends the same block with each request (only the request line
 * changes), so when the bytes after the next request line are these, their parse is copied
 * instead of done again (callgrind: ~150 instructions fewer for a 41-byte GET). What the
 * lines give depends on their bytes alone (where the block starts only moves the offsets),
 * and the copy is used only when the whole block lies within the bytes the machine would
 * scan, so every answer is the machine's; finish_head() still runs on it. Blocks of more
 * than HEAD_MEMO_BYTES bytes or HEAD_MEMO_HEADERS lines are not kept. */
#define HEAD_MEMO_BYTES   256
#define HEAD_MEMO_HEADERS 16
static struct {
	size_t len;                          /* 0: nothing kept yet */
	unsigned misses;                     /* heads in a row that were not the kept block */
	size_t start;                        /* where the block began in its request: headers[]'s base */
	uint64_t body_len;                   /* Content-Length's value, else 0 */
	uint8_t header_count;
	uint8_t header_index[WM_HTTP_H_COUNT];
	wm_http_header headers[HEAD_MEMO_HEADERS];
	unsigned char bytes[HEAD_MEMO_BYTES];
} head_memo;

/* After 8 misses in a row (clients taking turns with different blocks: browsers' cookies,
 * a proxy's X-Forwarded-For) the memo is tried on one head in 64 only, with a block kept just
 * before: such traffic pays a branch per head, and a client that starts repeating its block
 * is back on the memo within 64 heads. */
WM_HTTP_INLINE int head_memo_trying(void)
{
	return head_memo.misses < 8 || (head_memo.misses & 63) == 0;
}

WM_HTTP_INLINE int head_memo_keeping(unsigned misses)
{
	return misses < 8 ? (misses & 3) == 0 : (misses & 63) == 63;
}

WM_HTTP_INLINE int same_bytes(const unsigned char *a, const unsigned char *b, size_t n)
{
#ifdef WM_HTTP_SSE2
	if (n >= 16) { /* 16 at a time, the last 16 overlapping */
		for (size_t i = 0; i + 16 < n; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(a + i)), y = _mm_loadu_si128((const __m128i *)(b + i));
			if (_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) != 0xffff) {
				return 0;
			}
		}
		__m128i x = _mm_loadu_si128((const __m128i *)(a + n - 16));
		__m128i y = _mm_loadu_si128((const __m128i *)(b + n - 16));
		return _mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) == 0xffff;
	}
#endif
	return memcmp(a, b, n) == 0;
}

/* The request line just ended at p->pos: is the kept block next, whole within end? Then its
 * parse is p's, p->pos is the end of the head and the state S_HEAD_MEMO. */
WM_HTTP_INLINE int head_memo_match(wm_http_parser *p, const unsigned char *b, size_t end)
{
	size_t start = p->pos, n = head_memo.len;
	if (n == 0 || !head_memo_trying() || end - start < n || !same_bytes(b + start, head_memo.bytes, n)) {
		return 0;
	}
	uint16_t shift = (uint16_t)(start - head_memo.start); /* modulo 2^16: the sums fit */
	for (unsigned i = 0; i < head_memo.header_count; i++) {
		wm_http_header h = head_memo.headers[i];
		h.name_off += shift;
		h.value_off += shift;
		p->headers[i] = h;
	}
	memcpy(p->header_index, head_memo.header_index, sizeof(p->header_index));
	p->header_count = head_memo.header_count;
	p->body_len = head_memo.body_len;
	p->pos = start + n;
	p->state = S_HEAD_MEMO;
	return 1;
}

/* The header lines of the head that ended at p->pos were parsed by the machine: keep them. */
static void head_memo_keep(const wm_http_parser *p, const unsigned char *b)
{
	size_t start = (size_t)p->target_off + p->target_len + sizeof(" HTTP/1.x\r\n") - 1;
	size_t n = p->pos - start;
	if (n > HEAD_MEMO_BYTES || p->header_count > HEAD_MEMO_HEADERS) {
		return;
	}
	memcpy(head_memo.bytes, b + start, n);
	/* as they are, 16 bytes at a time (a field-by-field copy of each cost ~9 instructions) */
	size_t headers_size = p->header_count * sizeof(wm_http_header);
	for (size_t k = 0; k < headers_size; k += 16) {
		memcpy((char *)head_memo.headers + k, (const char *)p->headers + k, 16);
	}
	memcpy(head_memo.header_index, p->header_index, sizeof(head_memo.header_index));
	head_memo.start = start;
	head_memo.header_count = p->header_count;
	head_memo.body_len = p->body_len;
	head_memo.len = n;
}

static int scan_head(wm_http_parser *p, const unsigned char *b, size_t end)
{
	int status = CONTINUE;
	if (p->state < S_LINE) {
		status = parse_request_line(p, b, end);
		if (status == CONTINUE && head_memo_match(p, b, end)) {
			return CONTINUE;
		}
	}
	if (status == CONTINUE) {
		status = parse_header_lines(p, b, end);
	}
	return status;
}

static int parse_head(wm_http_parser *p, const unsigned char *b, size_t len, const wm_http_limits *limits)
{
	size_t max_head = limits->max_head < 65532 ? limits->max_head : 65532;
	/* Past max_head the scan goes one byte at a time, checking for 431 between them: the
	 * answer to a head that is both too long and malformed then does not depend on how its
	 * bytes arrived (the fuzzer's byte-at-a-time check). Heads under max_head scan once. */
	size_t stop = len, end = len;
	if (__builtin_expect(len > max_head, 0)) { /* a buffer holding no more than max_head: both are len */
		stop = len < max_head + 3 ? len : max_head + 3;
		end = max_head && stop > max_head ? max_head : stop;
	}
	if (end < p->pos) {
		end = p->pos; /* an earlier call scanned this far */
	}
	int status;
	for (;;) { /* one call site: the scanners stay inlined as before the byte steps */
		status = scan_head(p, b, end);
		if (status != WM_HTTP_NEED_MORE || end >= stop) {
			break;
		}
		if (head_cannot_end(p, b, max_head)) {
			return WM_HTTP_HEADER_TOO_LARGE;
		}
		end++;
	}
	if (status == CONTINUE) {
		/* a miss keeps the new block, but only every 4th in a row (then once in 64), so that
		 * clients taking turns with different blocks do not pay for a copy on every request */
		if (p->state == S_HEAD_MEMO) {
			head_memo.misses = 0;
		} else if (head_memo_keeping(head_memo.misses++)) {
			head_memo_keep(p, b);
		}
		return finish_head(p, limits);
	}
	/* The empty line cannot start within max_head bytes any more: 431. */
	if (status == WM_HTTP_NEED_MORE && max_head && head_cannot_end(p, b, max_head)) {
		return WM_HTTP_HEADER_TOO_LARGE;
	}
	return status;
}

wm_http_status wm_http_parse_request(wm_http_parser *p, const char *buf, size_t len,
		const wm_http_limits *limits)
{
	const unsigned char *b = (const unsigned char *)buf;
	int status = CONTINUE;
	if (p->status != WM_HTTP_NEED_MORE || len < p->pos) {
		return (wm_http_status)p->status;
	}
	if (p->state < S_BODY) {
		status = parse_head(p, b, len, limits);
	}
	if (status == CONTINUE && p->state == S_BODY) {
		if (len < p->total_len) {
			return WM_HTTP_NEED_MORE;
		}
		p->state = S_DONE;
		status = WM_HTTP_COMPLETE;
	} else if (status == CONTINUE) {
		/* Chunked: the request may not need more than max_package bytes. */
		size_t end = len < limits->max_package ? len : limits->max_package;
		status = parse_chunks(p, b, end, limits->max_package);
		if (status == WM_HTTP_NEED_MORE && p->pos >= limits->max_package) {
			status = WM_HTTP_PAYLOAD_TOO_LARGE;
		}
	}
	p->status = (uint16_t)status;
	return (wm_http_status)status;
}

size_t wm_http_dechunk(const wm_http_parser *p, const char *buf, char *out)
{
	const unsigned char *b = (const unsigned char *)buf;
	size_t i = p->head_len, n = 0;
	for (;;) {  /* the framing was validated by wm_http_parse_request() */
		uint64_t size = 0;
		while (hex_digit[b[i]]) {
			size = size << 4 | (uint64_t)(hex_digit[b[i++]] - 1);
		}
		const unsigned char *lf = memchr(b + i, '\n', p->total_len - i);
		i = (size_t)(lf - b) + 1;
		if (size == 0) {
			return n;
		}
		memmove(out + n, b + i, size);
		n += size;
		i += size + 2;
	}
}

const char *wm_http_reject_response(wm_http_status status, size_t *len)
{
	static const char r400[] = WM_HTTP_REJECT_400;
	static const char r413[] = WM_HTTP_REJECT_413;
	static const char r431[] = WM_HTTP_REJECT_431;
	switch (status) {
	case WM_HTTP_BAD_REQUEST: *len = sizeof(r400) - 1; return r400;
	case WM_HTTP_PAYLOAD_TOO_LARGE: *len = sizeof(r413) - 1; return r413;
	case WM_HTTP_HEADER_TOO_LARGE: *len = sizeof(r431) - 1; return r431;
	default: *len = 0; return NULL;
	}
}

const char *wm_http_header_name(wm_http_header_id id, size_t *len)
{
	if (id <= WM_HTTP_H_OTHER || id >= WM_HTTP_H_COUNT) {
		*len = 0;
		return NULL;
	}
	*len = known_headers[id].len;
	return known_headers[id].name;
}

const char *wm_http_method_name(wm_http_method method, size_t *len)
{
	if (method < WM_HTTP_GET || method > WM_HTTP_PATCH) {
		*len = 0;
		return NULL;
	}
	*len = methods[method].len;
	return methods[method].name;
}
