"""An outside review of issue 10's Python constructors and arithmetic: what `test_build.py`
does not generate (every bound, open and unbounded ends, negative values, 28-digit and tiny
values, units in different scales), checked against exact fractions and Python's `decimal`."""

import decimal
import json
from decimal import Decimal
from fractions import Fraction

import chiso
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

BOUNDS = ["as_printed", "exact", "more_than", "at_least", "less_than", "at_most", "about"]

# Units of one dimension and their size in the smallest of them.
VND = {"VND": 1, "thousand VND": 10**3, "million VND": 10**6, "billion VND": 10**9, "trillion VND": 10**12}

PYTHON = decimal.Context(prec=28, rounding=decimal.ROUND_HALF_EVEN, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
WIDE = decimal.Context(prec=120, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def number(digits: int):
    """Decimals of up to `digits` significant digits, any sign, any scale a chiso decimal holds."""
    return st.builds(
        lambda m, s: Decimal(m).scaleb(-s),
        st.integers(min_value=-(10**digits) + 1, max_value=10**digits - 1),
        st.integers(min_value=0, max_value=28),
    ).filter(lambda d: d.adjusted() < 28)


figures = st.one_of(number(4), number(12), number(28))


def samples(interval: chiso.Interval) -> list:
    """Values the interval allows: its closed ends, points next to its open ends, points far
    along its unbounded ends, and its middle."""
    low, high = interval.low, interval.high
    lo = None if low is None else Fraction(low)
    hi = None if high is None else Fraction(high)
    if lo is not None and hi is not None:
        width = hi - lo
        if width == 0:
            return [lo]
        near = width / 10**6
        return [lo if not interval.low_open else lo + near, (lo + hi) / 2, hi if not interval.high_open else hi - near]
    out = []
    if lo is not None:
        out += [lo if not interval.low_open else lo + Fraction(1, 10**6), lo + 10**6]
    if hi is not None:
        out += [hi if not interval.high_open else hi - Fraction(1, 10**6), hi - 10**6]
    if lo is None and hi is None:
        out = [Fraction(-(10**6)), Fraction(0), Fraction(10**6)]
    return out


def clear_of_zero(value: Decimal, d: chiso.Interval) -> bool:
    """Whether a divisor of this value and interval is defined: neither is nor allows zero."""
    return value != 0 and (
        (d.low is not None and (d.low > 0 or (d.low == 0 and d.low_open)))
        or (d.high is not None and (d.high < 0 or (d.high == 0 and d.high_open)))
    )


def allows(result: chiso.Estimate, value: Fraction) -> bool:
    if result.low is not None:
        low = Fraction(result.low)
        if value < low or (result.low_open and value == low):
            return False
    if result.high is not None:
        high = Fraction(result.high)
        if value > high or (result.high_open and value == high):
            return False
    return True


def holds(result: chiso.Estimate, a: chiso.Interval, b: chiso.Interval, op) -> None:
    for x in samples(a):
        for y in samples(b):
            exact = op(x, y)
            assert allows(result, exact), (result, x, y, exact)


def python(value: Decimal) -> Decimal:
    """A result Python's `decimal` computed, within the 28 decimal places a chiso decimal holds."""
    if value.as_tuple().exponent < -28:  # type: ignore[operator]
        return value.quantize(Decimal(1).scaleb(-28), context=PYTHON)
    return value


def quotient_of(a: Decimal, b: Decimal) -> Decimal:
    """`a / b` as Python's 28 significant digits round it, within 28 decimal places: rounded
    once, from 120 digits."""
    wide = WIDE.divide(a, b)
    rounded = PYTHON.plus(wide)
    if rounded.as_tuple().exponent < -28:  # type: ignore[operator]
        return wide.quantize(Decimal(1).scaleb(-28), context=PYTHON)
    return rounded


def holds_28_digits(d: Decimal) -> bool:
    """Whether a chiso decimal holds `d` exactly: at most 28 decimals, a mantissa under 2^96."""
    sign, digits, exponent = d.as_tuple()
    mantissa = int("".join(map(str, digits)) or "0")
    return exponent >= -28 and mantissa * 10 ** max(exponent, 0) < 2**96  # type: ignore[operator]


@settings(max_examples=300, deadline=None)
@given(figures, st.sampled_from(BOUNDS), figures, st.sampled_from(BOUNDS), st.sampled_from(sorted(VND)))
def test_a_product_holds_every_product_for_every_bound(a, a_bound, b, b_bound, unit):
    q = chiso.Quantity(a, unit, a_bound)
    factor = chiso.Estimate(b, chiso.Quantity(b, "VND", b_bound).interval())
    try:
        products = [q * factor, factor * q]
    except chiso.DecimalOverflowError:
        assume(False)
    for product in products:
        assert product.unit == unit
        holds(product, q.interval(), factor.interval(), lambda x, y: x * y)
        assert product.value == python(PYTHON.multiply(a, b))
    assert products[0] == products[1]


@settings(max_examples=300, deadline=None)
@given(figures, st.sampled_from(BOUNDS), figures, st.sampled_from(BOUNDS), st.sampled_from(sorted(VND)))
def test_a_quotient_by_a_plain_number_holds_every_quotient_for_every_bound(a, a_bound, b, b_bound, unit):
    q = chiso.Quantity(a, unit, a_bound)
    divisor = chiso.Estimate(b, chiso.Quantity(b, "VND", b_bound).interval())
    d = divisor.interval()
    if not clear_of_zero(b, d):
        with pytest.raises(chiso.UndefinedError):
            q / divisor
        return
    try:
        quotient = q / divisor
    except chiso.DecimalOverflowError:
        assume(False)
    assert quotient.unit == unit
    holds(quotient, q.interval(), d, lambda x, y: x / y)
    assert quotient.value == quotient_of(a, b)


@settings(max_examples=300, deadline=None)
@given(
    figures,
    st.sampled_from(BOUNDS),
    st.sampled_from(sorted(VND)),
    figures,
    st.sampled_from(BOUNDS),
    st.sampled_from(sorted(VND)),
)
def test_a_ratio_across_scales_holds_every_ratio_in_the_smallest_unit(a, a_bound, a_unit, b, b_bound, b_unit):
    numerator = chiso.Quantity(a, a_unit, a_bound)
    denominator = chiso.Quantity(b, b_unit, b_bound)
    scale = Fraction(VND[a_unit], VND[b_unit])
    try:
        ratio = numerator / denominator
    except chiso.UndefinedError:
        assert not clear_of_zero(b, denominator.interval())
        return
    except chiso.DecimalOverflowError:
        assume(False)
    assert ratio.unit is None
    holds(ratio, numerator.interval(), denominator.interval(), lambda x, y: x / y * scale)
    # The point: both in the smaller unit when that is exact, as Python would compute it.
    finest = min(VND[a_unit], VND[b_unit])
    aligned_a = WIDE.multiply(a, VND[a_unit] // finest)
    aligned_b = WIDE.multiply(b, VND[b_unit] // finest)
    if holds_28_digits(aligned_a) and holds_28_digits(aligned_b):
        assert ratio.value == quotient_of(aligned_a, aligned_b)


# --- Errors that name what is wrong -----------------------------------------------------------

REGION = {"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}}
PUBLISHER = {"vi": "Sở Công Thương", "en": "Department of Industry and Trade"}


def test_a_divisor_printed_as_zero_is_zero_not_one_that_allows_zero():
    ten = chiso.Quantity("10", "billion VND")
    with pytest.raises(chiso.UndefinedError, match=r"^cannot divide by 0 billion VND in \(0, \+∞\): it is zero$"):
        ten / chiso.Quantity("0", "billion VND", "more_than")
    # Clear of zero, but too small to tell from zero in billions: the quotient, 10^47, overflows.
    with pytest.raises(chiso.DecimalOverflowError):
        chiso.Quantity(Decimal("1E19"), "billion VND") / chiso.Quantity(Decimal("1E-19"), "VND")


def test_a_bad_as_of_date_names_the_argument():
    with pytest.raises(chiso.InvalidInputError, match=r"^as_of: 'June' is not an ISO date such as '2025-06-28'$"):
        chiso.Observation("power", "2024", "1", as_of="June")


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"region": REGION, "publisher": {"vi": None, "en": "x"}}, r"^publisher\['vi'\]: expected a str, got NoneType None$"),
        ({"region": {"id": None, "name": REGION["name"]}, "publisher": PUBLISHER},
         r"^region\['id'\]: expected a str, got NoneType None$"),
        ({"region": REGION, "publisher": PUBLISHER, "source": {"title": None}},
         r"^source\['title'\]: expected a str, got NoneType None$"),
    ],
)
def test_a_required_key_given_as_none_is_a_wrong_type_not_a_missing_key(parts, message):
    with pytest.raises(TypeError, match=message):
        chiso.Report(**parts)


def test_bound_is_a_name_or_a_dict_and_says_so():
    expected = r"^bound: expected a bound name \(str\) or a dict from argument name to bound name, got list"
    with pytest.raises(TypeError, match=expected):
        chiso.growth("110", "100", bound=["exact"])  # type: ignore[arg-type]


@pytest.mark.xfail(
    strict=True,
    reason="the core (Report::new, and Report.from_json) accepts what the shipped JSON Schema refuses: "
    "a region id that is not ISO 3166 ('', 'hanoi!'), empty names, an empty source title",
)
@pytest.mark.parametrize(
    "parts",
    [
        {"region": {"id": "", "name": REGION["name"]}, "publisher": PUBLISHER},
        {"region": {"id": "hanoi!", "name": REGION["name"]}, "publisher": PUBLISHER},
        {"region": REGION, "publisher": {"vi": "", "en": ""}},
        {"region": REGION, "publisher": PUBLISHER, "source": {"title": ""}},
    ],
)
def test_what_the_constructor_accepts_the_schema_accepts(parts):
    jsonschema = pytest.importorskip("jsonschema")
    try:
        report = chiso.Report(**parts)
    except chiso.ChisoError:
        return
    jsonschema.validate(json.loads(report.to_json()), chiso.schema())
