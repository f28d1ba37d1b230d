"""The cost of chiso from Python against the same work in pure Python.

Run by hand after building the extension in release (scripts/test-python.sh does):

    .venv/bin/python benches/python_compare.py

chiso.growth also computes the interval the printed bounds allow, converts its inputs exactly
and checks units; the aim is to stay within 2x of the bare `(c - p) / p * 100` in `decimal`.
Growth of two Quantity values, already converted, is the core's arithmetic and the call; the
difference with two Decimal arguments is what converting them costs, and `Estimate.value` what
converting the 28-digit result back costs.

Reading 100,000 numbers as Vietnamese reports print them (`351.640`, `16,94`), chiso's
`parse_number` and `parse_numbers` against Babel's `parse_decimal` for the `vi` locale, strict
as chiso is (and lenient, for reference): the aim is at least 50x faster than strict Babel.

The script also builds the wheel into a temporary directory and prints its size.

Whole columns (`--columns` runs only this section; it runs by default): growth over 1,000,000
rows of decimal128(18, 2) with `chiso.columns.growth` (the value alone, and with the interval;
from pyarrow, and from polars and pandas columns, which shows what the Python and Arrow layer
adds) against the same `(c - p) / p * 100` in Python's `decimal` (on 100,000 rows, scaled),
pandas object `Decimal`, polars `Decimal`, `pyarrow.compute` on decimal128, and numpy float64;
each with ns per row, its ratio to chiso's value-only call, and how many of the first 100,000
rows equal Python's `decimal` result (as is, rounded to the 28 places decimal128(38, 28) holds,
and the quotient rounded once: the printed footnotes say why they differ); then the call's own
peak memory, measured in a child process, against the bytes of its inputs and output.

Panels (`--panel` runs only this section): the synthetic panel of the Rust benches
(benches/panel_synth.rs: 34 regions × 200 indicators × 12 months × 12 years = 979,200
observations, 6,800 growth targets) as pandas DataFrames with Arrow-backed columns (strings,
decimal128), then `chiso.Panel.from_pandas`, `growth()`, `assess()` and `check()`, each timed
and in total (the aim is under 1.5 s); and separately `from_pandas` of the same observations
with their figures as object `Decimal` columns, which are converted to text to keep each
figure's digits.

A panel beyond one machine (`--dask` runs only this section, which needs `chiso[dask]`; it does
not run by default): growth, verdicts and findings of the synthetic panel of python/tests/test_dask.py
grown to about a million observations, from a pandas frame of Arrow strings, in this process with
`chiso.Panel` and on a `LocalCluster` of 2 worker processes with `chiso.dask`, asserting equal
results; it prints each step's wall time and the cluster's overhead against one process.
"""

import decimal
import os
import random
import subprocess
import sys
import tempfile
import time
import timeit
from decimal import Decimal
from pathlib import Path

import babel.numbers
import chiso
import chiso.columns

ROOT = Path(__file__).resolve().parents[1]
CURRENT, PREVIOUS = Decimal("16.94"), Decimal("15.21")


def best_per_call(cases: dict, number: int = 20_000, rounds: int = 40) -> dict:
    """Seconds per call of each case, the best of `rounds` runs (the least disturbed by the
    machine). The clock is this process's CPU time, which a busy machine's other work does not
    add to, and the cases take turns, so that what it does disturb slows them alike."""
    best = {name: float("inf") for name in cases}
    for _ in range(rounds):
        for name, call in cases.items():
            seconds = timeit.Timer(call, timer=time.process_time).timeit(number)
            best[name] = min(best[name], seconds / number)
    return best


def with_decimal() -> Decimal:
    return (CURRENT - PREVIOUS) / PREVIOUS * 100


