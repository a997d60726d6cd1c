/* wm_http_response.c: Http\Response, Http\Chunk and Http\ServerSentEvents (4.2.1 API and
 * bytes; 4.x's `Server: workerman` line only under API profile 4). State lives in 4.x's protected
 * properties, read and written by slot, so PHP subclasses touching $this->_header keep
 * working. (string)$response is built by the cast handler in one allocation; PHP code runs
 * only when a subclass overrides __toString/createHeadForFile or a value is an object. */
#include "wm_http.h"
#include "wm_http_mime.h"
#include "ext/standard/php_array.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/php_string.h"
#include "ext/standard/url.h"
#include "wm_api.h"

zend_class_entry *wm_ce_HttpResponse;
zend_class_entry *wm_ce_HttpChunk;
zend_class_entry *wm_ce_HttpServerSentEvents;

static zend_object_handlers wm_response_handlers;
static zend_object_handlers wm_chunk_handlers;
static zend_object_handlers wm_sse_handlers;

/* Property slots (offsets into the object), found at MINIT; subclasses keep them. */
static uint32_t off_header, off_status, off_reason, off_version, off_body, off_file;
static uint32_t off_chunk_buffer, off_sse_data;
static zend_property_info *info_phrases, *info_mime;

/* Our own methods, to tell whether a subclass overrides them. */
static zend_function *fn_response_tostring, *fn_chunk_tostring, *fn_sse_tostring;
static zend_function *fn_head_for_file;

/* Default values of the statics $_phrases and $_mimeTypeMap: persistent immutable arrays,
 * shared by every request without a copy until PHP code writes to them. */
static HashTable *phrases_default, *mime_default;

static zend_string *str_file, *str_offset, *str_length, *str_set_cookie, *str_phrases;
static zend_string *str_head_for_file_lc, *str_init_mime_lc;
static zend_string *str_sse_event, *str_sse_id, *str_sse_retry, *str_sse_data;

