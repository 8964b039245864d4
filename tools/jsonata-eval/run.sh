#!/usr/bin/env bash
# Measures the JSONata engines (tools/jsonata-eval/src/main.rs) on the reference suite the
# jsonata-rs crate ships (fetched into cargo's registry by `cargo fetch` here), sharing the
# workspace's target folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root/tools/jsonata-eval"
cargo fetch --locked > /dev/null
suite="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/jsonata-rs-0.3.4/tests/testsuite | head -n 1)"
CARGO_TARGET_DIR="$root/target" cargo run --release --locked --quiet -- "$suite"
