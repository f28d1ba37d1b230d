//! Exact integer fast paths for the figures reports print: mantissas of a few digits, where a
//! sum or a quotient fits in 128 bits and needs neither `rust_decimal`'s general rescaling nor
//! big integers. Each returns `None` when its operands are outside that range, and the caller
//! falls back to the general path.

use rust_decimal::Decimal;

use super::{Round, MAX_SCALE, TEN_POW_28};

/// 10^0 to 10^38, every power of ten a `u128` holds.
const POW10: [u128; 39] = {
    let mut table = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// Divisors below this keep the scaled dividend within 128 bits.
const SMALL_DIVISOR: u128 = POW10[10];

/// How many decimal digits `n > 0` has.
fn digits(n: u128) -> i64 {
    // The 64-bit logarithm is several times cheaper, and printed figures fit in 64 bits.
    let log = match u64::try_from(n) {
        Ok(small) => small.ilog10(),
        Err(_) => n.ilog10(),
    };
    i64::from(log) + 1
}

/// `m × 10^k` when it cannot overflow: the bit lengths of the factors add up to at most 126
/// (a test far cheaper than a checked 128-bit multiplication).
fn shifted(mantissa: i128, k: u32) -> Option<i128> {
    if k == 0 {
        return Some(mantissa);
    }
    let bits = |n: u128| 128 - n.leading_zeros();
    (bits(mantissa.unsigned_abs()) + bits(POW10[k as usize]) <= 126).then(|| mantissa * POW10[k as usize] as i128)
}

/// `a + b` exactly, when both fit at a common scale in 128 bits.
pub(super) fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale().max(b.scale());
    let sum = shifted(a.mantissa(), scale - a.scale())? + shifted(b.mantissa(), scale - b.scale())?;
    Decimal::try_from_i128_with_scale(sum, scale).ok()
}

/// `a × b` exactly, when the product fits in 96 bits at a scale of at most 28.
pub(super) fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale() + b.scale();
    let bits = |d: Decimal| 128 - d.mantissa().unsigned_abs().leading_zeros();
    if scale > MAX_SCALE || bits(a) + bits(b) > 126 {
        return None;
    }
    Decimal::try_from_i128_with_scale(a.mantissa() * b.mantissa(), scale).ok()
}

/// `a ÷ b` rounded to 28 significant digits (or 28 decimal places) in the direction `mode`
/// says, when the divisor's mantissa has at most 10 digits. An exact quotient keeps no
/// trailing zeros beyond the scale Python's `decimal` would give it.
pub(super) fn div(a: Decimal, b: Decimal, mode: Round) -> Option<Decimal> {
    let (dividend, divisor) = (a.mantissa().unsigned_abs(), b.mantissa().unsigned_abs());
    if dividend == 0 || divisor == 0 || divisor >= SMALL_DIVISOR {
        return None;
    }
    let negative = a.is_sign_negative() != b.is_sign_negative();
    let (sa, sb) = (i64::from(a.scale()), i64::from(b.scale()));
    // A shift of 28 + digits(b) − digits(a) puts the quotient in [10^27, 10^29).
    let mut shift = 28 + digits(divisor) - digits(dividend);
    if shift + sa - sb > i64::from(MAX_SCALE) {
        shift = i64::from(MAX_SCALE) - sa + sb;
    }
    if !(0..=38).contains(&shift) {
        return None;
    }
    let mut scaled = dividend.checked_mul(POW10[shift as usize])?;
    // Twenty-nine digits would need a second rounding: shift one place less instead.
    if scaled >= divisor * TEN_POW_28 {
        if shift == 0 {
            return None;
        }
        shift -= 1;
        scaled = dividend * POW10[shift as usize];
    }
    let scale = shift + sa - sb;
    if scale < 0 {
        return None;
    }
    let quotient = scaled / divisor;
    let remainder = scaled - quotient * divisor;
    let round_up = remainder > 0
        && match mode {
            Round::Nearest => {
                let twice = remainder * 2;
                twice > divisor || (twice == divisor && quotient % 2 == 1)
            }
            Round::Down => negative,
            Round::Up => !negative,
        };
    let magnitude = quotient + u128::from(round_up);
    let signed = if negative { -(magnitude as i128) } else { magnitude as i128 };
    let result = Decimal::try_from_i128_with_scale(signed, scale as u32).ok()?;
    Some(if remainder > 0 { result } else { trim(result, (sa - sb).max(0) as u32) })
}

/// An exact quotient without the trailing zeros the shift added, down to `ideal` places.
fn trim(value: Decimal, ideal: u32) -> Decimal {
    let mut trimmed = value.normalize();
    if trimmed.scale() < ideal {
        trimmed.rescale(ideal);
    }
    trimmed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn quotients_round_once_to_28_digits() {
        assert_eq!(div(d("7"), d("0.3"), Round::Nearest), Some(d("23.33333333333333333333333333")));
        assert_eq!(div(d("2"), d("3"), Round::Nearest), Some(d("0.6666666666666666666666666667")));
        assert_eq!(div(d("2"), d("3"), Round::Down), Some(d("0.6666666666666666666666666666")));
        assert_eq!(div(d("-2"), d("3"), Round::Down), Some(d("-0.6666666666666666666666666667")));
        assert_eq!(div(d("351640"), d("1.133"), Round::Nearest), Some(d("310361.8711385701676963812886")));
    }

    #[test]
    fn exact_quotients_keep_their_ideal_scale() {
        assert_eq!(div(d("1"), d("4"), Round::Nearest).unwrap().to_string(), "0.25");
        assert_eq!(div(d("400"), d("1.6"), Round::Nearest).unwrap().to_string(), "250");
        assert_eq!(div(d("5.060"), d("2"), Round::Up).unwrap().to_string(), "2.530");
    }

    #[test]
    fn large_divisors_fall_back() {
        assert_eq!(div(d("1"), d("12345678901"), Round::Nearest), None);
        assert_eq!(add(Decimal::MAX, Decimal::MAX), None);
        assert_eq!(add(d("1.5"), d("-0.25")), Some(d("1.25")));
    }
}
