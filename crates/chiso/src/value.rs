//! Figures exactly as printed: a decimal with its printed digits and what the print promises.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::arith::{self, Round};
use crate::error::{Error, Result};
use crate::interval::{Endpoint, Interval};

/// The relative tolerance of [`Bound::About`]: *khoảng 30* allows 28.5 to 31.5.
///
/// Reports use *about* loosely; 5% is wide enough for the rounding such phrases hide, and a
/// caller who knows better can state an interval directly.
pub const ABOUT_TOLERANCE: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// What a printed figure promises about the true value.
///
/// For a value printed as `v` with its last digit at 10^e:
///
/// | bound | Vietnamese | true values |
/// |---|---|---|
/// | `AsPrinted` | (none) | `[v − ½·10^e, v + ½·10^e]`: `16,94` → `[16.935, 16.945]` |
/// | `Exact` | (counts) | `v` alone: `41 sản phẩm` → 41 |
/// | `MoreThan` | *hơn*, *trên* | `(v, +∞)` |
/// | `AtLeast` | *ít nhất* | `[v, +∞)` |
/// | `LessThan` | *dưới* | `(−∞, v)` |
/// | `AtMost` | *tối đa* | `(−∞, v]` |
/// | `About` | *khoảng* | `v ± max(5% of |v|, ½·10^e)` |
///
/// `AsPrinted` keeps both ends: a publisher may round half-up or half-even, and `16.945` is
/// printed `16,94` under the second, so the honest interval is closed.
///
/// # Example
///
/// ```
/// use chiso::{Bound, Reported};
/// use rust_decimal::Decimal;
///
/// let printed = Reported::new(Decimal::new(1694, 2), Bound::AsPrinted);
/// assert_eq!(printed.interval().to_string(), "[16.935, 16.945]");
/// let more_than = Reported::new(Decimal::new(279, 2), Bound::MoreThan);
/// assert_eq!(more_than.interval().to_string(), "(2.79, +∞)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Rounded to the last printed digit.
    #[default]
    AsPrinted,
    /// Exactly this value, as counts and budgets to the đồng are.
    Exact,
    /// Strictly more than this value.
    MoreThan,
    /// This value or more.
    AtLeast,
    /// Strictly less than this value.
    LessThan,
    /// This value or less.
    AtMost,
    /// Roughly this value: within [`ABOUT_TOLERANCE`].
    About,
}

impl Bound {
    /// Every bound, in the order of the table above.
    pub const ALL: [Bound; 7] =
        [Bound::AsPrinted, Bound::Exact, Bound::MoreThan, Bound::AtLeast, Bound::LessThan, Bound::AtMost, Bound::About];

    /// The name used in the JSON format: `as_printed`, `more_than`, …
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Bound::MoreThan.name(), "more_than");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Bound::AsPrinted => "as_printed",
            Bound::Exact => "exact",
            Bound::MoreThan => "more_than",
            Bound::AtLeast => "at_least",
            Bound::LessThan => "less_than",
            Bound::AtMost => "at_most",
            Bound::About => "about",
        }
    }
}

impl Bound {
    /// The bound of the negated figure: a fall of *more than* 2% is a change of *less than*
    /// −2%, so `MoreThan` and `LessThan` swap, as do `AtLeast` and `AtMost`; the others keep.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Bound;
    ///
    /// assert_eq!(Bound::MoreThan.mirrored(), Bound::LessThan);
    /// assert_eq!(Bound::AtMost.mirrored(), Bound::AtLeast);
    /// assert_eq!(Bound::About.mirrored(), Bound::About);
    /// ```
    pub fn mirrored(self) -> Bound {
        match self {
            Bound::MoreThan => Bound::LessThan,
            Bound::LessThan => Bound::MoreThan,
            Bound::AtLeast => Bound::AtMost,
            Bound::AtMost => Bound::AtLeast,
            other => other,
        }
    }
}

impl FromStr for Bound {
    type Err = Error;

