/* wm_conn_recv.c: TcpConnection's receive path: one read into the shared scratch buffer,
 * the protocol loop (C parsers for Text/Frame, PHP input/decode for user classes),
 * onMessage dispatch inside a send batch, pauseRecv/resumeRecv/consumeRecvBuffer.
 * No writing here except ending the batch (wm_conn_send.c does the bytes). */
#include "wm_conn_obj.h"
#include "wm_loop.h"
#include "wm_log.h"
#include "wm_process.h"
#include "ext/standard/php_var.h"

#include <errno.h>
#include <unistd.h>
#include <sys/uio.h>

/* Workerman 4 reads 65535 bytes per event; our scratch buffer is 64 KiB. */
#define WM_READ_SIZE 65536

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

/* The length of the package at the head of the buffer (kind: the connection's protocol):
 * 1 = *len known, 0 = wait, -1 = stop (closed, destroyed or exiting). */
static zend_always_inline int wm_conn_input(wm_conn_obj *conn, wm_proto_kind kind, size_t *len)
{
	wm_rbuf *buf = conn->rbuf;
	switch (kind) {
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
			const wm_proto_class *cls = conn->proto_cls;
			if (cls && cls->native) { /* a C stand-in (wm_protocol.h): no copy, no call */
				ZVAL_LONG(&result, cls->native->input(wm_rbuf_head(buf), buf->len));
				return wm_conn_input_result(conn, &result, len);
			}
			ZVAL_STRINGL(&arg, wm_rbuf_head(buf), buf->len);
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

/* ZVAL_STRINGL_FAST without its overflow-checked allocation (PHP 8.2 routes it through
 * _safe_emalloc): a message is at most the read buffer, and this runs once per message;
 * the string reuses the last dropped message's (wm_str_alloc). */
static zend_always_inline void wm_zval_bytes(zval *out, const char *bytes, size_t len)
{
	if (EXPECTED(len > 1)) {
		zend_string *s = wm_str_alloc(len);
		memcpy(ZSTR_VAL(s), bytes, len);
		ZSTR_VAL(s)[len] = '\0';
		ZVAL_NEW_STR(out, s);
	} else if (len == 1) {
		ZVAL_INTERNED_STR(out, ZSTR_CHAR((zend_uchar)*bytes));
	} else {
		ZVAL_EMPTY_STRING(out);
	}
}

/* The onMessage payload of a Text or Frame package, decoded in C. User protocols never get
 * here: the loop below cuts their package off and calls their decode() itself. */
static zend_always_inline void wm_conn_decode(wm_proto_kind kind, const char *pkg, size_t len, zval *out)
{
	if (kind == WM_PROTO_TEXT) {
		wm_zval_bytes(out, pkg, wm_text_decoded_len(pkg, len));
	} else if (len <= 4) { /* Frame */
		ZVAL_EMPTY_STRING(out);
	} else {
		wm_zval_bytes(out, pkg + 4, len - 4);
	}
}

static void wm_conn_dispatch_packages(wm_conn_obj *conn);

/* Workerman's baseRead loop over complete packages. User code may pause, close or
 * destroy the connection, or consume the buffer, in any callback: state is re-read after
 * every call, and nothing here survives a wm_call FAILURE (the process is exiting).
 * text_only: the instance for Text, the common line protocol, with its kind folded in; a
 * callback that changes the connection's protocol hands the rest to the general instance. */
static zend_always_inline void wm_conn_dispatch_loop(wm_conn_obj *conn, bool text_only)
{
	while (conn->rbuf && conn->rbuf->len && !conn->paused && conn->status != WM_CONN_CLOSED) {
		if (text_only && UNEXPECTED(conn->proto_kind != WM_PROTO_TEXT)) {
			wm_conn_dispatch_packages(conn);
			return;
		}
		wm_proto_kind kind = text_only ? WM_PROTO_TEXT : (wm_proto_kind)conn->proto_kind;
		size_t len = conn->rbuf->pkg_len;
		if (!len) {
			int rc = wm_conn_input(conn, kind, &len);
			if (rc <= 0 || !conn->rbuf) {
				return;
			}
			if (!text_only) {
				kind = conn->proto_kind; /* a PHP input() may have changed the protocol */
			}
		}
		wm_rbuf *buf = conn->rbuf;
		if (len > buf->len) {
			buf->pkg_len = len;
			return;
		}
		buf->pkg_len = 0;
		wm_stat_request();
		zval *on_message = wm_conn_sh(conn, WM_SH_ON_MESSAGE);
		if (Z_TYPE_P(on_message) == IS_NULL) {
			conn->rbuf = wm_rbuf_consume(buf, len);
			continue;
		}
		zval message;
		const wm_proto_class *cls = conn->proto_cls;
		if (kind == WM_PROTO_USER && cls && cls->native
				&& cls->native->decode(cls->native, wm_rbuf_head(buf), len, &message)) {
			conn->rbuf = wm_rbuf_consume(buf, len);
		} else if (kind == WM_PROTO_USER) {
			/* decode() may touch the buffer: cut the package off first. */
			zend_string *pkg = zend_string_init(wm_rbuf_head(buf), len, 0);
			conn->rbuf = wm_rbuf_consume(buf, len);
			zval arg;
			ZVAL_STR(&arg, pkg);
			zend_result rc = wm_conn_call_proto(conn, cls ? cls->decode : NULL, "decode", &arg, &message, false);
			zval_ptr_dtor(&arg);
			if (rc == FAILURE) {
				zval_ptr_dtor(&message);
				return;
			}
			on_message = wm_conn_sh(conn, WM_SH_ON_MESSAGE); /* decode() may have replaced it */
		} else {
			wm_conn_decode(kind, wm_rbuf_head(buf), len, &message);
			conn->rbuf = wm_rbuf_consume(buf, len);
		}
		zend_result rc = wm_conn_emit(conn, on_message, 1, &message);
		wm_message_release(&message); /* inline; a string nobody holds becomes the spare */
		if (rc == FAILURE) {
			return;
		}
	}
}

static void wm_conn_dispatch_packages(wm_conn_obj *conn)
{
	wm_conn_dispatch_loop(conn, false);
}

static void wm_conn_dispatch_text(wm_conn_obj *conn)
{
	wm_conn_dispatch_loop(conn, true);
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
	wm_zval_bytes(&message, wm_rbuf_head(buf), buf->len);
	/* Taken before the call (Workerman clears it after): a resumeRecv() inside onMessage
	 * must not deliver the same bytes again. */
	wm_rbuf_free(buf);
	conn->rbuf = NULL;
	wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_MESSAGE), 1, &message);
	zval_ptr_dtor(&message);
}

