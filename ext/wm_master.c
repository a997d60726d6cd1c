/* wm_master.c: the process model of Worker::runAll(): start-up order, daemonizing, the
 * master's signal loop (reap, respawn, reload, stop) and the worker side of stopAll/reload.
 * It writes the process state every layer reads (wm_process.h: role, status, graceful, drain)
 * and registers the hooks through which lower layers ask it to act; it owns the master's own
 * state (children, exit counts, status file paths) that the split-off files reach through
 * wm_master_internal.h: forking the workers into their id slots and the child's side of a
 * fork are wm_fork.c, the status and connections files wm_status.c, the CLI commands and the
 * start UI wm_cli.c. Forks happen only at runAll()'s own C level, never inside a libevent
 * callback. */
#include "wm_private.h"
#include "wm_master.h"
#include "wm_process.h"
#include "wm_start_check.h"
#include "wm_master_internal.h"
#include "wm_cli.h"
#include "wm_worker.h"
#include "wm_loop.h"
#include "wm_timer.h"
#include "wm_conn.h"
#include "wm_log.h"
#include "wm_metrics.h"

#include <event2/event.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static time_t wm_start_time;
static int wm_lock_fd = -1;
static zend_string *wm_status_path;
static zend_string *wm_connections_path;

/* Master state. */
static HashTable wm_children;       /* pid -> wm_child* */
static HashTable wm_reload_queue;   /* pid -> pid, in signalling order */
static HashTable wm_exit_info;      /* Worker handle -> [status => count] */
static bool wm_tables_ready;
static bool wm_need_fork;
static bool wm_reload_pending;
static struct event *wm_master_events[12];
static struct event *wm_child_check_event;

/* Worker state. */
static struct event *wm_worker_events[12];
static bool wm_worker_signals_installed;
static bool wm_check_errors_registered;
static bool wm_booting;             /* from Worker::run() until the loop's first turn */
static bool wm_stopping_workers;    /* re-entry guard: onWorkerStop may throw */

int wm_master_status(void) { return wm_process.status; }
void wm_master_set_graceful(bool graceful) { wm_process.graceful = graceful; }
void wm_master_set_status(int status) { wm_process.status = status; }
zend_string *wm_master_status_file(void) { return wm_status_path; }
zend_string *wm_master_connections_file(void) { return wm_connections_path; }
HashTable *wm_master_children(void) { return &wm_children; }
HashTable *wm_master_exit_info(void) { return &wm_exit_info; }
time_t wm_master_start_time(void) { return wm_start_time; }

bool wm_is_daemonized(void)
{
	zval *daemonize = WM_STATIC_PROP(wm_ce_Worker, "daemonize");
	return daemonize && zend_is_true(daemonize);
}

/* basename of the start file: the <start> of the master's own log lines (4.x). */
const char *wm_master_start_name(void)
{
	zend_string *start = wm_start_file();
	const char *slash = strrchr(ZSTR_VAL(start), '/');
	return slash ? slash + 1 : ZSTR_VAL(start);
}

zend_string *wm_static_string(const char *name, size_t len)
{
	zval *prop = wm_static_prop(wm_ce_Worker, name, len);
	return prop ? zval_get_string(prop) : ZSTR_EMPTY_ALLOC();
}

static void wm_set_static_string(const char *name, size_t len, zend_string *value)
{
	zval zv;
	ZVAL_STR_COPY(&zv, value);
	zend_update_static_property(wm_ce_Worker, name, len, &zv);
	zval_ptr_dtor(&zv);
}

static void wm_set_prop_string(wm_worker_obj *worker, enum wm_worker_prop prop, const char *value, size_t len)
{
	zval *slot = wm_worker_prop(worker, prop);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_STRINGL(slot, value, len);
	zval_ptr_dtor(&old);
}

/* Calls a PHP function by name for its side effect; warnings silenced when quiet. */
void wm_call_php_function(const char *name, uint32_t argc, zval *argv, bool quiet)
{
	if (!zend_hash_str_exists(EG(function_table), name, strlen(name))) {
		return;
	}
	zval fn, rv;
	ZVAL_STRING(&fn, name);
	int saved_reporting = EG(error_reporting);
	if (quiet) {
		EG(error_reporting) = 0;
	}
	call_user_function(NULL, NULL, &fn, &rv, argc, argv);
	EG(error_reporting) = saved_reporting;
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&fn);
}

void wm_set_process_title(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *title = zend_vstrpprintf(0, format, args);
	va_end(args);
	zval arg;
	ZVAL_STR(&arg, title);
	wm_call_php_function("cli_set_process_title", 1, &arg, true);
	zval_ptr_dtor(&arg);
}

static void wm_tables_init(void)
{
	if (!wm_tables_ready) {
		zend_hash_init(&wm_children, 8, NULL, NULL, 0);
		zend_hash_init(&wm_reload_queue, 8, NULL, NULL, 0);
		zend_hash_init(&wm_exit_info, 4, NULL, ZVAL_PTR_DTOR, 0);
		wm_tables_ready = true;
	}
}

/* ---- start-up (4.x order, API.md 1.1) ---- */

/* 4.x init() installs an error handler printing "<msg> in file <file> on line <n>" for
 * the master (and the CLI); a forked worker restores the script's own handling. */
static void (*wm_saved_error_cb)(int, zend_string *, const uint32_t, zend_string *);
static bool wm_error_hook_active;

