#!/usr/bin/env bash
# benchmarks/callgrind_top.sh: where the instructions of one callgrind dump go: the top COUNT
# functions by self cost and by inclusive cost (callgrind_annotate), per message when given N.
#
# Usage: bash benchmarks/callgrind_top.sh DUMP [COUNT [N]]     (COUNT 15; N: messages in the dump)
# A dump taken after callgrind_control -z (as benchmarks/callgrind.sh takes them) charges every
# frame that was already on the stack at the zero (main ... the event loop) with the whole
# total, in the self view too: those lines (cost >= the program total) are left out of both
# lists, so the lists start below the event loop. Paths are shown relative to the repository.
set -uo pipefail

dump=${1:?usage: callgrind_top.sh DUMP [COUNT [N]]}
count=${2:-15}
messages=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=cg_lib.sh
. "$root/benchmarks/cg_lib.sh"
[ -f "$dump" ] || { echo "callgrind_top.sh: no file $dump" >&2; exit 1; }
command -v callgrind_annotate >/dev/null || { echo "callgrind_top.sh: needs callgrind_annotate (valgrind)" >&2; exit 1; }

total=$(awk '/^summary:/ { print $2; exit }' "$dump")
[ -n "$total" ] || { echo "callgrind_top.sh: $dump has no summary line" >&2; exit 1; }

# top VIEW: the function lines of callgrind_annotate, artefacts dropped, merged by function name
# (one function shows up under several file names when header code is inlined into it: self
# costs add up, an inclusive cost is the largest), COUNT kept.
top() {
	local merge=$1; shift
	callgrind_annotate --threshold=100 "$@" "$dump" 2>/dev/null |
		sed -n '/PROGRAM TOTALS/,/Auto-annotated source/p' |
		awk -v total="$total" -v merge="$merge" -v root="$root/" '
			$1 ~ /^[0-9,]+$/ && $3 != "PROGRAM" {
				ir = $1; gsub(",", "", ir)
				if (ir + 0 >= total + 0) next
				line = $0; sub(/^ *[0-9,]+ +\( *[0-9.]+%\) +/, "", line)
				obj = ""; if (match(line, / \[[^]]*\]$/)) { obj = substr(line, RSTART + 2, RLENGTH - 3); line = substr(line, 1, RSTART - 1) }
				fn = line; sub(/^.*:/, "", fn); file = line; sub(/:[^:]*$/, "", file); gsub(root, "", file)
				n = split(obj, parts, "/"); if ((file == "???" || file ~ /^\.\//) && n) file = parts[n]
				if (!(fn in cost)) where[fn] = file
				if (merge == "sum") cost[fn] += ir; else if (ir + 0 > cost[fn] + 0) cost[fn] = ir
			}
			END { for (fn in cost) printf("%d\t%s:%s\n", cost[fn], where[fn], fn) }' |
		sort -t "$(printf '\t')" -k1,1nr | head -"$count" |
		awk -F '\t' -v total="$total" -v n="$messages" '{
			if (n != "") printf("%9.1f  %5.1f%%  %s\n", $1 / n, $1 * 100 / total, $2)
			else printf("%12d  %5.1f%%  %s\n", $1, $1 * 100 / total, $2) }'
}

# Self cost summed per object (the extension, PHP, libevent, libc, ...), from the dump's own
# cost lines (cg_lib.sh), so header code inlined into the extension counts as the extension.
by_object() {
	cg_by_object "$dump" | awk -F '\t' '{ sub(/^.*\//, "", $1); cost[$1] += $2 } END { for (o in cost) printf("%d\t%s\n", cost[o], o) }' |
		sort -t "$(printf '\t')" -k1,1nr | head -8 |
		awk -F '\t' -v total="$total" -v n="$messages" '{
			if (n != "") printf("%9.1f  %5.1f%%  %s\n", $1 / n, $1 * 100 / total, $2)
			else printf("%12d  %5.1f%%  %s\n", $1, $1 * 100 / total, $2) }'
}

unit=$([ -n "$messages" ] && echo "Ir/message" || echo "Ir")
echo "dump: $(basename "$dump"), program total $total Ir$([ -n "$messages" ] && awk -v t="$total" -v n="$messages" 'BEGIN { printf(" = %.1f per message (N=%d)", t / n, n) }')"
echo
echo "self cost by object ($unit, share of the total, object; header code inlined into the extension counts as the extension):"
by_object
echo
echo "top $count by self cost ($unit, share of the total, file:function; ??? = no debug info, the object named):"
top sum
echo
echo "top $count by inclusive cost ($unit, share of the total, file:function):"
top max --inclusive=yes
