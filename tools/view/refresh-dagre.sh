#!/usr/bin/env bash
# Refreshes view/assets/dagre.min.js from the npm package @dagrejs/dagre (default: the
# version in use). The minified bundle already holds graphlib; only its source-map comment
# is dropped and its licence comment pointed at the licence file kept beside it.
set -euo pipefail
version="${1:-3.1.4}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "@dagrejs/dagre@$version" > /dev/null
tar xzf "dagrejs-dagre-$version.tgz"
sha256sum "dagrejs-dagre-$version.tgz"
sed -e '/^\/\/# sourceMappingURL/d' \
    -e "s#/\*! For license information please see dagre.min.js.LEGAL.txt \*/#/*! @dagrejs/dagre $version, MIT: assets/dagre.LICENSE */#" \
    package/dist/dagre.min.js > "$root/view/assets/dagre.min.js"
cp package/LICENSE "$root/view/assets/dagre.LICENSE"
