#!/usr/bin/env python3
"""Python peers for the command-line benchmark on skeleton graph documents (Benchmarks/skeleton_data.py).

One task a process, so a whole-process timer sees exactly one task:

  load FILE          json.load of the graph document
  path FILE PAIRS    json.load, a NetworkX Graph of the relations, one shortest path per FROM<TAB>TO line
  diff OLD NEW       json.load of both, then a plain set diff keyed by actor pair: added, removed, changed type

Prints one JSON line with the result counts, so a run can be checked against Dyad's.
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def task_load(path):
    g = load(path)
    return {"actors": len(g["actors"]), "relations": len(g["relations"])}


def task_path(path, pairs_path):
    import networkx as nx
    g = load(path)
    G = nx.Graph()
    G.add_nodes_from(a["id"] for a in g["actors"])
    G.add_edges_from((r["source"], r["target"], {"type": r["type"]}) for r in g["relations"])
    found, total = 0, 0
    with open(pairs_path, encoding="utf-8") as f:
        for line in f:
            a, b = line.rstrip("\n").split("\t")
            try:
                total += len(nx.shortest_path(G, a, b)) - 1
                found += 1
            except nx.NetworkXNoPath:
                pass
    return {"found": found, "sum_len": total}


def keyed(g):
    out = {}
    for r in g["relations"]:
        a, b = r["source"], r["target"]
        out[(a, b) if a < b else (b, a)] = r["type"]
    return out


def task_diff(old_path, new_path):
    r1, r2 = keyed(load(old_path)), keyed(load(new_path))
    removed = r1.keys() - r2.keys()
    added = r2.keys() - r1.keys()
    changed = [k for k, t in r1.items() if k in r2 and r2[k] != t]
    return {"added": len(added), "removed": len(removed), "changed": len(changed)}


def main():
    task, args = sys.argv[1], sys.argv[2:]
    result = {"load": task_load, "path": task_path, "diff": task_diff}[task](*args)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
