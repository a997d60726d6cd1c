/* wm_http_request_session.c: the session side of Http\Request: sessionId() (the id from the
 * Session::$name cookie, else a new one whose Set-Cookie line goes onto the connection),
 * session() and 5.x's sessionRegenerateId(). Session's statics and methods are reached
 * through wm_ce_HttpSession by name, as 4.x's static calls would. */
#include "wm_http_request_int.h"
#include "wm_http_session.h"
#include "wm_log.h"
#include "ext/random/php_random.h"
#include "ext/spl/spl_exceptions.h"
#include "wm_api.h"

/* bin2hex(pack('d', microtime(true)) . random_bytes(8)), NULL with an exception pending */
static zend_string *wm_req_new_session_id(void)
{
	unsigned char bytes[16];
	struct timeval tv;
	gettimeofday(&tv, NULL);
	double now = (double)tv.tv_sec + tv.tv_usec / 1000000.0;
	memcpy(bytes, &now, 8);
	if (php_random_bytes_throw(bytes + 8, 8) == FAILURE) {
		return NULL;
	}
	static const char hex[] = "0123456789abcdef";
	zend_string *id = zend_string_alloc(32, 0);
	for (int i = 0; i < 16; i++) {
		ZSTR_VAL(id)[2 * i] = hex[bytes[i] >> 4];
		ZSTR_VAL(id)[2 * i + 1] = hex[bytes[i] & 15];
	}
	ZSTR_VAL(id)[32] = '\0';
	return id;
}

ZEND_METHOD(Workerman_Protocols_Http_Request, createSessionId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *id = wm_req_new_session_id();
	if (!id) {
		RETURN_THROWS();
	}
	RETURN_NEW_STR(id);
}

/* 5.x: a string of 16 to 256 of [a-zA-Z0-9,-] (what session_create_id() makes). */
static bool wm_req_valid_session_id(zval *sid)
{
	ZVAL_DEREF(sid);
	if (Z_TYPE_P(sid) != IS_STRING || Z_STRLEN_P(sid) < 16 || Z_STRLEN_P(sid) > 256) {
		return false;
	}
	for (size_t i = 0; i < Z_STRLEN_P(sid); i++) {
		unsigned char c = (unsigned char)Z_STRVAL_P(sid)[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '-';
		if (!ok) {
			return false;
		}
	}
	return true;
}

ZEND_METHOD(Workerman_Protocols_Http_Request, isValidSessionId)
{
	zval *sid;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(sid)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_req_valid_session_id(sid));
}

static void wm_req_cookie_attr(smart_str *line, zval *params, const char *key, const char *label, bool flag)
{
	zval *v = Z_TYPE_P(params) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(params), key, strlen(key)) : NULL;
	if (v) {
		ZVAL_DEREF(v);
	}
	if (!v || !zend_is_true(v)) {
		return;
	}
	smart_str_appends(line, label);
	if (!flag) {
		zend_string *s = zval_get_string(v);
		smart_str_append(line, s);
		zend_string_release(s);
	}
}

/* $this->connection->headers['Set-Cookie'] = [$line] (where the Http encoder looks; 4.x
 * used __header). line is consumed. */
static void wm_req_queue_cookie(zval *conn, zend_string *line)
{
	zval list, rv, headers;
	array_init_size(&list, 1);
	add_next_index_str(&list, line);
	zend_object *c = Z_OBJ_P(conn);
	zval *cur = c->handlers->read_property(c, wm_req_str_headers, BP_VAR_IS, NULL, &rv);
	if (cur && !EG(exception)) {
		ZVAL_DEREF(cur);
	}
	if (cur && Z_TYPE_P(cur) == IS_ARRAY) {
		ZVAL_COPY(&headers, cur);
		SEPARATE_ARRAY(&headers);
	} else {
		array_init(&headers);
	}
	if (cur == &rv) {
		zval_ptr_dtor(&rv);
	}
	zend_hash_update(Z_ARRVAL(headers), wm_req_str_set_cookie, &list);
	c->handlers->write_property(c, wm_req_str_headers, &headers, NULL);
	zval_ptr_dtor(&headers);
}

