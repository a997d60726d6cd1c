/* wm_process.h: this process's state as the process model writes it and every layer reads it
 * (nginx's ngx_process/ngx_exiting): role, status, graceful stop, reload drain, exiting; and
 * the hooks the process model registers at MINIT for what a lower layer must ask of it (stopAll
 * on an uncaught exception, the end of a drain, Worker::$daemonize). A leaf: it calls nothing
 * of the extension but those hooks, and only the process model (and wm_call.c's exit path)
 * writes the flags. */
#ifndef WM_PROCESS_H
#define WM_PROCESS_H

#include "wm_private.h"
#include <sys/types.h>
#include <unistd.h>

/* Worker::getStatus() values (Workerman's STATUS_* constants). */
#define WM_STATUS_INITIAL 0
#define WM_STATUS_STARTING 1
#define WM_STATUS_RUNNING 2
#define WM_STATUS_SHUTDOWN 4
#define WM_STATUS_RELOADING 8

typedef struct wm_process_state {
	pid_t master_pid;     /* set once runAll() became the master; 0 before */
	int status;           /* WM_STATUS_*: Worker::getStatus() */
	bool graceful;        /* the stop or reload under way waits for connections (SIGQUIT/SIGUSR2) */
	/* A worker told to reload (even without -g) finishes its HTTP requests and ends its
	 * keep-alive connections after a reply: it exits once they are done (or when the
	 * master's stopTimeout kill comes), so no client loses a request to a reload. */
	bool reload_draining;
} wm_process_state;

extern wm_process_state wm_process;

/* True in the master (and before runAll()), false in worker processes. Asks getpid(), so a
 * process a user forks from the master is not the master either. */
static inline bool wm_process_in_master(void)
{
	return wm_process.master_pid == 0 || wm_process.master_pid == getpid();
}

/* This process stops gracefully or reloads: its HTTP connections end between requests
 * (wm_http_drain) instead of at once. */
static inline bool wm_process_drains(void)
{
	return wm_process.graceful || wm_process.reload_draining;
}

/* What the process model does for the layers below it; set once at MINIT (wm_master.c). */
typedef struct wm_process_hooks {
	/* Worker::stopAll($code, $log): log may be NULL. */
	void (*stop_all)(zend_long code, zval *log);
	/* Worker::$daemonize as it reads now. */
	bool (*daemonized)(void);
	/* A draining worker's last connection is gone: it may exit (from a fresh loop turn). */
	void (*drained)(void);
} wm_process_hooks;

void wm_process_set_hooks(const wm_process_hooks *hooks);

/* Worker::stopAll($code, $log) through the hook: the uncaught-exception path of wm_call. */
void wm_process_stop_all(zend_long code, zval *log);

/* True when the app asked for daemon mode: logs and handshake errors are not echoed. */
bool wm_process_daemonized(void);

/* Called by the connection code when the connection count (or the count of connections a
 * reload waits for) drops to 0, from any context, even a free handler: a worker in a
 * graceful stop or a reload's drain then exits, from a fresh loop turn. */
void wm_process_connections_drained(void);

#endif
