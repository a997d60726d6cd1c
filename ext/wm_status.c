/* wm_status.c: the status and connections files of API.md 1.8, in the layout of the API
 * profile's Workerman (4.2.1 or 5.2.2), and the `status` table made from them. On SIGIOT the
 * master writes the header of the status file (worker map, global status, exit table) and
 * signals its children, each of which appends its process row; SIGIO does the same for the
 * connections file. Paths, children and exit counts are wm_master.c's, read through its
 * accessors; the commands that ask for these files are wm_cli.c's.
 * Beside each text row goes the same data as one JSON line (starting with '{', a line the
 * text readers skip), from which `status --json` and `connections --json` are made. */
#include "wm_private.h"
#include "wm_master.h"
#include "wm_master_internal.h"
#include "wm_cli.h"
#include "wm_api.h"
#include "wm_worker.h"
#include "wm_timer.h"
#include "wm_conn.h"
#include "wm_log.h"
#include "ext/standard/php_var.h"
#include "ext/date/php_date.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_math.h"
#include "wm_conn_obj.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

static const char wm_global_status4[] =
	"----------------------------------------------GLOBAL STATUS----------------------------------------------------\n";
static const char wm_process_status4[] =
	"----------------------------------------------PROCESS STATUS---------------------------------------------------\n";
static const char wm_global_status5[] =
	"---------------------------------------------------GLOBAL STATUS---------------------------------------------------------\n";
static const char wm_process_status5[] =
	"---------------------------------------------------PROCESS STATUS--------------------------------------------------------\n";

/* PHP's string form of round($value, 2): "0.5", "1", "0.12". */
void wm_format_round2(char *buf, size_t size, double value)
{
	snprintf(buf, size, "%.2f", value);
	char *dot = strchr(buf, '.');
	if (dot) {
		char *end = buf + strlen(buf) - 1;
		while (end > dot && *end == '0') {
			*end-- = '\0';
		}
		if (end == dot) {
			*end = '\0';
		}
	}
	if (strcmp(buf, "-0") == 0) {
		strcpy(buf, "0");
	}
}

static void wm_write_file(zend_string *path, const smart_str *content, bool append)
{
	int fd = open(ZSTR_VAL(path), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0644);
	if (fd < 0) {
		return;
	}
	if (content->s) {
		const char *data = ZSTR_VAL(content->s);
		size_t left = ZSTR_LEN(content->s);
		while (left > 0) {
			ssize_t n = write(fd, data, left);
			if (n <= 0) {
				break;
			}
			data += n;
			left -= (size_t)n;
		}
	}
	if (!append) {
		fchmod(fd, 0722);
	}
	close(fd);
}

static void wm_signal_children(int signo)
{
	zend_ulong pid;
	ZEND_HASH_FOREACH_NUM_KEY(wm_master_children(), pid) {
		kill((pid_t)pid, signo);
	} ZEND_HASH_FOREACH_END();
}

