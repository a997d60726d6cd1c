#!/usr/bin/env bash
# Builds and runs a libFuzzer harness of a pure-C parser (tests/fuzz/<parser>_fuzz.c) with
# clang-14 -fsanitize=fuzzer,address,undefined.
#   bash scripts/fuzz.sh http_parser [runs]     (runs: default 1000000; -1 = until a crash)
# The working corpus is a copy in $WM_FUZZ_DIR (default /tmp/wm-fuzz-<parser>) seeded from
# tests/fuzz/corpus/<parser>/, so the repository corpus only grows by hand. A crash leaves
# crash-* in that directory: turn it into a C unit test (tests/c/<parser>_test.c).
set -euo pipefail
cd "$(dirname "$0")/.."
parser=${1:?usage: bash scripts/fuzz.sh <parser> [runs]}
runs=${2:-1000000}
harness=tests/fuzz/${parser}_fuzz.c
[ -f "$harness" ] || { echo "fuzz.sh: no harness $harness"; exit 2; }
case $parser in
    http_parser) sources=(ext/http/http_parser.c); includes=(-Iext/http) ;;
    gateway_frame) sources=(); includes=(-Iext/protocols) ;;
    *) echo "fuzz.sh: unknown parser '$parser' (add its sources to scripts/fuzz.sh)"; exit 2 ;;
esac

cc=${CLANG:-clang-14}
if ! command -v "$cc" >/dev/null; then
    echo "fuzz.sh: $cc not found: apt-get install clang-14 libclang-rt-14-dev"; exit 2
fi
work=${WM_FUZZ_DIR:-/tmp/wm-fuzz-$parser}
mkdir -p "$work/corpus"
probe=$work/probe.c
printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { return 0; }\n' > "$probe"
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe" -o "$work/probe" 2>/dev/null; then
    echo "fuzz.sh: $cc cannot link -fsanitize=fuzzer: the libFuzzer runtime is missing: apt-get install libclang-rt-14-dev"; exit 2
fi

bin=$work/${parser}_fuzz
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    "${includes[@]}" "$harness" ${sources[@]+"${sources[@]}"} -o "$bin"
cp -n tests/fuzz/corpus/"$parser"/* "$work/corpus/" 2>/dev/null || true
dict=()
[ -f tests/fuzz/$parser.dict ] && dict=(-dict="$PWD/tests/fuzz/$parser.dict")
echo "fuzz.sh: $bin, corpus $work/corpus, runs $runs"
cd "$work"
exec "$bin" "${dict[@]}" -runs="$runs" -max_len=20000 -print_final_stats=1 corpus
