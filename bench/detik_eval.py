#!/usr/bin/env python3
"""detik-1000-summ: what kabar removes from real detik.com article texts (bench/README.md).

  detik_eval.py dump CSV OUT_DIR        writes one text dump per article: its title, a blank
                                        line, then its body as the data set has it (boilerplate
                                        left in, one paragraph per line)
  detik_eval.py report CSV KABAR_JSONL  counts kabar's removals by reason, shows examples, and
                                        scores the two boilerplate kinds the data set's README
                                        names against everything else

The data set has no license: it stays in ../shared and nothing derived from it is committed.
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

csv.field_size_limit(1 << 30)
# The boilerplate the data set's README names; every other body line is article text.
KNOWN_BOILERPLATE = re.compile(r"^(SCROLL TO CONTINUE WITH CONTENT|Simak (juga )?Video\b.*)$", re.I)


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def norm(s):
    return " ".join(s.split())


def dump(csv_path, out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for r in rows(csv_path):
        with open(os.path.join(out, f"{int(r['id']):04d}.txt"), "w", encoding="utf-8") as f:
            f.write(r["judul"].strip() + "\n\n" + r["isi_berita"].strip() + "\n")
        n += 1
    print(f"{n} dumps in {out}")


def report(csv_path, jsonl):
    articles = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            articles[int(os.path.basename(a["source"]["path"]).split(".")[0])] = a
    reasons, examples = Counter(), defaultdict(list)
    text_lines = kept_text = boiler_lines = removed_boiler = 0
    titles_ok = pages = 0
    long_removed = []
    for r in rows(csv_path):
        pages += 1
        a = articles.get(int(r["id"]))
        if a is None:
            continue
        titles_ok += norm(a.get("title") or "") == norm(r["judul"])
        body = Counter(norm(p) for p in a["body"])
        for rem in a["removed"]:
            reasons[rem["reason"]] += 1
            if len(examples[rem["reason"]]) < 4 and rem["text"] not in examples[rem["reason"]]:
                examples[rem["reason"]].append(rem["text"])
            if len(rem["text"].split()) >= 25:
                long_removed.append((rem["reason"], r["id"], rem["text"]))
        for line in r["isi_berita"].split("\n"):
            t = norm(line)
            if not t:
                continue
            if KNOWN_BOILERPLATE.match(t):
                boiler_lines += 1
                removed_boiler += body[t] == 0
            else:
                text_lines += 1
                if body[t] > 0:
                    body[t] -= 1
                    kept_text += 1
    print(f"pages: {pages}, articles: {len(articles)}, title exact: {titles_ok}")
    print(f"article lines kept in body: {kept_text}/{text_lines} = {kept_text / max(text_lines, 1):.4f}")
    print(f"known boilerplate lines removed: {removed_boiler}/{boiler_lines} = "
          f"{removed_boiler / max(boiler_lines, 1):.4f}")
    print("removed lines by reason:")
    for reason, n in reasons.most_common():
        print(f"  {reason:16s} {n:6d}   e.g. " + " | ".join(e[:60] for e in examples[reason][:3]))
    print(f"removed lines of 25+ words: {len(long_removed)}")
    for reason, pid, text in long_removed[:15]:
        print(f"  [{reason}] #{pid}: {text[:140]}")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("dump", "report"):
        print(__doc__, file=sys.stderr)
        return 2
    (dump if sys.argv[1] == "dump" else report)(sys.argv[2], sys.argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
