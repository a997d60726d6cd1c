#!/usr/bin/env bash
# Fuzzes the WebSocket client's pure-C pieces (the reply head through ext/ws/ws_handshake.c,
# frames through ext/ws/ws_frame.c's wm_ws_frame_client_head() in wm_ws_input()'s loop) with
# libFuzzer. Usage: bash scripts/fuzz-ws-client.sh [runs] [extra libFuzzer args]
# Builds tests/fuzz/build/ws_client_fuzz with clang-14 -fsanitize=fuzzer,address,undefined
# against libcrypto and runs it on a scratch copy of tests/fuzz/corpus/ws_client.
# Needs clang-14, libclang-rt-14-dev and libssl-dev.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
cc=${CLANG:-clang-14}
if ! command -v "$cc" >/dev/null; then
	echo "fuzz-ws-client: $cc not found: apt-get install clang-14 libclang-rt-14-dev" >&2
	exit 2
fi
out=tests/fuzz/build
mkdir -p "$out/corpus-ws_client"
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Iext/ws \
	$(pkg-config --cflags openssl) tests/fuzz/ws_client_fuzz.c ext/ws/ws_frame.c ext/ws/ws_handshake.c \
	-o "$out/ws_client_fuzz" $(pkg-config --libs openssl)
cp -n tests/fuzz/corpus/ws_client/* "$out/corpus-ws_client/" 2>/dev/null || true
root=$PWD
cd "$out"
exec ./ws_client_fuzz -runs="$runs" -dict="$root/tests/fuzz/ws_client.dict" -max_len=4096 -artifact_prefix=./ \
	-print_final_stats=1 "$@" corpus-ws_client
