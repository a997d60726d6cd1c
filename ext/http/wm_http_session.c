/* wm_http_session.c: Http\Session, SessionException and Session\SessionHandlerInterface
 * (API.md 6.3, Workerman 4.2.1). A Session is a plain object with 4.2.1's protected
 * properties; methods reach them by slot. The handler is any PHP object, called by method
 * name, so user handlers and our C handlers (wm_http_session_handlers.c) look the same.
 * Session::init() runs at MINIT against the ini defaults, and again with the ini of the
 * moment at our first use of the statics if PHP code has not touched them yet (4.2.1 runs
 * it when Session.php loads), so apps that assign the statics keep their values. */
#include "wm_http_session.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/random/php_random.h"
#include "wm_api.h"

zend_class_entry *wm_ce_HttpSession;
zend_class_entry *wm_ce_HttpSessionException;

/* Property slots of $_data, $_needSave, $_sessionId, $_isSafe (subclasses keep them). */
static uint32_t wm_sess_off_data, wm_sess_off_need_save, wm_sess_off_id, wm_sess_off_safe;

/* The [p, d] default of $gcProbability: an immutable packed array in static storage (as
 * php-src's zend_empty_array), shared by every request and never freed, so nothing
 * allocated at MINIT outlives the module. */
static struct {
	uint32_t hash[-HT_MIN_MASK];
	zval slots[HT_MIN_SIZE];
} wm_sess_gc_data;
static zend_array wm_sess_gc_default;

static struct {
	zend_string *handler, *handler_class, *handler_config, *lifetime, *auto_update, *gc_prob,
		*cookie_lifetime, *cookie_path, *domain, *secure, *http_only, *same_site;
	zend_string *m_read, *m_write, *m_destroy, *m_update_ts, *m_gc, *m_get, *m_set, *m_delete,
		*m_save, *m_refresh, *m_get_id, *m_check_id, *m_init_handler;
} wm_sess_names;
#define N(field) (wm_sess_names.field)

/* ---- small helpers ----------------------------------------------------------------- */

static void wm_sess_apply_ini(zend_class_entry *scope);

/* 4.2.1 runs init() when Session.php is first loaded, usually at the first session of a
 * request, so ini_set('session.*') in the start script counts: run it at our first use in
 * this process tree, unless PHP code already touched the statics (its values stay). */
static void wm_sess_ensure_init(void)
{
	if (UNEXPECTED(!CE_STATIC_MEMBERS(wm_ce_HttpSession))) {
		zend_class_init_statics(wm_ce_HttpSession);
		wm_sess_apply_ini(wm_ce_HttpSession);
	}
}

zval *wm_sess_static(zend_class_entry *scope, zend_string *name)
{
	wm_sess_ensure_init();
	zval *zv = zend_read_static_property_ex(scope, name, true);
	if (zv) {
		ZVAL_DEREF(zv);
	}
	return zv;
}

static zval *wm_sess_prop(zend_object *obj, uint32_t offset)
{
	zval *zv = OBJ_PROP(obj, offset);
	ZVAL_DEREF(zv);
	return zv;
}

/* Assigns (copies) value into a property slot. */
static void wm_sess_prop_set(zend_object *obj, uint32_t offset, zval *value)
{
	zval *slot = wm_sess_prop(obj, offset);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY(slot, value);
	zval_ptr_dtor(&old);
}

static void wm_sess_need_save(zend_object *obj)
{
	zval yes;
	ZVAL_TRUE(&yes);
	wm_sess_prop_set(obj, wm_sess_off_need_save, &yes);
}

/* $this->_data for reading, or NULL when it is no array. */
static HashTable *wm_sess_data_r(zend_object *obj)
{
	zval *data = wm_sess_prop(obj, wm_sess_off_data);
	return Z_TYPE_P(data) == IS_ARRAY ? Z_ARRVAL_P(data) : NULL;
}

/* $this->_data separated for writing; null/false become an array as PHP's `$a[$k] = $v`
 * makes them. NULL with an exception for scalars. */
static HashTable *wm_sess_data_w(zend_object *obj)
{
	zval *data = wm_sess_prop(obj, wm_sess_off_data);
	if (Z_TYPE_P(data) != IS_ARRAY) {
		if (Z_TYPE_P(data) == IS_FALSE) {
			zend_error(E_DEPRECATED, "Automatic conversion of false to array is deprecated");
		} else if (Z_TYPE_P(data) > IS_NULL) {
			zend_throw_error(NULL, "Cannot use a scalar value as an array");
			return NULL;
		}
		zval_ptr_dtor(data);
		array_init(data);
	}
	SEPARATE_ARRAY(data);
	return Z_ARRVAL_P(data);
}

