/* wm_tls.c: the TLS transport (see wm_tls.h): SSL_CTXs built from PHP's `ssl` context
 * options, the handshake step run from the connection's watcher with Workerman's failure
 * output, and readv/writev through SSL_read/SSL_write on the fd itself. Never calls PHP
 * nor the connection (outcomes are return values, wishes go through the host callbacks);
 * never closes the fd. */
#include "wm_tls.h"
#include "wm_log.h"
#include "wm_process.h"
#include "wm_timerq.h"
#include <event2/event.h>

#include <errno.h>
#include <string.h>
#include <arpa/inet.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

/* Small queued pieces are gathered into one record (one encryption, one write()) up to
 * this size: a pipelined batch of small replies costs a record per 16 KiB, not per reply. */
#define WM_TLS_RECORD 16384
#define WM_TLS_PFX "stream_socket_enable_crypto(): "

enum { WM_TLS_HANDSHAKE = 0, WM_TLS_READY = 1, WM_TLS_FAILED = 2 };

struct wm_tls {
	wm_transport base;        /* first: the connection holds &base */
	const wm_transport_host *host;
	void *owner;              /* the connection, handed back to host */
	SSL *ssl;                 /* NULL: the Worker's context could not be built */
	const char *ctx_error;    /* then why (owned by the Worker's wm_tls_server) */
	uint8_t state;
	uint8_t hs_want;          /* WM_IO_READ/WM_IO_WRITE the pending handshake waits for */
	uint8_t read_wants_write : 1;
	uint8_t write_wants_read : 1;
	uint8_t eof : 1;          /* close_notify seen after data: report EOF next read */
	uint8_t is_client : 1;
	uint8_t verify_name : 1;  /* client: check the peer name after the handshake */
	uint8_t fatal : 1;        /* a fatal error: no close_notify may follow */
	uint8_t need_cert : 1;    /* server with verify_peer: PHP refuses a client without one */
	uint8_t read_once : 1;    /* SSL_read returned bytes before */
	uint8_t warm : 1;         /* in wm_tls_warm[warm_slot]: keeps its record buffers */
	uint8_t used : 1;         /* warm: bytes moved since the last sweep */
	uint16_t warm_slot;
	char *peer_name;          /* client: the name checked (emalloc'd) */
};

/* One per ssl Worker: the default context, the SNI_server_certs ones, or the error. */
typedef struct wm_tls_sni {
	char *name;
	SSL_CTX *ctx;
} wm_tls_sni;

typedef struct wm_tls_server {
	SSL_CTX *ctx;
	wm_tls_sni *sni;
	uint32_t sni_count;
	bool verify_peer;
	char *error;
} wm_tls_server;

static char wm_tls_stage[WM_TLS_RECORD];

/* Record buffers of busy sessions. With SSL_MODE_RELEASE_BUFFERS, OpenSSL frees a session's
 * read buffer (64 KiB here) and write buffer (~17 KiB) after each read and write that leaves
 * them empty, and allocates them again for the next one: two malloc/free pairs per batch,
 * ~1,200 instructions, 77 per request of a 16-request pipelined batch. So up to
 * WM_TLS_WARM_MAX sessions that read a second time keep their buffers (the mode cleared; a
 * connection with one request never does), and a sweep every second frees those of the
 * sessions that moved no bytes since the previous one and gives them the mode back: an idle
 * connection holds no buffers after 1-2 s, and a worker holds at most WM_TLS_WARM_MAX x ~82
 * KiB for its busiest sessions. The sweep is an entry of the process's timer queue
 * (wm_timerq.c: nothing per loop turn), queued only while some session is warm, so an idle
 * worker never wakes for it and a loop with nothing else to wait for still ends. */
#define WM_TLS_WARM_MAX 128
#define WM_TLS_SWEEP_NS 1000000000u
static struct wm_tls *wm_tls_warm[WM_TLS_WARM_MAX];
static uint32_t wm_tls_warm_count;
static wm_timerq_entry wm_tls_sweep_entry;
static bool wm_tls_warm_safe;
/* Session-ticket keys made once in the master (MINIT): every worker process, also those
 * that build their context after fork (reusePort), and every reload accepts the tickets. */
static unsigned char wm_tls_ticket_keys[80];
static bool wm_tls_ticket_keys_ok;

/* ---- options ------------------------------------------------------------------------ */

static zval *wm_tls_opt(HashTable *opts, const char *name)
{
	return opts ? zend_hash_str_find_deref(opts, name, strlen(name)) : NULL;
}

static bool wm_tls_opt_bool(HashTable *opts, const char *name, bool dflt)
{
	zval *v = wm_tls_opt(opts, name);
	return v ? zend_is_true(v) : dflt;
}

