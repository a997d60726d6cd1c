/* https_load.c: pipelined https keep-alive load with every response byte checked (one thread,
 * epoll, OpenSSL), the load generator of benchmarks/tls.sh (a); lighter than wrk, whose one
 * thread saturates first on this workload. C connections: non-blocking connect, TLS handshake
 * (no verification, default version negotiation), then in a loop: ONE SSL_write of K identical
 * "GET / HTTP/1.1\r\nHost: ADDR:PORT\r\n\r\n" (the bytes of benchmarks/http/pipeline.lua
 * same K), read until the K responses are complete, next batch.
 * The first exchange of the first connection sends ONE request and learns the response (head
 * up to the blank line, then a Content-Length body; no Content-Length or a Transfer-Encoding
 * is refused): the two runtimes compared send different headers. From then on every batch
 * must be exactly K copies of it, compared with memcmp as the bytes arrive; a difference, an
 * early close or a TLS error counts an error (the bytes that differ are printed to stderr),
 * the connection is replaced, and the run stops at 20 errors. Responses are counted as they
 * complete inside the window (after -w seconds of warm-up, for -d seconds); the server's CPU
 * time is read from /proc/<pid>/stat over exactly that window.
 *
 *   https_load -p PORT [-c 100] [-k 16] [-d 5] [-w 1] [-S pid,pid] [-a 127.0.0.1]
 * Output: "RESULT reqs= secs= req_s= server_busy= client_busy= errors= protocol= cipher="
 * (protocol and cipher of the first connection; exit status 1 on any error)
 * (cc -O2 -Wall -o https_load https_load.c -lssl -lcrypto)
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"

#define STALL_SECONDS 5.0
#define MAX_ERRORS 20
#define READ_BUF 65536
#define SHOW_BYTES 100

/* LEARNING: the first connection's single request; IDLE: handshake done, waiting for that */
enum { CONNECTING, HANDSHAKE, LEARNING, IDLE, RUNNING };
static const char *state_names[] = { "connecting", "handshake", "first request", "waiting", "running" };
typedef struct {
	int fd, state, id;
	SSL *ssl;
	unsigned events;     /* as registered with epoll */
	int write_len;       /* > 0: an SSL_write of that many bytes of batch to (re)try */
	int write_wants_out; /* that SSL_write returned WANT_WRITE */
	int read_wants_out;  /* the last SSL_read returned WANT_WRITE */
	size_t got;          /* bytes of expect received in this batch */
} conn_t;

static const char *host = "127.0.0.1";
static int port, epfd, conns = 100, depth = 16;
static SSL_CTX *ctx;
static struct sockaddr_in dest;
static conn_t *cs;
static char *batch; /* depth requests */
static int request_len, batch_len;
static unsigned char *expect; /* depth copies of the learned response */
static size_t response_len, expect_len;
static unsigned char learn[READ_BUF], rbuf[READ_BUF];
static size_t learn_got;
static int learned, measuring, errors;
static unsigned long long responses;
static double loop_time, last_progress;
static char protocol[32] = "?", cipher[64] = "?";

/* At most SHOW_BYTES bytes, C-escaped, in double quotes. */
static void put_escaped(const unsigned char *p, size_t n)
{
	fputc('"', stderr);
	for (size_t i = 0; i < n && i < SHOW_BYTES; i++) {
		unsigned char ch = p[i];
		if (ch == '\r') {
			fputs("\\r", stderr);
		} else if (ch == '\n') {
			fputs("\\n", stderr);
		} else if (ch == '"' || ch == '\\') {
			fprintf(stderr, "\\%c", ch);
		} else if (ch < 0x20 || ch >= 0x7f) {
			fprintf(stderr, "\\x%02x", ch);
		} else {
			fputc(ch, stderr);
		}
	}
	fputs(n > SHOW_BYTES ? "\"..." : "\"", stderr);
}

static void set_events(conn_t *c, unsigned events)
{
	if (events != c->events) {
		struct epoll_event ev = { .events = events, .data.ptr = c };
		epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
		c->events = events;
	}
}

/* Established connections: EPOLLIN always, EPOLLOUT only while an SSL call waits for it. */
static void update_events(conn_t *c)
{
	int out = (c->write_len && c->write_wants_out) || c->read_wants_out;
	set_events(c, EPOLLIN | (out ? EPOLLOUT : 0));
}

