#!/usr/bin/env bash
# Shows that parsing stays linear: times `doccatalog parse` on inputs that double in size, up to a
# 100,000-row table and a 10 MB page, and prints the time per MB at each size. Linear parsing keeps
# that figure flat; a quadratic step would double it at each size.
# Usage: Scripts/bench-linearity.sh path/to/doccatalog
set -euo pipefail
tool=${1:?usage: $0 path/to/doccatalog}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
row = '> |HttpRequestFailure: Server returned: {n} Error|Office 365|The `call` failed<br />for **tenant** {n}.|See [the guide](guide.md#step-{n}) and retry.|\n'
for rows in (12500, 25000, 50000, 100000):
    with open(f"{work}/table-{rows}.md", "w") as f:
        f.write('---\ntitle: Big table\n---\n# Errors\n\n> [!div class="mx-tableFixed"]\n>\n')
        f.write('> |Error message|App|Description|Resolution|\n> |---|---|---|---|\n')
        for n in range(rows):
            f.write(row.format(n=n))
section = ('## Section {n}\n\nSome *text* with `code` and a [link](page.md#x{n}).\n\n'
           '> [!NOTE]\n> A note.\n\n|Code|Meaning|\n|-|-|\n|{n}|one<br />two|\n|{n}b|three|\n\n- item\n- item\n\n')
for megabytes in (1.25, 2.5, 5, 10):
    with open(f"{work}/page-{megabytes}MB.md", "w") as f:
        size, n = 0, 0
        while size < megabytes * 1024 * 1024:
            text = section.format(n=n)
            f.write(text)
            size += len(text.encode())
            n += 1
PY

printf '%-22s %10s %10s %12s\n' input MB seconds 'ms per MB'
for file in "$work"/table-*.md "$work"/page-*.md; do
  bytes=$(stat -c %s "$file")
  best=""
  for attempt in 1 2 3; do
    start=$(date +%s.%N)
    "$tool" parse --format summary "$file" >/dev/null
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc -l)" = 1 ]; then best=$elapsed; fi
  done
  megabytes=$(echo "$bytes / 1048576" | bc -l)
  printf '%-22s %10.2f %10.3f %12.1f\n' "$(basename "$file")" "$megabytes" "$best" "$(echo "$best * 1000 / $megabytes" | bc -l)"
done
