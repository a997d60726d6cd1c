/* wm_http_response_int.h: what the Response files share. wm_http_response.c owns the classes
 * (objects, methods, MINIT, where it finds the property slots below); wm_http_render.c renders
 * their bytes from those slots and owns the default tables. */
#ifndef WM_HTTP_RESPONSE_INT_H
#define WM_HTTP_RESPONSE_INT_H

#include "wm_http.h"


/* Property slots (offsets into the object), found at MINIT; subclasses keep them. */
extern uint32_t wm_resp_off_header, wm_resp_off_status, wm_resp_off_reason, wm_resp_off_version, wm_resp_off_body, wm_resp_off_file;
extern uint32_t wm_resp_off_chunk_buffer, wm_resp_off_sse_data;
/* The statics $_phrases and $_mimeTypeMap of Response. */
extern zend_property_info *wm_resp_info_phrases, *wm_resp_info_mime;
/* Interned at MINIT. */
extern zend_string *wm_resp_str_file, *wm_resp_str_phrases, *wm_resp_str_sse_event, *wm_resp_str_sse_id, *wm_resp_str_sse_retry, *wm_resp_str_sse_data;

/* A property slot, dereferenced (IS_UNDEF after unset()). */
static zend_always_inline zval *wm_resp_prop(zend_object *obj, uint32_t offset)
{
	zval *zv = OBJ_PROP(obj, offset);
	ZVAL_DEREF(zv);
	return zv;
}

/* The value of a static property (of the class that declared it), initialising the
 * request's statics table on first use. */
static inline zval *wm_resp_static_slot(zend_property_info *info)
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

/* ---- the renderer (wm_http_render.c) ------------------------------------------------- */

/* The default $_phrases and $_mimeTypeMap (immutable, shared), built by wm_http_render_minit(). */
extern HashTable *wm_render_phrases_default, *wm_render_mime_default;
/* 4.2.1's `Server: workerman` line after the status line (API profile 4). */
extern bool wm_render_server_line;

/* Each returns a new string, or NULL with an exception pending (a header value's
 * __toString threw, or a value held CR/LF/NUL). */
/* A response without a file: status line, headers, 4.2.1's defaults, body. */
zend_string *wm_http_render_response(zend_object *obj);
/* 4.2.1's createHeadForFile($file_info): the head of a file response. */
zend_string *wm_http_render_file_head(zend_object *obj, zval *file_info);
/* "<hex size>\r\n<buffer>\r\n" of a Chunk. */
zend_string *wm_http_render_chunk(zend_object *obj);
/* The fields and data lines of a ServerSentEvents event. */
zend_string *wm_http_render_sse(zend_object *obj);
/* static::$_mimeTypeMap[$extension] (dereferenced), or NULL. */
zval *wm_http_render_mime_type(const char *ext, size_t len);

/* MINIT, once the slots are known: the tables and the statics' defaults; MSHUTDOWN. */
void wm_http_render_minit(void);
void wm_http_render_mshutdown(void);


#endif
