#!/usr/bin/env bash
# DocCatalog's benchmark: deterministic doc sets from 10 to 2,000 pages (up to 53 MB), measured in one run
# against two baselines on the same pages: reading the files, and libcmark parsing and rendering each page
# to HTML on one thread. Prints a Markdown table: wall time (best of RUNS), MB/s, peak memory, ratios.
#
# Builds are measured three ways: a full build into empty outputs without the cache, a rebuild of unchanged
# docs (the cache answers), and a rebuild after one page changed (only that page is parsed and rendered, the
# others' catalog rows, findings and site pages taken from the cache, and only the files that depend on it
# are rewritten); the rebuilds' rows give their share of a full build's time. Each build writes the JSON, the
# Swift source and the site, and reports its findings. The work happens in memory (/dev/shm, or BENCH_DIR) so that the disk of a shared virtual
# machine, slow and uneven at creating thousands of files, does not drown what the tool itself costs.
# Every page of these sets is a catalog page, the worst case for the size of the JSON and Swift outputs. Two
# more sets have the largest number of pages with the catalog on one page in ten (TYPICAL=0 skips them):
# the same tables-only pages, and the typical set, the issue's 2,000 pages and 50 MB, whose pages also have
# two sections of prose after their table, as most real pages do. Another set (REAL=0 skips it) has real
# Microsoft Learn pages' shape (Benchmarks/generate-real-shaped.py): their sizes (10 KB on average), links,
# headings, includes and anchors, a table on a minority of pages, some raw HTML; 700 pages a locale, 14 MB,
# as many as the real doc set measured, or the largest size asked for when smaller. The media set (MEDIA=0
# skips it, Benchmarks/generate-media.py) is 150 pages a locale of images, snippets and DocFX blocks, every
# image a file the site publishes.
# usage: Benchmarks/run.sh [PAGES_PER_LOCALE...]   (default: 5 100 1000, in two locales: 10, 200, 2,000 pages)
#        TOOL=path/to/doccatalog Benchmarks/run.sh ...   (a tool already built: nothing is built, to compare two)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-5}
sizes=${*:-5 100 1000}
base=${BENCH_DIR:-/dev/shm}
[ -d "$base" ] && [ -w "$base" ] || base=${TMPDIR:-/tmp}
work=$(mktemp -d "$base/doccatalog-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The Makefile's release flags (mimalloc linked in), or the same by default when run on its own.
if [ -n "${TOOL:-}" ]; then
  tool=$(realpath "$TOOL")
else
  flags=${RELEASE_FLAGS:--c release --traits Mimalloc --static-swift-stdlib}
  swift build $flags --product doccatalog >/dev/null
  tool="$(swift build $flags --show-bin-path)/doccatalog"
fi
cc -O2 -o "$work/cmark-baseline" Benchmarks/cmark-baseline.c $(pkg-config --cflags --libs libcmark)

# Best wall time (s) and peak resident memory (KB) of a command over $runs runs; PREPARE (a command, `true`
# for none) runs before each run, outside the timing. The time is bash's own clock (`EPOCHREALTIME`) read
# around the command alone: no process is started to read it, and nothing but the command is timed, which
# matters for the rebuilds of a few milliseconds. The peak is taken in one more run, under `/usr/bin/time`.
[ -n "${EPOCHREALTIME:-}" ] || { echo "bash 5 or later is needed (EPOCHREALTIME)" >&2; exit 1; }
measure() {
  local prepare=$1 best=""
  shift
  for _ in $(seq "$runs"); do
    $prepare
    local start end
    start=${EPOCHREALTIME/,/.}
    "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    end=${EPOCHREALTIME/,/.}
    local seconds
    seconds=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc -l)" = 1 ]; then best=$seconds; fi
  done
  $prepare
  /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  echo "$best $(cat "$work/time")"
}

echo "| pages | MB | step | seconds | MB/s | peak MB | peak ÷ docs | × read | × libcmark |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|"
# measure_set PAGES_PER_LOCALE LABEL CATALOG_GLOB [PROSE_SECTIONS]
measure_set() {
  local pages=$1 label=$2
  docs="$work/docs-$pages-$RANDOM"
  CATALOG_PAGES=$3 PROSE_SECTIONS=${4:-0} python3 Benchmarks/generate-docs.py "$docs" "$pages"
  measure_docs "$((pages * 2))$label" "$docs/en-US/errors-00001.md"
}

# measure_real_set PAGES_PER_LOCALE LABEL: the set shaped like real pages; the page changed is its first
# page outside the catalog, as in the sets above with the catalog on one page in ten.
measure_real_set() {
  local pages=$1 label=$2
  docs="$work/docs-real-$pages-$RANDOM"
  python3 Benchmarks/generate-real-shaped.py "$docs" "$pages"
  measure_docs "$((pages * 2))$label" "$(find "$docs/en-US" -name '*.md' ! -name '*-error-codes-*' | sort | head -1)"
}

