"""Panels: every region, indicator and period in one table, with its verdicts and findings.

A :class:`Panel` holds the observations of many regions in the long format (one row per
figure), an indicator catalogue and each region's targets. It comes from DataFrames (pandas,
polars, pyarrow, or anything with the Arrow PyCapsule interface), long CSV or Parquet files,
or ``chiso.Report`` objects; its results come back as DataFrames whose decimal columns are
Arrow decimals and whose units sit in their own columns.

This module is the DataFrame edge only: tables go to the Rust core as Arrow record batches,
every figure, verdict and finding is computed there (with the GIL released), and the results
come back as Arrow tables. Nothing here computes or rounds a figure.

>>> import chiso
>>> panel = chiso.Panel.from_reports([chiso.datasets.binh_duong_2024()])
>>> panel.regions, len(panel)
(['VN-57'], 16)
>>> panel.assess()["verdict"].tolist()  # Bình Dương ceased to exist on 1 July 2025
['not_assessable', 'not_assessable', 'not_assessable', 'not_assessable', 'not_assessable']
"""

from __future__ import annotations

import datetime
import decimal
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chiso._chiso import PanelCore
from chiso._display import checked_lang
from chiso._optional import require

if TYPE_CHECKING:
    from chiso._chiso import Report

__all__ = ["Panel"]

_KINDS = ("pandas", "polars", "arrow")
_TABLES = ("indicators", "observations", "targets", "regions")
_BAD_ROW_COLUMNS = ["table", "row", "column", "message"]


def _check_to(to: str) -> str:
    if to not in _KINDS:
        raise ValueError(f"to: expected one of {', '.join(map(repr, _KINDS))}, got {to!r}")
    return to


def _check_errors(errors: str) -> str:
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors: expected 'raise' or 'collect', got {errors!r}")
    return errors


def _frame(table: Any, to: str) -> Any:
    """A table of the core (an object with the Arrow PyCapsule interface) as the caller's kind."""
    if to == "polars":
        pl = require("polars", "a panel's polars table")
        return pl.DataFrame(table)
    pa = require("pyarrow", f"a panel's {to} table")
    arrow = pa.table(table)
    if to == "arrow":
        return arrow
    pd = require("pandas", "a panel's pandas table")

    return arrow.to_pandas(types_mapper=pd.ArrowDtype)


def _decimal_text(value: Any) -> str | None:
    """A cell of a column of ``Decimal`` objects as the text it prints (its digits kept:
    ``1.50`` stays ``1.50``); a missing cell as ``None``."""
    import pandas as pd

    if isinstance(value, decimal.Decimal):
        return None if value.is_nan() else format(value, "f")
    return None if pd.isna(value) else str(value)


def _pandas_to_arrow(frame: Any) -> Any:
    """A pandas DataFrame as a pyarrow table (Arrow-backed columns are not copied). Columns of
    ``Decimal`` objects go as text, so that each figure keeps its printed digits (an Arrow
    decimal column has one scale for every row)."""
    pa = require("pyarrow", "Panel.from_pandas")
    converted = {}
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object:
            present = column.dropna()
            if len(present) and isinstance(present.iloc[0], decimal.Decimal):
                converted[name] = pa.array([_decimal_text(v) for v in column], type=pa.string())
    table = pa.Table.from_pandas(frame.drop(columns=list(converted)), preserve_index=False)
    for name, array in converted.items():
        table = table.append_column(str(name), array)
    return _aligned(table)


def _aligned(table: Any) -> Any:
    """A pyarrow table whose buffers all start at a multiple of 8 bytes, as the core reads
    Arrow data. A column read back from bytes (Dask moves partitions between processes as
    pickles) may start anywhere: it is copied; every other column is kept as it is."""
    pa = require("pyarrow", "Panel.from_pandas")

    def aligned(chunk: Any) -> bool:
        return all(b is None or b.address % 8 == 0 for b in chunk.buffers())

    if all(aligned(chunk) for column in table.columns for chunk in column.chunks):
        return table
    columns = [
        pa.chunked_array([c if aligned(c) else pa.concat_arrays([c]) for c in column.chunks], type=column.type)
        for column in table.columns
    ]
    return pa.Table.from_arrays(columns, schema=table.schema)


def _arrow_table(table: Any) -> Any:
    """One input table as an object the core reads (the Arrow PyCapsule interface)."""
    if table is None:
        return None
    if type(table).__module__.startswith("pandas"):
        return _pandas_to_arrow(table)
    if type(table).__module__.startswith("pyarrow") and hasattr(table, "columns"):
        return _aligned(table)
    if hasattr(table, "__arrow_c_stream__") or hasattr(table, "__arrow_c_array__"):
        return table
    raise TypeError(
        f"expected a DataFrame or a table with the Arrow PyCapsule interface, got {type(table).__name__}"
    )


