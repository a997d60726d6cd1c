/* wm_master.h: the process model's own API (runAll(), the stop/reload paths, the status
 * files), for the files of the process model and the Worker code. Lower layers read the
 * process state from wm_process.h and never include this. */
#ifndef WM_MASTER_H
#define WM_MASTER_H

#include <sys/types.h>
#include "wm_process.h"

/* Worker::stopAll($code, $log): in the master stops every child; in a worker stops its
 * Workers and exits with code (unless graceful and connections remain). log may be NULL. */
void wm_stop_all(zend_long code, zval *log);

/* Worker::getStatus(): one of the STATUS_* constants (wm_process.status). */
int wm_master_status(void);
/* Worker::$daemonize as it reads now; lower layers ask wm_process_daemonized(). */
bool wm_is_daemonized(void);

/* Called by Worker::run() in a worker process before onWorkerStart: status RUNNING, the
 * checkErrors shutdown function, the worker's signal watchers on the loop. */
void wm_master_worker_started(void);

/* For wm_cli.c: the CLI process that goes on as master (restart -g) keeps its flag; the
 * status files the master writes; basename of the start file for "Workerman[...]" lines. */
void wm_master_set_graceful(bool graceful);
zend_string *wm_master_status_file(void);
zend_string *wm_master_connections_file(void);
const char *wm_master_start_name(void);

/* PHP's string of round($value, 2) ("0.5", "1"), as the status lines print numbers. */
void wm_format_round2(char *buf, size_t size, double value);

#endif
