//! One division rounded once to 28 significant digits, without big integers: the kernel of
//! every quotient of decimal mantissas (a growth, a share, a level over a growth factor, a
//! row of a decimal column).
//!
//! The quotient `q = ⌊n × 10^e ÷ d⌋` that keeps 28 digits is first estimated in floating
//! point, then made exact with integer arithmetic: the remainder `n × 10^e − q·d` of the
//! estimate is computed exactly, its own quotient by `d` estimated again, and the result
//! corrected until `0 ≤ remainder < d`, which proves it. A float only ever guides the search;
//! every digit returned is checked by integer arithmetic.
//!
//! Why the remainder is exact. The estimate is within a relative 2^-46 of the true quotient
//! (a few roundings of 2^-53 each, and at most 66 in a power of ten), and a quotient is only
//! estimated below 2^100, so the estimate is within 2^54 + 1 of it. With a divisor below 2^64
//! the remainder of the estimate is then below 2^119 in magnitude, and 128-bit wrapping
//! arithmetic gives it exactly (the high bits of `n × 10^e` cancel); a larger divisor takes
//! 256 bits. Inputs outside this range (a numerator of 2^127 or more over a divisor scaled
//! beyond 2^128, far scales) return `None`,
//! and the caller falls back to big integers.

use super::{Round, DIGITS, MAX_SCALE, TEN_POW_28};

/// 10^0 to 10^38, every power of ten a `u128` holds.
pub(crate) const POW10: [u128; 39] = {
    let mut table = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// The largest shift `n × 10^e` takes: a quotient of 28 digits from a numerator of one digit
/// over a divisor of 39.
const MAX_SHIFT: i32 = 66;
/// The smallest: a divisor scaled beyond 38 digits exceeds every numerator.
const MIN_SHIFT: i32 = -38;

/// 10^e modulo 2^128 for e from 0 to [`MAX_SHIFT`]: the low half of `n × 10^e`.
const POW10_WRAPPING: [u128; MAX_SHIFT as usize + 1] = {
    let mut table = [1u128; MAX_SHIFT as usize + 1];
    let mut i = 1;
    while i <= MAX_SHIFT as usize {
        table[i] = table[i - 1].wrapping_mul(10);
        i += 1;
    }
    table
};

const TWO_POW_100: f64 = 1_267_650_600_228_229_401_496_703_205_376.0;

/// Offset of 10^0 in [`POW10_F64`].
const F64_ZERO: i32 = 80;

/// 10^-80 to 10^80 in floating point, each within a relative 2^-46 of the power (exact up to
/// 10^22, then one rounding a step): only ever an estimate.
const POW10_F64: [f64; 2 * F64_ZERO as usize + 1] = {
    let mut table = [1.0f64; 2 * F64_ZERO as usize + 1];
    let zero = F64_ZERO as usize;
    let mut i = 1;
    while i <= zero {
        table[zero + i] = table[zero + i - 1] * 10.0;
        table[zero - i] = table[zero - i + 1] / 10.0;
        i += 1;
    }
    table
};

/// 10^k as a float estimate, for k within ±80.
fn pow10_f64(k: i32) -> f64 {
    POW10_F64[(k + F64_ZERO) as usize]
}

/// A quotient rounded to at most 28 significant digits: `magnitude × 10^-scale`, where
/// `scale` is at most 28 and may be negative (a quotient of 29 digits or more before the point).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rounded {
    pub(super) magnitude: u128,
    pub(super) scale: i32,
    /// Whether no rounding happened: the quotient is exactly `magnitude × 10^-scale`.
    pub(super) exact: bool,
}

impl Rounded {
    /// An exact quotient without the trailing zeros that the 28 digits added, down to the
    /// scale Python's `decimal` gives an exact quotient (`ideal`, never below zero).
    pub(super) fn trimmed(mut self, ideal: i32) -> Rounded {
        if !self.exact {
            return self;
        }
        let ideal = ideal.max(0);
        while self.scale > ideal && self.magnitude % 10 == 0 {
            self.magnitude /= 10;
            self.scale -= 1;
        }
        self
    }
}

