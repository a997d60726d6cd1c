#!/usr/bin/env bash
# benchmarks/gateway_profile.sh: where the GatewayWorker echo's time goes, in counts that a busy
# machine does not move: system calls per message (perf trace -s, perf stat or strace -c on the
# Gateway and on the BusinessWorker, each on its own; the part is called "strace") and user-space instructions per message (callgrind on each),
# split into our extension, PHP (the VM, its internal functions and the GatewayWorker PHP they
# run), GatewayProtocol's encode/decode/input, libc, libevent and the rest.
#
# Usage: bash benchmarks/gateway_profile.sh     (needs perf or strace, valgrind with callgrind_control)
#   WORKERMAN_DIR=/tmp/wm421 bash benchmarks/gateway_profile.sh    (Workerman side by side)
# The app and its start are gateway.sh's (gateway_lib.sh). The load is benchmarks/c/cg_client.c
# on ONE connection: WARM messages, then the counters are zeroed (tracer attached, callgrind_control
# -z on both processes, each once it blocks in its loop's wait), then exactly N 32-byte lines
# K per write, each echo checked byte for byte, then the counters are read (strace detached,
# callgrind_control -d). K=1: one message in flight, every hop one packet; K=16: the Gateway
# reads 16 lines at once and forwards them to the one BusinessWorker connection (what loop-turn
# write coalescing would batch).
# GatewayProtocol's share: the instructions of one encode, decode and input call on the exact
# packets of this app (each side's), counted by callgrind in a loop of GP_CALLS calls under a
# bare php (benchmarks/gateway_protocol_cost.php, minus the same script with 0 calls), times
# the calls per message (each process: one input, one decode, one encode per message).
# Environment (defaults in brackets): as gateway.sh (EXT, WORKERMAN_DIR, WORKERMAN_PHP_ARGS,
#   OURS_API, GW_NATIVE, GW_*, GATEWAY_CPU, WORKER_CPU, PORT, PHP) plus PARTS ["strace callgrind"],
#   KS ["1 16 100x1"] (k: one connection, k lines per write; CxK: C connections for DURATION [2] s,
#   strace only), N [4000], WARM [1000], GP_CALLS [20000], TOOL [auto: perf trace -s if it
#   works, else strace -c; perfstat: perf stat counters, calls only, the process slowed least]
#   for the part named strace, KEEP [unset]: a directory that
#   receives every callgrind dump as <runtime>.<k>.<gateway|businessworker>.callgrind.out,
#   TOP [12]: functions listed per dump (ours only), STARTUP [180] for valgrind.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
STARTUP=${STARTUP:-180}
DURATION=${DURATION:-2}
# shellcheck source=gateway_lib.sh
. "$here/gateway_lib.sh"
# shellcheck source=cg_lib.sh
. "$here/cg_lib.sh"
PARTS=${PARTS:-strace callgrind}
KS=${KS:-1 16 100x1}
N=${N:-4000}
WARM=${WARM:-1000}
GP_CALLS=${GP_CALLS:-20000}
KEEP=${KEEP:-}
TOP=${TOP:-12}
for k in $KS; do [[ $k == *x* ]] || [ $((N % k)) = 0 ] || die "N=$N is not a multiple of K=$k"; done
TOOL=${TOOL:-auto}
if [ "$TOOL" = auto ]; then
	TOOL=strace
	perf trace -s -o /dev/null -- true >/dev/null 2>&1 && TOOL=perf
fi
[[ " $PARTS " == *" strace "* ]] && [ "$TOOL" = strace ] && ! command -v strace >/dev/null && die "needs perf trace or strace"
[[ " $PARTS " == *" callgrind "* ]] && { command -v valgrind >/dev/null && command -v callgrind_control >/dev/null ||
	die "needs valgrind and callgrind_control (Debian: apt-get install valgrind)"; }
[ -n "$KEEP" ] && { mkdir -p "$KEEP" || die "cannot create KEEP=$KEEP"; }
roles="gateway businessworker"
role_title() { [ "$1" = gateway ] && echo Gateway || echo BusinessWorker; }
role_pid() { [ "$1" = gateway ] && echo "$gw_pid" || echo "$bw_pid"; }

