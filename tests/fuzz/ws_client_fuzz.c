/* ws_client_fuzz.c: libFuzzer harness for the WebSocket client's pure-C pieces: the server's
 * reply head (ext/ws/ws_handshake.c: end of head, Sec-WebSocket-Accept check against the key
 * sent, Sec-WebSocket-Protocol) and the frames after it (ext/ws/ws_frame.c's
 * wm_ws_frame_client_head()), driven by the loop of wm_ws_client.c's wm_ws_input(): whole FIN=0
 * frames join the message, FIN ping/pong are consumed, a FIN data frame completes it, with
 * maxPackageSize checked before anything is buffered. Input: bytes as the server sends them.
 * Every consumed length must lie inside the buffer and every message under the limit.
 * Built by scripts/fuzz-ws-client.sh. */
#define _GNU_SOURCE
#include "ws_frame.h"
#include "ws_handshake.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)
#define MAX_PACKAGE 4096.0 /* the harness's maxPackageSize */

static const char key[] = "dGhlIHNhbXBsZSBub25jZQ==";

/* wm_ws_handshake_reply(): the head's length, or 0 (wait or closed). */
static size_t reply_head(const char *buf, size_t len)
{
	const char *end = memmem(buf, len, "\r\n\r\n", 4);
	if (!end || end == buf) {
		return 0;
	}
	size_t off, vlen;
	if (!wm_ws_handshake_find_header(buf, len, "Sec-WebSocket-Accept:", 21, &off, &vlen)) {
		return 0;
	}
	ASSERT(off + vlen <= len);
	/* a forged accept cannot be found by mutation: the harness goes on either way, so the
	 * frames behind the head are reached */
	(void)wm_ws_handshake_accept_matches(key, WS_KEY_LEN, buf + off, vlen);
	if (wm_ws_handshake_find_header(buf, len, "Sec-WebSocket-Protocol:", 23, &off, &vlen)) {
		ASSERT(off + vlen <= len);
	}
	return (size_t)(end - buf) + 4;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *b = data;
	size_t len = size, head = reply_head((const char *)b, len);
	if (!head) {
		return 0;
	}
	b += head;
	len -= head;
	size_t fragments = 0;   /* payload bytes of the message so far */
	uint64_t pending = 0;   /* st->frame_len: a FIN=0 frame whose head was read */
	while (len >= 2) {
		if (!pending) {
			double frame_len = 0;
			int rc = wm_ws_frame_client_head(b, len, &frame_len);
			if (rc != WS_CLIENT_HEAD_OK) {
				return 0; /* wait, or the connection is closed */
			}
			ASSERT(frame_len >= 2);
			if ((double)fragments + frame_len > MAX_PACKAGE) {
				return 0; /* too large: closed */
			}
			unsigned opcode = b[0] & 0xf;
			if (!(b[0] & 0x80)) {
				pending = (uint64_t)frame_len;
			} else if (opcode != WS_OP_PING && opcode != WS_OP_PONG) {
				/* the message: earlier fragments + this frame's payload */
				size_t total = (size_t)frame_len;
				if (len < total) {
					return 0;
				}
				size_t skip = b[1] == 126 ? 4 : b[1] == 127 ? 10 : 2;
				ASSERT(fragments + (total > skip ? total - skip : 0) <= (size_t)MAX_PACKAGE);
				fragments = 0;
				b += total;
				len -= total;
				continue;
			} else if ((double)len < frame_len) {
				return 0;
			} else {
				b += (size_t)frame_len; /* ping answered, pong noted */
				len -= (size_t)frame_len;
				continue;
			}
		}
		if (pending > len) {
			return 0;
		}
		size_t skip = b[1] == 126 ? 4 : b[1] == 127 ? 10 : 2;
		if (pending > skip) {
			fragments += pending - skip;
		}
		ASSERT(fragments <= (size_t)MAX_PACKAGE);
		b += pending;
		len -= pending;
		pending = 0;
	}
	return 0;
}
