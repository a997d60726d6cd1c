/* wm_reactor.c: the process's own epoll instance (see wm_reactor.h). Level-triggered, one
 * watcher per descriptor, the watcher itself in epoll_event.data: a wake-up costs the wait
 * and one indirect call per ready descriptor. A watcher removed while a turn's array is
 * being dispatched is struck from the rest of that array, so a callback that closes another
 * connection never leaves it a stale event. */
#include "wm_private.h"
#include "wm_reactor.h"

#include <sys/epoll.h>
#include <unistd.h>

#define WM_RX_BATCH 256

_Static_assert(EPOLLIN << 1 == WM_IO_READ && EPOLLOUT == WM_IO_WRITE, "the bit mapping of wm_reactor_turn()");

uint32_t wm_reactor_era = 1;
static int wm_rx_fd = -1;
uint32_t wm_rx_live;
static wm_io *wm_rx_woken_head;
static wm_io **wm_rx_woken_tail = &wm_rx_woken_head;
static bool wm_rx_breaking;

/* The array of the turn being dispatched: [wm_rx_pos + 1, wm_rx_count) is still to come
 * (wm_rx_pos: the entry whose callback runs). */
static struct epoll_event wm_rx_events[WM_RX_BATCH];
static int wm_rx_pos;
static int wm_rx_count;

int wm_reactor_fd(void)
{
	if (wm_rx_fd < 0) {
		wm_rx_fd = epoll_create1(EPOLL_CLOEXEC);
	}
	return wm_rx_fd;
}

void wm_io_init(wm_io *io, int fd, wm_io_fn fn, void *arg)
{
	io->fn = fn;
	io->arg = arg;
	io->next_woken = NULL;
	io->fd = fd;
	io->era = 0;
	io->woken_era = 0;
	io->want = 0;
	io->woken = 0;
	io->internal = 0;
}

/* In this era's list of watchers woken by hand (a wake from before fork is not). */
static zend_always_inline bool wm_rx_is_woken(const wm_io *io)
{
	return io->woken && io->woken_era == wm_reactor_era;
}

static void wm_rx_unwake(wm_io *io)
{
	if (!wm_rx_is_woken(io)) {
		io->woken = 0;
		return;
	}
	io->woken = 0;
	for (wm_io **link = &wm_rx_woken_head; *link; link = &(*link)->next_woken) {
		if (*link == io) {
			*link = io->next_woken;
			if (wm_rx_woken_tail == &io->next_woken) {
				wm_rx_woken_tail = link;
			}
			io->next_woken = NULL;
			if (!io->internal && !wm_io_wanted(io)) {
				wm_rx_live--;
			}
			return;
		}
	}
}

/* Strikes io from the rest of the array being dispatched. */
static void wm_rx_strike(wm_io *io)
{
	for (int i = wm_rx_pos + 1; i < wm_rx_count; i++) {
		if (wm_rx_events[i].data.ptr == io) {
			wm_rx_events[i].data.ptr = NULL;
		}
	}
}

static zend_always_inline uint32_t wm_rx_events_of(uint8_t want)
{
	return ((want & WM_IO_READ) ? EPOLLIN : 0) | ((want & WM_IO_WRITE) ? EPOLLOUT : 0);
}

