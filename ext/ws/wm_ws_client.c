/* wm_ws_client.c: Protocols\Ws, the WebSocket client of AsyncTcpConnection('ws://...'),
 * run in C with Workerman 4.2.1's bytes and callback order: the opening handshake (sent
 * after the user's onConnect or by the first send()), frames queued until the server's
 * reply is checked, onWebSocketConnect, the websocketPingInterval timer, server frames
 * (unmasked only; fragments, ping/pong/close callbacks) and masked client frames with the
 * all-zero key. Its state lives in a wm_proto_state, not in $connection->context; the PHP
 * statics of the class work on the same state. */
#include "wm_conn_proto.h"
#include "wm_ws.h"
#include "wm_http.h"
#include "wm_log.h"
#include "wm_timer.h"
#include "ws_frame.h"
#include "ws_handshake.h"
#include "ext/random/php_random.h"
#include "ext/standard/php_string.h"
#include "zend_closures.h"
#include "wm_api.h"

zend_class_entry *wm_ce_Ws;

/* The state Workerman keeps in $connection->context (handshakeStep, websocketSecKey,
 * websocketCurrentFrameLength, websocketDataBuffer, tmpWebsocketData, websocketPingTimer). */
typedef struct wm_ws_client {
	wm_proto_state base;
	smart_str fragments;   /* payloads of the message's earlier frames */
	smart_str queued;      /* frames send() made before the handshake completed */
	uint64_t frame_len;    /* length of a FIN=0 frame still arriving, 0 = none */
	zend_long ping_timer;
	uint8_t step;          /* 0 nothing sent, 1 handshake sent, 2 reply accepted */
	char key[WS_KEY_LEN + 1];
} wm_ws_client;

enum {
	WM_WSN_TYPE, WM_WSN_ORIGIN, WM_WSN_CLIENT_PROTOCOL, WM_WSN_SERVER_PROTOCOL, WM_WSN_PING_INTERVAL,
	WM_WSN_HEADERS, WM_WSN_ON_CONNECT, WM_WSN_ON_PING, WM_WSN_ON_PONG, WM_WSN_ON_CLOSE, WM_WSN__COUNT
};
static const char *const wm_ws_names[WM_WSN__COUNT] = {
	"websocketType", "websocketOrigin", "websocketClientProtocol", "websocketServerProtocol",
	"websocketPingInterval", "headers", "onWebSocketConnect", "onWebSocketPing", "onWebSocketPong",
	"onWebSocketClose",
};
static zend_string *wm_ws_str[WM_WSN__COUNT];
static zend_string *wm_ws_str_port, *wm_ws_str_host, *wm_ws_str_uri;

/* ---- state and properties --------------------------------------------------------------- */

static void wm_ws_client_free(wm_conn_obj *conn, wm_proto_state *base)
{
	wm_ws_client *st = (wm_ws_client *)base;
	smart_str_free(&st->fragments);
	smart_str_free(&st->queued);
	/* Not after the timer table is gone (request end): the timer went with it. */
	if (st->ping_timer && wm_timer_count() > 0) {
		wm_timer_del(st->ping_timer);
	}
	efree(st);
}

/* The connection's state, made on first use; NULL if another protocol owns pstate. */
static wm_ws_client *wm_ws_state(wm_conn_obj *conn)
{
	if (wm_pub(conn)->pstate) {
		return wm_pub(conn)->pstate->free == wm_ws_client_free ? (wm_ws_client *)wm_pub(conn)->pstate : NULL;
	}
	wm_ws_client *st = ecalloc(1, sizeof(*st));
	st->base.free = wm_ws_client_free;
	wm_pub(conn)->pstate = &st->base;
	return st;
}

/* A property read the way `$connection->name` reads it (dynamic ones, subclass ones, headers);
 * NULL-typed when unset. Copied into *out (caller releases). */
static void wm_ws_prop(wm_conn_obj *conn, int name, zval *out)
{
	zval rv;
	ZVAL_UNDEF(&rv);
	zval *v = wm_conn_object(conn)->handlers->read_property(wm_conn_object(conn), wm_ws_str[name], BP_VAR_IS, NULL, &rv);
	if (EG(exception) || !v) {
		ZVAL_NULL(out);
	} else {
		ZVAL_COPY_DEREF(out, v);
	}
	if (v == &rv || !Z_ISUNDEF(rv)) {
		zval_ptr_dtor(&rv);
	}
}

static void wm_ws_set_prop(wm_conn_obj *conn, int name, zval *value)
{
	wm_conn_object(conn)->handlers->write_property(wm_conn_object(conn), wm_ws_str[name], value, NULL);
}

/* Calls $connection->onWebSocket*($connection, ...) if set (isset semantics). */
static zend_result wm_ws_emit(wm_conn_obj *conn, int name, uint32_t argc, zval *argv, bool *called)
{
	zval cb;
	wm_ws_prop(conn, name, &cb);
	*called = Z_TYPE(cb) != IS_NULL;
	zend_result rc = *called ? wm_conn_emit(conn, &cb, argc, argv) : SUCCESS;
	zval_ptr_dtor(&cb);
	return rc;
}

/* True while st may still be touched after PHP ran: the connection is still open with the
 * same state (a callback may close it, or reconnect and start anew). */
