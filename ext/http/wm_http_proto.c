/* wm_http_proto.c: Protocols\Http on a TcpConnection: the C dispatch of one read (parse
 * with http_parser, reject 400/413/431, Request objects, onMessage, pipelining), encode()
 * of replies (strings, Responses, Chunk/SSE, file replies queued as file segments), and the
 * PHP statics of the class for code that calls them directly (UDP, user code).
 * Requests are built by wm_http_request.c and replies rendered by wm_http_response.c,
 * only through wm_http.h; the bytes go through wm_conn_send.c. */
#include "wm_conn_proto.h"
#include "wm_http.h"
#include "ext/standard/file.h"
#include "main/php_open_temporary_file.h"
#include "wm_api.h"

#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

zend_class_entry *wm_ce_Http;

/* A string reply's body up to this size is copied behind its head (one write piece);
 * a larger one is queued by reference next to the head. */
#define WM_HTTP_INLINE_BODY 16384

/* Per-connection state, only while needed: a request whose bytes are still arriving
 * (parser), a request decoded whose reply was not encoded yet (Workerman 4's
 * $connection->__request, detached by encode()), and the request whose onMessage runs now,
 * which a reply during it detaches (encode finds it here, not in a process-wide variable).
 * An idle keep-alive connection has none. A delivery to a connection without one keeps it in
 * its own stack frame (no allocation per request) and moves it to the heap only when
 * something must outlive the frame: an unanswered request, a Fiber-mode park, a nested
 * delivery on the same connection. Freeing waits for the deliveries running on it. */
typedef struct wm_http_state {
	wm_proto_state base;
	wm_http_parser *parser;
	zend_object *request;        /* kept: its onMessage returned without a reply */
	zend_object *current;        /* whose onMessage runs now */
	struct wm_http_state *moved; /* a frame's state: the heap copy that took it over */
	uint32_t busy;               /* deliveries running on it */
	uint8_t flags;               /* WM_HTTP_ST_* */
} wm_http_state;

#define WM_HTTP_ST_FRAME 1 /* lives in a wm_http_deliver() stack frame */
#define WM_HTTP_ST_MOVED 2 /* a frame's state the heap took over: see `moved` */
#define WM_HTTP_ST_FREED 4 /* the connection let go of it while busy */

/* The parser of complete requests: a request that arrives whole is parsed here and never
 * copied; only a partial one moves into the connection's state. */
static wm_http_parser wm_http_scratch;

static zend_string *wm_http_request_class;  /* Http::requestClass(), NULL = default */
static zend_class_entry *wm_http_request_ce; /* resolved, reset when the name changes */
static zend_string *wm_http_upload_dir;

static zend_string *wm_str_reject[3];     /* 400, 413, 431 */
static zend_string *wm_str___header;
static zend_string *wm_str_content_type;
static zend_string *wm_str_content_length;
static zend_string *wm_str_accept_ranges;
static zend_string *wm_str_content_range;
static zend_string *wm_str_bytes;
static zend_string *wm_str_context, *wm_str_chunked;
static zend_string *wm_str_timeout; /* 408, both profiles */

/* 4.2.1 names itself in every reply; 5.x does not. Chosen at MINIT by the API profile. */
static const char *wm_http_ok_head = "HTTP/1.1 200 OK\r\n";
static size_t wm_http_ok_head_len = sizeof("HTTP/1.1 200 OK\r\n") - 1;
static const char wm_http_ok_tail[] =
	"Connection: keep-alive\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: ";

/* ---- state ---------------------------------------------------------------------------- */

static void wm_http_state_free(wm_conn_obj *conn, wm_proto_state *base)
{
	wm_http_state *st = (wm_http_state *)base;
	if (st->parser) {
		efree(st->parser);
		st->parser = NULL;
	}
	if (st->request) {
		OBJ_RELEASE(st->request);
		st->request = NULL;
	}
	if (st->current) {
		OBJ_RELEASE(st->current);
		st->current = NULL;
	}
	if (st->busy) {
		st->flags |= WM_HTTP_ST_FREED; /* the last delivery running on it ends it */
		return;
	}
	efree(st);
}

static wm_http_state *wm_http_state_get(wm_conn_obj *conn)
{
	if (!wm_pub(conn)->pstate) {
		wm_http_state *st = ecalloc(1, sizeof(*st));
		st->base.free = wm_http_state_free;
		wm_pub(conn)->pstate = &st->base;
	}
	return (wm_http_state *)wm_pub(conn)->pstate;
}

/* True when the connection holds a partial or an unanswered request. */
static bool wm_http_state_holds(const wm_conn_obj *conn)
{
	const wm_http_state *st = (const wm_http_state *)wm_pub(conn)->pstate;
	return st && (st->parser || st->request);
}

/* Frees the state once it holds nothing (idle connections carry none). */
static void wm_http_state_trim(wm_conn_obj *conn)
{
	wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
	if (st && !st->parser && !st->request && !st->busy) {
		wm_conn_free_pstate(conn);
	}
}

/* A frame's state outlives its frame: a heap copy takes over what it holds and its count of
 * running deliveries; the frame's owner finds it through `moved`. */
static wm_http_state *wm_http_state_move(wm_conn_obj *conn, wm_http_state *frame)
{
	wm_http_state *st = emalloc(sizeof(*st));
	*st = *frame;
	st->flags &= ~WM_HTTP_ST_FRAME;
	frame->flags |= WM_HTTP_ST_MOVED;
	frame->moved = st;
	frame->parser = NULL;
	frame->request = NULL;
	frame->current = NULL;
	wm_pub(conn)->pstate = &st->base;
	return st;
}

static void wm_http_drop_parser(wm_conn_obj *conn)
{
	wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
	if (st && st->parser) {
		efree(st->parser);
		st->parser = NULL;
		wm_http_state_trim(conn);
	}
}

/* Keeps a partial request's parser (only the header lines it filled). */
static void wm_http_save_parser(wm_conn_obj *conn, const wm_http_parser *p)
{
	wm_http_state *st = wm_http_state_get(conn);
	if (!st->parser) {
		st->parser = emalloc(sizeof(wm_http_parser));
	}
	memcpy(st->parser, p, XtOffsetOf(wm_http_parser, headers) + p->header_count * sizeof(wm_http_header));
}

/* The request becomes the connection's current one (replaces an unanswered one, as
 * Workerman 4's decode overwrote $connection->__request). */
static void wm_http_keep_request(wm_conn_obj *conn, zend_object *request)
{
	wm_http_state *st = wm_http_state_get(conn);
	if (st->request) {
		OBJ_RELEASE(st->request);
	}
	GC_ADDREF(request);
	st->request = request;
}

static void wm_http_wait_after_async_reply(wm_conn_obj *conn);

/* Workerman 4's encode(): the current request (else the kept one) loses its session and
 * connection. */
