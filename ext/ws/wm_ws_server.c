/* wm_ws_server.c: Protocols\Websocket, the server side of websocket:// workers, in C: the
 * dispatch of one read (handshake, then frames: unmasking, fragments, ping/pong/close with
 * 4.2.1's callback lookup), encode() for send(), $connection->websocketType, and the PHP
 * class (constants and statics). The handshake is wm_ws_upgrade.c's, compression
 * wm_ws_deflate.c's, frame bytes ws_frame.c's; no I/O here but through wm_conn_send(). */
#include "wm_ws_server.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "wm_ws.h"
#include "wm_log.h"
#include "ws_handshake.h"
#include "wm_api.h"
#include "ext/json/php_json.h"

/* Where this differs from Workerman 4.2.1 (everything else is meant byte for byte; see
 * tests/websocket/differential.phpt):
 * - state lives in C, not in $connection->context (no websocketHandshake, tmpWebsocketData,
 *   websocketDataBuffer there); websocketType is not listed by var_dump() and is gone after
 *   onClose;
 * - a head without its empty line is closed once maxPackageSize bytes wait (4.x: never);
 * - a FIN ping/pong inside a fragmented message leaves the fragments alone (4.x prepends
 *   them to the ping's payload and loses them);
 * - compression: RSV1 messages are inflated one by one (no context takeover, as we
 *   negotiate); permessage-deflate is only offered back when the app sets permessageDeflate
 *   (connection, then worker; read after onWebSocketConnect, so it may decide per request),
 *   with server_no_context_takeover and client_no_context_takeover;
 *   a corrupt or oversized (> maxPackageSize) compressed message closes the connection;
 * - the static input()/decode() called from PHP on a websocket:// connection have no side
 *   effects on it; on any other connection the statics work as Workerman's PHP code does,
 *   on $connection->context (wm_ws_context.c). */

zend_class_entry *wm_ce_Websocket;

zend_string *wm_ws_str_on_connect, *wm_ws_str_on_connected, *wm_ws_str_on_ping, *wm_ws_str_on_pong, *wm_ws_str_on_close,
	*wm_ws_str_deflate, *wm_ws_str_session;
static zend_string *wm_ws_str_type;

/* Payloads up to this size are copied next to their frame header (one string); larger
 * ones are queued by reference after a header string. */
#define WM_WS_COPY_LIMIT 1024

/* The 2-byte headers of unmasked FIN text (0x81) and binary (0x82) frames with payloads
 * of 0..125 bytes, interned at MINIT: send() of a short message queues one of these
 * plus the payload string itself (shared, not copied), so a broadcast of one message to
 * N connections allocates nothing per delivery. */
#define WM_WS_SMALL 126
static zend_string *wm_ws_small_heads[2][WM_WS_SMALL];

/* ---- state ------------------------------------------------------------------------------ */

static void wm_ws_state_free(wm_conn_obj *conn, wm_proto_state *base)
{
	wm_ws_state *st = (wm_ws_state *)base;
	zval_ptr_dtor(&st->type);
	smart_str_free(&st->fragments); /* or pending: the same buffer */
	efree(st);
}

static uint64_t wm_ws_max_package(wm_conn_obj *conn)
{
	return wm_pub(conn)->max_package_size > 0 ? (uint64_t)wm_pub(conn)->max_package_size : 0;
}

wm_ws_state *wm_ws_state_create(wm_conn_obj *conn)
{
	wm_ws_state *st = emalloc(sizeof(*st));
	memset(st, 0, sizeof(*st));
	st->base.free = wm_ws_state_free;
	ZVAL_UNDEF(&st->type);
	/* Workerman: mask required, RSV bits ignored (RSV1 means compressed), no RFC sequence checks. */
	wm_ws_parser_init(&st->parser, WS_PARSE_REQUIRE_MASK, WS_RSV1 | WS_RSV2 | WS_RSV3, wm_ws_max_package(conn));
	wm_pub(conn)->pstate = &st->base;
	return st;
}

/* $connection->websocketType of a websocket:// connection, kept here (no property table
 * needed); the property handlers route the name here through the protocol table. NULL
 * without create when there is no state. UNDEF in the slot = never set. */
static zval *wm_ws_type_slot(wm_conn_obj *conn, bool create)
{
	wm_ws_state *st = wm_ws_state_get(conn, create && wm_pub(conn)->status != WM_CONN_CLOSED);
	return st ? &st->type : NULL;
}

