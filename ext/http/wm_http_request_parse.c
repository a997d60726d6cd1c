/* wm_http_request_parse.c: the lazy half of Http\Request. Finds what a method asks for in
 * the raw request by Workerman 4.2.1's own rules (strstr/explode/parse_url/parse_str, so
 * malformed buffers give what 4.2.1 gives) and memoises it: strings in C fields, arrays in
 * the 4.x `_data` property that subclasses (webman) read and write. No parsing happens
 * before a method asks. Multipart bodies: wm_http_multipart.c. */
#include "wm_http_request_int.h"
#include "wm_api.h"
#include "ext/standard/url.h"
#include "ext/json/php_json.h"

/* ---- the raw buffer and the two offsets ------------------------------------------------ */

/* The bytes to parse: `_buffer` as it is now (4.x methods read $this->_buffer, which a
 * subclass may set itself); what was derived from another buffer is dropped. */
zend_string *wm_req_raw(wm_http_request_obj *r)
{
	zval *b = WM_REQ_PROP(&r->std, wm_req_off_buffer);
	ZVAL_DEREF(b);
	zend_string *s = Z_TYPE_P(b) == IS_STRING ? Z_STR_P(b) : ZSTR_EMPTY_ALLOC();
	if (UNEXPECTED(s != r->raw)) {
		wm_req_forget(r);
		r->raw = zend_string_copy(s);
	}
	return s;
}

/* strstr($buffer, "\r\n", true) */
size_t wm_req_line_len(wm_http_request_obj *r, zend_string *raw)
{
	if (r->line_len == WM_REQ_UNKNOWN) {
		const char *p = zend_memnstr(ZSTR_VAL(raw), "\r\n", 2, ZSTR_VAL(raw) + ZSTR_LEN(raw));
		r->line_len = p ? (size_t)(p - ZSTR_VAL(raw)) : WM_REQ_ABSENT;
	}
	return r->line_len;
}

/* strpos($buffer, "\r\n\r\n") */
size_t wm_req_head_len(wm_http_request_obj *r, zend_string *raw)
{
	if (r->head_len == WM_REQ_UNKNOWN) {
		const char *p = zend_memnstr(ZSTR_VAL(raw), "\r\n\r\n", 4, ZSTR_VAL(raw) + ZSTR_LEN(raw));
		r->head_len = p ? (size_t)(p - ZSTR_VAL(raw)) : WM_REQ_ABSENT;
	}
	return r->head_len;
}

/* The request line; empty when the buffer has no CRLF (4.x's strstr() gives false). */
static size_t wm_req_line(wm_http_request_obj *r, zend_string *raw, const char **line)
{
	size_t len = wm_req_line_len(r, raw);
	*line = ZSTR_VAL(raw);
	return len == WM_REQ_ABSENT ? 0 : len;
}

static zend_string *wm_req_string(const char *s, size_t len)
{
	if (len <= 1) {
		return len ? ZSTR_CHAR((unsigned char)*s) : ZSTR_EMPTY_ALLOC();
	}
	return zend_string_init(s, len, 0);
}

/* ---- override-aware calls and the _data memo ----------------------------------------- */

/* true when obj's class overrides method m in PHP: then it was called (result in rv). */
bool wm_req_call_override(zend_object *obj, int m, zval *rv, uint32_t argc, zval *argv)
{
	if (EXPECTED(obj->ce == wm_ce_HttpRequest)) {
		return false;
	}
	zend_function *fn = zend_hash_str_find_ptr(&obj->ce->function_table, wm_req_method_lc[m], strlen(wm_req_method_lc[m]));
	if (!fn || fn == wm_req_own_fn[m]) {
		return false;
	}
	zend_call_known_instance_method(fn, obj, rv, argc, argv);
	return true;
}

