//! Derived figures: a point value and the interval of values the inputs allow.

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::arith;
use crate::error::{Error, Result};
use crate::interval::{Endpoint, Interval};
use crate::quantity::Quantity;
use crate::unit::{Dimension, Direction, ExchangeRate, Unit};
use crate::value::Reported;

/// A derived figure: the value computed from the printed values, and the interval of values
/// that every combination of true inputs allows. `unit` is `None` for plain numbers.
///
/// # Example
///
/// ```
/// use chiso::{growth, Reported};
///
/// let now: Reported = "16.94".parse()?;
/// let before: Reported = "15.21".parse()?;
/// let g = growth(&now, &before)?;
/// assert_eq!(g.value().round_dp(2).to_string(), "11.37");
/// assert!(g.interval().contains(g.value()));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Estimate {
    value: Decimal,
    interval: Interval,
    unit: Option<Unit>,
}

impl Estimate {
    /// An estimate of `value` within `interval` (or on one of its open ends, as the printed
    /// value of a `more than` figure is).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when `value` lies outside `interval` and its ends.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Estimate, Interval};
    /// use rust_decimal::Decimal;
    ///
    /// let e = Estimate::new(Decimal::ONE, Interval::closed(Decimal::ZERO, Decimal::TWO)?, None)?;
    /// assert_eq!(e.low(), Some(Decimal::ZERO));
    /// assert!(Estimate::new(Decimal::TEN, Interval::point(Decimal::ONE), None).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn new(value: Decimal, interval: Interval, unit: Option<Unit>) -> Result<Estimate> {
        let on_an_end = interval.low_value() == Some(value) || interval.high_value() == Some(value);
        if !interval.contains(value) && !on_an_end {
            return Err(Error::invalid(
                "estimate",
                value.to_string(),
                format!("the value lies outside its interval {interval}"),
            ));
        }
        Ok(Estimate { value, interval, unit })
    }

    /// An estimate whose point was computed from the printed values and whose interval from
    /// their intervals. The point may sit on an open end: `more than 2.79` is computed from
    /// 2.79 itself.
    ///
    /// The point is rounded once per step, as Python rounds it, while each end of the interval
    /// is rounded outward once; where the two roundings part (a point at the 28th digit of a
    /// difference of far-apart values), the interval is stretched to reach the point, so that
    /// every estimate holds its own value.
    pub(crate) fn derived(value: Decimal, interval: Interval, unit: Option<Unit>) -> Estimate {
        let on_an_end = interval.low_value() == Some(value) || interval.high_value() == Some(value);
        let interval =
            if interval.contains(value) || on_an_end { interval } else { interval.hull(&Interval::point(value)) };
        Estimate { value, interval, unit }
    }

    /// The value computed from the printed figures.
    ///
    /// # Example
    ///
    /// ```
    /// let e = chiso::Estimate::from(rust_decimal::Decimal::TEN);
    /// assert_eq!(e.value(), rust_decimal::Decimal::TEN);
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// Every value the inputs allow.
    ///
    /// # Example
    ///
    /// ```
    /// let e = chiso::Estimate::from(rust_decimal::Decimal::TEN);
    /// assert!(e.interval().is_point());
    /// ```
    pub fn interval(&self) -> Interval {
        self.interval
    }

    /// The low limit, `None` when unbounded.
    ///
    /// # Example
    ///
    /// ```
    /// let e = chiso::Estimate::from(rust_decimal::Decimal::TEN);
    /// assert_eq!(e.low(), Some(rust_decimal::Decimal::TEN));
    /// ```
    pub fn low(&self) -> Option<Decimal> {
        self.interval.low_value()
    }

    /// The high limit, `None` when unbounded.
    ///
    /// # Example
    ///
    /// ```
    /// let e = chiso::Estimate::from(rust_decimal::Decimal::TEN);
    /// assert_eq!(e.high(), Some(rust_decimal::Decimal::TEN));
    /// ```
    pub fn high(&self) -> Option<Decimal> {
        self.interval.high_value()
    }

    /// The unit, `None` for a plain number.
    ///
    /// # Example
    ///
    /// ```
    /// let g = chiso::growth(&"11".parse::<chiso::Reported>()?, &"10".parse::<chiso::Reported>()?)?;
    /// assert_eq!(g.unit(), Some(&chiso::Unit::percent()));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn unit(&self) -> Option<&Unit> {
        self.unit.as_ref()
    }

    /// The same estimate in another scale of its dimension.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] for another dimension or for a plain number;
    /// [`Error::Overflow`] when a value does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Quantity;
    /// let q = Quantity::from_reported("1.92".parse()?, "billion VND".parse()?);
    /// let m = chiso::Estimate::from(&q).to(&"million VND".parse()?)?;
    /// assert_eq!(m.value(), rust_decimal::Decimal::from(1920));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn to(&self, unit: &Unit) -> Result<Estimate> {
        let Some(own) = &self.unit else {
            return Err(no_unit("convert", unit));
        };
        let factor = own.factor_to(unit)?;
        self.scaled(factor, Some(unit.clone()))
    }

    /// The same amount of money in the other currency of a dated exchange rate, in the same
    /// scale: the only way chiso converts between currencies.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when the estimate is not money in one of the rate's currencies.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Currency, Estimate, ExchangeRate, Quantity};
    /// use chrono::NaiveDate;
    /// use rust_decimal::Decimal;
    ///
    /// let surplus = Quantity::from_reported("10".parse()?, "billion USD".parse()?);
    /// let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    /// let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_450), date)?;
    /// let in_vnd = Estimate::from(&surplus).convert(&rate)?;
    /// assert_eq!(in_vnd.to_string(), "254500 billion VND in [241775.0, 267225.0]");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn convert(&self, rate: &ExchangeRate) -> Result<Estimate> {
        let currency = match self.unit.as_ref().map(Unit::dimension) {
            Some(Dimension::Money(currency)) => *currency,
            _ => {
                return Err(Error::UnitMismatch {
                    operation: "convert",
                    left: describe_unit(self.unit.as_ref()),
                    right: "an exchange rate".to_string(),
                    why: "only money converts between currencies".to_string(),
                })
            }
        };
        // OK because the match above leaves only money, which has a unit.
        let scale = self.unit.as_ref().map(Unit::scale).expect("money has a unit");
        let what = "a currency conversion";
        let (value, interval, target) = match rate.direction(currency)? {
            Direction::BaseToQuote => (
                arith::mul(self.value, rate.rate(), what)?,
                self.interval.checked_mul(&Interval::point(rate.rate()))?,
                rate.quote(),
            ),
            Direction::QuoteToBase => (
                arith::div(self.value, rate.rate(), what)?,
                self.interval.checked_div(&Interval::point(rate.rate()))?,
                rate.base(),
            ),
        };
        Ok(Estimate::derived(value, interval, Some(Unit::new(Dimension::Money(target), scale)?)))
    }

    fn scaled(&self, factor: Decimal, unit: Option<Unit>) -> Result<Estimate> {
        let value = arith::mul(self.value, factor, "a change of unit")?;
        let interval = self.interval.checked_mul(&Interval::point(factor))?;
        Ok(Estimate::derived(value, interval, unit))
    }

    /// The sum, in the coarser of the two scales, with the interval both allow.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when the units differ in dimension or currency, or only one of
    /// the two has a unit; [`Error::Overflow`] when the sum does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Bound, Estimate, Quantity};
    /// use rust_decimal::Decimal;
    ///
    /// let fairs = Quantity::new(Decimal::from(350), "million VND".parse()?, Bound::Exact);
    /// let promotion = Quantity::new(Decimal::new(192, 2), "billion VND".parse()?, Bound::AsPrinted);
    /// let extension = Quantity::new(Decimal::new(279, 2), "billion VND".parse()?, Bound::MoreThan);
    /// let total = Estimate::from(&fairs).checked_add(&(&promotion).into())?.checked_add(&(&extension).into())?;
    /// assert_eq!(total.value(), Decimal::new(506, 2));
    /// assert_eq!(total.interval().to_string(), "(5.055, +∞)");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_add(&self, other: &Estimate) -> Result<Estimate> {
        let (a, b) = align(self, other, "add")?;
        let value = arith::add(a.value, b.value, "a sum")?;
        let interval = a.interval.checked_add(&b.interval)?;
        Estimate::derived(value, interval, a.unit).in_coarser_unit(self, other)
    }

    /// A sum or difference computed in the finer unit of its terms, given in the coarser one.
    fn in_coarser_unit(self, a: &Estimate, b: &Estimate) -> Result<Estimate> {
        match (&a.unit, &b.unit, &self.unit) {
            (Some(ua), Some(ub), Some(own)) => {
                let coarser = if ua.scale() >= ub.scale() { ua } else { ub };
                if coarser == own {
                    Ok(self)
                } else {
                    self.to(coarser)
                }
            }
            _ => Ok(self),
        }
    }

    /// The difference; see [`Estimate::checked_add`].
    ///
    /// # Errors
    ///
    /// As [`Estimate::checked_add`].
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Estimate;
    /// use rust_decimal::Decimal;
    /// let d = Estimate::from(Decimal::TEN).checked_sub(&Estimate::from(Decimal::ONE))?;
    /// assert_eq!(d.value(), Decimal::from(9));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_sub(&self, other: &Estimate) -> Result<Estimate> {
        let (a, b) = align(self, other, "subtract")?;
        let value = arith::sub(a.value, b.value, "a difference")?;
        let interval = a.interval.checked_sub(&b.interval)?;
        Estimate::derived(value, interval, a.unit).in_coarser_unit(self, other)
    }

    /// The average per counted item: a budget divided by a number of fairs is a budget per
    /// fair, in the budget's unit.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when `count` has a unit other than a count;
    /// [`Error::Undefined`] when `count` allows zero.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Bound, Estimate, Quantity};
    /// use rust_decimal::Decimal;
    ///
    /// let budget = Quantity::new(Decimal::from(350), "million VND".parse()?, Bound::Exact);
    /// let fairs = Quantity::new(Decimal::from(6), "fairs".parse()?, Bound::Exact);
    /// let each = Estimate::from(&budget).per(&Estimate::from(&fairs))?;
    /// assert_eq!(each.value().round_dp(1), Decimal::new(583, 1));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn per(&self, count: &Estimate) -> Result<Estimate> {
        if let Some(unit) = &count.unit {
            if !matches!(unit.dimension(), Dimension::Count(_)) {
                return Err(Error::UnitMismatch {
                    operation: "average",
                    left: describe_unit(self.unit.as_ref()),
                    right: unit.to_string(),
                    why: "an average divides by a count or a plain number".to_string(),
                });
            }
        }
        if !count.interval.all_more_than(Decimal::ZERO) {
            return Err(Error::Undefined(format!(
                "an average over {} items is undefined: the count must be positive",
                count.value
            )));
        }
        let value = arith::div(self.value, count.value, "an average")?;
        let interval = self.interval.checked_div(&count.interval)?;
        Ok(Estimate::derived(value, interval, self.unit.clone()))
    }

    /// The product with a plain number (or of two plain numbers), in the unit of the one that
    /// has a unit: `2 × 16.94 billion kWh` is `33.88 billion kWh`, its interval every product
    /// of values the two intervals allow, rounded outward.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when both have a unit: chiso has no compound units (kWh × kWh,
    /// VND × USD); [`Error::Overflow`] when a value does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Estimate, Quantity};
    /// use rust_decimal::Decimal;
    ///
    /// let power = Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// let twice = Estimate::from(&power).checked_mul(&Estimate::from(Decimal::TWO))?;
    /// assert_eq!(twice.to_string(), "33.88 billion kWh in [33.870, 33.890]");
    /// assert!(twice.checked_mul(&twice).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_mul(&self, other: &Estimate) -> Result<Estimate> {
        let unit = match (&self.unit, &other.unit) {
            (Some(a), Some(b)) => {
                return Err(Error::UnitMismatch {
                    operation: "multiply",
                    left: a.to_string(),
                    right: b.to_string(),
                    why: "chiso has no compound units; multiply a figure by a plain number".to_string(),
                })
            }
            (unit, None) | (None, unit) => unit.clone(),
        };
        let value = arith::mul(self.value, other.value, "a product")?;
        let interval = self.interval.checked_mul(&other.interval)?;
        Ok(Estimate::derived(value, interval, unit))
    }

    /// The quotient: by a plain number, in this estimate's unit; by a figure of the same
    /// dimension, a plain ratio (billion VND ÷ million VND is a number); its interval every
    /// quotient of values the two intervals allow, rounded outward.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when the units differ in dimension or currency, or when a plain
    /// number is divided by a figure with a unit (chiso has no compound units);
    /// [`Error::Undefined`] when the divisor is or allows zero; [`Error::Overflow`] when a value
    /// does not fit, as when a divisor is too small to be told from zero in the dividend's
    /// coarser unit.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Estimate, Quantity};
    /// use rust_decimal::Decimal;
    ///
    /// let exports = Quantity::from_reported("3".parse()?, "billion USD".parse()?);
    /// let imports = Quantity::from_reported("1500".parse()?, "million USD".parse()?);
    /// let ratio = Estimate::from(&exports).checked_div(&Estimate::from(&imports))?;
    /// assert_eq!(ratio.value(), Decimal::TWO);
    /// assert_eq!(ratio.unit(), None);
    /// assert_eq!(ratio.interval().to_string(), "[1.666111296234588470509830056, 2.334111370456818939646548850]");
    /// let power = Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
    /// let err = Estimate::from(&exports).checked_div(&Estimate::from(&power)).unwrap_err();
    /// assert_eq!(err.to_string(), "cannot divide billion USD and billion kWh: money is not energy");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_div(&self, other: &Estimate) -> Result<Estimate> {
        let (a, b, unit) = match (&self.unit, &other.unit) {
            (_, None) => (self.clone(), other.clone(), self.unit.clone()),
            (None, Some(b)) => {
                return Err(Error::UnitMismatch {
                    operation: "divide",
                    left: "a plain number".to_string(),
                    right: b.to_string(),
                    why: "chiso has no compound units; divide a figure by a plain number or by a figure of its \
                          dimension"
                        .to_string(),
                })
            }
            (Some(_), Some(_)) => {
                let (a, b) = align(self, other, "divide")?;
                (a, b, None)
            }
        };
        if other.value.is_zero() {
            return Err(Error::Undefined(format!("cannot divide by {other}: it is zero")));
        }
        if !other.is_clear_of_zero() {
            return Err(Error::Undefined(format!("cannot divide by {other}: it allows zero")));
        }
        // A divisor clear of zero that reaches zero in the numerator's coarser unit is too
        // small for that unit's 28 decimals, and the quotient too large for any decimal.
        if b.value.is_zero() || !b.is_clear_of_zero() {
            return Err(Error::Overflow("a quotient"));
        }
        let value = arith::div(a.value, b.value, "a quotient")?;
        let interval = a.interval.checked_div(&b.interval)?;
        Ok(Estimate::derived(value, interval, unit))
    }
}

