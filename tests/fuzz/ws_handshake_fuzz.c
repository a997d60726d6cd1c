/* ws_handshake_fuzz.c: libFuzzer harness for ext/ws/ws_handshake.c, the server handshake's
 * pure-C pieces. Input: a request head as a client could send it. Every header lookup must
 * return a value inside the buffer that ends before a CRLF and agrees with a naive search;
 * the 101 written from the input's lines must have the size the sizing call announced and
 * start and end as 4.2.1's does; accept must be 28 base64 chars. Built by
 * scripts/fuzz-ws-handshake.sh. */
#include "ws_handshake.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ASSERT(c) do { if (!(c)) { __builtin_trap(); } } while (0)

static const char *const names[] = {
	"Sec-WebSocket-Key:", "Sec-WebSocket-Extensions:", "Host:", "Cookie:", "X:",
};

/* The regex /<name> *(.*?)\r\n/i done the slow way: first position with a valid value. */
static int naive_find(const char *buf, size_t len, const char *name, size_t nlen, size_t *off, size_t *vlen)
{
	for (size_t at = 0; at + nlen <= len; at++) {
		if (strncasecmp(buf + at, name, nlen) != 0) {
			continue;
		}
		size_t v = at + nlen;
		while (v < len && buf[v] == ' ') {
			v++;
		}
		for (size_t e = v; e < len; e++) {
			if (buf[e] == '\n') {
				if (e > v && buf[e - 1] == '\r') {
					*off = v;
					*vlen = e - 1 - v;
					return 1;
				}
				break;
			}
		}
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t nlen = strlen(names[i]), off = 0, len = 0, noff = 0, nvlen = 0;
		int found = wm_ws_handshake_find_header(buf, size, names[i], nlen, &off, &len);
		ASSERT(found == naive_find(buf, size, names[i], nlen, &noff, &nvlen));
		if (found) {
			ASSERT(off == noff && len == nvlen);
			ASSERT(off + len + 2 <= size && buf[off + len] == '\r' && buf[off + len + 1] == '\n');
			ASSERT(memchr(buf + off, '\n', len) == NULL);
			char accept[WS_ACCEPT_LEN + 1];
			ASSERT(wm_ws_handshake_accept(buf + off, len, accept) == 0);
			ASSERT(strlen(accept) == WS_ACCEPT_LEN && accept[27] == '=');
			ASSERT(wm_ws_handshake_accept_matches(buf + off, len, accept, WS_ACCEPT_LEN));
		}
	}
	/* The input's CRLF-separated lines as user headers of a 101. */
	ws_bytes lines[16];
	size_t count = 0, start = 0;
	for (size_t i = 0; i + 1 < size && count < 16; i++) {
		if (buf[i] == '\r' && buf[i + 1] == '\n') {
			lines[count].ptr = buf + start;
			lines[count++].len = i - start;
			start = i + 2;
		}
	}
	static const char accept[WS_ACCEPT_LEN + 1] = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
	unsigned flags = size ? data[0] & 7u : 0;
	size_t need = wm_ws_handshake_reply(NULL, 0, accept, lines, count, "workerman/4.2.1", 15, flags);
	char *out = malloc(need ? need : 1);
	ASSERT(out);
	ASSERT(wm_ws_handshake_reply(out, need, accept, lines, count, "workerman/4.2.1", 15, flags) == need);
	ASSERT(need >= 4 && memcmp(out + need - 4, "\r\n\r\n", 4) == 0);
	ASSERT(memcmp(out, "HTTP/1.1 101 Switching Protocol", 31) == 0);
	/* Too small a buffer: the same size is announced and nothing is written past it. */
	if (need > 1) {
		char *small = malloc(need - 1);
		ASSERT(small);
		ASSERT(wm_ws_handshake_reply(small, need - 1, accept, lines, count, "workerman/4.2.1", 15, flags) == need);
		free(small);
	}
	free(out);
	return 0;
}
