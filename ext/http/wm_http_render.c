/* wm_http_render.c: the bytes of Http\Response, Http\Chunk and Http\ServerSentEvents: status
 * line, header lines and 4.2.1's defaults, a file response's head, chunk and SSE framing, each
 * in one allocation (two passes: count, then copy). Reads the objects' property slots that
 * wm_http_response.c found; owns the reason phrase, status line and mime tables. No class
 * methods and no PHP method calls here (a header value's own __toString aside). */
#include "wm_http_response_int.h"
#include "wm_http_mime.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/php_string.h"

/* 4.2.1's reason phrases (facts of HTTP, spelled as 4.2.1 spells them). */
static const struct { int code; const char *phrase; } wm_phrases4[] = {
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

/* Default values of the statics $_phrases and $_mimeTypeMap: persistent immutable arrays,
 * shared by every request without a copy until PHP code writes to them. */
HashTable *wm_render_phrases_default, *wm_render_mime_default;

/* ---- views and sinks ----------------------------------------------------------------- */

/* A string view of a scalar without allocating for strings and integers; other types are
 * converted as PHP's string interpolation would (may call __toString). */
typedef struct {
	const char *val;
	size_t len;
	zend_string *owned;
	char num[MAX_LENGTH_OF_LONG + 1];
} wm_view;

static zend_always_inline void wm_render_view_of(wm_view *v, zval *zv)
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

static zend_always_inline void wm_render_view_done(wm_view *v)
{
	if (v->owned) {
		zend_string_release(v->owned);
	}
}

/* Where the bytes go. Every writer runs twice: WM_SINK_COUNT sums the exact size, then
 * WM_SINK_RAW copies into one string of that size. A value that only PHP's conversion can
 * print (object, float, ...) makes the count pass flag `complex`; the second pass is then
 * WM_SINK_SMART, which converts each such value once. The writers are always inlined with a
 * constant mode, so each pass compiles to straight copies. */
enum { WM_SINK_COUNT, WM_SINK_RAW, WM_SINK_SMART };

typedef struct {
	size_t need;
	bool complex;
	unsigned seen;  /* SEEN_* flags found by the count pass */
	char *pos;
	zend_string *raw;
	smart_str out;
} wm_sink;

static zend_always_inline void wm_sink_put(wm_sink *k, int mode, const char *p, size_t n)
{
	if (mode == WM_SINK_COUNT) {
		k->need += n;
	} else if (mode == WM_SINK_RAW) {
		memcpy(k->pos, p, n);
		k->pos += n;
	} else {
		smart_str_appendl(&k->out, p, n);
	}
}

#define WM_SINK_LIT(k, mode, lit) wm_sink_put((k), (mode), (lit), sizeof(lit) - 1)

static zend_always_inline void wm_sink_long(wm_sink *k, int mode, zend_long n)
{
	char buf[MAX_LENGTH_OF_LONG + 1], *end = buf + sizeof(buf) - 1;
	char *digits = zend_print_long_to_buf(end, n);
	wm_sink_put(k, mode, digits, end - digits);
}

static zend_always_inline void wm_sink_hex(wm_sink *k, int mode, size_t n)
{
	char buf[2 * sizeof(size_t)], *p = buf + sizeof(buf);
	do {
		*--p = "0123456789abcdef"[n & 15];
		n >>= 4;
	} while (n);
	wm_sink_put(k, mode, p, buf + sizeof(buf) - p);
}

/* A header value as "$value" would print it. */
static zend_always_inline void wm_sink_value(wm_sink *k, int mode, zval *zv)
{
	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		wm_sink_put(k, mode, Z_STRVAL_P(zv), Z_STRLEN_P(zv));
		return;
	case IS_LONG:
		wm_sink_long(k, mode, Z_LVAL_P(zv));
		return;
	case IS_UNDEF:
	case IS_NULL:
	case IS_FALSE:
		return;
	case IS_TRUE:
		wm_sink_put(k, mode, "1", 1);
		return;
	}
	if (mode == WM_SINK_COUNT) {
		k->complex = true;
	} else if (mode == WM_SINK_SMART) {
		zend_string *s = zval_get_string_func(zv);
		smart_str_append(&k->out, s);
		zend_string_release(s);
	}
}

