/* wm_metrics.h: the process side of the metrics and of worker recycling. The master maps one
 * shared region before forking (one wm_proc_counters slot per worker process), hands each
 * child its slot, serves the Prometheus endpoint (wm_metrics_export.c) and counts reloads
 * and recycles; a worker points its counters at its slot, runs the once-a-second tick
 * (gauges, loop lag, maxMemory) and recycles itself at maxRequests/maxMemory. */
#ifndef WM_METRICS_H
#define WM_METRICS_H

#include "wm_private.h"
#include "wm_worker.h"
#include "wm_metrics_counters.h"

/* Master, in runAll() before the first fork: checks the recycling properties of every
 * Worker, maps the region and opens Worker::$metricsListen when set. Throws on a bad
 * value or a bind failure (as a Worker's listen() does) and returns FAILURE. */
zend_result wm_metrics_master_start(void);

/* Master, around each fork: a free slot (-1 when metrics are off or the region is full),
 * zeroed; then the parent records who took it and the child attaches to it. */
int wm_metrics_slot_claim(void);
void wm_metrics_slot_forked(int slot, pid_t pid, wm_worker_obj *worker, uint32_t id);
void wm_metrics_child_attach(int slot);

/* Master: a child was reaped (frees its slot, counts a recycle); a reload began. */
void wm_metrics_child_reaped(pid_t pid, wm_worker_obj *worker);
void wm_metrics_reload_started(void);

/* Worker process, from Worker::run() before onWorkerStart: limits and the tick. */
void wm_metrics_worker_started(wm_worker_obj *worker);

void wm_metrics_rshutdown(void);

/* ---- what wm_metrics_export.c reads (master only) ---- */

typedef struct wm_metrics_slot_owner {
	pid_t pid;                  /* 0: free */
	wm_worker_obj *worker;      /* borrowed: Workers live as long as the master */
	uint32_t id;
} wm_metrics_slot_owner;

/* The region's slots and their owners; count is the capacity. */
wm_proc_counters *wm_metrics_slots(uint32_t *count);
const wm_metrics_slot_owner *wm_metrics_owners(void);
/* Reloads begun, and recycles by Worker (handle -> [reason => count]). */
int64_t wm_metrics_reloads(void);
HashTable *wm_metrics_recycles(void);

/* wm_metrics_export.c: the endpoint in the master's loop, and the exposition text. */
zend_result wm_metrics_http_open(zend_string *listen);
void wm_metrics_http_close_in_child(void);
void wm_metrics_http_rshutdown(void);
void wm_metrics_render(smart_str *out);

#endif
