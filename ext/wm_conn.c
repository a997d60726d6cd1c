/* wm_conn.c: the TcpConnection engine: accept, read -> protocol -> onMessage, send with
 * Workerman's return values, the write queue, close/destroy, and the statistics.
 * Property handlers are wm_conn_props.c, PHP methods wm_conn_methods.c; bytes live in
 * wm_buffer.c; parsers in proto_*.c. PHP is reached only through wm_call*(). */
#include "wm_conn_obj.h"
#include "wm_loop.h"
#include "wm_master.h"
#include "wm_listen.h"
#include "wm_log.h"
#include "ext/standard/php_var.h"
#include "ext/standard/php_math.h"

#include <errno.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/un.h>

/* Workerman 4 reads 65535 bytes per event; our scratch buffer is 64 KiB. */
#define WM_READ_SIZE 65536
/* Sends deferred during one read's dispatch are written at once when they reach this
 * size, so large replies keep Workerman's write-now return values. */
#define WM_BATCH_LIMIT 65536
#define WM_IOV_MAX 256

zend_class_entry *wm_ce_ConnectionInterface;
zend_class_entry *wm_ce_TcpConnection;

/* ---- statistics ---------------------------------------------------------------------
 * The C counters are the truth (the master's status and the graceful-stop check read
 * them). Every change is also written into ConnectionInterface::$statistics, through a
 * cached pointer to the static slot and one known-hash lookup: PHP code reading the array
 * sees exact values without us rebuilding it at read points, which PHP offers no hook for.
 * During request shutdown the static members may already be gone: no mirroring then. */
static zend_long wm_stat_connections, wm_stat_requests, wm_stat_send_fails;
static zval *wm_stats_slot;
static zend_string *wm_str_statistics, *wm_str_connection_count, *wm_str_total_request,
	*wm_str_send_fail, *wm_str_connections, *wm_str_newline;
static zval *wm_connections_slot;

static void wm_stat_mirror(zend_string *key, zend_long value)
{
	if (UNEXPECTED(EG(flags) & EG_FLAGS_IN_SHUTDOWN)) {
		return;
	}
	if (UNEXPECTED(!wm_stats_slot)) {
		wm_stats_slot = zend_read_static_property_ex(wm_ce_ConnectionInterface, wm_str_statistics, true);
		if (!wm_stats_slot) {
			return;
		}
	}
	zval *stats = wm_stats_slot;
	ZVAL_DEREF(stats);
	if (Z_TYPE_P(stats) != IS_ARRAY) {
		return;
	}
	SEPARATE_ARRAY(stats);
	zval *slot = zend_hash_find_known_hash(Z_ARRVAL_P(stats), key);
	if (slot) {
		zval_ptr_dtor(slot);
		ZVAL_LONG(slot, value);
	} else {
		zval v;
		ZVAL_LONG(&v, value);
		zend_hash_add_new(Z_ARRVAL_P(stats), key, &v);
	}
}

static inline void wm_stat_request(void)
{
	wm_stat_mirror(wm_str_total_request, ++wm_stat_requests);
}

static inline void wm_stat_send_fail(void)
{
	wm_stat_mirror(wm_str_send_fail, ++wm_stat_send_fails);
}

zend_long wm_conn_stat_connection_count(void) { return wm_stat_connections; }
zend_long wm_conn_stat_total_request(void) { return wm_stat_requests; }
zend_long wm_conn_stat_send_fail(void) { return wm_stat_send_fails; }

/* TcpConnection::$connections, the static array (cached slot, like the statistics). */
static zval *wm_conn_all(void)
{
	if (UNEXPECTED(EG(flags) & EG_FLAGS_IN_SHUTDOWN)) {
		return NULL;
	}
	if (UNEXPECTED(!wm_connections_slot)) {
		wm_connections_slot = zend_read_static_property_ex(wm_ce_TcpConnection, wm_str_connections, true);
		if (!wm_connections_slot) {
			return NULL;
		}
	}
	zval *all = wm_connections_slot;
	ZVAL_DEREF(all);
	return all;
}

static void wm_map_put(zval *map, zend_long key, zend_object *obj)
{
	if (Z_TYPE_P(map) != IS_ARRAY) {
		zval_ptr_dtor(map);
		array_init(map);
	}
	SEPARATE_ARRAY(map);
	zval value;
	ZVAL_OBJ_COPY(&value, obj);
	zend_hash_index_update(Z_ARRVAL_P(map), key, &value);
}

static void wm_map_del(zval *map, zend_long key)
{
	if (map && Z_TYPE_P(map) == IS_ARRAY && zend_hash_index_exists(Z_ARRVAL_P(map), key)) {
		SEPARATE_ARRAY(map);
		zend_hash_index_del(Z_ARRVAL_P(map), key);
	}
}

/* ---- object life -------------------------------------------------------------------- */

static zend_long wm_conn_next_id = 1;

/* connection_count counts live TcpConnection objects (Workerman: constructor ++,
 * destructor --), so it is kept by create/free, not by sockets. */
void wm_conn_counted_new(wm_conn_obj *conn)
{
	conn->internal_id = wm_conn_next_id;
	ZVAL_LONG(&conn->id, wm_conn_next_id);
	wm_conn_next_id = wm_conn_next_id == ZEND_LONG_MAX ? 0 : wm_conn_next_id + 1;
	wm_stat_mirror(wm_str_connection_count, ++wm_stat_connections);
}

