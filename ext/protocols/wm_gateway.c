/* wm_gateway.c: a C stand-in for GatewayWorker's GatewayWorker\Protocols\GatewayProtocol
 * (input, decode, encode) on connections whose protocol is that class, byte for byte and
 * value for value what the installed file's PHP does. It registers a recogniser with
 * wm_protocol.c, which calls it once per class; the wire format is gateway_frame.h. Any
 * input it is not sure of is declined, and the class's PHP method runs instead.
 *
 * Survey of src/Protocols/GatewayProtocol.php over GatewayWorker's tags (v2.0.7 to v4.0.0;
 * not recognised: v1.0, head of 26 bytes "NCNnNnNNC"; v2.0-v2.2, whose encode() packs only the
 * scalar bit as flag, dropping $data['flag']): HEAD_LEN 28, head "NCNnNnNCnN",
 * FLAG_BODY_IS_SCALAR 1, input() = 0 below 28 bytes else pack_len. Three codecs:
 *   A  v2.0.7 - v3.0.26: encode strlen($data['ext_data']); decode unserialize($body)
 *   B  v3.0.27 - v3.0.28: encode strlen($data['ext_data'] ?? ''); decode as A
 *   C  v3.1.0 - v4.0.0: as B; decode unserialize($body, ['allowed_classes' => false]) in
 *      try/catch (an exception leaves 'body' unset)
 * (files differ otherwise only in CMD_* constants and comments). A file is recognised by its
 * sha256 (wm_gw_known); INI workerman.gateway_protocol: native (default), php (never), force
 * (tests: any class of that name with HEAD_LEN 28 and FLAG_BODY_IS_SCALAR 1, codec C). */
#include "wm_private.h"
#include "wm_protocol.h"
#include "gateway_frame.h"
#include "ext/standard/php_var.h"
#include "ext/standard/basic_functions.h"
#include "zend_smart_str.h"

#include <fcntl.h>
#include <unistd.h>
#include <openssl/evp.h>

typedef enum wm_gw_unserialize { WM_GW_UNSERIALIZE_ALL, WM_GW_UNSERIALIZE_NO_CLASSES } wm_gw_unserialize;

typedef struct wm_gw_codec {
	wm_proto_native native; /* first: the codec is passed as its wm_proto_native */
	wm_gw_unserialize unserialize;
} wm_gw_codec;

static const struct {
	const char *sha256;
	char codec; /* 'A', 'B', 'C' as above */
	const char *tags;
} wm_gw_known[] = {
	{"451c7b2a5ea4ec2f9fafd1a691c468490d367231b33aad9c169586d4028cb217", 'A', "v2.0.7 v3.0.0-v3.0.2"},
	{"8e16808e9e30dd0821c6aa3a9cac1329ae2998df97db2bd22920acd79a4ffd14", 'A', "v3.0.3-v3.0.7"},
	{"7eff5c27bfd7f216270912adf26e26077f930a6b97d0440831523eb063eb8587", 'A', "v3.0.8"},
	{"d8961a7dbcfb21a7859815872059265514c1412305ff89911ab419b96d2c0812", 'A', "v3.0.9"},
	{"093a61176a47417e422860682f96695919d527f80c3e0509ac4beb6c2a0e0b08", 'A', "v3.0.10-v3.0.26"},
	{"9f3f797f3ac494e6e446ad713b02813c221e0595bf1873687075b95b6bc24bba", 'B', "v3.0.27-v3.0.28"},
	{"be0b357eac5826bf2f3975e2e979865340fd87b60e276960b56e3eb1adcaea43", 'C', "v3.1.0 v3.1.2-v3.1.5"},
	{"bb1412e34e742c5a6c1bf5efd469675ac7e5809673cf04e7309d195392fc1105", 'C', "v3.1.1 v3.1.6"},
	{"9d24a39c84f3290624728cd22d9602b8d3792bad0247cc207bacecd5a4ef0e0f", 'C', "v3.1.17-v4.0.0"},
};

