//! The scorecard: one row per indicator with its latest figures and the verdicts on its targets.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::Report;
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::growth::implied_base;
use crate::indicator::Indicator;
use crate::observation::Status;
use crate::period::Period;
use crate::quantity::Quantity;
use crate::rest_of_year::{Requirement, RestOfYear};
use crate::target::{Assessment, Spec, Target};
use crate::unit::Unit;
use crate::value::Reported;

/// A report's scorecard.
///
/// # Example
///
/// ```
/// let card = chiso::datasets::binh_duong_2024().scorecard()?;
/// let retail = card.row("retail_sales").unwrap();
/// assert_eq!(retail.value().unwrap().value().to_string(), "351640");
/// // Bình Dương ceased to exist on 1 July 2025: no 2025 figure will come.
/// assert_eq!(retail.assessments()[0].verdict(), chiso::Verdict::NotAssessable);
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scorecard {
    rows: Vec<ScorecardRow>,
}

/// One indicator on a scorecard.
///
/// # Example
///
/// See [`Scorecard`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScorecardRow {
    #[serde(serialize_with = "serialize_indicator")]
    indicator: Indicator,
    period: Option<Period>,
    #[serde(serialize_with = "serialize_quantity")]
    value: Option<Quantity>,
    #[serde(serialize_with = "serialize_reported")]
    growth: Option<Reported>,
    status: Option<Status>,
    implied_previous: Option<Estimate>,
    #[serde(serialize_with = "serialize_error")]
    implied_previous_error: Option<Error>,
    assessments: Vec<Assessment>,
    failures: Vec<TargetFailure>,
}

/// A target whose check failed, such as one whose required level overflows a `Decimal`: the
/// scorecard shows it in its row with the error, and every other figure as usual.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Condition, Target};
/// use rust_decimal::Decimal;
///
/// // 351,640 billion đồng grown by 10^27 percent does not fit in a decimal.
/// let huge = Condition::AtLeast(Decimal::from_i128_with_scale(10_i128.pow(27), 0));
/// let report = datasets::binh_duong_2024().with_target(Target::growth("retail_sales", "2025".parse()?, huge)?)?;
/// let card = report.scorecard()?;
/// let retail = card.row("retail_sales").unwrap();
/// assert_eq!(retail.assessments().len(), 1);
/// let failure = &retail.failures()[0];
/// assert_eq!(failure.indicator(), "retail_sales");
/// assert_eq!(failure.error().kind(), "overflow");
/// assert!(failure.to_string().starts_with("retail_sales 2025 growth at least 1,000,000,000,000,000,000,000,000,000%: "));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetFailure {
    indicator: String,
    period: Period,
    #[serde(skip)]
    spec: Spec,
    target: String,
    #[serde(skip)]
    error: Error,
    kind: &'static str,
    message: String,
}

impl TargetFailure {
    fn new(target: &Target, unit: &Unit, error: Error) -> TargetFailure {
        TargetFailure {
            indicator: target.indicator().to_string(),
            period: target.period(),
            spec: target.spec(),
            target: describe_target(target.spec(), unit),
            kind: error.kind(),
            message: error.to_string(),
            error,
        }
    }

    /// The indicator's id.
    ///
    /// # Example
    ///
    /// See [`TargetFailure`].
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The target's period.
    ///
    /// # Example
    ///
    /// See [`TargetFailure`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// What the target constrains.
    ///
    /// # Example
    ///
    /// See [`TargetFailure`].
    pub fn spec(&self) -> Spec {
        self.spec
    }

    /// The target as the scorecard's lines write it: `growth at least 9.7%`.
    ///
    /// # Example
    ///
    /// See [`TargetFailure`].
    pub fn target(&self) -> &str {
        &self.target
    }

    /// Why the check failed.
    ///
    /// # Example
    ///
    /// See [`TargetFailure`].
    pub fn error(&self) -> &Error {
        &self.error
    }
}

impl std::fmt::Display for TargetFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}: {}", self.indicator, self.period, self.target, self.message)
    }
}

/// `growth 13–14%`, `level at least 99.99%`: the target in English.
fn describe_target(spec: Spec, unit: &Unit) -> String {
    spec.describe(unit, crate::text::Lang::En)
}

