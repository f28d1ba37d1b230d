#!/usr/bin/env bash
# The Python side of chiso's tests, on the package as a user gets it: makes the source archive
# (`maturin sdist`), builds the wheel from that archive alone (release, in the repository's
# target/, so the extension is built once and registry crates are reused between runs),
# installs the wheel into .venv, then runs pytest with the example notebook (nbmake) and checks
# the type stubs against the installed module (mypy's stubtest). Run from anywhere; works on a
# fresh clone and reads nothing outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/phase.sh

DIST=target/python-dist

venv() {
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
    fi
    .venv/bin/pip install --quiet --disable-pip-version-check \
        'maturin>=1.16,<2' 'pytest>=7' 'hypothesis>=6' 'pandas>=2.2' 'pyarrow>=14' 'polars>=1.0' 'numpy>=1.23' 'matplotlib>=3.5' \
        'nbmake>=1.5' 'nbformat>=5' 'ipykernel>=6' 'mypy>=1.8' 'jsonschema>=4' 'Babel>=2.12' \
        'dask[dataframe]>=2024.1' 'distributed>=2024.1'
}

# The wheel is built from the unpacked archive alone. maturin dates the archive's files with one
# fixed old date, which cargo would take as older than the last build in target/ and so skip
# recompiling changed sources: unpacked with --touch, they are dated now, so chiso and chiso-py
# always rebuild while the registry crates are reused.
wheel_from_sdist() {
    local root=$PWD
    rm -rf "$DIST"
    .venv/bin/maturin sdist --out "$DIST"
    tar --extract --touch --gzip --file "$DIST"/chiso-*.tar.gz --directory "$DIST"
    (cd "$DIST"/chiso-*/ && CARGO_TARGET_DIR="$root/target" "$root/.venv/bin/maturin" build --release \
        --interpreter "$root/.venv/bin/python" --out "$root/$DIST")
    .venv/bin/pip install --no-deps --force-reinstall --disable-pip-version-check "$DIST"/chiso-*.whl
}

# The tests must import the installed wheel, never python/chiso from this tree: pytest runs with
# --import-mode=importlib (it adds no test directory to sys.path) from the repository root, where
# no `chiso` package is importable, exactly as this check does.
installed_chiso() {
    .venv/bin/python - <<'EOF'
import sysconfig
from importlib.metadata import version
from pathlib import Path

import chiso

site = Path(sysconfig.get_paths()["purelib"]).resolve()
where = Path(chiso.__file__).resolve()
print(f"testing chiso {version('chiso')} from {where}")
if site not in where.parents:
    raise SystemExit(f"chiso was imported from {where}, not from the installed wheel in {site}")
EOF
}

export MPLBACKEND=Agg
phase "python: .venv and test dependencies" venv
phase "python: sdist, then the wheel built from it" wheel_from_sdist
phase "python: which chiso" installed_chiso
phase "python: pytest and the notebook" .venv/bin/python -m pytest --import-mode=importlib python/tests \
    --nbmake examples/binh_duong.ipynb examples/provinces.ipynb
phase "python: stubtest" .venv/bin/python -m mypy.stubtest chiso._chiso
phase_summary
