"""How chiso's objects look in Jupyter, pandas, polars and matplotlib, in English or Vietnamese.

Plain Python on purpose: the native classes call these helpers for ``_repr_html_``,
``Scorecard.to_html``, ``Scorecard.to_pandas``, ``Scorecard.to_polars`` and ``Scorecard.plot``.
Nothing here computes a figure: every number shown is formatted by the core
(``Quantity.format``, ``Estimate.format``, ``format_decimal``), every verdict and its words
come from the core. The one rounding done here is ``to_pandas(decimals=n)``, a display copy of
exact values, rounded so that an interval only widens.

The language of what Jupyter shows is ``chiso.options.lang`` (``"en"`` by default); ``to_html``
and ``plot`` take ``lang=`` for one call.
"""

from __future__ import annotations

import html
import textwrap
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, localcontext
from typing import TYPE_CHECKING, Any

from chiso import _chiso
from chiso._optional import require

if TYPE_CHECKING:
    from chiso._chiso import Assessment, Estimate, Indicator, Quantity, Report, Scorecard, ScorecardRow


class Options:
    """Display settings, as ``chiso.options``.

    ``lang``: the language (``"en"`` or ``"vi"``) of the tables Jupyter shows for a report, a
    scorecard or an assessment, and of ``Scorecard.to_html()`` and ``Scorecard.plot()`` called
    without ``lang=``. Any other value is refused with :class:`chiso.InvalidInputError`.

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
        "target_growth": "growth {condition}%",
        "target_level": "level {condition}{unit}",
        "at least": "at least",
        "more than": "more than",
        "at most": "at most",
        "less than": "less than",
        "title": "Targets and results",
        "axis_growth": "growth over the same period of the previous year (%)",
        "axis_level": "level ({unit})",
        "band": "required by the target",
        "interval": "interval the printed figures allow",
        "reference": "latest reported figure (not assessed)",
        "no_targets": "no targets",
        "failed": "could not be checked",
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
        "target_growth": "tăng {condition}% so với cùng kỳ",
        "target_level": "đạt {condition}{unit}",
        "at least": "ít nhất",
        "more than": "trên",
        "at most": "tối đa",
        "less than": "dưới",
        "title": "Mục tiêu và kết quả thực hiện",
        "axis_growth": "tăng so với cùng kỳ năm trước (%)",
        "axis_level": "mức ({unit})",
        "band": "mức mục tiêu đề ra",
        "interval": "khoảng giá trị theo số liệu công bố",
        "reference": "số liệu gần nhất (chưa đánh giá)",
        "no_targets": "không có mục tiêu",
        "failed": "không kiểm tra được",
    },
}

# Good news green, bad news red, "cannot tell" amber, "no figure yet" grey.
VERDICT_COLOURS = {
    "met": "#1a7f37",
    "exceeded": "#116329",
    "on_track": "#1a7f37",
    "missed": "#cf222e",
    "off_track": "#cf222e",
    "undetermined": "#9a6700",
    "pending": "#6e7781",
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


def _condition(assessment: Assessment, lang: str) -> str:
    """The target's condition in ``lang``: ``at least 9.7``, ``ít nhất 9,7``, ``13–14``."""
    low, high = assessment.thresholds
    if high is not None:
        return f"{_chiso.format_decimal(low, lang)}–{_chiso.format_decimal(high, lang)}"
    word = next(
        w for w in ("at least", "more than", "at most", "less than") if assessment.condition.startswith(w)
    )
    return f"{_WORDS[lang][word]} {_chiso.format_decimal(low, lang)}"


def target_text(assessment: Assessment, unit: str | None, lang: str) -> str:
    """A target in words: ``growth 13–14%``, ``level at least 99.99%``; in Vietnamese as the
    reports write it: ``tăng 13–14% so với cùng kỳ``, ``đạt ít nhất 99,99%``. A level target
    is written with ``unit``, the indicator's (none when ``None``)."""
    condition = _condition(assessment, lang)
    if assessment.kind == "growth":
        return _WORDS[lang]["target_growth"].format(condition=condition)
    low, high = assessment.thresholds
    label = "" if unit is None else unit_label(unit, lang, high if high is not None else low)
    return _WORDS[lang]["target_level"].format(
        condition=condition, unit=label if label in ("", "%") else f" {label}"
    )


