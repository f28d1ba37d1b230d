//! Intervals against exact rational arithmetic: every function's interval must contain the
//! exact range its inputs allow (containment) and exceed it by no more than a few units of the
//! 28th significant digit (tightness).
//!
//! The oracle is independent of chiso's own arithmetic: each printed figure's interval is
//! checked against the definition of its bound, and each function's exact range over those
//! intervals is the hull of its values at the corners of the input box (each function here is monotone in each argument when the
//! others are held, so its extremes lie at corners). Bounds with unbounded ends are left to the
//! Python oracle (`python/tests/test_oracle.py`), which also takes limits.

use chiso::{Bound, Estimate, Reported};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn rational(d: Decimal) -> BigRational {
    BigRational::new(BigInt::from(d.mantissa()), BigInt::from(10).pow(d.scale()))
}

fn pow10(exponent: i32) -> BigRational {
    let ten = BigRational::from_integer(BigInt::from(10));
    if exponent >= 0 {
        num_traits::pow(ten, exponent as usize)
    } else {
        num_traits::pow(ten, (-exponent) as usize).recip()
    }
}

/// The exact closed interval a bounded figure allows, from the definition of its bound.
fn exact_interval(r: &Reported) -> (BigRational, BigRational) {
    let v = rational(r.value());
    let half_digit = pow10(r.last_digit() - 1) * BigRational::from_integer(5.into());
    let half = match r.bound() {
        Bound::Exact => BigRational::zero(),
        Bound::AsPrinted => half_digit,
        Bound::About => {
            let tolerance = v.abs() * BigRational::new(5.into(), 100.into());
            if tolerance > half_digit {
                tolerance
            } else {
                half_digit
            }
        }
        other => unreachable!("unbounded {other:?} is not drawn here"),
    };
    (&v - &half, &v + &half)
}

/// The box a function sees: the figure's own interval, checked against the definition first.
/// It must hold the exact interval and exceed it by at most a unit of the 28th digit (or of
/// 10^-28, where half a unit of the last place does not fit).
fn input_box(r: &Reported) -> Result<(BigRational, BigRational), TestCaseError> {
    let (exact_low, exact_high) = exact_interval(r);
    let interval = r.interval();
    let (low, high) = (rational(interval.low_value().unwrap()), rational(interval.high_value().unwrap()));
    prop_assert!(low <= exact_low && high >= exact_high, "{}: {} misses the exact ends", r, interval);
    prop_assert!(
        &exact_low - &low <= ulp28(&exact_low) && &high - &exact_high <= ulp28(&exact_high),
        "{}: {} too wide",
        r,
        interval
    );
    Ok((low, high))
}

/// A unit in the 28th significant digit of `x`, but never below 10^-28, the last place a
/// `Decimal` holds.
fn ulp28(x: &BigRational) -> BigRational {
    let magnitude = x.abs();
    if magnitude.is_zero() {
        return pow10(-28);
    }
    let digits = |n: &BigInt| n.to_string().trim_start_matches('-').len() as i32;
    let mut exponent = digits(magnitude.numer()) - digits(magnitude.denom());
    while pow10(exponent + 1) <= magnitude {
        exponent += 1;
    }
    while pow10(exponent) > magnitude {
        exponent -= 1;
    }
    pow10((exponent - 27).max(-28))
}

/// How many units of the 28th digit an interval may exceed the exact range by: its ends are
/// rounded once, outward, but a unit of the 28th digit of a result just below a power of ten
/// is a tenth of one just above it.
const SLACK: i64 = 2;

fn check(name: &str, result: &Estimate, corners: &[BigRational]) -> Result<(), TestCaseError> {
    let exact_low = corners.iter().min().unwrap().clone();
    let exact_high = corners.iter().max().unwrap().clone();
    let (Some(low), Some(high)) = (result.low(), result.high()) else {
        return Err(TestCaseError::fail(format!("{name}: bounded inputs gave {result}")));
    };
    let (low, high) = (rational(low), rational(high));
    prop_assert!(low <= exact_low, "{}: low end {} above the exact {}", name, low, exact_low);
    prop_assert!(high >= exact_high, "{}: high end {} below the exact {}", name, high, exact_high);
    // The point is rounded at each step as Python's `decimal` rounds it, and may land outside
    // the exact range; the interval then stretches to it (and no further).
    let point = rational(result.value());
    let exact_low = if point < exact_low { point.clone() } else { exact_low };
    let exact_high = if point > exact_high { point } else { exact_high };
    let slack = BigRational::from_integer(SLACK.into());
    prop_assert!(
        &exact_low - &low <= &slack * ulp28(&exact_low),
        "{}: low end {} too far below {}",
        name,
        low,
        exact_low
    );
    prop_assert!(
        &high - &exact_high <= &slack * ulp28(&exact_high),
        "{}: high end {} too far above {}",
        name,
        high,
        exact_high
    );
    let on_an_end = result.low() == Some(result.value()) || result.high() == Some(result.value());
    prop_assert!(result.interval().contains(result.value()) || on_an_end, "{}: point outside {}", name, result);
    Ok(())
}

