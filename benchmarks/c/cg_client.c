/* cg_client.c: the client of benchmarks/callgrind.sh: exactly N checked messages on ONE
 * connection, in two phases the script steps through on stdin, so the server's callgrind
 * counters can be zeroed and dumped around exactly the measured messages:
 *   connect, warm-up (W messages), print "READY", wait for a line on stdin,
 *   N messages, print "DONE msgs=N", wait for a line on stdin, close.
 * A message is one request and its reply; K are written per write() (K=1: one in flight),
 * and the next write waits for all K replies, read exactly (never past the batch, so an
 * extra byte fails the next batch's check). Modes:
 *   text  32-byte lines (31 + '\n') naming their sequence number, echoed as sent;
 *   ws    the RFC 6455 sample handshake (101 and the sample accept checked), then masked
 *         32-byte text frames, echoed unmasked ("\x81\x20" + payload);
 *   http  "GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n" (the bytes of http/pipeline.lua
 *         same); the first reply is learned (Content-Length required, body "Hello World",
 *         the rest of the head differs between runtimes), every later one must equal it.
 * Blocking socket with a receive timeout (valgrind is slow, but a lost reply must not hang).
 * Built with -DCG_TLS (and -lssl -lcrypto), -s speaks TLS on that connection (OpenSSL 3, no
 * verification, default version): the same bytes inside, one SSL_write per batch (one record
 * for a batch up to 16 KiB), the replies read with SSL_read (benchmarks/tls_callgrind.sh).
 *
 *   cg_client -m text|ws|http -p PORT [-k 1] [-w 2000] [-n 4000] [-T 120] [-s]
 * Errors: "ERROR <why>" on stdout, exit 1.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#ifdef CG_TLS
#include <openssl/err.h>
#include <openssl/ssl.h>
#endif

#define LINE_LEN 32
#define MAX_BATCH 64
#define MAX_REPLY 1024

enum mode { MODE_TEXT, MODE_WS, MODE_HTTP };

static enum mode mode;
static int fd, port, batch = 1;
static unsigned long sequence;
static char http_reply[MAX_REPLY];
static size_t http_reply_len;
#ifdef CG_TLS
static SSL *ssl; /* -s: the connection's TLS session */
#endif

static void fail(const char *why, const char *detail)
{
	printf("ERROR %s%s%.200s\n", why, detail ? ": " : "", detail ? detail : "");
	fflush(stdout);
	exit(1);
}

static void write_all(const void *data, size_t len)
{
	const char *at = data;
#ifdef CG_TLS
	if (ssl) {
		size_t done;
		if (SSL_write_ex(ssl, data, len, &done) != 1 || done != len) {
			fail("SSL_write", ERR_reason_error_string(ERR_get_error()));
		}
		return;
	}
#endif
	while (len > 0) {
		ssize_t w = write(fd, at, len);
		if (w < 0 && errno == EINTR) {
			continue;
		}
		if (w <= 0) {
			fail("write", strerror(errno));
		}
		at += w;
		len -= (size_t)w;
	}
}

/* Exactly len bytes: never more, so the next batch starts at its own first byte. */
static void read_exact(char *out, size_t len)
{
	size_t got = 0;
#ifdef CG_TLS
	while (ssl && got < len) {
		size_t r;
		if (SSL_read_ex(ssl, out + got, len - got, &r) != 1) {
			int err = SSL_get_error(ssl, 0);
			fail(err == SSL_ERROR_ZERO_RETURN ? "the server closed the connection" : "SSL_read (timeout?)",
				ERR_reason_error_string(ERR_get_error()));
		}
		got += r;
	}
#endif
	while (got < len) {
		ssize_t r = read(fd, out + got, len - got);
		if (r < 0 && errno == EINTR) {
			continue;
		}
		if (r == 0) {
			fail("the server closed the connection", NULL);
		}
		if (r < 0) {
			fail("read (timeout?)", strerror(errno));
		}
		got += (size_t)r;
	}
}

static void connect_server(int timeout_s)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
		fail("connect", strerror(errno));
	}
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	struct timeval tv = { .tv_sec = timeout_s };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

#ifdef CG_TLS
/* A blocking handshake on the connected socket (the receive timeout bounds it). */
static void tls_start(void)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	if (!ctx || !(ssl = SSL_new(ctx)) || SSL_set_fd(ssl, fd) != 1) {
		fail("SSL_new", ERR_reason_error_string(ERR_get_error()));
	}
	SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
	if (SSL_connect(ssl) != 1) {
		fail("TLS handshake", ERR_reason_error_string(ERR_get_error()));
	}
}
#endif

/* The head up to its empty line, read byte by byte (once per connection). */
static size_t read_head(char *out, size_t cap)
{
	size_t got = 0;
	while (got < cap - 1) {
		read_exact(out + got, 1);
		got++;
		if (got >= 4 && memcmp(out + got - 4, "\r\n\r\n", 4) == 0) {
			out[got] = '\0';
			return got;
		}
	}
	out[got] = '\0';
	fail("reply head too long", out);
	return 0;
}

