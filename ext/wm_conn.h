/* wm_conn.h: TcpConnection, what the Worker and the master may ask of it. */
#ifndef WM_CONN_H
#define WM_CONN_H

#include <sys/socket.h>
#include "wm_private.h"
#include "wm_worker.h"

#include "zend_smart_str.h"

/* Wraps an accepted socket (consumed): registers it in $worker->connections and
 * TcpConnection::$connections, copies the worker's callbacks and protocol, starts
 * reading and calls onConnect. */
void wm_conn_accept(wm_worker_obj *worker, int fd, const struct sockaddr *peer, socklen_t peer_len);

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

/* One line per live connection for the `connections` command (Workerman's columns). */
void wm_conn_describe_all(smart_str *out);

/* AsyncTcpConnection (wm_conn_async.c): class registration after TcpConnection's, and the
 * request-shutdown clean-up of pending name lookups (before the loop is freed). */
void wm_async_minit(void);
void wm_async_rshutdown(void);

#endif
