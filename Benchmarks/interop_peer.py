#!/usr/bin/env python3
"""Peer timings for `dyad-bench interop`: NetworkX on the same graph.

Usage: interop_peer.py DIR   (DIR as kept by `dyad-bench interop --keep DIR`)

Reads DIR/graph.graphml with networkx.read_graphml, then writes the graph as GraphML,
GEXF and Cytoscape JSON and reads the edge list with pandas-free csv + networkx, printing
each time. Compare with the `export …` and `import …` lines of dyad-bench.
"""
import csv
import json
import pathlib
import sys
import time

import networkx as nx


def timed(label, body):
    start, cpu = time.perf_counter(), time.process_time()
    result = body()
    print(f"networkx {label}: {time.perf_counter() - start:.3f} s (CPU {time.process_time() - cpu:.3f} s)")
    return result


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = pathlib.Path(argv[1])
    g = timed("read_graphml ", lambda: nx.read_graphml(folder / "graph.graphml"))
    timed("write_graphml", lambda: nx.write_graphml(g, folder / "peer.graphml"))
    timed("write_gexf   ", lambda: nx.write_gexf(g, folder / "peer.gexf"))
    timed("cytoscape    ", lambda: (folder / "peer.cyjs").write_text(json.dumps(nx.cytoscape_data(g))))

    def read_edges():
        h = nx.MultiDiGraph()
        with open(folder / "edges.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                h.add_edge(row["source"], row["target"], key=row["type"], date=row["date"], evidence=row["evidence"])
        return h

    timed("edge list csv", read_edges)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
