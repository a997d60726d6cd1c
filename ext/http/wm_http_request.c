/* wm_http_request.c: the Http\Request class, Workerman 4.x API (API.md 6.3): the object (one
 * allocation per request; the raw bytes referenced, never copied), the property handlers
 * that serve undeclared names from `properties` without PHP calls, the getters, and the two
 * calls the Http protocol makes (create, detach). Parsing: wm_http_request_parse.c; session
 * methods: wm_http_request_session.c. free_obj unlinks upload temp files, calls no PHP. */
#include "wm_http_request_int.h"
#include "wm_log.h"
#include "wm_api.h"

zend_class_entry *wm_ce_HttpRequest;

uint32_t wm_req_off_connection, wm_req_off_session, wm_req_off_properties, wm_req_off_buffer,
	wm_req_off_data, wm_req_off_trailers;
zend_string *wm_req_str_get, *wm_req_str_post, *wm_req_str_files, *wm_req_str_headers,
	*wm_req_str_cookie, *wm_req_str_content_type, *wm_req_str_v10, *wm_req_str_v11;
zend_string *wm_req_method_str[WM_HTTP_PATCH + 1];
zend_string *wm_req_known_headers[WM_HTTP_H_COUNT];
const char *const wm_req_method_lc[WM_RM_COUNT] = {
	"header", "uri", "querystring", "rawbody", "cookie", "sessionid"
};
zend_function *wm_req_own_fn[WM_RM_COUNT];

zend_string *wm_req_str_sid, *wm_req_str_session, *wm_req_str_set_cookie, *wm_req_str_name;
zend_function *wm_req_create_sid;
static zend_string *wm_req_str_enable_cache;
static zend_function *wm_req_magic[4]; /* our __get, __set, __isset, __unset */
static zend_function *wm_req_ctor, *wm_req_dtor;
static zend_object_handlers wm_req_handlers;

/* ---- object --------------------------------------------------------------------------- */

/* A released Http\Request kept for the next one (wm_http_request_release), or NULL. */
static wm_http_request_obj *wm_req_spare;

/* The raw string of a released request nothing else held, kept with room for raw_room
 * bytes (its length then: a string never grows back) for wm_http_request_raw(). Only small
 * ones: a large body is not kept alive for the small requests after it. */
static zend_string *wm_req_spare_raw;
static size_t wm_req_spare_raw_room;
#define WM_REQ_SPARE_RAW_MAX 16384

/* Header lines every object made for a parsed request has room for, so that the kept one
 * fits the next request of an ordinary client. */
#define WM_REQ_MIN_HDR_ROOM 16

/* A new object of ce with room behind its properties for hdr_room header lines (the one
 * allocation per request stays one); the properties hold their defaults. */
static zend_never_inline wm_http_request_obj *wm_req_alloc(zend_class_entry *ce, uint32_t *hdr_room)
{
	if (*hdr_room && *hdr_room < WM_REQ_MIN_HDR_ROOM) {
		*hdr_room = WM_REQ_MIN_HDR_ROOM;
	}
	wm_http_request_obj *r = emalloc(sizeof(wm_http_request_obj) + zend_object_properties_size(ce)
		+ *hdr_room * sizeof(wm_req_hdr));
	zend_object_std_init(&r->std, ce);
	if (EXPECTED(ce == wm_ce_HttpRequest)) {
		/* our defaults are null and [] (immutable): nothing to count, a plain copy */
		memcpy(r->std.properties_table, CE_DEFAULT_PROPERTIES_TABLE(ce), sizeof(zval) * ce->default_properties_count);
	} else {
		object_properties_init(&r->std, ce);
	}
	r->std.handlers = &wm_req_handlers;
	return r;
}

/* The object: the kept one when it fits (no allocation), else a new one (wm_req_alloc). */
static zend_always_inline zend_object *wm_req_new(zend_class_entry *ce, uint32_t hdr_room)
{
	bool with_hdr = hdr_room != 0;
	wm_http_request_obj *r = wm_req_spare;
	if (r && EXPECTED(ce == wm_ce_HttpRequest) && hdr_room <= r->hdr_room) {
		/* reset when it was kept: the properties hold the defaults, the rest is cleared here */
		wm_req_spare = NULL;
		hdr_room = r->hdr_room;
	} else {
		r = wm_req_alloc(ce, &hdr_room);
	}
	/* in two parts: a memset of all 96 bytes compiles to rep stos, twice the instructions */
	memset(r, 0, XtOffsetOf(wm_http_request_obj, tmp));
	r->tmp = (wm_http_tmp_files){0};
	r->line_len = r->head_len = WM_REQ_UNKNOWN;
	r->hdr_room = hdr_room;
	if (with_hdr) {
		r->hdr = (const wm_req_hdr *)((char *)r + sizeof(wm_http_request_obj) + zend_object_properties_size(ce));
	}
	return &r->std;
}

