/* ws_frame_test.c: unit tests of ext/ws/ws_frame.c (plain C, no framework). Prints one
 * "ok N name" line per case and a summary; exits 1 on the first failing case's end.
 * Build: cc -O1 -Wall -Werror -Iext/ws tests/c/ws_frame_test.c ext/ws/ws_frame.c */
#include "ws_frame.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks, failures, case_failed, case_no;

#define CHECK(cond) do { \
	checks++; \
	if (!(cond)) { \
		failures++; case_failed = 1; \
		fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)
#define CHECK_EQ(a, b) do { \
	long long va_ = (long long)(a), vb_ = (long long)(b); \
	checks++; \
	if (va_ != vb_) { \
		failures++; case_failed = 1; \
		fprintf(stderr, "FAIL %s:%d: %s == %lld, expected %s == %lld\n", __FILE__, __LINE__, #a, va_, #b, vb_); \
	} \
} while (0)

static void run_case(const char *name, void (*fn)(void))
{
	case_failed = 0;
	fn();
	printf("%s %d %s\n", case_failed ? "not ok" : "ok", ++case_no, name);
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint32_t rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state >> 11);
}

/* Test-side header builder, independent of the encoder: len_form 0 = 7-bit, 2 = 16-bit,
 * 8 = 64-bit (non-minimal forms allowed on purpose). */
static size_t build_header(unsigned char *out, unsigned b0, int masked, uint64_t len, int len_form, const uint8_t *key)
{
	size_t n = 0;
	out[n++] = (unsigned char)b0;
	unsigned m = masked ? 0x80 : 0;
	if (len_form == 0) {
		out[n++] = (unsigned char)(m | len);
	} else if (len_form == 2) {
		out[n++] = (unsigned char)(m | 126);
		out[n++] = (unsigned char)(len >> 8);
		out[n++] = (unsigned char)len;
	} else {
		out[n++] = (unsigned char)(m | 127);
		for (int i = 7; i >= 0; i--) {
			out[n++] = (unsigned char)(len >> (8 * i));
		}
	}
	if (masked) {
		memcpy(out + n, key, 4);
		n += 4;
	}
	return n;
}

static ws_parser server_parser(uint64_t max)
{
	ws_parser p;
	wm_ws_parser_init(&p, WS_PARSE_REQUIRE_MASK, WS_RSV1 | WS_RSV2 | WS_RSV3, max);
	return p;
}

static void test_length_forms(void)
{
	static const struct { uint64_t len; int form; } cases[] = {
		{0, 0}, {1, 0}, {125, 0}, {126, 2}, {127, 2}, {255, 2}, {256, 2}, {65535, 2},
		{65536, 8}, {0xffffffffull, 8}, {0x100000000ull, 8}, {0x7fffffffffffffffull, 8},
		/* non-minimal encodings are accepted, as Workerman does */
		{5, 2}, {0, 2}, {125, 8}, {65535, 8},
	};
	static const uint8_t key[4] = {0x37, 0xfa, 0x21, 0x3d};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (int masked = 0; masked <= 1; masked++) {
			unsigned char h[14];
			ws_parser p;
			wm_ws_parser_init(&p, 0, 0, UINT64_MAX);
			size_t hl = build_header(h, 0x82, masked, cases[i].len, cases[i].form, key);
			CHECK_EQ(hl, 2 + cases[i].form + (masked ? 4 : 0));
			ws_frame f;
			CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), (int)hl);
			CHECK_EQ(f.header_len, hl);
			CHECK_EQ(f.payload_off, hl);
			CHECK(f.payload_len == cases[i].len);
			CHECK(f.frame_len == hl + cases[i].len);
			CHECK_EQ(f.opcode, 2);
			CHECK_EQ(f.fin, 1);
			CHECK_EQ(f.masked, masked);
			CHECK_EQ(f.mask.pos, 0);
			if (masked) {
				CHECK(memcmp(f.mask.key, key, 4) == 0);
			} else {
				CHECK(memcmp(f.mask.key, "\0\0\0\0", 4) == 0);
			}
			/* every shorter prefix needs more */
			for (size_t k = 0; k < hl; k++) {
				memset(&f, 0, sizeof(f));
				CHECK_EQ(wm_ws_frame_parse(&p, &f, h, k), WS_NEED_MORE);
				if (k >= 2) {
					/* byte 0/1 fields are there already (to act on a Close early) */
					CHECK_EQ(f.header_len, hl);
					CHECK_EQ(f.opcode, 2);
					CHECK_EQ(f.masked, masked);
				}
			}
		}
	}
}

