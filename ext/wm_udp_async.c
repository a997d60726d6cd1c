/* wm_udp_async.c: AsyncUdpConnection, a connected udp client socket: connect (name lookup,
 * bindto, so_broadcast), its read watcher (which holds the object, as Workerman's loop
 * does), decode() and onConnect/onMessage/onClose. The object and send() are UdpConnection's
 * (wm_udp.c). PHP only via wm_call*(). */
#include "wm_udp_obj.h"
#include "wm_conn.h"
#include "wm_loop.h"
#include "wm_reactor.h"
#include "wm_fiber.h"
#include "wm_log.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void wm_udp_prop_set_null(wm_udp_obj *u, uint32_t offset)
{
	zval *zv = OBJ_PROP(&u->std, offset);
	zval old;
	ZVAL_COPY_VALUE(&old, zv);
	ZVAL_NULL(zv);
	zval_ptr_dtor(&old);
}

static void wm_udp_async_readable(int fd, short what, void *arg);

/* Async connections with a read watcher, by object handle: each holds a reference to
 * itself (the loop's), given back at close() or at request shutdown. */
static HashTable wm_udp_watching;
static bool wm_udp_watching_ready;

static void wm_udp_watch(wm_udp_obj *u, int fd)
{
	if (!wm_udp_watching_ready) {
		zend_hash_init(&wm_udp_watching, 8, NULL, NULL, 0);
		wm_udp_watching_ready = true;
	}
	u->ev = emalloc(sizeof(wm_io));
	wm_io_init(u->ev, fd, wm_udp_async_readable, u);
	wm_io_set(u->ev, WM_IO_READ);
	zend_hash_index_update_ptr(&wm_udp_watching, u->std.handle, u);
	GC_ADDREF(&u->std);
}

/* Stops watching; true when the watcher's reference is now the caller's to release. */
bool wm_udp_unwatch(wm_udp_obj *u)
{
	if (!u->ev) {
		return false;
	}
	wm_io_set(u->ev, 0);
	efree(u->ev);
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
		wm_io_set(u->ev, 0);
		efree(u->ev);
		u->ev = NULL;
		OBJ_RELEASE(&u->std);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&wm_udp_watching);
	wm_udp_watching_ready = false;
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
		zend_result rc = wm_udp_call_proto(&u->std, protocol, cls, cls ? cls->decode : NULL, "decode", &raw, &message);
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

static void wm_udp_async_readable(int fd, short what, void *arg)
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

void wm_udp_async_connect(wm_udp_obj *u)
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
