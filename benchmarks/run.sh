#!/usr/bin/env bash
# benchmarks/run.sh: line echo benchmarks of our extension against Workerman 4.2.1 (PHP)
# and a bare C epoll server, in interleaved rounds; prints medians, msg/s per busy server
# core and per-round ratios, then a markdown table for the README.
#
# Usage: bash benchmarks/run.sh      (from anywhere; needs cc, taskset, php with pcntl+posix)
# Environment (defaults in brackets):
#   EXT            our extension [<repo>/modules/workerman.so]
#   WORKERMAN_DIR  a Workerman 4.2.1 tree (git clone https://github.com/walkor/workerman -b v4.2.1);
#                  unset: Workerman is not measured. Its code is only ever loaded from there.
#   WORKERMAN_PHP_ARGS  extra php arguments for Workerman only, e.g. "-d extension=event.so"
#   ROUNDS [3]  DURATION [5] seconds measured per run  WARMUP [1] seconds before measuring
#   SCHEME [auto]  text | tcp | auto (text if our build frames text://, else tcp for both)
#   WORKLOADS [abcd]  a: 100 conns x 1 line, b: 100 conns x 16 lines per write,
#                     c: RSS per idle connection, d: 100,000 idle connections (ours only)
#   CONNS [100] PIPELINE [16] LINE [32] IDLE_CONNS [10000] HUGE_CONNS [100000] SKIP_100K [0]
#   HUGE_PER_CLIENT [nofile limit - 1024, at most 25000] connections per client process in (d)
#   SERVER_CPU [0] CLIENT_CPU [1] PORT [19300] BARE_MODE [batch|msg] PHP [php]
#   SERVERS [ours workerman bare]  a subset to measure (workerman only with WORKERMAN_DIR)
# Every server runs in its own process group and is killed on exit; every client run is
# bounded by `timeout`. Only 127.0.0.0/8 is used.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ROUNDS=${ROUNDS:-3}
WORKLOADS=${WORKLOADS:-abcd}
IDLE_CONNS=${IDLE_CONNS:-10000}
HUGE_CONNS=${HUGE_CONNS:-100000}
SKIP_100K=${SKIP_100K:-0}
# shellcheck source=lib.sh
. "$here/lib.sh"

# ---- measurements: results[workload.kind.round] ----