static void test_first_byte_fields(void)
{
	ws_parser p;
	ws_frame f;
	wm_ws_parser_init(&p, 0, 0x70, UINT64_MAX);
	for (unsigned b0 = 0; b0 < 256; b0++) {
		unsigned char h[2] = {(unsigned char)b0, 3};
		int r = wm_ws_frame_parse(&p, &f, h, 2);
		unsigned op = b0 & 15;
		int valid = op <= 2 || (op >= 8 && op <= 10);
		CHECK_EQ(r, valid ? 2 : WS_ERR_OPCODE);
		CHECK_EQ(f.first_byte, b0);
		CHECK_EQ(f.fin, b0 >> 7);
		CHECK_EQ(f.rsv, b0 & 0x70);
		CHECK_EQ(f.rsv1, (b0 >> 6) & 1);
		CHECK_EQ(f.opcode, op);
	}
	CHECK(ws_opcode_is_control(WS_OP_CLOSE) && ws_opcode_is_control(WS_OP_PING) && ws_opcode_is_control(WS_OP_PONG));
	CHECK(!ws_opcode_is_control(WS_OP_TEXT) && !ws_opcode_is_control(WS_OP_BINARY) && !ws_opcode_is_control(0));
}

static int parse_bytes(const ws_parser *p, const char *bytes, size_t n)
{
	ws_frame f;
	return wm_ws_frame_parse(p, &f, (const unsigned char *)bytes, n);
}