static zend_object *wm_req_create_object(zend_class_entry *ce)
{
	return wm_req_new(ce, 0);
}

static void wm_req_free_obj(zend_object *obj)
{
	wm_http_request_obj *r = wm_req_from_obj(obj);
	wm_http_tmp_files_remove(&r->tmp);
	wm_req_forget(r);
	zend_object_std_dtor(obj);
}

/* Our __destruct only removes temp files, which free_obj does anyway: skip the PHP call
 * per request unless a subclass brought its own destructor. */
static void wm_req_dtor_obj(zend_object *obj)
{
	if (obj->ce->destructor != wm_req_dtor) {
		zend_objects_destroy_object(obj);
	}
}

/* The clone shares the memoised strings; the temp files stay with the original. */
static zend_object *wm_req_clone_obj(zend_object *old)
{
	wm_http_request_obj *src = wm_req_from_obj(old);
	zend_object *obj = wm_req_new(old->ce, src->hdr ? src->hdr_count : 0);
	wm_http_request_obj *r = wm_req_from_obj(obj);
	zend_string **from[] = { &src->raw, &src->method, &src->uri, &src->path, &src->query, &src->version };
	zend_string **to[] = { &r->raw, &r->method, &r->uri, &r->path, &r->query, &r->version };
	for (size_t i = 0; i < sizeof(from) / sizeof(from[0]); i++) {
		*to[i] = *from[i] ? zend_string_copy(*from[i]) : NULL;
	}
	r->line_len = src->line_len;
	r->head_len = src->head_len;
	if (src->hdr) {
		memcpy((wm_req_hdr *)r->hdr, src->hdr, src->hdr_count * sizeof(wm_req_hdr));
		r->hdr_count = src->hdr_count;
	} else {
		r->hdr = NULL;
	}
	zend_objects_clone_members(obj, old);
	return obj;
}

/* ---- undeclared properties live in `properties` (4.x __get/__set/__isset/__unset) ------ */

/* true for a name our magic methods would get: not declared anywhere in the class, and the
 * four magic methods are ours (a subclass overriding any of them gets the std handlers,
 * which call its methods). A runtime cache slot holding the class means std resolved it. */
static bool wm_req_is_dynamic(zend_object *obj, zend_string *name, void **cache_slot)
{
	zend_class_entry *ce = obj->ce;
	if (cache_slot && CACHED_PTR_EX(cache_slot) == ce) {
		return false;
	}
	if (UNEXPECTED(ce->__get != wm_req_magic[0] || ce->__set != wm_req_magic[1]
			|| ce->__isset != wm_req_magic[2] || ce->__unset != wm_req_magic[3])) {
		return false;
	}
	return !zend_hash_exists(&ce->properties_info, name);
}

static zval *wm_req_props(zend_object *obj)
{
	zval *p = WM_REQ_PROP(obj, wm_req_off_properties);
	ZVAL_DEREF(p);
	return p;
}

/* $this->properties for a write: made an array (4.x auto-vivifies null), separated. */
static HashTable *wm_req_props_for_write(zend_object *obj)
{
	zval *p = wm_req_props(obj);
	if (Z_TYPE_P(p) != IS_ARRAY) {
		if (Z_TYPE_P(p) > IS_FALSE) {
			zend_throw_error(NULL, "Cannot use a scalar value as an array");
			return NULL;
		}
		array_init(p);
	}
	SEPARATE_ARRAY(p);
	return Z_ARRVAL_P(p);
}

static zval *wm_req_find_name(zend_object *obj, zend_string *name)
{
	zval key;
	ZVAL_STR(&key, name);
	return wm_req_find(wm_req_props(obj), &key);
}

static zval *wm_req_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	if (!wm_req_is_dynamic(obj, name, cache_slot)) {
		return zend_std_read_property(obj, name, type, cache_slot, rv);
	}
	zval *v = wm_req_find_name(obj, name);
	if (type == BP_VAR_R || type == BP_VAR_IS) {
		return v ? v : &EG(uninitialized_zval);
	}
	/* a write through the value: 4.x's __get returns a copy, so PHP says what it says there */
	if (v) {
		ZVAL_COPY(rv, v);
	} else {
		ZVAL_NULL(rv);
	}
	if (Z_TYPE_P(rv) != IS_OBJECT) {
		zend_error(E_NOTICE, "Indirect modification of overloaded property %s::$%s has no effect",
			ZSTR_VAL(obj->ce->name), ZSTR_VAL(name));
	}
	return rv;
}

