//! The output of a column function: values at one scale, the interval's ends, and the reason
//! for every null row.

use rust_decimal::Decimal;

use crate::error::Error;
use crate::interval::{Endpoint, Interval};
use crate::unit::Unit;

/// A column of decimals at one scale, in the `decimal128(38, scale)` layout: row `i` is
/// `mantissas[i] × 10^-scale` where `validity[i]` is `true`, and null otherwise (its mantissa
/// is then 0).
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
/// let g = columns::growth(&Column::fixed(vec![110i128], 0), &Column::fixed(vec![100i128], 0), &Options::default())?;
/// assert_eq!(g.value().scale(), 28);
/// assert_eq!(g.value().get(0), Some(rust_decimal::Decimal::TEN));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub(crate) mantissas: Vec<i128>,
    pub(crate) scale: u32,
    pub(crate) valid: Vec<bool>,
}

impl Output {
    /// The unscaled values (0 on null rows).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let s = columns::share(&Column::fixed(vec![1i128], 0), &Column::fixed(vec![4i128], 0), &Options::default())?;
    /// assert_eq!(s.value().mantissas()[0], 25 * 10i128.pow(28));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn mantissas(&self) -> &[i128] {
        &self.mantissas
    }

    /// The number of decimal places of every row.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let p = columns::project(&Column::fixed(vec![100i128], 0), &Column::fixed(vec![5i128], 0), &Options::default())?;
    /// assert_eq!(p.value().scale(), 28);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// Which rows hold a value (`true`) and which are null.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![1i128], 0), &Column::fixed(vec![0i128], 0), &Options::default())?;
    /// assert_eq!(g.value().validity(), &[false]);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn validity(&self) -> &[bool] {
        &self.valid
    }

    /// The number of rows.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![1i128, 2], 0), &Column::scalar(1.into()), &Options::default())?;
    /// assert_eq!(g.value().len(), 2);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.valid.len()
    }

    /// Whether the column has no rows.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::decimals(vec![]), &Column::scalar(1.into()), &Options::default())?;
    /// assert!(g.value().is_empty());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.valid.is_empty()
    }

    /// Row `row` as a decimal (without the trailing zeros the column's scale adds), `None` when
    /// it is null or past the end.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![3i128], 0), &Column::fixed(vec![2i128], 0), &Options::default())?;
    /// assert_eq!(g.value().get(0).unwrap().to_string(), "50");
    /// assert_eq!(g.value().get(1), None);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn get(&self, row: usize) -> Option<Decimal> {
        if !*self.valid.get(row)? {
            return None;
        }
        Some(to_decimal(self.mantissas[row], self.scale))
    }

    pub(crate) fn with_len(len: usize) -> Output {
        Output { mantissas: vec![0; len], scale: 0, valid: vec![false; len] }
    }
}

/// A value of the output scale back as a decimal: every such value came from a decimal, so
/// dropping the trailing zeros the scale added makes it fit again.
fn to_decimal(mut mantissa: i128, mut scale: u32) -> Decimal {
    loop {
        if let Ok(value) = Decimal::try_from_i128_with_scale(mantissa, scale) {
            return value.normalize();
        }
        if scale == 0 {
            // OK because an output value is never wider than the decimal it came from.
            unreachable!("an output value wider than a decimal");
        }
        mantissa /= 10;
        scale -= 1;
    }
}

/// One end of the intervals of a column: the end's value (null where the interval is
/// unbounded on that side, or the row is null) and whether it is open (excluded).
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
/// use chiso::Bound;
/// let before = Column::fixed(vec![100i128], 0).with_bound(Bound::MoreThan);
/// let g = columns::growth(&Column::fixed(vec![110i128], 0), &before, &Options { interval: true, ..Options::default() })?;
/// let (low, high) = (g.low().unwrap(), g.high().unwrap());
/// assert_eq!(low.values().get(0), Some(rust_decimal::Decimal::from(-100)));
/// assert!(low.open()[0] && high.open()[0]);
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ends {
    pub(crate) values: Output,
    pub(crate) open: Vec<bool>,
}

impl Ends {
    /// The ends' values; a null on a row that has a value is an unbounded end.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![11i128], 0), &Column::fixed(vec![10i128], 0), &Options { interval: true, ..Options::default() })?;
    /// assert_eq!(g.low().unwrap().values().get(0).unwrap().to_string(), "0");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn values(&self) -> &Output {
        &self.values
    }

    /// Whether each end is open (the value itself excluded).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![11i128], 0), &Column::fixed(vec![10i128], 0), &Options { interval: true, ..Options::default() })?;
    /// assert_eq!(g.high().unwrap().open(), &[false]);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn open(&self) -> &[bool] {
        &self.open
    }

    pub(crate) fn with_len(len: usize) -> Ends {
        Ends { values: Output::with_len(len), open: vec![false; len] }
    }

    fn endpoint(&self, row: usize) -> Endpoint {
        match (self.values.get(row), self.open[row]) {
            (None, _) => Endpoint::Unbounded,
            (Some(v), true) => Endpoint::Open(v),
            (Some(v), false) => Endpoint::Closed(v),
        }
    }
}

