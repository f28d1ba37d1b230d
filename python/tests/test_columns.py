"""chiso.columns: every input kind, nulls, undefined rows in both error modes, per-row bounds,
units, pandas alignment, and agreement with the single-figure functions row by row."""

import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import chiso
import chiso.columns as cc
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

NOW = ["16.94", "12", None, "7.5", "3.1"]
BEFORE = ["15.21", "0", "4", "-2", "3"]


def scalar_rows(function, *columns, **keywords) -> list:
    """The single-figure function row by row; None where an input is missing or it has no answer."""
    rows = []
    for figures in zip(*columns):
        if any(f is None for f in figures):
            rows.append(None)
            continue
        try:
            rows.append(function(*figures, **keywords).value)
        except chiso.ChisoError:
            rows.append(None)
    return rows


EXPECTED = scalar_rows(chiso.growth, NOW, BEFORE)


def test_lists_and_tuples_give_lists_of_decimals() -> None:
    assert cc.growth(NOW, BEFORE) == EXPECTED
    assert cc.growth(tuple(NOW), tuple(BEFORE)) == EXPECTED
    assert all(v is None or isinstance(v, Decimal) for v in cc.growth(NOW, BEFORE))


def test_python_numbers_of_every_type_in_a_list() -> None:
    now = [Decimal("16.94"), 12, None, 7.5, "3.1"]
    assert cc.growth(now, BEFORE) == EXPECTED


def test_missing_means_null_never_an_error_never_a_number() -> None:
    now = [None, float("nan"), pd.NA, Decimal("NaN"), "2"]
    assert cc.growth(now, ["1"] * 5) == [None, None, None, None, Decimal(100)]
    assert cc.growth(now, ["1"] * 5, errors="raise")[:4] == [None] * 4


def test_scalars_broadcast() -> None:
    assert cc.project(["100", "200.0"], 8) == scalar_rows(chiso.project, ["100", "200.0"], ["8", "8"])
    assert cc.growth("16.94", ["15.21", "16.94"]) == scalar_rows(chiso.growth, ["16.94"] * 2, ["15.21", "16.94"])
    with pytest.raises(TypeError, match="single number"):
        cc.growth("16.94", "15.21")


def test_numpy_arrays() -> None:
    ints = cc.growth(np.array([12, 10, 7], dtype=np.int32), np.array([10, 0, 5], dtype=np.int64))
    assert isinstance(ints, np.ndarray) and ints.dtype == object
    assert list(ints) == scalar_rows(chiso.growth, [12, 10, 7], [10, 0, 5])
    floats = cc.growth(np.array([16.94, np.nan, 7.5]), np.array([15.21, 1.0, 5.0], dtype=">f8"))
    assert list(floats) == scalar_rows(chiso.growth, [16.94, None, 7.5], [15.21, 1.0, 5.0])
    objects = cc.growth(np.array(NOW, dtype=object), np.array(BEFORE, dtype=object))
    assert list(objects) == EXPECTED
    assert list(cc.growth(np.array(["2", "3"]), [1, 1])) == [Decimal(100), Decimal(200)]
    with pytest.raises(TypeError, match="current"):
        cc.growth(np.array([True]), [1])


def test_float32_is_read_through_its_own_shortest_repr() -> None:
    assert list(cc.share(np.array([0.1], dtype=np.float32), [1])) == [chiso.share("0.1", "1").value]


def test_pandas_series_of_every_backing() -> None:
    index = ["a", "b", "c", "d", "e"]
    kinds = [
        pd.Series([None if v is None else Decimal(v) for v in NOW], index=index, dtype=object),
        pd.Series([None if v is None else Decimal(v) for v in NOW], index=index, dtype=pd.ArrowDtype(pa.decimal128(10, 2))),
        pd.Series(NOW, index=index, dtype="string"),
        pd.Series([16.94, 12, np.nan, 7.5, 3.1], index=index),
    ]
    for now in kinds:
        result = cc.growth(now, pd.Series(BEFORE, index=index, dtype=object))
        assert isinstance(result, pd.Series)
        assert list(result.index) == index
        assert result.dtype == pd.ArrowDtype(pa.decimal128(38, 28))
        assert [None if pd.isna(v) else v for v in result] == EXPECTED
    ints = cc.growth(pd.Series([12, 10]), pd.Series([10, 0], dtype="Int64"))
    assert [None if pd.isna(v) else v for v in ints] == [Decimal(20), None]
    assert cc.growth(pd.Series([12, pd.NA], dtype="Int64"), [1, 1]).isna().tolist() == [False, True]


