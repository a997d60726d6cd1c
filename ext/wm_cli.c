/* wm_cli.c: what `php start.php <command> [-d|-g]` does before (or instead of) becoming a
 * master: argv scanning, the commands of API.md 1.2, the start UI and the master's stop log
 * lines, each in the layout of the API profile's Workerman (4.2.1 or 5.2.2). Talks to a
 * running master only through its pid file, signals and the status files; forks nothing. */
#include "wm_private.h"
#include "wm_cli.h"
#include "wm_api.h"
#include "wm_master.h"
#include "wm_log.h"
#include "ext/standard/php_string.h"

#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/utsname.h>

#define WM_UI_SAFE_LENGTH 4
#define WM_UI_STATUS_OK "<g> [OK] </g>"

/* ---- the start UI's columns ---- */

/* What a column of the start UI shows; the status file reuses the worker and socket widths. */
typedef enum {
	WM_UI_EVENT_LOOP, WM_UI_PROTO, WM_UI_USER, WM_UI_WORKER, WM_UI_SOCKET, WM_UI_COUNT, WM_UI_STATE,
	WM_UI__VALUES
} wm_ui_value;

typedef struct {
	wm_ui_value value;
	const char *title;
	size_t min_width;
} wm_ui_column;

/* 4.2.1's getUiColumns(), each with the default of its $_max*NameLength. */
static const wm_ui_column wm_ui_columns4[] = {
	{WM_UI_PROTO, "proto", 4}, {WM_UI_USER, "user", 12}, {WM_UI_WORKER, "worker", 12},
	{WM_UI_SOCKET, "listen", 12}, {WM_UI_COUNT, "processes", 9}, {WM_UI_STATE, "status", 1},
};

/* 5.2.2's getUiColumns(): every width starts at 2 * UI_SAFE_LENGTH. */
static const wm_ui_column wm_ui_columns5[] = {
	{WM_UI_EVENT_LOOP, "event-loop", 8}, {WM_UI_PROTO, "proto", 8}, {WM_UI_USER, "user", 8},
	{WM_UI_WORKER, "worker", 8}, {WM_UI_SOCKET, "listen", 8}, {WM_UI_COUNT, "count", 8},
	{WM_UI_STATE, "state", 8},
};

/* The longest value seen per column (initWorkers); a width is this or the profile's minimum. */
static size_t wm_ui_widest[WM_UI__VALUES];

static const wm_ui_column *wm_ui_columns(size_t *count)
{
	if (wm_api_major == 5) {
		*count = sizeof(wm_ui_columns5) / sizeof(wm_ui_columns5[0]);
		return wm_ui_columns5;
	}
	*count = sizeof(wm_ui_columns4) / sizeof(wm_ui_columns4[0]);
	return wm_ui_columns4;
}

static size_t wm_ui_width(wm_ui_value value)
{
	size_t count;
	const wm_ui_column *columns = wm_ui_columns(&count);
	for (size_t i = 0; i < count; i++) {
		if (columns[i].value == value) {
			return MAX(columns[i].min_width, wm_ui_widest[value]);
		}
	}
	return wm_ui_widest[value];
}

size_t wm_cli_socket_width(void) { return wm_ui_width(WM_UI_SOCKET); }
size_t wm_cli_name_width(void) { return wm_ui_width(WM_UI_WORKER); }

const char *wm_cli_event_loop_name(void)
{
	return wm_worker_event_loop_class();
}

/* 5.x: strtolower(substr($class, strrpos($class, '\\') + 1)) of the Worker's $eventLoop or
 * Worker::$eventLoopClass; like 5.x, a name without a backslash loses its first letter. */
zend_string *wm_cli_event_loop_short_name(wm_worker_obj *worker)
{
	zval rv;
	zval *own = zend_read_property(wm_ce_Worker, &worker->std, "eventLoop", sizeof("eventLoop") - 1, 1, &rv);
	zend_string *class_name = own && zend_is_true(own) ? zval_get_string(own)
		: zend_string_init(wm_cli_event_loop_name(), strlen(wm_cli_event_loop_name()), 0);
	const char *slash = zend_memrchr(ZSTR_VAL(class_name), '\\', ZSTR_LEN(class_name));
	size_t skip = slash ? (size_t)(slash - ZSTR_VAL(class_name)) + 1 : MIN(1, ZSTR_LEN(class_name));
	zend_string *short_name = zend_string_init(ZSTR_VAL(class_name) + skip, ZSTR_LEN(class_name) - skip, 0);
	zend_str_tolower(ZSTR_VAL(short_name), ZSTR_LEN(short_name));
	zend_string_release(class_name);
	return short_name;
}

