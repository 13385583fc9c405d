#!/usr/bin/env bash
# htmldate-mediacloud2020 on text dumps: turns the 200 pages of
# ../shared/data/extraction/htmldate-mediacloud2020 into text dumps with w3m (as
# aeb_text_eval.sh does), runs `build/kabar extract` on them and scores the date part of
# `published` against the gold dates with the data set's metric (accuracy = right / pages).
# A dump has no URL and no markup: the date must come from the text, in the page's language.
# Dumps and outputs go to OUT (default bench/out/htmldate_text, git-ignored).
#
# Usage: bench/htmldate_text_eval.sh [OUT] [--errors]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${KABAR_SHARED:-$ROOT/../shared}"
HD="$SHARED/data/extraction/htmldate-mediacloud2020"
OUT="${1:-$ROOT/bench/out/htmldate_text}"
shift || true
[ -d "$HD/html" ] || { echo "htmldate_text_eval: $HD not found" >&2; exit 2; }
[ -x "$ROOT/build/kabar" ] || { echo "htmldate_text_eval: build kabar first" >&2; exit 2; }
mkdir -p "$OUT/dumps"
for f in "$HD"/html/*.html.gz; do
  id="$(basename "$f" .html.gz)"
  dump="$OUT/dumps/$id.txt"
  [ -s "$dump" ] || zcat "$f" | timeout 20 w3m -dump -T text/html -cols 100000 -O UTF-8 > "$dump" || true
done
# Pages of 2020: a fixed reference time a year on, so relative times ("2 hours ago") do not
# depend on the dumps' modification times.
"$ROOT/build/kabar" extract --now 2021-01-01T00:00:00Z "$OUT/dumps" > "$OUT/kabar.jsonl" \
  2> "$OUT/kabar.stderr"
tail -n 1 "$OUT/kabar.stderr"
python3 - "$HD/eval_mediacloud_2020.json" "$OUT/kabar.jsonl" "$@" <<'PY'
import json, os, sys
gold = {v["file"].rsplit(".html", 1)[0]: v["date"] for v in json.load(open(sys.argv[1])).values()}
found = {}
for line in open(sys.argv[2]):
    a = json.loads(line)
    found[os.path.basename(a["source"]["path"]).rsplit(".txt", 1)[0]] = (a.get("published") or "")[:10]
tp = fp = fn = 0
for name, date in sorted(gold.items()):
    got = found.get(name, "")
    if not got:
        fn += 1
    elif got == date:
        tp += 1
    else:
        fp += 1
    if "--errors" in sys.argv and got != date:
        print(f"{date} {got or '-':10} {name}")
print(json.dumps({"pages": len(gold), "accuracy": round(tp / len(gold), 4), "tp": tp, "fp": fp,
                  "fn": fn}))
PY
