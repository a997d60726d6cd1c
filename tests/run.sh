#!/usr/bin/env bash
# Runs the phpt suite against modules/workerman.so and ends with "N passed, N failed".
# Usage: bash tests/run.sh [phpt files or folders]   (WM_EXT=/path/to/workerman.so to override)
set -u
cd "$(dirname "$0")/.."
ext=${WM_EXT:-$PWD/modules/workerman.so}
runner=$(ls /usr/lib/php/*/build/run-tests.php "$(php-config --prefix 2>/dev/null)"/lib/php/build/run-tests.php 2>/dev/null | head -1)
[ -f run-tests.php ] && runner=$PWD/run-tests.php
if [ ! -f "$ext" ]; then echo "no extension at $ext: build it first (phpize && ./configure && make)"; echo "0 passed, 1 failed"; exit 1; fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(tests)
log=$(mktemp)
export NO_INTERACTION=1 WM_EXT="$ext" TEST_PHP_EXECUTABLE=$(command -v php)
WM_TEST_RUN=$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
export WM_TEST_RUN
php "$runner" -q -j"${WM_TEST_JOBS:-2}" --show-diff -d "extension=$ext" "${targets[@]}" 2>&1 | tee "$log"
# A test that run-tests killed on its timeout never ran its clean-up: stop the servers it
# left (tests/include/server.inc starts each from <tmp>/wm-test-<run>-<pid>-<hex>/start.php);
# only this run's: another run on the machine keeps its servers.
# Each server leads its own process group (setsid), its workers included.
tmp=$(php -r 'echo sys_get_temp_dir();')
for pid in $(pgrep -f -- "$tmp/wm-test-$WM_TEST_RUN-[0-9]+-[0-9a-f]+/start\.php"); do
    [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && kill -KILL -- "-$pid" 2>/dev/null \
        && echo "tests/run.sh: killed the server group $pid left by a timed-out test"
done
passed=$(grep -E '^Tests passed' "$log" | grep -oE ':\s+[0-9]+' | grep -oE '[0-9]+' | head -1)
failed=$(grep -E '^Tests failed' "$log" | grep -oE ':\s+[0-9]+' | grep -oE '[0-9]+' | head -1)
warned=$(grep -E '^Tests warned' "$log" | grep -oE ':\s+[0-9]+' | grep -oE '[0-9]+' | head -1)
borked=$(grep -cE '^BORK' "$log")
rm -f "$log"
passed=${passed:-0}; failed=$(( ${failed:-0} + ${warned:-0} + borked ))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
