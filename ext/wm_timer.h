/* wm_timer.h: Workerman\Timer on the process loop; ids from 1, unique per process. */
#ifndef WM_TIMER_H
#define WM_TIMER_H

/* Adds a timer calling callable(...args) after interval seconds, repeating when persistent.
 * args is an array or NULL. Returns the id (> 0). Borrows callable and args. */
zend_long wm_timer_add(double interval, zval *callable, zval *args, bool persistent);
bool wm_timer_del(zend_long id);
void wm_timer_del_all(void);
zend_long wm_timer_count(void);

/* In a freshly forked child: master timers are not inherited (Workerman erases them). */
void wm_timer_forget_after_fork(void);

#endif
