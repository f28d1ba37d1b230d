//! Exact integer fast paths for the figures reports print: mantissas of a few digits, where a
//! sum or a product fits in 128 bits and needs neither `rust_decimal`'s general rescaling nor
//! big integers (quotients are `quotient.rs`'s). Each returns `None` when its operands are outside that range, and the caller
//! falls back to the general path.

use rust_decimal::Decimal;

use super::{MAX_SCALE, POW10};

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn sums_beyond_a_decimal_fall_back() {
        assert_eq!(add(Decimal::MAX, Decimal::MAX), None);
        assert_eq!(add(d("1.5"), d("-0.25")), Some(d("1.25")));
    }
}
