//! Compound growth, `((end / start)^(1/n) − 1) × 100`, rounded to 28 digits with a proof.
//!
//! The root is approximated by Newton's method in binary floating point of [`PRECISION`] bits
//! (big-integer mantissas), which reaches about 150 correct bits from a first guess in `f64`.
//! That approximation only proposes results; each one is then settled exactly: a decimal `g` is
//! at most the true growth iff `(1 + g/100)^n ≤ end/start`, which is a comparison of two big
//! integers. So a low end is never above the truth and a high end never below it, whatever the
//! approximation did. The point is correctly rounded as long as the approximation is within its
//! stated error ([`SLACK_BITS`], some twenty bits looser than what the convergence test
//! ensures): when it cannot tell which side of a rounding boundary the truth lies on, the
//! boundary itself is compared exactly, so ties go to even as Python's `decimal` sends them.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, ToPrimitive, Zero};
use rust_decimal::Decimal;

use super::{pow10_big, round_rational, Round, DIGITS, MAX_SCALE};
use crate::error::{Error, Result};

/// Bits kept by the approximations: far more than the 28 decimal digits (93 bits) of a
/// result, so that the approximation is rarely too close to a rounding boundary to decide.
const PRECISION: u64 = 160;

/// How far the approximate root is trusted, as a power of two relative to the root: the
/// approximation is good to about `2^-150` (Newton's error below and the truncation of the
/// `2 log₂ n` products of a power), and `2^-130` leaves a margin of a million.
const SLACK_BITS: u64 = 130;

/// A Newton step changing the root by less than `2^-80` of it means it has converged: the
/// step's own error is then below `n/2 × 2^-160 <= 2^-151` by quadratic convergence, so two
/// steps from an `f64` guess usually suffice.
const CONVERGED_BITS: u64 = 80;

/// Newton steps allowed before giving up; from an `f64` guess four suffice for any span.
const MAX_STEPS: usize = 12;

/// Candidates tried for a directed end before giving up: with the approximation's own slack,
/// then with 2^40 times as much.
const WIDENINGS: [u64; 2] = [0, 40];

/// `((end / start)^(1/n) − 1) × 100` for positive `end` and `start`: the ratio kept exact
/// as `num / den`, and the rate rounded on demand.
pub(crate) struct CompoundRate {
    num: BigUint,
    den: BigUint,
    years: u32,
    approx: Approx,
    what: &'static str,
}

/// What is known of the rate before rounding.
enum Approx {
    /// `end == start` or a single year: the rate is the rational `num / den`, exactly.
    Exact(BigInt, BigInt),
    /// `g ≈ num / 2^shift`, within `slack / 2^shift`; `fixed` is the same in decimal.
    Near { num: BigInt, shift: u64, slack: BigInt, fixed: Option<Fixed> },
}

/// Digits kept below a result's last digit by [`Fixed`].
const GUARD: u32 = 8;
const GUARD_UNIT: i128 = 100_000_000;

/// The rate's bounds `low ≤ g × 10^(scale + GUARD) ≤ high` in 128-bit integers, when both
/// round on the grid of `scale` decimal places (28 significant digits, or 28 places below 1):
/// the common case, rounded with integer division instead of big rationals.
#[derive(Clone, Copy)]
struct Fixed {
    low: i128,
    high: i128,
    scale: u32,
}

