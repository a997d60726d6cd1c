#!/usr/bin/env bash
# Runs every libFuzzer harness one after the other (nice -n 19, one job each) and prints one
# line per harness: executions, seconds, exec/s, new coverage units, crash files.
#   bash scripts/fuzz-all.sh [runs] [harness...]   (runs default 10000000)
# WM_FUZZ_MAX_TIME=s caps each harness's time (libFuzzer -max_total_time); logs in
# /tmp/wm-fuzz-all/<harness>.log.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000000}
shift || true
all=(http_parser ws_frame ws_handshake ws_client gateway_frame text_frame ws_inflate cookie query session urlencoded multipart request gateway)
[ $# -gt 0 ] && all=("$@")
logs=/tmp/wm-fuzz-all
mkdir -p "$logs"
extra=()
[ -n "${WM_FUZZ_MAX_TIME:-}" ] && extra=(-max_total_time="$WM_FUZZ_MAX_TIME")
for h in "${all[@]}"; do
    log=$logs/$h.log
    start=$(date +%s)
    case $h in
        http_parser|gateway_frame) nice -n 19 bash scripts/fuzz.sh "$h" "$runs" >"$log" 2>&1 ;;
        ws_frame) nice -n 19 bash scripts/fuzz-ws.sh "$runs" "${extra[@]}" >"$log" 2>&1 ;;
        ws_handshake) nice -n 19 bash scripts/fuzz-ws-handshake.sh "$runs" "${extra[@]}" >"$log" 2>&1 ;;
        ws_client) nice -n 19 bash scripts/fuzz-ws-client.sh "$runs" "${extra[@]}" >"$log" 2>&1 ;;
        *) nice -n 19 bash scripts/fuzz-php.sh "$h" "$runs" "${extra[@]}" >"$log" 2>&1 ;;
    esac
    rc=$?
    secs=$(( $(date +%s) - start ))
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    units=$(grep -oE 'stat::new_units_added: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
    crash=$(grep -cE 'ERROR: (AddressSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error|deadly signal' "$log")
    echo "$h: exit $rc, $execs executions in ${secs}s ($rate exec/s), $units new units, $crash sanitizer reports (log $log)"
done
