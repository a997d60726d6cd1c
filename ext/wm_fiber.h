/* wm_fiber.h: Fiber mode (Workerman 5's Events\Fiber, without Revolt): the runtime's event
 * callbacks run inside PHP Fibers taken from a pool, so user code may suspend; a callback that
 * never suspends pays two fiber switches. Knows nothing of connections: a caller that must
 * react when its task suspends (a connection stops reading) passes on_park. */
#ifndef WM_FIBER_H
#define WM_FIBER_H

#include "wm_private.h"
#include <event2/event.h>

typedef struct wm_fiber_task wm_fiber_task;

struct wm_fiber_task {
	/* Runs inside the fiber. When it suspended at least once, task->parked is true when it
	 * gets control back, so it can undo what on_park did before releasing its objects. */
	void (*run)(wm_fiber_task *task);
	/* Called outside the fiber, once, right after run() first suspended. May be NULL. */
	void (*on_park)(wm_fiber_task *task);
	event_callback_fn event_cb; /* wm_fiber_divert(): the libevent callback run() calls */
	void *arg;
	void *arg2;
	evutil_socket_t fd;
	short what;
	bool parked;
};

/* True in a worker process whose event loop is Workerman\Events\Fiber. */
extern bool wm_fiber_mode;

/* Runs task (copied) in a pooled fiber. Returns when it finished or suspended. */
void wm_fiber_start(const wm_fiber_task *task);

void wm_fiber_divert_slow(event_callback_fn cb, evutil_socket_t fd, short what, void *arg);

/* At the top of a libevent callback: in Fiber mode, outside any fiber, runs cb(fd, what, arg)
 * in a pooled fiber and returns true (the caller returns); else false (the caller goes on). */
static zend_always_inline bool wm_fiber_divert(event_callback_fn cb, evutil_socket_t fd, short what, void *arg)
{
	if (EXPECTED(!wm_fiber_mode) || EG(active_fiber)) {
		return false;
	}
	wm_fiber_divert_slow(cb, fd, what, arg);
	return true;
}

/* Fiber mode for this process (a worker whose loop class is Events\Fiber). */
void wm_fiber_enable(void);

/* Timer::sleep() inside a fiber: suspends it and resumes it from the loop after delay. */
void wm_fiber_sleep(double delay);

zend_class_entry *wm_fiber_class(void);

void wm_fiber_minit(void);
void wm_fiber_mshutdown(void);
void wm_fiber_rshutdown(void);

#endif
