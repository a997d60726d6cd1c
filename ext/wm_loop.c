/* wm_loop.c: the process's loop: the runtime's epoll wait (wm_reactor.c) with one libevent
 * event_base per process (made after fork) nested in it; the stream and signal watchers
 * users set on that base; and the native Workerman\Events\Event class (4.x add/del/loop
 * and 5.x delay/onReadable/...). Timers live in wm_timer.c; connection sockets are
 * watched by wm_conn.c on the reactor directly and never pass through here. */
#include "wm_private.h"
#include "wm_loop.h"
#include "wm_timer.h"
#include "wm_timerq.h"
#include "wm_reactor.h"
#include "wm_process.h"
#include "wm_api.h"
#include "php_network.h"
/* Only the Socket object layout is used (no symbol of ext/sockets), so the header is read
 * whether or not sockets was part of the PHP build this extension compiles against. */
#ifndef HAVE_SOCKETS
# define HAVE_SOCKETS 1
#endif
#include "ext/sockets/php_sockets.h"

#include <signal.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/time.h>

zend_class_entry *wm_ce_EventInterface;
zend_class_entry *wm_ce_Event;

static struct event_base *wm_base;
static wm_io wm_lev_io;          /* libevent's epoll descriptor on the runtime's wait */
static bool wm_lev_dirty;        /* libevent's timers or active events may have changed */
static int64_t wm_lev_deadline;  /* its earliest timer, wall-clock microseconds; 0 = none */
static bool wm_loop_running;
/* The parent's base in a forked child: never used, never freed (see forget_after_fork);
 * kept (volatile, so the store stays) to show leak checkers it is deliberate. */
static struct event_base *volatile wm_parent_base;
static bool wm_loop_stopping;
static zend_object *wm_event_object;
static zend_object_handlers wm_event_handlers;

/* EventInterface::EV_* of Workerman 4. */
#define WM_EV_READ 1
#define WM_EV_WRITE 2
#define WM_EV_SIGNAL 4
#define WM_EV_TIMER 8
#define WM_EV_TIMER_ONCE 16

typedef struct wm_event_obj {
	zval error_handler; /* IS_NULL unless setErrorHandler() was called */
	zend_object std;
} wm_event_obj;

static inline wm_event_obj *wm_event_from_obj(zend_object *obj)
{
	return (wm_event_obj *)((char *)obj - XtOffsetOf(wm_event_obj, std));
}

/* A PHP callback on one fd and direction (Workerman: one per stream and direction). */
typedef struct wm_watcher {
	struct event *event;
	zend_object *owner;
	int direction;      /* 0 read, 1 write: the index into wm_watchers */
	evutil_socket_t fd;
	zval target;        /* the stream, Socket or int the user gave: kept open, passed back */
	zval callable;
} wm_watcher;

static HashTable wm_watchers[2];
static bool wm_watchers_ready;

/* One libevent signal event per signal, dispatching to the PHP handler if any, else to the
 * runtime's C handler (wm_loop_signal_set). */
typedef struct wm_signal_slot {
	struct event *event;
	event_callback_fn runtime_cb;
	void *runtime_arg;
	zend_object *owner;
	zval callable;      /* IS_UNDEF when no PHP handler */
} wm_signal_slot;

static wm_signal_slot wm_signals[NSIG];

/* ---- the base ---- */

/* libevent warns when a child adds signals while the parent's (dropped, never freed)
 * base still counts its own; that base is dead to us, so the warning is noise. */
static void wm_loop_log(int severity, const char *msg)
{
	if (severity == EVENT_LOG_WARN && strncmp(msg, "Added a signal to event base", 28) == 0) {
		return;
	}
	if (severity >= EVENT_LOG_WARN) {
		fprintf(stderr, "[%s] %s\n", severity == EVENT_LOG_WARN ? "warn" : "err", msg);
	}
}

/* libevent keeps its epoll descriptor to itself. It is the one epoll instance among the
 * descriptors that appeared while the base was made, and the kernel hands out the lowest
 * free numbers: so it is one of the few that were free just before. */
#define WM_LOOP_PROBED_FDS 8

static int wm_loop_free_fds(int *fds)
{
	int found = 0;
	for (int fd = 0; found < WM_LOOP_PROBED_FDS && fd < (1 << 20); fd++) {
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
			fds[found++] = fd;
		}
	}
	return found;
}

