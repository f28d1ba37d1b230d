//! Why an assessment has its verdict, and the words both languages say it in.
//!
//! A [`Reason`] holds the figures behind a verdict (the indicator's names and unit, the
//! periods, the actual with its interval, the thresholds and the levels they require), so that
//! it can be written in either language, or kept as data. The Vietnamese follows the words the
//! source reports use for the same things: *tăng 11,4% so với cùng kỳ*, *đạt*, *vượt kế
//! hoạch*, *chưa có số liệu*, with numbers written `351.640` and `16,94`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::estimate::Estimate;
use crate::indicator::Names;
use crate::observation::Status;
use crate::period::{Period, Span};
use crate::progress::{Progress, Scheme, Unassessable};
use crate::quantity::Quantity;
use crate::target::Spec;
use crate::text::{
    format_condition, format_estimate, format_growth, format_quantity, format_rounded, growth_condition, with_unit,
    Lang,
};
use crate::unit::{Dimension, Unit};
use crate::value::Reported;

/// A period as a sentence in `lang` names it: `2025`, `năm 2025`, `6 tháng đầu năm 2025`.
pub(crate) fn period_in(period: Period, lang: Lang) -> String {
    let year = period.calendar_year();
    match (lang, period.span()) {
        (Lang::En, _) => period.to_string(),
        (Lang::Vi, Span::Year) => format!("năm {year}"),
        (Lang::Vi, Span::Quarter(q)) => format!("quý {}/{year}", ["I", "II", "III", "IV"][(q as usize - 1).min(3)]),
        (Lang::Vi, Span::Month(m)) => format!("tháng {m}/{year}"),
        (Lang::Vi, Span::YearToDate(12)) => format!("cả năm {year}"),
        (Lang::Vi, Span::YearToDate(m)) => format!("{m} tháng đầu năm {year}"),
    }
}

/// A figure with its interval, rounded to two places, or to as many as its value has when it
/// has at most six: a printed 99.995% stays 99.995%, not 100.00%, while a derived figure's 28
/// places are rounded. The interval's ends are rounded outward to the same places.
pub(crate) fn estimate_in(estimate: &Estimate, lang: Lang) -> String {
    let places = estimate.value().scale();
    format_estimate(estimate, lang, if places <= 6 { places.max(2) } else { 2 })
}

/// A growth as a sentence in `lang` gives it: `13.5% (13.45–13.55)`, and in Vietnamese with
/// its verb, `tăng 13,5% (13,45–13,55)` or `giảm 2,1% (2,05–2,15)`.
pub(crate) fn growth_in(growth: &Estimate, lang: Lang) -> String {
    match lang {
        Lang::En => estimate_in(growth, lang),
        Lang::Vi if growth.value().is_sign_negative() && !growth.value().is_zero() => {
            let fall = Estimate::derived(-growth.value(), growth.interval().neg(), growth.unit().cloned());
            format!("giảm {}", estimate_in(&fall, lang))
        }
        Lang::Vi => format!("tăng {}", estimate_in(growth, lang)),
    }
}

/// A distance between two figures of `unit`, rounded to two places: a distance between two
/// percentages is in percentage points.
pub(crate) fn gap_in(gap: Decimal, unit: Option<&Unit>, lang: Lang) -> String {
    let points = Unit::percentage_points();
    let unit = match unit {
        Some(u) if *u.dimension() == Dimension::Percent => Some(&points),
        other => other,
    };
    with_unit(format_rounded(gap, lang, 2), unit, lang)
}

/// The indicator's name in `lang`.
pub(crate) fn name_in(names: &Names, lang: Lang) -> &str {
    names.get(lang)
}

/// What a target says, as its reason repeats it: the indicator (id, names, unit), the period,
/// the baseline, the condition, and the levels it requires.
///
/// # Example
///
/// ```
/// let report = chiso::datasets::binh_duong_2024();
/// let retail = report.targets().iter().find(|t| t.indicator() == "retail_sales").unwrap();
/// let assessment = retail.check(&report)?;
/// let terms = assessment.reason().target();
/// assert_eq!((terms.indicator.as_str(), terms.name.vi.as_str()), ("retail_sales", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"));
/// assert_eq!(terms.required.as_ref().unwrap().value().to_string(), "397353.20");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TargetTerms {
    /// The indicator's id.
    pub indicator: String,
    /// The indicator's names.
    pub name: Names,
    /// The indicator's unit: the unit of a level target's thresholds and of the required levels.
    pub unit: Unit,
    /// The target's period.
    pub period: Period,
    /// The period a growth target is measured against; `None` for a level target.
    pub baseline: Option<Period>,
    /// What the target constrains, and its condition.
    pub spec: Spec,
    /// The level the target requires (for a range, at its low end), if it can be computed.
    pub required: Option<Estimate>,
    /// The level at the high end of a range target.
    pub required_upper: Option<Estimate>,
}

