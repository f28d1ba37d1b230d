"""How chiso's objects look in Jupyter, pandas, polars and matplotlib, in English or Vietnamese.

Plain Python on purpose: the native classes call these helpers for ``_repr_html_``,
``Scorecard.to_html``, ``Scorecard.to_pandas``, ``Scorecard.to_polars`` and ``Scorecard.plot``,
and :class:`chiso.Panel` for its ``_repr_html_`` and ``plot``.
Nothing here computes a figure: every number shown is formatted by the core
(``Quantity.format``, ``Estimate.format``, ``format_decimal``), every verdict and its words
come from the core. The one rounding done here is ``to_pandas(decimals=n)``, a display copy of
exact values, rounded so that an interval only widens.

The language of what Jupyter shows is ``chiso.options.lang`` (``"en"`` by default); ``to_html``,
``plot`` and a panel's result tables take ``lang=`` for one call.
"""

from __future__ import annotations

import html
import textwrap
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, localcontext
from typing import TYPE_CHECKING, Any

from chiso import _chiso
from chiso._optional import require

if TYPE_CHECKING:
    from chiso._chiso import (
        Assessment,
        Estimate,
        Indicator,
        Quantity,
        Report,
        Revisions,
        Scorecard,
        ScorecardRow,
        Vintage,
    )


class Options:
    """Display settings, as ``chiso.options``.

    ``lang``: the language (``"en"`` or ``"vi"``) of the tables Jupyter shows for a report, a
    scorecard, an assessment or a panel, and of ``Scorecard.to_html()``, ``Scorecard.plot()``,
    ``Panel.plot()`` and the sentences of ``Panel.assess()``, ``check()`` and ``unchecked()``
    called without ``lang=``. Any other value is refused with :class:`chiso.InvalidInputError`.

    >>> import chiso
    >>> chiso.options.lang = "vi"
    >>> "Chỉ số" in chiso.datasets.binh_duong_2024().scorecard()._repr_html_()
    True
    >>> chiso.options.lang = "en"
    """

    def __init__(self) -> None:
        self._lang = "en"

    @property
    def lang(self) -> str:
        return self._lang

    @lang.setter
    def lang(self, value: str) -> None:
        if value is None:
            raise TypeError("lang: expected a str ('en' or 'vi'), got None")
        self._lang = checked_lang(value)

    def __repr__(self) -> str:
        return f"chiso.options(lang={self._lang!r})"


options = Options()


def checked_lang(lang: str | None) -> str:
    """``lang``, checked by the core (``"en"`` or ``"vi"``); ``None`` is ``options.lang``."""
    if lang is None:
        return options.lang
    _chiso.format_decimal(0, lang)
    return lang


# The words of the tables and the chart; everything else comes from the core.
_WORDS = {
    "en": {
        "indicator": "Indicator",
        "period": "Period",
        "value": "Value",
        "growth": "Growth",
        "implied_previous": "Implied previous year",
        "target": "Target",
        "actual": "Actual",
        "required": "Required level",
        "gap_pp": "Gap (pp)",
        "verdict": "Verdict",
        "why": "Why",
        "error": "error",
        "to": "to",
        "source": "Source",
        "counts": "{indicators} indicators, {observations} observations, {targets} targets",
        "title": "Targets and results",
        "axis_growth": "growth over the same period of the previous year (%)",
        "axis_level": "level ({unit})",
        "band": "required by the target",
        "interval": "interval the printed figures allow",
        "reference": "latest reported figure (not assessed)",
        "no_targets": "no targets",
        "failed": "could not be checked",
        "region": "Region",
        "panel_title": "chiso panel: {regions}, {observations}, {targets}, {findings}",
        "findings_by_region": "Findings by region",
    },
    "vi": {
        "indicator": "Chỉ số",
        "period": "Kỳ",
        "value": "Giá trị",
        "growth": "Tăng trưởng",
        "implied_previous": "Mức năm trước (suy ra)",
        "target": "Mục tiêu",
        "actual": "Thực hiện",
        "required": "Mức cần đạt",
        "gap_pp": "Chênh lệch (điểm %)",
        "verdict": "Đánh giá",
        "why": "Lý do",
        "error": "lỗi",
        "to": "đến",
        "source": "Nguồn",
        "counts": "{indicators} chỉ số, {observations} số liệu, {targets} mục tiêu",
        "title": "Mục tiêu và kết quả thực hiện",
        "axis_growth": "tăng so với cùng kỳ năm trước (%)",
        "axis_level": "mức ({unit})",
        "band": "mức mục tiêu đề ra",
        "interval": "khoảng giá trị theo số liệu công bố",
        "reference": "số liệu gần nhất (chưa đánh giá)",
        "no_targets": "không có mục tiêu",
        "failed": "không kiểm tra được",
        "region": "Địa phương",
        "panel_title": "Bảng số liệu chiso: {regions}, {observations}, {targets}, {findings}",
        "findings_by_region": "Điểm cần xem lại theo địa phương",
    },
}
# What a panel's summary counts, each noun singular and plural: regions, observations, targets,
# findings.
_PANEL_NOUNS = {
    "en": (
        ("region", "regions"),
        ("observation", "observations"),
        ("target", "targets"),
        ("finding", "findings"),
    ),
    "vi": (("địa phương",) * 2, ("số liệu",) * 2, ("mục tiêu",) * 2, ("điểm cần xem lại",) * 2),
}