/* The dispatch of what is buffered, inside a send batch; inlined into the read handler
 * (once per read), called by the other doors (resume, baseRead, protocols). */
static zend_always_inline void wm_conn_dispatch_inline(wm_conn_obj *conn)
{
	bool outer = !conn->batching;
	conn->batching = 1;
	wm_proto_kind kind = wm_conn_kind(conn);
	const wm_builtin_proto *builtin = wm_protocol_builtin(kind);
	if (builtin) {
		builtin->dispatch(conn);
	} else if (kind == WM_PROTO_TEXT) {
		wm_conn_dispatch_text(conn);
	} else if (kind == WM_PROTO_NONE) {
		wm_conn_dispatch_raw(conn);
	} else {
		wm_conn_dispatch_packages(conn);
	}
	if (outer) {
		conn->batching = 0;
		if (conn->status != WM_CONN_CLOSED) {
			wm_conn_flush_batch(conn, wm_process_exiting || EG(exception));
		}
	}
}

void wm_conn_dispatch(wm_conn_obj *conn)
{
	wm_conn_dispatch_inline(conn);
}

/* One read of up to 64 KiB (plus the free tail of a buffered leftover) straight into the
 * shared scratch buffer, appended to what is buffered. Returns the bytes read; 0 at EOF or
 * a reset; -1 with errno EAGAIN when nothing is there now. The caller dispatches, then
 * settles a scratch buffer left over (wm_conn_settle_read). */
static zend_always_inline ssize_t wm_conn_read_once(wm_conn_obj *conn)
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
		n = wm_conn_io_readv(conn, iov, count);
	} while (n < 0 && errno == EINTR);
	if (n <= 0) {
		wm_rbuf_free(scratch);
		if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
			n = 0; /* reset: handled as EOF */
		} else if (n < 0) {
			errno = EAGAIN;
		}
		return n;
	}
	conn->bytes_read += n;
	wm_counters->bytes_in += n;
	if (conn->status == WM_CONN_ENDING) {
		/* [5] end(): what arrives now is read (to see the peer's EOF) and dropped. */
		wm_rbuf_free(scratch);
		wm_rbuf_free(own);
		conn->rbuf = NULL;
		return n;
	}
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
	return n;
}

static void wm_conn_settle_read(wm_conn_obj *conn)
{
	if (wm_rbuf_is_scratch(conn->rbuf)) {
		conn->rbuf = wm_rbuf_settle(conn->rbuf);
	}
}

/* WM_IO_READ: one read; only what the dispatch leaves unread is kept. */
void wm_conn_handle_read(wm_conn_obj *conn)
{
	ssize_t n = wm_conn_read_once(conn);
	if (n <= 0) {
		if (n == 0) {
			wm_conn_destroy(conn); /* EOF or reset */
		}
		return;
	}
	if (conn->status == WM_CONN_ENDING) {
		return;
	}
	wm_conn_dispatch_inline(conn);
	wm_conn_settle_read(conn);
}

/* TcpConnection::baseRead($socket, $checkEof): Workerman's read handler run by hand. Unlike
 * the watcher it dispatches what is buffered even when nothing new came (4.2.1's
 * resumeRecv() relies on that), and with check_eof false an EOF leaves the connection be.
 * Inside the connection's own dispatch (its onMessage) it does nothing: that dispatch goes
 * on with what is buffered, and a nested read could move the buffer it is parsing. */
void wm_conn_base_read(wm_conn_obj *conn, bool check_eof)
{
	if (conn->status < WM_CONN_ESTABLISHED || conn->status == WM_CONN_CLOSED || conn->fd < 0 || conn->batching) {
		return; /* not connected yet, gone, or dispatching */
	}
	GC_ADDREF(&conn->std);
	if (UNEXPECTED(conn->io->ops->handshaking(conn->io))
		&& (!wm_conn_io_event(conn, WM_IO_READ) || conn->status == WM_CONN_CLOSED)) {
		OBJ_RELEASE(&conn->std); /* handshake still pending, or failed (destroyed) */
		return;
	}
	ssize_t n = wm_conn_read_once(conn);
	if (n == 0 && check_eof) {
		wm_conn_destroy(conn);
	} else if (conn->rbuf && conn->rbuf->len && conn->status != WM_CONN_ENDING
		&& conn->status != WM_CONN_CLOSED && !wm_exiting()) {
		wm_conn_dispatch(conn);
		wm_conn_settle_read(conn);
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

