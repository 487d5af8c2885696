#!/usr/bin/env bash
# Seeds the parser fuzzer with every page of docs/ and of ../shared/corpus (when present), under unique names.
set -euo pipefail
out=${1:?usage: $0 OUTPUT_FOLDER}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
find "$root/docs" "$root/../shared/corpus" "$root/Tests" -name '*.md' -type f 2>/dev/null | while read -r file; do
  cp "$file" "$out/$(printf '%s' "$file" | md5sum | cut -c1-16).md"
done
echo "$(ls "$out" | wc -l) seeds in $out"
