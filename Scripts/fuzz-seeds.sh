#!/usr/bin/env bash
# Seeds a fuzzer. DocParserFuzzer: every page of docs/, of ../shared/corpus (when present) and of the tests.
# DocSetFuzzer: small doc sets (see FuzzDocSet: files split at NUL bytes, in the order page, include a,
# include b, doccatalog.yml, translation) made from docs/, and the hostile shapes its budgets answer.
set -euo pipefail
target=${1:?usage: $0 DocParserFuzzer|DocSetFuzzer OUTPUT_FOLDER}
out=${2:?usage: $0 DocParserFuzzer|DocSetFuzzer OUTPUT_FOLDER}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
case $target in
DocParserFuzzer)
  find "$root/docs" "$root/../shared/corpus" "$root/Tests" -name '*.md' -type f 2>/dev/null | while read -r file; do
    cp "$file" "$out/$(printf '%s' "$file" | md5sum | cut -c1-16).md"
  done
  # Front matter with YAML anchors and aliases (refused before Yams expands them: an alias bomb, an alias
  # as a key, anchors alone), and include markers, so that mutations reach the alias scan.
  printf -- '---\ntitle: x\na: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n---\n# Bomb\n' >"$out/seed-alias-bomb.md"
  printf -- '---\nk: &k {a: 1}\n? *k\n: v\n---\n# Key\n' >"$out/seed-alias-key.md"
  printf -- '---\ntitle: &t Title\ndescription: "*not an alias*"\nnotes: |\n  * item\n---\n# Anchors\n' >"$out/seed-anchor.md"
  printf -- '# Chain\n\n[!INCLUDE [a](a.md)]\n\n[!INCLUDE [a](a.md)] and [!INCLUDE [b](../b.md)] inline\n' >"$out/seed-includes.md"
  ;;
DocSetFuzzer)
  page=troubleshooting-api-connectors-using-error-messages.md
  config=$(sed "s/$page/page.md/" "$root/docs/doccatalog.yml")
  # seed: the project's own docs, one include in each page
  { cat "$root/docs/en-US/$page"; printf '\n[!INCLUDE [a](includes/a.md)]\n\0'
    cat "$root/docs/includes/support.md"; printf '\0[!INCLUDE [a](a.md)]\n\0%s\0' "$config"
    cat "$root/docs/ja-JP/$page"; } >"$out/seed-docs"
  # include chains and fan-out: a names b twice, b names a (a cycle)
  printf '# Page\n\n[!INCLUDE [a](includes/a.md)]\n\0[!INCLUDE [b](b.md)]\n[!INCLUDE [b](b.md)]\n\0[!INCLUDE [a](a.md)]\ntext\n' \
    >"$out/includes"
  # anchors and aliases in front matter
  printf -- '---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\ntitle: T\n---\n# T\n' >"$out/aliases"
  # locale names and outputs from the configuration
  printf '# Page\n\0\0\0sourceLocale: en-US\nlocales: [en-US, ja-JP]\noutputs:\n  swift: generated/Catalog.swift\n\0---\nms.contentlocale: ja-JP\n---\n# ページ\n' \
    >"$out/configuration"
  ;;
*)
  echo "unknown fuzzer: $target" >&2
  exit 2
  ;;
esac
echo "$(ls "$out" | wc -l) seeds in $out"