/* 4.2.1's reason phrases (facts of HTTP, spelled as 4.2.1 spells them). */
static const struct { int code; const char *phrase; } wm_phrases[] = {
	{100, "Continue"}, {101, "Switching Protocols"}, {102, "Processing"},
	{200, "OK"}, {201, "Created"}, {202, "Accepted"}, {203, "Non-Authoritative Information"},
	{204, "No Content"}, {205, "Reset Content"}, {206, "Partial Content"},
	{207, "Multi-status"}, {208, "Already Reported"},
	{300, "Multiple Choices"}, {301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"},
	{304, "Not Modified"}, {305, "Use Proxy"}, {306, "Switch Proxy"}, {307, "Temporary Redirect"},
	{400, "Bad Request"}, {401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"},
	{404, "Not Found"}, {405, "Method Not Allowed"}, {406, "Not Acceptable"},
	{407, "Proxy Authentication Required"}, {408, "Request Time-out"}, {409, "Conflict"},
	{410, "Gone"}, {411, "Length Required"}, {412, "Precondition Failed"},
	{413, "Request Entity Too Large"}, {414, "Request-URI Too Large"},
	{415, "Unsupported Media Type"}, {416, "Requested range not satisfiable"},
	{417, "Expectation Failed"}, {418, "I'm a teapot"}, {422, "Unprocessable Entity"},
	{423, "Locked"}, {424, "Failed Dependency"}, {425, "Unordered Collection"},
	{426, "Upgrade Required"}, {428, "Precondition Required"}, {429, "Too Many Requests"},
	{431, "Request Header Fields Too Large"}, {451, "Unavailable For Legal Reasons"},
	{500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
	{503, "Service Unavailable"}, {504, "Gateway Time-out"}, {505, "HTTP Version not supported"},
	{506, "Variant Also Negotiates"}, {507, "Insufficient Storage"}, {508, "Loop Detected"},
	{511, "Network Authentication Required"},
};

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

/* A property slot, dereferenced (IS_UNDEF after unset()). */
static zend_always_inline zval *prop(zend_object *obj, uint32_t offset)
{
	zval *zv = OBJ_PROP(obj, offset);
	ZVAL_DEREF(zv);
	return zv;
}

/* Stores value (consumed) in a property slot, through a reference if the slot holds one. */
static void prop_set(zend_object *obj, uint32_t offset, zval *value)
{
	zval *slot = OBJ_PROP(obj, offset);
	zval old;
	ZVAL_DEREF(slot);
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY_VALUE(slot, value);
	zval_ptr_dtor(&old);
}

static uint32_t prop_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

/* The value of a static property (of the class that declared it), initialising the
 * request's statics table on first use. */
static zval *static_slot(zend_property_info *info)
{
	zend_class_entry *ce = info->ce;
	zval *zv;
	if (!CE_STATIC_MEMBERS(ce)) {
		zend_class_init_statics(ce);
	}
	zv = CE_STATIC_MEMBERS(ce) + info->offset;
	ZVAL_DEINDIRECT(zv);
	ZVAL_DEREF(zv);
	return zv;
}

/* A string view of a scalar without allocating for strings and integers; other types are
 * converted as PHP's string interpolation would (may call __toString). */
typedef struct {
	const char *val;
	size_t len;
	zend_string *owned;
	char num[MAX_LENGTH_OF_LONG + 1];
} wm_view;

static zend_always_inline void view_of(wm_view *v, zval *zv)
{
	v->owned = NULL;
	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		v->val = Z_STRVAL_P(zv);
		v->len = Z_STRLEN_P(zv);
		return;
	case IS_LONG: {
		char *end = v->num + sizeof(v->num) - 1;
		v->val = zend_print_long_to_buf(end, Z_LVAL_P(zv));
		v->len = end - v->val;
		return;
	}
	case IS_UNDEF:
	case IS_NULL:
	case IS_FALSE:
		v->val = "";
		v->len = 0;
		return;
	default:
		v->owned = zval_get_string_func(zv);
		v->val = ZSTR_VAL(v->owned);
		v->len = ZSTR_LEN(v->owned);
	}
}

static zend_always_inline void view_done(wm_view *v)
{
	if (v->owned) {
		zend_string_release(v->owned);
	}
}

/* Where the bytes go. Every writer runs twice: SINK_COUNT sums the exact size, then
 * SINK_RAW copies into one string of that size. A value that only PHP's conversion can
 * print (object, float, ...) makes the count pass flag `complex`; the second pass is then
 * SINK_SMART, which converts each such value once. The writers are always inlined with a
 * constant mode, so each pass compiles to straight copies. */
enum { SINK_COUNT, SINK_RAW, SINK_SMART };

typedef struct {
	size_t need;
	bool complex;
	unsigned seen;  /* SEEN_* flags found by the count pass */
	char *pos;
	zend_string *raw;
	smart_str out;
} wm_sink;

static zend_always_inline void sink_put(wm_sink *k, int mode, const char *p, size_t n)
{
	if (mode == SINK_COUNT) {
		k->need += n;
	} else if (mode == SINK_RAW) {
		memcpy(k->pos, p, n);
		k->pos += n;
	} else {
		smart_str_appendl(&k->out, p, n);
	}
}

#define SINK_LIT(k, mode, lit) sink_put((k), (mode), (lit), sizeof(lit) - 1)

static zend_always_inline void sink_long(wm_sink *k, int mode, zend_long n)
{
	char buf[MAX_LENGTH_OF_LONG + 1], *end = buf + sizeof(buf) - 1;
	char *digits = zend_print_long_to_buf(end, n);
	sink_put(k, mode, digits, end - digits);
}

static zend_always_inline void sink_hex(wm_sink *k, int mode, size_t n)
{
	char buf[2 * sizeof(size_t)], *p = buf + sizeof(buf);
	do {
		*--p = "0123456789abcdef"[n & 15];
		n >>= 4;
	} while (n);
	sink_put(k, mode, p, buf + sizeof(buf) - p);
}

/* A header value as "$value" would print it. */
static zend_always_inline void sink_value(wm_sink *k, int mode, zval *zv)
{
	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		sink_put(k, mode, Z_STRVAL_P(zv), Z_STRLEN_P(zv));
		return;
	case IS_LONG:
		sink_long(k, mode, Z_LVAL_P(zv));
		return;
	case IS_UNDEF:
	case IS_NULL:
	case IS_FALSE:
		return;
	case IS_TRUE:
		sink_put(k, mode, "1", 1);
		return;
	}
	if (mode == SINK_COUNT) {
		k->complex = true;
	} else if (mode == SINK_SMART) {
		zend_string *s = zval_get_string_func(zv);
		smart_str_append(&k->out, s);
		zend_string_release(s);
	}
}

/* After the count: RAW (true) into one exact allocation, or SMART (false). */
static bool sink_begin(wm_sink *k)
{
	if (!k->complex) {
		k->raw = zend_string_alloc(k->need, 0);
		k->pos = ZSTR_VAL(k->raw);
		return true;
	}
	smart_str_alloc(&k->out, k->need + 64, 0);
	return false;
}

static zend_string *sink_end(wm_sink *k)
{
	if (k->raw) {
		ZEND_ASSERT((size_t) (k->pos - ZSTR_VAL(k->raw)) == k->need);
		*k->pos = '\0';
		return k->raw;
	}
	smart_str_0(&k->out);
	return k->out.s; /* not trimmed: a realloc costs more than the slack */
}

/* Drops what sink_begin made (an exception was thrown while writing). */
static void sink_discard(wm_sink *k)
{
	if (k->raw) {
		zend_string_efree(k->raw);
	}
	smart_str_free(&k->out);
}

/* ---- Response::__toString ---------------------------------------------------------- */

/* The isset($headers[...]) checks of 4.2.1, answered while the header lines are written. */
enum {
	SEEN_CONNECTION = 1,
	SEEN_CONTENT_TYPE = 2,
	SEEN_EVENT_STREAM = 4,
	SEEN_TRANSFER_ENCODING = 8,
	SEEN_CONTENT_DISPOSITION = 16,
	SEEN_LAST_MODIFIED = 32,
};

static unsigned known_header(zend_string *name, zval *value)
{
	const char *n = ZSTR_VAL(name);
	if (Z_TYPE_P(value) == IS_NULL) {
		return 0; /* isset() is false for null */
	}
	switch (ZSTR_LEN(name)) {
	case 10:
		return memcmp(n, "Connection", 10) ? 0 : SEEN_CONNECTION;
	case 12:
		if (memcmp(n, "Content-Type", 12)) {
			return 0;
		}
		return SEEN_CONTENT_TYPE | (Z_TYPE_P(value) == IS_STRING
			&& zend_string_equals_literal(Z_STR_P(value), "text/event-stream") ? SEEN_EVENT_STREAM : 0);
	case 13:
		return memcmp(n, "Last-Modified", 13) ? 0 : SEEN_LAST_MODIFIED;
	case 17:
		return memcmp(n, "Transfer-Encoding", 17) ? 0 : SEEN_TRANSFER_ENCODING;
	case 19:
		return memcmp(n, "Content-Disposition", 19) ? 0 : SEEN_CONTENT_DISPOSITION;
	}
	return 0;
}

/* An object value's string, checked for CR/LF/NUL here: the setters leave objects alone so
 * that __toString runs when the reply is built, as in Workerman. */
static void sink_object_value(wm_sink *k, const char *name, size_t name_len, zval *value)
{
	zend_string *s = zval_get_string_func(value);
	if (wm_http_bytes_check("Header", name, name_len, ZSTR_VAL(s), ZSTR_LEN(s)) == SUCCESS) {
		smart_str_append(&k->out, s);
	}
	zend_string_release(s);
}

static zend_always_inline void sink_header_line(wm_sink *k, int mode, const char *name, size_t name_len, zval *value)
{
	sink_put(k, mode, name, name_len);
	SINK_LIT(k, mode, ": ");
	ZVAL_DEREF(value);
	if (mode == SINK_SMART && Z_TYPE_P(value) == IS_OBJECT) {
		sink_object_value(k, name, name_len, value);
	} else {
		sink_value(k, mode, value);
	}
	SINK_LIT(k, mode, "\r\n");
}

/* One line per header, one per item of a list value; the count pass returns the SEEN_*
 * flags (the other passes reuse them). */
static zend_always_inline unsigned sink_headers(wm_sink *k, int mode, HashTable *headers)
{
	unsigned seen = 0;
	zend_ulong index;
	zend_string *name;
	zval *value, *item;
	char num[MAX_LENGTH_OF_LONG + 1];
	const char *name_val;
	size_t name_len;

	ZEND_HASH_FOREACH_KEY_VAL(headers, index, name, value) {
		ZVAL_DEREF(value);
		if (name) {
			if (mode == SINK_COUNT) {
				seen |= known_header(name, value);
			}
			name_val = ZSTR_VAL(name);
			name_len = ZSTR_LEN(name);
		} else {
			char *end = num + sizeof(num) - 1;
			name_val = zend_print_long_to_buf(end, (zend_long) index);
			name_len = end - name_val;
		}
		if (Z_TYPE_P(value) != IS_ARRAY) {
			sink_header_line(k, mode, name_val, name_len, value);
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
			sink_header_line(k, mode, name_val, name_len, item);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return seen;
}

/* static::$_phrases of the object's class. */
static HashTable *phrases_of(zend_class_entry *ce)
{
	zend_property_info *info = info_phrases;
	zval *zv;
	if (ce != wm_ce_HttpResponse) {
		info = zend_hash_find_ptr(&ce->properties_info, str_phrases);
		if (!info || !(info->flags & ZEND_ACC_STATIC)) {
			return NULL;
		}
	}
	zv = static_slot(info);
	return Z_TYPE_P(zv) == IS_ARRAY ? Z_ARRVAL_P(zv) : NULL;
}

/* The status line's parts: version, code and reason (custom if truthy, else the phrase;
 * an unknown code gives an empty reason, as 5.x, without 4.x's undefined-key warning). */
typedef struct {
	zend_string *prebuilt; /* the whole "HTTP/1.1 200 OK\r\n", or NULL: the three views */
	wm_view version, status, reason;
} wm_status_line;

/* "HTTP/1.1 <code> <phrase>\r\n" for every code of the default table, made at MINIT. */
#define PREBUILT_MAX 600
static zend_string *prebuilt_status[PREBUILT_MAX];

static void status_line_of(zend_object *obj, wm_status_line *line)
{
	zval *reason = prop(obj, off_reason);
	zval *status = prop(obj, off_status);
	zval *version = prop(obj, off_version);
	line->prebuilt = NULL;
	if (Z_TYPE_P(status) == IS_LONG && (zend_ulong) Z_LVAL_P(status) < PREBUILT_MAX
		&& prebuilt_status[Z_LVAL_P(status)] && Z_TYPE_P(reason) <= IS_NULL
		&& Z_TYPE_P(version) == IS_STRING && zend_string_equals_literal(Z_STR_P(version), "1.1")
		&& phrases_of(obj->ce) == phrases_default) {
		line->prebuilt = prebuilt_status[Z_LVAL_P(status)];
		return;
	}
	view_of(&line->version, prop(obj, off_version));
	view_of(&line->status, status);
	if (Z_TYPE_P(reason) > IS_NULL && zend_is_true(reason)) {
		view_of(&line->reason, reason);
		return;
	}
	HashTable *phrases = phrases_of(obj->ce);
	zval *phrase = NULL;
	if (phrases) {
		if (Z_TYPE_P(status) == IS_LONG) {
			phrase = zend_hash_index_find(phrases, Z_LVAL_P(status));
		} else if (Z_TYPE_P(status) == IS_STRING) {
			phrase = zend_symtable_find(phrases, Z_STR_P(status));
		}
	}
	view_of(&line->reason, phrase ? phrase : &EG(uninitialized_zval));
}

static void status_line_done(wm_status_line *line)
{
	if (line->prebuilt) {
		return;
	}
	view_done(&line->version);
	view_done(&line->status);
	view_done(&line->reason);
}

/* 4.2.1 puts "Server: workerman" after the status line unless the headers have a 'Server'
 * key (exactly so spelled); 5.x never does. Set at MINIT by the API profile. */
static bool wm_resp_server_line;

static zend_always_inline void sink_server_line(wm_sink *k, int mode, HashTable *headers)
{
	if (wm_resp_server_line && (!headers || !zend_hash_str_exists(headers, "Server", sizeof("Server") - 1))) {
		SINK_LIT(k, mode, "Server: workerman\r\n");
	}
}

static zend_always_inline void sink_status_line(wm_sink *k, int mode, wm_status_line *line)
{
	if (line->prebuilt) {
		sink_put(k, mode, ZSTR_VAL(line->prebuilt), ZSTR_LEN(line->prebuilt));
		return;
	}
	SINK_LIT(k, mode, "HTTP/");
	sink_put(k, mode, line->version.val, line->version.len);
	SINK_LIT(k, mode, " ");
	sink_put(k, mode, line->status.val, line->status.len);
	SINK_LIT(k, mode, " ");
	sink_put(k, mode, line->reason.val, line->reason.len);
	SINK_LIT(k, mode, "\r\n");
}

#define DEFAULT_CONTENT_TYPE "Content-Type: text/html;charset=utf-8\r\n"
#define KEEP_ALIVE "Connection: keep-alive\r\n"

/* Headers, defaults and body of a response without a file: both passes run this. */
static zend_always_inline void sink_response(wm_sink *k, int mode, wm_status_line *line, HashTable *headers, bool no_headers,
	wm_view *body)
{
	unsigned seen = 0;
	sink_status_line(k, mode, line);
	sink_server_line(k, mode, no_headers ? NULL : headers);
	if (no_headers) {
		SINK_LIT(k, mode, DEFAULT_CONTENT_TYPE "Content-Length: ");
		sink_long(k, mode, (zend_long) body->len);
		SINK_LIT(k, mode, "\r\n" KEEP_ALIVE "\r\n");
		sink_put(k, mode, body->val, body->len);
		return;
	}
	if (headers) {
		seen = sink_headers(k, mode, headers);
	}
	if (mode == SINK_COUNT) {
		k->seen = seen;
	}
	seen = k->seen;
	if (!(seen & SEEN_CONNECTION)) {
		SINK_LIT(k, mode, KEEP_ALIVE);
	}
	if (!(seen & SEEN_CONTENT_TYPE)) {
		SINK_LIT(k, mode, DEFAULT_CONTENT_TYPE);
	} else if (seen & SEEN_EVENT_STREAM) {
		/* 4.x: the head is not terminated; the caller's body ("\r\n") does it. */
		sink_put(k, mode, body->val, body->len);
		return;
	}
	if (seen & SEEN_TRANSFER_ENCODING) {
		SINK_LIT(k, mode, "\r\n");
		if (body->len) {
			sink_hex(k, mode, body->len);
			SINK_LIT(k, mode, "\r\n");
			sink_put(k, mode, body->val, body->len);
			SINK_LIT(k, mode, "\r\n");
		}
		return;
	}
	SINK_LIT(k, mode, "Content-Length: ");
	sink_long(k, mode, (zend_long) body->len);
	SINK_LIT(k, mode, "\r\n\r\n");
	sink_put(k, mode, body->val, body->len);
}

/* ---- the head of a file response (4.2.1's createHeadForFile) ----------------------- */

static zend_always_inline void sink_gmdate(wm_sink *k, int mode, time_t t)
{
	static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
		"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	struct tm tm;
	char buf[64];
	int n;
	if (!gmtime_r(&t, &tm)) {
		return;
	}
	n = snprintf(buf, sizeof(buf), "%s, %02d %s %04d %02d:%02d:%02d GMT",
		days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900,
		tm.tm_hour, tm.tm_min, tm.tm_sec);
	sink_put(k, mode, buf, (size_t) n);
}

/* self::$_mimeTypeMap[$extension] or NULL. */
static zval *mime_type_of(const char *ext, size_t len)
{
	zval *map = static_slot(info_mime), *type;
	if (Z_TYPE_P(map) != IS_ARRAY) {
		return NULL;
	}
	type = zend_symtable_str_find(Z_ARRVAL_P(map), ext, len);
	if (type) {
		ZVAL_DEREF(type);
	}
	return type && Z_TYPE_P(type) != IS_NULL ? type : NULL;
}

static zend_always_inline void sink_file_head(wm_sink *k, int mode, wm_status_line *line, HashTable *headers,
	zend_string *base_name, zval *mime, zend_long mtime)
{
	unsigned seen = 0;
	sink_status_line(k, mode, line);
	sink_server_line(k, mode, headers);
	if (headers) {
		seen = sink_headers(k, mode, headers);
	}
	if (mode == SINK_COUNT) {
		k->seen = seen;
	}
	seen = k->seen;
	if (!(seen & SEEN_CONNECTION)) {
		SINK_LIT(k, mode, KEEP_ALIVE);
	}
	if (!(seen & SEEN_CONTENT_TYPE)) {
		SINK_LIT(k, mode, "Content-Type: ");
		if (mime) {
			sink_value(k, mode, mime);
		} else {
			SINK_LIT(k, mode, "application/octet-stream");
		}
		SINK_LIT(k, mode, "\r\n");
	}
	if (!(seen & SEEN_CONTENT_DISPOSITION) && !mime) {
		SINK_LIT(k, mode, "Content-Disposition: attachment; filename=\"");
		sink_put(k, mode, ZSTR_VAL(base_name), ZSTR_LEN(base_name));
		SINK_LIT(k, mode, "\"\r\n");
	}
	if (!(seen & SEEN_LAST_MODIFIED) && mtime) {
		SINK_LIT(k, mode, "Last-Modified: ");
		sink_gmdate(k, mode, (time_t) mtime);
		SINK_LIT(k, mode, "\r\n");
	}
	SINK_LIT(k, mode, "\r\n");
}

static zend_string *file_head(zend_object *obj, zval *file_info)
{
	zval *path_zv = NULL, *header_zv = prop(obj, off_header), *mime = NULL, mtime;
	HashTable *headers = Z_TYPE_P(header_zv) == IS_ARRAY ? Z_ARRVAL_P(header_zv) : NULL;
	zend_string *path, *base_name;
	wm_status_line line;
	wm_sink k = {0};
	zend_long modified;

	if (Z_TYPE_P(file_info) == IS_ARRAY) {
		path_zv = zend_hash_find(Z_ARRVAL_P(file_info), str_file);
	}
	path = path_zv ? zval_get_string(path_zv) : ZSTR_EMPTY_ALLOC();
	base_name = php_basename(ZSTR_VAL(path), ZSTR_LEN(path), NULL, 0);
	const char *dot = zend_memrchr(ZSTR_VAL(base_name), '.', ZSTR_LEN(base_name));
	if (dot) {
		mime = mime_type_of(dot + 1, ZSTR_VAL(base_name) + ZSTR_LEN(base_name) - dot - 1);
	} else {
		mime = mime_type_of("", 0);
	}
	ZVAL_FALSE(&mtime);
	zval *last_modified = headers ? zend_hash_str_find_deref(headers, "Last-Modified", sizeof("Last-Modified") - 1) : NULL;
	if (!last_modified || Z_TYPE_P(last_modified) == IS_NULL) {
		php_stat(path, FS_MTIME, &mtime);
	}
	status_line_of(obj, &line);
	if (headers) {
		GC_TRY_ADDREF(headers); /* __toString of a value must not free what we iterate */
	}
	modified = Z_TYPE(mtime) == IS_LONG ? Z_LVAL(mtime) : 0;
	sink_file_head(&k, SINK_COUNT, &line, headers, base_name, mime, modified);
	if (sink_begin(&k)) {
		sink_file_head(&k, SINK_RAW, &line, headers, base_name, mime, modified);
	} else {
		sink_file_head(&k, SINK_SMART, &line, headers, base_name, mime, modified);
	}
	if (headers) {
		zend_array_release(headers);
	}
	status_line_done(&line);
	zend_string_release(base_name);
	zend_string_release(path);
	if (UNEXPECTED(EG(exception))) {
		sink_discard(&k);
		return NULL;
	}
	return sink_end(&k);
}

/* ---- building the string ----------------------------------------------------------- */

static zend_string *response_build(zend_object *obj)
{
	zval *file = prop(obj, off_file), *header_zv;
	HashTable *headers;
	wm_status_line line;
	wm_view body;
	wm_sink k = {0};
	bool no_headers;

	if (Z_TYPE_P(file) > IS_NULL) {
		zend_function *head_fn = fn_head_for_file;
		if (obj->ce != wm_ce_HttpResponse) {
			head_fn = zend_hash_find_ptr(&obj->ce->function_table, str_head_for_file_lc);
		}
		if (head_fn && head_fn != fn_head_for_file) {
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
		return file_head(obj, file);
	}

	header_zv = prop(obj, off_header);
	no_headers = Z_TYPE_P(header_zv) <= IS_NULL || !zend_is_true(header_zv);
	headers = !no_headers && Z_TYPE_P(header_zv) == IS_ARRAY ? Z_ARRVAL_P(header_zv) : NULL;
	status_line_of(obj, &line);
	view_of(&body, prop(obj, off_body));
	if (headers) {
		GC_TRY_ADDREF(headers);
	}
	sink_response(&k, SINK_COUNT, &line, headers, no_headers, &body);
	if (sink_begin(&k)) {
		sink_response(&k, SINK_RAW, &line, headers, no_headers, &body);
	} else {
		sink_response(&k, SINK_SMART, &line, headers, no_headers, &body);
	}
	if (headers) {
		zend_array_release(headers);
	}
	view_done(&body);
	status_line_done(&line);
	if (UNEXPECTED(EG(exception))) {
		sink_discard(&k);
		return NULL;
	}
	return sink_end(&k);
}

static zend_string *chunk_build(zend_object *obj)
{
	wm_view buffer;
	wm_sink k = {0};
	view_of(&buffer, prop(obj, off_chunk_buffer));
	sink_hex(&k, SINK_COUNT, buffer.len);
	k.need += 4 + buffer.len;
	sink_begin(&k);
	sink_hex(&k, SINK_RAW, buffer.len);
	SINK_LIT(&k, SINK_RAW, "\r\n");
	sink_put(&k, SINK_RAW, buffer.val, buffer.len);
	SINK_LIT(&k, SINK_RAW, "\r\n");
	view_done(&buffer);
	if (UNEXPECTED(EG(exception))) {
		sink_discard(&k);
		return NULL;
	}
	return sink_end(&k);
}

/* "<prefix><value>\n" for a field set (isset) in the event's array. */
static void sse_field(smart_str *out, HashTable *data, zend_string *key, const char *prefix, size_t prefix_len)
{
	zval *value = zend_hash_find(data, key);
	wm_view v;
	if (!value) {
		return;
	}
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_NULL) {
		return;
	}
	view_of(&v, value);
	/* a line break here would start another field or event (injection); NUL is harmless */
	const char *bad = wm_http_header_bad_byte(v.val, v.len);
	if (UNEXPECTED(bad) && *bad) {
		wm_http_bytes_check("ServerSentEvents field", prefix, prefix_len - 2, v.val, v.len);
		view_done(&v);
		return;
	}
	smart_str_appendl(out, prefix, prefix_len);
	smart_str_appendl(out, v.val, v.len);
	smart_str_appendc(out, '\n');
	view_done(&v);
}

/* The first CR or LF in [p, end), or NULL. */
static const char *sse_line_end(const char *p, const char *end)
{
	for (; p < end; p++) {
		if (*p == '\n' || *p == '\r') {
			return p;
		}
	}
	return NULL;
}

static zend_string *sse_build(zend_object *obj)
{
	zval *data_zv = prop(obj, off_sse_data), *data;
	smart_str out = {0};
	if (Z_TYPE_P(data_zv) == IS_ARRAY) {
		HashTable *fields = Z_ARRVAL_P(data_zv);
		GC_TRY_ADDREF(fields);
		sse_field(&out, fields, ZSTR_EMPTY_ALLOC(), ": ", 2);
		sse_field(&out, fields, str_sse_event, "event: ", 7);
		sse_field(&out, fields, str_sse_id, "id: ", 4);
		sse_field(&out, fields, str_sse_retry, "retry: ", 7);
		data = zend_hash_find(fields, str_sse_data);
		if (data) {
			ZVAL_DEREF(data);
		}
		if (data && Z_TYPE_P(data) != IS_NULL) {
			/* every line of the data becomes its own "data: " line; CR and CRLF end a line
			 * for the client too (a bare CR must not start a field of its own) */
			wm_view v;
			const char *p, *nl, *end;
			view_of(&v, data);
			smart_str_appendl(&out, "data: ", 6);
			for (p = v.val, end = v.val + v.len; (nl = sse_line_end(p, end)); ) {
				smart_str_appendl(&out, p, nl - p);
				smart_str_appendl(&out, "\ndata: ", 7);
				p = nl + (*nl == '\r' && nl + 1 < end && nl[1] == '\n' ? 2 : 1);
			}
			smart_str_appendl(&out, p, end - p);
			smart_str_appendc(&out, '\n');
			view_done(&v);
		}
		zend_array_release(fields);
	}
	smart_str_appendc(&out, '\n');
	if (UNEXPECTED(EG(exception))) {
		smart_str_free(&out);
		return NULL;
	}
	return smart_str_extract(&out);
}

/* ---- object handlers --------------------------------------------------------------- */

/* (string)$object without a method call, unless a subclass has its own __toString. */
static zend_result cast_with(zend_object *obj, zval *rv, int type, zend_function *own,
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

static zend_result response_cast(zend_object *obj, zval *rv, int type)
{
	return cast_with(obj, rv, type, fn_response_tostring, response_build);
}

static zend_result chunk_cast(zend_object *obj, zval *rv, int type)
{
	return cast_with(obj, rv, type, fn_chunk_tostring, chunk_build);
}

static zend_result sse_cast(zend_object *obj, zval *rv, int type)
{
	return cast_with(obj, rv, type, fn_sse_tostring, sse_build);
}

static zend_object *response_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &wm_response_handlers;
	return obj;
}

static zend_object *chunk_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &wm_chunk_handlers;
	return obj;
}

static zend_object *sse_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &wm_sse_handlers;
	return obj;
}

/* ---- headers: the C contract and the methods share these --------------------------- */

/* $this->_header as a writable array, created the way `$this->_header[..] = ` would. */
static HashTable *headers_for_write(zend_object *obj)
{
	zval *slot = prop(obj, off_header);
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
static zval *key_find(HashTable *ht, zval *key)
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

static void key_del(HashTable *ht, zval *key)
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
static void headers_merge(zend_object *obj, HashTable *src)
{
	zval *slot = prop(obj, off_header), merged;
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
	prop_set(obj, off_header, &merged);
}

/* ---- Response methods -------------------------------------------------------------- */

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

ZEND_METHOD(Workerman_Protocols_Http_Response, init)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	zend_function *fn;
	ZEND_PARSE_PARAMETERS_NONE();
	/* static::initMimeTypeMap(), so a subclass's own version runs */
	fn = scope ? zend_hash_find_ptr(&scope->function_table, str_init_mime_lc) : NULL;
	if (fn) {
		zend_call_known_function(fn, NULL, scope, NULL, 0, NULL, NULL);
	}
}

/* Puts our table into static::$_mimeTypeMap (4.2.1 re-reads its mime.types file). */
ZEND_METHOD(Workerman_Protocols_Http_Response, initMimeTypeMap)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	zend_property_info *info = info_mime;
	zval *map;
	ZEND_PARSE_PARAMETERS_NONE();
	if (scope && scope != wm_ce_HttpResponse) {
		info = zend_hash_str_find_ptr(&scope->properties_info, "_mimeTypeMap", sizeof("_mimeTypeMap") - 1);
		if (!info || !(info->flags & ZEND_ACC_STATIC)) {
			info = info_mime;
		}
	}
	map = static_slot(info);
	if (Z_TYPE_P(map) == IS_ARRAY && Z_ARRVAL_P(map) == mime_default) {
		return;
	}
	if (Z_TYPE_P(map) != IS_ARRAY) {
		zval_ptr_dtor(map);
		ZVAL_ARR(map, mime_default);
		Z_TYPE_INFO_P(map) = IS_ARRAY; /* immutable: not refcounted */
		return;
	}
	SEPARATE_ARRAY(map);
	zend_hash_merge(Z_ARRVAL_P(map), mime_default, NULL, true);
}

