#!/usr/bin/env python3
"""Scores article bodies against the scrapinghub article-extraction-benchmark gold.

Metric as the benchmark's README defines it: tokens are \\w+ matches (case kept), shingles are
multisets of token 4-grams, TP/FP/FN per page are normalised to sum 1, precision and recall
are averaged over pages, F1 is the harmonic mean of the two averages.

Usage: aeb_html_eval.py GROUND_TRUTH.json PREDICTIONS.json [--per-page]
PREDICTIONS.json: {"<id>": {"articleBody": "..."}} (or {"output": {...}}, optionally .gz).
"""
import gzip
import json
import re
import sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def tp_fp_fn(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    return data.get("output", data) if isinstance(data, dict) else data


def score(gold, pred):
    rows = []
    for key in sorted(gold):
        body = (pred.get(key) or {}).get("articleBody", "")
        c = tp_fp_fn(gold[key]["articleBody"], body)
        rows.append((key, precision(*c), recall(*c)))
    p = sum(r[1] for r in rows) / len(rows)
    r = sum(r[2] for r in rows) / len(rows)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, p, r, rows


def main():
    gold = load(sys.argv[1])
    pred = load(sys.argv[2])
    f1, p, r, rows = score(gold, pred)
    if "--per-page" in sys.argv:
        for key, pp, rr in sorted(rows, key=lambda x: x[1] + x[2]):
            print(f"{pp:.3f} {rr:.3f} {key}")
    print(json.dumps({"pages": len(rows), "f1": round(f1, 4), "precision": round(p, 4),
                      "recall": round(r, 4)}))


if __name__ == "__main__":
    main()
