/* wm_call.c: the one door from C into PHP callbacks. Resolves any callable (protected
 * methods of Worker subclasses included), runs it, and turns an uncaught exception into
 * Workerman's stopAll(250, $e) (through the process model's hook, wm_process.h) and an exit()
 * into a stopped loop. Knows nothing of sockets. */
#include "wm_private.h"
#include "wm_loop.h"
#include "wm_process.h"
#include "wm_log.h"
#include "wm_metrics_counters.h"
#include "zend_closures.h"
#include "zend_observer.h"

/* Workerman invokes [$this, 'protectedMethod'] from inside Worker, so visibility is not
 * checked here: find the method on the class directly when the normal check refuses it. */
static bool wm_resolve_method_callable(zval *callable, zend_fcall_info_cache *fcc)
{
	if (Z_TYPE_P(callable) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(callable)) != 2) {
		return false;
	}
	zval *target = zend_hash_index_find(Z_ARRVAL_P(callable), 0);
	zval *method = zend_hash_index_find(Z_ARRVAL_P(callable), 1);
	if (!target || !method || Z_TYPE_P(method) != IS_STRING) {
		return false;
	}
	ZVAL_DEREF(target);
	ZVAL_DEREF(method);
	zend_class_entry *ce;
	zend_object *object = NULL;
	if (Z_TYPE_P(target) == IS_OBJECT) {
		object = Z_OBJ_P(target);
		ce = object->ce;
	} else if (Z_TYPE_P(target) == IS_STRING) {
		ce = zend_lookup_class(Z_STR_P(target));
	} else {
		return false;
	}
	if (!ce) {
		return false;
	}
	zend_string *lower = zend_string_tolower(Z_STR_P(method));
	zend_function *fn = zend_hash_find_ptr(&ce->function_table, lower);
	zend_string_release(lower);
	if (!fn) {
		return false;
	}
	fcc->function_handler = fn;
	fcc->calling_scope = fn->common.scope;
	fcc->called_scope = ce;
	fcc->object = (fn->common.fn_flags & ZEND_ACC_STATIC) ? NULL : object;
	return fcc->object != NULL || (fn->common.fn_flags & ZEND_ACC_STATIC);
}

static zend_never_inline bool wm_resolve_other_callable(zval *callable, zend_fcall_info_cache *fcc)
{
	if (zend_is_callable_ex(callable, NULL, 0, NULL, fcc, NULL)) {
		return true;
	}
	return wm_resolve_method_callable(callable, fcc);
}

static zend_always_inline bool wm_resolve_callable(zval *callable, zend_fcall_info_cache *fcc)
{
	/* Closures are what onMessage nearly always is: take the function straight from the
	 * object, as zend_is_callable_ex() would, without its generic checks (hot path, inlined
	 * into each caller; the rest out of line). */
	if (EXPECTED(Z_TYPE_P(callable) == IS_OBJECT && Z_OBJCE_P(callable) == zend_ce_closure)) {
		zend_object *closure = Z_OBJ_P(callable);
		if (closure->handlers->get_closure(closure, &fcc->calling_scope, &fcc->function_handler,
				&fcc->object, true) == SUCCESS) {
			fcc->called_scope = fcc->calling_scope;
			return true;
		}
	}
	return wm_resolve_other_callable(callable, fcc);
}

bool wm_callable_valid(zval *callable, char **error)
{
	zend_fcall_info_cache fcc;
	*error = NULL;
	if (zend_is_callable_ex(callable, NULL, 0, NULL, &fcc, error)) {
		if (*error) {
			efree(*error);
			*error = NULL;
		}
		return true;
	}
	if (wm_resolve_method_callable(callable, &fcc)) {
		if (*error) {
			efree(*error);
			*error = NULL;
		}
		return true;
	}
	return false;
}

/* After PHP threw: exit() and stopAll() unwind to runAll(); anything else is logged and
 * ends the worker with status 250 the way Workerman's catch blocks do. */
static void wm_after_exception(void)
{
	zend_object *ex = EG(exception);
	if (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
		wm_process_exiting = true;
		wm_loop_stop();
		return;
	}
	wm_counters->exceptions++;
	wm_call_failed();
}

void wm_call_failed(void)
{
	zend_object *ex = EG(exception);
	if (!ex) {
		return;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	zval exception;
	ZVAL_OBJ(&exception, ex);
	wm_process_stop_all(250, &exception);
	zval_ptr_dtor(&exception);
	if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
		wm_process_exiting = true;
		wm_loop_stop();
	}
}

