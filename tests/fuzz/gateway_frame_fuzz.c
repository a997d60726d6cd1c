/* gateway_frame_fuzz.c: libFuzzer harness for ext/protocols/gateway_frame.h, GatewayProtocol's
 * wire format (bash scripts/fuzz.sh gateway_frame). The input is the byte stream of one
 * connection: packages are cut as the connection cuts them (input(): fewer than 28 bytes
 * wait; else pack_len, which a limit taken from the first byte may refuse, and 0 waits).
 * Each package is copied into an exact-size buffer (ASAN sees a read past its end), its head
 * read and written back byte-equal, its ext_data and body slices checked to lie inside it and
 * to be what PHP's substr() gives; input() on every prefix of the package must agree. */

#include "gateway_frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(cond) do { if (!(cond)) { fprintf(stderr, "gateway_frame_fuzz: %s:%d: %s\n", __FILE__, __LINE__, #cond); abort(); } } while (0)

/* substr($s, $start, $length) of a string of len bytes, for start, length >= 0: (off, n). */
static void php_substr(size_t len, uint64_t start, uint64_t length, size_t *off, size_t *n)
{
	if (start > len) {
		*off = len;
		*n = 0;
		return;
	}
	*off = (size_t)start;
	*n = length > len - start ? len - (size_t)start : (size_t)length;
}

static void check_package(const uint8_t *data, size_t len)
{
	unsigned char *pkg = malloc(len ? len : 1);
	memcpy(pkg, data, len);
	REQUIRE(len >= WM_GW_HEAD_LEN);
	wm_gw_head h;
	wm_gw_head_read(pkg, &h);
	unsigned char again[WM_GW_HEAD_LEN];
	wm_gw_head_write(again, &h);
	REQUIRE(memcmp(again, pkg, WM_GW_HEAD_LEN) == 0);
	wm_gw_slices s;
	wm_gw_slices_of(&h, len, &s);
	size_t off, n;
	if (h.ext_len > 0) {
		php_substr(len, WM_GW_HEAD_LEN, h.ext_len, &off, &n);
		REQUIRE(s.ext_off == off && s.ext_len == n);
		php_substr(len, (uint64_t)WM_GW_HEAD_LEN + h.ext_len, UINT64_MAX, &off, &n);
	} else {
		REQUIRE(s.ext_len == 0);
		php_substr(len, WM_GW_HEAD_LEN, UINT64_MAX, &off, &n);
	}
	REQUIRE(s.body_len == n && (n == 0 || s.body_off == off));
	REQUIRE(s.ext_off + s.ext_len <= len && s.body_off + s.body_len <= len);
	volatile unsigned char sink = 0;
	for (size_t i = 0; i < s.ext_len; i++) {
		sink ^= pkg[s.ext_off + i];
	}
	for (size_t i = 0; i < s.body_len; i++) {
		sink ^= pkg[s.body_off + i];
	}
	for (size_t i = 0; i <= len; i++) {
		REQUIRE(wm_gw_input_len(pkg, i) == (i < WM_GW_HEAD_LEN ? 0 : h.pack_len));
	}
	free(pkg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) {
		return 0;
	}
	/* maxPackageSize: 10 MB (the default) or a small one that refuses most lengths. */
	uint32_t max = data[0] & 1 ? 10485760 : (uint32_t)data[0] * 4;
	data++;
	size--;
	size_t at = 0;
	while (at < size) {
		uint32_t n = wm_gw_input_len(data + at, size - at);
		if (n == 0 || n > max) {
			break; /* wait for more, or the connection is closed */
		}
		if (n > size - at) {
			break; /* the package is not all here yet */
		}
		if (n >= WM_GW_HEAD_LEN) {
			check_package(data + at, n);
		} /* else decode() of a short package is left to the PHP method */
		at += n;
	}
	return 0;
}