/* The text a column shows for a Worker. New string. */
static zend_string *wm_ui_value_of(wm_worker_obj *worker, wm_ui_value value)
{
	switch (value) {
	case WM_UI_EVENT_LOOP: return wm_cli_event_loop_short_name(worker);
	case WM_UI_PROTO: return zval_get_string(wm_worker_prop(worker, WM_WP_TRANSPORT));
	case WM_UI_USER: return zval_get_string(wm_worker_prop(worker, WM_WP_USER));
	case WM_UI_WORKER: return zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	case WM_UI_SOCKET: return wm_worker_get_socket_name(worker);
	case WM_UI_COUNT: return zval_get_string(wm_worker_prop(worker, WM_WP_COUNT));
	default: return zend_string_init(WM_UI_STATUS_OK, sizeof(WM_UI_STATUS_OK) - 1, 0);
	}
}

void wm_cli_measure_worker(wm_worker_obj *worker)
{
	size_t count;
	const wm_ui_column *columns = wm_ui_columns(&count);
	for (size_t i = 0; i < count; i++) {
		zend_string *text = wm_ui_value_of(worker, columns[i].value);
		wm_ui_widest[columns[i].value] = MAX(wm_ui_widest[columns[i].value], ZSTR_LEN(text));
		zend_string_release(text);
	}
}

/* ---- argv ---- */

/* The script's global $argv (scripts may rewrite it before runAll). */
static void wm_cli_global_argv(zval *out)
{
	zval *argv = zend_hash_str_find_deref(&EG(symbol_table), "argv", sizeof("argv") - 1);
	if (argv && Z_TYPE_P(argv) == IS_ARRAY) {
		ZVAL_ARR(out, zend_array_dup(Z_ARRVAL_P(argv)));
		return;
	}
	array_init(out);
	for (int i = 0; i < SG(request_info).argc; i++) {
		add_next_index_string(out, SG(request_info).argv[i]);
	}
}

void wm_cli_get_argv(zval *out)
{
	wm_cli_global_argv(out);
	zval *command = WM_STATIC_PROP(wm_ce_Worker, "command");
	if (!command || !zend_is_true(command)) {
		return;
	}
	zend_string *words = zval_get_string(command);
	const char *p = ZSTR_VAL(words), *end = p + ZSTR_LEN(words);
	while (p <= end) {
		const char *space = memchr(p, ' ', (size_t)(end - p));
		const char *stop = space ? space : end;
		add_next_index_stringl(out, p, (size_t)(stop - p));
		p = stop + 1;
	}
	zend_string_release(words);
}

static bool wm_argv_has(zval *argv, const char *word)
{
	zval *value;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(argv), value) {
		if (Z_TYPE_P(value) == IS_STRING && strcmp(Z_STRVAL_P(value), word) == 0) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* 4.x keeps the last word of argv that is one of words, 5.x the first. */
static const char *wm_cli_find(zval *argv, const char *const *words, size_t count)
{
	const char *found = NULL;
	zval *value;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(argv), value) {
		if (Z_TYPE_P(value) != IS_STRING) {
			continue;
		}
		for (size_t i = 0; i < count; i++) {
			if (strcmp(Z_STRVAL_P(value), words[i]) == 0) {
				found = words[i];
			}
		}
		if (found && wm_api_major == 5) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	return found;
}

/* ---- is the master alive? ---- */

/* An exited master its parent has not reaped yet still answers kill(pid, 0). */
static bool wm_pid_is_zombie(pid_t pid)
{
	char path[64], buf[512];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f) {
		return false;
	}
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	char *paren = strrchr(buf, ')');
	return paren && paren[1] == ' ' && paren[2] == 'Z';
}

static bool wm_pid_alive(pid_t pid)
{
	return pid > 0 && kill(pid, 0) == 0 && !wm_pid_is_zombie(pid);
}

/* /proc/<pid>/cmdline with NULs as spaces; 0 bytes when unreadable. */
static size_t wm_read_cmdline(pid_t pid, char *buf, size_t size)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f) {
		return 0;
	}
	size_t n = fread(buf, 1, size - 1, f);
	fclose(f);
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '\0') {
			buf[i] = ' ';
		}
	}
	buf[n] = '\0';
	return n;
}

