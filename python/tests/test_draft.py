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
        "In April, imports fell 1.2% month-on-month. Over January to April, exports were up 0.5% month-on-month."
    )
    drafted = chiso.draft(
        text, "en", region="Hai Phong", as_of="2025-04-29", publisher={"vi": "Cục Thống kê", "en": "Statistics Office"}
    )
    (exports, imports) = drafted.report.observations
    assert (imports.indicator, str(imports.period), imports.growth, imports.compared_with) == (
        "imports",
        "2025-04",
        Decimal("-1.2"),
        "previous_period",
    )
    assert (exports.indicator, str(exports.period), exports.value, exports.growth) == (
        "exports",
        "2025-YTD04",
        Decimal("10.2"),
        Decimal("12.2"),
    )
    assert exports.as_of == datetime.date(2025, 4, 29)
    assert (drafted.report.region["id"], drafted.region_from, drafted.region_quote) == ("VN-HP", "given", None)
    assert drafted.report.publisher == {"vi": "Cục Thống kê", "en": "Statistics Office"}
    # A year to date has no period before it: that growth is left out, and says why.
    (left,) = drafted.unmatched
    assert (left.mention.text, left.reason, left.details) == ("up 0.5% month-on-month", "previous_period", {"kind": "previous_period"})
    assert left.message.startswith("a change against the previous period")
    assert left.message_in("vi").startswith("so với kỳ trước")
    assert repr(left) == "<Unmatched 'up 0.5% month-on-month': previous_period>"
    assert drafted.quotes[:2] == [
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


# Independent review (r11-draft): four held-out texts, their expected rows written before the
# drafter ran on them.
HELD_OUT = {
    "department_review_vi": (
        "vi",
        "Sở Công Thương tỉnh Đồng Nai: tổng kết năm 2024\n\n"
        "Năm 2024, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 6,8% so với cùng kỳ. Kim ngạch xuất khẩu ước "
        "đạt 24,6 tỷ USD, tăng 11,2%; kim ngạch nhập khẩu đạt 18,3 tỷ USD, tăng 9,5%. Tổng mức bán lẻ hàng hóa và "
        "doanh thu dịch vụ tiêu dùng đạt 298.500 tỷ đồng, tăng 10,1%.\n\n"
        "Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu tăng 10% trở lên; tổng mức bán lẻ hàng hóa và doanh thu dịch "
        "vụ tiêu dùng tăng 12%.\n",
        None,
        [
            ("iip", "2024", None, "6.8", None),
            ("exports", "2024", "24.6", "11.2", "E"),
            ("imports", "2024", "18.3", "9.5", None),
            ("retail_sales", "2024", "298500", "10.1", None),
        ],
        ["exports 2025: growth at least 10% against 2024", "retail_sales 2025: growth at least 12% against 2024"],
        [],
    ),
    "gso_monthly_vi": (
        "vi",
        "Tình hình kinh tế - xã hội tháng 5 và 5 tháng đầu năm 2025\n\n"
        "Chỉ số giá tiêu dùng (CPI) tháng 5/2025 tăng 0,16% so với tháng trước và tăng 3,24% so với cùng kỳ năm "
        "trước. Tính chung 5 tháng đầu năm 2025, kim ngạch xuất khẩu hàng hóa ước đạt 180,2 tỷ USD, tăng 14,0% so "
        "với cùng kỳ năm trước; kim ngạch nhập khẩu ước đạt 176,4 tỷ USD, tăng 17,9%. Vốn đầu tư trực tiếp nước "
        "ngoài thực hiện ước đạt 8,9 tỷ USD, tăng 7,9%.\n",
        None,
        [
            # Issue 12: the growth against the month before is an observation of its own, labelled.
            ("cpi", "2025-05", None, "0.16", None),
            ("cpi", "2025-05", None, "3.24", None),
            ("exports", "2025-YTD05", "180.2", "14.0", "E"),
            ("imports", "2025-YTD05", "176.4", "17.9", "E"),
            ("fdi_disbursed", "2025-YTD05", "8900", "7.9", "E"),
        ],
        [],
        [],
    ),
    "vnexpress_en": (
        "en",
        "Vietnam's exports rose 14 percent year-on-year to $180.2 billion in the January-May period, the General "
        "Statistics Office said Friday. Imports grew 17.9 percent to $176.4 billion, leaving a trade surplus of "
        "$3.8 billion. Disbursed foreign direct investment reached $8.9 billion, up 7.9 percent.\n",
        "2025-06-06",
        [
            ("national_exports", "2025-YTD05", "180.2", "14", None),
            ("imports", "2025-YTD05", "176.4", "17.9", None),
            ("trade_balance", "2025-YTD05", "3.8", None, None),
            ("fdi_disbursed", "2025-YTD05", "8900", "7.9", None),
        ],
        [],
        [],
    ),
    "provincial_plan_en": (
        "en",
        "Binh Duong aims for GRDP growth of 10 percent in 2025, the provincial People's Committee said. The "
        "province targets export turnover of $37 billion, up 9-10 percent, and plans to attract $1.5 billion in "
        "foreign direct investment. In 2024, its GRDP grew 7.5 percent and exports reached an estimated $33.4 "
        "billion.\n",
        None,
        [("grdp", "2024", None, "7.5", None), ("exports", "2024", "33.4", None, "E")],
        [
            "grdp 2025: growth at least 10% against 2024",
            "exports 2025: level at least 37",
            "exports 2025: growth 9–10% against 2024",
            "fdi_registered 2025: level at least 1,500",
        ],
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_texts_draft_as_expected_before_the_drafter_ran(name: str) -> None:
    lang, text, as_of, observations, targets, unmatched = HELD_OUT[name]
    drafted = chiso.draft(text, lang, as_of=as_of)

    def figure(value: object) -> str | None:
        return None if value is None else str(value)

    rows = [
        (o.indicator, str(o.period), figure(o.value), figure(o.growth), o.status) for o in drafted.report.observations
    ]
    assert rows == observations
    assert [str(t) for t in drafted.report.targets] == targets
    assert [(u.mention.text, u.reason) for u in drafted.unmatched] == unmatched


def test_an_english_text_without_a_year_or_date_leaves_every_figure_unmatched_for_want_of_a_period() -> None:
    _, text, *_ = HELD_OUT["vnexpress_en"]
    drafted = chiso.draft(text, "en")
    assert drafted.report.observations == []
    assert {u.reason for u in drafted.unmatched} == {"no_period"}
    assert len(drafted.unmatched) == len(chiso.extract(text, "en"))
