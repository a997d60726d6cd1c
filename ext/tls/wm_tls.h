/* wm_tls.h: TLS for TcpConnection (transport 'ssl'): server contexts from a Worker's `ssl`
 * context options, client sessions for AsyncTcpConnection, the handshake driven by the
 * connection's watcher, and readv/writev through the session (used by wm_conn_io.c).
 * OpenSSL works straight on the fd (no BIO pairs, no bufferevents): bytes go from SSL_read
 * into our read buffers and from the queued strings into SSL_write. */
#ifndef WM_TLS_H
#define WM_TLS_H

#include "wm_conn_obj.h"
#include "wm_worker.h"

/* A Worker's server SSL_CTX: built from $worker's context['ssl'] the first time it is
 * needed (listen() in the master, so forked workers share the session-ticket keys), NULL
 * when transport is not 'ssl'. A failure is printed once; connections then fail their
 * handshake. */
void wm_tls_worker_prepare(wm_worker_obj *worker);
void wm_tls_worker_free(wm_worker_obj *worker);

/* At accept (transport 'ssl'): a server session on conn->fd, handshake pending. */
void wm_tls_server_start(wm_conn_obj *conn, wm_worker_obj *worker);

/* AsyncTcpConnection after connect: a client session from context['ssl'] (SNI and name
 * check: peer_name, else host) and the first handshake step. FAILURE: the handshake already
 * failed (message printed as Workerman does); the caller destroys. */
zend_result wm_tls_client_start(wm_conn_obj *conn, zval *context_option, zend_string *host);

/* The watcher fired (wm_conn.c): drives a pending handshake (which may destroy the
 * connection) and maps "TLS wants the other direction" back to the operation waiting for
 * it. Returns the directions the connection should now handle (0: nothing). */
short wm_tls_on_event(wm_conn_obj *conn, short what);

/* wm_conn_arm(): the directions to watch, given what the connection wants (a pending
 * handshake watches only the one it waits for), and after arming: data already decrypted
 * inside the session is delivered on the next loop pass (the socket will not say so). */
uint8_t wm_tls_arm_want(const wm_conn_obj *conn, uint8_t want);
void wm_tls_armed(wm_conn_obj *conn);

/* True until the handshake is complete (send() queues meanwhile). */
bool wm_tls_handshaking(const wm_conn_obj *conn);

/* readv/writev contract of wm_conn_io.c: -1/EAGAIN while the handshake is pending or
 * TLS needs the socket (the watcher is arranged), 0 at the peer's close. */
ssize_t wm_tls_readv(wm_conn_obj *conn, struct iovec *iov, int count);
ssize_t wm_tls_writev(wm_conn_obj *conn, const struct iovec *iov, int count);

/* Before the fd is closed: a close_notify if the session is up (one non-blocking try),
 * then frees conn->tls. Safe with conn->fd already closed (then no I/O). */
void wm_tls_free(wm_conn_obj *conn);

void wm_tls_minit(void);

#endif
