/* wm_autoloader.c: Workerman\Autoloader. Workerman 4 registers it as soon as its files load
 * and points it at the directory of the file that constructed the last Worker, so apps keep
 * classes such as Protocols\MyProto in <that dir>/Protocols/MyProto.php. We register it when
 * the first Worker is constructed, or when an app requires a Workerman tree's Autoloader.php
 * (wm_vendored.c): then, like that file, it also loads Workerman\X from the tree and other
 * classes from the tree's parent. Without a tree, classes under Workerman\ are never loaded. */
#include "wm_private.h"
#include "wm_autoloader.h"
#include "wm_api.h"
#include "wm_vendored.h"

static zend_class_entry *wm_ce_Autoloader;
static zend_string *wm_autoload_root;
static bool wm_autoload_registered;
static zend_string *wm_autoload_tree; /* a vendored tree's root, once found */

static void wm_autoloader_set_root(zend_string *dir)
{
	if (wm_autoload_root) {
		zend_string_release(wm_autoload_root);
	}
	wm_autoload_root = zend_string_copy(dir);
}

void wm_autoloader_register_from_caller(void)
{
	zend_string *file = zend_get_executed_filename_ex();
	if (file) {
		const char *slash = zend_memrchr(ZSTR_VAL(file), '/', ZSTR_LEN(file));
		size_t len = slash ? (size_t)(slash - ZSTR_VAL(file)) : 0;
		zend_string *dir = len ? zend_string_init(ZSTR_VAL(file), len, 0) : zend_string_init(".", 1, 0);
		wm_autoloader_set_root(dir);
		zend_string_release(dir);
	}
	if (wm_autoload_registered) {
		return;
	}
	wm_autoload_registered = true;
	zval function, callable, retval;
	ZVAL_STRING(&function, "spl_autoload_register");
	ZVAL_STRING(&callable, "Workerman\\Autoloader::loadByNamespace");
	call_user_function(NULL, NULL, &function, &retval, 1, &callable);
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&callable);
	zval_ptr_dtor(&function);
}

/* Requires <dir>/<relative, backslashes as slashes>.php if it exists; true when that declared
 * the class `name`. */
static bool wm_autoloader_try(zend_string *name, const char *dir, size_t dir_len, const char *relative, size_t relative_len)
{
	zend_string *path = zend_string_concat3(dir, dir_len, "/", 1, relative, relative_len);
	zend_string *file = zend_string_concat2(ZSTR_VAL(path), ZSTR_LEN(path), ".php", 4);
	zend_string_release(path);
	for (char *p = ZSTR_VAL(file) + dir_len + 1; *p; p++) {
		if (*p == '\\') {
			*p = '/';
		}
	}
	zend_stat_t st;
	bool loaded = false;
	if (VCWD_STAT(ZSTR_VAL(file), &st) == 0 && S_ISREG(st.st_mode)) {
		zend_file_handle handle;
		zend_stream_init_filename_ex(&handle, file);
		zend_op_array *op_array = NULL;
		if (zend_stream_open(&handle) == SUCCESS) {
			if (!zend_hash_exists(&EG(included_files), handle.opened_path ? handle.opened_path : file)) {
				zend_hash_add_empty_element(&EG(included_files), handle.opened_path ? handle.opened_path : file);
				op_array = zend_compile_file(&handle, ZEND_REQUIRE_ONCE);
			}
		}
		zend_destroy_file_handle(&handle);
		if (op_array) {
			zval result;
			ZVAL_UNDEF(&result);
			zend_execute(op_array, &result);
			zval_ptr_dtor(&result);
			destroy_op_array(op_array);
			efree(op_array);
		}
		loaded = !EG(exception) && zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD) != NULL;
	}
	zend_string_release(file);
	return loaded;
}

static zend_string *wm_autoloader_tree(void)
{
	if (!wm_autoload_tree) {
		wm_autoload_tree = wm_vendored_included_tree();
	}
	return wm_autoload_tree;
}

static bool wm_autoloader_load(zend_string *name)
{
	const char *class_name = ZSTR_VAL(name);
	size_t len = ZSTR_LEN(name);
	zend_string *tree;
	if (len > 10 && strncasecmp(class_name, "Workerman\\", 10) == 0) {
		/* Ours are never missing; a tree's other ones (Events\React\...) are its files. */
		tree = wm_autoloader_tree();
		return tree && wm_autoloader_try(name, ZSTR_VAL(tree), ZSTR_LEN(tree), class_name + 10, len - 10);
	}
	if (wm_autoload_root && wm_autoloader_try(name, ZSTR_VAL(wm_autoload_root), ZSTR_LEN(wm_autoload_root), class_name, len)) {
		return true;
	}
	/* A tree's Autoloader.php falls back to the tree's parent, the app of a 3.x layout. */
	tree = wm_autoloader_tree();
	if (!tree || EG(exception)) {
		return false;
	}
	zend_string *parent = zend_string_concat2(ZSTR_VAL(tree), ZSTR_LEN(tree), "/..", 3);
	bool loaded = wm_autoloader_try(name, ZSTR_VAL(parent), ZSTR_LEN(parent), class_name, len);
	zend_string_release(parent);
	return loaded;
}

ZEND_METHOD(Workerman_Autoloader, setRootPath)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	wm_autoloader_set_root(path);
}

ZEND_METHOD(Workerman_Autoloader, loadByNamespace)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(wm_autoloader_load(name));
}

void wm_autoloader_minit(void)
{
	wm_ce_Autoloader = wm_api_reg->Autoloader();
}

void wm_autoloader_rshutdown(void)
{
	if (wm_autoload_root) {
		zend_string_release(wm_autoload_root);
		wm_autoload_root = NULL;
	}
	if (wm_autoload_tree) {
		zend_string_release(wm_autoload_tree);
		wm_autoload_tree = NULL;
	}
	wm_autoload_registered = false;
}