declare -A msg_s busy per_core client_busy rss_per_conn
fmt() { awk -v v="$1" -v d="${2:-0}" 'BEGIN { printf("%.*f", d, v) }'; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2" | head -1; }

run_load() { # workload kind round lines_per_write
	local w=$1 kind=$2 round=$3 k=$4 line
	line=$(client -p "$server_port" -c "$CONNS" -k "$k" -l "$LINE" -d "$DURATION" -w "$WARMUP" -S "$worker_pids" | grep '^RESULT')
	if [ -z "$line" ] || [ "$(field errors "$line")" != 0 ]; then
		log "($w) $kind round $round failed: ${line:-no result}"
		return
	fi
	local key=$w.$kind.$round
	msg_s[$key]=$(field msg_s "$line")
	busy[$key]=$(field server_busy "$line")
	client_busy[$key]=$(field client_busy "$line")
	per_core[$key]=$(awk -v m="${msg_s[$key]}" -v b="${busy[$key]}" 'BEGIN { printf("%.0f", b > 0 ? m / b : 0) }')
	log "  ($w) $kind: ${msg_s[$key]} msg/s, server busy $(fmt "${busy[$key]}" 3), client busy $(fmt "${client_busy[$key]}" 3), ${per_core[$key]} msg/s per busy core"
}

# Workerman's select() loop watches at most 1024 descriptors: fewer connections there.
idle_conns_of() { if [ "$1" = workerman ] && [ "$wm_loop" = select ] && [ "$IDLE_CONNS" -gt 1000 ]; then echo 1000; else echo "$IDLE_CONNS"; fi; }

run_idle() { # kind round
	local kind=$1 round=$2 line
	line=$(timeout 180 taskset -c "$CLIENT_CPU" "$bin/echo_client" -p "$server_port" -i "$(idle_conns_of "$kind")" -T 0 -S "$worker_pids" | grep '^HELD')
	if [ -z "$line" ] || [ "$(field failed "$line")" != 0 ] || [ "$(field alive "$line")" != 1 ]; then
		log "(c) $kind round $round failed: ${line:-no result}"
		return
	fi
	rss_per_conn[c.$kind.$round]=$(field rss_per_conn "$line")
	log "  (c) $kind: $(field n "$line") idle connections, server fds +$(field server_fds "$line"), RSS $(field rss_before "$line") -> $(field rss_after "$line") = ${rss_per_conn[c.$kind.$round]} bytes per connection"
}

# (d): several client processes (each under the descriptor limit), one worker.
huge_result="not run"
run_huge() {
	local need=$((HUGE_CONNS + 1024)) hard
	hard=$(ulimit -Hn)
	if [ "$hard" != unlimited ] && [ "$hard" -lt "$need" ]; then
		huge_result="SKIP (nofile hard limit $hard < $need; raise it, e.g. as root with CAP_SYS_RESOURCE: ulimit -n $need)"
		return
	fi
	ulimit -n "$need"
	start_server ours || { huge_result="FAIL (server did not start)"; return; }
	local per_client=$(( $(ulimit -n) - 1024 )) clients i held=0 failed=0 base fds
	[ "$per_client" -gt 25000 ] && per_client=25000
	[ -n "${HUGE_PER_CLIENT:-}" ] && per_client=$HUGE_PER_CLIENT
	clients=$(( (HUGE_CONNS + per_client - 1) / per_client ))
	base=$(ls "/proc/$worker_pids/fd" | wc -l)
	extra_pids=()
	for i in $(seq 0 $((clients - 1))); do
		local n=$per_client
		[ $(( (i + 1) * per_client )) -gt "$HUGE_CONNS" ] && n=$((HUGE_CONNS - i * per_client))
		taskset -c "$CLIENT_CPU" "$bin/echo_client" -p "$server_port" -i "$n" -b "127.0.1.$((i + 1))" -T 300 \
			>"$work/huge.$i.out" 2>&1 &
		extra_pids+=($!)
	done
	for _ in $(seq 1800); do
		[ "$(cat "$work"/huge.*.out 2>/dev/null | grep -c '^HELD')" -eq "$clients" ] && break
		sleep 0.1
	done
	held=$(cat "$work"/huge.*.out | awk '/^HELD/ { split($2, kv, "="); n += kv[2] } END { print n + 0 }')
	failed=$(cat "$work"/huge.*.out | awk '/^HELD/ { split($3, kv, "="); n += kv[2] } END { print n + 0 }')
	for _ in $(seq 300); do
		fds=$(ls "/proc/$worker_pids/fd" 2>/dev/null | wc -l)
		[ $((fds - base)) -ge "$HUGE_CONNS" ] && break
		sleep 0.1
	done
	local rss alive=no
	rss=$(awk '/VmRSS/ { print $2 * 1024 }' "/proc/$worker_pids/status" 2>/dev/null)
	kill -0 "$worker_pids" 2>/dev/null && timeout 10 "$bin/echo_client" -p "$server_port" -c 1 -w 0 -d 0.2 >/dev/null && alive=yes
	for i in "${extra_pids[@]}"; do kill -TERM "$i" 2>/dev/null; done
	wait "${extra_pids[@]}" 2>/dev/null
	extra_pids=()
	stop_server
	if [ "${held:-0}" -eq "$HUGE_CONNS" ] && [ "${failed:-1}" -eq 0 ] && [ $((fds - base)) -ge "$HUGE_CONNS" ] && [ $alive = yes ]; then
		huge_result="PASS ($HUGE_CONNS held by the worker, RSS $((rss / 1048576)) MiB, still echoing)"
	else
		huge_result="FAIL (held ${held:-0}, failed ${failed:-?}, worker fds +$((fds - base)), echoing after: $alive)"
	fi
}

log "scheme: $scheme; servers: $SERVERS; Workerman loop: $([ -n "$WORKERMAN_DIR" ] && echo "$wm_loop" || echo -); rounds: $ROUNDS x ${DURATION}s (+${WARMUP}s warm-up); server CPU $SERVER_CPU, client CPU $CLIENT_CPU"
for round in $(seq "$ROUNDS"); do
	log "round $round"
	for kind in $SERVERS; do
		if [[ $WORKLOADS == *a* || $WORKLOADS == *b* ]]; then
			if start_server "$kind"; then
				[[ $WORKLOADS == *a* ]] && run_load a "$kind" "$round" 1
				[[ $WORKLOADS == *b* ]] && run_load b "$kind" "$round" "$PIPELINE"
			fi
			stop_server
		fi
		if [[ $WORKLOADS == *c* ]]; then
			# A fresh server: memory freed by the load runs must not hide the idle cost.
			start_server "$kind" && run_idle "$kind" "$round"
			stop_server
		fi
	done
done
if [[ $WORKLOADS == *d* ]]; then
	if [ "$SKIP_100K" = 1 ]; then huge_result="SKIP (SKIP_100K=1)"; else log "(d) $HUGE_CONNS idle connections"; run_huge; fi
fi

# ---- report ----

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
values() { # array-name workload kind
	local -n arr=$1
	local r
	for r in $(seq "$ROUNDS"); do [ -n "${arr[$2.$3.$r]:-}" ] && printf '%s ' "${arr[$2.$3.$r]}"; done
}
ratios() { # array-name workload kind-a kind-b: per-round a/b, then the median
	local -n arr=$1
	local r
	for r in $(seq "$ROUNDS"); do
		local x=${arr[$2.$3.$r]:-} y=${arr[$2.$4.$r]:-}
		[ -n "$x" ] && [ -n "$y" ] && awk -v x="$x" -v y="$y" 'BEGIN { if (y > 0) printf("%.4f ", x / y) }'
	done | median
}
cell() { local v; v=$(values "$1" "$2" "$3" | median); [ "$v" = - ] && echo - || fmt "$v" "${4:-0}"; }
pct() { local v; v=$(values busy "$1" "$2" | median); [ "$v" = - ] && echo - || awk -v v="$v" 'BEGIN { printf("%.0f%%", v * 100) }'; }
r2() { [ "$1" = - ] && echo - || fmt "$1" 2; }

names=(ours workerman bare)
titles=("ours ($ours_mode)" "Workerman 4.2.1 ($wm_loop)" "bare C ($BARE_MODE)")
[ -z "$WORKERMAN_DIR" ] && titles[1]="Workerman (not run)"

a_bare=$(ratios per_core a ours bare); b_wm=$(ratios msg_s b ours workerman); b_wm_core=$(ratios per_core b ours workerman)
a_wm=$(ratios msg_s a ours workerman); b_bare=$(ratios per_core b ours bare)
c_ours=$(values rss_per_conn c ours | median); c_wm=$(values rss_per_conn c workerman | median)
verdict() { [ "$1" = - ] && echo "n/a" || awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; print ok ? "met" : "NOT met" }'; }

{
	echo
	echo "== echo benchmarks: scheme $scheme, $ROUNDS rounds x ${DURATION}s, medians (per-round ratios medianed) =="
	printf '%-34s %22s %22s %16s\n' "" "${titles[0]}" "${titles[1]}" "${titles[2]}"
	for w in a b; do
		label="($w) ${CONNS} conns x $([ $w = a ] && echo 1 || echo "$PIPELINE") line(s)"
		printf '%-34s %22s %22s %16s\n' "$label msg/s" "$(cell msg_s $w ours)" "$(cell msg_s $w workerman)" "$(cell msg_s $w bare)"
		printf '%-34s %22s %22s %16s\n' "    server busy" "$(pct $w ours)" "$(pct $w workerman)" "$(pct $w bare)"
		printf '%-34s %22s %22s %16s\n' "    msg/s per busy server core" "$(cell per_core $w ours)" "$(cell per_core $w workerman)" "$(cell per_core $w bare)"
		printf '%-34s %22s %22s %16s\n' "    client busy" "$(cell client_busy $w ours 2)" "$(cell client_busy $w workerman 2)" "$(cell client_busy $w bare 2)"
	done
	printf '%-34s %22s %22s %16s\n' "(c) RSS bytes per idle conn" "$(cell rss_per_conn c ours)" "$(cell rss_per_conn c workerman)" "$(cell rss_per_conn c bare)"
	echo "    (RSS delta of the worker / connections; $IDLE_CONNS connections$([ "$(idle_conns_of workerman)" != "$IDLE_CONNS" ] && echo ", Workerman $(idle_conns_of workerman) as select() stops at 1024"))"
	echo "(d) $HUGE_CONNS idle connections, one worker: $huge_result"
	echo
	echo "ratios:"
	echo "  (a) ours/bare C, msg/s per busy core: $(r2 "$a_bare")  (target >= 0.9: $(verdict "$a_bare" 0.9 ">="))"
	echo "  (a) ours/Workerman, msg/s:            $(r2 "$a_wm")"
	echo "  (b) ours/Workerman, msg/s:            $(r2 "$b_wm")  (target >= 4: $(verdict "$b_wm" 4 ">="))"
	echo "  (b) ours/Workerman, per busy core:    $(r2 "$b_wm_core")"
	echo "  (b) ours/bare C, msg/s per busy core: $(r2 "$b_bare")"
	echo "  (c) ours bytes per idle connection:   $([ "$c_ours" = - ] && echo - || fmt "$c_ours")  (target <= 500: $(verdict "$c_ours" 500 "<="))$([ "$c_wm" != - ] && echo ", Workerman $(fmt "$c_wm")")"
	echo
	echo "README table:"
	echo
	echo "| workload (loopback, server on 1 core) | ours | ${titles[1]} | ${titles[2]} | ratio |"
	echo "| --- | ---: | ---: | ---: | --- |"
	echo "| (a) text echo, $CONNS conns x 1 line: msg/s | $(cell msg_s a ours) | $(cell msg_s a workerman) | $(cell msg_s a bare) | ours/Workerman $(r2 "$a_wm") |"
	echo "| (a) msg/s per busy server core | $(cell per_core a ours) | $(cell per_core a workerman) | $(cell per_core a bare) | ours/bare C $(r2 "$a_bare") (target >= 0.9) |"
	echo "| (b) pipelined, $CONNS conns x $PIPELINE lines: msg/s | $(cell msg_s b ours) | $(cell msg_s b workerman) | $(cell msg_s b bare) | ours/Workerman $(r2 "$b_wm") (target >= 4) |"
	echo "| (b) msg/s per busy server core | $(cell per_core b ours) | $(cell per_core b workerman) | $(cell per_core b bare) | ours/bare C $(r2 "$b_bare") |"
	echo "| (c) RSS per idle connection ($IDLE_CONNS), bytes | $(cell rss_per_conn c ours) | $(cell rss_per_conn c workerman) | $(cell rss_per_conn c bare) | target <= 500 |"
	echo "| (d) $HUGE_CONNS idle connections, one worker | ${huge_result%% (*} | | | |"
}
