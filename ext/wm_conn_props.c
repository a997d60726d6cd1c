/* wm_conn_props.c: TcpConnection's object handlers. Its public properties (id, worker,
 * callbacks, counters, ...) live in C fields of wm_conn_obj, not in declared slots, so an
 * idle connection costs a few hundred bytes; other names are ordinary dynamic properties.
 * Nothing here does I/O or calls PHP callbacks. */
#include "wm_conn_obj.h"

zend_object_handlers wm_conn_handlers;
zend_string *wm_str_tcp;

typedef enum wm_cprop {
	WM_CP_ID, WM_CP_WORKER, WM_CP_PROTOCOL, WM_CP_TRANSPORT, WM_CP_BYTES_READ, WM_CP_BYTES_WRITTEN,
	WM_CP_MAX_SEND, WM_CP_MAX_PACKAGE, WM_CP_CONTEXT, WM_CP_ON_MESSAGE, WM_CP_ON_CLOSE, WM_CP_ON_ERROR,
	WM_CP_ON_BUFFER_FULL, WM_CP_ON_BUFFER_DRAIN, WM_CP_HEADERS, WM_CP__COUNT, WM_CP_NONE = -1
} wm_cprop;

static const char *const wm_cprop_names[WM_CP__COUNT] = {
	"id", "worker", "protocol", "transport", "bytesRead", "bytesWritten", "maxSendBufferSize",
	"maxPackageSize", "context", "onMessage", "onClose", "onError", "onBufferFull", "onBufferDrain", "headers",
};
static zend_string *wm_cprop_str[WM_CP__COUNT];
static zend_string *wm_str_default_max_send, *wm_str_default_max_package;

/* A property a built-in protocol keeps in its state (websocketType of websocket://
 * connections, wm_conn_proto.h), so an idle connection needs no property table. NULL: an
 * ordinary dynamic property (other connections, or no state yet without create). The name
 * is checked first: resolving the protocol may load its class. */
static zval *wm_conn_proto_prop(zend_object *obj, zend_string *name, bool create)
{
	if (!wm_protocol_is_property(name)) {
		return NULL;
	}
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	wm_proto_kind kind = wm_conn_proto(conn);
	zend_string *own = wm_protocol_property_names[kind];
	if (!own || !zend_string_equals(own, name)) {
		return NULL;
	}
	return wm_protocol_builtin(kind)->property(conn, create);
}

/* Interned pointers first (names in scripts are interned); opcache may hand us its own
 * copies of the same names, hence the comparison by content after that. */
static wm_cprop wm_cprop_find(zend_string *name)
{
	for (int i = 0; i < WM_CP__COUNT; i++) {
		if (name == wm_cprop_str[i]) {
			return (wm_cprop)i;
		}
	}
	for (int i = 0; i < WM_CP__COUNT; i++) {
		if (zend_string_equal_content(name, wm_cprop_str[i])) {
			return (wm_cprop)i;
		}
	}
	return WM_CP_NONE;
}

wm_conn_extra *wm_conn_get_extra(wm_conn_obj *conn)
{
	if (!conn->extra) {
		conn->extra = emalloc(sizeof(wm_conn_extra));
		ZVAL_UNDEF(&conn->extra->context);
		ZVAL_UNDEF(&conn->extra->headers);
		ZVAL_UNDEF(&conn->extra->id);
		conn->extra->transport = NULL;
	}
	return conn->extra;
}

void wm_conn_set_transport(wm_conn_obj *conn, zend_string *transport)
{
	if (!conn->extra && zend_string_equals(transport, wm_str_tcp)) {
		zend_string_release(transport);
		return;
	}
	wm_conn_extra *extra = wm_conn_get_extra(conn);
	if (extra->transport) {
		zend_string_release(extra->transport);
	}
	extra->transport = transport;
}

void wm_conn_id(const wm_conn_obj *conn, zval *out)
{
	if (conn->extra && !Z_ISUNDEF(conn->extra->id)) {
		ZVAL_COPY(out, &conn->extra->id);
	} else {
		ZVAL_LONG(out, conn->internal_id);
	}
}

