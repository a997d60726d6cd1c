/* http_parser_fuzz.c: libFuzzer harness for ext/http/http_parser.c (bash scripts/fuzz.sh http_parser).
 * The first input byte picks the limits, the rest is the byte stream of a connection. Each
 * request is parsed whole and split at several points (every prefix copied into an exact-size
 * buffer, so ASAN sees any read past len); results must agree and every offset lie in bounds.
 * Pipelined requests that follow a complete one are checked the same way. */

#include "http_parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(cond) do { if (!(cond)) { fprintf(stderr, "http_parser_fuzz: %s:%d: %s\n", __FILE__, __LINE__, #cond); abort(); } } while (0)

static wm_http_status parse_copy(wm_http_parser *p, const uint8_t *data, size_t len, const wm_http_limits *lim)
{
	char *copy = malloc(len ? len : 1);
	memcpy(copy, data, len);
	wm_http_status st = wm_http_parse_request(p, copy, len, lim);
	free(copy);
	return st;
}

static int is_tchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c && strchr("!#$%&'*+-.^_`|~", c));
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

static void check_head(const wm_http_parser *p, const uint8_t *b, const wm_http_limits *lim)
{
	size_t head = p->head_len;
	REQUIRE(head >= 18 - 2 && head <= lim->max_head + 3 && head <= p->total_len); /* 5.x: "\r\n\r\n" starts before max_head */
	REQUIRE(p->method >= WM_HTTP_GET && p->method <= WM_HTTP_PATCH && p->version_minor <= 9);
	REQUIRE(b[p->target_off] == '/' && p->target_off + p->target_len < head);
	REQUIRE(p->path_len <= p->target_len && b[p->target_off + p->target_len] == ' ');
	if (p->query_off) {
		REQUIRE(p->query_off == p->target_off + p->path_len + 1 && b[p->query_off - 1] == '?');
		REQUIRE(p->query_off + p->query_len == p->target_off + p->target_len);
	} else {
		REQUIRE(p->path_len == p->target_len && p->query_len == 0);
	}
	REQUIRE(memcmp(b + head - 4, "\r\n\r\n", 4) == 0 || (p->header_count == 0 && memcmp(b + head - 2, "\r\n", 2) == 0));
	REQUIRE(p->header_count <= WM_HTTP_MAX_HEADERS);
	if (p->version_minor > 0) {
		REQUIRE(p->header_index[WM_HTTP_H_HOST] != WM_HTTP_NO_HEADER);
	}
	for (int id = 0; id < WM_HTTP_H_COUNT; id++) {
		uint8_t i = p->header_index[id];
		REQUIRE(i == WM_HTTP_NO_HEADER || (id != WM_HTTP_H_OTHER && i < p->header_count && p->headers[i].id == id));
	}
	for (int i = 0; i < p->header_count; i++) {
		const wm_http_header *h = &p->headers[i];
		REQUIRE(h->name_len > 0 && h->name_off + h->name_len < h->value_off + 1u);
		REQUIRE(b[h->name_off + h->name_len] == ':' && h->value_off + h->value_len + 2 <= head);
		REQUIRE(b[h->name_off - 1] == '\n' && b[h->name_off - 2] == '\r');
		for (size_t k = 0; k < h->name_len; k++) {
			REQUIRE(is_tchar(b[h->name_off + k]));
		}
		for (size_t k = 0; k < h->value_len; k++) {
			unsigned char c = b[h->value_off + k];
			REQUIRE(c != 0 && c != '\r' && c != '\n');
		}
		if (h->value_len) {
			REQUIRE(b[h->value_off] != ' ' && b[h->value_off] != '\t');
			REQUIRE(b[h->value_off + h->value_len - 1] != ' ' && b[h->value_off + h->value_len - 1] != '\t');
		}
		/* the id agrees with the name, case-insensitively */
		int match = WM_HTTP_H_OTHER;
		for (int id = 1; id < WM_HTTP_H_COUNT; id++) {
			size_t len;
			const char *name = wm_http_header_name((wm_http_header_id)id, &len);
			if (len == h->name_len && strncasecmp(name, (const char *)b + h->name_off, len) == 0) {
				match = id;
			}
		}
		REQUIRE(h->id == match);
		if (h->id == WM_HTTP_H_HOST || h->id == WM_HTTP_H_CONTENT_LENGTH || h->id == WM_HTTP_H_TRANSFER_ENCODING) {
			REQUIRE(p->header_index[h->id] == i);
		}
	}
}

