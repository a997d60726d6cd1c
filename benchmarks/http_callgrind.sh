#!/usr/bin/env bash
# Worker instructions per HTTP request under callgrind: benchmarks/http_server.php (hello) in
# valgrind, counters zeroed once the worker is up, a fixed load from
# benchmarks/http/pipelined_client.php, counters dumped before the stop.
# Usage: bash benchmarks/http_callgrind.sh [DEPTH=16] [ROUNDS=4000]   (WM_EXT=... to pick a build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ext=${WM_EXT:-$here/../modules/workerman.so}
depth=${1:-16}; rounds=${2:-4000}; port=${WM_BENCH_PORT:-19611}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
WM_BENCH_PORT=$port WM_BENCH_TMP=$tmp valgrind --tool=callgrind --trace-children=yes \
    --callgrind-out-file="$tmp/cg.%p" php -d extension="$ext" -d workerman.api=${WM_API:-4} \
    "$here/http_server.php" start > "$tmp/server.log" 2>&1 &
for _ in $(seq 1 100); do curl -s -m 1 "http://127.0.0.1:$port/" > /dev/null && break; sleep 0.3; done
worker=$(pgrep -P "$(cat "$tmp/http_server_$port.pid")" | head -1)
callgrind_control -z "$worker" > /dev/null 2>&1
requests=$(php "$here/http/pipelined_client.php" "$port" "$depth" "$rounds" | awk '{print $2}')
callgrind_control -d "$worker" > /dev/null 2>&1
WM_BENCH_PORT=$port WM_BENCH_TMP=$tmp php -d extension="$ext" "$here/http_server.php" stop > /dev/null 2>&1 || true
ir=$(grep -h '^summary' "$tmp/cg.$worker.1" | awk '{print $2}')
echo "depth $depth: $requests requests, $ir instructions, $((ir / requests)) per request"