/* PHP's array-offset rules for a key ($data[$name]). str NULL: integer key idx. */
typedef struct {
	zend_string *str;
	zend_ulong idx;
} wm_sess_key;

static bool wm_sess_key_of(zval *name, wm_sess_key *key, const char *context)
{
	ZVAL_DEREF(name);
	key->str = NULL;
	key->idx = 0;
	switch (Z_TYPE_P(name)) {
		case IS_STRING:
			if (!ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(name), Z_STRLEN_P(name), key->idx)) {
				key->str = Z_STR_P(name);
			}
			return true;
		case IS_LONG:
			key->idx = (zend_ulong) Z_LVAL_P(name);
			return true;
		case IS_NULL:
			key->str = ZSTR_EMPTY_ALLOC();
			return true;
		case IS_FALSE:
			return true;
		case IS_TRUE:
			key->idx = 1;
			return true;
		case IS_DOUBLE: {
			zend_long l = zend_dval_to_lval(Z_DVAL_P(name));
			if (!zend_is_long_compatible(Z_DVAL_P(name), l)) {
				zend_incompatible_double_to_long_error(Z_DVAL_P(name));
				if (EG(exception)) {
					return false;
				}
			}
			key->idx = (zend_ulong) l;
			return true;
		}
		case IS_RESOURCE:
			zend_error(E_WARNING, "Resource ID#" ZEND_LONG_FMT " used as offset, casting to integer (" ZEND_LONG_FMT ")",
				(zend_long) Z_RES_HANDLE_P(name), (zend_long) Z_RES_HANDLE_P(name));
			key->idx = (zend_ulong) Z_RES_HANDLE_P(name);
			return true;
		default:
			zend_type_error("Illegal offset type%s", context);
			return false;
	}
}

static zval *wm_sess_find(HashTable *ht, const wm_sess_key *key)
{
	if (!ht) {
		return NULL;
	}
	zval *zv = key->str ? zend_hash_find(ht, key->str) : zend_hash_index_find(ht, key->idx);
	if (zv && Z_TYPE_P(zv) == IS_INDIRECT) {
		zv = Z_INDIRECT_P(zv);
	}
	return zv;
}

static void wm_sess_store(HashTable *ht, const wm_sess_key *key, zval *value)
{
	ZVAL_DEREF(value);
	Z_TRY_ADDREF_P(value);
	if (key->str) {
		zend_hash_update(ht, key->str, value);
	} else {
		zend_hash_index_update(ht, key->idx, value);
	}
}

static void wm_sess_remove(HashTable *ht, const wm_sess_key *key)
{
	if (key->str) {
		zend_hash_del(ht, key->str);
	} else {
		zend_hash_index_del(ht, key->idx);
	}
}

bool wm_sess_call(zval *object, zend_string *method, zval *ret, uint32_t argc, zval *argv)
{
	ZVAL_NULL(ret);
	if (Z_TYPE_P(object) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function %s() on %s", ZSTR_VAL(method), zend_zval_type_name(object));
		return false;
	}
	zend_object *obj = Z_OBJ_P(object);
	GC_ADDREF(obj); /* the call may replace the static that holds it */
	if (zend_call_method_if_exists(obj, method, ret, argc, argv) == FAILURE && !EG(exception)) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(obj->ce->name), ZSTR_VAL(method));
	}
	OBJ_RELEASE(obj);
	if (Z_ISUNDEF_P(ret)) {
		ZVAL_NULL(ret);
	}
	return !EG(exception);
}

/* static::$_handler->$method(...) */
static bool wm_sess_handler_call(zend_class_entry *scope, zend_string *method, zval *ret, uint32_t argc, zval *argv)
{
	zval *handler = wm_sess_static(scope, N(handler));
	zval null_handler;
	ZVAL_NULL(&null_handler);
	return wm_sess_call(handler ? handler : &null_handler, method, ret, argc, argv);
}

/* 4.2.1 calls its own methods through $this / static::, so a subclass's override of
 * get/set/delete/save/... is what runs. Returns false when Session's own C code applies. */
static bool wm_sess_overridden(zend_class_entry *ce, zend_string *lcname, zend_function **fn)
{
	if (ce == wm_ce_HttpSession) {
		return false;
	}
	*fn = zend_hash_find_ptr(&ce->function_table, lcname);
	return *fn && (*fn)->common.scope != wm_ce_HttpSession;
}

static bool wm_sess_dispatch(zend_object *obj, zend_string *lcname, zval *ret, uint32_t argc, zval *argv)
{
	zend_function *fn;
	if (!wm_sess_overridden(obj->ce, lcname, &fn)) {
		return false;
	}
	zval discard;
	zend_call_known_instance_method(fn, obj, ret ? ret : &discard, argc, argv);
	if (!ret) {
		zval_ptr_dtor(&discard);
	}
	return true;
}

