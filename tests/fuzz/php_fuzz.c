/* php_fuzz.c: libFuzzer harnesses for the parsers that live in PHP-facing code: the extension's
 * objects (built with -fsanitize=fuzzer-no-link,address,undefined) are linked into PHP's embed
 * SAPI (libphp8.2-embed), started once with workerman as a static module, and each input goes
 * through the real code: Http\Request (multipart, urlencoded, query, cookie, session id, any
 * request head), WebSocket inflate, the Text/Frame splitting of connections and UDP, and
 * GatewayProtocol's C codec against a PHP GatewayProtocol (gateway).
 * One target per binary (-DWM_FUZZ_<TARGET>); built and run by scripts/fuzz-php.sh.
 * USE_ZEND_ALLOC=0: emalloc() is malloc(), so ASan sees every request allocation. */
#include <sapi/embed/php_embed.h>
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/standard/php_var.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>

extern zend_module_entry workerman_module_entry;
extern zend_class_entry *wm_ce_HttpRequest;
zend_object *wm_http_request_create(zend_class_entry *ce, zend_string *raw, const void *p, zval *connection);
zend_string *wm_ws_inflate(const char *in, size_t len, size_t max, bool *too_big);
#if !defined(WM_FUZZ_GATEWAY) /* that one includes wm_protocol.h, which has them inline */
size_t wm_text_input(const char *buf, size_t len, size_t max_package);
size_t wm_text_decoded_len(const char *pkg, size_t len);
uint32_t wm_frame_input(const char *buf, size_t len);
#endif

#define ASSERT(c) do { if (!(c)) { fprintf(stderr, "php_fuzz.c:%d: %s\n", __LINE__, #c); __builtin_trap(); } } while (0)

static size_t quiet_write(const char *str, size_t len)
{
	(void)str;
	return len; /* safeEcho() and echo: not this harness's concern */
}

static int startup_with_workerman(sapi_module_struct *sm)
{
	return php_module_startup(sm, &workerman_module_entry);
}

#define INI_DEFAULT(name, value) do { \
		zval tmp; \
		ZVAL_NEW_STR(&tmp, zend_string_init(value, strlen(value), 1)); \
		zend_hash_str_update(configuration_hash, name, sizeof(name) - 1, &tmp); \
	} while (0)

static void ini_defaults(HashTable *configuration_hash)
{
	const char *api = getenv("WM_API");
	INI_DEFAULT("workerman.api", api && *api ? api : "4");
	INI_DEFAULT("max_file_uploads", "4");
	INI_DEFAULT("max_input_vars", "200");
	INI_DEFAULT("error_reporting", "0");
	INI_DEFAULT("display_errors", "0");
#if defined(WM_FUZZ_GATEWAY)
	INI_DEFAULT("workerman.gateway_protocol", "force");
#endif
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("USE_ZEND_ALLOC", "0", 1);
	php_embed_module.php_ini_ignore = 1; /* no php.ini, no conf.d: no other extension loads */
	php_embed_module.ini_defaults = ini_defaults;
	php_embed_module.startup = startup_with_workerman;
	php_embed_module.ub_write = quiet_write;
	if (php_embed_init(0, NULL) != SUCCESS) {
		abort();
	}
	return 0;
}

/* $object->$name(...) with the result dropped; exceptions cleared (bad input may throw). */
static void call(zend_object *obj, const char *name, uint32_t argc, zval *argv)
{
	zval ret;
	zend_string *method = zend_string_init(name, strlen(name), 0);
	ZVAL_UNDEF(&ret);
	zend_call_method_if_exists(obj, method, &ret, argc, argv);
	zend_string_release(method);
	zval_ptr_dtor(&ret);
	if (EG(exception)) {
		zend_clear_exception();
	}
}

static zend_object *request_of(const char *head, size_t head_len, const uint8_t *body, size_t body_len,
	const char *tail, size_t tail_len)
{
	zend_string *raw = zend_string_alloc(head_len + body_len + tail_len, 0);
	memcpy(ZSTR_VAL(raw), head, head_len);
	memcpy(ZSTR_VAL(raw) + head_len, body, body_len);
	memcpy(ZSTR_VAL(raw) + head_len + body_len, tail, tail_len);
	ZSTR_VAL(raw)[ZSTR_LEN(raw)] = '\0';
	zend_object *r = wm_http_request_create(wm_ce_HttpRequest, raw, NULL, NULL);
	zend_string_release(raw);
	if (!r) {
		zend_clear_exception();
	}
	return r;
}

#define LIT(s) s, sizeof(s) - 1