static void test_errors(void)
{
	ws_parser p = server_parser(UINT64_MAX);
	/* mask required (server) */
	CHECK_EQ(parse_bytes(&p, "\x81\x05hello", 7), WS_ERR_NOT_MASKED);
	CHECK_EQ(parse_bytes(&p, "\x81\x05", 2), WS_ERR_NOT_MASKED); /* decided by 2 bytes */
	CHECK_EQ(parse_bytes(&p, "\x81", 1), WS_NEED_MORE);
	/* mask forbidden (client) */
	ws_parser c;
	wm_ws_parser_init(&c, WS_PARSE_FORBID_MASK, 0, UINT64_MAX);
	CHECK_EQ(parse_bytes(&c, "\x81\x85\0\0\0\0hello", 11), WS_ERR_MASKED);
	CHECK_EQ(parse_bytes(&c, "\x81\x05hello", 7), 2);
	/* neither flag: both accepted */
	ws_parser any;
	wm_ws_parser_init(&any, 0, 0, UINT64_MAX);
	CHECK_EQ(parse_bytes(&any, "\x81\x05", 2), 2);
	CHECK_EQ(parse_bytes(&any, "\x81\x85\1\2\3\4", 6), 6);
	/* bad opcodes: 3-7, 11-15 */
	for (unsigned op = 0; op < 16; op++) {
		char h[6] = {(char)(0x80 | op), (char)0x80, 0, 0, 0, 0};
		int valid = op <= 2 || (op >= 8 && op <= 10);
		CHECK_EQ(parse_bytes(&p, h, 6), valid ? 6 : WS_ERR_OPCODE);
	}
	/* mask is checked before the opcode (Workerman's order) */
	CHECK_EQ(parse_bytes(&p, "\x83\x00", 2), WS_ERR_NOT_MASKED);
	/* RSV bits without a negotiated extension */
	ws_parser strict;
	wm_ws_parser_init(&strict, WS_PARSE_REQUIRE_MASK | WS_PARSE_STRICT_CONTROL | WS_PARSE_STRICT_SEQUENCE, 0, UINT64_MAX);
	CHECK_EQ(parse_bytes(&strict, "\xc1\x80", 2), WS_ERR_RSV);
	CHECK_EQ(parse_bytes(&strict, "\xa1\x80", 2), WS_ERR_RSV);
	CHECK_EQ(parse_bytes(&strict, "\x91\x80", 2), WS_ERR_RSV);
	CHECK_EQ(parse_bytes(&strict, "\x83\x80", 2), WS_ERR_OPCODE); /* opcode before RSV */
	ws_parser deflate;
	wm_ws_parser_init(&deflate, WS_PARSE_REQUIRE_MASK, WS_RSV1, UINT64_MAX);
	CHECK_EQ(parse_bytes(&deflate, "\xc1\x80\0\0\0\0", 6), 6);
	CHECK_EQ(parse_bytes(&deflate, "\xe1\x80\0\0\0\0", 6), WS_ERR_RSV);
	CHECK_EQ(parse_bytes(&p, "\xf1\x80\0\0\0\0", 6), 6); /* Workerman-style: all RSV allowed */
	/* control frames: FIN=0, length > 125 */
	CHECK_EQ(parse_bytes(&strict, "\x09\x80", 2), WS_ERR_CONTROL_FRAGMENT);
	CHECK_EQ(parse_bytes(&strict, "\x08\x80", 2), WS_ERR_CONTROL_FRAGMENT);
	CHECK_EQ(parse_bytes(&strict, "\x0a\x80", 2), WS_ERR_CONTROL_FRAGMENT);
	CHECK_EQ(parse_bytes(&strict, "\x89\xfe", 2), WS_ERR_CONTROL_LENGTH);
	CHECK_EQ(parse_bytes(&strict, "\x88\xff", 2), WS_ERR_CONTROL_LENGTH);
	CHECK_EQ(parse_bytes(&strict, "\x8a\xfd\0\0\0\0", 6), 6); /* 125 is fine */
	CHECK_EQ(parse_bytes(&p, "\x09\x80\0\0\0\0", 6), 6);      /* not strict: accepted */
	CHECK_EQ(parse_bytes(&p, "\x89\xfe\0\xc8\0\0\0\0", 8), 8);
	/* sequence */
	CHECK_EQ(parse_bytes(&strict, "\x80\x80", 2), WS_ERR_CONTINUATION);
	CHECK_EQ(parse_bytes(&p, "\x80\x80\0\0\0\0", 6), 6);
	ws_parser in_msg = strict;
	in_msg.in_message = 1;
	in_msg.message_opcode = 1;
	CHECK_EQ(parse_bytes(&in_msg, "\x81\x80", 2), WS_ERR_NOT_CONTINUATION);
	CHECK_EQ(parse_bytes(&in_msg, "\x02\x80", 2), WS_ERR_NOT_CONTINUATION);
	CHECK_EQ(parse_bytes(&in_msg, "\x80\x80\0\0\0\0", 6), 6);
	CHECK_EQ(parse_bytes(&in_msg, "\x89\x80\0\0\0\0", 6), 6); /* control inside a message */
	/* 64-bit length with the top bit: needs the whole header first */
	ws_frame f;
	const unsigned char top[] = {0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4};
	for (size_t k = 0; k < sizeof(top); k++) {
		CHECK_EQ(wm_ws_frame_parse(&p, &f, top, k), WS_NEED_MORE);
	}
	CHECK_EQ(wm_ws_frame_parse(&p, &f, top, sizeof(top)), WS_ERR_LENGTH_TOP_BIT);
	CHECK(f.payload_len == 0x8000000000000001ull);
	CHECK(f.frame_len == 0x8000000000000001ull + 14);
	const unsigned char huge[] = {0x82, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
	wm_ws_parser_init(&any, 0, 0, UINT64_MAX);
	CHECK_EQ(wm_ws_frame_parse(&any, &f, huge, sizeof(huge)), WS_ERR_LENGTH_TOP_BIT);
	CHECK(f.frame_len == UINT64_MAX); /* saturated, not wrapped */
}

static void test_max_package(void)
{
	/* Workerman: buffered + header + payload > maxPackageSize -> error. */
	unsigned char h[14];
	static const uint8_t key[4] = {1, 2, 3, 4};
	ws_frame f;
	size_t hl = build_header(h, 0x81, 1, 100, 0, key); /* frame_len = 106 */
	ws_parser p = server_parser(106);
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), 6);
	p = server_parser(105);
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), WS_ERR_TOO_LARGE);
	CHECK(f.frame_len == 106 && f.payload_len == 100);
	p = server_parser(206);
	p.buffered = 100;
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), 6);
	p.buffered = 101;
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), WS_ERR_TOO_LARGE);
	/* huge buffered + frame does not wrap around */
	p = server_parser(UINT64_MAX - 1);
	p.buffered = UINT64_MAX - 50;
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), WS_ERR_TOO_LARGE);
	/* 64-bit form at the limit */
	hl = build_header(h, 0x82, 1, 70000, 8, key);
	p = server_parser(70014);
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), 14);
	p = server_parser(70013);
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), WS_ERR_TOO_LARGE);
	/* the limit also applies to control frames, as in Workerman */
	hl = build_header(h, 0x89, 1, 10, 0, key);
	p = server_parser(15);
	CHECK_EQ(wm_ws_frame_parse(&p, &f, h, hl), WS_ERR_TOO_LARGE);
	/* max 0: every frame is too large (limit taken literally) */
	p = server_parser(0);
	CHECK_EQ(parse_bytes(&p, "\x81\x80\0\0\0\0", 6), WS_ERR_TOO_LARGE);
}

