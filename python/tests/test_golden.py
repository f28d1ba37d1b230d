"""chiso from Python against the independent Python-decimal oracle in tests/golden/, the same
files the Rust tests read (rules in tests/golden/generate.py's header)."""

import csv
from decimal import Decimal
from pathlib import Path

import chiso
import pytest

GOLDEN = Path(__file__).resolve().parents[2] / "tests" / "golden"


def _rows(name: str) -> list[dict[str, str]]:
    with open(GOLDEN / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


FUNCTION_ROWS = _rows("functions.csv")
DERIVED_ROWS = _rows("binh_duong_derived.csv")

# Levels carry index points and growth rates percent, so that plain printed numbers with a
# bound can be given; the arithmetic is the core's either way.
LEVEL, RATE = "points", "percent"
UNITS = {
    "growth": (LEVEL, LEVEL, None),
    "implied_base": (LEVEL, RATE, None),
    "project": (LEVEL, RATE, None),
    "cagr": (LEVEL, LEVEL, None),
    "change_pp": (RATE, RATE, None),
    "share": (LEVEL, LEVEL, None),
    "contribution": (LEVEL, LEVEL, LEVEL),
}


def slack(x: Decimal) -> Decimal:
    """How much wider than the oracle an end may be: 10^-20 relative (at least absolute)."""
    return Decimal("1e-20") * max(abs(x), Decimal(1))


def check_interval(estimate: chiso.Estimate, row: dict[str, str], name: str) -> None:
    got = estimate.interval()
    for side in ("low", "high"):
        want_text, want_open = row[side], row[f"{side}_open"] == "true"
        got_end, got_open = getattr(got, side), getattr(got, f"{side}_open")
        if want_text == "":
            assert got_end is None, f"{name}: {side} should be unbounded, got {got}"
            continue
        want = Decimal(want_text)
        assert got_end is not None, f"{name}: {side} of {got} is unbounded, oracle has {want}"
        # Containment: the core's end lies outside (or on) the oracle's, at most slack away.
        outside = want - got_end if side == "low" else got_end - want
        assert Decimal(0) <= outside <= slack(want), f"{name}: {side} {got_end} vs oracle {want}"
        if got_end == want and not want_open:
            assert not got_open, f"{name}: {side} {got_end} must be closed as the oracle's is"


def compute(row: dict[str, str]) -> chiso.Estimate:
    function = row["function"]
    a_unit, b_unit, c_unit = UNITS[function]
    a = chiso.Quantity(row["a"], a_unit, row["a_bound"])
    b = chiso.Quantity(row["b"], b_unit, row["b_bound"])
    if function == "cagr":
        return chiso.cagr(a, b, int(row["c"]))
    if function == "contribution":
        return chiso.contribution(a, b, chiso.Quantity(row["c"], c_unit, row["c_bound"]))
    return getattr(chiso, function)(a, b)


def test_the_golden_table_is_read_whole() -> None:
    assert len(FUNCTION_ROWS) >= 140
    assert {r["function"] for r in FUNCTION_ROWS} == set(UNITS)


@pytest.mark.parametrize(
    "row", FUNCTION_ROWS, ids=[f"line{i + 2}-{r['function']}" for i, r in enumerate(FUNCTION_ROWS)]
)
def test_every_function_agrees_with_python_decimal(row: dict[str, str]) -> None:
    estimate = compute(row)
    expected = Decimal(row["value"])
    assert isinstance(estimate.value, Decimal)
    if row["function"] == "cagr":
        assert abs(estimate.value - expected) <= Decimal("1e-24") * max(abs(expected), Decimal(1))
    else:
        assert estimate.value == expected
    check_interval(estimate, row, f"{row['function']}({row['a']}, {row['b']}, {row['c']})")


def derived(report: chiso.Report, name: str) -> chiso.Estimate:
    def level(indicator: str) -> chiso.Quantity:
        quantity = report.level(indicator, "2024")
        assert quantity is not None, indicator
        return quantity

    def printed_growth(indicator: str) -> chiso.Quantity:
        row = report.scorecard().row(indicator)
        assert row is not None and row.growth is not None, indicator
        return row.growth

    retail = next(t for t in report.targets if t.indicator == "retail_sales")
    assessment = retail.check(report)
    if name == "electricity_2023_implied":
        return chiso.implied_base(level("commercial_electricity"), printed_growth("commercial_electricity"))
    if name == "retail_2023_implied":
        return chiso.implied_base(level("retail_sales"), printed_growth("retail_sales"))
    if name == "retail_2025_target_low":
        assert assessment.required is not None
        return assessment.required
    if name == "retail_2025_target_high":
        assert assessment.required_upper is not None
        return assessment.required_upper
    if name == "promotion_spending_2024":
        total = level("vietnamese_goods_fairs_budget") + level("trade_promotion_budget")
        return (total + level("industrial_extension_budget")).to("billion VND")
    if name == "budget_per_fair":
        return level("vietnamese_goods_fairs_budget").per(level("vietnamese_goods_fairs"))
    raise AssertionError(f"unknown derived figure {name}")


def test_the_derived_table_is_read_whole() -> None:
    assert len(DERIVED_ROWS) == 6


@pytest.mark.parametrize("row", DERIVED_ROWS, ids=[r["name"] for r in DERIVED_ROWS])
def test_the_binh_duong_report_reproduces_every_derived_figure(
    report: chiso.Report, row: dict[str, str]
) -> None:
    estimate = derived(report, row["name"])
    assert estimate.value == Decimal(row["value"])
    assert estimate.unit == row["unit"]
    check_interval(estimate, row, row["name"])
