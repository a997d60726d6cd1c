/* wm_log.c: Worker::log() and Worker::safeEcho(), the start file and the default log path.
 * Writes go straight to fds (stdout is dup2'd onto stdoutFile when daemonized), never
 * through PHP streams, so logging works from any callback and never throws. The settings are
 * statics of the class registered at MINIT (Worker), daemon mode is asked of wm_process.h. */
#include "wm_private.h"
#include "wm_log.h"
#include "wm_process.h"
#include "ext/date/php_date.h"
#include "ext/standard/php_filestat.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static zend_string *wm_start_file_path;
static zend_class_entry *wm_log_settings_ce;

void wm_log_set_settings_class(zend_class_entry *ce)
{
	wm_log_settings_ce = ce;
}

/* A log setting as the app left it (read at each write: the app may change it any time). */
static zval *wm_log_setting(const char *name, size_t len)
{
	return wm_log_settings_ce ? wm_static_prop(wm_log_settings_ce, name, len) : NULL;
}

zend_string *wm_start_file(void)
{
	if (!wm_start_file_path) {
		const char *script = SG(request_info).path_translated;
		char resolved[MAXPATHLEN];
		if (!script) {
			script = "";
		}
		if (VCWD_REALPATH(script, resolved)) {
			script = resolved;
		}
		wm_start_file_path = zend_string_init(script, strlen(script), 1);
	}
	return wm_start_file_path;
}

/* Worker::$logFile, defaulting (5.x) to workerman.log beside the start file. */
zend_string *wm_log_file_path(void)
{
	zval *prop = wm_log_setting("logFile", sizeof("logFile") - 1);
	if (prop && Z_TYPE_P(prop) == IS_STRING && Z_STRLEN_P(prop) > 0) {
		return zend_string_copy(Z_STR_P(prop));
	}
	zend_string *start = wm_start_file();
	const char *slash = strrchr(ZSTR_VAL(start), '/');
	size_t dir_len = slash ? (size_t)(slash - ZSTR_VAL(start)) : 1;
	return zend_string_concat2(slash ? ZSTR_VAL(start) : ".", dir_len, "/workerman.log", sizeof("/workerman.log") - 1);
}

static bool wm_stdout_is_tty(void)
{
	return isatty(STDOUT_FILENO) == 1;
}

static void wm_write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			return;
		}
		data += n;
		len -= (size_t)n;
	}
}

static void wm_replace_tags(smart_str *out, const char *msg, size_t len, bool tty)
{
	static const char *tags[] = {"<n>", "<w>", "<g>", "</n>", "</w>", "</g>"};
	static const char *codes[] = {"\033[1A\n\033[K", "\033[47;30m", "\033[32;40m", "\033[0m", "\033[0m", "\033[0m"};
	size_t i = 0;
	while (i < len) {
		bool matched = false;
		if (msg[i] == '<') {
			for (int t = 0; t < 6; t++) {
				size_t tag_len = strlen(tags[t]);
				if (i + tag_len <= len && memcmp(msg + i, tags[t], tag_len) == 0) {
					if (tty) {
						smart_str_appends(out, codes[t]);
					}
					i += tag_len;
					matched = true;
					break;
				}
			}
		}
		if (!matched) {
			smart_str_appendc(out, msg[i]);
			i++;
		}
	}
}

static wm_output_stream_fn wm_output_stream_hook;

void wm_log_set_output_stream_hook(wm_output_stream_fn fn)
{
	wm_output_stream_hook = fn;
}

/* An app-chosen stream (5.x): tags are stripped unless it is a terminal; 5.x writes decorated
 * messages too, without colours, where 4.x drops them. */
static void wm_safe_echo_to_stream(php_stream *stream, const char *msg, size_t len)
{
	int fd = -1;
	bool tty = php_stream_can_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT) == SUCCESS
		&& php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **) &fd, 0) == SUCCESS && isatty(fd);
	smart_str out = {0};
	wm_replace_tags(&out, msg, len, tty);
	if (out.s) {
		php_stream_write(stream, ZSTR_VAL(out.s), ZSTR_LEN(out.s));
		php_stream_flush(stream);
	}
	smart_str_free(&out);
}