/// The figure a verdict judged.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Observation, Reason};
///
/// let report = datasets::binh_duong_2024()
///     .with_observation(Observation::new("retail_sales", "2025".parse()?)?.with_growth("13.5".parse()?))?;
/// let retail = report.targets().iter().find(|t| t.indicator() == "retail_sales").unwrap();
/// let assessment = retail.check(&report)?;
/// let Reason::Met { judged, .. } = assessment.reason() else { panic!("met") };
/// assert_eq!(judged.actual.value().to_string(), "13.5");
/// assert_eq!((judged.against, judged.at_pace), (None, false));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Judged {
    /// The period of the actual: the target's, or a year to date tracked against it.
    pub period: Period,
    /// The growth (in percent) or the level judged, with its interval.
    pub actual: Estimate,
    /// The period a growth computed from levels is against, when that is not the same period
    /// a year earlier (which a printed growth is against).
    pub against: Option<Period>,
    /// Whether a year-to-date level was judged at its pace over twelve months.
    pub at_pace: bool,
    /// The weakest status of the figures judged ([`Status::weakest`]): the level or printed
    /// growth, and for a growth computed from levels, both levels.
    pub status: Status,
    /// The periods of the figures with that status, when it is not normal (`A`).
    pub status_periods: Vec<Period>,
}

