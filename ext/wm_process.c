/* wm_process.c: the process state every layer reads (wm_process.h) and the hooks the process
 * model registers at MINIT. Calls nothing of the extension but those hooks: a lower layer that
 * needs the master to act asks here, and never includes wm_master.h. */
#include "wm_process.h"

wm_process_state wm_process = {.status = WM_STATUS_STARTING};

static wm_process_hooks wm_process_hook;

void wm_process_set_hooks(const wm_process_hooks *hooks)
{
	wm_process_hook = *hooks;
}

/* On its way out (exit, stopAll): no more PHP runs (wm_exiting(), wm_private.h). */
bool wm_process_exiting;

void wm_process_stop_all(zend_long code, zval *log)
{
	if (wm_process_hook.stop_all) {
		wm_process_hook.stop_all(code, log);
	}
}

bool wm_process_daemonized(void)
{
	return wm_process_hook.daemonized && wm_process_hook.daemonized();
}

/* Only a worker that is stopping with a drain and not yet exiting cares; the flags are read
 * before getpid() so the common case costs no syscall. */
void wm_process_connections_drained(void)
{
	if (wm_process.status != WM_STATUS_SHUTDOWN || !wm_process_drains() || wm_process_exiting
			|| wm_process_in_master()) {
		return;
	}
	if (wm_process_hook.drained) {
		wm_process_hook.drained();
	}
}
