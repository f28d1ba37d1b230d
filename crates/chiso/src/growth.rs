//! Growth and the figures it relates: pure functions from figures to [`Estimate`]s.
//!
//! Each function but [`cagr`] computes its point value from the printed values exactly as
//! Python's `decimal` would with the formula in its documentation (28 significant digits,
//! half-even, rounded at each step); `cagr`'s point is the exact rate, correctly rounded. Each
//! end of an interval is the exact value at a corner of the inputs' intervals (or the limit
//! there), rounded once, outward (see `corners`), so the interval contains every value the
//! inputs allow and exceeds their exact range by less than a unit of its 28th digit, except
//! where it stretches to hold its own point, rounded at each step as Python rounds it.
//!
//! Growth rates go in and come out in percent: `11.4` is 11.4%.
//!
//! [`annualise`] compounds a period-on-period growth over a year, `100 × ((1 + g/100)^n − 1)`
//! with `n` periods a year, as the OECD's *Glossary of Statistical Terms* ("Annualised growth
//! rate", <https://stats.oecd.org/glossary/detail.asp?ID=7210>) and the BEA's *NIPA Handbook*
//! (chapter 2, "annual rate") define it. [`plan_ratios`] gives the three relative numbers of the
//! plan in Vietnamese statistics textbooks (*Giáo trình Lý thuyết Thống kê*, Đại học Kinh tế
//! Quốc dân, chương "Số tương đối"): the planned change k_nk = plan / base (*số tương đối nhiệm
//! vụ kế hoạch*), the plan completion k_tk = actual / plan (*số tương đối hoàn thành kế
//! hoạch*) and the dynamics t = actual / base = k_nk × k_tk (*số tương đối động thái*), each
//! in percent.

use rust_decimal::Decimal;

use crate::arith::root::CompoundRate;
use crate::arith::{self, Round};
use crate::corners::{sign, Coord, Corners, Limit};
use crate::error::{Error, Result};
use crate::estimate::{align, align_all, Estimate};
use crate::interval::{Endpoint, Interval};
use crate::plain::{Plain, Rate};
use crate::unit::{Dimension, Unit};

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// Growth of `current` over `previous`, in percent: `(current − previous) / previous × 100`.
///
/// # Errors
///
/// [`Error::Undefined`] when `previous` is zero or negative, or its interval reaches zero
/// (growth from a trade deficit to a surplus has no percentage);
/// [`Error::UnitMismatch`] when the two figures measure different things.
///
/// # Example
///
/// ```
/// use chiso::{growth, Reported};
///
/// let g = growth(&"397353".parse::<Reported>()?, &"351640".parse::<Reported>()?)?;
/// assert_eq!(g.value().round_dp(4).to_string(), "12.9999");
/// assert!(g.low().unwrap() < rust_decimal::Decimal::from(13));
///
/// let err = growth(&"10".parse::<Reported>()?, &"-3".parse::<Reported>()?).unwrap_err();
/// assert_eq!(err.kind(), "undefined");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn growth(current: impl Into<Estimate>, previous: impl Into<Estimate>) -> Result<Estimate> {
    let (current, previous) = (current.into(), previous.into());
    plain_rate(Rate::Growth, &current, &previous).unwrap_or_else(|| general_growth(&current, &previous))
}

/// [`growth`] for every input: units aligned, the interval from its corners.
fn general_growth(current: &Estimate, previous: &Estimate) -> Result<Estimate> {
    let (current, previous) = align(current, previous, "compare")?;
    require_positive(&previous, "growth", "the previous value", CHANGE_NEEDS_A_BASE)?;
    let value = growth_value(current.value(), previous.value())?;
    let interval = growth_interval(current.interval(), previous.interval())?;
    Ok(Estimate::derived(value, interval, Some(Unit::percent())))
}

/// A rate of two figures in one unit with closed, finite intervals, by the integer row kernel
/// (see `plain`), which a column's rows share: `None` for figures it does not take, which the
/// general path then computes, to the same decimals.
fn plain_rate(rate: Rate, x: &Estimate, w: &Estimate) -> Option<Result<Estimate>> {
    if x.unit() != w.unit() {
        return None;
    }
    let closed = |e: &Estimate| match (e.interval().low(), e.interval().high()) {
        (Endpoint::Closed(low), Endpoint::Closed(high)) => Some([low, e.value(), high]),
        _ => None,
    };
    let (xs, ws) = (closed(x)?, closed(w)?);
    // A low end of −0 sends `Corners` through every corner, whose ties may keep another scale.
    if xs[0].is_sign_negative() && xs[0].is_zero() {
        return None;
    }
    let scales = xs.iter().chain(&ws).map(|d| d.scale());
    let (finest, coarsest) = scales.fold((0, u32::MAX), |(hi, lo), s| (hi.max(s), lo.min(s)));
    // Within 7 places of each other the general path rounds each quotient in 128 bits and
    // trims an exact one as below; below 10^27 no subtraction on it rounds.
    if finest - coarsest > 7 {
        return None;
    }
    let at = |d: Decimal| {
        let m = d.mantissa().checked_mul(arith::POW10[(finest - d.scale()) as usize] as i128)?;
        (m.unsigned_abs() < arith::POW10[27]).then_some(m)
    };
    let plain = |[low, value, high]: [Decimal; 3]| Some(Plain { low: at(low)?, value: at(value)?, high: at(high)? });
    let row = rate.row(plain(xs)?, plain(ws)?, true)?;
    let [low, high] = row.ends?;
    // The scale an exact quotient keeps, as the general path's `mul_div` and `percent_change`
    // give it: the numerator's less the base's.
    let ideal = |x: Decimal, w: Decimal| match rate {
        Rate::Growth => x.scale().max(w.scale()) as i32 - w.scale() as i32,
        Rate::Share => x.scale() as i32 - w.scale() as i32,
    };
    let what = match rate {
        Rate::Growth => "growth",
        Rate::Share => "a share",
    };
    let estimate = || -> Result<Estimate> {
        let value = row.value.decimal(ideal(xs[1], ws[1]), what)?;
        let low = low.decimal(ideal(xs[0], ws[2]), what)?;
        let high = high.decimal(ideal(xs[2], ws[0]), what)?;
        let interval = Interval::new(Endpoint::Closed(low), Endpoint::Closed(high))?;
        Ok(Estimate::derived(value, interval, Some(Unit::percent())))
    };
    Some(estimate())
}

/// The point of [`growth`] from values in one unit, the previous one positive: the change
/// rounded to 28 digits, then times 100 over the base, rounded once, as Python computes it.
pub(crate) fn growth_value(current: Decimal, previous: Decimal) -> Result<Decimal> {
    let change = arith::sub(current, previous, "growth")?;
    arith::mul_div(change, HUNDRED, previous, Round::Nearest, "growth")
}

