#!/usr/bin/env bash
# benchmarks/tls_callgrind.sh: what https costs the worker beyond plain HTTP, ours next to the
# bare C OpenSSL server (benchmarks/c/bare_http.c -C/-K), as counts that stay put on a busy
# machine: user-space instructions per request (callgrind) split by object, and system calls
# per pipelined batch (strace -c).
#
# Usage: bash benchmarks/tls_callgrind.sh   (needs valgrind + callgrind_control, strace, cc,
#        libssl-dev, the openssl CLI, php)
# Workload: HTTP hello, BATCH [16] pipelined "GET /" per write on ONE keep-alive connection
# (benchmarks/c/cg_client.c built with -DCG_TLS; -s = TLS, EC P-256 certificate made here,
# TLS 1.3 negotiated): WARM requests, then the worker's counters are zeroed, then exactly N
# requests, every reply checked byte for byte, then the counters are dumped. Servers: ours
# (benchmarks/http_server.php, one worker, profile 4 or 5) and bare C, each over TLS and plain
# (the difference is what TLS costs each one; plain ours is benchmarks/callgrind.sh's http16).
#  1. callgrind: each server under valgrind --tool=callgrind (--trace-children: our worker is a
#     forked child); instructions per request, and self cost per object read from the dump's
#     ob=/fn= records: libssl, libcrypto, ours (workerman.so), php, libevent, libc, the bare
#     server's own code, other.
#  2. strace: each server natively, strace -c -f attached to the worker around exactly the N
#     requests (attached after the warm-up, detached once the worker blocks in its wait):
#     calls of each system call per batch.
# Each worker is waited for until it blocks in its loop's wait before a zero, a dump or a
# detach (a reply reaches the client before the worker has finished its batch).
# Environment: EXT [modules/workerman.so]; SERVERS ["ours4 bare"] (ours4, ours5, bare);
#   TRANSPORTS ["tls plain"]; N [4000], WARM [2000] (multiples of BATCH); BATCH [16];
#   PARTS ["callgrind strace"]; KEEP [unset]: a directory that receives each dump as
#   <server>.<transport>.callgrind.out (for benchmarks/callgrind_top.sh); STARTUP [180];
#   CG_PHP_ARGS (ours: extra php args); PORT [19900]; PHP [php].
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
SERVERS=${SERVERS:-ours4 bare}
TRANSPORTS=${TRANSPORTS:-tls plain}
N=${N:-4000}
WARM=${WARM:-2000}
BATCH=${BATCH:-16}
PARTS=${PARTS:-callgrind strace}
KEEP=${KEEP:-}
STARTUP=${STARTUP:-180}
CG_PHP_ARGS=${CG_PHP_ARGS:-}
PORT=${PORT:-19900}
servers=$SERVERS # proto_lib.sh sets its own SERVERS default
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
# shellcheck source=cg_lib.sh
. "$here/cg_lib.sh"
SERVERS=$servers
[[ $PARTS == *callgrind* ]] && { command -v valgrind >/dev/null && command -v callgrind_control >/dev/null ||
	die "needs valgrind and callgrind_control (Debian: apt-get install valgrind)"; }
[[ $PARTS == *strace* ]] && { command -v strace >/dev/null || die "needs strace (apt-get install strace)"; }
command -v openssl >/dev/null || die "needs the openssl CLI"
[ $((N % BATCH)) = 0 ] && [ $((WARM % BATCH)) = 0 ] || die "N=$N and WARM=$WARM must be multiples of BATCH=$BATCH"
[[ " $SERVERS " == *" ours"* ]] && [ -z "$EXT" ] && die "no extension: build it or set EXT (or SERVERS=bare)"
build_tool cg_client -DCG_TLS -lssl -lcrypto
build_tool bare_http -lssl -lcrypto
[ -n "$KEEP" ] && { mkdir -p "$KEEP" || die "cannot create KEEP=$KEEP"; }

cert_file=$work/cert.pem key_file=$work/key.pem
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$key_file" -out "$cert_file" -days 2 \
	-subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1 || die "openssl req failed"

srv_pgid= srv_port= srv_out= worker_pid=

