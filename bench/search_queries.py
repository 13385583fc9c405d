#!/usr/bin/env python3
"""Writes the query list of the Zipf load test (bench/search_load_zipf.lua): for each
IndoSum dev article, in file order, the first two content words of its title slug
("1490674536-mustahil-transportasi-tradisional-..." -> "mustahil transportasi"), skipping
stopwords and words under 4 letters; duplicates dropped. Deterministic.
Usage: bench/search_queries.py INDOSUM_DEV_DIR > queries.txt"""
import json
import pathlib
import sys

STOP = {"yang", "dan", "untuk", "dari", "dengan", "akan", "pada", "dalam", "ini", "itu",
        "tak", "tidak", "bisa", "jadi", "soal", "ada", "juga", "karena", "oleh", "usai",
        "saat", "bagi", "agar", "para", "lagi", "sudah", "belum", "masih", "hingga", "kata"}


def main():
    seen = set()
    for path in sorted(pathlib.Path(sys.argv[1]).glob("dev.*.jsonl")):
        for line in path.open(encoding="utf-8"):
            slug = json.loads(line)["id"].split("-", 1)[-1]
            words = [w for w in slug.split("-") if len(w) >= 4 and w.isalpha() and w not in STOP]
            if len(words) < 3:  # the slug's last word is often cut off
                continue
            query = " ".join(words[:2])
            if query not in seen:
                seen.add(query)
                print(query)


if __name__ == "__main__":
    main()
