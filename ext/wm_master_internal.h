/* wm_master_internal.h: what the process-model files share among themselves: wm_master.c
 * (start-up, signals, reap/stop/reload, runAll) owns the state and lends it through the
 * accessors here; wm_fork.c forks the workers, wm_status.c writes the status and
 * connections files. Not for other areas: they use wm_master.h. */
#ifndef WM_MASTER_INTERNAL_H
#define WM_MASTER_INTERNAL_H

#include <time.h>
#include "wm_private.h"
#include "wm_worker.h"

/* A live child of the master: which Worker it serves and its id slot. */
typedef struct wm_child {
	wm_worker_obj *worker;
	uint32_t slot;          /* UINT32_MAX once the slot map shrank under it */
} wm_child;

#define WM_NO_SLOT UINT32_MAX

/* wm_master.c's master state: pid -> wm_child* of the live children, Worker handle ->
 * [status => count] of the reaped ones, and when runAll() started. */
HashTable *wm_master_children(void);
HashTable *wm_master_exit_info(void);
time_t wm_master_start_time(void);

/* The child's side of a fork (wm_fork.c) sets the status and turns off the master's error
 * format (4.x: a forked worker restores the script's own handling). */
void wm_master_set_status(int status);
void wm_master_error_hook_off(void);

/* wm_master.c helpers wm_fork.c uses: a Worker static property as a string (owned), a PHP
 * function called by name for its side effect, cli_set_process_title, and resetStd(). */
zend_string *wm_static_string(const char *name, size_t len);
void wm_call_php_function(const char *name, uint32_t argc, zval *argv, bool quiet);
void wm_set_process_title(const char *format, ...);
zend_result wm_reset_std(void);
/* In a new child: forget the master's signal handlers, children and reload queue. */
void wm_child_drop_master_state(void);
/* Registers Worker::checkErrors as a shutdown function, once per process. */
void wm_register_check_errors(void);

/* wm_fork.c: fills every free slot of every Worker; true in a new child, which has run its
 * worker to the end (the caller returns straight to runAll()'s caller). */
bool wm_fork_workers(void);
/* Worker::setUserAndGroup(): switches this process to the Worker's user (and group). */
void wm_set_user_and_group(wm_worker_obj *worker);

/* wm_status.c, on SIGIOT (status) and SIGIO (connections): the master truncates the file,
 * writes its head and signals every child; a worker appends its own rows. */
void wm_master_write_status(void);
void wm_worker_write_status(void);
void wm_master_write_connections(void);
void wm_worker_write_connections(void);

/* The first Worker of this process's registry (in a worker process: the one it runs). */
wm_worker_obj *wm_first_worker(void);

#endif