static zval *wm_req_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	if (!wm_req_is_dynamic(obj, name, cache_slot)) {
		return zend_std_write_property(obj, name, value, cache_slot);
	}
	HashTable *props = wm_req_props_for_write(obj);
	if (!props) {
		return &EG(error_zval);
	}
	ZVAL_DEREF(value);
	Z_TRY_ADDREF_P(value);
	return zend_symtable_update(props, name, value);
}

static int wm_req_has_property(zend_object *obj, zend_string *name, int has_set_exists, void **cache_slot)
{
	if (!wm_req_is_dynamic(obj, name, cache_slot)) {
		return zend_std_has_property(obj, name, has_set_exists, cache_slot);
	}
	if (has_set_exists == ZEND_PROPERTY_EXISTS) {
		return 0; /* property_exists() does not ask __isset */
	}
	zval *v = wm_req_find_name(obj, name);
	return v && (has_set_exists != ZEND_PROPERTY_NOT_EMPTY || zend_is_true(v));
}

static void wm_req_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
	if (!wm_req_is_dynamic(obj, name, cache_slot)) {
		zend_std_unset_property(obj, name, cache_slot);
		return;
	}
	zval *p = wm_req_props(obj);
	if (Z_TYPE_P(p) == IS_ARRAY) {
		SEPARATE_ARRAY(p);
		zend_symtable_del(Z_ARRVAL_P(p), name);
	}
}

/* No pointer for undeclared names: `$r->x[] = 1` reads then fails as it does with 4.x's
 * __get, `$r->x .= 'a'` and `$r->x++` read and write. */
static zval *wm_req_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (!wm_req_is_dynamic(obj, name, cache_slot)) {
		return zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
	}
	return NULL;
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __get)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *v = wm_req_find(wm_req_props(Z_OBJ_P(ZEND_THIS)), name);
	if (v) {
		RETURN_COPY(v);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __set)
{
	zval *name, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	HashTable *props = wm_req_props_for_write(Z_OBJ_P(ZEND_THIS));
	if (props) {
		array_set_zval_key(props, name, value);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __isset)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_req_find(wm_req_props(Z_OBJ_P(ZEND_THIS)), name) != NULL);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __unset)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	zval *p = wm_req_props(Z_OBJ_P(ZEND_THIS));
	if (Z_TYPE_P(p) != IS_ARRAY) {
		return;
	}
	SEPARATE_ARRAY(p);
	ZVAL_DEREF(name);
	if (Z_TYPE_P(name) == IS_LONG) {
		zend_hash_index_del(Z_ARRVAL_P(p), Z_LVAL_P(name));
	} else {
		zend_string *key = zval_try_get_string(name);
		if (key) {
			zend_symtable_del(Z_ARRVAL_P(p), key);
			zend_string_release(key);
		}
	}
}

/* ---- getters ------------------------------------------------------------------------------ */

ZEND_METHOD(Workerman_Protocols_Http_Request, __construct)
{
	zend_string *buffer;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(buffer)
	ZEND_PARSE_PARAMETERS_END();
	zval *slot = WM_REQ_PROP(Z_OBJ_P(ZEND_THIS), wm_req_off_buffer);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_STR_COPY(slot, buffer);
	zval_ptr_dtor(&old);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, get)
{
	zval *name = NULL, *def = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	zval *arr = wm_req_get_array(WM_REQ_THIS());
	if (!arr) {
		RETURN_THROWS();
	}
	wm_req_pick(arr, name, def, return_value);
}

