/* ws_frame_bench.c: ns per frame of wm_ws_frame_parse + wm_ws_unmask + wm_ws_parser_frame_done on a
 * masked 32-byte and 4 KiB client frame, as a server parses them. Not a test: run by hand.
 * Build: cc -O2 -Iext/ws tests/c/ws_frame_bench.c ext/ws/ws_frame.c -o /tmp/ws_bench
 * Run:   taskset -c 1 /tmp/ws_bench [iterations [32|4096]]  (median of 5 rounds; the 4 KiB case
 *        runs iterations/8 times). Instructions per frame, stable on a busy machine: run it
 *        under valgrind --tool=callgrind with two iteration counts and divide the difference. */
#include "ws_frame.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static volatile uint64_t sink;

static double bench(size_t payload_len, long iterations)
{
	static unsigned char frame[8192];
	unsigned char h[14] = {0x82, 0};
	size_t hl;
	if (payload_len <= 125) {
		h[1] = (unsigned char)(0x80 | payload_len);
		hl = 2;
	} else {
		h[1] = 0xfe;
		h[2] = (unsigned char)(payload_len >> 8);
		h[3] = (unsigned char)payload_len;
		hl = 4;
	}
	memcpy(h + hl, "\x37\xfa\x21\x3d", 4);
	hl += 4;
	memcpy(frame, h, hl);
	for (size_t i = 0; i < payload_len; i++) {
		frame[hl + i] = (unsigned char)i;
	}
	ws_parser p;
	wm_ws_parser_init(&p, WS_PARSE_REQUIRE_MASK, WS_RSV1, 10 * 1024 * 1024);
	double rounds[5];
	for (int r = 0; r < 5; r++) {
		double t0 = now_ns();
		for (long i = 0; i < iterations; i++) {
			ws_frame f;
			ws_message msg;
			if (wm_ws_frame_parse(&p, &f, frame, hl + payload_len) <= 0) {
				abort();
			}
			/* unmasking twice per two iterations keeps the payload stable */
			wm_ws_unmask(&f.mask, frame + f.payload_off, (size_t)f.payload_len);
			wm_ws_parser_frame_done(&p, &f, &msg);
			sink += msg.length;
		}
		rounds[r] = (now_ns() - t0) / iterations;
	}
	qsort(rounds, 5, sizeof(rounds[0]), cmp_double);
	return rounds[2];
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 2000000;
	const char *only = argc > 2 ? argv[2] : "";
	if (strcmp(only, "4096") != 0) {
		printf("32-byte frame: %.1f ns/frame\n", bench(32, iterations));
	}
	if (strcmp(only, "32") != 0) {
		double big = bench(4096, iterations / 8);
		printf("4 KiB frame:   %.1f ns/frame (%.1f GB/s)\n", big, 4096 / big);
	}
	return 0;
}
