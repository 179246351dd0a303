#!/bin/sh
# Writes what `dyad extract` produces (graphs as JSON and the --explain trace) for a fixed set of inputs
# into OUTDIR, so two builds can be compared byte for byte after a change that must not change output:
#
#   Tests/Scripts/extract_outputs.sh OLD/dyad /tmp/before
#   Tests/Scripts/extract_outputs.sh NEW/dyad /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# Inputs: Dyad's gold files and samples, always; with DYAD_EXTRA_JSONL (space-separated JSON Lines corpora,
# such as ../shared/news-dev/news-dev.jsonl) and DYAD_EXTRA_TEXT (text files, such as the seed article) those
# too; with DYAD_BENCH_DATA (the shared generator's data) its first MB of text as 100-line documents, read with
# its 10,000-name gazetteer added to the bundled pack. Every input runs with the rules alone and with the
# pack's relation model. Use project data or copies in /tmp only: the outputs quote the texts.
# Usage: Tests/Scripts/extract_outputs.sh DYAD OUTDIR
set -eu
DYAD=$1
OUT=$2
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$OUT"

run() { # name, then the input arguments
    name=$1
    shift
    "$DYAD" extract "$@" --date 2024-06-01 --no-model --explain -o "$OUT/$name.rules.json" 2>"$OUT/$name.rules.explain"
    "$DYAD" extract "$@" --date 2024-06-01 --model pack --explain -o "$OUT/$name.model.json" 2>"$OUT/$name.model.explain"
}

for f in "$ROOT"/Tests/Data/*.jsonl "$ROOT"/Samples/corpus/*.jsonl; do
    run "$(basename "$f" .jsonl)" --jsonl "$f"
done
for f in "$ROOT"/Samples/articles/*.txt; do
    run "$(basename "$f" .txt)" "$f"
done
for f in ${DYAD_EXTRA_JSONL:-}; do
    run "extra-$(basename "$f" .jsonl)" --jsonl "$f"
done
for f in ${DYAD_EXTRA_TEXT:-}; do
    run "extra-$(basename "$f" .txt)" "$f"
done
if [ -n "${DYAD_BENCH_DATA:-}" ]; then
    # The gazetteer as actors of a pack that extends the bundled one (kinds as dyad-bench guesses them).
    python3 "$ROOT/Benchmarks/bench_pack.py" "$DYAD_BENCH_DATA/text" "$OUT/bench-pack.yaml"
    python3 - "$DYAD_BENCH_DATA/text" "$OUT" <<'EOF'
import json, sys
src, out = sys.argv[1], sys.argv[2]
with open(f"{src}/corpus.txt", encoding="utf-8") as f:
    text = f.read(1_000_000)
lines = text.split("\n")[:-1]
with open(f"{out}/bench-slice.jsonl", "w", encoding="utf-8") as f:
    for k in range(0, len(lines), 100):
        f.write(json.dumps({"id": f"bench-{k // 100}", "text": "\n".join(lines[k:k + 100])}) + "\n")
EOF
    run bench-slice --jsonl "$OUT/bench-slice.jsonl" --rules "$OUT/bench-pack.yaml"
fi
