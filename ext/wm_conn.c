/* wm_conn.c: Workerman\Connection\TcpConnection: accept, read -> protocol -> onMessage,
 * send/close/destroy, and ConnectionInterface::$statistics.
 * SKELETON: raw reads and direct writes only; buffers, protocols, backpressure and the
 * handler-backed properties are still to come (see the issue). */
#include "wm_private.h"
#include "wm_conn.h"
#include "wm_loop.h"
#include "wm_listen.h"
#include "ext/json/php_json.h"
#include "connection_arginfo.h"

#include <errno.h>
#include <unistd.h>

zend_class_entry *wm_ce_ConnectionInterface;
zend_class_entry *wm_ce_TcpConnection;
static zend_object_handlers wm_conn_handlers;

#define WM_CONN_ESTABLISHED 2
#define WM_CONN_CLOSING 8
#define WM_CONN_CLOSED 16

typedef struct wm_conn_obj {
	int fd;
	int status;
	zend_long id;
	struct event *read_event;
	zend_object std;
} wm_conn_obj;

static inline wm_conn_obj *wm_conn_from_obj(zend_object *obj)
{
	return (wm_conn_obj *)((char *)obj - XtOffsetOf(wm_conn_obj, std));
}

static zend_long wm_conn_next_id = 1;

static zend_object *wm_conn_create(zend_class_entry *ce)
{
	wm_conn_obj *conn = zend_object_alloc(sizeof(wm_conn_obj), ce);
	zend_object_std_init(&conn->std, ce);
	object_properties_init(&conn->std, ce);
	conn->std.handlers = &wm_conn_handlers;
	conn->fd = -1;
	return &conn->std;
}

static void wm_conn_free(zend_object *obj)
{
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	if (conn->read_event) {
		event_free(conn->read_event);
	}
	if (conn->fd >= 0) {
		close(conn->fd);
	}
	zend_object_std_dtor(obj);
}

static zval *wm_conn_read_prop(wm_conn_obj *conn, const char *name)
{
	zval rv;
	zval *value = zend_read_property(conn->std.ce, &conn->std, name, strlen(name), true, &rv);
	return value;
}

static void wm_conn_destroy(wm_conn_obj *conn)
{
	if (conn->status == WM_CONN_CLOSED) {
		return;
	}
	if (conn->read_event) {
		event_free(conn->read_event);
		conn->read_event = NULL;
	}
	close(conn->fd);
	conn->fd = -1;
	conn->status = WM_CONN_CLOSED;
	GC_ADDREF(&conn->std);
	zval *on_close = wm_conn_read_prop(conn, "onClose");
	if (on_close && Z_TYPE_P(on_close) != IS_NULL) {
		zval callable, arg;
		ZVAL_COPY(&callable, on_close);
		ZVAL_OBJ(&arg, &conn->std);
		wm_call(&callable, NULL, 1, &arg);
		zval_ptr_dtor(&callable);
	}
	zval *worker = wm_conn_read_prop(conn, "worker");
	if (worker && Z_TYPE_P(worker) == IS_OBJECT) {
		zval *connections = wm_worker_prop(wm_worker_from_obj(Z_OBJ_P(worker)), WM_WP_CONNECTIONS);
		if (Z_TYPE_P(connections) == IS_ARRAY) {
			SEPARATE_ARRAY(connections);
			zend_hash_index_del(Z_ARRVAL_P(connections), conn->id);
		}
	}
	zval *all = WM_STATIC_PROP(wm_ce_TcpConnection, "connections");
	if (all && Z_TYPE_P(all) == IS_ARRAY) {
		SEPARATE_ARRAY(all);
		zend_hash_index_del(Z_ARRVAL_P(all), conn->id);
	}
	OBJ_RELEASE(&conn->std);
}

static void wm_conn_on_readable(evutil_socket_t fd, short what, void *arg)
{
	wm_conn_obj *conn = arg;
	char buf[65536];
	ssize_t n = read(conn->fd, buf, sizeof(buf));
	if (n <= 0) {
		if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
			return;
		}
		wm_conn_destroy(conn);
		return;
	}
	zval *on_message = wm_conn_read_prop(conn, "onMessage");
	if (!on_message || Z_TYPE_P(on_message) == IS_NULL) {
		return;
	}
	GC_ADDREF(&conn->std);
	zval callable, args[2];
	ZVAL_COPY(&callable, on_message);
	ZVAL_OBJ(&args[0], &conn->std);
	ZVAL_STRINGL(&args[1], buf, n);
	wm_call(&callable, NULL, 2, args);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&callable);
	OBJ_RELEASE(&conn->std);
}

