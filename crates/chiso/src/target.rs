//! Targets a report sets, and the honest verdict on each.

pub(crate) mod average;

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::figures::Figures;
use crate::growth::{change_pp, growth, project};
use crate::indicator::{check_id, Indicator, Measure, Polarity};
use crate::interval::Interval;
use crate::period::{Period, Span};
use crate::quantity::Quantity;
use crate::reason::{Judged, Reason, TargetTerms};
use crate::text::{format_condition, format_rounded, Lang};
use crate::unit::{Dimension, Unit};
use crate::value::Reported;

/// The condition a target sets on a growth rate (in percent) or a level.
///
/// # Example
///
/// ```
/// use chiso::Condition;
/// use rust_decimal::Decimal;
///
/// let range = Condition::between(Decimal::from(13), Decimal::from(14))?;
/// assert_eq!(range.to_string(), "13–14");
/// assert!(Condition::between(Decimal::from(14), Decimal::from(13)).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Condition {
    /// `>= t`: *tăng 9,7%* read as a floor.
    AtLeast(Decimal),
    /// `> t`.
    MoreThan(Decimal),
    /// `<= t`.
    AtMost(Decimal),
    /// `< t`.
    LessThan(Decimal),
    /// `low <= x <= high`: *tăng 13 - 14%*.
    Between(Decimal, Decimal),
}

impl Condition {
    /// A range; `low` must not exceed `high`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when `low > high`.
    ///
    /// # Example
    ///
    /// See [`Condition`].
    pub fn between(low: Decimal, high: Decimal) -> Result<Condition> {
        if low > high {
            return Err(Error::invalid("range", format!("{low}–{high}"), "the low end exceeds the high end"));
        }
        Ok(Condition::Between(low, high))
    }

