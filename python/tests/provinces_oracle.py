"""What chiso must find on the 2024 provinces panel, computed exactly with `fractions`.

The panel is the three reports in `crates/chiso/data/provinces_2024/` (Đồng Nai, Hồ Chí Minh City
and the national totals) and the embedded Bình Dương report, in that order. This script reads
them as JSON and applies chiso's rules with exact rational arithmetic, independently of chiso:

- a printed figure allows an interval of true values: `as_printed` ± half a unit of its last
  printed digit (closed), `exact` the value alone, `more_than`/`less_than` open and unbounded on
  one side, `at_least`/`at_most` closed and unbounded, `about` ± max(5%, half a digit);
- a figure printed in another unit than its indicator's is rescaled exactly;
- of several rows for one region, indicator and period (vintages), the latest `as_of` wins (a
  missing one is oldest), ties going to the later row;
- a region's level of an indicator declared the national total of another (`national_total_of`)
  is its own, or where it prints none, the national region's level of the other;
- a consistency relation is a printed growth against the levels of its period and of the same
  period a year earlier, or an identity (difference, sum, share) against its inputs' levels;
  a relation is a finding when the implied interval and the reported one do not meet;
- a target's verdict judges every value its actual allows (met, exceeded beyond a range on the
  good side, missed, undetermined when they straddle it, pending without an actual, and
  not_assessable without one when the region ceased to exist before the period ended).

`python python/tests/provinces_oracle.py` prints the findings and verdicts;
`--write` stores them in `crates/chiso/tests/provinces_2024_expected.json`, which the Rust test
reads (the pytest module checks that the stored file equals what this script computes).
Fractions are written as "p/q" strings, an unbounded end as null.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "crates" / "chiso" / "data"
REPORTS = [
    DATA / "provinces_2024" / "dong_nai.json",
    DATA / "provinces_2024" / "ho_chi_minh_city.json",
    DATA / "provinces_2024" / "vietnam.json",
    DATA / "binh_duong_2024.json",
]
EXPECTED = ROOT / "crates" / "chiso" / "tests" / "provinces_2024_expected.json"

SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "quadrillion": 15}
ABOUT = Fraction(5, 100)


@dataclass(frozen=True)
class Interval:
    """The true values a figure allows: `None` for an unbounded end."""

    low: Fraction | None
    low_open: bool
    high: Fraction | None
    high_open: bool

    def scaled(self, factor: Fraction) -> Interval:
        assert factor > 0
        low = None if self.low is None else self.low * factor
        high = None if self.high is None else self.high * factor
        return Interval(low, self.low_open, high, self.high_open)

    def all_at_least(self, t: Fraction) -> bool:
        return self.low is not None and self.low >= t

    def all_more_than(self, t: Fraction) -> bool:
        return self.low is not None and (self.low > t or (self.low == t and self.low_open))

    def all_at_most(self, t: Fraction) -> bool:
        return self.high is not None and self.high <= t

    def all_less_than(self, t: Fraction) -> bool:
        return self.high is not None and (self.high < t or (self.high == t and self.high_open))

    def ends_before(self, other: Interval) -> bool:
        if self.high is None or other.low is None:
            return False
        if not self.high_open and not other.low_open:
            return self.high < other.low
        return self.high <= other.low

    def gap_to(self, other: Interval) -> Fraction | None:
        """The distance between two intervals that do not meet, else None."""
        if self.ends_before(other):
            below, above = self, other
        elif other.ends_before(self):
            below, above = other, self
        else:
            return None
        assert above.low is not None and below.high is not None
        return above.low - below.high


def printed(text: str) -> tuple[Fraction, int]:
    """A decimal as the JSON format writes it, and the exponent of its last printed digit."""
    digits = len(text.split(".")[1]) if "." in text else 0
    return Fraction(text), -digits


def interval_of(text: str, bound: str) -> Interval:
    v, e = printed(text)
    half = Fraction(1, 2) * Fraction(10) ** e
    if bound == "as_printed":
        return Interval(v - half, False, v + half, False)
    if bound == "exact":
        return Interval(v, False, v, False)
    if bound == "more_than":
        return Interval(v, True, None, True)
    if bound == "at_least":
        return Interval(v, False, None, True)
    if bound == "less_than":
        return Interval(None, True, v, True)
    if bound == "at_most":
        return Interval(None, True, v, False)
    if bound == "about":
        tolerance = max(abs(v) * ABOUT, half)
        return Interval(v - tolerance, False, v + tolerance, False)
    raise ValueError(f"unknown bound {bound!r}")


def unit_parts(unit: str) -> tuple[int, str]:
    """(power of ten, dimension) of a unit such as "billion USD"."""
    words = unit.split(" ", 1)
    if len(words) == 2 and words[0] in SCALES:
        return SCALES[words[0]], words[1]
    return 0, unit


def rescale(interval: Interval, from_unit: str, to_unit: str) -> Interval:
    (p, dim), (q, to_dim) = unit_parts(from_unit), unit_parts(to_unit)
    if dim != to_dim:
        raise ValueError(f"{from_unit} cannot be rescaled to {to_unit}")
    return interval.scaled(Fraction(10) ** (p - q))


def previous_year(period: str) -> str:
    year, _, rest = period.partition("-")
    return f"{int(year) - 1}" + (f"-{rest}" if rest else "")


@dataclass
class Region:
    id: str
    indicators: dict[str, dict[str, Any]]
    observations: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    ended: str | None = None


class Panel:
    def __init__(self, paths: list[Path]) -> None:
        self.regions: list[Region] = []
        for path in paths:
            doc = json.loads(path.read_text(encoding="utf-8"))
            region = Region(
                id=doc["region"]["id"],
                indicators={i["id"]: i for i in doc["indicators"]},
                observations=doc["observations"],
                targets=doc["targets"],
                ended=doc["region"].get("ended"),
            )
            for other in self.regions:
                for key, indicator in region.indicators.items():
                    if key in other.indicators and other.indicators[key] != indicator:
                        raise ValueError(f"{key} is defined differently in {region.id} and {other.id}")
            self.regions.append(region)
        self.by_id = {r.id: r for r in self.regions}
        self.catalogue = {k: v for r in self.regions for k, v in r.indicators.items()}

    def latest(self, region: Region, id: str, period: str, keep: Callable[[dict[str, Any]], bool]) -> Any:
        best = None
        for o in region.observations:
            if o["indicator"] != id or o["period"] != period or not keep(o):
                continue
            if best is None or (best.get("as_of") or "") <= (o.get("as_of") or ""):
                best = o
        return best

    def own_level(self, region: Region, id: str, period: str) -> tuple[Interval, Fraction] | None:
        """The region's own latest level in the indicator's unit: its interval and its point value."""
        indicator = self.catalogue[id]
        o = self.latest(region, id, period, lambda o: "value" in o)
        if o is None:
            return None
        unit = o.get("unit", indicator["unit"])
        factor = Fraction(10) ** (unit_parts(unit)[0] - unit_parts(indicator["unit"])[0])
        interval = rescale(interval_of(o["value"], o.get("bound", "as_printed")), unit, indicator["unit"])
        return interval, Fraction(o["value"]) * factor

    def level(self, region: Region, id: str, period: str) -> tuple[Interval, Fraction] | None:
        """The region's own level, else for a national total it does not print, the nation's."""
        if id not in self.catalogue:
            return None
        own = self.own_level(region, id, period)
        total_of = self.catalogue[id].get("national_total_of")
        national = self.by_id.get(region.id.split("-")[0])
        if own is not None or total_of is None or national is None or national is region:
            return own
        found = self.own_level(national, total_of, period)
        if found is None:
            return None
        factor = Fraction(10) ** (
            unit_parts(self.catalogue[total_of]["unit"])[0] - unit_parts(self.catalogue[id]["unit"])[0]
        )
        return found[0].scaled(factor), found[1] * factor

    def printed_growth(self, region: Region, id: str, period: str) -> tuple[Interval, Fraction] | None:
        o = self.latest(region, id, period, lambda o: "growth" in o)
        if o is None:
            return None
        return interval_of(o["growth"], o.get("growth_bound", "as_printed")), Fraction(o["growth"])


def growth_interval(now: Interval, before: Interval) -> Interval:
    """(now / before − 1) × 100 over every pair of values, for now ≥ 0 and before > 0."""
    if now.low is None or now.low < 0 or before.low is None or before.low <= 0:
        raise NotImplementedError("the oracle computes growth for a level ≥ 0 over a positive base only")
    if before.high is None:
        low: Fraction | None = Fraction(-100)
        low_open = now.low_open or now.low != 0
    else:
        low, low_open = (now.low / before.high - 1) * 100, now.low_open or before.high_open
    high = None if now.high is None else (now.high / before.low - 1) * 100
    return Interval(low, low_open, high, now.high_open or before.low_open)


def difference(a: Interval, b: Interval) -> Interval:
    low = None if a.low is None or b.high is None else a.low - b.high
    high = None if a.high is None or b.low is None else a.high - b.low
    return Interval(low, a.low_open or b.high_open, high, a.high_open or b.low_open)


def total(parts: list[Interval]) -> Interval:
    result = parts[0]
    for p in parts[1:]:
        low = None if result.low is None or p.low is None else result.low + p.low
        high = None if result.high is None or p.high is None else result.high + p.high
        result = Interval(low, result.low_open or p.low_open, high, result.high_open or p.high_open)
    return result


def share(part: Interval, whole: Interval) -> Interval:
    if part.low is None or part.low < 0 or whole.low is None or whole.low <= 0:
        raise NotImplementedError("the oracle computes a share of a part ≥ 0 in a positive whole only")
    low = Fraction(0) if whole.high is None else part.low / whole.high * 100
    high = None if part.high is None else part.high / whole.low * 100
    return Interval(low, part.low_open or whole.high_open, high, part.high_open or whole.low_open)


def consistency(panel: Panel) -> dict[str, Any]:
    """Every relation of every region: the findings, the count that agree, and the unchecked."""
    findings, agreeing = [], []
    for region in panel.regions:
        seen = set()
        for o in region.observations:
            key = (o["indicator"], o["period"])
            if key in seen:
                continue
            seen.add(key)
            id, period = key
            indicator = region.indicators[id]
            relations = []
            printed_growth = panel.printed_growth(region, id, period)
            now = panel.level(region, id, period)
            before = panel.level(region, id, previous_year(period))
            if printed_growth is not None and now is not None and before is not None:
                relations.append(("growth", [id], growth_interval(now[0], before[0]), printed_growth[0]))
            identity = indicator.get("identity")
            if identity is not None and now is not None:
                ((kind, inputs),) = identity.items()
                levels = [panel.level(region, i, period) for i in inputs]
                if all(level is not None for level in levels):
                    # The inputs in the indicator's unit (a share is in percent, from one unit).
                    ins = [
                        lv[0]
                        if kind == "share"
                        else rescale(lv[0], region.indicators[i]["unit"], indicator["unit"])
                        for i, lv in zip(inputs, levels)
                        if lv is not None
                    ]
                    if kind == "difference":
                        implied = difference(*ins)
                    elif kind == "sum":
                        implied = total(ins)
                    else:
                        implied = share(*ins)
                    relations.append(("identity", [id, *inputs], implied, now[0]))
            for kind, indicators, implied, reported in relations:
                gap = implied.gap_to(reported)
                row = {
                    "region": region.id,
                    "indicator": id,
                    "indicators": indicators,
                    "period": period,
                    "kind": kind,
                    "implied": implied,
                    "reported": reported,
                    "gap": gap,
                }
                (agreeing if gap is None else findings).append(row)
    return {"findings": findings, "agreeing": agreeing}


def judge(condition: dict[str, Any], actual: Interval, higher_is_better: bool) -> str:
    ((name, t),) = condition.items()
    if name == "between":
        low, high = Fraction(t[0]), Fraction(t[1])
        above, below = actual.all_more_than(high), actual.all_less_than(low)
        good, bad = (above, below) if higher_is_better else (below, above)
        reached = actual.all_at_least(low) if higher_is_better else actual.all_at_most(high)
        if good:
            return "exceeded"
        if bad:
            return "missed"
        return "met" if reached else "undetermined"
    t = Fraction(t)
    met, missed = {
        "at_least": (actual.all_at_least(t), actual.all_less_than(t)),
        "more_than": (actual.all_more_than(t), actual.all_at_most(t)),
        "at_most": (actual.all_at_most(t), actual.all_more_than(t)),
        "less_than": (actual.all_less_than(t), actual.all_at_least(t)),
    }[name]
    return "met" if met else "missed" if missed else "undetermined"


def thresholds(condition: dict[str, Any]) -> tuple[Fraction, Fraction | None]:
    ((name, t),) = condition.items()
    if name == "between":
        return Fraction(t[0]), Fraction(t[1])
    return Fraction(t), None


def verdicts(panel: Panel) -> list[dict[str, Any]]:
    """One row per target, regions in panel order and targets in each region's order."""
    rows = []
    for region in panel.regions:
        if any("YTD" in o["period"] for o in region.observations):
            raise NotImplementedError("the oracle does not track year-to-date figures")
        for target in region.targets:
            id, period, baseline = target["indicator"], target["period"], target.get("baseline")
            indicator = region.indicators[id]
            is_growth = "growth" in target
            condition = target["growth"] if is_growth else target["level"]
            low, high = thresholds(condition)
            base = panel.level(region, id, baseline) if baseline is not None else None
            if not is_growth:
                required: Fraction | None = low
            else:
                required = None if base is None else base[1] * (1 + low / 100)
            actual: tuple[Interval, Fraction] | None = None
            if is_growth:
                growth = panel.printed_growth(region, id, period)
                if growth is not None and baseline == previous_year(period):
                    actual = growth
                elif baseline is not None:
                    now = panel.level(region, id, period)
                    if now is not None and base is not None:
                        actual = growth_interval(now[0], base[0]), (now[1] / base[1] - 1) * 100
            else:
                actual = panel.level(region, id, period)
            row: dict[str, Any] = {
                "region": region.id,
                "indicator": id,
                "period": period,
                "verdict": "pending",
                "gap_pp": None,
                "required": required,
            }
            if actual is None and region.ended is not None:
                if not period.isdigit():
                    raise NotImplementedError("the oracle ends only yearly targets")
                # The year's last day is on or after the day the region ceased to exist.
                if f"{period}-12-31" >= region.ended:
                    row["verdict"] = "not_assessable"
            if actual is not None:
                row["verdict"] = judge(condition, actual[0], indicator["polarity"] == "higher_is_better")
                hinge = high if high is not None and actual[1] > high else low
                if is_growth or unit_parts(indicator["unit"])[1] == "percent":
                    row["gap_pp"] = actual[1] - hinge
            rows.append(row)
    return rows