/// `n ÷ d × 10^-s` rounded once, toward `mode` for a quotient of sign `negative`, to 28
/// significant digits or to 28 decimal places below 0.1, exactly as `round_rational` rounds it.
/// `None` when the inputs are outside the range this kernel proves (see the module's notes):
/// the caller then divides with big integers. `d` must not be zero.
#[inline]
pub(super) fn divide(n: u128, d: u128, s: i32, negative: bool, mode: Round) -> Option<Rounded> {
    if d == 0 {
        return None;
    }
    if n == 0 {
        return Some(Rounded { magnitude: 0, scale: MAX_SCALE as i32, exact: true });
    }
    let inverse = 1.0 / to_f64(d);
    let x = to_f64(n) * inverse;
    // floor(log10 x) from the binary exponent, x being a normal number within 2^±128.
    let binary = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut log = (binary * 1_262_611) >> 22;
    if x >= pow10_f64(log + 1) {
        log += 1;
    }
    // The quotient at scale t has 28 digits when x × 10^(t − s) lies in [10^27, 10^28).
    let mut scale = (DIGITS as i32 - 1 - log).saturating_add(s).min(MAX_SCALE as i32);
    // An estimate at a boundary of a power of ten may miss it by one place: at most one retry.
    for _ in 0..3 {
        let (q, r, den) = floor_divide(n, d, x, inverse, scale.checked_sub(s)?)?;
        if q >= TEN_POW_28 {
            scale -= 1;
            continue;
        }
        if q < TEN_POW_28 / 10 && scale < MAX_SCALE as i32 {
            scale += 1;
            continue;
        }
        let up = r > 0
            && match mode {
                Round::Nearest => r > den - r || (r == den - r && q % 2 == 1),
                Round::Down => negative,
                Round::Up => !negative,
            };
        let magnitude = q + u128::from(up);
        // Rounding up to 10^28 takes a 29th digit: one place less, as 10^27.
        return Some(if magnitude == TEN_POW_28 {
            Rounded { magnitude: TEN_POW_28 / 10, scale: scale - 1, exact: false }
        } else {
            Rounded { magnitude, scale, exact: r == 0 }
        });
    }
    None
}

/// `(⌊n × 10^e ÷ d⌋, remainder, divisor)`, the divisor being `d × 10^-e` when `e` is negative;
/// `x` estimates `n ÷ d` and `inverse` estimates `1 ÷ d`. `None` when the quotient is not below 2^100, or the scaled divisor
/// not below 2^128 while `n` is at least 2^127.
#[inline]
fn floor_divide(n: u128, d: u128, x: f64, inverse: f64, e: i32) -> Option<(u128, u128, u128)> {
    if !(MIN_SHIFT..=MAX_SHIFT).contains(&e) {
        return None;
    }
    let estimate = x * pow10_f64(e);
    if estimate >= TWO_POW_100 {
        return None;
    }
    let q = to_u128(estimate);
    let den = if e < 0 {
        match d.checked_mul(POW10[(-e) as usize]) {
            Some(den) => den,
            // A divisor beyond 2^128 exceeds twice any numerator below 2^127: the quotient is
            // 0 and its remainder less than half of it, as it is less than half of 2^128 − 1.
            None if n < 1 << 127 => return Some((0, n, u128::MAX)),
            None => return None,
        }
    } else {
        d
    };
    // 1 ÷ den: a second division would cost as much as the rest of the estimate.
    let inverse = if e < 0 { inverse * pow10_f64(e) } else { inverse };
    // Each step divides the remainder by the float estimate of 1 ÷ den and takes that many
    // more (or fewer) divisors; the first one leaves a remainder within a few divisors, and
    // the next ones settle it. |step| < 2^53: through i64, as a float to i128 conversion
    // is a library call.
    let step = |r: f64, negative: bool| match (r * inverse) as i64 {
        0 if negative => -1,
        0 => 1,
        step => step,
    };
    if den <= u128::from(u64::MAX) {
        // The remainder is below 2^119 in magnitude: 128 bits wrapping hold it exactly.
        let low = if e > 0 { n.wrapping_mul(POW10_WRAPPING[e as usize]) } else { n };
        let den = den as i128;
        let mut q = q as i128;
        let mut r = low.wrapping_sub((q as u128).wrapping_mul(den as u128)) as i128;
        // One step leaves the remainder within a divisor of its range, or a few thousandths
        // beyond, and one correction each way (without a branch: a random sign would be
        // mispredicted half the time) almost always settles it; the loop finishes the rest.
        let first = i128::from((signed_to_f64(r) * inverse) as i64);
        q += first;
        r -= first * den;
        let negative = r >> 127;
        q += negative;
        r += den & negative;
        let over = (den - 1 - r) >> 127;
        q -= over;
        r -= den & over;
        for _ in 0..4 {
            if (0..den).contains(&r) {
                return Some((q as u128, r as u128, den as u128));
            }
            let step = i128::from(step(signed_to_f64(r), r < 0));
            q += step;
            r -= step * den;
        }
        return None;
    }
    let num = if e > 0 { U256::from(n).checked_mul(*POW10.get(e as usize)?)? } else { U256::from(n) };
    let mut q = q;
    let mut r = num.wrapping_sub(U256::product(q, den));
    for _ in 0..4 {
        if !r.is_negative() && r.high == 0 && r.low < den {
            return Some((q, r.low, den));
        }
        let step = step(r.signed_to_f64(), r.is_negative());
        let correction = U256::product(u128::from(step.unsigned_abs()), den);
        if step >= 0 {
            q = q.wrapping_add(step as u128);
            r = r.wrapping_sub(correction);
        } else {
            q = q.wrapping_sub(u128::from(step.unsigned_abs()));
            r = r.wrapping_add(correction);
        }
    }
    None
}