impl Fixed {
    /// `None` when the bounds reach another decade, where the grid changes, or overflow.
    fn new(num: &BigInt, shift: u64, slack: &BigInt) -> Option<Fixed> {
        // The integer part of |g| sets the scale: 28 places below 1, else 28 digits in all.
        let whole = (num.magnitude() >> shift).to_u128()?;
        let scale = if whole == 0 { MAX_SCALE } else { MAX_SCALE.checked_sub(1 + whole.ilog10())? };
        let places = scale + GUARD;
        let floor = |x: BigInt| -> Option<i128> {
            let (sign, magnitude) = (x * pow10_big(places)).into_parts();
            if sign == Sign::Minus {
                let ceiling = (magnitude + (BigUint::one() << shift) - 1u32) >> shift;
                ceiling.to_i128().map(|c| -c)
            } else {
                (magnitude >> shift).to_i128()
            }
        };
        let low = floor(num - slack)?;
        let high = floor(num + slack)? + 1;
        // Rounded outward, the top stays below 10^28 units and the bottom at or above 10^27
        // (below 1, every magnitude has 28 places).
        let top = 10i128.pow(DIGITS + GUARD) - GUARD_UNIT;
        let bottom = if scale == MAX_SCALE { 0 } else { 10i128.pow(DIGITS + GUARD - 1) };
        let in_decade = |x: i128| (bottom..=top).contains(&x.abs());
        (in_decade(low) && in_decade(high) && (low >= 0) == (high >= 0)).then_some(Fixed { low, high, scale })
    }

    fn round(self, x: i128, mode: Round) -> Decimal {
        let (quotient, remainder) = (x.div_euclid(GUARD_UNIT), x.rem_euclid(GUARD_UNIT));
        let up = remainder > 0
            && match mode {
                Round::Down => false,
                Round::Up => true,
                Round::Nearest => 2 * remainder > GUARD_UNIT || (2 * remainder == GUARD_UNIT && quotient % 2 != 0),
            };
        Decimal::from_i128_with_scale(quotient + i128::from(up), self.scale)
    }
}

impl CompoundRate {
    /// The rate from `start` to `end` over `years` (at least 1); both must be positive.
    pub(crate) fn new(end: Decimal, start: Decimal, years: u32, what: &'static str) -> Result<CompoundRate> {
        if end <= Decimal::ZERO || start <= Decimal::ZERO || years == 0 {
            return Err(Error::Undefined(format!(
                "{what} needs positive values and at least one year, not {start} to {end} over {years}"
            )));
        }
        let (num, den) = ratio(end, start);
        let approx = if num == den {
            Approx::Exact(BigInt::zero(), BigInt::one())
        } else if years == 1 {
            let den = BigInt::from(den.clone());
            Approx::Exact((BigInt::from(num.clone()) - &den) * 100u32, den)
        } else {
            let root = nth_root(&num, &den, years, what)?;
            let (mantissa, shift) = if root.exponent >= 0 {
                (root.mantissa << root.exponent as u64, 0)
            } else {
                (root.mantissa, root.exponent.unsigned_abs())
            };
            let slack = BigInt::from((&mantissa * 100u32) >> SLACK_BITS) + 1;
            let num = (BigInt::from(mantissa) - (BigInt::one() << shift)) * 100;
            let fixed = Fixed::new(&num, shift, &slack);
            Approx::Near { num, shift, slack, fixed }
        };
        Ok(CompoundRate { num, den, years, approx, what })
    }

