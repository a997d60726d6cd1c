/* wm_worker.c: Workerman\Worker objects: construction, the registry of this process's
 * Workers, declared-property slots, listen/unlisten/accept and run()/stop().
 * The master side (runAll, forking, signals) is wm_master.c; connections are wm_conn.c. */
#include "wm_private.h"
#include "wm_worker.h"
#include "wm_listen.h"
#include "tls/wm_tls.h"
#include "wm_loop.h"
#include "wm_fiber.h"
#include "wm_timer.h"
#include "wm_conn.h"
#include "wm_accept.h"
#include "wm_master.h"
#include "wm_process.h"
#include "wm_protocol.h"
#include "wm_log.h"
#include "wm_autoloader.h"
#include "wm_udp_listen.h"
#include "wm_api.h"
#include "http/wm_http.h"
#include "ext/spl/php_spl.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

zend_class_entry *wm_ce_Worker;
static zend_object_handlers wm_worker_handlers;
static uint32_t wm_worker_prop_offset[WM_WP__COUNT];
static zend_string *wm_str_on_worker_exit;
static zend_string *wm_str_worker_id;
/* 4.x: the slot of the instance property $onWorkerExit (5.x: a static, no slot). */
static uint32_t wm_worker_exit_offset;

/* Workerman keeps every Worker in a static array for the life of the process. */
static HashTable wm_worker_list;
static bool wm_worker_list_ready;

static const char *const wm_worker_prop_names[WM_WP__COUNT] = {
	"id", "name", "count", "user", "group", "reloadable", "reusePort", "transport", "protocol",
	"connections", "stopping", "onWorkerStart", "onWorkerReload", "onWorkerStop", "onConnect",
	"onMessage", "onClose", "onError", "onBufferFull", "onBufferDrain",
};

HashTable *wm_worker_registry(void)
{
	if (!wm_worker_list_ready) {
		zend_hash_init(&wm_worker_list, 4, NULL, NULL, 0);
		wm_worker_list_ready = true;
	}
	return &wm_worker_list;
}

void wm_worker_describe_connections(smart_str *out)
{
	zend_string *default_name = NULL;
	zend_object *first;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), first) {
		zval rv;
		zval *v = zend_read_property(first->ce, first, "name", 4, true, &rv);
		default_name = zval_get_string(v);
		break;
	} ZEND_HASH_FOREACH_END();
	wm_conn_describe_all(out, default_name);
	if (default_name) {
		zend_string_release(default_name);
	}
}

zval *wm_worker_prop(wm_worker_obj *worker, enum wm_worker_prop prop)
{
	zval *slot = OBJ_PROP(&worker->std, wm_worker_prop_offset[prop]);
	ZVAL_DEREF(slot);
	return slot;
}

struct wm_tls_server *wm_worker_tls(wm_worker_obj *worker)
{
	if (!worker->tls) {
		zval *transport = wm_worker_prop(worker, WM_WP_TRANSPORT);
		if (Z_TYPE_P(transport) == IS_STRING && zend_string_equals_literal(Z_STR_P(transport), "ssl")) {
			worker->tls = wm_tls_server_new(&worker->context);
		}
	}
	return worker->tls;
}

zval *wm_worker_on_worker_exit(wm_worker_obj *worker)
{
	zval *cb;
	if (wm_api_major == 4) {
		cb = OBJ_PROP(&worker->std, wm_worker_exit_offset);
	} else {
		cb = worker->std.properties ? zend_hash_find(worker->std.properties, wm_str_on_worker_exit) : NULL;
	}
	if (cb) {
		ZVAL_DEREF(cb);
	}
	return cb && Z_TYPE_P(cb) > IS_NULL ? cb : NULL;
}

static zend_object *wm_worker_create(zend_class_entry *ce)
{
	wm_worker_obj *worker = zend_object_alloc(sizeof(wm_worker_obj), ce);
	zend_object_std_init(&worker->std, ce);
	object_properties_init(&worker->std, ce);
	worker->std.handlers = &wm_worker_handlers;
	ZVAL_EMPTY_ARRAY(&worker->context);
	worker->listen_fd = -1;
	return &worker->std;
}

static void wm_worker_close_listener(wm_worker_obj *worker)
{
	wm_io_set(&worker->accept_io, 0);
	worker->accepting = false;
	if (worker->listen_fd >= 0) {
		close(worker->listen_fd);
		worker->listen_fd = -1;
	}
}

