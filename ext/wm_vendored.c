/* wm_vendored.c: Workerman source trees shipped inside an app. A zend_compile_file hook gives
 * a file of such a tree (known by its place in the tree AND by declaring only what we have)
 * a stand-in script instead of letting it redeclare our classes. Any other file compiles
 * untouched, paying a few string compares on its path; a tree file's own code never runs. */
#include "wm_private.h"
#include "wm_vendored.h"

#include <fcntl.h>
#include <unistd.h>

static zend_op_array *(*wm_vendored_prev_compile_file)(zend_file_handle *handle, int type);
static int wm_vendored_module_number;
static bool wm_vendored_enabled = true;

/* The one line of Autoloader.php (3.x, 4.x) besides its class: the app's own classes load
 * from <tree>/.. from then on (wm_autoloader.c finds the tree in the included files, which
 * works too when opcache serves this stand-in without asking us again). */
static const char wm_vendored_autoloader_stand_in[] =
	"<?php spl_autoload_register('Workerman\\Autoloader::loadByNamespace');\n";

/* Directories below a tree's root that hold Workerman files (3.x to 5.x; a 5.x root is its
 * src/ directory), and the files directly in the root. */
typedef struct {
	const char *name;
	size_t len;
} wm_vendored_name;
#define WM_VENDORED_NAME(s) {s, sizeof(s) - 1}
static const wm_vendored_name wm_vendored_dirs[] = {
	WM_VENDORED_NAME("Connection"), WM_VENDORED_NAME("Events"), WM_VENDORED_NAME("Lib"),
	WM_VENDORED_NAME("Protocols"), WM_VENDORED_NAME("Protocols/Http"), WM_VENDORED_NAME("Protocols/Http/Session"),
};
static const wm_vendored_name wm_vendored_root_files[] = {
	WM_VENDORED_NAME("Autoloader.php"), WM_VENDORED_NAME("Worker.php"), WM_VENDORED_NAME("Timer.php"),
};

/* The lengths of the directories `path` would be the root of if it were a Workerman file:
 * string compares only, the gate every include passes. Returns how many (0 to 2). */
static int wm_vendored_roots(const char *path, size_t len, size_t roots[2])
{
	if (len < 5 || memcmp(path + len - 4, ".php", 4) != 0) {
		return 0;
	}
	const char *slash = zend_memrchr(path, '/', len);
	if (!slash || slash == path) {
		return 0;
	}
	size_t dir_len = slash - path, base_len = len - dir_len - 1;
	int count = 0;
	for (size_t i = 0; i < sizeof(wm_vendored_root_files) / sizeof(wm_vendored_root_files[0]); i++) {
		if (base_len == wm_vendored_root_files[i].len && memcmp(slash + 1, wm_vendored_root_files[i].name, base_len) == 0) {
			roots[count++] = dir_len;
			break;
		}
	}
	for (size_t i = 0; i < sizeof(wm_vendored_dirs) / sizeof(wm_vendored_dirs[0]); i++) {
		size_t sub_len = wm_vendored_dirs[i].len;
		if (dir_len > sub_len + 1 && path[dir_len - sub_len - 1] == '/'
			&& memcmp(path + dir_len - sub_len, wm_vendored_dirs[i].name, sub_len) == 0) {
			roots[count++] = dir_len - sub_len - 1;
			break;
		}
	}
	return count;
}

/* True when the last component of path[0, len) is `name`, in any case. */
static bool wm_vendored_dir_named(const char *path, size_t len, const char *name)
{
	size_t name_len = strlen(name);
	return len >= name_len && (len == name_len || path[len - name_len - 1] == '/')
		&& strncasecmp(path + len - name_len, name, name_len) == 0;
}

/* True when <dir>/composer.json gives the package name workerman/workerman (a checkout of
 * Workerman's repository, whatever its directory is called). */
static bool wm_vendored_read_composer(const char *dir, size_t dir_len)
{
	static const char file[] = "/composer.json", name[] = "\"workerman/workerman\"";
	char path[MAXPATHLEN], json[8192];
	if (dir_len + sizeof(file) > sizeof(path)) {
		return false;
	}
	memcpy(path, dir, dir_len);
	memcpy(path + dir_len, file, sizeof(file));
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return false;
	}
	ssize_t got = read(fd, json, sizeof(json) - 1);
	close(fd);
	if (got <= 0) {
		return false;
	}
	json[got] = '\0';
	for (const char *key = strstr(json, "\"name\""); key; key = strstr(key + 6, "\"name\"")) {
		const char *value = key + 6;
		value += strspn(value, " \t\r\n:");
		if (strncmp(value, name, sizeof(name) - 1) == 0) {
			return true;
		}
	}
	return false;
}

/* wm_vendored_read_composer() remembering its last answer: an app's own Protocols/X.php or
 * Worker.php fits the layout, and including it again must not cost an open() each time. */
static bool wm_vendored_composer_names_workerman(const char *dir, size_t dir_len)
{
	static char last_dir[MAXPATHLEN];
	static size_t last_len;
	static bool last_answer;
	if (dir_len == last_len && memcmp(dir, last_dir, dir_len) == 0) {
		return last_answer;
	}
	bool answer = wm_vendored_read_composer(dir, dir_len);
	if (dir_len < sizeof(last_dir)) {
		memcpy(last_dir, dir, dir_len);
		last_len = dir_len;
		last_answer = answer;
	}
	return answer;
}

/* Is path[0, root_len) the root of a Workerman tree: a directory named workerman (a copy in
 * an app, vendor/workerman/workerman), the src/ of one (5.x), or a Workerman checkout. */
