/* wm_conn_async.c: AsyncTcpConnection, an outgoing connection: address parsing with
 * Workerman 4's scheme rules, non-blocking connect (IP literals, unix paths, host names via
 * libevent's evdns), connect completion, onError/onClose on failure, reconnect timers.
 * Once connected it is a TcpConnection: sending, receiving and destroy are wm_conn*.c's. */
#include "wm_conn_obj.h"
#include "wm_loop.h"
#include "wm_fiber.h"
#include "wm_timer.h"
#include "ext/standard/url.h"
#include "ext/standard/php_math.h"
#include "wm_api.h"
#include "wm_conn_proxy.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <event2/dns.h>
#include <event2/util.h>

zend_class_entry *wm_ce_AsyncTcpConnection;
zend_object_handlers wm_async_handlers;

typedef struct wm_async_obj {
	zend_string *host;        /* parse_url's host ('' when it had none) */
	zend_string *uri;         /* path (default '/') + '?query' */
	zend_string *address;     /* Workerman's _remoteAddress while no IP peer is known */
	zval context_option;      /* the constructor's array (socket bindto is honoured) */
	zend_long reconnect_timer;
	double connect_start;
	uint32_t attempt;         /* bumped by each connect(): stale DNS answers are ignored */
	uint16_t port;            /* 0 = none given (80 at connect) */
	uint16_t dial_port;       /* the proxy's port while dial_host is set */
	zend_string *dial_host;   /* 5.x proxy: TCP goes there first (NULL: straight to host) */
	wm_proxy *proxy;          /* the proxy handshake under way, else NULL */
	wm_conn_obj conn;         /* last: ends with the zend_object */
} wm_async_obj;

static inline wm_async_obj *wm_async_from_conn(const wm_conn_obj *conn)
{
	return (wm_async_obj *)((char *)conn - XtOffsetOf(wm_async_obj, conn));
}

static inline wm_async_obj *wm_async_from_obj(zend_object *obj)
{
	return wm_async_from_conn(wm_conn_from_obj(obj));
}

#define WM_ASYNC_THIS() wm_async_from_obj(Z_OBJ_P(ZEND_THIS))

static uint32_t wm_on_connect_offset; /* the declared onConnect slot */
/* 5.x's declared proxy properties: proxySocks5, proxyHttp, proxyAuthorization,
 * proxySocks5Username, proxySocks5Password. */
enum { WM_AP_SOCKS5, WM_AP_HTTP, WM_AP_AUTH, WM_AP_USER, WM_AP_PASS, WM_AP__COUNT };
static const char *const wm_async_proxy_props[WM_AP__COUNT] = {"proxySocks5", "proxyHttp",
	"proxyAuthorization", "proxySocks5Username", "proxySocks5Password"};
static uint32_t wm_async_proxy_offset[WM_AP__COUNT];
static zend_string *wm_str_connect;

static zval *wm_async_on_connect(wm_async_obj *async)
{
	return OBJ_PROP(&async->conn.std, wm_on_connect_offset);
}

zend_string *wm_async_remote_address(const wm_conn_obj *conn)
{
	wm_async_obj *async = wm_async_from_conn(conn);
	return async->address ? zend_string_copy(async->address) : NULL;
}

static void wm_async_set_address(wm_async_obj *async, zend_string *address)
{
	if (async->address) {
		zend_string_release(async->address);
	}
	async->address = address;
}

/* Drops a proxy leg (handshake state and the proxy's address) of an earlier attempt. */
static void wm_async_forget_proxy(wm_async_obj *async)
{
	wm_proxy_free(async->proxy);
	async->proxy = NULL;
	if (async->dial_host) {
		zend_string_release(async->dial_host);
		async->dial_host = NULL;
	}
}

/* ---- object life ---------------------------------------------------------------------- */

static zend_object *wm_async_create(zend_class_entry *ce)
{
	wm_async_obj *async = zend_object_alloc(sizeof(wm_async_obj), ce);
	memset(async, 0, XtOffsetOf(wm_async_obj, conn));
	ZVAL_EMPTY_ARRAY(&async->context_option);
	async->host = ZSTR_EMPTY_ALLOC();
	async->uri = ZSTR_EMPTY_ALLOC();
	wm_conn_init(&async->conn, ce);
	async->conn.std.handlers = &wm_async_handlers;
	async->conn.status = WM_CONN_INITIAL;
	return &async->conn.std;
}

static void wm_async_free(zend_object *obj)
{
	wm_async_obj *async = wm_async_from_obj(obj);
	zend_string_release(async->host);
	zend_string_release(async->uri);
	wm_async_set_address(async, NULL);
	wm_async_forget_proxy(async);
	zval_ptr_dtor(&async->context_option);
	wm_conn_handlers.free_obj(obj);
}

/* TcpConnection's held zvals, the context option and the declared slots (onConnect and
 * a subclass's properties) unless the properties table already points at them. */
