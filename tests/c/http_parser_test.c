/* http_parser_test.c: unit tests of ext/http/http_parser.c (no framework). Every case is also
 * fed at every split point and one byte at a time, each prefix copied into an exact-size heap
 * buffer so ASAN catches any read past len. Prints "ok N - name" lines, then a summary line.
 *   cc -O1 -Wall -Werror -fsanitize=address,undefined -Iext/http tests/c/http_parser_test.c ext/http/http_parser.c */

#include "http_parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tests, failures;
static const wm_http_limits default_limits = { WM_HTTP_MAX_HEAD, 10 * 1024 * 1024 };

#define CHECK(cond) do { if (!(cond)) { printf("#   %s:%d: %s\n", __FILE__, __LINE__, #cond); return 0; } } while (0)

static void report(const char *name, int ok)
{
	tests++;
	if (!ok) {
		failures++;
	}
	printf("%s %d - %s\n", ok ? "ok" : "not ok", tests, name);
}

/* Parse len bytes given whole, copied into an exact-size buffer. */
static wm_http_status parse_whole(wm_http_parser *p, const char *req, size_t len, const wm_http_limits *lim)
{
	char *copy = malloc(len ? len : 1);
	memcpy(copy, req, len);
	wm_http_parser_init(p);
	wm_http_status st = wm_http_parse_request(p, copy, len, lim);
	free(copy);
	return st;
}

/* Parse req[0..k) then req[0..len) from fresh exact-size buffers (the buffer "moves"). */
static wm_http_status parse_split(wm_http_parser *p, const char *req, size_t k, size_t len, const wm_http_limits *lim)
{
	wm_http_parser_init(p);
	char *first = malloc(k ? k : 1);
	memcpy(first, req, k);
	wm_http_status st = wm_http_parse_request(p, first, k, lim);
	free(first);
	if (st != WM_HTTP_NEED_MORE) {
		return st;
	}
	char *all = malloc(len ? len : 1);
	memcpy(all, req, len);
	st = wm_http_parse_request(p, all, len, lim);
	free(all);
	return st;
}

static int same_result(const wm_http_parser *a, const wm_http_parser *b)
{
	if (memcmp(a, b, offsetof(wm_http_parser, state)) != 0) {
		return 0;
	}
	for (int i = 0; i < a->header_count; i++) {
		const wm_http_header *x = &a->headers[i], *y = &b->headers[i];
		if (x->name_off != y->name_off || x->name_len != y->name_len || x->value_off != y->value_off
				|| x->value_len != y->value_len || x->id != y->id) {
			return 0;
		}
	}
	return 1;
}

/* The result must not depend on how the bytes arrive: at every split point, and byte by byte
 * (stopping at the first final result, which must come exactly at total_len on COMPLETE). */
static int check_feeding(const char *req, size_t len, const wm_http_limits *lim)
{
	static wm_http_parser whole, part;
	wm_http_status expect = parse_whole(&whole, req, len, lim);
	size_t step = len > 4096 ? 61 : 1;
	for (size_t k = 0; k <= len; k += step) {
		wm_http_status st = parse_split(&part, req, k, len, lim);
		if (st != expect || (st == WM_HTTP_COMPLETE && !same_result(&whole, &part))) {
			printf("#   split at %zu: got %d, expected %d\n", k, st, expect);
			return 0;
		}
	}
	wm_http_parser_init(&part);
	wm_http_status st = WM_HTTP_NEED_MORE;
	size_t n = 0;
	for (; st == WM_HTTP_NEED_MORE; n = (n < len && n + step > len) ? len : n + step) {
		if (n > len) {
			break;
		}
		char *copy = malloc(n ? n : 1);
		memcpy(copy, req, n);
		st = wm_http_parse_request(&part, copy, n, lim);
		free(copy);
		if (st == WM_HTTP_COMPLETE && step == 1 && n != part.total_len) {
			printf("#   byte-at-a-time completed at %zu, total_len %llu\n", n, (unsigned long long)part.total_len);
			return 0;
		}
	}
	if (st != expect || (st == WM_HTTP_COMPLETE && !same_result(&whole, &part))) {
		printf("#   byte-at-a-time: got %d, expected %d\n", st, expect);
		return 0;
	}
	return 1;
}

static int expect_status(const char *req, size_t len, const wm_http_limits *lim, wm_http_status expect)
{
	wm_http_parser p;
	wm_http_status st = parse_whole(&p, req, len, lim);
	if (st != expect) {
		printf("#   got %d, expected %d for: %.*s\n", st, expect, (int)(len > 200 ? 200 : len), req);
		return 0;
	}
	return check_feeding(req, len, lim);
}

static int header_is(const char *req, const wm_http_parser *p, int i, const char *name, const char *value, int id)
{
	const wm_http_header *h = &p->headers[i];
	return h->name_len == strlen(name) && memcmp(req + h->name_off, name, h->name_len) == 0
		&& h->value_len == strlen(value) && memcmp(req + h->value_off, value, h->value_len) == 0
		&& h->id == id;
}

