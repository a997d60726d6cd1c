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
 * complete packages never allocate. NULL when it is already lent out.
 * The helpers a read runs once or twice per message are inline (issue 14: each call was
 * a tenth of its own cost); wm_buffer.c keeps what allocates. */
extern wm_rbuf *wm_rbuf_scratch;
extern bool wm_rbuf_scratch_lent;
wm_rbuf *wm_rbuf_scratch_create(void);

static zend_always_inline wm_rbuf *wm_rbuf_borrow_scratch(void)
{
	if (UNEXPECTED(wm_rbuf_scratch_lent)) {
		return NULL;
	}
	wm_rbuf *buf = EXPECTED(wm_rbuf_scratch != NULL) ? wm_rbuf_scratch : wm_rbuf_scratch_create();
	buf->start = buf->len = buf->pkg_len = 0;
	wm_rbuf_scratch_lent = true;
	return buf;
}

static zend_always_inline bool wm_rbuf_is_scratch(const wm_rbuf *buf)
{
	return buf && buf == wm_rbuf_scratch;
}

/* Makes room for extra more bytes after the data (compacts or grows; never the scratch
 * buffer, which wm_rbuf_settle turns into a heap one first). buf may be NULL. */
wm_rbuf *wm_rbuf_reserve(wm_rbuf *buf, size_t extra);
wm_rbuf *wm_rbuf_append(wm_rbuf *buf, const char *bytes, size_t len);
/* The scratch buffer becomes a heap buffer holding just its unread bytes (or NULL). */
wm_rbuf *wm_rbuf_settle(wm_rbuf *buf);

static zend_always_inline void wm_rbuf_free(wm_rbuf *buf)
{
	if (!buf) {
		return;
	}
	if (buf == wm_rbuf_scratch) {
		wm_rbuf_scratch_lent = false;
		return;
	}
	efree(buf);
}

/* Drops n bytes from the front (n <= len); returns NULL (buffer freed) once empty. */
static zend_always_inline wm_rbuf *wm_rbuf_consume(wm_rbuf *buf, size_t n)
{
	buf->start += n;
	buf->len -= n;
	if (buf->len == 0) {
		wm_rbuf_free(buf);
		return NULL;
	}
	return buf;
}

static inline char *wm_rbuf_head(wm_rbuf *buf) { return buf->data + buf->start; }

/* Message strings: the one a package is decoded into (onMessage's $data) is mostly dropped,
 * by the dispatch or once the reply that echoes it is written, before the next package
 * comes. The last one dropped is kept (wm_str_spare, up to WM_STR_SPARE_MAX bytes) and
 * reinitialised for the next package that fits, which saves an emalloc and an efree per
 * message. Only a string nobody references any more is kept, so PHP never sees it again. */
#define WM_STR_SPARE_MAX 2048
extern zend_string *wm_str_spare;
extern size_t wm_str_spare_size; /* what its allocation holds at least */

/* A new string of len bytes (contents unset), refcount 1. */
static zend_always_inline zend_string *wm_str_alloc(size_t len)
{
	zend_string *s = wm_str_spare;
	if (s && _ZSTR_STRUCT_SIZE(len) <= wm_str_spare_size) {
		wm_str_spare = NULL;
		GC_SET_REFCOUNT(s, 1);
		GC_TYPE_INFO(s) = GC_STRING;
		ZSTR_H(s) = 0;
		ZSTR_LEN(s) = len;
		return s;
	}
	return zend_string_alloc(len, 0);
}

/* A string whose last reference is gone (refcount 0, not interned): kept or freed. */
static zend_always_inline void wm_str_free(zend_string *s)
{
	if (!wm_str_spare && ZSTR_LEN(s) <= WM_STR_SPARE_MAX && !(GC_FLAGS(s) & IS_STR_PERSISTENT)) {
		wm_str_spare = s;
		wm_str_spare_size = ZEND_MM_ALIGNED_SIZE(_ZSTR_STRUCT_SIZE(ZSTR_LEN(s)));
		return;
	}
	pefree(s, GC_FLAGS(s) & IS_STR_PERSISTENT);
}

/* zend_string_release() that keeps the spare. */
static zend_always_inline void wm_str_release(zend_string *s)
{
	if (!ZSTR_IS_INTERNED(s) && GC_DELREF(s) == 0) {
		wm_str_free(s);
	}
}

/* zval_ptr_dtor() of a message zval (mostly a string) that keeps the spare. */
static zend_always_inline void wm_message_release(zval *message)
{
	if (EXPECTED(Z_TYPE_P(message) == IS_STRING)) {
		wm_str_release(Z_STR_P(message));
	} else {
		zval_ptr_dtor(message);
	}
}

