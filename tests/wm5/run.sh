#!/usr/bin/env bash
# Runs Workerman 5.2.2's own Pest suite against the extension (no Workerman PHP loadable), or
# with --reference against Workerman's PHP source; ends with "N passed, N failed[, N skipped]".
# A developer yardstick, not a CI test: it needs a Workerman 5.2.2 tree with tests/.
#
# Usage: bash tests/wm5/run.sh [--reference] [--filter PATTERN] [WORKERMAN5_TREE]
# Env:   WORKERMAN5_DIR  the tree (else the argument, else /tmp/wm522, else v5.2.2 archived
#                        from WM5_WORKERMAN_GIT, default /work/.mirror/walkor+workerman/repo)
#        WM_EXT          the extension (default: modules/workerman.so of this repo)
#        WM5_REFERENCE=1 same as --reference
#        WM5_COROUTINE_GIT  a git dir of workerman/coroutine (default: the /work/.mirror copies)
#        WM5_CACHE       default $HOME/.cache/workerman-wm5 (Composer cache, vendor/ per tree,
#                        the last run's pest.log and junit.xml)
#        WM5_TIMEOUT     seconds for the whole pest run (default 600)
#        WM5_VERBOSE=1   stream pest's output;  WM5_KEEP=1 keep the scratch dir
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
here=$repo/tests/wm5

die() { echo "tests/wm5/run.sh: $*" >&2; exit 2; }

mode=ext
[ "${WM5_REFERENCE:-0}" = 1 ] && mode=reference
filter=
tree=${WORKERMAN5_DIR:-}
while [ $# -gt 0 ]; do
    case $1 in
        --reference) mode=reference ;;
        --filter) [ $# -ge 2 ] || die "--filter needs a pattern"; filter=$2; shift ;;
        --filter=*) filter=${1#--filter=} ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) tree=$1 ;;
    esac
    shift
done

cache=${WM5_CACHE:-$HOME/.cache/workerman-wm5}
mkdir -p "$cache" || die "cannot create $cache"
php=$(command -v php) || die "no php in PATH"
composer=$(command -v composer) || die "no composer in PATH"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/wm5-run.XXXXXX") || die "mktemp failed"
cleanup() { [ "${WM5_KEEP:-0}" = 1 ] && echo "scratch kept: $scratch" >&2 || rm -rf "$scratch"; }
trap cleanup EXIT
runner=
trap '[ -n "$runner" ] && kill -TERM "$runner" 2>/dev/null; exit 130' INT TERM

# --- the Workerman tree -----------------------------------------------------------------
wm_git=${WM5_WORKERMAN_GIT:-/work/.mirror/walkor+workerman/repo}
if [ -z "$tree" ] && [ -f /tmp/wm522/tests/Pest.php ]; then
    tree=/tmp/wm522
fi
if [ -z "$tree" ] && git --git-dir="$wm_git" rev-parse -q --verify v5.2.2 >/dev/null 2>&1; then
    # --worktree-attributes: without it the archive honours export-ignore and drops tests/.
    mkdir "$scratch/archived"
    git --git-dir="$wm_git" archive --worktree-attributes v5.2.2 | tar -x -C "$scratch/archived" \
        || die "archiving v5.2.2 from $wm_git failed"
    tree=$scratch/archived
fi
if [ -z "$tree" ]; then
    die "no Workerman 5.2.2 tree: set WORKERMAN5_DIR or pass its path (it must include tests/;
  from a clone: git archive --worktree-attributes v5.2.2 | tar -x -C DIR)"
fi
[ -f "$tree/composer.json" ] && [ -f "$tree/tests/Pest.php" ] \
    || die "$tree is not a Workerman 5 tree with its tests/ (composer.json, tests/Pest.php)"
version=$(sed -n "s/.*const VERSION = '\([^']*\)'.*/\1/p" "$tree/src/Worker.php" 2>/dev/null | head -1)
[ -n "$version" ] && [ "$version" != 5.2.2 ] && echo "note: the tree is Workerman $version, not 5.2.2" >&2
[ "$mode" = reference ] && [ ! -f "$tree/src/Worker.php" ] && die "--reference needs the tree's src/"

