/* wm_conn_methods.c: the PHP methods of TcpConnection (thin: parse arguments, call the
 * engine in wm_conn.c), address getters, getStatus, pipe() and class registration. */
#include "wm_conn_obj.h"
#include "wm_addr.h"
#include "ext/standard/php_math.h"
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include "ext/json/php_json.h"
#include "zend_closures.h"
#include "wm_api.h"

#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/un.h>

#define WM_CONN_THIS() wm_conn_from_obj(Z_OBJ_P(ZEND_THIS))

const char *wm_conn_status_name(int status)
{
	switch (status) {
		case WM_CONN_INITIAL: return "INITIAL";
		case WM_CONN_CONNECTING: return "CONNECTING";
		case WM_CONN_ESTABLISHED: return "ESTABLISHED";
		case WM_CONN_ENDING: return "ENDING";
		case WM_CONN_CLOSING: return "CLOSING";
		default: return "CLOSED";
	}
}

/* "ip:port" as PHP names the peer ("[v6]:port"); unix peers have no name: ''. */
zend_string *wm_conn_remote_address(const wm_conn_obj *conn)
{
	if (UNEXPECTED(wm_conn_is_async(conn))) {
		zend_string *async = wm_async_remote_address(conn);
		if (async) {
			return async;
		}
	}
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len;
	if (conn->peer_family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;
		in->sin_family = AF_INET;
		in->sin_port = htons(conn->peer_port);
		memcpy(&in->sin_addr, conn->peer_addr, 4);
		len = sizeof(*in);
	} else if (conn->peer_family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(conn->peer_port);
		if (conn->peer_mapped) {
			in6->sin6_addr.s6_addr[10] = in6->sin6_addr.s6_addr[11] = 0xff;
			memcpy(&in6->sin6_addr.s6_addr[12], conn->peer_addr, 4);
		} else {
			memcpy(&in6->sin6_addr, conn->extra->peer_addr6, 16);
		}
		len = sizeof(*in6);
	} else {
		return ZSTR_EMPTY_ALLOC();
	}
	return wm_addr_string((struct sockaddr *)&ss, len);
}

/* stream_socket_get_name($socket, false); '' once closed. */
zend_string *wm_conn_local_address(const wm_conn_obj *conn)
{
	return wm_addr_local(conn->fd);
}

/* Workerman's split of an address at its last ':' (consumes address). */
static void wm_split_ip(zend_string *address, zval *return_value)
{
	RETVAL_STR(wm_addr_ip(address, false));
	zend_string_release(address);
}

static void wm_split_port(zend_string *address, zval *return_value)
{
	RETVAL_LONG(wm_addr_port(address));
	zend_string_release(address);
}

static bool wm_conn_is_v6(wm_conn_obj *conn)
{
	if (zend_string_equals_literal(wm_conn_transport(conn), "unix")) {
		return false;
	}
	if (UNEXPECTED(wm_conn_is_async(conn)) && conn->peer_family != AF_INET && conn->peer_family != AF_INET6) {
		/* not connected yet: Workerman looks for ':' in the ip part of 'host:port' */
		zend_string *address = wm_conn_remote_address(conn);
		const char *colon = zend_memrchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
		bool v6 = colon && memchr(ZSTR_VAL(address), ':', (size_t)(colon - ZSTR_VAL(address))) != NULL;
		zend_string_release(address);
		return v6;
	}
	return conn->peer_family == AF_INET6;
}

/* A PHP subclass's send(), close() or end() (a test double made without the constructor,
 * an app's wrapper) when obj's class has one: Workerman's protocol code calls these on
 * $connection, so the statics called from PHP must too. Native classes (every connection a
 * server makes) answer with one compare and no lookup. */
static zend_function *wm_conn_override(zend_object *obj, const char *lc_name, size_t len)
{
	if (EXPECTED(obj->ce->type == ZEND_INTERNAL_CLASS)) {
		return NULL;
	}
	zend_function *fn = zend_hash_str_find_ptr(&obj->ce->function_table, lc_name, len);
	return fn && fn->type == ZEND_USER_FUNCTION ? fn : NULL;
}

/* Calls the override with (data, raw), or with no arguments when data is NULL (5.x's bare
 * close()); false when there is none. The result is dropped, an exception stays pending. */