def _required_text(assessment: Assessment, lang: str) -> str:
    if assessment.required_upper is not None:
        to = _WORDS[lang]["to"]
        return f"{_estimate(assessment.required, lang)} {to}<br>{_estimate(assessment.required_upper, lang)}"
    return _estimate(assessment.required, lang)


def _name(indicator: Indicator, lang: str) -> str:
    return indicator.name_vi if lang == "vi" else indicator.name_en


def assessment_html(assessment: Assessment, lang: str | None = None) -> str:
    """One assessment as a small table: target, actual, required level, gap and verdict."""
    lang = checked_lang(lang)
    words = _WORDS[lang]
    header = [words[k] for k in ("indicator", "target", "actual", "required", "gap_pp", "verdict")]
    actual = _estimate(assessment.actual, lang)
    if assessment.actual_period is not None:
        actual = f"{actual} ({_text(assessment.actual_period)})"
    figure = assessment.required or assessment.actual
    unit = None if figure is None else figure.unit
    row = [
        _text(assessment.indicator),
        html.escape(f"{assessment.period}: {target_text(assessment, unit, lang)}"),
        actual,
        _required_text(assessment, lang),
        _estimate(assessment.gap_pp, lang),
        _verdict(assessment, lang),
    ]
    reason = f'<p class="chiso-reason">{_text(assessment.reason_in(lang))}</p>'
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
        target = f"{assessment.period}: {target_text(assessment, row.indicator.unit, lang)}"
        rows.append(
            figures
            + [
                html.escape(target),
                _required_text(assessment, lang),
                _verdict(assessment, lang),
                f'<span class="chiso-reason">{_text(assessment.reason_in(lang))}</span>',
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
# in percentage points.
DECIMAL_COLUMNS = (
    "value",
    "growth",
    "implied_previous",
    "implied_previous_low",
    "implied_previous_high",
    "required",
    "required_upper",
    "gap_pp",
)
# How `decimals=` rounds each column: a low end down and a high end up, so that an interval
# only widens; any other figure to the nearest, ties to even.
_ROUNDING = {"implied_previous_low": ROUND_FLOOR, "implied_previous_high": ROUND_CEILING}


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # a Decimal from the core is finite
    return max(0, -exponent)


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
    points: list[float] = []
    steps: list[Decimal] = []
    for row, assessment in items:
        low, high = assessment.thresholds
        for threshold in (low, high):
            if threshold is not None:
                points.append(float(threshold))
                steps.append(Decimal(1).scaleb(-_places(threshold)))
        figure = assessment.actual or _reference(row, assessment)
        if figure is not None:
            points.append(float(figure.value))
            points.extend(e for e in _ends(figure) if e is not None)
    span = max(points) - min(points)
    # Room around the figures; at least two of the thresholds' last printed digit, so that a
    # lone threshold's band shows (99.99 → 0.02).
    pad = max(0.15 * span, 2 * float(min(steps)))
    left, right = min(points) - pad, max(points) + pad
    floor, ceiling = _section_limits(items, growth)
    return (left if floor is None else max(left, floor)), (right if ceiling is None else min(right, ceiling))


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
    target = target_text(assessment, row.indicator.unit, lang)
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
    lines = require("matplotlib.lines", "Scorecard.plot")
    patches = require("matplotlib.patches", "Scorecard.plot")
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
        ax.set_yticks(range(len(items)))
        ax.set_yticklabels([_row_label(row, a, lang) for row, a in items], fontsize=8)
        ax.set_ylim(len(items) - 0.5, -0.6)
        ax.set_xlim(left, right)
        ax.xaxis.set_major_formatter(_tick_formatter(lang))
        ax.tick_params(axis="x", labelsize=8)
        ax.grid(axis="x", color="#eaeef2", zorder=0)
        ax.set_axisbelow(True)
        label = words["axis_growth"] if growth else words["axis_level"].format(unit=unit_label(unit, lang))
        ax.set_xlabel(label.replace("$", r"\$"), fontsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
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
    if any(a.actual is None and _reference(row, a) is not None for _, items in sections for row, a in items):
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
    if sections:
        fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 5), fontsize=8, frameon=False)
    return fig


def panel_html(panel: Any) -> str:
    """A panel's summary: its size, then the count of verdicts by region and indicator (one
    column per verdict, "error" for a target that could not be checked) and of findings."""
    assessed = panel.assess(to="arrow").select(["region", "indicator", "verdict"]).to_pylist()
    findings = panel.check(to="arrow").column("region").to_pylist()
    counts: dict[tuple[str, str], dict[str, int]] = {}
    verdicts: list[str] = []
    for row in assessed:
        verdict = row["verdict"] or "error"
        if verdict not in verdicts:
            verdicts.append(verdict)
        cell = counts.setdefault((row["region"], row["indicator"]), {})
        cell[verdict] = cell.get(verdict, 0) + 1
    order = [v for v in VERDICT_COLOURS if v in verdicts] + [v for v in verdicts if v not in VERDICT_COLOURS]
    header = ["Region", "Indicator"] + order
    rows = []
    for (region, indicator), cell in counts.items():
        rows.append([_text(region), _text(indicator)] + [str(cell.get(v, "")) for v in order])
    per_region: dict[str, int] = {}
    for region in findings:
        per_region[region] = per_region.get(region, 0) + 1
    title = (
        f"<h4>chiso panel: {len(panel.regions)} regions, {len(panel)} observations, "
        f"{len(assessed)} targets, {len(findings)} findings</h4>"
    )
    found = ", ".join(f"{_text(r)}: {n}" for r, n in per_region.items())
    note = f'<p class="chiso-reason">Findings by region: {found}</p>' if found else ""
    legend = "".join(
        f'<span class="chiso-verdict" style="background:{VERDICT_COLOURS.get(v, FAILURE_COLOUR)}">{_text(v)}</span> '
        for v in order
    )
    return (
        title
        + note
        + (f"<p>{legend}</p>" if order else "")
        + _table(header, rows, set(range(2, len(header))))
    )


def panel_plot(panel: Any, indicator: str, period: Any = None) -> Any:
    """One chart per kind of target (growth, level) comparing the regions on ``indicator`` for
    one period: each region's target (band or one-sided threshold), and its actual with the
    interval its printed bounds allow, coloured by verdict. Without ``period``, the latest
    period with a target for the indicator."""
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
    kinds = [k for k in ("growth", "level") if any(r["kind"] == k for r in rows)]
    fig, axes = plt.subplots(
        len(kinds), 1, figsize=(8, 0.9 + 0.5 * len(rows) + 0.6 * len(kinds)), squeeze=False
    )
    for ax, kind in zip(axes[:, 0], kinds):
        _plot_regions(ax, [r for r in rows if r["kind"] == kind])
        unit = next(r["actual_unit"] for r in rows if r["kind"] == kind)
        title = f"{indicator} {period}: {kind} ({unit})"
        ax.set_title(title.replace("$", r"\$"), fontsize=9)
    fig.tight_layout()
    return fig


def _plot_regions(ax: Any, rows: list[dict[str, Any]]) -> None:
    points = [
        float(v) for r in rows for v in (r["threshold"], r["threshold_upper"], r["actual"]) if v is not None
    ]
    points += [float(v) for r in rows for v in (r["actual_low"], r["actual_high"]) if v is not None]
    span = (max(points) - min(points)) or max(abs(max(points)), 1.0) * 0.02
    left, right = min(points) - 0.3 * span, max(points) + 0.3 * span
    for y, row in enumerate(rows):
        low, high = float(row["threshold"]), row["threshold_upper"]
        if high is not None:
            ax.fill_betweenx([y - 0.35, y + 0.35], low, float(high), color="#54aeff", alpha=0.3)
        else:
            below = row["condition"].startswith(("at most", "less than"))
            ax.fill_betweenx(
                [y - 0.35, y + 0.35],
                left if below else low,
                low if below else right,
                color="#54aeff",
                alpha=0.3,
            )
            ax.vlines(low, y - 0.35, y + 0.35, color="#0969da", linewidth=1)
        colour = VERDICT_COLOURS.get(row["verdict"] or "", FAILURE_COLOUR)
        if row["actual"] is not None:
            value = float(row["actual"])
            lo = left if row["actual_low"] is None else float(row["actual_low"])
            hi = right if row["actual_high"] is None else float(row["actual_high"])
            ax.hlines(y, lo, hi, color=colour, linewidth=3)
            ax.plot([value], [y], "o", color=colour, markersize=7)
        else:
            ax.text(left, y, f" {row['verdict'] or 'error'}", va="center", fontsize=8, color=colour)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([r["region"] for r in rows], fontsize=8)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.set_xlim(left, right)
    ax.invert_yaxis()