static void ws_handshake(void)
{
	char request[256], head[MAX_REPLY];
	int len = snprintf(request, sizeof request,
		"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", port);
	write_all(request, (size_t)len);
	read_head(head, sizeof head);
	/* The accept value RFC 6455 gives for the sample key. */
	if (strncmp(head, "HTTP/1.1 101", 12) != 0 || !strstr(head, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")) {
		fail("handshake", head);
	}
}

/* One distinct 32-byte payload per message: its sequence number, padded. */
static void put_payload(char *out)
{
	snprintf(out, LINE_LEN + 1, "m%016lx-%014d", sequence++, port);
}

/* The first reply of the connection, learned: its head, then Content-Length bytes of body. */
static void http_learn(void)
{
	static const char request_fmt[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n";
	char request[128];
	int len = snprintf(request, sizeof request, request_fmt, port);
	write_all(request, (size_t)len);
	size_t head = read_head(http_reply, sizeof http_reply);
	const char *cl = strcasestr(http_reply, "\r\nContent-Length:");
	if (!cl || strcasestr(http_reply, "\r\nTransfer-Encoding:")) {
		fail("reply without Content-Length", http_reply);
	}
	size_t body = strtoul(cl + 17, NULL, 10);
	if (body != 11 || head + body >= sizeof http_reply) {
		fail("unexpected reply", http_reply);
	}
	read_exact(http_reply + head, body);
	if (memcmp(http_reply + head, "Hello World", 11) != 0) {
		fail("body is not Hello World", http_reply);
	}
	http_reply_len = head + body;
	sequence++;
}

/* One write of K messages, then exactly the K expected replies, compared byte for byte. */
static void exchange_batch(void)
{
	static char out[MAX_BATCH * MAX_REPLY], expected[MAX_BATCH * MAX_REPLY], got[MAX_BATCH * MAX_REPLY];
	size_t out_len = 0, expected_len = 0;
	for (int k = 0; k < batch; k++) {
		char payload[LINE_LEN + 1];
		switch (mode) {
		case MODE_TEXT:
			put_payload(payload);
			payload[LINE_LEN - 1] = '\n';
			memcpy(out + out_len, payload, LINE_LEN);
			memcpy(expected + expected_len, payload, LINE_LEN);
			out_len += LINE_LEN;
			expected_len += LINE_LEN;
			break;
		case MODE_WS: {
			put_payload(payload);
			unsigned char mask[4] = { 0x5a, (unsigned char)sequence, 0xc3, 0x17 };
			unsigned char *frame = (unsigned char *)out + out_len;
			frame[0] = 0x81;
			frame[1] = 0x80 | LINE_LEN;
			memcpy(frame + 2, mask, 4);
			for (int i = 0; i < LINE_LEN; i++) {
				frame[6 + i] = (unsigned char)payload[i] ^ mask[i & 3];
			}
			out_len += 6 + LINE_LEN;
			expected[expected_len] = (char)0x81;
			expected[expected_len + 1] = LINE_LEN;
			memcpy(expected + expected_len + 2, payload, LINE_LEN);
			expected_len += 2 + LINE_LEN;
			break;
		}
		case MODE_HTTP:
			out_len += (size_t)sprintf(out + out_len, "GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n", port);
			memcpy(expected + expected_len, http_reply, http_reply_len);
			expected_len += http_reply_len;
			sequence++;
			break;
		}
	}
	write_all(out, out_len);
	read_exact(got, expected_len);
	if (memcmp(got, expected, expected_len) != 0) {
		fail("wrong reply bytes", got);
	}
}

static void run_messages(long count)
{
	for (long done = 0; done < count; done += batch) {
		exchange_batch();
	}
}

/* The script's go-ahead: one line on stdin (EOF also goes on, so a dead script never hangs us). */
static void wait_for_go(void)
{
	char line[64];
	if (!fgets(line, sizeof line, stdin)) {
		return;
	}
}

int main(int argc, char **argv)
{
	long warmup = 2000, count = 4000;
	int timeout_s = 120, opt, tls = 0;
	const char *mode_name = "text";
	while ((opt = getopt(argc, argv, "m:p:k:w:n:T:s")) != -1) {
		switch (opt) {
		case 'm': mode_name = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'k': batch = atoi(optarg); break;
		case 'w': warmup = atol(optarg); break;
		case 'n': count = atol(optarg); break;
		case 'T': timeout_s = atoi(optarg); break;
		case 's': tls = 1; break;
		default: fail("usage: cg_client -m text|ws|http -p PORT [-k 1] [-w 2000] [-n 4000] [-T 120] [-s]", NULL);
		}
	}
	if (!strcmp(mode_name, "text")) mode = MODE_TEXT;
	else if (!strcmp(mode_name, "ws")) mode = MODE_WS;
	else if (!strcmp(mode_name, "http")) mode = MODE_HTTP;
	else fail("unknown mode", mode_name);
	if (port <= 0 || batch < 1 || batch > MAX_BATCH || count % batch || warmup < batch || count < batch) {
		fail("bad arguments: need -p, 1 <= -k <= 64, -n a multiple of -k, -w >= -k", NULL);
	}
	connect_server(timeout_s);
	if (tls) {
#ifdef CG_TLS
		tls_start();
#else
		fail("-s: this cg_client was built without -DCG_TLS", NULL);
#endif
	}
	if (mode == MODE_WS) {
		ws_handshake();
	}
	if (mode == MODE_HTTP) {
		http_learn();
		warmup--;
	}
	run_messages(warmup);
	printf("READY\n");
	fflush(stdout);
	wait_for_go();
	run_messages(count);
	/* Nothing more may have arrived: an extra reply is an error too. */
	char extra;
#ifdef CG_TLS
	if (ssl && SSL_pending(ssl) > 0) {
		fail("more bytes than replies", NULL);
	}
#endif
	if (recv(fd, &extra, 1, MSG_DONTWAIT) > 0) {
		fail("more bytes than replies", NULL);
	}
	printf("DONE msgs=%ld\n", count);
	fflush(stdout);
	wait_for_go();
	close(fd);
	return 0;
}