static zend_always_inline void wm_http_detach_current(wm_conn_obj *conn)
{
	/* a state of another protocol (the connection's protocol changed) is not ours */
	wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
	if (st && st->base.free != wm_http_state_free) {
		st = NULL;
	}
	if (st && st->current) {
		zend_object *request = st->current;
		st->current = NULL;
		wm_http_request_detach(request);
		OBJ_RELEASE(request);
		return;
	}
	if (st && st->request) {
		zend_object *request = st->request;
		st->request = NULL;
		wm_http_state_trim(conn);
		wm_http_request_detach(request);
		OBJ_RELEASE(request);
		wm_http_wait_after_async_reply(conn);
	}
}

/* ---- decode ---------------------------------------------------------------------------- */

/* Http::requestClass() resolved ("new static::$requestClass" throws when it is missing). */
static zend_class_entry *wm_http_request_ce_get(void)
{
	if (EXPECTED(wm_http_request_ce)) {
		return wm_http_request_ce;
	}
	if (!wm_http_request_class) {
		wm_http_request_ce = wm_ce_HttpRequest;
	} else {
		wm_http_request_ce = zend_lookup_class(wm_http_request_class);
		if (!wm_http_request_ce) {
			zend_throw_error(NULL, "Class \"%s\" not found", ZSTR_VAL(wm_http_request_class));
		}
	}
	return wm_http_request_ce;
}

/* 5.x decodeChunked: the head without its Transfer-Encoding line, a Content-Length line,
 * and the de-chunked body. */
static zend_string *wm_http_dechunked_raw(const wm_http_parser *p, const char *buf)
{
	const wm_http_header *te = wm_http_find_header(p, WM_HTTP_H_TRANSFER_ENCODING);
	size_t head_end = p->head_len - 4; /* before the final CRLF CRLF */
	size_t cut_start = te->name_off - 2;
	size_t cut_end = (size_t)te->value_off + te->value_len;
	while (cut_end < head_end && buf[cut_end] != '\r') {
		cut_end++;
	}
	char digits[MAX_LENGTH_OF_LONG];
	char *num = zend_print_ulong_to_buf(digits + sizeof(digits) - 1, (zend_ulong)p->body_len);
	size_t num_len = digits + sizeof(digits) - 1 - num;
	size_t kept = head_end - (cut_end - cut_start);
	zend_string *raw = zend_string_alloc(kept + sizeof("\r\nContent-Length: ") - 1 + num_len + 4 + p->body_len, 0);
	char *out = ZSTR_VAL(raw);
	memcpy(out, buf, cut_start);
	out += cut_start;
	memcpy(out, buf + cut_end, head_end - cut_end);
	out += head_end - cut_end;
	memcpy(out, "\r\nContent-Length: ", sizeof("\r\nContent-Length: ") - 1);
	out += sizeof("\r\nContent-Length: ") - 1;
	memcpy(out, num, num_len);
	out += num_len;
	memcpy(out, "\r\n\r\n", 4);
	out += 4;
	out += wm_http_dechunk(p, buf, out);
	*out = '\0';
	return raw;
}

/* 5.x: trailer lines of a chunked request reach $request->setChunkTrailers([lower name =>
 * ltrim(value)]). Rare, so a plain method call. */
static void wm_http_set_trailers(zend_object *request, const wm_http_parser *p, const char *buf)
{
	if (!p->trailer_len) {
		return;
	}
	zend_function *fn = zend_hash_str_find_ptr(&request->ce->function_table, ZEND_STRL("setchunktrailers"));
	if (!fn) {
		return;
	}
	zval trailers;
	array_init(&trailers);
	const char *line = buf + p->trailer_off;
	const char *end = line + p->trailer_len;
	while (line < end) {
		const char *eol = memchr(line, '\r', end - line);
		if (!eol) {
			break;
		}
		const char *colon = memchr(line, ':', eol - line);
		if (colon) {
			const char *v = colon + 1;
			while (v < eol && (*v == ' ' || *v == '\t' || *v == '\v' || *v == '\0')) {
				v++;
			}
			zend_string *raw = zend_string_init(line, colon - line, 0);
			zend_string *name = zend_string_tolower(raw); /* raw itself, addref'd, when already lower */
			zend_string_release(raw);
			zval value;
			ZVAL_STRINGL(&value, v, eol - v);
			zend_symtable_update(Z_ARRVAL(trailers), name, &value);
			zend_string_release(name);
		}
		line = eol + 2;
	}
	zend_call_known_instance_method_with_1_params(fn, request, NULL, &trailers);
	zval_ptr_dtor(&trailers);
}

/* decode() of a chunked request: its rebuilt bytes, then the trailers (rare: kept out of
 * line so the common decode stays small). */
static zend_never_inline zend_object *wm_http_decode_chunked(zend_class_entry *ce, const wm_http_parser *p,
	const char *buf, zval *connection)
{
	zend_string *raw = wm_http_dechunked_raw(p, buf);
	zend_object *request = wm_http_request_create(ce, raw, NULL, connection);
	zend_string_release(raw);
	if (request) {
		wm_http_set_trailers(request, p, buf);
		if (EG(exception)) {
			OBJ_RELEASE(request);
			return NULL;
		}
	}
	return request;
}

/* decode(): raw is the request's bytes (chunked: rebuilt), p the parser after COMPLETE on
 * buf. NULL with an exception pending on failure. */
static zend_object *wm_http_decode(const wm_http_parser *p, const char *buf, zval *connection)
{
	zend_class_entry *ce = wm_http_request_ce_get();
	if (!ce) {
		return NULL;
	}
	if (UNEXPECTED(p->chunked)) {
		return wm_http_decode_chunked(ce, p, buf, connection);
	}
	return wm_http_request_from_bytes(ce, buf, p, connection);
}

/* ---- dispatch --------------------------------------------------------------------------- */

static zend_string *wm_http_reject_bytes(wm_http_status status)
{
	return wm_str_reject[status == WM_HTTP_BAD_REQUEST ? 0 : status == WM_HTTP_PAYLOAD_TOO_LARGE ? 1 : 2];
}

/* 5.x input(): $connection->end(<rejection>, true); 4.x: close(<rejection>, true). */
static void wm_http_reject(wm_conn_obj *conn, wm_http_status status)
{
	wm_http_drop_parser(conn);
	zval bytes;
	ZVAL_INTERNED_STR(&bytes, wm_http_reject_bytes(status));
	if (wm_api_major == 5) {
		wm_conn_end(conn, &bytes, true);
	} else {
		wm_conn_close(conn, &bytes, true);
	}
}

static inline wm_http_limits wm_http_conn_limits(const wm_conn_obj *conn)
{
	wm_http_limits limits = {WM_HTTP_MAX_HEAD, wm_pub(conn)->max_package_size > 0 ? (size_t)wm_pub(conn)->max_package_size : 0};
	return limits;
}

/* The request's onMessage begins: it becomes the connection's current one, in the state in
 * this frame when the connection has none. A nested delivery on the same connection moves an
 * outer frame's state to the heap first (only a frame's owner reads the frame) and hides the
 * outer current request until it ends. */