/* ---- ini (Session::init) ----------------------------------------------------------- */

typedef struct {
	bool has_gc, has_lifetime, has_cookie, secure, http_only;
	zend_long gc_probability, gc_divisor, lifetime, cookie_lifetime;
	zend_string *path, *domain; /* borrowed from the ini entries */
} wm_sess_ini;

static zend_string *wm_sess_ini_value(const char *name, size_t len, bool *exists)
{
	zend_ini_entry *entry = zend_hash_str_find_ptr(EG(ini_directives), name, len);
	*exists = entry != NULL;
	return entry ? entry->value : NULL;
}
#define WM_INI(lit, exists) wm_sess_ini_value((lit), sizeof(lit) - 1, (exists))

/* (int) $string, as 4.2.1 casts ini_get() results. */
static zend_long wm_sess_int(zend_string *s)
{
	zend_long l = 0;
	double d;
	if (!s) {
		return 0;
	}
	zend_uchar type = is_numeric_string(ZSTR_VAL(s), ZSTR_LEN(s), &l, &d, true);
	return type == IS_DOUBLE ? zend_dval_to_lval_cap(d) : (type == IS_LONG ? l : 0);
}

/* What 4.2.1's init() reads: ini_get('session.gc_*') and session_get_cookie_params(). Without
 * ext/session (where 4.2.1 would fail) the stub defaults stay. */
static void wm_sess_read_ini(wm_sess_ini *out)
{
	bool exists;
	memset(out, 0, sizeof(*out));
	out->gc_probability = wm_sess_int(WM_INI("session.gc_probability", &exists));
	out->gc_divisor = wm_sess_int(WM_INI("session.gc_divisor", &exists));
	out->has_gc = out->gc_probability && out->gc_divisor;
	zend_string *max_life = WM_INI("session.gc_maxlifetime", &exists);
	out->has_lifetime = max_life && ZSTR_LEN(max_life) && !zend_string_equals_literal(max_life, "0");
	out->lifetime = wm_sess_int(max_life);

	zend_string *lifetime = WM_INI("session.cookie_lifetime", &out->has_cookie);
	if (!out->has_cookie) {
		return;
	}
	out->cookie_lifetime = lifetime ? ZEND_STRTOL(ZSTR_VAL(lifetime), NULL, 10) : 0;
	out->path = WM_INI("session.cookie_path", &exists);
	out->domain = WM_INI("session.cookie_domain", &exists);
	zend_string *secure = WM_INI("session.cookie_secure", &exists);
	zend_string *http_only = WM_INI("session.cookie_httponly", &exists);
	out->secure = secure && zend_ini_parse_bool(secure);
	out->http_only = http_only && zend_ini_parse_bool(http_only);
}

/* Replaces the default of a static (MINIT only; value is permanent: interned or scalar). */
static void wm_sess_default_set(zend_string *name, zval *value)
{
	zend_property_info *info = zend_hash_find_ptr(&wm_ce_HttpSession->properties_info, name);
	zval *slot = &wm_ce_HttpSession->default_static_members_table[info->offset];
	zval_internal_ptr_dtor(slot);
	ZVAL_COPY_VALUE(slot, value);
}

static void wm_sess_default_str(zend_string *name, zend_string *value)
{
	zval zv;
	ZVAL_INTERNED_STR(&zv, value ? zend_string_init_interned(ZSTR_VAL(value), ZSTR_LEN(value), 1) : ZSTR_EMPTY_ALLOC());
	wm_sess_default_set(name, &zv);
}

