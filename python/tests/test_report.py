"""Reports, targets, assessments, findings and scorecards, and how they show in Jupyter and
pandas."""

import datetime
import json
import pickle
from decimal import Decimal
from pathlib import Path

import chiso
import jsonschema
import pytest


def test_the_embedded_report_loads_with_its_parts(report: chiso.Report) -> None:
    assert report.region == {"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}}
    assert report.publisher["en"] == "Binh Duong Department of Industry and Trade"
    assert report.source is not None and report.source["outlet"] == "Vietnam Business Forum"
    assert len(report.targets) == 5 and len(report.observations) >= 14
    iip = report.indicator("iip")
    assert iip is not None and iip.unit == "points" and iip.measure == "index"
    assert iip.polarity == "higher_is_better" and iip.identity is None
    balance = report.indicator("trade_balance")
    assert balance is not None and balance.identity == {"difference": ["exports", "imports"]}
    assert report.indicator("gdp") is None
    retail = next(o for o in report.observations if o.indicator == "retail_sales")
    assert (retail.value, retail.bound, retail.growth, retail.growth_bound) == (
        Decimal(351640),
        "as_printed",
        Decimal("13.3"),
        "as_printed",
    )
    assert (
        retail.status == "E"
        and retail.as_of == datetime.date(2025, 3, 5)
        and "351.640" in (retail.quote or "")
    )
    assert str(retail.period) == "2024"


def test_json_round_trips_and_load_reads_files(ended_report: chiso.Report, root: Path, tmp_path: Path) -> None:
    report = ended_report
    text = report.to_json()
    assert chiso.Report.from_json(text) == report
    assert chiso.Report.load(root / "crates" / "chiso" / "data" / "binh_duong_2024.json") == report
    assert chiso.Report.load(str(root / "crates" / "chiso" / "data" / "binh_duong_2024.json")) == report
    report.save(tmp_path / "copy.json")
    assert chiso.Report.load(tmp_path / "copy.json") == report
    assert pickle.loads(pickle.dumps(report)) == report
    with pytest.raises(FileNotFoundError):
        chiso.Report.load(tmp_path / "missing.json")
    assert chiso.datasets.binh_duong_2024_json().startswith("{")


def test_the_shipped_data_follows_the_schema(root: Path) -> None:
    schema = json.loads((root / "crates" / "chiso" / "schema" / "chiso.report.schema.json").read_text(encoding="utf-8"))
    document = json.loads((root / "crates" / "chiso" / "data" / "binh_duong_2024.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    written = json.loads(chiso.datasets.binh_duong_2024().to_json())
    jsonschema.validate(written, schema, cls=jsonschema.Draft202012Validator)
    written["observations"][0]["value"] = 10  # decimals are strings in the format
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(written, schema, cls=jsonschema.Draft202012Validator)


def test_targets_carry_their_periods_and_spec(report: chiso.Report) -> None:
    retail = next(t for t in report.targets if t.indicator == "retail_sales")
    assert isinstance(retail.period, chiso.Period) and str(retail.period) == "2025"
    assert retail.baseline is not None and str(retail.baseline) == "2024"
    assert retail.kind == "growth" and retail.level is None
    assert retail.growth == {"between": [Decimal(13), Decimal(14)]}
    assert retail.thresholds == (Decimal(13), Decimal(14))
    assert str(retail) == "retail_sales 2025: growth 13–14% against 2024"
    access = next(t for t in report.targets if t.indicator == "household_electricity_access")
    assert access.baseline is None and access.level == {"at_least": Decimal("99.99")}


def test_targets_are_built_as_the_json_format_describes_them(report: chiso.Report) -> None:
    retail = chiso.Target("retail_sales", "2025", growth={"between": ["13", "14"]})
    assert retail.baseline == chiso.Period("2024")
    iip = chiso.Target(
        "iip", chiso.Period("2025"), growth={"at_least": 9.7}, baseline="2024", quote="IIP tăng 9,7%"
    )
    level = chiso.Target("household_electricity_access", "2025", level={"at_least": Decimal("99.99")})
    for t in [retail, iip, level, chiso.Target("iip", "2025", growth={"at_least": "9.7"}, baseline="2023")]:
        assert eval(repr(t), {"Target": chiso.Target}) == t
        assert pickle.loads(pickle.dumps(t)) == t and hash(t) == hash(pickle.loads(pickle.dumps(t)))
    assert repr(retail) == "Target('retail_sales', '2025', growth={'between': ['13', '14']})"
    assert iip != report.targets[0]  # another quote
    assert iip == chiso.Target("iip", "2025", growth={"at_least": "9.7"}, quote="IIP tăng 9,7%")
    assert (
        chiso.Target("iip", "2025", growth={"at_least": "9.7"}, quote=report.targets[0].quote)
        == report.targets[0]
    )
    assert retail.check(report).verdict == report.assess(retail).verdict == "pending"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"growth": {"at_least": 1}, "level": {"at_least": 1}},
        {"growth": {"around": 1}},
        {"growth": {"between": [14, 13]}},
        {"growth": {"between": [1]}},
        {"growth": {"at_least": 1, "at_most": 2}},
        {"level": {"at_least": 1}, "baseline": "2025"},
        {"level": {"at_least": 1}, "baseline": "2024-Q1"},
        {"growth": {"at_least": 1}, "baseline": "2024", "progress": "destatis"},
    ],
)
def test_malformed_targets_are_invalid_input(kwargs: dict) -> None:
    with pytest.raises(chiso.InvalidInputError):
        chiso.Target("iip", "2025", **kwargs)


