/* ws_frame_diff.c: replays frame streams through ext/ws/ws_frame.c the way Workerman 4.2.1's
 * Websocket::input/decode (server: mask required, 6 bytes before a look) or Ws::input/decode
 * (client: mask forbidden, 2 bytes) handle them: any RSV, Close acted on as soon as its
 * opcode is seen. Prints one event line per stream file for
 * tests/parsers/ws_frame_differential.phpt to compare with real Workerman.
 * Usage: ws_frame_diff server|client FILE...; each file: 4-byte big-endian maxPackageSize,
 * then the bytes. Events: M:<hex> message, P:<hex> ping, O:<hex> pong, C close, E error. */
#include "ws_frame.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char stream[1 << 22], message[1 << 22];

static void print_hex(const char *tag, const unsigned char *p, uint64_t n)
{
	fputs(tag, stdout);
	for (uint64_t i = 0; i < n; i++) {
		printf("%02x", p[i]);
	}
	putchar(';');
}

static void replay(unsigned char *s, size_t n, uint64_t max, int server)
{
	ws_parser p;
	size_t at = 0, message_len = 0;
	size_t look = server ? 6 : 2;
	wm_ws_parser_init(&p, server ? WS_PARSE_REQUIRE_MASK : WS_PARSE_FORBID_MASK, WS_RSV1 | WS_RSV2 | WS_RSV3, max);
	while (n - at >= look) {
		ws_frame f;
		ws_message m;
		int rc = wm_ws_frame_parse(&p, &f, s + at, n - at);
		if (rc == WS_ERR_NOT_MASKED || rc == WS_ERR_MASKED || rc == WS_ERR_OPCODE) {
			fputs("E;", stdout);
			return;
		}
		if (f.opcode == WS_OP_CLOSE) {
			fputs("C;", stdout);
			return;
		}
		if (rc < 0) {
			fputs("E;", stdout);
			return;
		}
		if (rc == WS_NEED_MORE || n - at < f.frame_len) {
			return;
		}
		unsigned char *payload = s + at + f.payload_off;
		wm_ws_unmask(&f.mask, payload, (size_t)f.payload_len);
		int done = wm_ws_parser_frame_done(&p, &f, &m);
		if (done == WS_DONE_CONTROL) {
			print_hex(f.opcode == WS_OP_PING ? "P:" : "O:", payload, f.payload_len);
		} else {
			memcpy(message + message_len, payload, (size_t)f.payload_len);
			message_len += (size_t)f.payload_len;
			if (done == WS_DONE_MESSAGE) {
				print_hex("M:", message, message_len);
				message_len = 0;
			}
		}
		at += (size_t)f.frame_len;
	}
}

int main(int argc, char **argv)
{
	if (argc < 2 || (strcmp(argv[1], "server") != 0 && strcmp(argv[1], "client") != 0)) {
		fputs("usage: ws_frame_diff server|client FILE...\n", stderr);
		return 2;
	}
	int server = strcmp(argv[1], "server") == 0;
	for (int i = 2; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		if (!fp) {
			perror(argv[i]);
			return 2;
		}
		size_t n = fread(stream, 1, sizeof(stream), fp);
		fclose(fp);
		if (n < 4) {
			return 2;
		}
		uint64_t max = ((uint64_t)stream[0] << 24) | ((uint64_t)stream[1] << 16) | ((uint64_t)stream[2] << 8) | stream[3];
		replay(stream + 4, n - 4, max, server);
		putchar('\n');
	}
	return 0;
}
