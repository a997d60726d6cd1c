/* ws_frame.h: WebSocket (RFC 6455) frame headers, pure C: parse one header from the bytes
 * at hand, unmask payload bytes in place (also when they arrive in pieces), keep the
 * fragment bookkeeping of a message, and write server/client frame headers the way
 * Workerman's Websocket (server) and Ws (client) do (API.md 6.4, 6.5). No PHP, no malloc. */
#ifndef WS_FRAME_H
#define WS_FRAME_H

#include <stddef.h>
#include <stdint.h>

/* Opcodes: the only ones Workerman accepts (anything else closes the connection). */
#define WS_OP_CONTINUATION 0x0
#define WS_OP_TEXT         0x1
#define WS_OP_BINARY       0x2
#define WS_OP_CLOSE        0x8
#define WS_OP_PING         0x9
#define WS_OP_PONG         0xa

/* wm_ws_frame_parse() results: > 0 is the header length (2..14), 0 needs more bytes, < 0 is
 * one of these errors. Each is reported as soon as the bytes that decide it are present
 * (byte 0-1 for most of them), checked in this order: mask, opcode, RSV, control, sequence,
 * then, with the whole header, 64-bit length, size limit. */
#define WS_NEED_MORE             0
#define WS_ERR_NOT_MASKED       -1 /* WS_PARSE_REQUIRE_MASK (server) and the mask bit is 0 */
#define WS_ERR_MASKED           -2 /* WS_PARSE_FORBID_MASK (client) and the mask bit is 1 */
#define WS_ERR_OPCODE           -3 /* opcode not one of 0,1,2,8,9,10 */
#define WS_ERR_RSV              -4 /* an RSV bit set that is not in rsv_allowed */
#define WS_ERR_CONTROL_FRAGMENT -5 /* WS_PARSE_STRICT_CONTROL: control frame with FIN=0 */
#define WS_ERR_CONTROL_LENGTH   -6 /* WS_PARSE_STRICT_CONTROL: control frame payload > 125 */
#define WS_ERR_CONTINUATION     -7 /* WS_PARSE_STRICT_SEQUENCE: opcode 0 outside a message */
#define WS_ERR_NOT_CONTINUATION -8 /* WS_PARSE_STRICT_SEQUENCE: text/binary inside one */
#define WS_ERR_LENGTH_TOP_BIT   -9 /* 64-bit length with the most significant bit set */
#define WS_ERR_TOO_LARGE       -10 /* buffered + header + payload > max_package */

/* ws_parser.flags. Workerman's server uses REQUIRE_MASK only (plus rsv_allowed = 0x70:
 * it inflates RSV1 frames without negotiation and ignores RSV2/3); its client FORBID_MASK.
 * The STRICT_* checks are RFC 6455 rules Workerman does not apply.
 * Workerman mode, as tests/c/ws_frame_diff.c drives it (and tests/parsers/
 * ws_frame_differential.phpt checks against 4.2.1): the server looks only once 6 bytes are
 * buffered (the client 2); NOT_MASKED/MASKED/OPCODE close; a Close opcode is acted on as
 * soon as it is seen, before any length check; other errors close; a FIN ping/pong is
 * handled once complete; FIN=0 frames of any opcode are buffered. Not replicated here:
 * Workerman's decode() prepends buffered fragments to a ping/pong payload that arrives in
 * the middle of a fragmented message (and drops them from the message). */
#define WS_PARSE_REQUIRE_MASK    0x01u
#define WS_PARSE_FORBID_MASK     0x02u
#define WS_PARSE_STRICT_CONTROL  0x04u
#define WS_PARSE_STRICT_SEQUENCE 0x08u

#define WS_RSV1 0x40u
#define WS_RSV2 0x20u
#define WS_RSV3 0x10u

/* Per-connection parser state: the caller's settings plus the bookkeeping of the message
 * being reassembled from fragments. Zero it, then set the settings (wm_ws_parser_init). */
typedef struct ws_parser {
	uint64_t max_package;  /* maxPackageSize: limit of buffered + header + payload */
	uint64_t buffered;     /* payload bytes of this message's earlier fragments */
	uint32_t flags;        /* WS_PARSE_* */
	uint8_t rsv_allowed;   /* RSV bits (WS_RSV*) a frame may carry */
	uint8_t in_message;    /* a FIN=0 frame started a message that is not finished */
	uint8_t message_opcode; /* opcode of that message's first frame */
	uint8_t message_rsv1;  /* RSV1 of that first frame (permessage-deflate message) */
	uint32_t fragments;    /* frames buffered so far in this message */
} ws_parser;

/* Unmasking position: the key and how many payload bytes were unmasked before (mod 4),
 * so a payload that arrives in several reads unmasks piece by piece. */
typedef struct ws_mask {
	uint8_t key[4];
	uint32_t pos;
} ws_mask;

/* One parsed frame header. The payload starts header_len bytes after the frame start
 * (payload_off == header_len), and the whole frame is frame_len = header_len + payload_len
 * bytes, what Workerman's input() returns for a complete frame. */
typedef struct ws_frame {
	uint64_t payload_len;
	uint64_t frame_len;
	uint32_t header_len;   /* 2..14 */
	uint32_t payload_off;
	uint8_t first_byte;    /* byte 0 as sent */
	uint8_t opcode;
	uint8_t fin;
	uint8_t rsv;           /* the RSV bits of byte 0 (WS_RSV* mask) */
	uint8_t rsv1;
	uint8_t masked;
	ws_mask mask;          /* key (zero when unmasked), pos 0 */
} ws_frame;

