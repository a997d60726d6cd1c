/* ws_frame_fuzz.c: libFuzzer harness for ext/ws/ws_frame.c. Input: 4 setting bytes (flags,
 * rsv bits, max package, chunking seed), then a frame stream. The stream is parsed whole and
 * again in chunks with piecewise unmasking; both runs must agree, every header field must be
 * in bounds, every prefix of a header must say need-more or the same error, and what the
 * encoders write must parse back. Built by scripts/fuzz-ws.sh. */
#include "ws_frame.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

typedef struct run {
	ws_parser p;
	ws_frame f;
	int in_payload;
	uint64_t payload_seen;
	unsigned char *stream;
	size_t have, frame_start;
	uint64_t hash, events;
	int error;
} run;

static void mix(run *r, const void *data, size_t n)
{
	const unsigned char *b = data;
	for (size_t i = 0; i < n; i++) {
		r->hash = (r->hash ^ b[i]) * 0x100000001b3ull;
	}
}

static void check_frame(const ws_parser *p, const ws_frame *f, int rc, const unsigned char *buf, size_t len)
{
	unsigned code = buf[1] & 0x7f;
	unsigned ext = code == 126 ? 2 : (code == 127 ? 8 : 0);
	ASSERT(rc == (int)f->header_len);
	ASSERT(f->header_len == 2 + ext + (f->masked ? 4 : 0));
	ASSERT(f->header_len >= 2 && f->header_len <= 14 && f->header_len <= len);
	ASSERT(f->payload_off == f->header_len);
	ASSERT(f->frame_len == f->header_len + f->payload_len);
	ASSERT(!(f->payload_len >> 63));
	ASSERT(f->frame_len <= p->max_package && p->buffered <= p->max_package - f->frame_len);
	ASSERT(ext || f->payload_len == code);
	ASSERT(f->opcode <= 2 || (f->opcode >= 8 && f->opcode <= 10));
	ASSERT(!(f->rsv & ~p->rsv_allowed));
	ASSERT(f->first_byte == buf[0] && f->masked == buf[1] >> 7);
	ASSERT(f->masked ? memcmp(f->mask.key, buf + 2 + ext, 4) == 0 : memcmp(f->mask.key, "\0\0\0\0", 4) == 0);
	if (p->flags & WS_PARSE_REQUIRE_MASK) {
		ASSERT(f->masked);
	}
	if (p->flags & WS_PARSE_FORBID_MASK) {
		ASSERT(!f->masked);
	}
	if ((p->flags & WS_PARSE_STRICT_CONTROL) && ws_opcode_is_control(f->opcode)) {
		ASSERT(f->fin && f->payload_len <= 125);
	}
}

/* Every prefix of what the parser saw gives need-more or the error the full bytes give. */
static void check_prefixes(const ws_parser *p, int rc, const unsigned char *buf, size_t len)
{
	size_t limit = len < 15 ? len : 15;
	for (size_t k = 0; k < limit; k++) {
		ws_frame g;
		int rk = wm_ws_frame_parse(p, &g, buf, k);
		if (rc > 0) {
			ASSERT(k < (size_t)rc ? rk == WS_NEED_MORE : rk == rc);
		} else {
			ASSERT(rk == WS_NEED_MORE || rk == rc);
		}
		if (rk == WS_NEED_MORE) {
			ASSERT(k < 14);
		}
	}
}