static void unmask_reference(const uint8_t key[4], size_t start, unsigned char *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		d[i] ^= key[(start + i) & 3];
	}
}

static void test_unmask(void)
{
	static unsigned char buf[600], ref[600];
	/* all lengths 0..300 at every alignment 0..15 and starting position 0..3 */
	for (size_t align = 0; align < 16; align++) {
		for (size_t n = 0; n <= 300; n++) {
			for (uint32_t start = 0; start < 4; start++) {
				ws_mask m = {{(uint8_t)rnd(), (uint8_t)rnd(), (uint8_t)rnd(), (uint8_t)rnd()}, start};
				for (size_t i = 0; i < n; i++) {
					buf[align + i] = ref[align + i] = (unsigned char)rnd();
				}
				buf[align + n] = ref[align + n] = 0x5a;
				unmask_reference(m.key, start, ref + align, n);
				wm_ws_unmask(&m, buf + align, n);
				if (memcmp(buf, ref, align + n + 1) != 0) {
					CHECK(!"unmask mismatch");
					fprintf(stderr, "  align %zu n %zu start %u\n", align, n, start);
					return;
				}
				CHECK_EQ(m.pos, (start + n) & 3);
			}
		}
	}
	/* a payload unmasked in pieces, split at every position (two and three pieces) */
	static const uint8_t key[4] = {0xa1, 0x02, 0xf3, 0x44};
	const size_t n = 77;
	for (size_t i = 0; i <= n; i++) {
		for (size_t j = i; j <= n; j += 3) {
			for (size_t k = 0; k < n; k++) {
				buf[1 + k] = ref[1 + k] = (unsigned char)(k * 7);
			}
			unmask_reference(key, 0, ref + 1, n);
			ws_mask m = {{key[0], key[1], key[2], key[3]}, 0};
			wm_ws_unmask(&m, buf + 1, i);
			wm_ws_unmask(&m, buf + 1 + i, j - i);
			wm_ws_unmask(&m, buf + 1 + j, n - j);
			CHECK(memcmp(buf + 1, ref + 1, n) == 0);
			CHECK_EQ(m.pos, n & 3);
		}
	}
	/* unmasking twice restores; the zero key changes nothing */
	ws_mask m = {{0, 0, 0, 0}, 0};
	memcpy(buf, "hello world, unchanged by a zero key", 36);
	wm_ws_unmask(&m, buf, 36);
	CHECK(memcmp(buf, "hello world, unchanged by a zero key", 36) == 0);
	/* RFC 6455 5.7: masked "Hello" */
	unsigned char hello[] = {0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58};
	ws_parser p = server_parser(UINT64_MAX);
	ws_frame f;
	CHECK_EQ(wm_ws_frame_parse(&p, &f, hello, sizeof(hello)), 6);
	CHECK_EQ(f.payload_len, 5);
	wm_ws_unmask(&f.mask, hello + f.payload_off, 5);
	CHECK(memcmp(hello + 6, "Hello", 5) == 0);
	/* RFC 6455 5.7: unmasked "Hello" for a client */
	ws_parser c;
	wm_ws_parser_init(&c, WS_PARSE_FORBID_MASK, 0, UINT64_MAX);
	CHECK_EQ(parse_bytes(&c, "\x81\x05\x48\x65\x6c\x6c\x6f", 7), 2);
}

