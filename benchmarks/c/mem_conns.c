/* mem_conns.c: memory per connection of a server's whole process tree, phase by phase
 * (benchmarks/memory.sh). Warms the server up with one connection that does every step and
 * closes, measures, opens N connections from 127.0.0.1 that send nothing (at most 256
 * connects in flight) and waits until the server has accepted them all, measures, then does
 * each step on every connection in turn and measures after each:
 *   http: one keep-alive "GET /" and its whole 200 reply;
 *   ws:   the opening handshake and its 101, then one masked 5-byte text frame and its echo.
 * A measurement is taken once the figures stopped moving: Pss_Anon and Rss summed over the
 * -S pids (from /proc/<pid>/smaps_rollup) and their open descriptors. Pss_Anon, not Pss:
 * a connection's memory is anonymous, and the file pages' PSS moves whenever any other
 * process on the machine maps the same php binary or libraries; anonymous pages are shared
 * only inside the forked tree, so their PSS summed over it is what the tree holds.
 *
 *   mem_conns -p PORT -n N -S pid[,pid] [-m http|ws]
 * Output, one line per phase (base, idle, request, and for ws message):
 *   "PHASE name=idle n=10000 pss=... rss=... fds=... pss_per_conn=... rss_per_conn=..."
 * per_conn is (this phase - base) / n. Exit 0 if all N connections were opened, answered at
 * every step and none was closed by the server.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
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

#define IN_FLIGHT 256
#define REPLY_CAP 2048

typedef struct {
	const char *name;
	char request[512];
	size_t request_len;
	/* 1: the whole reply is in; 0: not yet; -1: not the reply expected. */
	int (*complete)(const char *reply, size_t n);
} step_t;

static int http_complete(const char *r, size_t n)
{
	return http_ok_reply_complete(r, n, REPLY_CAP);
}

static int upgrade_complete(const char *r, size_t n)
{
	if (!memmem(r, n, "\r\n\r\n", 4)) {
		return n >= REPLY_CAP - 1 ? -1 : 0;
	}
	return strncmp(r, "HTTP/1.1 101", 12) == 0 ? 1 : -1;
}

/* The echo of "Hello": an unmasked final text frame of 5 bytes. */
static int frame_complete(const char *r, size_t n)
{
	static const char want[] = "\x81\x05Hello";
	if (n < 7) {
		return memcmp(r, want, n) == 0 ? 0 : -1;
	}
	return n == 7 && memcmp(r, want, 7) == 0 ? 1 : -1;
}

static step_t steps[2];
static int step_count;

typedef struct {
	long pss, rss, fds;
} sample_t;

/* The tree's figures once two readings 150 ms apart agree (at most ~3 s). */
static sample_t settle(void)
{
	sample_t s = { server_smaps_bytes("Pss_Anon"), server_smaps_bytes("Rss"), server_fd_count() }, prev;
	for (int i = 0; i < 20; i++) {
		usleep(150000);
		prev = s;
		s = (sample_t){ server_smaps_bytes("Pss_Anon"), server_smaps_bytes("Rss"), server_fd_count() };
		if (s.pss == prev.pss && s.rss == prev.rss && s.fds == prev.fds) {
			break;
		}
	}
	return s;
}

static void report(const char *name, int n, sample_t s, sample_t base)
{
	printf("PHASE name=%s n=%d pss=%ld rss=%ld fds=%ld pss_per_conn=%.0f rss_per_conn=%.0f\n", name, n, s.pss, s.rss,
		s.fds, n ? (double)(s.pss - base.pss) / n : 0, n ? (double)(s.rss - base.rss) / n : 0);
	fflush(stdout);
}

static int fail(const char *what, int err)
{
	fprintf(stderr, "mem_conns: %s%s%s\n", what, err ? ": " : "", err ? strerror(err) : "");
	return 1;
}

/* Sends the step's request on every fd (in flight at most IN_FLIGHT) and reads each whole
 * reply: 0, or -1 after a message. */
static int run_step(const step_t *step, const int *fds, int n)
{
	int epfd = epoll_create1(0), sent = 0, done = 0;
	size_t *got = calloc((size_t)n, sizeof *got);
	char **replies = calloc((size_t)n, sizeof *replies);
	struct epoll_event events[512];
	double deadline = now() + 120;
	while (done < n && now() < deadline && !stopping) {
		while (sent < n && sent - done < IN_FLIGHT) {
			if (write(fds[sent], step->request, step->request_len) != (ssize_t)step->request_len) {
				return fail("write", errno);
			}
			replies[sent] = malloc(REPLY_CAP);
			struct epoll_event ev = { .events = EPOLLIN | EPOLLRDHUP, .data.u32 = (uint32_t)sent };
			epoll_ctl(epfd, EPOLL_CTL_ADD, fds[sent], &ev);
			sent++;
		}
		int k = epoll_wait(epfd, events, 512, 50);
		for (int i = 0; i < k; i++) {
			int at = (int)events[i].data.u32;
			ssize_t r = read(fds[at], replies[at] + got[at], REPLY_CAP - 1 - got[at]);
			if (r < 0 && errno == EAGAIN) {
				continue;
			}
			if (r <= 0) {
				return fail(r < 0 ? "read" : "closed by the server", r < 0 ? errno : 0);
			}
			got[at] += (size_t)r;
			int c = step->complete(replies[at], got[at]);
			if (c < 0) {
				replies[at][got[at]] = '\0';
				fprintf(stderr, "mem_conns: unexpected reply to %s: %.60s\n", step->name, replies[at]);
				return -1;
			}
			if (c > 0) {
				epoll_ctl(epfd, EPOLL_CTL_DEL, fds[at], NULL);
				free(replies[at]);
				replies[at] = NULL;
				done++;
			}
		}
	}
	close(epfd);
	free(got);
	free(replies);
	return done == n ? 0 : fail("timed out waiting for replies", 0);
}

