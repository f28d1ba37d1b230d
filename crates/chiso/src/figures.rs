//! The one lookup the rules read: a region's latest figures, whether they sit in a
//! [`Report`](crate::Report) or a [`Panel`](crate::Panel).
//!
//! [`Target::check`](crate::Target::check) and the consistency rules take any `Figures`, so a
//! panel gives, region by region, exactly what one report per region gives.

use crate::error::Result;
use crate::indicator::Indicator;
use crate::observation::{Observation, Status};
use crate::period::Period;
use crate::quantity::Quantity;
use crate::report::Region;
use crate::value::Reported;

/// A region's figures, as the rules read them: the latest vintage of each indicator in each
/// period, levels in the indicator's unit.
///
/// # Example
///
/// ```
/// use chiso::{datasets, Figures};
///
/// let report = datasets::binh_duong_2024();
/// let figures: &dyn Figures = &report;
/// let retail = figures.level("retail_sales", "2024".parse()?).unwrap();
/// assert_eq!(retail.value().to_string(), "351640");
/// assert_eq!(figures.printed_growth("retail_sales", "2024".parse()?).unwrap().value().to_string(), "13.3");
/// # Ok::<(), chiso::Error>(())
/// ```
pub trait Figures {
    /// The indicator with this id.
    fn indicator(&self, id: &str) -> Option<&Indicator>;

    /// The latest vintage's level of an indicator in a period, in the indicator's unit,
    /// rescaled exactly from the unit it was printed in.
    fn level(&self, id: &str, period: Period) -> Option<Quantity>;

    /// The latest vintage's printed growth (percent, against the same period a year earlier).
    fn printed_growth(&self, id: &str, period: Period) -> Option<Reported>;

    /// The status of the vintage [`Figures::level`] gives, if it states one. A figure without
    /// a status counts as normal (`A`), and so does every figure of an implementation that
    /// keeps no statuses (the default).
    fn level_status(&self, _id: &str, _period: Period) -> Option<Status> {
        None
    }

    /// The status of the vintage [`Figures::printed_growth`] gives, if it states one; as
    /// [`Figures::level_status`].
    fn growth_status(&self, _id: &str, _period: Period) -> Option<Status> {
        None
    }

    /// The region the figures are of, when known: a target for a period after the region
    /// ceased to exist is `not_assessable`.
    fn region(&self) -> Option<&Region> {
        None
    }
}

/// The latest of `vintages`, given in order, that satisfies `keep`: by `as_of` (a missing
/// date before any date), and among equals the last given.
pub(crate) fn latest<'a>(
    vintages: impl Iterator<Item = &'a Observation>,
    keep: impl Fn(&Observation) -> bool,
) -> Option<&'a Observation> {
    vintages.filter(|o| keep(o)).max_by_key(|o| o.as_of())
}

/// An observation's level in its indicator's unit.
///
/// # Errors
///
/// As [`Quantity::to`], when the printed unit cannot be rescaled to the indicator's: the
/// constructors of reports and panels refuse such observations, so a lookup never meets one.
pub(crate) fn level_of(observation: &Observation, indicator: &Indicator) -> Option<Result<Quantity>> {
    let value = *observation.value()?;
    Some(match observation.unit() {
        Some(printed) if printed != indicator.unit() => {
            Quantity::from_reported(value, printed.clone()).to(indicator.unit())
        }
        _ => Ok(Quantity::from_reported(value, indicator.unit().clone())),
    })
}

/// An accepted observation's level in its indicator's unit, as printed figures: what
/// [`checked_level`] gives, without building its unit.
pub(crate) fn checked_reported(observation: &Observation, indicator: &Indicator) -> Option<Reported> {
    let value = *observation.value()?;
    match observation.unit() {
        Some(printed) if printed != indicator.unit() => checked_level(observation, indicator).map(|q| *q.reported()),
        _ => Some(value),
    }
}

/// An observation's level in its indicator's unit, for an observation a report or a panel has
/// accepted (and so checked to convert).
pub(crate) fn checked_level(observation: &Observation, indicator: &Indicator) -> Option<Quantity> {
    // Reports and panels accept only observations whose unit converts (`Catalogue::check_observation`).
    // OK because the observation was accepted, so its unit converts.
    level_of(observation, indicator).map(|q| q.expect("an accepted observation's unit converts"))
}
