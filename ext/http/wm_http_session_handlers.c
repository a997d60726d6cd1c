/* wm_http_session_handlers.c: Session\FileSessionHandler, RedisSessionHandler and
 * RedisClusterSessionHandler as Workerman 4.2.1 behaves (API.md 6.3). Files are plain POSIX
 * calls; Redis goes through ext-redis's \Redis / \RedisCluster objects by PHP method call,
 * looked up by name when used, so the extension loads without ext-redis. Class entries
 * come from wm_http_session.c, which registers them from the stub. */
#include "wm_http_session.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_closures.h"
#include "ext/standard/php_filestat.h"
#include "ext/random/php_random.h"
#include "main/php_open_temporary_file.h"
#include <glob.h>
#include <utime.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

static zend_class_entry *wm_ce_FileSessionHandler, *wm_ce_RedisSessionHandler, *wm_ce_RedisClusterSessionHandler;
static uint32_t wm_redis_off_redis, wm_redis_off_config;

static struct {
	zend_string *save_path, *prefix, *m_get, *m_setex, *m_expire, *m_del, *m_connect, *m_auth,
		*m_select, *m_set_option, *m_add, *ping, *default_prefix, *redis, *redis_cluster;
} wm_hn;
#define H(field) (wm_hn.field)

/* ---- FileSessionHandler ------------------------------------------------------------ */

static bool wm_fsh_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* sessionSavePath($path): a truthy path gets a trailing '/', becomes the save path and is
 * created (0777, recursive) when missing. Returns what 4.2.1 returns: the amended path, or
 * the argument unchanged. */
static void wm_fsh_set_save_path(zend_class_entry *scope, zval *path, zval *return_value)
{
	if (!zend_is_true(path)) {
		RETURN_COPY(path);
	}
	zend_string *dir = zval_try_get_string(path);
	if (!dir) {
		RETURN_THROWS();
	}
	if (ZSTR_VAL(dir)[ZSTR_LEN(dir) - 1] != '/') {
		zend_string *with_slash = zend_string_concat2(ZSTR_VAL(dir), ZSTR_LEN(dir), "/", 1);
		zend_string_release(dir);
		dir = with_slash;
	}
	zval value;
	ZVAL_STR(&value, dir);
	zend_update_static_property_ex(scope, H(save_path), &value);
	if (!wm_fsh_is_dir(ZSTR_VAL(dir))) {
		php_stream_mkdir(ZSTR_VAL(dir), 0777, PHP_STREAM_MKDIR_RECURSIVE | REPORT_ERRORS, NULL);
	}
	RETURN_STR(dir);
}

/* FileSessionHandler::init(): ini session.save_path unless empty or tcp://, else the temp dir. */
static void wm_fsh_init(zend_class_entry *scope)
{
	zend_ini_entry *entry = zend_hash_str_find_ptr(EG(ini_directives), ZEND_STRL("session.save_path"));
	zend_string *ini = entry ? entry->value : NULL;
	zval path, ret;
	if (ini && ZSTR_LEN(ini) && !zend_string_equals_literal(ini, "0") && strncmp(ZSTR_VAL(ini), "tcp://", 6) != 0) {
		ZVAL_STR_COPY(&path, ini);
	} else {
		ZVAL_STRING(&path, php_get_temporary_directory());
	}
	wm_fsh_set_save_path(scope, &path, &ret);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&path);
}

/* 4.2.1 runs init() when its file loads, i.e. at first use of the class: same here. */
static zend_string *wm_fsh_save_path(zend_class_entry *scope)
{
	zval *path = wm_sess_static(scope, H(save_path));
	if (!path || Z_TYPE_P(path) == IS_NULL) {
		wm_fsh_init(scope);
		path = wm_sess_static(scope, H(save_path));
	}
	return path ? zval_get_string(path) : ZSTR_EMPTY_ALLOC();
}

/* static::$_sessionSavePath . static::$_sessionFilePrefix . $session_id; NULL on exception. */
static zend_string *wm_fsh_file(zend_class_entry *scope, zval *session_id)
{
	zend_string *dir = wm_fsh_save_path(scope);
	zval *prefix_zv = wm_sess_static(scope, H(prefix));
	zend_string *prefix = prefix_zv ? zval_get_string(prefix_zv) : ZSTR_EMPTY_ALLOC();
	zend_string *id = zval_try_get_string(session_id);
	zend_string *file = id ? zend_string_concat3(ZSTR_VAL(dir), ZSTR_LEN(dir), ZSTR_VAL(prefix), ZSTR_LEN(prefix),
		ZSTR_VAL(id), ZSTR_LEN(id)) : NULL;
	zend_string_release(dir);
	zend_string_release(prefix);
	if (id) {
		zend_string_release(id);
	}
	return file;
}

