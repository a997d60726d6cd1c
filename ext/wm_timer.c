/* wm_timer.c: Workerman\Timer and the timers of Events\Event. Each timer is an entry of the
 * process's timer queue (wm_timerq.c), kept in one table by id (from 1, per process). Master
 * timers (before runAll) are the master's and are forgotten in a forked child.
 * Callbacks run through wm_loop_call(); nothing here touches sockets. */
#include "wm_private.h"
#include "wm_timer.h"
#include "wm_loop.h"
#include "wm_timerq.h"
#include "wm_fiber.h"
#include "wm_log.h"
#include "wm_api.h"

zend_class_entry *wm_ce_Timer;

typedef struct wm_timer {
	wm_timerq_entry entry; /* first: wm_timer_expired() casts it back */
	zend_long id;
	uint64_t interval;  /* nanoseconds */
	bool persistent;
	zend_object *owner; /* the Events\Event whose error handler applies, or NULL */
	zval callable;
	zval args;          /* always an array */
} wm_timer;

static HashTable wm_timers;
static bool wm_timers_ready;
static zend_long wm_timer_next_id = 1;
/* A worker's timers run on its loop (4.2.1: Timer::init($globalEvent)); elsewhere (the
 * master, before runAll()) Timer::tick() may fire them by hand. */
static bool wm_timer_on_loop;

static void wm_timer_free(wm_timer *timer)
{
	wm_timerq_cancel(&timer->entry);
	/* Destructors may run below and add or delete timers: the entry is already unlinked. */
	zval_ptr_dtor(&timer->callable);
	zval_ptr_dtor(&timer->args);
	if (timer->owner) {
		OBJ_RELEASE(timer->owner);
	}
	efree(timer);
}

static void wm_timer_table_dtor(zval *zv)
{
	wm_timer_free(Z_PTR_P(zv));
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
	if (wm_fiber_divert(wm_timer_fire, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	wm_timer *timer = arg;
	zval callable, args;
	zval argv_small[8];
	/* The callback may delete this timer (or all timers): keep what the call needs. */
	ZVAL_COPY(&callable, &timer->callable);
	ZVAL_COPY(&args, &timer->args);
	zend_object *owner = timer->owner;
	if (owner) {
		GC_ADDREF(owner);
	}
	if (!timer->persistent) {
		zend_hash_index_del(wm_timer_table(), timer->id);
	}
	timer = NULL;
	uint32_t argc = zend_hash_num_elements(Z_ARRVAL(args));
	zval *argv = argc <= 8 ? argv_small : safe_emalloc(argc, sizeof(zval), 0);
	if (argc) {
		uint32_t i = 0;
		zval *value;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args), value) {
			ZVAL_COPY_VALUE(&argv[i++], value);
		} ZEND_HASH_FOREACH_END();
	}
	wm_loop_call(owner, &callable, argc, argv);
	if (argv != argv_small) {
		efree(argv);
	}
	zval_ptr_dtor(&callable);
	zval_ptr_dtor(&args);
	if (owner) {
		OBJ_RELEASE(owner);
	}
}

/* A repeating timer keeps its cadence, as a persistent libevent timer does: the next run is
 * one interval after the one due now, re-armed before the callback (which may delete it);
 * after a stall longer than the interval, one interval from now. */
static void wm_timer_expired(wm_timerq_entry *entry, uint64_t now)
{
	wm_timer *timer = (wm_timer *)entry;
	if (timer->persistent) {
		uint64_t next = entry->deadline + timer->interval;
		wm_timerq_arm(entry, next > now ? next : now + timer->interval);
	}
	wm_timer_fire(-1, EV_TIMEOUT, timer);
}

zend_long wm_timer_add_owned(double interval, zval *callable, zval *args, bool persistent,
	zend_object *owner)
{
	wm_timer *timer = emalloc(sizeof(wm_timer));
	wm_timerq_entry_init(&timer->entry, wm_timer_expired);
	timer->id = wm_timer_next_id++;
	if (wm_timer_next_id <= 0) {
		wm_timer_next_id = 1;
	}
	timer->interval = wm_timerq_ns(interval);
	timer->persistent = persistent;
	timer->owner = owner;
	if (owner) {
		GC_ADDREF(owner);
	}
	ZVAL_COPY(&timer->callable, callable);
	if (args) {
		ZVAL_DEREF(args);
	}
	if (!args || Z_TYPE_P(args) == IS_NULL
			|| (Z_TYPE_P(args) == IS_ARRAY && !zend_hash_num_elements(Z_ARRVAL_P(args)))) {
		ZVAL_EMPTY_ARRAY(&timer->args);
	} else {
		/* Workerman 4 passes (array)$args. */
		ZVAL_COPY(&timer->args, args);
		convert_to_array(&timer->args);
	}
	/* The clock now, not the loop turn's start: after a long callback that would be early. */
	wm_timerq_arm(&timer->entry, wm_timerq_now() + timer->interval);
	zend_hash_index_update_ptr(wm_timer_table(), timer->id, timer);
	return timer->id;
}

zend_long wm_timer_add(double interval, zval *callable, zval *args, bool persistent)
{
	return wm_timer_add_owned(interval, callable, args, persistent, NULL);
}

bool wm_timer_del(zend_long id)
{
	return zend_hash_index_del(wm_timer_table(), id) == SUCCESS;
}

void wm_timer_del_all(void)
{
	if (!wm_timers_ready) {
		return;
	}
	/* Destructors of the callables may add timers: they go into a fresh table. */
	HashTable old = wm_timers;
	wm_timers_ready = false;
	zend_hash_destroy(&old);
}