def test_a_malformed_target_spec_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        chiso.Target("iip", "2025", growth="9.7")  # type: ignore[arg-type]
    with pytest.raises(chiso.InvalidInputError):
        chiso.Target("Retail Sales", "2025", growth={"at_least": 1})


def test_assessments_pending_then_on_track(report: chiso.Report) -> None:
    iip_target = report.targets[0]
    pending = report.assess(iip_target)
    assert pending.verdict == "pending" and pending.actual is None
    assert pending.reason_data["kind"] == "pending_no_figure"
    assert pending.reason.startswith("Index of industrial production (IIP): no 2025 figure is reported yet")
    updated = report.with_observation(
        "iip", "2025-YTD06", growth="10.19", status="E", as_of=datetime.date(2025, 6, 28)
    )
    assert report.assess(iip_target).verdict == "pending"  # the original report is unchanged
    tracked = iip_target.check(updated)
    assert tracked.verdict == "on_track" and str(tracked.actual_period) == "2025-YTD06"
    assert tracked.actual is not None and tracked.actual.value == Decimal("10.19")
    assert tracked.gap_pp is not None and tracked.gap_pp.value == Decimal("0.49")
    assert tracked.verdict_label("vi") == "đúng tiến độ"
    assert tracked.kind == "growth" and tracked.condition == "at least 9.7"
    assert "on track" in str(tracked) and repr(tracked) == "<Assessment iip 2025: on_track>"


@pytest.mark.parametrize(
    ("growth", "verdict"),
    [
        ("13.5", "met"),
        ("14.6", "exceeded"),
        ("12.4", "missed"),
        ("13.0", "undetermined"),
        ("14", "met"),
    ],
)
def test_every_verdict_of_a_range_target(report: chiso.Report, growth: str, verdict: str) -> None:
    updated = report.with_observation("retail_sales", "2025", growth=growth)
    retail = next(t for t in updated.targets if t.indicator == "retail_sales")
    assessment = updated.assess(retail)
    assert assessment.verdict == verdict
    required = assessment.required
    assert required is not None and required.value == Decimal("397353.20")


def test_a_year_to_date_figure_off_track(report: chiso.Report) -> None:
    updated = report.with_observation("iip", "2025-YTD03", growth="5.1", as_of="2025-04-01")
    assert updated.assess(updated.targets[0]).verdict == "off_track"


def test_a_level_target(report: chiso.Report) -> None:
    updated = report.with_observation("household_electricity_access", "2025", value="99.995", bound="exact")
    access = next(t for t in updated.targets if t.indicator == "household_electricity_access")
    assessment = updated.assess(access)
    assert assessment.verdict == "met" and assessment.kind == "level"
    assert assessment.gap_level is not None