static bool wm_conn_call_override(wm_conn_obj *conn, const char *lc_name, size_t len, zval *data, bool raw)
{
	zend_function *fn = wm_conn_override(&conn->std, lc_name, len);
	if (!fn) {
		return false;
	}
	zval args[2], rv;
	uint32_t argc = 0;
	if (data) {
		ZVAL_COPY_VALUE(&args[0], data);
		ZVAL_BOOL(&args[1], raw);
		argc = 2;
	}
	ZVAL_UNDEF(&rv);
	zend_call_known_instance_method(fn, &conn->std, &rv, argc, args);
	zval_ptr_dtor(&rv);
	return true;
}

void wm_conn_php_send(wm_conn_obj *conn, zval *data, bool raw)
{
	if (!wm_conn_call_override(conn, ZEND_STRL("send"), data, raw)) {
		wm_conn_send(conn, data, raw);
	}
}

void wm_conn_php_close(wm_conn_obj *conn, zval *data, bool raw)
{
	if (!wm_conn_call_override(conn, ZEND_STRL("close"), data, raw)) {
		wm_conn_close(conn, data, raw);
	}
}

void wm_conn_php_end(wm_conn_obj *conn, zval *data, bool raw)
{
	if (!wm_conn_call_override(conn, ZEND_STRL("end"), data, raw)) {
		wm_conn_end(conn, data, raw);
	}
}

bool wm_conn_overrides_send(wm_conn_obj *conn)
{
	return wm_conn_override(&conn->std, ZEND_STRL("send")) != NULL;
}

ZEND_METHOD(Workerman_Connection_TcpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_send_result rc = wm_conn_send(WM_CONN_THIS(), data, raw);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (rc == WM_SEND_TRUE && !WM_CONN_THIS()->io->ops->writes_from_watcher) { /* TLS: 4.x queues every ssl send(): null */
		RETURN_TRUE;
	}
	if (rc == WM_SEND_FALSE) {
		RETURN_FALSE;
	}
	RETURN_NULL();
}

ZEND_METHOD(Workerman_Connection_TcpConnection, close)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_close(WM_CONN_THIS(), data, raw);
}

/* [5] end(): send, stop delivering input, half-close once flushed, close after
 * lingerTimeout seconds (or at the peer's EOF). */
ZEND_METHOD(Workerman_Connection_TcpConnection, end)
{
	zval *data = NULL;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_end(WM_CONN_THIS(), data, raw);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_destroy(WM_CONN_THIS());
}

ZEND_METHOD(Workerman_Connection_TcpConnection, pauseRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_pause(WM_CONN_THIS());
}

ZEND_METHOD(Workerman_Connection_TcpConnection, resumeRecv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_resume(WM_CONN_THIS());
}

ZEND_METHOD(Workerman_Connection_TcpConnection, consumeRecvBuffer)
{
	zend_long length;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_consume(WM_CONN_THIS(), length);
}

/* baseRead($socket, $checkEof = true): the read watcher's work by hand. The connection reads
 * its own socket, whatever $socket is (Workerman passes its own). */
ZEND_METHOD(Workerman_Connection_TcpConnection, baseRead)
{
	zval *socket, *check_eof = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(socket)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(check_eof)
	ZEND_PARSE_PARAMETERS_END();
	(void)socket;
	wm_conn_base_read(WM_CONN_THIS(), !check_eof || zend_is_true(check_eof));
}

/* baseWrite(): 4.2.1 answers true once the queue is empty, else null; 5.x is void. */
ZEND_METHOD(Workerman_Connection_TcpConnection, baseWrite)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_conn_base_write(WM_CONN_THIS()) && wm_api_major == 4) {
		RETURN_TRUE;
	}
}

/* doSslHandshake($socket): true when the TLS handshake is done, 0 while it waits for the
 * peer, false when it failed (the connection is destroyed, as Workerman does) or when the
 * connection has no TLS (transport is not 'ssl'; then it is left as it is). */
ZEND_METHOD(Workerman_Connection_TcpConnection, doSslHandshake)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	(void)socket;
	wm_conn_obj *conn = WM_CONN_THIS();
	if (!conn->io->ops->handshakes || conn->status == WM_CONN_CLOSED) {
		RETURN_FALSE;
	}
	if (!conn->io->ops->handshaking(conn->io)) {
		RETURN_TRUE;
	}
	GC_ADDREF(&conn->std);
	wm_conn_io_event(conn, WM_IO_READ | WM_IO_WRITE);
	bool closed = conn->status == WM_CONN_CLOSED || !conn->io->ops->handshakes;
	bool waiting = !closed && conn->io->ops->handshaking(conn->io);
	OBJ_RELEASE(&conn->std);
	if (closed) {
		RETURN_FALSE;
	}
	if (waiting) {
		RETURN_LONG(0);
	}
	RETURN_TRUE;
}

