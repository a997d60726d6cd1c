/* wm_timerq.h: the process's timer queue: deadlines on CLOCK_MONOTONIC in a min-heap, served
 * by one timerfd that the loop watches. Workerman's timers and Timer::sleep() use it instead
 * of libevent timers, so the loop reads no clock and arms no timer on a turn without one. */
#ifndef WM_TIMERQ_H
#define WM_TIMERQ_H

#include <stdbool.h>
#include <stdint.h>

typedef struct wm_timerq_entry wm_timerq_entry;

/* Called once per expiry, with the entry already out of the queue (it may re-arm itself) and
 * now the clock read when the timerfd fired. */
typedef void (*wm_timerq_fire_fn)(wm_timerq_entry *entry, uint64_t now);

/* Embedded in whatever owns the timer; zero-initialised means idle. */
struct wm_timerq_entry {
	uint64_t deadline;      /* CLOCK_MONOTONIC nanoseconds */
	uint64_t seq;           /* arming order: equal deadlines fire first-armed first */
	uint32_t slot;          /* 1-based heap index; 0 while not queued */
	wm_timerq_fire_fn fire;
};

/* CLOCK_MONOTONIC now, in nanoseconds. */
uint64_t wm_timerq_now(void);

/* seconds as nanoseconds: negative or NaN is 0, at most 1e9 s. */
uint64_t wm_timerq_ns(double seconds);

/* Queues entry (re-queues it when already queued) to fire at deadline. An entry armed while
 * the queue is firing never fires in that same pass, even when already due: it waits for the
 * next loop turn, as a libevent timer added from a callback does. */
void wm_timerq_arm(wm_timerq_entry *entry, uint64_t deadline);

/* Takes entry out of the queue; harmless when it is not queued. */
void wm_timerq_cancel(wm_timerq_entry *entry);

/* Makes entry idle with fire as its callback. An owner that embeds the entry as its first
 * member can cast the pointer fire receives back to itself. */
static inline void wm_timerq_entry_init(wm_timerq_entry *entry, wm_timerq_fire_fn fire)
{
	entry->deadline = entry->seq = 0;
	entry->slot = 0;
	entry->fire = fire;
}

static inline bool wm_timerq_queued(const wm_timerq_entry *entry)
{
	return entry->slot != 0;
}

/* True while an entry is queued: the loop keeps running for it (the timerfd's watcher alone
 * does not keep it running). */
bool wm_timerq_pending(void);

/* In a freshly forked child: the parent's entries and timerfd are not the child's. Every
 * queued entry is marked idle (their owners free them afterwards) and the watcher, which
 * is on the parent's epoll instance, is dropped without touching it. */
void wm_timerq_forget_after_fork(void);

/* Before the process's base is freed: removes the watcher, closes the timerfd, frees the heap. */
void wm_timerq_release(void);

#endif
