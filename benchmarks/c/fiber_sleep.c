/* fiber_sleep.c: N concurrent HTTP requests that the server answers only after a sleep
 * (benchmarks/fiber.sh, workload b: onMessage suspended on Timer::sleep()). Opens N keep-alive
 * connections first (at most 256 connects in flight), waits until the server holds them all
 * (its fd count), reads the server's RSS, then writes one GET on every connection at once and
 * waits for every reply, sampling the server's RSS every 10 ms meanwhile. The peak minus the
 * RSS before the requests, over N, is what one suspended request costs (the connections
 * themselves are already counted in the "before"). The server's minor page faults over the
 * same span, per request, say what the RSS costs in kernel work: on a VM where a fault costs
 * tens of microseconds they, not PHP, set how long N new fiber stacks take.
 *
 *   fiber_sleep -p PORT -n N -S pid[,pid] [-t seconds to wait for the replies (30)]
 * Output: "SLEPT n= answered= failed= send_s= first_s= all_s= rss_before= rss_peak=
 *          rss_per_req= minflt_per_req= [last_error=]"; times in seconds from the first write. Exit 0 if all N
 * were answered with a 200.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bench_util.h"

#define IN_FLIGHT 256
#define REPLY_CAP 1024

typedef struct {
	unsigned char connected, answered;
	unsigned short got;
	char *reply;
} conn_t;

/* 1: a whole 200 reply is in; 0: not yet; -1: something else. */
static int reply_complete(const char *r, size_t n)
{
	const char *end = memmem(r, n, "\r\n\r\n", 4);
	if (!end) {
		return n >= REPLY_CAP - 1 ? -1 : 0;
	}
	if (strncmp(r, "HTTP/1.1 200", 12) != 0) {
		return -1;
	}
	const char *cl = strcasestr(r, "\r\ncontent-length:");
	if (!cl || cl > end) {
		return -1;
	}
	size_t body = (size_t)atol(cl + 17);
	return n >= (size_t)(end + 4 - r) + body ? 1 : 0;
}

/* Minor page faults of the server pids so far (field 10 of /proc/<pid>/stat). */
static long server_minflt(void)
{
	long total = 0;
	for (int i = 0; i < server_pid_count; i++) {
		char path[64], line[1024];
		snprintf(path, sizeof path, "/proc/%d/stat", server_pids[i]);
		FILE *f = fopen(path, "r");
		if (!f) {
			continue;
		}
		size_t n = fread(line, 1, sizeof line - 1, f);
		fclose(f);
		line[n] = '\0';
		char *p = strrchr(line, ')');
		long minflt = 0;
		if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %ld", &minflt) == 1) {
			total += minflt;
		}
	}
	return total;
}

/* Every socket closes with a reset: no TIME_WAIT left to use up ports across rounds. */
static void close_reset(int fd)
{
	struct linger lg = { 1, 0 };
	setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	close(fd);
}

/* Opens n connections to dest; fds[] gets them. Returns how many connected. */
static int open_all(const struct sockaddr_in *dest, int n, int *fds, char *err, size_t errlen)
{
	int epfd = epoll_create1(0), opened = 0, done = 0, busy = 0, ok = 0;
	struct epoll_event events[256];
	double deadline = now() + 60;
	while (done < n && now() < deadline && !stopping) {
		while (opened < n && busy < IN_FLIGHT) {
			int fd = connect_nodelay(dest);
			fds[opened++] = fd;
			if (fd < 0) {
				done++;
				snprintf(err, errlen, "connect:_%s", strerror(errno));
				continue;
			}
			struct epoll_event ev = { .events = EPOLLOUT, .data.u32 = (uint32_t)(opened - 1) };
			epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
			busy++;
		}
		int k = epoll_wait(epfd, events, 256, 50);
		for (int i = 0; i < k; i++) {
			int idx = (int)events[i].data.u32, fd = fds[idx], e = 0;
			socklen_t len = sizeof e;
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &len);
			epoll_ctl(epfd, EPOLL_CTL_DEL, fd, NULL);
			busy--;
			done++;
			if (e) {
				snprintf(err, errlen, "connect:_%s", strerror(e));
				close_reset(fd);
				fds[idx] = -1;
			} else {
				ok++;
			}
		}
	}
	close(epfd);
	return ok;
}

