/* conn_hold.c: memory per connection of an HTTP or WebSocket server. Opens N connections
 * (at most 256 connects in flight, several 127.0.0.x source addresses past the ephemeral
 * port range), does one exchange on each (http: one keep-alive GET and its whole response;
 * ws: the opening handshake and its 101 reply; tcp: nothing), then holds them all and
 * prints the server's RSS (VmRSS of the given pids) before and after, per connection.
 *
 *   conn_hold -p PORT -n N -S pid[,pid] [-m http|ws|tcp] [-a 127.0.0.1] [-b 127.0.0.2]
 *             [-P 25000 connections per source address] [-T seconds to hold after HELD]
 * Output: "HELD n= failed= server_fds= rss_before= rss_after= rss_per_conn= alive= [last_error=]"
 * then, if the server closes some of them while held, "CLOSED_BY_SERVER k". Exit 0 if all
 * N were opened, answered and still open.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24
#endif
#define IN_FLIGHT 256
#define REPLY_CAP 2048

enum { CONNECTING, WAITING, HELD_STATE, DEAD };
typedef struct {
	unsigned char state;
	unsigned short got;
	char *reply;
} slot_t;

static const char *mode = "http";
static char request[512];
static size_t request_len;

/* 1: the whole reply is in; 0: not yet; -1: not the reply expected. */
static int reply_complete(const char *r, size_t n)
{
	if (strcmp(mode, "ws") == 0) {
		if (!memmem(r, n, "\r\n\r\n", 4)) {
			return n >= REPLY_CAP - 1 ? -1 : 0;
		}
		return strncmp(r, "HTTP/1.1 101", 12) == 0 ? 1 : -1;
	}
	return http_ok_reply_complete(r, n, REPLY_CAP);
}