# --- workerman/coroutine (not on Packagist) -------------------------------------------------
co_git=${WM5_COROUTINE_GIT:-}
if [ -z "$co_git" ]; then
    for g in /work/.mirror/workerman-php+coroutine/repo /work/.mirror/walkor+coroutine/repo; do
        [ -d "$g" ] && { co_git=$g; break; }
    done
fi
[ -n "$co_git" ] || die "no git dir of workerman/coroutine: set WM5_COROUTINE_GIT (a clone of
  github.com/workerman-php/coroutine)"
co_tag=$(git --git-dir="$co_git" tag -l 'v1.1.*' | sort -V | tail -1)
[ -n "$co_tag" ] || die "$co_git has no v1.1.x tag"
co_commit=$(git --git-dir="$co_git" rev-parse "$co_tag^{commit}")

# --- the scratch project ------------------------------------------------------------------
proj=$scratch/proj
mkdir -p "$proj" "$scratch/coroutine" "$scratch/tmp"
(cd "$tree" && tar -c --exclude=./vendor --exclude=./composer.lock .) | tar -x -C "$proj" \
    || die "copying $tree failed"
git --git-dir="$co_git" archive "$co_tag" | tar -x -C "$scratch/coroutine" \
    || die "archiving $co_tag from $co_git failed"
if [ "$mode" = ext ]; then
    rm -rf "$proj/src"
    # PHPUnit's <source> names src/, gone now.
    "$php" -r '$f = $argv[1]; $x = file_get_contents($f);
        $x = preg_replace("#\s*<source>.*?</source>#s", "", $x);
        $x = preg_replace("#\s*<coverage\s*/>#", "", $x); file_put_contents($f, $x);' \
        "$proj/phpunit.xml.dist"
fi
"$php" "$here/prepare_composer.php" "$proj/composer.json" "$mode" ../coroutine "${co_tag#v}" \
    || die "rewriting composer.json failed"