static void wm_sess_minit_defaults(void)
{
	wm_sess_ini ini;
	zval zv;
	wm_sess_read_ini(&ini);

	HashTable *ht = &wm_sess_gc_default;
	GC_SET_REFCOUNT(ht, 2);
	GC_TYPE_INFO(ht) = GC_ARRAY | ((IS_ARRAY_IMMUTABLE | GC_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
	HT_FLAGS(ht) = HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS;
	ht->nTableMask = HT_MIN_MASK;
	HT_SET_DATA_ADDR(ht, &wm_sess_gc_data);
	HT_HASH_RESET_PACKED(ht);
	ht->nTableSize = HT_MIN_SIZE;
	ht->nNumUsed = ht->nNumOfElements = 2;
	ht->nNextFreeElement = 2;
	ht->nInternalPointer = 0;
	ht->pDestructor = NULL;
	ZVAL_LONG(&ht->arPacked[0], ini.has_gc ? ini.gc_probability : 1);
	/* Without ini values: the declared default, [1, 1000] in 4.2.1, [1, 20000] in 5.2.2. */
	ZVAL_LONG(&ht->arPacked[1], ini.has_gc ? ini.gc_divisor : (wm_api_major == 5 ? 20000 : 1000));
	ZVAL_ARR(&zv, ht);
	Z_TYPE_FLAGS(zv) = 0; /* immutable: copied by value, never refcounted */
	wm_sess_default_set(N(gc_prob), &zv);

	if (ini.has_lifetime) {
		ZVAL_LONG(&zv, ini.lifetime);
		wm_sess_default_set(N(lifetime), &zv);
	}
	if (!ini.has_cookie) {
		return;
	}
	ZVAL_LONG(&zv, ini.cookie_lifetime);
	wm_sess_default_set(N(cookie_lifetime), &zv);
	wm_sess_default_str(N(cookie_path), ini.path);
	wm_sess_default_str(N(domain), ini.domain);
	ZVAL_BOOL(&zv, ini.secure);
	wm_sess_default_set(N(secure), &zv);
	ZVAL_BOOL(&zv, ini.http_only);
	wm_sess_default_set(N(http_only), &zv);
}

/* ---- statics ------------------------------------------------------------------------ */

static zend_class_entry *wm_sess_scope(zend_execute_data *execute_data)
{
	zend_class_entry *scope = zend_get_called_scope(execute_data);
	return scope ? scope : wm_ce_HttpSession;
}

ZEND_METHOD(Workerman_Protocols_Http_Session, init)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_sess_apply_ini(wm_sess_scope(execute_data));
}

/* Session::init(): the statics from ini_get('session.*') as they are now. */
static void wm_sess_apply_ini(zend_class_entry *scope)
{
	wm_sess_ini ini;
	zval zv;
	wm_sess_read_ini(&ini);
	if (ini.has_gc) {
		array_init_size(&zv, 2);
		add_next_index_long(&zv, ini.gc_probability);
		add_next_index_long(&zv, ini.gc_divisor);
		zend_update_static_property_ex(scope, N(gc_prob), &zv);
		zval_ptr_dtor(&zv);
	}
	if (ini.has_lifetime) {
		ZVAL_LONG(&zv, ini.lifetime);
		zend_update_static_property_ex(wm_ce_HttpSession, N(lifetime), &zv); /* self:: in 4.2.1 */
	}
	if (!ini.has_cookie) {
		return;
	}
	ZVAL_LONG(&zv, ini.cookie_lifetime);
	zend_update_static_property_ex(scope, N(cookie_lifetime), &zv);
	ZVAL_STR(&zv, ini.path ? zend_string_dup(ini.path, 0) : ZSTR_EMPTY_ALLOC());
	zend_update_static_property_ex(scope, N(cookie_path), &zv);
	zval_ptr_dtor(&zv);
	ZVAL_STR(&zv, ini.domain ? zend_string_dup(ini.domain, 0) : ZSTR_EMPTY_ALLOC());
	zend_update_static_property_ex(scope, N(domain), &zv);
	zval_ptr_dtor(&zv);
	ZVAL_BOOL(&zv, ini.secure);
	zend_update_static_property_ex(scope, N(secure), &zv);
	ZVAL_BOOL(&zv, ini.http_only);
	zend_update_static_property_ex(scope, N(http_only), &zv);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, handlerClass)
{
	zval *class_name = NULL, *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(class_name)
		Z_PARAM_ZVAL(config)
	ZEND_PARSE_PARAMETERS_END();
	zend_class_entry *scope = wm_sess_scope(execute_data);
	if (class_name && zend_is_true(class_name)) {
		zend_update_static_property_ex(scope, N(handler_class), class_name);
	}
	if (config && zend_is_true(config)) {
		zend_update_static_property_ex(scope, N(handler_config), config);
	}
	zval *current = wm_sess_static(scope, N(handler_class));
	if (current) {
		RETURN_COPY(current);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, getCookieParams)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_class_entry *scope = wm_sess_scope(execute_data);
	const struct { const char *key; zend_string *name; } fields[] = {
		{ "lifetime", N(cookie_lifetime) },
		{ "path", N(cookie_path) },
		{ "domain", N(domain) },
		{ "secure", N(secure) },
		{ "httponly", N(http_only) },
		{ "samesite", N(same_site) },
	};
	array_init_size(return_value, 6);
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		zval *value = wm_sess_static(scope, fields[i].name);
		zval copy;
		if (value) {
			ZVAL_COPY(&copy, value);
		} else {
			ZVAL_NULL(&copy);
		}
		add_assoc_zval(return_value, fields[i].key, &copy);
	}
}