static bool wm_ws_same(wm_conn_obj *conn, wm_ws_client *st)
{
	return wm_pub(conn)->status == WM_CONN_ESTABLISHED && wm_pub(conn)->pstate == &st->base && !wm_exiting();
}

/* ... and the dispatch may go on reading (not paused). */
static bool wm_ws_alive(wm_conn_obj *conn, wm_ws_client *st)
{
	return wm_ws_same(conn, st) && !wm_pub(conn)->paused;
}

static void wm_ws_echo(const char *prefix, size_t prefix_len, const char *bytes, size_t len, const char *suffix)
{
	smart_str out = {0};
	smart_str_appendl(&out, prefix, prefix_len);
	smart_str_appendl(&out, bytes, len);
	smart_str_appends(&out, suffix);
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
}

/* ---- the opening handshake --------------------------------------------------------------- */

/* $connection->method(): Workerman asks the connection (a subclass may override them). */
static bool wm_ws_call0(wm_conn_obj *conn, zend_string *lc_name, zval *rv)
{
	zend_function *fn = zend_hash_find_ptr(&wm_conn_object(conn)->ce->function_table, lc_name);
	ZVAL_NULL(rv);
	if (!fn) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(wm_conn_object(conn)->ce->name), ZSTR_VAL(lc_name));
		return false;
	}
	zend_call_known_instance_method(fn, wm_conn_object(conn), rv, 0, NULL);
	return !EG(exception);
}

/* "\r\n" . trim(<user headers>) as Workerman builds it from $connection->headers, with
 * names and values holding CR, LF or NUL (or an empty line in the string form) refused:
 * FAILURE with an exception pending (Workerman writes them as given). */
static zend_result wm_ws_user_headers(wm_conn_obj *conn, smart_str *out)
{
	zval headers;
	wm_ws_prop(conn, WM_WSN_HEADERS, &headers);
	if (!zend_is_true(&headers)) {
		zval_ptr_dtor(&headers);
		return SUCCESS;
	}
	if (Z_TYPE(headers) == IS_ARRAY && wm_http_headers_check(Z_ARRVAL(headers)) == FAILURE) {
		zval_ptr_dtor(&headers);
		return FAILURE;
	}
	smart_str raw = {0};
	if (Z_TYPE(headers) == IS_ARRAY) {
		zend_string *key;
		zend_ulong index;
		zval *value;
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(headers), index, key, value) {
			if (key) {
				smart_str_append(&raw, key);
			} else {
				smart_str_append_long(&raw, (zend_long)index);
			}
			smart_str_appendl(&raw, ": ", 2);
			zend_string *s = zval_get_string(value);
			smart_str_append(&raw, s);
			zend_string_release(s);
			smart_str_appendl(&raw, "\r\n", 2);
		} ZEND_HASH_FOREACH_END();
	} else {
		zend_string *s = zval_get_string(&headers);
		smart_str_append(&raw, s);
		zend_string_release(s);
	}
	bool string_form = Z_TYPE(headers) != IS_ARRAY;
	zval_ptr_dtor(&headers);
	smart_str_appendl(out, "\r\n", 2);
	if (raw.s) {
		zend_string *trimmed = php_trim(raw.s, NULL, 0, 3);
		smart_str_free(&raw);
		if (string_form && wm_http_header_lines_check(ZSTR_VAL(trimmed), ZSTR_LEN(trimmed), true) == FAILURE) {
			zend_string_release(trimmed);
			return FAILURE;
		}
		smart_str_append(out, trimmed);
		zend_string_release(trimmed);
	}
	return SUCCESS;
}

/* preg_match("/\nHost:/i", $userHeaderStr). */
static bool wm_ws_has_host(const char *s, size_t len)
{
	for (size_t i = 0; i + 6 <= len; i++) {
		if (s[i] == '\n' && strncasecmp(s + i + 1, "host:", 5) == 0) {
			return true;
		}
	}
	return false;
}

static void wm_ws_append_zval(smart_str *out, zval *value)
{
	zend_string *s = zval_get_string(value);
	smart_str_append(out, s);
	zend_string_release(s);
}

/* "<name><value>\r\n" when the property is set (isset). */
static void wm_ws_append_prop_line(smart_str *out, wm_conn_obj *conn, int prop, const char *name)
{
	zval value;
	wm_ws_prop(conn, prop, &value);
	if (Z_TYPE(value) != IS_NULL) {
		smart_str_appends(out, name);
		wm_ws_append_zval(out, &value);
		smart_str_appendl(out, "\r\n", 2);
	}
	zval_ptr_dtor(&value);
}

/* The request head, in 4.2.1's order: request line, Host unless the user headers have one,
 * Connection, Upgrade, Origin, Sec-WebSocket-Protocol, Version, Key, the user headers. */
