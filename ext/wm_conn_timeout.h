/* wm_conn_timeout.h: how long a server connection may wait in a state (TLS handshake, a
 * request head, the WebSocket handshake, idle keep-alive, draining) and the drain of
 * HTTP connections when their worker stops. Protocols say which wait a connection is in;
 * wm_conn_timeout.c measures it and calls the protocol's expiry. */
#ifndef WM_CONN_TIMEOUT_H
#define WM_CONN_TIMEOUT_H

#include "wm_conn_obj.h"

typedef enum wm_tmo_kind {
	WM_TMO_NONE,
	WM_TMO_TLS,    /* accepted, TLS handshake not done: TcpConnection::$sslHandshakeTimeout */
	WM_TMO_HEAD,   /* HTTP: a request is arriving (or the first one): Http::$headerTimeout */
	WM_TMO_WS,     /* WebSocket: the upgrade request has not been answered: Websocket::$handshakeTimeout */
	WM_TMO_IDLE,   /* HTTP keep-alive between requests: Http::$keepAliveTimeout */
	WM_TMO_DRAIN,  /* HTTP, its worker stopping: idle, waiting for a last request */
	WM_TMO__COUNT
} wm_tmo_kind;

/* What a wait of one kind means: its limit now, in seconds (<= 0: none; read once per
 * check, so a change applies at once), and what happens when a connection passes it. */
typedef struct wm_tmo_class {
	double (*seconds)(void);
	void (*expire)(wm_conn_obj *conn);
} wm_tmo_class;

/* At MINIT, by the protocol that owns the kind. */
void wm_tmo_register(wm_tmo_kind kind, const wm_tmo_class *cls);

/* The clock (ticks); read by the inline path below. */
extern uint32_t wm_tmo_now;

/* Bytes sent or queued so far (low bits): replies deferred inside a read's batch count. */
static zend_always_inline uint32_t wm_tmo_sent(const wm_conn_obj *conn)
{
	return (uint32_t)conn->bytes_written + (conn->sendq ? (uint32_t)(conn->sendq->bytes + conn->sendq->file_bytes) : 0);
}

void wm_tmo_wait_slow(wm_conn_obj *conn, wm_tmo_kind kind);
/* The connection now waits for kind, from now (a wait of the same kind restarts). Once per
 * read on the HTTP path: the same wait at the tail of its list is restarted in place. */
static zend_always_inline void wm_tmo_wait(wm_conn_obj *conn, wm_tmo_kind kind)
{
	if (EXPECTED(conn->tmo_kind == kind && !conn->tmo_next)) {
		conn->tmo_since = wm_tmo_now;
		conn->tmo_written = wm_tmo_sent(conn);
		return;
	}
	wm_tmo_wait_slow(conn, kind);
}
/* The connection waits for kind; a wait of that kind already running keeps its start. */
static inline void wm_tmo_keep(wm_conn_obj *conn, wm_tmo_kind kind)
{
	if (conn->tmo_kind != kind) {
		wm_tmo_wait(conn, kind);
	}
}
/* Whether bytes were sent or queued since the current wait began (a streamed reply). */
bool wm_tmo_sent_since(const wm_conn_obj *conn);
/* No wait (the application has the connection: a request in its hands, a handshake done). */
void wm_tmo_stop_slow(wm_conn_obj *conn);
static inline void wm_tmo_stop(wm_conn_obj *conn)
{
	if (conn->tmo_kind) {
		wm_tmo_stop_slow(conn);
	}
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

/* Draining: the connection ends after its next reply. Counted until its socket closes. */
void wm_tmo_drain_mark(wm_conn_obj *conn);

void wm_tmo_minit(void);
void wm_tmo_rshutdown(void);

#endif
