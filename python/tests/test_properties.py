"""Properties: every interval holds the exact result for any true inputs its bounds allow, the
JSON format round-trips, and no input makes Rust panic."""

from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Callable

import chiso
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# A printed figure: up to 7 digits with 0 to 4 decimal places, positive (bases must be).
printed = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=1, max_value=9_999_999),
    st.integers(min_value=0, max_value=4),
)
# Where in the printed interval the true value lies: 0 is the low end, 1 the high end.
position = st.fractions(min_value=0, max_value=1, max_denominator=1000)


def true_value(figure: Decimal, where: Fraction) -> Fraction:
    half = Fraction(1, 2) * Fraction(10) ** figure.as_tuple().exponent
    return Fraction(figure) - half + 2 * half * where


def holds(estimate: chiso.Estimate, exact: Fraction) -> bool:
    low, high = estimate.low, estimate.high
    above_low = low is None or (exact > Fraction(low) if estimate.low_open else exact >= Fraction(low))
    below_high = high is None or (exact < Fraction(high) if estimate.high_open else exact <= Fraction(high))
    return above_low and below_high


RATIONAL: dict[str, tuple[str, str, Callable[[Fraction, Fraction], Fraction]]] = {
    "growth": ("points", "points", lambda c, p: 100 * c / p - 100),
    "implied_base": ("points", "percent", lambda c, g: 100 * c / (100 + g)),
    "project": ("points", "percent", lambda b, g: b * (100 + g) / 100),
    "change_pp": ("percent", "percent", lambda a, b: a - b),
    "share": ("points", "points", lambda a, b: 100 * a / b),
}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(RATIONAL)), printed, printed, position, position)
def test_intervals_hold_the_exact_result(
    function: str, a: Decimal, b: Decimal, wa: Fraction, wb: Fraction
) -> None:
    unit_a, unit_b, formula = RATIONAL[function]
    estimate = getattr(chiso, function)(chiso.Quantity(a, unit_a), chiso.Quantity(b, unit_b))
    assert holds(estimate, formula(true_value(a, wa), true_value(b, wb)))
    assert holds(estimate, Fraction(estimate.value))


@settings(max_examples=100, deadline=None)
@given(printed, printed, printed, position, position, position)
def test_contribution_holds_the_exact_result(
    now: Decimal, before: Decimal, whole: Decimal, wn: Fraction, wb: Fraction, ww: Fraction
) -> None:
    estimate = chiso.contribution(*(chiso.Quantity(x, "points") for x in (now, before, whole)))
    exact = 100 * (true_value(now, wn) - true_value(before, wb)) / true_value(whole, ww)
    assert holds(estimate, exact)


@settings(max_examples=100, deadline=None)
@given(printed, printed, st.integers(min_value=1, max_value=10), position, position)
def test_cagr_holds_the_result_at_high_precision(
    start: Decimal, end: Decimal, years: int, ws: Fraction, we: Fraction
) -> None:
    estimate = chiso.cagr(chiso.Quantity(start, "points"), chiso.Quantity(end, "points"), years)
    s, e = true_value(start, ws), true_value(end, we)
    with localcontext() as ctx:
        ctx.prec = 60
        ratio = Decimal(e.numerator) * s.denominator / (Decimal(e.denominator) * s.numerator)
        exact = (ratio ** (Decimal(1) / years) - 1) * 100
    # The root is irrational: allow 10^-50 relative for the 60-digit approximation.
    slack = Fraction(abs(exact)) * Fraction(1, 10**50) + Fraction(1, 10**50)
    assert holds(estimate, Fraction(exact) - slack) or holds(estimate, Fraction(exact) + slack)


decimal_text = st.builds(
    lambda digits, places, negative: (
        ("-" if negative and digits else "") + str(Decimal(digits).scaleb(-places))
    ),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=6),
    st.booleans(),
).filter(lambda t: "E" not in t)
bounds = st.sampled_from(["as_printed", "exact", "more_than", "at_least", "less_than", "at_most", "about"])
periods = st.builds(
    lambda year, kind, n: {
        "year": f"{year}",
        "quarter": f"{year}-Q{1 + n % 4}",
        "month": f"{year}-{1 + n % 12:02d}",
        "ytd": f"{year}-YTD{1 + n % 12:02d}",
    }[kind],
    st.integers(min_value=1990, max_value=2040),
    st.sampled_from(["year", "quarter", "month", "ytd"]),
    st.integers(min_value=0, max_value=11),
)


@st.composite
def reports(draw: st.DrawFn) -> chiso.Report:
    report = chiso.datasets.binh_duong_2024()
    ids = [i.id for i in report.indicators]
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        value = draw(st.none() | decimal_text)
        growth = draw(decimal_text) if value is None else draw(st.none() | decimal_text)
        report = report.with_observation(
            draw(st.sampled_from(ids)),
            draw(periods),
            value=value,
            growth=growth,
            bound=draw(bounds) if value is not None else None,
            growth_bound=draw(st.none() | bounds) if growth is not None else None,
            status=draw(st.none() | st.sampled_from(["A", "E", "P", "F"])),
            as_of=draw(st.none() | st.dates()),
            quote=draw(st.none() | st.text(max_size=20)),
        )
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        low = draw(decimal_text)
        condition = draw(st.sampled_from(["at_least", "more_than", "at_most", "less_than"]))
        report = report.with_target(
            chiso.Target(draw(st.sampled_from(ids)), draw(periods), growth={condition: low})
        )
    return report


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_json_round_trips_and_is_stable(report: chiso.Report) -> None:
    text = report.to_json()
    again = chiso.Report.from_json(text)
    assert again == report
    assert again.to_json() == text


# Any decimal a figure can be: up to 28 digits, 0 to 28 decimal places, either sign.
any_decimal = st.builds(
    lambda mantissa, places: Decimal(mantissa).scaleb(-places),
    st.integers(min_value=-(10**28) + 1, max_value=10**28 - 1),
    st.integers(min_value=0, max_value=28),
)


@settings(max_examples=500, deadline=None)
@given(any_decimal)
def test_decimals_cross_the_boundary_with_their_digits_and_exponent(value: Decimal) -> None:
    """In as `Decimal` or as its `str`, out as `Decimal`: the same digits and exponent (a zero
    loses its sign, on purpose), short or long, through the fast paths and the general ones."""
    expected = (value.copy_abs() if value.is_zero() else value).as_tuple()
    for given in (value, f"{value:f}"):
        assert chiso.Quantity(given, "VND").value.as_tuple() == expected, given
    assert chiso.Interval(value, value).low.as_tuple() == expected
    assert chiso.parse_number(chiso.format_decimal(value, "vi"), "vi").as_tuple() == expected


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=40), st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.decimals()
    )
)
def test_no_input_makes_rust_panic(value: object) -> None:
    calls = [
        lambda: chiso.Quantity(value, "billion VND"),
        lambda: chiso.growth(value, "15.21"),
        lambda: chiso.implied_base(value, value),
        lambda: chiso.cagr("1", value, 3),
        lambda: chiso.Period(value),
        lambda: chiso.Quantity("1", value) if isinstance(value, str) else None,
        lambda: chiso.Report.from_json(value) if isinstance(value, str) else None,
        lambda: chiso.Target("iip", "2025", growth={"between": [value, value]}),
    ]
    for call in calls:
        try:
            call()
        except (chiso.ChisoError, TypeError):
            pass
