#!/usr/bin/env python3
"""Writes the bench gazetteer (gazetteer.tsv of ../shared/bench/gen.py) as a Dyad rule pack that extends the
bundled one, with kinds guessed from the names as dyad-bench guesses them.

Usage: bench_pack.py TEXT_DIR OUT.yaml
"""
import json
import re
import sys

src, out = sys.argv[1], sys.argv[2]
actors, order = {}, []
with open(f"{src}/gazetteer.tsv", encoding="utf-8") as f:
    next(f)
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2:
            continue
        alias, canonical = parts
        if canonical not in actors:
            actors[canonical] = []
            order.append(canonical)
        actors[canonical].append(alias)


def kind(name):
    if any(w in name for w in ["Republic", "Kingdom", "Federation", "Sultanate", "Provinces"]):
        return "state"
    if any(w in name for w in ["Front", "Brigade", "Army", "Movement", "Resistance", "Forces"]):
        return "armed-group"
    return "organisation"


with open(out, "w", encoding="utf-8") as f:
    f.write("pack: {name: bench, extends: default}\nactors:\n")
    for n, canonical in enumerate(order):
        slug = re.sub(r"[^a-z0-9]+", "-", canonical.lower()).strip("-")
        f.write(f"  - id: bench-{slug}-{n}\n    name: {json.dumps(canonical)}\n    kind: {kind(canonical)}\n")
        f.write(f"    aliases: {json.dumps(actors[canonical])}\n")