/// The interval of [`growth`] from intervals in one unit, the previous one positive throughout.
pub(crate) fn growth_interval(current: Interval, previous: Interval) -> Result<Interval> {
    let corners = Corners {
        value: |[c, p]: [Decimal; 2], mode| arith::percent_change(c, p, p, mode, "growth"),
        // Growth moves with the previous value unless the current one is zero (−100 always).
        moves: |[c, _]: [Decimal; 2], side| side == 0 || !c.is_zero(),
        // p > 0: growth tends to −100 as p grows (reached only from a closed zero c), and runs
        // off with c, or as p nears an open zero.
        limit: |[(c, c_open), (p, _)]: [(Coord, bool); 2]| match (c, p) {
            (Coord::Fin(c), Coord::PosInf) => Some(Limit::Value(-HUNDRED, c_open || !c.is_zero())),
            (c, Coord::Fin(p)) if p.is_zero() => Some(pole(c, c_open, -HUNDRED)),
            (Coord::Fin(_), Coord::Fin(_)) => None,
            (c, Coord::Fin(_)) => Some(Limit::Infinite(sign(c))),
            _ => Some(Limit::Indeterminate),
        },
        // With c ≥ 0 throughout, growth rises with c and falls with p.
        low_corner: |lows: [Decimal; 2], _| (!lows[0].is_sign_negative()).then_some([false, true]),
    };
    corners.interval([current, previous], "growth")
}

/// The previous value that `current` and its growth imply: `current / (1 + growth / 100)`.
///
/// # Errors
///
/// [`Error::Undefined`] when the growth allows a fall of 100% or more;
/// [`Error::UnitMismatch`] when `growth` is not in percent.
///
/// # Example
///
/// ```
/// use chiso::{implied_base, Quantity, Reported};
///
/// let electricity = Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
/// let base = implied_base(&electricity, &"11.4".parse::<Reported>()?)?;
/// assert_eq!(base.value().round_dp(2).to_string(), "15.21");
/// assert_eq!(base.unit().unwrap().to_string(), "billion kWh");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn implied_base(current: impl Into<Estimate>, growth: impl Into<Estimate>) -> Result<Estimate> {
    let current = current.into();
    let growth = growth.into();
    let growth_interval = growth.interval();
    let factor = growth_factor(growth, "an implied base")?;
    if !factor.interval().all_more_than(Decimal::ZERO) {
        return Err(Error::Undefined(format!(
            "an implied base is undefined for a growth of {}%: the growth allows a fall of 100% or more, \
             which leaves nothing to grow from",
            arith::mul(arith::sub(factor.value(), Decimal::ONE, "an implied base")?, HUNDRED, "an implied base")?
        )));
    }
    let value = arith::div(current.value(), factor.value(), "an implied base")?;
    let interval = implied_base_interval(current.interval(), growth_interval)?;
    Ok(Estimate::derived(value, interval, current.unit().cloned()))
}

/// The interval of [`implied_base`] from the current value's interval and the growth's, in
/// percent, whose factor is positive throughout.
pub(crate) fn implied_base_interval(current: Interval, growth: Interval) -> Result<Interval> {
    let corners = Corners {
        value: |[c, g]: [Decimal; 2], mode| arith::over_growth_factor(c, g, mode, "an implied base"),
        moves: |[c, _]: [Decimal; 2], side| side == 0 || !c.is_zero(),
        // The factor is positive: the base tends to 0 as g grows (reached only from a closed
        // zero c), and runs off with c, or as g nears an open −100.
        limit: |[(c, c_open), (g, _)]: [(Coord, bool); 2]| match (c, g) {
            (Coord::Fin(c), Coord::PosInf) => Some(Limit::Value(Decimal::ZERO, c_open || !c.is_zero())),
            (c, Coord::Fin(g)) if g == -HUNDRED => Some(pole(c, c_open, Decimal::ZERO)),
            (Coord::Fin(_), Coord::Fin(_)) => None,
            (c, Coord::Fin(_)) => Some(Limit::Infinite(sign(c))),
            _ => Some(Limit::Indeterminate),
        },
        // With c ≥ 0 throughout, the base rises with c and falls with the growth.
        low_corner: |lows: [Decimal; 2], _| (!lows[0].is_sign_negative()).then_some([false, true]),
    };
    corners.interval([current, growth], "an implied base")
}

/// The value `base` reaches after `growth`: `base × (1 + growth / 100)`.
///
/// # Errors
///
/// [`Error::UnitMismatch`] when `growth` is not in percent; [`Error::Overflow`].
///
/// # Example
///
/// ```
/// use chiso::{project, Bound, Quantity};
/// use rust_decimal::Decimal;
///
/// let retail = Quantity::from_reported("351640".parse()?, "billion VND".parse()?);
/// let low = project(&retail, Decimal::from(13))?;
/// assert_eq!(low.value(), Decimal::new(3973532, 1));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn project(base: impl Into<Estimate>, growth: impl Into<Estimate>) -> Result<Estimate> {
    let base = base.into();
    let growth = growth.into();
    let growth_interval = growth.interval();
    let factor = growth_factor(growth, "a projection")?;
    let value = arith::mul(base.value(), factor.value(), "a projection")?;
    let interval = project_interval(base.interval(), growth_interval)?;
    Ok(Estimate::derived(value, interval, base.unit().cloned()))
}

/// The interval of [`project`] from the base's interval and the growth's, in percent.
pub(crate) fn project_interval(base: Interval, growth: Interval) -> Result<Interval> {
    let corners = Corners {
        value: |[b, g]: [Decimal; 2], mode| arith::times_growth_factor(b, g, mode, "a projection"),
        // A projection moves with the base unless the factor is zero, with the growth unless
        // the base is.
        moves: |[b, g]: [Decimal; 2], side| if side == 0 { g != -HUNDRED } else { !b.is_zero() },
        // b × (1 + g/100) with b or g infinite: the sign of the product of the base and the
        // factor; zero where the finite one is a closed zero; ∞ · 0 where it is an open one.
        limit: |[(b, b_open), (g, g_open)]: [(Coord, bool); 2]| {
            let (factor, factor_open) = match g {
                Coord::Fin(g) => (g.cmp(&-HUNDRED) as i8, g_open),
                infinite => (sign(infinite), false),
            };
            let infinite = matches!(b, Coord::NegInf | Coord::PosInf) || matches!(g, Coord::NegInf | Coord::PosInf);
            match (infinite, sign(b) * factor) {
                (false, _) => None,
                (true, 0) if (sign(b) == 0 && b_open) || (factor == 0 && factor_open) => Some(Limit::Indeterminate),
                (true, 0) => Some(Limit::Value(Decimal::ZERO, false)),
                (true, product) => Some(Limit::Infinite(product)),
            }
        },
        // With b ≥ 0 and a positive factor throughout, the projection rises with both.
        low_corner: |lows: [Decimal; 2], _| {
            (!lows[0].is_sign_negative() && lows[1] > -HUNDRED).then_some([false, false])
        },
    };
    corners.interval([base, growth], "a projection")
}

/// The longest span compound growth is taken over: each year raises the exact check of the
/// root to one more power.
pub const MAX_YEARS: u32 = 1000;

