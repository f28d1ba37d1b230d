//! The seven column functions: the arguments checked once, a fast path chosen per column, and
//! every row the fast path does not take computed by the scalar function itself.

use rust_decimal::Decimal;

use super::column::Column;
use super::computed::Computed;
use super::parallel::{pow10, rate_mantissa, run, run_fast, Cell, Fail, FastRow, Kind};
use super::{Options, MAX_THREADS};
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::growth::{self as scalar, MAX_YEARS};
use crate::plain::{Plain, Rate};
use crate::unit::Unit;
use crate::value::Bound;

/// The arguments of one call, each named as the scalar function names it.
struct Args<'c, const N: usize> {
    columns: [(&'static str, &'c Column<'c>); N],
}

impl<'c, const N: usize> Args<'c, N> {
    /// Checks that the arguments agree in length; the number of rows (1 when all are scalars).
    fn new(columns: [(&'static str, &'c Column<'c>); N], options: &Options) -> Result<(Args<'c, N>, usize)> {
        match options.threads {
            Some(0) => {
                return Err(Error::invalid(
                    "threads",
                    "0",
                    "a pool needs at least one thread; None uses rayon's global pool",
                ))
            }
            Some(n) if n > MAX_THREADS => {
                return Err(Error::invalid(
                    "threads",
                    n.to_string(),
                    format!("at most {MAX_THREADS} threads; None uses rayon's global pool"),
                ))
            }
            _ => {}
        }
        let rows = columns.iter().find_map(|(_, c)| c.len()).unwrap_or(1);
        for (name, column) in columns {
            column.check(name, rows)?;
        }
        Ok((Args { columns }, rows))
    }

    /// The arguments' figures on row `i`, or the first missing one.
    fn estimates(&self, i: usize) -> std::result::Result<[Estimate; N], Fail> {
        self.present(i)?;
        let mut estimates = Vec::with_capacity(N);
        for (_, column) in self.columns {
            estimates.push(column.estimate(i)?);
        }
        // OK because one estimate was pushed per column.
        Ok(estimates.try_into().unwrap_or_else(|_| unreachable!("N columns, N estimates")))
    }

    /// Fails with the first argument missing on row `i`.
    fn present(&self, i: usize) -> std::result::Result<(), Fail> {
        match self.columns.iter().find(|(_, c)| !c.is_valid(i)) {
            Some((name, _)) => Err(Fail::Missing(name)),
            None => Ok(()),
        }
    }
}

/// The scalar function's result as a row of the output.
fn cell(estimate: Estimate, options: &Options) -> Cell {
    (estimate.value(), options.interval.then(|| estimate.interval()))
}

/// The unit of the output, from the scalar function on stand-in figures of 1 in the
/// arguments' units: the same rules refuse units that do not combine, for the whole call.
fn unit_of(probe: Result<Estimate>) -> Result<Option<Unit>> {
    Ok(probe?.unit().cloned())
}

/// Every row by the scalar function `f` on the row's figures.
fn each_row<const N: usize>(
    args: &Args<'_, N>,
    rows: usize,
    options: &Options,
    kind: Kind,
    unit: Option<Unit>,
    f: impl Fn([Estimate; N]) -> Result<Estimate> + Sync,
) -> Result<Computed> {
    run(rows, options, kind, unit, |i| Ok(cell(f(args.estimates(i)?)?, options)))
}

/// The rows of a rate of two arguments: by the fast path `fast` where the columns and the row
/// allow, by the scalar function `f` elsewhere.
fn rate_pair<'c>(
    args: &Args<'c, 2>,
    rows: usize,
    options: &Options,
    unit: Option<Unit>,
    fast: impl Fn(&Fast<'c>, usize) -> Option<FastRow> + Sync,
    f: impl Fn([Estimate; 2]) -> Result<Estimate> + Sync,
) -> Result<Computed> {
    let [(_, left), (_, right)] = args.columns;
    let Some(path) = Fast::pair(left, right, options.interval) else {
        return each_row(args, rows, options, Kind::Rate, unit, f);
    };
    let row = |i| Ok(cell(f(args.estimates(i)?)?, options));
    run_fast(rows, options, Kind::Rate, unit, |i| fast(&path, i), row)
}

/// Growth of `current` over `previous`, row by row, in percent; see [`crate::growth`].
///
/// # Errors
///
/// [`Error::InvalidInput`] naming the argument whose length differs;
/// [`Error::UnitMismatch`] when the columns measure different things; with
/// [`OnError::Raise`](super::OnError::Raise), [`Error::AtRow`] for the first row without a result.
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let now = Column::fixed(vec![39735300i128, 1000], 2);
/// let before = Column::fixed(vec![35164000i128, -300], 2);
/// let g = columns::growth(&now, &before, &Options::default())?;
/// assert_eq!(g.get(0).unwrap().round_dp(4).to_string(), "12.9999");
/// assert_eq!(g.problems()[0].row, 1); // from a negative base
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn growth(current: &Column, previous: &Column, options: &Options) -> Result<Computed> {
    let (args, rows) = Args::new([("current", current), ("previous", previous)], options)?;
    let unit = unit_of(scalar::growth(current.unit_probe()?, previous.unit_probe()?))?;
    rate_pair(&args, rows, options, unit, |path, i| path.rate(Rate::Growth, i), |[c, p]| scalar::growth(c, p))
}

/// The previous values that `current` and its `growth` imply, row by row; see
/// [`crate::implied_base`].
///
/// # Errors
///
/// As [`growth`]; [`Error::UnitMismatch`] when `growth` is not in percent.
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let now = Column::fixed(vec![1694i128], 2).with_unit("billion kWh".parse()?);
/// let base = columns::implied_base(&now, &Column::scalar("11.4".parse().unwrap()), &Options::default())?;
/// assert_eq!(base.get(0).unwrap().round_dp(2).to_string(), "15.21");
/// assert_eq!(base.unit().unwrap().to_string(), "billion kWh");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn implied_base(current: &Column, growth: &Column, options: &Options) -> Result<Computed> {
    let (args, rows) = Args::new([("current", current), ("growth", growth)], options)?;
    let unit = unit_of(scalar::implied_base(current.unit_probe()?, growth.unit_probe()?))?;
    each_row(&args, rows, options, Kind::Level, unit, |[c, g]| scalar::implied_base(c, g))
}

/// The values `base` reaches after `growth`, row by row; see [`crate::project`].
///
/// # Errors
///
/// As [`implied_base`].
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let levels = Column::fixed(vec![351640i128, 100], 0);
/// let p = columns::project(&levels, &Column::scalar(13.into()), &Options::default())?;
/// assert_eq!(p.get(0).unwrap().to_string(), "397353.2");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn project(base: &Column, growth: &Column, options: &Options) -> Result<Computed> {
    let (args, rows) = Args::new([("base", base), ("growth", growth)], options)?;
    let unit = unit_of(scalar::project(base.unit_probe()?, growth.unit_probe()?))?;
    each_row(&args, rows, options, Kind::Level, unit, |[b, g]| scalar::project(b, g))
}

/// The change between two rates, in percentage points, row by row; see [`crate::change_pp`].
///
/// # Errors
///
/// As [`growth`]; [`Error::UnitMismatch`] when a column has a unit other than percent.
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let pp = columns::change_pp(&Column::fixed(vec![97i128], 1), &Column::fixed(vec![76i128], 1), &Options::default())?;
/// assert_eq!(pp.get(0).unwrap().to_string(), "2.1");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn change_pp(now: &Column, before: &Column, options: &Options) -> Result<Computed> {
    let (args, rows) = Args::new([("now", now), ("before", before)], options)?;
    let unit = unit_of(scalar::change_pp(now.unit_probe()?, before.unit_probe()?))?;
    rate_pair(&args, rows, options, unit, Fast::change_pp, |[n, b]| scalar::change_pp(n, b))
}