/* Reads obj->name quietly into a copy (UNDEF/NULL when missing). */
static void wm_ws_read_prop(zend_object *obj, zend_string *name, zval *out)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	zval *value = zend_read_property_ex(obj->ce, obj, name, true, &rv);
	ZVAL_COPY_DEREF(out, value);
	zval_ptr_dtor(&rv);
}

bool wm_ws_lookup(wm_conn_obj *conn, zend_string *name, zval *out)
{
	zval value;
	wm_ws_read_prop(wm_conn_object(conn), name, &value);
	if (Z_TYPE(value) == IS_NULL) {
		zval *worker = wm_conn_sh(conn, WM_SH_WORKER);
		if (Z_TYPE_P(worker) != IS_OBJECT) {
			return false;
		}
		wm_ws_read_prop(Z_OBJ_P(worker), name, &value);
	}
	if (!zend_is_true(&value)) {
		zval_ptr_dtor(&value);
		return false;
	}
	ZVAL_COPY_VALUE(out, &value);
	return true;
}

/* ---- receiving ---------------------------------------------------------------------------- */

static void wm_ws_echo(const char *msg, size_t len)
{
	wm_safe_echo(msg, len, false);
}

/* "error package. package_length=<n>": n as PHP computes it (a float once past 2^63). */
static void wm_ws_error_package(const ws_parser *p, const ws_frame *f)
{
	smart_str out = {0};
	smart_str_appends(&out, "error package. package_length=");
	if (f->payload_len >> 63 || p->buffered + f->frame_len < p->buffered) {
		smart_str_append_double(&out, (double)p->buffered + (double)f->header_len + (double)f->payload_len,
			(int)EG(precision), false);
	} else {
		smart_str_append_unsigned(&out, (zend_ulong)(p->buffered + f->frame_len));
	}
	smart_str_appendc(&out, '\n');
	wm_ws_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
}

static void wm_ws_error_opcode(wm_conn_obj *conn, unsigned opcode)
{
	static const char hex[] = "0123456789abcdef";
	smart_str out = {0};
	smart_str_append_printf(&out, "error opcode %u and close websocket connection. Buffer:", opcode);
	const unsigned char *p = (const unsigned char *)wm_rbuf_head(wm_pub(conn)->rbuf);
	for (size_t i = 0; i < wm_pub(conn)->rbuf->len; i++) {
		smart_str_appendc(&out, hex[p[i] >> 4]);
		smart_str_appendc(&out, hex[p[i] & 15]);
	}
	smart_str_appendc(&out, '\n');
	wm_ws_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
}

/* The frame's payload, unmasked, as a new string. */
static zend_string *wm_ws_payload(const unsigned char *frame, const ws_frame *f)
{
	size_t n = (size_t)f->payload_len;
	zend_string *s = zend_string_alloc(n, 0);
	memcpy(ZSTR_VAL(s), frame + f->header_len, n);
	ws_mask mask = f->mask;
	wm_ws_unmask(&mask, (unsigned char *)ZSTR_VAL(s), n);
	ZSTR_VAL(s)[n] = '\0';
	return s;
}

/* Close opcode: onWebSocketClose($connection) leaves the connection open (and the frame in
 * the buffer, as 4.x does), else close("\x88\x02\x03\xe8", true). */
static void wm_ws_on_close_frame(wm_conn_obj *conn)
{
	zval callback;
	if (wm_ws_lookup(conn, wm_ws_str_on_close, &callback)) {
		wm_conn_emit(conn, &callback, 0, NULL);
		zval_ptr_dtor(&callback);
		return;
	}
	zval reply;
	ZVAL_STRINGL(&reply, WS_CLOSE_1000_FRAME, WS_CLOSE_1000_FRAME_LEN);
	wm_conn_close(conn, &reply, true);
	zval_ptr_dtor(&reply);
}

/* A complete FIN ping or pong: consumed, then with websocketType "\x8a" onWebSocketPing /
 * onWebSocketPong($connection, $payload), or for a ping without callback send($payload).
 * websocketType is restored afterwards (to BLOB if it was unset). */
