/* wm_http_proto.c: Protocols\Http. Placeholder until the HTTP protocol lands. */
#include "wm_conn_obj.h"
#include "wm_http.h"

static void wm_http_dispatch(wm_conn_obj *conn)
{
	wm_conn_destroy(conn);
}

static zend_result wm_http_encode(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty)
{
	*empty = true;
	return SUCCESS;
}

const wm_builtin_proto wm_proto_http = { wm_http_dispatch, wm_http_encode, NULL };

void wm_http_minit(void)
{
	wm_http_request_minit();
	wm_http_response_minit();
	wm_http_session_minit();
}

void wm_http_rshutdown(void)
{
}
