/* ws_handshake.h: the byte-level pieces of the WebSocket opening handshake (RFC 6455 4):
 * Sec-WebSocket-Accept, key checks, Workerman's header lookup, the 101 reply and the
 * constant rejection replies of API.md 6.4. Pure C + OpenSSL's EVP, writes into caller
 * buffers only. Request parsing proper belongs to the HTTP parser. */
#ifndef WS_HANDSHAKE_H
#define WS_HANDSHAKE_H

#include <stddef.h>
#include <stdint.h>

#define WS_GUID "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
#define WS_ACCEPT_LEN 28 /* base64 of a 20-byte SHA-1 */
#define WS_KEY_LEN    24 /* base64 of 16 bytes */

/* out = base64(sha1(key . WS_GUID)), 28 chars and a NUL. The key is used as given (Workerman
 * hashes whatever followed "Sec-WebSocket-Key:" and its spaces). Returns 0, -1 if OpenSSL
 * fails. The first call fetches SHA-1 and a digest context that the process keeps (0.3 us
 * a call after that instead of 1 us); single-threaded use only, like the rest. */
int wm_ws_handshake_accept(const char *key, size_t key_len, char out[WS_ACCEPT_LEN + 1]);

/* 1 when value is exactly the accept for key (the client's check of the server reply). */
int wm_ws_handshake_accept_matches(const char *key, size_t key_len, const char *value, size_t value_len);

/* 1 when key is the canonical base64 of 16 bytes (24 chars, "==" padding, zero pad bits),
 * as RFC 6455 4.2.1 asks; Workerman itself accepts any value. */
int wm_ws_handshake_key_valid(const char *key, size_t key_len);

/* out = base64 of 16 caller-supplied random bytes, 24 chars and a NUL: a client key. */
void wm_ws_handshake_make_key(const uint8_t random16[16], char out[WS_KEY_LEN + 1]);

/* Workerman's lookup of a header value: the regex /<name>: *(.*?)\r\n/i over the whole
 * block. name (given with its colon, e.g. "Sec-WebSocket-Key:") matches anywhere, ignoring
 * case; then spaces are skipped and the value runs to the next CRLF, which must come
 * before any other LF. On a match sets *value_off and *value_len (offsets into buf) and returns
 * 1; returns 0 when no occurrence has such a value. */
int wm_ws_handshake_find_header(const char *buf, size_t len, const char *name, size_t name_len,
	size_t *value_off, size_t *value_len);

/* A borrowed byte range. */
typedef struct ws_bytes {
	const char *ptr;
	size_t len;
} ws_bytes;

/* wm_ws_handshake_reply() flags. Default is Workerman 4.2.1. */
#define WS_REPLY_STATUS_5X      0x1u /* "101 Switching Protocol" (5.x) instead of "...Protocols" */
#define WS_REPLY_SERVER_ANYWHERE 0x2u /* [4] string $c->headers: "Server:" anywhere in it counts */
#define WS_REPLY_SKIP_CRLF_LINES 0x4u /* [5] drop user lines containing CR or LF */

/* Writes the 101 reply: status line, "Upgrade: websocket", "Sec-WebSocket-Version: 13",
 * "Connection: Upgrade", "Sec-WebSocket-Accept: <accept>", each user line + CRLF, then
 * "Server: <server>" unless server is NULL or a user line starts with "Server:" (any case),
 * then the empty line. server is the whole value, e.g. "workerman/4.2.1". Like snprintf:
 * returns the full length; out holds the reply only when that is <= cap (no NUL written). */
size_t wm_ws_handshake_reply(char *out, size_t cap, const char accept[WS_ACCEPT_LEN], const ws_bytes *lines,
	size_t line_count, const char *server, size_t server_len, unsigned flags);

/* Rejections (API.md 6.4), sent with close($reply, true). */
/* [4] request not starting with GET. */
#define WS_REPLY_400_NOT_GET_4X "HTTP/1.0 400 Bad Request\r\nServer: workerman\r\n\r\n" \
	"<div style=\"text-align:center\"><h1>400 Bad Request</h1><hr>workerman</div>"
/* [4] no Sec-WebSocket-Key. */
#define WS_REPLY_400_NO_KEY_4X "HTTP/1.0 400 Bad Request\r\nServer: workerman\r\n\r\n" \
	"<div style=\"text-align:center\"><h1>WebSocket</h1><hr>workerman</div>"
/* [5] request not starting with GET, or no Sec-WebSocket-Key. */
#define WS_REPLY_400_5X "HTTP/1.1 400 Bad Request\r\n\r\n" \
	"<div style=\"text-align:center\"><h1>400 Bad Request</h1><hr>workerman</div>"
/* [5] no Sec-WebSocket-Version. */
#define WS_REPLY_400_NO_VERSION_5X "HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n\r\n"
/* [5] Sec-WebSocket-Version other than 13. */
#define WS_REPLY_426_5X "HTTP/1.1 426 Upgrade Required\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\n" \
	"Sec-WebSocket-Version: 13\r\n\r\n"

#endif
