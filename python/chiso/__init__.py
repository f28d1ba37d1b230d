"""chiso (*chỉ số*, "indicator"): the economic indicators a government report prints, with
exact decimals and honest intervals.

A printed ``16,94 tỷ kWh`` is any value from 16.935 to 16.945 billion kWh, and ``hơn 2,79 tỷ
đồng`` any value above 2.79 billion đồng. chiso keeps those intervals through every
computation, so a target check says ``undetermined`` instead of guessing.

>>> import chiso
>>> g = chiso.growth("16.94", "15.21")
>>> round(g.value, 2), g.low < g.value < g.high
(Decimal('11.37'), True)

Figures are read as Vietnamese and English reports print them, and found in running text:

>>> chiso.parse_quantity("hơn 2,79 tỷ đồng")
Quantity('2.79', 'billion VND', bound='more_than')
>>> chiso.parse_growth("giảm 2,1% so với cùng kỳ").value
Decimal('-2.1')
>>> [m.text for m in chiso.extract("Sản lượng điện đạt 16,94 tỷ kWh, tăng 11,4%.")]
['16,94 tỷ kWh', 'tăng 11,4%']
>>> chiso.format_quantity(chiso.Quantity("351.640", "tỷ đồng"), "en")
'351,640 billion VND'

The readers (``parse_number``, ``parse_numbers``, ``parse_quantity``, ``parse_growth``,
``parse_range``, ``extract``) take ``lang="vi"`` by default, the language of the reports chiso
reads; ``lang="en"`` reads English. Formatters (``format_quantity``, ``format_decimal``,
``Quantity.format``) write ``lang="en"`` by default. Any other language is refused with
:class:`InvalidInputError`; text that cannot be read raises :class:`ParseError`, whose
``.text``, ``.offset`` (a ``str`` index into ``.text``) and ``.expected`` say where and why; of
a long text only the part around the failure is kept, starting at ``.text_start``.

Numbers go in as ``int``, ``str`` or ``decimal.Decimal`` (exactly) or ``float`` (through its
shortest ``repr``) and come out as ``decimal.Decimal``. NaN, infinities and malformed text
raise :class:`ChisoError` (a ``ValueError``); ``None`` or ``bool`` where a number belongs raise
``TypeError``. Every computation happens in the Rust core; this package converts and displays.

Plain numbers given to ``growth``, ``implied_base``, ``project``, ``cagr``, ``change_pp``,
``share`` and ``contribution`` are read as printed, with the rounding interval of their last
digit, because that is what a printed figure means; pass ``bound="exact"`` for exact data:

>>> from decimal import Decimal
>>> chiso.growth(Decimal("673.27"), Decimal("100"), bound="exact")
Estimate('573.27', Interval('573.27', '573.27'), unit='percent')

Reports are built from Python objects as well as read from JSON, each part checked by the core
(``chiso.schema()`` is the JSON Schema of the document format):

>>> report = chiso.Report(
...     region={"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}},
...     publisher={"vi": "Sở Công Thương", "en": "Department of Industry and Trade"},
...     indicators=[chiso.Indicator("power", "Điện thương phẩm", "Commercial electricity",
...                                 "billion kWh", measure="flow", polarity="higher_is_better")],
...     observations=[chiso.Observation("power", "2024", "16.94", growth="11.4")],
... )
>>> report.level("power", "2024") * 2
Estimate('33.88', Interval('33.870', '33.890'), unit='billion kWh')

Level targets for a future year (``Target(..., level=..., baseline="2015")``) are judged by
the progress from their base year in a published scheme (``progress="unsd_2022"``,
``"unsd_2023"`` (the default), ``"open_sdg"`` or ``"destatis"``; ``Assessment.progress``), and
``chiso.progress`` classifies any yearly series the same way:

>>> p = chiso.progress({2015: "80", 2022: "88"}, "100", 2030, scheme="unsd_2022", bound="exact")
>>> p.class_name, round(p.measure.value, 6)
('fair_progress', Decimal('0.914690'))

Indicators are named as the press prints them through the standard catalogue,
:mod:`chiso.indicators` (``{"standard": "exports"}`` in a report's JSON refers to one):

>>> chiso.indicators.find("kim ngach xuat khau").id
'exports'

Whole columns (pandas, polars, pyarrow, numpy, lists) go through :mod:`chiso.columns`, whose
functions take the same arguments and return the caller's kind of column:
``chiso.columns.growth(df["now"], df["before"])``.

A report, a scorecard and an assessment show as tables in Jupyter, in the language of
``chiso.options.lang`` (``"en"`` or ``"vi"``); ``Scorecard.to_html(lang=...)`` and
``Scorecard.plot(lang=...)`` choose it per call. ``Scorecard.to_pandas()`` and ``to_polars()``
give one row per target with the unit in its own column and exact Arrow decimals.

Many regions at once (the statistics office's long tables) go in a :class:`Panel`:
``chiso.Panel.from_pandas(observations, indicators=..., targets=...)``, whose ``assess()``,
``check()`` and ``growth()`` return DataFrames.
"""

from chiso import columns, datasets, indicators
from chiso._chiso import (
    Assessment,
    ChisoError,
    DecimalOverflowError,
    Draft,
    Estimate,
    ExchangeRate,
    Finding,
    Growths,
    Indicator,
    Interval,
    InvalidInputError,
    InvalidReportError,
    Mention,
    Observation,
    ParseError,
    Period,
    Progress,
    Quantity,
    Report,
    RestOfYear,
    Revision,
    Revisions,
    Scorecard,
    ScorecardRow,
    Target,
    TargetFailure,
    UncheckedRelation,
    UndefinedError,
    UnitMismatchError,
    Unmatched,
    Vintage,
    annualise,
    cagr,
    change_pp,
    contribution,
    draft,
    extract,
    format_decimal,
    format_quantity,
    format_rounded,
    growth,
    implied_base,
    implied_plan,
    parse_growth,
    parse_number,
    parse_numbers,
    parse_quantity,
    parse_range,
    plan_ratios,
    progress,
    project,
    schema,
    share,
)
from chiso._chiso import __version__ as __version__
from chiso._display import options
from chiso._periods import PlanRatios
from chiso.panel import Panel

__all__ = [
    "Assessment",
    "ChisoError",
    "DecimalOverflowError",
    "Draft",
    "Estimate",
    "ExchangeRate",
    "Finding",
    "Growths",
    "Indicator",
    "Interval",
    "InvalidInputError",
    "InvalidReportError",
    "Mention",
    "Observation",
    "Panel",
    "ParseError",
    "Period",
    "PlanRatios",
    "Progress",
    "Quantity",
    "Report",
    "RestOfYear",
    "Revision",
    "Revisions",
    "Scorecard",
    "ScorecardRow",
    "Target",
    "TargetFailure",
    "UncheckedRelation",
    "UndefinedError",
    "UnitMismatchError",
    "Unmatched",
    "Vintage",
    "annualise",
    "cagr",
    "change_pp",
    "columns",
    "contribution",
    "datasets",
    "draft",
    "extract",
    "format_decimal",
    "format_quantity",
    "format_rounded",
    "growth",
    "implied_base",
    "implied_plan",
    "indicators",
    "options",
    "parse_growth",
    "parse_number",
    "parse_numbers",
    "parse_quantity",
    "parse_range",
    "plan_ratios",
    "progress",
    "project",
    "schema",
    "share",
]
