//! Revisions: how a figure changed from one vintage to the next, whether the change is more
//! than rounding, and whether it changes a target's verdict.
//!
//! The vintages of a figure are the observations of one indicator in one period, ordered as
//! the rules pick the latest (by `as_of`, undated first, ties in the order given). Each
//! consecutive pair is a revision. Its size is the later figure minus the earlier, in the
//! indicator's unit (in percentage points for a percent indicator and for a growth), with the
//! interval the two printed figures allow, as the revision analyses of statistics offices
//! measure it (OECD/Eurostat, *Guidelines on revisions policy and analysis*, 2007: the
//! revision is "later estimate minus earlier estimate"). When the intervals the two printed
//! figures stand for overlap, the change could be rounding alone; when they do not, the
//! figure was revised.
//!
//! A revision changes a verdict when a target judged with the earlier vintage as the latest
//! gets another verdict with the later one: each view keeps only the figure's vintages up to
//! one of the two, every other figure as the report gives it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Result;
use crate::estimate::Estimate;
use crate::figures::{checked_level, latest, Figures};
use crate::growth::change_pp;
use crate::indicator::{Indicator, Names};
use crate::observation::{Observation, Status};
use crate::period::Period;
use crate::quantity::Quantity;
use crate::reason::{estimate_in, gap_in, name_in, period_in, ReasonField};
use crate::text::{format_growth, format_quantity, Lang};
use crate::unit::{Dimension, Unit};
use crate::value::Reported;

use super::{Region, Report};

/// One vintage of a figure: what one observation said.
///
/// # Example
///
/// See [`Revision`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Vintage {
    /// The observation's position in the report.
    pub observation: usize,
    /// The level, in the indicator's unit.
    #[serde(serialize_with = "level")]
    pub level: Option<Quantity>,
    /// The growth against the same period a year earlier, in percent, as printed.
    #[serde(serialize_with = "reported")]
    pub growth: Option<Reported>,
    /// The status, if stated (none counts as `A` for [`Status::weakest`]).
    pub status: Option<Status>,
    /// The publication date, if known.
    pub as_of: Option<NaiveDate>,
}

/// A level as an [`Estimate`]: its value, the interval its printing allows, its unit.
fn level<S: serde::Serializer>(q: &Option<Quantity>, serializer: S) -> std::result::Result<S::Ok, S::Error> {
    q.as_ref().map(Estimate::from).serialize(serializer)
}

/// A growth as an [`Estimate`] in percent.
fn reported<S: serde::Serializer>(g: &Option<Reported>, serializer: S) -> std::result::Result<S::Ok, S::Error> {
    g.map(|g| Estimate::from(&Quantity::from_reported(g, Unit::percent()))).serialize(serializer)
}

impl Vintage {
    fn of(position: usize, observation: &Observation, indicator: &Indicator) -> Vintage {
        Vintage {
            observation: position,
            level: checked_level(observation, indicator),
            growth: observation.growth().copied(),
            status: observation.status(),
            as_of: observation.as_of(),
        }
    }

    /// `351,640 billion VND, up 13.3% (E, 2025-01-05)`.
    fn render(&self, lang: Lang) -> String {
        let mut figures: Vec<String> = self.level.iter().map(|q| format_quantity(q, lang)).collect();
        figures.extend(self.growth.iter().map(|g| format_growth(g, lang)));
        let date = match (self.as_of, lang) {
            (Some(d), Lang::En) => d.format("%Y-%m-%d").to_string(),
            (Some(d), Lang::Vi) => d.format("%d/%m/%Y").to_string(),
            (None, Lang::En) => "undated".to_string(),
            (None, Lang::Vi) => "không ghi ngày".to_string(),
        };
        let tag = self.status.map_or(date.clone(), |s| format!("{}, {date}", s.code()));
        format!("{} ({tag})", figures.join(", "))
    }
}

/// What a target's verdict is with the earlier vintage of a revised figure as the latest, and
/// with the later one.
///
/// # Example
///
/// See [`Revision`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct VerdictChange {
    /// The target's position in the report.
    pub target: usize,
    /// The target's period.
    pub period: Period,
    /// The verdict with the earlier vintage.
    pub before: crate::target::Verdict,
    /// The verdict with the later vintage.
    pub after: crate::target::Verdict,
}