/* Line 1: serialize([pid => ['name' => .., 'listen' => ..]]) for the CLI's busy rows. */
static void wm_status_worker_map(smart_str *out)
{
	zval map;
	array_init(&map);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		zend_ulong pid;
		wm_child *child;
		ZEND_HASH_FOREACH_NUM_KEY_PTR(wm_master_children(), pid, child) {
			if (child->worker != worker) {
				continue;
			}
			zval info;
			array_init(&info);
			zval *name = wm_worker_prop(worker, WM_WP_NAME);
			Z_TRY_ADDREF_P(name);
			add_assoc_zval(&info, "name", name);
			add_assoc_str(&info, "listen", wm_worker_get_socket_name(worker));
			add_index_zval(&map, pid, &info);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	php_serialize_data_t var_hash;
	PHP_VAR_SERIALIZE_INIT(var_hash);
	php_var_serialize(out, &map, &var_hash);
	PHP_VAR_SERIALIZE_DESTROY(var_hash);
	zval_ptr_dtor(&map);
	smart_str_appendc(out, '\n');
}

/* One row per Worker and exit status seen (0 0 when none). 4.x: name status count;
 * 5.x: name, loop, status, count. */
static void wm_status_exit_rows(smart_str *out, wm_worker_obj *worker, size_t name_width)
{
	zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	zend_string *loop = wm_api_major == 5 ? wm_cli_event_loop_short_name(worker) : NULL;
	zval *counts = zend_hash_index_find(wm_master_exit_info(), (zend_ulong)(uintptr_t)&worker->std);
	zval none;
	if (!counts) {
		array_init(&none);
		add_index_long(&none, 0, 0);
		counts = &none;
	}
	zend_ulong status;
	zval *n;
	ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(counts), status, n) {
		wm_str_pad(out, ZSTR_VAL(name), ZSTR_LEN(name), name_width);
		if (loop) {
			smart_str_appends(out, "     ");
			wm_str_pad(out, ZSTR_VAL(loop), ZSTR_LEN(loop), 14);
			smart_str_appendc(out, ' ');
			wm_str_pad_long(out, (zend_long)status, 16);
			wm_str_pad_long(out, zval_get_long(n), 16);
			smart_str_appendc(out, '\n');
		} else {
			smart_str_appendc(out, ' ');
			wm_str_pad_long(out, (zend_long)status, 16);
			smart_str_append_printf(out, " " ZEND_LONG_FMT "\n", zval_get_long(n));
		}
	} ZEND_HASH_FOREACH_END();
	if (counts == &none) {
		zval_ptr_dtor(&none);
	}
	if (loop) {
		zend_string_release(loop);
	}
	zend_string_release(name);
}

/* PHP's implode(", ", array_map('round', sys_getloadavg(), [2, 2, 2])). */
static void wm_status_load_average(smart_str *out)
{
	double load[3] = {0, 0, 0};
	if (getloadavg(load, 3) < 0) {
		load[0] = load[1] = load[2] = 0;
	}
	for (int i = 0; i < 3; i++) {
		char text[32];
		wm_format_round2(text, sizeof(text), load[i]);
		smart_str_appends(out, i ? ", " : "");
		smart_str_appends(out, text);
	}
}

static void wm_status_global4(smart_str *out, size_t name_width)
{
	smart_str_appends(out, wm_global_status4);
	smart_str_append_printf(out, "Workerman version:%s          PHP version:%s\n", wm_api_version(), PHP_VERSION);
	time_t start = wm_master_start_time();
	long run = (long)(time(NULL) - start);
	zend_string *date = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, start, 1);
	smart_str_append_printf(out, "start time:%s   run %ld days %ld hours   \n", ZSTR_VAL(date),
		run / 86400, (run % 86400) / 3600);
	zend_string_release(date);
	smart_str load = {0};
	smart_str_appends(&load, "load average: ");
	wm_status_load_average(&load);
	wm_str_pad(out, ZSTR_VAL(load.s), ZSTR_LEN(load.s), 33);
	smart_str_free(&load);
	smart_str_append_printf(out, "event-loop:%s\n", wm_cli_event_loop_name());
	smart_str_append_printf(out, "%u workers       %u processes\n",
		zend_hash_num_elements(wm_worker_registry()), zend_hash_num_elements(wm_master_children()));
	wm_str_pad(out, "worker_name", sizeof("worker_name") - 1, name_width);
	smart_str_appends(out, " exit_status      exit_count\n");
}

static void wm_status_global5(smart_str *out, size_t name_width)
{
	smart_str_appends(out, wm_is_daemonized() ? "Start worker in DAEMON mode.\n" : "Start worker in DEBUG mode.\n");
	smart_str_appends(out, wm_global_status5);
	wm_cli_version_line(out);
	time_t start = wm_master_start_time();
	long run = (long)(time(NULL) - start);
	zend_string *date = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, start, 1);
	smart_str_append_printf(out, "start time:%s   run %ld days %ld hours   load average: ", ZSTR_VAL(date),
		run / 86400, (run % 86400) / 3600);
	zend_string_release(date);
	wm_status_load_average(out);
	smart_str_append_printf(out, "\n%u workers    %u processes\n",
		zend_hash_num_elements(wm_worker_registry()), zend_hash_num_elements(wm_master_children()));
	wm_str_pad(out, "name", sizeof("name") - 1, name_width);
	smart_str_appends(out, "     event-loop     exit_status     exit_count\n");
}