/// Why a row of the output is null: its index and the error the scalar function gave on its
/// inputs (or the missing input, or the value the output column cannot hold).
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
/// let g = columns::growth(&Column::fixed(vec![1i128, 2], 0), &Column::fixed(vec![0i128, 1], 0), &Options::default())?;
/// let problem = &g.problems()[0];
/// assert_eq!((problem.row, problem.error.kind()), (0, "undefined"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row, counted from 0.
    pub row: usize,
    /// What is wrong with it.
    pub error: Error,
}

/// The result of a column function: a value per row, the ends of each row's interval when
/// asked for, the unit, and the reason for every null row.
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
/// let now = Column::fixed(vec![1694i128, 1800], 2);
/// let before = Column::fixed(vec![1521i128, 0], 2);
/// let g = columns::growth(&now, &before, &Options::default())?;
/// assert_eq!(g.len(), 2);
/// assert_eq!(g.get(0).unwrap().round_dp(4).to_string(), "11.3741");
/// assert_eq!(g.get(1), None);
/// assert!(g.problems()[0].error.to_string().contains("positive base"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computed {
    pub(crate) value: Output,
    pub(crate) low: Option<Ends>,
    pub(crate) high: Option<Ends>,
    pub(crate) unit: Option<Unit>,
    pub(crate) problems: Vec<RowProblem>,
}

impl Computed {
    /// The number of rows.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![1i128], 0), &Column::fixed(vec![1i128], 0), &Options::default())?;
    /// assert_eq!(g.len(), 1);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.value.len()
    }

    /// Whether there are no rows.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![], 0), &Column::fixed(vec![], 0), &Options::default())?;
    /// assert!(g.is_empty());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// The values.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![2i128], 0), &Column::fixed(vec![1i128], 0), &Options::default())?;
    /// assert_eq!(g.value().get(0), Some(rust_decimal::Decimal::ONE_HUNDRED));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn value(&self) -> &Output {
        &self.value
    }

    /// The low ends of the intervals, when [`Options::interval`](super::Options::interval) asked
    /// for them.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![2i128], 0), &Column::fixed(vec![1i128], 0), &Options::default())?;
    /// assert!(g.low().is_none());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn low(&self) -> Option<&Ends> {
        self.low.as_ref()
    }

    /// The high ends of the intervals, when asked for.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![2i128], 0), &Column::fixed(vec![1i128], 0), &Options { interval: true, ..Options::default() })?;
    /// assert_eq!(g.high().unwrap().values().get(0).unwrap().to_string(), "300");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn high(&self) -> Option<&Ends> {
        self.high.as_ref()
    }

    /// The unit of every row (percent for rates, the base's unit for levels).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![2i128], 0), &Column::fixed(vec![1i128], 0), &Options::default())?;
    /// assert_eq!(g.unit(), Some(&chiso::Unit::percent()));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn unit(&self) -> Option<&Unit> {
        self.unit.as_ref()
    }

    /// The reason for every null row, in row order.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let now = Column::fixed(vec![2i128, 3], 0).with_validity(vec![false, true]);
    /// let g = columns::growth(&now, &Column::fixed(vec![1i128, 1], 0), &Options::default())?;
    /// assert_eq!(g.problems()[0].error.to_string(), "missing current");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn problems(&self) -> &[RowProblem] {
        &self.problems
    }

    /// Row `row`'s value, `None` when it is null.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![2i128], 0), &Column::fixed(vec![1i128], 0), &Options::default())?;
    /// assert_eq!(g.get(0), Some(rust_decimal::Decimal::ONE_HUNDRED));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn get(&self, row: usize) -> Option<Decimal> {
        self.value.get(row)
    }

    /// Row `row`'s interval, `None` when the row is null or the interval was not asked for.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{self, Column, Options};
    /// let g = columns::growth(&Column::fixed(vec![2i128], 0), &Column::fixed(vec![1i128], 0), &Options { interval: true, ..Options::default() })?;
    /// assert_eq!(g.interval(0).unwrap().to_string(), "[0, 300]");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn interval(&self, row: usize) -> Option<Interval> {
        let (low, high) = (self.low.as_ref()?, self.high.as_ref()?);
        self.value.get(row)?;
        Interval::new(low.endpoint(row), high.endpoint(row)).ok()
    }
}