impl VerdictChange {
    /// Whether the verdict differs.
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// A figure's change from one vintage to the next.
///
/// # Example
///
/// ```
/// use chiso::{Observation, Status, Verdict};
///
/// let report = chiso::datasets::binh_duong_2024()
///     .with_observation(Observation::new("commercial_electricity", "2024".parse()?)?
///         .with_value("17.1".parse()?).with_status(Status::Normal)
///         .with_as_of(chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()))?;
/// let revisions = report.revisions()?;
/// let revision = revisions.iter().next().unwrap();
/// assert_eq!(revision.indicator(), "commercial_electricity");
/// assert_eq!(revision.level().unwrap().value().to_string(), "0.16");
/// assert_eq!(revision.level_bounds_overlap(), Some(false));
/// assert!(revision.verdict_changes().is_empty());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    indicator: String,
    #[serde(skip)]
    name: Names,
    unit: Unit,
    period: Period,
    earlier: Vintage,
    later: Vintage,
    level: Option<Estimate>,
    level_pp: Option<Estimate>,
    growth_pp: Option<Estimate>,
    level_bounds_overlap: Option<bool>,
    growth_bounds_overlap: Option<bool>,
    verdict_changes: Vec<VerdictChange>,
}

impl Revision {
    /// The indicator's id.
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The indicator's names.
    ///
    /// # Example
    ///
    /// ```
    /// # let report = chiso::datasets::binh_duong_2024();
    /// assert!(report.revisions()?.iter().all(|r| !r.name().en.is_empty()));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn name(&self) -> &Names {
        &self.name
    }

    /// The indicator's unit, the unit of [`Revision::level`].
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// The period of the figure.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// The earlier vintage.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn earlier(&self) -> &Vintage {
        &self.earlier
    }

    /// The later vintage.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn later(&self) -> &Vintage {
        &self.later
    }

    /// The later level minus the earlier, in the indicator's unit, with the interval the two
    /// printed figures allow; `None` unless both vintages give a level.
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn level(&self) -> Option<&Estimate> {
        self.level.as_ref()
    }

    /// For an indicator in percent, [`Revision::level`] in percentage points.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn level_pp(&self) -> Option<&Estimate> {
        self.level_pp.as_ref()
    }

    /// The later printed growth minus the earlier, in percentage points; `None` unless both
    /// vintages give a growth.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn growth_pp(&self) -> Option<&Estimate> {
        self.growth_pp.as_ref()
    }

    /// Whether the intervals the two printed levels stand for overlap (the change could be
    /// rounding) or not (a real revision); `None` unless both give a level.
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn level_bounds_overlap(&self) -> Option<bool> {
        self.level_bounds_overlap
    }

    /// Whether the intervals the two printed growths stand for overlap; `None` unless both
    /// give a growth.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn growth_bounds_overlap(&self) -> Option<bool> {
        self.growth_bounds_overlap
    }

    /// Every target whose assessment differs between the two vintages, with its verdict
    /// before and after (which may be the same: the actual or the required level moved).
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn verdict_changes(&self) -> &[VerdictChange] {
        &self.verdict_changes
    }

    /// Whether the revision changes any target's verdict.
    ///
    /// # Example
    ///
    /// See [`Revision::name`].
    pub fn changes_a_verdict(&self) -> bool {
        self.verdict_changes.iter().any(VerdictChange::changed)
    }

    /// The names of [`Revision::fields`], in order: the header of a CSV file or a data frame.
    pub const COLUMNS: [&'static str; 20] = [
        "indicator",
        "period",
        "earlier_as_of",
        "earlier_status",
        "earlier_value",
        "earlier_growth",
        "later_as_of",
        "later_status",
        "later_value",
        "later_growth",
        "level_revision",
        "level_revision_low",
        "level_revision_high",
        "growth_revision_pp",
        "growth_revision_pp_low",
        "growth_revision_pp_high",
        "level_bounds_overlap",
        "growth_bounds_overlap",
        "changes_a_verdict",
        "verdict_changes",
    ];

    /// The revision flat, in the order of [`Revision::COLUMNS`]: dates as `2025-06-30`,
    /// statuses as codes, levels (`value`) in the indicator's unit, growths in percent,
    /// `level_revision` in the indicator's unit (percentage points for a percent indicator),
    /// and `verdict_changes` as the targets' periods with their verdicts before and after
    /// (`2024: met → missed`).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{ReasonField, Revision};
    /// # use chiso::{Observation, Status};
    /// # let report = chiso::datasets::binh_duong_2024()
    /// #     .with_observation(Observation::new("commercial_electricity", "2024".parse()?)?
    /// #         .with_value("17.1".parse()?).with_status(Status::Normal)
    /// #         .with_as_of(chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()))?;
    /// let revisions = report.revisions()?;
    /// let fields = revisions.rows()[0].fields();
    /// assert_eq!(fields.len(), Revision::COLUMNS.len());
    /// assert_eq!(fields[7], ("later_status", ReasonField::Text("A".into())));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn fields(&self) -> Vec<(&'static str, ReasonField)> {
        let text = |t: Option<String>| t.map_or(ReasonField::Empty, ReasonField::Text);
        let number = |d: Option<Decimal>| d.map_or(ReasonField::Empty, ReasonField::Number);
        let flag = |b: Option<bool>| b.map_or(ReasonField::Empty, ReasonField::Flag);
        let vintage = |v: &Vintage| {
            [
                text(v.as_of.map(|d| d.to_string())),
                text(v.status.map(|s| s.code().to_string())),
                number(v.level.as_ref().map(|q| q.value())),
                number(v.growth.map(|g| g.value())),
            ]
        };
        let level = self.level_pp.as_ref().or(self.level.as_ref());
        let changes: Vec<String> = self
            .verdict_changes
            .iter()
            .map(|c| format!("{}: {} → {}", c.period, c.before.name(), c.after.name()))
            .collect();
        let mut cells = vec![text(Some(self.indicator.clone())), text(Some(self.period.to_string()))];
        cells.extend(vintage(&self.earlier));
        cells.extend(vintage(&self.later));
        for estimate in [level, self.growth_pp.as_ref()] {
            cells.push(number(estimate.map(Estimate::value)));
            cells.push(number(estimate.and_then(Estimate::low)));
            cells.push(number(estimate.and_then(Estimate::high)));
        }
        cells.push(flag(self.level_bounds_overlap));
        cells.push(flag(self.growth_bounds_overlap));
        cells.push(ReasonField::Flag(self.changes_a_verdict()));
        cells.push(text((!changes.is_empty()).then(|| changes.join("; "))));
        Revision::COLUMNS.into_iter().zip(cells).collect()
    }

    /// The revision as one sentence in `lang`.
    ///
    /// # Example
    ///
    /// See [`Revisions::render`].
    pub fn render(&self, lang: Lang) -> String {
        let name = name_in(&self.name, lang);
        let period = period_in(self.period, lang);
        let mut parts = vec![format!("{} → {}", self.earlier.render(lang), self.later.render(lang))];
        let overlap = |o: bool| match (o, lang) {
            (true, Lang::En) => "within rounding (the printed bounds overlap)",
            (false, Lang::En) => "a real revision (the printed bounds do not overlap)",
            (true, Lang::Vi) => "có thể chỉ do làm tròn (khoảng công bố giao nhau)",
            (false, Lang::Vi) => "điều chỉnh thực sự (khoảng công bố không giao nhau)",
        };
        let level = self.level_pp.as_ref().or(self.level.as_ref());
        if let (Some(level), Some(o)) = (level, self.level_bounds_overlap) {
            let size = signed(level, Some(&self.unit), lang);
            parts.push(match lang {
                Lang::En => format!("level revised by {size}, {}", overlap(o)),
                Lang::Vi => format!("số liệu điều chỉnh {size}, {}", overlap(o)),
            });
        }
        if let (Some(growth), Some(o)) = (&self.growth_pp, self.growth_bounds_overlap) {
            let size = signed(growth, Some(&Unit::percent()), lang);
            parts.push(match lang {
                Lang::En => format!("growth revised by {size}, {}", overlap(o)),
                Lang::Vi => format!("tốc độ tăng điều chỉnh {size}, {}", overlap(o)),
            });
        }
        let changes: Vec<String> = self
            .verdict_changes
            .iter()
            .map(|c| {
                let p = period_in(c.period, lang);
                match lang {
                    Lang::En => format!("the {p} target: {} → {}", c.before.label(lang), c.after.label(lang)),
                    Lang::Vi => format!("mục tiêu {p}: {} → {}", c.before.label(lang), c.after.label(lang)),
                }
            })
            .collect();
        parts.push(match (changes.is_empty(), self.changes_a_verdict(), lang) {
            (true, _, Lang::En) => "no target's assessment changes".to_string(),
            (true, _, Lang::Vi) => "không làm thay đổi đánh giá mục tiêu nào".to_string(),
            (false, true, Lang::En) => format!("changes the verdict on {}", changes.join(", ")),
            (false, true, Lang::Vi) => format!("làm thay đổi đánh giá {}", changes.join(", ")),
            (false, false, Lang::En) => format!("leaves the verdict on {}", changes.join(", ")),
            (false, false, Lang::Vi) => format!("không đổi đánh giá {}", changes.join(", ")),
        });
        format!("{name}, {period}: {}.", parts.join("; "))
    }
}

