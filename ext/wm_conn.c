/* wm_conn.c: the TcpConnection life: a socket made a connection (accepted: the values the
 * listener hands down; adopted), the one watcher per connection, close and destroy, the
 * maps and ConnectionInterface::$statistics. It never reads a Worker: wm_accept.c does.
 * Receiving is wm_conn_recv.c, sending wm_conn_send.c, properties wm_conn_props.c, PHP
 * methods wm_conn_methods.c; bytes live in wm_buffer.c, parsers in proto_*.c. PHP is
 * reached only via wm_call*(). */
#include "wm_conn_obj.h"
#include "wm_fiber.h"
#include "wm_api.h"
#include "wm_loop.h"
#include "wm_process.h"
#include "wm_log.h"
#include "wm_conn_timeout.h"
#include "ext/standard/php_var.h"
#include "zend_closures.h"
#include "ext/standard/php_math.h"

#include <errno.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/un.h>


zend_class_entry *wm_ce_ConnectionInterface;
zend_class_entry *wm_ce_TcpConnection;

/* ---- statistics ---------------------------------------------------------------------
 * The C counters are the truth (the master's status and the graceful-stop check read
 * them). Every change is also written into ConnectionInterface::$statistics, through a
 * cached pointer to the static slot and one known-hash lookup: PHP code reading the array
 * sees exact values without us rebuilding it at read points, which PHP offers no hook for.
 * During request shutdown the static members may already be gone: no mirroring then. */
static zval *wm_stats_slot;
static zend_string *wm_str_statistics, *wm_str_connection_count, *wm_str_total_request,
	*wm_str_send_fail, *wm_str_connections;
zend_string *wm_str_newline;
static zval *wm_connections_slot;

/* Where a statistics key was last found (bucket index in that table), so the per-message
 * mirror skips the hash lookup. Only a hint: used when the table is the same, the index
 * in use, and the bucket still holds the key with an int. */
typedef struct wm_stat_hint {
	HashTable *ht;
	uint32_t idx;
} wm_stat_hint;
static wm_stat_hint wm_hint_connection_count, wm_hint_total_request, wm_hint_send_fail;

/* The mirror without a usable hint: look the key up (and remember where it is). */
static zend_never_inline void wm_stat_mirror_slow(zend_string *key, zend_long value, wm_stat_hint *hint)
{
	if (UNEXPECTED(EG(flags) & EG_FLAGS_IN_SHUTDOWN)) {
		return;
	}
	if (UNEXPECTED(!wm_stats_slot)) {
		wm_stats_slot = zend_read_static_property_ex(wm_ce_ConnectionInterface, wm_str_statistics, true);
		if (!wm_stats_slot) {
			return;
		}
	}
	zval *stats = wm_stats_slot;
	ZVAL_DEREF(stats);
	if (Z_TYPE_P(stats) != IS_ARRAY) {
		return;
	}
	SEPARATE_ARRAY(stats);
	HashTable *ht = Z_ARRVAL_P(stats);
	zval *slot = zend_hash_find_known_hash(ht, key);
	if (slot) {
		zval_ptr_dtor(slot);
		ZVAL_LONG(slot, value);
		if (!HT_IS_PACKED(ht)) {
			hint->ht = ht;
			hint->idx = (uint32_t)((Bucket *)slot - ht->arData); /* val is a Bucket's first member */
		}
	} else {
		zval v;
		ZVAL_LONG(&v, value);
		zend_hash_add_new(ht, key, &v);
	}
}

/* ConnectionInterface::$statistics[key] = value, as Workerman's ++ does. */
static zend_always_inline void wm_stat_mirror(zend_string *key, zend_long value, wm_stat_hint *hint)
{
	zval *stats = wm_stats_slot;
	if (EXPECTED(stats && !(EG(flags) & EG_FLAGS_IN_SHUTDOWN))) {
		ZVAL_DEREF(stats);
		HashTable *ht;
		if (EXPECTED(Z_TYPE_P(stats) == IS_ARRAY && (ht = Z_ARRVAL_P(stats)) == hint->ht
				&& GC_REFCOUNT(ht) == 1 && !HT_IS_PACKED(ht) && hint->idx < ht->nNumUsed)) {
			Bucket *b = ht->arData + hint->idx;
			if (EXPECTED(Z_TYPE(b->val) == IS_LONG && (b->key == key
					|| (b->key && b->h == ZSTR_H(key) && zend_string_equal_content(b->key, key))))) {
				Z_LVAL(b->val) = value;
				return;
			}
		}
	}
	wm_stat_mirror_slow(key, value, hint);
}

