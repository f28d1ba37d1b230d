//! Where a report's own figures disagree beyond what their printed bounds can explain.

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use super::Report;
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::figures::Figures;
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

/// Every relation between a report's figures: how many agree within their printed bounds,
/// where they disagree, and which could not be checked and why.
///
/// A relation is a reported growth with the levels of both periods it relates, or an
/// identity with the levels of the indicator and of all its inputs. One that could not be
/// computed (a zero base, a zero whole, units that do not combine, an overflow) is neither an
/// agreement nor a finding: it is listed in [`Consistency::unchecked`] with its reason.
///
/// # Example
///
/// ```
/// let mut report_json = chiso::datasets::binh_duong_2024().to_json();
/// // A 2023 level of zero: the reported 13.3% growth cannot be measured from it.
/// report_json = report_json.replacen(
///     "\"observations\": [",
///     "\"observations\": [{\"indicator\": \"retail_sales\", \"period\": \"2023\", \"value\": \"0\", \"bound\": \"exact\"},",
///     1,
/// );
/// let consistency = chiso::Report::from_json(&report_json)?.consistency();
/// assert!(consistency.findings().is_empty());
/// assert_eq!(consistency.unchecked().len(), 1);
/// assert_eq!(consistency.unchecked()[0].indicators(), ["retail_sales"]);
/// assert!(!consistency.all_agree());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Consistency {
    agreeing: usize,
    findings: Vec<Finding>,
    unchecked: Vec<UncheckedRelation>,
}

impl Consistency {
    /// How many relations were checked and agree within their printed bounds.
    ///
    /// # Example
    ///
    /// ```
    /// // The embedded report prints no growth beside both of the levels it relates.
    /// assert_eq!(chiso::datasets::binh_duong_2024().consistency().agreeing(), 0);
    /// ```
    pub fn agreeing(&self) -> usize {
        self.agreeing
    }

    /// The relations that were checked and disagree.
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The relations that could not be checked, each with why.
    ///
    /// # Example
    ///
    /// See [`Consistency`].
    pub fn unchecked(&self) -> &[UncheckedRelation] {
        &self.unchecked
    }

    /// Whether every relation was checked and agrees: no finding and nothing unchecked (also
    /// when there is no relation at all; see [`Consistency::agreeing`]).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::datasets::binh_duong_2024().consistency().all_agree());
    /// ```
    pub fn all_agree(&self) -> bool {
        self.findings.is_empty() && self.unchecked.is_empty()
    }

    pub(super) fn into_findings(self) -> Vec<Finding> {
        self.findings
    }
}

/// A relation between a report's figures that could not be checked: it is not a finding, and
/// not an agreement either.
///
/// # Example
///
/// See [`Consistency`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UncheckedRelation {
    kind: FindingKind,
    indicators: Vec<String>,
    period: Period,
    reason: String,
    message: String,
}

impl UncheckedRelation {
    /// Which kind of relation it is.
    ///
    /// # Example
    ///
    /// See [`Consistency`].
    pub fn kind(&self) -> FindingKind {
        self.kind
    }

    /// The ids of the indicators involved, the checked one first.
    ///
    /// # Example
    ///
    /// See [`Consistency`].
    pub fn indicators(&self) -> &[String] {
        &self.indicators
    }

    /// The period of the figure that was to be checked.
    ///
    /// # Example
    ///
    /// See [`Consistency`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// Why it could not be checked: the error computing the relation gave.
    ///
    /// # Example
    ///
    /// See [`Consistency`].
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for UncheckedRelation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// What checking one relation gave.
pub(crate) enum Outcome {
    Agrees,
    Disagrees(Finding),
    Unchecked(UncheckedRelation),
}

impl Consistency {
    /// Nothing checked yet.
    pub(crate) fn empty() -> Consistency {
        Consistency { agreeing: 0, findings: Vec::new(), unchecked: Vec::new() }
    }

    /// Counts one relation's outcome, if there was a relation.
    pub(crate) fn extend(&mut self, outcome: Option<Outcome>) {
        if let Some(outcome) = outcome {
            self.add(outcome);
        }
    }

    /// Counts one relation's outcome.
    pub(crate) fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Agrees => self.agreeing += 1,
            Outcome::Disagrees(finding) => self.findings.push(finding),
            Outcome::Unchecked(unchecked) => self.unchecked.push(unchecked),
        }
    }
}