/* 5.x: self::$mimeTypeMap[$ext] ?? 'application/octet-stream' (our map is $_mimeTypeMap). */
ZEND_METHOD(Workerman_Protocols_Http_Response, getMimeType)
{
	zend_string *ext;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(ext)
	ZEND_PARSE_PARAMETERS_END();
	zval *type = mime_type_of(ZSTR_VAL(ext), ZSTR_LEN(ext));
	if (!type) {
		RETURN_STRINGL("application/octet-stream", sizeof("application/octet-stream") - 1);
	}
	RETURN_STR(zval_get_string(type));
}

ZEND_METHOD(Workerman_Protocols_Http_Response, __construct)
{
	zval *status = NULL, *headers = NULL, *body = NULL, v;
	zend_object *obj = THIS_OBJ;
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
	prop_set(obj, off_status, &v);
	if (headers) {
		if (Z_TYPE_P(headers) == IS_ARRAY && wm_http_headers_check(Z_ARRVAL_P(headers)) == FAILURE) {
			RETURN_THROWS();
		}
		ZVAL_COPY(&v, headers);
	} else {
		ZVAL_EMPTY_ARRAY(&v);
	}
	prop_set(obj, off_header, &v);
	if (body) {
		zend_string *s = zval_try_get_string(body);
		if (!s) {
			RETURN_THROWS();
		}
		ZVAL_STR(&v, s);
	} else {
		ZVAL_EMPTY_STRING(&v);
	}
	prop_set(obj, off_body, &v);
}

