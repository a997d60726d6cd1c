/* wm_start_check.c: what runAll() refuses before it listens or forks: a callback property of
 * a Worker, or a static one of Worker, holding a truthy value no call could ever use
 * ('no_such_function', an int, [$object, 'noSuchMethod']), and a listen port out of range.
 * Workerman takes such a value and then ends the worker on each event, or (reusePort) on
 * each start (exit 250 or 255, respawned for ever); here the start fails once, naming it.
 * Reads properties only: no PHP runs but autoloaders. */
#include "wm_private.h"
#include "wm_worker.h"
#include "wm_listen.h"
#include "wm_start_check.h"

/* Instance callbacks the runtime reads from a Worker (declared or dynamic). Falsy values
 * mean "none", as Workerman's `if ($this->onMessage)` has it. */
static const char *const wm_start_check_instance[] = {
	"onWorkerStart", "onWorkerReload", "onWorkerStop", "onWorkerExit", "onConnect", "onMessage",
	"onClose", "onError", "onBufferFull", "onBufferDrain", "onWebSocketConnect",
	"onWebSocketConnected", "onWebSocketPing", "onWebSocketPong", "onWebSocketClose",
};

static const char *const wm_start_check_static[] = {"onMasterReload", "onMasterStop", "onWorkerExit"};

/* The property's value without running __get(): its slot when declared, else the dynamic
 * one; NULL when neither holds a value. */
static zval *wm_start_check_read(zend_object *obj, const char *name)
{
	zval *value = NULL;
	zend_property_info *info = zend_hash_str_find_ptr(&obj->ce->properties_info, name, strlen(name));
	if (info && !(info->flags & ZEND_ACC_STATIC)) {
		value = OBJ_PROP(obj, info->offset);
	} else if (obj->properties) {
		value = zend_hash_str_find_ind(obj->properties, name, strlen(name));
	}
	if (value) {
		ZVAL_DEREF(value);
	}
	return value && Z_TYPE_P(value) != IS_UNDEF ? value : NULL;
}

/* Throws naming the property; worker NULL for a static one. */
static void wm_start_check_refuse(zend_class_entry *ce, const char *name, const char *why, wm_worker_obj *worker)
{
	if (!worker) {
		zend_type_error("%s::$%s must be a valid callback or null, %s", ZSTR_VAL(ce->name), name, why);
		return;
	}
	zend_string *socket = wm_worker_get_socket_name(worker);
	zval *worker_name = wm_worker_prop(worker, WM_WP_NAME);
	/* runAll() names an unnamed worker "none" only later */
	zend_string *label = zend_is_true(worker_name) ? zval_get_string(worker_name) : zend_string_init("none", 4, 0);
	zend_type_error("%s::$%s must be a valid callback or null, %s (worker \"%s\" on %s)",
		ZSTR_VAL(ce->name), name, why, ZSTR_VAL(label), ZSTR_VAL(socket));
	zend_string_release(label);
	zend_string_release(socket);
}

/* SUCCESS when value is no callback or a usable one; otherwise throws. */
static zend_result wm_start_check_value(zval *value, zend_class_entry *ce, const char *name, wm_worker_obj *worker)
{
	if (!value || !zend_is_true(value)) {
		return EG(exception) ? FAILURE : SUCCESS;
	}
	char *error = NULL;
	if (wm_callable_valid(value, &error)) {
		return EG(exception) ? FAILURE : SUCCESS;
	}
	if (!EG(exception)) { /* an autoloader's own exception stands as it is */
		wm_start_check_refuse(ce, name, error ? error : "not callable", worker);
	}
	if (error) {
		efree(error);
	}
	return FAILURE;
}

/* The port of "scheme://host:port" (unix sockets have none), with listen's own message. */
static zend_result wm_start_check_port(wm_worker_obj *worker)
{
	if (!worker->socket_name || zend_binary_strncasecmp(ZSTR_VAL(worker->socket_name), ZSTR_LEN(worker->socket_name), "unix:", 5, 5) == 0) {
		return SUCCESS;
	}
	zval *transport = wm_worker_prop(worker, WM_WP_TRANSPORT);
	if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "unix")) {
		return SUCCESS;
	}
	const char *address = strstr(ZSTR_VAL(worker->socket_name), "://");
	char err[512];
	if (address && !wm_listen_port_ok(address + 3, err, sizeof(err))) {
		zend_throw_exception(NULL, err, 0);
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wm_start_check(void)
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		if (wm_start_check_port(wm_worker_from_obj(obj)) == FAILURE) {
			return FAILURE;
		}
		for (size_t i = 0; i < sizeof(wm_start_check_instance) / sizeof(wm_start_check_instance[0]); i++) {
			const char *name = wm_start_check_instance[i];
			zval *value = wm_start_check_read(obj, name);
			if (wm_start_check_value(value, obj->ce, name, wm_worker_from_obj(obj)) == FAILURE) {
				return FAILURE;
			}
		}
	} ZEND_HASH_FOREACH_END();
	for (size_t i = 0; i < sizeof(wm_start_check_static) / sizeof(wm_start_check_static[0]); i++) {
		const char *name = wm_start_check_static[i];
		zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_Worker->properties_info, name, strlen(name));
		if (!info || !(info->flags & ZEND_ACC_STATIC)) {
			continue; /* 4.x: onWorkerExit is an instance property */
		}
		if (wm_start_check_value(wm_static_prop(wm_ce_Worker, name, strlen(name)), wm_ce_Worker, name, NULL) == FAILURE) {
			return FAILURE;
		}
	}
	return SUCCESS;
}
