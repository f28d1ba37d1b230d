//! Targets a report sets, and the honest verdict on each.

pub(crate) mod average;

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::figures::Figures;
use crate::growth::{change_pp, growth, plan_ratios, project, PlanRatios};
use crate::indicator::{check_id, Indicator, Measure, Polarity};
use crate::interval::Interval;
use crate::observation::Status;
use crate::period::{Period, Span};
use crate::progress::{Progress, Scheme};
use crate::quantity::Quantity;
use crate::reason::{Judged, Reason, TargetTerms};
use crate::report::Region;
use crate::rest_of_year::{self, RestOfYear};
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
    progress: Option<Scheme>,
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
    /// [`Error::InvalidInput`] for a malformed indicator id, a baseline of another kind of
    /// period or not in an earlier year (for a level target: a baseline other than an earlier
    /// year, or a target for a period other than a year), or a growth target in year 0001
    /// without a baseline (there is no previous year).
    ///
    /// A level target with a baseline is a target for a future year measured from a base
    /// year: while its own year has no figure, [`Target::check`] judges the progress from
    /// the base year's figure to the latest (see [`crate::progress`]).
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
            (Spec::Level(_), Some(b))
                if b.span() != Span::Year
                    || period.span() != Span::Year
                    || b.calendar_year() >= period.calendar_year() =>
            {
                return Err(Error::invalid(
                    "baseline",
                    b.to_string(),
                    format!("the baseline of a level target is the base year of progress: a year before the target's year, {period}"),
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
        Ok(Target { indicator, period, baseline, spec, quote: None, progress: None })
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

    /// With the scheme that classifies progress towards it, for a level target with a
    /// baseline (a base year); without one, such a target is judged by
    /// [`Scheme::Unsd2023`], the UN's current method.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a growth target or a level target without a baseline.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Scheme, Spec, Target};
    /// use rust_decimal::Decimal;
    ///
    /// let access = Spec::Level(Condition::AtLeast(Decimal::from(100)));
    /// let t = Target::new("household_electricity_access", "2030".parse()?, Some("2015".parse()?), access)?;
    /// assert_eq!(t.progress_scheme(), Some(Scheme::Unsd2023));
    /// let t = t.with_progress(Scheme::Destatis)?;
    /// assert_eq!(t.progress_scheme(), Some(Scheme::Destatis));
    /// let growth = Target::growth("iip", "2025".parse()?, Condition::AtLeast(Decimal::ONE))?;
    /// assert!(growth.with_progress(Scheme::Unsd2022).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_progress(mut self, scheme: Scheme) -> Result<Target> {
        if !matches!(self.spec, Spec::Level(_)) || self.baseline.is_none() {
            return Err(Error::invalid(
                "progress scheme",
                scheme.name(),
                format!(
                    "only a level target with a baseline (a base year) has progress; the {} target for {} has none",
                    self.indicator, self.period
                ),
            ));
        }
        self.progress = Some(scheme);
        Ok(self)
    }

    /// The scheme that classifies progress towards a level target with a baseline: the one
    /// chosen, else [`Scheme::Unsd2023`]; `None` for other targets.
    ///
    /// # Example
    ///
    /// See [`Target::with_progress`].
    pub fn progress_scheme(&self) -> Option<Scheme> {
        match (self.spec, self.baseline) {
            (Spec::Level(_), Some(_)) => Some(self.progress.unwrap_or_default()),
            _ => None,
        }
    }

    /// The scheme chosen with [`Target::with_progress`], as the JSON format writes it: `None`
    /// when left to the default.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Scheme, Spec, Target};
    /// let access = Spec::Level(Condition::AtLeast(rust_decimal::Decimal::from(100)));
    /// let t = Target::new("household_electricity_access", "2030".parse()?, Some("2015".parse()?), access)?;
    /// assert_eq!(t.progress_choice(), None);
    /// assert_eq!(t.with_progress(Scheme::OpenSdg)?.progress_choice(), Some(Scheme::OpenSdg));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn progress_choice(&self) -> Option<Scheme> {
        self.progress
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
    /// span), or a level target's base year of progress; `None` for a level target without one.
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
    /// A target that no figure judges is `pending`, unless its region ceased to exist before
    /// the target's period ended (the region's `ended`): then it is `not_assessable`, as no
    /// figure will be published for it. A year-to-date figure from before the end still tracks
    /// it (`on_track`, `off_track`), with no requirement on the rest of the year.
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
        let mut assessment = self.check_figures(report)?;
        // A target of a region that ended waits for no figure: none will come.
        if assessment.verdict == Verdict::Pending {
            if let Some(reason) = self.not_assessable(report, assessment.reason.target()) {
                assessment.verdict = Verdict::NotAssessable;
                assessment.reason = reason;
            }
        }
        Ok(assessment)
    }

    /// The verdict the figures give, `pending` for a target no figure judges.
    fn check_figures<F: Figures + ?Sized>(&self, report: &F) -> Result<Assessment> {
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
            required_rest_of_year: None,
            progress: None,
            plan_ratios: None,
            status: None,
        };
        if let Spec::AverageGrowth(condition) = self.spec {
            return self.check_average(report, indicator, condition, terms, assessment);
        }
        let Some((period, tracking)) = self.actual_period(report) else {
            if let Some((verdict, reason, progress)) = crate::progress::judge_target(self, report, indicator, terms)? {
                (assessment.verdict, assessment.reason, assessment.progress) = (verdict, reason, progress);
            }
            return Ok(assessment);
        };
        assessment.actual_period = Some(period);
        if !tracking {
            assessment.plan_ratios = self.plan_ratios(report);
        }
        let (actual, figures) = match self.actual(report, period)? {
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
        let (status, status_periods) = weakest(&figures);
        assessment.status = Some(status);
        let facts = Judged { period, actual: actual.clone(), against, at_pace, status, status_periods };
        assessment.reason = judged_reason(assessment.verdict, within(condition, &judged), terms, facts);
        assessment.actual = Some(actual);
        // A region that ceases to exist before the period ends has no rest of the period to ask
        // anything of: no figure will come for the months after its end.
        if tracking && self.region_ended_within(report).is_none() {
            assessment.required_rest_of_year = rest_of_year::for_target(
                self,
                report,
                indicator,
                period,
                assessment.required.as_ref(),
                assessment.required_upper.as_ref(),
            )?;
        }
        Ok(assessment)
    }

    /// The region of `report` and the day it ceased to exist, when that is not after the last
    /// day of the target's period: no figure will come for the rest of the period.
    fn region_ended_within<'a, F: Figures + ?Sized>(&self, report: &'a F) -> Option<(&'a Region, NaiveDate)> {
        let region = report.region()?;
        region.ended.filter(|&ended| ended <= self.period.end()).map(|ended| (region, ended))
    }

    /// Why the target cannot be assessed, when its region ceased to exist before the target's
    /// period ended and there is no figure for the whole period.
    fn not_assessable<F: Figures + ?Sized>(&self, report: &F, terms: &TargetTerms) -> Option<Reason> {
        let (region, ended) = self.region_ended_within(report)?;
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
        let (through, actual, figures) = match average::average(report, self)? {
            average::Averaged::Judged { through, actual, figures } => (through, actual, figures),
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
        let (status, status_periods) = weakest(&figures);
        assessment.status = Some(status);
        let facts =
            Judged { period, actual: actual.clone(), against: self.baseline, at_pace: false, status, status_periods };
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

    /// The growth or level to judge with the period and status of each figure it is read or
    /// computed from, or why there is none; an error when the figures are there but the
    /// growth cannot be computed from them.
    ///
    /// A printed growth is against the same period a year earlier, so it judges only a target
    /// whose baseline is that year; against another baseline the growth is computed from the
    /// levels of `period` and of the same span in the baseline's year.
    fn actual<F: Figures + ?Sized>(
        &self,
        report: &F,
        period: Period,
    ) -> Result<std::result::Result<(Estimate, Vec<Figure>), Pending>> {
        let id = &self.indicator;
        let level = report.level(id, period);
        let level_figure = (period, report.level_status(id, period));
        if !self.spec.is_growth() {
            return Ok(level.map(|q| (Estimate::from(&q), vec![level_figure])).ok_or(Pending::NoFigure));
        }
        let printed = report.printed_growth(id, period);
        if let Some(reported) = printed.filter(|_| self.printed_growth_applies()) {
            let figure = (period, report.growth_status(id, period));
            return Ok(Ok((Estimate::from(&Quantity::from_reported(reported, Unit::percent())), vec![figure])));
        }
        // `period` is the target's own or a year to date: each has a like period in the baseline's year.
        // OK because a growth target has a baseline, and that year holds a period like `period`.
        let base_period = self.base_period(period).expect("a growth target's figure has a base period");
        let before_period = whole_year_period(report, id, base_period);
        let before = before_period.and_then(|p| report.level(id, p));
        Ok(match (level, before) {
            (Some(now), Some(before)) => {
                // OK because `before` was read at `before_period`.
                let base = before_period.expect("a base level has its period");
                Ok((growth(&now, &before)?, vec![level_figure, (base, report.level_status(id, base))]))
            }
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

    /// The relative numbers of the plan when the target is a level to reach (`at_least` or
    /// `more_than`: the plan) and the report has the levels of its period and of its base (its
    /// baseline, else the previous year); `None` otherwise, or when the base is not positive.
    fn plan_ratios<F: Figures + ?Sized>(&self, report: &F) -> Option<PlanRatios> {
        let plan = match self.spec {
            Spec::Level(Condition::AtLeast(plan) | Condition::MoreThan(plan)) => plan,
            _ => return None,
        };
        let unit = report.indicator(&self.indicator)?.unit().clone();
        let base_period = self.baseline.or_else(|| self.period.checked_previous_year().ok())?;
        let base = whole_year_level(report, &self.indicator, base_period)?;
        let actual = report.level(&self.indicator, self.period)?;
        let plan = Quantity::from_reported(Reported::exact(plan), unit);
        plan_ratios(&base, &plan, &actual).ok()
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

/// A figure a verdict is judged from: its period and its status, if stated.
type Figure = (Period, Option<Status>);

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
pub(crate) fn whole_year_level<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Quantity> {
    report.level(id, whole_year_period(report, id, period)?)
}

/// The period [`whole_year_level`] reads: `period` if it has a level, else the year or
/// January to December that stands for it, if that has one.
fn whole_year_period<F: Figures + ?Sized>(report: &F, id: &str, period: Period) -> Option<Period> {
    let other = match period.span() {
        Span::Year => Period::year_to_date(period.calendar_year(), 12).ok(),
        Span::YearToDate(12) => Period::year(period.calendar_year()).ok(),
        _ => None,
    };
    std::iter::once(period).chain(other).find(|p| report.level(id, *p).is_some())
}

/// The reason for the verdict on a judged figure; `inside` says whether every value lies
/// inside a range condition (a met range that may be exceeded says so).
/// The weakest status of the figures a verdict is judged from, and the periods of the figures
/// that have it (none when it is `A`).
fn weakest(figures: &[(Period, Option<Status>)]) -> (Status, Vec<Period>) {
    let status = Status::weakest(figures.iter().map(|(_, s)| *s)).unwrap_or(Status::Normal);
    let periods = if status == Status::Normal {
        Vec::new()
    } else {
        figures.iter().filter(|(_, s)| s.unwrap_or(Status::Normal) == status).map(|(p, _)| *p).collect()
    };
    (status, periods)
}

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
    required_rest_of_year: Option<RestOfYear>,
    progress: Option<Progress>,
    plan_ratios: Option<PlanRatios>,
    status: Option<Status>,
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

    /// The relative numbers of the plan (*số tương đối kế hoạch*, see
    /// [`plan_ratios`](crate::plan_ratios)) for a level target to reach (`at_least` or
    /// `more_than`, the plan) whose period's level and base level (its baseline, else the
    /// previous year) the report has.
    ///
    /// # Example
    ///
    /// ```
    /// // Plan 660 for 2025 on a base of 600 in 2024, 700 achieved.
    /// let report = chiso::Report::from_json(r#"{"format": "chiso.report/1",
    ///   "region": {"id": "VN-XX", "name": {"vi": "X", "en": "X"}}, "publisher": {"vi": "Cục", "en": "Office"},
    ///   "indicators": [{"id": "revenue", "name": {"vi": "Thu", "en": "Revenue"}, "unit": "billion VND",
    ///                   "measure": "flow", "polarity": "higher_is_better"}],
    ///   "observations": [{"indicator": "revenue", "period": "2024", "value": "600"},
    ///                    {"indicator": "revenue", "period": "2025", "value": "700"}],
    ///   "targets": [{"indicator": "revenue", "period": "2025", "level": {"at_least": "660"}}]}"#)?;
    /// let ratios = report.assess_all()?[0].plan_ratios().cloned().unwrap();
    /// assert_eq!(ratios.planned().value().to_string(), "110");
    /// assert_eq!(ratios.completion().value().round_dp(2).to_string(), "106.06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn plan_ratios(&self) -> Option<&PlanRatios> {
        self.plan_ratios.as_ref()
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

    /// What the rest of the year needs, for an annual target tracked by a year-to-date figure
    /// of fewer than twelve months (`on_track`, `off_track`, or `undetermined` then): on a flow,
    /// the growth the remaining months need ([`RestOfYear::Required`]); on an index, a rate or
    /// a stock, [`RestOfYear::NotApplicable`]. `None` for any other assessment, or when the
    /// year-to-date level or the level the year needs is not known.
    ///
    /// Its sentence ([`RestOfYear::describe`]) is a line of its own, after the
    /// [reason](Assessment::reason): the CLI and the scorecard print it so.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn required_rest_of_year(&self) -> Option<&RestOfYear> {
        self.required_rest_of_year.as_ref()
    }

    /// The progress towards a level target for a future year, judged from its base year's
    /// figure and the latest (see [`Target::with_progress`]); `None` for other targets.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Report, Verdict};
    ///
    /// # // The format this version of chiso writes.
    /// # let format = serde_json::from_str::<serde_json::Value>(&datasets::binh_duong_2024().to_json())
    /// #     .unwrap()["format"].as_str().unwrap().to_string();
    /// let report = Report::from_json(&r#"{
    ///   "format": "FORMAT", "region": {"id": "VN-XX", "name": {"vi": "Tỉnh X", "en": "X province"}},
    ///   "publisher": {"vi": "Cục Thống kê", "en": "Statistics Office"},
    ///   "indicators": [{"id": "forest_cover", "name": {"vi": "Tỷ lệ che phủ rừng", "en": "Forest cover"},
    ///                   "unit": "percent", "measure": "stock", "polarity": "higher_is_better"}],
    ///   "observations": [{"indicator": "forest_cover", "period": "2015", "value": "80.0"},
    ///                    {"indicator": "forest_cover", "period": "2022", "value": "88.0"}],
    ///   "targets": [{"indicator": "forest_cover", "period": "2030", "baseline": "2015",
    ///                "level": {"at_least": "100"}, "progress": "unsd_2022"}]
    /// }"#.replace("FORMAT", &format))?;
    /// let assessment = report.assess(&report.targets()[0])?;
    /// assert_eq!(assessment.verdict(), Verdict::OffTrack);
    /// let progress = assessment.progress().unwrap();
    /// // 80.0 → 88.0 printed to one place: CR lies between 0.90 and 0.93, fair progress.
    /// assert_eq!(progress.class_name(), "fair_progress");
    /// assert_eq!(assessment.reason().kind(), "progress_off_track");
    /// assert_eq!(
    ///     assessment.reason_in(chiso::Lang::En),
    ///     "Forest cover: 80.0% (79.95–80.05) in 2015 and 88.0% (87.95–88.05) in 2022; by the UNSD Progress \
    ///      Chart 2022, progress towards the 2030 target of a level of at least 100% is fair progress but acceleration needed (CR 0.915 \
    ///      (0.900–0.929))."
    /// );
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn progress(&self) -> Option<&Progress> {
        self.progress.as_ref()
    }

    /// The weakest status ([`Status::weakest`]: `F` < `E` < `P` < `A`) of the figures the
    /// verdict was judged from: the actual level or printed growth, and for a growth computed
    /// from levels, both levels. A figure without a status counts as `A`. `None` when no
    /// figure was judged (a pending target).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Condition, Indicator, Measure, Names, Observation, Polarity, Region, Report, Status, Target};
    /// use rust_decimal::Decimal;
    ///
    /// let name = Names::new("Xuất khẩu", "Exports");
    /// let exports = Indicator::new("exports", name, "million USD".parse()?, Measure::Flow, Polarity::HigherIsBetter)?;
    /// let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
    /// let target = Target::new("exports", "2025".parse()?, Some("2023".parse()?), chiso::Spec::Growth(Condition::AtLeast(Decimal::TEN)))?;
    /// let report = Report::new(region, Names::new("Sở", "Department"), vec![exports], vec![
    ///     Observation::new("exports", "2023".parse()?)?.with_value("100".parse()?),
    ///     Observation::new("exports", "2025".parse()?)?.with_value("125".parse()?).with_status(Status::Estimated),
    /// ], vec![target])?;
    /// let assessment = report.assess(&report.targets()[0])?;
    /// assert_eq!(assessment.status(), Some(Status::Estimated));
    /// assert!(assessment.reason_in(chiso::Lang::En).ends_with("Judged from an estimated 2025 figure."));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn status(&self) -> Option<Status> {
        self.status
    }
}
