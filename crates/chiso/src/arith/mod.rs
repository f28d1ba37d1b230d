//! Decimal arithmetic rounded as Python's `decimal` rounds it, and with directed rounding for
//! interval ends.
//!
//! `rust_decimal` keeps up to 29 significant digits when they fit in its 96-bit mantissa and
//! rounds where its result stops; Python's default context keeps exactly 28 significant digits,
//! rounding half-even. Rounding a 29-digit result again to 28 digits is a double rounding that
//! is wrong when the 29th digit is a 5 produced by the first rounding, so that case, and every
//! case the fast path cannot prove exact, is settled here with exact big-integer arithmetic.
//!
//! Interval ends round outward ([`Round::Down`] for a low end, [`Round::Up`] for a high end), so
//! that an interval always contains every value its inputs allow.
//!
//! One limit is `Decimal`'s, not ours: it holds at most 28 decimal places, so a result smaller
//! than 0.1 in magnitude keeps fewer than 28 significant digits.

use num_bigint::{BigInt, Sign};
use num_traits::Zero;
use rust_decimal::Decimal;

use crate::error::{Error, Result};

mod quotient;
pub(crate) mod root;
mod small;

pub(crate) use quotient::POW10;

/// Significant digits kept, as in Python's default decimal context.
pub(crate) const DIGITS: u32 = 28;
pub(crate) const TEN_POW_28: u128 = 10_000_000_000_000_000_000_000_000_000;
pub(super) const MAX_SCALE: u32 = 28;

/// Which way an inexact result is rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Round {
    /// To the nearest, ties to even: point values.
    Nearest,
    /// Toward negative infinity: low ends.
    Down,
    /// Toward positive infinity: high ends.
    Up,
}

/// `a + b`, nearest.
pub(crate) fn add(a: Decimal, b: Decimal, what: &'static str) -> Result<Decimal> {
    add_r(a, b, Round::Nearest, what)
}

/// `a - b`, nearest.
pub(crate) fn sub(a: Decimal, b: Decimal, what: &'static str) -> Result<Decimal> {
    add_r(a, -b, Round::Nearest, what)
}

/// `a × b`, nearest.
pub(crate) fn mul(a: Decimal, b: Decimal, what: &'static str) -> Result<Decimal> {
    mul_r(a, b, Round::Nearest, what)
}

/// `a ÷ b`, nearest; `b` must not be zero (callers check, and say why in their own words).
pub(crate) fn div(a: Decimal, b: Decimal, what: &'static str) -> Result<Decimal> {
    div_r(a, b, Round::Nearest, what)
}

/// `a × k ÷ b` with a single rounding, as Python rounds `a / b * k` when `k` is a power of ten:
/// the product is exact whether or not it fits in a `Decimal`.
pub(crate) fn mul_div(a: Decimal, k: Decimal, b: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if b.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    let scale = a.scale() as i32 + k.scale() as i32 - b.scale() as i32;
    let negative = (a.is_sign_negative() != k.is_sign_negative()) != b.is_sign_negative();
    if let Some(product) = a.mantissa().unsigned_abs().checked_mul(k.mantissa().unsigned_abs()) {
        return divided(product, b.mantissa().unsigned_abs(), scale, negative, mode, Some(scale), what);
    }
    let (num, den) = positive_denominator(big(a) * big(k) * pow10_big(b.scale()), big(b));
    round_rational(num, den, i64::from(a.scale() + k.scale()), mode, what)
}

/// `1 + g / 100`, rounded as Python computes it: `g / 100` only moves the decimal point, so it
/// is exact unless `g` has 29 significant digits, which Python first rounds to 28; the sum is
/// then rounded once.
pub(crate) fn one_plus_percent(g: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    let g = round_exact(g, mode, what)?;
    if let Some(exact) = exact_growth_factor(g) {
        return Ok(exact);
    }
    // |g| < 2^96 and its scale is at most 28: the sum is far inside 128 bits.
    let scale = g.scale() + 2;
    let sum = g.mantissa() + POW10[scale as usize] as i128;
    quotient(sum, 1, scale, mode, what)
}

