/* wm_ws_upgrade.c: the server's opening handshake, Workerman 4.2.1's dealHandshake (5.2.2's
 * under API profile 5: its version check, 400/426 forms, 101 status line, Request argument): the
 * two 400 rejections, Sec-WebSocket-Accept, onWebSocketConnect($connection, $request) with
 * the 4.x superglobal view ($_SERVER, $_GET, $_COOKIE; $_SESSION for GatewayWorker) set
 * around it, then the 101 with $connection->headers, 5.x's onWebSocketConnected($connection,
 * $request), and the frames queued meanwhile.
 * Frame parsing is wm_ws_server.c's; byte-level pieces come from ws_handshake.c. */
#include "wm_ws_server.h"
#include "wm_log.h"
#include "wm_http.h"
#include "ws_handshake.h"
#include "ext/standard/url.h"
#include "php_variables.h"
#include "wm_api.h"
#include "wm_ws.h"

/* ---- the 4.x superglobals ------------------------------------------------------------ */

/* $GLOBALS[name] = value, assigning through a reference if the global is one. Consumes value. */
static void wm_ws_set_global(const char *name, size_t len, zval *value)
{
	zend_string *key = zend_string_init(name, len, 0);
	zend_is_auto_global(key); /* $_SERVER is made on first use (auto_globals_jit) */
	zval *slot = zend_hash_find(&EG(symbol_table), key);
	if (slot && Z_TYPE_P(slot) == IS_INDIRECT) {
		slot = Z_INDIRECT_P(slot);
	}
	if (slot) {
		ZVAL_DEREF(slot);
		zval old;
		ZVAL_COPY_VALUE(&old, slot);
		ZVAL_COPY_VALUE(slot, value);
		zval_ptr_dtor(&old);
	} else {
		zend_hash_add_new(&EG(symbol_table), key, value);
	}
	zend_string_release(key);
}

static void wm_ws_set_empty_global(const char *name, size_t len)
{
	zval empty;
	array_init(&empty);
	wm_ws_set_global(name, len, &empty);
}

/* parse_str($query, $result): PHP's own string parser (arg_separator.input, arrays). */
static void wm_ws_parse_str(const char *str, size_t len, zval *result)
{
	array_init(result);
	sapi_module.treat_data(PARSE_STRING, estrndup(str, len), result);
}

static void wm_ws_server_add(zval *server, const char *key, size_t key_len, const char *val, size_t val_len)
{
	add_assoc_stringl_ex(server, key, key_len, val, val_len);
}

/* list($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $_SERVER['SERVER_PROTOCOL'])
 * = explode(' ', $line): missing parts are null with PHP's warning. */
static void wm_ws_request_line(zval *server, const char *line, size_t len)
{
	static const char *const keys[3] = {"REQUEST_METHOD", "REQUEST_URI", "SERVER_PROTOCOL"};
	const char *end = line + len, *at = line;
	for (int i = 0; i < 3; i++) {
		if (!at) {
			zend_error(E_WARNING, "Undefined array key %d", i);
			add_assoc_null_ex(server, keys[i], strlen(keys[i]));
			continue;
		}
		const char *space = memchr(at, ' ', (size_t)(end - at));
		const char *stop = space ? space : end;
		wm_ws_server_add(server, keys[i], strlen(keys[i]), at, (size_t)(stop - at));
		at = space ? space + 1 : NULL;
	}
}

static bool wm_ws_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

/* One "Name: value" line: HTTP_<NAME> (upper case, '-' -> '_'), trimmed value; Host also
 * gives SERVER_NAME/SERVER_PORT (explode(':') parts 0 and 1), Cookie fills $_COOKIE. */