static zend_string *wm_ws_request(wm_conn_obj *conn, const char *key, zval *port, zval *host, zval *uri)
{
	smart_str user = {0};
	if (wm_ws_user_headers(conn, &user) == FAILURE) {
		smart_str_free(&user);
		return NULL;
	}
	smart_str req = {0};
	smart_str_appendl(&req, "GET ", 4);
	wm_ws_append_zval(&req, uri);
	smart_str_appendl(&req, " HTTP/1.1\r\n", 11);
	if (!user.s || !wm_ws_has_host(ZSTR_VAL(user.s), ZSTR_LEN(user.s))) {
		smart_str_appendl(&req, "Host: ", 6);
		wm_ws_append_zval(&req, host);
		/* Workerman compares the int with === 80 / 443. */
		if (!(Z_TYPE_P(port) == IS_LONG && (Z_LVAL_P(port) == 80 || Z_LVAL_P(port) == 443))) {
			smart_str_appendc(&req, ':');
			wm_ws_append_zval(&req, port);
		}
		smart_str_appendl(&req, "\r\n", 2);
	}
	smart_str_appends(&req, "Connection: Upgrade\r\nUpgrade: websocket\r\n");
	wm_ws_append_prop_line(&req, conn, WM_WSN_ORIGIN, "Origin: ");
	wm_ws_append_prop_line(&req, conn, WM_WSN_CLIENT_PROTOCOL, "Sec-WebSocket-Protocol: ");
	smart_str_appends(&req, "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ");
	smart_str_appendl(&req, key, WS_KEY_LEN);
	if (user.s) {
		smart_str_append(&req, user.s);
		smart_str_free(&user);
	}
	smart_str_appendl(&req, "\r\n\r\n", 4);
	return smart_str_extract(&req);
}

zend_string *wm_ws_client_request(wm_conn_obj *conn, const char *key)
{
	zval port, host, uri;
	ZVAL_NULL(&host);
	ZVAL_NULL(&uri);
	bool ok = wm_ws_call0(conn, wm_ws_str_port, &port) && wm_ws_call0(conn, wm_ws_str_host, &host)
		&& wm_ws_call0(conn, wm_ws_str_uri, &uri);
	zend_string *request = ok ? wm_ws_request(conn, key, &port, &host, &uri) : NULL;
	zval_ptr_dtor(&port);
	zval_ptr_dtor(&host);
	zval_ptr_dtor(&uri);
	return request;
}

/* Ws::sendHandshake: a new key, the request sent raw (queued while not connected), step 1;
 * fragments and queued frames of an earlier connection are dropped. FAILURE: something
 * threw (exception pending). */
static zend_result wm_ws_send_handshake(wm_conn_obj *conn, wm_ws_client *st)
{
	if (st->step) {
		return SUCCESS;
	}
	uint8_t random[16];
	if (php_random_bytes_throw(random, sizeof(random)) == FAILURE) {
		return FAILURE;
	}
	wm_ws_handshake_make_key(random, st->key);
	zend_string *request = wm_ws_client_request(conn, st->key);
	if (!request) {
		return FAILURE;
	}
	/* Step 1 before the send: a callback it runs (onError) must not send it again. */
	st->step = 1;
	st->frame_len = 0;
	smart_str_free(&st->fragments);
	smart_str_free(&st->queued);
	zval request_zv;
	ZVAL_STR(&request_zv, request);
	wm_conn_send(conn, &request_zv, true);
	zval_ptr_dtor(&request_zv);
	return EG(exception) ? FAILURE : SUCCESS;
}

/* The AsyncTcpConnection hook after the user's onConnect: Ws::onConnect. */
static void wm_ws_client_on_connect(wm_conn_obj *conn)
{
	wm_ws_client *st = wm_ws_state(conn);
	if (!st) {
		return;
	}
	GC_ADDREF(wm_conn_object(conn));
	if (wm_ws_send_handshake(conn, st) == FAILURE && EG(exception)) {
		wm_call_function(NULL, NULL, NULL, NULL, 0, NULL, false); /* stopAll(250, $e) */
	}
	OBJ_RELEASE(wm_conn_object(conn));
}

/* ---- encode -------------------------------------------------------------------------- */

/* The frame head after the type bytes: Ws::encode's length forms plus the zero key. */
static size_t wm_ws_head(unsigned char out[WS_CLIENT_HEADER_MAX], size_t len)
{
	size_t n = wm_ws_frame_client_header(out, 0, len, NULL);
	memmove(out, out + 1, n - 1);
	return n - 1;
}

/* Before the reply, Ws::encode keeps frames in tmpWebsocketData (written once the handshake
 * completes): dropped with onError once over maxSendBufferSize, onBufferFull once at it.
 * Consumes type_str and payload. */
static void wm_ws_queue_frame(wm_conn_obj *conn, wm_ws_client *st, zend_string *type_str,
	const unsigned char *head, size_t head_len, zend_string *payload)
{
	size_t queued = st->queued.s ? ZSTR_LEN(st->queued.s) : 0;
	if ((zend_long)queued > wm_pub(conn)->max_send_buffer_size) {
		zend_string_release(type_str);
		zend_string_release(payload);
		if (zend_is_true(wm_conn_sh(conn, WM_SH_ON_ERROR))) {
			wm_conn_emit_error(conn, "send buffer full and drop package", sizeof("send buffer full and drop package") - 1);
		}
		return;
	}
	smart_str_append(&st->queued, type_str);
	smart_str_appendl(&st->queued, (const char *)head, head_len);
	smart_str_append(&st->queued, payload);
	zend_string_release(type_str);
	zend_string_release(payload);
	if (wm_pub(conn)->max_send_buffer_size <= (zend_long)ZSTR_LEN(st->queued.s)
		&& zend_is_true(wm_conn_extra_cb(conn, false))) {
		wm_conn_emit(conn, wm_conn_extra_cb(conn, false), 0, NULL);
	}
}