static HashTable *wm_async_get_gc(zend_object *obj, zval **table, int *n)
{
	wm_async_obj *async = wm_async_from_obj(obj);
	wm_conn_obj *conn = &async->conn;
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &conn->shared);
	zend_get_gc_buffer_add_zval(buffer, &async->context_option);
	if (conn->extra) {
		zend_get_gc_buffer_add_zval(buffer, &conn->extra->context);
		zend_get_gc_buffer_add_zval(buffer, &conn->extra->headers);
		zend_get_gc_buffer_add_zval(buffer, &conn->extra->id);
	}
	if (!obj->properties) {
		for (int i = 0; i < obj->ce->default_properties_count; i++) {
			zend_get_gc_buffer_add_zval(buffer, &obj->properties_table[i]);
		}
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return obj->properties;
}

/* var_dump & co: TcpConnection's list, which shows the declared onConnect once the
 * properties table exists. */
static HashTable *wm_async_get_properties_for(zend_object *obj, zend_prop_purpose purpose)
{
	zend_std_get_properties(obj);
	return wm_conn_handlers.get_properties_for(obj, purpose);
}

/* ---- constructor ------------------------------------------------------------------------ */

/* Workerman 4's transports; any other scheme names a protocol class. Case-sensitive. */
static bool wm_async_builtin_transport(const char *scheme, size_t len)
{
	static const char *const names[] = {"tcp", "udp", "unix", "ssl", "sslv2", "sslv3", "tls"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strlen(names[i]) == len && memcmp(names[i], scheme, len) == 0) {
			return true;
		}
	}
	return false;
}

/* '\Protocols\<Ucfirst>' if that class exists, else '\Workerman\Protocols\<Ucfirst>' (with
 * the leading backslash Workerman's AsyncTcpConnection stores), else the exception. */
static zend_string *wm_async_protocol_class(const char *scheme, size_t len)
{
	zend_string *name = wm_protocol_resolve_scheme(scheme, len);
	if (!name) {
		return NULL;
	}
	zend_string *with_slash = zend_string_concat2("\\", 1, ZSTR_VAL(name), ZSTR_LEN(name));
	zend_string_release(name);
	return with_slash;
}

/* After '//' of the address (Workerman: substr($address, strpos($address, '/') + 2)). */
static zend_string *wm_async_unix_path(zend_string *address)
{
	const char *slash = memchr(ZSTR_VAL(address), '/', ZSTR_LEN(address));
	size_t from = slash ? (size_t)(slash - ZSTR_VAL(address)) + 2 : 2;
	if (from >= ZSTR_LEN(address)) {
		return ZSTR_EMPTY_ALLOC();
	}
	return zend_string_init(ZSTR_VAL(address) + from, ZSTR_LEN(address) - from, 0);
}

/* parse_url() and Workerman's fallbacks; fills host/port/uri/address, returns the scheme. */
static zend_string *wm_async_parse(wm_async_obj *async, zend_string *address)
{
	php_url *url = php_url_parse_ex(ZSTR_VAL(address), ZSTR_LEN(address));
	zend_string *scheme;
	if (!url) {
		/* parse_url() failed: 'scheme:rest' (unix:///path lands here) */
		const char *colon = memchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
		size_t scheme_len = colon ? (size_t)(colon - ZSTR_VAL(address)) : ZSTR_LEN(address);
		scheme = zend_string_init(ZSTR_VAL(address), scheme_len, 0);
		async->port = 80; /* Workerman's property default */
		if (zend_string_equals_literal_ci(scheme, "unix")) {
			wm_async_set_address(async, wm_async_unix_path(address));
		} else if (colon) {
			wm_async_set_address(async, zend_string_init(colon + 1, ZSTR_LEN(address) - scheme_len - 1, 0));
		} else {
			wm_async_set_address(async, ZSTR_EMPTY_ALLOC());
		}
		return scheme;
	}
	scheme = url->scheme ? zend_string_copy(url->scheme) : zend_string_init("tcp", 3, 0);
	zend_string_release(async->host);
	async->host = url->host ? zend_string_copy(url->host) : ZSTR_EMPTY_ALLOC();
	async->port = url->port;
	zend_string_release(async->uri);
	smart_str uri = {0};
	if (url->path) {
		smart_str_append(&uri, url->path);
	} else {
		smart_str_appendc(&uri, '/');
	}
	if (url->query) {
		smart_str_appendc(&uri, '?');
		smart_str_append(&uri, url->query);
	}
	async->uri = smart_str_extract(&uri);
	if (zend_string_equals_literal_ci(scheme, "unix")) {
		wm_async_set_address(async, wm_async_unix_path(address));
	} else {
		char port[8];
		int n = snprintf(port, sizeof(port), "%u", (unsigned)async->port);
		wm_async_set_address(async, zend_string_concat3(ZSTR_VAL(async->host), ZSTR_LEN(async->host), ":", 1, port, n));
	}
	php_url_free(url);
	return scheme;
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, __construct)
{
	zend_string *address;
	zval *context = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(context)
	ZEND_PARSE_PARAMETERS_END();
	wm_async_obj *async = WM_ASYNC_THIS();
	wm_conn_obj *conn = &async->conn;
	zend_string *scheme = wm_async_parse(async, address);
	if (wm_async_builtin_transport(ZSTR_VAL(scheme), ZSTR_LEN(scheme))) {
		wm_conn_set_transport(conn, zend_string_copy(scheme));
	} else {
		zend_string *protocol = wm_async_protocol_class(ZSTR_VAL(scheme), ZSTR_LEN(scheme));
		if (!protocol) {
			zend_string_release(scheme);
			RETURN_THROWS();
		}
		zval value;
		ZVAL_STR(&value, protocol);
		wm_conn_sh_set(conn, WM_SH_PROTOCOL, &value);
		zval_ptr_dtor(&value);
		conn->proto_kind = WM_PROTO_UNRESOLVED;
		conn->proto_cls = NULL;
	}
	zend_string_release(scheme);
	if (context) {
		zval_ptr_dtor(&async->context_option);
		ZVAL_COPY(&async->context_option, context);
	}
	conn->status = WM_CONN_INITIAL;
	zval *all = wm_conn_all();
	if (all) {
		wm_conn_map_put(all, conn->internal_id, &conn->std);
	}
}