static zend_result wm_ws_on_ping_pong(wm_conn_obj *conn, wm_ws_state *st, const ws_frame *f)
{
	zval payload, saved, callback;
	ZVAL_STR(&payload, wm_ws_payload((const unsigned char *)wm_rbuf_head(wm_pub(conn)->rbuf), f));
	wm_conn_consume(conn, (zend_long)f->frame_len);
	if (Z_ISUNDEF(st->type) || Z_TYPE(st->type) == IS_NULL) {
		ZVAL_CHAR(&saved, 0x81);
	} else {
		ZVAL_COPY_VALUE(&saved, &st->type);
	}
	ZVAL_CHAR(&st->type, 0x8a);
	zend_result rc = SUCCESS;
	bool ping = f->opcode == WS_OP_PING;
	if (wm_ws_lookup(conn, ping ? wm_ws_str_on_ping : wm_ws_str_on_pong, &callback)) {
		rc = wm_conn_emit(conn, &callback, 1, &payload);
		zval_ptr_dtor(&callback);
	} else if (ping) {
		wm_conn_send(conn, &payload, false);
		rc = EG(exception) ? FAILURE : SUCCESS;
	}
	zval_ptr_dtor(&payload);
	if ((st = wm_ws_state_get(conn, false)) != NULL) {
		zval_ptr_dtor(&st->type);
		ZVAL_COPY_VALUE(&st->type, &saved);
	} else {
		zval_ptr_dtor(&saved);
	}
	return rc;
}

/* The message a FIN data frame completes: earlier fragments + this payload, inflated when
 * its first frame had RSV1. NULL after closing the connection (inflated too big/corrupt). */
static zend_string *wm_ws_message(wm_conn_obj *conn, wm_ws_state *st, const ws_frame *f, const ws_message *msg)
{
	const unsigned char *frame = (const unsigned char *)wm_rbuf_head(wm_pub(conn)->rbuf);
	zend_string *data;
	if (st->fragments.s) {
		size_t n = (size_t)f->payload_len;
		smart_str_alloc(&st->fragments, n, 0);
		unsigned char *dst = (unsigned char *)ZSTR_VAL(st->fragments.s) + ZSTR_LEN(st->fragments.s);
		memcpy(dst, frame + f->header_len, n);
		ws_mask mask = f->mask;
		wm_ws_unmask(&mask, dst, n);
		ZSTR_LEN(st->fragments.s) += n;
		data = smart_str_extract(&st->fragments);
	} else if (f->payload_len <= 1) {
		data = f->payload_len ? ZSTR_CHAR((unsigned char)(frame[f->header_len] ^ f->mask.key[0])) : ZSTR_EMPTY_ALLOC();
	} else {
		data = wm_ws_payload(frame, f);
	}
	if (!msg->rsv1) {
		return data;
	}
	bool too_big;
	zend_string *inflated = wm_ws_inflate(ZSTR_VAL(data), ZSTR_LEN(data), (size_t)wm_ws_max_package(conn), &too_big);
	zend_string_release(data);
	if (!inflated) {
		wm_conn_close(conn, NULL, false);
	}
	return inflated;
}

/* A non-FIN frame (any opcode, as 4.x): its unmasked payload joins the fragments. */
static void wm_ws_fragment(wm_conn_obj *conn, wm_ws_state *st, const ws_frame *f)
{
	const unsigned char *frame = (const unsigned char *)wm_rbuf_head(wm_pub(conn)->rbuf);
	size_t n = (size_t)f->payload_len;
	smart_str_alloc(&st->fragments, n, 0);
	unsigned char *dst = (unsigned char *)ZSTR_VAL(st->fragments.s) + ZSTR_LEN(st->fragments.s);
	memcpy(dst, frame + f->header_len, n);
	ws_mask mask = f->mask;
	wm_ws_unmask(&mask, dst, n);
	ZSTR_LEN(st->fragments.s) += n;
}

/* n payload bytes from src, unmasked with key (from position 0), into dst. */
static zend_always_inline void wm_ws_unmask_copy(unsigned char *dst, const unsigned char *src, size_t n, const uint8_t key[4])
{
	uint32_t k32;
	memcpy(&k32, key, 4);
	uint64_t w, k64 = (uint64_t)k32 << 32 | k32; /* the key's 4 bytes twice, either byte order */
#ifdef __SSE2__
	/* 16 bytes a step (x86-64 always has SSE2): a 32-byte chat line in two */
	__m128i k128 = _mm_set1_epi64x((long long)k64);
	for (; n >= 16; src += 16, dst += 16, n -= 16) {
		_mm_storeu_si128((__m128i *)dst, _mm_xor_si128(_mm_loadu_si128((const __m128i *)src), k128));
	}
#endif
	for (; n >= 8; src += 8, dst += 8, n -= 8) {
		memcpy(&w, src, 8);
		w ^= k64;
		memcpy(dst, &w, 8);
	}
	for (size_t i = 0; i < n; i++) { /* 8-byte steps keep the key position at 0 */
		dst[i] = src[i] ^ key[i & 3];
	}
}

