/* ws_frame.c: WebSocket frame headers (RFC 6455 5.2) in pure C: header parse with the
 * checks Workerman and RFC 6455 make, in-place unmasking, fragment bookkeeping, and the
 * server/client header bytes of Workerman's encode(). Works on offsets into the caller's
 * bytes; no PHP, no allocation, no I/O (ws/websocket.c drives it from the connection). */
#include "ws_frame.h"
#include <string.h>

void wm_ws_parser_init(ws_parser *p, uint32_t flags, uint8_t rsv_allowed, uint64_t max_package)
{
	memset(p, 0, sizeof(*p));
	p->flags = flags;
	p->rsv_allowed = rsv_allowed;
	p->max_package = max_package;
}

/* Checks decided by the first two bytes alone, in Workerman's order (mask, then opcode). */
static int ws_check_start(const ws_parser *p, const ws_frame *f, unsigned len_code)
{
	if (!f->masked && (p->flags & WS_PARSE_REQUIRE_MASK)) {
		return WS_ERR_NOT_MASKED;
	}
	if (f->masked && (p->flags & WS_PARSE_FORBID_MASK)) {
		return WS_ERR_MASKED;
	}
	/* 0-2 and 8-10: one bit test instead of a switch. */
	if (!((1u << f->opcode) & 0x0707u)) {
		return WS_ERR_OPCODE;
	}
	if (f->rsv & ~p->rsv_allowed) {
		return WS_ERR_RSV;
	}
	if ((p->flags & WS_PARSE_STRICT_CONTROL) && ws_opcode_is_control(f->opcode)) {
		if (!f->fin) {
			return WS_ERR_CONTROL_FRAGMENT;
		}
		if (len_code > 125) {
			return WS_ERR_CONTROL_LENGTH;
		}
	}
	if (p->flags & WS_PARSE_STRICT_SEQUENCE) {
		if (f->opcode == WS_OP_CONTINUATION && !p->in_message) {
			return WS_ERR_CONTINUATION;
		}
		if (p->in_message && (f->opcode == WS_OP_TEXT || f->opcode == WS_OP_BINARY)) {
			return WS_ERR_NOT_CONTINUATION;
		}
	}
	return 0;
}

static uint64_t ws_read_be(const unsigned char *b, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < n; i++) {
		v = (v << 8) | b[i];
	}
	return v;
}

int wm_ws_frame_parse(const ws_parser *p, ws_frame *f, const unsigned char *buf, size_t len)
{
	if (len < 2) {
		return WS_NEED_MORE;
	}
	unsigned b0 = buf[0], b1 = buf[1];
	unsigned len_code = b1 & 0x7f;
	unsigned ext_len = len_code == 126 ? 2 : (len_code == 127 ? 8 : 0);

	f->first_byte = (uint8_t)b0;
	f->fin = (uint8_t)(b0 >> 7);
	f->rsv = (uint8_t)(b0 & 0x70);
	f->rsv1 = (uint8_t)((b0 >> 6) & 1);
	f->opcode = (uint8_t)(b0 & 0x0f);
	f->masked = (uint8_t)(b1 >> 7);
	f->header_len = f->payload_off = 2 + ext_len + (f->masked ? 4 : 0);
	f->payload_len = ext_len ? 0 : len_code;
	f->frame_len = f->header_len + f->payload_len;
	memset(&f->mask, 0, sizeof(f->mask));

	int err = ws_check_start(p, f, len_code);
	if (err) {
		return err;
	}
	if (len < f->header_len) {
		return WS_NEED_MORE;
	}
	if (ext_len) {
		f->payload_len = ws_read_be(buf + 2, ext_len);
		/* Saturate so a caller printing the length never sees a wrapped value. */
		f->frame_len = f->payload_len > UINT64_MAX - f->header_len ? UINT64_MAX : f->header_len + f->payload_len;
		if (f->payload_len >> 63) {
			return WS_ERR_LENGTH_TOP_BIT;
		}
	}
	/* Workerman: strlen(fragment buffer) + header + payload > maxPackageSize. */
	if (f->frame_len > p->max_package || p->buffered > p->max_package - f->frame_len) {
		return WS_ERR_TOO_LARGE;
	}
	if (f->masked) {
		memcpy(f->mask.key, buf + 2 + ext_len, 4);
	}
	return (int)f->header_len;
}

