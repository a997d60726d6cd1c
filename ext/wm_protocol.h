/* wm_protocol.h: protocol lookup; C parsers for the built-ins, PHP-class fallback. */
#ifndef WM_PROTOCOL_H
#define WM_PROTOCOL_H

#include "wm_private.h"
/* The pure C parsers of Text and Frame, for the receive loop, UDP and the PHP statics. */
#include "wm_framing.h"

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
	/* Built-in protocols run in C (the table they register, wm_conn_proto.h); their PHP classes' static
	 * input/decode/encode are what UDP and direct PHP calls use (cls is set for them). */
	WM_PROTO_HTTP,
	WM_PROTO_WEBSOCKET,
	WM_PROTO_WS,
	WM_PROTO__COUNT
} wm_proto_kind;

/* A C stand-in for a user protocol class's input/decode/encode (GatewayWorker's
 * GatewayProtocol: protocols/wm_gateway.c), found once per class by the recogniser the
 * protocols area registers. decode and encode may decline (false: nothing done, nothing
 * raised), and the class's PHP method then runs as if there were no stand-in. */
typedef struct wm_proto_native {
	/* What input() would return for len buffered bytes (0: wait). */
	zend_long (*input)(const char *buf, size_t len);
	bool (*decode)(const struct wm_proto_native *codec, const char *pkg, size_t len, zval *out);
	/* The package as two new strings, head then body (either may be empty). */
	bool (*encode)(const struct wm_proto_native *codec, zval *data, zend_string **head, zend_string **body);
} wm_proto_native;

typedef const wm_proto_native *(*wm_proto_recogniser)(zend_class_entry *ce);
/* MINIT: the protocols area's recogniser (NULL for a class it does not stand in for). */
void wm_protocol_register_recogniser(wm_proto_recogniser recognise);

/* A user protocol class with its static methods looked up once per process. */
typedef struct wm_proto_class {
	zend_class_entry *ce;
	zend_function *input;
	zend_function *decode;
	zend_function *encode;
	zend_function *on_close; /* optional static onClose($connection) */
	zend_function *on_connect; /* optional static onConnect($connection) */
	const wm_proto_native *native; /* NULL: the PHP methods run */
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

void wm_protocol_rshutdown(void);

#endif
