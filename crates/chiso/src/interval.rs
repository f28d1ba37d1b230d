//! Intervals of true values: what a printed or derived figure allows.

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::Decimal;

use crate::arith::{self, Round};
use crate::error::{Error, Result};

/// One end of an [`Interval`].
///
/// # Example
///
/// ```
/// use chiso::Endpoint;
/// use rust_decimal::Decimal;
///
/// let end = Endpoint::Open(Decimal::from(10));
/// assert_eq!(end.value(), Some(Decimal::from(10)));
/// assert!(end.is_open());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// No limit on this side.
    Unbounded,
    /// The value itself is allowed.
    Closed(Decimal),
    /// Values up to, but not including, this one are allowed.
    Open(Decimal),
}

impl Endpoint {
    /// The limit, or `None` when unbounded.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Endpoint::Unbounded.value(), None);
    /// ```
    pub fn value(self) -> Option<Decimal> {
        match self {
            Endpoint::Unbounded => None,
            Endpoint::Closed(v) | Endpoint::Open(v) => Some(v),
        }
    }

    /// Whether the limit itself is excluded; an unbounded end counts as open.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert!(!chiso::Endpoint::Closed(Decimal::ONE).is_open());
    /// ```
    pub fn is_open(self) -> bool {
        !matches!(self, Endpoint::Closed(_))
    }

    fn from_parts(value: Decimal, open: bool) -> Endpoint {
        if open {
            Endpoint::Open(value)
        } else {
            Endpoint::Closed(value)
        }
    }
}

/// The set of true values a figure allows: from `low` to `high`, each end closed, open or
/// unbounded. An interval that exists is never empty.
///
/// # Example
///
/// ```
/// use chiso::Interval;
/// use rust_decimal::Decimal;
///
/// let printed = Interval::closed(Decimal::new(16935, 3), Decimal::new(16945, 3))?;
/// assert!(printed.contains(Decimal::new(1694, 2)));
/// assert_eq!(printed.to_string(), "[16.935, 16.945]");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    pub(crate) low: Endpoint,
    pub(crate) high: Endpoint,
}