/* ---- failure ------------------------------------------------------------------------------ */

/* Workerman's emitError + what connect()/checkConnection() do after it: CLOSING,
 * onError($c, WORKERMAN_CONNECT_FAIL, $msg), destroy() if still CLOSING (onClose), and
 * onConnect = null if that left it CLOSED. onError/onClose may reconnect(). */
static void wm_async_fail(wm_async_obj *async, zend_string *msg)
{
	wm_conn_obj *conn = &async->conn;
	GC_ADDREF(&conn->std);
	if (conn->armed) {
		wm_io_set(&conn->ev, 0);
		conn->armed = 0;
	}
	conn->status = WM_CONN_CLOSING;
	zval args[2];
	ZVAL_LONG(&args[0], 1); /* WORKERMAN_CONNECT_FAIL */
	ZVAL_STR(&args[1], msg);
	zend_result rc = wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_ERROR), 2, args);
	zend_string_release(msg);
	if (rc == FAILURE && wm_exiting()) {
		OBJ_RELEASE(&conn->std);
		return;
	}
	if (conn->status == WM_CONN_CLOSING) {
		wm_conn_destroy(conn);
	}
	if (conn->status == WM_CONN_CLOSED && !wm_exiting()) {
		zval *on_connect = wm_async_on_connect(async);
		zval old;
		ZVAL_COPY_VALUE(&old, on_connect);
		ZVAL_NULL(on_connect);
		zval_ptr_dtor(&old);
	}
	OBJ_RELEASE(&conn->std);
}

