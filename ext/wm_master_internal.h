/* wm_master_internal.h: what the process-model files share among themselves: wm_master.c
 * (start-up, signals, reap/stop/reload, runAll) owns the state and reads it out through the
 * accessors here; wm_status.c writes the status and connections files. Not for other
 * areas: they use wm_master.h. */
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

/* wm_status.c, on SIGIOT (status) and SIGIO (connections): the master truncates the file,
 * writes its head and signals every child; a worker appends its own rows. */
void wm_master_write_status(void);
void wm_worker_write_status(void);
void wm_master_write_connections(void);
void wm_worker_write_connections(void);

/* The first Worker of this process's registry (in a worker process: the one it runs). */
wm_worker_obj *wm_first_worker(void);

#endif