/* decode()'s keys in unpack()'s order, then ext_data and body; encode() reads the same. */
enum {
	WM_GW_PACK_LEN, WM_GW_CMD, WM_GW_LOCAL_IP, WM_GW_LOCAL_PORT, WM_GW_CLIENT_IP, WM_GW_CLIENT_PORT,
	WM_GW_CONNECTION_ID, WM_GW_FLAG, WM_GW_GATEWAY_PORT, WM_GW_EXT_LEN, WM_GW_EXT_DATA, WM_GW_BODY,
	WM_GW__KEYS
};
static const char *const wm_gw_key_names[WM_GW__KEYS] = {"pack_len", "cmd", "local_ip", "local_port",
	"client_ip", "client_port", "connection_id", "flag", "gateway_port", "ext_len", "ext_data", "body"};
static zend_string *wm_gw_keys[WM_GW__KEYS];

/* ---- input, decode ------------------------------------------------------------------------- */

static zend_long wm_gw_input(const char *buf, size_t len)
{
	return (zend_long)wm_gw_input_len((const unsigned char *)buf, len);
}

/* Whether the serialized body may name a class (O:, C:, E:): those go to PHP, whose
 * unserialize() may warn (a class without unserializer, an enum) even when it succeeds. */
static bool wm_gw_names_class(const char *s, size_t len)
{
	const char *end = s + len, *p = s;
	while ((p = memchr(p, ':', end - p)) != NULL) {
		if (p > s && (p[-1] == 'O' || p[-1] == 'C' || p[-1] == 'E')) {
			return true;
		}
		p++;
	}
	return false;
}

/* unserialize($s, ['allowed_classes' => false]) as ext/standard does it, for a body that
 * names no class: nothing user-defined runs, so a failure has no effect and is declined
 * (PHP then raises its notice from its own line). A nesting that could pass
 * unserialize_max_depth is declined before trying: the parser would warn. */
static bool wm_gw_unserialize_plain(const char *s, size_t len, zval *out)
{
	if (len == 0 || wm_gw_names_class(s, len)) {
		return false;
	}
	zend_long depth_limit = BG(unserialize_max_depth);
	if (depth_limit > 0) {
		zend_long opens = 0;
		for (const char *p = s, *end = s + len; (p = memchr(p, '{', end - p)) != NULL; p++) {
			if (++opens >= depth_limit) {
				return false;
			}
		}
	}
	php_unserialize_data_t var_hash;
	PHP_VAR_UNSERIALIZE_INIT(var_hash);
	if (BG(unserialize).level > 1) { /* inside another unserialize(): leave it to PHP */
		PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
		return false;
	}
	HashTable *prev_classes = php_var_unserialize_get_allowed_classes(var_hash);
	HashTable no_classes;
	zend_hash_init(&no_classes, 0, NULL, NULL, 0);
	php_var_unserialize_set_allowed_classes(var_hash, &no_classes);
	/* A NUL-terminated copy, as substr() gives PHP: the parser looks past its limit for the
	 * end of a number, and in the receive buffer the next package's bytes follow. */
	zend_string *copy = zend_string_init(s, len, 0);
	const unsigned char *p = (const unsigned char *)ZSTR_VAL(copy);
	ZVAL_UNDEF(out);
	bool ok = php_var_unserialize(out, &p, p + len, &var_hash) && !EG(exception);
#if PHP_VERSION_ID >= 80300
	ok = ok && p == (const unsigned char *)ZSTR_VAL(copy) + len; /* 8.3 warns about data after the value */
#endif
	php_var_unserialize_set_allowed_classes(var_hash, prev_classes);
	PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
	zend_hash_destroy(&no_classes);
	zend_string_release(copy);
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		if (EG(exception)) {
			zend_clear_exception();
		}
		return false;
	}
	if (Z_ISREF_P(out)) {
		zend_unwrap_reference(out);
	}
	if (Z_REFCOUNTED_P(out)) {
		gc_check_possible_root(Z_COUNTED_P(out));
	}
	return true;
}

