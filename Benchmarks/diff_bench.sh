#!/usr/bin/env bash
# Diff benchmark: dyad diff against NetworkX and a plain Python set diff on the shared generator's data.
#
#   Benchmarks/diff_bench.sh [DATA]     # DATA: a folder gen.py wrote; generated into a temporary folder if absent
#   RUNS=5 Benchmarks/diff_bench.sh     # whole-process runs per tool (median reported; default 3)
#
# Prints one table. Whole-process figures are wall-clock medians with peak RSS; in-process figures come
# from `dyad-bench diff` (wall and thread CPU seconds). Check counts against expected.json.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${DYAD_SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-3}"
DATA="${1:-}"
if [ -z "$DATA" ]; then
  DATA="$(mktemp -d)"
  echo "generating the benchmark data in $DATA ..." >&2
  python3 "$SHARED/bench/gen.py" --out "$DATA" >&2
fi
GRAPH="$DATA/graph-1m"
DYAD_FILES="$DATA/dyad-1m"
if [ ! -f "$DYAD_FILES/v2.jsonl" ]; then
  echo "converting to Dyad graph files in $DYAD_FILES ..." >&2
  python3 "$ROOT/Benchmarks/bench_to_dyad.py" "$GRAPH" "$DYAD_FILES"
fi
cd "$ROOT"
swift build -c release --product dyad >&2
swift build -c release --product dyad-bench >&2
BIN="$(swift build -c release --show-bin-path)"
OUT="$(mktemp -d)"

# shellcheck source=Benchmarks/measure.sh
source "$ROOT/Benchmarks/measure.sh"

echo "running dyad diff ($RUNS runs) ..." >&2
measure dyad "$RUNS" "$BIN/dyad" diff "$DYAD_FILES/v1.jsonl" "$DYAD_FILES/v2.jsonl" --summary
cp "$OUT/dyad.stdout" "$OUT/dyad.summary"
echo "running the plain Python peer ($RUNS runs) ..." >&2
measure plain "$RUNS" python3 "$SHARED/bench/peers/graph_peer.py" --lib plain --size 1m --task diff --data "$DATA"
cp "$OUT/plain.stdout" "$OUT/plain.json"
echo "running the NetworkX peer (1 run) ..." >&2
measure networkx 1 python3 "$SHARED/bench/peers/graph_peer.py" --lib networkx --size 1m --task diff --data "$DATA"
cp "$OUT/networkx.stdout" "$OUT/networkx.json"
echo "running dyad-bench diff ..." >&2
"$BIN/dyad-bench" diff --files "$DYAD_FILES" --expected "$GRAPH/expected.json" > "$OUT/inprocess.tsv"

python3 - "$OUT" "$GRAPH/expected.json" "$(nproc)" "$(uptime | sed 's/.*load average: //')" <<'PY'
import json, sys, os
out, expected_path, cores, load = sys.argv[1:5]
def whole(name):
    seconds, kb = open(os.path.join(out, name)).read().split()[:2]
    return float(seconds), int(kb) / 1024
expected = json.load(open(expected_path))["diff"]
summary = open(os.path.join(out, "dyad.summary")).read().strip().splitlines()[-1]
plain = json.load(open(os.path.join(out, "plain.json")))
nx = json.load(open(os.path.join(out, "networkx.json")))
d, p, n = whole("dyad"), whole("plain"), whole("networkx")
rows = [("load both versions + diff, 1M relations (whole process)", f"{d[0]:.2f} s, {d[1]:.0f} MB",
         f"plain Python {p[0]:.2f} s, {p[1]:.0f} MB; NetworkX {n[0]:.2f} s, {n[1]:.0f} MB",
         f"{p[0] / d[0]:.1f}x plain, {n[0] / d[0]:.1f}x NetworkX")]
for line in open(os.path.join(out, "inprocess.tsv")):
    name, wall, cpu, detail = line.rstrip("\n").split("\t")
    if name == "peak RSS":
        rows.append((name + " of dyad-bench", detail, "", ""))
        continue
    cpu_text = "" if cpu == "-" else f" (CPU {float(cpu) * 1000:.1f} ms)" if float(cpu) < 1 else f" (CPU {float(cpu):.2f} s)"
    wall_text = f"{float(wall) * 1000:.1f} ms" if float(wall) < 1 else f"{float(wall):.2f} s"
    rows.append((name, wall_text + cpu_text, detail, ""))
w = [max(len(r[i]) for r in rows) for i in range(4)]
head = ("measurement", "Dyad", "peers / details", "ratio")
print(f"Diff benchmark on {cores} cores, load average {load}; expected counts {expected}")
print(f"dyad: {summary}")
print(f"plain Python: {plain['result']} matches expected: {plain.get('matches_expected')}; NetworkX: {nx['result']}")
print(" | ".join(h.ljust(w[i]) for i, h in enumerate(head)))
print("-+-".join("-" * x for x in w))
for r in rows:
    print(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)))
PY
rm -rf "$OUT"