/* Ws::encode. The payload goes out unchanged (the zero key masks nothing); large payloads
 * are queued by reference beside their head. */
static zend_result wm_ws_client_encode(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty)
{
	*empty = false;
	zval type;
	wm_ws_prop(conn, WM_WSN_TYPE, &type);
	if (!zend_is_true(&type)) {
		zval_ptr_dtor(&type);
		ZVAL_INTERNED_STR(&type, ZSTR_CHAR(0x81));
		wm_ws_set_prop(conn, WM_WSN_TYPE, &type);
	}
	zend_string *type_str = zval_try_get_string(&type);
	zval_ptr_dtor(&type);
	if (!type_str) {
		return FAILURE;
	}
	zend_string *payload = zval_try_get_string(data);
	if (!payload) {
		zend_string_release(type_str);
		return FAILURE;
	}
	wm_ws_client *st = wm_ws_state(conn);
	if (st && !st->step) {
		GC_ADDREF(wm_conn_object(conn));
		zend_result rc = wm_ws_send_handshake(conn, st);
		bool same = wm_pub(conn)->pstate == &st->base;
		OBJ_RELEASE(wm_conn_object(conn));
		if (rc == FAILURE) {
			zend_string_release(type_str);
			zend_string_release(payload);
			return FAILURE;
		}
		if (!same) {
			st = NULL; /* the send failed and destroyed the connection with its state */
		}
	}
	unsigned char head[WS_CLIENT_HEADER_MAX];
	size_t head_len = wm_ws_head(head, ZSTR_LEN(payload));
	size_t plen = ZSTR_LEN(payload);
	if (st && st->step == 1) {
		wm_ws_queue_frame(conn, st, type_str, head, head_len, payload);
		*empty = true;
		return SUCCESS;
	}
	size_t tlen = ZSTR_LEN(type_str);
	bool inline_payload = plen < 1024;
	zend_string *frame = zend_string_alloc(tlen + head_len + (inline_payload ? plen : 0), 0);
	memcpy(ZSTR_VAL(frame), ZSTR_VAL(type_str), tlen);
	memcpy(ZSTR_VAL(frame) + tlen, head, head_len);
	if (inline_payload) {
		memcpy(ZSTR_VAL(frame) + tlen + head_len, ZSTR_VAL(payload), plen);
		zend_string_release(payload);
		payload = NULL;
	}
	ZSTR_VAL(frame)[ZSTR_LEN(frame)] = '\0';
	zend_string_release(type_str);
	wm_pieces_add(out, frame);
	if (payload) {
		wm_pieces_add(out, payload);
	}
	return SUCCESS;
}

/* ---- receiving ------------------------------------------------------------------------- */

/* websocketPingInterval's timer: a closure over a hidden internal function, $this bound to
 * the connection, that sends the empty masked ping and removes itself when send() fails. */
static zend_internal_function wm_ws_ping_fn;

static ZEND_NAMED_FUNCTION(wm_ws_ping_handler)
{
	wm_conn_obj *conn = wm_conn_of_zval(ZEND_THIS);
	if (!conn) {
		return;
	}
	zval ping;
	ZVAL_STRINGL(&ping, WS_CLIENT_PING_FRAME, WS_CLIENT_PING_FRAME_LEN);
	wm_send_result sent = wm_conn_send(conn, &ping, true);
	zval_ptr_dtor(&ping);
	if (sent == WM_SEND_FALSE && wm_pub(conn)->pstate && wm_pub(conn)->pstate->free == wm_ws_client_free) {
		wm_ws_client *st = (wm_ws_client *)wm_pub(conn)->pstate;
		if (st->ping_timer) {
			wm_timer_del(st->ping_timer);
			st->ping_timer = 0;
		}
	}
}

static void wm_ws_start_ping(wm_conn_obj *conn, wm_ws_client *st)
{
	zval interval;
	wm_ws_prop(conn, WM_WSN_PING_INTERVAL, &interval);
	if (zend_is_true(&interval)) {
		double seconds = zval_get_double(&interval);
		if (seconds > 0) {
			zval closure, this_zv;
			ZVAL_OBJ(&this_zv, wm_conn_object(conn));
			zend_create_closure(&closure, (zend_function *)&wm_ws_ping_fn, wm_ce_TcpConnection, wm_conn_object(conn)->ce, &this_zv);
			if (st->ping_timer) {
				wm_timer_del(st->ping_timer);
			}
			st->ping_timer = wm_timer_add(seconds, &closure, NULL, true);
			zval_ptr_dtor(&closure);
		}
	}
	zval_ptr_dtor(&interval);
}