/* 5.x: new TcpConnection(EventInterface $eventLoop, $socket, $remoteAddress = ''); 4.x has
 * ($socket, $remote_address = ''). The connection works on a dup of the stream's socket, so the
 * app's stream and ours close independently. */
ZEND_METHOD(Workerman_Connection_TcpConnection, __construct)
{
	zval *loop = NULL, *socket;
	zend_string *remote = NULL;
	if (wm_api_major == 5) {
		ZEND_PARSE_PARAMETERS_START(2, 3)
			Z_PARAM_OBJECT_OF_CLASS(loop, wm_ce_EventInterface)
			Z_PARAM_ZVAL(socket)
			Z_PARAM_OPTIONAL
			Z_PARAM_STR(remote)
		ZEND_PARSE_PARAMETERS_END();
	} else {
		ZEND_PARSE_PARAMETERS_START(1, 2)
			Z_PARAM_ZVAL(socket)
			Z_PARAM_OPTIONAL
			Z_PARAM_STR(remote)
		ZEND_PARSE_PARAMETERS_END();
	}
	wm_conn_obj *conn = WM_CONN_THIS();
	if (conn->fd >= 0) {
		zend_throw_error(NULL, "TcpConnection is already connected");
		RETURN_THROWS();
	}
	php_stream *stream;
	php_stream_from_zval(stream, socket);
	int fd = -1;
	if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 1) != SUCCESS || fd < 0) {
		zend_argument_value_error(wm_api_major == 5 ? 2 : 1, "must be a socket stream");
		RETURN_THROWS();
	}
	int own = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (own < 0 || fcntl(own, F_SETFL, fcntl(own, F_GETFL) | O_NONBLOCK) < 0) {
		zend_throw_error(NULL, "TcpConnection: dup of the socket failed: %s", strerror(errno));
		if (own >= 0) {
			close(own);
		}
		RETURN_THROWS();
	}
	wm_conn_adopt(conn, own);
}

/* 5.x ConnectionInterface::error($e): the errorHandler when set (its own exception ends the
 * worker), else Worker::stopAll(250, $e). */
ZEND_METHOD(Workerman_Connection_ConnectionInterface, error)
{
	zval *exception;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(exception, zend_ce_throwable)
	ZEND_PARSE_PARAMETERS_END();
	zval handler;
	if (wm_conn_error_handler(Z_OBJ_P(ZEND_THIS), &handler)) {
		wm_call(&handler, NULL, 1, exception);
		zval_ptr_dtor(&handler);
		return;
	}
	GC_ADDREF(Z_OBJ_P(exception));
	zend_throw_exception_object(exception);
	wm_call_failed();
}

/* The status number the profile's STATUS_* constants use: the C side keeps 5.x's values;
 * 4.x has no ENDING (the connection is still established) and CLOSING/CLOSED are 4/8. */
zend_long wm_conn_status_value(int status)
{
	if (wm_api_major == 5) {
		return status;
	}
	switch (status) {
		case WM_CONN_ENDING: return WM_CONN_ESTABLISHED;
		case WM_CONN_CLOSING: return 4;
		case WM_CONN_CLOSED: return 8;
		default: return status;
	}
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus)
{
	bool raw = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = WM_CONN_THIS();
	if (raw) {
		RETURN_LONG(wm_conn_status_value(conn->status));
	}
	RETURN_STRING(wm_conn_status_name(conn->status));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getSendBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG((zend_long)wm_conn_send_queue_size(WM_CONN_THIS()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRecvBufferQueueSize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_obj *conn = WM_CONN_THIS();
	RETURN_LONG(conn->rbuf ? (zend_long)conn->rbuf->len : 0);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsEmpty)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_conn_send_queue_size(WM_CONN_THIS()) == 0);
}

/* The socket is a bare fd owned by the connection (no PHP stream is made for it): we
 * return the int fd, or null once closed. */
