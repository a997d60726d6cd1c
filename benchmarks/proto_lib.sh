# benchmarks/proto_lib.sh: what http.sh, ws.sh and tls.sh share (run.sh keeps lib.sh): defaults,
# a temporary work directory removed on exit, the C tools built there, starting one server
# (ours, Workerman or a bare C binary; its own process group, pinned to SERVER_CPU) and
# stopping it, reading a worker's CPU time and RSS from /proc, and the median/ratio helpers.
# Sourced, not run. Expects "here" to be the benchmarks directory.
EXT=${EXT:-$here/../modules/workerman.so}
WORKERMAN_DIR=${WORKERMAN_DIR:-}
WORKERMAN_PHP_ARGS=${WORKERMAN_PHP_ARGS:-}
OURS_PHP_ARGS=${OURS_PHP_ARGS:-} # extra php arguments for ours only, e.g. "-d workerman.api=5"
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
CONNS=${CONNS:-100}
PIPELINE=${PIPELINE:-16}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PHP=${PHP:-php}
next_port=${PORT:-19400}

work=$(mktemp -d /tmp/wm-bench.XXXXXX)
bin=$work/bin
server_pgid=
declare -a extra_pids=()

log() { printf '%s\n' "$*" >&2; }
die() { log "$(basename "$0"): $*"; exit 1; }

stop_group() {
	local pgid=$1
	kill -INT -- "-$pgid" 2>/dev/null || return 0
	for _ in $(seq 50); do
		kill -0 -- "-$pgid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -KILL -- "-$pgid" 2>/dev/null
}

cleanup() {
	local pid
	for pid in "${extra_pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done
	[ -n "$server_pgid" ] && stop_group "$server_pgid"
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v cc >/dev/null || die "needs a C compiler (cc)"
command -v taskset >/dev/null || die "needs taskset (util-linux)"
mkdir -p "$bin"
build_tool() { # name [extra cc args...]
	local name=$1; shift
	cc -O2 -Wall -o "$bin/$name" "$here/c/$name.c" "$@" || die "cannot build $name"
}
if [ -f "$EXT" ]; then
	EXT=$(cd "$(dirname "$EXT")" && pwd)/$(basename "$EXT")
else
	log "note: no extension at $EXT (build it or set EXT): ours is skipped"
	EXT=
fi
if [ -n "$WORKERMAN_DIR" ]; then
	[ -f "$WORKERMAN_DIR/Autoloader.php" ] || die "WORKERMAN_DIR=$WORKERMAN_DIR has no Autoloader.php (want a 4.2.1 tree)"
	WORKERMAN_DIR=$(cd "$WORKERMAN_DIR" && pwd)
fi
ulimit -n "$(ulimit -Hn)" 2>/dev/null

kinds="ours"
[ -n "$WORKERMAN_DIR" ] && kinds="$kinds workerman"
kinds="$kinds bare"
SERVERS=${SERVERS:-$kinds}
[ -z "$WORKERMAN_DIR" ] && SERVERS=${SERVERS//workerman/}
[ -z "$EXT" ] && SERVERS=${SERVERS//ours/}
wm_loop=select
if [ -n "$WORKERMAN_DIR" ]; then
	# shellcheck disable=SC2086
	wm_modules=$("$PHP" $WORKERMAN_PHP_ARGS -m 2>/dev/null)
	if grep -qx event <<<"$wm_modules"; then wm_loop=event
	elif grep -qx ev <<<"$wm_modules"; then wm_loop=ev; fi
fi

port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# start_server KIND SCRIPT_OR_BINARY [args...]: KIND ours|workerman runs the PHP script (env
# WM_BENCH_* set by the caller are passed through), KIND bare runs the binary with its args,
# where @PORT@ stands for the port. Sets server_pgid, server_port (the next free port from
# PORT on), server_out and worker_pids (the measured processes).
start_server() {
	local kind=$1 prog=$2; shift 2
	# A port another job listens on is skipped.
	while port_open "$next_port"; do next_port=$((next_port + 1)); done
	server_port=$next_port
	next_port=$((next_port + 1))
	server_out=$work/$kind.$server_port.out
	case $kind in
	ours)
		# shellcheck disable=SC2086
		WM_BENCH_PORT=$server_port WM_BENCH_TMP=$work setsid taskset -c "$SERVER_CPU" \
			"$PHP" -d memory_limit=-1 -d "extension=$EXT" $OURS_PHP_ARGS "$prog" start >"$server_out" 2>&1 &
		;;
	workerman)
		# shellcheck disable=SC2086
		WM_BENCH_WORKERMAN=$WORKERMAN_DIR WM_BENCH_PORT=$server_port WM_BENCH_TMP=$work setsid \
			taskset -c "$SERVER_CPU" "$PHP" -d memory_limit=-1 $WORKERMAN_PHP_ARGS "$prog" start >"$server_out" 2>&1 &
		;;
	bare)
		local args=("${@//@PORT@/$server_port}")
		setsid taskset -c "$SERVER_CPU" "$prog" "${args[@]}" >"$server_out" 2>&1 &
		;;
	esac
	server_pgid=$!
	local up=no
	for _ in $(seq 100); do
		port_open "$server_port" && { up=yes; break; }
		kill -0 "$server_pgid" 2>/dev/null || break
		sleep 0.1
	done
	if [ $up = no ]; then
		log "$kind did not start:"; sed 's/^/    /' "$server_out" >&2; stop_server; return 1
	fi
	worker_pids=$server_pgid
	if [ "$kind" != bare ]; then
		# The PHP master forks the worker; a listening master alone proves nothing.
		worker_pids=
		for _ in $(seq 100); do
			worker_pids=$(pgrep -P "$server_pgid" | paste -sd, -)
			[ -n "$worker_pids" ] && break
			sleep 0.05
		done
		[ -n "$worker_pids" ] || { log "$kind: no worker process"; stop_server; return 1; }
	fi
}

stop_server() {
	[ -n "$server_pgid" ] && stop_group "$server_pgid"
	server_pgid=
}

# CPU seconds (utime + stime) of the comma-separated pids.
cpu_seconds() {
	local pid total=0 hz
	hz=$(getconf CLK_TCK)
	for pid in ${1//,/ }; do
		total=$(awk -v t="$total" -v hz="$hz" '{ sub(/^.*\) /, ""); split($0, f, " "); printf("%d", t + f[12] + f[13]) }' "/proc/$pid/stat" 2>/dev/null || echo "$total")
	done
	awk -v t="$total" -v hz="$hz" 'BEGIN { printf("%.3f", t / hz) }'
}
rss_bytes() { # comma-separated pids: the sum of VmRSS
	local pid total=0 kb
	for pid in ${1//,/ }; do
		kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
		total=$((total + ${kb:-0} * 1024))
	done
	echo "$total"
}
now_s() { date +%s.%N; }

# ---- results: store KEY VALUE in an associative array; report helpers ----
fmt() { awk -v v="$1" -v d="${2:-0}" 'BEGIN { printf("%.*f", d, v) }'; }
per_busy_core() { awk -v m="$1" -v b="$2" 'BEGIN { printf("%.0f", b > 0 ? m / b : 0) }'; } # rate busy-share
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2" | head -1; }
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
pct_cell() { local v; v=$(values "$1" "$2" "$3" | median); [ "$v" = - ] && echo - || awk -v v="$v" 'BEGIN { printf("%.0f%%", v * 100) }'; }
r2() { [ "$1" = - ] && echo - || fmt "$1" 2; }
verdict() { [ "$1" = - ] && echo "n/a" || awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; print ok ? "met" : "NOT met" }'; }
