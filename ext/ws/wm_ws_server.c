/* wm_ws_server.c: Protocols\Websocket. Placeholder until it lands. */
#include "wm_conn_obj.h"
#include "wm_ws.h"

static void wm_ws_server_dispatch(wm_conn_obj *conn)
{
	wm_conn_destroy(conn);
}

static zend_result wm_ws_server_encode(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty)
{
	*empty = true;
	return SUCCESS;
}

const wm_builtin_proto wm_proto_websocket = { wm_ws_server_dispatch, wm_ws_server_encode, NULL };

void wm_ws_minit(void)
{
	wm_ws_client_minit();
}

void wm_ws_rshutdown(void)
{
}
