#!/usr/bin/env bash
# End-to-end extraction benchmark. Generates the corpus (once per PAGES/SEED), then in one run:
#   1. the reference: kabar_read_lines (read every file, split it into lines),
#   2. kabar extract -j 1,
#   3. kabar extract -j 2,
# each on the same warm page cache, stdout to /dev/null. Reports MB/s, MB/s per core, the
# -j 2 speed-up, and each as a ratio to the reference measured in the same run.
# "MB/s per core" is MB per CPU-second (user + sys), which stays meaningful when other work
# shares the machine; wall-clock MB/s and the speed-up are only meaningful on an idle one, so
# the load average is printed with them.
#
#   bench/e2e_extract.sh [PAGES] [OUT_DIR]     (defaults: 100000 bench/out/corpus)
#   KABAR_EXTRACT_ARGS=--no-understand bench/e2e_extract.sh ...   (extraction proper)
# Needs a release build with benchmarks (scripts/build.sh does that).
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-100000}
OUT=${2:-bench/out/corpus}
SEED=1
BIN=build
read -r -a EXTRA <<<"${KABAR_EXTRACT_ARGS:-}"

if [[ ! -f "$OUT/.done-$PAGES-$SEED" ]]; then
  rm -rf "$OUT"
  "$BIN/kabar_gen" --out "$OUT" --pages "$PAGES" --seed "$SEED" --truth
  touch "$OUT/.done-$PAGES-$SEED"
fi
BYTES=$(du -sb --apparent-size "$OUT/pages" | cut -f1)

# Runs "$@" and sets WALL, CPU (user+sys seconds).
measure() {
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>/tmp/kabar-e2e-stderr; } 2>&1 )
  read -r WALL user sys <<<"$t"
  CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
}

"$BIN/kabar_read_lines" "$OUT/pages" >/dev/null  # warm the page cache
measure "$BIN/kabar_read_lines" "$OUT/pages"
REF_WALL=$WALL REF_CPU=$CPU
measure "$BIN/kabar" extract "${EXTRA[@]}" -j 1 --now 2025-11-01T12:00:00+07:00 "$OUT/pages"
J1_WALL=$WALL J1_CPU=$CPU
J1_SUMMARY=$(tail -n 1 /tmp/kabar-e2e-stderr)
measure "$BIN/kabar" extract "${EXTRA[@]}" -j 2 --now 2025-11-01T12:00:00+07:00 "$OUT/pages"
J2_WALL=$WALL J2_CPU=$CPU
J2_SUMMARY=$(tail -n 1 /tmp/kabar-e2e-stderr)

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
awk -v b="$BYTES" -v rw="$REF_WALL" -v rc="$REF_CPU" -v w1="$J1_WALL" -v c1="$J1_CPU" \
    -v w2="$J2_WALL" -v c2="$J2_CPU" -v pages="$PAGES" -v s1="$J1_SUMMARY" -v s2="$J2_SUMMARY" \
    -v load="$LOAD" -v extra="${KABAR_EXTRACT_ARGS:-}" -v cores="$(nproc)" 'BEGIN {
  mb = b / 1e6
  ref = mb / rw; refc = mb / rc
  if (extra != "") printf "kabar extract options: %s\n", extra
  printf "corpus: %d pages, %.1f MB; %d cores, load average %s\n", pages, mb, cores, load
  printf "%-22s %7s %7s %9s %8s %12s %8s\n", "run", "wall s", "cpu s", "MB/s", "x ref", "MB/cpu-s", "x ref"
  printf "%-22s %7.2f %7.2f %9.1f %8.3f %12.1f %8.3f\n", "reference read+split", rw, rc, ref, 1, refc, 1
  printf "%-22s %7.2f %7.2f %9.1f %8.3f %12.1f %8.3f\n", "kabar extract -j 1", w1, c1, mb / w1, (mb / w1) / ref, mb / c1, (mb / c1) / refc
  printf "%-22s %7.2f %7.2f %9.1f %8.3f %12.1f %8.3f\n", "kabar extract -j 2", w2, c2, mb / w2, (mb / w2) / ref, mb / c2, (mb / c2) / refc
  printf "speed-up of -j 2 over -j 1 (wall): %.2fx; cpu-s per wall-s with -j 2: %.2f\n", w1 / w2, c2 / w2
  printf "-j 1: %s\n-j 2: %s\n", s1, s2
}'