static void wm_worker_free(zend_object *obj)
{
	wm_worker_obj *worker = wm_worker_from_obj(obj);
	wm_worker_close_listener(worker);
	if (worker->socket_name) {
		zend_string_release(worker->socket_name);
	}
	if (worker->unix_path) {
		zend_string_release(worker->unix_path);
	}
	if (worker->slot_pids) {
		efree(worker->slot_pids);
	}
	zval_ptr_dtor(&worker->context);
	if (worker->tls) {
		wm_tls_server_free(worker->tls); /* TLS */
	}
	zend_object_std_dtor(obj);
}

static HashTable *wm_worker_get_gc(zend_object *obj, zval **table, int *n)
{
	wm_worker_obj *worker = wm_worker_from_obj(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &worker->context);
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

/* Under profile 5 Worker::$onWorkerExit is static, yet 4.x code sets $worker->onWorkerExit:
 * keep that one as a plain dynamic property without the "static as non static" notice.
 * (Profile 4 declares it as the instance property it is in 4.2.1.) */
static bool wm_worker_is_exit_prop(zend_string *name)
{
	return wm_api_major == 5 && zend_string_equals(name, wm_str_on_worker_exit);
}

static zval *wm_worker_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	if (UNEXPECTED(wm_worker_is_exit_prop(name))) {
		Z_TRY_ADDREF_P(value);
		return zend_hash_update(zend_std_get_properties(obj), name, value);
	}
	return zend_std_write_property(obj, name, value, cache_slot);
}

static zval *wm_worker_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	if (UNEXPECTED(wm_worker_is_exit_prop(name))) {
		zval *value = obj->properties ? zend_hash_find(obj->properties, name) : NULL;
		if (!value) {
			ZVAL_NULL(rv);
			return rv;
		}
		return value;
	}
	return zend_std_read_property(obj, name, type, cache_slot, rv);
}

static int wm_worker_has_property(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
	if (UNEXPECTED(wm_worker_is_exit_prop(name))) {
		zval *value = obj->properties ? zend_hash_find(obj->properties, name) : NULL;
		if (!value) {
			return 0;
		}
		return check_empty == ZEND_PROPERTY_NOT_EMPTY ? zend_is_true(value) : Z_TYPE_P(value) != IS_NULL;
	}
	return zend_std_has_property(obj, name, check_empty, cache_slot);
}

static zval *wm_worker_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (UNEXPECTED(wm_worker_is_exit_prop(name))) {
		return NULL; /* falls back to read/write_property */
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
}

static void wm_worker_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
	if (UNEXPECTED(wm_worker_is_exit_prop(name))) {
		if (obj->properties) {
			zend_hash_del(obj->properties, name);
		}
		return;
	}
	zend_std_unset_property(obj, name, cache_slot);
}

ZEND_METHOD(Workerman_Worker, __construct)
{
	zend_string *socket_name = NULL;
	zval *context = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(socket_name)
		Z_PARAM_ARRAY(context)
	ZEND_PARSE_PARAMETERS_END();

	wm_worker_obj *worker = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	if (zend_hash_index_exists(wm_worker_registry(), (zend_ulong)(uintptr_t)&worker->std)) {
		return;
	}
	GC_ADDREF(&worker->std);
	zend_hash_index_add_new_ptr(wm_worker_registry(), (zend_ulong)(uintptr_t)&worker->std, &worker->std);
	wm_autoloader_register_from_caller();
	if (wm_api_major == 4) {
		/* 4.2.1 keeps spl_object_hash($this) in a dynamic $workerId (5.x: protected). */
		zval id;
		ZVAL_STR(&id, php_spl_object_hash(&worker->std));
		zend_std_write_property(&worker->std, wm_str_worker_id, &id, NULL);
		zval_ptr_dtor(&id);
	}

	if (socket_name && ZSTR_LEN(socket_name)) {
		worker->socket_name = zend_string_copy(socket_name);
		zval_ptr_dtor(&worker->context);
		if (context) {
			ZVAL_COPY(&worker->context, context);
		} else {
			array_init(&worker->context);
		}
	}
}

/* "scheme://address": scheme before the first ':'; a builtin scheme sets the transport,
 * anything else names a protocol class (Workerman's parseSocketAddress). */
