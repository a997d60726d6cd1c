/* wm_http_response.c: the classes Http\Response, Http\Chunk and Http\ServerSentEvents (4.2.1
 * API; 5.x's PHRASES under API profile 5): objects, cast handlers, methods, the C contract of
 * wm_http.h, MINIT. State lives in 4.x's protected properties, read and written by slot, so PHP
 * subclasses touching $this->_header keep working. The bytes come from wm_http_render.c; PHP
 * code runs only when a subclass overrides __toString/createHeadForFile or a value is an object. */
#include "wm_http_response_int.h"
#include "ext/standard/php_array.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/url.h"
#include "wm_api.h"

zend_class_entry *wm_ce_HttpResponse;
zend_class_entry *wm_ce_HttpChunk;
zend_class_entry *wm_ce_HttpServerSentEvents;

static zend_object_handlers wm_resp_handlers;
static zend_object_handlers wm_chunk_handlers;
static zend_object_handlers wm_sse_handlers;

/* Property slots (offsets into the object), found at MINIT; subclasses keep them. */
uint32_t wm_resp_off_header, wm_resp_off_status, wm_resp_off_reason, wm_resp_off_version, wm_resp_off_body, wm_resp_off_file;
uint32_t wm_resp_off_chunk_buffer, wm_resp_off_sse_data;
zend_property_info *wm_resp_info_phrases, *wm_resp_info_mime;

/* Our own methods, to tell whether a subclass overrides them. */
static zend_function *wm_resp_fn_response_tostring, *wm_resp_fn_chunk_tostring, *wm_resp_fn_sse_tostring;
static zend_function *wm_resp_fn_head_for_file;

zend_string *wm_resp_str_file, *wm_resp_str_phrases, *wm_resp_str_sse_event, *wm_resp_str_sse_id, *wm_resp_str_sse_retry, *wm_resp_str_sse_data;
static zend_string *wm_resp_str_offset, *wm_resp_str_length, *wm_resp_str_set_cookie;
static zend_string *wm_resp_str_head_for_file_lc, *wm_resp_str_init_mime_lc;

/* 5.2.2's Response::PHRASES (its spellings and codes differ from 4.2.1's above). */
static const wm_api_const_pair wm_phrases5[] = {
	{100, NULL, "Continue"}, {101, NULL, "Switching Protocols"}, {102, NULL, "Processing"}, {103, NULL, "Early Hints"},
	{200, NULL, "OK"}, {201, NULL, "Created"}, {202, NULL, "Accepted"}, {203, NULL, "Non-Authoritative Information"},
	{204, NULL, "No Content"}, {205, NULL, "Reset Content"}, {206, NULL, "Partial Content"},
	{207, NULL, "Multi-Status"}, {208, NULL, "Already Reported"}, {226, NULL, "IM Used"},
	{300, NULL, "Multiple Choices"}, {301, NULL, "Moved Permanently"}, {302, NULL, "Found"}, {303, NULL, "See Other"},
	{304, NULL, "Not Modified"}, {305, NULL, "Use Proxy"}, {306, NULL, "Switch Proxy"}, {307, NULL, "Temporary Redirect"},
	{308, NULL, "Permanent Redirect"},
	{400, NULL, "Bad Request"}, {401, NULL, "Unauthorized"}, {402, NULL, "Payment Required"}, {403, NULL, "Forbidden"},
	{404, NULL, "Not Found"}, {405, NULL, "Method Not Allowed"}, {406, NULL, "Not Acceptable"},
	{407, NULL, "Proxy Authentication Required"}, {408, NULL, "Request Timeout"}, {409, NULL, "Conflict"},
	{410, NULL, "Gone"}, {411, NULL, "Length Required"}, {412, NULL, "Precondition Failed"},
	{413, NULL, "Payload Too Large"}, {414, NULL, "URI Too Long"}, {415, NULL, "Unsupported Media Type"},
	{416, NULL, "Range Not Satisfiable"}, {417, NULL, "Expectation Failed"}, {418, NULL, "I'm a teapot"},
	{421, NULL, "Misdirected Request"}, {422, NULL, "Unprocessable Entity"}, {423, NULL, "Locked"},
	{424, NULL, "Failed Dependency"}, {425, NULL, "Too Early"}, {426, NULL, "Upgrade Required"},
	{428, NULL, "Precondition Required"}, {429, NULL, "Too Many Requests"},
	{431, NULL, "Request Header Fields Too Large"}, {451, NULL, "Unavailable For Legal Reasons"},
	{500, NULL, "Internal Server Error"}, {501, NULL, "Not Implemented"}, {502, NULL, "Bad Gateway"},
	{503, NULL, "Service Unavailable"}, {504, NULL, "Gateway Timeout"}, {505, NULL, "HTTP Version Not Supported"},
	{506, NULL, "Variant Also Negotiates"}, {507, NULL, "Insufficient Storage"}, {508, NULL, "Loop Detected"},
	{510, NULL, "Not Extended"}, {511, NULL, "Network Authentication Required"},
};