void wm_conn_accept(wm_worker_obj *worker, int fd, const struct sockaddr *peer, socklen_t peer_len)
{
	zval conn_zv;
	object_init_ex(&conn_zv, wm_ce_TcpConnection);
	wm_conn_obj *conn = wm_conn_from_obj(Z_OBJ(conn_zv));
	conn->fd = fd;
	conn->id = wm_conn_next_id++;
	conn->status = WM_CONN_ESTABLISHED;
	zend_object *obj = &conn->std;
	zend_update_property_long(obj->ce, obj, "id", 2, conn->id);
	zval worker_zv;
	ZVAL_OBJ(&worker_zv, &worker->std);
	zend_update_property(obj->ce, obj, "worker", 6, &worker_zv);
	static const char *copied[] = {"protocol", "transport", "onMessage", "onClose", "onError", "onBufferDrain", "onBufferFull"};
	static const enum wm_worker_prop from[] = {WM_WP_PROTOCOL, WM_WP_TRANSPORT, WM_WP_ONMESSAGE, WM_WP_ONCLOSE,
		WM_WP_ONERROR, WM_WP_ONBUFFERDRAIN, WM_WP_ONBUFFERFULL};
	for (int i = 0; i < 7; i++) {
		zend_update_property(obj->ce, obj, copied[i], strlen(copied[i]), wm_worker_prop(worker, from[i]));
	}
	char address[128];
	size_t len = wm_listen_format_address(peer, peer_len, address, sizeof(address), true);
	zend_update_property_stringl(obj->ce, obj, "remoteAddress", sizeof("remoteAddress") - 1, address, len);

	zval *connections = wm_worker_prop(worker, WM_WP_CONNECTIONS);
	if (Z_TYPE_P(connections) != IS_ARRAY) {
		zval_ptr_dtor(connections);
		array_init(connections);
	}
	SEPARATE_ARRAY(connections);
	Z_ADDREF(conn_zv);
	zend_hash_index_update(Z_ARRVAL_P(connections), conn->id, &conn_zv);
	zval *all = WM_STATIC_PROP(wm_ce_TcpConnection, "connections");
	if (all) {
		if (Z_TYPE_P(all) != IS_ARRAY) {
			zval_ptr_dtor(all);
			array_init(all);
		}
		SEPARATE_ARRAY(all);
		Z_ADDREF(conn_zv);
		zend_hash_index_update(Z_ARRVAL_P(all), conn->id, &conn_zv);
	}
	conn->read_event = event_new(wm_loop_base(), fd, EV_READ | EV_PERSIST, wm_conn_on_readable, conn);
	event_add(conn->read_event, NULL);

	zval *on_connect = wm_worker_prop(worker, WM_WP_ONCONNECT);
	if (Z_TYPE_P(on_connect) != IS_NULL) {
		zval callable;
		ZVAL_COPY(&callable, on_connect);
		wm_call(&callable, NULL, 1, &conn_zv);
		zval_ptr_dtor(&callable);
	}
	zval_ptr_dtor(&conn_zv);
}

zend_long wm_conn_stat_connection_count(void) { return 0; }
zend_long wm_conn_stat_total_request(void) { return 0; }
zend_long wm_conn_stat_send_fail(void) { return 0; }
void wm_conn_describe_all(smart_str *out) { }

#define WM_CONN_THIS() wm_conn_from_obj(Z_OBJ_P(ZEND_THIS))
#define WM_CONN_TODO() zend_throw_error(NULL, "%s() is not implemented yet", get_active_function_name()); RETURN_THROWS()

ZEND_METHOD(Workerman_Connection_TcpConnection, send)
{
	zval *data;
	bool raw = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(raw)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = WM_CONN_THIS();
	if (conn->status != WM_CONN_ESTABLISHED) {
		RETURN_FALSE;
	}
	zend_string *bytes = zval_get_string(data);
	ssize_t n = write(conn->fd, ZSTR_VAL(bytes), ZSTR_LEN(bytes));
	zend_string_release(bytes);
	RETURN_BOOL(n >= 0);
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
	wm_conn_obj *conn = WM_CONN_THIS();
	if (data && Z_TYPE_P(data) != IS_NULL && conn->status == WM_CONN_ESTABLISHED) {
		zend_string *bytes = zval_get_string(data);
		ssize_t written = write(conn->fd, ZSTR_VAL(bytes), ZSTR_LEN(bytes));
		(void)written;
		zend_string_release(bytes);
	}
	wm_conn_destroy(conn);
}

ZEND_METHOD(Workerman_Connection_TcpConnection, destroy) { ZEND_PARSE_PARAMETERS_NONE(); wm_conn_destroy(WM_CONN_THIS()); }
ZEND_METHOD(Workerman_Connection_TcpConnection, end) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, pauseRecv) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, resumeRecv) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, pipe) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, consumeRecvBuffer) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getStatus) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getSendBufferQueueSize) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getRecvBufferQueueSize) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, bufferIsEmpty) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getSocket) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteIp) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemotePort) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getRemoteAddress) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalIp) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalPort) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, getLocalAddress) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV4) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, isIpV6) { WM_CONN_TODO(); }
ZEND_METHOD(Workerman_Connection_TcpConnection, jsonSerialize) { WM_CONN_TODO(); }

void wm_conn_minit(int module_number)
{
	wm_ce_ConnectionInterface = register_class_Workerman_Connection_ConnectionInterface();
	wm_ce_TcpConnection = register_class_Workerman_Connection_TcpConnection(wm_ce_ConnectionInterface, php_json_serializable_ce);
	wm_ce_TcpConnection->create_object = wm_conn_create;
	memcpy(&wm_conn_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_conn_handlers.offset = XtOffsetOf(wm_conn_obj, std);
	wm_conn_handlers.free_obj = wm_conn_free;
	wm_conn_handlers.clone_obj = NULL;
	register_connection_symbols(module_number);
}

void wm_conn_rinit(void)
{
	zval stats;
	array_init(&stats);
	add_assoc_long(&stats, "connection_count", 0);
	add_assoc_long(&stats, "total_request", 0);
	add_assoc_long(&stats, "throw_exception", 0);
	add_assoc_long(&stats, "send_fail", 0);
	zend_update_static_property(wm_ce_ConnectionInterface, "statistics", sizeof("statistics") - 1, &stats);
	zval_ptr_dtor(&stats);
}

void wm_conn_rshutdown(void)
{
}
