/* wm_metrics_export.c: the Prometheus endpoint, served by the master's own loop: accept,
 * read one request head, answer from the shared region and the master's tables, close. The
 * workers are not asked anything, so a scrape costs them nothing. Knows the exposition
 * format (text 0.0.4) and HTTP just enough for GET; any other input closes that connection. */
#include "wm_metrics.h"
#include "wm_master.h"
#include "wm_master_internal.h"
#include "wm_listen.h"
#include "wm_loop.h"
#include "wm_api.h"

#include <event2/event.h>
#include <inttypes.h>
#include <errno.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define WM_METRICS_HEAD_MAX 8192
#define WM_METRICS_CLIENTS_MAX 64
#define WM_METRICS_TIMEOUT 10

/* One scrape in progress: its head as read so far, then the answer as written so far. */
typedef struct wm_metrics_client {
	int fd;
	struct event *ev;
	char head[WM_METRICS_HEAD_MAX];
	size_t head_len;
	zend_string *reply;
	size_t reply_off;
	struct wm_metrics_client *prev, *next;
} wm_metrics_client;

static int wm_metrics_fd = -1;
static struct event *wm_metrics_accept_event;
static wm_metrics_client *wm_clients;
static unsigned wm_client_count;

/* ---- the exposition text ---- */

static void wm_label_value(smart_str *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		switch (s[i]) {
		case '\\': smart_str_appends(out, "\\\\"); break;
		case '"': smart_str_appends(out, "\\\""); break;
		case '\n': smart_str_appends(out, "\\n"); break;
		default: smart_str_appendc(out, s[i]);
		}
	}
}

