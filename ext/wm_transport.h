/* wm_transport.h: how a TcpConnection's bytes cross its socket: a table of operations that
 * plain TCP (wm_conn_io.c) and TLS (ext/tls/) each fill, so the connection never asks which
 * one it has (nginx's c->recv/c->send, swapped by its TLS module). A transport never calls
 * the connection: it answers with return values, or through the host callbacks the
 * connection hands it when a session starts. No PHP, no connection struct in here. */
#ifndef WM_TRANSPORT_H
#define WM_TRANSPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/uio.h>
#include "wm_reactor.h" /* WM_IO_READ / WM_IO_WRITE: the directions a transport waits for */

/* A transport's per-connection state; a session embeds it first. Plain TCP has none of its
 * own: every plain connection points to the one shared wm_transport_plain. */
typedef struct wm_transport {
	const struct wm_transport_ops *ops;
} wm_transport;

/* on_event's outcomes of a handshake step, above the WM_IO_READ/WM_IO_WRITE directions. */
#define WM_TRANSPORT_WAITING 0x100 /* the handshake waits for the socket: re-arm, handle nothing */
#define WM_TRANSPORT_READY 0x200   /* the handshake just completed: onSslHandshake, then read */
#define WM_TRANSPORT_FAILED 0x400  /* the handshake failed (printed): destroy the connection */

typedef struct wm_transport_ops {
	/* readv/writev's contract: bytes moved, -1 with errno (EAGAIN also while a handshake
	 * is pending or the session needs the other direction: the transport then tells the
	 * host to re-arm), 0 from readv at the peer's close. */
	ssize_t (*readv)(wm_transport *t, int fd, struct iovec *iov, int count);
	ssize_t (*writev)(wm_transport *t, int fd, const struct iovec *iov, int count);
	/* The watcher hooks: arm, buffered, on_event. NULL when the transport takes no part in
	 * the watcher (plain TCP): the connection skips them, so the plain path pays a pointer
	 * test per event, not a call.
	 * arm: the directions to watch, given those the connection wants (a pending handshake
	 * watches only the one it waits for; a session waiting on the other direction adds it). */
	uint8_t (*arm)(wm_transport *t, uint8_t want);
	/* After the watcher was armed for reading: true when bytes wait inside the transport
	 * that the socket will not announce (the connection then fires a read itself). */
	bool (*buffered)(const wm_transport *t);
	/* The watcher fired with `what`: the directions the connection handles now (remapped
	 * when the session waited on the other one), or one WM_TRANSPORT_* handshake outcome. */
	int (*on_event)(wm_transport *t, short what);
	/* True until the handshake is complete (send() queues meanwhile). */
	bool (*handshaking)(const wm_transport *t);
	/* Before the fd is closed (socket_open false: it is gone already, no I/O). */
	void (*free)(wm_transport *t, bool socket_open);
	/* A handshake precedes the bytes: doSslHandshake() has one to run. */
	bool handshakes;
	/* Workerman 4.x writes these bytes only from the write watcher: send() queues every
	 * time (and says null), close() leaves queued bytes to the watcher. */
	bool writes_from_watcher;
	/* File replies may leave by sendfile() (the kernel copies the bytes as they are). */
	bool sendfile;
} wm_transport_ops;

/* What a session may ask of its connection (owner, handed over at start). */
typedef struct wm_transport_host {
	/* The session's wants changed (it waits on the other direction): ask arm() again. */
	void (*rearm)(void *owner);
	/* Bytes wait inside the session: a read event on the next loop pass, if reading. */
	void (*wake_read)(void *owner);
} wm_transport_host;

/* Plain TCP (wm_conn_io.c): readv/writev on the fd. */
extern wm_transport wm_transport_plain;

#endif
