#!/bin/sh
# make-artifactbundle.sh TOOL OUT_DIR: packs the doccatalog executable TOOL as an artifact bundle
# (OUT_DIR/doccatalog.artifactbundle: info.json, schema version 1.0, with one variant for this machine's
# Linux triple), which a package can name as a binary target. The version is the tool's own.
set -eu
tool=$1
out=$2
version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/DocBuild/Pipeline/DocCatalogVersion.swift)
[ -n "$version" ] || { echo "no version in DocCatalogVersion.swift" >&2; exit 1; }
triple="$(uname -m)-unknown-linux-gnu"
bundle="$out/doccatalog.artifactbundle"
variant="doccatalog-$version-linux-gnu/bin"
rm -rf "$bundle"
mkdir -p "$bundle/$variant"
cp "$tool" "$bundle/$variant/doccatalog"
cat >"$bundle/info.json" <<JSON
{
  "schemaVersion": "1.0",
  "artifacts": {
    "doccatalog": {
      "type": "executable",
      "version": "$version",
      "variants": [
        {
          "path": "$variant/doccatalog",
          "supportedTriples": ["$triple"]
        }
      ]
    }
  }
}
JSON
echo "$bundle"