/* The zval of $connection->id once it was written; create: made from the internal id
 * first (a write or unset is about to change it). */
static zval *wm_conn_id_slot(wm_conn_obj *conn, bool create)
{
	if (conn->extra && !Z_ISUNDEF(conn->extra->id)) {
		return &conn->extra->id;
	}
	if (!create) {
		return NULL;
	}
	wm_conn_extra *extra = wm_conn_get_extra(conn);
	ZVAL_LONG(&extra->id, conn->internal_id);
	return &extra->id;
}

/* The zval behind a property stored as a zval, creating context/headers on first use
 * (Workerman makes context in the constructor; nobody can tell it was made later).
 * NULL for the ones computed from C integers, and for id while it was never written. */
static zval *wm_cprop_slot(wm_conn_obj *conn, wm_cprop prop)
{
	switch (prop) {
		case WM_CP_ID: return wm_conn_id_slot(conn, false);
		case WM_CP_WORKER: return wm_conn_sh(conn, WM_SH_WORKER);
		case WM_CP_PROTOCOL: return wm_conn_sh(conn, WM_SH_PROTOCOL);
		case WM_CP_ON_MESSAGE: return wm_conn_sh(conn, WM_SH_ON_MESSAGE);
		case WM_CP_ON_CLOSE: return wm_conn_sh(conn, WM_SH_ON_CLOSE);
		case WM_CP_ON_ERROR: return wm_conn_sh(conn, WM_SH_ON_ERROR);
		case WM_CP_ON_BUFFER_FULL: return wm_conn_sh(conn, WM_SH_ON_BUFFER_FULL);
		case WM_CP_ON_BUFFER_DRAIN: return wm_conn_sh(conn, WM_SH_ON_BUFFER_DRAIN);
		case WM_CP_CONTEXT: {
			wm_conn_extra *extra = wm_conn_get_extra(conn);
			if (Z_ISUNDEF(extra->context)) {
				object_init(&extra->context);
			}
			return &extra->context;
		}
		case WM_CP_HEADERS: {
			wm_conn_extra *extra = wm_conn_get_extra(conn);
			if (Z_ISUNDEF(extra->headers)) {
				ZVAL_EMPTY_ARRAY(&extra->headers);
			}
			return &extra->headers;
		}
		default: return NULL;
	}
}

/* Properties kept in the shared array: its slot, else -1. */
static int wm_cprop_shared_slot(wm_cprop prop)
{
	switch (prop) {
		case WM_CP_WORKER: return WM_SH_WORKER;
		case WM_CP_PROTOCOL: return WM_SH_PROTOCOL;
		case WM_CP_ON_MESSAGE: return WM_SH_ON_MESSAGE;
		case WM_CP_ON_CLOSE: return WM_SH_ON_CLOSE;
		case WM_CP_ON_ERROR: return WM_SH_ON_ERROR;
		case WM_CP_ON_BUFFER_FULL: return WM_SH_ON_BUFFER_FULL;
		case WM_CP_ON_BUFFER_DRAIN: return WM_SH_ON_BUFFER_DRAIN;
		default: return -1;
	}
}

static void wm_cprop_value(wm_conn_obj *conn, wm_cprop prop, zval *rv)
{
	switch (prop) {
		case WM_CP_ID: wm_conn_id(conn, rv); break;
		case WM_CP_TRANSPORT: ZVAL_STR_COPY(rv, wm_conn_transport(conn)); break;
		case WM_CP_BYTES_READ: ZVAL_LONG(rv, conn->bytes_read); break;
		case WM_CP_BYTES_WRITTEN: ZVAL_LONG(rv, conn->bytes_written); break;
		case WM_CP_MAX_SEND: ZVAL_LONG(rv, conn->max_send_buffer_size); break;
		case WM_CP_MAX_PACKAGE: ZVAL_LONG(rv, conn->max_package_size); break;
		default: ZVAL_COPY(rv, wm_cprop_slot(conn, prop));
	}
}

