/* wm_ws_deflate.c: permessage-deflate (RFC 7692) for the WebSocket server: the offer check
 * and raw deflate/inflate through zlib. No PHP calls, no connection state: every message is
 * compressed on its own (no context takeover either way), so one zlib stream per direction
 * serves the whole process and is reset between messages. */
#include "wm_ws_server.h"
#include <zlib.h>

static z_stream wm_ws_zdeflate, wm_ws_zinflate;
static bool wm_ws_zdeflate_ready, wm_ws_zinflate_ready;

#define WM_WS_REPLY_DEFLATE "permessage-deflate; server_no_context_takeover; client_no_context_takeover"

static bool wm_ws_ci_find(const char *hay, size_t len, const char *needle, size_t n, size_t *at)
{
	for (size_t i = 0; i + n <= len; i++) {
		if (zend_binary_strncasecmp(hay + i, n, needle, n, n) == 0) {
			*at = i;
			return true;
		}
	}
	return false;
}

/* Accepted when permessage-deflate is offered and the server window may be 15 bits: a
 * server_max_window_bits below 15 would need a smaller window than our shared stream's,
 * so such an offer is declined (the connection then runs uncompressed). */
const char *wm_ws_deflate_accept(const char *value, size_t len)
{
	size_t at;
	if (!wm_ws_ci_find(value, len, "permessage-deflate", sizeof("permessage-deflate") - 1, &at)) {
		return NULL;
	}
	static const char bits[] = "server_max_window_bits";
	if (wm_ws_ci_find(value, len, bits, sizeof(bits) - 1, &at)) {
		size_t i = at + sizeof(bits) - 1;
		while (i < len && (value[i] == ' ' || value[i] == '=' || value[i] == '"')) {
			i++;
		}
		unsigned n = 0;
		while (i < len && value[i] >= '0' && value[i] <= '9' && n < 100) {
			n = n * 10 + (unsigned)(value[i++] - '0');
		}
		if (n && n < 15) {
			return NULL;
		}
	}
	return "Sec-WebSocket-Extensions: " WM_WS_REPLY_DEFLATE;
}

zend_string *wm_ws_deflate(const char *in, size_t len)
{
	z_stream *z = &wm_ws_zdeflate;
	if (!wm_ws_zdeflate_ready) {
		memset(z, 0, sizeof(*z));
		if (deflateInit2(z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
			return NULL;
		}
		wm_ws_zdeflate_ready = true;
	} else {
		deflateReset(z);
	}
	size_t cap = deflateBound(z, len) + 16, used = 0;
	zend_string *out = zend_string_alloc(cap, 0);
	z->next_in = (Bytef *)in;
	size_t left = len;
	for (;;) {
		uInt chunk = left > (1u << 30) ? (1u << 30) : (uInt)left;
		z->avail_in = chunk;
		left -= chunk;
		z->next_out = (Bytef *)ZSTR_VAL(out) + used;
		z->avail_out = (uInt)(cap - used);
		deflate(z, left ? Z_NO_FLUSH : Z_SYNC_FLUSH);
		used = cap - z->avail_out;
		if (left == 0 && z->avail_in == 0 && z->avail_out > 0) {
			break;
		}
		if (z->avail_out == 0) {
			cap *= 2;
			out = zend_string_extend(out, cap, 0);
		}
		left += z->avail_in;
	}
	/* The sync flush ends in an empty stored block, 00 00 ff ff, which the peer re-adds. */
	if (used >= 4 && memcmp(ZSTR_VAL(out) + used - 4, "\x00\x00\xff\xff", 4) == 0) {
		used -= 4;
	}
	if (cap - used > 4096) {
		out = zend_string_truncate(out, used, 0);
	}
	ZSTR_LEN(out) = used;
	ZSTR_VAL(out)[used] = '\0';
	return out;
}

zend_string *wm_ws_inflate(const char *in, size_t len, size_t max, bool *too_big)
{
	static const unsigned char tail[4] = {0x00, 0x00, 0xff, 0xff};
	z_stream *z = &wm_ws_zinflate;
	*too_big = false;
	if (!wm_ws_zinflate_ready) {
		memset(z, 0, sizeof(*z));
		if (inflateInit2(z, -15) != Z_OK) {
			return NULL;
		}
		wm_ws_zinflate_ready = true;
	} else {
		inflateReset(z);
	}
	size_t cap = len < 256 ? 1024 : len * 4, used = 0;
	if (cap > max + 1) {
		cap = max + 1;
	}
	zend_string *out = zend_string_alloc(cap, 0);
	const unsigned char *parts[2] = {(const unsigned char *)in, tail};
	size_t sizes[2] = {len, 4};
	for (int part = 0; part < 2; part++) {
		size_t left = sizes[part];
		z->next_in = (Bytef *)parts[part];
		do {
			uInt chunk = left > (1u << 30) ? (1u << 30) : (uInt)left;
			z->avail_in = chunk;
			left -= chunk;
			do {
				if (used == cap) {
					if (cap > max) {
						*too_big = true;
						zend_string_release(out);
						return NULL;
					}
					cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
					out = zend_string_extend(out, cap, 0);
				}
				z->next_out = (Bytef *)ZSTR_VAL(out) + used;
				z->avail_out = (uInt)(cap - used);
				int rc = inflate(z, Z_SYNC_FLUSH);
				used = cap - z->avail_out;
				if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) {
					zend_string_release(out);
					return NULL;
				}
				if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && z->avail_out > 0)) {
					break;
				}
			} while (z->avail_in > 0 || z->avail_out == 0);
			left += z->avail_in;
			if (z->avail_in) {
				break; /* stream ended early: ignore what trails it */
			}
		} while (left);
	}
	if (used > max) {
		*too_big = true;
		zend_string_release(out);
		return NULL;
	}
	ZSTR_LEN(out) = used;
	ZSTR_VAL(out)[used] = '\0';
	return out;
}

void wm_ws_deflate_rshutdown(void)
{
	if (wm_ws_zdeflate_ready) {
		deflateEnd(&wm_ws_zdeflate);
		wm_ws_zdeflate_ready = false;
	}
	if (wm_ws_zinflate_ready) {
		inflateEnd(&wm_ws_zinflate);
		wm_ws_zinflate_ready = false;
	}
}