static int conn_start(conn_t *c)
{
	c->fd = connect_nodelay(&dest);
	if (c->fd < 0) {
		return -1;
	}
	c->state = CONNECTING;
	c->ssl = NULL;
	c->got = 0;
	c->write_len = c->write_wants_out = c->read_wants_out = 0;
	c->events = EPOLLOUT;
	struct epoll_event ev = { .events = EPOLLOUT, .data.ptr = c };
	epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
	return 0;
}

/* An error on c: counted; before the response is learned it ends the run, after it the
 * connection is replaced by a new one. */
static void conn_fail(conn_t *c)
{
	errors++;
	if (!learned) {
		errors = MAX_ERRORS;
	}
	SSL_free(c->ssl); /* no close_notify: the connection is in an unknown state */
	close(c->fd);     /* also removes it from epoll */
	if (errors < MAX_ERRORS && conn_start(c) < 0) {
		errors = MAX_ERRORS;
	}
}

static int tls_error(conn_t *c, int err, const char *call)
{
	unsigned long e = ERR_get_error();
	if (err == SSL_ERROR_ZERO_RETURN || (err == SSL_ERROR_SYSCALL && !e && errno == 0)) {
		fprintf(stderr, "connection %d: closed by the server (%s, %zu of %zu bytes of the batch)\n",
			c->id, state_names[c->state], c->got, expect_len);
	} else {
		fprintf(stderr, "connection %d: %s (%s): %s (ssl error %d, errno %s)\n", c->id, call,
			state_names[c->state], e ? ERR_error_string(e, NULL) : "-", err, strerror(errno));
	}
	ERR_clear_error();
	return -1;
}

/* (Re)tries the pending SSL_write: 0 (done or waiting), -1 on error. */
static int flush_write(conn_t *c)
{
	if (!c->write_len) {
		return 0;
	}
	errno = 0;
	int rc = SSL_write(c->ssl, batch, c->write_len);
	if (rc > 0) {
		c->write_len = c->write_wants_out = 0;
		return 0;
	}
	int err = SSL_get_error(c->ssl, rc);
	if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
		c->write_wants_out = err == SSL_ERROR_WANT_WRITE; /* WANT_READ: EPOLLIN is on */
		return 0;
	}
	return tls_error(c, err, "SSL_write");
}

static int send_batch(conn_t *c)
{
	c->state = RUNNING;
	c->got = 0;
	c->write_len = batch_len;
	return flush_write(c);
}

/* The learned response: a head and a Content-Length body, nothing more. 1 when complete,
 * 0 to read on, -1 when refused. */
static int learn_response(conn_t *c)
{
	unsigned char *end = memmem(learn, learn_got, "\r\n\r\n", 4);
	if (!end) {
		if (learn_got == sizeof learn) {
			fprintf(stderr, "first response: no end of head in %zu bytes\n", learn_got);
			return -1;
		}
		return 0;
	}
	size_t head = (size_t)(end + 4 - learn);
	long body = -1;
	for (unsigned char *p = learn; p && p < end; p = memchr(p, '\n', (size_t)(end - p))) {
		p += *p == '\n';
		if (strncasecmp((char *)p, "content-length:", 15) == 0) {
			body = strtol((char *)p + 15, NULL, 10);
		} else if (strncasecmp((char *)p, "transfer-encoding:", 18) == 0) {
			fprintf(stderr, "first response has a Transfer-Encoding: refused\n");
			body = -2;
			break;
		}
	}
	if (body < 0 || head + (size_t)body > sizeof learn || strncmp((char *)learn, "HTTP/1.1 200 ", 13) != 0) {
		if (body == -1) {
			fprintf(stderr, "first response has no Content-Length: refused\n");
		}
		fprintf(stderr, "first response (%zu bytes so far): ", learn_got);
		put_escaped(learn, learn_got);
		fputc('\n', stderr);
		return -1;
	}
	if (learn_got < head + (size_t)body) {
		return 0;
	}
	response_len = head + (size_t)body;
	if (learn_got > response_len) {
		fprintf(stderr, "first response followed by %zu more bytes: ", learn_got - response_len);
		put_escaped(learn + response_len, learn_got - response_len);
		fputc('\n', stderr);
		return -1;
	}
	expect_len = response_len * (size_t)depth;
	expect = malloc(expect_len);
	for (int i = 0; i < depth; i++) {
		memcpy(expect + (size_t)i * response_len, learn, response_len);
	}
	learned = 1;
	(void)c;
	return 1;
}

