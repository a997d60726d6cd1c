/* wm_timer.h: Workerman\Timer on the process loop; ids from 1, unique per process. */
#ifndef WM_TIMER_H
#define WM_TIMER_H

/* Adds a timer calling callable(...args) after interval seconds, repeating when persistent.
 * args is an array or NULL. Returns the id (> 0). Borrows callable and args. */
zend_long wm_timer_add(double interval, zval *callable, zval *args, bool persistent);

/* The same for an Events\Event object: a Throwable from the callback goes to owner's
 * error handler (setErrorHandler). owner may be NULL (= the process's Event object). */
zend_long wm_timer_add_owned(double interval, zval *callable, zval *args, bool persistent,
	zend_object *owner);

/* Removes a timer; false if the id is unknown or already fired (one-shot). Safe from
 * inside that timer's own callback. */
bool wm_timer_del(zend_long id);
void wm_timer_del_all(void);
/* Pending timers: fired one-shots are not counted. */
zend_long wm_timer_count(void);

/* The process runs its timers on a worker's loop from now on (Worker::run(), or
 * Timer::init($loop)): Timer::tick() then leaves them to it, as 4.2.1's does. */
void wm_timer_use_loop(void);

/* In a freshly forked child: master timers are not inherited (Workerman erases them),
 * and ids count from 1 again as in a fresh Workerman worker. */
void wm_timer_forget_after_fork(void);

/* Timer::repeat()/delay() and Event::repeat()/delay(): (interval, callable[, args]) from the
 * call's parameters; owner is the Event whose error handler applies, or NULL. */
void wm_timer_add_from_args(INTERNAL_FUNCTION_PARAMETERS, bool persistent, zend_object *owner);

#endif
