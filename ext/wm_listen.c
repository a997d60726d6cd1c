/* wm_listen.c: parses listen addresses and opens bound, non-blocking listening sockets
 * (tcp over IPv4/IPv6, udp, unix). Error texts follow PHP's stream_socket_server, whose
 * $errstr Workerman throws as the exception message. No PHP objects are touched here. */
#include "wm_listen.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

/* The host of "host:port" / "[v6]:port"; false on a malformed address (the port: digits,
 * perhaps after a '-', which wm_listen_port() then refuses with its own message). */
static bool wm_listen_split_host(const char *address, char *host, size_t host_len)
{
	const char *colon;
	const char *host_start = address;
	size_t hlen;
	if (address[0] == '[') {
		const char *close = strchr(address, ']');
		if (!close || close[1] != ':') {
			return false;
		}
		host_start = address + 1;
		hlen = (size_t)(close - host_start);
		colon = close + 1;
	} else {
		colon = strrchr(address, ':');
		if (!colon) {
			return false;
		}
		hlen = (size_t)(colon - address);
	}
	size_t plen = strlen(colon + 1);
	if (hlen >= host_len || plen == 0) {
		return false;
	}
	for (const char *p = colon + 1; *p; p++) {
		if ((*p < '0' || *p > '9') && !(p == colon + 1 && *p == '-' && p[1])) {
			return false;
		}
	}
	memcpy(host, host_start, hlen);
	host[hlen] = '\0';
	return true;
}

/* The port of a split "host:port" as getaddrinfo() wants it. PHP's stream_socket_server()
 * binds any number modulo 65536 (99999 listens on 34463, -1 on 65535): refuse what is not a
 * port instead. 0 stays: the kernel picks one, as with PHP. */
static bool wm_listen_port(const char *address, char *port, size_t port_len, char *err, size_t err_len)
{
	const char *text = strrchr(address, ':') + 1;
	unsigned long value = 0;
	for (const char *p = text + (text[0] == '-'); *p && value <= 65535; p++) {
		value = value * 10 + (unsigned long)(*p - '0');
	}
	if (value > 65535 || (text[0] == '-' && value != 0)) {
		snprintf(err, err_len, "Invalid port %s in \"%s\": it must be between 0 and 65535", text, address);
		return false;
	}
	snprintf(port, port_len, "%lu", value);
	return true;
}

bool wm_listen_port_ok(const char *address, char *err, size_t err_len)
{
	const char *colon = strrchr(address, ':');
	if (!colon || !colon[1] || strspn(colon + 1 + (colon[1] == '-'), "0123456789") != strlen(colon + 1 + (colon[1] == '-'))) {
		return true; /* not "host:port": listening will say what is wrong */
	}
	char port[16];
	return wm_listen_port(address, port, sizeof(port), err, err_len);
}

static int wm_listen_finish(int fd, bool stream, const wm_listen_options *opts, char *err, size_t err_len)
{
	if (stream && listen(fd, opts->backlog > 0 ? opts->backlog : 102400) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	int flags = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	return fd;
}

static int wm_listen_unix(const char *path, const wm_listen_options *opts, char *err, size_t err_len)
{
	struct sockaddr_un sun;
	if (strlen(path) >= sizeof(sun.sun_path)) {
		snprintf(err, err_len, "socket path exceeded the maximum allowed length of %zu bytes", sizeof(sun.sun_path) - 1);
		return -1;
	}
	int fd = socket(AF_UNIX, (opts->datagram ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		return -1;
	}
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	strcpy(sun.sun_path, path);
	if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	return wm_listen_finish(fd, !opts->datagram, opts, err, err_len);
}

int wm_listen_open(const char *transport, const char *address, const wm_listen_options *opts,
	char *err, size_t err_len)
{
	if (strcmp(transport, "unix") == 0) {
		return wm_listen_unix(address, opts, err, err_len);
	}
	char host[256], port[16];
	if (!wm_listen_split_host(address, host, sizeof(host))) {
		snprintf(err, err_len, "Failed to parse address \"%s\"", address);
		return -1;
	}
	if (!wm_listen_port(address, port, sizeof(port), err, err_len)) {
		return -1;
	}
	struct addrinfo hints, *res = NULL;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = opts->datagram ? SOCK_DGRAM : SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	int gai = getaddrinfo(host[0] ? host : NULL, port, &hints, &res);
	if (gai != 0 || !res) {
		snprintf(err, err_len, "php_network_getaddresses: getaddrinfo for %s failed: %s", host, gai_strerror(gai));
		return -1;
	}
	int fd = socket(res->ai_family, res->ai_socktype | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		freeaddrinfo(res);
		return -1;
	}
	int one = 1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (opts->reuse_port) {
		setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
	}
	if (res->ai_family == AF_INET6 && opts->ipv6_v6only) {
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
	}
	if (bind(fd, res->ai_addr, res->ai_addrlen) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		close(fd);
		freeaddrinfo(res);
		return -1;
	}
	freeaddrinfo(res);
	if (!opts->datagram) {
		/* Workerman sets these on tcp listeners; accepted sockets inherit them. */
		setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	}
	return wm_listen_finish(fd, !opts->datagram, opts, err, err_len);
}
