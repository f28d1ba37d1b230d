"""chiso.dask on a LocalCluster of two worker processes gives exactly what one process's
chiso.Panel gives, on a synthetic panel of more than 200,000 observations: the same rows, the same
decimals, in the documented order.

The panel has what partitioning could break: a national region ("VN") whose exports are every
province's national total (a share of national exports is checked against them), vintages of one
figure with no ``as_of`` (the later row wins), figures printed in trillion where the indicator
counts billions, targets of a region with no observation, and more partitions than the input
frame had."""

import pickle
import subprocess
import sys
from decimal import Decimal

import chiso
import chiso.dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from dask.distributed import Client, LocalCluster

PROVINCES = [f"VN-{i:02d}" for i in range(1, 34)]
REGIONS = ["VN", *PROVINCES]
GENERIC = [f"ind_{i:03d}" for i in range(150)]
PERIODS = (
    [str(year) for year in range(2015, 2025)]
    + [f"{year}-{month:02d}" for year in (2023, 2024) for month in range(1, 13)]
    + [f"2025-{month:02d}" for month in range(1, 5)]
    + ["2025-YTD03", "2025-YTD06"]
)


def indicators() -> pd.DataFrame:
    special = [
        ("exports", "billion USD", "flow", "higher_is_better", None, None),
        ("imports", "billion USD", "flow", "lower_is_better", None, None),
        ("trade_balance", "billion USD", "flow", "higher_is_better", "difference:exports,imports", None),
        ("national_exports", "billion USD", "flow", "higher_is_better", None, "exports"),
        (
            "export_share_national",
            "percent",
            "rate",
            "higher_is_better",
            "share:exports,national_exports",
            None,
        ),
    ]
    generic = [(g, "billion VND", "flow", "higher_is_better", None, None) for g in GENERIC]
    rows = special + generic
    return pd.DataFrame(
        {
            "id": [r[0] for r in rows],
            "name_vi": [f"Chỉ số {r[0]}" for r in rows],
            "name_en": [f"Indicator {r[0]}" for r in rows],
            "unit": [r[1] for r in rows],
            "measure": [r[2] for r in rows],
            "polarity": [r[3] for r in rows],
            "identity": [r[4] for r in rows],
            "national_total_of": [r[5] for r in rows],
        }
    )