impl Interval {
    /// The interval from `low` to `high`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the interval would be empty: `low > high`, or `low == high`
    /// with an open end.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Endpoint, Interval};
    /// use rust_decimal::Decimal;
    ///
    /// let more_than_ten = Interval::new(Endpoint::Open(Decimal::TEN), Endpoint::Unbounded)?;
    /// assert!(!more_than_ten.contains(Decimal::TEN));
    /// assert!(Interval::new(Endpoint::Closed(Decimal::TEN), Endpoint::Closed(Decimal::ONE)).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn new(low: Endpoint, high: Endpoint) -> Result<Interval> {
        if let (Some(l), Some(h)) = (low.value(), high.value()) {
            if l > h || (l == h && (low.is_open() || high.is_open())) {
                return Err(Error::invalid("interval", format!("{}", Interval { low, high }), "the interval is empty"));
            }
        }
        Ok(Interval { low, high })
    }

    /// The closed interval `[low, high]`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when `low > high`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let i = chiso::Interval::closed(Decimal::ONE, Decimal::TWO)?;
    /// assert_eq!(i.low_value(), Some(Decimal::ONE));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn closed(low: Decimal, high: Decimal) -> Result<Interval> {
        Interval::new(Endpoint::Closed(low), Endpoint::Closed(high))
    }

    /// The interval holding `value` alone.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert!(chiso::Interval::point(Decimal::TEN).is_point());
    /// ```
    pub fn point(value: Decimal) -> Interval {
        Interval { low: Endpoint::Closed(value), high: Endpoint::Closed(value) }
    }

    /// Every value.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::Interval::everything().low_value().is_none());
    /// ```
    pub fn everything() -> Interval {
        Interval { low: Endpoint::Unbounded, high: Endpoint::Unbounded }
    }

    /// The low end.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let i = chiso::Interval::point(Decimal::ONE);
    /// assert_eq!(i.low(), chiso::Endpoint::Closed(Decimal::ONE));
    /// ```
    pub fn low(&self) -> Endpoint {
        self.low
    }

    /// The high end.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let i = chiso::Interval::point(Decimal::ONE);
    /// assert_eq!(i.high(), chiso::Endpoint::Closed(Decimal::ONE));
    /// ```
    pub fn high(&self) -> Endpoint {
        self.high
    }

    /// The low limit, `None` when unbounded below.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert_eq!(chiso::Interval::point(Decimal::ONE).low_value(), Some(Decimal::ONE));
    /// ```
    pub fn low_value(&self) -> Option<Decimal> {
        self.low.value()
    }

    /// The high limit, `None` when unbounded above.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert_eq!(chiso::Interval::point(Decimal::ONE).high_value(), Some(Decimal::ONE));
    /// ```
    pub fn high_value(&self) -> Option<Decimal> {
        self.high.value()
    }

    /// Whether the interval holds a single value.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert!(!chiso::Interval::closed(Decimal::ZERO, Decimal::ONE)?.is_point());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn is_point(&self) -> bool {
        matches!((self.low, self.high), (Endpoint::Closed(a), Endpoint::Closed(b)) if a == b)
    }

    /// Whether `value` is allowed.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let i = chiso::Interval::closed(Decimal::ZERO, Decimal::ONE)?;
    /// assert!(i.contains(Decimal::ONE) && !i.contains(Decimal::TWO));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn contains(&self, value: Decimal) -> bool {
        self.low_allows(value) && self.high_allows(value)
    }

    fn low_allows(&self, value: Decimal) -> bool {
        match self.low {
            Endpoint::Unbounded => true,
            Endpoint::Closed(l) => value >= l,
            Endpoint::Open(l) => value > l,
        }
    }

    fn high_allows(&self, value: Decimal) -> bool {
        match self.high {
            Endpoint::Unbounded => true,
            Endpoint::Closed(h) => value <= h,
            Endpoint::Open(h) => value < h,
        }
    }

    /// Whether every value of `other` is allowed by `self`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let wide = chiso::Interval::closed(Decimal::ZERO, Decimal::TEN)?;
    /// assert!(wide.contains_interval(&chiso::Interval::point(Decimal::ONE)));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn contains_interval(&self, other: &Interval) -> bool {
        let low_ok = match (self.low, other.low) {
            (Endpoint::Unbounded, _) => true,
            (_, Endpoint::Unbounded) => false,
            (Endpoint::Closed(a), o) | (Endpoint::Open(a), o @ Endpoint::Open(_)) => o.value().is_some_and(|b| b >= a),
            (Endpoint::Open(a), Endpoint::Closed(b)) => b > a,
        };
        let high_ok = match (self.high, other.high) {
            (Endpoint::Unbounded, _) => true,
            (_, Endpoint::Unbounded) => false,
            (Endpoint::Closed(a), o) | (Endpoint::Open(a), o @ Endpoint::Open(_)) => o.value().is_some_and(|b| b <= a),
            (Endpoint::Open(a), Endpoint::Closed(b)) => b < a,
        };
        low_ok && high_ok
    }

    fn is_all_above(&self, threshold: Decimal, inclusive: bool) -> bool {
        match self.low {
            Endpoint::Unbounded => false,
            Endpoint::Closed(l) if inclusive => compare(l, threshold) != Ordering::Less,
            Endpoint::Closed(l) => compare(l, threshold) == Ordering::Greater,
            Endpoint::Open(l) => compare(l, threshold) != Ordering::Less,
        }
    }

    fn is_all_below(&self, threshold: Decimal, inclusive: bool) -> bool {
        match self.high {
            Endpoint::Unbounded => false,
            Endpoint::Closed(h) if inclusive => compare(h, threshold) != Ordering::Greater,
            Endpoint::Closed(h) => compare(h, threshold) == Ordering::Less,
            Endpoint::Open(h) => compare(h, threshold) != Ordering::Greater,
        }
    }

    /// Whether every allowed value is `>= threshold`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let i = chiso::Interval::closed(Decimal::ONE, Decimal::TWO)?;
    /// assert!(i.all_at_least(Decimal::ONE) && !i.all_more_than(Decimal::ONE));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn all_at_least(&self, threshold: Decimal) -> bool {
        self.is_all_above(threshold, true)
    }

    /// Whether every allowed value is `> threshold`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert!(chiso::Interval::point(Decimal::TWO).all_more_than(Decimal::ONE));
    /// ```
    pub fn all_more_than(&self, threshold: Decimal) -> bool {
        self.is_all_above(threshold, false)
    }

    /// Whether every allowed value is `<= threshold`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert!(chiso::Interval::point(Decimal::ONE).all_at_most(Decimal::ONE));
    /// ```
    pub fn all_at_most(&self, threshold: Decimal) -> bool {
        self.is_all_below(threshold, true)
    }

    /// Whether every allowed value is `< threshold`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// assert!(!chiso::Interval::point(Decimal::ONE).all_less_than(Decimal::ONE));
    /// ```
    pub fn all_less_than(&self, threshold: Decimal) -> bool {
        self.is_all_below(threshold, false)
    }

    /// Whether the two intervals share at least one value.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let a = chiso::Interval::closed(Decimal::ZERO, Decimal::ONE)?;
    /// let b = chiso::Interval::closed(Decimal::ONE, Decimal::TWO)?;
    /// assert!(a.overlaps(&b));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn overlaps(&self, other: &Interval) -> bool {
        !(self.ends_before(other) || other.ends_before(self))
    }

    /// Whether every value of `self` lies below every value of `other`.
    fn ends_before(&self, other: &Interval) -> bool {
        match (self.high, other.low) {
            (Endpoint::Unbounded, _) | (_, Endpoint::Unbounded) => false,
            (Endpoint::Closed(h), Endpoint::Closed(l)) => h < l,
            (h, l) => h.value() <= l.value(),
        }
    }

    /// The distance between two intervals that do not overlap, or `None` when they do.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let a = chiso::Interval::closed(Decimal::ZERO, Decimal::ONE)?;
    /// let b = chiso::Interval::closed(Decimal::from(3), Decimal::from(4))?;
    /// assert_eq!(a.gap_to(&b), Some(Decimal::TWO));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn gap_to(&self, other: &Interval) -> Option<Decimal> {
        let (below, above) = if self.ends_before(other) {
            (self, other)
        } else if other.ends_before(self) {
            (other, self)
        } else {
            return None;
        };
        // The gap rounded down stays a lower bound; beyond Decimal's range, its largest value is.
        let gap = arith::add_r(above.low.value()?, -below.high.value()?, Round::Down, "a gap");
        Some(gap.unwrap_or(Decimal::MAX))
    }

    /// The sum of every pair of values, rounded outward.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when an end does not fit in a `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use chiso::{Endpoint, Interval};
    ///
    /// let more_than = Interval::new(Endpoint::Open(Decimal::TWO), Endpoint::Unbounded)?;
    /// let sum = more_than.checked_add(&Interval::point(Decimal::ONE))?;
    /// assert_eq!(sum.low(), Endpoint::Open(Decimal::from(3)));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_add(&self, other: &Interval) -> Result<Interval> {
        let low = add_ends(self.low, other.low, Round::Down)?;
        let high = add_ends(self.high, other.high, Round::Up)?;
        Ok(Interval { low, high })
    }

    /// Every value negated.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let i = chiso::Interval::closed(Decimal::ONE, Decimal::TWO)?.neg();
    /// assert_eq!(i.low_value(), Some(Decimal::from(-2)));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    #[allow(clippy::should_implement_trait)]
    pub fn neg(&self) -> Interval {
        let flip = |end: Endpoint| match end {
            Endpoint::Unbounded => Endpoint::Unbounded,
            Endpoint::Closed(v) => Endpoint::Closed(-v),
            Endpoint::Open(v) => Endpoint::Open(-v),
        };
        Interval { low: flip(self.high), high: flip(self.low) }
    }

    /// The difference of every pair of values, rounded outward.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when an end does not fit in a `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let a = chiso::Interval::closed(Decimal::from(5), Decimal::from(6))?;
    /// let b = chiso::Interval::closed(Decimal::ONE, Decimal::TWO)?;
    /// assert_eq!(a.checked_sub(&b)?, chiso::Interval::closed(Decimal::from(3), Decimal::from(5))?);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_sub(&self, other: &Interval) -> Result<Interval> {
        self.checked_add(&other.neg())
    }

    /// The product of every pair of values, rounded outward.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when an end does not fit in a `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let a = chiso::Interval::closed(Decimal::from(-1), Decimal::TWO)?;
    /// let b = chiso::Interval::closed(Decimal::from(3), Decimal::from(4))?;
    /// assert_eq!(a.checked_mul(&b)?, chiso::Interval::closed(Decimal::from(-4), Decimal::from(8))?);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_mul(&self, other: &Interval) -> Result<Interval> {
        if other.all_at_least(Decimal::ZERO) {
            self.mul_by_non_negative(other)
        } else if self.all_at_least(Decimal::ZERO) {
            other.mul_by_non_negative(self)
        } else {
            self.combine(other, Ext::mul)
        }
    }

    /// `self × other` for `other >= 0`: each end of the product comes from one known pair of
    /// ends, so two products suffice where the general case needs eight.
    fn mul_by_non_negative(&self, other: &Interval) -> Result<Interval> {
        let (a_low, a_high) = (End::low(self.low), End::high(self.high));
        let (b_low, b_high) = (End::low(other.low), End::high(other.high));
        let low = Ext::mul(a_low, if a_low.value.signum() >= 0 { b_low } else { b_high }, Round::Down)?;
        // A high end at zero or below is largest times the smallest factor: at zero, that
        // keeps a closed zero of the other factor.
        let high = Ext::mul(a_high, if a_high.value.signum() > 0 { b_high } else { b_low }, Round::Up)?;
        Ok(Interval { low: low.to_endpoint(), high: high.to_endpoint() })
    }

    /// The quotient of every pair of values, rounded outward.
    ///
    /// # Errors
    ///
    /// [`Error::Undefined`] when `other` allows zero; [`Error::Overflow`] when an end does not
    /// fit in a `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let a = chiso::Interval::closed(Decimal::ONE, Decimal::TWO)?;
    /// let b = chiso::Interval::closed(Decimal::from(4), Decimal::from(5))?;
    /// let q = a.checked_div(&b)?;
    /// assert_eq!(q, chiso::Interval::closed(Decimal::new(2, 1), Decimal::new(5, 1))?);
    /// assert!(a.checked_div(&a.checked_sub(&a)?).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_div(&self, other: &Interval) -> Result<Interval> {
        if other.all_more_than(Decimal::ZERO) {
            self.div_by_positive(other)
        } else if other.all_less_than(Decimal::ZERO) {
            self.neg().div_by_positive(&other.neg())
        } else {
            Err(Error::Undefined(format!("cannot divide by {other}: it allows zero")))
        }
    }

    /// `self ÷ other` for `other > 0`: the smallest quotient divides the low end by the high
    /// divisor when that end is non-negative and by the low divisor otherwise; the largest,
    /// the mirror image.
    fn div_by_positive(&self, other: &Interval) -> Result<Interval> {
        let (a_low, a_high) = (End::low(self.low), End::high(self.high));
        let (b_low, b_high) = (End::low(other.low), End::high(other.high));
        let low = Ext::div(a_low, if a_low.value.signum() >= 0 { b_high } else { b_low }, Round::Down)?;
        let high = Ext::div(a_high, if a_high.value.signum() >= 0 { b_low } else { b_high }, Round::Up)?;
        Ok(Interval { low: low.to_endpoint(), high: high.to_endpoint() })
    }

    /// Applies `op` to each pair of ends and keeps the widest result: right for `×`, which is
    /// monotone in each argument on each side of zero.
    fn combine(&self, other: &Interval, op: fn(End, End, Round) -> Result<End>) -> Result<Interval> {
        let ends_a = [End::low(self.low), End::high(self.high)];
        let ends_b = [End::low(other.low), End::high(other.high)];
        let mut low: Option<End> = None;
        let mut high: Option<End> = None;
        for a in ends_a {
            for b in ends_b {
                let down = op(a, b, Round::Down)?;
                let up = op(a, b, Round::Up)?;
                low = Some(match low {
                    Some(l) if l.cmp_low(&down) != Ordering::Greater => l,
                    _ => down,
                });
                high = Some(match high {
                    Some(h) if h.cmp_high(&up) != Ordering::Less => h,
                    _ => up,
                });
            }
        }
        // OK because both loops run four times.
        let (low, high) = (low.expect("four candidates"), high.expect("four candidates"));
        Ok(Interval { low: low.to_endpoint(), high: high.to_endpoint() })
    }

    /// The smallest interval holding both.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let a = chiso::Interval::point(Decimal::ONE);
    /// let b = chiso::Interval::point(Decimal::TEN);
    /// assert_eq!(a.hull(&b), chiso::Interval::closed(Decimal::ONE, Decimal::TEN)?);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn hull(&self, other: &Interval) -> Interval {
        let low = match (End::low(self.low), End::low(other.low)) {
            (a, b) if a.cmp_low(&b) != Ordering::Greater => a,
            (_, b) => b,
        };
        let high = match (End::high(self.high), End::high(other.high)) {
            (a, b) if a.cmp_high(&b) != Ordering::Less => a,
            (_, b) => b,
        };
        Interval { low: low.to_endpoint(), high: high.to_endpoint() }
    }
}

