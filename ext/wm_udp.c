/* wm_udp.c: UdpConnection, the peer of one datagram: its object (made per datagram by a udp
 * Worker's receive path, wm_udp_listen.c), send/close, the address getters (wm_addr.c) and
 * the registration of both udp classes. AsyncUdpConnection is wm_udp_async.c. No socket is
 * read here; PHP is called only for a user protocol's encode(). */
#include "wm_udp_obj.h"
#include "wm_addr.h"
#include "wm_api.h"

#include "ext/json/php_json.h"
#include "main/php_network.h"

#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

zend_class_entry *wm_ce_UdpConnection;
zend_class_entry *wm_ce_AsyncUdpConnection;
static zend_object_handlers wm_udp_handlers;

uint32_t wm_udp_off_on_message, wm_udp_off_on_close, wm_udp_off_protocol, wm_udp_off_transport,
	wm_udp_off_on_connect;

char wm_udp_buf[WM_UDP_MAX];

static uint32_t wm_udp_prop_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info);
	return info->offset;
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
		u->remote = wm_addr_string(&u->peer.sa, u->peer_len);
	}
	return u->remote;
}

/* getRemoteIp(): before the last ':' (none or at 0: ''), '[' and ']' trimmed off. */
static zend_string *wm_udp_remote_ip(wm_udp_obj *u)
{
	return wm_addr_ip(wm_udp_remote(u), true);
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

/* send(): encode, then (async) connect on first use, then one datagram. */
void wm_udp_send(wm_udp_obj *u, zval *data, bool raw, zval *return_value)
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


/* ---- what a udp Worker's receive path asks of a UdpConnection ----------------------- */

zend_result wm_udp_call_proto(zend_object *conn, zval *protocol, const wm_proto_class *cls,
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
	ZVAL_OBJ(&args[1], conn);
	return wm_call_function(fn, NULL, cls->ce, retval, 2, args, false);
}

zend_object *wm_udp_conn_new(int fd, const wm_udp_addr *peer, socklen_t peer_len, zval *protocol)
{
	zval conn;
	object_init_ex(&conn, wm_ce_UdpConnection);
	wm_udp_obj *u = wm_udp_from_obj(Z_OBJ(conn));
	u->fd = fd; /* replies leave by the socket the datagram came in on */
	memcpy(&u->peer, peer, peer_len);
	u->peer_len = peer_len;
	ZVAL_COPY_DEREF(OBJ_PROP(&u->std, wm_udp_off_protocol), protocol);
	return Z_OBJ(conn);
}

zval *wm_udp_conn_protocol(zend_object *conn)
{
	return OBJ_PROP(conn, wm_udp_off_protocol);
}

/* "host:port" or "[v6]:port" into host and port; false when there is no port. */
bool wm_udp_split(const char *address, char *host, size_t host_len, char *port, size_t port_len)
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
	zend_string *local = wm_addr_local(u->fd);
	RETVAL_STR(wm_addr_ip(local, false));
	zend_string_release(local);
}

static zend_long wm_udp_local_port(wm_udp_obj *u)
{
	zend_string *local = wm_addr_local(u->fd);
	zend_long port = wm_addr_port(local);
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
	RETURN_STR(wm_addr_local(WM_UDP_THIS()->fd));
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
	add_assoc_str(return_value, "getLocalAddress", wm_addr_local(u->fd));
	bool v6 = wm_udp_is_v6(u);
	zval *transport = wm_udp_prop(u, wm_udp_off_transport);
	bool unix_transport = Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix");
	add_assoc_bool(return_value, "isIpV4", !unix_transport && !v6);
	add_assoc_bool(return_value, "isIpV6", v6);
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
