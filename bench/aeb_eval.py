#!/usr/bin/env python3
"""AEB body metric for kabar on text dumps (bench/README.md, "AEB").

Implements the metric the Article Extraction Benchmark's README defines (written here from that
description, no code copied): tokens are the matches of the regex \\w+; a text's shingles are its
4-token windows (a text of fewer than 4 tokens has one shingle of all its tokens), counted as a
multiset; per page TP = shared shingles, FP = predicted only, FN = gold only, normalised so
TP + FP + FN = 1; precision = TP / (TP + FP) (1 when FP = FN = 0, 0 when TP = FP = 0), recall
likewise; both averaged over all pages (a page with no prediction counts with precision 0);
F1 = harmonic mean of the two averages.

Usage: aeb_eval.py GROUND_TRUTH_JSON DUMPS_DIR KABAR_JSONL [--worst N]
Prints kabar's figures next to those of keeping the whole dump.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    out = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        s = " ".join(tokens[i:i + n])
        if s:
            out[s] += 1
    return out


def page_scores(gold, pred):
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    def score(a, b):
        if fp == 0 and fn == 0:
            return 1.0
        if a == 0 and b == 0:
            return 0.0
        return a / (a + b)
    return score(tp, fp), score(tp, fn)


def aggregate(rows):
    if not rows:
        return 0.0, 0.0, 0.0
    p = sum(r[0] for r in rows) / len(rows)
    r = sum(r[1] for r in rows) / len(rows)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ground_truth")
    ap.add_argument("dumps")
    ap.add_argument("kabar_jsonl")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages by F1")
    args = ap.parse_args()

    gt = json.load(open(args.ground_truth, encoding="utf-8"))
    bodies = {}
    with open(args.kabar_jsonl, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            page_id = os.path.basename(a["source"]["path"]).rsplit(".", 1)[0]
            bodies[page_id] = "\n".join(a.get("body") or [])

    kabar_rows, dump_rows, per_page = [], [], []
    for page_id, item in sorted(gt.items()):
        gold = item["articleBody"]
        dump_path = os.path.join(args.dumps, page_id + ".txt")
        dump = open(dump_path, encoding="utf-8", errors="replace").read()
        k = page_scores(gold, bodies.get(page_id, ""))
        d = page_scores(gold, dump)
        kabar_rows.append(k)
        dump_rows.append(d)
        f1 = 2 * k[0] * k[1] / (k[0] + k[1]) if k[0] + k[1] else 0.0
        per_page.append((f1, k[0], k[1], page_id, item.get("url", "")))

    missing = sum(1 for pid in gt if pid not in bodies)
    print(f"pages: {len(gt)}, kabar articles: {len(bodies)}, no article: {missing}")
    print("%-12s %9s %9s %9s" % ("", "precision", "recall", "F1"))
    for name, rows in (("kabar", kabar_rows), ("whole dump", dump_rows)):
        p, r, f1 = aggregate(rows)
        print("%-12s %9.3f %9.3f %9.3f" % (name, p, r, f1))
    if args.worst:
        print(f"\nworst {args.worst} pages (F1, P, R, id, url):")
        for f1, p, r, pid, url in sorted(per_page)[: args.worst]:
            print(f"  {f1:.3f} {p:.3f} {r:.3f} {pid[:12]} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
