/* wm_module.c: the module entry. MINIT fixes the API profile and picks its registrar table, then
 * registers each area's classes in dependency order and wires the hooks the upper areas give
 * the lower ones; MINFO reports the profile and the versions of the extension, libevent
 * and OpenSSL. */
#include "wm_private.h"
#include "php_workerman.h"
#include "wm_api.h"
#include "wm_autoloader.h"
#include "wm_vendored.h"
#include "wm_udp.h"
#include "wm_conn.h"
#include "http/wm_http.h"
#include "ws/wm_ws.h"
#include "tls/wm_tls.h"
#include "protocols/wm_gateway.h"
#include "wm_conn_timeout.h"
#include "wm_fiber.h"
#include "wm_log.h"
#include "ext/standard/info.h"

#include <event2/event.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

static PHP_MINIT_FUNCTION(workerman)
{
	wm_api_minit(type, module_number);
	wm_api_reg = wm_api_major == 5 ? &wm_api5_registrars : &wm_api4_registrars;
	wm_autoloader_minit();
	wm_vendored_minit(module_number);
	wm_loop_minit();
	wm_fiber_minit();
	wm_timer_minit();
	wm_conn_minit(module_number);
	wm_udp_minit();
	wm_async_minit();
	wm_protocol_minit();
	wm_http_minit();
	wm_ws_minit();
	wm_gateway_minit(module_number);
	wm_tls_minit();
	wm_tmo_minit();
	wm_worker_minit();
	wm_log_set_settings_class(wm_ce_Worker); /* Worker::$logFile, $logFileMaxSize */
	wm_master_minit(); /* the process model's hooks into the layers below (wm_process.h) */
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(workerman)
{
	wm_vendored_mshutdown(module_number);
	wm_log_mshutdown();
	wm_fiber_mshutdown();
	wm_http_response_mshutdown();
	wm_api_mshutdown(type, module_number);
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(workerman)
{
#if defined(ZTS) && defined(COMPILE_DL_WORKERMAN)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	wm_conn_rinit();
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(workerman)
{
	wm_async_rshutdown();
	wm_ws_rshutdown();
	wm_http_rshutdown();
	wm_conn_rshutdown();
	wm_master_rshutdown();
	wm_worker_rshutdown();
	wm_timer_rshutdown();
	wm_fiber_rshutdown();
	wm_udp_rshutdown();
	wm_loop_rshutdown();
	wm_autoloader_rshutdown();
	return SUCCESS;
}

static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(workerman)
{
	wm_loop_post_deactivate();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(workerman)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "workerman support", "enabled");
	php_info_print_table_row(2, "extension version", PHP_WORKERMAN_VERSION);
	wm_api_minfo();
	php_info_print_table_row(2, "libevent version (compiled)", LIBEVENT_VERSION);
	php_info_print_table_row(2, "libevent version (runtime)", event_get_version());
	php_info_print_table_row(2, "OpenSSL version (compiled)", OPENSSL_VERSION_TEXT);
	php_info_print_table_row(2, "OpenSSL version (runtime)", OpenSSL_version(OPENSSL_VERSION));
	php_info_print_table_end();
}

static const zend_module_dep workerman_deps[] = {
	ZEND_MOD_OPTIONAL("pcntl")
	ZEND_MOD_OPTIONAL("posix")
	ZEND_MOD_END
};

zend_module_entry workerman_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	workerman_deps,
	"workerman",
	NULL,
	PHP_MINIT(workerman),
	PHP_MSHUTDOWN(workerman),
	PHP_RINIT(workerman),
	PHP_RSHUTDOWN(workerman),
	PHP_MINFO(workerman),
	PHP_WORKERMAN_VERSION,
	NO_MODULE_GLOBALS,
	ZEND_MODULE_POST_ZEND_DEACTIVATE_N(workerman),
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_WORKERMAN
ZEND_GET_MODULE(workerman)
#endif