static wm_http_state *wm_http_turn_begin(wm_conn_obj *conn, wm_http_state *frame, zend_object *request,
	zend_object **outer)
{
	wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
	GC_ADDREF(request);
	if (EXPECTED(!st)) {
		/* `moved` is read only once WM_HTTP_ST_MOVED is set */
		frame->base.free = wm_http_state_free;
		frame->parser = NULL;
		frame->request = NULL;
		frame->current = request;
		frame->busy = 1;
		frame->flags = WM_HTTP_ST_FRAME;
		wm_pub(conn)->pstate = &frame->base;
		*outer = NULL;
		return frame;
	}
	if (UNEXPECTED(st->flags & WM_HTTP_ST_FRAME)) {
		st = wm_http_state_move(conn, st);
	}
	st->busy++;
	*outer = st->current;
	st->current = request;
	return st;
}

/* onMessage returned (rc): still current, and the call went well on a connection still open:
 * not answered yet, the reply comes later (timer, async client), so it becomes the kept
 * request (replacing an unanswered one, as Workerman 4's decode overwrote
 * $connection->__request). The hidden current request is back; a state that holds nothing any
 * more goes, a frame's that does moves to the heap. */
static void wm_http_turn_end(wm_conn_obj *conn, wm_http_state *st, zend_object *request, zend_object *outer,
	zend_result rc)
{
	/* The common case: this delivery's own frame, still in place, the request answered. */
	if (EXPECTED(st->flags == WM_HTTP_ST_FRAME && st->current != request)) {
		if (UNEXPECTED(st->parser || st->request)) {
			wm_http_state_move(conn, st);
		} else {
			wm_pub(conn)->pstate = NULL;
		}
		return;
	}
	if (UNEXPECTED(st->flags & WM_HTTP_ST_MOVED)) {
		st = st->moved;
	}
	if (st->current == request && rc == SUCCESS && wm_pub(conn)->status != WM_CONN_CLOSED && !wm_exiting()) {
		if (st->request) {
			OBJ_RELEASE(st->request);
		}
		st->request = request; /* the current reference moves */
	} else if (st->current) {
		OBJ_RELEASE(st->current);
	}
	st->current = outer;
	if (--st->busy) {
		return;
	}
	if (UNEXPECTED(st->flags & WM_HTTP_ST_FREED)) {
		if (!(st->flags & WM_HTTP_ST_FRAME)) {
			efree(st);
		}
	} else if (st->flags & WM_HTTP_ST_FRAME) {
		if (st->parser || st->request) {
			wm_http_state_move(conn, st);
		} else {
			wm_pub(conn)->pstate = NULL;
		}
	} else {
		wm_http_state_trim(conn);
	}
}

/* One complete request at the head of the buffer: cut, decode, onMessage. FAILURE: stop
 * (the process is exiting). */
static zend_result wm_http_deliver(wm_conn_obj *conn, wm_http_parser *p)
{
	wm_rbuf *buf = wm_pub(conn)->rbuf;
	size_t total = (size_t)p->total_len;
	wm_stat_request();
	zval *on_message = wm_conn_sh(conn, WM_SH_ON_MESSAGE);
	if (Z_TYPE_P(on_message) == IS_NULL) {
		wm_pub(conn)->rbuf = wm_rbuf_consume(buf, total);
		wm_http_drop_parser(conn);
		return SUCCESS;
	}
	zval connection, message;
	ZVAL_OBJ(&connection, wm_conn_object(conn));
	zend_object *request = wm_http_decode(p, wm_rbuf_head(buf), &connection);
	/* The parser and the bytes are done with once the Request holds its raw string. */
	wm_http_drop_parser(conn);
	if (wm_pub(conn)->rbuf == buf) {
		wm_pub(conn)->rbuf = wm_rbuf_consume(buf, total);
	}
	if (!request) {
		wm_call_function(NULL, NULL, NULL, NULL, 0, NULL, false);
		return FAILURE;
	}
	ZVAL_OBJ(&message, request);
	wm_http_state frame, *st;
	zend_object *outer;
	st = wm_http_turn_begin(conn, &frame, request, &outer);
	zend_result rc = wm_conn_emit(conn, on_message, 1, &message);
	wm_http_turn_end(conn, st, request, outer, rc);
	wm_http_request_release(request);
	return rc;
}

/* The requests of one read, in order, until the buffer holds no complete one or the
 * connection is paused or no longer open. */
static void wm_http_dispatch_requests(wm_conn_obj *conn)
{
	while (wm_conn_buffered(conn) && !wm_pub(conn)->paused && wm_pub(conn)->status == WM_CONN_ESTABLISHED) {
		wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
		wm_http_parser *p = st ? st->parser : NULL;
		if (!p) {
			p = &wm_http_scratch;
			wm_http_parser_init(p);
		} else if (p->head_len && !p->chunked && p->total_len > wm_pub(conn)->rbuf->len) {
			return; /* waiting for the rest of a Content-Length body */
		}
		wm_http_limits limits = wm_http_conn_limits(conn);
		wm_http_status rc = wm_http_parse_request(p, wm_rbuf_head(wm_pub(conn)->rbuf), wm_pub(conn)->rbuf->len, &limits);
		if (rc == WM_HTTP_NEED_MORE) {
			if (p == &wm_http_scratch) {
				wm_http_save_parser(conn, p);
			}
			return;
		}
		if (rc != WM_HTTP_COMPLETE) {
			wm_http_reject(conn, rc);
			return;
		}
		if (wm_http_deliver(conn, p) == FAILURE) {
			return;
		}
	}
}

/* ---- waits: head, keep-alive, drain (limits in wm_conn_timeout.c) ------------------------ */

/* What the connection waits for once a read is dispatched: nothing while the application
 * holds a request or paused it, the rest of a request (the head limit runs from the head's
 * first byte, and between reads of a body), or the next request (keep-alive, restarted). A draining connection whose last
 * reply went out (with Connection: close) ends here. Once per read, not per request. */
static void wm_http_wait_next(wm_conn_obj *conn)
{
	if (wm_pub(conn)->status != WM_CONN_ESTABLISHED) {
		return; /* closing: the socket's close takes it out of its list */
	}
	wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
	if ((st && st->request) || wm_pub(conn)->paused) {
		wm_tmo_stop(conn);
	} else if (wm_conn_buffered(conn)) {
		if (st && st->parser && st->parser->head_len) {
			wm_tmo_wait(conn, WM_TMO_HEAD); /* a body: the limit is between its reads */
		} else {
			wm_tmo_keep(conn, WM_TMO_HEAD);
		}
	} else if (UNEXPECTED(wm_pub(conn)->draining)) {
		wm_conn_close(conn, NULL, false);
	} else {
		wm_tmo_wait(conn, WM_TMO_IDLE);
	}
}

static void wm_http_dispatch(wm_conn_obj *conn)
{
	wm_http_dispatch_requests(conn);
	wm_http_wait_next(conn);
}

/* A reply given later (timer, async client) ends the application's turn: the connection
 * waits for its next request, or, draining, for the client to close after the
 * Connection: close it was just sent (the drain limit closes it otherwise). */