    fn from_str(name: &str) -> Result<Bound> {
        Bound::ALL.into_iter().find(|b| b.name() == name).ok_or_else(|| {
            Error::invalid(
                "bound",
                name,
                "expected as_printed, exact, more_than, at_least, less_than, at_most or about",
            )
        })
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A number exactly as a report printed it, with the [`Bound`] the print promises.
///
/// The decimal keeps its printed digits: `16.94` and `16.940` are different figures, the
/// second promising ten times the precision.
///
/// # Example
///
/// ```
/// use chiso::Reported;
///
/// let coarse: Reported = "16.94".parse()?;
/// let fine: Reported = "16.940".parse()?;
/// assert_ne!(coarse, fine);
/// assert_eq!(fine.interval().to_string(), "[16.9395, 16.9405]");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reported {
    value: Decimal,
    bound: Bound,
    /// The power of ten of the last printed digit: −2 for `16.94`. Equal to minus the scale
    /// of `value`, except after rescaling to a finer unit (`1.92` billion is `1920` million,
    /// still known to the nearest 10 million).
    last_digit: i32,
}

impl Reported {
    /// The figure `value`, printed with exactly the digits of `value`, with `bound`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Bound, Reported};
    /// use rust_decimal::Decimal;
    ///
    /// let count = Reported::new(Decimal::from(41), Bound::Exact);
    /// assert!(count.interval().is_point());
    /// ```
    pub fn new(value: Decimal, bound: Bound) -> Reported {
        Reported { value, bound, last_digit: -(value.scale() as i32) }
    }

    /// The figure as printed and rounded to its last digit.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let r = chiso::Reported::as_printed(Decimal::new(114, 1));
    /// assert_eq!(r.bound(), chiso::Bound::AsPrinted);
    /// ```
    pub fn as_printed(value: Decimal) -> Reported {
        Reported::new(value, Bound::AsPrinted)
    }

    /// The figure known exactly.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let r = chiso::Reported::exact(Decimal::from(6));
    /// assert_eq!(r.bound(), chiso::Bound::Exact);
    /// ```
    pub fn exact(value: Decimal) -> Reported {
        Reported::new(value, Bound::Exact)
    }

    /// The printed value.
    ///
    /// # Example
    ///
    /// ```
    /// let r: chiso::Reported = "16.940".parse()?;
    /// assert_eq!(r.value().to_string(), "16.940");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// What the print promises.
    ///
    /// # Example
    ///
    /// ```
    /// let r: chiso::Reported = "16.94".parse()?;
    /// assert_eq!(r.bound(), chiso::Bound::AsPrinted);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn bound(&self) -> Bound {
        self.bound
    }

