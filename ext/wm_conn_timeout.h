/* wm_conn_timeout.h: how long a server connection may wait in a state (TLS handshake, a
 * request head, the WebSocket handshake, idle keep-alive, draining) and the drain of
 * HTTP connections when their worker stops. Protocols say which wait a connection is in;
 * wm_conn_timeout.c measures it and calls the protocol's expiry. */
#ifndef WM_CONN_TIMEOUT_H
#define WM_CONN_TIMEOUT_H

#include "wm_conn_obj.h"

/* The kinds of wait, their classes and what protocols call (wm_tmo_wait, _keep, _stop,
 * _drain_mark, _register) are in wm_conn_proto.h. */

/* The clock (ticks). */
extern uint32_t wm_tmo_now;

/* Bytes sent or queued so far (low bits): replies deferred inside a read's batch count. */
static zend_always_inline uint32_t wm_tmo_sent(const wm_conn_obj *conn)
{
	return (uint32_t)conn->bytes_written + (conn->sendq ? (uint32_t)(conn->sendq->bytes + conn->sendq->file_bytes) : 0);
}

/* An accepted connection, or one whose TLS handshake just ended: the first wait of its
 * transport or protocol. */
void wm_tmo_first(wm_conn_obj *conn);
/* The socket closes: out of its list, and out of the drain count. */
void wm_tmo_forget_slow(wm_conn_obj *conn);
static inline void wm_tmo_forget(wm_conn_obj *conn)
{
	if (UNEXPECTED(conn->tmo_kind || conn->draining)) {
		wm_tmo_forget_slow(conn);
	}
}

void wm_tmo_minit(void);
void wm_tmo_rshutdown(void);

#endif