    /// The rate rounded to 28 significant digits (28 decimal places below 0.1): to nearest,
    /// ties to even, or, for [`Round::Down`] and [`Round::Up`], a bound proven to lie on that
    /// side of the truth and at most one unit of the last digit from it in practice.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] for a rate beyond `Decimal`'s range; [`Error::Undefined`] if no
    /// candidate passes the exact check, which would mean the approximation went wrong.
    pub(crate) fn percent(&self, mode: Round) -> Result<Decimal> {
        let (num, shift, slack, fixed) = match &self.approx {
            Approx::Exact(num, den) => return round_rational(num.clone(), den.clone(), 0, mode, self.what),
            Approx::Near { num, shift, slack, fixed } => (num, *shift, slack, *fixed),
        };
        let den = BigInt::one() << shift;
        let round = |offset: BigInt, mode: Round| round_rational(num + offset, den.clone(), 0, mode, self.what);
        match mode {
            Round::Nearest => {
                let (below, above) = match fixed {
                    Some(f) => (f.round(f.low, mode), f.round(f.high, mode)),
                    None => (round(-slack, mode)?, round(slack.clone(), mode)?),
                };
                if below == above {
                    return Ok(below);
                }
                // The truth is within the slack of the approximation, so it rounds to one of
                // two neighbours: the boundary between them decides, and a tie goes to even.
                let (mantissa, scale) = midpoint(below, above);
                Ok(match self.cmp_root(&mantissa, scale) {
                    Ordering::Less => above,
                    Ordering::Greater => below,
                    Ordering::Equal if below.mantissa() % 2 == 0 => below,
                    Ordering::Equal => above,
                })
            }
            Round::Down | Round::Up => {
                let outward = |offset: BigInt| if mode == Round::Down { -offset } else { offset };
                let mut tried = Vec::new();
                // The tightest candidate first: the approximation's bound on the far side.
                let fast = fixed.map(|f| {
                    let (near, far) = if mode == Round::Down { (f.high, f.low) } else { (f.low, f.high) };
                    [f.round(near, mode), f.round(far, mode)]
                });
                let offsets = std::iter::once(-outward(slack.clone()))
                    .chain(WIDENINGS.iter().map(|&bits| outward(slack.clone() << bits)));
                let candidates = fast.into_iter().flatten().map(Ok).chain(offsets.map(|offset| round(offset, mode)));
                for candidate in candidates {
                    let candidate = candidate?;
                    if tried.contains(&candidate) {
                        continue;
                    }
                    let order = self.cmp_root(&BigInt::from(candidate.mantissa()), candidate.scale());
                    let honest = if mode == Round::Down { order != Ordering::Greater } else { order != Ordering::Less };
                    if honest {
                        return Ok(candidate);
                    }
                    tried.push(candidate);
                }
                Err(Error::Undefined(format!(
                    "{} over {} years: no bound of the root could be verified (tried {tried:?})",
                    self.what, self.years
                )))
            }
        }
    }

    /// How `g = mantissa × 10^-scale` compares with the true rate, exactly: by the sign of
    /// `(1 + g/100)^n − num/den`, that is of `(10^(scale+2) + mantissa)^n × den` against
    /// `num × 10^((scale+2) n)`.
    fn cmp_root(&self, mantissa: &BigInt, scale: u32) -> Ordering {
        let digits = scale + 2;
        let base = pow10_big(digits) + mantissa;
        if base.sign() != Sign::Plus {
            // A fall of 100% or more is below every rate of positive values.
            return Ordering::Less;
        }
        let (_, base) = base.into_parts();
        let left = base.pow(self.years) * &self.den;
        let right = &self.num * BigUint::from(10u32).pow(digits * self.years);
        left.cmp(&right)
    }
}

/// `end / start` as a ratio of integers: the mantissas, with the difference of the scales
/// moved to one side.
fn ratio(end: Decimal, start: Decimal) -> (BigUint, BigUint) {
    let magnitude = |d: Decimal| BigUint::from(d.mantissa().unsigned_abs());
    let (mut num, mut den) = (magnitude(end), magnitude(start));
    let (end_scale, start_scale) = (end.scale(), start.scale());
    if start_scale > end_scale {
        num *= BigUint::from(10u32).pow(start_scale - end_scale);
    } else {
        den *= BigUint::from(10u32).pow(end_scale - start_scale);
    }
    (num, den)
}

/// `(a + b) / 2` exactly, as a mantissa and a scale one place finer than either.
fn midpoint(a: Decimal, b: Decimal) -> (BigInt, u32) {
    let scale = a.scale().max(b.scale());
    let at = |d: Decimal| BigInt::from(d.mantissa()) * pow10_big(scale - d.scale());
    ((at(a) + at(b)) * 5, scale + 1)
}

/// A positive binary floating-point number, `mantissa × 2^exponent`.
#[derive(Clone, Debug)]
struct Float {
    mantissa: BigUint,
    exponent: i64,
}

impl Float {
    /// Truncated to [`PRECISION`] bits.
    fn new(mantissa: BigUint, exponent: i64) -> Float {
        let excess = mantissa.bits().saturating_sub(PRECISION);
        Float { mantissa: mantissa >> excess, exponent: exponent + excess as i64 }
    }