# Good news green, bad news red, "cannot tell" amber, "no figure yet" grey, "no figure will
# come" (the region ceased to exist) dark grey.
VERDICT_COLOURS = {
    "met": "#1a7f37",
    "exceeded": "#116329",
    "on_track": "#1a7f37",
    "missed": "#cf222e",
    "off_track": "#cf222e",
    "undetermined": "#9a6700",
    "pending": "#6e7781",
    "not_assessable": "#424a53",
}
# A target whose check failed: not a verdict, so outside the palette above.
FAILURE_COLOUR = "#8250df"
# The target's required band, and its edges.
BAND_COLOUR = "#b6d7ff"
BAND_EDGE = "#0969da"

_STYLE = (
    "<style>"
    ".chiso-table{border-collapse:collapse;font-size:0.9em}"
    ".chiso-table th,.chiso-table td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}"
    ".chiso-table td.num{text-align:right;white-space:nowrap}"
    ".chiso-verdict{color:#fff;border-radius:3px;padding:1px 6px;white-space:nowrap}"
    ".chiso-reason{color:#57606a;font-size:0.85em}"
    "</style>"
)


def _text(value: object) -> str:
    return "" if value is None else html.escape(str(value))


def _verdict(assessment: Assessment, lang: str) -> str:
    colour = VERDICT_COLOURS.get(assessment.verdict, "#6e7781")
    label = html.escape(assessment.verdict_label(lang))
    return f'<span class="chiso-verdict" style="background:{colour}">{label}</span>'


def _failure_label(lang: str) -> str:
    word = _WORDS[lang]["error"]
    return f'<span class="chiso-verdict" style="background:{FAILURE_COLOUR}">{word}</span>'


def _quantity(quantity: Quantity | None, lang: str) -> str:
    return "" if quantity is None else html.escape(quantity.format(lang))


def _estimate(estimate: Estimate | None, lang: str) -> str:
    return "" if estimate is None else html.escape(estimate.format(lang, 2))


def _table(header: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f'{_STYLE}<table class="chiso-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def unit_label(unit: str, lang: str, number: Decimal = Decimal(2)) -> str:
    """A unit as the core writes it after ``number``: ``%``, ``tỷ đồng``, ``billion VND``,
    ``parks`` (``park`` after 1). Without a number, the plural, as an axis names it."""
    written = _chiso.Quantity(number, unit).format(lang)
    return written.removeprefix(_chiso.format_decimal(number, lang)).strip()


def target_text(assessment: Assessment, lang: str) -> str:
    """A target in words, as the core writes it everywhere (``Assessment.target_in``): ``growth
    13–14%``, ``level at least 99.99%``; in Vietnamese ``tăng 13–14%``, ``giảm tối đa 3%``,
    ``đạt ít nhất 99,99%``."""
    return assessment.target_in(lang)


_CONDITION_KEYS = {"at least": "at_least", "more than": "more_than", "at most": "at_most", "less than": "less_than"}


def _target_words(row: dict[str, Any], lang: str) -> str:
    """The target of a row of a panel's assessment table in words, as :func:`target_text`
    writes it: the row's target rebuilt from its kind, condition and thresholds."""
    low, high = _plain(row["threshold"]), row["threshold_upper"]
    if high is not None:
        condition: dict[str, Any] = {"between": [low, _plain(high)]}
    else:
        key = next(k for words, k in _CONDITION_KEYS.items() if row["condition"].startswith(words))
        condition = {key: low}
    target = _chiso.Target(row["indicator"], row["period"], **{row["kind"]: condition})
    return target.describe(row["unit"], lang)


def _required_text(assessment: Assessment, lang: str) -> str:
    if assessment.required_upper is not None:
        to = _WORDS[lang]["to"]
        return f"{_estimate(assessment.required, lang)} {to}<br>{_estimate(assessment.required_upper, lang)}"
    return _estimate(assessment.required, lang)


def _name(indicator: Indicator, lang: str) -> str:
    return indicator.name_vi if lang == "vi" else indicator.name_en


def _why(assessment: Assessment, lang: str) -> str:
    """The reason, then what the rest of the year needs on a line of its own (when the target
    is tracked by a year to date)."""
    why = _text(assessment.reason_in(lang))
    rest = assessment.required_rest_of_year
    if rest is not None:
        why += f"<br>{_text(rest.describe(lang))}"
    return why


def assessment_html(assessment: Assessment, lang: str | None = None) -> str:
    """One assessment as a small table: target, actual, required level, gap and verdict."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    header = [words[k] for k in ("indicator", "target", "actual", "required", "gap_pp", "verdict")]
    actual = _estimate(assessment.actual, lang)
    if assessment.actual_period is not None:
        actual = f"{actual} ({_text(assessment.actual_period)})"
    row = [
        _text(assessment.indicator),
        html.escape(f"{assessment.period}: {target_text(assessment, lang)}"),
        actual,
        _required_text(assessment, lang),
        _estimate(assessment.gap_pp, lang),
        _verdict(assessment, lang),
    ]
    reason = f'<p class="chiso-reason">{_why(assessment, lang)}</p>'
    return _table(header, [row], numeric={2, 3, 4}) + reason


def _scorecard_rows(row: ScorecardRow, lang: str) -> list[list[str]]:
    name = f"{_text(_name(row.indicator, lang))}<br><code>{_text(row.indicator.id)}</code>"
    figures = [
        name,
        _text(row.period),
        _quantity(row.value, lang),
        _quantity(row.growth, lang),
        _estimate(row.implied_previous, lang) or _text(row.implied_previous_error),
    ]
    rows = []
    if not row.assessments and not row.failures:
        rows.append(figures + ["", "", "", ""])
    for assessment in row.assessments:
        target = f"{assessment.period}: {target_text(assessment, lang)}"
        rows.append(
            figures
            + [
                html.escape(target),
                _required_text(assessment, lang),
                _verdict(assessment, lang),
                f'<span class="chiso-reason">{_why(assessment, lang)}</span>',
            ]
        )
    for failure in row.failures:
        rows.append(
            figures
            + [
                _text(f"{failure.period} {failure.target_in(lang)}"),
                "",
                _failure_label(lang),
                f'<span class="chiso-reason">{_text(failure.message)}</span>',
            ]
        )
    return rows


def scorecard_html(scorecard: Scorecard, lang: str | None = None) -> str:
    """The scorecard as a table: one line per target (or per indicator without one), each
    figure with its printed bound, derived figures with their intervals, verdicts coloured."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    keys = (
        "indicator",
        "period",
        "value",
        "growth",
        "implied_previous",
        "target",
        "required",
        "verdict",
        "why",
    )
    rows = [line for row in scorecard.rows for line in _scorecard_rows(row, lang)]
    return _table([words[k] for k in keys], rows, numeric={2, 3, 4, 6})


