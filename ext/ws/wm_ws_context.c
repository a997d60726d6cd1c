/* wm_ws_context.c: the Websocket and Ws statics called from PHP on a connection our C code
 * does not drive (a test double, a PHP protocol class built on them). Workerman keeps the
 * protocol state in $connection->context (websocketHandshake, websocketCurrentFrameLength,
 * websocketDataBuffer, tmpWebsocketData, handshakeStep, websocketSecKey), so these do too,
 * and every effect goes through the connection's PHP methods (close, send,
 * consumeRecvBuffer) and callbacks, as Workerman's PHP code makes them. Never on a server's
 * own read path: websocket:// and ws:// connections run wm_ws_server.c / wm_ws_client.c. */
#include "wm_ws_server.h"
#include "wm_ws.h"
#include "wm_log.h"
#include "ws_handshake.h"
#include "ext/random/php_random.h"
#include "wm_api.h"

enum {
	WSC_CONTEXT, WSC_HANDSHAKE, WSC_FRAME_LEN, WSC_DATA, WSC_TMP, WSC_STEP, WSC_KEY, WSC_TYPE,
	WSC_ON_CLOSE, WSC_ON_PING, WSC_ON_PONG, WSC_ON_CONNECT, WSC__COUNT
};
static const char *const wsc_names[WSC__COUNT] = {
	"context", "websocketHandshake", "websocketCurrentFrameLength", "websocketDataBuffer",
	"tmpWebsocketData", "handshakeStep", "websocketSecKey", "websocketType",
	"onWebSocketClose", "onWebSocketPing", "onWebSocketPong", "onWebSocketConnect",
};
static zend_string *wsc_str[WSC__COUNT];

/* ---- $connection->context ----------------------------------------------------------------- */

/* $obj->name as `isset`-style reads see it, copied into out (NULL when unset). */
static void wsc_read(zend_object *obj, zend_string *name, zval *out)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	zval *v = obj->handlers->read_property(obj, name, BP_VAR_IS, NULL, &rv);
	if (EG(exception) || !v || Z_ISUNDEF_P(v)) {
		ZVAL_NULL(out);
	} else {
		ZVAL_COPY_DEREF(out, v);
	}
	if (v == &rv) {
		zval_ptr_dtor(&rv);
	}
}

static void wsc_prop(wm_conn_obj *conn, int name, zval *out)
{
	wsc_read(wm_conn_object(conn), wsc_str[name], out);
}

static void wsc_set_prop(wm_conn_obj *conn, int name, zval *value)
{
	wm_conn_object(conn)->handlers->write_property(wm_conn_object(conn), wsc_str[name], value, NULL);
}

/* $connection->context->name into out (NULL when unset or when there is no context object). */
static void wsc_get(wm_conn_obj *conn, int name, zval *out)
{
	zval context;
	wsc_prop(conn, WSC_CONTEXT, &context);
	ZVAL_NULL(out);
	if (Z_TYPE(context) == IS_OBJECT) {
		wsc_read(Z_OBJ(context), wsc_str[name], out);
	}
	zval_ptr_dtor(&context);
}

static void wsc_set(wm_conn_obj *conn, int name, zval *value)
{
	zval context;
	wsc_prop(conn, WSC_CONTEXT, &context);
	if (Z_TYPE(context) == IS_OBJECT && !EG(exception)) {
		Z_OBJ_HT(context)->write_property(Z_OBJ(context), wsc_str[name], value, NULL);
	}
	zval_ptr_dtor(&context);
}

static void wsc_set_long(wm_conn_obj *conn, int name, zend_long n)
{
	zval v;
	ZVAL_LONG(&v, n);
	wsc_set(conn, name, &v);
}

/* The context value as a number / string (NULL when unset: 0, ''). */
static double wsc_get_double(wm_conn_obj *conn, int name)
{
	zval v;
	wsc_get(conn, name, &v);
	double d = zval_get_double(&v);
	zval_ptr_dtor(&v);
	return d;
}

static zend_string *wsc_get_string(wm_conn_obj *conn, int name)
{
	zval v;
	wsc_get(conn, name, &v);
	zend_string *s = zval_get_string(&v);
	zval_ptr_dtor(&v);
	return s;
}