/* An epoll instance answers ENOENT for a descriptor not in its set; anything else, EINVAL. */
static bool wm_loop_is_epoll(int fd)
{
	struct epoll_event unused = {0};
	return epoll_ctl(fd, EPOLL_CTL_DEL, wm_reactor_fd(), &unused) != 0 && errno == ENOENT;
}

static int wm_loop_find_backend(const int *was_free, int count)
{
	for (int i = 0; i < count; i++) {
		if (fcntl(was_free[i], F_GETFD) >= 0 && wm_loop_is_epoll(was_free[i])) {
			return was_free[i];
		}
	}
	return -1;
}

static void wm_loop_on_backend(int fd, short what, void *arg);

void wm_loop_touch(void)
{
	wm_lev_dirty = true;
}

struct event_base *wm_loop_base(void)
{
	/* Anyone asking for the base may add a timer or make an event active. */
	wm_lev_dirty = true;
	if (!wm_base) {
		if (wm_reactor_fd() < 0) {
			zend_error_noreturn(E_CORE_ERROR, "workerman: epoll_create1 failed: %s", strerror(errno));
		}
		int was_free[WM_LOOP_PROBED_FDS];
		int candidates = wm_loop_free_fds(was_free);
		struct event_config *config = event_config_new();
		/* Timers and I/O are served in one thread; no locking wanted. Always epoll: the
		 * runtime's wait watches libevent's epoll instance. */
		event_config_set_flag(config, EVENT_BASE_FLAG_NOLOCK | EVENT_BASE_FLAG_IGNORE_ENV);
		event_config_require_features(config, EV_FEATURE_O1);
		/* No precise timer: libevent's would arm a timerfd before every wait. Workerman's
		 * timers are on wm_timerq.c's own timerfd; libevent keeps the runtime's few coarse
		 * timers (linger, the master's checks) and DNS timeouts. No time cache either. */
		event_config_set_flag(config, EVENT_BASE_FLAG_NO_CACHE_TIME);
		wm_base = event_base_new_with_config(config);
		event_config_free(config);
		if (!wm_base) {
			zend_error_noreturn(E_CORE_ERROR, "workerman: cannot create the libevent event base");
		}
		int backend = wm_loop_find_backend(was_free, candidates);
		if (backend < 0) {
			zend_error_noreturn(E_CORE_ERROR, "workerman: cannot find libevent's epoll instance");
		}
		/* Ready events inside libevent's set make its epoll descriptor readable: the
		 * runtime's wait then lets libevent run once without blocking. */
		wm_io_init(&wm_lev_io, backend, wm_loop_on_backend, NULL);
		wm_lev_io.internal = 1;
		if (!wm_io_set(&wm_lev_io, WM_IO_READ)) {
			zend_error_noreturn(E_CORE_ERROR, "workerman: cannot watch libevent's epoll instance: %s", strerror(errno));
		}
	}
	return wm_base;
}

bool wm_loop_turn_open;
bool wm_loop_turn_pending;
static wm_loop_turn_end_fn wm_loop_turn_end;

void wm_loop_set_turn_end(wm_loop_turn_end_fn fn)
{
	wm_loop_turn_end = fn;
}

/* Only a layer that set the hook sets wm_loop_turn_pending. */
static zend_always_inline void wm_loop_end_turn(void)
{
	if (UNEXPECTED(wm_loop_turn_pending)) {
		wm_loop_turn_open = false;
		wm_loop_turn_end();
		wm_loop_turn_open = true;
	}
}

/* ---- libevent inside the runtime's wait ---- */

/* Runs what libevent has ready (its events, its due timers) without blocking. */
static void wm_loop_run_backend(void)
{
	event_base_loop(wm_base, EVLOOP_NONBLOCK);
	wm_lev_dirty = true;
}

static void wm_loop_on_backend(int fd, short what, void *arg)
{
	wm_loop_run_backend();
}

static int wm_loop_earliest_of(const struct event_base *base, const struct event *ev, void *arg)
{
	struct timeval tv;
	if (event_pending(ev, EV_TIMEOUT, &tv)) {
		int64_t *earliest = arg;
		int64_t at = (int64_t)tv.tv_sec * 1000000 + tv.tv_usec;
		if (!*earliest || at < *earliest) {
			*earliest = at;
		}
	}
	return 0;
}

