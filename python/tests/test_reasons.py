"""Natural ranges and sanity findings, structured reasons, and messages in both languages."""

import datetime
import pickle
from decimal import Decimal

import chiso
import pytest


def _with(report: chiso.Report, old: str, new: str) -> chiso.Report:
    return chiso.Report.from_json(report.to_json().replace(old, new, 1))


def test_indicators_carry_their_natural_range(report: chiso.Report) -> None:
    share = report.indicator("household_electricity_access")
    assert share.range == (Decimal("0"), Decimal("100"))
    # A count is at least 0 without declaring it; a balance may be negative.
    assert report.indicator("rural_industrial_products_province").range == (Decimal("0"), None)
    assert report.indicator("trade_balance").range is None
    for indicator in report.indicators:
        assert pickle.loads(pickle.dumps(indicator)) == indicator
        assert pickle.loads(pickle.dumps(indicator)).range == indicator.range


def test_a_count_of_minus_41_and_a_share_of_140_are_findings(report: chiso.Report) -> None:
    bad = _with(_with(report, '"value": "41"', '"value": "-41"'), '"value": "100"', '"value": "140"')
    findings = bad.check()
    assert [(f.kind, f.indicators, f.gap) for f in findings] == [
        ("out_of_range", ["rural_industrial_products_province"], Decimal("41")),
        ("out_of_range", ["dossier_results_digitised"], Decimal("39.5")),
    ]
    assert str(findings[1]) == (
        "Share of dossier results digitised 2024: the reported 140% is above 100%, the most it can be."
    )
    assert findings[1].message_in("vi") == (
        "Tỷ lệ số hóa kết quả giải quyết hồ sơ năm 2024: số liệu công bố 140% cao hơn 100%, mức cao nhất có thể."
    )


def test_a_count_of_twelve_and_a_half_is_not_whole(report: chiso.Report) -> None:
    bad = _with(report, '"value": "14"', '"value": "12.5"')
    [finding] = bad.check()
    assert (finding.kind, finding.implied.value) == ("not_whole", Decimal("12"))
    assert str(finding) == (
        "Industrial-extension plans and projects carried out 2024: the reported 12.5 plans is not a whole number, "
        "and a count must be."
    )


def test_a_printed_100_percent_straddles_the_range_and_is_no_finding(report: chiso.Report) -> None:
    # The embedded report prints a digitised share of 100%: 99.5 to 100.5, which may be right.
    assert report.check() == []


def test_the_five_pending_reasons_in_both_languages(report: chiso.Report) -> None:
    card = report.scorecard()
    assessments = [a for row in card.rows for a in row.assessments]
    assert [a.reason_data["kind"] for a in assessments] == ["pending_no_figure"] * 5
    assert [a.reason_in("vi") for a in assessments] == [
        "Kim ngạch xuất khẩu: chưa có số liệu năm 2025; mục tiêu là tăng 9–10% so với cùng kỳ.",
        "Kim ngạch nhập khẩu: chưa có số liệu năm 2025; mục tiêu là tăng 9–10% so với cùng kỳ.",
        "Chỉ số sản xuất công nghiệp (IIP): chưa có số liệu năm 2025; mục tiêu là tăng ít nhất 9,7% so với cùng kỳ.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: chưa có số liệu năm 2025; để tăng 13–14% so với cùng kỳ, "
        "năm 2025 cần đạt từ 397.353,20 tỷ đồng (397.352,63–397.353,77) đến 400.869,60 tỷ đồng "
        "(400.869,03–400.870,17).",
        "Tỷ lệ hộ dân sử dụng điện: chưa có số liệu năm 2025; mục tiêu là đạt ít nhất 99,99%.",
    ]
    assert [a.reason for a in assessments] == [a.reason_in("en") for a in assessments]
    assert assessments[4].reason == (
        "Share of households using electricity: no 2025 figure is reported yet; the target is a level of at least "
        "99.99%."
    )


def test_a_met_reason_as_data_and_in_vietnamese(report: chiso.Report) -> None:
    updated = report.with_observation("retail_sales", "2025", growth="13.5")
    retail = updated.assess(updated.targets[1])
    assert retail.verdict == "met"
    assert retail.reason_in("vi") == (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: năm 2025 tăng 13,5% (13,45–13,55) so với cùng kỳ, đạt mục "
        "tiêu năm 2025 (tăng 13–14% so với cùng kỳ) dù số liệu công bố được làm tròn thế nào."
    )
    data = retail.reason_data
    assert data["kind"] == "met" and data["indicator"] == "retail_sales"
    assert (data["threshold"], data["threshold_upper"], data["baseline"]) == (Decimal("13"), Decimal("14"), "2024")
    assert (data["actual"], data["actual_low"], data["actual_high"]) == (
        Decimal("13.5"),
        Decimal("13.45"),
        Decimal("13.55"),
    )
    assert data["required"] == Decimal("397353.20") and data["against"] is None and data["at_pace"] is False
    assert all(isinstance(data[k], Decimal) for k in ("required_low", "required_high", "required_upper"))