static bool wm_gw_decode(const wm_proto_native *native, const char *pkg, size_t len, zval *out)
{
	const wm_gw_codec *codec = (const wm_gw_codec *)native;
	if (len < WM_GW_HEAD_LEN) { /* unpack() warns on a short package: PHP's own words */
		return false;
	}
	wm_gw_head h;
	wm_gw_slices sl;
	wm_gw_head_read((const unsigned char *)pkg, &h);
	wm_gw_slices_of(&h, len, &sl);
	zval body;
	if (h.flag & WM_GW_FLAG_BODY_IS_SCALAR) {
		ZVAL_STRINGL_FAST(&body, pkg + sl.body_off, sl.body_len);
	} else if (codec->unserialize != WM_GW_UNSERIALIZE_NO_CLASSES
			|| !wm_gw_unserialize_plain(pkg + sl.body_off, sl.body_len, &body)) {
		return false; /* codecs A and B may instantiate classes: PHP unserializes */
	}
	array_init_size(out, WM_GW__KEYS);
	HashTable *ht = Z_ARRVAL_P(out);
	zend_hash_real_init_mixed(ht);
	const zend_long fields[WM_GW_EXT_DATA] = {h.pack_len, h.cmd, h.local_ip, h.local_port, h.client_ip,
		h.client_port, h.connection_id, h.flag, h.gateway_port, h.ext_len};
	zval v;
	for (int i = 0; i < WM_GW_EXT_DATA; i++) {
		ZVAL_LONG(&v, fields[i]);
		_zend_hash_append(ht, wm_gw_keys[i], &v);
	}
	ZVAL_STRINGL_FAST(&v, pkg + sl.ext_off, sl.ext_len);
	_zend_hash_append(ht, wm_gw_keys[WM_GW_EXT_DATA], &v);
	_zend_hash_append(ht, wm_gw_keys[WM_GW_BODY], &body);
	return true;
}

/* ---- encode -------------------------------------------------------------------------------- */

/* A head field as pack() reads it: an int, or a string that is a whole integer (pack()'s
 * conversion and ours agree on those). Anything else is declined. */
static bool wm_gw_field(zval *zv, zend_long *out)
{
	if (Z_TYPE_P(zv) == IS_LONG) {
		*out = Z_LVAL_P(zv);
		return true;
	}
	double dval;
	return Z_TYPE_P(zv) == IS_STRING
		&& is_numeric_string(Z_STRVAL_P(zv), Z_STRLEN_P(zv), out, &dval, false) == IS_LONG;
}

/* Whether serialize() of v runs no user code and leaves no exception: arrays of scalars and
 * arrays, no objects, no references (a reference could make it endless), nested not too deep. */