static void wm_master_error_cb(int type, zend_string *file, const uint32_t line, zend_string *message)
{
	int fatal = E_ERROR | E_PARSE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR | E_COMPILE_WARNING;
	if (!wm_error_hook_active || (type & fatal)) {
		wm_saved_error_cb(type, file, line, message);
		return;
	}
	zend_string *text = zend_strpprintf(0, "%s in file %s on line %u\n", ZSTR_VAL(message),
		file ? ZSTR_VAL(file) : "Unknown", line);
	wm_safe_echo(ZSTR_VAL(text), ZSTR_LEN(text), false);
	zend_string_release(text);
}

static void wm_install_error_hook(void)
{
	if (!wm_saved_error_cb) {
		wm_saved_error_cb = zend_error_cb;
		zend_error_cb = wm_master_error_cb;
	}
	wm_error_hook_active = true;
}

void wm_master_error_hook_off(void) { wm_error_hook_active = false; }

/* Default files per the Prefer line of API.md 1.7: everything beside the start file. */
static void wm_master_init(void)
{
	zend_string *start = wm_start_file();
	const char *base = wm_master_start_name();
	size_t dir_len = (size_t)(base - ZSTR_VAL(start));
	dir_len = dir_len > 0 ? dir_len - 1 : 0;
	const char *dir = dir_len ? ZSTR_VAL(start) : ".";
	if (!dir_len) {
		dir_len = 1;
	}

	zend_string *pid_file = wm_static_string("pidFile", sizeof("pidFile") - 1);
	if (!ZSTR_LEN(pid_file)) {
		zend_string_release(pid_file);
		pid_file = zend_strpprintf(0, "%.*s/workerman.%s.pid", (int)dir_len, dir, base);
		wm_set_static_string("pidFile", sizeof("pidFile") - 1, pid_file);
	}
	zend_string_release(pid_file);

	zend_string *status_file = wm_static_string("statusFile", sizeof("statusFile") - 1);
	if (wm_status_path) {
		zend_string_release(wm_status_path);
		zend_string_release(wm_connections_path);
	}
	wm_status_path = ZSTR_LEN(status_file) ? zend_string_copy(status_file)
		: zend_strpprintf(0, "%.*s/workerman.%s.status", (int)dir_len, dir, base);
	wm_connections_path = zend_strpprintf(0, "%s.connection", ZSTR_VAL(wm_status_path));
	zend_string_release(status_file);

	zend_string *log_file = wm_log_file_path();
	wm_set_static_string("logFile", sizeof("logFile") - 1, log_file);
	struct stat st;
	if (strcmp(ZSTR_VAL(log_file), "/dev/null") != 0 && stat(ZSTR_VAL(log_file), &st) != 0) {
		int fd = open(ZSTR_VAL(log_file), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
		if (fd >= 0) {
			fchmod(fd, 0644);
			close(fd);
		}
	}
	zend_string_release(log_file);

	wm_install_error_hook();
	wm_process.status = WM_STATUS_STARTING;
	wm_start_time = time(NULL);
	zend_string *title = wm_static_string("processTitle", sizeof("processTitle") - 1);
	wm_set_process_title("%s: master process  start_file=%s", ZSTR_VAL(title), ZSTR_VAL(start));
	zend_string_release(title);
}

/* The id slot map of each Worker: slot -> pid|0, resized to count (>= 1), keeping the
 * pids of surviving slots so a respawn takes the id its predecessor had. */
static void wm_init_ids(void)
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		zval *count_prop = wm_worker_prop(worker, WM_WP_COUNT);
		zend_long count = zval_get_long(count_prop);
		if (count < 1) {
			count = 1;
			zval_ptr_dtor(count_prop);
			ZVAL_LONG(count_prop, 1);
		}
		uint32_t old_count = worker->slot_count;
		for (uint32_t slot = (uint32_t)count; slot < old_count; slot++) {
			wm_child *child = worker->slot_pids[slot]
				? zend_hash_index_find_ptr(&wm_children, worker->slot_pids[slot]) : NULL;
			if (child) {
				child->slot = WM_NO_SLOT;
			}
		}
		worker->slot_pids = safe_erealloc(worker->slot_pids, (size_t)count, sizeof(pid_t), 0);
		for (uint32_t slot = old_count; slot < (uint32_t)count; slot++) {
			worker->slot_pids[slot] = 0;
		}
		worker->slot_count = (uint32_t)count;
	} ZEND_HASH_FOREACH_END();
}

static void wm_lock(void)
{
	zend_string *pid_file = wm_static_string("pidFile", sizeof("pidFile") - 1);
	char *path;
	zend_spprintf(&path, 0, "%s.lock", ZSTR_VAL(pid_file));
	wm_lock_fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (wm_lock_fd >= 0) {
		flock(wm_lock_fd, LOCK_EX);
	}
	efree(path);
	zend_string_release(pid_file);
}

static void wm_unlock(void)
{
	if (wm_lock_fd < 0) {
		return;
	}
	flock(wm_lock_fd, LOCK_UN);
	close(wm_lock_fd);
	wm_lock_fd = -1;
	zend_string *pid_file = wm_static_string("pidFile", sizeof("pidFile") - 1);
	char *path;
	zend_spprintf(&path, 0, "%s.lock", ZSTR_VAL(pid_file));
	unlink(path);
	efree(path);
	zend_string_release(pid_file);
}

