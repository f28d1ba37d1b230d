//! One region of a panel, read as the rules read a report.

use super::Panel;
use crate::figures::{checked_level, Figures};
use crate::indicator::Indicator;
use crate::observation::Status;
use crate::period::Period;
use crate::quantity::Quantity;
use crate::report::Region;
use crate::value::Reported;

/// One region's figures in a panel: what its own report would give, and for an indicator
/// declared the national total of another
/// ([`Indicator::national_total_of`](crate::Indicator::national_total_of)) that the region
/// does not print itself, the national region's figure.
///
/// # Example
///
/// See [`Panel::figures`].
#[derive(Debug, Clone, Copy)]
pub struct RegionFigures<'a> {
    panel: &'a Panel,
    region: usize,
}

impl<'a> RegionFigures<'a> {
    pub(super) fn new(panel: &'a Panel, region: usize) -> RegionFigures<'a> {
        RegionFigures { panel, region }
    }

    /// The region's own latest level, in the indicator's unit.
    fn own_level(&self, indicator: usize, period: Period) -> Option<Quantity> {
        let row = self.panel.index.key(self.region, indicator, period)?.latest_value()?;
        checked_level(&self.panel.observations[row], &self.panel.catalogue.indicators()[indicator])
    }
}

impl Figures for RegionFigures<'_> {
    fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.panel.catalogue.get(id)
    }

    fn level(&self, id: &str, period: Period) -> Option<Quantity> {
        let position = self.panel.catalogue.position(id)?;
        if let Some(level) = self.own_level(position, period) {
            return Some(level);
        }
        let indicator = &self.panel.catalogue.indicators()[position];
        let of = self.panel.catalogue.position(indicator.national_total_of()?)?;
        let national = RegionFigures::new(self.panel, self.panel.national[self.region]?);
        // The catalogue checked that both units share a dimension; a figure too large for the
        // indicator's scale is as good as missing here, as it would be in its own report.
        national.own_level(of, period)?.to(indicator.unit()).ok()
    }

    fn printed_growth(&self, id: &str, period: Period) -> Option<Reported> {
        let position = self.panel.catalogue.position(id)?;
        let row = self.panel.index.key(self.region, position, period)?.latest_growth()?;
        self.panel.observations[row].year_on_year_growth().copied()
    }

    fn level_status(&self, id: &str, period: Period) -> Option<Status> {
        let position = self.panel.catalogue.position(id)?;
        if let Some(row) = self.panel.index.key(self.region, position, period).and_then(|k| k.latest_value()) {
            return self.panel.observations[row].status();
        }
        // As `level`: the national region's figure stands for a national total the region does not print.
        let of = self.panel.catalogue.position(self.panel.catalogue.indicators()[position].national_total_of()?)?;
        let row = self.panel.index.key(self.panel.national[self.region]?, of, period)?.latest_value()?;
        self.panel.observations[row].status()
    }

    fn growth_status(&self, id: &str, period: Period) -> Option<Status> {
        let position = self.panel.catalogue.position(id)?;
        let row = self.panel.index.key(self.region, position, period)?.latest_growth()?;
        self.panel.observations[row].status()
    }

    fn region(&self) -> Option<&Region> {
        Some(&self.panel.regions[self.region].region)
    }
}