/* ---- small helpers ----------------------------------------------------------------- */

/* Stores value (consumed) in a property slot, through a reference if the slot holds one. */
static void wm_resp_prop_set(zend_object *obj, uint32_t offset, zval *value)
{
	zval *slot = OBJ_PROP(obj, offset);
	zval old;
	ZVAL_DEREF(slot);
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY_VALUE(slot, value);
	zval_ptr_dtor(&old);
}

static uint32_t wm_resp_prop_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

/* (string)$response as Response::__toString: a file response's head (a subclass's own
 * createHeadForFile() when it has one), else the whole reply. */
static zend_string *wm_resp_to_string(zend_object *obj)
{
	zval *file = wm_resp_prop(obj, wm_resp_off_file);
	if (Z_TYPE_P(file) <= IS_NULL) {
		return wm_http_render_response(obj);
	}
	zend_function *head_fn = wm_resp_fn_head_for_file;
	if (obj->ce != wm_ce_HttpResponse) {
		head_fn = zend_hash_find_ptr(&obj->ce->function_table, wm_resp_str_head_for_file_lc);
	}
	if (!head_fn || head_fn == wm_resp_fn_head_for_file) {
		return wm_http_render_file_head(obj, file);
	}
	zval rv;
	zend_call_known_instance_method_with_1_params(head_fn, obj, &rv, file);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	zend_string *s = zval_get_string(&rv);
	zval_ptr_dtor(&rv);
	return s;
}

/* ---- object handlers --------------------------------------------------------------- */

/* (string)$object without a method call, unless a subclass has its own __toString. */
static zend_result wm_resp_cast_with(zend_object *obj, zval *rv, int type, zend_function *own,
	zend_string *(*build)(zend_object *))
{
	if (type == IS_STRING && obj->ce->__tostring == own) {
		zend_string *s = build(obj);
		if (!s) {
			return FAILURE;
		}
		ZVAL_STR(rv, s);
		return SUCCESS;
	}
	return zend_std_cast_object_tostring(obj, rv, type);
}

static zend_result wm_resp_cast(zend_object *obj, zval *rv, int type)
{
	return wm_resp_cast_with(obj, rv, type, wm_resp_fn_response_tostring, wm_resp_to_string);
}

static zend_result wm_chunk_cast(zend_object *obj, zval *rv, int type)
{
	return wm_resp_cast_with(obj, rv, type, wm_resp_fn_chunk_tostring, wm_http_render_chunk);
}

static zend_result wm_sse_cast(zend_object *obj, zval *rv, int type)
{
	return wm_resp_cast_with(obj, rv, type, wm_resp_fn_sse_tostring, wm_http_render_sse);
}

static zend_object *wm_resp_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &wm_resp_handlers;
	return obj;
}

static zend_object *wm_chunk_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &wm_chunk_handlers;
	return obj;
}

static zend_object *wm_sse_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &wm_sse_handlers;
	return obj;
}

/* ---- headers: the C contract and the methods share these --------------------------- */

