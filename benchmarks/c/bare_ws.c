/* bare_ws.c: the physical reference of the WebSocket benchmarks: a one-thread epoll server
 * that does the opening handshake (SHA-1 + base64 from libcrypto) and then only what the
 * kernel forces.
 *   -m echo: every frame read is sent back unmasked as a text frame; all the frames of one
 *     read go out in ONE write (the best a batching server can do).
 *   -m broadcast: every frame read is sent to every open connection, ONE write per delivery
 *     (what foreach ($worker->connections as $c) $c->send($m) costs at the least).
 * Close frames close the connection; other control frames are ignored.
 *
 *   bare_ws -p PORT [-m echo|broadcast] [-a 127.0.0.1]      (cc ... -lcrypto)
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/evp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define IN_CAP 65536

typedef struct {
	int fd, open, index;  /* index in the list of open connections */
	char *part;           /* the start of a frame or handshake split across reads */
	size_t part_len;
	char *out;            /* bytes the kernel did not take yet */
	size_t out_len, out_cap;
} conn_t;

static int epfd, broadcast;
static conn_t **open_conns;
static int open_count, open_cap;
static char in[IN_CAP * 2];
static char batch[IN_CAP * 2];
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

static void watch(conn_t *c)
{
	struct epoll_event ev = { .events = EPOLLIN | (c->out_len ? EPOLLOUT : 0), .data.ptr = c };
	epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

static int flush_out(conn_t *c)
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
	watch(c);
	return 0;
}

/* Sends p: straight to the kernel unless older bytes wait; the rest is kept. */
static int send_bytes(conn_t *c, const char *p, size_t n)
{
	size_t done = 0;
	if (!c->out_len) {
		while (done < n) {
			ssize_t w = write(c->fd, p + done, n - done);
			if (w < 0) {
				if (errno == EAGAIN) {
					break;
				}
				return -1;
			}
			done += (size_t)w;
		}
		if (done == n) {
			return 0;
		}
	}
	if (out_append(c, p + done, n - done) < 0) {
		return -1;
	}
	watch(c);
	return 0;
}

static void conn_close(conn_t *c)
{
	if (c->open) {
		open_conns[c->index] = open_conns[--open_count];
		open_conns[c->index]->index = c->index;
	}
	close(c->fd);
	free(c->part);
	free(c->out);
	free(c);
}

static size_t put_header(char *out, size_t len)
{
	out[0] = (char)0x81;
	if (len < 126) {
		out[1] = (char)len;
		return 2;
	}
	if (len < 65536) {
		out[1] = 126;
		out[2] = (char)(len >> 8);
		out[3] = (char)len;
		return 4;
	}
	out[1] = 127;
	for (int i = 0; i < 8; i++) {
		out[2 + i] = (char)((uint64_t)len >> (56 - 8 * i));
	}
	return 10;
}

/* The handshake in in[0..len): returns bytes used, 0 if incomplete, -1 if not one. */
static long handshake(conn_t *c, size_t len)
{
	char *end = memmem(in, len, "\r\n\r\n", 4);
	if (!end) {
		return len >= IN_CAP ? -1 : 0;
	}
	*end = '\0';
	char *key = strcasestr(in, "\nSec-WebSocket-Key:");
	if (!key) {
		return -1;
	}
	key += 19;
	while (*key == ' ') {
		key++;
	}
	size_t key_len = strcspn(key, "\r\n");
	char joined[256];
	unsigned char digest[20];
	unsigned int digest_len;
	int n = snprintf(joined, sizeof joined, "%.*s258EAFA5-E914-47DA-95CA-C5AB0DC85B11", (int)key_len, key);
	EVP_Digest(joined, (size_t)n, digest, &digest_len, EVP_sha1(), NULL);
	char accept[64], reply[256];
	EVP_EncodeBlock((unsigned char *)accept, digest, 20);
	n = snprintf(reply, sizeof reply, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
		"Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", accept);
	if (send_bytes(c, reply, (size_t)n) < 0) {
		return -1;
	}
	c->open = 1;
	if (open_count == open_cap) {
		open_cap = open_cap ? open_cap * 2 : 1024;
		open_conns = realloc(open_conns, (size_t)open_cap * sizeof *open_conns);
	}
	c->index = open_count;
	open_conns[open_count++] = c;
	return end + 4 - in;
}

