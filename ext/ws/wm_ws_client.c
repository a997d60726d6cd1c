/* wm_ws_client.c: Protocols\Ws. Placeholder until it lands. */
#include "wm_conn_obj.h"
#include "wm_ws.h"

static void wm_ws_client_dispatch(wm_conn_obj *conn)
{
	wm_conn_destroy(conn);
}

static zend_result wm_ws_client_encode(wm_conn_obj *conn, zval *data, wm_pieces *out, bool *empty)
{
	*empty = true;
	return SUCCESS;
}

const wm_builtin_proto wm_proto_ws = { wm_ws_client_dispatch, wm_ws_client_encode, NULL };