static void wm_ws_header_line(zval *server, const char *line, size_t len)
{
	const char *colon = memchr(line, ':', len);
	size_t name_len = colon ? (size_t)(colon - line) : len;
	const char *value = colon ? colon + 1 : "";
	size_t value_len = colon ? len - name_len - 1 : 0;
	if (!colon) {
		zend_error(E_WARNING, "Undefined array key 1");
	}
	while (value_len && wm_ws_trim_char(value[0])) {
		value++;
		value_len--;
	}
	while (value_len && wm_ws_trim_char(value[value_len - 1])) {
		value_len--;
	}
	zend_string *key = zend_string_alloc(5 + name_len, 0);
	memcpy(ZSTR_VAL(key), "HTTP_", 5);
	for (size_t i = 0; i < name_len; i++) {
		char c = line[i];
		ZSTR_VAL(key)[5 + i] = c == '-' ? '_' : (char)zend_toupper_ascii(c);
	}
	ZSTR_VAL(key)[5 + name_len] = '\0';
	add_assoc_stringl_ex(server, ZSTR_VAL(key), ZSTR_LEN(key), value, value_len);
	if (zend_string_equals_literal(key, "HTTP_HOST")) {
		const char *c1 = memchr(value, ':', value_len);
		wm_ws_server_add(server, "SERVER_NAME", 11, value, c1 ? (size_t)(c1 - value) : value_len);
		if (c1) {
			const char *rest = c1 + 1, *vend = value + value_len;
			const char *c2 = memchr(rest, ':', (size_t)(vend - rest));
			wm_ws_server_add(server, "SERVER_PORT", 11, rest, (size_t)((c2 ? c2 : vend) - rest));
		}
	} else if (zend_string_equals_literal(key, "HTTP_COOKIE")) {
		/* parse_str(str_replace('; ', '&', $cookie), $_COOKIE) */
		smart_str amp = {0};
		for (size_t i = 0; i < value_len; i++) {
			if (value[i] == ';' && i + 1 < value_len && value[i + 1] == ' ') {
				smart_str_appendc(&amp, '&');
				i++;
			} else {
				smart_str_appendc(&amp, value[i]);
			}
		}
		zval cookie;
		wm_ws_parse_str(amp.s ? ZSTR_VAL(amp.s) : "", amp.s ? ZSTR_LEN(amp.s) : 0, &cookie);
		smart_str_free(&amp);
		wm_ws_set_global("_COOKIE", 7, &cookie);
	}
	zend_string_release(key);
}

/* 4.x parseHttpHeader: $_SERVER rebuilt from the head, $_GET from the query string. */
static void wm_ws_superglobals(const char *head, size_t len)
{
	zval server;
	array_init(&server);
	const char *end = head + len, *line = head;
	bool first = true;
	while (line <= end) {
		const char *crlf = zend_memnstr(line, "\r\n", 2, end);
		const char *stop = crlf ? crlf : end;
		size_t n = (size_t)(stop - line);
		if (first) {
			wm_ws_request_line(&server, line, n);
			first = false;
		} else if (n && !(n == 1 && line[0] == '0')) { /* empty($content) */
			wm_ws_header_line(&server, line, n);
		}
		if (!crlf) {
			break;
		}
		line = crlf + 2;
	}
	/* QUERY_STRING = parse_url(REQUEST_URI, PHP_URL_QUERY), '' unless truthy. */
	zval *uri = zend_hash_str_find(Z_ARRVAL(server), "REQUEST_URI", 11);
	php_url *url = uri && Z_TYPE_P(uri) == IS_STRING ? php_url_parse_ex(Z_STRVAL_P(uri), Z_STRLEN_P(uri)) : NULL;
	zend_string *query = url && url->query ? url->query : NULL;
	if (query && ZSTR_LEN(query) && !(ZSTR_LEN(query) == 1 && ZSTR_VAL(query)[0] == '0')) {
		add_assoc_str_ex(&server, "QUERY_STRING", 12, zend_string_copy(query));
		zval get;
		wm_ws_parse_str(ZSTR_VAL(query), ZSTR_LEN(query), &get);
		wm_ws_set_global("_GET", 4, &get);
	} else {
		add_assoc_stringl_ex(&server, "QUERY_STRING", 12, "", 0);
	}
	if (url) {
		php_url_free(url);
	}
	wm_ws_set_global("_SERVER", 7, &server);
}

/* !empty($_SESSION) && class_exists('\GatewayWorker\Lib\Context'):
 * $connection->session = Context::sessionEncode($_SESSION). */
