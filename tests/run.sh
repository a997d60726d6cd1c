#!/usr/bin/env bash
# Runs the phpt suite against modules/workerman.so and ends with "N passed, N failed".
# Usage: bash tests/run.sh [phpt files or folders]   (WM_EXT=/path/to/workerman.so to override,
# WM_API=4 or 5 for an API profile, WM_API="4 5" for both one after the other)
set -u
cd "$(dirname "$0")/.."
# WM_API="4 5": the whole run once per profile, then one summed "N passed, N failed" line.
if [[ "${WM_API:-}" == *" "* ]]; then
    total_passed=0; total_failed=0; run_log=$(mktemp)
    for api in $WM_API; do
        echo "== API profile $api =="
        WM_API=$api bash "$0" "$@" | tee "$run_log"
        line=$(tail -1 "$run_log")
        p=$(echo "$line" | grep -oE '^[0-9]+ passed' | grep -oE '[0-9]+'); f=$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
        total_passed=$(( total_passed + ${p:-0} )); total_failed=$(( total_failed + ${f:-1} ))
    done
    rm -f "$run_log"
    echo "$total_passed passed, $total_failed failed"
    [ "$total_failed" -eq 0 ] && [ "$total_passed" -gt 0 ]
    exit
fi
ext=${WM_EXT:-$PWD/modules/workerman.so}
runner=$(ls /usr/lib/php/*/build/run-tests.php "$(php-config --prefix 2>/dev/null)"/lib/php/build/run-tests.php 2>/dev/null | head -1)
[ -f run-tests.php ] && runner=$PWD/run-tests.php
if [ ! -f "$ext" ]; then echo "no extension at $ext: build it first (phpize && ./configure && make)"; echo "0 passed, 1 failed"; exit 1; fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(tests)
log=$(mktemp)
export NO_INTERACTION=1 WM_EXT="$ext" TEST_PHP_EXECUTABLE=$(command -v php)
# WM_API=4|5 runs the suite under that API profile (tests/include/server.inc passes it on to
# the servers it starts); unset: the extension's default (auto).
api_args=()
if [ -n "${WM_API:-}" ]; then api_args=(-d "workerman.api=$WM_API"); export WM_API; fi
WM_TEST_RUN=$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
export WM_TEST_RUN
php "$runner" -q -j"${WM_TEST_JOBS:-2}" --show-diff -d "extension=$ext" "${api_args[@]}" "${targets[@]}" 2>&1 | tee "$log"
# A test that run-tests killed on its timeout never ran its clean-up: stop the servers it
# left (tests/include/server.inc starts each from <tmp>/wm-test-<run>-<pid>-<hex>/start.php);
# only this run's: another run on the machine keeps its servers.
# Each server leads its own process group (setsid), its workers included.
tmp=$(php -r 'echo sys_get_temp_dir();')
for pid in $(pgrep -f -- "$tmp/wm-test-$WM_TEST_RUN-[0-9]+-[0-9a-f]+/start\.php"); do
    [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && kill -KILL -- "-$pid" 2>/dev/null \
        && echo "tests/run.sh: killed the server group $pid left by a timed-out test"
done
passed=$(grep -aE '^Tests passed' "$log" | grep -oE ':\s+[0-9]+' | grep -oE '[0-9]+' | head -1)
failed=$(grep -aE '^Tests failed' "$log" | grep -oE ':\s+[0-9]+' | grep -oE '[0-9]+' | head -1)
warned=$(grep -aE '^Tests warned' "$log" | grep -oE ':\s+[0-9]+' | grep -oE '[0-9]+' | head -1)
borked=$(grep -acE '^BORK' "$log")
rm -f "$log"
passed=${passed:-0}; failed=$(( ${failed:-0} + ${warned:-0} + borked ))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