static void wm_http_wait_after_async_reply(wm_conn_obj *conn)
{
	if (wm_pub(conn)->status != WM_CONN_ESTABLISHED || wm_pub(conn)->paused || wm_conn_buffered(conn)) {
		return; /* the next dispatch decides */
	}
	wm_tmo_wait(conn, UNEXPECTED(wm_pub(conn)->draining) ? WM_TMO_DRAIN : WM_TMO_IDLE);
}

static double wm_http_static_seconds(const char *name, size_t len)
{
	zval *v = zend_read_static_property(wm_ce_Http, name, len, true);
	return v ? zval_get_double(v) : 0;
}

static double wm_http_head_seconds(void) { return wm_http_static_seconds(ZEND_STRL("headerTimeout")); }
static double wm_http_idle_seconds(void) { return wm_http_static_seconds(ZEND_STRL("keepAliveTimeout")); }

/* A draining connection idle this long had no request on its way when its worker stopped
 * (one sent just before would have arrived): closing it then loses nothing. */
static double wm_http_drain_seconds(void) { return 0.5; }

/* Closes after a reply that may not leave (a client that reads nothing): a second expiry
 * of the same wait destroys it. */
static void wm_http_close_with(wm_conn_obj *conn, zend_string *reply, wm_tmo_kind kind)
{
	if (wm_pub(conn)->status == WM_CONN_CLOSING) {
		wm_conn_destroy(conn);
		return;
	}
	zval bytes;
	if (reply) {
		ZVAL_INTERNED_STR(&bytes, reply);
	}
	wm_conn_close(conn, reply ? &bytes : NULL, true);
	if (wm_pub(conn)->status == WM_CONN_CLOSING) {
		wm_tmo_wait(conn, kind);
	}
}

/* A request that did not arrive in time is answered 408 (RFC 9110 15.5.9); a connection
 * that sent nothing yet is closed without a word, as an idle one. */
static void wm_http_head_expire(wm_conn_obj *conn)
{
	bool partial = wm_conn_buffered(conn) || wm_http_state_holds(conn);
	wm_http_drop_parser(conn);
	wm_http_close_with(conn, partial ? wm_str_timeout : NULL, WM_TMO_HEAD);
}

/* Idle keep-alive: closed, unless a reply was streamed meanwhile (Chunk, SSE: the
 * application is still talking) or is still leaving. */
static void wm_http_idle_expire(wm_conn_obj *conn)
{
	if (wm_pub(conn)->status == WM_CONN_ESTABLISHED && wm_tmo_sent_since(conn)) {
		wm_tmo_wait(conn, WM_TMO_IDLE);
		return;
	}
	wm_http_close_with(conn, NULL, WM_TMO_IDLE);
}

static void wm_http_drain_expire(wm_conn_obj *conn)
{
	wm_http_close_with(conn, NULL, WM_TMO_DRAIN);
}

static const wm_tmo_class wm_http_head_wait = {wm_http_head_seconds, wm_http_head_expire};
static const wm_tmo_class wm_http_idle_wait = {wm_http_idle_seconds, wm_http_idle_expire};
static const wm_tmo_class wm_http_drain_wait = {wm_http_drain_seconds, wm_http_drain_expire};

bool wm_http_drain(zend_object *obj)
{
	wm_conn_obj *conn = wm_conn_of_object(obj);
	if (!conn || wm_conn_is_client(conn) || wm_pub(conn)->status != WM_CONN_ESTABLISHED || wm_conn_proto(conn) != WM_PROTO_HTTP) {
		return false;
	}
	wm_tmo_drain_mark(conn);
	if (!wm_http_state_holds(conn) && !wm_pub(conn)->paused && !wm_conn_buffered(conn) && wm_pub(conn)->tmo_kind != WM_TMO_TLS) {
		wm_tmo_wait(conn, WM_TMO_DRAIN); /* idle now */
	}
	return true;
}

/* A draining connection's last reply says Connection: close (RFC 9112 9.6), so the client
 * sends its next request on a new connection instead of losing it on this one: the value of
 * the head's Connection line becomes close, or the line is added after the status line.
 * Consumes s. Only while draining, never on the common path. */
static zend_string *wm_http_head_closing(zend_string *s)
{
	const char *buf = ZSTR_VAL(s);
	const char *end = zend_memnstr(buf, "\r\n\r\n", 4, buf + ZSTR_LEN(s));
	if (!end) {
		return s;
	}
	const char *line = memchr(buf, '\n', end + 2 - buf); /* the status line's end */
	size_t cut_from = (size_t)(line + 1 - buf), cut_to = cut_from;
	while (line && line < end) {
		const char *name = line + 1;
		if (end - name >= 11 && zend_binary_strncasecmp(name, 11, "connection:", 11, 11) == 0) {
			const char *eol = memchr(name, '\r', end + 2 - name);
			cut_from = (size_t)(name - buf);
			cut_to = (size_t)(eol + 2 - buf);
			break;
		}
		line = memchr(name, '\n', end + 2 - name);
	}
	static const char closing[] = "Connection: close\r\n";
	zend_string *out = zend_string_concat3(buf, cut_from, closing, sizeof(closing) - 1,
		buf + cut_to, ZSTR_LEN(s) - cut_to);
	zend_string_release(s);
	return out;
}

/* True when this reply is the draining connection's last: nothing more has been read. */
static zend_always_inline bool wm_http_last_reply(const wm_conn_obj *conn)
{
	return UNEXPECTED(wm_pub(conn)->draining) && !wm_conn_buffered(conn);
}

/* ---- encode ------------------------------------------------------------------------------ */

/* $connection->headers (the zval) when it holds entries, else NULL. */
static zval *wm_http_conn_headers(wm_conn_obj *conn)
{
	if (!wm_pub(conn)->extra) {
		return NULL;
	}
	zval *headers = &wm_pub(conn)->extra->headers;
	ZVAL_DEREF(headers);
	return Z_TYPE_P(headers) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(headers)) ? headers : NULL;
}

static void wm_http_clear_conn_headers(wm_conn_obj *conn)
{
	zval *headers = &wm_pub(conn)->extra->headers;
	ZVAL_DEREF(headers);
	zval_ptr_dtor(headers);
	ZVAL_EMPTY_ARRAY(headers);
}

/* Workerman 4's dynamic $connection->__header, or NULL (the lookup only for a connection
 * with dynamic properties: the test inline, once per reply). */
static zend_never_inline zval *wm_http_conn_header4_find(wm_conn_obj *conn)
{
	zval *v = zend_hash_find(wm_conn_object(conn)->properties, wm_str___header);
	if (v && Z_TYPE_P(v) == IS_INDIRECT) {
		v = Z_INDIRECT_P(v);
	}
	if (!v || Z_TYPE_P(v) == IS_UNDEF) {
		return NULL;
	}
	ZVAL_DEREF(v);
	return Z_TYPE_P(v) == IS_NULL ? NULL : v; /* isset() */
}

static zend_always_inline zval *wm_http_conn_header4(wm_conn_obj *conn)
{
	return EXPECTED(!wm_conn_object(conn)->properties) ? NULL : wm_http_conn_header4_find(conn);
}