static zend_result wm_ws_gateway_session(wm_conn_obj *conn)
{
	zval *session = zend_hash_str_find_deref(&EG(symbol_table), "_SESSION", 8);
	if (session && Z_TYPE_P(session) == IS_INDIRECT) {
		session = Z_INDIRECT_P(session);
		ZVAL_DEREF(session);
	}
	if (!session || !zend_is_true(session)) {
		return SUCCESS;
	}
	zend_string *cls = zend_string_init("GatewayWorker\\Lib\\Context", sizeof("GatewayWorker\\Lib\\Context") - 1, 0);
	zend_class_entry *ce = zend_lookup_class(cls);
	zend_string_release(cls);
	if (!ce) {
		return EG(exception) ? FAILURE : SUCCESS;
	}
	zval callable, arg, encoded;
	array_init(&callable);
	add_next_index_str(&callable, zend_string_copy(ce->name));
	add_next_index_stringl(&callable, "sessionEncode", sizeof("sessionEncode") - 1);
	ZVAL_COPY(&arg, session);
	ZVAL_UNDEF(&encoded);
	zend_result rc = wm_call(&callable, &encoded, 1, &arg);
	zval_ptr_dtor(&arg);
	zval_ptr_dtor(&callable);
	if (rc == SUCCESS) {
		zend_update_property_ex(wm_conn_object(conn)->ce, wm_conn_object(conn), wm_ws_str_session, &encoded);
	}
	zval_ptr_dtor(&encoded);
	return rc;
}

static zend_result wm_ws_on_connected(wm_conn_obj *conn, zval *callback, zend_string *raw);

/* Runs onWebSocketConnect($connection, $buffer) with the superglobals set around it (4.x), or
 * onWebSocketConnect($connection, $request) with a Request of the buffer (5.x).
 * FAILURE: the process is exiting. */
static zend_result wm_ws_on_connect(wm_conn_obj *conn, zval *callback, zend_string *request, size_t head_len)
{
	if (wm_api_major == 5) {
		return wm_ws_on_connected(conn, callback, request); /* the same call shape */
	}
	wm_ws_superglobals(ZSTR_VAL(request), head_len - 4);
	zval arg;
	ZVAL_STR(&arg, request);
	GC_ADDREF(wm_conn_object(conn));
	zend_result rc = wm_conn_emit(conn, callback, 1, &arg);
	if (rc == SUCCESS) {
		rc = wm_ws_gateway_session(conn);
	}
	if (rc == SUCCESS) {
		/* $_GET = $_SERVER = $_SESSION = $_COOKIE = array(); */
		wm_ws_set_empty_global("_COOKIE", 7);
		wm_ws_set_empty_global("_SESSION", 8);
		wm_ws_set_empty_global("_SERVER", 7);
		wm_ws_set_empty_global("_GET", 4);
	}
	OBJ_RELEASE(wm_conn_object(conn));
	return rc;
}

static bool wm_ws_has(wm_conn_obj *conn, zend_string *name)
{
	zval value;
	if (!wm_ws_lookup(conn, name, &value)) {
		return false;
	}
	zval_ptr_dtor(&value);
	return true;
}

/* 5.x: onWebSocketConnected($connection, $request) once the 101 is queued, with a Request
 * of the handshake buffer (as 5.x's `new Request($buffer)`). FAILURE: the process is exiting. */
static zend_result wm_ws_on_connected(wm_conn_obj *conn, zval *callback, zend_string *raw)
{
	/* The HTTP parser reads the head once, so the Request answers header() from its offsets,
	 * as an HTTP server's does (a head it refuses is scanned by 4.2.1's rules instead). */
	wm_http_parser parser;
	wm_http_limits limits = {WM_HTTP_MAX_HEAD, ZSTR_LEN(raw)};
	wm_http_parser_init(&parser);
	bool parsed = wm_http_parse_request(&parser, ZSTR_VAL(raw), ZSTR_LEN(raw), &limits) == WM_HTTP_COMPLETE
		&& !parser.chunked;
	zend_object *request = wm_http_request_create(wm_ce_HttpRequest, raw, parsed ? &parser : NULL, NULL);
	if (!request) {
		wm_call_failed();
		return FAILURE;
	}
	zval arg;
	ZVAL_OBJ(&arg, request);
	GC_ADDREF(wm_conn_object(conn));
	zend_result rc = wm_conn_emit(conn, callback, 1, &arg);
	zval_ptr_dtor(&arg);
	OBJ_RELEASE(wm_conn_object(conn));
	return rc;
}

/* ---- the 101 --------------------------------------------------------------------------- */

/* "workerman/<Worker::VERSION>", made once (the profile's version is that constant). */
static const char *wm_ws_server_header(size_t *len)
{
	static char value[64];
	static size_t value_len;
	if (!value_len) {
		value_len = (size_t)snprintf(value, sizeof(value), "workerman/%s", wm_api_version());
	}
	*len = value_len;
	return value;
}