void wm_conn_free_resources(wm_conn_obj *conn)
{
	if (conn->armed) {
		event_del(&conn->ev);
		conn->armed = 0;
	}
	if (conn->fd >= 0) {
		close(conn->fd);
		conn->fd = -1;
	}
	wm_rbuf_free(conn->rbuf);
	conn->rbuf = NULL;
	wm_sendq_free(conn->sendq);
	conn->sendq = NULL;
	wm_stat_mirror(wm_str_connection_count, --wm_stat_connections);
	if (wm_stat_connections == 0) {
		wm_master_connections_drained();
	}
}

/* ---- the watcher -------------------------------------------------------------------- */

static void wm_conn_on_event(evutil_socket_t fd, short what, void *arg);

/* One struct event per connection: re-armed with the directions currently wanted. */
static void wm_conn_arm(wm_conn_obj *conn)
{
	uint8_t want = 0;
	if (conn->status != WM_CONN_CLOSED && conn->fd >= 0) {
		if (!conn->paused && conn->status >= WM_CONN_ESTABLISHED) {
			want |= EV_READ;
		}
		if (conn->sendq && !conn->deferred) {
			want |= EV_WRITE;
		}
	}
	if (want == conn->armed) {
		return;
	}
	if (conn->armed) {
		event_del(&conn->ev);
		conn->armed = 0;
	}
	if (want) {
		event_assign(&conn->ev, wm_loop_base(), conn->fd, want | EV_PERSIST, wm_conn_on_event, conn);
		event_add(&conn->ev, NULL);
		conn->armed = want;
	}
}

/* ---- calling PHP -------------------------------------------------------------------- */

/* Calls callback(conn[, extra...]) if it is set. The callable is copied first (user code
 * may replace it while it runs) and the object is kept alive across the call. */
static zend_result wm_conn_emit(wm_conn_obj *conn, zval *callback, uint32_t extra_argc, zval *extra)
{
	if (Z_TYPE_P(callback) == IS_NULL) {
		return SUCCESS;
	}
	zval callable, args[3];
	ZVAL_COPY(&callable, callback);
	ZVAL_OBJ_COPY(&args[0], &conn->std);
	for (uint32_t i = 0; i < extra_argc; i++) {
		ZVAL_COPY_VALUE(&args[i + 1], &extra[i]);
	}
	zend_result rc = wm_call(&callable, NULL, 1 + extra_argc, args);
	zval_ptr_dtor(&callable);
	OBJ_RELEASE(&conn->std);
	return rc;
}

static zval *wm_conn_extra_cb(wm_conn_obj *conn, bool drain)
{
	return wm_conn_sh(conn, drain ? WM_SH_ON_BUFFER_DRAIN : WM_SH_ON_BUFFER_FULL);
}

static zend_result wm_conn_emit_error(wm_conn_obj *conn, const char *msg, size_t len)
{
	zval args[2];
	ZVAL_LONG(&args[0], 2); /* WORKERMAN_SEND_FAIL */
	ZVAL_STRINGL(&args[1], msg, len);
	zend_result rc = wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_ERROR), 2, args);
	zval_ptr_dtor(&args[1]);
	return rc;
}

wm_proto_kind wm_conn_proto(wm_conn_obj *conn)
{
	if (UNEXPECTED(conn->proto_kind == WM_PROTO_UNRESOLVED)) {
		conn->proto_kind = (uint8_t)wm_protocol_lookup(wm_conn_sh(conn, WM_SH_PROTOCOL), &conn->proto_cls);
	}
	return (wm_proto_kind)conn->proto_kind;
}

/* Calls a static method of the connection's user protocol with (arg, $connection). */
static zend_result wm_conn_call_proto(wm_conn_obj *conn, zend_function *fn, const char *name, zval *arg,
	zval *retval, bool swallow)
{
	if (!conn->proto_cls) {
		wm_protocol_throw_missing(wm_conn_sh(conn, WM_SH_PROTOCOL));
		return wm_call_function(NULL, NULL, NULL, retval, 0, NULL, swallow);
	}
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(conn->proto_cls->ce->name), name);
		return wm_call_function(NULL, NULL, NULL, retval, 0, NULL, swallow);
	}
	zval args[2];
	ZVAL_COPY_VALUE(&args[0], arg);
	ZVAL_OBJ(&args[1], &conn->std);
	GC_ADDREF(&conn->std);
	zend_result rc = wm_call_function(fn, NULL, conn->proto_cls->ce, retval, 2, args, swallow);
	OBJ_RELEASE(&conn->std);
	return rc;
}

/* ---- sending -------------------------------------------------------------------------
 * Workerman writes in send() as soon as its buffer is empty. We do too, except while the
 * packages of one read are being dispatched (conn->batching): then send() only queues
 * (conn->deferred) and returns true, and all replies of that read leave in one writev
 * when the dispatch loop ends, or earlier when the batch reaches WM_BATCH_LIMIT, or
 * before close/destroy/pauseRecv. Differences a user could notice: bytesWritten grows
 * at that flush rather than inside send(), getSendBufferQueueSize() reports 0 for the
 * batch, and if the final write fails or is partial, the outcome is the one of a later
 * buffered write (queue + EV_WRITE + onBufferFull, or onError 'client closed' + destroy)
 * while send() already returned true. Outside a dispatch (timers, onConnect, sends to
 * other connections) send() writes at once exactly like Workerman. */

