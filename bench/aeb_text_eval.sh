#!/usr/bin/env bash
# AEB on text dumps: turns the 181 pages of ../shared/data/extraction/scrapinghub-aeb into text
# dumps with w3m (exactly `zcat F.html.gz | w3m -dump -T text/html -cols 100000 -O UTF-8`),
# runs `build/kabar extract` on them and prints the AEB body metric for kabar and for the whole
# dump. Dumps and outputs go to OUT (default bench/out/aeb, git-ignored); nothing is committed.
#
# Usage: bench/aeb_text_eval.sh [OUT] [--worst N]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${KABAR_SHARED:-$ROOT/../shared}"
AEB="$SHARED/data/extraction/scrapinghub-aeb"
OUT="${1:-$ROOT/bench/out/aeb}"
shift || true
[ -d "$AEB/html" ] || { echo "aeb_text_eval: $AEB not found" >&2; exit 2; }
[ -x "$ROOT/build/kabar" ] || { echo "aeb_text_eval: build kabar first (scripts/build.sh)" >&2; exit 2; }
mkdir -p "$OUT/dumps"
for f in "$AEB"/html/*.html.gz; do
  id="$(basename "$f" .html.gz)"
  dump="$OUT/dumps/$id.txt"
  [ -s "$dump" ] || zcat "$f" | w3m -dump -T text/html -cols 100000 -O UTF-8 > "$dump"
done
# A fixed reference time so relative dates do not depend on the dumps' modification times.
"$ROOT/build/kabar" extract --now 2020-01-01T00:00:00Z "$OUT/dumps" > "$OUT/kabar.jsonl" \
  2> "$OUT/kabar.stderr"
tail -n 1 "$OUT/kabar.stderr"
python3 "$ROOT/bench/aeb_eval.py" "$AEB/ground-truth.json" "$OUT/dumps" "$OUT/kabar.jsonl" "$@"