/* `new static::$_handlerClass([static::$_handlerConfig])` into static::$_handler. */
static void wm_sess_init_handler(zend_class_entry *scope)
{
	zval *class_name = wm_sess_static(scope, N(handler_class));
	zval *config = wm_sess_static(scope, N(handler_config));
	zend_class_entry *ce = NULL;
	if (class_name && Z_TYPE_P(class_name) == IS_STRING) {
		ce = zend_lookup_class(Z_STR_P(class_name));
		if (!ce) {
			if (!EG(exception)) {
				zend_throw_error(NULL, "Class \"%s\" not found", Z_STRVAL_P(class_name));
			}
			return;
		}
	} else if (class_name && Z_TYPE_P(class_name) == IS_OBJECT) {
		ce = Z_OBJCE_P(class_name);
	} else {
		zend_throw_error(NULL, "Class name must be a valid object or a string");
		return;
	}
	zval handler, args[1];
	uint32_t argc = 0;
	if (config && Z_TYPE_P(config) != IS_NULL) {
		ZVAL_COPY(&args[0], config);
		argc = 1;
	}
	if (object_init_ex(&handler, ce) == SUCCESS) {
		if (ce->constructor) {
			zend_call_known_instance_method(ce->constructor, Z_OBJ(handler), NULL, argc, args);
		}
		if (EG(exception)) {
			zend_object_store_ctor_failed(Z_OBJ(handler));
		} else {
			zend_update_static_property_ex(scope, N(handler), &handler);
		}
		zval_ptr_dtor(&handler);
	}
	if (argc) {
		zval_ptr_dtor(&args[0]);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, initHandler)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_sess_init_handler(wm_sess_scope(execute_data));
}

/* 4.2.1 validates with /^[a-zA-Z0-9"]+$/ (so `"` passes, and `$` lets one final "\n" through). */
static bool wm_sess_id_valid(zend_string *id)
{
	size_t len = ZSTR_LEN(id);
	if (len && ZSTR_VAL(id)[len - 1] == '\n') {
		len--;
	}
	if (!len) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = ZSTR_VAL(id)[i];
		if (!isalnum(c) && c != '"') {
			return false;
		}
	}
	return true;
}

static bool wm_sess_check_id(zval *session_id)
{
	/* 4.2.1 hands the id to preg_match(), whose string parameter decides what passes */
	ZVAL_DEREF(session_id);
	if (Z_TYPE_P(session_id) == IS_ARRAY
			|| (Z_TYPE_P(session_id) == IS_OBJECT && !Z_OBJCE_P(session_id)->__tostring)) {
		zend_type_error("preg_match(): Argument #2 ($subject) must be of type string, %s given",
			zend_zval_type_name(session_id));
		return false;
	}
	if (Z_TYPE_P(session_id) == IS_NULL) {
		zend_error(E_DEPRECATED, "preg_match(): Passing null to parameter #2 ($subject) of type string is deprecated");
		if (EG(exception)) {
			return false;
		}
	}
	zend_string *id = zval_try_get_string(session_id);
	if (!id) {
		return false;
	}
	if (!wm_sess_id_valid(id)) {
		zend_throw_exception_ex(wm_ce_HttpSessionException, 0, "session_id %s is invalid", ZSTR_VAL(id));
	}
	zend_string_release(id);
	return !EG(exception);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, checkSessionId)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_check_id(session_id);
}

/* static::checkSessionId() / static::initHandler(), a subclass's version if it has one. */
static bool wm_sess_static_step(zend_class_entry *scope, zend_string *lcname, uint32_t argc, zval *argv)
{
	zend_function *fn;
	if (wm_sess_overridden(scope, lcname, &fn)) {
		zval ret;
		zend_call_known_function(fn, NULL, scope, &ret, argc, argv, NULL);
		zval_ptr_dtor(&ret);
		return !EG(exception);
	}
	if (lcname == N(m_check_id)) {
		return wm_sess_check_id(&argv[0]);
	}
	wm_sess_init_handler(scope);
	return !EG(exception);
}

bool wm_sess_id_acceptable4(zend_string *id)
{
	/* 4.2.1's rule without its trailing-"\n" quirk: a client-sent id Session would accept */
	return wm_sess_id_valid(id) && ZSTR_VAL(id)[ZSTR_LEN(id) - 1] != '\n';
}

int wm_sess_id_stored(zval *id)
{
	zend_class_entry *scope = wm_ce_HttpSession;
	zval *handler = wm_sess_static(scope, N(handler));
	if ((!handler || Z_TYPE_P(handler) == IS_NULL) && !wm_sess_static_step(scope, N(m_init_handler), 0, NULL)) {
		return -1;
	}
	zval data;
	if (!wm_sess_handler_call(scope, N(m_read), &data, 1, id)) {
		zval_ptr_dtor(&data);
		return -1;
	}
	int stored = zend_is_true(&data);
	zval_ptr_dtor(&data);
	return stored;
}