impl fmt::Display for Interval {
    /// Mathematical notation: `[16.935, 16.945]`, `(10, +∞)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.low {
            Endpoint::Unbounded => f.write_str("(−∞")?,
            Endpoint::Closed(v) => write!(f, "[{v}")?,
            Endpoint::Open(v) => write!(f, "({v}")?,
        }
        match self.high {
            Endpoint::Unbounded => f.write_str(", +∞)"),
            Endpoint::Closed(v) => write!(f, ", {v}]"),
            Endpoint::Open(v) => write!(f, ", {v})"),
        }
    }
}

/// `a` against `b`; against zero, by sign alone (a `Decimal` comparison across scales rescales,
/// and zero is the threshold every division and growth checks).
fn compare(a: Decimal, b: Decimal) -> Ordering {
    if b.is_zero() {
        if a.is_zero() {
            Ordering::Equal
        } else if a.is_sign_negative() {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    } else {
        a.cmp(&b)
    }
}

/// A value on the extended line, as interval arithmetic needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ext {
    NegInf,
    Fin(Decimal),
    PosInf,
}

impl Ext {
    fn signum(self) -> i8 {
        match self {
            Ext::NegInf => -1,
            Ext::PosInf => 1,
            Ext::Fin(v) if v.is_zero() => 0,
            Ext::Fin(v) if v.is_sign_negative() => -1,
            Ext::Fin(_) => 1,
        }
    }

