/* wm_udp.c: udp support: the receive path of a udp Worker (recvfrom, protocol split,
 * onMessage per package), UdpConnection (the peer of one datagram: send/close/getters) and
 * AsyncUdpConnection (connect, read watcher, onConnect/onMessage/onClose).
 * Built-in Text/Frame run through the C parsers of wm_protocol.h; PHP only via wm_call. */
#include "wm_private.h"
#include "wm_udp.h"
#include "wm_worker.h"
#include "wm_conn.h"
#include "wm_protocol.h"
#include "wm_listen.h"
#include "wm_loop.h"
#include "wm_fiber.h"
#include "wm_log.h"
#include "wm_api.h"

#include "ext/json/php_json.h"
#include "main/php_network.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

zend_class_entry *wm_ce_UdpConnection;
zend_class_entry *wm_ce_AsyncUdpConnection;
static zend_object_handlers wm_udp_handlers;

/* Workerman's MAX_UDP_PACKAGE_SIZE: the most one recvfrom() takes. */
#define WM_UDP_MAX 65535
/* Datagrams handled per wake-up: the listener is shared, so this bounds one process's turn. */
#define WM_UDP_BURST 64

typedef union wm_udp_addr {
	struct sockaddr sa;
	struct sockaddr_in in;
	struct sockaddr_in6 in6;
} wm_udp_addr;

/* Made per datagram on the server: C fields only, the address string formatted on demand. */
typedef struct wm_udp_obj {
	zend_string *remote;     /* "ip:port" / "[v6]:port" (async: "host:port" as given); NULL
	                          * until asked on the server side */
	zend_string *bindto;     /* async: context socket.bindto */
	struct event *ev;        /* async read watcher; NULL while not watching */
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

/* Declared-property slots (subclasses keep them). */
static uint32_t wm_udp_off_on_message, wm_udp_off_on_close, wm_udp_off_protocol, wm_udp_off_transport,
	wm_udp_off_on_connect;

static char wm_udp_buf[WM_UDP_MAX];

static uint32_t wm_udp_prop_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info);
	return info->offset;
}

/* A declared property's value (dereferenced; null when unset()). */
static zval *wm_udp_prop(wm_udp_obj *u, uint32_t offset)
{
	zval *zv = OBJ_PROP(&u->std, offset);
	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) == IS_UNDEF) {
		return &EG(uninitialized_zval);
	}
	return zv;
}

static void wm_udp_prop_set_null(wm_udp_obj *u, uint32_t offset)
{
	zval *zv = OBJ_PROP(&u->std, offset);
	zval old;
	ZVAL_COPY_VALUE(&old, zv);
	ZVAL_NULL(zv);
	zval_ptr_dtor(&old);
}

/* ---- object handlers ------------------------------------------------------------------ */

static zend_object *wm_udp_create(zend_class_entry *ce)
{
	wm_udp_obj *u = zend_object_alloc(sizeof(wm_udp_obj), ce);
	memset(u, 0, XtOffsetOf(wm_udp_obj, std));
	u->fd = -1;
	zend_object_std_init(&u->std, ce);
	object_properties_init(&u->std, ce);
	u->std.handlers = &wm_udp_handlers;
	return &u->std;
}

static void wm_udp_async_readable(evutil_socket_t fd, short what, void *arg);

/* Async connections with a read watcher, by object handle: each holds a reference to
 * itself (the loop's), given back at close() or at request shutdown. */
static HashTable wm_udp_watching;
static bool wm_udp_watching_ready;

static void wm_udp_watch(wm_udp_obj *u, evutil_socket_t fd)
{
	if (!wm_udp_watching_ready) {
		zend_hash_init(&wm_udp_watching, 8, NULL, NULL, 0);
		wm_udp_watching_ready = true;
	}
	u->ev = event_new(wm_loop_base(), fd, EV_READ | EV_PERSIST, wm_udp_async_readable, u);
	event_add(u->ev, NULL);
	zend_hash_index_update_ptr(&wm_udp_watching, u->std.handle, u);
	GC_ADDREF(&u->std);
}