static int64_t wm_loop_wall_us(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000000 + tv.tv_usec;
}

/* libevent's timers wait in its heap, which only its own wait would look at: after anything
 * that may have added one (libevent ran, or someone asked for the base), the earliest is
 * read again (event_pending() gives it in wall-clock time). Events made active outside
 * libevent's loop (a DNS answer from the hosts file) run now. */
static void wm_loop_sync_backend(void)
{
	wm_lev_dirty = false;
	if (!wm_base) {
		wm_lev_deadline = 0;
		return;
	}
	if (event_base_get_num_events(wm_base, EVENT_BASE_COUNT_ACTIVE) > 0) {
		wm_loop_run_backend();
		wm_lev_dirty = false;
	}
	int64_t earliest = 0;
	event_base_foreach_event(wm_base, wm_loop_earliest_of, &earliest);
	wm_lev_deadline = earliest;
}

/* The wait's timeout in milliseconds: -1 with no libevent timer, else until its earliest
 * (rounded up: never early). */
static int wm_loop_timeout(void)
{
	if (UNEXPECTED(wm_lev_dirty)) {
		wm_loop_sync_backend();
	}
	if (!wm_lev_deadline) {
		return -1;
	}
	int64_t left = wm_lev_deadline - wm_loop_wall_us();
	if (left <= 0) {
		return 0;
	}
	return left >= (int64_t)INT_MAX * 1000 ? INT_MAX : (int)((left + 999) / 1000);
}

static void wm_loop_run_due_timers(void)
{
	if (wm_lev_deadline && wm_base && wm_loop_wall_us() >= wm_lev_deadline) {
		wm_loop_run_backend();
	}
}

/* Nothing left to watch: no watcher of the runtime's own, no timer queued, nothing in libevent. */
static bool wm_loop_idle(void)
{
	return !wm_reactor_live() && !wm_timerq_pending() && (!wm_base || event_base_get_num_events(wm_base,
		EVENT_BASE_COUNT_ADDED | EVENT_BASE_COUNT_ACTIVE | EVENT_BASE_COUNT_VIRTUAL) == 0);
}

/* One pass per wait: the runtime's epoll wait (libevent's instance one of its members), the
 * callbacks of what it reports, libevent's due timers, then the turn-end hook before the
 * next wait. A nested call (Event::loop() inside a callback) returns at once, as libevent
 * refused it: the outer pass stays open, and a pass is open only while this runs. */
void wm_loop_run(void)
{
	if (wm_loop_running) {
		return;
	}
	wm_loop_base();
	wm_loop_running = true;
	wm_loop_stopping = false;
	wm_loop_turn_open = true;
	while (!wm_loop_stopping) {
		int timeout = -1;
		if (UNEXPECTED(wm_lev_dirty || wm_lev_deadline)) {
			timeout = wm_loop_timeout(); /* may run libevent's callbacks, and one may stop */
			wm_loop_end_turn();          /* or defer a write: it leaves before the wait */
			if (wm_loop_stopping) {
				break;
			}
		}
		if (UNEXPECTED(!wm_reactor_live()) && wm_loop_idle()) {
			break;
		}
		int rc = wm_reactor_turn(timeout);
		if (UNEXPECTED(wm_lev_deadline) && !wm_loop_stopping) {
			wm_loop_run_due_timers();
		}
		wm_loop_end_turn();
		if (rc < 0 || EG(exception)) {
			break;
		}
	}
	wm_loop_running = false;
	wm_loop_turn_open = false;
}

void wm_loop_stop(void)
{
	wm_loop_stopping = true;
	wm_reactor_break();
	if (wm_base) {
		event_base_loopbreak(wm_base);
	}
}

