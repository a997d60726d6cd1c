#!/usr/bin/env bash
# benchmarks/syscalls.sh: where the server's time goes, as system calls per echoed message.
# Runs the pipelined echo workload briefly against each server and counts the worker's
# system calls with perf tracepoints (strace -c -f when perf cannot), then divides by the
# messages echoed meanwhile. Counting under strace slows the server, which batches more per
# read: read its numbers as upper bounds of the per-message cost, not as throughput.
#
# Usage: bash benchmarks/syscalls.sh
# Environment (defaults in brackets): SERVERS [ours bare, + workerman if WORKERMAN_DIR is set]
#   WORKLOAD [b] (a: 1 line per write, b: PIPELINE lines per write)  DURATION [2]  WARMUP [0.5]
#   TOOL [auto] perf | strace   and EXT, WORKERMAN_DIR, SCHEME, CONNS, PIPELINE as for run.sh.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
DURATION=${DURATION:-2}
WARMUP=${WARMUP:-0.5}
WORKLOAD=${WORKLOAD:-b}
TOOL=${TOOL:-auto}
# shellcheck source=lib.sh
. "$here/lib.sh"


lines=$PIPELINE
[ "$WORKLOAD" = a ] && lines=1

tracefs=
for d in /sys/kernel/tracing /sys/kernel/debug/tracing; do
	[ -d "$d/events/syscalls" ] && tracefs=$d && break
done
if [ "$TOOL" = auto ]; then
	TOOL=strace
	if command -v perf >/dev/null && [ -n "$tracefs" ] &&
		perf stat -e raw_syscalls:sys_enter -- true >/dev/null 2>&1; then
		TOOL=perf
	fi
fi
[ "$TOOL" = strace ] && ! command -v strace >/dev/null && die "needs perf (with syscall tracepoints) or strace"

watched="read readv recvfrom recvmsg write writev sendto sendmsg epoll_wait epoll_pwait epoll_ctl
	poll select pselect6 accept4 ioctl fcntl getsockopt setsockopt clock_gettime gettimeofday getpid futex"
perf_events() {
	local name list=raw_syscalls:sys_enter
	for name in $watched; do
		[ -d "$tracefs/events/syscalls/sys_enter_$name" ] && list="$list,syscalls:sys_enter_$name"
	done
	echo "$list"
}

# count KIND: prints "name count" lines for the worker during one client run, then "msgs N".
count() {
	local kind=$1 out=$work/count.$1 tracer line
	start_server "$kind" || return 1
	local pid_args=()
	for p in ${worker_pids//,/ }; do pid_args+=(-p "$p"); done
	if [ "$TOOL" = perf ]; then
		perf stat -x, -o "$out" -e "$(perf_events)" --pid "$worker_pids" &
	else
		strace -c -f -q -o "$out" "${pid_args[@]}" &
	fi
	tracer=$!
	extra_pids+=("$tracer")
	sleep 0.3 # the tracer attaches; the client's total counts from its first message anyway
	line=$(client -p "$server_port" -c "$CONNS" -k "$lines" -l "$LINE" -d "$DURATION" -w "$WARMUP" | grep '^RESULT')
	kill -INT "$tracer" 2>/dev/null
	wait "$tracer" 2>/dev/null
	extra_pids=()
	stop_server
	[ -n "$line" ] || { log "$kind: the client gave no result"; return 1; }
	if [ "$TOOL" = perf ]; then
		awk -F, '$3 ~ /^raw_syscalls:sys_enter$/ { print "total", $1; next }
			$3 ~ /^syscalls:sys_enter_/ { sub("syscalls:sys_enter_", "", $3); if ($1 + 0 > 0) print $3, $1 }' "$out"
	else
		awk '$1 ~ /^[0-9.]+$/ && $NF != "total" { print $NF, $4 } $NF == "total" { print "total", $4 }' "$out"
	fi
	echo "msgs $(sed -n 's/.* total=\([0-9]*\).*/\1/p' <<<"$line")"
}

declare -A per_msg
names=()
log "counting with $TOOL: $CONNS connections x $lines line(s) per write, scheme $scheme, ${DURATION}s per server"
for kind in $SERVERS; do
	result=$(count "$kind") || continue
	msgs=$(awk '$1 == "msgs" { print $2 }' <<<"$result")
	[ "${msgs:-0}" -gt 0 ] || { log "$kind: no messages echoed"; continue; }
	while read -r name n; do
		[ "$name" = msgs ] && continue
		per_msg[$kind.$name]=$(awk -v n="$n" -v m="$msgs" 'BEGIN { printf("%.4f", n / m) }')
		[ "$name" = total ] || [[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
	done <<<"$result"
	per_msg[$kind.msgs]=$msgs
done

echo
echo "system calls per echoed message ($TOOL; $CONNS conns x $lines line(s) of $LINE bytes per write; scheme $scheme)"
printf '%-14s' "syscall"
for kind in $SERVERS; do printf '%14s' "$kind"; done
echo
for name in "${names[@]}" total; do
	printf '%-14s' "$name"
	for kind in $SERVERS; do printf '%14s' "${per_msg[$kind.$name]:--}"; done
	echo
done
printf '%-14s' "(messages)"
for kind in $SERVERS; do printf '%14s' "${per_msg[$kind.msgs]:--}"; done
echo