/* One JSON line: appended to out with its newline; consumes value. */
static void wm_json_line(smart_str *out, zval *value)
{
	php_json_encode(out, value, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_PARTIAL_OUTPUT_ON_ERROR);
	smart_str_appendc(out, '\n');
	zval_ptr_dtor(value);
}

/* The master's part of `status --json`: what the text's global section and exit table say. */
static void wm_status_master_json(smart_str *out)
{
	zval master, workers, load;
	array_init(&master);
	add_assoc_long(&master, "master_pid", (zend_long)getpid());
	add_assoc_string(&master, "version", (char *)wm_api_version());
	add_assoc_string(&master, "php_version", PHP_VERSION);
	add_assoc_long(&master, "start_time", (zend_long)wm_master_start_time());
	add_assoc_long(&master, "uptime", (zend_long)(time(NULL) - wm_master_start_time()));
	double avg[3] = {0, 0, 0};
	if (getloadavg(avg, 3) < 0) {
		avg[0] = avg[1] = avg[2] = 0;
	}
	array_init(&load);
	for (int i = 0; i < 3; i++) {
		add_next_index_double(&load, _php_math_round(avg[i], 2, PHP_ROUND_HALF_UP));
	}
	add_assoc_zval(&master, "load_average", &load);
	add_assoc_string(&master, "event_loop", (char *)wm_cli_event_loop_name());
	add_assoc_long(&master, "worker_count", zend_hash_num_elements(wm_worker_registry()));
	add_assoc_long(&master, "process_count", zend_hash_num_elements(wm_master_children()));
	array_init(&workers);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		zval info, exits;
		array_init(&info);
		zval *name = wm_worker_prop(worker, WM_WP_NAME);
		Z_TRY_ADDREF_P(name);
		add_assoc_zval(&info, "name", name);
		add_assoc_str(&info, "listen", wm_worker_get_socket_name(worker));
		add_assoc_long(&info, "count", (zend_long)worker->slot_count);
		array_init(&exits);
		zval *counts = zend_hash_index_find(wm_master_exit_info(), (zend_ulong)(uintptr_t)&worker->std);
		zend_ulong status;
		zval *n;
		if (counts) {
			ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(counts), status, n) {
				zval row;
				array_init(&row);
				add_assoc_long(&row, "status", (zend_long)status);
				add_assoc_long(&row, "count", zval_get_long(n));
				add_next_index_zval(&exits, &row);
			} ZEND_HASH_FOREACH_END();
		}
		add_assoc_zval(&info, "exits", &exits);
		add_next_index_zval(&workers, &info);
	} ZEND_HASH_FOREACH_END();
	add_assoc_zval(&master, "workers", &workers);
	zval line;
	array_init(&line);
	add_assoc_zval(&line, "master", &master);
	wm_json_line(out, &line);
}

void wm_master_write_status(void)
{
	size_t name_width = wm_cli_name_width(), socket_width = wm_cli_socket_width();
	bool v5 = wm_api_major == 5;
	smart_str out = {0};
	wm_status_worker_map(&out);
	if (v5) {
		wm_status_global5(&out, name_width);
	} else {
		wm_status_global4(&out, name_width);
	}
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_status_exit_rows(&out, wm_worker_from_obj(obj), name_width);
	} ZEND_HASH_FOREACH_END();
	smart_str_appends(&out, v5 ? wm_process_status5 : wm_process_status4);
	smart_str_appends(&out, "pid\tmemory  ");
	wm_str_pad(&out, "listening", sizeof("listening") - 1, socket_width);
	smart_str_appendc(&out, ' ');
	wm_str_pad(&out, v5 ? "name" : "worker_name", v5 ? 4 : sizeof("worker_name") - 1, name_width);
	smart_str_appends(&out, " connections send_fail timers  total_request qps    status\n");
	wm_status_master_json(&out);
	wm_write_file(wm_master_status_file(), &out, false);
	smart_str_free(&out);
	wm_signal_children(SIGIOT);
}

