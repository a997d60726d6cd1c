# benchmarks/lib.sh: what run.sh and syscalls.sh share: defaults, the C tools built into a
# temporary directory, starting and stopping each server (its own process group, pinned to
# SERVER_CPU), the text:// framing probe, and killing everything left on exit.
# Sourced, not run. Expects "here" to be the benchmarks directory.
EXT=${EXT:-$here/../modules/workerman.so}
WORKERMAN_DIR=${WORKERMAN_DIR:-}
WORKERMAN_PHP_ARGS=${WORKERMAN_PHP_ARGS:-}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
SCHEME=${SCHEME:-auto}
CONNS=${CONNS:-100}
PIPELINE=${PIPELINE:-16}
LINE=${LINE:-32}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
BARE_MODE=${BARE_MODE:-batch}
PHP=${PHP:-php}
next_port=${PORT:-19300}

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

# ---- preparation ----

command -v cc >/dev/null || die "needs a C compiler (cc)"
command -v taskset >/dev/null || die "needs taskset (util-linux)"
mkdir -p "$bin"
cc -O2 -o "$bin/echo_server" "$here/c/echo_server.c" || die "cannot build echo_server"
cc -O2 -o "$bin/echo_client" "$here/c/echo_client.c" || die "cannot build echo_client"
[ -f "$EXT" ] || die "no extension at $EXT: build it (phpize && ./configure && make) or set EXT"
EXT=$(cd "$(dirname "$EXT")" && pwd)/$(basename "$EXT")
if [ -n "$WORKERMAN_DIR" ]; then
	[ -f "$WORKERMAN_DIR/Autoloader.php" ] || die "WORKERMAN_DIR=$WORKERMAN_DIR has no Autoloader.php (want a 4.2.1 tree)"
	WORKERMAN_DIR=$(cd "$WORKERMAN_DIR" && pwd)
fi
# Our own soft limit up to the hard one: the idle workloads need many descriptors.
ulimit -n "$(ulimit -Hn)" 2>/dev/null

client() { timeout $((${DURATION%.*} + ${WARMUP%.*} + 30)) taskset -c "$CLIENT_CPU" "$bin/echo_client" "$@"; }

# start_server KIND [extra env...]: KIND is ours, workerman or bare. Sets server_pgid,
# server_port and worker_pids (the processes whose CPU and RSS are measured).
start_server() {
	local kind=$1; shift
	server_port=$next_port
	next_port=$((next_port + 1))
	local out=$work/$kind.$server_port.out
	case $kind in
	ours)
		env "$@" WM_BENCH_SCHEME="$scheme" WM_BENCH_PORT="$server_port" WM_BENCH_TMP="$work" \
			setsid taskset -c "$SERVER_CPU" "$PHP" -d memory_limit=-1 -d "extension=$EXT" \
			"$here/echo_server.php" start >"$out" 2>&1 &
		;;
	workerman)
		# shellcheck disable=SC2086
		env "$@" WM_BENCH_WORKERMAN="$WORKERMAN_DIR" WM_BENCH_SCHEME="$scheme" WM_BENCH_PORT="$server_port" \
			WM_BENCH_TMP="$work" setsid taskset -c "$SERVER_CPU" "$PHP" -d memory_limit=-1 $WORKERMAN_PHP_ARGS \
			"$here/echo_server.php" start >"$out" 2>&1 &
		;;
	bare)
		setsid taskset -c "$SERVER_CPU" "$bin/echo_server" -p "$server_port" -m "$BARE_MODE" >"$out" 2>&1 &
		;;
	esac
	server_pgid=$!
	if ! "$bin/echo_client" -p "$server_port" -W 10 2>/dev/null; then
		log "$kind did not start:"; cat "$out" >&2; return 1
	fi
	worker_pids=$server_pgid
	if [ "$kind" != bare ]; then
		# The PHP master forks the worker; a listening master alone proves nothing.
		for _ in $(seq 100); do
			worker_pids=$(pgrep -P "$server_pgid" | paste -sd, -)
			[ -n "$worker_pids" ] && break
			sleep 0.05
		done
		[ -n "$worker_pids" ] || { log "$kind: no worker process"; cat "$out" >&2; return 1; }
	fi
	# One echo through the worker: it is up, and it paid its first-connection costs.
	if [[ " $* " != *" WM_BENCH_PROBE=1 "* ]]; then
		if ! timeout 10 "$bin/echo_client" -p "$server_port" -c 1 -w 0 -d 0.2 >/dev/null; then
			log "$kind does not echo:"; cat "$out" >&2; return 1
		fi
	fi
}

stop_server() {
	[ -n "$server_pgid" ] && stop_group "$server_pgid"
	server_pgid=
}

# Does our build apply text:// framing? "ab\ncd\n" in one write is two messages if so.
probe_text_framing() {
	scheme=text
	start_server ours WM_BENCH_PROBE=1 || return 1
	local reply
	reply=$("$PHP" -r '$s = stream_socket_client("tcp://127.0.0.1:" . $argv[1], $e, $m, 2);
		fwrite($s, "ab\ncd\n"); stream_set_timeout($s, 1); $r = "";
		while (strlen($r) < 12 && ($d = fread($s, 64)) !== false && $d !== "") { $r .= $d; }
		echo json_encode($r);' "$server_port")
	stop_server
	[ "$reply" = '"len=2\nlen=2\n"' ]
}

ours_frames_text=no
case $SCHEME in
auto | text | tcp) probe_text_framing && ours_frames_text=yes ;;
*) die "SCHEME must be text, tcp or auto" ;;
esac
if [ "$SCHEME" = auto ]; then
	scheme=tcp
	[ $ours_frames_text = yes ] && scheme=text
	[ $scheme = tcp ] && log "note: this build does not frame text:// yet: measuring raw tcp:// echo for every runtime"
else
	scheme=$SCHEME
	[ "$scheme" = text ] && [ $ours_frames_text = no ] &&
		log "note: this build does not frame text:// yet: ours echoes whole reads (raw), the others frame lines"
fi
# Printed with the results, so a table never passes raw echo off as text:// framing.
ours_mode=$scheme
[ "$scheme" = text ] && [ $ours_frames_text = no ] && ours_mode="text, unframed"

kinds="ours"
[ -n "$WORKERMAN_DIR" ] && kinds="$kinds workerman"
kinds="$kinds bare"
SERVERS=${SERVERS:-$kinds}
wm_loop=select
if [ -n "$WORKERMAN_DIR" ]; then
	# Workerman 4 takes event, else ev, else select() (1024 descriptors at most).
	# shellcheck disable=SC2086
	wm_modules=$("$PHP" $WORKERMAN_PHP_ARGS -m 2>/dev/null)
	if grep -qx event <<<"$wm_modules"; then wm_loop=event
	elif grep -qx ev <<<"$wm_modules"; then wm_loop=ev; fi
fi

