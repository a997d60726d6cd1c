#!/usr/bin/env bash
# benchmarks/gateway.sh: GatewayWorker echo (client -> Gateway -> BusinessWorker -> Gateway ->
# client) on ours and on Workerman, alternated (ours, Workerman, ours, ...), ROUNDS pairs;
# medians of msgs/s, of msgs per server CPU-second, of each process kind's user and system
# CPU, and the per-pair ratios medianed.
#
# Usage: WORKERMAN_DIR=/tmp/wm421 bash benchmarks/gateway.sh
#   GW_TAG=v4.0.0 WORKERMAN_DIR=/tmp/wm522 OURS_API=5 bash benchmarks/gateway.sh   (5.x)
# The app is benchmarks/gateway_server.php: Register + Gateway (text://, count 1) +
# BusinessWorker (count 1) whose Events::onMessage calls Gateway::sendToCurrentClient
# (SEND=client: Gateway::sendToClient). GatewayWorker's src/ comes from GW_DIR, or is
# archived from GW_GIT at GW_TAG into the work directory. Ours loads no Workerman PHP (the
# extension provides Workerman\); Workerman loads its tree through the script's autoloader.
# Load: benchmarks/c/echo_client.c, CONNS connections each writing K 32-byte lines per write
# and waiting for their echoes (every byte checked), for each K in LINES.
# Placement: the whole server tree starts on SERVER_CPUS; then the Gateway is pinned to
# GATEWAY_CPU and the BusinessWorker to WORKER_CPU (taskset -p), the client to CLIENT_CPU.
# Per process kind, user and system CPU are read from /proc/<pid>/stat (utime, stime) over
# the measured window (after WARMUP, until the client ends).
# Environment (defaults in brackets): EXT [modules/workerman.so], WORKERMAN_DIR [unset: ours
#   alone], WORKERMAN_PHP_ARGS [], OURS_API [4], GW_NATIVE [1: GatewayProtocol in C; 0: its PHP,
#   workerman.gateway_protocol=php], GW_DIR [unset], GW_GIT
#   [/work/.mirror/walkor+GatewayWorker/repo], GW_TAG [v3.1.18], ROUNDS [3], DURATION [5],
#   WARMUP [1], CONNS [100], LINES ["1 16"], SEND [current], GATEWAY_CPU [0], WORKER_CPU [0],
#   CLIENT_CPU [1], SERVER_CPUS [GATEWAY_CPU,WORKER_CPU], PORT [19500], PHP [php]; for a 5.x
#   Workerman tree also COROUTINE_DIR or COROUTINE_GIT [/work/.mirror/workerman-php+coroutine/repo]
#   at COROUTINE_TAG [v1.1.4] (5.x needs workerman/coroutine).
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=gateway_lib.sh
. "$here/gateway_lib.sh"

declare -A rate per_cpu gw_usr gw_sys bw_usr bw_sys gw_us bw_us

# measure RUNTIME K ROUND: one client run; stores the figures under K.RUNTIME.ROUND.
measure() {
	local runtime=$1 k=$2 r=$3 key=$2.$1.$3 out g0 g1 b0 b1 t0 t1 line
	out=$work/client.$key
	timeout $((${DURATION%.*} + ${WARMUP%.*} + 30)) taskset -c "$CLIENT_CPU" "$bin/echo_client" \
		-p "$server_port" -c "$CONNS" -k "$k" -d "$DURATION" -w "$WARMUP" >"$out" 2>&1 &
	local client=$!
	sleep "$WARMUP"
	g0=$(proc_ticks "$gw_pid"); b0=$(proc_ticks "$bw_pid"); t0=$(now_s)
	wait "$client"
	g1=$(proc_ticks "$gw_pid"); b1=$(proc_ticks "$bw_pid"); t1=$(now_s)
	line=$(grep '^RESULT' "$out")
	if [ -z "$line" ] || [ "$(field errors "$line")" != 0 ]; then
		log "  K=$k $runtime round $r: client failed: $(tail -2 "$out" | tr '\n' ' ')"; return 1
	fi
	rate[$key]=$(field msg_s "$line")
	# Shares of one core over the sampling window; CPU microseconds per message from them.
	read -r gw_usr[$key] gw_sys[$key] bw_usr[$key] bw_sys[$key] gw_us[$key] bw_us[$key] per_cpu[$key] < <(
		awk -v g0="$g0" -v g1="$g1" -v b0="$b0" -v b1="$b1" -v t0="$t0" -v t1="$t1" -v hz="$hz" -v m="${rate[$key]}" 'BEGIN {
			split(g0, a, " "); split(g1, b, " "); split(b0, c, " "); split(b1, d, " ")
			w = (t1 - t0) * hz
			gu = (b[1] - a[1]) / w; gs = (b[2] - a[2]) / w; bu = (d[1] - c[1]) / w; bs = (d[2] - c[2]) / w
			printf("%.4f %.4f %.4f %.4f %.2f %.2f %.0f\n", gu, gs, bu, bs, (gu + gs) * 1e6 / m, (bu + bs) * 1e6 / m,
				(gu + gs + bu + bs) > 0 ? m / (gu + gs + bu + bs) : 0) }')
	log "  K=$k $(title "$runtime") round $r: ${rate[$key]} msgs/s; Gateway user ${gw_usr[$key]} sys ${gw_sys[$key]}, BusinessWorker user ${bw_usr[$key]} sys ${bw_sys[$key]} (cores); ${per_cpu[$key]} msgs per server CPU-second"
}