void wm_safe_echo(const char *msg, size_t len, bool decorated)
{
	php_stream *stream = wm_output_stream_hook ? wm_output_stream_hook() : NULL;
	if (stream) {
		wm_safe_echo_to_stream(stream, msg, len);
		return;
	}
	bool tty = wm_stdout_is_tty();
	if (decorated && !tty) {
		return;
	}
	if (decorated) {
		wm_write_all(STDOUT_FILENO, msg, len);
		return;
	}
	smart_str out = {0};
	wm_replace_tags(&out, msg, len, tty);
	if (out.s) {
		wm_write_all(STDOUT_FILENO, ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	}
	smart_str_free(&out);
}

/* Workerman 5: a log over $logFileMaxSize keeps its second half, cut after a newline.
 * Runs under the LOCK_EX of the append, so concurrent writers never interleave. */
static void wm_log_truncate(int fd, const char *path, off_t size)
{
	char *tmp_path;
	zend_spprintf(&tmp_path, 0, "%s.tmp", path);
	int tmp = open(tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (tmp < 0) {
		efree(tmp_path);
		return;
	}
	char buf[8192];
	off_t pos = size / 2;
	bool found_newline = false;
	ssize_t n;
	while ((n = pread(fd, buf, sizeof(buf), pos)) > 0) {
		ssize_t start = 0;
		if (!found_newline) {
			char *nl = memchr(buf, '\n', (size_t)n);
			if (!nl) {
				pos += n;
				continue;
			}
			found_newline = true;
			start = nl - buf + 1;
		}
		wm_write_all(tmp, buf + start, (size_t)(n - start));
		pos += n;
	}
	close(tmp);
	rename(tmp_path, path);
	efree(tmp_path);
}

static void wm_log_append(const char *msg, size_t len)
{
	zend_string *path = wm_log_file_path();
	zend_string *date = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, time(NULL), 1);
	smart_str entry = {0};
	smart_str_append(&entry, date);
	smart_str_append_printf(&entry, " pid:%d ", (int)getpid());
	smart_str_appendl(&entry, msg, len);
	smart_str_appendc(&entry, '\n');
	int fd = open(ZSTR_VAL(path), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	if (fd >= 0) {
		flock(fd, LOCK_EX);
		wm_write_all(fd, ZSTR_VAL(entry.s), ZSTR_LEN(entry.s));
		zval *max = wm_log_setting("logFileMaxSize", sizeof("logFileMaxSize") - 1);
		zend_long max_size = max ? zval_get_long(max) : 0;
		struct stat st;
		if (max_size > 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > max_size) {
			wm_log_truncate(fd, ZSTR_VAL(path), st.st_size);
		}
		flock(fd, LOCK_UN);
		close(fd);
	}
	smart_str_free(&entry);
	zend_string_release(date);
	zend_string_release(path);
}

/* Workerman 4's log(): the message as given plus a newline, echoed unless daemonized. */
void wm_str_pad(smart_str *out, const char *text, size_t len, size_t width)
{
	smart_str_appendl(out, text, len);
	for (size_t i = len; i < width; i++) {
		smart_str_appendc(out, ' ');
	}
}

void wm_str_pad_long(smart_str *out, zend_long value, size_t width)
{
	char buf[32];
	int len = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, value);
	wm_str_pad(out, buf, (size_t)len, width);
}

void wm_log_ex(const char *msg, size_t len, bool decorated)
{
	if (!wm_process_daemonized()) {
		smart_str line = {0};
		smart_str_appendl(&line, msg, len);
		smart_str_appendc(&line, '\n');
		smart_str_0(&line);
		wm_safe_echo(ZSTR_VAL(line.s), ZSTR_LEN(line.s), decorated);
		smart_str_free(&line);
	}
	wm_log_append(msg, len);
}

void wm_log(const char *msg, size_t len)
{
	wm_log_ex(msg, len, false);
}

void wm_logf(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *msg = zend_vstrpprintf(0, format, args);
	va_end(args);
	wm_log(ZSTR_VAL(msg), ZSTR_LEN(msg));
	zend_string_release(msg);
}

ZEND_METHOD(Workerman_Worker, log)
{
	zval *msg;
	bool decorated = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(msg)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(decorated)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *text = zval_try_get_string(msg);
	if (!text) {
		RETURN_THROWS();
	}
	wm_log_ex(ZSTR_VAL(text), ZSTR_LEN(text), decorated);
	zend_string_release(text);
}

ZEND_METHOD(Workerman_Worker, safeEcho)
{
	zval *msg;
	bool decorated = false;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(msg)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(decorated)
	ZEND_PARSE_PARAMETERS_END();
	zend_string *text = zval_try_get_string(msg);
	if (!text) {
		RETURN_THROWS();
	}
	if (decorated && !wm_stdout_is_tty() && !(wm_output_stream_hook && wm_output_stream_hook())) {
		zend_string_release(text);
		RETURN_FALSE;
	}
	wm_safe_echo(ZSTR_VAL(text), ZSTR_LEN(text), decorated);
	zend_string_release(text);
	RETURN_TRUE;
}


void wm_log_mshutdown(void)
{
	if (wm_start_file_path) {
		zend_string_free(wm_start_file_path);
		wm_start_file_path = NULL;
	}
}
