#!/usr/bin/env bash
# Runs workerman/coroutine's own PHPUnit tests against the extension (no Workerman PHP and no
# Revolt loadable), or with --reference against Workerman 5.2.2's PHP source + revolt/event-loop;
# one worker per event loop, as the package's tests/start.php does; ends with
# "N passed, N failed[, N skipped]". A developer yardstick, not a CI test.
#
# Usage: bash tests/coroutine/run.sh [--reference] [--loops "Select Fiber"] [--filter PATTERN]
# Env:   CO_LOOPS        the loops (default "Select Fiber": Select runs the tests the package runs
#                        on a plain loop, Fiber all of them; "Event" is the same class as Select here)
#        WM_EXT          the extension (default: modules/workerman.so of this repo)
#        CO_COROUTINE_GIT  a git dir of workerman/coroutine (default: the /work/.mirror copy);
#                        its newest v1.1.x tag is tested
#        WORKERMAN5_DIR  the reference's Workerman 5.2.2 tree (else /tmp/wm522, else tag v5.2.2
#                        of WM5_WORKERMAN_GIT, default /work/.mirror/walkor+workerman/repo)
#        CO_CACHE        default $HOME/.cache/workerman-coroutine (Composer cache, vendor/ per
#                        input set, the last run's logs and JUnit files)
#        CO_TIMEOUT      seconds per loop (default 300);  CO_KEEP=1 keep the scratch dir
#        CO_VALGRIND=1   every loop's processes under valgrind memcheck (USE_ZEND_ALLOC=0, the
#                        timeout x10): a report with an error or a definite leak fails that loop
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/tests/coroutine

die() { echo "tests/coroutine/run.sh: $*" >&2; exit 2; }

mode=ext
loops=${CO_LOOPS:-Select Fiber}
filter=
while [ $# -gt 0 ]; do
    case $1 in
        --reference) mode=reference ;;
        --loops) [ $# -ge 2 ] || die "--loops needs a list"; loops=$2; shift ;;
        --filter) [ $# -ge 2 ] || die "--filter needs a pattern"; filter=$2; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) die "unknown argument $1" ;;
    esac
    shift
done
for l in $loops; do
    case $l in Select|Event|Fiber) ;; *) die "unknown loop $l (Select, Event or Fiber)" ;; esac
done

cache=${CO_CACHE:-$HOME/.cache/workerman-coroutine}
mkdir -p "$cache" || die "cannot create $cache"
php=$(command -v php) || die "no php in PATH"
composer=$(command -v composer) || die "no composer in PATH"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/coroutine-run.XXXXXX") || die "mktemp failed"
cleanup() { [ "${CO_KEEP:-0}" = 1 ] && echo "scratch kept: $scratch" >&2 || rm -rf "$scratch"; }
trap cleanup EXIT
runner=
trap '[ -n "$runner" ] && kill -TERM "$runner" 2>/dev/null; exit 130' INT TERM

# --- workerman/coroutine at its newest v1.1.x tag (not on Packagist) ----------------------------
co_git=${CO_COROUTINE_GIT:-}
if [ -z "$co_git" ]; then
    for g in /work/.mirror/workerman-php+coroutine/repo /work/.mirror/walkor+coroutine/repo; do
        [ -d "$g" ] && { co_git=$g; break; }
    done
fi
[ -n "$co_git" ] || die "no git dir of workerman/coroutine: set CO_COROUTINE_GIT (a clone of
  github.com/workerman-php/coroutine)"
co_tag=$(git --git-dir="$co_git" tag -l 'v1.1.*' | sort -V | tail -1)
[ -n "$co_tag" ] || die "$co_git has no v1.1.x tag"
co_commit=$(git --git-dir="$co_git" rev-parse "$co_tag^{commit}")
proj=$scratch/proj
mkdir -p "$proj" "$scratch/tmp"
# --worktree-attributes: the package's export-ignore would drop tests/.
git --git-dir="$co_git" archive --worktree-attributes "$co_tag" | tar -x -C "$proj" \
    || die "archiving $co_tag from $co_git failed"
