"""What the rest of the year needs (issue 12 §1), from Python.

Expected numbers were computed with ``fractions.Fraction`` from the formula in the Rust module
docs (``rest_of_year.rs``) and rounded once with ``decimal.Context(prec=28)``; the test checks
them again here against ``Fraction`` where it can.
"""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from fractions import Fraction

import chiso
import pytest


def _report(observations: list[dict[str, str]], target: dict[str, object]) -> chiso.Report:
    document = {
        "format": "chiso.report/1",
        "region": {"id": "VN-XX", "name": {"vi": "Tỉnh", "en": "Province"}},
        "publisher": {"vi": "Sở", "en": "Department"},
        "indicators": [
            {"id": "exports", "name": {"vi": "Kim ngạch xuất khẩu", "en": "Exports"},
             "unit": "billion USD", "measure": "flow", "polarity": "higher_is_better"},
            {"id": "iip", "name": {"vi": "Chỉ số IIP", "en": "IIP"},
             "unit": "points", "measure": "index", "polarity": "higher_is_better"},
        ],
        "observations": observations,
        "targets": [target],
    }
    return chiso.Report.from_json(json.dumps(document))


def _level(period: str, value: str) -> dict[str, str]:
    return {"indicator": "exports", "period": period, "value": value, "bound": "as_printed"}


def _worked(condition: dict[str, object]) -> chiso.Assessment:
    report = _report(
        [_level("2024", "18.0"), _level("2024-YTD06", "8.93"), _level("2025-YTD06", "10.0")],
        {"indicator": "exports", "period": "2025", "growth": condition},
    )
    return report.assess(report.targets[0])


def _exact(p: Fraction, y: Fraction, b: Fraction, t: Fraction) -> Fraction:
    return 100 * (p * (1 + t / 100) - y) / (p - b) - 100


def test_the_worked_example_needs_4_08_percent() -> None:
    rest = _worked({"at_least": "8"}).required_rest_of_year
    assert rest is not None and rest.applicable
    assert (rest.months, rest.side, rest.base_year, rest.base_implied) == (6, "floor", 2024, False)
    assert rest.needed is not None and rest.needed.value == Decimal("19.44")
    assert rest.rest_needed is not None and rest.rest_needed.value == Decimal("9.44")
    assert rest.base is not None and rest.base.value == Decimal("9.07")
    growth = rest.growth
    assert growth is not None and rest.growth_upper is None
    point = _exact(Fraction("18.0"), Fraction("10.0"), Fraction("8.93"), Fraction(8))
    assert point == Fraction(3700, 907)
    assert abs(Fraction(growth.value) - point) < Fraction(1, 10**25)
    # Every corner of the printed bounds lies inside the interval, and the ends are corners.
    corners = [
        _exact(p, y, b, Fraction(8))
        for p, y, b in itertools.product(
            (Fraction("17.95"), Fraction("18.05")),
            (Fraction("9.95"), Fraction("10.05")),
            (Fraction("8.925"), Fraction("8.935")),
        )
    ]
    assert growth.low is not None and growth.high is not None
    assert Fraction(growth.low) <= min(corners) and max(corners) <= Fraction(growth.high)
    assert min(corners) - Fraction(growth.low) < Fraction(1, 10**25)
    assert Fraction(growth.high) - max(corners) < Fraction(1, 10**25)
    assert rest.flags == []
    assert rest.describe("vi").startswith("6 tháng cuối năm cần tăng 4,08%")
    assert rest.describe("en").startswith("The last 6 months need growth of 4.08%")
    assert str(rest) == rest.describe()
    assert repr(rest) == "<RestOfYear after 2025-YTD06: 6 months need growth 4.08%>"


def test_a_range_target_gives_a_range_and_the_scorecard_has_its_columns() -> None:
    assessment = _worked({"between": ["8", "10"]})
    rest = assessment.required_rest_of_year
    assert rest is not None and rest.side == "range"
    assert rest.growth_upper is not None
    assert rest.growth_upper.value == Decimal("8.048511576626240352811466373")
    assert repr(rest) == "<RestOfYear after 2025-YTD06: 6 months need growth 4.08–8.05%>"
    report = _report(
        [_level("2024", "18.0"), _level("2024-YTD06", "8.93"), _level("2025-YTD06", "10.0")],
        {"indicator": "exports", "period": "2025", "growth": {"between": ["8", "10"]}},
    )
    card = report.scorecard()
    assert card.COLUMNS[-5:-2] == ["rest_of_year", "rest_of_year_growth", "rest_of_year_growth_upper"]
    line = next(line for line in card.lines() if line["target"] is not None)
    assert line["rest_of_year_growth"] == Decimal("4.079382579933847850055126792")
    assert line["rest_of_year_growth_upper"] == Decimal("8.048511576626240352811466373")
    assert line["rest_of_year"].startswith("The last 6 months need growth of 4.08%")
    assert "6 tháng cuối năm cần tăng từ 4,08%" in card.to_html(lang="vi")


def test_an_already_met_year_and_an_implausible_one_are_flagged() -> None:
    report = _report(
        [_level("2024", "18.0"), _level("2024-YTD10", "15.0"), _level("2025-YTD10", "20.0")],
        {"indicator": "exports", "period": "2025", "growth": {"at_least": "8"}},
    )
    met = report.assess(report.targets[0]).required_rest_of_year
    assert met is not None and met.flags == ["already_met"]
    implausible = _worked({"at_least": "30"}).required_rest_of_year
    assert implausible is not None and implausible.flags == ["implausible"]
    assert "khó đạt" in implausible.describe("vi")


def test_an_index_gets_no_number() -> None:
    report = _report(
        [{"indicator": "iip", "period": "2025-YTD06", "growth": "8.5", "growth_bound": "as_printed"}],
        {"indicator": "iip", "period": "2025", "growth": {"at_least": "9.7"}},
    )
    rest = report.assess(report.targets[0]).required_rest_of_year
    assert rest is not None and not rest.applicable
    assert rest.measure == "index" and rest.months == 6
    assert (rest.growth, rest.needed, rest.base, rest.side, rest.flags) == (None, None, None, None, [])
    assert rest.describe("en") == "Rest-of-year arithmetic does not apply to an index: its months do not add up."
    assert repr(rest) == "<RestOfYear after 2025-YTD06: not applicable to index>"


def test_a_whole_year_figure_has_no_rest_of_year() -> None:
    report = _report(
        [_level("2024", "18.0"), _level("2025", "19.5")],
        {"indicator": "exports", "period": "2025", "growth": {"at_least": "8"}},
    )
    assert report.assess(report.targets[0]).required_rest_of_year is None


def test_describe_refuses_an_unknown_language() -> None:
    rest = _worked({"at_least": "8"}).required_rest_of_year
    assert rest is not None
    with pytest.raises(chiso.ChisoError):
        rest.describe("fr")