impl Scorecard {
    /// The rows, in the report's order of indicators; an indicator with neither a figure nor
    /// a target has no row.
    ///
    /// # Example
    ///
    /// ```
    /// let card = chiso::datasets::binh_duong_2024().scorecard()?;
    /// assert!(card.rows().iter().all(|r| r.indicator().id() != "national_exports"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn rows(&self) -> &[ScorecardRow] {
        &self.rows
    }

    /// The row of one indicator.
    ///
    /// # Example
    ///
    /// See [`Scorecard`].
    pub fn row(&self, id: &str) -> Option<&ScorecardRow> {
        self.rows.iter().find(|r| r.indicator.id() == id)
    }

    /// The scorecard as flat records, one per target (or one per indicator without a
    /// target): what a table, a CSV file or a data frame wants. A target whose check failed
    /// has a line with its `error` and no verdict.
    ///
    /// # Example
    ///
    /// ```
    /// let card = chiso::datasets::binh_duong_2024().scorecard()?;
    /// let lines = card.lines();
    /// let retail = lines.iter().find(|l| l.indicator == "retail_sales").unwrap();
    /// assert_eq!(retail.target.as_deref(), Some("growth 13–14%"));
    /// assert_eq!(retail.verdict.as_deref(), Some("not_assessable"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn lines(&self) -> Vec<ScorecardLine> {
        let mut lines = Vec::new();
        for row in &self.rows {
            let base = row.line();
            if row.assessments.is_empty() && row.failures.is_empty() {
                lines.push(base);
                continue;
            }
            for assessment in &row.assessments {
                lines.push(base.clone().with_assessment(assessment, row.indicator.unit()));
            }
            for failure in &row.failures {
                lines.push(base.clone().with_failure(failure));
            }
        }
        lines
    }
}

impl ScorecardRow {
    /// The indicator.
    ///
    /// # Example
    ///
    /// See [`Scorecard`].
    pub fn indicator(&self) -> &Indicator {
        &self.indicator
    }

    /// The latest period with a figure, if any.
    ///
    /// # Example
    ///
    /// ```
    /// let card = chiso::datasets::binh_duong_2024().scorecard()?;
    /// assert_eq!(card.row("iip").unwrap().period().unwrap().to_string(), "2024");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn period(&self) -> Option<Period> {
        self.period
    }

    /// The latest level, in the indicator's unit.
    ///
    /// # Example
    ///
    /// See [`Scorecard`].
    pub fn value(&self) -> Option<&Quantity> {
        self.value.as_ref()
    }

    /// The latest growth in percent against the same period a year earlier.
    ///
    /// # Example
    ///
    /// ```
    /// let card = chiso::datasets::binh_duong_2024().scorecard()?;
    /// assert_eq!(card.row("iip").unwrap().growth().unwrap().value().to_string(), "7.6");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn growth(&self) -> Option<&Reported> {
        self.growth.as_ref()
    }

    /// The status of the latest vintage.
    ///
    /// # Example
    ///
    /// ```
    /// let card = chiso::datasets::binh_duong_2024().scorecard()?;
    /// assert_eq!(card.row("iip").unwrap().status(), Some(chiso::Status::Estimated));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn status(&self) -> Option<Status> {
        self.status
    }

    /// The previous year's level that the value and its growth imply.
    ///
    /// # Example
    ///
    /// See [`Report::scorecard`].
    pub fn implied_previous(&self) -> Option<&Estimate> {
        self.implied_previous.as_ref()
    }

    /// Why a row with a value and a growth has no implied previous-year level: a fall of 100%
    /// or more implies none, and a base beyond a `Decimal`'s range overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Observation};
    ///
    /// let report = datasets::binh_duong_2024().with_observation(
    ///     Observation::new("retail_sales", "2025".parse()?)?
    ///         .with_value("79000000000000000000000000000".parse()?)
    ///         .with_growth("-50".parse()?),
    /// )?;
    /// let card = report.scorecard()?;
    /// let retail = card.row("retail_sales").unwrap();
    /// assert!(retail.implied_previous().is_none());
    /// assert_eq!(retail.implied_previous_error().unwrap().kind(), "overflow");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn implied_previous_error(&self) -> Option<&Error> {
        self.implied_previous_error.as_ref()
    }

    /// The verdicts on the indicator's targets, but for those whose check failed.
    ///
    /// # Example
    ///
    /// See [`Scorecard`].
    pub fn assessments(&self) -> &[Assessment] {
        &self.assessments
    }

    /// The indicator's targets whose check failed, each with its error.
    ///
    /// # Example
    ///
    /// See [`TargetFailure`].
    pub fn failures(&self) -> &[TargetFailure] {
        &self.failures
    }

    fn line(&self) -> ScorecardLine {
        let implied = self.implied_previous.as_ref();
        ScorecardLine {
            indicator: self.indicator.id().to_string(),
            name_vi: self.indicator.name().vi.clone(),
            name_en: self.indicator.name().en.clone(),
            unit: self.indicator.unit().to_string(),
            period: self.period.map(|p| p.to_string()),
            value: self.value.as_ref().map(Quantity::value),
            bound: self.value.as_ref().map(|q| q.bound().name().to_string()),
            growth: self.growth.map(|g| g.value()),
            growth_bound: self.growth.map(|g| g.bound().name().to_string()),
            status: self.status.map(|s| s.code().to_string()),
            implied_previous: implied.map(Estimate::value),
            implied_previous_low: implied.and_then(Estimate::low),
            implied_previous_high: implied.and_then(Estimate::high),
            implied_previous_error: self.implied_previous_error.as_ref().map(Error::to_string),
            target_period: None,
            target: None,
            required: None,
            required_upper: None,
            verdict: None,
            gap_pp: None,
            reason: None,
            error: None,
            rest_of_year: None,
            rest_of_year_growth: None,
            rest_of_year_growth_upper: None,
            progress: None,
            progress_measure: None,
        }
    }
}