static zend_class_entry *wm_fsh_scope(zend_execute_data *execute_data)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	return scope ? scope : wm_ce_FileSessionHandler;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, init)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_fsh_init(wm_fsh_scope(execute_data));
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, __construct)
{
	zval *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *scope = Z_OBJCE_P(ZEND_THIS);
	zend_string_release(wm_fsh_save_path(scope)); /* the class "loads" */
	zval *path = config && Z_TYPE_P(config) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(config), ZEND_STRL("save_path")) : NULL;
	if (path && Z_TYPE_P(path) != IS_NULL) {
		zval ret;
		wm_fsh_set_save_path(scope, path, &ret);
		zval_ptr_dtor(&ret);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, open)
{
	zval *save_path, *name;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(save_path)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

static zend_string *wm_fsh_read_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		php_error_docref(NULL, E_WARNING, "%s: %s", path, strerror(errno));
		return NULL;
	}
	smart_str buf = {0};
	char chunk[8192];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof(chunk))) > 0 || (n < 0 && errno == EINTR)) {
		if (n > 0) {
			smart_str_appendl(&buf, chunk, n);
		}
	}
	close(fd);
	return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, read)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = wm_fsh_file(Z_OBJCE_P(ZEND_THIS), session_id);
	if (!file) {
		RETURN_THROWS();
	}
	php_clear_stat_cache(0, NULL, 0);
	struct stat st;
	if (stat(ZSTR_VAL(file), &st) != 0 || !S_ISREG(st.st_mode)) {
		zend_string_release(file);
		RETURN_EMPTY_STRING();
	}
	if ((zend_long) time(NULL) - (zend_long) st.st_mtime > wm_sess_lifetime()) {
		unlink(ZSTR_VAL(file));
		zend_string_release(file);
		RETURN_EMPTY_STRING();
	}
	zend_string *data = wm_fsh_read_file(ZSTR_VAL(file));
	zend_string_release(file);
	/* `$data ? $data : ''`: a file holding "0" reads as empty, as in 4.2.1 */
	if (!data || !ZSTR_LEN(data) || zend_string_equals_literal(data, "0")) {
		if (data) {
			zend_string_release(data);
		}
		RETURN_EMPTY_STRING();
	}
	RETURN_STR(data);
}