static void response_header(INTERNAL_FUNCTION_PARAMETERS)
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
	headers = headers_for_write(THIS_OBJ);
	if (!headers || array_set_zval_key(headers, name, value) == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, header)
{
	response_header(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withHeader)
{
	response_header(INTERNAL_FUNCTION_PARAM_PASSTHRU);
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
	headers_merge(THIS_OBJ, Z_ARRVAL_P(headers));
	RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withoutHeader)
{
	zval *name, *slot;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	slot = prop(THIS_OBJ, off_header);
	if (Z_TYPE_P(slot) == IS_ARRAY) {
		SEPARATE_ARRAY(slot);
		key_del(Z_ARRVAL_P(slot), name);
	}
	RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getHeader)
{
	zval *name, *slot, *value = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	slot = prop(THIS_OBJ, off_header);
	if (Z_TYPE_P(slot) == IS_ARRAY) {
		value = key_find(Z_ARRVAL_P(slot), name);
	}
	if (value) {
		RETURN_COPY_DEREF(value);
	}
	RETURN_NULL();
}

static void return_prop(INTERNAL_FUNCTION_PARAMETERS, uint32_t offset)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_NONE();
	value = prop(THIS_OBJ, offset);
	if (Z_TYPE_P(value) == IS_UNDEF) {
		RETURN_NULL();
	}
	RETURN_COPY(value);
}

