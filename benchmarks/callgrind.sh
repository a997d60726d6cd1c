#!/usr/bin/env bash
# benchmarks/callgrind.sh: user-space instructions per message of the worker process, counted by
# valgrind's callgrind (a count, not a time: it stays put on a busy machine), for ours under
# profile 4 and 5 and for Workerman 4.2.1, side by side, with the ratio.
#
# Usage: bash benchmarks/callgrind.sh     (needs valgrind with callgrind_control, cc, php)
#   WORKERMAN_DIR=/tmp/wm421 bash benchmarks/callgrind.sh     (adds Workerman 4.2.1)
# Each server runs under valgrind --tool=callgrind --trace-children=yes (the worker is a forked
# child). One connection (benchmarks/c/cg_client.c) sends WARM messages, then the worker's
# counters are zeroed (callgrind_control -z), then exactly N messages go, each reply checked
# byte for byte, then the worker's counters are dumped (callgrind_control -d) and the dump's
# total divided by N. For reference, a zero + dump on the idle worker is measured just before
# and printed (not subtracted: it is ~231 instructions, 0.06 per message, plus whatever the
# worker's clock does in that second, e.g. the first 250 ms time-limit tick resolving its
# symbols). Every figure is measured RUNS times, each on a freshly started server, and the
# spread between runs is printed.
# Rows (ROWS, default all): http16 HTTP hello, 16 pipelined requests per write; http1 one
#   request in flight; ws1 / ws16 WebSocket echo of 32-byte text frames, 1 or 16 per write;
#   text1 / text16 text:// echo of 32-byte lines, 1 or 16 per write.
# Each worker is waited for until it blocks in its loop's wait before a zero or a dump.
# Environment:
#   EXT [modules/workerman.so]; APIS ["4 5"]: our profiles (empty: Workerman alone);
#   WORKERMAN_DIR [unset: Workerman skipped with a note]; WORKERMAN_PHP_ARGS: Workerman only,
#   e.g. "-d extension=event.so"; CG_PHP_ARGS: every runtime, e.g. "-d opcache.enable_cli=1";
#   N [4000], WARM [2000], RUNS [2], PORT [19800], PHP [php];
#   KEEP [unset]: a directory that receives every dump as <row>.<runtime>.run<R>.callgrind.out
#   (and the idle window's as ...idle.callgrind.out), for callgrind_annotate/callgrind_top.sh;
#   ANNOTATE [http16.ours4]: the <row>.<runtime> whose first run's dump callgrind_top.sh shows
#   after the table, top 15 self and inclusive (empty: none);
#   STARTUP [180]: seconds a server may take to come up under valgrind.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
ROWS=${ROWS:-http16 http1 ws1 ws16 text1 text16}
APIS=${APIS-4 5}
N=${N:-4000}
WARM=${WARM:-2000}
RUNS=${RUNS:-2}
CG_PHP_ARGS=${CG_PHP_ARGS:-}
KEEP=${KEEP:-}
ANNOTATE=${ANNOTATE-http16.ours4}
STARTUP=${STARTUP:-180}
PORT=${PORT:-19800}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
# shellcheck source=cg_lib.sh
. "$here/cg_lib.sh"
command -v valgrind >/dev/null && command -v callgrind_control >/dev/null ||
	die "needs valgrind and callgrind_control (Debian: apt-get install valgrind)"
[ -n "$EXT" ] || [ -z "${APIS// /}" ] || die "no extension: build it (phpize && ./configure && make), set EXT, or APIS= for Workerman alone"
build_tool cg_client
[ -n "$KEEP" ] && { mkdir -p "$KEEP" || die "cannot create KEEP=$KEEP"; }

runtimes=
for api in $APIS; do runtimes="$runtimes ours$api"; done
if [ -n "$WORKERMAN_DIR" ]; then
	runtimes="$runtimes workerman"
else
	log "note: WORKERMAN_DIR is unset: Workerman 4.2.1 is skipped (set it to a 4.2.1 tree, e.g. /tmp/wm421)"
fi
[ -n "${runtimes// /}" ] || die "nothing to measure (APIS is empty and WORKERMAN_DIR unset)"

# row -> client mode, messages per write, server script, description
declare -A row_mode=([http16]=http [http1]=http [ws1]=ws [ws16]=ws [text1]=text [text16]=text)
declare -A row_batch=([http16]=16 [http1]=1 [ws1]=1 [ws16]=16 [text1]=1 [text16]=16)
declare -A mode_script=([http]=http_server.php [ws]=ws_server.php [text]=echo_server.php)
declare -A row_title=([http16]="HTTP hello, 16 pipelined per write" [http1]="HTTP hello, 1 in flight"
	[ws1]="WebSocket echo, 1 frame in flight" [ws16]="WebSocket echo, 16 frames per write"
	[text1]="text echo, 1 line in flight" [text16]="text echo, 16 lines per write")