/* Stops watching; true when the watcher's reference is now the caller's to release. */
static bool wm_udp_unwatch(wm_udp_obj *u)
{
	if (!u->ev) {
		return false;
	}
	event_free(u->ev);
	u->ev = NULL;
	zend_hash_index_del(&wm_udp_watching, u->std.handle);
	return true;
}

void wm_udp_rshutdown(void)
{
	if (!wm_udp_watching_ready) {
		return;
	}
	wm_udp_obj *u;
	ZEND_HASH_FOREACH_PTR(&wm_udp_watching, u) {
		event_free(u->ev);
		u->ev = NULL;
		OBJ_RELEASE(&u->std);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&wm_udp_watching);
	wm_udp_watching_ready = false;
}

static void wm_udp_free(zend_object *obj)
{
	wm_udp_obj *u = wm_udp_from_obj(obj);
	wm_udp_unwatch(u);
	if (u->owns_fd && u->fd >= 0) {
		close(u->fd);
	}
	if (u->remote) {
		zend_string_release(u->remote);
	}
	if (u->bindto) {
		zend_string_release(u->bindto);
	}
	zend_object_std_dtor(obj);
}

/* ---- addresses (Workerman 4 derives every getter from the address strings) ------------ */

static zend_string *wm_udp_remote(wm_udp_obj *u)
{
	if (!u->remote) {
		if (!u->peer_len) {
			return ZSTR_EMPTY_ALLOC();
		}
		char text[INET6_ADDRSTRLEN + 16];
		size_t len = wm_listen_format_address(&u->peer.sa, u->peer_len, text, sizeof(text), true);
		u->remote = zend_string_init(text, len, 0);
	}
	return u->remote;
}

/* getRemoteIp(): before the last ':' (none or at 0: ''), '[' and ']' trimmed off. */
static zend_string *wm_udp_remote_ip(wm_udp_obj *u)
{
	zend_string *remote = wm_udp_remote(u);
	const char *s = ZSTR_VAL(remote);
	const char *colon = zend_memrchr(s, ':', ZSTR_LEN(remote));
	if (!colon || colon == s) {
		return ZSTR_EMPTY_ALLOC();
	}
	const char *end = colon;
	while (s < end && (*s == '[' || *s == ']')) {
		s++;
	}
	while (end > s && (end[-1] == '[' || end[-1] == ']')) {
		end--;
	}
	return zend_string_init(s, (size_t)(end - s), 0);
}

/* Workerman 4's getRemotePort(): 0 for a falsy address, else the int after the last ':'. */
static zend_long wm_udp_port_after_colon(zend_string *address)
{
	if (ZSTR_LEN(address) == 0 || (ZSTR_LEN(address) == 1 && ZSTR_VAL(address)[0] == '0')) {
		return 0;
	}
	const char *colon = zend_memrchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
	return colon ? ZEND_STRTOL(colon + 1, NULL, 10) : 0;
}

/* getLocalAddress(): the socket's name as PHP prints it, '' when there is none. */
static zend_string *wm_udp_local(wm_udp_obj *u)
{
	wm_udp_addr local;
	socklen_t len = sizeof(local);
	if (u->fd < 0 || getsockname(u->fd, &local.sa, &len) != 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	char text[INET6_ADDRSTRLEN + 16];
	size_t n = wm_listen_format_address(&local.sa, len, text, sizeof(text), true);
	return zend_string_init(text, n, 0);
}

static bool wm_udp_is_v6(wm_udp_obj *u)
{
	zval *transport = wm_udp_prop(u, wm_udp_off_transport);
	if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix")) {
		return false;
	}
	zend_string *ip = wm_udp_remote_ip(u);
	bool v6 = memchr(ZSTR_VAL(ip), ':', ZSTR_LEN(ip)) != NULL;
	zend_string_release(ip);
	return v6;
}

/* ---- sending ------------------------------------------------------------------------- */

/* What one send() puts on the wire: up to two pieces, with the strings that back them. */
typedef struct wm_udp_out {
	struct iovec iov[2];
	int count;
	zend_string *data;
	unsigned char frame_head[4];
} wm_udp_out;

