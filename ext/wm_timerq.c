/* wm_timerq.c: the process's timer queue (see wm_timerq.h). A binary min-heap ordered by
 * (deadline, seq) and one timerfd armed at the earliest deadline with an absolute
 * CLOCK_MONOTONIC time, so an expiry is never early and costs nothing until it comes.
 * The timerfd is re-armed only when the earliest deadline moves earlier than the one it
 * holds, or after it fired: a later timer, or a cancelled first one, leaves it as it is
 * (a wake-up with nothing due just re-arms). */
#include "wm_private.h"
#include "wm_timerq.h"
#include "wm_reactor.h"

#include <math.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

static wm_timerq_entry **wm_tq_heap; /* [1..wm_tq_count], malloc'd: outlives no request */
static uint32_t wm_tq_count;
static uint32_t wm_tq_capacity;
static uint64_t wm_tq_next_seq = 1;
static int wm_tq_fd = -1;
static uint64_t wm_tq_armed;         /* the deadline the timerfd holds; 0 = none */
static wm_io wm_tq_watcher;
static bool wm_tq_watching;

uint64_t wm_timerq_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t wm_timerq_ns(double seconds)
{
	if (!(seconds > 0)) {
		return 0;
	}
	if (seconds > 1e9) {
		seconds = 1e9;
	}
	return (uint64_t)llround(seconds * 1e9);
}

/* ---- the heap ---- */

