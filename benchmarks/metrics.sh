#!/usr/bin/env bash
# benchmarks/metrics.sh: what the metrics cost a worker. One HTTP hello-world worker under
# wrk (one thread, CONNS keep-alive connections) in interleaved rounds of three kinds:
#   off       Worker::$metricsListen unset (the counters stay in the process)
#   on        metrics on (counters in the shared region, the tick), nobody scraping
#   scraping  metrics on and one client scraping /metrics back to back for the whole round
# Prints req/s per round, the medians and their ratios to "off", scrapes/s with the median
# time of one scrape, and the master's CPU time per scrape (utime+stime over the round /
# scrapes). Master and worker share SERVER_CPU, so a scrape's work competes with the
# worker's; wrk and the scraper (one PHP process) run on CLIENT_CPU.
# Usage: bash benchmarks/metrics.sh   (needs wrk, curl, taskset)
# Environment: EXT, ROUNDS [3], DURATION [5], CONNS [50], SERVER_CPU [0], CLIENT_CPU [1],
#   PORT [19500], PHP [php].
set -uo pipefail
set +m
here=$(cd "$(dirname "$0")" && pwd)
EXT=${EXT:-$here/../modules/workerman.so}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
CONNS=${CONNS:-50}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT=${PORT:-19500}
PHP=${PHP:-php}
for tool in wrk curl taskset getconf; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
[ -f "$EXT" ] || { echo "no extension at $EXT" >&2; exit 1; }
work=$(mktemp -d /tmp/wm-metrics-bench.XXXXXX)
pgid=
scraper=
cleanup() {
	[ -n "$scraper" ] && kill "$scraper" 2>/dev/null
	[ -n "$pgid" ] && kill -INT -- "-$pgid" 2>/dev/null && sleep 1 && kill -KILL -- "-$pgid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() { # metrics address or ''
	WM_BENCH_PORT=$PORT WM_BENCH_TMP=$work WM_BENCH_METRICS=$1 \
		setsid taskset -c "$SERVER_CPU" "$PHP" -d extension="$EXT" "$here/metrics_server.php" start \
		>"$work/server.out" 2>&1 &
	pgid=$!
	for _ in $(seq 100); do
		curl -s -o /dev/null "http://127.0.0.1:$PORT/" && return 0
		sleep 0.1
	done
	echo "server did not start:" >&2; cat "$work/server.out" >&2; exit 1
}

stop_server() {
	kill -INT -- "-$pgid" 2>/dev/null
	for _ in $(seq 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL -- "-$pgid" 2>/dev/null
	pgid=
}

wrk_round() { # prints req/s
	taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNS" -d"${DURATION}s" "http://127.0.0.1:$PORT/" 2>/dev/null \
		| awk '/^Requests\/sec/ {print $2}'
}

# Scrapes /metrics back to back from one PHP process (no process per scrape) for $1
# seconds; prints the number of scrapes and the median time of one (ms).
scrape_loop() {
	taskset -c "$CLIENT_CPU" "$PHP" -r '
		[$port, $seconds] = [(int)$argv[1], (float)$argv[2]];
		$times = [];
		$end = microtime(true) + $seconds;
		while (microtime(true) < $end) {
			$t = microtime(true);
			$c = stream_socket_client("tcp://127.0.0.1:$port");
			fwrite($c, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
			while (!feof($c)) { fread($c, 65536); }
			fclose($c);
			$times[] = microtime(true) - $t;
		}
		sort($times);
		printf("%d %.3f\n", count($times), $times[intdiv(count($times), 2)] * 1000);
	' "$((PORT + 1))" "$1"
}

cpu_ticks() { # utime + stime of a pid, in clock ticks
	awk '{print $14 + $15}' "/proc/$1/stat"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A results
for round in $(seq "$ROUNDS"); do
	start_server ""
	wrk_round >/dev/null # warm-up
	results[off]+="$(wrk_round) "
	stop_server
	start_server "127.0.0.1:$((PORT + 1))"
	wrk_round >/dev/null
	results[on]+="$(wrk_round) "
	master=$(cat "$work/metrics_server_$PORT.pid")
	before=$(cpu_ticks "$master")
	scrape_loop "$DURATION" >"$work/scrapes" &
	scraper=$!
	results[scraping]+="$(wrk_round) "
	wait "$scraper"; scraper=
	after=$(cpu_ticks "$master")
	read -r scrapes scrape_ms <"$work/scrapes"
	results[scrapes]+="$(awk -v n="$scrapes" -v d="$DURATION" 'BEGIN {printf "%.0f", n / d}') "
	results[scrape_ms]+="$scrape_ms "
	results[master_us]+="$(awk -v t=$((after - before)) -v n="$scrapes" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", t / hz * 1e6 / n}') "
	stop_server
	echo "round $round: off ${results[off]} on ${results[on]} scraping ${results[scraping]}" >&2
done
off=$(tr ' ' '\n' <<<"${results[off]}" | grep . | median)
on=$(tr ' ' '\n' <<<"${results[on]}" | grep . | median)
scraping=$(tr ' ' '\n' <<<"${results[scraping]}" | grep . | median)
printf 'req/s per round   off: %s\n                   on: %s\n             scraping: %s\n' "${results[off]}" "${results[on]}" "${results[scraping]}"
printf 'median req/s      off %s  on %s (%.3f)  scraping %s (%.3f)\n' "$off" "$on" "$(echo "$on / $off" | bc -l)" \
	"$scraping" "$(echo "$scraping / $off" | bc -l)"
printf 'scrapes/s during the scraping rounds: %s; median time of one scrape (ms): %s\n' "${results[scrapes]}" "${results[scrape_ms]}"
printf 'master CPU per scrape (us): %s\n' "${results[master_us]}"
