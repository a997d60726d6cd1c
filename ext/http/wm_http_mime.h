/* wm_http_mime.h: the file extension -> Content-Type table of file responses
 * (wm_http_mime.c), read once at MINIT into Response::$_mimeTypeMap. */
#ifndef WM_HTTP_MIME_H
#define WM_HTTP_MIME_H

#include <stddef.h>

typedef struct {
	const char *extension;
	const char *type;
} wm_http_mime_type;

extern const wm_http_mime_type wm_http_mime_types[];
extern const size_t wm_http_mime_type_count;

#endif