/* After the count: RAW (true) into one exact allocation, or SMART (false). */
static bool wm_sink_begin(wm_sink *k)
{
	if (!k->complex) {
		k->raw = zend_string_alloc(k->need, 0);
		k->pos = ZSTR_VAL(k->raw);
		return true;
	}
	smart_str_alloc(&k->out, k->need + 64, 0);
	return false;
}

static zend_string *wm_sink_end(wm_sink *k)
{
	if (k->raw) {
		ZEND_ASSERT((size_t) (k->pos - ZSTR_VAL(k->raw)) == k->need);
		*k->pos = '\0';
		return k->raw;
	}
	smart_str_0(&k->out);
	return k->out.s; /* not trimmed: a realloc costs more than the slack */
}

/* Drops what wm_sink_begin made (an exception was thrown while writing). */
static void wm_sink_discard(wm_sink *k)
{
	if (k->raw) {
		zend_string_efree(k->raw);
	}
	smart_str_free(&k->out);
}

/* ---- Response::__toString ---------------------------------------------------------- */

/* The isset($headers[...]) checks of 4.2.1, answered while the header lines are written. */
enum {
	WM_SEEN_CONNECTION = 1,
	WM_SEEN_CONTENT_TYPE = 2,
	WM_SEEN_EVENT_STREAM = 4,
	WM_SEEN_TRANSFER_ENCODING = 8,
	WM_SEEN_CONTENT_DISPOSITION = 16,
	WM_SEEN_LAST_MODIFIED = 32,
};

static unsigned wm_render_known_header(zend_string *name, zval *value)
{
	const char *n = ZSTR_VAL(name);
	if (Z_TYPE_P(value) == IS_NULL) {
		return 0; /* isset() is false for null */
	}
	switch (ZSTR_LEN(name)) {
	case 10:
		return memcmp(n, "Connection", 10) ? 0 : WM_SEEN_CONNECTION;
	case 12:
		if (memcmp(n, "Content-Type", 12)) {
			return 0;
		}
		return WM_SEEN_CONTENT_TYPE | (Z_TYPE_P(value) == IS_STRING
			&& zend_string_equals_literal(Z_STR_P(value), "text/event-stream") ? WM_SEEN_EVENT_STREAM : 0);
	case 13:
		return memcmp(n, "Last-Modified", 13) ? 0 : WM_SEEN_LAST_MODIFIED;
	case 17:
		return memcmp(n, "Transfer-Encoding", 17) ? 0 : WM_SEEN_TRANSFER_ENCODING;
	case 19:
		return memcmp(n, "Content-Disposition", 19) ? 0 : WM_SEEN_CONTENT_DISPOSITION;
	}
	return 0;
}

/* An object value's string, checked for CR/LF/NUL here: the setters leave objects alone so
 * that __toString runs when the reply is built, as in Workerman. */
static void wm_sink_object_value(wm_sink *k, const char *name, size_t name_len, zval *value)
{
	zend_string *s = zval_get_string_func(value);
	if (wm_http_bytes_check("Header", name, name_len, ZSTR_VAL(s), ZSTR_LEN(s)) == SUCCESS) {
		smart_str_append(&k->out, s);
	}
	zend_string_release(s);
}

static zend_always_inline void wm_sink_header_line(wm_sink *k, int mode, const char *name, size_t name_len, zval *value)
{
	wm_sink_put(k, mode, name, name_len);
	WM_SINK_LIT(k, mode, ": ");
	ZVAL_DEREF(value);
	if (mode == WM_SINK_SMART && Z_TYPE_P(value) == IS_OBJECT) {
		wm_sink_object_value(k, name, name_len, value);
	} else {
		wm_sink_value(k, mode, value);
	}
	WM_SINK_LIT(k, mode, "\r\n");
}

/* One line per header, one per item of a list value; the count pass returns the SEEN_*
 * flags (the other passes reuse them). */