/// One flat record of a scorecard: an indicator's figures and one of its targets.
///
/// # Example
///
/// See [`Scorecard::lines`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScorecardLine {
    /// The indicator's id.
    pub indicator: String,
    /// Its Vietnamese name.
    pub name_vi: String,
    /// Its English name.
    pub name_en: String,
    /// Its unit, as the JSON format writes it.
    pub unit: String,
    /// The latest period with a figure.
    pub period: Option<String>,
    /// The latest level.
    pub value: Option<Decimal>,
    /// The level's bound.
    pub bound: Option<String>,
    /// The latest growth, in percent.
    pub growth: Option<Decimal>,
    /// The growth's bound.
    pub growth_bound: Option<String>,
    /// The status code of the latest vintage.
    pub status: Option<String>,
    /// The implied previous-year level.
    pub implied_previous: Option<Decimal>,
    /// Its low end (`None` when unbounded).
    pub implied_previous_low: Option<Decimal>,
    /// Its high end (`None` when unbounded).
    pub implied_previous_high: Option<Decimal>,
    /// Why there is no implied previous-year level despite a value and a growth.
    pub implied_previous_error: Option<String>,
    /// The target's period.
    pub target_period: Option<String>,
    /// The target, as `growth 13–14%` or `level at least 99.99%` ([`Spec::describe`] writes
    /// it in Vietnamese).
    pub target: Option<String>,
    /// The level the target requires.
    pub required: Option<Decimal>,
    /// The level at the high end of a range target.
    pub required_upper: Option<Decimal>,
    /// The verdict's name.
    pub verdict: Option<String>,
    /// The gap to the target in percentage points.
    pub gap_pp: Option<Decimal>,
    /// Why, in English ([`Assessment::reason_in`] gives it in Vietnamese).
    pub reason: Option<String>,
    /// Why the target could not be checked, when its check failed.
    pub error: Option<String>,
    /// What the rest of the year needs, in English ([`RestOfYear::describe`] gives it in
    /// Vietnamese), for an annual target tracked by a year to date.
    pub rest_of_year: Option<String>,
    /// The growth the rest of the year needs, in percent ([`Requirement::growth`]).
    pub rest_of_year_growth: Option<Decimal>,
    /// The growth the rest of the year needs at a range's high end.
    pub rest_of_year_growth_upper: Option<Decimal>,
    /// The progress class of a level target for a future year ([`ProgressClass::name`], or
    /// `undetermined`).
    ///
    /// [`ProgressClass::name`]: crate::ProgressClass::name
    pub progress: Option<String>,
    /// The measure the progress class is read from ([`crate::Progress::measure`]).
    pub progress_measure: Option<Decimal>,
}

