/* wm_conn_send.c: TcpConnection's send path: encode (C framing for Text/Frame, PHP for
 * user protocols), write now or queue with Workerman's return values, the per-read batch
 * written with one writev, the write watcher, onBufferFull/onBufferDrain.
 * No reading here; the watcher itself and close/destroy are wm_conn.c's. */
#include "wm_conn_obj.h"
#include "wm_loop.h"
#include "wm_fiber.h"
#include "wm_log.h"
#include "ext/standard/php_var.h"

#include <errno.h>
#include <unistd.h>
#include <sys/uio.h>
#include <sys/sendfile.h>
#include <sys/socket.h>

/* Deferred sends (a read's batch, a loop turn) are written at once when they reach this
 * size, so large replies keep Workerman's write-now return values. */
#define WM_BATCH_LIMIT 65536
#define WM_IOV_MAX 256

/* ---- sending -------------------------------------------------------------------------
 * Workerman writes in send() as soon as its buffer is empty. We defer instead whenever
 * the write is certain to happen before the loop waits again. Inside the dispatch of one
 * read (conn->batching), the replies of that read are queued (conn->deferred) and leave
 * in one writev when the dispatch ends. Inside any other callback of a loop pass (another
 * connection's onMessage, a timer: wm_loop_turn_open), a send is queued the same way and
 * the connection joins the pass's list; every listed connection's bytes leave in one
 * writev when the pass ends (wm_conn_turn_end), its own batch included when the list had
 * it first. So a Gateway forwarding the messages of many clients to one BusinessWorker
 * connection writes once per turn, not once per message. Deferred bytes also go at once
 * when they reach WM_BATCH_LIMIT, and before close/end/destroy/pauseRecv/baseWrite.
 * A deferred send() returns true. Differences a user could notice: bytesWritten grows at
 * the flush rather than inside send(), getSendBufferQueueSize() reports 0 for deferred
 * bytes, and if the flush fails or is partial, the outcome is the one of a later buffered
 * write (queue + WM_IO_WRITE + onBufferFull, or onError 'client closed' + destroy) while
 * send() already returned true. Outside a loop pass (before the loop runs, after it
 * ended) and on TLS connections only a read's own batch defers; other sends write at once
 * exactly like Workerman.
 * In Fiber mode each listed connection is flushed in a fiber of its own (the callbacks a
 * flush may run, onError/onClose/onBufferFull, may suspend), and a read callback that
 * suspends ends its batch (wm_conn.c's park: the bytes leave on the write event). */

/* ---- file segments (HTTP file replies) ------------------------------------------------
 * A file reply queues its head string and a file segment {fd, offset, remaining}; the
 * body never enters PHP memory. Plain sockets get sendfile(2) straight from the page
 * cache; TLS connections (and files sendfile refuses) get one 64 KiB piece at a time read
 * with pread and written through wm_conn_io_writev, so a download of any size holds at
 * most one piece in memory.
 * Backpressure: maxSendBufferSize and onBufferFull measure the memory the queue holds
 * (q->bytes, strings only). File bytes are on disk, so they do not count there: a 1 GB
 * file neither fires onBufferFull by itself nor makes send() drop the pipelined replies
 * queued behind it (those still count, and are dropped once they alone reach the limit).
 * getSendBufferQueueSize()/bufferIsEmpty() do count the file bytes still to send, so
 * "everything was written" keeps its meaning, and onBufferDrain fires once the last file
 * byte is out. Workerman instead streams big files by overwriting the connection's
 * onBufferFull/onBufferDrain; we leave the user's callbacks alone. */

#define WM_FILE_PIECE 65536
/* sendfile bytes per call, and per write event: one fast download must not keep the loop
 * from the other connections (the watcher stays armed for the rest). */
#define WM_FILE_CHUNK (1 << 20)
#define WM_FILE_BUDGET (4 << 20)

/* The file ended before the segment did (truncated while queued): the reply promised
 * more bytes than exist, so the connection cannot continue. -1 with EIO. */
static ssize_t wm_conn_file_short(wm_conn_obj *conn)
{
	if (conn->fd >= 0) {
		shutdown(conn->fd, SHUT_RDWR);
	}
	errno = EIO;
	return -1;
}

/* Writes from the front file segment: returns bytes written (-1 + errno as writev);
 * *want = what was offered, so a shorter result means the socket is full. */
