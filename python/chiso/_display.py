"""How chiso's objects look in Jupyter, pandas and matplotlib.

Plain Python on purpose: the native classes call these helpers for ``_repr_html_``,
``Scorecard.to_pandas`` and ``Scorecard.plot``. Nothing here computes a figure or rounds one:
every number shown is formatted by the core (``Quantity.format``, ``Estimate.format``,
``format_rounded``), and every verdict comes from the core.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chiso._chiso import Assessment, Estimate, Quantity, Report, Scorecard

# Good news green, bad news red, "cannot tell" amber, "no figure yet" grey.
VERDICT_COLOURS = {
    "met": "#1a7f37",
    "exceeded": "#1a7f37",
    "on_track": "#1a7f37",
    "missed": "#cf222e",
    "off_track": "#cf222e",
    "undetermined": "#9a6700",
    "pending": "#6e7781",
}
# A target whose check failed: not a verdict, so outside the palette above.
FAILURE_COLOUR = "#8250df"
_FAILURE_LABEL = f'<span class="chiso-verdict" style="background:{FAILURE_COLOUR}">error</span>'

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


def _verdict(assessment: Assessment) -> str:
    colour = VERDICT_COLOURS.get(assessment.verdict, "#6e7781")
    label = html.escape(assessment.verdict_label("en"))
    return f'<span class="chiso-verdict" style="background:{colour}">{label}</span>'


def _quantity(quantity: Quantity | None) -> str:
    return "" if quantity is None else html.escape(quantity.format("en"))


def _estimate(estimate: Estimate | None) -> str:
    return "" if estimate is None else html.escape(estimate.format("en", 2))


def _table(header: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f'{_STYLE}<table class="chiso-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _target_text(assessment: Assessment) -> str:
    unit = "%" if assessment.kind == "growth" else ""
    return html.escape(f"{assessment.period} {assessment.kind} {assessment.condition}{unit}")


def _required_text(assessment: Assessment) -> str:
    if assessment.required_upper is not None:
        return f"{_estimate(assessment.required)} to<br>{_estimate(assessment.required_upper)}"
    return _estimate(assessment.required)


def assessment_html(assessment: Assessment) -> str:
    """One assessment as a small table: target, actual, required level, gap and verdict."""
    header = ["Indicator", "Target", "Actual", "Required level", "Gap (pp)", "Verdict"]
    actual = _estimate(assessment.actual)
    if assessment.actual_period is not None:
        actual = f"{actual} ({_text(assessment.actual_period)})"
    row = [
        _text(assessment.indicator),
        _target_text(assessment),
        actual,
        _required_text(assessment),
        _estimate(assessment.gap_pp),
        _verdict(assessment),
    ]
    reason = f'<p class="chiso-reason">{_text(assessment.reason)}</p>'
    return _table(header, [row], numeric={2, 3, 4}) + reason


def scorecard_html(scorecard: Scorecard) -> str:
    """The scorecard as a table: one line per target (or per indicator without one), each
    figure with its printed bound, derived figures with their intervals, verdicts coloured."""
    header = [
        "Indicator",
        "Period",
        "Value",
        "Growth",
        "Implied previous year",
        "Target",
        "Required level",
        "Verdict",
        "Why",
    ]
    rows = []
    for row in scorecard.rows:
        name = f"{_text(row.indicator.name_en)}<br><code>{_text(row.indicator.id)}</code>"
        figures = [
            name,
            _text(row.period),
            _quantity(row.value),
            _quantity(row.growth),
            _estimate(row.implied_previous) or _text(row.implied_previous_error),
        ]
        if not row.assessments and not row.failures:
            rows.append(figures + ["", "", "", ""])
        for assessment in row.assessments:
            rows.append(
                figures
                + [
                    _target_text(assessment),
                    _required_text(assessment),
                    _verdict(assessment),
                    f'<span class="chiso-reason">{_text(assessment.reason)}</span>',
                ]
            )
        for failure in row.failures:
            rows.append(
                figures
                + [
                    _text(f"{failure.period} {failure.target}"),
                    "",
                    _FAILURE_LABEL,
                    f'<span class="chiso-reason">{_text(failure)}</span>',
                ]
            )
    return _table(header, rows, numeric={2, 3, 4, 6})


def report_html(report: Report) -> str:
    """The report's metadata, then its scorecard."""
    region = report.region
    publisher = report.publisher
    source = report.source
    title = f"<h4>{_text(region['name']['en'])} ({_text(region['id'])}): {_text(publisher['en'])}</h4>"
    if source is not None:
        parts = [source.get("title"), source.get("outlet"), source.get("author"), source.get("published")]
        title += f'<p class="chiso-reason">Source: {_text(", ".join(p for p in parts if p))}</p>'
    counts = (
        f'<p class="chiso-reason">{len(report.indicators)} indicators, '
        f"{len(report.observations)} observations, {len(report.targets)} targets</p>"
    )
    return title + counts + scorecard_html(report.scorecard())


def scorecard_to_pandas(scorecard: Scorecard) -> Any:
    """The core's flat records as a DataFrame; decimals stay ``Decimal`` (object dtype)."""
    import pandas as pd  # type: ignore[import-untyped]  # no stubs needed at run time

    frame = pd.DataFrame(scorecard.lines(), columns=scorecard.COLUMNS, dtype=object)
    return frame