static void test_fragments(void)
{
	ws_parser p = server_parser(UINT64_MAX);
	ws_frame f;
	ws_message msg;
	memset(&msg, 0, sizeof(msg));
	/* unfragmented */
	CHECK_EQ(parse_bytes(&p, "\x82\x83\0\0\0\0abc", 9), 6);
	wm_ws_frame_parse(&p, &f, (const unsigned char *)"\x82\x83\0\0\0\0abc", 9);
	CHECK_EQ(wm_ws_parser_frame_done(&p, &f, &msg), WS_DONE_MESSAGE);
	CHECK_EQ(msg.opcode, 2);
	CHECK_EQ(msg.length, 3);
	CHECK_EQ(msg.frames, 1);
	CHECK_EQ(msg.rsv1, 0);
	/* text in 3 fragments with a ping and a pong in between */
	static const char *frames[] = {"\x41\x83\0\0\0\0abc", "\x89\x81\0\0\0\0P", "\x00\x84\0\0\0\0defg",
		"\x8a\x80\0\0\0\0", "\x80\x82\0\0\0\0hi"};
	static const size_t lens[] = {9, 7, 10, 6, 8};
	static const int expect[] = {WS_DONE_FRAGMENT, WS_DONE_CONTROL, WS_DONE_FRAGMENT, WS_DONE_CONTROL, WS_DONE_MESSAGE};
	static const uint64_t buffered_after[] = {3, 3, 7, 7, 0};
	wm_ws_parser_init(&p, WS_PARSE_REQUIRE_MASK | WS_PARSE_STRICT_CONTROL | WS_PARSE_STRICT_SEQUENCE, WS_RSV1, 100);
	for (int i = 0; i < 5; i++) {
		CHECK(wm_ws_frame_parse(&p, &f, (const unsigned char *)frames[i], lens[i]) > 0);
		memset(&msg, 0xee, sizeof(msg));
		CHECK_EQ(wm_ws_parser_frame_done(&p, &f, &msg), expect[i]);
		CHECK(p.buffered == buffered_after[i]);
		CHECK_EQ(p.in_message, i < 4);
		if (i < 4) {
			CHECK_EQ(p.message_opcode, 1);
			CHECK_EQ(p.message_rsv1, 1);
			CHECK_EQ(msg.opcode, 0xee); /* untouched */
		}
	}
	CHECK_EQ(msg.opcode, 1);
	CHECK_EQ(msg.rsv1, 1);
	CHECK_EQ(msg.length, 9);
	CHECK_EQ(msg.frames, 3);
	CHECK_EQ(p.fragments, 0);
	CHECK_EQ(p.message_opcode, 0);
	/* the limit counts buffered fragments: 3 + (6 + 4) > 12 */
	wm_ws_parser_init(&p, WS_PARSE_REQUIRE_MASK, 0x70, 12);
	CHECK(wm_ws_frame_parse(&p, &f, (const unsigned char *)frames[0], 9) > 0);
	wm_ws_parser_frame_done(&p, &f, &msg);
	CHECK_EQ(wm_ws_frame_parse(&p, &f, (const unsigned char *)frames[2], 10), WS_ERR_TOO_LARGE);
	CHECK_EQ(f.frame_len + p.buffered, 13); /* Workerman's package_length */
	/* Workerman mode: a FIN=0 ping is a fragment, a lone continuation ends a message */
	wm_ws_parser_init(&p, WS_PARSE_REQUIRE_MASK, 0x70, UINT64_MAX);
	CHECK(wm_ws_frame_parse(&p, &f, (const unsigned char *)"\x09\x81\0\0\0\0P", 7) > 0);
	CHECK_EQ(wm_ws_parser_frame_done(&p, &f, &msg), WS_DONE_FRAGMENT);
	CHECK_EQ(p.message_opcode, 9);
	CHECK(wm_ws_frame_parse(&p, &f, (const unsigned char *)"\x81\x81\0\0\0\0x", 7) > 0);
	CHECK_EQ(wm_ws_parser_frame_done(&p, &f, &msg), WS_DONE_MESSAGE);
	CHECK_EQ(msg.opcode, 9);
	CHECK_EQ(msg.length, 2);
	CHECK(wm_ws_frame_parse(&p, &f, (const unsigned char *)"\x80\x81\0\0\0\0x", 7) > 0);
	CHECK_EQ(wm_ws_parser_frame_done(&p, &f, &msg), WS_DONE_MESSAGE);
	CHECK_EQ(msg.opcode, 0);
	CHECK_EQ(msg.frames, 1);
	/* a FIN close frame is control */
	CHECK(wm_ws_frame_parse(&p, &f, (const unsigned char *)"\x88\x82\0\0\0\0\x03\xe8", 8) > 0);
	CHECK_EQ(wm_ws_parser_frame_done(&p, &f, &msg), WS_DONE_CONTROL);
}