static bool wsc_get_true(wm_conn_obj *conn, int name)
{
	zval v;
	wsc_get(conn, name, &v);
	bool t = zend_is_true(&v);
	zval_ptr_dtor(&v);
	return t;
}

/* ---- effects, through PHP ---------------------------------------------------------------- */

static void wsc_consume(wm_conn_obj *conn, double n)
{
	zval arg;
	ZVAL_LONG(&arg, (zend_long)n);
	zend_call_method_with_1_params(wm_conn_object(conn), wm_conn_object(conn)->ce, NULL, "consumerecvbuffer", NULL, &arg);
}

static void wsc_close(wm_conn_obj *conn)
{
	wm_conn_php_close(conn, NULL, false);
}

/* Calls cb($connection, ...args) when cb is set; false when it is not. */
static bool wsc_emit(wm_conn_obj *conn, zval *cb, uint32_t argc, zval *argv)
{
	if (Z_TYPE_P(cb) == IS_NULL || Z_TYPE_P(cb) == IS_FALSE) {
		return false;
	}
	wm_conn_emit(conn, cb, argc, argv);
	return true;
}

static void wsc_echo(const char *prefix, const char *bytes, size_t len, bool hex, const char *suffix)
{
	static const char digits[] = "0123456789abcdef";
	smart_str out = {0};
	smart_str_appends(&out, prefix);
	for (size_t i = 0; hex && i < len; i++) {
		smart_str_appendc(&out, digits[(unsigned char)bytes[i] >> 4]);
		smart_str_appendc(&out, digits[(unsigned char)bytes[i] & 15]);
	}
	if (!hex) {
		smart_str_appendl(&out, bytes, len);
	}
	smart_str_appends(&out, suffix);
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
}

/* "error package. package_length=<n>" (n printed as PHP prints an int, or a float past
 * 2^63), then close(). */
static void wsc_too_large(wm_conn_obj *conn, double total)
{
	smart_str out = {0};
	smart_str_appends(&out, "error package. package_length=");
	if (total < 9.2233720368547758e18) {
		smart_str_append_long(&out, (zend_long)total);
	} else {
		smart_str_append_double(&out, total, (int)EG(precision), false);
	}
	smart_str_appendc(&out, '\n');
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
	wsc_close(conn);
}

/* Bytes of a frame head: the 7-bit length code (126, 127) adds 2 or 8 bytes; the server
 * reads a mask key after them. 0 when the buffer does not hold them yet. */
static size_t wsc_head_len(const unsigned char *b, size_t len, bool masked)
{
	unsigned code = b[1] & 127;
	size_t head = (code == 126 ? 4 : code == 127 ? 10 : 2) + (masked ? 4 : 0);
	return head <= len ? head : 0;
}

/* The payload length in the head, as Workerman computes it (c1 * 4294967296 + c2). */
static double wsc_payload_len(const unsigned char *b)
{
	unsigned code = b[1] & 127;
	if (code == 126) {
		return (double)(((unsigned)b[2] << 8) | b[3]);
	}
	if (code == 127) {
		uint32_t hi = ((uint32_t)b[2] << 24) | ((uint32_t)b[3] << 16) | ((uint32_t)b[4] << 8) | b[5];
		uint32_t lo = ((uint32_t)b[6] << 24) | ((uint32_t)b[7] << 16) | ((uint32_t)b[8] << 8) | b[9];
		return (double)hi * 4294967296.0 + (double)lo;
	}
	return (double)code;
}

/* websocketType "\x8a" while a ping/pong callback runs (its send() is the pong), then back. */
static void wsc_control(wm_conn_obj *conn, zval *payload, zval *cb, bool answer)
{
	zval old, pong;
	wsc_prop(conn, WSC_TYPE, &old);
	if (Z_TYPE(old) == IS_NULL) {
		ZVAL_INTERNED_STR(&old, ZSTR_CHAR(0x81));
	}
	ZVAL_INTERNED_STR(&pong, ZSTR_CHAR(0x8a));
	wsc_set_prop(conn, WSC_TYPE, &pong);
	if (!wsc_emit(conn, cb, 1, payload) && answer && !EG(exception)) {
		wm_conn_php_send(conn, payload, false);
	}
	if (!wm_exiting()) {
		wsc_set_prop(conn, WSC_TYPE, &old);
	}
	zval_ptr_dtor(&old);
}