#if defined(WM_FUZZ_MULTIPART)
/* Input: the boundary parameter up to the first "\n", then the body. */
static void one(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t blen = nl ? (size_t)(nl - data) : 0;
	const uint8_t *body = nl ? nl + 1 : data;
	size_t body_len = size - (body - data);
	/* PHP's snprintf() (php.h's) runs strlen() on %.*s arguments: copy by hand */
	static const char start[] = "POST /up HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=";
	char head[512], *p = head;
	blen = blen > 200 ? 200 : blen;
	memcpy(p, start, sizeof(start) - 1);
	p += sizeof(start) - 1;
	memcpy(p, data, blen);
	p += blen;
	p += sprintf(p, "\r\nContent-Length: %zu\r\n\r\n", body_len);
	zend_object *r = request_of(head, (size_t)(p - head), body, body_len, "", 0);
	if (r) {
		call(r, "post", 0, NULL);
		call(r, "file", 0, NULL);
		OBJ_RELEASE(r);
	}
}
#elif defined(WM_FUZZ_URLENCODED)
/* Input: a form body; the first byte picks the content type (urlencoded or JSON). */
static void one(const uint8_t *data, size_t size)
{
	if (!size) {
		return;
	}
	char head[256];
	int n = snprintf(head, sizeof(head), "POST / HTTP/1.1\r\nHost: h\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
		data[0] & 1 ? "application/json" : "application/x-www-form-urlencoded", size - 1);
	zend_object *r = request_of(head, (size_t)n, data + 1, size - 1, "", 0);
	if (r) {
		call(r, "post", 0, NULL);
		call(r, "rawBody", 0, NULL);
		OBJ_RELEASE(r);
	}
}
#elif defined(WM_FUZZ_QUERY)
/* Input: the request target (path and query string). */
static void one(const uint8_t *data, size_t size)
{
	zend_object *r = request_of(LIT("GET "), data, size, LIT(" HTTP/1.1\r\nHost: h\r\n\r\n"));
	if (r) {
		call(r, "get", 0, NULL);
		call(r, "path", 0, NULL);
		call(r, "queryString", 0, NULL);
		call(r, "uri", 0, NULL);
		OBJ_RELEASE(r);
	}
}
#elif defined(WM_FUZZ_COOKIE)
/* Input: a Cookie header's value. */
static void one(const uint8_t *data, size_t size)
{
	zend_object *r = request_of(LIT("GET / HTTP/1.1\r\nHost: h\r\nCookie: "), data, size, LIT("\r\n\r\n"));
	if (r) {
		call(r, "cookie", 0, NULL);
		OBJ_RELEASE(r);
	}
}
#elif defined(WM_FUZZ_SESSION)
/* Input: the session cookie's value. sessionId() must adopt it only when valid, else issue a
 * fresh 32-hex id, and never throw. */
static void one(const uint8_t *data, size_t size)
{
	zend_object *r = request_of(LIT("GET / HTTP/1.1\r\nHost: h\r\nCookie: PHPSID="), data, size, LIT("\r\n\r\n"));
	if (!r) {
		return;
	}
	zval conn, headers, sid;
	object_init(&conn);
	array_init(&headers);
	zend_update_property(Z_OBJCE(conn), Z_OBJ(conn), "headers", sizeof("headers") - 1, &headers);
	zval_ptr_dtor(&headers);
	zend_update_property(r->ce, r, "connection", sizeof("connection") - 1, &conn);
	zend_string *method = zend_string_init(LIT("sessionId"), 0);
	ZVAL_UNDEF(&sid);
	zend_call_method_if_exists(r, method, &sid, 0, NULL);
	zend_string_release(method);
	ASSERT(!EG(exception));
	ASSERT(Z_TYPE(sid) == IS_STRING && Z_STRLEN(sid) > 0);
	for (size_t i = 0; i < Z_STRLEN(sid); i++) {
		unsigned char c = (unsigned char)Z_STRVAL(sid)[i];
		/* never a path separator, control byte or space in an adopted id */
		ASSERT(c > ' ' && c != '/' && c != '\\' && c != '.' && c < 0x7f);
	}
	zval_ptr_dtor(&sid);
	zval_ptr_dtor(&conn);
	OBJ_RELEASE(r);
}
#elif defined(WM_FUZZ_REQUEST)
/* Input: a whole request as Http::decode would hand it over (its head unchecked: the
 * lazy head parse of Request must cope with any bytes); every getter runs. */
