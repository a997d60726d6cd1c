# benchmarks/gateway_lib.sh: what gateway.sh and gateway_profile.sh share: proto_lib.sh plus
# the GatewayWorker tree (archived from the mirror at GW_TAG, or GW_DIR), the Workerman tree
# (4.x or 5.x layout), and start_gw: the app benchmarks/gateway_server.php started on three
# fresh ports, its Gateway and BusinessWorker pids found and pinned, up once an echo went
# through. Sourced, not run. Expects "here" to be the benchmarks directory.
# proto_lib.sh insists on a 4.x tree; a 5.x tree (src/Worker.php) is accepted here.
wm_dir=${WORKERMAN_DIR:-}
WORKERMAN_DIR=
PORT=${PORT:-19500}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
OURS_API=${OURS_API:-4}
# GW_NATIVE=1: ours runs GatewayProtocol in C (workerman.gateway_protocol=native, the default);
# 0: its PHP (=php).
GW_NATIVE=${GW_NATIVE:-1}
case $GW_NATIVE in 1) gw_protocol=native ;; 0) gw_protocol=php ;; *) die "GW_NATIVE=$GW_NATIVE: want 0 or 1" ;; esac
GW_GIT=${GW_GIT:-/work/.mirror/walkor+GatewayWorker/repo}
GW_TAG=${GW_TAG:-v3.1.18}
GW_DIR=${GW_DIR:-}
COROUTINE_GIT=${COROUTINE_GIT:-/work/.mirror/workerman-php+coroutine/repo}
COROUTINE_TAG=${COROUTINE_TAG:-v1.1.4}
COROUTINE_DIR=${COROUTINE_DIR:-}
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
	if [ "$wm_major" = 5 ] && [ -z "$COROUTINE_DIR" ]; then
		# 5.x's Worker uses workerman/coroutine (Composer would have installed it).
		mkdir -p "$work/coroutine"
		git --git-dir="$COROUTINE_GIT" archive "$COROUTINE_TAG" 2>/dev/null | tar -x -C "$work/coroutine" ||
			die "cannot archive workerman/coroutine $COROUTINE_TAG from $COROUTINE_GIT (or set COROUTINE_DIR to its src/)"
		COROUTINE_DIR=$work/coroutine/src
	fi
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
build_tool cg_client

runtimes=ours
[ -n "$wm_dir" ] && runtimes="ours workerman"
title() {
	case $1 in
	ours) echo "ours (api=$OURS_API, GatewayProtocol $gw_protocol)" ;;
	workerman) echo "Workerman ${wm_version:-$wm_major.x} ($wm_loop)" ;;
	esac
}

# proc_ticks PID: "utime stime" in clock ticks.
proc_ticks() { awk '{ sub(/^.*\) /, ""); split($0, f, " "); print f[12], f[13] }' "/proc/$1/stat" 2>/dev/null || echo "0 0"; }

# start_gw RUNTIME: the app on three fresh ports; sets server_pgid, server_port, server_dir,
# gw_pid, bw_pid once an echo has gone through (the BusinessWorker has found the Gateway).
# The words of the array gw_wrap go before php (gateway_profile.sh: valgrind); STARTUP
# seconds [20] bound the start.
gw_wrap=()
STARTUP=${STARTUP:-20}
start_gw() {
	local runtime=$1 dir php_args=() env_args=()
	while port_open "$next_port" || port_open $((next_port + 1)) || port_open $((next_port + 2)); do
		next_port=$((next_port + 3))
	done
	server_port=$next_port
	next_port=$((next_port + 3))
	dir=$work/$runtime.$server_port
	server_dir=$dir
	mkdir -p "$dir"
	server_out=$dir/out
	if [ "$runtime" = ours ]; then
		php_args=(-d "extension=$EXT" -d "workerman.api=$OURS_API" -d "workerman.gateway_protocol=$gw_protocol")
	else
		# shellcheck disable=SC2206
		php_args=($WORKERMAN_PHP_ARGS)
		env_args=(WM_BENCH_WORKERMAN="$wm_dir" WM_BENCH_COROUTINE="$COROUTINE_DIR")
	fi
	env "${env_args[@]}" WM_BENCH_GW="$GW_DIR" WM_BENCH_PORT="$server_port" WM_BENCH_SEND="$SEND" \
		WM_BENCH_REGISTER_PORT=$((server_port + 1)) WM_BENCH_LAN_PORT=$((server_port + 2)) WM_BENCH_TMP="$dir" \
		setsid taskset -c "$SERVER_CPUS" "${gw_wrap[@]}" "$PHP" -d memory_limit=-1 "${php_args[@]}" \
		"$here/gateway_server.php" start >"$server_out" 2>&1 &
	server_pgid=$!
	gw_pid= bw_pid=
	disown "$server_pgid" # Workerman's master ends on SIGALRM: no "Alarm clock" line from bash
	for _ in $(seq $((STARTUP * 10))); do
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
	for _ in $(seq $((STARTUP * 2))); do
		printf 'go\nbye\n' | timeout 30 "$bin/cg_client" -m text -p "$server_port" -w 1 -n 1 -T 20 >/dev/null 2>&1 && return 0
		sleep 0.25
	done
	log "$runtime: no echo through the Gateway:"; sed 's/^/    /' "$server_out" >&2
	stop_server; return 1
}