/* file_put_contents(): bytes written, or -1 with a warning. */
static ssize_t wm_fsh_put(const char *path, zend_string *data)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0) {
		php_error_docref(NULL, E_WARNING, "%s: Failed to open stream: %s", path, strerror(errno));
		return -1;
	}
	size_t done = 0;
	while (done < ZSTR_LEN(data)) {
		ssize_t n = write(fd, ZSTR_VAL(data) + done, ZSTR_LEN(data) - done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			php_error_docref(NULL, E_NOTICE, "Write of %zu bytes failed with errno=%d %s", ZSTR_LEN(data) - done, errno, strerror(errno));
			break;
		}
		done += (size_t) n;
	}
	close(fd);
	return (ssize_t) done;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, write)
{
	zval *session_id, *session_data;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(session_id)
		Z_PARAM_ZVAL(session_data)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *scope = Z_OBJCE_P(ZEND_THIS);
	zend_string *data = zval_try_get_string(session_data);
	if (!data) {
		RETURN_THROWS();
	}
	/* Written beside the target, then renamed over it: readers never see half a file.
	 * The name carries no session_ prefix so gc() never globs it. */
	unsigned char rnd[12];
	if (php_random_bytes_throw(rnd, sizeof(rnd)) == FAILURE) {
		zend_string_release(data);
		RETURN_THROWS();
	}
	char hex[sizeof(rnd) * 2 + 1];
	for (size_t i = 0; i < sizeof(rnd); i++) {
		snprintf(hex + i * 2, 3, "%02x", rnd[i]);
	}
	zend_string *dir = wm_fsh_save_path(scope);
	zend_string *temp = zend_string_concat3(ZSTR_VAL(dir), ZSTR_LEN(dir), hex, sizeof(hex) - 1, ".tmp", 4);
	zend_string_release(dir);
	ssize_t written = wm_fsh_put(ZSTR_VAL(temp), data);
	zend_string_release(data);
	if (written <= 0) { /* `!file_put_contents(...)`: 0 bytes counts as failure too */
		zend_string_release(temp);
		RETURN_FALSE;
	}
	zend_string *file = wm_fsh_file(scope, session_id);
	if (!file) {
		unlink(ZSTR_VAL(temp));
		zend_string_release(temp);
		RETURN_THROWS();
	}
	bool ok = rename(ZSTR_VAL(temp), ZSTR_VAL(file)) == 0;
	if (!ok) {
		php_error_docref(NULL, E_WARNING, "%s,%s: %s", ZSTR_VAL(temp), ZSTR_VAL(file), strerror(errno));
	}
	zend_string_release(temp);
	zend_string_release(file);
	RETURN_BOOL(ok);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, updateTimestamp)
{
	zval *id, *data = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(id)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = wm_fsh_file(Z_OBJCE_P(ZEND_THIS), id);
	if (!file) {
		RETURN_THROWS();
	}
	struct stat st;
	bool ok = stat(ZSTR_VAL(file), &st) == 0 && utime(ZSTR_VAL(file), NULL) == 0;
	php_clear_stat_cache(0, NULL, 0);
	zend_string_release(file);
	RETURN_BOOL(ok);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, destroy)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = wm_fsh_file(Z_OBJCE_P(ZEND_THIS), session_id);
	if (!file) {
		RETURN_THROWS();
	}
	struct stat st;
	if (stat(ZSTR_VAL(file), &st) == 0 && S_ISREG(st.st_mode)) {
		unlink(ZSTR_VAL(file));
	}
	zend_string_release(file);
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, gc)
{
	zval *max_lifetime;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(max_lifetime)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *scope = Z_OBJCE_P(ZEND_THIS);
	zend_string *dir = wm_fsh_save_path(scope);
	zval *prefix_zv = wm_sess_static(scope, H(prefix));
	zend_string *prefix = prefix_zv ? zval_get_string(prefix_zv) : ZSTR_EMPTY_ALLOC();
	zend_string *pattern = zend_string_concat3(ZSTR_VAL(dir), ZSTR_LEN(dir), ZSTR_VAL(prefix), ZSTR_LEN(prefix), "*", 1);
	zend_string_release(dir);
	zend_string_release(prefix);
	glob_t found;
	zend_long now = (zend_long) time(NULL);
	if (glob(ZSTR_VAL(pattern), 0, NULL, &found) == 0) {
		for (size_t i = 0; i < found.gl_pathc; i++) {
			struct stat st;
			if (stat(found.gl_pathv[i], &st) != 0 || !S_ISREG(st.st_mode)) {
				continue;
			}
			zval age;
			ZVAL_LONG(&age, now - (zend_long) st.st_mtime);
			if (zend_compare(&age, max_lifetime) > 0) {
				unlink(found.gl_pathv[i]);
			}
		}
		globfree(&found);
	}
	zend_string_release(pattern);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionFile)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *file = wm_fsh_file(wm_fsh_scope(execute_data), session_id);
	if (!file) {
		RETURN_THROWS();
	}
	RETURN_STR(file);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_FileSessionHandler, sessionSavePath)
{
	zval *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(path)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *scope = wm_fsh_scope(execute_data);
	zend_string_release(wm_fsh_save_path(scope)); /* init() first, as loading the file would */
	wm_fsh_set_save_path(scope, path, return_value);
}

/* ---- RedisSessionHandler ------------------------------------------------------------ */

static zval *wm_redis_prop(zval *this_zv, uint32_t offset)
{
	zval *zv = OBJ_PROP(Z_OBJ_P(this_zv), offset);
	ZVAL_DEREF(zv);
	return zv;
}

static void wm_redis_prop_set(zval *this_zv, uint32_t offset, zval *value)
{
	zval *slot = wm_redis_prop(this_zv, offset);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY(slot, value);
	zval_ptr_dtor(&old);
}

static zval *wm_redis_cfg(zval *config, const char *key, size_t len)
{
	if (Z_TYPE_P(config) != IS_ARRAY) {
		return NULL;
	}
	zval *value = zend_hash_str_find_deref(Z_ARRVAL_P(config), key, len);
	return value && Z_TYPE_P(value) != IS_NULL ? value : NULL; /* isset() */
}
#define CFG(config, lit) wm_redis_cfg((config), (lit), sizeof(lit) - 1)