def main() -> None:
    # Each benchmark asserts what it times, so the comparison is of equal results.
    assert chiso.growth(CURRENT, PREVIOUS).value == with_decimal()
    baseline_name = "(c - p) / p * 100 with decimal"
    cases = {
        baseline_name: with_decimal,
        "chiso.growth(Decimal, Decimal)": lambda: chiso.growth(CURRENT, PREVIOUS),
        "chiso.growth(Decimal, Decimal).value": lambda: chiso.growth(CURRENT, PREVIOUS).value,
        "chiso.growth(str, str)": lambda: chiso.growth("16.94", "15.21"),
        "chiso.growth(float, float)": lambda: chiso.growth(16.94, 15.21),
    }
    q_now, q_before = chiso.Quantity("16.94", "billion kWh"), chiso.Quantity("15.21", "billion kWh")
    cases["chiso.growth(Quantity, Quantity)"] = lambda: chiso.growth(q_now, q_before)
    estimate = chiso.growth(CURRENT, PREVIOUS)
    cases["Estimate.value (28 digits out)"] = lambda: estimate.value
    timings = best_per_call(cases)
    baseline = timings[baseline_name]
    for name, seconds in timings.items():
        print(f"{name:40} {seconds * 1e9:8.0f} ns {seconds / baseline:6.2f}x")
    # The boundary's share, apart from the core's arithmetic: a Quantity is already converted.
    two_in = timings["chiso.growth(Decimal, Decimal)"] - timings["chiso.growth(Quantity, Quantity)"]
    print(f"{'two Decimals in (the difference of both)':40} {two_in * 1e9:8.0f} ns {two_in / baseline:6.2f}x")
    print()
    number_reading()
    print()
    wheel_size()


def vietnamese_numbers(count: int = 100_000) -> list[str]:
    """Numbers as a Vietnamese report prints them: 1 to 13 digits, 0 to 3 decimals, a fifth
    negative; most of them grouped (`351.640`, `1.234.567,891`), some not (`16,94`)."""
    rng = random.Random(20250305)
    texts = []
    for _ in range(count):
        digits = rng.randint(1, 13)
        scale = rng.randint(0, 3)
        value = Decimal(rng.randrange(10 ** (digits - 1), 10**digits)).scaleb(-scale)
        texts.append(chiso.format_decimal(-value if rng.random() < 0.2 else value, "vi"))
    return texts


def best_of(repeat: int, run, clock=time.perf_counter) -> tuple[float, object]:
    """The least disturbed of `repeat` timings of `run()` by `clock`, and its result."""
    timings = []
    for _ in range(repeat):
        start = clock()
        result = run()
        timings.append(clock() - start)
    return min(timings), result


def number_reading() -> None:
    texts = vietnamese_numbers()
    grouped = sum("." in t for t in texts)
    print(f"reading {len(texts):,} Vietnamese numbers ({grouped:,} grouped), best of 3 runs:")
    runs = {
        "babel.numbers.parse_decimal(strict=True)": lambda: [
            babel.numbers.parse_decimal(t, locale="vi", strict=True) for t in texts
        ],
        "babel.numbers.parse_decimal": lambda: [babel.numbers.parse_decimal(t, locale="vi") for t in texts],
        "chiso.parse_number": lambda: [chiso.parse_number(t, "vi") for t in texts],
        "chiso.parse_numbers": lambda: chiso.parse_numbers(texts, "vi"),
    }
    timings = {name: float("inf") for name in runs}
    expected = None
    # Timed in this process's CPU time, taking turns, as the single figures are.
    for _ in range(3):
        for name, run in runs.items():
            seconds, numbers = best_of(1, run, clock=time.process_time)
            # Each run reads the same values with the same printed digits, or the comparison is void.
            printed = [(n, n.as_tuple().exponent) for n in numbers]
            assert expected is None or printed == expected, name
            expected = printed
            timings[name] = min(timings[name], seconds)
    # What making the decimal.Decimal objects alone costs, the floor of any reader returning them.
    create = decimal.Context(
        prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN
    ).create_decimal
    canonical = [str(number) for number, _ in expected]
    timings["(Context.create_decimal on canonical text)"], _ = best_of(
        3, lambda: list(map(create, canonical)), clock=time.process_time
    )
    strict = timings["babel.numbers.parse_decimal(strict=True)"]
    for name, seconds in timings.items():
        per_number = seconds / len(texts) * 1e9
        print(f"{name:42} {seconds * 1e3:8.1f} ms {per_number:8.0f} ns/number  {strict / seconds:6.1f}x")


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


COLUMN_ROWS = 1_000_000
DECIMAL_ROWS = 100_000