void wm_stat_request(void)
{
	zend_long requests = (zend_long)++wm_counters->requests;
	if (UNEXPECTED(requests >= wm_counters_request_limit)) {
		wm_counters_request_limit_reached(); /* $worker->maxRequests: recycling, from a later loop turn */
	}
	wm_stat_mirror(wm_str_total_request, requests, &wm_hint_total_request);
}

void wm_stat_send_fail(void)
{
	wm_stat_mirror(wm_str_send_fail, (zend_long)++wm_counters->send_fails, &wm_hint_send_fail);
}

zend_long wm_conn_stat_connection_count(void) { return (zend_long)wm_counters->connections; }
zend_long wm_conn_stat_total_request(void) { return (zend_long)wm_counters->requests; }
zend_long wm_conn_stat_send_fail(void) { return (zend_long)wm_counters->send_fails; }

/* TcpConnection::$connections, the static array (cached slot, like the statistics). */
zval *wm_conn_all(void)
{
	if (UNEXPECTED(EG(flags) & EG_FLAGS_IN_SHUTDOWN)) {
		return NULL;
	}
	if (UNEXPECTED(!wm_connections_slot)) {
		wm_connections_slot = zend_read_static_property_ex(wm_ce_TcpConnection, wm_str_connections, true);
		if (!wm_connections_slot) {
			return NULL;
		}
	}
	zval *all = wm_connections_slot;
	ZVAL_DEREF(all);
	return all;
}

void wm_conn_map_put(zval *map, zend_long key, zend_object *obj)
{
	if (Z_TYPE_P(map) != IS_ARRAY) {
		zval_ptr_dtor(map);
		array_init(map);
	}
	SEPARATE_ARRAY(map);
	zval value;
	ZVAL_OBJ_COPY(&value, obj);
	zend_hash_index_update(Z_ARRVAL_P(map), key, &value);
}

void wm_conn_map_del(zval *map, zend_long key)
{
	if (map && Z_TYPE_P(map) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(map), key)) {
		SEPARATE_ARRAY(map);
		zend_hash_index_del(Z_ARRVAL_P(map), key);
	}
}

/* Set by the workers area (wm_accept.c): takes a closed connection out of its Worker's map. */
void (*wm_conn_forget_hook)(zend_object *owner, zend_long id);

/* ---- object life -------------------------------------------------------------------- */

static zend_long wm_conn_next_id = 1;

/* connection_count counts live TcpConnection objects (Workerman: constructor ++,
 * destructor --), so it is kept by create/free, not by sockets. */
void wm_conn_counted_new(wm_conn_obj *conn)
{
	conn->internal_id = wm_conn_next_id;
	wm_conn_next_id = wm_conn_next_id == ZEND_LONG_MAX ? 0 : wm_conn_next_id + 1;
	wm_stat_mirror(wm_str_connection_count, (zend_long)++wm_counters->connections, &wm_hint_connection_count);
}

void wm_conn_close_socket(wm_conn_obj *conn)
{
	wm_tmo_forget(conn);
	if (conn->armed) {
		wm_io_set(&conn->ev, 0);
		conn->armed = 0;
	}
	wm_transport *io = conn->io;
	conn->io = &wm_transport_plain;
	io->ops->free(io, conn->fd >= 0); /* TLS: close_notify before the fd goes */
	if (conn->fd >= 0) {
		if (conn->dup_fd) {
			shutdown(conn->fd, SHUT_RDWR); /* the app's stream still holds the socket: tell the peer now */
		}
		close(conn->fd);
		conn->fd = -1;
	}
}

void wm_conn_free_resources(wm_conn_obj *conn)
{
	wm_conn_close_socket(conn);
	wm_conn_free_pstate(conn);
	wm_rbuf_free(conn->rbuf);
	conn->rbuf = NULL;
	wm_sendq_free(conn->sendq);
	conn->sendq = NULL;
	wm_stat_mirror(wm_str_connection_count, (zend_long)--wm_counters->connections, &wm_hint_connection_count);
	if (wm_counters->connections == 0) {
		wm_process_connections_drained();
	}
}

