/* wm_cli.c: what `php start.php <command> [-d|-g]` does before (or instead of) becoming a
 * master: argv scanning, the commands of API.md 1.2 with 4.2.1's messages, the start UI
 * and the `status` table built from the status file. Talks to a running master only
 * through its pid file, signals and the status files; forks nothing. */
#include "wm_private.h"
#include "wm_cli.h"
#include "wm_api.h"
#include "wm_master.h"
#include "wm_log.h"

#include <signal.h>
#include <time.h>
#include <unistd.h>

/* Column widths of the start UI (4.2.1 minimums); the status file reuses two of them. */
static size_t wm_width_proto = 4, wm_width_user = 12, wm_width_worker = 12, wm_width_socket = 12,
	wm_width_processes = 9, wm_width_status = 1;

#define WM_UI_SAFE_LENGTH 4
#define WM_UI_STATUS_OK "<g> [OK] </g>"

static const char wm_usage[] = "Usage: php yourfile <command> [mode]\nCommands: \n"
	"start\t\tStart worker in DEBUG mode.\n\t\tUse mode -d to start in DAEMON mode.\n"
	"stop\t\tStop worker.\n\t\tUse mode -g to stop gracefully.\n"
	"restart\t\tRestart workers.\n\t\tUse mode -d to start in DAEMON mode.\n\t\tUse mode -g to stop gracefully.\n"
	"reload\t\tReload codes.\n\t\tUse mode -g to reload gracefully.\n"
	"status\t\tGet worker status.\n\t\tUse mode -d to show live status.\n"
	"connections\tGet worker connections.\n";

size_t wm_cli_socket_width(void) { return wm_width_socket; }
size_t wm_cli_name_width(void) { return wm_width_worker; }

static void wm_widen(size_t *width, size_t len)
{
	if (len > *width) {
		*width = len;
	}
}

void wm_cli_measure_worker(wm_worker_obj *worker)
{
	zend_string *value = zval_get_string(wm_worker_prop(worker, WM_WP_TRANSPORT));
	wm_widen(&wm_width_proto, ZSTR_LEN(value));
	zend_string_release(value);
	value = zval_get_string(wm_worker_prop(worker, WM_WP_USER));
	wm_widen(&wm_width_user, ZSTR_LEN(value));
	zend_string_release(value);
	value = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	wm_widen(&wm_width_worker, ZSTR_LEN(value));
	zend_string_release(value);
	value = wm_worker_get_socket_name(worker);
	wm_widen(&wm_width_socket, ZSTR_LEN(value));
	zend_string_release(value);
	value = zval_get_string(wm_worker_prop(worker, WM_WP_COUNT));
	wm_widen(&wm_width_processes, ZSTR_LEN(value));
	zend_string_release(value);
	wm_widen(&wm_width_status, sizeof(WM_UI_STATUS_OK) - 1);
}

const char *wm_cli_event_loop_name(void)
{
	return wm_worker_event_loop_class();
}

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

static bool wm_cli_master_alive(pid_t pid)
{
	if (pid <= 0 || pid == getpid() || !wm_pid_alive(pid)) {
		return false;
	}
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)pid);
	FILE *f = fopen(path, "r");
	zval *title = WM_STATIC_PROP(wm_ce_Worker, "processTitle");
	if (!f || !title || !zend_is_true(title)) {
		if (f) {
			fclose(f);
		}
		return true;
	}
	char buf[4096];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	if (n == 0) {
		return true;
	}
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '\0') {
			buf[i] = ' ';
		}
	}
	buf[n] = '\0';
	zend_string *needle = zval_get_string(title);
	bool found = strcasestr(buf, ZSTR_VAL(needle)) != NULL || strcasestr(buf, "php") != NULL;
	zend_string_release(needle);
	return found;
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

/* ---- status (4.2.1 formatStatusData) ---- */

