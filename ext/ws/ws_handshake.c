/* ws_handshake.c: Sec-WebSocket-Accept (SHA-1 through OpenSSL's EVP, base64), key checks,
 * Workerman's regex-style header lookup, and the 101 reply written into a caller buffer.
 * No PHP, no allocation of ours, no I/O: ws/websocket.c sends what this writes. */
#include "ws_handshake.h"
#include <string.h>
#include <openssl/evp.h>

static const char ws_b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Standard base64 with padding; out gets 4 * ceil(n / 3) chars and a NUL. */
static void ws_base64(const unsigned char *in, size_t n, char *out)
{
	size_t i = 0;
	for (; i + 3 <= n; i += 3) {
		uint32_t v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8) | in[i + 2];
		*out++ = ws_b64_alphabet[v >> 18];
		*out++ = ws_b64_alphabet[(v >> 12) & 63];
		*out++ = ws_b64_alphabet[(v >> 6) & 63];
		*out++ = ws_b64_alphabet[v & 63];
	}
	if (n - i == 1) {
		uint32_t v = (uint32_t)in[i] << 16;
		*out++ = ws_b64_alphabet[v >> 18];
		*out++ = ws_b64_alphabet[(v >> 12) & 63];
		*out++ = '=';
		*out++ = '=';
	} else if (n - i == 2) {
		uint32_t v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8);
		*out++ = ws_b64_alphabet[v >> 18];
		*out++ = ws_b64_alphabet[(v >> 12) & 63];
		*out++ = ws_b64_alphabet[(v >> 6) & 63];
		*out++ = '=';
	}
	*out = '\0';
}

int wm_ws_handshake_accept(const char *key, size_t key_len, char out[WS_ACCEPT_LEN + 1])
{
	/* Fetched once per process: an implicit fetch per call costs more than the hash. */
	static EVP_MD *sha1;
	static EVP_MD_CTX *ctx;
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int digest_len = 0;

	if (!sha1) {
		sha1 = EVP_MD_fetch(NULL, "SHA1", NULL);
	}
	if (!ctx) {
		ctx = EVP_MD_CTX_new();
	}
	/* Two updates rather than a concatenation: the key has no length limit in Workerman. */
	if (!sha1 || !ctx || !EVP_DigestInit_ex(ctx, sha1, NULL) || !EVP_DigestUpdate(ctx, key, key_len)
		|| !EVP_DigestUpdate(ctx, WS_GUID, sizeof(WS_GUID) - 1) || !EVP_DigestFinal_ex(ctx, digest, &digest_len)
		|| digest_len != 20) {
		out[0] = '\0';
		return -1;
	}
	ws_base64(digest, 20, out);
	return 0;
}

int wm_ws_handshake_accept_matches(const char *key, size_t key_len, const char *value, size_t value_len)
{
	char expected[WS_ACCEPT_LEN + 1];
	if (value_len != WS_ACCEPT_LEN || wm_ws_handshake_accept(key, key_len, expected) != 0) {
		return 0;
	}
	return memcmp(expected, value, WS_ACCEPT_LEN) == 0;
}

static int ws_b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') {
		return c - 'A';
	}
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 26;
	}
	if (c >= '0' && c <= '9') {
		return c - '0' + 52;
	}
	if (c == '+') {
		return 62;
	}
	if (c == '/') {
		return 63;
	}
	return -1;
}

int wm_ws_handshake_key_valid(const char *key, size_t key_len)
{
	if (key_len != WS_KEY_LEN || key[22] != '=' || key[23] != '=') {
		return 0;
	}
	for (size_t i = 0; i < 22; i++) {
		if (ws_b64_value((unsigned char)key[i]) < 0) {
			return 0;
		}
	}
	/* The 22nd char carries 2 data bits of byte 16 and 4 pad bits, which must be zero. */
	return (ws_b64_value((unsigned char)key[21]) & 15) == 0;
}

void wm_ws_handshake_make_key(const uint8_t random16[16], char out[WS_KEY_LEN + 1])
{
	ws_base64(random16, 16, out);
}