ZEND_METHOD(Workerman_Connection_TcpConnection, getSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_obj *conn = WM_CONN_THIS();
	if (conn->fd < 0) {
		RETURN_NULL();
	}
	RETURN_LONG(conn->fd);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_split_ip(wm_conn_remote_address(WM_CONN_THIS()), return_value);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemotePort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_obj *conn = WM_CONN_THIS();
	if (conn->peer_family == AF_INET || conn->peer_family == AF_INET6) {
		RETURN_LONG(conn->peer_port);
	}
	wm_split_port(wm_conn_remote_address(conn), return_value); /* async: 'host:port' before connecting */
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_conn_remote_address(WM_CONN_THIS()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalIp)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_split_ip(wm_conn_local_address(WM_CONN_THIS()), return_value);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalPort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_split_port(wm_conn_local_address(WM_CONN_THIS()), return_value);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalAddress)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_conn_local_address(WM_CONN_THIS()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV4)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_obj *conn = WM_CONN_THIS();
	RETURN_BOOL(!zend_string_equals_literal(wm_conn_transport(conn), "unix") && !wm_conn_is_v6(conn));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV6)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(wm_conn_is_v6(WM_CONN_THIS()));
}

ZEND_METHOD(Workerman_Connection_TcpConnection, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_conn_obj *conn = WM_CONN_THIS();
	zval v;
	array_init(return_value);
	wm_conn_id(conn, &v);
	add_assoc_zval(return_value, "id", &v);
	add_assoc_long(return_value, "status", conn->status);
	add_assoc_str(return_value, "transport", zend_string_copy(wm_conn_transport(conn)));
	wm_split_ip(wm_conn_remote_address(conn), &v);
	add_assoc_zval(return_value, "getRemoteIp", &v);
	add_assoc_long(return_value, "remotePort", conn->peer_family == AF_INET || conn->peer_family == AF_INET6 ? conn->peer_port : 0);
	add_assoc_str(return_value, "getRemoteAddress", wm_conn_remote_address(conn));
	wm_split_ip(wm_conn_local_address(conn), &v);
	add_assoc_zval(return_value, "getLocalIp", &v);
	wm_split_port(wm_conn_local_address(conn), &v);
	add_assoc_zval(return_value, "getLocalPort", &v);
	add_assoc_str(return_value, "getLocalAddress", wm_conn_local_address(conn));
	add_assoc_bool(return_value, "isIpV4", !zend_string_equals_literal(wm_conn_transport(conn), "unix") && !wm_conn_is_v6(conn));
	add_assoc_bool(return_value, "isIpV6", wm_conn_is_v6(conn));
}

/* ---- the connections command ----------------------------------------------------------- */

static void wm_pad(smart_str *out, const char *s, size_t len, size_t width)
{
	smart_str_appendl(out, s, len);
	for (size_t i = len; i < width; i++) {
		smart_str_appendc(out, ' ');
	}
}

static void wm_pad_bytes(smart_str *out, zend_long bytes, size_t width)
{
	static const char *units[] = {"TB", "GB", "MB", "KB"};
	static const double sizes[] = {1099511627776.0, 1073741824.0, 1048576.0, 1024.0};
	char buf[64];
	int n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT "B", bytes);
	for (int i = 0; i < 4; i++) {
		if ((double)bytes > sizes[i]) {
			double v = _php_math_round((double)bytes / sizes[i], 1, PHP_ROUND_HALF_UP);
			n = snprintf(buf, sizeof(buf), "%.*G%s", 14, v, units[i]);
			break;
		}
	}
	wm_pad(out, buf, (size_t)n, width);
}

