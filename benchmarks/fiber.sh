#!/usr/bin/env bash
# benchmarks/fiber.sh: the coroutine (Fiber loop) benchmarks of issue 10: our extension's plain
# loop against its Workerman\Events\Fiber loop, and the same app on Workerman 5.2.2's PHP +
# revolt/event-loop (its Fiber loop), all profile 5, in interleaved rounds; medians and ratios.
#
# Usage: bash benchmarks/fiber.sh    (needs wrk, cc, taskset, composer, php with pcntl+posix)
# Servers (benchmarks/fiber_server.php, one worker): plain = ours, default loop; fiber = ours,
#   Events\Fiber; wm5 = Workerman 5.2.2's PHP, its default loop (Select without ext-event), for
#   (a) only; revolt = Workerman 5.2.2 + Revolt, Events\Fiber (Revolt's stream_select() driver
#   when no ext-event/ev/uv is loaded: 1024 descriptors at most).
# Workloads (WORKLOADS, default abc):
#   a  hello world, PIPELINE [16] requests per write on CONNS [100] connections (wrk -t1 --timeout 10s:
#      Revolt's select() loop keeps some connections waiting over wrk's 2 s default;
#      benchmarks/http/pipeline.lua): req/s; target fiber >= 0.8x plain
#   b  SLEEP_CONNS [10000] connections, one request each, every onMessage suspended on
#      Timer::sleep(SLEEP [1]) (benchmarks/c/fiber_sleep.c): seconds until all are answered
#      and RSS per suspended request (worker's peak VmRSS during the sleep minus before / N),
#      with the worker's minor page faults per request; plain answers the same requests from a one-shot Timer::add() callback instead (no
#      fiber): the cost of a pending request without one, so the difference is the fiber's
#   c  (b) with REVOLT_SLEEP_CONNS [1000] connections on plain (timer), fiber and revolt side by
#      side (Revolt stops at 1024 descriptors without an event extension); (a) has the req/s
# Environment: EXT, SERVERS [plain fiber wm5 revolt], ROUNDS [3], DURATION [5], WARMUP [1], CONNS,
#   PIPELINE, SLEEP, SLEEP_CONNS, REVOLT_SLEEP_CONNS, FIBER_PHP_ARGS (more -d settings for every
#   server, e.g. -d fiber.stack_size=512K), SERVER_CPU [0], CLIENT_CPU [1], PORT [19500], PHP [php], WRK [wrk], WORKERMAN5_DIR (a 5.2.2 tree, default /tmp/wm522, else tag v5.2.2 of
#   /work/.mirror/walkor+workerman/repo), CO_COROUTINE_GIT (git dir of workerman/coroutine),
#   FIBER_CACHE [~/.cache/workerman-fiber-bench] (the reference's vendor/, built with Composer).
# A server that cannot start (no Events\Fiber in this build, no reference) is skipped with a note.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
WORKLOADS=${WORKLOADS:-abc}
SLEEP=${SLEEP:-1}
SLEEP_CONNS=${SLEEP_CONNS:-10000}
REVOLT_SLEEP_CONNS=${REVOLT_SLEEP_CONNS:-1000}
WRK=${WRK:-wrk}
PORT=${PORT:-19500}
SERVERS=${SERVERS:-plain fiber wm5 revolt}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
command -v "$WRK" >/dev/null || die "needs wrk (apt-get install wrk)"
build_tool fiber_sleep
server_php=$here/fiber_server.php
lua=$here/http/pipeline.lua
[ -z "$EXT" ] && SERVERS=$(sed 's/\bplain\b//; s/\bfiber\b//' <<<"$SERVERS")

# Every PHP here runs profile 5 (ignored where the extension is not loaded).
real_php=$(command -v "$PHP") || die "no $PHP"
# FIBER_PHP_ARGS: more -d settings for every server (e.g. -d fiber.stack_size=256K).
printf '#!/bin/sh\nexec %q -d workerman.api=5 %s "$@"\n' "$real_php" "${FIBER_PHP_ARGS:-}" >"$work/php5"
chmod +x "$work/php5"
PHP=$work/php5

# ---- the reference: Workerman 5.2.2 + workerman/coroutine + revolt/event-loop ----

