#!/usr/bin/env bash
# benchmarks/tls.sh: TLS benchmarks of our extension against Workerman 4.2.1 (PHP's stream
# crypto), both running benchmarks/http_server.php with transport ssl and a certificate that
# this script generates with the openssl CLI into its temporary directory; for (a) also the
# bare C reference: benchmarks/c/bare_http.c in TLS mode (-C/-K, one SSL_read and one SSL_write
# per pipelined batch, no PHP); interleaved rounds, medians, per-round ratios ours/Workerman
# and, for (a), ours/bare C per busy core.
#
# Usage: bash benchmarks/tls.sh    (needs openssl, cc, libssl-dev, taskset, php+openssl; wrk for w)
#        WORKLOADS=aw bash benchmarks/tls.sh    (also the wrk measurement of a)
# Workloads (WORKLOADS, default abc; w only when asked):
#   a  https hello world, CONNS [100] keep-alive connections, PIPELINE [16] identical requests
#      per write (those of benchmarks/http/pipeline.lua same 16): benchmarks/c/https_load.c,
#      which learns the first response and checks every byte of the others; its connections
#      and handshakes are made during the warm-up, outside the window: req/s (target >= 3x
#      Workerman)
#   w  the same workload with wrk over https and pipeline.lua, as (a) was measured before:
#      wrk's one thread saturates (client busy ~1) before our server does, and it opens its
#      connections inside the measured window (their CONNS handshakes are part of the figure:
#      for Workerman, ~100 of them cost ~0.25 s of its core, ~5% of a 5 s run)
#   b  new TLS connections per second, full handshakes: benchmarks/c/tls_handshakes.c, HS_CONNS
#      [16] in parallel, each: handshake, one GET and its response, close (target >= 1x)
#   c  the same offering the session ticket of the previous connection (-r); the table says
#      how many were really resumed (PHP's stream crypto makes one SSL_CTX per connection, so
#      Workerman resumes none and does full handshakes)
# Environment: EXT, WORKERMAN_DIR, WORKERMAN_PHP_ARGS, SERVERS [ours workerman bare; bare runs
#   (a) only], ROUNDS [3], DURATION [5], WARMUP [1], KEY_TYPE [ec: ECDSA P-256 | rsa: RSA 2048],
#   TLS_VERSION [default: negotiated (1.3) | 1.2 | 1.3] for (b)/(c), SERVER_CPU [0], CLIENT_CPU
#   [1], PORT, PHP, WRK, CONNS [100] and PIPELINE [16] for (a)/(w).
# Ours is probed first (one https request): if our build does not serve https yet, ours is
# skipped with a note.
set -uo pipefail
set +m

here=$(cd "$(dirname "$0")" && pwd)
WORKLOADS=${WORKLOADS:-abc}
HS_CONNS=${HS_CONNS:-16}
KEY_TYPE=${KEY_TYPE:-ec}
TLS_VERSION=${TLS_VERSION:-}
WRK=${WRK:-wrk}
# shellcheck source=proto_lib.sh
. "$here/proto_lib.sh"
if [[ $WORKLOADS == *w* ]]; then
	command -v "$WRK" >/dev/null || die "workload w needs wrk (apt-get install wrk)"
fi
command -v openssl >/dev/null || die "needs the openssl CLI"
build_tool tls_handshakes -lssl -lcrypto
build_tool https_load -lssl -lcrypto
build_tool bare_http -lssl -lcrypto
[[ $WORKLOADS == *a* ]] || SERVERS=${SERVERS//bare/} # bare C is the reference of (a) only
server_php=$here/http_server.php
lua=$here/http/pipeline.lua

cert=$work/cert.pem key=$work/key.pem
case $KEY_TYPE in
rsa) keyopt=(-newkey rsa:2048) ;;
ec) keyopt=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1) ;;
*) die "KEY_TYPE must be rsa or ec" ;;
esac
openssl req -x509 "${keyopt[@]}" -nodes -keyout "$key" -out "$cert" -days 2 -subj /CN=localhost \
	-addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1 || die "openssl req failed"
export WM_BENCH_CERT=$cert WM_BENCH_KEY=$key

https_probe() { # port: prints the body of a reply to GET /
	"$PHP" -r '
		$ctx = stream_context_create(["ssl" => ["verify_peer" => false, "verify_peer_name" => false]]);
		$s = @stream_socket_client("ssl://127.0.0.1:" . $argv[1], $e, $m, 3, STREAM_CLIENT_CONNECT, $ctx);
		if (!$s) exit(1);
		fwrite($s, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
		stream_set_timeout($s, 3);
		$buf = "";
		while (($d = fread($s, 8192)) !== false && $d !== "") {
			$buf .= $d;
			if (($p = strpos($buf, "\r\n\r\n")) !== false && preg_match("/content-length: *(\\d+)/i", substr($buf, 0, $p), $mm)
				&& strlen($buf) >= $p + 4 + $mm[1]) {
				echo substr($buf, $p + 4, (int)$mm[1]);
				break;
			}
		}' "$1"
}

# The https server answers on its port only after PHP's TLS setup: wait for a reply.
start_https() { # kind
	case $1 in
	bare) start_server bare "$bin/bare_http" -p @PORT@ -C "$cert" -K "$key" || return 1 ;;
	*) start_server "$1" "$server_php" || return 1 ;;
	esac
	for _ in $(seq 50); do
		[ "$(https_probe "$server_port")" = "Hello World" ] && return 0
		sleep 0.1
	done
	log "$1 does not answer https:"; sed 's/^/    /' "$server_out" >&2
	stop_server
	return 1
}

