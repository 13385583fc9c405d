#!/usr/bin/env bash
# The instructions `kabar extract` spends on pages, without its start-up: callgrind counts a run
# on the first two directories of a generated corpus and a run on its first four, and the
# difference is the marginal cost of the pages of directories 2-3 (2,000 pages at the default
# 1,000 a directory). Instruction counts do not move with a shared machine's load, so a change
# of a percent shows; outputs go to OUT for record-by-record comparisons.
#
#   bench/callgrind_marginal.sh [BIN] [CORPUS] [OUT]
#     (defaults: build/kabar, bench/out/corpus made by e2e_extract.sh, bench/out/callgrind)
# Needs valgrind (apt-get install valgrind); about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/kabar}
CORPUS=${2:-bench/out/corpus}
OUT=${3:-bench/out/callgrind}
mkdir -p "$OUT"
command -v valgrind > /dev/null || { echo "callgrind_marginal: install valgrind" >&2; exit 2; }
dirs=("$CORPUS"/pages/*/)
[ "${#dirs[@]}" -ge 4 ] || { echo "callgrind_marginal: $CORPUS has fewer than 4 directories" >&2; exit 2; }
count() {  # count N: instructions of a run on the first N directories
  valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$1.out" "$BIN" extract \
    --no-understand -j 1 --now 2025-11-01T12:00:00+07:00 "${dirs[@]:0:$1}" \
    > "$OUT/records.$1.jsonl" 2> "$OUT/stderr.$1"
  grep -o 'Collected : [0-9]*' "$OUT/stderr.$1" | awk '{print $3}'
}
two=$(count 2)
four=$(count 4)
echo "instructions: 2 directories $two, 4 directories $four, marginal $((four - two))"