    /// The power of ten of the last printed digit: −2 for `16.94`, 0 for `351640`.
    ///
    /// # Example
    ///
    /// ```
    /// let r: chiso::Reported = "16.94".parse()?;
    /// assert_eq!(r.last_digit(), -2);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn last_digit(&self) -> i32 {
        self.last_digit
    }

    /// The same figure with another bound.
    ///
    /// # Example
    ///
    /// ```
    /// let r: chiso::Reported = "99".parse()?;
    /// assert_eq!(r.with_bound(chiso::Bound::MoreThan).interval().to_string(), "(99, +∞)");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_bound(self, bound: Bound) -> Reported {
        Reported { bound, ..self }
    }

    /// The same value, known only to the digit at 10^`last_digit`: what a figure rescaled to a
    /// finer unit promises (`1.92` billion is `1920` million, known to 10 million: `last_digit`
    /// 1). With [`Reported::last_digit`], it lets a figure be written down and rebuilt exactly.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when `last_digit` lies outside −28 to 28, when the value is not
    /// written with `max(−last_digit, 0)` decimal places, or when it has non-zero digits below
    /// 10^`last_digit`.
    ///
    /// # Example
    ///
    /// ```
    /// let r: chiso::Reported = "1920".parse()?;
    /// assert_eq!(r.with_last_digit(1)?.interval().to_string(), "[1915, 1925]");
    /// assert!(r.with_last_digit(2).is_err()); // 1920 has a digit below the hundreds
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_last_digit(self, last_digit: i32) -> Result<Reported> {
        let refuse =
            |why: &str| Error::invalid("last digit", format!("{} to 10^{last_digit}", self.value), why.to_string());
        if !(-28..=28).contains(&last_digit) {
            return Err(refuse("the last digit lies between 10^-28 and 10^28"));
        }
        if self.value.scale() as i32 != (-last_digit).max(0) {
            return Err(refuse("the value must be written to exactly its last digit"));
        }
        if last_digit > 0 && !(self.value % crate::unit::power_of_ten(i64::from(last_digit))?).is_zero() {
            return Err(refuse("the value has digits below its last digit"));
        }
        Ok(Reported { last_digit, ..self })
    }

    /// Every true value the figure allows.
    ///
    /// # Example
    ///
    /// ```
    /// let r: chiso::Reported = "351640".parse()?;
    /// assert_eq!(r.interval().to_string(), "[351639.5, 351640.5]");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn interval(&self) -> Interval {
        let v = self.value;
        let widen = |half: Decimal| {
            // Ends are at most one digit finer than the value; only a value at Decimal's last
            // decimal place can lose that digit, and then rounding outward keeps it honest. An
            // end beyond Decimal's range is left unbounded rather than cut short.
            let end = |sum: Result<Decimal>| sum.map_or(Endpoint::Unbounded, Endpoint::Closed);
            let low = end(arith::add_r(v, -half, Round::Down, "an interval"));
            let high = end(arith::add_r(v, half, Round::Up, "an interval"));
            Interval { low, high }
        };
        match self.bound {
            Bound::Exact => Interval::point(v),
            Bound::AsPrinted => self.printed_interval().unwrap_or_else(|| widen(self.half_digit())),
            Bound::About => {
                // The tolerance rounded up: rounded to nearest, it could fall short of 5%.
                let tolerance = arith::mul_r(v.abs(), ABOUT_TOLERANCE, Round::Up, "an interval");
                widen(tolerance.map_or(Decimal::MAX, |t| t.max(self.half_digit())))
            }
            Bound::MoreThan => Interval { low: Endpoint::Open(v), high: Endpoint::Unbounded },
            Bound::AtLeast => Interval { low: Endpoint::Closed(v), high: Endpoint::Unbounded },
            Bound::LessThan => Interval { low: Endpoint::Unbounded, high: Endpoint::Open(v) },
            Bound::AtMost => Interval { low: Endpoint::Unbounded, high: Endpoint::Closed(v) },
        }
    }

    /// `[v − ½·10^e, v + ½·10^e]` in integer arithmetic, the common case: one more decimal
    /// place than printed, `16.94` giving `16.935` and `16.945`.
    fn printed_interval(&self) -> Option<Interval> {
        let scale = self.value.scale();
        if self.last_digit != -(scale as i32) || scale >= 28 {
            return None;
        }
        let tenfold = self.value.mantissa().checked_mul(10)?;
        let end = |m: i128| Decimal::try_from_i128_with_scale(m, scale + 1).ok();
        Some(Interval { low: Endpoint::Closed(end(tenfold - 5)?), high: Endpoint::Closed(end(tenfold + 5)?) })
    }

    /// Half a unit of the last printed digit, or a whole unit where half would not fit in
    /// `Decimal`'s 28 decimal places.
    fn half_digit(&self) -> Decimal {
        if self.last_digit > 0 {
            // A last digit lies at 10^28 or finer (`with_last_digit` and `rescaled` see to
            // it), so half of it is at most 5 × 10^27.
            let unit = crate::unit::power_of_ten(i64::from(self.last_digit - 1)).unwrap_or(Decimal::MAX);
            arith::mul_r(Decimal::from(5), unit, Round::Up, "an interval").unwrap_or(Decimal::MAX)
        } else if self.last_digit > -28 {
            Decimal::new(5, (1 - self.last_digit) as u32)
        } else {
            Decimal::new(1, 28)
        }
    }

    /// The figure multiplied by an exact power of ten, keeping what its last digit promised.
    pub(crate) fn rescaled(&self, exponent: i64, what: &'static str) -> Result<Reported> {
        let last_digit = i64::from(self.last_digit) + exponent;
        if last_digit < -28 {
            return Err(Error::invalid(
                "change of unit",
                self.value.to_string(),
                format!("in that unit the figure would need {} decimal places; a decimal holds 28", -last_digit),
            ));
        }
        if last_digit > 28 {
            return Err(Error::invalid(
                "change of unit",
                self.value.to_string(),
                format!(
                    "in that unit the figure would be known only to 10^{last_digit}; a decimal's digits end at 10^28"
                ),
            ));
        }
        // OK because the checks above keep it within −28 to 28.
        let last_digit = last_digit as i32;
        // Moving the decimal point, exactly: the value at the scale its last digit reaches,
        // m × 10^(e − s + scale), whose dropped digits are zeros below the last digit. Never
        // rounded, which would move a bound (`at least …678.2` must not become `…678.0`).
        let scale = (-last_digit).max(0) as u32;
        let shift = exponent - i64::from(self.value.scale()) + i64::from(scale);
        let overflow = || Error::Overflow(what);
        let power = |k: i64| u32::try_from(k).ok().and_then(|k| 10i128.checked_pow(k)).ok_or_else(overflow);
        let mantissa = self.value.mantissa();
        let mantissa = if shift >= 0 {
            mantissa.checked_mul(power(shift)?).ok_or_else(overflow)?
        } else {
            mantissa / power(-shift)?
        };
        let value = Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| overflow())?;
        Ok(Reported { value, bound: self.bound, last_digit })
    }
}

