//! UNSD Progress Chart 2022 (UN Statistics Division, *The Sustainable Development Goals Report
//! 2022, Progress Chart technical note*): `CR = CAGR_actual / CAGR_required`, where
//! `CAGR_actual = (v_t / v_b)^(1/(t−b)) − 1` and `CAGR_required = (target / v_b)^(1/(T−b)) − 1`;
//! CR ≥ 0.95 substantial progress or on track, 0.5 ≤ CR < 0.95 fair progress but acceleration
//! needed, −0.1 ≤ CR < 0.5 limited or no progress, CR < −0.1 deterioration; a target already
//! achieved takes precedence.

use rust_decimal::Decimal;

use super::{Input, Measured, Outcome, ProgressClass};

/// From the worst CR to the best.
pub(super) const CLASSES: [ProgressClass; 4] = [
    ProgressClass::Unsd2022Deterioration,
    ProgressClass::Unsd2022Limited,
    ProgressClass::Unsd2022Fair,
    ProgressClass::Unsd2022Substantial,
];

/// −0.1, 0.5 and 0.95, each belonging to the class above it.
pub(super) const CUTS: [(Decimal, bool); 3] = [
    (Decimal::from_parts(1, 0, 0, true, 1), true),
    (Decimal::from_parts(5, 0, 0, false, 1), true),
    (Decimal::from_parts(95, 0, 0, false, 2), true),
];

pub(super) fn measure(input: &Input) -> Outcome {
    Ok(super::open_sdg::rate_ratio(input, false)?.map(|measure| Measured { measure, projection: None }))
}