[ -f "$proj/tests/ChannelTest.php" ] || die "$co_tag has no tests/"

# --- the reference's Workerman 5.2.2 -------------------------------------------------------------
wm_dir=
if [ "$mode" = reference ]; then
    tree=${WORKERMAN5_DIR:-}
    [ -z "$tree" ] && [ -f /tmp/wm522/src/Worker.php ] && tree=/tmp/wm522
    wm_git=${WM5_WORKERMAN_GIT:-/work/.mirror/walkor+workerman/repo}
    wm_dir=$scratch/workerman
    mkdir -p "$wm_dir"
    if [ -n "$tree" ]; then
        (cd "$tree" && tar -c --exclude=./vendor --exclude=./tests --exclude=./composer.lock .) \
            | tar -x -C "$wm_dir" || die "copying $tree failed"
    else
        git --git-dir="$wm_git" archive v5.2.2 2>/dev/null | tar -x -C "$wm_dir" \
            || die "no Workerman 5.2.2: set WORKERMAN5_DIR or WM5_WORKERMAN_GIT"
    fi
    [ -f "$wm_dir/src/Worker.php" ] || die "$wm_dir has no src/Worker.php"
fi
"$php" "$here/prepare_composer.php" "$proj/composer.json" "$mode" "${co_tag#v}" "$wm_dir" \
    || die "rewriting composer.json failed"

# vendor/ is cached per (composer.json as rewritten, the Workerman tree, PHP minor version).
key=$( { cat "$proj/composer.json"; echo "$co_commit"; [ -n "$wm_dir" ] && cat "$wm_dir/src/Worker.php";
    "$php" -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;'; } | sha256sum | cut -c1-16)
vcache=$cache/vendor-$key
export COMPOSER_CACHE_DIR=$cache/composer COMPOSER_NO_INTERACTION=1 COMPOSER_ALLOW_SUPERUSER=1
if [ -d "$vcache/vendor" ]; then
    cp -a "$vcache/vendor" "$vcache/composer.lock" "$proj/" || die "copying $vcache failed"
else
    echo "installing PHPUnit$([ "$mode" = reference ] && echo ", Workerman 5.2.2 and Revolt") with Composer (cached in $vcache)..." >&2
    (cd "$proj" && "$composer" update --no-progress --prefer-dist -q) \
        || die "composer update failed in $proj (CO_KEEP=1 keeps it)"
    rm -rf "$vcache.tmp.$$" && mkdir -p "$vcache.tmp.$$" \
        && cp -a "$proj/vendor" "$proj/composer.lock" "$vcache.tmp.$$/" \
        && mv -T "$vcache.tmp.$$" "$vcache" 2>/dev/null || rm -rf "$vcache.tmp.$$"
fi

# --- which PHP runs the tests -----------------------------------------------------------------------
loaded=$("$php" -r 'echo extension_loaded("workerman") ? 1 : 0;')
php_args=(-d memory_limit=-1)
if [ "$mode" = ext ]; then
    ext=${WM_EXT:-$repo/modules/workerman.so}
    [ -f "$ext" ] || die "no extension at $ext: build it first (phpize && ./configure && make) or set WM_EXT"
    [ "$loaded" = 1 ] && die "php already loads workerman from its INI; run with a php that does not"
    php_args+=(-d "extension=$ext" -d workerman.api=5)
else
    [ "$loaded" = 1 ] && die "--reference needs a php without the workerman extension loaded"
fi

# Against the extension Workerman's PHP and Revolt must be absent; in the reference, present.
probe='require getenv("CO_PROJ") . "/vendor/autoload.php"; $r = new ReflectionClass("Workerman\\Worker");
    echo $r->isInternal() ? "native" : "php", class_exists("Revolt\\EventLoop") ? "+revolt" : "",
        class_exists("Workerman\\Events\\Fiber") ? "+fiber" : "";'
where=$(CO_PROJ=$proj "$php" "${php_args[@]}" -r "$probe" 2>&1)
case $mode:$where in
    ext:native|ext:native+fiber|reference:php+revolt+fiber) ;;
    *) die "in $mode mode Workerman\\Worker and Revolt resolve to '$where'" ;;
