dnl config.m4 for the workerman extension: a native Workerman runtime on libevent.
PHP_ARG_ENABLE([workerman],
  [whether to enable the workerman extension],
  [AS_HELP_STRING([--enable-workerman], [Enable the native Workerman runtime])],
  [no])

if test "$PHP_WORKERMAN" != "no"; then
  if test "$PHP_THREAD_SAFETY" = "yes"; then
    AC_MSG_ERROR([workerman is a forking server runtime and needs a non-thread-safe (NTS) PHP build])
  fi

  PKG_CHECK_MODULES([LIBEVENT], [libevent >= 2.1], [], [
    AC_MSG_ERROR([libevent 2.1 not found: install it with "apt-get install libevent-dev"])
  ])
  PKG_CHECK_MODULES([OPENSSL], [openssl >= 3.0], [], [
    AC_MSG_ERROR([OpenSSL 3 not found: install it with "apt-get install libssl-dev"])
  ])
  PKG_CHECK_MODULES([ZLIB], [zlib], [], [
    AC_MSG_ERROR([zlib not found: install it with "apt-get install zlib1g-dev"])
  ])
  PHP_EVAL_LIBLINE([$LIBEVENT_LIBS], [WORKERMAN_SHARED_LIBADD])
  PHP_EVAL_LIBLINE([$ZLIB_LIBS], [WORKERMAN_SHARED_LIBADD])
  PHP_EVAL_INCLINE([$ZLIB_CFLAGS])
  PHP_EVAL_INCLINE([$LIBEVENT_CFLAGS])
  PHP_EVAL_LIBLINE([$OPENSSL_LIBS], [WORKERMAN_SHARED_LIBADD])
  PHP_EVAL_INCLINE([$OPENSSL_CFLAGS])

  PHP_SUBST([WORKERMAN_SHARED_LIBADD])
  AC_DEFINE([HAVE_WORKERMAN], [1], [Have the workerman extension])

  WORKERMAN_SOURCES="
    ext/wm_module.c
    ext/wm_api.c
    ext/wm_api4.c
    ext/wm_api5.c
    ext/wm_process.c
    ext/wm_call.c
    ext/wm_log.c
    ext/wm_autoloader.c
    ext/wm_vendored.c
    ext/wm_vendored_scan.c
    ext/wm_loop.c
    ext/wm_fiber.c
    ext/wm_timer.c
    ext/wm_timerq.c
    ext/wm_reactor.c
    ext/wm_addr.c
    ext/wm_master.c
    ext/wm_status.c
    ext/wm_metrics.c
    ext/wm_metrics_export.c
    ext/wm_metrics_counters.c
    ext/wm_fork.c
    ext/wm_cli.c
    ext/wm_worker.c
    ext/wm_listen.c
    ext/wm_accept.c
    ext/wm_start_check.c
    ext/wm_buffer.c
    ext/wm_conn.c
    ext/wm_conn_timeout.c
    ext/wm_conn_send.c
    ext/wm_conn_recv.c
    ext/wm_conn_props.c
    ext/wm_conn_methods.c
    ext/wm_udp.c
    ext/wm_udp_async.c
    ext/wm_udp_listen.c
    ext/wm_conn_async.c
    ext/wm_conn_proxy.c
    ext/wm_protocol.c
    ext/wm_conn_proto.c
    ext/proto_text.c
    ext/proto_frame.c
    ext/http/http_parser.c
    ext/ws/ws_frame.c
    ext/ws/ws_handshake.c
    ext/wm_conn_io.c
    ext/http/wm_http_proto.c
    ext/http/wm_http_request.c
    ext/http/wm_http_request_parse.c
    ext/http/wm_http_request_session.c
    ext/http/wm_http_multipart.c
    ext/http/wm_http_response.c
    ext/http/wm_http_render.c
    ext/http/wm_http_header_check.c
    ext/http/wm_http_mime.c
    ext/http/wm_http_session.c
    ext/http/wm_http_session_handlers.c
    ext/ws/wm_ws_server.c
    ext/ws/wm_ws_upgrade.c
    ext/ws/wm_ws_deflate.c
    ext/ws/wm_ws_client.c
    ext/ws/wm_ws_context.c
    ext/tls/wm_tls.c
    ext/protocols/wm_gateway.c
  "
  PHP_NEW_EXTENSION([workerman], [$WORKERMAN_SOURCES], [$ext_shared],, [-Wall -Wno-unused-parameter -fvisibility=hidden -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
  PHP_ADD_INCLUDE([$ext_srcdir/ext/http])
  PHP_ADD_INCLUDE([$ext_srcdir/ext/ws])
  PHP_ADD_INCLUDE([$ext_srcdir/php-src-stubs])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/http])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/ws])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/tls])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext/protocols])
fi
