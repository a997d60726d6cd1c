#!/usr/bin/env bash
# Builds the extension with sanitizers into a separate directory (the source tree's own build
# stays as it is): a copy of config.m4, ext/ and php-src-stubs/, then phpize/configure/make.
#   bash scripts/build-sanitized.sh <dir> <cc> <cflags...>
# Prints the path of the .so. Used by scripts/asan.sh (gcc, -fsanitize=address,undefined) and
# scripts/fuzz-php.sh (clang-14, -fsanitize=fuzzer-no-link,address,undefined).
# Rebuilds only what changed since the last build in <dir> (make's own timestamps).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: build-sanitized.sh <dir> <cc> <cflags...>}
cc=${2:?usage: build-sanitized.sh <dir> <cc> <cflags...>}
shift 2
cflags="$*"
mkdir -p "$dir"
# Tracked and new files (not build products); a copy whose bytes are unchanged keeps its time.
git ls-files -co --exclude-standard config.m4 ext php-src-stubs | while read -r f; do
    mkdir -p "$dir/$(dirname "$f")"
    cmp -s "$f" "$dir/$f" 2>/dev/null || cp "$f" "$dir/$f"
done
cd "$dir"
stamp="$cc $cflags"
if [ ! -f Makefile ] || [ "$(cat .sanitized-flags 2>/dev/null)" != "$stamp" ] || [ config.m4 -nt Makefile ]; then
    phpize >/dev/null 2>&1
    CC="$cc" CFLAGS="-g -O1 -fno-omit-frame-pointer $cflags" LDFLAGS="$cflags" \
        ./configure --enable-workerman >configure.log 2>&1 || { tail -20 configure.log; exit 1; }
    echo "$stamp" > .sanitized-flags
fi
make -j"${WM_BUILD_JOBS:-2}" >make.log 2>&1 || { grep -E "error" make.log | head -20; exit 1; }
echo "$PWD/modules/workerman.so"