/// One field of a [`ScorecardLine`], in the order of [`ScorecardLine::COLUMNS`].
///
/// # Example
///
/// See [`ScorecardLine::cells`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text.
    Text(&'a str),
    /// A decimal, exactly.
    Number(Decimal),
    /// Nothing: the line has no such figure.
    Empty,
}

impl ScorecardLine {
    /// The names of the fields, in the order [`ScorecardLine::cells`] gives them: the header
    /// of a CSV file or a data frame.
    pub const COLUMNS: [&'static str; 27] = [
        "indicator",
        "name_vi",
        "name_en",
        "unit",
        "period",
        "value",
        "bound",
        "growth",
        "growth_bound",
        "status",
        "implied_previous",
        "implied_previous_low",
        "implied_previous_high",
        "implied_previous_error",
        "target_period",
        "target",
        "required",
        "required_upper",
        "verdict",
        "gap_pp",
        "reason",
        "error",
        "rest_of_year",
        "rest_of_year_growth",
        "rest_of_year_growth_upper",
        "progress",
        "progress_measure",
    ];

    /// The fields in the order of [`ScorecardLine::COLUMNS`], for writers that take columns.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Cell, ScorecardLine};
    /// let lines = chiso::datasets::binh_duong_2024().scorecard()?.lines();
    /// let retail = lines.iter().find(|l| l.indicator == "retail_sales").unwrap();
    /// let value = ScorecardLine::COLUMNS.iter().position(|c| *c == "value").unwrap();
    /// assert_eq!(retail.cells()[value], Cell::Number(rust_decimal::Decimal::from(351_640)));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn cells(&self) -> [Cell<'_>; 27] {
        fn text(t: &Option<String>) -> Cell<'_> {
            t.as_deref().map_or(Cell::Empty, Cell::Text)
        }
        let number = |d: Option<Decimal>| d.map_or(Cell::Empty, Cell::Number);
        [
            Cell::Text(&self.indicator),
            Cell::Text(&self.name_vi),
            Cell::Text(&self.name_en),
            Cell::Text(&self.unit),
            text(&self.period),
            number(self.value),
            text(&self.bound),
            number(self.growth),
            text(&self.growth_bound),
            text(&self.status),
            number(self.implied_previous),
            number(self.implied_previous_low),
            number(self.implied_previous_high),
            text(&self.implied_previous_error),
            text(&self.target_period),
            text(&self.target),
            number(self.required),
            number(self.required_upper),
            text(&self.verdict),
            number(self.gap_pp),
            text(&self.reason),
            text(&self.error),
            text(&self.rest_of_year),
            number(self.rest_of_year_growth),
            number(self.rest_of_year_growth_upper),
            text(&self.progress),
            number(self.progress_measure),
        ]
    }

    fn with_failure(mut self, failure: &TargetFailure) -> ScorecardLine {
        self.target_period = Some(failure.period.to_string());
        self.target = Some(failure.target.clone());
        self.error = Some(failure.message.clone());
        self
    }

    fn with_assessment(mut self, assessment: &Assessment, unit: &Unit) -> ScorecardLine {
        self.target_period = Some(assessment.period().to_string());
        self.target = Some(describe_target(assessment.spec(), unit));
        self.required = assessment.required().map(Estimate::value);
        self.required_upper = assessment.required_upper().map(Estimate::value);
        self.verdict = Some(assessment.verdict().name().to_string());
        self.gap_pp = assessment.gap_pp().map(Estimate::value);
        self.reason = Some(assessment.reason().to_string());
        let rest = assessment.required_rest_of_year();
        let requirement = rest.and_then(RestOfYear::requirement);
        self.rest_of_year = rest.map(|r| r.describe(crate::text::Lang::En));
        self.rest_of_year_growth = requirement.and_then(Requirement::growth).map(Estimate::value);
        self.rest_of_year_growth_upper = requirement.and_then(Requirement::growth_upper).map(Estimate::value);
        self.progress = assessment.progress().map(|p| p.class_name().to_string());
        self.progress_measure = assessment.progress().and_then(|p| p.measure()).map(Estimate::value);
        self
    }
}