static void set_prop_and_return_this(INTERNAL_FUNCTION_PARAMETERS, uint32_t offset)
{
	zval *value, copy;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	ZVAL_COPY(&copy, value);
	prop_set(THIS_OBJ, offset, &copy);
	RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getHeaders)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, off_header);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getStatusCode)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, off_status);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, getReasonPhrase)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, off_reason);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, rawBody)
{
	return_prop(INTERNAL_FUNCTION_PARAM_PASSTHRU, off_body);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withProtocolVersion)
{
	zval *version = ZEND_NUM_ARGS() ? ZEND_CALL_ARG(execute_data, 1) : NULL;
	if (version && Z_TYPE_P(version) == IS_STRING && wm_http_bytes_check("Protocol version", Z_STRVAL_P(version),
			Z_STRLEN_P(version), Z_STRVAL_P(version), Z_STRLEN_P(version)) == FAILURE) {
		RETURN_THROWS();
	}
	set_prop_and_return_this(INTERNAL_FUNCTION_PARAM_PASSTHRU, off_version);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, withBody)
{
	set_prop_and_return_this(INTERNAL_FUNCTION_PARAM_PASSTHRU, off_body);
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
	prop_set(THIS_OBJ, off_status, &v);
	if (reason) {
		ZVAL_COPY(&v, reason);
	} else {
		ZVAL_NULL(&v);
	}
	prop_set(THIS_OBJ, off_reason, &v);
	RETURN_OBJ_COPY(THIS_OBJ);
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
		wm_http_response_set_status(THIS_OBJ, 404, NULL);
		ZVAL_STRINGL(&v, "<h3>404 Not Found</h3>", sizeof("<h3>404 Not Found</h3>") - 1);
		prop_set(THIS_OBJ, off_body, &v);
		RETURN_OBJ_COPY(THIS_OBJ);
	}
	array_init_size(&info, 3);
	add_assoc_str_ex(&info, ZSTR_VAL(str_file), ZSTR_LEN(str_file), path);
	if (offset) {
		Z_TRY_ADDREF_P(offset);
		zend_hash_add_new(Z_ARRVAL(info), str_offset, offset);
	} else {
		add_assoc_long_ex(&info, ZSTR_VAL(str_offset), ZSTR_LEN(str_offset), 0);
	}
	if (length) {
		Z_TRY_ADDREF_P(length);
		zend_hash_add_new(Z_ARRVAL(info), str_length, length);
	} else {
		add_assoc_long_ex(&info, ZSTR_VAL(str_length), ZSTR_LEN(str_length), 0);
	}
	prop_set(THIS_OBJ, off_file, &info);
	RETURN_OBJ_COPY(THIS_OBJ);
}