static int wm_compare_pid_keys(Bucket *a, Bucket *b)
{
	return a->h < b->h ? -1 : (a->h > b->h ? 1 : 0);
}

/* unserialize(line 1, ['allowed_classes' => false]), sorted by pid. */
static void wm_status_worker_info(const char *line, size_t len, zval *info)
{
	zval fn, args[2];
	ZVAL_STRING(&fn, "unserialize");
	ZVAL_STRINGL(&args[0], line, len);
	array_init(&args[1]);
	add_assoc_bool(&args[1], "allowed_classes", 0);
	int saved_reporting = EG(error_reporting);
	EG(error_reporting) = 0;
	if (call_user_function(NULL, NULL, &fn, info, 2, args) == FAILURE || Z_TYPE_P(info) != IS_ARRAY) {
		zval_ptr_dtor(info);
		array_init(info);
	}
	EG(error_reporting) = saved_reporting;
	if (EG(exception)) {
		zend_clear_exception();
	}
	zend_hash_sort(Z_ARRVAL_P(info), wm_compare_pid_keys, 0);
	zval_ptr_dtor(&fn);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

typedef struct wm_status_totals {
	zend_long memory, connections, fails, timers, requests, qps;
	size_t socket_width, name_width;
} wm_status_totals;

/* A worker's line: pid memory listen name connections send_fail timers total_request. */
static void wm_status_parse_line(const char *line, wm_status_totals *totals, zend_long *requests)
{
	const char *field[8];
	size_t field_len[8];
	int n = 0;
	const char *p = line;
	while (*p && n < 8) {
		while (*p == ' ' || *p == '\t') {
			p++;
		}
		if (!*p) {
			break;
		}
		field[n] = p;
		while (*p && *p != ' ' && *p != '\t') {
			p++;
		}
		field_len[n] = (size_t)(p - field[n]);
		n++;
	}
	if (n < 8 || (*p != ' ' && *p != '\t')) {
		return;
	}
	totals->memory += ZEND_STRTOL(field[1], NULL, 10);
	wm_widen(&totals->socket_width, field_len[2]);
	wm_widen(&totals->name_width, field_len[3]);
	totals->connections += ZEND_STRTOL(field[4], NULL, 10);
	totals->fails += ZEND_STRTOL(field[5], NULL, 10);
	totals->timers += ZEND_STRTOL(field[6], NULL, 10);
	*requests = ZEND_STRTOL(field[7], NULL, 10);
	totals->requests += *requests;
}

static void wm_status_busy_row(smart_str *out, zend_ulong pid, zval *info)
{
	zval *listen = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(info), "listen", 6) : NULL;
	zval *name = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(info), "name", 4) : NULL;
	zend_string *listen_s = listen ? zval_get_string(listen) : ZSTR_EMPTY_ALLOC();
	zend_string *name_s = name ? zval_get_string(name) : ZSTR_EMPTY_ALLOC();
	smart_str_append_printf(out, ZEND_ULONG_FMT "\t", pid);
	wm_str_pad(out, "N/A", 3, 7);
	smart_str_appendc(out, ' ');
	wm_str_pad(out, ZSTR_VAL(listen_s), ZSTR_LEN(listen_s), wm_width_socket);
	smart_str_appendc(out, ' ');
	wm_str_pad(out, ZSTR_VAL(name_s), ZSTR_LEN(name_s), wm_width_worker);
	smart_str_appends(out, " N/A         N/A       N/A     N/A           N/A    [busy] \n");
	zend_string_release(listen_s);
	zend_string_release(name_s);
}

/* What the status file holds once read: worker lines by pid, their request counters. */
typedef struct wm_status_file {
	zval info;            /* pid => ['name' => .., 'listen' => ..], sorted by pid */
	HashTable lines;      /* pid => the worker's line */
	HashTable requests;   /* pid => total_request */
	wm_status_totals totals;
} wm_status_file;