def decimals(mantissas: np.ndarray, scales: np.ndarray) -> np.ndarray:
    """Decimal strings of the given digits and places, trailing zeros kept as printed."""
    text = np.empty(len(mantissas), dtype=object)
    digits = np.abs(mantissas)
    for places in np.unique(scales).tolist():
        rows = scales == places
        written = pc.cast(pa.array(digits[rows] // 10**places), pa.string())
        if places:
            fraction = pc.utf8_lpad(
                pc.cast(pa.array(digits[rows] % 10**places), pa.string()), width=places, padding="0"
            )
            written = pc.binary_join_element_wise(written, fraction, ".")
        text[rows] = written.to_numpy(zero_copy_only=False)
    return np.where(mantissas < 0, "-" + text, text)


def observations(rng: np.random.Generator, periods: list = PERIODS) -> pd.DataFrame:
    """The synthetic panel's observations (benches/python_compare.py --dask times a larger one)."""
    ids = ["exports", "imports", "trade_balance", "export_share_national", *GENERIC]
    region = np.repeat(REGIONS, len(ids) * len(periods))
    indicator = np.tile(np.repeat(ids, len(periods)), len(REGIONS))
    period = np.tile(periods, len(REGIONS) * len(ids))
    n = len(region)
    scales = rng.integers(0, 3, n)
    levels = decimals(rng.integers(1_000, 5_000_000, n), scales)
    share = indicator == "export_share_national"
    levels = np.where(share, decimals(rng.integers(1, 999, n), np.ones(n, dtype=int)), levels)
    printed_growth = rng.random(n) < 0.4
    growth = decimals(rng.integers(-300, 3_000, n), np.ones(n, dtype=int))
    growth = pd.array(np.where(printed_growth, growth, None), dtype="string[pyarrow]")
    # Some figures print only their growth.
    value = pd.array(np.where(printed_growth & (rng.random(n) < 0.1), None, levels), dtype="string[pyarrow]")
    frame = pd.DataFrame(
        {
            "region": region,
            "indicator": indicator,
            "period": period,
            "value": value,
            "bound": None,
            "growth": growth,
            "growth_bound": None,
            "status": None,
            "as_of": None,
            "quote": None,
            "unit": None,
        }
    )
    # A generic (billion VND) figure printed in trillion: the same level, three places further.
    trillion = (
        frame["indicator"].str.startswith("ind_").to_numpy() & (rng.random(n) < 0.1) & frame["value"].notna()
    )
    frame.loc[trillion, "value"] = [format(Decimal(v).scaleb(-3), "f") for v in frame.loc[trillion, "value"]]
    frame.loc[trillion, "unit"] = "trillion VND"
    frame.loc[(rng.random(n) < 0.05) & frame["value"].notna().to_numpy(), "bound"] = "more_than"
    # Vintages: a second printing of 2% of the figures, later in the frame and with no as_of, and
    # a dated revision of 1%, earlier in the frame.
    later = frame.sample(frac=0.02, random_state=1).assign(value=lambda f: f["value"].str.replace("1", "2"))
    dated = frame.sample(frac=0.01, random_state=2).assign(
        as_of="2025-03-05", value=lambda f: f["value"].str.replace("3", "4")
    )
    frame = pd.concat([dated, frame, later], ignore_index=True)
    return frame.astype({c: "string[pyarrow]" for c in frame.columns})


def targets() -> pd.DataFrame:
    rows = []
    for region in [*REGIONS, "VN-99"]:
        for k, indicator in enumerate(["exports", "imports", "trade_balance", *GENERIC[:20]]):
            condition = ["at_least", "at_most", "between", "more_than", "less_than"][k % 5]
            low, high = (str(5 + k % 7), str(9 + k % 7)) if condition == "between" else (str(k % 9), None)
            for period, baseline in (("2024", "2023"), ("2025", "2024")):
                rows.append((region, indicator, period, baseline, "growth", condition, low, high, None))
            rows.append((region, indicator, "2024", None, "level", "at_least", "2500", None, None))
    columns = ["region", "indicator", "period", "baseline", "kind", "condition", "low", "high", "quote"]
    return pd.DataFrame(rows, columns=columns).astype("string[pyarrow]")


def regions() -> pd.DataFrame:
    ids = ["VN", "VN-57", "VN-99"]
    return pd.DataFrame(
        {
            "id": ids,
            "name_vi": ["Việt Nam", "Bình Dương", "Nơi khác"],
            "name_en": ["Viet Nam", "Binh Duong", "Elsewhere"],
        }
    )


@pytest.fixture(scope="module")
def tables() -> dict:
    rng = np.random.default_rng(20240705)
    return {
        "observations": observations(rng),
        "indicators": indicators(),
        "targets": targets(),
        "regions": regions(),
    }


@pytest.fixture(scope="module")
def single(tables: dict) -> chiso.Panel:
    return chiso.Panel.from_pandas(
        tables["observations"],
        indicators=tables["indicators"],
        targets=tables["targets"],
        regions=tables["regions"],
    )


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def partitioned(tables: dict, client: Client) -> chiso.dask.PartitionedPanel:
    # 4 input partitions spread over 9: regions meet rows of other input partitions.
    frame = dd.from_pandas(tables["observations"], npartitions=4)
    return chiso.dask.partition(
        frame,
        indicators=tables["indicators"],
        targets=tables["targets"],
        regions=tables["regions"],
        npartitions=9,
    )


def by_region(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("region", kind="stable", ignore_index=True)


def test_the_panel_is_large_and_holds_what_partitioning_could_break(
    tables: dict, single: chiso.Panel
) -> None:
    frame = tables["observations"]
    assert len(frame) >= 200_000 and len(single) == len(frame)
    assert (frame["unit"] == "trillion VND").sum() > 1000
    assert frame.duplicated(["region", "indicator", "period"]).sum() > 4000
    assert "VN-99" not in set(frame["region"]) and "VN-99" in set(tables["targets"]["region"])


def test_growth_equals_one_process(partitioned: chiso.dask.PartitionedPanel, single: chiso.Panel) -> None:
    expected = single.growth()
    assert expected["yoy"].notna().sum() > 10_000
    assert partitioned.npartitions == 9
    pd.testing.assert_frame_equal(partitioned.growth(), expected)


def test_verdicts_equal_one_process(partitioned: chiso.dask.PartitionedPanel, single: chiso.Panel) -> None:
    expected = single.assess()
    assert len(expected) == len(partitioned._tables["targets"])
    assert expected["verdict"].nunique() >= 3
    pd.testing.assert_frame_equal(partitioned.assess(), expected)


def test_findings_equal_one_process(partitioned: chiso.dask.PartitionedPanel, single: chiso.Panel) -> None:
    expected = by_region(single.check())
    # The shares of national exports are checked in the provinces, against VN's exports, which
    # lie in one partition only.
    shares = expected[expected["indicators"].astype(str).str.contains("national_exports")]
    assert len(shares) > 0 and set(shares["region"]) <= set(PROVINCES)
    assert (expected["region"] == "VN").sum() > 0
    pd.testing.assert_frame_equal(partitioned.check(), expected)
    pd.testing.assert_frame_equal(partitioned.unchecked(), by_region(single.unchecked()))


def test_one_call_functions_equal_one_process(tables: dict, client: Client) -> None:
    small = tables["observations"].iloc[:3_000]
    frame = dd.from_pandas(small, npartitions=3)
    single = chiso.Panel.from_pandas(small, indicators=tables["indicators"], targets=tables["targets"])
    kwargs = {"indicators": tables["indicators"], "targets": tables["targets"]}
    pd.testing.assert_frame_equal(chiso.dask.growth(frame, **kwargs), single.growth())
    pd.testing.assert_frame_equal(chiso.dask.assess(frame, **kwargs), single.assess())
    pd.testing.assert_frame_equal(chiso.dask.check(frame, **kwargs), by_region(single.check()))


def test_results_speak_the_language_asked_for(tables: dict, client: Client) -> None:
    small = tables["observations"].iloc[:3_000]
    frame = dd.from_pandas(small, npartitions=3)
    single = chiso.Panel.from_pandas(small, indicators=tables["indicators"], targets=tables["targets"])
    kwargs = {"indicators": tables["indicators"], "targets": tables["targets"]}
    vi = chiso.dask.assess(frame, lang="vi", **kwargs)
    pd.testing.assert_frame_equal(vi, single.assess(lang="vi"))
    english = single.assess(lang="en")
    assert (vi["reason"] != english["reason"]).all() and (vi["verdict"] == english["verdict"]).all()
    pd.testing.assert_frame_equal(
        chiso.dask.check(frame, lang="vi", **kwargs), by_region(single.check(lang="vi"))
    )
    # Without lang=, this process's chiso.options.lang, whatever the workers' own.
    chiso.options.lang = "vi"
    try:
        pd.testing.assert_frame_equal(
            chiso.dask.partition(frame, **kwargs).unchecked(), by_region(single.unchecked())
        )
        pd.testing.assert_frame_equal(chiso.dask.assess(frame, **kwargs), vi)
    finally:
        chiso.options.lang = "en"


def test_a_given_row_id_is_kept(tables: dict, client: Client) -> None:
    small = tables["observations"].iloc[:5_000]
    numbered = small.assign(row_id=np.arange(len(small), dtype="uint64")[::-1] * 3)
    single = chiso.Panel.from_pandas(numbered, indicators=tables["indicators"])
    frame = dd.from_pandas(numbered, npartitions=2)
    pd.testing.assert_frame_equal(chiso.dask.growth(frame, indicators=tables["indicators"]), single.growth())


def test_a_bad_row_on_a_worker_raises_the_chiso_error(tables: dict, client: Client) -> None:
    bad = tables["observations"].iloc[:1_000].copy()
    bad.loc[500, "indicator"] = "no_such_indicator"
    with pytest.raises(chiso.ChisoError, match="no_such_indicator"):
        chiso.dask.growth(dd.from_pandas(bad, npartitions=2), indicators=tables["indicators"])


def decimal_frame(scale: int, **columns: list) -> pd.DataFrame:
    dtype = pd.ArrowDtype(pa.decimal128(38, scale))
    return pd.DataFrame(
        {name: pd.array([Decimal(v) for v in values], dtype=dtype) for name, values in columns.items()}
    )


def test_partitions_decimals_come_to_the_scale_of_one_column() -> None:
    wide = "1" * 35
    narrow = decimal_frame(5, yoy=["0.12345"], yoy_low=["0.12345"], yoy_high=["0.12345"])
    # 35 integer digits leave 3 places: the narrow partition is rounded as the core rounds.
    widest = decimal_frame(0, yoy=[wide], yoy_low=[wide], yoy_high=[wide])
    gathered = chiso.dask.concat_exactly([narrow, widest])
    assert gathered.dtypes.tolist() == [pd.ArrowDtype(pa.decimal128(38, 3))] * 3
    assert gathered.iloc[0].tolist() == [Decimal("0.123"), Decimal("0.123"), Decimal("0.124")]
    assert gathered.iloc[1].tolist() == [Decimal(wide)] * 3
    more = chiso.dask.concat_exactly([decimal_frame(2, level=["1.50"]), decimal_frame(0, level=["7"])])
    assert more["level"].tolist() == [Decimal("1.50"), Decimal("7.00")]
    assert more["level"].dtype == pd.ArrowDtype(pa.decimal128(38, 2))
    # A partition that rounded (35 digits + 3 places) onto a tie cannot be rounded again exactly.
    tie = decimal_frame(3, yoy=["0.125", wide])
    with pytest.raises(ValueError, match="yoy: a partition rounded a value onto a tie"):
        chiso.dask.concat_exactly([tie, decimal_frame(0, yoy=["1" * 36])])


def test_what_crosses_processes_pickles(tables: dict) -> None:
    """A partition's panel, the tables and the function each task runs pickle into equals."""
    small = tables["observations"].iloc[:3_000].assign(row_id=np.arange(3_000, dtype="uint64"))
    panel = chiso.Panel.from_pandas(small, indicators=tables["indicators"], targets=tables["targets"])
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        twin = pickle.loads(pickle.dumps(panel, protocol))
        pd.testing.assert_frame_equal(twin.growth(), panel.growth())
        pd.testing.assert_frame_equal(twin.assess(), panel.assess())
        pd.testing.assert_frame_equal(twin.check(), panel.check())
    assert pickle.loads(pickle.dumps(chiso.dask.partition_result)) is chiso.dask.partition_result
    error = pytest.raises(
        chiso.ChisoError,
        chiso.Panel.from_pandas,
        small.assign(indicator="nope"),
        indicators=tables["indicators"],
    )
    again = pickle.loads(pickle.dumps(error.value))
    assert type(again) is type(error.value) and str(again) == str(error.value)


def test_the_core_never_imports_dask() -> None:
    code = "import sys, chiso, chiso.columns, chiso.datasets; print(sorted({m.split('.')[0] for m in sys.modules}))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "'chiso'" in loaded and "dask" not in loaded and "distributed" not in loaded
