/* wm_metrics.c: the shared counters region and worker recycling (see wm_metrics.h). The
 * master maps the region and keeps who owns each slot; a worker writes only its own slot and
 * never waits on the master. The endpoint and the exposition text are wm_metrics_export.c's;
 * the counters themselves are incremented where things happen (wm_metrics_counters.h).
 * Recycling ends a worker the way a graceful reload does: wm_stop_all() with the graceful
 * flag, from a fresh loop turn, never from inside a request's dispatch. */
#include "wm_metrics.h"
#include "wm_master.h"
#include "wm_master_internal.h"
#include "wm_loop.h"
#include "wm_reactor.h"
#include "wm_timer.h"
#include "wm_log.h"
#include "ext/random/php_random.h"

#include <event2/event.h>
#include <inttypes.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

/* Master state. */
static wm_proc_counters *wm_region;        /* MAP_SHARED, inherited by every child */
static uint32_t wm_region_slots;
static wm_metrics_slot_owner *wm_owners;   /* master's view: who has each slot */
static int64_t wm_reload_count;
static HashTable wm_recycle_counts;        /* Worker handle -> [reason => count] */
static bool wm_recycle_counts_ready;

/* Worker state. */
static wm_io wm_tick_event;
static int wm_tick_fd = -1;
static struct timespec wm_tick_due;         /* when the timerfd's next expiry is due */
static int wm_statm_fd = -1;
static int64_t wm_max_memory;
static int64_t wm_max_requests;             /* this process's maxRequests plus its jitter draw */
static bool wm_tick_gauges;                 /* the region exists: keep the gauges fresh */
static bool wm_recycling;
static wm_worker_obj *wm_recycle_worker;

wm_proc_counters *wm_metrics_slots(uint32_t *count) { *count = wm_region ? wm_region_slots : 0; return wm_region; }
const wm_metrics_slot_owner *wm_metrics_owners(void) { return wm_owners; }
int64_t wm_metrics_reloads(void) { return wm_reload_count; }
HashTable *wm_metrics_recycles(void) { return wm_recycle_counts_ready ? &wm_recycle_counts : NULL; }

static zval *wm_worker_named_prop(wm_worker_obj *worker, const char *name)
{
	zval rv;
	zval *value = zend_read_property(worker->std.ce, &worker->std, name, strlen(name), true, &rv);
	ZVAL_DEREF(value);
	return value;
}

/* maxMemory: bytes as an int, or a string of digits with an optional K, M or G (1024-based,
 * as php.ini's memory_limit); 0, null, false or '' for none. */
static bool wm_parse_bytes(zval *value, int64_t *bytes)
{
	*bytes = 0;
	if (Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_FALSE) {
		return true;
	}
	if (Z_TYPE_P(value) == IS_LONG) {
		*bytes = Z_LVAL_P(value);
		return *bytes >= 0;
	}
	if (Z_TYPE_P(value) != IS_STRING) {
		return false;
	}
	const char *p = Z_STRVAL_P(value), *end = p + Z_STRLEN_P(value);
	if (p == end) {
		return true;
	}
	int64_t n = 0;
	const char *digits = p;
	while (p < end && *p >= '0' && *p <= '9') {
		if (n > INT64_MAX / 10 - 10) {
			return false;
		}
		n = n * 10 + (*p++ - '0');
	}
	if (p == digits) {
		return false;
	}
	int shift = 0;
	if (p < end) {
		switch (*p++) {
		case 'k': case 'K': shift = 10; break;
		case 'm': case 'M': shift = 20; break;
		case 'g': case 'G': shift = 30; break;
		default: return false;
		}
	}
	if (p != end || n > (INT64_MAX >> shift)) {
		return false;
	}
	*bytes = n << shift;
	return true;
}

static bool wm_parse_count(zval *value, int64_t *count)
{
	*count = 0;
	if (Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_FALSE) {
		return true;
	}
	if (Z_TYPE_P(value) != IS_LONG || Z_LVAL_P(value) < 0) {
		return false;
	}
	*count = Z_LVAL_P(value);
	return true;
}