/* Protocol::encode($data, $c) unless raw. 1 = out ready, 0 = encode() gave '' (send returns
 * null), -1 = an exception is pending (it propagates to send()'s caller, as in Workerman). */
static int wm_udp_encode(wm_udp_obj *u, zval *data, bool raw, wm_udp_out *out)
{
	static char newline = '\n';
	zval *protocol = wm_udp_prop(u, wm_udp_off_protocol);
	const wm_proto_class *cls = NULL;
	wm_proto_kind kind = raw || !zend_is_true(protocol) ? WM_PROTO_NONE : wm_protocol_lookup_php(protocol, &cls);
	out->count = 1;
	if (kind == WM_PROTO_USER) {
		if (!cls) {
			wm_protocol_throw_missing(protocol);
			return -1;
		}
		if (!cls->encode) {
			zend_throw_error(NULL, "Call to undefined method %s::encode()", ZSTR_VAL(cls->ce->name));
			return -1;
		}
		zval args[2], encoded;
		ZVAL_COPY_VALUE(&args[0], data);
		ZVAL_OBJ(&args[1], &u->std);
		zend_call_known_function(cls->encode, NULL, cls->ce, &encoded, 2, args, NULL);
		if (EG(exception)) {
			zval_ptr_dtor(&encoded);
			return -1;
		}
		if (Z_TYPE(encoded) == IS_STRING && Z_STRLEN(encoded) == 0) {
			zval_ptr_dtor(&encoded);
			return 0;
		}
		out->data = zval_try_get_string(&encoded);
		zval_ptr_dtor(&encoded);
	} else {
		out->data = zval_try_get_string(data);
	}
	if (!out->data) {
		return -1;
	}
	out->iov[0].iov_base = ZSTR_VAL(out->data);
	out->iov[0].iov_len = ZSTR_LEN(out->data);
	if (kind == WM_PROTO_TEXT) {
		out->iov[1].iov_base = &newline;
		out->iov[1].iov_len = 1;
		out->count = 2;
	} else if (kind == WM_PROTO_FRAME) {
		wm_frame_header(out->frame_head, ZSTR_LEN(out->data));
		out->iov[1] = out->iov[0];
		out->iov[0].iov_base = out->frame_head;
		out->iov[0].iov_len = 4;
		out->count = 2;
	}
	return 1;
}

/* One datagram to the peer (or on the connected socket): true iff all of it went out. */
static bool wm_udp_sendmsg(wm_udp_obj *u, wm_udp_out *out)
{
	if (u->fd < 0) {
		return false;
	}
	size_t total = 0;
	for (int i = 0; i < out->count; i++) {
		total += out->iov[i].iov_len;
	}
	struct msghdr msg;
	memset(&msg, 0, sizeof(msg));
	msg.msg_name = u->peer_len ? &u->peer : NULL;
	msg.msg_namelen = u->peer_len;
	msg.msg_iov = out->iov;
	msg.msg_iovlen = (size_t)out->count;
	ssize_t n;
	do {
		n = sendmsg(u->fd, &msg, MSG_NOSIGNAL);
	} while (n < 0 && errno == EINTR);
	return n >= 0 && (size_t)n == total;
}

static void wm_udp_async_connect(wm_udp_obj *u);

/* send(): encode, then (async) connect on first use, then one datagram. */
static void wm_udp_send(wm_udp_obj *u, zval *data, bool raw, zval *return_value)
{
	wm_udp_out out = {0};
	int rc = wm_udp_encode(u, data, raw, &out);
	if (rc <= 0) {
		if (rc < 0) {
			RETURN_THROWS();
		}
		RETURN_NULL();
	}
	bool async = instanceof_function(u->std.ce, wm_ce_AsyncUdpConnection);
	if (async && !u->connected) {
		/* Workerman encodes first, then connects: onConnect's own sends go out first. */
		wm_udp_async_connect(u);
	}
	RETVAL_BOOL((!async || u->connected) && !EG(exception) && wm_udp_sendmsg(u, &out));
	zend_string_release(out.data);
}

/* ---- the udp Worker's receive path --------------------------------------------------- */