/* The common frame, decided by its first two bytes: FIN text or binary, RSV clear, masked,
 * payload < 126 bytes, no fragmented message in progress, within maxPackageSize. Every
 * check and outcome of the general path below reduces to this for such a frame (no
 * parser state to keep, no fragments, no inflate). Returns -2 for any other frame. */
static zend_always_inline int wm_ws_small_frame(wm_conn_obj *conn, wm_ws_state *st, const unsigned char *h)
{
	unsigned b0 = h[0], b1 = h[1];
	if ((b0 != 0x81 && b0 != 0x82) || b1 < 0x80 || b1 >= 0x80 + 126 || st->parser.in_message
		|| st->parser.buffered || st->fragments.s) {
		return -2;
	}
	size_t n = b1 & 0x7f, frame_len = 6 + n;
	if (frame_len > wm_ws_max_package(conn)) {
		return -2; /* the general path prints the error */
	}
	if (wm_pub(conn)->rbuf->len < frame_len) {
		return 0;
	}
	wm_stat_request();
	zval *on_message = wm_conn_sh(conn, WM_SH_ON_MESSAGE);
	if (Z_TYPE_P(on_message) == IS_NULL) {
		wm_conn_consume_head(conn, frame_len);
		return 1;
	}
	zend_string *data;
	if (n <= 1) {
		data = n ? ZSTR_CHAR((unsigned char)(h[6] ^ h[2])) : ZSTR_EMPTY_ALLOC();
	} else {
		data = wm_str_alloc(n);
		wm_ws_unmask_copy((unsigned char *)ZSTR_VAL(data), h + 6, n, h + 2);
		ZSTR_VAL(data)[n] = '\0';
	}
	wm_conn_consume_head(conn, frame_len);
	zval message;
	ZVAL_STR(&message, data);
	zend_result emitted = wm_conn_emit(conn, on_message, 1, &message);
	wm_message_release(&message); /* inline; a string nobody holds becomes the spare */
	return emitted == SUCCESS ? 1 : -1;
}

/* Any frame the small path leaves (wm_ws_frame): out of line, so the common frame's path
 * sets up none of its locals. */
static zend_never_inline int wm_ws_frame_general(wm_conn_obj *conn, wm_ws_state *st)
{
	wm_rbuf *buf = wm_pub(conn)->rbuf;
	ws_frame f;
	st->parser.max_package = wm_ws_max_package(conn);
	int rc = wm_ws_frame_parse(&st->parser, &f, (const unsigned char *)wm_rbuf_head(buf), buf->len);
	if (rc == WS_ERR_NOT_MASKED) {
		wm_ws_echo("frame not masked so close the connection\n", sizeof("frame not masked so close the connection\n") - 1);
		wm_conn_close(conn, NULL, false);
		return -1;
	}
	if (rc == WS_ERR_OPCODE) {
		wm_ws_error_opcode(conn, f.opcode);
		wm_conn_close(conn, NULL, false);
		return -1;
	}
	if (f.opcode == WS_OP_CLOSE) {
		wm_ws_on_close_frame(conn);
		return -1;
	}
	if (rc == WS_NEED_MORE) {
		return 0;
	}
	if (rc < 0) { /* too large, or a 64-bit length with the top bit set */
		wm_ws_error_package(&st->parser, &f);
		wm_conn_close(conn, NULL, false);
		return -1;
	}
	if (buf->len < f.frame_len) {
		return 0;
	}
	if (f.fin && (f.opcode == WS_OP_PING || f.opcode == WS_OP_PONG)) {
		return wm_ws_on_ping_pong(conn, st, &f) == SUCCESS ? 1 : -1;
	}
	ws_message msg;
	if (wm_ws_parser_frame_done(&st->parser, &f, &msg) == WS_DONE_FRAGMENT) {
		wm_ws_fragment(conn, st, &f);
		wm_conn_consume(conn, (zend_long)f.frame_len);
		return 1;
	}
	wm_stat_request();
	zval *on_message = wm_conn_sh(conn, WM_SH_ON_MESSAGE);
	if (Z_TYPE_P(on_message) == IS_NULL) {
		smart_str_free(&st->fragments);
		wm_conn_consume(conn, (zend_long)f.frame_len);
		return 1;
	}
	zend_string *data = wm_ws_message(conn, st, &f, &msg);
	if (!data) {
		return -1;
	}
	wm_conn_consume(conn, (zend_long)f.frame_len);
	zval message;
	ZVAL_STR(&message, data);
	zend_result emitted = wm_conn_emit(conn, on_message, 1, &message);
	zval_ptr_dtor(&message);
	return emitted == SUCCESS ? 1 : -1;
}

