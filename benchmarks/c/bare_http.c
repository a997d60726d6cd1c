/* bare_http.c: the physical reference of the HTTP and https benchmarks (http.sh, tls.sh (a)):
 * a one-thread epoll server that answers every request with the same fixed hello-world
 * response (the bytes Workerman 4.2.1 sends for $connection->send('Hello World')), and nothing
 * else. A request ends at its blank line (GET without a body; a Content-Length body is skipped
 * too). Pipelining: all the complete requests of one read are answered with ONE write, like a
 * server that batches.
 * TLS mode (-C and -K, both; neither = plain): OpenSSL 3, TLS_server_method with that
 * certificate and key, no compression, read_ahead with a 64 KB read buffer, partial writes and
 * a moving write buffer accepted, default session cache and tickets. The handshake is
 * non-blocking, driven by epoll; then per readable event SSL_read until it would block or
 * what OpenSSL read from the socket is consumed (SSL_has_pending() 0: level-triggered epoll
 * reports the rest), the same request scanning, and all the responses of that event gathered
 * in one buffer and written with ONE SSL_write (one record up to 16 KB; unsent bytes kept and
 * retried on EPOLLOUT, or on EPOLLIN after WANT_READ). So a batch of 16 pipelined requests
 * costs one read() and one write(), as in plain mode.
 *
 *   bare_http -p PORT [-a 127.0.0.1] [-C cert.pem -K key.pem]
 *   (cc -O2 -Wall -o bare_http bare_http.c -lssl -lcrypto)
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
#include <sys/socket.h>
#include <unistd.h>

static const char response[] =
	"HTTP/1.1 200 OK\r\nServer: workerman\r\nConnection: keep-alive\r\n"
	"Content-Type: text/html;charset=utf-8\r\nContent-Length: 11\r\n\r\nHello World";
#define RESPONSE_LEN (sizeof response - 1)
#define IN_CAP 65536

typedef struct {
	int fd;
	unsigned events;      /* as registered with epoll */
	SSL *ssl;             /* TLS mode */
	char handshaking;     /* TLS: SSL_do_handshake not done yet */
	char rd_on_out;       /* TLS: the handshake or SSL_read wants writable to go on */
	char wr_on_in;        /* TLS: SSL_write of out wants readable to go on */
	size_t skip;          /* body bytes still to skip */
	char *part;           /* the start of a request split across reads */
	size_t part_len;
	char *out;            /* replies not yet written (EAGAIN / WANT_WRITE) */
	size_t out_len, out_cap;
} conn_t;

/* Reads go to one shared buffer: an idle connection costs only its conn_t. */
static char in[IN_CAP];
static SSL_CTX *ctx;      /* NULL: plain */

static void conn_close(conn_t *c)
{
	if (c->ssl) {
		SSL_free(c->ssl);
		ERR_clear_error(); /* SSL_get_error of the next connection reads this queue */
	}
	close(c->fd);
	free(c->part);
	free(c->out);
	free(c);
}

#define IO_AGAIN (-2)

/* > 0 bytes, 0 end of stream, -1 error, IO_AGAIN: would block (rd_on_out set if it waits for
 * writable). */
static ssize_t io_read(conn_t *c, char *p, size_t n)
{
	if (!c->ssl) {
		ssize_t r = read(c->fd, p, n);
		return r < 0 && errno == EAGAIN ? IO_AGAIN : r;
	}
	int r = SSL_read(c->ssl, p, (int)n);
	if (r > 0) {
		return r;
	}
	switch (SSL_get_error(c->ssl, r)) {
	case SSL_ERROR_WANT_READ:
		return IO_AGAIN;
	case SSL_ERROR_WANT_WRITE:
		c->rd_on_out = 1;
		return IO_AGAIN;
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	default:
		return -1;
	}
}

/* > 0 bytes written, 0 would block (wr_on_in set if it waits for readable), -1 error. After
 * 0, the same bytes are offered again (from out: SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER). */
static ssize_t io_write(conn_t *c, const char *p, size_t n)
{
	if (!c->ssl) {
		ssize_t w = write(c->fd, p, n);
		return w < 0 && errno == EAGAIN ? 0 : w;
	}
	int w = SSL_write(c->ssl, p, (int)n);
	if (w > 0) {
		c->wr_on_in = 0;
		return w;
	}
	switch (SSL_get_error(c->ssl, w)) {
	case SSL_ERROR_WANT_WRITE:
		c->wr_on_in = 0;
		return 0;
	case SSL_ERROR_WANT_READ:
		c->wr_on_in = 1;
		return 0;
	default:
		return -1;
	}
}

