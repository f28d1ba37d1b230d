//! The growth functions over whole columns: a million rows in one call, each row equal to the
//! scalar function on that row's figures.
//!
//! # The rules
//!
//! - **Inputs.** A [`Column`] holds mantissas at one scale (the `decimal128` layout), decimals
//!   each at its own scale, or one figure broadcast to every row ([`Column::scalar`]). Row `i` is
//!   the figure the scalar function would take: its value, its [`Bound`](crate::Bound) (one for
//!   the column, `as_printed` by default, or one per row), its last printed digit and the
//!   column's unit. Non-scalar arguments must have the same number of rows.
//! - **The default last digit.** A `decimal128(18, 2)` column holds `16.9` as `16.90`, so the
//!   digit it was printed to is lost: the column's scale is taken as every row's last digit
//!   (`16.90` is known to ±0.005), unless [`Column::with_last_digits`] gives each row its own. A
//!   column of decimals keeps each decimal's own scale.
//! - **Output scales.** Rates ([`growth`], [`change_pp`], [`share`], [`contribution`],
//!   [`cagr`]) come out at scale 28, as `decimal128(38, 28)`, which holds every rate below
//!   10^10 exactly (a decimal has at most 28 decimal places). Levels ([`implied_base`],
//!   [`project`]) come out at one scale per call, `S = min(28, 38 − K)`, where `K` is the number
//!   of integer digits of the largest magnitude among the call's results (values, and the
//!   finite ends when the interval is asked for).
//! - **Never rounded.** A result the output column cannot hold exactly (a rate of 10^10 or
//!   more; a level with more than `S` decimal places) is a null whose reason says so
//!   ([`Error::Unrepresentable`](crate::Error::Unrepresentable), of kind `overflow`).
//! - **Nulls and reasons.** A row whose scalar function fails (a zero or negative base, an
//!   overflow, a bad year) is null, and [`Computed::problems`] keeps its error; with
//!   [`OnError::Raise`] the call fails instead with [`Error::AtRow`](crate::Error::AtRow) naming
//!   the first such row. A missing input gives a null with the reason `missing <argument>` in
//!   both modes: a missing figure is not an error, and never a number.
//! - **Whole-call errors.** Lengths that disagree, units that do not combine (money against
//!   energy; million against billion is aligned exactly, as for single figures), a bad option.
//! - **Intervals.** With [`Options::interval`], each row also has the low and high ends of the
//!   scalar function's interval, each with an open flag ([`Ends`]); a null end on a row with a
//!   value is an unbounded end.
//! - **Speed.** A fast path is chosen per column (plain printed or exact figures in one unit)
//!   and taken per row where the row's mantissas allow; every other row goes through the
//!   scalar function, so that each row is the same either way. Rows are computed in chunks over
//!   rayon: [`Options::threads`] `None` uses rayon's global pool (which follows
//!   `RAYON_NUM_THREADS`), `Some(n)` a pool of `n` threads.
//!
//! # Example
//!
//! ```
//! use chiso::columns::{self, Column, OnError, Options};
//!
//! let now = Column::fixed(vec![1694i128, 2000, 500], 2);
//! let before = Column::fixed(vec![1521i128, 0, 400], 2).with_validity(vec![true, true, false]);
//! let g = columns::growth(&now, &before, &Options::default())?;
//! assert_eq!(g.get(0).unwrap().round_dp(2).to_string(), "11.37");
//! assert_eq!(g.problems()[0].error.kind(), "undefined");
//! assert_eq!(g.problems()[1].error.to_string(), "missing previous");
//!
//! let strict = Options { errors: OnError::Raise, ..Options::default() };
//! let err = columns::growth(&now, &before, &strict).unwrap_err();
//! assert!(err.to_string().starts_with("row 1: "));
//! # Ok::<(), chiso::Error>(())
//! ```

#[cfg(feature = "arrow")]
mod arrow;
mod column;
mod computed;
mod kernels;
mod parallel;

pub use column::{Column, Values};
pub use computed::{Computed, Ends, Output, RowProblem};
pub use kernels::{cagr, change_pp, contribution, growth, implied_base, project, share};

/// What a row without a result does to the call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OnError {
    /// The row is null, and [`Computed::problems`] says why.
    #[default]
    Null,
    /// The call fails with [`Error::AtRow`](crate::Error::AtRow) naming the first such row.
    Raise,
}

/// How a column function runs.
///
/// # Example
///
/// ```
/// use chiso::columns::{OnError, Options};
/// let options = Options { interval: true, errors: OnError::Raise, threads: Some(2) };
/// assert!(options.interval);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Also compute each row's interval: [`Computed::low`] and [`Computed::high`].
    pub interval: bool,
    /// What a row without a result does.
    pub errors: OnError,
    /// `None`: rayon's global pool (`RAYON_NUM_THREADS`); `Some(n)`: a pool of `n` threads,
    /// from 1 to [`MAX_THREADS`], kept for later calls with the same `n`.
    pub threads: Option<usize>,
}

/// The most threads [`Options::threads`] may ask for: a pool is kept for each count asked for,
/// so the counts, and the pools kept, are bounded.
pub const MAX_THREADS: usize = 256;