/* The whole-frame part of input() shared by both sides: a frame whose length is known and
 * not FIN (or the rest of one) joins websocketDataBuffer through decode(); returns how many
 * bytes were used (0: wait). */
typedef zend_string *(*wsc_decode_fn)(wm_conn_obj *conn, const unsigned char *b, size_t len);

static size_t wsc_fragment(wm_conn_obj *conn, const unsigned char *b, size_t len, wsc_decode_fn decode)
{
	double cur = wsc_get_double(conn, WSC_FRAME_LEN);
	if (cur > (double)len) {
		return 0;
	}
	zend_string *ignored = decode(conn, b, (size_t)cur);
	if (ignored) {
		zend_string_release(ignored);
	}
	if (EG(exception)) {
		return 0;
	}
	wsc_consume(conn, cur);
	wsc_set_long(conn, WSC_FRAME_LEN, 0);
	return EG(exception) ? 0 : (size_t)cur;
}

/* decode()'s use of websocketDataBuffer: inside a fragmented message (a frame length is
 * pending) the payload is appended and the whole so far returned; otherwise what was
 * buffered goes in front and the buffer empties. Consumes data. */
static zend_string *wsc_join(wm_conn_obj *conn, zend_string *data)
{
	bool in_message = wsc_get_double(conn, WSC_FRAME_LEN) != 0;
	zend_string *buffered = wsc_get_string(conn, WSC_DATA);
	if (in_message || ZSTR_LEN(buffered)) {
		zend_string *all = zend_string_concat2(ZSTR_VAL(buffered), ZSTR_LEN(buffered), ZSTR_VAL(data), ZSTR_LEN(data));
		zend_string_release(data);
		data = all;
		zval keep;
		if (in_message) {
			ZVAL_STR_COPY(&keep, data);
		} else {
			ZVAL_EMPTY_STRING(&keep);
		}
		wsc_set(conn, WSC_DATA, &keep);
		zval_ptr_dtor(&keep);
	}
	zend_string_release(buffered);
	return data;
}

/* ---- Websocket (server side) ------------------------------------------------------------- */

/* Websocket::decode(): unmasks everything after the head; the message's earlier fragments
 * come from websocketDataBuffer; RSV1 payloads are inflated (one message at a time, no
 * context takeover), and one larger than maxPackageSize closes the connection (5.x): NULL. */
static zend_string *wsc_server_decode(wm_conn_obj *conn, const unsigned char *b, size_t len)
{
	size_t head = len >= 2 ? wsc_head_len(b, len, true) : 0;
	if (!head) {
		return ZSTR_EMPTY_ALLOC();
	}
	zend_string *data = zend_string_alloc(len - head, 0);
	const unsigned char *mask = b + head - 4;
	for (size_t i = 0; i < len - head; i++) {
		ZSTR_VAL(data)[i] = (char)(b[head + i] ^ mask[i & 3]);
	}
	ZSTR_VAL(data)[len - head] = '\0';
	data = wsc_join(conn, data);
	if (!(b[0] & 0x40)) {
		return data;
	}
	bool too_big = false;
	size_t max = wm_pub(conn)->max_package_size > 0 ? (size_t)wm_pub(conn)->max_package_size : SIZE_MAX - 1;
	zend_string *inflated = wm_ws_inflate(ZSTR_VAL(data), ZSTR_LEN(data), max, &too_big);
	zend_string_release(data);
	if (too_big) {
		static const char msg[] = "WebSocket inflate data exceeds maxPackageSize limit\n";
		wm_safe_echo(msg, sizeof(msg) - 1, false);
		wsc_close(conn);
	}
	return too_big ? NULL : inflated;
}

/* The head of a new client frame (mask, opcode, length, maxPackageSize), as Websocket::input
 * checks it: 1 = *frame_len known, 0 = wait, or acted on (closed, onWebSocketClose). */
