/* wm_udp_obj.h: the C struct behind UdpConnection and AsyncUdpConnection and what the two
 * files of that code (wm_udp.c, wm_udp_async.c) share. Not for other areas: a udp Worker's
 * receive path uses wm_udp.h. */
#ifndef WM_UDP_OBJ_H
#define WM_UDP_OBJ_H

#include "wm_private.h"
#include "wm_udp.h"
#include "wm_protocol.h"

#include "wm_reactor.h"

/* Made per datagram on the server: C fields only, the address string formatted on demand. */
typedef struct wm_udp_obj {
	zend_string *remote;     /* "ip:port" / "[v6]:port" (async: "host:port" as given); NULL
	                          * until asked on the server side */
	zend_string *bindto;     /* async: context socket.bindto */
	struct wm_io *ev;        /* async read watcher (emalloc'd: most udp objects never have one); NULL while not watching */
	wm_udp_addr peer;        /* server side: the sender of the datagram */
	socklen_t peer_len;      /* 0 when the socket is connected (async) */
	int fd;                  /* server side: the Worker's listener (borrowed) */
	bool owns_fd;            /* async: the connected socket is ours to close */
	bool connected;
	bool broadcast;          /* async: context socket.so_broadcast */
	zend_object std;
} wm_udp_obj;

static inline wm_udp_obj *wm_udp_from_obj(zend_object *obj)
{
	return (wm_udp_obj *)((char *)obj - XtOffsetOf(wm_udp_obj, std));
}
#define WM_UDP_THIS() wm_udp_from_obj(Z_OBJ_P(ZEND_THIS))

/* Declared-property slots (subclasses keep them), found at MINIT (wm_udp.c). */
extern uint32_t wm_udp_off_on_message, wm_udp_off_on_close, wm_udp_off_protocol, wm_udp_off_transport,
	wm_udp_off_on_connect;

/* A declared property's value (dereferenced; null when unset()). */
static inline zval *wm_udp_prop(wm_udp_obj *u, uint32_t offset)
{
	zval *zv = OBJ_PROP(&u->std, offset);
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) == IS_UNDEF) {
		return &EG(uninitialized_zval);
	}
	return zv;
}

/* send(): encode, then (async) connect on first use, then one datagram (wm_udp.c). */
void wm_udp_send(wm_udp_obj *u, zval *data, bool raw, zval *return_value);

/* "host:port" or "[v6]:port" into host and port; false when there is no port (wm_udp.c). */
bool wm_udp_split(const char *address, char *host, size_t host_len, char *port, size_t port_len);

/* AsyncUdpConnection (wm_udp_async.c): connects on first use (send() without connect()),
 * and stops the read watcher; true when the watcher's reference is now the caller's. */
void wm_udp_async_connect(wm_udp_obj *u);
bool wm_udp_unwatch(wm_udp_obj *u);

#endif