static void update_events(conn_t *c, int epfd)
{
	unsigned ev = EPOLLIN | ((c->out_len && !c->wr_on_in) || c->rd_on_out ? EPOLLOUT : 0);
	if (ev != c->events) {
		struct epoll_event e = { .events = ev, .data.ptr = c };
		epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &e);
		c->events = ev;
	}
}

/* Replies of one read batch are built here and written at once; only what the kernel
 * does not take is copied to the connection. */
static char batch[1 << 20];
static size_t batch_len;

static int out_append(conn_t *c, const char *p, size_t n)
{
	if (c->out_len + n > c->out_cap) {
		size_t cap = c->out_cap ? c->out_cap * 2 : 4096;
		while (cap < c->out_len + n) {
			cap *= 2;
		}
		char *grown = realloc(c->out, cap);
		if (!grown) {
			return -1;
		}
		c->out = grown;
		c->out_cap = cap;
	}
	memcpy(c->out + c->out_len, p, n);
	c->out_len += n;
	return 0;
}

/* Writes what is pending; the caller updates the epoll interest. */
static int flush_out(conn_t *c)
{
	size_t done = 0;
	while (done < c->out_len) {
		ssize_t w = io_write(c, c->out + done, c->out_len - done);
		if (w < 0) {
			return -1;
		}
		if (w == 0) {
			break;
		}
		done += (size_t)w;
	}
	memmove(c->out, c->out + done, c->out_len - done);
	c->out_len -= done;
	return 0;
}

/* Writes the batch (after anything still pending); keeps the rest on the connection. */
static int flush_batch(conn_t *c)
{
	size_t done = 0, pending = c->out_len;
	if (!batch_len) {
		return 0;
	}
	if (!pending) {
		while (done < batch_len) {
			ssize_t w = io_write(c, batch + done, batch_len - done);
			if (w < 0) {
				batch_len = 0;
				return -1;
			}
			if (w == 0) {
				break;
			}
			done += (size_t)w;
		}
	}
	int rc = done < batch_len ? out_append(c, batch + done, batch_len - done) : 0;
	batch_len = 0;
	return rc < 0 ? -1 : (pending ? flush_out(c) : 0); /* else: the write would block */
}

static size_t content_length(const char *head, size_t len)
{
	for (const char *p = head; p && p < head + len; p = memchr(p, '\n', (size_t)(head + len - p))) {
		p += *p == '\n';
		if ((size_t)(head + len - p) > 15 && strncasecmp(p, "content-length:", 15) == 0) {
			return (size_t)strtoul(p + 15, NULL, 10);
		}
	}
	return 0;
}

/* Answers every complete request in the buffer; keeps a partial one. */
static int on_readable(conn_t *c)
{
	c->rd_on_out = 0;
	for (;;) {
		size_t in_len = c->part_len;
		memcpy(in, c->part, c->part_len);
		ssize_t r = io_read(c, in + in_len, IN_CAP - in_len);
		if (r == IO_AGAIN) {
			return flush_batch(c);
		}
		if (r <= 0) {
			return -1;
		}
		in_len += (size_t)r;
		size_t at = 0;
		for (;;) {
			if (c->skip) {
				size_t n = c->skip < in_len - at ? c->skip : in_len - at;
				c->skip -= n;
				at += n;
				if (c->skip) {
					break;
				}
			}
			char *end = memmem(in + at, in_len - at, "\r\n\r\n", 4);
			if (!end) {
				break;
			}
			size_t head = (size_t)(end + 4 - (in + at));
			c->skip = content_length(in + at, head);
			at += head;
			if (batch_len + RESPONSE_LEN > sizeof batch && flush_batch(c) < 0) {
				return -1;
			}
			memcpy(batch + batch_len, response, RESPONSE_LEN);
			batch_len += RESPONSE_LEN;
		}
		c->part_len = in_len - at;
		if (c->part_len == IN_CAP) {
			return -1; /* a header larger than the buffer: not this benchmark */
		}
		if (c->part_len) {
			c->part = realloc(c->part, c->part_len);
			memcpy(c->part, in + at, c->part_len);
		}
		/* Stop when the socket looks drained (plain: a read well short of the room; TLS:
		 * all that OpenSSL read is consumed): level-triggered epoll reports any rest. */
		if (c->ssl ? !SSL_has_pending(c->ssl) : (size_t)r < (IN_CAP - in_len + (size_t)r) / 2) {
			break;
		}
	}
	return flush_batch(c);
}