static int wsc_server_head(wm_conn_obj *conn, const unsigned char *b, size_t len, double *frame_len)
{
	if (!(b[1] & 0x80)) {
		static const char msg[] = "frame not masked so close the connection\n";
		wm_safe_echo(msg, sizeof(msg) - 1, false);
		wsc_close(conn);
		return 0;
	}
	unsigned opcode = b[0] & 0xf;
	if (opcode == 0x8) {
		zval cb;
		if (wm_ws_lookup(conn, wm_ws_str_on_close, &cb)) {
			wsc_emit(conn, &cb, 0, NULL);
			zval_ptr_dtor(&cb);
		} else {
			zval bye;
			ZVAL_STRINGL(&bye, WS_CLOSE_1000_FRAME, WS_CLOSE_1000_FRAME_LEN);
			wm_conn_php_close(conn, &bye, true);
			zval_ptr_dtor(&bye);
		}
		return 0;
	}
	if (opcode > 0x2 && opcode != 0x9 && opcode != 0xa) {
		char prefix[64];
		snprintf(prefix, sizeof(prefix), "error opcode %u and close websocket connection. Buffer:", opcode);
		wsc_echo(prefix, (const char *)b, len, true, "\n");
		wsc_close(conn);
		return 0;
	}
	size_t head = wsc_head_len(b, len, true);
	if (!head) {
		return 0;
	}
	*frame_len = (double)head + wsc_payload_len(b);
	zend_string *buffered = wsc_get_string(conn, WSC_DATA);
	double total = (double)ZSTR_LEN(buffered) + *frame_len;
	zend_string_release(buffered);
	if (total > (double)wm_pub(conn)->max_package_size) {
		wsc_too_large(conn, total);
		return 0;
	}
	return 1;
}

/* A whole FIN ping or pong: consumed, onWebSocketPing/Pong (connection, then worker), or
 * for a ping without one the pong: send($payload). */
static void wsc_server_control(wm_conn_obj *conn, const unsigned char *b, double frame_len, unsigned opcode)
{
	zend_string *data = wsc_server_decode(conn, b, (size_t)frame_len);
	zval payload, cb;
	ZVAL_STR(&payload, data ? data : ZSTR_EMPTY_ALLOC());
	wsc_consume(conn, frame_len);
	if (!wm_ws_lookup(conn, opcode == 0x9 ? wm_ws_str_on_ping : wm_ws_str_on_pong, &cb)) {
		ZVAL_NULL(&cb);
	}
	if (!EG(exception)) {
		wsc_control(conn, &payload, &cb, opcode == 0x9);
	}
	zval_ptr_dtor(&cb);
	zval_ptr_dtor(&payload);
}

zend_long wm_ws_context_server_input(wm_conn_obj *conn, const unsigned char *b, size_t len)
{
	while (len >= 6 && !EG(exception)) {
		if (!wsc_get_double(conn, WSC_FRAME_LEN)) {
			double frame_len;
			if (wsc_server_head(conn, b, len, &frame_len) <= 0) {
				return 0;
			}
			unsigned opcode = b[0] & 0xf;
			if (b[0] & 0x80) {
				if (opcode != 0x9 && opcode != 0xa) {
					return (zend_long)frame_len;
				}
				if ((double)len < frame_len) {
					return 0;
				}
				wsc_server_control(conn, b, frame_len, opcode);
				b += (size_t)frame_len;
				len -= (size_t)frame_len;
				continue;
			}
			zval v;
			ZVAL_DOUBLE(&v, frame_len);
			if (frame_len < 9.2233720368547758e18) {
				ZVAL_LONG(&v, (zend_long)frame_len);
			}
			wsc_set(conn, WSC_FRAME_LEN, &v);
		}
		size_t used = wsc_fragment(conn, b, len, wsc_server_decode);
		if (!used || used == len) {
			return 0;
		}
		b += used;
		len -= used;
	}
	return 0;
}

zend_string *wm_ws_context_server_decode(wm_conn_obj *conn, const unsigned char *b, size_t len)
{
	return wsc_server_decode(conn, b, len);
}

/* Before the handshake, encode() keeps frames in tmpWebsocketData: dropped with onError
 * once over maxSendBufferSize, onBufferFull once at it. Consumes frame. */
