/* wm_loop.h: the process event loop (one libevent event_base per process). */
#ifndef WM_LOOP_H
#define WM_LOOP_H

#include <event2/event.h>

/* The event_base of this process, made on first use (in the master and in each worker). */
struct event_base *wm_loop_base(void);

/* Runs the loop until wm_loop_stop() or until nothing is left to watch. */
void wm_loop_run(void);
void wm_loop_stop(void);

/* In a freshly forked child: drop the parent's base without touching it (its epoll
 * instance is shared with the parent), reset the signal dispositions it installed. */
void wm_loop_forget_after_fork(void);

/* The Workerman\Events\Event object of this process (Worker::$globalEvent), made on demand. */
zend_object *wm_loop_event_object(void);

#endif