def test_with_observation_refuses_what_the_core_refuses(report: chiso.Report) -> None:
    with pytest.raises(chiso.InvalidReportError, match="gdp"):
        report.with_observation("gdp", "2025", growth="8")
    with pytest.raises(chiso.InvalidReportError):
        report.with_observation("iip", "2025")
    with pytest.raises(chiso.InvalidInputError):
        report.with_observation("iip", "2025", bound="exact", growth="1")
    with pytest.raises(chiso.InvalidInputError):
        report.with_observation("iip", "2025", growth="1", status="X")
    with pytest.raises(chiso.InvalidInputError):
        report.with_observation("iip", "2025", growth="1", as_of="28/06/2025")
    with pytest.raises(TypeError):
        report.with_observation("iip", "2025", growth=True)


def test_with_target_adds_a_target(report: chiso.Report) -> None:
    target = chiso.Target("commercial_electricity", "2025", growth={"at_least": 10})
    updated = report.with_target(target)
    assert updated.targets[-1] == target and len(updated.targets) == 6
    with pytest.raises(chiso.InvalidReportError):
        report.with_target(chiso.Target("gdp", "2025", growth={"at_least": 1}))


def test_check_finds_a_growth_that_its_levels_contradict(report: chiso.Report) -> None:
    assert report.check() == []
    contradicted = report.with_observation("retail_sales", "2023", value="300000")
    findings = contradicted.check()
    assert len(findings) == 1
    finding = findings[0]
    assert finding.kind == "growth" and finding.indicators == ["retail_sales"]
    assert str(finding).startswith("Retail sales of goods and service revenue 2024: the reported growth of 13.3%")
    assert "300,000 billion VND" in str(finding) and "300.000 tỷ đồng" in finding.message_in("vi")
    assert finding.gap > 0 and str(finding.period) == "2024"
    assert finding.reported.unit == "percent" and finding.implied.value > 17


def test_an_identity_finding_names_every_indicator(report: chiso.Report) -> None:
    broken = report.with_observation("exports", "2024", value="40").with_observation(
        "imports", "2024", value="20"
    )
    findings = broken.check()
    assert [f.kind for f in findings] == ["identity"]
    assert findings[0].indicators == ["trade_balance", "exports", "imports"]
    # Named as a reader knows them, in either language.
    assert "Export turnover − Import turnover" in str(findings[0])
    assert "Kim ngạch xuất khẩu − Kim ngạch nhập khẩu" in findings[0].message_in("vi")


def test_the_scorecard_rows_and_lines(report: chiso.Report) -> None:
    card = report.scorecard()
    electricity = card.row("commercial_electricity")
    assert electricity is not None and electricity.implied_previous is not None
    assert round(electricity.implied_previous.value, 2) == Decimal("15.21")
    assert electricity.value == chiso.Quantity("16.94", "billion kWh") and electricity.status == "E"
    assert electricity.growth == chiso.Quantity("11.4", "percent") and str(electricity.period) == "2024"
    assert electricity.indicator.id == "commercial_electricity" and electricity.assessments == []
    lines = card.lines()
    retail = next(line for line in lines if line["indicator"] == "retail_sales")
    assert retail["target"] == "growth 13–14%" and retail["verdict"] == "pending"
    assert retail["required"] == Decimal("397353.20") and isinstance(retail["value"], Decimal)
    assert len(card) == len(card.rows) and card.row("gdp") is None
    assert repr(card).startswith("<Scorecard:")


def test_html_shows_verdicts_coloured_and_bounds(report: chiso.Report) -> None:
    updated = report.with_observation("iip", "2025-YTD06", growth="10.19")
    html = updated.scorecard()._repr_html_()
    assert "<table" in html and "on track" in html and "#1a7f37" in html and "pending" in html
    assert "more than 2.79 billion VND" in html  # a bound stays visible
    assert "15.21 billion kWh (15.19–15.22)" in html  # an interval stays visible
    assert "<table" in updated._repr_html_() and "Binh Duong" in updated._repr_html_()
    assessment_html = updated.assess(updated.targets[0])._repr_html_()
    assert "on track" in assessment_html and "0.49" in assessment_html


