/* echo_client.c: the load generator for the line echo benchmarks (one thread, epoll).
 * Load mode: C connections each write K lines of L bytes in ONE write, wait for the K
 * echoes (every byte checked), repeat; after a warm-up it counts for D seconds and, given
 * the server's pids, reads their CPU time from /proc so the result carries the server's
 * busy share. Idle mode: opens and holds N connections (several 127.0.0.x source
 * addresses past the ephemeral port range) and reports the server's RSS per connection.
 *
 *   echo_client [-a 127.0.0.1] -p PORT [-c 100] [-k 1] [-l 32] [-d 5] [-w 1] [-S pid,pid]
 *   echo_client -p PORT -i N [-b 127.0.0.2] [-n 25000] [-S pid,pid] [-T 600]
 *   echo_client -p PORT -W SECONDS          (wait until the port accepts; exit 0 or 1)
 * Output (one line, key=value): "RESULT msgs= secs= msg_s= server_busy= client_busy= errors= total="
 * (total counts the warm-up too)
 * or "HELD n= failed= server_fds= rss_before= rss_after= rss_per_conn=".
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
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
#include <time.h>
#include <unistd.h>

#include "bench_util.h"

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24
#endif

#define STALL_SECONDS 5.0

static const char *host = "127.0.0.1";
static int port;

static struct sockaddr_in address_of(const char *ip, int p)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)p) };
	if (inet_pton(AF_INET, ip, &sa.sin_addr) != 1) {
		fprintf(stderr, "bad address %s\n", ip);
		exit(2);
	}
	return sa;
}

/* ---- load mode ---- */

typedef struct {
	int fd;
	unsigned id;
	uint32_t round;
	char *message;     /* K lines, rewritten each round, also the expected echo */
	size_t sent, got;
} load_conn_t;

static size_t line_len = 32;
static int lines_per_write = 1;

static void put_hex(char *at, uint32_t value, int digits)
{
	static const char hex[] = "0123456789abcdef";
	for (int i = digits - 1; i >= 0; i--, value >>= 4) {
		at[i] = hex[value & 15];
	}
}

/* Every line names its connection, round and index, so a reply sent to the wrong
 * connection, repeated, lost or reordered fails the byte check. */
static void load_fill(load_conn_t *c, int first)
{
	for (int k = 0; k < lines_per_write; k++) {
		char *line = c->message + (size_t)k * line_len;
		if (first) {
			memset(line, 'a' + (int)(c->id % 26), line_len - 1);
			line[line_len - 1] = '\n';
			put_hex(line, c->id, 6);
			line[6] = ':';
			line[15] = ':';
			put_hex(line + 16, (uint32_t)k, 2);
			line[18] = ':';
		}
		put_hex(line + 7, c->round, 8);
	}
}

static int load_send(load_conn_t *c, int epfd)
{
	size_t total = line_len * (size_t)lines_per_write;
	ssize_t w = write(c->fd, c->message + c->sent, total - c->sent);
	if (w < 0) {
		if (errno != EAGAIN && errno != EWOULDBLOCK) {
			return -1;
		}
		w = 0;
	}
	c->sent += (size_t)w;
	struct epoll_event ev = { .events = EPOLLIN | (c->sent < total ? EPOLLOUT : 0), .data.ptr = c };
	epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
	return 0;
}

static int load_connect(load_conn_t *c, const struct sockaddr_in *sa, int epfd)
{
	c->fd = socket(AF_INET, SOCK_STREAM, 0);
	if (c->fd < 0 || connect(c->fd, (const struct sockaddr *)sa, sizeof *sa) < 0) {
		perror("connect");
		return -1;
	}
	int one = 1;
	setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	fcntl(c->fd, F_SETFL, fcntl(c->fd, F_GETFL) | O_NONBLOCK);
	struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
	epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
	return 0;
}

/* Reads what the connection has; returns messages completed (0 or K), -1 on error. */
static int load_receive(load_conn_t *c, int epfd)
{
	size_t total = line_len * (size_t)lines_per_write;
	char buf[65536];
	ssize_t r = read(c->fd, buf, total - c->got < sizeof buf ? total - c->got : sizeof buf);
	if (r == 0) {
		fprintf(stderr, "connection %u: closed by the server\n", c->id);
		return -1;
	}
	if (r < 0) {
		if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
			return 0;
		}
		fprintf(stderr, "connection %u: read: %s\n", c->id, strerror(errno));
		return -1;
	}
	if (memcmp(buf, c->message + c->got, (size_t)r) != 0) {
		fprintf(stderr, "connection %u: echo differs at byte %zu of round %u: got \"%.*s\"\n",
			c->id, c->got, c->round, (int)(r < 64 ? r : 64), buf);
		return -1;
	}
	c->got += (size_t)r;
	if (c->got < total) {
		return 0;
	}
	c->got = c->sent = 0;
	c->round++;
	load_fill(c, 0);
	return load_send(c, epfd) < 0 ? -1 : lines_per_write;
}