static void report_difference(conn_t *c, const unsigned char *data, size_t n)
{
	size_t i = 0;
	while (i < n && c->got + i < expect_len && data[i] == expect[c->got + i]) {
		i++;
	}
	/* From the start of the response that differs when it is in this read and near. */
	size_t at = c->got + i, start = at - at % response_len, from = i > 20 ? i - 20 : 0;
	if (start >= c->got && at - start <= 60) {
		from = start - c->got;
	}
	if (at >= expect_len) {
		fprintf(stderr, "connection %d: %zu bytes after the %d responses of the batch: ", c->id, n - i, depth);
		put_escaped(data + i, n - i);
	} else {
		fprintf(stderr, "connection %d: response %zu of %d differs at its byte %zu: got ", c->id,
			at / response_len + 1, depth, at % response_len);
		put_escaped(data + from, n - from);
		fputs(", expected ", stderr);
		put_escaped(expect + c->got + from, expect_len - c->got - from);
	}
	fputc('\n', stderr);
}

/* Bytes read on c: checked against the expected batch. 0, or -1 on error. */
static int consume(conn_t *c, const unsigned char *data, size_t n)
{
	if (c->state == LEARNING) {
		size_t room = sizeof learn - learn_got, take = n < room ? n : room;
		memcpy(learn + learn_got, data, take);
		learn_got += take;
		int rc = learn_response(c);
		if (rc <= 0) {
			return rc;
		}
		last_progress = loop_time;
		/* The first connection and those waiting for it start their batches. */
		for (int i = 0; i < conns; i++) {
			conn_t *o = &cs[i];
			if (o == c || o->state == IDLE) {
				if (send_batch(o) < 0) {
					if (o == c) {
						return -1;
					}
					conn_fail(o);
				} else if (o != c) {
					update_events(o);
				}
			}
		}
		return 0;
	}
	if (c->state != RUNNING || n > expect_len - c->got || memcmp(data, expect + c->got, n) != 0) {
		if (c->state != RUNNING) {
			fprintf(stderr, "connection %d: %zu bytes before any request: ", c->id, n);
			put_escaped(data, n);
			fputc('\n', stderr);
		} else {
			report_difference(c, data, n);
		}
		return -1;
	}
	size_t before = c->got / response_len;
	c->got += n;
	size_t completed = c->got / response_len - before;
	if (completed) {
		last_progress = loop_time;
		if (measuring) {
			responses += completed;
		}
	}
	return c->got == expect_len ? send_batch(c) : 0;
}

/* Reads until SSL_read wants more from the socket: 0, or -1 on error. */
static int read_all(conn_t *c)
{
	c->read_wants_out = 0;
	for (;;) {
		errno = 0;
		int rc = SSL_read(c->ssl, rbuf, sizeof rbuf);
		if (rc > 0) {
			if (consume(c, rbuf, (size_t)rc) < 0) {
				return -1;
			}
			continue;
		}
		int err = SSL_get_error(c->ssl, rc);
		if (err == SSL_ERROR_WANT_READ) {
			return 0;
		}
		if (err == SSL_ERROR_WANT_WRITE) {
			c->read_wants_out = 1;
			return 0;
		}
		return tls_error(c, err, "SSL_read");
	}
}

/* Connect and handshake: 0 to wait (or done), -1 on error. */
static int handshake(conn_t *c)
{
	if (c->state == CONNECTING) {
		int err = 0;
		socklen_t len = sizeof err;
		getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
		if (err) {
			fprintf(stderr, "connection %d: connect: %s\n", c->id, strerror(err));
			return -1;
		}
		c->ssl = SSL_new(ctx);
		SSL_set_fd(c->ssl, c->fd);
		SSL_set_connect_state(c->ssl);
		c->state = HANDSHAKE;
	}
	errno = 0;
	int rc = SSL_do_handshake(c->ssl);
	if (rc != 1) {
		int err = SSL_get_error(c->ssl, rc);
		if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
			set_events(c, err == SSL_ERROR_WANT_READ ? EPOLLIN : EPOLLOUT);
			return 0;
		}
		return tls_error(c, err, "handshake");
	}
	if (c == &cs[0]) {
		snprintf(protocol, sizeof protocol, "%s", SSL_get_version(c->ssl));
		snprintf(cipher, sizeof cipher, "%s", SSL_get_cipher_name(c->ssl));
	}
	if (learned) {
		return send_batch(c);
	}
	if (c == &cs[0]) {
		c->state = LEARNING;
		c->write_len = request_len; /* the first request of batch */
		return flush_write(c);
	}
	c->state = IDLE;
	return 0;
}

