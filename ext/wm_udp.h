/* wm_udp.h: UdpConnection (the peer of one datagram) and AsyncUdpConnection (a connected
 * client socket), and what a udp Worker's receive path (wm_udp_listen.c) asks of them. */
#ifndef WM_UDP_H
#define WM_UDP_H

#include <stdbool.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include "wm_private.h"
#include "wm_protocol.h"

extern zend_class_entry *wm_ce_UdpConnection;
extern zend_class_entry *wm_ce_AsyncUdpConnection;

/* Workerman's MAX_UDP_PACKAGE_SIZE: the most one recvfrom() takes. */
#define WM_UDP_MAX 65535
/* Datagrams handled per wake-up: the listener is shared, so this bounds one process's turn. */
#define WM_UDP_BURST 64

/* The receive buffer of the loop's udp reads (a udp Worker's burst, AsyncUdpConnection). */
extern char wm_udp_buf[WM_UDP_MAX];

/* A datagram's sender, room for either family. */
typedef union wm_udp_addr {
	struct sockaddr sa;
	struct sockaddr_in in;
	struct sockaddr_in6 in6;
} wm_udp_addr;

/* Registers the two classes (after ConnectionInterface). */
void wm_udp_minit(void);

/* Request shutdown: stops the read watchers of AsyncUdpConnections left open and gives back
 * the references they hold. */
void wm_udp_rshutdown(void);

/* A UdpConnection for one datagram from peer received on fd (replies leave by fd, which
 * stays the caller's), its protocol property a copy of protocol. A new reference. */
zend_object *wm_udp_conn_new(int fd, const wm_udp_addr *peer, socklen_t peer_len, zval *protocol);
/* Its protocol property (borrowed). */
zval *wm_udp_conn_protocol(zend_object *conn);
/* Protocol::<fn>($arg, $connection) of a user protocol, conn a udp connection; FAILURE: the
 * process is exiting. */
zend_result wm_udp_call_proto(zend_object *conn, zval *protocol, const wm_proto_class *cls,
	zend_function *fn, const char *name, zval *arg, zval *retval);

#endif