fn describe_unit(unit: Option<&Unit>) -> String {
    unit.map_or_else(|| "a plain number".to_string(), Unit::to_string)
}

fn no_unit(operation: &'static str, unit: &Unit) -> Error {
    Error::UnitMismatch {
        operation,
        left: "a plain number".to_string(),
        right: unit.to_string(),
        why: "give both figures a unit, or neither".to_string(),
    }
}

/// Both estimates in one unit; see [`align_all`].
pub(crate) fn align(a: &Estimate, b: &Estimate, operation: &'static str) -> Result<(Estimate, Estimate)> {
    let [a, b] = align_all([a, b], operation)?;
    Ok((a, b))
}

/// The estimates in one unit: the finest scale among them when every coarser figure converts
/// to it exactly (multiplying by a power of ten only lengthens a mantissa), so that no digit
/// is lost before the computation; otherwise the coarsest scale, whose rounding is outward.
pub(crate) fn align_all<const N: usize>(estimates: [&Estimate; N], operation: &'static str) -> Result<[Estimate; N]> {
    let Some(first) = estimates.iter().find_map(|e| e.unit.as_ref()) else {
        return Ok(estimates.map(Estimate::clone));
    };
    for estimate in estimates {
        match &estimate.unit {
            None => {
                let (left, right) =
                    (describe_unit(estimates[0].unit.as_ref()), describe_unit(estimates[N - 1].unit.as_ref()));
                return Err(Error::UnitMismatch {
                    operation,
                    left,
                    right,
                    why: format!("a plain number next to {first} is ambiguous; give both figures a unit, or neither"),
                });
            }
            Some(unit) => first.check_same_dimension(unit, operation)?,
        }
    }
    // OK because every estimate has a unit, checked above.
    let units = estimates.map(|e| e.unit.clone().expect("checked above"));
    let (finest, coarsest) = units.iter().fold((first, first), |(fine, coarse), unit| {
        (
            if unit.scale() < fine.scale() { unit } else { fine },
            if unit.scale() > coarse.scale() { unit } else { coarse },
        )
    });
    let exact: Option<Vec<Estimate>> = estimates.iter().map(|e| e.to_finer_exactly(finest)).collect();
    let aligned = match exact {
        Some(exact) => exact,
        None => estimates.iter().map(|e| e.to(coarsest)).collect::<Result<Vec<_>>>()?,
    };
    // OK because both vectors were built from an array of N.
    Ok(aligned.try_into().unwrap_or_else(|_| unreachable!("N estimates in, N out")))
}