static ssize_t wm_conn_write_file(wm_conn_obj *conn, wm_sendq_file *file, size_t *want)
{
	if (!file->piece && conn->io->ops->sendfile) {
		size_t chunk = file->remaining < WM_FILE_CHUNK ? file->remaining : WM_FILE_CHUNK;
		off_t off = file->offset;
		ssize_t n = sendfile(conn->fd, file->fd, &off, chunk);
		*want = chunk;
		if (n > 0) {
			conn->sendq = wm_sendq_file_done(conn->sendq, (size_t)n, false);
			return n;
		}
		if (n == 0) {
			return wm_conn_file_short(conn);
		}
		if (errno != EINVAL && errno != ENOSYS) {
			return -1;
		}
		/* A file system without sendfile support: pieces, as for TLS. */
	}
	if (!file->piece) {
		size_t len = file->remaining < WM_FILE_PIECE ? file->remaining : WM_FILE_PIECE;
		zend_string *piece = zend_string_alloc(len, 0);
		ssize_t got;
		do {
			got = pread(file->fd, ZSTR_VAL(piece), len, file->offset);
		} while (got < 0 && errno == EINTR);
		if (got <= 0) {
			zend_string_efree(piece);
			return wm_conn_file_short(conn);
		}
		ZSTR_LEN(piece) = (size_t)got;
		ZSTR_VAL(piece)[got] = '\0';
		file->piece = piece;
		file->piece_off = 0;
		file->offset += got;
		file->remaining -= (size_t)got;
	}
	struct iovec iov;
	iov.iov_base = ZSTR_VAL(file->piece) + file->piece_off;
	iov.iov_len = ZSTR_LEN(file->piece) - file->piece_off;
	*want = iov.iov_len;
	ssize_t n = wm_conn_io_writev(conn, &iov, 1);
	if (n > 0) {
		conn->sendq = wm_sendq_file_done(conn->sendq, (size_t)n, true);
	}
	return n;
}

/* Writes the queue (several writevs if it has more than WM_IOV_MAX pieces, file segments
 * in between). Returns the bytes written; *gone is set when nothing could be written
 * because the peer is gone. */