/* An argument: value if set, else fallback (NULL: null). */
static void wm_redis_arg(zval *arg, zval *value, zval *fallback)
{
	if (value) {
		ZVAL_COPY(arg, value);
	} else if (fallback) {
		ZVAL_COPY(arg, fallback);
	} else {
		ZVAL_NULL(arg);
	}
}

/* new $name(...$argv), or an Error as PHP gives when ext-redis is not loaded. */
static bool wm_redis_new(zend_string *name, zval *object, uint32_t argc, zval *argv)
{
	zend_class_entry *ce = zend_lookup_class(name);
	if (!ce) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Class \"%s\" not found", ZSTR_VAL(name));
		}
		return false;
	}
	if (object_init_ex(object, ce) == FAILURE) {
		return false;
	}
	if (ce->constructor) {
		zend_call_known_instance_method(ce->constructor, Z_OBJ_P(object), NULL, argc, argv);
	}
	if (EG(exception)) {
		zend_object_store_ctor_failed(Z_OBJ_P(object));
		zval_ptr_dtor(object);
		return false;
	}
	return true;
}

/* $redis->setOption(\Redis::OPT_PREFIX, $prefix ?: 'redis_session_') */
static bool wm_redis_set_prefix(zval *redis, zval *config)
{
	zval *prefix = CFG(config, "prefix");
	zend_string *cname = zend_string_init(ZEND_STRL("OPT_PREFIX"), 0);
	zval *opt = zend_get_class_constant_ex(H(redis), cname, NULL, 0);
	zend_string_release(cname);
	if (!opt) {
		return false;
	}
	zval args[2], ret;
	ZVAL_COPY(&args[0], opt);
	if (prefix && zend_is_true(prefix)) {
		ZVAL_COPY(&args[1], prefix);
	} else {
		ZVAL_STR(&args[1], H(default_prefix));
	}
	bool ok = wm_sess_call(redis, H(m_set_option), &ret, 2, args);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return ok;
}

static void wm_redis_connect(zval *this_zv)
{
	zval config, redis, ret;
	ZVAL_COPY(&config, wm_redis_prop(this_zv, wm_redis_off_config));
	if (!wm_redis_new(H(redis), &redis, 0, NULL)) {
		zval_ptr_dtor(&config);
		return;
	}
	wm_redis_prop_set(this_zv, wm_redis_off_redis, &redis);
	zval args[3];
	zval *host = CFG(&config, "host"), *port = CFG(&config, "port"), *timeout = CFG(&config, "timeout");
	wm_redis_arg(&args[0], host, NULL);
	wm_redis_arg(&args[1], port, NULL);
	wm_redis_arg(&args[2], timeout, NULL);
	bool ok = wm_sess_call(&redis, H(m_connect), &ret, 3, args);
	if (ok && Z_TYPE(ret) == IS_FALSE) {
		zend_string *h = zval_get_string(&args[0]), *p = zval_get_string(&args[1]);
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Redis connect %s:%s fail.", ZSTR_VAL(h), ZSTR_VAL(p));
		zend_string_release(h);
		zend_string_release(p);
		ok = false;
	}
	zval_ptr_dtor(&ret);
	for (int i = 0; i < 3; i++) {
		zval_ptr_dtor(&args[i]);
	}
	zval *auth = CFG(&config, "auth"), *database = CFG(&config, "database");
	if (ok && auth && zend_is_true(auth)) {
		ok = wm_sess_call(&redis, H(m_auth), &ret, 1, auth);
		zval_ptr_dtor(&ret);
	}
	if (ok && database && zend_is_true(database)) {
		ok = wm_sess_call(&redis, H(m_select), &ret, 1, database);
		zval_ptr_dtor(&ret);
	}
	if (ok) {
		wm_redis_set_prefix(&redis, &config);
	}
	zval_ptr_dtor(&redis);
	zval_ptr_dtor(&config);
}