static zend_result wm_worker_parse_socket_name(wm_worker_obj *worker, char *transport, size_t transport_len,
	const char **address)
{
	const char *name = ZSTR_VAL(worker->socket_name);
	const char *colon = strchr(name, ':');
	if (!colon) {
		zend_throw_exception_ex(NULL, 0, "Failed to parse address \"%s\"", name);
		return FAILURE;
	}
	size_t scheme_len = (size_t)(colon - name);
	bool builtin = (scheme_len == 3 && (!strncmp(name, "tcp", 3) || !strncmp(name, "udp", 3) || !strncmp(name, "ssl", 3)))
		|| (scheme_len == 4 && !strncmp(name, "unix", 4));
	zval *transport_prop = wm_worker_prop(worker, WM_WP_TRANSPORT);
	if (builtin) {
		zval_ptr_dtor(transport_prop);
		ZVAL_STRINGL(transport_prop, name, scheme_len);
	} else {
		zend_string *protocol = wm_protocol_resolve_scheme(name, scheme_len);
		if (!protocol) {
			return FAILURE;
		}
		zval *protocol_prop = wm_worker_prop(worker, WM_WP_PROTOCOL);
		zval_ptr_dtor(protocol_prop);
		ZVAL_STR(protocol_prop, protocol);
		transport_prop = wm_worker_prop(worker, WM_WP_TRANSPORT);
	}
	zend_string *t = zval_get_string(transport_prop);
	bool known = zend_string_equals_literal(t, "tcp") || zend_string_equals_literal(t, "udp")
		|| zend_string_equals_literal(t, "unix") || zend_string_equals_literal(t, "ssl");
	if (!known) {
		smart_str exported = {0};
		php_var_export_ex(transport_prop, 1, &exported);
		smart_str_0(&exported);
		zend_throw_exception_ex(NULL, 0, "Bad worker->transport %s", ZSTR_VAL(exported.s));
		smart_str_free(&exported);
		zend_string_release(t);
		return FAILURE;
	}
	snprintf(transport, transport_len, "%s", zend_string_equals_literal(t, "ssl") ? "tcp" : ZSTR_VAL(t));
	zend_string_release(t);
	*address = colon + 1;
	if ((*address)[0] == '/' && (*address)[1] == '/') {
		*address += 2;
	}
	return SUCCESS;
}

static int wm_worker_backlog(wm_worker_obj *worker)
{
	if (Z_TYPE(worker->context) == IS_ARRAY) {
		zval *socket = zend_hash_str_find_deref(Z_ARRVAL(worker->context), "socket", sizeof("socket") - 1);
		if (socket && Z_TYPE_P(socket) == IS_ARRAY) {
			zval *backlog = zend_hash_str_find_deref(Z_ARRVAL_P(socket), "backlog", sizeof("backlog") - 1);
			if (backlog) {
				return (int)zval_get_long(backlog);
			}
		}
	}
	return 102400;
}

/* Workerman hands a unix socket file to $worker->user / $worker->group. */
static void wm_worker_chown_socket_file(wm_worker_obj *worker)
{
	zend_string *user = zval_get_string(wm_worker_prop(worker, WM_WP_USER));
	zend_string *group = zval_get_string(wm_worker_prop(worker, WM_WP_GROUP));
	uid_t uid = (uid_t)-1;
	gid_t gid = (gid_t)-1;
	if (ZSTR_LEN(user)) {
		struct passwd *pw = getpwnam(ZSTR_VAL(user));
		if (pw) {
			uid = pw->pw_uid;
		}
	}
	if (ZSTR_LEN(group)) {
		struct group *gr = getgrnam(ZSTR_VAL(group));
		if (gr) {
			gid = gr->gr_gid;
		}
	}
	if (uid != (uid_t)-1 || gid != (gid_t)-1) {
		if (chown(ZSTR_VAL(worker->unix_path), uid, gid) != 0) {
			php_error_docref(NULL, E_WARNING, "chown(%s): %s", ZSTR_VAL(worker->unix_path), strerror(errno));
		}
	}
	zend_string_release(user);
	zend_string_release(group);
}

