//! A region that ended and the region that took it over, and their figures side by side.
//!
//! When a province is merged into another (Bình Dương, `VN-57`, into Hồ Chí Minh City, `VN-SG`,
//! on 1 July 2025 under Resolution 202/2025/QH15 of the National Assembly), its targets for
//! periods after the merger cannot be assessed ([`Verdict::NotAssessable`](crate::Verdict)):
//! no one publishes its figures any more. What a reader can still look at is the successor's
//! figures for the same indicator and period. They are shown beside the region's own, never in
//! their place: the successor's figure is of a larger territory and judges none of the
//! region's targets.

use chrono::NaiveDate;

use super::{Panel, RegionFigures};
use crate::error::{Error, Result};
use crate::figures::Figures;
use crate::period::Period;
use crate::quantity::Quantity;
use crate::value::Reported;

/// A region of a panel that ended, with the region of the panel that took it over.
///
/// # Example
///
/// ```
/// let panel = chiso::datasets::provinces_2024();
/// let succession = &panel.successions()?[0];
/// assert_eq!((succession.region.as_str(), succession.successor.as_str()), ("VN-57", "VN-SG"));
/// assert_eq!(succession.ended.to_string(), "2025-07-01");
/// assert!(succession.through.is_empty());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Succession {
    /// The id of the region that ended.
    pub region: String,
    /// The day it ceased to exist.
    pub ended: NaiveDate,
    /// The id of its successor: the end of the chain of successors within the panel, a region
    /// that has not ended or whose own successor the panel does not hold.
    pub successor: String,
    /// The regions of the chain between the two, in order, each ended and succeeded by the
    /// next (empty when the region's successor is `successor` itself).
    pub through: Vec<String>,
}

/// One indicator and period of a region that ended, its own latest figures beside its
/// successor's. The successor's figures are its own, never the region's.
///
/// # Example
///
/// ```
/// let panel = chiso::datasets::provinces_2024();
/// let rows = panel.successor_figures(Some("iip"), None)?;
/// assert_eq!(rows.len(), 1);
/// let row = &rows[0];
/// assert_eq!((row.succession.region.as_str(), row.period.to_string().as_str()), ("VN-57", "2024"));
/// assert_eq!(row.growth.unwrap().value().to_string(), "7.6");
/// assert_eq!(row.successor_growth.unwrap().value().to_string(), "7.3");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuccessorFigures {
    /// The region, its end and its successor.
    pub succession: Succession,
    /// The indicator's id.
    pub indicator: String,
    /// The period.
    pub period: Period,
    /// The region's latest level, in the indicator's unit, as its report reads it.
    pub level: Option<Quantity>,
    /// The region's latest printed year-on-year growth, in percent.
    pub growth: Option<Reported>,
    /// The successor's latest level, in the indicator's unit.
    pub successor_level: Option<Quantity>,
    /// The successor's latest printed year-on-year growth, in percent.
    pub successor_growth: Option<Reported>,
}

impl Panel {
    /// Every region of the panel that ended and whose successor the panel holds, in region
    /// order, with the successor at the end of the chain: a successor that ended too is
    /// followed to its own successor while the panel holds it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] naming the region when its successors lead back to it or to
    /// another region of the chain (a cycle).
    ///
    /// # Example
    ///
    /// See [`Succession`].
    pub fn successions(&self) -> Result<Vec<Succession>> {
        let mut out = Vec::new();
        for meta in &self.regions {
            let region = &meta.region;
            let (Some(ended), Some(first)) = (region.ended, region.successor.as_deref()) else {
                continue;
            };
            let Some(&first) = self.region_ids.get(first) else {
                continue;
            };
            let start = self.region_ids[&region.id];
            let mut chain = vec![first];
            while let Some((&at, before)) = chain.split_last() {
                if at == start || before.contains(&at) {
                    let mut ids = vec![region.id.as_str()];
                    ids.extend(chain.iter().map(|&r| self.regions[r].region.id.as_str()));
                    return Err(Error::invalid(
                        "region",
                        region.id.clone(),
                        format!("its successors form a cycle: {}", ids.join(" → ")),
                    ));
                }
                match self.regions[at].region.successor.as_deref().and_then(|s| self.region_ids.get(s)) {
                    Some(&next) => chain.push(next),
                    None => break,
                }
            }
            // OK because the chain starts with one region and only grows.
            let at = *chain.last().expect("a chain holds its first successor");
            let successor = self.regions[at].region.id.clone();
            chain.pop();
            out.push(Succession {
                region: region.id.clone(),
                ended,
                successor,
                through: chain.into_iter().map(|r| self.regions[r].region.id.clone()).collect(),
            });
        }
        Ok(out)
    }

    /// For every succession ([`Panel::successions`]), each indicator (or only `indicator`)
    /// and each period (or only `period`) that the region or its successor has a row for: the
    /// region's latest level and printed growth beside its successor's, succession by
    /// succession, indicators in catalogue order, periods in order.
    ///
    /// # Errors
    ///
    /// As [`Panel::successions`]; [`Error::InvalidInput`] when the panel has no indicator
    /// `indicator`.
    ///
    /// # Example
    ///
    /// See [`SuccessorFigures`].
    pub fn successor_figures(&self, indicator: Option<&str>, period: Option<Period>) -> Result<Vec<SuccessorFigures>> {
        let indicators: Vec<usize> = match indicator {
            Some(id) => vec![self
                .catalogue
                .position(id)
                .ok_or_else(|| Error::invalid("indicator", id, "the panel has no such indicator"))?],
            None => (0..self.catalogue.len()).collect(),
        };
        let mut rows = Vec::new();
        for succession in self.successions()? {
            let (r, s) = (self.region_ids[&succession.region], self.region_ids[&succession.successor]);
            let (own, theirs) = (RegionFigures::new(self, r), RegionFigures::new(self, s));
            for &i in &indicators {
                let mut periods: Vec<Period> = self.index.periods(r, i).chain(self.index.periods(s, i)).collect();
                periods.sort_unstable();
                periods.dedup();
                periods.retain(|p| period.is_none_or(|wanted| wanted == *p));
                let id = self.catalogue.indicators()[i].id();
                for p in periods {
                    rows.push(SuccessorFigures {
                        succession: succession.clone(),
                        indicator: id.to_string(),
                        period: p,
                        level: own.level(id, p),
                        growth: own.printed_growth(id, p),
                        successor_level: theirs.level(id, p),
                        successor_growth: theirs.printed_growth(id, p),
                    });
                }
            }
        }
        Ok(rows)
    }
}
