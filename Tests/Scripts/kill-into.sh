#!/usr/bin/env bash
# SIGKILL loop: kills `dyad extract --into` at random moments, KILLS times (default 200), and checks
# after every kill that the graph is whole (it validates) and holds every document of every run that
# finished: nothing is lost or half-written. Then two writers run at once and both must land.
# Usage: Tests/Scripts/kill-into.sh [path/to/dyad] [KILLS]
set -euo pipefail
DYAD=$(realpath "${1:-.build/debug/dyad}")
REPO=$(cd "$(dirname "$0")/../.." && pwd)
KILLS=${2:-200}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# A tiny pack keeps each run short, so most of it is reading and rewriting the graph.
# A folder pack: its rules, and the engine's lexicons from the bundled pack.
mkdir pk
cp "$REPO/Sources/DyadExtraction/DefaultPack/lexicons.yaml" pk/
cat > pk/pack.yaml <<'YAML'
pack: {name: kill-loop}
actors:
  - {id: iran, name: Iran, kind: state, aliases: [Iran]}
  - {id: hezbollah, name: Hezbollah, kind: armed-group, aliases: [Hezbollah]}
  - {id: russia, name: Russia, kind: state, aliases: [Russia]}
  - {id: syria, name: Syria, kind: state, aliases: [Syria]}
  - {id: israel, name: Israel, kind: state, aliases: [Israel]}
rules:
  - {id: backs, type: alliance, pattern: "@A backs @B"}
  - {id: struck, type: hostility, pattern: "@A struck @B"}
YAML
extract() { "$DYAD" extract --rules pk "$@"; }

# `stats` reads the whole graph (exit 2 if it is not valid) and prints its document count.
count_documents() { "$DYAD" stats --json "$1" | sed -n 's/^ *"documents" : \([0-9]*\).*/\1/p'; }

# A seed graph large enough that reading and rewriting it takes a noticeable part of each run.
python3 - <<'PY'
import json
with open("seed.jsonl", "w") as f:
    for i in range(400):
        f.write(json.dumps({"id": f"seed{i}", "text": f"Iran backs Hezbollah in report {i}. Israel struck Syria on day {i}."}) + "\n")
PY
extract --jsonl seed.jsonl --into g.json
expected=$(count_documents g.json)
# Kill anywhere from early in a run to a little after a typical run ends (milliseconds).
t0=$(date +%s%N); printf '{"id": "probe", "text": "Russia backs Syria."}\n' > doc.jsonl
extract --jsonl doc.jsonl --into g.json; expected=$((expected + 1))
span=$(( ($(date +%s%N) - t0) / 1000000 )); [ "$span" -ge 20 ] || span=20
killed=0 finished=0 i=0
start=$(date +%s)
while [ "$killed" -lt "$KILLS" ]; do
    i=$((i + 1))
    printf '{"id": "run%d", "text": "Russia backs Syria in run %d."}\n' "$i" "$i" > doc.jsonl
    "$DYAD" extract --rules pk --jsonl doc.jsonl --into g.json 2>/dev/null &
    pid=$!
    delay=$(( span / 5 + RANDOM % (span * 9 / 10) ))
    # Mostly before the run ends, so most runs are killed; some finish, to check that they land.
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null && status=0 || status=$?
    now=$(count_documents g.json) || { echo "FAIL: graph invalid after kill $i"; exit 1; }
    if [ "$status" -eq 0 ]; then finished=$((finished + 1)); fi
    # The run's document is there exactly when the rename happened; a finished run is always there.
    if [ "$now" -ne "$expected" ] && [ "$now" -ne $((expected + 1)) ]; then
        echo "FAIL: after kill $i the graph has $now documents, expected $expected or $((expected + 1))"; exit 1
    fi
    if [ "$status" -eq 0 ] && [ "$now" -ne $((expected + 1)) ]; then echo "FAIL: run $i finished but its document is missing"; exit 1; fi
    expected=$now
done
# Temporary files of killed runs are removed by the next run that takes the lock.
printf '{"id": "last", "text": "Iran backs Hezbollah again."}\n' > doc.jsonl
extract --jsonl doc.jsonl --into g.json
expected=$((expected + 1))
[ "$(count_documents g.json)" -eq "$expected" ] || { echo "FAIL: the final run lost documents"; exit 1; }
if ls -A | grep -q '\.tmp-'; then echo "FAIL: temporary files left: $(ls -A | grep '\.tmp-')"; exit 1; fi

# `-o` writers take no lock: the temporary of a killed one is removed by the next write of the same file,
# which knows from the process id in its name that its writer is gone; a running writer's is kept.
# A merge reading a JSON Lines FIFO has its temporary open until the FIFO ends: a writer caught mid-write.
"$DYAD" merge g.json -o g.jsonl
mkfifo slow.jsonl
blocked_writer() {
    "$DYAD" merge slow.jsonl -o out.json 2>/dev/null & writer=$!
    exec 3>slow.jsonl
    head -c 2000 g.jsonl >&3
    for _ in $(seq 1 100); do ls -A | grep -q "^\.out\.json\.tmp-$writer-" && return 0; sleep 0.1; done
    echo "FAIL: the blocked writer made no temporary file"; exit 1
}
temporaries() { ls -A | grep -c '^\.out\.json\.tmp-' || true; }
blocked_writer
kill -9 "$writer"; wait "$writer" 2>/dev/null || true; exec 3>&-
[ "$(temporaries)" -eq 1 ] || { echo "FAIL: the killed writer left no temporary to clean"; exit 1; }
"$DYAD" merge g.json -o out.json
[ "$(temporaries)" -eq 0 ] || { echo "FAIL: a killed writer's temporary was left: $(ls -A | grep '\.tmp-')"; exit 1; }
blocked_writer
"$DYAD" merge g.json -o out.json
[ "$(temporaries)" -eq 1 ] || { echo "FAIL: a running writer's temporary was removed"; exit 1; }
kill -9 "$writer"; wait "$writer" 2>/dev/null || true; exec 3>&-

# Two writers at once: both sets of documents land.
python3 - <<'PY'
import json
for w in "xy":
    with open(f"{w}.jsonl", "w") as f:
        for i in range(50):
            f.write(json.dumps({"id": f"{w}{i}", "text": f"Israel struck Hezbollah, writer {w} {i}."}) + "\n")
PY
"$DYAD" extract --rules pk --jsonl x.jsonl --into g.json & a=$!
"$DYAD" extract --rules pk --jsonl y.jsonl --into g.json & b=$!
wait "$a" && wait "$b"
[ "$(count_documents g.json)" -eq $((expected + 100)) ] || { echo "FAIL: concurrent writers lost documents"; exit 1; }
echo "kill-into: runs of ${span} ms, $killed kills during $i runs ($finished finished), graph valid after each, nothing lost;" \
    "a killed -o writer's temporary removed by the next write, a running one's kept; $(( $(date +%s) - start )) s"