static double wm_async_now(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

/* "connect <address> fail after <round(seconds, 4)> seconds", the float as PHP prints it. */
static zend_string *wm_async_timeout_message(wm_async_obj *async)
{
	smart_str msg = {0};
	zend_string *address = wm_conn_remote_address(&async->conn);
	smart_str_appends(&msg, "connect ");
	smart_str_append(&msg, address);
	smart_str_appends(&msg, " fail after ");
	double seconds = _php_math_round(wm_async_now() - async->connect_start, 4, PHP_ROUND_HALF_UP);
	smart_str_append_double(&msg, seconds, (int)EG(precision), false);
	smart_str_appends(&msg, " seconds");
	zend_string_release(address);
	return smart_str_extract(&msg);
}

/* ---- connecting ---------------------------------------------------------------------------- */

static void wm_async_on_writable(int fd, short what, void *arg);
static void wm_async_tunnel_up(wm_async_obj *async);

static void wm_async_proxy_done(void *arg, zend_string *error)
{
	wm_async_obj *async = arg;
	wm_proxy_free(async->proxy);
	async->proxy = NULL;
	if (async->conn.status != WM_CONN_CONNECTING || wm_exiting()) {
		if (error) {
			zend_string_release(error);
		}
		return;
	}
	GC_ADDREF(&async->conn.std);
	if (error) {
		wm_async_fail(async, error);
	} else {
		wm_async_tunnel_up(async);
	}
	OBJ_RELEASE(&async->conn.std);
}

static zend_string *wm_async_proxy_prop(wm_async_obj *async, int which)
{
	zval *value = OBJ_PROP(&async->conn.std, wm_async_proxy_offset[which]);
	ZVAL_DEREF(value);
	return Z_TYPE_P(value) == IS_STRING ? zend_string_copy(Z_STR_P(value)) : ZSTR_EMPTY_ALLOC();
}

static bool wm_async_header_unsafe(const zend_string *value)
{
	size_t len = ZSTR_LEN(value);
	return memchr(ZSTR_VAL(value), '\r', len) || memchr(ZSTR_VAL(value), '\n', len) || memchr(ZSTR_VAL(value), '\0', len);
}

/* The TCP leg reached the proxy: ask it for the tunnel to host:port (Workerman 5's order:
 * SOCKS5 when both are set). */
static void wm_async_start_proxy(wm_async_obj *async)
{
	wm_proxy_target target = {0};
	zend_string *socks = wm_async_proxy_prop(async, WM_AP_SOCKS5);
	target.kind = ZSTR_LEN(socks) ? WM_PROXY_SOCKS5 : WM_PROXY_HTTP;
	zend_string_release(socks);
	target.host = zend_string_copy(async->host);
	target.port = async->port;
	target.user = wm_async_proxy_prop(async, WM_AP_USER);
	target.pass = wm_async_proxy_prop(async, WM_AP_PASS);
	target.auth = wm_async_proxy_prop(async, WM_AP_AUTH);
	if (wm_async_header_unsafe(target.auth)) {
		/* Written into the CONNECT request as it is, a line break would add headers. */
		zend_string_release(target.host);
		zend_string_release(target.user);
		zend_string_release(target.pass);
		zend_string_release(target.auth);
		static const char refused[] = "proxy handshake failed: Header 'Proxy-Authorization' may not contain "
			"more than a single header, new line detected";
		wm_async_fail(async, zend_string_init(refused, sizeof(refused) - 1, 0));
		return;
	}
	async->proxy = wm_proxy_start(&async->conn, &target, wm_async_proxy_done, async);
	if (!async->proxy) {
		wm_async_fail(async, zend_string_init("proxy handshake failed: the proxy closed the connection",
			sizeof("proxy handshake failed: the proxy closed the connection") - 1, 0));
	}
}

/* "host:port" of $proxySocks5 / $proxyHttp (IPv6 in brackets) into dial_host/dial_port. */
static void wm_async_choose_proxy(wm_async_obj *async)
{
	zend_string *address = wm_async_proxy_prop(async, WM_AP_SOCKS5);
	if (!ZSTR_LEN(address)) {
		zend_string_release(address);
		address = wm_async_proxy_prop(async, WM_AP_HTTP);
	}
	const char *text = ZSTR_VAL(address), *colon = strrchr(text, ':');
	if (ZSTR_LEN(address) && colon && colon > text) {
		size_t host_len = (size_t) (colon - text);
		async->dial_host = zend_string_init(text, host_len, 0);
		async->dial_port = (uint16_t) atoi(colon + 1);
	}
	zend_string_release(address);
}

static zend_string *wm_async_dial_host(wm_async_obj *async)
{
	return async->dial_host ? async->dial_host : async->host;
}

static uint16_t wm_async_dial_port(wm_async_obj *async)
{
	return async->dial_host ? async->dial_port : async->port;
}

/* The socket is connected (or failed): Workerman's checkConnection(). */
static void wm_async_established(wm_async_obj *async)
{
	wm_conn_obj *conn = &async->conn;
	struct sockaddr_storage peer;
	socklen_t peer_len = sizeof(peer);
	int error = 0;
	socklen_t error_len = sizeof(error);
	if (getsockopt(conn->fd, SOL_SOCKET, SO_ERROR, &error, &error_len) != 0 || error != 0
		|| getpeername(conn->fd, (struct sockaddr *)&peer, &peer_len) != 0) {
		wm_async_fail(async, wm_async_timeout_message(async));
		return;
	}
	if (peer.ss_family == AF_UNIX) {
		struct sockaddr_un *un = (struct sockaddr_un *)&peer;
		size_t max = peer_len > offsetof(struct sockaddr_un, sun_path) ? peer_len - offsetof(struct sockaddr_un, sun_path) : 0;
		wm_async_set_address(async, zend_string_init(un->sun_path, strnlen(un->sun_path, max), 0));
		conn->peer_family = AF_UNIX;
	} else {
		if (zend_string_equals_literal(wm_conn_transport(conn), "tcp")) {
			int one = 1;
			setsockopt(conn->fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
			setsockopt(conn->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		}
		wm_conn_store_peer(conn, (struct sockaddr *)&peer, peer_len);
		wm_async_set_address(async, NULL);
	}
	if (async->dial_host) {
		wm_async_start_proxy(async);
		return;
	}
	wm_async_tunnel_up(async);
}

/* Connected to the peer (straight, or through the proxy's tunnel): TLS, then onConnect. */
static void wm_async_tunnel_up(wm_async_obj *async)
{
	wm_conn_obj *conn = &async->conn;
	/* TLS: the first handshake step now; onConnect does not wait for the rest (4.2.1).
	 * A handshake done at once runs onSslHandshake, which may close or reconnect. */
	if (zend_string_equals_literal(wm_conn_transport(conn), "ssl")) {
		uint32_t attempt = async->attempt;
		if (wm_conn_io_tls_client(conn, &async->context_option, async->host) == FAILURE) {
			wm_conn_destroy(conn);
			return;
		}
		if (async->attempt != attempt || conn->status != WM_CONN_CONNECTING || wm_exiting()) {
			return;
		}
	}
	conn->status = WM_CONN_ESTABLISHED;
	wm_conn_arm(conn); /* read, and write what send() queued before */
	if (wm_conn_emit(conn, wm_async_on_connect(async), 0, NULL) == FAILURE && wm_exiting()) {
		return;
	}
	const wm_builtin_proto *builtin = wm_protocol_builtin(wm_conn_proto(conn));
	if (builtin) {
		if (builtin->on_connect && conn->status == WM_CONN_ESTABLISHED) {
			builtin->on_connect(conn);
		}
	} else if (wm_conn_proto(conn) == WM_PROTO_USER && conn->proto_cls && conn->proto_cls->on_connect) {
		zval arg;
		ZVAL_OBJ(&arg, &conn->std);
		GC_ADDREF(&conn->std);
		wm_call_function(conn->proto_cls->on_connect, NULL, conn->proto_cls->ce, NULL, 1, &arg, false);
		OBJ_RELEASE(&conn->std);
	}
}

static void wm_async_on_writable(int fd, short what, void *arg)
{
	wm_async_obj *async = arg;
	wm_conn_obj *conn = &async->conn;
	wm_io_set(&conn->ev, 0); /* one-shot: off before a Fiber-mode divert runs it again */
	conn->armed = 0;
	if (wm_fiber_divert(wm_async_on_writable, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	if (conn->status != WM_CONN_CONNECTING || wm_exiting()) {
		return;
	}
	GC_ADDREF(&conn->std);
	wm_async_established(async);
	OBJ_RELEASE(&conn->std);
}

/* context['socket']['bindto'] = 'ip:port' (Workerman passes the context to PHP's stream). */
static bool wm_async_bind(wm_async_obj *async, int fd, int family)
{
	if (Z_TYPE(async->context_option) != IS_ARRAY) {
		return true;
	}
	zval *socket = zend_hash_str_find_deref(Z_ARRVAL(async->context_option), "socket", sizeof("socket") - 1);
	zval *bindto = socket && Z_TYPE_P(socket) == IS_ARRAY
		? zend_hash_str_find_deref(Z_ARRVAL_P(socket), "bindto", sizeof("bindto") - 1) : NULL;
	if (!bindto || Z_TYPE_P(bindto) != IS_STRING || family == AF_UNIX) {
		return true;
	}
	const char *text = Z_STRVAL_P(bindto);
	const char *colon = strrchr(text, ':');
	char host[INET6_ADDRSTRLEN + 2] = "";
	size_t host_len = colon ? (size_t)(colon - text) : strlen(text);
	if (host_len >= 2 && text[0] == '[' && text[host_len - 1] == ']') {
		text++;
		host_len -= 2;
	}
	if (host_len >= sizeof(host)) {
		return false;
	}
	memcpy(host, text, host_len);
	host[host_len] = '\0';
	int port = colon ? atoi(colon + 1) : 0;
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len;
	if (family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)port);
		if (host_len && inet_pton(AF_INET6, host, &in6->sin6_addr) != 1) {
			return false;
		}
		len = sizeof(*in6);
	} else {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;
		in->sin_family = AF_INET;
		in->sin_port = htons((uint16_t)port);
		if (host_len && inet_pton(AF_INET, host, &in->sin_addr) != 1) {
			return false;
		}
		len = sizeof(*in);
	}
	return bind(fd, (struct sockaddr *)&ss, len) == 0;
}

/* Starts a non-blocking connect to one address: 0 = under way (watcher armed), else errno. */
static int wm_async_start(wm_async_obj *async, const struct sockaddr *addr, socklen_t len)
{
	wm_conn_obj *conn = &async->conn;
	wm_conn_close_socket(conn); /* what an earlier attempt left open */
	int fd = socket(addr->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		return errno;
	}
	if (!wm_async_bind(async, fd, addr->sa_family)) {
		int error = errno ? errno : EADDRNOTAVAIL;
		close(fd);
		return error;
	}
	int rc;
	do {
		rc = connect(fd, addr, len);
	} while (rc != 0 && errno == EINTR);
	if (rc != 0 && errno != EINPROGRESS) {
		int error = errno;
		close(fd);
		return error;
	}
	conn->fd = fd;
	wm_io_init(&conn->ev, fd, wm_async_on_writable, async);
	if (!wm_io_set(&conn->ev, WM_IO_WRITE)) {
		int error = errno;
		conn->fd = -1;
		close(fd);
		return error;
	}
	conn->armed = WM_IO_WRITE;
	return 0;
}

/* Tries the addresses in order, like PHP's stream_socket_client(); the first that starts
 * connecting wins. Failing all: onError with the last error's text (PHP's errstr). */
static void wm_async_try(wm_async_obj *async, struct evutil_addrinfo *list)
{
	int error = ECONNREFUSED;
	for (struct evutil_addrinfo *ai = list; ai; ai = ai->ai_next) {
		if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) {
			continue;
		}
		struct sockaddr_storage ss;
		memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
		if (ai->ai_family == AF_INET) {
			((struct sockaddr_in *)&ss)->sin_port = htons(wm_async_dial_port(async));
		} else {
			((struct sockaddr_in6 *)&ss)->sin6_port = htons(wm_async_dial_port(async));
		}
		error = wm_async_start(async, (struct sockaddr *)&ss, (socklen_t)ai->ai_addrlen);
		if (error == 0) {
			return;
		}
	}
	wm_async_fail(async, zend_string_init(strerror(error), strlen(strerror(error)), 0));
}

/* ---- name resolution (evdns) --------------------------------------------------------------
 * One evdns_base per process on its loop, made on first use (after fork: in the worker).
 * It reads /etc/resolv.conf and /etc/hosts, so 'localhost' is answered from the hosts file
 * without any query. Pending requests are listed so request shutdown can cancel them
 * while their objects still exist. */
typedef struct wm_dns_req {
	struct evdns_getaddrinfo_request *handle;
	wm_async_obj *async;      /* holds a reference */
	uint32_t attempt;
	struct wm_dns_req *prev, *next;
} wm_dns_req;

static struct evdns_base *wm_dns;
static pid_t wm_dns_pid;
static wm_dns_req *wm_dns_pending;

static struct evdns_base *wm_async_dns(void)
{
	if (wm_dns && wm_dns_pid != getpid()) {
		wm_dns = NULL; /* the parent's, on a loop this child forgot: left alone */
		wm_dns_pending = NULL;
	}
	if (!wm_dns) {
		int flags = EVDNS_BASE_DISABLE_WHEN_INACTIVE; /* idle: keeps no loop alive */
		/* WM_DNS_NAMESERVER=ip[:port] replaces resolv.conf's servers (tests use a local one). */
		const char *nameserver = getenv("WM_DNS_NAMESERVER");
		if (nameserver && *nameserver) {
			wm_dns = evdns_base_new(wm_loop_base(), flags);
			if (wm_dns) {
				evdns_base_nameserver_ip_add(wm_dns, nameserver);
				evdns_base_load_hosts(wm_dns, NULL);
			}
		} else {
			wm_dns = evdns_base_new(wm_loop_base(), flags | EVDNS_BASE_INITIALIZE_NAMESERVERS);
		}
		if (!wm_dns) {
			wm_dns = evdns_base_new(wm_loop_base(), flags);
			if (wm_dns) {
				evdns_base_load_hosts(wm_dns, NULL);
			}
		}
		if (wm_dns) {
			/* A dead resolver fails a connect in seconds, not after libevent's 3 x 5 s. */
			evdns_base_set_option(wm_dns, "timeout:", "2");
			evdns_base_set_option(wm_dns, "attempts:", "2");
		}
		wm_dns_pid = getpid();
	}
	return wm_dns;
}

static void wm_dns_unlink(wm_dns_req *req)
{
	if (req->prev) {
		req->prev->next = req->next;
	} else if (wm_dns_pending == req) {
		wm_dns_pending = req->next;
	}
	if (req->next) {
		req->next->prev = req->prev;
	}
	req->prev = req->next = NULL;
}

/* PHP's errstr for a failed lookup (glibc's texts for the getaddrinfo codes). */
static zend_string *wm_async_dns_message(wm_async_obj *async, int code)
{
	const char *text;
	switch (code) {
		case EVUTIL_EAI_NONAME: text = "Name or service not known"; break;
		/* evdns answers EAI_FAIL for a timeout, SERVFAIL or REFUSED alike, where glibc (and so
		 * PHP under Workerman) says EAI_AGAIN: a nameserver that is down reads the same. */
		case EVUTIL_EAI_AGAIN:
		case EVUTIL_EAI_FAIL: text = "Temporary failure in name resolution"; break;
		default: text = evutil_gai_strerror(code);
	}
	return zend_strpprintf(0, "php_network_getaddresses: getaddrinfo for %s failed: %s", ZSTR_VAL(async->host), text);
}

static void wm_async_resolved(int result, struct evutil_addrinfo *list, void *arg)
{
	wm_dns_req *req = arg;
	wm_async_obj *async = req->async;
	wm_dns_unlink(req);
	bool current = result != EVUTIL_EAI_CANCEL && !wm_exiting() && async->attempt == req->attempt
		&& async->conn.status == WM_CONN_CONNECTING;
	efree(req);
	if (current) {
		if (result == 0) {
			wm_async_try(async, list);
		} else {
			wm_async_fail(async, wm_async_dns_message(async, result));
		}
	}
	if (list) {
		evutil_freeaddrinfo(list);
	}
	OBJ_RELEASE(&async->conn.std);
}

void wm_async_stop_lookup(wm_conn_obj *conn)
{
	wm_async_obj *async = wm_async_from_conn(conn);
	if (!wm_dns || wm_dns_pid != getpid()) {
		return;
	}
	for (wm_dns_req *req = wm_dns_pending; req; req = req->next) {
		if (req->async == async && req->handle) {
			evdns_getaddrinfo_cancel(req->handle); /* wm_async_resolved(CANCEL) releases it */
			return;
		}
	}
}

/* RFC 6761: names under .invalid never resolve; answered without asking anyone. */
static bool wm_async_invalid_name(zend_string *host)
{
	size_t len = ZSTR_LEN(host);
	const char *name = ZSTR_VAL(host);
	if (len && name[len - 1] == '.') {
		len--;
	}
	return (len == 7 && strncasecmp(name, "invalid", 7) == 0)
		|| (len > 8 && strncasecmp(name + len - 8, ".invalid", 8) == 0);
}

static void wm_async_resolve(wm_async_obj *async)
{
	zend_string *host = wm_async_dial_host(async);
	bool hopeless = ZSTR_LEN(host) == 0 || wm_async_invalid_name(host);
	struct evdns_base *dns = hopeless ? NULL : wm_async_dns();
	if (!dns) {
		wm_async_fail(async, wm_async_dns_message(async, EVUTIL_EAI_NONAME));
		return;
	}
	struct evutil_addrinfo hints;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_protocol = IPPROTO_TCP;
	wm_dns_req *req = ecalloc(1, sizeof(*req));
	req->async = async;
	req->attempt = async->attempt;
	GC_ADDREF(&async->conn.std);
	req->next = wm_dns_pending;
	if (wm_dns_pending) {
		wm_dns_pending->prev = req;
	}
	wm_dns_pending = req;
	/* The hosts file answers at once: the callback may run before this returns. */
	struct evdns_getaddrinfo_request *handle = evdns_getaddrinfo(dns, ZSTR_VAL(host), NULL, &hints,
		wm_async_resolved, req);
	wm_loop_touch(); /* the request's timeout timer, or an answer made active already */
	if (handle) {
		req->handle = handle;
	}
}

void wm_async_rshutdown(void)
{
	if (!wm_dns || wm_dns_pid != getpid()) {
		wm_dns = NULL;
		wm_dns_pending = NULL;
		return;
	}
	/* Lookups still pending: their objects are let go here, while they still exist, and
	 * evdns frees the requests without calling back (cancelling would queue callbacks for
	 * a loop turn that never comes). */
	while (wm_dns_pending) {
		wm_dns_req *req = wm_dns_pending;
		wm_dns_unlink(req);
		OBJ_RELEASE(&req->async->conn.std);
		efree(req);
	}
	evdns_base_free(wm_dns, 0);
	wm_dns = NULL;
}

/* ---- connect(), reconnect() --------------------------------------------------------------- */

/* An IPv4/IPv6 literal (parse_url keeps IPv6 brackets) as a socket address. */
static bool wm_async_literal(wm_async_obj *async, struct sockaddr_storage *ss, socklen_t *len)
{
	char host[INET6_ADDRSTRLEN + 2];
	const char *text = ZSTR_VAL(wm_async_dial_host(async));
	size_t host_len = ZSTR_LEN(wm_async_dial_host(async));
	if (host_len >= 2 && text[0] == '[' && text[host_len - 1] == ']') {
		text++;
		host_len -= 2;
	}
	if (host_len == 0 || host_len >= sizeof(host)) {
		return false;
	}
	memcpy(host, text, host_len);
	host[host_len] = '\0';
	memset(ss, 0, sizeof(*ss));
	struct sockaddr_in *in = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
	if (inet_pton(AF_INET, host, &in->sin_addr) == 1) {
		in->sin_family = AF_INET;
		in->sin_port = htons(wm_async_dial_port(async));
		*len = sizeof(*in);
		return true;
	}
	if (inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(wm_async_dial_port(async));
		*len = sizeof(*in6);
		return true;
	}
	return false;
}

static void wm_async_connect_unix(wm_async_obj *async)
{
	struct sockaddr_un un;
	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	zend_string *path = async->address ? async->address : ZSTR_EMPTY_ALLOC();
	if (ZSTR_LEN(path) >= sizeof(un.sun_path)) {
		wm_async_fail(async, zend_string_init("File name too long", sizeof("File name too long") - 1, 0));
		return;
	}
	memcpy(un.sun_path, ZSTR_VAL(path), ZSTR_LEN(path));
	int error = wm_async_start(async, (struct sockaddr *)&un, (socklen_t)sizeof(un));
	if (error) {
		wm_async_fail(async, zend_string_init(strerror(error), strlen(strerror(error)), 0));
	}
}

static void wm_async_connect(wm_async_obj *async)
{
	wm_conn_obj *conn = &async->conn;
	if (conn->status != WM_CONN_INITIAL && conn->status != WM_CONN_CLOSING && conn->status != WM_CONN_CLOSED) {
		return;
	}
	wm_conn_close_socket(conn);
	wm_async_stop_lookup(conn); /* reconnect() while resolving: only the new lookup counts */
	wm_async_forget_proxy(async);
	conn->status = WM_CONN_CONNECTING;
	async->connect_start = wm_async_now();
	async->attempt++;
	/* Kept alive while connecting by TcpConnection::$connections (Workerman's loop holds
	 * [$this, 'checkConnection']); connect() after a final close puts it back there. */
	zval *all = wm_conn_all();
	if (all && (Z_TYPE_P(all) != IS_ARRAY || !zend_hash_index_exists(Z_ARRVAL_P(all), conn->internal_id))) {
		wm_conn_map_put(all, conn->internal_id, &conn->std);
	}
	if (zend_string_equals_literal(wm_conn_transport(conn), "unix")) {
		wm_async_connect_unix(async);
		return;
	}
	if (!async->port) {
		async->port = zend_string_equals_literal(wm_conn_transport(conn), "ssl") ? 443 : 80;
		wm_async_set_address(async, zend_strpprintf(0, "%s:%u", ZSTR_VAL(async->host), (unsigned)async->port));
	}
	wm_async_choose_proxy(async);
	struct sockaddr_storage ss;
	socklen_t len;
	if (wm_async_literal(async, &ss, &len)) {
		int error = wm_async_start(async, (struct sockaddr *)&ss, len);
		if (error) {
			wm_async_fail(async, zend_string_init(strerror(error), strlen(strerror(error)), 0));
		}
		return;
	}
	wm_async_resolve(async);
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_async_connect(WM_ASYNC_THIS());
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, reconnect)
{
	zval *after_zv = NULL;
	zend_long after_int = 0;
	double after;
	if (wm_api_major == 5) { /* 5.x: int $after (0.05 is 0, with PHP's deprecation notice) */
		ZEND_PARSE_PARAMETERS_START(0, 1)
			Z_PARAM_OPTIONAL
			Z_PARAM_LONG(after_int)
		ZEND_PARSE_PARAMETERS_END();
		after = (double) after_int;
	} else {
		ZEND_PARSE_PARAMETERS_START(0, 1)
			Z_PARAM_OPTIONAL
			Z_PARAM_ZVAL(after_zv)
		ZEND_PARSE_PARAMETERS_END();
		after = after_zv ? zval_get_double(after_zv) : 0;
	}
	wm_async_obj *async = WM_ASYNC_THIS();
	wm_conn_obj *conn = &async->conn;
	conn->status = WM_CONN_INITIAL;
	zval *all = wm_conn_all();
	if (all) {
		wm_conn_map_put(all, conn->internal_id, &conn->std);
	}
	if (async->reconnect_timer) {
		wm_timer_del(async->reconnect_timer);
		async->reconnect_timer = 0;
	}
	if (after > 0) {
		zval callable;
		array_init_size(&callable, 2);
		GC_ADDREF(&conn->std);
		add_next_index_object(&callable, &conn->std);
		add_next_index_str(&callable, zend_string_copy(wm_str_connect));
		async->reconnect_timer = wm_timer_add(after, &callable, NULL, false);
		zval_ptr_dtor(&callable);
		return;
	}
	wm_async_connect(async);
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, cancelReconnect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_async_obj *async = WM_ASYNC_THIS();
	if (async->reconnect_timer) {
		wm_timer_del(async->reconnect_timer);
		async->reconnect_timer = 0;
	}
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteHost)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(WM_ASYNC_THIS()->host);
}

ZEND_METHOD(Workerman_Connection_AsyncTcpConnection, getRemoteURI)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(WM_ASYNC_THIS()->uri);
}

