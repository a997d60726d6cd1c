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
#   alone], WORKERMAN_PHP_ARGS [], OURS_API [4], GW_DIR [unset], GW_GIT
#   [/work/.mirror/walkor+GatewayWorker/repo], GW_TAG [v3.1.18], ROUNDS [3], DURATION [5],
#   WARMUP [1], CONNS [100], LINES ["1 16"], SEND [current], GATEWAY_CPU [0], WORKER_CPU [0],
#   CLIENT_CPU [1], SERVER_CPUS [GATEWAY_CPU,WORKER_CPU], PORT [19500], PHP [php].
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
# proto_lib.sh insists on a 4.x tree; a 5.x tree (src/Worker.php) is accepted here.
wm_dir=${WORKERMAN_DIR:-}
WORKERMAN_DIR=
PORT=${PORT:-19500}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
OURS_API=${OURS_API:-4}
GW_GIT=${GW_GIT:-/work/.mirror/walkor+GatewayWorker/repo}
GW_TAG=${GW_TAG:-v3.1.18}
GW_DIR=${GW_DIR:-}
LINES=${LINES:-1 16}
SEND=${SEND:-current}
GATEWAY_CPU=${GATEWAY_CPU:-0}
WORKER_CPU=${WORKER_CPU:-0}
SERVER_CPUS=${SERVER_CPUS:-$GATEWAY_CPU,$WORKER_CPU}
hz=$(getconf CLK_TCK)

[ -n "$EXT" ] || die "no extension: build it (phpize && ./configure && make) or set EXT"
wm_major=
if [ -n "$wm_dir" ]; then
	wm_dir=$(cd "$wm_dir" && pwd) || die "no directory $wm_dir"
	if [ -f "$wm_dir/Autoloader.php" ]; then wm_major=4
	elif [ -f "$wm_dir/src/Worker.php" ]; then wm_major=5
	else die "WORKERMAN_DIR=$wm_dir is neither a 4.x tree (Autoloader.php) nor a 5.x one (src/Worker.php)"; fi
	# shellcheck disable=SC2086
	wm_modules=$("$PHP" $WORKERMAN_PHP_ARGS -m 2>/dev/null)
	wm_loop=select
	if grep -qx event <<<"$wm_modules"; then wm_loop=event
	elif grep -qx ev <<<"$wm_modules"; then wm_loop=ev; fi
	wm_version=$(sed -n "s/.*const VERSION = '\([^']*\)'.*/\1/p" "$wm_dir/Worker.php" "$wm_dir/src/Worker.php" 2>/dev/null | head -1)
fi
if [ -z "$GW_DIR" ]; then
	mkdir -p "$work/gw"
	git --git-dir="$GW_GIT" archive "$GW_TAG" 2>/dev/null | tar -x -C "$work/gw" ||
		die "cannot archive GatewayWorker $GW_TAG from $GW_GIT (or set GW_DIR to its src/)"
	GW_DIR=$work/gw/src
fi
[ -f "$GW_DIR/Gateway.php" ] || die "GW_DIR=$GW_DIR has no Gateway.php (want GatewayWorker's src/)"
build_tool echo_client

runtimes=ours
[ -n "$wm_dir" ] && runtimes="ours workerman"
title() {
	case $1 in
	ours) echo "ours (api=$OURS_API)" ;;
	workerman) echo "Workerman ${wm_version:-$wm_major.x} ($wm_loop)" ;;
	esac
}

# proc_ticks PID: "utime stime" in clock ticks.
proc_ticks() { awk '{ sub(/^.*\) /, ""); split($0, f, " "); print f[12], f[13] }' "/proc/$1/stat" 2>/dev/null || echo "0 0"; }

# start_gw RUNTIME: the app on three fresh ports; sets server_pgid, server_port, gw_pid,
# bw_pid once an echo has gone through (the BusinessWorker has found the Gateway).
start_gw() {
	local runtime=$1 dir php_args=() env_args=()
	while port_open "$next_port" || port_open $((next_port + 1)) || port_open $((next_port + 2)); do
		next_port=$((next_port + 3))
	done
	server_port=$next_port
	next_port=$((next_port + 3))
	dir=$work/$runtime.$server_port
	mkdir -p "$dir"
	server_out=$dir/out
	if [ "$runtime" = ours ]; then
		php_args=(-d "extension=$EXT" -d "workerman.api=$OURS_API")
	else
		# shellcheck disable=SC2206
		php_args=($WORKERMAN_PHP_ARGS)
		env_args=(WM_BENCH_WORKERMAN="$wm_dir")
	fi
	env "${env_args[@]}" WM_BENCH_GW="$GW_DIR" WM_BENCH_PORT="$server_port" WM_BENCH_SEND="$SEND" \
		WM_BENCH_REGISTER_PORT=$((server_port + 1)) WM_BENCH_LAN_PORT=$((server_port + 2)) WM_BENCH_TMP="$dir" \
		setsid taskset -c "$SERVER_CPUS" "$PHP" -d memory_limit=-1 "${php_args[@]}" \
		"$here/gateway_server.php" start >"$server_out" 2>&1 &
	server_pgid=$!
	gw_pid= bw_pid=
	for _ in $(seq 200); do
		[ -s "$dir/gateway.pid" ] && [ -s "$dir/businessworker.pid" ] && break
		kill -0 "$server_pgid" 2>/dev/null || break
		sleep 0.1
	done
	gw_pid=$(cat "$dir/gateway.pid" 2>/dev/null)
	bw_pid=$(cat "$dir/businessworker.pid" 2>/dev/null)
	if [ -z "$gw_pid" ] || [ -z "$bw_pid" ]; then
		log "$runtime: the Gateway or the BusinessWorker did not start:"; sed 's/^/    /' "$server_out" >&2
		stop_server; return 1
	fi
	taskset -pc "$GATEWAY_CPU" "$gw_pid" >/dev/null && taskset -pc "$WORKER_CPU" "$bw_pid" >/dev/null ||
		{ log "$runtime: cannot pin"; stop_server; return 1; }
	# The BusinessWorker reaches the Gateway through the Register about a second after start;
	# until then the Gateway drops clients.
	for _ in $(seq 40); do
		timeout 10 "$bin/echo_client" -p "$server_port" -c 1 -w 0 -d 0.2 >/dev/null 2>&1 && return 0
		sleep 0.25
	done
	log "$runtime: no echo through the Gateway:"; sed 's/^/    /' "$server_out" >&2
	stop_server; return 1
}

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