esac
if [ "$mode" = ext ] && [ "$where" = native ] && [[ " $loops " == *" Fiber "* ]]; then
    echo "note: this build has no Workerman\\Events\\Fiber: the Fiber loop's run fails" >&2
fi

# --- one run per loop, each in its own pid namespace (a worker left behind dies with it) ------------
ns=(unshare --pid --fork --mount --mount-proc --kill-child)
[ "$(id -u)" = 0 ] || ns=(unshare --map-root-user --pid --fork --mount --mount-proc --kill-child)
last=$cache/last-$mode
rm -rf "$last" && mkdir -p "$last"
echo "workerman/coroutine $co_tag tests, $mode mode$( [ "$mode" = ext ] && echo ": $ext"), loops: $loops" >&2
results=()
vg=()
timeout_s=${CO_TIMEOUT:-300}
if [ "${CO_VALGRIND:-0}" = 1 ]; then
    command -v valgrind >/dev/null || die "CO_VALGRIND=1 needs valgrind"
    # The worker is a fork of the master: valgrind follows it without --trace-children.
    # pcre.jit=0: memcheck cannot follow PCRE's JIT code (vector reads past a subject's end).
    vg=(env USE_ZEND_ALLOC=0 valgrind -q --leak-check=full --errors-for-leak-kinds=definite
        --log-file="$last/valgrind.%p")
    php_args+=(-d pcre.jit=0)
    timeout_s=$((timeout_s * 10))
fi
for loop in $loops; do
    log=$last/$loop.log junit=$scratch/$loop.junit.xml
    start=$(date +%s)
    CO_PROJ=$proj CO_LOOP=$loop CO_JUNIT=$junit CO_TMP=$scratch/tmp CO_FILTER=$filter \
        timeout -k 10 "$timeout_s" "${ns[@]}" \
        "${vg[@]}" "$php" "${php_args[@]}" "$here/start.php" start > "$log" 2>&1 &
    runner=$!
    wait $runner
    rc=$?
    runner=
    echo "exit $rc after $(( $(date +%s) - start ))s" >> "$log"
    [ "$rc" = 124 ] && echo "[$loop] hit the timeout (${timeout_s}s)" >&2
    if [ ${#vg[@]} -gt 0 ]; then
        bad_logs=$(grep -lE 'ERROR SUMMARY: [1-9]|definitely lost: [1-9]|Invalid (read|write|free)' "$last"/valgrind.* 2>/dev/null)
        for f in "$last"/valgrind.*; do
            [ -f "$f" ] || continue
            if grep -qxF "$f" <<<"$bad_logs"; then mv "$f" "$last/$loop.${f##*/}"; else rm -f "$f"; fi
        done
        if [ -n "$bad_logs" ]; then
            echo "[$loop] valgrind reported errors: $(ls "$last/$loop".valgrind.* | tr '\n' ' ')"
            rc=vg
        fi
    fi
    [ -f "$junit" ] && cp "$junit" "$last/$loop.junit.xml"
    results+=("$loop=$junit:$rc")
done
# Informational, not counted: whether a later message of a connection overtakes a suspended
# onMessage (5.2.2 + Revolt: not within one read, yes across reads; see tests/README.md).
if [[ " $loops " == *" Fiber "* ]] && [ -z "$filter" ]; then
    port=$("$php" -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
    CO_PROJ=$proj CO_TMP=$scratch/tmp CO_PORT=$port timeout -k 5 30 "${ns[@]}" \
        "$php" "${php_args[@]}" "$here/order.php" start > "$last/order.log" 2>&1
    grep '^ORDER' "$last/order.log" | sed 's/^ORDER/[Fiber] order of the replies, \/slow suspended then \/fast,/' \
        || echo "[Fiber] the ordering probe gave no result (see $last/order.log)"
fi
echo "logs: $last/" >&2
"$php" "$here/junit_summary.php" "${results[@]}"
