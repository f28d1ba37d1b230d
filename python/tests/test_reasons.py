"""Natural ranges and sanity findings, structured reasons, and messages in both languages."""

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