/* post() and file(): both come from one parsePost(). */
static void wm_req_post_or_files(INTERNAL_FUNCTION_PARAMETERS, zend_string *key, zval *name, zval *def)
{
	wm_http_request_obj *r = WM_REQ_THIS();
	zval *arr = wm_req_memo(&r->std, key);
	if (!arr) {
		if (wm_req_parse_post(r) == FAILURE) {
			RETURN_THROWS();
		}
		arr = wm_req_memo(&r->std, key);
		if (!arr) {
			RETURN_NULL();
		}
	}
	wm_req_pick(arr, name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, post)
{
	zval *name = NULL, *def = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_post_or_files(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_req_str_post, name, def);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, file)
{
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
	ZEND_PARSE_PARAMETERS_END();
	zval zname;
	if (name) {
		ZVAL_STR(&zname, name);
	}
	wm_req_post_or_files(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_req_str_files, name ? &zname : NULL, NULL);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, header)
{
	zval *name = NULL, *def = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_header(WM_REQ_THIS(), name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, cookie)
{
	zval *name = NULL, *def = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	zval *arr = wm_req_cookie_array(WM_REQ_THIS());
	if (!arr) {
		RETURN_THROWS();
	}
	wm_req_pick(arr, name, def, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, method)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_req_method(WM_REQ_THIS()));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, protocolVersion)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_req_version(WM_REQ_THIS()));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, uri)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_req_uri(WM_REQ_THIS()));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, path)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *part = wm_req_url(WM_REQ_THIS(), false);
	if (!part) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(part);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, queryString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *part = wm_req_url(WM_REQ_THIS(), true);
	if (!part) {
		RETURN_THROWS();
	}
	RETURN_STR_COPY(part);
}

/* $host = $this->header('host'); $withoutPort: preg_replace('/:\d{1,5}$/', '', $host) */
ZEND_METHOD(Workerman_Protocols_Http_Request, host)
{
	zval *without_port = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(without_port)
	ZEND_PARSE_PARAMETERS_END();
	zval name, def;
	ZVAL_STR(&name, ZSTR_KNOWN(ZEND_STR_HOST));
	ZVAL_NULL(&def);
	wm_req_this_header(WM_REQ_THIS(), &name, &def, return_value);
	if (EG(exception) || !without_port || !zend_is_true(without_port) || !zend_is_true(return_value)
			|| Z_TYPE_P(return_value) != IS_STRING) {
		return;
	}
	const char *s = Z_STRVAL_P(return_value);
	size_t len = Z_STRLEN_P(return_value);
	/* '$' also matches before a final "\n", which stays */
	size_t end = len && s[len - 1] == '\n' ? len - 1 : len;
	size_t d = end;
	while (d > 0 && end - d < 6 && s[d - 1] >= '0' && s[d - 1] <= '9') {
		d--;
	}
	if (d == end || end - d > 5 || d == 0 || s[d - 1] != ':') {
		return;
	}
	zend_string *out = zend_string_concat2(s, d - 1, s + end, len - end);
	zval_ptr_dtor(return_value);
	RETURN_NEW_STR(out);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawHead)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_http_request_obj *r = WM_REQ_THIS();
	zend_string *raw = wm_req_raw(r);
	size_t head = wm_req_head_len(r, raw);
	if (head == WM_REQ_ABSENT) {
		RETURN_FALSE;
	}
	RETURN_STRINGL(ZSTR_VAL(raw), head);
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_req_raw_body(WM_REQ_THIS()));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, rawBuffer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY_DEREF(WM_REQ_PROP(Z_OBJ_P(ZEND_THIS), wm_req_off_buffer));
}

ZEND_METHOD(Workerman_Protocols_Http_Request, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(wm_req_raw(WM_REQ_THIS()));
}

/* 4.x removes the files listed in _data['files']; this removes every temp file it made. */
ZEND_METHOD(Workerman_Protocols_Http_Request, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_http_tmp_files_remove(&WM_REQ_THIS()->tmp);
}

/* 4.x keeps static caches of parsed arrays behind this switch; parsing here is cheaper than
 * its cache lookups, so the flag is only kept for code that reads it. */
ZEND_METHOD(Workerman_Protocols_Http_Request, enableCache)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *ce = zend_get_called_scope(execute_data);
	zend_update_static_property_bool(ce ? ce : wm_ce_HttpRequest, ZSTR_VAL(wm_req_str_enable_cache),
		ZSTR_LEN(wm_req_str_enable_cache), zend_is_true(value));
}

/* ---- 5.x ------------------------------------------------------------------------------------ */

static zend_always_inline void wm_req_set_slot(zend_object *obj, uint32_t off, zval *value)
{
	zval *slot = WM_REQ_PROP(obj, off);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	if (value) {
		ZVAL_COPY(slot, value);
	} else {
		ZVAL_NULL(slot);
	}
	i_zval_ptr_dtor(&old); /* inline: nothing for the null most slots hold */
}


/* Http::decode() hands a chunked request its trailer fields here; later calls change nothing. */
ZEND_METHOD(Workerman_Protocols_Http_Request, setChunkTrailers)
{
	zval *trailers;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(trailers)
	ZEND_PARSE_PARAMETERS_END();
	zval *slot = WM_REQ_PROP(Z_OBJ_P(ZEND_THIS), wm_req_off_trailers);
	if (Z_TYPE_P(slot) == IS_NULL) {
		wm_req_set_slot(Z_OBJ_P(ZEND_THIS), wm_req_off_trailers, trailers);
	}
}