/* umask 0, fork, setsid, fork: the parents exit 0 and the grandchild goes on. */
static zend_result wm_daemonize(void)
{
	if (!wm_is_daemonized()) {
		return SUCCESS;
	}
	umask(0);
	for (int round = 0; round < 2; round++) {
		pid_t pid = fork();
		if (pid < 0) {
			zend_throw_exception(zend_ce_exception, "Fork fail", 0);
			return FAILURE;
		}
		if (pid > 0) {
			wm_lock_fd = -1; /* the lock stays with the daemon (shared open file) */
			wm_begin_exit(0);
			return FAILURE;
		}
		if (round == 0 && setsid() < 0) {
			zend_throw_exception(zend_ce_exception, "Setsid fail", 0);
			return FAILURE;
		}
	}
	return SUCCESS;
}

static zend_string *wm_current_user(void)
{
	struct passwd *pw = getpwuid(getuid());
	return zend_string_init(pw ? pw->pw_name : "unknown", strlen(pw ? pw->pw_name : "unknown"), 0);
}

/* Names, users, UI widths; listen() in the master unless reusePort (4.x: a throw here
 * is left uncaught, so the script dies with exit 255). */
static zend_result wm_init_workers(void)
{
	zend_string *me = wm_current_user();
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		if (!zend_is_true(wm_worker_prop(worker, WM_WP_NAME))) {
			wm_set_prop_string(worker, WM_WP_NAME, "none", 4);
		}
		zval *user = wm_worker_prop(worker, WM_WP_USER);
		if (!zend_is_true(user)) {
			wm_set_prop_string(worker, WM_WP_USER, ZSTR_VAL(me), ZSTR_LEN(me));
		} else if (getuid() != 0 && !(Z_TYPE_P(user) == IS_STRING && zend_string_equals(Z_STR_P(user), me))) {
			wm_logf("Warning: You must have the root privileges to change uid and gid.");
		}
		wm_cli_measure_worker(worker);
		if (!zend_is_true(wm_worker_prop(worker, WM_WP_REUSEPORT)) && wm_worker_listen(worker) == FAILURE) {
			zend_string_release(me);
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	zend_string_release(me);
	return SUCCESS;
}

static zend_result wm_save_master_pid(void)
{
	wm_process.master_pid = getpid();
	zend_string *pid_file = wm_static_string("pidFile", sizeof("pidFile") - 1);
	int fd = open(ZSTR_VAL(pid_file), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	char buf[32];
	int len = snprintf(buf, sizeof(buf), "%d", (int)wm_process.master_pid);
	if (fd < 0 || write(fd, buf, (size_t)len) != len) {
		zend_throw_exception_ex(zend_ce_exception, 0, "can not save pid to %s", ZSTR_VAL(pid_file));
		if (fd >= 0) {
			close(fd);
		}
		zend_string_release(pid_file);
		return FAILURE;
	}
	close(fd);
	zend_string_release(pid_file);
	return SUCCESS;
}

/* Daemon only: stdout and stderr go to $stdoutFile (appended). */
zend_result wm_reset_std(void)
{
	if (!wm_is_daemonized()) {
		return SUCCESS;
	}
	zend_string *path = wm_static_string("stdoutFile", sizeof("stdoutFile") - 1);
	int fd = open(ZSTR_VAL(path), O_WRONLY | O_APPEND | O_CREAT, 0666);
	if (fd < 0) {
		zend_throw_exception_ex(zend_ce_exception, 0, "Can not open stdoutFile %s", ZSTR_VAL(path));
		zend_string_release(path);
		return FAILURE;
	}
	dup2(fd, STDOUT_FILENO);
	dup2(fd, STDERR_FILENO);
	if (fd > STDERR_FILENO) {
		close(fd);
	}
	zend_string_release(path);
	return SUCCESS;
}

/* ---- signals ---- */

static void wm_master_on_signal(evutil_socket_t signo, short what, void *arg);
static void wm_worker_on_signal(evutil_socket_t signo, short what, void *arg);

static const int wm_master_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1,
	SIGUSR2, SIGIOT, SIGIO, SIGCHLD};
/* 4.x workers leave SIGTERM ignored (API.md 1.3). */
static const int wm_worker_signals[] = {SIGINT, SIGHUP, SIGTSTP, SIGQUIT, SIGUSR1, SIGUSR2,
	SIGIOT, SIGIO};

/* Through the loop's signal table, so a user's onSignal()/add(EV_SIGNAL) for the same
 * signal replaces ours while set (Workerman: one handler per signal), and a forked child
 * drops the master's handlers without touching the shared epoll instance. */
static void wm_watch_signals(struct event **events, const int *signals, size_t n, event_callback_fn cb)
{
	for (size_t i = 0; i < n; i++) {
		events[i] = NULL;
		wm_loop_signal_set(signals[i], cb, NULL);
	}
}

static void wm_install_master_signals(void)
{
	wm_watch_signals(wm_master_events, wm_master_signals,
		sizeof(wm_master_signals) / sizeof(wm_master_signals[0]), wm_master_on_signal);
	signal(SIGPIPE, SIG_IGN);
}

/* Delayed kill() without PHP: pid and signal packed into the callback argument. */
static void wm_delayed_kill_cb(evutil_socket_t fd, short what, void *arg)
{
	intptr_t packed = (intptr_t)arg;
	pid_t pid = (pid_t)(packed >> 8);
	if (zend_hash_index_exists(&wm_children, pid)) {
		kill(pid, (int)(packed & 0xff));
	}
}

static void wm_kill_later(pid_t pid, int signo, double seconds)
{
	struct timeval tv;
	tv.tv_sec = (time_t)seconds;
	tv.tv_usec = (suseconds_t)((seconds - (double)tv.tv_sec) * 1e6);
	event_base_once(wm_loop_base(), -1, EV_TIMEOUT, wm_delayed_kill_cb,
		(void *)(((intptr_t)pid << 8) | signo), &tv);
}

static double wm_stop_timeout(void)
{
	zval *timeout = WM_STATIC_PROP(wm_ce_Worker, "stopTimeout");
	return timeout ? zval_get_double(timeout) : 2.0;
}

/* ---- forking: the parts that touch this file's state (the forks are wm_fork.c) ---- */

/* The master's watchers belong to its base, which the child shares nothing with:
 * remove their signal handlers (no epoll involved) and forget them. */
void wm_child_drop_master_state(void)
{
	for (size_t i = 0; i < sizeof(wm_master_signals) / sizeof(wm_master_signals[0]); i++) {
		wm_loop_signal_set(wm_master_signals[i], NULL, NULL);
	}
	wm_child_check_event = NULL;
	wm_child *child;
	ZEND_HASH_FOREACH_PTR(&wm_children, child) {
		efree(child);
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(&wm_children);
	zend_hash_clean(&wm_reload_queue);
	zend_hash_clean(&wm_exit_info);
	wm_need_fork = false;
	wm_reload_pending = false;
}

void wm_register_check_errors(void)
{
	if (wm_check_errors_registered) {
		return;
	}
	wm_check_errors_registered = true;
	zval callable;
	ZVAL_STRING(&callable, "Workerman\\Worker::checkErrors");
	wm_call_php_function("register_shutdown_function", 1, &callable, false);
	zval_ptr_dtor(&callable);
}

/* ---- master: monitor, reap, stop, reload ---- */

static void wm_master_check_done(void)
{
	if (wm_process.status == WM_STATUS_SHUTDOWN && zend_hash_num_elements(&wm_children) == 0) {
		wm_loop_stop();
	}
}

/* onWorkerExit($worker, $status, $pid): 4.x instance property, 5.x static; a throw is
 * logged, never fatal to the master. */
static void wm_call_on_worker_exit(zval *callable, wm_worker_obj *worker, int status, pid_t pid)
{
	zval args[3], retval;
	ZVAL_OBJ(&args[0], &worker->std);
	ZVAL_LONG(&args[1], status);
	ZVAL_LONG(&args[2], pid);
	zend_fcall_info_cache fcc;
	if (!zend_is_callable_ex(callable, NULL, 0, NULL, &fcc, NULL)) {
		return;
	}
	zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &retval, 3, args, NULL);
	zval_ptr_dtor(&retval);
	zend_object *ex = EG(exception);
	if (ex && !zend_is_unwind_exit(ex) && !zend_is_graceful_exit(ex)) {
		GC_ADDREF(ex);
		zend_clear_exception();
		zval exception;
		ZVAL_OBJ(&exception, ex);
		zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
		zend_string *text = zval_try_get_string(&exception);
		zend_clear_exception();
		wm_logf("worker[%s] onWorkerExit %s", ZSTR_VAL(name), text ? ZSTR_VAL(text) : "");
		if (text) {
			zend_string_release(text);
		}
		zend_string_release(name);
		zval_ptr_dtor(&exception);
	}
}

static void wm_count_exit(wm_worker_obj *worker, int status)
{
	zend_ulong key = (zend_ulong)(uintptr_t)&worker->std;
	zval *counts = zend_hash_index_find(&wm_exit_info, key);
	if (!counts) {
		zval empty;
		array_init(&empty);
		counts = zend_hash_index_add_new(&wm_exit_info, key, &empty);
	}
	zval *n = zend_hash_index_find(Z_ARRVAL_P(counts), (zend_ulong)status);
	if (n) {
		Z_LVAL_P(n)++;
	} else {
		add_index_long(counts, status, 1);
	}
}

static void wm_master_on_reaped(pid_t pid, int status)
{
	wm_child *child = zend_hash_index_find_ptr(&wm_children, (zend_ulong)pid);
	if (!child) {
		return;
	}
	wm_worker_obj *worker = child->worker;
	/* 4.x: a worker killed by the SIGINT of a stop counts as a clean exit. */
	if (status == SIGINT && wm_process.status == WM_STATUS_SHUTDOWN) {
		status = 0;
	}
	if (status != 0) {
		zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
		wm_logf("worker[%s:%d] exit with status %d", ZSTR_VAL(name), (int)pid, status);
		zend_string_release(name);
	}
	GC_ADDREF(&worker->std);
	zval *on_exit = wm_worker_on_worker_exit(worker);
	if (on_exit) {
		zval callable;
		ZVAL_COPY(&callable, on_exit);
		wm_call_on_worker_exit(&callable, worker, status, pid);
		zval_ptr_dtor(&callable);
	}
	zval *static_exit = WM_STATIC_PROP(wm_ce_Worker, "onWorkerExit");
	if (!EG(exception) && static_exit && Z_TYPE_P(static_exit) != IS_NULL) {
		zval callable;
		ZVAL_COPY(&callable, static_exit);
		wm_call_on_worker_exit(&callable, worker, status, pid);
		zval_ptr_dtor(&callable);
	}
	wm_count_exit(worker, status);
	wm_metrics_child_reaped(pid, worker);
	if (child->slot != WM_NO_SLOT && child->slot < worker->slot_count && worker->slot_pids[child->slot] == pid) {
		worker->slot_pids[child->slot] = 0;
	}
	efree(child);
	zend_hash_index_del(&wm_children, (zend_ulong)pid);
	OBJ_RELEASE(&worker->std);
	if (wm_process.status != WM_STATUS_SHUTDOWN) {
		wm_need_fork = true;
		if (zend_hash_index_del(&wm_reload_queue, (zend_ulong)pid) == SUCCESS) {
			wm_reload_pending = true;
		}
	}
}

/* SIGCHLD: reap everything that ended; forking replacements waits for the monitor,
 * outside libevent, so a child never starts inside the master's loop. */
static void wm_master_reap(void)
{
	for (;;) {
		int status;
		pid_t pid = waitpid(-1, &status, WNOHANG);
		if (pid <= 0) {
			break;
		}
		wm_master_on_reaped(pid, status);
		if (EG(exception)) {
			return;
		}
	}
	if (wm_need_fork || wm_reload_pending) {
		wm_loop_stop();
	}
	wm_master_check_done();
}

static void wm_master_remove_status_files(void)
{
	if (wm_status_path) {
		unlink(ZSTR_VAL(wm_status_path));
		unlink(ZSTR_VAL(wm_connections_path));
	}
}

/* 4.x checkIfChildRunning: forget children that no longer exist. */
static void wm_check_children_cb(evutil_socket_t fd, short what, void *arg)
{
	zend_ulong pid;
	wm_child *child;
	ZEND_HASH_FOREACH_NUM_KEY_PTR(&wm_children, pid, child) {
		if (kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
			if (child->slot != WM_NO_SLOT && child->slot < child->worker->slot_count) {
				child->worker->slot_pids[child->slot] = 0;
			}
			efree(child);
			zend_hash_index_del(&wm_children, pid);
		}
	} ZEND_HASH_FOREACH_END();
	wm_master_check_done();
}

static void wm_master_stop_all(void)
{
	wm_process.status = WM_STATUS_SHUTDOWN;
	int sig = wm_process.graceful ? SIGQUIT : SIGINT;
	bool daemon = wm_is_daemonized();
	double timeout = wm_stop_timeout();
	zend_ulong pid;
	ZEND_HASH_FOREACH_NUM_KEY(&wm_children, pid) {
		if (daemon) {
			kill((pid_t)pid, sig);
		} else {
			wm_kill_later((pid_t)pid, sig, 1.0);
		}
		if (!wm_process.graceful) {
			wm_kill_later((pid_t)pid, SIGKILL, timeout);
		}
	} ZEND_HASH_FOREACH_END();
	if (!wm_child_check_event) {
		wm_child_check_event = event_new(wm_loop_base(), -1, EV_PERSIST, wm_check_children_cb, NULL);
		struct timeval one_second = {1, 0};
		event_add(wm_child_check_event, &one_second);
	}
	wm_master_remove_status_files();
	wm_master_check_done();
}

static void wm_master_exit_and_clear_all(void)
{
	wm_worker_remove_unix_files();
	zend_string *pid_file = wm_static_string("pidFile", sizeof("pidFile") - 1);
	unlink(ZSTR_VAL(pid_file));
	zend_string_release(pid_file);
	wm_logf("Workerman[%s] has been stopped", wm_master_start_name());
	/* 4.x calls it unguarded: a throw is the script's uncaught exception (exit 255). */
	zval *on_stop = WM_STATIC_PROP(wm_ce_Worker, "onMasterStop");
	zend_fcall_info_cache fcc;
	if (on_stop && Z_TYPE_P(on_stop) != IS_NULL && zend_is_callable_ex(on_stop, NULL, 0, NULL, &fcc, NULL)) {
		zval callable, retval;
		ZVAL_COPY(&callable, on_stop);
		zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &retval, 0, NULL, NULL);
		zval_ptr_dtor(&retval);
		zval_ptr_dtor(&callable);
	}
	if (!EG(exception)) {
		wm_begin_exit(0);
	}
}

