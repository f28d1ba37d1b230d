//! Bounded powers `x^(p/q)` of positive decimals, for rational exponents such as `4.44 = 111/25`,
//! `1/(t − b)` or an integer `T − t`.
//!
//! No floating point is involved: `x = m / 10^s` is rational, so `x^p` is the exact fraction
//! `N / D` of big integers, and the result's digits are the integer `q`-th root
//! `r = ⌊(N · 10^(S·q) / D)^(1/q)⌋ = ⌊10^S · x^(p/q)⌋` (the floor of a root of a floor is the
//! floor of the root, since `r^q ≤ y ⇔ r^q ≤ ⌊y⌋` for an integer `r`). `num-bigint`'s
//! `nth_root` proposes by Newton's method and settles with integer comparisons, the same
//! propose-then-prove scheme as the compound rates of `arith::root`, which are specialised to
//! growth in percent. So `low = r / 10^S ≤ x^(p/q) ≤ high = (r + 1) / 10^S`, with `low == high`
//! when the power is exact.
//!
//! **Error bound.** `S` is chosen so that `r` has at most 28 digits and at most 28 places:
//! `high − low = 10^-S`, which is at most `10^-27 × x^(p/q)` for a power of at least 1 (a
//! relative error below 10^-27) and at most `10^-28` below 1. An interval of `x` maps to the
//! powers of its ends, rounded outward (the power is monotone in `x`).

use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};
use rust_decimal::Decimal;

use crate::arith::DIGITS;
use crate::error::{Error, Result};
use crate::interval::{Endpoint, Interval};

/// The largest exponent numerator or denominator accepted: powers over more than
/// [`MAX_YEARS`](crate::MAX_YEARS) years are refused before they reach here.
const MAX_EXPONENT: u32 = 10_000;

/// A rational exponent `num / den`, `den ≥ 1`, in lowest terms or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Exponent {
    num: i64,
    den: u32,
}

impl Exponent {
    /// `num / den`; `den` must not be zero and both must stay within [`MAX_EXPONENT`].
    pub(crate) fn new(num: i64, den: u32) -> Result<Exponent> {
        if den == 0 || den > MAX_EXPONENT || num.unsigned_abs() > u64::from(MAX_EXPONENT) {
            return Err(Error::invalid(
                "exponent",
                format!("{num}/{den}"),
                format!("an exponent is a fraction with a denominator of 1 to {MAX_EXPONENT} and a numerator of at most {MAX_EXPONENT}"),
            ));
        }
        Ok(Exponent { num, den })
    }
}

/// `x^(p/q)` for `x > 0`: the decimals `(low, high)` with `low ≤ x^(p/q) ≤ high`, as the module
/// documents.
///
/// # Errors
///
/// [`Error::Undefined`] for `x ≤ 0`; [`Error::Overflow`] for a power of more than 28 digits.
pub(crate) fn pow_bounds(x: Decimal, exponent: Exponent) -> Result<(Decimal, Decimal)> {
    if x <= Decimal::ZERO {
        return Err(Error::Undefined(format!("a fractional power of {x} is undefined: it needs a positive base")));
    }
    if exponent.num == 0 {
        return Ok((Decimal::ONE, Decimal::ONE));
    }
    let mantissa = BigUint::from(x.mantissa().unsigned_abs());
    let scale = BigUint::from(10u32).pow(x.scale());
    let power = u32::try_from(exponent.num.unsigned_abs()).map_err(|_| Error::Overflow("a power"))?;
    let (num, den) = if exponent.num > 0 {
        (mantissa.pow(power), scale.pow(power))
    } else {
        (scale.pow(power), mantissa.pow(power))
    };
    root_bounds(&num, &den, exponent.den)
}

/// `v_t · (v_t / v_b)^(p/q)` for positive `v_t`, `v_b` and `p ≥ 0` (a projection along the
/// compound rate from `v_b` to `v_t`), as one bounded power of an exact fraction:
/// `(v_t^(p+q) / v_b^p)^(1/q)`, so that a projection that is a decimal comes out exactly.
///
/// # Errors
///
/// [`Error::Undefined`] for a value that is not positive or a negative exponent;
/// [`Error::Overflow`] as [`pow_bounds`].
pub(crate) fn projection_bounds(current: Decimal, base: Decimal, exponent: Exponent) -> Result<(Decimal, Decimal)> {
    if current <= Decimal::ZERO || base <= Decimal::ZERO || exponent.num < 0 {
        return Err(Error::Undefined(format!(
            "a projection from {base} through {current} is undefined: it needs positive values and a target after them"
        )));
    }
    let parts = |x: Decimal| (BigUint::from(x.mantissa().unsigned_abs()), BigUint::from(10u32).pow(x.scale()));
    let ((cm, cs), (bm, bs)) = (parts(current), parts(base));
    let p = u32::try_from(exponent.num).map_err(|_| Error::Overflow("a power"))?;
    let q = exponent.den;
    // v_t^(p+q) / v_b^p = (cm / cs)^(p+q) · (bs / bm)^p.
    let num = cm.pow(p + q) * bs.pow(p);
    let den = cs.pow(p + q) * bm.pow(p);
    root_bounds(&num, &den, q)
}