def report_html(report: Report, lang: str | None = None) -> str:
    """The report's metadata, then its scorecard."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    region = report.region
    publisher = report.publisher
    source = report.source
    title = f"<h4>{_text(region['name'][lang])} ({_text(region['id'])}): {_text(publisher[lang])}</h4>"
    if source is not None:
        parts = [source.get("title"), source.get("outlet"), source.get("author"), source.get("published")]
        title += f'<p class="chiso-reason">{words["source"]}: {_text(", ".join(p for p in parts if p))}</p>'
    counts = words["counts"].format(
        indicators=len(report.indicators), observations=len(report.observations), targets=len(report.targets)
    )
    return title + f'<p class="chiso-reason">{counts}</p>' + scorecard_html(report.scorecard(), lang)


# The columns of `Scorecard.lines()` that hold decimals; the others hold text. `value`,
# `implied_previous*` and `required*` are in the row's `unit`, `growth` in percent, `gap_pp`
# in percentage points, `progress_measure` a plain ratio.
DECIMAL_COLUMNS = (
    "value",
    "growth",
    "implied_previous",
    "implied_previous_low",
    "implied_previous_high",
    "required",
    "required_upper",
    "gap_pp",
    "rest_of_year_growth",
    "rest_of_year_growth_upper",
    "progress_measure",
)
# How `decimals=` rounds each column: a low end down and a high end up, so that an interval
# only widens; any other figure to the nearest, ties to even.
_ROUNDING = {"implied_previous_low": ROUND_FLOOR, "implied_previous_high": ROUND_CEILING}


def _places(value: Decimal) -> int:
    return max(0, -_exponent(value))


def _integer_digits(value: Decimal) -> int:
    whole = abs(int(value))
    return len(str(whole)) if whole else 0


def _decimal_columns(
    scorecard: Scorecard, decimals: int | None
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The scorecard's lines, rounded to ``decimals`` places when given, and the scale of each
    decimal column: the most places any of its values has (``decimals`` when given)."""
    if decimals is not None and (
        isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 28
    ):
        raise ValueError(
            f"decimals: expected a whole number of places from 0 to 28, or None, got {decimals!r}"
        )
    lines = scorecard.lines()
    if decimals is not None:
        step = Decimal(1).scaleb(-decimals)
        with localcontext() as context:
            # Room for a decimal's 29 digits and 28 places: the rounding is the only inexact step.
            context.prec = 60
            for line in lines:
                for column in DECIMAL_COLUMNS:
                    if line[column] is not None:
                        line[column] = line[column].quantize(
                            step, rounding=_ROUNDING.get(column, ROUND_HALF_EVEN)
                        )
    scales = {}
    for column in DECIMAL_COLUMNS:
        values = [line[column] for line in lines if line[column] is not None]
        scales[column] = decimals if decimals is not None else max(map(_places, values), default=0)
    return lines, scales


def _exact_type(pa: Any, values: list[Decimal | None], scale: int) -> Any:
    """``decimal128(38, scale)`` when every value fits it exactly, else ``decimal256(76, scale)``."""
    digits = max((_integer_digits(v) for v in values if v is not None), default=0)
    return pa.decimal128(38, scale) if digits + scale <= 38 else pa.decimal256(76, scale)


