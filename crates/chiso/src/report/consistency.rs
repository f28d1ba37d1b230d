//! Where a report's own figures disagree beyond what their printed bounds can explain, and
//! where a figure is one its indicator cannot take (outside its natural range, a count that is
//! not whole). Findings keep their figures and are written in either language on demand.

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use super::Report;
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::figures::Figures;
use crate::growth::{growth, share};
use crate::indicator::{Identity, Indicator, Names};
use crate::interval::Interval;
use crate::period::Period;
use crate::quantity::Quantity;
use crate::reason::{estimate_in, gap_in, growth_in, name_in, period_in};
use crate::text::{format_decimal, format_growth, format_quantity, with_unit, Lang};
use crate::unit::{power_of_ten, Dimension, Unit};
use crate::value::Reported;

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
    /// A level whose printed interval lies wholly outside its indicator's
    /// [`NaturalRange`](crate::NaturalRange): a share of 140%, a count of −41.
    OutOfRange,
    /// A count whose printed interval holds no whole number: 12.5 products.
    NotWhole,
}

impl FindingKind {
    /// The name: `growth`, `identity`, `out_of_range` or `not_whole`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::FindingKind::Growth.name(), "growth");
    /// assert_eq!(chiso::FindingKind::OutOfRange.name(), "out_of_range");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::Growth => "growth",
            FindingKind::Identity => "identity",
            FindingKind::OutOfRange => "out_of_range",
            FindingKind::NotWhole => "not_whole",
        }
    }
}

/// The figures a finding or an unchecked relation is written from, in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Detail {
    /// A printed growth and the levels of the two periods it relates.
    Growth { name: Names, printed: Reported, now: (Quantity, Period), before: (Quantity, Period) },
    /// A level and the identity its inputs (named) should satisfy.
    Identity { name: Names, level: Quantity, identity: Identity, inputs: Vec<Names> },
    /// A level beyond the end `limit` of its natural range: below it when `below`.
    OutOfRange { name: Names, level: Quantity, limit: Decimal, below: bool },
    /// A count that is no whole number.
    NotWhole { name: Names, level: Quantity },
}

impl Detail {
    /// `Retail sales … 2024: `, `Tổng mức bán lẻ … năm 2024: `.
    fn subject(&self, period: Period, lang: Lang) -> String {
        let name = match self {
            Detail::Growth { name, .. }
            | Detail::Identity { name, .. }
            | Detail::OutOfRange { name, .. }
            | Detail::NotWhole { name, .. } => name,
        };
        format!("{} {}: ", name_in(name, lang), period_in(period, lang))
    }

    /// What was compared with what.
    fn relation(&self, lang: Lang) -> String {
        let reported = match lang {
            Lang::En => "the reported",
            Lang::Vi => "số liệu công bố",
        };
        match self {
            Detail::Growth { printed, now, before, .. } => {
                let level =
                    |(q, p): &(Quantity, Period)| format!("{} ({})", format_quantity(q, lang), period_in(*p, lang));
                match lang {
                    Lang::En => format!(
                        "the reported growth of {} and the levels {} and {}",
                        format_quantity(&Quantity::from_reported(*printed, Unit::percent()), lang),
                        level(now),
                        level(before)
                    ),
                    Lang::Vi => format!(
                        "số liệu công bố {} so với cùng kỳ và các mức {} và {}",
                        format_growth(printed, lang),
                        level(now),
                        level(before)
                    ),
                }
            }
            Detail::Identity { level, identity, inputs, .. } => {
                let names: Vec<&str> = inputs.iter().map(|n| name_in(n, lang)).collect();
                let formula = match identity {
                    Identity::Difference(..) => format!("{} − {}", names[0], names[1]),
                    Identity::Sum(_) => names.join(" + "),
                    Identity::Share(..) => format!("{} / {} × 100", names[0], names[1]),
                };
                format!("{reported} {} = {formula}", format_quantity(level, lang))
            }
            Detail::OutOfRange { level, .. } | Detail::NotWhole { level, .. } => {
                format!("{reported} {}", format_quantity(level, lang))
            }
        }
    }