/* Send queue: zend_string references written with writev, and file segments (HTTP file
 * replies) written with sendfile(2), or through a 64 KiB piece read with pread for TLS or
 * files sendfile refuses. Items leave in order; the first may be partly written
 * (head_offset for a string, the segment's own offset for a file).
 * bytes = string bytes still to write: memory the queue holds, what maxSendBufferSize and
 * onBufferFull measure. file_bytes = file bytes still to write (on disk, not in memory;
 * a piece read but not yet written counts here too). */
#define WM_SENDQ_MIN 8

typedef struct wm_sendq_file {
	int fd;                 /* owned: closed when written or when the queue is freed */
	off_t offset;           /* next byte to read from the file */
	size_t remaining;       /* bytes after offset still to send */
	zend_string *piece;     /* bytes read with pread but not yet written, or NULL */
	size_t piece_off;
} wm_sendq_file;

typedef struct wm_sendq_item {
	zend_string *str;       /* NULL for a file segment */
	wm_sendq_file *file;
} wm_sendq_item;

typedef struct wm_sendq {
	uint32_t head;
	uint32_t tail;
	uint32_t cap;
	size_t head_offset;
	size_t bytes;
	size_t file_bytes;
	wm_sendq_item items[];
} wm_sendq;

/* Appends a string; consumes the reference. q may be NULL; returns the (new) queue.
 * Inline for the common case (a reply per message: the kept spare queue, or room at the
 * tail); wm_sendq_push_slow allocates or grows. */
extern wm_sendq *wm_sendq_spare;
wm_sendq *wm_sendq_push_slow(wm_sendq *q, zend_string *str);

static zend_always_inline wm_sendq *wm_sendq_push(wm_sendq *q, zend_string *str)
{
	if (!q) {
		q = wm_sendq_spare; /* kept empty and reset (wm_sendq_recycle) */
		if (UNEXPECTED(!q)) {
			return wm_sendq_push_slow(NULL, str);
		}
		wm_sendq_spare = NULL;
	} else if (UNEXPECTED(q->tail == q->cap)) {
		return wm_sendq_push_slow(q, str);
	}
	q->items[q->tail].str = str;
	q->items[q->tail++].file = NULL;
	q->bytes += ZSTR_LEN(str);
	return q;
}
/* Appends len bytes of fd from offset; takes ownership of fd. */
wm_sendq *wm_sendq_push_file(wm_sendq *q, int fd, off_t offset, size_t len);
/* Fills up to max iovecs from the front, stopping at the first file segment; returns how
 * many (0 when the front item is a file segment). */
int wm_sendq_iov(const wm_sendq *q, struct iovec *iov, int max);
/* wm_sendq_iov for a queue the caller knows holds strings only (file_bytes 0) and fits in
 * iov: every item, no per-item checks (a reply per message is written this way). */
static zend_always_inline int wm_sendq_strings_iov(const wm_sendq *q, struct iovec *iov)
{
	int count = 0;
	for (uint32_t i = q->head; i < q->tail; i++, count++) {
		iov[count].iov_base = ZSTR_VAL(q->items[i].str);
		iov[count].iov_len = ZSTR_LEN(q->items[i].str);
	}
	iov[0].iov_base = (char *)iov[0].iov_base + q->head_offset;
	iov[0].iov_len -= q->head_offset;
	return count;
}
/* Drops n written string bytes from the front; returns NULL (queue freed) once empty. */
wm_sendq *wm_sendq_consume(wm_sendq *q, size_t n);
/* An emptied queue: kept (reset) as the spare when it has the smallest size, else freed. */
void wm_sendq_recycle(wm_sendq *q);

/* Every item is a string and all of q->bytes were written: releases them all; the queue
 * is kept as the spare (reset) or freed. Returns NULL. Inline: once per reply. */
static zend_always_inline wm_sendq *wm_sendq_written(wm_sendq *q)
{
	for (uint32_t i = q->head; i < q->tail; i++) {
		wm_str_release(q->items[i].str);
	}
	if (EXPECTED(!wm_sendq_spare) && q->cap == WM_SENDQ_MIN) {
		q->head = q->tail = 0;
		q->head_offset = q->bytes = 0; /* file_bytes: 0 already (strings only) */
		wm_sendq_spare = q;
		return NULL;
	}
	wm_sendq_recycle(q);
	return NULL;
}
/* The file segment at the front, or NULL when the front item is a string. */
static inline wm_sendq_file *wm_sendq_front_file(const wm_sendq *q)
{
	return q->head < q->tail ? q->items[q->head].file : NULL;
}
/* n bytes of the front file segment were sent with sendfile (from_piece false), or n bytes
 * of its piece were written (from_piece true; the caller attaches a piece it read by
 * setting piece and advancing offset/remaining itself). Returns NULL (queue freed) once
 * empty; a finished segment's fd is closed. */
wm_sendq *wm_sendq_file_done(wm_sendq *q, size_t n, bool from_piece);
void wm_sendq_free(wm_sendq *q);

/* Frees the scratch buffer at request end (the process is ending). */
void wm_buffer_rshutdown(void);

#endif