static void one(const uint8_t *data, size_t size)
{
	zend_object *r = request_of("", 0, data, size, "", 0);
	if (!r) {
		return;
	}
	zval conn;
	object_init(&conn); /* sessionId() writes its cookie there */
	zend_update_property(r->ce, r, "connection", sizeof("connection") - 1, &conn);
	zval_ptr_dtor(&conn);
	static const char *const getters[] = {"method", "path", "uri", "queryString", "protocolVersion", "host",
		"header", "get", "post", "cookie", "rawHead", "rawBody", "file", "sessionId"};
	for (size_t i = 0; i < sizeof(getters) / sizeof(getters[0]); i++) {
		call(r, getters[i], 0, NULL);
	}
	zval name;
	ZVAL_STRINGL(&name, "content-type", sizeof("content-type") - 1);
	call(r, "header", 1, &name);
	zval_ptr_dtor(&name);
	OBJ_RELEASE(r);
}
#elif defined(WM_FUZZ_WS_INFLATE)
/* Input: a permessage-deflate payload. The result is NULL (corrupt), too big, or at most
 * the limit; the limit comes from the first byte so both sides of it are reached. */
static void one(const uint8_t *data, size_t size)
{
	if (!size) {
		return;
	}
	size_t max = (size_t)data[0] * 64;
	bool too_big;
	zend_string *out = wm_ws_inflate((const char *)data + 1, size - 1, max, &too_big);
	if (out) {
		ASSERT(!too_big && ZSTR_LEN(out) <= max && ZSTR_VAL(out)[ZSTR_LEN(out)] == '\0');
		zend_string_release(out);
	}
}
#elif defined(WM_FUZZ_TEXT_FRAME)
/* Input: a stream as one read (or one datagram), split as wm_conn_recv.c (connections, with
 * maxPackageSize) and wm_udp.c (datagrams) split it with Text and Frame; the PHP statics get
 * the same bytes. Every package must lie inside what is left, and every split consume. */
static void split_connection(const char *buf, size_t len, bool text)
{
	size_t max = 1024;
	while (len) {
		size_t n;
		if (text) {
			n = wm_text_input(buf, len, max);
			if (n == (size_t)-1 || n == 0) {
				return; /* too big: closed; 0: wait */
			}
			ASSERT(n <= len && buf[n - 1] == '\n');
			ASSERT(wm_text_decoded_len(buf, n) < n);
		} else {
			n = wm_frame_input(buf, len);
			if (n == 0 || n > max) {
				return; /* wait, or the error package path */
			}
			if (n > len) {
				return; /* the rest has not arrived */
			}
		}
		buf += n;
		len -= n;
	}
}

static void split_datagram(const char *buf, size_t len, bool text)
{
	while (len) {
		size_t n = text ? wm_text_input(buf, len, SIZE_MAX) : wm_frame_input(buf, len);
		if (n == 0) {
			return;
		}
		if (n > len) {
			n = len;
		}
		size_t msg = text ? wm_text_decoded_len(buf, n) : (n <= 4 ? 0 : n - 4);
		ASSERT(msg <= n);
		buf += n;
		len -= n;
	}
}

static void one(const uint8_t *data, size_t size)
{
	split_connection((const char *)data, size, true);
	split_connection((const char *)data, size, false);
	split_datagram((const char *)data, size, true);
	split_datagram((const char *)data, size, false);
	/* Text::input/decode and Frame::input/decode, as PHP code calls them */
	static const char *const classes[] = {"Workerman\\Protocols\\Text", "Workerman\\Protocols\\Frame"};
	static zend_class_entry *ces[2];
	for (int c = 0; c < 2; c++) {
		if (!ces[c]) {
			zend_string *name = zend_string_init(classes[c], strlen(classes[c]), 1);
			ces[c] = zend_lookup_class(name); /* internal classes: found for the process */
		}
		zend_class_entry *ce = ces[c];
		ASSERT(ce);
		zval arg, ret;
		ZVAL_STRINGL(&arg, (const char *)data, size);
		zend_call_method(NULL, ce, NULL, "input", 5, &ret, 1, &arg, NULL);
		zval_ptr_dtor(&ret);
		zend_call_method(NULL, ce, NULL, "decode", 6, &ret, 1, &arg, NULL);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&arg);
		ASSERT(!EG(exception));
	}
}
#elif defined(WM_FUZZ_GATEWAY)
/* Input: the byte stream of a GatewayProtocol connection. The C codec (ext/protocols/
 * wm_gateway.c, taken as the connection takes it: workerman.gateway_protocol=force on a PHP
 * GatewayProtocol defined here the way GatewayWorker 3.1+/4.x behave) against that class's PHP:
 * input() must agree; decode() must give what the PHP gives (compared as serialize() bytes) or
 * decline; encode() of what the PHP decoded must give the PHP's bytes or decline. */
#include "ext/wm_protocol.h"