static zend_always_inline unsigned wm_sink_headers(wm_sink *k, int mode, HashTable *headers)
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
			if (mode == WM_SINK_COUNT) {
				seen |= wm_render_known_header(name, value);
			}
			name_val = ZSTR_VAL(name);
			name_len = ZSTR_LEN(name);
		} else {
			char *end = num + sizeof(num) - 1;
			name_val = zend_print_long_to_buf(end, (zend_long) index);
			name_len = end - name_val;
		}
		if (Z_TYPE_P(value) != IS_ARRAY) {
			wm_sink_header_line(k, mode, name_val, name_len, value);
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
			wm_sink_header_line(k, mode, name_val, name_len, item);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return seen;
}

/* static::$_phrases of the object's class. */
static HashTable *wm_render_phrases_of(zend_class_entry *ce)
{
	zend_property_info *info = wm_resp_info_phrases;
	zval *zv;
	if (ce != wm_ce_HttpResponse) {
		info = zend_hash_find_ptr(&ce->properties_info, wm_resp_str_phrases);
		if (!info || !(info->flags & ZEND_ACC_STATIC)) {
			return NULL;
		}
	}
	zv = wm_resp_static_slot(info);
	return Z_TYPE_P(zv) == IS_ARRAY ? Z_ARRVAL_P(zv) : NULL;
}

/* The status line's parts: version, code and reason (custom if truthy, else the phrase;
 * an unknown code gives an empty reason, as 5.x, without 4.x's undefined-key warning). */
typedef struct {
	zend_string *prebuilt; /* the whole "HTTP/1.1 200 OK\r\n", or NULL: the three views */
	wm_view version, status, reason;
} wm_status_line;

/* "HTTP/1.1 <code> <phrase>\r\n" for every code of the default table, made at MINIT. */
#define WM_RENDER_PREBUILT_MAX 600
static zend_string *wm_render_prebuilt_status[WM_RENDER_PREBUILT_MAX];

static void wm_render_status_line_of(zend_object *obj, wm_status_line *line)
{
	zval *reason = wm_resp_prop(obj, wm_resp_off_reason);
	zval *status = wm_resp_prop(obj, wm_resp_off_status);
	zval *version = wm_resp_prop(obj, wm_resp_off_version);
	line->prebuilt = NULL;
	if (Z_TYPE_P(status) == IS_LONG && (zend_ulong) Z_LVAL_P(status) < WM_RENDER_PREBUILT_MAX
		&& wm_render_prebuilt_status[Z_LVAL_P(status)] && Z_TYPE_P(reason) <= IS_NULL
		&& Z_TYPE_P(version) == IS_STRING && zend_string_equals_literal(Z_STR_P(version), "1.1")
		&& wm_render_phrases_of(obj->ce) == wm_render_phrases_default) {
		line->prebuilt = wm_render_prebuilt_status[Z_LVAL_P(status)];
		return;
	}
	wm_render_view_of(&line->version, wm_resp_prop(obj, wm_resp_off_version));
	wm_render_view_of(&line->status, status);
	if (Z_TYPE_P(reason) > IS_NULL && zend_is_true(reason)) {
		wm_render_view_of(&line->reason, reason);
		return;
	}
	HashTable *phrases = wm_render_phrases_of(obj->ce);
	zval *phrase = NULL;
	if (phrases) {
		if (Z_TYPE_P(status) == IS_LONG) {
			phrase = zend_hash_index_find(phrases, Z_LVAL_P(status));
		} else if (Z_TYPE_P(status) == IS_STRING) {
			phrase = zend_symtable_find(phrases, Z_STR_P(status));
		}
	}
	wm_render_view_of(&line->reason, phrase ? phrase : &EG(uninitialized_zval));
}

static void wm_render_status_line_done(wm_status_line *line)
{
	if (line->prebuilt) {
		return;
	}
	wm_render_view_done(&line->version);
	wm_render_view_done(&line->status);
	wm_render_view_done(&line->reason);
}

/* 4.2.1 puts "Server: workerman" after the status line unless the headers have a 'Server'
 * key (exactly so spelled); 5.x never does. Set at MINIT by the API profile. */
bool wm_render_server_line;

static zend_always_inline void wm_sink_server_line(wm_sink *k, int mode, HashTable *headers)
{
	if (wm_render_server_line && (!headers || !zend_hash_str_exists(headers, "Server", sizeof("Server") - 1))) {
		WM_SINK_LIT(k, mode, "Server: workerman\r\n");
	}
}

