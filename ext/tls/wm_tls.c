/* wm_tls.c: TLS sessions of connections (see wm_tls.h). Placeholder until the TLS work
 * lands: no connection has conn->tls set yet. */
#include "wm_tls.h"

#include <errno.h>

ssize_t wm_tls_readv(wm_conn_obj *conn, struct iovec *iov, int count)
{
	errno = ENOTSUP;
	return -1;
}

ssize_t wm_tls_writev(wm_conn_obj *conn, const struct iovec *iov, int count)
{
	errno = ENOTSUP;
	return -1;
}

void wm_tls_free(wm_conn_obj *conn)
{
	conn->tls = NULL;
}

void wm_tls_minit(void)
{
}