/* Workerman's dealHandshake: 1 = go on with frames, 0 = wait (or closed), -1 = stop. */
static int wm_ws_client_read_reply(wm_conn_obj *conn, wm_ws_client *st)
{
	wm_rbuf *buf = wm_pub(conn)->rbuf;
	const char *data = wm_rbuf_head(buf);
	size_t len = buf->len;
	const char *end = zend_memnstr(data, "\r\n\r\n", 4, data + len);
	if (!end || end == data) { /* strpos() === 0 is falsy in Workerman too */
		if ((zend_long)len > wm_pub(conn)->max_package_size) {
			/* Not in Workerman (it waits forever): a reply head larger than maxPackageSize. */
			char msg[96];
			int n = snprintf(msg, sizeof(msg), "error package. package_length=%zu\n", len);
			wm_safe_echo(msg, (size_t)n, false);
			wm_conn_close(conn, NULL, false);
		}
		return 0;
	}
	size_t pos = (size_t)(end - data);
	size_t off, vlen;
	if (!wm_ws_handshake_find_header(data, len, "Sec-WebSocket-Accept:", sizeof("Sec-WebSocket-Accept:") - 1, &off, &vlen)) {
		wm_ws_echo("Sec-WebSocket-Accept not found. Header:\n", sizeof("Sec-WebSocket-Accept not found. Header:\n") - 1,
			data, pos, "\n");
		wm_conn_close(conn, NULL, false);
		return 0;
	}
	if (!wm_ws_handshake_accept_matches(st->key, WS_KEY_LEN, data + off, vlen)) {
		wm_ws_echo("Sec-WebSocket-Accept not match. Header:\n", sizeof("Sec-WebSocket-Accept not match. Header:\n") - 1,
			data, pos, "\n");
		wm_conn_close(conn, NULL, false);
		return 0;
	}
	if (wm_ws_handshake_find_header(data, len, "Sec-WebSocket-Protocol:", sizeof("Sec-WebSocket-Protocol:") - 1, &off, &vlen)) {
		zval proto;
		zend_string *value = zend_string_init(data + off, vlen, 0);
		ZVAL_STR(&proto, php_trim(value, NULL, 0, 3));
		zend_string_release(value);
		wm_ws_set_prop(conn, WM_WSN_SERVER_PROTOCOL, &proto);
		zval_ptr_dtor(&proto);
	}
	st->step = 2;
	size_t head_len = pos + 4;
	zval header;
	ZVAL_STRINGL(&header, data, head_len);
	bool called;
	zend_result rc = wm_ws_emit(conn, WM_WSN_ON_CONNECT, 1, &header, &called);
	zval_ptr_dtor(&header);
	/* A pauseRecv() in the callback still lets the handshake finish. */
	if (rc == FAILURE || !wm_ws_same(conn, st)) {
		return -1;
	}
	wm_ws_start_ping(conn, st);
	wm_conn_consume(conn, (zend_long)head_len);
	if (st->queued.s && ZSTR_LEN(st->queued.s)) {
		zval frames;
		ZVAL_STR(&frames, smart_str_extract(&st->queued));
		wm_conn_send(conn, &frames, true);
		zval_ptr_dtor(&frames);
	}
	return wm_ws_alive(conn, st) && wm_conn_buffered(conn) ? 1 : 0;
}

/* Bytes of a frame's head as Workerman's decode() skips them (by byte 1 alone). */
static size_t wm_ws_skip(const unsigned char *frame)
{
	return frame[1] == 126 ? 4 : frame[1] == 127 ? 10 : 2;
}

/* A FIN ping or pong that arrived whole: payload (with any buffered fragments in front,
 * as Workerman's decode() does), websocketType "\x8a" while the callback runs. */
static int wm_ws_control(wm_conn_obj *conn, wm_ws_client *st, unsigned opcode, size_t frame_len)
{
	const unsigned char *frame = (const unsigned char *)wm_rbuf_head(wm_pub(conn)->rbuf);
	size_t skip = wm_ws_skip(frame);
	smart_str_appendl(&st->fragments, (const char *)frame + skip, frame_len > skip ? frame_len - skip : 0);
	zval payload;
	if (st->fragments.s) {
		ZVAL_STR(&payload, smart_str_extract(&st->fragments));
	} else {
		ZVAL_EMPTY_STRING(&payload);
	}
	wm_conn_consume(conn, (zend_long)frame_len);
	zval old, pong_type;
	wm_ws_prop(conn, WM_WSN_TYPE, &old);
	if (Z_TYPE(old) == IS_NULL) {
		ZVAL_INTERNED_STR(&old, ZSTR_CHAR(0x81));
	}
	ZVAL_INTERNED_STR(&pong_type, ZSTR_CHAR(0x8a));
	wm_ws_set_prop(conn, WM_WSN_TYPE, &pong_type);
	bool called = false;
	zend_result rc = wm_ws_emit(conn, opcode == WS_OP_PING ? WM_WSN_ON_PING : WM_WSN_ON_PONG, 1, &payload, &called);
	if (rc == SUCCESS && !called && opcode == WS_OP_PING) {
		wm_conn_send(conn, &payload, false);
	}
	zval_ptr_dtor(&payload);
	if (rc == FAILURE && wm_exiting()) {
		zval_ptr_dtor(&old);
		return -1;
	}
	wm_ws_set_prop(conn, WM_WSN_TYPE, &old);
	zval_ptr_dtor(&old);
	return wm_ws_alive(conn, st) ? 1 : -1;
}