static bool wm_vendored_is_root(const char *path, size_t root_len)
{
	if (wm_vendored_dir_named(path, root_len, "workerman")) {
		return true;
	}
	if (root_len > 4 && wm_vendored_dir_named(path, root_len, "src")) {
		size_t parent_len = root_len - 4;
		return wm_vendored_dir_named(path, parent_len, "workerman")
			|| wm_vendored_composer_names_workerman(path, parent_len);
	}
	return wm_vendored_composer_names_workerman(path, root_len);
}

/* The length of the root of the Workerman tree `path` belongs to, or 0. */
static size_t wm_vendored_tree_root(const char *path, size_t len)
{
	size_t roots[2];
	int count = wm_vendored_roots(path, len, roots);
	for (int i = 0; i < count; i++) {
		if (wm_vendored_is_root(path, roots[i])) {
			return roots[i];
		}
	}
	return 0;
}

zend_string *wm_vendored_included_tree(void)
{
	static const char autoloader[] = "/Autoloader.php";
	size_t suffix_len = sizeof(autoloader) - 1;
	zend_string *path;
	ZEND_HASH_FOREACH_STR_KEY(&EG(included_files), path) {
		if (path && ZSTR_LEN(path) > suffix_len
			&& memcmp(ZSTR_VAL(path) + ZSTR_LEN(path) - suffix_len, autoloader, suffix_len) == 0
			&& wm_vendored_tree_root(ZSTR_VAL(path), ZSTR_LEN(path)) == ZSTR_LEN(path) - suffix_len) {
			return zend_string_init(ZSTR_VAL(path), ZSTR_LEN(path) - suffix_len, 0);
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

/* A source standing in for the file `handle` names (the file read into handle->buf on the
 * way), or NULL when that file must compile as it is. */
static const char *wm_vendored_stand_in(zend_file_handle *handle)
{
	zend_string *path = handle->opened_path ? zend_string_copy(handle->opened_path) : zend_resolve_path(handle->filename);
	if (!path) {
		return NULL;
	}
	const char *stand_in = NULL;
	size_t root_len = wm_vendored_tree_root(ZSTR_VAL(path), ZSTR_LEN(path));
	char *source;
	size_t source_len;
	if (root_len && zend_stream_fixup(handle, &source, &source_len) == SUCCESS) {
		const char *relative = ZSTR_VAL(path) + root_len + 1;
		/* Constants.php (3.x, 4.x) declares global constants, and classes only when PHP lacks them. */
		bool constants_file = strcmp(relative, "Lib/Constants.php") == 0;
		if (wm_vendored_declares_only_ours(source, source_len, path, constants_file, wm_vendored_module_number)) {
			stand_in = strcmp(relative, "Autoloader.php") == 0 ? wm_vendored_autoloader_stand_in : "";
		}
	}
	zend_string_release(path);
	return stand_in;
}

/* Compiles `source` as if it were the file's content, through the previous hook (opcache
 * then caches the stand-in under the file's name), so __FILE__, included_files and the
 * value include returns (1) are what the real file gives. */
static zend_op_array *wm_vendored_compile_stand_in(zend_file_handle *handle, int type, const char *source)
{
	zend_file_handle stand_in;
	size_t len = strlen(source);
	zend_stream_init_filename_ex(&stand_in, handle->filename);
	stand_in.opened_path = handle->opened_path ? zend_string_copy(handle->opened_path) : NULL;
	stand_in.primary_script = handle->primary_script;
	/* The scanner reads ZEND_MMAP_AHEAD zero bytes past the end, as zend_stream_fixup() leaves them. */
	stand_in.buf = emalloc(len + ZEND_MMAP_AHEAD);
	memcpy(stand_in.buf, source, len);
	memset(stand_in.buf + len, 0, ZEND_MMAP_AHEAD);
	stand_in.len = len;
	zend_op_array *op_array = wm_vendored_prev_compile_file(&stand_in, type);
	zend_destroy_file_handle(&stand_in);
	return op_array;
}

static zend_op_array *wm_vendored_compile_file(zend_file_handle *handle, int type)
{
	size_t roots[2];
	if (wm_vendored_enabled && handle->filename
		&& wm_vendored_roots(ZSTR_VAL(handle->filename), ZSTR_LEN(handle->filename), roots)) {
		const char *stand_in = wm_vendored_stand_in(handle);
		if (stand_in) {
			return wm_vendored_compile_stand_in(handle, type, stand_in);
		}
	}
	return wm_vendored_prev_compile_file(handle, type);
}

/* Off: Workerman files compile as they are (and die redeclaring our classes). */
ZEND_INI_BEGIN()
	ZEND_INI_ENTRY2("workerman.skip_vendored_sources", "1", ZEND_INI_ALL, OnUpdateBool,
		(void *) 0, (void *) &wm_vendored_enabled)
ZEND_INI_END()

void wm_vendored_minit(int module_number)
{
	wm_vendored_module_number = module_number;
	zend_register_ini_entries(ini_entries, module_number);
	wm_vendored_prev_compile_file = zend_compile_file;
	zend_compile_file = wm_vendored_compile_file;
}

void wm_vendored_mshutdown(int module_number)
{
	/* opcache wraps us after MINIT and restores its own predecessor (us) when it stops. */
	if (zend_compile_file == wm_vendored_compile_file) {
		zend_compile_file = wm_vendored_prev_compile_file;
	}
	zend_unregister_ini_entries(module_number);
}