    /// The name used in the JSON format: `at_least`, `between`, …
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Condition::AtLeast(rust_decimal::Decimal::ONE).name(), "at_least");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            Condition::AtLeast(_) => "at_least",
            Condition::MoreThan(_) => "more_than",
            Condition::AtMost(_) => "at_most",
            Condition::LessThan(_) => "less_than",
            Condition::Between(..) => "between",
        }
    }

    /// The thresholds: one, or the two ends of a range.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let range = chiso::Condition::between(Decimal::from(9), Decimal::from(10))?;
    /// assert_eq!(range.thresholds(), (Decimal::from(9), Some(Decimal::from(10))));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn thresholds(&self) -> (Decimal, Option<Decimal>) {
        match *self {
            Condition::AtLeast(t) | Condition::MoreThan(t) | Condition::AtMost(t) | Condition::LessThan(t) => (t, None),
            Condition::Between(low, high) => (low, Some(high)),
        }
    }

    /// Judges every value an interval allows. `polarity` decides whether a value beyond a
    /// range is `exceeded` (the good side) or `missed`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Interval, Polarity, Verdict};
    /// use rust_decimal::Decimal;
    ///
    /// let at_least = Condition::AtLeast(Decimal::new(97, 1));
    /// let printed = Interval::closed(Decimal::new(755, 2), Decimal::new(765, 2))?;
    /// assert_eq!(at_least.judge(&printed, Polarity::HigherIsBetter), Verdict::Missed);
    /// let straddling = Interval::closed(Decimal::new(965, 2), Decimal::new(975, 2))?;
    /// assert_eq!(at_least.judge(&straddling, Polarity::HigherIsBetter), Verdict::Undetermined);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn judge(&self, actual: &Interval, polarity: Polarity) -> Verdict {
        let (met, missed) = match *self {
            Condition::AtLeast(t) => (actual.all_at_least(t), actual.all_less_than(t)),
            Condition::MoreThan(t) => (actual.all_more_than(t), actual.all_at_most(t)),
            Condition::AtMost(t) => (actual.all_at_most(t), actual.all_more_than(t)),
            Condition::LessThan(t) => (actual.all_less_than(t), actual.all_at_least(t)),
            Condition::Between(low, high) => {
                let (above, below) = (actual.all_more_than(high), actual.all_less_than(low));
                let beyond = match polarity {
                    Polarity::HigherIsBetter => (above, below),
                    Polarity::LowerIsBetter => (below, above),
                };
                // Every value either inside the range or beyond its good end has reached the
                // target: that is met (the reason says it may have exceeded).
                let reached = match polarity {
                    Polarity::HigherIsBetter => actual.all_at_least(low),
                    Polarity::LowerIsBetter => actual.all_at_most(high),
                };
                return match beyond {
                    (true, _) => Verdict::Exceeded,
                    (_, true) => Verdict::Missed,
                    _ if reached => Verdict::Met,
                    _ => Verdict::Undetermined,
                };
            }
        };
        match (met, missed) {
            (true, _) => Verdict::Met,
            (_, true) => Verdict::Missed,
            _ => Verdict::Undetermined,
        }
    }

    /// The threshold a value is measured against: the nearer end of a range for a value
    /// above it, else the low end.
    fn hinge(&self, value: Decimal) -> Decimal {
        match *self {
            Condition::Between(_, high) if value > high => high,
            other => other.thresholds().0,
        }
    }

    fn describe(&self) -> String {
        let t = |d: Decimal| format_rounded(d, Lang::En, d.scale());
        match *self {
            Condition::AtLeast(v) => format!("at least {}", t(v)),
            Condition::MoreThan(v) => format!("more than {}", t(v)),
            Condition::AtMost(v) => format!("at most {}", t(v)),
            Condition::LessThan(v) => format!("less than {}", t(v)),
            Condition::Between(a, b) => format!("{}–{}", t(a), t(b)),
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// What a target constrains: the growth against a baseline period, the level itself, or the
/// average annual growth over a span of years.
///
/// # Example
///
/// ```
/// use chiso::{Condition, Spec};
/// let spec = Spec::Growth(Condition::AtLeast(rust_decimal::Decimal::new(97, 1)));
/// assert!(spec.is_growth());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spec {
    /// Growth in percent against the baseline period.
    Growth(Condition),
    /// The level, in the indicator's unit.
    Level(Condition),
    /// The average annual growth in percent a year, compounded, from the baseline year (the
    /// year before the span's first) to the target's year (its last): *tăng bình quân 8%/năm
    /// giai đoạn 2021–2025*.
    AverageGrowth(Condition),
}

impl Spec {
    /// Whether the target is on growth.
    ///
    /// # Example
    ///
    /// See [`Spec`].
    pub fn is_growth(&self) -> bool {
        matches!(self, Spec::Growth(_))
    }

    /// The condition.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Spec};
    /// let c = Condition::AtLeast(rust_decimal::Decimal::ONE);
    /// assert_eq!(Spec::Level(c).condition(), c);
    /// ```
    pub fn condition(&self) -> Condition {
        match *self {
            Spec::Growth(c) | Spec::Level(c) | Spec::AverageGrowth(c) => c,
        }
    }

    /// The kind, as the formats name it: `growth`, `level` or `average_growth`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Spec};
    /// assert_eq!(Spec::AverageGrowth(Condition::AtLeast(rust_decimal::Decimal::from(8))).kind(), "average_growth");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Spec::Growth(_) => "growth",
            Spec::Level(_) => "level",
            Spec::AverageGrowth(_) => "average_growth",
        }
    }

    /// Whether its thresholds are percentages whatever the indicator's unit (a growth or an
    /// average growth).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Spec};
    /// assert!(Spec::AverageGrowth(Condition::AtLeast(rust_decimal::Decimal::from(8))).is_rate_of_change());
    /// ```
    pub fn is_rate_of_change(&self) -> bool {
        !matches!(self, Spec::Level(_))
    }

    /// The target as a scorecard writes it in `lang`, with the unit of its thresholds (percent
    /// for growth, `unit` for a level): `growth 13–14%`, `tăng ít nhất 9,7%`,
    /// `level at least 99.99%`, `đạt ít nhất 99,99%`; a growth target below zero as a fall:
    /// `fall at most 3%`, `giảm tối đa 3%`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Lang, Spec, Unit};
    /// use rust_decimal::Decimal;
    ///
    /// let access = Spec::Level(Condition::AtLeast(Decimal::new(9999, 2)));
    /// assert_eq!(access.describe(&Unit::percent(), Lang::En), "level at least 99.99%");
    /// assert_eq!(access.describe(&Unit::percent(), Lang::Vi), "đạt ít nhất 99,99%");
    /// let iip = Spec::Growth(Condition::AtLeast(Decimal::new(97, 1)));
    /// assert_eq!(iip.describe(&"points".parse()?, Lang::Vi), "tăng ít nhất 9,7%");
    /// let fall = Spec::Growth(Condition::AtLeast(Decimal::new(-3, 0)));
    /// assert_eq!(fall.describe(&Unit::percent(), Lang::Vi), "giảm tối đa 3%");
    /// assert_eq!(fall.describe(&Unit::percent(), Lang::En), "fall at most 3%");
    /// let across = Spec::Growth(Condition::Between(Decimal::new(-1, 0), Decimal::new(2, 0)));
    /// assert_eq!(across.describe(&Unit::percent(), Lang::En), "from a fall of 1% to growth of 2%");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn describe(&self, unit: &Unit, lang: Lang) -> String {
        let word = match (self, lang) {
            (Spec::Growth(condition), _) => return crate::text::growth_condition(condition, lang),
            (Spec::AverageGrowth(condition), _) => return average::describe(condition, None, lang),
            (Spec::Level(_), Lang::Vi) => "đạt",
            (Spec::Level(_), Lang::En) => "level",
        };
        format!("{word} {}", format_condition(&self.condition(), Some(unit), lang))
    }
}

