//! Many regions in one table: the observations of every region, indicator and period, an
//! indicator catalogue, and each region's targets.
//!
//! A panel gives, region by region, exactly what one [`Report`] per region gives: the rules
//! (which figure judges a target, which levels a growth relates, which identities hold) are the
//! report's, read through [`Figures`](crate::Figures). What a panel adds is scale (the rows are
//! indexed once by region, indicator and period, and whole columns go through
//! [`columns`](crate::columns)) and what only many regions can give: a province's share of a
//! national total is checked against the nation's own figures when the panel holds them.
//!
//! Vintages: rows of one region, indicator and period are ordered by `as_of` (a missing date
//! first), then by row id, which is the row's place in the input unless given
//! ([`PanelBuilder::observation_with_id`]), so that the order survives partitioning.
//!
//! Units: each observation keeps the unit it was printed in ([`Observation::with_unit`]) and
//! its digits; levels are compared and computed in the indicator's unit, rescaled exactly.
//!
//! A region that ended ([`Region::ended`]) and whose successor the panel holds is paired with
//! it by [`Panel::successions`], and [`Panel::successor_figures`] sets their figures side by
//! side.
//!
//! A region's national region is the region whose id is the part of its id before the first
//! `-`: `VN` for `VN-57` and `VN-SG`.

#[cfg(feature = "arrow")]
mod arrow;
mod assess;
mod csv;
mod derived;
mod figures;
mod index;
mod long;
mod successor;
#[cfg(feature = "arrow")]
pub mod tables;

use std::collections::HashMap;
use std::sync::OnceLock;

#[cfg(feature = "arrow")]
pub use arrow::LongArrow;
pub use assess::{PanelAssessment, PanelConsistency};
pub use csv::{LongCsv, LongCsvOut};
pub use derived::PanelGrowth;
pub use figures::RegionFigures;
pub use long::{BadRow, OnBadRow};
pub use successor::{Succession, SuccessorFigures};

use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::indicator::{Indicator, Names};
use crate::observation::Observation;
use crate::report::{Region, Report, Source};
use crate::target::Target;
use index::Index;

/// A region of a panel, with what its own report would say of itself.
///
/// # Example
///
/// ```
/// let meta = chiso::RegionMeta::new(chiso::Region::new("VN", chiso::Names::new("Việt Nam", "Viet Nam")));
/// assert!(meta.publisher.is_none() && meta.source.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionMeta {
    /// The region.
    pub region: Region,
    /// Who publishes its figures, if known.
    pub publisher: Option<Names>,
    /// The publication its figures come from, unless an observation names its own.
    pub source: Option<Source>,
}

impl RegionMeta {
    /// A region with no publisher or source.
    ///
    /// # Example
    ///
    /// See [`RegionMeta`].
    pub fn new(region: Region) -> RegionMeta {
        RegionMeta { region, publisher: None, source: None }
    }

    /// A region known only by its id, which is also its name.
    fn named_by_id(id: &str) -> RegionMeta {
        RegionMeta::new(Region::new(id.to_string(), Names::new(id, id)))
    }
}

/// One observation of a panel, with its region and row id.
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let first = panel.observations().next().unwrap();
/// assert_eq!((first.row_id, first.region.region.id.as_str()), (0, "VN-57"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PanelRow<'a> {
    /// Its row id: its place in the input unless given.
    pub row_id: u64,
    /// Its region.
    pub region: &'a RegionMeta,
    /// The observation.
    pub observation: &'a Observation,
}