static int run_load(int conns, double warmup, double duration)
{
	struct sockaddr_in sa = address_of(host, port);
	int epfd = epoll_create1(0);
	load_conn_t *cs = calloc((size_t)conns, sizeof *cs);
	for (int i = 0; i < conns; i++) {
		cs[i].id = (unsigned)i;
		cs[i].message = malloc(line_len * (size_t)lines_per_write);
		load_fill(&cs[i], 1);
		if (load_connect(&cs[i], &sa, epfd) < 0) {
			return 1;
		}
	}
	for (int i = 0; i < conns; i++) {
		load_send(&cs[i], epfd);
	}

	double start = now(), last_progress = start;
	bench_window_t w;
	window_init(&w, start, warmup, duration);
	int errors = 0;
	unsigned long long msgs = 0, all_msgs = 0;
	struct epoll_event events[512];
	while (!stopping) {
		double t = now();
		if (window_opens(&w, t)) {
			msgs = 0;
		}
		if (window_over(&w, t)) {
			break;
		}
		if (t - last_progress > STALL_SECONDS) {
			fprintf(stderr, "no echo for %.0f s: the server stalled\n", STALL_SECONDS);
			errors++;
			break;
		}
		int n = epoll_wait(epfd, events, 512, 100);
		for (int i = 0; i < n; i++) {
			load_conn_t *c = events[i].data.ptr;
			if ((events[i].events & EPOLLOUT) && load_send(c, epfd) < 0) {
				errors++;
			}
			if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
				int done = load_receive(c, epfd);
				if (done < 0) {
					errors++;
				} else if (done > 0) {
					msgs += (unsigned long long)done;
					all_msgs += (unsigned long long)done;
					last_progress = t;
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
	printf("RESULT msgs=%llu secs=%.3f msg_s=%.0f server_busy=%.3f client_busy=%.3f errors=%d total=%llu\n",
		msgs, secs, secs > 0 ? (double)msgs / secs : 0, server_busy, client_busy, errors, all_msgs);
	return errors ? 1 : 0;
}

/* ---- idle mode ---- */

#define CONNECTS_IN_FLIGHT 256
#define ACCEPT_BACKLOG_SLACK 2000

/* The first N/per_ip connections come from base_ip, the next from base_ip + 1, ...:
 * each (source, destination) pair has its own ephemeral port range. */
static int idle_open(struct in_addr source, const struct sockaddr_in *dest, int epfd)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	if (fd < 0) {
		return -errno;
	}
	int one = 1;
	setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
	struct sockaddr_in src = { .sin_family = AF_INET, .sin_addr = source };
	if (bind(fd, (struct sockaddr *)&src, sizeof src) < 0) {
		int err = errno;
		close(fd);
		return -err;
	}
	if (connect(fd, (const struct sockaddr *)dest, sizeof *dest) < 0 && errno != EINPROGRESS) {
		int err = errno;
		close(fd);
		return -err;
	}
	struct epoll_event ev = { .events = EPOLLOUT | EPOLLIN | EPOLLRDHUP, .data.u64 = (uint64_t)fd };
	epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
	return fd;
}

static long wait_rss_settled(void)
{
	long previous = -1, rss = server_rss_bytes();
	for (int i = 0; i < 20 && rss != previous; i++) {
		usleep(150000);
		previous = rss;
		rss = server_rss_bytes();
	}
	return rss;
}

static int run_idle(int total, const char *base_ip, int per_ip, double hold)
{
	struct sockaddr_in dest = address_of(host, port);
	struct in_addr source = address_of(base_ip, 0).sin_addr;
	int epfd = epoll_create1(0);
	long fds_before = server_fd_count(), rss_before = server_rss_bytes();
	int opened = 0, connected = 0, in_flight = 0, failed = 0, closed = 0;
	char last_error[128] = "";
	struct epoll_event events[512];
	double deadline = now() + 60;

	/* A server that refuses connections fails fast: no point opening thousands more. */
	while (connected + failed < total && failed < 100 && !stopping && now() < deadline) {
		int accepted_behind = server_pid_count && opened % 500 == 0
			&& opened - (server_fd_count() - fds_before) > ACCEPT_BACKLOG_SLACK;
		while (opened < total && in_flight < CONNECTS_IN_FLIGHT && !accepted_behind) {
			struct in_addr src = { htonl(ntohl(source.s_addr) + (uint32_t)(opened / per_ip)) };
			int fd = idle_open(src, &dest, epfd);
			opened++;
			if (fd < 0) {
				failed++;
				snprintf(last_error, sizeof last_error, "connect: %s", strerror(-fd));
				continue;
			}
			in_flight++;
			if (server_pid_count && opened % 500 == 0) {
				break;
			}
		}
		int n = epoll_wait(epfd, events, 512, 50);
		for (int i = 0; i < n; i++) {
			int fd = (int)(events[i].data.u64 & 0xffffffffu), err = 0;
			socklen_t len = sizeof err;
			if (events[i].data.u64 >> 32) {
				closed++;
				epoll_ctl(epfd, EPOLL_CTL_DEL, fd, NULL);
				continue;
			}
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
			in_flight--;
			if (err || (events[i].events & (EPOLLHUP | EPOLLRDHUP | EPOLLERR))) {
				failed++;
				snprintf(last_error, sizeof last_error, "connect: %s", strerror(err ? err : ECONNRESET));
				close(fd);
				continue;
			}
			connected++;
			/* From now on only a close by the server is of interest. */
			struct epoll_event ev = { .events = EPOLLRDHUP, .data.u64 = (uint64_t)fd | (1ull << 32) };
			epoll_ctl(epfd, EPOLL_CTL_MOD, fd, &ev);
		}
	}

	long fds = server_fd_count();
	if (server_pid_count) {
		for (double until = now() + 30; fds - fds_before < connected && now() < until; fds = server_fd_count()) {
			usleep(100000);
		}
	}
	long rss_after = wait_rss_settled();
	printf("HELD n=%d failed=%d server_fds=%ld rss_before=%ld rss_after=%ld rss_per_conn=%.0f alive=%d%s%s\n",
		connected, failed + (total - connected - failed), fds - fds_before, rss_before, rss_after,
		connected ? (double)(rss_after - rss_before) / connected : 0, servers_alive(),
		last_error[0] ? " last_error=" : "", last_error);
	fflush(stdout);

	for (double until = now() + hold; !stopping && now() < until;) {
		int n = epoll_wait(epfd, events, 512, 200);
		for (int i = 0; i < n; i++) {
			closed++;
			epoll_ctl(epfd, EPOLL_CTL_DEL, (int)(events[i].data.u64 & 0xffffffffu), NULL);
		}
	}
	if (closed) {
		printf("CLOSED_BY_SERVER %d\n", closed);
	}
	return (failed || connected < total || closed) ? 1 : 0;
}

/* ---- wait mode ---- */

static int run_wait(double seconds)
{
	struct sockaddr_in sa = address_of(host, port);
	for (double until = now() + seconds; now() < until; usleep(20000)) {
		int fd = socket(AF_INET, SOCK_STREAM, 0);
		int ok = connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
		close(fd);
		if (ok) {
			return 0;
		}
	}
	fprintf(stderr, "nothing accepts on %s:%d after %.0f s\n", host, port, seconds);
	return 1;
}

int main(int argc, char **argv)
{
	int conns = 100, idle = 0, per_ip = 25000, opt;
	double duration = 5, warmup = 1, hold = 600, wait = 0;
	const char *base_ip = "127.0.0.2";
	while ((opt = getopt(argc, argv, "a:p:c:k:l:d:w:S:i:b:n:T:W:")) != -1) {
		switch (opt) {
		case 'a': host = optarg; break;
		case 'p': port = atoi(optarg); break;
		case 'c': conns = atoi(optarg); break;
		case 'k': lines_per_write = atoi(optarg); break;
		case 'l': line_len = (size_t)atoi(optarg); break;
		case 'd': duration = atof(optarg); break;
		case 'w': warmup = atof(optarg); break;
		case 'S': parse_pids(optarg); break;
		case 'i': idle = atoi(optarg); break;
		case 'b': base_ip = optarg; break;
		case 'n': per_ip = atoi(optarg); break;
		case 'T': hold = atof(optarg); break;
		case 'W': wait = atof(optarg); break;
		default:
			fprintf(stderr, "see the header of echo_client.c for the options\n");
			return 2;
		}
	}
	if (!port || conns < 1 || lines_per_write < 1 || line_len < 20 || per_ip < 1) {
		fprintf(stderr, "need -p PORT, -c >= 1, -k >= 1, -l >= 20\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	if (wait > 0) {
		return run_wait(wait);
	}
	if (idle > 0) {
		return run_idle(idle, base_ip, per_ip, hold);
	}
	return run_load(conns, warmup, duration);
}
