/* wm_reactor.h: the process's own epoll instance and the watchers on it. The hot path's
 * descriptors (connections, listeners, the timer queue's timerfd) are watched here and
 * dispatched straight from epoll_wait()'s array: no per-event activation, no queue, no
 * clock read. libevent's base (wm_loop.c) is one member of the set, so everything else it
 * watches (signals, DNS, the PHP streams users watch with Events\Event) wakes the same wait.
 * Those streams stay on libevent on purpose: an app may fclose() one without removing its
 * watcher, and a stale registration there can never touch a connection's here. */
#ifndef WM_REACTOR_H
#define WM_REACTOR_H

#include <stdbool.h>
#include <stdint.h>

/* The directions; the same bits as libevent's EV_READ / EV_WRITE, so a callback shared with
 * a libevent event sees the same values. */
#define WM_IO_READ  0x02
#define WM_IO_WRITE 0x04

/* Called as fn(fd, what, arg): what is the directions ready, never one not wanted. */
typedef void (*wm_io_fn)(int fd, short what, void *arg);

/* One watcher per descriptor (never two on one fd), embedded in its owner. */
typedef struct wm_io {
	wm_io_fn fn;
	void *arg;
	struct wm_io *next_woken; /* in the list of watchers woken by hand (wm_io_wake) */
	int fd;
	uint32_t era;             /* the reactor's era it was added in (fork starts a new one) */
	uint32_t woken_era;       /* the era of its wake, when woken */
	uint8_t want;             /* WM_IO_* in the epoll set; 0 = not in it */
	uint8_t woken;            /* WM_IO_* woken by hand, not yet delivered */
	uint8_t internal : 1;     /* does not keep the loop running */
} wm_io;

void wm_io_init(wm_io *io, int fd, wm_io_fn fn, void *arg);

/* Watches the directions want (0: stops watching). False with errno when epoll refuses. */
bool wm_io_set(wm_io *io, uint8_t want);

/* The directions io watches now (0 after fork for a watcher of the parent's). */
static inline uint8_t wm_io_wanted(const wm_io *io);

/* Delivers what to io later in this loop turn (or at the start of the next), as if epoll
 * had reported it: for readiness epoll cannot see (TLS plaintext already decrypted). */
void wm_io_wake(wm_io *io, uint8_t what);

/* One wait (timeout_ms -1: until something is ready; 0 when watchers were woken by hand)
 * and the callbacks of what it reports, then of those woken by hand. Stops between two
 * callbacks once wm_reactor_break() was called. -1 on a failed wait other than EINTR. */
int wm_reactor_turn(int timeout_ms);

/* Ends the current turn after the running callback; cleared by the next wm_reactor_turn(). */
void wm_reactor_break(void);

/* Watchers that keep the loop running (not internal), in the epoll set or woken by hand. */
static inline uint32_t wm_reactor_live(void);

/* The epoll descriptor, made on first use; -1 if epoll_create1() failed. */
int wm_reactor_fd(void);

/* In a freshly forked child: the epoll instance is the parent's (shared) and every watcher
 * on it is too: a new era begins, in which they all count as not added. */
void wm_reactor_forget_after_fork(void);

/* At request end: closes the epoll descriptor. */
void wm_reactor_release(void);

extern uint32_t wm_reactor_era;
extern uint32_t wm_rx_live;

static inline uint32_t wm_reactor_live(void)
{
	return wm_rx_live;
}

static inline uint8_t wm_io_wanted(const wm_io *io)
{
	return io->era == wm_reactor_era ? io->want : 0;
}

#endif