static void wm_family(smart_str *out, const char *name, const char *type, const char *help)
{
	smart_str_append_printf(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void wm_worker_label(smart_str *out, wm_worker_obj *worker)
{
	zend_string *name = zval_get_string(wm_worker_prop(worker, WM_WP_NAME));
	smart_str_appends(out, "worker=\"");
	wm_label_value(out, ZSTR_VAL(name), ZSTR_LEN(name));
	smart_str_appendc(out, '"');
	zend_string_release(name);
}

typedef struct wm_slot_family {
	const char *name, *type, *help;
	size_t offset;
	bool micros;   /* stored in microseconds, exported in seconds */
} wm_slot_family;

#define WM_FIELD(f) XtOffsetOf(wm_proc_counters, f)
static const wm_slot_family wm_slot_families[] = {
	{"workerman_worker_connections", "gauge", "Connections open in the process now.", WM_FIELD(connections), false},
	{"workerman_worker_accepted_connections_total", "counter", "Connections accepted.", WM_FIELD(accepted), false},
	{"workerman_worker_requests_total", "counter", "Requests and messages received (status total_request).", WM_FIELD(requests), false},
	{"workerman_worker_received_bytes_total", "counter", "Bytes read from connections.", WM_FIELD(bytes_in), false},
	{"workerman_worker_sent_bytes_total", "counter", "Bytes written to connections.", WM_FIELD(bytes_out), false},
	{"workerman_worker_send_failures_total", "counter", "send() calls that failed (status send_fail).", WM_FIELD(send_fails), false},
	{"workerman_worker_exceptions_total", "counter", "Throwables that escaped a callback.", WM_FIELD(exceptions), false},
	{"workerman_worker_timers", "gauge", "Timers of the process (Timer::count()).", WM_FIELD(timers), false},
	{"workerman_worker_zend_memory_bytes", "gauge", "memory_get_usage() of the process.", WM_FIELD(zend_memory), false},
	{"workerman_worker_resident_memory_bytes", "gauge", "Resident set size of the process.", WM_FIELD(rss), false},
	{"workerman_worker_event_loop_lag_seconds", "gauge", "How late the last once-a-second tick ran.", WM_FIELD(loop_lag_us), true},
	{"workerman_worker_event_loop_lag_max_seconds", "gauge", "The largest tick lag since the process started.", WM_FIELD(loop_lag_max_us), true},
	{"workerman_worker_start_time_seconds", "gauge", "When the process was forked (unix time).", WM_FIELD(started_at), false},
};

static void wm_render_slots(smart_str *out)
{
	uint32_t count;
	wm_proc_counters *slots = wm_metrics_slots(&count);
	const wm_metrics_slot_owner *owners = wm_metrics_owners();
	if (!slots || !owners) {
		return;
	}
	wm_family(out, "workerman_worker_info", "gauge", "One per worker process: its pid.");
	for (uint32_t i = 0; i < count; i++) {
		if (owners[i].pid) {
			smart_str_appends(out, "workerman_worker_info{");
			wm_worker_label(out, owners[i].worker);
			smart_str_append_printf(out, ",id=\"%u\",pid=\"%d\"} 1\n", owners[i].id, (int)owners[i].pid);
		}
	}
	for (size_t f = 0; f < sizeof(wm_slot_families) / sizeof(wm_slot_families[0]); f++) {
		const wm_slot_family *family = &wm_slot_families[f];
		wm_family(out, family->name, family->type, family->help);
		for (uint32_t i = 0; i < count; i++) {
			if (!owners[i].pid) {
				continue;
			}
			int64_t value = *(volatile int64_t *)((char *)&slots[i] + family->offset);
			smart_str_appends(out, family->name);
			smart_str_appendc(out, '{');
			wm_worker_label(out, owners[i].worker);
			smart_str_append_printf(out, ",id=\"%u\"} ", owners[i].id);
			if (family->micros) {
				smart_str_append_printf(out, "%.6f\n", (double)value / 1e6);
			} else {
				smart_str_append_printf(out, "%" PRId64 "\n", value);
			}
		}
	}
}

/* Per Worker: [key => count] tables of the master, one labelled line per entry. */
static void wm_render_table(smart_str *out, const char *name, const char *label, HashTable *table,
	const char *(*key_text)(zend_ulong, char *))
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		zval *counts = table ? zend_hash_index_find(table, (zend_ulong)(uintptr_t)obj) : NULL;
		if (!counts) {
			continue;
		}
		zend_ulong key;
		zval *n;
		ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(counts), key, n) {
			char buf[32];
			smart_str_appends(out, name);
			smart_str_appendc(out, '{');
			wm_worker_label(out, wm_worker_from_obj(obj));
			smart_str_append_printf(out, ",%s=\"%s\"} " ZEND_LONG_FMT "\n", label, key_text(key, buf), zval_get_long(n));
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
}

static const char *wm_status_text(zend_ulong status, char *buf)
{
	snprintf(buf, 32, ZEND_ULONG_FMT, status);
	return buf;
}

static const char *wm_reason_text(zend_ulong reason, char *buf)
{
	return reason == WM_RECYCLE_MEMORY ? "memory" : "requests";
}

void wm_metrics_render(smart_str *out)
{
	time_t now = time(NULL), start = wm_master_start_time();
	wm_family(out, "workerman_build_info", "gauge", "The API profile the runtime presents.");
	smart_str_append_printf(out, "workerman_build_info{version=\"%s\",api=\"%d\"} 1\n", wm_api_version(), wm_api_major);
	wm_family(out, "workerman_master_start_time_seconds", "gauge", "When runAll() started (unix time).");
	smart_str_append_printf(out, "workerman_master_start_time_seconds %lld\n", (long long)start);
	wm_family(out, "workerman_master_uptime_seconds", "gauge", "Seconds since runAll() started.");
	smart_str_append_printf(out, "workerman_master_uptime_seconds %lld\n", (long long)(now - start));
	wm_family(out, "workerman_master_processes", "gauge", "Worker processes alive.");
	smart_str_append_printf(out, "workerman_master_processes %u\n", zend_hash_num_elements(wm_master_children()));
	wm_family(out, "workerman_master_reloads_total", "counter", "Reloads begun (reload, reload -g).");
	smart_str_append_printf(out, "workerman_master_reloads_total %" PRId64 "\n", wm_metrics_reloads());
	wm_family(out, "workerman_worker_exits_total", "counter", "Worker processes reaped (and respawned unless stopping), by exit status.");
	wm_render_table(out, "workerman_worker_exits_total", "status", wm_master_exit_info(), wm_status_text);
	wm_family(out, "workerman_worker_recycles_total", "counter", "Worker processes replaced at maxRequests or maxMemory.");
	wm_render_table(out, "workerman_worker_recycles_total", "reason", wm_metrics_recycles(), wm_reason_text);
	wm_render_slots(out);
}

/* ---- the endpoint ---- */

static void wm_client_close(wm_metrics_client *client)
{
	if (client->ev) {
		event_free(client->ev);
	}
	close(client->fd);
	if (client->reply) {
		zend_string_release(client->reply);
	}
	if (client->prev) {
		client->prev->next = client->next;
	} else {
		wm_clients = client->next;
	}
	if (client->next) {
		client->next->prev = client->prev;
	}
	wm_client_count--;
	efree(client);
}

static zend_string *wm_reply(int code, const char *reason, const char *type, const smart_str *body)
{
	size_t body_len = body && body->s ? ZSTR_LEN(body->s) : 0;
	smart_str out = {0};
	smart_str_append_printf(&out, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
		code, reason, type, body_len);
	if (body_len) {
		smart_str_append(&out, body->s);
	}
	smart_str_0(&out);
	return out.s;
}

/* "GET /metrics HTTP/1.1": the exposition; other paths 404, other methods 405. */
static zend_string *wm_answer(const char *head, size_t len)
{
	const char *line_end = memchr(head, '\n', len);
	size_t line_len = line_end ? (size_t)(line_end - head) : len;
	bool get = line_len > 4 && memcmp(head, "GET ", 4) == 0;
	const char *path = head + 4;
	const char *path_end = get ? memchr(path, ' ', line_len - 4) : NULL;
	if (!get || !path_end) {
		return wm_reply(405, "Method Not Allowed", "text/plain", NULL);
	}
	size_t path_len = (size_t)(path_end - path);
	const char *query = memchr(path, '?', path_len);
	if (query) {
		path_len = (size_t)(query - path);
	}
	if (!(path_len == 8 && memcmp(path, "/metrics", 8) == 0) && !(path_len == 1 && path[0] == '/')) {
		return wm_reply(404, "Not Found", "text/plain", NULL);
	}
	smart_str body = {0};
	wm_metrics_render(&body);
	zend_string *reply = wm_reply(200, "OK", "text/plain; version=0.0.4; charset=utf-8", &body);
	smart_str_free(&body);
	return reply;
}

static void wm_client_write(wm_metrics_client *client)
{
	while (client->reply_off < ZSTR_LEN(client->reply)) {
		ssize_t n = send(client->fd, ZSTR_VAL(client->reply) + client->reply_off,
			ZSTR_LEN(client->reply) - client->reply_off, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			struct timeval timeout = {WM_METRICS_TIMEOUT, 0};
			event_del(client->ev);
			event_assign(client->ev, wm_loop_base(), client->fd, EV_WRITE | EV_PERSIST,
				event_get_callback(client->ev), client);
			event_add(client->ev, &timeout);
			return;
		}
		if (n <= 0) {
			break;
		}
		client->reply_off += (size_t)n;
	}
	wm_client_close(client);
}

static void wm_client_cb(evutil_socket_t fd, short what, void *arg)
{
	wm_metrics_client *client = arg;
	if (what & EV_TIMEOUT) {
		wm_client_close(client);
		return;
	}
	if (client->reply) {
		wm_client_write(client);
		return;
	}
	ssize_t n = recv(fd, client->head + client->head_len, sizeof(client->head) - client->head_len, 0);
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
		return;
	}
	if (n <= 0) {
		wm_client_close(client);
		return;
	}
	client->head_len += (size_t)n;
	bool complete = php_memnstr(client->head, "\r\n\r\n", 4, client->head + client->head_len)
		|| php_memnstr(client->head, "\n\n", 2, client->head + client->head_len);
	if (!complete) {
		if (client->head_len == sizeof(client->head)) {
			wm_client_close(client); /* a head this long is not a scrape */
		}
		return;
	}
	client->reply = wm_answer(client->head, client->head_len);
	wm_client_write(client);
}