def scorecard_to_arrow(scorecard: Scorecard, decimals: int | None = None) -> Any:
    """The scorecard's lines as a ``pyarrow.Table``: text columns as strings, decimal columns
    as Arrow decimals holding every value exactly (``decimal128(38, s)``, ``s`` the most places
    of the column; ``decimal256`` for a column too wide for 38 digits)."""
    pa = require("pyarrow", "Scorecard.to_pandas")
    lines, scales = _decimal_columns(scorecard, decimals)
    arrays = {}
    for column in scorecard.COLUMNS:
        values = [line[column] for line in lines]
        if column in scales:
            # pyarrow refuses a value it would have to round: the conversion is exact.
            arrays[column] = pa.array(values, type=_exact_type(pa, values, scales[column]))
        else:
            arrays[column] = pa.array(values, type=pa.string())
    return pa.table(arrays)


def scorecard_to_pandas(scorecard: Scorecard, decimals: int | None = None) -> Any:
    """The scorecard's lines as a DataFrame of Arrow-backed columns (``pd.ArrowDtype``): text
    as strings, figures as exact decimals (see :func:`scorecard_to_arrow`)."""
    pd = require("pandas", "Scorecard.to_pandas")
    return scorecard_to_arrow(scorecard, decimals).to_pandas(types_mapper=pd.ArrowDtype)


def scorecard_to_polars(scorecard: Scorecard, decimals: int | None = None) -> Any:
    """The scorecard's lines as a polars DataFrame: text as ``pl.String``, figures as exact
    ``pl.Decimal(38, s)``. A column whose values need more than 38 digits in all is refused
    (polars' decimals stop at 38): pass ``decimals=`` for a rounded copy."""
    pl = require("polars", "Scorecard.to_polars")
    lines, scales = _decimal_columns(scorecard, decimals)
    series = []
    for column in scorecard.COLUMNS:
        values = [line[column] for line in lines]
        if column in scales:
            digits = max((_integer_digits(v) for v in values if v is not None), default=0)
            if digits + scales[column] > 38:
                raise ValueError(
                    f"to_polars: the column {column!r} needs {digits + scales[column]} digits to hold "
                    f"every value exactly, more than a polars Decimal's 38: pass decimals= for a rounded "
                    f"copy, or use to_pandas(), whose column is a decimal256"
                )
            series.append(pl.Series(column, values, dtype=pl.Decimal(38, scales[column])))
        else:
            series.append(pl.Series(column, values, dtype=pl.String))
    return pl.DataFrame(series)


def _natural_range(indicator: Indicator) -> tuple[float | None, float | None]:
    """The indicator's natural limits (``Indicator.range``) as floats for drawing."""
    if indicator.range is None:
        return None, None
    low, high = indicator.range
    return (None if low is None else float(low)), (None if high is None else float(high))


def _section_limits(
    items: list[tuple[ScorecardRow, Assessment]], growth: bool
) -> tuple[float | None, float | None]:
    """The limits no row of a section can pass: growth never falls below −100%; a level keeps
    within its indicator's natural range (the widest among the section's indicators)."""
    if growth:
        return -100.0, None
    ranges = [_natural_range(row.indicator) for row, _ in items]
    lows = [low for low, _ in ranges]
    highs = [high for _, high in ranges]
    low = None if None in lows else min(v for v in lows if v is not None)
    high = None if None in highs else max(v for v in highs if v is not None)
    return low, high


def _reference(row: ScorecardRow, assessment: Assessment) -> Quantity | None:
    """For a target without an actual, the latest reported figure of its kind, if any."""
    return row.growth if assessment.kind == "growth" else row.value


def _ends(estimate: Any) -> tuple[float | None, float | None]:
    interval = estimate.interval()
    return (
        None if interval.low is None else float(interval.low),
        None if interval.high is None else float(interval.high),
    )


def _section_span(items: list[tuple[ScorecardRow, Assessment]], growth: bool) -> tuple[float, float]:
    """The x-range of a section: every threshold, actual, interval end and reference figure,
    with room around them, cut at the section's natural limits."""
    thresholds: list[Decimal] = []
    points: list[float] = []
    for row, assessment in items:
        thresholds.extend(t for t in assessment.thresholds if t is not None)
        figure = assessment.actual or _reference(row, assessment)
        if figure is not None:
            points.append(float(figure.value))
            points.extend(e for e in _ends(figure) if e is not None)
    return _span(thresholds, points, _section_limits(items, growth))


def _span(
    thresholds: list[Decimal], points: list[float], limits: tuple[float | None, float | None]
) -> tuple[float, float]:
    """The x-range of an axis showing ``thresholds`` and the figures' ``points``, with room
    around them, cut at the natural ``limits``."""
    points = points + [float(t) for t in thresholds]
    span = max(points) - min(points)
    # Room around the figures; at least two of the thresholds' last printed digit, so that a
    # lone threshold's band shows (99.99 → 0.02).
    step = min(Decimal(1).scaleb(-_places(_plain(t))) for t in thresholds)
    pad = max(0.15 * span, 2 * float(step))
    left, right = min(points) - pad, max(points) + pad
    floor, ceiling = limits
    return (left if floor is None else max(left, floor)), (right if ceiling is None else min(right, ceiling))