/* Misconfiguration stops the start, as a bad listen address does. */
static zend_result wm_check_recycling(wm_worker_obj *worker)
{
	static const char *const counts[] = {"maxRequests", "maxRequestsJitter"};
	int64_t ignored;
	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		if (!wm_parse_count(wm_worker_named_prop(worker, counts[i]), &ignored)) {
			zend_throw_exception_ex(zend_ce_exception, 0, "Worker::$%s must be a non-negative int", counts[i]);
			return FAILURE;
		}
	}
	if (!wm_parse_bytes(wm_worker_named_prop(worker, "maxMemory"), &ignored)) {
		zend_throw_exception(zend_ce_exception,
			"Worker::$maxMemory must be a number of bytes or a string such as '256M' (K, M, G)", 0);
		return FAILURE;
	}
	return SUCCESS;
}

/* Room for every process now, and for counts raised by an onMasterReload later. */
static zend_result wm_region_map(void)
{
	uint32_t processes = 0;
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		processes += wm_worker_from_obj(obj)->slot_count;
	} ZEND_HASH_FOREACH_END();
	uint32_t slots = processes * 2 + 64;
	void *region = mmap(NULL, (size_t)slots * sizeof(wm_proc_counters), PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED) {
		zend_throw_exception_ex(zend_ce_exception, 0, "metrics: mmap failed: %s", strerror(errno));
		return FAILURE;
	}
	wm_region = region;
	wm_region_slots = slots;
	wm_owners = ecalloc(slots, sizeof(wm_metrics_slot_owner));
	return SUCCESS;
}

zend_result wm_metrics_master_start(void)
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		if (wm_check_recycling(wm_worker_from_obj(obj)) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	if (!wm_recycle_counts_ready) {
		zend_hash_init(&wm_recycle_counts, 4, NULL, ZVAL_PTR_DTOR, 0);
		wm_recycle_counts_ready = true;
	}
	zend_string *listen = wm_static_string("metricsListen", sizeof("metricsListen") - 1);
	zend_result result = SUCCESS;
	if (ZSTR_LEN(listen) && !wm_region) {
		result = wm_region_map();
		if (result == SUCCESS) {
			result = wm_metrics_http_open(listen);
		}
	}
	zend_string_release(listen);
	return result;
}

int wm_metrics_slot_claim(void)
{
	for (uint32_t i = 0; wm_region && i < wm_region_slots; i++) {
		if (!wm_owners[i].pid) {
			memset(&wm_region[i], 0, sizeof(wm_proc_counters));
			wm_region[i].started_at = (int64_t)time(NULL);
			return (int)i;
		}
	}
	return -1;
}

void wm_metrics_slot_forked(int slot, pid_t pid, wm_worker_obj *worker, uint32_t id)
{
	if (slot < 0) {
		return;
	}
	wm_owners[slot].pid = pid;
	wm_owners[slot].worker = worker;
	wm_owners[slot].id = id;
	wm_region[slot].pid = pid;
}

void wm_metrics_child_attach(int slot)
{
	wm_metrics_http_close_in_child();
	if (wm_owners) {
		efree(wm_owners); /* the master's bookkeeping means nothing here */
		wm_owners = NULL;
	}
	if (slot < 0) {
		return;
	}
	wm_proc_counters *mine = &wm_region[slot];
	int64_t started_at = mine->started_at;
	*mine = *wm_counters; /* what this process already holds (the master's connections, if any) */
	mine->started_at = started_at;
	mine->pid = (int64_t)getpid();
	wm_counters = mine;
	wm_tick_gauges = true;
}