revolt_autoload=
prepare_reference() {
	local tree=${WORKERMAN5_DIR:-} co_git=${CO_COROUTINE_GIT:-/work/.mirror/workerman-php+coroutine/repo}
	local wm_git=${WM5_WORKERMAN_GIT:-/work/.mirror/walkor+workerman/repo}
	local cache=${FIBER_CACHE:-$HOME/.cache/workerman-fiber-bench} src=$work/ref-src
	[ -z "$tree" ] && [ -f /tmp/wm522/src/Worker.php ] && tree=/tmp/wm522
	mkdir -p "$src/workerman" "$src/coroutine" "$cache" || return 1
	if [ -n "$tree" ]; then
		(cd "$tree" && tar -c --exclude=./vendor --exclude=./tests .) | tar -x -C "$src/workerman" || return 1
	else
		git --git-dir="$wm_git" archive v5.2.2 2>/dev/null | tar -x -C "$src/workerman" || { log "no Workerman 5.2.2 tree"; return 1; }
	fi
	local co_tag
	co_tag=$(git --git-dir="$co_git" tag -l 'v1.1.*' 2>/dev/null | sort -V | tail -1)
	[ -n "$co_tag" ] || { log "no workerman/coroutine v1.1.x in $co_git"; return 1; }
	git --git-dir="$co_git" archive "$co_tag" | tar -x -C "$src/coroutine" || return 1
	local key dir
	key=$( { cat "$src/workerman/src/Worker.php"; git --git-dir="$co_git" rev-parse "$co_tag^{commit}"; } | sha256sum | cut -c1-16)
	dir=$cache/ref-$key
	if [ ! -f "$dir/vendor/autoload.php" ]; then
		log "installing Workerman 5.2.2, workerman/coroutine $co_tag and revolt/event-loop (cached in $dir)..."
		mkdir -p "$work/ref" && cp -a "$src" "$work/ref/src"
		cat >"$work/ref/composer.json" <<-JSON
		{
		    "require": {"workerman/workerman": "5.2.2", "workerman/coroutine": "${co_tag#v}", "revolt/event-loop": "^1.0"},
		    "repositories": [
		        {"type": "path", "url": "src/workerman", "options": {"symlink": false, "versions": {"workerman/workerman": "5.2.2"}}},
		        {"type": "path", "url": "src/coroutine", "options": {"symlink": false, "versions": {"workerman/coroutine": "${co_tag#v}"}}}
		    ]
		}
		JSON
		(cd "$work/ref" && COMPOSER_CACHE_DIR=$cache/composer COMPOSER_NO_INTERACTION=1 COMPOSER_ALLOW_SUPERUSER=1 \
			composer update --no-progress --prefer-dist -q) || { log "composer failed"; return 1; }
		rm -rf "$dir.tmp.$$" && mkdir -p "$dir.tmp.$$" && cp -a "$work/ref/vendor" "$dir.tmp.$$/" \
			&& mv -T "$dir.tmp.$$" "$dir" 2>/dev/null || rm -rf "$dir.tmp.$$"
		[ -f "$dir/vendor/autoload.php" ] || return 1
	fi
	revolt_autoload=$dir/vendor/autoload.php
}
if [[ " $SERVERS " == *" revolt "* || " $SERVERS " == *" wm5 "* ]] && ! prepare_reference; then
	log "note: wm5 and revolt skipped: the reference could not be set up"
	SERVERS=$(sed 's/\bwm5\b//; s/\brevolt\b//' <<<"$SERVERS")
fi

# ---- one server of a kind (plain|fiber|wm5|revolt) in a mode (hello|sleep) ----

start_kind() { # kind mode
	local loop=fiber runtime=ours autoload=
	case $1 in plain | wm5) loop=plain ;; esac
	case $1 in wm5 | revolt) runtime=workerman autoload=$revolt_autoload ;; esac
	WM_BENCH_LOOP=$loop WM_BENCH_MODE=$2 WM_BENCH_SLEEP=$SLEEP WM_BENCH_AUTOLOAD=$autoload \
		start_server "$runtime" "$server_php"
}