/* Receives chunk [have, have + n) of the stream (already in r->stream). */
static void feed(run *r, size_t n, int deep_checks)
{
	r->have += n;
	while (!r->error) {
		if (!r->in_payload) {
			const unsigned char *at = r->stream + r->frame_start;
			size_t avail = r->have - r->frame_start;
			int rc = wm_ws_frame_parse(&r->p, &r->f, at, avail);
			if (deep_checks) {
				check_prefixes(&r->p, rc, at, avail);
			}
			if (rc == WS_NEED_MORE) {
				ASSERT(avail < 14);
				return;
			}
			if (rc < 0) {
				ASSERT(rc >= WS_ERR_TOO_LARGE);
				r->error = rc;
				mix(r, &rc, sizeof(rc));
				return;
			}
			check_frame(&r->p, &r->f, rc, at, avail);
			r->in_payload = 1;
			r->payload_seen = 0;
		}
		uint64_t avail = r->have - r->frame_start - r->f.header_len;
		if (avail > r->f.payload_len) {
			avail = r->f.payload_len;
		}
		unsigned char *payload = r->stream + r->frame_start + r->f.header_len;
		wm_ws_unmask(&r->f.mask, payload + r->payload_seen, (size_t)(avail - r->payload_seen));
		ASSERT(r->f.mask.pos == (avail & 3));
		r->payload_seen = avail;
		if (r->payload_seen < r->f.payload_len) {
			return;
		}
		ws_message msg;
		uint64_t before = r->p.buffered;
		int done = wm_ws_parser_frame_done(&r->p, &r->f, &msg);
		ASSERT(done >= WS_DONE_FRAGMENT && done <= WS_DONE_CONTROL);
		if (done == WS_DONE_FRAGMENT) {
			ASSERT(r->p.in_message && r->p.buffered == before + r->f.payload_len && r->p.fragments > 0);
		} else if (done == WS_DONE_MESSAGE) {
			ASSERT(msg.length == before + r->f.payload_len && !r->p.in_message && r->p.buffered == 0);
			ASSERT(msg.frames >= 1);
			mix(r, &msg, sizeof(msg.length));
			mix(r, &msg.opcode, 1);
		} else {
			ASSERT(r->f.fin && ws_opcode_is_control(r->f.opcode) && r->p.buffered == before);
		}
		mix(r, &done, sizeof(done));
		mix(r, payload, (size_t)r->f.payload_len);
		r->events++;
		r->frame_start += (size_t)r->f.frame_len;
		r->in_payload = 0;
	}
}

static void check_encoders(const uint8_t *data, size_t size)
{
	uint64_t len = 0;
	unsigned char h[14];
	for (size_t i = 0; i < 8 && i < size; i++) {
		len = (len << 8) | data[i];
	}
	len >>= (size ? data[0] % 63 : 0) + 1; /* spread over all three length forms, < 2^63 */
	uint8_t b0 = size > 1 ? (uint8_t)(0x80 | (data[1] & 0x40) | (data[1] % 3)) : 0x81;
	ws_parser any;
	ws_frame f;
	wm_ws_parser_init(&any, 0, 0x70, UINT64_MAX);
	size_t n = wm_ws_frame_server_header(h, b0, len);
	ASSERT(n == (len <= 125 ? 2u : len <= 65535 ? 4u : 10u));
	ASSERT(wm_ws_frame_parse(&any, &f, h, n) == (int)n && f.payload_len == len && !f.masked && f.first_byte == b0);
	n = wm_ws_frame_client_header(h, b0, len, size > 5 ? data + 2 : NULL);
	ASSERT(n == (len < 126 ? 6u : len < 65535 ? 8u : 14u));
	ASSERT(wm_ws_frame_parse(&any, &f, h, n) == (int)n && f.payload_len == len && f.masked);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 4) {
		return 0;
	}
	uint32_t flags = data[0] & 0x0f;
	uint8_t rsv_allowed = data[0] & 0x70;
	uint64_t max = data[1] == 0xff ? UINT64_MAX : (uint64_t)data[1] * 4;
	uint32_t seed = data[2] | (uint32_t)data[3] << 8;
	const uint8_t *body = data + 4;
	size_t n = size - 4;
	unsigned char *whole_buf = malloc(n + 1), *split_buf = malloc(n + 1);

	check_encoders(data, size);

	run whole, split;
	memset(&whole, 0, sizeof(whole));
	memcpy(whole_buf, body, n);
	whole.stream = whole_buf;
	wm_ws_parser_init(&whole.p, flags, rsv_allowed, max);
	feed(&whole, n, 1);

	memset(&split, 0, sizeof(split));
	memcpy(split_buf, body, n);
	split.stream = split_buf;
	wm_ws_parser_init(&split.p, flags, rsv_allowed, max);
	size_t at = 0;
	while (at < n) {
		seed = seed * 1103515245u + 12345u;
		size_t chunk = 1 + (seed >> 16) % 23;
		if (chunk > n - at) {
			chunk = n - at;
		}
		feed(&split, chunk, 0);
		at += chunk;
	}
	ASSERT(split.hash == whole.hash && split.events == whole.events && split.error == whole.error);
	ASSERT(split.frame_start == whole.frame_start);
	/* both runs unmasked the same bytes */
	ASSERT(memcmp(split_buf, whole_buf, whole.frame_start) == 0);
	free(whole_buf);
	free(split_buf);
	return 0;
}
