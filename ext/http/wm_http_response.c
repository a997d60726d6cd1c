/* wm_http_response.c: placeholder until it lands (see wm_http.h for what it owns). */
#include "wm_http.h"

void wm_http_response_minit(void)
{
}
