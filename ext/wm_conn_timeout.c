/* wm_conn_timeout.c: the wait lists of server connections (TLS handshake, request head,
 * WebSocket handshake, idle keep-alive, drain) and the one coarse timer that checks them.
 * Protocols put a connection in a list at a state change (once per read, not per byte);
 * what happens on expiry is theirs (wm_tmo_class). Never calls PHP itself. */
#include "wm_conn_timeout.h"
#include "wm_reactor.h"
#include "wm_fiber.h"
#include "wm_process.h"

#include <math.h>
#include <sys/timerfd.h>
#include <unistd.h>

/* Every wait of one kind has the same limit, so a list in order of entry is also in order
 * of expiry: a check looks only at the heads that are due. A connection costs two pointers
 * and a tick, no timer of its own (nginx's per-connection timers would cost an event each). */
typedef struct wm_tmo_list {
	wm_conn_obj *head, *tail;
} wm_tmo_list;

/* The clock: ticks of WM_TMO_TICK_MS from a timerfd, running only while some connection
 * waits. A timerfd, not a libevent timer: with any timer pending, libevent read the clock
 * and walked its heap on every loop turn (callgrind: ~200 instructions per request without
 * pipelining); an fd event costs nothing until it fires. It also counts the ticks a long
 * PHP callback kept the loop from seeing. Limits are met to within one tick: a wait of N
 * seconds ends after N to N + 1/4 seconds. */
#define WM_TMO_TICK_MS 250
#define WM_TMO_TICKS_PER_SECOND (1000 / WM_TMO_TICK_MS)

static wm_tmo_list wm_tmo_lists[WM_TMO__COUNT];
static const wm_tmo_class *wm_tmo_classes[WM_TMO__COUNT];
uint32_t wm_tmo_now;
static zend_long wm_tmo_waiting;
static zend_long wm_tmo_draining;
static wm_io wm_tmo_event;
static int wm_tmo_fd = -1;
static bool wm_tmo_running;

void wm_tmo_register(wm_tmo_kind kind, const wm_tmo_class *cls)
{
	wm_tmo_classes[kind] = cls;
}

static void wm_tmo_tick(int fd, short what, void *arg);

static void wm_tmo_timer_set(bool on)
{
	struct itimerspec spec = {{0, 0}, {0, 0}};
	if (on) {
		spec.it_interval.tv_nsec = spec.it_value.tv_nsec = WM_TMO_TICK_MS * 1000000L;
	}
	timerfd_settime(wm_tmo_fd, 0, &spec, NULL);
}

static void wm_tmo_timer_start(void)
{
	if (wm_tmo_fd < 0) {
		wm_tmo_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
		if (wm_tmo_fd < 0) {
			return; /* no limits then, as without this file */
		}
		wm_io_init(&wm_tmo_event, wm_tmo_fd, wm_tmo_tick, NULL);
	}
	wm_tmo_timer_set(true);
	wm_io_set(&wm_tmo_event, WM_IO_READ);
	wm_tmo_running = true;
}

/* Nothing waits: no tick, and no event to keep a loop of its own alive. */
static void wm_tmo_timer_stop(void)
{
	wm_tmo_timer_set(false);
	wm_io_set(&wm_tmo_event, 0);
	wm_tmo_running = false;
}

/* Takes conn out of list's links (its kind and the count stay). */
static void wm_tmo_detach(wm_tmo_list *list, wm_conn_obj *conn)
{
	if (conn->tmo_prev) {
		conn->tmo_prev->tmo_next = conn->tmo_next;
	} else {
		list->head = conn->tmo_next;
	}
	if (conn->tmo_next) {
		conn->tmo_next->tmo_prev = conn->tmo_prev;
	} else {
		list->tail = conn->tmo_prev;
	}
}

static void wm_tmo_unlink(wm_conn_obj *conn)
{
	wm_tmo_detach(&wm_tmo_lists[conn->tmo_kind], conn);
	conn->tmo_prev = conn->tmo_next = NULL;
	conn->tmo_kind = WM_TMO_NONE;
	wm_tmo_waiting--;
}

bool wm_tmo_sent_since(const wm_conn_obj *conn)
{
	return wm_tmo_sent(conn) != conn->tmo_written;
}

static inline void wm_tmo_append(wm_tmo_list *list, wm_conn_obj *conn)
{
	conn->tmo_next = NULL;
	conn->tmo_prev = list->tail;
	if (list->tail) {
		list->tail->tmo_next = conn;
	} else {
		list->head = conn;
	}
	list->tail = conn;
}

static void wm_tmo_wait_slow(wm_conn_obj *conn, wm_tmo_kind kind)
{
	wm_tmo_list *list = &wm_tmo_lists[kind];
	if (conn->tmo_kind == kind) {
		/* The same wait again (keep-alive): to the tail, where the newest start belongs. */
		wm_tmo_detach(list, conn);
		wm_tmo_append(list, conn);
	} else {
		if (conn->tmo_kind) {
			wm_tmo_unlink(conn);
		}
		conn->tmo_kind = (uint8_t)kind;
		wm_tmo_append(list, conn);
		wm_tmo_waiting++;
		if (UNEXPECTED(!wm_tmo_running)) {
			wm_tmo_timer_start();
		}
	}
	conn->tmo_since = wm_tmo_now;
	conn->tmo_written = wm_tmo_sent(conn);
}

