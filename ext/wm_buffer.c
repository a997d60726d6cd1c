/* wm_buffer.c: receive buffers (one shared 64 KiB scratch for reads, heap buffers only
 * for leftovers) and the send queue of zend_string references and file segments (see
 * wm_buffer.h). No protocol knowledge and no PHP calls here: only emalloc, string refcounts
 * and closing the fds of file segments. */
#include "wm_buffer.h"

#include <unistd.h>

#define WM_SCRATCH_SIZE 65536
#define WM_RBUF_MIN 256

wm_rbuf *wm_rbuf_scratch;
bool wm_rbuf_scratch_lent;

wm_rbuf *wm_rbuf_scratch_create(void)
{
	/* Process-lifetime buffer: malloc, not the request heap. */
	wm_rbuf_scratch = pemalloc(sizeof(wm_rbuf) + WM_SCRATCH_SIZE, 1);
	wm_rbuf_scratch->cap = WM_SCRATCH_SIZE;
	return wm_rbuf_scratch;
}

static wm_rbuf *wm_rbuf_alloc(size_t cap)
{
	wm_rbuf *buf = emalloc(sizeof(wm_rbuf) + cap);
	buf->start = buf->len = buf->pkg_len = 0;
	buf->cap = cap;
	return buf;
}

wm_rbuf *wm_rbuf_reserve(wm_rbuf *buf, size_t extra)
{
	if (!buf) {
		return wm_rbuf_alloc(extra < WM_RBUF_MIN ? WM_RBUF_MIN : extra);
	}
	ZEND_ASSERT(!wm_rbuf_is_scratch(buf));
	if (buf->cap - buf->start - buf->len >= extra) {
		return buf;
	}
	if (buf->cap - buf->len >= extra) {
		memmove(buf->data, buf->data + buf->start, buf->len);
		buf->start = 0;
		return buf;
	}
	if (buf->start) {
		memmove(buf->data, buf->data + buf->start, buf->len);
		buf->start = 0;
	}
	size_t cap = buf->cap * 2;
	if (cap < buf->len + extra) {
		cap = buf->len + extra;
	}
	buf = erealloc(buf, sizeof(wm_rbuf) + cap);
	buf->cap = cap;
	return buf;
}

wm_rbuf *wm_rbuf_append(wm_rbuf *buf, const char *bytes, size_t len)
{
	if (wm_rbuf_is_scratch(buf)) {
		buf = wm_rbuf_settle(buf);
	}
	buf = wm_rbuf_reserve(buf, len);
	memcpy(buf->data + buf->start + buf->len, bytes, len);
	buf->len += len;
	return buf;
}

wm_rbuf *wm_rbuf_settle(wm_rbuf *buf)
{
	if (!wm_rbuf_is_scratch(buf)) {
		return buf;
	}
	wm_rbuf_scratch_lent = false;
	if (!buf->len) {
		return NULL;
	}
	wm_rbuf *heap = wm_rbuf_alloc(buf->len < WM_RBUF_MIN ? WM_RBUF_MIN : buf->len);
	memcpy(heap->data, buf->data + buf->start, buf->len);
	heap->len = buf->len;
	heap->pkg_len = buf->pkg_len;
	return heap;
}

/* One emptied queue of the smallest size kept for the next connection that sends: a reply
 * per message would otherwise allocate and free a queue each time. It is kept reset, so
 * taking it (wm_sendq_push, inline) is a pointer swap. */
wm_sendq *wm_sendq_spare;

static wm_sendq *wm_sendq_slot(wm_sendq *q)
{
	if (!q) {
		q = wm_sendq_spare;
		if (q) {
			wm_sendq_spare = NULL;
		} else {
			q = emalloc(sizeof(wm_sendq) + WM_SENDQ_MIN * sizeof(wm_sendq_item));
		}
		q->head = q->tail = 0;
		q->cap = WM_SENDQ_MIN;
		q->head_offset = q->bytes = q->file_bytes = 0;
	} else if (q->tail == q->cap) {
		if (q->head > q->cap / 2) {
			memmove(q->items, q->items + q->head, (q->tail - q->head) * sizeof(wm_sendq_item));
			q->tail -= q->head;
			q->head = 0;
		} else {
			q->cap *= 2;
			q = erealloc(q, sizeof(wm_sendq) + q->cap * sizeof(wm_sendq_item));
		}
	}
	return q;
}