/* Like header(): all trailers without a name, else the lower-cased name's value or default. */
ZEND_METHOD(Workerman_Protocols_Http_Request, trailer)
{
	zend_string *name = NULL;
	zval *def = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(name)
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	zval *all = WM_REQ_PROP(Z_OBJ_P(ZEND_THIS), wm_req_off_trailers);
	ZVAL_DEREF(all);
	if (!name) {
		if (Z_TYPE_P(all) == IS_ARRAY) {
			RETURN_COPY(all);
		}
		RETURN_EMPTY_ARRAY();
	}
	zval *v = NULL;
	if (Z_TYPE_P(all) == IS_ARRAY) {
		zend_string *lc = zend_string_tolower(name);
		v = zend_symtable_find(Z_ARRVAL_P(all), lc);
		zend_string_release(lc);
	}
	if (v && Z_TYPE_P(v) != IS_NULL) {
		RETURN_COPY_DEREF(v);
	}
	if (def) {
		RETURN_COPY(def);
	}
}

/* 5.x: a request kept past its reply (webman's Request calls parent::destroy()) lets go of
 * its dynamic properties, session id, session and connection. */
ZEND_METHOD(Workerman_Protocols_Http_Request, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *props = WM_REQ_PROP(obj, wm_req_off_properties);
	ZVAL_DEREF(props);
	if (Z_TYPE_P(props) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(props))) {
		zval empty;
		ZVAL_EMPTY_ARRAY(&empty);
		wm_req_set_slot(obj, wm_req_off_properties, &empty);
	}
	wm_req_set_slot(obj, wm_req_off_session, NULL);
	wm_req_set_slot(obj, wm_req_off_connection, NULL);
}

/* ---- the Http protocol's side (wm_http.h) ------------------------------------------------ */

/* Where the parser already saw the request line and the head end. wm_http.h's contract:
 * raw begins with the bytes p accepted (COMPLETE, not chunked), so no byte of raw needs a
 * second look: the request line is `METHOD SP target SP HTTP/1.D CRLF`, the method the exact
 * word matched, and the head ends with CRLF CRLF at head_len (the parser's own checks). */
static zend_always_inline void wm_req_take_summary(wm_http_request_obj *r, const wm_http_parser *p)
{
	if (UNEXPECTED(p->head_len == 0 || p->chunked || p->method < WM_HTTP_GET || p->method > WM_HTTP_PATCH)) {
		r->hdr = NULL;
		return;
	}
	r->line_len = (size_t)p->target_off + p->target_len + sizeof(" HTTP/1.x") - 1;
	r->method = wm_req_method_str[p->method];
	r->head_len = (size_t)p->head_len - 4;
	/* The header lines, when the object has room for them: header() then reads their
	 * offsets instead of scanning the head again. */
	if (r->hdr) {
		wm_req_hdr *to = (wm_req_hdr *)r->hdr;
		for (uint32_t i = 0; i < p->header_count; i++) {
			memcpy(&to[i], &p->headers[i], sizeof(wm_req_hdr)); /* one 8-byte move each */
		}
		r->hdr_count = p->header_count;
	}
}

/* Http::requestClass() may name a class that is no Request at all (4.x only constructs it
 * with the buffer and sets ->connection): do just that, through the normal handlers. */
static zend_object *wm_req_create_foreign(zend_object *obj, zend_string *raw, zval *connection)
{
	if (obj->ce->constructor) {
		zval arg;
		ZVAL_STR(&arg, raw);
		zend_call_known_instance_method_with_1_params(obj->ce->constructor, obj, NULL, &arg);
	}
	if (connection && !EG(exception)) {
		zend_update_property(obj->ce, obj, "connection", sizeof("connection") - 1, connection);
	}
	if (EG(exception)) {
		OBJ_RELEASE(obj);
		return NULL;
	}
	return obj;
}

/* new $ce (object_init_ex's checks), made by us with room for p's header lines when ce is
 * Request or a subclass of it. */