# run_fixed K BEFORE AFTER: WARM messages, then the command BEFORE, exactly N messages, then
# the command AFTER (both evaluated), on one connection to the running app.
run_fixed() {
	local k=$1 before=$2 after=$3 line
	coproc CG { exec "$bin/cg_client" -m text -p "$server_port" -k "$k" -w "$WARM" -n "$N" -T 600; }
	local cg_out=${CG[0]} cg_in=${CG[1]} cg_pid=$CG_PID
	if ! read -r -t 1200 -u "$cg_out" line || [ "$line" != READY ]; then
		log "  K=$k: warm-up failed: ${line:-no answer}"; kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null; return 1
	fi
	eval "$before" || { log "  K=$k: '$before' failed"; kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null; return 1; }
	echo go >&"$cg_in"
	if ! read -r -t 1200 -u "$cg_out" line || [ "$line" != "DONE msgs=$N" ]; then
		log "  K=$k: failed: ${line:-no answer}"; kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null; return 1
	fi
	eval "$after" || { log "  K=$k: '$after' failed"; kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null; return 1; }
	echo bye >&"$cg_in"
	wait "$cg_pid" 2>/dev/null
	return 0
}

# ---- system calls ----
declare -A sc sc_us names_seen sc_msgs
sc_names=()
strace_on() {
	local role pid
	tracers=()
	for role in $roles; do
		pid=$(role_pid "$role")
		if [ "$TOOL" = perf ]; then
			perf trace -s -o "$work/trace.$role" -p "$pid" 2>/dev/null &
		elif [ "$TOOL" = perfstat ]; then
			perf stat -x, -o "$work/trace.$role" -e "$(perf_events)" -p "$pid" 2>/dev/null &
		else
			strace -c -q -o "$work/trace.$role" -p "$pid" &
		fi
		tracers+=($!)
		extra_pids+=($!)
	done
	sleep 1 # attached
	cg_wait_blocked "$gw_pid" && cg_wait_blocked "$bw_pid"
}
strace_off() {
	cg_wait_blocked "$gw_pid" && cg_wait_blocked "$bw_pid"
	kill -INT "${tracers[@]}" 2>/dev/null
	wait "${tracers[@]}" 2>/dev/null
	extra_pids=()
}
# perfstat: counters only (no per-call event to the tool: the traced process keeps its pace), for
# the calls these loops make.
perf_events() {
	local name list=
	for name in read readv recvfrom write writev sendto epoll_wait epoll_ctl pselect6 select poll \
		timerfd_settime accept accept4 close fcntl; do
		[ -d "$tracefs/events/syscalls/sys_enter_$name" ] && list="$list${list:+,}syscalls:sys_enter_$name"
	done
	echo "$list"
}
tracefs=
for d in /sys/kernel/tracing /sys/kernel/debug/tracing; do [ -d "$d/events/syscalls" ] && tracefs=$d && break; done
# trace_lines ROLE: "name calls msec" per system call (msec: perf's time inside the call, 0
# under strace, whose times are not kept: it slows every call far more).
trace_lines() {
	if [ "$TOOL" = perf ]; then
		awk '$1 ~ /^[a-z_0-9]+$/ && $2 ~ /^[0-9]+$/ && NF >= 8 { print $1, $2, $4 }' "$work/trace.$1"
	elif [ "$TOOL" = perfstat ]; then
		awk -F, '$3 ~ /^syscalls:sys_enter_/ { sub("syscalls:sys_enter_", "", $3); if ($1 + 0 > 0) print $3, $1, 0 }
			$3 == "raw_syscalls:sys_enter" { other = $1 } END { }' "$work/trace.$1"
	else
		awk '$1 ~ /^[0-9.]+$/ && $NF != "total" { print $NF, $4, 0 }' "$work/trace.$1"
	fi | awk '{ print; c += $2; if ($1 !~ /^(epoll_wait|epoll_pwait|pselect6|select|poll|ppoll)$/) t += $3 } END { print "total", c, t }'
}
count_syscalls() { # RUNTIME K
	local runtime=$1 k=$2 role name calls
	local msgs=$N line
	start_gw "$runtime" || return 1
	if [[ $k == *x* ]]; then
		# CONNSxK: a timed load, every message echoed while strace was attached counted.
		strace_on
		line=$(timeout $((${DURATION%.*} + 30)) taskset -c "$CLIENT_CPU" "$bin/echo_client" -p "$server_port" \
			-c "${k%x*}" -k "${k#*x}" -w 0 -d "$DURATION" | grep '^RESULT')
		strace_off
		msgs=$(field total "$line")
		[ "$(field errors "$line")" = 0 ] && [ "${msgs:-0}" -gt 0 ] || { log "  K=$k: the client failed"; stop_server; return 1; }
	else
		run_fixed "$k" strace_on strace_off || { stop_server; return 1; }
	fi
	stop_server
	sc_msgs[$runtime.$k]=$msgs
	for role in $roles; do
		while read -r name calls msec; do
			sc[$runtime.$k.$role.$name]=$(awk -v c="$calls" -v n="$msgs" 'BEGIN { printf("%.3f", c / n) }')
			sc_us[$runtime.$k.$role.$name]=$(awk -v t="$msec" -v n="$msgs" 'BEGIN { printf("%.2f", t * 1000 / n) }')
			[ -n "${names_seen[$name]:-}" ] || { names_seen[$name]=1; [ "$name" = total ] || sc_names+=("$name"); }
		done < <(trace_lines "$role")
	done
	log "  syscalls $(title "$runtime") K=$k: Gateway ${sc[$runtime.$k.gateway.total]:-?}, BusinessWorker ${sc[$runtime.$k.businessworker.total]:-?} per message"
}

