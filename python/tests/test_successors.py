"""chiso.Panel.successions and successors: a region that ended beside its successor.

Oracle: the printed figures of ``crates/chiso/data/binh_duong_2024.json`` (Bình Dương, ended on
1 July 2025, successor VN-SG) and ``crates/chiso/data/provinces_2024/ho_chi_minh_city.json``,
their intervals from the printed digits, checked with ``fractions``.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import chiso
import pandas as pd
import pytest


@pytest.fixture
def panel() -> chiso.Panel:
    return chiso.datasets.provinces_2024()


def test_binh_duong_is_paired_with_ho_chi_minh_city(panel: chiso.Panel) -> None:
    assert panel.successions() == [("VN-57", datetime.date(2025, 7, 1), "VN-SG", [])]
    alone = chiso.Panel.from_reports([chiso.datasets.binh_duong_2024()])
    assert alone.successions() == []


def test_the_figures_sit_side_by_side(panel: chiso.Panel) -> None:
    table = panel.successors("retail_sales", "2024")
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["region"], row["successor"], row["ended"], row["through"]) == ("VN-57", "VN-SG", "2025-07-01", "")
    assert (row["region_name"], row["successor_name"], row["unit"]) == ("Binh Duong", "Ho Chi Minh City", "billion VND")
    # 351640 as printed: half a unit either side; 13.3 %: 0.05 either side.
    half = Fraction(1, 2)
    assert Fraction(row["level_low"]) == 351640 - half and Fraction(row["level_high"]) == 351640 + half
    assert (Fraction(row["growth_low"]), Fraction(row["growth_high"])) == (Fraction("13.25"), Fraction("13.35"))
    # More than 1.2 quadrillion VND is more than 1.2 × 10^6 billion VND, unbounded above.
    assert Fraction(row["successor_level_low"]) == Fraction(12, 10) * 10**6
    assert pd_isna(row["successor_level_high"]) and pd_isna(row["successor_growth_low"])
    assert row["successor_growth_high"] == Decimal("11")
    vi = panel.successors("retail_sales", lang="vi").iloc[0]
    assert (vi["region_name"], vi["successor_name"]) == ("Bình Dương", "Thành phố Hồ Chí Minh")


def test_every_indicator_of_either_region_without_a_filter(panel: chiso.Panel) -> None:
    table = panel.successors(to="arrow")
    pairs = list(zip(table.column("indicator").to_pylist(), table.column("period").to_pylist()))
    own = chiso.datasets.binh_duong_2024().observations
    # Hồ Chí Minh City's grdp is not Bình Dương's: it has a row too, with only the successor's figure.
    assert {(o.indicator, str(o.period)) for o in own} | {("grdp", "2024")} == set(pairs)
    grdp = pairs.index(("grdp", "2024"))
    assert table.column("level")[grdp].as_py() is None and table.column("growth")[grdp].as_py() is None
    assert table.column("successor_growth")[grdp].as_py() == Decimal("7.17")
    iip = panel.successors("iip", to="arrow")
    assert (iip.column("growth").to_pylist(), iip.column("successor_growth").to_pylist()) == (
        [Decimal("7.6")],
        [Decimal("7.3")],
    )


def test_a_not_assessable_target_names_the_successor(panel: chiso.Panel) -> None:
    assessed = panel.assess()
    for _, row in assessed.iterrows():
        expected = "VN-SG" if row["verdict"] == "not_assessable" else None
        assert (None if pd_isna(row["successor"]) else row["successor"]) == expected
    assert (assessed["verdict"] == "not_assessable").sum() == 5


def test_wrong_arguments_are_refused(panel: chiso.Panel) -> None:
    with pytest.raises(ValueError, match="indicator"):
        panel.successors("no_such_indicator")
    with pytest.raises(ValueError, match="period"):
        panel.successors("iip", "20x4")
    with pytest.raises(ValueError, match="to"):
        panel.successors(to="excel")


def pd_isna(value: object) -> bool:
    return bool(pd.isna(value))
