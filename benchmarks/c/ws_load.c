/* ws_load.c: the WebSocket load generator of benchmarks/ws.sh (one thread, epoll).
 * Every connection does the opening handshake (checks the 101 and Sec-WebSocket-Accept), then:
 *   echo mode: each connection writes K masked text frames of L payload bytes in ONE write,
 *     waits for the K echoed frames (unmasked, "\x81" + length + payload: every byte checked,
 *     each payload names its connection, round and index), repeats;
 *   broadcast mode (-B): C receiver connections only read and count frames; one more
 *     connection, the trigger (opened last, so last in the server's connection list), sends
 *     one frame per broadcast and keeps F broadcasts in flight: each copy it gets back
 *     (the server sends to every connection, the trigger too) lets it send the next. Every
 *     receiver checks that it gets every broadcast, in order, byte for byte.
 * After a warm-up it counts for D seconds and reads the server's CPU time from /proc.
 *
 *   ws_load -p PORT [-c 100] [-k 1] [-l 32] [-d 5] [-w 1] [-S pid,pid] [-a 127.0.0.1]
 *   ws_load -p PORT -B [-c 1000] [-F 8] [-l 32] [-d 5] [-w 1] [-S pid,pid]
 * Output: "RESULT msgs= secs= msg_s= server_busy= client_busy= errors=" (msgs: echoed frames,
 * or frames delivered to receivers), plus " broadcasts=" in broadcast mode.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"

#define STALL_SECONDS 5.0

static const char *host = "127.0.0.1";
static int port;
static size_t payload_len = 32;
static int frames_per_write = 1;

static void put_hex(char *at, uint32_t value, int digits)
{
	static const char hex[] = "0123456789abcdef";
	for (int i = digits - 1; i >= 0; i--, value >>= 4) {
		at[i] = hex[value & 15];
	}
}

/* ---- connection and handshake (blocking, before the load starts) ---- */