zend_result wm_loop_call(zend_object *owner, zval *callable, uint32_t argc, zval *argv)
{
	zend_object *loop = owner ? owner : wm_event_object;
	if (loop && Z_TYPE(wm_event_from_obj(loop)->error_handler) != IS_NULL) {
		GC_ADDREF(loop);
		zend_result result = wm_call_handled(callable, NULL, argc, argv,
			&wm_event_from_obj(loop)->error_handler);
		OBJ_RELEASE(loop);
		return result;
	}
	if (wm_process_in_master()) {
		/* Master timers (Workerman's SIGALRM tasks) and loops run outside a worker print
		 * the Throwable and go on; only a worker ends with stopAll(250). */
		return wm_call_handled(callable, NULL, argc, argv, NULL);
	}
	return wm_call(callable, NULL, argc, argv);
}

/* ---- stream watchers ---- */

static void wm_watcher_free(wm_watcher *watcher, bool touch_event)
{
	if (watcher->event && touch_event) {
		event_free(watcher->event);
	}
	zval_ptr_dtor(&watcher->target);
	zval_ptr_dtor(&watcher->callable);
	if (watcher->owner) {
		OBJ_RELEASE(watcher->owner);
	}
	efree(watcher);
}

static void wm_watcher_dtor(zval *zv)
{
	wm_watcher_free(Z_PTR_P(zv), true);
}

static HashTable *wm_watcher_table(int direction)
{
	if (!wm_watchers_ready) {
		zend_hash_init(&wm_watchers[0], 8, NULL, wm_watcher_dtor, 0);
		zend_hash_init(&wm_watchers[1], 8, NULL, wm_watcher_dtor, 0);
		wm_watchers_ready = true;
	}
	return &wm_watchers[direction];
}

/* The fd behind a PHP stream, a sockets-extension Socket or an int; -1 if none. */
static evutil_socket_t wm_loop_fd_of(zval *target)
{
	ZVAL_DEREF(target);
	if (Z_TYPE_P(target) == IS_LONG) {
		return Z_LVAL_P(target) >= 0 && Z_LVAL_P(target) <= INT_MAX ? (evutil_socket_t)Z_LVAL_P(target) : -1;
	}
	if (Z_TYPE_P(target) == IS_RESOURCE) {
		php_stream *stream = zend_fetch_resource2_ex(target, NULL, php_file_le_stream(), php_file_le_pstream());
		php_socket_t fd;
		if (!stream || php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
				(void *)&fd, 0) != SUCCESS) {
			return -1;
		}
		return fd;
	}
	if (Z_TYPE_P(target) == IS_OBJECT && Z_OBJCE_P(target)->type == ZEND_INTERNAL_CLASS
			&& zend_string_equals_literal(Z_OBJCE_P(target)->name, "Socket")) {
		return Z_SOCKET_P(target)->bsd_socket;
	}
	return -1;
}

static bool wm_watcher_target_closed(zval *target)
{
	return Z_TYPE_P(target) == IS_RESOURCE && Z_RES_P(target)->type < 0;
}

/* Fiber mode: the fiber unit sets the hook while this process's loop is Events\Fiber (the
 * loop never calls up into it). At the top of a callback, outside any fiber, the hook runs
 * the callback again inside a pooled fiber and the caller returns. */
static wm_loop_divert_fn wm_loop_divert_hook;

void wm_loop_set_divert(wm_loop_divert_fn divert)
{
	wm_loop_divert_hook = divert;
}

static zend_always_inline bool wm_loop_divert(event_callback_fn cb, evutil_socket_t fd, short what, void *arg)
{
	if (EXPECTED(!wm_loop_divert_hook) || EG(active_fiber)) {
		return false;
	}
	wm_loop_divert_hook(cb, fd, what, arg);
	return true;
}

