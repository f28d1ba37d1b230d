"""Errors: one hierarchy under ChisoError(ValueError), a stable .kind, the input named, and no
Rust panic ever reaching Python."""

import pickle
from decimal import Decimal

import chiso
import pytest

KINDS = {
    chiso.UnitMismatchError: "unit_mismatch",
    chiso.InvalidInputError: "invalid_input",
    chiso.UndefinedError: "undefined",
    chiso.DecimalOverflowError: "overflow",
    chiso.InvalidReportError: "invalid_report",
    chiso.ParseError: "parse",
}


def test_the_hierarchy_derives_from_value_error_with_stable_kinds() -> None:
    assert issubclass(chiso.ChisoError, ValueError)
    for cls, kind in KINDS.items():
        assert issubclass(cls, chiso.ChisoError) and cls.kind == kind
        assert cls.__module__ == "chiso"


def test_unit_mismatch_names_both_units() -> None:
    with pytest.raises(chiso.UnitMismatchError, match="kWh and VND") as info:
        chiso.growth(chiso.Quantity(1, "kWh"), chiso.Quantity(1, "VND"))
    assert info.value.kind == "unit_mismatch"
    with pytest.raises(ValueError):  # except ValueError keeps working
        chiso.Quantity(1, "USD") + chiso.Quantity(1, "VND")


def test_undefined_growth_names_the_base() -> None:
    with pytest.raises(chiso.UndefinedError, match="-3") as info:
        chiso.growth(10, -3)
    assert info.value.kind == "undefined"
    with pytest.raises(chiso.UndefinedError):
        chiso.growth(10, 0)
    with pytest.raises(chiso.UndefinedError):
        chiso.implied_base(100, -100)
    with pytest.raises(chiso.UndefinedError):
        chiso.share(chiso.Quantity(1, "points"), chiso.Quantity(5, "points", "less_than"))


def test_overflow_is_a_typed_error() -> None:
    big = "79228162514264337593543950335"
    with pytest.raises(chiso.DecimalOverflowError) as info:
        chiso.project(big, 50)
    assert info.value.kind == "overflow"


def test_invalid_report_names_the_path() -> None:
    with pytest.raises(chiso.InvalidReportError, match=r"^observations\[0\]\.period") as info:
        chiso.Report.from_json(
            '{"format": "chiso.report/1", "region": {"id": "X", "name": {"vi": "x", "en": "x"}},'
            ' "publisher": {"vi": "p", "en": "p"}, "indicators": [{"id": "iip", "name": {"vi": "i", "en": "i"},'
            ' "unit": "points", "measure": "index", "polarity": "higher_is_better"}],'
            ' "observations": [{"indicator": "iip", "period": "2025-13", "growth": "7.6"}], "targets": []}'
        )
    assert info.value.kind == "invalid_report"
    with pytest.raises(chiso.InvalidReportError):
        chiso.Report.from_json("not json")


@pytest.mark.parametrize(
    ("bad", "shown"),
    [
        (float("nan"), "NaN"),
        (float("inf"), "inf"),
        (float("-inf"), "-inf"),
        ("abc", "abc"),
        (Decimal("NaN"), "NaN"),
        (Decimal("-Infinity"), "-Infinity"),
        (Decimal("sNaN"), "sNaN"),
        ("1,5", "1,5"),
        ("1e3", "1e3"),
        (" 1", " 1"),
        (10**40, "1" + "0" * 40),
        (5e-324, "5e-324"),
    ],
)
def test_numbers_that_are_not_finite_decimals_are_invalid_input(bad: object, shown: str) -> None:
    for call in (
        lambda: chiso.growth(bad, 1),
        lambda: chiso.Quantity(bad, "VND"),
        lambda: chiso.Interval(bad, None),
    ):
        with pytest.raises(chiso.InvalidInputError) as info:
            call()
        assert info.value.kind == "invalid_input"
        assert shown in str(info.value)


@pytest.mark.parametrize("bad", [None, True, False, [1], object()])
def test_none_bool_and_other_types_are_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="previous"):
        chiso.growth(1, bad)
    with pytest.raises(TypeError, match="value"):
        chiso.Quantity(bad, "VND")


def test_unknown_units_bounds_and_languages_are_invalid_input() -> None:
    with pytest.raises(chiso.InvalidInputError, match="billion percent"):
        chiso.Quantity(1, "billion percent")
    with pytest.raises(chiso.InvalidInputError, match="roughly"):
        chiso.Quantity(1, "VND", "roughly")
    with pytest.raises(chiso.InvalidInputError, match="fr"):
        chiso.Quantity(1, "VND").format("fr")


def test_cagr_years_must_be_a_positive_whole_number() -> None:
    with pytest.raises(chiso.InvalidInputError):
        chiso.cagr(100, 121, 0)
    with pytest.raises(chiso.InvalidInputError):
        chiso.cagr(100, 121, -1)
    with pytest.raises(TypeError):
        chiso.cagr(100, 121, True)
    with pytest.raises(TypeError):
        chiso.cagr(100, 121, 2.0)


def test_exceptions_pickle_with_their_kind() -> None:
    with pytest.raises(chiso.UndefinedError) as info:
        chiso.growth(1, 0)
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is chiso.UndefinedError and again.kind == "undefined" and str(again) == str(info.value)


def test_review_edge_cases_are_clean_errors_or_exact_answers() -> None:
    assert chiso.ChisoError.kind == "error"
    # An integer from another library is taken through __index__.
    class Index:
        def __index__(self) -> int:
            return 5

    assert chiso.Quantity(Index(), "percent").value == Decimal(5)  # type: ignore[arg-type]
    # A Decimal with a huge exponent is refused without being written out in full.
    with pytest.raises(chiso.InvalidInputError):
        chiso.growth(Decimal("1E+100000000"), 1)
    # A rescale beyond 28 decimal places is refused, never a PanicException.
    with pytest.raises(chiso.InvalidInputError):
        chiso.Quantity(0.1 + 0.2, "VND").to("trillion VND")
    rescaled = chiso.Quantity("1.92", "billion VND").to("million VND")
    assert pickle.loads(pickle.dumps(rescaled)) == rescaled
    # with_observation reads report-printed numbers when told the language.
    report = chiso.datasets.binh_duong_2024().with_observation("retail_sales", "2025", value="397.353", lang="vi")
    retail = next(t for t in report.targets if t.indicator == "retail_sales")
    assert retail.check(report).verdict == "undetermined"