def _plain(value: Decimal) -> Decimal:
    """``value`` without the trailing zeros a table column's common scale gives it (``8.00``
    is ``8``), for words and labels."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if _exponent(value) > 0 else value


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # a Decimal from the core is finite
    return exponent


def _tick_formatter(lang: str) -> Any:
    ticker = require("matplotlib.ticker", "Scorecard.plot")

    def tick(x: float, _position: Any) -> str:
        # Ticks are round numbers chosen by matplotlib; the core writes them in `lang`.
        return _chiso.format_decimal(Decimal(repr(round(float(x), 10))).normalize(), lang)

    return ticker.FuncFormatter(tick)


def _draw_row(
    ax: Any, y: int, row: ScorecardRow, assessment: Assessment, left: float, right: float, lang: str
) -> None:
    low, high = assessment.thresholds
    if high is not None:
        start, end = float(low), float(high)
    elif assessment.condition.startswith(("at most", "less than")):
        start, end = left, float(low)
    else:
        start, end = float(low), right
    ax.barh(y, end - start, left=start, height=0.5, color=BAND_COLOUR, edgecolor="none", zorder=1)
    ax.vlines(
        [float(t) for t in (low, high) if t is not None],
        y - 0.3,
        y + 0.3,
        color=BAND_EDGE,
        linewidth=1.5,
        zorder=2,
    )
    colour = VERDICT_COLOURS.get(assessment.verdict, "#6e7781")
    figure: Estimate | Quantity | None = assessment.actual
    if assessment.actual is not None:
        text = assessment.actual.format(lang, 2)
        if assessment.actual_period is not None and assessment.actual_period != assessment.period:
            text = f"{assessment.actual_period}: {text}"  # a year-to-date figure says so
        marker = {"color": colour, "markeredgecolor": "white"}
    else:
        figure = _reference(row, assessment)
        text = "" if figure is None else f"{row.period}: {figure.format(lang)}"
        marker = {"color": "white", "markeredgecolor": "#6e7781"}
    if figure is not None:
        value = float(figure.value)
        lo, hi = _ends(figure)
        line = "#6e7781" if assessment.actual is None else colour
        ax.hlines(
            y, left if lo is None else lo, right if hi is None else hi, color=line, linewidth=3, zorder=3
        )
        ax.plot([value], [y], "o", markersize=9, markeredgewidth=1.5, zorder=4, **marker)
        _point_label(ax, text, value, y)
    # The verdict in words, right of the axes, in its colour, clear of a point at the axis end.
    ax.annotate(
        assessment.verdict_label(lang),
        (1, y),
        xycoords=ax.get_yaxis_transform(),
        xytext=(10, 0),
        textcoords="offset points",
        va="center",
        fontsize=8,
        color=colour,
        fontweight="bold",
    )


def _row_label(row: ScorecardRow, assessment: Assessment, lang: str) -> str:
    name = textwrap.fill(_name(row.indicator, lang), 38)
    target = target_text(assessment, lang)
    return f"{name}\n{assessment.period}: {target}".replace("$", r"\$")


def _sections(scorecard: Scorecard) -> list[tuple[str, list[tuple[ScorecardRow, Assessment]]]]:
    """The targets grouped by what their axis measures: growth (percent) first, then levels
    by unit, each group in the report's order."""
    sections: dict[str, list[tuple[ScorecardRow, Assessment]]] = {}
    for row in scorecard.rows:
        for assessment in row.assessments:
            key = "" if assessment.kind == "growth" else row.indicator.unit
            sections.setdefault(key, []).append((row, assessment))
    return sorted(sections.items(), key=lambda item: item[0] != "")


def scorecard_plot(scorecard: Scorecard, lang: str | None = None) -> Any:
    """A bullet chart of the scorecard's targets: one row per target, with the band the target
    requires, the actual as a point coloured by its verdict with the interval its printed
    figures allow, and, for a target still without an actual, the latest reported figure as a
    hollow grey point. Targets on growth share one axis in percent; level targets share one
    axis per unit, kept within the indicators' natural ranges. Every word is in ``lang``."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    plt = require("matplotlib.pyplot", "Scorecard.plot")
    sections = _sections(scorecard)
    failures = [(row, f) for row in scorecard.rows for f in row.failures]
    # Heights in inches: each section's rows, then room for its ticks and axis label.
    heights = [len(items) * 0.55 + 0.3 for _, items in sections] + (
        [0.35 * len(failures)] if failures else []
    )
    below, title_height, legend_height = 0.75, 0.55, 0.45
    total = title_height + sum(h + below for h in heights) + legend_height if heights else 1.5
    fig = plt.figure(figsize=(9.5, total))
    axes = []
    top = total - title_height
    for height in heights or [total - title_height - legend_height]:
        top -= height
        axes.append(fig.add_axes((0.35, top / total, 0.47, height / total)))
        top -= below
    fig.suptitle(words["title"], y=1 - 0.15 / total, fontsize=11, fontweight="bold")
    for ax, (unit, items) in zip(axes, sections):
        growth = unit == ""
        left, right = _section_span(items, growth)
        for y, (row, assessment) in enumerate(items):
            _draw_row(ax, y, row, assessment, left, right, lang)
        _bullet_axes(ax, [_row_label(row, a, lang) for row, a in items], left, right, lang)
        label = words["axis_growth"] if growth else words["axis_level"].format(unit=unit_label(unit, lang))
        ax.set_xlabel(label.replace("$", r"\$"), fontsize=8)
    if failures:
        ax = axes[len(sections)]
        text = "\n".join(
            f"{words['failed']}: {_name(row.indicator, lang)} {f.period}: {f.target_in(lang)}: {f.message}"
            for row, f in failures
        )
        ax.text(0, 0.5, text.replace("$", r"\$"), va="center", fontsize=8, color=FAILURE_COLOUR, wrap=True)
        ax.set_axis_off()
    if not heights:
        axes[0].text(0.5, 0.5, words["no_targets"], ha="center", va="center")
        axes[0].set_axis_off()
    verdicts = {
        a.verdict: a.verdict_label(lang) for _, items in sections for _, a in items if a.actual is not None
    }
    reference = any(a.actual is None and _reference(row, a) is not None for _, items in sections for row, a in items)
    if sections:
        _legend(fig, verdicts, reference, lang)
    return fig


def _bullet_axes(ax: Any, labels: list[str], left: Any, right: Any, lang: str) -> None:
    """A bullet chart's axes: one labelled row per target from the top, the x range from
    ``left`` to ``right`` with numbers as ``lang`` writes them, a light vertical grid."""
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.set_ylim(len(labels) - 0.5, -0.6)
    ax.set_xlim(left, right)
    ax.xaxis.set_major_formatter(_tick_formatter(lang))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#eaeef2", zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _point_label(ax: Any, text: str, value: Any, y: float) -> None:
    """A figure's value written just above its point, on a white ground."""
    ax.annotate(
        text.replace("$", r"\$"),
        (value, y),
        xytext=(0, 8),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=7,
        color="#24292f",
        zorder=5,
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )


def _legend(fig: Any, verdicts: dict[str, str], reference: bool, lang: str) -> None:
    """The legend below a chart: the target's band, each verdict drawn (``verdicts``: name to
    label) as its coloured point and interval, the hollow point of a reference figure when
    ``reference``, and what an interval is."""
    words = _WORDS[lang]
    lines = require("matplotlib.lines", "a chart's legend")
    patches = require("matplotlib.patches", "a chart's legend")
    handles = [patches.Patch(color=BAND_COLOUR, label=words["band"])]
    handles += [
        lines.Line2D(
            [],
            [],
            marker="o",
            linestyle="-",
            linewidth=3,
            color=VERDICT_COLOURS.get(v, "#6e7781"),
            markeredgecolor="white",
            markersize=9,
            label=label,
        )
        for v, label in sorted(verdicts.items(), key=lambda item: list(VERDICT_COLOURS).index(item[0]))
    ]
    if reference:
        handles.append(
            lines.Line2D(
                [],
                [],
                marker="o",
                linestyle="-",
                linewidth=3,
                color="#6e7781",
                markerfacecolor="white",
                markersize=9,
                label=words["reference"],
            )
        )
    if verdicts:
        handles.append(lines.Line2D([], [], linewidth=3, color="#57606a", label=words["interval"]))
    fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 5), fontsize=8, frameon=False)


def _count(n: int, nouns: tuple[str, str]) -> str:
    """``n`` with its noun, singular or plural: ``1 region``, ``4 regions``."""
    return f"{n} {nouns[0] if n == 1 else nouns[1]}"


def _verdict_word(verdict: str | None, lang: str) -> str:
    """A verdict as a panel's table names it (``missed``), in words of ``lang`` (``không
    đạt``); ``None``, a target that could not be checked, as ``error``."""
    return _WORDS[lang]["error"] if verdict is None else _chiso._verdict_label(verdict, lang)


def _region_names(panel: Any, lang: str) -> dict[str, str]:
    """Each region's name in ``lang``, by id."""
    return {region: panel.report(region).region["name"][lang] for region in panel.regions}


def _indicator_names(panel: Any, lang: str) -> dict[str, str]:
    """Each indicator's name in ``lang``, by id."""
    pa = require("pyarrow", "a panel's summary")
    column = "name_vi" if lang == "vi" else "name_en"
    catalogue = pa.table(panel._core.indicators()).select(["id", column]).to_pylist()
    return {row["id"]: row[column] for row in catalogue}


