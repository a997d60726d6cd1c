/* wm_listen.h: turning "scheme://address" into a bound, non-blocking listening socket. */
#ifndef WM_LISTEN_H
#define WM_LISTEN_H

#include <stdbool.h>
#include <sys/socket.h>

typedef struct wm_listen_options {
	int backlog;
	bool reuse_port;
	bool datagram;     /* udp: bind only */
	bool ipv6_v6only;
} wm_listen_options;

/* Binds transport ("tcp", "udp", "unix") on address ("host:port" or a path). Returns the fd,
 * or -1 with a message in err (errno text included), shaped like PHP's stream_socket_server
 * error so Workerman's wording carries over. */
int wm_listen_open(const char *transport, const char *address, const wm_listen_options *opts,
	char *err, size_t err_len);

/* False, with the message wm_listen_open() would give, when address ends in a port outside
 * 0-65535; true for anything else (runAll() asks before forking: reusePort workers listen
 * only in their own processes, where a refusal would repeat at every respawn). */
bool wm_listen_port_ok(const char *address, char *err, size_t err_len);

#endif