/* One frame at the head of the buffer, as 4.2.1's input()+decode() treat it. Returns 1 to
 * go on, 0 to wait for more bytes, -1 to stop (closed, paused by a callback, exiting). */
static zend_always_inline int wm_ws_frame(wm_conn_obj *conn, wm_ws_state *st)
{
	wm_rbuf *buf = wm_pub(conn)->rbuf;
	if (buf->len < 6) {
		return 0; /* 4.x looks only once 6 bytes are there */
	}
	int small = wm_ws_small_frame(conn, st, (const unsigned char *)wm_rbuf_head(buf));
	if (small != -2) {
		return small;
	}
	return wm_ws_frame_general(conn, st);
}

/* The built-in dispatch of one read (wm_conn_dispatch runs it inside the send batch). */
static void wm_ws_server_dispatch(wm_conn_obj *conn)
{
	while (wm_conn_buffered(conn) && !wm_pub(conn)->paused && wm_pub(conn)->status == WM_CONN_ESTABLISHED) {
		wm_ws_state *st = wm_ws_state_get(conn, true);
		int rc = EXPECTED(st->handshaken) ? wm_ws_frame(conn, st)
			: (wm_pub(conn)->rbuf->len < 6 ? 0 : wm_ws_upgrade(conn, wm_rbuf_head(wm_pub(conn)->rbuf), wm_pub(conn)->rbuf->len));
		if (rc <= 0) {
			return;
		}
	}
}

/* ---- sending ---------------------------------------------------------------------------- */

/* Before the 101, frames wait in the state (4.x tmpWebsocketData): dropped with
 * onError(SEND_FAIL) once more than maxSendBufferSize waits, onBufferFull when it fills. */
static void wm_ws_queue_early(wm_conn_obj *conn, wm_ws_state *st, zend_string *head, zend_string *payload)
{
	size_t queued = st->pending.s ? ZSTR_LEN(st->pending.s) : 0;
	if ((zend_long)queued > wm_pub(conn)->max_send_buffer_size) {
		wm_conn_emit_error(conn, "send buffer full and drop package", sizeof("send buffer full and drop package") - 1);
		return;
	}
	smart_str_append(&st->pending, head);
	if (payload) {
		smart_str_append(&st->pending, payload);
	}
	if (wm_pub(conn)->max_send_buffer_size <= (zend_long)ZSTR_LEN(st->pending.s)) {
		wm_conn_emit(conn, wm_conn_extra_cb(conn, false), 0, NULL);
	}
}

/* The first byte of outgoing frames: websocketType (BLOB when empty, and then stored as
 * 4.x does). Returns the string (borrowed from the state or interned). */
static zend_string *wm_ws_first_bytes(wm_ws_state *st, zend_string **tmp)
{
	*tmp = NULL;
	if (Z_ISUNDEF(st->type) || !zend_is_true(&st->type)) {
		zval_ptr_dtor(&st->type);
		ZVAL_CHAR(&st->type, 0x81);
	}
	if (Z_TYPE(st->type) == IS_STRING) {
		return Z_STR(st->type);
	}
	return *tmp = zval_get_string(&st->type);
}

/* gettype() of what encode() refuses. */
static const char *wm_ws_gettype(zval *v)
{
	switch (Z_TYPE_P(v)) {
		case IS_NULL: return "NULL";
		case IS_ARRAY: return "array";
		case IS_OBJECT: return "object";
		case IS_RESOURCE: return zend_rsrc_list_get_rsrc_type(Z_RES_P(v)) ? "resource" : "resource (closed)";
		default: return "unknown type";
	}
}

/* Websocket::encode()'s payload: 5.x sends any non-scalar as JSON (json_encode with
 * JSON_UNESCAPED_UNICODE), 4.x refuses it with the exception below. tmp keeps the JSON. */