def panel_html(panel: Any, lang: str | None = None) -> str:
    """A panel's summary in ``lang``: its size, then the count of verdicts by region and
    indicator (one column per verdict, "error" for a target that could not be checked) and of
    findings."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    assessed = panel.assess(to="arrow").select(["region", "indicator", "verdict"]).to_pylist()
    findings = panel.check(to="arrow").column("region").to_pylist()
    counts: dict[tuple[str, str], dict[str | None, int]] = {}
    verdicts: list[str | None] = []
    for row in assessed:
        verdict = row["verdict"]
        if verdict not in verdicts:
            verdicts.append(verdict)
        cell = counts.setdefault((row["region"], row["indicator"]), {})
        cell[verdict] = cell.get(verdict, 0) + 1
    order = [v for v in VERDICT_COLOURS if v in verdicts] + [v for v in verdicts if v not in VERDICT_COLOURS]
    header = [words["region"], words["indicator"]] + [_verdict_word(v, lang) for v in order]
    regions = _region_names(panel, lang)
    indicators = _indicator_names(panel, lang)
    rows = []
    for (region, indicator), cell in counts.items():
        rows.append(
            [
                f"{_text(regions.get(region, region))}<br><code>{_text(region)}</code>",
                f"{_text(indicators.get(indicator, indicator))}<br><code>{_text(indicator)}</code>",
            ]
            + [str(cell.get(v, "")) for v in order]
        )
    per_region: dict[str, int] = {}
    for region in findings:
        per_region[region] = per_region.get(region, 0) + 1
    nouns = _PANEL_NOUNS[lang]
    sizes = (len(panel.regions), len(panel), len(assessed), len(findings))
    title = words["panel_title"].format(
        **{
            key: _count(n, noun)
            for key, n, noun in zip(("regions", "observations", "targets", "findings"), sizes, nouns)
        }
    )
    found = ", ".join(f"{_text(r)}: {n}" for r, n in per_region.items())
    note = f'<p class="chiso-reason">{words["findings_by_region"]}: {found}</p>' if found else ""
    legend = "".join(
        f'<span class="chiso-verdict" style="background:{VERDICT_COLOURS.get(v or "", FAILURE_COLOUR)}">'
        f"{_text(_verdict_word(v, lang))}</span> "
        for v in order
    )
    return (
        f"<h4>{_text(title)}</h4>"
        + note
        + (f"<p>{legend}</p>" if order else "")
        + _table(header, rows, set(range(2, len(header))))
    )


def panel_plot(panel: Any, indicator: str, period: Any = None, lang: str | None = None) -> Any:
    """One bullet chart comparing the regions on ``indicator`` for one period, as
    :func:`scorecard_plot` draws a scorecard: a row per region's target with the band it
    requires, the region's actual as a point coloured by its verdict with the interval its
    printed figures allow, the verdict in words, and a legend; growth and level targets on
    axes of their own, kept within the indicator's natural limits. Without ``period``, the
    latest period with a target for the indicator. Every word is in ``lang``."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    plt = require("matplotlib.pyplot", "Panel.plot")

    from chiso._chiso import Period

    rows = [r for r in panel.assess(to="arrow").to_pylist() if r["indicator"] == indicator]
    if not rows:
        raise ValueError(f"indicator: the panel has no target for {indicator!r}")
    if period is None:
        period = str(max(Period(r["period"]) for r in rows))
    period = str(Period(str(period)))
    rows = [r for r in rows if r["period"] == period]
    if not rows:
        raise ValueError(f"period: the panel has no target for {indicator!r} in {period}")
    entry = panel.report(rows[0]["region"]).indicator(indicator)
    regions = _region_names(panel, lang)
    kinds = [k for k in ("growth", "level") if any(r["kind"] == k for r in rows)]
    height = 1.3 + 0.6 * len(rows) + 0.8 * len(kinds)
    fig, axes = plt.subplots(len(kinds), 1, figsize=(9.5, height), squeeze=False)
    drawn: dict[str, str] = {}
    for ax, kind in zip(axes[:, 0], kinds):
        growth = kind == "growth"
        limits = (-100.0, None) if growth else _natural_range(entry)
        drawn.update(_plot_regions(ax, [r for r in rows if r["kind"] == kind], regions, limits, lang))
        label = (
            words["axis_growth"] if growth else words["axis_level"].format(unit=unit_label(entry.unit, lang))
        )
        ax.set_xlabel(label.replace("$", r"\$"), fontsize=8)
    title = f"{_name(entry, lang)}, {period}"
    axes[0, 0].set_title(title.replace("$", r"\$"), fontsize=10, fontweight="bold")
    legend = 0.45 / height
    fig.tight_layout(rect=(0, legend, 0.9, 1))
    _legend(
        fig, dict(sorted(drawn.items(), key=lambda item: list(VERDICT_COLOURS).index(item[0]))), False, lang
    )
    return fig


def _plot_regions(
    ax: Any,
    rows: list[dict[str, Any]],
    regions: dict[str, str],
    limits: tuple[float | None, float | None],
    lang: str,
) -> dict[str, str]:
    """One axis of :func:`panel_plot`: a row per region's target. Gives the verdicts drawn
    with an actual, name to words, for the legend."""
    thresholds = [t for r in rows for t in (r["threshold"], r["threshold_upper"]) if t is not None]
    points = [
        float(v) for r in rows for v in (r["actual"], r["actual_low"], r["actual_high"]) if v is not None
    ]
    left, right = _span(thresholds, points, limits)
    drawn = {}
    for y, row in enumerate(rows):
        low, high = float(row["threshold"]), row["threshold_upper"]
        if high is not None:
            start, end = low, float(high)
        elif row["condition"].startswith(("at most", "less than")):
            start, end = left, low
        else:
            start, end = low, right
        ax.barh(y, end - start, left=start, height=0.5, color=BAND_COLOUR, edgecolor="none", zorder=1)
        edges = [float(t) for t in (row["threshold"], row["threshold_upper"]) if t is not None]
        ax.vlines(edges, y - 0.3, y + 0.3, color=BAND_EDGE, linewidth=1.5, zorder=2)
        verdict = row["verdict"]
        colour = FAILURE_COLOUR if verdict is None else VERDICT_COLOURS.get(verdict, "#6e7781")
        if row["actual"] is not None:
            value = float(row["actual"])
            lo = left if row["actual_low"] is None else float(row["actual_low"])
            hi = right if row["actual_high"] is None else float(row["actual_high"])
            ax.hlines(y, lo, hi, color=colour, linewidth=3, zorder=3)
            ax.plot([value], [y], "o", color=colour, markeredgecolor="white", markersize=9, zorder=4)
            unit = unit_label(row["actual_unit"], lang)
            actual = _plain(row["actual"])
            text = _chiso.format_rounded(actual, min(2, _places(actual)), lang) + (
                unit if unit == "%" else f" {unit}"
            )
            _point_label(ax, text, value, y)
            if verdict is not None:
                drawn[verdict] = _verdict_word(verdict, lang)
        ax.text(
            1.01,
            y,
            _verdict_word(verdict, lang),
            transform=ax.get_yaxis_transform(),
            va="center",
            fontsize=8,
            color=colour,
            fontweight="bold",
        )
    labels = [
        f"{regions.get(r['region'], r['region'])}\n"
        + _target_words(r, lang)
        for r in rows
    ]
    _bullet_axes(ax, [label.replace("$", r"\$") for label in labels], left, right, lang)
    return drawn