static zend_always_inline bool wm_tq_before(const wm_timerq_entry *a, const wm_timerq_entry *b)
{
	return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static zend_always_inline void wm_tq_put(uint32_t slot, wm_timerq_entry *entry)
{
	wm_tq_heap[slot] = entry;
	entry->slot = slot;
}

static void wm_tq_sift_up(uint32_t slot, wm_timerq_entry *entry)
{
	while (slot > 1 && wm_tq_before(entry, wm_tq_heap[slot / 2])) {
		wm_tq_put(slot, wm_tq_heap[slot / 2]);
		slot /= 2;
	}
	wm_tq_put(slot, entry);
}

static void wm_tq_sift_down(uint32_t slot, wm_timerq_entry *entry)
{
	for (;;) {
		uint32_t child = slot * 2;
		if (child > wm_tq_count) {
			break;
		}
		if (child < wm_tq_count && wm_tq_before(wm_tq_heap[child + 1], wm_tq_heap[child])) {
			child++;
		}
		if (!wm_tq_before(wm_tq_heap[child], entry)) {
			break;
		}
		wm_tq_put(slot, wm_tq_heap[child]);
		slot = child;
	}
	wm_tq_put(slot, entry);
}

static void wm_tq_remove(wm_timerq_entry *entry)
{
	uint32_t slot = entry->slot;
	wm_timerq_entry *last = wm_tq_heap[wm_tq_count--];
	entry->slot = 0;
	if (last == entry) {
		return;
	}
	if (slot > 1 && wm_tq_before(last, wm_tq_heap[slot / 2])) {
		wm_tq_sift_up(slot, last);
	} else {
		wm_tq_sift_down(slot, last);
	}
}

static void wm_tq_grow(void)
{
	uint32_t capacity = wm_tq_capacity ? wm_tq_capacity * 2 : 16;
	wm_tq_heap = safe_perealloc(wm_tq_heap, capacity + 1, sizeof(*wm_tq_heap), 0, 1);
	wm_tq_capacity = capacity;
}

/* ---- the timerfd on the loop ---- */

static void wm_tq_on_expiry(int fd, short what, void *arg);

static bool wm_tq_watch(void)
{
	if (wm_tq_watching) {
		return true;
	}
	if (wm_tq_fd < 0) {
		wm_tq_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
		if (wm_tq_fd < 0) {
			php_error_docref(NULL, E_WARNING, "workerman: timerfd_create failed: %s", strerror(errno));
			return false;
		}
	}
	wm_io_init(&wm_tq_watcher, wm_tq_fd, wm_tq_on_expiry, NULL);
	wm_tq_watcher.internal = 1; /* the queued entries keep the loop running, not the fd */
	if (!wm_io_set(&wm_tq_watcher, WM_IO_READ)) {
		php_error_docref(NULL, E_WARNING, "workerman: cannot watch the timerfd: %s", strerror(errno));
		return false;
	}
	wm_tq_watching = true;
	wm_tq_armed = 0;
	return true;
}

/* Points the timerfd at the earliest deadline when it holds none or a later one. */
static void wm_tq_rearm(void)
{
	if (!wm_tq_count || !wm_tq_watch()) {
		return;
	}
	uint64_t first = wm_tq_heap[1]->deadline;
	if (wm_tq_armed && wm_tq_armed <= first) {
		return;
	}
	/* 0 would disarm: a deadline at the clock's origin is simply due. */
	uint64_t at = first ? first : 1;
	struct itimerspec spec = {
		.it_value = {.tv_sec = (time_t)(at / 1000000000u), .tv_nsec = (long)(at % 1000000000u)},
	};
	if (timerfd_settime(wm_tq_fd, TFD_TIMER_ABSTIME, &spec, NULL) == 0) {
		wm_tq_armed = at;
	}
}

/* Fires every entry due now that was armed before this pass began; an entry armed by a
 * callback waits for the next wake-up, which the re-arm below makes immediate if it is due. */
static void wm_tq_on_expiry(int fd, short what, void *arg)
{
	uint64_t expirations;
	(void)what;
	(void)arg;
	while (read(fd, &expirations, sizeof(expirations)) < 0 && errno == EINTR) {
	}
	wm_tq_armed = 0;
	uint64_t now = wm_timerq_now();
	uint64_t pass = wm_tq_next_seq;
	while (wm_tq_count && !EG(exception)) {
		wm_timerq_entry *first = wm_tq_heap[1];
		if (first->deadline > now || first->seq >= pass) {
			break;
		}
		wm_tq_remove(first);
		first->fire(first, now);
	}
	wm_tq_rearm();
}

/* ---- the public operations ---- */

void wm_timerq_arm(wm_timerq_entry *entry, uint64_t deadline)
{
	if (entry->slot) {
		wm_tq_remove(entry);
	}
	entry->deadline = deadline;
	entry->seq = wm_tq_next_seq++;
	if (wm_tq_count == wm_tq_capacity) {
		wm_tq_grow();
	}
	wm_tq_count++;
	wm_tq_sift_up(wm_tq_count, entry);
	if (entry->slot == 1) {
		wm_tq_rearm();
	}
}

void wm_timerq_cancel(wm_timerq_entry *entry)
{
	if (entry->slot) {
		wm_tq_remove(entry);
	}
}

bool wm_timerq_pending(void)
{
	return wm_tq_count != 0;
}

/* Marks every queued entry idle and closes the timerfd; the watcher is left as it is (after
 * fork it is on the parent's epoll instance and must not be deleted). The heap's memory stays. */
static void wm_tq_drop(void)
{
	for (uint32_t slot = 1; slot <= wm_tq_count; slot++) {
		wm_tq_heap[slot]->slot = 0;
	}
	wm_tq_count = 0;
	if (wm_tq_fd >= 0) {
		close(wm_tq_fd); /* after fork the parent's: its description stays the parent's */
		wm_tq_fd = -1;
	}
	wm_tq_watching = false;
	wm_tq_armed = 0;
}

void wm_timerq_forget_after_fork(void)
{
	wm_tq_drop();
}

void wm_timerq_release(void)
{
	if (wm_tq_watching) {
		wm_io_set(&wm_tq_watcher, 0);
	}
	wm_tq_drop();
	pefree(wm_tq_heap, 1);
	wm_tq_heap = NULL;
	wm_tq_capacity = 0;
}
