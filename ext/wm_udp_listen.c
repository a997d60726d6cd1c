/* wm_udp_listen.c: the receive path of a udp Worker: recvfrom() in bounded bursts on its
 * listener (or one datagram for 4.x's acceptUdpConnection), a UdpConnection per datagram,
 * the protocol's split and decode, then the Worker's onMessage, read when it fires. The
 * UdpConnection object is wm_udp.c's; Text/Frame are cut by the C parsers of wm_protocol.h. */
#include "wm_udp_listen.h"
#include "wm_udp.h"
#include "wm_conn.h"
#include "wm_protocol.h"
#include "wm_fiber.h"

#include <errno.h>
#include <sys/socket.h>

/* onMessage($connection, $data), read from the Worker when it fires. */
static zend_result wm_udp_emit(wm_worker_obj *worker, zval *conn, zval *data)
{
	zval *on_message = wm_worker_prop(worker, WM_WP_ONMESSAGE);
	if (!zend_is_true(on_message)) {
		return SUCCESS;
	}
	zval args[2];
	ZVAL_COPY_VALUE(&args[0], conn);
	ZVAL_COPY_VALUE(&args[1], data);
	return wm_call(on_message, NULL, 2, args);
}

/* Text/Frame in C over the received bytes: input() splits, decode() in place. */
static zend_result wm_udp_dispatch_builtin(wm_worker_obj *worker, zval *conn, wm_proto_kind kind,
	const char *buf, size_t len)
{
	while (len) {
		size_t pkg_len = kind == WM_PROTO_TEXT ? wm_text_input(buf, len, SIZE_MAX) : wm_frame_input(buf, len);
		if (pkg_len == 0) {
			return SUCCESS;
		}
		if (pkg_len > len) {
			pkg_len = len; /* substr() takes what is there */
		}
		zval message;
		if (kind == WM_PROTO_TEXT) {
			ZVAL_STRINGL_FAST(&message, buf, wm_text_decoded_len(buf, pkg_len));
		} else if (pkg_len <= 4) {
			ZVAL_EMPTY_STRING(&message);
		} else {
			ZVAL_STRINGL_FAST(&message, buf + 4, pkg_len - 4);
		}
		buf += pkg_len;
		len -= pkg_len;
		zend_result rc = wm_udp_emit(worker, conn, &message);
		zval_ptr_dtor(&message);
		if (rc == FAILURE) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* A user protocol with input(): cut packages while input() gives a length; decode() false
 * skips one. Lengths that are not positive stop the datagram (Workerman 4 would loop on
 * them forever). */
static zend_result wm_udp_dispatch_input(wm_worker_obj *worker, zval *conn, zval *protocol,
	const wm_proto_class *cls, zend_string *datagram)
{
	zend_string *rest = zend_string_copy(datagram);
	zend_result rc = SUCCESS;
	while (ZSTR_LEN(rest)) {
		zval arg, result;
		ZVAL_STR(&arg, rest);
		if (wm_udp_call_proto(Z_OBJ_P(conn), protocol, cls, cls->input, "input", &arg, &result) == FAILURE) {
			zval_ptr_dtor(&result);
			rc = FAILURE;
			break;
		}
		zend_long len = Z_TYPE(result) == IS_LONG ? Z_LVAL(result) : zval_get_long(&result);
		zval_ptr_dtor(&result);
		if (len <= 0) {
			break;
		}
		zval pkg, data;
		if ((size_t)len >= ZSTR_LEN(rest)) {
			ZVAL_STR(&pkg, rest);
			rest = ZSTR_EMPTY_ALLOC();
		} else {
			ZVAL_STRINGL(&pkg, ZSTR_VAL(rest), (size_t)len);
			zend_string *tail = zend_string_init(ZSTR_VAL(rest) + len, ZSTR_LEN(rest) - (size_t)len, 0);
			zend_string_release(rest);
			rest = tail;
		}
		rc = wm_udp_call_proto(Z_OBJ_P(conn), protocol, cls, cls->decode, "decode", &pkg, &data);
		zval_ptr_dtor(&pkg);
		if (rc == SUCCESS && Z_TYPE(data) != IS_FALSE) {
			rc = wm_udp_emit(worker, conn, &data);
		}
		zval_ptr_dtor(&data);
		if (rc == FAILURE) {
			break;
		}
	}
	zend_string_release(rest);
	return rc;
}

/* Workerman 4's acceptUdpConnection for one received datagram. */
static void wm_udp_datagram(wm_worker_obj *worker, int fd, const char *buf, size_t len, const wm_udp_addr *peer,
	socklen_t peer_len)
{
	if (!zend_is_true(wm_worker_prop(worker, WM_WP_ONMESSAGE))) {
		return;
	}
	zval conn;
	ZVAL_OBJ(&conn, wm_udp_conn_new(fd, peer, peer_len, wm_worker_prop(worker, WM_WP_PROTOCOL)));
	zval *protocol = wm_udp_conn_protocol(Z_OBJ(conn));

	const wm_proto_class *cls = NULL;
	wm_proto_kind kind = zend_is_true(protocol) ? wm_protocol_lookup_php(protocol, &cls) : WM_PROTO_NONE;
	zend_result rc;
	if (kind == WM_PROTO_TEXT || kind == WM_PROTO_FRAME) {
		rc = wm_udp_dispatch_builtin(worker, &conn, kind, buf, len);
	} else {
		zval data;
		ZVAL_STRINGL_FAST(&data, buf, len);
		if (kind == WM_PROTO_NONE) {
			rc = wm_udp_emit(worker, &conn, &data);
		} else if (cls && cls->input) {
			rc = wm_udp_dispatch_input(worker, &conn, protocol, cls, Z_STR(data));
		} else {
			zval decoded;
			rc = wm_udp_call_proto(Z_OBJ(conn), protocol, cls, cls ? cls->decode : NULL, "decode", &data, &decoded);
			if (rc == SUCCESS && Z_TYPE(decoded) != IS_FALSE) {
				rc = wm_udp_emit(worker, &conn, &decoded);
			}
			zval_ptr_dtor(&decoded);
		}
		zval_ptr_dtor(&data);
	}
	if (rc == SUCCESS) {
		wm_stat_request();
	}
	zval_ptr_dtor(&conn);
}

bool wm_udp_is_datagram(int fd)
{
	int type = 0;
	socklen_t len = sizeof(type);
	return getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0 && type == SOCK_DGRAM;
}

void wm_udp_on_readable(int fd, short what, void *arg)
{
	if (wm_fiber_divert(wm_udp_on_readable, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	wm_worker_obj *worker = arg;
	GC_ADDREF(&worker->std);
	/* The listener is shared by the Worker's processes: EAGAIN means another one took it. */
	for (int i = 0; i < WM_UDP_BURST && worker->accepting && worker->listen_fd >= 0; i++) {
		wm_udp_addr peer;
		socklen_t peer_len = sizeof(peer);
		ssize_t n = recvfrom(worker->listen_fd, wm_udp_buf, sizeof(wm_udp_buf), 0, &peer.sa, &peer_len);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			break;
		}
		if (peer_len == 0 || peer_len > sizeof(peer)) {
			continue;
		}
		wm_udp_datagram(worker, worker->listen_fd, wm_udp_buf, (size_t)n, &peer, peer_len);
		if (wm_exiting()) {
			break;
		}
	}
	OBJ_RELEASE(&worker->std);
}

/* Its own buffer: it may be called from an onMessage that the burst loop's dispatch of
 * wm_udp_buf is still inside. */
bool wm_udp_receive_one(wm_worker_obj *worker, int fd)
{
	wm_udp_addr peer;
	socklen_t peer_len = sizeof(peer);
	char *buf = emalloc(sizeof(wm_udp_buf));
	ssize_t n;
	do {
		n = recvfrom(fd, buf, sizeof(wm_udp_buf), MSG_DONTWAIT, &peer.sa, &peer_len);
	} while (n < 0 && errno == EINTR);
	bool got = n >= 0 && peer_len > 0 && peer_len <= sizeof(peer);
	if (got) {
		GC_ADDREF(&worker->std);
		wm_udp_datagram(worker, fd, buf, (size_t)n, &peer, peer_len);
		OBJ_RELEASE(&worker->std);
	}
	efree(buf);
	return got;
}
