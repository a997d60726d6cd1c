/* wm_buffer.h: the connection's receive buffer and send queue. Knows no protocol, no PHP
 * callbacks: bytes and zend_string references only. Both exist only while they hold data,
 * so an idle connection owns neither. */
#ifndef WM_BUFFER_H
#define WM_BUFFER_H

#include "wm_private.h"
#include <sys/uio.h>

/* Receive buffer: unread bytes are data[start, start+len). pkg_len is the length of the
 * package at start once a protocol's input() told it (0 = unknown). */
typedef struct wm_rbuf {
	size_t start;
	size_t len;
	size_t cap;
	size_t pkg_len;
	char data[];
} wm_rbuf;

/* One process-wide 64 KiB buffer that reads land in; a connection borrows it for the
 * dispatch of one read and keeps only the leftover (wm_rbuf_settle), so most reads of
 * complete packages never allocate. NULL when it is already lent out. */
wm_rbuf *wm_rbuf_borrow_scratch(void);
bool wm_rbuf_is_scratch(const wm_rbuf *buf);

/* Makes room for extra more bytes after the data (compacts or grows; never the scratch
 * buffer, which wm_rbuf_settle turns into a heap one first). buf may be NULL. */
wm_rbuf *wm_rbuf_reserve(wm_rbuf *buf, size_t extra);
wm_rbuf *wm_rbuf_append(wm_rbuf *buf, const char *bytes, size_t len);
/* Drops n bytes from the front (n <= len); returns NULL (buffer freed) once empty. */
wm_rbuf *wm_rbuf_consume(wm_rbuf *buf, size_t n);
/* The scratch buffer becomes a heap buffer holding just its unread bytes (or NULL). */
wm_rbuf *wm_rbuf_settle(wm_rbuf *buf);
void wm_rbuf_free(wm_rbuf *buf);

static inline char *wm_rbuf_head(wm_rbuf *buf) { return buf->data + buf->start; }

/* Send queue: zend_string references written with writev; the first item may be partly
 * written (head_offset). bytes = what is still to write. */
typedef struct wm_sendq {
	uint32_t head;
	uint32_t tail;
	uint32_t cap;
	size_t head_offset;
	size_t bytes;
	zend_string *items[];
} wm_sendq;

/* Appends a string; consumes the reference. q may be NULL; returns the (new) queue. */
wm_sendq *wm_sendq_push(wm_sendq *q, zend_string *str);
/* Fills up to max iovecs from the front; returns how many. */
int wm_sendq_iov(const wm_sendq *q, struct iovec *iov, int max);
/* Drops n written bytes from the front; returns NULL (queue freed) once empty. */
wm_sendq *wm_sendq_consume(wm_sendq *q, size_t n);
void wm_sendq_free(wm_sendq *q);

/* Frees the scratch buffer at request end (the process is ending). */
void wm_buffer_rshutdown(void);

#endif
