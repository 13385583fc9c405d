#!/usr/bin/env python3
"""Field agreement between kabar's text path and its HTML path on the same pages.

The AEB pages have gold bodies only; for the publication day and the authors the HTML record
(markup: JSON-LD, metas, bylines) serves as a silver reference for the record of the page's
w3m text dump, which has only the words. Prints, per field, how many pages agree, disagree,
lack the field in the text record while the HTML record has it, or have it only in the text.

Usage: aeb_text_vs_html.py HTML.jsonl TEXT.jsonl
  HTML.jsonl: build/kabar extract ../shared/data/extraction/scrapinghub-aeb/html
  TEXT.jsonl: build/kabar extract --now 2020-01-01T00:00:00Z <w3m dumps> (bench/aeb_text_eval.sh)
"""
import json
import sys

from aeb_text_titles import by_name as load  # records by page id


def main():
    html, text = load(sys.argv[1]), load(sys.argv[2])
    fields = {
        "published (day)": lambda a: (a.get("published") or "")[:10],
        "authors": lambda a: sorted(a.get("authors") or []),
    }
    for name, get in fields.items():
        agree = disagree = text_missing = text_only = 0
        for key, h in html.items():
            if key not in text:
                continue
            hv, tv = get(h), get(text[key])
            if not hv and not tv:
                continue
            if hv == tv:
                agree += 1
            elif not tv:
                text_missing += 1
            elif not hv:
                text_only += 1
            else:
                disagree += 1
        print(json.dumps({"field": name, "agree": agree, "disagree": disagree,
                          "text_missing": text_missing, "text_only": text_only}))


if __name__ == "__main__":
    main()
