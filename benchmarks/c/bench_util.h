/* bench_util.h: the plumbing shared by the load generators in benchmarks/c/ (echo_client,
 * ws_load, tls_handshakes, https_load, conn_hold), included from the same directory, so
 * each tool still builds with its own one-file cc line:
 *   - stopping / on_signal(): the flag SIGTERM and SIGINT set;
 *   - now(): CLOCK_MONOTONIC in seconds;
 *   - server_pids / server_pid_count, filled by parse_pids() from the "-S pid,pid" list
 *     (at most MAX_PIDS), and what is read about those pids from /proc:
 *     server_cpu_seconds() (utime + stime of /proc/<pid>/stat), server_rss_bytes() (VmRSS),
 *     server_smaps_bytes("Pss_Anon") (a field of /proc/<pid>/smaps_rollup, summed),
 *     server_fd_count() (entries of /proc/<pid>/fd), servers_alive() (kill(pid, 0));
 *   - own_cpu_seconds(): user + system CPU time of this process (getrusage);
 *   - raise_nofile_limit(): RLIMIT_NOFILE soft limit up to the hard limit;
 *   - connect_nodelay(): a non-blocking TCP_NODELAY socket whose connect is under way;
 *   - bench_window_t: the measured window of a load loop (opens after the warm-up, lasts
 *     -d seconds) and the server's and this process's busy shares over it.
 * Everything is static and marked unused, so a tool that needs only part of it builds
 * without warnings under -Wall -Wextra.
 */
#ifndef BENCH_UTIL_H
#define BENCH_UTIL_H

#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define BENCH_UNUSED __attribute__((unused))
#define MAX_PIDS 16

static int server_pids[MAX_PIDS] BENCH_UNUSED, server_pid_count BENCH_UNUSED;
static volatile sig_atomic_t stopping BENCH_UNUSED;

static BENCH_UNUSED void on_signal(int sig) { (void)sig; stopping = 1; }

static BENCH_UNUSED double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "-S pid,pid": appends to server_pids, at most MAX_PIDS in all (list is cut by strtok). */
static BENCH_UNUSED void parse_pids(char *list)
{
	for (char *p = strtok(list, ","); p && server_pid_count < MAX_PIDS; p = strtok(NULL, ",")) {
		server_pids[server_pid_count++] = atoi(p);
	}
}

/* ---- the server's side, read from /proc ---- */

static BENCH_UNUSED double server_cpu_seconds(void)
{
	static long ticks;
	double total = 0;
	if (!ticks) {
		ticks = sysconf(_SC_CLK_TCK);
	}
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
		/* Fields after the ")" of the command name: state is field 3, utime 14, stime 15. */
		char *p = strrchr(line, ')');
		unsigned long utime = 0, stime = 0;
		if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) == 2) {
			total += (double)(utime + stime) / (double)ticks;
		}
	}
	return total;
}

static BENCH_UNUSED long server_rss_bytes(void)
{
	long total = 0;
	for (int i = 0; i < server_pid_count; i++) {
		char path[64], line[256];
		snprintf(path, sizeof path, "/proc/%d/status", server_pids[i]);
		FILE *f = fopen(path, "r");
		if (!f) {
			continue;
		}
		while (fgets(line, sizeof line, f)) {
			long kb;
			if (sscanf(line, "VmRSS: %ld kB", &kb) == 1) {
				total += kb * 1024;
			}
		}
		fclose(f);
	}
	return total;
}

/* The sum of one field of /proc/<pid>/smaps_rollup ("Pss_Anon", "Rss", ...) in
 * bytes: -1 if a pid's file cannot be read (no such process, or a kernel before 4.14). */
static BENCH_UNUSED long server_smaps_bytes(const char *field)
{
	long total = 0;
	size_t len = strlen(field);
	for (int i = 0; i < server_pid_count; i++) {
		char path[64], line[256];
		int found = 0;
		snprintf(path, sizeof path, "/proc/%d/smaps_rollup", server_pids[i]);
		FILE *f = fopen(path, "r");
		if (!f) {
			return -1;
		}
		while (fgets(line, sizeof line, f)) {
			long kb;
			if (strncmp(line, field, len) == 0 && line[len] == ':' && sscanf(line + len + 1, "%ld", &kb) == 1) {
				total += kb * 1024;
				found = 1;
			}
		}
		fclose(f);
		if (!found) {
			return -1;
		}
	}
	return total;
}

