/* wm_conn_methods.c: the PHP methods of TcpConnection (thin: parse arguments, call the
 * engine in wm_conn.c), address getters, getStatus, pipe() and class registration. */
#include "wm_conn_obj.h"
#include "wm_listen.h"
#include "ext/json/php_json.h"
#include "zend_closures.h"
#include "connection_arginfo.h"

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
		memcpy(&in6->sin6_addr, conn->peer_addr, 16);
		len = sizeof(*in6);
	} else {
		return ZSTR_EMPTY_ALLOC();
	}
	char out[128];
	size_t n = wm_listen_format_address((struct sockaddr *)&ss, len, out, sizeof(out), true);
	return zend_string_init(out, n, 0);
}

/* stream_socket_get_name($socket, false); '' once closed. */
zend_string *wm_conn_local_address(const wm_conn_obj *conn)
{
	if (conn->fd < 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	if (getsockname(conn->fd, (struct sockaddr *)&ss, &len) != 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	char out[128];
	size_t n = wm_listen_format_address((struct sockaddr *)&ss, len, out, sizeof(out), true);
	return zend_string_init(out, n, 0);
}

/* Workerman's split of an address at its last ':'. */
static void wm_split_ip(zend_string *address, zval *return_value)
{
	const char *colon = zend_memrchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
	if (!colon || colon == ZSTR_VAL(address)) {
		RETVAL_EMPTY_STRING();
	} else {
		RETVAL_STRINGL(ZSTR_VAL(address), colon - ZSTR_VAL(address));
	}
	zend_string_release(address);
}

static void wm_split_port(zend_string *address, zval *return_value)
{
	const char *colon = zend_memrchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
	RETVAL_LONG(colon && colon != ZSTR_VAL(address) ? ZEND_STRTOL(colon + 1, NULL, 10) : 0);
	zend_string_release(address);
}

static bool wm_conn_is_v6(wm_conn_obj *conn)
{
	if (zend_string_equals_literal(conn->transport, "unix")) {
		return false;
	}
	return conn->peer_family == AF_INET6;
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
	if (rc == WM_SEND_TRUE) {
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

/* [5] end(): best effort here: send, then close once flushed (no half-close yet). */
ZEND_METHOD(Workerman_Connection_TcpConnection, end)
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

ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus)
{
	bool raw = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = WM_CONN_THIS();
	if (raw) {
		RETURN_LONG(conn->status);
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
	RETURN_LONG(conn->peer_family == AF_INET || conn->peer_family == AF_INET6 ? conn->peer_port : 0);
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
	RETURN_BOOL(!zend_string_equals_literal(conn->transport, "unix") && !wm_conn_is_v6(conn));
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
	ZVAL_COPY(&v, &conn->id);
	add_assoc_zval(return_value, "id", &v);
	add_assoc_long(return_value, "status", conn->status);
	add_assoc_str(return_value, "transport", zend_string_copy(conn->transport));
	wm_split_ip(wm_conn_remote_address(conn), &v);
	add_assoc_zval(return_value, "getRemoteIp", &v);
	add_assoc_long(return_value, "remotePort", conn->peer_family == AF_INET || conn->peer_family == AF_INET6 ? conn->peer_port : 0);
	add_assoc_str(return_value, "getRemoteAddress", wm_conn_remote_address(conn));
	wm_split_ip(wm_conn_local_address(conn), &v);
	add_assoc_zval(return_value, "getLocalIp", &v);
	wm_split_port(wm_conn_local_address(conn), &v);
	add_assoc_zval(return_value, "getLocalPort", &v);
	add_assoc_str(return_value, "getLocalAddress", wm_conn_local_address(conn));
	add_assoc_bool(return_value, "isIpV4", !zend_string_equals_literal(conn->transport, "unix") && !wm_conn_is_v6(conn));
	add_assoc_bool(return_value, "isIpV6", wm_conn_is_v6(conn));
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
	wm_ce_ConnectionInterface = register_class_Workerman_Connection_ConnectionInterface();
	wm_ce_TcpConnection = register_class_Workerman_Connection_TcpConnection(wm_ce_ConnectionInterface, php_json_serializable_ce);
	wm_ce_TcpConnection->create_object = wm_conn_create;
	wm_conn_props_minit();
	wm_conn_core_minit();
	wm_pipe_minit();
	register_connection_symbols(module_number);
}