for row in $ROWS; do [ -n "${row_mode[$row]:-}" ] || die "unknown row $row (known: ${!row_mode[*]})"; done
for row in $ROWS; do
	[ $((N % row_batch[$row])) = 0 ] || die "N=$N is not a multiple of $row's ${row_batch[$row]} messages per write"
done

runtime_title() {
	case $1 in
	ours*) echo "ours api=${1#ours}" ;;
	workerman) echo "Workerman 4.2.1 ($wm_loop)" ;;
	esac
}

# start_cg_server RUNTIME MODE: the mode's server script under callgrind; sets server_pgid,
# server_port, server_out, worker_pid, dumps (the worker's dump files so far).
start_cg_server() {
	local runtime=$1 mode=$2 php_args=() wm_env=()
	while port_open "$next_port"; do next_port=$((next_port + 1)); done
	server_port=$next_port
	next_port=$((next_port + 1))
	server_out=$work/$runtime.$mode.$server_port.out
	case $runtime in
	ours*) php_args=(-d "extension=$EXT" -d "workerman.api=${runtime#ours}") ;;
	workerman)
		# shellcheck disable=SC2206
		php_args=($WORKERMAN_PHP_ARGS)
		wm_env=(WM_BENCH_WORKERMAN="$WORKERMAN_DIR")
		;;
	esac
	# shellcheck disable=SC2206
	php_args+=($CG_PHP_ARGS)
	env "${wm_env[@]}" WM_BENCH_SCHEME=text WM_BENCH_PORT="$server_port" WM_BENCH_TMP="$work" \
		setsid valgrind --tool=callgrind --trace-children=yes --vgdb-prefix="$work/vgdb" \
		--callgrind-out-file="$work/cg.%p" "$PHP" -d memory_limit=-1 "${php_args[@]}" \
		"$here/${mode_script[$mode]}" start >"$server_out" 2>&1 &
	server_pgid=$!
	disown "$server_pgid" # Workerman's master ends on SIGALRM: no "Alarm clock" line from bash
	worker_pid=$(cg_await_worker "$server_pgid" "$server_port")
	if [ -z "$worker_pid" ]; then
		log "$runtime ($mode) did not start:"; tail -20 "$server_out" | sed 's/^/    /' >&2
		stop_cg_server
		return 1
	fi
	dumps=0
}

# SIGINT, then time for valgrind to write its last dumps and exit (its vgdb pipes are in $work).
stop_cg_server() {
	cg_stop_group "$server_pgid"
	server_pgid=
}

# cg_command zero|dump: on the worker only, once it is idle; a dump sets cg_total and last_dump.
# cg_total is the dump's "summary:" (what callgrind_annotate calls PROGRAM TOTALS): its "totals:"
# line can be larger after a zero (seen: 5,049 where the summary said 231), so it is not used.
# Not in a subshell: it counts the dumps.
cg_command() {
	cg_wait_blocked "$worker_pid" || { log "  worker $worker_pid never blocked in its event loop's wait"; return 1; }
	if [ "$1" = zero ]; then
		callgrind_control --vgdb-prefix="$work/vgdb" -z "$worker_pid" >/dev/null 2>&1 || return 1
		return 0
	fi
	callgrind_control --vgdb-prefix="$work/vgdb" -d "$worker_pid" >/dev/null 2>&1 || return 1
	dumps=$((dumps + 1))
	last_dump=$work/cg.$worker_pid.$dumps
	cg_total=$(awk '/^summary:/ { print $2 }' "$last_dump" 2>/dev/null)
	[ -n "$cg_total" ]
}

declare -A result baseline

# measure_row ROW RUNTIME RUN: one client on the running server; stores result[row.runtime.run].
measure_row() {
	local row=$1 runtime=$2 run=$3 line idle total
	coproc CG { exec "$bin/cg_client" -m "${row_mode[$row]}" -p "$server_port" -k "${row_batch[$row]}" -w "$WARM" -n "$N" -T 600; }
	local cg_out=${CG[0]} cg_in=${CG[1]} cg_pid=$CG_PID
	if ! read -r -t 1200 -u "$cg_out" line || [ "$line" != READY ]; then
		log "  $row $runtime run $run: warm-up failed: ${line:-no answer}"
		kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null
		return 1
	fi
	# For reference: the two commands on the idle worker (each wakes its loop once).
	if ! cg_command zero || ! cg_command dump || ! cg_command zero; then
		log "  $row $runtime run $run: callgrind_control failed on pid $worker_pid"
		kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null
		return 1
	fi
	idle=$cg_total
	[ -n "$KEEP" ] && cp "$last_dump" "$KEEP/$row.$runtime.run$run.idle.callgrind.out"
	echo go >&"$cg_in"
	if ! read -r -t 1200 -u "$cg_out" line || [ "$line" != "DONE msgs=$N" ]; then
		log "  $row $runtime run $run: failed: ${line:-no answer}"
		kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null
		return 1
	fi
	total=
	cg_command dump && total=$cg_total
	echo bye >&"$cg_in"
	wait "$cg_pid" 2>/dev/null
	[ -n "$total" ] || { log "  $row $runtime run $run: no dump"; return 1; }
	[ -n "$KEEP" ] && cp "$last_dump" "$KEEP/$row.$runtime.run$run.callgrind.out"
	[ "$row.$runtime" = "$ANNOTATE" ] && [ "$run" = 1 ] && cp "$last_dump" "$work/annotate.callgrind.out"
	baseline[$row.$runtime.$run]=$idle
	result[$row.$runtime.$run]=$(awk -v t="$total" -v n="$N" 'BEGIN { printf("%.1f", t / n) }')
	log "  $row $(runtime_title "$runtime") run $run: $total Ir / $N = ${result[$row.$runtime.$run]} per message (idle zero + dump: $idle Ir)"
}