    fn infinity(sign: i8) -> Ext {
        if sign < 0 {
            Ext::NegInf
        } else {
            Ext::PosInf
        }
    }

    fn cmp(self, other: Ext) -> Ordering {
        match (self, other) {
            (Ext::Fin(a), Ext::Fin(b)) => a.cmp(&b),
            (a, b) => a.rank().cmp(&b.rank()),
        }
    }

    fn rank(self) -> i8 {
        match self {
            Ext::NegInf => -1,
            Ext::Fin(_) => 0,
            Ext::PosInf => 1,
        }
    }

    fn mul(a: End, b: End, mode: Round) -> Result<End> {
        let open = a.open || b.open;
        Ok(match (a.value, b.value) {
            (Ext::Fin(x), Ext::Fin(y)) => {
                let closed_zero = (x.is_zero() && !a.open) || (y.is_zero() && !b.open);
                End::of(Ext::Fin(arith::mul_r(x, y, mode, "an interval")?), open && !closed_zero)
            }
            (x, y) => match x.signum() * y.signum() {
                // 0 × ∞ stands for a product whose finite factor is zero: attained, and so
                // closed, when that zero is.
                0 => {
                    let closed_zero =
                        (x == Ext::Fin(Decimal::ZERO) && !a.open) || (y == Ext::Fin(Decimal::ZERO) && !b.open);
                    End::of(Ext::Fin(Decimal::ZERO), !closed_zero)
                }
                sign => End::of(Ext::infinity(sign), true),
            },
        })
    }

