//! TEMPORARY stub of the lead's panel, to compile against the contract.
#![allow(missing_docs)]
use std::collections::HashMap;

use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::indicator::Names;
use crate::observation::Observation;
use crate::report::{Region, Source};
use crate::target::Target;

#[cfg(feature = "arrow")]
mod arrow;
mod csv;
mod long;

#[cfg(feature = "arrow")]
pub use arrow::LongArrow;

pub use self::csv::{LongCsv, LongCsvOut};
pub use long::{BadRow, OnBadRow};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionMeta {
    pub region: Region,
    pub publisher: Option<Names>,
    pub source: Option<Source>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    catalogue: Catalogue,
    regions: Vec<RegionMeta>,
    rows: Vec<(u64, usize, Observation)>,
    targets: Vec<(usize, Target)>,
}

pub struct PanelRow<'a> {
    pub row_id: u64,
    pub region: &'a RegionMeta,
    pub observation: &'a Observation,
}

pub struct PanelBuilder {
    panel: Panel,
    by_id: HashMap<String, usize>,
}

impl Panel {
    pub fn builder(catalogue: Catalogue) -> PanelBuilder {
        PanelBuilder {
            panel: Panel { catalogue, regions: vec![], rows: vec![], targets: vec![] },
            by_id: HashMap::new(),
        }
    }
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }
    pub fn regions(&self) -> &[RegionMeta] {
        &self.regions
    }
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn observations(&self) -> impl Iterator<Item = PanelRow<'_>> {
        self.rows.iter().map(|(id, r, o)| PanelRow { row_id: *id, region: &self.regions[*r], observation: o })
    }
    pub fn targets(&self) -> impl Iterator<Item = (&RegionMeta, &Target)> {
        self.targets.iter().map(|(r, t)| (&self.regions[*r], t))
    }
}

impl PanelBuilder {
    fn region_of(&mut self, region: &str) -> usize {
        if let Some(&i) = self.by_id.get(region) {
            return i;
        }
        self.panel.regions.push(RegionMeta {
            region: Region { id: region.into(), name: Names::new(region, region) },
            publisher: None,
            source: None,
        });
        self.by_id.insert(region.into(), self.panel.regions.len() - 1);
        self.panel.regions.len() - 1
    }
    pub fn region(&mut self, meta: RegionMeta) -> Result<()> {
        if self.by_id.contains_key(&meta.region.id) {
            return Err(Error::InvalidReport { path: String::new(), message: "repeated region".into() });
        }
        self.by_id.insert(meta.region.id.clone(), self.panel.regions.len());
        self.panel.regions.push(meta);
        Ok(())
    }
    pub fn observation(&mut self, region: &str, observation: Observation) -> Result<()> {
        let id = self.panel.rows.len() as u64;
        self.observation_with_id(region, observation, id)
    }
    pub fn observation_with_id(&mut self, region: &str, observation: Observation, row_id: u64) -> Result<()> {
        if observation.value().is_none() && observation.growth().is_none() {
            return Err(Error::InvalidReport {
                path: String::new(),
                message: "an observation needs a value or a growth".into(),
            });
        }
        let r = self.region_of(region);
        self.panel.rows.push((row_id, r, observation));
        Ok(())
    }
    pub fn target(&mut self, region: &str, target: Target) -> Result<()> {
        let r = self.region_of(region);
        self.panel.targets.push((r, target));
        Ok(())
    }
    pub fn build(self) -> Result<Panel> {
        Ok(self.panel)
    }
}
