#!/usr/bin/env bash
# DocCatalog's benchmark: deterministic doc sets from 10 to 2,000 pages (about 40 MB), measured in one run
# against two baselines on the same pages: reading the files, and libcmark parsing and rendering each page
# to HTML on one thread. Prints a Markdown table: wall time (best of RUNS), MB/s, peak memory, ratios.
# usage: Benchmarks/run.sh [PAGES_PER_LOCALE...]   (default: 5 100 1000, in two locales: 10, 200, 2,000 pages)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-3}
sizes=${*:-5 100 1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product doccatalog >/dev/null
tool="$(swift build -c release --show-bin-path)/doccatalog"
cc -O2 -o "$work/cmark-baseline" Benchmarks/cmark-baseline.c $(pkg-config --cflags --libs libcmark)

# best wall time (s, from the clock in nanoseconds) and peak resident memory (KB) of a command, over $runs runs
measure() {
  local best="" peak=0
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    end=$(date +%s.%N)
    local seconds kilobytes
    seconds=$(echo "$end - $start" | bc -l)
    kilobytes=$(cat "$work/time")
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc -l)" = 1 ]; then best=$seconds; fi
    [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
  done
  echo "$best $peak"
}

echo "| pages | MB | step | seconds | MB/s | peak MB | × read | × libcmark |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|"
for pages in $sizes; do
  docs="$work/docs-$pages"
  python3 Benchmarks/generate-docs.py "$docs" "$pages"
  total_pages=$((pages * 2))
  mapfile -t files < <(find "$docs" -name '*.md' | sort)
  bytes=$(cat "${files[@]}" | wc -c)
  megabytes=$(echo "$bytes / 1048576" | bc -l)
  read -r read_s read_kb < <(measure "$work/cmark-baseline" --read-only "${files[@]}")
  read -r cmark_s cmark_kb < <(measure "$work/cmark-baseline" "${files[@]}")
  read -r build_s build_kb < <(measure "$tool" build "$docs" --json "$work/out.json" --swift "$work/Out.swift" --html "$work/site" --quiet)
  read -r validate_s validate_kb < <(measure "$tool" validate "$docs" --format json)
  row() {
    printf "| %s | %.1f | %s | %.3f | %.1f | %.0f | %.1f | %.2f |\n" "$total_pages" "$megabytes" "$1" "$2" \
      "$(echo "$megabytes / $2" | bc -l)" "$(echo "$3 / 1024" | bc -l)" \
      "$(echo "$2 / $read_s" | bc -l)" "$(echo "$2 / $cmark_s" | bc -l)"
  }
  row "read files" "$read_s" "$read_kb"
  row "libcmark parse + HTML, 1 thread" "$cmark_s" "$cmark_kb"
  row "doccatalog build (JSON, Swift, HTML)" "$build_s" "$build_kb"
  row "doccatalog validate" "$validate_s" "$validate_kb"
done