static int on_event(conn_t *c, unsigned events)
{
	if (c->state <= HANDSHAKE) {
		if (handshake(c) < 0) {
			return -1;
		}
		if (c->state <= HANDSHAKE) {
			return 0;
		}
		events = EPOLLIN; /* records may have come with the end of the handshake */
	} else if (c->write_len && flush_write(c) < 0) {
		return -1;
	}
	if (((events & (EPOLLIN | EPOLLHUP | EPOLLERR)) || c->read_wants_out) && read_all(c) < 0) {
		return -1;
	}
	update_events(c);
	return 0;
}

int main(int argc, char **argv)
{
	int opt;
	double duration = 5, warmup = 1;
	while ((opt = getopt(argc, argv, "a:p:c:k:d:w:S:")) != -1) {
		switch (opt) {
		case 'a': host = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'c': conns = atoi(optarg); break;
		case 'k': depth = atoi(optarg); break;
		case 'd': duration = atof(optarg); break;
		case 'w': warmup = atof(optarg); break;
		case 'S': parse_pids(optarg); break;
		default: fprintf(stderr, "see the header of https_load.c\n"); return 2;
		}
	}
	if (!port || conns < 1 || depth < 1 || depth > 100000) {
		fprintf(stderr, "need -p PORT, -c >= 1, 1 <= -k <= 100000\n");
		return 2;
	}
	raise_nofile_limit();
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
	/* Whole socket reads instead of a record header and then its body. */
	SSL_CTX_set_read_ahead(ctx, 1);
	dest = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	if (inet_pton(AF_INET, host, &dest.sin_addr) != 1) {
		fprintf(stderr, "-a wants an IPv4 address\n");
		return 2;
	}
	char request[256];
	request_len = snprintf(request, sizeof request, "GET / HTTP/1.1\r\nHost: %s:%d\r\n\r\n", host, port);
	batch_len = request_len * depth;
	batch = malloc((size_t)batch_len);
	for (int i = 0; i < depth; i++) {
		memcpy(batch + (size_t)i * (size_t)request_len, request, (size_t)request_len);
	}
	epfd = epoll_create1(0);
	cs = calloc((size_t)conns, sizeof *cs);
	for (int i = 0; i < conns; i++) {
		cs[i].id = i;
		if (conn_start(&cs[i]) < 0) {
			return 1;
		}
	}

	double start = now();
	bench_window_t w;
	window_init(&w, start, warmup, duration);
	struct epoll_event events[512];
	last_progress = start;
	while (!stopping && errors < MAX_ERRORS) {
		double t = loop_time = now();
		if (window_opens(&w, t)) {
			measuring = 1;
			responses = 0;
		}
		if (window_over(&w, t)) {
			break;
		}
		if (t - last_progress > STALL_SECONDS) {
			fprintf(stderr, "no response completed for %.0f s: the server stalled\n", STALL_SECONDS);
			errors++;
			break;
		}
		/* Wake up at the window's edges, not up to 100 ms after them. */
		double edge = (w.open ? w.to : w.from) - t;
		int timeout = edge < 0.1 ? (int)(edge * 1000) + 1 : 100;
		int n = epoll_wait(epfd, events, 512, timeout);
		for (int i = 0; i < n && errors < MAX_ERRORS; i++) {
			conn_t *c = events[i].data.ptr;
			if (on_event(c, events[i].events) < 0) {
				conn_fail(c);
			}
		}
	}
	double server_busy, client_busy, secs = window_close(&w, &server_busy, &client_busy);
	if (!measuring) {
		secs = 0;
		responses = 0;
		server_busy = client_busy = 0;
	}
	if (errors >= MAX_ERRORS) {
		fprintf(stderr, "stopped after %d errors\n", errors);
	}
	printf("RESULT reqs=%llu secs=%.3f req_s=%.0f server_busy=%.3f client_busy=%.3f errors=%d protocol=%s cipher=%s\n",
		responses, secs, secs > 0 ? (double)responses / secs : 0, server_busy, client_busy, errors, protocol, cipher);
	return errors ? 1 : 0;
}
