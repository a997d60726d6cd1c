/* wm_api.c: the workerman.api INI setting and the profile it fixes at MINIT. With `auto` the
 * profile follows the workerman/workerman that the app's Composer installed (found from the start
 * script on the command line, since MINIT runs before the CLI reads it), else 4. Reads files
 * only at MINIT; calls nothing above the runtime (the module picks the profile's registrar
 * table, wm_api4.c/wm_api5.c, from wm_api_major). */
#include "wm_private.h"
#include "wm_api.h"
#include "ext/standard/info.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int wm_api_major = 4;
const wm_api_registrars *wm_api_reg; /* chosen by the module (wm_module.c) after wm_api_minit */

static int wm_api_found_major;      /* installed workerman/workerman major, 0 = none */
static char wm_api_found_version[32];
static char wm_api_reason[160];     /* why this profile: shown by phpinfo() */
static char wm_api_mismatch[400];
static HashTable *wm_api_const_arrays[8]; /* freed at MSHUTDOWN */
static int wm_api_const_array_count;

PHP_INI_BEGIN()
	PHP_INI_ENTRY("workerman.api", "auto", PHP_INI_SYSTEM, NULL)
PHP_INI_END()

/* PHP CLI options that take a value (php_cli.c's table): their value is not the script. */
static bool wm_api_short_opt_has_value(char c)
{
	return c && strchr("BcdEFfRrStz", c) != NULL;
}

static bool wm_api_long_opt_has_value(const char *name, size_t len)
{
	static const char *const with_value[] = {"process-begin", "php-ini", "define", "process-end",
		"process-file", "file", "process-code", "run", "server", "docroot", "zend-extension",
		"rf", "rfunction", "rc", "rclass", "re", "rextension", "rz", "rzendextension", "ri",
		"rextinfo", NULL};
	for (int i = 0; with_value[i]; i++) {
		if (strlen(with_value[i]) == len && memcmp(with_value[i], name, len) == 0) {
			return true;
		}
	}
	return false;
}

/* The script the CLI will run: the first argument that is not an option or an option's value,
 * or the value of -f/--file. NULL for -r code, stdin or anything else. */
static const char *wm_api_script_in_argv(char **argv, int argc)
{
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		if (arg[0] != '-' || arg[1] == '\0') {
			return arg;
		}
		if (arg[1] == '-') {
			if (arg[2] == '\0') {
				return NULL; /* "--": the script comes from stdin */
			}
			const char *name = arg + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t) (eq - name) : strlen(name);
			if (len == 4 && memcmp(name, "file", 4) == 0) {
				return eq ? eq + 1 : (i + 1 < argc ? argv[i + 1] : NULL);
			}
			if (!eq && wm_api_long_opt_has_value(name, len)) {
				i++;
			}
			continue;
		}
		if (arg[1] == 'f') {
			return arg[2] ? arg + 2 : (i + 1 < argc ? argv[i + 1] : NULL);
		}
		if (arg[1] == 'r' || arg[1] == 'R' || arg[1] == 'B' || arg[1] == 'E' || arg[1] == 'F') {
			return NULL; /* code on the command line */
		}
		if (wm_api_short_opt_has_value(arg[1]) && arg[2] == '\0') {
			i++;
		}
	}
	return NULL;
}

/* Reads at most max bytes of a file into a malloc()ed, NUL-terminated buffer (NULL if unreadable);
 * plain libc: every buffer is freed before MINIT returns. */
static char *wm_api_read_file(const char *path, size_t max, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		return NULL;
	}
	char *buf = malloc(max + 1);
	*len = buf ? fread(buf, 1, max, fp) : 0;
	fclose(fp);
	if (buf) {
		buf[*len] = '\0';
	}
	return buf;
}

/* The script path from /proc/self/cmdline, made absolute; false when there is none. */
static bool wm_api_find_script(char *out, size_t out_size)
{
	size_t len;
	char *raw = wm_api_read_file("/proc/self/cmdline", 64 * 1024, &len);
	if (!raw) {
		return false;
	}
	char *argv[256];
	int argc = 0;
	for (size_t pos = 0; pos < len && argc < 256; pos += strlen(raw + pos) + 1) {
		argv[argc++] = raw + pos;
	}
	const char *script = wm_api_script_in_argv(argv, argc);
	bool found = script && realpath(script, out) != NULL && strlen(out) < out_size;
	free(raw);
	return found;
}

/* The major of 'workerman/workerman' in a Composer 2 installed.php ('version' => '5.2.2.0'),
 * with its pretty version copied to version_out. 0 when the package is not listed. */
static int wm_api_major_in_installed_php(const char *text, char *version_out, size_t version_size)
{
	const char *pkg = strstr(text, "'workerman/workerman' => array(");
	if (!pkg) {
		return 0;
	}
	const char *pretty = strstr(pkg, "'pretty_version' => '");
	const char *version = strstr(pkg, "'version' => '");
	if (pretty && pretty - pkg < 400) {
		pretty += sizeof("'pretty_version' => '") - 1;
		size_t n = strcspn(pretty, "'");
		snprintf(version_out, version_size, "%.*s", (int) MIN(n, version_size - 1), pretty);
	}
	if (version && version - pkg < 400) {
		version += sizeof("'version' => '") - 1;
		if (*version >= '1' && *version <= '9') {
			return atoi(version);
		}
	}
	/* dev branches: 'dev-master' has no number; the tree layout tells (5.x keeps src/) */
	return -1;
}

