#!/usr/bin/env bash
# End-to-end HTML and WARC.gz benchmark on the generated corpus: kabar_gen writes text dumps
# with truth, bench/gen_html.py turns them into HTML pages and WARC.gz files (one gzip member
# per record, 1000 records per file). Then, on a warm page cache: kabar extract -j 1 and -j 2
# over the HTML pages and over the WARC.gz files. Reports wall and CPU seconds, MB/s of HTML
# (uncompressed) per core and in total, pages/s, and how often title, published and authors
# match the generator's truth.
#
#   bench/e2e_html.sh [PAGES] [OUT_DIR]     (defaults: 20000 bench/out/html-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-20000}
OUT=${2:-bench/out/html-corpus}
SEED=1
BIN=build
NOW=2025-11-01T12:00:00+07:00

if [[ ! -f "$OUT/.done-$PAGES-$SEED" ]]; then
  rm -rf "$OUT"
  "$BIN/kabar_gen" --out "$OUT" --pages "$PAGES" --seed "$SEED" --truth >/dev/null
  python3 bench/gen_html.py "$OUT"
  touch "$OUT/.done-$PAGES-$SEED"
fi
HTML_BYTES=$(du -sb --apparent-size "$OUT/html" | cut -f1)
WARC_BYTES=$(du -sb --apparent-size "$OUT/warc" | cut -f1)

# Runs "$@" and sets WALL, CPU (user+sys seconds).
measure() {
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/tmp/kabar-e2e-html.jsonl 2>/tmp/kabar-e2e-html.err; } 2>&1 )
  read -r WALL user sys <<<"$t"
  CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
}

cat "$OUT"/warc/* "$OUT"/html/*/* >/dev/null  # warm the page cache
awk -v p="$PAGES" -v h="$HTML_BYTES" -v w="$WARC_BYTES" \
  'BEGIN { printf "corpus: %d pages, %.1f MB HTML, %.1f MB WARC.gz\n", p, h / 1e6, w / 1e6 }'
printf "%-26s %7s %7s %9s %12s %9s %12s\n" run "wall s" "cpu s" "MB/s" "MB/s/cpu-s" "pages/s" "pages/cpu-s"
for input in html warc; do
  for j in 1 2; do
    measure "$BIN/kabar" extract -j "$j" --now "$NOW" "$OUT/$input"
    awk -v b="$HTML_BYTES" -v w="$WALL" -v c="$CPU" -v p="$PAGES" -v name="$input -j $j" 'BEGIN {
      printf "%-26s %7.2f %7.2f %9.1f %12.1f %9.0f %12.0f\n", name, w, c, b / 1e6 / w, b / 1e6 / c, p / w, p / c }'
    echo "    $(tail -n 1 /tmp/kabar-e2e-html.err)"
  done
done
python3 - "$OUT/truth.jsonl" /tmp/kabar-e2e-html.jsonl <<'PY'
import json, sys
truth = [json.loads(l) for l in open(sys.argv[1])]
by_url = {f"https://www.{t['site']}/read/{n}": t for n, t in enumerate(truth)}
n = title = pub = auth = 0
for line in open(sys.argv[2]):
    a = json.loads(line)
    t = by_url.get(a["url"])
    if t is None:
        continue
    n += 1
    title += a["title"] == t["title"]
    pub += (a["published"] or "") == t["published"]
    auth += sorted(a["authors"]) == sorted(t["authors"])
print(f"fields vs truth over {n} pages (WARC -j 2 run): title {title / n:.3f}, "
      f"published {pub / n:.3f}, authors {auth / n:.3f}")
PY
