#!/usr/bin/env bash
# benchmarks/metrics_callgrind.sh: instructions per HTTP request in the worker process with
# metrics off and on (valgrind --tool=callgrind; instruction counts do not depend on how busy
# the machine is, unlike req/s). For each mode the worker serves N1 and then N2 keep-alive
# requests in two separate runs; per request = (I(N2) - I(N1)) / (N2 - N1), which cancels
# start-up and shutdown. The "on" runs also scrape /metrics SCRAPES times (the master's work).
# Usage: bash benchmarks/metrics_callgrind.sh   (needs valgrind, curl)
# Environment: EXT, N1 [2000], N2 [6000], SCRAPES [20], PORT [19600], PHP [php], TIMERS ["0 1"]
#   (runs without and with a one-second app Timer in the worker), MODES ["off on"] (MODES=off
#   with EXT of a build without metrics gives the baseline).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
EXT=${EXT:-$here/../modules/workerman.so}
N1=${N1:-2000}
N2=${N2:-6000}
SCRAPES=${SCRAPES:-20}
PORT=${PORT:-19600}
PHP=${PHP:-php}
for tool in valgrind curl; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
work=$(mktemp -d /tmp/wm-metrics-cg.XXXXXX)
pgid=
cleanup() {
	[ -n "$pgid" ] && kill -KILL -- "-$pgid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT

# Worker instructions (the callgrind total of the process that is not the master) after
# serving $2 requests with metrics $1 (off|on).
run() {
	local mode=$1 n=$2 metrics=
	[ "$mode" = on ] && metrics=127.0.0.1:$((PORT + 1))
	rm -f "$work"/callgrind.out.*
	WM_BENCH_PORT=$PORT WM_BENCH_TMP=$work WM_BENCH_METRICS=$metrics WM_BENCH_STOP_TIMEOUT=60 setsid valgrind --tool=callgrind \
		--trace-children=yes --callgrind-out-file="$work/callgrind.out.%p" \
		"$PHP" -d extension="$EXT" "$here/metrics_server.php" start >"$work/server.out" 2>&1 &
	pgid=$!
	for _ in $(seq 300); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
	"$PHP" -r '
		[$port, $n] = [(int)$argv[1], (int)$argv[2]];
		$c = stream_socket_client("tcp://127.0.0.1:$port");
		$req = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
		for ($done = 0; $done < $n; $done++) {
			fwrite($c, $req);
			$buf = "";
			while (!str_contains($buf, "Hello World")) { $buf .= fread($c, 4096); }
		}
	' "$PORT" "$n"
	if [ -n "$metrics" ]; then
		for _ in $(seq "$SCRAPES"); do curl -s -o /dev/null "http://$metrics/metrics"; done
	fi
	local master
	master=$(cat "$work/metrics_server_$PORT.pid")
	kill -INT "$master"
	for _ in $(seq 300); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
	pgid=
	for f in "$work"/callgrind.out.*; do
		[ "$f" = "$work/callgrind.out.$master" ] && continue
		awk '/^(summary|totals):/ {print $2; exit}' "$f"
	done | sort -n | tail -1
}

for timer in ${TIMERS:-0 1}; do
	export WM_BENCH_TIMER=$timer
	for mode in ${MODES:-off on}; do
		i1=$(run "$mode" "$N1")
		i2=$(run "$mode" "$N2")
		per=$(( (i2 - i1) / (N2 - N1) ))
		echo "metrics $mode, app timer $timer: worker instructions $i1 ($N1 requests), $i2 ($N2 requests): $per per request"
	done
done
