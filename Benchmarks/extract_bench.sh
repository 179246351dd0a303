#!/bin/sh
# Extraction throughput on the shared generator's 50 MB text corpus and 10,000-actor
# gazetteer, rules only and with the bundled relation scorer, against `grep -F -c -f gazetteer.txt`
# on the same corpus.
# Usage: Benchmarks/extract_bench.sh [DATA_DIR]   (generates the data there when missing)
set -eu
cd "$(dirname "$0")/.."
DATA=${1:-${DYAD_BENCH_DATA:-/tmp/dyad-bench-data}}
GEN=${DYAD_BENCH_GEN:-../shared/bench/gen.py}
if [ ! -f "$DATA/text/corpus.txt" ]; then
    python3 "$GEN" --out "$DATA" --only text
fi
swift build -c release --product dyad-bench >/dev/null
.build/release/dyad-bench extract --data "$DATA" --model
echo "peer: grep -F -c -f gazetteer.txt"
/usr/bin/time -f "grep: %e s, peak RSS %M KB" grep -F -c -f "$DATA/text/gazetteer.txt" "$DATA/text/corpus.txt"