static zend_always_inline void wm_sink_status_line(wm_sink *k, int mode, wm_status_line *line)
{
	if (line->prebuilt) {
		wm_sink_put(k, mode, ZSTR_VAL(line->prebuilt), ZSTR_LEN(line->prebuilt));
		return;
	}
	WM_SINK_LIT(k, mode, "HTTP/");
	wm_sink_put(k, mode, line->version.val, line->version.len);
	WM_SINK_LIT(k, mode, " ");
	wm_sink_put(k, mode, line->status.val, line->status.len);
	WM_SINK_LIT(k, mode, " ");
	wm_sink_put(k, mode, line->reason.val, line->reason.len);
	WM_SINK_LIT(k, mode, "\r\n");
}

#define WM_RENDER_DEFAULT_CONTENT_TYPE "Content-Type: text/html;charset=utf-8\r\n"
#define WM_RENDER_KEEP_ALIVE "Connection: keep-alive\r\n"

/* The user's headers, then keep-alive unless they set Connection: returns which names they
 * set. The counting pass finds them; the writing pass reuses its answer. */
static zend_always_inline unsigned wm_sink_user_headers(wm_sink *k, int mode, HashTable *headers)
{
	unsigned seen = 0;
	if (headers) {
		seen = wm_sink_headers(k, mode, headers);
	}
	if (mode == WM_SINK_COUNT) {
		k->seen = seen;
	}
	seen = k->seen;
	if (!(seen & WM_SEEN_CONNECTION)) {
		WM_SINK_LIT(k, mode, WM_RENDER_KEEP_ALIVE);
	}
	return seen;
}

/* Headers, defaults and body of a response without a file: both passes run this. */
static zend_always_inline void wm_sink_response(wm_sink *k, int mode, wm_status_line *line, HashTable *headers, bool no_headers,
	wm_view *body)
{
	wm_sink_status_line(k, mode, line);
	wm_sink_server_line(k, mode, no_headers ? NULL : headers);
	if (no_headers) {
		WM_SINK_LIT(k, mode, WM_RENDER_DEFAULT_CONTENT_TYPE "Content-Length: ");
		wm_sink_long(k, mode, (zend_long) body->len);
		WM_SINK_LIT(k, mode, "\r\n" WM_RENDER_KEEP_ALIVE "\r\n");
		wm_sink_put(k, mode, body->val, body->len);
		return;
	}
	unsigned seen = wm_sink_user_headers(k, mode, headers);
	if (!(seen & WM_SEEN_CONTENT_TYPE)) {
		WM_SINK_LIT(k, mode, WM_RENDER_DEFAULT_CONTENT_TYPE);
	} else if (seen & WM_SEEN_EVENT_STREAM) {
		/* 4.x: the head is not terminated; the caller's body ("\r\n") does it. */
		wm_sink_put(k, mode, body->val, body->len);
		return;
	}
	if (seen & WM_SEEN_TRANSFER_ENCODING) {
		WM_SINK_LIT(k, mode, "\r\n");
		if (body->len) {
			wm_sink_hex(k, mode, body->len);
			WM_SINK_LIT(k, mode, "\r\n");
			wm_sink_put(k, mode, body->val, body->len);
			WM_SINK_LIT(k, mode, "\r\n");
		}
		return;
	}
	WM_SINK_LIT(k, mode, "Content-Length: ");
	wm_sink_long(k, mode, (zend_long) body->len);
	WM_SINK_LIT(k, mode, "\r\n\r\n");
	wm_sink_put(k, mode, body->val, body->len);
}

/* ---- the head of a file response (4.2.1's createHeadForFile) ----------------------- */

static zend_always_inline void wm_sink_gmdate(wm_sink *k, int mode, time_t t)
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
	wm_sink_put(k, mode, buf, (size_t) n);
}