static zend_object *wm_req_instantiate(zend_class_entry *ce, const wm_http_parser *p)
{
	const uint32_t refuse = ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS
		| ZEND_ACC_EXPLICIT_ABSTRACT_CLASS | ZEND_ACC_ENUM;
	/* a class object_init_ex() would refuse, or whose constants it would update first, goes
	 * through it (and scans) */
	if (p && EXPECTED(ce->create_object == wm_req_create_object)
			&& EXPECTED((ce->ce_flags & (refuse | ZEND_ACC_CONSTANTS_UPDATED)) == ZEND_ACC_CONSTANTS_UPDATED)) {
		return wm_req_new(ce, p->header_count);
	}
	zval zobj;
	return object_init_ex(&zobj, ce) == SUCCESS ? Z_OBJ(zobj) : NULL;
}

zend_object *wm_http_request_create(zend_class_entry *ce, zend_string *raw, const wm_http_parser *p,
	zval *connection)
{
	zend_object *obj = wm_req_instantiate(ce, p);
	if (UNEXPECTED(!obj)) {
		return NULL;
	}
	if (UNEXPECTED(obj->handlers != &wm_req_handlers)) {
		return wm_req_create_foreign(obj, raw, connection);
	}
	wm_http_request_obj *r = wm_req_from_obj(obj);
	zval buffer;
	ZVAL_STR(&buffer, raw);
	wm_req_set_slot(obj, wm_req_off_buffer, &buffer); /* a subclass may redeclare its default */
	r->raw = zend_string_copy(raw);
	if (p) {
		wm_req_take_summary(r, p);
	}
	if (UNEXPECTED(ce->constructor != wm_req_ctor)) {
		zval arg;
		ZVAL_STR(&arg, raw);
		zend_call_known_instance_method_with_1_params(ce->constructor, obj, NULL, &arg);
		if (EG(exception)) {
			OBJ_RELEASE(obj);
			return NULL;
		}
	}
	if (connection) {
		wm_req_set_slot(obj, wm_req_off_connection, connection);
	}
	return obj;
}

zend_object *wm_http_request_from_bytes(zend_class_entry *ce, const char *buf, const wm_http_parser *p,
	zval *connection)
{
	size_t len = (size_t)p->total_len;
	zend_string *raw = wm_req_spare_raw;
	/* the kept object and string, Request itself: its _buffer and connection slots hold their
	 * null defaults (the reset of wm_http_request_release()), so both are set without a look
	 * at what they held */
	if (EXPECTED(ce == wm_ce_HttpRequest) && wm_req_spare && p->header_count <= wm_req_spare->hdr_room
			&& raw && len <= wm_req_spare_raw_room && EXPECTED(ce->constructor == wm_req_ctor)
			&& EXPECTED((ce->ce_flags & ZEND_ACC_CONSTANTS_UPDATED) && p->head_len && !p->chunked)) {
		zend_object *obj = wm_req_new(ce, p->header_count);
		wm_http_request_obj *r = wm_req_from_obj(obj);
		wm_req_spare_raw = NULL;
		GC_SET_REFCOUNT(raw, 2); /* _buffer and r->raw */
		GC_TYPE_INFO(raw) = GC_STRING;
		ZSTR_H(raw) = 0;
		ZSTR_LEN(raw) = len;
		memcpy(ZSTR_VAL(raw), buf, len);
		ZSTR_VAL(raw)[len] = '\0';
		ZVAL_STR(WM_REQ_PROP(obj, wm_req_off_buffer), raw);
		r->raw = raw;
		wm_req_take_summary(r, p);
		if (connection) {
			ZVAL_COPY(WM_REQ_PROP(obj, wm_req_off_connection), connection);
		}
		return obj;
	}
	raw = wm_http_request_raw(buf, len);
	zend_object *request = wm_http_request_create(ce, raw, p, connection);
	zend_string_release(raw);
	return request;
}

void wm_http_request_detach(zend_object *request)
{
	if (UNEXPECTED(request->handlers != &wm_req_handlers)) {
		zval null;
		ZVAL_NULL(&null);
		zend_update_property(request->ce, request, "session", sizeof("session") - 1, &null);
		zend_update_property(request->ce, request, "connection", sizeof("connection") - 1, &null);
		return;
	}
	wm_req_set_slot(request, wm_req_off_session, NULL);
	wm_req_set_slot(request, wm_req_off_connection, NULL);
}

/* When none of the n slots holds a counted value, puts the n defaults back (what the loop in
 * wm_http_request_release() does then) and returns true; n is a constant at each call. */