def decimal_mantissas(rows: int, seed: int):
    """Deterministic mantissas of decimal128(18, 2) figures from 0.01 to 1,000,000.00, a tenth of
    them negative, as a numpy int64 array."""
    import numpy as np

    rng = np.random.default_rng(seed)
    mantissas = rng.integers(1, 100_000_000, size=rows, dtype=np.int64)
    return np.where(rng.random(rows) < 0.1, -mantissas, mantissas)


def decimal128_column(mantissas):
    """A pa.Array of decimal128(18, 2) holding `mantissas` (two's-complement 128-bit words)."""
    import numpy as np
    import pyarrow as pa

    words = np.empty((len(mantissas), 2), dtype="<i8")
    words[:, 0] = mantissas
    words[:, 1] = mantissas >> 63
    return pa.Array.from_buffers(pa.decimal128(18, 2), len(mantissas), [None, pa.py_buffer(words)])


def columns() -> None:
    import numpy as np
    import pandas as pd
    import polars as pl
    import pyarrow as pa
    import pyarrow.compute as pc

    now_m, before_m = decimal_mantissas(COLUMN_ROWS, 1), decimal_mantissas(COLUMN_ROWS, 2)
    before_m = np.abs(before_m)  # positive bases: every row has a growth
    now, before = decimal128_column(now_m), decimal128_column(before_m)
    now_d = [Decimal(int(m)).scaleb(-2) for m in now_m]
    before_d = [Decimal(int(m)).scaleb(-2) for m in before_m]
    truth = [(c - p) / p * 100 for c, p in zip(now_d[:DECIMAL_ROWS], before_d[:DECIMAL_ROWS])]
    # Python's result rounded half-even to 28 decimal places, the most decimal128(38, 28) holds
    # (the quantize needs more than 28 digits of precision for rates of 1% and more); and the
    # quotient rounded once, to 28 significant digits or 28 places, whichever is coarser.
    wide = decimal.Context(prec=80, rounding=decimal.ROUND_HALF_EVEN)
    digits_28 = decimal.Context(prec=28, rounding=decimal.ROUND_HALF_EVEN)
    places = Decimal(1).scaleb(-28)
    truth_28 = [wide.quantize(t, places) for t in truth]

    def rounded_once(c: Decimal, p: Decimal) -> Decimal:
        quotient = wide.divide(wide.multiply(c - p, 100), p)
        significant = digits_28.plus(quotient)
        return significant if significant.as_tuple().exponent >= -28 else wide.quantize(quotient, places)

    once_28 = [rounded_once(c, p) for c, p in zip(now_d[:DECIMAL_ROWS], before_d[:DECIMAL_ROWS])]
    print(f"growth over {COLUMN_ROWS:,} rows of decimal128(18, 2), best of 3 runs:")

    def equal(values, expected) -> int:
        return sum(v is not None and v == t for v, t in zip(values, expected))

    def first(result) -> list:
        return result[:DECIMAL_ROWS].to_pylist()

    def first_values(result) -> list:
        return result.field("value")[:DECIMAL_ROWS].to_pylist()

    now_pl, before_pl = pl.Series(now), pl.Series(before)
    now_pd = pd.Series(now, dtype=pd.ArrowDtype(now.type))
    before_pd = pd.Series(before, dtype=pd.ArrowDtype(before.type))
    runs = {}
    runs["chiso.columns.growth"] = (lambda: chiso.columns.growth(now, before), first)
    runs["chiso.columns.growth(interval=True)"] = (
        lambda: chiso.columns.growth(now, before, interval=True),
        first_values,
    )
    # The same call from each library's own columns: what the Python and Arrow layer adds.
    runs["  from pl.Series Decimal"] = (
        lambda: chiso.columns.growth(now_pl, before_pl),
        lambda r: r[:DECIMAL_ROWS].to_list(),
    )
    runs["  from pd.Series ArrowDtype"] = (
        lambda: chiso.columns.growth(now_pd, before_pd),
        lambda r: r[:DECIMAL_ROWS].tolist(),
    )
    runs["Python decimal loop (100K, scaled)"] = (
        lambda: [(c - p) / p * 100 for c, p in zip(now_d[:DECIMAL_ROWS], before_d[:DECIMAL_ROWS])],
        lambda r: r,
    )
    now_obj, before_obj = pd.Series(now_d, dtype=object), pd.Series(before_d, dtype=object)
    runs["pandas object Decimal"] = (lambda: (now_obj - before_obj) / before_obj * 100, lambda r: r[:DECIMAL_ROWS].tolist())
    runs["polars Decimal(18, 2)"] = (lambda: (now_pl - before_pl) / before_pl * 100, lambda r: r[:DECIMAL_ROWS].to_list())
    runs["pyarrow.compute decimal128"] = (lambda: pc.multiply(pc.divide(pc.subtract(now, before), before), 100), first)
    now_f, before_f = now_m / 100, before_m / 100
    runs["numpy float64"] = (
        lambda: (now_f - before_f) / before_f * 100,
        lambda r: [Decimal(float(v)) for v in r[:DECIMAL_ROWS]],
    )
    timings = {}
    for name, (run, first_rows) in runs.items():
        try:
            seconds, result = best_of(3, run)
        except Exception as err:  # the peer's own failure is the finding
            print(f"{name:40} fails: {type(err).__name__}: {err}")
            continue
        rows = DECIMAL_ROWS if "100K" in name else COLUMN_ROWS
        values = first_rows(result)
        timings[name] = (seconds / rows * 1e9, *(equal(values, t) for t in (truth, truth_28, once_28)))
    chiso_ns = timings["chiso.columns.growth"][0]
    print(f"{'':40} {'':>8} {'':>8}  rows equal to decimal's (of {DECIMAL_ROWS:,})")
    print(f"{'':40} {'ns/row':>8} {'x chiso':>8}  {'result':>8} {'rounded¹':>9} {'exact²':>8}")
    for name, (ns, same, same_28, same_once) in timings.items():
        print(f"{name:40} {ns:8.1f} {ns / chiso_ns:8.2f}  {same:>8,} {same_28:>9,} {same_once:>8,}")
    small = sum(abs(t) < 1 for t in truth)
    twice = sum(a != b for a, b in zip(truth_28, once_28))
    print(
        f"¹ Python's (c - p) / p * 100 keeps 28 significant digits, so a growth below 1% ({small:,} of these rows)"
        " has\n  29 or 30 decimal places, where decimal128(38, 28) and rust_decimal hold 28 (a documented limit):"
        "\n  this count compares with Python's result rounded half-even to 28 decimal places."
        f"\n² Rounding twice (28 digits, then 28 places) moves a last digit that ends in 5 ({twice:,} rows): this"
        "\n  count compares with the quotient (to 80 digits) rounded once, half-even, to 28 significant digits"
        "\n  or to 28 decimal places, whichever keeps fewer digits."
    )
    peak_memory()


