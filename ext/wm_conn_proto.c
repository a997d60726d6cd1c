/* wm_conn_proto.c: the out-of-line part of wm_conn_proto.h, what protocols need of a
 * connection beyond its public fields: its PHP object and back, and whether it is a client.
 * Nothing here does I/O or calls PHP. */
#include "wm_conn_obj.h"

const size_t wm_conn_std_offset = XtOffsetOf(wm_conn_obj, std);

/* wm_pub() casts the connection to its first member. */
_Static_assert(XtOffsetOf(wm_conn_obj, pub) == 0, "the public part starts a connection");

wm_conn_obj *wm_conn_of_object(zend_object *obj)
{
	return wm_conn_is_conn(obj) ? wm_conn_from_obj(obj) : NULL;
}

wm_conn_obj *wm_conn_of_zval(zval *zv)
{
	return wm_conn_from_zval(zv);
}

bool wm_conn_is_client(const wm_conn_obj *conn)
{
	return wm_conn_is_async(conn);
}