def _finite_ends(low: Any, high: Any, fallback: float) -> tuple[float, float, bool, bool]:
    """Interval ends as floats for drawing; an unbounded end is drawn at ``fallback``."""
    return (
        float(low) if low is not None else fallback,
        float(high) if high is not None else fallback,
        low is None,
        high is None,
    )


def scorecard_plot(scorecard: Scorecard, lang: str = "en") -> Any:
    """One panel per target: the target's range (band or one-sided threshold), the actual
    with the interval its printed bounds allow, coloured by verdict; for a target with no
    actual yet, the latest reported figure in grey for reference."""
    import matplotlib.pyplot as plt

    panels = [(row, a) for row in scorecard.rows for a in row.assessments]
    failures = [f for row in scorecard.rows for f in row.failures]
    count = len(panels) + len(failures)
    height = max(1.6, 1.25 * count)
    fig, axes = plt.subplots(count or 1, 1, figsize=(8, height), squeeze=False)
    for ax, (row, assessment) in zip(axes[:, 0], panels):
        _plot_target(ax, row, assessment, lang)
    # A target whose check failed gets a panel that says so instead of a chart.
    for ax, failure in zip(axes[len(panels) :, 0], failures):
        ax.text(0.5, 0.5, str(failure).replace("$", r"\$"), ha="center", va="center", fontsize=8, wrap=True)
        ax.set_axis_off()
    if not count:
        axes[0, 0].text(0.5, 0.5, "no targets", ha="center", va="center")
        axes[0, 0].set_axis_off()
    fig.tight_layout()
    return fig


def _plot_target(ax: Any, row: Any, assessment: Assessment, lang: str) -> None:
    low, high = assessment.thresholds
    name = row.indicator.name_vi if lang == "vi" else row.indicator.name_en
    unit = "%" if assessment.kind == "growth" else f" {row.indicator.unit}"
    colour = VERDICT_COLOURS.get(assessment.verdict, "#6e7781")
    actual = assessment.actual
    label = assessment.verdict_label(lang)
    if actual is None:
        reference = row.growth if assessment.kind == "growth" else row.value
        if reference is not None:
            interval = reference.interval()
            actual_value, ends = float(reference.value), (interval.low, interval.high)
            label = f"{label}; {row.period}: {reference.format(lang)}"
        else:
            actual_value, ends = None, (None, None)
    else:
        actual_value, ends = float(actual.value), (actual.low, actual.high)
    points = [float(low)] + ([float(high)] if high is not None else [])
    if actual_value is not None:
        points.append(actual_value)
        points.extend(float(e) for e in ends if e is not None)
    span = (max(points) - min(points)) or max(abs(max(points)), 1.0) * 0.02
    left, right = min(points) - 0.6 * span, max(points) + 0.6 * span
    if high is not None:
        ax.axvspan(float(low), float(high), color="#54aeff", alpha=0.3, label="target range")
    else:
        below = assessment.condition.startswith(("at most", "less than"))
        ax.axvspan(left if below else float(low), float(low) if below else right, color="#54aeff", alpha=0.3)
        ax.axvline(float(low), color="#0969da", linewidth=1)
    if actual_value is not None:
        grey = actual is None
        lo, hi, lo_open, hi_open = _finite_ends(ends[0], ends[1], actual_value)
        lo = left if lo_open else lo
        hi = right if hi_open else hi
        ax.hlines(0, lo, hi, color="#6e7781" if grey else colour, linewidth=3)
        ax.plot([actual_value], [0], "o", color="#6e7781" if grey else colour, markersize=7)
    ax.set_xlim(left, right)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    title = f"{name}: {assessment.period} {assessment.kind} {assessment.condition}{unit} — {label}"
    # Two "$" in a title (US$ … US$) would switch matplotlib into mathematical notation.
    ax.set_title(title.replace("$", r"\$"), fontsize=9)


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
    return title + note + (f"<p>{legend}</p>" if order else "") + _table(header, rows, set(range(2, len(header))))


def panel_plot(panel: Any, indicator: str, period: Any = None) -> Any:
    """One chart per kind of target (growth, level) comparing the regions on ``indicator`` for
    one period: each region's target (band or one-sided threshold), and its actual with the
    interval its printed bounds allow, coloured by verdict. Without ``period``, the latest
    period with a target for the indicator."""
    import matplotlib.pyplot as plt

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
    points = [float(v) for r in rows for v in (r["threshold"], r["threshold_upper"], r["actual"]) if v is not None]
    points += [float(v) for r in rows for v in (r["actual_low"], r["actual_high"]) if v is not None]
    span = (max(points) - min(points)) or max(abs(max(points)), 1.0) * 0.02
    left, right = min(points) - 0.3 * span, max(points) + 0.3 * span
    for y, row in enumerate(rows):
        low, high = float(row["threshold"]), row["threshold_upper"]
        if high is not None:
            ax.fill_betweenx([y - 0.35, y + 0.35], low, float(high), color="#54aeff", alpha=0.3)
        else:
            below = row["condition"].startswith(("at most", "less than"))
            ax.fill_betweenx([y - 0.35, y + 0.35], left if below else low, low if below else right, color="#54aeff", alpha=0.3)
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