# Two pipelined requests answered 'Hello World': the server serves, else it is dropped.
probe() {
	"$real_php" -r '
		$s = @stream_socket_client("tcp://127.0.0.1:" . $argv[1], $e, $m, 2);
		if (!$s) exit(1);
		$req = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
		fwrite($s, $req . $req); stream_set_timeout($s, 5); $buf = "";
		while (substr_count($buf, "Hello World") < 2 && ($d = fread($s, 8192)) !== false && $d !== "") $buf .= $d;
		exit(substr_count($buf, "Hello World") === 2 ? 0 : 1);' "$server_port"
}
for kind in $SERVERS; do
	if ! start_kind "$kind" hello >/dev/null 2>&1 || ! probe; then
		log "note: $kind skipped: it does not serve (e.g. no Workerman\\Events\\Fiber in this build):"
		[ -f "${server_out:-}" ] && tail -3 "$server_out" | sed 's/^/    /' >&2
		SERVERS=$(sed "s/\b$kind\b//" <<<"$SERVERS")
	fi
	stop_server
done

# ---- measurements: results[workload.kind.round] ----

declare -A req_s rss_idle all_s rss_per_req c_all_s c_rss_per_req

run_wrk() { # kind round
	local kind=$1 round=$2 out rps errs
	local args=(-s "$lua" "http://127.0.0.1:$server_port/" -- same "$PIPELINE")
	rss_idle[a.$kind.$round]=$(rss_bytes "$worker_pids")
	timeout $((WARMUP + 30)) taskset -c "$CLIENT_CPU" "$WRK" -t1 -c"$CONNS" --timeout 10s -d"${WARMUP}s" "${args[@]}" >/dev/null 2>&1
	out=$(timeout $((DURATION + 30)) taskset -c "$CLIENT_CPU" "$WRK" -t1 -c"$CONNS" --timeout 10s -d"${DURATION}s" "${args[@]}" 2>&1)
	rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
	errs=$(grep -E "Socket errors|Non-2xx" <<<"$out")
	if [ -z "$rps" ] || [ "${rps%.*}" = 0 ] || [ -n "$errs" ] || ! kill -0 "$server_pgid" 2>/dev/null; then
		log "(a) $kind round $round failed: ${errs:-$(tail -3 <<<"$out")}"
		return
	fi
	req_s[a.$kind.$round]=$rps
	log "  (a) $kind: $(fmt "$rps") req/s (worker RSS at start $(fmt "$(awk -v b="${rss_idle[a.$kind.$round]}" 'BEGIN { print b / 1048576 }')" 1) MiB)"
}

run_sleep() { # workload kind round connections
	local w=$1 kind=$2 round=$3 n=$4 line
	line=$(timeout 120 taskset -c "$CLIENT_CPU" "$bin/fiber_sleep" -p "$server_port" -n "$n" -S "$worker_pids" -t $((${SLEEP%.*} + 30)) | grep '^SLEPT')
	if [ -z "$line" ] || [ "$(field answered "$line")" != "$n" ]; then
		log "($w) $kind round $round failed: ${line:-no result}"
		return
	fi
	if [ "$w" = b ]; then
		all_s[b.$kind.$round]=$(field all_s "$line"); rss_per_req[b.$kind.$round]=$(field rss_per_req "$line")
	else
		c_all_s[c.$kind.$round]=$(field all_s "$line"); c_rss_per_req[c.$kind.$round]=$(field rss_per_req "$line")
	fi
	log "  ($w) $kind: $n requests sleeping ${SLEEP}s: first answer $(field first_s "$line") s, all $(field all_s "$line") s; RSS $(field rss_before "$line") -> $(field rss_peak "$line") = $(field rss_per_req "$line") bytes per suspended request, $(field minflt_per_req "$line") page faults per request"
}

log "servers: ${SERVERS:-none}; rounds: $ROUNDS x ${DURATION}s (+${WARMUP}s warm-up); $CONNS connections x$PIPELINE, wrk -t1; server CPU $SERVER_CPU, client CPU $CLIENT_CPU"
for round in $(seq "$ROUNDS"); do
	log "round $round"
	for kind in $SERVERS; do
		if [[ $WORKLOADS == *a* ]] && start_kind "$kind" hello; then
			run_wrk "$kind" "$round"
			stop_server
		fi
		[ "$kind" = wm5 ] && continue
		# Timer::sleep() would block the whole worker outside a Fiber: plain answers from a timer.
		smode=sleep
		[ "$kind" = plain ] && smode=timer
		if [[ $WORKLOADS == *b* ]] && [ "$kind" != revolt ] && start_kind "$kind" $smode; then
			run_sleep b "$kind" "$round" "$SLEEP_CONNS"
			stop_server
		fi
		if [[ $WORKLOADS == *c* ]] && start_kind "$kind" $smode; then
			run_sleep c "$kind" "$round" "$REVOLT_SLEEP_CONNS"
			stop_server
		fi
	done