/// Compound annual growth from `start` to `end` over `years`, in percent:
/// `((end / start) ^ (1 / years) − 1) × 100`.
///
/// The point value is the exact rate of the printed values, correctly rounded to 28
/// significant digits (half-even); Python's `decimal` expression, which rounds `end / start`,
/// `1 / years` and the root on the way, agrees with it to within 10^-24. The root is
/// approximated by Newton's method and every result is then checked exactly, with big
/// integers: an interval end `g` is kept only if `(1 + g/100)^years` lies on its side of the
/// inputs' ratio, so the interval holds the exact rates of every value the inputs allow.
///
/// # Errors
///
/// [`Error::InvalidInput`] for a number of years outside 1 to [`MAX_YEARS`];
/// [`Error::Undefined`] when either figure allows zero or a negative value;
/// [`Error::UnitMismatch`]; [`Error::Overflow`] for a rate beyond a decimal's range.
///
/// # Example
///
/// ```
/// use chiso::{cagr, Reported};
///
/// let g = cagr(&"100".parse::<Reported>()?, &"121".parse::<Reported>()?, 2)?;
/// assert_eq!(g.value().round_dp(10).to_string(), "10.0000000000");
///
/// // 1 to 1000 over 999 years, exactly: 0.69386…% a year.
/// let exact = |v: i64| Reported::exact(rust_decimal::Decimal::from(v));
/// let slow = cagr(exact(1), exact(1000), 999)?;
/// assert_eq!(slow.value().round_dp(6).to_string(), "0.693863");
/// assert!(slow.interval().contains(slow.value()));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn cagr(start: impl Into<Estimate>, end: impl Into<Estimate>, years: u32) -> Result<Estimate> {
    if !(1..=MAX_YEARS).contains(&years) {
        return Err(Error::invalid(
            "number of years",
            years.to_string(),
            format!("compound growth is taken over 1 to {MAX_YEARS} years"),
        ));
    }
    let (start, end) = align(&start.into(), &end.into(), "compare")?;
    require_positive(&start, "compound growth", "the start value", CHANGE_NEEDS_A_BASE)?;
    require_positive(
        &end,
        "compound growth",
        "the end value",
        "compound growth needs a positive end as well as a positive start",
    )?;
    let point = CompoundRate::new(end.value(), start.value(), years, "compound growth")?;
    let value = point.percent(Round::Nearest)?;
    let (start_interval, end_interval) = (start.interval(), end.interval());
    // The rate rises with the end value and falls with the start value.
    let rate_end = |end_end: Endpoint, start_end: Endpoint, mode: Round| -> Result<Endpoint> {
        let open = end_end.is_open() || start_end.is_open();
        let (e, s) = match (end_end.value(), start_end.value()) {
            (Some(e), Some(s)) => (e, s),
            // The end value unbounded above, or the start value below, lets the rate grow
            // without bound; the start value unbounded above lets it tend to −100%.
            _ if mode == Round::Up => return Ok(Endpoint::Unbounded),
            _ => return Ok(Endpoint::Open(-HUNDRED)),
        };
        if e.is_zero() {
            // An end value open at zero: the rate tends to −100% without reaching it.
            return Ok(Endpoint::Open(-HUNDRED));
        }
        if s.is_zero() {
            return Ok(Endpoint::Unbounded);
        }
        let rate = if (e, s) == (end.value(), start.value()) {
            point.percent(mode)?
        } else {
            CompoundRate::new(e, s, years, "compound growth")?.percent(mode)?
        };
        Ok(if open { Endpoint::Open(rate) } else { Endpoint::Closed(rate) })
    };
    let interval = Interval::new(
        rate_end(end_interval.low(), start_interval.high(), Round::Down)?,
        rate_end(end_interval.high(), start_interval.low(), Round::Up)?,
    )?;
    Ok(Estimate::derived(value, interval, Some(Unit::percent())))
}

/// The change between two rates, in percentage points: `now − before`.
///
/// # Errors
///
/// [`Error::UnitMismatch`] when either figure has a unit other than percent.
///
/// # Example
///
/// ```
/// use chiso::{change_pp, Reported};
///
/// let pp = change_pp(&"9.7".parse::<Reported>()?, &"7.6".parse::<Reported>()?)?;
/// assert_eq!(pp.value().to_string(), "2.1");
/// assert_eq!(pp.unit().unwrap().to_string(), "percentage points");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn change_pp(now: impl Into<Estimate>, before: impl Into<Estimate>) -> Result<Estimate> {
    let now = percent(now.into(), "a change in percentage points")?;
    let before = percent(before.into(), "a change in percentage points")?;
    let value = arith::sub(now.value(), before.value(), "a change in percentage points")?;
    let interval = change_pp_interval(now.interval(), before.interval())?;
    Ok(Estimate::derived(value, interval, Some(Unit::percentage_points())))
}

/// The interval of [`change_pp`]: every difference the two rates allow.
pub(crate) fn change_pp_interval(now: Interval, before: Interval) -> Result<Interval> {
    now.checked_sub(&before)
}

/// The share of `whole` that `part` is, in percent: `part / whole × 100`.
///
/// # Errors
///
/// [`Error::Undefined`] when `whole` allows zero or a negative value;
/// [`Error::UnitMismatch`] when the two measure different things.
///
/// # Example
///
/// ```
/// use chiso::{share, Quantity};
///
/// let part = Quantity::from_reported("40".parse()?, "billion USD".parse()?);
/// let whole = Quantity::from_reported("400".parse()?, "billion USD".parse()?);
/// assert_eq!(share(&part, &whole)?.value().to_string(), "10");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn share(part: impl Into<Estimate>, whole: impl Into<Estimate>) -> Result<Estimate> {
    let (part, whole) = (part.into(), whole.into());
    plain_rate(Rate::Share, &part, &whole).unwrap_or_else(|| general_share(&part, &whole))
}

/// [`share`] for every input: units aligned, the interval from its corners.
fn general_share(part: &Estimate, whole: &Estimate) -> Result<Estimate> {
    let (part, whole) = align(part, whole, "compare")?;
    require_positive(&whole, "a share", "the whole", "a share is a part of a positive whole")?;
    let value = share_value(part.value(), whole.value())?;
    let interval = share_interval(part.interval(), whole.interval())?;
    Ok(Estimate::derived(value, interval, Some(Unit::percent())))
}

/// The point of [`share`] from values in one unit, the whole positive: `part × 100 / whole`,
/// rounded once.
pub(crate) fn share_value(part: Decimal, whole: Decimal) -> Result<Decimal> {
    arith::mul_div(part, HUNDRED, whole, Round::Nearest, "a share")
}

