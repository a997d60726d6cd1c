/* wm_conn_obj.h: the TcpConnection C struct and what the connection files (wm_conn*.c,
 * wm_udp*.c, tls/) share. Not for other areas: protocols use wm_conn_proto.h, the
 * process model wm_conn.h.
 * Memory matters here (idle connections by the hundred thousand): C fields only, one
 * embedded reactor watcher, buffers allocated only while they hold data. */
#ifndef WM_CONN_OBJ_H
#define WM_CONN_OBJ_H

#include "wm_private.h"
#include "wm_conn.h"
#include "wm_buffer.h"
#include "wm_protocol.h"
#include "wm_conn_proto.h"
#include "wm_metrics_counters.h"
#include "wm_transport.h"
#include "wm_reactor.h"
#include <sys/uio.h>

typedef struct wm_conn_obj {
	union {
		wm_conn_pub pub;      /* what protocols see (wm_conn_proto.h): wm_pub() */
		struct { WM_CONN_PUB_FIELDS };
	};
	wm_io ev;                 /* the one watcher (wm_reactor.c), for WM_IO_READ and/or WM_IO_WRITE */
	wm_sendq *sendq;          /* NULL while nothing is queued */
	const wm_proto_class *proto_cls;
	wm_transport *io;         /* how bytes cross the socket: &wm_transport_plain, or the TLS
	                          * session of a transport 'ssl' connection (wm_conn_io.c) */
	zend_long internal_id;    /* key in $worker->connections and TcpConnection::$connections,
	                          * and $connection->id until that is written (extra->id) */
	zend_long bytes_read;
	zend_long bytes_written;
	uint8_t proto_kind;       /* wm_proto_kind, resolved lazily from protocol */
	uint8_t armed;            /* WM_IO_READ|WM_IO_WRITE currently watched; 0 = not watched */
	uint8_t batching : 1;     /* inside the dispatch of one read: send() defers */
	uint8_t deferred : 1;     /* sendq holds only deferred bytes (batch or loop turn), never tried */
	uint8_t turn_listed : 1;  /* in the loop turn's list of connections to flush (holds a ref) */
	uint8_t held : 1;         /* the watcher holds a reference to the object */
	uint8_t dup_fd : 1;       /* fd is a dup of a PHP stream's socket (hand-built, 5.x) */
	uint8_t fiber_parked : 1; /* Fiber mode: a read callback of it is suspended; no reading */
	uint8_t peer_mapped : 1;  /* AF_INET6 peer ::ffff:a.b.c.d (a dual-stack listener's IPv4
	                          * client): a.b.c.d in peer_addr, no extra needed */
	uint8_t peer_family;      /* AF_INET, AF_INET6, AF_UNIX or 0 */
	uint16_t peer_port;
	uint8_t peer_addr[4];     /* an IPv4 peer's address; IPv6: extra->peer_addr6 unless peer_mapped */
	/* Its place in a wait list (wm_conn_timeout.c). */
	struct wm_conn_obj *tmo_prev, *tmo_next;
	uint32_t tmo_since;       /* tick the wait began */
	uint32_t tmo_written;     /* bytes sent or queued then (low bits): a reply streamed since is activity */
	zend_object std;
} wm_conn_obj;

/* Issue 14: an idle connection's object, allocated with zend_object_alloc() (a class
 * without declared properties uses no slot of std.properties_table), must stay in the
 * 256-byte emalloc bin (since the reactor's 40-byte watcher replaced libevent's 128-byte
 * struct event): the next one up is 320. Rare state goes to wm_conn_extra. */
_Static_assert(sizeof(wm_conn_obj) - sizeof(zval) <= 256, "wm_conn_obj outgrew the 256-byte emalloc bin");

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

/* The built-in protocol of kind as registered at MINIT (wm_protocol.c), or NULL. */
extern const wm_builtin_proto *wm_protocol_builtins[WM_PROTO__COUNT];
static inline const wm_builtin_proto *wm_protocol_builtin(wm_proto_kind kind)
{
	return wm_protocol_builtins[kind];
}
/* Whether a built-in protocol keeps a connection property of this name (websocketType);
 * wm_protocol_property_names[kind] is the one of kind (interned), or NULL. */
bool wm_protocol_is_property(zend_string *name);
extern zend_string *wm_protocol_property_names[WM_PROTO__COUNT];

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

/* transport 'ssl' (the server session at accept: wm_conn_io_tls_server() in wm_conn.h): a
 * client session after an AsyncTcpConnection connected, with its first handshake step (done
 * at once: onSslHandshake runs; FAILURE: it failed, printed, and the caller destroys). */
zend_result wm_conn_io_tls_client(struct wm_conn_obj *conn, zval *context_option, zend_string *host);