done

# ---- report ----

row() { printf '%-52s %12s %12s %14s %16s\n' "$@"; }
mib() { [ "$1" = - ] && echo - || awk -v v="$1" 'BEGIN { printf("%.1f", v / 1048576) }'; }
{
	echo
	echo "== Fiber loop benchmarks: $ROUNDS rounds; medians (per-round ratios medianed); server on CPU $SERVER_CPU =="
	row "" "ours plain" "ours Fiber" "5.2.2 Select" "5.2.2 + Revolt"
	if [[ $WORKLOADS == *a* ]]; then
		row "(a) hello, pipelined x$PIPELINE, $CONNS conns: req/s" "$(cell req_s a plain)" "$(cell req_s a fiber)" "$(cell req_s a wm5)" "$(cell req_s a revolt)"
		row "    worker RSS at start, MiB" "$(mib "$(values rss_idle a plain | median)")" "$(mib "$(values rss_idle a fiber | median)")" \
			"$(mib "$(values rss_idle a wm5 | median)")" "$(mib "$(values rss_idle a revolt | median)")"
	fi
	if [[ $WORKLOADS == *b* ]]; then
		row "(b) $SLEEP_CONNS requests in Timer::sleep($SLEEP): all answered, s" "$(cell all_s b plain 3)" "$(cell all_s b fiber 3)" "-" "-"
		row "    RSS per suspended request, bytes" "$(cell rss_per_req b plain)" "$(cell rss_per_req b fiber)" "-" "-"
	fi
	if [[ $WORKLOADS == *c* ]]; then
		row "(c) $REVOLT_SLEEP_CONNS requests in Timer::sleep($SLEEP): all answered, s" "$(cell c_all_s c plain 3)" "$(cell c_all_s c fiber 3)" "-" "$(cell c_all_s c revolt 3)"
		row "    RSS per suspended request, bytes" "$(cell c_rss_per_req c plain)" "$(cell c_rss_per_req c fiber)" "-" "$(cell c_rss_per_req c revolt)"
	fi
	[[ $WORKLOADS == *[bc]* ]] && echo "    (ours plain: the same wait as a one-shot Timer::add() callback, no fiber)"
	echo
	echo "ratios:"
	if [[ $WORKLOADS == *a* ]]; then
		x=$(ratios req_s a fiber plain)
		echo "  (a) ours Fiber / ours plain req/s: $(r2 "$x")  (target >= 0.8: $(verdict "$x" 0.8 ">="))"
		echo "  (a) ours Fiber / 5.2.2 + Revolt req/s: $(r2 "$(ratios req_s a fiber revolt)");  ours plain / 5.2.2 Select: $(r2 "$(ratios req_s a plain wm5)");  5.2.2 + Revolt / 5.2.2 Select: $(r2 "$(ratios req_s a revolt wm5)")"
	fi
	if [[ $WORKLOADS == *b* ]]; then
		x=$(values all_s b fiber | median)
		echo "  (b) all $SLEEP_CONNS answered in $( [ "$x" = - ] && echo - || fmt "$x" 3) s for a ${SLEEP} s sleep (target about $SLEEP s: $(verdict "$x" "$(awk -v s="$SLEEP" 'BEGIN { print s * 1.5 }')" "<="), <= 1.5x)"
	fi
	[[ $WORKLOADS == *c* ]] && echo "  (c) RSS per suspended request, ours Fiber / 5.2.2 + Revolt: $(r2 "$(ratios c_rss_per_req c fiber revolt)")"
	echo "  fiber.stack_size = $("$PHP" -r 'echo ini_get("fiber.stack_size") ?: "default (8.2: 2 MiB, mapped, touched pages only)";')"
}
