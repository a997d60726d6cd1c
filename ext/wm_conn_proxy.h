/* wm_conn_proxy.h: the SOCKS5 / HTTP CONNECT leg of an outgoing connection (5.x proxies). */
#ifndef WM_CONN_PROXY_H
#define WM_CONN_PROXY_H

#include "wm_conn_obj.h"

enum wm_proxy_kind { WM_PROXY_NONE, WM_PROXY_SOCKS5, WM_PROXY_HTTP };

/* Where the tunnel goes and how to ask for it; wm_proxy_start() takes the strings. */
typedef struct wm_proxy_target {
	uint8_t kind;             /* wm_proxy_kind */
	uint16_t port;
	zend_string *host;
	zend_string *user, *pass; /* SOCKS5 (RFC 1929), '' for none */
	zend_string *auth;        /* HTTP Proxy-Authorization value, '' for none */
} wm_proxy_target;

typedef struct wm_proxy wm_proxy;

/* Called once from the loop: error NULL when the tunnel is up, else the onError message
 * (consumed by the callee). The callee frees the proxy with wm_proxy_free(). */
typedef void (*wm_proxy_done_fn)(void *arg, zend_string *error);

/* Starts the handshake on conn's connected socket and takes over its watcher until done.
 * NULL when the first message could not be sent (the state is already freed). */
wm_proxy *wm_proxy_start(wm_conn_obj *conn, wm_proxy_target *target, wm_proxy_done_fn done, void *arg);

/* Stops watching and frees the state (NULL is fine). */
void wm_proxy_free(wm_proxy *proxy);

#endif
