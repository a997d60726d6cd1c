/* ws_handshake_test.c: unit tests of ext/ws/ws_handshake.c (plain C, no framework). Prints
 * one "ok N name" line per case and a summary; exits 1 when a check failed.
 * Build: cc -O1 -Wall -Werror -Iext/ws tests/c/ws_handshake_test.c ext/ws/ws_handshake.c -lcrypto */
#include "ws_handshake.h"
#include <stdio.h>
#include <string.h>

static int checks, failures, case_failed, case_no;

#define CHECK(cond) do { \
	checks++; \
	if (!(cond)) { \
		failures++; case_failed = 1; \
		fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)
#define CHECK_STR(got, got_len, want) do { \
	size_t wl_ = strlen(want); \
	checks++; \
	if ((size_t)(got_len) != wl_ || memcmp((got), (want), wl_) != 0) { \
		failures++; case_failed = 1; \
		fprintf(stderr, "FAIL %s:%d: got \"%.*s\", expected \"%s\"\n", __FILE__, __LINE__, (int)(got_len), (got), (want)); \
	} \
} while (0)

static void run_case(const char *name, void (*fn)(void))
{
	case_failed = 0;
	fn();
	printf("%s %d %s\n", case_failed ? "not ok" : "ok", ++case_no, name);
}