/* Header lines are copied to out as they are, up to the process table's title line. */
static void wm_status_read_lines(wm_status_file *file, smart_str *out, const char *p, const char *end)
{
	bool in_process_table = false;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = nl ? nl : end;
		zend_string *line = zend_string_init(p, (size_t)(line_end - p), 0);
		p = nl ? nl + 1 : end;
		if (!in_process_table) {
			smart_str_append(out, line);
			smart_str_appendc(out, '\n');
			const char *memory = strstr(ZSTR_VAL(line), "memory");
			in_process_table = strncmp(ZSTR_VAL(line), "pid", 3) == 0 && memory && strstr(memory, "listening");
			zend_string_release(line);
			continue;
		}
		if (!isdigit((unsigned char)ZSTR_VAL(line)[0])) {
			zend_string_release(line);
			continue;
		}
		zend_ulong pid = (zend_ulong)ZEND_STRTOUL(ZSTR_VAL(line), NULL, 10);
		zend_long requests = -1;
		wm_status_parse_line(ZSTR_VAL(line), &file->totals, &requests);
		if (requests >= 0) {
			zval zv;
			ZVAL_LONG(&zv, requests);
			zend_hash_index_update(&file->requests, pid, &zv);
		}
		zval zline;
		ZVAL_STR(&zline, line);
		zend_hash_index_update(&file->lines, pid, &zline);
	}
}

/* One row per pid the master listed: the worker's line plus qps and [idle], or [busy]
 * when it did not answer. qps compares with the previous round (status -d). */
static void wm_status_rows(wm_status_file *file, smart_str *out)
{
	static HashTable *request_cache;
	zend_ulong pid;
	zval *worker_info;
	ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL(file->info), pid, worker_info) {
		zval *line = zend_hash_index_find(&file->lines, pid);
		if (!line) {
			wm_status_busy_row(out, pid, worker_info);
			continue;
		}
		zend_long qps = 0;
		zval *now = zend_hash_index_find(&file->requests, pid);
		zval *before = request_cache ? zend_hash_index_find(request_cache, pid) : NULL;
		if (now && before) {
			qps = Z_LVAL_P(now) - Z_LVAL_P(before);
			file->totals.qps += qps;
		}
		smart_str_append(out, Z_STR_P(line));
		smart_str_appendc(out, ' ');
		wm_str_pad_long(out, qps, 6);
		smart_str_appends(out, " [idle]\n");
	} ZEND_HASH_FOREACH_END();
	if (!request_cache) {
		ALLOC_HASHTABLE(request_cache);
		zend_hash_init(request_cache, 8, NULL, NULL, 0);
	}
	zend_hash_clean(request_cache);
	zend_hash_copy(request_cache, &file->requests, NULL);
}

static void wm_status_summary(const wm_status_totals *totals, smart_str *out)
{
	smart_str_appends(out, "----------------------------------------------PROCESS STATUS---------------------------------------------------\n");
	smart_str_appends(out, "Summary\t");
	char mem[32];
	int mem_len = snprintf(mem, sizeof(mem), ZEND_LONG_FMT "M", totals->memory);
	wm_str_pad(out, mem, (size_t)mem_len, 7);
	smart_str_appendc(out, ' ');
	wm_str_pad(out, "-", 1, totals->socket_width);
	smart_str_appendc(out, ' ');
	wm_str_pad(out, "-", 1, totals->name_width);
	smart_str_appendc(out, ' ');
	wm_str_pad_long(out, totals->connections, 11);
	smart_str_appendc(out, ' ');
	wm_str_pad_long(out, totals->fails, 9);
	smart_str_appendc(out, ' ');
	wm_str_pad_long(out, totals->timers, 7);
	smart_str_appendc(out, ' ');
	wm_str_pad_long(out, totals->requests, 13);
	smart_str_appendc(out, ' ');
	wm_str_pad_long(out, totals->qps, 6);
	smart_str_appends(out, " [Summary] \n");
}