static zval *wm_ws_json_payload(zval *data, zval *tmp)
{
	ZVAL_DEREF(data);
	if (wm_api_major != 5 || (Z_TYPE_P(data) >= IS_FALSE && Z_TYPE_P(data) <= IS_STRING)) {
		return data;
	}
	smart_str json = {0};
	if (php_json_encode(&json, data, PHP_JSON_UNESCAPED_UNICODE) == FAILURE) {
		smart_str_free(&json);
		ZVAL_EMPTY_STRING(tmp); /* json_encode() gave false: sent as '' */
		return tmp;
	}
	ZVAL_STR(tmp, smart_str_extract(&json));
	return tmp;
}

/* 4.x encode() with the given state (a websocket connection's own, or a stand-in). */
static zend_never_inline zend_result wm_ws_encode_with(wm_conn_obj *conn, wm_ws_state *st, zval *data, wm_pieces *out, bool *empty)
{
	*empty = false;
	zval json;
	ZVAL_UNDEF(&json);
	data = wm_ws_json_payload(data, &json);
	if (Z_TYPE_P(data) < IS_FALSE || Z_TYPE_P(data) > IS_STRING) {
		zend_throw_exception_ex(NULL, 0, "You can't send(%s) to client, you need to convert it to a string. ",
			wm_ws_gettype(data));
		return FAILURE;
	}
	zend_string *tmp, *first = wm_ws_first_bytes(st, &tmp);
	unsigned char b0 = ZSTR_LEN(first) ? (unsigned char)ZSTR_VAL(first)[0] : 0;
	zend_string *payload = zval_get_string(data);
	zval_ptr_dtor(&json);
	/* 4.x compresses when websocketType has RSV1; after negotiation every data frame is. */
	bool compress = (b0 & 0x40) || (st->deflate && ZSTR_LEN(first) == 1 && ((b0 & 0x0f) == 1 || (b0 & 0x0f) == 2));
	if (compress) {
		zend_string *packed = wm_ws_deflate(ZSTR_VAL(payload), ZSTR_LEN(payload));
		if (packed) {
			zend_string_release(payload);
			payload = packed;
			b0 |= 0x40;
		}
	}
	unsigned char hdr[WS_SERVER_HEADER_MAX];
	size_t hdr_len = wm_ws_frame_server_header(hdr, b0, ZSTR_LEN(payload));
	/* A websocketType longer than one byte goes out whole, as 4.x's concatenation does. */
	size_t lead = ZSTR_LEN(first) == 1 ? 1 : ZSTR_LEN(first);
	size_t head_len = lead + hdr_len - 1;
	bool joined = ZSTR_LEN(payload) <= WM_WS_COPY_LIMIT;
	zend_string *head = zend_string_alloc(head_len + (joined ? ZSTR_LEN(payload) : 0), 0);
	char *w = ZSTR_VAL(head);
	if (ZSTR_LEN(first) == 1) {
		*w++ = (char)b0;
	} else {
		memcpy(w, ZSTR_VAL(first), ZSTR_LEN(first));
		w += ZSTR_LEN(first);
	}
	memcpy(w, hdr + 1, hdr_len - 1);
	w += hdr_len - 1;
	if (joined) {
		memcpy(w, ZSTR_VAL(payload), ZSTR_LEN(payload));
		w += ZSTR_LEN(payload);
		zend_string_release(payload);
		payload = NULL;
	}
	*w = '\0';
	if (tmp) {
		zend_string_release(tmp);
	}
	if (!st->handshaken) {
		wm_ws_queue_early(conn, st, head, payload);
		zend_string_release(head);
		if (payload) {
			zend_string_release(payload);
		}
		*empty = true;
		return SUCCESS;
	}
	wm_pieces_add(out, head);
	if (payload) {
		wm_pieces_add(out, payload);
	}
	return SUCCESS;
}

static zend_result wm_ws_server_encode(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty)
{
	wm_ws_state *st = (wm_ws_state *)wm_pub(conn)->pstate;
	ZVAL_DEREF(data);
	/* The common send: a string under 126 bytes after the 101, websocketType "\x81" or
	 * "\x82", no compression: an interned header + the string itself, the same bytes
	 * wm_ws_encode_with() would copy into one new string. */
	if (EXPECTED(st && st->handshaken && !st->deflate && Z_TYPE_P(data) == IS_STRING
		&& Z_TYPE(st->type) == IS_STRING && Z_STRLEN(st->type) == 1 && Z_STRLEN_P(data) < WM_WS_SMALL)) {
		unsigned char b0 = (unsigned char)Z_STRVAL(st->type)[0];
		if (b0 == 0x81 || b0 == 0x82) {
			size_t n = Z_STRLEN_P(data);
			*empty = false;
			out->str[out->count++] = wm_ws_small_heads[b0 - 0x81][n];
			if (n) {
				out->str[out->count++] = zend_string_copy(Z_STR_P(data));
			}
			out->len += 2 + n;
			return SUCCESS;
		}
	}
	return wm_ws_encode_with(conn, st ? st : wm_ws_state_get(conn, true), data, out, empty);
}