    fn div(a: End, b: End, mode: Round) -> Result<End> {
        let open = a.open || b.open;
        Ok(match (a.value, b.value) {
            (Ext::Fin(x), Ext::Fin(y)) if y.is_zero() => {
                // An open end at zero of a divisor that keeps one sign: the quotient runs off.
                match Ext::Fin(x).signum() {
                    // Zero over any divisor is zero: attained when the zero is.
                    0 => End::of(Ext::Fin(Decimal::ZERO), a.open),
                    sign => End::of(Ext::infinity(sign * b.side), true),
                }
            }
            (Ext::Fin(x), Ext::Fin(y)) => {
                let closed_zero = x.is_zero() && !a.open;
                End::of(Ext::Fin(arith::div_r(x, y, mode, "an interval")?), open && !closed_zero)
            }
            (Ext::Fin(x), _) => End::of(Ext::Fin(Decimal::ZERO), !x.is_zero() || a.open),
            (x, Ext::Fin(y)) => {
                let divisor_sign = if y.is_zero() { b.side } else { Ext::Fin(y).signum() };
                End::of(Ext::infinity(x.signum() * divisor_sign), true)
            }
            // ∞ / ∞ is dominated by the other candidates; zero never narrows the result.
            _ => End::of(Ext::Fin(Decimal::ZERO), true),
        })
    }
}