/// `(x − y) × 100 / w` with a single rounding: the end of a growth or contribution interval,
/// exact however far apart `x` and `y` are.
pub(crate) fn percent_change(x: Decimal, y: Decimal, w: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if w.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    // (x − y) = D / 10^s, so (x − y) × 100 / w = D × 100 / mw × 10^-(s − sw).
    let scale = x.scale().max(y.scale());
    let (kx, ky) = ((scale - x.scale()) as usize, (scale - y.scale()) as usize);
    // Mantissas below 2^96 times 10^k ≤ 10^7 < 2^23.3: their difference times 100 is below 2^127.
    if kx <= 7 && ky <= 7 {
        let change = x.mantissa() * POW10[kx] as i128 - y.mantissa() * POW10[ky] as i128;
        let shift = scale as i32 - w.scale() as i32;
        let negative = (change < 0) != w.is_sign_negative();
        let (n, d) = (change.unsigned_abs() * 100, w.mantissa().unsigned_abs());
        return divided(n, d, shift, negative, mode, Some(shift), what);
    }
    let change = big_at_scale(x, scale) - big_at_scale(y, scale);
    let (num, den) = positive_denominator(change * 100u32 * pow10_big(w.scale()), big(w));
    round_rational(num, den, i64::from(scale), mode, what)
}

/// `1 + g / 100` when it is exact within 28 digits.
fn exact_growth_factor(g: Decimal) -> Option<Decimal> {
    let scale = g.scale() + 2;
    if scale > MAX_SCALE {
        return None;
    }
    let mantissa = g.mantissa().checked_add(10i128.checked_pow(scale)?)?;
    (mantissa.unsigned_abs() < TEN_POW_28).then(|| Decimal::try_from_i128_with_scale(mantissa, scale).ok())?
}

/// `10^(sg+2) + mg`, the growth factor `1 + g / 100` as an integer over `10^(sg+2)`: far
/// inside 128 bits, `g`'s mantissa being below 2^96 and its scale at most 28.
fn growth_factor_numerator(g: Decimal) -> i128 {
    POW10[g.scale() as usize + 2] as i128 + g.mantissa()
}

/// `b × (1 + g / 100)` with a single rounding: the end of a projection interval.
pub(crate) fn times_growth_factor(b: Decimal, g: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(factor) = exact_growth_factor(g) {
        return mul_r(b, factor, mode, what);
    }
    // b × (10^(sg+2) + mg) / 10^(sg+2), over 10^sb.
    let factor = growth_factor_numerator(g);
    let scale = b.scale() + g.scale() + 2;
    if let Some(product) = b.mantissa().checked_mul(factor) {
        return quotient(product, 1, scale, mode, what);
    }
    round_rational(big(b) * BigInt::from(factor), BigInt::from(1), i64::from(scale), mode, what)
}