ours_tls=yes
if [[ " $SERVERS " == *" ours "* ]]; then
	if ! start_https ours; then
		ours_tls="no (no https reply)"
	fi
	stop_server
	[ "$ours_tls" != yes ] && { log "note: ours skipped: our build does not serve https yet"; SERVERS=${SERVERS//ours/}; }
fi

declare -A rate busy per_core client_busy resumed_share

run_https() { # kind round: (a)
	local kind=$1 round=$2 line key=a.$1.$2
	line=$(timeout $((${DURATION%.*} + ${WARMUP%.*} + 30)) taskset -c "$CLIENT_CPU" "$bin/https_load" -p "$server_port" \
		-c "$CONNS" -k "$PIPELINE" -d "$DURATION" -w "$WARMUP" -S "$worker_pids" | grep '^RESULT')
	if [ -z "$line" ] || [ "$(field errors "$line")" != 0 ] || [ "$(field reqs "$line")" = 0 ] || ! kill -0 "$server_pgid" 2>/dev/null; then
		log "(a) $kind round $round failed: ${line:-no result}"
		return
	fi
	rate[$key]=$(field req_s "$line")
	busy[$key]=$(field server_busy "$line")
	client_busy[$key]=$(field client_busy "$line")
	per_core[$key]=$(per_busy_core "${rate[$key]}" "${busy[$key]}")
	log "  (a) $kind: ${rate[$key]} req/s ($(field protocol "$line") $(field cipher "$line"), 0 errors), server busy $(fmt "${busy[$key]}" 3), client busy $(fmt "${client_busy[$key]}" 3), ${per_core[$key]} req/s per busy core"
}

run_wrk() { # kind round: (w)
	local kind=$1 round=$2 out t0 t1 c0 c1 key=w.$1.$2
	local args=(-s "$lua" "https://127.0.0.1:$server_port/" -- same "$PIPELINE")
	if [ "${WARMUP%.*}" -gt 0 ] 2>/dev/null; then
		timeout $((WARMUP + 30)) taskset -c "$CLIENT_CPU" "$WRK" -t1 -c"$CONNS" -d"${WARMUP}s" "${args[@]}" >/dev/null 2>&1
	fi
	c0=$(cpu_seconds "$worker_pids"); t0=$(now_s)
	out=$( { TIMEFORMAT='WRKCPU %U %S'; time timeout $((DURATION + 30)) taskset -c "$CLIENT_CPU" "$WRK" -t1 -c"$CONNS" -d"${DURATION}s" "${args[@]}"; } 2>&1)
	t1=$(now_s); c1=$(cpu_seconds "$worker_pids")
	local rps errs
	rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
	errs=$(grep -E "Socket errors|Non-2xx" <<<"$out")
	if [ -z "$rps" ] || [ "${rps%.*}" = 0 ] || [ -n "$errs" ] || ! kill -0 "$server_pgid" 2>/dev/null; then
		log "(w) $kind round $round failed: ${errs:-$(tail -3 <<<"$out")}"
		return
	fi
	rate[$key]=$rps
	busy[$key]=$(awk -v a="$c0" -v b="$c1" -v t0="$t0" -v t1="$t1" 'BEGIN { printf("%.3f", (b - a) / (t1 - t0)) }')
	client_busy[$key]=$(awk -v t0="$t0" -v t1="$t1" '/^WRKCPU/ { printf("%.3f", ($2 + $3) / (t1 - t0)) }' <<<"$out")
	per_core[$key]=$(per_busy_core "$rps" "${busy[$key]}")
	log "  (w) $kind: $(fmt "$rps") req/s, server busy $(fmt "${busy[$key]}" 3), client busy ${client_busy[$key]}, ${per_core[$key]} req/s per busy core"
}

run_hs() { # workload kind round [-r]
	local w=$1 kind=$2 round=$3 line key=$1.$2.$3; shift 3
	line=$(timeout $((${DURATION%.*} + ${WARMUP%.*} + 30)) taskset -c "$CLIENT_CPU" "$bin/tls_handshakes" -p "$server_port" \
		-c "$HS_CONNS" -d "$DURATION" -w "$WARMUP" -S "$worker_pids" ${TLS_VERSION:+-V "$TLS_VERSION"} "$@" | grep '^RESULT')
	if [ -z "$line" ] || [ "$(field errors "$line")" != 0 ] || [ "$(field handshakes "$line")" = 0 ]; then
		log "($w) $kind round $round failed: ${line:-no result}"
		return
	fi
	rate[$key]=$(field hs_s "$line")
	busy[$key]=$(field server_busy "$line")
	client_busy[$key]=$(field client_busy "$line")
	per_core[$key]=$(per_busy_core "${rate[$key]}" "${busy[$key]}")
	resumed_share[$key]=$(awk -v r="$(field resumed "$line")" -v n="$(field handshakes "$line")" 'BEGIN { printf("%.3f", n > 0 ? r / n : 0) }')
	log "  ($w) $kind: ${rate[$key]} connections/s ($(field protocol "$line"), resumed $(fmt "${resumed_share[$key]}" 2)), server busy $(fmt "${busy[$key]}" 3), client busy $(fmt "${client_busy[$key]}" 3), ${per_core[$key]} per busy core"
}

log "servers: ${SERVERS:-none}; Workerman loop: $([ -n "$WORKERMAN_DIR" ] && echo "$wm_loop" || echo -); key $KEY_TYPE; rounds: $ROUNDS x ${DURATION}s (+${WARMUP}s warm-up); server CPU $SERVER_CPU, client CPU $CLIENT_CPU"
for round in $(seq "$ROUNDS"); do
	log "round $round"
	for kind in $SERVERS; do
		start_https "$kind" || continue
		[[ $WORKLOADS == *a* ]] && run_https "$kind" "$round"
		if [ "$kind" != bare ]; then
			[[ $WORKLOADS == *w* ]] && run_wrk "$kind" "$round"
			[[ $WORKLOADS == *b* ]] && run_hs b "$kind" "$round"
			[[ $WORKLOADS == *c* ]] && run_hs c "$kind" "$round" -r
		fi
		stop_server
	done
done

titles=("ours" "Workerman 4.2.1 ($wm_loop)" "bare C")
[ -z "$WORKERMAN_DIR" ] && titles[1]="Workerman (not run)"
[ "$ours_tls" != yes ] && titles[0]="ours (skipped)"
row() { printf '%-48s %16s %24s %12s\n' "$@"; }
declare -A labels=([a]="(a) https hello, $CONNS conns x $PIPELINE: req/s" [w]="(w) https hello via wrk, $CONNS conns x $PIPELINE: req/s" [b]="(b) new connections/s, full handshake" [c]="(c) new connections/s, ticket offered")
declare -A target=([a]=3 [b]=1)
{
	echo
	echo "== TLS benchmarks: $ROUNDS rounds x ${DURATION}s, key $KEY_TYPE, $HS_CONNS parallel handshakes; medians (per-round ratios medianed) =="
	row "" "${titles[0]}" "${titles[1]}" "${titles[2]}"
	for w in a w b c; do
		[[ $WORKLOADS == *$w* ]] || continue
		row "${labels[$w]}" "$(cell rate $w ours)" "$(cell rate $w workerman)" "$(cell rate $w bare)"
		row "    server busy" "$(pct_cell busy $w ours)" "$(pct_cell busy $w workerman)" "$(pct_cell busy $w bare)"
		row "    per busy server core" "$(cell per_core $w ours)" "$(cell per_core $w workerman)" "$(cell per_core $w bare)"
		row "    client busy" "$(cell client_busy $w ours 2)" "$(cell client_busy $w workerman 2)" "$(cell client_busy $w bare 2)"
		[[ $w == [bc] ]] && row "    share resumed" "$(cell resumed_share $w ours 2)" "$(cell resumed_share $w workerman 2)" "-"
	done
	echo
	echo "ratios ours/Workerman (per busy core in brackets); for (a) also ours/bare C per busy core:"
	for w in a w b c; do
		[[ $WORKLOADS == *$w* ]] || continue
		x=$(ratios rate $w ours workerman); t=${target[$w]:-}
		printf '  %-48s %6s (%s)%s%s\n' "${labels[$w]}" "$(r2 "$x")" "$(r2 "$(ratios per_core $w ours workerman)")" \
			"$([ -n "$t" ] && echo "  target >= $t: $(verdict "$x" "$t" ">=")")" \
			"$([ "$w" = a ] && echo "   ours/bare C $(r2 "$(ratios per_core a ours bare)")")"
	done
	echo
	echo "README table:"
	echo
	echo "| workload (loopback, server on 1 core, key $KEY_TYPE) | ours | ${titles[1]} | bare C | ours/Workerman |"
	echo "| --- | ---: | ---: | ---: | --- |"
	for w in a w b c; do
		[[ $WORKLOADS == *$w* ]] || continue
		t=${target[$w]:-}
		echo "| ${labels[$w]} | $(cell rate $w ours) | $(cell rate $w workerman) | $(cell rate $w bare) | $(r2 "$(ratios rate $w ours workerman)")$([ -n "$t" ] && echo " (target >= $t)")$([ "$w" = a ] && echo "; ours/bare C per busy core $(r2 "$(ratios per_core a ours bare)")") |"
	done
}