/* Workerman's "error package" line: the size as PHP prints an int (or a float past 2^63). */
static void wm_ws_too_large(wm_conn_obj *conn, double total)
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
	wm_conn_close(conn, NULL, false);
}

/* Bytes before the handshake was sent: Ws::input says false, which the read loop reports
 * as a bad package length before it destroys the connection. */
static void wm_ws_unexpected(wm_conn_obj *conn)
{
	static const char hex[] = "0123456789abcdef";
	wm_rbuf *buf = wm_pub(conn)->rbuf;
	const unsigned char *p = (const unsigned char *)wm_rbuf_head(buf);
	smart_str out = {0};
	smart_str_appends(&out, "recv data before handshake. Buffer:");
	for (size_t i = 0; i < buf->len; i++) {
		smart_str_appendc(&out, hex[p[i] >> 4]);
		smart_str_appendc(&out, hex[p[i] & 15]);
	}
	smart_str_appends(&out, "\nError package. package_length=false");
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
	wm_conn_destroy(conn);
}

/* The head of a new frame, checked in Ws::input's order (mask, close opcode, opcode, length,
 * maxPackageSize): 1 = *frame_len (head + payload) known, 0 = wait, or acted on and closed. */
static int wm_ws_frame_head(wm_conn_obj *conn, wm_ws_client *st, const unsigned char *b, size_t len, double *frame_len)
{
	switch (wm_ws_frame_client_head(b, len, frame_len)) {
	case WS_CLIENT_HEAD_MASKED:
		wm_safe_echo("frame masked so close the connection\n", sizeof("frame masked so close the connection\n") - 1, false);
		wm_conn_close(conn, NULL, false);
		return 0;
	case WS_CLIENT_HEAD_CLOSE: {
		/* The close frame stays buffered, as in Workerman. */
		bool called;
		if (wm_ws_emit(conn, WM_WSN_ON_CLOSE, 0, NULL, &called) == SUCCESS && !called) {
			wm_conn_close(conn, NULL, false);
		}
		return 0;
	}
	case WS_CLIENT_HEAD_OPCODE: {
		char prefix[64];
		int n = snprintf(prefix, sizeof(prefix), "error opcode %u and close websocket connection. Buffer:", b[0] & 0xfu);
		wm_ws_echo(prefix, (size_t)n, (const char *)b, len, "\n"); /* the raw buffer, as Workerman */
		wm_conn_close(conn, NULL, false);
		return 0;
	}
	case WS_CLIENT_HEAD_MORE:
		return 0;
	}
	double total = (double)(st->fragments.s ? ZSTR_LEN(st->fragments.s) : 0) + *frame_len;
	if (total > (double)wm_pub(conn)->max_package_size) {
		wm_ws_too_large(conn, total);
		return 0;
	}
	return 1;
}

/* Ws::input over the receive buffer (its recursion as a loop): > 0 = length of a complete
 * or coming FIN data frame, the next package; 0 = wait; -1 = stop. Whole FIN=0 frames and
 * control frames are consumed here. */
static int64_t wm_ws_input(wm_conn_obj *conn, wm_ws_client *st)
{
	for (;;) {
		wm_rbuf *buf = wm_pub(conn)->rbuf;
		if (!buf || !buf->len) {
			return 0;
		}
		if (!st || !st->step) {
			wm_ws_unexpected(conn);
			return -1;
		}
		if (st->step == 1) {
			int rc = wm_ws_client_read_reply(conn, st);
			if (rc <= 0) {
				return rc;
			}
			continue;
		}
		size_t len = buf->len;
		if (len < 2) {
			return 0;
		}
		const unsigned char *b = (const unsigned char *)wm_rbuf_head(buf);
		if (!st->frame_len) {
			double frame_len;
			if (wm_ws_frame_head(conn, st, b, len, &frame_len) <= 0) {
				return 0;
			}
			unsigned opcode = b[0] & 0xf;
			if (!(b[0] & 0x80)) {
				st->frame_len = (uint64_t)frame_len;
			} else if (opcode != WS_OP_PING && opcode != WS_OP_PONG) {
				return (int64_t)frame_len;
			} else if ((double)len < frame_len) {
				return 0;
			} else if (wm_ws_control(conn, st, opcode, (size_t)frame_len) < 0) {
				return -1;
			} else {
				continue;
			}
		}
		if (st->frame_len > len) {
			return 0;
		}
		/* A whole FIN=0 frame: its payload joins the message. */
		size_t skip = wm_ws_skip(b);
		if (st->frame_len > skip) {
			smart_str_appendl(&st->fragments, (const char *)b + skip, st->frame_len - skip);
		}
		wm_conn_consume(conn, (zend_long)st->frame_len);
		st->frame_len = 0;
	}
}

/* Workerman's baseRead loop with Ws as the parser: input() for the next FIN data frame,
 * then onMessage(decode()) = earlier fragments + its payload. */