static zend_always_inline bool wm_req_reset_plain(zval *slot, const zval *def, uint32_t n)
{
	uint32_t type_info = 0;
#pragma GCC unroll 8
	for (uint32_t i = 0; i < n; i++) {
		type_info |= Z_TYPE_INFO(slot[i]);
	}
	if (type_info & (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT)) {
		return false;
	}
	/* value, type and u2 (the PROP flags): ZVAL_COPY_VALUE_PROP; 16 bytes at a time (one copy
	 * of 7 zvals compiles to rep movs, 29 instructions under callgrind) */
#pragma GCC unroll 8
	for (uint32_t i = 0; i < n; i++) {
		memcpy(&slot[i], &def[i], sizeof(zval));
	}
	return true;
}

void wm_http_request_release(zend_object *request)
{
	if (GC_REFCOUNT(request) != 1 || wm_req_spare || request->ce != wm_ce_HttpRequest
			|| request->handlers != &wm_req_handlers || request->properties
			|| (GC_FLAGS(request) & IS_OBJ_WEAKLY_REFERENCED)
			|| UNEXPECTED(EG(flags) & EG_FLAGS_IN_SHUTDOWN)) {
		OBJ_RELEASE(request);
		return;
	}
	/* What free_obj and the store would do, minus the store and the allocation; the next
	 * wm_req_new() clears the rest. A value released here may run a destructor: the object
	 * is unreachable from PHP (this is its last reference), and kept only once clean. */
	wm_http_request_obj *r = wm_req_from_obj(request);
	/* Left in the GC root buffer if the closure's release put it there: the next request
	 * then skips gc_possible_root(), and a collection finds it live (refcount 1, no child
	 * to count down) and takes it out itself; freeing it takes it out too (objects store). */
	if (UNEXPECTED(r->tmp.paths)) {
		wm_http_tmp_files_remove(&r->tmp);
	}
	/* the raw string too, when only this request held it (r->raw and `_buffer`): the next
	 * request's bytes go into it instead of a new allocation */
	zend_string *raw = r->raw;
	zval *buffer = WM_REQ_PROP(request, wm_req_off_buffer);
	if (raw && !wm_req_spare_raw && Z_TYPE_P(buffer) == IS_STRING && Z_STR_P(buffer) == raw
			&& GC_REFCOUNT(raw) == 2 && !ZSTR_IS_INTERNED(raw) && ZSTR_LEN(raw) <= WM_REQ_SPARE_RAW_MAX) {
		ZVAL_NULL(buffer); /* the reset below puts the default back */
		r->raw = NULL;
		GC_SET_REFCOUNT(raw, 1);
		wm_req_spare_raw = raw;
		wm_req_spare_raw_room = ZSTR_LEN(raw);
	}
	wm_req_forget(r);
	zval *slot = request->properties_table;
	zval *def = CE_DEFAULT_PROPERTIES_TABLE(request->ce);
	uint32_t count = request->ce->default_properties_count;
	/* Request's own slots (6 under profile 4, 7 under 5), none holding a counted value (the
	 * usual: connection and session detached by the reply, the raw string taken above): one
	 * fixed-size copy of the defaults (callgrind: release 157 -> 127 instructions) */
	if (EXPECTED(count == 6) ? wm_req_reset_plain(slot, def, 6) : count == 7 && wm_req_reset_plain(slot, def, 7)) {
		count = 0;
	}
	zval *end = slot + count;
	for (; slot < end; slot++, def++) {
		if (Z_REFCOUNTED_P(slot)) {
			zval old;
			ZVAL_COPY_VALUE(&old, slot);
			ZVAL_COPY_VALUE_PROP(slot, def);
			zval_ptr_dtor(&old);
		} else {
			ZVAL_COPY_VALUE_PROP(slot, def);
		}
	}
	if (UNEXPECTED(wm_req_spare || request->properties || GC_REFCOUNT(request) != 1)) {
		OBJ_RELEASE(request); /* a destructor above reached it after all */
		return;
	}
	wm_req_spare = r;
}

zend_string *wm_http_request_raw(const char *buf, size_t len)
{
	zend_string *s = wm_req_spare_raw;
	if (s && len <= wm_req_spare_raw_room) {
		wm_req_spare_raw = NULL;
		/* as zend_string_alloc() leaves a new one: refcount 1, no flags, no hash */
		GC_TYPE_INFO(s) = GC_STRING;
		ZSTR_H(s) = 0;
		ZSTR_LEN(s) = len;
		memcpy(ZSTR_VAL(s), buf, len);
		ZSTR_VAL(s)[len] = '\0';
		return s;
	}
	return zend_string_init(buf, len, 0);
}

void wm_http_request_spare_free(void)
{
	if (wm_req_spare_raw) {
		zend_string_release(wm_req_spare_raw);
		wm_req_spare_raw = NULL;
	}
	if (wm_req_spare) {
		zend_object *obj = &wm_req_spare->std;
		wm_req_spare = NULL;
		OBJ_RELEASE(obj);
	}
}