static zval *wm_conn_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	wm_cprop prop = wm_cprop_find(name);
	if (prop == WM_CP_NONE) {
		zval *ws = wm_conn_proto_prop(obj, name, false);
		if (ws && !Z_ISUNDEF_P(ws)) {
			if (type == BP_VAR_R || type == BP_VAR_IS) {
				return ws;
			}
			ZVAL_COPY(rv, ws);
			return rv;
		}
		return zend_std_read_property(obj, name, type, cache_slot, rv);
	}
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	/* Reads hand out the field itself; writes through a fetch (`$c->headers[] = ..`,
	 * `$c->context->x = ..`) may change only the array/object ones in place, so that a
	 * reference can never be planted in a field C reads directly. */
	bool in_place = type == BP_VAR_R || type == BP_VAR_IS || prop == WM_CP_HEADERS || prop == WM_CP_CONTEXT;
	zval *slot = wm_cprop_slot(conn, prop);
	if (slot && in_place) {
		return slot;
	}
	wm_cprop_value(conn, prop, rv);
	return rv;
}

static zval *wm_conn_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	wm_cprop prop = wm_cprop_find(name);
	if (prop == WM_CP_NONE) {
		zval *ws = wm_conn_proto_prop(obj, name, true);
		if (ws) {
			zval old;
			ZVAL_COPY_VALUE(&old, ws);
			ZVAL_COPY_DEREF(ws, value);
			zval_ptr_dtor(&old);
			return ws;
		}
		return zend_std_write_property(obj, name, value, cache_slot);
	}
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	switch (prop) {
		case WM_CP_TRANSPORT: {
			zend_string *s = zval_try_get_string(value);
			if (s) {
				wm_conn_set_transport(conn, s);
			}
			return value;
		}
		case WM_CP_BYTES_READ: conn->bytes_read = zval_get_long(value); return value;
		case WM_CP_BYTES_WRITTEN: conn->bytes_written = zval_get_long(value); return value;
		case WM_CP_MAX_SEND: conn->max_send_buffer_size = zval_get_long(value); return value;
		case WM_CP_MAX_PACKAGE: conn->max_package_size = zval_get_long(value); return value;
		default: break;
	}
	if (prop == WM_CP_PROTOCOL) {
		conn->proto_kind = WM_PROTO_UNRESOLVED;
		conn->proto_cls = NULL;
	}
	int shared = wm_cprop_shared_slot(prop);
	if (shared >= 0) {
		wm_conn_sh_set(conn, shared, value);
		return wm_conn_sh(conn, shared);
	}
	zval *slot = prop == WM_CP_ID ? wm_conn_id_slot(conn, true) : wm_cprop_slot(conn, prop);
	zval old;
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY_DEREF(slot, value);
	zval_ptr_dtor(&old);
	return slot;
}

static int wm_conn_has_property(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
	wm_cprop prop = wm_cprop_find(name);
	if (prop == WM_CP_NONE) {
		zval *ws = wm_conn_proto_prop(obj, name, false);
		if (ws) {
			if (Z_ISUNDEF_P(ws)) {
				return 0;
			}
			if (check_empty == ZEND_PROPERTY_EXISTS) {
				return 1;
			}
			return check_empty == ZEND_PROPERTY_NOT_EMPTY ? zend_is_true(ws) : Z_TYPE_P(ws) != IS_NULL;
		}
		return zend_std_has_property(obj, name, check_empty, cache_slot);
	}
	if (check_empty == ZEND_PROPERTY_EXISTS) {
		return 1;
	}
	zval rv;
	wm_cprop_value(wm_conn_from_obj(obj), prop, &rv);
	int result = check_empty == ZEND_PROPERTY_NOT_EMPTY ? zend_is_true(&rv) : Z_TYPE(rv) != IS_NULL;
	zval_ptr_dtor(&rv);
	return result;
}