wm_worker_obj *wm_first_worker(void)
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		return wm_worker_from_obj(obj);
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

/* This process's row of `status --json`: the text row's values, memory in bytes. */
static void wm_status_worker_json(smart_str *out, wm_worker_obj *worker)
{
	zval row;
	array_init(&row);
	add_assoc_long(&row, "pid", (zend_long)getpid());
	zval *name = wm_worker_prop(worker, WM_WP_NAME);
	Z_TRY_ADDREF_P(name);
	add_assoc_zval(&row, "name", name);
	add_assoc_long(&row, "id", zval_get_long(wm_worker_prop(worker, WM_WP_ID)));
	add_assoc_str(&row, "listen", wm_worker_get_socket_name(worker));
	add_assoc_long(&row, "memory", (zend_long)zend_memory_usage(false));
	add_assoc_long(&row, "connections", wm_conn_stat_connection_count());
	add_assoc_long(&row, "send_fail", wm_conn_stat_send_fail());
	add_assoc_long(&row, "timers", wm_timer_count());
	add_assoc_long(&row, "total_request", wm_conn_stat_total_request());
	wm_json_line(out, &row);
}

void wm_worker_write_status(void)
{
	wm_worker_obj *worker = wm_first_worker();
	if (!worker || !wm_master_status_file()) {
		return;
	}
	if (wm_api_major != 5) { /* 4.x collects cycles first, 5.x reports memory as it is */
		zend_gc_collect_cycles();
	}
	char mem[48];
	wm_format_round2(mem, sizeof(mem) - 1, (double)zend_memory_usage(false) / (1024.0 * 1024.0));
	strcat(mem, "M");
	zend_string *socket = wm_worker_get_socket_name(worker);
	zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	if (zend_string_equals(name, socket)) {
		zend_string_release(name);
		name = zend_string_init("none", 4, 0);
	}
	smart_str out = {0};
	smart_str_append_printf(&out, "%d\t", (int)getpid());
	wm_str_pad(&out, mem, strlen(mem), 7);
	smart_str_appendc(&out, ' ');
	wm_str_pad(&out, ZSTR_VAL(socket), ZSTR_LEN(socket), wm_cli_socket_width());
	smart_str_appendc(&out, ' ');
	wm_str_pad(&out, ZSTR_VAL(name), ZSTR_LEN(name), wm_cli_name_width());
	smart_str_appendc(&out, ' ');
	wm_str_pad_long(&out, wm_conn_stat_connection_count(), 11);
	smart_str_appendc(&out, ' ');
	wm_str_pad_long(&out, wm_conn_stat_send_fail(), 9);
	smart_str_appendc(&out, ' ');
	wm_str_pad_long(&out, wm_timer_count(), 7);
	smart_str_appendc(&out, ' ');
	wm_str_pad_long(&out, wm_conn_stat_total_request(), 13);
	smart_str_appendc(&out, '\n');
	wm_status_worker_json(&out, worker);
	wm_write_file(wm_master_status_file(), &out, true);
	smart_str_free(&out);
	zend_string_release(name);
	zend_string_release(socket);
}

void wm_master_write_connections(void)
{
	smart_str out = {0};
	smart_str_appends(&out, "--------------------------------------------------------------------- WORKERMAN CONNECTION STATUS --------------------------------------------------------------------------------\n");
	smart_str_appends(&out, "PID      Worker          CID       Trans   Protocol        ipv4   ipv6   Recv-Q       Send-Q       Bytes-R      Bytes-W       Status         Local Address          Foreign Address\n");
	wm_write_file(wm_master_connections_file(), &out, false);
	smart_str_free(&out);
	wm_signal_children(SIGIO);
}