wm_sendq *wm_sendq_push_slow(wm_sendq *q, zend_string *str)
{
	q = wm_sendq_slot(q);
	q->items[q->tail].str = str;
	q->items[q->tail++].file = NULL;
	q->bytes += ZSTR_LEN(str);
	return q;
}

wm_sendq *wm_sendq_push_file(wm_sendq *q, int fd, off_t offset, size_t len)
{
	q = wm_sendq_slot(q);
	wm_sendq_file *file = emalloc(sizeof(*file));
	file->fd = fd;
	file->offset = offset;
	file->remaining = len;
	file->piece = NULL;
	file->piece_off = 0;
	q->items[q->tail].str = NULL;
	q->items[q->tail++].file = file;
	q->file_bytes += len;
	return q;
}

int wm_sendq_iov(const wm_sendq *q, struct iovec *iov, int max)
{
	int n = 0;
	for (uint32_t i = q->head; i < q->tail && n < max; i++) {
		zend_string *str = q->items[i].str;
		if (!str) {
			break;
		}
		size_t skip = i == q->head ? q->head_offset : 0;
		iov[n].iov_base = ZSTR_VAL(str) + skip;
		iov[n].iov_len = ZSTR_LEN(str) - skip;
		n++;
	}
	return n;
}

static void wm_sendq_file_free(wm_sendq_file *file)
{
	if (file->piece) {
		zend_string_release(file->piece);
	}
	close(file->fd);
	efree(file);
}

void wm_sendq_recycle(wm_sendq *q)
{
	if (q->cap == WM_SENDQ_MIN && !wm_sendq_spare) {
		q->head = q->tail = 0;
		q->head_offset = q->bytes = q->file_bytes = 0;
		wm_sendq_spare = q;
	} else {
		efree(q);
	}
}

static wm_sendq *wm_sendq_free_if_empty(wm_sendq *q)
{
	if (q->head == q->tail) {
		wm_sendq_recycle(q);
		return NULL;
	}
	return q;
}

wm_sendq *wm_sendq_consume(wm_sendq *q, size_t n)
{
	q->bytes -= n;
	while (n && q->head < q->tail && q->items[q->head].str) {
		zend_string *str = q->items[q->head].str;
		size_t left = ZSTR_LEN(str) - q->head_offset;
		if (n < left) {
			q->head_offset += n;
			return q;
		}
		n -= left;
		zend_string_release(str);
		q->head++;
		q->head_offset = 0;
	}
	return wm_sendq_free_if_empty(q);
}

wm_sendq *wm_sendq_file_done(wm_sendq *q, size_t n, bool from_piece)
{
	wm_sendq_file *file = q->items[q->head].file;
	if (from_piece) {
		file->piece_off += n;
		q->file_bytes -= n;
		if (file->piece_off == ZSTR_LEN(file->piece)) {
			zend_string_release(file->piece);
			file->piece = NULL;
			file->piece_off = 0;
		}
	} else {
		file->offset += (off_t)n;
		file->remaining -= n;
		q->file_bytes -= n;
	}
	if (file->remaining == 0 && !file->piece) {
		wm_sendq_file_free(file);
		q->head++;
		q->head_offset = 0;
	}
	return wm_sendq_free_if_empty(q);
}

void wm_sendq_free(wm_sendq *q)
{
	if (!q) {
		return;
	}
	for (uint32_t i = q->head; i < q->tail; i++) {
		if (q->items[i].str) {
			zend_string_release(q->items[i].str);
		} else {
			wm_sendq_file_free(q->items[i].file);
		}
	}
	efree(q);
}

zend_string *wm_str_spare;
size_t wm_str_spare_size;

void wm_buffer_rshutdown(void)
{
	if (wm_str_spare) {
		efree(wm_str_spare);
		wm_str_spare = NULL;
	}
	if (wm_sendq_spare) {
		efree(wm_sendq_spare);
		wm_sendq_spare = NULL;
	}
	if (wm_rbuf_scratch && !wm_rbuf_scratch_lent) {
		pefree(wm_rbuf_scratch, 1);
		wm_rbuf_scratch = NULL;
	}
}
