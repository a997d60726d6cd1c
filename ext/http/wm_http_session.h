/* wm_http_session.h: what the two session files share (private to ext/http/wm_http_session*.c).
 * wm_http_session.c owns Http\Session and the handler interface; wm_http_session_handlers.c
 * the File/Redis/RedisCluster handlers. */
#ifndef WM_HTTP_SESSION_H
#define WM_HTTP_SESSION_H

#include "wm_http.h"

extern zend_class_entry *wm_ce_HttpSessionException;

/* The handler classes, registered by wm_http_session.c (which alone includes the arginfo),
 * hand their entries over here for the names and statics the handlers use. */
void wm_http_session_handlers_minit(zend_class_entry *file, zend_class_entry *redis, zend_class_entry *cluster);

/* $object->$method(...$argv) as PHP code would call it (visibility from the current scope,
 * __call honoured). Missing method: Error "Call to undefined method C::m()". Returns false
 * with an exception pending on failure; *ret is always initialised. */
bool wm_sess_call(zval *object, zend_string *method, zval *ret, uint32_t argc, zval *argv);

/* A permanent interned string for a fixed name (MINIT only). */
#define WM_SESS_INTERN(lit) zend_string_init_interned((lit), sizeof(lit) - 1, 1)

/* scope::$name, dereferenced, without an error when it is missing (NULL). The first read
 * in a process whose PHP code has not touched Session's statics runs Session::init()
 * against the ini of the moment (4.2.1 runs it when Session.php first loads). */
zval *wm_sess_static(zend_class_entry *scope, zend_string *name);

/* Session::$lifetime as an int (the handlers' default expiry). */
zend_long wm_sess_lifetime(void);

/* Whether a client-sent id passes 4.2.1's Session::checkSessionId() (/^[a-zA-Z0-9"]+$/). */
bool wm_sess_id_acceptable4(zend_string *id);

/* session.use_strict_mode: whether Session::$handler->read($id) finds data (1), not (0), or
 * threw (-1). Initialises the handler as `new Session` would. */
int wm_sess_id_stored(zval *id);

#endif