log "runtimes:$runtimes; rows: $ROWS; N=$N after WARM=$WARM, RUNS=$RUNS"
for run in $(seq "$RUNS"); do
	for mode in http ws text; do
		mode_rows=
		for row in $ROWS; do [ "${row_mode[$row]}" = "$mode" ] && mode_rows="$mode_rows $row"; done
		[ -n "$mode_rows" ] || continue
		for runtime in $runtimes; do
			start_cg_server "$runtime" "$mode" || continue
			for row in $mode_rows; do measure_row "$row" "$runtime" "$run"; done
			stop_cg_server
		done
	done
done

# ---- report ----
runs_of() { local r; for r in $(seq "$RUNS"); do [ -n "${result[$1.$2.$r]:-}" ] && printf '%s ' "${result[$1.$2.$r]}"; done; }
mean_of() { local v; v=$(runs_of "$1" "$2"); [ -z "$v" ] && echo - || awk -v l="$v" 'BEGIN { n = split(l, a, " "); for (i = 1; i <= n; i++) s += a[i]; printf("%.0f", s / n) }'; }
spread_of() { # (max - min) / min over the runs, in percent
	local v; v=$(runs_of "$1" "$2")
	awk -v l="$v" 'BEGIN { n = split(l, a, " "); if (n < 2) { print "-"; exit } lo = hi = a[1]
		for (i = 2; i <= n; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i] }
		printf("%.2f%%", lo > 0 ? (hi - lo) * 100 / lo : 0) }'
}
ratio_of() { [ "$1" = - ] || [ "$2" = - ] && echo - || awk -v a="$1" -v b="$2" 'BEGIN { printf("%.2f", b > 0 ? a / b : 0) }'; }
with_commas() { [ "$1" = - ] && echo - || sed ':a; s/^\([0-9]\+\)\([0-9]\{3\}\)/\1,\2/; ta' <<<"$1"; }

{
	echo
	echo "== user-space instructions per message, worker process only (callgrind; $N checked messages after $WARM of warm-up, one connection; mean of $RUNS runs, each on a fresh server) =="
	header="| row |"
	sep="| --- |"
	for runtime in $runtimes; do header="$header $(runtime_title "$runtime") |"; sep="$sep ---: |"; done
	if [[ " $runtimes " == *" workerman "* ]]; then
		for runtime in $runtimes; do [ "$runtime" = workerman ] || { header="$header Workerman / $(runtime_title "$runtime") |"; sep="$sep ---: |"; }; done
	fi
	header="$header spread between runs (max) |"; sep="$sep ---: |"
	echo "$header"
	echo "$sep"
	for row in $ROWS; do
		line="| ${row_title[$row]} |"
		worst=0
		for runtime in $runtimes; do
			line="$line $(with_commas "$(mean_of "$row" "$runtime")") |"
			s=$(spread_of "$row" "$runtime"); s=${s%\%}
			[ "$s" != - ] && worst=$(awk -v a="$worst" -v b="$s" 'BEGIN { print (b > a) ? b : a }')
		done
		if [[ " $runtimes " == *" workerman "* ]]; then
			for runtime in $runtimes; do
				[ "$runtime" = workerman ] && continue
				line="$line $(ratio_of "$(mean_of "$row" workerman)" "$(mean_of "$row" "$runtime")") |"
			done
		fi
		[ "$RUNS" -ge 2 ] && line="$line $(fmt "$worst" 2)% |" || line="$line - |"
		echo "$line"
	done
	echo
	echo "every run (instructions per message; in brackets the Ir of a zero + dump on the idle worker, not subtracted):"
	for row in $ROWS; do
		for runtime in $runtimes; do
			printf '  %-8s %-28s' "$row" "$(runtime_title "$runtime")"
			for r in $(seq "$RUNS"); do printf ' %10s [%s]' "${result[$row.$runtime.$r]:--}" "${baseline[$row.$runtime.$r]:--}"; done
			echo
		done
	done
}
if [ -f "$work/annotate.callgrind.out" ]; then
	echo
	echo "where the instructions go: ${row_title[${ANNOTATE%%.*}]}, $(runtime_title "${ANNOTATE#*.}"), run 1 (bash benchmarks/callgrind_top.sh):"
	bash "$here/callgrind_top.sh" "$work/annotate.callgrind.out" 15 "$N"
fi