# ---- instructions ----
declare -A ir
cg_cmd() { # zero|dump: callgrind_control on both processes, each once idle
	local role pid
	for role in $roles; do
		pid=$(role_pid "$role")
		cg_wait_blocked "$pid" || { log "  $role $pid never blocked in its loop's wait"; return 1; }
		if [ "$1" = zero ]; then
			callgrind_control --vgdb-prefix="$work/vgdb" -z "$pid" >/dev/null 2>&1 || return 1
		else
			callgrind_control --vgdb-prefix="$work/vgdb" -d "$pid" >/dev/null 2>&1 || return 1
		fi
	done
}
count_instructions() { # RUNTIME K
	local runtime=$1 k=$2 role pid dump
	gw_wrap=(valgrind --tool=callgrind --trace-children=yes --vgdb-prefix="$work/vgdb" --callgrind-out-file="$work/cg.%p")
	start_gw "$runtime"
	local ok=$?
	gw_wrap=()
	[ $ok = 0 ] || return 1
	run_fixed "$k" "cg_cmd zero" "cg_cmd dump" || { stop_cg; return 1; }
	for role in $roles; do
		pid=$(role_pid "$role")
		# The last dump of the process is the measured one (the zero writes none).
		dump=$(ls -1 "$work/cg.$pid".* 2>/dev/null | sort -V | tail -1)
		[ -n "$dump" ] || { log "  no dump of $role $pid"; continue; }
		cp "$dump" "$work/$runtime.$k.$role.callgrind.out"
		[ -n "$KEEP" ] && cp "$dump" "$KEEP/$runtime.$k.$role.callgrind.out"
		ir[$runtime.$k.$role]=$(awk -v n="$N" '/^summary:/ { printf("%.0f", $2 / n) }' "$dump")
	done
	stop_cg
	log "  instructions $(title "$runtime") K=$k: Gateway ${ir[$runtime.$k.gateway]:-?}, BusinessWorker ${ir[$runtime.$k.businessworker]:-?} per message"
}
# SIGINT, then time for valgrind to write its last dumps and exit.
stop_cg() {
	cg_stop_group "$server_pgid"
	server_pgid=
}

# by_object DUMP: "object Ir" lines (self cost), object names without their directory.
by_object() {
	cg_by_object "$1" | awk -F '\t' '{ sub(/^.*\//, "", $1); cost[$1] += $2 } END { for (o in cost) print o, cost[o] }'
}

