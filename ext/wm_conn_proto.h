/* wm_conn_proto.h: a connection as protocols see it (http/, ws/, proto_*.c): the public
 * fields at the start of every connection (receive buffer, protocol state, status, pause,
 * limits), its PHP object, the send pieces, the table a built-in protocol registers at MINIT,
 * and the time limits a protocol puts a connection in. The connection's private struct
 * (wm_conn_obj.h) is not for protocols; the functions they call are declared here. */
#ifndef WM_CONN_PROTO_H
#define WM_CONN_PROTO_H

#include "wm_private.h"
#include "wm_buffer.h"
#include "wm_protocol.h"

/* Opaque here: protocols reach its public part through wm_pub(). */
typedef struct wm_conn_obj wm_conn_obj;

/* Status values of 5.x (the stub's constants): user code compares with the constants. */
#define WM_CONN_INITIAL 0
#define WM_CONN_CONNECTING 1
#define WM_CONN_ESTABLISHED 2
#define WM_CONN_ENDING 4
#define WM_CONN_CLOSING 8
#define WM_CONN_CLOSED 16

/* Rarely set per-connection state, allocated on first use: an idle plain IPv4 connection
 * never has one (issue 14: its object stays in the 320-byte emalloc bin). */
typedef struct wm_conn_extra {
	zval context;         /* stdClass for protocol state, made on first read */
	zval headers;         /* [5] array, made on first read */
	/* The connection's own (wm_conn*.c); protocols read only the two above. */
	zval id;              /* $connection->id once written or unset; UNDEF: the internal id */
	zend_string *transport; /* a transport other than 'tcp'; NULL: 'tcp' */
	uint8_t peer_addr6[16]; /* an IPv6 peer's address (AF_INET6 and not peer_mapped) */
} wm_conn_extra;

/* The values a connection copies from its Worker at accept time. All connections accepted
 * with the same values share one packed PHP array (refcounted, copy-on-write: a write to
 * one connection's callback separates it), so an idle connection carries one zval for
 * seven. Being a PHP array, the GC sees the sharing correctly through get_gc. */
enum wm_conn_shared_slot {
	WM_SH_WORKER, WM_SH_PROTOCOL, WM_SH_ON_MESSAGE, WM_SH_ON_CLOSE, WM_SH_ON_ERROR,
	WM_SH_ON_BUFFER_FULL, WM_SH_ON_BUFFER_DRAIN, WM_SH__COUNT
};

/* The public part of a connection, the first member of wm_conn_obj (which names the same
 * fields directly, through an anonymous union: the connection's own code reads conn->rbuf).
 * Protocols read and write these; everything else of a connection is private to it. */
#define WM_CONN_PUB_FIELDS \
	zval shared;              /* packed array: worker, protocol (class name string as \
	                           * given, or null) and the callbacks, see above */ \
	wm_conn_extra *extra; \
	wm_rbuf *rbuf;            /* NULL while nothing is buffered */ \
	struct wm_proto_state *pstate; /* built-in protocol state (HTTP, WebSocket), while needed */ \
	zend_long max_send_buffer_size; \
	zend_long max_package_size; \
	uint8_t status; \
	uint8_t tmo_kind;         /* wm_tmo_kind: the wait list it is in (wm_conn_timeout.c) */ \
	uint8_t paused : 1;       /* pauseRecv() */ \
	uint8_t draining : 1;     /* its worker stops: ends after its next reply (wm_conn_timeout.c) */ \
	int fd;                   /* the socket (private; here because it fits the padding) */

typedef struct wm_conn_pub {
	WM_CONN_PUB_FIELDS
} wm_conn_pub;

/* The public part of conn. A cast, not an offset: the part starts the struct, and the union
 * in wm_conn_obj holds both views of the same bytes, so the compiler assumes they alias. */
static zend_always_inline wm_conn_pub *wm_pub(const wm_conn_obj *conn)
{
	return (wm_conn_pub *)conn;
}

/* Reads one shared slot (borrowed). */
static zend_always_inline zval *wm_conn_sh(wm_conn_obj *conn, int slot)
{
	return &Z_ARRVAL(wm_pub(conn)->shared)->arPacked[slot];
}

/* How many received bytes wait unread in the buffer (0 when there is none). */
static zend_always_inline size_t wm_conn_buffered(const wm_conn_obj *conn)
{
	wm_rbuf *buf = wm_pub(conn)->rbuf;
	return buf ? buf->len : 0;
}

