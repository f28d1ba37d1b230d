//! Open SDG / Statistics Canada (Open SDG, *Progress Measurement Methodology for the
//! Sustainable Development Goals*, `docs/progress-methodology.md` in the open-sdg repository;
//! Statistics Canada, *Sustainable Development Goals Data Hub*, progress methodology).
//!
//! With a quantitative target, `R = d · CAGR_observed / |CAGR_required|` (`d` = +1 when higher
//! is better, −1 otherwise), the observed rate from the base year to the latest and the
//! required rate from the base year to the target year; R ≥ 0.95 on track, 0.6 ≤ R < 0.95
//! progress made but acceleration needed, 0 ≤ R < 0.6 limited progress, R < 0 deterioration;
//! a target achieved takes precedence.
//!
//! **Natural limits.** Near a natural maximum `y_lim` (100 for a percent share) the method
//! scales the positive cut-offs down by `C = 1 − (|y₀| / |y_lim|)^4.44` (for a minimum limit,
//! `1 − (|y_lim| / |y₀|)^4.44`), `y₀` the base value. The published rule applies `C` to the
//! thresholds of indicators without a numeric target; chiso applies it when the target is the
//! natural limit itself (universal access, 100%), the case the factor exists for, in the
//! equivalent form of a measure `R / C` against the unscaled cut-offs. The exponent 4.44 is
//! exactly `111/25`, taken with the bounded powers of [`super::power`].

use rust_decimal::Decimal;

use super::power::{pow_bounds, pow_interval, Exponent};
use super::{positive, ratio, Input, Measured, Outcome, ProgressClass, Unassessable};
use crate::arith::{div, mul, sub};
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::growth::cagr;
use crate::indicator::Polarity;
use crate::interval::{Endpoint, Interval};

/// From the worst R to the best.
pub(super) const CLASSES: [ProgressClass; 4] = [
    ProgressClass::OpenSdgDeterioration,
    ProgressClass::OpenSdgLimited,
    ProgressClass::OpenSdgAcceleration,
    ProgressClass::OpenSdgOnTrack,
];

/// 0, 0.6 and 0.95, each belonging to the class above it.
pub(super) const CUTS: [(Decimal, bool); 3] = [
    (Decimal::ZERO, true),
    (Decimal::from_parts(6, 0, 0, false, 1), true),
    (Decimal::from_parts(95, 0, 0, false, 2), true),
];

/// The exponent of the scaling factor, 4.44.
const SCALING_EXPONENT: (i64, u32) = (111, 25);

pub(super) fn measure(input: &Input) -> Outcome {
    let r = match rate_ratio(input, true)? {
        Ok(r) => r,
        Err(gap) => return Ok(Err(gap)),
    };
    let measure = match input.limit.filter(|l| *l == input.target) {
        Some(limit) => {
            let c = natural_limit_scaling(input.base().1, limit, input.polarity)?;
            let value = div(r.value(), c.value(), "an Open SDG ratio")?;
            ratio(value, r.interval().checked_div(&c.interval())?)
        }
        None => r,
    };
    Ok(Ok(Measured { measure, projection: None }))
}

/// The observed compound rate over the required one, in percent each: `CAGR_a / CAGR_r`, or
/// with `signed` (Open SDG) `d · CAGR_a / |CAGR_r|`.
pub(super) fn rate_ratio(input: &Input, signed: bool) -> Result<std::result::Result<Estimate, Unassessable>> {
    let ((b_year, base), (t_year, current)) = (input.base(), input.current());
    let target = Interval::point(input.target);
    if let Err(gap) = positive(&[&base.interval(), &current.interval(), &target]) {
        return Ok(Err(gap));
    }
    if base.interval().contains(input.target) || base.value() == input.target {
        return Ok(Err(Unassessable::BaseAtTarget));
    }
    let plain = |e: &Estimate| Estimate::derived(e.value(), e.interval(), None);
    let years = |from: i32, to: i32| u32::try_from(to - from).map_err(|_| Error::Overflow("a number of years"));
    let actual = cagr(plain(base), plain(current), years(b_year, t_year)?)?;
    let required = cagr(plain(base), Estimate::from(input.target), years(b_year, input.target_year)?)?;
    let (mut num, mut den) = (actual.interval(), required.interval());
    let (mut num_value, mut den_value) = (actual.value(), required.value());
    if signed {
        num_value = mul(num_value, input.direction(), "an Open SDG ratio")?;
        if input.direction().is_sign_negative() {
            num = num.neg();
        }
        if den_value.is_sign_negative() {
            (den, den_value) = (den.neg(), -den_value);
        }
    }
    let value = div(num_value, den_value, "a ratio of growth rates")?;
    Ok(Ok(ratio(value, num.checked_div(&den)?)))
}