/* $this->_header as a writable array, created the way `$this->_header[..] = ` would. */
static HashTable *wm_resp_headers_for_write(zend_object *obj)
{
	zval *slot = wm_resp_prop(obj, wm_resp_off_header);
	if (Z_TYPE_P(slot) == IS_ARRAY) {
		SEPARATE_ARRAY(slot);
		return Z_ARRVAL_P(slot);
	}
	if (Z_TYPE_P(slot) <= IS_FALSE) {
		array_init(slot);
		return Z_ARRVAL_P(slot);
	}
	zend_throw_error(NULL, "Cannot use a scalar value as an array");
	return NULL;
}

/* The entry of $array[$key] with PHP's key rules, or NULL. */
static zval *wm_resp_key_find(HashTable *ht, zval *key)
{
	ZVAL_DEREF(key);
	switch (Z_TYPE_P(key)) {
	case IS_STRING:
		return zend_symtable_find(ht, Z_STR_P(key));
	case IS_LONG:
		return zend_hash_index_find(ht, Z_LVAL_P(key));
	case IS_NULL:
		return zend_hash_find(ht, ZSTR_EMPTY_ALLOC());
	case IS_FALSE:
		return zend_hash_index_find(ht, 0);
	case IS_TRUE:
		return zend_hash_index_find(ht, 1);
	case IS_DOUBLE:
		return zend_hash_index_find(ht, zend_dval_to_lval(Z_DVAL_P(key)));
	}
	return NULL;
}

static void wm_resp_key_del(HashTable *ht, zval *key)
{
	ZVAL_DEREF(key);
	switch (Z_TYPE_P(key)) {
	case IS_STRING:
		zend_symtable_del(ht, Z_STR_P(key));
		return;
	case IS_LONG:
		zend_hash_index_del(ht, Z_LVAL_P(key));
		return;
	case IS_NULL:
		zend_hash_del(ht, ZSTR_EMPTY_ALLOC());
		return;
	case IS_FALSE:
	case IS_TRUE:
		zend_hash_index_del(ht, Z_TYPE_P(key) == IS_TRUE);
		return;
	case IS_DOUBLE:
		zend_hash_index_del(ht, zend_dval_to_lval(Z_DVAL_P(key)));
		return;
	}
}

/* $this->_header = array_merge_recursive($this->_header, $src). */
static void wm_resp_headers_merge(zend_object *obj, HashTable *src)
{
	zval *slot = wm_resp_prop(obj, wm_resp_off_header), merged;
	HashTable *dest;
	zend_string *key;
	zval *value;
	bool int_keys = false;

	if (Z_TYPE_P(slot) != IS_ARRAY) {
		/* 4.x would throw a TypeError for null; an unset header list merges as [] */
		zval_ptr_dtor(slot);
		array_init(slot);
	}
	ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(slot), key) {
		if (!key) {
			int_keys = true;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	if (!int_keys) {
		/* the first array's string keys are kept as they are: merge in place */
		SEPARATE_ARRAY(slot);
		php_array_merge_recursive(Z_ARRVAL_P(slot), src);
		return;
	}
	/* array_merge_recursive renumbers the integer keys of the first array too */
	array_init_size(&merged, zend_hash_num_elements(Z_ARRVAL_P(slot)) + zend_hash_num_elements(src));
	dest = Z_ARRVAL(merged);
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(slot), key, value) {
		Z_TRY_ADDREF_P(value);
		if (key) {
			zend_hash_add_new(dest, key, value);
		} else {
			zend_hash_next_index_insert_new(dest, value);
		}
	} ZEND_HASH_FOREACH_END();
	php_array_merge_recursive(dest, src);
	wm_resp_prop_set(obj, wm_resp_off_header, &merged);
}

/* ---- Response methods -------------------------------------------------------------- */

#define WM_RESP_THIS Z_OBJ_P(ZEND_THIS)

ZEND_METHOD(Workerman_Protocols_Http_Response, init)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	zend_function *fn;
	ZEND_PARSE_PARAMETERS_NONE();
	/* static::initMimeTypeMap(), so a subclass's own version runs */
	fn = scope ? zend_hash_find_ptr(&scope->function_table, wm_resp_str_init_mime_lc) : NULL;
	if (fn) {
		zend_call_known_function(fn, NULL, scope, NULL, 0, NULL, NULL);
	}
}