/* A string option (NULL when unset or empty). */
static const char *wm_tls_opt_str(HashTable *opts, const char *name)
{
	zval *v = wm_tls_opt(opts, name);
	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : NULL;
}

/* context['ssl'] of a stream-context option array. */
static HashTable *wm_tls_ssl_options(zval *context)
{
	if (!context || Z_TYPE_P(context) != IS_ARRAY) {
		return NULL;
	}
	zval *ssl = zend_hash_str_find_deref(Z_ARRVAL_P(context), "ssl", 3);
	return ssl && Z_TYPE_P(ssl) == IS_ARRAY ? Z_ARRVAL_P(ssl) : NULL;
}

/* PHP's verify callback: chain result, allow_self_signed for a lone self-signed leaf. */
static int wm_tls_verify_self_signed(int ok, X509_STORE_CTX *store)
{
	if (!ok && X509_STORE_CTX_get_error(store) == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT) {
		return 1;
	}
	return ok;
}

/* "OpenSSL Error messages:\n<e1>\n<e2>" as PHP words it, draining the error queue. */
static void wm_tls_append_errors(smart_str *out)
{
	unsigned long code;
	bool first = true;
	char buf[256];
	while ((code = ERR_get_error()) != 0) {
		ERR_error_string_n(code, buf, sizeof(buf));
		smart_str_appends(out, first ? "OpenSSL Error messages:\n" : "\n");
		smart_str_appends(out, buf);
		first = false;
	}
}

static bool wm_tls_load_cert(SSL_CTX *ctx, const char *cert, const char *pk, const char *passphrase, smart_str *err)
{
	if (passphrase) {
		SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)passphrase);
	}
	bool ok = false;
	if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1) {
		smart_str_append_printf(err, WM_TLS_PFX "Unable to set local cert chain file `%s'; Check that your cafile/capath settings include details of your certificate and its issuer", cert);
	} else if (SSL_CTX_use_PrivateKey_file(ctx, pk ? pk : cert, SSL_FILETYPE_PEM) != 1) {
		smart_str_append_printf(err, WM_TLS_PFX "Unable to set private key file `%s'", pk ? pk : cert);
	} else if (SSL_CTX_check_private_key(ctx) != 1) {
		smart_str_appends(err, WM_TLS_PFX "Private key does not match certificate!");
	} else {
		ok = true;
	}
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	ERR_clear_error();
	return ok;
}

/* The options both sides share: verification, ciphers, protocol floor, modes. */
static SSL_CTX *wm_tls_ctx_new(HashTable *opts, bool server, smart_str *err)
{
	SSL_CTX *ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
	if (!ctx) {
		smart_str_appends(err, WM_TLS_PFX "SSL context creation failure");
		return NULL;
	}
	SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
	SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_IGNORE_UNEXPECTED_EOF | SSL_OP_NO_RENEGOTIATION
		| (wm_tls_opt_bool(opts, "honor_cipher_order", false) ? SSL_OP_CIPHER_SERVER_PREFERENCE : 0)
		| (wm_tls_opt_bool(opts, "no_ticket", false) ? SSL_OP_NO_TICKET : 0));
	/* Partial writes: SSL_write reports each record as it leaves, so the send queue is
	 * consumed as the socket takes bytes; moving buffer: a retry may come from a new
	 * iovec. Release buffers: an idle connection holds no record buffers (busy ones keep
	 * theirs for a while: wm_tls_warm). */
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER
		| SSL_MODE_RELEASE_BUFFERS);
	/* One read() takes whatever the socket holds (up to 64 KiB, like a plain read), not a
	 * 5-byte header then the body. */
	SSL_CTX_set_read_ahead(ctx, 1);
	SSL_CTX_set_default_read_buffer_len(ctx, 65536);
	const char *ciphers = wm_tls_opt_str(opts, "ciphers");
	if (ciphers && SSL_CTX_set_cipher_list(ctx, ciphers) != 1) {
		smart_str_appends(err, WM_TLS_PFX "Failed setting cipher list");
		SSL_CTX_free(ctx);
		return NULL;
	}
	const char *curve = wm_tls_opt_str(opts, "ecdh_curve");
	if (curve) {
		SSL_CTX_set1_groups_list(ctx, curve);
	}
	zval *level = wm_tls_opt(opts, "security_level");
	if (level) {
		SSL_CTX_set_security_level(ctx, (int)zval_get_long(level));
	}
	/* PHP: clients verify by default, servers only when asked (then a client certificate
	 * is requested and checked if sent). */
	if (wm_tls_opt_bool(opts, "verify_peer", !server)) {
		const char *cafile = wm_tls_opt_str(opts, "cafile");
		const char *capath = wm_tls_opt_str(opts, "capath");
		if (cafile || capath) {
			if (SSL_CTX_load_verify_locations(ctx, cafile, capath) != 1) {
				smart_str_append_printf(err, "failed loading cafile stream: `%s'", cafile ? cafile : capath);
				ERR_clear_error();
				SSL_CTX_free(ctx);
				return NULL;
			}
		} else {
			SSL_CTX_set_default_verify_paths(ctx);
		}
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER,
			wm_tls_opt_bool(opts, "allow_self_signed", false) ? wm_tls_verify_self_signed : NULL);
		zval *depth = wm_tls_opt(opts, "verify_depth");
		if (depth) {
			SSL_CTX_set_verify_depth(ctx, (int)zval_get_long(depth));
		}
	} else {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	}
	return ctx;
}