static void wsc_hold(wm_conn_obj *conn, zend_string *frame)
{
	zend_string *tmp = wsc_get_string(conn, WSC_TMP);
	if ((zend_long)ZSTR_LEN(tmp) > wm_pub(conn)->max_send_buffer_size) {
		zend_string_release(tmp);
		zend_string_release(frame);
		if (zend_is_true(wm_conn_sh(conn, WM_SH_ON_ERROR))) {
			wm_conn_emit_error(conn, "send buffer full and drop package", sizeof("send buffer full and drop package") - 1);
		}
		return;
	}
	zval all;
	ZVAL_STR(&all, zend_string_concat2(ZSTR_VAL(tmp), ZSTR_LEN(tmp), ZSTR_VAL(frame), ZSTR_LEN(frame)));
	zend_string_release(tmp);
	zend_string_release(frame);
	wsc_set(conn, WSC_TMP, &all);
	bool full = wm_pub(conn)->max_send_buffer_size <= (zend_long)Z_STRLEN(all);
	zval_ptr_dtor(&all);
	if (full && zend_is_true(wm_conn_extra_cb(conn, false))) {
		wm_conn_emit(conn, wm_conn_extra_cb(conn, false), 0, NULL);
	}
}

/* The type bytes of a frame: $connection->websocketType, set to BINARY_TYPE_BLOB when unset. */
static zend_string *wsc_type(wm_conn_obj *conn)
{
	zval type;
	wsc_prop(conn, WSC_TYPE, &type);
	if (Z_TYPE(type) == IS_NULL) {
		ZVAL_INTERNED_STR(&type, ZSTR_CHAR(0x81));
		wsc_set_prop(conn, WSC_TYPE, &type);
	}
	zend_string *s = zval_get_string(&type);
	zval_ptr_dtor(&type);
	return s;
}

/* Websocket::encode(): the frame (compressed when websocketType has RSV1), or '' while
 * context->websocketHandshake is empty (the frame then waits in tmpWebsocketData). */
zend_string *wm_ws_context_server_encode(wm_conn_obj *conn, zend_string *payload)
{
	zend_string *type = wsc_type(conn);
	unsigned char b0 = ZSTR_LEN(type) ? (unsigned char)ZSTR_VAL(type)[0] : 0;
	zend_string *body = (b0 & 0x40) ? wm_ws_deflate(ZSTR_VAL(payload), ZSTR_LEN(payload)) : NULL;
	if (!body) {
		body = zend_string_copy(payload);
	}
	unsigned char hdr[WS_SERVER_HEADER_MAX];
	size_t hdr_len = wm_ws_frame_server_header(hdr, b0, ZSTR_LEN(body));
	zend_string *frame = zend_string_concat3(ZSTR_VAL(type), ZSTR_LEN(type), (const char *)hdr + 1, hdr_len - 1,
		ZSTR_VAL(body), ZSTR_LEN(body));
	zend_string_release(type);
	zend_string_release(body);
	if (!wsc_get_true(conn, WSC_HANDSHAKE)) {
		wsc_hold(conn, frame);
		return ZSTR_EMPTY_ALLOC();
	}
	return frame;
}

/* ---- Ws (client side) --------------------------------------------------------------------- */

/* Ws::decode(): the head skipped by byte 1 alone, earlier fragments from websocketDataBuffer. */
static zend_string *wsc_client_decode(wm_conn_obj *conn, const unsigned char *b, size_t len)
{
	size_t skip = len < 2 ? len : (b[1] == 126 ? 4 : b[1] == 127 ? 10 : 2);
	skip = skip > len ? len : skip;
	return wsc_join(conn, zend_string_init((const char *)b + skip, len - skip, 0));
}

zend_string *wm_ws_context_client_decode(wm_conn_obj *conn, const unsigned char *b, size_t len)
{
	return wsc_client_decode(conn, b, len);
}

/* Ws::dealHandshake(): the reply head checked against websocketSecKey (close() when its
 * Sec-WebSocket-Accept is missing or wrong), then step 2, onWebSocketConnect($connection,
 * $head), consumeRecvBuffer(head), the held frames sent raw. Returns the head length (0:
 * wait or refused). */