/// A target a report sets for an indicator and a period.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Condition, Target, Verdict};
/// use rust_decimal::Decimal;
///
/// // As if Bình Dương had not ceased to exist on 1 July 2025 (the embedded report says it did).
/// let report = datasets::binh_duong_2024();
/// let report = report.clone().with_region(chiso::Region::new("VN-57", report.region().name.clone()))?;
/// let iip = Target::growth("iip", "2025".parse()?, Condition::AtLeast(Decimal::new(97, 1)))?;
/// assert_eq!(iip.baseline().unwrap().to_string(), "2024");
/// assert_eq!(iip.check(&report)?.verdict(), Verdict::Pending);
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    indicator: String,
    period: Period,
    baseline: Option<Period>,
    spec: Spec,
    quote: Option<String>,
}

impl Target {
    /// A growth target against the same period of the previous year.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a malformed indicator id, or a period in year 0001, which
    /// has no previous year.
    ///
    /// # Example
    ///
    /// See [`Target`].
    pub fn growth(indicator: impl Into<String>, period: Period, condition: Condition) -> Result<Target> {
        Target::new(indicator, period, None, Spec::Growth(condition))
    }

    /// An average-growth target over the years `first..=last`: its period is the year `last`,
    /// its baseline the year `first − 1`, and the condition is on the compound annual growth
    /// between them, in percent a year.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a malformed indicator id, or a span whose last year is
    /// before its first, or that starts in year 0001 or ends after 9999.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Lang, Target};
    /// use rust_decimal::Decimal;
    ///
    /// let grdp = Target::average_growth("grdp", 2021, 2025, Condition::AtLeast(Decimal::from(8)))?;
    /// assert_eq!(grdp.span(), Some((2021, 2025)));
    /// assert_eq!((grdp.period().to_string(), grdp.baseline().unwrap().to_string()), ("2025".into(), "2020".into()));
    /// assert_eq!(grdp.spec().describe(&chiso::Unit::percent(), Lang::Vi), "tăng bình quân ít nhất 8%/năm");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn average_growth(indicator: impl Into<String>, first: i32, last: i32, condition: Condition) -> Result<Target> {
        let span = || format!("{first}–{last}");
        if last < first {
            return Err(Error::invalid("span", span(), "the last year is before the first"));
        }
        let year =
            |y: i32| Period::year(y).map_err(|_| Error::invalid("span", span(), "the years run from 0002 to 9999"));
        let baseline = year(first - 1)?;
        Target::new(indicator, year(last)?, Some(baseline), Spec::AverageGrowth(condition))
    }

    /// A level target.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a malformed indicator id.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let t = chiso::Target::level("household_electricity_access", "2025".parse()?,
    ///     chiso::Condition::AtLeast(Decimal::new(9999, 2)))?;
    /// assert!(t.baseline().is_none());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn level(indicator: impl Into<String>, period: Period, condition: Condition) -> Result<Target> {
        Target::new(indicator, period, None, Spec::Level(condition))
    }

    /// A target with every part given; a growth target without a baseline is measured
    /// against the same period of the previous year.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a malformed indicator id, a baseline on a level target, a
    /// baseline of another kind of period or not in an earlier year, or a growth target in
    /// year 0001 without a baseline (there is no previous year).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Spec, Target};
    /// use rust_decimal::Decimal;
    /// let spec = Spec::Growth(Condition::between(Decimal::from(13), Decimal::from(14))?);
    /// let t = Target::new("retail_sales", "2025".parse()?, Some("2023".parse()?), spec)?;
    /// assert_eq!(t.baseline().unwrap().to_string(), "2023");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn new(indicator: impl Into<String>, period: Period, baseline: Option<Period>, spec: Spec) -> Result<Target> {
        let indicator = indicator.into();
        check_id(&indicator)?;
        let baseline = match (spec, baseline) {
            (Spec::Growth(_), None) => Some(period.checked_previous_year().map_err(|_| {
                Error::invalid(
                    "growth target period",
                    period.to_string(),
                    "growth is measured against an earlier year, and there is none before 0001",
                )
            })?),
            (Spec::AverageGrowth(_), b)
                if period.span() != Span::Year
                    || b.is_none_or(|b| b.span() != Span::Year || b.calendar_year() >= period.calendar_year()) =>
            {
                return Err(Error::invalid(
                    "average growth target",
                    period.to_string(),
                    "an average growth runs from a baseline year to a later year: both periods are years",
                ))
            }
            (Spec::Level(_), Some(b)) => {
                return Err(Error::invalid(
                    "baseline",
                    b.to_string(),
                    "a level target has no baseline; only growth targets do",
                ))
            }
            (Spec::Growth(_), Some(b)) if b.span() != period.span() || b.calendar_year() >= period.calendar_year() => {
                return Err(Error::invalid(
                    "baseline",
                    b.to_string(),
                    format!(
                        "a growth target for {period} is measured against the same kind of period in an earlier year"
                    ),
                ))
            }
            (_, b) => b,
        };
        Ok(Target { indicator, period, baseline, spec, quote: None })
    }

    /// With the phrase of the source that sets the target.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// let t = chiso::Target::growth("iip", "2025".parse()?, chiso::Condition::AtLeast(Decimal::new(97, 1)))?
    ///     .with_quote("IIP tăng 9,7%");
    /// assert_eq!(t.quote(), Some("IIP tăng 9,7%"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_quote(mut self, quote: impl Into<String>) -> Target {
        self.quote = Some(quote.into());
        self
    }

    /// The indicator's id.
    ///
    /// # Example
    ///
    /// See [`Target`].
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The period the target is for.
    ///
    /// # Example
    ///
    /// See [`Target`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// The period growth is measured against (for an average growth, the year before its
    /// span); `None` for a level target.
    ///
    /// # Example
    ///
    /// See [`Target`].
    pub fn baseline(&self) -> Option<Period> {
        self.baseline
    }

    /// What the target constrains.
    ///
    /// # Example
    ///
    /// See [`Spec`].
    pub fn spec(&self) -> Spec {
        self.spec
    }

    /// The first and last years of an average-growth target; `None` for other targets.
    ///
    /// # Example
    ///
    /// See [`Target::average_growth`].
    pub fn span(&self) -> Option<(i32, i32)> {
        match (self.spec, self.baseline) {
            (Spec::AverageGrowth(_), Some(b)) => Some((b.calendar_year() + 1, self.period.calendar_year())),
            _ => None,
        }
    }

    /// The quoted source phrase, if kept.
    ///
    /// # Example
    ///
    /// See [`Target::with_quote`].
    pub fn quote(&self) -> Option<&str> {
        self.quote.as_deref()
    }

    /// Checks the target against the report's figures.
    ///
    /// The actual is the latest vintage for the target's period; for an annual target with
    /// only a year-to-date figure, that figure is tracked against it (`on_track`,
    /// `off_track`): a year-to-date growth against the annual growth target, and for a flow,
    /// the year-to-date level at its pace over twelve months against a level target.
    ///
    /// A printed growth is against the same period a year earlier, so it judges a growth
    /// target only when the target's baseline is the previous year. Against an earlier
    /// baseline, the growth is computed from the levels of the period and of the same span in
    /// the baseline's year (for a year to date, the same months); without them the verdict is
    /// `pending` and the reason says which levels are missing. A year and its January to
    /// December stand for each other.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the report has no such indicator; [`Error::Undefined`]
    /// when a growth must be computed from levels and its base is zero or negative;
    /// [`Error::Overflow`] when a figure does not fit in a `Decimal`. A missing figure is
    /// not an error: the verdict is then `pending`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Verdict};
    ///
    /// // As if Bình Dương had not ceased to exist on 1 July 2025 (the embedded report says it did).
    /// let report = datasets::binh_duong_2024();
    /// let report = report.clone().with_region(chiso::Region::new("VN-57", report.region().name.clone()))?;
    /// let retail = report.targets().iter().find(|t| t.indicator() == "retail_sales").unwrap();
    /// let assessment = retail.check(&report)?;
    /// assert_eq!(assessment.verdict(), Verdict::Pending);
    /// let required = assessment.required().unwrap();
    /// assert_eq!(required.value().to_string(), "397353.20");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn check<F: Figures + ?Sized>(&self, report: &F) -> Result<Assessment> {
        let indicator = report
            .indicator(&self.indicator)
            .ok_or_else(|| Error::invalid("target", &self.indicator, "the report has no indicator with this id"))?;
        let (required, required_upper) = self.required(report, indicator)?;
        let terms = TargetTerms {
            indicator: self.indicator.clone(),
            name: indicator.name().clone(),
            unit: indicator.unit().clone(),
            period: self.period,
            baseline: self.baseline,
            spec: self.spec,
            required: required.clone(),
            required_upper: required_upper.clone(),
        };
        let mut assessment = Assessment {
            indicator: self.indicator.clone(),
            period: self.period,
            spec: self.spec,
            verdict: Verdict::Pending,
            actual: None,
            actual_period: None,
            gap_pp: None,
            gap_level: None,
            required,
            required_upper,
            reason: Reason::PendingNoFigure { target: terms.clone() },
        };
        if let Some(reason) = self.not_assessable(report, &terms) {
            assessment.verdict = Verdict::NotAssessable;
            assessment.reason = reason;
            return Ok(assessment);
        }
        if let Spec::AverageGrowth(condition) = self.spec {
            return self.check_average(report, indicator, condition, terms, assessment);
        }
        let Some((period, tracking)) = self.actual_period(report) else {
            return Ok(assessment);
        };
        assessment.actual_period = Some(period);
        let actual = match self.actual(report, period)? {
            Ok(actual) => actual,
            Err(pending) => {
                assessment.reason = pending.reason(terms);
                return Ok(assessment);
            }
        };
        let condition = self.spec.condition();
        let judged = if tracking && !self.spec.is_growth() && indicator.measure() == Measure::Flow {
            at_annual_pace(&actual, period)?
        } else {
            actual.interval()
        };
        let verdict = condition.judge(&judged, indicator.polarity());
        assessment.verdict = if tracking { verdict.as_tracking() } else { verdict };
        let hinge = condition.hinge(actual.value());
        let is_rate = self.spec.is_growth() || matches!(indicator.unit().dimension(), Dimension::Percent);
        if is_rate {
            assessment.gap_pp = Some(change_pp(&actual, hinge)?);
        }
        if !tracking {
            assessment.gap_level = self.gap_level(report, indicator, &actual, &assessment)?;
        }
        let against = match self.base_period(period) {
            Some(base) if self.spec.is_growth() && !self.printed_growth_applies() => Some(base),
            _ => None,
        };
        let at_pace = tracking && !self.spec.is_growth() && judged != actual.interval();
        let facts = Judged { period, actual: actual.clone(), against, at_pace };
        assessment.reason = judged_reason(assessment.verdict, within(condition, &judged), terms, facts);
        assessment.actual = Some(actual);
        Ok(assessment)
    }

    /// Why the target cannot be assessed, when its region ceased to exist before the target's
    /// period ended and there is no figure for the whole period.
    fn not_assessable<F: Figures + ?Sized>(&self, report: &F, terms: &TargetTerms) -> Option<Reason> {
        let region = report.region()?;
        let ended = region.ended?;
        if self.period.end() < ended {
            return None;
        }
        let whole = whole_year_level(report, &self.indicator, self.period).is_some()
            || (self.spec.is_rate_of_change() && report.printed_growth(&self.indicator, self.period).is_some());
        if whole {
            return None;
        }
        Some(Reason::NotAssessableRegionEnded {
            target: terms.clone(),
            region: region.name.clone(),
            ended,
            successor: region.successor.clone(),
        })
    }

    /// The verdict on an average-growth target: from the whole span, `met`, `missed`, … ;
    /// from the years so far, `on_track`, `off_track` or `undetermined`; with no year,
    /// `pending`.
    fn check_average<F: Figures + ?Sized>(
        &self,
        report: &F,
        indicator: &Indicator,
        condition: Condition,
        terms: TargetTerms,
        mut assessment: Assessment,
    ) -> Result<Assessment> {
        let (through, actual) = match average::average(report, self)? {
            average::Averaged::Judged { through, actual } => (through, actual),
            average::Averaged::Missing(missing) => {
                assessment.reason = Reason::PendingAverageGrowth { target: terms, missing };
                return Ok(assessment);
            }
        };
        // OK because `average` reaches only years of the span, which are valid years.
        let period = Period::year(through).expect("a year of the span");
        let tracking = period != self.period;
        let verdict = condition.judge(&actual.interval(), indicator.polarity());
        assessment.verdict = if tracking { verdict.as_tracking() } else { verdict };
        assessment.actual_period = Some(period);
        assessment.gap_pp = Some(change_pp(&actual, condition.hinge(actual.value()))?);
        let facts = Judged { period, actual: actual.clone(), against: self.baseline, at_pace: false };
        assessment.reason = judged_reason(assessment.verdict, within(condition, &actual.interval()), terms, facts);
        assessment.actual = Some(actual);
        Ok(assessment)
    }

    /// The target's period if it has a figure, else for an annual target the latest
    /// year-to-date period that has one; with whether it is tracked.
    fn actual_period<F: Figures + ?Sized>(&self, report: &F) -> Option<(Period, bool)> {
        let has_figure = |period: Period| {
            report.level(&self.indicator, period).is_some()
                || (self.spec.is_growth() && report.printed_growth(&self.indicator, period).is_some())
        };
        if has_figure(self.period) {
            return Some((self.period, false));
        }
        if self.period.span() != Span::Year {
            return None;
        }
        // January to December is the whole year, judged as such rather than tracked.
        (1..=12)
            .rev()
            .filter_map(|m| Period::year_to_date(self.period.calendar_year(), m).ok())
            .find(|p| has_figure(*p))
            .map(|p| (p, p.is_year_to_date()))
    }

    /// The growth or level to judge, or why there is none; an error when the figures are
    /// there but the growth cannot be computed from them.
    ///
    /// A printed growth is against the same period a year earlier, so it judges only a target
    /// whose baseline is that year; against another baseline the growth is computed from the
    /// levels of `period` and of the same span in the baseline's year.
    fn actual<F: Figures + ?Sized>(
        &self,
        report: &F,
        period: Period,
    ) -> Result<std::result::Result<Estimate, Pending>> {
        let level = report.level(&self.indicator, period);
        if !self.spec.is_growth() {
            return Ok(level.map(|q| Estimate::from(&q)).ok_or(Pending::NoFigure));
        }
        let printed = report.printed_growth(&self.indicator, period);
        if let Some(reported) = printed.filter(|_| self.printed_growth_applies()) {
            return Ok(Ok(Estimate::from(&Quantity::from_reported(reported, Unit::percent()))));
        }
        // `period` is the target's own or a year to date: each has a like period in the baseline's year.
        // OK because a growth target has a baseline, and that year holds a period like `period`.
        let base_period = self.base_period(period).expect("a growth target's figure has a base period");
        let before = whole_year_level(report, &self.indicator, base_period);
        Ok(match (level, before) {
            (Some(now), Some(before)) => Ok(growth(&now, &before)?),
            (now, before) => {
                let missing = [(now.is_none(), period), (before.is_none(), base_period)]
                    .iter()
                    .filter(|(missing, _)| *missing)
                    .map(|(_, p)| *p)
                    .collect();
                Err(Pending::MissingLevels { period, base_period, printed, missing })
            }
        })
    }

    /// Whether a printed growth (against the same period a year earlier) measures what the
    /// target does: only when its baseline is the previous year.
    fn printed_growth_applies(&self) -> bool {
        self.baseline.is_some() && self.baseline == self.period.checked_previous_year().ok()
    }

    /// What a figure for `period` (the target's own, or a year to date tracked against an
    /// annual target) is measured against: the same span in the baseline's year.
    fn base_period(&self, period: Period) -> Option<Period> {
        let baseline = self.baseline?;
        if period == self.period {
            return Some(baseline);
        }
        match period.span() {
            Span::YearToDate(month) => Period::year_to_date(baseline.calendar_year(), month).ok(),
            _ => None,
        }
    }

    /// The level the target requires for its period, and the upper level of a range.
    fn required<F: Figures + ?Sized>(
        &self,
        report: &F,
        indicator: &Indicator,
    ) -> Result<(Option<Estimate>, Option<Estimate>)> {
        let (low, high) = self.spec.condition().thresholds();
        match self.spec {
            Spec::Level(_) => {
                let level =
                    |t: Decimal| Estimate::from(&Quantity::new(t, indicator.unit().clone(), crate::Bound::Exact));
                Ok((Some(level(low)), high.map(level)))
            }
            Spec::AverageGrowth(_) => Ok((None, None)),
            Spec::Growth(_) => {
                let Some(base) = self.baseline.and_then(|b| whole_year_level(report, &self.indicator, b)) else {
                    return Ok((None, None));
                };
                let upper = high.map(|h| project(&base, h)).transpose()?;
                Ok((Some(project(&base, low)?), upper))
            }
        }
    }

    fn gap_level<F: Figures + ?Sized>(
        &self,
        report: &F,
        indicator: &Indicator,
        actual: &Estimate,
        assessment: &Assessment,
    ) -> Result<Option<Estimate>> {
        let condition = self.spec.condition();
        let level = match self.spec {
            Spec::Level(_) => actual.clone(),
            Spec::Growth(_) => match whole_year_level(report, indicator.id(), self.period) {
                Some(q) => Estimate::from(&q),
                None => return Ok(None),
            },
            Spec::AverageGrowth(_) => return Ok(None),
        };
        let required = match (condition, &assessment.required_upper) {
            (Condition::Between(_, high), Some(upper)) if actual.value() > high => upper,
            _ => match &assessment.required {
                Some(r) => r,
                None => return Ok(None),
            },
        };
        level.checked_sub(required).map(Some)
    }
}