static void wm_watcher_fire(evutil_socket_t fd, short what, void *arg)
{
	if (wm_loop_divert(wm_watcher_fire, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	wm_watcher *watcher = arg;
	if (wm_watcher_target_closed(&watcher->target)) {
		/* fclose() without offReadable(): the fd number may already be someone else's. */
		zend_hash_index_del(wm_watcher_table(watcher->direction), watcher->fd);
		return;
	}
	/* The callback may remove or replace this watcher: keep what the call needs. */
	zval callable, target;
	ZVAL_COPY(&callable, &watcher->callable);
	ZVAL_COPY(&target, &watcher->target);
	zend_object *owner = watcher->owner;
	if (owner) {
		GC_ADDREF(owner);
	}
	wm_loop_call(owner, &callable, 1, &target);
	zval_ptr_dtor(&callable);
	zval_ptr_dtor(&target);
	if (owner) {
		OBJ_RELEASE(owner);
	}
}

/* Watches target for one direction, replacing an earlier watcher of that fd. Borrows. */
static zend_result wm_watcher_set(int direction, zval *target, zval *callable, zend_object *owner)
{
	evutil_socket_t fd = wm_loop_fd_of(target);
	if (fd < 0) {
		return FAILURE;
	}
	ZVAL_DEREF(target);
	wm_watcher *watcher = emalloc(sizeof(wm_watcher));
	watcher->direction = direction;
	watcher->fd = fd;
	watcher->owner = owner;
	if (owner) {
		GC_ADDREF(owner);
	}
	ZVAL_COPY(&watcher->target, target);
	ZVAL_COPY(&watcher->callable, callable);
	short what = (direction ? EV_WRITE : EV_READ) | EV_PERSIST;
	/* The old watcher goes first: libevent must not see two events of ours on one fd. */
	zend_hash_index_del(wm_watcher_table(direction), fd);
	watcher->event = event_new(wm_loop_base(), fd, what, wm_watcher_fire, watcher);
	if (!watcher->event || event_add(watcher->event, NULL) != 0) {
		wm_watcher_free(watcher, true);
		return FAILURE;
	}
	zend_hash_index_update_ptr(wm_watcher_table(direction), fd, watcher);
	return SUCCESS;
}

static bool wm_watcher_del(int direction, zval *target)
{
	evutil_socket_t fd = wm_loop_fd_of(target);
	if (fd < 0 || !wm_watchers_ready) {
		return false;
	}
	return zend_hash_index_del(wm_watcher_table(direction), fd) == SUCCESS;
}

/* ---- signals ---- */

static void wm_signal_on_signal(evutil_socket_t signo, short what, void *arg)
{
	wm_signal_slot *slot = arg;
	if (Z_TYPE(slot->callable) == IS_UNDEF) {
		if (slot->runtime_cb) {
			slot->runtime_cb(signo, what, slot->runtime_arg);
		}
		return;
	}
	if (wm_loop_divert(wm_signal_on_signal, signo, what, arg)) {
		return; /* Fiber mode: a PHP handler runs inside a fiber (the runtime's own do not) */
	}
	zval callable, signal_number;
	ZVAL_COPY(&callable, &slot->callable);
	ZVAL_LONG(&signal_number, signo);
	zend_object *owner = slot->owner;
	if (owner) {
		GC_ADDREF(owner);
	}
	wm_loop_call(owner, &callable, 1, &signal_number);
	zval_ptr_dtor(&callable);
	if (owner) {
		OBJ_RELEASE(owner);
	}
}

static void wm_signal_drop_php(wm_signal_slot *slot)
{
	if (Z_TYPE(slot->callable) == IS_UNDEF) {
		return;
	}
	zval callable = slot->callable;
	zend_object *owner = slot->owner;
	ZVAL_UNDEF(&slot->callable);
	slot->owner = NULL;
	zval_ptr_dtor(&callable);
	if (owner) {
		OBJ_RELEASE(owner);
	}
}

/* Arms or disarms the signal event to match the handlers now in the slot. When the event
 * goes, libevent puts back the disposition that was there before it was added. */
static bool wm_signal_sync(int signo)
{
	wm_signal_slot *slot = &wm_signals[signo];
	bool wanted = slot->runtime_cb || Z_TYPE(slot->callable) != IS_UNDEF;
	if (wanted && !slot->event) {
		slot->event = evsignal_new(wm_loop_base(), signo, wm_signal_on_signal, slot);
		if (!slot->event || event_add(slot->event, NULL) != 0) {
			if (slot->event) {
				event_free(slot->event);
			}
			slot->event = NULL;
			return false;
		}
	} else if (!wanted && slot->event) {
		event_free(slot->event);
		slot->event = NULL;
	}
	return true;
}

void wm_loop_signal_set(int signo, event_callback_fn cb, void *arg)
{
	if (signo <= 0 || signo >= NSIG) {
		return;
	}
	wm_signals[signo].runtime_cb = cb;
	wm_signals[signo].runtime_arg = arg;
	wm_signal_sync(signo);
}

static bool wm_signal_set_php(zend_long signo, zval *callable, zend_object *owner)
{
	if (signo <= 0 || signo >= NSIG || signo == SIGKILL || signo == SIGSTOP) {
		return false;
	}
	wm_signal_slot *slot = &wm_signals[signo];
	wm_signal_drop_php(slot);
	ZVAL_COPY(&slot->callable, callable);
	slot->owner = owner;
	if (owner) {
		GC_ADDREF(owner);
	}
	if (!wm_signal_sync((int)signo)) {
		wm_signal_drop_php(slot);
		return false;
	}
	return true;
}

static bool wm_signal_del_php(zend_long signo)
{
	if (signo <= 0 || signo >= NSIG || Z_TYPE(wm_signals[signo].callable) == IS_UNDEF) {
		return false;
	}
	wm_signal_drop_php(&wm_signals[signo]);
	wm_signal_sync((int)signo);
	return true;
}

/* ---- process life ---- */

/* Forgets every watcher and signal handler; touch_events false after fork, when the
 * events belong to the parent's base and must not be deleted from its epoll set. */
static void wm_loop_forget_watchers(bool touch_events)
{
	for (int signo = 1; signo < NSIG; signo++) {
		wm_signal_slot *slot = &wm_signals[signo];
		if (slot->event) {
			if (touch_events) {
				event_free(slot->event);
			} else {
				/* The runtime ignores SIGPIPE in every process (API.md 1.3). */
				signal(signo, signo == SIGPIPE ? SIG_IGN : SIG_DFL);
			}
			slot->event = NULL;
		}
		slot->runtime_cb = NULL;
		slot->runtime_arg = NULL;
		wm_signal_drop_php(slot);
	}
	if (!wm_watchers_ready) {
		return;
	}
	for (int direction = 0; direction < 2; direction++) {
		wm_watcher *watcher;
		if (!touch_events) {
			ZEND_HASH_FOREACH_PTR(&wm_watchers[direction], watcher) {
				watcher->event = NULL;
			} ZEND_HASH_FOREACH_END();
		}
	}
	HashTable readers = wm_watchers[0], writers = wm_watchers[1];
	wm_watchers_ready = false;
	zend_hash_destroy(&readers);
	zend_hash_destroy(&writers);
}

void wm_loop_forget_after_fork(void)
{
	/* The parent's epoll instance is shared after fork: deleting its events here would
	 * unregister the parent's sockets, so the base is dropped, not freed. */
	wm_parent_base = wm_base;
	wm_base = NULL;
	wm_lev_deadline = 0;
	wm_lev_dirty = false;
	wm_loop_running = false;
	wm_reactor_forget_after_fork(); /* its instance is the parent's too */
	wm_loop_turn_open = false; /* the parent's pass, not the child's */
	wm_loop_forget_watchers(false);
	wm_timerq_forget_after_fork(); /* its timerfd and watcher are the parent's too */
	wm_timer_forget_after_fork();
	if (wm_event_object) {
		/* The object stays (Worker::$globalEvent may hold it) and now means the child's
		 * loop; like Workerman's fresh loop in a worker, it starts with no error handler. */
		zval *handler = &wm_event_from_obj(wm_event_object)->error_handler;
		zval old;
		ZVAL_COPY_VALUE(&old, handler);
		ZVAL_NULL(handler);
		zval_ptr_dtor(&old);
	}
	/* The parent's libevent handlers would write into the parent's signal pipe. */
	static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2,
		SIGIOT, SIGIO, SIGCHLD, SIGALRM};
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
		signal(signals[i], SIG_DFL);
	}
}