/* ---- MINIT ------------------------------------------------------------------------------- */

static zend_string *wm_req_intern(const char *s)
{
	return zend_string_init_interned(s, strlen(s), 1);
}

static uint32_t wm_req_prop_offset(const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_HttpRequest->properties_info, name, strlen(name));
	return info->offset;
}

static zend_function *wm_req_own(const char *lc)
{
	return zend_hash_str_find_ptr(&wm_ce_HttpRequest->function_table, lc, strlen(lc));
}

void wm_http_request_minit(void)
{
	wm_ce_HttpRequest = wm_api_reg->HttpRequest();
	wm_ce_HttpRequest->create_object = wm_req_create_object;
	memcpy(&wm_req_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_req_handlers.offset = XtOffsetOf(wm_http_request_obj, std);
	wm_req_handlers.free_obj = wm_req_free_obj;
	wm_req_handlers.dtor_obj = wm_req_dtor_obj;
	wm_req_handlers.clone_obj = wm_req_clone_obj;
	wm_req_handlers.read_property = wm_req_read_property;
	wm_req_handlers.write_property = wm_req_write_property;
	wm_req_handlers.has_property = wm_req_has_property;
	wm_req_handlers.unset_property = wm_req_unset_property;
	wm_req_handlers.get_property_ptr_ptr = wm_req_get_property_ptr_ptr;

	wm_req_off_connection = wm_req_prop_offset("connection");
	wm_req_off_session = wm_req_prop_offset("session");
	wm_req_off_properties = wm_req_prop_offset("properties");
	wm_req_off_buffer = wm_req_prop_offset("_buffer");
	wm_req_off_data = wm_req_prop_offset("_data");
	wm_req_off_trailers = wm_req_prop_offset("chunkTrailers");
	if (wm_api_major == 5) {
		/* 5.x's `public array $context = []` (webman 2 unsets keys of it on every reply). Typed as
		 * 5.2.2 has it, so subclasses that redeclare it stay compatible; not under 4.x, which has
		 * none and where apps may use a dynamic property of that name. */
		zval empty;
		ZVAL_EMPTY_ARRAY(&empty);
		zend_string *name = zend_string_init_interned("context", sizeof("context") - 1, 1);
		zend_declare_typed_property(wm_ce_HttpRequest, name, &empty, ZEND_ACC_PUBLIC, NULL,
			(zend_type) ZEND_TYPE_INIT_CODE(IS_ARRAY, 0, 0));
	}

	for (int i = 0; i < WM_RM_COUNT; i++) {
		wm_req_own_fn[i] = wm_req_own(wm_req_method_lc[i]);
	}
	wm_req_magic[0] = wm_req_own("__get");
	wm_req_magic[1] = wm_req_own("__set");
	wm_req_magic[2] = wm_req_own("__isset");
	wm_req_magic[3] = wm_req_own("__unset");
	wm_req_ctor = wm_ce_HttpRequest->constructor;
	wm_req_dtor = wm_ce_HttpRequest->destructor;
	wm_req_create_sid = wm_req_own("createsessionid");

	wm_req_str_get = wm_req_intern("get");
	wm_req_str_post = wm_req_intern("post");
	wm_req_str_files = wm_req_intern("files");
	wm_req_str_headers = wm_req_intern("headers");
	wm_req_str_cookie = wm_req_intern("cookie");
	wm_req_str_content_type = wm_req_intern("content-type");
	wm_req_str_v10 = wm_req_intern("1.0");
	wm_req_str_v11 = wm_req_intern("1.1");
	wm_req_str_sid = wm_req_intern("sid");
	wm_req_str_session = wm_req_intern("session");
	wm_req_str_set_cookie = wm_req_intern("Set-Cookie");
	wm_req_str_name = wm_req_intern("name");
	wm_req_str_enable_cache = wm_req_intern("_enableCache");
	for (int m = WM_HTTP_GET; m <= WM_HTTP_PATCH; m++) {
		size_t len;
		const char *name = wm_http_method_name(m, &len);
		wm_req_method_str[m] = zend_string_init_interned(name, len, 1);
	}
	for (int id = WM_HTTP_H_OTHER + 1; id < WM_HTTP_H_COUNT; id++) {
		size_t len;
		const char *name = wm_http_header_name(id, &len);
		wm_req_known_headers[id] = zend_string_init_interned(name, len, 1);
	}
	wm_http_multipart_minit();
}
