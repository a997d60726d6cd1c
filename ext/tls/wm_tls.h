/* wm_tls.h: TLS for TcpConnection (transport 'ssl'): server contexts from a Worker's `ssl`
 * context options, client sessions for AsyncTcpConnection, the handshake driven by the
 * connection's watcher, and readv/writev through the session (used by wm_conn_io.c). */
#ifndef WM_TLS_H
#define WM_TLS_H

#include "wm_conn_obj.h"

/* TODO(tls helper): contexts per Worker, session per connection, handshake. */
ssize_t wm_tls_readv(wm_conn_obj *conn, struct iovec *iov, int count);
ssize_t wm_tls_writev(wm_conn_obj *conn, const struct iovec *iov, int count);
/* Frees conn->tls (no I/O). */
void wm_tls_free(wm_conn_obj *conn);

void wm_tls_minit(void);

#endif
