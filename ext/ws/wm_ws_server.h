/* wm_ws_server.h: what the three files of Protocols\Websocket (server) share:
 *   wm_ws_server.c   the dispatch loop over frames, control frames, encode, the class;
 *   wm_ws_upgrade.c  the opening handshake (onWebSocketConnect, 4.x superglobals, 101);
 *   wm_ws_deflate.c  permessage-deflate through zlib.
 * Not for other areas: they use wm_ws.h. */
#ifndef WM_WS_SERVER_H
#define WM_WS_SERVER_H

#include "wm_conn_proto.h"
#include "ws_frame.h"

/* Per-connection state (wm_pub(conn)->pstate). 80 bytes (an emalloc bin; issue 14): an idle
 * connection after the handshake holds this and nothing else of ours (no context object, no
 * property table). */
typedef struct wm_ws_state {
	wm_proto_state base;
	ws_parser parser;
	zval type;            /* $connection->websocketType; UNDEF until set (4.x sets it at the 101) */
	/* One buffer, two uses that never overlap: frames are parsed only once handshaken, and
	 * the upgrade hands the pending bytes to the send queue before that returns. */
	union {
		smart_str fragments; /* handshaken: unmasked payload of the message's earlier frames (RSV1: compressed) */
		smart_str pending;   /* before the 101: frames sent (4.x context->tmpWebsocketData) */
	};
	uint8_t handshaken;   /* 4.x context->websocketHandshake */
	uint8_t deflate;      /* permessage-deflate negotiated: data frames out are compressed */
} wm_ws_state;

/* The state of a websocket connection, made on first use (create) or NULL. Inline: the
 * dispatch asks for it once per frame, and it exists after the first. */
wm_ws_state *wm_ws_state_create(wm_conn_obj *conn);

static zend_always_inline wm_ws_state *wm_ws_state_get(wm_conn_obj *conn, bool create)
{
	if (EXPECTED(wm_pub(conn)->pstate != NULL)) {
		return (wm_ws_state *)wm_pub(conn)->pstate;
	}
	return create ? wm_ws_state_create(conn) : NULL;
}

/* Interned names (MINIT). */
extern zend_string *wm_ws_str_on_connect, *wm_ws_str_on_connected, *wm_ws_str_on_ping, *wm_ws_str_on_pong,
	*wm_ws_str_on_close, *wm_ws_str_deflate, *wm_ws_str_session;

/* $connection->name ?? $connection->worker->name ?? false, as 4.x looks callbacks up.
 * out gets a copy (release it); false when nothing truthy was found. */
bool wm_ws_lookup(wm_conn_obj *conn, zend_string *name, zval *out);

/* The opening handshake on buf[0..len) (the receive buffer, or dealHandshake()'s string):
 * 4.x dealHandshake without the recursion into input(). Returns 1 when the 101 was
 * queued and the connection is still open (frames may follow), 0 to wait for more, -1
 * when the connection was closed or the process is exiting. Consumes the request from the
 * receive buffer. */
int wm_ws_upgrade(wm_conn_obj *conn, const char *buf, size_t len);
/* MINIT: the handshake's time limit (wm_conn_timeout.c measures it). */
void wm_ws_upgrade_minit(void);

/* permessage-deflate (wm_ws_deflate.c). One process-wide zlib stream each way, reset per
 * message: we negotiate no context takeover in both directions, so no connection keeps
 * zlib memory (a deflate stream with a 32 KiB window costs ~270 KiB). */
/* The Sec-WebSocket-Extensions reply when the offer in value can be accepted, else NULL. */
const char *wm_ws_deflate_accept(const char *value, size_t len);
/* Raw deflate with a sync flush, its 00 00 ff ff tail removed. New string. */
zend_string *wm_ws_deflate(const char *in, size_t len);
/* Inflates in + 00 00 ff ff. NULL on corrupt data; *too_big when more than max bytes. */
zend_string *wm_ws_inflate(const char *in, size_t len, size_t max, bool *too_big);
void wm_ws_deflate_rshutdown(void);

#endif