/* A receiver as the wiring will run one: bytes arrive in chunks, the header is parsed once
 * complete, payload bytes are unmasked as they arrive, frame_done at the frame end. It logs
 * events into a string so runs with different chunkings can be compared. */
typedef struct receiver {
	ws_parser p;
	ws_frame f;
	int in_payload;
	uint64_t payload_seen;
	unsigned char stream[1024];
	size_t have, frame_start;
	char msgbuf[1024];
	size_t msglen;
	char log[4096];
	size_t loglen;
	int error;
} receiver;

static void logf_(receiver *r, const char *s, size_t n)
{
	if (r->loglen + n < sizeof(r->log)) {
		memcpy(r->log + r->loglen, s, n);
		r->loglen += n;
		r->log[r->loglen] = 0;
	}
}

static void receiver_feed(receiver *r, const unsigned char *bytes, size_t n)
{
	memcpy(r->stream + r->have, bytes, n);
	r->have += n;
	while (!r->error) {
		if (!r->in_payload) {
			int rc = wm_ws_frame_parse(&r->p, &r->f, r->stream + r->frame_start, r->have - r->frame_start);
			if (rc == 0) {
				return;
			}
			if (rc < 0) {
				char e[32];
				r->error = rc;
				logf_(r, e, (size_t)snprintf(e, sizeof(e), "E%d;", rc));
				return;
			}
			r->in_payload = 1;
			r->payload_seen = 0;
		}
		size_t avail = r->have - r->frame_start - r->f.header_len;
		if (avail > r->f.payload_len) {
			avail = (size_t)r->f.payload_len;
		}
		unsigned char *payload = r->stream + r->frame_start + r->f.header_len;
		wm_ws_unmask(&r->f.mask, payload + r->payload_seen, avail - r->payload_seen);
		r->payload_seen = avail;
		if (r->payload_seen < r->f.payload_len) {
			return;
		}
		ws_message msg;
		int done = wm_ws_parser_frame_done(&r->p, &r->f, &msg);
		char e[64];
		if (done == WS_DONE_CONTROL) {
			logf_(r, e, (size_t)snprintf(e, sizeof(e), "C%u:", r->f.opcode));
			logf_(r, (const char *)payload, (size_t)r->f.payload_len);
			logf_(r, ";", 1);
		} else {
			memcpy(r->msgbuf + r->msglen, payload, (size_t)r->f.payload_len);
			r->msglen += (size_t)r->f.payload_len;
			if (done == WS_DONE_MESSAGE) {
				logf_(r, e, (size_t)snprintf(e, sizeof(e), "M%u/%u/%llu:", msg.opcode, msg.frames,
					(unsigned long long)msg.length));
				logf_(r, r->msgbuf, r->msglen);
				logf_(r, ";", 1);
				r->msglen = 0;
			}
		}
		r->frame_start += (size_t)r->f.frame_len;
		r->in_payload = 0;
	}
}

static size_t mask_frame(unsigned char *out, unsigned b0, const char *payload, size_t n, int form)
{
	uint8_t key[4] = {(uint8_t)rnd(), (uint8_t)rnd(), (uint8_t)rnd(), (uint8_t)rnd()};
	size_t hl = build_header(out, b0, 1, n, form, key);
	memcpy(out + hl, payload, n);
	unmask_reference(key, 0, out + hl, n);
	return hl + n;
}

