/* wm_tls.h: the TLS transport (transport 'ssl'): server contexts from a Worker's `ssl`
 * context options, client sessions for AsyncTcpConnection, and sessions that fill the
 * transport table of wm_transport.h (readv/writev, handshake steps, watcher wants).
 * OpenSSL works straight on the fd (no BIO pairs, no bufferevents): bytes go from SSL_read
 * into our read buffers and from the queued strings into SSL_write. Knows no connection:
 * its callers pass what it needs and act on what it returns. */
#ifndef WM_TLS_H
#define WM_TLS_H

#include "wm_private.h"
#include "wm_transport.h"

struct wm_tls_server;

/* A Worker's server contexts built from its stream context options ($worker->context,
 * whose 'ssl' entry is read). Built before fork where possible, so forked workers share the
 * session-ticket keys. A failure is kept (and printed by each handshake, which then fails):
 * never NULL. */
struct wm_tls_server *wm_tls_server_new(zval *context);
void wm_tls_server_free(struct wm_tls_server *srv);

/* At accept: a server session on fd, handshake pending (its steps run from on_event).
 * host/owner: how the session asks its connection to re-arm or read (wm_transport.h). */
wm_transport *wm_tls_server_session(struct wm_tls_server *srv, int fd, const wm_transport_host *host, void *owner);

/* AsyncTcpConnection after connect: a client session from context['ssl'] (SNI and name
 * check: peer_name, else host) in *out, and the first handshake step: WM_TRANSPORT_READY,
 * _WAITING or _FAILED (printed as Workerman does; *out is set then too, the caller
 * destroys). */
int wm_tls_client_start(wm_transport **out, int fd, zval *context_option, zend_string *host,
	const wm_transport_host *th, void *owner);

void wm_tls_minit(void);

#endif