/* Once per read on the HTTP path: the same wait at the tail of its list restarts in place. */
void wm_tmo_wait(wm_conn_obj *conn, wm_tmo_kind kind)
{
	if (EXPECTED(conn->tmo_kind == kind && !conn->tmo_next)) {
		conn->tmo_since = wm_tmo_now;
		conn->tmo_written = wm_tmo_sent(conn);
		return;
	}
	wm_tmo_wait_slow(conn, kind);
}

void wm_tmo_stop_slow(wm_conn_obj *conn)
{
	wm_tmo_unlink(conn);
}

void wm_tmo_forget_slow(wm_conn_obj *conn)
{
	if (conn->tmo_kind) {
		wm_tmo_unlink(conn);
	}
	if (conn->draining) {
		conn->draining = 0;
		if (--wm_tmo_draining == 0 && !(EG(flags) & EG_FLAGS_IN_SHUTDOWN)) {
			wm_process_connections_drained(); /* a reloading worker may exit now */
		}
	}
}

void wm_tmo_drain_mark(wm_conn_obj *conn)
{
	if (!conn->draining) {
		conn->draining = 1;
		wm_tmo_draining++;
	}
}

zend_long wm_tmo_drain_count(void)
{
	return wm_tmo_draining;
}

void wm_tmo_first(wm_conn_obj *conn)
{
	if (conn->io->ops->handshaking(conn->io)) {
		wm_tmo_wait(conn, WM_TMO_TLS);
		return;
	}
	switch (wm_conn_proto(conn)) {
	case WM_PROTO_HTTP:
		wm_tmo_wait(conn, WM_TMO_HEAD);
		break;
	case WM_PROTO_WEBSOCKET:
		wm_tmo_wait(conn, WM_TMO_WS);
		break;
	default:
		wm_tmo_stop(conn);
		break;
	}
}

/* The limit of a kind in ticks; 0 when there is none. */
static uint32_t wm_tmo_limit(const wm_tmo_class *cls)
{
	double seconds = cls ? cls->seconds() : 0;
	if (!(seconds > 0)) {
		return 0;
	}
	if (seconds > 86400.0 * 365) {
		seconds = 86400.0 * 365; /* stays far inside the 32-bit tick arithmetic */
	}
	return (uint32_t)ceil(seconds * WM_TMO_TICKS_PER_SECOND);
}

/* Expires the due heads of one list. An expiry may close other connections or put this
 * one back at the tail (with a new start, so it is not due again in this pass). */
static void wm_tmo_expire_due(wm_tmo_kind kind)
{
	wm_tmo_list *list = &wm_tmo_lists[kind];
	if (!list->head) {
		return;
	}
	const wm_tmo_class *cls = wm_tmo_classes[kind];
	uint32_t limit = wm_tmo_limit(cls);
	if (!limit) {
		return;
	}
	wm_conn_obj *conn;
	while ((conn = list->head) && wm_tmo_now - conn->tmo_since > limit && !wm_exiting()) {
		wm_tmo_unlink(conn);
		GC_ADDREF(&conn->std);
		cls->expire(conn);
		OBJ_RELEASE(&conn->std);
	}
}

static void wm_tmo_tick(int fd, short what, void *arg)
{
	if (wm_fiber_divert(wm_tmo_tick, fd, what, arg)) {
		return; /* Fiber mode: an expiry's onClose runs inside a fiber */
	}
	uint64_t expirations = 0;
	if (read(wm_tmo_fd, &expirations, sizeof(expirations)) != sizeof(expirations)) {
		return;
	}
	wm_tmo_now += (uint32_t)expirations;
	for (int kind = WM_TMO_NONE + 1; kind < WM_TMO__COUNT && !wm_exiting(); kind++) {
		wm_tmo_expire_due((wm_tmo_kind)kind);
	}
	if (wm_tmo_waiting == 0 && wm_tmo_running) {
		wm_tmo_timer_stop();
	}
}

/* ---- the TLS handshake: a transport wait, so it lives here ----------------------------- */

static double wm_tmo_tls_seconds(void)
{
	zval *v = zend_read_static_property(wm_ce_TcpConnection, ZEND_STRL("sslHandshakeTimeout"), true);
	return v ? zval_get_double(v) : 0;
}

/* A client that never finishes its handshake loses its connection, as one that fails it. */
static void wm_tmo_tls_expire(wm_conn_obj *conn)
{
	wm_conn_destroy(conn);
}

static const wm_tmo_class wm_tmo_tls_class = {wm_tmo_tls_seconds, wm_tmo_tls_expire};

void wm_tmo_minit(void)
{
	wm_tmo_register(WM_TMO_TLS, &wm_tmo_tls_class);
}

/* The timer goes with the loop. Connections still listed are freed after this, each
 * unlinking itself, so the lists stay as they are. */
/* A forked child makes its own timer: the parent's event belongs to the parent's loop. */
void wm_tmo_forget_after_fork(void)
{
	if (wm_tmo_fd >= 0) {
		close(wm_tmo_fd);
	}
	wm_tmo_fd = -1;
	wm_tmo_running = false;
}

void wm_tmo_rshutdown(void)
{
	if (wm_tmo_fd >= 0) {
		if (wm_tmo_running) {
			wm_io_set(&wm_tmo_event, 0);
		}
		close(wm_tmo_fd);
	}
	wm_tmo_fd = -1;
	wm_tmo_running = false;
}
