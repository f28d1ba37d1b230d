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

pub(crate) mod root;
mod small;

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
    if let Some(product) = small::mul(a, k) {
        return div_r(product, b, mode, what);
    }
    let mut num = big(a) * big(k) * pow10_big(b.scale());
    let mut den = big(b);
    if den.sign() == Sign::Minus {
        den = -den;
        num = -num;
    }
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
    let scale = g.scale() + 2;
    round_rational(big(g) + pow10_big(scale), BigInt::from(1), i64::from(scale), mode, what)
}

/// `(x − y) × 100 / w` with a single rounding: the end of a growth or contribution interval,
/// exact however far apart `x` and `y` are.
pub(crate) fn percent_change(x: Decimal, y: Decimal, w: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(change) = small::add(x, -y) {
        if change.mantissa().unsigned_abs() < TEN_POW_28 {
            return mul_div(change, Decimal::ONE_HUNDRED, w, mode, what);
        }
    }
    if w.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    // (x − y) = D / 10^s, so (x − y) × 100 / w = D × 100 × 10^sw / mw × 10^-s.
    let scale = x.scale().max(y.scale());
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

/// `b × (1 + g / 100)` with a single rounding: the end of a projection interval.
pub(crate) fn times_growth_factor(b: Decimal, g: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(factor) = exact_growth_factor(g) {
        return mul_r(b, factor, mode, what);
    }
    // b × (10^(sg+2) + mg) / 10^(sg+2), over 10^sb.
    let num = big(b) * (pow10_big(g.scale() + 2) + big(g));
    round_rational(num, BigInt::from(1), i64::from(b.scale() + g.scale() + 2), mode, what)
}

/// `c / (1 + g / 100)` with a single rounding: the end of an implied-base interval. The factor
/// must not be zero.
pub(crate) fn over_growth_factor(c: Decimal, g: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if let Some(factor) = exact_growth_factor(g) {
        return div_r(c, factor, mode, what);
    }
    let den = pow10_big(g.scale() + 2) + big(g);
    if den.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    let (num, den) = positive_denominator(big(c) * pow10_big(g.scale() + 2), den);
    round_rational(num, den, i64::from(c.scale()), mode, what)
}

/// `num / den × 10^-scale` rounded once, in the direction `mode` says, to 28 significant digits
/// (or 28 decimal places below 0.1), as Python's `decimal` rounds one division: the kernel of a
/// growth, share or level computed from integer mantissas, such as a row of a decimal column.
///
/// # Errors
///
/// [`Error::Undefined`] when `den` is zero; [`Error::Overflow`] when the result does not fit.
pub(crate) fn quotient(num: i128, den: i128, scale: u32, mode: Round, what: &'static str) -> Result<Decimal> {
    if den == 0 {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    let (num, den) = positive_denominator(BigInt::from(num), BigInt::from(den));
    round_rational(num, den, i64::from(scale), mode, what)
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
    match a.checked_mul(b) {
        Some(product) if scale <= MAX_SCALE && product.scale() == scale => round_exact(product, mode, what),
        _ => round_rational(big(a) * big(b), BigInt::from(1), scale as i64, mode, what),
    }
}

pub(crate) fn div_r(a: Decimal, b: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    if b.is_zero() {
        return Err(Error::Undefined(format!("{what} divides by zero")));
    }
    if a.is_zero() {
        // Zero divided by anything is exactly zero, at the scale Python would give it.
        return Ok(Decimal::new(0, a.scale().saturating_sub(b.scale())));
    }
    if let Some(quotient) = small::div(a, b, mode) {
        return Ok(quotient);
    }
    let Some(quotient) = a.checked_div(b) else {
        return Err(Error::Overflow(what));
    };
    // `rust_decimal` underflows a quotient below its last place to zero, losing its sign.
    if quotient.is_zero() {
        return exact_quotient(a, b, mode, what);
    }
    if is_exact_quotient(a, b, quotient) {
        return round_exact(quotient, mode, what);
    }
    let magnitude = quotient.mantissa().unsigned_abs();
    let last_digit = (magnitude % 10) as u32;
    // `rust_decimal` may stop short of 28 digits (at most 28 places, or sooner): its last place
    // is then too coarse a step to widen by.
    let full = magnitude >= TEN_POW_28 / 10 || quotient.scale() == MAX_SCALE;
    match mode {
        // An inexact quotient with all its digits lies within a unit in its last place of the truth.
        Round::Down if full => {
            round_exact(quotient.checked_sub(ulp(quotient)).ok_or(Error::Overflow(what))?, mode, what)
        }
        Round::Up if full => round_exact(quotient.checked_add(ulp(quotient)).ok_or(Error::Overflow(what))?, mode, what),
        Round::Down | Round::Up => exact_quotient(a, b, mode, what),
        // A 29-digit quotient is correctly rounded at its 29th digit; rounding it to 28 is
        // right unless that digit is a 5, which may itself come from rounding.
        Round::Nearest if magnitude >= TEN_POW_28 && last_digit != 5 => round_exact(quotient, mode, what),
        Round::Nearest => exact_quotient(a, b, mode, what),
    }
}

/// `a ÷ b` by exact big-integer division, rounded once.
fn exact_quotient(a: Decimal, b: Decimal, mode: Round, what: &'static str) -> Result<Decimal> {
    // value = (ma / 10^sa) / (mb / 10^sb) = (ma × 10^sb) / mb × 10^-sa
    if let Some(num) = 10i128.checked_pow(b.scale()).and_then(|p| a.mantissa().checked_mul(p)) {
        return quotient(num, b.mantissa(), a.scale(), mode, what);
    }
    let mut num = big(a) * pow10_big(b.scale());
    let mut den = big(b);
    if den.sign() == Sign::Minus {
        den = -den;
        num = -num;
    }
    round_rational(num, den, a.scale() as i64, mode, what)
}

/// Whether `quotient × b == a` exactly. The cheap test multiplies in `Decimal`, which cannot
/// hold the product when `b` has many decimal places (`5 ÷ 1.0000000000000000000000000000`);
/// then the mantissas are compared as big integers.
fn is_exact_quotient(a: Decimal, b: Decimal, quotient: Decimal) -> bool {
    let scale = quotient.scale() + b.scale();
    if scale <= MAX_SCALE {
        if let Some(product) = quotient.checked_mul(b) {
            if product.scale() == scale {
                return product == a;
            }
        }
    }
    // q·b = a  ⇔  mq·mb·10^sa = ma·10^(sq+sb)
    big(quotient) * big(b) * pow10_big(a.scale()) == big(a) * pow10_big(scale)
}

/// One unit in the last place of `d`, at its own scale.
fn ulp(d: Decimal) -> Decimal {
    Decimal::new(1, d.scale())
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
        return round_rational(BigInt::from(d.mantissa()), BigInt::from(1), 0, mode, what);
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

fn big(d: Decimal) -> BigInt {
    BigInt::from(d.mantissa())
}

fn big_at_scale(d: Decimal, scale: u32) -> BigInt {
    big(d) * pow10_big(scale - d.scale())
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

    #[test]
    fn the_slow_path_agrees_with_the_fast_path() {
        // Every quotient the fast path settles must equal the exact big-integer rounding.
        let numerators = ["1", "7", "351640", "16.94", "406.2", "-2.1", "123456789.123456789", "0.0003"];
        let denominators = ["3", "0.3", "1.133", "1.114", "7", "9.99", "-11", "0.000007", "1.108"];
        for n in numerators {
            for m in denominators {
                let (a, b) = (d(n), d(m));
                let fast = div(a, b, "t").unwrap();
                let mut num = big(a) * pow10_big(b.scale());
                let mut den = big(b);
                if den.sign() == Sign::Minus {
                    den = -den;
                    num = -num;
                }
                let slow = round_rational(num, den, a.scale() as i64, Round::Nearest, "t").unwrap();
                assert_eq!(fast, slow, "{n} / {m}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn every_quotient_is_rounded_as_exact_arithmetic_rounds_it(
            a in -10_000_000_000_000i64..10_000_000_000_000, sa in 0u32..12,
            b in 1i64..100_000_000_000, sb in 0u32..12, negative in proptest::bool::ANY,
        ) {
            let (a, b) = (Decimal::new(a, sa), Decimal::new(if negative { -b } else { b }, sb));
            for mode in [Round::Nearest, Round::Down, Round::Up] {
                let mut num = big(a) * pow10_big(b.scale());
                let mut den = big(b);
                if den.sign() == Sign::Minus {
                    den = -den;
                    num = -num;
                }
                let exact = round_rational(num, den, a.scale() as i64, mode, "t").unwrap();
                let fast = div_r(a, b, mode, "t").unwrap();
                if mode == Round::Nearest {
                    proptest::prop_assert_eq!(fast, exact, "{} / {}", a, b);
                } else {
                    // Directed ends may be one unit wider than the tightest, never narrower.
                    let honest = if mode == Round::Down { fast <= exact } else { fast >= exact };
                    proptest::prop_assert!(honest, "{} / {} {:?}: {} vs {}", a, b, mode, fast, exact);
                }
            }
        }
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
