"""A panel's growth, verdicts and findings over a ``dask.dataframe.DataFrame``, partitioned by
region, equal to what one process's :class:`chiso.Panel` gives.

>>> import chiso.dask  # doctest: +SKIP
>>> panel = chiso.dask.partition(observations, indicators=indicators, targets=targets)  # doctest: +SKIP
>>> growth = panel.growth()  # doctest: +SKIP
>>> verdicts = panel.assess()  # doctest: +SKIP
>>> findings = panel.check()  # doctest: +SKIP

``observations`` is a Dask DataFrame in the long format (``region, indicator, period, value, ...``,
as :meth:`chiso.Panel.from_pandas` reads it); ``indicators``, ``targets`` and ``regions`` are
pandas DataFrames, small enough to send to every worker. Install with ``pip install chiso[dask]``;
chiso's other modules never import Dask.

**How.** Every observation gets a row id before anything moves: the ``row_id`` column when the
frame has one, else its position in the frame (what :meth:`chiso.Panel.from_pandas` gives a frame
without one). Vintages that share an ``as_of`` are ordered by it, so partitioning changes no
verdict. The rows are then shuffled by region, so that each region lies whole in one partition, and
kept in the workers' memory (``persist``). Each partition becomes one :class:`chiso.Panel` through
``map_partitions``, with its regions' targets and the rows of every national region (a region id
without ``-``, such as ``"VN"``), which are broadcast to every partition: ``"VN-57"``'s national
totals are ``"VN"``'s figures. A partition reports only its own regions, so a national region's
results come once, from the partition that holds its rows; targets of a region that has no
observation are assessed by the first partition.

**Results** are pandas DataFrames with the columns and types of the single-process methods, and
equal to them row for row, in this order:

- :meth:`PartitionedPanel.growth`: by ``row_id``, which is the single-process order.
- :meth:`PartitionedPanel.assess`: in the order of the ``targets`` table, which is the
  single-process order.
- :meth:`PartitionedPanel.check` and :meth:`PartitionedPanel.unchecked`: by ``region`` (a stable
  sort), and within a region in the panel's order. Sort the single-process result the same way,
  ``panel.check().sort_values("region", kind="stable")``, to compare them.

``assess``, ``check`` and ``unchecked`` take ``lang=`` as :class:`chiso.Panel`'s do (``"en"`` or
``"vi"``; without it, ``chiso.options.lang`` of the calling process, not the workers').

A decimal column holds one scale per partition (the scale of each partition's results); the
gathered column takes the scale one process gives the whole column (see :func:`concat_exactly`).
"""

from __future__ import annotations

from typing import Any

try:
    import dask
    import dask.dataframe as dd
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc
except ImportError as err:
    raise ImportError(
        f"chiso.dask needs the optional package {err.name}, which is not installed: pip install 'chiso[dask]'"
    ) from err

import chiso
from chiso._display import checked_lang

__all__ = ["PartitionedPanel", "assess", "check", "growth", "partition"]

_KINDS = ("growth", "assess", "check", "unchecked")
# The rows of a national region (an id without "-") are sent to every partition.
_NATIONAL_SEPARATOR = "-"
# Which target of the `targets` table an assessment row answers, while partitions are gathered.
_TARGET_ORDER = "_chiso_target"


def partition(
    observations: dd.DataFrame,
    *,
    indicators: pd.DataFrame,
    targets: pd.DataFrame | None = None,
    regions: pd.DataFrame | None = None,
    npartitions: int | None = None,
) -> PartitionedPanel:
    """The observations shuffled by region and kept in the workers' memory, with a global
    ``row_id``, ready for :meth:`PartitionedPanel.growth`, ``assess`` and ``check``.

    ``npartitions`` defaults to the frame's own; a region never spans two partitions.
    """
    return PartitionedPanel(observations, indicators, targets, regions, npartitions)


def growth(observations: dd.DataFrame, **tables: Any) -> pd.DataFrame:
    """``partition(observations, **tables).growth()``: one row per observation with a level."""
    return partition(observations, **tables).growth()


def assess(observations: dd.DataFrame, lang: str | None = None, **tables: Any) -> pd.DataFrame:
    """``partition(observations, **tables).assess(lang)``: one row per target."""
    return partition(observations, **tables).assess(lang)


def check(observations: dd.DataFrame, lang: str | None = None, **tables: Any) -> pd.DataFrame:
    """``partition(observations, **tables).check(lang)``: one row per finding."""
    return partition(observations, **tables).check(lang)