/* 4.x: the command line names $processTitle or php (any case). */
static bool wm_cli_master_alive4(pid_t pid)
{
	if (pid <= 0 || pid == getpid() || !wm_pid_alive(pid)) {
		return false;
	}
	char buf[4096];
	zval *title = WM_STATIC_PROP(wm_ce_Worker, "processTitle");
	if (!title || !zend_is_true(title) || wm_read_cmdline(pid, buf, sizeof(buf)) == 0) {
		return true;
	}
	zend_string *needle = zval_get_string(title);
	bool found = strcasestr(buf, ZSTR_VAL(needle)) != NULL || strcasestr(buf, "php") != NULL;
	zend_string_release(needle);
	return found;
}

/* 5.x: a pid that is gone is logged; the command line must hold "WorkerMan" or "php". */
static bool wm_cli_master_alive5(pid_t pid)
{
	if (pid == 0) {
		return false;
	}
	if (pid == getpid() || !wm_pid_alive(pid)) {
		wm_logf("Master pid:%d is not alive", (int)pid);
		return false;
	}
	char buf[4096];
	if (wm_read_cmdline(pid, buf, sizeof(buf)) == 0) {
		return true;
	}
	return strstr(buf, "WorkerMan") != NULL || strstr(buf, "php") != NULL;
}

static pid_t wm_cli_read_master_pid(void)
{
	zval *prop = WM_STATIC_PROP(wm_ce_Worker, "pidFile");
	if (!prop || Z_TYPE_P(prop) != IS_STRING) {
		return 0;
	}
	FILE *f = fopen(Z_STRVAL_P(prop), "r");
	if (!f) {
		return 0;
	}
	char buf[32] = {0};
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return (pid_t)atol(buf);
}

static zend_result wm_cli_exit(int code)
{
	wm_begin_exit(code);
	return FAILURE;
}

static void wm_echo(const char *text)
{
	wm_safe_echo(text, strlen(text), false);
}

static void wm_sleep(double seconds)
{
	struct timespec ts, left;
	ts.tv_sec = (time_t)seconds;
	ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &left) != 0 && errno == EINTR) {
		ts = left;
	}
}

/* ---- commands ---- */

/* `status --json` / `connections --json` (not in Workerman): the same data for scripts. */
static bool wm_cli_json;

static zend_result wm_cli_status(pid_t master_pid, bool live)
{
	zend_string *path = wm_master_status_file();
	if (wm_cli_json) {
		unlink(ZSTR_VAL(path));
		kill(master_pid, SIGIOT);
		wm_sleep(1.0);
		smart_str out = {0};
		wm_status_format_json(&out, ZSTR_VAL(path));
		wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
		smart_str_free(&out);
		unlink(ZSTR_VAL(path));
		return wm_cli_exit(0);
	}
	for (;;) {
		unlink(ZSTR_VAL(path));
		kill(master_pid, SIGIOT);
		wm_sleep(1.0);
		if (live) {
			/* safeEcho($clear, true): 4.x drops it off a terminal, 5.x writes it anyway. */
			wm_safe_echo("\33[H\33[2J\33(B\33[m", sizeof("\33[H\33[2J\33(B\33[m") - 1, wm_api_major != 5);
		}
		smart_str out = {0};
		wm_status_format(&out, ZSTR_VAL(path));
		if (out.s) {
			wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
		}
		smart_str_free(&out);
		if (!live) {
			unlink(ZSTR_VAL(path));
			return wm_cli_exit(0);
		}
		wm_echo("\nPress Ctrl+C to quit.\n\n");
	}
}