/* Writes the queue (several writevs if it has more than WM_IOV_MAX pieces). Returns the
 * bytes written; *gone is set when nothing could be written because the peer is gone. */
static size_t wm_conn_write_queue(wm_conn_obj *conn, bool *gone)
{
	size_t total = 0;
	*gone = false;
	while (conn->sendq) {
		struct iovec iov[WM_IOV_MAX];
		int count = wm_sendq_iov(conn->sendq, iov, WM_IOV_MAX);
		size_t want = 0;
		for (int i = 0; i < count; i++) {
			want += iov[i].iov_len;
		}
		ssize_t n = writev(conn->fd, iov, count);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			*gone = total == 0 && errno != EAGAIN && errno != EWOULDBLOCK;
			break;
		}
		conn->bytes_written += n;
		total += (size_t)n;
		conn->sendq = wm_sendq_consume(conn->sendq, (size_t)n);
		if ((size_t)n < want) {
			break;
		}
	}
	return total;
}

static void wm_conn_check_full(wm_conn_obj *conn)
{
	if (conn->sendq && (zend_long)conn->sendq->bytes >= conn->max_send_buffer_size) {
		wm_conn_emit(conn, wm_conn_extra_cb(conn, false), 0, NULL);
	}
}

/* Nothing could be written and the peer is gone: Workerman's send() failure path. */
static wm_send_result wm_conn_send_failed(wm_conn_obj *conn)
{
	wm_stat_send_fail();
	if (wm_conn_emit_error(conn, "client closed", sizeof("client closed") - 1) == FAILURE) {
		return WM_SEND_FALSE;
	}
	wm_conn_destroy(conn);
	return WM_SEND_FALSE;
}

/* Writes what is queued now with the outcome of Workerman's "buffer empty" branch. */
static wm_send_result wm_conn_flush_now(wm_conn_obj *conn)
{
	bool gone;
	conn->deferred = 0;
	wm_conn_write_queue(conn, &gone);
	if (!conn->sendq) {
		return WM_SEND_TRUE;
	}
	if (gone) {
		return wm_conn_send_failed(conn);
	}
	wm_conn_arm(conn);
	wm_conn_check_full(conn);
	return WM_SEND_NULL;
}

/* Ends a batch: the deferred bytes are written now. quiet: the process is exiting, so
 * only the bytes go out (Workerman wrote them in send()), no callbacks. */
static void wm_conn_flush_deferred(wm_conn_obj *conn, bool quiet)
{
	if (!conn->sendq || !conn->deferred || conn->fd < 0) {
		return;
	}
	if (quiet) {
		bool gone;
		conn->deferred = 0;
		wm_conn_write_queue(conn, &gone);
		wm_conn_arm(conn);
		return;
	}
	wm_conn_flush_now(conn);
}

/* The bytes send() is asked to write: up to two string references (data, framing). */
typedef struct wm_pieces {
	zend_string *str[2];
	int count;
	size_t len;
} wm_pieces;

static void wm_pieces_add(wm_pieces *p, zend_string *s)
{
	if (ZSTR_LEN(s) == 0) {
		zend_string_release(s);
		return;
	}
	p->str[p->count++] = s;
	p->len += ZSTR_LEN(s);
}

static void wm_pieces_release(wm_pieces *p)
{
	for (int i = 0; i < p->count; i++) {
		zend_string_release(p->str[i]);
	}
	p->count = 0;
}

/* Protocol::encode($data, $connection). FAILURE: an exception is pending; *empty: the
 * protocol returned '' (send() then returns null). Text and Frame frame in C without
 * copying large data: the string itself is queued next to its framing. */
static zend_result wm_conn_encode(wm_conn_obj *conn, zval *data, bool raw, wm_pieces *out, bool *empty)
{
	*empty = false;
	wm_proto_kind kind = raw ? WM_PROTO_NONE : wm_conn_proto(conn);
	if (kind == WM_PROTO_USER) {
		zval encoded;
		const wm_proto_class *cls = conn->proto_cls;
		zend_function *fn = cls ? cls->encode : NULL;
		if (!cls) {
			wm_protocol_throw_missing(wm_conn_sh(conn, WM_SH_PROTOCOL));
			return FAILURE;
		}
		if (!fn) {
			zend_throw_error(NULL, "Call to undefined method %s::encode()", ZSTR_VAL(cls->ce->name));
			return FAILURE;
		}
		zval args[2];
		ZVAL_COPY_VALUE(&args[0], data);
		ZVAL_OBJ(&args[1], &conn->std);
		/* Exceptions propagate to send()'s caller, as from Workerman's $parser::encode(). */
		zend_call_known_function(fn, NULL, cls->ce, &encoded, 2, args, NULL);
		if (EG(exception)) {
			zval_ptr_dtor(&encoded);
			return FAILURE;
		}
		if (Z_TYPE(encoded) == IS_STRING && Z_STRLEN(encoded) == 0) {
			*empty = true;
			zval_ptr_dtor(&encoded);
			return SUCCESS;
		}
		zend_string *s = zval_try_get_string(&encoded);
		zval_ptr_dtor(&encoded);
		if (!s) {
			return FAILURE;
		}
		wm_pieces_add(out, s);
		return SUCCESS;
	}
	zend_string *s = zval_try_get_string(data);
	if (!s) {
		return FAILURE;
	}
	if (kind == WM_PROTO_TEXT) {
		wm_pieces_add(out, s);
		wm_pieces_add(out, wm_str_newline);
	} else if (kind == WM_PROTO_FRAME) {
		zend_string *head = zend_string_alloc(ZSTR_LEN(s) < 1024 ? 4 + ZSTR_LEN(s) : 4, 0);
		wm_frame_header((unsigned char *)ZSTR_VAL(head), ZSTR_LEN(s));
		if (ZSTR_LEN(head) > 4) {
			memcpy(ZSTR_VAL(head) + 4, ZSTR_VAL(s), ZSTR_LEN(s));
			ZSTR_VAL(head)[ZSTR_LEN(head)] = '\0';
			zend_string_release(s);
			wm_pieces_add(out, head);
		} else {
			ZSTR_VAL(head)[4] = '\0';
			wm_pieces_add(out, head);
			wm_pieces_add(out, s);
		}
	} else {
		wm_pieces_add(out, s);
	}
	return SUCCESS;
}

