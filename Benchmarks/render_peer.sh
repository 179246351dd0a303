#!/usr/bin/env bash
# Times the Graphviz command-line tools on DOT files, whole process, median of several runs,
# to compare with `dyad-bench render` (which renders the same DOT through dyad-graphviz).
#
#   Benchmarks/render_peer.sh [--runs N] [--format svg] [--engine dot|sfdp|auto] FILE.dot...
#
# Typical inputs: the shared generator's DOT files
#   python3 ../shared/bench/gen.py --out /tmp/bench --only graph --sizes 100k   # writes /tmp/bench/dot/*.dot
#   Benchmarks/render_peer.sh --engine sfdp /tmp/bench/dot/*.dot
# and the DOT that `dyad-bench render --keep DIR` leaves in DIR (g100.dot, g1000.dot, g10000.dot;
# with --engine auto the engine is dot up to 150 relations and sfdp above, as dyad chooses).
set -euo pipefail
runs=5
format=svg
engine=auto
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    --engine) engine="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ $# -gt 0 ]] || { echo "usage: $0 [--runs N] [--format svg] [--engine dot|sfdp|auto] FILE.dot..." >&2; exit 2; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-28s %-6s %6s %12s %12s\n' file engine edges "median wall" "median cpu"
for file in "$@"; do
  edges=$(grep -c -- '->\|--' "$file" || true)
  use="$engine"
  if [[ "$use" == auto ]]; then
    if (( edges <= 150 )); then use=dot; else use=sfdp; fi
  fi
  walls=() cpus=()
  for ((i = 0; i < runs; i++)); do
    out=$( { /usr/bin/time -f '%e %U %S' "$use" "-T$format" "$file" -o /dev/null; } 2>&1 | tail -1 )
    read -r wall user sys <<<"$out"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
  done
  printf '%-28s %-6s %6s %11.3fs %11.3fs\n' "$(basename "$file")" "$use" "$edges" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
done
