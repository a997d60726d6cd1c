#!/usr/bin/env bash
# tests/gateway/run.sh: GatewayWorker on the extension, with its GatewayProtocol in C
# (workerman.gateway_protocol=native) and in PHP (=php): for each GatewayWorker tag, archived
# from the mirror, (1) tests/gateway/app.php (Register + Gateway + BusinessWorker) checked by
# tests/gateway/client.php (echo, sendToAll, sendToClient, bindUid/sendToUid, joinGroup/
# sendToGroup, session set/get, getSession, isOnline, getAllClientCount, closeClient, onClose,
# a burst), and (2) the codec scenario of tests/gateway/native_*.phpt run on that tag's own
# GatewayProtocol.php (C and PHP bytes and arrays compared). With --reference the app also runs
# on Workerman's PHP (4.2.1 for 3.x tags, 5.2.2 for 4.x). A developer yardstick, not a CI test
# (CI has no GatewayWorker source). Ends with "N passed, N failed".
#
# Usage: bash tests/gateway/run.sh [--reference]
# Env: GW_GIT (default /work/.mirror/walkor+GatewayWorker/repo), GW_TAGS (default
#      "v3.0.28 v3.1.18 v4.0.0"; 3.x run under workerman.api=4, 4.x under 5), WM_EXT (default
#      modules/workerman.so), WORKERMAN_DIR (default /tmp/wm421), WORKERMAN5_DIR (default
#      /tmp/wm522), COROUTINE_GIT (default /work/.mirror/workerman-php+coroutine/repo, v1.1.4).
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/tests/gateway
die() { echo "tests/gateway/run.sh: $*" >&2; exit 2; }

reference=0
[ "${1:-}" = --reference ] && reference=1
GW_GIT=${GW_GIT:-/work/.mirror/walkor+GatewayWorker/repo}
GW_TAGS=${GW_TAGS:-v3.0.28 v3.1.18 v4.0.0}
ext=${WM_EXT:-$repo/modules/workerman.so}
WORKERMAN_DIR=${WORKERMAN_DIR:-/tmp/wm421}
WORKERMAN5_DIR=${WORKERMAN5_DIR:-/tmp/wm522}
COROUTINE_GIT=${COROUTINE_GIT:-/work/.mirror/workerman-php+coroutine/repo}
[ -f "$ext" ] || die "no extension at $ext (build it, or set WM_EXT)"
[ -d "$GW_GIT" ] || die "no GatewayWorker git dir at $GW_GIT"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/gateway-run.XXXXXX") || die "mktemp failed"
server_pid=
cleanup() {
    # Only the process group this script started (setsid below: its pgid is its pid).
    [ -n "$server_pid" ] && kill -KILL -- "-$server_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

pass=0 fail=0
result() { # ok|fail what
    if [ "$1" = ok ]; then pass=$((pass + 1)); echo "ok   $2"; else fail=$((fail + 1)); echo "FAIL $2"; fi
}

free_port() { # three consecutive free ports below the ephemeral range, plus the inner ones
    local p
    for _ in $(seq 200); do
        p=$((20000 + RANDOM % 8000))
        php -r 'foreach (range(0, 4) as $i) { $s = @stream_socket_server("tcp://127.0.0.1:" . ($argv[1] + $i)); if (!$s) exit(1); } exit(0);' "$p" && { echo "$p"; return; }
    done
    die "no free port"
}

# run_app LABEL SRC PHPARGS...: starts app.php, runs client.php, stops it.
run_app() {
    local label=$1 src=$2 dir port out
    shift 2
    dir=$scratch/$label
    mkdir -p "$dir"
    port=$(free_port)
    env GW_SRC="$src" GW_PORT="$port" GW_TMP="$dir" ${GW_ENV:-} setsid php "$@" "$here/app.php" start >"$dir/out" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        php -r 'exit(@stream_socket_client("tcp://127.0.0.1:" . $argv[1], $e, $s, 1) ? 0 : 1);' "$port" && break
        sleep 0.1
    done
    sleep 1 # the BusinessWorker connects to the Gateway through the Register
    out=$(timeout 120 php "$here/client.php" "$port" 2>&1)
    kill -INT "$server_pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$server_pid" 2>/dev/null
    server_pid=
    echo "$out" | grep '^FAIL' | sed "s/^/  [$label] /"
    local p f
    p=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -z "$p" ]; then
        result fail "$label: the client did not finish: $(echo "$out" | tail -3 | tr '\n' ' ')"
        [ -s "$dir/gw.stdout" ] && tail -5 "$dir/gw.stdout" | sed 's/^/    /'
        return
    fi
    pass=$((pass + p)); fail=$((fail + f))
    echo "     $label: $p passed, $f failed"
}

# run_codec LABEL FILE API MODE: the phpt scenario on a release's GatewayProtocol.php.
run_codec() {
    local out
    out=$(WM_EXT=$ext WM_API=$3 timeout 300 php -d "extension=$ext" -d "workerman.api=$3" -r '
        require $argv[1] . "/gateway_codec.inc";
        wm_gw_run($argv[2], $argv[3]);' "$here" "$4" "$2" 2>&1)
    if [ "$(echo "$out" | grep -c ' checked, 0 differ$')" = 3 ] && echo "$out" | grep -q '^over the limit: closed$'; then
        result ok "$1"
    else
        result fail "$1: $(echo "$out" | grep -v ' 0 differ$' | head -5 | tr '\n' ' ')"
    fi
}

coroutine=
for tag in $GW_TAGS; do
    src=$scratch/gw-$tag
    mkdir -p "$src"
    git --git-dir="$GW_GIT" archive "$tag" src | tar -x -C "$src" || die "cannot archive $tag"
    api=4
    [[ $tag == v4.* ]] && api=5
    for mode in native php; do
        run_app "$tag api=$api $mode" "$src/src" -d "extension=$ext" -d "workerman.api=$api" -d "workerman.gateway_protocol=$mode"
        run_codec "$tag codec on its own GatewayProtocol.php, $mode" "$src/src/Protocols/GatewayProtocol.php" "$api" "$mode"
    done
    if [ "$reference" = 1 ]; then
        if [ "$api" = 4 ]; then
            [ -f "$WORKERMAN_DIR/Worker.php" ] || die "no Workerman 4.x at $WORKERMAN_DIR"
            GW_ENV="GW_WORKERMAN=$WORKERMAN_DIR" run_app "$tag reference Workerman 4.x" "$src/src"
        else
            [ -f "$WORKERMAN5_DIR/src/Worker.php" ] || die "no Workerman 5.x at $WORKERMAN5_DIR"
            if [ -z "$coroutine" ]; then
                coroutine=$scratch/coroutine
                mkdir -p "$coroutine"
                git --git-dir="$COROUTINE_GIT" archive v1.1.4 src | tar -x -C "$coroutine" || die "cannot archive coroutine"
            fi
            GW_ENV="GW_WORKERMAN=$WORKERMAN5_DIR GW_COROUTINE=$coroutine/src" run_app "$tag reference Workerman 5.x" "$src/src"
        fi
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