static void wm_worker_on_acceptable(int fd, short what, void *arg)
{
	wm_worker_obj *worker = arg;
	/* Several accepts per wake-up; the listener is shared by all processes of the Worker,
	 * so EAGAIN (another process won the race) is normal and silent. */
	for (int i = 0; i < 64 && worker->accepting; i++) {
		struct sockaddr_storage peer;
		socklen_t peer_len = sizeof(peer);
		int conn_fd = accept4(worker->listen_fd, (struct sockaddr *)&peer, &peer_len, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (conn_fd < 0) {
			return;
		}
		GC_ADDREF(&worker->std);
		wm_accept_tcp(worker, conn_fd, (struct sockaddr *)&peer, peer_len);
		OBJ_RELEASE(&worker->std);
		if (wm_exiting()) {
			return;
		}
	}
}

zend_result wm_worker_listen(wm_worker_obj *worker)
{
	if (!worker->socket_name) {
		return SUCCESS;
	}
	if (worker->listen_fd < 0) {
		char transport[8];
		const char *address;
		if (wm_worker_parse_socket_name(worker, transport, sizeof(transport), &address) == FAILURE) {
			return FAILURE;
		}
		wm_listen_options opts = {0};
		opts.backlog = wm_worker_backlog(worker);
		opts.reuse_port = zend_is_true(wm_worker_prop(worker, WM_WP_REUSEPORT));
		opts.datagram = strcmp(transport, "udp") == 0;
		char err[512];
		int fd = wm_listen_open(transport, address, &opts, err, sizeof(err));
		if (fd < 0) {
			/* Workerman's stream_socket_server() warns, then throws its $errstr. */
			zend_error(E_WARNING, "stream_socket_server(): Unable to connect to %s://%s (%s)", transport, address, err);
			zend_throw_exception(NULL, err, 0);
			return FAILURE;
		}
		worker->listen_fd = fd;
		if (strcmp(transport, "unix") == 0) {
			worker->unix_socket = true;
			worker->unix_path = zend_string_init(address, strlen(address), 0);
			wm_worker_chown_socket_file(worker);
		}
		wm_worker_tls(worker); /* TLS: before fork, so workers share ticket keys */
	}
	wm_worker_resume_accept(worker);
	return SUCCESS;
}

void wm_worker_pause_accept(wm_worker_obj *worker)
{
	wm_io_set(&worker->accept_io, 0);
	worker->accepting = false;
}

void wm_worker_resume_accept(wm_worker_obj *worker)
{
	zval *global_event = WM_STATIC_PROP(wm_ce_Worker, "globalEvent");
	if (!global_event || Z_TYPE_P(global_event) == IS_NULL || worker->listen_fd < 0 || worker->accepting) {
		return;
	}
	/* A udp listener is read (recvfrom), not accepted. */
	wm_io_init(&worker->accept_io, worker->listen_fd,
		wm_udp_is_datagram(worker->listen_fd) ? wm_udp_on_readable : wm_worker_on_acceptable, worker);
	worker->accepting = wm_io_set(&worker->accept_io, WM_IO_READ);
}

void wm_worker_unlisten(wm_worker_obj *worker)
{
	wm_worker_pause_accept(worker);
	wm_worker_close_listener(worker);
}

void wm_worker_keep_only(wm_worker_obj *keep)
{
	HashTable *registry = wm_worker_registry();
	zend_object *obj;
	zend_ulong key;
	ZEND_HASH_FOREACH_NUM_KEY_PTR(registry, key, obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		if (worker == keep) {
			continue;
		}
		/* The listener belongs to the master; in this child only the fd copy goes (a watcher
		 * of it is on the parent's epoll instance: the reactor forgot it at fork). */
		worker->accepting = false;
		if (worker->listen_fd >= 0) {
			close(worker->listen_fd);
			worker->listen_fd = -1;
		}
		zend_hash_index_del(registry, key);
		OBJ_RELEASE(obj);
	} ZEND_HASH_FOREACH_END();
	/* A watcher set in the parent is on the parent's epoll instance. */
	keep->accepting = false;
}

zend_string *wm_worker_get_socket_name(wm_worker_obj *worker)
{
	if (!worker->socket_name) {
		return zend_string_init("none", 4, 0);
	}
	zend_string *name = zend_string_dup(worker->socket_name, 0);
	ZSTR_VAL(name)[0] = (char)tolower((unsigned char)ZSTR_VAL(name)[0]);
	return name;
}

static void wm_worker_null_prop(wm_worker_obj *worker, enum wm_worker_prop prop)
{
	zval *slot = wm_worker_prop(worker, prop);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_NULL(slot);
	zval_ptr_dtor(&old);
}

/* stop(false) of 5.x: a connection with requests still queued in its receive buffer stays. */
static bool wm_worker_conn_has_queued_input(zval *conn)
{
	zval size;
	zend_call_method_with_0_params(Z_OBJ_P(conn), Z_OBJCE_P(conn), NULL, "getrecvbufferqueuesize", &size);
	bool queued = !EG(exception) && zend_is_true(&size);
	zval_ptr_dtor(&size);
	return queued;
}

/* A stopping worker with its own listener (reusePort) takes what waits in its accept queue
 * first: closing the listener would reset those connections. A shared listener's queue is
 * left to the other processes. */
static void wm_worker_accept_backlog(wm_worker_obj *worker)
{
	if (!worker->accepting || !zend_is_true(wm_worker_prop(worker, WM_WP_REUSEPORT))) {
		return;
	}
	for (int i = 0; i < 4096 && worker->accepting && !wm_exiting(); i++) {
		struct sockaddr_storage peer;
		socklen_t peer_len = sizeof(peer);
		int conn_fd = accept4(worker->listen_fd, (struct sockaddr *)&peer, &peer_len, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (conn_fd < 0) {
			return;
		}
		wm_accept_tcp(worker, conn_fd, (struct sockaddr *)&peer, peer_len);
	}
}

void wm_worker_stop(wm_worker_obj *worker, bool force)
{
	zval *on_stop = wm_worker_prop(worker, WM_WP_ONWORKERSTOP);
	if (Z_TYPE_P(on_stop) != IS_NULL) {
		zval callable, arg;
		ZVAL_COPY(&callable, on_stop);
		ZVAL_OBJ(&arg, &worker->std);
		wm_call(&callable, NULL, 1, &arg);
		zval_ptr_dtor(&callable);
	}
	bool drain = wm_process_drains();
	if (drain) {
		wm_worker_accept_backlog(worker);
	}
	wm_worker_unlisten(worker);
	if (drain || !wm_process.graceful) {
		zval *connections = wm_worker_prop(worker, WM_WP_CONNECTIONS);
		if (Z_TYPE_P(connections) == IS_ARRAY) {
			zval copy, *conn;
			ZVAL_COPY(&copy, connections);
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL(copy), conn) {
				if (Z_TYPE_P(conn) != IS_OBJECT || (drain && wm_http_drain(Z_OBJ_P(conn)))) {
					continue; /* HTTP: answered, then closed between requests */
				}
				if (!wm_process.graceful && (force || !wm_worker_conn_has_queued_input(conn))) {
					zend_call_method_with_0_params(Z_OBJ_P(conn), Z_OBJCE_P(conn), NULL, "close", NULL);
					if (EG(exception)) {
						break;
					}
				}
			} ZEND_HASH_FOREACH_END();
			zval_ptr_dtor(&copy);
		}
	}
	wm_worker_null_prop(worker, WM_WP_ONMESSAGE);
	wm_worker_null_prop(worker, WM_WP_ONCLOSE);
	wm_worker_null_prop(worker, WM_WP_ONERROR);
	wm_worker_null_prop(worker, WM_WP_ONBUFFERDRAIN);
	wm_worker_null_prop(worker, WM_WP_ONBUFFERFULL);
	if (wm_api_major == 5) {
		ZVAL_TRUE(wm_worker_prop(worker, WM_WP_STOPPING)); /* 4.2.1's stop() leaves it as it was */
	}
}

void wm_worker_remove_unix_files(void)
{
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		wm_worker_obj *worker = wm_worker_from_obj(obj);
		if (worker->unix_socket && worker->unix_path) {
			unlink(ZSTR_VAL(worker->unix_path));
		}
	} ZEND_HASH_FOREACH_END();
}