/* ---- instance ----------------------------------------------------------------------- */

ZEND_METHOD(Workerman_Protocols_Http_Session, __construct)
{
	zval *session_id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(session_id)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_class_entry *scope = obj->ce;
	if (!wm_sess_static_step(scope, N(m_check_id), 1, session_id)) {
		RETURN_THROWS();
	}
	zval *handler = wm_sess_static(scope, N(handler));
	if ((!handler || Z_TYPE_P(handler) == IS_NULL) && !wm_sess_static_step(scope, N(m_init_handler), 0, NULL)) {
		RETURN_THROWS();
	}
	wm_sess_prop_set(obj, wm_sess_off_id, session_id);

	zval data;
	if (!wm_sess_handler_call(scope, N(m_read), &data, 1, session_id)) {
		zval_ptr_dtor(&data);
		RETURN_THROWS();
	}
	if (zend_is_true(&data)) {
		zend_string *raw = zval_try_get_string(&data);
		if (raw) {
			zval unserialized;
			php_unserialize_with_options(&unserialized, ZSTR_VAL(raw), ZSTR_LEN(raw), NULL, "unserialize");
			wm_sess_prop_set(obj, wm_sess_off_data, &unserialized);
			zval_ptr_dtor(&unserialized);
			zend_string_release(raw);
		}
	}
	zval_ptr_dtor(&data);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, getId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wm_sess_prop(Z_OBJ_P(ZEND_THIS), wm_sess_off_id));
}

static void wm_sess_get(zend_object *obj, zval *name, zval *def, zval *return_value)
{
	wm_sess_key key;
	if (!wm_sess_key_of(name, &key, " in isset or empty")) {
		return;
	}
	zval *value = wm_sess_find(wm_sess_data_r(obj), &key);
	if (value && Z_TYPE_P(value) != IS_NULL && !(Z_ISREF_P(value) && Z_TYPE_P(Z_REFVAL_P(value)) == IS_NULL)) {
		RETURN_COPY_DEREF(value);
	}
	if (def) {
		RETURN_COPY(def);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, get)
{
	zval *name, *def = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_get(Z_OBJ_P(ZEND_THIS), name, def, return_value);
}

static void wm_sess_set(zend_object *obj, zval *name, zval *value)
{
	wm_sess_key key;
	if (!wm_sess_key_of(name, &key, "")) {
		return;
	}
	HashTable *data = wm_sess_data_w(obj);
	if (data) {
		wm_sess_store(data, &key, value);
		wm_sess_need_save(obj);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, set)
{
	zval *name, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_set(Z_OBJ_P(ZEND_THIS), name, value);
}

/* unset($this->_data[$name]) */
static bool wm_sess_unset(zend_object *obj, zval *name)
{
	wm_sess_key key;
	if (!wm_sess_key_of(name, &key, " in unset")) {
		return false;
	}
	if (wm_sess_data_r(obj)) {
		wm_sess_remove(wm_sess_data_w(obj), &key);
	}
	return true;
}

static void wm_sess_delete(zend_object *obj, zval *name)
{
	if (wm_sess_unset(obj, name)) {
		wm_sess_need_save(obj);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, delete)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_delete(Z_OBJ_P(ZEND_THIS), name);
}

/* $this->delete($name), a subclass's if it overrides it. */
static void wm_sess_call_delete(zend_object *obj, zval *name)
{
	if (!wm_sess_dispatch(obj, N(m_delete), NULL, 1, name)) {
		wm_sess_delete(obj, name);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, pull)
{
	zval *name, *def = NULL, null_default;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(def)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_NULL(&null_default);
	zval args[2];
	ZVAL_COPY_VALUE(&args[0], name);
	ZVAL_COPY_VALUE(&args[1], def ? def : &null_default);
	if (!wm_sess_dispatch(obj, N(m_get), return_value, 2, args)) {
		wm_sess_get(obj, name, def, return_value);
	}
	if (!EG(exception)) {
		wm_sess_call_delete(obj, name);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, put)
{
	zval *key, *value = NULL, null_value;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_NULL(&null_value);
	if (Z_TYPE_P(key) != IS_ARRAY) {
		zval args[2];
		ZVAL_COPY_VALUE(&args[0], key);
		ZVAL_COPY_VALUE(&args[1], value ? value : &null_value);
		if (!wm_sess_dispatch(obj, N(m_set), NULL, 2, args)) {
			wm_sess_set(obj, key, args + 1);
		}
		return;
	}
	zend_string *str_key;
	zend_ulong idx;
	zval *item;
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(key), idx, str_key, item) {
		HashTable *data = wm_sess_data_w(obj);
		if (!data) {
			RETURN_THROWS();
		}
		wm_sess_key k = { str_key, idx };
		wm_sess_store(data, &k, item);
	} ZEND_HASH_FOREACH_END();
	wm_sess_need_save(obj);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, forget)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	ZVAL_DEREF(name);
	if (Z_TYPE_P(name) >= IS_FALSE && Z_TYPE_P(name) <= IS_STRING) { /* is_scalar() */
		wm_sess_call_delete(obj, name);
		return;
	}
	if (Z_TYPE_P(name) == IS_ARRAY) {
		zval *item;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(name), item) {
			if (!wm_sess_unset(obj, item)) {
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	wm_sess_need_save(obj);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, all)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(wm_sess_prop(Z_OBJ_P(ZEND_THIS), wm_sess_off_data));
}

ZEND_METHOD(Workerman_Protocols_Http_Session, flush)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	wm_sess_need_save(obj);
	zval empty;
	ZVAL_EMPTY_ARRAY(&empty);
	wm_sess_prop_set(obj, wm_sess_off_data, &empty);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, has)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_key key;
	if (!wm_sess_key_of(name, &key, " in isset or empty")) {
		RETURN_THROWS();
	}
	zval *value = wm_sess_find(wm_sess_data_r(Z_OBJ_P(ZEND_THIS)), &key);
	if (value) {
		ZVAL_DEREF(value);
	}
	RETURN_BOOL(value && Z_TYPE_P(value) != IS_NULL);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, exists)
{
	zval *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();
	wm_sess_key key;
	if (!wm_sess_key_of(name, &key, "")) {
		RETURN_THROWS();
	}
	RETURN_BOOL(wm_sess_find(wm_sess_data_r(Z_OBJ_P(ZEND_THIS)), &key) != NULL);
}

/* static::$_handler->updateTimestamp($this->getId()) */
static void wm_sess_refresh(zend_object *obj)
{
	zval id, ret;
	if (!wm_sess_dispatch(obj, N(m_get_id), &id, 0, NULL)) {
		ZVAL_COPY(&id, wm_sess_prop(obj, wm_sess_off_id));
	}
	if (!EG(exception)) {
		wm_sess_handler_call(obj->ce, N(m_update_ts), &ret, 1, &id);
		zval_ptr_dtor(&ret);
	}
	zval_ptr_dtor(&id);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, refresh)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_sess_refresh(Z_OBJ_P(ZEND_THIS));
}