static zend_object *wm_event_create(zend_class_entry *ce)
{
	wm_event_obj *loop = zend_object_alloc(sizeof(wm_event_obj), ce);
	ZVAL_NULL(&loop->error_handler);
	zend_object_std_init(&loop->std, ce);
	object_properties_init(&loop->std, ce);
	loop->std.handlers = &wm_event_handlers;
	return &loop->std;
}

static void wm_event_free(zend_object *obj)
{
	zval_ptr_dtor(&wm_event_from_obj(obj)->error_handler);
	zend_object_std_dtor(obj);
}

static HashTable *wm_event_get_gc(zend_object *obj, zval **table, int *n)
{
	*table = &wm_event_from_obj(obj)->error_handler;
	*n = 1;
	return zend_std_get_properties(obj);
}

struct timeval wm_loop_timeval(double interval)
{
	struct timeval tv;
	if (!(interval > 0)) {
		interval = 0;
	} else if (interval > 1e9) {
		interval = 1e9; /* about 31 years; also keeps INF out of the time_t cast */
	}
	tv.tv_sec = (time_t)interval;
	tv.tv_usec = (suseconds_t)((interval - (double)tv.tv_sec) * 1000000.0 + 0.5);
	if (tv.tv_usec >= 1000000) {
		tv.tv_sec++;
		tv.tv_usec -= 1000000;
	}
	return tv;
}

