#!/usr/bin/env bash
# benchmarks/ws.sh: WebSocket server benchmarks of our extension against Workerman 4.2.1 and a
# bare C epoll WebSocket server (benchmarks/c/bare_ws.c), with benchmarks/c/ws_load.c (one
# thread, every echoed byte checked) as load generator, in interleaved rounds; prints medians
# and per-round ratios.
#
# Usage: bash benchmarks/ws.sh    (needs cc, libcrypto headers (libssl-dev), taskset, php)
# Workloads (WORKLOADS, default abcd):
#   a  echo, CONNS [100] connections, one LEN [32]-byte frame in flight each: msg/s and msg/s
#      per busy server core (target >= 0.9x bare C per core)
#   b  echo, PIPELINE [16] frames per write per connection: msg/s (target >= 4x Workerman)
#   c  broadcast: BCAST_CONNS [1000] receivers and one trigger connection keeping WINDOW [8]
#      broadcasts in flight; the server does foreach ($worker->connections as $c) $c->send($m);
#      deliveries/s per busy server core (target >= 0.9x bare C, one write per delivery)
#   d  RSS per idle connection after the handshake: IDLE_CONNS [10000] (target <= 1024 bytes)
# Environment: EXT, WORKERMAN_DIR, WORKERMAN_PHP_ARGS, SERVERS [ours workerman bare],
#   ROUNDS [3], DURATION [5], WARMUP [1], SERVER_CPU [0], CLIENT_CPU [1], PORT [19400], PHP.
# Ours is probed first (one echo, one broadcast): if our build does not serve WebSocket yet,
# ours is skipped with a note, the rest still runs.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
WORKLOADS=${WORKLOADS:-abcd}
LEN=${LEN:-32}
BCAST_CONNS=${BCAST_CONNS:-1000}
WINDOW=${WINDOW:-8}
IDLE_CONNS=${IDLE_CONNS:-10000}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
build_tool bare_ws -lcrypto
build_tool ws_load
build_tool conn_hold
server_php=$here/ws_server.php

start_ws() { # kind mode (echo|broadcast)
	case $1 in
	bare) start_server bare "$bin/bare_ws" -p @PORT@ -m "$2" ;;
	*) WM_BENCH_MODE=$2 start_server "$1" "$server_php" ;;
	esac
}
load() { timeout $((${DURATION%.*} + ${WARMUP%.*} + 60)) taskset -c "$CLIENT_CPU" "$bin/ws_load" -p "$server_port" -l "$LEN" "$@"; }