/* One reloadable process at a time (API.md 1.6); the next goes once the previous one
 * has been reaped and replaced. */
static void wm_master_reload(void)
{
	int sig = wm_process.graceful ? SIGUSR2 : SIGUSR1;
	if (wm_process.status != WM_STATUS_RELOADING && wm_process.status != WM_STATUS_SHUTDOWN) {
		wm_logf("Workerman[%s] reloading", wm_master_start_name());
		wm_process.status = WM_STATUS_RELOADING;
		wm_metrics_reload_started();
		zval *on_reload = WM_STATIC_PROP(wm_ce_Worker, "onMasterReload");
		if (on_reload && Z_TYPE_P(on_reload) != IS_NULL) {
			zval callable;
			ZVAL_COPY(&callable, on_reload);
			zend_result result = wm_call(&callable, NULL, 0, NULL);
			zval_ptr_dtor(&callable);
			if (result == FAILURE) {
				return;
			}
			wm_init_ids();
		}
		zend_ulong pid;
		wm_child *child;
		ZEND_HASH_FOREACH_NUM_KEY_PTR(&wm_children, pid, child) {
			if (!zend_is_true(wm_worker_prop(child->worker, WM_WP_RELOADABLE))) {
				kill((pid_t)pid, sig);
				zend_hash_index_del(&wm_reload_queue, pid);
			}
		} ZEND_HASH_FOREACH_END();
		ZEND_HASH_FOREACH_NUM_KEY(&wm_reload_queue, pid) {
			if (!zend_hash_index_exists(&wm_children, pid)) {
				zend_hash_index_del(&wm_reload_queue, pid);
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (zend_hash_num_elements(&wm_reload_queue) == 0) {
		if (wm_process.status != WM_STATUS_SHUTDOWN) {
			wm_process.status = WM_STATUS_RUNNING;
		}
		return;
	}
	HashPosition pos;
	zend_hash_internal_pointer_reset_ex(&wm_reload_queue, &pos);
	zend_ulong next;
	zend_hash_get_current_key_ex(&wm_reload_queue, NULL, &next, &pos);
	kill((pid_t)next, sig);
	if (!wm_process.graceful) {
		wm_kill_later((pid_t)next, SIGKILL, wm_stop_timeout());
	}
}

static void wm_master_reload_signal(int signo)
{
	if (wm_process.status == WM_STATUS_SHUTDOWN || wm_process.status == WM_STATUS_RELOADING) {
		return;
	}
	wm_process.graceful = signo == SIGUSR2;
	zend_hash_clean(&wm_reload_queue);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		for (uint32_t slot = 0; slot < worker->slot_count; slot++) {
			if (worker->slot_pids[slot]) {
				zend_hash_index_add_empty_element(&wm_reload_queue, (zend_ulong)worker->slot_pids[slot]);
			}
		}
	} ZEND_HASH_FOREACH_END();
	wm_master_reload();
}

/* ---- signal handlers ---- */

static void wm_master_on_signal(evutil_socket_t signo, short what, void *arg)
{
	switch (signo) {
	case SIGINT: case SIGTERM: case SIGHUP: case SIGTSTP:
		wm_process.graceful = false;
		wm_cli_log_stop_signal((int)signo);
		wm_stop_all(0, NULL);
		break;
	case SIGQUIT:
		wm_process.graceful = true;
		wm_cli_log_stop_signal((int)signo);
		wm_stop_all(0, NULL);
		break;
	case SIGUSR1: case SIGUSR2:
		wm_master_reload_signal((int)signo);
		break;
	case SIGIOT:
		wm_master_write_status();
		break;
	case SIGIO:
		wm_master_write_connections();
		break;
	case SIGCHLD:
		wm_master_reap();
		break;
	}
}

/* Worker side of reload: onWorkerReload of the process's first Worker, then its
 * reloadable flag as the callback left it decides. */
static void wm_worker_reload(void)
{
	wm_worker_obj *worker = wm_first_worker();
	if (!worker) {
		return;
	}
	zval *on_reload = wm_worker_prop(worker, WM_WP_ONWORKERRELOAD);
	if (Z_TYPE_P(on_reload) != IS_NULL) {
		zval callable, arg;
		ZVAL_COPY(&callable, on_reload);
		ZVAL_OBJ(&arg, &worker->std);
		zend_result result = wm_call(&callable, NULL, 1, &arg);
		zval_ptr_dtor(&callable);
		if (result == FAILURE) {
			return;
		}
	}
	if (zend_is_true(wm_worker_prop(worker, WM_WP_RELOADABLE))) {
		wm_process.reload_draining = true;
		wm_stop_all(0, NULL);
	}
}

static void wm_worker_on_signal(evutil_socket_t signo, short what, void *arg)
{
	switch (signo) {
	case SIGINT: case SIGTERM: case SIGHUP: case SIGTSTP: /* SIGTERM: only via signalHandler() */
		wm_process.graceful = false;
		wm_process.reload_draining = false; /* a stop during a reload's drain: at once */
		wm_stop_all(0, NULL);
		break;
	case SIGQUIT:
		wm_process.graceful = true;
		wm_process.reload_draining = false;
		wm_stop_all(0, NULL);
		break;
	case SIGUSR1: case SIGUSR2:
		if (wm_process.status == WM_STATUS_SHUTDOWN || wm_process.status == WM_STATUS_RELOADING) {
			return;
		}
		wm_process.graceful = signo == SIGUSR2;
		wm_worker_reload();
		break;
	case SIGIOT:
		wm_worker_write_status();
		break;
	case SIGIO:
		wm_worker_write_connections();
		break;
	}
}

static void wm_boot_done_cb(evutil_socket_t fd, short what, void *arg)
{
	wm_booting = false;
}

void wm_master_worker_started(void)
{
	wm_process.status = WM_STATUS_RUNNING;
	wm_register_check_errors();
	if (!wm_worker_signals_installed) {
		wm_worker_signals_installed = true;
		wm_watch_signals(wm_worker_events, wm_worker_signals,
			sizeof(wm_worker_signals) / sizeof(wm_worker_signals[0]), wm_worker_on_signal);
		signal(SIGTERM, SIG_IGN);
		signal(SIGPIPE, SIG_IGN);
	}
	wm_metrics_worker_started(wm_first_worker()); /* maxRequests, maxMemory, the metrics tick */
	wm_booting = true;
	struct timeval now = {0, 0};
	event_base_once(wm_loop_base(), -1, EV_TIMEOUT, wm_boot_done_cb, NULL, &now);
}

/* ---- stopAll ---- */

/* Every Worker of this process, last first, stops once (onWorkerStop, unlisten, close). */
static void wm_stop_workers(void)
{
	if (wm_stopping_workers) {
		return;
	}
	wm_stopping_workers = true;
	HashTable workers;
	zend_hash_init(&workers, 4, NULL, NULL, 0);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		GC_ADDREF(obj);
		zend_hash_next_index_insert_ptr(&workers, obj);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_REVERSE_FOREACH_PTR(&workers, obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		if (!zend_is_true(wm_worker_prop(worker, WM_WP_STOPPING))) {
			wm_worker_stop(worker, true);
			zval *stopping = wm_worker_prop(worker, WM_WP_STOPPING);
			zval_ptr_dtor(stopping);
			ZVAL_TRUE(stopping);
		}
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_PTR(&workers, obj) {
		OBJ_RELEASE(obj);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&workers);
	wm_stopping_workers = false;
}

void wm_stop_all(zend_long code, zval *log)
{
	bool master = wm_process.master_pid != 0 && wm_process.master_pid == getpid();
	if (!master && code == 250 && wm_booting) {
		sleep(1); /* 4.x: a worker whose onWorkerStart throws must not respawn in a tight loop */
	}
	wm_cli_log_stop_all(master, code, log);
	wm_process.status = WM_STATUS_SHUTDOWN;
	if (master) {
		wm_master_stop_all();
		return;
	}
	wm_stop_workers();
	if (wm_exiting()) {
		return; /* an inner stopAll (a throwing onWorkerStop) already chose the exit code */
	}
	bool wait = wm_process.graceful ? wm_conn_stat_connection_count() > 0
		: wm_process.reload_draining && code == 0 && wm_tmo_drain_count() > 0;
	if (!wait) {
		wm_begin_exit((int)code);
	}
}

static void wm_drained_cb(evutil_socket_t fd, short what, void *arg)
{
	if (!wm_exiting() && wm_process.status == WM_STATUS_SHUTDOWN) {
		wm_stop_all(0, NULL);
	}
}

/* wm_process_connections_drained() calls it only in a worker stopping with a drain. */
static void wm_master_connections_drained(void)
{
	struct timeval now = {0, 0};
	event_base_once(wm_loop_base(), -1, EV_TIMEOUT, wm_drained_cb, NULL, &now);
}

/* ---- runAll ---- */

/* The master's life after start-up: the loop watches signals and timers; forks and
 * reload steps happen here, between loop runs. Returns in a child after its run. */
static void wm_monitor_workers(void)
{
	wm_process.status = WM_STATUS_RUNNING;
	for (;;) {
		if (wm_process.status == WM_STATUS_SHUTDOWN && zend_hash_num_elements(&wm_children) == 0) {
			wm_master_exit_and_clear_all();
			return;
		}
		if (wm_need_fork && wm_process.status != WM_STATUS_SHUTDOWN) {
			wm_need_fork = false;
			if (wm_fork_workers()) {
				return;
			}
		}
		if (wm_reload_pending) {
			wm_reload_pending = false;
			wm_master_reload();
			if (EG(exception)) {
				return;
			}
			continue;
		}
		wm_loop_run();
		if (EG(exception)) {
			return;
		}
	}
}

static bool wm_check_sapi(void)
{
	if (strcmp(sapi_module.name, "cli") == 0 || strcmp(sapi_module.name, "micro") == 0) {
		return true;
	}
	PHPWRITE("Only run in command line mode \n", sizeof("Only run in command line mode \n") - 1);
	wm_begin_exit(0);
	return false;
}

ZEND_METHOD(Workerman_Worker, runAll)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!wm_check_sapi()) {
		RETURN_THROWS();
	}
	wm_tables_init();
	wm_master_init();
	wm_init_ids();
	if (wm_cli_parse_command() == FAILURE || wm_start_check() == FAILURE) {
		RETURN_THROWS();
	}
	wm_lock();
	if (wm_daemonize() == FAILURE || wm_init_workers() == FAILURE || wm_metrics_master_start() == FAILURE) {
		RETURN_THROWS();
	}
	wm_install_master_signals();
	if (wm_save_master_pid() == FAILURE) {
		RETURN_THROWS();
	}
	wm_unlock();
	wm_cli_display_ui();
	if (wm_fork_workers()) {
		return; /* a worker process at its end: exit or uncaught exception pending */
	}
	if (wm_reset_std() == FAILURE) {
		RETURN_THROWS();
	}
	wm_monitor_workers();
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

ZEND_METHOD(Workerman_Worker, setUserAndGroup)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_set_user_and_group(wm_worker_from_obj(Z_OBJ_P(ZEND_THIS)));
}

/* [4] signalHandler($signal): what this process does on $signal: the master's handling
 * once runAll() made this process the master, a worker's otherwise (also before runAll(),
 * where 4.2.1's stopAll() takes the worker path too). Signals 4.2.1 does not handle (and
 * non-integers) do nothing. */
ZEND_METHOD(Workerman_Worker, signalHandler)
{
	zval *signal;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(signal)
	ZEND_PARSE_PARAMETERS_END();
	zend_long signo;
	double number;
	if (Z_TYPE_P(signal) == IS_LONG) {
		signo = Z_LVAL_P(signal);
	} else if (Z_TYPE_P(signal) == IS_STRING
			&& is_numeric_string(Z_STRVAL_P(signal), Z_STRLEN_P(signal), &signo, &number, false) == IS_LONG) {
		/* switch() compares loosely: "2" is SIGINT */
	} else {
		return;
	}
	switch (signo) {
	case SIGINT: case SIGTERM: case SIGHUP: case SIGTSTP: case SIGQUIT:
	case SIGUSR1: case SIGUSR2: case SIGIOT: case SIGIO:
		break;
	default:
		return;
	}
	if (wm_process.master_pid != 0 && wm_process.master_pid == getpid()) {
		wm_master_on_signal((evutil_socket_t)signo, EV_SIGNAL, NULL);
	} else {
		wm_worker_on_signal((evutil_socket_t)signo, EV_SIGNAL, NULL);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

/* [4] reloadAllWorkers(): 4.2.1's Windows start path run again: names, users and listeners
 * of the Workers (initWorkers), the start UI, then status RELOADING. It reloads nothing on
 * Linux (the reload signals do), and, as in 4.2.1, a process left RELOADING ignores reload
 * signals until a reload of its own completes. The master-only parts of 4.2.1's init()
 * (process title, error format, start time) are not redone: in a worker they would label
 * it the master. */
ZEND_METHOD(Workerman_Worker, reloadAllWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_init_workers() == FAILURE) {
		RETURN_THROWS();
	}
	wm_cli_display_ui();
	wm_process.status = WM_STATUS_RELOADING;
}

/* [4] checkIfChildRunning(): the master forgets children that no longer exist. */
ZEND_METHOD(Workerman_Worker, checkIfChildRunning)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_tables_ready) {
		wm_check_children_cb(-1, 0, NULL);
	}
}

