#!/usr/bin/env bash
# The phpt suite against an AddressSanitizer + UBSan build of the extension (besides valgrind's
# WM_VALGRIND=1 mode): faster than valgrind, and it sees overflows inside a Zend allocation too.
#   bash scripts/asan.sh [phpt files or folders]        (WM_API=4|5|"4 5" as for tests/run.sh)
# Builds a copy with gcc -fsanitize=address,undefined in $WM_ASAN_DIR (default /tmp/wm-asan),
# then runs tests/run.sh with WM_EXT pointing at it and a php wrapper that sets, for every php
# the tests start:
#   LD_PRELOAD  a dlopen shim (PHP's RTLD_DEEPBIND is refused by the sanitizer runtime), then
#               libasan and libubsan: Debian's php is not instrumented, only our .so is;
#   USE_ZEND_ALLOC=0  so emalloc() is malloc() and ASan sees every request allocation;
#   ASAN_OPTIONS/UBSAN_OPTIONS  reports to $WM_ASAN_DIR/logs/<name>.<pid>, no leak check (PHP
#               keeps persistent allocations at exit by design).
# Ends with tests/run.sh's line, then "asan: N reports" and each report; fails on any report.
# Limits: PHP itself and libevent/OpenSSL are not instrumented (errors inside them that do not
# touch our memory go unseen); a few tests that time things may run slower and fail on time.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${WM_ASAN_DIR:-/tmp/wm-asan}
libasan=$(gcc -print-file-name=libasan.so)
libubsan=$(gcc -print-file-name=libubsan.so)
if [ ! -e "$libasan" ] || [ ! -e "$libubsan" ]; then
    echo "asan.sh: gcc's libasan/libubsan not found (apt-get install gcc)"; exit 2
fi
so=$(nice -n 10 bash scripts/build-sanitized.sh "$dir" gcc -fsanitize=address,undefined) || exit 2
gcc -shared -fPIC -O1 scripts/asan-dlopen.c -o "$dir/asan-dlopen.so" -ldl || exit 2
rm -rf "$dir/logs"
mkdir -p "$dir/logs"
# A php wrapper first in PATH: tests/run.sh's own tools (pgrep, od, ...) stay uninstrumented
# (some hung under the preload); every php the tests start, servers included, inherits it.
mkdir -p "$dir/bin"
cat > "$dir/bin/php" <<WRAP
#!/bin/sh
export LD_PRELOAD="$dir/asan-dlopen.so:$(readlink -f "$libasan"):$(readlink -f "$libubsan")"
export USE_ZEND_ALLOC=0
export ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0:log_path=$dir/logs/asan:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:log_path=$dir/logs/ubsan"
exec $(command -v php) "\$@"
WRAP
chmod +x "$dir/bin/php"
PATH="$dir/bin:$PATH" WM_EXT="$so" bash tests/run.sh "$@"
rc=$?
reports=$(find "$dir/logs" -type f | sort)
count=$(printf '%s' "$reports" | grep -c . || true)
echo "asan: $count reports"
for f in $reports; do
    echo "== $f"
    head -60 "$f"
done
[ "$rc" -eq 0 ] && [ "$count" -eq 0 ]
