#!/usr/bin/env bash
# Fuzzes the WebSocket handshake helpers (ext/ws/ws_handshake.c) with libFuzzer.
# Usage: bash scripts/fuzz-ws-handshake.sh [runs] [extra libFuzzer args]   (runs default 1000000)
# Builds tests/fuzz/build/ws_handshake_fuzz with clang-14 -fsanitize=fuzzer,address,undefined
# against libcrypto and runs it on a scratch copy of tests/fuzz/corpus/ws_handshake.
# Needs clang-14, libclang-rt-14-dev and libssl-dev.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
cc=${CLANG:-clang-14}
if ! command -v "$cc" >/dev/null; then
	echo "fuzz-ws-handshake: $cc not found: apt-get install clang-14 libclang-rt-14-dev" >&2
	exit 2
fi
out=tests/fuzz/build
mkdir -p "$out/corpus-ws_handshake"
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Iext/ws \
	$(pkg-config --cflags openssl) tests/fuzz/ws_handshake_fuzz.c ext/ws/ws_handshake.c \
	-o "$out/ws_handshake_fuzz" $(pkg-config --libs openssl)
cp -n tests/fuzz/corpus/ws_handshake/* "$out/corpus-ws_handshake/" 2>/dev/null || true
cd "$out"
exec ./ws_handshake_fuzz -runs="$runs" -max_len=2048 -artifact_prefix=./ -print_final_stats=1 "$@" corpus-ws_handshake
