#!/usr/bin/env python3
"""Runs the `paths` benchmark of dyad-bench and its peers on the shared generator's graphs; prints one table.

Called by paths_bench.sh. Every engine runs in its own process; "end to end" is the wall-clock time of a
whole process that loads the graph and answers the 100 shortest-path queries (python start-up included),
the median of E2E_RUNS runs (default 3).
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.environ.get("DYAD_BENCH", os.path.join(ROOT, ".build", "release", "dyad-bench"))
SHARED = os.environ.get("DYAD_SHARED_BENCH", os.path.join(ROOT, "..", "shared", "bench"))
PEER = os.path.join(SHARED, "peers", "graph_peer.py")
EXTRA = os.path.join(ROOT, "Benchmarks", "paths_peers.py")


def run(command, timeout):
    """Runs a command; returns (last JSON line or None, wall seconds)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        sys.stderr.write(f"failed: {' '.join(command)}\n{done.stderr[-2000:]}\n")
        return None, wall
    return json.loads(lines[-1]), wall


def median_wall(command, timeout, runs):
    """Runs a command `runs` times; returns (last record, median wall seconds), or (None, None) on failure."""
    walls, record = [], None
    for _ in range(runs):
        record, wall = run(command, timeout)
        if record is None:
            return None, None
        walls.append(wall)
    walls.sort()
    return record, walls[len(walls) // 2]


def fmt(seconds, unit="s"):
    if seconds is None:
        return "—"
    if unit == "ms" and seconds < 1:
        return f"{seconds * 1000:.3f} ms"
    return f"{seconds:.2f} s"


def main():
    data = sys.argv[1]
    sizes = sys.argv[2:] or ["100k", "1m"]
    budget = os.environ.get("PEER_BUDGET", "60")
    runs = int(os.environ.get("E2E_RUNS", "3"))
    rows = []
    for size in sizes:
        results = {}
        for loader in ["graph", "direct"]:
            record, _ = run([BENCH, "paths", "--data", data, "--size", size, "--loader", loader, "--json"], 900)
            quick, wall = median_wall([BENCH, "paths", "--data", data, "--size", size, "--loader", loader, "--shortest-only", "--json"],
                                      900, runs)
            results[f"dyad ({loader})"] = {"record": record, "wall": wall if quick else None}
        for lib in ["networkx", "igraph"]:
            entry = {}
            entry["sp"], entry["sp_wall"] = median_wall([sys.executable, PEER, "--lib", lib, "--size", size, "--task", "sp", "--data", data],
                                                        900, runs)
            entry["paths"], _ = run([sys.executable, PEER, "--lib", lib, "--size", size, "--task", "paths", "--data", data,
                                     "--budget", budget], 900)
            entry["k5"], _ = run([sys.executable, EXTRA, "--lib", lib, "--size", size, "--task", "k5", "--data", data,
                                  "--budget", budget], 900)
            entry["connect"], _ = run([sys.executable, EXTRA, "--lib", lib, "--size", size, "--task", "connect", "--data", data], 900)
            results[lib] = entry
        plain, _ = run([sys.executable, PEER, "--lib", "plain", "--size", size, "--task", "paths", "--data", data], 900)
        rows.append((size, results, plain))

    print("| size | engine | load | shortest (median/query) | load + 100 shortest, end to end | k = 5 (median/query) "
          "| simple ≤ 4 hops, 20 pairs (total) | connect 5 actors | checks |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size, results, plain in rows:
        nx_wall = results["networkx"].get("sp_wall") if results["networkx"].get("sp") else None
        for name, entry in results.items():
            if name.startswith("dyad"):
                r = entry["record"]
                if r is None:
                    print(f"| {size} | {name} | failed | | | | | | |")
                    continue
                ratio = f" ({nx_wall / entry['wall']:.1f}× faster than NetworkX)" if nx_wall and entry["wall"] else ""
                checks = f"sp sum {r['sp_sum_len']}, paths {r['simple_total_paths']}"
                if plain and plain.get("result"):
                    checks += " ✓" if plain["result"]["total_paths"] == r["simple_total_paths"] else " ≠ plain"
                print(f"| {size} | {name} | {fmt(r['t_load_s'])} | {fmt(r['sp_median_s'], 'ms')} | {fmt(entry['wall'])}{ratio} "
                      f"| {fmt(r['k_median_s'], 'ms')} | {fmt(r['simple_total_s'])} | {fmt(r['connect_s'], 'ms')} | {checks} |")
            else:
                sp, paths, k5, connect = entry["sp"], entry["paths"], entry["k5"], entry["connect"]
                load = fmt(sp["t_load_s"]) if sp else "—"
                sp_median = fmt(sp["pair_s_median_max"][0], "ms") if sp else "—"
                wall = fmt(entry["sp_wall"]) if sp else "—"
                k_median = (fmt(k5["pair_s_median"], "ms") + f" ({k5['pairs_done']} pairs)") if k5 and k5.get("pair_s_median") is not None else "—"
                simple = (fmt(paths["t_task_s"]) + f" ({paths['pairs_done']} pairs)") if paths else "—"
                conn = fmt(connect["t_task_s"], "ms") if connect else "—"
                checks = f"sp sum {sp['result']['sum_len']}" if sp else ""
                if paths:
                    checks += f", paths {paths['result']['total_paths']}"
                print(f"| {size} | {name} | {load} | {sp_median} | {wall} | {k_median} | {simple} | {conn} | {checks} |")
    print(f"\nend to end: median of {runs} whole-process runs (E2E_RUNS); "
          f"peers stop starting new pairs after {budget} s of query time (PEER_BUDGET); "
          "dyad (graph) loads into the Graph model and builds the index; dyad (direct) streams into PathIndex.Builder.")


if __name__ == "__main__":
    main()
