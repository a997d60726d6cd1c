/* bare_http.c: the physical reference of the HTTP benchmarks: a one-thread epoll server that
 * answers every request with the same fixed hello-world response (the bytes Workerman 4.2.1
 * sends for $connection->send('Hello World')), and nothing else. A request ends at its blank
 * line (GET without a body; a Content-Length body is skipped too). Pipelining: all the
 * complete requests of one read are answered with ONE write, like a server that batches.
 *
 *   bare_http -p PORT [-a 127.0.0.1]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
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
	size_t skip;          /* body bytes still to skip */
	char *part;           /* the start of a request split across reads */
	size_t part_len;
	char *out;            /* replies not yet written (EAGAIN) */
	size_t out_len, out_cap;
} conn_t;

/* Reads go to one shared buffer: an idle connection costs only its conn_t. */
static char in[IN_CAP];

static void conn_close(conn_t *c)
{
	close(c->fd);
	free(c->part);
	free(c->out);
	free(c);
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

static int flush_out(conn_t *c, int epfd)
{
	size_t done = 0;
	while (done < c->out_len) {
		ssize_t w = write(c->fd, c->out + done, c->out_len - done);
		if (w < 0) {
			if (errno == EAGAIN) {
				break;
			}
			return -1;
		}
		done += (size_t)w;
	}
	memmove(c->out, c->out + done, c->out_len - done);
	c->out_len -= done;
	struct epoll_event ev = { .events = EPOLLIN | (c->out_len ? EPOLLOUT : 0), .data.ptr = c };
	epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
	return 0;
}

/* Writes the batch (after anything still pending); keeps the rest on the connection. */
static int flush_batch(conn_t *c, int epfd)
{
	size_t done = 0;
	if (!batch_len) {
		return 0;
	}
	if (!c->out_len) {
		while (done < batch_len) {
			ssize_t w = write(c->fd, batch + done, batch_len - done);
			if (w < 0) {
				if (errno == EAGAIN) {
					break;
				}
				batch_len = 0;
				return -1;
			}
			done += (size_t)w;
		}
	}
	int rc = done < batch_len ? out_append(c, batch + done, batch_len - done) : 0;
	batch_len = 0;
	return rc < 0 ? -1 : (c->out_len ? flush_out(c, epfd) : 0);
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
static int on_readable(conn_t *c, int epfd)
{
	for (;;) {
		size_t in_len = c->part_len;
		memcpy(in, c->part, c->part_len);
		ssize_t r = read(c->fd, in + in_len, IN_CAP - in_len);
		if (r == 0) {
			return -1;
		}
		if (r < 0) {
			return errno == EAGAIN ? flush_batch(c, epfd) : -1;
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
			if (batch_len + RESPONSE_LEN > sizeof batch && flush_batch(c, epfd) < 0) {
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
		if ((size_t)r < (IN_CAP - in_len + (size_t)r) / 2) {
			break;
		}
	}
	return flush_batch(c, epfd);
}

int main(int argc, char **argv)
{
	int port = 0, opt;
	const char *addr = "127.0.0.1";
	while ((opt = getopt(argc, argv, "p:a:")) != -1) {
		if (opt == 'p') {
			port = atoi(optarg);
		} else if (opt == 'a') {
			addr = optarg;
		} else {
			return 2;
		}
	}
	if (!port) {
		fprintf(stderr, "usage: bare_http -p PORT [-a ADDR]\n");
		return 2;
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
					struct epoll_event ev = { .events = EPOLLIN, .data.ptr = nc };
					epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
				}
				continue;
			}
			int bad = 0;
			if (events[i].events & EPOLLOUT) {
				bad = flush_out(c, epfd) < 0;
			}
			if (!bad && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
				bad = on_readable(c, epfd) < 0;
			}
			if (bad) {
				conn_close(c);
			}
		}
	}
}
