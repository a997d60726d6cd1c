/* http_parser.h: the pure-C HTTP/1.x request parser (API.md 6.3, Workerman 5.x input rules).
 * What the Http protocol layer calls: resumable parse of one request, de-chunking, the known
 * header table and the exact rejection bytes. No PHP, no allocation, offsets not pointers. */

#ifndef WM_HTTP_PARSER_H
#define WM_HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>


/* Use (the Http protocol layer, per connection):
 *   wm_http_parser_init(&c->http);                       once per request
 *   st = wm_http_parse_request(&c->http, recv, recv_len, &limits);
 *   NEED_MORE: read more, call again (the parser resumes; the buffer may have moved).
 *              Once head_len != 0 with a Content-Length body, total_len says how much to wait for.
 *   COMPLETE:  recv[0 .. total_len) is the request; head fields and headers[] are offsets into
 *              it; chunked -> wm_http_dechunk(). Pipelined: consume total_len, init, parse the rest.
 *   400/413/431: send wm_http_reject_response(st) and close (5.x: end(<bytes>, true)).
 *
 * Where this is stricter than or differs from 5.x's Http::input (all deliberate):
 * - the result depends only on the bytes, never on how they were cut into reads: "\r\n\r\n" must
 *   start within the first max_head bytes, as 5.x's strpos() < 16384 when the head arrives in
 *   one read (5.x refuses a head whose first read held 16384 bytes without its end, even when
 *   the end would have started at 16381-16383);
 * - a malformed request line or header line is refused as soon as it is seen; 5.x waits for the
 *   whole head first, so a head that never ends gets 400 here where 5.x would give 431 later;
 * - a chunk that cannot fit in max_package, or chunk/trailer lines running past it, get 413 at
 *   once (5.x buffers the chunk first, and checks its CRLF before the size);
 * - NUL, bare CR or bare LF in a header value, chunk extension or trailer -> 400 (5.x splits on
 *   CRLF only, and its `$` lets a Host value or request line end in "\n"): line-ending
 *   disagreements with proxies are how requests get smuggled;
 * - trailer lines must be `token ":" value` like header lines (5.x does not look at them);
 * - more than WM_HTTP_MAX_HEADERS header lines -> 431 (5.x has no count limit);
 * - a head without header lines (HTTP/1.0) followed by exactly one more byte in the buffer is
 *   accepted; 5.x's substr() arithmetic then reads that byte as a header line and answers 400.
 * tests/parsers/http_parser_5x.phpt checks all the rest against 5.x's own Http::input. */

/* API.md 6.3 [5]: the empty line ending the head must start within 16384 bytes (so the head is
 * at most 16387 bytes). Head offsets are 16-bit, so a larger limit is clamped to 65532. */
#define WM_HTTP_MAX_HEAD     16384
/* The rejection bytes (5.x's Http::HTTP_400/413/431, which the class declares from these). */
#define WM_HTTP_REJECT_400 "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
#define WM_HTTP_REJECT_413 "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n"
#define WM_HTTP_REJECT_431 "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n"
/* Header lines kept per request. Workerman 5.x has no count limit, only the 16 KiB head; one
 * more line than this is answered 431 (Request Header Fields Too Large), like Apache's
 * LimitRequestFields but with the more precise code. */
#define WM_HTTP_MAX_HEADERS  100
#define WM_HTTP_NO_HEADER    0xff

/* Results. The rejection values are the HTTP status the PHP layer answers with
 * (wm_http_reject_response() gives the exact bytes, then end(..., true) as 5.x does). */
typedef enum {
	WM_HTTP_NEED_MORE = 0,    /* call again with the same parser once more bytes arrived */
	WM_HTTP_COMPLETE = 1,     /* buf[0 .. total_len) is one request (head + body) */
	WM_HTTP_BAD_REQUEST = 400,
	WM_HTTP_PAYLOAD_TOO_LARGE = 413,
	WM_HTTP_HEADER_TOO_LARGE = 431
} wm_http_status;

typedef enum {
	WM_HTTP_METHOD_NONE = 0,
	WM_HTTP_GET, WM_HTTP_POST, WM_HTTP_OPTIONS, WM_HTTP_HEAD, WM_HTTP_DELETE, WM_HTTP_PUT, WM_HTTP_PATCH
} wm_http_method;

/* Header names recognised while parsing (case-insensitively), so the PHP layer finds them
 * without string compares: parser->header_index[id] is the first such line. */