/* Appends "; <attribute>" + value when value is truthy (4.x's empty() checks). */
static void cookie_attribute(smart_str *out, const char *attribute, size_t len, zval *value)
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
	cookie_attribute(&out, "; Domain=", 9, domain);
	if (max_age && Z_TYPE_P(max_age) != IS_NULL) {
		smart_str_appendl(&out, "; Max-Age=", 10);
		s = zval_get_string(max_age);
		smart_str_append(&out, s);
		zend_string_release(s);
	}
	cookie_attribute(&out, "; Path=", 7, path);
	if (secure && zend_is_true(secure)) {
		smart_str_appendl(&out, "; Secure", 8);
	}
	if (http_only && zend_is_true(http_only)) {
		smart_str_appendl(&out, "; HttpOnly", 10);
	}
	cookie_attribute(&out, "; SameSite=", 11, same_site);
	/* the value is URL-encoded; the name and attributes are not */
	if (EG(exception) || wm_http_bytes_check("Cookie", ZSTR_VAL(out.s), name_len, ZSTR_VAL(out.s), ZSTR_LEN(out.s)) == FAILURE) {
		smart_str_free(&out);
		RETURN_THROWS();
	}
	ZVAL_STR(&line, smart_str_extract(&out));

	/* $this->_header['Set-Cookie'][] = $line */
	headers = headers_for_write(THIS_OBJ);
	if (!headers) {
		zval_ptr_dtor(&line);
		RETURN_THROWS();
	}
	list = zend_hash_find(headers, str_set_cookie);
	if (!list) {
		zval empty;
		ZVAL_NULL(&empty);
		list = zend_hash_add_new(headers, str_set_cookie, &empty);
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
	RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, createHeadForFile)
{
	zval *file_info;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(file_info)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *head = file_head(THIS_OBJ, file_info);
	if (!head) {
		RETURN_THROWS();
	}
	RETURN_STR(head);
}

