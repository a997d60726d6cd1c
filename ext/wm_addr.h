/* wm_addr.h: socket addresses as Workerman prints them, and its getters' cuts of them
 * (getRemoteIp, getLocalPort ...). Shared by TcpConnection, UdpConnection and the
 * listener; no sockets are opened or read here beyond getsockname(). */
#ifndef WM_ADDR_H
#define WM_ADDR_H

#include <stdbool.h>
#include <sys/socket.h>
#include "wm_private.h"

/* "ip:port", "[v6]:port" (PHP's stream_socket_get_name() form, which Workerman keeps), the
 * path for unix; without the port when with_port is false. Returns the bytes written. */
size_t wm_addr_format(const struct sockaddr *addr, socklen_t len, char *out, size_t out_len,
	bool with_port);

/* wm_addr_format() with the port, as a new string. */
zend_string *wm_addr_string(const struct sockaddr *addr, socklen_t len);

/* getLocalAddress(): the name of fd as a new string; '' when fd < 0 or it has none. */
zend_string *wm_addr_local(int fd);

/* getRemoteIp()/getLocalIp(): what comes before the last ':' of address, a new string; ''
 * when there is no ':' or it is the first byte (PHP's `if ($pos)`). unbracket trims '[' and
 * ']' off both ends (UdpConnection's getRemoteIp()). */
zend_string *wm_addr_ip(const zend_string *address, bool unbracket);

/* getLocalPort(): the integer after the last ':'; 0 when there is none or it is first. */
zend_long wm_addr_port(const zend_string *address);

#endif
