//! Every target's verdict and every region's consistency findings.

use rayon::prelude::*;

use super::{Panel, RegionFigures};
use crate::columns::{Computed, Options};
use crate::error::Result;
use crate::report::{
    growth_relation, identity_relation, sanity_findings, Consistency, Finding, Outcome, UncheckedRelation,
};
use crate::target::{Assessment, Target};

/// One target of a panel, checked.
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let first = &panel.assess()[0];
/// assert_eq!((first.region.as_str(), first.target.indicator()), ("VN-57", "iip"));
/// assert_eq!(first.outcome.as_ref().unwrap().verdict(), chiso::Verdict::NotAssessable); // Bình Dương ended in 2025
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PanelAssessment {
    /// The id of the target's region.
    pub region: String,
    /// The target.
    pub target: Target,
    /// Its assessment, or why it could not be made (as [`Target::check`]).
    pub outcome: Result<Assessment>,
}

/// Every region's consistency: the relations that agree, the findings, the relations that
/// could not be checked.
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let consistency = panel.check();
/// assert_eq!(consistency.region("VN-57"), Some(&chiso::datasets::binh_duong_2024().consistency()));
/// assert_eq!(consistency.findings().count(), 0);
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelConsistency {
    regions: Vec<(String, Consistency)>,
}

impl PanelConsistency {
    /// One region's consistency, as its own report's [`Report::consistency`](crate::Report::consistency)
    /// gives it (with, besides, identities checked against its national region's figures).
    ///
    /// # Example
    ///
    /// See [`PanelConsistency`].
    pub fn region(&self, id: &str) -> Option<&Consistency> {
        self.regions.iter().find(|(r, _)| r == id).map(|(_, c)| c)
    }

    /// Every region's consistency, in the panel's region order.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// assert_eq!(panel.check().regions().len(), 1);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn regions(&self) -> &[(String, Consistency)] {
        &self.regions
    }

    /// Every finding with its region's id, region by region.
    ///
    /// # Example
    ///
    /// See [`PanelConsistency`].
    pub fn findings(&self) -> impl Iterator<Item = (&str, &Finding)> + '_ {
        self.regions.iter().flat_map(|(r, c)| c.findings().iter().map(move |f| (r.as_str(), f)))
    }

    /// Every relation that could not be checked, with its region's id.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// assert_eq!(panel.check().unchecked().count(), 0);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn unchecked(&self) -> impl Iterator<Item = (&str, &UncheckedRelation)> + '_ {
        self.regions.iter().flat_map(|(r, c)| c.unchecked().iter().map(move |u| (r.as_str(), u)))
    }

    /// How many relations agree, over every region.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// assert_eq!(panel.check().agreeing(), 0);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn agreeing(&self) -> usize {
        self.regions.iter().map(|(_, c)| c.agreeing()).sum()
    }
}

impl Panel {
    /// Checks every target against its region's figures, in target order; see
    /// [`Target::check`].
    ///
    /// # Example
    ///
    /// See [`Panel`].
    pub fn assess(&self) -> Vec<PanelAssessment> {
        self.targets
            .par_iter()
            .map(|(r, target)| PanelAssessment {
                region: self.regions[*r].region.id.clone(),
                target: target.clone(),
                outcome: target.check(&RegionFigures::new(self, *r)),
            })
            .collect()
    }

    /// Every region's consistency: each figure's printed growth against its levels, each
    /// identity, and each level against its natural range (and, for a count, whole numbers), as [`Report::consistency`](crate::Report::consistency) checks them,
    /// in the order of the region's rows.
    ///
    /// # Example
    ///
    /// See [`PanelConsistency`].
    pub fn check(&self) -> PanelConsistency {
        // The columns are built here with one length and no unit, and the default options
        // name no thread count: nothing the column function refuses for a whole call.
        // OK because a call without those errors gives its rows, with nulls where undefined.
        let growth = self.kept_growth(&Options::default()).expect("the panel's own columns are well formed");
        let regions = (0..self.regions.len())
            .into_par_iter()
            .map(|r| (self.regions[r].region.id.clone(), self.region_consistency(r, growth.yoy())))
            .collect();
        PanelConsistency { regions }
    }

    /// One region's relations, key by key in row order. A printed growth that agrees with
    /// the growth of its levels, row `yoy` of the derived column (which is exactly the scalar
    /// growth the rule computes), is counted here; every other relation is the rule's own.
    fn region_consistency(&self, r: usize, yoy: &Computed) -> Consistency {
        let figures = RegionFigures::new(self, r);
        let indicators = self.catalogue.indicators();
        let mut result = Consistency::empty();
        for &row in self.index.rows_of(r) {
            let row = row as usize;
            let key = self.index.key_of(row);
            if key.first() != row {
                continue;
            }
            let observation = &self.observations[row];
            let indicator = &indicators[self.indicator_of[row] as usize];
            let (id, period) = (observation.indicator(), observation.period());
            let printed = key.latest_growth().and_then(|g| self.observations[g].year_on_year_growth());
            if indicator.national_total_of().is_some() {
                // Its levels may be the nation's: the rule reads them.
                result.extend(growth_relation(&figures, id, period));
            } else if let (Some(printed), Some(level)) = (printed, key.latest_value()) {
                let agrees = yoy.interval(level).is_some_and(|implied| implied.gap_to(&printed.interval()).is_none());
                if agrees {
                    result.add(Outcome::Agrees);
                } else {
                    result.extend(growth_relation(&figures, id, period));
                }
            }
            // Without a printed growth and a level there is no relation to check.
            if indicator.identity().is_some() {
                result.extend(identity_relation(&figures, id, period));
            }
            result.extend_findings(sanity_findings(&figures, id, period));
        }
        result
    }
}