/* Protocol::<fn>($arg, $connection) of a user protocol; FAILURE: the process is exiting. */
static zend_result wm_udp_call_proto(wm_udp_obj *u, zval *protocol, const wm_proto_class *cls,
	zend_function *fn, const char *name, zval *arg, zval *retval)
{
	ZVAL_UNDEF(retval);
	if (!cls) {
		wm_protocol_throw_missing(protocol);
		return wm_call_function(NULL, NULL, NULL, retval, 0, NULL, false);
	}
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(cls->ce->name), name);
		return wm_call_function(NULL, NULL, NULL, retval, 0, NULL, false);
	}
	zval args[2];
	ZVAL_COPY_VALUE(&args[0], arg);
	ZVAL_OBJ(&args[1], &u->std);
	return wm_call_function(fn, NULL, cls->ce, retval, 2, args, false);
}

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
	wm_udp_obj *u = wm_udp_from_obj(Z_OBJ_P(conn));
	zend_string *rest = zend_string_copy(datagram);
	zend_result rc = SUCCESS;
	while (ZSTR_LEN(rest)) {
		zval arg, result;
		ZVAL_STR(&arg, rest);
		if (wm_udp_call_proto(u, protocol, cls, cls->input, "input", &arg, &result) == FAILURE) {
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
		rc = wm_udp_call_proto(u, protocol, cls, cls->decode, "decode", &pkg, &data);
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
	object_init_ex(&conn, wm_ce_UdpConnection);
	wm_udp_obj *u = wm_udp_from_obj(Z_OBJ(conn));
	u->fd = fd; /* replies leave by the socket the datagram came in on */
	memcpy(&u->peer, peer, peer_len);
	u->peer_len = peer_len;
	zval *protocol = OBJ_PROP(&u->std, wm_udp_off_protocol);
	ZVAL_COPY_DEREF(protocol, wm_worker_prop(worker, WM_WP_PROTOCOL));

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
			rc = wm_udp_call_proto(u, protocol, cls, cls ? cls->decode : NULL, "decode", &data, &decoded);
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

void wm_udp_on_readable(evutil_socket_t fd, short what, void *arg)
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

/* ---- AsyncUdpConnection -------------------------------------------------------------- */

/* Calls one of the connection's callbacks with ($connection) if set. */
static zend_result wm_udp_callback(wm_udp_obj *u, uint32_t offset)
{
	zval *callback = wm_udp_prop(u, offset);
	if (!zend_is_true(callback)) {
		return SUCCESS;
	}
	zval cb, self;
	ZVAL_COPY(&cb, callback); /* the callback may replace itself */
	ZVAL_OBJ_COPY(&self, &u->std);
	zend_result rc = wm_call(&cb, NULL, 1, &self);
	zval_ptr_dtor(&self);
	zval_ptr_dtor(&cb);
	return rc;
}

/* One received datagram: decode() only (udp keeps package boundaries), then onMessage. */
static zend_result wm_udp_async_message(wm_udp_obj *u, const char *buf, size_t len)
{
	zval *protocol = wm_udp_prop(u, wm_udp_off_protocol);
	const wm_proto_class *cls = NULL;
	wm_proto_kind kind = zend_is_true(protocol) ? wm_protocol_lookup_php(protocol, &cls) : WM_PROTO_NONE;
	zval message;
	if (kind == WM_PROTO_TEXT) {
		ZVAL_STRINGL_FAST(&message, buf, wm_text_decoded_len(buf, len));
	} else if (kind == WM_PROTO_FRAME) {
		if (len <= 4) {
			ZVAL_EMPTY_STRING(&message);
		} else {
			ZVAL_STRINGL_FAST(&message, buf + 4, len - 4);
		}
	} else if (kind == WM_PROTO_USER) {
		zval raw;
		ZVAL_STRINGL_FAST(&raw, buf, len);
		zend_result rc = wm_udp_call_proto(u, protocol, cls, cls ? cls->decode : NULL, "decode", &raw, &message);
		zval_ptr_dtor(&raw);
		if (rc == FAILURE) {
			zval_ptr_dtor(&message);
			return FAILURE;
		}
	} else {
		ZVAL_STRINGL_FAST(&message, buf, len);
	}
	wm_stat_request();
	zval cb, args[2];
	ZVAL_COPY(&cb, wm_udp_prop(u, wm_udp_off_on_message));
	ZVAL_OBJ(&args[0], &u->std);
	ZVAL_COPY_VALUE(&args[1], &message);
	zend_result rc = wm_call(&cb, NULL, 2, args);
	zval_ptr_dtor(&cb);
	zval_ptr_dtor(&message);
	return rc;
}

static void wm_udp_async_readable(evutil_socket_t fd, short what, void *arg)
{
	if (wm_fiber_divert(wm_udp_async_readable, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	wm_udp_obj *u = arg;
	GC_ADDREF(&u->std);
	for (int i = 0; i < WM_UDP_BURST && u->connected && u->fd == fd; i++) {
		ssize_t n = recv(u->fd, wm_udp_buf, sizeof(wm_udp_buf), 0);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			break;
		}
		if (!zend_is_true(wm_udp_prop(u, wm_udp_off_on_message))) {
			continue;
		}
		if (wm_udp_async_message(u, wm_udp_buf, (size_t)n) == FAILURE) {
			break;
		}
	}
	OBJ_RELEASE(&u->std);
}

/* "host:port" or "[v6]:port" into host and port; false when there is no port. */
static bool wm_udp_split(const char *address, char *host, size_t host_len, char *port, size_t port_len)
{
	const char *colon = strrchr(address, ':');
	if (!colon) {
		return false;
	}
	const char *h = address;
	size_t hlen = (size_t)(colon - address);
	if (hlen >= 2 && h[0] == '[' && h[hlen - 1] == ']') {
		h++;
		hlen -= 2;
	}
	size_t plen = strlen(colon + 1);
	if (hlen >= host_len || plen >= port_len) {
		return false;
	}
	memcpy(host, h, hlen);
	host[hlen] = '\0';
	memcpy(port, colon + 1, plen + 1);
	return true;
}

/* Binds to the context's socket.bindto ("ip:port", "[v6]:port" or "ip:0"). */
static bool wm_udp_bindto(int fd, int family, zend_string *bindto)
{
	char host[256], port[16];
	if (!wm_udp_split(ZSTR_VAL(bindto), host, sizeof(host), port, sizeof(port))) {
		return false;
	}
	struct addrinfo hints, *res = NULL;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = family;
	hints.ai_socktype = SOCK_DGRAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV;
	if (getaddrinfo(host[0] ? host : NULL, port[0] ? port : "0", &hints, &res) != 0 || !res) {
		return false;
	}
	bool ok = bind(fd, res->ai_addr, res->ai_addrlen) == 0;
	freeaddrinfo(res);
	return ok;
}

/* A connected udp socket to host:port (the first address that takes it), or -1 with err. */
static int wm_udp_open_connected(wm_udp_obj *u, char *err, size_t err_len)
{
	char host[256], port[16];
	if (!wm_udp_split(ZSTR_VAL(u->remote), host, sizeof(host), port, sizeof(port))) {
		snprintf(err, err_len, "Failed to parse address \"%s\"", ZSTR_VAL(u->remote));
		return -1;
	}
	/* PHP reads the port with atoi(): "abc" is port 0. */
	snprintf(port, sizeof(port), "%d", atoi(port));
	struct addrinfo hints, *res = NULL;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_DGRAM;
	hints.ai_flags = AI_NUMERICSERV;
	int gai = getaddrinfo(host, port, &hints, &res);
	if (gai != 0 || !res) {
		snprintf(err, err_len, "php_network_getaddresses: getaddrinfo for %s failed: %s", host, gai_strerror(gai));
		return -1;
	}
	int fd = -1;
	snprintf(err, err_len, "Connection refused");
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		fd = socket(ai->ai_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
		if (fd < 0) {
			snprintf(err, err_len, "%s", strerror(errno));
			continue;
		}
		int one = 1;
		if (u->broadcast) {
			setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof(one));
		}
		if (u->bindto && !wm_udp_bindto(fd, ai->ai_family, u->bindto)) {
			snprintf(err, err_len, "Failed to bind to '%s', Operating system error: %s", ZSTR_VAL(u->bindto), strerror(errno));
		} else if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
			break;
		} else {
			snprintf(err, err_len, "%s", strerror(errno));
		}
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	return fd;
}

/* Workerman 4: stream_socket_client()'s warning, then safeEcho(new Exception($errmsg)). */
static void wm_udp_print_connect_error(zend_string *remote, const char *err)
{
	zend_error(E_WARNING, "stream_socket_client(): Unable to connect to udp://%s (%s)", ZSTR_VAL(remote), err);
	zval ex;
	object_init_ex(&ex, zend_ce_exception);
	zend_update_property_string(zend_ce_exception, Z_OBJ(ex), "message", sizeof("message") - 1, err);
	zend_string *text = zval_try_get_string(&ex);
	if (text) {
		wm_safe_echo(ZSTR_VAL(text), ZSTR_LEN(text), false);
		zend_string_release(text);
	}
	zval_ptr_dtor(&ex);
}

static void wm_udp_async_connect(wm_udp_obj *u)
{
	if (u->connected) {
		return;
	}
	char err[512];
	int fd = wm_udp_open_connected(u, err, sizeof(err));
	if (fd < 0) {
		wm_udp_print_connect_error(u->remote, err);
		return;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	u->fd = fd;
	u->owns_fd = true;
	u->connected = true;
	if (zend_is_true(wm_udp_prop(u, wm_udp_off_on_message))) {
		/* The watcher holds the object, as Workerman's event loop holds [$this, 'baseRead']. */
		wm_udp_watch(u, fd);
	}
	wm_udp_callback(u, wm_udp_off_on_connect);
}

/* ---- UdpConnection methods ---------------------------------------------------------- */

/* Workerman 4 takes the listener's stream; we also take its int fd (getSocket()'s value). */
ZEND_METHOD(Workerman_Connection_UdpConnection, __construct)
{
	zval *socket;
	zend_string *remote;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(socket)
		Z_PARAM_STR(remote)
	ZEND_PARSE_PARAMETERS_END();
	wm_udp_obj *u = WM_UDP_THIS();
	int fd = -1;
	if (Z_TYPE_P(socket) == IS_LONG) {
		fd = (int)Z_LVAL_P(socket);
	} else if (Z_TYPE_P(socket) == IS_RESOURCE) {
		php_stream *stream;
		php_stream_from_zval(stream, socket);
		php_socket_t sock;
		if (php_stream_cast(stream, PHP_STREAM_AS_SOCKETD, (void **)&sock, 0) == SUCCESS) {
			fd = (int)sock;
		}
	}
	u->fd = fd;
	if (u->remote) {
		zend_string_release(u->remote);
	}
	u->remote = zend_string_copy(remote);
	/* The peer as a sockaddr for sendto(); numeric addresses only. */
	char host[256], port[16];
	u->peer_len = 0;
	if (wm_udp_split(ZSTR_VAL(remote), host, sizeof(host), port, sizeof(port))) {
		memset(&u->peer, 0, sizeof(u->peer));
		if (inet_pton(AF_INET, host, &u->peer.in.sin_addr) == 1) {
			u->peer.in.sin_family = AF_INET;
			u->peer.in.sin_port = htons((uint16_t)atoi(port));
			u->peer_len = sizeof(u->peer.in);
		} else if (inet_pton(AF_INET6, host, &u->peer.in6.sin6_addr) == 1) {
			u->peer.in6.sin6_family = AF_INET6;
			u->peer.in6.sin6_port = htons((uint16_t)atoi(port));
			u->peer_len = sizeof(u->peer.in6);
		}
	}
}

ZEND_METHOD(Workerman_Connection_UdpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_udp_send(WM_UDP_THIS(), data, raw, return_value);
}

/* [4] close() only sends: the socket is the Worker's listener, shared by every peer. */
ZEND_METHOD(Workerman_Connection_UdpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	if (data && Z_TYPE_P(data) != IS_NULL) {
		zval ignored;
		wm_udp_send(WM_UDP_THIS(), data, raw, &ignored);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_udp_remote_ip(WM_UDP_THIS()));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *remote = wm_udp_remote(WM_UDP_THIS());
	RETURN_LONG(wm_udp_port_after_colon(remote));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getRemoteAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_udp_remote(WM_UDP_THIS()));
}

/* Workerman 4 cuts the local address at its last ':' and keeps IPv6 brackets. */
static void wm_udp_local_ip(wm_udp_obj *u, zval *return_value)
{
	zend_string *local = wm_udp_local(u);
	const char *colon = zend_memrchr(ZSTR_VAL(local), ':', ZSTR_LEN(local));
	if (!colon || colon == ZSTR_VAL(local)) {
		RETVAL_EMPTY_STRING();
	} else {
		RETVAL_STRINGL(ZSTR_VAL(local), (size_t)(colon - ZSTR_VAL(local)));
	}
	zend_string_release(local);
}

static zend_long wm_udp_local_port(wm_udp_obj *u)
{
	zend_string *local = wm_udp_local(u);
	const char *colon = zend_memrchr(ZSTR_VAL(local), ':', ZSTR_LEN(local));
	zend_long port = colon && colon != ZSTR_VAL(local) ? ZEND_STRTOL(colon + 1, NULL, 10) : 0;
	zend_string_release(local);
	return port;
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_udp_local_ip(WM_UDP_THIS(), return_value);
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wm_udp_local_port(WM_UDP_THIS()));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, getLocalAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_udp_local(WM_UDP_THIS()));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_udp_obj *u = WM_UDP_THIS();
	zval *transport = wm_udp_prop(u, wm_udp_off_transport);
	if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix")) {
		RETURN_FALSE;
	}
	RETURN_BOOL(!wm_udp_is_v6(u));
}