/// `n` to the nearest float or next to it (two roundings): an estimate.
fn to_f64(n: u128) -> f64 {
    let high = (n >> 64) as u64;
    if high == 0 {
        n as u64 as f64
    } else {
        high as f64 * 18_446_744_073_709_551_616.0 + (n as u64) as f64
    }
}

/// `n` as a float estimate, without a branch: the sign of its high half carries the sign.
fn signed_to_f64(n: i128) -> f64 {
    let sign = n >> 127;
    let magnitude = (n ^ sign).wrapping_sub(sign) as u128;
    let high = (magnitude >> 64) as i64 as f64;
    // The low half without its last bit fits a signed conversion, a single instruction.
    let low = ((magnitude as u64) >> 1) as i64 as f64 * 2.0;
    let value = high * 18_446_744_073_709_551_616.0 + low;
    f64::from_bits(value.to_bits() | (sign as u64 & (1 << 63)))
}

/// The integer part of a float in `[0, 2^100)`.
fn to_u128(x: f64) -> u128 {
    if x < 18_446_744_073_709_551_616.0 {
        return x as u64 as u128;
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as u32 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    u128::from(mantissa) << exponent
}

/// A 256-bit integer, wrapping, read as two's complement where a sign matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct U256 {
    high: u128,
    low: u128,
}

impl From<u128> for U256 {
    fn from(low: u128) -> U256 {
        U256 { high: 0, low }
    }
}

impl U256 {
    /// `a × b` in full.
    fn product(a: u128, b: u128) -> U256 {
        let (a1, a0) = (a >> 64, a & u128::from(u64::MAX));
        let (b1, b0) = (b >> 64, b & u128::from(u64::MAX));
        let (low, high) = (a0 * b0, a1 * b1);
        let (middle, carry) = (a1 * b0).overflowing_add(a0 * b1);
        let (low, low_carry) = low.overflowing_add(middle << 64);
        let high = high + (middle >> 64) + (u128::from(carry) << 64) + u128::from(low_carry);
        U256 { high, low }
    }

    fn checked_mul(self, b: u128) -> Option<U256> {
        let low = U256::product(self.low, b);
        let high = self.high.checked_mul(b)?.checked_add(low.high)?;
        Some(U256 { high, low: low.low })
    }

    fn wrapping_add(self, other: U256) -> U256 {
        let (low, carry) = self.low.overflowing_add(other.low);
        U256 { high: self.high.wrapping_add(other.high).wrapping_add(u128::from(carry)), low }
    }

    fn wrapping_sub(self, other: U256) -> U256 {
        let (low, borrow) = self.low.overflowing_sub(other.low);
        U256 { high: self.high.wrapping_sub(other.high).wrapping_sub(u128::from(borrow)), low }
    }

    fn is_negative(self) -> bool {
        self.high >> 127 == 1
    }

    fn signed_to_f64(self) -> f64 {
        if self.is_negative() {
            -U256::from(0).wrapping_sub(self).to_f64()
        } else {
            self.to_f64()
        }
    }

    fn to_f64(self) -> f64 {
        to_f64(self.high) * 340_282_366_920_938_463_463_374_607_431_768_211_456.0 + to_f64(self.low)
    }
}
