/* wm_conn_proxy.c: the proxy leg of an outgoing connection (Workerman 5's $proxySocks5 and
 * $proxyHttp on AsyncTcpConnection). Once TCP reaches the proxy: SOCKS5 (RFC 1928, with RFC 1929
 * user/password when given) or HTTP CONNECT, driven by the loop without blocking it, reading
 * exactly the proxy's reply so no byte of the tunnel is lost. Reports to the caller's done hook;
 * never touches PHP. */
#include "wm_conn_obj.h"
#include "wm_conn_proxy.h"
#include "wm_loop.h"
#include "wm_fiber.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

enum wm_proxy_step {
	WM_PROXY_SOCKS_METHOD,  /* wait: VER METHOD */
	WM_PROXY_SOCKS_AUTH,    /* wait: VER STATUS (RFC 1929) */
	WM_PROXY_SOCKS_REPLY,   /* wait: VER REP RSV ATYP BND.ADDR BND.PORT */
	WM_PROXY_HTTP_REPLY     /* wait: the response head */
};

struct wm_proxy {
	wm_conn_obj *conn;            /* borrowed: the connection's owner holds this state */
	wm_proxy_done_fn done;
	void *arg;
	wm_proxy_target target;       /* strings owned */
	uint8_t step;
};

static zend_string *wm_proxy_error(const char *text)
{
	return zend_string_init(text, strlen(text), 0);
}

/* The messages are tiny and the socket just connected: all of it fits, or the proxy is gone. */
static bool wm_proxy_send(wm_proxy *proxy, const char *data, size_t len)
{
	ssize_t n;
	do {
		n = send(proxy->conn->fd, data, len, MSG_NOSIGNAL);
	} while (n < 0 && errno == EINTR);
	return n == (ssize_t) len;
}

/* Peeks at what has arrived: the reply length once complete, 0 while more is needed, -1 on
 * EOF or error. need() answers how long the reply is from its first bytes (0: not known yet). */
static ssize_t wm_proxy_peek(wm_proxy *proxy, char *buf, size_t size, size_t (*need)(const char *, size_t))
{
	ssize_t n;
	do {
		n = recv(proxy->conn->fd, buf, size, MSG_PEEK);
	} while (n < 0 && errno == EINTR);
	if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
		return -1;
	}
	if (n < 0) {
		return 0;
	}
	size_t len = need(buf, (size_t) n);
	return len && len <= (size_t) n ? (ssize_t) len : 0;
}

static void wm_proxy_consume(wm_proxy *proxy, size_t len)
{
	char sink[1024];
	while (len) {
		ssize_t n = recv(proxy->conn->fd, sink, MIN(len, sizeof(sink)), 0);
		if (n <= 0 && errno != EINTR) {
			return;
		}
		len -= n > 0 ? (size_t) n : 0;
	}
}

static size_t wm_proxy_need_two(const char *buf, size_t len)
{
	return 2;
}

static size_t wm_proxy_need_socks_reply(const char *buf, size_t len)
{
	if (len < 5) {
		return 0;
	}
	switch ((unsigned char) buf[3]) {
		case 1: return 4 + 4 + 2;
		case 4: return 4 + 16 + 2;
		case 3: return 4 + 1 + (unsigned char) buf[4] + 2;
		default: return len; /* unknown address type: take what came, REP decides */
	}
}

static size_t wm_proxy_need_http_head(const char *buf, size_t len)
{
	const char *end = zend_memnstr(buf, "\r\n\r\n", 4, buf + len);
	return end ? (size_t) (end - buf) + 4 : 0;
}

static bool wm_proxy_socks_connect(wm_proxy *proxy)
{
	zend_string *host = proxy->target.host;
	size_t host_len = MIN(ZSTR_LEN(host), 255);
	char msg[4 + 1 + 255 + 2];
	msg[0] = 5; msg[1] = 1; msg[2] = 0; msg[3] = 3; /* CONNECT to a domain name */
	msg[4] = (char) host_len;
	memcpy(msg + 5, ZSTR_VAL(host), host_len);
	msg[5 + host_len] = (char) (proxy->target.port >> 8);
	msg[6 + host_len] = (char) (proxy->target.port & 0xff);
	proxy->step = WM_PROXY_SOCKS_REPLY;
	return wm_proxy_send(proxy, msg, 7 + host_len);
}