static void wm_conn_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
	wm_cprop prop = wm_cprop_find(name);
	if (prop == WM_CP_NONE) {
		zval *ws = wm_conn_proto_prop(obj, name, false);
		if (ws) {
			zval old;
			ZVAL_COPY_VALUE(&old, ws);
			ZVAL_UNDEF(ws);
			zval_ptr_dtor(&old);
			return;
		}
		zend_std_unset_property(obj, name, cache_slot);
		return;
	}
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	int shared = wm_cprop_shared_slot(prop);
	if (shared >= 0) {
		zval null_value;
		ZVAL_NULL(&null_value);
		wm_conn_sh_set(conn, shared, &null_value);
		return;
	}
	zval *slot = prop == WM_CP_ID ? wm_conn_id_slot(conn, true) : wm_cprop_slot(conn, prop);
	if (slot) {
		zval old;
		ZVAL_COPY_VALUE(&old, slot);
		if (prop == WM_CP_CONTEXT || prop == WM_CP_HEADERS) {
			ZVAL_UNDEF(slot);
		} else {
			ZVAL_NULL(slot);
		}
		zval_ptr_dtor(&old);
	}
}

static zval *wm_conn_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (wm_cprop_find(name) != WM_CP_NONE || wm_conn_proto_prop(obj, name, true)) {
		return NULL; /* reads and writes go through the handlers above */
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
}

/* var_dump, (array), get_object_vars, var_export: our properties, then dynamic ones. */
static HashTable *wm_conn_get_properties_for(zend_object *obj, zend_prop_purpose purpose)
{
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	HashTable *props = zend_new_array(WM_CP__COUNT + (obj->properties ? zend_hash_num_elements(obj->properties) : 0));
	for (int i = 0; i < WM_CP__COUNT; i++) {
		if (i == WM_CP_HEADERS && (!conn->extra || Z_ISUNDEF(conn->extra->headers))) {
			continue; /* a [5] property: shown once used */
		}
		zval value;
		wm_cprop_value(conn, (wm_cprop)i, &value);
		zend_hash_add_new(props, wm_cprop_str[i], &value);
	}
	if (obj->properties) {
		zend_string *key;
		zend_ulong index;
		zval *value;
		ZEND_HASH_FOREACH_KEY_VAL_IND(obj->properties, index, key, value) {
			if (key && wm_cprop_find(key) != WM_CP_NONE) {
				continue; /* a snapshot left by get_properties(): ours are above */
			}
			Z_TRY_ADDREF_P(value);
			if (key) {
				zend_hash_update(props, key, value);
			} else {
				zend_hash_index_update(props, index, value);
			}
		} ZEND_HASH_FOREACH_END();
	}
	return props;
}

/* get_object_vars() and foreach read the properties table itself: our values are copied
 * into it on each such call (the copies are snapshots; our handlers never read them). */
static HashTable *wm_conn_get_properties(zend_object *obj)
{
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	HashTable *props = zend_std_get_properties(obj);
	for (int i = 0; i < WM_CP__COUNT; i++) {
		if (i == WM_CP_HEADERS && (!conn->extra || Z_ISUNDEF(conn->extra->headers))) {
			continue;
		}
		zval value;
		wm_cprop_value(conn, (wm_cprop)i, &value);
		zend_hash_update(props, wm_cprop_str[i], &value);
	}
	return props;
}

static HashTable *wm_conn_get_gc(zend_object *obj, zval **table, int *n)
{
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &conn->shared);
	if (conn->extra) {
		zend_get_gc_buffer_add_zval(buffer, &conn->extra->context);
		zend_get_gc_buffer_add_zval(buffer, &conn->extra->headers);
		zend_get_gc_buffer_add_zval(buffer, &conn->extra->id);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return obj->properties;
}

/* ---- the shared array ---------------------------------------------------------------- */

static zval wm_sh_nulls;      /* template of new connections */
static HashTable wm_sh_cache; /* owner (Worker) pointer -> the array its last accept made */
static bool wm_sh_cache_ready;

