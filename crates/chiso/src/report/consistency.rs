//! Where a report's own figures disagree beyond what their printed bounds can explain.

use std::collections::HashSet;
use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use super::Report;
use crate::error::Result;
use crate::estimate::Estimate;
use crate::growth::{growth, share};
use crate::indicator::{Identity, Indicator};
use crate::period::Period;
use crate::quantity::Quantity;
use crate::text::{format_estimate, format_rounded, Lang};
use crate::unit::Unit;

/// Which kind of relation a finding breaks.
///
/// # Example
///
/// ```
/// assert_eq!(chiso::FindingKind::Identity.name(), "identity");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A reported growth against the two levels it relates.
    Growth,
    /// An identity an indicator declares: difference, sum or share.
    Identity,
}

impl FindingKind {
    /// The name: `growth` or `identity`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::FindingKind::Growth.name(), "growth");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::Growth => "growth",
            FindingKind::Identity => "identity",
        }
    }
}

/// Two ways of getting one figure that cannot both be right, whatever the printed rounding.
///
/// # Example
///
/// ```
/// let mut report_json = chiso::datasets::binh_duong_2024().to_json();
/// // A 2023 level that the reported 13.3% growth cannot reach from 351,640.
/// report_json = report_json.replacen(
///     "\"observations\": [",
///     "\"observations\": [{\"indicator\": \"retail_sales\", \"period\": \"2023\", \"value\": \"300000\"},",
///     1,
/// );
/// let report = chiso::Report::from_json(&report_json)?;
/// let findings = report.check();
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].indicators(), ["retail_sales"]);
/// assert!(findings[0].to_string().contains("13.3%"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    kind: FindingKind,
    indicators: Vec<String>,
    period: Period,
    reported: Estimate,
    implied: Estimate,
    gap: Decimal,
    message: String,
}

impl Finding {
    /// Which relation is broken.
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn kind(&self) -> FindingKind {
        self.kind
    }

    /// The ids of the indicators involved, the checked one first.
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn indicators(&self) -> &[String] {
        &self.indicators
    }

    /// The period of the checked figure.
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// The figure as reported, with its printed interval.
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn reported(&self) -> &Estimate {
        &self.reported
    }

    /// The same figure as the other figures imply it.
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn implied(&self) -> &Estimate {
        &self.implied
    }

    /// The distance between the two intervals, in the figure's unit (percentage points for
    /// a growth).
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn gap(&self) -> Decimal {
        self.gap
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

pub(super) fn findings(report: &Report) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for observation in &report.observations {
        let key = (observation.indicator(), observation.period());
        if seen.insert(key) {
            found.extend(growth_finding(report, key.0, key.1));
            found.extend(identity_finding(report, key.0, key.1));
        }
    }
    found
}

fn growth_finding(report: &Report, id: &str, period: Period) -> Option<Finding> {
    let indicator = report.indicator(id)?;
    let printed = report.latest_where(id, period, |o| o.growth().is_some())?.growth().copied()?;
    let now = report.level(id, period)?;
    let before_period = period.checked_previous_year().ok()?;
    let before = report.level(id, before_period)?;
    let implied = growth(&now, &before).ok()?;
    let reported = Estimate::from(&Quantity::from_reported(printed, Unit::percent()));
    let gap = implied.interval().gap_to(&reported.interval())?;
    let show = |d: Decimal| format_rounded(d, Lang::En, d.scale());
    let message = format!(
        "{id} {period}: the reported growth of {}% disagrees with the levels {} ({period}) and {} ({before_period}) {}, \
         which give {}%; the printed bounds cannot explain a gap of {} percentage points.",
        show(printed.value()),
        show(now.value()),
        show(before.value()),
        indicator.unit(),
        format_estimate(&implied, Lang::En, 2),
        format_rounded(gap, Lang::En, 2),
    );
    Some(Finding {
        kind: FindingKind::Growth,
        indicators: vec![id.to_string()],
        period,
        reported,
        implied,
        gap,
        message,
    })
}

fn identity_finding(report: &Report, id: &str, period: Period) -> Option<Finding> {
    let indicator = report.indicator(id)?;
    let identity = indicator.identity()?;
    let level = report.level(id, period)?;
    let inputs: Vec<Quantity> = identity.inputs().iter().map(|i| report.level(i, period)).collect::<Option<_>>()?;
    let implied = implied_by(identity, &inputs, indicator).ok()?;
    let reported = Estimate::from(&level);
    let gap = implied.interval().gap_to(&reported.interval())?;
    let formula = match identity {
        Identity::Difference(a, b) => format!("{a} − {b}"),
        Identity::Sum(parts) => parts.join(" + "),
        Identity::Share(a, b) => format!("{a} / {b} × 100"),
    };
    let message = format!(
        "{id} {period}: the reported {} disagrees with {formula} = {}; the printed bounds cannot explain a gap of {} {}.",
        crate::text::format_quantity(&level, Lang::En),
        format_estimate(&implied, Lang::En, 2),
        format_rounded(gap, Lang::En, 2),
        indicator.unit(),
    );
    let mut indicators = vec![id.to_string()];
    indicators.extend(identity.inputs().iter().map(|s| s.to_string()));
    Some(Finding { kind: FindingKind::Identity, indicators, period, reported, implied, gap, message })
}

/// What the identity's inputs imply for the indicator, in the indicator's unit.
fn implied_by(identity: &Identity, inputs: &[Quantity], indicator: &Indicator) -> Result<Estimate> {
    let estimates: Vec<Estimate> = inputs.iter().map(Estimate::from).collect();
    let implied = match identity {
        Identity::Difference(..) => estimates[0].checked_sub(&estimates[1])?,
        Identity::Sum(_) => {
            let mut total = estimates[0].clone();
            for part in &estimates[1..] {
                total = total.checked_add(part)?;
            }
            total
        }
        Identity::Share(..) => return share(&estimates[0], &estimates[1]),
    };
    implied.to(indicator.unit())
}
