#!/bin/sh
# Extraction throughput on the shared generator's 50 MB text corpus and 10,000-actor
# gazetteer, rules only and with the bundled relation scorer, against `grep -F -c -f gazetteer.txt`
# on the same corpus, in the same run: prints the ratio of extraction's wall time on all cores to grep's.
# With --cli it also times what a user runs: `dyad extract --jsonl` over the corpus as 100-line documents,
# with the gazetteer as a pack that extends the bundled one (whole process: reading, extraction, writing),
# and prints that ratio to grep too.
# Usage: Benchmarks/extract_bench.sh [--cli] [DATA_DIR]   (generates the data there when missing)
set -eu
cd "$(dirname "$0")/.."
CLI=0
if [ "${1:-}" = "--cli" ]; then CLI=1; shift; fi
DATA=${1:-${DYAD_BENCH_DATA:-/tmp/dyad-bench-data}}
GEN=${DYAD_BENCH_GEN:-../shared/bench/gen.py}
if [ ! -f "$DATA/text/corpus.txt" ]; then
    python3 "$GEN" --out "$DATA" --only text
fi
swift build -c release --product dyad-bench >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
.build/release/dyad-bench extract --data "$DATA" --model | tee "$OUT/bench.txt"
echo "peer: grep -F -c -f gazetteer.txt"
# Into a file: GNU grep stops at the first match when its output is /dev/null.
/usr/bin/time -f "%e %U" -o "$OUT/grep.time" grep -F -c -f "$DATA/text/gazetteer.txt" "$DATA/text/corpus.txt" >"$OUT/grep.count"
read -r GREP_WALL GREP_USER <"$OUT/grep.time"
echo "grep: $GREP_WALL s wall, $GREP_USER s user ($(cat "$OUT/grep.count") matching lines)"
# The last "rules, N cores" line: extraction with the rules on all cores.
awk -v grep="$GREP_WALL" '/^rules, [0-9]+ cores?:/ { line = $0; wall = $4 }
    END { if (wall != "" && grep > 0) printf "ratio to grep (%s): %.1fx\n", substr(line, 1, index(line, ":") - 1), wall / grep }' \
    "$OUT/bench.txt"
if [ "$CLI" = 1 ]; then
    swift build -c release --product dyad >/dev/null
    python3 Benchmarks/bench_pack.py "$DATA/text" "$OUT/pack.yaml"
    python3 - "$DATA/text" "$OUT" <<'EOF'
import json, sys
src, out = sys.argv[1], sys.argv[2]
lines = open(f"{src}/corpus.txt", encoding="utf-8").read().split("\n")[:-1]
with open(f"{out}/corpus.jsonl", "w", encoding="utf-8") as f:
    for k in range(0, len(lines), 100):
        f.write(json.dumps({"id": f"d{k // 100}", "text": "\n".join(lines[k:k + 100]), "date": "2024-06-01"}) + "\n")
print(f"cli: {len(lines)} sentences in {(len(lines) + 99) // 100} documents")
EOF
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/cli.time" \
        .build/release/dyad extract --jsonl "$OUT/corpus.jsonl" --rules "$OUT/pack.yaml" --no-model -o "$OUT/graph.jsonl"
    read -r CLI_WALL CLI_USER CLI_SYS CLI_RSS <"$OUT/cli.time"
    echo "cli: dyad extract --jsonl (rules): $CLI_WALL s wall, $CLI_USER s user, $CLI_SYS s sys, peak RSS $CLI_RSS KB, graph $(wc -c <"$OUT/graph.jsonl") bytes"
    # The whole command users run (reading, extraction with evidence, writing the graph) against the same grep.
    awk -v cli="$CLI_WALL" -v grep="$GREP_WALL" 'BEGIN { if (grep > 0) printf "ratio to grep (dyad extract --jsonl, whole process): %.1fx\n", cli / grep }'
fi