/// A change with its sign and interval: `+0.56 billion kWh (0.555–0.565)`, in percentage
/// points for a change of percentages.
fn signed(change: &Estimate, unit: Option<&Unit>, lang: Lang) -> String {
    let sign = if change.value().is_sign_positive() && !change.value().is_zero() { "+" } else { "" };
    let shown = estimate_in(change, lang);
    let percent = unit.is_some_and(|u| *u.dimension() == Dimension::Percent);
    if percent && change.interval().is_point() {
        return format!("{sign}{}", gap_in(change.value(), unit, lang));
    }
    format!("{sign}{shown}")
}

/// Every revision of a report's figures, figure by figure in the order of their first
/// observation, and within a figure in vintage order.
///
/// # Example
///
/// ```
/// let revisions = chiso::datasets::binh_duong_2024().revisions()?;
/// assert!(revisions.is_empty());
/// assert_eq!(revisions.render(chiso::Lang::En), "No figure has more than one vintage.\n");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revisions {
    rows: Vec<Revision>,
}

impl Revisions {
    /// The revisions.
    ///
    /// # Example
    ///
    /// See [`Revisions`].
    pub fn rows(&self) -> &[Revision] {
        &self.rows
    }

    /// How many.
    ///
    /// # Example
    ///
    /// See [`Revisions`].
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no figure has two vintages.
    ///
    /// # Example
    ///
    /// See [`Revisions`].
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The revisions, in order.
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn iter(&self) -> std::slice::Iter<'_, Revision> {
        self.rows.iter()
    }

    /// One sentence per revision, each on its line, in `lang`.
    ///
    /// # Example
    ///
    /// See [`Revisions`].
    pub fn render(&self, lang: Lang) -> String {
        if self.rows.is_empty() {
            return match lang {
                Lang::En => "No figure has more than one vintage.\n",
                Lang::Vi => "Không có số liệu nào được công bố nhiều lần.\n",
            }
            .to_string();
        }
        self.rows.iter().map(|r| r.render(lang) + "\n").collect()
    }
}