/* The PHP object of a connection (calls, refcounts, properties). */
extern const size_t wm_conn_std_offset; /* XtOffsetOf(wm_conn_obj, std) */
static zend_always_inline zend_object *wm_conn_object(const wm_conn_obj *conn)
{
	return (zend_object *)((char *)conn + wm_conn_std_offset);
}
/* The connection behind an object or a zval (a TcpConnection or AsyncTcpConnection), else
 * NULL: protocol statics called from PHP may be handed any value. */
wm_conn_obj *wm_conn_of_object(zend_object *obj);
wm_conn_obj *wm_conn_of_zval(zval *zv);
/* An AsyncTcpConnection (a client), not an accepted connection. */
bool wm_conn_is_client(const wm_conn_obj *conn);
/* maxPackageSize of a TcpConnection object (false for other objects: the caller then
 * reads the property the PHP way). */
bool wm_conn_max_package_size(zend_object *obj, zend_long *out);

/* The bytes send() is asked to write: up to two string references (data, framing). */
typedef struct wm_pieces {
	zend_string *str[2];
	int count;
	size_t len;
} wm_pieces;

/* Takes the reference (an empty string is released, not added). */
static zend_always_inline void wm_pieces_add(wm_pieces *p, zend_string *s)
{
	if (UNEXPECTED(ZSTR_LEN(s) == 0)) {
		zend_string_release(s);
		return;
	}
	p->str[p->count++] = s;
	p->len += ZSTR_LEN(s);
}
void wm_pieces_release(wm_pieces *p);

/* Per-connection state of a built-in protocol (HTTP request in progress, WebSocket
 * handshake/fragments/deflate). Each protocol embeds this first in its own struct. free()
 * runs after onClose (destroy(): the protocol starts afresh on reconnect()) and when the
 * object is freed; the caller then sets pstate = NULL. */
typedef struct wm_proto_state {
	void (*free)(wm_conn_obj *conn, struct wm_proto_state *st);
} wm_proto_state;

/* A protocol implemented in C end to end, registered at MINIT for its kind
 * (wm_protocol_register_builtin); the connection finds it with wm_protocol_builtin():
 * dispatch replaces the generic package loop of wm_conn_recv.c for one read (it runs
 * inside the send batch; it must stop when the connection is paused, closing or closed,
 * and count total_request per message); encode is send()'s framing (FAILURE = exception
 * pending; *empty: nothing to write, send() returns null); on_connect runs for an
 * AsyncTcpConnection after the user's onConnect (Ws sends its handshake there).
 * fiber_park (may be NULL) runs in Fiber mode when a callback inside the dispatch suspended:
 * the protocol gives up what it keeps process-wide for the message under way, and returns
 * true when the connection must read nothing more until that callback returns (its messages
 * stay in order); false lets the next message in, as Workerman 5 + Revolt does.
 * property_name / property (may be NULL): a connection property the protocol keeps in its
 * state instead of a property table (websocketType); property() gives its slot, or NULL
 * when it is an ordinary dynamic property on this connection after all (or, without
 * create, when there is no state yet). UNDEF in the slot = never set. */
typedef struct wm_builtin_proto {
	void (*dispatch)(wm_conn_obj *conn);
	zend_result (*encode)(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty);
	void (*on_connect)(wm_conn_obj *conn);
	bool (*fiber_park)(wm_conn_obj *conn);
	const char *property_name;
	zval *(*property)(wm_conn_obj *conn, bool create);
} wm_builtin_proto;

/* MINIT: the built-in protocol of kind (WM_PROTO_HTTP, WM_PROTO_WEBSOCKET, WM_PROTO_WS). */
void wm_protocol_register_builtin(wm_proto_kind kind, const wm_builtin_proto *proto);

/* ---- what a protocol asks of the connection (wm_conn*.c) ----------------------------------- */