ZEND_METHOD(Workerman_Protocols_Http_Response, __toString)
{
	zend_string *s;
	ZEND_PARSE_PARAMETERS_NONE();
	s = response_build(THIS_OBJ);
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
	prop_set(THIS_OBJ, off_chunk_buffer, &copy);
}

ZEND_METHOD(Workerman_Protocols_Http_Chunk, __toString)
{
	zend_string *s;
	ZEND_PARSE_PARAMETERS_NONE();
	s = chunk_build(THIS_OBJ);
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
	prop_set(THIS_OBJ, off_sse_data, &copy);
}

ZEND_METHOD(Workerman_Protocols_Http_ServerSentEvents, __toString)
{
	zend_string *s;
	ZEND_PARSE_PARAMETERS_NONE();
	s = sse_build(THIS_OBJ);
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
	zval *file = prop(response, off_file), *entry;
	if (Z_TYPE_P(file) != IS_ARRAY) {
		return false;
	}
	entry = zend_hash_find(Z_ARRVAL_P(file), str_file);
	if (entry) {
		ZVAL_DEREF(entry);
	}
	if (!entry || Z_TYPE_P(entry) != IS_STRING) {
		return false;
	}
	*path = Z_STR_P(entry);
	entry = zend_hash_find(Z_ARRVAL_P(file), str_offset);
	*offset = entry ? zval_get_long(entry) : 0;
	entry = zend_hash_find(Z_ARRVAL_P(file), str_length);
	*length = entry ? zval_get_long(entry) : 0;
	return true;
}