class PartitionedPanel:
    """A panel's observations partitioned by region on a Dask cluster; see :mod:`chiso.dask`."""

    def __init__(
        self,
        observations: dd.DataFrame,
        indicators: pd.DataFrame,
        targets: pd.DataFrame | None,
        regions: pd.DataFrame | None,
        npartitions: int | None,
    ) -> None:
        if not isinstance(observations, dd.DataFrame):
            raise TypeError(
                f"observations: expected a dask.dataframe.DataFrame, got {type(observations).__name__}"
            )
        if "region" not in observations.columns:
            raise chiso.InvalidInputError("observations: the long format needs a `region` column")
        if "row_id" not in observations.columns:
            observations = with_row_ids(observations)
        shuffled = observations.shuffle(on="region", npartitions=npartitions or observations.npartitions)
        self._observations = shuffled.persist()
        national_rows = self._observations[
            ~self._observations["region"].str.contains(_NATIONAL_SEPARATOR, regex=False)
        ]
        national, observed = dask.compute(national_rows, self._observations["region"].unique())
        self._empty = observations._meta
        target_table = targets if targets is not None else None
        if target_table is not None:
            orphans = sorted(set(target_table["region"]) - set(observed))
        else:
            orphans = []
        self._tables = {
            "national": national,
            "indicators": indicators,
            "targets": target_table,
            "regions": regions,
            "orphans": orphans,
        }

    @property
    def npartitions(self) -> int:
        """How many partitions hold the regions."""
        return int(self._observations.npartitions)

    def growth(self) -> pd.DataFrame:
        """What :meth:`chiso.Panel.growth` gives, in ``row_id`` order."""
        return self._gather("growth").sort_values("row_id", kind="stable", ignore_index=True)

    def assess(self, lang: str | None = None) -> pd.DataFrame:
        """What :meth:`chiso.Panel.assess` gives, in the order of the ``targets`` table, the
        reasons in ``lang`` (``chiso.options.lang`` of this process when not given)."""
        result = self._gather("assess", lang).sort_values(_TARGET_ORDER, kind="stable", ignore_index=True)
        return result.drop(columns=_TARGET_ORDER)

    def check(self, lang: str | None = None) -> pd.DataFrame:
        """What :meth:`chiso.Panel.check` gives, by region (stable), in the panel's order within
        one, the messages in ``lang``."""
        return self._gather("check", lang).sort_values("region", kind="stable", ignore_index=True)

    def unchecked(self, lang: str | None = None) -> pd.DataFrame:
        """What :meth:`chiso.Panel.unchecked` gives, by region (stable), in the panel's order
        within one, the messages in ``lang``."""
        return self._gather("unchecked", lang).sort_values("region", kind="stable", ignore_index=True)

    def _gather(self, kind: str, lang: str | None = None) -> pd.DataFrame:
        # The language is settled here: a worker's chiso.options are its own.
        lang = checked_lang(lang)
        # Each table goes into the graph once, as one key every task depends on, instead of once
        # per task.
        tables = {name: dask.delayed(table, pure=True) for name, table in self._tables.items()}
        meta = partition_result(
            self._empty, kind=kind, lang=lang, **self._tables, partition_info={"number": -1}
        )
        parts = self._observations.map_partitions(
            partition_result, kind=kind, lang=lang, meta=meta, **tables
        ).to_delayed()
        results = [part for part in dask.compute(*parts) if len(part.columns)]
        return concat_exactly(results or [meta])


def with_row_ids(observations: dd.DataFrame) -> dd.DataFrame:
    """The frame with a ``row_id`` column: each row's position in the whole frame.

    The frame is kept in the workers' memory first, so counting its partitions' rows does not
    read (or send) it a second time."""
    observations = observations.persist()
    lengths = observations.map_partitions(len, meta=(None, "int64")).compute()
    starts = np.concatenate([[0], np.cumsum(np.asarray(lengths, dtype="uint64"))[:-1]]).astype("uint64")
    meta = observations._meta.assign(row_id=pd.Series(dtype="uint64"))
    return observations.map_partitions(_numbered, starts=list(starts), meta=meta)


def _numbered(part: pd.DataFrame, starts: list[int], partition_info: dict | None = None) -> pd.DataFrame:
    # OK because Dask passes partition_info to every call of a function that names it.
    assert partition_info is not None
    start = np.uint64(starts[partition_info["number"]])
    return part.assign(row_id=start + np.arange(len(part), dtype="uint64"))