pub(super) fn consistency(report: &Report) -> Consistency {
    let mut result = Consistency::empty();
    for &first in &report.firsts {
        let observation = &report.observations[first];
        check_figure(report, observation.indicator(), observation.period(), &mut result);
    }
    result
}

/// Checks every relation of one figure: its printed growth against its levels, and its
/// identity.
fn check_figure<F: Figures + ?Sized>(figures: &F, id: &str, period: Period, into: &mut Consistency) {
    for outcome in [growth_relation(figures, id, period), identity_relation(figures, id, period)].into_iter().flatten()
    {
        into.add(outcome);
    }
}

pub(crate) fn growth_relation<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Outcome> {
    let indicator = report.indicator(id)?;
    let printed = report.printed_growth(id, period)?;
    let now = report.level(id, period)?;
    let before_period = period.checked_previous_year().ok()?;
    let before = report.level(id, before_period)?;
    let show = |d: Decimal| format_rounded(d, Lang::En, d.scale());
    // Written only for a relation that is reported: most agree.
    let levels = || {
        format!(
            "the levels {} ({period}) and {} ({before_period}) {}",
            show(now.value()),
            show(before.value()),
            indicator.unit()
        )
    };
    let printed_text = || format!("the reported growth of {}%", show(printed.value()));
    let implied = match growth(&now, &before) {
        Ok(implied) => implied,
        Err(err) => {
            let relation = format!("{} against {}", printed_text(), levels());
            return Some(unchecked(FindingKind::Growth, vec![id.to_string()], period, &relation, err));
        }
    };
    let reported = Estimate::from(&Quantity::from_reported(printed, Unit::percent()));
    let Some(gap) = implied.interval().gap_to(&reported.interval()) else {
        return Some(Outcome::Agrees);
    };
    let (printed_text, levels) = (printed_text(), levels());
    let message = format!(
        "{id} {period}: {printed_text} disagrees with {levels}, which give {}; the printed bounds cannot explain a \
         gap of {} percentage points.",
        format_estimate(&implied, Lang::En, 2),
        format_rounded(gap, Lang::En, 2),
    );
    Some(Outcome::Disagrees(Finding {
        kind: FindingKind::Growth,
        indicators: vec![id.to_string()],
        period,
        reported,
        implied,
        gap,
        message,
    }))
}

pub(crate) fn identity_relation<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Outcome> {
    let indicator = report.indicator(id)?;
    let identity = indicator.identity()?;
    let level = report.level(id, period)?;
    let inputs: Vec<Quantity> = identity.inputs().iter().map(|i| report.level(i, period)).collect::<Option<_>>()?;
    let formula = match identity {
        Identity::Difference(a, b) => format!("{a} − {b}"),
        Identity::Sum(parts) => parts.join(" + "),
        Identity::Share(a, b) => format!("{a} / {b} × 100"),
    };
    let mut indicators = vec![id.to_string()];
    indicators.extend(identity.inputs().iter().map(|s| s.to_string()));
    let shown = crate::text::format_quantity(&level, Lang::En);
    let implied = match implied_by(identity, &inputs, indicator) {
        Ok(implied) => implied,
        Err(err) => {
            let relation = format!("the reported {shown} = {formula}");
            return Some(unchecked(FindingKind::Identity, indicators, period, &relation, err));
        }
    };
    let reported = Estimate::from(&level);
    let Some(gap) = implied.interval().gap_to(&reported.interval()) else {
        return Some(Outcome::Agrees);
    };
    let message = format!(
        "{id} {period}: the reported {shown} disagrees with {formula} = {}; the printed bounds cannot explain a gap \
         of {} {}.",
        format_estimate(&implied, Lang::En, 2),
        format_rounded(gap, Lang::En, 2),
        indicator.unit(),
    );
    Some(Outcome::Disagrees(Finding {
        kind: FindingKind::Identity,
        indicators,
        period,
        reported,
        implied,
        gap,
        message,
    }))
}

fn unchecked(kind: FindingKind, indicators: Vec<String>, period: Period, relation: &str, err: Error) -> Outcome {
    let reason = err.to_string();
    let message = format!("{} {period}: {relation} was not checked, because {reason}", indicators[0]);
    Outcome::Unchecked(UncheckedRelation { kind, indicators, period, reason, message })
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
