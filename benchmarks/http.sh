#!/usr/bin/env bash
# benchmarks/http.sh: HTTP server benchmarks of our extension against Workerman 4.2.1 and a
# bare C epoll server (benchmarks/c/bare_http.c), with wrk (one thread) as load generator, in
# interleaved rounds; prints medians and per-round ratios ours/Workerman.
#
# Usage: bash benchmarks/http.sh    (needs wrk, cc, taskset, php with pcntl+posix)
# Workloads (WORKLOADS, default abcde), every one on CONNS [100] keep-alive connections:
#   a  hello world, one request in flight per connection: req/s and the worker's busy share
#   b  hello world, PIPELINE [16] identical requests per write (benchmarks/http/pipeline.lua)
#   c  hello world, PIPELINE varied requests per write: a pool of POOL [32768] distinct
#      ~350-byte requests (random path, query, cookie, request id), fixed seed
#   d  JSON: json_encode($request->get()) in a Response with 3 headers, the varied pipelined
#      requests of (c) (their query strings are what is encoded); bare C answers hello world
#   e  RSS per connection: IDLE_CONNS [10000] keep-alive connections, one request answered on
#      each, then held (benchmarks/c/conn_hold.c); VmRSS delta of the worker / connections
# Environment: EXT, WORKERMAN_DIR, WORKERMAN_PHP_ARGS, SERVERS [ours workerman bare],
#   ROUNDS [3], DURATION [5], WARMUP [1], CONNS, PIPELINE, POOL, IDLE_CONNS, SERVER_CPU [0],
#   CLIENT_CPU [1], PORT [19400], PHP [php], WRK [wrk]. Same conventions as run.sh.
# Ours is probed first (two pipelined requests, then the JSON reply): if our build does not
# serve HTTP yet, ours is skipped with a note, the rest still runs.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
WORKLOADS=${WORKLOADS:-abcde}
POOL=${POOL:-32768}
IDLE_CONNS=${IDLE_CONNS:-10000}
WRK=${WRK:-wrk}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
command -v "$WRK" >/dev/null || die "needs wrk (apt-get install wrk)"
build_tool bare_http -lssl -lcrypto
build_tool conn_hold
server_php=$here/http_server.php
lua=$here/http/pipeline.lua
unset WM_BENCH_CERT WM_BENCH_KEY # plain http here; tls.sh sets them

# ---- one server of a kind, in a mode (hello|json) ----

start_http() { # kind mode
	case $1 in
	bare) start_server bare "$bin/bare_http" -p @PORT@ ;;
	*) WM_BENCH_MODE=$2 start_server "$1" "$server_php" ;;
	esac
}

# Writes two requests in one write and reads two replies: prints the second body, or "".
http_probe() { # port path
	"$PHP" -r '
		$s = @stream_socket_client("tcp://127.0.0.1:" . $argv[1], $e, $m, 2);
		if (!$s) exit(1);
		$req = "GET " . $argv[2] . " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
		fwrite($s, $req . $req);
		stream_set_timeout($s, 2);
		$buf = ""; $bodies = [];
		while (count($bodies) < 2 && ($d = fread($s, 8192)) !== false && $d !== "") {
			$buf .= $d;
			while (($p = strpos($buf, "\r\n\r\n")) !== false
				&& preg_match("/content-length: *(\\d+)/i", substr($buf, 0, $p), $mm)
				&& strlen($buf) >= $p + 4 + $mm[1]) {
				if (strncmp($buf, "HTTP/1.1 200", 12) !== 0) exit(1);
				$bodies[] = substr($buf, $p + 4, (int)$mm[1]);
				$buf = substr($buf, $p + 4 + $mm[1]);
			}
		}
		echo count($bodies) === 2 ? $bodies[1] : "";' "$1" "$2"
}