/* Looks for vendor/composer/installed.php in the script's directory and each one above it. */
static void wm_api_detect_installed(const char *script)
{
	char dir[PATH_MAX], path[PATH_MAX + 64];
	snprintf(dir, sizeof(dir), "%s", script);
	for (char *slash = strrchr(dir, '/'); slash; slash = strrchr(dir, '/')) {
		*slash = '\0';
		snprintf(path, sizeof(path), "%s/vendor/composer/installed.php", dir);
		size_t len;
		char *text = wm_api_read_file(path, 4 * 1024 * 1024, &len);
		if (!text) {
			continue;
		}
		int major = wm_api_major_in_installed_php(text, wm_api_found_version, sizeof(wm_api_found_version));
		free(text);
		if (major == -1) {
			snprintf(path, sizeof(path), "%s/vendor/workerman/workerman/src/Worker.php", dir);
			major = access(path, R_OK) == 0 ? 5 : 4;
		}
		wm_api_found_major = major;
		return;
	}
}

static void wm_api_set(int major, const char *reason)
{
	wm_api_major = major;
	snprintf(wm_api_reason, sizeof(wm_api_reason), "%s", reason);
}

static void wm_api_resolve(const char *setting)
{
	char script[PATH_MAX];
	if (wm_api_find_script(script, sizeof(script))) {
		wm_api_detect_installed(script);
	}
	bool is_auto = strcmp(setting, "auto") == 0 || setting[0] == '\0';
	if (!is_auto && strcmp(setting, "4") != 0 && strcmp(setting, "5") != 0) {
		php_error_docref(NULL, E_WARNING, "workerman.api must be auto, 4 or 5 (got \"%s\"); using auto", setting);
		is_auto = true;
	}
	if (is_auto) {
		char reason[160];
		if (wm_api_found_major == 4 || wm_api_found_major == 5) {
			snprintf(reason, sizeof(reason), "auto: Composer installed workerman/workerman %s", wm_api_found_version);
			wm_api_set(wm_api_found_major, reason);
		} else {
			wm_api_set(4, "auto: no workerman/workerman installed by Composer");
		}
		return;
	}
	wm_api_set(setting[0] - '0', "workerman.api");
	if (wm_api_found_major && wm_api_found_major != wm_api_major) {
		snprintf(wm_api_mismatch, sizeof(wm_api_mismatch),
			"workerman.api=%d but Composer installed workerman/workerman %s: set workerman.api=%d (or auto) to match it",
			wm_api_major, wm_api_found_version, wm_api_found_major);
	}
}

void wm_api_minit(int type, int module_number)
{
	REGISTER_INI_ENTRIES();
	wm_api_resolve(INI_STR("workerman.api"));
}

void wm_api_mshutdown(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
	/* The class constants hold these without a reference count, so nothing else frees them. */
	for (int i = 0; i < wm_api_const_array_count; i++) {
		zend_hash_destroy(wm_api_const_arrays[i]);
		pefree(wm_api_const_arrays[i], 1);
	}
	wm_api_const_array_count = 0;
}

zend_array *wm_api_persistent_array(const wm_api_const_pair *pairs, size_t count)
{
	ZEND_ASSERT(wm_api_const_array_count < (int) (sizeof(wm_api_const_arrays) / sizeof(wm_api_const_arrays[0])));
	HashTable *ht = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(ht, count, NULL, NULL, 1);
	for (size_t i = 0; i < count; i++) {
		zval value;
		ZVAL_INTERNED_STR(&value, zend_string_init_interned(pairs[i].value, strlen(pairs[i].value), 1));
		if (pairs[i].skey) {
			zend_string *key = zend_string_init_interned(pairs[i].skey, strlen(pairs[i].skey), 1);
			zend_hash_add_new(ht, key, &value);
		} else {
			zend_hash_index_add_new(ht, pairs[i].ikey, &value);
		}
	}
	GC_SET_REFCOUNT(ht, 2);
	GC_ADD_FLAGS(ht, IS_ARRAY_IMMUTABLE | GC_NOT_COLLECTABLE);
	wm_api_const_arrays[wm_api_const_array_count++] = ht;
	return ht;
}

void wm_api_declare_array_const(zend_class_entry *ce, const char *name, const wm_api_const_pair *pairs, size_t count)
{
	zval constant;
	Z_ARR(constant) = wm_api_persistent_array(pairs, count);
	Z_TYPE_INFO(constant) = IS_ARRAY;
	zend_declare_class_constant_ex(ce, zend_string_init_interned(name, strlen(name), 1), &constant, ZEND_ACC_PUBLIC, NULL);
}

const char *wm_api_version(void)
{
	return wm_api_major == 5 ? "5.2.2" : "4.2.1";
}

int wm_api_installed_major(void)
{
	return wm_api_found_major;
}

const char *wm_api_mismatch_line(void)
{
	return wm_api_mismatch[0] ? wm_api_mismatch : NULL;
}

void wm_api_minfo(void)
{
	char row[256];
	snprintf(row, sizeof(row), "%d (Workerman %s; %s)", wm_api_major, wm_api_version(), wm_api_reason);
	php_info_print_table_row(2, "API profile", row);
}