/// The interval of [`share`] from intervals in one unit, the whole positive throughout.
pub(crate) fn share_interval(part: Interval, whole: Interval) -> Result<Interval> {
    let corners = Corners {
        value: |[x, w]: [Decimal; 2], mode| arith::mul_div(x, HUNDRED, w, mode, "a share"),
        moves: |[x, _]: [Decimal; 2], side| side == 0 || !x.is_zero(),
        // w > 0: the share tends to 0 as the whole grows (reached only from a closed zero
        // part), and runs off with the part, or as the whole nears an open zero.
        limit: |[(x, x_open), (w, _)]: [(Coord, bool); 2]| match (x, w) {
            (Coord::Fin(x), Coord::PosInf) => Some(Limit::Value(Decimal::ZERO, x_open || !x.is_zero())),
            (x, Coord::Fin(w)) if w.is_zero() => Some(pole(x, x_open, Decimal::ZERO)),
            (Coord::Fin(_), Coord::Fin(_)) => None,
            (x, Coord::Fin(_)) => Some(Limit::Infinite(sign(x))),
            _ => Some(Limit::Indeterminate),
        },
        low_corner: |lows: [Decimal; 2], _| (!lows[0].is_sign_negative()).then_some([false, true]),
    };
    corners.interval([part, whole], "a share")
}

/// How many percentage points a part added to its whole's growth:
/// `(part_now − part_before) / whole_before × 100`.
///
/// # Errors
///
/// [`Error::Undefined`] when `whole_before` allows zero or a negative value;
/// [`Error::UnitMismatch`] when the three measure different things.
///
/// # Example
///
/// ```
/// use chiso::{contribution, Reported};
///
/// let pp = contribution(&"60".parse::<Reported>()?, &"50".parse::<Reported>()?, &"200".parse::<Reported>()?)?;
/// assert_eq!(pp.value().to_string(), "5");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn contribution(
    part_now: impl Into<Estimate>,
    part_before: impl Into<Estimate>,
    whole_before: impl Into<Estimate>,
) -> Result<Estimate> {
    let [now, before, whole] = align_all([&part_now.into(), &part_before.into(), &whole_before.into()], "compare")?;
    require_positive(&whole, "a contribution to growth", "the whole", CHANGE_NEEDS_A_BASE)?;
    let change = arith::sub(now.value(), before.value(), "a contribution to growth")?;
    let value = arith::mul_div(change, HUNDRED, whole.value(), Round::Nearest, "a contribution")?;
    let interval = contribution_interval(now.interval(), before.interval(), whole.interval())?;
    Ok(Estimate::derived(value, interval, Some(Unit::percentage_points())))
}

/// The interval of [`contribution`] from intervals in one unit, the whole positive throughout.
pub(crate) fn contribution_interval(
    part_now: Interval,
    part_before: Interval,
    whole_before: Interval,
) -> Result<Interval> {
    let corners = Corners {
        value: |[n, b, w]: [Decimal; 3], mode| arith::percent_change(n, b, w, mode, "a contribution"),
        moves: |[n, b, _]: [Decimal; 3], side| side < 2 || n != b,
        // w > 0: the contribution tends to 0 as the whole grows (reached only from a closed
        // tie of the parts), and runs off with either part, or as the whole nears an open zero.
        limit: |[(n, n_open), (b, b_open), (w, _)]: [(Coord, bool); 3]| {
            // The sign of the change n − b, and whether a tie is only approached.
            let change = match (n, b) {
                (Coord::Fin(n), Coord::Fin(b)) => Some((n.cmp(&b) as i8, n_open || b_open)),
                (Coord::Fin(_), b) => Some((-sign(b), false)),
                (n, Coord::Fin(_)) => Some((sign(n), false)),
                _ => None,
            };
            let parts_finite = matches!((n, b), (Coord::Fin(_), Coord::Fin(_)));
            match (change, w) {
                (None, _) => Some(Limit::Indeterminate),
                (Some((change, open)), Coord::PosInf) if parts_finite => {
                    Some(Limit::Value(Decimal::ZERO, change != 0 || open))
                }
                (Some(_), Coord::PosInf) => Some(Limit::Indeterminate),
                (Some((0, open)), Coord::Fin(w)) if w.is_zero() => Some(Limit::Value(Decimal::ZERO, open)),
                (Some((change, _)), Coord::Fin(w)) if w.is_zero() => Some(Limit::Infinite(change)),
                (Some(_), _) if parts_finite => None,
                (Some((change, _)), _) => Some(Limit::Infinite(change)),
            }
        },
        // A change of one sign throughout is smallest at the low part now, the high part
        // before, and the whole that makes its size largest (rise) or smallest (fall).
        low_corner: |lows: [Decimal; 3], highs: [Decimal; 3]| {
            if lows[0] >= highs[1] {
                Some([false, true, true])
            } else if highs[0] <= lows[1] {
                Some([false, true, false])
            } else {
                None
            }
        },
    };
    corners.interval([part_now, part_before, whole_before], "a contribution")
}

/// The most periods a year [`annualise`] compounds over: a day's growth, 366 in a leap year.
pub const MAX_PERIODS_PER_YEAR: u32 = 366;

/// A period-on-period growth compounded over a year, in percent:
/// `100 × ((1 + growth/100)^periods_per_year − 1)`; 4 for a quarter, 12 for a month.
///
/// The point value is the exact power of the printed growth, correctly rounded to 28
/// significant digits; each end of the interval is the exact power of the growth's end, rounded
/// outward (the power rises with the growth, which is at least −100%).
///
/// # Errors
///
/// [`Error::InvalidInput`] for `periods_per_year` outside 1 to [`MAX_PERIODS_PER_YEAR`];
/// [`Error::Undefined`] when the growth may be below −100% (a level below zero);
/// [`Error::UnitMismatch`] for a growth not in percent; [`Error::Overflow`] beyond a
/// decimal's range.
///
/// # Example
///
/// ```
/// use chiso::{annualise, Reported};
///
/// // 1% quarter on quarter is 4.060401% at an annual rate: 1.01^4 = 1.04060401.
/// let g = annualise(Reported::exact("1".parse()?), 4)?;
/// assert_eq!(g.value().to_string(), "4.06040100");
/// // A printed 1.0 allows 0.95 to 1.05, so 3.8532…% to 4.2672…%.
/// let printed = annualise("1.0".parse::<Reported>()?, 4)?;
/// assert!(printed.low().unwrap() < "3.86".parse()? && printed.high().unwrap() > "4.26".parse()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn annualise(growth: impl Into<Estimate>, periods_per_year: u32) -> Result<Estimate> {
    const WHAT: &str = "an annualised growth";
    if !(1..=MAX_PERIODS_PER_YEAR).contains(&periods_per_year) {
        return Err(Error::invalid(
            "periods per year",
            periods_per_year.to_string(),
            format!("a growth is annualised over 1 to {MAX_PERIODS_PER_YEAR} periods a year (4 for quarters, 12 for months)"),
        ));
    }
    let growth = percent(growth.into(), WHAT)?;
    if !growth.interval().all_at_least(-HUNDRED) {
        return Err(Error::Undefined(format!(
            "{WHAT} is undefined when the growth may be below −100% (a level below zero): its printed bounds allow {}",
            growth.interval()
        )));
    }
    let power = |g: Decimal, mode: Round| arith::compound_percent(g, periods_per_year, mode, WHAT);
    let end = |endpoint: Endpoint, mode: Round| -> Result<Endpoint> {
        Ok(match endpoint {
            Endpoint::Closed(g) => Endpoint::Closed(power(g, mode)?),
            Endpoint::Open(g) => Endpoint::Open(power(g, mode)?),
            Endpoint::Unbounded => Endpoint::Unbounded,
        })
    };
    let interval = growth.interval();
    let interval = Interval::new(end(interval.low(), Round::Down)?, end(interval.high(), Round::Up)?)?;
    Ok(Estimate::derived(power(growth.value(), Round::Nearest)?, interval, Some(Unit::percent())))
}

