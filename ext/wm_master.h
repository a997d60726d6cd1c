/* wm_master.h: runAll(), the CLI, the master process and the stop/reload paths. */
#ifndef WM_MASTER_H
#define WM_MASTER_H

#include <sys/types.h>

/* Worker::stopAll($code, $log): in the master stops every child; in a worker stops its
 * Workers and exits with code (unless graceful and connections remain). log may be NULL. */
void wm_stop_all(zend_long code, zval *log);

/* Worker::getStatus(): one of the STATUS_* constants. */
int wm_master_status(void);
bool wm_master_graceful_stop(void);
/* This process stops gracefully or reloads: its HTTP connections end between requests
 * (wm_http_drain) instead of at once. */
bool wm_master_drains(void);
bool wm_is_daemonized(void);
/* True in the master (and before runAll()), false in worker processes. */
bool wm_in_master(void);

/* Called by Worker::run() in a worker process before onWorkerStart: status RUNNING, the
 * checkErrors shutdown function, the worker's signal watchers on the loop. */
void wm_master_worker_started(void);

/* Called by wm_conn.c when connection_count drops to 0 (from any context, even a free
 * handler): during a graceful stop the worker then exits, from a fresh loop turn. */
void wm_master_connections_drained(void);

/* For wm_cli.c: the CLI process that goes on as master (restart -g) keeps its flag; the
 * status files the master writes; basename of the start file for "Workerman[...]" lines. */
void wm_master_set_graceful(bool graceful);
zend_string *wm_master_status_file(void);
zend_string *wm_master_connections_file(void);
const char *wm_master_start_name(void);

/* PHP's string of round($value, 2) ("0.5", "1"), as the status lines print numbers. */
void wm_format_round2(char *buf, size_t size, double value);

#define WM_STATUS_INITIAL 0
#define WM_STATUS_STARTING 1
#define WM_STATUS_RUNNING 2
#define WM_STATUS_SHUTDOWN 4
#define WM_STATUS_RELOADING 8

#endif