/// The share of `whole` that `part` is, in percent, row by row; see [`crate::share`].
///
/// # Errors
///
/// As [`growth`].
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let s = columns::share(&Column::fixed(vec![40i128], 0), &Column::fixed(vec![400i128], 0), &Options::default())?;
/// assert_eq!(s.get(0).unwrap().to_string(), "10");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn share(part: &Column, whole: &Column, options: &Options) -> Result<Computed> {
    let (args, rows) = Args::new([("part", part), ("whole", whole)], options)?;
    let unit = unit_of(scalar::share(part.unit_probe()?, whole.unit_probe()?))?;
    rate_pair(&args, rows, options, unit, |path, i| path.rate(Rate::Share, i), |[x, w]| scalar::share(x, w))
}

/// How many percentage points each part added to its whole's growth, row by row; see
/// [`crate::contribution`].
///
/// # Errors
///
/// As [`growth`].
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let c = columns::contribution(
///     &Column::fixed(vec![60i128], 0),
///     &Column::fixed(vec![50i128], 0),
///     &Column::scalar(200.into()),
///     &Options::default(),
/// )?;
/// assert_eq!(c.get(0).unwrap().to_string(), "5");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn contribution(
    part_now: &Column,
    part_before: &Column,
    whole_before: &Column,
    options: &Options,
) -> Result<Computed> {
    let named = [("part_now", part_now), ("part_before", part_before), ("whole_before", whole_before)];
    let (args, rows) = Args::new(named, options)?;
    let probe = scalar::contribution(part_now.unit_probe()?, part_before.unit_probe()?, whole_before.unit_probe()?);
    let unit = unit_of(probe)?;
    each_row(&args, rows, options, Kind::Rate, unit, |[n, b, w]| scalar::contribution(n, b, w))
}

