/* tls_handshakes.c: new TLS connections per second against an https server (one thread,
 * epoll, OpenSSL). C connections run in parallel, each in a loop: non-blocking connect, TLS
 * handshake, one keep-alive "GET /" and its whole response (so the server has finished its
 * side of the handshake, and TLS 1.3 session tickets have arrived), close_notify, close, and
 * the next connection. -r resumes: each new connection offers the session (ticket) of the
 * last completed one; the output says how many were really resumed.
 *
 *   tls_handshakes -p PORT [-c 16] [-d 5] [-w 1] [-S pid,pid] [-r] [-V 1.2|1.3] [-a 127.0.0.1]
 * Output: "RESULT handshakes= secs= hs_s= resumed= server_busy= client_busy= errors= protocol="
 * (cc ... -lssl -lcrypto)
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

enum { CONNECTING, HANDSHAKE, WRITING, READING };
typedef struct {
	int fd, state;
	SSL *ssl;
	char reply[4096];
	size_t got;
} conn_t;

static const char *host = "127.0.0.1";
static int port, resume;
static SSL_CTX *ctx;
static SSL_SESSION *last_session;
static struct sockaddr_in dest;
static char request[256];
static int request_len, epfd;
static char protocol[32] = "?";

static void watch(conn_t *c, int op, unsigned events)
{
	struct epoll_event ev = { .events = events, .data.ptr = c };
	epoll_ctl(epfd, op, c->fd, &ev);
}

static int conn_start(conn_t *c)
{
	c->fd = connect_nodelay(&dest);
	if (c->fd < 0) {
		return -1;
	}
	c->state = CONNECTING;
	c->got = 0;
	c->ssl = NULL;
	watch(c, EPOLL_CTL_ADD, EPOLLOUT);
	return 0;
}

static void conn_end(conn_t *c)
{
	if (c->ssl) {
		SSL_shutdown(c->ssl); /* close_notify, without waiting for the peer's */
		SSL_free(c->ssl);
	}
	close(c->fd); /* also removes it from epoll */
}

/* The SSL call's result: 0 to wait (epoll set accordingly), -1 on error. */
static int want(conn_t *c, int rc)
{
	int err = SSL_get_error(c->ssl, rc);
	if (err == SSL_ERROR_WANT_READ) {
		watch(c, EPOLL_CTL_MOD, EPOLLIN);
		return 0;
	}
	if (err == SSL_ERROR_WANT_WRITE) {
		watch(c, EPOLL_CTL_MOD, EPOLLOUT);
		return 0;
	}
	unsigned long e = ERR_get_error();
	fprintf(stderr, "TLS error in state %d: %s (ssl error %d, errno %s)\n", c->state,
		e ? ERR_error_string(e, NULL) : "-", err, strerror(errno));
	ERR_clear_error();
	return -1;
}

static int response_complete(conn_t *c)
{
	char *end = memmem(c->reply, c->got, "\r\n\r\n", 4);
	if (!end) {
		return 0;
	}
	size_t body = 0;
	for (char *p = c->reply; p && p < end; p = memchr(p, '\n', (size_t)(end - p))) {
		p += *p == '\n';
		if (strncasecmp(p, "content-length:", 15) == 0) {
			body = strtoul(p + 15, NULL, 10);
		}
	}
	return (size_t)(end + 4 - c->reply) + body <= c->got;
}

