#!/usr/bin/env bash
# Command-line benchmark: the `dyad` commands users run, on 1M-relation graph documents written by another
# tool (skeleton fields only, one line, relations unsorted), against Python peers, all in one run.
#
#   Benchmarks/cli_bench.sh [DATA]     # DATA: where the shared generator writes (default /tmp/dyad-bench-data)
#   RUNS=5 Benchmarks/cli_bench.sh     # whole-process runs per command (median reported; default 3)
#
# Generates the data with ../shared/bench/gen.py and Benchmarks/skeleton_data.py when missing, builds the release
# `dyad`, times each command as a whole process (wall-clock median, peak RSS of that run) and prints one table
# with the ratios and the goals. Exits 1 when a goal is missed or Dyad's answers differ from the peer's.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${DYAD_SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-3}"
DATA="${1:-/tmp/dyad-bench-data}"
if [ ! -f "$DATA/graph-1m/relations.v2.jsonl" ]; then
  echo "generating the benchmark data in $DATA ..." >&2
  python3 "$SHARED/bench/gen.py" --out "$DATA" --only graph >&2
fi
SKEL="$DATA/skeleton-1m"
if [ ! -f "$SKEL/v2.json" ]; then
  echo "writing skeleton graph documents in $SKEL ..." >&2
  python3 "$ROOT/Benchmarks/skeleton_data.py" "$DATA/graph-1m" "$SKEL"
fi
python3 -c "import networkx" 2>/dev/null || { echo "needs networkx (make deps installs it)" >&2; exit 2; }
(cd "$ROOT" && swift build -c release --product dyad >&2)
DYAD="$(cd "$ROOT" && swift build -c release --show-bin-path)/dyad"
PEER="$ROOT/Benchmarks/skeleton_peers.py"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# shellcheck source=Benchmarks/measure.sh
source "$ROOT/Benchmarks/measure.sh"

V1="$SKEL/v1.json" V2="$SKEL/v2.json" PAIRS="$SKEL/pairs.tsv"
echo "timing ($RUNS runs each) ..." >&2
measure py_load "$RUNS" python3 "$PEER" load "$V1"
measure dyad_load "$RUNS" "$DYAD" stats "$V1" --json
measure nx_path "$RUNS" python3 "$PEER" path "$V1" "$PAIRS"
measure dyad_path "$RUNS" "$DYAD" path "$V1" --pairs "$PAIRS" --json
measure py_diff "$RUNS" python3 "$PEER" diff "$V1" "$V2"
measure dyad_diff_json "$RUNS" "$DYAD" diff "$V1" "$V2" --json
measure dyad_diff_summary "$RUNS" "$DYAD" diff "$V1" "$V2" --summary
measure dyad_merge "$RUNS" "$DYAD" merge "$V1" -o "$OUT/merged.jsonl"

python3 - "$OUT" "$(nproc)" "$(uptime | sed 's/.*load average: //')" <<'PY'
import json, os, sys
out, cores, load = sys.argv[1:4]
def whole(name):
    """Wall seconds, peak MB and CPU seconds (user + system) of the median run."""
    fields = open(os.path.join(out, name)).read().split()
    return float(fields[0]), int(fields[1]) / 1024, float(fields[2])
def stdout(name):
    return open(os.path.join(out, name + ".stdout"), encoding="utf-8").read()
ok = True
# Answers: relation counts, paths found and their total length, diff counts.
stats = json.loads(stdout("dyad_load"))
peer_load = json.loads(stdout("py_load"))
load_agree = stats["relations"] == peer_load["relations"] and stats["actors"] == peer_load["actors"]
paths = [json.loads(line) for line in stdout("dyad_path").splitlines() if line.strip()]
found = [p["paths"][0]["hops"] for p in paths if p.get("paths")]
peer_path = json.loads(stdout("nx_path"))
path_agree = len(found) == peer_path["found"] and sum(found) == peer_path["sum_len"]
peer_diff = json.loads(stdout("py_diff"))
report = json.loads(stdout("dyad_diff_json"))
kinds = {}
for change in report.get("changes", []):
    kinds[change.get("kind")] = kinds.get(change.get("kind"), 0) + 1
rows = []
def row(what, dyad, peer, goal_ratio=None, goal_seconds=None, agree=True):
    global ok
    d = whole(dyad)
    text_peer, ratio_text, met = "", "", True
    if peer:
        p = whole(peer)
        ratio = p[0] / d[0]
        text_peer = f"{p[0]:.2f} s, {p[1]:.0f} MB, CPU {p[2]:.2f} s"
        ratio_text = f"{ratio:.1f}x"
        met = ratio >= goal_ratio
        goal = f">= {goal_ratio}x"
    else:
        met = d[0] < goal_seconds
        goal = f"< {goal_seconds} s"
    met = met and d[1] < 1536 and agree
    ok = ok and met
    rows.append((what, f"{d[0]:.2f} s, {d[1]:.0f} MB, CPU {d[2]:.2f} s", text_peer, ratio_text, goal + ", < 1536 MB", "yes" if met else "NO"))
row("load (dyad stats --json | json.load)", "dyad_load", "py_load", goal_ratio=3, agree=load_agree)
row("path --pairs --json, 100 pairs (NetworkX)", "dyad_path", "nx_path", goal_ratio=10, agree=path_agree)
row("diff --json (plain Python set diff)", "dyad_diff_json", "py_diff", goal_ratio=5)
row("diff --summary (plain Python set diff)", "dyad_diff_summary", "py_diff", goal_ratio=5)
row("merge g.json -o g.jsonl", "dyad_merge", None, goal_seconds=5)
print(f"Command-line benchmark, 1M relations (skeleton JSON, one line, {os.path.getsize(sys.argv[1] and os.path.join(out, 'merged.jsonl')) // 1000000} MB merged JSONL), "
      f"{cores} cores, load average {load}; whole processes, median of runs (wall clock; CPU = user + system of that run)")
print(f"answers: stats {stats['relations']} relations / peer {peer_load['relations']}; paths found {len(found)} (sum {sum(found)}) / "
      f"NetworkX {peer_path['found']} (sum {peer_path['sum_len']}); diff peer {peer_diff}; dyad --json changes by kind {kinds}")
head = ("command (peer)", "Dyad", "peer", "ratio", "goal", "met")
w = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
print(" | ".join(h.ljust(w[i]) for i, h in enumerate(head)))
print("-+-".join("-" * x for x in w))
for r in rows:
    print(" | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)))
sys.exit(0 if ok else 1)
PY