static void wm_http_unset_header4(wm_conn_obj *conn)
{
	zend_std_unset_property(wm_conn_object(conn), wm_str___header, NULL);
}

static void wm_http_append_line(smart_str *out, zend_string *name, zval *value)
{
	smart_str_append(out, name);
	smart_str_appendl(out, ": ", 2);
	zend_string *v = zval_get_string(value);
	smart_str_append(out, v);
	zend_string_release(v);
	smart_str_appendl(out, "\r\n", 2);
}

/* 5.x: `$name: $value` lines from $connection->headers (lists give one line per item);
 * an entry named exactly Content-Type replaces the default content type instead. */
static void wm_http_lines5(smart_str *out, HashTable *headers, zend_string **content_type)
{
	zend_string *name;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(headers, index, name, value) {
		zend_string *key = name ? zend_string_copy(name) : zend_long_to_str((zend_long)index);
		ZVAL_DEREF(value);
		if (zend_string_equals(key, wm_str_content_type)) {
			if (*content_type) {
				zend_string_release(*content_type);
			}
			*content_type = zval_get_string(value);
		} else if (Z_TYPE_P(value) == IS_ARRAY) {
			zval *item;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
				wm_http_append_line(out, key, item);
			} ZEND_HASH_FOREACH_END();
		} else {
			wm_http_append_line(out, key, value);
		}
		zend_string_release(key);
	} ZEND_HASH_FOREACH_END();
}

/* Workerman 4.2.1's __header loop assigns rather than appends: only the last line of the
 * last entry survives. Kept byte for byte (4.x apps see the same reply). */
static void wm_http_lines4(smart_str *out, zval *header4)
{
	if (Z_TYPE_P(header4) != IS_ARRAY) {
		return;
	}
	zend_string *last_name = NULL;
	zval *last_value = NULL;
	zend_string *name;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(header4), index, name, value) {
		ZVAL_DEREF(value);
		zval *item = value;
		if (Z_TYPE_P(value) == IS_ARRAY) {
			item = NULL;
			zval *each;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), each) {
				item = each;
			} ZEND_HASH_FOREACH_END();
			if (!item) {
				continue; /* an empty list sets no line */
			}
		}
		if (last_name) {
			zend_string_release(last_name);
		}
		last_name = name ? zend_string_copy(name) : zend_long_to_str((zend_long)index);
		last_value = item;
	} ZEND_HASH_FOREACH_END();
	if (last_name) {
		wm_http_append_line(out, last_name, last_value);
		zend_string_release(last_name);
	}
}

/* $connection->headers and 4.x's __header refused (and dropped) when a name or value holds
 * CR, LF or NUL. */
static zend_result wm_http_conn_headers_check(wm_conn_obj *conn, zval *headers, zval *header4)
{
	if ((headers && wm_http_headers_check(Z_ARRVAL_P(headers)) == FAILURE)
		|| (header4 && Z_TYPE_P(header4) == IS_ARRAY && wm_http_headers_check(Z_ARRVAL_P(header4)) == FAILURE)) {
		if (headers) {
			wm_http_clear_conn_headers(conn);
		}
		if (header4) {
			wm_http_unset_header4(conn);
		}
		return FAILURE;
	}
	return SUCCESS;
}

/* The last reply rendered for an interned body (a literal: `send('Hello World')`), without
 * extra headers: the same body gives the same bytes, shared by reference (pieces are never
 * written to once queued). Interned strings live as long as the worker's request, so the
 * pointer names the content. Dropped at RSHUTDOWN. */
static zend_string *wm_http_memo_body, *wm_http_memo_reply;

/* A string reply: one string for head and (small) body, or head + body reference.
 * Consumes body. */
static zend_result wm_http_encode_string(wm_conn_obj *conn, zend_string *body, wm_pieces *out)
{
	zval *headers = wm_http_conn_headers(conn);
	zval *header4 = wm_http_conn_header4(conn);
	if (UNEXPECTED(headers || header4) && wm_http_conn_headers_check(conn, headers, header4) == FAILURE) {
		zend_string_release(body);
		return FAILURE;
	}
	if (EXPECTED(!headers && !header4) && body == wm_http_memo_body) {
		wm_pieces_add(out, zend_string_copy(wm_http_memo_reply));
		return SUCCESS; /* an interned body: nothing to release */
	}
	char digits[MAX_LENGTH_OF_LONG];
	char *num = zend_print_ulong_to_buf(digits + sizeof(digits) - 1, ZSTR_LEN(body));
	size_t num_len = digits + sizeof(digits) - 1 - num;
	bool inline_body = ZSTR_LEN(body) <= WM_HTTP_INLINE_BODY;
	zend_string *head;
	if (EXPECTED(!headers && !header4)) {
		size_t head_len = wm_http_ok_head_len + sizeof(wm_http_ok_tail) - 1 + num_len + 4;
		head = zend_string_alloc(head_len + (inline_body ? ZSTR_LEN(body) : 0), 0);
		char *p = ZSTR_VAL(head);
		memcpy(p, wm_http_ok_head, wm_http_ok_head_len);
		p += wm_http_ok_head_len;
		memcpy(p, wm_http_ok_tail, sizeof(wm_http_ok_tail) - 1);
		p += sizeof(wm_http_ok_tail) - 1;
		memcpy(p, num, num_len);
		p += num_len;
		memcpy(p, "\r\n\r\n", 4);
		p += 4;
		if (inline_body) {
			memcpy(p, ZSTR_VAL(body), ZSTR_LEN(body));
			p += ZSTR_LEN(body);
		}
		*p = '\0';
		if (ZSTR_IS_INTERNED(body) && inline_body) {
			if (wm_http_memo_reply) {
				zend_string_release(wm_http_memo_reply);
			}
			wm_http_memo_body = body;
			wm_http_memo_reply = zend_string_copy(head);
		}
	} else {
		smart_str s = {0};
		zend_string *content_type = NULL;
		smart_str_appendl(&s, wm_http_ok_head, wm_http_ok_head_len);
		if (headers) {
			wm_http_lines5(&s, Z_ARRVAL_P(headers), &content_type);
			wm_http_clear_conn_headers(conn);
		}
		if (header4) {
			wm_http_lines4(&s, header4);
			wm_http_unset_header4(conn);
		}
		smart_str_appends(&s, "Connection: keep-alive\r\nContent-Type: ");
		if (content_type) {
			smart_str_append(&s, content_type);
			zend_string_release(content_type);
		} else {
			smart_str_appends(&s, "text/html;charset=utf-8");
		}
		smart_str_appends(&s, "\r\nContent-Length: ");
		smart_str_appendl(&s, num, num_len);
		smart_str_appendl(&s, "\r\n\r\n", 4);
		if (inline_body) {
			smart_str_append(&s, body);
		}
		head = smart_str_extract(&s);
	}
	wm_pieces_add(out, head);
	if (inline_body) {
		zend_string_release(body);
	} else {
		wm_pieces_add(out, body);
	}
	return SUCCESS;
}

/* close(new Response(403, [], '403 Forbidden')), as Workerman does when the file of a
 * file reply cannot be opened. */