static bool wm_proxy_socks_auth(wm_proxy *proxy)
{
	zend_string *user = proxy->target.user, *pass = proxy->target.pass;
	size_t user_len = MIN(ZSTR_LEN(user), 255), pass_len = MIN(ZSTR_LEN(pass), 255);
	char msg[3 + 255 + 255];
	msg[0] = 1;
	msg[1] = (char) user_len;
	memcpy(msg + 2, ZSTR_VAL(user), user_len);
	msg[2 + user_len] = (char) pass_len;
	memcpy(msg + 3 + user_len, ZSTR_VAL(pass), pass_len);
	proxy->step = WM_PROXY_SOCKS_AUTH;
	return wm_proxy_send(proxy, msg, 3 + user_len + pass_len);
}

static bool wm_proxy_has_credentials(const wm_proxy *proxy)
{
	return ZSTR_LEN(proxy->target.user) || ZSTR_LEN(proxy->target.pass);
}

/* "Proxy CONNECT failed: <code> <reason>" as Workerman 5 words it; NULL for a 200. */
static zend_string *wm_proxy_http_status(const char *head, size_t len)
{
	if (len < 12 || memcmp(head, "HTTP/", 5) != 0) {
		return NULL; /* 5.x goes on when the reply is not an HTTP status line */
	}
	const char *code = memchr(head, ' ', len);
	if (!code || (size_t) (code - head) + 4 > len) {
		return NULL;
	}
	code++;
	if (memcmp(code, "200", 3) == 0) {
		return NULL;
	}
	const char *reason = code + 3, *line_end = memchr(head, '\r', len);
	while (reason < line_end && *reason == ' ') {
		reason++;
	}
	if (reason >= line_end) {
		return zend_strpprintf(0, "Proxy CONNECT failed: %.3s Proxy CONNECT failed", code);
	}
	return zend_strpprintf(0, "Proxy CONNECT failed: %.3s %.*s", code, (int) (line_end - reason), reason);
}

/* One step on readable: 1 = wait for more, 0 = tunnel up, -1 = failed (*error set). */
static int wm_proxy_step(wm_proxy *proxy, zend_string **error)
{
	char buf[1024];
	ssize_t len = 0;
	switch (proxy->step) {
		case WM_PROXY_SOCKS_METHOD:
			if ((len = wm_proxy_peek(proxy, buf, 2, wm_proxy_need_two)) <= 0) {
				break;
			}
			wm_proxy_consume(proxy, 2);
			if (wm_proxy_has_credentials(proxy)) {
				if (buf[1] != 2) {
					*error = wm_proxy_error("SOCKS5 authentication method negotiation failed");
					return -1;
				}
				return wm_proxy_socks_auth(proxy) ? 1 : -1;
			}
			return wm_proxy_socks_connect(proxy) ? 1 : -1;
		case WM_PROXY_SOCKS_AUTH:
			if ((len = wm_proxy_peek(proxy, buf, 2, wm_proxy_need_two)) <= 0) {
				break;
			}
			wm_proxy_consume(proxy, 2);
			if (buf[1] != 0) {
				*error = wm_proxy_error("SOCKS5 authentication failed");
				return -1;
			}
			return wm_proxy_socks_connect(proxy) ? 1 : -1;
		case WM_PROXY_SOCKS_REPLY:
			if ((len = wm_proxy_peek(proxy, buf, 4 + 1 + 255 + 2, wm_proxy_need_socks_reply)) <= 0) {
				break;
			}
			wm_proxy_consume(proxy, (size_t) len);
			if (buf[1] != 0) {
				*error = zend_strpprintf(0, "SOCKS5 connect to %s:%u failed: reply %d",
					ZSTR_VAL(proxy->target.host), (unsigned) proxy->target.port, (unsigned char) buf[1]);
				return -1;
			}
			return 0;
		case WM_PROXY_HTTP_REPLY:
			if ((len = wm_proxy_peek(proxy, buf, sizeof(buf), wm_proxy_need_http_head)) <= 0) {
				break;
			}
			wm_proxy_consume(proxy, (size_t) len);
			*error = wm_proxy_http_status(buf, (size_t) len);
			return *error ? -1 : 0;
	}
	if (len < 0) {
		*error = wm_proxy_error("proxy closed the connection during its handshake");
		return -1;
	}
	return 1;
}