/* One JSON line per TcpConnection of this process: the text row's values, unabridged. */
static void wm_connections_json(smart_str *out)
{
	zval *all = wm_conn_all();
	if (!all || Z_TYPE_P(all) != IS_ARRAY) {
		return;
	}
	wm_worker_obj *first = wm_first_worker();
	zval *item;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(all), item) {
		if (Z_TYPE_P(item) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(item), wm_ce_TcpConnection)) {
			continue;
		}
		wm_conn_obj *conn = wm_conn_from_obj(Z_OBJ_P(item));
		zval row, tmp;
		array_init(&row);
		add_assoc_long(&row, "pid", (zend_long)getpid());
		zval *worker = wm_conn_sh(conn, WM_SH_WORKER);
		if (Z_TYPE_P(worker) == IS_OBJECT) {
			zval *name = zend_read_property(Z_OBJCE_P(worker), Z_OBJ_P(worker), "name", 4, true, &tmp);
			add_assoc_str(&row, "worker", zval_get_string(name));
		} else if (first) {
			add_assoc_str(&row, "worker", zval_get_string(wm_worker_prop(first, WM_WP_NAME)));
		}
		zval id;
		wm_conn_id(conn, &id);
		add_assoc_zval(&row, "id", &id);
		add_assoc_str(&row, "transport", zend_string_copy(wm_conn_transport(conn)));
		zval *protocol = wm_conn_sh(conn, WM_SH_PROTOCOL);
		if (Z_TYPE_P(protocol) == IS_STRING && Z_STRLEN_P(protocol)) {
			add_assoc_str(&row, "protocol", zend_string_copy(Z_STR_P(protocol)));
		} else {
			add_assoc_null(&row, "protocol");
		}
		bool unix_socket = zend_string_equals_literal(wm_conn_transport(conn), "unix");
		add_assoc_bool(&row, "ipv4", !unix_socket && conn->peer_family != AF_INET6);
		add_assoc_bool(&row, "ipv6", !unix_socket && conn->peer_family == AF_INET6);
		add_assoc_long(&row, "recv_q", conn->rbuf ? (zend_long)conn->rbuf->len : 0);
		add_assoc_long(&row, "send_q", (zend_long)wm_conn_send_queue_size(conn));
		add_assoc_long(&row, "bytes_read", conn->bytes_read);
		add_assoc_long(&row, "bytes_written", conn->bytes_written);
		add_assoc_string(&row, "status", (char *)wm_conn_status_name(conn->status));
		add_assoc_str(&row, "local_address", wm_conn_local_address(conn));
		add_assoc_str(&row, "remote_address", wm_conn_remote_address(conn));
		wm_json_line(out, &row);
	} ZEND_HASH_FOREACH_END();
}

void wm_worker_write_connections(void)
{
	if (!wm_master_connections_file()) {
		return;
	}
	smart_str out = {0};
	wm_worker_describe_connections(&out);
	wm_connections_json(&out);
	if (out.s && ZSTR_LEN(out.s)) {
		wm_write_file(wm_master_connections_file(), &out, true);
	}
	smart_str_free(&out);
}

/* ---- the `status` table (formatStatusData of 4.x, formatProcessStatusData of 5.x) ---- */

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
	double memory; /* 4.x sums intval("0.5M"), 5.x (float) */
	zend_long connections, fails, timers, requests, qps;
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
	totals->memory += wm_api_major == 5 ? zend_strtod(field[1], NULL) : (double)ZEND_STRTOL(field[1], NULL, 10);
	totals->socket_width = MAX(totals->socket_width, field_len[2]);
	totals->name_width = MAX(totals->name_width, field_len[3]);
	totals->connections += ZEND_STRTOL(field[4], NULL, 10);
	totals->fails += ZEND_STRTOL(field[5], NULL, 10);
	totals->timers += ZEND_STRTOL(field[6], NULL, 10);
	*requests = ZEND_STRTOL(field[7], NULL, 10);
	totals->requests += *requests;
}

/* A process that did not answer: 4.x pads with the UI widths, 5.x with those widened by
 * the rows read. */
