/* http_parser_bench.c: ns per request of wm_http_parse_request() on typical requests (init +
 * parse, whole buffer, warm cache): a ~350-byte browser GET, a small pipelined GET, a POST with a
 * body and a chunked POST (+ de-chunk). Not a CI test (STYLE 14): run it by hand.
 *   cc -O2 -Iext/http tests/c/http_parser_bench.c ext/http/http_parser.c -o /tmp/hpb && taskset -c 1 /tmp/hpb [iterations] */

#include "http_parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char browser_get[] =
	"GET /api/v1/users/12345/profile?fields=name,email&lang=en HTTP/1.1\r\n"
	"Host: www.example.com\r\n"
	"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
	"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
	"Accept-Language: en-US,en;q=0.5\r\n"
	"Accept-Encoding: gzip, deflate, br\r\n"
	"Connection: keep-alive\r\n"
	"Cookie: PHPSID=8f14e45fceea167a5a36dedd4bea2543\r\n"
	"\r\n";

static const char small_get[] = "GET /hello HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n";

static const char post_cl[] =
	"POST /form HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n"
	"Content-Length: 27\r\n\r\nname=workerman&version=5.2x";

static const char post_chunked[] =
	"POST /upload HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n"
	"10\r\n0123456789abcdef\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n";

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void bench(const char *name, const char *req, size_t len, long iterations, int dechunk)
{
	static wm_http_parser p;
	static char out[256];
	const wm_http_limits lim = { WM_HTTP_MAX_HEAD, 10 * 1024 * 1024 };
	volatile size_t sink = 0;
	double best = 1e30;
	for (int round = 0; round < 5; round++) {
		double start = now_ns();
		for (long i = 0; i < iterations; i++) {
			wm_http_parser_init(&p);
			if (wm_http_parse_request(&p, req, len, &lim) != WM_HTTP_COMPLETE) {
				fprintf(stderr, "%s: not complete\n", name);
				exit(1);
			}
			sink += p.header_count;
			if (dechunk) {
				sink += wm_http_dechunk(&p, req, out);
			}
		}
		double per = (now_ns() - start) / iterations;
		best = per < best ? per : best;
	}
	printf("%-28s %4zu bytes  %7.1f ns/request (best of 5 x %ld)\n", name, len, best, iterations);
	(void)sink;
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 2000000;
	bench("browser GET, 8 headers", browser_get, sizeof(browser_get) - 1, iterations, 0);
	bench("small GET, 1 header", small_get, sizeof(small_get) - 1, iterations, 0);
	bench("POST Content-Length", post_cl, sizeof(post_cl) - 1, iterations, 0);
	bench("POST chunked + dechunk", post_chunked, sizeof(post_chunked) - 1, iterations, 1);
	return 0;
}