/// A printed figure with a bounded interval: mantissas of 1 to 28 digits at scales 0 to 28.
fn bounded(positive: bool) -> impl Strategy<Value = Reported> {
    let bound = prop::sample::select(vec![Bound::AsPrinted, Bound::Exact, Bound::About]);
    let digits = 1u32..=28;
    (digits, any::<u128>(), 0u32..=28, any::<bool>(), bound).prop_filter_map(
        "a decimal that fits",
        move |(digits, raw, scale, negative, bound)| {
            let mantissa = (raw % 10u128.pow(digits)).max(1) as i128;
            let sign = if negative && !positive { -1 } else { 1 };
            let value = Decimal::try_from_i128_with_scale(sign * mantissa, scale).ok()?;
            Some(Reported::new(value, bound))
        },
    )
}

type Corners = Result<Option<Vec<BigRational>>, TestCaseError>;

fn corners2(a: &Reported, b: &Reported, f: impl Fn(&BigRational, &BigRational) -> Option<BigRational>) -> Corners {
    let (a0, a1) = input_box(a)?;
    let (b0, b1) = input_box(b)?;
    Ok([(&a0, &b0), (&a0, &b1), (&a1, &b0), (&a1, &b1)].into_iter().map(|(x, y)| f(x, y)).collect())
}

fn hundred() -> BigRational {
    BigRational::from_integer(100.into())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn growth_is_contained_and_tight(c in bounded(false), p in bounded(true)) {
        let Some(corners) = corners2(&c, &p, |c, p| p.is_positive().then(|| (c - p) * hundred() / p))? else {
            return Ok(());
        };
        match chiso::growth(c, p) {
            Ok(result) => check("growth", &result, &corners)?,
            Err(err) => prop_assert!(err.kind() == "overflow", "growth({}, {}): {}", c, p, err),
        }
    }

    #[test]
    fn shares_are_contained_and_tight(part in bounded(false), whole in bounded(true)) {
        let Some(corners) = corners2(&part, &whole, |x, w| w.is_positive().then(|| x * hundred() / w))? else {
            return Ok(());
        };
        match chiso::share(part, whole) {
            Ok(result) => check("share", &result, &corners)?,
            Err(err) => prop_assert!(err.kind() == "overflow", "share({}, {}): {}", part, whole, err),
        }
    }

    #[test]
    fn implied_bases_are_contained_and_tight(current in bounded(false), g in bounded(false)) {
        let corners = corners2(&current, &g, |c, g| {
            let factor = BigRational::one() + g / hundred();
            factor.is_positive().then(|| c / factor)
        })?;
        let Some(corners) = corners else { return Ok(()) };
        match chiso::implied_base(current, g) {
            Ok(result) => check("implied_base", &result, &corners)?,
            Err(err) => prop_assert!(err.kind() == "overflow", "implied_base({}, {}): {}", current, g, err),
        }
    }

    #[test]
    fn projections_are_contained_and_tight(base in bounded(false), g in bounded(false)) {
        let corners = corners2(&base, &g, |b, g| Some(b * (BigRational::one() + g / hundred())))?.unwrap();
        match chiso::project(base, g) {
            Ok(result) => check("project", &result, &corners)?,
            Err(err) => prop_assert!(err.kind() == "overflow", "project({}, {}): {}", base, g, err),
        }
    }

    #[test]
    fn changes_in_points_are_contained_and_tight(now in bounded(false), before in bounded(false)) {
        let corners = corners2(&now, &before, |a, b| Some(a - b))?.unwrap();
        match chiso::change_pp(now, before) {
            Ok(result) => check("change_pp", &result, &corners)?,
            Err(err) => prop_assert!(err.kind() == "overflow", "change_pp({}, {}): {}", now, before, err),
        }
    }

    #[test]
    fn contributions_are_contained_and_tight(now in bounded(false), before in bounded(false), whole in bounded(true)) {
        let (n0, n1) = input_box(&now)?;
        let (b0, b1) = input_box(&before)?;
        let (w0, w1) = input_box(&whole)?;
        if !w0.is_positive() {
            return Ok(());
        }
        let mut corners = Vec::new();
        for n in [&n0, &n1] {
            for b in [&b0, &b1] {
                for w in [&w0, &w1] {
                    corners.push((n - b) * hundred() / w);
                }
            }
        }
        match chiso::contribution(now, before, whole) {
            Ok(result) => check("contribution", &result, &corners)?,
            Err(err) => prop_assert!(err.kind() == "overflow", "contribution: {}", err),
        }
    }
}
