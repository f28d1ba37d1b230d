#!/usr/bin/env bash
# The Python side of chiso's tests: builds the extension once (release, in cargo's own target
# directory) into .venv, then runs pytest with the example notebook (nbmake) and checks the type
# stubs against the built module (mypy's stubtest). Run from anywhere; works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/pip install --quiet --disable-pip-version-check \
    'maturin>=1.16,<2' 'pytest>=7' 'hypothesis>=6' 'pandas>=1.5' 'matplotlib>=3.5' \
    'nbmake>=1.5' 'nbformat>=5' 'ipykernel>=6' 'mypy>=1.8' 'jsonschema>=4' 'Babel>=2.12'

# One build: `maturin develop` installs the package editable, so python/chiso is used in place
# and only the native module is built.
VIRTUAL_ENV="$PWD/.venv" .venv/bin/maturin develop --release

export MPLBACKEND=Agg
.venv/bin/python -m pytest python/tests --nbmake examples/binh_duong.ipynb
.venv/bin/python -m mypy.stubtest chiso._chiso