PEAK_CHILD = """
import gc, re, sys
sys.path.insert(0, {bench!r})
import python_compare as bench
now = bench.decimal128_column(bench.decimal_mantissas({rows}, 1))
before = bench.decimal128_column(abs(bench.decimal_mantissas({rows}, 2)))
import chiso.columns
chiso.columns.growth(now[:10], before[:10]{options})
gc.collect()
def status(field):
    return int(re.search(field + r":\\s+(\\d+) kB", open("/proc/self/status").read()).group(1)) * 1024
# Writing 5 to clear_refs resets the peak (VmHWM) to the current resident size (Linux).
with open("/proc/self/clear_refs", "w") as clear:
    clear.write("5")
resident = status("VmRSS")
result = chiso.columns.growth(now, before{options})
print(status("VmHWM") - resident, now.nbytes + before.nbytes, result.nbytes)
"""


def peak_memory() -> None:
    """The call's own peak: a child builds the inputs, resets its peak resident size to what it
    holds, makes the call and reads the new peak (Rust allocations included, which tracemalloc
    does not see); against the bytes of the inputs and of the output."""
    for label, options in (("value only", ""), ("with interval", ", interval=True")):
        code = PEAK_CHILD.format(bench=str(Path(__file__).parent), rows=COLUMN_ROWS, options=options)
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        added, inputs, output = (int(n) for n in out.split())
        mib = 2**20
        print(
            f"peak memory of chiso.columns.growth, {label}: the call adds {added / mib:.0f} MiB at its peak to the"
            f" {inputs / mib:.0f} MiB of inputs; inputs + output = {(inputs + output) / mib:.0f} MiB;"
            f" peak / (inputs + output) = {(inputs + added) / (inputs + output):.2f}x (aim < 2x)"
        )


