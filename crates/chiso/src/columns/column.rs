//! The input of a column function: values, which of them are present, and what each promises.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::interval::Interval;
use crate::quantity::Quantity;
use crate::unit::Unit;
use crate::value::{Bound, Reported};

/// The values of a column.
#[derive(Debug, Clone, PartialEq)]
pub enum Values<'a> {
    /// Mantissas at one scale: Arrow's `decimal128(p, s)` layout, row `i` being
    /// `mantissas[i] × 10^-scale`; integers are scale 0. The scale may be negative (Arrow allows
    /// it) and is at most 38 in magnitude.
    Fixed {
        /// The unscaled values.
        mantissas: Cow<'a, [i128]>,
        /// The number of decimal places of every row.
        scale: i32,
    },
    /// Each row its own decimal, its own scale kept (decimal strings, Python `Decimal`s).
    Decimals(Cow<'a, [Decimal]>),
    /// One value for every row (broadcast): `project(levels, 8)`.
    Scalar(Decimal),
}

/// What the rows of a column promise: one bound for all, or one each.
#[derive(Debug, Clone, PartialEq)]
enum Bounds<'a> {
    One(Bound),
    PerRow(Cow<'a, [Bound]>),
}

/// One argument of a column function: a column of figures, or one figure broadcast to every row.
///
/// Row `i` is the figure `Reported::new(value_i, bound_i).with_last_digit(digit_i)` (a
/// [`Quantity`] when the column has a unit), the argument the scalar function would take. Its
/// value is first written to its last digit, dropping or adding trailing zeros (never a non-zero
/// digit): a `decimal128(18, 2)` row `16.90` with a last digit of −1 is the printed `16.9`.
///
/// # Example
///
/// ```
/// use chiso::columns::{self, Column, Options};
/// use chiso::Bound;
///
/// // 16.94 and 15.21 in a decimal128(18, 2) layout, previous values known to be more than 10.
/// let now = Column::fixed(vec![1694i128, 1000], 2);
/// let before = Column::fixed(vec![1521i128, 1000], 2).with_bounds(vec![Bound::AsPrinted, Bound::MoreThan]);
/// let g = columns::growth(&now, &before, &Options { interval: true, ..Options::default() })?;
/// assert_eq!(g.get(0).unwrap().round_dp(2).to_string(), "11.37");
/// assert_eq!(g.interval(1).unwrap().to_string(), "(-100, 0.05)");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Column<'a> {
    values: Values<'a>,
    validity: Option<Cow<'a, [bool]>>,
    bounds: Bounds<'a>,
    last_digits: Option<Cow<'a, [i32]>>,
    unit: Option<Unit>,
}

