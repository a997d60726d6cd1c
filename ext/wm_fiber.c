/* wm_fiber.c: Fiber mode, Workerman 5's Events\Fiber on the native loop (no Revolt). Owns the
 * pool of PHP Fibers the runtime's callbacks run in, the Events\Fiber class, and Timer::sleep()
 * inside a fiber. A pooled fiber runs one C runner for its whole life: it takes a task, runs it,
 * and when nobody else saw the fiber it parks itself in the pool for the next task, so a
 * callback that never suspends costs two fiber switches, not a new fiber (a C stack mmap).
 * A fiber somebody kept a reference to, or put in a WeakMap (workerman/coroutine's Context and
 * Coroutine::defer do), ends with its task as Workerman's one-fiber-per-callback would. */
#include "wm_fiber.h"
#include "wm_loop.h"
#include "wm_timerq.h"
#include "wm_api.h"
#include "zend_fibers.h"
#include "zend_closures.h"
#include "zend_weakrefs.h"

bool wm_fiber_mode;

/* Idle fibers kept for reuse. A burst of suspended requests needs one fiber each; once it is
 * over, the pool shrinks back to this many (each holds its touched stack pages and a 16 KiB VM
 * stack), a batch per tick of a trim timer: unmapping a fiber's stack is a syscall that costs
 * hundreds of microseconds on some VMs, and must not delay the burst's own replies. */
#define WM_FIBER_IDLE_MAX 256
#define WM_FIBER_TRIM_BATCH 64
#define WM_FIBER_TRIM_USEC 100000

typedef struct wm_fiber_slot {
	zend_object *fiber;          /* the \Fiber: one reference, ours */
	struct wm_fiber_slot *next;  /* in the idle or the dead list */
	wm_fiber_task task;
	uint32_t baseline;           /* the fiber's refcount while only we hold it */
	bool busy;                   /* a task is running or suspended in it */
	bool dead;                   /* the runner returned: the fiber has terminated */
} wm_fiber_slot;

static zend_class_entry *wm_ce_Fiber;
static HashTable wm_fiber_functions;     /* the runner, outside every PHP-visible table */
static zend_function *wm_fiber_runner_fn;
static zend_function *wm_fiber_start_fn, *wm_fiber_resume_fn, *wm_fiber_suspend_fn;

/* Per process (reset after fork by wm_fiber_enable). */
static zval wm_fiber_runner_closure;
static HashTable wm_fiber_slots;         /* object handle -> slot, every live slot */
static bool wm_fiber_slots_ready;
static wm_fiber_slot *wm_fiber_idle;
static uint32_t wm_fiber_idle_count;
static wm_timerq_entry wm_fiber_trim_timer; /* on the runtime's timer queue */
static bool wm_fiber_quitting;           /* the fiber resumed now is to end, not to take a task */
static wm_fiber_slot *wm_fiber_dead;
static wm_fiber_slot *wm_fiber_boarding; /* the slot a fiber being started belongs to */

/* ---- the runner (inside the fiber) --------------------------------------------------------- */

static bool wm_fiber_reusable(const wm_fiber_slot *slot)
{
	const zend_object *fiber = slot->fiber;
	return GC_REFCOUNT(fiber) == slot->baseline && !(GC_FLAGS(fiber) & IS_OBJ_WEAKLY_REFERENCED);
}

static void wm_fiber_trim(wm_timerq_entry *entry, uint64_t now);

static void wm_fiber_trim_later(void)
{
	if (!wm_timerq_queued(&wm_fiber_trim_timer)) {
		wm_timerq_entry_init(&wm_fiber_trim_timer, wm_fiber_trim);
		wm_timerq_arm(&wm_fiber_trim_timer, wm_timerq_now() + (uint64_t)WM_FIBER_TRIM_USEC * 1000);
	}
}

static void wm_fiber_suspend_self(void)
{
	zval ignored;
	zend_call_known_function(wm_fiber_suspend_fn, NULL, zend_ce_fiber, &ignored, 0, NULL, NULL);
	zval_ptr_dtor(&ignored);
}

static ZEND_NAMED_FUNCTION(wm_fiber_runner)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_fiber_slot *slot = wm_fiber_boarding;
	wm_fiber_boarding = NULL;
	slot->baseline = GC_REFCOUNT(slot->fiber);
	for (;;) {
		slot->task.run(&slot->task);
		slot->busy = false;
		if (EG(exception) || wm_exiting() || !wm_fiber_reusable(slot)) {
			break; /* an exit unwinds through the resumer; a seen fiber ends like Workerman's */
		}
		slot->next = wm_fiber_idle;
		wm_fiber_idle = slot;
		if (++wm_fiber_idle_count > WM_FIBER_IDLE_MAX) {
			wm_fiber_trim_later();
		}
		wm_fiber_suspend_self();
		if (EG(exception) || wm_fiber_quitting) {
			break; /* destroyed while idle (shutdown: a graceful exit), or trimmed */
		}
	}
	slot->dead = true;
	slot->next = wm_fiber_dead;
	wm_fiber_dead = slot;
}

