#!/usr/bin/env bash
# benchmarks/memory.sh: memory per connection of the whole server process tree (master +
# worker), ours under profile 4 and profile 5 against Workerman 4.2.1, in the same run.
# For an HTTP hello server (benchmarks/http_server.php) and a WebSocket echo server
# (benchmarks/ws_server.php), benchmarks/c/mem_conns.c measures the tree with 0
# connections (after one warm-up connection came and went), with N idle connections
# (connected, nothing sent), after one keep-alive request on each (http: GET and its reply;
# ws: the handshake), and for ws after one echoed message on each; it prints
# (tree with N - tree with 0) / N per phase. Medians over ROUNDS, a fresh server per round.
#
# Why PSS: the master and the worker share the pages they had at fork; RSS counts a shared
# page once per process and never sees a copy-on-write copy as new memory, PSS splits a
# shared page between its sharers, so the tree's PSS sum is the memory it really holds
# (USS would miss the pages still shared). Only the anonymous part (Pss_Anon): connections
# live in anonymous memory, and the file pages' PSS moves whenever another process on the
# machine maps the same php binary or libraries. RSS is printed beside it.
#
# Usage: WORKERMAN_DIR=/tmp/wm421 WORKERMAN_PHP_ARGS="-d extension=event.so" bash benchmarks/memory.sh
# Environment: EXT, WORKERMAN_DIR (unset: Workerman is not measured), WORKERMAN_PHP_ARGS
#   (Workerman needs the event or ev extension past 1,024 descriptors), N [10000], ROUNDS [3],
#   APIS ["4 5"] our profiles, PROTOS ["http ws"], SERVER_CPU [0], CLIENT_CPU [1], PORT [19400],
#   PHP [php]. Needs cc, taskset, a hard nofile limit above N + 100, a Linux whose
#   smaps_rollup has Pss_Anon (5.10 has it). Only 127.0.0.1 is used; every server is its own
#   process group, stopped at exit.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
N=${N:-10000}
APIS=${APIS:-4 5}
PROTOS=${PROTOS:-http ws}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
build_tool mem_conns
[ "$(ulimit -n)" -gt $((N + 100)) ] || die "nofile limit $(ulimit -n) is too low for N=$N (raise the hard limit)"
if [ -n "$WORKERMAN_DIR" ] && [ "$wm_loop" = select ] && [ "$N" -gt 1000 ]; then
	die "Workerman without the event or ev extension polls with select(): at most 1,024 descriptors (set WORKERMAN_PHP_ARGS)"
fi

kinds=
[ -n "$EXT" ] && for api in $APIS; do kinds="$kinds ours$api"; done
[ -n "$WORKERMAN_DIR" ] && kinds="$kinds workerman"
[ -n "$kinds" ] || die "nothing to measure (no extension, no WORKERMAN_DIR)"

declare -A pss rss
phases_of() { [ "$1" = ws ] && echo "idle request message" || echo "idle request"; }

measure() { # kind proto round
	local kind=$1 proto=$2 round=$3 script line phase
	script=$here/http_server.php
	[ "$proto" = ws ] && script=$here/ws_server.php
	case $kind in
	ours*) OURS_PHP_ARGS="-d workerman.api=${kind#ours}" start_server ours "$script" || return 1 ;;
	*) start_server workerman "$script" || return 1 ;;
	esac
	local out
	out=$(timeout 300 taskset -c "$CLIENT_CPU" "$bin/mem_conns" -m "$proto" -p "$server_port" -n "$N" \
		-S "$server_pgid,$worker_pids" 2>&1)
	local rc=$?
	stop_server
	if [ $rc != 0 ]; then
		log "  $kind $proto round $round failed:"; sed 's/^/    /' <<<"$out" >&2; return 1
	fi
	for phase in $(phases_of "$proto"); do
		line=$(grep "^PHASE name=$phase " <<<"$out")
		pss[$proto.$phase.$kind.$round]=$(field pss_per_conn "$line")
		rss[$proto.$phase.$kind.$round]=$(field rss_per_conn "$line")
	done
	log "  $kind $proto: $(grep '^PHASE name=base' <<<"$out" | sed 's/^PHASE name=base n=0 //; s/ pss_per.*//')" \
		"$(for phase in $(phases_of "$proto"); do printf '| %s %s B (RSS %s) ' "$phase" \
			"${pss[$proto.$phase.$kind.$round]}" "${rss[$proto.$phase.$kind.$round]}"; done)"
}

log "memory per connection, N=$N, kinds:$kinds; Workerman loop: $([ -n "$WORKERMAN_DIR" ] && echo "$wm_loop" || echo -); $ROUNDS rounds"
for round in $(seq "$ROUNDS"); do
	log "round $round"
	for proto in $PROTOS; do
		for kind in $kinds; do
			measure "$kind" "$proto" "$round"
		done
	done
done

# values/cell of proto_lib.sh index arr[workload.kind.round]: the workload is proto.phase here.
echo "== memory per connection, whole process tree (master + worker), $N connections, median of $ROUNDS rounds =="
echo "bytes per connection: anonymous PSS (RSS in brackets)"
printf '%-28s' "phase"
for kind in $kinds; do printf '%20s' "$kind"; done
echo
for proto in $PROTOS; do
	for phase in $(phases_of "$proto"); do
		printf '%-28s' "$proto $phase"
		for kind in $kinds; do
			printf '%20s' "$(cell pss "$proto.$phase" "$kind") ($(cell rss "$proto.$phase" "$kind"))"
		done
		echo
	done
done
echo "targets (issue 14): idle <= 500, after a request <= 1,024"