/* Puts our table into static::$_mimeTypeMap (4.2.1 re-reads its mime.types file). */
ZEND_METHOD(Workerman_Protocols_Http_Response, initMimeTypeMap)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	zend_property_info *info = wm_resp_info_mime;
	zval *map;
	ZEND_PARSE_PARAMETERS_NONE();
	if (scope && scope != wm_ce_HttpResponse) {
		info = zend_hash_str_find_ptr(&scope->properties_info, "_mimeTypeMap", sizeof("_mimeTypeMap") - 1);
		if (!info || !(info->flags & ZEND_ACC_STATIC)) {
			info = wm_resp_info_mime;
		}
	}
	map = wm_resp_static_slot(info);
	if (Z_TYPE_P(map) == IS_ARRAY && Z_ARRVAL_P(map) == wm_render_mime_default) {
		return;
	}
	if (Z_TYPE_P(map) != IS_ARRAY) {
		zval_ptr_dtor(map);
		ZVAL_ARR(map, wm_render_mime_default);
		Z_TYPE_INFO_P(map) = IS_ARRAY; /* immutable: not refcounted */
		return;
	}
	SEPARATE_ARRAY(map);
	zend_hash_merge(Z_ARRVAL_P(map), wm_render_mime_default, NULL, true);
}

/* 5.x: self::$mimeTypeMap[$ext] ?? 'application/octet-stream' (our map is $_mimeTypeMap). */
ZEND_METHOD(Workerman_Protocols_Http_Response, getMimeType)
{
	zend_string *ext;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(ext)
	ZEND_PARSE_PARAMETERS_END();
	zval *type = wm_http_render_mime_type(ZSTR_VAL(ext), ZSTR_LEN(ext));
	if (!type) {
		RETURN_STRINGL("application/octet-stream", sizeof("application/octet-stream") - 1);
	}
	RETURN_STR(zval_get_string(type));
}

ZEND_METHOD(Workerman_Protocols_Http_Response, __construct)
{
	zval *status = NULL, *headers = NULL, *body = NULL, v;
	zend_object *obj = WM_RESP_THIS;
	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(status)
		Z_PARAM_ZVAL(headers)
		Z_PARAM_ZVAL(body)
	ZEND_PARSE_PARAMETERS_END();
	if (status) {
		ZVAL_COPY(&v, status);
	} else {
		ZVAL_LONG(&v, 200);
	}
	wm_resp_prop_set(obj, wm_resp_off_status, &v);
	if (headers) {
		if (Z_TYPE_P(headers) == IS_ARRAY && wm_http_headers_check(Z_ARRVAL_P(headers)) == FAILURE) {
			RETURN_THROWS();
		}
		ZVAL_COPY(&v, headers);
	} else {
		ZVAL_EMPTY_ARRAY(&v);
	}
	wm_resp_prop_set(obj, wm_resp_off_header, &v);
	if (body) {
		zend_string *s = zval_try_get_string(body);
		if (!s) {
			RETURN_THROWS();
		}
		ZVAL_STR(&v, s);
	} else {
		ZVAL_EMPTY_STRING(&v);
	}
	wm_resp_prop_set(obj, wm_resp_off_body, &v);
}