typedef enum {
	WM_HTTP_H_OTHER = 0,
	WM_HTTP_H_HOST, WM_HTTP_H_CONTENT_LENGTH, WM_HTTP_H_TRANSFER_ENCODING, WM_HTTP_H_CONNECTION,
	WM_HTTP_H_CONTENT_TYPE, WM_HTTP_H_COOKIE, WM_HTTP_H_UPGRADE, WM_HTTP_H_SEC_WEBSOCKET_KEY,
	WM_HTTP_H_SEC_WEBSOCKET_VERSION, WM_HTTP_H_SEC_WEBSOCKET_PROTOCOL,
	WM_HTTP_H_SEC_WEBSOCKET_EXTENSIONS, WM_HTTP_H_ORIGIN, WM_HTTP_H_USER_AGENT, WM_HTTP_H_ACCEPT,
	WM_HTTP_H_ACCEPT_ENCODING, WM_HTTP_H_ACCEPT_LANGUAGE, WM_HTTP_H_REFERER,
	WM_HTTP_H_AUTHORIZATION, WM_HTTP_H_RANGE, WM_HTTP_H_IF_MODIFIED_SINCE, WM_HTTP_H_IF_NONE_MATCH,
	WM_HTTP_H_EXPECT, WM_HTTP_H_X_FORWARDED_FOR, WM_HTTP_H_X_REAL_IP, WM_HTTP_H_CACHE_CONTROL,
	WM_HTTP_H_COUNT
} wm_http_header_id;

typedef struct {
	size_t max_head;    /* WM_HTTP_MAX_HEAD */
	size_t max_package; /* the connection's maxPackageSize: head + body (+ chunk framing) */
} wm_http_limits;

/* One header line; offsets from the request start. The value is trimmed of SP/HTAB (5.x). */
typedef struct {
	uint16_t name_off, name_len;
	uint16_t value_off, value_len;
	uint8_t id;             /* wm_http_header_id */
} wm_http_header;

/* Kept by the caller per connection while a request is partial; reset with
 * wm_http_parser_init() before each request (also after a pipelined one completes).
 * Offsets count from the first byte of the request, so the buffer may move or grow. */
typedef struct {
	/* Head: valid once head_len != 0 (always on COMPLETE). */
	uint8_t  method;        /* wm_http_method */
	uint8_t  version_minor; /* HTTP/1.<minor>: 0..9 (5.x accepts any digit) */
	uint8_t  chunked;       /* Transfer-Encoding: chunked: body needs wm_http_dechunk() */
	uint8_t  header_count;
	uint16_t target_off, target_len;  /* request-target, always starts with '/' */
	uint16_t path_len;                /* target bytes before the first '?' */
	uint16_t query_off, query_len;    /* after that '?'; query_off 0 = no '?' */
	uint16_t head_len;                /* request line + headers + CRLF CRLF: the body starts here */
	uint8_t  header_index[WM_HTTP_H_COUNT]; /* first line with that id, or WM_HTTP_NO_HEADER */
	/* Body: total_len is known from the end of the head for Content-Length (so the caller may
	 * wait for it without calling again), and on COMPLETE for chunked. */
	uint64_t total_len;     /* head + body bytes of this request as sent */
	uint64_t body_len;      /* Content-Length, or the sum of the chunk sizes */
	uint64_t trailer_off, trailer_len; /* chunked: trailer lines (each CRLF-ended), may be 0 */

	/* Private resume state. */
	uint8_t  state;
	uint16_t status;        /* sticky result once not NEED_MORE */
	uint16_t name_len;
	uint64_t pos;           /* next byte to scan */
	uint64_t mark;          /* start of the current name / chunk-size line */
	uint64_t value_off;
	uint64_t chunk_size;
	uint64_t data_end;

	wm_http_header headers[WM_HTTP_MAX_HEADERS]; /* not cleared by init: only [0, header_count) */
} wm_http_parser;

void wm_http_parser_init(wm_http_parser *p);

/* Parses the request starting at buf[0]; len = bytes available (never fewer than at the previous
 * call). Reads nothing at or past buf[len]. Resumes where the previous call stopped. After a
 * result other than NEED_MORE, returns it again until wm_http_parser_init(). */
wm_http_status wm_http_parse_request(wm_http_parser *p, const char *buf, size_t len,
		const wm_http_limits *limits);

/* Chunked requests, after COMPLETE: writes the body_len de-chunked body bytes to out and returns
 * body_len. out may be buf + head_len (in place) or any buffer of body_len bytes. */
size_t wm_http_dechunk(const wm_http_parser *p, const char *buf, char *out);

/* The exact bytes API.md 6.3 [5] answers a rejection with (400, 413, 431), else NULL. */
const char *wm_http_reject_response(wm_http_status status, size_t *len);

/* Lower-case name of a known header id ("host", ...), NULL for WM_HTTP_H_OTHER. */
const char *wm_http_header_name(wm_http_header_id id, size_t *len);

/* Method name ("GET", ...), NULL for WM_HTTP_METHOD_NONE. */
const char *wm_http_method_name(wm_http_method method, size_t *len);

static inline const wm_http_header *wm_http_find_header(const wm_http_parser *p, wm_http_header_id id)
{
	uint8_t i = p->header_index[id];
	return i == WM_HTTP_NO_HEADER ? NULL : &p->headers[i];
}


#endif
