/* echo_server.c: the bare C "physical reference" for the benchmarks: a one-thread epoll
 * line echo server (every '\n'-terminated line is sent back, a partial line waits for
 * the rest). It does what the kernel forces and nothing more, so its msg/s per busy
 * core bounds what any runtime can reach on the same box. No PHP, no libevent.
 *
 *   echo_server [-a 127.0.0.1] [-p 19100] [-m batch|msg] [-r]
 *     -m batch  one write() per read batch (all complete lines of a read at once)
 *     -m msg    one write() per line (what a naive onMessage -> send() runtime does)
 *     -r        print "READY <port>" on stdout once listening
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define READ_SIZE 65536

typedef struct {
	int fd;
	char *in;          /* partial line kept from the previous read */
	size_t in_len, in_cap;
	char *out;         /* bytes the kernel did not take yet */
	size_t out_len, out_cap;
} conn_t;

static int epfd;
static int per_message;
static volatile sig_atomic_t stopping;

static void on_signal(int sig) { (void)sig; stopping = 1; }

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void append(char **buf, size_t *len, size_t *cap, const char *data, size_t n)
{
	if (*len + n > *cap) {
		size_t want = *cap ? *cap : 256;
		while (want < *len + n) {
			want *= 2;
		}
		*buf = realloc(*buf, want);
		if (!*buf) {
			die("realloc");
		}
		*cap = want;
	}
	memcpy(*buf + *len, data, n);
	*len += n;
}

static void conn_close(conn_t *c)
{
	close(c->fd);
	free(c->in);
	free(c->out);
	free(c);
}

static void watch_output(conn_t *c, int want_out)
{
	struct epoll_event ev = { .events = EPOLLIN | (want_out ? EPOLLOUT : 0), .data.ptr = c };
	epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

/* Sends now if nothing is queued; queues the rest and waits for EPOLLOUT otherwise.
 * Returns -1 when the peer is gone. */
static int conn_send(conn_t *c, const char *data, size_t n)
{
	if (c->out_len == 0) {
		ssize_t w = write(c->fd, data, n);
		if (w < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK) {
				return -1;
			}
			w = 0;
		}
		if ((size_t)w == n) {
			return 0;
		}
		data += w;
		n -= (size_t)w;
		watch_output(c, 1);
	}
	append(&c->out, &c->out_len, &c->out_cap, data, n);
	return 0;
}

static int conn_flush(conn_t *c)
{
	ssize_t w = write(c->fd, c->out, c->out_len);
	if (w < 0) {
		return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
	}
	memmove(c->out, c->out + w, c->out_len - (size_t)w);
	c->out_len -= (size_t)w;
	if (c->out_len == 0) {
		watch_output(c, 0);
	}
	return 0;
}

/* Echoes the complete lines of data[0..n), one write per line or one for all of them. */
static int echo_lines(conn_t *c, const char *data, size_t n)
{
	if (!per_message) {
		return conn_send(c, data, n);
	}
	const char *p = data, *end = data + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (conn_send(c, p, (size_t)(nl - p) + 1) < 0) {
			return -1;
		}
		p = nl + 1;
	}
	return 0;
}

static int conn_read(conn_t *c, char *buf)
{
	ssize_t r = read(c->fd, buf, READ_SIZE);
	if (r == 0) {
		return -1;
	}
	if (r < 0) {
		return (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) ? 0 : -1;
	}
	const char *last_nl = memrchr(buf, '\n', (size_t)r);
	if (!last_nl) {
		append(&c->in, &c->in_len, &c->in_cap, buf, (size_t)r);
		return 0;
	}
	size_t whole = (size_t)(last_nl - buf) + 1;
	if (c->in_len) {
		/* A line began in an earlier read: finish it in the kept buffer. */
		append(&c->in, &c->in_len, &c->in_cap, buf, whole);
		if (echo_lines(c, c->in, c->in_len) < 0) {
			return -1;
		}
		c->in_len = 0;
	} else if (echo_lines(c, buf, whole) < 0) {
		return -1;
	}
	append(&c->in, &c->in_len, &c->in_cap, buf + whole, (size_t)r - whole);
	return 0;
}

static int listen_on(const char *addr, int port)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	int one = 1;
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	if (fd < 0 || inet_pton(AF_INET, addr, &sa.sin_addr) != 1) {
		die("socket/address");
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0 || listen(fd, 65535) < 0) {
		die("bind/listen");
	}
	return fd;
}

static void accept_all(int lfd)
{
	for (;;) {
		int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK);
		if (fd < 0) {
			if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR && errno != ECONNABORTED) {
				perror("accept4");
			}
			return;
		}
		int one = 1;
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		conn_t *c = calloc(1, sizeof *c);
		c->fd = fd;
		struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
		epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
	}
}

int main(int argc, char **argv)
{
	const char *addr = "127.0.0.1";
	int port = 19100, ready = 0, opt;
	while ((opt = getopt(argc, argv, "a:p:m:r")) != -1) {
		switch (opt) {
		case 'a': addr = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'm': per_message = strcmp(optarg, "msg") == 0; break;
		case 'r': ready = 1; break;
		default:
			fprintf(stderr, "usage: %s [-a addr] [-p port] [-m batch|msg] [-r]\n", argv[0]);
			return 2;
		}
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);

	int lfd = listen_on(addr, port);
	epfd = epoll_create1(0);
	struct epoll_event lev = { .events = EPOLLIN, .data.ptr = NULL };
	epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &lev);
	if (ready) {
		printf("READY %d\n", port);
		fflush(stdout);
	}

	static char buf[READ_SIZE];
	struct epoll_event events[512];
	while (!stopping) {
		int n = epoll_wait(epfd, events, 512, 1000);
		for (int i = 0; i < n; i++) {
			conn_t *c = events[i].data.ptr;
			if (!c) {
				accept_all(lfd);
				continue;
			}
			int failed = 0;
			if (events[i].events & EPOLLOUT) {
				failed = conn_flush(c) < 0;
			}
			if (!failed && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
				failed = conn_read(c, buf) < 0;
			}
			if (failed) {
				conn_close(c);
			}
		}
	}
	return 0;
}
