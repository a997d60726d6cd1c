/* wm_protocol.c: protocol resolution (scheme -> class, class name -> C parser or PHP
 * class with its statics cached per process), and the table of built-in protocols that
 * HTTP and WebSocket fill at MINIT. The parsers of Text and Frame are wm_framing.h; calls
 * into PHP are wm_conn.c's. */
#include "wm_private.h"
#include "wm_protocol.h"
#include "wm_conn_obj.h"
#include "wm_api.h"

zend_class_entry *wm_ce_ProtocolInterface;
zend_class_entry *wm_ce_Text;
zend_class_entry *wm_ce_Frame;

/* Indexed by wm_proto_kind: the connection finds a built-in protocol with one load. */
const wm_builtin_proto *wm_protocol_builtins[WM_PROTO__COUNT];
/* The connection properties built-in protocols keep (interned), by kind, and all of them:
 * the property handlers check a name against the short list before resolving a protocol. */
zend_string *wm_protocol_property_names[WM_PROTO__COUNT];
static zend_string *wm_protocol_property_list[WM_PROTO__COUNT];
static int wm_protocol_property_count;

void wm_protocol_register_builtin(wm_proto_kind kind, const wm_builtin_proto *proto)
{
	wm_protocol_builtins[kind] = proto;
	if (!proto->property_name) {
		return;
	}
	zend_string *name = zend_string_init_interned(proto->property_name, strlen(proto->property_name), 1);
	wm_protocol_property_names[kind] = name;
	for (int i = 0; i < wm_protocol_property_count; i++) {
		if (zend_string_equals(wm_protocol_property_list[i], name)) {
			return;
		}
	}
	wm_protocol_property_list[wm_protocol_property_count++] = name;
}

bool wm_protocol_is_property(zend_string *name)
{
	for (int i = 0; i < wm_protocol_property_count; i++) {
		if (zend_string_equals(wm_protocol_property_list[i], name)) {
			return true;
		}
	}
	return false;
}

static bool wm_class_exists(zend_string *name)
{
	return zend_lookup_class(name) != NULL;
}

zend_string *wm_protocol_resolve_scheme(const char *scheme, size_t len)
{
	zend_string *ucfirst = zend_string_init(scheme, len, 0);
	ZSTR_VAL(ucfirst)[0] = (char)toupper((unsigned char)ZSTR_VAL(ucfirst)[0]);
	zend_string *user_class = ZSTR_VAL(ucfirst)[0] == '\\'
		? zend_string_copy(ucfirst)
		: zend_string_concat2("Protocols\\", sizeof("Protocols\\") - 1, ZSTR_VAL(ucfirst), ZSTR_LEN(ucfirst));
	if (wm_class_exists(user_class)) {
		zend_string_release(ucfirst);
		return user_class;
	}
	zend_string_release(user_class);
	zend_string *builtin = zend_string_concat2("Workerman\\Protocols\\", sizeof("Workerman\\Protocols\\") - 1,
		ZSTR_VAL(ucfirst), ZSTR_LEN(ucfirst));
	if (wm_class_exists(builtin)) {
		zend_string_release(ucfirst);
		return builtin;
	}
	zend_string_release(builtin);
	zend_throw_exception_ex(NULL, 0, "class \\Protocols\\%s not exist", ZSTR_VAL(ucfirst));
	zend_string_release(ucfirst);
	return NULL;
}

/* lower-case class name -> wm_proto_class*; the last hit is kept by string pointer, since
 * every connection of a Worker shares the Worker's protocol string. */
static HashTable wm_proto_classes;
static bool wm_proto_classes_ready;
static zend_string *wm_proto_last_name;
static wm_proto_kind wm_proto_last_kind;
static const wm_proto_class *wm_proto_last_cls;

static wm_proto_recogniser wm_proto_recognise;

void wm_protocol_register_recogniser(wm_proto_recogniser recognise)
{
	wm_proto_recognise = recognise;
}

static void wm_proto_class_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static zend_function *wm_proto_static(zend_class_entry *ce, const char *lc_name, size_t len)
{
	zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, lc_name, len);
	return fn && (fn->common.fn_flags & ZEND_ACC_STATIC) ? fn : NULL;
}

