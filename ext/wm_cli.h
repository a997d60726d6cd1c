/* wm_cli.h: the command-line face of runAll(): argv, commands (start stop restart reload
 * status connections), the start UI and the column widths it shares with the status file,
 * the master's stop log lines; each in the layout of the API profile's Workerman. */
#ifndef WM_CLI_H
#define WM_CLI_H

#include "wm_private.h"
#include "wm_worker.h"

/* Runs the command of argv. SUCCESS: go on starting (start, restart). FAILURE: this
 * process is done (exit pending: usage, stop, status... or an error). */
zend_result wm_cli_parse_command(void);

/* The start table (hidden by -q); call after every Worker was measured. */
void wm_cli_display_ui(void);

/* Widens the UI columns for this Worker (initWorkers). */
void wm_cli_measure_worker(wm_worker_obj *worker);
size_t wm_cli_socket_width(void);
size_t wm_cli_name_width(void);

/* Worker::$eventLoopClass or the native loop's name, as the 4.x UI and status print it. */
const char *wm_cli_event_loop_name(void);
/* 5.x's short loop name of a Worker ("event"), as its UI and status print it. New string. */
zend_string *wm_cli_event_loop_short_name(wm_worker_obj *worker);

/* 5.x getVersionLine(): "Workerman/5.2.2  PHP/8.2.x (JIT off)  Linux/<release>\n". */
void wm_cli_version_line(smart_str *out);

/* Worker::getArgv(): global $argv plus the words of Worker::$command. */
void wm_cli_get_argv(zval *out);

/* Worker::stopAll()'s log lines: $log (may be NULL) and, in the master, "stopping". */
void wm_cli_log_stop_all(bool master, zend_long code, zval *log);
/* 5.x: the master's "received signal SIGINT" line before it stops; nothing under 4.x. */
void wm_cli_log_stop_signal(int signo);

/* wm_status.c: the `status` command's table from the status file at path. */
void wm_status_format(smart_str *out, const char *path);
/* `status --json`: the same data as one JSON document. */
void wm_status_format_json(smart_str *out, const char *path);
/* The `connections` output from the connections file: its text rows, or a JSON array. */
void wm_connections_format(smart_str *out, const char *path, bool json);

#endif
