#!/bin/sh
# Memory and time of `dyad extract` on coordination-heavy text (long lists of names, see
# coordination_text.py) at a few sizes, against a small plain article: peak RSS, how far it grows
# per input byte, seconds, relations.
# Usage: Benchmarks/coordination_bench.sh [DYAD] [SIZES...]   (default: the release build; 250k 1m 4m)
set -eu
cd "$(dirname "$0")/.."
DYAD=${1:-.build/release/dyad}
[ $# -gt 0 ] && shift
SIZES=${*:-250000 1000000 4000000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
/usr/bin/time -f "%M" -o "$WORK/base" "$DYAD" extract Samples/articles/2021-11-20-sample.txt -o "$WORK/base.json"
base=$(cat "$WORK/base")
echo "baseline (sample article): peak RSS $((base / 1024)) MB"
for size in $SIZES; do
    python3 Benchmarks/coordination_text.py "$size" "$WORK/text.txt" 2>/dev/null
    bytes=$(wc -c < "$WORK/text.txt")
    DYAD_MAX_DOCUMENT_BYTES=64m /usr/bin/time -f "%e %M" -o "$WORK/time" "$DYAD" extract "$WORK/text.txt" -o "$WORK/g.json"
    read -r seconds rss < "$WORK/time"
    relations=$("$DYAD" stats --json "$WORK/g.json" | sed -n 's/^ *"relations" : \([0-9]*\).*/\1/p')
    echo "$bytes bytes: $seconds s, peak RSS $((rss / 1024)) MB, growth $(( (rss - base) * 1024 / bytes ))x the input, $relations relations"
done