void wm_ws_parser_init(ws_parser *p, uint32_t flags, uint8_t rsv_allowed, uint64_t max_package);

/* Parses the frame header at buf[0..len). Borrows buf; fills *f as far as it could read it:
 * with len >= 2 the byte 0/1 fields (first_byte, fin, rsv, opcode, masked, header_len) are
 * set even on WS_NEED_MORE or an error, so a caller can act on a Close opcode before the
 * rest arrives, as Workerman's server does; on WS_ERR_TOO_LARGE / WS_ERR_LENGTH_TOP_BIT
 * payload_len and frame_len are set too (Workerman's "package_length" is p->buffered +
 * frame_len). Does not change *p; p->max_package may be changed between calls. */
int wm_ws_frame_parse(const ws_parser *p, ws_frame *f, const unsigned char *buf, size_t len);

static inline int ws_opcode_is_control(unsigned opcode)
{
	return (opcode & 0x8) != 0;
}

/* XORs n payload bytes in place with the key, continuing at m->pos, and advances m->pos
 * (mod 4), so a payload arriving in pieces is unmasked piece by piece with the same m.
 * Unmasked frames (key 0) need no call. */
void wm_ws_unmask(ws_mask *m, unsigned char *data, size_t n);

/* wm_ws_parser_frame_done() results. */
#define WS_DONE_FRAGMENT 1 /* FIN=0: keep the payload, the message goes on */
#define WS_DONE_MESSAGE  2 /* FIN=1 data frame: buffered fragments + this payload = message */
#define WS_DONE_CONTROL  3 /* FIN=1 control frame: handle it, the message state is untouched */

/* The message a FIN=1 data frame completes. */
typedef struct ws_message {
	uint64_t length;   /* buffered fragments + this frame's payload */
	uint32_t frames;   /* frames it was made of (1 when unfragmented) */
	uint8_t opcode;    /* opcode of its first frame */
	uint8_t rsv1;      /* RSV1 of its first frame: permessage-deflate compressed */
} ws_message;

/* Call once the frame's payload has been consumed. A FIN=0 frame of any opcode counts as
 * a fragment (Workerman appends even a FIN=0 ping; WS_PARSE_STRICT_CONTROL rejects those
 * earlier). On WS_DONE_MESSAGE *msg describes the message and the state is reset; msg is
 * untouched otherwise. */
int wm_ws_parser_frame_done(ws_parser *p, const ws_frame *f, ws_message *msg);

/* Header writers. first_byte is Workerman's websocketType: 0x81 text, 0x82 binary, 0x8a
 * pong, 0x88 close, 0xc1/0xc2 deflate. Lengths >= 2^32 are written in full 64 bits
 * (Workerman's pack('N') would drop the high bits); below that the bytes are Workerman's:
 *   server (unmasked), Websocket::encode: <= 125 -> 2 bytes, <= 65535 -> 4, else 10:
 *     125   -> 81 7d                  126 -> 81 7e 00 7e
 *     65535 -> 81 7e ff ff            65536 -> 81 7f 00 00 00 00 00 01 00 00
 *   client (mask bit, key from the caller; Workerman's Ws uses 00 00 00 00), Ws::encode:
 *   < 126 -> 6 bytes, < 65535 -> 8, else 14 (65535 takes the 64-bit form: Ws's quirk):
 *     125   -> 81 fd 00 00 00 00      126 -> 81 fe 00 7e 00 00 00 00
 *     65534 -> 81 fe ff fe 00 00 00 00
 *     65535 -> 81 ff 00 00 00 00 00 00 ff ff 00 00 00 00
 *     65536 -> 81 ff 00 00 00 00 00 01 00 00 00 00 00 00
 * Return the header length written into out. */
#define WS_SERVER_HEADER_MAX 10
#define WS_CLIENT_HEADER_MAX 14
size_t wm_ws_frame_server_header(unsigned char out[WS_SERVER_HEADER_MAX], uint8_t first_byte, uint64_t payload_len);
/* key NULL = the all-zero key, with which the payload goes out unchanged (no masking pass). */
size_t wm_ws_frame_client_header(unsigned char out[WS_CLIENT_HEADER_MAX], uint8_t first_byte, uint64_t payload_len,
	const uint8_t key[4]);

/* Fixed frames: the server's reply to a Close without onWebSocketClose (status 1000), and
 * the client's websocketPingInterval ping (masked, empty, zero key). */
#define WS_CLOSE_1000_FRAME     "\x88\x02\x03\xe8"
#define WS_CLOSE_1000_FRAME_LEN 4
#define WS_CLIENT_PING_FRAME     "\x89\x80\x00\x00\x00\x00"
#define WS_CLIENT_PING_FRAME_LEN 6

/* The head of a frame as Workerman's client (Ws::input) reads it from the first len (>= 2)
 * bytes, in its order: mask bit, Close opcode, other opcodes, length. On WS_CLIENT_HEAD_OK
 * *frame_len is head + payload as Workerman computes it (a double: its c1 * 4294967296 + c2
 * goes past PHP_INT_MAX). */
enum {
	WS_CLIENT_HEAD_MORE = 0,    /* the 16- or 64-bit length is not all there yet */
	WS_CLIENT_HEAD_OK = 1,
	WS_CLIENT_HEAD_MASKED = -1, /* a server frame with the mask bit: close */
	WS_CLIENT_HEAD_CLOSE = -2,  /* opcode Close: onWebSocketClose or close */
	WS_CLIENT_HEAD_OPCODE = -3, /* not 0, 1, 2, 9 or 10: close */
};
int wm_ws_frame_client_head(const unsigned char *b, size_t len, double *frame_len);

#endif