def test_pandas_series_are_aligned_on_their_index() -> None:
    now = pd.Series(["16.94", "12"], index=["x", "y"], dtype=object)
    before = pd.Series(["10", "15.21"], index=["y", "x"], dtype=object)
    result = cc.growth(now, before)
    assert list(result.index) == ["x", "y"]
    assert list(result) == scalar_rows(chiso.growth, ["16.94", "12"], ["15.21", "10"])
    with pytest.raises(ValueError, match="previous and current"):
        cc.growth(now, pd.Series(["1", "2"], index=["x", "z"]))
    with pytest.raises(ValueError, match="previous and current"):
        cc.growth(now, pd.Series(["1", "2", "3"], index=["x", "y", "z"]))


def test_lengths_must_match() -> None:
    with pytest.raises(chiso.ChisoError, match="previous"):
        cc.growth(["1", "2"], ["1", "2", "3"])


def test_polars_series() -> None:
    for now in (pl.Series(NOW).cast(pl.Decimal(10, 2)), pl.Series(NOW), pl.Series([16.94, 12, None, 7.5, 3.1])):
        result = cc.growth(now, pl.Series(BEFORE))
        assert isinstance(result, pl.Series)
        assert result.to_list() == EXPECTED


def test_polars_lazy_recipe() -> None:
    frame = pl.DataFrame({"now": NOW, "before": BEFORE}).lazy()
    query = frame.with_columns(
        pl.struct(["now", "before"])
        .map_batches(
            lambda s: cc.growth(s.struct.field("now"), s.struct.field("before")),
            return_dtype=pl.Decimal(38, 28),
        )
        .alias("growth")
    )
    assert query.collect()["growth"].to_list() == EXPECTED


def test_undefined_rows_in_both_error_modes() -> None:
    assert cc.growth(["1", "2"], ["1", "0"]) == [Decimal(0), None]
    with pytest.raises(chiso.UndefinedError, match="row 1"):
        cc.growth(["1", "2"], ["1", "0"], errors="raise")
    with pytest.raises(chiso.UndefinedError, match="'second'"):
        cc.growth(pd.Series(["1", "2"], index=["first", "second"]), ["1", "0"], errors="raise")


def test_reasons_and_intervals_as_structs() -> None:
    rows = cc.growth(NOW, BEFORE, interval=True, reasons=True)
    for row, c, p in zip(rows, NOW, BEFORE):
        if c is None:
            assert row["value"] is None and "current" in row["reason"]
            continue
        try:
            estimate = chiso.growth(c, p)
        except chiso.ChisoError as err:
            assert row["value"] is None and row["reason"] == str(err)
            continue
        assert row["value"] == estimate.value and row["reason"] is None
        assert (row["low"], row["high"]) == (estimate.low, estimate.high)
        assert (row["low_open"], row["high_open"]) == (estimate.interval().low_open, estimate.interval().high_open)
    frame = cc.growth(pd.Series(NOW), pd.Series(BEFORE), interval=True).struct.explode()
    assert list(frame.columns) == ["value", "low", "high", "low_open", "high_open"]
    unnested = cc.growth(pl.Series(NOW), pl.Series(BEFORE), reasons=True).struct.unnest()
    assert unnested.columns == ["value", "reason"]


def test_per_row_bounds_and_last_digits() -> None:
    bounds = ["as_printed", "more_than", "exact"]
    rows = cc.growth(["16.94"] * 3, ["15.21"] * 3, bound={"current": bounds}, interval=True)
    for row, bound in zip(rows, bounds):
        estimate = chiso.growth(chiso.Quantity("16.94", "billion kWh", bound=bound), chiso.Quantity("15.21", "billion kWh"))
        assert (row["low"], row["high"], row["low_open"]) == (estimate.low, estimate.high, estimate.interval().low_open)
    # A decimal128(18, 2) column's printed digit is its scale unless told otherwise.
    stored = pa.array([Decimal("16.90")], type=pa.decimal128(18, 2))
    default = cc.growth(stored, ["15.2"], interval=True)[0].as_py()
    printed = cc.growth(stored, ["15.2"], last_digit={"current": [-1]}, interval=True)[0].as_py()
    assert default["high"] < printed["high"]
    assert printed["high"] == chiso.growth("16.9", "15.2").high
    with pytest.raises(ValueError, match="bound"):
        cc.growth(["1"], ["1"], bound="nope")
    with pytest.raises(ValueError, match="bound: no argument named 'now'"):
        cc.growth(["1"], ["1"], bound={"now": "exact"})