log "GatewayWorker $GW_TAG ($GW_DIR); runtimes: $runtimes; $ROUNDS pairs x ${DURATION}s (+${WARMUP}s warm-up); $CONNS connections, K in {$LINES} lines per write; Gateway on CPU $GATEWAY_CPU, BusinessWorker on CPU $WORKER_CPU, client on CPU $CLIENT_CPU; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
	for runtime in $runtimes; do
		start_gw "$runtime" || continue
		for k in $LINES; do measure "$runtime" "$k" "$r"; done
		stop_server
	done
done

# ---- report ----
pair_ratio() { # array K: per-pair ours/workerman, medianed
	ratios "$1" "$2" ours workerman
}
share() { local v; v=$(values "$1" "$2" "$3" | median); [ "$v" = - ] && echo - || awk -v v="$v" 'BEGIN { printf("%.0f%%", v * 100) }'; }
us_cell() { local v; v=$(values "$1" "$2" "$3" | median); [ "$v" = - ] && echo - || fmt "$v" 1; }
split_us() { # K RUNTIME USR SYS: "user + system" microseconds per message of one process kind
	local u s m
	m=$(values rate "$1" "$2" | median)
	u=$(values "$3" "$1" "$2" | median); s=$(values "$4" "$1" "$2" | median)
	[ "$m" = - ] && { echo -; return; }
	awk -v u="$u" -v s="$s" -v m="$m" 'BEGIN { printf("%.1f + %.1f", u * 1e6 / m, s * 1e6 / m) }'
}
{
	echo
	echo "== GatewayWorker $GW_TAG echo: $ROUNDS alternated pairs x ${DURATION}s, $CONNS connections; Gateway CPU $GATEWAY_CPU, BusinessWorker CPU $WORKER_CPU, client CPU $CLIENT_CPU; medians (ratios per pair, medianed); load average at the end $(cut -d' ' -f1-3 /proc/loadavg) =="
	header="| K lines per write | figure |"; sep="| --- | --- |"
	for runtime in $runtimes; do header="$header $(title "$runtime") |"; sep="$sep ---: |"; done
	[ -n "$wm_dir" ] && { header="$header ours / Workerman |"; sep="$sep ---: |"; }
	echo "$header"; echo "$sep"
	for k in $LINES; do
		row() { # title array kind(cell|share|us) ratio?
			local line="| $k | $1 |" runtime
			for runtime in $runtimes; do
				case $3 in
				cell) line="$line $(cell "$2" "$k" "$runtime") |" ;;
				share) line="$line $(share "$2" "$k" "$runtime") |" ;;
				us) line="$line $(us_cell "$2" "$k" "$runtime") |" ;;
				esac
			done
			if [ -n "$wm_dir" ]; then
				case ${4:-} in
				up) line="$line $(r2 "$(pair_ratio "$2" "$k")") |" ;;
				down) line="$line $(r2 "$(ratios "$2" "$k" workerman ours)") (Workerman / ours) |" ;;
				*) line="$line |" ;;
				esac
			fi
			echo "$line"
		}
		row "msgs/s" rate cell up
		row "msgs per server CPU-second (Gateway + BusinessWorker)" per_cpu cell up
		row "Gateway CPU, user (share of a core)" gw_usr share
		row "Gateway CPU, system" gw_sys share
		row "BusinessWorker CPU, user" bw_usr share
		row "BusinessWorker CPU, system" bw_sys share
		row "Gateway CPU us per message" gw_us us down
		row "BusinessWorker CPU us per message" bw_us us down
		line="| $k | us per message, user + system: Gateway; BusinessWorker |"
		for runtime in $runtimes; do
			line="$line $(split_us "$k" "$runtime" gw_usr gw_sys); $(split_us "$k" "$runtime" bw_usr bw_sys) |"
		done
		[ -n "$wm_dir" ] && line="$line |"
		echo "$line"
	done
	echo
	echo "every pair (msgs/s; msgs per server CPU-second):"
	for k in $LINES; do
		for r in $(seq "$ROUNDS"); do
			printf '  K=%-3s pair %s:' "$k" "$r"
			for runtime in $runtimes; do printf ' %s %s; %s |' "$runtime" "${rate[$k.$runtime.$r]:--}" "${per_cpu[$k.$runtime.$r]:--}"; done
			echo
		done
	done
}