/* One frame at p (len bytes available): returns its size, 0 if incomplete, -1 to close.
 * Unmasks the payload in place and hands it to deliver(). */
static long frame(conn_t *c, char *p, size_t len)
{
	if (len < 2) {
		return 0;
	}
	unsigned char b0 = (unsigned char)p[0], b1 = (unsigned char)p[1];
	size_t h = 2, plen = b1 & 127;
	if (plen == 126) {
		if (len < 4) {
			return 0;
		}
		plen = (size_t)(unsigned char)p[2] << 8 | (unsigned char)p[3];
		h = 4;
	} else if (plen == 127) {
		if (len < 10) {
			return 0;
		}
		plen = 0;
		for (int i = 0; i < 8; i++) {
			plen = plen << 8 | (unsigned char)p[2 + i];
		}
		h = 10;
	}
	size_t mask_at = h;
	if (b1 & 128) {
		h += 4;
	}
	if (plen > IN_CAP - 16) {
		return -1;
	}
	if (len < h + plen) {
		return 0;
	}
	if ((b0 & 15) == 8) {
		return -1;
	}
	if ((b0 & 15) >= 8) {
		return (long)(h + plen);
	}
	char *payload = p + h;
	if (b1 & 128) {
		for (size_t i = 0; i < plen; i++) {
			payload[i] ^= p[mask_at + (i & 3)];
		}
	}
	if (!broadcast) {
		batch_len += put_header(batch + batch_len, plen);
		memcpy(batch + batch_len, payload, plen);
		batch_len += plen;
		return (long)(h + plen);
	}
	char out[IN_CAP];
	size_t n = put_header(out, plen);
	memcpy(out + n, payload, plen);
	n += plen;
	for (int i = 0; i < open_count; i++) {
		if (send_bytes(open_conns[i], out, n) < 0 && open_conns[i] != c) {
			/* A receiver gone: it is closed when its own event comes. */
		}
	}
	return (long)(h + plen);
}

static int on_readable(conn_t *c)
{
	for (;;) {
		size_t len = c->part_len;
		memcpy(in, c->part, c->part_len);
		ssize_t r = read(c->fd, in + len, IN_CAP);
		if (r == 0) {
			return -1;
		}
		if (r < 0) {
			return errno == EAGAIN ? 0 : -1;
		}
		len += (size_t)r;
		size_t at = 0;
		if (!c->open) {
			long used = handshake(c, len);
			if (used < 0) {
				return -1;
			}
			at = (size_t)used;
		}
		while (c->open && at < len) {
			long used = frame(c, in + at, len - at);
			if (used < 0) {
				return -1;
			}
			if (used == 0) {
				break;
			}
			at += (size_t)used;
		}
		if (batch_len) {
			int rc = send_bytes(c, batch, batch_len);
			batch_len = 0;
			if (rc < 0) {
				return -1;
			}
		}
		c->part_len = len - at;
		if (c->part_len) {
			c->part = realloc(c->part, c->part_len);
			memcpy(c->part, in + at, c->part_len);
		}
		if ((size_t)r < IN_CAP / 2) {
			return 0;
		}
	}
}

int main(int argc, char **argv)
{
	int port = 0, opt;
	const char *addr = "127.0.0.1";
	while ((opt = getopt(argc, argv, "p:a:m:")) != -1) {
		if (opt == 'p') {
			port = atoi(optarg);
		} else if (opt == 'a') {
			addr = optarg;
		} else if (opt == 'm') {
			broadcast = strcmp(optarg, "broadcast") == 0;
		} else {
			return 2;
		}
	}
	if (!port) {
		fprintf(stderr, "usage: bare_ws -p PORT [-m echo|broadcast] [-a ADDR]\n");
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
	epfd = epoll_create1(0);
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
				bad = flush_out(c) < 0;
			}
			if (!bad && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
				bad = on_readable(c) < 0;
			}
			if (bad) {
				conn_close(c);
			}
		}
	}
}