/// Why an assessment has its verdict: what kind of reason, with the figures behind it. It is
/// written in either language by [`Reason::render`] ([`Display`](std::fmt::Display) is
/// English), and serialised as an object `{"kind": ..., <figures>}` with decimals as strings.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Lang};
///
/// // As if Bình Dương had not ceased to exist on 1 July 2025 (the embedded report says it did).
/// let report = datasets::binh_duong_2024();
/// let report = report.clone().with_region(chiso::Region::new("VN-57", report.region().name.clone()))?;
/// let iip = report.assess(&report.targets()[0])?;
/// let reason = iip.reason();
/// assert_eq!(reason.kind(), "pending_no_figure");
/// assert_eq!(
///     reason.to_string(),
///     "Index of industrial production (IIP): no 2025 figure is reported yet; the target is growth of at least 9.7%."
/// );
/// assert_eq!(
///     reason.render(Lang::Vi),
///     "Chỉ số sản xuất công nghiệp (IIP): chưa có số liệu năm 2025; mục tiêu là tăng ít nhất 9,7% so với cùng kỳ."
/// );
/// let json = serde_json::to_value(reason).unwrap();
/// assert_eq!((json["kind"].as_str(), json["threshold"].as_str()), (Some("pending_no_figure"), Some("9.7")));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// No figure for the target's period (nor, for an annual target, for a year to date).
    PendingNoFigure {
        /// The target.
        target: TargetTerms,
    },
    /// A growth against an earlier baseline than the previous year, with a level missing to
    /// compute it from (a printed growth is against the previous year).
    PendingMissingLevels {
        /// The target.
        target: TargetTerms,
        /// The period of the figure.
        period: Period,
        /// The like period in the baseline's year.
        base_period: Period,
        /// The growth printed for `period`, against the same period a year earlier, if any.
        printed_growth: Option<Reported>,
        /// The periods whose level is missing.
        missing: Vec<Period>,
    },
    /// Every value the figures allow meets the target.
    Met {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// Every value meets a range target, and some lie beyond its good end.
    MetMayExceed {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// Every value lies beyond the range, on the good side.
    Exceeded {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// No value meets the target.
    Missed {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// The values the figures allow lie on both sides of the target.
    Undetermined {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// A year-to-date figure that, held for the year, meets the annual target.
    OnTrack {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// A year-to-date figure that, held for the year, misses the annual target.
    OffTrack {
        /// The target.
        target: TargetTerms,
        /// The figure judged.
        judged: Judged,
    },
    /// A level target for a future year, judged by the progress from its base year to the
    /// latest figure; the kind names the verdict: `progress_on_track`, `progress_off_track`,
    /// `progress_undetermined`.
    Progress {
        /// The target.
        target: TargetTerms,
        /// The progress, with its class and measure.
        progress: Box<Progress>,
    },
    /// A level target for a future year whose progress the scheme cannot assess from the
    /// figures.
    ProgressNotAssessed {
        /// The target.
        target: TargetTerms,
        /// The scheme.
        scheme: Scheme,
        /// Why not.
        why: Unassessable,
    },
    /// The region ceased to exist before the target's period ended, and no figure for the
    /// whole period was published: none will be.
    NotAssessableRegionEnded {
        /// The target.
        target: TargetTerms,
        /// The region's names.
        region: Names,
        /// The day it ceased to exist.
        ended: NaiveDate,
        /// The id of the region that took over its territory, if known.
        successor: Option<String>,
    },
    /// An average-growth target with no year of its span reached: neither the levels (of the
    /// baseline year and a year of the span) nor the printed growth of its first year.
    PendingAverageGrowth {
        /// The target.
        target: TargetTerms,
        /// The years with no figure: the baseline year without a level, and each year of the
        /// span with neither a level nor a printed growth.
        missing: Vec<Period>,
    },
}

/// One figure of a [`Reason`], as [`Reason::fields`] gives it.
///
/// # Example
///
/// See [`Reason::fields`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReasonField {
    /// Text: an id, a name, a unit, a period, a condition's name.
    Text(String),
    /// A decimal, exactly.
    Number(Decimal),
    /// Yes or no.
    Flag(bool),
    /// A list of texts: the periods whose level is missing.
    Texts(Vec<String>),
    /// Nothing: an open end, no baseline, no level required.
    Empty,
}

impl serde::Serialize for ReasonField {
    /// Text as a string, a decimal as a string of its digits, a flag as a boolean, a list as
    /// an array, nothing as null.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            ReasonField::Text(t) => serializer.serialize_str(t),
            ReasonField::Number(d) => serializer.collect_str(d),
            ReasonField::Flag(b) => serializer.serialize_bool(*b),
            ReasonField::Texts(list) => list.serialize(serializer),
            ReasonField::Empty => serializer.serialize_none(),
        }
    }
}

impl Reason {
    /// What kind of reason: `pending_no_figure`, `pending_missing_levels`,
    /// `pending_average_growth`, `met`, `met_may_exceed`, `exceeded`, `missed`, `undetermined`,
    /// `on_track`, `off_track`, `not_assessable_region_ended`, and for a level target for a
    /// future year `progress_on_track`, `progress_off_track`, `progress_undetermined` or
    /// `progress_not_assessed`.
    ///
    /// # Example
    ///
    /// See [`Reason`].
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::PendingNoFigure { .. } => "pending_no_figure",
            Reason::PendingMissingLevels { .. } => "pending_missing_levels",
            Reason::Met { .. } => "met",
            Reason::MetMayExceed { .. } => "met_may_exceed",
            Reason::Exceeded { .. } => "exceeded",
            Reason::Missed { .. } => "missed",
            Reason::Undetermined { .. } => "undetermined",
            Reason::OnTrack { .. } => "on_track",
            Reason::OffTrack { .. } => "off_track",
            Reason::Progress { progress, .. } => match progress.on_track() {
                Some(true) => "progress_on_track",
                Some(false) => "progress_off_track",
                None => "progress_undetermined",
            },
            Reason::ProgressNotAssessed { .. } => "progress_not_assessed",
            Reason::NotAssessableRegionEnded { .. } => "not_assessable_region_ended",
            Reason::PendingAverageGrowth { .. } => "pending_average_growth",
        }
    }

    /// The target the reason is about.
    ///
    /// # Example
    ///
    /// See [`TargetTerms`].
    pub fn target(&self) -> &TargetTerms {
        match self {
            Reason::PendingNoFigure { target }
            | Reason::PendingMissingLevels { target, .. }
            | Reason::Met { target, .. }
            | Reason::MetMayExceed { target, .. }
            | Reason::Exceeded { target, .. }
            | Reason::Missed { target, .. }
            | Reason::Undetermined { target, .. }
            | Reason::OnTrack { target, .. }
            | Reason::OffTrack { target, .. }
            | Reason::Progress { target, .. }
            | Reason::ProgressNotAssessed { target, .. }
            | Reason::NotAssessableRegionEnded { target, .. }
            | Reason::PendingAverageGrowth { target, .. } => target,
        }
    }

    /// The figure judged, for a reason that is not pending.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert!(report.assess(&report.targets()[0])?.reason().judged().is_none());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn judged(&self) -> Option<&Judged> {
        match self {
            Reason::Met { judged, .. }
            | Reason::MetMayExceed { judged, .. }
            | Reason::Exceeded { judged, .. }
            | Reason::Missed { judged, .. }
            | Reason::Undetermined { judged, .. }
            | Reason::OnTrack { judged, .. }
            | Reason::OffTrack { judged, .. } => Some(judged),
            _ => None,
        }
    }

    /// The figures, flat and named, in a fixed order: `indicator`, `name_vi`, `name_en`,
    /// `unit`, `period`, `target` (`growth` or `level`), `condition` (`at_least`, `between`,
    /// …), `threshold`, `threshold_upper`, `baseline`, `required` with `required_low` and
    /// `required_high`, `required_upper` with its ends; then for a judged reason
    /// `actual_period`, `actual` with `actual_low` and `actual_high`, `against`, `at_pace`,
    /// `status` (the weakest status of the figures judged, `A` … `F`);
    /// for a pending one, as it has them, `actual_period`, `base_period`, `printed_growth`
    /// with its `printed_growth_bound` (`as_printed`, `more_than`, …)
    /// and `missing`; for a progress reason `scheme`, `class`, `between`, `measure` with its
    /// ends, `projection`, `base_year` and `current_year`, and when progress cannot be
    /// assessed `scheme` and `why`; for a region that ended, `region_vi`, `region_en`, `ended`
    /// and `successor`. Serialising the reason writes `kind` and these.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::ReasonField;
    /// use rust_decimal::Decimal;
    ///
    /// let report = chiso::datasets::binh_duong_2024();
    /// let retail = report.assess(&report.targets()[1])?;
    /// let fields = retail.reason().fields();
    /// let get = |name: &str| fields.iter().find(|(n, _)| *n == name).map(|(_, f)| f.clone()).unwrap();
    /// assert_eq!(get("threshold_upper"), ReasonField::Number(Decimal::from(14)));
    /// assert_eq!(get("baseline"), ReasonField::Text("2024".into()));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn fields(&self) -> Vec<(&'static str, ReasonField)> {
        let text = |s: String| ReasonField::Text(s);
        let number = |d: Option<Decimal>| d.map_or(ReasonField::Empty, ReasonField::Number);
        let period = |p: Option<Period>| p.map_or(ReasonField::Empty, |p| ReasonField::Text(p.to_string()));
        let t = self.target();
        let (low, high) = t.spec.condition().thresholds();
        let mut fields = vec![
            ("indicator", text(t.indicator.clone())),
            ("name_vi", text(t.name.vi.clone())),
            ("name_en", text(t.name.en.clone())),
            ("unit", text(t.unit.to_string())),
            ("period", text(t.period.to_string())),
            ("target", text(t.spec.kind().to_string())),
            ("condition", text(t.spec.condition().name().to_string())),
            ("threshold", ReasonField::Number(low)),
            ("threshold_upper", number(high)),
            ("baseline", period(t.baseline)),
        ];
        let mut estimate = |name: &'static str, low: &'static str, high: &'static str, e: Option<&Estimate>| {
            fields.push((name, number(e.map(Estimate::value))));
            fields.push((low, number(e.and_then(Estimate::low))));
            fields.push((high, number(e.and_then(Estimate::high))));
        };
        estimate("required", "required_low", "required_high", t.required.as_ref());
        estimate("required_upper", "required_upper_low", "required_upper_high", t.required_upper.as_ref());
        if let Some(j) = self.judged() {
            estimate("actual", "actual_low", "actual_high", Some(&j.actual));
            fields.insert(fields.len() - 3, ("actual_period", period(Some(j.period))));
            fields.push(("against", period(j.against)));
            fields.push(("at_pace", ReasonField::Flag(j.at_pace)));
            fields.push(("status", text(j.status.code().to_string())));
        }
        if let Reason::PendingMissingLevels { period: p, base_period, printed_growth, missing, .. } = self {
            fields.push(("actual_period", period(Some(*p))));
            fields.push(("base_period", period(Some(*base_period))));
            fields.push(("printed_growth", number(printed_growth.map(|g| g.value()))));
            let bound = printed_growth.map_or(ReasonField::Empty, |g| text(g.bound().name().to_string()));
            fields.push(("printed_growth_bound", bound));
            fields.push(("missing", ReasonField::Texts(missing.iter().map(Period::to_string).collect())));
        }
        match self {
            Reason::Progress { progress: p, .. } => {
                fields.push(("scheme", text(p.scheme().name().to_string())));
                fields.push(("class", text(p.class_name().to_string())));
                fields
                    .push(("between", ReasonField::Texts(p.between().iter().map(|c| c.name().to_string()).collect())));
                let measure = p.measure();
                fields.push(("measure", number(measure.map(Estimate::value))));
                fields.push(("measure_low", number(measure.and_then(Estimate::low))));
                fields.push(("measure_high", number(measure.and_then(Estimate::high))));
                fields.push(("projection", number(p.projection().map(Estimate::value))));
                fields.push(("base_year", text(p.base().0.to_string())));
                fields.push(("current_year", text(p.current().0.to_string())));
            }
            Reason::ProgressNotAssessed { scheme, why, .. } => {
                fields.push(("scheme", text(scheme.name().to_string())));
                fields.push(("why", text(why.kind().to_string())));
            }
            _ => {}
        }
        if let Reason::PendingAverageGrowth { missing, .. } = self {
            fields.push(("missing", ReasonField::Texts(missing.iter().map(Period::to_string).collect())));
        }
        if let Reason::NotAssessableRegionEnded { region, ended, successor, .. } = self {
            fields.push(("region_vi", text(region.vi.clone())));
            fields.push(("region_en", text(region.en.clone())));
            fields.push(("ended", text(ended.to_string())));
            fields.push(("successor", successor.clone().map_or(ReasonField::Empty, text)));
        }
        fields
    }

    /// The reason as a sentence in `lang`: the indicator's name in that language, numbers
    /// written as it writes them, units on every level and threshold. The Vietnamese uses the
    /// words of the source reports: *tăng … so với cùng kỳ*, *đạt*, *vượt kế hoạch*, *chưa có
    /// số liệu*.
    ///
    /// # Example
    ///
    /// See [`Reason`].
    pub fn render(&self, lang: Lang) -> String {
        let t = self.target();
        let name = name_in(&t.name, lang);
        match self {
            Reason::PendingNoFigure { .. } => {
                let p = period_in(t.period, lang);
                match lang {
                    Lang::En => format!("{name}: no {p} figure is reported yet; {}", tail(t, lang)),
                    Lang::Vi => format!("{name}: chưa có số liệu {p}; {}", tail(t, lang)),
                }
            }
            Reason::PendingMissingLevels { period, base_period, printed_growth, missing, .. } => {
                let (p, b) = (period_in(*period, lang), period_in(*base_period, lang));
                let missing: Vec<String> = missing.iter().map(|m| period_in(*m, lang)).collect();
                let why = match (lang, printed_growth) {
                    (Lang::En, Some(g)) => format!(
                        "the reported {p} growth of {} is against the same period a year earlier, not the baseline \
                         {b}, and there is no {} level to compute it from",
                        format_quantity(&Quantity::from_reported(*g, Unit::percent()), lang),
                        missing.join(" or ")
                    ),
                    (Lang::En, None) => format!(
                        "no growth is reported for {p}, and there is no {} level to compute it from",
                        missing.join(" or ")
                    ),
                    (Lang::Vi, Some(g)) => format!(
                        "số liệu công bố {p} {} là so với cùng kỳ, không phải so với {b}, và chưa có số liệu {} để tính",
                        format_growth(g, lang),
                        missing.join(" và ")
                    ),
                    (Lang::Vi, None) => format!(
                        "chưa có số liệu tăng trưởng {p}, và chưa có số liệu {} để tính",
                        missing.join(" và ")
                    ),
                };
                format!("{name}: {why}; {}", tail(t, lang))
            }
            Reason::Progress { progress, .. } => format!("{name}: {}", progress_sentence(t, progress, lang)),
            Reason::ProgressNotAssessed { scheme, why, .. } => {
                let (goal, year) = (goal_in(t, lang), period_in(t.period, lang));
                match lang {
                    Lang::En => format!(
                        "{name}: by the {}, progress towards the {year} target of {goal} cannot be assessed: {}.",
                        scheme.label(lang),
                        why.render(lang)
                    ),
                    Lang::Vi => format!(
                        "{name}: theo {}, không đánh giá được tiến độ tới mục tiêu {year} ({goal}): {}.",
                        scheme.label(lang),
                        why.render(lang)
                    ),
                }
            }
            Reason::PendingAverageGrowth { missing, .. } => {
                let missing: Vec<String> = missing.iter().map(|m| m.calendar_year().to_string()).collect();
                match lang {
                    Lang::En => format!("{name}: no figure yet for {}; {}", missing.join(", "), tail(t, lang)),
                    Lang::Vi => format!("{name}: chưa có số liệu các năm {}; {}", missing.join(", "), tail(t, lang)),
                }
            }
            Reason::NotAssessableRegionEnded { region, ended, successor, .. } => {
                let region = region.get(lang);
                let into = successor.as_deref();
                let p = period_in(t.period, lang);
                match lang {
                    Lang::En => {
                        let merged = into.map_or_else(String::new, |s| format!(" (merged into {s})"));
                        format!(
                            "{name}: {region} ceased to exist on {}{merged}; no {p} figure will be published for it, \
                             so the target cannot be assessed.",
                            ended.format("%-d %B %Y")
                        )
                    }
                    Lang::Vi => {
                        let merged = into.map_or_else(String::new, |s| format!(" (sáp nhập vào {s})"));
                        format!(
                            "{name}: {region} không còn là đơn vị hành chính từ ngày {}{merged}; sẽ không có số liệu \
                             {p} của địa phương này nên không đánh giá được mục tiêu.",
                            ended.format("%-d/%-m/%Y")
                        )
                    }
                }
            }
            _ => {
                // OK because every reason but the pending ones has a judged figure.
                let judged = self.judged().expect("a judged reason");
                format!("{name}: {}{}", judged_sentence(self, t, judged, lang), status_sentence(judged, lang))
            }
        }
    }
}