    fn mul(&self, other: &Float) -> Float {
        Float::new(&self.mantissa * &other.mantissa, self.exponent + other.exponent)
    }

    /// `self^n` for `n >= 1`, by squaring.
    fn pow(&self, n: u32) -> Float {
        let mut result: Option<Float> = None;
        let mut square = self.clone();
        let mut n = n;
        loop {
            if n & 1 == 1 {
                result = Some(match result {
                    Some(r) => r.mul(&square),
                    None => square.clone(),
                });
            }
            n >>= 1;
            if n == 0 {
                break;
            }
            square = square.mul(&square);
        }
        // OK because n >= 1 sets at least one bit, so the first branch ran.
        result.expect("n >= 1")
    }

    /// Both mantissas at the smaller exponent.
    fn aligned(&self, other: &Float) -> (BigUint, BigUint, i64) {
        let exponent = self.exponent.min(other.exponent);
        let shift = |f: &Float| &f.mantissa << (f.exponent - exponent) as u64;
        (shift(self), shift(other), exponent)
    }

    fn from_f64(x: f64) -> Float {
        let bits = x.to_bits();
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1u64 << 52) - 1);
        // A normal number: its leading one is implicit.
        Float::new(BigUint::from(fraction | (1u64 << 52)), exponent - 1075)
    }
}

/// `ln x` to about 16 digits, for any size of `x > 0`.
fn ln(x: &BigUint) -> f64 {
    let shift = x.bits().saturating_sub(64);
    // OK because shifting leaves at most 64 bits.
    let top = (x >> shift).to_u64().expect("64 bits") as f64;
    top.ln() + shift as f64 * std::f64::consts::LN_2
}

/// `(num / den)^(1/n)` for `n >= 2` to about 150 bits, by Newton's method from an `f64` guess.
///
/// A Newton step for `y^n = r`, `((n−1)·y + r / y^(n−1)) / n`, is an arithmetic mean of `n`
/// numbers whose product is `r`, so from any start it lands at or above the root, and from
/// there it goes down, doubling the correct bits each time.
fn nth_root(num: &BigUint, den: &BigUint, n: u32, what: &'static str) -> Result<Float> {
    // Ratios of decimals lie within 10^±57, so the guess is a normal f64 of 16 good digits.
    let guess = ((ln(num) - ln(den)) / f64::from(n)).exp();
    if !guess.is_normal() {
        return Err(Error::Overflow(what));
    }
    let mut y = Float::from_f64(guess);
    for _ in 0..MAX_STEPS {
        let next = newton_step(&y, num, den, n);
        let (a, b, _) = y.aligned(&next);
        let change = if a > b { &a - &b } else { &b - &a };
        y = next;
        if (change << CONVERGED_BITS) <= a.max(b) {
            return Ok(y);
        }
    }
    Err(Error::Undefined(format!(
        "{what} over {n} years: the root of {num}/{den} did not converge in {MAX_STEPS} Newton steps"
    )))
}