static BENCH_UNUSED long server_fd_count(void)
{
	long total = 0;
	for (int i = 0; i < server_pid_count; i++) {
		char path[64];
		snprintf(path, sizeof path, "/proc/%d/fd", server_pids[i]);
		DIR *d = opendir(path);
		if (!d) {
			continue;
		}
		while (readdir(d)) {
			total++;
		}
		closedir(d);
	}
	return total;
}

static BENCH_UNUSED int servers_alive(void)
{
	for (int i = 0; i < server_pid_count; i++) {
		if (kill(server_pids[i], 0) != 0) {
			return 0;
		}
	}
	return 1;
}

/* ---- this process ---- */

static BENCH_UNUSED double own_cpu_seconds(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static BENCH_UNUSED void raise_nofile_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/* A non-blocking socket with TCP_NODELAY, connecting to dest (EINPROGRESS is fine): its fd,
 * or -1 after perror("connect"). */
static BENCH_UNUSED int connect_nodelay(const struct sockaddr_in *dest)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (connect(fd, (const struct sockaddr *)dest, sizeof *dest) < 0 && errno != EINPROGRESS) {
		perror("connect");
		close(fd);
		return -1;
	}
	return fd;
}

/* ---- the measured window ---- */

typedef struct {
	double from, to;   /* planned (start + warm-up) until it opens, then the real edges */
	double duration, cpu_from, own_from;
	int open;
} bench_window_t;

static BENCH_UNUSED void window_init(bench_window_t *w, double start, double warmup, double duration)
{
	w->from = start + warmup;
	w->to = w->from + duration;
	w->duration = duration;
	w->cpu_from = w->own_from = 0;
	w->open = 0;
}

/* Called each loop turn with its time t: 1 when the window opens now (the caller then
 * zeroes its counters): the CPU times are read and the window runs from t for duration. */
static BENCH_UNUSED int window_opens(bench_window_t *w, double t)
{
	if (w->open || t < w->from) {
		return 0;
	}
	w->open = 1;
	w->cpu_from = server_cpu_seconds();
	w->own_from = own_cpu_seconds();
	w->from = t;
	w->to = t + w->duration;
	return 1;
}

static BENCH_UNUSED int window_over(const bench_window_t *w, double t) { return w->open && t >= w->to; }

/* After the loop: seconds since the window opened, and the busy shares over them (the
 * server's 0 without -S pids). Meaningless if the window never opened (w->open == 0). */
static BENCH_UNUSED double window_close(const bench_window_t *w, double *server_busy, double *client_busy)
{
	double secs = now() - w->from;
	*server_busy = server_pid_count ? (server_cpu_seconds() - w->cpu_from) / secs : 0;
	*client_busy = (own_cpu_seconds() - w->own_from) / secs;
	return secs;
}

/* An HTTP reply read so far into r (n bytes of a cap-byte buffer): 1 when it is a whole
 * "HTTP/1.1 200" reply (its head and Content-Length bytes of body), 0 when more is to come,
 * -1 when it is another status or its head does not fit. */
static BENCH_UNUSED int http_ok_reply_complete(const char *r, size_t n, size_t cap)
{
	const char *end = memmem(r, n, "\r\n\r\n", 4);
	if (!end) {
		return n >= cap - 1 ? -1 : 0;
	}
	if (strncmp(r, "HTTP/1.1 200", 12) != 0) {
		return -1;
	}
	size_t body = 0;
	for (const char *p = r; p && p < end; p = memchr(p, '\n', (size_t)(end - p))) {
		p += *p == '\n';
		if (strncasecmp(p, "content-length:", 15) == 0) {
			body = strtoul(p + 15, NULL, 10);
		}
	}
	return (size_t)(end + 4 - r) + body <= n ? 1 : 0;
}

#endif