static void test_split_everywhere(void)
{
	static unsigned char stream[1024];
	size_t n = 0;
	char big[300];
	for (int i = 0; i < 300; i++) {
		big[i] = (char)('a' + i % 26);
	}
	n += mask_frame(stream + n, 0x81, "Hello", 5, 0);
	n += mask_frame(stream + n, 0x01, "frag-one|", 9, 0);
	n += mask_frame(stream + n, 0x89, "ping!", 5, 0);
	n += mask_frame(stream + n, 0x00, big, 300, 2);
	n += mask_frame(stream + n, 0x80, "|end", 4, 8);
	n += mask_frame(stream + n, 0x82, "", 0, 0);
	n += mask_frame(stream + n, 0x8a, "", 0, 0);
	n += mask_frame(stream + n, 0x82, big, 130, 2);
	n += mask_frame(stream + n, 0x88, "\x03\xe8", 2, 0);

	static receiver whole, r;
	wm_ws_parser_init(&whole.p, WS_PARSE_REQUIRE_MASK | WS_PARSE_STRICT_CONTROL | WS_PARSE_STRICT_SEQUENCE, 0, 10000);
	receiver_feed(&whole, stream, n);
	CHECK_EQ(whole.error, 0);
	CHECK_EQ(whole.frame_start, n);
	char expect[2048];
	int el = snprintf(expect, sizeof(expect), "M1/1/5:Hello;C9:ping!;M1/3/313:frag-one|%.300s|end;M2/1/0:;C10:;M2/1/130:%.130s;C8:\x03\xe8;", big, big);
	CHECK_EQ(whole.loglen, el);
	CHECK(strcmp(whole.log, expect) == 0);

	/* two pieces, split at every byte */
	for (size_t i = 0; i <= n; i++) {
		memset(&r, 0, sizeof(r));
		wm_ws_parser_init(&r.p, WS_PARSE_REQUIRE_MASK | WS_PARSE_STRICT_CONTROL | WS_PARSE_STRICT_SEQUENCE, 0, 10000);
		receiver_feed(&r, stream, i);
		receiver_feed(&r, stream + i, n - i);
		if (strcmp(r.log, expect) != 0) {
			CHECK(!"split log differs");
			fprintf(stderr, "  split at %zu\n", i);
			return;
		}
	}
	/* three pieces at every pair of positions */
	for (size_t i = 0; i <= n; i++) {
		for (size_t j = i; j <= n; j++) {
			memset(&r, 0, sizeof(r));
			wm_ws_parser_init(&r.p, WS_PARSE_REQUIRE_MASK | WS_PARSE_STRICT_CONTROL | WS_PARSE_STRICT_SEQUENCE, 0, 10000);
			receiver_feed(&r, stream, i);
			receiver_feed(&r, stream + i, j - i);
			receiver_feed(&r, stream + j, n - j);
			if (strcmp(r.log, expect) != 0) {
				CHECK(!"3-piece log differs");
				fprintf(stderr, "  split at %zu,%zu\n", i, j);
				return;
			}
		}
	}
	/* one byte at a time */
	memset(&r, 0, sizeof(r));
	wm_ws_parser_init(&r.p, WS_PARSE_REQUIRE_MASK | WS_PARSE_STRICT_CONTROL | WS_PARSE_STRICT_SEQUENCE, 0, 10000);
	for (size_t i = 0; i < n; i++) {
		receiver_feed(&r, stream + i, 1);
	}
	CHECK(strcmp(r.log, expect) == 0);
}

static void test_split_errors(void)
{
	/* an error is the same whichever way the bytes arrive */
	static unsigned char stream[64];
	size_t n = mask_frame(stream, 0x81, "ok", 2, 0);
	size_t bad_at = n;
	n += mask_frame(stream + n, 0x83, "x", 1, 0); /* bad opcode */
	static receiver r;
	for (size_t i = 0; i <= n; i++) {
		memset(&r, 0, sizeof(r));
		wm_ws_parser_init(&r.p, WS_PARSE_REQUIRE_MASK, 0x70, 1000);
		receiver_feed(&r, stream, i);
		receiver_feed(&r, stream + i, n - i);
		CHECK(strcmp(r.log, "M1/1/2:ok;E-3;") == 0);
		CHECK_EQ(r.frame_start, bad_at);
	}
	/* too large, found once the 16-bit length arrives */
	n = mask_frame(stream, 0x82, "0123456789", 10, 2);
	for (size_t i = 0; i <= n; i++) {
		memset(&r, 0, sizeof(r));
		wm_ws_parser_init(&r.p, WS_PARSE_REQUIRE_MASK, 0x70, 17);
		receiver_feed(&r, stream, i);
		CHECK_EQ(r.error, i >= 8 ? WS_ERR_TOO_LARGE : 0);
		receiver_feed(&r, stream + i, n - i);
		CHECK_EQ(r.error, WS_ERR_TOO_LARGE);
	}
}