# start_srv SERVER TRANSPORT [wrapper...]: the server (under the wrapper, e.g. valgrind); sets
# srv_pgid, srv_port, srv_out, worker_pid (ours: the forked worker; bare: the process itself).
start_srv() {
	local server=$1 transport=$2 cmd=() env_vars=(); shift 2
	while port_open "$next_port"; do next_port=$((next_port + 1)); done
	srv_port=$next_port
	next_port=$((next_port + 1))
	srv_out=$work/$server.$transport.$srv_port.out
	case $server in
	ours*)
		env_vars=(WM_BENCH_PORT="$srv_port" WM_BENCH_TMP="$work")
		[ "$transport" = tls ] && env_vars+=(WM_BENCH_CERT="$cert_file" WM_BENCH_KEY="$key_file")
		# shellcheck disable=SC2206
		cmd=("$PHP" -d memory_limit=-1 -d "extension=$EXT" -d "workerman.api=${server#ours}" $CG_PHP_ARGS
			"$here/http_server.php" start)
		;;
	bare)
		cmd=("$bin/bare_http" -p "$srv_port")
		[ "$transport" = tls ] && cmd+=(-C "$cert_file" -K "$key_file")
		;;
	*) die "unknown server $server (ours4, ours5, bare)" ;;
	esac
	env "${env_vars[@]}" setsid "$@" "${cmd[@]}" >"$srv_out" 2>&1 &
	srv_pgid=$!
	disown "$srv_pgid"
	worker_pid=$(cg_await_worker "$srv_pgid" "$srv_port" "$([ "$server" = bare ] && echo self)")
	if [ -z "$worker_pid" ]; then
		log "$server ($transport) did not start:"; tail -20 "$srv_out" | sed 's/^/    /' >&2
		stop_srv
		return 1
	fi
}

stop_srv() {
	cg_stop_group "$srv_pgid"
	srv_pgid=
}
trap 'stop_srv; cleanup' EXIT

# The client: connect (TLS: handshake), WARM requests, READY; on a line, N requests, DONE.
start_client() { # transport
	local tls=()
	[ "$1" = tls ] && tls=(-s)
	coproc CG { exec "$bin/cg_client" -m http -p "$srv_port" -k "$BATCH" -w "$WARM" -n "$N" -T 600 "${tls[@]}"; }
	cg_out=${CG[0]} cg_in=${CG[1]} cg_pid=$CG_PID
	local line
	if ! read -r -t 1200 -u "$cg_out" line || [ "$line" != READY ]; then
		log "  warm-up failed: ${line:-no answer}"
		kill "$cg_pid" 2>/dev/null; wait "$cg_pid" 2>/dev/null
		return 1
	fi
}
run_client() { # the N requests; true when all were answered right
	local line
	echo go >&"$cg_in"
	read -r -t 1200 -u "$cg_out" line && [ "$line" = "DONE msgs=$N" ] && return 0
	log "  failed: ${line:-no answer}"
	return 1
}
end_client() { echo bye >&"$cg_in" 2>/dev/null; wait "$cg_pid" 2>/dev/null; }

# The groups the report shows.
object_group() {
	case $1 in
	*libssl*) echo libssl ;;
	*libcrypto*) echo libcrypto ;;
	"$EXT") echo ours ;;
	*/php* | *php8*) echo php ;;
	*libevent*) echo libevent ;;
	*libc.so* | *libc-*) echo libc ;;
	*/bare_http) echo bare ;;
	*) echo other ;;
	esac
}
groups="libssl libcrypto ours bare php libevent libc other"

declare -A ir_per_req group_ir sys_per_batch sys_names

measure_callgrind() { # server transport
	local server=$1 transport=$2 key=$1.$2 dumps=0 total
	start_srv "$server" "$transport" valgrind --tool=callgrind --trace-children=yes --vgdb-prefix="$work/vgdb" \
		--callgrind-out-file="$work/cg.%p" || return 1
	start_client "$transport" || { stop_srv; return 1; }
	cg_wait_blocked "$worker_pid" && callgrind_control --vgdb-prefix="$work/vgdb" -z "$worker_pid" >/dev/null 2>&1 ||
		{ log "  $key: cannot zero the worker's counters"; end_client; stop_srv; return 1; }
	if run_client && cg_wait_blocked "$worker_pid" && callgrind_control --vgdb-prefix="$work/vgdb" -d "$worker_pid" >/dev/null 2>&1; then
		local dump
		dump=$(ls -t "$work"/cg."$worker_pid".* 2>/dev/null | head -1)
		total=$(awk '/^summary:/ { print $2 }' "$dump" 2>/dev/null)
	fi
	end_client
	stop_srv
	[ -n "${total:-}" ] || { log "  $key: no dump"; return 1; }
	[ -n "$KEEP" ] && cp "$dump" "$KEEP/$key.callgrind.out"
	ir_per_req[$key]=$(awk -v t="$total" -v n="$N" 'BEGIN { printf("%.1f", t / n) }')
	local obj ir g
	while IFS=$'\t' read -r obj ir; do
		g=$(object_group "$obj")
		group_ir[$key.$g]=$(( ${group_ir[$key.$g]:-0} + ir ))
	done < <(cg_by_object "$dump")
	log "  callgrind $key: $total Ir / $N = ${ir_per_req[$key]} per request"
}

