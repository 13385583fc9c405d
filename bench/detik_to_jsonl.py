#!/usr/bin/env python3
"""detik-1000-summ CSV -> JSON Lines {"title", "body"} for bench/quotes_eval (internal data:
read from ../shared, never copied into the repository). Paragraphs are the body's non-empty
lines, minus the site's "SCROLL TO CONTINUE WITH CONTENT" marker."""
import csv, json, sys

csv.field_size_limit(10**8)
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        body = [p.strip() for p in row["isi_berita"].split("\n")]
        body = [p for p in body if p and p != "SCROLL TO CONTINUE WITH CONTENT"]
        print(json.dumps({"title": row["judul"], "body": body}, ensure_ascii=False))
