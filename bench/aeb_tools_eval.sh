#!/usr/bin/env bash
# AEB on text dumps from several real tools: the 181 pages of
# ../shared/data/extraction/scrapinghub-aeb printed by text browsers, HTML-to-text converters and
# BeautifulSoup, at their default widths (wrapped near 80 columns) and at wide ones; prints the
# AEB body metric of `build/kabar extract` and of the whole dump for each set. The tools are for
# measuring only (kabar does not use them); a set whose tool is missing is skipped with a note:
#   apt-get install w3m lynx links elinks html2text pandoc python3-html2text python3-bs4 python3-lxml
# Dumps and outputs go to OUT/<set> (default bench/out/aeb_tools, git-ignored); a dump already
# there is reused.
#
# Usage: bench/aeb_tools_eval.sh [OUT] [SET...]   (sets: see `dump_command` below; default all)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${KABAR_SHARED:-$ROOT/../shared}"
AEB="$SHARED/data/extraction/scrapinghub-aeb"
OUT="${1:-$ROOT/bench/out/aeb_tools}"
shift || true
ALL_SETS="w3m w3m80 lynx links elinks html2text pandoc html2markdown lynx_wide links_wide \
elinks_wide html2text_wide bs4_text bs4_lines"
SETS="${*:-$ALL_SETS}"
[ -d "$AEB/html" ] || { echo "aeb_tools_eval: $AEB not found" >&2; exit 2; }
[ -x "$ROOT/build/kabar" ] || { echo "aeb_tools_eval: build kabar first (scripts/build.sh)" >&2; exit 2; }

# Prints set $1's dump of the HTML file $2 on stdout.
dump_command() {
  case "$1" in
    w3m) w3m -dump -T text/html -cols 100000 -O UTF-8 < "$2" ;;
    w3m80) w3m -dump -T text/html -cols 80 -O UTF-8 < "$2" ;;
    lynx) lynx -dump -force_html -display_charset=utf-8 "$2" ;;
    links) links -dump -codepage utf-8 "$2" ;;
    elinks) elinks -dump -dump-charset utf-8 "$2" < /dev/null ;;
    html2text) html2text -utf8 "$2" ;;
    pandoc) pandoc -f html -t plain "$2" ;;
    html2markdown) /usr/bin/html2markdown "$2" ;;
    lynx_wide) lynx -dump -force_html -display_charset=utf-8 -width=1024 "$2" ;;
    links_wide) links -dump -codepage utf-8 -width 512 "$2" ;;
    elinks_wide) elinks -dump -dump-charset utf-8 -dump-width 512 "$2" < /dev/null ;;
    html2text_wide) html2text -utf8 -width 100000 "$2" ;;
    bs4_text) "$ROOT/bench/bs4_text.py" text "$2" ;;
    bs4_lines) "$ROOT/bench/bs4_text.py" lines "$2" ;;
    *) echo "aeb_tools_eval: unknown set $1" >&2; return 2 ;;
  esac
}

# The program a set needs, to skip the set when it is missing.
tool_of() {
  case "$1" in
    w3m*) echo w3m ;; lynx*) echo lynx ;; elinks*) echo elinks ;; links*) echo links ;;
    html2text*) echo html2text ;; pandoc) echo pandoc ;; html2markdown) echo /usr/bin/html2markdown ;;
    bs4*) /usr/bin/python3 -c 'import bs4, lxml' 2>/dev/null && echo /usr/bin/python3 || echo bs4 ;;
  esac
}

page="$(mktemp --suffix=.html)"
trap 'rm -f "$page"' EXIT
printf "%-15s %9s %9s %9s %16s\n" set precision recall F1 "whole dump F1"
for set in $SETS; do
  if ! command -v "$(tool_of "$set")" > /dev/null; then
    echo "$set: skipped ($(tool_of "$set") not installed)"
    continue
  fi
  mkdir -p "$OUT/$set/dumps"
  for f in "$AEB"/html/*.html.gz; do
    dump="$OUT/$set/dumps/$(basename "$f" .html.gz).txt"
    [ -s "$dump" ] && continue
    zcat "$f" > "$page"
    dump_command "$set" "$page" > "$dump" 2> /dev/null || true
  done
  # A fixed reference time so relative dates do not depend on the dumps' modification times.
  "$ROOT/build/kabar" extract --now 2020-01-01T00:00:00Z "$OUT/$set/dumps" \
    > "$OUT/$set/kabar.jsonl" 2> "$OUT/$set/kabar.stderr"
  python3 "$ROOT/bench/aeb_eval.py" "$AEB/ground-truth.json" "$OUT/$set/dumps" \
    "$OUT/$set/kabar.jsonl" > "$OUT/$set/eval.txt"
  kabar_row="$(grep '^kabar' "$OUT/$set/eval.txt")"
  whole_f1="$(grep '^whole dump' "$OUT/$set/eval.txt" | awk '{print $NF}')"
  printf "%-15s %9s %9s %9s %16s\n" "$set" $(echo "$kabar_row" | awk '{print $2, $3, $4}') \
    "$whole_f1"
done
