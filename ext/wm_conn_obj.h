/* wm_conn_obj.h: the TcpConnection C struct and what the connection files (wm_conn.c,
 * wm_conn_props.c, wm_conn_methods.c) share. Not for other areas: they use wm_conn.h.
 * Memory matters here (idle connections by the hundred thousand): C fields only, one
 * embedded libevent watcher, buffers allocated only while they hold data. */
#ifndef WM_CONN_OBJ_H
#define WM_CONN_OBJ_H

#include "wm_private.h"
#include "wm_conn.h"
#include "wm_buffer.h"
#include "wm_protocol.h"
#include "wm_metrics_counters.h"
#include "wm_transport.h"
#include <event2/event.h>
#include <event2/event_struct.h>
#include <sys/uio.h>

/* Status values of 5.x (the stub's constants): user code compares with the constants. */
#define WM_CONN_INITIAL 0
#define WM_CONN_CONNECTING 1
#define WM_CONN_ESTABLISHED 2
#define WM_CONN_ENDING 4
#define WM_CONN_CLOSING 8
#define WM_CONN_CLOSED 16

/* Rarely set per-connection state, allocated on first use. */
typedef struct wm_conn_extra {
	zval context;         /* stdClass for protocol state, made on first read */
	zval headers;         /* [5] array, made on first read */
} wm_conn_extra;

/* The values a connection copies from its Worker at accept time. All connections accepted
 * with the same values share one packed PHP array (refcounted, copy-on-write: a write to
 * one connection's callback separates it), so an idle connection carries one zval for
 * seven. Being a PHP array, the GC sees the sharing correctly through get_gc. */
enum wm_conn_shared_slot {
	WM_SH_WORKER, WM_SH_PROTOCOL, WM_SH_ON_MESSAGE, WM_SH_ON_CLOSE, WM_SH_ON_ERROR,
	WM_SH_ON_BUFFER_FULL, WM_SH_ON_BUFFER_DRAIN, WM_SH__COUNT
};

typedef struct wm_conn_obj {
	struct event ev;          /* the one watcher, re-armed for EV_READ and/or EV_WRITE */
	zval id;                  /* public and writable (GatewayWorker replaces it) */
	zval shared;              /* packed array: worker, protocol (class name string as
	                           * given, or null) and the callbacks, see above */
	zend_string *transport;   /* 'tcp' (interned) unless changed */
	wm_conn_extra *extra;
	wm_rbuf *rbuf;            /* NULL while nothing is buffered */
	wm_sendq *sendq;          /* NULL while nothing is queued */
	const wm_proto_class *proto_cls;
	struct wm_proto_state *pstate; /* built-in protocol state (HTTP, WebSocket), while needed */
	wm_transport *io;         /* how bytes cross the socket: &wm_transport_plain, or the TLS
	                           * session of a transport 'ssl' connection (wm_conn_io.c) */
	zend_long internal_id;    /* key in $worker->connections and TcpConnection::$connections */
	zend_long bytes_read;
	zend_long bytes_written;
	zend_long max_send_buffer_size;
	zend_long max_package_size;
	int fd;
	uint8_t status;
	uint8_t proto_kind;       /* wm_proto_kind, resolved lazily from protocol */
	uint8_t armed;            /* EV_READ|EV_WRITE currently added; 0 = not added */
	uint8_t paused : 1;       /* pauseRecv() */
	uint8_t batching : 1;     /* inside the dispatch of one read: send() defers */
	uint8_t deferred : 1;     /* sendq holds only deferred batch bytes, never tried */
	uint8_t held : 1;         /* the watcher holds a reference to the object */
	uint8_t dup_fd : 1;       /* fd is a dup of a PHP stream's socket (hand-built, 5.x) */
	uint8_t draining : 1;     /* its worker stops: ends after its next reply (wm_conn_timeout.c) */
	uint8_t fiber_parked : 1; /* Fiber mode: a read callback of it is suspended; no reading */
	uint8_t peer_family;      /* AF_INET, AF_INET6, AF_UNIX or 0 */
	uint8_t tmo_kind;         /* wm_tmo_kind: the wait list it is in (wm_conn_timeout.c) */
	uint16_t peer_port;
	uint8_t peer_addr[16];
	/* Its place in a wait list (wm_conn_timeout.c); these fit in the allocation's slack,
	 * an idle connection costs no more memory for them. */
	struct wm_conn_obj *tmo_prev, *tmo_next;
	uint32_t tmo_since;       /* tick the wait began */
	uint32_t tmo_written;     /* bytes sent or queued then (low bits): a reply streamed since is activity */
	zend_object std;
} wm_conn_obj;

