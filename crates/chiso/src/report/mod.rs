//! A whole report: who published it, what it measures, what it says and what it aims for.

mod consistency;
mod revisions;
mod scorecard;
pub(crate) mod wire;

pub(crate) use wire::indicator_of_json;
pub use wire::{REPORT_SCHEMA, REPORT_SCHEMA_V1};

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

pub(crate) use consistency::{growth_relation, holds_whole_number, identity_relation, sanity_findings, Outcome};
pub use consistency::{Consistency, Finding, FindingKind, UncheckedRelation};
pub use revisions::{Revision, Revisions, VerdictChange, Vintage};
pub use scorecard::{Cell, Scorecard, ScorecardLine, ScorecardRow, TargetFailure};

use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::figures::{checked_level, latest, Figures};
use crate::indicator::{Indicator, Names};
use crate::observation::{Observation, Status};
use crate::period::Period;
use crate::quantity::Quantity;
use crate::target::{Assessment, Target};
use crate::value::Reported;

/// The region a report covers, and when it ceased to exist if it has (a province merged
/// into another, as Bình Dương into Hồ Chí Minh City on 1 July 2025 under Resolution
/// 202/2025/QH15 of the National Assembly).
///
/// # Example
///
/// ```
/// let region = chiso::Region::new("VN-57", chiso::Names::new("Bình Dương", "Binh Duong"));
/// assert_eq!(region.id, "VN-57");
/// assert!(region.ended.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// An ISO 3166-2 code where there is one (`VN-57`).
    pub id: String,
    /// Its name.
    pub name: Names,
    /// The day it ceased to exist: its last day is the day before. `None` while it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<NaiveDate>,
    /// The id of the region that took over its territory; only with `ended`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<String>,
}

impl Region {
    /// A region that exists.
    ///
    /// # Example
    ///
    /// See [`Region`].
    pub fn new(id: impl Into<String>, name: Names) -> Region {
        Region { id: id.into(), name, ended: None, successor: None }
    }

    /// The same region, ceased to exist on `ended` (its last day is the day before), its
    /// territory taken over by `successor` if given.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the successor is the region itself or not a region code
    /// (`VN-SG`).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Names, Region};
    /// use chrono::NaiveDate;
    ///
    /// let ended = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong")).with_end(ended, Some("VN-SG".into()))?;
    /// assert_eq!((region.ended, region.successor.as_deref()), (Some(ended), Some("VN-SG")));
    /// assert!(region.clone().with_end(ended, Some("VN-57".into())).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_end(self, ended: NaiveDate, successor: Option<String>) -> Result<Region> {
        let region = Region { ended: Some(ended), successor, ..self };
        region.check().map_err(|(field, message)| Error::invalid(field, &region.id, message))?;
        Ok(region)
    }

    /// The last day the region existed, if it ceased to.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Names, Region};
    /// use chrono::NaiveDate;
    ///
    /// let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
    /// let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong")).with_end(day(7, 1), None)?;
    /// assert_eq!(region.last_day(), Some(day(6, 30)));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.ended.and_then(|d| d.pred_opt())
    }

    /// Whether the lifetime fields agree: a successor only with an end date, a region code, and
    /// never the region itself; the error is the field at fault and what is wrong.
    pub(crate) fn check(&self) -> std::result::Result<(), (&'static str, String)> {
        match (&self.ended, &self.successor) {
            (None, Some(s)) => {
                Err(("successor", format!("a successor ({s:?}) needs the date the region ended (\"ended\")")))
            }
            (_, Some(s)) if *s == self.id => Err(("successor", format!("{s:?} is the region itself"))),
            (_, Some(s)) if !is_region_code(s) => Err((
                "successor",
                format!("{s:?} is not a region code: two capital letters, then optionally '-' and 1 to 3 capital letters or digits (\"VN-SG\")"),
            )),
            _ => Ok(()),
        }
    }
}