static void wm_conn_queue(wm_conn_obj *conn, wm_pieces *p)
{
	for (int i = 0; i < p->count; i++) {
		conn->sendq = wm_sendq_push(conn->sendq, p->str[i]);
	}
	p->count = 0;
}

/* Workerman's "buffer empty: write now" branch, without a queue unless bytes remain. */
static wm_send_result wm_conn_write_direct(wm_conn_obj *conn, wm_pieces *p)
{
	struct iovec iov[2];
	for (int i = 0; i < p->count; i++) {
		iov[i].iov_base = ZSTR_VAL(p->str[i]);
		iov[i].iov_len = ZSTR_LEN(p->str[i]);
	}
	ssize_t n;
	do {
		n = writev(conn->fd, iov, p->count);
	} while (n < 0 && errno == EINTR);
	if (n == (ssize_t)p->len) {
		conn->bytes_written += n;
		wm_pieces_release(p);
		return WM_SEND_TRUE;
	}
	if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
		wm_pieces_release(p);
		return wm_conn_send_failed(conn);
	}
	wm_conn_queue(conn, p);
	if (n > 0) {
		conn->bytes_written += n;
		conn->sendq = wm_sendq_consume(conn->sendq, (size_t)n);
	}
	wm_conn_arm(conn);
	wm_conn_check_full(conn);
	return WM_SEND_NULL;
}

/* The buffer already holds data: Workerman drops the package once it is at the limit. */
static wm_send_result wm_conn_append(wm_conn_obj *conn, wm_pieces *p)
{
	if (conn->sendq && (zend_long)conn->sendq->bytes >= conn->max_send_buffer_size) {
		wm_pieces_release(p);
		wm_conn_emit_error(conn, "send buffer full and drop package", sizeof("send buffer full and drop package") - 1);
		wm_stat_send_fail();
		return WM_SEND_FALSE;
	}
	wm_conn_queue(conn, p);
	wm_conn_check_full(conn);
	return WM_SEND_NULL;
}

wm_send_result wm_conn_send(wm_conn_obj *conn, zval *data, bool raw)
{
	if (conn->status == WM_CONN_ENDING || conn->status == WM_CONN_CLOSING || conn->status == WM_CONN_CLOSED) {
		return WM_SEND_FALSE;
	}
	wm_pieces p = {{NULL, NULL}, 0, 0};
	bool empty;
	if (wm_conn_encode(conn, data, raw, &p, &empty) == FAILURE) {
		wm_pieces_release(&p);
		return WM_SEND_FALSE;
	}
	if (empty) {
		return WM_SEND_NULL;
	}
	if (conn->status == WM_CONN_CLOSED) { /* encode() closed it */
		wm_pieces_release(&p);
		return WM_SEND_FALSE;
	}
	if (conn->status != WM_CONN_ESTABLISHED) {
		/* Not connected yet (AsyncTcpConnection): queue, written on connect. */
		if (conn->sendq && (zend_long)conn->sendq->bytes >= conn->max_send_buffer_size) {
			return wm_conn_append(conn, &p);
		}
		wm_conn_queue(conn, &p);
		wm_conn_check_full(conn);
		return WM_SEND_NULL;
	}
	if (conn->sendq && !conn->deferred) {
		return p.count ? wm_conn_append(conn, &p) : WM_SEND_NULL;
	}
	if (p.count == 0) {
		return WM_SEND_TRUE; /* fwrite('') of an empty buffer: Workerman says true */
	}
	if (conn->batching) {
		wm_conn_queue(conn, &p);
		conn->deferred = 1;
		if (conn->sendq->bytes >= WM_BATCH_LIMIT) {
			return wm_conn_flush_now(conn);
		}
		return WM_SEND_TRUE;
	}
	return wm_conn_write_direct(conn, &p);
}

size_t wm_conn_send_queue_size(const wm_conn_obj *conn)
{
	return conn->sendq && !conn->deferred ? conn->sendq->bytes : 0;
}

/* EV_WRITE: Workerman's baseWrite. Drained -> onBufferDrain, then a CLOSING connection
 * is destroyed; a failed write counts send_fail and destroys without onError. */
static void wm_conn_handle_write(wm_conn_obj *conn)
{
	if (!conn->sendq || conn->deferred) {
		wm_conn_arm(conn);
		return;
	}
	bool gone;
	size_t n = wm_conn_write_queue(conn, &gone);
	if (conn->sendq) {
		if (n == 0 && gone) {
			wm_stat_send_fail();
			wm_conn_destroy(conn);
		}
		return;
	}
	wm_conn_arm(conn);
	if (wm_conn_emit(conn, wm_conn_extra_cb(conn, true), 0, NULL) == FAILURE) {
		return;
	}
	if (conn->status == WM_CONN_CLOSING && !conn->sendq) {
		wm_conn_destroy(conn);
	}
}