static const char wm_gw_php_class[] =
	"namespace GatewayWorker\\Protocols;"
	"class GatewayProtocol {"
	"  const HEAD_LEN = 28; const FLAG_BODY_IS_SCALAR = 1;"
	"  public static function input($b) { return strlen($b) < 28 ? 0 : unpack('Nn', $b)['n']; }"
	"  public static function encode($d) {"
	"    $s = is_scalar($d['body']) ? 1 : 0; $body = $s ? $d['body'] : serialize($d['body']);"
	"    $d['flag'] |= $s; $ext = $d['ext_data'] ?? '';"
	"    return pack('NCNnNnNCnN', 28 + strlen($ext) + strlen($body), $d['cmd'], $d['local_ip'],"
	"      $d['local_port'], $d['client_ip'], $d['client_port'], $d['connection_id'], $d['flag'],"
	"      $d['gateway_port'], strlen($ext)) . $d['ext_data'] . $body; }"
	"  public static function decode($b) {"
	"    $h = unpack('Npack_len/Ccmd/Nlocal_ip/nlocal_port/Nclient_ip/nclient_port/Nconnection_id/Cflag/ngateway_port/Next_len', $b);"
	"    $h['ext_data'] = $h['ext_len'] > 0 ? substr($b, 28, $h['ext_len']) : '';"
	"    $rest = substr($b, 28 + ($h['ext_len'] > 0 ? $h['ext_len'] : 0));"
	"    if ($h['flag'] & 1) { $h['body'] = $rest; } else {"
	"      try { $h['body'] = unserialize($rest, ['allowed_classes' => false]); } catch (\\Throwable $e) {} }"
	"    return $h; } }";

static zend_string *serialized(zval *v)
{
	smart_str buf = {0};
	php_serialize_data_t var_hash;
	PHP_VAR_SERIALIZE_INIT(var_hash);
	php_var_serialize(&buf, v, &var_hash);
	PHP_VAR_SERIALIZE_DESTROY(var_hash);
	ASSERT(!EG(exception));
	return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
}

static void one(const uint8_t *data, size_t size)
{
	static const wm_proto_class *cls;
	if (!cls) {
		ASSERT(zend_eval_string((char *)wm_gw_php_class, NULL, "gateway class") == SUCCESS);
		zval name;
		ZVAL_STRING(&name, "GatewayWorker\\Protocols\\GatewayProtocol");
		ASSERT(wm_protocol_lookup(&name, &cls) == WM_PROTO_USER && cls && cls->native);
		zval_ptr_dtor(&name);
	}
	const wm_proto_native *native = cls->native;
	const char *buf = (const char *)data;
	size_t len = size;
	while (len) {
		zval arg, php_len;
		ZVAL_STRINGL(&arg, buf, len);
		zend_call_known_function(cls->input, NULL, cls->ce, &php_len, 1, &arg, NULL);
		zval_ptr_dtor(&arg);
		zend_long n = native->input(buf, len);
		ASSERT(Z_TYPE(php_len) == IS_LONG && Z_LVAL(php_len) == n);
		if (n == 0 || (size_t)n > len) {
			return;
		}
		zval pkg, php_value, c_value;
		ZVAL_STRINGL(&pkg, buf, n);
		zend_call_known_function(cls->decode, NULL, cls->ce, &php_value, 1, &pkg, NULL);
		zval_ptr_dtor(&pkg);
		ASSERT(!EG(exception));
		if (native->decode(native, buf, (size_t)n, &c_value)) {
			zend_string *a = serialized(&php_value), *b = serialized(&c_value);
			if (!zend_string_equals(a, b)) {
				fprintf(stderr, "decode differs:\n PHP %s\n C   %s\n", ZSTR_VAL(a), ZSTR_VAL(b));
			}
			ASSERT(zend_string_equals(a, b));
			zend_string_release(a);
			zend_string_release(b);
			zval_ptr_dtor(&c_value);
		}
		if (Z_TYPE(php_value) == IS_ARRAY) {
			zend_string *head, *body;
			if (native->encode(native, &php_value, &head, &body)) {
				zval php_bytes;
				zend_call_known_function(cls->encode, NULL, cls->ce, &php_bytes, 1, &php_value, NULL);
				ASSERT(!EG(exception) && Z_TYPE(php_bytes) == IS_STRING);
				ASSERT(Z_STRLEN(php_bytes) == ZSTR_LEN(head) + ZSTR_LEN(body));
				ASSERT(memcmp(Z_STRVAL(php_bytes), ZSTR_VAL(head), ZSTR_LEN(head)) == 0);
				ASSERT(memcmp(Z_STRVAL(php_bytes) + ZSTR_LEN(head), ZSTR_VAL(body), ZSTR_LEN(body)) == 0);
				zval_ptr_dtor(&php_bytes);
				zend_string_release(head);
				zend_string_release(body);
			}
		}
		zval_ptr_dtor(&php_value);
		if (EG(exception)) {
			zend_clear_exception();
		}
		buf += n;
		len -= n;
	}
}
#else
#error "define one WM_FUZZ_<TARGET>"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	one(data, size);
	return 0;
}