ZEND_METHOD(Workerman_Worker, getStatus) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_LONG(wm_process.status); }
ZEND_METHOD(Workerman_Worker, getGracefulStop) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_BOOL(wm_process.graceful); }
ZEND_METHOD(Workerman_Worker, isRunning) { ZEND_PARSE_PARAMETERS_NONE(); RETURN_BOOL(wm_process.status == WM_STATUS_RUNNING); }

ZEND_METHOD(Workerman_Worker, resetStd)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_reset_std() == FAILURE) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(Workerman_Worker, getArgv)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_cli_get_argv(return_value);
}

static const char *wm_error_type_name(int type)
{
	switch (type) {
	case E_ERROR: return "E_ERROR";
	case E_PARSE: return "E_PARSE";
	case E_CORE_ERROR: return "E_CORE_ERROR";
	case E_COMPILE_ERROR: return "E_COMPILE_ERROR";
	case E_RECOVERABLE_ERROR: return "E_RECOVERABLE_ERROR";
	}
	return NULL;
}

/* Shutdown function of each worker: an end not caused by stopAll is logged, with the
 * fatal error that caused it if any. */
ZEND_METHOD(Workerman_Worker, checkErrors)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (wm_process.status == WM_STATUS_SHUTDOWN) {
		return;
	}
	smart_str msg = {0};
	smart_str_append_printf(&msg, "Worker[%d] process terminated", (int)getpid());
	const char *type = PG(last_error_message) ? wm_error_type_name(PG(last_error_type)) : NULL;
	if (type) {
		smart_str_append_printf(&msg, " with ERROR: %s \"%s in %s on line %d\"", type,
			ZSTR_VAL(PG(last_error_message)),
			PG(last_error_file) ? ZSTR_VAL(PG(last_error_file)) : "", PG(last_error_lineno));
	}
	smart_str_0(&msg);
	wm_log(ZSTR_VAL(msg.s), ZSTR_LEN(msg.s));
	smart_str_free(&msg);
}