int main(int argc, char **argv)
{
	int port = 0, total = 0, opt;
	double wait_s = 30;
	while ((opt = getopt(argc, argv, "p:n:S:t:")) != -1) {
		switch (opt) {
		case 'p': port = atoi(optarg); break;
		case 'n': total = atoi(optarg); break;
		case 'S': parse_pids(optarg); break;
		case 't': wait_s = atof(optarg); break;
		default: fprintf(stderr, "see the header of fiber_sleep.c\n"); return 2;
		}
	}
	if (!port || total < 1 || !server_pid_count) {
		fprintf(stderr, "need -p PORT -n N -S PID\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	raise_nofile_limit();

	struct sockaddr_in dest = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	inet_pton(AF_INET, "127.0.0.1", &dest.sin_addr);
	char request[128], last_error[128] = "";
	size_t request_len = (size_t)snprintf(request, sizeof request, "GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n", port);
	int *fds = calloc((size_t)total, sizeof *fds);
	conn_t *conns = calloc((size_t)total, sizeof *conns);
	long fds_base = server_fd_count();

	int connected = open_all(&dest, total, fds, last_error, sizeof last_error);
	/* The "before" must include every connection object: wait until the server accepted all. */
	for (double until = now() + 10; server_fd_count() < fds_base + connected && now() < until;) {
		usleep(10000);
	}
	long rss_before = server_rss_bytes(), rss_peak = rss_before, minflt_before = server_minflt();

	int epfd = epoll_create1(0), answered = 0, failed = total - connected;
	double t0 = now(), t_first = 0, t_last = 0, next_sample = t0;
	for (int i = 0; i < total; i++) {
		if (fds[i] < 0) {
			continue;
		}
		if (write(fds[i], request, request_len) != (ssize_t)request_len) {
			snprintf(last_error, sizeof last_error, "write:_%s", strerror(errno));
			close_reset(fds[i]);
			fds[i] = -1;
			failed++;
			continue;
		}
		struct epoll_event ev = { .events = EPOLLIN | EPOLLRDHUP, .data.u32 = (uint32_t)i };
		epoll_ctl(epfd, EPOLL_CTL_ADD, fds[i], &ev);
	}
	double t_sent = now();
	struct epoll_event events[512];
	while (answered + failed < total && now() < t0 + wait_s && !stopping) {
		int k = epoll_wait(epfd, events, 512, 10);
		double t = now();
		if (t >= next_sample) {
			long rss = server_rss_bytes();
			rss_peak = rss > rss_peak ? rss : rss_peak;
			next_sample = t + 0.01;
		}
		for (int i = 0; i < k; i++) {
			int idx = (int)events[i].data.u32, fd = fds[idx];
			conn_t *c = &conns[idx];
			if (!c->reply) {
				c->reply = malloc(REPLY_CAP);
			}
			ssize_t r = read(fd, c->reply + c->got, REPLY_CAP - 1 - c->got);
			if (r < 0 && errno == EAGAIN) {
				continue;
			}
			int done = -1;
			if (r > 0) {
				c->got = (unsigned short)(c->got + r);
				done = reply_complete(c->reply, c->got);
			} else {
				snprintf(last_error, sizeof last_error, "read:_%s", r < 0 ? strerror(errno) : "closed");
			}
			if (done == 0) {
				continue;
			}
			epoll_ctl(epfd, EPOLL_CTL_DEL, fd, NULL);
			if (done < 0) {
				failed++;
				if (r > 0) {
					snprintf(last_error, sizeof last_error, "unexpected_reply");
				}
				continue;
			}
			answered++;
			t_last = t - t0;
			if (answered == 1) {
				t_first = t_last;
			}
		}
	}
	long minflt = server_minflt() - minflt_before;
	if (answered + failed < total && !last_error[0]) {
		snprintf(last_error, sizeof last_error, "timeout");
	}
	printf("SLEPT n=%d answered=%d failed=%d send_s=%.3f first_s=%.3f all_s=%.3f rss_before=%ld rss_peak=%ld rss_per_req=%ld minflt_per_req=%.1f%s%s\n",
		total, answered, total - answered, t_sent - t0, t_first, t_last, rss_before, rss_peak,
		(rss_peak - rss_before) / total, (double)minflt / total, last_error[0] ? " last_error=" : "", last_error);
	for (int i = 0; i < total; i++) {
		if (fds[i] >= 0) {
			close_reset(fds[i]);
		}
		free(conns[i].reply);
	}
	return answered == total ? 0 : 1;
}
