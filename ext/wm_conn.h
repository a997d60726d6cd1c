/* wm_conn.h: TcpConnection, what the Worker and the master may ask of it. It knows no
 * Worker: a listener hands down plain values (wm_conn_origin) and registers hooks. */
#ifndef WM_CONN_H
#define WM_CONN_H

#include <sys/socket.h>
#include "wm_private.h"

#include "zend_smart_str.h"

struct wm_conn_obj;

/* What a listener gives the connection it accepted, all borrowed. Workerman copies these
 * at accept time: later changes to the Worker's callbacks do not reach existing
 * connections. owner becomes $connection->worker; its address also keys the sharing of
 * these values between the connections it accepts (wm_conn_props.c). */
typedef struct wm_conn_origin {
	zend_object *owner;
	zval *connections;  /* $worker->connections: the new connection is put in it */
	zval *transport;    /* replaces 'tcp' when it is a string */
	zval *protocol, *on_message, *on_close, *on_error, *on_buffer_full, *on_buffer_drain;
} wm_conn_origin;

/* Wraps an accepted socket (consumed) in a new TcpConnection: ESTABLISHED, listed in
 * TcpConnection::$connections and origin->connections, origin's values copied. Nothing
 * watches it yet, so the caller may start its transport (TLS) first. Returns the object
 * with a reference that wm_conn_accepted_start() consumes. */
struct wm_conn_obj *wm_conn_accepted_new(int fd, const struct sockaddr *peer, socklen_t peer_len,
	const wm_conn_origin *origin);
/* Starts its time limit and watcher, calls on_connect($connection) unless it is null, and
 * releases the reference wm_conn_accepted_new() returned. */
void wm_conn_accepted_start(struct wm_conn_obj *conn, zval *on_connect);
/* Between the two: a transport 'ssl' connection gets a TLS server session from srv (the
 * Worker's contexts, wm_worker_tls()); its handshake runs from the watcher (wm_conn_io.c). */
struct wm_tls_server;
void wm_conn_io_tls_server(struct wm_conn_obj *conn, struct wm_tls_server *srv);

/* Set by the workers area at MINIT: destroy() calls it with the object in a closed
 * connection's `worker` property (any object: the hook checks), so that its id leaves that
 * Worker's connections map; the connection itself does not know what a Worker is. */
extern void (*wm_conn_forget_hook)(zend_object *owner, zend_long id);
/* Removes key from an id-keyed map; a map that is not an array is left alone. */
void wm_conn_map_del(zval *map, zend_long key);

/* ConnectionInterface::$statistics values (C counters, mirrored into the PHP array). */
zend_long wm_conn_stat_connection_count(void);
zend_long wm_conn_stat_total_request(void);
zend_long wm_conn_stat_send_fail(void);
/* ConnectionInterface::$statistics['total_request']++ (udp counts its datagrams too). */
void wm_stat_request(void);

/* HTTP connections of this stopping process still waiting to end after a reply
 * (wm_conn_timeout.c). */
zend_long wm_tmo_drain_count(void);
/* In a new child: the parent's timer of connection time limits is not ours. */
void wm_tmo_forget_after_fork(void);
/* In a forked child: the parent's connections with bytes deferred to its loop turn are
 * dropped from the list, their bytes with them (the parent writes them). */
void wm_conn_turn_forget_after_fork(void);

/* One line per live connection for the `connections` command (Workerman's columns); a
 * connection without a Worker shows default_name (may be NULL: ''). */
void wm_conn_describe_all(smart_str *out, zend_string *default_name);

/* AsyncTcpConnection (wm_conn_async.c): class registration after TcpConnection's, and the
 * request-shutdown clean-up of pending name lookups (before the loop is freed). */
void wm_async_minit(void);
void wm_async_rshutdown(void);

#endif