static void wm_resp_header_method(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *name, *value;
	HashTable *headers;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	if (wm_http_header_zval_check(name, value) == FAILURE) {
		RETURN_THROWS();
	}
	headers = wm_resp_headers_for_write(WM_RESP_THIS);
	if (!headers || array_set_zval_key(headers, name, value) == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, header)
{
	wm_resp_header_method(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withHeader)
{
	wm_resp_header_method(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withHeaders)
{
	zval *headers;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(headers)
	ZEND_PARSE_PARAMETERS_END();
	if (Z_TYPE_P(headers) != IS_ARRAY) {
		zend_argument_type_error(1, "must be of type array, %s given", zend_zval_type_name(headers));
		RETURN_THROWS();
	}
	if (wm_http_headers_check(Z_ARRVAL_P(headers)) == FAILURE) {
		RETURN_THROWS();
	}
	wm_resp_headers_merge(WM_RESP_THIS, Z_ARRVAL_P(headers));
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withoutHeader)
{
	zval *name, *slot;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	slot = wm_resp_prop(WM_RESP_THIS, wm_resp_off_header);
	if (Z_TYPE_P(slot) == IS_ARRAY) {
		SEPARATE_ARRAY(slot);
		wm_resp_key_del(Z_ARRVAL_P(slot), name);
	}
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getHeader)
{
	zval *name, *slot, *value = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	slot = wm_resp_prop(WM_RESP_THIS, wm_resp_off_header);
	if (Z_TYPE_P(slot) == IS_ARRAY) {
		value = wm_resp_key_find(Z_ARRVAL_P(slot), name);
	}
	if (value) {
		RETURN_COPY_DEREF(value);
	}
	RETURN_NULL();
}

static void wm_resp_return_prop(INTERNAL_FUNCTION_PARAMETERS, uint32_t offset)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_NONE();
	value = wm_resp_prop(WM_RESP_THIS, offset);
	if (Z_TYPE_P(value) == IS_UNDEF) {
		RETURN_NULL();
	}
	RETURN_COPY(value);
}

static void wm_resp_set_prop_return_this(INTERNAL_FUNCTION_PARAMETERS, uint32_t offset)
{
	zval *value, copy;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY(&copy, value);
	wm_resp_prop_set(WM_RESP_THIS, offset, &copy);
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getHeaders)
{
	wm_resp_return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_resp_off_header);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getStatusCode)
{
	wm_resp_return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_resp_off_status);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getReasonPhrase)
{
	wm_resp_return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_resp_off_reason);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, rawBody)
{
	wm_resp_return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_resp_off_body);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withProtocolVersion)
{
	zval *version = ZEND_NUM_ARGS() ? ZEND_CALL_ARG(execute_data, 1) : NULL;
	if (version && Z_TYPE_P(version) == IS_STRING && wm_http_bytes_check("Protocol version", Z_STRVAL_P(version),
			Z_STRLEN_P(version), Z_STRVAL_P(version), Z_STRLEN_P(version)) == FAILURE) {
		RETURN_THROWS();
	}
	wm_resp_set_prop_return_this(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_resp_off_version);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withBody)
{
	wm_resp_set_prop_return_this(INTERNAL_FUNCTION_PARAM_PASSTHRU, wm_resp_off_body);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withStatus)
{
	zval *code, *reason = NULL, v;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(reason)
	ZEND_PARSE_PARAMETERS_END();
	if (reason && Z_TYPE_P(reason) == IS_STRING && wm_http_bytes_check("Reason phrase", Z_STRVAL_P(reason),
			Z_STRLEN_P(reason), Z_STRVAL_P(reason), Z_STRLEN_P(reason)) == FAILURE) {
		RETURN_THROWS();
	}
	ZVAL_COPY(&v, code);
	wm_resp_prop_set(WM_RESP_THIS, wm_resp_off_status, &v);
	if (reason) {
		ZVAL_COPY(&v, reason);
	} else {
		ZVAL_NULL(&v);
	}
	wm_resp_prop_set(WM_RESP_THIS, wm_resp_off_reason, &v);
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withFile)
{
	zval *file, *offset = NULL, *length = NULL, info, v;
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ZVAL(file)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(offset)
		Z_PARAM_ZVAL(length)
	ZEND_PARSE_PARAMETERS_END();
	path = zval_try_get_string(file);
	if (!path) {
		RETURN_THROWS();
	}
	php_stat(path, FS_IS_FILE, &v);
	if (Z_TYPE(v) != IS_TRUE) {
		zend_string_release(path);
		wm_http_response_set_status(WM_RESP_THIS, 404, NULL);
		ZVAL_STRINGL(&v, "<h3>404 Not Found</h3>", sizeof("<h3>404 Not Found</h3>") - 1);
		wm_resp_prop_set(WM_RESP_THIS, wm_resp_off_body, &v);
		RETURN_OBJ_COPY(WM_RESP_THIS);
	}
	array_init_size(&info, 3);
	add_assoc_str_ex(&info, ZSTR_VAL(wm_resp_str_file), ZSTR_LEN(wm_resp_str_file), path);
	if (offset) {
		Z_TRY_ADDREF_P(offset);
		zend_hash_add_new(Z_ARRVAL(info), wm_resp_str_offset, offset);
	} else {
		add_assoc_long_ex(&info, ZSTR_VAL(wm_resp_str_offset), ZSTR_LEN(wm_resp_str_offset), 0);
	}
	if (length) {
		Z_TRY_ADDREF_P(length);
		zend_hash_add_new(Z_ARRVAL(info), wm_resp_str_length, length);
	} else {
		add_assoc_long_ex(&info, ZSTR_VAL(wm_resp_str_length), ZSTR_LEN(wm_resp_str_length), 0);
	}
	wm_resp_prop_set(WM_RESP_THIS, wm_resp_off_file, &info);
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

/* Appends "; <attribute>" + value when value is truthy (4.x's empty() checks). */
static void wm_resp_cookie_attribute(smart_str *out, const char *attribute, size_t len, zval *value)
{
	if (value && zend_is_true(value)) {
		smart_str_appendl(out, attribute, len);
		zend_string *s = zval_get_string(value);
		smart_str_append(out, s);
		zend_string_release(s);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Response, cookie)
{
	zval *name, *value = NULL, *max_age = NULL, *path = NULL, *domain = NULL;
	zval *secure = NULL, *http_only = NULL, *same_site = NULL, line, *list;
	smart_str out = {0};
	HashTable *headers;
	ZEND_PARSE_PARAMETERS_START(1, 8)
		Z_PARAM_ZVAL(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
		Z_PARAM_ZVAL(max_age)
		Z_PARAM_ZVAL(path)
		Z_PARAM_ZVAL(domain)
		Z_PARAM_ZVAL(secure)
		Z_PARAM_ZVAL(http_only)
		Z_PARAM_ZVAL(same_site)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *s = zval_get_string(name);
	size_t name_len = ZSTR_LEN(s);
	smart_str_append(&out, s);
	zend_string_release(s);
	smart_str_appendc(&out, '=');
	if (value) {
		s = zval_get_string(value);
		zend_string *encoded = php_raw_url_encode(ZSTR_VAL(s), ZSTR_LEN(s));
		smart_str_append(&out, encoded);
		zend_string_release(encoded);
		zend_string_release(s);
	}
	wm_resp_cookie_attribute(&out, "; Domain=", 9, domain);
	if (max_age && Z_TYPE_P(max_age) != IS_NULL) {
		smart_str_appendl(&out, "; Max-Age=", 10);
		s = zval_get_string(max_age);
		smart_str_append(&out, s);
		zend_string_release(s);
	}
	wm_resp_cookie_attribute(&out, "; Path=", 7, path);
	if (secure && zend_is_true(secure)) {
		smart_str_appendl(&out, "; Secure", 8);
	}
	if (http_only && zend_is_true(http_only)) {
		smart_str_appendl(&out, "; HttpOnly", 10);
	}
	wm_resp_cookie_attribute(&out, "; SameSite=", 11, same_site);
	/* the value is URL-encoded; the name and attributes are not */
	if (EG(exception) || wm_http_bytes_check("Cookie", ZSTR_VAL(out.s), name_len, ZSTR_VAL(out.s), ZSTR_LEN(out.s)) == FAILURE) {
		smart_str_free(&out);
		RETURN_THROWS();
	}
	ZVAL_STR(&line, smart_str_extract(&out));

	/* $this->_header['Set-Cookie'][] = $line */
	headers = wm_resp_headers_for_write(WM_RESP_THIS);
	if (!headers) {
		zval_ptr_dtor(&line);
		RETURN_THROWS();
	}
	list = zend_hash_find(headers, wm_resp_str_set_cookie);
	if (!list) {
		zval empty;
		ZVAL_NULL(&empty);
		list = zend_hash_add_new(headers, wm_resp_str_set_cookie, &empty);
	}
	ZVAL_DEREF(list);
	if (Z_TYPE_P(list) <= IS_FALSE) {
		array_init(list);
	} else if (Z_TYPE_P(list) == IS_ARRAY) {
		SEPARATE_ARRAY(list);
	} else {
		zval_ptr_dtor(&line);
		zend_throw_error(NULL, Z_TYPE_P(list) == IS_STRING
			? "[] operator not supported for strings" : "Cannot use a scalar value as an array");
		RETURN_THROWS();
	}
	zend_hash_next_index_insert(Z_ARRVAL_P(list), &line);
	RETURN_OBJ_COPY(WM_RESP_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, createHeadForFile)
{
	zval *file_info;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(file_info)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *head = wm_http_render_file_head(WM_RESP_THIS, file_info);
	if (!head) {
		RETURN_THROWS();
	}
	RETURN_STR(head);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, __toString)
{
	zend_string *s;
	ZEND_PARSE_PARAMETERS_NONE();
	s = wm_resp_to_string(WM_RESP_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	RETURN_STR(s);
}

/* ---- Chunk, ServerSentEvents methods ----------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Chunk, __construct)
{
	zval *buffer, copy;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(buffer)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY(&copy, buffer);
	wm_resp_prop_set(WM_RESP_THIS, wm_resp_off_chunk_buffer, &copy);
}

ZEND_METHOD(Workerman_Protocols_Http_Chunk, __toString)
{
	zend_string *s;
	ZEND_PARSE_PARAMETERS_NONE();
	s = wm_http_render_chunk(WM_RESP_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	RETURN_STR(s);
}

ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __construct)
{
	zval *data, copy;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(data)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY(&copy, data);
	wm_resp_prop_set(WM_RESP_THIS, wm_resp_off_sse_data, &copy);
}

ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __toString)
{
	zend_string *s;
	ZEND_PARSE_PARAMETERS_NONE();
	s = wm_http_render_sse(WM_RESP_THIS);
	if (!s) {
		RETURN_THROWS();
	}
	RETURN_STR(s);
}

/* ---- the C contract (wm_http.h) ---------------------------------------------------- */

bool wm_http_is_response(zend_object *obj)
{
	return instanceof_function(obj->ce, wm_ce_HttpResponse);
}

bool wm_http_response_file(zend_object *response, zend_string **path, zend_long *offset, zend_long *length)
{
	zval *file = wm_resp_prop(response, wm_resp_off_file), *entry;
	if (Z_TYPE_P(file) != IS_ARRAY) {
		return false;
	}
	entry = zend_hash_find(Z_ARRVAL_P(file), wm_resp_str_file);
	if (entry) {
		ZVAL_DEREF(entry);
	}
	if (!entry || Z_TYPE_P(entry) != IS_STRING) {
		return false;
	}
	*path = Z_STR_P(entry);
	entry = zend_hash_find(Z_ARRVAL_P(file), wm_resp_str_offset);
	*offset = entry ? zval_get_long(entry) : 0;
	entry = zend_hash_find(Z_ARRVAL_P(file), wm_resp_str_length);
	*length = entry ? zval_get_long(entry) : 0;
	return true;
}

zend_string *wm_http_response_to_string(zend_object *response)
{
	zval rv;
	if (response->ce->__tostring == wm_resp_fn_response_tostring) {
		return wm_resp_to_string(response);
	}
	if (zend_std_cast_object_tostring(response, &rv, IS_STRING) == FAILURE) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Object of class %s could not be converted to string",
				ZSTR_VAL(response->ce->name));
		}
		return NULL;
	}
	return Z_STR(rv);
}

void wm_http_response_set_header(zend_object *response, zend_string *name, zval *value)
{
	HashTable *headers = wm_resp_headers_for_write(response);
	if (headers) {
		Z_TRY_ADDREF_P(value);
		zend_symtable_update(headers, name, value);
	}
}

void wm_http_response_merge_headers(zend_object *response, HashTable *headers)
{
	wm_resp_headers_merge(response, headers);
}

void wm_http_response_set_status(zend_object *response, zend_long status, zend_string *reason)
{
	zval v;
	ZVAL_LONG(&v, status);
	wm_resp_prop_set(response, wm_resp_off_status, &v);
	if (reason) {
		ZVAL_STR_COPY(&v, reason);
	} else {
		ZVAL_NULL(&v);
	}
	wm_resp_prop_set(response, wm_resp_off_reason, &v);
}

/* ---- MINIT ------------------------------------------------------------------------- */

static zend_string *wm_resp_intern(const char *s)
{
	return zend_string_init_interned(s, strlen(s), 1);
}

static void wm_resp_init_handlers(zend_object_handlers *h, zend_object_cast_t cast)
{
	memcpy(h, &std_object_handlers, sizeof(*h));
	h->cast_object = cast;
}

void wm_http_response_minit(void)
{
	zend_class_entry *ce;

	ce = wm_ce_HttpResponse = wm_api_reg->HttpResponse(zend_ce_stringable);
	ce->create_object = wm_resp_create;
	wm_resp_init_handlers(&wm_resp_handlers, wm_resp_cast);
	wm_resp_off_header = wm_resp_prop_offset(ce, "_header");
	wm_resp_off_status = wm_resp_prop_offset(ce, "_status");
	wm_resp_off_reason = wm_resp_prop_offset(ce, "_reason");
	wm_resp_off_version = wm_resp_prop_offset(ce, "_version");
	wm_resp_off_body = wm_resp_prop_offset(ce, "_body");
	wm_resp_off_file = wm_resp_prop_offset(ce, "file");
	wm_resp_info_phrases = zend_hash_str_find_ptr(&ce->properties_info, "_phrases", sizeof("_phrases") - 1);
	wm_resp_info_mime = zend_hash_str_find_ptr(&ce->properties_info, "_mimeTypeMap", sizeof("_mimeTypeMap") - 1);
	wm_resp_fn_response_tostring = ce->__tostring;
	wm_resp_fn_head_for_file = zend_hash_str_find_ptr(&ce->function_table, "createheadforfile", sizeof("createheadforfile") - 1);
	if (wm_api_major == 5) {
		wm_api_declare_array_const(ce, "PHRASES", wm_phrases5, sizeof(wm_phrases5) / sizeof(wm_phrases5[0]));
	}
	wm_render_server_line = wm_api_major != 5;

	ce = wm_ce_HttpChunk = wm_api_reg->HttpChunk(zend_ce_stringable);
	ce->create_object = wm_chunk_create;
	wm_resp_init_handlers(&wm_chunk_handlers, wm_chunk_cast);
	wm_resp_off_chunk_buffer = wm_resp_prop_offset(ce, "_buffer");
	wm_resp_fn_chunk_tostring = ce->__tostring;

	ce = wm_ce_HttpServerSentEvents = wm_api_reg->HttpServerSentEvents(zend_ce_stringable);
	ce->create_object = wm_sse_create;
	wm_resp_init_handlers(&wm_sse_handlers, wm_sse_cast);
	wm_resp_off_sse_data = wm_resp_prop_offset(ce, "_data");
	wm_resp_fn_sse_tostring = ce->__tostring;

	wm_resp_str_file = wm_resp_intern("file");
	wm_resp_str_offset = wm_resp_intern("offset");
	wm_resp_str_length = wm_resp_intern("length");
	wm_resp_str_set_cookie = wm_resp_intern("Set-Cookie");
	wm_resp_str_phrases = wm_resp_intern("_phrases");
	wm_resp_str_head_for_file_lc = wm_resp_intern("createheadforfile");
	wm_resp_str_init_mime_lc = wm_resp_intern("initmimetypemap");
	wm_resp_str_sse_event = wm_resp_intern("event");
	wm_resp_str_sse_id = wm_resp_intern("id");
	wm_resp_str_sse_retry = wm_resp_intern("retry");
	wm_resp_str_sse_data = wm_resp_intern("data");
	wm_http_render_minit();
}

void wm_http_response_mshutdown(void)
{
	wm_http_render_mshutdown();
}
