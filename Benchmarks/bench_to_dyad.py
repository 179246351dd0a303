#!/usr/bin/env python3
"""Converts the shared benchmark graph (actors.jsonl, relations.v1/v2.jsonl: {"a","type","b","date"})
into Dyad graph files in JSON Lines, in canonical order, one dated evidence a relation, so that `dyad diff` reads the
same relations as the Python peers.

  python3 Benchmarks/bench_to_dyad.py DATA/graph-1m OUT_DIR   # writes OUT_DIR/v1.jsonl and v2.jsonl
"""
import json
import os
import sys

KINDS = {"company": "organisation"}  # Dyad has no company kind


def convert(actors_path, relations_path, out_path):
    dumps = json.dumps
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('{"record": "graph", "version": 1}\n')
        out.write('{"record": "document", "id": "bench"}\n')
        with open(actors_path, encoding="utf-8") as f:
            actors = sorted((json.loads(line) for line in f), key=lambda a: a["id"].lower())
        for a in actors:
            out.write(dumps({"record": "actor", "id": a["id"].lower(), "name": a["name"],
                             "kind": KINDS.get(a["kind"], a["kind"]), "aliases": a.get("aliases", [])},
                            ensure_ascii=False) + "\n")
        relations = []
        with open(relations_path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                a, t, b = r["a"].lower(), r["type"], r["b"].lower()
                if t != "proxy" and b < a:
                    a, b = b, a   # symmetric types: the smaller id first, as Dyad stores them
                relations.append((a, t, b, r["date"]))
        relations.sort()          # canonical order, as Dyad writes graph files
        for a, t, b, d in relations:
            out.write('{"record": "relation", "source": "%s", "target": "%s", "type": "%s", "modality": "asserted", '
                      '"evidence": [{"document": "bench", "sentence": "", "rule": "bench", "modality": "asserted", '
                      '"date": "%s"}]}\n' % (a, b, t, d))


def main():
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    for version in ("v1", "v2"):
        convert(os.path.join(src, "actors.jsonl"), os.path.join(src, f"relations.{version}.jsonl"),
                os.path.join(dst, f"{version}.jsonl"))


if __name__ == "__main__":
    main()