ZEND_BEGIN_ARG_INFO_EX(arginfo_wm_fiber_runner, 0, 0, 0)
ZEND_END_ARG_INFO()

static const zend_function_entry wm_fiber_runner_entry[] = {
	ZEND_RAW_FENTRY("workerman fiber runner", wm_fiber_runner, arginfo_wm_fiber_runner, 0)
	ZEND_FE_END
};

/* ---- the pool (outside the fiber) ------------------------------------------------------------ */

static void wm_fiber_forget(wm_fiber_slot *slot)
{
	zend_hash_index_del(&wm_fiber_slots, slot->fiber->handle);
	zend_object *fiber = slot->fiber;
	efree(slot);
	OBJ_RELEASE(fiber);
}

/* Terminated fibers are released from outside them, once their runner has returned. */
static void wm_fiber_bury_dead(void)
{
	while (wm_fiber_dead) {
		wm_fiber_slot *slot = wm_fiber_dead;
		wm_fiber_dead = slot->next;
		wm_fiber_forget(slot);
	}
}

static wm_fiber_slot *wm_fiber_slot_new(void)
{
	zval fiber;
	if (Z_TYPE(wm_fiber_runner_closure) == IS_UNDEF) {
		zend_create_fake_closure(&wm_fiber_runner_closure, wm_fiber_runner_fn, NULL, NULL, NULL);
	}
	object_init_ex(&fiber, zend_ce_fiber);
	zend_call_known_instance_method_with_1_params(zend_ce_fiber->constructor, Z_OBJ(fiber), NULL,
		&wm_fiber_runner_closure);
	if (EG(exception)) {
		zval_ptr_dtor(&fiber);
		return NULL;
	}
	wm_fiber_slot *slot = ecalloc(1, sizeof(wm_fiber_slot));
	slot->fiber = Z_OBJ(fiber);
	zend_hash_index_add_new_ptr(&wm_fiber_slots, slot->fiber->handle, slot);
	return slot;
}

void wm_fiber_start(const wm_fiber_task *task)
{
	if (wm_exiting() || EG(exception)) {
		return;
	}
	wm_fiber_slot *slot = wm_fiber_idle;
	zend_function *entry = wm_fiber_resume_fn;
	if (slot) {
		wm_fiber_idle = slot->next;
		wm_fiber_idle_count--;
	} else {
		slot = wm_fiber_slot_new();
		if (!slot) {
			wm_call_function(NULL, NULL, NULL, NULL, 0, NULL, false);
			return;
		}
		entry = wm_fiber_start_fn;
		wm_fiber_boarding = slot;
	}
	slot->task = *task;
	slot->task.parked = false;
	slot->busy = true;
	/* Not through the fiber's own reference count: the runner compares it with its baseline. */
	wm_call_function(entry, slot->fiber, zend_ce_fiber, NULL, 0, NULL, false);
	if (slot->busy && !slot->dead) {
		slot->task.parked = true;
		if (slot->task.on_park) {
			slot->task.on_park(&slot->task);
		}
	}
	wm_fiber_bury_dead();
}

/* Ends a batch of idle fibers above the pool's size: each is resumed to return from its runner
 * (a normal end, unlike destroying a suspended fiber), then buried. */
static void wm_fiber_trim(wm_timerq_entry *entry, uint64_t now)
{
	for (int i = 0; i < WM_FIBER_TRIM_BATCH && wm_fiber_idle_count > WM_FIBER_IDLE_MAX && !wm_exiting(); i++) {
		wm_fiber_slot *slot = wm_fiber_idle;
		wm_fiber_idle = slot->next;
		wm_fiber_idle_count--;
		wm_fiber_quitting = true;
		wm_call_function(wm_fiber_resume_fn, slot->fiber, zend_ce_fiber, NULL, 0, NULL, false);
		wm_fiber_quitting = false;
	}
	wm_fiber_bury_dead();
	if (wm_fiber_idle_count > WM_FIBER_IDLE_MAX) {
		wm_fiber_trim_later();
	}
}

static void wm_fiber_divert_task(wm_fiber_task *task)
{
	task->event_cb(task->fd, task->what, task->arg);
}

