/* wm_ws.h: what the WebSocket protocol files share. Ownership:
 *   wm_ws_server.c  Protocols\Websocket (websocket:// servers): handshake, frames,
 *                   control frames, permessage-deflate;
 *   wm_ws_client.c  Protocols\Ws (AsyncTcpConnection('ws://...'));
 *   wm_ws_context.c both classes' statics on any other connection, on $connection->context.
 * ws_frame.c / ws_handshake.c are the pure-C frame parser/encoder and handshake helpers. */
#ifndef WM_WS_H
#define WM_WS_H

#include "wm_private.h"

extern zend_class_entry *wm_ce_Websocket;
extern zend_class_entry *wm_ce_Ws;

void wm_ws_minit(void);       /* registers both classes */
void wm_ws_client_minit(void); /* Protocols\Ws (wm_ws_client.c), called by wm_ws_minit() */
void wm_ws_rshutdown(void);
/* Protocols\Ws (wm_ws_client.c); wm_ws_minit() calls it. */
void wm_ws_client_minit(void);

struct wm_conn_obj;

/* The statics on a connection that is not a websocket:// / ws:// one (wm_ws_context.c):
 * Workerman's state in $connection->context, effects through its PHP methods. */
zend_long wm_ws_context_server_input(struct wm_conn_obj *conn, const unsigned char *b, size_t len);
zend_string *wm_ws_context_server_decode(struct wm_conn_obj *conn, const unsigned char *b, size_t len); /* NULL: closed */
zend_string *wm_ws_context_server_encode(struct wm_conn_obj *conn, zend_string *payload);
bool wm_ws_context_client_input(struct wm_conn_obj *conn, const unsigned char *b, size_t len, zend_long *result);
zend_string *wm_ws_context_client_decode(struct wm_conn_obj *conn, const unsigned char *b, size_t len);
zend_string *wm_ws_context_client_encode(struct wm_conn_obj *conn, zend_string *payload);
zend_long wm_ws_context_client_handshake(struct wm_conn_obj *conn, const char *data, size_t len);
void wm_ws_context_client_send_handshake(struct wm_conn_obj *conn);
void wm_ws_context_minit(void);
/* Ws's handshake request with the given key (wm_ws_client.c); NULL with an exception pending. */
zend_string *wm_ws_client_request(struct wm_conn_obj *conn, const char *key);

#endif