/// Open SDG's natural-limit scaling factor `C = 1 − (|y₀| / |y_lim|)^4.44` for a maximum limit
/// (higher is better), `1 − (|y_lim| / |y₀|)^4.44` for a minimum (lower is better), with the
/// interval the base figure allows; the power is bounded as [`super::power`] documents (within
/// 10^-28).
///
/// # Errors
///
/// [`Error::InvalidInput`] for a base beyond the limit; [`Error::Undefined`] for a base that
/// may be zero under a minimum limit.
///
/// # Example
///
/// ```
/// use chiso::{progress::natural_limit_scaling, Polarity};
/// use rust_decimal::Decimal;
///
/// let c = natural_limit_scaling(Decimal::from(50), Decimal::from(100), Polarity::HigherIsBetter)?;
/// assert_eq!(c.value().round_dp(6).to_string(), "0.953929");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn natural_limit_scaling(base: impl Into<Estimate>, limit: Decimal, polarity: Polarity) -> Result<Estimate> {
    let base = base.into();
    let b = base.interval();
    // |b|: a base that may lie either side of zero runs from zero to its larger magnitude.
    let b = if b.all_at_least(Decimal::ZERO) {
        b
    } else if b.all_at_most(Decimal::ZERO) {
        b.neg()
    } else {
        Interval::new(Endpoint::Closed(Decimal::ZERO), b.hull(&b.neg()).high())?
    };
    let lim = limit.abs();
    let beyond = match polarity {
        Polarity::HigherIsBetter => !b.all_at_most(lim),
        Polarity::LowerIsBetter => !b.all_at_least(lim),
    };
    if beyond || lim.is_zero() && polarity == Polarity::HigherIsBetter {
        return Err(Error::invalid(
            "base value",
            base.value().to_string(),
            format!("the natural limit {limit} must lie on the good side of the base"),
        ));
    }
    let (share, share_value) = match polarity {
        Polarity::HigherIsBetter => {
            (b.checked_div(&Interval::point(lim))?, div(base.value().abs(), lim, "a scaling factor")?)
        }
        Polarity::LowerIsBetter if lim.is_zero() => return Ok(Estimate::from(Decimal::ONE)),
        Polarity::LowerIsBetter => {
            (Interval::point(lim).checked_div(&b)?, div(lim, base.value().abs(), "a scaling factor")?)
        }
    };
    let exponent = Exponent::new(SCALING_EXPONENT.0, SCALING_EXPONENT.1)?;
    if share_value.is_zero() {
        return Ok(Estimate::from(Decimal::ONE));
    }
    let powered = if share.all_more_than(Decimal::ZERO) {
        pow_interval(&share, exponent)?
    } else {
        // A share that may be zero: its power runs from zero.
        let high = share.high_value().map_or(Ok(Decimal::ONE), |h| pow_bounds(h, exponent).map(|(_, h)| h))?;
        Interval::closed(Decimal::ZERO, high)?
    };
    let point = pow_bounds(share_value, exponent)?.0;
    let value = sub(Decimal::ONE, point, "a scaling factor")?;
    Ok(ratio(value, Interval::point(Decimal::ONE).checked_sub(&powered)?))
}