/* The body of 4.2.1's keep-alive closure: $this->_redis->get('ping'). */
static ZEND_NAMED_FUNCTION(wm_redis_ping)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *this_zv = ZEND_THIS;
	if (Z_TYPE_P(this_zv) != IS_OBJECT) {
		return;
	}
	zval key, ret;
	ZVAL_STR(&key, H(ping));
	wm_sess_call(wm_redis_prop(this_zv, wm_redis_off_redis), H(m_get), &ret, 1, &key);
	zval_ptr_dtor(&ret);
}
static zend_internal_function wm_redis_ping_fn;

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, __construct)
{
	zval *config_arg;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(config_arg)
	ZEND_PARSE_PARAMETERS_END();
	if (!zend_hash_str_exists(&module_registry, ZEND_STRL("redis"))) {
		zend_throw_exception(spl_ce_RuntimeException, "Please install redis extension.", 0);
		RETURN_THROWS();
	}
	zval config;
	if (Z_TYPE_P(config_arg) == IS_ARRAY) {
		ZVAL_ARR(&config, zend_array_dup(Z_ARRVAL_P(config_arg)));
	} else {
		array_init(&config);
	}
	if (!CFG(&config, "timeout")) {
		add_assoc_long(&config, "timeout", 2);
	}
	wm_redis_prop_set(ZEND_THIS, wm_redis_off_config, &config);
	zval ret, interval, closure;
	if (!wm_sess_call(ZEND_THIS, H(m_connect), &ret, 0, NULL)) {
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&config);
		RETURN_THROWS();
	}
	zval_ptr_dtor(&ret);
	zval *ping = zend_hash_str_find_deref(Z_ARRVAL(config), ZEND_STRL("ping"));
	if (ping && zend_is_true(ping)) {
		ZVAL_COPY(&interval, ping);
	} else {
		ZVAL_LONG(&interval, 55);
	}
	zend_create_fake_closure(&closure, (zend_function *) &wm_redis_ping_fn, wm_ce_RedisSessionHandler,
		Z_OBJCE_P(ZEND_THIS), ZEND_THIS);
	zend_call_method(NULL, wm_ce_Timer, NULL, ZEND_STRL("add"), &ret, 2, &interval, &closure);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&closure);
	zval_ptr_dtor(&interval);
	zval_ptr_dtor(&config);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, connect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_redis_connect(ZEND_THIS);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, open)
{
	zval *save_path, *name;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(save_path)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_TRUE;
}

/* 4.2.1 reconnects once when phpredis reports the connection gone. */
static bool wm_redis_lost(zend_object *ex)
{
	zend_class_entry *redis_ex = zend_hash_str_find_ptr(EG(class_table), ZEND_STRL("redisexception"));
	if (!redis_ex || !instanceof_function(ex->ce, redis_ex)) {
		return false;
	}
	zval rv;
	zval *msg = zend_read_property_ex(zend_ce_exception, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), true, &rv);
	zend_string *text = zval_get_string(msg);
	zend_string *lower = zend_string_tolower(text);
	zend_string_release(text);
	/* strpos(...) is falsy at offset 0, so "went away" must not open the message */
	const char *at = zend_memnstr(ZSTR_VAL(lower), "went away", 9, ZSTR_VAL(lower) + ZSTR_LEN(lower));
	bool lost = zend_string_equals_literal(lower, "connection lost") || (at && at != ZSTR_VAL(lower));
	zend_string_release(lower);
	return lost;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, read)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	if (wm_sess_call(wm_redis_prop(ZEND_THIS, wm_redis_off_redis), H(m_get), return_value, 1, session_id)) {
		return;
	}
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	if (!EG(exception) || !wm_redis_lost(EG(exception))) {
		RETURN_THROWS();
	}
	zend_clear_exception();
	zval ret;
	bool ok = wm_sess_call(ZEND_THIS, H(m_connect), &ret, 0, NULL);
	zval_ptr_dtor(&ret);
	if (ok) {
		wm_sess_call(wm_redis_prop(ZEND_THIS, wm_redis_off_redis), H(m_get), return_value, 1, session_id);
	}
}