impl FromStr for Reported {
    type Err = Error;

    /// Reads a decimal as the JSON format writes it (`"16.94"`), bound `as_printed`.
    fn from_str(text: &str) -> Result<Reported> {
        parse_decimal(text).map(Reported::as_printed)
    }
}

impl fmt::Display for Reported {
    /// The value with its qualifier in English: `16.94`, `more than 2.79`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.bound {
            Bound::AsPrinted | Bound::Exact => write!(f, "{}", self.value),
            Bound::MoreThan => write!(f, "more than {}", self.value),
            Bound::AtLeast => write!(f, "at least {}", self.value),
            Bound::LessThan => write!(f, "less than {}", self.value),
            Bound::AtMost => write!(f, "at most {}", self.value),
            Bound::About => write!(f, "about {}", self.value),
        }
    }
}

/// Reads a decimal as the JSON format writes it: an optional `-`, digits with no leading zeros,
/// and an optional `.` with digits. The printed digits are kept (`"16.940"` has scale 3); the
/// sign of a zero is not, on purpose: `"-0.0"` allows exactly the values `"0.0"` allows (a
/// change rounded to nothing is no change), so it reads, saves and prints as `0.0`.
///
/// # Errors
///
/// [`Error::InvalidInput`] naming the text, for anything else (`"1e3"`, `"+1"`, `".5"`,
/// `"1,5"`, `"NaN"`) or for more digits than a `Decimal` holds exactly.
///
/// # Example
///
/// ```
/// let d = chiso::parse_decimal("16.940")?;
/// assert_eq!(d.scale(), 3);
/// assert!(chiso::parse_decimal("1,5").is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn parse_decimal(text: &str) -> Result<Decimal> {
    read_short_decimal(text).map_or_else(|| read_decimal(text), Ok)
}

/// [`parse_decimal`] for any text: checks its form, then reads it. The fuzz target `text`
/// checks that [`parse_decimal`]'s one-pass reader agrees with it.
pub(crate) fn read_decimal(text: &str) -> Result<Decimal> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let well_formed = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        return Err(Error::invalid(
            "decimal",
            text,
            "expected digits with an optional '-' and an optional '.' fraction, as in \"-16.94\"",
        ));
    }
    let mut value = Decimal::from_str_exact(text).map_err(|_| {
        Error::invalid("decimal", text, "it has more digits than a decimal of 28 significant digits holds")
    })?;
    // A zero has no sign in chiso, on purpose: `-0.0` allows the same values as `0.0`.
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    Ok(value)
}