static size_t wsc_client_handshake(wm_conn_obj *conn, const char *data, size_t len)
{
	const char *end = zend_memnstr(data, "\r\n\r\n", 4, data + len);
	if (!end || end == data) {
		return 0;
	}
	size_t pos = (size_t)(end - data), off, vlen;
	if (!wm_ws_handshake_find_header(data, len, "Sec-WebSocket-Accept:", sizeof("Sec-WebSocket-Accept:") - 1, &off, &vlen)) {
		wsc_echo("Sec-WebSocket-Accept not found. Header:\n", data, pos, false, "\n");
		wsc_close(conn);
		return 0;
	}
	zend_string *key = wsc_get_string(conn, WSC_KEY);
	bool match = wm_ws_handshake_accept_matches(ZSTR_VAL(key), ZSTR_LEN(key), data + off, vlen);
	zend_string_release(key);
	if (!match) {
		wsc_echo("Sec-WebSocket-Accept not match. Header:\n", data, pos, false, "\n");
		wsc_close(conn);
		return 0;
	}
	wsc_set_long(conn, WSC_STEP, 2);
	zval head, cb;
	ZVAL_STRINGL(&head, data, pos + 4);
	wsc_prop(conn, WSC_ON_CONNECT, &cb);
	wsc_emit(conn, &cb, 1, &head);
	zval_ptr_dtor(&cb);
	zval_ptr_dtor(&head);
	if (EG(exception)) {
		return 0;
	}
	wsc_consume(conn, (double)(pos + 4));
	zval tmp;
	wsc_get(conn, WSC_TMP, &tmp);
	if (zend_is_true(&tmp) && !EG(exception)) {
		wm_conn_php_send(conn, &tmp, true);
		zval empty;
		ZVAL_EMPTY_STRING(&empty);
		wsc_set(conn, WSC_TMP, &empty);
	}
	zval_ptr_dtor(&tmp);
	return EG(exception) ? 0 : pos + 4;
}

/* The head of a new server frame (unmasked only), as Ws::input checks it. */
static int wsc_client_head(wm_conn_obj *conn, const unsigned char *b, size_t len, double *frame_len)
{
	if (b[1] & 0x80) {
		static const char msg[] = "frame masked so close the connection\n";
		wm_safe_echo(msg, sizeof(msg) - 1, false);
		wsc_close(conn);
		return 0;
	}
	unsigned opcode = b[0] & 0xf;
	if (opcode == 0x8) {
		zval cb;
		wsc_prop(conn, WSC_ON_CLOSE, &cb);
		if (!wsc_emit(conn, &cb, 0, NULL)) {
			wsc_close(conn);
		}
		zval_ptr_dtor(&cb);
		return 0;
	}
	if (opcode > 0x2 && opcode != 0x9 && opcode != 0xa) {
		char prefix[64];
		snprintf(prefix, sizeof(prefix), "error opcode %u and close websocket connection. Buffer:", opcode);
		wsc_echo(prefix, (const char *)b, len, false, "\n");
		wsc_close(conn);
		return 0;
	}
	size_t head = wsc_head_len(b, len, false);
	if (!head) {
		return 0;
	}
	*frame_len = (double)head + wsc_payload_len(b);
	zend_string *buffered = wsc_get_string(conn, WSC_DATA);
	double total = (double)ZSTR_LEN(buffered) + *frame_len;
	zend_string_release(buffered);
	if (total > (double)wm_pub(conn)->max_package_size) {
		wsc_too_large(conn, total);
		return 0;
	}
	return 1;
}

static void wsc_client_control(wm_conn_obj *conn, const unsigned char *b, double frame_len, unsigned opcode)
{
	zval payload, cb;
	ZVAL_STR(&payload, wsc_client_decode(conn, b, (size_t)frame_len));
	wsc_consume(conn, frame_len);
	wsc_prop(conn, opcode == 0x9 ? WSC_ON_PING : WSC_ON_PONG, &cb);
	if (!EG(exception)) {
		wsc_control(conn, &payload, &cb, opcode == 0x9);
	}
	zval_ptr_dtor(&cb);
	zval_ptr_dtor(&payload);
}

/* Ws::input(): false before any handshake was sent (4.x; 5.x answers -1), the handshake
 * reply at step 1, then server frames as Websocket's input() does client frames. */