static unsigned char ws_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static int ws_prefix_ci(const char *s, size_t len, const char *prefix, size_t prefix_len)
{
	if (len < prefix_len) {
		return 0;
	}
	for (size_t i = 0; i < prefix_len; i++) {
		if (ws_lower((unsigned char)s[i]) != ws_lower((unsigned char)prefix[i])) {
			return 0;
		}
	}
	return 1;
}

int wm_ws_handshake_find_header(const char *buf, size_t len, const char *name, size_t name_len,
	size_t *value_off, size_t *value_len)
{
	if (name_len == 0 || len < name_len) {
		return 0;
	}
	for (size_t at = 0; at + name_len <= len; at++) {
		if (!ws_prefix_ci(buf + at, len - at, name, name_len)) {
			continue;
		}
		size_t start = at + name_len;
		while (start < len && buf[start] == ' ') {
			start++;
		}
		/* '.' stops at LF: the value ends at the first LF, which needs a CR before it. */
		const char *lf = start < len ? memchr(buf + start, '\n', len - start) : NULL;
		if (lf) {
			size_t lf_at = (size_t)(lf - buf);
			if (lf_at > start && buf[lf_at - 1] == '\r') {
				*value_off = start;
				*value_len = lf_at - 1 - start;
				return 1;
			}
		}
	}
	return 0;
}

static int ws_line_has_server(const ws_bytes *line, unsigned flags)
{
	static const char server[] = "Server:";
	const size_t n = sizeof(server) - 1;
	if (!(flags & WS_REPLY_SERVER_ANYWHERE)) {
		return ws_prefix_ci(line->ptr, line->len, server, n);
	}
	for (size_t at = 0; at + n <= line->len; at++) {
		if (ws_prefix_ci(line->ptr + at, line->len - at, server, n)) {
			return 1;
		}
	}
	return 0;
}

/* Appends when it fits; always advances *len so the caller learns the size needed. */
static void ws_put(char *out, size_t cap, size_t *len, const char *bytes, size_t n)
{
	if (*len + n <= cap) {
		memcpy(out + *len, bytes, n);
	}
	*len += n;
}

size_t wm_ws_handshake_reply(char *out, size_t cap, const char accept[WS_ACCEPT_LEN], const ws_bytes *lines,
	size_t line_count, const char *server, size_t server_len, unsigned flags)
{
	static const char status_4x[] = "HTTP/1.1 101 Switching Protocols\r\n";
	static const char status_5x[] = "HTTP/1.1 101 Switching Protocol\r\n";
	static const char fixed[] = "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nConnection: Upgrade\r\n"
		"Sec-WebSocket-Accept: ";
	size_t len = 0;
	int has_server = 0;

	if (flags & WS_REPLY_STATUS_5X) {
		ws_put(out, cap, &len, status_5x, sizeof(status_5x) - 1);
	} else {
		ws_put(out, cap, &len, status_4x, sizeof(status_4x) - 1);
	}
	ws_put(out, cap, &len, fixed, sizeof(fixed) - 1);
	ws_put(out, cap, &len, accept, WS_ACCEPT_LEN);
	ws_put(out, cap, &len, "\r\n", 2);
	for (size_t i = 0; i < line_count; i++) {
		const ws_bytes *line = &lines[i];
		if ((flags & WS_REPLY_SKIP_CRLF_LINES) && line->len && (memchr(line->ptr, '\r', line->len) || memchr(line->ptr, '\n', line->len))) {
			continue;
		}
		has_server |= ws_line_has_server(line, flags);
		ws_put(out, cap, &len, line->ptr, line->len);
		ws_put(out, cap, &len, "\r\n", 2);
	}
	if (server && !has_server) {
		ws_put(out, cap, &len, "Server: ", 8);
		ws_put(out, cap, &len, server, server_len);
		ws_put(out, cap, &len, "\r\n", 2);
	}
	ws_put(out, cap, &len, "\r\n", 2);
	return len;
}
