#!/usr/bin/env bash
# Fuzzes the pure-C WebSocket frame parser (ext/ws/ws_frame.c) with libFuzzer.
# Usage: bash scripts/fuzz-ws.sh [runs] [extra libFuzzer args]   (runs default 1000000; -1 = forever)
# Builds tests/fuzz/build/ws_frame_fuzz with clang-14 -fsanitize=fuzzer,address,undefined and
# runs it on a scratch copy of tests/fuzz/corpus/ws_frame (new inputs, crash-* files and, with
# FUZZ_JOBS=n parallel workers, fuzz-<n>.log stay in that build dir).
# Needs clang-14 and libclang-rt-14-dev (the sanitizer/fuzzer runtimes).
set -eu
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
cc=${CLANG:-clang-14}
if ! command -v "$cc" >/dev/null; then
	echo "fuzz-ws: $cc not found: apt-get install clang-14 libclang-rt-14-dev" >&2
	exit 2
fi
out=tests/fuzz/build
mkdir -p "$out/corpus-ws_frame"
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { return 0; }' > "$probe/p.c"
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" 2>"$probe/err"; then
	if grep -q 'libclang_rt' "$probe/err"; then
		echo "fuzz-ws: the fuzzer/sanitizer runtimes are missing: apt-get install libclang-rt-14-dev" >&2
	else
		cat "$probe/err" >&2
	fi
	exit 2
fi
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Iext/ws \
	tests/fuzz/ws_frame_fuzz.c ext/ws/ws_frame.c -o "$out/ws_frame_fuzz"
cp -n tests/fuzz/corpus/ws_frame/* "$out/corpus-ws_frame/" 2>/dev/null || true
jobs_args=()
[ -n "${FUZZ_JOBS:-}" ] && jobs_args=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
# From the build dir, so -jobs' fuzz-<n>.log files land there too.
root=$PWD
cd "$out"
exec ./ws_frame_fuzz -runs="$runs" -dict="$root/tests/fuzz/ws_frame.dict" -max_len=4096 \
	-artifact_prefix=./ -print_final_stats=1 "${jobs_args[@]}" "$@" corpus-ws_frame