static void wm_http_forbidden(wm_conn_obj *conn)
{
	zend_class_entry *ce = wm_ce_HttpResponse;
	zval response, args[3];
	object_init_ex(&response, ce);
	ZVAL_LONG(&args[0], 403);
	ZVAL_EMPTY_ARRAY(&args[1]);
	ZVAL_STRINGL(&args[2], "403 Forbidden", sizeof("403 Forbidden") - 1);
	zend_call_known_instance_method(ce->constructor, Z_OBJ(response), NULL, 3, args);
	zval_ptr_dtor(&args[2]);
	if (!EG(exception)) {
		wm_conn_php_close(conn, &response, false);
	}
	zval_ptr_dtor(&response);
}

/* prefix (consumed, may be NULL) followed by up to len bytes of fd at offset. */
static zend_string *wm_http_read_piece(zend_string *prefix, int fd, off_t offset, size_t len)
{
	size_t kept = prefix ? ZSTR_LEN(prefix) : 0;
	zend_string *out = zend_string_alloc(kept + len, 0);
	if (prefix) {
		memcpy(ZSTR_VAL(out), ZSTR_VAL(prefix), kept);
		zend_string_release(prefix);
	}
	ssize_t n = len ? pread(fd, ZSTR_VAL(out) + kept, len, offset) : 0;
	ZSTR_LEN(out) = kept + (n > 0 ? (size_t)n : 0);
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	return out;
}

/* 5.x's file reply on a connection whose class overrides send(): send(head . body, true)
 * under 2 MiB, else the head, then the body in 1 MiB pieces (5.x streams those on
 * onBufferDrain; a PHP send() has no buffer of ours to wait for). Consumes head and fd. */
static zend_result wm_http_send_file_php(wm_conn_obj *conn, zend_string *head, int fd, off_t offset, size_t len)
{
	const size_t piece = 1024 * 1024;
	zval data;
	ZVAL_STR(&data, len < 2 * piece ? wm_http_read_piece(head, fd, offset, len) : head);
	wm_conn_php_send(conn, &data, true);
	zval_ptr_dtor(&data);
	for (size_t done = len < 2 * piece ? len : 0; done < len && !EG(exception); ) {
		zend_string *out = wm_http_read_piece(NULL, fd, offset + (off_t)done, MIN(piece, len - done));
		if (!ZSTR_LEN(out)) {
			zend_string_release(out);
			break;
		}
		done += ZSTR_LEN(out);
		ZVAL_STR(&data, out);
		wm_conn_php_send(conn, &data, true);
		zval_ptr_dtor(&data);
	}
	close(fd);
	return EG(exception) ? FAILURE : SUCCESS;
}

/* A Response with withFile(): Content-Length, Accept-Ranges and (for a range)
 * Content-Range as Workerman 4.2.1 (status unchanged), the head rendered by the Response,
 * the body queued as a file segment: never read into PHP memory. */
static zend_result wm_http_encode_file(wm_conn_obj *conn, zend_object *response, zend_string *path,
	zend_long offset, zend_long length)
{
	struct stat sb;
	int fd = open(ZSTR_VAL(path), O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode))) {
		close(fd);
		fd = -1;
	}
	if (fd < 0) {
		wm_http_forbidden(conn);
		return EG(exception) ? FAILURE : SUCCESS;
	}
	zend_long size = (zend_long)sb.st_size;
	zend_long body_len = length > 0 ? length : size - offset;
	HashTable *extra = zend_new_array(2);
	zval v;
	ZVAL_LONG(&v, body_len);
	zend_hash_add_new(extra, wm_str_content_length, &v);
	ZVAL_INTERNED_STR(&v, wm_str_bytes);
	zend_hash_add_new(extra, wm_str_accept_ranges, &v);
	wm_http_response_merge_headers(response, extra);
	zend_array_release(extra);
	if (offset || length) {
		ZVAL_STR(&v, zend_strpprintf(0, "bytes " ZEND_LONG_FMT "-" ZEND_LONG_FMT "/" ZEND_LONG_FMT,
			offset, offset + body_len - 1, size));
		wm_http_response_set_header(response, wm_str_content_range, &v);
		zval_ptr_dtor(&v);
	}
	zend_string *head = EG(exception) ? NULL : wm_http_response_to_string(response);
	if (!head) {
		close(fd);
		return FAILURE;
	}
	/* What exists of the promised range; a shorter file ends the connection once the
	 * queue reaches its end (wm_conn_send.c). */
	size_t send_len = body_len > 0 && offset >= 0 ? (size_t)body_len : 0;
	if (wm_http_last_reply(conn)) {
		head = wm_http_head_closing(head);
	}
	if (UNEXPECTED(wm_conn_overrides_send(conn))) {
		return wm_http_send_file_php(conn, head, fd, (off_t)(offset > 0 ? offset : 0), send_len);
	}
	wm_conn_send_file(conn, head, fd, (off_t)(offset > 0 ? offset : 0), send_len);
	return SUCCESS;
}

/* A Response object: the connection's extra headers merged in, then a file reply or its
 * string. */
static zend_result wm_http_encode_response(wm_conn_obj *conn, zend_object *response, wm_pieces *out, bool *empty)
{
	/* Copies of the arrays (literal arrays are immutable: never GC_ADDREF them). */
	zval copy;
	zval *headers = wm_http_conn_headers(conn);
	zval *header4 = wm_http_conn_header4(conn);
	if (UNEXPECTED(headers || header4) && wm_http_conn_headers_check(conn, headers, header4) == FAILURE) {
		return FAILURE;
	}
	if (headers) {
		ZVAL_COPY(&copy, headers);
		wm_http_clear_conn_headers(conn);
		wm_http_response_merge_headers(response, Z_ARRVAL(copy));
		zval_ptr_dtor(&copy);
	}
	header4 = wm_http_conn_header4(conn);
	if (header4) {
		ZVAL_COPY(&copy, header4);
		wm_http_unset_header4(conn);
		if (Z_TYPE(copy) == IS_ARRAY) {
			wm_http_response_merge_headers(response, Z_ARRVAL(copy));
		}
		zval_ptr_dtor(&copy);
	}
	if (EG(exception)) {
		return FAILURE;
	}
	zend_string *path;
	zend_long offset, length;
	if (wm_http_response_file(response, &path, &offset, &length)) {
		*empty = true;
		zend_string_addref(path);
		zend_result rc = wm_http_encode_file(conn, response, path, offset, length);
		zend_string_release(path);
		return rc;
	}
	zend_string *s = wm_http_response_to_string(response);
	if (!s) {
		return FAILURE;
	}
	if (wm_http_last_reply(conn)) {
		s = wm_http_head_closing(s);
	}
	wm_pieces_add(out, s);
	return SUCCESS;
}

/* detach: the connection's HTTP state is this encode's (its protocol is Http), so its
 * current or kept request is detached. */
