"""The cost of chiso from Python against the same arithmetic in Python's `decimal`.

Run by hand after building the extension in release (scripts/test-python.sh does):

    .venv/bin/python benches/python_compare.py

chiso.growth also computes the interval the printed bounds allow, converts its inputs exactly
and checks units; the aim is to stay within 2x of the bare `(c - p) / p * 100` in `decimal`.
The script also builds the wheel into a temporary directory and prints its size.
"""

import os
import subprocess
import sys
import tempfile
import timeit
from decimal import Decimal
from pathlib import Path

import chiso

ROOT = Path(__file__).resolve().parents[1]
CURRENT, PREVIOUS = Decimal("16.94"), Decimal("15.21")


def best_per_call(statement, number: int = 200_000, repeat: int = 7) -> float:
    """Seconds per call, the best of `repeat` runs (the least disturbed by the machine)."""
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number


def with_decimal() -> Decimal:
    return (CURRENT - PREVIOUS) / PREVIOUS * 100


def main() -> None:
    # Each benchmark asserts what it times, so the comparison is of equal results.
    assert chiso.growth(CURRENT, PREVIOUS).value == with_decimal()
    baseline = best_per_call(with_decimal)
    cases = {
        "chiso.growth(Decimal, Decimal)": lambda: chiso.growth(CURRENT, PREVIOUS),
        "chiso.growth(Decimal, Decimal).value": lambda: chiso.growth(CURRENT, PREVIOUS).value,
        "chiso.growth(str, str)": lambda: chiso.growth("16.94", "15.21"),
        "chiso.growth(float, float)": lambda: chiso.growth(16.94, 15.21),
    }
    q_now, q_before = chiso.Quantity("16.94", "billion kWh"), chiso.Quantity("15.21", "billion kWh")
    cases["chiso.growth(Quantity, Quantity)"] = lambda: chiso.growth(q_now, q_before)
    print(f"{'(c - p) / p * 100 with decimal':40} {baseline * 1e9:8.0f} ns   1.00x")
    for name, call in cases.items():
        seconds = best_per_call(call)
        print(f"{name:40} {seconds * 1e9:8.0f} ns {seconds / baseline:6.2f}x")
    wheel_size()


def wheel_size() -> None:
    maturin = Path(sys.executable).with_name("maturin")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [str(maturin), "build", "--release", "--quiet", "--out", out],
            cwd=ROOT,
            check=True,
            env={**os.environ, "CARGO_TERM_QUIET": "true"},
        )
        for wheel in Path(out).glob("*.whl"):
            print(f"wheel {wheel.name}: {wheel.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