/// `(num / den)^(1/q)` as the two 28-digit decimals around it, equal when the root is exact.
fn root_bounds(num: &BigUint, den: &BigUint, q: u32) -> Result<(Decimal, Decimal)> {
    // The integer part first, to choose how many places the result can keep.
    let whole = (num / den).nth_root(q);
    let digits = if whole.is_zero() { 0 } else { whole.to_string().len() as u32 };
    if digits > DIGITS {
        return Err(Error::Overflow("a power"));
    }
    let places = DIGITS - digits;
    let shifted = num * BigUint::from(10u32).pow(places * q);
    let root = (&shifted / den).nth_root(q);
    let exact = root.pow(q) * den == shifted;
    let to_decimal = |r: &BigUint| -> Result<Decimal> {
        let r = r.to_i128().ok_or(Error::Overflow("a power"))?;
        Decimal::try_from_i128_with_scale(r, places).map_err(|_| Error::Overflow("a power"))
    };
    let low = to_decimal(&root)?;
    let high = if exact { low } else { to_decimal(&(root + BigUint::one()))? };
    Ok((low.normalize(), high.normalize()))
}

/// The powers of every value of a positive interval, rounded outward: an end unbounded above
/// stays unbounded for a positive exponent and gives an open zero for a negative one.
///
/// # Errors
///
/// [`Error::Undefined`] when the interval allows zero or a negative value; as [`pow_bounds`].
pub(crate) fn pow_interval(x: &Interval, exponent: Exponent) -> Result<Interval> {
    if !x.all_more_than(Decimal::ZERO) {
        return Err(Error::Undefined(format!(
            "a fractional power is undefined for values that may be zero or negative: {x}"
        )));
    }
    let at = |end: Endpoint, low: bool| -> Result<Endpoint> {
        Ok(match end.value() {
            None if exponent.num > 0 => Endpoint::Unbounded,
            None => Endpoint::Open(Decimal::ZERO),
            Some(v) => {
                let (l, h) = pow_bounds(v, exponent)?;
                let value = if low { l } else { h };
                if end.is_open() && (l == h) {
                    Endpoint::Open(value)
                } else {
                    Endpoint::Closed(value)
                }
            }
        })
    };
    // Increasing in x for a positive exponent, decreasing for a negative one.
    let (low, high) = if exponent.num >= 0 { (x.low(), x.high()) } else { (x.high(), x.low()) };
    Interval::new(at(low, true)?, at(high, false)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    /// `a / b` of a decimal, as big integers.
    fn parts(x: Decimal) -> (BigUint, BigUint) {
        (BigUint::from(x.mantissa().unsigned_abs()), BigUint::from(10u32).pow(x.scale()))
    }

    /// Exactly, whether `c^q` is on the given side of `x^p` (p > 0): `c^q ≤ x^p` for `below`.
    fn side(c: Decimal, x: Decimal, p: u32, q: u32, below: bool) -> bool {
        let ((cn, cd), (xn, xd)) = (parts(c), parts(x));
        let left = cn.pow(q) * xd.pow(p);
        let right = xn.pow(p) * cd.pow(q);
        if below {
            left <= right
        } else {
            left >= right
        }
    }

    #[test]
    fn the_open_sdg_scaling_powers() {
        // 0.5^4.44 = 0.04607091304034691288411139899165… (Python, 40 digits:
        // getcontext().prec = 40; Decimal('0.5') ** Decimal('4.44')): the two 28-place
        // decimals around it.
        let (low, high) = pow_bounds(d("0.5"), Exponent::new(111, 25).unwrap()).unwrap();
        assert_eq!((low, high), (d("0.0460709130403469128841113989"), d("0.0460709130403469128841113990")));
        assert!(high - low <= d("1e-28"));
    }

    #[test]
    fn exact_powers_are_points() {
        assert_eq!(pow_bounds(d("1.21"), Exponent::new(1, 2).unwrap()).unwrap(), (d("1.1"), d("1.1")));
        assert_eq!(pow_bounds(d("2"), Exponent::new(10, 1).unwrap()).unwrap(), (d("1024"), d("1024")));
        assert_eq!(pow_bounds(d("4"), Exponent::new(-1, 2).unwrap()).unwrap(), (d("0.5"), d("0.5")));
    }

    #[test]
    fn bad_bases_and_exponents_are_refused() {
        assert!(matches!(pow_bounds(Decimal::ZERO, Exponent::new(1, 2).unwrap()), Err(Error::Undefined(_))));
        assert!(matches!(pow_bounds(d("-1"), Exponent::new(1, 3).unwrap()), Err(Error::Undefined(_))));
        assert!(Exponent::new(1, 0).is_err());
        assert!(matches!(pow_bounds(d("1e20"), Exponent::new(2, 1).unwrap()), Err(Error::Overflow(_))));
    }

    #[test]
    fn intervals_map_to_their_ends_outward() {
        let x = Interval::closed(d("0.25"), d("4")).unwrap();
        let up = pow_interval(&x, Exponent::new(1, 2).unwrap()).unwrap();
        assert_eq!(up, Interval::closed(d("0.5"), d("2")).unwrap());
        let down = pow_interval(&x, Exponent::new(-1, 2).unwrap()).unwrap();
        assert_eq!(down, Interval::closed(d("0.5"), d("2")).unwrap());
        let open = Interval::new(Endpoint::Open(d("1")), Endpoint::Unbounded).unwrap();
        assert_eq!(pow_interval(&open, Exponent::new(3, 1).unwrap()).unwrap(), open);
        assert!(pow_interval(&Interval::closed(d("0"), d("1")).unwrap(), Exponent::new(1, 2).unwrap()).is_err());
    }

    proptest! {
        #[test]
        fn bounds_hold_and_are_tight(m in 1u64..10_000_000_000, scale in 0u32..12, p in 1u32..120, q in 1u32..40) {
            let x = Decimal::from_i128_with_scale(i128::from(m), scale);
            let (xn, xd) = parts(x);
            let (low, high) = match pow_bounds(x, Exponent::new(i64::from(p), q).unwrap()) {
                Ok(bounds) => bounds,
                // Refused only when the power has more than 28 digits: x^p ≥ 10^(27q).
                Err(Error::Overflow(_)) => {
                    prop_assert!(xn.pow(p) >= xd.pow(p) * BigUint::from(10u32).pow(27 * q));
                    return Ok(());
                }
                Err(other) => return Err(TestCaseError::fail(other.to_string())),
            };
            // low^q ≤ x^p ≤ high^q, checked with integers.
            prop_assert!(side(low, x, p, q, true));
            prop_assert!(side(high, x, p, q, false));
            // One unit of the 28th digit apart at most: relative 10^-27 at or above 1,
            // absolute 10^-28 below.
            let width = high - low;
            if low >= Decimal::ONE {
                prop_assert!(width <= low * d("1e-27") * Decimal::TEN);
            } else {
                prop_assert!(width <= d("1e-28"));
            }
        }

        #[test]
        fn projections_are_bounded_exactly(c in 1u64..1_000_000, b in 1u64..1_000_000, scale in 0u32..4, p in 0u32..30, q in 1u32..30) {
            let (current, base) = (Decimal::new(c as i64, scale), Decimal::from(b));
            let (low, high) = match projection_bounds(current, base, Exponent::new(i64::from(p), q).unwrap()) {
                Ok(bounds) => bounds,
                Err(Error::Overflow(_)) => return Ok(()),
                Err(other) => return Err(TestCaseError::fail(other.to_string())),
            };
            // low^q · v_b^p ≤ v_t^(p+q) ≤ high^q · v_b^p, with integers.
            let ((ln, ld), (hn, hd), (cn, cd)) = (parts(low), parts(high), parts(current));
            let target = cn.pow(p + q);
            let bp = BigUint::from(b).pow(p);
            prop_assert!(ln.pow(q) * &bp * cd.pow(p + q) <= &target * ld.pow(q));
            prop_assert!(hn.pow(q) * &bp * cd.pow(p + q) >= &target * hd.pow(q));
        }

        #[test]
        fn negative_exponents_bound_the_reciprocal(m in 1u64..1_000_000, p in 1u32..20, q in 1u32..20) {
            let x = Decimal::from(m);
            let (low, high) = pow_bounds(x, Exponent::new(-i64::from(p), q).unwrap()).unwrap();
            // x^(-p/q) ≥ low ⇔ low^q · x^p ≤ 1.
            let ((ln, ld), (hn, hd)) = (parts(low), parts(high));
            let xp = BigUint::from(m).pow(p);
            prop_assert!(ln.pow(q) * &xp <= ld.pow(q));
            prop_assert!(hn.pow(q) * &xp >= hd.pow(q));
        }
    }
}
