#!/usr/bin/env python3
"""Titles of text dumps against the page's own headline (scrapinghub-aeb has no gold titles).

A text-dump title counts as right when it equals (case and spacing aside), contains or is
contained in (both over 15 characters) one of the page's <h1> texts or the title kabar's HTML
extractor reads from the same page's markup (og:title, JSON-LD headline, <title>).

Usage: aeb_text_titles.py AEB_HTML_DIR KABAR_HTML.jsonl KABAR_TEXT.jsonl [--errors]
(KABAR_HTML.jsonl: `kabar extract` over the .html.gz pages; KABAR_TEXT.jsonl: over their w3m
dumps, see bench/aeb_text_eval.sh; records are matched by file name.)
"""
import gzip
import html
import json
import os
import re
import sys


def norm(s):
    s = re.sub(r"<[^>]+>", "", html.unescape(s or ""))
    return re.sub(r"\s+", " ", s).strip().lower()


def by_name(path):
    out = {}
    for line in open(path):
        a = json.loads(line)
        out[os.path.basename(a["source"]["path"]).split(".")[0]] = a
    return out


def main():
    html_dir, html_out, text_out = sys.argv[1:4]
    meta, text = by_name(html_out), by_name(text_out)
    right = empty = wrong = 0
    for name, t in sorted(text.items()):
        raw = gzip.open(os.path.join(html_dir, name + ".html.gz")).read().decode("utf-8", "replace")
        heads = {norm(h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", raw, re.S | re.I)}
        heads.add(norm(meta.get(name, {}).get("title")))
        heads.discard("")
        got = norm(t.get("title"))
        ok = got in heads or any(len(got) > 15 and len(h) > 15 and (got in h or h in got)
                                 for h in heads)
        if not got:
            empty += 1
        elif ok:
            right += 1
        else:
            wrong += 1
        if "--errors" in sys.argv and not ok:
            print(f"{name[:8]}  got: {got[:70]!r}  page: {sorted(heads)[:2]}")
    print(json.dumps({"pages": len(text), "right": right, "wrong": wrong, "empty": empty}))


if __name__ == "__main__":
    main()
