/* wm_addr.c: formats socket addresses and cuts ip and port out of them the way Workerman's
 * connection getters do, for TcpConnection, UdpConnection and the listener alike.
 * Calls only libc (inet_ntop, getsockname); no PHP callbacks, no I/O on the socket. */
#include "wm_addr.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/un.h>

size_t wm_addr_format(const struct sockaddr *addr, socklen_t len, char *out, size_t out_len,
	bool with_port)
{
	char ip[INET6_ADDRSTRLEN];
	int n = 0;
	if (addr->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)addr;
		inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
		n = with_port ? snprintf(out, out_len, "%s:%d", ip, ntohs(in->sin_port)) : snprintf(out, out_len, "%s", ip);
	} else if (addr->sa_family == AF_INET6) {
		/* PHP names IPv6 peers "[ip]:port"; Workerman keeps that form. */
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)addr;
		inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof(ip));
		n = with_port ? snprintf(out, out_len, "[%s]:%d", ip, ntohs(in6->sin6_port)) : snprintf(out, out_len, "[%s]", ip);
	} else if (addr->sa_family == AF_UNIX) {
		const struct sockaddr_un *un = (const struct sockaddr_un *)addr;
		size_t path_len = len > offsetof(struct sockaddr_un, sun_path) ? strnlen(un->sun_path, len - offsetof(struct sockaddr_un, sun_path)) : 0;
		n = snprintf(out, out_len, "%.*s", (int)path_len, un->sun_path);
	} else if (out_len) {
		out[0] = '\0';
	}
	if (n < 0) {
		n = 0;
	}
	return (size_t)n < out_len ? (size_t)n : out_len - 1;
}

/* Room for "[v6]:port" and for a whole sun_path (108 bytes). */
#define WM_ADDR_TEXT 128

zend_string *wm_addr_string(const struct sockaddr *addr, socklen_t len)
{
	char text[WM_ADDR_TEXT];
	size_t n = wm_addr_format(addr, len, text, sizeof(text), true);
	return zend_string_init(text, n, 0);
}

zend_string *wm_addr_local(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	if (fd < 0 || getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	return wm_addr_string((struct sockaddr *)&ss, len);
}

zend_string *wm_addr_ip(const zend_string *address, bool unbracket)
{
	const char *s = ZSTR_VAL(address);
	const char *end = zend_memrchr(s, ':', ZSTR_LEN(address));
	if (!end || end == s) {
		return ZSTR_EMPTY_ALLOC();
	}
	while (unbracket && s < end && (*s == '[' || *s == ']')) {
		s++;
	}
	while (unbracket && end > s && (end[-1] == '[' || end[-1] == ']')) {
		end--;
	}
	return zend_string_init(s, (size_t)(end - s), 0);
}

zend_long wm_addr_port(const zend_string *address)
{
	const char *colon = zend_memrchr(ZSTR_VAL(address), ':', ZSTR_LEN(address));
	return colon && colon != ZSTR_VAL(address) ? ZEND_STRTOL(colon + 1, NULL, 10) : 0;
}