/* What the layers below ask of the process model (wm_process.h): they never call in here. */
static const wm_process_hooks wm_master_hooks = {
	.stop_all = wm_stop_all,
	.daemonized = wm_is_daemonized,
	.drained = wm_master_connections_drained,
};

void wm_master_minit(void)
{
	wm_process_set_hooks(&wm_master_hooks);
}

static void wm_free_events(struct event **events, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (events[i]) {
			event_free(events[i]);
			events[i] = NULL;
		}
	}
}

void wm_master_rshutdown(void)
{
	wm_metrics_rshutdown();
	wm_error_hook_active = false;
	if (wm_saved_error_cb) {
		zend_error_cb = wm_saved_error_cb; /* never leave a hook into code that may be unloaded */
		wm_saved_error_cb = NULL;
	}
	wm_free_events(wm_master_events, sizeof(wm_master_events) / sizeof(wm_master_events[0]));
	wm_free_events(wm_worker_events, sizeof(wm_worker_events) / sizeof(wm_worker_events[0]));
	wm_free_events(&wm_child_check_event, 1);
	wm_worker_signals_installed = false;
	wm_check_errors_registered = false;
	if (wm_tables_ready) {
		wm_child *child;
		ZEND_HASH_FOREACH_PTR(&wm_children, child) {
			efree(child);
		} ZEND_HASH_FOREACH_END();
		zend_hash_destroy(&wm_children);
		zend_hash_destroy(&wm_reload_queue);
		zend_hash_destroy(&wm_exit_info);
		wm_tables_ready = false;
	}
	if (wm_status_path) {
		zend_string_release(wm_status_path);
		zend_string_release(wm_connections_path);
		wm_status_path = wm_connections_path = NULL;
	}
	if (wm_lock_fd >= 0) {
		close(wm_lock_fd);
		wm_lock_fd = -1;
	}
}