ZEND_METHOD(Workerman_Connection_UdpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_udp_is_v6(WM_UDP_THIS()));
}

/* The bare fd (no PHP stream is made for it), or null when there is no socket. */
ZEND_METHOD(Workerman_Connection_UdpConnection, getSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_udp_obj *u = WM_UDP_THIS();
	if (u->fd < 0) {
		RETURN_NULL();
	}
	RETURN_LONG(u->fd);
}

/* [5] the transport and the address getters. */
ZEND_METHOD(Workerman_Connection_UdpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_udp_obj *u = WM_UDP_THIS();
	zval v;
	array_init(return_value);
	ZVAL_COPY(&v, wm_udp_prop(u, wm_udp_off_transport));
	add_assoc_zval(return_value, "transport", &v);
	zend_string *remote = wm_udp_remote(u);
	add_assoc_str(return_value, "getRemoteIp", wm_udp_remote_ip(u));
	add_assoc_long(return_value, "remotePort", wm_udp_port_after_colon(remote));
	add_assoc_str(return_value, "getRemoteAddress", zend_string_copy(remote));
	wm_udp_local_ip(u, &v);
	add_assoc_zval(return_value, "getLocalIp", &v);
	add_assoc_long(return_value, "getLocalPort", wm_udp_local_port(u));
	add_assoc_str(return_value, "getLocalAddress", wm_udp_local(u));
	bool v6 = wm_udp_is_v6(u);
	zval *transport = wm_udp_prop(u, wm_udp_off_transport);
	bool unix_transport = Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix");
	add_assoc_bool(return_value, "isIpV4", !unix_transport && !v6);
	add_assoc_bool(return_value, "isIpV6", v6);
}

