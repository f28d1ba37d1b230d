"""Quantity, Interval, Estimate and Period: Python's own types at the edge, frozen, hashable,
comparable, picklable, with a repr that rebuilds them."""

import datetime
import pickle
from decimal import Decimal

import chiso
import pytest
from chiso import Estimate, Interval, Period, Quantity


def rebuilt(obj: object) -> object:
    return eval(repr(obj), {name: getattr(chiso, name) for name in chiso.__all__})


class TestQuantity:
    def test_the_value_is_the_decimal_exactly_as_given(self) -> None:
        q = Quantity("16.940", "billion kWh")
        assert q.value == Decimal("16.940") and str(q.value) == "16.940"
        assert q.unit == "billion kWh" and q.bound == "as_printed" and q.last_digit == -3

    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            (16.94, "16.94"),
            (0.1, "0.1"),
            (41, "41"),
            ("351640", "351640"),
            (Decimal("2.50"), "2.50"),
            (Decimal("1E+3"), "1000"),
            (Decimal("1.2E-7"), "0.00000012"),
            (-0.0, "-0"),
            (10**20, "100000000000000000000"),
        ],
    )
    def test_numbers_of_every_python_type_are_taken_exactly(self, given: object, expected: str) -> None:
        value = Quantity(given, "VND").value
        assert (
            value == Decimal(expected) and value.as_tuple().exponent == Decimal(expected).as_tuple().exponent
        )

    def test_the_interval_follows_the_printed_digits_and_the_bound(self) -> None:
        i = Quantity("16.94", "billion kWh").interval()
        assert (i.low, i.high, i.low_open, i.high_open) == (
            Decimal("16.935"),
            Decimal("16.945"),
            False,
            False,
        )
        more = Quantity("2.79", "billion VND", bound="more_than").interval()
        assert (more.low, more.high, more.low_open, more.high_open) == (Decimal("2.79"), None, True, True)
        assert str(more) == "(2.79, +∞)"

    def test_to_rescales_exactly_and_keeps_the_printed_precision(self) -> None:
        m = Quantity("1.92", "billion VND").to("million VND")
        assert m.value == 1920 and m.unit == "million VND" and m.last_digit == 1
        assert (m.interval().low, m.interval().high) == (1915, 1925)
        assert repr(m) == "Quantity('1920', 'million VND', last_digit=1)"
        with pytest.raises(chiso.UnitMismatchError, match="USD"):
            m.to("million USD")

    def test_repr_reads_like_the_code_that_builds_it(self) -> None:
        assert repr(Quantity("16.94", "billion kWh")) == "Quantity('16.94', 'billion kWh')"
        assert (
            repr(Quantity("2.79", "billion VND", "more_than"))
            == "Quantity('2.79', 'billion VND', bound='more_than')"
        )
        for q in [
            Quantity("16.94", "billion kWh"),
            Quantity("99", "percent", "at_least"),
            Quantity("1.92", "billion VND").to("VND"),
        ]:
            assert rebuilt(q) == q

    def test_format_prints_as_reports_do(self) -> None:
        q = Quantity("2.79", "billion VND", "more_than")
        assert q.format("vi") == "hơn 2,79 tỷ đồng" and q.format() == "more than 2.79 billion VND"
        assert str(Quantity("351640", "billion VND")) == "351640 billion VND"

    def test_sums_align_scales_and_keep_more_than(self) -> None:
        total = Quantity(350, "million VND", "exact") + Quantity("1.92", "billion VND")
        total = total + Quantity("2.79", "billion VND", "more_than")
        assert total.value == Decimal("5.06") and total.unit == "billion VND"
        assert total.low_open and total.high is None
        assert (Quantity("5", "VND") - Quantity("2", "VND")).value == 3
        assert (7 - Estimate("2", Interval("2", "2"))).value == 5
        assert (1 + Estimate("2", Interval("2", "2"))).value == 3

    def test_values_are_frozen_hashable_comparable_and_picklable(self) -> None:
        a, b = Quantity("16.94", "billion kWh"), Quantity("16.94", "billion kWh")
        assert a == b and hash(a) == hash(b) and len({a, b}) == 1
        assert a != Quantity("16.940", "billion kWh")  # ten times the precision: another figure
        assert a != "16.94"
        with pytest.raises(AttributeError):
            a.value = Decimal(1)  # type: ignore[misc]
        for q in [a, Quantity("1.92", "billion VND").to("VND"), Quantity("3", "fairs", "exact")]:
            assert pickle.loads(pickle.dumps(q)) == q