/// Compound annual growth from `start` to `end` over `years`, row by row; see [`crate::cagr`].
/// `years` holds whole numbers from 1 to [`MAX_YEARS`], one for all rows or one per row; a bad
/// year is its row's problem.
///
/// # Errors
///
/// As [`growth`]; [`Error::InvalidInput`] when `years` has a unit.
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
///
/// let g = columns::cagr(&Column::fixed(vec![100i128], 0), &Column::fixed(vec![121i128], 0), &Column::scalar(2.into()), &Options::default())?;
/// assert_eq!(g.get(0).unwrap().to_string(), "10");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn cagr(start: &Column, end: &Column, years: &Column, options: &Options) -> Result<Computed> {
    if let Some(unit) = years.unit() {
        return Err(Error::invalid("years", unit.to_string(), "a number of years is a plain number"));
    }
    let (args, rows) = Args::new([("start", start), ("end", end), ("years", years)], options)?;
    let unit = unit_of(scalar::cagr(start.unit_probe()?, end.unit_probe()?, 1))?;
    run(rows, options, Kind::Rate, unit, |i| {
        args.present(i)?;
        let n = whole_years(years.decimal(i)?)?;
        let (s, e) = (start.estimate(i)?, end.estimate(i)?);
        Ok(cell(scalar::cagr(s, e, n)?, options))
    })
}

/// A number of years as the scalar `cagr` takes it; it checks the range itself.
fn whole_years(years: Decimal) -> Result<u32> {
    let refuse = || {
        Error::invalid(
            "number of years",
            years.to_string(),
            format!("compound growth is taken over a whole number of years, 1 to {MAX_YEARS}"),
        )
    };
    if !years.fract().is_zero() {
        return Err(refuse());
    }
    u32::try_from(years.mantissa() / 10i128.pow(years.scale())).map_err(|_| refuse())
}

/// The fast path of a pair of columns in one unit whose rows are plain printed or exact
/// figures: each row the mantissas allow goes through the integer row kernel of the scalar
/// functions (`plain`) and is written at the output's scale, without building figures,
/// decimals or intervals. Rows with another bound, or a last digit the integers cannot follow,
/// go to the scalar function.
struct Fast<'c> {
    left: &'c Column<'c>,
    right: &'c Column<'c>,
    interval: bool,
}

/// The largest mantissa, at the pair's common scale, the integer path takes: far within a
/// decimal's 28 digits, so that no step of the scalar function rounds before its last.
const FAST_LIMIT: u128 = 10u128.pow(27);

