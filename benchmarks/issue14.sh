#!/usr/bin/env bash
# benchmarks/issue14.sh: every figure of README's speed and memory tables in one run, one
# script after the other on an otherwise idle machine, each against Workerman 4.2.1 (+ the
# event extension when WORKERMAN_PHP_ARGS loads it) and, where it has one, the bare C server.
# The whole output goes to stdout; keep it (tee) under benchmarks/results/.
#
# Usage: WORKERMAN_DIR=/tmp/wm421 WORKERMAN_PHP_ARGS="-d extension=/path/to/event.so" \
#          bash benchmarks/issue14.sh
# Environment: EXT [modules/workerman.so], WORKERMAN_DIR (required), WORKERMAN_PHP_ARGS [],
#   PARTS [callgrind gateway tls memory http ws text] (a subset, in that order),
#   ROUNDS [3], DURATION [5]; each part's own variables pass through.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
: "${WORKERMAN_DIR:?set WORKERMAN_DIR to a Workerman 4.2.1 tree}"
export WORKERMAN_DIR WORKERMAN_PHP_ARGS=${WORKERMAN_PHP_ARGS:-}
export EXT=${EXT:-$here/../modules/workerman.so}
export ROUNDS=${ROUNDS:-3} DURATION=${DURATION:-5}
PARTS=${PARTS:-callgrind gateway tls memory http ws text}

part() {
	local name=$1
	shift
	echo
	echo "######## $name: $* ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
	"$@"
	echo "######## $name: exit $? ($(date -u +%H:%M:%S))"
}

echo "issue14.sh on $(git -C "$here/.." rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores"
for p in $PARTS; do
	case $p in
	callgrind) part callgrind env APIS="4" RUNS=1 ANNOTATE= bash "$here/callgrind.sh" ;;
	gateway) part gateway env LINES="1 16" bash "$here/gateway.sh" ;;
	tls) part tls env WORKLOADS=a bash "$here/tls.sh" ;;
	memory) part memory bash "$here/memory.sh" ;;
	http) part http env WORKLOADS=ab bash "$here/http.sh" ;;
	ws) part ws env WORKLOADS=ab bash "$here/ws.sh" ;;
	text) part text env WORKLOADS=ab bash "$here/run.sh" ;;
	*) echo "issue14.sh: unknown part $p" >&2 ;;
	esac
done