static void wm_status_busy_row(smart_str *out, zend_ulong pid, zval *info, const wm_status_totals *totals)
{
	zval *listen = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(info), "listen", 6) : NULL;
	zval *name = Z_TYPE_P(info) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(info), "name", 4) : NULL;
	zend_string *listen_s = listen ? zval_get_string(listen) : ZSTR_EMPTY_ALLOC();
	zend_string *name_s = name ? zval_get_string(name) : ZSTR_EMPTY_ALLOC();
	bool v5 = wm_api_major == 5;
	smart_str_append_printf(out, ZEND_ULONG_FMT "\t", pid);
	wm_str_pad(out, "N/A", 3, 7);
	smart_str_appendc(out, ' ');
	wm_str_pad(out, ZSTR_VAL(listen_s), ZSTR_LEN(listen_s), v5 ? totals->socket_width : wm_cli_socket_width());
	smart_str_appendc(out, ' ');
	wm_str_pad(out, ZSTR_VAL(name_s), ZSTR_LEN(name_s), v5 ? totals->name_width : wm_cli_name_width());
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
			wm_status_busy_row(out, pid, worker_info, &file->totals);
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
	smart_str_appends(out, wm_api_major == 5 ? wm_process_status5 : wm_process_status4);
	smart_str_appends(out, "Summary\t");
	smart_str memory = {0};
	if (wm_api_major == 5) { /* PHP's string of the float sum: "3.03", "1" */
		smart_str_append_double(&memory, totals->memory, (int)EG(precision), false);
	} else {
		smart_str_append_long(&memory, (zend_long)totals->memory);
	}
	smart_str_appendc(&memory, 'M');
	wm_str_pad(out, ZSTR_VAL(memory.s), ZSTR_LEN(memory.s), 7);
	smart_str_free(&memory);
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

void wm_status_format(smart_str *out, const char *path)
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
	file.totals.socket_width = wm_cli_socket_width();
	file.totals.name_width = wm_cli_name_width();
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

/* ---- `status --json` and `connections --json` ---- */

static zend_string *wm_read_whole(const char *path)
{
	php_stream *stream = php_stream_open_wrapper((char *)path, "rb", 0, NULL);
	if (!stream) {
		return NULL;
	}
	zend_string *content = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	return content;
}

/* Calls line_cb(line, len, arg) for each JSON line ('{' first) of content. */
static void wm_json_lines(zend_string *content, void (*line_cb)(zval *, void *), void *arg)
{
	const char *p = ZSTR_VAL(content), *end = p + ZSTR_LEN(content);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = nl ? nl : end;
		if (*p == '{') {
			/* The decoder's scanner stops at a NUL, not at the length: one string per line. */
			zend_string *line = zend_string_init(p, (size_t)(line_end - p), 0);
			zval row;
			ZVAL_NULL(&row);
			if (php_json_decode_ex(&row, ZSTR_VAL(line), ZSTR_LEN(line), PHP_JSON_OBJECT_AS_ARRAY, 64) == SUCCESS
					&& Z_TYPE(row) == IS_ARRAY) {
				line_cb(&row, arg);
			}
			zval_ptr_dtor(&row);
			zend_string_release(line);
		}
		p = nl ? nl + 1 : end;
	}
}

static void wm_pretty_json(smart_str *out, zval *value)
{
	php_json_encode(out, value, PHP_JSON_PRETTY_PRINT | PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE
		| PHP_JSON_PARTIAL_OUTPUT_ON_ERROR | PHP_JSON_PRESERVE_ZERO_FRACTION);
	smart_str_appendc(out, '\n');
}

typedef struct wm_status_json {
	zval master;       /* the master's line, or null */
	HashTable rows;    /* pid => the process's line */
} wm_status_json;

static void wm_status_json_line(zval *row, void *arg)
{
	wm_status_json *status = arg;
	zval *master = zend_hash_str_find(Z_ARRVAL_P(row), "master", 6);
	zval *pid = zend_hash_str_find(Z_ARRVAL_P(row), "pid", 3);
	if (master && Z_TYPE_P(master) == IS_ARRAY) {
		zval_ptr_dtor(&status->master);
		ZVAL_COPY(&status->master, master);
	} else if (pid) {
		Z_TRY_ADDREF_P(row);
		zend_hash_index_update(&status->rows, (zend_ulong)zval_get_long(pid), row);
	}
}

static void wm_sum(zval *summary, const char *key, zval *row)
{
	zval *value = zend_hash_str_find(Z_ARRVAL_P(row), key, strlen(key));
	zval *total = zend_hash_str_find(Z_ARRVAL_P(summary), key, strlen(key));
	if (value && total) {
		ZVAL_LONG(total, Z_LVAL_P(total) + zval_get_long(value));
	}
}