# measure_media_set PAGES_PER_LOCALE LABEL: the set of media and DocFX blocks (Benchmarks/generate-media.py);
# the page changed is its first page outside the catalog.
measure_media_set() {
  local pages=$1 label=$2
  docs="$work/docs-media-$pages-$RANDOM"
  python3 Benchmarks/generate-media.py "$docs" "$pages"
  measure_docs "$((pages * 2))$label" "$docs/en-US/get-started/area-0000.md"
}

# measure_docs LABEL CHANGED_PAGE: the rows of the doc set in $docs (every Markdown file, includes too).
measure_docs() {
  total_pages=$1
  mapfile -t files < <(find "$docs" -name '*.md' | sort)
  bytes=$(cat "${files[@]}" | wc -c)
  megabytes=$(echo "$bytes / 1048576" | bc -l)
  build=("$tool" build "$docs" --json "$work/out/catalog.json" --swift "$work/out/Catalog.swift" --html "$work/out/site" --quiet)
  page=$2
  cp "$page" "$work/page.original"
  edits=0
  clear_outputs() { rm -rf "$work/out" "$docs/.doccatalog-cache"; }
  # A new last line each time, so that every run has a change to build.
  change_one_page() {
    edits=$((edits + 1))
    { cat "$work/page.original"; echo; echo "Edited $edits."; } >"$page"
  }

  read -r read_s read_kb < <(measure true "$work/cmark-baseline" --read-only "${files[@]}")
  read -r cmark_s cmark_kb < <(measure true "$work/cmark-baseline" "${files[@]}")
  read -r build_s build_kb < <(measure clear_outputs "${build[@]}" --no-cache)
  "${build[@]}"
  read -r cached_s cached_kb < <(measure true "${build[@]}")
  read -r changed_s changed_kb < <(measure change_one_page "${build[@]}")
  # JSON and Swift only: a changed page is parsed alone, the others' rows taken from the cache.
  data=("$tool" build "$docs" --json "$work/out/catalog.json" --swift "$work/out/Catalog.swift" --quiet)
  read -r data_s data_kb < <(measure clear_outputs "${data[@]}" --no-cache)
  "${data[@]}"
  read -r data_changed_s data_changed_kb < <(measure change_one_page "${data[@]}")
  cp "$work/page.original" "$page"
  read -r validate_s validate_kb < <(measure true "$tool" validate "$docs" --format json)

  row() {
    printf "| %s | %.1f | %s | %.3f | %.1f | %.0f | %.1f | %.1f | %.2f |\n" "$total_pages" "$megabytes" "$1" "$2" \
      "$(echo "$megabytes / $2" | bc -l)" "$(echo "$3 / 1024" | bc -l)" "$(echo "$3 / 1024 / $megabytes" | bc -l)" \
      "$(echo "$2 / $read_s" | bc -l)" "$(echo "$2 / $cmark_s" | bc -l)"
  }
  # share PART WHOLE: PART as a fraction of WHOLE, such as 1/12.
  share() { printf "1/%.0f" "$(echo "$2 / $1" | bc -l)"; }
  row "read files" "$read_s" "$read_kb"
  row "libcmark parse + HTML, 1 thread" "$cmark_s" "$cmark_kb"
  row "doccatalog build, full (JSON, Swift, HTML)" "$build_s" "$build_kb"
  row "doccatalog build, nothing changed (cache: $(share "$cached_s" "$build_s") of a full build)" "$cached_s" "$cached_kb"
  row "doccatalog build, one page changed (pages' results: $(share "$changed_s" "$build_s") of a full build)" \
    "$changed_s" "$changed_kb"
  row "doccatalog build, full (JSON, Swift)" "$data_s" "$data_kb"
  row "doccatalog build, one page changed (JSON, Swift: pages' results cached)" "$data_changed_s" "$data_changed_kb"
  row "doccatalog validate" "$validate_s" "$validate_kb"
  rm -rf "$docs" "$work/out"
}

for pages in $sizes; do measure_set "$pages" "" "errors-*.md"; done
largest=${sizes##* }
if [ "${TYPICAL:-1}" = 1 ]; then
  measure_set "$largest" " (catalog on 1 page in 10)" "errors-*0.md"
  measure_set "$largest" " (typical: tables and prose, catalog on 1 page in 10)" "errors-*0.md" 2
fi
if [ "${REAL:-1}" = 1 ]; then
  measure_real_set "$((largest < 700 ? largest : 700))" " (real-shaped: Learn pages, catalog on 1 page in 10)"
fi
if [ "${MEDIA:-1}" = 1 ]; then
  measure_media_set "$((largest < 150 ? largest : 150))" " (media: images, snippets, zones, tabs, video, HTML tables)"
fi
exit 0