/* self::$_mimeTypeMap[$extension] or NULL. */
zval *wm_http_render_mime_type(const char *ext, size_t len)
{
	zval *map = wm_resp_static_slot(wm_resp_info_mime), *type;
	if (Z_TYPE_P(map) != IS_ARRAY) {
		return NULL;
	}
	type = zend_symtable_str_find(Z_ARRVAL_P(map), ext, len);
	if (type) {
		ZVAL_DEREF(type);
	}
	return type && Z_TYPE_P(type) != IS_NULL ? type : NULL;
}

static zend_always_inline void wm_sink_file_head(wm_sink *k, int mode, wm_status_line *line, HashTable *headers,
	zend_string *base_name, zval *mime, zend_long mtime)
{
	wm_sink_status_line(k, mode, line);
	wm_sink_server_line(k, mode, headers);
	unsigned seen = wm_sink_user_headers(k, mode, headers);
	if (!(seen & WM_SEEN_CONTENT_TYPE)) {
		WM_SINK_LIT(k, mode, "Content-Type: ");
		if (mime) {
			wm_sink_value(k, mode, mime);
		} else {
			WM_SINK_LIT(k, mode, "application/octet-stream");
		}
		WM_SINK_LIT(k, mode, "\r\n");
	}
	if (!(seen & WM_SEEN_CONTENT_DISPOSITION) && !mime) {
		WM_SINK_LIT(k, mode, "Content-Disposition: attachment; filename=\"");
		wm_sink_put(k, mode, ZSTR_VAL(base_name), ZSTR_LEN(base_name));
		WM_SINK_LIT(k, mode, "\"\r\n");
	}
	if (!(seen & WM_SEEN_LAST_MODIFIED) && mtime) {
		WM_SINK_LIT(k, mode, "Last-Modified: ");
		wm_sink_gmdate(k, mode, (time_t) mtime);
		WM_SINK_LIT(k, mode, "\r\n");
	}
	WM_SINK_LIT(k, mode, "\r\n");
}

zend_string *wm_http_render_file_head(zend_object *obj, zval *file_info)
{
	zval *path_zv = NULL, *header_zv = wm_resp_prop(obj, wm_resp_off_header), *mime = NULL, mtime;
	HashTable *headers = Z_TYPE_P(header_zv) == IS_ARRAY ? Z_ARRVAL_P(header_zv) : NULL;
	zend_string *path, *base_name;
	wm_status_line line;
	wm_sink k = {0};
	zend_long modified;

	if (Z_TYPE_P(file_info) == IS_ARRAY) {
		path_zv = zend_hash_find(Z_ARRVAL_P(file_info), wm_resp_str_file);
	}
	path = path_zv ? zval_get_string(path_zv) : ZSTR_EMPTY_ALLOC();
	base_name = php_basename(ZSTR_VAL(path), ZSTR_LEN(path), NULL, 0);
	const char *dot = zend_memrchr(ZSTR_VAL(base_name), '.', ZSTR_LEN(base_name));
	if (dot) {
		mime = wm_http_render_mime_type(dot + 1, ZSTR_VAL(base_name) + ZSTR_LEN(base_name) - dot - 1);
	} else {
		mime = wm_http_render_mime_type("", 0);
	}
	ZVAL_FALSE(&mtime);
	zval *last_modified = headers ? zend_hash_str_find_deref(headers, "Last-Modified", sizeof("Last-Modified") - 1) : NULL;
	if (!last_modified || Z_TYPE_P(last_modified) == IS_NULL) {
		php_stat(path, FS_MTIME, &mtime);
	}
	wm_render_status_line_of(obj, &line);
	if (headers) {
		GC_TRY_ADDREF(headers); /* __toString of a value must not free what we iterate */
	}
	modified = Z_TYPE(mtime) == IS_LONG ? Z_LVAL(mtime) : 0;
	wm_sink_file_head(&k, WM_SINK_COUNT, &line, headers, base_name, mime, modified);
	if (wm_sink_begin(&k)) {
		wm_sink_file_head(&k, WM_SINK_RAW, &line, headers, base_name, mime, modified);
	} else {
		wm_sink_file_head(&k, WM_SINK_SMART, &line, headers, base_name, mime, modified);
	}
	if (headers) {
		zend_array_release(headers);
	}
	wm_render_status_line_done(&line);
	zend_string_release(base_name);
	zend_string_release(path);
	if (UNEXPECTED(EG(exception))) {
		wm_sink_discard(&k);
		return NULL;
	}
	return wm_sink_end(&k);
}

