/* wm_timer.c: Workerman\Timer. Each timer is a libevent timer event on the process base;
 * ids count from 1 per process. Master timers (before runAll) use the master's base and
 * are forgotten in a forked child. */
#include "wm_private.h"
#include "wm_timer.h"
#include "wm_loop.h"
#include "timer_arginfo.h"

zend_class_entry *wm_ce_Timer;

typedef struct wm_timer {
	zend_long id;
	bool persistent;
	struct event *event;
	zval callable;
	zval args;
} wm_timer;

static HashTable wm_timers;
static bool wm_timers_ready;
static zend_long wm_timer_next_id = 1;

static void wm_timer_free(wm_timer *timer, bool touch_event)
{
	if (timer->event) {
		if (touch_event) {
			event_free(timer->event);
		}
		timer->event = NULL;
	}
	zval_ptr_dtor(&timer->callable);
	zval_ptr_dtor(&timer->args);
	efree(timer);
}

static void wm_timer_table_dtor(zval *zv)
{
	wm_timer_free(Z_PTR_P(zv), true);
}

static HashTable *wm_timer_table(void)
{
	if (!wm_timers_ready) {
		zend_hash_init(&wm_timers, 8, NULL, wm_timer_table_dtor, 0);
		wm_timers_ready = true;
	}
	return &wm_timers;
}

static void wm_timer_fire(evutil_socket_t fd, short what, void *arg)
{
	zend_long id = (zend_long)(intptr_t)arg;
	wm_timer *timer = zend_hash_index_find_ptr(wm_timer_table(), id);
	if (!timer) {
		return;
	}
	zval callable, args;
	ZVAL_COPY(&callable, &timer->callable);
	ZVAL_COPY(&args, &timer->args);
	if (!timer->persistent) {
		zend_hash_index_del(wm_timer_table(), id);
	}
	uint32_t argc = Z_TYPE(args) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL(args)) : 0;
	zval *argv = argc ? safe_emalloc(argc, sizeof(zval), 0) : NULL;
	if (argc) {
		uint32_t i = 0;
		zval *arg_value;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args), arg_value) {
			ZVAL_COPY_VALUE(&argv[i++], arg_value);
		} ZEND_HASH_FOREACH_END();
	}
	wm_call(&callable, NULL, argc, argv);
	if (argv) {
		efree(argv);
	}
	zval_ptr_dtor(&callable);
	zval_ptr_dtor(&args);
}

zend_long wm_timer_add(double interval, zval *callable, zval *args, bool persistent)
{
	wm_timer *timer = emalloc(sizeof(wm_timer));
	timer->id = wm_timer_next_id++;
	if (wm_timer_next_id <= 0) {
		wm_timer_next_id = 1;
	}
	timer->persistent = persistent;
	ZVAL_COPY(&timer->callable, callable);
	if (args && Z_TYPE_P(args) == IS_ARRAY) {
		ZVAL_COPY(&timer->args, args);
	} else {
		ZVAL_EMPTY_ARRAY(&timer->args);
	}
	timer->event = event_new(wm_loop_base(), -1, persistent ? EV_PERSIST : 0, wm_timer_fire,
		(void *)(intptr_t)timer->id);
	struct timeval tv;
	if (interval < 0) {
		interval = 0;
	}
	tv.tv_sec = (time_t)interval;
	tv.tv_usec = (suseconds_t)((interval - (double)tv.tv_sec) * 1000000.0);
	event_add(timer->event, &tv);
	zend_hash_index_update_ptr(wm_timer_table(), timer->id, timer);
	return timer->id;
}

bool wm_timer_del(zend_long id)
{
	return zend_hash_index_del(wm_timer_table(), id) == SUCCESS;
}

void wm_timer_del_all(void)
{
	zend_hash_clean(wm_timer_table());
}

zend_long wm_timer_count(void)
{
	return zend_hash_num_elements(wm_timer_table());
}

void wm_timer_forget_after_fork(void)
{
	/* Their events belong to the parent's base: free the memory, never the events. */
	wm_timer *timer;
	ZEND_HASH_FOREACH_PTR(wm_timer_table(), timer) {
		timer->event = NULL;
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(wm_timer_table());
}

ZEND_METHOD(Workerman_Timer, init)
{
	zval *event = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(event)
	ZEND_PARSE_PARAMETERS_END();
}

ZEND_METHOD(Workerman_Timer, add)
{
	double interval;
	zval *callable, *args = NULL;
	bool persistent = true;
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_ZVAL(callable)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_OR_NULL(args)
		Z_PARAM_BOOL(persistent)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_LONG(wm_timer_add(interval, callable, args, persistent));
}

ZEND_METHOD(Workerman_Timer, repeat)
{
	double interval;
	zval *callable, *args = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_ZVAL(callable)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_LONG(wm_timer_add(interval, callable, args, true));
}

ZEND_METHOD(Workerman_Timer, delay)
{
	double interval;
	zval *callable, *args = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_ZVAL(callable)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_LONG(wm_timer_add(interval, callable, args, false));
}

ZEND_METHOD(Workerman_Timer, del)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	wm_timer_del(id);
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Timer, delAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_del_all();
}

ZEND_METHOD(Workerman_Timer, getTimerCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wm_timer_count());
}

ZEND_METHOD(Workerman_Timer, sleep)
{
	double delay;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_DOUBLE(delay)
	ZEND_PARSE_PARAMETERS_END();
	if (delay > 0) {
		usleep((useconds_t)(delay * 1000000.0));
	}
}

void wm_timer_minit(void)
{
	wm_ce_Timer = register_class_Workerman_Timer();
	register_class_Workerman_Lib_Timer(wm_ce_Timer);
}

void wm_timer_rshutdown(void)
{
	if (wm_timers_ready) {
		zend_hash_destroy(&wm_timers);
		wm_timers_ready = false;
	}
}
