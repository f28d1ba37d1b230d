//! The hook of [`Target::check`](crate::Target::check): a level target for a future year with
//! a baseline (its base year) is judged by the progress from the base year's figure to the
//! latest, under the target's scheme.

use rust_decimal::Decimal;

use super::{assess_figures, Progress};
use crate::error::Result;
use crate::estimate::Estimate;
use crate::figures::Figures;
use crate::indicator::{Indicator, Polarity};
use crate::period::{Period, Span};
use crate::reason::{Reason, TargetTerms};
use crate::target::{whole_year_level, Condition, Spec, Target, Verdict};

/// The verdict, reason and progress of a level target with a baseline whose own year has no
/// figure, when the base year and a later year before the target's have figures; `None`
/// otherwise (the target stays pending).
///
/// The class decides the verdict: the scheme's best class (or the target met) is
/// `on_track`, a lower class `off_track`, and a measure across the best class's cut-off
/// `undetermined`. A scheme that cannot assess the figures gives `undetermined` with why.
///
/// # Errors
///
/// [`Error::Overflow`](crate::Error::Overflow) for a figure beyond a decimal's range.
pub(crate) fn judge_target<F: Figures + ?Sized>(
    target: &Target,
    report: &F,
    indicator: &Indicator,
    terms: TargetTerms,
) -> Result<Option<(Verdict, Reason, Option<Progress>)>> {
    let (Spec::Level(condition), Some(base), Some(scheme)) =
        (target.spec(), target.baseline(), target.progress_scheme())
    else {
        return Ok(None);
    };
    if target.period().span() != Span::Year || base.span() != Span::Year {
        return Ok(None);
    }
    let (first, last) = (base.calendar_year(), target.period().calendar_year());
    let series: Vec<(i32, Estimate)> = (first..last)
        .filter_map(|year| {
            let period = Period::year(year).ok()?;
            whole_year_level(report, target.indicator(), period).map(|q| (year, Estimate::from(&q)))
        })
        .collect();
    if series.len() < 2 || series[0].0 != first {
        return Ok(None);
    }
    let (value, polarity) = aim(condition, indicator.polarity());
    let limit = indicator.range().and_then(|r| match polarity {
        Polarity::HigherIsBetter => r.at_most(),
        Polarity::LowerIsBetter => r.at_least(),
    });
    Ok(Some(match assess_figures(scheme, &series, value, last, polarity, limit)? {
        Ok(progress) => {
            let verdict = match progress.on_track() {
                Some(true) => Verdict::OnTrack,
                Some(false) => Verdict::OffTrack,
                None => Verdict::Undetermined,
            };
            let reason = Reason::Progress { target: terms, progress: Box::new(progress.clone()) };
            (verdict, reason, Some(progress))
        }
        Err(why) => (Verdict::Undetermined, Reason::ProgressNotAssessed { target: terms, scheme, why }, None),
    }))
}

/// The value progress is measured towards, and which way is better: the threshold of a
/// one-sided condition, in its direction; for a range, the end the indicator's polarity
/// reaches first.
fn aim(condition: Condition, polarity: Polarity) -> (Decimal, Polarity) {
    match condition {
        Condition::AtLeast(t) | Condition::MoreThan(t) => (t, Polarity::HigherIsBetter),
        Condition::AtMost(t) | Condition::LessThan(t) => (t, Polarity::LowerIsBetter),
        Condition::Between(low, _) if polarity == Polarity::HigherIsBetter => (low, polarity),
        Condition::Between(_, high) => (high, polarity),
    }
}