/* The text status's data as one JSON document: the master's part, then one entry per
 * process the master listed ("busy" with name and listen only when it did not answer), then
 * the Summary's sums. */
void wm_status_format_json(smart_str *out, const char *path)
{
	zend_string *content = wm_read_whole(path);
	if (!content || !ZSTR_LEN(content)) {
		if (content) {
			zend_string_release(content);
		}
		smart_str_appends(out, "null\n");
		return;
	}
	const char *nl = memchr(ZSTR_VAL(content), '\n', ZSTR_LEN(content));
	zval info;
	wm_status_worker_info(ZSTR_VAL(content), nl ? (size_t)(nl - ZSTR_VAL(content)) : ZSTR_LEN(content), &info);
	wm_status_json status;
	ZVAL_NULL(&status.master);
	zend_hash_init(&status.rows, 8, NULL, ZVAL_PTR_DTOR, 0);
	wm_json_lines(content, wm_status_json_line, &status);
	zend_string_release(content);

	zval doc, processes, summary;
	if (Z_TYPE(status.master) == IS_ARRAY) {
		ZVAL_ARR(&doc, zend_array_dup(Z_ARRVAL(status.master)));
	} else {
		array_init(&doc);
	}
	array_init(&processes);
	array_init(&summary);
	static const char *const sums[] = {"memory", "connections", "send_fail", "timers", "total_request"};
	for (size_t i = 0; i < sizeof(sums) / sizeof(sums[0]); i++) {
		add_assoc_long(&summary, sums[i], 0);
	}
	zend_ulong pid;
	zval *listed;
	ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL(info), pid, listed) {
		zval *row = zend_hash_index_find(&status.rows, pid);
		zval entry;
		if (row) {
			ZVAL_ARR(&entry, zend_array_dup(Z_ARRVAL_P(row)));
			add_assoc_string(&entry, "status", "idle");
			for (size_t i = 0; i < sizeof(sums) / sizeof(sums[0]); i++) {
				wm_sum(&summary, sums[i], row);
			}
		} else {
			array_init(&entry);
			add_assoc_long(&entry, "pid", (zend_long)pid);
			zval *name = Z_TYPE_P(listed) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(listed), "name", 4) : NULL;
			zval *listen = Z_TYPE_P(listed) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(listed), "listen", 6) : NULL;
			add_assoc_str(&entry, "name", name ? zval_get_string(name) : ZSTR_EMPTY_ALLOC());
			add_assoc_str(&entry, "listen", listen ? zval_get_string(listen) : ZSTR_EMPTY_ALLOC());
			add_assoc_string(&entry, "status", "busy");
		}
		add_next_index_zval(&processes, &entry);
	} ZEND_HASH_FOREACH_END();
	add_assoc_zval(&doc, "processes", &processes);
	add_assoc_zval(&doc, "summary", &summary);
	wm_pretty_json(out, &doc);
	zval_ptr_dtor(&doc);
	zval_ptr_dtor(&info);
	zval_ptr_dtor(&status.master);
	zend_hash_destroy(&status.rows);
}

static void wm_connections_json_line(zval *row, void *arg)
{
	Z_TRY_ADDREF_P(row);
	add_next_index_zval((zval *)arg, row);
}

/* The connections file as the command prints it: the text lines (4.2.1's bytes), or, with
 * json, the rows as one JSON array. */
void wm_connections_format(smart_str *out, const char *path, bool json)
{
	zend_string *content = wm_read_whole(path);
	if (json) {
		zval rows;
		array_init(&rows);
		if (content) {
			wm_json_lines(content, wm_connections_json_line, &rows);
		}
		wm_pretty_json(out, &rows);
		zval_ptr_dtor(&rows);
	} else if (content) {
		const char *p = ZSTR_VAL(content), *end = p + ZSTR_LEN(content);
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *next = nl ? nl + 1 : end;
			if (*p != '{') {
				smart_str_appendl(out, p, (size_t)(next - p));
			}
			p = next;
		}
	}
	if (content) {
		zend_string_release(content);
	}
}