def _bad_rows(rows: list[tuple[str, int, str | None, str]]) -> Any:
    pd = require("pandas", "a panel's bad_rows table")

    frame = pd.DataFrame(rows, columns=_BAD_ROW_COLUMNS)
    return frame.astype(
        {
            "table": pd.ArrowDtype(_pa().string()),
            "row": pd.ArrowDtype(_pa().uint64()),
            "column": pd.ArrowDtype(_pa().string()),
            "message": pd.ArrowDtype(_pa().string()),
        }
    )


def _pa() -> Any:
    return require("pyarrow", "a panel's Arrow tables")


def _paths(value: Any) -> list[str]:
    if isinstance(value, (str, os.PathLike)):
        return [os.fspath(value)]
    return [os.fspath(v) for v in value]


def _directory_tables(directory: Any, suffix: str) -> dict[str, Any]:
    """The files of a panel directory: ``indicators``, ``observations`` (one file or several
    ``observations*`` files, in name order), and the optional ``targets`` and ``regions``."""
    root = Path(directory)
    observations = sorted(root.glob(f"observations*{suffix}"))
    if not observations:
        raise FileNotFoundError(f"{root}: no observations{suffix} file")
    tables: dict[str, Any] = {"indicators": root / f"indicators{suffix}", "observations": observations}
    for name in ("targets", "regions"):
        path = root / f"{name}{suffix}"
        tables[name] = path if path.exists() else None
    return tables


def _read_parquet(path: Any) -> Any:
    """A Parquet file through whichever of pyarrow, polars or pandas is installed."""
    try:
        import pyarrow.parquet as pq

        return pq.read_table(path)
    except ImportError:
        pass
    try:
        import polars as pl

        return pl.read_parquet(path)
    except ImportError:
        pass
    return require("pandas", "Panel.read_parquet (with pyarrow, polars or pandas)").read_parquet(path)