static zend_result wm_http_encode_reply(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty, bool detach)
{
	*empty = false;
	if (detach) {
		wm_http_detach_current(conn);
	}
	ZVAL_DEREF(data);
	if (Z_TYPE_P(data) == IS_OBJECT) {
		zend_object *obj = Z_OBJ_P(data);
		if (wm_http_is_response(obj)) {
			GC_ADDREF(obj);
			zend_result rc = wm_http_encode_response(conn, obj, out, empty);
			OBJ_RELEASE(obj);
			return rc;
		}
		/* Chunk, ServerSentEvents, user objects: their string. */
		zend_string *s = zval_try_get_string(data);
		if (!s) {
			return FAILURE;
		}
		wm_pieces_add(out, s);
		return SUCCESS;
	}
	zend_string *body = zval_try_get_string(data);
	if (!body) {
		return FAILURE;
	}
	if (wm_http_encode_string(conn, body, out) == FAILURE) {
		return FAILURE;
	}
	if (wm_http_last_reply(conn)) {
		out->str[0] = wm_http_head_closing(out->str[0]);
	}
	return SUCCESS;
}

static zend_result wm_http_encode(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty)
{
	/* The memoised reply (the same literal body again, no extra headers, not a draining
	 * connection's last reply): what wm_http_encode_string() gives then, without the frame of
	 * the general encode (callgrind: http16 1,681 -> 1,659 per request). */
	wm_http_detach_current(conn);
	zval *body = data;
	ZVAL_DEREF(body);
	if (Z_TYPE_P(body) == IS_STRING && Z_STR_P(body) == wm_http_memo_body && !wm_http_conn_headers(conn)
			&& !wm_http_conn_header4(conn) && !wm_http_last_reply(conn) && out->count == 0) {
		*empty = false;
		out->str[out->count++] = zend_string_copy(wm_http_memo_reply);
		out->len += ZSTR_LEN(wm_http_memo_reply);
		return SUCCESS;
	}
	return wm_http_encode_reply(conn, data, out, empty, false);
}

/* Fiber mode: the suspended request becomes the connection's kept one (current is for the
 * callback running now), and the next request waits: HTTP answers in order. The state leaves
 * the suspended frame for the heap: the frame may never be resumed. */
static bool wm_http_fiber_park(wm_conn_obj *conn)
{
	wm_http_state *st = (wm_http_state *)wm_pub(conn)->pstate;
	if (st && (st->flags & WM_HTTP_ST_FRAME)) {
		st = wm_http_state_move(conn, st);
	}
	if (st && st->current) {
		if (st->request) {
			OBJ_RELEASE(st->request);
		}
		st->request = st->current; /* the reference moves */
		st->current = NULL;
	}
	return true;
}

static const wm_builtin_proto wm_proto_http = { wm_http_dispatch, wm_http_encode, NULL, wm_http_fiber_park };

/* ---- PHP statics ------------------------------------------------------------------------ */

ZEND_METHOD(Workerman_Protocols_Http, requestClass)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	if (name) {
		if (wm_http_request_class) {
			zend_string_release(wm_http_request_class);
		}
		wm_http_request_class = zend_string_copy(name);
		wm_http_request_ce = NULL;
	}
	if (wm_http_request_class) {
		RETURN_STR_COPY(wm_http_request_class);
	}
	RETURN_STRINGL("Workerman\\Protocols\\Http\\Request", sizeof("Workerman\\Protocols\\Http\\Request") - 1);
}

zend_string *wm_http_upload_tmp_dir(void)
{
	if (!wm_http_upload_dir || !ZSTR_LEN(wm_http_upload_dir)) {
		const char *ini = INI_STR("upload_tmp_dir");
		const char *use = ini && *ini ? ini : php_get_temporary_directory();
		if (use && *use) {
			if (wm_http_upload_dir) {
				zend_string_release(wm_http_upload_dir);
			}
			wm_http_upload_dir = zend_string_init(use, strlen(use), 0);
		}
	}
	return wm_http_upload_dir;
}

ZEND_METHOD(Workerman_Protocols_Http, uploadTmpDir)
{
	zend_string *dir = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(dir)
	ZEND_PARSE_PARAMETERS_END();
	if (dir) {
		if (wm_http_upload_dir) {
			zend_string_release(wm_http_upload_dir);
		}
		wm_http_upload_dir = zend_string_copy(dir);
	}
	dir = wm_http_upload_tmp_dir();
	if (dir) {
		RETURN_STR_COPY(dir);
	}
	RETURN_EMPTY_STRING();
}

ZEND_METHOD(Workerman_Protocols_Http, sessionName)
{
	zval *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *ce = wm_ce_HttpSession;
	if (name && Z_TYPE_P(name) != IS_NULL && !(Z_TYPE_P(name) == IS_STRING && Z_STRLEN_P(name) == 0)) {
		zend_string *s = zval_try_get_string(name);
		if (!s) {
			RETURN_THROWS();
		}
		zval value;
		ZVAL_STR(&value, s);
		zend_update_static_property(ce, ZEND_STRL("name"), &value);
		zval_ptr_dtor(&value);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	zval *current = zend_read_static_property(ce, ZEND_STRL("name"), false);
	if (!current) {
		RETURN_THROWS();
	}
	RETURN_COPY_DEREF(current);
}

ZEND_METHOD(Workerman_Protocols_Http, enableCache)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	/* Workerman 4 caches Request objects per identical buffer; ours are cheap to make. */
}

/* Parses a whole buffer from its start (the PHP-level input/decode see the full buffer
 * every time, so nothing is resumed). */
static wm_http_status wm_http_parse_whole(wm_http_parser *p, zend_string *buffer, size_t max_package)
{
	wm_http_limits limits = {WM_HTTP_MAX_HEAD, max_package};
	wm_http_parser_init(p);
	return wm_http_parse_request(p, ZSTR_VAL(buffer), ZSTR_LEN(buffer), &limits);
}

/* 5.x input() looks for the end of the head before anything else: none yet is 0 (whatever
 * the bytes) until 16384 bytes are buffered, then 431, as is an end starting past 16383.
 * The parser agrees on a whole buffer except that it refuses a bad start at once. */
static wm_http_status wm_http_input_whole(zend_string *buffer, size_t max_package)
{
	const char *end = zend_memnstr(ZSTR_VAL(buffer), "\r\n\r\n", 4, ZSTR_VAL(buffer) + ZSTR_LEN(buffer));
	if (!end) {
		return ZSTR_LEN(buffer) >= WM_HTTP_MAX_HEAD ? WM_HTTP_HEADER_TOO_LARGE : WM_HTTP_NEED_MORE;
	}
	if ((size_t)(end - ZSTR_VAL(buffer)) >= WM_HTTP_MAX_HEAD) {
		return WM_HTTP_HEADER_TOO_LARGE;
	}
	return wm_http_parse_whole(&wm_http_scratch, buffer, max_package);
}

/* 5.x inputChunked() sets $connection->context->chunked for decode(), which unsets it
 * (set false). PHP code that drives Http by hand may look at it. */