/* `true === $this->_redis->$method($id, Session::$lifetime[, $data])` */
static void wm_redis_expiring(zval *this_zv, zend_string *method, zval *id, zval *data, zval *return_value)
{
	zval args[3], ret;
	ZVAL_COPY(&args[0], id);
	ZVAL_LONG(&args[1], wm_sess_lifetime());
	uint32_t argc = 2;
	if (data) {
		ZVAL_COPY(&args[2], data);
		argc = 3;
	}
	bool ok = wm_sess_call(wm_redis_prop(this_zv, wm_redis_off_redis), method, &ret, argc, args);
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	RETVAL_BOOL(ok && Z_TYPE(ret) == IS_TRUE);
	zval_ptr_dtor(&ret);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, write)
{
	zval *session_id, *session_data;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(session_id)
		Z_PARAM_ZVAL(session_data)
	ZEND_PARSE_PARAMETERS_END();
	wm_redis_expiring(ZEND_THIS, H(m_setex), session_id, session_data, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, updateTimestamp)
{
	zval *id, *data = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(id)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();
	wm_redis_expiring(ZEND_THIS, H(m_expire), id, NULL, return_value);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, destroy)
{
	zval *session_id, ret;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	bool ok = wm_sess_call(wm_redis_prop(ZEND_THIS, wm_redis_off_redis), H(m_del), &ret, 1, session_id);
	zval_ptr_dtor(&ret);
	if (!ok) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_TRUE;
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisSessionHandler, gc)
{
	zval *max_lifetime;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(max_lifetime)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_TRUE;
}

/* ---- RedisClusterSessionHandler ---------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, __construct)
{
	zval *config;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();
	zval *timeout = CFG(config, "timeout"), *read_timeout = CFG(config, "read_timeout");
	zval *persistent = CFG(config, "persistent"), *auth = CFG(config, "auth"), *host = CFG(config, "host");
	zval args[6], redis;
	uint32_t argc = 5;
	zval two, no;
	ZVAL_LONG(&two, 2);
	ZVAL_FALSE(&no);
	ZVAL_NULL(&args[0]);
	wm_redis_arg(&args[1], host, NULL);
	wm_redis_arg(&args[2], timeout, &two);
	wm_redis_arg(&args[3], read_timeout, &args[2]);
	wm_redis_arg(&args[4], persistent, &no);
	if (auth && zend_is_true(auth)) {
		ZVAL_COPY(&args[5], auth);
		argc = 6;
	}
	bool ok = wm_redis_new(H(redis_cluster), &redis, argc, args);
	for (uint32_t i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	if (!ok) {
		RETURN_THROWS();
	}
	wm_redis_prop_set(ZEND_THIS, wm_redis_off_redis, &redis);
	wm_redis_set_prefix(&redis, config);
	zval_ptr_dtor(&redis);
}

ZEND_METHOD(Workerman_Protocols_Http_Session_RedisClusterSessionHandler, read)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_call(wm_redis_prop(ZEND_THIS, wm_redis_off_redis), H(m_get), return_value, 1, session_id);
}

/* ---- MINIT -------------------------------------------------------------------------- */

void wm_http_session_handlers_minit(zend_class_entry *file, zend_class_entry *redis, zend_class_entry *cluster)
{
	wm_ce_FileSessionHandler = file;
	wm_ce_RedisSessionHandler = redis;
	wm_ce_RedisClusterSessionHandler = cluster;
	H(save_path) = WM_SESS_INTERN("_sessionSavePath");
	H(prefix) = WM_SESS_INTERN("_sessionFilePrefix");
	H(m_get) = WM_SESS_INTERN("get");
	H(m_setex) = WM_SESS_INTERN("setex");
	H(m_expire) = WM_SESS_INTERN("expire");
	H(m_del) = WM_SESS_INTERN("del");
	H(m_connect) = WM_SESS_INTERN("connect");
	H(m_auth) = WM_SESS_INTERN("auth");
	H(m_select) = WM_SESS_INTERN("select");
	H(m_set_option) = WM_SESS_INTERN("setOption");
	H(ping) = WM_SESS_INTERN("ping");
	H(default_prefix) = WM_SESS_INTERN("redis_session_");
	H(redis) = WM_SESS_INTERN("Redis");
	H(redis_cluster) = WM_SESS_INTERN("RedisCluster");

	zend_property_info *info = zend_hash_str_find_ptr(&redis->properties_info, ZEND_STRL("_redis"));
	wm_redis_off_redis = info->offset;
	info = zend_hash_str_find_ptr(&redis->properties_info, ZEND_STRL("_config"));
	wm_redis_off_config = info->offset;

	/* The ping timer's callable: a closure bound to the handler, as 4.2.1 passes. */
	wm_redis_ping_fn.type = ZEND_INTERNAL_FUNCTION;
	wm_redis_ping_fn.fn_flags = ZEND_ACC_PUBLIC;
	wm_redis_ping_fn.function_name = WM_SESS_INTERN("{closure}");
	wm_redis_ping_fn.scope = redis;
	wm_redis_ping_fn.handler = wm_redis_ping;
}