/* ---- AsyncUdpConnection methods ------------------------------------------------------ */

/* 'udp://host:port' or '<scheme>://host:port' (scheme -> '\Protocols\X' or
 * '\Workerman\Protocols\X', with the leading '\' Workerman gives it). */
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, __construct)
{
	zend_string *address;
	HashTable *context = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(context)
	ZEND_PARSE_PARAMETERS_END();
	wm_udp_obj *u = WM_UDP_THIS();
	const char *colon = memchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
	size_t scheme_len = colon ? (size_t)(colon - ZSTR_VAL(address)) : ZSTR_LEN(address);
	if (!(scheme_len == 3 && memcmp(ZSTR_VAL(address), "udp", 3) == 0)) {
		zend_string *cls = wm_protocol_resolve_scheme(ZSTR_VAL(address), scheme_len);
		if (!cls) {
			RETURN_THROWS();
		}
		zval *protocol = OBJ_PROP(&u->std, wm_udp_off_protocol);
		zval old;
		ZVAL_COPY_VALUE(&old, protocol);
		ZVAL_STR(protocol, zend_string_concat2("\\", 1, ZSTR_VAL(cls), ZSTR_LEN(cls)));
		zend_string_release(cls);
		zval_ptr_dtor(&old);
	}
	/* Workerman drops the two characters after the scheme's ':' ("//"). */
	size_t skip = colon ? scheme_len + 1 + 2 : ZSTR_LEN(address);
	if (skip > ZSTR_LEN(address)) {
		skip = ZSTR_LEN(address);
	}
	if (u->remote) {
		zend_string_release(u->remote);
	}
	u->remote = zend_string_init(ZSTR_VAL(address) + skip, ZSTR_LEN(address) - skip, 0);
	if (context) {
		zval *socket = zend_hash_str_find_deref(context, "socket", sizeof("socket") - 1);
		if (socket && Z_TYPE_P(socket) == IS_ARRAY) {
			zval *bindto = zend_hash_str_find_deref(Z_ARRVAL_P(socket), "bindto", sizeof("bindto") - 1);
			if (bindto && Z_TYPE_P(bindto) == IS_STRING) {
				if (u->bindto) {
					zend_string_release(u->bindto);
				}
				u->bindto = zend_string_copy(Z_STR_P(bindto));
			}
			zval *broadcast = zend_hash_str_find_deref(Z_ARRVAL_P(socket), "so_broadcast", sizeof("so_broadcast") - 1);
			u->broadcast = broadcast && zend_is_true(broadcast);
		}
	}
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_udp_send(WM_UDP_THIS(), data, raw, return_value);
}

