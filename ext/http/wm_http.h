/* wm_http.h: what the HTTP files share. Ownership:
 *   wm_http_proto.c    Protocols\Http (statics) and the C protocol (dispatch/encode, file
 *                      replies with sendfile and backpressure) on a TcpConnection;
 *   wm_http_request.c  Http\Request (lazy, memoised; uploads to temp files);
 *   wm_http_response.c Http\Response, Http\Chunk, Http\ServerSentEvents (the classes);
 *   wm_http_render.c   their bytes: status line, headers, file head, chunk and SSE framing;
 *   wm_http_session.c  Http\Session, its handler interface and File/Redis handlers;
 *   wm_http_header_check.c  the CR/LF/NUL refusal of every header written.
 * http_parser.c is the pure-C request parser all of them use. */
#ifndef WM_HTTP_H
#define WM_HTTP_H

#include "wm_private.h"
#include "http_parser.h"


extern zend_class_entry *wm_ce_Http;
extern zend_class_entry *wm_ce_HttpRequest;
extern zend_class_entry *wm_ce_HttpResponse;
extern zend_class_entry *wm_ce_HttpChunk;
extern zend_class_entry *wm_ce_HttpServerSentEvents;
extern zend_class_entry *wm_ce_HttpSession;

/* MINIT (wm_http_minit calls the other three after registering Http) and per-request
 * clean-up. */
void wm_http_minit(void);
void wm_http_request_minit(void);
void wm_http_response_minit(void);
void wm_http_session_minit(void);
/* Frees Response's persistent default tables (module shutdown). */
void wm_http_response_mshutdown(void);
void wm_http_rshutdown(void);
/* Its worker stops: an HTTP server connection ends after its next reply (which says
 * Connection: close), or after a short idle time when none comes. False for any other
 * connection, which the caller handles as before. */
bool wm_http_drain(zend_object *conn);

/* Http::uploadTmpDir() (wm_http_proto.c): the directory set there, else ini upload_tmp_dir,
 * else the system temp dir; borrowed, NULL when none is known. */
zend_string *wm_http_upload_tmp_dir(void);

/* ---- Request (wm_http_request.c) --------------------------------------------------- */

/* A new request object of class ce (Http::requestClass(): Http\Request or a PHP subclass)
 * for one complete request, with its public `connection` set to connection (may be NULL).
 * raw: the request's bytes as Http::decode's $buffer (for chunked requests the buffer
 * rebuilt as 5.x does: Transfer-Encoding line removed, Content-Length added, body
 * de-chunked); the object keeps a reference. p: the parser after COMPLETE on raw's first
 * request (raw may go on: a WebSocket handshake's frames), not chunked; header() then answers
 * from its offsets. NULL: the request scans raw by 4.2.1's rules when asked. A subclass with its own
 * constructor gets it called with raw. NULL with an exception pending on failure. */
zend_object *wm_http_request_create(zend_class_entry *ce, zend_string *raw, const wm_http_parser *p,
	zval *connection);

/* A new string holding buf[0 .. len) for wm_http_request_create(): the raw string of the
 * last request released whole (nothing else held it) when it has room, else a new one. */
zend_string *wm_http_request_raw(const char *buf, size_t len);

/* decode()'s request from p (COMPLETE, not chunked) on buf[0 .. p->total_len): what
 * wm_http_request_raw() + wm_http_request_create() + releasing the raw string give, in one
 * step when the kept object and raw string fit (no allocation, nothing to release). */
zend_object *wm_http_request_from_bytes(zend_class_entry *ce, const char *buf, const wm_http_parser *p,
	zval *connection);

/* What Http::encode does to the request of the connection once the reply goes out:
 * `session` and `connection` set to null (the Session saves itself in its destructor). */
void wm_http_request_detach(zend_object *request);

/* The dispatch's own reference to a request whose onMessage returned: released, or, when it
 * was the last one and the object is a plain Http\Request nothing else can observe (no
 * weak reference, no dynamic property table), reset to a new object's state and kept for the
 * next request (no allocation, no object store traffic per request). Consumes the reference. */
void wm_http_request_release(zend_object *request);
/* Frees the kept one and its kept raw string (RSHUTDOWN). */
void wm_http_request_spare_free(void);

/* ---- Response (wm_http_response.c; its bytes: wm_http_render.c) --------------------- */

/* True for Http\Response and its subclasses. */
bool wm_http_is_response(zend_object *obj);

/* The response's `file` entry set by withFile(): path, offset, length (0 = to the end).
 * Returns false when no file is set. The path is borrowed. */
bool wm_http_response_file(zend_object *response, zend_string **path, zend_long *offset, zend_long *length);

/* (string)$response: status line, headers and body exactly as Response::__toString
 * (calls a PHP subclass's own __toString when it has one). For a file response this is
 * the head only (Content-Type from the extension, Last-Modified, ...). NULL with an
 * exception pending on failure. */
zend_string *wm_http_response_to_string(zend_object *response);

/* $response->header($name, $value) / withHeaders($array) from C (Http::encode merges the
 * connection's headers this way and sets Content-Length/Accept-Ranges/Content-Range of
 * file replies). */
void wm_http_response_set_header(zend_object *response, zend_string *name, zval *value);
void wm_http_response_merge_headers(zend_object *response, HashTable *headers);
void wm_http_response_set_status(zend_object *response, zend_long status, zend_string *reason);

/* ---- header values (wm_http_header_check.c) -------------------------------------------
 * Each throws InvalidArgumentException naming the header and returns FAILURE when a name or
 * value holds CR, LF or NUL (PHP's header() wording). */

/* The first CR, LF or NUL of p, or NULL. */
const char *wm_http_header_bad_byte(const char *p, size_t len);
/* what: "Header", "Reason phrase", ...; name: what the message names. */
zend_result wm_http_bytes_check(const char *what, const char *name, size_t name_len, const char *p, size_t len);
/* name => value (a list value: each item), name NULL for the integer key index. */
zend_result wm_http_header_check(zend_string *name, zend_ulong index, zval *value);
zend_result wm_http_header_zval_check(zval *name, zval *value);
zend_result wm_http_headers_check(HashTable *headers);
/* Raw "Name: value" lines: one line (block false), or lines joined by CRLF (block true,
 * 4.x's string form of $connection->headers; an empty line is refused). */
zend_result wm_http_header_lines_check(const char *p, size_t len, bool block);


#endif