bool wm_ws_context_client_input(wm_conn_obj *conn, const unsigned char *b, size_t len, zend_long *result)
{
	*result = 0;
	zval step;
	wsc_get(conn, WSC_STEP, &step);
	zend_long n = Z_TYPE(step) == IS_NULL ? -1 : zval_get_long(&step);
	zval_ptr_dtor(&step);
	if (n < 0) {
		wsc_echo("recv data before handshake. Buffer:", (const char *)b, len, true, "\n");
		if (wm_api_major == 5) {
			*result = -1;
			return true;
		}
		return false;
	}
	if (n == 1) {
		size_t used = wsc_client_handshake(conn, (const char *)b, len);
		if (!used || used >= len) {
			return true;
		}
		b += used;
		len -= used;
	}
	while (len >= 2 && !EG(exception)) {
		if (!wsc_get_double(conn, WSC_FRAME_LEN)) {
			double frame_len;
			if (wsc_client_head(conn, b, len, &frame_len) <= 0) {
				return true;
			}
			unsigned opcode = b[0] & 0xf;
			if (b[0] & 0x80) {
				if (opcode != 0x9 && opcode != 0xa) {
					*result = (zend_long)frame_len;
					return true;
				}
				if ((double)len < frame_len) {
					return true;
				}
				wsc_client_control(conn, b, frame_len, opcode);
				b += (size_t)frame_len;
				len -= (size_t)frame_len;
				continue;
			}
			wsc_set_long(conn, WSC_FRAME_LEN, (zend_long)frame_len);
		}
		size_t used = wsc_fragment(conn, b, len, wsc_client_decode);
		if (!used || used == len) {
			return true;
		}
		b += used;
		len -= used;
	}
	return true;
}

zend_long wm_ws_context_client_handshake(wm_conn_obj *conn, const char *data, size_t len)
{
	size_t used = wsc_client_handshake(conn, data, len);
	if (used && used < len && !EG(exception)) {
		zend_long rest;
		wm_ws_context_client_input(conn, (const unsigned char *)data + used, len - used, &rest);
		return rest;
	}
	return 0;
}

/* Ws::sendHandshake(): a new key in context->websocketSecKey, the request sent raw, step 1,
 * the frame state reset. Nothing when a handshake was already sent. */
void wm_ws_context_client_send_handshake(wm_conn_obj *conn)
{
	if (wsc_get_true(conn, WSC_STEP)) {
		return;
	}
	uint8_t random[16];
	char key[WS_KEY_LEN + 1];
	if (php_random_bytes_throw(random, sizeof(random)) == FAILURE) {
		return;
	}
	wm_ws_handshake_make_key(random, key);
	zval v;
	ZVAL_STRINGL(&v, key, WS_KEY_LEN);
	wsc_set(conn, WSC_KEY, &v);
	zval_ptr_dtor(&v);
	zend_string *request = wm_ws_client_request(conn, key);
	if (!request) {
		return;
	}
	ZVAL_STR(&v, request);
	wm_conn_php_send(conn, &v, true);
	zval_ptr_dtor(&v);
	wsc_set_long(conn, WSC_STEP, 1);
	wsc_set_long(conn, WSC_FRAME_LEN, 0);
	ZVAL_EMPTY_STRING(&v);
	wsc_set(conn, WSC_DATA, &v);
	wsc_set(conn, WSC_TMP, &v);
}

/* Ws::encode(): the handshake first if none was sent, then the frame with the all-zero key
 * (so the payload goes out unchanged), held in tmpWebsocketData while at step 1. */
zend_string *wm_ws_context_client_encode(wm_conn_obj *conn, zend_string *payload)
{
	zend_string *type = wsc_type(conn);
	zval step;
	wsc_get(conn, WSC_STEP, &step);
	bool sent = Z_TYPE(step) != IS_NULL;
	zval_ptr_dtor(&step);
	if (!sent) {
		wm_ws_context_client_send_handshake(conn);
	}
	unsigned char hdr[WS_CLIENT_HEADER_MAX];
	size_t hdr_len = wm_ws_frame_client_header(hdr, 0, ZSTR_LEN(payload), NULL);
	zend_string *frame = zend_string_concat3(ZSTR_VAL(type), ZSTR_LEN(type), (const char *)hdr + 1, hdr_len - 1,
		ZSTR_VAL(payload), ZSTR_LEN(payload));
	zend_string_release(type);
	wsc_get(conn, WSC_STEP, &step);
	bool waiting = Z_TYPE(step) == IS_LONG && Z_LVAL(step) == 1;
	zval_ptr_dtor(&step);
	if (waiting && !EG(exception)) {
		wsc_hold(conn, frame);
		return ZSTR_EMPTY_ALLOC();
	}
	return frame;
}

void wm_ws_context_minit(void)
{
	for (int i = 0; i < WSC__COUNT; i++) {
		wsc_str[i] = zend_string_init_interned(wsc_names[i], strlen(wsc_names[i]), 1);
	}
}
