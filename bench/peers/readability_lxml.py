#!/usr/bin/python3
"""readability-lxml over saved pages, for bench/peers_compare.sh.

Usage: readability_lxml.py GROUND_TRUTH.json HTML_DIR > predictions.json
Prints {"<id>": {"articleBody": "..."}}; the in-process CPU time for reading, parsing and
extracting all pages goes to stderr as JSON.
"""
import gzip
import json
import os
import sys
import time

import lxml.html
from readability import Document


def main():
    gold = json.load(open(sys.argv[1]))
    out = {}
    start = time.process_time()
    size = 0
    for key in sorted(gold):
        with gzip.open(os.path.join(sys.argv[2], key + ".html.gz"), "rb") as f:
            raw = f.read()
        size += len(raw)
        try:
            summary = Document(raw, url=gold[key]["url"]).summary(html_partial=True)
            body = lxml.html.fromstring(summary).text_content()
        except Exception:  # a page the tool cannot handle scores zero
            body = ""
        out[key] = {"articleBody": body}
    seconds = time.process_time() - start
    json.dump(out, sys.stdout)
    print(json.dumps({"tool": "readability-lxml", "pages": len(out), "seconds": seconds,
                      "bytes": size}), file=sys.stderr)


if __name__ == "__main__":
    main()