static bool wm_gw_plain_value(zval *v, int depth)
{
	if (Z_TYPE_P(v) != IS_ARRAY) {
		return Z_TYPE_P(v) <= IS_STRING;
	}
	if (depth > 32) {
		return false;
	}
	zval *item;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
		if (!wm_gw_plain_value(item, depth + 1)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* encode(): $flag = (int)is_scalar($body); a non-scalar body is serialize()d; flag |= $flag;
 * pack("NCNnNnNCnN", 28 + ext_len + body_len, ...) . $ext_data . $body. Declined unless every
 * field is there with a type whose conversion is plain (no warning, no user code, no write
 * through a reference). */
static bool wm_gw_encode(const wm_proto_native *native, zval *data, zend_string **head_out, zend_string **body_out)
{
	(void)native;
	if (Z_TYPE_P(data) != IS_ARRAY) {
		return false;
	}
	HashTable *ht = Z_ARRVAL_P(data);
	zval *f[WM_GW__KEYS];
	for (int i = WM_GW_CMD; i < WM_GW__KEYS; i++) {
		if (i == WM_GW_EXT_LEN) {
			continue;
		}
		f[i] = zend_hash_find_known_hash(ht, wm_gw_keys[i]);
		if (!f[i] || Z_TYPE_P(f[i]) == IS_REFERENCE) {
			return false;
		}
	}
	zend_long v[WM_GW_EXT_LEN];
	for (int i = WM_GW_CMD; i < WM_GW_EXT_LEN; i++) {
		if (!wm_gw_field(f[i], &v[i])) {
			return false;
		}
	}
	zval *ext = f[WM_GW_EXT_DATA], *body = f[WM_GW_BODY];
	if (Z_TYPE_P(f[WM_GW_FLAG]) != IS_LONG || Z_TYPE_P(ext) != IS_STRING) {
		return false;
	}
	zend_string *body_str;
	zend_long scalar = 1;
	if (Z_TYPE_P(body) == IS_STRING) {
		body_str = zend_string_copy(Z_STR_P(body));
	} else if (Z_TYPE_P(body) == IS_LONG) {
		body_str = zend_long_to_str(Z_LVAL_P(body));
	} else if (Z_TYPE_P(body) == IS_NULL || (Z_TYPE_P(body) == IS_ARRAY && wm_gw_plain_value(body, 0))) {
		scalar = 0;
		smart_str buf = {0};
		php_serialize_data_t var_hash;
		PHP_VAR_SERIALIZE_INIT(var_hash);
		php_var_serialize(&buf, body, &var_hash);
		PHP_VAR_SERIALIZE_DESTROY(var_hash);
		if (EG(exception)) {
			smart_str_free(&buf);
			return false;
		}
		body_str = buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
	} else {
		return false; /* floats, bools, objects: PHP converts them */
	}
	size_t ext_len = Z_STRLEN_P(ext);
	wm_gw_head h = {
		.pack_len = (uint32_t)(WM_GW_HEAD_LEN + ext_len + ZSTR_LEN(body_str)),
		.cmd = (uint8_t)v[WM_GW_CMD],
		.local_ip = (uint32_t)v[WM_GW_LOCAL_IP],
		.local_port = (uint16_t)v[WM_GW_LOCAL_PORT],
		.client_ip = (uint32_t)v[WM_GW_CLIENT_IP],
		.client_port = (uint16_t)v[WM_GW_CLIENT_PORT],
		.connection_id = (uint32_t)v[WM_GW_CONNECTION_ID],
		.flag = (uint8_t)(Z_LVAL_P(f[WM_GW_FLAG]) | scalar),
		.gateway_port = (uint16_t)v[WM_GW_GATEWAY_PORT],
		.ext_len = (uint32_t)ext_len,
	};
	/* The head and ext_data in one string; a long body is queued as it is, a short one
	 * copied behind the head (one piece, one allocation less to free). */
	bool join = ZSTR_LEN(body_str) < 1024;
	size_t head_len = WM_GW_HEAD_LEN + ext_len + (join ? ZSTR_LEN(body_str) : 0);
	zend_string *head = zend_string_alloc(head_len, 0);
	unsigned char *p = (unsigned char *)ZSTR_VAL(head);
	wm_gw_head_write(p, &h);
	memcpy(p + WM_GW_HEAD_LEN, Z_STRVAL_P(ext), ext_len);
	if (join) {
		memcpy(p + WM_GW_HEAD_LEN + ext_len, ZSTR_VAL(body_str), ZSTR_LEN(body_str));
		zend_string_release(body_str);
		body_str = ZSTR_EMPTY_ALLOC();
	}
	p[head_len] = '\0';
	*head_out = head;
	*body_out = body_str;
	return true;
}

/* ---- recognition --------------------------------------------------------------------------- */

static const wm_gw_codec wm_gw_codecs[] = {
	{{wm_gw_input, wm_gw_decode, wm_gw_encode}, WM_GW_UNSERIALIZE_ALL},         /* A, B */
	{{wm_gw_input, wm_gw_decode, wm_gw_encode}, WM_GW_UNSERIALIZE_NO_CLASSES},  /* C */
};

/* The sha256 of a file, in hex; false when it cannot be read whole. */
static bool wm_gw_file_sha256(const char *path, char hex[65])
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return false;
	}
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	char chunk[8192];
	ssize_t n;
	while (ok && (n = read(fd, chunk, sizeof(chunk))) != 0) {
		ok = n > 0 && EVP_DigestUpdate(ctx, chunk, (size_t)n);
	}
	unsigned char md[32];
	unsigned int md_len = 0;
	ok = ok && EVP_DigestFinal_ex(ctx, md, &md_len) && md_len == 32;
	EVP_MD_CTX_free(ctx);
	close(fd);
	for (int i = 0; ok && i < 32; i++) {
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	}
	return ok;
}

