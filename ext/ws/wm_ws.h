/* wm_ws.h: what the WebSocket protocol files share. Ownership:
 *   wm_ws_server.c  Protocols\Websocket (websocket:// servers): handshake, frames,
 *                   control frames, permessage-deflate;
 *   wm_ws_client.c  Protocols\Ws (AsyncTcpConnection('ws://...')).
 * ws_frame.c / ws_handshake.c are the pure-C frame parser/encoder and handshake helpers. */
#ifndef WM_WS_H
#define WM_WS_H

#include "wm_private.h"

extern zend_class_entry *wm_ce_Websocket;
extern zend_class_entry *wm_ce_Ws;

void wm_ws_minit(void);       /* registers both classes */
void wm_ws_client_minit(void); /* Protocols\Ws (wm_ws_client.c), called by wm_ws_minit() */
void wm_ws_rshutdown(void);

#endif