static zend_class_entry *wm_event_class;

zend_object *wm_loop_event_object(void)
{
	if (!wm_event_object) {
		wm_event_object = wm_event_create(wm_event_class ? wm_event_class : wm_ce_Event);
	}
	return wm_event_object;
}

void wm_loop_use_event_class(zend_class_entry *ce)
{
	wm_event_class = ce;
	if (wm_event_object && wm_event_object->ce != ce) {
		zend_object *old = wm_event_object;
		wm_event_object = NULL;
		OBJ_RELEASE(old);
	}
}

/* ---- Workerman\Events\Event ---- */

#define WM_THIS_OBJ Z_OBJ_P(ZEND_THIS)

ZEND_METHOD(Workerman_Events_Event, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

/* Workerman 4: add($fd, EV_READ|EV_WRITE, $cb) watches a stream ($cb($fd)), add($signo,
 * EV_SIGNAL, $cb) a signal ($cb($signo)), add($seconds, EV_TIMER[_ONCE], $cb, $args) a
 * timer and returns its id. */
ZEND_METHOD(Workerman_Events_Event, add)
{
	zval *fd, *args = NULL;
	zend_long flag;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_ZVAL(fd)
		Z_PARAM_LONG(flag)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(args)
	ZEND_PARSE_PARAMETERS_END();
	switch (flag) {
		case WM_EV_READ:
		case WM_EV_WRITE:
			RETURN_BOOL(wm_watcher_set(flag == WM_EV_WRITE, fd, &fci.function_name, WM_THIS_OBJ) == SUCCESS);
		case WM_EV_SIGNAL:
			RETURN_BOOL(wm_signal_set_php(zval_get_long(fd), &fci.function_name, WM_THIS_OBJ));
		case WM_EV_TIMER:
		case WM_EV_TIMER_ONCE:
			RETURN_LONG(wm_timer_add_owned(zval_get_double(fd), &fci.function_name, args,
				flag == WM_EV_TIMER, WM_THIS_OBJ));
	}
	RETURN_FALSE;
}

ZEND_METHOD(Workerman_Events_Event, del)
{
	zval *fd;
	zend_long flag;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(fd)
		Z_PARAM_LONG(flag)
	ZEND_PARSE_PARAMETERS_END();
	switch (flag) {
		case WM_EV_READ:
		case WM_EV_WRITE:
			wm_watcher_del(flag == WM_EV_WRITE, fd);
			break;
		case WM_EV_SIGNAL:
			wm_signal_del_php(zval_get_long(fd));
			break;
		case WM_EV_TIMER:
		case WM_EV_TIMER_ONCE:
			wm_timer_del(zval_get_long(fd));
			break;
	}
	/* Workerman 4 answers true whatever was (or was not) removed. */
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Events_Event, clearAllTimer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_del_all();
}

ZEND_METHOD(Workerman_Events_Event, loop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_loop_run();
}

ZEND_METHOD(Workerman_Events_Event, destroy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_loop_stop();
}

ZEND_METHOD(Workerman_Events_Event, getTimerCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(wm_timer_count());
}

ZEND_METHOD(Workerman_Events_Event, delay)
{
	wm_timer_add_from_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, WM_THIS_OBJ);
}

ZEND_METHOD(Workerman_Events_Event, repeat)
{
	wm_timer_add_from_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, WM_THIS_OBJ);
}

static void wm_event_off_timer(INTERNAL_FUNCTION_PARAMETERS)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_timer_del(id));
}

