#!/usr/bin/env bash
# Builds a webman 2.x app (the skeleton + webman-framework 2.x) in a scratch dir, starts it as a
# daemon with the extension and no Workerman PHP loadable, checks its answers with curl, then
# status, reload, stop; with --reference the same against Workerman 5.2.2's PHP source.
# A developer yardstick, not a CI test. Ends with "N passed, N failed".
#
# Usage: bash tests/webman2/run.sh [--reference] [--keep]
# Env:   WEBMAN2_SKELETON_GIT   git dir of walkor/webman (default /work/.mirror/walkor+webman/repo),
#        WEBMAN2_SKELETON_TAG   its tag (default: the newest v2.*); or WEBMAN2_SKELETON_DIR, a tree
#        WEBMAN2_FRAMEWORK_GIT  git dir of walkor/webman-framework (default the /work/.mirror copy),
#        WEBMAN2_FRAMEWORK_TAG  (default: the newest v2.*); or WEBMAN2_FRAMEWORK_DIR, a tree,
#                               installed as version WEBMAN2_FRAMEWORK_VERSION (default 2.1.0)
#        WORKERMAN5_DIR         Workerman 5.2.2 (default /tmp/wm522, else v5.2.2 of WM5_WORKERMAN_GIT,
#                               default /work/.mirror/walkor+workerman/repo)
#        WM5_COROUTINE_GIT      git dir of workerman/coroutine (default the /work/.mirror copies)
#        WM_EXT                 the extension (default: modules/workerman.so of this repo)
#        WEBMAN2_CACHE          default $HOME/.cache/workerman-webman2 (Composer cache, vendor/ per
#                               input set, the last run's logs)
#        WEBMAN2_REFERENCE=1    same as --reference;  WEBMAN2_KEEP=1 same as --keep
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/tests/webman2

die() { echo "tests/webman2/run.sh: $*" >&2; exit 2; }

mode=ext
[ "${WEBMAN2_REFERENCE:-0}" = 1 ] && mode=reference
keep=${WEBMAN2_KEEP:-0}
while [ $# -gt 0 ]; do
    case $1 in
        --reference) mode=reference ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done

php=$(command -v php) || die "no php in PATH"
composer=$(command -v composer) || die "no composer in PATH"
command -v curl >/dev/null || die "no curl in PATH"
cache=${WEBMAN2_CACHE:-$HOME/.cache/workerman-webman2}
mkdir -p "$cache" || die "cannot create $cache"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/webman2-run.XXXXXX") || die "mktemp failed"
app=$scratch/app
pkgs=$scratch/pkgs
master=
all_pids=()