static int ws_connect(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	inet_pton(AF_INET, host, &sa.sin_addr);
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
		perror("connect");
		return -1;
	}
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	/* A server that never answers the handshake fails the run instead of hanging it. */
	struct timeval tv = { .tv_sec = 5 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	char req[512];
	int n = snprintf(req, sizeof req,
		"GET / HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", host, port);
	if (write(fd, req, (size_t)n) != n) {
		perror("write");
		close(fd);
		return -1;
	}
	/* Read byte by byte up to the blank line: no frame byte may be swallowed here. */
	char reply[2048];
	size_t got = 0;
	while (got < sizeof reply - 1) {
		ssize_t r = read(fd, reply + got, 1);
		if (r <= 0) {
			break;
		}
		got++;
		if (got >= 4 && memcmp(reply + got - 4, "\r\n\r\n", 4) == 0) {
			break;
		}
	}
	reply[got] = '\0';
	/* The accept value RFC 6455 gives for this key. */
	if (strncmp(reply, "HTTP/1.1 101", 12) != 0 || !strstr(reply, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")) {
		fprintf(stderr, "handshake failed: %.200s\n", reply);
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	return fd;
}

/* A masked client text frame of payload_len bytes at out; returns its size. */
static size_t put_frame(unsigned char *out, const char *payload, uint32_t mask_seed)
{
	size_t h = 0;
	out[h++] = 0x81;
	if (payload_len < 126) {
		out[h++] = (unsigned char)(0x80 | payload_len);
	} else {
		out[h++] = 0x80 | 126;
		out[h++] = (unsigned char)(payload_len >> 8);
		out[h++] = (unsigned char)payload_len;
	}
	unsigned char mask[4] = { (unsigned char)(mask_seed >> 24), (unsigned char)(mask_seed >> 16),
		(unsigned char)(mask_seed >> 8), (unsigned char)(mask_seed | 1) };
	memcpy(out + h, mask, 4);
	h += 4;
	for (size_t i = 0; i < payload_len; i++) {
		out[h + i] = (unsigned char)payload[i] ^ mask[i & 3];
	}
	return h + payload_len;
}

static size_t server_header_len(void) { return payload_len < 126 ? 2 : 4; }

static size_t put_server_header(unsigned char *out)
{
	out[0] = 0x81;
	if (payload_len < 126) {
		out[1] = (unsigned char)payload_len;
		return 2;
	}
	out[1] = 126;
	out[2] = (unsigned char)(payload_len >> 8);
	out[3] = (unsigned char)payload_len;
	return 4;
}

/* ---- echo mode ---- */

typedef struct {
	int fd;
	unsigned id;
	uint32_t round;
	unsigned char *out, *expect; /* K masked frames; the K echoed frames */
	size_t out_len, expect_len, sent, got;
	/* broadcast mode */
	int trigger, want_out;
	uint32_t next_seq;
} conn_t;

static void fill_payload(char *p, unsigned id, uint32_t round, unsigned k)
{
	memset(p, 'a' + (int)(id % 26), payload_len);
	put_hex(p, id, 6);
	p[6] = ':';
	put_hex(p + 7, round, 8);
	p[15] = ':';
	put_hex(p + 16, k, 2);
	p[18] = ':';
}

static void echo_fill(conn_t *c)
{
	char payload[65536];
	size_t o = 0, e = 0;
	for (int k = 0; k < frames_per_write; k++) {
		fill_payload(payload, c->id, c->round, (unsigned)k);
		o += put_frame(c->out + o, payload, c->round * 2654435761u + (uint32_t)k);
		e += put_server_header(c->expect + e);
		memcpy(c->expect + e, payload, payload_len);
		e += payload_len;
	}
	c->out_len = o;
	c->expect_len = e;
	c->sent = c->got = 0;
}

static int conn_send(conn_t *c, int epfd)
{
	ssize_t w = write(c->fd, c->out + c->sent, c->out_len - c->sent);
	if (w < 0) {
		if (errno != EAGAIN) {
			return -1;
		}
		w = 0;
	}
	c->sent += (size_t)w;
	int want_out = c->sent < c->out_len;
	if (want_out != c->want_out) {
		struct epoll_event ev = { .events = EPOLLIN | (want_out ? EPOLLOUT : 0), .data.ptr = c };
		epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
		c->want_out = want_out;
	}
	return 0;
}

/* Returns frames completed (0 or K), -1 on error. */
static int echo_receive(conn_t *c, int epfd)
{
	unsigned char buf[65536];
	size_t want = c->expect_len - c->got;
	ssize_t r = read(c->fd, buf, want < sizeof buf ? want : sizeof buf);
	if (r == 0) {
		fprintf(stderr, "connection %u: closed by the server\n", c->id);
		return -1;
	}
	if (r < 0) {
		return errno == EAGAIN || errno == EINTR ? 0 : -1;
	}
	if (memcmp(buf, c->expect + c->got, (size_t)r) != 0) {
		fprintf(stderr, "connection %u: echo differs at byte %zu of round %u\n", c->id, c->got, c->round);
		return -1;
	}
	c->got += (size_t)r;
	if (c->got < c->expect_len) {
		return 0;
	}
	c->round++;
	echo_fill(c);
	return conn_send(c, epfd) < 0 ? -1 : frames_per_write;
}

/* ---- broadcast mode ---- */

static int window = 8;
static uint32_t trigger_sent;

static void broadcast_payload(char *p, uint32_t seq)
{
	memset(p, 'b', payload_len);
	put_hex(p, seq, 8);
	p[8] = ':';
}

static int trigger_send(conn_t *c, int epfd)
{
	char payload[65536];
	/* Unsent bytes move to the front: at most the window is ever pending. */
	memmove(c->out, c->out + c->sent, c->out_len - c->sent);
	c->out_len -= c->sent;
	c->sent = 0;
	broadcast_payload(payload, trigger_sent++);
	c->out_len += put_frame(c->out + c->out_len, payload, trigger_sent * 2654435761u);
	return conn_send(c, epfd);
}

/* Parses whole frames; checks each is the next broadcast. Returns frames read, -1 on error. */
static int broadcast_receive(conn_t *c)
{
	size_t frame = server_header_len() + payload_len;
	int frames = 0;
	for (;;) {
		ssize_t r = read(c->fd, c->expect + c->got, c->expect_len - c->got);
		if (r == 0) {
			fprintf(stderr, "connection %u: closed by the server\n", c->id);
			return -1;
		}
		if (r < 0) {
			return errno == EAGAIN || errno == EINTR ? frames : -1;
		}
		c->got += (size_t)r;
		size_t at = 0;
		for (; c->got - at >= frame; at += frame) {
			unsigned char want[65600];
			size_t h = put_server_header(want);
			broadcast_payload((char *)want + h, c->next_seq);
			if (memcmp(c->expect + at, want, frame) != 0) {
				fprintf(stderr, "connection %u: broadcast %u differs\n", c->id, c->next_seq);
				return -1;
			}
			c->next_seq++;
			frames++;
		}
		memmove(c->expect, c->expect + at, c->got - at);
		c->got -= at;
		if ((size_t)r < c->expect_len / 2) {
			return frames;
		}
	}
}

/* ---- the loop ---- */

static int run(int conns, int broadcast, double warmup, double duration)
{
	int epfd = epoll_create1(0), total = conns + (broadcast ? 1 : 0);
	size_t frame_out = 14 + payload_len, frame_in = 4 + payload_len;
	conn_t *cs = calloc((size_t)total, sizeof *cs);
	for (int i = 0; i < total; i++) {
		conn_t *c = &cs[i];
		c->id = (unsigned)i;
		c->trigger = broadcast && i == conns;
		c->fd = ws_connect();
		if (c->fd < 0) {
			return 1;
		}
		size_t k = broadcast ? (size_t)window * 2 : (size_t)frames_per_write;
		c->out = malloc(frame_out * k);
		c->expect_len = broadcast ? 65536 : frame_in * k;
		c->expect = malloc(c->expect_len);
		struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
		epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
	}
	if (broadcast) {
		for (int i = 0; i < window; i++) {
			trigger_send(&cs[conns], epfd);
		}
	} else {
		for (int i = 0; i < total; i++) {
			echo_fill(&cs[i]);
			conn_send(&cs[i], epfd);
		}
	}

	double start = now(), last_progress = start;
	bench_window_t w;
	window_init(&w, start, warmup, duration);
	int errors = 0;
	unsigned long long msgs = 0, broadcasts = 0;
	struct epoll_event events[512];
	while (!stopping) {
		double t = now();
		if (window_opens(&w, t)) {
			msgs = broadcasts = 0;
		}
		if (window_over(&w, t)) {
			break;
		}
		if (t - last_progress > STALL_SECONDS) {
			fprintf(stderr, "nothing received for %.0f s: the server stalled\n", STALL_SECONDS);
			errors++;
			break;
		}
		int n = epoll_wait(epfd, events, 512, 100);
		for (int i = 0; i < n && !errors; i++) {
			conn_t *c = events[i].data.ptr;
			if ((events[i].events & EPOLLOUT) && conn_send(c, epfd) < 0) {
				errors++;
			}
			if (!(events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
				continue;
			}
			int done = broadcast ? broadcast_receive(c) : echo_receive(c, epfd);
			if (done < 0) {
				errors++;
			} else if (done > 0) {
				last_progress = t;
				if (!c->trigger) {
					msgs += (unsigned long long)done;
					continue;
				}
				broadcasts += (unsigned long long)done;
				for (int j = 0; j < done; j++) {
					if (trigger_send(c, epfd) < 0) {
						errors++;
					}
				}
			}
		}
		if (errors) {
			break;
		}
	}
	double server_busy, client_busy, secs = window_close(&w, &server_busy, &client_busy);
	if (!w.open) {
		secs = 0;
		msgs = 0;
	}
	printf("RESULT msgs=%llu secs=%.3f msg_s=%.0f server_busy=%.3f client_busy=%.3f errors=%d",
		msgs, secs, secs > 0 ? (double)msgs / secs : 0, server_busy, client_busy, errors);
	if (broadcast) {
		printf(" broadcasts=%llu receivers=%d", broadcasts, conns);
	}
	printf("\n");
	return errors ? 1 : 0;
}

int main(int argc, char **argv)
{
	int conns = -1, broadcast = 0, opt;
	double duration = 5, warmup = 1;
	while ((opt = getopt(argc, argv, "a:p:c:k:l:d:w:S:BF:")) != -1) {
		switch (opt) {
		case 'a': host = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'c': conns = atoi(optarg); break;
		case 'k': frames_per_write = atoi(optarg); break;
		case 'l': payload_len = (size_t)atoi(optarg); break;
		case 'd': duration = atof(optarg); break;
		case 'w': warmup = atof(optarg); break;
		case 'S': parse_pids(optarg); break;
		case 'B': broadcast = 1; break;
		case 'F': window = atoi(optarg); break;
		default: fprintf(stderr, "see the header of ws_load.c for the options\n"); return 2;
		}
	}
	if (conns < 0) {
		conns = broadcast ? 1000 : 100;
	}
	if (!port || conns < (broadcast ? 0 : 1) || frames_per_write < 1 || payload_len < 20 || payload_len > 65535 || window < 1) {
		fprintf(stderr, "need -p PORT, -c >= 1, -k >= 1, 20 <= -l <= 65535, -F >= 1\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	return run(conns, broadcast, warmup, duration);
}
