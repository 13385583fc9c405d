#!/usr/bin/env bash
# Side-by-side on the scrapinghub article-extraction-benchmark (181 pages), one core each
# (taskset -c 0), same machine, same pages: kabar vs Mozilla Readability (jsdom) vs
# readability-lxml. Prints F1/precision/recall and pages per CPU-second for each, and kabar's
# speed as a multiple of each peer's. Peers: bench/peers/setup.sh.
# Usage: bench/peers_compare.sh [KABAR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
KABAR=${1:-build/kabar}
D=${KABAR_SHARED_DIR:-../shared}/data/extraction/scrapinghub-aeb
[ -d "$D" ] || D=/work/shared/data/extraction/scrapinghub-aeb
D=$(cd "$D" && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
bench/peers/setup.sh >/dev/null
PIN="taskset -c 0"
command -v taskset >/dev/null || PIN=""

# kabar: CPU time (user + system) of the whole process (start-up, gunzip, extraction, JSON
# output), best of 3. CPU time, not wall time, for every tool: the machine may be shared.
best=""
for _ in 1 2 3; do
  /usr/bin/time -f "%U %S" -o "$OUT/kabar.cpu" $PIN "$KABAR" extract -j 1 "$D/html" \
    > "$OUT/kabar.jsonl" 2>/dev/null
  t=$(awk '{print $1 + $2}' "$OUT/kabar.cpu")
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
python3 bench/kabar_to_aeb.py < "$OUT/kabar.jsonl" > "$OUT/kabar.json"
echo "{\"tool\": \"kabar\", \"pages\": 181, \"seconds\": $best}" > "$OUT/kabar.time"

(cd bench/peers && $PIN node readability_js.js "$D/ground-truth.json" "$D/html" \
  > "$OUT/readability_js.json" 2> "$OUT/readability_js.time")
$PIN /usr/bin/python3 bench/peers/readability_lxml.py "$D/ground-truth.json" "$D/html" \
  > "$OUT/readability_lxml.json" 2> "$OUT/readability_lxml.time"

python3 - "$D/ground-truth.json" "$OUT" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from aeb_html_eval import load, score
gold = load(sys.argv[1])
out = sys.argv[2]
rows = []
for name in ["kabar", "readability_js", "readability_lxml"]:
    f1, p, r, _ = score(gold, load(f"{out}/{name}.json"))
    t = json.loads(open(f"{out}/{name}.time").read().strip().splitlines()[-1])
    rows.append((name, f1, p, r, t["pages"] / t["seconds"]))
print(f"{'tool':18} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>9} {'kabar x':>8}")
for name, f1, p, r, pps in rows:
    print(f"{name:18} {f1:6.4f} {p:6.4f} {r:6.4f} {pps:9.1f} {rows[0][4] / pps:8.1f}")
PY