fn newton_step(y: &Float, num: &BigUint, den: &BigUint, n: u32) -> Float {
    let power = y.pow(n - 1);
    // r / y^(n−1) = num / (den × mantissa × 2^exponent), with PRECISION bits in the quotient.
    let divisor = den * &power.mantissa;
    let shift = (PRECISION + 2 + divisor.bits()).saturating_sub(num.bits());
    let quotient = Float::new((num << shift) / divisor, -(shift as i64) - power.exponent);
    let scaled = Float { mantissa: &y.mantissa * (n - 1), exponent: y.exponent };
    let (a, b, exponent) = scaled.aligned(&quotient);
    // Dividing by n after a shift of 32 bits keeps every bit of the sum.
    Float::new(((a + b) << 32u32) / n, exponent - 32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn rate(end: &str, start: &str, years: u32) -> CompoundRate {
        CompoundRate::new(d(end), d(start), years, "t").unwrap()
    }

    #[test]
    fn exact_roots_are_exact_at_every_rounding() {
        // 1.1^2 = 1.21 and 0.5^3 = 0.125
        for mode in [Round::Nearest, Round::Down, Round::Up] {
            assert_eq!(rate("121", "100", 2).percent(mode).unwrap(), d("10"), "{mode:?}");
            assert_eq!(rate("125", "1000", 3).percent(mode).unwrap(), d("-50"), "{mode:?}");
            assert_eq!(rate("7", "7", 9).percent(mode).unwrap(), d("0"), "{mode:?}");
        }
    }

    #[test]
    fn directed_ends_bracket_the_nearest() {
        // Python, prec=60: (Decimal(2) ** (Decimal(1) / 3) - 1) * 100
        //   25.9921049894873164767210607278228350570251464701507980081975...
        let r = rate("2", "1", 3);
        assert_eq!(r.percent(Round::Nearest).unwrap(), d("25.99210498948731647672106073"));
        assert_eq!(r.percent(Round::Down).unwrap(), d("25.99210498948731647672106072"));
        assert_eq!(r.percent(Round::Up).unwrap(), d("25.99210498948731647672106073"));
    }

    #[test]
    fn the_exact_check_refuses_the_wrong_side() {
        let r = rate("2", "1", 3);
        let truth_below = BigInt::from(2599210498948731647672106073i128);
        assert_eq!(r.cmp_root(&truth_below, 26), Ordering::Greater);
        assert_eq!(r.cmp_root(&(truth_below - 1), 26), Ordering::Less);
        assert_eq!(r.cmp_root(&BigInt::from(-100), 0), Ordering::Less);
    }

    /// The same rate with its decimal fast path removed, so that every rounding takes the
    /// big-rational path.
    fn slow(rate: &CompoundRate) -> CompoundRate {
        let approx = match &rate.approx {
            Approx::Near { num, shift, slack, .. } => {
                Approx::Near { num: num.clone(), shift: *shift, slack: slack.clone(), fixed: None }
            }
            Approx::Exact(num, den) => Approx::Exact(num.clone(), den.clone()),
        };
        CompoundRate { num: rate.num.clone(), den: rate.den.clone(), years: rate.years, approx, what: "t" }
    }

    proptest::proptest! {
        #[test]
        fn the_decimal_fast_path_rounds_as_the_rational_path_does(
            a in 1i64..1_000_000_000_000_000, sa in 0u32..20, b in 1i64..1_000_000_000_000_000, sb in 0u32..20,
            years in 2u32..40,
        ) {
            let rate = CompoundRate::new(Decimal::new(a, sa), Decimal::new(b, sb), years, "t").unwrap();
            for mode in [Round::Nearest, Round::Down, Round::Up] {
                proptest::prop_assert_eq!(rate.percent(mode), slow(&rate).percent(mode), "{:?}", mode);
            }
        }
    }

    #[test]
    fn rates_at_a_power_of_ten_leave_the_fast_path_and_round_alike() {
        // Rates at or next to 1%, 10% and 100%, where the grid of 28 digits changes:
        // 1.01^2 = 1.0201, 1.1^2 = 1.21, 2^2 = 4.
        for (end, start) in
            [("10201", "10000"), ("121", "100"), ("4", "1"), ("10200", "10000"), ("12100001", "10000000")]
        {
            let rate = rate(end, start, 2);
            for mode in [Round::Nearest, Round::Down, Round::Up] {
                assert_eq!(rate.percent(mode).unwrap(), slow(&rate).percent(mode).unwrap(), "{end}/{start} {mode:?}");
            }
        }
    }

    #[test]
    fn a_guess_far_off_still_converges_from_above() {
        let (num, den) = (BigUint::from(2u32), BigUint::one());
        let mut y = Float::from_f64(1000.0);
        for _ in 0..40 {
            y = newton_step(&y, &num, &den, 3);
        }
        let cube = y.pow(3);
        let (a, b, _) = cube.aligned(&Float::new(BigUint::from(2u32), 0));
        let error = if a > b { &a - &b } else { &b - &a };
        assert!(error << 140u32 <= b, "{cube:?}");
    }
}