pub(super) fn build(report: &Report) -> Result<Scorecard> {
    let mut latest: Vec<Option<Period>> = vec![None; report.indicators().len()];
    for &(position, period) in report.by_key.keys() {
        let slot = &mut latest[position];
        let newer = |p: Period| (p.end(), p.month_count());
        if slot.is_none_or(|best| newer(period) > newer(best)) {
            *slot = Some(period);
        }
    }
    // A target whose check fails (a figure beyond a decimal's range) fails only its own cell.
    let mut checks: HashMap<&str, (Vec<Assessment>, Vec<TargetFailure>)> = HashMap::new();
    for target in &report.targets {
        let (assessments, failures) = checks.entry(target.indicator()).or_default();
        match target.check(report) {
            Ok(assessment) => assessments.push(assessment),
            Err(error) => {
                // OK because Report::new refuses a target naming an indicator it does not have.
                let indicator = report.indicator(target.indicator()).expect("a target's indicator is in the report");
                failures.push(TargetFailure::new(target, indicator.unit(), error));
            }
        }
    }
    let mut rows = Vec::new();
    for (indicator, period) in report.indicators().iter().zip(latest) {
        let (assessments, failures) = checks.remove(indicator.id()).unwrap_or_default();
        if period.is_none() && assessments.is_empty() && failures.is_empty() {
            continue;
        }
        rows.push(ScorecardRow { assessments, failures, ..row(report, indicator, period) });
    }
    Ok(Scorecard { rows })
}

/// The row's figures, without its targets.
fn row(report: &Report, indicator: &Indicator, period: Option<Period>) -> ScorecardRow {
    let id = indicator.id();
    let value = period.and_then(|p| report.level(id, p));
    let growth = period
        .and_then(|p| report.latest_where(id, p, |o| o.year_on_year_growth().is_some()))
        .and_then(|o| o.year_on_year_growth().copied());
    let status = period.and_then(|p| report.latest_where(id, p, |_| true)).and_then(|o| o.status());
    // A growth of −100% or less implies no base, and a huge one may overflow: the row then
    // has none, and says why.
    let (implied_previous, implied_previous_error) = match value.as_ref().zip(growth).map(|(v, g)| implied_base(v, g)) {
        Some(Ok(base)) => (Some(base), None),
        Some(Err(error)) => (None, Some(error)),
        None => (None, None),
    };
    ScorecardRow {
        indicator: indicator.clone(),
        period,
        value,
        growth,
        status,
        implied_previous,
        implied_previous_error,
        assessments: Vec::new(),
        failures: Vec::new(),
    }
}

fn serialize_error<S: serde::Serializer>(error: &Option<Error>, s: S) -> std::result::Result<S::Ok, S::Error> {
    error.as_ref().map(Error::to_string).serialize(s)
}

fn serialize_indicator<S: serde::Serializer>(indicator: &Indicator, s: S) -> std::result::Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct View<'a> {
        id: &'a str,
        name: &'a crate::indicator::Names,
        unit: String,
    }
    View { id: indicator.id(), name: indicator.name(), unit: indicator.unit().to_string() }.serialize(s)
}

fn serialize_quantity<S: serde::Serializer>(quantity: &Option<Quantity>, s: S) -> std::result::Result<S::Ok, S::Error> {
    serialize_reported(&quantity.as_ref().map(|q| *q.reported()), s)
}

fn serialize_reported<S: serde::Serializer>(reported: &Option<Reported>, s: S) -> std::result::Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct View {
        value: String,
        bound: &'static str,
    }
    reported.map(|r| View { value: r.value().to_string(), bound: r.bound().name() }).serialize(s)
}