/* ---- the watcher -------------------------------------------------------------------- */

static void wm_conn_on_event(int fd, short what, void *arg);

/* One reactor watcher per connection, set to the directions currently wanted. */
void wm_conn_arm(wm_conn_obj *conn)
{
	uint8_t want = 0;
	if (conn->status == WM_CONN_CONNECTING) {
		return; /* an AsyncTcpConnection's connect watcher owns the event until connected */
	}
	if (conn->status != WM_CONN_CLOSED && conn->fd >= 0) {
		if (!conn->paused && !conn->fiber_parked && conn->status >= WM_CONN_ESTABLISHED) {
			want |= WM_IO_READ;
		}
		if (conn->sendq && !conn->deferred) {
			want |= WM_IO_WRITE;
		}
		if (UNEXPECTED(conn->io->ops->arm)) {
			want = conn->io->ops->arm(conn->io, want); /* TLS: handshake / other-direction waits */
		}
	}
	if (want == conn->armed) {
		return;
	}
	if (!conn->armed) {
		/* The connect and proxy watchers use the same struct with callbacks of their own. */
		wm_io_init(&conn->ev, conn->fd, wm_conn_on_event, conn);
	}
	conn->armed = wm_io_set(&conn->ev, want) ? want : 0;
	if (UNEXPECTED(conn->io->ops->buffered) && (conn->armed & WM_IO_READ) && conn->io->ops->buffered(conn->io)) {
		wm_io_wake(&conn->ev, WM_IO_READ); /* TLS: plaintext already inside the session */
	}
}

/* ---- calling PHP -------------------------------------------------------------------- */

/* Calls callback(conn[, extra...]) if it is set. The callable is copied first (user code
 * may replace it while it runs) and the object is kept alive across the call. */
/* 5.x's $connection->errorHandler (a dynamic property here: one pointer test when a connection
 * has none). Copies it into out; false (out UNDEF) when unset or falsy. */
bool wm_conn_error_handler(zend_object *obj, zval *out)
{
	ZVAL_UNDEF(out);
	zval *handler = obj->properties
		? zend_hash_str_find_ind(obj->properties, "errorHandler", sizeof("errorHandler") - 1) : NULL;
	if (!handler || !zend_is_true(handler)) {
		return false;
	}
	ZVAL_COPY_DEREF(out, handler);
	return true;
}

/* The callback with 5.x's error(): its Throwable goes to the errorHandler of that moment, read
 * after the throw (whose own exception ends the worker), or to stopAll(250) when there is none. */
static zend_result wm_conn_call_with_handler(wm_conn_obj *conn, zval *callable, uint32_t argc, zval *argv)
{
	zend_object *caught;
	if (wm_call_catch(callable, NULL, argc, argv, &caught) == FAILURE) {
		return FAILURE;
	}
	if (!caught) {
		return SUCCESS;
	}
	zval exception, handler;
	ZVAL_OBJ(&exception, caught);
	if (!wm_conn_error_handler(&conn->std, &handler)) {
		zend_throw_exception_object(&exception); /* takes the reference */
		wm_call_failed();
		return FAILURE;
	}
	zend_result rc = wm_call(&handler, NULL, 1, &exception);
	zval_ptr_dtor(&handler);
	zval_ptr_dtor(&exception);
	return rc;
}

zend_result wm_conn_emit(wm_conn_obj *conn, zval *callback, uint32_t extra_argc, zval *extra)
{
	if (Z_TYPE_P(callback) == IS_NULL) {
		return SUCCESS;
	}
	zval callable, args[3];
	/* A closure needs no copy: wm_call holds it for the call on either of its paths (the
	 * frame's ZEND_CALL_CLOSURE, or a reference around php-src's call). */
	bool closure = Z_TYPE_P(callback) == IS_OBJECT && Z_OBJCE_P(callback) == zend_ce_closure;
	if (closure) {
		ZVAL_OBJ(&callable, Z_OBJ_P(callback));
	} else {
		ZVAL_COPY(&callable, callback);
	}
	ZVAL_OBJ_COPY(&args[0], &conn->std);
	for (uint32_t i = 0; i < extra_argc; i++) {
		ZVAL_COPY_VALUE(&args[i + 1], &extra[i]);
	}
	zend_result rc = wm_api_major == 5
		? wm_conn_call_with_handler(conn, &callable, 1 + extra_argc, args)
		: wm_call(&callable, NULL, 1 + extra_argc, args);
	if (!closure) {
		zval_ptr_dtor(&callable);
	}
	OBJ_RELEASE(&conn->std);
	return rc;
}