def expected() -> dict[str, Any]:
    """The findings, agreeing relations and verdicts of the panel, as JSON-ready values."""
    panel = Panel(REPORTS)
    checked = consistency(panel)

    def frac(f: Fraction | None) -> str | None:
        return None if f is None else f"{f.numerator}/{f.denominator}"

    def iv(i: Interval) -> dict[str, Any]:
        return {"low": frac(i.low), "low_open": i.low_open, "high": frac(i.high), "high_open": i.high_open}

    def relation(r: dict[str, Any]) -> dict[str, Any]:
        return {
            "region": r["region"],
            "indicators": r["indicators"],
            "period": r["period"],
            "kind": r["kind"],
            "implied": iv(r["implied"]),
            "reported": iv(r["reported"]),
            "gap": frac(r["gap"]),
        }

    return {
        "reports": [str(p.relative_to(ROOT)) for p in REPORTS],
        "findings": [relation(r) for r in checked["findings"]],
        "agreeing": [relation(r) for r in checked["agreeing"]],
        "verdicts": [
            {**v, "gap_pp": frac(v["gap_pp"]), "required": frac(v["required"])} for v in verdicts(panel)
        ],
    }


def _show(f: str | None, places: int = 4) -> str:
    if f is None:
        return "—"
    value = Fraction(f)
    return f"{float(value):.{places}f}" if value.denominator != 1 else str(value)


def main(argv: list[str]) -> None:
    result = expected()
    if "--write" in argv:
        EXPECTED.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("findings: region | indicator | period | kind | implied | reported | gap")
    for r in result["findings"]:
        i, p = r["implied"], r["reported"]
        print(
            f"  {r['region']} | {r['indicators'][0]} | {r['period']} | {r['kind']} | "
            f"[{_show(i['low'])}, {_show(i['high'])}] | [{_show(p['low'])}, {_show(p['high'])}] | {_show(r['gap'])}"
        )
    print(f"agreeing: {len(result['agreeing'])}")
    for r in result["agreeing"]:
        print(f"  {r['region']} | {r['indicators'][0]} | {r['period']} | {r['kind']}")
    print("verdicts: region | indicator | period | verdict | gap_pp | required")
    for v in result["verdicts"]:
        print(
            f"  {v['region']} | {v['indicator']} | {v['period']} | {v['verdict']} | "
            f"{_show(v['gap_pp'])} | {_show(v['required'])}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