ZEND_METHOD(Workerman_Events_Event, offDelay)
{
	wm_event_off_timer(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(Workerman_Events_Event, offRepeat)
{
	wm_event_off_timer(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

static void wm_event_on_stream(INTERNAL_FUNCTION_PARAMETERS, int direction)
{
	zval *stream;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(stream)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();
	if (wm_watcher_set(direction, stream, &fci.function_name, WM_THIS_OBJ) == FAILURE) {
		zend_argument_type_error(1, "must be an open stream, a Socket or a file descriptor, %s given",
			zend_zval_type_name(stream));
		RETURN_THROWS();
	}
}

static void wm_event_off_stream(INTERNAL_FUNCTION_PARAMETERS, int direction)
{
	zval *stream;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(stream)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_watcher_del(direction, stream));
}

ZEND_METHOD(Workerman_Events_Event, onReadable)
{
	wm_event_on_stream(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

ZEND_METHOD(Workerman_Events_Event, offReadable)
{
	wm_event_off_stream(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

ZEND_METHOD(Workerman_Events_Event, onWritable)
{
	wm_event_on_stream(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

ZEND_METHOD(Workerman_Events_Event, offWritable)
{
	wm_event_off_stream(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

ZEND_METHOD(Workerman_Events_Event, onSignal)
{
	zend_long signo;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(signo)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();
	/* Workerman 5 ignores a signal libevent cannot watch (SIGKILL, SIGSTOP). */
	wm_signal_set_php(signo, &fci.function_name, WM_THIS_OBJ);
}

ZEND_METHOD(Workerman_Events_Event, offSignal)
{
	zend_long signo;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(signo)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_signal_del_php(signo));
}

ZEND_METHOD(Workerman_Events_Event, deleteAllTimer)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_timer_del_all();
}

ZEND_METHOD(Workerman_Events_Event, run)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_loop_run();
}

ZEND_METHOD(Workerman_Events_Event, stop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_loop_stop();
}

ZEND_METHOD(Workerman_Events_Event, setErrorHandler)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();
	zval *handler = &wm_event_from_obj(WM_THIS_OBJ)->error_handler;
	zval old;
	ZVAL_COPY_VALUE(&old, handler);
	ZVAL_COPY(handler, &fci.function_name);
	zval_ptr_dtor(&old);
}

ZEND_METHOD(Workerman_Events_Event, getErrorHandler)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&wm_event_from_obj(WM_THIS_OBJ)->error_handler);
}

void wm_loop_minit(void)
{
	event_set_log_callback(wm_loop_log);
	for (int signo = 0; signo < NSIG; signo++) {
		ZVAL_UNDEF(&wm_signals[signo].callable);
	}
	wm_ce_EventInterface = wm_api_reg->EventInterface();
	wm_ce_Event = wm_api_reg->Event(wm_ce_EventInterface);
	wm_ce_Event->create_object = wm_event_create;
	memcpy(&wm_event_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_event_handlers.offset = XtOffsetOf(wm_event_obj, std);
	wm_event_handlers.free_obj = wm_event_free;
	wm_event_handlers.clone_obj = NULL;
	wm_event_handlers.get_gc = wm_event_get_gc;
	/* Worker::$eventLoopClass names of Workerman 4's loops with the same add()/del()
	 * contract: they all mean "the native loop". */
	zend_register_class_alias("Workerman\\Events\\Select", wm_ce_Event);
	zend_register_class_alias("Workerman\\Events\\Ev", wm_ce_Event);
	zend_register_class_alias("Workerman\\Events\\Libevent", wm_ce_Event);
}

void wm_loop_rshutdown(void)
{
	wm_event_class = NULL;
	wm_loop_forget_watchers(wm_base != NULL);
	if (wm_event_object) {
		zend_object *loop = wm_event_object;
		wm_event_object = NULL;
		zend_object_release(loop);
	}
}

void wm_loop_post_deactivate(void)
{
	/* Connections and Workers free their events in free_obj, after RSHUTDOWN: the base
	 * can only go once every object is gone. */
	wm_timerq_release();
	if (wm_base) {
		wm_io_set(&wm_lev_io, 0);
		event_base_free(wm_base);
		wm_base = NULL;
	}
	wm_lev_deadline = 0;
	wm_reactor_release();
}
