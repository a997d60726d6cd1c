/* wm_metrics_counters.c: storage of the counters pointer (see wm_metrics_counters.h) and the
 * door through which the request limit reaches the recycling code above. Calls nothing of
 * its own: the hook is whatever wm_metrics.c set. */
#include "wm_metrics_counters.h"
#include <stddef.h>

static wm_proc_counters wm_local_counters;
wm_proc_counters *wm_counters = &wm_local_counters;
int64_t wm_counters_request_limit = INT64_MAX;

void (*wm_counters_limit_hook)(void);

void wm_counters_request_limit_reached(void)
{
	wm_counters_request_limit = INT64_MAX; /* once: the hook decides what happens next */
	if (wm_counters_limit_hook) {
		wm_counters_limit_hook();
	}
}