#define S(lit) lit, sizeof(lit) - 1

/* ---- valid requests ---- */

static int test_simple_get(void)
{
	static const char req[] = "GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: t\r\n\r\n";
	wm_http_parser p;
	CHECK(expect_status(S(req), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(req), &default_limits);
	CHECK(p.method == WM_HTTP_GET && p.version_minor == 1 && !p.chunked);
	CHECK(p.target_off == 4 && p.target_len == 11 && p.path_len == 11 && p.query_off == 0);
	CHECK(p.head_len == sizeof(req) - 1 && p.total_len == sizeof(req) - 1 && p.body_len == 0);
	CHECK(p.header_count == 2);
	CHECK(header_is(req, &p, 0, "Host", "example.com", WM_HTTP_H_HOST));
	CHECK(header_is(req, &p, 1, "User-Agent", "t", WM_HTTP_H_USER_AGENT));
	CHECK(p.header_index[WM_HTTP_H_HOST] == 0 && p.header_index[WM_HTTP_H_USER_AGENT] == 1);
	CHECK(p.header_index[WM_HTTP_H_COOKIE] == WM_HTTP_NO_HEADER);
	CHECK(wm_http_find_header(&p, WM_HTTP_H_HOST) == &p.headers[0]);
	CHECK(wm_http_find_header(&p, WM_HTTP_H_CONTENT_TYPE) == NULL);
	return 1;
}

static int test_query_split(void)
{
	static const char req[] = "GET /a/b?x=1&y=?z HTTP/1.1\r\nHost: h\r\n\r\n";
	wm_http_parser p;
	CHECK(expect_status(S(req), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(req), &default_limits);
	CHECK(p.target_off == 4 && p.target_len == 13 && p.path_len == 4);
	CHECK(p.query_off == 9 && p.query_len == 8 && memcmp(req + p.query_off, "x=1&y=?z", 8) == 0);
	static const char empty_query[] = "GET /? HTTP/1.1\r\nHost: h\r\n\r\n";
	parse_whole(&p, S(empty_query), &default_limits);
	CHECK(p.path_len == 1 && p.query_off == 6 && p.query_len == 0 && p.target_len == 2);
	return 1;
}

static int test_post_content_length(void)
{
	static const char req[] = "POST /form HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";
	wm_http_parser p;
	CHECK(expect_status(S(req), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(req), &default_limits);
	CHECK(p.method == WM_HTTP_POST && p.body_len == 5 && p.total_len == sizeof(req) - 1);
	CHECK(p.head_len == sizeof(req) - 1 - 5);
	CHECK(p.header_index[WM_HTTP_H_CONTENT_LENGTH] == 2 && p.header_index[WM_HTTP_H_CONTENT_TYPE] == 1);
	/* total_len is known as soon as the head is complete, before the body arrives */
	wm_http_parser_init(&p);
	CHECK(wm_http_parse_request(&p, req, sizeof(req) - 4, &default_limits) == WM_HTTP_NEED_MORE);
	CHECK(p.total_len == sizeof(req) - 1 && p.head_len == sizeof(req) - 6);
	CHECK(wm_http_parse_request(&p, req, sizeof(req) - 1, &default_limits) == WM_HTTP_COMPLETE);
	return 1;
}

static int test_http10_no_host(void)
{
	wm_http_parser p;
	CHECK(expect_status(S("GET / HTTP/1.0\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S("GET / HTTP/1.0\r\n\r\n"), &default_limits);
	CHECK(p.version_minor == 0 && p.header_count == 0 && p.total_len == 18);
	CHECK(expect_status(S("GET / HTTP/1.0\r\nX: y\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	/* 5.x accepts any minor digit; only 1.0 may omit Host */
	CHECK(expect_status(S("GET / HTTP/1.9\r\nHost: h\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	CHECK(expect_status(S("GET / HTTP/1.9\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	return 1;
}

static int test_all_methods(void)
{
	static const char *names[] = { "GET", "POST", "OPTIONS", "HEAD", "DELETE", "PUT", "PATCH" };
	for (int m = 0; m < 7; m++) {
		char req[128];
		int n = snprintf(req, sizeof(req), "%s /x HTTP/1.1\r\nHost: h\r\n\r\n", names[m]);
		wm_http_parser p;
		CHECK(expect_status(req, (size_t)n, &default_limits, WM_HTTP_COMPLETE));
		parse_whole(&p, req, (size_t)n, &default_limits);
		size_t len;
		CHECK(p.method == m + 1 && strcmp(wm_http_method_name(p.method, &len), names[m]) == 0);
		CHECK(p.target_off == strlen(names[m]) + 1);
	}
	return 1;
}

static int test_pipelined(void)
{
	static const char buf[] =
		"GET /1 HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\n\r\n"
		"POST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
		"POST /3 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n"
		"GET /4 HTTP/1.0\r\n\r\n";
	const char *paths[] = { "/1", "/2", "/3", "/4" };
	size_t off = 0;
	wm_http_parser p;
	for (int r = 0; r < 4; r++) {
		wm_http_parser_init(&p);
		CHECK(wm_http_parse_request(&p, buf + off, sizeof(buf) - 1 - off, &default_limits) == WM_HTTP_COMPLETE);
		CHECK(p.path_len == 2 && memcmp(buf + off + p.target_off, paths[r], 2) == 0);
		CHECK(check_feeding(buf + off, sizeof(buf) - 1 - off, &default_limits));
		off += p.total_len;
	}
	CHECK(off == sizeof(buf) - 1);
	return 1;
}

static int test_chunked(void)
{
	static const char req[] = "POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
		"5;name=value\r\nhello\r\nA\r\n, world!!!\r\n0\r\nX-Sum: 1\r\nX-B:\r\n\r\n";
	wm_http_parser p;
	CHECK(expect_status(S(req), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(req), &default_limits);
	CHECK(p.chunked && p.body_len == 15 && p.total_len == sizeof(req) - 1);
	CHECK(p.trailer_len == 16 && memcmp(req + p.trailer_off, "X-Sum: 1\r\nX-B:\r\n", 16) == 0);
	char out[32];
	CHECK(wm_http_dechunk(&p, req, out) == 15 && memcmp(out, "hello, world!!!", 15) == 0);
	char inplace[sizeof(req)];
	memcpy(inplace, req, sizeof(req));
	CHECK(wm_http_dechunk(&p, inplace, inplace + p.head_len) == 15);
	CHECK(memcmp(inplace + p.head_len, "hello, world!!!", 15) == 0);
	static const char no_trailer[] = "POST / HTTP/1.1\r\nHost: h\r\ntransfer-encoding:  CHUNKED \r\n\r\n0\r\n\r\n";
	CHECK(expect_status(S(no_trailer), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(no_trailer), &default_limits);
	CHECK(p.chunked && p.body_len == 0 && p.trailer_len == 0 && wm_http_dechunk(&p, no_trailer, out) == 0);
	/* 16 hex digits are allowed (leading zeros), and uppercase hex */
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n000000000000000B\r\nhello world\r\n0\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	return 1;
}

/* The last valid Host is remembered (a compare instead of the check on the next request):
 * a value of the same length that differs in one byte, a prefix or a longer one each get the
 * check's own answer right after the remembered one. */
static int test_host_memo(void)
{
	static const struct { const char *host; wm_http_status st; } seq[] = {
		{ "127.0.0.1:1987x", WM_HTTP_BAD_REQUEST }, { "127.0.0.1/19870", WM_HTTP_BAD_REQUEST },
		{ "127.0.0.1 19870", WM_HTTP_BAD_REQUEST }, { "127.0.0.1:19870:", WM_HTTP_BAD_REQUEST },
		{ "127.0.0.1:", WM_HTTP_BAD_REQUEST }, { ":27.0.0.1:19870", WM_HTTP_BAD_REQUEST },
		{ "127.0.0.1[19870", WM_HTTP_BAD_REQUEST }, { "127.0.0.1:1987", WM_HTTP_COMPLETE },
		{ "127.0.0.2:19870", WM_HTTP_COMPLETE }, { "127.0.0.1:19870", WM_HTTP_COMPLETE },
	};
	for (size_t i = 0; i < sizeof(seq) / sizeof(seq[0]); i++) {
		char req[256];
		int n = snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: 127.0.0.1:19870\r\n\r\n");
		CHECK(expect_status(req, (size_t)n, &default_limits, WM_HTTP_COMPLETE));
		n = snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: %s\r\n\r\n", seq[i].host);
		if (!expect_status(req, (size_t)n, &default_limits, seq[i].st)) {
			printf("#   host %s after 127.0.0.1:19870\n", seq[i].host);
			return 0;
		}
	}
	return 1;
}

/* The header block of the last head is remembered with its parse and copied when the next
 * request's block is the same bytes (the offsets moved by the new request line's length):
 * each request below follows one with the same block (expect_status() parses it whole, so the
 * copy is taken, then at every split point and byte by byte, so it is not, and compares). */
static int test_head_memo(void)
{
	wm_http_parser p;
	CHECK(expect_status(S("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"), &default_limits, WM_HTTP_COMPLETE));
	static const char moved[] = "POST /a/longer/path?q=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nxyz";
	CHECK(expect_status(S(moved), &default_limits, WM_HTTP_COMPLETE));
	CHECK(parse_whole(&p, S(moved), &default_limits) == WM_HTTP_COMPLETE);
	CHECK(p.header_count == 2 && p.body_len == 3 && p.total_len == sizeof(moved) - 1 && p.method == WM_HTTP_POST);
	CHECK(header_is(moved, &p, 0, "Host", "h", WM_HTTP_H_HOST));
	CHECK(header_is(moved, &p, 1, "Content-Length", "3", WM_HTTP_H_CONTENT_LENGTH));
	CHECK(p.header_index[WM_HTTP_H_CONTENT_LENGTH] == 1 && p.header_index[WM_HTTP_H_COOKIE] == WM_HTTP_NO_HEADER);
	/* the same block, other limits and versions: finish_head's answers are the request's */
	wm_http_limits small = { WM_HTTP_MAX_HEAD, 50 };
	CHECK(expect_status(S("GET /0123456789012345678901234 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"), &small, WM_HTTP_PAYLOAD_TOO_LARGE));
	wm_http_limits short_head = { 30, 1 << 20 };
	CHECK(expect_status(S("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"), &short_head, WM_HTTP_HEADER_TOO_LARGE));
	CHECK(expect_status(S("GET / HTTP/1.0\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"), &default_limits, WM_HTTP_COMPLETE));
	/* one byte different late in the block */
	CHECK(expect_status(S("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd"), &default_limits, WM_HTTP_COMPLETE));
	CHECK(parse_whole(&p, S("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd"), &default_limits) == WM_HTTP_COMPLETE);
	CHECK(p.body_len == 4);
	/* a chunked block twice, then a block that is the kept one cut short */
	static const char chunked[] = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n";
	CHECK(expect_status(S(chunked), &default_limits, WM_HTTP_COMPLETE));
	CHECK(expect_status(S(chunked), &default_limits, WM_HTTP_COMPLETE));
	CHECK(parse_whole(&p, S(chunked), &default_limits) == WM_HTTP_COMPLETE && p.chunked && p.body_len == 1);
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"), &default_limits, WM_HTTP_NEED_MORE));
	/* no header lines (HTTP/1.0), twice; then HTTP/1.1 without Host after them */
	CHECK(expect_status(S("GET / HTTP/1.0\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	CHECK(expect_status(S("GET / HTTP/1.0\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	CHECK(expect_status(S("GET / HTTP/1.1\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	return 1;
}

static int test_host_forms(void)
{
	static const char *ok[] = { "example.com", "example.com:8080", "[::1]", "[::1]:80", "127.0.0.1:1",
		"a@b", "x_y.z", "[v1.fe]", "\xc3\xa9t\xc3\xa9" };
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		char req[256];
		int n = snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: %s\r\n\r\n", ok[i]);
		if (!expect_status(req, (size_t)n, &default_limits, WM_HTTP_COMPLETE)) {
			printf("#   host %s\n", ok[i]);
			return 0;
		}
	}
	static const char *bad[] = { "", "a b", "a/b", "a:b:c", "[::1", "[]", "a:", "a:80x", "[::1]x",
		"[::1]:", ":80", "a]", "a[b", "a\x0b" "b", "a\x0c" "b", "a\tb" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char req[256];
		int n = snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: %s\r\n\r\n", bad[i]);
		if (!expect_status(req, (size_t)n, &default_limits, WM_HTTP_BAD_REQUEST)) {
			printf("#   host %s\n", bad[i]);
			return 0;
		}
	}
	/* HTTP/1.0 with a Host still has it validated */
	CHECK(expect_status(S("GET / HTTP/1.0\r\nHost: a b\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	return 1;
}

static int test_header_values(void)
{
	static const char req[] = "GET / HTTP/1.1\r\nHost:h\r\nX-Pad: \t a b \t \r\nX-Empty:\r\nX-Sp:   \r\n"
		"X-Ctl: a\x01\x7f\xff" "b\r\nCOOKIE: k=v\r\nsec-websocket-key: abc\r\n\r\n";
	wm_http_parser p;
	CHECK(expect_status(S(req), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(req), &default_limits);
	CHECK(p.header_count == 7);
	CHECK(header_is(req, &p, 0, "Host", "h", WM_HTTP_H_HOST));
	CHECK(header_is(req, &p, 1, "X-Pad", "a b", WM_HTTP_H_OTHER));
	CHECK(header_is(req, &p, 2, "X-Empty", "", WM_HTTP_H_OTHER));
	CHECK(header_is(req, &p, 3, "X-Sp", "", WM_HTTP_H_OTHER));
	CHECK(header_is(req, &p, 4, "X-Ctl", "a\x01\x7f\xff" "b", WM_HTTP_H_OTHER));
	CHECK(header_is(req, &p, 5, "COOKIE", "k=v", WM_HTTP_H_COOKIE));
	CHECK(header_is(req, &p, 6, "sec-websocket-key", "abc", WM_HTTP_H_SEC_WEBSOCKET_KEY));
	return 1;
}

/* Every known name, in odd case, gets its id; near misses do not. */
static int test_known_ids(void)
{
	for (int id = WM_HTTP_H_OTHER + 1; id < WM_HTTP_H_COUNT; id++) {
		size_t len;
		const char *name = wm_http_header_name((wm_http_header_id)id, &len);
		CHECK(name && strlen(name) == len);
		char mixed[64], req[256];
		for (size_t i = 0; i <= len; i++) {
			mixed[i] = (i % 2 && name[i] >= 'a' && name[i] <= 'z') ? (char)(name[i] - 32) : name[i];
		}
		const char *value = id == WM_HTTP_H_HOST ? "h" : id == WM_HTTP_H_CONTENT_LENGTH ? "0"
			: id == WM_HTTP_H_TRANSFER_ENCODING ? "chunked" : "v";
		int n = snprintf(req, sizeof(req), "POST / HTTP/1.0\r\n%s: %s\r\nX-%s: v\r\n%s_: v\r\n\r\n%s",
			mixed, value, name, name, id == WM_HTTP_H_TRANSFER_ENCODING ? "0\r\n\r\n" : "");
		wm_http_parser p;
		CHECK(parse_whole(&p, req, (size_t)n, &default_limits) == WM_HTTP_COMPLETE);
		CHECK(p.header_count == 3 && p.headers[0].id == id && p.headers[1].id == WM_HTTP_H_OTHER);
		CHECK(p.headers[2].id == WM_HTTP_H_OTHER && p.header_index[id] == 0);
	}
	size_t len;
	CHECK(wm_http_header_name(WM_HTTP_H_OTHER, &len) == NULL && wm_http_method_name(WM_HTTP_METHOD_NONE, &len) == NULL);
	return 1;
}

static int test_repeated_other_headers(void)
{
	static const char req[] = "GET / HTTP/1.1\r\nCookie: a=1\r\nHost: h\r\nCookie: b=2\r\n\r\n";
	wm_http_parser p;
	CHECK(expect_status(S(req), &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, S(req), &default_limits);
	CHECK(p.header_index[WM_HTTP_H_COOKIE] == 0 && p.headers[2].id == WM_HTTP_H_COOKIE);
	return 1;
}

/* ---- size limits ---- */

static char *build_head(size_t head_len, const char *tail)
{
	/* "GET / HTTP/1.1\r\nHost: h\r\nX: aaaa...\r\n<tail>\r\n" of exactly head_len bytes */
	const char *start = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
	size_t fixed = strlen(start) + 2 + strlen(tail) + 2;
	char *buf = malloc(head_len + 1);
	strcpy(buf, start);
	memset(buf + strlen(start), 'a', head_len - fixed);
	sprintf(buf + head_len - strlen(tail) - 4, "\r\n%s\r\n", tail);
	return buf;
}

static int test_head_limit(void)
{
	char *req = build_head(WM_HTTP_MAX_HEAD, "");
	CHECK(strlen(req) == WM_HTTP_MAX_HEAD);
	CHECK(expect_status(req, WM_HTTP_MAX_HEAD, &default_limits, WM_HTTP_COMPLETE));
	free(req);
	/* 5.x: "\r\n\r\n" starting at offset 16383 is still in (strpos() < 16384) */
	req = build_head(WM_HTTP_MAX_HEAD + 3, "");
	CHECK(expect_status(req, WM_HTTP_MAX_HEAD + 3, &default_limits, WM_HTTP_COMPLETE));
	wm_http_parser p;
	CHECK(parse_whole(&p, req, WM_HTTP_MAX_HEAD + 2, &default_limits) == WM_HTTP_NEED_MORE);
	CHECK(parse_whole(&p, req, WM_HTTP_MAX_HEAD, &default_limits) == WM_HTTP_NEED_MORE);
	free(req);
	req = build_head(WM_HTTP_MAX_HEAD + 4, "");
	CHECK(expect_status(req, WM_HTTP_MAX_HEAD + 4, &default_limits, WM_HTTP_HEADER_TOO_LARGE));
	/* 16384 bytes and the last is no CR/LF: 431 without waiting for more */
	CHECK(expect_status(req, WM_HTTP_MAX_HEAD, &default_limits, WM_HTTP_HEADER_TOO_LARGE));
	CHECK(parse_whole(&p, req, WM_HTTP_MAX_HEAD - 1, &default_limits) == WM_HTTP_NEED_MORE);
	free(req);
	/* a request line alone whose CRLF CRLF starts at 16383 */
	req = malloc(WM_HTTP_MAX_HEAD + 4);
	memcpy(req, "GET /", 5);
	memset(req + 5, 'a', WM_HTTP_MAX_HEAD - 15);
	memcpy(req + WM_HTTP_MAX_HEAD - 10, " HTTP/1.0\r\n\r\n", 13);
	req[WM_HTTP_MAX_HEAD + 3] = '\0';
	CHECK(expect_status(req, WM_HTTP_MAX_HEAD + 3, &default_limits, WM_HTTP_COMPLETE));
	free(req);
	/* Too long and malformed past the limit: 431 however the bytes arrive (found by the
	 * fuzzer with a 40-byte limit: the whole buffer gave 400 for the bad byte past it). */
	wm_http_limits tiny = { 40, 64 };
	CHECK(expect_status(S("DELETE /x HTTP/1.1\r\nHost: h\r\nContent-Len\xfe\xfe: 1\r\n\r\n"), &tiny,
		WM_HTTP_HEADER_TOO_LARGE));
	CHECK(expect_status(S("DELETE /x HTTP/1.1\r\nHost: h\r\nContenh:.1\r\nHost: h\n\r\nx"), &tiny,
		WM_HTTP_HEADER_TOO_LARGE));
	/* a head larger than maxPackageSize but within 16 KiB: 413 once complete (5.x) */
	wm_http_limits small = { WM_HTTP_MAX_HEAD, 30 };
	CHECK(expect_status(S("GET / HTTP/1.1\r\nHost: hhhhhhhhhhhhhhhhh\r\n\r\n"), &small, WM_HTTP_PAYLOAD_TOO_LARGE));
	return 1;
}

static int test_header_count(void)
{
	char req[4096];
	size_t n = (size_t)sprintf(req, "GET / HTTP/1.1\r\nHost: h\r\n");
	for (int i = 1; i < WM_HTTP_MAX_HEADERS; i++) {
		n += (size_t)sprintf(req + n, "X%d: %d\r\n", i, i);
	}
	strcpy(req + n, "\r\n");
	wm_http_parser p;
	CHECK(expect_status(req, n + 2, &default_limits, WM_HTTP_COMPLETE));
	parse_whole(&p, req, n + 2, &default_limits);
	CHECK(p.header_count == WM_HTTP_MAX_HEADERS && header_is(req, &p, 99, "X99", "99", WM_HTTP_H_OTHER));
	n += (size_t)sprintf(req + n, "X100: 100\r\n\r\n");
	CHECK(expect_status(req, n, &default_limits, WM_HTTP_HEADER_TOO_LARGE));
	return 1;
}

static int test_content_length_limits(void)
{
	static const char req[] = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789";
	wm_http_limits exact = { WM_HTTP_MAX_HEAD, sizeof(req) - 1 };
	CHECK(expect_status(S(req), &exact, WM_HTTP_COMPLETE));
	exact.max_package--;
	CHECK(expect_status(S(req), &exact, WM_HTTP_PAYLOAD_TOO_LARGE));
	/* refused as soon as the head is complete, without waiting for the body */
	CHECK(expect_status(req, sizeof(req) - 11, &exact, WM_HTTP_PAYLOAD_TOO_LARGE));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999999\r\n\r\n"), &default_limits, WM_HTTP_PAYLOAD_TOO_LARGE));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0007\r\n\r\n1234567"), &default_limits, WM_HTTP_COMPLETE));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nContent-Length:  0 \r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	return 1;
}

static int test_chunked_limits(void)
{
	static const char req[] = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n2;x\r\nef\r\n0\r\nT: 1\r\n\r\n";
	wm_http_limits lim = { WM_HTTP_MAX_HEAD, sizeof(req) - 1 };
	CHECK(expect_status(S(req), &lim, WM_HTTP_COMPLETE));
	for (lim.max_package = sizeof(req) - 2; lim.max_package > 40; lim.max_package -= 3) {
		if (!expect_status(S(req), &lim, WM_HTTP_PAYLOAD_TOO_LARGE)) {
			printf("#   max_package %zu\n", lim.max_package);
			return 0;
		}
	}
	/* a chunk that cannot fit is refused at its size line, before its data */
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFF\r\n"), &default_limits, WM_HTTP_PAYLOAD_TOO_LARGE));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n7FFFFFFFFFFFFFFF\r\n"), &default_limits, WM_HTTP_PAYLOAD_TOO_LARGE));
	/* endless extension or trailers stop at maxPackageSize */
	wm_http_limits small = { WM_HTTP_MAX_HEAD, 100 };
	char big[300];
	int n = sprintf(big, "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1;");
	memset(big + n, 'e', sizeof(big) - (size_t)n);
	CHECK(expect_status(big, sizeof(big), &small, WM_HTTP_PAYLOAD_TOO_LARGE));
	return 1;
}

/* ---- rejections ---- */

static int expect_all(const char *const *reqs, size_t count, wm_http_status expect)
{
	for (size_t i = 0; i < count; i++) {
		if (!expect_status(reqs[i], strlen(reqs[i]), &default_limits, expect)) {
			printf("#   case %zu\n", i);
			return 0;
		}
	}
	return 1;
}

static int test_bad_request_line(void)
{
	static const char *const reqs[] = {
		"get / HTTP/1.1\r\nHost: h\r\n\r\n", "FOO / HTTP/1.1\r\nHost: h\r\n\r\n",
		"GETS / HTTP/1.1\r\nHost: h\r\n\r\n", "OPTIONSX / HTTP/1.1\r\nHost: h\r\n\r\n",
		"CONNECT h:1 HTTP/1.1\r\nHost: h\r\n\r\n", " GET / HTTP/1.1\r\nHost: h\r\n\r\n",
		"\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", "GET * HTTP/1.1\r\nHost: h\r\n\r\n",
		"GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n", "GET  / HTTP/1.1\r\nHost: h\r\n\r\n",
		"GET /  HTTP/1.1\r\nHost: h\r\n\r\n", "GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n",
		"GET /a\x01 HTTP/1.1\r\nHost: h\r\n\r\n", "GET /a\x7f HTTP/1.1\r\nHost: h\r\n\r\n",
		"GET /a\tb HTTP/1.1\r\nHost: h\r\n\r\n", "GET /a b HTTP/1.1\r\nHost: h\r\n\r\n",
		"GET /?a\x01 HTTP/1.1\r\nHost: h\r\n\r\n", "GET / HTTP/2.0\r\nHost: h\r\n\r\n",
		"GET / http/1.1\r\nHost: h\r\n\r\n", "GET / HTTP/1.x\r\nHost: h\r\n\r\n",
		"GET / HTTP/1.10\r\nHost: h\r\n\r\n", "GET / HTTP/1.\r\nHost: h\r\n\r\n",
		"GET /\r\nHost: h\r\n\r\n", "GET / HTTP/1.1 \r\nHost: h\r\n\r\n",
		"GET / HTTP/1.1\nHost: h\r\n\r\n", "GET / HTTP/1.1\r\rHost: h\r\n\r\n",
		"GET / HTTP/1.1\n\r\nHost: h\r\n\r\n",
		"GET\r\n\r\n", "\r\n\r\n",
	};
	return expect_all(reqs, sizeof(reqs) / sizeof(reqs[0]), WM_HTTP_BAD_REQUEST);
}

static int test_bad_header_lines(void)
{
	static const char *const reqs[] = {
		"GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", "GET / HTTP/1.1\r\nHost : h\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\n: empty\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n folded\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\n\tX: a\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX@Y: a\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\nX(Y): a\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX\x80: a\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\nX: a\nY: b\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\n\n",
		"GET / HTTP/1.1\r\nHost: h\r\n\rX\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\nX: a\r\n\r\n",
	};
	return expect_all(reqs, sizeof(reqs) / sizeof(reqs[0]), WM_HTTP_BAD_REQUEST);
}

static int test_bad_host(void)
{
	static const char *const reqs[] = {
		"GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nX: h\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", "GET / HTTP/1.0\r\nHost: a\r\nhost: b\r\n\r\n",
	};
	return expect_all(reqs, sizeof(reqs) / sizeof(reqs[0]), WM_HTTP_BAD_REQUEST);
}

static int test_bad_framing(void)
{
	static const char *const reqs[] = {
		"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: \r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 12a\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +5\r\n\r\nabcde",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1 2\r\n\r\nab",
		"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x10\r\n\r\n",
	};
	return expect_all(reqs, sizeof(reqs) / sizeof(reqs[0]), WM_HTTP_BAD_REQUEST);
}

static int test_bad_chunks(void)
{
#define TE "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
	static const char *const reqs[] = {
		TE "g\r\n", TE "\r\n", TE ";ext\r\n0\r\n\r\n", TE " 1\r\na\r\n0\r\n\r\n", TE "1 \r\na\r\n0\r\n\r\n",
		TE "00000000000000001\r\na\r\n0\r\n\r\n", TE "8000000000000000\r\n", TE "FFFFFFFFFFFFFFFF\r\n",
		TE "1\r\nab\r\n0\r\n\r\n", TE "1\r\na\n0\r\n\r\n", TE "1\r\na\r\r\n", TE "1\na\r\n0\r\n\r\n",
		TE "1\r\ra\r\n", TE "1;a\nb\r\na\r\n0\r\n\r\n", TE "1;a\rb\r\na\r\n0\r\n\r\n",
		TE "0\r\nNoColon\r\n\r\n", TE "0\r\n: v\r\n\r\n",
		TE "0\r\nX: a\nb\r\n\r\n", TE "0\r\n\n", TE "0\r\n\r\r", TE "0\r\nX: 1\r\r\n", TE "0\r\n X: 1\r\n\r\n",
		TE "-1\r\n",
	};
#undef TE
	return expect_all(reqs, sizeof(reqs) / sizeof(reqs[0]), WM_HTTP_BAD_REQUEST);
}

/* Cases holding a NUL byte (strlen cannot size them). */
static int test_nul_bytes(void)
{
	CHECK(expect_status(S("GET /\0 HTTP/1.1\r\nHost: h\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	CHECK(expect_status(S("GET / HTTP/1.1\r\nHost: h\r\nX: a\0b\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	CHECK(expect_status(S("GET / HTTP/1.1\r\nHost: h\0\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1;a\0\r\na\r\n0\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: \0\r\n\r\n"), &default_limits, WM_HTTP_BAD_REQUEST));
	/* NUL inside chunk data is just data */
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n\0\r\n0\r\n\r\n"), &default_limits, WM_HTTP_COMPLETE));
	CHECK(expect_status(S("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\n\0"), &default_limits, WM_HTTP_COMPLETE));
	return 1;
}

/* ---- API details ---- */

static int test_reject_bytes(void)
{
	size_t len;
	const char *r = wm_http_reject_response(WM_HTTP_BAD_REQUEST, &len);
	CHECK(len == strlen(r) && strcmp(r, "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n") == 0);
	r = wm_http_reject_response(WM_HTTP_PAYLOAD_TOO_LARGE, &len);
	CHECK(len == strlen(r) && strcmp(r, "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n") == 0);
	r = wm_http_reject_response(WM_HTTP_HEADER_TOO_LARGE, &len);
	CHECK(len == strlen(r) && strcmp(r, "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n") == 0);
	CHECK(wm_http_reject_response(WM_HTTP_COMPLETE, &len) == NULL && len == 0);
	return 1;
}

static int test_sticky_and_empty(void)
{
	wm_http_parser p;
	wm_http_parser_init(&p);
	CHECK(wm_http_parse_request(&p, "", 0, &default_limits) == WM_HTTP_NEED_MORE);
	CHECK(wm_http_parse_request(&p, "get", 3, &default_limits) == WM_HTTP_BAD_REQUEST);
	CHECK(wm_http_parse_request(&p, "GET / HTTP/1.0\r\n\r\n", 18, &default_limits) == WM_HTTP_BAD_REQUEST);
	wm_http_parser_init(&p);
	CHECK(wm_http_parse_request(&p, "GET / HTTP/1.0\r\n\r\n", 18, &default_limits) == WM_HTTP_COMPLETE);
	CHECK(wm_http_parse_request(&p, "GET / HTTP/1.0\r\n\r\nX", 19, &default_limits) == WM_HTTP_COMPLETE);
	CHECK(p.total_len == 18);
	return 1;
}

/* A long target and long values exercise the 16-byte scanning loops and their tails. */
static int test_long_fields(void)
{
	char req[2048];
	for (int pad = 1; pad < 40; pad++) {
		int n = sprintf(req, "GET /%.*s?%.*s HTTP/1.1\r\nHost: h\r\nX-Long: %.*s\t%.*s \r\n\r\n",
			pad, "pppppppppppppppppppppppppppppppppppppppppppppp", pad, "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
			pad, "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv", pad, "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww");
		wm_http_parser p;
		CHECK(expect_status(req, (size_t)n, &default_limits, WM_HTTP_COMPLETE));
		parse_whole(&p, req, (size_t)n, &default_limits);
		CHECK(p.path_len == pad + 1 && p.query_len == pad && p.headers[1].value_len == 2 * pad + 1);
		/* the same with a bad byte at each position of the long value */
		for (int k = 0; k < 2 * pad + 1; k++) {
			char bad[2048];
			memcpy(bad, req, (size_t)n);
			bad[p.headers[1].value_off + k] = (k % 3 == 0) ? '\n' : (k % 3 == 1) ? '\0' : '\r';
			CHECK(expect_status(bad, (size_t)n, &default_limits, WM_HTTP_BAD_REQUEST));
		}
		for (int k = 1; k < pad + 1; k++) {
			char bad[2048];
			memcpy(bad, req, (size_t)n);
			bad[p.target_off + k] = (k % 2) ? '\x7f' : '\x1f';
			CHECK(expect_status(bad, (size_t)n, &default_limits, WM_HTTP_BAD_REQUEST));
		}
	}
	return 1;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
#define RUN(fn) report(#fn, fn())
	RUN(test_simple_get);
	RUN(test_query_split);
	RUN(test_post_content_length);
	RUN(test_http10_no_host);
	RUN(test_all_methods);
	RUN(test_pipelined);
	RUN(test_chunked);
	RUN(test_host_forms);
	RUN(test_host_memo);
	RUN(test_head_memo);
	RUN(test_header_values);
	RUN(test_known_ids);
	RUN(test_repeated_other_headers);
	RUN(test_head_limit);
	RUN(test_header_count);
	RUN(test_content_length_limits);
	RUN(test_chunked_limits);
	RUN(test_bad_request_line);
	RUN(test_bad_header_lines);
	RUN(test_bad_host);
	RUN(test_bad_framing);
	RUN(test_bad_chunks);
	RUN(test_nul_bytes);
	RUN(test_reject_bytes);
	RUN(test_sticky_and_empty);
	RUN(test_long_fields);
#undef RUN
	printf("%s: %d tests, %d failed\n", failures ? "FAIL" : "PASS", tests, failures);
	return failures ? 1 : 0;
}