/// An end as interval arithmetic sees it: a value on the extended line and whether it is open.
#[derive(Debug, Clone, Copy)]
struct End {
    value: Ext,
    open: bool,
    /// Which side of zero the interval lies on, for an open end at zero: +1 for a low end.
    side: i8,
}

impl End {
    fn of(value: Ext, open: bool) -> End {
        End { value, open, side: 0 }
    }

    fn low(end: Endpoint) -> End {
        match end {
            Endpoint::Unbounded => End { value: Ext::NegInf, open: true, side: 1 },
            Endpoint::Closed(v) => End { value: Ext::Fin(v), open: false, side: 1 },
            Endpoint::Open(v) => End { value: Ext::Fin(v), open: true, side: 1 },
        }
    }

    fn high(end: Endpoint) -> End {
        match end {
            Endpoint::Unbounded => End { value: Ext::PosInf, open: true, side: -1 },
            Endpoint::Closed(v) => End { value: Ext::Fin(v), open: false, side: -1 },
            Endpoint::Open(v) => End { value: Ext::Fin(v), open: true, side: -1 },
        }
    }

    /// Order for choosing a low end: smaller first, and closed before open at the same value.
    fn cmp_low(&self, other: &End) -> Ordering {
        self.value.cmp(other.value).then(self.open.cmp(&other.open))
    }

    /// Order for choosing a high end: larger is `Greater`, and closed beats open at a tie.
    fn cmp_high(&self, other: &End) -> Ordering {
        self.value.cmp(other.value).then(other.open.cmp(&self.open))
    }

    fn to_endpoint(self) -> Endpoint {
        match self.value {
            Ext::Fin(v) => Endpoint::from_parts(v, self.open),
            Ext::NegInf | Ext::PosInf => Endpoint::Unbounded,
        }
    }
}

