"""The scorecard as a notebook user meets it: DataFrames with exact Arrow decimals and a unit
column, HTML and a bullet chart in English or Vietnamese, and clear errors when an optional
package is missing."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from html import escape as html_escape
from typing import Any

import chiso
import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pl = pytest.importorskip("polars")
matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def english_display() -> Any:
    """Each test starts, and leaves, with the default display language."""
    chiso.options.lang = "en"
    yield
    chiso.options.lang = "en"


def _assessed(report: chiso.Report) -> chiso.Report:
    """Bình Dương with 2025 figures: each kind of verdict once (met, exceeded, missed)."""
    document = json.loads(report.to_json())
    document["observations"] += [
        {"indicator": "retail_sales", "period": "2025", "value": "398500", "bound": "as_printed"},
        {"indicator": "iip", "period": "2025", "growth": "8.1", "growth_bound": "as_printed"},
        {"indicator": "exports", "period": "2025", "growth": "9.5", "growth_bound": "as_printed"},
        {"indicator": "imports", "period": "2025", "growth": "12", "growth_bound": "as_printed"},
        {
            "indicator": "household_electricity_access",
            "period": "2025",
            "value": "99.98",
            "bound": "as_printed",
        },
    ]
    return chiso.Report.from_json(json.dumps(document))


def _line(frame: Any, indicator: str) -> Any:
    return frame[frame["indicator"] == indicator].iloc[0]


# --- DataFrames ---------------------------------------------------------------------------


def test_to_pandas_has_arrow_decimals_a_unit_column_and_exact_values(report: chiso.Report) -> None:
    card = report.scorecard()
    frame = card.to_pandas()
    assert list(frame.columns) == card.COLUMNS and len(frame) == len(card.lines()) == 19
    assert frame["value"].dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    assert frame["growth"].dtype == pd.ArrowDtype(pa.decimal128(38, 1))
    assert frame["implied_previous"].dtype == pd.ArrowDtype(pa.decimal128(38, 26))
    assert frame["unit"].dtype == pd.ArrowDtype(pa.string())
    assert not any(dtype == object for dtype in frame.dtypes)
    electricity = _line(frame, "commercial_electricity")
    # All 28 digits of the implied previous year, exactly as the core computed them.
    assert electricity["implied_previous"] == Decimal("15.20646319569120287253141831")
    assert electricity["implied_previous_low"] == Decimal("15.19515477792732166890982503")
    assert electricity["unit"] == "billion kWh" and electricity["value"] == Decimal("16.94")
    retail = _line(frame, "retail_sales")
    assert retail["required_upper"] == Decimal("400869.60") and retail["unit"] == "billion VND"
    targets = frame[frame["verdict"].notna()]
    assert sorted(targets["indicator"]) == sorted(t.indicator for t in report.targets)


def test_a_mean_over_mixed_units_is_an_exact_decimal_and_grouping_by_unit_answers(
    report: chiso.Report,
) -> None:
    frame = report.scorecard().to_pandas()
    # The `value` column mixes units row by row; its mean is meaningless but at least no float.
    mean = frame["value"].mean()
    assert isinstance(mean, Decimal) and not isinstance(mean, float)
    # The question a user means: per unit. 351,640 + 1.92 + 2.79 billion đồng, exactly.
    totals = frame.groupby("unit")["value"].sum()
    assert totals["billion VND"] == Decimal("351644.71")
    assert totals["percent"] == Decimal(209)  # 10 + 99 + 100
    assert set(frame["unit"]) >= {"billion VND", "billion kWh", "percent", "products"}


def test_to_pandas_decimals_is_a_display_copy_whose_intervals_only_widen(report: chiso.Report) -> None:
    card = report.scorecard()
    rounded = card.to_pandas(decimals=2)
    electricity = _line(rounded, "commercial_electricity")
    assert rounded["implied_previous"].dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    assert electricity["implied_previous"] == Decimal("15.21")  # 15.2064… to the nearest
    assert electricity["implied_previous_low"] == Decimal("15.19")  # 15.1951… down
    assert electricity["implied_previous_high"] == Decimal("15.22")  # 15.2177… up
    assert _line(rounded, "retail_sales")["implied_previous_high"] == Decimal("310499.34")
    assert _line(card.to_pandas(decimals=0), "retail_sales")["implied_previous_low"] == Decimal(310224)
    assert _line(card.to_polars(decimals=1).to_pandas(), "retail_sales")["implied_previous"] == Decimal(
        "310361.9"
    )
    for bad in (-1, 29, 2.5, True, "2"):
        with pytest.raises(ValueError, match="decimals: expected a whole number of places from 0 to 28"):
            card.to_pandas(decimals=bad)  # type: ignore[arg-type]


def test_to_polars_has_exact_decimal_columns(report: chiso.Report) -> None:
    card = report.scorecard()
    frame = card.to_polars()
    assert isinstance(frame, pl.DataFrame) and frame.columns == card.COLUMNS and frame.height == 19
    assert frame.schema["implied_previous"] == pl.Decimal(38, 26)
    assert frame.schema["value"] == pl.Decimal(38, 2) and frame.schema["unit"] == pl.String
    electricity = frame.filter(pl.col("indicator") == "commercial_electricity")
    assert electricity["implied_previous"].to_list() == [Decimal("15.20646319569120287253141831")]
    per_unit = frame.group_by("unit").agg(pl.col("value").sum()).filter(pl.col("unit") == "billion VND")
    assert per_unit["value"].to_list() == [Decimal("351644.71")]


def test_a_column_too_wide_for_38_digits_is_decimal256_in_pandas_and_refused_by_polars(
    report: chiso.Report,
) -> None:
    # 29 integer digits in one row and 10 places in another: 39 digits in one column.
    wide = report.with_observation("trade_balance", "2025", value=79 * 10**27).with_observation(
        "trade_promotion_budget", "2025", value="0.0000000001"
    )
    card = wide.scorecard()
    frame = card.to_pandas()
    assert frame["value"].dtype == pd.ArrowDtype(pa.decimal256(76, 10))
    assert _line(frame, "trade_balance")["value"] == 79 * 10**27
    assert _line(frame, "trade_promotion_budget")["value"] == Decimal("1E-10")
    with pytest.raises(ValueError, match="'value' needs 39 digits .* pass decimals="):
        card.to_polars()
    assert card.to_polars(decimals=2).schema["value"] == pl.Decimal(38, 2)


@pytest.mark.parametrize(
    ("module", "call", "extra"),
    [
        ("pandas", lambda card: card.to_pandas(), "pandas"),
        ("pyarrow", lambda card: card.to_pandas(), "pandas"),
        ("polars", lambda card: card.to_polars(), "polars"),
        ("matplotlib.pyplot", lambda card: card.plot(), "plot"),
    ],
)
def test_a_missing_optional_package_names_the_extra_that_installs_it(
    report: chiso.Report, monkeypatch: pytest.MonkeyPatch, module: str, call: Any, extra: str
) -> None:
    card = report.scorecard()
    monkeypatch.setitem(sys.modules, module, None)
    package = module.split(".")[0]
    message = rf"needs the optional package {package}, which is not installed: pip install 'chiso\[{extra}\]'"
    with pytest.raises(ImportError, match=message):
        call(card)


# --- HTML -----------------------------------------------------------------------------------


def test_to_html_in_vietnamese_has_no_english_words(report: chiso.Report) -> None:
    html = report.scorecard().to_html(lang="vi")
    for words in (
        "<th>Chỉ số</th>",
        "<th>Mục tiêu</th>",
        "<th>Đánh giá</th>",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ<br>",
        "2025: tăng 13–14%",
        "2025: tăng ít nhất 9,7%",
        "2025: đạt ít nhất 99,99%",
        "397.353,20 tỷ đồng (397.352,63–397.353,77) đến",
        "hơn 2,79 tỷ đồng",
        "15,21 tỷ kWh (15,19–15,22)",
        "chưa có số liệu",
        # The reasons, rendered by the core in Vietnamese.
        "Kim ngạch xuất khẩu: chưa có số liệu năm 2025; mục tiêu là tăng 9–10% so với cùng kỳ.",
    ):
        assert words in html, words
    for english in ("Indicator", "growth", "pending", "Pending", "billion", "Required", " to<br>", "target"):
        assert english not in html, english


def test_to_html_in_english_writes_targets_with_units(report: chiso.Report) -> None:
    html = _assessed(report).scorecard().to_html("en")
    assert "2025: growth 13–14%" in html and "2025: level at least 99.99%" in html
    assert "397,353.20 billion VND (397,352.63–397,353.77) to<br>400,869.60 billion VND" in html
    assert ">missed<" in html and ">exceeded<" in html and ">met<" in html
    assessment = _assessed(report).assess(report.targets[0])
    assert assessment.reason_in("en") in html and assessment.reason_in("vi") not in html


def test_options_lang_sets_what_jupyter_shows(report: chiso.Report) -> None:
    assert repr(chiso.options) == "chiso.options(lang='en')"
    assert "<th>Indicator</th>" in report.scorecard()._repr_html_()
    chiso.options.lang = "vi"
    assert "<th>Chỉ số</th>" in report.scorecard()._repr_html_()
    assert "Sở Công Thương tỉnh Bình Dương" in report._repr_html_() and "20 chỉ số" in report._repr_html_()
    assessment = _assessed(report).assess(report.targets[0])
    assert ">không đạt<" in assessment._repr_html_() and "tăng ít nhất 9,7%" in assessment._repr_html_()
    assert html_escape(assessment.reason_in("vi")) in assessment._repr_html_()
    # A language given to one call wins over the setting.
    assert "<th>Indicator</th>" in report.scorecard().to_html("en")
    with pytest.raises(chiso.InvalidInputError, match='"fr" is not a valid language'):
        chiso.options.lang = "fr"
    with pytest.raises(chiso.InvalidInputError, match='"de" is not a valid language'):
        report.scorecard().to_html("de")
    assert chiso.options.lang == "vi"  # unchanged by the refused value


# --- The chart ------------------------------------------------------------------------------


def _legend(figure: Any) -> list[str]:
    (legend,) = figure.legends
    return [text.get_text() for text in legend.get_texts()]


def _labels(ax: Any) -> list[str]:
    return [label.get_text() for label in ax.get_yticklabels()]


def _texts(ax: Any) -> list[str]:
    return [text.get_text() for text in ax.texts]


def test_the_chart_is_one_bullet_chart_with_a_row_per_target(report: chiso.Report) -> None:
    figure = report.scorecard().plot()
    growth, level = figure.axes
    assert _labels(growth) == [
        "Export turnover\n2025: growth 9–10%",
        "Import turnover\n2025: growth 9–10%",
        "Index of industrial production (IIP)\n2025: growth at least 9.7%",
        "Retail sales of goods and service\nrevenue\n2025: growth 13–14%",
    ]
    assert growth.get_xlabel() == "growth over the same period of the previous year (%)"
    assert _labels(level) == ["Share of households using electricity\n2025: level at least 99.99%"]
    assert level.get_xlabel() == "level (%)"
    # Pending targets keep their band and say so; the latest figure is shown for reference.
    assert [t for t in _texts(growth) if t == "pending"] == ["pending"] * 4
    assert "2024: 7.6%" in _texts(growth) and "2024: 13.3%" in _texts(growth)
    assert len(growth.patches) == 4 and len(level.patches) == 1  # the required bands
    assert _legend(figure) == ["required by the target", "latest reported figure (not assessed)"]
    assert figure._suptitle.get_text() == "Targets and results"


def test_the_chart_in_vietnamese_has_every_word_in_vietnamese(report: chiso.Report) -> None:
    figure = _assessed(report).scorecard().plot(lang="vi")
    growth, level = figure.axes
    assert _labels(growth)[2] == "Chỉ số sản xuất công nghiệp (IIP)\n2025: tăng ít nhất 9,7%"
    assert _labels(level) == ["Tỷ lệ hộ dân sử dụng điện\n2025: đạt ít nhất 99,99%"]
    assert growth.get_xlabel() == "tăng so với cùng kỳ năm trước (%)" and level.get_xlabel() == "mức (%)"
    assert _texts(growth)[1::2] == ["đạt", "vượt", "không đạt", "đạt"]
    assert "8,1% (8,05–8,15)" in _texts(growth)
    assert _legend(figure) == [
        "mức mục tiêu đề ra",
        "đạt",
        "vượt",
        "không đạt",
        "khoảng giá trị theo số liệu công bố",
    ]
    assert figure._suptitle.get_text() == "Mục tiêu và kết quả thực hiện"
    figure.canvas.draw()
    ticks = [t.get_text() for t in level.get_xticklabels() if t.get_text()]
    assert all("." not in t for t in ticks) and any("," in t for t in ticks)


def test_the_chart_colours_each_actual_by_its_verdict(report: chiso.Report) -> None:
    figure = _assessed(report).scorecard().plot()
    growth, _ = figure.axes
    points = [line for line in growth.lines if line.get_marker() == "o"]
    colours = [matplotlib.colors.to_hex(line.get_color()) for line in points]
    assert colours == ["#1a7f37", "#116329", "#cf222e", "#1a7f37"]  # met, exceeded, missed, met
    assert [float(line.get_xdata()[0]) for line in points][:3] == [9.5, 12.0, 8.1]


def test_a_share_never_runs_past_100(report: chiso.Report) -> None:
    for card in (report.scorecard(), _assessed(report).scorecard()):
        for lang in ("en", "vi"):
            (_, share) = card.plot(lang).axes
            low, high = share.get_xlim()
            assert high <= 100 and low < 99.98


def test_a_target_whose_check_failed_is_listed_under_the_chart(report: chiso.Report) -> None:
    failing = report.with_target(chiso.Target("retail_sales", "2025", growth={"at_least": 10**27}))
    figure = failing.scorecard().plot()
    growth, _level, failures = figure.axes
    (text,) = _texts(failures)
    assert text.startswith("could not be checked: Retail sales of goods and service revenue 2025: growth at least")
    assert "overflow" in text
    assert growth.get_xlim()[1] < 100  # the failed target's threshold does not stretch the axis
    (vi,) = _texts(failing.scorecard().plot("vi").axes[2])
    assert "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 2025: tăng ít nhất" in vi and "growth" not in vi


def test_a_year_to_date_actual_is_labelled_with_its_period(report: chiso.Report) -> None:
    updated = report.with_observation("iip", "2025-YTD06", growth="10.19")
    growth, _ = updated.scorecard().plot("vi").axes
    assert "2025-YTD06: 10,19% (10,18–10,20)" in _texts(growth)
    assert _texts(growth)[_texts(growth).index("2025-YTD06: 10,19% (10,18–10,20)") + 1] == "đúng tiến độ"


def test_a_panel_without_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    panel = chiso.Panel.from_reports([chiso.datasets.binh_duong_2024()])
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(
        ImportError, match=r"needs the optional package pyarrow, .*: pip install 'chiso\[pandas\]'"
    ):
        panel.assess()


def test_chiso_dask_without_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "chiso.dask", raising=False)
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(
        ImportError, match=r"chiso.dask needs the optional package dask, .*: pip install 'chiso\[dask\]'"
    ):
        import chiso.dask  # noqa: F401


def test_the_display_module_examples_run() -> None:
    import doctest

    import chiso._display

    result = doctest.testmod(chiso._display, raise_on_error=False)
    assert result.attempted > 0 and result.failed == 0
    assert chiso.options.lang == "en"


def test_to_polars_needs_no_pyarrow(report: chiso.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    frame = report.scorecard().to_polars()
    retail = frame.filter(pl.col("indicator") == "retail_sales")
    assert retail["required"].to_list() == [Decimal("397353.20")]


def test_a_scorecard_without_targets_says_so(report: chiso.Report) -> None:
    document = json.loads(report.to_json())
    document["targets"] = []
    figure = chiso.Report.from_json(json.dumps(document)).scorecard().plot("vi")
    (ax,) = figure.axes
    assert _texts(ax) == ["không có mục tiêu"] and figure.legends == []


# --- Review: odd reports ---------------------------------------------------------------------


def _parks(threshold: str) -> chiso.Report:
    """A report with a count target of at least ``threshold`` parks."""
    region = {"id": "VN-XX", "name": {"vi": "Tỉnh Thử", "en": "Test Province"}}
    parks = chiso.Indicator(
        "parks", "Khu công nghiệp", "Industrial parks", "parks", measure="stock", polarity="higher_is_better"
    )
    return chiso.Report(
        region=region,
        publisher={"vi": "Sở Thử", "en": "Test Department"},
        indicators=[parks],
        observations=[chiso.Observation("parks", "2025", Decimal("31"), bound="exact")],
        targets=[chiso.Target("parks", "2025", level={"at_least": threshold})],
    )


def test_a_count_target_says_its_unit_in_the_plural_the_number_takes() -> None:
    card = _parks("32").scorecard()
    figure = card.plot()
    (ax,) = figure.axes
    assert _labels(ax) == ["Industrial parks\n2025: level at least 32 parks"]
    assert ax.get_xlabel() == "level (parks)"
    assert "level at least 32 parks" in card.to_html()
    (one,) = _parks("1").scorecard().plot().axes
    assert _labels(one) == ["Industrial parks\n2025: level at least 1 park"]


def test_options_lang_refuses_none() -> None:
    with pytest.raises(TypeError, match="lang"):
        chiso.options.lang = None  # type: ignore[assignment]
    assert chiso.options.lang == "en"


def test_the_legend_shows_only_marks_the_chart_draws() -> None:
    document = json.loads(_parks("32").to_json())
    document["observations"] = []
    figure = chiso.Report.from_json(json.dumps(document)).scorecard().plot()
    (ax,) = figure.axes
    assert _texts(ax) == ["pending"]  # no figure at all, so no latest figure drawn
    assert _legend(figure) == ["required by the target"]


def test_a_failed_target_is_written_in_the_tables_language() -> None:
    report = chiso.datasets.binh_duong_2024().with_observation(
        "exports", "2023", Decimal("79000000000000000000000000000")
    )
    report = report.with_target(chiso.Target("exports", "2025", growth={"at_least": "900"}, baseline="2023"))
    (failure,) = report.scorecard().row("exports").failures
    assert failure.target_in("vi") == "tăng ít nhất 900%" and failure.target_in("en") == failure.target
    page = report.scorecard().to_html(lang="vi")
    assert "2025 tăng ít nhất 900%" in page and "growth at least 900%" not in page


def test_a_verdict_label_clears_an_actual_at_the_axis_end() -> None:
    document = json.loads(_parks("32").to_json())
    document["indicators"][0].update(unit="percent", measure="rate", range={"at_least": "0", "at_most": "100"})
    document["observations"] = [{"indicator": "parks", "period": "2025", "value": "100", "bound": "exact"}]
    document["targets"] = [{"indicator": "parks", "period": "2025", "level": {"at_least": "100"}}]
    figure = chiso.Report.from_json(json.dumps(document)).scorecard().plot()
    (ax,) = figure.axes
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    (point,) = [line for line in ax.lines if line.get_marker() == "o"]
    x, _ = ax.transData.transform((100, 0))
    radius = point.get_markersize() / 2 * figure.dpi / 72 + point.get_markeredgewidth() * figure.dpi / 72
    (verdict,) = [t for t in ax.texts if t.get_text() == "met"]
    assert verdict.get_window_extent(renderer).x0 > x + radius


def test_a_target_is_worded_once_by_the_core_and_a_fall_as_a_fall() -> None:
    document = json.loads(_parks("32").to_json())
    document["targets"] = [
        {"indicator": "parks", "period": "2025", "growth": {"between": ["-8", "-6"]}},
        {"indicator": "parks", "period": "2025", "growth": {"at_most": "-5"}},
        {"indicator": "parks", "period": "2025", "level": {"at_least": "1"}},
    ]
    report = chiso.Report.from_json(json.dumps(document))
    worded = [(a.target_in("en"), a.target_in("vi")) for a in report.assess_all()]
    assert worded == [
        ("fall 6–8%", "giảm 6–8%"),
        ("fall at least 5%", "giảm ít nhất 5%"),
        ("level at least 1 park", "đạt ít nhất 1 khu công nghiệp"),
    ]
    assert [t.describe("parks", "vi") for t in report.targets] == [vi for _, vi in worded]
    card = report.scorecard()
    for lang in ("en", "vi"):
        labels = [label for ax in card.plot(lang).axes for label in _labels(ax)]
        assert labels and not any("–-" in label or "tăng -" in label or "tối đa -" in label for label in labels)