impl Estimate {
    /// Whether every value the interval allows is on one side of zero.
    fn is_clear_of_zero(&self) -> bool {
        self.interval.all_more_than(Decimal::ZERO) || self.interval.all_less_than(Decimal::ZERO)
    }

    /// The estimate in a finer scale of its unit when every value converts without rounding.
    fn to_finer_exactly(&self, unit: &Unit) -> Option<Estimate> {
        let own = self.unit.as_ref()?;
        if own == unit {
            return Some(self.clone());
        }
        let exponent = own.scale().exponent().checked_sub(unit.scale().exponent())?;
        let exactly = |v: Decimal| -> Option<Decimal> {
            // Moving the decimal point: decimal places first, then trailing zeros.
            let (scale, zeros) = match v.scale().checked_sub(exponent) {
                Some(scale) => (scale, 0),
                None => (0, exponent - v.scale()),
            };
            let mantissa = v.mantissa().checked_mul(10i128.checked_pow(zeros)?)?;
            // Within Python's 28 digits, so that no later step rounds it again.
            (mantissa.unsigned_abs() < arith::TEN_POW_28)
                .then(|| Decimal::try_from_i128_with_scale(mantissa, scale).ok())
                .flatten()
        };
        let end = |end: Endpoint| -> Option<Endpoint> {
            Some(match end {
                Endpoint::Unbounded => Endpoint::Unbounded,
                Endpoint::Closed(v) => Endpoint::Closed(exactly(v)?),
                Endpoint::Open(v) => Endpoint::Open(exactly(v)?),
            })
        };
        let interval = Interval { low: end(self.interval.low())?, high: end(self.interval.high())? };
        Some(Estimate { value: exactly(self.value)?, interval, unit: Some(unit.clone()) })
    }
}