def test_an_exceeded_range_is_over_plan_in_vietnamese(report: chiso.Report) -> None:
    updated = report.with_observation("retail_sales", "2025", growth="14.5")
    retail = updated.assess(updated.targets[1])
    assert retail.reason_data["kind"] == "exceeded"
    assert "vượt kế hoạch" in retail.reason_in("vi")


def test_an_unknown_language_is_refused(report: chiso.Report) -> None:
    assessment = report.assess(report.targets[0])
    with pytest.raises(ValueError, match="lang"):
        assessment.reason_in("fr")
    bad = _with(report, '"value": "41"', '"value": "-41"')
    with pytest.raises(ValueError, match="lang"):
        bad.check()[0].message_in("fr")


@pytest.mark.parametrize("range_", [None, (None, Decimal("5")), (Decimal("-3"), None), (Decimal("2"), Decimal("2"))])
def test_a_count_range_survives_pickle_and_json(range_: tuple[Decimal | None, Decimal | None] | None) -> None:
    # An independent review: a count that declares no range, or only a high end, must not
    # come back from a pickle or a report's JSON with the count's default of at least 0.
    firms = chiso.Indicator("firms", "Doanh nghiệp", "Firms", "businesses", measure="flow",
                            polarity="higher_is_better", range=range_)
    assert firms.range == range_
    back = pickle.loads(pickle.dumps(firms))
    assert back == firms and back.range == range_
    report = chiso.Report(region={"id": "VN-74", "name": {"vi": "Bình Phước", "en": "Binh Phuoc"}},
                          publisher={"vi": "Sở", "en": "Department"}, indicators=[firms], observations=[], targets=[])
    assert chiso.Report.from_json(report.to_json()).indicator("firms").range == range_


def test_the_shipped_report_says_its_targets_cannot_be_assessed(ended_report: chiso.Report) -> None:
    assessments = ended_report.assess_all()
    assert [a.verdict for a in assessments] == ["not_assessable"] * 5
    assert [a.verdict_label("vi") for a in assessments] == ["không đánh giá được"] * 5
    data = assessments[0].reason_data
    assert (data["kind"], data["ended"], data["successor"]) == ("not_assessable_region_ended", "2025-07-01", "VN-SG")
    assert assessments[0].reason == (
        "Index of industrial production (IIP): Binh Duong ceased to exist on 1 July 2025 (merged into VN-SG); "
        "no 2025 figure will be published for it, so the target cannot be assessed."
    )
    assert ended_report.region["ended"] == datetime.date(2025, 7, 1)
    assert ended_report.region["successor"] == "VN-SG"
    existing = ended_report.with_region({"id": "VN-57", "name": ended_report.region["name"]})
    assert [a.verdict for a in existing.assess_all()] == ["pending"] * 5
    with pytest.raises(chiso.ChisoError):
        ended_report.with_region({"id": "VN-57", "name": ended_report.region["name"], "successor": "VN-SG"})
    html = ended_report.scorecard().to_html(lang="vi")
    assert "#424a53" in html and "không đánh giá được" in html


def test_an_average_growth_target_in_python(report: chiso.Report) -> None:
    target = chiso.Target.average_growth("retail_sales", 2021, 2025, {"at_least": "8"})
    assert (target.kind, target.span, str(target.period), str(target.baseline)) == (
        "average_growth",
        (2021, 2025),
        "2025",
        "2020",
    )
    assert repr(target) == "Target.average_growth('retail_sales', 2021, 2025, {'at_least': '8'})"
    assert pickle.loads(pickle.dumps(target)) == target
    assert target.describe("percent", "vi") == "tăng bình quân ít nhất 8%/năm"
    # 2020 has no retail level in the report, nor 2021 a growth: pending, naming the missing years.
    assessment = report.with_target(target).assess(target)
    assert assessment.verdict == "pending"
    assert assessment.reason_data["kind"] == "pending_average_growth"
    with pytest.raises(chiso.ChisoError):
        chiso.Target.average_growth("retail_sales", 2025, 2021, {"at_least": "8"})


def test_the_schema_has_both_versions() -> None:
    assert chiso.schema()["properties"]["format"]["const"] == "chiso.report/2"
    assert chiso.schema(version=1)["properties"]["format"]["const"] == "chiso.report/1"
    with pytest.raises(ValueError):
        chiso.schema(version=3)