void wm_async_minit(void)
{
	wm_ce_AsyncTcpConnection = wm_api_reg->AsyncTcpConnection(wm_ce_TcpConnection);
	wm_ce_AsyncTcpConnection->create_object = wm_async_create;
	if (wm_api_major == 5) {
		static const wm_api_const_pair transports[] = {{0, "tcp", "tcp"}, {0, "udp", "udp"}, {0, "unix", "unix"},
			{0, "ssl", "ssl"}, {0, "sslv2", "sslv2"}, {0, "sslv3", "sslv3"}, {0, "tls", "tls"}};
		wm_api_declare_array_const(wm_ce_AsyncTcpConnection, "BUILD_IN_TRANSPORTS", transports, 7);
	}
	zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_AsyncTcpConnection->properties_info,
		"onConnect", sizeof("onConnect") - 1);
	wm_on_connect_offset = info->offset;
	for (int i = 0; i < WM_AP__COUNT; i++) {
		info = zend_hash_str_find_ptr(&wm_ce_AsyncTcpConnection->properties_info, wm_async_proxy_props[i],
			strlen(wm_async_proxy_props[i]));
		wm_async_proxy_offset[i] = info->offset;
	}
	wm_str_connect = zend_string_init_interned("connect", sizeof("connect") - 1, 1);

	memcpy(&wm_async_handlers, &wm_conn_handlers, sizeof(zend_object_handlers));
	wm_async_handlers.offset = XtOffsetOf(wm_async_obj, conn) + XtOffsetOf(wm_conn_obj, std);
	wm_async_handlers.free_obj = wm_async_free;
	wm_async_handlers.get_gc = wm_async_get_gc;
	wm_async_handlers.get_properties_for = wm_async_get_properties_for;
}