/* Opens n connections that send nothing; fds[] gets them once each connect completed. */
static int open_idle(struct sockaddr_in *dest, int *fds, int n)
{
	int epfd = epoll_create1(0), opened = 0, done = 0;
	struct epoll_event events[512];
	double deadline = now() + 120;
	while (done < n && now() < deadline && !stopping) {
		while (opened < n && opened - done < IN_FLIGHT) {
			int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
			if (fd < 0) {
				return fail("socket", errno);
			}
			if (connect(fd, (struct sockaddr *)dest, sizeof *dest) < 0 && errno != EINPROGRESS) {
				return fail("connect", errno);
			}
			struct epoll_event ev = { .events = EPOLLOUT, .data.fd = fd };
			epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
			opened++;
		}
		int k = epoll_wait(epfd, events, 512, 50);
		for (int i = 0; i < k; i++) {
			int fd = events[i].data.fd, err = 0;
			socklen_t len = sizeof err;
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
			if (err) {
				return fail("connect", err);
			}
			epoll_ctl(epfd, EPOLL_CTL_DEL, fd, NULL);
			fds[done++] = fd;
		}
	}
	close(epfd);
	return done == n ? 0 : fail("timed out connecting", 0);
}

int main(int argc, char **argv)
{
	const char *mode = "http";
	int port = 0, n = 0, opt;
	while ((opt = getopt(argc, argv, "p:n:S:m:")) != -1) {
		switch (opt) {
		case 'p': port = atoi(optarg); break;
		case 'n': n = atoi(optarg); break;
		case 'S': parse_pids(optarg); break;
		case 'm': mode = optarg; break;
		default: fprintf(stderr, "see the header of mem_conns.c\n"); return 2;
		}
	}
	if (!port || n < 1 || !server_pid_count) {
		fprintf(stderr, "need -p PORT -n N -S pids\n");
		return 2;
	}
	if (strcmp(mode, "http") == 0) {
		steps[0] = (step_t){ "request", "", 0, http_complete };
		steps[0].request_len = (size_t)snprintf(steps[0].request, sizeof steps[0].request,
			"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n", port);
		step_count = 1;
	} else if (strcmp(mode, "ws") == 0) {
		steps[0] = (step_t){ "request", "", 0, upgrade_complete };
		steps[0].request_len = (size_t)snprintf(steps[0].request, sizeof steps[0].request,
			"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
			"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", port);
		/* "Hello" masked with 37 fa 21 3d: RFC 6455's example. */
		steps[1] = (step_t){ "message", "\x81\x85\x37\xfa\x21\x3d\x7f\x9f\x4d\x51\x58", 11, frame_complete };
		step_count = 2;
	} else {
		fprintf(stderr, "-m http or ws\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	raise_nofile_limit();
	if (server_smaps_bytes("Pss_Anon") < 0) {
		return fail("no Pss_Anon in /proc/<pid>/smaps_rollup of the -S pids (Linux >= 5.10 has it)", 0);
	}

	struct sockaddr_in dest = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	inet_pton(AF_INET, "127.0.0.1", &dest.sin_addr);
	int *fds = calloc((size_t)n, sizeof *fds);

	/* Warm-up: one-time costs (classes, interned strings, the first buffers) are not the
	 * connections'. Closed, and its close seen by the server, before the base is read. */
	long fds_idle = server_fd_count();
	if (open_idle(&dest, fds, 1) < 0) {
		return 1;
	}
	for (int s = 0; s < step_count; s++) {
		if (run_step(&steps[s], fds, 1) < 0) {
			return 1;
		}
	}
	close(fds[0]);
	for (double until = now() + 10; server_fd_count() > fds_idle && now() < until;) {
		usleep(20000);
	}
	sample_t base = settle();
	report("base", 0, base, base);

	if (open_idle(&dest, fds, n) < 0) {
		return 1;
	}
	for (double until = now() + 60; server_fd_count() < base.fds + n && now() < until;) {
		usleep(50000);
	}
	sample_t s = settle();
	if (s.fds < base.fds + n) {
		fprintf(stderr, "mem_conns: the server holds %ld descriptors more, not %d\n", s.fds - base.fds, n);
		return 1;
	}
	report("idle", n, s, base);
	for (int i = 0; i < step_count; i++) {
		if (run_step(&steps[i], fds, n) < 0) {
			return 1;
		}
		report(steps[i].name, n, settle(), base);
	}
	/* Nothing may have been closed by the server while held. */
	for (int i = 0; i < n; i++) {
		char c;
		if (recv(fds[i], &c, 1, MSG_DONTWAIT | MSG_PEEK) != -1 || errno != EAGAIN) {
			return fail("a connection was closed by the server", 0);
		}
	}
	if (!servers_alive()) {
		return fail("a server process is gone", 0);
	}
	return 0;
}