zval *wm_conn_extra_cb(wm_conn_obj *conn, bool drain)
{
	return wm_conn_sh(conn, drain ? WM_SH_ON_BUFFER_DRAIN : WM_SH_ON_BUFFER_FULL);
}

zend_result wm_conn_emit_error(wm_conn_obj *conn, const char *msg, size_t len)
{
	zval args[2];
	ZVAL_LONG(&args[0], 2); /* WORKERMAN_SEND_FAIL */
	ZVAL_STRINGL(&args[1], msg, len);
	zend_result rc = wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_ERROR), 2, args);
	zval_ptr_dtor(&args[1]);
	return rc;
}

wm_proto_kind wm_conn_proto(wm_conn_obj *conn)
{
	if (UNEXPECTED(conn->proto_kind == WM_PROTO_UNRESOLVED)) {
		conn->proto_kind = (uint8_t)wm_protocol_lookup(wm_conn_sh(conn, WM_SH_PROTOCOL), &conn->proto_cls);
	}
	return (wm_proto_kind)conn->proto_kind;
}

/* Calls a static method of the connection's user protocol with (arg, $connection). */
zend_result wm_conn_call_proto(wm_conn_obj *conn, zend_function *fn, const char *name, zval *arg,
	zval *retval, bool swallow)
{
	if (!conn->proto_cls) {
		wm_protocol_throw_missing(wm_conn_sh(conn, WM_SH_PROTOCOL));
		return wm_call_function(NULL, NULL, NULL, retval, 0, NULL, swallow);
	}
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(conn->proto_cls->ce->name), name);
		return wm_call_function(NULL, NULL, NULL, retval, 0, NULL, swallow);
	}
	zval args[2];
	ZVAL_COPY_VALUE(&args[0], arg);
	ZVAL_OBJ(&args[1], &conn->std);
	GC_ADDREF(&conn->std);
	zend_result rc = wm_call_function(fn, NULL, conn->proto_cls->ce, retval, 2, args, swallow);
	OBJ_RELEASE(&conn->std);
	return rc;
}

/* ---- one readiness event: write, then read ------------------------------------------------ */

static void wm_conn_handle_event(wm_conn_obj *conn, short what)
{
	what = wm_conn_io_event(conn, what); /* the transport first: a TLS handshake step */
	if (what & WM_IO_WRITE) {
		wm_conn_handle_write(conn);
	}
	if ((what & WM_IO_READ) && (conn->armed & WM_IO_READ) && !wm_exiting()) {
		wm_conn_handle_read(conn);
	}
}

/* ---- Fiber mode ---------------------------------------------------------------------------- */

/* In task->what of a connection's task: its park stopped the connection's reading. */
#define WM_CONN_TASK_HOLDS_READ 0x4000

/* A callback suspended inside this connection's read (or onConnect): the shared read buffer
 * goes back, the send batch ends (its bytes leave on the write event instead of waiting for a
 * dispatch that is now suspended), and when the protocol asks for it (HTTP, a WebSocket before
 * its handshake) the connection reads nothing until the callback returns, so the next message
 * cannot overtake it; other protocols let it in, as Workerman 5 + Revolt does. */
static void wm_conn_fiber_park(wm_fiber_task *task)
{
	wm_conn_obj *conn = task->arg;
	if (wm_rbuf_is_scratch(conn->rbuf)) {
		conn->rbuf = wm_rbuf_settle(conn->rbuf); /* the shared read buffer is for the next read */
	}
	if (conn->batching) {
		/* The batch ends here: its bytes leave on the write event (a fiber of its own: a send
		 * error's onError/onClose must not run out here, where nothing may suspend). */
		conn->batching = 0;
		conn->deferred = 0;
	}
	const wm_builtin_proto *builtin = wm_protocol_builtin(wm_conn_proto(conn));
	if (builtin && builtin->fiber_park && builtin->fiber_park(conn) && !conn->fiber_parked) {
		conn->fiber_parked = 1;
		task->what |= WM_CONN_TASK_HOLDS_READ;
	}
	wm_conn_arm(conn);
}

