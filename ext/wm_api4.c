/* wm_api4.c: the classes as Workerman 4.x presents them: every generated arginfo header of
 * php-src-stubs compiled with WM_API 4, and the table of its register functions. */
#define WM_API 4
#define WM_API_TABLE_NAME wm_api4_registrars
#include "wm_private.h"
#include "wm_api.h"
#include "ext/json/php_json.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "http/http_parser.h" /* @cvalue of the Http constants */

#include "autoloader_arginfo.h"
#include "event_arginfo.h"
#include "timer_arginfo.h"
#include "connection_arginfo.h"
#include "async_arginfo.h"
#include "udp_arginfo.h"
#include "protocols_arginfo.h"
#include "http_arginfo.h"
#include "http_request_arginfo.h"
#include "http_response_arginfo.h"
#include "http_session_arginfo.h"
#include "websocket_arginfo.h"
#include "ws_arginfo.h"
#include "worker_arginfo.h"

#include "wm_api_table.h"
