#!/usr/bin/env python3
"""Scores `kabar extract` on generated text pages against the generator's truth.

    build/kabar_gen --out /tmp/gen --pages 3000 --seed 1 --truth
    build/kabar extract --no-understand --now 2026-01-01T00:00:00Z /tmp/gen/pages > /tmp/gen.jsonl
    python3 bench/gen_fields_eval.py /tmp/gen /tmp/gen.jsonl [--by-outlet FIELD]

Body: precision and recall of paragraphs (exact lines the truth labels `body`), over all pages.
Fields: the share of records whose title, published, authors and dateline equal the truth's
(titles and datelines compared without case and surrounding white space). A record kabar
rejects is missing from the output and counts for nothing. `--by-outlet FIELD` lists the
misses of one field per invented outlet, with three examples each.

The truth is the generator's intent, not always what a page shows; see bench/README.md
("Generated pages against their truth") for the known differences.
"""
import collections
import json
import sys


def norm(field, value):
    if value in (None, "", []):
        return None
    if field in ("title", "dateline") and isinstance(value, str):
        return value.strip().casefold() or None
    return value


def main():
    args = sys.argv[1:]
    by_outlet = None
    if "--by-outlet" in args:
        i = args.index("--by-outlet")
        by_outlet = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    root, records = args
    truth = {}
    with open(f"{root}/truth.jsonl", encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            truth[t["path"]] = t
    fields = ("title", "published", "authors", "dateline")
    exact = collections.Counter()
    misses = collections.defaultdict(list)
    tp = fp = fn = pages = 0
    with open(records, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            path = r["source"]["path"]
            rel = path[path.index("pages/"):]
            t = truth[rel]
            with open(f"{root}/{rel}", encoding="utf-8", errors="replace") as page:
                lines = page.read().split("\n")
            gold = {lines[i].strip() for i, label in enumerate(t["labels"])
                    if label == "body" and i < len(lines)}
            body = {p.strip() for p in r["body"]}
            tp += len(body & gold)
            fp += len(body - gold)
            fn += len(gold - body)
            pages += 1
            for name in fields:
                want, got = norm(name, t.get(name)), norm(name, r.get(name))
                if want == got:
                    exact[name] += 1
                elif name == by_outlet:
                    misses[t["outlet"]].append((rel, t.get(name), r.get(name)))
    print(f"pages {pages}; body paragraphs P {tp / max(tp + fp, 1):.4f} R {tp / max(tp + fn, 1):.4f}")
    print("exact: " + ", ".join(f"{n} {exact[n] / max(pages, 1):.4f}" for n in fields))
    for outlet, found in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"{outlet}: {len(found)} misses")
        for rel, want, got in found[:3]:
            print(f"  {rel}: truth {want!r}, kabar {got!r}")


if __name__ == "__main__":
    main()