void wm_ws_unmask(ws_mask *m, unsigned char *data, size_t n)
{
	const uint8_t *key = m->key;
	uint32_t pos = m->pos & 3;

	m->pos = (uint32_t)((pos + n) & 3);
	/* Long runs first reach an 8-byte boundary so the stores are aligned; short payloads
	 * (the common chat message) go straight to the word loops, whose loads and stores are
	 * memcpy()s, i.e. plain unaligned moves. Words of 4 and 8 bytes leave pos unchanged. */
	if (n >= 64) {
		while ((uintptr_t)data & 7) {
			*data++ ^= key[pos];
			pos = (pos + 1) & 3;
			n--;
		}
	}
	if (n >= 4) {
		unsigned char rotated[8] = {key[pos], key[(pos + 1) & 3], key[(pos + 2) & 3], key[(pos + 3) & 3]};
		uint64_t key64, w0, w1, w2, w3;
		uint32_t key32, w;
		memcpy(rotated + 4, rotated, 4);
		memcpy(&key64, rotated, 8);
		memcpy(&key32, rotated, 4);
		for (; n >= 32; data += 32, n -= 32) {
			memcpy(&w0, data, 8);
			memcpy(&w1, data + 8, 8);
			memcpy(&w2, data + 16, 8);
			memcpy(&w3, data + 24, 8);
			w0 ^= key64;
			w1 ^= key64;
			w2 ^= key64;
			w3 ^= key64;
			memcpy(data, &w0, 8);
			memcpy(data + 8, &w1, 8);
			memcpy(data + 16, &w2, 8);
			memcpy(data + 24, &w3, 8);
		}
		for (; n >= 8; data += 8, n -= 8) {
			memcpy(&w0, data, 8);
			w0 ^= key64;
			memcpy(data, &w0, 8);
		}
		if (n >= 4) {
			memcpy(&w, data, 4);
			w ^= key32;
			memcpy(data, &w, 4);
			data += 4;
			n -= 4;
		}
	}
	while (n) {
		*data++ ^= key[pos];
		pos = (pos + 1) & 3;
		n--;
	}
}

int wm_ws_parser_frame_done(ws_parser *p, const ws_frame *f, ws_message *msg)
{
	if (!f->fin) {
		if (!p->in_message) {
			p->in_message = 1;
			p->message_opcode = f->opcode;
			p->message_rsv1 = f->rsv1;
		}
		p->buffered += f->payload_len;
		p->fragments++;
		return WS_DONE_FRAGMENT;
	}
	if (ws_opcode_is_control(f->opcode)) {
		return WS_DONE_CONTROL;
	}
	if (p->in_message) {
		msg->opcode = p->message_opcode;
		msg->rsv1 = p->message_rsv1;
	} else {
		msg->opcode = f->opcode;
		msg->rsv1 = f->rsv1;
	}
	msg->length = p->buffered + f->payload_len;
	msg->frames = p->fragments + 1;
	p->in_message = 0;
	p->message_opcode = 0;
	p->message_rsv1 = 0;
	p->buffered = 0;
	p->fragments = 0;
	return WS_DONE_MESSAGE;
}

static size_t ws_put_length(unsigned char *out, unsigned mask_bit, uint64_t len, unsigned form)
{
	if (form == 0) {
		out[0] = (unsigned char)(mask_bit | len);
		return 1;
	}
	if (form == 2) {
		out[0] = (unsigned char)(mask_bit | 126);
		out[1] = (unsigned char)(len >> 8);
		out[2] = (unsigned char)len;
		return 3;
	}
	out[0] = (unsigned char)(mask_bit | 127);
	for (unsigned i = 0; i < 8; i++) {
		out[1 + i] = (unsigned char)(len >> (56 - 8 * i));
	}
	return 9;
}

size_t wm_ws_frame_server_header(unsigned char out[WS_SERVER_HEADER_MAX], uint8_t first_byte, uint64_t payload_len)
{
	/* Websocket::encode: <= 125, <= 65535, else 64-bit. */
	unsigned form = payload_len <= 125 ? 0 : (payload_len <= 65535 ? 2 : 8);
	out[0] = first_byte;
	return 1 + ws_put_length(out + 1, 0, payload_len, form);
}

size_t wm_ws_frame_client_header(unsigned char out[WS_CLIENT_HEADER_MAX], uint8_t first_byte, uint64_t payload_len,
	const uint8_t key[4])
{
	/* Ws::encode: < 126, < 0xFFFF (so 65535 itself takes the 64-bit form), else 64-bit. */
	unsigned form = payload_len < 126 ? 0 : (payload_len < 65535 ? 2 : 8);
	size_t n;
	out[0] = first_byte;
	n = 1 + ws_put_length(out + 1, 0x80, payload_len, form);
	if (key) {
		memcpy(out + n, key, 4);
	} else {
		memset(out + n, 0, 4);
	}
	return n + 4;
}

int wm_ws_frame_client_head(const unsigned char *b, size_t len, double *frame_len)
{
	if (b[1] & 0x80) {
		return WS_CLIENT_HEAD_MASKED;
	}
	unsigned opcode = b[0] & 0xf;
	if (opcode == WS_OP_CLOSE) {
		return WS_CLIENT_HEAD_CLOSE;
	}
	if (opcode > WS_OP_BINARY && opcode != WS_OP_PING && opcode != WS_OP_PONG) {
		return WS_CLIENT_HEAD_OPCODE;
	}
	unsigned code = b[1] & 127;
	if (code == 126) {
		if (len < 4) {
			return WS_CLIENT_HEAD_MORE;
		}
		*frame_len = (double)(((unsigned)b[2] << 8) | b[3]) + 4;
	} else if (code == 127) {
		if (len < 10) {
			return WS_CLIENT_HEAD_MORE;
		}
		uint32_t hi = ((uint32_t)b[2] << 24) | ((uint32_t)b[3] << 16) | ((uint32_t)b[4] << 8) | b[5];
		uint32_t lo = ((uint32_t)b[6] << 24) | ((uint32_t)b[7] << 16) | ((uint32_t)b[8] << 8) | b[9];
		*frame_len = (double)hi * 4294967296.0 + (double)lo + 10;
	} else {
		*frame_len = (double)code + 2;
	}
	return WS_CLIENT_HEAD_OK;
}
