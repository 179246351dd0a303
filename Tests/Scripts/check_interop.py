#!/usr/bin/env python3
"""Check `dyad export` and `dyad import` with real readers: NetworkX and Python's csv module.

Usage: check_interop.py DYAD [SAMPLE.txt]

Extracts a graph from the bundled sample article, exports it as GraphML, GEXF,
Cytoscape.js JSON and CSV, and reads each back: networkx.read_graphml,
networkx.read_gexf, networkx.cytoscape_graph and csv.DictReader must see the same
nodes, edges and attributes as the graph file says. The Cytoscape JSON is checked
against Schemas/cytoscape.schema.json. A graph with hostile names goes through every
format too (XML escaping, CSV quoting, formula injection), and GraphML written by
NetworkX comes back into Dyad unchanged. Prints one line per check; exits 1 on the
first failure.
"""
import csv
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx
from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parents[2]
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def fail(message):
    print(f"FAIL {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)
    print(f"ok   {message}")


def dyad(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"dyad {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def expected(graph_path):
    """Nodes, edges and attributes as the Dyad graph file states them."""
    graph = json.loads(pathlib.Path(graph_path).read_text(encoding="utf-8"))
    nodes = {a["id"]: a for a in graph["actors"]}
    edges = {(r["source"], r["target"], r["type"]): r for r in graph["relations"]}
    return nodes, edges


def edge_set(g, type_key="type"):
    return {(u, v, d[type_key]) for u, v, d in g.edges(data=True)}


def compare(name, g, nodes, edges):
    check(set(g.nodes) == set(nodes), f"{name}: same {len(nodes)} nodes")
    check(edge_set(g) == set(edges), f"{name}: same {len(edges)} typed edges (parallel edges kept)")
    for node, data in g.nodes(data=True):
        if data.get("name") != nodes[node]["name"] or data.get("kind") != nodes[node]["kind"]:
            fail(f"{name}: node {node} has name/kind {data.get('name')!r}/{data.get('kind')!r}")
    for u, v, data in g.edges(data=True):
        relation = edges[(u, v, data["type"])]
        if data.get("modality") != relation["modality"] or int(data.get("evidenceCount")) != len(relation["evidence"]):
            fail(f"{name}: edge {u}-{v} attributes differ: {data}")
        if abs(float(data.get("confidence")) - relation["confidence"]) > 1e-9:
            fail(f"{name}: edge {u}-{v} confidence differs")
        if relation.get("firstSeen") != data.get("firstSeen"):
            fail(f"{name}: edge {u}-{v} firstSeen differs")
    check(True, f"{name}: node names and kinds, edge modality, confidence, evidence count, first seen")


def export(binary, graph, folder, fmt):
    out = folder / (f"out-{fmt}" if fmt == "csv" else f"out.{fmt}")
    dyad(binary, "export", str(graph), "--format", fmt, "-o", str(out))
    return out


def check_graph(binary, graph, folder, hostile=False):
    label = "hostile" if hostile else "sample"
    nodes, edges = expected(graph)

    graphml = export(binary, graph, folder, "graphml")
    g = nx.read_graphml(graphml)
    compare(f"{label} GraphML (networkx.read_graphml)", g, nodes, edges)
    check(isinstance(g.edges[next(iter(g.edges))]["evidenceCount"], int), f"{label} GraphML: typed keys (evidenceCount is an int)")

    gexf = export(binary, graph, folder, "gexf")
    g = nx.read_gexf(gexf, version="1.3")
    check(g.graph.get("mode") == "dynamic", f"{label} GEXF: dynamic mode")
    compare(f"{label} GEXF 1.3 (networkx.read_gexf)", g, nodes, edges)
    for u, v, data in g.edges(data=True):
        relation = edges[(u, v, data["type"])]
        dates = {e["date"] for e in relation["evidence"] if e.get("date")}
        covered = all(any(s <= d <= e for s, e in data.get("spells", [])) for d in dates)
        if not covered:
            fail(f"{label} GEXF: edge {u}-{v} spells {data.get('spells')} miss evidence dates {dates}")
    kinds = {e.get("kind") for e in ET.parse(gexf).getroot().iter("{http://gexf.net/1.3}edge")}
    check(kinds <= {"alliance", "hostility", "proxy", "agreement"} and None not in kinds, f"{label} GEXF: every edge has a kind")
    check(True, f"{label} GEXF: every evidence date lies in a spell of its edge")

    cyjs = export(binary, graph, folder, "cytoscape")
    data = json.loads(cyjs.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "Schemas/cytoscape.schema.json").read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    check(not errors, f"{label} Cytoscape: valid against Schemas/cytoscape.schema.json" + (f": {errors[0].message}" if errors else ""))
    check("<" not in cyjs.read_text(encoding="utf-8"), f"{label} Cytoscape: no raw < (safe inside <script>)")
    compare(f"{label} Cytoscape.js (networkx.cytoscape_graph)", nx.cytoscape_graph(data), nodes, edges)

    folder_csv = export(binary, graph, folder, "csv")
    tables = {}
    for name in ("actors", "relations", "evidence"):
        raw = (folder_csv / f"{name}.csv").read_bytes()
        check(raw.endswith(b"\r\n"), f"{label} CSV {name}.csv: CRLF rows")
        tables[name] = list(csv.DictReader((folder_csv / f"{name}.csv").open(encoding="utf-8", newline="")))
    for table in tables.values():
        for row in table:
            for value in row.values():
                if value and value.startswith(FORMULA):
                    fail(f"{label} CSV: cell {value!r} starts a formula")
    check(True, f"{label} CSV: no cell starts with = + - @ tab or CR")

    def unneutral(value):
        return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA) else value

    check({r["id:ID"] for r in tables["actors"]} == set(nodes), f"{label} CSV actors.csv: same actors")
    check({unneutral(r["name"]) for r in tables["actors"]} == {a["name"] for a in nodes.values()}, f"{label} CSV actors.csv: names intact after quoting")
    check({(r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in tables["relations"]} == set(edges), f"{label} CSV relations.csv: same relations")
    check(len(tables["evidence"]) == sum(len(r["evidence"]) for r in edges.values()), f"{label} CSV evidence.csv: one row per piece of evidence")

    back = folder / "back.json"
    dyad(binary, "import", "graphml", str(graphml), "-o", str(back))
    check(back.read_bytes() == pathlib.Path(graph).read_bytes(), f"{label} GraphML → dyad import graphml: the same graph file, byte for byte")

    rewritten = folder / "networkx.graphml"
    nx.write_graphml(nx.read_graphml(graphml), rewritten)
    dyad(binary, "import", "graphml", str(rewritten), "-o", str(back))
    check(back.read_bytes() == pathlib.Path(graph).read_bytes(), f"{label} GraphML → NetworkX write_graphml → dyad import graphml: the same graph file")


def hostile_graph(path):
    names = ["=HYPERLINK(\"http://x.example\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "</script><b>x</b>",
             "A & B \"q\" 'p'", "comma, here", "two\nlines", "]]><!--", "Ba’ath ✓"]
    actors = [{"id": f"a{i}", "name": n, "kind": "armed-group", "aliases": [n + " alias"]} for i, n in enumerate(names)]
    relations = [{"source": f"a{i-1}", "target": f"a{i}", "type": "hostility", "modality": "asserted",
                  "evidence": [{"document": "d", "sentence": names[i] + " <i>struck</i> =1+1", "rule": "manual", "modality": "asserted",
                                "date": "2024-01-0" + str(1 + i % 5)}]} for i in range(1, len(names))]
    graph = {"documents": [{"id": "d", "published": "2024-01-01"}], "actors": actors, "relations": relations}
    path.write_text(json.dumps(graph, ensure_ascii=False), encoding="utf-8")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = str(pathlib.Path(argv[1]).resolve())
    sample = pathlib.Path(argv[2]) if len(argv) > 2 else ROOT / "Samples/articles/2021-11-20-sample.txt"
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        graph = folder / "sample.json"
        dyad(binary, "extract", str(sample), "-o", str(graph))
        check_graph(binary, graph, folder)
        raw = folder / "hostile-raw.json"
        hostile_graph(raw)
        canonical = folder / "hostile.json"
        dyad(binary, "merge", str(raw), "-o", str(canonical))
        hostile_folder = folder / "hostile"
        hostile_folder.mkdir()
        check_graph(binary, canonical, hostile_folder, hostile=True)
    print("interop: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