impl From<Decimal> for Estimate {
    /// An exact plain number.
    fn from(value: Decimal) -> Estimate {
        Estimate { value, interval: Interval::point(value), unit: None }
    }
}

impl From<&Reported> for Estimate {
    /// A printed plain number with its interval.
    fn from(reported: &Reported) -> Estimate {
        Estimate { value: reported.value(), interval: reported.interval(), unit: None }
    }
}

impl From<Reported> for Estimate {
    fn from(reported: Reported) -> Estimate {
        Estimate::from(&reported)
    }
}

impl From<&Quantity> for Estimate {
    /// A printed figure with its interval and unit.
    fn from(quantity: &Quantity) -> Estimate {
        Estimate { value: quantity.value(), interval: quantity.interval(), unit: Some(quantity.unit().clone()) }
    }
}

impl From<Quantity> for Estimate {
    fn from(quantity: Quantity) -> Estimate {
        Estimate::from(&quantity)
    }
}

impl From<&Estimate> for Estimate {
    fn from(estimate: &Estimate) -> Estimate {
        estimate.clone()
    }
}

impl fmt::Display for Estimate {
    /// `15.21 billion kWh in [15.19, 15.22]`; a point shows no interval.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        if let Some(unit) = &self.unit {
            write!(f, " {unit}")?;
        }
        if !self.interval.is_point() {
            write!(f, " in {}", self.interval)?;
        }
        Ok(())
    }
}

impl Serialize for Estimate {
    /// `{"value": "15.21", "low": "15.19", "low_open": false, "high": null, "high_open": true,
    /// "unit": "billion kWh"}`: decimals as strings, `null` for an unbounded end.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let text = |end: Endpoint| end.value().map(|v| v.to_string());
        let mut s = serializer.serialize_struct("Estimate", 6)?;
        s.serialize_field("value", &self.value.to_string())?;
        s.serialize_field("low", &text(self.interval.low()))?;
        s.serialize_field("low_open", &self.interval.low().is_open())?;
        s.serialize_field("high", &text(self.interval.high()))?;
        s.serialize_field("high_open", &self.interval.high().is_open())?;
        s.serialize_field("unit", &self.unit)?;
        s.end()
    }
}