def partition_result(
    part: pd.DataFrame,
    *,
    kind: str,
    national: pd.DataFrame,
    indicators: pd.DataFrame,
    targets: pd.DataFrame | None,
    regions: pd.DataFrame | None,
    orphans: list[str],
    lang: str = "en",
    partition_info: dict | None = None,
) -> pd.DataFrame:
    """One partition's results of ``kind`` (``growth``, ``assess``, ``check`` or ``unchecked``),
    their sentences in ``lang``, for its own regions: the regions of its rows, and for the first partition the regions that
    have targets but no observation.

    The partition's panel also holds the national regions' rows it lacks, so that national
    totals read as in the whole panel; their results are left to the partition that holds them.
    Partition ``-1`` is Dask's empty sample, which gives the result's columns and types.
    """
    if kind not in _KINDS:
        raise ValueError(f"kind: expected one of {', '.join(_KINDS)}, got {kind!r}")
    number = -1 if partition_info is None else partition_info["number"]
    own = set(part["region"].unique())
    if number == 0:
        own.update(orphans)
    if not own and number != -1:
        return pd.DataFrame()
    borrowed = national[~national["region"].isin(own)]
    rows = pd.concat([part, borrowed], ignore_index=True) if len(borrowed) else part
    rows = rows.sort_values("row_id", kind="stable", ignore_index=True)
    present = own | set(borrowed["region"].unique())
    own_targets = None
    positions = np.zeros(0, dtype="int64")
    if targets is not None:
        mask = targets["region"].isin(own).to_numpy()
        own_targets = targets[mask].reset_index(drop=True)
        positions = np.flatnonzero(mask)
    own_regions = None if regions is None else regions[regions["id"].isin(present)].reset_index(drop=True)
    panel = chiso.Panel.from_pandas(rows, indicators=indicators, targets=own_targets, regions=own_regions)
    if kind == "assess":
        result = panel.assess(lang=lang)
        return result.assign(**{_TARGET_ORDER: positions[: len(result)]})
    result = panel.growth() if kind == "growth" else getattr(panel, kind)(lang=lang)
    return result[result["region"].isin(own)].reset_index(drop=True)


def concat_exactly(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The partitions' results in one frame, each decimal column at the scale one process gives it.

    The core writes a decimal column as ``decimal128(38, s)`` with ``s`` the largest scale among
    its values that leaves room for its widest integer part, rounding the values with more places
    (a value to the nearest, ties to even; a ``_low`` end down; a ``_high`` end up). Over the
    whole panel that is ``min(largest partition scale, 38 - widest integer part)``; a partition
    at a larger scale is rounded to it the same way, which gives what one rounding gives, except
    for a value that a partition has already rounded onto a tie, which is refused.
    """
    parts = list(parts)
    for column in parts[0].columns:
        arrow = [_arrow_type(part[column]) for part in parts]
        # A partition whose column is all null may give it the null type.
        decimal = [t for t in arrow if t is not None and pa.types.is_decimal(t)]
        if decimal and all(t is not None and (pa.types.is_decimal(t) or pa.types.is_null(t)) for t in arrow):
            widest = [_integer_digits(part[column]) for part in parts]
            scale = min(max(t.scale for t in decimal), _PRECISION - max(widest))
            for i, (part, t) in enumerate(zip(parts, arrow)):
                if pa.types.is_null(t) or t.scale != scale:
                    rounded = t.scale == _PRECISION - widest[i]
                    parts[i] = part.assign(**{column: _rescaled(part[column], column, scale, rounded)})
    return pd.concat(parts, ignore_index=True)


_PRECISION = 38


def _rescaled(column: pd.Series, name: str, scale: int, rounded: bool) -> pd.Series:
    values = pa.array(column)
    if pa.types.is_decimal(values.type) and values.type.scale > scale:
        mode = "down" if name.endswith("_low") else "up" if name.endswith("_high") else "half_to_even"
        if mode == "half_to_even" and rounded:
            tie = pc.not_equal(pc.round(values, scale, "half_down"), pc.round(values, scale, "half_up"))
            if pc.any(tie).as_py():
                raise ValueError(
                    f"{name}: a partition rounded a value onto a tie at {scale} places, which one process"
                    " rounds from more places; use fewer partitions or compute it in one process"
                )
        values = pc.round(values, scale, mode)
    exact = values.cast(pa.decimal128(_PRECISION, scale))
    return pd.Series(pd.arrays.ArrowExtensionArray(exact), index=column.index, name=column.name)


def _integer_digits(column: pd.Series) -> int:
    """The digits of the column's widest integer part (0 below 1 in magnitude)."""
    ends = pc.min_max(pa.array(column))
    whole = max((abs(int(v)) for v in (ends["min"].as_py(), ends["max"].as_py()) if v is not None), default=0)
    return len(str(whole)) if whole else 0


def _arrow_type(column: pd.Series) -> pa.DataType | None:
    dtype = column.dtype
    return dtype.pyarrow_dtype if isinstance(dtype, pd.ArrowDtype) else None