    /// The finding as a sentence in `lang`.
    fn finding(&self, period: Period, implied: &Estimate, gap: Decimal, lang: Lang) -> String {
        let (subject, relation) = (self.subject(period, lang), self.relation(lang));
        let cannot = match lang {
            Lang::En => "the printed bounds cannot explain a gap of",
            Lang::Vi => "sai số làm tròn không giải thích được khoảng chênh",
        };
        match (self, lang) {
            (Detail::Growth { .. }, _) => {
                let gap = gap_in(gap, Some(&Unit::percent()), lang);
                match lang {
                    Lang::En => format!(
                        "{subject}{relation} disagree: the levels give {}; {cannot} {gap}.",
                        estimate_in(implied, lang)
                    ),
                    Lang::Vi => format!(
                        "{subject}{relation} không khớp nhau: các mức này cho thấy {}; {cannot} {gap}.",
                        growth_in(implied, lang)
                    ),
                }
            }
            (Detail::Identity { level, .. }, _) => {
                let (implied, gap) = (estimate_in(implied, lang), gap_in(gap, Some(level.unit()), lang));
                match lang {
                    Lang::En => {
                        format!("{subject}{relation} does not hold: the inputs give {implied}; {cannot} {gap}.")
                    }
                    Lang::Vi => {
                        format!("{subject}{relation} không đúng: các thành phần cho {implied}; {cannot} {gap}.")
                    }
                }
            }
            (Detail::OutOfRange { level, limit, below, .. }, _) => {
                let limit = with_unit(format_decimal(*limit, lang), Some(level.unit()), lang);
                match (lang, below) {
                    (Lang::En, true) => format!("{subject}{relation} is below {limit}, the least it can be."),
                    (Lang::En, false) => format!("{subject}{relation} is above {limit}, the most it can be."),
                    (Lang::Vi, true) => format!("{subject}{relation} thấp hơn {limit}, mức thấp nhất có thể."),
                    (Lang::Vi, false) => format!("{subject}{relation} cao hơn {limit}, mức cao nhất có thể."),
                }
            }
            (Detail::NotWhole { .. }, Lang::En) => {
                format!("{subject}{relation} is not a whole number, and a count must be.")
            }
            (Detail::NotWhole { .. }, Lang::Vi) => {
                format!("{subject}{relation} không phải là số nguyên, trong khi số đếm phải là số nguyên.")
            }
        }
    }

    /// An unchecked relation as a sentence in `lang`.
    fn unchecked(&self, period: Period, reason: &str, lang: Lang) -> String {
        let (subject, relation) = (self.subject(period, lang), self.relation(lang));
        let verb = if matches!(self, Detail::Growth { .. }) { "were" } else { "was" };
        match lang {
            Lang::En => format!("{subject}{relation} {verb} not checked, because {reason}"),
            Lang::Vi => format!("{subject}{relation} chưa được đối chiếu, vì: {reason}"),
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    kind: FindingKind,
    indicators: Vec<String>,
    period: Period,
    reported: Estimate,
    implied: Estimate,
    gap: Decimal,
    detail: Detail,
}

impl Serialize for Finding {
    /// The figures, and the English message.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct View<'a> {
            kind: FindingKind,
            indicators: &'a [String],
            period: Period,
            reported: &'a Estimate,
            implied: &'a Estimate,
            gap: Decimal,
            message: String,
        }
        View {
            kind: self.kind,
            indicators: &self.indicators,
            period: self.period,
            reported: &self.reported,
            implied: &self.implied,
            gap: self.gap,
            message: self.to_string(),
        }
        .serialize(serializer)
    }
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
    /// a growth or a percentage).
    ///
    /// # Example
    ///
    /// See [`Finding`].
    pub fn gap(&self) -> Decimal {
        self.gap
    }