static inline wm_conn_obj *wm_conn_from_obj(zend_object *obj)
{
	return (wm_conn_obj *)((char *)obj - XtOffsetOf(wm_conn_obj, std));
}

extern zend_object_handlers wm_conn_handlers;

/* AsyncTcpConnection (wm_conn_async.c): the same struct inside a larger object, so it has
 * its own handlers (offset, free_obj, get_gc); everything else is TcpConnection's. */
extern zend_object_handlers wm_async_handlers;

static inline bool wm_conn_is_conn(const zend_object *obj)
{
	return obj->handlers == &wm_conn_handlers || obj->handlers == &wm_async_handlers;
}

/* The connection behind a zval (a TcpConnection or AsyncTcpConnection object), else NULL:
 * protocol statics called from PHP may be handed any value. */
static inline wm_conn_obj *wm_conn_from_zval(zval *zv)
{
	return Z_TYPE_P(zv) == IS_OBJECT && wm_conn_is_conn(Z_OBJ_P(zv)) ? wm_conn_from_obj(Z_OBJ_P(zv)) : NULL;
}

static inline bool wm_conn_is_async(const wm_conn_obj *conn)
{
	return conn->std.handlers == &wm_async_handlers;
}

/* Workerman's remote address of an AsyncTcpConnection while it has no IP peer ('host:port'
 * before connecting, the path of a unix socket): a new string, or NULL. */
zend_string *wm_async_remote_address(const wm_conn_obj *conn);
/* Cancels a host name lookup still under way for it (destroy() while connecting). */
void wm_async_stop_lookup(wm_conn_obj *conn);

/* The bytes send() is asked to write: up to two string references (data, framing). */
typedef struct wm_pieces {
	zend_string *str[2];
	int count;
	size_t len;
} wm_pieces;

/* Takes the reference (an empty string is released, not added). */
void wm_pieces_add(wm_pieces *p, zend_string *s);
void wm_pieces_release(wm_pieces *p);

/* Per-connection state of a built-in protocol (HTTP request in progress, WebSocket
 * handshake/fragments/deflate). Each protocol embeds this first in its own struct. free()
 * runs after onClose (destroy(): the protocol starts afresh on reconnect()) and when the
 * object is freed; the caller then sets conn->pstate = NULL. */
typedef struct wm_proto_state {
	void (*free)(struct wm_conn_obj *conn, struct wm_proto_state *st);
} wm_proto_state;

/* A protocol implemented in C end to end (wm_protocol_builtin() gives the table):
 * dispatch replaces the generic package loop of wm_conn_recv.c for one read (it runs
 * inside the send batch; it must stop when the connection is paused, closing or closed,
 * and count total_request per message); encode is send()'s framing (FAILURE = exception
 * pending; *empty: nothing to write, send() returns null); on_connect runs for an
 * AsyncTcpConnection after the user's onConnect (Ws sends its handshake there).
 * fiber_park (may be NULL) runs in Fiber mode when a callback inside the dispatch suspended:
 * the protocol gives up what it keeps process-wide for the message under way, and returns
 * true when the connection must read nothing more until that callback returns (its messages
 * stay in order); false lets the next message in, as Workerman 5 + Revolt does. */
typedef struct wm_builtin_proto {
	void (*dispatch)(struct wm_conn_obj *conn);
	zend_result (*encode)(struct wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty);
	void (*on_connect)(struct wm_conn_obj *conn);
	bool (*fiber_park)(struct wm_conn_obj *conn);
} wm_builtin_proto;

extern const wm_builtin_proto wm_proto_http;      /* ext/http/wm_http_proto.c */
extern const wm_builtin_proto wm_proto_websocket; /* ext/ws/wm_ws_server.c */
extern const wm_builtin_proto wm_proto_ws;        /* ext/ws/wm_ws_client.c */