/* Until the handshake is answered the next bytes are not frames: they wait for it. */
static bool wm_ws_server_fiber_park(wm_conn_obj *conn)
{
	wm_ws_state *st = wm_ws_state_get(conn, false);
	return !st || !st->handshaken;
}

static const wm_builtin_proto wm_proto_websocket = { wm_ws_server_dispatch, wm_ws_server_encode, NULL,
	wm_ws_server_fiber_park, "websocketType", wm_ws_type_slot };

/* ---- the PHP class ------------------------------------------------------------------------ */

/* Websocket::encode($data, $connection): the frame send() would write (GatewayWorker
 * encodes once and sends raw to many), '' while the handshake is pending. */
ZEND_METHOD(Workerman_Protocols_Websocket, encode)
{
	zval *data, *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(data)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (!conn) {
		zend_throw_error(NULL, "Websocket::encode() needs a TcpConnection");
		RETURN_THROWS();
	}
	if (wm_conn_proto(conn) != WM_PROTO_WEBSOCKET) {
		zval json;
		ZVAL_UNDEF(&json);
		data = wm_ws_json_payload(data, &json);
		if (Z_TYPE_P(data) < IS_FALSE || Z_TYPE_P(data) > IS_STRING) {
			zend_throw_exception_ex(NULL, 0, "You can't send(%s) to client, you need to convert it to a string. ",
				wm_ws_gettype(data));
			RETURN_THROWS();
		}
		zend_string *payload = zval_get_string(data);
		zval_ptr_dtor(&json);
		zend_string *frame = wm_ws_context_server_encode(conn, payload);
		zend_string_release(payload);
		if (EG(exception)) {
			zend_string_release(frame);
			RETURN_THROWS();
		}
		RETURN_STR(frame);
	}
	wm_pieces p = {{NULL, NULL}, 0, 0};
	bool empty;
	zend_result rc = wm_ws_server_encode(conn, data, &p, &empty);
	if (rc == FAILURE) {
		wm_pieces_release(&p);
		RETURN_THROWS();
	}
	if (p.count == 0) {
		RETURN_EMPTY_STRING();
	}
	if (p.count == 1) {
		RETVAL_STR_COPY(p.str[0]);
	} else {
		RETVAL_STR(zend_string_concat2(ZSTR_VAL(p.str[0]), ZSTR_LEN(p.str[0]), ZSTR_VAL(p.str[1]), ZSTR_LEN(p.str[1])));
	}
	wm_pieces_release(&p);
}

/* Websocket::decode($frame, $connection): 4.x's decode of one frame without the fragment
 * state (which lives in C): everything after the header unmasked, inflated when RSV1. */
ZEND_METHOD(Workerman_Protocols_Websocket, decode)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	const unsigned char *b = (const unsigned char *)ZSTR_VAL(buffer);
	size_t len = ZSTR_LEN(buffer);
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && wm_conn_proto(conn) != WM_PROTO_WEBSOCKET) {
		zend_string *message = wm_ws_context_server_decode(conn, b, len);
		if (EG(exception)) {
			if (message) {
				zend_string_release(message);
			}
			RETURN_THROWS();
		}
		if (!message) {
			if (wm_api_major == 5) {
				/* 5.x's decode() is declared `: string`, so its false (after close()) is a TypeError
				 * to the PHP caller; the server's own read path never comes here. */
				zend_type_error("Workerman\\Protocols\\Websocket::decode(): Return value must be of type string, bool returned");
				RETURN_THROWS();
			}
			RETURN_FALSE;
		}
		RETURN_STR(message);
	}
	if (len < 2) {
		RETURN_EMPTY_STRING();
	}
	unsigned code = b[1] & 127;
	size_t header = code == 126 ? 8 : (code == 127 ? 14 : 6);
	if (len < header) {
		RETURN_EMPTY_STRING();
	}
	ws_frame f;
	memset(&f, 0, sizeof(f));
	f.header_len = (uint32_t)header;
	f.payload_len = len - header;
	memcpy(f.mask.key, b + header - 4, 4);
	zend_string *data = wm_ws_payload(b, &f);
	if (!(b[0] & 0x40)) {
		RETURN_STR(data);
	}
	bool too_big;
	zend_string *inflated = wm_ws_inflate(ZSTR_VAL(data), ZSTR_LEN(data), SIZE_MAX - 1, &too_big);
	zend_string_release(data);
	if (!inflated) {
		RETURN_FALSE;
	}
	RETURN_STR(inflated);
}

