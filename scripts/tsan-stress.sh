#!/usr/bin/env bash
# Thread-sanitizer stress (not CI: a separate build of about ten minutes on two cores).
# Builds Dyad with -sanitize=thread in .build-tsan, then
#   1. runs the parallel extractor ROUNDS times over the dev set (DispatchQueue.concurrentPerform over documents),
#   2. runs the suites that call libgvc from many threads at once through GraphvizKit's lock.
# Any data race stops the run (halt_on_error) with the sanitizer's report.
# Usage: scripts/tsan-stress.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
swift build --sanitize=thread --scratch-path .build-tsan --build-tests 2>&1 | grep -E 'error|warning: |Build' | tail -3
BIN=.build-tsan/debug/dyad
# The layout helper runs in its own process under a 2 GB address-space limit, which a TSan binary cannot live in:
# use the plain helper (the in-process Graphviz calls and their lock stay under the sanitizer).
swift build --product dyad-graphviz 2>&1 | grep -E 'error' || true
export DYAD_GRAPHVIZ="$PWD/.build/debug/dyad-graphviz"
for round in $(seq 1 "$ROUNDS"); do
    started=$(date +%s)
    "$BIN" extract --jsonl Tests/Data/devset.jsonl -o /dev/null
    echo "round $round: parallel extraction of the dev set, no race ($(( $(date +%s) - started )) s)"
done
swift test --sanitize=thread --scratch-path .build-tsan --skip-build --parallel \
    --filter 'GraphvizKitTests|HostileCorpusTests|RendererTests|ExtractionTests' 2>&1 | tail -5
echo "tsan-stress: no data race reported"