/* "<name>=<sid>" and the attributes Session::getCookieParams() gave (4.x's sessionId(),
 * 5.x's setSidCookie()). */
static zend_string *wm_req_cookie_line(zval *name, zval *sid, zval *params)
{
	smart_str line = {0};
	zend_string *s = zval_get_string(name);
	smart_str_append(&line, s);
	zend_string_release(s);
	smart_str_appendc(&line, '=');
	s = zval_get_string(sid);
	smart_str_append(&line, s);
	zend_string_release(s);
	wm_req_cookie_attr(&line, params, "domain", "; Domain=", false);
	wm_req_cookie_attr(&line, params, "lifetime", "; Max-Age=", false);
	wm_req_cookie_attr(&line, params, "path", "; Path=", false);
	wm_req_cookie_attr(&line, params, "samesite", "; SameSite=", false);
	wm_req_cookie_attr(&line, params, "secure", "; Secure", true);
	wm_req_cookie_attr(&line, params, "httponly", "; HttpOnly", true);
	return smart_str_extract(&line);
}

/* The session cookie of a new id onto the connection: through a subclass's own
 * setSidCookie() when it has one (5.x calls $this->setSidCookie()), else in C. */
static void wm_req_set_sid_cookie(zend_object *obj, zval *name, zval *sid)
{
	zval params;
	ZVAL_NULL(&params);
	zend_class_entry *sce = wm_ce_HttpSession;
	zend_function *fn = zend_hash_str_find_ptr(&sce->function_table, "getcookieparams", sizeof("getcookieparams") - 1);
	if (fn) {
		zend_call_known_function(fn, NULL, sce, &params, 0, NULL, NULL);
	}
	zend_function *own = zend_hash_str_find_ptr(&obj->ce->function_table, "setsidcookie", sizeof("setsidcookie") - 1);
	if (!EG(exception) && own && own->type == ZEND_USER_FUNCTION) {
		zval args[3];
		ZVAL_STR(&args[0], zval_get_string(name));
		ZVAL_STR(&args[1], zval_get_string(sid));
		ZVAL_COPY(&args[2], &params);
		if (Z_TYPE(args[2]) != IS_ARRAY) {
			zval_ptr_dtor(&args[2]);
			ZVAL_EMPTY_ARRAY(&args[2]);
		}
		zend_call_known_instance_method(own, obj, NULL, 3, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
	} else if (!EG(exception)) {
		zval *conn = WM_REQ_PROP(obj, wm_req_off_connection);
		ZVAL_DEREF(conn);
		if (Z_TYPE_P(conn) == IS_OBJECT) {
			wm_req_queue_cookie(conn, wm_req_cookie_line(name, sid, &params));
		}
	}
	zval_ptr_dtor(&params);
}

/* 5.x: connection->headers['Set-Cookie'] = [the session cookie]; no connection: thrown. */
ZEND_METHOD(Workerman_Protocols_Http_Request, setSidCookie)
{
	zend_string *name, *sid;
	zval *params;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(name)
		Z_PARAM_STR(sid)
		Z_PARAM_ARRAY(params)
	ZEND_PARSE_PARAMETERS_END();
	zval *conn = WM_REQ_PROP(Z_OBJ_P(ZEND_THIS), wm_req_off_connection);
	ZVAL_DEREF(conn);
	if (Z_TYPE_P(conn) != IS_OBJECT) {
		zend_throw_exception(spl_ce_RuntimeException, "Request->setSidCookie() fail, header already send", 0);
		RETURN_THROWS();
	}
	zval name_zv, sid_zv;
	ZVAL_STR(&name_zv, name);
	ZVAL_STR(&sid_zv, sid);
	wm_req_queue_cookie(conn, wm_req_cookie_line(&name_zv, &sid_zv, params));
}

/* $this->isValidSessionId($sid) under 5 (a subclass's own when it has one), 4.2.1's
 * Session::checkSessionId() rule under 4 (which would throw on anything else). */
static bool wm_req_cookie_id_valid(wm_http_request_obj *r, zval *sid)
{
	if (wm_api_major == 5) {
		zend_function *fn = zend_hash_str_find_ptr(&r->std.ce->function_table,
			"isvalidsessionid", sizeof("isvalidsessionid") - 1);
		if (fn && fn->common.scope != wm_ce_HttpRequest) {
			zval ret;
			zend_call_known_instance_method_with_1_params(fn, &r->std, &ret, sid);
			bool ok = !EG(exception) && zend_is_true(&ret);
			zval_ptr_dtor(&ret);
			return ok;
		}
		return wm_req_valid_session_id(sid);
	}
	return Z_TYPE_P(sid) == IS_STRING && Z_STRLEN_P(sid) && wm_sess_id_acceptable4(Z_STR_P(sid));
}

/* Whether the session cookie's value (non-empty, in *sid; may be rewritten) is adopted as
 * the id: 5.x strips RFC 6265's double quotes; an invalid id (`../../tmp/x`, an array,
 * any byte outside the rule) is no id, where 4.2.1's Session threw and the worker exited;
 * with session.use_strict_mode=1, neither is an id no stored session has (PHP's rule). */
static bool wm_req_adopt_cookie_id(wm_http_request_obj *r, zval *sid)
{
	ZVAL_DEREF(sid);
	if (wm_api_major == 5 && Z_TYPE_P(sid) == IS_STRING && Z_STRLEN_P(sid) >= 2
			&& Z_STRVAL_P(sid)[0] == '"' && Z_STRVAL_P(sid)[Z_STRLEN_P(sid) - 1] == '"') {
		zend_string *inner = zend_string_init(Z_STRVAL_P(sid) + 1, Z_STRLEN_P(sid) - 2, 0);
		zval_ptr_dtor(sid);
		ZVAL_STR(sid, inner);
	}
	if (!wm_req_cookie_id_valid(r, sid)) {
		return false;
	}
	if (EXPECTED(!zend_ini_long("session.use_strict_mode", sizeof("session.use_strict_mode") - 1, 0))) {
		return true;
	}
	return wm_sess_id_stored(sid) != 0; /* -1: the exception goes up */
}

/* The id 4.x's sessionId() stores in $this->sid when it has none: the session cookie, else
 * (or when given) a new id whose cookie goes onto the connection. SUCCESS with the id in
 * *sid; FAILURE with *sid false (detached request) or an exception pending. */
static zend_result wm_req_find_session_id(wm_http_request_obj *r, zval *given, zval *sid)
{
	ZVAL_FALSE(sid);
	zval *static_name = wm_sess_static(wm_ce_HttpSession, wm_req_str_name);
	if (!static_name) {
		return FAILURE;
	}
	zval name;
	ZVAL_COPY(&name, static_name);
	if (!given) {
		zval *arr;
		if (!wm_req_call_override(&r->std, WM_RM_COOKIE, sid, 1, &name)) {
			if ((arr = wm_req_cookie_array(r)) != NULL) {
				wm_req_pick(arr, &name, NULL, sid);
			}
		}
		if (EG(exception) || (!(Z_TYPE_P(sid) == IS_NULL || (Z_TYPE_P(sid) == IS_STRING && Z_STRLEN_P(sid) == 0))
				&& (wm_req_adopt_cookie_id(r, sid) || EG(exception)))) {
			zval_ptr_dtor(&name);
			return EG(exception) ? FAILURE : SUCCESS;
		}
		zval_ptr_dtor(sid);
		ZVAL_FALSE(sid);
	}
	zval *conn = WM_REQ_PROP(&r->std, wm_req_off_connection);
	ZVAL_DEREF(conn);
	if (Z_TYPE_P(conn) <= IS_NULL) {
		static const char msg[] = "Request->session() fail, header already send";
		wm_safe_echo(msg, sizeof(msg) - 1, false);
		zval_ptr_dtor(&name);
		return FAILURE;
	}
	if (given) {
		ZVAL_COPY_DEREF(sid, given);
	} else {
		/* static::createSessionId(): a subclass may bring its own */
		zend_function *fn = zend_hash_str_find_ptr(&r->std.ce->function_table, "createsessionid", sizeof("createsessionid") - 1);
		if (fn && fn != wm_req_create_sid) {
			zend_call_known_function(fn, NULL, r->std.ce, sid, 0, NULL, NULL);
		} else {
			zend_string *id = wm_req_new_session_id();
			if (id) {
				ZVAL_STR(sid, id);
			}
		}
	}
	if (!EG(exception)) {
		wm_req_set_sid_cookie(&r->std, &name, sid);
	}
	zval_ptr_dtor(&name);
	return EG(exception) ? FAILURE : SUCCESS;
}

/* 4.x sessionId(): the id lives in $this->sid (so in `properties`, through the handlers). */
static void wm_req_session_id(wm_http_request_obj *r, zval *given, zval *rv)
{
	zend_object *obj = &r->std;
	if (given) {
		/* 5.x drops the session object with the id: session() then opens the new one; the
		 * old one saves itself as it goes (4.2.1 kept serving the old one). */
		obj->handlers->unset_property(obj, wm_req_str_sid, NULL);
		zval *session = WM_REQ_PROP(obj, wm_req_off_session);
		ZVAL_DEREF(session);
		if (!EG(exception) && Z_TYPE_P(session) != IS_NULL) {
			zval old;
			ZVAL_COPY_VALUE(&old, session);
			ZVAL_NULL(session);
			zval_ptr_dtor(&old);
		}
	}
	if (!EG(exception) && !obj->handlers->has_property(obj, wm_req_str_sid, ZEND_PROPERTY_ISSET, NULL)) {
		zval sid;
		zend_result found = EG(exception) ? FAILURE : wm_req_find_session_id(r, given, &sid);
		if (found == FAILURE) {
			ZVAL_COPY_VALUE(rv, &sid);
			return;
		}
		obj->handlers->write_property(obj, wm_req_str_sid, &sid, NULL);
		zval_ptr_dtor(&sid);
	}
	if (EG(exception)) {
		ZVAL_NULL(rv);
		return;
	}
	zval tmp;
	zval *v = obj->handlers->read_property(obj, wm_req_str_sid, BP_VAR_R, NULL, &tmp);
	ZVAL_COPY_DEREF(rv, v);
	if (v == &tmp) {
		zval_ptr_dtor(&tmp);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Request, sessionId)
{
	zval *given = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(given)
	ZEND_PARSE_PARAMETERS_END();
	wm_req_session_id(WM_REQ_THIS(), given && zend_is_true(given) ? given : NULL, return_value);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		RETURN_THROWS();
	}
}

/* $this->session ??= new Session($this->sessionId()), false when there is no id */
ZEND_METHOD(Workerman_Protocols_Http_Request, session)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_http_request_obj *r = WM_REQ_THIS();
	zval *slot = WM_REQ_PROP(&r->std, wm_req_off_session);
	ZVAL_DEREF(slot);
	if (Z_TYPE_P(slot) <= IS_NULL) {
		zval sid, session;
		if (!wm_req_call_override(&r->std, WM_RM_SESSION_ID, &sid, 0, NULL)) {
			wm_req_session_id(r, NULL, &sid);
		}
		zend_class_entry *sce = wm_ce_HttpSession;
		if (EG(exception) || Z_TYPE(sid) == IS_FALSE || object_init_ex(&session, sce) == FAILURE) {
			zval_ptr_dtor(&sid);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			RETURN_FALSE;
		}
		if (sce->constructor) {
			zend_call_known_instance_method_with_1_params(sce->constructor, Z_OBJ(session), NULL, &sid);
		}
		zval_ptr_dtor(&sid);
		if (!EG(exception)) {
			zend_update_property_ex(wm_ce_HttpRequest, &r->std, wm_req_str_session, &session);
		}
		zval_ptr_dtor(&session);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		slot = WM_REQ_PROP(&r->std, wm_req_off_session);
	}
	RETURN_COPY_DEREF(slot);
}

