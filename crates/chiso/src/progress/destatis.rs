//! Destatis "weather" symbols (Statistisches Bundesamt, *Sustainable Development in Germany –
//! Indicator Report*, section on the assessment of the indicators): the average annual change
//! over the last five years, `a = (v_t − v_s) / (t − s)` with `s` the earliest of the
//! consecutive yearly figures up to `t` within five years of it (at least four figures, else
//! no assessment), gives the linear projection `p = v_t + a (T − t)`, and the miss is the share
//! of the distance still to go that the projection leaves: `M = (target − p) / (target − v_t)`.
//! Under 5% sun, 5% to 20% slightly cloudy, over 20% in the right direction cloudy, in the
//! wrong direction a thunderstorm. Moving in the wrong direction is exactly `M > 1` (the
//! projection lies further from the target than the latest figure), so the four classes are
//! cut at 0.05, 0.20 and 1, and a standstill (`M = 1`) is cloudy.

use rust_decimal::Decimal;

use super::{ratio, Input, Measured, Outcome, ProgressClass, Unassessable};
use crate::arith::{div, mul, sub};
use crate::estimate::Estimate;
use crate::interval::Interval;

/// From the smallest miss to the largest.
pub(super) const CLASSES: [ProgressClass; 4] = [
    ProgressClass::DestatisSun,
    ProgressClass::DestatisSlightlyCloudy,
    ProgressClass::DestatisCloudy,
    ProgressClass::DestatisThunderstorm,
];

/// 0.05 (belonging to slightly cloudy), 0.20 (slightly cloudy) and 1 (cloudy).
pub(super) const CUTS: [(Decimal, bool); 3] = [
    (Decimal::from_parts(5, 0, 0, false, 2), true),
    (Decimal::from_parts(20, 0, 0, false, 2), false),
    (Decimal::ONE, false),
];

/// Consecutive yearly figures the method needs.
const NEEDED: usize = 4;

/// The years of change the average is taken over at most.
const WINDOW: i32 = 5;

pub(super) fn measure(input: &Input) -> Outcome {
    let (t_year, current) = input.current();
    // The run of consecutive years ending at the latest, within the window.
    let mut start = input.series.len() - 1;
    while start > 0
        && input.series[start - 1].0 == input.series[start].0 - 1
        && t_year - input.series[start - 1].0 <= WINDOW
    {
        start -= 1;
    }
    let have = input.series.len() - start;
    if have < NEEDED {
        return Ok(Err(Unassessable::TooFewPoints { have, need: NEEDED }));
    }
    let (s_year, first) = (&input.series[start].0, &input.series[start].1);
    let target = Interval::point(input.target);
    let to_go = target.checked_sub(&current.interval())?;
    if !(to_go.all_more_than(Decimal::ZERO) || to_go.all_less_than(Decimal::ZERO)) {
        return Ok(Err(Unassessable::CurrentAtTarget));
    }
    let what = "a Destatis projection";
    let (years, ahead) = (Decimal::from(t_year - s_year), Decimal::from(input.target_year - t_year));
    let span = years + ahead;
    // One division each, so that an exact projection or miss stays exact:
    // p = (v_t (years + ahead) − v_s ahead) / years and
    // M = (target · years − v_t (years + ahead) + v_s ahead) / ((target − v_t) years).
    let (v_t, v_s) = (current.value(), first.value());
    let travelled = sub(mul(v_t, span, what)?, mul(v_s, ahead, what)?, what)?;
    let projected = div(travelled, years, what)?;
    let num = sub(mul(input.target, years, what)?, travelled, what)?;
    let value = div(num, mul(sub(input.target, v_t, what)?, years, what)?, what)?;
    // The interval.
    let point = Interval::point;
    let travelled_interval =
        current.interval().checked_mul(&point(span))?.checked_sub(&first.interval().checked_mul(&point(ahead))?)?;
    let projected_interval = travelled_interval.checked_div(&point(years))?;
    let num_interval = target.checked_mul(&point(years))?.checked_sub(&travelled_interval)?;
    let interval = num_interval.checked_div(&to_go.checked_mul(&point(years))?)?;
    let projection = Estimate::derived(projected, projected_interval, current.unit().cloned());
    Ok(Ok(Measured { measure: ratio(value, interval), projection: Some(projection) }))
}
