/* wm_worker.h: the Worker object, its registry and its listening socket. */
#ifndef WM_WORKER_H
#define WM_WORKER_H

#include <sys/types.h>
#include "wm_private.h"
#include "wm_reactor.h"

typedef struct wm_worker_obj {
	zend_string *socket_name;   /* as given to the constructor; NULL for none */
	zval context;               /* stream context options (array) */
	int listen_fd;              /* -1 while not listening */
	wm_io accept_io;            /* on the reactor while accepting in a worker process */
	bool accepting;
	bool unix_socket;           /* listen_fd is a unix socket whose file we remove */
	zend_string *unix_path;
	struct wm_tls_server *tls;  /* transport 'ssl': contexts (ext/tls/wm_tls.c), else NULL */
	/* Master bookkeeping (wm_master.c): pid per process slot, so a respawn keeps $worker->id. */
	pid_t *slot_pids;
	uint32_t slot_count;
	zend_object std;
} wm_worker_obj;

static inline wm_worker_obj *wm_worker_from_obj(zend_object *obj)
{
	return (wm_worker_obj *)((char *)obj - XtOffsetOf(wm_worker_obj, std));
}

/* Declared Worker properties, read through their fixed slots (subclasses keep them). */
enum wm_worker_prop {
	WM_WP_ID, WM_WP_NAME, WM_WP_COUNT, WM_WP_USER, WM_WP_GROUP, WM_WP_RELOADABLE,
	WM_WP_REUSEPORT, WM_WP_TRANSPORT, WM_WP_PROTOCOL, WM_WP_CONNECTIONS, WM_WP_STOPPING,
	WM_WP_ONWORKERSTART, WM_WP_ONWORKERRELOAD, WM_WP_ONWORKERSTOP, WM_WP_ONCONNECT,
	WM_WP_ONMESSAGE, WM_WP_ONCLOSE, WM_WP_ONERROR, WM_WP_ONBUFFERFULL, WM_WP_ONBUFFERDRAIN,
	WM_WP__COUNT
};

/* The property's zval (dereferenced); write with ZEND_TRY/zval_ptr_dtor as for any slot. */
zval *wm_worker_prop(wm_worker_obj *worker, enum wm_worker_prop prop);

/* transport 'ssl': the Worker's TLS server contexts, built from its context options the
 * first time they are needed (listen() in the master, so forked workers share the ticket
 * keys); NULL for any other transport. */
struct wm_tls_server *wm_worker_tls(wm_worker_obj *worker);

/* The instance-level onWorkerExit (4.x) or NULL; Worker::$onWorkerExit is static in 5.x. */
zval *wm_worker_on_worker_exit(wm_worker_obj *worker);

/* Every Worker of this process in creation order: zend_object* values (borrowed). */
HashTable *wm_worker_registry(void);

/* The `connections` command's lines (wm_conn_describe_all()); a connection without a Worker
 * is shown under the first Worker's name. */
void wm_worker_describe_connections(smart_str *out);

/* listen(): creates the listener unless it exists, then accepts when in a worker process.
 * Throws (Workerman's wording) and returns FAILURE on a bad address or bind failure. */
zend_result wm_worker_listen(wm_worker_obj *worker);
void wm_worker_unlisten(wm_worker_obj *worker);
void wm_worker_pause_accept(wm_worker_obj *worker);
void wm_worker_resume_accept(wm_worker_obj *worker);

/* In a fresh child: forget every Worker but keep; close their listeners. */
void wm_worker_keep_only(wm_worker_obj *keep);

/* getSocketName(): lcfirst(socketName) or 'none'. Returns a new string. */
zend_string *wm_worker_get_socket_name(wm_worker_obj *worker);

/* Worker::stop(): onWorkerStop, unlisten, close connections unless graceful, null callbacks. */
void wm_worker_stop(wm_worker_obj *worker, bool force);

/* Removes unix socket files of all Workers (master, at stop). */
void wm_worker_remove_unix_files(void);

/* Worker::$eventLoopClass; sets it to the loop in use when empty (4.2.1) and returns it. */
const char *wm_worker_event_loop_class(void);

#endif
