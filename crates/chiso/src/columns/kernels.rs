//! The seven column functions: the arguments checked once, a fast path chosen per column, and
//! every row the fast path does not take computed by the scalar function itself.

use rust_decimal::Decimal;

use super::column::Column;
use super::computed::Computed;
use super::parallel::{run, Cell, Fail, Kind};
use super::Options;
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::growth::{self as scalar, MAX_YEARS};
use crate::interval::Interval;
use crate::unit::Unit;
use crate::value::{Bound, Reported};

/// The arguments of one call, each named as the scalar function names it.
struct Args<'c, const N: usize> {
    columns: [(&'static str, &'c Column<'c>); N],
}

impl<'c, const N: usize> Args<'c, N> {
    /// Checks that the arguments agree in length; the number of rows (1 when all are scalars).
    fn new(columns: [(&'static str, &'c Column<'c>); N], options: &Options) -> Result<(Args<'c, N>, usize)> {
        if options.threads == Some(0) {
            return Err(Error::invalid(
                "threads",
                "0",
                "a pool needs at least one thread; None uses rayon's global pool",
            ));
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

/// The rows of a rate of two arguments: by `fast` where the columns and the row allow, by the
/// scalar function `f` elsewhere.
fn rate_pair<'c>(
    args: &Args<'c, 2>,
    rows: usize,
    options: &Options,
    unit: Option<Unit>,
    fast: impl Fn(&Fast<'c>, usize, &Options) -> Result<Option<Cell>> + Sync,
    f: impl Fn([Estimate; 2]) -> Result<Estimate> + Sync,
) -> Result<Computed> {
    let [(_, left), (_, right)] = args.columns;
    let Some(path) = Fast::pair(left, right) else {
        return each_row(args, rows, options, Kind::Rate, unit, f);
    };
    run(rows, options, Kind::Rate, unit, |i| {
        args.present(i)?;
        match fast(&path, i, options)? {
            Some(cell) => Ok(cell),
            None => Ok(cell(f(args.estimates(i)?)?, options)),
        }
    })
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
    rate_pair(&args, rows, options, unit, Fast::growth, |[c, p]| scalar::growth(c, p))
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
    rate_pair(&args, rows, options, unit, Fast::share, |[x, w]| scalar::share(x, w))
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

/// A row's two values as given: mantissa and scale.
type Raw = [(i128, u32); 2];

/// A row's two values as decimals; `Fast::mantissas` has checked that they fit.
fn decimals(raw: Raw) -> [Decimal; 2] {
    raw.map(|(m, s)| Decimal::from_i128_with_scale(m, s))
}

/// The fast path of a pair of columns whose rows are plain printed or exact figures in one
/// unit, written to their own scale: each row the mantissas allow goes straight to the scalar
/// function's own value and interval rules, without building figures or aligning units.
struct Fast<'c> {
    left: &'c Column<'c>,
    right: &'c Column<'c>,
    bounds: [Bound; 2],
}

/// The largest mantissa, at the pair's common scale, the integer path takes: far within a
/// decimal's 28 digits, so that no step of the scalar function rounds before its last.
const FAST_LIMIT: i128 = 10i128.pow(27);

impl<'c> Fast<'c> {
    fn pair(left: &'c Column<'c>, right: &'c Column<'c>) -> Option<Fast<'c>> {
        let plain = |c: &Column| {
            let bound = c.single_bound().filter(|b| matches!(b, Bound::AsPrinted | Bound::Exact))?;
            let fixed_scale_ok = match c.values() {
                super::Values::Fixed { scale, .. } => (0..=27).contains(scale),
                _ => true,
            };
            (c.default_digits() && fixed_scale_ok).then_some(bound)
        };
        let bounds = [plain(left)?, plain(right)?];
        (left.unit() == right.unit()).then_some(Fast { left, right, bounds })
    }

    /// Row `i`'s two values at their common scale, `None` when the row is not for this path.
    fn mantissas(&self, i: usize) -> Option<(i128, i128, Raw)> {
        let (ml, sl) = self.left.raw(i);
        let (mr, sr) = self.right.raw(i);
        if !(0..=27).contains(&sl) || !(0..=27).contains(&sr) {
            return None;
        }
        let scale = sl.max(sr);
        let at = |m: i128, s: i32| 10i128.checked_pow((scale - s) as u32).and_then(|p| m.checked_mul(p));
        let (l, r) = (at(ml, sl)?, at(mr, sr)?);
        (l.abs() < FAST_LIMIT && r.abs() < FAST_LIMIT).then_some((l, r, [(ml, sl as u32), (mr, sr as u32)]))
    }

    /// The figures of a row with their intervals, as the scalar function sees them.
    fn reported(&self, raw: Raw) -> [Reported; 2] {
        let [left, right] = decimals(raw);
        [Reported::new(left, self.bounds[0]), Reported::new(right, self.bounds[1])]
    }

    /// Growth on row `i` by the scalar function's own rule on the row's decimals, without
    /// building its figures or aligning units. `None` for a row the scalar function must take
    /// (a base that is not positive).
    ///
    /// A printed or exact base of at least one unit of its last digit is positive throughout
    /// its interval, and while the rate is below 10^10 (the output's limit) no corner of the
    /// interval can overflow, so a value-only row fails exactly where the scalar function does.
    fn growth(&self, i: usize, options: &Options) -> Result<Option<Cell>> {
        let Some((_, p, raw)) = self.mantissas(i) else { return Ok(None) };
        if p <= 0 {
            return Ok(None);
        }
        let [current, previous] = decimals(raw);
        let value = scalar::growth_value(current, previous)?;
        self.with_interval(value, raw, options, scalar::growth_interval)
    }

    /// The share of row `i`; as [`Fast::growth`].
    fn share(&self, i: usize, options: &Options) -> Result<Option<Cell>> {
        let Some((_, w, raw)) = self.mantissas(i) else { return Ok(None) };
        if w <= 0 {
            return Ok(None);
        }
        let [part, whole] = decimals(raw);
        let value = scalar::share_value(part, whole)?;
        self.with_interval(value, raw, options, scalar::share_interval)
    }

    /// The change in percentage points of row `i`: the exact difference of the mantissas,
    /// which the scalar function's subtraction does not round below 28 digits.
    fn change_pp(&self, i: usize, options: &Options) -> Result<Option<Cell>> {
        let Some((n, b, raw)) = self.mantissas(i) else { return Ok(None) };
        let scale = raw[0].1.max(raw[1].1);
        let value = Decimal::from_i128_with_scale(n - b, scale);
        self.with_interval(value, raw, options, scalar::change_pp_interval)
    }

    /// The row's value, with its interval from the scalar function's own rule when asked for.
    fn with_interval(
        &self,
        value: Decimal,
        raw: Raw,
        options: &Options,
        interval: impl Fn(Interval, Interval) -> Result<Interval>,
    ) -> Result<Option<Cell>> {
        if !options.interval {
            return Ok(Some((value, None)));
        }
        let [left, right] = self.reported(raw);
        let interval = interval(left.interval(), right.interval())?;
        Ok(Some((value, Some(Estimate::derived(value, interval, None).interval()))))
    }
}