static zend_result wm_cli_connections(pid_t master_pid)
{
	zend_string *path = wm_master_connections_file();
	unlink(ZSTR_VAL(path));
	kill(master_pid, SIGIO);
	wm_sleep(0.5);
	smart_str out = {0};
	wm_connections_format(&out, ZSTR_VAL(path), wm_cli_json);
	if (out.s) {
		PHPWRITE(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	}
	smart_str_free(&out);
	unlink(ZSTR_VAL(path));
	return wm_cli_exit(0);
}

/* stop and the first half of restart: signal, then poll every 10 ms. */
static zend_result wm_cli_stop(const char *start_file, pid_t master_pid, const char *command, const char *mode)
{
	bool graceful = strcmp(mode, "-g") == 0;
	wm_master_set_graceful(graceful);
	wm_logf(graceful ? "Workerman[%s] is gracefully stopping ..." : "Workerman[%s] is stopping ...", start_file);
	if (master_pid) {
		kill(master_pid, graceful ? SIGQUIT : SIGINT);
	}
	zval *timeout_prop = WM_STATIC_PROP(wm_ce_Worker, "stopTimeout");
	time_t timeout = (time_t)(timeout_prop ? zval_get_long(timeout_prop) : 2) + 3;
	time_t started = time(NULL);
	while (wm_pid_alive(master_pid)) {
		if (!graceful && time(NULL) - started >= timeout) {
			wm_logf("Workerman[%s] stop fail", start_file);
			return wm_cli_exit(0);
		}
		wm_sleep(0.01);
	}
	wm_logf("Workerman[%s] stop success", start_file);
	if (strcmp(command, "stop") == 0) {
		return wm_cli_exit(0);
	}
	if (strcmp(mode, "-d") == 0) {
		zval yes;
		ZVAL_TRUE(&yes);
		zend_update_static_property(wm_ce_Worker, "daemonize", sizeof("daemonize") - 1, &yes);
	}
	return SUCCESS;
}

/* "Workerman[<start>] <command> <mode>": 4.x keeps the space before an empty mode, 5.x's
 * log() trims it. */
static void wm_cli_log_command(const char *start_file, const char *command, const char *mode)
{
	const char *mode_text = strcmp(command, "start") != 0 ? ""
		: (strcmp(mode, "-d") == 0 || wm_is_daemonized()) ? "in DAEMON mode" : "in DEBUG mode";
	if (wm_api_major == 5 && !*mode_text) {
		wm_logf("Workerman[%s] %s", start_file, command);
		return;
	}
	wm_logf("Workerman[%s] %s %s", start_file, command, mode_text);
}

static zend_result wm_cli_dispatch(const char *start_file, const char *command, const char *mode)
{
	if (!wm_cli_json) { /* --json prints the document alone */
		wm_cli_log_command(start_file, command, mode);
	}
	pid_t master_pid = wm_cli_read_master_pid();
	if (wm_api_major == 5 ? wm_cli_master_alive5(master_pid) : wm_cli_master_alive4(master_pid)) {
		if (strcmp(command, "start") == 0) {
			wm_logf("Workerman[%s] already running", start_file);
			return wm_cli_exit(0);
		}
	} else if (strcmp(command, "start") != 0 && strcmp(command, "restart") != 0) {
		wm_logf("Workerman[%s] not run", start_file);
		return wm_cli_exit(0);
	}
	if (strcmp(command, "start") == 0) {
		if (strcmp(mode, "-d") == 0) {
			zval yes;
			ZVAL_TRUE(&yes);
			zend_update_static_property(wm_ce_Worker, "daemonize", sizeof("daemonize") - 1, &yes);
		}
		return SUCCESS;
	}
	if (strcmp(command, "status") == 0) {
		return wm_cli_status(master_pid, strcmp(mode, "-d") == 0);
	}
	if (strcmp(command, "connections") == 0) {
		return wm_cli_connections(master_pid);
	}
	if (strcmp(command, "reload") == 0) {
		kill(master_pid, strcmp(mode, "-g") == 0 ? SIGUSR2 : SIGUSR1);
		return wm_cli_exit(0);
	}
	return wm_cli_stop(start_file, master_pid, command, mode);
}

static const char wm_usage[] = "Usage: php yourfile <command> [mode]\nCommands: \n"
	"start\t\tStart worker in DEBUG mode.\n\t\tUse mode -d to start in DAEMON mode.\n"
	"stop\t\tStop worker.\n\t\tUse mode -g to stop gracefully.\n"
	"restart\t\tRestart workers.\n\t\tUse mode -d to start in DAEMON mode.\n\t\tUse mode -g to stop gracefully.\n"
	"reload\t\tReload codes.\n\t\tUse mode -g to reload gracefully.\n"
	"status\t\tGet worker status.\n\t\tUse mode -d to show live status.\n"
	"connections\tGet worker connections.\n";

zend_result wm_cli_parse_command(void)
{
	static const char *const commands[] = {"start", "stop", "restart", "reload", "status", "connections"};
	static const char *const modes[] = {"-d", "-g"};
	zval argv;
	wm_cli_get_argv(&argv);
	const char *command = wm_cli_find(&argv, commands, sizeof(commands) / sizeof(commands[0]));
	const char *mode = wm_cli_find(&argv, modes, sizeof(modes) / sizeof(modes[0]));
	static const char *const json[] = {"--json"};
	wm_cli_json = command && (strcmp(command, "status") == 0 || strcmp(command, "connections") == 0)
		&& wm_cli_find(&argv, json, 1);
	/* 4.x names the start file as argv[0] has it, 5.x by its basename. */
	zval *first = zend_hash_index_find(Z_ARRVAL(argv), 0);
	zend_string *start_file = wm_api_major == 5 ? zend_string_init(wm_master_start_name(), strlen(wm_master_start_name()), 0)
		: first ? zval_get_string(first) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&argv);
	zend_result result;
	if (!command) {
		PHPWRITE(wm_usage, sizeof(wm_usage) - 1);
		result = wm_cli_exit(0);
	} else {
		result = wm_cli_dispatch(ZSTR_VAL(start_file), command, mode ? mode : "");
	}
	zend_string_release(start_file);
	return result;
}