# ---- GatewayProtocol per call ----
declare -A gp
gp_cost() { # the Ir of GP_CALLS calls of each operation minus the 0-call run, per call
	local op base total
	base=$(gp_run none 0) || return 1
	for op in gw_encode gw_decode bw_encode bw_decode input; do
		total=$(gp_run "$op" "$GP_CALLS") || return 1
		gp[$op]=$(awk -v t="$total" -v b="$base" -v n="$GP_CALLS" 'BEGIN { printf("%.0f", (t - b) / n) }')
	done
}
gp_run() { # OP CALLS: the program total of the script under callgrind
	local out=$work/gp.$1.$2
	valgrind --tool=callgrind --callgrind-out-file="$out" "$PHP" -n -d memory_limit=-1 \
		"$here/gateway_protocol_cost.php" "$GW_DIR" "$1" "$2" >/dev/null 2>&1 || { log "gp $1 failed"; return 1; }
	awk '/^summary:/ { print $2 }' "$out"
}

runtimes_title="$(for r in $runtimes; do title "$r"; done | paste -sd, -)"
log "GatewayWorker $GW_TAG; runtimes: $runtimes_title; parts: $PARTS; K in {$KS}; N=$N after WARM=$WARM; one connection"
for part in $PARTS; do
	for k in $KS; do
		for runtime in $runtimes; do
			case $part in
			strace) count_syscalls "$runtime" "$k" ;;
			callgrind) [[ $k == *x* ]] || count_instructions "$runtime" "$k" ;;
			esac
		done
	done
done
[[ " $PARTS " == *" callgrind "* ]] && gp_cost

# ---- report ----
per() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf("%.2f", a / b) }'; }
if [[ " $PARTS " == *" strace "* ]]; then
	echo
	echo "== system calls per message ($TOOL per process$([ "$TOOL" = perf ] && echo ", in brackets microseconds inside the call per message, traced; total: without the waits")$([ "$TOOL" = perfstat ] && echo ", the calls listed in perf_events() only"); K=k: $N checked messages on one connection, k lines per write; K=CxK: C connections x K lines per write for ${DURATION}s, the slower traced server batching more) =="
	header="| syscall |"; sep="| --- |"
	for k in $KS; do for runtime in $runtimes; do for role in $roles; do
		header="$header K=$k $runtime $(role_title "$role") |"; sep="$sep ---: |"
	done; done; done
	echo "$header"; echo "$sep"
	for name in "${sc_names[@]}" total; do
		line="| $name |"
		for k in $KS; do for runtime in $runtimes; do for role in $roles; do
			v=${sc[$runtime.$k.$role.$name]:--}
			[ "$TOOL" = perf ] && [ "$v" != - ] && v="$v (${sc_us[$runtime.$k.$role.$name]} us)"
			line="$line $v |"
		done; done; done
		echo "$line"
	done
	line="| (messages counted) |"
	for k in $KS; do for runtime in $runtimes; do for role in $roles; do line="$line ${sc_msgs[$runtime.$k]:--} |"; done; done; done
	echo "$line"
