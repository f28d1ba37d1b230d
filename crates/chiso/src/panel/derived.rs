//! What a panel's figures imply, row by row, through the column kernels: each level's growth
//! on the same period a year earlier, and the base each printed growth implies.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::{Panel, RegionFigures};
use crate::columns::{self, Column, Computed, Options};
use crate::error::Result;
use crate::figures::{checked_reported, Figures};
use crate::period::Period;
use crate::quantity::Quantity;
use crate::value::{Bound, Reported};

/// The derived columns of a panel, one row per observation, in row order.
///
/// - [`PanelGrowth::yoy`]: the growth of the row's level on the latest level of the same
///   region and indicator a year earlier, in percent, with its interval; null where either
///   level is missing, with the reason where it cannot be computed.
/// - [`PanelGrowth::implied_base`]: the level a year earlier that the row's level and printed
///   growth imply, in the indicator's unit, with its interval; null where either is missing.
///
/// Each row is exactly what [`growth`](crate::growth) and
/// [`implied_base`](crate::implied_base) give for its figures.
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let derived = panel.growth(&chiso::columns::Options::default())?;
/// let row = (0..derived.len()).find(|&i| panel.observations().nth(i).unwrap().observation.indicator() == "commercial_electricity").unwrap();
/// assert_eq!(derived.implied_base().get(row).unwrap().round_dp(2).to_string(), "15.21");
/// assert!(derived.yoy().get(row).is_none()); // no 2023 level is printed
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PanelGrowth {
    previous: Vec<Option<Period>>,
    yoy: Computed,
    implied_base: Computed,
}

impl PanelGrowth {
    /// How many rows: the panel's observations.
    ///
    /// # Example
    ///
    /// See [`PanelGrowth`].
    pub fn len(&self) -> usize {
        self.previous.len()
    }

    /// Whether there are none.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::builder(chiso::Catalogue::default()).build()?;
    /// assert!(panel.growth(&chiso::columns::Options::default())?.is_empty());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.previous.is_empty()
    }

    /// The period a row's growth is measured against: the same period a year earlier.
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// let derived = panel.growth(&chiso::columns::Options::default())?;
    /// assert_eq!(derived.previous(0), Some("2023".parse()?));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn previous(&self, row: usize) -> Option<Period> {
        self.previous[row]
    }

    /// Each row's growth on the same period a year earlier, in percent, with its interval.
    ///
    /// # Example
    ///
    /// See [`PanelGrowth`].
    pub fn yoy(&self) -> &Computed {
        &self.yoy
    }

    /// The level a year earlier each row's printed growth implies, in the indicator's unit,
    /// with its interval.
    ///
    /// # Example
    ///
    /// See [`PanelGrowth`].
    pub fn implied_base(&self) -> &Computed {
        &self.implied_base
    }
}

/// A column of printed figures, a null where there is none.
#[derive(Default)]
struct PrintedColumn {
    values: Vec<Decimal>,
    valid: Vec<bool>,
    bounds: Vec<Bound>,
    digits: Vec<i32>,
}

impl PrintedColumn {
    fn with_capacity(n: usize) -> PrintedColumn {
        PrintedColumn {
            values: Vec::with_capacity(n),
            valid: Vec::with_capacity(n),
            bounds: Vec::with_capacity(n),
            digits: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, figure: Option<Reported>) {
        match figure {
            Some(r) => {
                self.values.push(r.value());
                self.valid.push(true);
                self.bounds.push(r.bound());
                self.digits.push(r.last_digit());
            }
            None => {
                self.values.push(Decimal::ZERO);
                self.valid.push(false);
                self.bounds.push(Bound::Exact);
                self.digits.push(0);
            }
        }
    }

    fn column(&self) -> Column<'_> {
        Column::decimals(Cow::Borrowed(&self.values[..]))
            .with_validity(Cow::Borrowed(&self.valid[..]))
            .with_bounds(Cow::Borrowed(&self.bounds[..]))
            .with_last_digits(Cow::Borrowed(&self.digits[..]))
    }
}

impl Panel {
    /// The derived columns, one row per observation; see [`PanelGrowth`]. `options.interval`
    /// is taken as set: the intervals are always computed.
    ///
    /// # Errors
    ///
    /// As the column functions for `options.errors` set to raise: the first row without a
    /// result, named.
    ///
    /// # Example
    ///
    /// See [`PanelGrowth`].
    pub fn growth(&self, options: &Options) -> Result<PanelGrowth> {
        let n = self.observations.len();
        let indicators = self.catalogue.indicators();
        let (mut now, mut before, mut printed) =
            (PrintedColumn::with_capacity(n), PrintedColumn::with_capacity(n), PrintedColumn::with_capacity(n));
        let mut previous = Vec::with_capacity(n);
        for (row, observation) in self.observations.iter().enumerate() {
            let region = self.region_of[row] as usize;
            let i = self.indicator_of[row] as usize;
            let indicator = &indicators[i];
            let level = checked_reported(observation, indicator);
            let period = observation.period().checked_previous_year().ok();
            let base = match (level, period) {
                (Some(_), Some(p)) if indicator.national_total_of().is_some() => {
                    RegionFigures::new(self, region).level(indicator.id(), p).map(|q: Quantity| *q.reported())
                }
                (Some(_), Some(p)) => self
                    .index
                    .key(region, i, p)
                    .and_then(|k| k.latest_value())
                    .and_then(|r| checked_reported(&self.observations[r], indicator)),
                _ => None,
            };
            now.push(level);
            before.push(base);
            printed.push(observation.growth().copied().filter(|_| level.is_some()));
            previous.push(period);
        }
        let options = Options { interval: true, ..options.clone() };
        let yoy = columns::growth(&now.column(), &before.column(), &options)?;
        let implied_base = columns::implied_base(&now.column(), &printed.column(), &options)?;
        Ok(PanelGrowth { previous, yoy, implied_base })
    }
}