/* Advances the connection; returns 1 when a connection completed, 0 to wait, -1 on error. */
static int step(conn_t *c, int *resumed)
{
	int rc;
	switch (c->state) {
	case CONNECTING: {
		int err = 0;
		socklen_t len = sizeof err;
		getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
		if (err) {
			fprintf(stderr, "connect: %s\n", strerror(err));
			return -1;
		}
		c->ssl = SSL_new(ctx);
		SSL_set_fd(c->ssl, c->fd);
		SSL_set_connect_state(c->ssl);
		if (resume && last_session) {
			SSL_set_session(c->ssl, last_session);
		}
		c->state = HANDSHAKE;
	}
	/* fall through */
	case HANDSHAKE:
		rc = SSL_do_handshake(c->ssl);
		if (rc != 1) {
			return want(c, rc);
		}
		snprintf(protocol, sizeof protocol, "%s", SSL_get_version(c->ssl));
		c->state = WRITING;
	/* fall through */
	case WRITING:
		rc = SSL_write(c->ssl, request, request_len);
		if (rc <= 0) {
			return want(c, rc);
		}
		c->state = READING;
	/* fall through */
	case READING:
		for (;;) {
			rc = SSL_read(c->ssl, c->reply + c->got, (int)(sizeof c->reply - 1 - c->got));
			if (rc <= 0) {
				return want(c, rc);
			}
			c->got += (size_t)rc;
			if (strncmp(c->reply, "HTTP/1.1 200", c->got < 12 ? c->got : 12) != 0) {
				fprintf(stderr, "unexpected response: %.40s\n", c->reply);
				return -1;
			}
			if (response_complete(c)) {
				break;
			}
		}
		*resumed = SSL_session_reused(c->ssl);
		if (resume) {
			SSL_SESSION *s = SSL_get1_session(c->ssl);
			if (s && SSL_SESSION_is_resumable(s)) {
				SSL_SESSION_free(last_session);
				last_session = s;
			} else {
				SSL_SESSION_free(s);
			}
		}
		return 1;
	}
	return -1;
}

int main(int argc, char **argv)
{
	int conns = 16, opt;
	double duration = 5, warmup = 1;
	const char *version = NULL;
	while ((opt = getopt(argc, argv, "a:p:c:d:w:S:rV:")) != -1) {
		switch (opt) {
		case 'a': host = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'c': conns = atoi(optarg); break;
		case 'd': duration = atof(optarg); break;
		case 'w': warmup = atof(optarg); break;
		case 'S': parse_pids(optarg); break;
		case 'r': resume = 1; break;
		case 'V': version = optarg; break;
		default: fprintf(stderr, "see the header of tls_handshakes.c\n"); return 2;
		}
	}
	if (!port || conns < 1) {
		fprintf(stderr, "need -p PORT and -c >= 1\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	/* Sessions are kept here (last_session), not in OpenSSL's client cache. */
	SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
	if (version) {
		int v = strcmp(version, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION;
		SSL_CTX_set_min_proto_version(ctx, v);
		SSL_CTX_set_max_proto_version(ctx, v);
	}
	dest = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	inet_pton(AF_INET, host, &dest.sin_addr);
	request_len = snprintf(request, sizeof request, "GET / HTTP/1.1\r\nHost: %s:%d\r\n\r\n", host, port);
	epfd = epoll_create1(0);
	conn_t *cs = calloc((size_t)conns, sizeof *cs);
	for (int i = 0; i < conns; i++) {
		if (conn_start(&cs[i]) < 0) {
			return 1;
		}
	}

	double start = now(), last_progress = start;
	bench_window_t w;
	window_init(&w, start, warmup, duration);
	int errors = 0;
	unsigned long long done = 0, resumed = 0;
	struct epoll_event events[256];
	while (!stopping) {
		double t = now();
		if (window_opens(&w, t)) {
			done = resumed = 0;
		}
		if (window_over(&w, t)) {
			break;
		}
		if (t - last_progress > STALL_SECONDS) {
			fprintf(stderr, "no connection completed for %.0f s: the server stalled\n", STALL_SECONDS);
			errors++;
			break;
		}
		int n = epoll_wait(epfd, events, 256, 100);
		for (int i = 0; i < n; i++) {
			conn_t *c = events[i].data.ptr;
			int was_resumed = 0, rc = step(c, &was_resumed);
			if (rc == 0) {
				continue;
			}
			if (rc > 0) {
				done++;
				resumed += (unsigned long long)was_resumed;
				last_progress = t;
			} else {
				errors++;
			}
			conn_end(c);
			if (conn_start(c) < 0) {
				errors = MAX_ERRORS;
			}
		}
		if (errors >= MAX_ERRORS) {
			break;
		}
	}
	double server_busy, client_busy, secs = window_close(&w, &server_busy, &client_busy);
	if (!w.open) {
		secs = 0;
		done = 0;
	}
	printf("RESULT handshakes=%llu secs=%.3f hs_s=%.0f resumed=%llu server_busy=%.3f client_busy=%.3f errors=%d protocol=%s\n",
		done, secs, secs > 0 ? (double)done / secs : 0, resumed, server_busy, client_busy, errors, protocol);
	return errors ? 1 : 0;
}
