//! UNSD Progress Chart 2023 as EUSTAT replicates it (UN Statistics Division, *Progress Chart
//! Technical Note 2023*,
//! <https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf>;
//! EUSTAT, *Measuring progress on the Sustainable Development Goals*, methodology page):
//! `CAGR_a = (v_t / v_b)^(1/(t−b)) − 1`, the value expected in the target year
//! `v_e = v_t (1 + CAGR_a)^(T−t) = v_t · (v_t / v_b)^((T−t)/(t−b))`, and
//! `ratio = (v_e − v_b) / (target − v_b)`: ≥ 0.95 on track or target met, 0.10 to 0.95 fair
//! progress but acceleration needed, < 0.10 stagnation or regression. The fractional power is
//! bounded as [`super::power`] documents.

use rust_decimal::Decimal;

use super::power::{pow_interval, projection_bounds, Exponent};
use super::{positive, ratio, Input, Measured, Outcome, ProgressClass, Unassessable};
use crate::arith::{div, sub};
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::interval::{Endpoint, Interval};

/// From the worst ratio to the best.
pub(super) const CLASSES: [ProgressClass; 3] =
    [ProgressClass::Unsd2023Stagnation, ProgressClass::Unsd2023Fair, ProgressClass::Unsd2023OnTrack];

/// 0.10 and 0.95, each belonging to the class above it.
pub(super) const CUTS: [(Decimal, bool); 2] =
    [(Decimal::from_parts(10, 0, 0, false, 2), true), (Decimal::from_parts(95, 0, 0, false, 2), true)];

pub(super) fn measure(input: &Input) -> Outcome {
    let ((b_year, base), (t_year, current)) = (input.base(), input.current());
    let (b, now) = (base.interval(), current.interval());
    if let Err(gap) = positive(&[&b, &now]) {
        return Ok(Err(gap));
    }
    if b.contains(input.target) || base.value() == input.target {
        return Ok(Err(Unassessable::BaseAtTarget));
    }
    let span = |from: i32, to: i32| u32::try_from(to - from).map_err(|_| Error::Overflow("a number of years"));
    let exponent = Exponent::new(i64::from(span(t_year, input.target_year)?), span(b_year, t_year)?)?;
    let what = "a UNSD 2023 projection";
    // The point: v_t · (v_t / v_b)^((T−t)/(t−b)), as one bounded power so that a projection
    // that is a decimal is exact.
    let expected = projection_bounds(current.value(), base.value(), exponent)?.0;
    let value = div(sub(expected, base.value(), what)?, sub(input.target, base.value(), what)?, what)?;
    let expected_interval = match projected_interval(&now, &b, exponent)? {
        Some(interval) => interval,
        // An end unbounded or at zero: each step rounded outward.
        None => now.checked_mul(&pow_interval(&now.checked_div(&b)?, exponent)?)?,
    };
    let target = Interval::point(input.target);
    let interval = expected_interval.checked_sub(&b)?.checked_div(&target.checked_sub(&b)?)?;
    let projection = Estimate::derived(expected, expected_interval, current.unit().cloned());
    Ok(Ok(Measured { measure: ratio(value, interval), projection: Some(projection) }))
}

/// The projections of every pair of values of the latest figure `now` and the base `b`,
/// rising with `now` and falling with `b`: each end one bounded power, exact when the
/// projection is a decimal. `None` when an end is unbounded or the base may near zero.
fn projected_interval(now: &Interval, b: &Interval, exponent: Exponent) -> Result<Option<Interval>> {
    let end = |current: Endpoint, base: Endpoint, low: bool| -> Result<Option<Endpoint>> {
        let (Some(c), Some(v)) = (current.value(), base.value()) else { return Ok(None) };
        if v <= Decimal::ZERO {
            return Ok(None);
        }
        let (l, h) = projection_bounds(c, v, exponent)?;
        let value = if low { l } else { h };
        Ok(Some(if (current.is_open() || base.is_open()) && l == h {
            Endpoint::Open(value)
        } else {
            Endpoint::Closed(value)
        }))
    };
    match (end(now.low(), b.high(), true)?, end(now.high(), b.low(), false)?) {
        (Some(low), Some(high)) => Ok(Some(Interval::new(low, high)?)),
        _ => Ok(None),
    }
}
