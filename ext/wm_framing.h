/* wm_framing.h: the pure C parsers of Text and Frame (one package per "\n"-terminated
 * line; a 4-byte big-endian total length, then the data). Static inline, no PHP, no
 * allocation: the connection's receive loop, UDP and the PHP statics of proto_text.c /
 * proto_frame.c all run these, so they sit below all of them. */
#ifndef WM_FRAMING_H
#define WM_FRAMING_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define WM_TEXT_TOO_BIG ((size_t)-1)

/* Text::input on buf: WM_TEXT_TOO_BIG when len >= max_package (caller closes), 0 when no
 * "\n" yet, else the line length including "\n". */
static inline size_t wm_text_input(const char *buf, size_t len, size_t max_package)
{
	/* Workerman checks the size before looking for the newline, so a buffer at the limit
	 * closes even when it holds complete lines. */
	if (len >= max_package) {
		return WM_TEXT_TOO_BIG;
	}
	const char *nl = memchr(buf, '\n', len);
	return nl ? (size_t)(nl - buf) + 1 : 0;
}

/* Text::decode: the line without its trailing "\r"/"\n" characters. */
static inline size_t wm_text_decoded_len(const char *pkg, size_t len)
{
	while (len > 0 && (pkg[len - 1] == '\r' || pkg[len - 1] == '\n')) {
		len--;
	}
	return len;
}

/* Frame::input: 0 while fewer than 4 bytes, else the big-endian uint32 total length. */
static inline uint32_t wm_frame_input(const char *buf, size_t len)
{
	if (len < 4) {
		return 0;
	}
	const unsigned char *p = (const unsigned char *)buf;
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

/* Frame's 4-byte header for payload_len bytes of data. */
static inline void wm_frame_header(unsigned char out[4], size_t payload_len)
{
	/* pack('N') keeps the low 32 bits, as Workerman does for oversized data. */
	uint32_t total = (uint32_t)(payload_len + 4);
	out[0] = (unsigned char)(total >> 24);
	out[1] = (unsigned char)(total >> 16);
	out[2] = (unsigned char)(total >> 8);
	out[3] = (unsigned char)total;
}

#endif