/// The three relative numbers of a plan, in percent (see the module's documentation): what
/// [`plan_ratios`] gives.
///
/// # Example
///
/// See [`plan_ratios`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlanRatios {
    planned: Estimate,
    completion: Estimate,
    dynamics: Estimate,
}

impl PlanRatios {
    /// k_nk = plan / base × 100 (*số tương đối nhiệm vụ kế hoạch*): the change planned.
    ///
    /// # Example
    ///
    /// See [`plan_ratios`].
    pub fn planned(&self) -> &Estimate {
        &self.planned
    }

    /// k_tk = actual / plan × 100 (*số tương đối hoàn thành kế hoạch*): the share of the plan
    /// achieved.
    ///
    /// # Example
    ///
    /// See [`plan_ratios`].
    pub fn completion(&self) -> &Estimate {
        &self.completion
    }

    /// t = actual / base × 100 (*số tương đối động thái*) = k_nk × k_tk / 100: the change
    /// achieved.
    ///
    /// # Example
    ///
    /// See [`plan_ratios`].
    pub fn dynamics(&self) -> &Estimate {
        &self.dynamics
    }
}

/// The relative numbers of a plan from the base period's level, the plan for the period and
/// the actual level, each in percent with the interval the printed figures allow.
///
/// # Errors
///
/// [`Error::Undefined`] when the base or the plan may be zero or negative;
/// [`Error::UnitMismatch`] when the three figures measure different things.
///
/// # Example
///
/// ```
/// use chiso::{plan_ratios, Reported};
///
/// let exact = |v: i64| Reported::exact(v.into());
/// let ratios = plan_ratios(exact(600), exact(660), exact(700))?;
/// assert_eq!(ratios.planned().value().to_string(), "110");
/// assert_eq!(ratios.completion().value().round_dp(4).to_string(), "106.0606");
/// assert_eq!(ratios.dynamics().value().round_dp(4).to_string(), "116.6667");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn plan_ratios(
    base: impl Into<Estimate>,
    plan: impl Into<Estimate>,
    actual: impl Into<Estimate>,
) -> Result<PlanRatios> {
    let [base, plan, actual] = align_all([&base.into(), &plan.into(), &actual.into()], "compare")?;
    require_positive(&base, "a plan ratio", "the base", "the plan and the actual are compared with a positive base")?;
    require_positive(&plan, "the plan completion", "the plan", "the actual is compared with a positive plan")?;
    Ok(PlanRatios {
        planned: share(&plan, &base)?,
        completion: share(&actual, &plan)?,
        dynamics: share(&actual, &base)?,
    })
}

/// The plan a figure and its plan completion imply: `actual / completion × 100` (`đạt 105% kế
/// hoạch` of 700 implies a plan of 666.67), in the figure's unit.
///
/// # Errors
///
/// [`Error::Undefined`] when the completion may be zero or negative;
/// [`Error::UnitMismatch`] for a completion not in percent.
///
/// # Example
///
/// ```
/// use chiso::{implied_plan, Reported};
///
/// let plan = implied_plan(Reported::exact(700.into()), Reported::exact(105.into()))?;
/// assert_eq!(plan.value().round_dp(2).to_string(), "666.67");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn implied_plan(actual: impl Into<Estimate>, completion: impl Into<Estimate>) -> Result<Estimate> {
    let completion = percent(completion.into(), "a plan completion")?;
    require_positive(&completion, "the implied plan", "the plan completion", "a plan is achieved in a positive share")?;
    let change = Estimate::derived(
        arith::sub(completion.value(), HUNDRED, "a plan completion")?,
        completion.interval().checked_sub(&Interval::point(HUNDRED))?,
        completion.unit().cloned(),
    );
    implied_base(actual, change)
}

/// `1 + growth / 100`, computed as Python's `decimal` writes it so that results keep the same
/// digits (`351640 × 1.14` is `400869.60`).
fn growth_factor(growth: Estimate, what: &'static str) -> Result<Estimate> {
    let growth = percent(growth, what)?;
    let value = arith::one_plus_percent(growth.value(), Round::Nearest, what)?;
    let interval = growth
        .interval()
        .checked_mul(&Interval::point(Decimal::new(1, 2)))?
        .checked_add(&Interval::point(Decimal::ONE))?;
    Ok(Estimate::derived(value, interval, None))
}

/// Checks that a growth rate is a plain number or in percent.
fn percent(rate: Estimate, what: &'static str) -> Result<Estimate> {
    match rate.unit().map(Unit::dimension) {
        None | Some(Dimension::Percent) => Ok(rate),
        Some(_) => Err(Error::UnitMismatch {
            operation: "compute",
            left: what.to_string(),
            right: rate.unit().map(Unit::to_string).unwrap_or_default(),
            why: "a growth rate or a rate is given in percent".to_string(),
        }),
    }
}

/// The limit of `x / d` as a positive divisor `d` nears an open zero, plus `offset`: it runs off
/// with the sign of `x`, and is `offset` throughout where `x` is zero (reached when that zero
/// is a closed end).
fn pole(x: Coord, x_open: bool, offset: Decimal) -> Limit {
    match sign(x) {
        0 => Limit::Value(offset, x_open),
        sign => Limit::Infinite(sign),
    }
}

const CHANGE_NEEDS_A_BASE: &str =
    "a percentage change needs a positive base (a balance that turns from deficit to surplus has none)";