static void wm_accept_cb(evutil_socket_t fd, short what, void *arg)
{
	for (int i = 0; i < 16; i++) {
		int conn = accept4(wm_metrics_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (conn < 0) {
			return;
		}
		if (wm_client_count >= WM_METRICS_CLIENTS_MAX) {
			close(conn); /* a scraper opens one at a time; more is not a scraper */
			continue;
		}
		wm_metrics_client *client = ecalloc(1, sizeof(*client));
		client->fd = conn;
		client->next = wm_clients;
		if (wm_clients) {
			wm_clients->prev = client;
		}
		wm_clients = client;
		wm_client_count++;
		client->ev = event_new(wm_loop_base(), conn, EV_READ | EV_PERSIST, wm_client_cb, client);
		struct timeval timeout = {WM_METRICS_TIMEOUT, 0};
		event_add(client->ev, &timeout);
	}
}

/* "http://host:port" (or tcp://) on TCP, "unix:///path" on a unix socket. */
zend_result wm_metrics_http_open(zend_string *listen)
{
	const char *value = ZSTR_VAL(listen);
	const char *transport = NULL, *address = NULL;
	if (strncmp(value, "http://", 7) == 0) {
		transport = "tcp", address = value + 7;
	} else if (strncmp(value, "tcp://", 6) == 0) {
		transport = "tcp", address = value + 6;
	} else if (strncmp(value, "unix://", 7) == 0) {
		transport = "unix", address = value + 7;
	}
	if (!transport || !*address) {
		zend_throw_exception_ex(zend_ce_exception, 0,
			"Worker::$metricsListen must be http://host:port or unix:///path, '%s' given", value);
		return FAILURE;
	}
	char path_free[1024];
	if (strcmp(transport, "tcp") == 0) {
		const char *slash = strchr(address, '/'); /* http://host:port/metrics: the path is ours */
		if (slash && (size_t)(slash - address) < sizeof(path_free)) {
			memcpy(path_free, address, (size_t)(slash - address));
			path_free[slash - address] = '\0';
			address = path_free;
		}
	}
	wm_listen_options opts = {0};
	opts.backlog = 128;
	char err[512];
	int fd = wm_listen_open(transport, address, &opts, err, sizeof(err));
	if (fd < 0) {
		zend_throw_exception_ex(zend_ce_exception, 0, "metrics endpoint %s: %s", value, err);
		return FAILURE;
	}
	wm_metrics_fd = fd;
	wm_metrics_accept_event = event_new(wm_loop_base(), fd, EV_READ | EV_PERSIST, wm_accept_cb, NULL);
	event_add(wm_metrics_accept_event, NULL);
	return SUCCESS;
}

/* In a fresh child: the listener and any scrape in progress are the master's. Their events
 * belong to the master's base, which the child drops without touching. */
void wm_metrics_http_close_in_child(void)
{
	if (wm_metrics_fd >= 0) {
		close(wm_metrics_fd);
		wm_metrics_fd = -1;
	}
	wm_metrics_accept_event = NULL;
	while (wm_clients) {
		wm_metrics_client *client = wm_clients;
		wm_clients = client->next;
		close(client->fd);
		if (client->reply) {
			zend_string_release(client->reply);
		}
		efree(client);
	}
	wm_client_count = 0;
}

void wm_metrics_http_rshutdown(void)
{
	while (wm_clients) {
		wm_client_close(wm_clients);
	}
	if (wm_metrics_accept_event) {
		event_free(wm_metrics_accept_event);
		wm_metrics_accept_event = NULL;
	}
	if (wm_metrics_fd >= 0) {
		close(wm_metrics_fd);
		wm_metrics_fd = -1;
	}
}
