/* wm_private.h: what every file of the extension shares: class entries, the per-area
 * MINIT hooks, interned names and the one way we call into PHP (wm_call).
 * The runtime forks, so its state is plain process-wide statics (NTS builds only). */
#ifndef WM_PRIVATE_H
#define WM_PRIVATE_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"
#include "SAPI.h"
#include "ext/standard/php_var.h"

extern zend_class_entry *wm_ce_Worker;
extern zend_class_entry *wm_ce_Timer;
extern zend_class_entry *wm_ce_EventInterface;
extern zend_class_entry *wm_ce_Event;
extern zend_class_entry *wm_ce_ConnectionInterface;
extern zend_class_entry *wm_ce_TcpConnection;
extern zend_class_entry *wm_ce_ProtocolInterface;
extern zend_class_entry *wm_ce_Text;
extern zend_class_entry *wm_ce_Frame;

/* Per-area start-up, called in this order by wm_module.c. */
void wm_log_mshutdown(void);
void wm_loop_minit(void);
void wm_timer_minit(void);
void wm_worker_minit(void);
void wm_master_minit(void);
void wm_conn_minit(int module_number);
void wm_protocol_minit(void);

/* Per-request start: PHP-level defaults that cannot be declared in stubs. */
void wm_conn_rinit(void);

/* Per-request clean-up (tests run several scripts in one binary only under run-tests). */
void wm_master_rshutdown(void);
void wm_worker_rshutdown(void);
void wm_timer_rshutdown(void);
void wm_loop_rshutdown(void);
/* After every object of the request is freed: frees the process's event_base. */
void wm_loop_post_deactivate(void);
void wm_conn_rshutdown(void);

/* Calls a PHP callable from the event loop. Returns SUCCESS when it returned normally.
 * On an uncaught exception it logs it and runs stopAll(250, $e) like Workerman; on
 * exit()/stopAll() it stops the loop so the exit unwinds to runAll(). Either way it
 * returns FAILURE and the caller must assume any object it holds may be closed now.
 * retval may be NULL. Protected methods named by [$object, 'method'] are callable,
 * since Workerman calls them from inside Worker's scope (GatewayWorker relies on it). */
zend_result wm_call(zval *callable, zval *retval, uint32_t argc, zval *argv);

/* wm_call() for an already resolved function (protocol statics on the hot path: no callable
 * parsing per call). swallow: an ordinary exception is cleared instead of stopAll(250)
 * (Workerman 4 ignores exceptions thrown by Protocol::input()); exit() still unwinds.
 * FAILURE with wm_exiting() false means a swallowed exception. fn NULL: only handle the
 * exception the caller just threw (e.g. "undefined method") the same way. */
zend_result wm_call_function(zend_function *fn, zend_object *object, zend_class_entry *called_scope,
	zval *retval, uint32_t argc, zval *argv, bool swallow);

/* wm_call(), except that a Throwable (not exit()) is passed to on_error($e) instead of
 * stopAll(250) (Events\Event::setErrorHandler() of Workerman 5), or, when on_error is
 * NULL, echoed with safeEcho (master timers, a loop run outside Workerman). The loop goes
 * on: returns SUCCESS if the callable or the handler returned. */
zend_result wm_call_handled(zval *callable, zval *retval, uint32_t argc, zval *argv, zval *on_error);

/* wm_call() that hands an ordinary Throwable to the caller in *caught (a reference the caller
 * releases) instead of stopAll(250); exit() still unwinds (FAILURE). */
zend_result wm_call_catch(zval *callable, zval *retval, uint32_t argc, zval *argv, zend_object **caught);

/* Whether wm_call() could call callable (the same resolution, protected methods included);
 * when not, *error is PHP's reason (emalloc'ed, the caller efree()s it) or NULL. */
bool wm_callable_valid(zval *callable, char **error);

/* True once the process is on its way out (exit, stopAll) and no more PHP should run. Part
 * of the process state (wm_process.c), kept apart from wm_process.h's struct so that this
 * check, made on every read, is one load wherever it is inlined. */
extern bool wm_process_exiting;
static zend_always_inline bool wm_exiting(void)
{
	return wm_process_exiting;
}

/* Ends this process the way PHP's exit($status) does: stops the loop and throws the
 * engine's unwind-exit, so runAll() returns and shutdown functions run. */
void wm_begin_exit(int status);

/* The exception path of Workerman: Worker::stopAll(250, $e). Consumes nothing. */
void wm_call_failed(void);

/* Reads a static property of a class, or NULL. */
zval *wm_static_prop(zend_class_entry *ce, const char *name, size_t len);
#define WM_STATIC_PROP(ce, lit) wm_static_prop((ce), (lit), sizeof(lit) - 1)

#endif