static void wm_conn_describe(smart_str *out, wm_conn_obj *conn, const char *pid, zend_string *default_name)
{
	zval *proto_zv = wm_conn_sh(conn, WM_SH_PROTOCOL);
	zend_string *protocol = Z_TYPE_P(proto_zv) == IS_STRING && Z_STRLEN_P(proto_zv)
		? zend_string_copy(Z_STR_P(proto_zv)) : zend_string_copy(wm_conn_transport(conn));
	const char *proto = ZSTR_VAL(protocol);
	const char *slash = strrchr(proto, '\\');
	if (slash && slash != proto) {
		proto = slash + 1;
	}
	size_t proto_len = strlen(proto);
	char short_proto[16];
	if (proto_len > 15) {
		snprintf(short_proto, sizeof(short_proto), "%.13s..", proto);
		proto = short_proto;
		proto_len = 15;
	}
	zend_string *name = default_name ? zend_string_copy(default_name) : ZSTR_EMPTY_ALLOC();
	zval *worker = wm_conn_sh(conn, WM_SH_WORKER);
	if (Z_TYPE_P(worker) == IS_OBJECT) {
		zend_string_release(name);
		zval rv;
		zval *v = zend_read_property(Z_OBJCE_P(worker), Z_OBJ_P(worker), "name", 4, true, &rv);
		name = zval_get_string(v);
	}
	char short_name[15];
	const char *worker_name = ZSTR_VAL(name);
	size_t name_len = ZSTR_LEN(name);
	if (name_len > 14) {
		snprintf(short_name, sizeof(short_name), "%.12s..", worker_name);
		worker_name = short_name;
		name_len = 14;
	}
	zval id_value;
	wm_conn_id(conn, &id_value);
	zend_string *id = zval_get_string(&id_value);
	zval_ptr_dtor(&id_value);
	zend_string *local = wm_conn_local_address(conn);
	zend_string *remote = wm_conn_remote_address(conn);
	bool unix_socket = zend_string_equals_literal(wm_conn_transport(conn), "unix");
	bool v6 = !unix_socket && conn->peer_family == AF_INET6;
	const char *status = wm_conn_status_name(conn->status);

	wm_pad(out, pid, strlen(pid), 9);
	wm_pad(out, worker_name, name_len, 16);
	wm_pad(out, ZSTR_VAL(id), ZSTR_LEN(id), 10);
	wm_pad(out, ZSTR_VAL(wm_conn_transport(conn)), ZSTR_LEN(wm_conn_transport(conn)), 8);
	wm_pad(out, proto, proto_len, 16);
	wm_pad(out, !unix_socket && !v6 ? " 1" : " 0", 2, 7);
	wm_pad(out, v6 ? " 1" : " 0", 2, 7);
	wm_pad_bytes(out, conn->rbuf ? (zend_long)conn->rbuf->len : 0, 13);
	wm_pad_bytes(out, (zend_long)wm_conn_send_queue_size(conn), 13);
	wm_pad_bytes(out, conn->bytes_read, 13);
	wm_pad_bytes(out, conn->bytes_written, 13);
	smart_str_appendc(out, ' ');
	wm_pad(out, status, strlen(status), 14);
	smart_str_appendc(out, ' ');
	wm_pad(out, ZSTR_VAL(local), ZSTR_LEN(local), 22);
	smart_str_appendc(out, ' ');
	wm_pad(out, ZSTR_VAL(remote), ZSTR_LEN(remote), 22);
	smart_str_appendc(out, '\n');
	zend_string_release(protocol);
	zend_string_release(name);
	zend_string_release(id);
	zend_string_release(local);
	zend_string_release(remote);
}

void wm_conn_describe_all(smart_str *out, zend_string *default_name)
{
	zval *all = wm_conn_all();
	if (!all || Z_TYPE_P(all) != IS_ARRAY) {
		return;
	}
	char pid[24];
	snprintf(pid, sizeof(pid), "%d", (int)getpid());
	zval *item;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(all), item) {
		if (Z_TYPE_P(item) == IS_OBJECT && instanceof_function(Z_OBJCE_P(item), wm_ce_TcpConnection)) {
			wm_conn_describe(out, wm_conn_from_obj(Z_OBJ_P(item)), pid, default_name);
		}
	} ZEND_HASH_FOREACH_END();
}

/* ---- pipe() --------------------------------------------------------------------------
 * Workerman sets four closures. Ours are closures over hidden internal functions with
 * $this bound to the connection they act on (dest for onMessage/onClose, source for the
 * buffer callbacks), so no PHP code and no visible helper class are needed. */
enum { WM_PIPE_FORWARD, WM_PIPE_FORWARD_RAW, WM_PIPE_CLOSE, WM_PIPE_PAUSE, WM_PIPE_RESUME, WM_PIPE__COUNT };
static zend_internal_function wm_pipe_fn[WM_PIPE__COUNT];

static void wm_pipe_handler(INTERNAL_FUNCTION_PARAMETERS, int kind)
{
	zval *self = ZEND_THIS;
	if (Z_TYPE_P(self) != IS_OBJECT) {
		return;
	}
	wm_conn_obj *conn = wm_conn_from_obj(Z_OBJ_P(self));
	switch (kind) {
		case WM_PIPE_FORWARD:
		case WM_PIPE_FORWARD_RAW:
			if (ZEND_NUM_ARGS() >= 2) {
				wm_conn_send(conn, ZEND_CALL_ARG(execute_data, 2), kind == WM_PIPE_FORWARD_RAW);
			}
			break;
		case WM_PIPE_CLOSE: wm_conn_close(conn, NULL, false); break;
		case WM_PIPE_PAUSE: wm_conn_pause(conn); break;
		default: wm_conn_resume(conn); break;
	}
}

