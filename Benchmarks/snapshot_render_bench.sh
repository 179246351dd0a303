#!/usr/bin/env bash
# The two in-process goals of issue 13 that `make bench` reports beside the command-line benchmark:
#   - the in-memory snapshot diff at 1M relations with 1% changed (`dyad-bench diff --snapshot-only`), goal < 50 ms;
#   - the render overhead of `dyad render` against `sfdp` on the same DOT at 10,000 relations
#     (`dyad-bench render --sizes 10000`), goal < 10%.
#
#   Benchmarks/snapshot_render_bench.sh [DATA]   # DATA: where the shared generator writes (default /tmp/dyad-bench-data)
#   RUNS=5 Benchmarks/snapshot_render_bench.sh   # runs of each (default 3)
#   SCRATCH=.build-release Benchmarks/snapshot_render_bench.sh   # build in another scratch folder than .build
#
# The snapshot figure is the median over RUNS processes of each process's median of 9 diffs (wall clock), with the
# process CPU time (all threads) beside it; the render figure compares the medians of RUNS whole `dyad render` and
# `sfdp` processes, run alternately, wall clock and CPU time (user + system, the layout helper included).
# Exits 1 when a goal is missed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${DYAD_SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-3}"
DATA="${1:-/tmp/dyad-bench-data}"
if [ ! -f "$DATA/graph-1m/relations.v2.jsonl" ]; then
  echo "generating the benchmark data in $DATA ..." >&2
  python3 "$SHARED/bench/gen.py" --out "$DATA" --only graph >&2
fi
if [ ! -f "$DATA/dyad-1m/v1.jsonl" ]; then
  echo "converting to Dyad graph files in $DATA/dyad-1m ..." >&2
  python3 "$ROOT/Benchmarks/bench_to_dyad.py" "$DATA/graph-1m" "$DATA/dyad-1m" >&2
fi
if ! command -v sfdp >/dev/null 2>&1; then
  echo "the render peer needs the Graphviz command-line tools: installing graphviz with apt ..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq graphviz >/dev/null
fi
cd "$ROOT"
BUILD=(swift build -c release ${SCRATCH:+--scratch-path "$SCRATCH"})
for product in dyad dyad-graphviz dyad-bench; do "${BUILD[@]}" --product "$product" >&2; done
BENCH="$("${BUILD[@]}" --show-bin-path)/dyad-bench"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "snapshot diff ($RUNS processes) ..." >&2
for _ in $(seq "$RUNS"); do
  "$BENCH" diff --files "$DATA/dyad-1m" --snapshot-only | tee -a "$OUT/snapshot.txt" >&2
done
echo "render at 10,000 relations ($RUNS runs each) ..." >&2
"$BENCH" render --sizes 10000 --runs "$RUNS" | tee "$OUT/render.txt" >&2

python3 - "$OUT" "$RUNS" "$(uptime | sed 's/.*load average: //')" <<'PY'
import re, statistics, sys
out, runs, load = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [line.split("\t") for line in open(f"{out}/snapshot.txt") if line.startswith("in-memory snapshot diff")]
walls = [float(r[1]) * 1000 for r in rows]
cpus = [float(r[2]) * 1000 for r in rows]
render = open(f"{out}/render.txt").read()
size_line = next(line for line in render.splitlines() if line.startswith("10000"))
fields = size_line.split()
dyad_wall, peer_wall, overhead = float(fields[3]), float(fields[5]), float(fields[7].rstrip("%"))
cpu_match = re.search(r"dyad ([0-9.]+) s, peer ([0-9.]+) s, overhead ([-+0-9.]+)%", render)
dyad_cpu, peer_cpu, cpu_overhead = (float(cpu_match.group(i)) for i in (1, 2, 3))
snapshot = statistics.median(walls)
ok_snapshot, ok_render = snapshot < 50, overhead < 10
print(f"\nearlier goals (issue 13 item 3), 2-core machine, load average {load}; median of {runs}")
print(f"{'measure':58} {'Dyad':>22} {'peer':>10} {'figure':>9} {'goal':>7}  met")
print(f"{'in-memory snapshot diff, 1M relations, 1% changed':58} "
      f"{f'{snapshot:.1f} ms (CPU {statistics.median(cpus):.1f} ms)':>22} {'-':>10} {f'{snapshot:.1f} ms':>9} {'< 50 ms':>7}  "
      f"{'yes' if ok_snapshot else 'NO'}")
print(f"{'dyad render overhead, 10,000 relations, sfdp (wall)':58} {f'{dyad_wall:.3f} s':>22} {f'{peer_wall:.3f} s':>10} "
      f"{f'{overhead:+.1f}%':>9} {'< 10%':>7}  {'yes' if ok_render else 'NO'}")
print(f"{'  the same in CPU time (user + system, helper included)':58} {f'{dyad_cpu:.3f} s':>22} {f'{peer_cpu:.3f} s':>10} "
      f"{f'{cpu_overhead:+.1f}%':>9}")
print(f"snapshot runs (median of 9 diffs each): {', '.join(f'{w:.1f} ms wall / {c:.1f} ms CPU' for w, c in zip(walls, cpus))}")
sys.exit(0 if ok_snapshot and ok_render else 1)
PY
