/* wm_http_request_int.h: what the Request files share. wm_http_request.c owns the class
 * (object, handlers, getters, create/detach); wm_http_request_parse.c the lazy parsing of the
 * raw request by 4.2.1's rules and the `_data` memo; wm_http_request_session.c the session
 * methods. */
#ifndef WM_HTTP_REQUEST_INT_H
#define WM_HTTP_REQUEST_INT_H

#include "wm_http.h"
#include "wm_http_multipart.h"


/* A header line of the parser's table as a request keeps it: offsets from the request's first
 * byte, the value trimmed of SP/HTAB (the first 8 bytes of a wm_http_header, copied as one). */
typedef struct wm_req_hdr {
	uint16_t name_off, name_len;
	uint16_t value_off, value_len;
} wm_req_hdr;

typedef struct {
	zend_string *raw;     /* the _buffer the fields below describe (a reference), or NULL */
	zend_string *method, *uri, *path, *query, *version; /* memoised, NULL until asked */
	size_t line_len;      /* bytes before the first CRLF */
	size_t head_len;      /* bytes before the first CRLFCRLF */
	/* The parser's header lines of raw when raw is the buffer it accepted (kept behind the
	 * properties in the same allocation), else NULL: then 4.2.1's scan reads raw. */
	const struct wm_req_hdr *hdr;
	uint32_t hdr_count;
	uint32_t hdr_room;    /* header lines the allocation has room for (kept by a reuse) */
	wm_http_tmp_files tmp; /* last before std: wm_req_new() zeroes what precedes it at once */
	zend_object std;
} wm_http_request_obj;

/* line_len / head_len before they are looked for, and when the buffer has none. */
#define WM_REQ_UNKNOWN ((size_t)-1)
#define WM_REQ_ABSENT  ((size_t)-2)

static inline wm_http_request_obj *wm_req_from_obj(zend_object *obj)
{
	return (wm_http_request_obj *)((char *)obj - XtOffsetOf(wm_http_request_obj, std));
}

/* The request a PHP method runs on. */
#define WM_REQ_THIS() wm_req_from_obj(Z_OBJ_P(ZEND_THIS))

/* Declared property slots, found in MINIT (a subclass redeclaring one keeps the slot). */
extern uint32_t wm_req_off_connection, wm_req_off_session, wm_req_off_properties,
	wm_req_off_buffer, wm_req_off_data, wm_req_off_trailers;
#define WM_REQ_PROP(obj, off) ((zval *)((char *)(obj) + (off)))

/* Interned in MINIT. */
extern zend_string *wm_req_str_get, *wm_req_str_post, *wm_req_str_files, *wm_req_str_headers,
	*wm_req_str_cookie, *wm_req_str_content_type, *wm_req_str_v10, *wm_req_str_v11;
extern zend_string *wm_req_method_str[WM_HTTP_PATCH + 1];
extern zend_string *wm_req_known_headers[WM_HTTP_H_COUNT]; /* lower-case names the parser knows */

/* Session names and our createSessionId(), for wm_http_request_session.c. */
extern zend_string *wm_req_str_sid, *wm_req_str_session, *wm_req_str_set_cookie, *wm_req_str_name;
extern zend_function *wm_req_create_sid;

/* Methods 4.x calls through $this: a PHP subclass's override is what it gets. */
enum { WM_RM_HEADER, WM_RM_URI, WM_RM_QUERY_STRING, WM_RM_RAW_BODY, WM_RM_COOKIE, WM_RM_SESSION_ID,
	WM_RM_COUNT };
extern const char *const wm_req_method_lc[WM_RM_COUNT];
extern zend_function *wm_req_own_fn[WM_RM_COUNT];

/* true when obj's class overrides method m in PHP: then it was called, result in rv. */
bool wm_req_call_override(zend_object *obj, int m, zval *rv, uint32_t argc, zval *argv);

#define WM_REQ_DROP(s) do { if (s) { zend_string_release(s); (s) = NULL; } } while (0)

/* Releases the raw reference and every memoised string (inline: once per request). */
static zend_always_inline void wm_req_forget(wm_http_request_obj *r)
{
	WM_REQ_DROP(r->raw);
	WM_REQ_DROP(r->method);
	WM_REQ_DROP(r->uri);
	WM_REQ_DROP(r->path);
	WM_REQ_DROP(r->query);
	WM_REQ_DROP(r->version);
	r->line_len = r->head_len = WM_REQ_UNKNOWN;
	r->hdr = NULL;
	r->hdr_count = 0;
}
/* `_buffer` as it is now; what was derived from another buffer is dropped first. */
zend_string *wm_req_raw(wm_http_request_obj *r);
/* strpos($buffer, "\r\n\r\n") / strpos($buffer, "\r\n"), or WM_REQ_ABSENT. */
size_t wm_req_head_len(wm_http_request_obj *r, zend_string *raw);
size_t wm_req_line_len(wm_http_request_obj *r, zend_string *raw);

/* isset($this->_data[$key]) ? the value : NULL; $this->_data[$key] = value (consumed). */
zval *wm_req_memo(zend_object *obj, zend_string *key);
void wm_req_memo_set(zend_object *obj, zend_string *key, zval *value);

/* isset($arr[$name]) ? $arr[$name] (dereferenced) : NULL, for any offset type. */
zval *wm_req_find(zval *arr, zval *name);
/* The getters' tail: null name -> the whole array, else isset ? value : default. */
void wm_req_pick(zval *arr, zval *name, zval *def, zval *rv);

/* Memoised results (borrowed): method(), uri(), protocolVersion(). */
zend_string *wm_req_method(wm_http_request_obj *r);
zend_string *wm_req_uri(wm_http_request_obj *r);
zend_string *wm_req_version(wm_http_request_obj *r);
/* path() (query false) / queryString() (query true) from $this->uri(), memoised (borrowed);
 * NULL with an exception pending. */
zend_string *wm_req_url(wm_http_request_obj *r, bool query);

/* header($name, $default) of this class; and as 4.x's methods call $this->header(). */
void wm_req_header(wm_http_request_obj *r, zval *name, zval *def, zval *rv);
void wm_req_this_header(wm_http_request_obj *r, zval *name, zval *def, zval *rv);

/* rawBody(): a new string (or interned). */
zend_string *wm_req_raw_body(wm_http_request_obj *r);

/* The memoised _data['get'] / _data['cookie'] arrays; NULL with an exception pending. */
zval *wm_req_get_array(wm_http_request_obj *r);
zval *wm_req_cookie_array(wm_http_request_obj *r);
/* 4.x parsePost(): sets _data['post'] and _data['files']. */
zend_result wm_req_parse_post(wm_http_request_obj *r);


#endif