static void wm_conn_fiber_unpark(wm_fiber_task *task, wm_conn_obj *conn)
{
	if (task->what & WM_CONN_TASK_HOLDS_READ) {
		conn->fiber_parked = 0;
		wm_conn_arm(conn);
	}
}

static void wm_conn_event_task(wm_fiber_task *task)
{
	wm_conn_obj *conn = task->arg;
	GC_ADDREF(&conn->std);
	wm_conn_handle_event(conn, task->what & (WM_IO_READ | WM_IO_WRITE));
	wm_conn_fiber_unpark(task, conn);
	OBJ_RELEASE(&conn->std);
}

static void wm_conn_on_event_in_fiber(wm_conn_obj *conn, short what)
{
	if (conn->fiber_parked) {
		what &= ~WM_IO_READ; /* queued before the park disarmed it */
	}
	if (!what) {
		return;
	}
	wm_fiber_task task = {0};
	task.run = wm_conn_event_task;
	task.on_park = (what & WM_IO_READ) ? wm_conn_fiber_park : NULL;
	task.arg = conn;
	task.what = what;
	wm_fiber_start(&task);
}

/* onConnect(conn), the callable copied first (the call may replace the Worker's). */
static void wm_conn_call_on_connect(wm_conn_obj *conn, zval *on_connect)
{
	zval callable, conn_zv;
	ZVAL_COPY(&callable, on_connect);
	ZVAL_OBJ_COPY(&conn_zv, &conn->std);
	wm_call(&callable, NULL, 1, &conn_zv);
	zval_ptr_dtor(&callable);
	zval_ptr_dtor(&conn_zv);
}

/* onConnect in its own fiber; the connection reads only once it has returned. arg2 is the
 * Worker's callable, read before anything can suspend (a fiber starts synchronously). */
static void wm_conn_connect_task(wm_fiber_task *task)
{
	wm_conn_obj *conn = task->arg;
	GC_ADDREF(&conn->std);
	wm_conn_call_on_connect(conn, task->arg2);
	wm_conn_fiber_unpark(task, conn);
	OBJ_RELEASE(&conn->std);
}

static void wm_conn_emit_connect(wm_conn_obj *conn, zval *on_connect)
{
	if (UNEXPECTED(wm_fiber_mode) && !EG(active_fiber)) {
		wm_fiber_task task = {0};
		task.run = wm_conn_connect_task;
		task.on_park = wm_conn_fiber_park;
		task.arg = conn;
		task.arg2 = on_connect;
		wm_fiber_start(&task);
		return;
	}
	wm_conn_call_on_connect(conn, on_connect);
}

/* ---- the watcher callback -------------------------------------------------------------- */

static void wm_conn_on_event(int fd, short what, void *arg)
{
	wm_conn_obj *conn = arg;
	if (UNEXPECTED(wm_fiber_mode) && !EG(active_fiber)) {
		wm_conn_on_event_in_fiber(conn, what);
		return;
	}
	GC_ADDREF(&conn->std);
	wm_conn_handle_event(conn, what);
	OBJ_RELEASE(&conn->std);
}

/* ---- close and destroy --------------------------------------------------------------- */

void wm_conn_close(wm_conn_obj *conn, zval *data, bool raw)
{
	if (conn->status == WM_CONN_CONNECTING || conn->status == WM_CONN_INITIAL) {
		wm_conn_destroy(conn);
		return;
	}
	if (conn->status == WM_CONN_CLOSING || conn->status == WM_CONN_CLOSED) {
		return;
	}
	GC_ADDREF(&conn->std);
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send(conn, data, raw);
		if (EG(exception) || conn->status == WM_CONN_CLOSED) {
			OBJ_RELEASE(&conn->std);
			return;
		}
	}
	conn->status = WM_CONN_CLOSING;
	if (conn->sendq && conn->deferred) {
		if (conn->io->ops->writes_from_watcher) {
			conn->deferred = 0; /* TLS: 4.x writes ssl bytes from the write watcher, then destroys */
		} else {
			wm_conn_flush_now(conn);
		}
	}
	if (conn->status == WM_CONN_CLOSING) {
		if (!conn->sendq) {
			wm_conn_destroy(conn);
		} else {
			conn->paused = 1;
			wm_conn_arm(conn);
		}
	}
	OBJ_RELEASE(&conn->std);
}