bool wm_io_set(wm_io *io, uint8_t want)
{
	uint8_t have = wm_io_wanted(io);
	if (want == have) {
		if (!want) {
			wm_rx_unwake(io); /* removing also drops a wake not yet delivered */
		}
		return true;
	}
	if (!want) {
		/* Before the fd is closed: a dup of it elsewhere would keep the registration alive. */
		struct epoll_event unused = {0};
		epoll_ctl(wm_rx_fd, EPOLL_CTL_DEL, io->fd, &unused);
		io->want = 0;
		if (!io->internal && !wm_rx_is_woken(io)) {
			wm_rx_live--;
		}
		wm_rx_unwake(io);
		if (wm_rx_count) {
			wm_rx_strike(io);
		}
		return true;
	}
	if (wm_reactor_fd() < 0) {
		return false;
	}
	struct epoll_event ev;
	ev.events = wm_rx_events_of(want);
	ev.data.ptr = io;
	int op = have ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
	if (epoll_ctl(wm_rx_fd, op, io->fd, &ev) != 0) {
		/* ENOENT: the kernel dropped the registration with the file's last descriptor: add it
		 * again. EEXIST is another watcher's registration of the fd and stays refused: the
		 * watchers of descriptors the runtime does not own (PHP streams a user watches) are
		 * on libevent's epoll instance, where a stale one cannot touch the runtime's. */
		if (errno != ENOENT || op != EPOLL_CTL_MOD || epoll_ctl(wm_rx_fd, EPOLL_CTL_ADD, io->fd, &ev) != 0) {
			return false;
		}
	}
	if (!have) {
		io->era = wm_reactor_era;
		if (!io->internal && !wm_rx_is_woken(io)) {
			wm_rx_live++;
		}
	}
	io->want = want;
	return true;
}

void wm_io_wake(wm_io *io, uint8_t what)
{
	if (!what) {
		return;
	}
	if (!wm_rx_is_woken(io)) {
		io->woken = 0;
		io->woken_era = wm_reactor_era;
		if (!io->internal && !wm_io_wanted(io)) {
			wm_rx_live++;
		}
		io->next_woken = NULL;
		*wm_rx_woken_tail = io;
		wm_rx_woken_tail = &io->next_woken;
	}
	io->woken |= what;
}

static void wm_rx_run_woken(void)
{
	while (wm_rx_woken_head && !wm_rx_breaking) {
		wm_io *io = wm_rx_woken_head;
		uint8_t what = io->woken;
		wm_rx_unwake(io);
		io->fn(io->fd, what, io->arg);
	}
}

int wm_reactor_turn(int timeout_ms)
{
	wm_rx_breaking = false;
	if (UNEXPECTED(wm_rx_fd < 0) && wm_reactor_fd() < 0) {
		return -1;
	}
	int n = epoll_wait(wm_rx_fd, wm_rx_events, WM_RX_BATCH, wm_rx_woken_head ? 0 : timeout_ms);
	if (n < 0) {
		return errno == EINTR ? 0 : -1;
	}
	wm_rx_count = n;
	for (int i = 0; i < n; i++) {
		wm_io *io = wm_rx_events[i].data.ptr;
		if (!io) {
			continue; /* struck: removed by an earlier callback of this turn */
		}
		uint32_t ready = wm_rx_events[i].events;
		/* EPOLLIN (1) -> WM_IO_READ (2), EPOLLOUT (4) = WM_IO_WRITE (4); an error or hang-up
		 * is news for both directions, as libevent reports it. */
		uint8_t what = (uint8_t)(((ready & EPOLLIN) << 1) | (ready & EPOLLOUT));
		if (ready & (EPOLLERR | EPOLLHUP)) {
			what = WM_IO_READ | WM_IO_WRITE;
		}
		what &= io->want;
		if (what) {
			wm_rx_pos = i; /* what wm_rx_strike() spares */
			io->fn(io->fd, what, io->arg);
		}
		if (UNEXPECTED(wm_rx_breaking)) {
			break;
		}
	}
	wm_rx_count = 0;
	wm_rx_run_woken();
	return n;
}

void wm_reactor_break(void)
{
	wm_rx_breaking = true;
}

void wm_reactor_forget_after_fork(void)
{
	if (wm_rx_fd >= 0) {
		close(wm_rx_fd); /* the instance stays the parent's */
		wm_rx_fd = -1;
	}
	wm_reactor_era++;
	wm_rx_live = 0;
	wm_rx_woken_head = NULL;
	wm_rx_woken_tail = &wm_rx_woken_head;
	wm_rx_count = 0;
	wm_rx_breaking = false;
}

void wm_reactor_release(void)
{
	wm_reactor_forget_after_fork();
}