def growths_to_pandas(growths: Any, lang: str | None = None) -> Any:
    """A report's labelled growths as a DataFrame of Arrow-backed columns: text as strings,
    ``annualised`` and ``printed`` as booleans, ``growth`` and its interval's ends as exact Arrow
    decimals (``decimal128(38, s)``, ``s`` the most places of the column)."""
    pa = require("pyarrow", "Growths.to_pandas")
    pd = require("pandas", "Growths.to_pandas")
    lines = growths.lines(checked_lang(lang))
    arrays = {}
    for column in growths.COLUMNS:
        values = [line[column] for line in lines]
        if column in ("growth", "growth_low", "growth_high"):
            scale = max((_places(v) for v in values if v is not None), default=0)
            arrays[column] = pa.array(values, type=_exact_type(pa, values, scale))
        elif column in ("annualised", "printed"):
            arrays[column] = pa.array(values, type=pa.bool_())
        else:
            arrays[column] = pa.array(values, type=pa.string())
    return pa.table(arrays).to_pandas(types_mapper=pd.ArrowDtype)


_REVISION_WORDS = {
    "en": ("Indicator", "Period", "Earlier", "Later", "Revision", "Within rounding", "Verdicts"),
    "vi": ("Chỉ tiêu", "Kỳ", "Số trước", "Số sau", "Điều chỉnh", "Trong phạm vi làm tròn", "Đánh giá"),
}


def _vintage_text(vintage: Vintage, lang: str) -> str:
    parts = []
    if vintage.level is not None:
        parts.append(_quantity(vintage.level, lang))
    if vintage.growth is not None:
        parts.append(html.escape(f"{_chiso.format_decimal(vintage.growth, lang)}%"))
    if vintage.status is not None:
        parts.append(vintage.status)
    parts.append(str(vintage.as_of) if vintage.as_of is not None else "—")
    return ", ".join(parts)


def revisions_html(revisions: Revisions, lang: str | None = None) -> str:
    """The revisions as a table: each vintage's figures, status and date, the revision in level
    and in percentage points with its interval, whether the printed bounds overlap, and the
    verdicts it changes."""
    lang = checked_lang(lang)
    yes_no = {"en": ("yes", "no"), "vi": ("có", "không")}[lang]
    rows = []
    for r in revisions.rows:
        sizes = [_estimate(e, lang) for e in (r.level_pp or r.level, r.growth_pp) if e is not None]
        overlaps = [
            yes_no[0] if o else yes_no[1]
            for o in (r.level_bounds_overlap, r.growth_bounds_overlap)
            if o is not None
        ]
        changes = "; ".join(
            html.escape(
                f"{c['period']}: {_chiso._verdict_label(c['before'], lang)} → "
                f"{_chiso._verdict_label(c['after'], lang)}"
            )
            for c in r.verdict_changes
        )
        rows.append(
            [
                html.escape(r.indicator),
                str(r.period),
                _vintage_text(r.earlier, lang),
                _vintage_text(r.later, lang),
                "; ".join(sizes) or "—",
                "; ".join(overlaps) or "—",
                changes or "—",
            ]
        )
    return _table(list(_REVISION_WORDS[lang]), rows, numeric={4})


def revisions_to_pandas(revisions: Revisions) -> Any:
    """The revisions' flat records as a DataFrame of Arrow-backed columns: text as strings,
    flags as booleans, figures as exact Arrow decimals (the most places of each column)."""
    pd = require("pandas", "Revisions.to_pandas")
    pa = require("pyarrow", "Revisions.to_pandas")
    lines = revisions.lines()
    arrays = {}
    for column in revisions.COLUMNS:
        values = [line[column] for line in lines]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, bool) for v in present) or column.endswith("overlap"):
            arrays[column] = pa.array(values, type=pa.bool_())
        elif present and all(isinstance(v, Decimal) for v in present):
            scale = max(map(_places, present), default=0)
            arrays[column] = pa.array(values, type=_exact_type(pa, values, scale))
        else:
            arrays[column] = pa.array(values, type=pa.string())
    return pa.table(arrays).to_pandas(types_mapper=pd.ArrowDtype)
