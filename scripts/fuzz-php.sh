#!/usr/bin/env bash
# libFuzzer on the parsers inside the extension's PHP-facing code (tests/fuzz/php_fuzz.c): the
# extension is built with clang-14 -fsanitize=fuzzer-no-link,address,undefined in
# $WM_FUZZ_BUILD (default /tmp/wm-fuzz-build, scripts/build-sanitized.sh), its objects linked
# with the harness into PHP's embed SAPI, one binary per target.
#   bash scripts/fuzz-php.sh <target> [runs] [extra libFuzzer args]   (runs default 1000000)
# targets: multipart urlencoded query cookie session request ws_inflate text_frame gateway
# WM_API=4|5 picks the API profile (default 4). The working corpus is a copy in
# $WM_FUZZ_DIR (default /tmp/wm-fuzz-php-<target>) seeded from tests/fuzz/corpus/<target>/; a
# crash leaves crash-* there: turn it into a phpt test.
# Needs clang-14, libclang-rt-14-dev, libphp8.2-embed (and the extension's build deps).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bash scripts/fuzz-php.sh <target> [runs] [libFuzzer args]}
runs=${2:-1000000}
shift 2 || shift $#
case $target in
    multipart|urlencoded|query|cookie|session|request|ws_inflate|text_frame|gateway) ;;
    *) echo "fuzz-php.sh: unknown target '$target'"; exit 2 ;;
esac
cc=${CLANG:-clang-14}
command -v "$cc" >/dev/null || { echo "fuzz-php.sh: $cc not found: apt-get install clang-14 libclang-rt-14-dev"; exit 2; }
[ -e /usr/lib/libphp8.2.so ] || { echo "fuzz-php.sh: PHP's embed SAPI is missing: apt-get install libphp8.2-embed"; exit 2; }
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
build=${WM_FUZZ_BUILD:-/tmp/wm-fuzz-build}
nice -n 10 bash scripts/build-sanitized.sh "$build" "$cc" $flags >/dev/null
mapfile -t objects < <(find "$build/ext" -path '*/.libs/*.o' | sort)
work=${WM_FUZZ_DIR:-/tmp/wm-fuzz-php-$target}
mkdir -p "$work/corpus"
bin=$work/php_${target}_fuzz
macro=WM_FUZZ_$(echo "$target" | tr a-z A-Z)
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -D"$macro" \
    $(php-config --includes) -I"$build" tests/fuzz/php_fuzz.c "${objects[@]}" -o "$bin" \
    -L/usr/lib -lphp8.2 $(pkg-config --libs libevent openssl zlib) -Wl,-rpath,/usr/lib
cp -n tests/fuzz/corpus/"$target"/* "$work/corpus/" 2>/dev/null || true
dict=()
[ -f tests/fuzz/$target.dict ] && dict=(-dict="$PWD/tests/fuzz/$target.dict")
echo "fuzz-php.sh: $bin, corpus $work/corpus, runs $runs, API profile ${WM_API:-4}"
cd "$work"
# no leak check (PHP keeps persistent allocations); cheaper fills, quarantine and stacks: the
# per-request allocations of PHP dominate the run time otherwise
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:max_malloc_fill_size=0:quarantine_size_mb=32:malloc_context_size=8}"
exec "$bin" "${dict[@]}" -runs="$runs" -max_len=8192 -artifact_prefix=./ -print_final_stats=1 "$@" corpus
