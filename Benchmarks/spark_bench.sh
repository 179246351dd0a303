#!/usr/bin/env bash
# Throughput of Dyad's Spark path (Examples/spark/dyad_spark.py, local mode) against one
# `dyad extract --jsonl` process, on the same deterministic synthetic corpus
# (Tests/Scripts/spark_corpus.py): documents/s and sentences/s on one core and on all cores,
# the Spark job's fixed cost (a 20-document run), the streamed merge's speed, and peak memory.
# Checks that the Spark graph equals the single-process graph byte for byte.
#
# Usage: Benchmarks/spark_bench.sh [DOCUMENTS]   (default 20000; needs pyspark and Java 17)
# DYAD overrides the binary (default .build/release/dyad, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
DYAD=${DYAD:-.build/release/dyad}
[ -x "$DYAD" ] || swift build -c release --product dyad
CORES=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 Tests/Scripts/spark_corpus.py --documents "$N" > "$work/corpus.jsonl"
python3 Tests/Scripts/spark_corpus.py --documents 20 > "$work/tiny.jsonl"
DOCS=$(wc -l < "$work/corpus.jsonl")
# Every sentence of the generator ends with a full stop followed by a space or the end of the text.
SENTENCES=$(python3 -c 'import json,sys; print(sum(json.loads(l)["text"].count(". ") + 1 for l in open(sys.argv[1])))' "$work/corpus.jsonl")
MB=$(python3 -c 'import os,sys; print("%.1f" % (os.path.getsize(sys.argv[1]) / 1e6))' "$work/corpus.jsonl")

# run NAME COMMAND...: wall seconds, peak resident memory (KB) and CPU seconds (user + system,
# children included) of the command. On a machine shared with other jobs the wall time
# overstates the cost; documents per CPU second is the figure a cluster's cores scale.
run() {
    local name=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" > /dev/null 2> "$work/$name.err" \
        || { echo "$name failed:"; tail -20 "$work/$name.err"; exit 1; }
    read -r SECONDS_TAKEN PEAK_KB USER_S SYSTEM_S < "$work/$name.time"
    CPU_S=$(python3 -c "print('%.2f' % max(0.01, $USER_S + $SYSTEM_S))")
}
rate() { python3 -c "print('%.0f' % ($1 / $2))"; }
line() {
    printf "%-40s %7s s wall %7s docs/s %7s sentences/s | %7s s CPU %6s docs/CPU-s | %5s MB peak\n" \
        "$1" "$2" "$(rate "$DOCS" "$2")" "$(rate "$SENTENCES" "$2")" "$CPU_S" "$(rate "$DOCS" "$CPU_S")" "$(( $3 / 1024 ))"
}

echo "corpus: $DOCS documents, $SENTENCES sentences, $MB MB; $CORES cores; $($DYAD --version)"
head -1 "$work/corpus.jsonl" > "$work/one.jsonl"
run startup "$DYAD" extract --jsonl "$work/one.jsonl" -o "$work/one-graph.jsonl"
echo "dyad start-up (process + pack compile, 1 document): $SECONDS_TAKEN s wall, $CPU_S s CPU"
run single1 taskset -c 0 "$DYAD" extract --jsonl "$work/corpus.jsonl" -o "$work/single1.jsonl"
line "dyad extract --jsonl, 1 core" "$SECONDS_TAKEN" "$PEAK_KB"
ONE_CORE=$SECONDS_TAKEN; ONE_CORE_CPU=$CPU_S
run single "$DYAD" extract --jsonl "$work/corpus.jsonl" -o "$work/single.jsonl"
line "dyad extract --jsonl, $CORES cores" "$SECONDS_TAKEN" "$PEAK_KB"

run sparktiny python3 Examples/spark/dyad_spark.py "$work/tiny.jsonl" "$work/tiny-graph.jsonl" --dyad "$DYAD" --partitions "$CORES" --master "local[$CORES]"
OVERHEAD=$SECONDS_TAKEN
echo "Spark local[$CORES] fixed cost (20 documents): $OVERHEAD s wall"
for partitions in "$CORES" $((CORES * 4)); do
    run "spark$partitions" python3 Examples/spark/dyad_spark.py "$work/corpus.jsonl" "$work/spark$partitions.jsonl" \
        --dyad "$DYAD" --partitions "$partitions" --fan-in 4 --master "local[$CORES]"
    # The JVM's and the tasks' CPU time escapes /usr/bin/time (they are not its children's children
    # it waits for), so the Spark rows give wall time only.
    printf "%-40s %7s s wall %7s docs/s %7s sentences/s\n" "Spark local[$CORES], $partitions partitions" "$SECONDS_TAKEN" \
        "$(rate "$DOCS" "$SECONDS_TAKEN")" "$(rate "$SENTENCES" "$SECONDS_TAKEN")"
    NET=$(python3 -c "print('%.2f' % max(0.01, $SECONDS_TAKEN - $OVERHEAD))")
    printf "%-40s %7s s wall %7s docs/s %7s sentences/s\n" "  without the fixed cost" "$NET" "$(rate "$DOCS" "$NET")" "$(rate "$SENTENCES" "$NET")"
    cmp -s "$work/single.jsonl" "$work/spark$partitions.jsonl" || { echo "the Spark graph differs from the single-process graph"; exit 1; }
done

# The merge alone: 8 shards extracted apart, then merged in one streamed pass.
split -n l/8 -d "$work/corpus.jsonl" "$work/shard-"
for shard in "$work"/shard-0*; do "$DYAD" extract --jsonl "$shard" -o "$shard.jsonl"; done
run merge "$DYAD" merge "$work"/shard-0*.jsonl -o "$work/merged.jsonl"
RECORDS=$(cat "$work"/shard-0*.jsonl | wc -l)
printf "%-40s %7s s wall %7s records/s | %7s s CPU %6s records/CPU-s | %5s MB peak (%s input records, %s MB)\n" \
    "dyad merge of 8 partial graphs" "$SECONDS_TAKEN" "$(rate "$RECORDS" "$SECONDS_TAKEN")" "$CPU_S" "$(rate "$RECORDS" "$CPU_S")" \
    "$(( PEAK_KB / 1024 ))" "$RECORDS" \
    "$(python3 -c 'import os,sys; print("%.1f" % (sum(os.path.getsize(p) for p in sys.argv[1:]) / 1e6))' "$work"/shard-0*.jsonl)"
cmp -s "$work/single.jsonl" "$work/merged.jsonl" || { echo "the merged shards differ from the single-process graph"; exit 1; }
echo "one core: $(rate "$DOCS" "$ONE_CORE") documents/s wall; $(rate "$DOCS" "$ONE_CORE_CPU") documents and $(rate "$SENTENCES" "$ONE_CORE_CPU") sentences per CPU second (the scaling model's r)"
echo "all graphs (1 core, $CORES cores, Spark, merged shards) are byte-identical"