impl<'a> Column<'a> {
    /// A column of `values`, every row present and printed (`Bound::AsPrinted`), without a unit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{Column, Values};
    /// let c = Column::new(Values::Scalar(rust_decimal::Decimal::TEN));
    /// assert_eq!(c.len(), None);
    /// ```
    pub fn new(values: Values<'a>) -> Column<'a> {
        Column { values, validity: None, bounds: Bounds::One(Bound::AsPrinted), last_digits: None, unit: None }
    }

    /// Mantissas at one scale, the `decimal128(p, scale)` layout. Each row's last printed digit is
    /// the column's scale unless [`Column::with_last_digits`] says otherwise: such a column holds
    /// `16.9` as `16.90`, and the digit it was printed to is lost.
    ///
    /// # Example
    ///
    /// ```
    /// let c = chiso::columns::Column::fixed(vec![1694i128, 1521], 2);
    /// assert_eq!(c.len(), Some(2));
    /// ```
    pub fn fixed(mantissas: impl Into<Cow<'a, [i128]>>, scale: i32) -> Column<'a> {
        Column::new(Values::Fixed { mantissas: mantissas.into(), scale })
    }

    /// A column of decimals, each printed to its own scale.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let c = chiso::columns::Column::decimals(vec![Decimal::new(1694, 2), Decimal::new(169, 1)]);
    /// assert_eq!(c.len(), Some(2));
    /// ```
    pub fn decimals(values: impl Into<Cow<'a, [Decimal]>>) -> Column<'a> {
        Column::new(Values::Decimals(values.into()))
    }

    /// One figure for every row.
    ///
    /// # Example
    ///
    /// ```
    /// let eight = chiso::columns::Column::scalar(rust_decimal::Decimal::from(8));
    /// assert_eq!(eight.len(), None);
    /// ```
    pub fn scalar(value: Decimal) -> Column<'a> {
        Column::new(Values::Scalar(value))
    }

    /// Which rows are present (`true`) and which missing. Its length must equal the column's;
    /// without it every row is present. A scalar has no rows to mark.
    ///
    /// # Example
    ///
    /// ```
    /// let c = chiso::columns::Column::fixed(vec![1i128, 0], 0).with_validity(vec![true, false]);
    /// assert_eq!(c.len(), Some(2));
    /// ```
    pub fn with_validity(self, valid: impl Into<Cow<'a, [bool]>>) -> Column<'a> {
        Column { validity: Some(valid.into()), ..self }
    }

    /// One bound for every row (the default is `Bound::AsPrinted`).
    ///
    /// # Example
    ///
    /// ```
    /// let exact = chiso::columns::Column::fixed(vec![41i128], 0).with_bound(chiso::Bound::Exact);
    /// assert_eq!(exact.len(), Some(1));
    /// ```
    pub fn with_bound(self, bound: Bound) -> Column<'a> {
        Column { bounds: Bounds::One(bound), ..self }
    }

    /// A bound for each row; its length must equal the column's.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Bound;
    /// let c = chiso::columns::Column::fixed(vec![41i128, 2], 0).with_bounds(vec![Bound::Exact, Bound::MoreThan]);
    /// assert_eq!(c.len(), Some(2));
    /// ```
    pub fn with_bounds(self, bounds: impl Into<Cow<'a, [Bound]>>) -> Column<'a> {
        Column { bounds: Bounds::PerRow(bounds.into()), ..self }
    }

    /// The power of ten of each row's last printed digit, as [`Reported::with_last_digit`]
    /// takes it (−2 for hundredths, 3 for thousands); its length must equal the column's. The
    /// default is the column's scale for [`Values::Fixed`] and each decimal's own scale otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// // 16.90 in a decimal(18, 2) column that was printed as 16.9.
    /// let c = chiso::columns::Column::fixed(vec![1690i128], 2).with_last_digits(vec![-1]);
    /// assert_eq!(c.len(), Some(1));
    /// ```
    pub fn with_last_digits(self, digits: impl Into<Cow<'a, [i32]>>) -> Column<'a> {
        Column { last_digits: Some(digits.into()), ..self }
    }

    /// The unit of every row. Columns of one dimension in different scales (million and billion
    /// VND) are aligned as the scalar functions align figures; different dimensions are refused.
    ///
    /// # Example
    ///
    /// ```
    /// let c = chiso::columns::Column::fixed(vec![1694i128], 2).with_unit("billion kWh".parse()?);
    /// assert_eq!(c.unit().unwrap().to_string(), "billion kWh");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_unit(self, unit: Unit) -> Column<'a> {
        Column { unit: Some(unit), ..self }
    }

    /// The number of rows, `None` for a scalar.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::columns::Column::decimals(vec![]).len(), Some(0));
    /// ```
    pub fn len(&self) -> Option<usize> {
        match &self.values {
            Values::Fixed { mantissas, .. } => Some(mantissas.len()),
            Values::Decimals(values) => Some(values.len()),
            Values::Scalar(_) => None,
        }
    }

    /// Whether the column has no rows (a scalar has one for every row of the others).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::columns::Column::decimals(vec![]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// The values.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::columns::{Column, Values};
    /// let c = Column::fixed(vec![1694i128], 2);
    /// assert!(matches!(c.values(), Values::Fixed { scale: 2, .. }));
    /// ```
    pub fn values(&self) -> &Values<'a> {
        &self.values
    }

    /// The unit, `None` for plain numbers.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::columns::Column::fixed(vec![1i128], 0).unit().is_none());
    /// ```
    pub fn unit(&self) -> Option<&Unit> {
        self.unit.as_ref()
    }

    /// Checks the lengths of the per-row parts against the column's and the number of rows of
    /// the call; `argument` names the column in the error.
    pub(crate) fn check(&self, argument: &'static str, rows: usize) -> Result<()> {
        let own = self.len();
        let parts = [
            ("validity", self.validity.as_ref().map(|v| v.len())),
            (
                "bounds",
                match &self.bounds {
                    Bounds::PerRow(b) => Some(b.len()),
                    Bounds::One(_) => None,
                },
            ),
            ("last digits", self.last_digits.as_ref().map(|d| d.len())),
        ];
        if let Some(own) = own {
            if own != rows {
                let why = format!("the columns of a call have one length, and the others have {}", count(rows));
                return Err(Error::invalid("column length", format!("{argument}: {}", count(own)), why));
            }
        }
        for (part, len) in parts {
            let input = |len: usize| format!("{argument}: {part} of {}", count(len));
            match (len, own) {
                (Some(len), Some(own)) if len != own => {
                    let why = format!("a column's {part} has a row for each of its {}", count(own));
                    return Err(Error::invalid("column length", input(len), why));
                }
                (Some(len), None) => {
                    let why = format!("{argument} is one figure for every row: its {part} cannot be given per row");
                    return Err(Error::invalid("column length", input(len), why));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Whether row `i` is present.
    pub(crate) fn is_valid(&self, i: usize) -> bool {
        self.validity.as_ref().is_none_or(|v| v[i])
    }

    /// The bound of row `i`.
    pub(crate) fn bound(&self, i: usize) -> Bound {
        match &self.bounds {
            Bounds::One(bound) => *bound,
            Bounds::PerRow(bounds) => bounds[i],
        }
    }

    /// The one bound of every row, `None` when they have one each.
    pub(crate) fn single_bound(&self) -> Option<Bound> {
        match &self.bounds {
            Bounds::One(bound) => Some(*bound),
            Bounds::PerRow(_) => None,
        }
    }

    /// The last digit given for row `i`, if the column gives one per row.
    pub(crate) fn last_digit(&self, i: usize) -> Option<i32> {
        self.last_digits.as_ref().map(|digits| digits[i])
    }

    /// The mantissa and scale of row `i`, as given (not yet checked to fit a decimal).
    pub(crate) fn raw(&self, i: usize) -> (i128, i32) {
        match &self.values {
            Values::Fixed { mantissas, scale } => (mantissas[i], *scale),
            Values::Decimals(values) => (values[i].mantissa(), values[i].scale() as i32),
            Values::Scalar(value) => (value.mantissa(), value.scale() as i32),
        }
    }

    /// The value of row `i` as a decimal.
    pub(crate) fn decimal(&self, i: usize) -> Result<Decimal> {
        match &self.values {
            Values::Fixed { mantissas, scale } => fixed_decimal(mantissas[i], *scale),
            Values::Decimals(values) => Ok(values[i]),
            Values::Scalar(value) => Ok(*value),
        }
    }

    /// Row `i` as the figure the scalar functions take.
    pub(crate) fn reported(&self, i: usize) -> Result<Reported> {
        let value = self.decimal(i)?;
        let bound = self.bound(i);
        let digit = match (&self.last_digits, &self.values) {
            (Some(digits), _) => digits[i],
            // An exact figure has no printed digit, so a scale beyond a decimal's 28 places
            // (decimal128(38, 30)) does not refuse it.
            (None, Values::Fixed { scale, .. }) if *scale > 28 && bound == Bound::Exact => {
                return Ok(Reported::new(value, bound));
            }
            (None, Values::Fixed { scale, .. }) => -*scale,
            (None, _) => return Ok(Reported::new(value, bound)),
        };
        let written = to_last_digit(value, digit)?;
        Reported::new(written, bound).with_last_digit(digit)
    }

    /// Row `i` as an estimate, with the column's unit.
    pub(crate) fn estimate(&self, i: usize) -> Result<Estimate> {
        let reported = self.reported(i)?;
        Ok(match &self.unit {
            Some(unit) => Estimate::from(Quantity::from_reported(reported, unit.clone())),
            None => Estimate::from(reported),
        })
    }

    /// A stand-in figure of 1 with the column's unit, to check units once per call.
    pub(crate) fn unit_probe(&self) -> Result<Estimate> {
        Estimate::new(Decimal::ONE, Interval::point(Decimal::ONE), self.unit.clone())
    }
}

/// `1 row`, `2 rows`.
fn count(rows: usize) -> String {
    format!("{rows} row{}", if rows == 1 { "" } else { "s" })
}

/// `mantissa × 10^-scale` as a decimal, exactly.
pub(crate) fn fixed_decimal(mantissa: i128, scale: i32) -> Result<Decimal> {
    let refuse = |why: String| Error::invalid("decimal", format!("{mantissa}e{}", -scale), why);
    let (mut mantissa, mut scale) = (mantissa, scale);
    if scale < 0 {
        let power = 10i128.checked_pow(scale.unsigned_abs());
        mantissa = power.and_then(|p| mantissa.checked_mul(p)).ok_or_else(|| refuse(TOO_MANY_DIGITS.to_string()))?;
        scale = 0;
    }
    // Trailing zeros beyond a decimal's 28 places carry no digit.
    while scale > 28 && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    if scale > 28 {
        return Err(refuse(format!("a decimal holds at most 28 decimal places; this one has {scale}")));
    }
    Decimal::try_from_i128_with_scale(mantissa, scale as u32).map_err(|_| refuse(TOO_MANY_DIGITS.to_string()))
}

const TOO_MANY_DIGITS: &str = "it has more digits than a decimal of 28 significant digits holds";

/// `value` written with `max(−digit, 0)` decimal places: trailing zeros dropped or added, never
/// a non-zero digit (`with_last_digit` refuses what is left).
fn to_last_digit(value: Decimal, digit: i32) -> Result<Decimal> {
    let places = (-i64::from(digit)).clamp(0, 28) as u32;
    if value.scale() > places {
        let dropped = value.scale() - places;
        let power = 10i128.pow(dropped);
        if value.mantissa() % power == 0 {
            return Ok(Decimal::from_i128_with_scale(value.mantissa() / power, places));
        }
    } else if value.scale() < places {
        let mut wider = value;
        wider.rescale(places);
        if wider == value && wider.scale() == places {
            return Ok(wider);
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_mantissas_become_decimals_exactly_or_are_refused() {
        assert_eq!(fixed_decimal(1694, 2).unwrap().to_string(), "16.94");
        // Arrow's negative scales: 12 × 10^3.
        assert_eq!(fixed_decimal(12, -3).unwrap().to_string(), "12000");
        // Zeros beyond 28 places carry no digit; other digits there do not fit.
        assert_eq!(fixed_decimal(15 * 10i128.pow(29), 30).unwrap(), Decimal::new(15, 1));
        assert_eq!(fixed_decimal(15, 30).unwrap_err().kind(), "invalid_input");
        assert_eq!(fixed_decimal(i128::MAX, 0).unwrap_err().kind(), "invalid_input");
        assert_eq!(fixed_decimal(1, -38).unwrap_err().kind(), "invalid_input");
    }

    #[test]
    fn a_value_is_written_to_its_last_digit_without_losing_a_digit() {
        let d = |m: i64, s: u32| Decimal::new(m, s);
        assert_eq!(to_last_digit(d(1690, 2), -1).unwrap().to_string(), "16.9");
        assert_eq!(to_last_digit(d(169, 1), -2).unwrap().to_string(), "16.90");
        // A digit below the last one is left for `with_last_digit` to refuse.
        assert_eq!(to_last_digit(d(1694, 2), -1).unwrap().to_string(), "16.94");
        let row = Column::fixed(vec![1694i128], 2).with_last_digits(vec![-1]);
        assert_eq!(row.reported(0).unwrap_err().kind(), "invalid_input");
        let thousands = Column::fixed(vec![12i128], -3);
        assert_eq!(thousands.reported(0).unwrap().interval().to_string(), "[11500, 12500]");
    }
}
