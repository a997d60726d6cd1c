/* wm_loop.h: the process event loop (the reactor's epoll wait, with one libevent event_base
 * per process nested in it), its signal table and the Workerman\Events\Event class over it. */
#ifndef WM_LOOP_H
#define WM_LOOP_H

#include <event2/event.h>
#include <sys/time.h>
#include <stdbool.h>

/* The event_base of this process, made on first use (in the master and in each worker), its
 * epoll descriptor on the reactor. Asking for it marks libevent's timers as possibly changed:
 * the next wait reads its earliest again. */
struct event_base *wm_loop_base(void);

/* Outside libevent's own callbacks, after a libevent timer was added to an event made earlier
 * or a DNS request was sent (its timeout): the next wait reads libevent's earliest timer again
 * and runs what became active. (wm_loop_base() does the same for whoever asks for the base.) */
void wm_loop_touch(void);

/* seconds as a libevent timeout: negative or NaN is 0, at most 1e9 s (INF kept out of time_t). */
struct timeval wm_loop_timeval(double seconds);

/* Runs the loop until wm_loop_stop() or until nothing is left to watch. */
void wm_loop_run(void);

/* True while wm_loop_run() is dispatching one pass of the loop (event callbacks, timers): a
 * write deferred now is certain to meet the turn-end hook before the loop waits again. */
extern bool wm_loop_turn_open;
/* Set by whoever deferred work to the end of the pass; the hook clears it. */
extern bool wm_loop_turn_pending;

/* Called after a pass of the loop that left wm_loop_turn_pending set (and when
 * wm_loop_run() returns), never inside one, with wm_loop_turn_open false: the connections'
 * layer writes what the callbacks of that pass deferred (loop-turn write coalescing). */
typedef void (*wm_loop_turn_end_fn)(void);
void wm_loop_set_turn_end(wm_loop_turn_end_fn fn);
void wm_loop_stop(void);

/* In a freshly forked child: drop the parent's base without touching it (its epoll
 * instance is shared with the parent), reset the signal dispositions it installed, and
 * forget the parent's stream and signal watchers and timers (wm_timer_forget_after_fork,
 * so calling that too is harmless). The process's Event object stays, without its error
 * handler. */
void wm_loop_forget_after_fork(void);

/* The Workerman\Events\Event object of this process (Worker::$globalEvent), made on demand. */
zend_object *wm_loop_event_object(void);

/* The class of that object from now on (Events\Fiber in Fiber mode); drops an object of
 * another class made earlier. */
void wm_loop_use_event_class(zend_class_entry *ce);

/* The runtime's own handler for signo on this process's loop (stop, reload, status...);
 * cb NULL removes it. A PHP handler set with onSignal()/add(EV_SIGNAL) for the same
 * signal takes precedence while it is set (Workerman: one handler per signal), and the
 * runtime handler comes back after offSignal()/del(). cb is called as cb(signo, EV_SIGNAL, arg). */
void wm_loop_signal_set(int signo, event_callback_fn cb, void *arg);

/* Fiber mode (wm_fiber.c sets it while the process's loop is Events\Fiber, NULL otherwise):
 * divert(cb, fd, what, arg) runs a stream watcher or a PHP signal handler that fired outside
 * a fiber again inside one. */
typedef void (*wm_loop_divert_fn)(event_callback_fn cb, evutil_socket_t fd, short what, void *arg);
void wm_loop_set_divert(wm_loop_divert_fn divert);

/* Calls a PHP callback of a loop watcher or timer: a Throwable goes to the error handler
 * of owner (an Events\Event object; NULL = the process's Event object) if one was set
 * with setErrorHandler(); else in a worker to Workerman's stopAll(250, $e) (wm_call),
 * and in the master or outside runAll() it is echoed and the loop goes on. */
zend_result wm_loop_call(zend_object *owner, zval *callable, uint32_t argc, zval *argv);

#endif