/* 4.2.1's listen() and stop() take no parameters: like any PHP function, extra arguments
 * are ignored there. */
ZEND_METHOD(Workerman_Worker, listen)
{
	bool auto_accept = true;
	if (wm_api_major == 5) {
		ZEND_PARSE_PARAMETERS_START(0, 1)
			Z_PARAM_OPTIONAL
			Z_PARAM_BOOL(auto_accept)
		ZEND_PARSE_PARAMETERS_END();
	}
	wm_worker_obj *worker = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	if (wm_worker_listen(worker) == SUCCESS && !auto_accept) {
		wm_worker_pause_accept(worker); /* 5.x: listen(false) leaves accepting to resumeAccept() */
	}
}

ZEND_METHOD(Workerman_Worker, unlisten)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_worker_unlisten(wm_worker_from_obj(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Worker, pauseAccept)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_worker_pause_accept(wm_worker_from_obj(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Worker, resumeAccept)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_worker_resume_accept(wm_worker_from_obj(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(Workerman_Worker, stop)
{
	bool force = true;
	if (wm_api_major == 5) {
		ZEND_PARSE_PARAMETERS_START(0, 1)
			Z_PARAM_OPTIONAL
			Z_PARAM_BOOL(force)
		ZEND_PARSE_PARAMETERS_END();
	}
	wm_worker_obj *worker = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	if (wm_api_major == 5 && zend_is_true(wm_worker_prop(worker, WM_WP_STOPPING))) {
		return; /* 5.x stops a worker once */
	}
	wm_worker_stop(worker, force);
}

/* The fd behind acceptConnection()'s $socket: a socket stream or a file descriptor (what
 * getMainSocket() returns). -1 with a TypeError thrown otherwise. */
static int wm_worker_socket_fd(zval *socket)
{
	if (Z_TYPE_P(socket) == IS_LONG && Z_LVAL_P(socket) >= 0 && Z_LVAL_P(socket) <= INT_MAX) {
		return (int)Z_LVAL_P(socket);
	}
	if (Z_TYPE_P(socket) == IS_RESOURCE) {
		php_stream *stream = (php_stream *)zend_fetch_resource2(Z_RES_P(socket), NULL,
			php_file_le_stream(), php_file_le_pstream());
		int fd; /* php_socket_t is an int on POSIX */
		if (stream && php_stream_cast(stream, PHP_STREAM_AS_SOCKETD | PHP_STREAM_CAST_INTERNAL, (void **)&fd, 0) == SUCCESS) {
			return (int)fd;
		}
	}
	zend_argument_type_error(1, "must be a socket resource or file descriptor, %s given", zend_zval_type_name(socket));
	return -1;
}

/* [4] acceptConnection($socket): one accept on $socket; the new connection is this Worker's
 * (its callbacks and protocol, then onConnect). Nothing pending: nothing happens (another
 * process of the Worker may have taken it). */
ZEND_METHOD(Workerman_Worker, acceptConnection)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	int fd = wm_worker_socket_fd(socket);
	if (fd < 0) {
		RETURN_THROWS();
	}
	struct sockaddr_storage peer;
	socklen_t peer_len = sizeof(peer);
	int conn_fd = accept4(fd, (struct sockaddr *)&peer, &peer_len, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (conn_fd < 0) {
		return;
	}
	wm_worker_obj *worker = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	GC_ADDREF(&worker->std);
	wm_accept_tcp(worker, conn_fd, (struct sockaddr *)&peer, peer_len);
	OBJ_RELEASE(&worker->std);
}

/* [4] acceptUdpConnection($socket): one datagram from $socket to this Worker's onMessage;
 * false when none was waiting. */
ZEND_METHOD(Workerman_Worker, acceptUdpConnection)
{
	zval *socket;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(socket)
	ZEND_PARSE_PARAMETERS_END();
	int fd = wm_worker_socket_fd(socket);
	if (fd < 0) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wm_udp_receive_one(wm_worker_from_obj(Z_OBJ_P(ZEND_THIS)), fd));
}

ZEND_METHOD(Workerman_Worker, getSocketName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(wm_worker_get_socket_name(wm_worker_from_obj(Z_OBJ_P(ZEND_THIS))));
}

ZEND_METHOD(Workerman_Worker, getMainSocket)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_worker_obj *worker = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	if (worker->listen_fd < 0) {
		RETURN_NULL();
	}
	RETURN_LONG(worker->listen_fd);
}

/* Keyed by spl_object_hash() as Workerman's static::$workers is. */
ZEND_METHOD(Workerman_Worker, getAllWorkers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	zend_object *obj;
	ZEND_HASH_FOREACH_PTR(wm_worker_registry(), obj) {
		zval value;
		ZVAL_OBJ_COPY(&value, obj);
		zend_string *key = php_spl_object_hash(obj);
		zend_hash_update(Z_ARRVAL_P(return_value), key, &value);
		zend_string_release(key);
	} ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(Workerman_Worker, getEventLoop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *global_event = WM_STATIC_PROP(wm_ce_Worker, "globalEvent");
	if (global_event) {
		RETURN_COPY(global_event);
	}
	RETURN_NULL();
}

/* Worker::$eventLoopClass, set to the loop in use when the app left it empty, as 4.2.1's
 * getEventLoopName() does with the event extension loaded (the start UI and run() ask). */
const char *wm_worker_event_loop_class(void)
{
	zval *cls = WM_STATIC_PROP(wm_ce_Worker, "eventLoopClass");
	if (cls && Z_TYPE_P(cls) == IS_STRING && Z_STRLEN_P(cls) > 0) {
		return Z_STRVAL_P(cls);
	}
	zval name;
	ZVAL_STRINGL(&name, "\\Workerman\\Events\\Event", sizeof("\\Workerman\\Events\\Event") - 1);
	zend_update_static_property(wm_ce_Worker, "eventLoopClass", sizeof("eventLoopClass") - 1, &name);
	zval_ptr_dtor(&name);
	cls = WM_STATIC_PROP(wm_ce_Worker, "eventLoopClass");
	return cls && Z_TYPE_P(cls) == IS_STRING ? Z_STRVAL_P(cls) : "\\Workerman\\Events\\Event";
}

/* Worker::run(): the worker-process body. Workerman 4 runs the loop inside run(), and
 * GatewayWorker's subclasses call parent::run() last, so the loop starts here too. */
/* 5.x, in the worker process: Worker::$eventLoopClass = $worker->eventLoop ?: itself. Events\Fiber
 * there turns on Fiber mode (wm_fiber.c). */
static void wm_worker_choose_loop(wm_worker_obj *worker)
{
	zval rv;
	zval *own = zend_read_property(wm_ce_Worker, &worker->std, "eventLoop", sizeof("eventLoop") - 1, 1, &rv);
	if (own && zend_is_true(own)) {
		zend_update_static_property(wm_ce_Worker, "eventLoopClass", sizeof("eventLoopClass") - 1, own);
	}
	zval *cls = WM_STATIC_PROP(wm_ce_Worker, "eventLoopClass");
	if (!cls || Z_TYPE_P(cls) != IS_STRING) {
		return;
	}
	zend_class_entry *ce = zend_lookup_class(Z_STR_P(cls));
	if (ce && wm_fiber_class() && instanceof_function(ce, wm_fiber_class())) {
		wm_fiber_enable();
		wm_loop_use_event_class(ce);
	}
}

/* Fiber mode: onWorkerStart in a fiber; as 5.x, the worker accepts once it has returned. */
static void wm_worker_start_task(wm_fiber_task *task)
{
	wm_worker_obj *worker = task->arg;
	zval callable, arg;
	ZVAL_COPY(&callable, wm_worker_prop(worker, WM_WP_ONWORKERSTART));
	ZVAL_OBJ(&arg, &worker->std);
	zend_result rc = wm_call(&callable, NULL, 1, &arg);
	zval_ptr_dtor(&callable);
	if (rc == SUCCESS && !wm_exiting()) {
		wm_worker_resume_accept(worker);
	}
}

/* Worker::run(): the worker-process body. Workerman 4 runs the loop inside run(), and
 * GatewayWorker's subclasses call parent::run() last, so the loop starts here too. */
ZEND_METHOD(Workerman_Worker, run)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_worker_obj *worker = wm_worker_from_obj(Z_OBJ_P(ZEND_THIS));
	if (wm_api_major == 5) {
		wm_worker_choose_loop(worker);
	}
	zval *on_start = wm_worker_prop(worker, WM_WP_ONWORKERSTART);
	bool start_in_fiber = wm_fiber_mode && Z_TYPE_P(on_start) != IS_NULL;
	zval *global_event = WM_STATIC_PROP(wm_ce_Worker, "globalEvent");
	if (global_event && (Z_TYPE_P(global_event) == IS_NULL
			|| (wm_fiber_mode && Z_TYPE_P(global_event) == IS_OBJECT && Z_OBJ_P(global_event) != wm_loop_event_object()))) {
		wm_worker_event_loop_class();
		zval loop;
		ZVAL_OBJ_COPY(&loop, wm_loop_event_object());
		zend_update_static_property(wm_ce_Worker, "globalEvent", sizeof("globalEvent") - 1, &loop);
		zval_ptr_dtor(&loop);
		if (!start_in_fiber) {
			wm_worker_resume_accept(worker);
		}
	}
	wm_timer_use_loop();
	wm_master_worker_started();
	if (start_in_fiber) {
		wm_fiber_task task = {0};
		task.run = wm_worker_start_task;
		task.arg = worker;
		wm_fiber_start(&task);
		if (wm_exiting() || EG(exception)) {
			return;
		}
	} else if (Z_TYPE_P(on_start) != IS_NULL) {
		zval callable, arg;
		ZVAL_COPY(&callable, on_start);
		ZVAL_OBJ(&arg, &worker->std);
		if (wm_call(&callable, NULL, 1, &arg) == FAILURE) {
			zval_ptr_dtor(&callable);
			return;
		}
		zval_ptr_dtor(&callable);
	}
	wm_loop_run();
}

/* Worker::$outputStream of 5.x: safeEcho and log write there when it holds a stream. */
static php_stream *wm_worker_output_stream(void)
{
	zval *value = WM_STATIC_PROP(wm_ce_Worker, "outputStream");
	if (!value) {
		return NULL;
	}
	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_RESOURCE) {
		return NULL;
	}
	return (php_stream *) zend_fetch_resource2(Z_RES_P(value), NULL, php_file_le_stream(), php_file_le_pstream());
}

/* Properties whose declaration differs between the majors (gen_stub has no #if for
 * properties): $onWorkerExit is an instance property in 4.2.1 and a static one in 5.2.2,
 * and $eventLoopClass defaults to '' in 4.2.1 and null in 5.2.2. */
static void wm_worker_declare_profile_props(void)
{
	zval null_value;
	ZVAL_NULL(&null_value);
	zend_declare_property_ex(wm_ce_Worker, wm_str_on_worker_exit, &null_value,
		ZEND_ACC_PUBLIC | (wm_api_major == 5 ? ZEND_ACC_STATIC : 0), NULL);
	if (wm_api_major == 5) {
		zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_Worker->properties_info,
			"eventLoopClass", sizeof("eventLoopClass") - 1);
		zval *slot = &wm_ce_Worker->default_static_members_table[info->offset];
		zval_internal_ptr_dtor(slot);
		ZVAL_NULL(slot);
	}
}