/* ---- receiving ---------------------------------------------------------------------- */

/* Workerman 4 prints this without a newline (safeEcho of the bare text). */
static void wm_conn_error_package(zval *length)
{
	smart_str out = {0};
	smart_str_appends(&out, "Error package. package_length=");
	php_var_export_ex(length, 1, &out);
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
}

/* Interprets what a PHP input() returned the way Workerman's comparisons do:
 * 1 = package length in *len, 0 = wait, -1 = bad length (printed, destroyed). */
static int wm_conn_input_result(wm_conn_obj *conn, zval *result, size_t *len)
{
	double value;
	switch (Z_TYPE_P(result)) {
		case IS_LONG:
			if (Z_LVAL_P(result) == 0) {
				return 0;
			}
			value = (double)Z_LVAL_P(result);
			break;
		case IS_TRUE:
			value = 1;
			break;
		case IS_DOUBLE:
			value = Z_DVAL_P(result);
			break;
		case IS_STRING:
			value = is_numeric_string(Z_STRVAL_P(result), Z_STRLEN_P(result), NULL, NULL, true) ? zval_get_double(result) : 0;
			break;
		default:
			value = 0;
	}
	if (value > 0 && value <= (double)conn->max_package_size) {
		*len = (size_t)value;
		return 1;
	}
	wm_conn_error_package(result);
	wm_conn_destroy(conn);
	return -1;
}

/* The length of the package at the head of the buffer: 1 = *len known, 0 = wait,
 * -1 = stop (closed, destroyed or exiting). */
static int wm_conn_input(wm_conn_obj *conn, size_t *len)
{
	wm_rbuf *buf = conn->rbuf;
	switch (conn->proto_kind) {
		case WM_PROTO_TEXT: {
			size_t max = conn->max_package_size > 0 ? (size_t)conn->max_package_size : 0;
			size_t n = wm_text_input(wm_rbuf_head(buf), buf->len, max);
			if (n == WM_TEXT_TOO_BIG) {
				wm_conn_close(conn, NULL, false); /* Text::input closes and returns 0 */
				return 0;
			}
			*len = n;
			return n ? 1 : 0;
		}
		case WM_PROTO_FRAME: {
			uint32_t n = wm_frame_input(wm_rbuf_head(buf), buf->len);
			if (n == 0) {
				return 0;
			}
			if ((zend_long)n > conn->max_package_size) {
				zval v;
				ZVAL_LONG(&v, n);
				wm_conn_error_package(&v);
				wm_conn_destroy(conn);
				return -1;
			}
			*len = n;
			return 1;
		}
		default: {
			zval arg, result;
			ZVAL_STRINGL(&arg, wm_rbuf_head(buf), buf->len);
			const wm_proto_class *cls = conn->proto_cls;
			/* Workerman 4 ignores exceptions from input(): the package length stays unknown. */
			zend_result rc = wm_conn_call_proto(conn, cls ? cls->input : NULL, "input", &arg, &result, true);
			zval_ptr_dtor(&arg);
			if (rc == FAILURE) {
				zval_ptr_dtor(&result);
				return wm_exiting() ? -1 : 0;
			}
			if (conn->status == WM_CONN_CLOSED || !conn->rbuf) {
				zval_ptr_dtor(&result);
				return -1;
			}
			int got = wm_conn_input_result(conn, &result, len);
			zval_ptr_dtor(&result);
			return got;
		}
	}
}

/* The onMessage payload of a cut package (Text/Frame decode in C, user decode in PHP). */
static zend_result wm_conn_decode(wm_conn_obj *conn, const char *pkg, size_t len, zval *out)
{
	switch (conn->proto_kind) {
		case WM_PROTO_TEXT:
			ZVAL_STRINGL_FAST(out, pkg, wm_text_decoded_len(pkg, len));
			return SUCCESS;
		case WM_PROTO_FRAME:
			if (len <= 4) {
				ZVAL_EMPTY_STRING(out);
			} else {
				ZVAL_STRINGL_FAST(out, pkg + 4, len - 4);
			}
			return SUCCESS;
		default: {
			zval arg;
			ZVAL_STRINGL_FAST(&arg, pkg, len);
			const wm_proto_class *cls = conn->proto_cls;
			zend_result rc = wm_conn_call_proto(conn, cls ? cls->decode : NULL, "decode", &arg, out, false);
			zval_ptr_dtor(&arg);
			if (rc == FAILURE) {
				zval_ptr_dtor(out);
			}
			return rc;
		}
	}
}

/* Workerman's baseRead loop over complete packages. User code may pause, close or
 * destroy the connection, or consume the buffer, in any callback: state is re-read after
 * every call, and nothing here survives a wm_call FAILURE (the process is exiting). */