fn add_ends(a: Endpoint, b: Endpoint, mode: Round) -> Result<Endpoint> {
    Ok(match (a, b) {
        (Endpoint::Unbounded, _) | (_, Endpoint::Unbounded) => Endpoint::Unbounded,
        (a, b) => {
            // OK because both ends are bounded in this arm.
            let (x, y) = (a.value().expect("bounded"), b.value().expect("bounded"));
            Endpoint::from_parts(arith::add_r(x, y, mode, "an interval")?, a.is_open() || b.is_open())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: i64) -> Decimal {
        Decimal::from(v)
    }

    #[test]
    fn empty_intervals_are_refused() {
        assert!(Interval::new(Endpoint::Open(d(1)), Endpoint::Closed(d(1))).is_err());
        assert!(Interval::new(Endpoint::Closed(d(1)), Endpoint::Closed(d(1))).is_ok());
    }

    #[test]
    fn division_by_an_unbounded_positive_interval_tends_to_zero() {
        let at_least_two = Interval::new(Endpoint::Closed(d(2)), Endpoint::Unbounded).unwrap();
        let q = Interval::point(d(10)).checked_div(&at_least_two).unwrap();
        assert_eq!(q.low(), Endpoint::Open(Decimal::ZERO));
        assert_eq!(q.high(), Endpoint::Closed(d(5)));
    }

    #[test]
    fn division_by_an_interval_open_at_zero_runs_off() {
        let positive = Interval::new(Endpoint::Open(Decimal::ZERO), Endpoint::Closed(d(2))).unwrap();
        let q = Interval::point(d(1)).checked_div(&positive).unwrap();
        assert_eq!(q.low(), Endpoint::Closed(Decimal::new(5, 1)));
        assert_eq!(q.high(), Endpoint::Unbounded);
        let negative = positive.neg();
        let q = Interval::point(d(1)).checked_div(&negative).unwrap();
        assert_eq!(q.low(), Endpoint::Unbounded);
        assert_eq!(q.high(), Endpoint::Closed(Decimal::new(-5, 1)));
    }

    #[test]
    fn products_with_unbounded_ends_keep_signs() {
        let more_than_one = Interval::new(Endpoint::Open(d(1)), Endpoint::Unbounded).unwrap();
        let p = more_than_one.checked_mul(&Interval::closed(d(-2), d(-1)).unwrap()).unwrap();
        assert_eq!(p.low(), Endpoint::Unbounded);
        assert_eq!(p.high(), Endpoint::Open(d(-1)));
    }

    #[test]
    fn a_closed_zero_times_an_unbounded_factor_keeps_zero() {
        let from_zero = Interval::closed(Decimal::ZERO, d(5)).unwrap();
        let at_least_one = Interval::new(Endpoint::Closed(d(1)), Endpoint::Unbounded).unwrap();
        let p = from_zero.checked_mul(&at_least_one).unwrap();
        assert_eq!(p.low(), Endpoint::Closed(Decimal::ZERO));
        assert_eq!(p.high(), Endpoint::Unbounded);
        let both_signs = Interval::closed(d(-2), d(3)).unwrap();
        let general = both_signs.checked_mul(&Interval::closed(d(-1), d(4)).unwrap()).unwrap();
        assert_eq!(general, Interval::closed(d(-8), d(12)).unwrap());
    }

    #[test]
    fn division_by_a_negative_interval_mirrors_the_positive_case() {
        let q = Interval::closed(d(-2), d(4)).unwrap().checked_div(&Interval::closed(d(-2), d(-1)).unwrap()).unwrap();
        assert_eq!(q, Interval::closed(d(-4), d(2)).unwrap());
    }

    #[test]
    fn gaps_and_overlaps() {
        let a = Interval::new(Endpoint::Closed(d(0)), Endpoint::Open(d(1))).unwrap();
        let b = Interval::closed(d(1), d(2)).unwrap();
        assert!(!a.overlaps(&b));
        assert_eq!(a.gap_to(&b), Some(Decimal::ZERO));
        assert!(Interval::closed(d(0), d(1)).unwrap().overlaps(&b));
    }
}
