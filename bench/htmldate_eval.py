#!/usr/bin/env python3
"""Scores kabar's `published` dates against htmldate-mediacloud2020's gold dates.

The metric of htmldate's evaluation: per page, the date part of `published` equal to the gold
date is a TP, another date an FP, no date an FN; accuracy = TP / pages.

Usage: htmldate_eval.py EVAL.json KABAR.jsonl [--errors]
(KABAR.jsonl: `kabar extract` over the WARC written by pages_to_warc.py, so `url` is set.)
"""
import json
import sys


def main():
    gold = json.load(open(sys.argv[1]))
    found = {}
    for line in open(sys.argv[2]):
        a = json.loads(line)
        found[a["url"]] = (a.get("published") or "")[:10]
    tp = fp = fn = 0
    for url, g in sorted(gold.items()):
        got = found.get(url, "")
        if not got:
            fn += 1
        elif got == g["date"]:
            tp += 1
        else:
            fp += 1
        if "--errors" in sys.argv and got != g["date"]:
            print(f"{g['date']} {got or '-':10} {g['file']} {url}")
    n = len(gold)
    print(json.dumps({"pages": n, "accuracy": round(tp / n, 4),
                      "precision": round(tp / (tp + fp), 4) if tp + fp else 0,
                      "recall": round(tp / (tp + fn), 4) if tp + fn else 0,
                      "tp": tp, "fp": fp, "fn": fn}))


if __name__ == "__main__":
    main()