static inline const wm_builtin_proto *wm_protocol_builtin(wm_proto_kind kind)
{
	switch (kind) {
		case WM_PROTO_HTTP: return &wm_proto_http;
		case WM_PROTO_WEBSOCKET: return &wm_proto_websocket;
		case WM_PROTO_WS: return &wm_proto_ws;
		default: return NULL;
	}
}

/* Low-level I/O of a connection through its transport (wm_transport.h). Same contract as
 * readv/writev: -1 with errno (EAGAIN also when TLS wants the other direction; the session
 * asks for the re-arm itself). */
static inline ssize_t wm_conn_io_readv(struct wm_conn_obj *conn, struct iovec *iov, int count)
{
	return conn->io->ops->readv(conn->io, conn->fd, iov, count);
}

static inline ssize_t wm_conn_io_writev(struct wm_conn_obj *conn, const struct iovec *iov, int count)
{
	return conn->io->ops->writev(conn->io, conn->fd, iov, count);
}

/* The transport's part when the watcher fired (wm_conn_io.c): a handshake step's outcome
 * acted on (arm, destroy, onSslHandshake); returns the directions to handle now (0: none). */
short wm_conn_io_outcome(struct wm_conn_obj *conn, int outcome);
static inline short wm_conn_io_event(struct wm_conn_obj *conn, short what)
{
	if (EXPECTED(!conn->io->ops->on_event)) {
		return what;
	}
	int rc = conn->io->ops->on_event(conn->io, what);
	return rc < WM_TRANSPORT_WAITING ? (short)rc : wm_conn_io_outcome(conn, rc);
}

/* transport 'ssl': a server session at accept (srv: the Worker's contexts, wm_worker_tls();
 * its handshake runs from the watcher), a client session after an AsyncTcpConnection
 * connected, with its first handshake step (done at once: onSslHandshake runs; FAILURE: it
 * failed, printed, and the caller destroys). */
struct wm_tls_server;
void wm_conn_io_tls_server(struct wm_conn_obj *conn, struct wm_tls_server *srv);
zend_result wm_conn_io_tls_client(struct wm_conn_obj *conn, zval *context_option, zend_string *host);

/* Reads one shared slot (borrowed). */
static inline zval *wm_conn_sh(wm_conn_obj *conn, int slot)
{
	return &Z_ARRVAL(conn->shared)->arPacked[slot];
}

/* Makes the shared array this connection's own, then stores value (copied) in slot. */
void wm_conn_sh_set(wm_conn_obj *conn, int slot, zval *value);
/* The array of nulls new connections start with (shared). */
void wm_conn_sh_init(wm_conn_obj *conn);
/* At accept: the Worker's current values, shared with earlier connections when equal. */
void wm_conn_sh_from_worker(wm_conn_obj *conn, wm_worker_obj *worker);
void wm_conn_sh_rshutdown(void);

/* Interned names (wm_conn_props.c). */
extern zend_string *wm_str_tcp;
extern zend_string *wm_str_newline; /* Text's framing, queued by reference */

wm_conn_extra *wm_conn_get_extra(wm_conn_obj *conn);
void wm_conn_props_minit(void);
zend_object *wm_conn_create(zend_class_entry *ce);
/* create_object's work on an already allocated object (AsyncTcpConnection embeds the struct). */
void wm_conn_init(wm_conn_obj *conn, zend_class_entry *ce);

/* Core (wm_conn.c). */
void wm_conn_core_minit(void);
void wm_conn_counted_new(wm_conn_obj *conn);
/* Keeps the peer's address (IPv4/IPv6; AF_UNIX only as the family). */
void wm_conn_store_peer(wm_conn_obj *conn, const struct sockaddr *peer, socklen_t len);
/* new TcpConnection($loop, $socket): fd (a dup of the PHP stream's, now ours) becomes a live
 * connection on the loop without a worker, listed in TcpConnection::$connections. */