typedef enum wm_send_result { WM_SEND_FALSE, WM_SEND_NULL, WM_SEND_TRUE } wm_send_result;
wm_send_result wm_conn_send(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_close(wm_conn_obj *conn, zval *data, bool raw);
/* [5] end(): send, ENDING, half-close once flushed, close after lingerTimeout. */
void wm_conn_end(wm_conn_obj *conn, zval *data, bool raw);
/* send(), close(), end() as $connection->...() from PHP protocol code: a PHP subclass's
 * override when the object has one (wm_conn_methods.c), else the engine above. For the
 * protocol statics PHP code calls; the server's own paths use the engine directly. */
void wm_conn_php_send(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_php_close(wm_conn_obj *conn, zval *data, bool raw);
void wm_conn_php_end(wm_conn_obj *conn, zval *data, bool raw);
bool wm_conn_overrides_send(wm_conn_obj *conn);
/* HTTP file replies: head (consumed) then len bytes of fd (owned) from offset, queued in
 * order with send()'s return values; see wm_conn_send.c for how file bytes count. */
wm_send_result wm_conn_send_file(wm_conn_obj *conn, zend_string *head, int fd, off_t offset, size_t len);
void wm_conn_destroy(wm_conn_obj *conn);
void wm_conn_consume(wm_conn_obj *conn, zend_long n);
/* The package at the head of the buffer was handled: its n bytes (n <= buffered) go. */
static zend_always_inline void wm_conn_consume_head(wm_conn_obj *conn, size_t n)
{
	wm_pub(conn)->rbuf = wm_rbuf_consume(wm_pub(conn)->rbuf, n);
}
void wm_conn_dispatch(wm_conn_obj *conn);
wm_proto_kind wm_conn_proto(wm_conn_obj *conn);
void wm_stat_request(void);
/* Calls callback($conn, ...extra) if set; keeps the object alive across the call. */
zend_result wm_conn_emit(wm_conn_obj *conn, zval *callback, uint32_t extra_argc, zval *extra);
zend_result wm_conn_emit_error(wm_conn_obj *conn, const char *msg, size_t len);
zval *wm_conn_extra_cb(wm_conn_obj *conn, bool drain);
/* Frees the connection's protocol state (if any) and clears it. */
static inline void wm_conn_free_pstate(wm_conn_obj *conn)
{
	wm_proto_state *st = wm_pub(conn)->pstate;
	if (st) {
		wm_pub(conn)->pstate = NULL;
		st->free(conn, st);
	}
}

/* ---- time limits (wm_conn_timeout.c) --------------------------------------------------------- */

typedef enum wm_tmo_kind {
	WM_TMO_NONE,
	WM_TMO_TLS,    /* accepted, TLS handshake not done: TcpConnection::$sslHandshakeTimeout */
	WM_TMO_HEAD,   /* HTTP: a request is arriving (or the first one): Http::$headerTimeout */
	WM_TMO_WS,     /* WebSocket: the upgrade request has not been answered: Websocket::$handshakeTimeout */
	WM_TMO_IDLE,   /* HTTP keep-alive between requests: Http::$keepAliveTimeout */
	WM_TMO_DRAIN,  /* HTTP, its worker stopping: idle, waiting for a last request */
	WM_TMO__COUNT
} wm_tmo_kind;

/* What a wait of one kind means: its limit now, in seconds (<= 0: none; read once per
 * check, so a change applies at once), and what happens when a connection passes it. */
typedef struct wm_tmo_class {
	double (*seconds)(void);
	void (*expire)(wm_conn_obj *conn);
} wm_tmo_class;

/* At MINIT, by the protocol that owns the kind. */
void wm_tmo_register(wm_tmo_kind kind, const wm_tmo_class *cls);

/* The connection now waits for kind, from now (a wait of the same kind restarts). Once per
 * read on the HTTP path: the same wait at the tail of its list is restarted in place. */
void wm_tmo_wait(wm_conn_obj *conn, wm_tmo_kind kind);
/* The connection waits for kind; a wait of that kind already running keeps its start. */
static inline void wm_tmo_keep(wm_conn_obj *conn, wm_tmo_kind kind)
{
	if (wm_pub(conn)->tmo_kind != kind) {
		wm_tmo_wait(conn, kind);
	}
}
/* Whether bytes were sent or queued since the current wait began (a streamed reply). */
bool wm_tmo_sent_since(const wm_conn_obj *conn);
/* No wait (the application has the connection: a request in its hands, a handshake done). */
void wm_tmo_stop_slow(wm_conn_obj *conn);
static inline void wm_tmo_stop(wm_conn_obj *conn)
{
	if (wm_pub(conn)->tmo_kind) {
		wm_tmo_stop_slow(conn);
	}
}
/* Draining: the connection ends after its next reply. Counted until its socket closes. */
void wm_tmo_drain_mark(wm_conn_obj *conn);

#endif