class TestInterval:
    def test_ends_and_openness(self) -> None:
        i = Interval("1", None, low_open=True)
        assert (i.low, i.high, i.low_open, i.high_open) == (Decimal(1), None, True, True)
        assert 2 in i and 1 not in i and i.contains("1.0001")
        assert Interval(5, 5).is_point()
        with pytest.raises(chiso.InvalidInputError):
            Interval(2, 1)

    def test_repr_pickle_and_hash(self) -> None:
        for i in [Interval("16.935", "16.945"), Interval(None, 5, high_open=True), Interval(None, None)]:
            assert rebuilt(i) == i and pickle.loads(pickle.dumps(i)) == i and hash(i) == hash(rebuilt(i))
        assert repr(Interval("2.79", None, low_open=True)) == "Interval('2.79', None, low_open=True)"


class TestEstimate:
    def test_attributes_are_decimals(self) -> None:
        e = chiso.implied_base(Quantity("16.94", "billion kWh"), "11.4")
        assert isinstance(e.value, Decimal) and isinstance(e.low, Decimal) and isinstance(e.high, Decimal)
        assert e.low < e.value < e.high and e.unit == "billion kWh"
        assert e.format("en", 2) == "15.21 billion kWh (15.19–15.22)"
        assert e.format("vi", 2) == "15,21 tỷ kWh (15,19–15,22)"
        assert e.to("million kWh").value == e.value * 1000

    def test_construction_refuses_a_value_outside_its_interval(self) -> None:
        assert Estimate("1", Interval(0, 2)).unit is None
        with pytest.raises(chiso.InvalidInputError):
            Estimate("10", Interval(0, 2))

    def test_repr_pickle_hash(self) -> None:
        for e in [chiso.growth("16.94", "15.21"), Estimate("1", Interval(0, None), unit="VND")]:
            assert rebuilt(e) == e and pickle.loads(pickle.dumps(e)) == e and hash(rebuilt(e)) == hash(e)


class TestPeriod:
    def test_dates_are_python_dates(self) -> None:
        p = Period("2025-YTD05")
        assert p.start == datetime.date(2025, 1, 1) and p.end == datetime.date(2025, 5, 31)
        assert str(p.previous_year()) == "2024-YTD05" and p.year == 2025 and p.month_count == 5
        assert p.is_year_to_date() and not Period("2025").is_year_to_date()
        assert str(Period("2025-H1")) == "2025-YTD06" and Period(Period("2024")) == Period("2024")

    def test_periods_are_ordered_hashable_picklable(self) -> None:
        periods = sorted(Period(t) for t in ["2025", "2024", "2025-YTD06", "2025-06"])
        assert [str(p) for p in periods] == ["2024", "2025-06", "2025-YTD06", "2025"]
        p = Period("2025-Q1")
        assert repr(p) == "Period('2025-Q1')" and rebuilt(p) == p and pickle.loads(pickle.dumps(p)) == p
        assert {Period("2024"): 1}[Period("2024")] == 1

    @pytest.mark.parametrize("text", ["2025-13", "2025-Q5", "25", "2025-H2", ""])
    def test_impossible_periods_name_the_text(self, text: str) -> None:
        with pytest.raises(chiso.InvalidInputError, match=f'"{text}"') as info:
            Period(text)
        assert info.value.kind == "invalid_input"