static void wm_http_mark_chunked(zend_object *connection, bool set)
{
	zval rv;
	zval *context = zend_read_property_ex(connection->ce, connection, wm_str_context, true, &rv);
	if (EG(exception)) {
		return;
	}
	ZVAL_DEREF(context);
	if (Z_TYPE_P(context) != IS_OBJECT) {
		return;
	}
	if (set) {
		zval yes;
		ZVAL_TRUE(&yes);
		zend_update_property_ex(Z_OBJCE_P(context), Z_OBJ_P(context), wm_str_chunked, &yes);
	} else {
		zend_std_unset_property(Z_OBJ_P(context), wm_str_chunked, NULL);
	}
	if (context == &rv) {
		zval_ptr_dtor(&rv);
	}
}

ZEND_METHOD(Workerman_Protocols_Http, input)
{
	zend_string *buffer;
	zend_object *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJ_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_object(connection);
	wm_http_status rc = wm_http_input_whole(buffer, wm_pub(conn)->max_package_size > 0 ? (size_t)wm_pub(conn)->max_package_size : 0);
	if (rc == WM_HTTP_COMPLETE) {
		if (wm_http_scratch.chunked) {
			zend_long total = (zend_long)wm_http_scratch.total_len;
			wm_http_mark_chunked(connection, true);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			RETURN_LONG(total);
		}
		RETURN_LONG((zend_long)wm_http_scratch.total_len);
	}
	if (rc != WM_HTTP_NEED_MORE) {
		zval bytes;
		ZVAL_INTERNED_STR(&bytes, wm_http_reject_bytes(rc));
		if (wm_api_major == 5) {
			wm_conn_php_end(conn, &bytes, true);
		} else {
			wm_conn_php_close(conn, &bytes, true);
		}
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	RETURN_LONG(0);
}

ZEND_METHOD(Workerman_Protocols_Http, decode)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *ce = wm_http_request_ce_get();
	if (!ce) {
		RETURN_THROWS();
	}
	/* unset($connection->context->chunked): the parse below finds chunked bodies itself */
	wm_http_mark_chunked(Z_OBJ_P(connection), false);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	wm_http_parser *p = &wm_http_scratch;
	zend_object *request;
	if (wm_http_parse_whole(p, buffer, SIZE_MAX) == WM_HTTP_COMPLETE && p->total_len == ZSTR_LEN(buffer)) {
		request = wm_http_decode(p, ZSTR_VAL(buffer), connection);
	} else {
		/* Not one valid request (5.x decodes whatever it is given): the Request parses it. */
		request = wm_http_request_create(ce, buffer, NULL, connection);
	}
	if (!request) {
		RETURN_THROWS();
	}
	wm_conn_obj *conn = wm_conn_of_object(Z_OBJ_P(connection));
	if (wm_conn_proto(conn) == WM_PROTO_HTTP) { /* another protocol's state is not ours */
		wm_http_keep_request(conn, request);
	}
	RETURN_OBJ(request);
}

ZEND_METHOD(Workerman_Protocols_Http, encode)
{
	zval *response;
	zend_object *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(response)
		Z_PARAM_OBJ_OF_CLASS(connection, wm_ce_TcpConnection)
	ZEND_PARSE_PARAMETERS_END();
	wm_pieces out = {{NULL, NULL}, 0, 0};
	bool empty;
	/* Http::encode() may be called from PHP for any connection: only an Http one's state is
	 * this encode's. */
	wm_conn_obj *conn = wm_conn_of_object(connection);
	if (wm_http_encode_reply(conn, response, &out, &empty, wm_conn_proto(conn) == WM_PROTO_HTTP) == FAILURE) {
		wm_pieces_release(&out);
		RETURN_THROWS();
	}
	if (out.count == 0) {
		RETURN_EMPTY_STRING();
	}
	if (out.count == 1) {
		RETURN_STR(out.str[0]);
	}
	zend_string *all = zend_string_concat2(ZSTR_VAL(out.str[0]), ZSTR_LEN(out.str[0]),
		ZSTR_VAL(out.str[1]), ZSTR_LEN(out.str[1]));
	wm_pieces_release(&out);
	RETURN_STR(all);
}

/* ---- module ------------------------------------------------------------------------------ */

static zend_string *wm_http_intern(const char *s, size_t len)
{
	return zend_new_interned_string(zend_string_init(s, len, 1));
}

void wm_http_minit(void)
{
	wm_ce_Http = wm_api_reg->Http();
	wm_protocol_register_builtin(WM_PROTO_HTTP, &wm_proto_http);
	if (wm_api_major != 5) {
		wm_http_ok_head = "HTTP/1.1 200 OK\r\nServer: workerman\r\n";
		wm_http_ok_head_len = strlen(wm_http_ok_head);
	}
	for (int i = 0; i < 3; i++) {
		static const wm_http_status codes[3] = {WM_HTTP_BAD_REQUEST, WM_HTTP_PAYLOAD_TOO_LARGE, WM_HTTP_HEADER_TOO_LARGE};
		/* 4.2.1's forms: no Connection line, 413's old reason, and 413 for a head too large */
		static const char *const bytes4[3] = {"HTTP/1.1 400 Bad Request\r\n\r\n",
			"HTTP/1.1 413 Request Entity Too Large\r\n\r\n", "HTTP/1.1 413 Request Entity Too Large\r\n\r\n"};
		size_t len;
		const char *bytes = wm_api_major == 5 ? wm_http_reject_response(codes[i], &len) : bytes4[i];
		if (wm_api_major != 5) {
			len = strlen(bytes);
		}
		wm_str_reject[i] = wm_http_intern(bytes, len);
	}
	wm_str___header = wm_http_intern(ZEND_STRL("__header"));
	wm_str_content_type = wm_http_intern(ZEND_STRL("Content-Type"));
	wm_str_content_length = wm_http_intern(ZEND_STRL("Content-Length"));
	wm_str_accept_ranges = wm_http_intern(ZEND_STRL("Accept-Ranges"));
	wm_str_content_range = wm_http_intern(ZEND_STRL("Content-Range"));
	wm_str_bytes = wm_http_intern(ZEND_STRL("bytes"));
	wm_str_context = wm_http_intern(ZEND_STRL("context"));
	wm_str_chunked = wm_http_intern(ZEND_STRL("chunked"));
	wm_str_timeout = wm_http_intern(ZEND_STRL("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"));
	wm_tmo_register(WM_TMO_HEAD, &wm_http_head_wait);
	wm_tmo_register(WM_TMO_IDLE, &wm_http_idle_wait);
	wm_tmo_register(WM_TMO_DRAIN, &wm_http_drain_wait);
	wm_http_request_minit();
	wm_http_response_minit();
	wm_http_session_minit();
}

void wm_http_rshutdown(void)
{
	if (wm_http_memo_reply) {
		zend_string_release(wm_http_memo_reply);
		wm_http_memo_reply = NULL;
	}
	wm_http_memo_body = NULL;
	wm_http_request_spare_free();
	if (wm_http_request_class) {
		zend_string_release(wm_http_request_class);
		wm_http_request_class = NULL;
	}
	if (wm_http_upload_dir) {
		zend_string_release(wm_http_upload_dir);
		wm_http_upload_dir = NULL;
	}
	wm_http_request_ce = NULL;
}