impl std::fmt::Display for Reason {
    /// The English sentence.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl serde::Serialize for Reason {
    /// `{"kind": ..., <fields>}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let fields = self.fields();
        let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
        map.serialize_entry("kind", self.kind())?;
        for (name, field) in &fields {
            map.serialize_entry(name, field)?;
        }
        map.end()
    }
}

/// The target's condition with its unit: `at least 9.7%`, `13–14%`, `at least 99.99%`.
fn condition_in(t: &TargetTerms, lang: Lang) -> String {
    let percent = Unit::percent();
    let unit = if t.spec.is_rate_of_change() { &percent } else { &t.unit };
    format_condition(&t.spec.condition(), Some(unit), lang)
}

/// A baseline other than the previous year, which the English names: ` against 2023`.
fn against_baseline(t: &TargetTerms) -> Option<Period> {
    t.baseline.filter(|b| t.period.checked_previous_year().ok() != Some(*b))
}

/// What the target asks, as a phrase: `growth of 13–14%`, `tăng 13–14% so với cùng kỳ`,
/// `a level of at least 99.99%`, `đạt ít nhất 99,99%`.
fn goal_in(t: &TargetTerms, lang: Lang) -> String {
    if let (Spec::AverageGrowth(c), Some(b)) = (t.spec, t.baseline) {
        return crate::target::average::describe(&c, Some((b.calendar_year() + 1, t.period.calendar_year())), lang);
    }
    let condition = condition_in(t, lang);
    match (t.spec.is_growth(), lang) {
        (true, Lang::En) => match against_baseline(t) {
            Some(b) => format!("growth of {condition} against {b}"),
            None => format!("growth of {condition}"),
        },
        (true, Lang::Vi) => {
            let change = growth_condition(&t.spec.condition(), Lang::Vi);
            match against_baseline(t) {
                Some(b) => format!("{change} so với {}", period_in(b, lang)),
                None => format!("{change} so với cùng kỳ"),
            }
        }
        (false, Lang::En) => format!("a level of {condition}"),
        (false, Lang::Vi) => format!("đạt {condition}"),
    }
}