def test_units_rescale_and_refuse() -> None:
    result = cc.growth(["1.2"], ["900"], units={"current": "billion VND", "previous": "million VND"})
    assert result == [chiso.growth(chiso.Quantity("1.2", "billion VND"), chiso.Quantity("900", "million VND")).value]
    with pytest.raises(chiso.UnitMismatchError):
        cc.growth(["1"], ["1"], units={"current": "billion VND", "previous": "billion kWh"})


def test_bad_options_name_the_option() -> None:
    with pytest.raises(ValueError, match="errors"):
        cc.growth(["1"], ["1"], errors="ignore")
    with pytest.raises(ValueError, match="threads"):
        cc.growth(["1"], ["1"], threads=0)
    with pytest.raises(TypeError, match="interval"):
        cc.growth(["1"], ["1"], interval="yes")  # type: ignore[arg-type]


def test_threads_do_not_change_results() -> None:
    now = [str(i) for i in range(1, 5001)]
    assert cc.growth(now, now[::-1], threads=1) == cc.growth(now, now[::-1], threads=2)


def test_every_function_matches_its_scalar() -> None:
    a, b, c = ["16.94", "12", "-3"], ["15.21", "0", "4"], ["100", "80", "50"]
    assert cc.implied_base(a, b) == scalar_rows(chiso.implied_base, a, b)
    assert cc.project(c, b) == scalar_rows(chiso.project, c, b)
    assert cc.change_pp(a, b) == scalar_rows(chiso.change_pp, a, b)
    assert cc.share(a, c) == scalar_rows(chiso.share, a, c)
    assert cc.contribution(a, b, c) == scalar_rows(chiso.contribution, a, b, c)
    assert cc.cagr(c, a, 3) == scalar_rows(chiso.cagr, c, a, [3] * 3)
    assert cc.cagr(c, a, [1, 2, 3]) == scalar_rows(chiso.cagr, c, a, [1, 2, 3])


def test_mixed_scales_and_empty_columns() -> None:
    now = pa.array([Decimal("16.94")], type=pa.decimal128(18, 2))
    before = pa.array([Decimal("15.2100")], type=pa.decimal128(10, 4))
    assert cc.growth(now, before).to_pylist() == [chiso.growth("16.94", "15.2100").value]
    assert cc.growth([], []) == []
    assert len(cc.growth(pd.Series([], dtype=object), pd.Series([], dtype=object))) == 0


def test_import_chiso_imports_no_dataframe_library() -> None:
    code = (
        "import sys, chiso, chiso.columns; "
        "print(sorted(m for m in ('pandas', 'pyarrow', 'polars', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
    code = "import sys, chiso.columns as cc; cc.growth(['1'], ['1']); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


printed = st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(printed, printed), max_size=30))
def test_rows_agree_with_the_scalar_function(pairs: list) -> None:
    now, before = [str(c) for c, _ in pairs], [str(p) for _, p in pairs]
    rows = cc.growth(now, before, interval=True)
    for row, c, p in zip(rows, now, before):
        try:
            estimate = chiso.growth(c, p)
        except chiso.ChisoError:
            assert row["value"] is None
            continue
        ends = [e for e in (estimate.value, estimate.low, estimate.high) if e is not None]
        if any(abs(e) >= 10**10 for e in ends):
            # A rate column is decimal128(38, 28): a row with an end of 10^10 or more cannot be
            # held, and is a null with its reason, never rounded (README, "Whole columns").
            assert (row["value"], row["low"], row["high"]) == (None, None, None)
            continue
        assert (row["value"], row["low"], row["high"]) == (estimate.value, estimate.low, estimate.high)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(printed, printed), min_size=1, max_size=20))
def test_the_interval_holds_every_growth_the_printed_figures_allow(pairs: list) -> None:
    # The exact growth at each corner of the two printed intervals, in fractions, lies inside.
    rows = cc.growth([str(c) for c, _ in pairs], [str(p) for _, p in pairs], interval=True)
    for row, (c, p) in zip(rows, pairs):
        if row["value"] is None or row["low"] is None or row["high"] is None:
            continue
        half_c = Fraction(1, 2) * Fraction(10) ** c.as_tuple().exponent
        half_p = Fraction(1, 2) * Fraction(10) ** p.as_tuple().exponent
        for dc in (-half_c, half_c):
            for dp in (-half_p, half_p):
                true_c, true_p = Fraction(c) + dc, Fraction(p) + dp
                if true_p <= 0:
                    continue
                g = (true_c - true_p) / true_p * 100
                assert Fraction(row["low"]) <= g <= Fraction(row["high"])