/// Why a target with a figure for its period still has no verdict.
enum Pending {
    /// No level for a level target.
    NoFigure,
    /// A growth against an earlier baseline, with levels missing to compute it.
    MissingLevels { period: Period, base_period: Period, printed: Option<Reported>, missing: Vec<Period> },
}

impl Pending {
    fn reason(self, target: TargetTerms) -> Reason {
        match self {
            Pending::NoFigure => Reason::PendingNoFigure { target },
            Pending::MissingLevels { period, base_period, printed, missing } => {
                Reason::PendingMissingLevels { target, period, base_period, printed_growth: printed, missing }
            }
        }
    }
}

/// The level of a period, where a year and January to December stand for each other: a
/// baseline year printed as `2023-YTD12` is the year 2023.
fn whole_year_level<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Quantity> {
    let other = match period.span() {
        Span::Year => Period::year_to_date(period.calendar_year(), 12).ok(),
        Span::YearToDate(12) => Period::year(period.calendar_year()).ok(),
        _ => None,
    };
    report.level(id, period).or_else(|| other.and_then(|p| report.level(id, p)))
}

/// The reason for the verdict on a judged figure; `inside` says whether every value lies
/// inside a range condition (a met range that may be exceeded says so).
fn judged_reason(verdict: Verdict, inside: bool, target: TargetTerms, judged: Judged) -> Reason {
    match verdict {
        Verdict::Met if !inside => Reason::MetMayExceed { target, judged },
        Verdict::Met => Reason::Met { target, judged },
        Verdict::Exceeded => Reason::Exceeded { target, judged },
        Verdict::Missed => Reason::Missed { target, judged },
        Verdict::OnTrack => Reason::OnTrack { target, judged },
        Verdict::OffTrack => Reason::OffTrack { target, judged },
        // A judged figure is never pending nor not assessable: `judge` gives none of those.
        Verdict::Undetermined | Verdict::Pending | Verdict::NotAssessable => Reason::Undetermined { target, judged },
    }
}