def test_html_escapes_text(report: chiso.Report) -> None:
    document = json.loads(report.to_json())
    document["indicators"][0]["name"]["en"] = "<script>alert('x')</script>"
    html = chiso.Report.from_json(json.dumps(document)).scorecard()._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_relations_that_cannot_be_computed_are_listed_as_unchecked(report: chiso.Report) -> None:
    assert report.unchecked() == []
    zero_base = report.with_observation("retail_sales", "2023", value="0", bound="exact")
    assert zero_base.check() == []
    (relation,) = zero_base.unchecked()
    assert relation.kind == "growth" and relation.indicators == ["retail_sales"]
    assert str(relation.period) == "2024"
    assert relation.reason.startswith("growth is undefined when the previous value is 0")
    assert str(relation).startswith(
        "Retail sales of goods and service revenue 2024: the reported growth of 13.3% and the levels 351,640 "
        "billion VND (2024) and 0 billion VND (2023) were not checked, because growth is undefined"
    )
    assert relation.message_in("vi").startswith(
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2024: số liệu công bố tăng 13,3% so với cùng kỳ và các "
        "mức 351.640 tỷ đồng (năm 2024) và 0 tỷ đồng (năm 2023) chưa được đối chiếu, vì: growth is undefined"
    )
    assert repr(relation).startswith("<UncheckedRelation growth: ")


def _overflowing(report: chiso.Report) -> chiso.Report:
    # 351,640 billion đồng grown by 10^27 percent does not fit in a decimal.
    return report.with_target(chiso.Target("retail_sales", "2025", growth={"at_least": 10**27}))


def test_an_overflowing_target_fails_only_its_own_row(report: chiso.Report) -> None:
    card = _overflowing(report).scorecard()
    before = report.scorecard()
    retail = card.row("retail_sales")
    assert retail is not None and retail.assessments == before.row("retail_sales").assessments
    (failure,) = retail.failures
    assert failure.indicator == "retail_sales" and str(failure.period) == "2025"
    assert failure.target == "growth at least 1,000,000,000,000,000,000,000,000,000%"
    assert failure.error_kind == "overflow"
    assert failure.message == (
        "overflow while computing a projection: the result does not fit in a decimal of 28 digits"
    )
    assert str(failure) == f"retail_sales 2025 {failure.target}: {failure.message}"
    assert [r.assessments for r in card.rows] == [r.assessments for r in before.rows]
    assert repr(card).endswith("6 targets (5 pending, 1 failed)>")
    lines = card.lines()
    (failed,) = [line for line in lines if line["error"] is not None]
    assert failed["indicator"] == "retail_sales" and failed["verdict"] is None
    assert failed["target"] == failure.target and failed["error"] == failure.message


def test_an_overflowing_target_still_displays_tabulates_and_plots(report: chiso.Report) -> None:
    import matplotlib

    matplotlib.use("Agg")
    updated = _overflowing(report)
    card = updated.scorecard()
    html = card._repr_html_()
    assert "overflow while computing a projection" in html and "2025 growth at least 1,000" in html
    assert "15.21 billion kWh (15.19–15.22)" in html and "397,353.20" in html
    assert "overflow while computing" in updated._repr_html_()
    frame = card.to_pandas()
    assert len(frame) == len(card.lines()) == len(report.scorecard().lines()) + 1
    assert list(frame["error"].dropna()) == [
        "overflow while computing a projection: the result does not fit in a decimal of 28 digits"
    ]
    figure = card.plot()
    assert len(figure.axes) == 3  # growth targets, level targets in percent, the failed one
    assert any("overflow" in text.get_text() for ax in figure.axes for text in ax.texts)


def test_a_row_says_why_it_has_no_implied_previous_year(report: chiso.Report) -> None:
    # 7.9 × 10^28 after a fall of 50% was 1.58 × 10^29: beyond a decimal's range.
    huge = report.with_observation("retail_sales", "2025", value=79 * 10**27, growth=-50)
    retail = huge.scorecard().row("retail_sales")
    assert retail is not None and retail.implied_previous is None
    assert retail.implied_previous_error is not None
    assert retail.implied_previous_error.startswith("overflow while computing")
    assert retail.implied_previous_error in huge.scorecard()._repr_html_()
    assert report.scorecard().row("commercial_electricity").implied_previous_error is None
