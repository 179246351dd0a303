#!/usr/bin/env bash
# Builds Dyad's libFuzzer targets (swiftc -sanitize=fuzzer,address; not part of the normal build)
# and runs each for SECONDS (default 600), seeded from the project's fixtures.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (FUZZ_SKIP_BUILD=1 reuses the last build)
#   targets: FuzzGraphReader FuzzPack FuzzExtractor FuzzDOT FuzzDiffPath (default: all)
# Crashers are written to Fuzz/crashes/TARGET/; copy them into Tests/Fixtures/fuzz/ as regression cases.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzGraphReader FuzzPack FuzzExtractor FuzzDOT FuzzDiffPath)

# Every module is instrumented (coverage for the fuzzer, AddressSanitizer), not only the targets.
[ -n "${FUZZ_SKIP_BUILD:-}" ] || swift build --package-path Fuzz --scratch-path Fuzz/.build -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | grep -E 'error|Compiling|Build' | tail -3
BIN=Fuzz/.build/debug

seed() {
    local target=$1 dir=Fuzz/corpus/$1
    mkdir -p "$dir"
    case $target in
        FuzzGraphReader) cp Samples/graphs/*.json* Tests/Fixtures/Diff/*.json* "$dir"/ 2>/dev/null || true ;;
        FuzzPack) find Sources/DyadExtraction/DefaultPack Tests/DyadExtractionTests/Fixtures -name '*.yaml' -size -64k -exec cp {} "$dir"/ \; ;;
        FuzzExtractor) cp Samples/articles/*.txt "$dir"/ 2>/dev/null || true
            head -c 200000 Tests/Data/devset.jsonl | python3 -c 'import json,sys,os
for i,l in enumerate(sys.stdin):
    try: open(os.path.join(sys.argv[1], "dev%03d.txt" % i), "w").write(json.loads(l)["text"])
    except Exception: pass' "$dir" ;;
        FuzzDOT) printf 'Iran\xffHezbollah\xffIsrael\xff"; node [image="/etc/passwd"]' > "$dir/seed1"
            printf '<b>x</b>\xff\\N\xffa -> b\xff]' > "$dir/seed2" ;;
        FuzzDiffPath) head -c 64 /dev/urandom > "$dir/seed1"; printf '\x01\x02\x03\x84\x05\x86\x07\x08' > "$dir/seed2" ;;
    esac
}

for target in "${TARGETS[@]}"; do
    seed "$target"
    mkdir -p "Fuzz/crashes/$target"
    echo "== $target for $SECONDS_EACH s"
    ASAN_OPTIONS=detect_leaks=0 "$BIN/$target" "Fuzz/corpus/$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 2>&1 | tee "Fuzz/crashes/$target.log" \
        | grep -E '^(#[0-9]+ +(DONE|pulse)|==[0-9]+==|stat::|.*(Crash|Timeout|deadly|SUMMARY))' || true
done