static void wm_proxy_on_readable(int fd, short what, void *arg)
{
	if (wm_fiber_divert(wm_proxy_on_readable, fd, what, arg)) {
		return; /* Fiber mode: run again inside a fiber */
	}
	wm_proxy *proxy = arg;
	zend_string *error = NULL;
	int rc = wm_proxy_step(proxy, &error);
	if (rc == 1) {
		return; /* still watched */
	}
	if (rc < 0 && !error) {
		error = zend_strpprintf(0, "proxy handshake failed: %s", strerror(errno));
	}
	if (proxy->conn->armed) {
		wm_io_set(&proxy->conn->ev, 0);
		proxy->conn->armed = 0;
	}
	proxy->done(proxy->arg, error); /* frees proxy */
}

static bool wm_proxy_greet(wm_proxy *proxy)
{
	if (proxy->target.kind == WM_PROXY_SOCKS5) {
		static const char anonymous[] = {5, 1, 0}, with_password[] = {5, 2, 0, 2};
		proxy->step = WM_PROXY_SOCKS_METHOD;
		return wm_proxy_has_credentials(proxy) ? wm_proxy_send(proxy, with_password, sizeof(with_password))
			: wm_proxy_send(proxy, anonymous, sizeof(anonymous));
	}
	smart_str req = {0};
	smart_str_append_printf(&req, "CONNECT %s:%u HTTP/1.1\r\nHost: %s:%u\r\n", ZSTR_VAL(proxy->target.host),
		(unsigned) proxy->target.port, ZSTR_VAL(proxy->target.host), (unsigned) proxy->target.port);
	if (ZSTR_LEN(proxy->target.auth)) {
		smart_str_append_printf(&req, "Proxy-Authorization: %s\r\n", ZSTR_VAL(proxy->target.auth));
	}
	smart_str_appends(&req, "Proxy-Connection: keep-alive\r\n\r\n");
	proxy->step = WM_PROXY_HTTP_REPLY;
	bool sent = wm_proxy_send(proxy, ZSTR_VAL(req.s), ZSTR_LEN(req.s));
	smart_str_free(&req);
	return sent;
}

wm_proxy *wm_proxy_start(wm_conn_obj *conn, wm_proxy_target *target, wm_proxy_done_fn done, void *arg)
{
	wm_proxy *proxy = ecalloc(1, sizeof(*proxy));
	proxy->conn = conn;
	proxy->done = done;
	proxy->arg = arg;
	proxy->target = *target; /* takes the strings */
	if (!wm_proxy_greet(proxy)) {
		wm_proxy_free(proxy);
		return NULL;
	}
	if (conn->armed) {
		wm_io_set(&conn->ev, 0);
	}
	wm_io_init(&conn->ev, conn->fd, wm_proxy_on_readable, proxy);
	conn->armed = wm_io_set(&conn->ev, WM_IO_READ) ? WM_IO_READ : 0;
	return proxy;
}

void wm_proxy_free(wm_proxy *proxy)
{
	if (!proxy) {
		return;
	}
	zend_string_release(proxy->target.host);
	zend_string_release(proxy->target.user);
	zend_string_release(proxy->target.pass);
	zend_string_release(proxy->target.auth);
	efree(proxy);
}
