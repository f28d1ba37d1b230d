#!/usr/bin/env bash
# Every test of chiso, as CI runs it: formatting and lints, the Rust tests (unit, doc, golden,
# property, schema and command-line tests), the fuzz targets compiled on stable, the crates
# packaged as they would be published and built from those archives, then the Python package
# (scripts/test-python.sh: the wheel built once from the source archive, installed into .venv, and
# pytest, the notebook and the stub check run against it). Each phase prints how long it took.
# Reads nothing outside the repository; works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/phase.sh

# CI lays a copy of shared/ beside its clone, so a test reading it would pass there and fail on
# any other fresh clone: no code may name it. (`cargo package` below catches a crate reading
# outside itself.)
outside_reads() {
    if git grep -nE "[\"'/]shared[\"'/]|shared[/]seed" -- ':!*.md'; then
        echo "the lines above read from outside the repository; use the copies in crates/chiso/data/"
        return 1
    fi
}

phase "nothing read from outside the repository" outside_reads
phase "cargo fmt" cargo fmt --all -- --check
phase "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
phase "cargo test" cargo test --workspace
if [ -f fuzz/Cargo.toml ]; then
    phase "fuzz targets (cargo check)" cargo check --manifest-path fuzz/Cargo.toml --all-targets
fi
# Each crate's archive is unpacked in target/package/ and built there against the others'
# archives, so a file a crate reads from outside itself fails here. --allow-dirty lets the
# command run on uncommitted edits; CI's fresh clone is clean.
# Cargo unpacks those archives under $CARGO_HOME/registry/src/-<hash of the path>/ and, as for
# any registry, never again once there: a second run from the same path would build the others
# against the first run's chiso. The unpacked copies of our own crates go first.
fresh_archives() {
    rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/chiso-[0-9]*
    cargo package --workspace --allow-dirty
}
phase "cargo package --workspace" fresh_archives
phase "python" bash scripts/test-python.sh
phase_summary
