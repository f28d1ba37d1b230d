"""Drafting a report from press text, as a Python user meets it."""

import datetime
import doctest
import json
from decimal import Decimal
from pathlib import Path

import chiso
import pytest

SOURCE = Path(__file__).resolve().parents[2] / "crates" / "chiso" / "data" / "sources" / "binh_duong_2024.txt"


def test_the_source_text_drafts_as_the_embedded_report() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    drafted = chiso.draft(text)
    embedded = chiso.datasets.binh_duong_2024()

    def rows(report: chiso.Report) -> list[tuple[object, ...]]:
        return sorted((o.indicator, str(o.period), o.value, o.growth, o.status) for o in report.observations)

    assert rows(drafted.report) == rows(embedded)
    assert len(drafted.report.targets) == 5
    assert drafted.unmatched == []
    assert (drafted.report.region["id"], drafted.region_from) == ("VN-57", "text")
    quote, start, end = drafted.region_quote or ("", 0, 0)
    assert quote == text[start:end] == "tỉnh Bình Dương"
    assert (drafted.as_of, drafted.as_of_from) == (datetime.date(2025, 3, 5), "dateline")
    assert repr(drafted) == "<Draft VN-57: 16 observations, 5 targets, 0 unmatched>"


def test_english_with_a_given_region_date_and_publisher() -> None:
    text = (
        "In the first four months of 2025, exports reached $10.2 billion, up 12.2 per cent year-on-year. "
        "In April, imports fell 1.2% month-on-month."
    )
    drafted = chiso.draft(
        text, "en", region="Hai Phong", as_of="2025-04-29", publisher={"vi": "Cục Thống kê", "en": "Statistics Office"}
    )
    (exports,) = drafted.report.observations
    assert (exports.indicator, str(exports.period), exports.value, exports.growth) == (
        "exports",
        "2025-YTD04",
        Decimal("10.2"),
        Decimal("12.2"),
    )
    assert exports.as_of == datetime.date(2025, 4, 29)
    assert (drafted.report.region["id"], drafted.region_from, drafted.region_quote) == ("VN-HP", "given", None)
    assert drafted.report.publisher == {"vi": "Cục Thống kê", "en": "Statistics Office"}
    (left,) = drafted.unmatched
    assert (left.mention.text, left.reason, left.details) == ("fell 1.2% month-on-month", "previous_period", {"kind": "previous_period"})
    assert left.message.startswith("a change against the previous month")
    assert left.message_in("vi").startswith("so với kỳ trước")
    assert repr(left) == "<Unmatched 'fell 1.2% month-on-month': previous_period>"
    assert drafted.quotes == [
        {"observation": 0, "start": 34, "end": 63, "text": "exports reached $10.2 billion"},
        {"observation": 0, "start": 65, "end": 94, "text": "up 12.2 per cent year-on-year"},
    ]
    assert all(q["text"] == text[q["start"] : q["end"]] for q in drafted.quotes)


def test_the_draft_json_holds_a_plain_report() -> None:
    drafted = chiso.draft("Năm 2024, xuất khẩu đạt 10 tỷ USD; xuất khẩu đạt 16 tỷ kWh.", as_of=datetime.date(2025, 3, 5))
    document = json.loads(drafted.to_json())
    assert document["format"] == "chiso.draft/1"
    assert chiso.Report.from_json(json.dumps(document["report"])) == drafted.report
    assert document["unmatched"][0]["reason"] == {
        "kind": "unit_mismatch",
        "indicator": "exports",
        "unit": "billion kWh",
        "expected": "billion USD",
    }
    assert drafted.unmatched[0].details == document["unmatched"][0]["reason"]
    assert (drafted.report.region["id"], drafted.region_from) == ("ZZ", "unknown")


def test_bad_arguments_are_refused_naming_them() -> None:
    with pytest.raises(chiso.InvalidInputError, match="region"):
        chiso.draft("Năm 2024, xuất khẩu đạt 10 tỷ USD.", region="Atlantis")
    with pytest.raises(ValueError, match="as_of"):
        chiso.draft("Năm 2024, xuất khẩu đạt 10 tỷ USD.", as_of="5/3/2025")
    with pytest.raises(chiso.InvalidInputError, match="lang"):
        chiso.draft("Năm 2024, xuất khẩu đạt 10 tỷ USD.", "fr")


def test_the_docstring_example_runs() -> None:
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner()
    for test in finder.find(chiso.draft, "chiso.draft", globs={}):
        runner.run(test)
    assert runner.summarize(verbose=False) == doctest.TestResults(failed=0, attempted=5)