static void wm_conn_dispatch_packages(wm_conn_obj *conn)
{
	while (conn->rbuf && conn->rbuf->len && !conn->paused && conn->status != WM_CONN_CLOSED) {
		size_t len = conn->rbuf->pkg_len;
		if (!len) {
			int rc = wm_conn_input(conn, &len);
			if (rc <= 0 || !conn->rbuf) {
				return;
			}
		}
		wm_rbuf *buf = conn->rbuf;
		if (len > buf->len) {
			buf->pkg_len = len;
			return;
		}
		buf->pkg_len = 0;
		wm_stat_request();
		if (Z_TYPE_P(wm_conn_sh(conn, WM_SH_ON_MESSAGE)) == IS_NULL) {
			conn->rbuf = wm_rbuf_consume(buf, len);
			continue;
		}
		zval message;
		if (conn->proto_kind == WM_PROTO_USER) {
			/* decode() may touch the buffer: cut the package off first. */
			zend_string *pkg = zend_string_init(wm_rbuf_head(buf), len, 0);
			conn->rbuf = wm_rbuf_consume(buf, len);
			zval arg;
			ZVAL_STR(&arg, pkg);
			const wm_proto_class *cls = conn->proto_cls;
			zend_result rc = wm_conn_call_proto(conn, cls ? cls->decode : NULL, "decode", &arg, &message, false);
			zval_ptr_dtor(&arg);
			if (rc == FAILURE) {
				zval_ptr_dtor(&message);
				return;
			}
		} else {
			wm_conn_decode(conn, wm_rbuf_head(buf), len, &message);
			conn->rbuf = wm_rbuf_consume(buf, len);
		}
		zend_result rc = wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_MESSAGE), 1, &message);
		zval_ptr_dtor(&message);
		if (rc == FAILURE) {
			return;
		}
	}
}

/* No protocol: everything read so far is one message. */
static void wm_conn_dispatch_raw(wm_conn_obj *conn)
{
	wm_rbuf *buf = conn->rbuf;
	if (!buf || !buf->len || conn->paused) {
		return;
	}
	wm_stat_request();
	if (Z_TYPE_P(wm_conn_sh(conn, WM_SH_ON_MESSAGE)) == IS_NULL) {
		wm_rbuf_free(buf);
		conn->rbuf = NULL;
		return;
	}
	zval message;
	ZVAL_STRINGL_FAST(&message, wm_rbuf_head(buf), buf->len);
	/* Taken before the call (Workerman clears it after): a resumeRecv() inside onMessage
	 * must not deliver the same bytes again. */
	wm_rbuf_free(buf);
	conn->rbuf = NULL;
	wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_MESSAGE), 1, &message);
	zval_ptr_dtor(&message);
}

static void wm_conn_dispatch(wm_conn_obj *conn)
{
	bool outer = !conn->batching;
	conn->batching = 1;
	if (wm_conn_proto(conn) == WM_PROTO_NONE) {
		wm_conn_dispatch_raw(conn);
	} else {
		wm_conn_dispatch_packages(conn);
	}
	if (outer) {
		conn->batching = 0;
		if (conn->status != WM_CONN_CLOSED) {
			wm_conn_flush_deferred(conn, wm_exiting() || EG(exception));
		}
	}
}

/* EV_READ: one read of up to 64 KiB (plus the free tail of a buffered leftover) straight
 * into the shared scratch buffer; only what the dispatch leaves unread is kept. */
static void wm_conn_handle_read(wm_conn_obj *conn)
{
	wm_rbuf *own = conn->rbuf;
	if (wm_rbuf_is_scratch(own)) {
		own = conn->rbuf = wm_rbuf_settle(own);
	}
	struct iovec iov[2];
	int count = 0;
	size_t room = own ? own->cap - own->start - own->len : 0;
	if (room) {
		iov[count].iov_base = own->data + own->start + own->len;
		iov[count++].iov_len = room;
	}
	wm_rbuf *scratch = wm_rbuf_borrow_scratch();
	if (scratch) {
		iov[count].iov_base = scratch->data;
		iov[count++].iov_len = scratch->cap;
	} else if (room < WM_READ_SIZE) {
		own = conn->rbuf = wm_rbuf_reserve(own, WM_READ_SIZE);
		room = own->cap - own->start - own->len;
		count = 1;
		iov[0].iov_base = own->data + own->start + own->len;
		iov[0].iov_len = room;
	}
	ssize_t n;
	do {
		n = readv(conn->fd, iov, count);
	} while (n < 0 && errno == EINTR);
	if (n <= 0) {
		wm_rbuf_free(scratch);
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			return;
		}
		wm_conn_destroy(conn); /* EOF or reset */
		return;
	}
	conn->bytes_read += n;
	if (own) {
		size_t in_own = (size_t)n < room ? (size_t)n : room;
		own->len += in_own;
		if ((size_t)n > in_own) {
			own = wm_rbuf_append(own, scratch->data, (size_t)n - in_own);
		}
		conn->rbuf = own;
		wm_rbuf_free(scratch);
	} else {
		scratch->len = (size_t)n;
		conn->rbuf = scratch;
	}
	wm_conn_dispatch(conn);
	if (wm_rbuf_is_scratch(conn->rbuf)) {
		conn->rbuf = wm_rbuf_settle(conn->rbuf);
	}
}

static void wm_conn_on_event(evutil_socket_t fd, short what, void *arg)
{
	wm_conn_obj *conn = arg;
	GC_ADDREF(&conn->std);
	if (what & EV_WRITE) {
		wm_conn_handle_write(conn);
	}
	if ((what & EV_READ) && (conn->armed & EV_READ) && !wm_exiting()) {
		wm_conn_handle_read(conn);
	}
	OBJ_RELEASE(&conn->std);
}

