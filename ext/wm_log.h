/* wm_log.h: Worker::log() and Worker::safeEcho(). */
#ifndef WM_LOG_H
#define WM_LOG_H

/* Appends "Y-m-d H:i:s pid:<pid> <msg>\n" to Worker::$logFile (cut to its second half past
 * $logFileMaxSize) and echoes msg unless daemonized. */
void wm_log(const char *msg, size_t len);
void wm_logf(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* Writes to stdout (or the redirected stdoutFile); colour tags become ANSI codes on a tty. */
void wm_safe_echo(const char *msg, size_t len, bool decorated);

/* The stream safeEcho writes to instead of stdout, asked at each write (Workerman 5's
 * Worker::$outputStream, which the app may replace at any time). The Worker layer sets it;
 * a NULL answer means stdout. */
typedef struct _php_stream *(*wm_output_stream_fn)(void);
void wm_log_set_output_stream_hook(wm_output_stream_fn fn);

/* wm_log() whose echo keeps colour tags as safeEcho($msg, true) does (Worker::log of 5.x). */
void wm_log_ex(const char *msg, size_t len, bool decorated);

/* The class whose static properties hold the log settings ($logFile, $logFileMaxSize):
 * Worker, registered by the module at MINIT once the class exists. */
void wm_log_set_settings_class(zend_class_entry *ce);

/* Worker::$logFile, or workerman.log beside the start file when unset. New string. */
zend_string *wm_log_file_path(void);

/* The outermost script, absolute (Workerman's start file). */
zend_string *wm_start_file(void);

/* Appends text (or a number) left-aligned in a column of width: the start UI and the
 * status/connections tables of Workerman 4.2.1. */
void wm_str_pad(smart_str *out, const char *text, size_t len, size_t width);
void wm_str_pad_long(smart_str *out, zend_long value, size_t width);

#endif
