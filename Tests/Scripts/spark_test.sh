#!/usr/bin/env bash
# The Spark example end to end: Examples/spark/dyad_spark.py in local mode with 4 partitions on a
# synthetic corpus (Tests/Scripts/spark_corpus.py) must write a graph byte-identical to a
# single-process `dyad extract --jsonl` of the same corpus. Installs Java 17 (Debian) and pyspark
# (PyPI) only when they are missing. DYAD overrides the binary (default .build/debug/dyad).
set -euo pipefail
cd "$(dirname "$0")/../.."
DYAD=${DYAD:-.build/debug/dyad}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ] 2>/dev/null || [ -z "$(java_major)" ]; then
    echo "Installing openjdk-17-jre-headless with apt..."
    $SUDO apt-get update -qq
    # Debian releases after 12 ship Java 21 instead, which Spark 4 also runs on.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
        || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-21-jre-headless >/dev/null
fi
if ! python3 -c "import pyspark" 2>/dev/null; then
    echo "Installing pyspark with pip..."
    python3 -m pip install --quiet pyspark || python3 -m pip install --quiet --break-system-packages pyspark
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Tests/Scripts/spark_corpus.py --documents 300 --bad-lines > "$work/corpus.jsonl"

"$DYAD" extract --jsonl "$work/corpus.jsonl" --on-error skip -o "$work/single.jsonl" 2> "$work/single.err"
grep -q "skipped 3 of 304 lines" "$work/single.err" || { echo "spark_test: expected 3 skipped lines:"; cat "$work/single.err"; exit 1; }

python3 Examples/spark/dyad_spark.py "$work/corpus.jsonl" "$work/spark.jsonl" \
    --dyad "$DYAD" --partitions 4 --fan-in 2 --on-error skip 2> "$work/spark.err" \
    || { echo "spark_test: the Spark job failed:"; tail -40 "$work/spark.err"; exit 1; }

relations=$(grep -c '"record": "relation"' "$work/single.jsonl")
[ "$relations" -ge 100 ] || { echo "spark_test: only $relations relations; the corpus should give hundreds"; exit 1; }
if ! cmp -s "$work/single.jsonl" "$work/spark.jsonl"; then
    echo "spark_test: the Spark graph differs from the single-process graph:"
    diff "$work/single.jsonl" "$work/spark.jsonl" | head -20
    exit 1
fi
echo "spark_test: Spark (4 partitions, tree merge) and single process agree byte for byte ($relations relations)"