/* isset($this->_data[$key]) ? the value : NULL */
zval *wm_req_memo(zend_object *obj, zend_string *key)
{
	zval *d = WM_REQ_PROP(obj, wm_req_off_data);
	ZVAL_DEREF(d);
	if (Z_TYPE_P(d) != IS_ARRAY) {
		return NULL;
	}
	zval *v = zend_hash_find(Z_ARRVAL_P(d), key);
	if (v) {
		ZVAL_DEREF(v);
	}
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

/* $this->_data[$key] = value (consumed) */
void wm_req_memo_set(zend_object *obj, zend_string *key, zval *value)
{
	zval *d = WM_REQ_PROP(obj, wm_req_off_data);
	ZVAL_DEREF(d);
	if (Z_TYPE_P(d) != IS_ARRAY) {
		zval_ptr_dtor(d);
		array_init(d);
	}
	SEPARATE_ARRAY(d);
	zend_hash_update(Z_ARRVAL_P(d), key, value);
}

/* An array offset as PHP reads $array[$name]: 1 string key, 2 integer key, 0 not usable. */
static int wm_req_key(zval *name, zend_string **skey, zend_ulong *ikey)
{
	switch (Z_TYPE_P(name)) {
		case IS_STRING:
			if (ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(name), Z_STRLEN_P(name), *ikey)) {
				return 2;
			}
			*skey = Z_STR_P(name);
			return 1;
		case IS_LONG: *ikey = (zend_ulong)Z_LVAL_P(name); return 2;
		case IS_NULL: *skey = ZSTR_EMPTY_ALLOC(); return 1;
		case IS_FALSE: *ikey = 0; return 2;
		case IS_TRUE: *ikey = 1; return 2;
		case IS_DOUBLE: *ikey = (zend_ulong)zend_dval_to_lval(Z_DVAL_P(name)); return 2;
		case IS_RESOURCE: *ikey = (zend_ulong)Z_RES_HANDLE_P(name); return 2;
		default: return 0;
	}
}