/// A decimal whose digits fit a `u64` (19 digits at least), read in one pass over its bytes:
/// Python passes every `decimal.Decimal` and every number given as `str` through
/// [`parse_decimal`]. `None` for any other text, which the general reader then reads or
/// refuses, so that every refusal comes from one place; what this reads, the general reader
/// reads the same (a property test checks it).
fn read_short_decimal(text: &str) -> Option<Decimal> {
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        all => (false, all),
    };
    // No leading zeros: `05` and `00.5` are refused.
    if digits.first() == Some(&b'0') && digits.get(1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut mantissa = 0u64;
    let mut decimals = None;
    for (at, &byte) in digits.iter().enumerate() {
        match byte {
            b'0'..=b'9' => mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(byte - b'0'))?,
            // One point, with digits on both sides.
            b'.' if decimals.is_none() && at > 0 && at + 1 < digits.len() => decimals = Some(digits.len() - at - 1),
            _ => return None,
        }
    }
    if digits.is_empty() {
        return None;
    }
    let magnitude = i128::from(mantissa);
    let scale = u32::try_from(decimals.unwrap_or(0)).ok()?;
    // An i128 has no minus zero: `-0.0` reads as zero, as the general reader makes it.
    Decimal::try_from_i128_with_scale(if negative { -magnitude } else { magnitude }, scale).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_digits_decide_the_interval() {
        let cases = [
            ("16.94", Bound::AsPrinted, "[16.935, 16.945]"),
            ("16.940", Bound::AsPrinted, "[16.9395, 16.9405]"),
            ("351640", Bound::AsPrinted, "[351639.5, 351640.5]"),
            ("41", Bound::Exact, "[41, 41]"),
            ("2.79", Bound::MoreThan, "(2.79, +∞)"),
            ("99", Bound::AtLeast, "[99, +∞)"),
            ("5", Bound::LessThan, "(−∞, 5)"),
            ("5", Bound::AtMost, "(−∞, 5]"),
            ("30", Bound::About, "[28.50, 31.50]"),
            ("0.01", Bound::About, "[0.005, 0.015]"),
        ];
        for (text, bound, expected) in cases {
            let r = parse_decimal(text).map(|v| Reported::new(v, bound)).unwrap();
            assert_eq!(r.interval().to_string(), expected, "{text} {bound}");
        }
    }

    #[test]
    fn rescaling_keeps_what_the_last_digit_promised() {
        let billions = Reported::as_printed(parse_decimal("1.92").unwrap());
        let millions = billions.rescaled(3, "t").unwrap();
        assert_eq!(millions.value(), Decimal::from(1920));
        assert_eq!(millions.interval().to_string(), "[1915, 1925]");
        let back = millions.rescaled(-3, "t").unwrap();
        assert_eq!(back.interval(), billions.interval());
    }

    #[test]
    fn the_last_decimal_place_still_gets_an_honest_interval() {
        let v = parse_decimal("0.1234567890123456789012345678").unwrap();
        let i = Reported::as_printed(v).interval();
        assert!(i.contains(v) && !i.is_point());
    }

    #[test]
    fn malformed_decimals_are_refused_by_name() {
        for text in [
            "",
            "-",
            "1e3",
            "+1",
            ".5",
            "5.",
            "1,5",
            "01",
            "NaN",
            "inf",
            "1_000",
            " 1",
            "12345678901234567890123456789012",
        ] {
            let err = parse_decimal(text).unwrap_err();
            assert!(err.to_string().contains(&format!("{text:?}")), "{err}");
        }
        assert_eq!(parse_decimal("-0.50").unwrap().to_string(), "-0.50");
    }

    #[test]
    fn bounds_round_trip_their_names() {
        for bound in Bound::ALL {
            assert_eq!(bound.name().parse::<Bound>().unwrap(), bound);
        }
        assert!("roughly".parse::<Bound>().is_err());
    }

    #[test]
    fn ends_beyond_decimals_range_are_unbounded_not_cut_short() {
        let i = Reported::as_printed(Decimal::MAX).interval();
        assert_eq!(i.high(), Endpoint::Unbounded);
        let about = Reported::new(parse_decimal("76000000000000000000000000000").unwrap(), Bound::About).interval();
        assert_eq!(about.high(), Endpoint::Unbounded);
        assert!(about.low_value().is_some());
    }

    #[test]
    fn rescaling_past_28_decimal_places_is_refused() {
        let tiny = Reported::as_printed(parse_decimal("0.30000000000000004").unwrap());
        let err = tiny.rescaled(-12, "t").unwrap_err();
        assert_eq!(err.kind(), "invalid_input");
        assert!(err.to_string().contains("29 decimal places"), "{err}");
    }

    proptest::proptest! {
        #[test]
        fn short_decimals_read_in_one_pass_as_the_general_reader_reads_them(text in "-?[0-9.]{0,22}") {
            if let Some(value) = read_short_decimal(&text) {
                let general = read_decimal(&text).unwrap();
                proptest::prop_assert_eq!((value, value.scale()), (general, general.scale()));
            }
        }

        #[test]
        fn printed_decimals_of_19_digits_take_the_one_pass_reader(
            mantissa in -9_999_999_999_999_999_999i128..=9_999_999_999_999_999_999,
            // At most 19 printed digits: a zero before the point counts.
            scale in 0u32..=18,
        ) {
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            let read = read_short_decimal(&value.to_string());
            proptest::prop_assert_eq!(read.map(|v| (v, v.scale())), Some((value, value.scale())));
        }
    }
}