ours_ws=yes ours_bcast=yes
if [[ " $SERVERS " == *" ours "* ]]; then
	if ! start_ws ours echo; then
		ours_ws="no (the server did not start)"
	elif ! load -c 2 -k 2 -w 0 -d 0.3 >/dev/null; then
		ours_ws="no (no correct echo)"
		tail -5 "$server_out" | sed 's/^/    /' >&2
	fi
	stop_server
	if [ "$ours_ws" = yes ] && [[ $WORKLOADS == *c* ]]; then
		if ! start_ws ours broadcast; then
			ours_bcast="no (the broadcast server did not start)"
		elif ! load -B -c 3 -F 2 -w 0 -d 0.3 >/dev/null; then
			ours_bcast="no (no correct broadcast)"
		fi
		stop_server
	fi
	[ "$ours_ws" != yes ] && { log "note: ours skipped: our build does not serve WebSocket yet: $ours_ws"; SERVERS=${SERVERS//ours/}; ours_bcast=no; }
	[ "$ours_bcast" != yes ] && [ "$ours_ws" = yes ] && log "note: (c) skipped for ours: $ours_bcast"
fi

declare -A msg_s busy per_core client_busy rss_per_conn

run_load() { # workload kind round [ws_load args...]
	local w=$1 kind=$2 round=$3 line key=$1.$2.$3; shift 3
	line=$(load -d "$DURATION" -w "$WARMUP" -S "$worker_pids" "$@" | grep '^RESULT')
	if [ -z "$line" ] || [ "$(field errors "$line")" != 0 ] || [ "$(field msgs "$line")" = 0 ]; then
		log "($w) $kind round $round failed: ${line:-no result}"
		return
	fi
	msg_s[$key]=$(field msg_s "$line")
	busy[$key]=$(field server_busy "$line")
	client_busy[$key]=$(field client_busy "$line")
	per_core[$key]=$(per_busy_core "${msg_s[$key]}" "${busy[$key]}")
	log "  ($w) $kind: ${msg_s[$key]} msg/s, server busy $(fmt "${busy[$key]}" 3), client busy $(fmt "${client_busy[$key]}" 3), ${per_core[$key]} per busy core$([ "$w" = c ] && echo ", $(field broadcasts "$line") broadcasts")"
}

idle_conns_of() { if [ "$1" = workerman ] && [ -n "$WORKERMAN_DIR" ] && [ "$wm_loop" = select ] && [ "$IDLE_CONNS" -gt 1000 ]; then echo 1000; else echo "$IDLE_CONNS"; fi; }

run_idle() { # kind round
	local kind=$1 round=$2 line
	load -c 1 -w 0 -d 0.2 >/dev/null
	line=$(timeout 180 taskset -c "$CLIENT_CPU" "$bin/conn_hold" -m ws -p "$server_port" -n "$(idle_conns_of "$kind")" -T 0 -S "$worker_pids" | grep '^HELD')
	if [ -z "$line" ] || [ "$(field failed "$line")" != 0 ] || [ "$(field alive "$line")" != 1 ]; then
		log "(d) $kind round $round failed: ${line:-no result}"
		return
	fi
	rss_per_conn[d.$kind.$round]=$(field rss_per_conn "$line")
	log "  (d) $kind: $(field n "$line") connections, server fds +$(field server_fds "$line"), RSS $(field rss_before "$line") -> $(field rss_after "$line") = ${rss_per_conn[d.$kind.$round]} bytes per connection"
}

log "servers: ${SERVERS:-none}; Workerman loop: $([ -n "$WORKERMAN_DIR" ] && echo "$wm_loop" || echo -); rounds: $ROUNDS x ${DURATION}s (+${WARMUP}s warm-up); server CPU $SERVER_CPU, client CPU $CLIENT_CPU"
for round in $(seq "$ROUNDS"); do
	log "round $round"
	for kind in $SERVERS; do
		if [[ $WORKLOADS == *[ab]* ]] && start_ws "$kind" echo; then
			[[ $WORKLOADS == *a* ]] && run_load a "$kind" "$round" -c "$CONNS" -k 1
			[[ $WORKLOADS == *b* ]] && run_load b "$kind" "$round" -c "$CONNS" -k "$PIPELINE"
			stop_server
		fi
		if [[ $WORKLOADS == *c* ]] && { [ "$kind" != ours ] || [ "$ours_bcast" = yes ]; } && start_ws "$kind" broadcast; then
			run_load c "$kind" "$round" -B -c "$BCAST_CONNS" -F "$WINDOW"
			stop_server
		fi
		if [[ $WORKLOADS == *d* ]] && start_ws "$kind" echo; then
			run_idle "$kind" "$round"
			stop_server
		fi
	done
done

titles=("ours" "Workerman 4.2.1 ($wm_loop)" "bare C")
[ -z "$WORKERMAN_DIR" ] && titles[1]="Workerman (not run)"
[ "$ours_ws" != yes ] && titles[0]="ours (skipped)"
row() { printf '%-40s %16s %24s %14s\n' "$@"; }
declare -A labels=([a]="(a) echo, $CONNS conns x 1 frame" [b]="(b) echo, $CONNS conns x $PIPELINE frames" [c]="(c) broadcast to $BCAST_CONNS: deliveries")
a_bare=$(ratios per_core a ours bare); b_wm=$(ratios msg_s b ours workerman); c_bare=$(ratios per_core c ours bare)
d_ours=$(values rss_per_conn d ours | median)
{
	echo
	echo "== WebSocket benchmarks: $ROUNDS rounds x ${DURATION}s, $LEN-byte text frames; medians (per-round ratios medianed) =="
	row "" "${titles[0]}" "${titles[1]}" "${titles[2]}"
	for w in a b c; do
		[[ $WORKLOADS == *$w* ]] || continue
		row "${labels[$w]} /s" "$(cell msg_s $w ours)" "$(cell msg_s $w workerman)" "$(cell msg_s $w bare)"
		row "    server busy" "$(pct_cell busy $w ours)" "$(pct_cell busy $w workerman)" "$(pct_cell busy $w bare)"
		row "    per busy server core" "$(cell per_core $w ours)" "$(cell per_core $w workerman)" "$(cell per_core $w bare)"
		row "    client busy" "$(cell client_busy $w ours 2)" "$(cell client_busy $w workerman 2)" "$(cell client_busy $w bare 2)"
	done
	[[ $WORKLOADS == *d* ]] && row "(d) RSS bytes per idle connection" "$(cell rss_per_conn d ours)" "$(cell rss_per_conn d workerman)" "$(cell rss_per_conn d bare)" &&
		echo "    ($IDLE_CONNS connections after the handshake$([ "$(idle_conns_of workerman)" != "$IDLE_CONNS" ] && echo "; Workerman $(idle_conns_of workerman) as select() stops at 1024"))"
	echo
	echo "ratios:"
	echo "  (a) ours/bare C, msg/s per busy core:        $(r2 "$a_bare")  (target >= 0.9: $(verdict "$a_bare" 0.9 ">="))"
	echo "  (a) ours/Workerman, msg/s:                   $(r2 "$(ratios msg_s a ours workerman)")"
	echo "  (b) ours/Workerman, msg/s:                   $(r2 "$b_wm")  (target >= 4: $(verdict "$b_wm" 4 ">="))"
	echo "  (b) ours/bare C, msg/s per busy core:        $(r2 "$(ratios per_core b ours bare)")"
	echo "  (c) ours/bare C, deliveries per busy core:   $(r2 "$c_bare")  (target >= 0.9: $(verdict "$c_bare" 0.9 ">="))"
	echo "  (c) ours/Workerman, deliveries/s:            $(r2 "$(ratios msg_s c ours workerman)")"
	echo "  (d) ours bytes per idle connection:          $([ "$d_ours" = - ] && echo - || fmt "$d_ours")  (target <= 1024: $(verdict "$d_ours" 1024 "<="))"
	echo
	echo "README table:"
	echo
	echo "| workload (loopback, server on 1 core) | ours | ${titles[1]} | bare C | ratio |"
	echo "| --- | ---: | ---: | ---: | --- |"
	echo "| (a) echo, $CONNS conns x 1 frame: msg/s per busy core | $(cell per_core a ours) | $(cell per_core a workerman) | $(cell per_core a bare) | ours/bare C $(r2 "$a_bare") (target >= 0.9) |"
	echo "| (b) echo, $CONNS conns x $PIPELINE frames per write: msg/s | $(cell msg_s b ours) | $(cell msg_s b workerman) | $(cell msg_s b bare) | ours/Workerman $(r2 "$b_wm") (target >= 4) |"
	echo "| (c) broadcast to $BCAST_CONNS: deliveries per busy core | $(cell per_core c ours) | $(cell per_core c workerman) | $(cell per_core c bare) | ours/bare C $(r2 "$c_bare") (target >= 0.9) |"
	echo "| (d) RSS per idle connection ($IDLE_CONNS), bytes | $(cell rss_per_conn d ours) | $(cell rss_per_conn d workerman) | $(cell rss_per_conn d bare) | target <= 1024 |"
}
