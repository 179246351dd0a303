#!/usr/bin/env python3
"""Writes a dense graph (every pair of N actors related, with several types) for the limit tests.
Usage: dense_graph.py N OUT.json"""
import itertools
import json
import sys

n, out = int(sys.argv[1]), sys.argv[2]
actors = [{"id": f"a{i:02d}", "name": f"Actor {i:02d}", "kind": "state"} for i in range(n)]
types = ["alliance", "hostility", "agreement"]
relations = []
for (i, a), (j, b) in itertools.combinations(enumerate(actors), 2):
    for t in types[: 1 + (i + j) % 2]:
        relations.append({"source": a["id"], "target": b["id"], "type": t, "modality": "asserted", "confidence": 0.5,
                          "evidence": [{"document": "d", "sentence": f"{a['name']} and {b['name']}.", "rule": "manual",
                                        "modality": "asserted"}]})
json.dump({"version": 1, "documents": [{"id": "d"}], "actors": actors, "relations": relations}, open(out, "w"))
