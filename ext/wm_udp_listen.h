/* wm_udp_listen.h: a udp Worker's listener is read, not accepted: the datagram receive path. */
#ifndef WM_UDP_LISTEN_H
#define WM_UDP_LISTEN_H

#include <stdbool.h>
#include "wm_worker.h"

/* True when fd is a datagram socket: a udp Worker's listener is read, not accepted. */
bool wm_udp_is_datagram(int fd);

/* WM_IO_READ on a udp Worker's listener (arg: its wm_worker_obj): receives a bounded burst of
 * datagrams and dispatches each to the Worker's onMessage as Workerman 4 does. */
void wm_udp_on_readable(int fd, short what, void *arg);

/* Worker::acceptUdpConnection() of 4.x: one datagram from fd (any udp socket; replies go
 * back through it) dispatched as the Worker's; false when none was waiting. */
bool wm_udp_receive_one(wm_worker_obj *worker, int fd);

#endif
