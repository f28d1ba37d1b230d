//! A reported figure with its unit.

use std::fmt;

use rust_decimal::Decimal;

use crate::error::Result;
use crate::estimate::Estimate;
use crate::interval::Interval;
use crate::unit::Unit;
use crate::value::{Bound, Reported};

/// A printed figure in a unit: `16,94 tỷ kWh` is `Quantity::new(16.94, "billion kWh", AsPrinted)`.
///
/// # Example
///
/// ```
/// use chiso::{Bound, Quantity};
/// use rust_decimal::Decimal;
///
/// let fairs = Quantity::new(Decimal::from(350), "million VND".parse()?, Bound::Exact);
/// let promotion = Quantity::new(Decimal::new(192, 2), "billion VND".parse()?, Bound::Exact);
/// let total = fairs.checked_add(&promotion)?;
/// assert_eq!(total.value(), Decimal::new(227, 2));
/// assert_eq!(total.unit().map(|u| u.to_string()).as_deref(), Some("billion VND"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quantity {
    reported: Reported,
    unit: Unit,
}

impl Quantity {
    /// The figure `value` in `unit`, with `bound`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Bound, Quantity};
    /// use rust_decimal::Decimal;
    ///
    /// let q = Quantity::new(Decimal::new(1694, 2), "billion kWh".parse()?, Bound::AsPrinted);
    /// assert_eq!(q.to_string(), "16.94 billion kWh");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn new(value: Decimal, unit: Unit, bound: Bound) -> Quantity {
        Quantity { reported: Reported::new(value, bound), unit }
    }

    /// A reported figure in `unit`.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// assert_eq!(q.bound(), chiso::Bound::AsPrinted);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn from_reported(reported: Reported, unit: Unit) -> Quantity {
        Quantity { reported, unit }
    }

    /// The printed value.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("16.940".parse()?, "billion kWh".parse()?);
    /// assert_eq!(q.value().to_string(), "16.940");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn value(&self) -> Decimal {
        self.reported.value()
    }

    /// What the print promises.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// assert_eq!(q.bound(), chiso::Bound::AsPrinted);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn bound(&self) -> Bound {
        self.reported.bound()
    }

    /// The value and its bound.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// assert_eq!(q.reported().last_digit(), -2);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn reported(&self) -> &Reported {
        &self.reported
    }

    /// The unit.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// assert_eq!(q.unit().to_string(), "billion kWh");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// Every true value the figure allows, in its unit.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// assert_eq!(q.interval().to_string(), "[16.935, 16.945]");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn interval(&self) -> Interval {
        self.reported.interval()
    }

    /// The same figure in another scale of the same dimension, exactly; what the last printed
    /// digit promised is kept (`1.92` billion is `1920` million, known to 10 million).
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`](crate::Error::UnitMismatch) for another dimension or currency;
    /// [`Error::Overflow`](crate::Error::Overflow) when the value does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// let q = chiso::Quantity::from_reported("1.92".parse()?, "billion VND".parse()?);
    /// let m = q.to(&"million VND".parse()?)?;
    /// assert_eq!(m.value(), rust_decimal::Decimal::from(1920));
    /// assert_eq!(m.interval().to_string(), "[1915, 1925]");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn to(&self, unit: &Unit) -> Result<Quantity> {
        self.unit.factor_to(unit)?;
        let exponent = i64::from(self.unit.scale().exponent()) - i64::from(unit.scale().exponent());
        Ok(Quantity { reported: self.reported.rescaled(exponent, "a change of unit")?, unit: unit.clone() })
    }

    /// The sum of two figures of one dimension, in the coarser of their scales, with the
    /// interval both bounds allow: `more than` survives a sum.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`](crate::Error::UnitMismatch) naming both units when they differ
    /// in dimension or currency.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Quantity;
    ///
    /// let a = Quantity::from_reported("1".parse()?, "kWh".parse()?);
    /// let b = Quantity::from_reported("1".parse()?, "VND".parse()?);
    /// assert_eq!(a.checked_add(&b).unwrap_err().to_string(), "cannot add kWh and VND: energy is not money");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_add(&self, other: &Quantity) -> Result<Estimate> {
        Estimate::from(self).checked_add(&Estimate::from(other))
    }

    /// The difference of two figures of one dimension; see [`Quantity::checked_add`].
    ///
    /// # Errors
    ///
    /// As [`Quantity::checked_add`].
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Quantity;
    ///
    /// let a = Quantity::from_reported("5".parse()?, "billion USD".parse()?);
    /// let b = Quantity::from_reported("500".parse()?, "million USD".parse()?);
    /// assert_eq!(a.checked_sub(&b)?.value(), rust_decimal::Decimal::new(45, 1));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_sub(&self, other: &Quantity) -> Result<Estimate> {
        Estimate::from(self).checked_sub(&Estimate::from(other))
    }

    /// The figure times a plain number, in the figure's unit, with every value its interval
    /// allows multiplied; see [`Estimate::checked_mul`].
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`](crate::Error::UnitMismatch) when `factor` has a unit;
    /// [`Error::Overflow`](crate::Error::Overflow) when a value does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Estimate, Quantity};
    ///
    /// let retail = Quantity::from_reported("351640".parse()?, "billion VND".parse()?);
    /// let tripled = retail.checked_mul(&Estimate::from(rust_decimal::Decimal::from(3)))?;
    /// assert_eq!(tripled.to_string(), "1054920 billion VND in [1054918.5, 1054921.5]");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_mul(&self, factor: &Estimate) -> Result<Estimate> {
        Estimate::from(self).checked_mul(factor)
    }

    /// The figure divided by a plain number (in the figure's unit) or by a figure of the same
    /// dimension (a plain ratio); see [`Estimate::checked_div`].
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`](crate::Error::UnitMismatch) for a divisor of another dimension
    /// or currency; [`Error::Undefined`](crate::Error::Undefined) when the divisor allows
    /// zero; [`Error::Overflow`](crate::Error::Overflow) when a value does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Estimate, Quantity};
    ///
    /// let power = Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// let before = Quantity::from_reported("15.21".parse()?, "billion kWh".parse()?);
    /// let ratio = power.checked_div(&Estimate::from(&before))?;
    /// assert_eq!(ratio.unit(), None);
    /// assert!(ratio.low() < Some(ratio.value()) && Some(ratio.value()) < ratio.high());
    /// let zero = Quantity::from_reported("0".parse()?, "billion kWh".parse()?);
    /// assert_eq!(power.checked_div(&Estimate::from(&zero)).unwrap_err().kind(), "undefined");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_div(&self, divisor: &Estimate) -> Result<Estimate> {
        Estimate::from(self).checked_div(divisor)
    }
}

impl fmt::Display for Quantity {
    /// In English, as the JSON format writes units: `more than 2.79 billion VND`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.reported, self.unit)
    }
}
