//! The seven column functions: the arguments checked once, a fast path chosen per column, and
//! every row the fast path does not take computed by the scalar function itself.

use rust_decimal::Decimal;

use super::column::Column;
use super::computed::Computed;
use super::parallel::{run, Cell, Fail, Kind};
use super::Options;
use crate::arith::{self, Round};
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::growth::{self as scalar, MAX_YEARS};
use crate::value::{Bound, Reported};

/// The arguments of one call, each named as the scalar function names it.
struct Args<'c, const N: usize> {
    columns: [(&'static str, &'c Column<'c>); N],
}

impl<'c, const N: usize> Args<'c, N> {
    /// Checks that the arguments agree in length; the number of rows (1 when all are scalars).
    fn new(columns: [(&'static str, &'c Column<'c>); N], options: &Options) -> Result<(Args<'c, N>, usize)> {
        if options.threads == Some(0) {
            return Err(Error::invalid("threads", "0", "a pool needs at least one thread; None uses rayon's global pool"));
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
fn unit_of(probe: Result<Estimate>) -> Result<Option<crate::unit::Unit>> {
    Ok(probe?.unit().cloned())
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
    let generic = |i: usize| -> std::result::Result<Cell, Fail> {
        let [c, p] = args.estimates(i)?;
        Ok(cell(scalar::growth(c, p)?, options))
    };
    match Fast::pair(current, previous) {
        Some(fast) => run(rows, options, Kind::Rate, unit, |i| {
            args.present(i)?;
            match fast.growth(i, options)? {
                Some(cell) => Ok(cell),
                None => generic(i),
            }
        }),
        None => run(rows, options, Kind::Rate, unit, generic),
    }
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
    run(rows, options, Kind::Level, unit, |i| {
        let [c, g] = args.estimates(i)?;
        Ok(cell(scalar::implied_base(c, g)?, options))
    })
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
    run(rows, options, Kind::Level, unit, |i| {
        let [b, g] = args.estimates(i)?;
        Ok(cell(scalar::project(b, g)?, options))
    })
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
    run(rows, options, Kind::Rate, unit, |i| {
        let [n, b] = args.estimates(i)?;
        Ok(cell(scalar::change_pp(n, b)?, options))
    })
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
    run(rows, options, Kind::Rate, unit, |i| {
        let [x, w] = args.estimates(i)?;
        Ok(cell(scalar::share(x, w)?, options))
    })
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
    run(rows, options, Kind::Rate, unit, |i| {
        let [n, b, w] = args.estimates(i)?;
        Ok(cell(scalar::contribution(n, b, w)?, options))
    })
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
/// assert_eq!(g.get(0).unwrap().round_dp(10).to_string(), "10.0000000000");
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

/// The integer path of a pair of columns whose rows are plain printed or exact figures in one
/// unit, written to their own scale: each row in it is computed from its mantissas.
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
    fn mantissas(&self, i: usize) -> Option<(i128, i128, [(i128, u32); 2])> {
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

    /// The figures of row `i` with their intervals, as the scalar function sees them.
    fn reported(&self, raw: [(i128, u32); 2]) -> [Reported; 2] {
        let at = |(m, s): (i128, u32), bound| Reported::new(Decimal::from_i128_with_scale(m, s), bound);
        [at(raw[0], self.bounds[0]), at(raw[1], self.bounds[1])]
    }

    /// Growth on row `i` from the mantissas `c` and `p` at one scale: `(c − p) × 100 / p`,
    /// rounded once, as the scalar function's single rounding gives it while `c − p` fits in 28
    /// digits. `None` for a row the scalar function must take (a base that is not positive).
    fn growth(&self, i: usize, options: &Options) -> Result<Option<Cell>> {
        let Some((c, p, raw)) = self.mantissas(i) else { return Ok(None) };
        if p <= 0 {
            return Ok(None);
        }
        // Both below 10^27: the change and a hundred times it fit in 128 bits, exactly.
        let value = arith::quotient((c - p) * 100, p, 0, Round::Nearest, "growth")?;
        if !options.interval {
            return Ok(Some((value, None)));
        }
        let [current, previous] = self.reported(raw);
        let interval = scalar::growth_interval(current.interval(), previous.interval())?;
        Ok(Some((value, Some(Estimate::derived(value, interval, None).interval()))))
    }
}