/* 5.x sessionRegenerateId(): the data moves to a session under a new id, whose cookie is
 * queued; $this->sid and $this->session become the new ones. */
ZEND_METHOD(Workerman_Protocols_Http_Request, sessionRegenerateId)
{
	bool delete_old = false;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(delete_old)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *conn = WM_REQ_PROP(obj, wm_req_off_connection);
	ZVAL_DEREF(conn);
	zend_class_entry *sce = wm_ce_HttpSession;
	if (Z_TYPE_P(conn) != IS_OBJECT) {
		if (!EG(exception)) {
			zend_throw_exception(spl_ce_RuntimeException, "Request->setSidCookie() fail, header already send", 0);
		}
		RETURN_THROWS();
	}
	zval old, data, sid, session, ignored;
	ZVAL_UNDEF(&data);
	ZVAL_UNDEF(&sid);
	ZVAL_UNDEF(&session);
	zend_call_method_with_0_params(obj, obj->ce, NULL, "session", &old);
	if (Z_TYPE(old) == IS_OBJECT) {
		zend_call_method_with_0_params(Z_OBJ(old), Z_OBJCE(old), NULL, "all", &data);
		if (delete_old && !EG(exception)) {
			zend_call_method_with_0_params(Z_OBJ(old), Z_OBJCE(old), NULL, "flush", &ignored);
			zval_ptr_dtor(&ignored);
		}
	}
	zend_function *fn = zend_hash_str_find_ptr(&obj->ce->function_table, "createsessionid", sizeof("createsessionid") - 1);
	if (EG(exception)) {
		goto done;
	}
	if (fn && fn != wm_req_create_sid) {
		zend_call_known_function(fn, NULL, obj->ce, &sid, 0, NULL, NULL);
	} else {
		zend_string *id = wm_req_new_session_id();
		if (id) {
			ZVAL_STR(&sid, id);
		}
	}
	if (EG(exception) || object_init_ex(&session, sce) == FAILURE) {
		goto done;
	}
	if (sce->constructor) {
		zend_call_known_instance_method_with_1_params(sce->constructor, Z_OBJ(session), NULL, &sid);
	}
	if (!EG(exception) && Z_TYPE(data) != IS_UNDEF) {
		zend_call_method_with_1_params(Z_OBJ(session), sce, NULL, "put", &ignored, &data);
		zval_ptr_dtor(&ignored);
	}
	zval *name = EG(exception) ? NULL : wm_sess_static(sce, wm_req_str_name);
	if (name) {
		zval name_copy; /* the static may change while PHP runs */
		ZVAL_COPY(&name_copy, name);
		wm_req_set_sid_cookie(obj, &name_copy, &sid);
		zval_ptr_dtor(&name_copy);
	}
	if (!EG(exception)) {
		obj->handlers->write_property(obj, wm_req_str_sid, &sid, NULL);
		zend_update_property_ex(wm_ce_HttpRequest, obj, wm_req_str_session, &session);
	}
done:
	zval_ptr_dtor(&old);
	zval_ptr_dtor(&data);
	zval_ptr_dtor(&session);
	if (EG(exception)) {
		zval_ptr_dtor(&sid);
		RETURN_THROWS();
	}
	if (Z_TYPE(sid) != IS_STRING) {
		convert_to_string(&sid);
	}
	RETURN_COPY_VALUE(&sid);
}
