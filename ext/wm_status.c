/* wm_status.c: the status and connections files of API.md 1.8 in 4.2.1's layout. On SIGIOT
 * the master writes the header of the status file (worker map, global status, exit table)
 * and signals its children, each of which appends its process row; SIGIO does the same for
 * the connections file. Paths, children and exit counts are wm_master.c's, read through
 * its accessors; the CLI that reads these files is wm_cli.c. */
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

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

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

static void wm_status_exit_table(smart_str *out, size_t name_width)
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
		zval *counts = zend_hash_index_find(wm_master_exit_info(), (zend_ulong)(uintptr_t)obj);
		if (counts) {
			zend_ulong status;
			zval *n;
			ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(counts), status, n) {
				wm_str_pad(out, ZSTR_VAL(name), ZSTR_LEN(name), name_width);
				smart_str_appendc(out, ' ');
				wm_str_pad_long(out, (zend_long)status, 16);
				smart_str_append_printf(out, " " ZEND_LONG_FMT "\n", Z_LVAL_P(n));
			} ZEND_HASH_FOREACH_END();
		} else {
			wm_str_pad(out, ZSTR_VAL(name), ZSTR_LEN(name), name_width);
			smart_str_appends(out, " 0                0\n");
		}
		zend_string_release(name);
	} ZEND_HASH_FOREACH_END();
}

void wm_master_write_status(void)
{
	size_t name_width = wm_cli_name_width(), socket_width = wm_cli_socket_width();
	smart_str out = {0};
	wm_status_worker_map(&out);
	smart_str_appends(&out, "----------------------------------------------GLOBAL STATUS----------------------------------------------------\n");
	smart_str_append_printf(&out, "Workerman version:%s          PHP version:%s\n", wm_api_version(), PHP_VERSION);
	time_t now = time(NULL);
	zend_string *date = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, wm_master_start_time(), 1);
	long run = (long)(now - wm_master_start_time());
	smart_str_append_printf(&out, "start time:%s   run %ld days %ld hours   \n", ZSTR_VAL(date),
		run / 86400, (run % 86400) / 3600);
	zend_string_release(date);
	double load[3] = {0, 0, 0};
	char a[32], b[32], c[32];
	if (getloadavg(load, 3) < 0) {
		load[0] = load[1] = load[2] = 0;
	}
	wm_format_round2(a, sizeof(a), load[0]);
	wm_format_round2(b, sizeof(b), load[1]);
	wm_format_round2(c, sizeof(c), load[2]);
	char load_str[128];
	int load_len = snprintf(load_str, sizeof(load_str), "load average: %s, %s, %s", a, b, c);
	wm_str_pad(&out, load_str, (size_t)load_len, 33);
	smart_str_append_printf(&out, "event-loop:%s\n", wm_cli_event_loop_name());
	smart_str_append_printf(&out, "%u workers       %u processes\n",
		zend_hash_num_elements(wm_worker_registry()), zend_hash_num_elements(wm_master_children()));
	wm_str_pad(&out, "worker_name", sizeof("worker_name") - 1, name_width);
	smart_str_appends(&out, " exit_status      exit_count\n");
	wm_status_exit_table(&out, name_width);
	smart_str_appends(&out, "----------------------------------------------PROCESS STATUS---------------------------------------------------\n");
	smart_str_appends(&out, "pid\tmemory  ");
	wm_str_pad(&out, "listening", sizeof("listening") - 1, socket_width);
	smart_str_appendc(&out, ' ');
	wm_str_pad(&out, "worker_name", sizeof("worker_name") - 1, name_width);
	smart_str_appends(&out, " connections send_fail timers  total_request qps    status\n");
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

void wm_worker_write_status(void)
{
	wm_worker_obj *worker = wm_first_worker();
	if (!worker || !wm_master_status_file()) {
		return;
	}
	zend_gc_collect_cycles();
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

void wm_worker_write_connections(void)
{
	if (!wm_master_connections_file()) {
		return;
	}
	smart_str out = {0};
	wm_conn_describe_all(&out);
	if (out.s && ZSTR_LEN(out.s)) {
		wm_write_file(wm_master_connections_file(), &out, true);
	}
	smart_str_free(&out);
}