/* 4.x writes $connection->headers as given: a CR, LF or NUL inside a line (or an empty line
 * in the string form) would let a client-chosen value add lines or end the head. Refused with
 * an exception, as PHP's header() does (5.x drops lines holding CR or LF: its profile keeps
 * that). */
static zend_result wm_ws_reply_headers_check(zval *headers)
{
	if (Z_TYPE_P(headers) != IS_ARRAY) {
		zend_string *s = zval_get_string(headers);
		zend_result rc = wm_http_header_lines_check(ZSTR_VAL(s), ZSTR_LEN(s), true);
		zend_string_release(s);
		return rc;
	}
	zval *line;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(headers), line) {
		zend_string *s = zval_get_string(line);
		zend_result rc = wm_http_header_lines_check(ZSTR_VAL(s), ZSTR_LEN(s), false);
		zend_string_release(s);
		if (rc == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* The reply: fixed lines, the deflate answer, $connection->headers (list of lines, or
 * one string in which "Server:" anywhere counts as given), Server unless given. NULL with
 * an exception pending when a header line is refused. */
static zend_string *wm_ws_reply(wm_conn_obj *conn, const char accept[WS_ACCEPT_LEN], const char *extension)
{
	zval *headers = wm_pub(conn)->extra && !Z_ISUNDEF(wm_pub(conn)->extra->headers) ? &wm_pub(conn)->extra->headers : NULL;
	if (headers && wm_api_major != 5 && Z_TYPE_P(headers) != IS_NULL && wm_ws_reply_headers_check(headers) == FAILURE) {
		return NULL;
	}
	uint32_t count = headers && Z_TYPE_P(headers) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(headers)) : 1;
	ws_bytes stack_lines[8], *lines = count + 1 <= 8 ? stack_lines : emalloc(sizeof(ws_bytes) * (count + 1));
	zend_string *stack_strs[8], **strs = count + 1 <= 8 ? stack_strs : emalloc(sizeof(zend_string *) * (count + 1));
	size_t n = 0, nstr = 0;
	unsigned flags = 0;
	if (extension) {
		lines[n].ptr = extension;
		lines[n++].len = strlen(extension);
	}
	if (headers && Z_TYPE_P(headers) == IS_ARRAY) {
		zval *line;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(headers), line) {
			zend_string *s = zval_get_string(line);
			strs[nstr++] = s;
			lines[n].ptr = ZSTR_VAL(s);
			lines[n++].len = ZSTR_LEN(s);
		} ZEND_HASH_FOREACH_END();
	} else if (headers && Z_TYPE_P(headers) != IS_NULL && wm_api_major != 5) {
		zend_string *s = zval_get_string(headers);
		strs[nstr++] = s;
		lines[n].ptr = ZSTR_VAL(s);
		lines[n++].len = ZSTR_LEN(s);
		flags |= WS_REPLY_SERVER_ANYWHERE;
	}
	size_t server_len = 0;
	/* 5.x: "101 Switching Protocol", no Server line, header lines holding CR or LF dropped */
	const char *server = wm_api_major == 5 ? NULL : wm_ws_server_header(&server_len);
	if (wm_api_major == 5) {
		flags |= WS_REPLY_STATUS_5X | WS_REPLY_SKIP_CRLF_LINES;
	}
	size_t need = wm_ws_handshake_reply(NULL, 0, accept, lines, n, server, server_len, flags);
	zend_string *reply = zend_string_alloc(need, 0);
	wm_ws_handshake_reply(ZSTR_VAL(reply), need, accept, lines, n, server, server_len, flags);
	ZSTR_VAL(reply)[need] = '\0';
	for (size_t i = 0; i < nstr; i++) {
		zend_string_release(strs[i]);
	}
	if (lines != stack_lines) {
		efree(lines);
	}
	if (strs != stack_strs) {
		efree(strs);
	}
	return reply;
}

static void wm_ws_close_with(wm_conn_obj *conn, const char *bytes, size_t len)
{
	zval reply;
	ZVAL_STRINGL(&reply, bytes, len);
	wm_conn_close(conn, &reply, true);
	zval_ptr_dtor(&reply);
}

/* The answer to the client's permessage-deflate offer, NULL when there is none we can
 * take. A static string: it outlives the consumed head. */
