/* asan-dlopen.c: an LD_PRELOAD shim for running Debian's (uninstrumented) php under ASan with an
 * ASan-built workerman.so (scripts/asan.sh). PHP loads every extension with RTLD_DEEPBIND, which
 * the sanitizer runtime refuses (google/sanitizers#611); this dlopen() drops that flag and hands
 * the call on. Loaded before libasan (ASAN_OPTIONS=verify_asan_link_order=0). */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int flags)
{
	static void *(*next)(const char *, int);
	if (!next) {
		next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return next(file, flags & ~RTLD_DEEPBIND);
}