/// `c / (1 + g / 100)` with a single rounding: the end of an implied-base interval. The factor
/// must not be zero.
pub(crate) fn over_growth_factor(c: Decimal, g: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(factor) = exact_growth_factor(g) {
        return div_r(c, factor, mode, what);
    }
    let factor = growth_factor_numerator(g);
    if factor == 0 {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    // c × 10^(sg+2) / factor, over 10^sc.
    let shift = c.scale() as i32 - g.scale() as i32 - 2;
    let negative = c.is_sign_negative() != (factor < 0);
    divided(c.mantissa().unsigned_abs(), factor.unsigned_abs(), shift, negative, mode, None, what)
}

/// `num / den × 10^-scale` rounded once, in the direction `mode` says, to 28 significant digits
/// (or 28 decimal places below 0.1), as Python's `decimal` rounds one division: the kernel of a
/// growth, share or level computed from integer mantissas, such as a row of a decimal column.
/// A float estimate of the quotient is corrected and proven with integer arithmetic (see
/// `quotient.rs`); big integers only take inputs beyond its range.
///
/// # Errors
///
/// [`Error::Undefined`] when `den` is zero; [`Error::Overflow`] when the result does not fit.
#[inline]
pub(crate) fn quotient(num: i128, den: i128, scale: u32, mode: Round, what: &'static str) -> Result<Decimal> {
    if den == 0 {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    let negative = (num < 0) != (den < 0);
    match i32::try_from(scale) {
        Ok(scale) => divided(num.unsigned_abs(), den.unsigned_abs(), scale, negative, mode, None, what),
        Err(_) => {
            let (num, den) = positive_denominator(BigInt::from(num), BigInt::from(den));
            round_rational(num, den, i64::from(scale), mode, what)
        }
    }
}

/// `±n / d × 10^-s` (negative when `negative` says), rounded once as [`quotient`] rounds it, and
/// an exact quotient trimmed of trailing zeros down to `ideal` places when given (as Python
/// gives `1 / 4` as `0.25`). `d` must not be zero.
fn divided(
    n: u128,
    d: u128,
    s: i32,
    negative: bool,
    mode: Round,
    ideal: Option<i32>,
    what: &'static str,
) -> Result<Decimal> {
    let Some(rounded) = quotient::divide(n, d, s, negative, mode) else {
        let num = if negative { -BigInt::from(n) } else { BigInt::from(n) };
        return round_rational(num, BigInt::from(d), i64::from(s), mode, what);
    };
    to_decimal_parts(rounded, negative, ideal, what)
}

/// A quotient rounded once to 28 significant digits, before it becomes a decimal: a column's
/// row writes its digits at the column's scale, a single figure builds its decimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quotient {
    rounded: quotient::Rounded,
    negative: bool,
}

impl Quotient {
    /// The quotient as `mantissa × 10^-scale`, at most 28 digits; `scale` is at most 28, and
    /// negative for a quotient of 29 digits or more before the point.
    pub(crate) fn parts(self) -> (i128, i32) {
        // Below 10^28 < 2^94: far inside an i128.
        let magnitude = self.rounded.magnitude as i128;
        (if self.negative { -magnitude } else { magnitude }, self.rounded.scale)
    }

    /// The quotient as the decimal [`quotient`] and its kin build: an exact one trimmed of the
    /// trailing zeros its 28 digits added, down to `ideal` places.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] when it does not fit in a decimal.
    pub(crate) fn decimal(self, ideal: i32, what: &'static str) -> Result<Decimal> {
        to_decimal_parts(self.rounded, self.negative, Some(ideal), what)
    }
}

/// `num ÷ den` rounded once toward `mode` to 28 significant digits, as [`quotient`] rounds it at
/// scale 0, without building a decimal: the row kernel of a rate. `None` when `den` is not
/// positive or the inputs are beyond the integer kernel's range (see `quotient.rs`); the caller
/// then takes the general path.
#[inline]
pub(crate) fn quotient_parts(num: i128, den: i128, mode: Round) -> Option<Quotient> {
    if den <= 0 {
        return None;
    }
    let negative = num < 0;
    let rounded = quotient::divide(num.unsigned_abs(), den.unsigned_abs(), 0, negative, mode)?;
    Some(Quotient { rounded, negative: negative && rounded.magnitude != 0 })
}

/// A rounded quotient of sign `negative` as a decimal, an exact one trimmed down to `ideal`
/// places when given.
fn to_decimal_parts(
    rounded: quotient::Rounded,
    negative: bool,
    ideal: Option<i32>,
    what: &'static str,
) -> Result<Decimal> {
    let rounded = match ideal {
        Some(ideal) => rounded.trimmed(ideal),
        None => rounded,
    };
    let negative = negative && rounded.magnitude != 0;
    if let Ok(scale) = u32::try_from(rounded.scale) {
        // Below 10^28 < 2^96: the three words of a decimal's mantissa.
        let m = rounded.magnitude;
        return Ok(Decimal::from_parts(m as u32, (m >> 32) as u32, (m >> 64) as u32, negative, scale));
    }
    // A quotient of 29 digits or more before the point: its 28 digits and zeros.
    let mantissa = POW10
        .get(rounded.scale.unsigned_abs() as usize)
        .and_then(|p| rounded.magnitude.checked_mul(*p))
        .and_then(|m| i128::try_from(m).ok())
        .ok_or(Error::Overflow(what))?;
    Decimal::try_from_i128_with_scale(if negative { -mantissa } else { mantissa }, 0).map_err(|_| Error::Overflow(what))
}

fn positive_denominator(num: BigInt, den: BigInt) -> (BigInt, BigInt) {
    if den.sign() == Sign::Minus {
        (-num, -den)
    } else {
        (num, den)
    }
}

pub(crate) fn add_r(a: Decimal, b: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(sum) = small::add(a, b) {
        return round_exact(sum, mode, what);
    }
    match a.checked_add(b) {
        Some(sum) if sum.scale() == a.scale().max(b.scale()) => round_exact(sum, mode, what),
        _ => {
            let scale = a.scale().max(b.scale());
            let num = big_at_scale(a, scale) + big_at_scale(b, scale);
            round_rational(num, BigInt::from(1), scale as i64, mode, what)
        }
    }
}

pub(crate) fn mul_r(a: Decimal, b: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(product) = small::mul(a, b) {
        return round_exact(product, mode, what);
    }
    let scale = a.scale() + b.scale();
    match a.mantissa().checked_mul(b.mantissa()) {
        Some(product) => quotient(product, 1, scale, mode, what),
        None => round_rational(big(a) * big(b), BigInt::from(1), scale as i64, mode, what),
    }
}

/// `a ÷ b` rounded once; an exact quotient keeps the scale Python's `decimal` gives it (the
/// difference of the scales, or none), as `1 ÷ 4` is `0.25` and `400 ÷ 1.6` is `250`.
pub(crate) fn div_r(a: Decimal, b: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if b.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    let scale = a.scale() as i32 - b.scale() as i32;
    let negative = !a.is_zero() && a.is_sign_negative() != b.is_sign_negative();
    divided(a.mantissa().unsigned_abs(), b.mantissa().unsigned_abs(), scale, negative, mode, Some(scale), what)
}

/// Rounds an exact value to 28 significant digits, as Python keeps them (`Decimal` holds up
/// to 29), in the direction `mode` says.
fn round_exact(d: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    let magnitude = d.mantissa().unsigned_abs();
    if magnitude < TEN_POW_28 {
        return Ok(d);
    }
    if d.scale() == 0 {
        // A 29-digit integer: keep 28 digits and a trailing zero, as Python's 1.234E+28 does.
        return divided(magnitude, 1, 0, d.is_sign_negative(), mode, None, what);
    }
    // Drop the last digit: integer arithmetic, far cheaper than a general rescale.
    let negative = d.is_sign_negative();
    let (kept, dropped) = (magnitude / 10, magnitude % 10);
    let away_from_zero = match mode {
        Round::Nearest => dropped > 5 || (dropped == 5 && kept % 2 == 1),
        Round::Down => negative && dropped > 0,
        Round::Up => !negative && dropped > 0,
    };
    let kept = (kept + u128::from(away_from_zero)) as i128;
    Ok(Decimal::from_i128_with_scale(if negative { -kept } else { kept }, d.scale() - 1))
}

/// `100 × ((1 + g/100)^n − 1)` exactly, then rounded once in `mode` to 28 significant digits
/// (or 28 places below 0.1): the factor `(10^(s+2) + m) / 10^(s+2)` of a growth `m × 10^-s`
/// is raised to the `n`th power with big integers. A power a decimal holds exactly keeps the
/// digits Python's `decimal` writes for it: `1.01^4` is `1.04060401`, so 1% gives `4.06040100`.
pub(crate) fn compound_percent(g: Decimal, n: u32, mode: Round, what: &'static str) -> Result<Decimal> {
    let denominator = pow10_big(g.scale() + 2);
    let factor = &denominator + big(g);
    let denominator = denominator.pow(n);
    let change = (factor.pow(n) - &denominator) * 100u32;
    let scale = u64::from(g.scale() + 2) * u64::from(n);
    if scale <= u64::from(MAX_SCALE) {
        // The change over 10^scale is exact: `100 × (F^n − D^n) / D^n` with `D^n = 10^scale`.
        if let Some(exact) =
            i128::try_from(&change).ok().and_then(|m| Decimal::try_from_i128_with_scale(m, scale as u32).ok())
        {
            return Ok(exact);
        }
    }
    round_rational(change, denominator, 0, mode, what)
}

fn big(d: Decimal) -> BigInt {
    BigInt::from(d.mantissa())
}

/// `d × 10^scale` as an integer: `d` at `scale` places, which must be at least its own.
pub(crate) fn big_at_scale(d: Decimal, scale: u32) -> BigInt {
    big(d) * pow10_big(scale - d.scale())
}

/// `num / den` rounded once, in the direction `mode` says, as [`quotient`] rounds: the exact
/// value of a rational formula evaluated on big integers.
///
/// # Errors
///
/// [`Error::Undefined`] when `den` is zero; [`Error::Overflow`] when the result does not fit.
pub(crate) fn round_fraction(num: BigInt, den: BigInt, mode: Round, what: &'static str) -> Result<Decimal> {
    if den.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    let (num, den) = positive_denominator(num, den);
    round_rational(num, den, 0, mode, what)
}

/// Rounds `num / den × 10^-scale` (with `den > 0`) to 28 significant digits, or to 28 decimal
/// places when the value is below 0.1 in magnitude.
fn round_rational(num: BigInt, den: BigInt, scale: i64, mode: Round, what: &'static str) -> Result<Decimal> {
    let negative = num.sign() == Sign::Minus;
    let magnitude = if negative { -num } else { num };
    let limit = BigInt::from(TEN_POW_28);
    let mut result_scale = MAX_SCALE as i64;
    loop {
        let (q, r, d) = scaled_division(&magnitude, &den, result_scale - scale);
        let too_many = digit_count(&q).saturating_sub(DIGITS as usize) as i64;
        if too_many > 0 {
            result_scale -= too_many;
            continue;
        }
        let round_up = !r.is_zero()
            && match mode {
                Round::Nearest => {
                    let twice = &r * 2u32;
                    twice > d || (twice == d && (&q % 2u32) == BigInt::from(1))
                }
                Round::Down => negative,
                Round::Up => !negative,
            };
        let q = if round_up { q + 1u32 } else { q };
        if q >= limit {
            result_scale -= 1;
            continue;
        }
        return to_decimal(q, negative, result_scale, what);
    }
}

/// `(floor(m × 10^shift / den), remainder, divisor)`.
fn scaled_division(magnitude: &BigInt, den: &BigInt, shift: i64) -> (BigInt, BigInt, BigInt) {
    let (num, den) = if shift >= 0 {
        (magnitude * pow10_big(shift as u32), den.clone())
    } else {
        (magnitude.clone(), den * pow10_big((-shift) as u32))
    };
    let q = &num / &den;
    let r = &num - &q * &den;
    (q, r, den)
}

fn digit_count(n: &BigInt) -> usize {
    if n.is_zero() {
        1
    } else {
        n.to_str_radix(10).trim_start_matches('-').len()
    }
}

fn to_decimal(q: BigInt, negative: bool, scale: i64, what: &'static str) -> Result<Decimal> {
    let mantissa = if scale < 0 { q * pow10_big((-scale) as u32) } else { q };
    let value: i128 = mantissa.try_into().map_err(|_| Error::Overflow(what))?;
    let value = if negative { -value } else { value };
    Decimal::try_from_i128_with_scale(value, scale.max(0) as u32).map_err(|_| Error::Overflow(what))
}

fn pow10_big(exponent: u32) -> BigInt {
    BigInt::from(10u32).pow(exponent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn division_keeps_28_significant_digits_like_python() {
        // Python: Decimal(7) / Decimal('0.3') == Decimal('23.33333333333333333333333333')
        assert_eq!(div(d("7"), d("0.3"), "t").unwrap(), d("23.33333333333333333333333333"));
        // Decimal(2) / Decimal(3) == Decimal('0.6666666666666666666666666667')
        assert_eq!(div(d("2"), d("3"), "t").unwrap(), d("0.6666666666666666666666666667"));
        // Decimal(351640) / Decimal('1.133') == Decimal('310361.8711385701676963812886')
        assert_eq!(div(d("351640"), d("1.133"), "t").unwrap(), d("310361.8711385701676963812886"));
    }

    #[test]
    fn directed_rounding_brackets_the_nearest() {
        for (a, b) in [("1", "3"), ("-2", "3"), ("16.94", "1.114"), ("7", "0.3")] {
            let (a, b) = (d(a), d(b));
            let down = div_r(a, b, Round::Down, "t").unwrap();
            let up = div_r(a, b, Round::Up, "t").unwrap();
            let near = div(a, b, "t").unwrap();
            assert!(down <= near && near <= up && down < up, "{a}/{b}: {down} {near} {up}");
        }
        assert_eq!(div_r(d("1"), d("4"), Round::Down, "t").unwrap(), d("0.25"));
    }

    #[test]
    fn sums_and_products_that_need_29_digits_round_once() {
        let a = d("1234567890123456789012345678.9");
        assert_eq!(add(a, d("0.05"), "t").unwrap(), d("1234567890123456789012345679"));
        assert_eq!(mul(d("3.333333333333333333333333333"), d("3"), "t").unwrap(), d("9.999999999999999999999999999"));
    }

    #[test]
    fn division_by_zero_and_overflow_are_errors() {
        assert_eq!(div(d("1"), Decimal::ZERO, "growth").unwrap_err().kind(), "undefined");
        assert_eq!(mul(Decimal::MAX, d("10"), "growth").unwrap_err().kind(), "overflow");
    }

    /// The reference: `num / den × 10^-scale` rounded by big-integer division alone.
    fn reference(num: i128, den: i128, scale: u32, mode: Round) -> Result<Decimal> {
        let (num, den) = positive_denominator(BigInt::from(num), BigInt::from(den));
        round_rational(num, den, i64::from(scale), mode, "t")
    }

    /// Checks `quotient` against the reference in every mode, digit for digit and scale for
    /// scale, and that the integer kernel (not the big-integer fallback) settled it when the
    /// inputs are in its range.
    fn check_quotient(num: i128, den: i128, scale: u32) -> std::result::Result<(), String> {
        for mode in [Round::Nearest, Round::Down, Round::Up] {
            let fast = quotient(num, den, scale, mode, "t");
            let slow = reference(num, den, scale, mode);
            let same = match (&fast, &slow) {
                (Ok(f), Ok(s)) => (f.mantissa(), f.scale()) == (s.mantissa(), s.scale()),
                (Err(f), Err(s)) => f.kind() == s.kind(),
                _ => false,
            };
            if !same {
                return Err(format!("{num} / {den} × 10^-{scale} {mode:?}: {fast:?}, reference {slow:?}"));
            }
            let negative = (num < 0) != (den < 0);
            let in_range = den.unsigned_abs() < 1 << 100 && scale <= 40;
            if in_range
                && quotient::divide(num.unsigned_abs(), den.unsigned_abs(), scale as i32, negative, mode).is_none()
            {
                return Err(format!("{num} / {den} × 10^-{scale} {mode:?} fell back to big integers"));
            }
        }
        Ok(())
    }

    /// An `i128` of about `bits` bits, of either sign.
    fn wide(bits: u32, raw: u128, negative: bool) -> i128 {
        let magnitude = (raw >> (128 - bits.clamp(1, 127))) as i128;
        if negative {
            -magnitude
        } else {
            magnitude
        }
    }

    #[test]
    fn quotients_at_the_edges_round_as_big_integers_do() {
        let cases: &[(i128, i128, u32)] = &[
            (0, 1, 0),
            (0, -7, 40),
            (1, 1, 0),
            (-1, 3, 0),
            (2, 3, 0),
            (1, 4, 0),
            (i128::MAX, 1, 0),
            (i128::MIN, 1, 0),
            (i128::MIN, -1, 0),
            (i128::MIN, i128::MAX, 0),
            (1, i128::MAX, 0),
            (1, i128::MAX, 40),
            (i128::MAX, i128::MAX, 40),
            (i128::MAX, 3, 40),
            // 10^28 − 1 and its neighbours, and a half below 10^28 that rounds up to it.
            (9_999_999_999_999_999_999_999_999_999, 1, 0),
            (10_000_000_000_000_000_000_000_000_000, 1, 0),
            (99_999_999_999_999_999_999_999_999_995, 10, 0),
            (99_999_999_999_999_999_999_999_999_995, 10, 28),
            (99_999_999_999_999_999_999_999_999_994, 10, 5),
            // Ties at the 28th decimal place of a small quotient, and below it.
            (5, 1, 29),
            (15, 1, 29),
            (25, 1, 29),
            (1, 2, 28),
            (3, 2, 28),
            (1, 3, 40),
            // A growth of a decimal(18,2) column: (c − p) × 100 / p.
            ((1_694 - 1_521) * 100, 1_521, 0),
            ((100_000_000_000_000 - 999_999_999_999_999_999) * 100, 999_999_999_999_999_999, 0),
        ];
        for &(num, den, scale) in cases {
            check_quotient(num, den, scale).unwrap();
        }
        assert_eq!(quotient(1, 0, 0, Round::Nearest, "growth").unwrap_err().kind(), "undefined");
        assert_eq!(quotient(1, 4, 0, Round::Nearest, "t").unwrap().to_string(), "0.2500000000000000000000000000");
        assert_eq!(quotient(2, 3, 0, Round::Down, "t").unwrap(), d("0.6666666666666666666666666666"));
        assert_eq!(quotient(-2, 3, 0, Round::Down, "t").unwrap(), d("-0.6666666666666666666666666667"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn every_quotient_rounds_as_big_integers_do(
            num_bits in 1u32..=128, num_raw in proptest::num::u128::ANY, num_negative in proptest::bool::ANY,
            den_bits in 1u32..=127, den_raw in proptest::num::u128::ANY, den_negative in proptest::bool::ANY,
            scale in 0u32..=40,
        ) {
            let den = wide(den_bits, den_raw, den_negative);
            let den = if den == 0 { 1 } else { den };
            let num = if num_bits == 128 { num_raw as i128 } else { wide(num_bits, num_raw, num_negative) };
            check_quotient(num, den, scale).map_err(proptest::test_runner::TestCaseError::fail)?;
        }

        #[test]
        fn growths_of_decimal_columns_round_as_big_integers_do(
            current in -1_000_000_000_000_000_000i64..1_000_000_000_000_000_000,
            previous in 1i64..1_000_000_000_000_000_000,
        ) {
            let num = (i128::from(current) - i128::from(previous)) * 100;
            check_quotient(num, i128::from(previous), 0).map_err(proptest::test_runner::TestCaseError::fail)?;
        }

        #[test]
        fn exact_quotients_and_ties_round_as_big_integers_do(
            q in 0u128..10_000_000_000_000_000_000_000_000_000, factor in 1i128..1 << 30,
            negative in proptest::bool::ANY, scale in 0u32..=40,
        ) {
            let sign = if negative { -1 } else { 1 };
            let fail = proptest::test_runner::TestCaseError::fail;
            // Exact: q × factor / factor.
            check_quotient(sign * q as i128 * factor, factor, scale).map_err(fail)?;
            // A tie below the 28th digit of q: (10q + 5) / 10, scaled by the factor.
            check_quotient(sign * (10 * q as i128 + 5) * factor, 10 * factor, scale).map_err(fail)?;
            // A tie at the 28th decimal place of a small quotient: (2m + 1) / 2 × 10^-28.
            let m = q % 1_000_000_000_000_000_000_000;
            check_quotient(sign * (2 * m as i128 + 1) * factor, 2 * factor, 28).map_err(fail)?;
            // Next to the 28/29-digit boundary: 10^28 − q/10^k for small offsets.
            let near = TEN_POW_28 as i128 * 10 - (q % 100) as i128;
            check_quotient(sign * near, 10, scale).map_err(fail)?;
        }

        #[test]
        fn every_division_of_decimals_rounds_as_big_integers_do(
            a_bits in 1u32..=96, a_raw in proptest::num::u128::ANY, sa in 0u32..=28,
            b_bits in 1u32..=96, b_raw in proptest::num::u128::ANY, sb in 0u32..=28,
            signs in (proptest::bool::ANY, proptest::bool::ANY),
        ) {
            let b = wide(b_bits, b_raw, signs.1);
            let b = if b == 0 { 7 } else { b };
            let (a, b) = (
                Decimal::from_i128_with_scale(wide(a_bits, a_raw, signs.0) >> 32, sa),
                Decimal::from_i128_with_scale(b >> 32 | 1, sb),
            );
            for mode in [Round::Nearest, Round::Down, Round::Up] {
                let (num, den) = positive_denominator(big(a) * pow10_big(b.scale()), big(b));
                let exact = round_rational(num, den, a.scale() as i64, mode, "t");
                let fast = div_r(a, b, mode, "t");
                match (fast, exact) {
                    (Ok(fast), Ok(exact)) => proptest::prop_assert_eq!(fast, exact, "{} / {} {:?}", a, b, mode),
                    (fast, exact) => proptest::prop_assert_eq!(fast.is_err(), exact.is_err(), "{} / {}", a, b),
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn every_percent_change_rounds_as_big_integers_do(
            x in proptest::num::i128::ANY, sx in 0u32..=28, y in proptest::num::i128::ANY, sy in 0u32..=28,
            w in proptest::num::i128::ANY, sw in 0u32..=28,
        ) {
            let at = |m: i128, s: u32| Decimal::from_i128_with_scale(m >> 32, s);
            let (x, y, w) = (at(x, sx), at(y, sy), at(w | 1 << 40, sw));
            for mode in [Round::Nearest, Round::Down, Round::Up] {
                let scale = sx.max(sy);
                let change = big_at_scale(x, scale) - big_at_scale(y, scale);
                let (num, den) = positive_denominator(change * 100u32 * pow10_big(sw), big(w));
                let exact = round_rational(num, den, i64::from(scale), mode, "t");
                let fast = percent_change(x, y, w, mode, "t");
                match (fast, exact) {
                    (Ok(fast), Ok(exact)) => proptest::prop_assert_eq!(fast, exact, "({} − {}) / {} {:?}", x, y, w, mode),
                    (fast, exact) => proptest::prop_assert_eq!(fast.is_err(), exact.is_err(), "({} − {}) / {}", x, y, w),
                }
            }
        }
    }

    #[test]
    fn exact_quotients_keep_their_ideal_scale() {
        assert_eq!(div(d("1"), d("4"), "t").unwrap().to_string(), "0.25");
        assert_eq!(div(d("400"), d("1.6"), "t").unwrap().to_string(), "250");
        assert_eq!(div_r(d("5.060"), d("2"), Round::Up, "t").unwrap().to_string(), "2.530");
        assert_eq!(div(d("0.00"), d("3"), "t").unwrap().to_string(), "0.00");
        assert_eq!(mul_div(d("40"), Decimal::ONE_HUNDRED, d("400"), Round::Nearest, "t").unwrap().to_string(), "10");
    }

    #[test]
    fn widening_a_quotient_at_the_edge_of_the_range_is_an_overflow_not_a_panic() {
        let at_edge = div_r(Decimal::MAX, d("1.00000000000000000000000001"), Round::Up, "t");
        assert!(matches!(at_edge, Ok(_) | Err(Error::Overflow(_))));
        assert!(matches!(
            div_r(Decimal::MAX, d("0.99999999999999999999999999"), Round::Up, "t"),
            Err(Error::Overflow(_))
        ));
    }

    #[test]
    fn growth_factors_and_percent_quotients_round_once_as_python_does() {
        // Python: 1 + Decimal('9.768657898906670892093170654') / 100
        assert_eq!(
            one_plus_percent(d("9.768657898906670892093170654"), Round::Nearest, "t").unwrap(),
            d("1.097686578989066708920931707")
        );
        // Python: Decimal(1) + Decimal('0.0000000000000000000000000501') / 100
        assert_eq!(
            one_plus_percent(d("0.0000000000000000000000000501"), Round::Nearest, "t").unwrap(),
            d("1.000000000000000000000000001")
        );
        // Python: (Decimal('961780534143283312314798347.0') - …) / … * 100 needs no room for ×100.
        let big_change = d("961780534143283312314798150.123895514990195");
        let result = mul_div(big_change, Decimal::ONE_HUNDRED, d("196.876104485009805"), Round::Nearest, "t");
        assert!(result.is_ok(), "{result:?}");
    }
}