int main(int argc, char **argv)
{
	const char *host = "127.0.0.1", *base_ip = "127.0.0.2";
	int port = 0, total = 0, per_ip = 25000, opt;
	double hold = 600;
	while ((opt = getopt(argc, argv, "p:n:S:m:a:b:P:T:")) != -1) {
		switch (opt) {
		case 'p': port = atoi(optarg); break;
		case 'n': total = atoi(optarg); break;
		case 'S': parse_pids(optarg); break;
		case 'm': mode = optarg; break;
		case 'a': host = optarg; break;
		case 'b': base_ip = optarg; break;
		case 'P': per_ip = atoi(optarg); break;
		case 'T': hold = atof(optarg); break;
		default: fprintf(stderr, "see the header of conn_hold.c\n"); return 2;
		}
	}
	if (!port || total < 1 || per_ip < 1) {
		fprintf(stderr, "need -p PORT -n N\n");
		return 2;
	}
	if (strcmp(mode, "http") == 0) {
		request_len = (size_t)snprintf(request, sizeof request, "GET / HTTP/1.1\r\nHost: %s:%d\r\n\r\n", host, port);
	} else if (strcmp(mode, "ws") == 0) {
		request_len = (size_t)snprintf(request, sizeof request,
			"GET / HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
			"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", host, port);
	} else if (strcmp(mode, "tcp") != 0) {
		fprintf(stderr, "-m http, ws or tcp\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);

	struct sockaddr_in dest = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	struct in_addr source;
	inet_pton(AF_INET, host, &dest.sin_addr);
	inet_pton(AF_INET, base_ip, &source);
	int max_fd = total + 64;
	slot_t *slots = calloc((size_t)max_fd, sizeof *slots);
	int epfd = epoll_create1(0);
	long fds_before = server_fd_count(), rss_before = server_rss_bytes();
	int opened = 0, held = 0, busy = 0, failed = 0, closed = 0;
	char last_error[128] = "";
	struct epoll_event events[512];
	double deadline = now() + 120;

	while (held + failed < total && failed < 100 && !stopping && now() < deadline) {
		while (opened < total && busy < IN_FLIGHT) {
			struct in_addr src = { htonl(ntohl(source.s_addr) + (uint32_t)(opened / per_ip)) };
			int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
			opened++;
			if (fd < 0 || fd >= max_fd) {
				failed++;
				snprintf(last_error, sizeof last_error, "socket: %s", fd < 0 ? strerror(errno) : "fd too high");
				if (fd >= 0) {
					close(fd);
				}
				continue;
			}
			setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
			struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr = src };
			if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0
				|| (connect(fd, (struct sockaddr *)&dest, sizeof dest) < 0 && errno != EINPROGRESS)) {
				failed++;
				snprintf(last_error, sizeof last_error, "connect: %s", strerror(errno));
				close(fd);
				continue;
			}
			slots[fd].state = CONNECTING;
			struct epoll_event ev = { .events = EPOLLOUT | EPOLLIN | EPOLLRDHUP, .data.fd = fd };
			epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
			busy++;
		}
		int n = epoll_wait(epfd, events, 512, 50);
		for (int i = 0; i < n; i++) {
			int fd = events[i].data.fd, err = 0;
			slot_t *s = &slots[fd];
			socklen_t len = sizeof err;
			if (s->state == HELD_STATE) {
				closed++;
				s->state = DEAD;
				epoll_ctl(epfd, EPOLL_CTL_DEL, fd, NULL);
				continue;
			}
			if (s->state == CONNECTING) {
				getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
				if (err || !(events[i].events & EPOLLOUT)) {
					goto fail;
				}
				if (request_len && write(fd, request, request_len) != (ssize_t)request_len) {
					err = errno;
					goto fail;
				}
				s->state = WAITING;
				s->reply = malloc(REPLY_CAP);
				struct epoll_event ev = { .events = EPOLLIN | EPOLLRDHUP, .data.fd = fd };
				epoll_ctl(epfd, EPOLL_CTL_MOD, fd, &ev);
				if (request_len) {
					continue;
				}
			} else {
				ssize_t r = read(fd, s->reply + s->got, REPLY_CAP - 1 - s->got);
				if (r < 0 && errno == EAGAIN) {
					continue;
				}
				if (r <= 0) {
					err = r < 0 ? errno : ECONNRESET;
					goto fail;
				}
				s->got = (unsigned short)(s->got + r);
				int done = reply_complete(s->reply, s->got);
				if (done == 0) {
					continue;
				}
				if (done < 0) {
					s->reply[s->got] = '\0';
					snprintf(last_error, sizeof last_error, "unexpected reply: %.60s", s->reply);
					for (char *c = last_error; *c; c++) {
						*c = (*c == '\r' || *c == '\n' || *c == ' ') ? '_' : *c;
					}
					err = -1;
					goto fail;
				}
			}
			/* Answered: from now on only a close by the server is of interest. */
			free(s->reply);
			s->reply = NULL;
			s->state = HELD_STATE;
			held++;
			busy--;
			struct epoll_event ev = { .events = EPOLLRDHUP, .data.fd = fd };
			epoll_ctl(epfd, EPOLL_CTL_MOD, fd, &ev);
			continue;
		fail:
			if (err > 0) {
				snprintf(last_error, sizeof last_error, "%s", strerror(err));
			}
			failed++;
			busy--;
			free(s->reply);
			s->reply = NULL;
			s->state = DEAD;
			close(fd);
		}
	}

	long fds = server_fd_count();
	for (double until = now() + 30; server_pid_count && fds - fds_before < held && now() < until; fds = server_fd_count()) {
		usleep(100000);
	}
	long previous = -1, rss_after = server_rss_bytes();
	for (int i = 0; i < 20 && rss_after != previous; i++) {
		usleep(150000);
		previous = rss_after;
		rss_after = server_rss_bytes();
	}
	printf("HELD n=%d failed=%d server_fds=%ld rss_before=%ld rss_after=%ld rss_per_conn=%.0f alive=%d%s%s\n",
		held, total - held, fds - fds_before, rss_before, rss_after,
		held ? (double)(rss_after - rss_before) / held : 0, servers_alive(),
		last_error[0] ? " last_error=" : "", last_error);
	fflush(stdout);
	for (double until = now() + hold; !stopping && now() < until;) {
		int n = epoll_wait(epfd, events, 512, 200);
		for (int i = 0; i < n; i++) {
			closed++;
			epoll_ctl(epfd, EPOLL_CTL_DEL, events[i].data.fd, NULL);
		}
	}
	if (closed) {
		printf("CLOSED_BY_SERVER %d\n", closed);
	}
	return (held < total || closed) ? 1 : 0;
}
