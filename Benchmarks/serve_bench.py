#!/usr/bin/env python3
"""Latency of `dyad serve`'s JSON API on the shared generator's 100k-relation graph.

  python3 Benchmarks/serve_bench.py [DATA]       # DATA: a folder gen.py wrote (generated when absent)
  RUNS=40 python3 Benchmarks/serve_bench.py      # requests per endpoint and pass (default 30)

Builds `dyad` in release, converts graph-100k with bench_to_dyad.py, starts `dyad serve` on a free
loopback port, and times each endpoint over HTTP from this process, one request at a time:
a cold pass of distinct queries (new focus actors, dates, pairs: nothing cached), then a warm pass
repeating them (answered from the caches). Prints the median and 90th percentile in milliseconds of
wall-clock time, the median CPU time the server (and its layout helper) spent per cold request (from
/proc, 10 ms ticks: independent of other load on the machine), and the time to load the graph. Diagrams go through the isolated Graphviz helper; the cold figures
of the diagram, path and diff rows include that layout.
"""
import json
import os
import pathlib
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = pathlib.Path(os.environ.get("DYAD_SHARED", ROOT.parent / "shared"))
RUNS = int(os.environ.get("RUNS", "30"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        body = response.read()
    return (time.perf_counter() - start) * 1000, json.loads(body)


def cpu_ms(pid):
    """User + system CPU of the process and its reaped children (the layout helper), in ms."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv):
    data = pathlib.Path(argv[1]) if len(argv) > 1 else None
    if data is None:
        data = pathlib.Path(tempfile.mkdtemp(prefix="dyad-serve-bench-"))
        print("generating the benchmark data in", data, file=sys.stderr)
        subprocess.run([sys.executable, str(SHARED / "bench" / "gen.py"), "--out", str(data), "--sizes", "100k", "--only", "graph"],
                       check=True)
    graph = data / "dyad-100k" / "v1.jsonl"
    if not graph.exists():
        print("converting graph-100k to a Dyad graph file", file=sys.stderr)
        subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "bench_to_dyad.py"), str(data / "graph-100k"), str(data / "dyad-100k")],
                       check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "dyad"], cwd=ROOT, check=True, stdout=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "dyad-graphviz"], cwd=ROOT, check=True, stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    port = free_port()
    base = "http://127.0.0.1:%d/" % port
    started = time.perf_counter()
    server = subprocess.Popen([os.path.join(bin_path, "dyad"), "serve", str(graph), "--port", str(port), "--rate-limit", "100000"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit("dyad serve exited: " + server.stderr.read())
            try:
                _, summary = get(base + "api/graph")
                break
            except OSError:
                time.sleep(0.1)
        load = time.perf_counter() - started
        # Let the background start-up work (first view, diff snapshots) finish before measuring.
        previous = -1.0
        while cpu_ms(server.pid) != previous:
            previous = cpu_ms(server.pid)
            time.sleep(1.0)
        rng = random.Random(7)
        actors = [json.loads(line) for line in open(data / "graph-100k" / "actors.jsonl", encoding="utf-8")]
        queries = json.load(open(data / "graph-100k" / "queries.json", encoding="utf-8"))
        pairs = [(p[0], p[1]) for p in queries["shortest_paths"]][:RUNS]
        relations = []
        with open(graph, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("record") == "relation":
                    relations.append(record)
        sample_relations = rng.sample(relations, RUNS)
        names = [a["name"] for a in rng.sample(actors, RUNS)]
        focus = [a["id"].lower() for a in rng.sample(actors, RUNS)]
        years = list(range(1991, 2024))
        q = urllib.parse.quote
        _, timeline = get(base + "api/timeline")
        bins = timeline["bins"]
        slider = [rng.randrange(len(bins)) for _ in range(RUNS)]
        endpoints = [
            ("graph summary", ["api/graph"] * RUNS),
            ("timeline histogram", ["api/timeline"] * RUNS),
            ("actor search (prefix)", ["api/actors?q=" + q(n[:4]) for n in names]),
            ("actor search (alias resolution)", ["api/actors?q=" + q(n) for n in names]),
            ("evidence card", ["api/relation?source=%s&type=%s&target=%s" % (q(r["source"]), r["type"], q(r["target"]))
                               for r in sample_relations]),
            ("path, k=3", ["api/path?from=%s&to=%s&k=3" % (q(a.lower()), q(b.lower())) for a, b in pairs]),
            ("diagram, focus 1 hop (60 actors max)", ["api/diagram?focus=%s&hops=1" % q(f) for f in focus]),
            ("diagram, slider as of a bin end", ["api/diagram?hops=1&hedged=1&minEvidence=0&asOf=%s" % bins[i]["end"] for i in slider]),
            ("diagram, slider between two bins", ["api/diagram?hops=1&hedged=1&minEvidence=0&from=%s&to=%s"
                                                  % (bins[0]["start"], bins[i]["end"]) for i in slider]),
            ("diagram, as of any date (60 actors max)", ["api/diagram?asOf=%d-06-30" % rng.choice(years) for _ in range(RUNS)]),
            ("diff between two dates", ["api/diff?from=%d-01-01&to=%d-12-31" % (y, y) for y in rng.sample(years, min(RUNS, len(years)))]),
        ]
        print()
        print("dyad serve on %s: %d actors, %d relations; load + indexes + first view: %.1f s"
              % (graph.name, summary["actors"], summary["relations"], load))
        print("load average: %s" % open("/proc/loadavg").read().split()[0:3])
        print("%-40s %4s %9s %9s %9s %9s %9s" % ("endpoint", "n", "cold p50", "cold p90", "cold cpu", "warm p50", "warm p90"))
        for label, urls in endpoints:
            cold, cpu = [], []
            for u in urls:
                before = cpu_ms(server.pid)
                cold.append(get(base + u)[0])
                cpu.append(cpu_ms(server.pid) - before)
            warm = [get(base + u)[0] for u in urls]
            print("%-40s %4d %9.1f %9.1f %9.0f %9.1f %9.1f"
                  % (label, len(urls), statistics.median(cold), percentile(cold, 90), statistics.median(cpu),
                     statistics.median(warm), percentile(warm, 90)))
        print("(milliseconds over HTTP on loopback, one request at a time; cold = first time this query is asked,"
              " warm = asked again, from the caches; cold cpu = median server + helper CPU per cold request)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main(sys.argv)