zend_string *wm_http_response_to_string(zend_object *response)
{
	zval rv;
	if (response->ce->__tostring == fn_response_tostring) {
		return response_build(response);
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
	HashTable *headers = headers_for_write(response);
	if (headers) {
		Z_TRY_ADDREF_P(value);
		zend_symtable_update(headers, name, value);
	}
}

void wm_http_response_merge_headers(zend_object *response, HashTable *headers)
{
	headers_merge(response, headers);
}

void wm_http_response_set_status(zend_object *response, zend_long status, zend_string *reason)
{
	zval v;
	ZVAL_LONG(&v, status);
	prop_set(response, off_status, &v);
	if (reason) {
		ZVAL_STR_COPY(&v, reason);
	} else {
		ZVAL_NULL(&v);
	}
	prop_set(response, off_reason, &v);
}

/* ---- MINIT ------------------------------------------------------------------------- */

static HashTable *immutable_array_new(uint32_t size)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, size, NULL, NULL, 1);
	zend_hash_real_init_mixed(ht);
	return ht;
}

/* Shared by every request as a static property default: PHP code that writes to it
 * separates a copy first, as for a literal array. */
static void immutable_array_seal(HashTable *ht)
{
	GC_SET_REFCOUNT(ht, 2);
	GC_TYPE_INFO(ht) = GC_ARRAY | ((GC_IMMUTABLE | GC_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
}

static zend_string *intern(const char *s)
{
	return zend_string_init_interned(s, strlen(s), 1);
}

static void set_static_default(zend_property_info *info, HashTable *ht)
{
	zval *slot = &info->ce->default_static_members_table[info->offset];
	ZVAL_ARR(slot, ht);
	Z_TYPE_INFO_P(slot) = IS_ARRAY; /* immutable: not refcounted */
}

static void build_static_tables(void)
{
	size_t i;
	zval v;
	char line[96];
	phrases_default = immutable_array_new(sizeof(wm_phrases) / sizeof(wm_phrases[0]));
	for (i = 0; i < sizeof(wm_phrases) / sizeof(wm_phrases[0]); i++) {
		ZVAL_INTERNED_STR(&v, intern(wm_phrases[i].phrase));
		zend_hash_index_add_new(phrases_default, wm_phrases[i].code, &v);
		int n = snprintf(line, sizeof(line), "HTTP/1.1 %d %s\r\n", wm_phrases[i].code, wm_phrases[i].phrase);
		prebuilt_status[wm_phrases[i].code] = zend_string_init_interned(line, (size_t) n, 1);
	}
	immutable_array_seal(phrases_default);
	mime_default = immutable_array_new((uint32_t) wm_http_mime_type_count);
	for (i = 0; i < wm_http_mime_type_count; i++) {
		ZVAL_INTERNED_STR(&v, intern(wm_http_mime_types[i].type));
		zend_symtable_update(mime_default, intern(wm_http_mime_types[i].extension), &v);
	}
	immutable_array_seal(mime_default);
	set_static_default(info_phrases, phrases_default);
	set_static_default(info_mime, mime_default);
}

static void init_handlers(zend_object_handlers *h, zend_object_cast_t cast)
{
	memcpy(h, &std_object_handlers, sizeof(*h));
	h->cast_object = cast;
}

void wm_http_response_minit(void)
{
	zend_class_entry *ce;

	ce = wm_ce_HttpResponse = wm_api_reg->HttpResponse(zend_ce_stringable);
	ce->create_object = response_create;
	init_handlers(&wm_response_handlers, response_cast);
	off_header = prop_offset(ce, "_header");
	off_status = prop_offset(ce, "_status");
	off_reason = prop_offset(ce, "_reason");
	off_version = prop_offset(ce, "_version");
	off_body = prop_offset(ce, "_body");
	off_file = prop_offset(ce, "file");
	info_phrases = zend_hash_str_find_ptr(&ce->properties_info, "_phrases", sizeof("_phrases") - 1);
	info_mime = zend_hash_str_find_ptr(&ce->properties_info, "_mimeTypeMap", sizeof("_mimeTypeMap") - 1);
	fn_response_tostring = ce->__tostring;
	fn_head_for_file = zend_hash_str_find_ptr(&ce->function_table, "createheadforfile", sizeof("createheadforfile") - 1);
	if (wm_api_major == 5) {
		wm_api_declare_array_const(ce, "PHRASES", wm_phrases5, sizeof(wm_phrases5) / sizeof(wm_phrases5[0]));
	}
	wm_resp_server_line = wm_api_major != 5;

	ce = wm_ce_HttpChunk = wm_api_reg->HttpChunk(zend_ce_stringable);
	ce->create_object = chunk_create;
	init_handlers(&wm_chunk_handlers, chunk_cast);
	off_chunk_buffer = prop_offset(ce, "_buffer");
	fn_chunk_tostring = ce->__tostring;

	ce = wm_ce_HttpServerSentEvents = wm_api_reg->HttpServerSentEvents(zend_ce_stringable);
	ce->create_object = sse_create;
	init_handlers(&wm_sse_handlers, sse_cast);
	off_sse_data = prop_offset(ce, "_data");
	fn_sse_tostring = ce->__tostring;

	str_file = intern("file");
	str_offset = intern("offset");
	str_length = intern("length");
	str_set_cookie = intern("Set-Cookie");
	str_phrases = intern("_phrases");
	str_head_for_file_lc = intern("createheadforfile");
	str_init_mime_lc = intern("initmimetypemap");
	str_sse_event = intern("event");
	str_sse_id = intern("id");
	str_sse_retry = intern("retry");
	str_sse_data = intern("data");
	build_static_tables();
}

void wm_http_response_mshutdown(void)
{
	/* The classes keep pointing at them, but only to see that they are not refcounted. */
	zend_hash_destroy(phrases_default);
	pefree(phrases_default, 1);
	zend_hash_destroy(mime_default);
	pefree(mime_default, 1);
}