/* Workerman's destroy(): watchers off, socket closed, CLOSED, onClose once, then the
 * protocol's static onClose; callbacks and map entries go only if still CLOSED (an
 * AsyncTcpConnection may reconnect from onClose). */
void wm_conn_destroy(wm_conn_obj *conn)
{
	if (conn->status == WM_CONN_CLOSED) {
		return;
	}
	if (conn->sendq && conn->deferred) {
		wm_conn_flush_deferred(conn, true); /* Workerman had written these in send() */
	}
	wm_conn_close_socket(conn);
	if (UNEXPECTED(wm_conn_is_async(conn))) {
		wm_async_stop_lookup(conn);
	}
	conn->status = WM_CONN_CLOSED;
	GC_ADDREF(&conn->std);
	if (wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_CLOSE), 0, NULL) == SUCCESS
		&& wm_conn_proto(conn) == WM_PROTO_USER && conn->proto_cls && conn->proto_cls->on_close) {
		zval arg;
		ZVAL_OBJ(&arg, &conn->std);
		GC_ADDREF(&conn->std);
		wm_call_function(conn->proto_cls->on_close, NULL, conn->proto_cls->ce, NULL, 1, &arg, false);
		OBJ_RELEASE(&conn->std);
	}
	wm_conn_free_pstate(conn);
	wm_rbuf_free(conn->rbuf);
	conn->rbuf = NULL;
	wm_sendq_free(conn->sendq);
	conn->sendq = NULL;
	conn->paused = conn->deferred = 0;
	if (conn->status == WM_CONN_CLOSED) {
		zval worker;
		ZVAL_COPY(&worker, wm_conn_sh(conn, WM_SH_WORKER));
		for (int slot = WM_SH_ON_MESSAGE; slot < WM_SH__COUNT; slot++) {
			if (Z_TYPE_P(wm_conn_sh(conn, slot)) != IS_NULL) {
				zval null_value;
				ZVAL_NULL(&null_value);
				wm_conn_sh_set(conn, slot, &null_value);
			}
		}
		if (Z_TYPE(worker) == IS_OBJECT && wm_conn_forget_hook) {
			wm_conn_forget_hook(Z_OBJ(worker), conn->internal_id); /* kept alive by the copy above */
		}
		zval_ptr_dtor(&worker);
		wm_conn_map_del(wm_conn_all(), conn->internal_id);
		if (conn->held) {
			conn->held = 0;
			OBJ_RELEASE(&conn->std);
		}
	}
	OBJ_RELEASE(&conn->std);
}

/* [5] end(): once the queue is flushed, half-close and give the peer lingerTimeout
 * seconds (TcpConnection::$defaultLingerTimeout, or the connection's own lingerTimeout
 * property) before closing; the peer's EOF closes it earlier. */
/* Connections waiting for their linger timeout, each holding the reference its one-shot timer
 * owns: a process that exits inside that window never runs the timer, so RSHUTDOWN releases
 * what is still listed. */
static wm_conn_obj **wm_lingering;
static size_t wm_lingering_count, wm_lingering_cap;

static void wm_lingering_add(wm_conn_obj *conn)
{
	if (wm_lingering_count == wm_lingering_cap) {
		wm_lingering_cap = wm_lingering_cap ? wm_lingering_cap * 2 : 16;
		wm_lingering = erealloc(wm_lingering, wm_lingering_cap * sizeof(*wm_lingering));
	}
	wm_lingering[wm_lingering_count++] = conn;
}

static void wm_lingering_remove(wm_conn_obj *conn)
{
	for (size_t i = 0; i < wm_lingering_count; i++) {
		if (wm_lingering[i] == conn) {
			wm_lingering[i] = wm_lingering[--wm_lingering_count];
			return;
		}
	}
}

static void wm_lingering_rshutdown(void)
{
	while (wm_lingering_count) {
		wm_conn_obj *conn = wm_lingering[--wm_lingering_count];
		OBJ_RELEASE(&conn->std);
	}
	if (wm_lingering) {
		efree(wm_lingering);
		wm_lingering = NULL;
	}
	wm_lingering_cap = 0;
}