void wm_conn_adopt(wm_conn_obj *conn, int fd);
/* Puts/removes the connection in an id-keyed map (TcpConnection::$connections). */
void wm_conn_map_put(zval *map, zend_long key, zend_object *obj);
typedef enum wm_send_result { WM_SEND_FALSE, WM_SEND_NULL, WM_SEND_TRUE } wm_send_result;
wm_send_result wm_conn_send(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_close(wm_conn_obj *conn, zval *data, bool raw);
/* [5] end(): send, ENDING, half-close once flushed, close after lingerTimeout. */
void wm_conn_end(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_end_flushed(wm_conn_obj *conn);
/* send(), close(), end() as $connection->...() from PHP protocol code: a PHP subclass's
 * override when the object has one (wm_conn_methods.c), else the engine above. For the
 * protocol statics PHP code calls; the server's own paths use the engine directly. */
void wm_conn_php_send(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_php_close(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_php_end(wm_conn_obj *conn, zval *data, bool raw);
bool wm_conn_overrides_send(wm_conn_obj *conn);
void wm_conn_destroy(wm_conn_obj *conn);
void wm_conn_pause(wm_conn_obj *conn);
void wm_conn_resume(wm_conn_obj *conn);
void wm_conn_consume(wm_conn_obj *conn, zend_long n);
size_t wm_conn_send_queue_size(const wm_conn_obj *conn);
wm_proto_kind wm_conn_proto(wm_conn_obj *conn);
zend_string *wm_conn_remote_address(const wm_conn_obj *conn);
zend_string *wm_conn_local_address(const wm_conn_obj *conn);
zval *wm_conn_all(void);
void wm_stat_request(void);
void wm_stat_send_fail(void);
/* Re-arms the watcher for the directions wanted now (read unless paused, write while
 * bytes are queued). */
void wm_conn_arm(wm_conn_obj *conn);
/* Calls callback($conn, ...extra) if set; keeps the object alive across the call. */
zend_result wm_conn_emit(wm_conn_obj *conn, zval *callback, uint32_t extra_argc, zval *extra);
zend_result wm_conn_emit_error(wm_conn_obj *conn, const char *msg, size_t len);
zval *wm_conn_extra_cb(wm_conn_obj *conn, bool drain);
zend_result wm_conn_call_proto(wm_conn_obj *conn, zend_function *fn, const char *name, zval *arg,
	zval *retval, bool swallow);

/* Send path (wm_conn_send.c). */
wm_send_result wm_conn_flush_now(wm_conn_obj *conn);
void wm_conn_flush_deferred(wm_conn_obj *conn, bool quiet);
void wm_conn_handle_write(wm_conn_obj *conn);
/* HTTP file replies: head (consumed) then len bytes of fd (owned) from offset, queued in
 * order with send()'s return values; see wm_conn_send.c for how file bytes count. */
wm_send_result wm_conn_send_file(wm_conn_obj *conn, zend_string *head, int fd, off_t offset, size_t len);

/* Receive path (wm_conn_recv.c). */
void wm_conn_handle_read(wm_conn_obj *conn);
void wm_conn_dispatch(wm_conn_obj *conn);
/* baseRead()/baseWrite() by hand (wm_conn_recv.c, wm_conn_send.c); base_write returns true
 * once nothing is left queued. */
void wm_conn_base_read(wm_conn_obj *conn, bool check_eof);
bool wm_conn_base_write(wm_conn_obj *conn);

/* free_obj's C part: watcher, fd, buffers, connection_count (no PHP calls). */
/* Stops watching and closes the fd (both idempotent); buffers and the object stay. */
void wm_conn_close_socket(wm_conn_obj *conn);
void wm_conn_free_resources(wm_conn_obj *conn);
/* Frees conn->pstate (if any) and clears it. */
static inline void wm_conn_free_pstate(wm_conn_obj *conn)
{
	wm_proto_state *st = conn->pstate;
	if (st) {
		conn->pstate = NULL;
		st->free(conn, st);
	}
}

/* $connection->errorHandler (5.x), copied into out; false (out UNDEF) when none. */
bool wm_conn_error_handler(zend_object *obj, zval *out);

/* getStatus()'s number under the API profile (4.x: CLOSING 4, CLOSED 8). */
zend_long wm_conn_status_value(int status);

/* 'ESTABLISHED', 'CLOSED', ... (getStatus(false), the connections command). */
const char *wm_conn_status_name(int status);

#endif