static const char *wm_ws_deflate_offer(const char *buf, size_t head_len)
{
	size_t off, len;
	if (!wm_ws_handshake_find_header(buf, head_len, "Sec-WebSocket-Extensions:", 25, &off, &len)) {
		return NULL;
	}
	return wm_ws_deflate_accept(buf + off, len);
}

/* Whether to take the offer: read after onWebSocketConnect, the place an app decides per
 * request, so a truthy permessageDeflate set there (or before, on the connection or its
 * worker) counts. */
static bool wm_ws_deflate_wanted(wm_conn_obj *conn)
{
	zval enabled;
	if (!wm_ws_lookup(conn, wm_ws_str_deflate, &enabled)) {
		return false;
	}
	zval_ptr_dtor(&enabled);
	return true;
}

/* After the request was consumed: onWebSocketConnect (when given), the 101, then
 * onWebSocketConnected and the frames queued before the handshake, in 5.x's order.
 * extension is the answer to the client's deflate offer, taken if the app wants it by then.
 * Returns as wm_ws_upgrade(). */
static int wm_ws_answer(wm_conn_obj *conn, zval *on_connect, zend_string *request, size_t head_len,
	const char *accept, const char *extension)
{
	if (on_connect && wm_ws_on_connect(conn, on_connect, request, head_len) == FAILURE) {
		return -1;
	}
	wm_ws_state *st = wm_ws_state_get(conn, wm_pub(conn)->status != WM_CONN_CLOSED);
	if (!st) {
		return -1;
	}
	if (Z_ISUNDEF(st->type) || !zend_is_true(&st->type)) {
		zval_ptr_dtor(&st->type);
		ZVAL_CHAR(&st->type, 0x81);
	}
	if (extension && !wm_ws_deflate_wanted(conn)) {
		extension = NULL;
	}
	st->deflate = extension != NULL;
	zval reply;
	zend_string *reply_str = wm_ws_reply(conn, accept, extension);
	if (!reply_str) {
		/* as if onWebSocketConnect had thrown it: Workerman's stopAll(250, $e) */
		wm_call_function(NULL, NULL, NULL, NULL, 0, NULL, false);
		return -1;
	}
	ZVAL_STR(&reply, reply_str);
	wm_conn_send(conn, &reply, true); /* false after a close() in the callback: no 101 */
	zval_ptr_dtor(&reply);
	if (EG(exception) || !(st = wm_ws_state_get(conn, false))) {
		return -1;
	}
	/* The frames sent before the 101 leave after onWebSocketConnected (5.x's order), but
	 * their buffer is the fragments' from now on (wm_ws_state): a resumeRecv() in that
	 * callback may parse frames at once. */
	zval queued;
	ZVAL_UNDEF(&queued);
	if (st->pending.s) {
		ZVAL_STR(&queued, smart_str_extract(&st->pending));
	}
	st->handshaken = 1;
	wm_tmo_stop(conn); /* the handshake limit ends with the 101 */
	zval on_connected;
	/* Only once the 101 is on its way: a connection closed in onWebSocketConnect never
	 * "connected" (5.x would still call it there). */
	if (request && wm_pub(conn)->status == WM_CONN_ESTABLISHED && wm_ws_lookup(conn, wm_ws_str_on_connected, &on_connected)) {
		zend_result rc = wm_ws_on_connected(conn, &on_connected, request);
		zval_ptr_dtor(&on_connected);
		if (rc == FAILURE || EG(exception) || !(st = wm_ws_state_get(conn, false))) {
			zval_ptr_dtor(&queued);
			return -1;
		}
	}
	if (!Z_ISUNDEF(queued)) {
		wm_conn_send(conn, &queued, true);
		zval_ptr_dtor(&queued);
	}
	return wm_pub(conn)->status == WM_CONN_ESTABLISHED ? 1 : -1;
}

/* A request that is not GET, or has no key: 5.x has one 400 for both, 4.x two. */
static void wm_ws_reject_400(wm_conn_obj *conn, bool no_key)
{
	if (wm_api_major == 5) {
		wm_ws_close_with(conn, WS_REPLY_400_5X, sizeof(WS_REPLY_400_5X) - 1);
	} else if (no_key) {
		wm_ws_close_with(conn, WS_REPLY_400_NO_KEY_4X, sizeof(WS_REPLY_400_NO_KEY_4X) - 1);
	} else {
		wm_ws_close_with(conn, WS_REPLY_400_NOT_GET_4X, sizeof(WS_REPLY_400_NOT_GET_4X) - 1);
	}
}

