#!/usr/bin/env python3
"""Converts the shared benchmark graph (actors.jsonl, relations.v1/v2.jsonl: {"a","type","b","date"})
into Dyad graph files in JSON Lines, one dated evidence a relation, so that `dyad diff` reads the
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
            for line in f:
                a = json.loads(line)
                out.write(dumps({"record": "actor", "id": a["id"].lower(), "name": a["name"], "kind": KINDS.get(a["kind"], a["kind"]),
                                 "aliases": a.get("aliases", [])}, ensure_ascii=False) + "\n")
        with open(relations_path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out.write('{"record": "relation", "source": "%s", "type": "%s", "target": "%s", "modality": "asserted", '
                          '"evidence": [{"document": "bench", "sentence": "", "rule": "bench", "modality": "asserted", "date": "%s"}]}\n'
                          % (r["a"].lower(), r["type"], r["b"].lower(), r["date"]))


def main():
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    for version in ("v1", "v2"):
        convert(os.path.join(src, "actors.jsonl"), os.path.join(src, f"relations.{version}.jsonl"),
                os.path.join(dst, f"{version}.jsonl"))


if __name__ == "__main__":
    main()
