/* wm_protocol.h: protocol lookup; C parsers for the built-ins, PHP-class fallback. */
#ifndef WM_PROTOCOL_H
#define WM_PROTOCOL_H

#include "wm_private.h"

/* Resolves a Worker scheme the way Workerman does: Protocols\<Ucfirst> if that class
 * exists, else Workerman\Protocols\<Ucfirst>. Returns the class name as a new string, or
 * NULL after throwing "class \Protocols\<Scheme> not exist". */
zend_string *wm_protocol_resolve_scheme(const char *scheme, size_t len);

/* How a connection runs its protocol: none, a C parser on the buffer, or a PHP class. */
typedef enum wm_proto_kind {
	WM_PROTO_UNRESOLVED = 0,
	WM_PROTO_NONE,
	WM_PROTO_TEXT,
	WM_PROTO_FRAME,
	WM_PROTO_USER,
	/* Built-in protocols run in C (wm_protocol_builtin()); their PHP classes' static
	 * input/decode/encode are what UDP and direct PHP calls use (cls is set for them). */
	WM_PROTO_HTTP,
	WM_PROTO_WEBSOCKET,
	WM_PROTO_WS,
} wm_proto_kind;

/* A user protocol class with its static methods looked up once per process. */
typedef struct wm_proto_class {
	zend_class_entry *ce;
	zend_function *input;
	zend_function *decode;
	zend_function *encode;
	zend_function *on_close; /* optional static onClose($connection) */
	zend_function *on_connect; /* optional static onConnect($connection) */
} wm_proto_class;

/* Resolves a connection's protocol property (class name string as stored, leading '\'
 * allowed). For WM_PROTO_USER, *cls is the cached class (NULL: class not found). */
wm_proto_kind wm_protocol_lookup(const zval *protocol, const wm_proto_class **cls);

/* The same, for callers that only know Text, Frame and PHP classes (UDP): the built-in
 * C protocols come back as WM_PROTO_USER with their PHP class. */
static inline wm_proto_kind wm_protocol_lookup_php(const zval *protocol, const wm_proto_class **cls)
{
	wm_proto_kind kind = wm_protocol_lookup(protocol, cls);
	return kind > WM_PROTO_USER ? WM_PROTO_USER : kind;
}

/* Throws Error "Class "<name>" not found" the way calling a missing class's static would. */
void wm_protocol_throw_missing(const zval *protocol);

/* The pure C parsers (proto_text.c, proto_frame.c): no PHP, no allocation. */
#define WM_TEXT_TOO_BIG ((size_t)-1)
/* Text::input on buf: WM_TEXT_TOO_BIG when len >= max_package (caller closes), 0 when no
 * "\n" yet, else the line length including "\n". */
size_t wm_text_input(const char *buf, size_t len, size_t max_package);
/* Text::decode: the line without its trailing "\r"/"\n" characters. */
size_t wm_text_decoded_len(const char *pkg, size_t len);
/* Frame::input: 0 while fewer than 4 bytes, else the big-endian uint32 total length. */
uint32_t wm_frame_input(const char *buf, size_t len);
void wm_frame_header(unsigned char out[4], size_t payload_len);

void wm_protocol_rshutdown(void);

#endif