# vendor/ is cached per (composer.json as rewritten, coroutine commit, PHP minor version).
key=$( { cat "$proj/composer.json"; echo "$co_commit"; "$php" -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;'; } \
    | sha256sum | cut -c1-16)
vcache=$cache/vendor-$key
export COMPOSER_CACHE_DIR=$cache/composer COMPOSER_NO_INTERACTION=1 COMPOSER_ALLOW_SUPERUSER=1
if [ -d "$vcache/vendor" ]; then
    cp -a "$vcache/vendor" "$vcache/composer.lock" "$proj/" || die "copying $vcache failed"
else
    echo "installing the suite's dev dependencies with Composer (cached in $vcache)..." >&2
    (cd "$proj" && "$composer" update --no-progress --prefer-dist -q) \
        || die "composer update failed in $proj (WM5_KEEP=1 keeps it)"
    rm -rf "$vcache.tmp.$$" && mkdir -p "$vcache.tmp.$$" \
        && cp -a "$proj/vendor" "$proj/composer.lock" "$vcache.tmp.$$/" \
        && mv -T "$vcache.tmp.$$" "$vcache" 2>/dev/null || rm -rf "$vcache.tmp.$$"
fi

# --- which PHP runs the suite -----------------------------------------------------------------
# The suite starts its servers with Symfony's PhpProcess, which runs $PHP_BINARY when set: a
# wrapper gives those child processes the same extension and INI as the pest process.
loaded=$("$php" -r 'echo extension_loaded("workerman") ? 1 : 0;')
php_args=()
# Without ext-curl Guzzle uses PHP's http stream wrapper, which reads a "Content-Length: 0"
# reply until the server closes (the suite's /setSession: 60 s, then an error, in both modes).
# So load curl.so from Debian's php8.x-curl, unpacked into the cache, never installed.
if [ "$("$php" -r 'echo extension_loaded("curl") ? 1 : 0;')" = 0 ]; then
    curl_so=$(ls "$cache"/curl/x/usr/lib/php/*/curl.so 2>/dev/null | head -1)
    if [ -z "$curl_so" ] && command -v apt-get >/dev/null; then
        pkg=php$("$php" -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')-curl
        mkdir -p "$cache/curl" && (cd "$cache/curl" && apt-get download "$pkg" >/dev/null 2>&1 \
            && dpkg -x "$pkg"_*.deb x)
        curl_so=$(ls "$cache"/curl/x/usr/lib/php/*/curl.so 2>/dev/null | head -1)
    fi
    if [ -n "$curl_so" ] && "$php" -d "extension=$curl_so" -r 'exit(extension_loaded("curl") ? 0 : 1);' 2>/dev/null; then
        php_args+=(-d "extension=$curl_so")
    else
        echo "note: no ext-curl for Guzzle; the HTTP feature test may wait 60 s and fail" >&2
    fi
fi
if [ "$mode" = ext ]; then
    ext=${WM_EXT:-$repo/modules/workerman.so}
    [ -f "$ext" ] || die "no extension at $ext: build it first (phpize && ./configure && make) or set WM_EXT"
    [ "$loaded" = 1 ] && die "php already loads workerman from its INI; run with a php that does not"
    php_args+=(-d "extension=$ext" -d workerman.api=5)
else
    [ "$loaded" = 1 ] && die "--reference needs a php without the workerman extension loaded"
fi
mkdir -p "$scratch/bin"
{ echo '#!/bin/sh'; printf 'exec %q' "$php"; [ ${#php_args[@]} -gt 0 ] && printf ' %q' "${php_args[@]}"; echo ' "$@"'; } \
    > "$scratch/bin/php"
chmod +x "$scratch/bin/php"
export PHP_BINARY=$scratch/bin/php

# Nothing of Workerman's PHP may be autoloadable in ext mode; in reference mode it must be.
probe='require "vendor/autoload.php"; $r = new ReflectionClass("Workerman\\Worker");
    echo $r->isInternal() ? "native" : "php:" . $r->getFileName();'
where=$(cd "$proj" && "$PHP_BINARY" -r "$probe" 2>&1)
case $mode:$where in
    ext:native|reference:php:*) ;;
    *) die "Workerman\\Worker resolves to '$where' in $mode mode" ;;
esac

# --- the run, in its own network and pid namespaces --------------------------------------------
# The suite's servers hard-code ports 8080-8083: a private loopback keeps runs apart and off
# the host's ports. The pid namespace ends with its first process, so every server left
# behind is killed with it.
if ! command -v ip >/dev/null; then
    [ "$(id -u)" = 0 ] && apt-get install -y -qq iproute2 >/dev/null 2>&1
    command -v ip >/dev/null || die "'ip' (iproute2) is needed to bring up lo in the namespace"
fi
ns=(unshare --net --pid --fork --mount --mount-proc --kill-child)
[ "$(id -u)" = 0 ] || ns=(unshare --map-root-user --net --pid --fork --mount --mount-proc --kill-child)
pest_args=(vendor/bin/pest --colors=never --log-junit "$scratch/junit.xml")
[ -n "$filter" ] && pest_args+=(--filter "$filter")
export TMPDIR=$scratch/tmp   # the servers' pid and log files, the session files

echo "Workerman ${version:-5.x} suite, $mode mode$( [ "$mode" = ext ] && echo ": $ext" )" >&2
log=$scratch/pest.log
start=$(date +%s)
(cd "$proj" && exec timeout -k 10 "${WM5_TIMEOUT:-600}" "${ns[@]}" \
    sh -c 'ip link set lo up || exit 97; "$@"; rc=$?; exit $rc' sh \
    "$PHP_BINARY" "${pest_args[@]}") > "$log" 2>&1 &
runner=$!
if [ "${WM5_VERBOSE:-0}" = 1 ]; then tail -n +1 -f --pid=$runner "$log"; fi
wait $runner
rc=$?
echo "pest exited with $rc after $(( $(date +%s) - start ))s" >> "$log"

last=$cache/last-$mode
mkdir -p "$last" && cp "$log" "$last/pest.log" && rm -f "$last/junit.xml"
[ -f "$scratch/junit.xml" ] && cp "$scratch/junit.xml" "$last/junit.xml"
echo "pest output: $last/pest.log (exit $rc)" >&2
[ "$rc" = 124 ] && echo "the run hit WM5_TIMEOUT (${WM5_TIMEOUT:-600}s)" >&2
"$php" "$here/junit_summary.php" "$scratch/junit.xml" "$proj/" "$rc"
