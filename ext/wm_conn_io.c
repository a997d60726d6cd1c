/* wm_conn_io.c: the one place a TcpConnection's bytes cross the socket: readv/writev on
 * the fd, or through the connection's TLS session (ext/tls/) when conn->tls is set. */
#include "wm_conn_obj.h"
#include "tls/wm_tls.h"

#include <sys/uio.h>

ssize_t wm_conn_io_readv(wm_conn_obj *conn, struct iovec *iov, int count)
{
	if (conn->tls) {
		return wm_tls_readv(conn, iov, count);
	}
	return readv(conn->fd, iov, count);
}

ssize_t wm_conn_io_writev(wm_conn_obj *conn, const struct iovec *iov, int count)
{
	if (conn->tls) {
		return wm_tls_writev(conn, iov, count);
	}
	return writev(conn->fd, iov, count);
}
