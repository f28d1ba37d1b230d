"""A panel speaks either language: its result tables, its summary in Jupyter and its chart.

Oracles: each region's own ``Report`` (``panel.report(region)``), whose assessments, findings and
unchecked relations say the same sentences through ``reason_in`` and ``message_in``.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import chiso
import pytest


@pytest.fixture
def provinces() -> chiso.Panel:
    return chiso.datasets.provinces_2024()


@pytest.fixture
def vietnamese() -> Iterator[None]:
    chiso.options.lang = "vi"
    try:
        yield
    finally:
        chiso.options.lang = "en"


def by_region(frame: object, column: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in frame.to_dict("records"):  # type: ignore[attr-defined]
        found.setdefault(row["region"], []).append(row[column])
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_reasons_are_each_regions_own_in_the_language_asked_for(provinces: chiso.Panel, lang: str) -> None:
    reasons = by_region(provinces.assess(lang=lang), "reason")
    assert sorted(reasons) == sorted(provinces.regions)
    for region in provinces.regions:
        report = provinces.report(region)
        assert reasons[region] == [report.assess(t).reason_in(lang) for t in report.targets], region


def test_a_vietnamese_reason_is_worded_as_the_reports_word_it(provinces: chiso.Panel) -> None:
    table = provinces.assess(lang="vi")
    row = table[(table["region"] == "VN-39") & (table["indicator"] == "exports")].iloc[0]
    assert row["reason"] == (
        "Kim ngạch xuất khẩu: năm 2024 tăng 9,3% (9,25–9,35) so với cùng kỳ, đạt mục tiêu năm 2024 "
        "(tăng ít nhất 8% so với cùng kỳ) dù số liệu công bố được làm tròn thế nào. "
        "Đánh giá từ số ước tính năm 2024."
    )
    # Codes and numbers are the same in either language.
    english = provinces.assess(lang="en")
    for column in table.columns:
        if column != "reason":
            assert table[column].equals(english[column]), column
    assert (table["reason"] != english["reason"]).all()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_findings_are_each_regions_own_in_the_language_asked_for(provinces: chiso.Panel, lang: str) -> None:
    messages = by_region(provinces.check(lang=lang), "message")
    assert sum(map(len, messages.values())) == 4
    for region in provinces.regions:
        expected = [f.message_in(lang) for f in provinces.report(region).check()]
        assert messages.get(region, []) == expected, region


def test_unchecked_relations_say_why_in_the_language_asked_for() -> None:
    report = chiso.datasets.binh_duong_2024().with_observation(
        "retail_sales", "2023", value="0", bound="exact"
    )
    panel = chiso.Panel.from_reports([report])
    relations = report.unchecked()
    assert relations
    for lang in ("vi", "en"):
        table = panel.unchecked(lang=lang)
        assert list(table.columns) == ["region", "kind", "indicators", "period", "reason", "message"]
        assert table["message"].tolist() == [r.message_in(lang) for r in relations]
        # The error's own words stay as the core gives them.
        assert table["reason"].tolist() == [r.reason for r in relations]
    assert "chưa được đối chiếu" in panel.unchecked(lang="vi")["message"][0]


def test_without_lang_the_tables_follow_the_display_setting(provinces: chiso.Panel, vietnamese: None) -> None:
    assert provinces.assess()["reason"].tolist() == provinces.assess(lang="vi")["reason"].tolist()
    assert provinces.check()["message"].tolist() == provinces.check(lang="vi")["message"].tolist()
    assert provinces.assess(lang="en")["reason"][0].startswith("Export turnover: ")


def test_another_language_is_refused(provinces: chiso.Panel) -> None:
    for call in (provinces.assess, provinces.check, provinces.unchecked):
        with pytest.raises(chiso.InvalidInputError, match="fr"):
            call(lang="fr")
    with pytest.raises(chiso.InvalidInputError, match="fr"):
        provinces.plot("iip", lang="fr")


def test_the_summary_speaks_vietnamese(provinces: chiso.Panel, vietnamese: None) -> None:
    summary = provinces._repr_html_()
    assert "<h4>Bảng số liệu chiso: 4 địa phương, 39 số liệu, 11 mục tiêu, 4 điểm cần xem lại</h4>" in summary
    assert "Điểm cần xem lại theo địa phương: VN-39: 1, VN: 3" in summary
    for heading in ("Địa phương", "Chỉ số", "đạt", "vượt", "chưa có số liệu"):
        assert f"<th>{html.escape(heading)}</th>" in summary, heading
    assert "Đồng Nai<br><code>VN-39</code>" in summary
    assert "Chỉ số sản xuất công nghiệp (IIP)<br><code>iip</code>" in summary
    for english in ("regions", "Region", ">met<", ">pending<", "Findings"):
        assert english not in summary, english


def test_the_summary_in_english_counts_in_the_singular_when_there_is_one(report: chiso.Report) -> None:
    panel = chiso.Panel.from_reports([report])
    summary = panel._repr_html_()
    assert "<h4>chiso panel: 1 region, 16 observations, 5 targets, 0 findings</h4>" in summary
    assert "<th>Region</th><th>Indicator</th><th>pending</th>" in summary
    assert "Binh Duong<br><code>VN-57</code>" in summary


def test_the_chart_speaks_vietnamese(provinces: chiso.Panel, tmp_path: Path) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    figure = provinces.plot("iip", "2024", lang="vi")
    ax = figure.axes[0]
    assert ax.get_title() == "Chỉ số sản xuất công nghiệp (IIP), 2024"
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Thành phố Hồ Chí Minh\ntăng ít nhất 6,5%",
        "Việt Nam\ntăng 7–8%",
    ]
    assert ax.get_xlabel() == "tăng so với cùng kỳ năm trước (%)"
    texts = [t.get_text() for t in ax.texts]
    assert "đạt" in texts and "vượt" in texts
    assert "7,3%" in texts and "8,4%" in texts
    (legend,) = figure.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "mức mục tiêu đề ra",
        "đạt",
        "vượt",
        "khoảng giá trị theo số liệu công bố",
    ]
    figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert any("," in t for t in ticks) and not any("." in t for t in ticks), ticks
    path = tmp_path / "iip_vi.png"
    figure.savefig(path)
    assert path.stat().st_size > 10_000


def test_a_share_in_the_chart_never_passes_100(provinces: chiso.Panel) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    figure = provinces.plot("household_electricity_access", lang="vi")
    ax = figure.axes[0]
    assert ax.get_xlim()[1] <= 100 and ax.get_xlim()[0] < 99.99
    assert ax.get_xlabel() == "mức (%)"
    # Bình Dương ceased to exist on 1 July 2025: no 2025 figure will come.
    assert [t.get_text() for t in ax.texts] == ["không đánh giá được"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Bình Dương\nđạt ít nhất 99,99%"]