/* ---- the strings ------------------------------------------------------------------- */

/* (string)$response of a response without a file (wm_resp_to_string() decides). */
zend_string *wm_http_render_response(zend_object *obj)
{
	zval *header_zv;
	HashTable *headers;
	wm_status_line line;
	wm_view body;
	wm_sink k = {0};
	bool no_headers;

	header_zv = wm_resp_prop(obj, wm_resp_off_header);
	no_headers = Z_TYPE_P(header_zv) <= IS_NULL || !zend_is_true(header_zv);
	headers = !no_headers && Z_TYPE_P(header_zv) == IS_ARRAY ? Z_ARRVAL_P(header_zv) : NULL;
	wm_render_status_line_of(obj, &line);
	wm_render_view_of(&body, wm_resp_prop(obj, wm_resp_off_body));
	if (headers) {
		GC_TRY_ADDREF(headers);
	}
	wm_sink_response(&k, WM_SINK_COUNT, &line, headers, no_headers, &body);
	if (wm_sink_begin(&k)) {
		wm_sink_response(&k, WM_SINK_RAW, &line, headers, no_headers, &body);
	} else {
		wm_sink_response(&k, WM_SINK_SMART, &line, headers, no_headers, &body);
	}
	if (headers) {
		zend_array_release(headers);
	}
	wm_render_view_done(&body);
	wm_render_status_line_done(&line);
	if (UNEXPECTED(EG(exception))) {
		wm_sink_discard(&k);
		return NULL;
	}
	return wm_sink_end(&k);
}

zend_string *wm_http_render_chunk(zend_object *obj)
{
	wm_view buffer;
	wm_sink k = {0};
	wm_render_view_of(&buffer, wm_resp_prop(obj, wm_resp_off_chunk_buffer));
	wm_sink_hex(&k, WM_SINK_COUNT, buffer.len);
	k.need += 4 + buffer.len;
	wm_sink_begin(&k);
	wm_sink_hex(&k, WM_SINK_RAW, buffer.len);
	WM_SINK_LIT(&k, WM_SINK_RAW, "\r\n");
	wm_sink_put(&k, WM_SINK_RAW, buffer.val, buffer.len);
	WM_SINK_LIT(&k, WM_SINK_RAW, "\r\n");
	wm_render_view_done(&buffer);
	if (UNEXPECTED(EG(exception))) {
		wm_sink_discard(&k);
		return NULL;
	}
	return wm_sink_end(&k);
}

/* "<prefix><value>\n" for a field set (isset) in the event's array. */
static void wm_render_sse_field(smart_str *out, HashTable *data, zend_string *key, const char *prefix, size_t prefix_len)
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
	wm_render_view_of(&v, value);
	/* a line break here would start another field or event (injection); NUL is harmless */
	const char *bad = wm_http_header_bad_byte(v.val, v.len);
	if (UNEXPECTED(bad) && *bad) {
		wm_http_bytes_check("ServerSentEvents field", prefix, prefix_len - 2, v.val, v.len);
		wm_render_view_done(&v);
		return;
	}
	smart_str_appendl(out, prefix, prefix_len);
	smart_str_appendl(out, v.val, v.len);
	smart_str_appendc(out, '\n');
	wm_render_view_done(&v);
}

/* The first CR or LF in [p, end), or NULL. */
static const char *wm_render_sse_line_end(const char *p, const char *end)
{
	for (; p < end; p++) {
		if (*p == '\n' || *p == '\r') {
			return p;
		}
	}
	return NULL;
}