static void wm_ws_client_dispatch(wm_conn_obj *conn)
{
	while (wm_conn_buffered(conn) && !wm_pub(conn)->paused && wm_pub(conn)->status == WM_CONN_ESTABLISHED) {
		wm_ws_client *st = wm_pub(conn)->pstate && wm_pub(conn)->pstate->free == wm_ws_client_free ? (wm_ws_client *)wm_pub(conn)->pstate : NULL;
		wm_rbuf *buf = wm_pub(conn)->rbuf;
		if (!buf->pkg_len) {
			int64_t n = wm_ws_input(conn, st);
			if (n <= 0 || !wm_pub(conn)->rbuf || wm_pub(conn)->status != WM_CONN_ESTABLISHED || wm_pub(conn)->paused) {
				return;
			}
			buf = wm_pub(conn)->rbuf;
			buf->pkg_len = (size_t)n;
		}
		if (buf->pkg_len > buf->len) {
			return;
		}
		size_t len = buf->pkg_len;
		buf->pkg_len = 0;
		wm_stat_request();
		if (Z_TYPE_P(wm_conn_sh(conn, WM_SH_ON_MESSAGE)) == IS_NULL) {
			wm_pub(conn)->rbuf = wm_rbuf_consume(buf, len); /* decode() never runs: fragments stay */
			continue;
		}
		const char *frame = wm_rbuf_head(buf);
		size_t skip = wm_ws_skip((const unsigned char *)frame);
		if (skip > len) {
			skip = len;
		}
		zval message;
		if (st && st->fragments.s && ZSTR_LEN(st->fragments.s)) {
			smart_str_appendl(&st->fragments, frame + skip, len - skip);
			ZVAL_STR(&message, smart_str_extract(&st->fragments));
		} else {
			ZVAL_STRINGL_FAST(&message, frame + skip, len - skip);
		}
		wm_pub(conn)->rbuf = wm_rbuf_consume(buf, len);
		zend_result rc = wm_conn_emit(conn, wm_conn_sh(conn, WM_SH_ON_MESSAGE), 1, &message);
		zval_ptr_dtor(&message);
		if (rc == FAILURE) {
			return;
		}
	}
}

/* The reply head is consumed only after onWebSocketConnect returned: nothing else may read it. */
static bool wm_ws_client_fiber_park(wm_conn_obj *conn)
{
	wm_ws_client *st = wm_ws_state(conn);
	return !st || st->step != 2 || (wm_conn_buffered(conn) >= 4 && memcmp(wm_rbuf_head(wm_pub(conn)->rbuf), "HTTP", 4) == 0);
}

static const wm_builtin_proto wm_proto_ws = { wm_ws_client_dispatch, wm_ws_client_encode, wm_ws_client_on_connect,
	wm_ws_client_fiber_park };

/* ---- the PHP statics --------------------------------------------------------------------- */

/* A ws:// connection (or one this file already keeps state for); any other connection gets
 * Workerman's statics on $connection->context (wm_ws_context.c). */
static bool wm_ws_driven(wm_conn_obj *conn)
{
	if (wm_pub(conn)->pstate) {
		return wm_pub(conn)->pstate->free == wm_ws_client_free;
	}
	return wm_conn_proto(conn) == WM_PROTO_WS;
}

/* Without side effects: the length of a complete FIN data frame at the start, else 0. */
ZEND_METHOD(Workerman_Protocols_Ws, input)
{
	zend_string *buffer;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && !wm_ws_driven(conn)) {
		zend_long n;
		zend_string_addref(buffer); /* PHP code it calls may drop the caller's copy */
		bool known = wm_ws_context_client_input(conn, (const unsigned char *)ZSTR_VAL(buffer), ZSTR_LEN(buffer), &n);
		zend_string_release(buffer);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		if (!known) {
			RETURN_FALSE;
		}
		RETURN_LONG(n);
	}
	wm_ws_client *st = conn && wm_pub(conn)->pstate && wm_pub(conn)->pstate->free == wm_ws_client_free ? (wm_ws_client *)wm_pub(conn)->pstate : NULL;
	if (!st || !st->step) {
		RETURN_FALSE;
	}
	ws_parser p;
	ws_frame f;
	wm_ws_parser_init(&p, WS_PARSE_FORBID_MASK, 0x70, wm_pub(conn)->max_package_size > 0 ? (uint64_t)wm_pub(conn)->max_package_size : 0);
	p.buffered = st->fragments.s ? ZSTR_LEN(st->fragments.s) : 0;
	int rc = wm_ws_frame_parse(&p, &f, (const unsigned char *)ZSTR_VAL(buffer), ZSTR_LEN(buffer));
	if (st->step == 2 && rc > 0 && f.fin && !ws_opcode_is_control(f.opcode) && f.frame_len <= ZSTR_LEN(buffer)) {
		RETURN_LONG((zend_long)f.frame_len);
	}
	RETURN_LONG(0);
}

ZEND_METHOD(Workerman_Protocols_Ws, encode)
{
	zval *payload, *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(payload)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (!conn) {
		RETURN_EMPTY_STRING();
	}
	if (!wm_ws_driven(conn)) {
		zend_string *text = zval_try_get_string(payload);
		if (!text) {
			RETURN_THROWS();
		}
		zend_string *frame = wm_ws_context_client_encode(conn, text);
		zend_string_release(text);
		if (EG(exception)) {
			zend_string_release(frame);
			RETURN_THROWS();
		}
		RETURN_STR(frame);
	}
	wm_pieces p = {{NULL, NULL}, 0, 0};
	bool empty;
	if (wm_ws_client_encode(conn, payload, &p, &empty) == FAILURE) {
		wm_pieces_release(&p);
		RETURN_THROWS();
	}
	if (empty || p.count == 0) {
		RETURN_EMPTY_STRING();
	}
	if (p.count == 1) {
		RETURN_STR(p.str[0]);
	}
	zend_string *all = zend_string_concat2(ZSTR_VAL(p.str[0]), ZSTR_LEN(p.str[0]), ZSTR_VAL(p.str[1]), ZSTR_LEN(p.str[1]));
	wm_pieces_release(&p);
	RETURN_STR(all);
}