static void wm_sh_make(zval *out, zval *values)
{
	array_init_size(out, WM_SH__COUNT);
	zend_hash_real_init_packed(Z_ARRVAL_P(out));
	ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(out)) {
		for (int i = 0; i < WM_SH__COUNT; i++) {
			Z_TRY_ADDREF(values[i]);
			ZEND_HASH_FILL_ADD(&values[i]);
		}
	} ZEND_HASH_FILL_END();
}

void wm_conn_sh_init(wm_conn_obj *conn)
{
	if (Z_ISUNDEF(wm_sh_nulls)) {
		zval nulls[WM_SH__COUNT];
		for (int i = 0; i < WM_SH__COUNT; i++) {
			ZVAL_NULL(&nulls[i]);
		}
		wm_sh_make(&wm_sh_nulls, nulls);
	}
	ZVAL_COPY(&conn->shared, &wm_sh_nulls);
}

void wm_conn_sh_set(wm_conn_obj *conn, int slot, zval *value)
{
	SEPARATE_ARRAY(&conn->shared);
	zval *dst = wm_conn_sh(conn, slot);
	zval old;
	ZVAL_COPY_VALUE(&old, dst);
	ZVAL_COPY_DEREF(dst, value);
	zval_ptr_dtor(&old);
}

static bool wm_sh_same(zval *a, zval *b)
{
	if (Z_TYPE_P(a) != Z_TYPE_P(b)) {
		return false;
	}
	if (Z_TYPE_P(a) == IS_STRING) {
		return zend_string_equals(Z_STR_P(a), Z_STR_P(b));
	}
	if (Z_REFCOUNTED_P(a)) {
		return Z_COUNTED_P(a) == Z_COUNTED_P(b);
	}
	return zend_is_identical(a, b);
}

void wm_conn_sh_from_origin(wm_conn_obj *conn, const wm_conn_origin *origin)
{
	zval values[WM_SH__COUNT];
	ZVAL_OBJ(&values[WM_SH_WORKER], origin->owner);
	ZVAL_COPY_VALUE(&values[WM_SH_PROTOCOL], origin->protocol);
	ZVAL_COPY_VALUE(&values[WM_SH_ON_MESSAGE], origin->on_message);
	ZVAL_COPY_VALUE(&values[WM_SH_ON_CLOSE], origin->on_close);
	ZVAL_COPY_VALUE(&values[WM_SH_ON_ERROR], origin->on_error);
	ZVAL_COPY_VALUE(&values[WM_SH_ON_BUFFER_FULL], origin->on_buffer_full);
	ZVAL_COPY_VALUE(&values[WM_SH_ON_BUFFER_DRAIN], origin->on_buffer_drain);
	if (!wm_sh_cache_ready) {
		zend_hash_init(&wm_sh_cache, 4, NULL, ZVAL_PTR_DTOR, 0);
		wm_sh_cache_ready = true;
	}
	zend_ulong key = (zend_ulong)(uintptr_t)origin->owner;
	zval *cached = zend_hash_index_find(&wm_sh_cache, key);
	bool same = cached != NULL;
	for (int i = 0; same && i < WM_SH__COUNT; i++) {
		same = wm_sh_same(&Z_ARRVAL_P(cached)->arPacked[i], &values[i]);
	}
	if (!same) {
		zval fresh;
		wm_sh_make(&fresh, values);
		cached = zend_hash_index_update(&wm_sh_cache, key, &fresh);
	}
	zval_ptr_dtor(&conn->shared);
	ZVAL_COPY(&conn->shared, cached);
}

void wm_conn_sh_rshutdown(void)
{
	if (wm_sh_cache_ready) {
		zend_hash_destroy(&wm_sh_cache);
		wm_sh_cache_ready = false;
	}
	zval_ptr_dtor(&wm_sh_nulls);
	ZVAL_UNDEF(&wm_sh_nulls);
}

/* Loose comparison (in_array, array_search, ==): the std handler would compare only the
 * dynamic properties, making every two fresh connections equal. Two connections are
 * equal only when they are the same connection, ordered by their original ids. */