/// Observations of many regions, with an indicator catalogue and each region's targets.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Panel, Verdict};
///
/// let panel = Panel::from_reports([datasets::binh_duong_2024()])?;
/// let report = panel.report("VN-57")?;
/// assert_eq!(report, datasets::binh_duong_2024());
/// let verdicts: Vec<Verdict> = panel.assess().iter().map(|a| a.outcome.as_ref().unwrap().verdict()).collect();
/// assert_eq!(verdicts, [Verdict::NotAssessable; 5]); // Bình Dương ended on 1 July 2025
/// assert!(panel.check().findings().next().is_none());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Panel {
    catalogue: Catalogue,
    regions: Vec<RegionMeta>,
    region_ids: HashMap<String, usize>,
    /// Per region, its national region.
    national: Vec<Option<usize>>,
    /// In row-id order.
    observations: Vec<Observation>,
    region_of: Vec<u32>,
    indicator_of: Vec<u32>,
    row_ids: Vec<u64>,
    /// Each with its region.
    targets: Vec<(usize, Target)>,
    /// Per region, the indicators its own report declares, in its order, when the panel was
    /// made of reports (not compared by `==`).
    declared: Vec<Option<Vec<usize>>>,
    index: Index,
    /// The derived growth, once computed.
    growth: OnceLock<PanelGrowth>,
}

impl PartialEq for Panel {
    fn eq(&self, other: &Panel) -> bool {
        // The indexes follow from the rest. Which indicators each region's report lists, when
        // the panel was made of reports, is not compared: it follows the reports, not the
        // figures, and the long format (which a pickle goes through) does not carry it.
        self.catalogue == other.catalogue
            && self.regions == other.regions
            && self.observations == other.observations
            && self.region_of == other.region_of
            && self.row_ids == other.row_ids
            && self.targets == other.targets
    }
}

impl Eq for Panel {}

/// Gathers a panel's regions, observations and targets; [`PanelBuilder::build`] checks and
/// indexes them.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Observation, Panel};
///
/// let report = datasets::binh_duong_2024();
/// let mut builder = Panel::builder(report.catalogue().clone());
/// builder.observation("VN-57", Observation::new("iip", "2024".parse()?)?.with_growth("7.6".parse()?))?;
/// builder.observation("VN-39", Observation::new("iip", "2024".parse()?)?.with_growth("7".parse()?))?;
/// let panel = builder.build()?;
/// assert_eq!(panel.regions().len(), 2);
/// assert_eq!(panel.regions()[1].region.name.en, "VN-39");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PanelBuilder {
    catalogue: Catalogue,
    regions: Vec<RegionMeta>,
    region_ids: HashMap<String, usize>,
    observations: Vec<Observation>,
    region_of: Vec<u32>,
    indicator_of: Vec<u32>,
    row_ids: Vec<u64>,
    targets: Vec<(usize, Target)>,
    declared: Vec<Option<Vec<usize>>>,
}