/// The level or levels required: `397,353.20 billion VND (…) to 400,869.60 billion VND (…)`.
fn required_in(t: &TargetTerms, lang: Lang) -> Option<String> {
    let required = estimate_in(t.required.as_ref()?, lang);
    Some(match (&t.required_upper, lang) {
        (Some(upper), Lang::En) => format!("{required} to {}", estimate_in(upper, lang)),
        (Some(upper), Lang::Vi) => format!("từ {required} đến {}", estimate_in(upper, lang)),
        (None, _) => required,
    })
}

/// The end of a pending reason: what the target asks, and the level it requires if known.
fn tail(t: &TargetTerms, lang: Lang) -> String {
    let goal = goal_in(t, lang);
    let p = period_in(t.period, lang);
    match (required_in(t, lang).filter(|_| t.spec.is_growth()), lang) {
        (Some(required), Lang::En) => format!("{goal} requires a {p} level of {required}."),
        (Some(required), Lang::Vi) => format!("để {goal}, {p} cần đạt {required}."),
        (None, Lang::En) => format!("the target is {goal}."),
        (None, Lang::Vi) => format!("mục tiêu là {goal}."),
    }
}

/// The sentence of a progress reason, after the indicator's name: the base and latest
/// figures, the scheme, the class and the measure, and the projection if any.
fn progress_sentence(t: &TargetTerms, p: &Progress, lang: Lang) -> String {
    let ((b, base), (c, now)) = (p.base(), p.current());
    let united = |e: &Estimate| Estimate::derived(e.value(), e.interval(), Some(t.unit.clone()));
    let (base, now) = (estimate_in(&united(base), lang), estimate_in(&united(now), lang));
    // A derived figure whose interval is narrower than the places shown is shown as its point.
    let shown = |e: &Estimate, places: u32| {
        let round = |v: Option<Decimal>| v.map(|v| v.round_dp(places));
        if round(e.low()) == round(e.high()) && e.low().is_some() {
            with_unit(format_rounded(e.value(), lang, places), e.unit(), lang)
        } else {
            format_estimate(e, lang, places)
        }
    };
    let (goal, year) = (goal_in(t, lang), period_in(t.period, lang));
    let scheme = p.scheme();
    let measure = p.measure().map(|m| format!(" ({} {})", scheme.measure_label(lang), shown(m, 3))).unwrap_or_default();
    let projected = p.projection().map(|e| shown(&united(e), 2));
    match lang {
        Lang::En => {
            let projected = projected.map(|e| format!("; the trend projects {e} for {year}")).unwrap_or_default();
            format!(
                "{base} in {b} and {now} in {c}; by the {}, progress towards the {year} target of {goal} is {}{measure}{projected}.",
                scheme.label(lang),
                p.class_label(lang)
            )
        }
        Lang::Vi => {
            let projected = projected.map(|e| format!("; theo xu hướng này, {year} đạt {e}")).unwrap_or_default();
            format!(
                "năm {b} đạt {base}, năm {c} đạt {now}; theo {}, tiến độ tới mục tiêu {year} ({goal}) là “{}”{measure}{projected}.",
                scheme.label(lang),
                p.class_label(lang)
            )
        }
    }
}

