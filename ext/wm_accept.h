/* wm_accept.h: a Worker's accepted sockets made TcpConnections (the workers area's side of
 * accept: what the Worker hands down, and its connections map kept in step). */
#ifndef WM_ACCEPT_H
#define WM_ACCEPT_H

#include <sys/socket.h>
#include "wm_worker.h"

/* Wraps an accepted socket (consumed) for worker: registers it in $worker->connections and
 * TcpConnection::$connections, copies the worker's callbacks and protocol, starts TLS for
 * transport 'ssl', starts reading and calls onConnect. */
void wm_accept_tcp(wm_worker_obj *worker, int fd, const struct sockaddr *peer, socklen_t peer_len);

/* Registers the hook by which a destroyed connection leaves $worker->connections. */
void wm_accept_minit(void);

#endif
