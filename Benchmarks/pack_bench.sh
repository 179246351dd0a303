#!/usr/bin/env bash
# What a rule pack costs before the first sentence is read: `dyad extract` of one short article (the bundled sample)
# with the bundled pack alone, and with the shared generator's 10,000-actor gazetteer as a pack file that extends it
# (`bench_pack.py`, 1.5 MB of YAML, 20,909 names); median of RUNS whole processes each, wall and CPU time, peak memory.
# For scale, the same pack file parsed by PyYAML's C loader in Python (`yaml.load(..., CSafeLoader)`, parsing only,
# nothing compiled), when PyYAML is installed.
# Usage: Benchmarks/pack_bench.sh [DATA_DIR] [RUNS]   (generates the text data there when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-${DYAD_BENCH_DATA:-/tmp/dyad-bench-data}}
RUNS=${2:-9}
GEN=${DYAD_BENCH_GEN:-../shared/bench/gen.py}
if [ ! -f "$DATA/text/gazetteer.tsv" ]; then
    python3 "$GEN" --out "$DATA" --only text
fi
swift build -c release --product dyad >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# shellcheck source=Benchmarks/measure.sh
. Benchmarks/measure.sh
python3 Benchmarks/bench_pack.py "$DATA/text" "$OUT/pack.yaml"
ARTICLE=Samples/articles/2021-11-20-sample.txt
DYAD=.build/release/dyad
measure bundled "$RUNS" "$DYAD" extract "$ARTICLE" -o "$OUT/bundled.json"
measure large "$RUNS" "$DYAD" extract "$ARTICLE" --rules "$OUT/pack.yaml" -o "$OUT/large.json"
report() { # name, label
    read -r wall kb cpu <"$OUT/$1"
    printf '%s: %.3f s wall, %.3f s CPU, peak %d MB (median of %s)\n' "$2" "$wall" "$cpu" "$((kb / 1024))" "$RUNS"
}
report bundled "dyad extract of one article, bundled pack"
report large "dyad extract of one article, 10,000-actor pack ($(wc -c <"$OUT/pack.yaml") bytes)"
if python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
    measure pyyaml "$RUNS" python3 -c 'import sys, yaml; yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)' "$OUT/pack.yaml"
    report pyyaml "PyYAML (C loader) parsing the same pack file, for scale"
else
    echo "PyYAML with its C loader is not installed (pip install pyyaml): no Python figure"
fi
