/* wm_master.c: Worker::runAll() and the master process: the CLI, forking workers into
 * their slots, signals, stopAll() in both roles.
 * SKELETON: only `start` in the foreground and SIGINT stop; see the issue for the rest. */
#include "wm_private.h"
#include "wm_master.h"
#include "wm_worker.h"
#include "wm_loop.h"
#include "wm_timer.h"
#include "wm_log.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static int wm_status = WM_STATUS_INITIAL;
static bool wm_graceful;
static pid_t wm_master_pid;
static volatile sig_atomic_t wm_master_stop_requested;

int wm_master_status(void) { return wm_status; }
bool wm_master_graceful_stop(void) { return wm_graceful; }
bool wm_in_master(void) { return wm_master_pid == 0 || wm_master_pid == getpid(); }

bool wm_is_daemonized(void)
{
	zval *daemonize = WM_STATIC_PROP(wm_ce_Worker, "daemonize");
	return daemonize && zend_is_true(daemonize);
}

static void wm_worker_signal(evutil_socket_t signo, short what, void *arg)
{
	wm_stop_all(0, NULL);
}

void wm_master_worker_started(void)
{
	wm_status = WM_STATUS_RUNNING;
	static struct event *sigint_event;
	sigint_event = evsignal_new(wm_loop_base(), SIGINT, wm_worker_signal, NULL);
	event_add(sigint_event, NULL);
}

void wm_stop_all(zend_long code, zval *log)
{
	if (log && zend_is_true(log)) {
		zend_string *text = zval_get_string(log);
		wm_log(ZSTR_VAL(text), ZSTR_LEN(text));
		zend_string_release(text);
	}
	wm_status = WM_STATUS_SHUTDOWN;
	if (wm_in_master()) {
		wm_master_stop_requested = 1;
		return;
	}
	zend_object *obj;
	ZEND_HASH_REVERSE_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		zval *stopping = wm_worker_prop(worker, WM_WP_STOPPING);
		if (!zend_is_true(stopping)) {
			wm_worker_stop(worker);
			stopping = wm_worker_prop(worker, WM_WP_STOPPING);
			zval_ptr_dtor(stopping);
			ZVAL_TRUE(stopping);
		}
	} ZEND_HASH_FOREACH_END();
	wm_begin_exit((int)code);
}

static void wm_master_on_signal(int signo)
{
	wm_master_stop_requested = 1;
}

static void wm_fork_one(wm_worker_obj *worker, uint32_t slot)
{
	pid_t pid = fork();
	if (pid > 0) {
		worker->slot_pids[slot] = pid;
		return;
	}
	if (pid < 0) {
		wm_logf("fork fail");
		return;
	}
	wm_loop_forget_after_fork();
	wm_timer_forget_after_fork();
	wm_worker_keep_only(worker);
	zval *id = wm_worker_prop(worker, WM_WP_ID);
	zval_ptr_dtor(id);
	ZVAL_LONG(id, slot);
	if (zend_is_true(wm_worker_prop(worker, WM_WP_REUSEPORT))) {
		if (wm_worker_listen(worker) == FAILURE) {
			return;
		}
	}
	zend_call_method_with_0_params(&worker->std, worker->std.ce, NULL, "run", NULL);
	if (!EG(exception)) {
		wm_logf("Exception: event-loop exited");
		wm_begin_exit(250);
	}
}

ZEND_METHOD(Workerman_Worker, runAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_master_pid = getpid();
	wm_status = WM_STATUS_STARTING;
	signal(SIGPIPE, SIG_IGN);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		if (!zend_is_true(wm_worker_prop(worker, WM_WP_REUSEPORT)) && wm_worker_listen(worker) == FAILURE) {
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = wm_master_on_signal; /* no SA_RESTART: waitpid must return EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	HashTable workers;
	zend_hash_init(&workers, 4, NULL, NULL, 0);
	zend_hash_copy(&workers, wm_worker_registry(), NULL);
	ZEND_HASH_FOREACH_PTR(&workers, obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		zend_long count = zval_get_long(wm_worker_prop(worker, WM_WP_COUNT));
		if (count < 1) {
			count = 1;
		}
		worker->slot_count = (uint32_t)count;
		worker->slot_pids = ecalloc(count, sizeof(pid_t));
		for (uint32_t slot = 0; slot < worker->slot_count; slot++) {
			wm_fork_one(worker, slot);
			if (getpid() != wm_master_pid) {
				zend_hash_destroy(&workers);
				return;
			}
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&workers);
	wm_status = WM_STATUS_RUNNING;
	bool signalled = false;
	for (;;) {
		if (wm_master_stop_requested && !signalled) {
			signalled = true;
			ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
				wm_worker_obj *worker = wm_worker_from_obj(obj);
				for (uint32_t slot = 0; slot < worker->slot_count; slot++) {
					if (worker->slot_pids[slot] > 0) {
						kill(worker->slot_pids[slot], SIGINT);
					}
				}
			} ZEND_HASH_FOREACH_END();
		}
		int status;
		pid_t pid = waitpid(-1, &status, 0);
		if (pid < 0) {
			if (errno == EINTR) {
				continue;
			}
			break;
		}
	}
	wm_worker_remove_unix_files();
	wm_begin_exit(0);
}

ZEND_METHOD(Workerman_Worker, stopAll)
{
	zend_long code = 0;
	zval *log = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(code)
		Z_PARAM_ZVAL(log)
	ZEND_PARSE_PARAMETERS_END();
	wm_stop_all(code, log);
}

ZEND_METHOD(Workerman_Worker, setUserAndGroup) { ZEND_PARSE_PARAMETERS_NONE(); }
ZEND_METHOD(Workerman_Worker, getStatus) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_LONG(wm_status); }
ZEND_METHOD(Workerman_Worker, getGracefulStop) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_BOOL(wm_graceful); }
ZEND_METHOD(Workerman_Worker, resetStd) { ZEND_PARSE_PARAMETERS_NONE(); }
ZEND_METHOD(Workerman_Worker, getArgv) { ZEND_PARSE_PARAMETERS_NONE(); array_init(return_value); }
ZEND_METHOD(Workerman_Worker, isRunning) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_BOOL(wm_status == WM_STATUS_RUNNING); }
ZEND_METHOD(Workerman_Worker, checkErrors) { ZEND_PARSE_PARAMETERS_NONE(); }

void wm_master_connections_drained(void)
{
}

void wm_master_minit(void)
{
}