void wm_begin_exit(int status)
{
	EG(exit_status) = status;
	wm_process_exiting = true;
	wm_loop_stop();
	if (!EG(exception)) {
		zend_throw_unwind_exit();
	}
}

/* A user function called the way zend_call_function() calls it once resolved, without the
 * generic parts that cannot apply here (no named or undefined arguments, no by-reference
 * parameter among the ones passed, no trampoline, not deprecated: those go through
 * zend_call_known_function()). onMessage is called once per message (wm_call() under
 * profile 4, wm_call_catch() under 5): this saves ~90 instructions of ~2,400 per pipelined
 * HTTP request (benchmarks/callgrind.sh). */
static zend_always_inline bool wm_call_user_direct(zend_function *fn, zend_object *object, zend_class_entry *called_scope,
	zval *retval, uint32_t argc, zval *argv)
{
	if (UNEXPECTED(fn->type != ZEND_USER_FUNCTION
			|| (fn->common.fn_flags & (ZEND_ACC_DEPRECATED | ZEND_ACC_CALL_VIA_TRAMPOLINE))
			|| !EG(active))) {
		return false;
	}
	/* ARG_SHOULD_BE_SENT_BY_REF() for each argument, its two cases apart: the declared
	 * parameters' send modes, then the variadic one for any argument past them */
	uint32_t declared = MIN(argc, fn->common.num_args);
	for (uint32_t i = 0; i < declared; i++) {
		if (UNEXPECTED(ZEND_ARG_SEND_MODE(&fn->common.arg_info[i]) || Z_ISUNDEF(argv[i]))) {
			return false;
		}
	}
	if (UNEXPECTED(argc > declared)) {
		for (uint32_t i = declared; i < argc; i++) {
			if (Z_ISUNDEF(argv[i])) {
				return false;
			}
		}
		if ((fn->common.fn_flags & ZEND_ACC_VARIADIC) && ZEND_ARG_SEND_MODE(&fn->common.arg_info[declared])) {
			return false;
		}
	}
	uint32_t call_info = ZEND_CALL_TOP_FUNCTION | ZEND_CALL_DYNAMIC;
	void *object_or_called_scope = called_scope;
	if (object && !(fn->common.fn_flags & ZEND_ACC_STATIC)) {
		call_info |= ZEND_CALL_HAS_THIS;
		object_or_called_scope = object;
	}
	if (fn->common.fn_flags & ZEND_ACC_CLOSURE) {
		GC_ADDREF(ZEND_CLOSURE_OBJECT(fn));
		call_info |= ZEND_CALL_CLOSURE;
		if (fn->common.fn_flags & ZEND_ACC_FAKE_CLOSURE) {
			call_info |= ZEND_CALL_FAKE_CLOSURE;
		}
	}
	zend_execute_data *call = zend_vm_stack_push_call_frame(call_info, fn, argc, object_or_called_scope);
	for (uint32_t i = 0; i < argc; i++) {
		zval *arg = &argv[i];
		ZVAL_DEREF(arg);
		ZVAL_COPY(ZEND_CALL_ARG(call, i + 1), arg);
	}
	ZVAL_UNDEF(retval);
	zend_class_entry *orig_fake_scope = EG(fake_scope);
	uint32_t orig_jit_trace_num = EG(jit_trace_num);
	EG(fake_scope) = NULL;
	zend_init_func_execute_data(call, &fn->op_array, retval);
	ZEND_OBSERVER_FCALL_BEGIN(call);
	zend_execute_ex(call);
	EG(jit_trace_num) = orig_jit_trace_num;
	EG(fake_scope) = orig_fake_scope;
	zend_vm_stack_free_call_frame(call);
	if (UNEXPECTED(EG(exception))) {
		if (!EG(current_execute_data)) {
			zend_throw_exception_internal(NULL);
		} else if (EG(current_execute_data)->func && ZEND_USER_CODE(EG(current_execute_data)->func->common.type)) {
			zend_rethrow_exception(EG(current_execute_data));
		}
	}
	return true;
}

/* Calls a resolved callback: the direct path for a plain user function, php-src's otherwise;
 * retval NULL: the return value is released (inline: a callback mostly returns nothing).
 * A callable object (a closure, an invokable) is held for the call on either path: the
 * direct one's frame holds a closure, and the other path holds the object here, so a
 * caller may pass a callback it does not hold itself (wm_conn_emit's closures) and user
 * code may replace it while it runs. */