static void wm_sess_save(zend_object *obj)
{
	zval ret;
	zval *id = wm_sess_prop(obj, wm_sess_off_id);
	if (zend_is_true(wm_sess_prop(obj, wm_sess_off_need_save))) {
		zval *data = wm_sess_prop(obj, wm_sess_off_data);
		if (!zend_is_true(data)) {
			wm_sess_handler_call(obj->ce, N(m_destroy), &ret, 1, id);
		} else {
			smart_str buf = {0};
			php_serialize_data_t var_hash;
			PHP_VAR_SERIALIZE_INIT(var_hash);
			php_var_serialize(&buf, data, &var_hash);
			PHP_VAR_SERIALIZE_DESTROY(var_hash);
			if (EG(exception)) {
				smart_str_free(&buf);
				return;
			}
			zval args[2];
			ZVAL_COPY(&args[0], id);
			ZVAL_STR(&args[1], smart_str_extract(&buf));
			wm_sess_handler_call(obj->ce, N(m_write), &ret, 2, args);
			zval_ptr_dtor(&args[0]);
			zval_ptr_dtor(&args[1]);
		}
		zval_ptr_dtor(&ret);
	} else {
		zval *auto_update = wm_sess_static(obj->ce, N(auto_update));
		if (auto_update && zend_is_true(auto_update)) {
			if (!wm_sess_dispatch(obj, N(m_refresh), NULL, 0, NULL)) {
				wm_sess_refresh(obj);
			}
		}
	}
	if (!EG(exception)) {
		zval no;
		ZVAL_FALSE(&no);
		wm_sess_prop_set(obj, wm_sess_off_need_save, &no);
	}
}

ZEND_METHOD(Workerman_Protocols_Http_Session, save)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_sess_save(Z_OBJ_P(ZEND_THIS));
}

static void wm_sess_gc(zend_object *obj)
{
	zval *lifetime = wm_sess_static(obj->ce, N(lifetime));
	zval arg, ret;
	if (lifetime) {
		ZVAL_COPY(&arg, lifetime);
	} else {
		ZVAL_NULL(&arg);
	}
	wm_sess_handler_call(obj->ce, N(m_gc), &ret, 1, &arg);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
}