class Panel:
    """Observations of many regions, an indicator catalogue and each region's targets.

    Build one with :meth:`from_pandas`, :meth:`from_polars`, :meth:`from_arrow`,
    :meth:`read_csv`, :meth:`read_parquet` or :meth:`from_reports`. With ``errors="collect"``
    the panel holds the good rows and :attr:`bad_rows` lists the others (``table``, ``row``
    numbered as a spreadsheet shows it, the header being row 1, ``column``, ``message``).

    Results: :meth:`assess` (one row per target), :meth:`check` (one row per finding),
    :meth:`unchecked`, :meth:`growth` (one row per observation); each takes ``to="pandas"``
    (default), ``"polars"`` or ``"arrow"``. The sentences in them (reasons, messages) are in
    ``lang=`` (``"en"`` or ``"vi"``), else ``chiso.options.lang``, as are the summary Jupyter
    shows and :meth:`plot`.
    """

    __slots__ = ("_bad_rows", "_core")

    def __init__(self, core: PanelCore, bad_rows: Sequence[tuple[str, int, str | None, str]] = ()):
        if not isinstance(core, PanelCore):
            raise TypeError(
                "Panel is built with Panel.from_pandas, from_polars, from_arrow, read_csv, "
                "read_parquet or from_reports"
            )
        self._core = core
        self._bad_rows = list(bad_rows)

    # ---- in -------------------------------------------------------------------------------

    @classmethod
    def from_reports(cls, reports: Iterable[Report]) -> Panel:
        """One panel of several reports, each under its region (one catalogue: an indicator
        two reports share must be defined the same way)."""
        return cls(PanelCore.from_reports(list(reports)))

    @classmethod
    def _from_tables(
        cls,
        observations: Any,
        indicators: Any,
        targets: Any,
        regions: Any,
        errors: str,
    ) -> Panel:
        parts = observations if isinstance(observations, (list, tuple)) else [observations]
        core, bad = PanelCore.from_arrow(
            _arrow_table(indicators),
            [_arrow_table(part) for part in parts],
            _arrow_table(targets),
            _arrow_table(regions),
            _check_errors(errors),
        )
        return cls(core, bad)

    @classmethod
    def from_pandas(
        cls,
        observations: Any,
        *,
        indicators: Any,
        targets: Any = None,
        regions: Any = None,
        errors: str = "raise",
    ) -> Panel:
        """A panel of pandas DataFrames in the long format. Decimal columns may be Arrow
        decimals (``pd.ArrowDtype(pa.decimal128(...))``), text, or ``Decimal`` objects (read as
        printed, each with its own digits)."""
        return cls._from_tables(observations, indicators, targets, regions, errors)

    @classmethod
    def from_polars(
        cls,
        observations: Any,
        *,
        indicators: Any,
        targets: Any = None,
        regions: Any = None,
        errors: str = "raise",
    ) -> Panel:
        """A panel of polars DataFrames in the long format."""
        return cls._from_tables(observations, indicators, targets, regions, errors)

    @classmethod
    def from_arrow(
        cls,
        observations: Any,
        *,
        indicators: Any,
        targets: Any = None,
        regions: Any = None,
        errors: str = "raise",
    ) -> Panel:
        """A panel of Arrow tables in the long format: any object with the Arrow PyCapsule
        interface (a pyarrow table or record batch, a polars DataFrame, a DuckDB result)."""
        return cls._from_tables(observations, indicators, targets, regions, errors)

    @classmethod
    def read_csv(
        cls,
        directory: Any = None,
        *,
        observations: Any = None,
        indicators: Any = None,
        targets: Any = None,
        regions: Any = None,
        errors: str = "raise",
    ) -> Panel:
        """A panel of long CSV files: a directory holding ``indicators.csv``,
        ``observations.csv`` (or several ``observations*.csv``) and optionally
        ``targets.csv`` and ``regions.csv``; or the files named one by one."""
        if directory is not None:
            found = _directory_tables(directory, ".csv")
            observations, indicators = found["observations"], found["indicators"]
            targets, regions = targets or found["targets"], regions or found["regions"]
        if observations is None or indicators is None:
            raise TypeError("read_csv needs a directory, or observations= and indicators=")
        core, bad = PanelCore.read_csv(
            os.fspath(indicators),
            _paths(observations),
            None if targets is None else os.fspath(targets),
            None if regions is None else os.fspath(regions),
            _check_errors(errors),
        )
        return cls(core, bad)

    @classmethod
    def read_parquet(
        cls,
        directory: Any = None,
        *,
        observations: Any = None,
        indicators: Any = None,
        targets: Any = None,
        regions: Any = None,
        errors: str = "raise",
    ) -> Panel:
        """A panel of Parquet files (as :meth:`read_csv`, with ``.parquet`` files), read
        through pyarrow, polars or pandas, whichever is installed."""
        if directory is not None:
            found = _directory_tables(directory, ".parquet")
            observations, indicators = found["observations"], found["indicators"]
            targets, regions = targets or found["targets"], regions or found["regions"]
        if observations is None or indicators is None:
            raise TypeError("read_parquet needs a directory, or observations= and indicators=")
        return cls.from_arrow(
            [_read_parquet(p) for p in _paths(observations)],
            indicators=_read_parquet(indicators),
            targets=None if targets is None else _read_parquet(targets),
            regions=None if regions is None else _read_parquet(regions),
            errors=errors,
        )

    # ---- what it holds ---------------------------------------------------------------------

    @property
    def bad_rows(self) -> Any:
        """The rows that could not be read (with ``errors="collect"``) as a pandas DataFrame:
        ``table``, ``row`` (the header is row 1), ``column``, ``message``."""
        return _bad_rows(self._bad_rows)

    @property
    def regions(self) -> list[str]:
        """The ids of the regions, in the order first met."""
        return self._core.regions

    def __len__(self) -> int:
        return len(self._core)

    def report(self, region: str) -> Report:
        """The region's own ``chiso.Report``."""
        return self._core.report(region)

    def to_pandas(self) -> Any:
        """The observations in the long format, as a pandas DataFrame."""
        return _frame(self._core.observations(), "pandas")

    def to_polars(self) -> Any:
        """The observations in the long format, as a polars DataFrame."""
        return _frame(self._core.observations(), "polars")

    def to_arrow(self) -> Any:
        """The observations in the long format, as a pyarrow table."""
        return _frame(self._core.observations(), "arrow")

    # ---- results ---------------------------------------------------------------------------

    def assess(self, to: str = "pandas", lang: str | None = None) -> Any:
        """Every target's verdict, one row per target in target order: region, indicator,
        period, kind, condition, threshold, threshold_upper, verdict, actual, actual_low,
        actual_high, actual_period, actual_unit, gap_pp, gap_level, required, required_upper,
        unit, reason, successor. ``actual`` and the thresholds are in ``actual_unit`` (``%`` for a growth
        target); ``gap_level`` and the required levels in ``unit``, the indicator's. A target
        that could not be checked has no verdict and the error (in English) as its reason.
        ``reason`` is in ``lang`` (``"en"`` or ``"vi"``; ``chiso.options.lang`` when not
        given), as ``Assessment.reason_in`` writes it; codes and numbers are the same in
        either language. ``successor`` is, for a ``not_assessable`` target, the id of the
        region that took over the target's region (see :meth:`successors`); null otherwise."""
        return _frame(self._core.assess(checked_lang(lang)), _check_to(to))

    def check(self, to: str = "pandas", lang: str | None = None) -> Any:
        """Every consistency finding, one row each: region, kind, indicators, period,
        reported, reported_low, reported_high, implied, implied_low, implied_high, gap, unit,
        message. ``message`` is in ``lang`` (``chiso.options.lang`` when not given), as
        ``Finding.message_in`` writes it. The relations that could not be checked are
        :meth:`unchecked`."""
        return _frame(self._core.check(checked_lang(lang)), _check_to(to))

    def unchecked(self, to: str = "pandas", lang: str | None = None) -> Any:
        """Every relation that could not be checked: region, kind, indicators, period, reason
        (the error that stopped the check, in English), message (the relation and that reason
        in ``lang``, ``chiso.options.lang`` when not given, as ``UncheckedRelation.message_in``
        writes it)."""
        return _frame(self._core.unchecked(checked_lang(lang)), _check_to(to))

    def successions(self) -> list[tuple[str, datetime.date, str, list[str]]]:
        """Every region that ended and whose successor the panel holds, in region order:
        ``(region, ended, successor, through)``. ``ended`` is the day it ceased to exist;
        ``successor`` is the end of the chain of successors within the panel (a successor
        that ended too is followed); ``through`` the ended regions between, in order. A cycle
        of successors raises ``ValueError`` naming it.

        >>> import chiso
        >>> chiso.datasets.provinces_2024().successions()
        [('VN-57', datetime.date(2025, 7, 1), 'VN-SG', [])]
        """
        return self._core.successions()

    def successors(
        self,
        indicator: str | None = None,
        period: Any = None,
        to: str = "pandas",
        lang: str | None = None,
    ) -> Any:
        """Each region that ended beside its successor (:meth:`successions`), one row per
        indicator and period that either has a figure for (or only ``indicator``, only
        ``period``): region, region_name, ended, successor, successor_name, through, indicator,
        period, unit, level, level_low, level_high, growth, growth_low, growth_high,
        successor_level, successor_level_low, successor_level_high, successor_growth,
        successor_growth_low, successor_growth_high. Each region's latest level (in ``unit``,
        the indicator's) and printed year-on-year growth (percent), with the interval its
        printed digits allow; a null end on a row with a value is unbounded. The successor's
        figures are its own, never the region's: they judge none of the region's targets.
        Names are in ``lang`` (``chiso.options.lang`` when not given).

        >>> import chiso
        >>> table = chiso.datasets.provinces_2024().successors("iip", to="arrow")
        >>> table.column("growth").to_pylist(), table.column("successor_growth").to_pylist()
        ([Decimal('7.6')], [Decimal('7.3')])
        """
        return _frame(self._core.successors(indicator, period, checked_lang(lang)), _check_to(to))

    def growth(self, to: str = "pandas", *, implied_base: bool = True) -> Any:
        """The derived columns, one row per observation in row order: row_id, region,
        indicator, period, level (in ``unit``, the indicator's), unit, yoy, yoy_low, yoy_high
        (percent, on the same period a year earlier), and unless ``implied_base=False``
        implied_base, implied_base_low, implied_base_high (the level a year earlier the
        printed growth implies, in ``unit``). A null end on a row with a value is unbounded."""
        if not isinstance(implied_base, bool):
            raise TypeError(f"implied_base must be True or False, not {implied_base!r}")
        return _frame(self._core.growth(implied_base), _check_to(to))

    # ---- display and pickling --------------------------------------------------------------

    def __repr__(self) -> str:
        return f"<chiso.Panel: {len(self.regions)} regions, {len(self)} observations>"

    def _repr_html_(self) -> str:
        """The summary Jupyter shows, in ``chiso.options.lang``."""
        from chiso._display import panel_html

        return panel_html(self)

    def plot(self, indicator: str, period: Any = None, lang: str | None = None) -> Any:
        """One bullet chart comparing the regions on ``indicator``: a row per region's target
        with the band it requires, the region's actual with its interval, coloured by verdict,
        and a legend; every word in ``lang`` (``chiso.options.lang`` when not given).
        ``period`` defaults to the latest period with a target for the indicator. Returns the
        matplotlib Figure."""
        from chiso._display import panel_plot

        return panel_plot(self, indicator, period, lang)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (_restore, (self._core.to_csv(), self._bad_rows))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Panel):
            return NotImplemented
        return self._core == other._core and self._bad_rows == other._bad_rows

    __hash__ = None  # type: ignore[assignment]  # mutable-looking container: not hashable


def _restore(tables: tuple[str, str, str, str], bad_rows: list[tuple[str, int, str | None, str]]) -> Panel:
    """A pickled panel, from the long CSV text of its four tables."""
    return Panel(PanelCore.from_csv(*tables), bad_rows)
