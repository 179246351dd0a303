#!/usr/bin/env python3
"""Writes the shared benchmark graph (../shared/bench/gen.py output) as graph documents that another tool
would write: the skeleton fields of PRODUCT.md section 6 only, one JSON line, relations in the generator's
order (not Dyad's canonical order), one dated piece of evidence a relation. Company kinds become organisation.

  python3 Benchmarks/skeleton_data.py DATA/graph-1m OUT_DIR
      writes OUT_DIR/v1.json, OUT_DIR/v2.json and OUT_DIR/pairs.tsv (the 100 shortest-path query pairs)
"""
import json
import os
import sys

KINDS = {"company": "organisation"}


def convert(actors_path, relations_path, out_path):
    with open(actors_path, encoding="utf-8") as f:
        actors = [json.loads(line) for line in f]
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('{"documents":[{"id":"bench","published":"2020-01-01"}],"actors":[')
        out.write(",".join(json.dumps({"id": a["id"], "name": a["name"], "kind": KINDS.get(a["kind"], a["kind"]),
                                       "aliases": a.get("aliases", [])}, ensure_ascii=False, separators=(",", ":"))
                           for a in actors))
        out.write('],"relations":[')
        first = True
        with open(relations_path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if not first:
                    out.write(",")
                first = False
                out.write('{"source":"%s","target":"%s","type":"%s","modality":"asserted","evidence":[{"document":"bench",'
                          '"sentence":"%s and %s: %s.","rule":"bench","modality":"asserted","date":"%s"}]}'
                          % (r["a"], r["b"], r["type"], r["a"], r["b"], r["type"], r["date"]))
        out.write("]}\n")


def main():
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    for version in ("v1", "v2"):
        convert(os.path.join(src, "actors.jsonl"), os.path.join(src, f"relations.{version}.jsonl"),
                os.path.join(dst, f"{version}.json"))
    with open(os.path.join(src, "queries.json"), encoding="utf-8") as f:
        pairs = json.load(f)["shortest_paths"]
    with open(os.path.join(dst, "pairs.tsv"), "w", encoding="utf-8") as out:
        for a, b in pairs:
            out.write(f"{a}\t{b}\n")


if __name__ == "__main__":
    main()