zend_string *wm_http_render_sse(zend_object *obj)
{
	zval *data_zv = wm_resp_prop(obj, wm_resp_off_sse_data), *data;
	smart_str out = {0};
	if (Z_TYPE_P(data_zv) == IS_ARRAY) {
		HashTable *fields = Z_ARRVAL_P(data_zv);
		GC_TRY_ADDREF(fields);
		wm_render_sse_field(&out, fields, ZSTR_EMPTY_ALLOC(), ": ", 2);
		wm_render_sse_field(&out, fields, wm_resp_str_sse_event, "event: ", 7);
		wm_render_sse_field(&out, fields, wm_resp_str_sse_id, "id: ", 4);
		wm_render_sse_field(&out, fields, wm_resp_str_sse_retry, "retry: ", 7);
		data = zend_hash_find(fields, wm_resp_str_sse_data);
		if (data) {
			ZVAL_DEREF(data);
		}
		if (data && Z_TYPE_P(data) != IS_NULL) {
			/* every line of the data becomes its own "data: " line; CR and CRLF end a line
			 * for the client too (a bare CR must not start a field of its own) */
			wm_view v;
			const char *p, *nl, *end;
			wm_render_view_of(&v, data);
			smart_str_appendl(&out, "data: ", 6);
			for (p = v.val, end = v.val + v.len; (nl = wm_render_sse_line_end(p, end)); ) {
				smart_str_appendl(&out, p, nl - p);
				smart_str_appendl(&out, "\ndata: ", 7);
				p = nl + (*nl == '\r' && nl + 1 < end && nl[1] == '\n' ? 2 : 1);
			}
			smart_str_appendl(&out, p, end - p);
			smart_str_appendc(&out, '\n');
			wm_render_view_done(&v);
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

/* ---- MINIT ------------------------------------------------------------------------- */

static HashTable *wm_render_immutable_array_new(uint32_t size)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, size, NULL, NULL, 1);
	zend_hash_real_init_mixed(ht);
	return ht;
}

/* Shared by every request as a static property default: PHP code that writes to it
 * separates a copy first, as for a literal array. */
static void wm_render_immutable_array_seal(HashTable *ht)
{
	GC_SET_REFCOUNT(ht, 2);
	GC_TYPE_INFO(ht) = GC_ARRAY | ((GC_IMMUTABLE | GC_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
}

static zend_string *wm_render_intern(const char *s)
{
	return zend_string_init_interned(s, strlen(s), 1);
}

static void wm_render_set_static_default(zend_property_info *info, HashTable *ht)
{
	zval *slot = &info->ce->default_static_members_table[info->offset];
	ZVAL_ARR(slot, ht);
	Z_TYPE_INFO_P(slot) = IS_ARRAY; /* immutable: not refcounted */
}

void wm_http_render_minit(void)
{
	size_t i;
	zval v;
	char line[96];
	wm_render_phrases_default = wm_render_immutable_array_new(sizeof(wm_phrases4) / sizeof(wm_phrases4[0]));
	for (i = 0; i < sizeof(wm_phrases4) / sizeof(wm_phrases4[0]); i++) {
		ZVAL_INTERNED_STR(&v, wm_render_intern(wm_phrases4[i].phrase));
		zend_hash_index_add_new(wm_render_phrases_default, wm_phrases4[i].code, &v);
		int n = snprintf(line, sizeof(line), "HTTP/1.1 %d %s\r\n", wm_phrases4[i].code, wm_phrases4[i].phrase);
		wm_render_prebuilt_status[wm_phrases4[i].code] = zend_string_init_interned(line, (size_t) n, 1);
	}
	wm_render_immutable_array_seal(wm_render_phrases_default);
	wm_render_mime_default = wm_render_immutable_array_new((uint32_t) wm_http_mime_type_count);
	for (i = 0; i < wm_http_mime_type_count; i++) {
		ZVAL_INTERNED_STR(&v, wm_render_intern(wm_http_mime_types[i].type));
		zend_symtable_update(wm_render_mime_default, wm_render_intern(wm_http_mime_types[i].extension), &v);
	}
	wm_render_immutable_array_seal(wm_render_mime_default);
	wm_render_set_static_default(wm_resp_info_phrases, wm_render_phrases_default);
	wm_render_set_static_default(wm_resp_info_mime, wm_render_mime_default);
}

void wm_http_render_mshutdown(void)
{
	/* The classes keep pointing at them, but only to see that they are not refcounted. */
	zend_hash_destroy(wm_render_phrases_default);
	pefree(wm_render_phrases_default, 1);
	zend_hash_destroy(wm_render_mime_default);
	pefree(wm_render_mime_default, 1);
}