/* ---- pause, resume, consume ---------------------------------------------------------- */

void wm_conn_pause(wm_conn_obj *conn)
{
	wm_conn_flush_deferred(conn, false);
	conn->paused = 1;
	wm_conn_arm(conn);
}

void wm_conn_resume(wm_conn_obj *conn)
{
	if (!conn->paused || conn->status == WM_CONN_CLOSED) {
		return;
	}
	conn->paused = 0;
	wm_conn_arm(conn);
	GC_ADDREF(&conn->std);
	wm_conn_dispatch(conn);
	OBJ_RELEASE(&conn->std);
}

/* substr($recvBuffer, $n): negative n keeps the last -n bytes. */
void wm_conn_consume(wm_conn_obj *conn, zend_long n)
{
	wm_rbuf *buf = conn->rbuf;
	if (!buf) {
		return;
	}
	size_t drop;
	if (n >= 0) {
		drop = (size_t)n > buf->len ? buf->len : (size_t)n;
	} else {
		size_t keep = (size_t)(-(n + 1)) + 1;
		drop = keep >= buf->len ? 0 : buf->len - keep;
	}
	if (drop) {
		conn->rbuf = wm_rbuf_consume(buf, drop);
	}
}

/* ---- close and destroy --------------------------------------------------------------- */

void wm_conn_close(wm_conn_obj *conn, zval *data, bool raw)
{
	if (conn->status == WM_CONN_CONNECTING || conn->status == WM_CONN_INITIAL) {
		wm_conn_destroy(conn);
		return;
	}
	if (conn->status == WM_CONN_CLOSING || conn->status == WM_CONN_CLOSED) {
		return;
	}
	GC_ADDREF(&conn->std);
	if (data && Z_TYPE_P(data) != IS_NULL) {
		wm_conn_send(conn, data, raw);
		if (EG(exception) || conn->status == WM_CONN_CLOSED) {
			OBJ_RELEASE(&conn->std);
			return;
		}
	}
	conn->status = WM_CONN_CLOSING;
	if (conn->sendq && conn->deferred) {
		wm_conn_flush_now(conn);
	}
	if (conn->status == WM_CONN_CLOSING) {
		if (!conn->sendq) {
			wm_conn_destroy(conn);
		} else {
			conn->paused = 1;
			wm_conn_arm(conn);
		}
	}
	OBJ_RELEASE(&conn->std);
}

/* Workerman's destroy(): watchers off, socket closed, CLOSED, onClose once, then the
 * protocol's static onClose; callbacks and map entries go only if still CLOSED (an
 * AsyncTcpConnection may reconnect from onClose). */
void wm_conn_destroy(wm_conn_obj *conn)
{
	if (conn->status == WM_CONN_CLOSED) {
		return;
	}
	if (conn->sendq && conn->deferred) {
		wm_conn_flush_deferred(conn, true); /* Workerman had written these in send() */
	}
	if (conn->armed) {
		event_del(&conn->ev);
		conn->armed = 0;
	}
	if (conn->fd >= 0) {
		close(conn->fd);
		conn->fd = -1;
	}
	conn->status = WM_CONN_CLOSED;
	GC_ADDREF(&conn->std);
	if (wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_CLOSE), 0, NULL) == SUCCESS
		&& wm_conn_proto(conn) == WM_PROTO_USER && conn->proto_cls && conn->proto_cls->on_close) {
		zval arg;
		ZVAL_OBJ(&arg, &conn->std);
		GC_ADDREF(&conn->std);
		wm_call_function(conn->proto_cls->on_close, NULL, conn->proto_cls->ce, NULL, 1, &arg, false);
		OBJ_RELEASE(&conn->std);
	}
	wm_rbuf_free(conn->rbuf);
	conn->rbuf = NULL;
	wm_sendq_free(conn->sendq);
	conn->sendq = NULL;
	conn->paused = conn->deferred = 0;
	if (conn->status == WM_CONN_CLOSED) {
		zval worker;
		ZVAL_COPY(&worker, wm_conn_sh(conn, WM_SH_WORKER));
		for (int slot = WM_SH_ON_MESSAGE; slot < WM_SH__COUNT; slot++) {
			if (Z_TYPE_P(wm_conn_sh(conn, slot)) != IS_NULL) {
				zval null_value;
				ZVAL_NULL(&null_value);
				wm_conn_sh_set(conn, slot, &null_value);
			}
		}
		if (Z_TYPE(worker) == IS_OBJECT && instanceof_function(Z_OBJCE(worker), wm_ce_Worker)) {
			wm_map_del(wm_worker_prop(wm_worker_from_obj(Z_OBJ(worker)), WM_WP_CONNECTIONS), conn->internal_id);
		}
		zval_ptr_dtor(&worker);
		wm_map_del(wm_conn_all(), conn->internal_id);
		if (conn->held) {
			conn->held = 0;
			OBJ_RELEASE(&conn->std);
		}
	}
	OBJ_RELEASE(&conn->std);
}

/* ---- accept ----------------------------------------------------------------------------- */

static void wm_conn_store_peer(wm_conn_obj *conn, const struct sockaddr *peer, socklen_t len)
{
	conn->peer_family = (uint8_t)peer->sa_family;
	if (peer->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)peer;
		conn->peer_port = ntohs(in->sin_port);
		memcpy(conn->peer_addr, &in->sin_addr, 4);
	} else if (peer->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)peer;
		conn->peer_port = ntohs(in6->sin6_port);
		memcpy(conn->peer_addr, &in6->sin6_addr, 16);
	} else if (peer->sa_family != AF_UNIX) {
		conn->peer_family = 0;
	}
}