static int on_handshake(conn_t *c)
{
	int r = SSL_do_handshake(c->ssl);
	if (r == 1) {
		c->handshaking = 0;
		return on_readable(c); /* read_ahead may hold the first requests */
	}
	switch (SSL_get_error(c->ssl, r)) {
	case SSL_ERROR_WANT_READ:
		c->rd_on_out = 0;
		return 0;
	case SSL_ERROR_WANT_WRITE:
		c->rd_on_out = 1;
		return 0;
	default:
		return -1;
	}
}

static SSL_CTX *tls_context(const char *cert, const char *key)
{
	SSL_CTX *x = SSL_CTX_new(TLS_server_method());
	if (!x || SSL_CTX_use_certificate_chain_file(x, cert) != 1
		|| SSL_CTX_use_PrivateKey_file(x, key, SSL_FILETYPE_PEM) != 1 || SSL_CTX_check_private_key(x) != 1) {
		ERR_print_errors_fp(stderr);
		return NULL;
	}
	SSL_CTX_set_options(x, SSL_OP_NO_COMPRESSION);
	SSL_CTX_set_read_ahead(x, 1);
	SSL_CTX_set_default_read_buffer_len(x, 65536);
	SSL_CTX_set_mode(x, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	return x; /* session cache and tickets: OpenSSL's server defaults */
}

int main(int argc, char **argv)
{
	int port = 0, opt;
	const char *addr = "127.0.0.1", *cert = NULL, *key = NULL;
	while ((opt = getopt(argc, argv, "p:a:C:K:")) != -1) {
		if (opt == 'p') {
			port = atoi(optarg);
		} else if (opt == 'a') {
			addr = optarg;
		} else if (opt == 'C') {
			cert = optarg;
		} else if (opt == 'K') {
			key = optarg;
		} else {
			return 2;
		}
	}
	if (!port || !cert != !key) {
		fprintf(stderr, "usage: bare_http -p PORT [-a ADDR] [-C cert.pem -K key.pem]\n");
		return 2;
	}
	if (cert && !(ctx = tls_context(cert, key))) {
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	/* A background job of a non-interactive shell starts with SIGINT ignored. */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
	inet_pton(AF_INET, addr, &sa.sin_addr);
	if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(lfd, 4096) < 0) {
		perror("bind/listen");
		return 1;
	}
	int epfd = epoll_create1(0);
	struct epoll_event lev = { .events = EPOLLIN, .data.ptr = NULL };
	epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &lev);
	struct epoll_event events[512];
	for (;;) {
		int n = epoll_wait(epfd, events, 512, -1);
		for (int i = 0; i < n; i++) {
			conn_t *c = events[i].data.ptr;
			if (!c) {
				int fd;
				while ((fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
					setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
					conn_t *nc = calloc(1, sizeof *nc);
					nc->fd = fd;
					nc->events = EPOLLIN;
					if (ctx) {
						if (!(nc->ssl = SSL_new(ctx)) || SSL_set_fd(nc->ssl, fd) != 1) {
							conn_close(nc);
							continue;
						}
						SSL_set_accept_state(nc->ssl);
						nc->handshaking = 1;
					}
					struct epoll_event ev = { .events = EPOLLIN, .data.ptr = nc };
					epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
				}
				continue;
			}
			unsigned ev = events[i].events;
			int bad = 0;
			if (c->handshaking) {
				bad = on_handshake(c) < 0;
			} else {
				if (c->out_len && (c->wr_on_in ? ev & EPOLLIN : ev & EPOLLOUT)) {
					bad = flush_out(c) < 0;
				}
				if (!bad && ((ev & (EPOLLIN | EPOLLHUP | EPOLLERR)) || (c->rd_on_out && (ev & EPOLLOUT)))) {
					bad = on_readable(c) < 0;
				}
			}
			if (bad) {
				conn_close(c);
			} else {
				update_events(c, epfd);
			}
		}
	}
}
