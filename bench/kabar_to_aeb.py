#!/usr/bin/env python3
"""Turns `kabar extract` JSON Lines (one article per page) into the benchmark's prediction
format {"<id>": {"articleBody": "..."}}, the id being the page file name without .html.gz."""
import json
import os
import sys

out = {}
for line in sys.stdin:
    a = json.loads(line)
    name = os.path.basename(a["source"]["path"])
    key = name.split(".")[0]
    out[key] = {"articleBody": "\n".join(a.get("body") or []),
                "published": a.get("published")}
json.dump(out, sys.stdout)