impl<'c> Fast<'c> {
    fn pair(left: &'c Column<'c>, right: &'c Column<'c>, interval: bool) -> Option<Fast<'c>> {
        let takes = |c: &Column| {
            let plain_bound = !matches!(c.single_bound(), Some(b) if !matches!(b, Bound::AsPrinted | Bound::Exact));
            let fixed_scale_ok = match c.values() {
                super::Values::Fixed { scale, .. } => (0..=27).contains(scale),
                _ => true,
            };
            plain_bound && fixed_scale_ok
        };
        (takes(left) && takes(right) && left.unit() == right.unit()).then_some(Fast { left, right, interval })
    }

    /// Row `i`'s two present values at their common scale `s`, and `s`; `None` when the row
    /// is not for this path.
    #[inline]
    fn mantissas(&self, i: usize) -> Option<([(i128, usize); 2], usize)> {
        if !self.left.is_valid(i) || !self.right.is_valid(i) {
            return None;
        }
        let (ml, sl) = self.left.raw(i);
        let (mr, sr) = self.right.raw(i);
        let (sl, sr) = (usize::try_from(sl).ok()?, usize::try_from(sr).ok()?);
        let scale = sl.max(sr);
        if scale > 27 {
            return None;
        }
        let (l, r) = (ml.checked_mul(pow10(scale - sl))?, mr.checked_mul(pow10(scale - sr))?);
        (l.unsigned_abs() < FAST_LIMIT && r.unsigned_abs() < FAST_LIMIT).then_some(([(l, sl), (r, sr)], scale))
    }

    /// Row `i`'s two figures for the row kernel, at one more decimal place than their common
    /// scale `s`: a printed value to half a unit of its own last digit each way, `16.94` in a
    /// row at scale 2 being `[16.935, 16.945]`.
    #[inline]
    fn plain(&self, i: usize) -> Option<([Plain; 2], usize)> {
        let (values, scale) = self.mantissas(i)?;
        let plain = |column: &Column, (m, own): (i128, usize)| {
            // The decimal places of the row's last digit (negative above the units): its own,
            // unless given.
            let places = column.last_digit(i).map_or(own as i64, |digit| -i64::from(digit));
            // A digit finer than the row's scale, or too coarse for the integers, is the
            // scalar path's.
            let step = usize::try_from(scale as i64 - places).ok().filter(|&step| step <= 27)?;
            // Below a given digit the value's digits must be zeros, or the scalar path refuses it.
            if places < own as i64 && m % pow10(step) != 0 {
                return None;
            }
            let half = match column.bound(i) {
                Bound::AsPrinted => 5 * pow10(step),
                Bound::Exact => 0,
                _ => return None,
            };
            Some(Plain { low: 10 * m - half, value: 10 * m, high: 10 * m + half })
        };
        Some(([plain(self.left, values[0])?, plain(self.right, values[1])?], scale))
    }

    /// A rate on row `i` by the row kernel the scalar function takes, at the output's scale;
    /// `None` for a row the scalar function must take (a base that may not be positive, a
    /// rate of 10^10 or more, which is an error there).
    #[inline]
    fn rate(&self, rate: Rate, i: usize) -> Option<FastRow> {
        let ([x, w], _) = self.plain(i)?;
        let row = rate.row(x, w, self.interval)?;
        let value = rate_mantissa(row.value.parts())?;
        let Some([low, high]) = row.ends else { return Some([value, 0, 0]) };
        let (low, high) = (rate_mantissa(low.parts())?, rate_mantissa(high.parts())?);
        // `Estimate::derived`: a closed interval stretched to hold its point.
        Some([value, low.min(value), high.max(value)])
    }

    /// The change in percentage points on row `i`: the exact difference of the mantissas, and
    /// the exact differences of the ends, which hold it; `None` for a row where one of them
    /// has more than 28 significant digits, which the scalar function rounds.
    #[inline]
    fn change_pp(&self, i: usize) -> Option<FastRow> {
        let ([now, before], scale) = self.plain(i)?;
        // At scale s + 1 ≤ 28, with at most 28 digits (so exact as the scalar function gives
        // it): to 28 places, below 10^10 in magnitude.
        let at_28 = |m: i128| (m.unsigned_abs() < 10u128.pow(28)).then(|| rate_mantissa((m, scale as i32 + 1)))?;
        let value = at_28(now.value - before.value)?;
        if !self.interval {
            return Some([value, 0, 0]);
        }
        Some([value, at_28(now.low - before.high)?, at_28(now.high - before.low)?])
    }
}