impl<'a> IntoIterator for &'a Revisions {
    type Item = &'a Revision;
    type IntoIter = std::slice::Iter<'a, Revision>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows.iter()
    }
}

/// The report as known when one figure's vintages stopped at one of them: the rules read
/// every other figure as the report gives it.
struct KnownUpTo<'a> {
    report: &'a Report,
    indicator: &'a str,
    period: Period,
    /// The figure's vintages kept, by position in the report.
    kept: &'a [usize],
}

impl KnownUpTo<'_> {
    fn latest(&self, keep: impl Fn(&Observation) -> bool) -> Option<&Observation> {
        latest(self.kept.iter().map(|&i| &self.report.observations[i]), keep)
    }

    fn is_revised(&self, id: &str, period: Period) -> bool {
        id == self.indicator && period == self.period
    }
}

impl Figures for KnownUpTo<'_> {
    fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.report.indicator(id)
    }

    fn level(&self, id: &str, period: Period) -> Option<Quantity> {
        if !self.is_revised(id, period) {
            return self.report.level(id, period);
        }
        checked_level(self.latest(|o| o.value().is_some())?, self.report.indicator(id)?)
    }

    fn printed_growth(&self, id: &str, period: Period) -> Option<Reported> {
        if !self.is_revised(id, period) {
            return self.report.printed_growth(id, period);
        }
        self.latest(|o| o.growth().is_some()).and_then(|o| o.growth().copied())
    }

    fn level_status(&self, id: &str, period: Period) -> Option<Status> {
        if !self.is_revised(id, period) {
            return self.report.level_status(id, period);
        }
        self.latest(|o| o.value().is_some()).and_then(Observation::status)
    }

    fn growth_status(&self, id: &str, period: Period) -> Option<Status> {
        if !self.is_revised(id, period) {
            return self.report.growth_status(id, period);
        }
        self.latest(|o| o.growth().is_some()).and_then(Observation::status)
    }

    fn region(&self) -> Option<&Region> {
        Some(self.report.region())
    }
}