void wm_worker_minit(void)
{
	wm_ce_Worker = wm_api_reg->Worker();
	wm_ce_Worker->create_object = wm_worker_create;
	if (wm_api_major == 5) {
		wm_log_set_output_stream_hook(wm_worker_output_stream);
		static const wm_api_const_pair transports[] = {{0, "tcp", "tcp"}, {0, "udp", "udp"}, {0, "unix", "unix"},
			{0, "ssl", "tcp"}};
		static const wm_api_const_pair error_types[] = {{E_ERROR, NULL, "E_ERROR"}, {E_WARNING, NULL, "E_WARNING"},
			{E_PARSE, NULL, "E_PARSE"}, {E_NOTICE, NULL, "E_NOTICE"}, {E_CORE_ERROR, NULL, "E_CORE_ERROR"},
			{E_CORE_WARNING, NULL, "E_CORE_WARNING"}, {E_COMPILE_ERROR, NULL, "E_COMPILE_ERROR"},
			{E_COMPILE_WARNING, NULL, "E_COMPILE_WARNING"}, {E_USER_ERROR, NULL, "E_USER_ERROR"},
			{E_USER_WARNING, NULL, "E_USER_WARNING"}, {E_USER_NOTICE, NULL, "E_USER_NOTICE"},
			{E_STRICT, NULL, "E_STRICT"}, {E_RECOVERABLE_ERROR, NULL, "E_RECOVERABLE_ERROR"},
			{E_DEPRECATED, NULL, "E_DEPRECATED"}, {E_USER_DEPRECATED, NULL, "E_USER_DEPRECATED"}};
		wm_api_declare_array_const(wm_ce_Worker, "BUILD_IN_TRANSPORTS", transports, 4);
		wm_api_declare_array_const(wm_ce_Worker, "ERROR_TYPE", error_types, 15);
	}
	memcpy(&wm_worker_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_worker_handlers.offset = XtOffsetOf(wm_worker_obj, std);
	wm_worker_handlers.free_obj = wm_worker_free;
	wm_worker_handlers.clone_obj = NULL;
	wm_worker_handlers.get_gc = wm_worker_get_gc;
	wm_worker_handlers.read_property = wm_worker_read_property;
	wm_worker_handlers.write_property = wm_worker_write_property;
	wm_worker_handlers.has_property = wm_worker_has_property;
	wm_worker_handlers.unset_property = wm_worker_unset_property;
	wm_worker_handlers.get_property_ptr_ptr = wm_worker_get_property_ptr_ptr;
	wm_accept_minit();

	wm_str_on_worker_exit = zend_string_init_interned("onWorkerExit", sizeof("onWorkerExit") - 1, 1);
	wm_str_worker_id = zend_string_init_interned("workerId", sizeof("workerId") - 1, 1);
	wm_worker_declare_profile_props();
	for (int i = 0; i < WM_WP__COUNT; i++) {
		zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_Worker->properties_info,
			wm_worker_prop_names[i], strlen(wm_worker_prop_names[i]));
		ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
		wm_worker_prop_offset[i] = info->offset;
	}
	if (wm_api_major == 4) {
		zend_property_info *info = zend_hash_find_ptr(&wm_ce_Worker->properties_info, wm_str_on_worker_exit);
		wm_worker_exit_offset = info->offset;
	}
}

void wm_worker_rshutdown(void)
{
	if (wm_worker_list_ready) {
		zend_object *obj;
		ZEND_HASH_FOREACH_PTR(&wm_worker_list, obj) {
			OBJ_RELEASE(obj);
		} ZEND_HASH_FOREACH_END();
		zend_hash_destroy(&wm_worker_list);
		wm_worker_list_ready = false;
	}
}