static void check_complete(const wm_http_parser *p, const uint8_t *b, size_t len, const wm_http_limits *lim)
{
	REQUIRE(p->total_len <= len && p->total_len <= lim->max_package);
	check_head(p, b, lim);
	int te = p->header_index[WM_HTTP_H_TRANSFER_ENCODING] != WM_HTTP_NO_HEADER;
	REQUIRE(te == p->chunked && !(te && p->header_index[WM_HTTP_H_CONTENT_LENGTH] != WM_HTTP_NO_HEADER));
	if (!p->chunked) {
		REQUIRE(p->total_len == p->head_len + p->body_len);
		return;
	}
	REQUIRE(p->body_len <= p->total_len - p->head_len);
	REQUIRE(p->trailer_off >= p->head_len + 3 && p->trailer_off + p->trailer_len + 2 == p->total_len);
	char *out = malloc(p->body_len ? p->body_len : 1);
	REQUIRE(wm_http_dechunk(p, (const char *)b, out) == p->body_len);
	/* in place gives the same bytes */
	char *copy = malloc(p->total_len);
	memcpy(copy, b, p->total_len);
	REQUIRE(wm_http_dechunk(p, copy, copy + p->head_len) == p->body_len);
	REQUIRE(memcmp(copy + p->head_len, out, p->body_len) == 0);
	free(copy);
	free(out);
}

/* One request at data[0..len): returns its length when complete, else 0. */
static size_t check_request(const uint8_t *data, size_t len, const wm_http_limits *lim, size_t split_seed)
{
	static wm_http_parser whole, part;
	wm_http_parser_init(&whole);
	wm_http_status st = parse_copy(&whole, data, len, lim);
	REQUIRE(st == WM_HTTP_NEED_MORE || st == WM_HTTP_COMPLETE || st == WM_HTTP_BAD_REQUEST
		|| st == WM_HTTP_PAYLOAD_TOO_LARGE || st == WM_HTTP_HEADER_TOO_LARGE);
	if (st == WM_HTTP_COMPLETE) {
		check_complete(&whole, data, len, lim);
	} else if (st == WM_HTTP_NEED_MORE) {
		REQUIRE(whole.head_len ? len < lim->max_package : len < lim->max_head + 3);
	}
	size_t splits[] = { 1, len / 2, len / 3, len - 1, split_seed % (len + 1), (split_seed / 7) % (len + 1) };
	for (size_t s = 0; s < sizeof(splits) / sizeof(splits[0]); s++) {
		size_t k = splits[s] > len ? len : splits[s];
		wm_http_parser_init(&part);
		wm_http_status first = parse_copy(&part, data, k, lim);
		/* a prefix never completes a request the whole buffer rejects, nor vice versa */
		if (first != WM_HTTP_NEED_MORE) {
			REQUIRE(first == st);
			if (st == WM_HTTP_COMPLETE) {
				REQUIRE(same_result(&whole, &part));
			}
			continue;
		}
		REQUIRE(parse_copy(&part, data, len, lim) == st);
		if (st == WM_HTTP_COMPLETE) {
			REQUIRE(same_result(&whole, &part));
		}
	}
	/* byte at a time on a small input: the first final result is the whole buffer's */
	if (len <= 300) {
		/* one exact-size copy (the split copies above already catch reads past a prefix) */
		char *copy = malloc(len ? len : 1);
		memcpy(copy, data, len);
		wm_http_parser_init(&part);
		wm_http_status got = WM_HTTP_NEED_MORE;
		size_t n = 0;
		while (got == WM_HTTP_NEED_MORE && n <= len) {
			got = wm_http_parse_request(&part, copy, n++, lim);
		}
		free(copy);
		REQUIRE(got == st);
		if (st == WM_HTTP_COMPLETE) {
			REQUIRE(n - 1 == part.total_len && same_result(&whole, &part));
		}
	}
	return st == WM_HTTP_COMPLETE ? whole.total_len : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) {
		return 0;
	}
	static const size_t packages[] = { 10 * 1024 * 1024, 1000, 120, 64 };
	static const size_t heads[] = { WM_HTTP_MAX_HEAD, WM_HTTP_MAX_HEAD, 256, 40 };
	wm_http_limits lim = { heads[(data[0] >> 2) & 3], packages[data[0] & 3] };
	size_t seed = data[0] * 2654435761u;
	data++;
	size--;
	for (int requests = 0; requests < 16 && size > 0; requests++) {
		size_t used = check_request(data, size, &lim, seed + (size_t)requests);
		if (used == 0) {
			break;
		}
		data += used;
		size -= used;
	}
	return 0;
}