/* ---- the master's stop lines ---- */

/* Logs prefix . (string)$log; 5.x's log() trims the whole line. */
static void wm_cli_log_text(const char *prefix, zval *log)
{
	zend_string *text = zval_try_get_string(log);
	if (!text) {
		if (EG(exception)) {
			zend_clear_exception();
		}
		return;
	}
	zend_string *line = zend_string_concat2(prefix, strlen(prefix), ZSTR_VAL(text), ZSTR_LEN(text));
	zend_string_release(text);
	if (wm_api_major == 5) {
		zend_string *trimmed = php_trim(line, NULL, 0, 3);
		zend_string_release(line);
		line = trimmed;
	}
	wm_log(ZSTR_VAL(line), ZSTR_LEN(line));
	zend_string_release(line);
}

void wm_cli_log_stop_all(bool master, zend_long code, zval *log)
{
	bool has_log = log && zend_is_true(log);
	if (wm_api_major != 5) {
		if (has_log) {
			wm_cli_log_text("", log);
		}
		if (master) {
			wm_logf("Workerman[%s] stopping ...", wm_master_start_name());
		}
		return;
	}
	if (!master) {
		if (code && has_log) {
			wm_cli_log_text("", log);
		}
		return;
	}
	zend_string *prefix = zend_strpprintf(0, "Workerman[%s] ", wm_master_start_name());
	if (has_log) {
		wm_cli_log_text(ZSTR_VAL(prefix), log);
	}
	if (code) {
		wm_logf("%sstopping, code [" ZEND_LONG_FMT "]", ZSTR_VAL(prefix), code);
	} else {
		wm_logf("%sstopping", ZSTR_VAL(prefix));
	}
	zend_string_release(prefix);
}

void wm_cli_log_stop_signal(int signo)
{
	if (wm_api_major != 5) {
		return;
	}
	const char *name = signo == SIGINT ? "SIGINT" : signo == SIGTERM ? "SIGTERM" : signo == SIGHUP ? "SIGHUP"
		: signo == SIGTSTP ? "SIGTSTP" : signo == SIGQUIT ? "SIGQUIT" : NULL;
	if (name) {
		wm_logf("Workerman[%s] received signal %s", wm_master_start_name(), name);
	} else {
		wm_logf("Workerman[%s] received signal %d", wm_master_start_name(), signo);
	}
}

/* ---- the start UI ---- */