static ZEND_NAMED_FUNCTION(wm_pipe_forward) { wm_pipe_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU, WM_PIPE_FORWARD); }
static ZEND_NAMED_FUNCTION(wm_pipe_forward_raw) { wm_pipe_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU, WM_PIPE_FORWARD_RAW); }
static ZEND_NAMED_FUNCTION(wm_pipe_close) { wm_pipe_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU, WM_PIPE_CLOSE); }
static ZEND_NAMED_FUNCTION(wm_pipe_pause) { wm_pipe_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU, WM_PIPE_PAUSE); }
static ZEND_NAMED_FUNCTION(wm_pipe_resume) { wm_pipe_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU, WM_PIPE_RESUME); }

static void wm_pipe_minit(void)
{
	static const zif_handler handlers[WM_PIPE__COUNT] = {wm_pipe_forward, wm_pipe_forward_raw, wm_pipe_close,
		wm_pipe_pause, wm_pipe_resume};
	zend_string *name = zend_string_init_interned("{closure}", sizeof("{closure}") - 1, 1);
	for (int i = 0; i < WM_PIPE__COUNT; i++) {
		memset(&wm_pipe_fn[i], 0, sizeof(wm_pipe_fn[i]));
		wm_pipe_fn[i].type = ZEND_INTERNAL_FUNCTION;
		wm_pipe_fn[i].fn_flags = ZEND_ACC_PUBLIC;
		wm_pipe_fn[i].function_name = name;
		wm_pipe_fn[i].scope = wm_ce_TcpConnection;
		wm_pipe_fn[i].handler = handlers[i];
	}
}

static void wm_pipe_set(wm_conn_obj *owner, int slot, int kind, wm_conn_obj *bound)
{
	zval closure, this_zv;
	ZVAL_OBJ(&this_zv, &bound->std);
	zend_create_closure(&closure, (zend_function *)&wm_pipe_fn[kind], wm_ce_TcpConnection, bound->std.ce, &this_zv);
	wm_conn_sh_set(owner, slot, &closure);
	zval_ptr_dtor(&closure);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, pipe)
{
	zval *dest_zv;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_OBJECT_OF_CLASS(dest_zv, wm_ce_TcpConnection)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *source = WM_CONN_THIS();
	wm_conn_obj *dest = wm_conn_from_obj(Z_OBJ_P(dest_zv));
	wm_pipe_set(source, WM_SH_ON_MESSAGE, raw ? WM_PIPE_FORWARD_RAW : WM_PIPE_FORWARD, dest);
	wm_pipe_set(source, WM_SH_ON_CLOSE, WM_PIPE_CLOSE, dest);
	wm_pipe_set(dest, WM_SH_ON_BUFFER_FULL, WM_PIPE_PAUSE, source);
	wm_pipe_set(dest, WM_SH_ON_BUFFER_DRAIN, WM_PIPE_RESUME, source);
}

void wm_conn_minit(int module_number)
{
	wm_ce_ConnectionInterface = wm_api_reg->ConnectionInterface();
	wm_ce_TcpConnection = wm_api_reg->TcpConnection(wm_ce_ConnectionInterface, php_json_serializable_ce);
	wm_ce_TcpConnection->create_object = wm_conn_create;
	if (wm_api_major == 5) {
		static const wm_api_const_pair status_names[] = {{0, NULL, "INITIAL"}, {1, NULL, "CONNECTING"},
			{2, NULL, "ESTABLISHED"}, {8, NULL, "CLOSING"}, {4, NULL, "ENDING"}, {16, NULL, "CLOSED"}};
		wm_api_declare_array_const(wm_ce_TcpConnection, "STATUS_TO_STRING", status_names, 6);
	} else {
		/* 4.2.1's public static $_statusToString (gen_stub has no #if for properties). */
		static const wm_api_const_pair status_names[] = {{0, NULL, "INITIAL"}, {1, NULL, "CONNECTING"},
			{2, NULL, "ESTABLISHED"}, {4, NULL, "CLOSING"}, {8, NULL, "CLOSED"}};
		zval names;
		ZVAL_ARR(&names, wm_api_persistent_array(status_names, 5));
		Z_TYPE_FLAGS(names) = 0; /* immutable: copied by value */
		zend_declare_property_ex(wm_ce_TcpConnection, zend_string_init_interned("_statusToString",
			sizeof("_statusToString") - 1, 1), &names, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC, NULL);
	}
	wm_conn_props_minit();
	wm_conn_core_minit();
	wm_pipe_minit();
	wm_api_reg->connection_symbols(module_number);
}
