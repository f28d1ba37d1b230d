"""chiso (*chỉ số*, "indicator"): the economic indicators a government report prints, with
exact decimals and honest intervals.

A printed ``16,94 tỷ kWh`` is any value from 16.935 to 16.945 billion kWh, and ``hơn 2,79 tỷ
đồng`` any value above 2.79 billion đồng. chiso keeps those intervals through every
computation, so a target check says ``undetermined`` instead of guessing.

>>> import chiso
>>> g = chiso.growth("16.94", "15.21")
>>> round(g.value, 2), g.low < g.value < g.high
(Decimal('11.37'), True)

Numbers go in as ``int``, ``str`` or ``decimal.Decimal`` (exactly) or ``float`` (through its
shortest ``repr``) and come out as ``decimal.Decimal``. NaN, infinities and malformed text
raise :class:`ChisoError` (a ``ValueError``); ``None`` or ``bool`` where a number belongs raise
``TypeError``. Every computation happens in the Rust core; this package converts and displays.
"""

from chiso import datasets
from chiso._chiso import (
    Assessment,
    ChisoError,
    DecimalOverflowError,
    Estimate,
    Finding,
    Indicator,
    Interval,
    InvalidInputError,
    InvalidReportError,
    Observation,
    ParseError,
    Period,
    Quantity,
    Report,
    Scorecard,
    ScorecardRow,
    Target,
    UndefinedError,
    UnitMismatchError,
    cagr,
    change_pp,
    contribution,
    format_decimal,
    format_rounded,
    growth,
    implied_base,
    project,
    share,
)

__all__ = [
    "Assessment",
    "ChisoError",
    "DecimalOverflowError",
    "Estimate",
    "Finding",
    "Indicator",
    "Interval",
    "InvalidInputError",
    "InvalidReportError",
    "Observation",
    "ParseError",
    "Period",
    "Quantity",
    "Report",
    "Scorecard",
    "ScorecardRow",
    "Target",
    "UndefinedError",
    "UnitMismatchError",
    "cagr",
    "change_pp",
    "contribution",
    "datasets",
    "format_decimal",
    "format_rounded",
    "growth",
    "implied_base",
    "project",
    "share",
]