ZEND_METHOD(Workerman_Protocols_Http_Session, gc)
{
	ZEND_PARSE_PARAMETERS_NONE();
	wm_sess_gc(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Workerman_Protocols_Http_Session, __wakeup)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval no;
	ZVAL_FALSE(&no);
	wm_sess_prop_set(Z_OBJ_P(ZEND_THIS), wm_sess_off_safe, &no);
}

/* static::$gcProbability[$i] as (int), missing entries 0 as 4.2.1's null would give. */
static zend_long wm_sess_gc_part(zval *prob, zend_ulong i)
{
	zval *part = prob && Z_TYPE_P(prob) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(prob), i) : NULL;
	return part ? zval_get_long(part) : 0;
}

ZEND_METHOD(Workerman_Protocols_Http_Session, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (!zend_is_true(wm_sess_prop(obj, wm_sess_off_safe))) {
		return;
	}
	if (!wm_sess_dispatch(obj, N(m_save), NULL, 0, NULL)) {
		wm_sess_save(obj);
	}
	if (EG(exception)) {
		return;
	}
	zval *prob = wm_sess_static(obj->ce, N(gc_prob));
	zend_long draw;
	if (php_random_int_throw(1, wm_sess_gc_part(prob, 1), &draw) == FAILURE) {
		return;
	}
	if (draw <= wm_sess_gc_part(prob, 0) && !wm_sess_dispatch(obj, N(m_gc), NULL, 0, NULL)) {
		wm_sess_gc(obj);
	}
}

/* ---- MINIT -------------------------------------------------------------------------- */

static uint32_t wm_sess_prop_offset(const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&wm_ce_HttpSession->properties_info, name, strlen(name));
	return info->offset;
}

void wm_http_session_minit(void)
{
	wm_ce_HttpSession = wm_api_reg->HttpSession();
	wm_ce_HttpSessionException = wm_api_reg->HttpSessionException(spl_ce_RuntimeException);
	zend_class_entry *iface = wm_api_reg->SessionHandlerInterface();
	zend_class_entry *file = wm_api_reg->FileSessionHandler(iface);
	zend_class_entry *redis = wm_api_reg->RedisSessionHandler(iface);
	zend_class_entry *cluster = wm_api_reg->RedisClusterSessionHandler(redis);

	N(handler) = WM_SESS_INTERN("_handler");
	N(handler_class) = WM_SESS_INTERN("_handlerClass");
	N(handler_config) = WM_SESS_INTERN("_handlerConfig");
	N(lifetime) = WM_SESS_INTERN("lifetime");
	N(auto_update) = WM_SESS_INTERN("autoUpdateTimestamp");
	N(gc_prob) = WM_SESS_INTERN("gcProbability");
	N(cookie_lifetime) = WM_SESS_INTERN("cookieLifetime");
	N(cookie_path) = WM_SESS_INTERN("cookiePath");
	N(domain) = WM_SESS_INTERN("domain");
	N(secure) = WM_SESS_INTERN("secure");
	N(http_only) = WM_SESS_INTERN("httpOnly");
	N(same_site) = WM_SESS_INTERN("sameSite");
	N(m_read) = WM_SESS_INTERN("read");
	N(m_write) = WM_SESS_INTERN("write");
	N(m_destroy) = WM_SESS_INTERN("destroy");
	N(m_update_ts) = WM_SESS_INTERN("updateTimestamp");
	N(m_gc) = WM_SESS_INTERN("gc");
	N(m_get) = WM_SESS_INTERN("get");
	N(m_set) = WM_SESS_INTERN("set");
	N(m_delete) = WM_SESS_INTERN("delete");
	N(m_save) = WM_SESS_INTERN("save");
	N(m_refresh) = WM_SESS_INTERN("refresh");
	N(m_get_id) = WM_SESS_INTERN("getid");
	N(m_check_id) = WM_SESS_INTERN("checksessionid");
	N(m_init_handler) = WM_SESS_INTERN("inithandler");

	wm_sess_off_data = wm_sess_prop_offset("_data");
	wm_sess_off_need_save = wm_sess_prop_offset("_needSave");
	wm_sess_off_id = wm_sess_prop_offset("_sessionId");
	wm_sess_off_safe = wm_sess_prop_offset("_isSafe");

	wm_sess_minit_defaults();
	wm_http_session_handlers_minit(file, redis, cluster);
}

zend_long wm_sess_lifetime(void)
{
	zval *lifetime = wm_sess_static(wm_ce_HttpSession, N(lifetime));
	return lifetime ? zval_get_long(lifetime) : 0;
}