void wm_fiber_divert_slow(event_callback_fn cb, evutil_socket_t fd, short what, void *arg)
{
	wm_fiber_task task = {0};
	task.run = wm_fiber_divert_task;
	task.event_cb = cb;
	task.fd = fd;
	task.what = what;
	task.arg = arg;
	wm_fiber_start(&task);
}

/* ---- Timer::sleep() ---------------------------------------------------------------------------- */

typedef struct wm_fiber_sleeper {
	wm_timerq_entry entry; /* first: the queue hands back this pointer */
	zend_object *fiber;
	bool held; /* a fiber of the pool is kept by its slot: a reference here would make it look seen */
} wm_fiber_sleeper;

static void wm_fiber_wake(wm_timerq_entry *entry, uint64_t now)
{
	(void)now;
	wm_fiber_sleeper sleeper = *(wm_fiber_sleeper *)entry;
	efree(entry);
	zend_fiber *fiber = (zend_fiber *)sleeper.fiber;
	if (fiber->context.status == ZEND_FIBER_STATUS_SUSPENDED && !wm_exiting()) {
		wm_call_function(wm_fiber_resume_fn, sleeper.fiber, zend_ce_fiber, NULL, 0, NULL, false);
	}
	if (sleeper.held) {
		OBJ_RELEASE(sleeper.fiber);
	}
	wm_fiber_bury_dead();
}

void wm_fiber_sleep(double delay)
{
	zend_object *fiber = &EG(active_fiber)->std;
	wm_fiber_sleeper *sleeper = emalloc(sizeof(wm_fiber_sleeper));
	wm_timerq_entry_init(&sleeper->entry, wm_fiber_wake);
	sleeper->fiber = fiber;
	sleeper->held = !wm_fiber_slots_ready || !zend_hash_index_exists(&wm_fiber_slots, fiber->handle);
	if (sleeper->held) {
		GC_ADDREF(fiber);
	}
	wm_timerq_arm(&sleeper->entry, wm_timerq_now() + wm_timerq_ns(delay));
	wm_fiber_suspend_self();
}

/* ---- the process's mode ------------------------------------------------------------------------ */

void wm_fiber_enable(void)
{
	wm_fiber_mode = true;
	wm_loop_set_divert(wm_fiber_divert_slow); /* the loop's own watchers and signal handlers */
	if (!wm_fiber_slots_ready) {
		zend_hash_init(&wm_fiber_slots, 16, NULL, NULL, 0);
		wm_fiber_slots_ready = true;
	}
}

zend_class_entry *wm_fiber_class(void)
{
	return wm_ce_Fiber;
}

/* ---- start-up and shut-down --------------------------------------------------------------------- */

static zend_function *wm_fiber_method(const char *name)
{
	return zend_hash_str_find_ptr(&zend_ce_fiber->function_table, name, strlen(name));
}

void wm_fiber_minit(void)
{
	if (wm_api_reg->Fiber) {
		wm_ce_Fiber = wm_api_reg->Fiber(wm_ce_Event); /* 5.x only */
	}
	zend_hash_init(&wm_fiber_functions, 1, NULL, ZEND_FUNCTION_DTOR, 1);
	zend_register_functions(NULL, wm_fiber_runner_entry, &wm_fiber_functions, MODULE_PERSISTENT);
	wm_fiber_runner_fn = zend_hash_str_find_ptr(&wm_fiber_functions, "workerman fiber runner",
		sizeof("workerman fiber runner") - 1);
	wm_fiber_start_fn = wm_fiber_method("start");
	wm_fiber_resume_fn = wm_fiber_method("resume");
	wm_fiber_suspend_fn = wm_fiber_method("suspend");
	ZVAL_UNDEF(&wm_fiber_runner_closure);
}

void wm_fiber_mshutdown(void)
{
	zend_hash_destroy(&wm_fiber_functions); /* frees the runner as PHP frees its functions */
}

void wm_fiber_rshutdown(void)
{
	/* PHP has already unwound every suspended fiber (destructors run before RSHUTDOWN). */
	if (wm_fiber_slots_ready) {
		wm_fiber_slot *slot;
		ZEND_HASH_FOREACH_PTR(&wm_fiber_slots, slot) {
			OBJ_RELEASE(slot->fiber);
			efree(slot);
		} ZEND_HASH_FOREACH_END();
		zend_hash_destroy(&wm_fiber_slots);
		wm_fiber_slots_ready = false;
	}
	wm_fiber_idle = wm_fiber_dead = wm_fiber_boarding = NULL;
	wm_fiber_idle_count = 0;
	wm_timerq_cancel(&wm_fiber_trim_timer);
	zval_ptr_dtor(&wm_fiber_runner_closure);
	ZVAL_UNDEF(&wm_fiber_runner_closure);
	wm_fiber_mode = false;
	wm_loop_set_divert(NULL);
}