/// What a verdict judged from figures that are not final rests on: ` Judged from an
/// estimated 2024 figure.`, ` Đánh giá từ số ước tính năm 2024.`; nothing for final figures.
fn status_sentence(judged: &Judged, lang: Lang) -> String {
    if judged.status == Status::Normal {
        return String::new();
    }
    let label = judged.status.label(lang);
    let periods: Vec<String> = judged.status_periods.iter().map(|p| period_in(*p, lang)).collect();
    match lang {
        Lang::En => {
            let article = if label.starts_with('e') { "an" } else { "a" };
            match periods.len() {
                1 => format!(" Judged from {article} {label} {} figure.", periods[0]),
                _ => format!(" Judged from {label} {} figures.", periods.join(" and ")),
            }
        }
        Lang::Vi => format!(" Đánh giá từ số {label} {}.", periods.join(" và ")),
    }
}

/// The sentence of a judged reason, after the indicator's name.
fn judged_sentence(reason: &Reason, t: &TargetTerms, judged: &Judged, lang: Lang) -> String {
    if matches!(t.spec, Spec::AverageGrowth(_)) {
        return average_sentence(reason, t, judged, lang);
    }
    let p = period_in(judged.period, lang);
    let target_period = period_in(t.period, lang);
    let growth = t.spec.is_growth();
    match lang {
        Lang::En => {
            let shown = estimate_in(&judged.actual, lang);
            let against = judged.against.map_or_else(String::new, |b| format!(" against {b}"));
            let pace = if judged.at_pace { " at its pace over twelve months" } else { "" };
            let what = if growth { "growth" } else { "level" };
            let subject = format!("the {p} {what} of {shown}{against}{pace}");
            let target = format!("the {target_period} target of {}", condition_in(t, lang));
            match reason {
                Reason::Met { .. } => format!("{subject} meets {target} whatever the printed figures' rounding."),
                Reason::MetMayExceed { .. } => {
                    format!("{subject} meets {target}, and may exceed its range: the printed figures allow both.")
                }
                Reason::Exceeded { .. } => format!("{subject} lies beyond the range of {target}, on the good side."),
                Reason::Missed { .. } => {
                    format!("{subject} falls short of {target} even at the edge of its printed bounds.")
                }
                Reason::OnTrack { .. } => format!("{subject} is on track for {target}."),
                Reason::OffTrack { .. } => format!("{subject} is off track for {target}."),
                _ => format!(
                    "{subject} straddles {target}: the printed figures allow values on both sides, so whether it is \
                     met cannot be told."
                ),
            }
        }
        Lang::Vi => {
            let subject = if growth {
                let against = judged.against.map_or_else(|| "cùng kỳ".to_string(), |b| period_in(b, lang));
                format!("{p} {} so với {against}", growth_in(&judged.actual, lang))
            } else {
                let pace = if judged.at_pace { ", theo nhịp độ này trong cả năm" } else { "" };
                format!("{p} đạt {}{pace}", estimate_in(&judged.actual, lang))
            };
            let target = format!("mục tiêu {target_period} ({})", goal_in(t, lang));
            match reason {
                Reason::Met { .. } => format!("{subject}, đạt {target} dù số liệu công bố được làm tròn thế nào."),
                Reason::MetMayExceed { .. } => format!(
                    "{subject}, đạt {target} và có thể vượt kế hoạch: số liệu công bố cho phép cả hai khả năng."
                ),
                Reason::Exceeded { .. } => format!("{subject}, vượt kế hoạch so với {target}."),
                Reason::Missed { .. } => {
                    format!("{subject}, không đạt {target} kể cả ở biên của số liệu công bố.")
                }
                Reason::OnTrack { .. } => format!("{subject}, đúng tiến độ để đạt {target}."),
                Reason::OffTrack { .. } => format!("{subject}, chậm tiến độ so với {target}."),
                _ => format!(
                    "{subject}, nằm vắt qua {target}: số liệu công bố cho phép giá trị ở cả hai phía nên chưa xác \
                     định được có đạt hay không."
                ),
            }
        }
    }
}