/* Websocket::input($buffer, $connection): what 4.x's input() returns for the frame at the
 * head, without its side effects: the frame length of a FIN data frame once its header is
 * there, else 0 (control frames and fragments are handled inside 4.x's input()). A
 * C-driven connection never calls it; it serves PHP code that asks. */
ZEND_METHOD(Workerman_Protocols_Websocket, input)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(buffer) < 6) {
		RETURN_LONG(0);
	}
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && wm_conn_proto(conn) != WM_PROTO_WEBSOCKET) {
		zend_string_addref(buffer); /* PHP code it calls may drop the caller's copy */
		zend_long n = wm_ws_context_server_input(conn, (const unsigned char *)ZSTR_VAL(buffer), ZSTR_LEN(buffer));
		zend_string_release(buffer);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_LONG(n);
	}
	ws_parser p;
	ws_frame f;
	wm_ws_parser_init(&p, WS_PARSE_REQUIRE_MASK, WS_RSV1 | WS_RSV2 | WS_RSV3,
		conn ? wm_ws_max_package(conn) : UINT64_MAX);
	int rc = wm_ws_frame_parse(&p, &f, (const unsigned char *)ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	bool data = f.opcode == WS_OP_CONTINUATION || f.opcode == WS_OP_TEXT || f.opcode == WS_OP_BINARY;
	RETURN_LONG(rc > 0 && f.fin && data ? (zend_long)f.frame_len : 0);
}

/* Websocket::dealHandshake($buffer, $connection): the handshake of a websocket connection
 * on the given bytes (consumed from its receive buffer, as 4.x does); returns 0. */
ZEND_METHOD(Workerman_Protocols_Websocket, dealHandshake)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (!conn || wm_conn_proto(conn) != WM_PROTO_WEBSOCKET) {
		zend_throw_error(NULL, "Websocket::dealHandshake() needs a websocket TcpConnection");
		RETURN_THROWS();
	}
	wm_ws_state *st = wm_ws_state_get(conn, wm_pub(conn)->status != WM_CONN_CLOSED);
	if (st && !st->handshaken && wm_pub(conn)->status == WM_CONN_ESTABLISHED) {
		zend_string_addref(buffer);
		wm_ws_upgrade(conn, ZSTR_VAL(buffer), ZSTR_LEN(buffer));
		zend_string_release(buffer);
	}
	RETURN_LONG(0);
}

/* ---- start-up ------------------------------------------------------------------------------ */

static zend_string *wm_ws_intern(const char *name)
{
	return zend_string_init_interned(name, strlen(name), 1);
}

void wm_ws_minit(void)
{
	wm_ce_Websocket = wm_api_reg->Websocket(wm_ce_ProtocolInterface);
	wm_protocol_register_builtin(WM_PROTO_WEBSOCKET, &wm_proto_websocket);
	wm_ws_str_on_connect = wm_ws_intern("onWebSocketConnect");
	wm_ws_str_on_connected = wm_ws_intern("onWebSocketConnected");
	wm_ws_str_on_ping = wm_ws_intern("onWebSocketPing");
	wm_ws_str_on_pong = wm_ws_intern("onWebSocketPong");
	wm_ws_str_on_close = wm_ws_intern("onWebSocketClose");
	wm_ws_str_deflate = wm_ws_intern("permessageDeflate");
	wm_ws_str_session = wm_ws_intern("session");
	wm_ws_str_type = wm_ws_intern("websocketType");
	for (int t = 0; t < 2; t++) {
		for (int n = 0; n < WM_WS_SMALL; n++) {
			char head[2] = {(char)(0x81 + t), (char)n};
			wm_ws_small_heads[t][n] = zend_string_init_interned(head, 2, 1);
		}
	}
	wm_ws_client_minit();
	wm_ws_context_minit();
	wm_ws_upgrade_minit();
}

void wm_ws_rshutdown(void)
{
	wm_ws_deflate_rshutdown();
}