/// Whether every value of `actual` lies inside a range condition (always, for other kinds).
fn within(condition: Condition, actual: &Interval) -> bool {
    match condition {
        Condition::Between(low, high) => actual.all_at_least(low) && actual.all_at_most(high),
        _ => true,
    }
}

/// A year-to-date flow at its pace over twelve months, rounded outward.
fn at_annual_pace(actual: &Estimate, period: Period) -> Result<Interval> {
    let months = Interval::point(Decimal::from(period.month_count()));
    actual.interval().checked_mul(&Interval::point(Decimal::from(12)))?.checked_div(&months)
}

/// The outcome of checking a target.
///
/// # Example
///
/// ```
/// assert_eq!(chiso::Verdict::OnTrack.name(), "on_track");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every value the actual allows satisfies the target.
    Met,
    /// Every value lies beyond a range, on the side the indicator's polarity calls good.
    Exceeded,
    /// No value the actual allows satisfies the target.
    Missed,
    /// The actual's interval straddles the target: the printed figures cannot tell.
    Undetermined,
    /// No actual figure yet.
    Pending,
    /// A year-to-date figure that, held for the year, meets an annual target.
    OnTrack,
    /// A year-to-date figure that, held for the year, misses an annual target.
    OffTrack,
    /// The region ceased to exist before the target's period ended, and no figure for the
    /// whole period was published: none will be, so the target cannot be assessed.
    NotAssessable,
}