static zend_always_inline void wm_call_resolved(zval *callable, const zend_fcall_info_cache *fcc, zval *retval,
	uint32_t argc, zval *argv)
{
	zval ignored;
	zval *rv = retval ? retval : &ignored;
	if (!wm_call_user_direct(fcc->function_handler, fcc->object, fcc->called_scope, rv, argc, argv)) {
		zend_object *held = Z_TYPE_P(callable) == IS_OBJECT ? Z_OBJ_P(callable) : NULL;
		if (held) {
			GC_ADDREF(held);
		}
		zend_call_known_function(fcc->function_handler, fcc->object, fcc->called_scope, rv, argc, argv, NULL);
		if (held) {
			OBJ_RELEASE(held);
		}
	}
	if (!retval) {
		i_zval_ptr_dtor(&ignored);
	}
}

zend_result wm_call(zval *callable, zval *retval, uint32_t argc, zval *argv)
{
	zend_fcall_info_cache fcc;

	if (wm_process_exiting || EG(exception)) {
		return FAILURE;
	}
	if (!wm_resolve_callable(callable, &fcc)) {
		zend_string *name = zend_get_callable_name(callable);
		zend_throw_error(NULL, "%s is not a valid callback", ZSTR_VAL(name));
		zend_string_release(name);
		wm_after_exception();
		return FAILURE;
	}
	wm_call_resolved(callable, &fcc, retval, argc, argv);
	if (UNEXPECTED(EG(exception))) {
		wm_after_exception();
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wm_call_function(zend_function *fn, zend_object *object, zend_class_entry *called_scope,
	zval *retval, uint32_t argc, zval *argv, bool swallow)
{
	zval ignored;
	if (wm_process_exiting) {
		return FAILURE;
	}
	if (fn) {
		if (EG(exception)) {
			return FAILURE;
		}
		zend_call_known_function(fn, object, called_scope, retval ? retval : &ignored, argc, argv, NULL);
		if (!retval) {
			zval_ptr_dtor(&ignored);
		}
	} else if (retval) {
		ZVAL_NULL(retval);
	}
	if (UNEXPECTED(EG(exception))) {
		zend_object *ex = EG(exception);
		if (swallow && !zend_is_unwind_exit(ex) && !zend_is_graceful_exit(ex)) {
			wm_counters->exceptions++;
			zend_clear_exception();
			return FAILURE;
		}
		wm_after_exception();
		return FAILURE;
	}
	return SUCCESS;
}

zend_result wm_call_catch(zval *callable, zval *retval, uint32_t argc, zval *argv, zend_object **caught)
{
	*caught = NULL;
	if (wm_process_exiting || EG(exception)) {
		return FAILURE;
	}
	zend_fcall_info_cache fcc;
	if (!wm_resolve_callable(callable, &fcc)) {
		zend_string *name = zend_get_callable_name(callable);
		zend_throw_error(NULL, "%s is not a valid callback", ZSTR_VAL(name));
		zend_string_release(name);
	} else {
		wm_call_resolved(callable, &fcc, retval, argc, argv);
	}
	zend_object *ex = EG(exception);
	if (EXPECTED(!ex)) {
		return SUCCESS;
	}
	if (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
		wm_after_exception();
		return FAILURE;
	}
	wm_counters->exceptions++;
	GC_ADDREF(ex);
	zend_clear_exception();
	*caught = ex;
	return SUCCESS;
}

zend_result wm_call_handled(zval *callable, zval *retval, uint32_t argc, zval *argv, zval *on_error)
{
	zend_object *ex;
	if (wm_call_catch(callable, retval, argc, argv, &ex) == FAILURE) {
		return FAILURE;
	}
	if (EXPECTED(!ex)) {
		return SUCCESS;
	}
	/* Workerman 5's Event::safeCall(): the handler gets the Throwable, the loop goes on. */
	zval exception, handler;
	ZVAL_OBJ(&exception, ex); /* wm_call_catch() handed us a reference */
	zend_result result = SUCCESS;
	if (on_error) {
		ZVAL_COPY(&handler, on_error);
		result = wm_call(&handler, NULL, 1, &exception);
		zval_ptr_dtor(&handler);
	} else {
		zend_string *text = zval_try_get_string(&exception);
		if (text) {
			wm_safe_echo(ZSTR_VAL(text), ZSTR_LEN(text), false);
			zend_string_release(text);
		}
		zend_clear_exception();
	}
	zval_ptr_dtor(&exception);
	return result;
}

zval *wm_static_prop(zend_class_entry *ce, const char *name, size_t len)
{
	zend_string *key = zend_string_init(name, len, 0);
	zval *prop = zend_read_static_property_ex(ce, key, true);
	zend_string_release(key);
	if (prop) {
		ZVAL_DEREF(prop);
	}
	return prop;
}

