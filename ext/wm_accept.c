/* wm_accept.c: the workers area's half of accept: reads what a Worker gives its new
 * TcpConnection (callbacks, protocol, transport, its connections map) and hands it down to
 * wm_conn.c as plain values; removes destroyed connections from that map (a hook). The
 * connection's life itself is wm_conn.c's; no socket I/O and no PHP callback here. */
#include "wm_accept.h"
#include "wm_conn.h"

/* destroy() of a connection whose `worker` property holds owner. */
static void wm_accept_forget(zend_object *owner, zend_long id)
{
	if (instanceof_function(owner->ce, wm_ce_Worker)) {
		wm_conn_map_del(wm_worker_prop(wm_worker_from_obj(owner), WM_WP_CONNECTIONS), id);
	}
}

void wm_accept_tcp(wm_worker_obj *worker, int fd, const struct sockaddr *peer, socklen_t peer_len)
{
	wm_conn_origin origin = {
		.owner = &worker->std,
		.connections = wm_worker_prop(worker, WM_WP_CONNECTIONS),
		.transport = wm_worker_prop(worker, WM_WP_TRANSPORT),
		.protocol = wm_worker_prop(worker, WM_WP_PROTOCOL),
		.on_message = wm_worker_prop(worker, WM_WP_ONMESSAGE),
		.on_close = wm_worker_prop(worker, WM_WP_ONCLOSE),
		.on_error = wm_worker_prop(worker, WM_WP_ONERROR),
		.on_buffer_full = wm_worker_prop(worker, WM_WP_ONBUFFERFULL),
		.on_buffer_drain = wm_worker_prop(worker, WM_WP_ONBUFFERDRAIN),
	};
	struct wm_conn_obj *conn = wm_conn_accepted_new(fd, peer, peer_len, &origin);
	if (Z_TYPE_P(origin.transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(origin.transport), "ssl")) {
		wm_conn_io_tls_server(conn, wm_worker_tls(worker)); /* TLS: handshake runs from the watcher */
	}
	/* onConnect as it is now: user code may have replaced it since listen(). */
	wm_conn_accepted_start(conn, wm_worker_prop(worker, WM_WP_ONCONNECT));
}

void wm_accept_minit(void)
{
	wm_conn_forget_hook = wm_accept_forget;
}
