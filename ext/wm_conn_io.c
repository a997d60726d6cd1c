/* wm_conn_io.c: the connection's side of its transport (wm_transport.h): plain TCP's table
 * (readv/writev on the fd), starting a TLS session, and acting on what a transport reports
 * (a handshake done, waiting or failed; a wish to re-arm or read). The connection's other
 * files only call conn->io's operations; none of them asks which transport it is. */
#include "wm_conn_obj.h"
#include "wm_conn_timeout.h"
#include "tls/wm_tls.h"

#include <sys/uio.h>

/* ---- plain TCP ----------------------------------------------------------------------- */

static ssize_t wm_plain_readv(wm_transport *t, int fd, struct iovec *iov, int count)
{
	return readv(fd, iov, count);
}

static ssize_t wm_plain_writev(wm_transport *t, int fd, const struct iovec *iov, int count)
{
	return writev(fd, iov, count);
}

static bool wm_plain_handshaking(const wm_transport *t)
{
	return false; /* no handshake */
}

static void wm_plain_free(wm_transport *t, bool socket_open)
{
}

static const wm_transport_ops wm_plain_ops = {
	.readv = wm_plain_readv,
	.writev = wm_plain_writev,
	.arm = NULL, /* the watcher hooks: none, the bytes are the socket's */
	.buffered = NULL,
	.on_event = NULL,
	.handshaking = wm_plain_handshaking,
	.free = wm_plain_free,
	.handshakes = false,
	.writes_from_watcher = false,
	.sendfile = true,
};

wm_transport wm_transport_plain = {&wm_plain_ops};

/* ---- what a session may ask of its connection ---------------------------------------- */

static void wm_conn_io_rearm(void *owner)
{
	wm_conn_arm(owner);
}

static void wm_conn_io_wake_read(void *owner)
{
	wm_conn_obj *conn = owner;
	if (conn->armed & WM_IO_READ) {
		wm_io_wake(&conn->ev, WM_IO_READ);
	}
}

static const wm_transport_host wm_conn_io_host = {wm_conn_io_rearm, wm_conn_io_wake_read};

/* ---- starting TLS ---------------------------------------------------------------------- */

void wm_conn_io_tls_server(wm_conn_obj *conn, struct wm_tls_server *srv)
{
	conn->io = wm_tls_server_session(srv, conn->fd, &wm_conn_io_host, conn);
}

/* [4] the optional dynamic $connection->onSslHandshake($connection). */
static void wm_conn_io_emit_handshake(wm_conn_obj *conn)
{
	if (!conn->std.properties) {
		return;
	}
	zval *cb = zend_hash_str_find_deref(conn->std.properties, "onSslHandshake", sizeof("onSslHandshake") - 1);
	if (cb && Z_TYPE_P(cb) != IS_NULL) {
		wm_conn_emit(conn, cb, 0, NULL);
	}
}

zend_result wm_conn_io_tls_client(wm_conn_obj *conn, zval *context_option, zend_string *host)
{
	int rc = wm_tls_client_start(&conn->io, conn->fd, context_option, host, &wm_conn_io_host, conn);
	if (rc == WM_TRANSPORT_FAILED) {
		return FAILURE;
	}
	if (rc == WM_TRANSPORT_READY) {
		wm_conn_io_emit_handshake(conn);
	}
	return SUCCESS;
}

/* ---- handshake outcomes ------------------------------------------------------------------ */

short wm_conn_io_outcome(wm_conn_obj *conn, int outcome)
{
	if (outcome == WM_TRANSPORT_WAITING) {
		wm_conn_arm(conn);
		return 0;
	}
	if (outcome == WM_TRANSPORT_FAILED) {
		wm_conn_destroy(conn);
		return 0;
	}
	wm_transport *io = conn->io;
	if (conn->tmo_kind == WM_TMO_TLS) {
		wm_tmo_first(conn); /* the handshake's limit ends; the protocol's first one starts */
	}
	wm_conn_io_emit_handshake(conn);
	/* onSslHandshake may have destroyed the connection (its session freed) or, for an
	 * AsyncTcpConnection, reconnected it. */
	if (conn->io != io || conn->status == WM_CONN_CLOSED || wm_exiting()) {
		return 0;
	}
	wm_conn_arm(conn); /* read, and write what was queued meanwhile */
	/* Application data may have come with the last handshake flight. */
	return (short)(WM_IO_READ | (conn->sendq ? WM_IO_WRITE : 0));
}
