#!/bin/sh
# Regenerates codegen/catalog/ from the pinned botocore (tools/catalog/requirements.txt),
# and the list of services AWS removed from botocore 1.23.0 (November 2021, when Step
# Functions' AWS SDK integrations began). Run from the repository's root; needs python3
# with venv and the package registry. OUT (default codegen/catalog) lets a test write elsewhere.
set -eu
out="${OUT:-codegen/catalog}"
work="${TMPDIR:-/tmp}/sfn-catalog"
mkdir -p "$work"
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet -r tools/catalog/requirements.txt
if [ ! -d "$work/old/botocore/data" ]; then
    "$work/venv/bin/pip" download --quiet --no-deps botocore==1.23.0 -d "$work/old"
    (cd "$work/old" && "$work/venv/bin/python" -m zipfile -e botocore-1.23.0-py3-none-any.whl .)
fi
"$work/venv/bin/python" tools/catalog/generate.py "$out" "$work/old/botocore/data"
if [ -z "${OUT:-}" ]; then
    mv codegen/catalog/files.rs codegen/src/catalog/files.rs
    mv codegen/catalog/setters.rs dsl/src/integrations/setters.rs
    mv codegen/catalog/service_errors.rs dsl/src/errors/sdk.rs
fi