/// Every revision of `report`'s figures.
pub(super) fn revisions(report: &Report) -> Result<Revisions> {
    let mut rows = Vec::new();
    for &first in &report.firsts {
        let observation = &report.observations[first];
        let (id, period) = (observation.indicator(), observation.period());
        // OK because the report checked that every observation names one of its indicators.
        let position = report.catalogue.position(id).expect("an observation's indicator is in the catalogue");
        let indicator = &report.catalogue.indicators()[position];
        let mut order = report.by_key[&(position, period)].clone();
        // Stable: among equal dates the order given, as `latest` reads it.
        order.sort_by_key(|&i| report.observations[i].as_of());
        for n in 1..order.len() {
            let (a, b) = (order[n - 1], order[n]);
            let earlier = Vintage::of(a, &report.observations[a], indicator);
            let later = Vintage::of(b, &report.observations[b], indicator);
            let before = KnownUpTo { report, indicator: id, period, kept: &order[..n] };
            let after = KnownUpTo { report, indicator: id, period, kept: &order[..=n] };
            rows.push(revision(report, indicator, period, earlier, later, &before, &after)?);
        }
    }
    Ok(Revisions { rows })
}

fn revision(
    report: &Report,
    indicator: &Indicator,
    period: Period,
    earlier: Vintage,
    later: Vintage,
    before: &KnownUpTo<'_>,
    after: &KnownUpTo<'_>,
) -> Result<Revision> {
    let (mut level, mut level_pp, mut level_bounds_overlap) = (None, None, None);
    if let (Some(e), Some(l)) = (&earlier.level, &later.level) {
        let (e, l) = (Estimate::from(e), Estimate::from(l));
        level_bounds_overlap = Some(e.interval().overlaps(&l.interval()));
        if *indicator.unit().dimension() == Dimension::Percent {
            level_pp = Some(change_pp(&l, &e)?);
        }
        level = Some(l.checked_sub(&e)?);
    }
    let (mut growth_pp, mut growth_bounds_overlap) = (None, None);
    if let (Some(e), Some(l)) = (earlier.growth, later.growth) {
        growth_bounds_overlap = Some(e.interval().overlaps(&l.interval()));
        growth_pp = Some(change_pp(l, e)?);
    }
    let mut verdict_changes = Vec::new();
    for (i, target) in report.targets.iter().enumerate().filter(|(_, t)| t.indicator() == indicator.id()) {
        let (then, now) = (target.check(before)?, target.check(after)?);
        if then != now {
            verdict_changes.push(VerdictChange {
                target: i,
                period: target.period(),
                before: then.verdict(),
                after: now.verdict(),
            });
        }
    }
    Ok(Revision {
        indicator: indicator.id().to_string(),
        name: indicator.name().clone(),
        unit: indicator.unit().clone(),
        period,
        earlier,
        later,
        level,
        level_pp,
        growth_pp,
        level_bounds_overlap,
        growth_bounds_overlap,
        verdict_changes,
    })
}