    /// The finding as a sentence in `lang`, with the indicators' names in that language and
    /// its numbers written as that language writes them. [`Display`](fmt::Display) is English.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Lang, Report};
    ///
    /// let json = chiso::datasets::binh_duong_2024().to_json().replacen(
    ///     "\"value\": \"41\"", "\"value\": \"-41\"", 1);
    /// let findings = Report::from_json(&json)?.check();
    /// assert_eq!(findings[0].kind(), chiso::FindingKind::OutOfRange);
    /// assert_eq!(
    ///     findings[0].message_in(Lang::Vi),
    ///     "Sản phẩm công nghiệp nông thôn tiêu biểu đạt cấp tỉnh năm 2024: số liệu công bố -41 sản phẩm \
    ///      thấp hơn 0 sản phẩm, mức thấp nhất có thể."
    /// );
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn message_in(&self, lang: Lang) -> String {
        self.detail.finding(self.period, &self.implied, self.gap, lang)
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UncheckedRelation {
    kind: FindingKind,
    indicators: Vec<String>,
    period: Period,
    reason: String,
    detail: Detail,
}

impl Serialize for UncheckedRelation {
    /// The relation, why it was not checked, and the English message.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct View<'a> {
            kind: FindingKind,
            indicators: &'a [String],
            period: Period,
            reason: &'a str,
            message: String,
        }
        let message = self.to_string();
        View { kind: self.kind, indicators: &self.indicators, period: self.period, reason: &self.reason, message }
            .serialize(serializer)
    }
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

    /// The relation and why it was not checked, as a sentence in `lang`; the error's own
    /// words ([`UncheckedRelation::reason`]) stay English. [`Display`](fmt::Display) is English.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Lang;
    ///
    /// let json = chiso::datasets::binh_duong_2024().to_json().replacen(
    ///     "\"observations\": [",
    ///     "\"observations\": [{\"indicator\": \"retail_sales\", \"period\": \"2023\", \"value\": \"0\", \"bound\": \"exact\"},",
    ///     1,
    /// );
    /// let consistency = chiso::Report::from_json(&json)?.consistency();
    /// let message = consistency.unchecked()[0].message_in(Lang::Vi);
    /// assert!(message.starts_with(
    ///     "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2024: số liệu công bố tăng 13,3% so với cùng kỳ \
    ///      và các mức 351.640 tỷ đồng (năm 2024) và 0 tỷ đồng (năm 2023) chưa được đối chiếu, vì: "
    /// ), "{message}");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn message_in(&self, lang: Lang) -> String {
        self.detail.unchecked(self.period, &self.reason, lang)
    }
}

