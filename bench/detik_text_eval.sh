#!/usr/bin/env bash
# What kabar removes from ../shared/data/indonesian/detik-1000-summ (1,000 real detik.com article
# texts with their boilerplate left in). The data set has no license: it is read from ../shared
# and the dumps and outputs go to OUT (default bench/out/detik, git-ignored), never committed.
#
# Usage: bench/detik_text_eval.sh [OUT]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${KABAR_SHARED:-$ROOT/../shared}"
CSV="$SHARED/data/indonesian/detik-1000-summ/data_berita.csv"
OUT="${1:-$ROOT/bench/out/detik}"
[ -f "$CSV" ] || { echo "detik_text_eval: $CSV not found" >&2; exit 2; }
[ -x "$ROOT/build/kabar" ] || { echo "detik_text_eval: build kabar first (scripts/build.sh)" >&2; exit 2; }
python3 "$ROOT/bench/detik_eval.py" dump "$CSV" "$OUT/dumps"
"$ROOT/build/kabar" extract --now 2025-11-01T00:00:00+07:00 "$OUT/dumps" > "$OUT/kabar.jsonl" \
  2> "$OUT/kabar.stderr"
tail -n 1 "$OUT/kabar.stderr"
python3 "$ROOT/bench/detik_eval.py" report "$CSV" "$OUT/kabar.jsonl"