void wm_conn_accept(wm_worker_obj *worker, int fd, const struct sockaddr *peer, socklen_t peer_len)
{
	zval conn_zv;
	object_init_ex(&conn_zv, wm_ce_TcpConnection);
	wm_conn_obj *conn = wm_conn_from_obj(Z_OBJ(conn_zv));
	conn->fd = fd;
	conn->status = WM_CONN_ESTABLISHED;
	wm_conn_store_peer(conn, peer, peer_len);

	zval *all = wm_conn_all();
	if (all) {
		wm_map_put(all, conn->internal_id, &conn->std);
	}
	wm_map_put(wm_worker_prop(worker, WM_WP_CONNECTIONS), conn->internal_id, &conn->std);

	/* Copied at accept time, as Workerman does: later changes to the Worker's callbacks
	 * do not reach existing connections. */
	wm_conn_sh_from_worker(conn, worker);
	zval *transport = wm_worker_prop(worker, WM_WP_TRANSPORT);
	if (Z_TYPE_P(transport) == IS_STRING && !zend_string_equals(Z_STR_P(transport), conn->transport)) {
		zend_string_release(conn->transport);
		conn->transport = zend_string_copy(Z_STR_P(transport));
	}
	/* The watcher keeps the connection alive until destroy(), like Workerman's loop
	 * holding [$this, 'baseRead']. */
	conn->held = 1;
	GC_ADDREF(&conn->std);
	wm_conn_arm(conn);

	zval *on_connect = wm_worker_prop(worker, WM_WP_ONCONNECT);
	if (Z_TYPE_P(on_connect) != IS_NULL) {
		zval callable;
		ZVAL_COPY(&callable, on_connect);
		wm_call(&callable, NULL, 1, &conn_zv);
		zval_ptr_dtor(&callable);
	}
	zval_ptr_dtor(&conn_zv);
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
		? zend_string_copy(Z_STR_P(proto_zv)) : zend_string_copy(conn->transport);
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
	zend_string *id = zval_get_string(&conn->id);
	zend_string *local = wm_conn_local_address(conn);
	zend_string *remote = wm_conn_remote_address(conn);
	bool unix_socket = zend_string_equals_literal(conn->transport, "unix");
	bool v6 = !unix_socket && conn->peer_family == AF_INET6;
	const char *status = wm_conn_status_name(conn->status);

	wm_pad(out, pid, strlen(pid), 9);
	wm_pad(out, worker_name, name_len, 16);
	wm_pad(out, ZSTR_VAL(id), ZSTR_LEN(id), 10);
	wm_pad(out, ZSTR_VAL(conn->transport), ZSTR_LEN(conn->transport), 8);
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

void wm_conn_describe_all(smart_str *out)
{
	zval *all = wm_conn_all();
	if (!all || Z_TYPE_P(all) != IS_ARRAY) {
		return;
	}
	char pid[24];
	snprintf(pid, sizeof(pid), "%d", (int)getpid());
	zend_string *default_name = NULL;
	zend_object *first;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), first) {
		zval rv;
		zval *v = zend_read_property(first->ce, first, "name", 4, true, &rv);
		default_name = zval_get_string(v);
		break;
	} ZEND_HASH_FOREACH_END();
	zval *item;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(all), item) {
		if (Z_TYPE_P(item) == IS_OBJECT && instanceof_function(Z_OBJCE_P(item), wm_ce_TcpConnection)) {
			wm_conn_describe(out, wm_conn_from_obj(Z_OBJ_P(item)), pid, default_name);
		}
	} ZEND_HASH_FOREACH_END();
	if (default_name) {
		zend_string_release(default_name);
	}
}

/* ---- start-up ----------------------------------------------------------------------------- */

void wm_conn_core_minit(void)
{
	wm_str_statistics = zend_string_init_interned("statistics", sizeof("statistics") - 1, 1);
	wm_str_connection_count = zend_string_init_interned("connection_count", sizeof("connection_count") - 1, 1);
	wm_str_total_request = zend_string_init_interned("total_request", sizeof("total_request") - 1, 1);
	wm_str_send_fail = zend_string_init_interned("send_fail", sizeof("send_fail") - 1, 1);
	wm_str_connections = zend_string_init_interned("connections", sizeof("connections") - 1, 1);
	wm_str_newline = zend_string_init_interned("\n", 1, 1);
}

void wm_conn_rinit(void)
{
	wm_stats_slot = NULL;
	wm_connections_slot = NULL;
	zval stats;
	array_init(&stats);
	add_assoc_long(&stats, "connection_count", wm_stat_connections);
	add_assoc_long(&stats, "total_request", wm_stat_requests);
	add_assoc_long(&stats, "throw_exception", 0);
	add_assoc_long(&stats, "send_fail", wm_stat_send_fails);
	zend_update_static_property(wm_ce_ConnectionInterface, "statistics", sizeof("statistics") - 1, &stats);
	zval_ptr_dtor(&stats);
}

void wm_conn_rshutdown(void)
{
	wm_stats_slot = NULL;
	wm_connections_slot = NULL;
	wm_protocol_rshutdown();
	wm_conn_sh_rshutdown();
	wm_buffer_rshutdown();
}
