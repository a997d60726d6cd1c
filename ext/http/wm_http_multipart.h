/* wm_http_multipart.h: request bodies the way Workerman 4.2.1 decodes them (form fields,
 * uploads to temp files, parse_str), for wm_http_request.c only. */
#ifndef WM_HTTP_MULTIPART_H
#define WM_HTTP_MULTIPART_H

#include "wm_private.h"

/* Upload temp files one request created; they go when the request goes. */
typedef struct {
	zend_string **paths;
	uint32_t count;
} wm_http_tmp_files;

/* Records path (consumed). */
void wm_http_tmp_files_add(wm_http_tmp_files *tmp, zend_string *path);
/* unlink()s every recorded file and forgets them; no PHP is called (safe in free_obj). */
void wm_http_tmp_files_remove(wm_http_tmp_files *tmp);

void wm_http_multipart_minit(void);

/* parse_str($s, $out): through the SAPI's treat_data as PHP's parse_str() does, so
 * arg_separator.input, max_input_vars and max_input_nesting_level apply alike. */
void wm_http_parse_str(const char *s, size_t len, zval *out);

/* preg_match('/\bjson\b/i', $contentType) */
bool wm_http_is_json(const char *ct, size_t len);

/* preg_match('/boundary="?(\S+)"?/', $contentType, $m): *m and *m_len = $m[1]. */
bool wm_http_multipart_boundary(const char *ct, size_t len, const char **m, size_t *m_len);

/* 4.x parseUploadFiles() over the whole request buf: m is the boundary match above,
 * body_off where 4.x starts (position of the first CRLFCRLF + 4), max_parts
 * static::$maxFileUploads. Sets *post and *files to arrays (file entries: name, tmp_name,
 * size, error, type); every temp file made is recorded in tmp. FAILURE with an exception
 * pending (Http::uploadTmpDir() threw); *post and *files are arrays then too. */
zend_result wm_http_multipart_parse(const char *buf, size_t len, size_t body_off, const char *m,
	size_t m_len, zend_long max_parts, zval *post, zval *files, wm_http_tmp_files *tmp);

#endif
