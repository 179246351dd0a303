#!/usr/bin/env bash
# The timing helper the command-line benchmarks share; source it after setting OUT (a scratch folder).
#
#   measure NAME RUNS CMD...
#
# Runs CMD RUNS times as a whole process, keeping its standard output of the last run in $OUT/NAME.stdout,
# and writes "median_seconds peak_kb cpu_seconds" of the median run (wall clock; peak RSS and user + system CPU time
# from /usr/bin/time) to $OUT/NAME.
# A failing command stops the calling benchmark (it runs under `set -e`).
measure() {
  local name="$1" runs="$2"; shift 2
  : > "$OUT/$name.runs"
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$OUT/$name.rss" "$@" > "$OUT/$name.stdout"
    end=$(date +%s.%N)
    local kb user system
    read -r kb user system < <(tail -1 "$OUT/$name.rss")
    echo "$(echo "$end - $start" | bc -l) $kb $(echo "$user + $system" | bc -l)" >> "$OUT/$name.runs"
  done
  sort -n "$OUT/$name.runs" | awk -v n="$runs" 'NR == int((n + 1) / 2)' > "$OUT/$name"
}