measure_strace() { # server transport
	local server=$1 transport=$2 key=$1.$2 out=$work/strace.$1.$2 spid
	start_srv "$server" "$transport" || return 1
	start_client "$transport" || { stop_srv; return 1; }
	cg_wait_blocked "$worker_pid"
	strace -c -f -p "$worker_pid" -o "$out" 2>"$out.err" &
	spid=$!
	# Attached once the worker's state shows a tracer.
	for _ in $(seq 500); do
		[ "$(awk '/^TracerPid:/ { print $2 }' "/proc/$worker_pid/status" 2>/dev/null)" = "$spid" ] && break
		sleep 0.01
	done
	local ok=no
	run_client && cg_wait_blocked "$worker_pid" && ok=yes
	kill -INT "$spid" 2>/dev/null
	wait "$spid" 2>/dev/null
	end_client
	stop_srv
	[ $ok = yes ] && [ -s "$out" ] || { log "  strace $key: failed"; return 1; }
	local batches=$((N / BATCH)) name calls total=0
	# strace -c: "% time seconds usecs/call calls [errors] syscall"; the total line last.
	while read -r name calls; do
		sys_per_batch[$key.$name]=$(awk -v c="$calls" -v b="$batches" 'BEGIN { printf("%.2f", c / b) }')
		sys_names[$name]=1
		total=$((total + calls))
	done < <(awk '$1 ~ /^[0-9.]+$/ && NF >= 5 && $NF != "total" { print $NF, $4 }' "$out")
	sys_per_batch[$key.total]=$(awk -v c="$total" -v b="$batches" 'BEGIN { printf("%.2f", c / b) }')
	log "  strace $key: ${sys_per_batch[$key.total]} system calls per batch of $BATCH"
}

log "servers: $SERVERS; transports: $TRANSPORTS; N=$N after WARM=$WARM, $BATCH per write; parts: $PARTS"
for part in $PARTS; do
	for transport in $TRANSPORTS; do
		for server in $SERVERS; do
			"measure_$part" "$server" "$transport"
		done
	done
done

# ---- report ----
cols=()
for transport in $TRANSPORTS; do for server in $SERVERS; do cols+=("$server.$transport"); done; done
title() { local s=${1%.*} t=${1#*.}; case $s in ours*) s="ours api=${s#ours}" ;; bare) s="bare C" ;; esac; echo "$s $t"; }
per_req() { awk -v v="${1:-0}" -v n="$N" 'BEGIN { printf("%.0f", v / n) }'; }
{
	echo
	echo "== https hello x$BATCH on one connection: the worker's user-space instructions per request (callgrind, $N checked requests after $WARM) and system calls per batch of $BATCH (strace -c) =="
	if [[ $PARTS == *callgrind* ]]; then
		header="| instructions per request |" sep="| --- |"
		for c in "${cols[@]}"; do header="$header $(title "$c") |"; sep="$sep ---: |"; done
		echo "$header"; echo "$sep"
		line="| total |"
		for c in "${cols[@]}"; do line="$line ${ir_per_req[$c]:--} |"; done
		echo "$line"
		for g in $groups; do
			line="| $g |" any=no
			for c in "${cols[@]}"; do
				v=${group_ir[$c.$g]:-}
				[ -n "$v" ] && any=yes
				line="$line $([ -n "$v" ] && per_req "$v" || echo -) |"
			done
			[ $any = yes ] && echo "$line"
		done
		echo
		for server in $SERVERS; do
			t=${ir_per_req[$server.tls]:-} p=${ir_per_req[$server.plain]:-}
			[ -n "$t" ] && [ -n "$p" ] && echo "TLS costs $(title "$server.x" | sed 's/ x$//'): $(awk -v a="$t" -v b="$p" 'BEGIN { printf("%.0f", a - b) }') instructions per request (tls - plain)"
		done
	fi
	if [[ $PARTS == *strace* ]]; then
		echo
		header="| system calls per batch |" sep="| --- |"
		for c in "${cols[@]}"; do header="$header $(title "$c") |"; sep="$sep ---: |"; done
		echo "$header"; echo "$sep"
		for name in $(printf '%s\n' "${!sys_names[@]}" | sort) total; do
			line="| $name |"
			for c in "${cols[@]}"; do line="$line ${sys_per_batch[$c.$name]:--} |"; done
			echo "$line"
		done
	fi
}
