#!/bin/sh
# Path-query benchmark: Dyad against NetworkX and igraph on the shared generator's graphs.
#
#   Benchmarks/paths_bench.sh [DATA_DIR] [SIZES...]      (default: /tmp/dyad-bench-data, 100k 1m)
#
# Generates the data with ../shared/bench/gen.py when DATA_DIR lacks it, builds dyad-bench in release
# mode, runs every engine in its own process and prints one markdown table. Needs python3 with
# networkx and igraph (pip install python-igraph). PEER_BUDGET (seconds, default 60) bounds the
# peers' slow tasks; E2E_RUNS (default 3) is how many whole-process runs the end-to-end median takes.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${1:-/tmp/dyad-bench-data}
[ $# -gt 0 ] && shift
SHARED=${DYAD_SHARED_BENCH:-$ROOT/../shared/bench}
if [ ! -f "$DATA/graph-1m/relations.v1.jsonl" ]; then
    python3 "$SHARED/gen.py" --out "$DATA"
fi
python3 -c "import networkx, igraph" 2>/dev/null || { echo "needs networkx and igraph: pip install networkx python-igraph" >&2; exit 2; }
(cd "$ROOT" && swift build -c release --product dyad-bench >/dev/null)
DYAD_SHARED_BENCH=$SHARED exec python3 "$ROOT/Benchmarks/paths_bench.py" "$DATA" "$@"
