#!/bin/sh
# Extraction throughput on the shared generator's 50 MB text corpus and 10,000-actor
# gazetteer, rules only and with the bundled relation scorer, against `grep -F -c -f gazetteer.txt`
# on the same corpus, in the same run: prints the ratio of extraction's wall time on all cores to grep's.
# grep runs once in every round, between Dyad's runs, and medians are compared (one grep run alone moves by a
# third on a busy machine).
# With --cli it also times what a user runs: `dyad extract --jsonl` over the corpus as 100-line documents,
# with the gazetteer as a pack that extends the bundled one (whole process: reading, extraction, writing),
# and prints that ratio to grep too, with the engine alone on the same documents (dyad-bench, no evidence
# built and nothing written), so the figures say how much of the command is matching and how much the rest.
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
# The peer, timed into a file (GNU grep stops at the first match when its output is /dev/null); appends
# "wall user" to the file named.
run_grep() {
    /usr/bin/time -f "%e %U" -o "$OUT/grep.time" grep -F -c -f "$DATA/text/gazetteer.txt" "$DATA/text/corpus.txt" >"$OUT/grep.count"
    read -r GREP_WALL GREP_USER <"$OUT/grep.time"
    echo "grep -F -c -f gazetteer.txt: $GREP_WALL s wall, $GREP_USER s user ($(cat "$OUT/grep.count") matching lines)"
    echo "$GREP_WALL $GREP_USER" >>"$1"
}
# Each round runs the rules alone and with the scorer (so a busy machine disturbs both alike), then grep.
ROUND=0
: >"$OUT/bench.txt"
: >"$OUT/grep.txt"
while [ "$ROUND" -lt "${DYAD_BENCH_ROUNDS:-3}" ]; do
    .build/release/dyad-bench extract --data "$DATA" --model --rounds 1 | tee -a "$OUT/bench.txt"
    run_grep "$OUT/grep.txt"
    ROUND=$((ROUND + 1))
done
# Medians over the rounds: the rules on all cores against grep, and what the scorer adds to them.
python3 - "$OUT/bench.txt" "$OUT/grep.txt" <<'EOF'
import re, statistics, sys
walls = {}
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"(rules\+model|rules), (\d+) cores?: ([\d.]+) s", line)
    if m:
        walls.setdefault((m.group(1), int(m.group(2))), []).append(float(m.group(3)))
greps = [float(line.split()[0]) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
grep = statistics.median(greps)
cores = max(n for (label, n) in walls if label == "rules")
rules = statistics.median(walls[("rules", cores)])
print(f"grep, median of {len(greps)}: {grep:.2f} s")
print(f"rules, {cores} cores, median of {len(walls[('rules', cores)])}: {rules:.3f} s; ratio to grep: {rules / grep:.1f}x")
if ("rules+model", cores) in walls:
    scored = statistics.median(walls[("rules+model", cores)])
    print(f"rules+model, {cores} cores, median: {scored:.3f} s; scoring adds {100 * (scored / rules - 1):.0f}%")
EOF
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
    # The command users run, rules alone and with the bundled scorer, in alternating rounds (medians printed).
    MODEL=Sources/DyadExtraction/DefaultPack/relation.dyadmodel
    ROUND=0
    : >"$OUT/cli-grep.txt"
    while [ "$ROUND" -lt "${DYAD_BENCH_ROUNDS:-3}" ]; do
        for SETTING in rules model; do
            if [ "$SETTING" = rules ]; then SCORER="--no-model"; else SCORER="--model $MODEL"; fi
            # shellcheck disable=SC2086
            /usr/bin/time -f "%e %U %S %M" -o "$OUT/cli.time" \
                .build/release/dyad extract --jsonl "$OUT/corpus.jsonl" --rules "$OUT/pack.yaml" $SCORER -o "$OUT/graph.jsonl"
            read -r CLI_WALL CLI_USER CLI_SYS CLI_RSS <"$OUT/cli.time"
            echo "cli ($SETTING): dyad extract --jsonl $SCORER: $CLI_WALL s wall, $CLI_USER s user, $CLI_SYS s sys, peak RSS $CLI_RSS KB, graph $(wc -c <"$OUT/graph.jsonl") bytes" |
                tee -a "$OUT/cli.txt"
        done
        # The engine alone on the same 100-line documents (no evidence built, nothing written; the pack compiled
        # in memory): how much of the command's time is matching and how much is the rest.
        .build/release/dyad-bench extract --data "$DATA" --document-lines 100 --rounds 1 | grep "line documents" | tee -a "$OUT/engine.txt"
        run_grep "$OUT/cli-grep.txt"
        ROUND=$((ROUND + 1))
    done
    # The whole command users run (reading, extraction with evidence, writing the graph) against the same grep.
    python3 - "$OUT/cli.txt" "$OUT/cli-grep.txt" "$OUT/engine.txt" <<'EOF'
import re, statistics, sys
walls = {}
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"cli \((\w+)\): .*?: ([\d.]+) s wall", line)
    if m:
        walls.setdefault(m.group(1), []).append(float(m.group(2)))
greps = [float(line.split()[0]) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
grep = statistics.median(greps)
print(f"grep during these rounds, median of {len(greps)}: {grep:.2f} s")
rules, scored = statistics.median(walls["rules"]), statistics.median(walls["model"])
print(f"ratio to grep (dyad extract --jsonl --no-model, whole process, median): {rules / grep:.1f}x")
print(f"scoring adds (dyad extract --jsonl, whole process, medians {scored:.2f} s / {rules:.2f} s): {100 * (scored / rules - 1):.0f}%")
engine = [float(m.group(1)) for m in (re.search(r"cores?: ([\d.]+) s", line) for line in open(sys.argv[3], encoding="utf-8")) if m]
if engine:
    alone = statistics.median(engine)
    print(f"engine alone on the same documents (dyad-bench extract --document-lines 100, median of {len(engine)}): {alone:.2f} s = "
          f"{alone / grep:.1f}x grep; the rest of the command (pack, evidence, graph, writing): {rules - alone:.2f} s")
EOF
fi