static void wm_count_recycle(wm_worker_obj *worker, int64_t reason)
{
	zend_ulong key = (zend_ulong)(uintptr_t)&worker->std;
	zval *counts = zend_hash_index_find(&wm_recycle_counts, key);
	if (!counts) {
		zval empty;
		array_init(&empty);
		counts = zend_hash_index_add_new(&wm_recycle_counts, key, &empty);
	}
	zval *n = zend_hash_index_find(Z_ARRVAL_P(counts), (zend_ulong)reason);
	if (n) {
		Z_LVAL_P(n)++;
	} else {
		add_index_long(counts, (zend_long)reason, 1);
	}
}

void wm_metrics_child_reaped(pid_t pid, wm_worker_obj *worker)
{
	for (uint32_t i = 0; wm_owners && i < wm_region_slots; i++) {
		if (wm_owners[i].pid == pid) {
			if (wm_region[i].recycle_reason != WM_RECYCLE_NONE && wm_recycle_counts_ready) {
				wm_count_recycle(worker, wm_region[i].recycle_reason);
			}
			wm_owners[i].pid = 0;
			wm_owners[i].worker = NULL;
			return;
		}
	}
}

void wm_metrics_reload_started(void)
{
	wm_reload_count++;
}

/* ---- worker side: recycling ---- */

static void wm_recycle(int64_t reason)
{
	wm_worker_obj *worker = wm_recycle_worker;
	if (wm_recycling || !worker || wm_exiting() || wm_master_status() != WM_STATUS_RUNNING) {
		return;
	}
	wm_recycling = true;
	wm_counters->recycle_reason = reason;
	zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	if (reason == WM_RECYCLE_REQUESTS) {
		wm_logf("worker[%s:%d] recycled after %" PRId64 " requests (maxRequests)", ZSTR_VAL(name),
			(int)getpid(), wm_max_requests);
	} else {
		wm_logf("worker[%s:%d] recycled at %zu bytes of memory (maxMemory %" PRId64 ")", ZSTR_VAL(name),
			(int)getpid(), zend_memory_usage(false), wm_max_memory);
	}
	zend_string_release(name);
	/* A graceful reload's worker side: stop accepting, finish, exit 0; the master forks a
	 * fresh process into the same id. */
	wm_master_set_graceful(true);
	wm_stop_all(0, NULL);
}

static void wm_recycle_requests_cb(evutil_socket_t fd, short what, void *arg)
{
	wm_recycle(WM_RECYCLE_REQUESTS);
}

/* Reached inside a request's dispatch (wm_stat_request): act on the next loop turn. */
static void wm_request_limit_hook(void)
{
	struct timeval now = {0, 0};
	event_base_once(wm_loop_base(), -1, EV_TIMEOUT, wm_recycle_requests_cb, NULL, &now);
}

/* ---- worker side: the tick ---- */

static int64_t wm_read_rss(void)
{
	if (wm_statm_fd < 0) {
		wm_statm_fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
		if (wm_statm_fd < 0) {
			return 0;
		}
	}
	char buf[128];
	ssize_t n = pread(wm_statm_fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0) {
		return 0;
	}
	buf[n] = '\0';
	long long size, resident;
	if (sscanf(buf, "%lld %lld", &size, &resident) != 2) {
		return 0;
	}
	return (int64_t)resident * (int64_t)sysconf(_SC_PAGESIZE);
}

/* The tick is a timerfd on the reactor, not a libevent timer: a libevent timer bounds every
 * wait and is looked for after every libevent pass; an fd costs nothing until it fires. */
static void wm_tick_cb(int fd, short what, void *arg);

static void wm_tick_start(void)
{
	wm_tick_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	if (wm_tick_fd < 0) {
		return; /* no tick: no gauges, no maxMemory check */
	}
	struct itimerspec every_second = {{1, 0}, {1, 0}};
	clock_gettime(CLOCK_MONOTONIC, &wm_tick_due);
	wm_tick_due.tv_sec += 1;
	if (timerfd_settime(wm_tick_fd, 0, &every_second, NULL) != 0) {
		close(wm_tick_fd);
		wm_tick_fd = -1;
		return;
	}
	wm_io_init(&wm_tick_event, wm_tick_fd, wm_tick_cb, NULL);
	wm_io_set(&wm_tick_event, WM_IO_READ);
}