/* isset($arr[$name]) ? $arr[$name] : NULL */
zval *wm_req_find(zval *arr, zval *name)
{
	zend_string *skey;
	zend_ulong ikey;
	if (Z_TYPE_P(arr) != IS_ARRAY) {
		return NULL;
	}
	ZVAL_DEREF(name);
	int kind = wm_req_key(name, &skey, &ikey);
	zval *v = kind == 1 ? zend_hash_find(Z_ARRVAL_P(arr), skey)
		: kind == 2 ? zend_hash_index_find(Z_ARRVAL_P(arr), ikey) : NULL;
	if (v) {
		ZVAL_DEREF(v);
	}
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

/* The getters' tail: null name -> the whole array, else isset ? value : default. */
void wm_req_pick(zval *arr, zval *name, zval *def, zval *rv)
{
	if (!name || Z_TYPE_P(name) == IS_NULL) {
		ZVAL_COPY_DEREF(rv, arr);
		return;
	}
	zval *v = wm_req_find(arr, name);
	if (v) {
		ZVAL_COPY(rv, v);
	} else if (def) {
		ZVAL_COPY_DEREF(rv, def);
	} else {
		ZVAL_NULL(rv);
	}
}

/* ---- request line ----------------------------------------------------------------------- */

zend_string *wm_req_method(wm_http_request_obj *r)
{
	zend_string *raw = wm_req_raw(r);
	if (!r->method) {
		const char *line;
		size_t len = wm_req_line(r, raw, &line);
		const char *sp = memchr(line, ' ', len);
		size_t mlen = sp ? (size_t)(sp - line) : len;
		for (int i = WM_HTTP_GET; i <= WM_HTTP_PATCH; i++) {
			if (zend_string_equals_cstr(wm_req_method_str[i], line, mlen)) {
				return r->method = wm_req_method_str[i];
			}
		}
		r->method = wm_req_string(line, mlen);
	}
	return r->method;
}

/* explode(' ', $line, 3)[1]: false when the line has no space (4.x's uri is then '/'). */
static bool wm_req_uri_span(wm_http_request_obj *r, zend_string *raw, const char **u, size_t *len)
{
	const char *line;
	size_t line_len = wm_req_line(r, raw, &line);
	const char *sp = memchr(line, ' ', line_len);
	if (!sp) {
		return false;
	}
	const char *end = line + line_len;
	*u = sp + 1;
	const char *sp2 = memchr(*u, ' ', end - *u);
	*len = (sp2 ? sp2 : end) - *u;
	return true;
}

zend_string *wm_req_uri(wm_http_request_obj *r)
{
	zend_string *raw = wm_req_raw(r);
	if (!r->uri) {
		const char *u;
		size_t len;
		r->uri = wm_req_uri_span(r, raw, &u, &len) ? wm_req_string(u, len) : ZSTR_CHAR('/');
	}
	return r->uri;
}

/* substr(strstr($line, 'HTTP/'), 5) ?: '1.0' */
zend_string *wm_req_version(wm_http_request_obj *r)
{
	zend_string *raw = wm_req_raw(r);
	if (!r->version) {
		const char *line;
		size_t len = wm_req_line(r, raw, &line);
		const char *h = zend_memnstr(line, "HTTP/", 5, line + len);
		const char *v = h ? h + 5 : line + len;
		size_t vlen = line + len - v;
		if (vlen == 0 || (vlen == 1 && *v == '0') || zend_string_equals_cstr(wm_req_str_v10, v, vlen)) {
			r->version = wm_req_str_v10;
		} else if (zend_string_equals_cstr(wm_req_str_v11, v, vlen)) {
			r->version = wm_req_str_v11;
		} else {
			r->version = wm_req_string(v, vlen);
		}
	}
	return r->version;
}

/* Bytes that end the plain run of a target: 1 = not simple (control, ':'), 2 = '?' or '#'. */
static const unsigned char wm_req_url_byte[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['#'] = 2, [':'] = 1, ['?'] = 2, [0x7f] = 1
};

/* (string)parse_url($uri, PHP_URL_PATH) (query false) or PHP_URL_QUERY (query true). A
 * target starting with one '/' and holding no ':' or control byte is cut here exactly as
 * php_url_parse_ex2() would cut it; anything else goes through it. whole: the target as a
 * string when there is one (a path equal to it is shared, not copied). */
static zend_string *wm_req_url_part(const char *target, size_t n, zend_string *whole, bool query)
{
	const unsigned char *s = (const unsigned char *)target;
	size_t q = n, h = n;
	bool simple = n > 0 && s[0] == '/' && (n == 1 || s[1] != '/');
	for (size_t i = 0; simple && i < n; i++) {
		while (i < n && !wm_req_url_byte[s[i]]) {
			i++;
		}
		if (i == n) {
			break;
		}
		unsigned char c = s[i];
		if (wm_req_url_byte[c] == 1) {
			simple = false;
		} else if (c == '#' && h == n) {
			h = i;
		} else if (c == '?' && q == n && h == n) {
			q = i;
		}
	}
	if (simple && query) {
		return q < h ? wm_req_string(target + q + 1, h - q - 1) : ZSTR_EMPTY_ALLOC();
	}
	if (simple) {
		size_t path_end = q < h ? q : h;
		return path_end == n && whole ? zend_string_copy(whole) : wm_req_string(target, path_end);
	}
	bool has_port;
	php_url *url = php_url_parse_ex2(target, n, &has_port);
	zend_string *part = url ? (query ? url->query : url->path) : NULL;
	part = part ? zend_string_copy(part) : ZSTR_EMPTY_ALLOC();
	if (url) {
		php_url_free(url);
	}
	return part;
}

/* path() / queryString(): a part of $this->uri(), memoised in r->path / r->query. Without a
 * PHP override the target is read in place, no uri string is made for it. */
zend_string *wm_req_url(wm_http_request_obj *r, bool query)
{
	zend_string *raw = wm_req_raw(r);
	zend_string **memo = query ? &r->query : &r->path;
	if (*memo) {
		return *memo;
	}
	zval rv;
	zend_string *part;
	if (wm_req_call_override(&r->std, WM_RM_URI, &rv, 0, NULL)) {
		zend_string *uri = EG(exception) ? NULL : zval_try_get_string(&rv);
		zval_ptr_dtor(&rv);
		if (!uri) {
			return NULL;
		}
		part = wm_req_url_part(ZSTR_VAL(uri), ZSTR_LEN(uri), uri, query);
		zend_string_release(uri);
		if (*memo) { /* the override's PHP got here first */
			zend_string_release(*memo);
		}
	} else if (r->uri) {
		part = wm_req_url_part(ZSTR_VAL(r->uri), ZSTR_LEN(r->uri), r->uri, query);
	} else {
		const char *u;
		size_t len;
		part = wm_req_uri_span(r, raw, &u, &len) ? wm_req_url_part(u, len, NULL, query)
			: query ? ZSTR_EMPTY_ALLOC() : ZSTR_CHAR('/');
	}
	return *memo = part;
}

/* ---- headers ------------------------------------------------------------------------------ */

/* One line of 4.x parseHeaders(): "name: value" -> lower(name) => ltrim(value); a line
 * without ':' -> lower(line) => ''. 5.x: trim($value, " \t"), a line without ':' skipped. */
typedef struct {
	const char *name, *value;
	size_t name_len, value_len;
	bool skip;                /* 5.x drops a line without ':' */
} wm_req_hline;

/* The header lines of a request, one at a time: from the parser's offsets when raw is the
 * buffer it accepted (the common case: no byte of the head is read again), else by 4.2.1's
 * split of the block after the first CRLF, before the first CRLFCRLF (a buffer a subclass or
 * user code set, a Request made from PHP, a chunked request rebuilt). */
typedef struct {
	const char *base;         /* raw */
	const char *p, *end;      /* scan: the next line, the block end; p NULL when done */
	uint32_t i;               /* table: the next entry */
	const wm_http_request_obj *r;
} wm_req_hiter;

static bool wm_req_ltrim4(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

static bool wm_req_hiter_init(wm_http_request_obj *r, wm_req_hiter *it)
{
	zend_string *raw = wm_req_raw(r);
	it->r = r;
	it->base = ZSTR_VAL(raw);
	it->i = 0;
	it->p = NULL;
	if (r->hdr) {
		return r->hdr_count > 0;
	}
	size_t head = wm_req_head_len(r, raw), line = wm_req_line_len(r, raw);
	if (head == WM_REQ_ABSENT || line >= head) {
		return false;
	}
	it->p = ZSTR_VAL(raw) + line + 2;
	it->end = ZSTR_VAL(raw) + head;
	return true;
}

/* A line of the parser's table. It gave the value trimmed of SP/HTAB on both sides, which is
 * 5.x's trim(); 4.x's ltrim() also drops VT (NUL, CR and LF never pass the parser) and keeps
 * the trailing blanks up to the line's CRLF: the next line's start, or the head's end. */
static bool wm_req_hline_table(wm_req_hiter *it, wm_req_hline *h)
{
	const wm_http_request_obj *r = it->r;
	if (it->i >= r->hdr_count) {
		return false;
	}
	const wm_req_hdr *e = &r->hdr[it->i++];
	h->name = it->base + e->name_off;
	h->name_len = e->name_len;
	h->value = it->base + e->value_off;
	h->value_len = e->value_len;
	h->skip = false;
	if (wm_api_major != 5) {
		const char *le = it->base + (it->i < r->hdr_count ? r->hdr[it->i].name_off : r->head_len + 2) - 2;
		while (h->value < le && wm_req_ltrim4(*h->value)) {
			h->value++;
		}
		h->value_len = le - h->value;
	}
	return true;
}

static bool wm_req_hline_scan(wm_req_hiter *it, wm_req_hline *h)
{
	const char *p = it->p, *end = it->end;
	if (!p) {
		return false;
	}
	const char *nl = zend_memnstr(p, "\r\n", 2, end);
	const char *le = nl ? nl : end;
	const char *colon = memchr(p, ':', le - p);
	h->name = p;
	h->name_len = (colon ? colon : le) - p;
	const char *v = colon ? colon + 1 : le;
	h->skip = !colon && wm_api_major == 5;
	if (wm_api_major == 5) {
		/* 5.x: trim($value, " \t") */
		while (v < le && (*v == ' ' || *v == '\t')) {
			v++;
		}
		while (le > v && (le[-1] == ' ' || le[-1] == '\t')) {
			le--;
		}
	} else {
		/* 4.x: ltrim($value) */
		while (v < le && wm_req_ltrim4(*v)) {
			v++;
		}
	}
	h->value = v;
	h->value_len = le - v;
	it->p = nl ? nl + 2 : NULL;
	return true;
}

static zend_always_inline bool wm_req_hline_next(wm_req_hiter *it, wm_req_hline *h)
{
	return it->r->hdr ? wm_req_hline_table(it, h) : wm_req_hline_scan(it, h);
}

/* lower(name) as an array key: the interned name for a header the parser knows by name. */
static zend_string *wm_req_hline_key(const wm_req_hline *h)
{
	char lower[64];
	if (h->name_len <= sizeof(lower)) {
		zend_str_tolower_copy(lower, h->name, h->name_len);
		for (int id = WM_HTTP_H_OTHER + 1; id < WM_HTTP_H_COUNT; id++) {
			if (zend_string_equals_cstr(wm_req_known_headers[id], lower, h->name_len)) {
				return wm_req_known_headers[id];
			}
		}
	}
	zend_string *key = zend_string_init(h->name, h->name_len, 0);
	zend_str_tolower(ZSTR_VAL(key), ZSTR_LEN(key));
	return key;
}

static void wm_req_headers_build(wm_http_request_obj *r, zval *out)
{
	wm_req_hiter it;
	if (!wm_req_hiter_init(r, &it)) {
		ZVAL_EMPTY_ARRAY(out);
		return;
	}
	array_init(out);
	wm_req_hline h;
	while (wm_req_hline_next(&it, &h)) {
		if (h.skip) {
			continue;
		}
		zend_string *key = wm_req_hline_key(&h);
		zval *old = zend_symtable_find(Z_ARRVAL_P(out), key);
		zval value;
		if (old) {
			zend_string *s = zval_get_string(old);
			ZVAL_STR(&value, zend_string_concat3(ZSTR_VAL(s), ZSTR_LEN(s), ",", 1, h.value, h.value_len));
			zend_string_release(s);
		} else {
			ZVAL_STR(&value, wm_req_string(h.value, h.value_len));
		}
		zend_symtable_update(Z_ARRVAL_P(out), key, &value);
		zend_string_release(key);
	}
}

/* One header without building the array: the value (repeats joined by ','), or NULL. */
static zend_string *wm_req_header_scan(wm_http_request_obj *r, zend_string *lname)
{
	wm_req_hiter it;
	if (!wm_req_hiter_init(r, &it)) {
		return NULL;
	}
	wm_req_hline h;
	zend_string *found = NULL;
	while (wm_req_hline_next(&it, &h)) {
		if (h.skip || h.name_len != ZSTR_LEN(lname)
			|| zend_binary_strncasecmp(h.name, h.name_len, ZSTR_VAL(lname), h.name_len, h.name_len) != 0) {
			continue;
		}
		zend_string *next = found
			? zend_string_concat3(ZSTR_VAL(found), ZSTR_LEN(found), ",", 1, h.value, h.value_len)
			: wm_req_string(h.value, h.value_len);
		if (found) {
			zend_string_release(found);
		}
		found = next;
	}
	return found;
}

/* The C header($name, $default). */
void wm_req_header(wm_http_request_obj *r, zval *name, zval *def, zval *rv)
{
	zval *all = wm_req_memo(&r->std, wm_req_str_headers);
	if (!all && (!name || Z_TYPE_P(name) == IS_NULL)) {
		zval built;
		wm_req_headers_build(r, &built);
		wm_req_memo_set(&r->std, wm_req_str_headers, &built);
		all = wm_req_memo(&r->std, wm_req_str_headers);
	}
	if (!name || Z_TYPE_P(name) == IS_NULL) {
		ZVAL_COPY(rv, all);
		return;
	}
	zend_string *s = zval_try_get_string(name);
	if (!s) {
		ZVAL_NULL(rv);
		return;
	}
	zend_string *lname = zend_string_tolower(s);
	zend_string_release(s);
	zend_string *found = NULL;
	if (all) {
		zval key, *v;
		ZVAL_STR(&key, lname);
		if ((v = wm_req_find(all, &key)) != NULL) {
			ZVAL_COPY(rv, v);
			zend_string_release(lname);
			return;
		}
	} else {
		found = wm_req_header_scan(r, lname);
	}
	zend_string_release(lname);
	if (found) {
		ZVAL_STR(rv, found);
	} else if (def) {
		ZVAL_COPY_DEREF(rv, def);
	} else {
		ZVAL_NULL(rv);
	}
}

/* $this->header($name, $default) as 4.x's other methods call it. */
void wm_req_this_header(wm_http_request_obj *r, zval *name, zval *def, zval *rv)
{
	zval argv[2];
	ZVAL_COPY_VALUE(&argv[0], name);
	ZVAL_COPY_VALUE(&argv[1], def);
	if (!wm_req_call_override(&r->std, WM_RM_HEADER, rv, 2, argv)) {
		wm_req_header(r, name, def, rv);
	}
}

/* ---- query, cookie, body -------------------------------------------------------------- */

zval *wm_req_get_array(wm_http_request_obj *r)
{
	zval *memo = wm_req_memo(&r->std, wm_req_str_get);
	if (memo) {
		return memo;
	}
	zval parsed, rv;
	if (wm_req_call_override(&r->std, WM_RM_QUERY_STRING, &rv, 0, NULL)) {
		zend_string *q = EG(exception) ? NULL : zval_try_get_string(&rv);
		zval_ptr_dtor(&rv);
		if (!q) {
			return NULL;
		}
		wm_http_parse_str(ZSTR_VAL(q), ZSTR_LEN(q), &parsed);
		zend_string_release(q);
	} else {
		zend_string *q = wm_req_url(r, true);
		if (!q) {
			return NULL;
		}
		wm_http_parse_str(ZSTR_VAL(q), ZSTR_LEN(q), &parsed);
	}
	wm_req_memo_set(&r->std, wm_req_str_get, &parsed);
	return wm_req_memo(&r->std, wm_req_str_get);
}

/* 5.x's cookie(): the header split on ';', each 'name=value' kept as it came (no decoding),
 * the name trimmed as PHP's trim() does; pieces without '=' skipped, later names win. */
static void wm_req_cookie_pairs5(zend_string *header, zval *out)
{
	array_init(out);
	const char *p = ZSTR_VAL(header), *end = p + ZSTR_LEN(header);
	while (p <= end) {
		const char *semi = memchr(p, ';', end - p);
		const char *stop = semi ? semi : end;
		const char *eq = memchr(p, '=', stop - p);
		if (eq) {
			const char *k = p, *ke = eq;
			while (k < ke && strchr(" \t\n\r\v", *k) && *k) {
				k++;
			}
			while (ke > k && (strchr(" \t\n\r\v", ke[-1]) && ke[-1])) {
				ke--;
			}
			zval value;
			ZVAL_STRINGL(&value, eq + 1, stop - eq - 1);
			zend_symtable_str_update(Z_ARRVAL_P(out), k, ke - k, &value);
		}
		if (!semi) {
			break;
		}
		p = semi + 1;
	}
}

/* parse_str(preg_replace('/; ?/', '&', $this->header('cookie', ''))) (4.x) */
zval *wm_req_cookie_array(wm_http_request_obj *r)
{
	zval *memo = wm_req_memo(&r->std, wm_req_str_cookie);
	if (memo) {
		return memo;
	}
	zval name, def, header, parsed;
	ZVAL_STR(&name, wm_req_str_cookie);
	ZVAL_EMPTY_STRING(&def);
	wm_req_this_header(r, &name, &def, &header);
	zend_string *s = EG(exception) ? NULL : zval_try_get_string(&header);
	zval_ptr_dtor(&header);
	if (!s) {
		return NULL;
	}
	if (wm_api_major == 5) {
		wm_req_cookie_pairs5(s, &parsed);
		zend_string_release(s);
		wm_req_memo_set(&r->std, wm_req_str_cookie, &parsed);
		return wm_req_memo(&r->std, wm_req_str_cookie);
	}
	zend_string *amp = zend_string_alloc(ZSTR_LEN(s), 0);
	char *o = ZSTR_VAL(amp);
	for (size_t i = 0; i < ZSTR_LEN(s); i++) {
		*o++ = ZSTR_VAL(s)[i] == ';' ? '&' : ZSTR_VAL(s)[i];
		if (ZSTR_VAL(s)[i] == ';' && i + 1 < ZSTR_LEN(s) && ZSTR_VAL(s)[i + 1] == ' ') {
			i++;
		}
	}
	wm_http_parse_str(ZSTR_VAL(amp), o - ZSTR_VAL(amp), &parsed);
	zend_string_efree(amp);
	zend_string_release(s);
	wm_req_memo_set(&r->std, wm_req_str_cookie, &parsed);
	return wm_req_memo(&r->std, wm_req_str_cookie);
}

/* substr($buffer, strpos($buffer, "\r\n\r\n") + 4), false + 4 being 4 */
zend_string *wm_req_raw_body(wm_http_request_obj *r)
{
	zend_string *raw = wm_req_raw(r);
	size_t head = wm_req_head_len(r, raw);
	size_t off = (head == WM_REQ_ABSENT ? 0 : head) + 4;
	return off >= ZSTR_LEN(raw) ? ZSTR_EMPTY_ALLOC() : wm_req_string(ZSTR_VAL(raw) + off, ZSTR_LEN(raw) - off);
}

/* 4.x parsePost(): fills _data['post'] and _data['files']. */
zend_result wm_req_parse_post(wm_http_request_obj *r)
{
	zval post, files, name, def, ct;
	ZVAL_EMPTY_ARRAY(&post);
	ZVAL_EMPTY_ARRAY(&files);
	ZVAL_STR(&name, wm_req_str_content_type);
	ZVAL_EMPTY_STRING(&def);
	wm_req_this_header(r, &name, &def, &ct);
	zend_string *cts = EG(exception) ? NULL : zval_try_get_string(&ct);
	zval_ptr_dtor(&ct);
	if (!cts) {
		return FAILURE;
	}
	zend_result result = SUCCESS;
	const char *m;
	size_t m_len;
	if (wm_http_multipart_boundary(ZSTR_VAL(cts), ZSTR_LEN(cts), &m, &m_len)) {
		zend_string *raw = wm_req_raw(r);
		size_t head = wm_req_head_len(r, raw);
		zval *max = zend_read_static_property(r->std.ce, "maxFileUploads", sizeof("maxFileUploads") - 1, 1);
		result = wm_http_multipart_parse(ZSTR_VAL(raw), ZSTR_LEN(raw), (head == WM_REQ_ABSENT ? 0 : head) + 4,
			m, m_len, max ? zval_get_long(max) : 1024, &post, &files, &r->tmp);
	} else {
		zval rv;
		zend_string *body;
		if (wm_req_call_override(&r->std, WM_RM_RAW_BODY, &rv, 0, NULL)) {
			body = EG(exception) ? NULL : zval_try_get_string(&rv);
			zval_ptr_dtor(&rv);
		} else {
			body = wm_req_raw_body(r);
		}
		if (!body) {
			result = FAILURE;
		} else if (ZSTR_LEN(body) && wm_http_is_json(ZSTR_VAL(cts), ZSTR_LEN(cts))) {
			zval decoded;
			php_json_decode_ex(&decoded, ZSTR_VAL(body), ZSTR_LEN(body), PHP_JSON_OBJECT_AS_ARRAY,
				PHP_JSON_PARSER_DEFAULT_DEPTH);
			if (Z_TYPE(decoded) == IS_ARRAY) {
				ZVAL_COPY_VALUE(&post, &decoded);
			} else if (Z_TYPE(decoded) != IS_NULL) {
				array_init(&post); /* (array)$scalar */
				zend_hash_next_index_insert_new(Z_ARRVAL(post), &decoded);
			}
		} else if (ZSTR_LEN(body)) {
			wm_http_parse_str(ZSTR_VAL(body), ZSTR_LEN(body), &post);
		}
		if (body) {
			zend_string_release(body);
		}
	}
	zend_string_release(cts);
	wm_req_memo_set(&r->std, wm_req_str_post, &post);
	wm_req_memo_set(&r->std, wm_req_str_files, &files);
	return result;
}