static size_t wm_conn_write_queue(wm_conn_obj *conn, bool *gone)
{
	size_t total = 0;
	size_t file_sent = 0;
	*gone = false;
	while (conn->sendq) {
		struct iovec iov[WM_IOV_MAX];
		size_t want = 0;
		ssize_t n;
		wm_sendq_file *file = wm_sendq_front_file(conn->sendq);
		if (file) {
			if (file_sent >= WM_FILE_BUDGET) {
				break;
			}
			n = wm_conn_write_file(conn, file, &want);
			if (n > 0) {
				file_sent += (size_t)n;
			}
		} else if (EXPECTED(!conn->sendq->file_bytes && conn->sendq->tail - conn->sendq->head <= WM_IOV_MAX)) {
			/* Strings only, all in one writev (a reply or a batch): what is wanted is
			 * q->bytes, and once all of it is written the queue goes in one pass. */
			wm_sendq *q = conn->sendq;
			int count = wm_sendq_strings_iov(q, iov);
			want = q->bytes;
			n = wm_conn_io_writev(conn, iov, count);
			if ((size_t)n == want) {
				conn->sendq = wm_sendq_written(q);
			} else if (n > 0) {
				conn->sendq = wm_sendq_consume(q, (size_t)n);
			}
		} else {
			int count = wm_sendq_iov(conn->sendq, iov, WM_IOV_MAX);
			for (int i = 0; i < count; i++) {
				want += iov[i].iov_len;
			}
			n = wm_conn_io_writev(conn, iov, count);
			if (n > 0) {
				conn->sendq = wm_sendq_consume(conn->sendq, (size_t)n);
			}
		}
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			*gone = total == 0 && errno != EAGAIN && errno != EWOULDBLOCK;
			break;
		}
		conn->bytes_written += n;
		wm_counters->bytes_out += n;
		total += (size_t)n;
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

/* Up to this many strings (a read's replies, pieces of two) are written by the short path
 * of wm_conn_flush_now, with a small iovec array and no file or batch bookkeeping. */
#define WM_FLUSH_SHORT_IOV 16

/* Writes what is queued now with the outcome of Workerman's "buffer empty" branch. The
 * short path makes the same system calls as wm_conn_write_queue would (one writev, again
 * only on EINTR) with the same outcomes. */
wm_send_result wm_conn_flush_now(wm_conn_obj *conn)
{
	bool gone;
	conn->deferred = 0;
	wm_sendq *q = conn->sendq;
	if (EXPECTED(!q->file_bytes && q->tail - q->head <= WM_FLUSH_SHORT_IOV)) {
		struct iovec iov[WM_FLUSH_SHORT_IOV];
		int count = wm_sendq_strings_iov(q, iov);
		ssize_t n;
		do {
			n = wm_conn_io_writev(conn, iov, count);
		} while (UNEXPECTED(n < 0) && errno == EINTR);
		if (EXPECTED(n >= 0)) {
			conn->bytes_written += n;
			wm_counters->bytes_out += n;
			if (EXPECTED((size_t)n == q->bytes)) {
				conn->sendq = wm_sendq_written(q);
				return WM_SEND_TRUE;
			}
			if (n > 0) {
				conn->sendq = wm_sendq_consume(q, (size_t)n);
			}
		} else if (errno != EAGAIN && errno != EWOULDBLOCK) {
			return wm_conn_send_failed(conn);
		}
		wm_conn_arm(conn);
		wm_conn_check_full(conn);
		return WM_SEND_NULL;
	}
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
 * only the bytes go out (Workerman wrote them in send()), no callbacks. The read path's
 * door (wm_conn_flush_batch, once per read) is inline in wm_conn_obj.h. */
static zend_always_inline void wm_conn_write_deferred(wm_conn_obj *conn, bool quiet)
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

void wm_conn_flush_deferred(wm_conn_obj *conn, bool quiet)
{
	wm_conn_write_deferred(conn, quiet);
}


/* ---- the loop turn's list -------------------------------------------------------------
 * Connections holding deferred bytes, each once (turn_listed) with a reference, so a
 * connection freed by the script in between is still there to be flushed or skipped. */
static wm_conn_obj **wm_turn_list;
static uint32_t wm_turn_count;
static uint32_t wm_turn_cap;

static void wm_conn_turn_grow(void)
{
	wm_turn_cap = wm_turn_cap ? wm_turn_cap * 2 : 64;
	wm_turn_list = perealloc(wm_turn_list, wm_turn_cap * sizeof(*wm_turn_list), 1);
}

static zend_always_inline void wm_conn_turn_add(wm_conn_obj *conn)
{
	if (conn->turn_listed) {
		return;
	}
	if (UNEXPECTED(wm_turn_count == wm_turn_cap)) {
		wm_conn_turn_grow();
	}
	conn->turn_listed = 1;
	GC_ADDREF(&conn->std);
	wm_turn_list[wm_turn_count++] = conn;
	wm_loop_turn_pending = true;
}

/* Whether send() may defer to the end of the loop pass (see "sending" above). Not on TLS:
 * there 4.x queues every send() (null) and getSendBufferQueueSize() counts it at once. */
static zend_always_inline bool wm_conn_turn_defers(const wm_conn_obj *conn)
{
	return wm_loop_turn_open && !conn->io->ops->writes_from_watcher;
}

/* Fiber mode: one listed connection's flush in a fiber of its own, so an onError, onClose
 * or onBufferFull it runs may suspend without holding up the other connections. Consumes
 * the list's reference. */
static void wm_conn_turn_flush_task(wm_fiber_task *task)
{
	wm_conn_obj *conn = task->arg;
	if (conn->deferred && conn->status != WM_CONN_CLOSED) {
		wm_conn_flush_deferred(conn, false);
	}
	OBJ_RELEASE(&conn->std);
}

/* The deferred bytes of each listed connection, in the order the connections were first
 * sent to. quiet: the process is exiting (bytes only, no callbacks). A callback run by a
 * flush (onError, onClose, onBufferFull) writes at once (the pass is over), so nothing
 * joins the list meanwhile. */
static void wm_conn_turn_flush(bool quiet)
{
	wm_loop_turn_pending = false;
	for (uint32_t i = 0; i < wm_turn_count; i++) {
		wm_conn_obj *conn = wm_turn_list[i];
		conn->turn_listed = 0;
		if (UNEXPECTED(wm_fiber_mode) && !quiet && !EG(active_fiber)) {
			wm_fiber_task task = {0};
			task.run = wm_conn_turn_flush_task;
			task.arg = conn;
			wm_fiber_start(&task);
			continue;
		}
		if (conn->deferred && conn->status != WM_CONN_CLOSED) {
			wm_conn_flush_deferred(conn, quiet);
		}
		OBJ_RELEASE(&conn->std);
	}
	wm_turn_count = 0;
}

/* wm_loop_run()'s turn-end hook. */
static void wm_conn_turn_end(void)
{
	wm_conn_turn_flush(wm_exiting() || EG(exception));
}

void wm_conn_turn_minit(void)
{
	wm_loop_set_turn_end(wm_conn_turn_end);
}

/* The listed connections are the parent's: their bytes are the parent's to write. */
void wm_conn_turn_forget_after_fork(void)
{
	for (uint32_t i = 0; i < wm_turn_count; i++) {
		wm_conn_obj *conn = wm_turn_list[i];
		conn->turn_listed = 0;
		conn->deferred = 0;
		wm_sendq_free(conn->sendq);
		conn->sendq = NULL;
		OBJ_RELEASE(&conn->std);
	}
	wm_turn_count = 0;
	wm_loop_turn_pending = false;
}

/* exit() inside a callback skips the turn's end: the bytes go now (Workerman had written
 * them in send()), then the references. */
void wm_conn_turn_rshutdown(void)
{
	wm_conn_turn_flush(true);
	pefree(wm_turn_list, 1);
	wm_turn_list = NULL;
	wm_turn_cap = 0;
}

void wm_pieces_release(wm_pieces *p)
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
	wm_proto_kind kind = raw ? WM_PROTO_NONE : wm_conn_kind(conn);
	const wm_builtin_proto *builtin = wm_protocol_builtin(kind);
	if (builtin) {
		return builtin->encode(conn, data, out, empty);
	}
	if (kind == WM_PROTO_USER) {
		zval encoded;
		const wm_proto_class *cls = conn->proto_cls;
		zend_string *head, *body;
		if (cls && cls->native && cls->native->encode(cls->native, data, &head, &body)) {
			wm_pieces_add(out, head); /* a C stand-in (wm_protocol.h) */
			wm_pieces_add(out, body);
			return SUCCESS;
		}
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

static zend_always_inline void wm_conn_queue_inline(wm_conn_obj *conn, wm_pieces *p)
{
	for (int i = 0; i < p->count; i++) {
		conn->sendq = wm_sendq_push(conn->sendq, p->str[i]);
	}
	p->count = 0;
}

static void wm_conn_queue(wm_conn_obj *conn, wm_pieces *p)
{
	wm_conn_queue_inline(conn, p);
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
		n = wm_conn_io_writev(conn, iov, p->count);
	} while (n < 0 && errno == EINTR);
	if (n == (ssize_t)p->len) {
		conn->bytes_written += n;
		wm_counters->bytes_out += n;
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
		wm_counters->bytes_out += n;
		conn->sendq = wm_sendq_consume(conn->sendq, (size_t)n);
	}
	wm_conn_arm(conn);
	wm_conn_check_full(conn);
	return WM_SEND_NULL;
}

/* A send deferred to the turn's end: queued, listed, true. The deferred bytes go at once
 * from WM_BATCH_LIMIT on, or from maxSendBufferSize when that is lower: a full socket then
 * gives onBufferFull, and drops the packages after it, where Workerman's would. */
static zend_never_inline wm_send_result wm_conn_defer_to_turn(wm_conn_obj *conn, wm_pieces *p)
{
	size_t limit = conn->max_send_buffer_size < WM_BATCH_LIMIT ? (size_t)MAX(conn->max_send_buffer_size, 1) : WM_BATCH_LIMIT;
	wm_conn_turn_add(conn);
	wm_conn_queue(conn, p);
	conn->deferred = 1;
	if (conn->sendq->bytes >= limit) {
		return wm_conn_flush_now(conn);
	}
	return WM_SEND_TRUE;
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
	if (conn->batching) { /* written when the dispatch ends (wm_conn_flush_batch) */
		wm_conn_queue_inline(conn, &p);
		conn->deferred = 1;
		if (conn->sendq->bytes >= WM_BATCH_LIMIT) {
			return wm_conn_flush_now(conn);
		}
		return WM_SEND_TRUE;
	}
	if (wm_conn_turn_defers(conn)) {
		return wm_conn_defer_to_turn(conn, &p);
	}
	return wm_conn_write_direct(conn, &p);
}

size_t wm_conn_send_queue_size(const wm_conn_obj *conn)
{
	return conn->sendq && !conn->deferred ? conn->sendq->bytes + conn->sendq->file_bytes : 0;
}

/* An HTTP file reply: head (consumed) then len bytes of fd from offset (fd owned: queued
 * or closed). send()'s rules for the head; see "file segments" above for how the file
 * bytes count. */
wm_send_result wm_conn_send_file(wm_conn_obj *conn, zend_string *head, int fd, off_t offset, size_t len)
{
	if (conn->status == WM_CONN_ENDING || conn->status == WM_CONN_CLOSING || conn->status == WM_CONN_CLOSED) {
		zend_string_release(head);
		close(fd);
		return WM_SEND_FALSE;
	}
	bool waiting = conn->sendq && !conn->deferred;
	if (waiting && (zend_long)conn->sendq->bytes >= conn->max_send_buffer_size) {
		close(fd);
		wm_pieces p = {{head, NULL}, 1, ZSTR_LEN(head)};
		return wm_conn_append(conn, &p); /* drops with onError, as send() would */
	}
	if (ZSTR_LEN(head)) {
		conn->sendq = wm_sendq_push(conn->sendq, head);
	} else {
		zend_string_release(head);
	}
	if (len) {
		conn->sendq = wm_sendq_push_file(conn->sendq, fd, offset, len);
	} else {
		close(fd);
	}
	if (!conn->sendq) {
		return WM_SEND_TRUE;
	}
	if (conn->status != WM_CONN_ESTABLISHED || waiting) {
		wm_conn_check_full(conn);
		return WM_SEND_NULL;
	}
	if (conn->batching || wm_conn_turn_defers(conn)) {
		conn->deferred = 1;
		if (!conn->batching) {
			wm_conn_turn_add(conn);
		}
		return WM_SEND_TRUE;
	}
	return wm_conn_flush_now(conn);
}

/* After a write attempt: drained -> onBufferDrain, then a CLOSING connection is
 * destroyed (an ENDING one half-closes). Returns true when nothing is left queued. */
static bool wm_conn_after_write(wm_conn_obj *conn)
{
	wm_conn_arm(conn);
	if (wm_conn_emit(conn, wm_conn_extra_cb(conn, true), 0, NULL) == FAILURE) {
		return true;
	}
	if (conn->status == WM_CONN_CLOSING && !conn->sendq) {
		wm_conn_destroy(conn);
	} else if (conn->status == WM_CONN_ENDING && !conn->sendq) {
		wm_conn_end_flushed(conn);
	}
	return true;
}

/* Writes the queue; a failed write counts send_fail and destroys without onError. */
static bool wm_conn_write_and_report(wm_conn_obj *conn)
{
	bool gone;
	size_t n = wm_conn_write_queue(conn, &gone);
	if (conn->sendq) {
		if (n == 0 && gone) {
			wm_stat_send_fail();
			wm_conn_destroy(conn);
		}
		return false;
	}
	return wm_conn_after_write(conn);
}

/* WM_IO_WRITE: Workerman's baseWrite. */
void wm_conn_handle_write(wm_conn_obj *conn)
{
	if (!conn->sendq || conn->deferred) {
		wm_conn_arm(conn);
		return;
	}
	wm_conn_write_and_report(conn);
}

/* TcpConnection::baseWrite() called by hand: bytes the current batch deferred go now too.
 * With nothing queued, Workerman's fwrite('') "wrote everything": the drain path runs
 * (onBufferDrain, a CLOSING connection destroyed). */
bool wm_conn_base_write(wm_conn_obj *conn)
{
	if (conn->status < WM_CONN_ESTABLISHED || conn->status == WM_CONN_CLOSED || conn->fd < 0) {
		return false;
	}
	GC_ADDREF(&conn->std);
	conn->deferred = 0;
	bool drained = conn->sendq ? wm_conn_write_and_report(conn) : wm_conn_after_write(conn);
	OBJ_RELEASE(&conn->std);
	return drained;
}