/* ---- server contexts ------------------------------------------------------------------- */

static bool wm_tls_name_matches(const char *pattern, const char *name)
{
	if (strcasecmp(pattern, name) == 0) {
		return true;
	}
	/* "*.example.com" covers one label. */
	if (pattern[0] == '*' && pattern[1] == '.') {
		const char *dot = strchr(name, '.');
		return dot && dot != name && strcasecmp(pattern + 1, dot) == 0;
	}
	return false;
}

static int wm_tls_servername(SSL *ssl, int *alert, void *arg)
{
	wm_tls_server *srv = arg;
	const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
	if (!name) {
		return SSL_TLSEXT_ERR_NOACK;
	}
	for (uint32_t i = 0; i < srv->sni_count; i++) {
		if (wm_tls_name_matches(srv->sni[i].name, name)) {
			SSL_set_SSL_CTX(ssl, srv->sni[i].ctx);
			return SSL_TLSEXT_ERR_OK;
		}
	}
	return SSL_TLSEXT_ERR_NOACK;
}

/* SNI_server_certs: name => 'file.pem' (certificate and key) or name => ['local_cert' =>,
 * 'local_pk' =>, 'passphrase' =>]. */
static bool wm_tls_add_sni(wm_tls_server *srv, HashTable *opts, HashTable *certs, smart_str *err)
{
	zend_string *name;
	zval *entry;
	srv->sni = ecalloc(zend_hash_num_elements(certs), sizeof(wm_tls_sni));
	ZEND_HASH_FOREACH_STR_KEY_VAL(certs, name, entry) {
		ZVAL_DEREF(entry);
		if (!name) {
			continue;
		}
		const char *cert = NULL, *pk = NULL, *pass = wm_tls_opt_str(opts, "passphrase");
		if (Z_TYPE_P(entry) == IS_STRING) {
			cert = Z_STRVAL_P(entry);
		} else if (Z_TYPE_P(entry) == IS_ARRAY) {
			cert = wm_tls_opt_str(Z_ARRVAL_P(entry), "local_cert");
			pk = wm_tls_opt_str(Z_ARRVAL_P(entry), "local_pk");
			if (wm_tls_opt_str(Z_ARRVAL_P(entry), "passphrase")) {
				pass = wm_tls_opt_str(Z_ARRVAL_P(entry), "passphrase");
			}
		}
		if (!cert) {
			smart_str_append_printf(err, WM_TLS_PFX "Failed setting local cert chain file for SNI name `%s'", ZSTR_VAL(name));
			return false;
		}
		SSL_CTX *ctx = wm_tls_ctx_new(opts, true, err);
		if (!ctx) {
			return false;
		}
		wm_tls_sni *slot = &srv->sni[srv->sni_count++];
		slot->ctx = ctx;
		slot->name = estrndup(ZSTR_VAL(name), ZSTR_LEN(name));
		if (!wm_tls_load_cert(ctx, cert, pk, pass, err)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool wm_tls_server_build(wm_tls_server *srv, HashTable *opts, smart_str *err)
{
	srv->verify_peer = wm_tls_opt_bool(opts, "verify_peer", false);
	srv->ctx = wm_tls_ctx_new(opts, true, err);
	if (!srv->ctx) {
		return false;
	}
	/* Resumption by stateless tickets only (TLS 1.2 and 1.3), keys shared by all processes:
	 * no per-process session cache to fill, lock and expire. One TLS 1.3 ticket per
	 * handshake (OpenSSL sends two by default). */
	static const unsigned char sid_ctx[] = "workerman";
	SSL_CTX_set_session_id_context(srv->ctx, sid_ctx, sizeof(sid_ctx) - 1);
	SSL_CTX_set_session_cache_mode(srv->ctx, SSL_SESS_CACHE_OFF);
	SSL_CTX_set_num_tickets(srv->ctx, 1);
	if (wm_tls_ticket_keys_ok) {
		SSL_CTX_set_tlsext_ticket_keys(srv->ctx, wm_tls_ticket_keys, sizeof(wm_tls_ticket_keys));
	}
	const char *cert = wm_tls_opt_str(opts, "local_cert");
	if (cert && !wm_tls_load_cert(srv->ctx, cert, wm_tls_opt_str(opts, "local_pk"), wm_tls_opt_str(opts, "passphrase"), err)) {
		return false;
	}
	zval *certs = wm_tls_opt(opts, "SNI_server_certs");
	if (wm_tls_opt_bool(opts, "SNI_enabled", true) && certs && Z_TYPE_P(certs) == IS_ARRAY) {
		if (!wm_tls_add_sni(srv, opts, Z_ARRVAL_P(certs), err)) {
			return false;
		}
		SSL_CTX_set_tlsext_servername_callback(srv->ctx, wm_tls_servername);
		SSL_CTX_set_tlsext_servername_arg(srv->ctx, srv);
	} else if (!cert) {
		/* PHP's server without a certificate fails every handshake this way. */
		smart_str_appends(err, WM_TLS_PFX "SSL_R_NO_SHARED_CIPHER: no suitable shared cipher could be used.  This could be because the server is missing an SSL certificate (local_cert context option)");
		return false;
	}
	return true;
}

void wm_tls_server_free(wm_tls_server *srv)
{
	SSL_CTX_free(srv->ctx);
	for (uint32_t i = 0; i < srv->sni_count; i++) {
		SSL_CTX_free(srv->sni[i].ctx);
		efree(srv->sni[i].name);
	}
	if (srv->sni) {
		efree(srv->sni);
	}
	if (srv->error) {
		efree(srv->error);
	}
	efree(srv);
}

struct wm_tls_server *wm_tls_server_new(zval *context)
{
	wm_tls_server *srv = ecalloc(1, sizeof(*srv));
	smart_str err = {0};
	if (!wm_tls_server_build(srv, wm_tls_ssl_options(context), &err)) {
		SSL_CTX_free(srv->ctx);
		srv->ctx = NULL;
		smart_str_0(&err);
		srv->error = estrdup(err.s ? ZSTR_VAL(err.s) : "SSL context creation failure");
	}
	smart_str_free(&err);
	return srv;
}

/* ---- sessions ----------------------------------------------------------------------------- */

static const wm_transport_ops wm_tls_ops;

static struct wm_tls *wm_tls_new(int fd, SSL_CTX *ctx, const wm_transport_host *host, void *owner)
{
	struct wm_tls *tls = ecalloc(1, sizeof(*tls));
	tls->base.ops = &wm_tls_ops;
	tls->host = host;
	tls->owner = owner;
	tls->hs_want = WM_IO_READ;
	if (ctx) {
		tls->ssl = SSL_new(ctx);
		if (tls->ssl) {
			SSL_set_fd(tls->ssl, fd);
		}
	}
	return tls;
}

wm_transport *wm_tls_server_session(wm_tls_server *srv, int fd, const wm_transport_host *host, void *owner)
{
	struct wm_tls *tls = wm_tls_new(fd, srv ? srv->ctx : NULL, host, owner);
	if (tls->ssl) {
		SSL_set_accept_state(tls->ssl);
		tls->need_cert = srv->verify_peer;
	} else {
		tls->ctx_error = srv && srv->error ? srv->error : "SSL context creation failure";
	}
	return &tls->base;
}

/* ---- record buffers of busy sessions (see wm_tls_warm) ---------------------------------- */

static void wm_tls_sweep(wm_timerq_entry *entry, uint64_t now);

/* A session read for the second time: it keeps its buffers from now on, if there is room. */
static void wm_tls_warm_up(struct wm_tls *tls)
{
	if (!tls->read_once) {
		tls->read_once = 1;
		return;
	}
	if (wm_tls_warm_count == WM_TLS_WARM_MAX || !wm_tls_warm_safe) {
		return;
	}
	if (!wm_timerq_queued(&wm_tls_sweep_entry)) {
		wm_timerq_entry_init(&wm_tls_sweep_entry, wm_tls_sweep);
		wm_timerq_arm(&wm_tls_sweep_entry, wm_timerq_now() + WM_TLS_SWEEP_NS);
	}
	tls->warm = 1;
	tls->used = 1;
	tls->warm_slot = (uint16_t)wm_tls_warm_count;
	wm_tls_warm[wm_tls_warm_count++] = tls;
	SSL_clear_mode(tls->ssl, SSL_MODE_RELEASE_BUFFERS);
}

/* Out of the warm set (the last one takes its slot); the sweep goes with the last. */
static void wm_tls_warm_remove(struct wm_tls *tls)
{
	struct wm_tls *last = wm_tls_warm[--wm_tls_warm_count];
	wm_tls_warm[tls->warm_slot] = last;
	last->warm_slot = tls->warm_slot;
	tls->warm = 0;
	if (!wm_tls_warm_count) {
		wm_timerq_cancel(&wm_tls_sweep_entry);
	}
}

static void wm_tls_sweep(wm_timerq_entry *entry, uint64_t now)
{
	for (uint32_t i = 0; i < wm_tls_warm_count;) {
		struct wm_tls *tls = wm_tls_warm[i];
		if (tls->used) {
			tls->used = 0;
			i++;
			continue;
		}
		/* A record half read or half written keeps its buffers until a later sweep. */
		if (SSL_has_pending(tls->ssl) || !SSL_free_buffers(tls->ssl)) {
			i++;
			continue;
		}
		SSL_set_mode(tls->ssl, SSL_MODE_RELEASE_BUFFERS);
		wm_tls_warm_remove(tls); /* slot i now holds the last one: look at it next */
	}
	if (wm_tls_warm_count) {
		wm_timerq_arm(entry, now + WM_TLS_SWEEP_NS);
	}
}

/* OpenSSL_version_num(): 0xMNN00PP0 (major, minor, patch). */
static bool wm_tls_free_buffers_safe(unsigned long v)
{
	unsigned long minor = (v >> 20) & 0xff, patch = (v >> 4) & 0xff;
	if (v >> 28 != 3) {
		return v >> 28 > 3;
	}
	static const unsigned long fixed_in[] = {14, 6, 2, 1}; /* 3.0 .. 3.3 */
	return minor > 3 || patch >= fixed_in[minor];
}

static bool wm_tls_handshaking(const wm_transport *t)
{
	return ((const struct wm_tls *)t)->state != WM_TLS_READY;
}

static void wm_tls_free(wm_transport *t, bool socket_open)
{
	struct wm_tls *tls = (struct wm_tls *)t;
	if (tls->warm) {
		wm_tls_warm_remove(tls);
	}
	if (tls->ssl) {
		if (tls->state == WM_TLS_READY && !tls->fatal && socket_open) {
			/* Workerman's fclose() of a crypto stream sends close_notify too. */
			SSL_shutdown(tls->ssl);
		}
		SSL_free(tls->ssl);
		ERR_clear_error();
	}
	if (tls->peer_name) {
		efree(tls->peer_name);
	}
	efree(tls);
}

/* ---- handshake ------------------------------------------------------------------------ */

/* Workerman: "SSL handshake error: <PHP warning text> \n", unless daemonized. PHP's text
 * starts with the function name (WM_TLS_PFX), except for a cafile that does not load. */
static void wm_tls_print_failure(const char *msg, size_t len)
{
	if (wm_process_daemonized()) {
		return;
	}
	smart_str out = {0};
	smart_str_appends(&out, "SSL handshake error: ");
	smart_str_appendl(&out, msg, len);
	smart_str_appends(&out, " \n");
	smart_str_0(&out);
	wm_safe_echo(ZSTR_VAL(out.s), ZSTR_LEN(out.s), false);
	smart_str_free(&out);
}

/* PHP's handling of a failed SSL call (xp_ssl.c): the message it warns with, or none. */
static void wm_tls_report(SSL *ssl, int rc, int err)
{
	smart_str msg = {0};
	if (err == SSL_ERROR_ZERO_RETURN) {
		ERR_clear_error();
		return;
	}
	if (err == SSL_ERROR_SYSCALL && ERR_peek_error() == 0) {
		if (rc != 0 && errno) {
			smart_str_append_printf(&msg, WM_TLS_PFX "SSL: %s", strerror(errno));
		}
	} else {
		unsigned long code = ERR_peek_error();
		if (ERR_GET_REASON(code) == SSL_R_NO_SHARED_CIPHER) {
			smart_str_appends(&msg, WM_TLS_PFX "SSL_R_NO_SHARED_CIPHER: no suitable shared cipher could be used.  This could be because the server is missing an SSL certificate (local_cert context option)");
		} else {
			smart_str_append_printf(&msg, WM_TLS_PFX "SSL operation failed with code %d. ", err);
			wm_tls_append_errors(&msg);
		}
	}
	ERR_clear_error();
	if (msg.s) {
		wm_tls_print_failure(ZSTR_VAL(msg.s), ZSTR_LEN(msg.s));
		smart_str_free(&msg);
	}
}

/* PHP checks the peer name itself after the handshake (SAN, then CN) and words it so. */
static bool wm_tls_check_peer_name(struct wm_tls *tls)
{
	X509 *peer = SSL_get1_peer_certificate(tls->ssl);
	if (!peer) {
		wm_tls_print_failure(WM_TLS_PFX "Could not get peer certificate", sizeof(WM_TLS_PFX "Could not get peer certificate") - 1);
		return false;
	}
	const char *name = tls->peer_name;
	unsigned char ip[16];
	bool is_ip = inet_pton(AF_INET, name, ip) == 1 || inet_pton(AF_INET6, name, ip) == 1;
	GENERAL_NAMES *san = X509_get_ext_d2i(peer, NID_subject_alt_name, NULL, NULL);
	int ok;
	smart_str msg = {0};
	if (san) {
		/* PHP 8: a certificate with subjectAltName is matched on it alone. */
		GENERAL_NAMES_free(san);
		ok = is_ip ? X509_check_ip_asc(peer, name, 0)
			: X509_check_host(peer, name, 0, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, NULL);
		if (ok != 1) {
			smart_str_append_printf(&msg, WM_TLS_PFX "Peer certificate subjectAltName did not match expected name `%s'", name);
		}
	} else {
		char cn[256];
		ok = X509_check_host(peer, name, 0, X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT, NULL);
		if (ok != 1 && X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, cn, sizeof(cn)) < 0) {
			smart_str_appends(&msg, WM_TLS_PFX "Unable to locate peer certificate CN");
		} else if (ok != 1) {
			smart_str_append_printf(&msg, WM_TLS_PFX "Peer certificate CN=`%s' did not match expected CN=`%s'", cn, name);
		}
	}
	if (msg.s) {
		wm_tls_print_failure(ZSTR_VAL(msg.s), ZSTR_LEN(msg.s));
		smart_str_free(&msg);
	}
	X509_free(peer);
	ERR_clear_error();
	return ok == 1;
}

/* One handshake step: 1 done, 0 waiting (hs_want set), -1 failed (printed). */
static int wm_tls_handshake_step(struct wm_tls *tls)
{
	if (!tls->ssl) {
		wm_tls_print_failure(tls->ctx_error, strlen(tls->ctx_error));
		return -1;
	}
	int rc = SSL_do_handshake(tls->ssl);
	if (rc == 1) {
		if (tls->need_cert && !SSL_get0_peer_certificate(tls->ssl)) {
			wm_tls_print_failure(WM_TLS_PFX "Could not get peer certificate", sizeof(WM_TLS_PFX "Could not get peer certificate") - 1);
			return -1;
		}
		if (tls->verify_name && !wm_tls_check_peer_name(tls)) {
			return -1;
		}
		tls->state = WM_TLS_READY;
		return 1;
	}
	int err = SSL_get_error(tls->ssl, rc);
	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
		tls->hs_want = err == SSL_ERROR_WANT_READ ? WM_IO_READ : WM_IO_WRITE;
		return 0;
	}
	wm_tls_report(tls->ssl, rc, err);
	return -1;
}

/* A pending handshake takes one step; a live session maps "it wanted the other direction"
 * back to the operation waiting for it. */
static int wm_tls_on_event(wm_transport *t, short what)
{
	struct wm_tls *tls = (struct wm_tls *)t;
	if (UNEXPECTED(tls->state != WM_TLS_READY)) {
		if (tls->state == WM_TLS_FAILED) {
			return 0;
		}
		int rc = wm_tls_handshake_step(tls);
		if (rc == 0) {
			return WM_TRANSPORT_WAITING;
		}
		if (rc < 0) {
			tls->state = WM_TLS_FAILED;
			return WM_TRANSPORT_FAILED;
		}
		return WM_TRANSPORT_READY;
	}
	if (tls->read_wants_write && (what & WM_IO_WRITE)) {
		tls->read_wants_write = 0;
		what |= WM_IO_READ;
	}
	if (tls->write_wants_read && (what & WM_IO_READ)) {
		tls->write_wants_read = 0;
		what |= WM_IO_WRITE;
	}
	return what;
}

static uint8_t wm_tls_arm(wm_transport *t, uint8_t want)
{
	const struct wm_tls *tls = (const struct wm_tls *)t;
	if (tls->state != WM_TLS_READY) {
		return tls->state == WM_TLS_HANDSHAKE ? tls->hs_want : 0;
	}
	if (tls->read_wants_write) {
		want |= WM_IO_WRITE;
	}
	if (tls->write_wants_read) {
		want |= WM_IO_READ;
	}
	return want;
}

/* Plaintext already decrypted inside the session, or a close seen after data: the socket
 * will not say so. */
static bool wm_tls_buffered(const wm_transport *t)
{
	const struct wm_tls *tls = (const struct wm_tls *)t;
	return tls->ssl && tls->state == WM_TLS_READY && (SSL_has_pending(tls->ssl) || tls->eof);
}

/* ---- client ----------------------------------------------------------------------------- */

int wm_tls_client_start(wm_transport **out, int fd, zval *context_option, zend_string *host,
	const wm_transport_host *th, void *owner)
{
	HashTable *opts = wm_tls_ssl_options(context_option);
	smart_str err = {0};
	SSL_CTX *ctx = wm_tls_ctx_new(opts, false, &err);
	if (ctx) {
		const char *cert = wm_tls_opt_str(opts, "local_cert");
		if (cert && !wm_tls_load_cert(ctx, cert, wm_tls_opt_str(opts, "local_pk"), wm_tls_opt_str(opts, "passphrase"), &err)) {
			SSL_CTX_free(ctx);
			ctx = NULL;
		}
	}
	struct wm_tls *tls = wm_tls_new(fd, ctx, th, owner);
	SSL_CTX_free(ctx); /* the session holds its own reference */
	tls->is_client = 1;
	*out = &tls->base;
	if (!tls->ssl) {
		smart_str_0(&err);
		if (err.s) {
			wm_tls_print_failure(ZSTR_VAL(err.s), ZSTR_LEN(err.s));
		}
		smart_str_free(&err);
		tls->state = WM_TLS_FAILED;
		return WM_TRANSPORT_FAILED;
	}
	const char *peer_name = wm_tls_opt_str(opts, "peer_name");
	if (peer_name) {
		tls->peer_name = estrdup(peer_name);
	} else if (ZSTR_LEN(host) > 2 && ZSTR_VAL(host)[0] == '[') {
		tls->peer_name = estrndup(ZSTR_VAL(host) + 1, ZSTR_LEN(host) - 2); /* [v6] literal */
	} else {
		tls->peer_name = estrdup(ZSTR_VAL(host));
	}
	unsigned char ip[16];
	bool literal = inet_pton(AF_INET, tls->peer_name, ip) == 1 || inet_pton(AF_INET6, tls->peer_name, ip) == 1;
	if (wm_tls_opt_bool(opts, "SNI_enabled", true) && !literal && tls->peer_name[0]) {
		SSL_set_tlsext_host_name(tls->ssl, tls->peer_name);
	}
	tls->verify_name = wm_tls_opt_bool(opts, "verify_peer_name", true);
	SSL_set_connect_state(tls->ssl);
	int rc = wm_tls_handshake_step(tls);
	if (rc < 0) {
		tls->state = WM_TLS_FAILED;
		return WM_TRANSPORT_FAILED;
	}
	return rc > 0 ? WM_TRANSPORT_READY : WM_TRANSPORT_WAITING;
}

/* ---- bytes ------------------------------------------------------------------------------- */

/* A failed SSL_read/SSL_write after the handshake: -1 with errno, or 0 at a clean close. */
static ssize_t wm_tls_io_error(struct wm_tls *tls, int rc, bool reading)
{
	int err = SSL_get_error(tls->ssl, rc);
	switch (err) {
		case SSL_ERROR_WANT_READ:
			if (!reading) {
				tls->write_wants_read = 1;
			}
			errno = EAGAIN;
			return -1;
		case SSL_ERROR_WANT_WRITE:
			if (reading) {
				tls->read_wants_write = 1;
			}
			errno = EAGAIN;
			return -1;
		case SSL_ERROR_ZERO_RETURN:
			ERR_clear_error();
			if (reading) {
				return 0;
			}
			errno = EPIPE;
			return -1;
		default: {
			int saved = errno;
			tls->fatal = 1;
			ERR_clear_error();
			errno = err == SSL_ERROR_SYSCALL && saved ? saved : ECONNRESET;
			return -1;
		}
	}
}

static ssize_t wm_tls_readv(wm_transport *t, int fd, struct iovec *iov, int count)
{
	struct wm_tls *tls = (struct wm_tls *)t;
	if (tls->state != WM_TLS_READY) {
		errno = EAGAIN;
		return -1;
	}
	if (tls->eof) {
		return 0;
	}
	size_t total = 0;
	for (int i = 0; i < count; i++) {
		char *p = iov[i].iov_base;
		size_t left = iov[i].iov_len;
		while (left) {
			int n = SSL_read(tls->ssl, p, left > INT_MAX ? INT_MAX : (int)left);
			if (n > 0) {
				if (UNEXPECTED(!tls->warm)) {
					wm_tls_warm_up(tls);
				}
				tls->used = 1;
				p += n;
				left -= (size_t)n;
				total += (size_t)n;
				/* The session holds nothing more and the record was not a full one: the
				 * socket is most likely drained, so skip the read() that would say EAGAIN
				 * (the watcher is level-triggered if it is not). */
				if (!SSL_has_pending(tls->ssl) && n < WM_TLS_RECORD) {
					return (ssize_t)total;
				}
				continue;
			}
			ssize_t rc = wm_tls_io_error(tls, n, true);
			if (total == 0) {
				if (rc < 0 && errno == EAGAIN && tls->read_wants_write) {
					tls->host->rearm(tls->owner);
				}
				return rc;
			}
			if (rc == 0 || errno != EAGAIN) {
				tls->eof = 1; /* deliver what came first, then the close */
				tls->host->wake_read(tls->owner);
			} else if (tls->read_wants_write) {
				tls->host->rearm(tls->owner);
			}
			return (ssize_t)total;
		}
	}
	/* Buffers full: what the session still holds arrives on the next pass. */
	if (SSL_has_pending(tls->ssl)) {
		tls->host->wake_read(tls->owner);
	}
	return (ssize_t)total;
}

/* One SSL_write; returns bytes taken (>0) or the -1/errno of wm_tls_io_error. */
static ssize_t wm_tls_write_one(struct wm_tls *tls, const char *buf, size_t len)
{
	int n = SSL_write(tls->ssl, buf, len > INT_MAX ? INT_MAX : (int)len);
	if (n > 0) {
		tls->used = 1;
		return n;
	}
	ssize_t rc = wm_tls_io_error(tls, n, false);
	if (rc < 0 && errno == EAGAIN && tls->write_wants_read) {
		tls->host->rearm(tls->owner);
	}
	return rc;
}

/* Copies the pieces from (*at, *off) into wm_tls_stage, up to one record, and moves
 * (*at, *off) past what it copied; returns the bytes copied. */
static size_t wm_tls_gather(const struct iovec *iov, int count, int *at, size_t *off)
{
	size_t len = 0;
	int i = *at;
	size_t from = *off;
	while (i < count) {
		size_t take = iov[i].iov_len - from;
		if (take > WM_TLS_RECORD - len) {
			take = WM_TLS_RECORD - len; /* the record is full inside this piece */
			memcpy(wm_tls_stage + len, (const char *)iov[i].iov_base + from, take);
			from += take;
			len += take;
			break;
		}
		memcpy(wm_tls_stage + len, (const char *)iov[i].iov_base + from, take);
		len += take;
		i++;
		from = 0;
	}
	*at = i;
	*off = from;
	return len;
}

/* Small pieces are gathered into one record (a pipelined batch of replies: one copy each,
 * one SSL_write); a piece of half a record or more, or the last one, is written from its
 * own memory. A retry after EAGAIN starts at the same byte (the queue was consumed by
 * exactly what was reported), so OpenSSL's rule that a retried write repeats the pending
 * bytes holds (SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER: from wherever they are now). */
static ssize_t wm_tls_writev(wm_transport *t, int fd, const struct iovec *iov, int count)
{
	struct wm_tls *tls = (struct wm_tls *)t;
	if (tls->state != WM_TLS_READY) {
		errno = EAGAIN; /* send() before the handshake: queued, flushed after it */
		return -1;
	}
	size_t total = 0;
	int i = 0;
	size_t off = 0;
	while (i < count) {
		size_t rest = iov[i].iov_len - off;
		if (rest == 0) {
			i++;
			off = 0;
			continue;
		}
		if (rest >= WM_TLS_RECORD / 2 || i + 1 == count) {
			ssize_t n = wm_tls_write_one(tls, (const char *)iov[i].iov_base + off, rest);
			if (n < 0) {
				return total ? (ssize_t)total : -1;
			}
			total += (size_t)n;
			off += (size_t)n; /* partial writes: one record at a time, the rest next pass */
			if (off == iov[i].iov_len) {
				i++;
				off = 0;
			}
			continue;
		}
		int next = i;
		size_t next_off = off;
		size_t len = wm_tls_gather(iov, count, &next, &next_off);
		ssize_t n = wm_tls_write_one(tls, wm_tls_stage, len);
		if (n < 0) {
			return total ? (ssize_t)total : -1;
		}
		total += (size_t)n;
		if ((size_t)n == len) { /* always: the gathered bytes are one record */
			i = next;
			off = next_off;
			continue;
		}
		for (size_t adv = (size_t)n; adv;) {
			size_t left = iov[i].iov_len - off;
			if (adv < left) {
				off += adv;
				break;
			}
			adv -= left;
			i++;
			off = 0;
		}
	}
	return (ssize_t)total;
}

/* TLS: 4.x queues every ssl send() and writes it from the write watcher; a file reply goes
 * through SSL_write in pieces, never sendfile(). */
static const wm_transport_ops wm_tls_ops = {
	.readv = wm_tls_readv,
	.writev = wm_tls_writev,
	.arm = wm_tls_arm,
	.buffered = wm_tls_buffered,
	.on_event = wm_tls_on_event,
	.handshaking = wm_tls_handshaking,
	.free = wm_tls_free,
	.handshakes = true,
	.writes_from_watcher = true,
	.sendfile = false,
};

void wm_tls_minit(void)
{
	OPENSSL_init_ssl(0, NULL);
	wm_tls_warm_safe = wm_tls_free_buffers_safe(OpenSSL_version_num());
	wm_tls_ticket_keys_ok = RAND_bytes(wm_tls_ticket_keys, sizeof(wm_tls_ticket_keys)) == 1;
}