/* 5.x getVersionLine(): JIT as opcache_get_status() reports it, the OS as php_uname('s'), ('r'). */
void wm_cli_version_line(smart_str *out)
{
	bool jit = false;
	if (zend_hash_str_exists(EG(function_table), "opcache_get_status", sizeof("opcache_get_status") - 1)) {
		zval fn, arg, status;
		ZVAL_STRING(&fn, "opcache_get_status");
		ZVAL_FALSE(&arg);
		if (call_user_function(NULL, NULL, &fn, &status, 1, &arg) == SUCCESS && Z_TYPE(status) == IS_ARRAY) {
			zval *jit_info = zend_hash_str_find(Z_ARRVAL(status), "jit", sizeof("jit") - 1);
			zval *on = jit_info && Z_TYPE_P(jit_info) == IS_ARRAY
				? zend_hash_str_find(Z_ARRVAL_P(jit_info), "on", sizeof("on") - 1) : NULL;
			jit = on && Z_TYPE_P(on) == IS_TRUE;
		}
		zval_ptr_dtor(&status);
		zval_ptr_dtor(&fn);
	}
	char text[64];
	int len = snprintf(text, sizeof(text), "Workerman/%s", wm_api_version());
	wm_str_pad(out, text, (size_t)len, 24);
	len = snprintf(text, sizeof(text), "PHP/%s (JIT %s)", PHP_VERSION, jit ? "on" : "off");
	wm_str_pad(out, text, (size_t)len, 30);
	struct utsname os;
	if (uname(&os) == 0) {
		smart_str_append_printf(out, "%s/%s", os.sysname, os.release);
	} else {
		smart_str_appendc(out, '/');
	}
	smart_str_appendc(out, '\n');
}

/* 4.x: versions and the loop class, aligned by str_pad(..., 22, ' ', STR_PAD_LEFT). */
static void wm_ui_version_line4(smart_str *out)
{
	smart_str_append_printf(out, "Workerman version:%s          PHP version:" PHP_VERSION, wm_api_version());
	wm_str_pad(out, "", 0, 22 - (sizeof("Event-Loop:") - 1));
	smart_str_append_printf(out, "Event-Loop:%s\n", wm_cli_event_loop_name());
}

/* 5.x defines the constant LINE_VERSION_LENGTH when it shows the UI, as define() would. */
static void wm_ui_define_version_length(size_t length)
{
	if (zend_get_constant_str("LINE_VERSION_LENGTH", sizeof("LINE_VERSION_LENGTH") - 1)) {
		return;
	}
	zend_constant constant;
	ZVAL_LONG(&constant.value, (zend_long)length);
	ZEND_CONSTANT_SET_FLAGS(&constant, 0, PHP_USER_CONSTANT);
	constant.name = zend_string_init("LINE_VERSION_LENGTH", sizeof("LINE_VERSION_LENGTH") - 1, 0);
	zend_register_constant(&constant);
}

static void wm_pad_both(smart_str *out, const char *text, size_t width, char fill)
{
	size_t len = strlen(text);
	size_t pad = width > len ? width - len : 0;
	for (size_t i = 0; i < pad / 2; i++) {
		smart_str_appendc(out, fill);
	}
	smart_str_appends(out, text);
	for (size_t i = 0; i < pad - pad / 2; i++) {
		smart_str_appendc(out, fill);
	}
}

/* Bytes of colour tags in text: str_pad counts them, so a cell gets that much extra room. */
static size_t wm_ui_tag_bytes(const char *text, size_t len)
{
	static const char *const tags[] = {"<n>", "</n>", "<w>", "</w>", "<g>", "</g>"};
	size_t bytes = 0;
	for (size_t i = 0; i < len; i++) {
		for (int t = 0; t < 6; t++) {
			size_t tag_len = strlen(tags[t]);
			if (i + tag_len <= len && strncasecmp(text + i, tags[t], tag_len) == 0) {
				bytes += tag_len;
				i += tag_len - 1;
				break;
			}
		}
	}
	return bytes;
}

static void wm_ui_title_row(smart_str *ui, const wm_ui_column *columns, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		size_t len = strlen(columns[i].title), room = wm_ui_width(columns[i].value) + WM_UI_SAFE_LENGTH;
		smart_str_append_printf(ui, "<w>%s</w>", columns[i].title);
		wm_str_pad(ui, "", 0, room > len ? room - len : 0);
	}
	smart_str_appendc(ui, '\n');
}

static void wm_ui_row(smart_str *ui, wm_worker_obj *worker, const wm_ui_column *columns, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		zend_string *text = wm_ui_value_of(worker, columns[i].value);
		size_t tags = wm_ui_tag_bytes(ZSTR_VAL(text), ZSTR_LEN(text));
		wm_str_pad(ui, ZSTR_VAL(text), ZSTR_LEN(text), wm_ui_width(columns[i].value) + WM_UI_SAFE_LENGTH + tags);
		zend_string_release(text);
	}
	smart_str_appendc(ui, '\n');
}

