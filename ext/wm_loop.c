/* wm_loop.c: one libevent event_base per process, made after fork, and the native
 * Workerman\Events\Event class over it (4.x add/del/loop and 5.x delay/onReadable/...).
 * Timers themselves live in wm_timer.c; sockets of connections never pass through here. */
#include "wm_private.h"
#include "wm_loop.h"
#include "wm_timer.h"
#include "event_arginfo.h"

#include <signal.h>

zend_class_entry *wm_ce_EventInterface;
zend_class_entry *wm_ce_Event;

static struct event_base *wm_base;
static bool wm_loop_stopping;
static zend_object *wm_event_object;

typedef struct wm_event_obj {
	zend_object std;
} wm_event_obj;

struct event_base *wm_loop_base(void)
{
	if (!wm_base) {
		struct event_config *config = event_config_new();
		/* Timers and I/O are served in one thread; no locking wanted. */
		event_config_set_flag(config, EVENT_BASE_FLAG_NOLOCK);
		wm_base = event_base_new_with_config(config);
		event_config_free(config);
		if (!wm_base) {
			zend_error_noreturn(E_CORE_ERROR, "workerman: cannot create the libevent event base");
		}
	}
	return wm_base;
}

void wm_loop_run(void)
{
	wm_loop_stopping = false;
	while (!wm_loop_stopping) {
		int rc = event_base_loop(wm_loop_base(), EVLOOP_ONCE);
		if (rc != 0 || EG(exception)) {
			break;
		}
		if (rc == 0 && !event_base_get_num_events(wm_base, EVENT_BASE_COUNT_ADDED)) {
			break;
		}
	}
}

void wm_loop_stop(void)
{
	wm_loop_stopping = true;
	if (wm_base) {
		event_base_loopbreak(wm_base);
	}
}

void wm_loop_forget_after_fork(void)
{
	/* The parent's epoll instance is shared after fork: deleting its events here would
	 * unregister the parent's sockets, so the base is dropped, not freed. */
	wm_base = NULL;
	if (wm_event_object) {
		zend_object_release(wm_event_object);
		wm_event_object = NULL;
	}
	static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2,
		SIGIOT, SIGIO, SIGCHLD, SIGALRM};
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
		signal(signals[i], SIG_DFL);
	}
}

zend_object *wm_loop_event_object(void)
{
	if (!wm_event_object) {
		wm_event_object = zend_objects_new(wm_ce_Event);
		object_properties_init(wm_event_object, wm_ce_Event);
	}
	return wm_event_object;
}

#define WM_EVENT_TODO() zend_throw_error(NULL, "%s() is not implemented yet", get_active_function_name()); RETURN_THROWS()

ZEND_METHOD(Workerman_Events_Event, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }
ZEND_METHOD(Workerman_Events_Event, add) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, del) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, clearAllTimer) { ZEND_PARSE_PARAMETERS_NONE(); wm_timer_del_all(); }
ZEND_METHOD(Workerman_Events_Event, loop) { ZEND_PARSE_PARAMETERS_NONE(); wm_loop_run(); }
ZEND_METHOD(Workerman_Events_Event, destroy) { ZEND_PARSE_PARAMETERS_NONE(); wm_loop_stop(); }
ZEND_METHOD(Workerman_Events_Event, getTimerCount) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_LONG(wm_timer_count()); }
ZEND_METHOD(Workerman_Events_Event, delay) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, repeat) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, offDelay) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, offRepeat) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, onReadable) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, offReadable) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, onWritable) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, offWritable) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, onSignal) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, offSignal) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, deleteAllTimer) { ZEND_PARSE_PARAMETERS_NONE(); wm_timer_del_all(); }
ZEND_METHOD(Workerman_Events_Event, run) { ZEND_PARSE_PARAMETERS_NONE(); wm_loop_run(); }
ZEND_METHOD(Workerman_Events_Event, stop) { ZEND_PARSE_PARAMETERS_NONE(); wm_loop_stop(); }
ZEND_METHOD(Workerman_Events_Event, setErrorHandler) { WM_EVENT_TODO(); }
ZEND_METHOD(Workerman_Events_Event, getErrorHandler) { WM_EVENT_TODO(); }

void wm_loop_minit(void)
{
	wm_ce_EventInterface = register_class_Workerman_Events_EventInterface();
	wm_ce_Event = register_class_Workerman_Events_Event(wm_ce_EventInterface);
	zend_register_class_alias("Workerman\\Events\\Select", wm_ce_Event);
}

void wm_loop_rshutdown(void)
{
	if (wm_event_object) {
		zend_object_release(wm_event_object);
		wm_event_object = NULL;
	}
}
