/* wm_metrics_counters.h: this process's counters, the lowest layer of the metrics: a struct
 * and the pointer every layer increments through (connections, bytes, requests, send
 * failures, exceptions). It points at a private struct until wm_metrics.c repoints it at
 * this worker's slot of the shared region the master reads, so the worker pays plain stores
 * and nothing else. Who reads or exports them is wm_metrics.c's business, never this one's. */
#ifndef WM_METRICS_COUNTERS_H
#define WM_METRICS_COUNTERS_H

#include <stdint.h>
#include <sys/types.h>

/* One process's slot: counters written only by that process, the gauges by its metrics tick
 * (once a second); the master reads them without locks (aligned 64-bit stores are atomic on
 * the platforms we build for; a scrape may see fields of two moments, which metrics allow). */
typedef struct wm_proc_counters {
	int64_t connections;     /* live TcpConnection objects (ConnectionInterface::$statistics) */
	int64_t accepted;        /* connections accepted by this process's Workers */
	int64_t requests;        /* total_request: messages, requests, datagrams */
	int64_t bytes_in, bytes_out;
	int64_t send_fails;
	int64_t exceptions;      /* Throwables that escaped a callback (handled or fatal) */
	/* Gauges, written by the tick. */
	int64_t timers;
	int64_t zend_memory, rss;
	int64_t loop_lag_us;     /* how late the last tick fired */
	int64_t loop_lag_max_us;
	/* Identity, written by the master before fork and by the process when it starts. */
	int64_t started_at;      /* unix time */
	int64_t pid;
	int64_t recycle_reason;  /* WM_RECYCLE_*: why this process is leaving, 0 while it stays */
} wm_proc_counters;

enum { WM_RECYCLE_NONE, WM_RECYCLE_REQUESTS, WM_RECYCLE_MEMORY };

extern wm_proc_counters *wm_counters;

/* requests reaching this number call the hook (worker recycling, set by wm_metrics.c);
 * INT64_MAX while no limit is set, so the hot path pays one compare. */
extern int64_t wm_counters_request_limit;
void wm_counters_request_limit_reached(void);
extern void (*wm_counters_limit_hook)(void);

#endif