impl fmt::Display for UncheckedRelation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
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

    /// Adds sanity findings, which are no relation and count in no agreement.
    pub(crate) fn extend_findings(&mut self, findings: Vec<Finding>) {
        self.findings.extend(findings);
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

/// Checks every relation of one figure (its printed growth against its levels, and its
/// identity) and whether its level is one its indicator can take.
fn check_figure<F: Figures + ?Sized>(figures: &F, id: &str, period: Period, into: &mut Consistency) {
    for outcome in [growth_relation(figures, id, period), identity_relation(figures, id, period)].into_iter().flatten()
    {
        into.add(outcome);
    }
    into.extend_findings(sanity_findings(figures, id, period));
}

pub(crate) fn growth_relation<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Outcome> {
    let indicator = report.indicator(id)?;
    let printed = report.printed_growth(id, period)?;
    let now = report.level(id, period)?;
    let before_period = period.checked_previous_year().ok()?;
    let before = report.level(id, before_period)?;
    let implied = growth(&now, &before);
    let detail = || Detail::Growth {
        name: indicator.name().clone(),
        printed,
        now: (now.clone(), period),
        before: (before.clone(), before_period),
    };
    let implied = match implied {
        Ok(implied) => implied,
        Err(err) => return Some(unchecked(FindingKind::Growth, vec![id.to_string()], period, detail(), err)),
    };
    let reported = Estimate::from(&Quantity::from_reported(printed, Unit::percent()));
    let Some(gap) = implied.interval().gap_to(&reported.interval()) else {
        return Some(Outcome::Agrees);
    };
    Some(Outcome::Disagrees(Finding {
        kind: FindingKind::Growth,
        indicators: vec![id.to_string()],
        period,
        reported,
        implied,
        gap,
        detail: detail(),
    }))
}

pub(crate) fn identity_relation<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Outcome> {
    let indicator = report.indicator(id)?;
    let identity = indicator.identity()?;
    let level = report.level(id, period)?;
    let inputs: Vec<Quantity> = identity.inputs().iter().map(|i| report.level(i, period)).collect::<Option<_>>()?;
    let mut indicators = vec![id.to_string()];
    indicators.extend(identity.inputs().iter().map(|s| s.to_string()));
    // An input is in the catalogue (it was checked when the indicator came in); its id stands
    // for its name otherwise.
    let names = identity
        .inputs()
        .iter()
        .map(|i| report.indicator(i).map_or_else(|| Names::new(*i, *i), |input| input.name().clone()))
        .collect();
    let detail = Detail::Identity {
        name: indicator.name().clone(),
        level: level.clone(),
        identity: identity.clone(),
        inputs: names,
    };
    let implied = match implied_by(identity, &inputs, indicator) {
        Ok(implied) => implied,
        Err(err) => return Some(unchecked(FindingKind::Identity, indicators, period, detail, err)),
    };
    let reported = Estimate::from(&level);
    let Some(gap) = implied.interval().gap_to(&reported.interval()) else {
        return Some(Outcome::Agrees);
    };
    Some(Outcome::Disagrees(Finding {
        kind: FindingKind::Identity,
        indicators,
        period,
        reported,
        implied,
        gap,
        detail,
    }))
}

/// Whether a level is one its indicator can take: inside its natural range, and for a count
/// a whole number. Each is a finding only when no value the printed figure allows could be
/// right: a printed 100% may be 100.4%, so a share of 100% is no finding.
pub(crate) fn sanity_findings<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Vec<Finding> {
    let (Some(indicator), Some(level)) = (report.indicator(id), report.level(id, period)) else {
        return Vec::new();
    };
    let interval = level.interval();
    let reported = Estimate::from(&level);
    let finding = |kind, implied: Decimal, detail| {
        let implied = Estimate::from(&Quantity::new(implied, level.unit().clone(), crate::Bound::Exact));
        // The implied value lies outside the printed interval, so the two are apart.
        let gap = interval.gap_to(&implied.interval()).unwrap_or(Decimal::ZERO);
        Finding { kind, indicators: vec![id.to_string()], period, reported: reported.clone(), implied, gap, detail }
    };
    let mut findings = Vec::new();
    if let Some(limit) = indicator.range().and_then(|r| r.excluded_by(&interval)) {
        let below = interval.all_less_than(limit);
        let detail = Detail::OutOfRange { name: indicator.name().clone(), level: level.clone(), limit, below };
        findings.push(finding(FindingKind::OutOfRange, limit, detail));
    }
    if matches!(level.unit().dimension(), Dimension::Count(_)) && !holds_whole_number(&interval, level.unit()) {
        let nearest = nearest_whole(level.value(), level.unit());
        let detail = Detail::NotWhole { name: indicator.name().clone(), level: level.clone() };
        findings.push(finding(FindingKind::NotWhole, nearest, detail));
    }
    findings
}

/// Whether some value of `interval`, a count in `unit` (perhaps scaled: 1.5 thousand products
/// is 1,500), is a whole number of things.
pub(crate) fn holds_whole_number(interval: &Interval, unit: &Unit) -> bool {
    let factor = power_of_ten(i64::from(unit.scale().exponent()));
    // A count so large that scaling overflows has no fraction left at that scale.
    let Some(things) = factor.ok().and_then(|f| interval.checked_mul(&Interval::point(f)).ok()) else {
        return true;
    };
    let Some(low) = things.low_value() else {
        return true;
    };
    let first = if things.contains(low.floor()) { low.floor() } else { low.floor() + Decimal::ONE };
    things.contains(first)
}

/// The whole number of things nearest a count in `unit`, in `unit`.
fn nearest_whole(value: Decimal, unit: &Unit) -> Decimal {
    match power_of_ten(i64::from(unit.scale().exponent())) {
        Ok(factor) => value.checked_mul(factor).map_or(value, |v| v.round() / factor),
        Err(_) => value.round(),
    }
}

fn unchecked(kind: FindingKind, indicators: Vec<String>, period: Period, detail: Detail, err: Error) -> Outcome {
    Outcome::Unchecked(UncheckedRelation { kind, indicators, period, reason: err.to_string(), detail })
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