impl PanelBuilder {
    /// Adds a region's name, publisher and source.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when the region was already given.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Names, Panel, Region, RegionMeta};
    ///
    /// let mut builder = Panel::builder(chiso::Catalogue::default());
    /// let meta = RegionMeta::new(Region::new("VN", Names::new("Việt Nam", "Viet Nam")));
    /// builder.region(meta.clone())?;
    /// assert!(builder.region(meta).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn region(&mut self, meta: RegionMeta) -> Result<()> {
        match self.region_ids.get(&meta.region.id) {
            Some(&i) if self.regions[i] == RegionMeta::named_by_id(&meta.region.id) => {
                // Met first in an observation or a target: the details come now.
                self.regions[i] = meta;
                Ok(())
            }
            Some(_) => Err(Error::InvalidReport {
                path: format!("regions[{:?}]", meta.region.id),
                message: "the region is given twice".into(),
            }),
            None => {
                self.region_ids.insert(meta.region.id.clone(), self.regions.len());
                self.regions.push(meta);
                Ok(())
            }
        }
    }

    fn region_position(&mut self, id: &str) -> usize {
        if let Some(&i) = self.region_ids.get(id) {
            return i;
        }
        self.region_ids.insert(id.to_string(), self.regions.len());
        self.regions.push(RegionMeta::named_by_id(id));
        self.regions.len() - 1
    }

    /// Adds an observation of `region`; its row id is the number of observations before it.
    ///
    /// # Errors
    ///
    /// As [`PanelBuilder::observation_with_id`].
    ///
    /// # Example
    ///
    /// See [`PanelBuilder`].
    pub fn observation(&mut self, region: &str, observation: Observation) -> Result<()> {
        let row_id = self.observations.len() as u64;
        self.observation_with_id(region, observation, row_id)
    }

    /// Adds an observation of `region` with its row id, which orders vintages that share an
    /// `as_of` (the later row wins) and survives partitioning.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] naming the observation (`observations[row 7]`) when its
    /// indicator is not in the catalogue, it has neither a value nor a growth, or its unit
    /// does not convert exactly to the indicator's; or when the region id is empty.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Observation, Panel};
    ///
    /// let mut builder = Panel::builder(datasets::binh_duong_2024().catalogue().clone());
    /// let gdp = Observation::new("gdp", "2024".parse()?)?.with_growth("7.09".parse()?);
    /// let err = builder.observation_with_id("VN", gdp, 7).unwrap_err();
    /// assert_eq!(err.to_string(), "observations[row 7].indicator: the panel has no indicator \"gdp\"");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn observation_with_id(&mut self, region: &str, observation: Observation, row_id: u64) -> Result<()> {
        let at = |field: &str, message: String| Error::InvalidReport {
            path: format!("observations[row {row_id}]{field}"),
            message,
        };
        if region.is_empty() {
            return Err(at(".region", "a region id is needed".into()));
        }
        let indicator =
            self.catalogue.check_observation(&observation, "panel").map_err(|(field, message)| at(field, message))?;
        narrow(self.observations.len(), "observations")?;
        let region = self.region_position(region);
        self.observations.push(observation);
        self.region_of.push(narrow(region, "regions")?);
        self.indicator_of.push(narrow(indicator, "indicators")?);
        self.row_ids.push(row_id);
        Ok(())
    }

    /// Adds a target of `region`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when the target's indicator is not in the catalogue.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{datasets, Condition, Panel, Target};
    /// use rust_decimal::Decimal;
    ///
    /// let mut builder = Panel::builder(datasets::binh_duong_2024().catalogue().clone());
    /// builder.target("VN-39", Target::growth("exports", "2024".parse()?, Condition::AtLeast(Decimal::from(8)))?)?;
    /// assert_eq!(builder.build()?.targets().count(), 1);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn target(&mut self, region: &str, target: Target) -> Result<()> {
        if self.catalogue.get(target.indicator()).is_none() {
            return Err(Error::InvalidReport {
                path: format!("targets[{}].indicator", self.targets.len()),
                message: format!("the panel has no indicator {:?}", target.indicator()),
            });
        }
        if region.is_empty() {
            return Err(Error::InvalidReport {
                path: format!("targets[{}].region", self.targets.len()),
                message: "a region id is needed".into(),
            });
        }
        let region = self.region_position(region);
        self.targets.push((region, target));
        Ok(())
    }

    /// The panel: rows in row-id order, indexed by region, indicator and period.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when two observations share a row id.
    ///
    /// # Example
    ///
    /// See [`PanelBuilder`].
    pub fn build(self) -> Result<Panel> {
        let PanelBuilder {
            catalogue,
            regions,
            region_ids,
            mut observations,
            mut region_of,
            mut indicator_of,
            mut row_ids,
            targets,
            mut declared,
        } = self;
        declared.resize(regions.len(), None);
        if row_ids.windows(2).any(|w| w[0] >= w[1]) {
            let mut order: Vec<usize> = (0..row_ids.len()).collect();
            order.sort_by_key(|&i| row_ids[i]);
            if let Some(w) = order.windows(2).find(|w| row_ids[w[0]] == row_ids[w[1]]) {
                return Err(Error::InvalidReport {
                    path: format!("observations[row {}]", row_ids[w[0]]),
                    message: "two observations have this row id".into(),
                });
            }
            observations = permute(observations, &order);
            region_of = order.iter().map(|&i| region_of[i]).collect();
            indicator_of = order.iter().map(|&i| indicator_of[i]).collect();
            row_ids = order.iter().map(|&i| row_ids[i]).collect();
        }
        let national = regions
            .iter()
            .map(|meta| {
                let (country, _) = meta.region.id.split_once('-')?;
                region_ids.get(country).copied()
            })
            .collect();
        let index = Index::new(&observations, &region_of, &indicator_of, regions.len());
        Ok(Panel {
            catalogue,
            regions,
            region_ids,
            national,
            observations,
            region_of,
            indicator_of,
            row_ids,
            targets,
            declared,
            index,
            growth: OnceLock::new(),
        })
    }
}

fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    // OK because `order` is a permutation: each position is taken once.
    order.iter().map(|&i| slots[i].take().expect("a permutation takes each item once")).collect()
}

/// A position as the `u32` the index keeps.
fn narrow(position: usize, what: &str) -> Result<u32> {
    u32::try_from(position).map_err(|_| Error::InvalidReport {
        path: what.to_string(),
        message: format!("a panel holds at most {} {what}", u32::MAX),
    })
}

impl Panel {
    /// A builder of a panel over `catalogue`.
    ///
    /// # Example
    ///
    /// See [`PanelBuilder`].
    pub fn builder(catalogue: Catalogue) -> PanelBuilder {
        PanelBuilder {
            catalogue,
            regions: Vec::new(),
            region_ids: HashMap::new(),
            observations: Vec::new(),
            region_of: Vec::new(),
            indicator_of: Vec::new(),
            row_ids: Vec::new(),
            targets: Vec::new(),
            declared: Vec::new(),
        }
    }

    /// One panel of several reports: one catalogue, the union of theirs; each report's
    /// observations and targets under its region, in order.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when two reports define one indicator differently, or cover
    /// the same region.
    ///
    /// # Example
    ///
    /// See [`Panel`].
    pub fn from_reports(reports: impl IntoIterator<Item = Report>) -> Result<Panel> {
        let reports: Vec<Report> = reports.into_iter().collect();
        let mut catalogue = Catalogue::default();
        for (i, report) in reports.iter().enumerate() {
            catalogue = catalogue.union(report.catalogue()).map_err(|err| match err {
                Error::InvalidReport { path, message } => {
                    Error::InvalidReport { path: format!("reports[{i}].{path}"), message }
                }
                other => other,
            })?;
        }
        let mut builder = Panel::builder(catalogue);
        for report in reports {
            let id = report.region().id.clone();
            builder.region(RegionMeta {
                region: report.region().clone(),
                publisher: Some(report.publisher().clone()),
                source: report.source().cloned(),
            })?;
            let own = report.indicators().iter().filter_map(|i| builder.catalogue.position(i.id())).collect();
            let r = builder.region_position(&id);
            builder.declared.resize(builder.regions.len(), None);
            builder.declared[r] = Some(own);
            for observation in report.observations() {
                builder.observation(&id, observation.clone())?;
            }
            for target in report.targets() {
                builder.target(&id, target.clone())?;
            }
        }
        builder.build()
    }