/// Whether `code` is written as the schema's region codes are: an ISO 3166-1 alpha-2 country
/// code, optionally followed by `-` and 1 to 3 capital letters or digits (`VN`, `VN-57`).
fn is_region_code(code: &str) -> bool {
    let (country, subdivision) = code.split_once('-').map_or((code, None), |(c, s)| (c, Some(s)));
    let capitals = |s: &str| s.bytes().all(|b| b.is_ascii_uppercase());
    country.len() == 2
        && capitals(country)
        && subdivision.is_none_or(|s| {
            (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// Where a report's figures were read.
///
/// # Example
///
/// ```
/// let source = chiso::Source::titled("Ngành Công Thương: Quyết tâm bứt phá");
/// assert!(source.author.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The title of the article or document.
    pub title: String,
    /// The publication it appeared in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Its author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// When it was published, to the nanosecond at most (a finer time is refused on loading,
    /// not cut short).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "wire::published")]
    pub published: Option<DateTime<FixedOffset>>,
}

impl Source {
    /// A source known only by its title.
    ///
    /// # Example
    ///
    /// See [`Source`].
    pub fn titled(title: impl Into<String>) -> Source {
        Source { title: title.into(), outlet: None, author: None, published: None }
    }
}

/// A report: metadata, indicators, observations and targets, checked to refer to each other.
///
/// # Example
///
/// ```
/// let report = chiso::datasets::binh_duong_2024();
/// assert_eq!(report.region().name.vi, "Bình Dương");
/// let retail = report.level("retail_sales", "2024".parse()?).unwrap();
/// assert_eq!(chiso::format_quantity(&retail, chiso::Lang::Vi), "351.640 tỷ đồng");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Report {
    region: Region,
    publisher: Names,
    source: Option<Source>,
    catalogue: Catalogue,
    observations: Vec<Observation>,
    targets: Vec<Target>,
    /// Observation positions by (indicator position, period), in the order given.
    by_key: HashMap<(usize, Period), Vec<usize>>,
    /// The position of the first observation of each indicator and period, in the order given.
    firsts: Vec<usize>,
}

impl PartialEq for Report {
    fn eq(&self, other: &Report) -> bool {
        // The indexes follow from the rest.
        self.region == other.region
            && self.publisher == other.publisher
            && self.source == other.source
            && self.catalogue == other.catalogue
            && self.observations == other.observations
            && self.targets == other.targets
    }
}

impl Eq for Report {}

impl Figures for Report {
    fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.catalogue.get(id)
    }

    fn level(&self, id: &str, period: Period) -> Option<Quantity> {
        Report::level(self, id, period)
    }

    fn printed_growth(&self, id: &str, period: Period) -> Option<Reported> {
        let position = self.catalogue.position(id)?;
        latest(self.vintages_at(position, period), |o| o.year_on_year_growth().is_some())
            .and_then(|o| o.year_on_year_growth().copied())
    }

    fn level_status(&self, id: &str, period: Period) -> Option<Status> {
        self.latest_where(id, period, |o| o.value().is_some()).and_then(Observation::status)
    }

    fn growth_status(&self, id: &str, period: Period) -> Option<Status> {
        self.latest_where(id, period, |o| o.growth().is_some()).and_then(Observation::status)
    }

    fn region(&self) -> Option<&Region> {
        Some(&self.region)
    }
}

impl Report {
    /// A report, checked: indicator ids are unique; identities, observations and targets
    /// name indicators the report has; every observation has a value or a growth.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] with the path of the offending item, in the terms of the
    /// JSON format (`observations[3].indicator`).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Names, Observation, Region, Report};
    ///
    /// let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
    /// let stray = Observation::new("exports", "2024".parse()?)?.with_value("10".parse()?);
    /// let err = Report::new(region, Names::new("Sở", "Department"), vec![], vec![stray], vec![]).unwrap_err();
    /// assert_eq!(err.to_string(), "observations[0].indicator: the report has no indicator \"exports\"");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn new(
        region: Region,
        publisher: Names,
        indicators: Vec<Indicator>,
        observations: Vec<Observation>,
        targets: Vec<Target>,
    ) -> Result<Report> {
        let invalid = |path: String, message: String| Error::InvalidReport { path, message };
        region.check().map_err(|(field, message)| invalid(format!("region.{field}"), message))?;
        let catalogue = Catalogue::new(indicators)?;
        let mut by_key: HashMap<(usize, Period), Vec<usize>> = HashMap::with_capacity(observations.len());
        let mut firsts = Vec::new();
        for (i, observation) in observations.iter().enumerate() {
            let position = catalogue
                .check_observation(observation, "report")
                .map_err(|(field, message)| invalid(format!("observations[{i}]{field}"), message))?;
            let vintages = by_key.entry((position, observation.period())).or_default();
            if vintages.is_empty() {
                firsts.push(i);
            }
            vintages.push(i);
        }
        for (i, target) in targets.iter().enumerate() {
            if catalogue.get(target.indicator()).is_none() {
                return Err(invalid(
                    format!("targets[{i}].indicator"),
                    format!("the report has no indicator {:?}", target.indicator()),
                ));
            }
        }
        Ok(Report { region, publisher, source: None, catalogue, observations, targets, by_key, firsts })
    }

    /// With the source the figures were read from.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024().with_source(chiso::Source::titled("Copy"));
    /// assert_eq!(report.source().unwrap().title, "Copy");
    /// ```
    pub fn with_source(mut self, source: Source) -> Report {
        self.source = Some(source);
        self
    }

    /// The same report with one more observation, appended after the others (so among
    /// vintages with the same `as_of` it counts as the latest).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when the observation names an unknown indicator or has
    /// neither a value nor a growth.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Observation, Verdict};
    ///
    /// let report = datasets::binh_duong_2024().with_observation(
    ///     Observation::new("retail_sales", "2025".parse()?)?.with_value("397353".parse()?),
    /// )?;
    /// let retail = report.targets().iter().find(|t| t.indicator() == "retail_sales").unwrap();
    /// assert_eq!(retail.check(&report)?.verdict(), Verdict::Undetermined);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_observation(self, observation: Observation) -> Result<Report> {
        let Report { region, publisher, source, catalogue, mut observations, targets, .. } = self;
        observations.push(observation);
        let report = Report::new(region, publisher, catalogue.into_indicators(), observations, targets)?;
        Ok(Report { source, ..report })
    }

    /// The same report with one more target.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when the target names an unknown indicator.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Condition, Target};
    /// use rust_decimal::Decimal;
    ///
    /// let target = Target::growth("commercial_electricity", "2025".parse()?, Condition::AtLeast(Decimal::TEN))?;
    /// let report = datasets::binh_duong_2024().with_target(target)?;
    /// assert_eq!(report.targets().len(), 6);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_target(self, target: Target) -> Result<Report> {
        let Report { region, publisher, source, catalogue, observations, mut targets, .. } = self;
        targets.push(target);
        let report = Report::new(region, publisher, catalogue.into_indicators(), observations, targets)?;
        Ok(Report { source, ..report })
    }

    /// The same report for `region`: to record that its region ceased to exist
    /// ([`Region::with_end`]), or to read a report as if it had not.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] at `region.successor` for a successor without an end date or
    /// equal to the region itself.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Region, Verdict};
    ///
    /// let ended = datasets::binh_duong_2024();
    /// assert_eq!(ended.assess_all()?[0].verdict(), Verdict::NotAssessable);
    /// let region = Region::new("VN-57", ended.region().name.clone());
    /// let existing = ended.with_region(region)?;
    /// assert_eq!(existing.assess_all()?[0].verdict(), Verdict::Pending);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_region(self, region: Region) -> Result<Report> {
        region.check().map_err(|(field, message)| Error::InvalidReport { path: format!("region.{field}"), message })?;
        Ok(Report { region, ..self })
    }

    /// Reads a `chiso.report/2` document, or a `chiso.report/1` one (which has none of the
    /// fields new in `/2`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] naming the JSON path of what is wrong: malformed JSON, an
    /// unknown field, a decimal that is not a string, a period that does not exist, a
    /// reference to an unknown indicator.
    ///
    /// # Example
    ///
    /// ```
    /// let text = r#"{"format": "chiso.report/1",
    ///   "region": {"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}},
    ///   "publisher": {"vi": "Sở Công Thương", "en": "Department of Industry and Trade"},
    ///   "indicators": [{"id": "iip", "name": {"vi": "IIP", "en": "IIP"}, "unit": "points",
    ///                   "measure": "index", "polarity": "higher_is_better"}],
    ///   "observations": [{"indicator": "iip", "period": "2025-13", "growth": "7.6"}],
    ///   "targets": []}"#;
    /// let err = chiso::Report::from_json(text).unwrap_err();
    /// assert!(err.to_string().starts_with("observations[0].period: \"2025-13\" is not a valid period"), "{err}");
    /// ```
    pub fn from_json(text: &str) -> Result<Report> {
        wire::from_json(text)
    }

    /// Writes the report as a `chiso.report/2` document, pretty-printed; loading it again
    /// gives an equal report, every digit and trailing zero kept.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// let again = chiso::Report::from_json(&report.to_json())?;
    /// assert_eq!(again, report);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        wire::to_json(self)
    }

    /// The region.
    ///
    /// # Example
    ///
    /// See [`Report`].
    pub fn region(&self) -> &Region {
        &self.region
    }

    /// The publisher.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.publisher().vi, "Sở Công Thương tỉnh Bình Dương");
    /// ```
    pub fn publisher(&self) -> &Names {
        &self.publisher
    }

    /// The source, if known.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.source().unwrap().outlet.as_deref(), Some("Vietnam Business Forum"));
    /// ```
    pub fn source(&self) -> Option<&Source> {
        self.source.as_ref()
    }

    /// Every indicator, in the order given.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::datasets::binh_duong_2024().indicators()[0].id(), "trade_balance");
    /// ```
    pub fn indicators(&self) -> &[Indicator] {
        self.catalogue.indicators()
    }

    /// The indicator catalogue.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.catalogue().len(), report.indicators().len());
    /// ```
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Every observation, in the order given.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::datasets::binh_duong_2024().observations().len() >= 14);
    /// ```
    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }

    /// Every target, in the order given.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::datasets::binh_duong_2024().targets().len(), 5);
    /// ```
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// The indicator with this id.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert!(report.indicator("iip").is_some() && report.indicator("gdp").is_none());
    /// ```
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.catalogue.get(id)
    }

    /// Every vintage of one indicator in one period, in the order given.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.vintages("retail_sales", "2024".parse()?).count(), 1);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn vintages(&self, id: &str, period: Period) -> impl Iterator<Item = &Observation> + use<'_> {
        let positions = self.catalogue.position(id).and_then(|i| self.by_key.get(&(i, period)));
        positions.into_iter().flatten().map(|&o| &self.observations[o])
    }

    /// Every vintage of the indicator at `position` in the catalogue, in one period.
    fn vintages_at(&self, position: usize, period: Period) -> impl Iterator<Item = &Observation> {
        self.by_key.get(&(position, period)).into_iter().flatten().map(|&o| &self.observations[o])
    }

    /// The latest vintage (by `as_of`; among equals, the last given) that satisfies `keep`.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// let iip = report.latest_where("iip", "2024".parse()?, |o| o.growth().is_some()).unwrap();
    /// assert_eq!(iip.growth().unwrap().value().to_string(), "7.6");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn latest_where(&self, id: &str, period: Period, keep: impl Fn(&Observation) -> bool) -> Option<&Observation> {
        latest(self.vintages(id, period), keep)
    }

    /// The latest reported level of an indicator in a period, in the indicator's unit
    /// (rescaled exactly from the unit it was printed in).
    ///
    /// # Example
    ///
    /// See [`Report`].
    pub fn level(&self, id: &str, period: Period) -> Option<Quantity> {
        let position = self.catalogue.position(id)?;
        let indicator = &self.catalogue.indicators()[position];
        let observation = latest(self.vintages_at(position, period), |o| o.value().is_some())?;
        checked_level(observation, indicator)
    }

    /// Checks one target against this report; see [`Target::check`].
    ///
    /// # Errors
    ///
    /// As [`Target::check`].
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// let assessment = report.assess(&report.targets()[0])?;
    /// assert_eq!(assessment.indicator(), "iip");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn assess(&self, target: &Target) -> Result<Assessment> {
        target.check(self)
    }

    /// Checks every target of the report, in order.
    ///
    /// # Errors
    ///
    /// As [`Target::check`].
    ///
    /// # Example
    ///
    /// See [`Assessment`].
    pub fn assess_all(&self) -> Result<Vec<Assessment>> {
        self.targets.iter().map(|t| t.check(self)).collect()
    }

    /// Where the report's own figures disagree beyond what their printed bounds explain, and
    /// the levels no indicator could take: outside its natural range
    /// ([`Indicator::range`](crate::Indicator::range)), or a count that is not whole.
    ///
    /// An empty list does not say that every figure agrees: a relation that could not be
    /// computed (a zero base, units that do not combine) is not a finding. See
    /// [`Report::consistency`] for those, and for how many relations agree.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::datasets::binh_duong_2024().check().is_empty());
    /// ```
    pub fn check(&self) -> Vec<Finding> {
        self.consistency().into_findings()
    }

    /// Every relation between the report's figures: how many agree within their printed
    /// bounds, the findings where they disagree, and the relations that could not be checked,
    /// with why. The findings include the sanity findings of [`Report::check`], which are no
    /// relation and count in no agreement.
    ///
    /// # Example
    ///
    /// See [`Consistency`].
    pub fn consistency(&self) -> Consistency {
        consistency::consistency(self)
    }

    /// The scorecard: per indicator, its latest figures, the previous-year value they imply,
    /// and the verdict on each of its targets. A target whose check fails, such as one whose
    /// required level does not fit in a `Decimal`, is a [`TargetFailure`] of its row, and the
    /// rest of the scorecard is as usual.
    ///
    /// # Errors
    ///
    /// None at present: the `Result` is kept so that callers written against the fallible
    /// version still compile.
    ///
    /// # Example
    ///
    /// ```
    /// let card = chiso::datasets::binh_duong_2024().scorecard()?;
    /// let electricity = card.row("commercial_electricity").unwrap();
    /// assert_eq!(electricity.implied_previous().unwrap().value().round_dp(2).to_string(), "15.21");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn scorecard(&self) -> Result<Scorecard> {
        scorecard::build(self)
    }

    /// Every revision of the report's figures: for each indicator and period with two or
    /// more vintages, each consecutive pair in vintage order (by `as_of`, undated first,
    /// ties in the order given), with the change in level and in printed growth, whether the
    /// printed bounds overlap, and the targets whose assessment it changes. See [`Revision`].
    ///
    /// # Errors
    ///
    /// As [`Target::check`], when a target of a revised indicator cannot be checked with one
    /// of the vintages; [`Error::Overflow`] when a revision does not fit in a `Decimal`.
    ///
    /// # Example
    ///
    /// See [`Revision`].
    pub fn revisions(&self) -> Result<Revisions> {
        revisions::revisions(self)
    }
}