/* Strips the head (by byte 1, as Workerman) and joins the message's fragments. */
ZEND_METHOD(Workerman_Protocols_Ws, decode)
{
	zend_string *bytes;
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(bytes)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && !wm_ws_driven(conn)) {
		zend_string *message = wm_ws_context_client_decode(conn, (const unsigned char *)ZSTR_VAL(bytes), ZSTR_LEN(bytes));
		if (EG(exception)) {
			zend_string_release(message);
			RETURN_THROWS();
		}
		RETURN_STR(message);
	}
	size_t len = ZSTR_LEN(bytes);
	size_t skip = len < 2 ? len : wm_ws_skip((const unsigned char *)ZSTR_VAL(bytes));
	if (skip > len) {
		skip = len;
	}
	wm_ws_client *st = conn ? wm_ws_state(conn) : NULL;
	if (!st) {
		RETURN_STRINGL(ZSTR_VAL(bytes) + skip, len - skip);
	}
	smart_str_appendl(&st->fragments, ZSTR_VAL(bytes) + skip, len - skip);
	if (st->frame_len) {
		if (!st->fragments.s) {
			RETURN_EMPTY_STRING();
		}
		smart_str_0(&st->fragments);
		RETURN_STR_COPY(st->fragments.s);
	}
	if (!st->fragments.s) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR(smart_str_extract(&st->fragments));
}

ZEND_METHOD(Workerman_Protocols_Ws, onConnect)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && !wm_ws_driven(conn)) {
		wm_ws_context_client_send_handshake(conn);
		return;
	}
	wm_ws_client *st = conn ? wm_ws_state(conn) : NULL;
	if (st) {
		wm_ws_send_handshake(conn, st);
	}
}

/* Forgets the handshake, fragments, queued frames and the ping timer. */
ZEND_METHOD(Workerman_Protocols_Ws, onClose)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(connection)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && wm_pub(conn)->pstate && wm_pub(conn)->pstate->free == wm_ws_client_free) {
		wm_conn_free_pstate(conn);
	}
}

ZEND_METHOD(Workerman_Protocols_Ws, sendHandshake)
{
	zval *connection;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (conn && !wm_ws_driven(conn)) {
		wm_ws_context_client_send_handshake(conn);
		return;
	}
	wm_ws_client *st = conn ? wm_ws_state(conn) : NULL;
	if (st) {
		wm_ws_send_handshake(conn, st);
	}
}

/* On a ws:// connection the reply is handled by its own read path; called directly it only
 * says whether more bytes are needed (0). On another connection: Workerman's dealHandshake. */
ZEND_METHOD(Workerman_Protocols_Ws, dealHandshake)
{
	zval *buffer, *connection;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(buffer)
		Z_PARAM_OBJECT_OF_CLASS(connection, wm_ce_ConnectionInterface)
	ZEND_PARSE_PARAMETERS_END();
	wm_conn_obj *conn = wm_conn_of_zval(connection);
	if (!conn || wm_ws_driven(conn)) {
		RETURN_LONG(0);
	}
	zend_string *bytes = zval_try_get_string(buffer);
	if (!bytes) {
		RETURN_THROWS();
	}
	zend_long n = wm_ws_context_client_handshake(conn, ZSTR_VAL(bytes), ZSTR_LEN(bytes));
	zend_string_release(bytes);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_LONG(n);
}

void wm_ws_client_minit(void)
{
	wm_ce_Ws = wm_api_reg->Ws();
	wm_protocol_register_builtin(WM_PROTO_WS, &wm_proto_ws);
	for (int i = 0; i < WM_WSN__COUNT; i++) {
		wm_ws_str[i] = zend_string_init_interned(wm_ws_names[i], strlen(wm_ws_names[i]), 1);
	}
	wm_ws_str_port = zend_string_init_interned("getremoteport", sizeof("getremoteport") - 1, 1);
	wm_ws_str_host = zend_string_init_interned("getremotehost", sizeof("getremotehost") - 1, 1);
	wm_ws_str_uri = zend_string_init_interned("getremoteuri", sizeof("getremoteuri") - 1, 1);
	memset(&wm_ws_ping_fn, 0, sizeof(wm_ws_ping_fn));
	wm_ws_ping_fn.type = ZEND_INTERNAL_FUNCTION;
	wm_ws_ping_fn.fn_flags = ZEND_ACC_PUBLIC;
	wm_ws_ping_fn.function_name = zend_string_init_interned("{closure}", sizeof("{closure}") - 1, 1);
	wm_ws_ping_fn.scope = wm_ce_TcpConnection;
	wm_ws_ping_fn.handler = wm_ws_ping_handler;
}