/* 4.x: argv with start/restart made stop and -d dropped; 5.x: the start file's basename. */
static void wm_ui_stop_hint(smart_str *out)
{
	if (wm_api_major == 5) {
		smart_str_append_printf(out, "Input \"php %s stop\" to stop. Start success.\n\n", wm_master_start_name());
		return;
	}
	zval argv;
	wm_cli_global_argv(&argv);
	smart_str_appends(out, "Input \"php");
	zval *value;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(argv), value) {
		zend_string *word = zval_get_string(value);
		if (!zend_string_equals_literal(word, "-d")) {
			smart_str_appendc(out, ' ');
			if (zend_string_equals_literal(word, "start") || zend_string_equals_literal(word, "restart")) {
				smart_str_appends(out, "stop");
			} else {
				smart_str_append(out, word);
			}
		}
		zend_string_release(word);
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&argv);
	smart_str_appends(out, "\" to stop. Start success.\n\n");
}

static void wm_ui_last_lines(smart_str *ui)
{
	zval *command = WM_STATIC_PROP(wm_ce_Worker, "command");
	if (wm_is_daemonized()) {
		wm_ui_stop_hint(ui);
	} else if (wm_api_major == 5 && command && zend_is_true(command)) {
		smart_str_appends(ui, "Start success.\n"); /* 5.x: Workerman run as a library */
	} else {
		smart_str_appends(ui, "Press Ctrl+C to stop. Start success.\n");
	}
}

/* 5.x prints the UI through safeEcho($text) without $decorated: tags go, colours never come. */
static void wm_ui_echo(smart_str *ui)
{
	if (wm_api_major != 5) {
		wm_safe_echo(ZSTR_VAL(ui->s), ZSTR_LEN(ui->s), false);
		return;
	}
	static const char *const tags[] = {"<n>", "</n>", "<w>", "</w>", "<g>", "</g>"};
	smart_str plain = {0};
	const char *p = ZSTR_VAL(ui->s), *end = p + ZSTR_LEN(ui->s);
	while (p < end) {
		int t = 0;
		while (t < 6 && !((size_t)(end - p) >= strlen(tags[t]) && memcmp(p, tags[t], strlen(tags[t])) == 0)) {
			t++;
		}
		if (t < 6) {
			p += strlen(tags[t]);
		} else {
			smart_str_appendc(&plain, *p++);
		}
	}
	wm_safe_echo(ZSTR_VAL(plain.s), ZSTR_LEN(plain.s), false);
	smart_str_free(&plain);
}

void wm_cli_display_ui(void)
{
	zval argv;
	if (wm_api_major == 5) {
		wm_cli_get_argv(&argv);
	} else {
		wm_cli_global_argv(&argv);
	}
	bool quiet = wm_argv_has(&argv, "-q");
	zval_ptr_dtor(&argv);
	if (quiet) {
		return;
	}
	smart_str version = {0};
	if (wm_api_major == 5) {
		wm_cli_version_line(&version);
		wm_ui_define_version_length(ZSTR_LEN(version.s));
	} else {
		wm_ui_version_line4(&version);
	}
	size_t count;
	const wm_ui_column *columns = wm_ui_columns(&count);
	size_t total = 0;
	for (size_t i = 0; i < count; i++) {
		total += wm_ui_width(columns[i].value) + WM_UI_SAFE_LENGTH;
	}
	total = MAX(total, ZSTR_LEN(version.s));

	smart_str ui = {0};
	smart_str_appends(&ui, "<n>");
	wm_pad_both(&ui, "<w> WORKERMAN </w>", total + sizeof("<w></w>") - 1, '-');
	smart_str_appends(&ui, "</n>\n");
	smart_str_append_smart_str(&ui, &version);
	smart_str_free(&version);
	if (wm_api_mismatch_line()) {
		smart_str_append_printf(&ui, "%s\n", wm_api_mismatch_line());
	}
	wm_pad_both(&ui, "<w> WORKERS </w>", total + sizeof("<w></w>") - 1, '-');
	smart_str_appendc(&ui, '\n');
	wm_ui_title_row(&ui, columns, count);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_ui_row(&ui, wm_worker_from_obj(obj), columns, count);
	} ZEND_HASH_FOREACH_END();
	if (zend_hash_num_elements(wm_worker_registry())) {
		for (size_t i = 0; i < total; i++) {
			smart_str_appendc(&ui, '-');
		}
		smart_str_appendc(&ui, '\n');
	}
	wm_ui_last_lines(&ui);
	wm_ui_echo(&ui);
	smart_str_free(&ui);
}