static int wm_conn_compare(zval *a, zval *b)
{
	if (Z_TYPE_P(a) == IS_OBJECT && Z_TYPE_P(b) == IS_OBJECT
		&& wm_conn_is_conn(Z_OBJ_P(a)) && wm_conn_is_conn(Z_OBJ_P(b))) {
		if (Z_OBJ_P(a) == Z_OBJ_P(b)) {
			return 0;
		}
		zend_long x = wm_conn_from_obj(Z_OBJ_P(a))->internal_id, y = wm_conn_from_obj(Z_OBJ_P(b))->internal_id;
		return x < y ? -1 : 1;
	}
	return zend_std_compare_objects(a, b);
}

static zend_long wm_conn_default(zend_string *name, zend_long fallback)
{
	zval *v = zend_read_static_property_ex(wm_ce_TcpConnection, name, true);
	return v ? zval_get_long(v) : fallback;
}

zend_object *wm_conn_create(zend_class_entry *ce)
{
	wm_conn_obj *conn = zend_object_alloc(sizeof(wm_conn_obj), ce);
	wm_conn_init(conn, ce);
	return &conn->std;
}

void wm_conn_init(wm_conn_obj *conn, zend_class_entry *ce)
{
	memset(conn, 0, XtOffsetOf(wm_conn_obj, std));
	zend_object_std_init(&conn->std, ce);
	object_properties_init(&conn->std, ce);
	conn->std.handlers = &wm_conn_handlers;
	conn->fd = -1;
	conn->io = &wm_transport_plain;
	conn->status = WM_CONN_ESTABLISHED;
	wm_conn_sh_init(conn);
	conn->max_send_buffer_size = wm_conn_default(wm_str_default_max_send, 1048576);
	conn->max_package_size = wm_conn_default(wm_str_default_max_package, 10485760);
	wm_conn_counted_new(conn);
}

static void wm_conn_free(zend_object *obj)
{
	wm_conn_obj *conn = wm_conn_from_obj(obj);
	wm_conn_free_resources(conn);
	zval_ptr_dtor(&conn->shared);
	if (conn->extra) {
		zval_ptr_dtor(&conn->extra->context);
		zval_ptr_dtor(&conn->extra->headers);
		zval_ptr_dtor(&conn->extra->id);
		if (conn->extra->transport) {
			zend_string_release(conn->extra->transport);
		}
		efree(conn->extra);
	}
	zend_object_std_dtor(obj);
}

bool wm_conn_max_package_size(zend_object *obj, zend_long *out)
{
	if (!wm_conn_is_conn(obj)) {
		return false;
	}
	*out = wm_conn_from_obj(obj)->max_package_size;
	return true;
}

void wm_conn_props_minit(void)
{
	for (int i = 0; i < WM_CP__COUNT; i++) {
		wm_cprop_str[i] = zend_string_init_interned(wm_cprop_names[i], strlen(wm_cprop_names[i]), 1);
	}
	wm_str_tcp = zend_string_init_interned("tcp", 3, 1);
	wm_str_default_max_send = zend_string_init_interned("defaultMaxSendBufferSize", sizeof("defaultMaxSendBufferSize") - 1, 1);
	wm_str_default_max_package = zend_string_init_interned("defaultMaxPackageSize", sizeof("defaultMaxPackageSize") - 1, 1);

	memcpy(&wm_conn_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wm_conn_handlers.offset = XtOffsetOf(wm_conn_obj, std);
	wm_conn_handlers.free_obj = wm_conn_free;
	wm_conn_handlers.clone_obj = NULL;
	wm_conn_handlers.read_property = wm_conn_read_property;
	wm_conn_handlers.write_property = wm_conn_write_property;
	wm_conn_handlers.has_property = wm_conn_has_property;
	wm_conn_handlers.unset_property = wm_conn_unset_property;
	wm_conn_handlers.get_property_ptr_ptr = wm_conn_get_property_ptr_ptr;
	wm_conn_handlers.get_properties_for = wm_conn_get_properties_for;
	wm_conn_handlers.get_properties = wm_conn_get_properties;
	wm_conn_handlers.get_gc = wm_conn_get_gc;
	wm_conn_handlers.compare = wm_conn_compare;
}