static bool wm_gw_const_is(zend_class_entry *ce, const char *name, zend_long want)
{
	zend_class_constant *c = zend_hash_str_find_ptr(&ce->constants_table, name, strlen(name));
	return c && Z_TYPE(c->value) == IS_LONG && Z_LVAL(c->value) == want;
}

/* The class's own static input/decode/encode, declared in it (not inherited, not a trait's
 * alias elsewhere): what the file's hash vouches for. */
static bool wm_gw_own_method(zend_class_entry *ce, const char *lc_name)
{
	zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, lc_name, strlen(lc_name));
	return fn && fn->type == ZEND_USER_FUNCTION && fn->common.scope == ce && (fn->common.fn_flags & ZEND_ACC_STATIC)
		&& fn->op_array.filename && zend_string_equals(fn->op_array.filename, ce->info.user.filename);
}

static const wm_proto_native *wm_gw_recognise(zend_class_entry *ce)
{
	if (!zend_string_equals_literal_ci(ce->name, "GatewayWorker\\Protocols\\GatewayProtocol")) {
		return NULL;
	}
	const char *mode = INI_STR("workerman.gateway_protocol");
	bool force = mode && strcmp(mode, "force") == 0;
	if (!mode || (!force && strcmp(mode, "native") != 0)) {
		return NULL;
	}
	if (ce->type != ZEND_USER_CLASS || ce->parent || !ce->info.user.filename || !wm_gw_own_method(ce, "input")
			|| !wm_gw_own_method(ce, "decode") || !wm_gw_own_method(ce, "encode")) {
		return NULL;
	}
	if (force) {
		return wm_gw_const_is(ce, "HEAD_LEN", WM_GW_HEAD_LEN) && wm_gw_const_is(ce, "FLAG_BODY_IS_SCALAR", 1)
			? &wm_gw_codecs[1].native : NULL;
	}
	char hex[65];
	if (!wm_gw_file_sha256(ZSTR_VAL(ce->info.user.filename), hex)) {
		return NULL;
	}
	for (size_t i = 0; i < sizeof(wm_gw_known) / sizeof(wm_gw_known[0]); i++) {
		if (strcmp(hex, wm_gw_known[i].sha256) == 0) {
			return &wm_gw_codecs[wm_gw_known[i].codec == 'C'].native;
		}
	}
	return NULL;
}

PHP_INI_BEGIN()
	PHP_INI_ENTRY("workerman.gateway_protocol", "native", PHP_INI_SYSTEM | PHP_INI_PERDIR, NULL)
PHP_INI_END()

void wm_gateway_minit(int module_number)
{
	zend_register_ini_entries(ini_entries, module_number);
	for (int i = 0; i < WM_GW__KEYS; i++) {
		wm_gw_keys[i] = zend_string_init_interned(wm_gw_key_names[i], strlen(wm_gw_key_names[i]), 1);
	}
	wm_protocol_register_recogniser(wm_gw_recognise);
}