fi
if [[ " $PARTS " == *" callgrind "* ]]; then
	cg_ks=$(for k in $KS; do [[ $k == *x* ]] || echo "$k"; done)
	echo
	echo "== user-space instructions per message (callgrind; $N checked messages on one connection after $WARM) =="
	header="| process |"; sep="| --- |"
	for k in $cg_ks; do for runtime in $runtimes; do header="$header K=$k $(title "$runtime") |"; sep="$sep ---: |"; done; done
	[[ " $runtimes " == *" workerman "* ]] && for k in $cg_ks; do header="$header K=$k Workerman / ours |"; sep="$sep ---: |"; done
	echo "$header"; echo "$sep"
	for role in $roles total; do
		line="| $( [ $role = total ] && echo "both" || role_title "$role") |"
		for k in $cg_ks; do for runtime in $runtimes; do
			if [ $role = total ]; then v=$(( ${ir[$runtime.$k.gateway]:-0} + ${ir[$runtime.$k.businessworker]:-0} )); else v=${ir[$runtime.$k.$role]:--}; fi
			line="$line $v |"
		done; done
		if [[ " $runtimes " == *" workerman "* ]]; then
			for k in $cg_ks; do
				if [ $role = total ]; then
					line="$line $(per $(( ${ir[workerman.$k.gateway]:-0} + ${ir[workerman.$k.businessworker]:-0} )) $(( ${ir[ours.$k.gateway]:-0} + ${ir[ours.$k.businessworker]:-0} ))) |"
				else
					line="$line $(per "${ir[workerman.$k.$role]:-}" "${ir[ours.$k.$role]:-}") |"
				fi
			done
		fi
		echo "$line"
	done
	echo
	echo "GatewayProtocol, instructions per call on this app's packets (callgrind, $GP_CALLS calls under php -n minus 0 calls):"
	echo "  Gateway encode (CMD_ON_MESSAGE, 31-byte body) ${gp[gw_encode]:--}; Gateway decode (CMD_SEND_TO_ONE) ${gp[gw_decode]:--};"
	echo "  BusinessWorker decode (CMD_ON_MESSAGE) ${gp[bw_decode]:--}; BusinessWorker encode (CMD_SEND_TO_ONE) ${gp[bw_encode]:--}; input ${gp[input]:--}"
	for k in $cg_ks; do for runtime in $runtimes; do
		echo
		echo "-- $(title "$runtime"), K=$k: shares of each process's instructions per message --"
		echo "| part | Gateway Ir/msg | share | BusinessWorker Ir/msg | share |"
		echo "| --- | ---: | ---: | ---: | ---: |"
		declare -A part_ir=()
		for role in $roles; do
			dump=$work/$runtime.$k.$role.callgrind.out
			[ -f "$dump" ] || continue
			while read -r obj v; do
				case $obj in
				workerman.so | "$(basename "$EXT")") p=ours ;;
				php* | "???") p=php ;;
				libevent*) p=libevent ;;
				libc.so*) p=libc ;;
				*) p="other:$obj" ;;
				esac
				[ "$runtime" = workerman ] && [ "$p" = ours ] && p="other:$obj"
				part_ir[$role.$p]=$(( ${part_ir[$role.$p]:-0} + v ))
			done < <(by_object "$dump")
			if [ "$runtime" = ours ] && [ "$GW_NATIVE" = 1 ]; then
				# In C: input, decode and the connection's encode; Lib\Gateway's own
				# GatewayProtocol::encode() calls (the BusinessWorker's replies) stay PHP.
				if [ "$role" = gateway ]; then gp_msg=0; else gp_msg=${gp[bw_encode]:-0}; fi
			elif [ "$role" = gateway ]; then gp_msg=$(( ${gp[gw_encode]:-0} + ${gp[gw_decode]:-0} + ${gp[input]:-0} ))
			else gp_msg=$(( ${gp[bw_encode]:-0} + ${gp[bw_decode]:-0} + ${gp[input]:-0} )); fi
			part_ir[$role.gp]=$(( gp_msg * N ))
			part_ir[$role.rest]=$(( ${part_ir[$role.php]:-0} - gp_msg * N ))
		done
		others=$(for key in "${!part_ir[@]}"; do case $key in *.other:*) echo "${key#*.}" ;; esac; done | sort -u)
		for p in ours php gp rest libevent libc $others; do
			case $p in
			ours) label="our extension (workerman.so)" ;;
			php) label="PHP binary (VM, internal functions, all PHP code run)" ;;
			gp) label="  of which GatewayProtocol's PHP input + decode + encode (1 call each; native: Lib\\Gateway's encode only)" ;;
			rest) label="  of which the rest (VM running GatewayWorker's other PHP, calls from C)" ;;
			other:*) label="${p#other:}" ;;
			*) label=$p ;;
			esac
			line="| $label |"
			for role in $roles; do
				tot=$(( ${ir[$runtime.$k.$role]:-0} * N )); v=${part_ir[$role.$p]:-0}
				line="$line $(awk -v v="$v" -v n="$N" 'BEGIN { printf("%.0f", v / n) }') | $(awk -v v="$v" -v t="$tot" 'BEGIN { printf("%.1f%%", t > 0 ? v * 100 / t : 0) }') |"
			done
			echo "$line"
		done
		if [ "$runtime" = ours ] && [ "$TOP" -gt 0 ]; then
			for role in $roles; do
				dump=$work/$runtime.$k.$role.callgrind.out
				[ -f "$dump" ] || continue
				echo
				echo "top $TOP of the $(role_title "$role") (bash benchmarks/callgrind_top.sh):"
				bash "$here/callgrind_top.sh" "$dump" "$TOP" "$N" | sed -n '/top .* by self cost/,$p'
			done
		fi
	done; done
fi
exit 0