static wm_proto_kind wm_protocol_resolve(zend_string *name, const wm_proto_class **cls)
{
	const char *val = ZSTR_VAL(name);
	size_t len = ZSTR_LEN(name);
	if (len && val[0] == '\\') {
		val++;
		len--;
	}
	if (len == 0) {
		return WM_PROTO_NONE;
	}
	zend_string *given = zend_string_init(val, len, 0);
	zend_string *lc = zend_string_tolower(given);
	zend_string_release(given);
	/* Our own Text and Frame classes: run the C parsers on the buffer instead. */
	if (zend_string_equals_literal(lc, "workerman\\protocols\\text")) {
		zend_string_release(lc);
		return WM_PROTO_TEXT;
	}
	if (zend_string_equals_literal(lc, "workerman\\protocols\\frame")) {
		zend_string_release(lc);
		return WM_PROTO_FRAME;
	}
	if (!wm_proto_classes_ready) {
		zend_hash_init(&wm_proto_classes, 4, NULL, wm_proto_class_dtor, 0);
		wm_proto_classes_ready = true;
	}
	wm_proto_class *found = zend_hash_find_ptr(&wm_proto_classes, lc);
	if (!found) {
		zend_class_entry *ce = zend_lookup_class(name);
		if (!ce) {
			zend_string_release(lc);
			*cls = NULL;
			return WM_PROTO_USER;
		}
		found = ecalloc(1, sizeof(*found));
		found->ce = ce;
		found->input = wm_proto_static(ce, "input", 5);
		found->decode = wm_proto_static(ce, "decode", 6);
		found->encode = wm_proto_static(ce, "encode", 6);
		found->on_close = wm_proto_static(ce, "onclose", 7);
		found->on_connect = wm_proto_static(ce, "onconnect", 9);
		found->native = wm_proto_recognise ? wm_proto_recognise(ce) : NULL;
		zend_hash_add_new_ptr(&wm_proto_classes, lc, found);
	}
	*cls = found;
	wm_proto_kind kind = WM_PROTO_USER;
	if (zend_string_equals_literal(lc, "workerman\\protocols\\http")) {
		kind = WM_PROTO_HTTP;
	} else if (zend_string_equals_literal(lc, "workerman\\protocols\\websocket")) {
		kind = WM_PROTO_WEBSOCKET;
	} else if (zend_string_equals_literal(lc, "workerman\\protocols\\ws")) {
		kind = WM_PROTO_WS;
	}
	zend_string_release(lc);
	return kind;
}

wm_proto_kind wm_protocol_lookup(const zval *protocol, const wm_proto_class **cls)
{
	*cls = NULL;
	if (Z_TYPE_P(protocol) != IS_STRING) {
		return zend_is_true((zval *)protocol) ? WM_PROTO_USER : WM_PROTO_NONE;
	}
	zend_string *name = Z_STR_P(protocol);
	if (name == wm_proto_last_name) {
		*cls = wm_proto_last_cls;
		return wm_proto_last_kind;
	}
	wm_proto_kind kind = wm_protocol_resolve(name, cls);
	if (kind != WM_PROTO_USER || *cls) {
		if (wm_proto_last_name) {
			zend_string_release(wm_proto_last_name);
		}
		wm_proto_last_name = zend_string_copy(name);
		wm_proto_last_kind = kind;
		wm_proto_last_cls = *cls;
	}
	return kind;
}

void wm_protocol_throw_missing(const zval *protocol)
{
	zend_string *name = zval_get_string((zval *)protocol);
	const char *val = ZSTR_VAL(name);
	zend_throw_error(NULL, "Class \"%s\" not found", val[0] == '\\' ? val + 1 : val);
	zend_string_release(name);
}

void wm_protocol_rshutdown(void)
{
	if (wm_proto_last_name) {
		zend_string_release(wm_proto_last_name);
		wm_proto_last_name = NULL;
	}
	wm_proto_last_cls = NULL;
	if (wm_proto_classes_ready) {
		zend_hash_destroy(&wm_proto_classes);
		wm_proto_classes_ready = false;
	}
}

void wm_protocol_minit(void)
{
	wm_ce_ProtocolInterface = wm_api_reg->ProtocolInterface();
	wm_ce_Text = wm_api_reg->Text();
	wm_ce_Frame = wm_api_reg->Frame();
}