/// The sentence of a judged average-growth reason, after the indicator's name: `average growth
/// of 8.35% (8.34–8.36) a year over 2021–2023 is on track for the target (average growth at
/// least 8% a year 2021–2025), from the years so far.`
fn average_sentence(reason: &Reason, t: &TargetTerms, judged: &Judged, lang: Lang) -> String {
    let first = judged.against.map_or(t.period.calendar_year(), |b| b.calendar_year() + 1);
    let through = judged.period.calendar_year();
    let goal = goal_in(t, lang);
    let so_far = judged.period != t.period;
    match lang {
        Lang::En => {
            let subject =
                format!("average growth of {} a year over {first}–{through}", estimate_in(&judged.actual, lang));
            let so_far = if so_far { ", from the years so far" } else { "" };
            match reason {
                Reason::Met { .. } => format!("{subject} meets the target ({goal}) whatever the printed figures' rounding."),
                Reason::MetMayExceed { .. } => {
                    format!("{subject} meets the target ({goal}), and may exceed its range: the printed figures allow both.")
                }
                Reason::Exceeded { .. } => format!("{subject} lies beyond the range of the target ({goal}), on the good side."),
                Reason::Missed { .. } => {
                    format!("{subject} falls short of the target ({goal}) even at the edge of its printed bounds.")
                }
                Reason::OnTrack { .. } => format!("{subject} is on track for the target ({goal}){so_far}."),
                Reason::OffTrack { .. } => format!("{subject} is off track for the target ({goal}){so_far}."),
                _ => format!(
                    "{subject} straddles the target ({goal}){so_far}: the printed figures allow values on both sides, so \
                     whether it is met cannot be told."
                ),
            }
        }
        Lang::Vi => {
            let change = growth_in(&judged.actual, lang).replacen(' ', " bình quân ", 1);
            let subject = format!("{change}/năm giai đoạn {first}–{through}");
            let target = format!("mục tiêu {goal}");
            let so_far = if so_far { " (theo các năm đã có số liệu)" } else { "" };
            match reason {
                Reason::Met { .. } => format!("{subject}, đạt {target} dù số liệu công bố được làm tròn thế nào."),
                Reason::MetMayExceed { .. } => {
                    format!(
                        "{subject}, đạt {target} và có thể vượt kế hoạch: số liệu công bố cho phép cả hai khả năng."
                    )
                }
                Reason::Exceeded { .. } => format!("{subject}, vượt kế hoạch so với {target}."),
                Reason::Missed { .. } => format!("{subject}, không đạt {target} kể cả ở biên của số liệu công bố."),
                Reason::OnTrack { .. } => format!("{subject}, đúng tiến độ để đạt {target}{so_far}."),
                Reason::OffTrack { .. } => format!("{subject}, chậm tiến độ so với {target}{so_far}."),
                _ => format!(
                    "{subject}, nằm vắt qua {target}{so_far}: số liệu công bố cho phép giá trị ở cả hai phía nên chưa \
                     xác định được có đạt hay không."
                ),
            }
        }
    }
}
