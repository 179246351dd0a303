#!/usr/bin/env python3
"""Peer timings for `dyad path` tasks that ../shared/bench/peers/graph_peer.py does not cover.

  k5       load, then the k = 5 shortest simple paths for each of the 100 shortest-path pairs
           networkx: shortest_simple_paths (on a simple Graph: NetworkX refuses MultiGraphs there)
           igraph:   Graph.get_k_shortest_paths
  connect  load, then the connecting network of 5 actors (the first ends of the first five pairs)
           networkx: approximation.steiner_tree; igraph has no Steiner tree: the union of the
           shortest paths from the first actor to the other four stands in

Prints one JSON line like graph_peer.py: load time, per-pair median, totals.
"""
import argparse
import itertools
import json
import os
import sys
import time


def read_actors(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_rel(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            yield r["a"], r["type"], r["b"], r["date"]


def load_networkx(actors_path, rel_path):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from((a["id"], {"name": a["name"], "kind": a["kind"]}) for a in read_actors(actors_path))
    g.add_edges_from((a, b, {"type": t, "date": d}) for a, t, b, d in read_rel(rel_path))
    return g


def load_igraph(actors_path, rel_path):
    import igraph
    actors = read_actors(actors_path)
    ids = {a["id"]: i for i, a in enumerate(actors)}
    edges, types = [], []
    for a, t, b, _ in read_rel(rel_path):
        edges.append((ids[a], ids[b]))
        types.append(t)
    g = igraph.Graph(n=len(actors), edges=edges, directed=False, edge_attrs={"type": types})
    g["ids"] = ids
    return g


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", choices=["networkx", "igraph"], required=True)
    ap.add_argument("--size", required=True)
    ap.add_argument("--task", choices=["k5", "connect"], required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--budget", type=float, default=0, help="stop starting new pairs after this many seconds")
    args = ap.parse_args()

    folder = os.path.join(args.data, f"graph-{args.size}")
    t0 = time.perf_counter()
    if args.lib == "networkx":
        g = load_networkx(os.path.join(folder, "actors.jsonl"), os.path.join(folder, "relations.v1.jsonl"))
    else:
        g = load_igraph(os.path.join(folder, "actors.jsonl"), os.path.join(folder, "relations.v1.jsonl"))
    out = {"lib": args.lib, "size": args.size, "task": args.task, "t_load_s": round(time.perf_counter() - t0, 4)}
    queries = json.load(open(os.path.join(folder, "queries.json")))
    pairs = queries["shortest_paths"]

    if args.task == "k5":
        per_pair, total_paths = [], 0
        start = time.perf_counter()
        for a, b in pairs:
            if args.budget and time.perf_counter() - start > args.budget:
                break
            t1 = time.perf_counter()
            if args.lib == "networkx":
                import networkx as nx
                found = list(itertools.islice(nx.shortest_simple_paths(g, a, b), 5))
            else:
                found = g.get_k_shortest_paths(g["ids"][a], to=g["ids"][b], k=5)
            per_pair.append(time.perf_counter() - t1)
            total_paths += len(found)
        per_pair.sort()
        out["pairs_done"] = f"{len(per_pair)}/{len(pairs)}"
        out["pair_s_median"] = round(per_pair[len(per_pair) // 2], 6) if per_pair else None
        out["paths"] = total_paths
    else:
        terminals = [a for a, _ in pairs[:5]]
        t1 = time.perf_counter()
        if args.lib == "networkx":
            import networkx as nx
            from networkx.algorithms.approximation import steiner_tree
            # NetworkX's steiner_tree fails on a disconnected graph: give it the terminals' component.
            tree = steiner_tree(g.subgraph(nx.node_connected_component(g, terminals[0])), terminals)
            relations = tree.number_of_edges()
        else:
            ids = g["ids"]
            found = g.get_shortest_paths(ids[terminals[0]], to=[ids[t] for t in terminals[1:]])
            relations = len({tuple(sorted(p)) for path in found for p in zip(path, path[1:])})
        out["t_task_s"] = round(time.perf_counter() - t1, 4)
        out["relations"] = relations
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    sys.exit(main())
