"""chiso.Panel: DataFrames in, DataFrames out, exactly what one Report per region gives.

Oracles: Python's ``fractions`` for the derived columns, and each region's own ``Report``
(``panel.report(region)``) for the verdicts and findings, row by row.
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from fractions import Fraction

import chiso
import chiso.columns
import pandas as pd
import pyarrow as pa
import pytest

INDICATORS = pd.DataFrame(
    {
        "id": ["exports", "imports", "trade_balance", "retail_sales"],
        "name_vi": ["Xuất khẩu", "Nhập khẩu", "Cán cân thương mại", "Bán lẻ"],
        "name_en": ["Exports", "Imports", "Trade balance", "Retail sales"],
        "unit": ["million USD", "million USD", "million USD", "billion VND"],
        "measure": ["flow", "flow", "flow", "flow"],
        "polarity": ["higher_is_better", "lower_is_better", "higher_is_better", "higher_is_better"],
        "identity": [None, None, "difference:exports,imports", None],
    }
)

# region, indicator, period, value, growth, unit (None: the indicator's)
ROWS = [
    ("VN-57", "exports", "2023", "32000.5", None, None),
    ("VN-57", "exports", "2024", "36000.50", "12.5", None),
    ("VN-57", "retail_sales", "2023", "300000", None, None),
    ("VN-57", "retail_sales", "2024", "351640.0", "13.3", None),
    ("VN-39", "retail_sales", "2023", "0.25", None, "trillion VND"),
    ("VN-39", "retail_sales", "2024", "280", "12.0", None),
    ("VN-39", "exports", "2024", None, "7.5", None),
    ("VN-SG", "imports", "2023", "100", None, None),
    ("VN-SG", "imports", "2024", "110", "10", None),
    ("VN-SG", "exports", "2024", "120", "5", None),
    ("VN-SG", "trade_balance", "2024", "15", None, None),
    ("VN", "exports", "2023", "355000", None, None),
    ("VN", "exports", "2024", "405000", "14.3", None),
]

TARGETS = pd.DataFrame(
    {
        "region": ["VN-57", "VN-57", "VN-39", "VN-SG", "VN"],
        "indicator": ["exports", "retail_sales", "retail_sales", "exports", "exports"],
        "period": ["2024", "2024", "2024", "2025", "2024"],
        "baseline": ["2023", "2023", None, "2024", "2023"],
        "kind": ["growth", "growth", "level", "growth", "growth"],
        "condition": ["at_least", "between", "at_least", "at_least", "more_than"],
        "low": ["10", "13", "300", "8", "15"],
        "high": [None, "14.5", None, None, None],
    }
)


def _observations(decimals: str = "arrow") -> pd.DataFrame:
    """The observations as pandas: text columns Arrow-backed; figures as Arrow decimals
    (``arrow``, one scale per column, so digits at the column's scale), ``Decimal`` objects
    (``object``) or text (``text``)."""
    region, indicator, period, value, growth, unit = (list(c) for c in zip(*ROWS))
    text = pd.ArrowDtype(pa.string())
    frame = pd.DataFrame(
        {
            "region": pd.array(region, dtype=text),
            "indicator": pd.array(indicator, dtype=text),
            "period": pd.array(period, dtype=text),
            "unit": pd.array(unit, dtype=text),
        }
    )
    for name, column in (("value", value), ("growth", growth)):
        if decimals == "object":
            frame[name] = pd.Series([None if v is None else Decimal(v) for v in column], dtype=object)
        elif decimals == "arrow":
            places = max(len(v.partition(".")[2]) for v in column if v is not None)
            dtype = pd.ArrowDtype(pa.decimal128(20, places))
            frame[name] = pd.array([None if v is None else Decimal(v) for v in column], dtype=dtype)
        else:
            frame[name] = pd.array(column, dtype=text)
    return frame


@pytest.fixture()
def panel() -> chiso.Panel:
    return chiso.Panel.from_pandas(_observations("text"), indicators=INDICATORS, targets=TARGETS)


def _decimal_dtype(dtype: object) -> bool:
    return isinstance(dtype, pd.ArrowDtype) and pa.types.is_decimal(dtype.pyarrow_dtype)


def _missing(cell: object) -> bool:
    return cell is None or cell is pd.NA


def _value(estimate: object) -> Decimal | None:
    return None if estimate is None else estimate.value  # type: ignore[attr-defined]


def test_from_reports_gives_each_report_back(report: chiso.Report) -> None:
    panel = chiso.Panel.from_reports([report])
    assert panel.regions == ["VN-57"]
    assert panel.report("VN-57") == report
    assert len(panel) == len(report.observations)
    with pytest.raises(chiso.InvalidInputError, match="VN-39"):
        panel.report("VN-39")


def test_verdicts_equal_each_regions_report_row_by_row(panel: chiso.Panel) -> None:
    table = panel.assess()
    assert list(table["region"]) == list(TARGETS["region"])
    for region in panel.regions:
        expected = panel.report(region).assess_all()
        rows = table[table["region"] == region].to_dict("records")
        assert len(rows) == len(expected)
        for row, assessment in zip(rows, expected):
            assert row["indicator"] == assessment.indicator
            assert row["period"] == str(assessment.period)
            assert row["verdict"] == assessment.verdict
            assert row["reason"] == assessment.reason
            for column in ("actual", "gap_pp", "gap_level", "required", "required_upper"):
                got, want = row[column], _value(getattr(assessment, column))
                assert _missing(got) if want is None else got == want, column
            if assessment.actual is not None:
                assert row["actual_low"] == assessment.actual.low
                assert row["actual_high"] == assessment.actual.high


def test_findings_equal_each_regions_report_row_by_row(panel: chiso.Panel) -> None:
    table = panel.check()
    assert len(table) > 0
    for region in panel.regions:
        expected = panel.report(region).check()
        rows = table[table["region"] == region].to_dict("records")
        assert len(rows) == len(expected)
        for row, finding in zip(rows, expected):
            assert row["kind"] == finding.kind
            assert row["indicators"] == ",".join(finding.indicators)
            assert row["period"] == str(finding.period)
            assert row["reported"] == finding.reported.value
            assert row["implied"] == finding.implied.value
            assert row["gap"] == finding.gap
            assert row["message"] == str(finding)
    # Bình Dương's retail: 351640 on 300000 is +17.2%, not the printed +13.3%; Sài Gòn's trade
    # balance is not its exports minus its imports.
    found = set(zip(table["region"], table["indicators"]))
    assert ("VN-57", "retail_sales") in found
    assert ("VN-SG", "trade_balance,exports,imports") in found


def test_growth_against_fractions(panel: chiso.Panel) -> None:
    table = panel.growth()
    assert len(table) == len(ROWS)
    assert list(table["row_id"]) == list(range(len(ROWS)))
    scale = {("VN-39", "retail_sales", "2023"): Fraction(1000)}  # trillion → billion VND
    levels = {(r, i, p): Fraction(v) * scale.get((r, i, p), 1) for r, i, p, v, _, _ in ROWS if v is not None}
    checked = 0
    for row, (region, indicator, period, value, growth, _) in zip(table.to_dict("records"), ROWS):
        key = (region, indicator, period)
        level = levels.get(key)
        assert _missing(row["level"]) if level is None else Fraction(row["level"]) == level
        before = levels.get((region, indicator, str(int(period) - 1)))
        if level is None or before is None:
            assert _missing(row["yoy"])
        else:
            oracle = (level / before - 1) * 100
            assert abs(Fraction(row["yoy"]) - oracle) < Fraction(1, 10**20)
            assert Fraction(row["yoy_low"]) <= oracle <= Fraction(row["yoy_high"])
            checked += 1
        if level is None or growth is None:
            assert _missing(row["implied_base"])
        else:
            oracle = level / (1 + Fraction(growth) / 100)
            assert abs(Fraction(row["implied_base"]) - oracle) < Fraction(1, 10**16)
            assert Fraction(row["implied_base_low"]) <= oracle <= Fraction(row["implied_base_high"])
            checked += 1
    assert checked == 11


def test_growth_interval_from_printed_digits(panel: chiso.Panel) -> None:
    """36000.50 on 32000.5: each figure to half a unit of its last printed digit."""
    row = panel.growth().iloc[1]
    now, before = Fraction("36000.50"), Fraction("32000.5")
    low = ((now - Fraction(1, 200)) / (before + Fraction(1, 20)) - 1) * 100
    high = ((now + Fraction(1, 200)) / (before - Fraction(1, 20)) - 1) * 100
    assert Fraction(row["yoy_low"]) <= low and low - Fraction(row["yoy_low"]) < Fraction(1, 10**20)
    assert Fraction(row["yoy_high"]) >= high and Fraction(row["yoy_high"]) - high < Fraction(1, 10**20)


def test_units_per_row_in_their_own_column(panel: chiso.Panel) -> None:
    table = panel.growth()
    row = table[(table["region"] == "VN-39") & (table["period"] == "2023")].iloc[0]
    assert (row["level"], row["unit"]) == (Decimal(250), "billion VND")
    assert set(table["unit"]) == {"million USD", "billion VND"}
    observations = panel.to_pandas()
    assert observations.loc[4, "unit"] == "trillion VND"
    assert observations.loc[4, "value"] == "0.25"
    assessed = panel.assess()
    assert list(assessed["actual_unit"]) == ["%", "%", "billion VND", "%", "%"]


def test_decimal_columns_are_arrow_decimals(panel: chiso.Panel) -> None:
    decimals = {
        "assess": ["threshold", "actual", "actual_low", "actual_high", "gap_pp", "gap_level", "required"],
        "check": ["reported", "implied", "implied_low", "implied_high", "gap"],
        "growth": ["level", "yoy", "yoy_low", "yoy_high", "implied_base", "implied_base_low"],
    }
    for method, columns in decimals.items():
        table = getattr(panel, method)()
        for column in columns:
            assert _decimal_dtype(table[column].dtype), (method, column, table[column].dtype)
        assert not any(dtype == object for dtype in table.dtypes), method


@pytest.mark.parametrize("decimals", ["arrow", "object", "text"])
def test_every_pandas_input_gives_the_same_panel(panel: chiso.Panel, decimals: str) -> None:
    other = chiso.Panel.from_pandas(_observations(decimals), indicators=INDICATORS, targets=TARGETS)
    if decimals == "arrow":
        # An Arrow decimal column has one scale, so its figures read with the column's digits
        # (32000.5 as 32000.50): the same values, narrower intervals.
        assert other.growth()["yoy"].equals(panel.growth()["yoy"])
        assert other.assess()["verdict"].equals(panel.assess()["verdict"])
        assert other.to_pandas().loc[0, "value"] == "32000.50"
    else:
        # Text and Decimal objects keep each figure's printed digits.
        assert other == panel
        assert other.growth().equals(panel.growth())
        assert other.assess().equals(panel.assess())


def test_polars_and_pyarrow_inputs(panel: chiso.Panel) -> None:
    pl = pytest.importorskip("polars")
    observations = pa.Table.from_pandas(_observations("text"), preserve_index=False)
    indicators = pa.Table.from_pandas(INDICATORS, preserve_index=False)
    targets = pa.Table.from_pandas(TARGETS, preserve_index=False)
    from_arrow = chiso.Panel.from_arrow(observations, indicators=indicators, targets=targets)
    assert from_arrow == panel
    from_polars = chiso.Panel.from_polars(
        pl.from_arrow(observations), indicators=pl.from_arrow(indicators), targets=pl.from_arrow(targets)
    )
    assert from_polars == panel
    assert isinstance(panel.assess(to="polars"), pl.DataFrame)
    assert isinstance(panel.growth(to="arrow"), pa.Table)
    assert pa.types.is_decimal(panel.growth(to="arrow").schema.field("yoy").type)
    assert pl.DataFrame(panel.growth(to="polars"))["yoy"].dtype == pl.Decimal(38, 28)


def test_bad_rows_are_collected_or_raised() -> None:
    bad = _observations("text")
    extra = pd.DataFrame(
        {
            "region": ["VN-57", "VN-57"],
            "indicator": ["exports", "gdp"],
            "period": ["2022", "2022"],
            "unit": [None, None],
            "value": ["1,5", "2"],
            "growth": [None, None],
        }
    ).astype(bad.dtypes.to_dict())
    bad = pd.concat([bad, extra], ignore_index=True)
    with pytest.raises(chiso.InvalidReportError, match=r"row 15.*value"):
        chiso.Panel.from_pandas(bad, indicators=INDICATORS, targets=TARGETS)
    panel = chiso.Panel.from_pandas(bad, indicators=INDICATORS, targets=TARGETS, errors="collect")
    assert len(panel) == len(ROWS)
    rows = panel.bad_rows
    assert list(rows.columns) == ["table", "row", "column", "message"]
    assert list(rows["row"]) == [15, 16]  # the header is row 1
    assert list(rows["column"]) == ["value", "indicator"]
    assert "1,5" in rows["message"][0] and "gdp" in rows["message"][1]
    with pytest.raises(ValueError, match="errors"):
        chiso.Panel.from_pandas(bad, indicators=INDICATORS, errors="ignore")


def test_csv_and_parquet_files(panel: chiso.Panel, tmp_path: object) -> None:
    import pyarrow.parquet as pq

    directory = tmp_path  # type: ignore[assignment]
    panel.to_pandas().to_csv(directory / "observations.csv", index=False)  # type: ignore[operator]
    INDICATORS.to_csv(directory / "indicators.csv", index=False)  # type: ignore[operator]
    TARGETS.to_csv(directory / "targets.csv", index=False)  # type: ignore[operator]
    assert chiso.Panel.read_csv(directory) == panel
    for name, frame in (
        ("observations", panel.to_pandas()),
        ("indicators", INDICATORS),
        ("targets", TARGETS),
    ):
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), directory / f"{name}.parquet")  # type: ignore[operator]
    assert chiso.Panel.read_parquet(directory) == panel


def test_pickle_keeps_the_panel(panel: chiso.Panel) -> None:
    again = pickle.loads(pickle.dumps(panel))
    assert again == panel
    assert again.assess().equals(panel.assess())


def test_summary_and_chart(panel: chiso.Panel) -> None:
    verdicts = dict(zip(panel.assess()["region"], panel.assess()["verdict"]))
    assert (verdicts["VN-39"], verdicts["VN-SG"], verdicts["VN"]) == ("missed", "pending", "missed")
    html = panel._repr_html_()
    assert "4 regions" in html and "5 targets" in html
    assert "VN-57" in html and ">missed<" in html and ">pending<" in html
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    figure = panel.plot("exports", period="2024")
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    # Each region (named by its id: the panel has no regions table) with its target.
    assert labels == ["VN-57\ngrowth at least 10%", "VN\ngrowth more than 15%"]
    assert figure.axes[0].get_title() == "Exports, 2024"
    latest = panel.plot("exports")  # the latest period with a target: Sài Gòn's 2025
    assert [t.get_text().split("\n")[0] for t in latest.axes[0].get_yticklabels()] == ["VN-SG"]
    with pytest.raises(ValueError, match="gdp"):
        panel.plot("gdp")


def test_unchecked_relations_equal_the_reports(report: chiso.Report) -> None:
    """A 2023 retail level of exactly 0: the 2024 growth against it cannot be checked."""
    zero_base = report.with_observation("retail_sales", "2023", value="0", bound="exact")
    panel = chiso.Panel.from_reports([zero_base])
    table = panel.unchecked()
    expected = zero_base.unchecked()
    assert len(table) == len(expected) > 0
    for row, relation in zip(table.to_dict("records"), expected):
        assert (row["region"], row["kind"], row["indicators"]) == (
            "VN-57",
            relation.kind,
            ",".join(relation.indicators),
        )
        assert (row["period"], row["reason"]) == (str(relation.period), relation.reason)


def test_wrong_arguments_are_refused(panel: chiso.Panel) -> None:
    with pytest.raises(ValueError, match="to"):
        panel.assess(to="excel")
    with pytest.raises(TypeError, match="DataFrame"):
        chiso.Panel.from_pandas(ROWS, indicators=INDICATORS)
    with pytest.raises(TypeError, match="from_pandas"):
        chiso.Panel(object())  # type: ignore[arg-type]


def _misaligned(array: pa.Array) -> pa.Array:
    """A string column rebuilt over an offsets buffer that starts one byte past a multiple of 8,
    as a column read back from a pickle can (Dask moves partitions so)."""
    validity, offsets, data = array.buffers()
    raw = bytearray(b"\0" + offsets.to_pybytes())
    shifted = pa.py_buffer(memoryview(raw)[1:])
    assert shifted.address % 8 != 0
    return pa.Array.from_buffers(array.type, len(array), [validity, shifted, data], array.null_count)


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_a_column_whose_buffers_start_off_alignment_is_copied_not_misread(panel: chiso.Panel, kind) -> None:
    text = _observations("text")
    shifted = pd.DataFrame(
        {
            name: pd.array(_misaligned(pa.array(text[name].array, type=kind)), dtype=pd.ArrowDtype(kind))
            for name in text.columns
        }
    )
    again = chiso.Panel.from_pandas(shifted, indicators=INDICATORS, targets=TARGETS)
    assert again == panel
    # What the core is handed directly is refused with what to do, never misread.
    with pytest.raises(chiso.InvalidInputError, match=r"current: the offsets of its Arrow strings are not aligned to their width"):
        chiso.columns.growth(_misaligned(pa.array(["1.5", "2"], type=kind)), "1")
