/* wm_cli.h: the command-line face of runAll(): argv, commands (start stop restart reload
 * status connections), the start UI and the column widths it shares with the status file. */
#ifndef WM_CLI_H
#define WM_CLI_H

#include "wm_private.h"
#include "wm_worker.h"

/* Runs the command of argv. SUCCESS: go on starting (start, restart). FAILURE: this
 * process is done (exit pending: usage, stop, status... or an error). */
zend_result wm_cli_parse_command(void);

/* The 4.2.1 start table (hidden by -q); call after every Worker was measured. */
void wm_cli_display_ui(void);

/* Widens the UI columns for this Worker (initWorkers). */
void wm_cli_measure_worker(wm_worker_obj *worker);
size_t wm_cli_socket_width(void);
size_t wm_cli_name_width(void);

/* Worker::$eventLoopClass or the native loop's name, as the UI and status print it. */
const char *wm_cli_event_loop_name(void);

/* Worker::getArgv(): global $argv plus the words of Worker::$command. */
void wm_cli_get_argv(zval *out);

#endif