static void wm_format_status(smart_str *out, const char *path)
{
	php_stream *stream = php_stream_open_wrapper((char *)path, "rb", 0, NULL);
	if (!stream) {
		return;
	}
	zend_string *content = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	if (!content || !ZSTR_LEN(content)) {
		if (content) {
			zend_string_release(content);
		}
		return;
	}
	const char *p = ZSTR_VAL(content), *end = p + ZSTR_LEN(content);
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	wm_status_file file = {0};
	wm_status_worker_info(p, (size_t)((nl ? nl : end) - p), &file.info);
	file.totals.socket_width = wm_width_socket;
	file.totals.name_width = wm_width_worker;
	zend_hash_init(&file.lines, 8, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&file.requests, 8, NULL, NULL, 0);
	wm_status_read_lines(&file, out, nl ? nl + 1 : end, end);
	zend_string_release(content);
	wm_status_rows(&file, out);
	wm_status_summary(&file.totals, out);
	zend_hash_destroy(&file.lines);
	zend_hash_destroy(&file.requests);
	zval_ptr_dtor(&file.info);
}

/* ---- commands ---- */

static zend_result wm_cli_status(pid_t master_pid, bool live)
{
	zend_string *path = wm_master_status_file();
	for (;;) {
		unlink(ZSTR_VAL(path));
		kill(master_pid, SIGIOT);
		wm_sleep(1.0);
		if (live) {
			wm_safe_echo("\33[H\33[2J\33(B\33[m", sizeof("\33[H\33[2J\33(B\33[m") - 1, true);
		}
		smart_str out = {0};
		wm_format_status(&out, ZSTR_VAL(path));
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
	php_stream *stream = php_stream_open_wrapper(ZSTR_VAL(path), "rb", 0, NULL);
	if (stream) {
		zend_string *content = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
		php_stream_close(stream);
		if (content) {
			PHPWRITE(ZSTR_VAL(content), ZSTR_LEN(content));
			zend_string_release(content);
		}
	}
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

static const char *wm_cli_find(zval *argv, const char *const *words, size_t count)
{
	const char *found = NULL;
	zval *value;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(argv), value) { /* 4.x: the last match wins */
		if (Z_TYPE_P(value) != IS_STRING) {
			continue;
		}
		for (size_t i = 0; i < count; i++) {
			if (strcmp(Z_STRVAL_P(value), words[i]) == 0) {
				found = words[i];
			}
		}
	} ZEND_HASH_FOREACH_END();
	return found;
}

static zend_result wm_cli_dispatch(const char *start_file, const char *command, const char *mode)
{
	wm_logf("Workerman[%s] %s %s", start_file, command, strcmp(command, "start") != 0 ? ""
		: (strcmp(mode, "-d") == 0 || wm_is_daemonized()) ? "in DAEMON mode" : "in DEBUG mode");
	pid_t master_pid = wm_cli_read_master_pid();
	if (wm_cli_master_alive(master_pid)) {
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

zend_result wm_cli_parse_command(void)
{
	static const char *const commands[] = {"start", "stop", "restart", "reload", "status", "connections"};
	static const char *const modes[] = {"-d", "-g"};
	zval argv;
	wm_cli_get_argv(&argv);
	const char *command = wm_cli_find(&argv, commands, sizeof(commands) / sizeof(commands[0]));
	const char *mode = wm_cli_find(&argv, modes, sizeof(modes) / sizeof(modes[0]));
	zval *first = zend_hash_index_find(Z_ARRVAL(argv), 0);
	zend_string *start_file = first ? zval_get_string(first) : ZSTR_EMPTY_ALLOC();
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

/* ---- the start UI ---- */

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

static void wm_ui_row(smart_str *out, wm_worker_obj *worker)
{
	zend_string *values[6];
	values[0] = zval_get_string(wm_worker_prop(worker, WM_WP_TRANSPORT));
	values[1] = zval_get_string(wm_worker_prop(worker, WM_WP_USER));
	values[2] = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	values[3] = wm_worker_get_socket_name(worker);
	values[4] = zval_get_string(wm_worker_prop(worker, WM_WP_COUNT));
	values[5] = zend_string_init(WM_UI_STATUS_OK, sizeof(WM_UI_STATUS_OK) - 1, 0);
	size_t widths[6] = {wm_width_proto, wm_width_user, wm_width_worker, wm_width_socket,
		wm_width_processes, wm_width_status};
	for (int i = 0; i < 6; i++) {
		/* str_pad counts the colour tags, so they get extra room. */
		size_t tags = i == 5 ? sizeof("<g></g>") - 1 : 0;
		wm_str_pad(out, ZSTR_VAL(values[i]), ZSTR_LEN(values[i]), widths[i] + WM_UI_SAFE_LENGTH + tags);
		zend_string_release(values[i]);
	}
	smart_str_appendc(out, '\n');
}

static void wm_ui_stop_hint(smart_str *out)
{
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

void wm_cli_display_ui(void)
{
	zval argv;
	wm_cli_global_argv(&argv);
	bool quiet = wm_argv_has(&argv, "-q");
	zval_ptr_dtor(&argv);
	if (quiet) {
		return;
	}
	smart_str out = {0};
	smart_str_append_printf(&out, "Workerman version:%s          PHP version:" PHP_VERSION, wm_api_version());
	const char *loop_name = wm_cli_event_loop_name();
	wm_str_pad(&out, "", 0, 22 - (sizeof("Event-Loop:") - 1));
	smart_str_append_printf(&out, "Event-Loop:%s\n", loop_name);
	size_t total = wm_width_proto + wm_width_user + wm_width_worker + wm_width_socket
		+ wm_width_processes + wm_width_status + 6 * WM_UI_SAFE_LENGTH;
	size_t version_len = ZSTR_LEN(out.s);
	if (total <= version_len) {
		total = version_len;
	}
	smart_str ui = {0};
	smart_str_appends(&ui, "<n>");
	wm_pad_both(&ui, "<w> WORKERMAN </w>", total + sizeof("<w></w>") - 1, '-');
	smart_str_appends(&ui, "</n>\n");
	smart_str_append_smart_str(&ui, &out);
	if (wm_api_mismatch_line()) {
		smart_str_append_printf(&ui, "%s\n", wm_api_mismatch_line());
	}
	wm_pad_both(&ui, "<w> WORKERS </w>", total + sizeof("<w></w>") - 1, '-');
	smart_str_appendc(&ui, '\n');
	smart_str_free(&out);

	static const char *const titles[6] = {"proto", "user", "worker", "listen", "processes", "status"};
	size_t widths[6] = {wm_width_proto, wm_width_user, wm_width_worker, wm_width_socket,
		wm_width_processes, wm_width_status};
	for (int i = 0; i < 6; i++) {
		smart_str_append_printf(&ui, "<w>%s</w>", titles[i]);
		wm_str_pad(&ui, "", 0, widths[i] + WM_UI_SAFE_LENGTH - strlen(titles[i]));
	}
	smart_str_appendc(&ui, '\n');
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_ui_row(&ui, wm_worker_from_obj(obj));
	} ZEND_HASH_FOREACH_END();
	if (zend_hash_num_elements(wm_worker_registry())) {
		for (size_t i = 0; i < total; i++) {
			smart_str_appendc(&ui, '-');
		}
		smart_str_appendc(&ui, '\n');
	}
	if (wm_is_daemonized()) {
		wm_ui_stop_hint(&ui);
	} else {
		smart_str_appends(&ui, "Press Ctrl+C to stop. Start success.\n");
	}
	wm_safe_echo(ZSTR_VAL(ui.s), ZSTR_LEN(ui.s), false);
	smart_str_free(&ui);
}