static void wm_tick_cb(int fd, short what, void *arg)
{
	uint64_t expirations = 0;
	if (read(wm_tick_fd, &expirations, sizeof(expirations)) != sizeof(expirations) || wm_exiting()) {
		return;
	}
	/* Lag: how long after its due time the latest expiry was served. */
	wm_tick_due.tv_sec += (time_t)expirations - 1;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	int64_t late = (int64_t)(now.tv_sec - wm_tick_due.tv_sec) * 1000000
		+ (now.tv_nsec - wm_tick_due.tv_nsec) / 1000;
	wm_tick_due.tv_sec += 1;
	if (wm_tick_gauges) {
		wm_counters->loop_lag_us = late > 0 ? late : 0;
		if (wm_counters->loop_lag_us > wm_counters->loop_lag_max_us) {
			wm_counters->loop_lag_max_us = wm_counters->loop_lag_us;
		}
		wm_counters->timers = (int64_t)wm_timer_count();
		wm_counters->zend_memory = (int64_t)zend_memory_usage(false);
		wm_counters->rss = wm_read_rss();
	}
	if (wm_max_memory > 0 && (int64_t)zend_memory_usage(false) >= wm_max_memory) {
		wm_recycle(WM_RECYCLE_MEMORY);
	}
}

void wm_metrics_worker_started(wm_worker_obj *worker)
{
	if (wm_process_in_master() || wm_recycle_worker) {
		return; /* Worker::run() outside runAll(): no master to replace this process */
	}
	wm_recycle_worker = worker;
	int64_t max_requests = 0, jitter = 0;
	wm_parse_count(wm_worker_named_prop(worker, "maxRequests"), &max_requests);
	wm_parse_count(wm_worker_named_prop(worker, "maxRequestsJitter"), &jitter);
	wm_parse_bytes(wm_worker_named_prop(worker, "maxMemory"), &wm_max_memory);
	if (max_requests > 0) {
		/* gunicorn's max_requests_jitter: each process draws its own extra, so the
		 * processes of one Worker do not all leave in the same second. */
		int64_t extra = jitter > 0 ? (int64_t)php_mt_rand_range(0, (zend_long)jitter) : 0;
		wm_counters_limit_hook = wm_request_limit_hook;
		wm_max_requests = max_requests + extra;
		wm_counters_request_limit = wm_counters->requests + wm_max_requests;
	}
	if (wm_tick_gauges || wm_max_memory > 0) {
		wm_counters->zend_memory = (int64_t)zend_memory_usage(false);
		wm_counters->rss = wm_read_rss();
		wm_tick_start();
	}
}

void wm_metrics_rshutdown(void)
{
	wm_io_set(&wm_tick_event, 0); /* a no-op when it was never watched */
	if (wm_tick_fd >= 0) {
		close(wm_tick_fd);
		wm_tick_fd = -1;
	}
	if (wm_statm_fd >= 0) {
		close(wm_statm_fd);
		wm_statm_fd = -1;
	}
	wm_metrics_http_rshutdown();
	if (wm_region) {
		/* Objects freed after RSHUTDOWN still count down: back to the private struct. */
		static wm_proc_counters after;
		after = *wm_counters;
		wm_counters = &after;
		munmap(wm_region, (size_t)wm_region_slots * sizeof(wm_proc_counters));
		wm_region = NULL;
	}
	if (wm_owners) {
		efree(wm_owners);
		wm_owners = NULL;
	}
	if (wm_recycle_counts_ready) {
		zend_hash_destroy(&wm_recycle_counts);
		wm_recycle_counts_ready = false;
	}
	wm_counters_request_limit = INT64_MAX;
	wm_counters_limit_hook = NULL;
	wm_recycle_worker = NULL;
	wm_recycling = false;
	wm_tick_gauges = false;
	wm_max_memory = 0;
	wm_max_requests = 0;
	wm_reload_count = 0;
}