/* send($data), stop watching, close the socket, onClose($c), then forget the callbacks. */
ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_udp_obj *u = WM_UDP_THIS();
	if (data && Z_TYPE_P(data) != IS_NULL) {
		zval ignored;
		wm_udp_send(u, data, raw, &ignored);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	if (wm_udp_unwatch(u)) {
		OBJ_RELEASE(&u->std); /* the watcher's reference; $this still holds one */
	}
	if (u->owns_fd && u->fd >= 0) {
		close(u->fd);
	}
	u->fd = -1;
	u->owns_fd = false;
	u->connected = false;
	if (wm_udp_callback(u, wm_udp_off_on_close) == FAILURE) {
		RETURN_TRUE;
	}
	wm_udp_prop_set_null(u, wm_udp_off_on_connect);
	wm_udp_prop_set_null(u, wm_udp_off_on_message);
	wm_udp_prop_set_null(u, wm_udp_off_on_close);
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Connection_AsyncUdpConnection, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_udp_async_connect(WM_UDP_THIS());
}

void wm_udp_minit(void)
{
	wm_ce_UdpConnection = wm_api_reg->UdpConnection(wm_ce_ConnectionInterface,
		php_json_serializable_ce);
	wm_ce_UdpConnection->create_object = wm_udp_create;
	wm_ce_AsyncUdpConnection = wm_api_reg->AsyncUdpConnection(wm_ce_UdpConnection);
	wm_ce_AsyncUdpConnection->create_object = wm_udp_create;
	memcpy(&wm_udp_handlers, zend_get_std_object_handlers(), sizeof(wm_udp_handlers));
	wm_udp_handlers.offset = XtOffsetOf(wm_udp_obj, std);
	wm_udp_handlers.free_obj = wm_udp_free;
	wm_udp_handlers.clone_obj = NULL;
	wm_udp_off_on_message = wm_udp_prop_offset(wm_ce_UdpConnection, "onMessage");
	wm_udp_off_on_close = wm_udp_prop_offset(wm_ce_UdpConnection, "onClose");
	wm_udp_off_protocol = wm_udp_prop_offset(wm_ce_UdpConnection, "protocol");
	wm_udp_off_transport = wm_udp_prop_offset(wm_ce_UdpConnection, "transport");
	wm_udp_off_on_connect = wm_udp_prop_offset(wm_ce_AsyncUdpConnection, "onConnect");
}