ours_http=yes ours_json=yes
if [[ " $SERVERS " == *" ours "* ]]; then
	if ! start_http ours hello; then
		ours_http="no (the server did not start)"
	elif [ "$(http_probe "$server_port" /)" != "Hello World" ]; then
		ours_http="no (no 'Hello World' reply to two pipelined requests)"
		tail -5 "$server_out" | sed 's/^/    /' >&2
	fi
	stop_server
	if [ "$ours_http" = yes ] && [[ $WORKLOADS == *d* ]]; then
		if ! start_http ours json; then
			ours_json="no (the JSON server did not start)"
		elif [ "$(http_probe "$server_port" '/json?a=1&b=x')" != '{"a":"1","b":"x"}' ]; then
			ours_json="no (wrong JSON reply)"
		fi
		stop_server
	fi
	[ "$ours_http" != yes ] && { log "note: ours skipped: our build does not serve HTTP yet: $ours_http"; SERVERS=${SERVERS//ours/}; ours_json=no; }
	[ "$ours_json" != yes ] && [ "$ours_http" = yes ] && log "note: (d) skipped for ours: $ours_json"
fi

# ---- measurements: results[workload.kind.round] ----

declare -A req_s busy per_core client_busy rss_per_conn

run_wrk() { # workload kind round [wrk script args...]
	local w=$1 kind=$2 round=$3; shift 3
	local args=() out t0 t1 c0 c1 key=$w.$kind.$round
	[ $# -gt 0 ] && args=(-s "$lua" "http://127.0.0.1:$server_port/" -- "$@") || args=("http://127.0.0.1:$server_port/")
	if [ "${WARMUP%.*}" -gt 0 ] 2>/dev/null; then
		timeout $((WARMUP + 30)) taskset -c "$CLIENT_CPU" "$WRK" -t1 -c"$CONNS" -d"${WARMUP}s" "${args[@]}" >/dev/null 2>&1
	fi
	c0=$(cpu_seconds "$worker_pids"); t0=$(now_s)
	out=$( { TIMEFORMAT='WRKCPU %U %S'; time timeout $((DURATION + 30)) taskset -c "$CLIENT_CPU" "$WRK" -t1 -c"$CONNS" -d"${DURATION}s" "${args[@]}"; } 2>&1)
	t1=$(now_s); c1=$(cpu_seconds "$worker_pids")
	local rps errs
	rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
	errs=$(grep -E "Socket errors|Non-2xx" <<<"$out")
	if [ -z "$rps" ] || [ "${rps%.*}" = 0 ] || [ -n "$errs" ] || ! kill -0 "$server_pgid" 2>/dev/null; then
		log "($w) $kind round $round failed: ${errs:-$(tail -3 <<<"$out")}"
		return
	fi
	req_s[$key]=$rps
	busy[$key]=$(awk -v a="$c0" -v b="$c1" -v t0="$t0" -v t1="$t1" 'BEGIN { printf("%.3f", (b - a) / (t1 - t0)) }')
	client_busy[$key]=$(awk -v t0="$t0" -v t1="$t1" '/^WRKCPU/ { printf("%.3f", ($2 + $3) / (t1 - t0)) }' <<<"$out")
	per_core[$key]=$(per_busy_core "$rps" "${busy[$key]}")
	log "  ($w) $kind: $(fmt "$rps") req/s, server busy $(fmt "${busy[$key]}" 3), client busy ${client_busy[$key]}, ${per_core[$key]} req/s per busy core"
}

idle_conns_of() { if [ "$1" = workerman ] && [ -n "$WORKERMAN_DIR" ] && [ "$wm_loop" = select ] && [ "$IDLE_CONNS" -gt 1000 ]; then echo 1000; else echo "$IDLE_CONNS"; fi; }

run_idle() { # kind round
	local kind=$1 round=$2 line
	http_probe "$server_port" / >/dev/null
	line=$(timeout 180 taskset -c "$CLIENT_CPU" "$bin/conn_hold" -m http -p "$server_port" -n "$(idle_conns_of "$kind")" -T 0 -S "$worker_pids" | grep '^HELD')
	if [ -z "$line" ] || [ "$(field failed "$line")" != 0 ] || [ "$(field alive "$line")" != 1 ]; then
		log "(e) $kind round $round failed: ${line:-no result}"
		return
	fi
	rss_per_conn[e.$kind.$round]=$(field rss_per_conn "$line")
	log "  (e) $kind: $(field n "$line") connections, server fds +$(field server_fds "$line"), RSS $(field rss_before "$line") -> $(field rss_after "$line") = ${rss_per_conn[e.$kind.$round]} bytes per connection"
}

log "servers: ${SERVERS:-none}; Workerman loop: $([ -n "$WORKERMAN_DIR" ] && echo "$wm_loop" || echo -); rounds: $ROUNDS x ${DURATION}s (+${WARMUP}s warm-up); $CONNS connections, wrk -t1; server CPU $SERVER_CPU, client CPU $CLIENT_CPU"
for round in $(seq "$ROUNDS"); do
	log "round $round"
	for kind in $SERVERS; do
		if [[ $WORKLOADS == *[abc]* ]] && start_http "$kind" hello; then
			[[ $WORKLOADS == *a* ]] && run_wrk a "$kind" "$round"
			[[ $WORKLOADS == *b* ]] && run_wrk b "$kind" "$round" same "$PIPELINE"
			[[ $WORKLOADS == *c* ]] && run_wrk c "$kind" "$round" varied "$PIPELINE" "$POOL"
			stop_server
		fi
		if [[ $WORKLOADS == *d* ]] && { [ "$kind" != ours ] || [ "$ours_json" = yes ]; } && start_http "$kind" json; then
			run_wrk d "$kind" "$round" varied "$PIPELINE" "$POOL"
			stop_server
		fi
		if [[ $WORKLOADS == *e* ]] && start_http "$kind" hello; then
			run_idle "$kind" "$round"
			stop_server
		fi
	done
done

# ---- report ----

titles=("ours" "Workerman 4.2.1 ($wm_loop)" "bare C")
[ -z "$WORKERMAN_DIR" ] && titles[1]="Workerman (not run)"
[ "$ours_http" != yes ] && titles[0]="ours (skipped)"
row() { printf '%-40s %16s %24s %14s\n' "$@"; }
declare -A target=([b]=5 [c]=5 [d]=3)
declare -A labels=([a]="(a) hello, 1 in flight" [b]="(b) hello, pipelined x$PIPELINE" [c]="(c) varied, pipelined x$PIPELINE" [d]="(d) JSON, varied x$PIPELINE")
e_ours=$(values rss_per_conn e ours | median)
{
	echo
	echo "== HTTP benchmarks: $ROUNDS rounds x ${DURATION}s, $CONNS connections, wrk -t1; medians (per-round ratios medianed) =="
	row "" "${titles[0]}" "${titles[1]}" "${titles[2]}"
	for w in a b c d; do
		[[ $WORKLOADS == *$w* ]] || continue
		row "${labels[$w]} req/s" "$(cell req_s $w ours)" "$(cell req_s $w workerman)" "$(cell req_s $w bare)"
		row "    server busy" "$(pct_cell busy $w ours)" "$(pct_cell busy $w workerman)" "$(pct_cell busy $w bare)"
		row "    req/s per busy server core" "$(cell per_core $w ours)" "$(cell per_core $w workerman)" "$(cell per_core $w bare)"
		row "    client (wrk) busy" "$(cell client_busy $w ours 2)" "$(cell client_busy $w workerman 2)" "$(cell client_busy $w bare 2)"
	done
	[[ $WORKLOADS == *e* ]] && row "(e) RSS bytes per connection" "$(cell rss_per_conn e ours)" "$(cell rss_per_conn e workerman)" "$(cell rss_per_conn e bare)" &&
		echo "    ($IDLE_CONNS keep-alive connections, one request answered on each$([ "$(idle_conns_of workerman)" != "$IDLE_CONNS" ] && echo "; Workerman $(idle_conns_of workerman) as select() stops at 1024"))"
	echo
	echo "ratios ours/Workerman (req/s; per busy core in brackets), ours/bare C per busy core:"
	for w in a b c d; do
		[[ $WORKLOADS == *$w* ]] || continue
		x=$(ratios req_s $w ours workerman)
		t=${target[$w]:-}
		printf '  %-34s %6s (%s)%s   ours/bare C %s\n' "${labels[$w]}" "$(r2 "$x")" "$(r2 "$(ratios per_core $w ours workerman)")" \
			"$([ -n "$t" ] && echo "  target >= $t: $(verdict "$x" "$t" ">=")")" "$(r2 "$(ratios per_core $w ours bare)")"
	done
	[[ $WORKLOADS == *e* ]] && echo "  (e) ours bytes per connection: $([ "$e_ours" = - ] && echo - || fmt "$e_ours")  (target <= 1024: $(verdict "$e_ours" 1024 "<="))"
	echo
	echo "README table:"
	echo
	echo "| workload (loopback, server on 1 core, $CONNS conns, wrk -t1) | ours | ${titles[1]} | bare C | ours/Workerman |"
	echo "| --- | ---: | ---: | ---: | --- |"
	for w in a b c d; do
		[[ $WORKLOADS == *$w* ]] || continue
		t=${target[$w]:-}
		echo "| ${labels[$w]}: req/s | $(cell req_s $w ours) | $(cell req_s $w workerman) | $(cell req_s $w bare) | $(r2 "$(ratios req_s $w ours workerman)")$([ -n "$t" ] && echo " (target >= $t)") |"
	done
	if [[ $WORKLOADS == *e* ]]; then
		echo "| (e) RSS per connection ($IDLE_CONNS), bytes | $(cell rss_per_conn e ours) | $(cell rss_per_conn e workerman) | $(cell rss_per_conn e bare) | target <= 1024 |"
	fi
}