/// Checks that the figure a percentage is taken of is positive throughout; `why` says what a
/// zero or negative one would mean.
fn require_positive(base: &Estimate, what: &str, role: &str, why: &str) -> Result<()> {
    if base.value().is_sign_negative() || base.value().is_zero() {
        return Err(Error::Undefined(format!("{what} is undefined when {role} is {}: {why}", base.value())));
    }
    if !base.interval().all_more_than(Decimal::ZERO) {
        return Err(Error::Undefined(format!(
            "{what} is undefined when {role} may be zero or negative: its printed bounds allow {}",
            base.interval()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{parse_decimal, Bound, Reported};

    fn r(text: &str) -> Reported {
        Reported::as_printed(parse_decimal(text).unwrap())
    }

    #[test]
    fn a_deficit_turning_to_surplus_has_no_growth() {
        let err = growth(r("10"), r("-3")).unwrap_err();
        assert!(err.to_string().contains("positive base"), "{err}");
        assert_eq!(growth(r("10"), r("0")).unwrap_err().kind(), "undefined");
        let less_than = Reported::new(parse_decimal("5").unwrap(), Bound::LessThan);
        assert!(growth(r("10"), less_than).unwrap_err().to_string().contains("may be zero"));
    }

    #[test]
    fn growth_rates_must_be_percent() {
        let vnd = crate::quantity::Quantity::from_reported(r("5"), "billion VND".parse().unwrap());
        assert_eq!(project(r("100"), &vnd).unwrap_err().kind(), "unit_mismatch");
        assert_eq!(implied_base(r("100"), r("-100")).unwrap_err().kind(), "undefined");
    }

    #[test]
    fn a_plain_number_beside_a_unit_is_refused() {
        let kwh = crate::quantity::Quantity::from_reported(r("16.94"), "billion kWh".parse().unwrap());
        assert_eq!(growth(&kwh, r("15")).unwrap_err().kind(), "unit_mismatch");
    }

    #[test]
    fn scales_are_aligned_before_comparing() {
        let now = crate::quantity::Quantity::from_reported(r("16.94"), "billion kWh".parse().unwrap());
        let before = crate::quantity::Quantity::from_reported(r("15206"), "million kWh".parse().unwrap());
        let g = growth(&now, &before).unwrap();
        assert_eq!(g.value().round_dp(3).to_string(), "11.403");
    }

    #[test]
    fn years_outside_1_to_1000_are_refused_with_the_limit() {
        assert_eq!(cagr(r("1"), r("2"), 0).unwrap_err().kind(), "invalid_input");
        let err = cagr(r("1"), r("2"), MAX_YEARS + 1).unwrap_err();
        assert!(err.to_string().contains("1 to 1000 years"), "{err}");
        assert!(cagr(r("1"), r("2"), MAX_YEARS).is_ok());
    }

    #[test]
    fn a_current_value_of_zero_reaches_minus_100_whatever_the_base() {
        let current =
            Estimate::new(Decimal::ZERO, Interval::closed(Decimal::ZERO, Decimal::from(5)).unwrap(), None).unwrap();
        let base = Interval::new(Endpoint::Closed(Decimal::from(9)), Endpoint::Open(Decimal::from(11))).unwrap();
        let previous = Estimate::new(Decimal::TEN, base, None).unwrap();
        let g = growth(current, previous).unwrap();
        assert!(g.interval().contains(Decimal::from(-100)), "{}", g.interval());
    }

    #[test]
    fn a_derived_growth_fed_back_rounds_as_python_does() {
        // Python: g = (Decimal(55420) - 50488) / 50488 * 100
        let g = growth(r("55420"), r("50488")).unwrap();
        assert_eq!(g.value(), parse_decimal("9.768657898906670892093170654").unwrap());
        // Python: Decimal(50488) * (1 + g / 100) and Decimal(55420) / (1 + g / 100)
        assert_eq!(
            project(r("50488"), g.value()).unwrap().value(),
            parse_decimal("55420.00000000000000000000002").unwrap()
        );
        assert_eq!(
            implied_base(r("55420"), g.value()).unwrap().value(),
            parse_decimal("50487.99999999999999999999998").unwrap()
        );
    }

    #[test]
    fn compound_growth_over_many_years_or_from_far_apart_values_does_not_overflow() {
        let g = cagr(r("1"), r("21937.4"), 10).unwrap();
        assert_eq!(g.value().round_dp(6).to_string(), "171.718066");
        let century = cagr(r("100"), r("110"), 100).unwrap();
        assert_eq!(century.value().round_dp(8).to_string(), "0.09535561");
    }

    fn exact(text: &str) -> Reported {
        Reported::exact(parse_decimal(text).unwrap())
    }

    /// Checks the point and that the interval holds the exact floor and ceiling of the rate
    /// (all three computed in Python: decimal at 90 digits, ends checked with exact integer
    /// powers) and is at most one unit of the last digit wider on each side.
    fn check_rate(start: &str, end: &str, years: u32, point: &str, floor: &str, ceiling: &str) {
        let g = cagr(exact(start), exact(end), years).unwrap();
        let (floor, ceiling) = (parse_decimal(floor).unwrap(), parse_decimal(ceiling).unwrap());
        assert_eq!(g.value(), parse_decimal(point).unwrap(), "cagr({start}, {end}, {years})");
        assert!(g.interval().contains_interval(&Interval::closed(floor, ceiling).unwrap()), "{}", g.interval());
        let ulp = Decimal::new(1, floor.scale().max(ceiling.scale()));
        let (low, high) = (g.interval().low_value().unwrap(), g.interval().high_value().unwrap());
        assert!(floor - low <= ulp && high - ceiling <= ulp, "cagr({start}, {end}, {years}): {}", g.interval());
    }

    #[test]
    fn compound_growth_over_a_thousand_years_converges_to_the_true_rate() {
        // Python, prec=90: ((Decimal(1000) / 1) ** (Decimal(1) / 999) - 1) * 100
        //   = 0.69386314760275030091876076097…
        check_rate(
            "1",
            "1000",
            999,
            "0.6938631476027503009187607610",
            "0.6938631476027503009187607609",
            "0.6938631476027503009187607610",
        );
        // 0.76298626466614041672129793333…
        check_rate(
            "1",
            "2000",
            1000,
            "0.7629862646661404167212979333",
            "0.7629862646661404167212979333",
            "0.7629862646661404167212979334",
        );
        // From the smallest decimal to the largest: 13.9984324573322166963455626936…
        check_rate(
            "0.0000000000000000000000000001",
            "79228162514264337593543950335",
            1000,
            "13.99843245733221669634556269",
            "13.99843245733221669634556269",
            "13.99843245733221669634556270",
        );
        // A small rate keeps 28 decimal places: 0.0124876363252593152002762665728…
        check_rate(
            "310362",
            "351640",
            1000,
            "0.0124876363252593152002762666",
            "0.0124876363252593152002762665",
            "0.0124876363252593152002762666",
        );
    }

    #[test]
    fn a_steep_decline_keeps_every_digit_of_its_small_root() {
        // Python, prec=90: −89.7870438695447461942922654644912…
        check_rate(
            "10000000000",
            "1.234567",
            10,
            "-89.78704386954474619429226546",
            "-89.78704386954474619429226547",
            "-89.78704386954474619429226546",
        );
        // (10^-40)^(1/2) = 10^-20 exactly: the rate is exact and its interval a point.
        let exact_root = cagr(exact("100000000000000000000"), exact("0.00000000000000000001"), 2).unwrap();
        let rate = parse_decimal("-99.999999999999999999").unwrap();
        assert_eq!(exact_root.value(), rate);
        assert_eq!(exact_root.interval(), Interval::point(rate));
        // (10^-40)^(1/3): −99.999999999995358411166387221107…
        check_rate(
            "100000000000000000000",
            "0.00000000000000000001",
            3,
            "-99.99999999999535841116638722",
            "-99.99999999999535841116638723",
            "-99.99999999999535841116638722",
        );
        // The largest decimal down to the smallest over two years: −99.99999999999999999999999999645,
        // which rounds to −100 at 28 digits but stays above it.
        check_rate(
            "79228162514264337593543950335",
            "0.0000000000000000000000000001",
            2,
            "-100",
            "-100",
            "-99.99999999999999999999999999",
        );
    }

    #[test]
    fn ratios_next_to_one_and_single_years_are_exact() {
        // 0.00000000000000000000000009999999999999999999999995005…, at 28 decimal places
        check_rate(
            "100",
            "100.0000000000000000000001",
            1000,
            "0.0000000000000000000000001000",
            "0.0000000000000000000000000999",
            "0.0000000000000000000000001000",
        );
        check_rate(
            "3",
            "7",
            1,
            "133.3333333333333333333333333",
            "133.3333333333333333333333333",
            "133.3333333333333333333333334",
        );
        check_rate("42", "42", 1000, "0", "0", "0");
    }

    #[test]
    fn bounded_inputs_keep_their_open_ends() {
        let more_than = Reported::new(parse_decimal("1000").unwrap(), Bound::MoreThan);
        let g = cagr(more_than, r("1500"), 5).unwrap();
        assert_eq!(g.interval().low(), Endpoint::Open(-HUNDRED));
        // Python, prec=90: ((Decimal('1500.5') / 1000) ** (Decimal(1) / 5) - 1) * 100
        //   = 8.4544059677956883081421571102…
        assert_eq!(g.interval().high(), Endpoint::Open(parse_decimal("8.454405967795688308142157111").unwrap()));
        let at_least = Reported::new(parse_decimal("1500").unwrap(), Bound::AtLeast);
        let g = cagr(exact("1000"), at_least, 2).unwrap();
        assert_eq!(g.interval().high(), Endpoint::Unbounded);
        assert!(!g.interval().low().is_open());
    }

    /// `(1 + g/100)^n` against `end/start`, exactly, by integer arithmetic written apart from
    /// the crate's own check: `(10^(q+2) + G)^n × start` against `end × 10^((q+2)n)`.
    fn power_order(g: Decimal, end: Decimal, start: Decimal, n: u32) -> std::cmp::Ordering {
        use num_bigint::BigInt;
        let ten = |k: u32| BigInt::from(10).pow(k);
        let digits = g.scale() + 2;
        let base = ten(digits) + BigInt::from(g.mantissa());
        let common = end.scale().max(start.scale());
        let at = |d: Decimal| BigInt::from(d.mantissa()) * ten(common - d.scale());
        if base <= BigInt::from(0) {
            return std::cmp::Ordering::Less;
        }
        (base.pow(n) * at(start)).cmp(&(at(end) * ten(digits * n)))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn every_rate_interval_holds_the_exact_root(
            a in 1i64..1_000_000_000_000, sa in 0u32..14, b in 1i64..1_000_000_000_000, sb in 0u32..14,
            years in proptest::prop_oneof![3 => 1u32..30, 1 => 1u32..=MAX_YEARS],
            bounds in (proptest::bool::ANY, proptest::bool::ANY),
        ) {
            let bound = |printed: bool| if printed { Bound::AsPrinted } else { Bound::Exact };
            let start = Reported::new(Decimal::new(a, sa), bound(bounds.0));
            let end = Reported::new(Decimal::new(b, sb), bound(bounds.1));
            let g = match cagr(start, end, years) {
                Ok(g) => g,
                Err(e) => {
                    proptest::prop_assert_eq!(e.kind(), "overflow");
                    return Ok(());
                }
            };
            let (s, e) = (start.interval(), end.interval());
            let (low, high) = (g.interval().low_value().unwrap(), g.interval().high_value().unwrap());
            let (e_low, s_high) = (e.low_value().unwrap(), s.high_value().unwrap());
            let (e_high, s_low) = (e.high_value().unwrap(), s.low_value().unwrap());
            proptest::prop_assert_ne!(power_order(low, e_low, s_high, years), std::cmp::Ordering::Greater);
            proptest::prop_assert_ne!(power_order(high, e_high, s_low, years), std::cmp::Ordering::Less);
            proptest::prop_assert!(low <= g.value() && g.value() <= high, "{} outside {}", g.value(), g.interval());
            if bounds == (false, false) {
                // Exact inputs: the point is the truth rounded, so it is within one unit of both ends.
                let ulp = Decimal::new(1, g.value().scale());
                proptest::prop_assert!(high - low <= ulp * Decimal::TWO, "{} is too wide", g.interval());
            }
        }
    }
    /// The single-figure rates by the integer row kernel and by the general path: the same
    /// decimals, scale for scale, the same intervals and the same errors.
    fn same_as_general(rate: Rate, x: Estimate, w: Estimate) -> std::result::Result<(), String> {
        let (fast, general) = match rate {
            Rate::Growth => (growth(&x, &w), general_growth(&x, &w)),
            Rate::Share => (share(&x, &w), general_share(&x, &w)),
        };
        let show = |e: &Result<Estimate>| match e {
            Ok(e) => format!("{} {} {} {:?}", e.value(), e.low().unwrap(), e.high().unwrap(), e.interval()),
            Err(e) => format!("error {}: {e}", e.kind()),
        };
        if show(&fast) != show(&general) {
            return Err(format!("{rate:?} of {x} over {w}: {} against {}", show(&fast), show(&general)));
        }
        Ok(())
    }

    #[test]
    fn the_row_kernel_takes_plain_figures_and_agrees_at_its_edges() {
        let exact = |t: &str| Estimate::from(Reported::exact(parse_decimal(t).unwrap()));
        let printed = |t: &str| Estimate::from(r(t));
        let closed = |v: &str, low: &str, high: &str| {
            let d = |t: &str| parse_decimal(t).unwrap();
            Estimate::new(d(v), Interval::closed(d(low), d(high)).unwrap(), None).unwrap()
        };
        let x = printed("16.94");
        assert!(plain_rate(Rate::Growth, &x, &printed("15.21")).is_some());
        // A current value that may be negative, a base that may be zero, an open end, scales
        // far apart, a unit on one side: the general path.
        assert!(plain_rate(Rate::Growth, &printed("0"), &printed("15.21")).is_none());
        assert!(plain_rate(Rate::Growth, &x, &closed("1", "0", "2")).is_none());
        assert!(plain_rate(Rate::Growth, &x, &Estimate::from(Reported::new(Decimal::TEN, Bound::MoreThan))).is_none());
        assert!(plain_rate(Rate::Growth, &x, &printed("15.212345678")).is_none());
        let money =
            Estimate::from(crate::quantity::Quantity::from_reported(r("15.21"), "billion VND".parse().unwrap()));
        assert!(plain_rate(Rate::Growth, &x, &money).is_none());
        let cases = [
            (printed("16.94"), printed("15.21")),
            (exact("0"), exact("3")),
            (exact("-0"), exact("3")),
            (exact("-5"), exact("3")),
            (printed("0"), printed("7")),
            (printed("1"), printed("0")),
            (printed("10"), printed("-3")),
            (exact("1"), exact("3")),
            (exact("400"), exact("1.6")),
            (printed("999999999999999999999999999"), printed("1")),
            (exact("99999999999999999999999999.9"), exact("0.1")),
            (printed("99999999999999999999999999"), printed("99999999999999999999999998")),
            (printed("1.5"), printed("1.50000000")),
            (exact("2"), exact("2.0000000")),
            (closed("5", "4", "6"), closed("2", "1.5", "2.5")),
            (closed("5", "5", "7"), closed("2", "2", "2.5")),
        ];
        for (x, w) in cases {
            for rate in [Rate::Growth, Rate::Share] {
                same_as_general(rate, x.clone(), w.clone()).unwrap();
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_row_kernel_gives_the_general_paths_decimals(
            a in proptest::prop_oneof![-1000i64..1000, proptest::num::i64::ANY],
            sa in 0u32..20,
            b in proptest::prop_oneof![-10i64..1000, 1i64..i64::MAX],
            sb in 0u32..20,
            bounds in (proptest::bool::ANY, proptest::bool::ANY),
        ) {
            let bound = |printed: bool| if printed { Bound::AsPrinted } else { Bound::Exact };
            let x = Estimate::from(Reported::new(Decimal::new(a, sa), bound(bounds.0)));
            let w = Estimate::from(Reported::new(Decimal::new(b, sb), bound(bounds.1)));
            for rate in [Rate::Growth, Rate::Share] {
                same_as_general(rate, x.clone(), w.clone()).map_err(proptest::test_runner::TestCaseError::fail)?;
            }
        }
    }

    /// A decimal as an exact rational.
    fn ratio(d: Decimal) -> num_rational::BigRational {
        num_rational::BigRational::new(d.mantissa().into(), num_bigint::BigInt::from(10).pow(d.scale()))
    }

    /// `100 × ((1 + g/100)^n − 1)` as an exact rational: the oracle of [`annualise`].
    fn annualised_exactly(g: Decimal, n: u32) -> num_rational::BigRational {
        let hundred = num_rational::BigRational::from_integer(100.into());
        let factor = num_rational::BigRational::from_integer(1.into()) + ratio(g) / &hundred;
        (num_traits::Pow::pow(factor, n) - num_rational::BigRational::from_integer(1.into())) * hundred
    }

    #[test]
    fn annualising_compounds_exactly() {
        // Python: 100 * ((1 + Decimal("1") / 100) ** 4 - 1) == Decimal("4.06040100").
        assert_eq!(annualise(exact("1"), 4).unwrap().value().to_string(), "4.06040100");
        assert_eq!(annualise(exact("1"), 4).unwrap().interval(), Interval::point(parse_decimal("4.06040100").unwrap()));
        // Fraction: (1 - 5/1000)^4 * 100 - 100 = -1.9850499375 (held exactly, 12 places).
        assert_eq!(annualise(exact("-0.5"), 4).unwrap().value().to_string(), "-1.985049937500");
        // A fall of 100% stays 100%; one below it has no annual rate.
        assert_eq!(annualise(exact("-100"), 12).unwrap().value(), Decimal::from(-100));
        assert_eq!(annualise(exact("-100.1"), 4).unwrap_err().kind(), "undefined");
        assert_eq!(annualise(r("-100.0"), 4).unwrap_err().kind(), "undefined");
        assert_eq!(annualise(exact("1"), 0).unwrap_err().kind(), "invalid_input");
        assert_eq!(annualise(exact("1"), 1).unwrap().value(), Decimal::ONE);
        let level = crate::quantity::Quantity::from_reported(r("5"), "billion VND".parse().unwrap());
        assert_eq!(annualise(&level, 4).unwrap_err().kind(), "unit_mismatch");
        assert_eq!(annualise(exact("100000000000000000000"), 366).unwrap_err().kind(), "overflow");
    }

    #[test]
    fn plan_ratios_follow_the_textbook_example() {
        // Base 600, plan 660, actual 700: Fraction(660, 600) = 110%, Fraction(700, 660) = 106.0606…%,
        // Fraction(700, 600) = 116.666…%, rounded to 28 digits as Python's Decimal(700) * 100 / 660 gives.
        let ratios = plan_ratios(exact("600"), exact("660"), exact("700")).unwrap();
        assert_eq!(ratios.planned().value().to_string(), "110");
        assert_eq!(ratios.completion().value().to_string(), "106.0606060606060606060606061");
        assert_eq!(ratios.dynamics().value().to_string(), "116.6666666666666666666666667");
        // t = k_nk × k_tk: 110 × 106.0606…/100 = 116.666…, within the intervals' rounding.
        let product =
            ratio(ratios.planned().value()) * ratio(ratios.completion().value()) / ratio(Decimal::ONE_HUNDRED);
        let gap = product - ratio(ratios.dynamics().value());
        assert!(num_traits::Signed::abs(&gap) < ratio(Decimal::new(1, 24)));
        // Printed figures widen each ratio: 700 allows 699.5 to 700.5.
        let printed = plan_ratios(r("600"), r("660"), r("700")).unwrap();
        assert!(printed.completion().interval().contains(parse_decimal("106.1").unwrap()));
        assert_eq!(plan_ratios(exact("0"), exact("660"), exact("700")).unwrap_err().kind(), "undefined");
        assert_eq!(plan_ratios(exact("600"), exact("-1"), exact("700")).unwrap_err().kind(), "undefined");
        // 700 at 105% of the plan implies a plan of Fraction(700 * 100, 105) = 666.666…
        let plan = implied_plan(exact("700"), exact("105")).unwrap();
        assert_eq!(plan.value().round_dp(20).to_string(), "666.66666666666666666667");
        assert_eq!(implied_plan(exact("700"), exact("0")).unwrap_err().kind(), "undefined");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn every_annualised_interval_holds_the_exact_power(
            g in -10_000i64..1_000_000, scale in 0u32..5, n in proptest::prop_oneof![proptest::strategy::Just(4u32), proptest::strategy::Just(12u32), 1u32..40],
            printed in proptest::bool::ANY,
        ) {
            let growth = Reported::new(Decimal::new(g, scale), if printed { Bound::AsPrinted } else { Bound::Exact });
            let a = match annualise(growth, n) {
                Ok(a) => a,
                // A printed growth whose interval reaches below −100% is refused, and a power
                // beyond a decimal's range overflows.
                Err(e) if e.kind() == "undefined" => {
                    proptest::prop_assert!(!growth.interval().all_at_least(-HUNDRED));
                    return Ok(());
                }
                Err(e) => {
                    proptest::prop_assert_eq!(e.kind(), "overflow");
                    return Ok(());
                }
            };
            let (low, high) = (growth.interval().low_value().unwrap(), growth.interval().high_value().unwrap());
            let (exact_low, exact_high) = (annualised_exactly(low, n), annualised_exactly(high, n));
            let (a_low, a_high) = (a.interval().low_value().unwrap(), a.interval().high_value().unwrap());
            proptest::prop_assert!(ratio(a_low) <= exact_low && exact_high <= ratio(a_high), "{} misses the exact ends", a.interval());
            let point = annualised_exactly(growth.value(), n);
            // The point is the exact power rounded once to 28 significant digits (or 28 places).
            let ulp = num_traits::Signed::abs(&point) * ratio(Decimal::new(1, 27)) + ratio(Decimal::new(1, 28));
            proptest::prop_assert!(num_traits::Signed::abs(&(ratio(a.value()) - point)) <= ulp);
            proptest::prop_assert!(a.interval().contains(a.value()));
        }
    }
}
