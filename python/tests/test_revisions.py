"""Revisions and vintages (`Report.revisions()`), and the weakest status of the figures a
verdict is judged from (`Assessment.status`).

The fixture is the Rust tests' `crates/chiso/tests/fixtures/revisions.json`; every expected
number was computed with `fractions.Fraction` from its printed figures.
"""

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import chiso
import pytest


@pytest.fixture()
def revised(root: Path) -> chiso.Report:
    return chiso.Report.from_json((root / "crates/chiso/tests/fixtures/revisions.json").read_text("utf-8"))


def test_an_estimate_revised_beyond_its_bounds_flips_a_verdict(revised: chiso.Report) -> None:
    revisions = revised.revisions()
    assert len(revisions) == 4
    assert [r.indicator for r in revisions] == ["exports", "commercial_electricity", "commercial_electricity", "iip"]
    r = revisions.rows[0]
    assert (r.earlier.status, r.later.status) == ("E", "A")
    assert str(r.earlier.as_of) == "2025-01-05" and str(r.later.as_of) == "2025-06-30"
    assert r.earlier.level is not None and r.earlier.level.value == Decimal("1105")
    # 1090 − 1105 within [1089.5 − 1105.5, 1090.5 − 1104.5].
    assert r.level is not None and r.level.value == Decimal("-15")
    low, high = Fraction("1089.5") - Fraction("1105.5"), Fraction("1090.5") - Fraction("1104.5")
    assert (Fraction(r.level.low), Fraction(r.level.high)) == (low, high)
    # 9 − 10.5 pp within [8.5 − 10.55, 9.5 − 10.45].
    assert r.growth_pp is not None and r.growth_pp.value == Decimal("-1.5")
    assert Fraction(r.growth_pp.low) == Fraction("8.5") - Fraction("10.55")
    assert Fraction(r.growth_pp.high) == Fraction("9.5") - Fraction("10.45")
    assert (r.level_bounds_overlap, r.growth_bounds_overlap) == (False, False)
    assert r.changes_a_verdict
    assert r.verdict_changes == [{"target": 0, "period": "2024", "before": "met", "after": "missed", "changed": True}]
    assert "changes the verdict on the 2024 target: met → missed" in r.render("en")
    assert "đạt → không đạt" in r.render("vi")
    assert repr(r) == "<Revision exports 2024, changes a verdict>"


def test_a_revision_within_rounding_overlaps(revised: chiso.Report) -> None:
    r = revised.revisions().rows[1]
    assert r.earlier.as_of is None and r.earlier.status is None and r.later.status == "P"
    assert r.level is not None and r.level.value == Decimal("0.0002")
    assert Fraction(r.level.low) == Fraction("16.94015") - Fraction("16.945")
    assert Fraction(r.level.high) == Fraction("16.94025") - Fraction("16.935")
    assert r.level_bounds_overlap is True and r.growth_bounds_overlap is None
    assert not r.changes_a_verdict and r.verdict_changes == []


def test_the_table_goes_to_pandas_html_and_text(revised: chiso.Report) -> None:
    revisions = revised.revisions()
    assert repr(revisions) == "<Revisions: 4 revisions, 2 changing a verdict>"
    lines = revisions.lines()
    assert list(lines[0]) == chiso.Revisions.COLUMNS
    assert lines[0]["level_revision_low"] == Decimal("-16")
    assert lines[3]["growth_revision_pp"] == Decimal("0.2")
    frame = revisions.to_pandas()
    assert list(frame.columns) == chiso.Revisions.COLUMNS
    assert frame["level_revision"][0] == Decimal("-15")
    assert bool(frame["changes_a_verdict"][3]) is True
    html = revisions._repr_html_()
    assert "<table" in html and "met → missed" in html
    assert "đạt → không đạt" in revisions.to_html("vi")
    assert revisions.render("vi").count("\n") == 4
    assert str(revisions) == revisions.render("en")


def test_a_growth_from_an_estimated_level_is_estimated(revised: chiso.Report) -> None:
    retail = revised.assess(revised.targets[1])
    assert (retail.verdict, retail.status) == ("met", "E")
    assert retail.reason_in("en").endswith(" Judged from an estimated 2025 figure.")
    assert retail.reason_in("vi").endswith(" Đánh giá từ số ước tính năm 2025.")
    assert retail.reason_data["status"] == "E"


def test_no_vintages_no_revisions(report: chiso.Report) -> None:
    revisions = report.revisions()
    assert len(revisions) == 0 and list(revisions) == []
    assert revisions.render("en") == "No figure has more than one vintage.\n"
    assert all(a.status is None for a in report.assess_all())