zend_long wm_timer_count(void)
{
	return wm_timers_ready ? zend_hash_num_elements(&wm_timers) : 0;
}

void wm_timer_use_loop(void)
{
	wm_timer_on_loop = true;
}

/* Timer::tick() of 4.2.1: the timers due now fire, in id order; repeating ones are re-armed
 * a full interval from now (4.2.1: time() + interval), before their callback runs so that a
 * callback deleting its own timer wins. */
static void wm_timer_tick(void)
{
	if (wm_timer_on_loop || !wm_timers_ready || !zend_hash_num_elements(&wm_timers)) {
		return;
	}
	uint64_t now = wm_timerq_now();
	zend_long *due = safe_emalloc(zend_hash_num_elements(&wm_timers), sizeof(zend_long), 0);
	uint32_t count = 0;
	wm_timer *timer;
	ZEND_HASH_FOREACH_PTR(&wm_timers, timer) {
		if (wm_timerq_queued(&timer->entry) && timer->entry.deadline <= now) {
			due[count++] = timer->id;
		}
	} ZEND_HASH_FOREACH_END();
	for (uint32_t i = 0; i < count && !EG(exception) && !wm_exiting(); i++) {
		timer = zend_hash_index_find_ptr(&wm_timers, due[i]);
		if (!timer || !wm_timerq_queued(&timer->entry)) {
			continue; /* deleted by an earlier callback */
		}
		if (timer->persistent) {
			wm_timerq_arm(&timer->entry, now + timer->interval);
		} else {
			wm_timerq_cancel(&timer->entry);
		}
		wm_timer_fire(-1, EV_TIMEOUT, timer);
	}
	efree(due);
}

void wm_timer_forget_after_fork(void)
{
	wm_timer_next_id = 1;
	wm_timer_del_all(); /* their queue entries were forgotten with the loop's (wm_loop.c) */
}

ZEND_METHOD(Workerman_Timer, init)
{
	zval *event = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(event)
	ZEND_PARSE_PARAMETERS_END();
	if (event && zend_is_true(event)) {
		wm_timer_use_loop();
	}
}

/* Workerman's SIGALRM handler: outside a worker's loop it ticks. There is no SIGALRM here
 * (master timers are loop timers too), so the alarm 4.2.1 re-arms is not. */
ZEND_METHOD(Workerman_Timer, signalHandle)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_tick();
}

ZEND_METHOD(Workerman_Timer, tick)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_tick();
}

/* Workerman 4 echoes the exception it made, trace and all, and returns false. */
static void wm_timer_bad_interval(void)
{
	zval exception;
	object_init_ex(&exception, zend_ce_exception);
	zend_update_property_string(zend_ce_exception, Z_OBJ(exception), "message", sizeof("message") - 1,
		"bad time_interval");
	zend_string *text = zval_try_get_string(&exception);
	if (text) {
		wm_safe_echo(ZSTR_VAL(text), ZSTR_LEN(text), false);
		zend_string_release(text);
	}
	zval_ptr_dtor(&exception);
}

ZEND_METHOD(Workerman_Timer, add)
{
	double interval;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval *args = NULL, *persistent = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(args)
		Z_PARAM_ZVAL(persistent)
	ZEND_PARSE_PARAMETERS_END();
	if (!(interval > 0)) {
		wm_timer_bad_interval();
		RETURN_FALSE;
	}
	RETURN_LONG(wm_timer_add(interval, &fci.function_name, args, !persistent || zend_is_true(persistent)));
}

void wm_timer_add_from_args(INTERNAL_FUNCTION_PARAMETERS, bool persistent, zend_object *owner)
{
	double interval;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval *args = NULL;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_DOUBLE(interval)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(args)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_LONG(wm_timer_add_owned(interval, &fci.function_name, args, persistent, owner));
}

ZEND_METHOD(Workerman_Timer, repeat)
{
	wm_timer_add_from_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, NULL);
}

ZEND_METHOD(Workerman_Timer, delay)
{
	wm_timer_add_from_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, NULL);
}

ZEND_METHOD(Workerman_Timer, del)
{
	zval *id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(id)
	ZEND_PARSE_PARAMETERS_END();
	/* Workerman 4 answers true whether or not the timer still existed; 5.x whether it did. */
	bool existed = false;
	if (Z_TYPE_P(id) == IS_LONG) {
		existed = wm_timer_del(Z_LVAL_P(id));
	} else if (Z_TYPE_P(id) != IS_NULL && Z_TYPE_P(id) != IS_FALSE) {
		existed = wm_timer_del(zval_get_long(id));
	}
	RETURN_BOOL(wm_api_major != 5 || existed);
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

/* Workerman 5: in Fiber mode inside a fiber, suspends it; elsewhere (the Event/Select loops,
 * outside a fiber) a plain blocking sleep of the whole process. */
ZEND_METHOD(Workerman_Timer, sleep)
{
	double delay;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_DOUBLE(delay)
	ZEND_PARSE_PARAMETERS_END();
	if (wm_fiber_mode && EG(active_fiber)) {
		wm_fiber_sleep(delay); /* 5.x in Fiber mode: only this fiber waits */
		return;
	}
	if (delay > 0) {
		usleep((useconds_t)(delay * 1000000.0));
	}
}

void wm_timer_minit(void)
{
	wm_ce_Timer = wm_api_reg->Timer();
	wm_api_reg->LibTimer(wm_ce_Timer);
}

void wm_timer_rshutdown(void)
{
	wm_timer_on_loop = false;
	wm_timer_del_all();
	wm_timer_next_id = 1;
}