def synthetic_panel(decimals: str) -> tuple:
    """The Rust benches' synthetic panel (benches/panel_synth.rs) as pandas DataFrames:
    text columns Arrow-backed; figures as decimal128 (`arrow`) or `Decimal` objects (`object`)."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    regions, indicators, years = 34, 200, range(2014, 2026)
    r, i, y, m = (
        a.ravel()
        for a in np.meshgrid(
            np.arange(1, regions + 1), np.arange(indicators), np.array(years), np.arange(1, 13), indexing="ij"
        )
    )
    # As panel_synth.rs: levels grow about 8% a year, to one decimal; each growth is printed to
    # one decimal from the printed levels, and one in fifty is 3 points off (a finding).
    base = 1000.0 + (r * 7 + i * 11 + m * 31) % 9000
    k = y - years[0]
    level = np.rint(base * 1.08**k * 10).astype(np.int64)
    before = np.rint(base * 1.08 ** (k - 1) * 10)
    growth = np.rint((level - before) * 1000 / before).astype(np.int64) + 30 * ((r + i + m + y) % 50 == 0)
    first_year = k == 0
    region_names = np.array([f"VN-{k:02}" for k in range(regions + 1)], dtype=object)
    indicator_names = np.array([f"i{k:03}" for k in range(indicators)], dtype=object)
    periods = {(yy, mm): f"{yy}-{mm:02}" for yy in years for mm in range(1, 13)}
    text = pd.ArrowDtype(pa.string())
    observations = pd.DataFrame(
        {
            "region": pd.array(region_names[r], dtype=text),
            "indicator": pd.array(indicator_names[i], dtype=text),
            "period": pd.array([periods[k] for k in zip(y.tolist(), m.tolist())], dtype=text),
            "status": pd.array(["E"] * len(r), dtype=text),
        }
    )

    def decimals_of(whole: np.ndarray, fraction: np.ndarray, places: int) -> pa.Array:
        digits = np.char.add(np.char.add(whole.astype(str), "."), np.char.zfill(fraction.astype(str), places))
        return pa.array(digits).cast(pa.decimal128(18, places))

    values = decimals_of(level // 10, level % 10, 1)
    growths = decimals_of(growth // 10, growth % 10, 1)
    growths = pa.array(growths.to_pylist(), mask=first_year, type=growths.type)
    if decimals == "arrow":
        observations["value"] = pd.Series(values, dtype=pd.ArrowDtype(values.type))
        observations["growth"] = pd.Series(growths, dtype=pd.ArrowDtype(growths.type))
    else:
        observations["value"] = pd.Series(values.to_pylist(), dtype=object)
        observations["growth"] = pd.Series(growths.to_pylist(), dtype=object)
    catalogue = pd.DataFrame(
        {
            "id": indicator_names,
            "name_vi": [f"Chỉ số {k}" for k in range(indicators)],
            "name_en": [f"Indicator {k}" for k in range(indicators)],
            "unit": "billion VND",
            "measure": "flow",
            "polarity": "higher_is_better",
        }
    ).astype(text)
    last = years[-1]
    targets = pd.DataFrame(
        {
            "region": np.repeat(region_names[1:], indicators),
            "indicator": np.tile(indicator_names, regions),
            "period": f"{last}-12",
            "baseline": f"{last - 1}-12",
            "kind": "growth",
            "condition": "at_least",
            "low": "9.7",
        }
    ).astype(text)
    return observations, catalogue, targets


def panel_bench() -> None:
    """Growth, verdicts and findings of the synthetic panel from pandas (see the module doc)."""
    observations, catalogue, targets = synthetic_panel("arrow")
    print(
        f"synthetic panel: {len(observations):,} observations, {len(targets):,} targets (pandas, Arrow-backed)"
    )
    steps = {}
    best = {}
    for _ in range(3):
        start = time.perf_counter()
        panel = chiso.Panel.from_pandas(observations, indicators=catalogue, targets=targets)
        steps["from_pandas"] = time.perf_counter()
        growth = panel.growth(implied_base=False)
        steps["growth()"] = time.perf_counter()
        assessed = panel.assess()
        steps["assess()"] = time.perf_counter()
        findings = panel.check()
        steps["check()"] = time.perf_counter()
        previous = start
        for name, at in steps.items():
            best[name] = min(best.get(name, float("inf")), at - previous)
            previous = at
        best["total"] = min(best.get("total", float("inf")), previous - start)
    assert len(panel) == len(observations) == len(growth)
    assert len(assessed) == len(targets) and assessed["verdict"].notna().all()
    assert growth["yoy"].notna().sum() == len(observations) - 34 * 200 * 12
    print(f"  findings: {len(findings):,}; verdicts: {dict(assessed['verdict'].value_counts())}")
    for name, seconds in best.items():
        print(f"  {name:<12} {seconds:8.3f} s" + ("   (aim < 1.5 s)" if name == "total" else ""))
    start = time.perf_counter()
    panel.growth()
    print(f"  growth() with the implied bases too: {time.perf_counter() - start:.3f} s")
    objects, _, _ = synthetic_panel("object")
    start = time.perf_counter()
    chiso.Panel.from_pandas(objects, indicators=catalogue, targets=targets)
    print(
        f"  from_pandas with object Decimal columns: {time.perf_counter() - start:.3f} s"
        f" (against {best['from_pandas']:.3f} s with decimal128 columns)"
    )


def dask_panel() -> None:
    """One process against a LocalCluster of 2 workers, on the same ~1M-row panel. Wall-clock
    time (the work spans processes), the best of two runs of each side."""
    sys.path.insert(0, str(ROOT / "python" / "tests"))
    import dask.dataframe as dd
    import numpy as np
    import pandas as pd
    import test_dask as synthetic
    from dask.distributed import Client, LocalCluster

    periods = (
        [str(year) for year in range(2000, 2025)]
        + [f"{year}-{month:02d}" for year in range(2013, 2025) for month in range(1, 13)]
        + [f"2025-{month:02d}" for month in range(1, 5)]
        + ["2025-YTD03", "2025-YTD06"]
    )
    observations = synthetic.observations(np.random.default_rng(1), periods)
    tables = {
        "indicators": synthetic.indicators(),
        "targets": synthetic.targets(),
        "regions": synthetic.regions(),
    }
    targets, regions = len(tables["targets"]), len(synthetic.REGIONS)
    print(f"panel: {len(observations):,} observations, {targets:,} targets, {regions} regions")

    def one_process():
        panel = chiso.Panel.from_pandas(observations, **tables)
        return panel.growth(), panel.assess(), panel.check()

    single_seconds, single = best_of(2, one_process)
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with cluster, Client(cluster):
        frame = dd.from_pandas(observations, npartitions=8)
        steps = {}

        def on_cluster():
            start = time.perf_counter()
            partitioned = chiso.dask.partition(frame, **tables)
            steps["row ids, shuffle by region, persist"] = time.perf_counter() - start
            results = []
            for name in ("growth", "assess", "check"):
                start = time.perf_counter()
                results.append(getattr(partitioned, name)())
                steps[name] = time.perf_counter() - start
            return results

        dask_seconds, spread = best_of(2, on_cluster)
    pd.testing.assert_frame_equal(spread[0], single[0])
    pd.testing.assert_frame_equal(spread[1], single[1])
    by_region = single[2].sort_values("region", kind="stable", ignore_index=True)
    pd.testing.assert_frame_equal(spread[2], by_region)
    print(f"one process, chiso.Panel (from_pandas, growth, assess, check): {single_seconds:.2f} s")
    last_run = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps.items())
    print(f"LocalCluster of 2 workers, chiso.dask: {dask_seconds:.2f} s (last run: {last_run})")
    overhead = dask_seconds - single_seconds
    print(f"overhead of the cluster: {overhead:+.2f} s, {dask_seconds / single_seconds:.2f}x one process")


if __name__ == "__main__":
    if "--dask" in sys.argv[1:]:
        import chiso.dask

        dask_panel()
    elif "--panel" in sys.argv[1:]:
        panel_bench()
    elif "--columns" in sys.argv[1:]:
        columns()
    else:
        main()
        print()
        columns()