/* wm_conn_proto() for the connection files' hot paths: the resolved kind without a call. */
static zend_always_inline wm_proto_kind wm_conn_kind(wm_conn_obj *conn)
{
	return EXPECTED(conn->proto_kind != WM_PROTO_UNRESOLVED) ? (wm_proto_kind)conn->proto_kind : wm_conn_proto(conn);
}

/* Makes the shared array this connection's own, then stores value (copied) in slot. */
void wm_conn_sh_set(wm_conn_obj *conn, int slot, zval *value);
/* The array of nulls new connections start with (shared). */
void wm_conn_sh_init(wm_conn_obj *conn);
/* At accept: the listener's current values, shared with earlier connections when equal. */
void wm_conn_sh_from_origin(wm_conn_obj *conn, const wm_conn_origin *origin);
void wm_conn_sh_rshutdown(void);

/* Interned names (wm_conn_props.c). */
extern zend_string *wm_str_tcp;
extern zend_string *wm_str_newline; /* Text's framing, queued by reference */

wm_conn_extra *wm_conn_get_extra(wm_conn_obj *conn);

/* $connection->transport (borrowed): 'tcp' unless changed. */
static inline zend_string *wm_conn_transport(const wm_conn_obj *conn)
{
	return conn->extra && conn->extra->transport ? conn->extra->transport : wm_str_tcp;
}
/* Sets it; consumes transport. */
void wm_conn_set_transport(wm_conn_obj *conn, zend_string *transport);
/* $connection->id copied into out (the internal id unless written). */
void wm_conn_id(const wm_conn_obj *conn, zval *out);
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
void wm_conn_end_flushed(wm_conn_obj *conn);
void wm_conn_pause(wm_conn_obj *conn);
void wm_conn_resume(wm_conn_obj *conn);
size_t wm_conn_send_queue_size(const wm_conn_obj *conn);
zend_string *wm_conn_remote_address(const wm_conn_obj *conn);
zend_string *wm_conn_local_address(const wm_conn_obj *conn);
zval *wm_conn_all(void);
void wm_stat_send_fail(void);
/* Re-arms the watcher for the directions wanted now (read unless paused, write while
 * bytes are queued). */
void wm_conn_arm(wm_conn_obj *conn);
zend_result wm_conn_call_proto(wm_conn_obj *conn, zend_function *fn, const char *name, zval *arg,
	zval *retval, bool swallow);

/* Send path (wm_conn_send.c). */
wm_send_result wm_conn_flush_now(wm_conn_obj *conn);
void wm_conn_flush_deferred(wm_conn_obj *conn, bool quiet);
/* The end of a read's dispatch: its deferred bytes are written now (one writev; the
 * one-connection path pays nothing for the loop turn's list), unless sends from other
 * callbacks of this loop pass listed the connection first: then all of it leaves at the
 * turn's end. quiet: as wm_conn_flush_deferred. */
static zend_always_inline void wm_conn_flush_batch(wm_conn_obj *conn, bool quiet)
{
	if (!conn->turn_listed && conn->sendq && conn->deferred && conn->fd >= 0) {
		if (EXPECTED(!quiet)) {
			wm_conn_flush_now(conn);
		} else {
			wm_conn_flush_deferred(conn, true);
		}
	}
}
/* Loop-turn write coalescing: the hook wm_loop_run() calls after each pass (MINIT sets it)
 * and the request's end (a quiet flush); the fork's part is in wm_conn.h. */
void wm_conn_turn_minit(void);
void wm_conn_turn_rshutdown(void);
void wm_conn_handle_write(wm_conn_obj *conn);

/* Receive path (wm_conn_recv.c). */
void wm_conn_handle_read(wm_conn_obj *conn);
/* baseRead()/baseWrite() by hand (wm_conn_recv.c, wm_conn_send.c); base_write returns true
 * once nothing is left queued. */
void wm_conn_base_read(wm_conn_obj *conn, bool check_eof);
bool wm_conn_base_write(wm_conn_obj *conn);

/* free_obj's C part: watcher, fd, buffers, connection_count (no PHP calls). */
/* Stops watching and closes the fd (both idempotent); buffers and the object stay. */
void wm_conn_close_socket(wm_conn_obj *conn);
void wm_conn_free_resources(wm_conn_obj *conn);

/* $connection->errorHandler (5.x), copied into out; false (out UNDEF) when none. */
bool wm_conn_error_handler(zend_object *obj, zval *out);

/* getStatus()'s number under the API profile (4.x: CLOSING 4, CLOSED 8). */
zend_long wm_conn_status_value(int status);

/* 'ESTABLISHED', 'CLOSED', ... (getStatus(false), the connections command). */
const char *wm_conn_status_name(int status);

#endif