    /// The region's own report: its observations in row order, its targets, and its
    /// indicators: for a panel made of reports, those its report declared, in its order (so
    /// that the report comes back equal); otherwise the catalogue's indicators it refers to
    /// (with those their identities and national totals name), in catalogue order.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a region the panel does not hold.
    ///
    /// # Example
    ///
    /// See [`Panel`].
    pub fn report(&self, region: &str) -> Result<Report> {
        let r = self.region_position(region)?;
        let meta = &self.regions[r];
        let observations: Vec<Observation> =
            self.index.rows_of(r).iter().map(|&row| self.observations[row as usize].clone()).collect();
        let targets: Vec<Target> = self.targets.iter().filter(|(t, _)| *t == r).map(|(_, t)| t.clone()).collect();
        let publisher = meta.publisher.clone().unwrap_or_else(|| Names::new("", ""));
        let indicators = match &self.declared[r] {
            Some(own) => own.iter().map(|&i| self.catalogue.indicators()[i].clone()).collect(),
            None => self.referred(r, &targets),
        };
        let report = Report::new(meta.region.clone(), publisher, indicators, observations, targets)?;
        Ok(match &meta.source {
            Some(source) => report.with_source(source.clone()),
            None => report,
        })
    }

    /// The catalogue's indicators a region's rows and targets refer to, with those their
    /// identities and national totals name, in catalogue order.
    fn referred(&self, r: usize, targets: &[Target]) -> Vec<Indicator> {
        let mut used = vec![false; self.catalogue.len()];
        for &row in self.index.rows_of(r) {
            used[self.indicator_of[row as usize] as usize] = true;
        }
        for target in targets {
            if let Some(i) = self.catalogue.position(target.indicator()) {
                used[i] = true;
            }
        }
        // What an identity or a national total names must come along, and what those name.
        let mut changed = true;
        while changed {
            changed = false;
            for (i, indicator) in self.catalogue.indicators().iter().enumerate() {
                if !used[i] {
                    continue;
                }
                let identity = indicator.identity().map(|identity| identity.inputs()).unwrap_or_default();
                for id in identity.into_iter().chain(indicator.national_total_of()) {
                    if let Some(j) = self.catalogue.position(id) {
                        changed |= !used[j];
                        used[j] = true;
                    }
                }
            }
        }
        self.catalogue.indicators().iter().zip(used).filter(|(_, u)| *u).map(|(i, _)| i.clone()).collect()
    }

    fn region_position(&self, region: &str) -> Result<usize> {
        self.region_ids
            .get(region)
            .copied()
            .ok_or_else(|| Error::invalid("region", region, "the panel has no such region"))
    }

    /// The indicator catalogue.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// assert!(panel.catalogue().get("retail_sales").is_some());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Every region, in the order first met.
    ///
    /// # Example
    ///
    /// See [`PanelBuilder`].
    pub fn regions(&self) -> &[RegionMeta] {
        &self.regions
    }

    /// How many observations it holds.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// assert_eq!(panel.len(), chiso::datasets::binh_duong_2024().observations().len());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.observations.len()
    }

    /// Whether it holds no observation.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::Panel::builder(chiso::Catalogue::default()).build()?.is_empty());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.observations.is_empty()
    }

    /// Every observation with its region and row id, in row-id order.
    ///
    /// # Example
    ///
    /// See [`PanelRow`].
    pub fn observations(&self) -> impl ExactSizeIterator<Item = PanelRow<'_>> + '_ {
        (0..self.observations.len()).map(move |row| PanelRow {
            row_id: self.row_ids[row],
            region: &self.regions[self.region_of[row] as usize],
            observation: &self.observations[row],
        })
    }

    /// Every target with its region, in the order given.
    ///
    /// # Example
    ///
    /// See [`PanelBuilder::target`].
    pub fn targets(&self) -> impl ExactSizeIterator<Item = (&RegionMeta, &Target)> + '_ {
        self.targets.iter().map(move |(r, t)| (&self.regions[*r], t))
    }

    /// One region's figures, as the rules read them.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Figures;
    ///
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// let figures = panel.figures("VN-57").unwrap();
    /// assert_eq!(figures.level("retail_sales", "2024".parse()?).unwrap().value().to_string(), "351640");
    /// assert!(panel.figures("VN-39").is_none());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn figures(&self, region: &str) -> Option<RegionFigures<'_>> {
        self.region_ids.get(region).map(|&r| RegionFigures::new(self, r))
    }
}
