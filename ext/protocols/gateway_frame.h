/* gateway_frame.h: the wire format of GatewayWorker's GatewayProtocol in pure C (no PHP, no
 * allocation): the 28-byte head (pack format "NCNnNnNCnN", big-endian), input()'s length rule
 * and the ext_data/body slices decode() cuts. wm_gateway.c builds the PHP values from these;
 * tests/fuzz/gateway_frame_fuzz.c runs them under libFuzzer. */
#ifndef WM_GATEWAY_FRAME_H
#define WM_GATEWAY_FRAME_H

#include <stddef.h>
#include <stdint.h>

#define WM_GW_HEAD_LEN 28
#define WM_GW_FLAG_BODY_IS_SCALAR 0x01

typedef struct wm_gw_head {
	uint32_t pack_len;
	uint8_t cmd;
	uint32_t local_ip;
	uint16_t local_port;
	uint32_t client_ip;
	uint16_t client_port;
	uint32_t connection_id;
	uint8_t flag;
	uint16_t gateway_port;
	uint32_t ext_len;
} wm_gw_head;

/* Where decode() finds ext_data and the body in a package of len bytes (len >= the head):
 * PHP's substr() clips a start past the end to "" and a length past the end to the end. */
typedef struct wm_gw_slices {
	size_t ext_off, ext_len;
	size_t body_off, body_len;
} wm_gw_slices;

static inline uint32_t wm_gw_get32(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static inline uint16_t wm_gw_get16(const unsigned char *p)
{
	return (uint16_t)((p[0] << 8) | p[1]);
}

static inline void wm_gw_put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static inline void wm_gw_put16(unsigned char *p, uint16_t v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
}

/* input(): fewer bytes than the head wait (0); else the head's pack_len, whatever it says
 * (the caller applies maxPackageSize and a 0 waits, as for any input() result). */
static inline uint32_t wm_gw_input_len(const unsigned char *buf, size_t len)
{
	return len < WM_GW_HEAD_LEN ? 0 : wm_gw_get32(buf);
}

/* Reads the head of a package of at least WM_GW_HEAD_LEN bytes. */
static inline void wm_gw_head_read(const unsigned char *b, wm_gw_head *h)
{
	h->pack_len = wm_gw_get32(b);
	h->cmd = b[4];
	h->local_ip = wm_gw_get32(b + 5);
	h->local_port = wm_gw_get16(b + 9);
	h->client_ip = wm_gw_get32(b + 11);
	h->client_port = wm_gw_get16(b + 15);
	h->connection_id = wm_gw_get32(b + 17);
	h->flag = b[21];
	h->gateway_port = wm_gw_get16(b + 22);
	h->ext_len = wm_gw_get32(b + 24);
}

static inline void wm_gw_head_write(unsigned char *b, const wm_gw_head *h)
{
	wm_gw_put32(b, h->pack_len);
	b[4] = h->cmd;
	wm_gw_put32(b + 5, h->local_ip);
	wm_gw_put16(b + 9, h->local_port);
	wm_gw_put32(b + 11, h->client_ip);
	wm_gw_put16(b + 15, h->client_port);
	wm_gw_put32(b + 17, h->connection_id);
	b[21] = h->flag;
	wm_gw_put16(b + 22, h->gateway_port);
	wm_gw_put32(b + 24, h->ext_len);
}

/* substr($buffer, HEAD_LEN, ext_len) and substr($buffer, HEAD_LEN + ext_len) of a package of
 * len >= WM_GW_HEAD_LEN bytes (ext_len = 0: ext_data is '', the body starts at the head). */
static inline void wm_gw_slices_of(const wm_gw_head *h, size_t len, wm_gw_slices *s)
{
	size_t rest = len - WM_GW_HEAD_LEN;
	s->ext_off = WM_GW_HEAD_LEN;
	s->ext_len = h->ext_len < rest ? h->ext_len : rest;
	if ((uint64_t)h->ext_len >= rest) {
		s->body_off = len;
		s->body_len = 0;
	} else {
		s->body_off = WM_GW_HEAD_LEN + h->ext_len;
		s->body_len = len - s->body_off;
	}
}

#endif