static void wm_conn_linger_done(int fd, short what, void *arg)
{
	if (wm_fiber_divert(wm_conn_linger_done, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	wm_conn_obj *conn = arg;
	wm_lingering_remove(conn);
	if (conn->status == WM_CONN_ENDING && !wm_exiting()) {
		wm_conn_close(conn, NULL, false);
	}
	OBJ_RELEASE(&conn->std);
}

void wm_conn_end_flushed(wm_conn_obj *conn)
{
	if (conn->fd < 0) {
		return;
	}
	shutdown(conn->fd, SHUT_WR);
	zval *linger = NULL;
	if (conn->std.properties) {
		linger = zend_hash_str_find_deref(conn->std.properties, "lingerTimeout", sizeof("lingerTimeout") - 1);
	}
	if (!linger) {
		linger = zend_read_static_property(wm_ce_TcpConnection, "defaultLingerTimeout", sizeof("defaultLingerTimeout") - 1, true);
	}
	double seconds = linger ? zval_get_double(linger) : 1.0;
	if (seconds <= 0) {
		wm_conn_close(conn, NULL, false);
		return;
	}
	struct timeval tv;
	tv.tv_sec = (time_t)seconds;
	tv.tv_usec = (suseconds_t)((seconds - (double)tv.tv_sec) * 1e6);
	GC_ADDREF(&conn->std);
	if (event_base_once(wm_loop_base(), -1, EV_TIMEOUT, wm_conn_linger_done, conn, &tv) != 0) {
		OBJ_RELEASE(&conn->std);
		wm_conn_close(conn, NULL, false);
		return;
	}
	wm_lingering_add(conn);
}

void wm_conn_end(wm_conn_obj *conn, zval *data, bool raw)
{
	if (conn->status == WM_CONN_CONNECTING || conn->status == WM_CONN_INITIAL) {
		wm_conn_destroy(conn);
		return;
	}
	if (conn->status != WM_CONN_ESTABLISHED) {
		return;
	}
	GC_ADDREF(&conn->std);
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send(conn, data, raw);
	}
	if (!EG(exception) && conn->status == WM_CONN_ESTABLISHED) {
		conn->status = WM_CONN_ENDING;
		wm_rbuf_free(conn->rbuf);
		conn->rbuf = NULL;
		if (conn->sendq && conn->deferred) {
			wm_conn_flush_now(conn);
		}
		if (conn->status == WM_CONN_ENDING && !conn->sendq) {
			wm_conn_end_flushed(conn);
		}
	}
	OBJ_RELEASE(&conn->std);
}

/* ---- accept ----------------------------------------------------------------------------- */

void wm_conn_store_peer(wm_conn_obj *conn, const struct sockaddr *peer, socklen_t len)
{
	conn->peer_family = (uint8_t)peer->sa_family;
	if (peer->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)peer;
		conn->peer_port = ntohs(in->sin_port);
		memcpy(conn->peer_addr, &in->sin_addr, 4);
	} else if (peer->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)peer;
		conn->peer_port = ntohs(in6->sin6_port);
		conn->peer_mapped = IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr);
		if (conn->peer_mapped) {
			memcpy(conn->peer_addr, &in6->sin6_addr.s6_addr[12], 4);
		} else {
			memcpy(wm_conn_get_extra(conn)->peer_addr6, &in6->sin6_addr, 16);
		}
	} else if (peer->sa_family != AF_UNIX) {
		conn->peer_family = 0;
	}
}

wm_conn_obj *wm_conn_accepted_new(int fd, const struct sockaddr *peer, socklen_t peer_len,
	const wm_conn_origin *origin)
{
	zval conn_zv;
	object_init_ex(&conn_zv, wm_ce_TcpConnection);
	wm_conn_obj *conn = wm_conn_from_obj(Z_OBJ(conn_zv));
	conn->fd = fd;
	conn->status = WM_CONN_ESTABLISHED;
	wm_counters->accepted++;
	wm_conn_store_peer(conn, peer, peer_len);

	zval *all = wm_conn_all();
	if (all) {
		wm_conn_map_put(all, conn->internal_id, &conn->std);
	}
	wm_conn_map_put(origin->connections, conn->internal_id, &conn->std);

	/* Copied at accept time, as Workerman does: later changes to the Worker's callbacks
	 * do not reach existing connections. */
	wm_conn_sh_from_origin(conn, origin);
	zval *transport = origin->transport;
	if (Z_TYPE_P(transport) == IS_STRING && !zend_string_equals(Z_STR_P(transport), wm_conn_transport(conn))) {
		wm_conn_set_transport(conn, zend_string_copy(Z_STR_P(transport)));
	}
	return conn; /* conn_zv's reference, now the caller's */
}