# Only processes this run started: the master from its pid file, the children it had.
kill_ours() {
    local p
    for p in $master "${all_pids[@]}"; do
        [ -n "$p" ] && grep -qs start.php "/proc/$p/cmdline" && kill -KILL "$p" 2>/dev/null
    done
}
cleanup() {
    kill_ours
    if [ "$keep" = 1 ]; then echo "scratch kept: $scratch" >&2; else rm -rf "$scratch"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the sources ----------------------------------------------------------------------------
newest_tag() { git --git-dir="$1" tag -l "$2" | sort -V | tail -1; }

# from_git <git dir> <tag> <dest>: the tree at that tag; the commit goes to stdout.
from_git() {
    mkdir -p "$3" && git --git-dir="$1" archive "$2" | tar -x -C "$3" \
        || die "archiving $2 from $1 failed"
    git --git-dir="$1" rev-parse "$2^{commit}"
}
copy_tree() {
    mkdir -p "$2" && (cd "$1" && tar -c --exclude=./vendor --exclude=./.git --exclude=./composer.lock .) \
        | tar -x -C "$2" || die "copying $1 failed"
}

mkdir -p "$pkgs"
if [ -n "${WEBMAN2_SKELETON_DIR:-}" ]; then
    copy_tree "$WEBMAN2_SKELETON_DIR" "$app"
    skeleton_id=$WEBMAN2_SKELETON_DIR
else
    g=${WEBMAN2_SKELETON_GIT:-/work/.mirror/walkor+webman/repo}
    t=${WEBMAN2_SKELETON_TAG:-$(newest_tag "$g" 'v2.*' 2>/dev/null)}
    [ -n "$t" ] || die "no webman skeleton: set WEBMAN2_SKELETON_DIR or WEBMAN2_SKELETON_GIT (a clone of github.com/walkor/webman)"
    from_git "$g" "$t" "$app" >/dev/null
    skeleton_id="walkor/webman $t"
fi
[ -f "$app/start.php" ] && [ -f "$app/composer.json" ] || die "the skeleton has no start.php/composer.json"

if [ -n "${WEBMAN2_FRAMEWORK_DIR:-}" ]; then
    copy_tree "$WEBMAN2_FRAMEWORK_DIR" "$pkgs/webman-framework"
    fw_version=${WEBMAN2_FRAMEWORK_VERSION:-2.1.0}
else
    g=${WEBMAN2_FRAMEWORK_GIT:-/work/.mirror/walkor+webman-framework/repo}
    t=${WEBMAN2_FRAMEWORK_TAG:-$(newest_tag "$g" 'v2.*' 2>/dev/null)}
    [ -n "$t" ] || die "no webman-framework: set WEBMAN2_FRAMEWORK_DIR or WEBMAN2_FRAMEWORK_GIT (a clone of github.com/walkor/webman-framework)"
    from_git "$g" "$t" "$pkgs/webman-framework" >/dev/null
    fw_version=${t#v}
fi

wm_tree=${WORKERMAN5_DIR:-}
[ -z "$wm_tree" ] && [ -f /tmp/wm522/src/Worker.php ] && wm_tree=/tmp/wm522
if [ -n "$wm_tree" ]; then
    copy_tree "$wm_tree" "$pkgs/workerman"
else
    g=${WM5_WORKERMAN_GIT:-/work/.mirror/walkor+workerman/repo}
    git --git-dir="$g" rev-parse -q --verify v5.2.2 >/dev/null 2>&1 \
        || die "no Workerman 5.2.2: set WORKERMAN5_DIR or WM5_WORKERMAN_GIT"
    from_git "$g" v5.2.2 "$pkgs/workerman" >/dev/null
fi
wm_version=$(sed -n "s/.*const VERSION = '\([^']*\)'.*/\1/p" "$pkgs/workerman/src/Worker.php" 2>/dev/null | head -1)
[ -n "$wm_version" ] || die "the Workerman tree has no src/Worker.php with a VERSION"
[ "$wm_version" = 5.2.2 ] || echo "note: the Workerman tree is $wm_version, not 5.2.2" >&2
rm -rf "$pkgs/workerman/tests"
if [ "$mode" = ext ]; then
    rm -rf "$pkgs/workerman/src"
fi
"$php" "$here/prepare_composer.php" workerman "$pkgs/workerman/composer.json" "$mode" \
    || die "rewriting Workerman's composer.json failed"

co_git=${WM5_COROUTINE_GIT:-}
if [ -z "$co_git" ]; then
    for g in /work/.mirror/workerman-php+coroutine/repo /work/.mirror/walkor+coroutine/repo; do
        [ -d "$g" ] && { co_git=$g; break; }
    done
fi
[ -n "$co_git" ] || die "no git dir of workerman/coroutine: set WM5_COROUTINE_GIT"
co_tag=$(newest_tag "$co_git" 'v1.1.*')
[ -n "$co_tag" ] || die "$co_git has no v1.1.x tag"
from_git "$co_git" "$co_tag" "$pkgs/coroutine" >/dev/null

# --- the app ----------------------------------------------------------------------------------
(cd "$here/app" && tar -c .) | tar -x -C "$app" || die "copying the fixtures failed"
"$php" "$here/prepare_composer.php" app "$app/composer.json" \
    "workerman/webman-framework=../pkgs/webman-framework@$fw_version" \
    "workerman/workerman=../pkgs/workerman@$wm_version" \
    "workerman/coroutine=../pkgs/coroutine@${co_tag#v}" \
    $( [ "$mode" = reference ] && echo "revolt/event-loop@^1.0" ) \
    || die "rewriting the app's composer.json failed"

# vendor/ is cached per (composer.json as rewritten, the package trees as prepared, PHP minor).
key=$( { cat "$app/composer.json"; (cd "$pkgs" && tar -c --sort=name --mtime=@0 --owner=0 --group=0 .);
         "$php" -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;'; } | sha256sum | cut -c1-16)
vcache=$cache/vendor-$key
export COMPOSER_CACHE_DIR=$cache/composer COMPOSER_NO_INTERACTION=1 COMPOSER_ALLOW_SUPERUSER=1
if [ -d "$vcache/vendor" ]; then
    cp -a "$vcache/vendor" "$vcache/composer.lock" "$app/" || die "copying $vcache failed"
else
    echo "installing the app's dependencies with Composer (cached in $vcache)..." >&2
    (cd "$app" && "$composer" update --no-scripts --no-progress --prefer-dist -q) \
        || die "composer update failed in $app (--keep keeps it)"
    rm -rf "$vcache.tmp.$$" && mkdir -p "$vcache.tmp.$$" \
        && cp -a "$app/vendor" "$app/composer.lock" "$vcache.tmp.$$/" \
        && mv -T "$vcache.tmp.$$" "$vcache" 2>/dev/null || rm -rf "$vcache.tmp.$$"
fi

# --- which PHP runs the app -------------------------------------------------------------------
[ "$("$php" -r 'echo extension_loaded("workerman") ? 1 : 0;')" = 1 ] \
    && die "php already loads workerman from its INI; run with a php that does not"
php_args=()
if [ "$mode" = ext ]; then
    ext=${WM_EXT:-$repo/modules/workerman.so}
    [ -f "$ext" ] || die "no extension at $ext: build it first or set WM_EXT"
    # No workerman.api: `auto` must pick profile 5 from vendor/composer/installed.php.
    php_args=(-d "extension=$ext")
fi
run_php() { "$php" "${php_args[@]}" "$@"; }

# Against the extension no Workerman class may come from PHP; with --reference all must. The
# probe sits beside vendor/ as start.php does, so `auto` picks the profile the app will get.
where=$(cd "$app" && run_php probe.php 2>&1)
case $mode:$where in
    "ext:$wm_version native $wm_version"|"reference:$wm_version php $wm_version") ;;
    *) die "$mode mode: installed workerman/workerman, where Workerman\\Worker comes from and its VERSION: '$where'" ;;
esac
echo "webman app: $skeleton_id, workerman/webman-framework $fw_version, workerman/workerman $wm_version," \
     "$( [ "$mode" = ext ] && echo "no Workerman PHP, $ext (Worker::VERSION $wm_version)" || echo "Workerman's PHP, no extension")" >&2

# --- checks -------------------------------------------------------------------------------------
passed=0 failed=0
ok()  { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
# check <name> <actual> <expected>
check() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got '$2', expected '$3'"; fi; }
# check_re <name> <actual> <extended regex>
check_re() { if [[ $2 =~ $3 ]]; then ok "$1"; else bad "$1" "got '$2', expected /$3/"; fi; }

hdrs=$scratch/headers body_file=$scratch/body
status= body=
# req <curl args...>: one exchange; sets status and body, headers in $hdrs.
req() {
    : > "$hdrs"; : > "$body_file"
    status=$(curl -sS --max-time 10 -D "$hdrs" -o "$body_file" -w '%{http_code}' "$@" 2>"$scratch/curl.err") \
        || status="curl failed: $(head -c 200 "$scratch/curl.err")"
    body=$(cat "$body_file"; echo x); body=${body%x}
}
# header <name>: the value of the first such header of the last exchange, '' when absent.
header() { grep -i "^$1:" "$hdrs" | head -1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'; }
headers_named() { grep -ic "^$1:" "$hdrs"; }

children() { ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' ' | sort; }
alive() { [ -e "/proc/$1" ] && ! grep -qs '^State:.*Z' "/proc/$1/status"; }

# Workerman 5.2.2 makes ids with session_create_id() and accepts [a-zA-Z0-9,-]{16,256}.
sid_re='[a-zA-Z0-9,-]{16,256}'
base=
app_checks() {  # $1: a tag for the check names ("" before reload, " (after reload)")
    local t=$1 sid cookie
    req "$base/hello/world"
    check "GET /hello/world$t: status" "$status" 200
    check "GET /hello/world$t: body" "$body" "hello world"
    check "GET /hello/world$t: Content-Type" "$(header Content-Type)" "text/html;charset=utf-8"
    check "GET /hello/world$t: global middleware header" "$(header X-Global-Mw)" on
    check "GET /hello/world$t: no route middleware header" "$(headers_named X-Route-Mw)" 0

    req "$base/json?q=a%20b"
    check "GET /json$t: status" "$status" 200
    check "GET /json$t: body" "$body" '{"path":"/json","q":"a b","method":"GET"}'
    check "GET /json$t: Content-Type" "$(header Content-Type)" application/json
    check "GET /json$t: Set-Cookie of Response::cookie()" "$(header Set-Cookie)" "fixture=a%20b; Max-Age=60; Path=/"
    check "GET /json$t: global middleware header" "$(header X-Global-Mw)" on

    req -H 'X-Probe: 42' "$base/routed"
    check "GET /routed$t: status" "$status" 200
    check "GET /routed$t: body" "$body" routed
    check "GET /routed$t: route middleware header" "$(header X-Route-Mw)" seen:42
    check "GET /routed$t: global middleware header" "$(header X-Global-Mw)" on

    req "$base/loaded"
    if [ "$mode" = ext ]; then
        check "GET /loaded$t: Workerman classes native, no Workerman PHP file loaded" "$body" \
            '{"worker":"native","version":"5.2.2","workerman_files":0}'
    else
        check_re "GET /loaded$t: Workerman classes from PHP" "$body" \
            '^\{"worker":"php","version":"5\.2\.2","workerman_files":[1-9][0-9]*\}$'
    fi

    req "$base/no/such/page"
    check "GET /no/such/page$t: status" "$status" 404

    req "$base/session/get"
    check "GET /session/get without a cookie$t: body" "$body" "value=(none)"
    check_re "GET /session/get without a cookie$t: a new session cookie" "$(header Set-Cookie)" \
        "^PHPSID=$sid_re; Max-Age=31536000; Path=/; HttpOnly\$"
}

sid_saved=
session_checks() {
    local sid
    req "$base/session/set?v=abc123"
    check "GET /session/set: status" "$status" 200
    check "GET /session/set: body" "$body" stored
    cookie=$(header Set-Cookie)
    check_re "GET /session/set: Set-Cookie" "$cookie" "^PHPSID=$sid_re; Max-Age=31536000; Path=/; HttpOnly\$"
    sid=${cookie%%;*}; sid=${sid#PHPSID=}
    req -H "Cookie: PHPSID=$sid" "$base/session/get"
    check "GET /session/get with the cookie: body" "$body" value=abc123
    check "GET /session/get with the cookie: no new cookie" "$(headers_named Set-Cookie)" 0
    check "session file runtime/sessions/session_<id>" "$( [ -f "$app/runtime/sessions/session_$sid" ] && echo present)" present
    sid_saved=$sid
}

body_checks() {
    local up=$scratch/upload.bin up_md5 tmp
    req --data-binary 'a=1&b%5B%5D=x&b%5B%5D=y&c=h%C3%A9' -H 'Content-Type: application/x-www-form-urlencoded' "$base/form"
    check "POST /form urlencoded: status" "$status" 200
    check "POST /form urlencoded: body" "$body" \
        '{"post":{"a":"1","b":["x","y"],"c":"hé"},"type":"application/x-www-form-urlencoded"}'

    req --data-binary '{"s":"x","n":1,"o":{"k":[1,2]}}' -H 'Content-Type: application/json' "$base/form"
    check "POST /form JSON: status" "$status" 200
    check "POST /form JSON: body" "$body" '{"post":{"n":1,"o":{"k":[1,2]},"s":"x"},"type":"application/json"}'

    # Over 4 KB, so no request cache stands between the upload and its temp file's removal.
    head -c 20000 /dev/urandom > "$up"
    up_md5=$(md5sum "$up" | cut -c1-32)
    req -F "title=report" -F "doc=@$up;filename=data.bin;type=application/octet-stream" "$base/upload"
    check "POST /upload multipart: status" "$status" 200
    tmp=$(printf '%s' "$body" | "$php" -r '$j = json_decode(stream_get_contents(STDIN), true); echo $j["tmp"] ?? "";')
    check "POST /upload multipart: body" \
        "$(printf '%s' "$body" | "$php" -r '$j = json_decode(stream_get_contents(STDIN), true); unset($j["tmp"]); echo json_encode($j, JSON_UNESCAPED_SLASHES);')" \
        "{\"title\":\"report\",\"name\":\"data.bin\",\"mime\":\"application/octet-stream\",\"size\":20000,\"md5\":\"$up_md5\",\"valid\":true}"
    req -G --data-urlencode "path=$tmp" "$base/exists"
    check "the upload's temp file is gone after the request" "$body" no
}

static_checks() {
    local lm
    req "$base/hello.txt"
    check "GET /hello.txt (public/): status" "$status" 200
    check "GET /hello.txt (public/): body" "$(cmp -s "$body_file" "$app/public/hello.txt" && echo same)" same
    check_re "GET /hello.txt (public/): Content-Type" "$(header Content-Type)" '^text/plain'
    lm=$(header Last-Modified)
    check_re "GET /hello.txt (public/): Last-Modified" "$lm" '^[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT$'
    req -H "If-Modified-Since: $lm" "$base/hello.txt"
    check "GET /hello.txt If-Modified-Since: status" "$status" 304
    check "GET /hello.txt If-Modified-Since: empty body" "$body" ""
}

connection_checks() {
    local out
    out=$(curl -sS --max-time 10 -w '|%{num_connects}' "$base/hello/a" -w '|%{num_connects}' "$base/hello/b" 2>&1)
    check "two requests on one keep-alive connection" "$out" "hello a|1hello b|0"
    out=$(curl -sS -0 --max-time 10 -w '|%{http_code}|%{num_connects}' "$base/hello/a" \
        -w '|%{http_code}|%{num_connects}' "$base/hello/b" 2>&1)
    check "HTTP/1.0 without keep-alive: closed after each answer" "$out" "hello a|200|1hello b|200|1"
}

more_checks() {
    req -H 'X-Probe: 7' --data-binary 'a=1' "$base/inject?q=1"
    check "POST /inject (setGet/setPost/setHeader in a middleware): status" "$status" 200
    check "POST /inject (setGet/setPost/setHeader in a middleware): body" "$body" \
        '{"get":"by-middleware","post":"posted-by-middleware","input":"by-middleware","header":"header-by-middleware","client_header":"7","all":{"a":"1","injected":"by-middleware","p2":"posted-by-middleware","q":"1"}}'

    req -H 'X-Requested-With: XMLHttpRequest' -H 'Accept: application/json' "$base/peer"
    check "GET /peer (addresses, host, isAjax, expectsJson): body" "$body" \
        "{\"remote_ip\":\"127.0.0.1\",\"local_ip\":\"127.0.0.1\",\"local_port\":$port,\"remote_port_set\":true,\"host\":\"127.0.0.1\",\"ajax\":true,\"expects_json\":true}"

    req "$base/boom"
    check "GET /boom (an exception): status" "$status" 500
    check "GET /boom (an exception): debug body names it" "$(grep -c boom-marker "$body_file")" 1

    req "$base/go"
    check "GET /go (redirect()): status" "$status" 302
    check "GET /go (redirect()): Location" "$(header Location)" /hello/redirected

    req "$base/download"
    check "GET /download (download()): status" "$status" 200
    check "GET /download (download()): Content-Disposition" "$(header Content-Disposition)" 'attachment; filename="named.txt"'
    check "GET /download (download()): body" "$(cmp -s "$body_file" "$app/public/hello.txt" && echo same)" same
}

# The coroutine process (config/process.php: 'eventLoop' => Fiber::class, one worker) and
# /pool: a query of S seconds on a connection of a coroutine Pool of 4. Concurrent requests
# must overlap (their total is one wait per wave of 4, where a blocking sleep would add them up),
# the pool must cap and reuse its connections, and each request's Context must stay its own.
co_base=
# pool_batch <n> <seconds> <tag>: n concurrent requests; sets batch_s (wall time) and batch
# (one line per reply: "status id connection created loop").
pool_batch() {
    local n=$1 s=$2 i t0
    rm -f "$scratch"/pool.*
    t0=$(date +%s.%N)
    for i in $(seq "$n"); do
        curl -sS --max-time 30 -o "$scratch/pool.$i" -w '%{http_code}' "$co_base/pool?id=$3$i&s=$s" \
            > "$scratch/pool.$i.status" 2>/dev/null &
    done
    wait
    batch_s=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf("%.2f", b - a) }')
    batch=$(for i in $(seq "$n"); do
        printf '%s ' "$(cat "$scratch/pool.$i.status")"
        "$php" -r '$j = json_decode((string)file_get_contents($argv[1]), true);
            echo is_array($j) ? "$j[id] $j[connection] $j[created] $j[loop]" : "-", "\n";' "$scratch/pool.$i"
    done)
}
coroutine_checks() {
    local want_ids
    req "$co_base/pool?id=probe&s=0"
    check "GET /pool on the coroutine process: status" "$status" 200
    check "GET /pool on the coroutine process: Worker::\$eventLoopClass" \
        "$(printf '%s' "$body" | "$php" -r 'echo json_decode(stream_get_contents(STDIN), true)["loop"] ?? "";')" 'Workerman\Events\Fiber'

    pool_batch 4 1 a
    want_ids=$(printf 'a%s\n' 1 2 3 4)
    check "4 concurrent /pool (1 s query each): all 200" "$(awk '$1 == 200' <<<"$batch" | wc -l)" 4
    check "4 concurrent /pool: each reply has its own request's Context" "$(awk '{ print $2 }' <<<"$batch" | sort)" "$want_ids"
    check "4 concurrent /pool: 4 pooled connections" "$(awk '{ print $3 }' <<<"$batch" | sort -u | wc -l)" 4
    # Sequential they would take 4 s; overlapping, one query (1 s) plus overhead.
    check "4 concurrent /pool: overlapped (${batch_s}s for 4 x 1 s)" \
        "$(awk -v t="$batch_s" 'BEGIN { print (t >= 1 && t < 2.5) ? "overlapped" : "not overlapped" }')" overlapped

    pool_batch 8 0.5 b
    want_ids=$(printf 'b%s\n' 1 2 3 4 5 6 7 8)
    check "8 concurrent /pool (0.5 s each, pool of 4): all 200" "$(awk '$1 == 200' <<<"$batch" | wc -l)" 8
    check "8 concurrent /pool: each reply has its own request's Context" "$(awk '{ print $2 }' <<<"$batch" | sort)" "$want_ids"
    check "8 concurrent /pool: the pool's 4 connections reused, none created" \
        "$(awk '{ print $3 ":" $4 }' <<<"$batch" | sort -u | tr '\n' ' ')" "1:4 2:4 3:4 4:4 "
    # Two waves of 4 (the others wait in the pool's channel): >= 1 s; all 8 at once or one by one would not be.
    check "8 concurrent /pool: two waves of 4 (${batch_s}s for 8 x 0.5 s)" \
        "$(awk -v t="$batch_s" 'BEGIN { print (t >= 1 && t < 2.5) ? "two waves" : "not two waves" }')" "two waves"
}

# finish: on a failure the tails of the logs; the logs kept in the cache; the summary line.
finish() {
    local f last=$cache/last-$mode
    if [ "$failed" -gt 0 ]; then
        for f in "$scratch/start.out" "$app/runtime/logs/stdout.log" "$app/runtime/logs/workerman.log"; do
            [ -s "$f" ] && { echo "--- $f (last lines)"; tail -n 25 "$f"; }
        done
    fi
    rm -rf "$last" && mkdir -p "$last" && cp "$scratch"/*.out "$last/" 2>/dev/null
    cp -r "$app/runtime/logs" "$last/" 2>/dev/null
    echo "logs: $last" >&2
    echo "$passed passed, $failed failed"
    [ "$failed" = 0 ]
    exit
}

# --- the run --------------------------------------------------------------------------------------
port=$("$php" -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
[ -n "$port" ] || die "no free port"
echo "$port" > "$app/runtime/port"
base=http://127.0.0.1:$port
co_port=$("$php" -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
[ -n "$co_port" ] && [ "$co_port" != "$port" ] || die "no second free port"
echo "$co_port" > "$app/runtime/port_co"
co_base=http://127.0.0.1:$co_port
pidfile=$app/runtime/webman.pid
cd "$app" || die "no $app"

echo "== start -d on 127.0.0.1:$port ($mode)"
timeout -k 5 60 "$php" "${php_args[@]}" start.php start -d > "$scratch/start.out" 2>&1
rc=$?
check "start -d: exit status" "$rc" 0
check_re "start -d: start UI" "$(tr '\n' ' ' < "$scratch/start.out")" 'Start success'
for _ in $(seq 50); do
    [ -s "$pidfile" ] && curl -s -o /dev/null --max-time 2 "$base/pid" && break
    sleep 0.2
done
master=$(cat "$pidfile" 2>/dev/null)
if [ -z "$master" ] || ! alive "$master"; then
    bad "master running" "no live pid in $pidfile"
    finish
fi
ok "master running (pid $master)"
before=$(children "$master")
all_pids=($before)
check "worker processes: 2 webman + 1 coroutine + 1 monitor" "$(echo "$before" | grep -c .)" 4
req "$base/pid"
check "GET /pid: answered by a child of the master" "$(echo "$before" | grep -cx "$body")" 1

echo "== requests"
app_checks ""
session_checks
body_checks
static_checks
connection_checks
more_checks

echo "== the coroutine process (Fiber event loop, a coroutine pool)"
coroutine_checks

echo "== status"
timeout -k 5 30 "$php" "${php_args[@]}" start.php status > "$scratch/status.out" 2>&1
check "status: exit status" "$?" 0
st=$(cat "$scratch/status.out")
check_re "status: lists the webman processes" "$st" 'webman'
check_re "status: lists the coroutine process" "$st" 'coroutine'
check_re "status: lists the monitor process" "$st" 'monitor'
check "status: one row per process (pid column)" \
    "$(for p in $before; do grep -qw "$p" "$scratch/status.out" && echo y; done | grep -c y)" 4

echo "== reload"
timeout -k 5 30 "$php" "${php_args[@]}" start.php reload > "$scratch/reload.out" 2>&1
check "reload: exit status" "$?" 0
after=
for _ in $(seq 75); do
    after=$(children "$master")
    new=$(comm -13 <(echo "$before") <(echo "$after") | grep -c .)
    [ "$(echo "$after" | grep -c .)" = 4 ] && [ "$new" = 3 ] && break
    sleep 0.2
done
all_pids+=($after)
check "reload: both webman workers and the coroutine worker replaced" "$(comm -13 <(echo "$before") <(echo "$after") | grep -c .)" 3
check "reload: the monitor (reloadable = false) kept" "$(comm -12 <(echo "$before") <(echo "$after") | grep -c .)" 1
check "reload: master kept" "$(alive "$master" && echo alive)" alive
req "$base/pid"
check "GET /pid after reload: answered by a new worker" "$(echo "$after" | grep -cx "$body")" 1
app_checks " (after reload)"
req -H "Cookie: PHPSID=$sid_saved" "$base/session/get"
check "GET /session/get with the cookie (after reload): body" "$body" value=abc123
coroutine_checks

echo "== stop"
all_pids+=($(children "$master"))   # a worker respawned after a crash has a pid not seen yet
timeout -k 5 30 "$php" "${php_args[@]}" start.php stop > "$scratch/stop.out" 2>&1
check "stop: exit status" "$?" 0
check_re "stop: message" "$(tr '\n' ' ' < "$scratch/stop.out")" 'stop success'
left=
for _ in $(seq 50); do
    left=
    for p in $master "${all_pids[@]}"; do alive "$p" && left="$left $p"; done
    [ -z "$left" ] && break
    sleep 0.2
done
check "stop: master and workers gone" "${left:-none}" none
check "stop: pid file removed" "$( [ -e "$pidfile" ] && echo present || echo gone)" gone
check "stop: port closed" "$(curl -s -o /dev/null --max-time 2 "$base/pid" && echo open || echo closed)" closed

finish