static void hexcmp(const unsigned char *got, size_t got_len, const char *hex)
{
	char buf[64];
	size_t i;
	for (i = 0; i < got_len && 2 * i + 2 < sizeof(buf); i++) {
		snprintf(buf + 2 * i, 3, "%02x", got[i]);
	}
	buf[2 * i] = 0;
	if (strcmp(buf, hex) != 0) {
		CHECK(!"encoded bytes differ");
		fprintf(stderr, "  got %s, expected %s\n", buf, hex);
	}
}

static void test_encode(void)
{
	unsigned char h[14];
	/* server, Websocket::encode: <= 125 / <= 65535 / 64-bit */
	static const struct { uint8_t b0; uint64_t len; const char *hex; } server[] = {
		{0x81, 0, "8100"}, {0x81, 125, "817d"}, {0x81, 126, "817e007e"}, {0x82, 65535, "827effff"},
		{0x81, 65536, "817f0000000000010000"}, {0x8a, 5, "8a05"}, {0x88, 2, "8802"},
		{0xc1, 300, "c17e012c"}, {0xc2, 0x100000001ull, "c27f0000000100000001"},
	};
	for (size_t i = 0; i < sizeof(server) / sizeof(server[0]); i++) {
		size_t n = wm_ws_frame_server_header(h, server[i].b0, server[i].len);
		CHECK_EQ(n, strlen(server[i].hex) / 2);
		hexcmp(h, n, server[i].hex);
		/* what we write, a client-side parser reads back */
		ws_parser c;
		ws_frame f;
		wm_ws_parser_init(&c, WS_PARSE_FORBID_MASK, 0x70, UINT64_MAX);
		CHECK_EQ(wm_ws_frame_parse(&c, &f, h, n), (int)n);
		CHECK(f.payload_len == server[i].len);
		CHECK_EQ(f.first_byte, server[i].b0);
	}
	/* client, Ws::encode: < 126 / < 65535 (65535 itself is 64-bit) / 64-bit, zero key */
	static const struct { uint64_t len; const char *hex; } client[] = {
		{0, "818000000000"}, {125, "81fd00000000"}, {126, "81fe007e00000000"}, {65534, "81fefffe00000000"},
		{65535, "81ff000000000000ffff00000000"}, {65536, "81ff000000000001000000000000"},
	};
	for (size_t i = 0; i < sizeof(client) / sizeof(client[0]); i++) {
		size_t n = wm_ws_frame_client_header(h, 0x81, client[i].len, NULL);
		CHECK_EQ(n, strlen(client[i].hex) / 2);
		hexcmp(h, n, client[i].hex);
		ws_parser s = server_parser(UINT64_MAX);
		ws_frame f;
		CHECK_EQ(wm_ws_frame_parse(&s, &f, h, n), (int)n);
		CHECK(f.payload_len == client[i].len);
		CHECK(f.masked == 1 && memcmp(f.mask.key, "\0\0\0\0", 4) == 0);
	}
	static const uint8_t key[4] = {0xde, 0xad, 0xbe, 0xef};
	size_t n = wm_ws_frame_client_header(h, 0x82, 3, key);
	hexcmp(h, n, "8283deadbeef");
	/* fixed frames */
	CHECK(memcmp(WS_CLOSE_1000_FRAME, "\x88\x02\x03\xe8", WS_CLOSE_1000_FRAME_LEN) == 0);
	CHECK_EQ(sizeof(WS_CLIENT_PING_FRAME) - 1, WS_CLIENT_PING_FRAME_LEN);
	ws_parser s = server_parser(UINT64_MAX);
	CHECK_EQ(parse_bytes(&s, WS_CLIENT_PING_FRAME, WS_CLIENT_PING_FRAME_LEN), 6);
}

int main(void)
{
	run_case("length forms and boundaries, every prefix needs more", test_length_forms);
	run_case("first byte fields for all 256 values", test_first_byte_fields);
	run_case("every error code", test_errors);
	run_case("maxPackageSize with buffered fragments", test_max_package);
	run_case("unmask: lengths, alignments, pieces", test_unmask);
	run_case("fragment bookkeeping", test_fragments);
	run_case("stream split at every position (2, 3 pieces, bytewise)", test_split_everywhere);
	run_case("errors whatever the split", test_split_errors);
	run_case("encoder bytes (server, client, Workerman boundaries)", test_encode);
	printf("ws_frame: %d checks, %d failed\n", checks, failures);
	return failures ? 1 : 0;
}