static void test_accept(void)
{
	char out[WS_ACCEPT_LEN + 1];
	/* RFC 6455 1.3 */
	CHECK(wm_ws_handshake_accept("dGhlIHNhbXBsZSBub25jZQ==", 24, out) == 0);
	CHECK_STR(out, strlen(out), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
	/* values checked against PHP's base64_encode(sha1($k . GUID, true)) */
	CHECK(wm_ws_handshake_accept("", 0, out) == 0);
	CHECK_STR(out, strlen(out), "Kfh9QIsMVZcl6xEPYxPHzW8SZ8w=");
	CHECK(wm_ws_handshake_accept("x3JJHMbDL1EzLkh9GBhXDw==", 24, out) == 0);
	CHECK_STR(out, strlen(out), "HSmrc0sMlYUkAGmm5OPpG2HaGWk=");
	/* the key is hashed as given, trailing space included (Workerman's regex keeps it) */
	CHECK(wm_ws_handshake_accept("dGhlIHNhbXBsZSBub25jZQ== ", 25, out) == 0);
	CHECK(strcmp(out, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") != 0);
	CHECK(wm_ws_handshake_accept_matches("dGhlIHNhbXBsZSBub25jZQ==", 24, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", 28));
	CHECK(!wm_ws_handshake_accept_matches("dGhlIHNhbXBsZSBub25jZQ==", 24, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo", 27));
	CHECK(!wm_ws_handshake_accept_matches("dGhlIHNhbXBsZSBub25jZQ==", 24, "s3pPLMBiTxaQ9kYGzzhZRbK+xOO=", 28));
	CHECK(!wm_ws_handshake_accept_matches("dGhlIHNhbXBsZSBub25jZQ=!", 24, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", 28));
}

static void test_key_valid(void)
{
	CHECK(wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub25jZQ==", 24));
	CHECK(wm_ws_handshake_key_valid("AAAAAAAAAAAAAAAAAAAAAA==", 24));
	CHECK(wm_ws_handshake_key_valid("/////////////////////w==", 24));
	CHECK(wm_ws_handshake_key_valid("+++++++++++++++++++++g==", 24));
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub25jZQ=", 23));
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub25jZQ===", 25));
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub25jZQ=x", 24));
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub25jZ===", 24));
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub25jZR==", 24)); /* pad bits not zero */
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub2 jZQ==", 24));
	CHECK(!wm_ws_handshake_key_valid("dGhlIHNhbXBsZSBub2-jZQ==", 24)); /* base64url is not base64 */
	CHECK(!wm_ws_handshake_key_valid("", 0));
	/* every char allowed in the first 21 positions, only [AQgw] in the 22nd */
	char key[25] = "AAAAAAAAAAAAAAAAAAAAAA==";
	int valid21 = 0;
	for (int c = 0; c < 256; c++) {
		key[21] = (char)c;
		valid21 += wm_ws_handshake_key_valid(key, 24);
	}
	CHECK(valid21 == 4);
	key[21] = 'A';
	int valid0 = 0;
	for (int c = 0; c < 256; c++) {
		key[0] = (char)c;
		valid0 += wm_ws_handshake_key_valid(key, 24);
	}
	CHECK(valid0 == 64);
	/* a made key is valid and round-trips */
	unsigned char rnd[16];
	char made[WS_KEY_LEN + 1];
	memcpy(rnd, "the sample nonce", 16);
	wm_ws_handshake_make_key(rnd, made);
	CHECK_STR(made, strlen(made), "dGhlIHNhbXBsZSBub25jZQ==");
	for (int i = 0; i < 256; i++) {
		memset(rnd, i, 16);
		rnd[15] = (unsigned char)(255 - i);
		wm_ws_handshake_make_key(rnd, made);
		CHECK(strlen(made) == 24 && wm_ws_handshake_key_valid(made, 24));
	}
}

static void test_find_header(void)
{
	static const char req[] = "GET /chat?x=1 HTTP/1.1\r\nHost: example.com\r\n"
		"sec-websocket-key:   dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
	size_t off = 0, len = 0;
	CHECK(wm_ws_handshake_find_header(req, sizeof(req) - 1, "Sec-WebSocket-Key:", 18, &off, &len));
	CHECK_STR(req + off, len, "dGhlIHNhbXBsZSBub25jZQ==");
	CHECK(wm_ws_handshake_find_header(req, sizeof(req) - 1, "SEC-WEBSOCKET-VERSION:", 22, &off, &len));
	CHECK_STR(req + off, len, "13");
	CHECK(!wm_ws_handshake_find_header(req, sizeof(req) - 1, "Origin:", 7, &off, &len));
	/* as /Name: *(.*?)\r\n/i: trailing spaces kept, tabs not skipped, empty value matches */
	static const char odd[] = "X: a \r\nTab:\tv\r\nEmpty:\r\nSp:   \r\n";
	CHECK(wm_ws_handshake_find_header(odd, sizeof(odd) - 1, "X:", 2, &off, &len));
	CHECK_STR(odd + off, len, "a ");
	CHECK(wm_ws_handshake_find_header(odd, sizeof(odd) - 1, "Tab:", 4, &off, &len));
	CHECK_STR(odd + off, len, "\tv");
	CHECK(wm_ws_handshake_find_header(odd, sizeof(odd) - 1, "Empty:", 6, &off, &len));
	CHECK(len == 0);
	CHECK(wm_ws_handshake_find_header(odd, sizeof(odd) - 1, "Sp:", 3, &off, &len));
	CHECK(len == 0);
	/* matches inside another name too (the regex is not anchored) */
	static const char inner[] = "X-Sec-WebSocket-Key: abc\r\nSec-WebSocket-Key: def\r\n";
	CHECK(wm_ws_handshake_find_header(inner, sizeof(inner) - 1, "Sec-WebSocket-Key:", 18, &off, &len));
	CHECK_STR(inner + off, len, "abc");
	/* a bare LF ends that attempt; a later occurrence still matches */
	static const char lf[] = "Key: a\nb\r\nKey: c\r\n";
	CHECK(wm_ws_handshake_find_header(lf, sizeof(lf) - 1, "Key:", 4, &off, &len));
	CHECK_STR(lf + off, len, "c");
	/* the value may hold a CR; no CRLF at all -> no match */
	static const char cr[] = "Key: a\rb\r\n";
	CHECK(wm_ws_handshake_find_header(cr, sizeof(cr) - 1, "Key:", 4, &off, &len));
	CHECK_STR(cr + off, len, "a\rb");
	CHECK(!wm_ws_handshake_find_header("Key: abc", 8, "Key:", 4, &off, &len));
	CHECK(!wm_ws_handshake_find_header("Key: abc\n", 9, "Key:", 4, &off, &len));
	CHECK(!wm_ws_handshake_find_header("Key:\n", 5, "Key:", 4, &off, &len));
	CHECK(!wm_ws_handshake_find_header("Ke", 2, "Key:", 4, &off, &len));
	/* every truncation of the request is safe and only finds the full value */
	for (size_t n = 0; n < sizeof(req); n++) {
		int found = wm_ws_handshake_find_header(req, n, "Sec-WebSocket-Key:", 18, &off, &len);
		CHECK(found == (n >= 90));
		if (found) {
			CHECK_STR(req + off, len, "dGhlIHNhbXBsZSBub25jZQ==");
		}
	}
}

static void test_reply(void)
{
	static const char accept[] = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
	static const char head[] = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
		"Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n";
	char out[1024];
	char want[1024];
	size_t n;

	/* Workerman 4.2.1 with no user headers */
	n = wm_ws_handshake_reply(out, sizeof(out), accept, NULL, 0, "workerman/4.2.1", 15, 0);
	snprintf(want, sizeof(want), "%sServer: workerman/4.2.1\r\n\r\n", head);
	CHECK_STR(out, n, want);
	/* user lines in order; a Server line (any case) replaces the default */
	ws_bytes lines[] = {{"X-A: 1", 6}, {"server: mine", 12}, {"X-B: 2", 6}};
	n = wm_ws_handshake_reply(out, sizeof(out), accept, lines, 3, "workerman/4.2.1", 15, 0);
	snprintf(want, sizeof(want), "%sX-A: 1\r\nserver: mine\r\nX-B: 2\r\n\r\n", head);
	CHECK_STR(out, n, want);
	/* "Server:" not at the start of an array line does not count ([4] stripos === 0) */
	ws_bytes later[] = {{"X-Server: a", 11}};
	n = wm_ws_handshake_reply(out, sizeof(out), accept, later, 1, "workerman/4.2.1", 15, 0);
	snprintf(want, sizeof(want), "%sX-Server: a\r\nServer: workerman/4.2.1\r\n\r\n", head);
	CHECK_STR(out, n, want);
	/* [4] string headers: "Server:" anywhere counts */
	ws_bytes str[] = {{"X-A: 1\r\nserver: s", 17}};
	n = wm_ws_handshake_reply(out, sizeof(out), accept, str, 1, "workerman/4.2.1", 15, WS_REPLY_SERVER_ANYWHERE);
	snprintf(want, sizeof(want), "%sX-A: 1\r\nserver: s\r\n\r\n", head);
	CHECK_STR(out, n, want);
	/* 5.x: "Switching Protocol", no Server line, lines with CR/LF dropped */
	ws_bytes v5[] = {{"X-A: 1", 6}, {"X-Bad: a\r\nInjected: 1", 21}, {"X-C: 3", 6}, {"", 0}};
	n = wm_ws_handshake_reply(out, sizeof(out), accept, v5, 4, NULL, 0, WS_REPLY_STATUS_5X | WS_REPLY_SKIP_CRLF_LINES);
	CHECK_STR(out, n, "HTTP/1.1 101 Switching Protocol\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
		"Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nX-A: 1\r\nX-C: 3\r\n\r\n\r\n");
	/* snprintf-like sizing: too small -> full length returned, nothing past cap written */
	size_t full = wm_ws_handshake_reply(NULL, 0, accept, lines, 3, "workerman/4.2.1", 15, 0);
	memset(out, 'Z', sizeof(out));
	n = wm_ws_handshake_reply(out, full - 1, accept, lines, 3, "workerman/4.2.1", 15, 0);
	CHECK(n == full);
	CHECK(out[full - 1] == 'Z');
	n = wm_ws_handshake_reply(out, full, accept, lines, 3, "workerman/4.2.1", 15, 0);
	CHECK(n == full && out[full - 1] == '\n' && out[full] == 'Z');
}

static void test_rejections(void)
{
	/* byte for byte as Workerman sends them (API.md 6.4) */
	CHECK_STR(WS_REPLY_400_NOT_GET_4X, sizeof(WS_REPLY_400_NOT_GET_4X) - 1,
		"HTTP/1.0 400 Bad Request\r\nServer: workerman\r\n\r\n<div style=\"text-align:center\"><h1>400 Bad Request</h1><hr>workerman</div>");
	CHECK_STR(WS_REPLY_400_NO_KEY_4X, sizeof(WS_REPLY_400_NO_KEY_4X) - 1,
		"HTTP/1.0 400 Bad Request\r\nServer: workerman\r\n\r\n<div style=\"text-align:center\"><h1>WebSocket</h1><hr>workerman</div>");
	CHECK_STR(WS_REPLY_400_5X, sizeof(WS_REPLY_400_5X) - 1,
		"HTTP/1.1 400 Bad Request\r\n\r\n<div style=\"text-align:center\"><h1>400 Bad Request</h1><hr>workerman</div>");
	CHECK_STR(WS_REPLY_400_NO_VERSION_5X, sizeof(WS_REPLY_400_NO_VERSION_5X) - 1,
		"HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n\r\n");
	CHECK_STR(WS_REPLY_426_5X, sizeof(WS_REPLY_426_5X) - 1,
		"HTTP/1.1 426 Upgrade Required\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n\r\n");
	CHECK(strlen(WS_GUID) == 36);
}

int main(void)
{
	run_case("Sec-WebSocket-Accept (RFC 6455 example and more)", test_accept);
	run_case("key validation and client key", test_key_valid);
	run_case("header lookup as Workerman's regex", test_find_header);
	run_case("101 reply bytes (4.x, 5.x, user headers, sizing)", test_reply);
	run_case("rejection replies", test_rejections);
	printf("ws_handshake: %d checks, %d failed\n", checks, failures);
	return failures ? 1 : 0;
}
