"""Independent review of chiso.columns: inputs one step outside the main tests' choices."""

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


def test_a_per_row_bound_series_follows_its_column_when_pandas_reindexes_it() -> None:
    now = pd.Series(["110", "200", "300"], index=["x", "y", "z"], dtype=object)
    before = pd.Series(["100", "100", "100"], index=["z", "x", "y"], dtype=object)
    bounds = pd.Series(["exact", "more_than", "exact"], index=["z", "x", "y"])
    result = cc.growth(now, before, bound={"previous": bounds}, interval=True)
    expected = [
        chiso.growth(chiso.Quantity(c, "VND"), chiso.Quantity("100", "VND", b)).interval()
        for c, b in (("110", "more_than"), ("200", "exact"), ("300", "exact"))
    ]
    got = [(r["low"], r["high"], r["low_open"], r["high_open"]) for r in result]
    assert got == [(e.low, e.high, e.low_open, e.high_open) for e in expected]


def test_a_per_row_last_digit_series_follows_its_column_when_pandas_reindexes_it() -> None:
    now = pd.Series(["1200", "1200"], index=["x", "y"], dtype=object)
    before = pd.Series(["1000", "1000"], index=["y", "x"], dtype=object)
    digits = pd.Series([2, 0], index=["y", "x"])
    result = cc.growth(now, before, last_digit={"previous": digits}, interval=True)
    previous = chiso.Quantity("1000", "VND", last_digit=0)
    scalar = chiso.growth(chiso.Quantity("1200", "VND"), previous).interval()
    assert (result.iloc[0]["low"], result.iloc[0]["high"]) == (scalar.low, scalar.high)
    with pytest.raises(ValueError, match="previous"):
        cc.growth(now, before, last_digit={"previous": pd.Series([0, 0], index=["x", "q"])})


@pytest.mark.parametrize("digits", [["x", 1], [0.5, 1], [None, 0], [10**12, 0], [True, 0]])
def test_a_bad_last_digit_names_the_option_and_argument(digits: list) -> None:
    with pytest.raises(TypeError, match="last_digit of previous, row 0"):
        cc.growth([1, 2], [1, 2], last_digit={"previous": digits})


def test_a_numpy_float32_scalar_broadcasts_as_a_float32_column_does() -> None:
    as_column = cc.share([1, 2], np.array([0.1, 0.1], dtype=np.float32))
    scalars = [chiso.share(1, "0.1").value, chiso.share(2, "0.1").value]
    assert cc.share([1, 2], np.float32(0.1)) == as_column == scalars


@pytest.mark.xfail(
    reason="decimal256 rows whose mantissa exceeds i128 (scale > 38) are refused even when exact and small",
    strict=True,
)
def test_an_exact_decimal256_beyond_38_places_is_read() -> None:
    now = pa.array([Decimal("1.5")], pa.decimal256(76, 40))
    assert cc.growth(now, [1], bound="exact").to_pylist() == [Decimal(50)]


def test_an_exact_decimal128_beyond_28_places_is_read() -> None:
    now = pa.array([Decimal("1.5")], pa.decimal128(38, 30))
    assert cc.growth(now, [1], bound="exact").to_pylist() == [Decimal(50)]


def test_a_negative_scale_is_the_printed_power_of_ten() -> None:
    now = pa.array([Decimal("1.3E+4")], pa.decimal128(5, -3))
    before = pa.array([Decimal("1.2E+4")], pa.decimal128(5, -3))
    row = cc.growth(now, before, interval=True).to_pylist()[0]
    scalar = chiso.growth(
        chiso.Quantity(13000, "VND", last_digit=3), chiso.Quantity(12000, "VND", last_digit=3)
    )
    assert (row["value"], row["low"], row["high"]) == (scalar.value, scalar.low, scalar.high)


def test_units_per_argument_rescale_as_single_figures_do() -> None:
    units = {"current": "million VND", "previous": "billion VND"}
    got = cc.growth(["1200", "950.5"], ["1", "1.2"], units=units, interval=True)
    for row, (c, p) in zip(got, (("1200", "1"), ("950.5", "1.2"))):
        e = chiso.growth(chiso.Quantity(c, "million VND"), chiso.Quantity(p, "billion VND"))
        assert (row["value"], row["low"], row["high"]) == (e.value, e.low, e.high)


def test_bad_input_kinds_name_the_argument() -> None:
    import datetime

    for bad in (
        pa.array([True]),
        pa.array([datetime.datetime(2020, 1, 1)]),
        pa.array([[1]]),
        pa.array(["1"]).dictionary_encode(),
        pd.Series(["1"], dtype="category"),
    ):
        with pytest.raises((ValueError, TypeError), match="previous"):
            cc.growth([1], bad)
    with pytest.raises(ValueError, match="previous, row 1"):
        cc.growth([1, 1], np.array([1.0, np.inf]))


half = Fraction(1, 2)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-10**6, 10**6), st.integers(1, 10**6), st.integers(0, 3), st.integers(0, 3)),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from(["as_printed", "more_than", "at_most", "about"]),
)
def test_share_intervals_contain_every_share_the_figures_allow(rows: list, bound: str) -> None:
    parts = [Decimal(m).scaleb(-s) for m, _, s, _ in rows]
    wholes = [Decimal(w).scaleb(-s) for _, w, _, s in rows]
    out = cc.share(parts, wholes, bound={"part": "as_printed", "whole": bound}, interval=True)
    for part, whole, row in zip(parts, wholes, out):
        p, w = Fraction(part), Fraction(whole)
        hp = Fraction(1, 10 ** -part.as_tuple().exponent) * half
        hw = Fraction(1, 10 ** -whole.as_tuple().exponent) * half
        lows = {"as_printed": w - hw, "more_than": w, "at_most": None, "about": w * Fraction(95, 100)}
        highs = {"as_printed": w + hw, "more_than": None, "at_most": w, "about": w * Fraction(105, 100)}
        candidates_w = [x for x in (lows[bound], highs[bound], w) if x is not None and x > 0]
        for pp in (p - hp, p, p + hp):
            for ww in candidates_w:
                share = pp / ww * 100
                if row["value"] is None:
                    continue
                low, high = row["low"], row["high"]
                assert low is None or Fraction(low) <= share or (row["low_open"] and ww == lows[bound])
                assert high is None or share <= Fraction(high) or (row["high_open"] and ww == lows[bound])


def test_threads_take_any_whole_number_and_refuse_the_rest() -> None:
    now = [str(v) for v in range(1, 50)]
    assert cc.growth(now, now[::-1], threads=np.int64(2)) == cc.growth(now, now[::-1], threads=1)
    with pytest.raises(TypeError, match="threads"):
        cc.growth(now, now, threads=2.0)
    with pytest.raises(TypeError, match="threads"):
        cc.growth(now, now, threads=True)
    with pytest.raises(ValueError, match="threads"):
        cc.growth(now, now, threads=np.int64(-1))