impl Verdict {
    /// The name: `met`, `exceeded`, `missed`, `undetermined`, `pending`, `on_track`,
    /// `off_track`, `not_assessable`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Verdict::Undetermined.name(), "undetermined");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Exceeded => "exceeded",
            Verdict::Missed => "missed",
            Verdict::Undetermined => "undetermined",
            Verdict::Pending => "pending",
            Verdict::OnTrack => "on_track",
            Verdict::OffTrack => "off_track",
            Verdict::NotAssessable => "not_assessable",
        }
    }

    /// The verdict as a reader of `lang` says it: `không đạt`, `missed`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Lang, Verdict};
    /// assert_eq!(Verdict::Missed.label(Lang::Vi), "không đạt");
    /// assert_eq!(Verdict::OnTrack.label(Lang::En), "on track");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Verdict::Met, Lang::Vi) => "đạt",
            (Verdict::Exceeded, Lang::Vi) => "vượt",
            (Verdict::Missed, Lang::Vi) => "không đạt",
            (Verdict::Undetermined, Lang::Vi) => "chưa xác định được",
            (Verdict::Pending, Lang::Vi) => "chưa có số liệu",
            (Verdict::OnTrack, Lang::Vi) => "đúng tiến độ",
            (Verdict::OffTrack, Lang::Vi) => "chậm tiến độ",
            (Verdict::NotAssessable, Lang::Vi) => "không đánh giá được",
            (Verdict::Met, Lang::En) => "met",
            (Verdict::Exceeded, Lang::En) => "exceeded",
            (Verdict::Missed, Lang::En) => "missed",
            (Verdict::Undetermined, Lang::En) => "undetermined",
            (Verdict::Pending, Lang::En) => "pending",
            (Verdict::OnTrack, Lang::En) => "on track",
            (Verdict::OffTrack, Lang::En) => "off track",
            (Verdict::NotAssessable, Lang::En) => "not assessable",
        }
    }

    fn as_tracking(self) -> Verdict {
        match self {
            Verdict::Met | Verdict::Exceeded => Verdict::OnTrack,
            Verdict::Missed => Verdict::OffTrack,
            other => other,
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A verdict by its [name](Verdict::name), as a result table writes it.
///
/// # Example
///
/// ```
/// use chiso::{Lang, Verdict};
///
/// let verdict: Verdict = "on_track".parse()?;
/// assert_eq!(verdict.label(Lang::Vi), "đúng tiến độ");
/// assert!("on track".parse::<Verdict>().is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
impl std::str::FromStr for Verdict {
    type Err = Error;

    fn from_str(name: &str) -> Result<Verdict> {
        const ALL: [Verdict; 8] = [
            Verdict::Met,
            Verdict::Exceeded,
            Verdict::Missed,
            Verdict::Undetermined,
            Verdict::Pending,
            Verdict::OnTrack,
            Verdict::OffTrack,
            Verdict::NotAssessable,
        ];
        ALL.into_iter().find(|v| v.name() == name).ok_or_else(|| {
            Error::invalid(
                "verdict",
                name,
                "expected met, exceeded, missed, undetermined, pending, on_track, off_track or not_assessable",
            )
        })
    }
}

/// The verdict on a target, with the figures behind it.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Verdict};
///
/// let report = datasets::binh_duong_2024();
/// for assessment in report.assess_all()? {
///     // Bình Dương merged into Hồ Chí Minh City on 1 July 2025: no 2025 figure will come.
///     assert_eq!(assessment.verdict(), Verdict::NotAssessable);
///     assert_eq!(assessment.reason().kind(), "not_assessable_region_ended");
/// }
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    indicator: String,
    period: Period,
    #[serde(skip)]
    spec: Spec,
    verdict: Verdict,
    actual: Option<Estimate>,
    actual_period: Option<Period>,
    gap_pp: Option<Estimate>,
    gap_level: Option<Estimate>,
    required: Option<Estimate>,
    required_upper: Option<Estimate>,
    reason: Reason,
}

impl Assessment {
    /// The indicator's id.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The target's period.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// What the target constrained.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn spec(&self) -> Spec {
        self.spec
    }

    /// The verdict.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The growth (in percent) or level judged, if there was one.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn actual(&self) -> Option<&Estimate> {
        self.actual.as_ref()
    }

    /// The period of the actual: the target's, or a year to date tracked against it.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn actual_period(&self) -> Option<Period> {
        self.actual_period
    }

    /// The actual minus the threshold it is judged against, in percentage points (growth
    /// targets and targets on rates); for a range, against its low end unless the actual
    /// lies above the range.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn gap_pp(&self) -> Option<&Estimate> {
        self.gap_pp.as_ref()
    }

    /// The actual level minus the level the target requires, in the indicator's unit.
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn gap_level(&self) -> Option<&Estimate> {
        self.gap_level.as_ref()
    }

    /// The level the target requires for its period: for a growth target, the baseline level
    /// grown by the (low) threshold; for a range, its low end.
    ///
    /// # Example
    ///
    /// See [`Target::check`].
    pub fn required(&self) -> Option<&Estimate> {
        self.required.as_ref()
    }

    /// The level at the high end of a range target.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// let retail = report.targets().iter().find(|t| t.indicator() == "retail_sales").unwrap();
    /// assert_eq!(retail.check(&report)?.required_upper().unwrap().value().to_string(), "400869.60");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn required_upper(&self) -> Option<&Estimate> {
        self.required_upper.as_ref()
    }

    /// Why, with the figures behind the verdict; its [`Display`](fmt::Display) is one
    /// English sentence.
    ///
    /// # Example
    ///
    /// See [`Assessment`] and [`Reason`].
    pub fn reason(&self) -> &Reason {
        &self.reason
    }

    /// Why, as one sentence in `lang`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Lang};
    ///
    /// // As if Bình Dương had not ceased to exist on 1 July 2025 (the embedded report says it did).
    /// let report = datasets::binh_duong_2024();
    /// let report = report.clone().with_region(chiso::Region::new("VN-57", report.region().name.clone()))?;
    /// let access = report.assess(&report.targets()[4])?;
    /// assert_eq!(
    ///     access.reason_in(Lang::Vi),
    ///     "Tỷ lệ hộ dân sử dụng điện: chưa có số liệu năm 2025; mục tiêu là đạt ít nhất 99,99%."
    /// );
    /// assert_eq!(
    ///     access.reason_in(Lang::En),
    ///     "Share of households using electricity: no 2025 figure is reported yet; the target is a level of at least 99.99%."
    /// );
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn reason_in(&self, lang: Lang) -> String {
        self.reason.render(lang)
    }
}
