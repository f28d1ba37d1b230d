#!/usr/bin/env bash
# Every test of chiso, as CI runs it: formatting and lints, the Rust tests (unit, doc, golden,
# property, schema and command-line tests), then the Python package (scripts/test-python.sh:
# builds the extension once into .venv and runs pytest, the notebook and the stub check).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
bash scripts/test-python.sh
