#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): validates the doc set of each changed file, the nearest folder
# above it that holds a doccatalog.yml; a file in no doc set is left alone. Arguments starting with '-' are
# options for every 'doccatalog validate' (--format and --config take the next argument); the others are the
# changed files, as pre-commit passes them. Exits with the worst status of the validations (1 on errors).
#
# The tool is $DOCCATALOG when set, else the one built from this checkout with SwiftPM (built on first use,
# in its .build folder: Swift and libcmark must be installed).
set -euo pipefail

options=()
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --format | --config)
      options+=("$1" "${2:?$1 needs a value}")
      shift 2
      ;;
    -*)
      options+=("$1")
      shift
      ;;
    *)
      files+=("$1")
      shift
      ;;
  esac
done

doc_set_of() {
  local folder
  folder=$(dirname -- "$1")
  while true; do
    if [ -f "$folder/doccatalog.yml" ]; then
      printf '%s\n' "$folder"
      return
    fi
    if [ "$folder" = . ] || [ "$folder" = / ]; then return; fi
    folder=$(dirname -- "$folder")
  done
}

sets=()
while IFS= read -r folder; do
  [ -n "$folder" ] && sets+=("$folder")
done < <(for file in ${files[@]+"${files[@]}"}; do doc_set_of "$file"; done | LC_ALL=C sort -u)
[ ${#sets[@]} -gt 0 ] || exit 0

tool=${DOCCATALOG:-}
if [ -z "$tool" ]; then
  package=$(cd -- "$(dirname -- "$0")/.." && pwd)
  tool="$(swift build -c release --package-path "$package" --show-bin-path)/doccatalog"
  if [ ! -x "$tool" ]; then
    echo "building doccatalog (once) in $package/.build ..." >&2
    swift build -c release --product doccatalog --package-path "$package" >&2
  fi
fi

status=0
for folder in "${sets[@]}"; do
  "$tool" validate "$folder" ${options[@]+"${options[@]}"} || {
    code=$?
    if [ "$code" -gt "$status" ]; then status=$code; fi
  }
done
exit "$status"