void wm_conn_accepted_start(wm_conn_obj *conn, zval *on_connect)
{
	wm_tmo_first(conn); /* a client that connects and stalls is not kept forever */
	/* The watcher keeps the connection alive until destroy(), like Workerman's loop
	 * holding [$this, 'baseRead']. */
	conn->held = 1;
	GC_ADDREF(&conn->std);
	wm_conn_arm(conn);

	if (Z_TYPE_P(on_connect) != IS_NULL) {
		wm_conn_emit_connect(conn, on_connect);
	}
	OBJ_RELEASE(&conn->std);
}

void wm_conn_adopt(wm_conn_obj *conn, int fd)
{
	conn->fd = fd;
	conn->dup_fd = 1;
	conn->status = WM_CONN_ESTABLISHED;
	struct sockaddr_storage peer;
	socklen_t peer_len = sizeof(peer);
	if (getpeername(fd, (struct sockaddr *) &peer, &peer_len) == 0) {
		wm_conn_store_peer(conn, (struct sockaddr *) &peer, peer_len);
	}
	zval *all = wm_conn_all();
	if (all) {
		wm_conn_map_put(all, conn->internal_id, &conn->std);
	}
	conn->held = 1;
	GC_ADDREF(&conn->std);
	wm_conn_arm(conn);
}

/* ---- start-up ----------------------------------------------------------------------------- */

void wm_conn_core_minit(void)
{
	wm_str_statistics = zend_string_init_interned("statistics", sizeof("statistics") - 1, 1);
	wm_str_connection_count = zend_string_init_interned("connection_count", sizeof("connection_count") - 1, 1);
	wm_str_total_request = zend_string_init_interned("total_request", sizeof("total_request") - 1, 1);
	wm_str_send_fail = zend_string_init_interned("send_fail", sizeof("send_fail") - 1, 1);
	wm_str_connections = zend_string_init_interned("connections", sizeof("connections") - 1, 1);
	wm_str_newline = zend_string_init_interned("\n", 1, 1);
	wm_conn_turn_minit();
}

void wm_conn_rinit(void)
{
	wm_stats_slot = NULL;
	memset(&wm_hint_connection_count, 0, sizeof(wm_stat_hint));
	memset(&wm_hint_total_request, 0, sizeof(wm_stat_hint));
	memset(&wm_hint_send_fail, 0, sizeof(wm_stat_hint));
	wm_connections_slot = NULL;
	zval stats;
	array_init(&stats);
	/* Our interned keys: wm_stat_mirror()'s hint then matches them by pointer. */
	zval v;
	ZVAL_LONG(&v, (zend_long)wm_counters->connections);
	zend_hash_add_new(Z_ARRVAL(stats), wm_str_connection_count, &v);
	ZVAL_LONG(&v, (zend_long)wm_counters->requests);
	zend_hash_add_new(Z_ARRVAL(stats), wm_str_total_request, &v);
	add_assoc_long(&stats, "throw_exception", 0);
	ZVAL_LONG(&v, (zend_long)wm_counters->send_fails);
	zend_hash_add_new(Z_ARRVAL(stats), wm_str_send_fail, &v);
	zend_update_static_property(wm_ce_ConnectionInterface, "statistics", sizeof("statistics") - 1, &stats);
	zval_ptr_dtor(&stats);
}

void wm_conn_rshutdown(void)
{
	wm_conn_turn_rshutdown();
	wm_lingering_rshutdown();
	wm_tmo_rshutdown();
	wm_stats_slot = NULL;
	wm_connections_slot = NULL;
	wm_protocol_rshutdown();
	wm_conn_sh_rshutdown();
	wm_buffer_rshutdown();
}