/* 5.x checks Sec-WebSocket-Version first (RFC 6455 4.4): none is a 400 naming 13, another
 * than 13 a 426. False when it closed the connection. */
static bool wm_ws_version_ok(wm_conn_obj *conn, const char *buf, size_t len)
{
	size_t off, value_len;
	if (!wm_ws_handshake_find_header(buf, len, "Sec-WebSocket-Version:", 22, &off, &value_len)) {
		wm_ws_close_with(conn, WS_REPLY_400_NO_VERSION_5X, sizeof(WS_REPLY_400_NO_VERSION_5X) - 1);
		return false;
	}
	if (value_len != 2 || memcmp(buf + off, "13", 2) != 0) {
		wm_ws_close_with(conn, WS_REPLY_426_5X, sizeof(WS_REPLY_426_5X) - 1);
		return false;
	}
	return true;
}

int wm_ws_upgrade(wm_conn_obj *conn, const char *buf, size_t len)
{
	if (len < 3 || memcmp(buf, "GET", 3) != 0) {
		wm_ws_reject_400(conn, false);
		return -1;
	}
	const char *end = zend_memnstr(buf, "\r\n\r\n", 4, buf + len);
	if (!end) {
		/* 4.x waits for the end of the head forever; we stop at maxPackageSize. */
		if ((zend_long)len >= wm_pub(conn)->max_package_size) {
			wm_conn_close(conn, NULL, false);
			return -1;
		}
		return 0;
	}
	size_t head_len = (size_t)(end - buf) + 4;
	if (wm_api_major == 5 && !wm_ws_version_ok(conn, buf, len)) {
		return -1;
	}
	size_t key_off, key_len;
	/* 4.x runs its regex over the whole buffer, frames after the head included. */
	if (!wm_ws_handshake_find_header(buf, len, "Sec-WebSocket-Key:", 18, &key_off, &key_len)) {
		wm_ws_reject_400(conn, true);
		return -1;
	}
	char accept[WS_ACCEPT_LEN + 1];
	wm_ws_handshake_accept(buf + key_off, key_len, accept);
	const char *extension = wm_ws_deflate_offer(buf, head_len);
	zval callback;
	bool has_connect = wm_ws_lookup(conn, wm_ws_str_on_connect, &callback);
	zend_string *request = NULL;
	/* The callbacks get the whole buffer; onWebSocketConnected may also be set inside
	 * onWebSocketConnect, which keeps the copy already. */
	if (has_connect || wm_ws_has(conn, wm_ws_str_on_connected)) {
		request = zend_string_init(buf, len, 0);
	}
	wm_conn_consume(conn, (zend_long)head_len); /* buf may be gone from here on */
	int rc = wm_ws_answer(conn, has_connect ? &callback : NULL, request, head_len, accept, extension);
	if (has_connect) {
		zval_ptr_dtor(&callback);
	}
	if (request) {
		zend_string_release(request);
	}
	return rc;
}

/* ---- the handshake limit (Websocket::$handshakeTimeout) ------------------------------------ */

static double wm_ws_handshake_seconds(void)
{
	zval *v = zend_read_static_property(wm_ce_Websocket, ZEND_STRL("handshakeTimeout"), true);
	return v ? zval_get_double(v) : 0;
}

/* An upgrade request that did not arrive in time is an HTTP request timing out: 408 (RFC
 * 9110 15.5.9); a connection that sent nothing is closed without a word. A client that does
 * not read the 408 is destroyed at the next expiry. */
static void wm_ws_handshake_expire(wm_conn_obj *conn)
{
	static const char timeout[] = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n";
	if (wm_pub(conn)->status == WM_CONN_CLOSING) {
		wm_conn_destroy(conn);
		return;
	}
	if (wm_conn_buffered(conn)) {
		wm_ws_close_with(conn, timeout, sizeof(timeout) - 1);
	} else {
		wm_conn_close(conn, NULL, false);
	}
	if (wm_pub(conn)->status == WM_CONN_CLOSING) {
		wm_tmo_wait(conn, WM_TMO_WS);
	}
}

static const wm_tmo_class wm_ws_handshake_wait = {wm_ws_handshake_seconds, wm_ws_handshake_expire};

void wm_ws_upgrade_minit(void)
{
	wm_tmo_register(WM_TMO_WS, &wm_ws_handshake_wait);
}
