//! What a panel's figures imply, row by row, through the column kernels: each level's growth
//! on the same period a year earlier, and the base each printed growth implies.

use std::borrow::Cow;

use rayon::prelude::*;
use rust_decimal::Decimal;

use super::{Panel, RegionFigures};
use crate::columns::{self, Column, Computed, OnError, Options};
use crate::error::Result;
use crate::figures::{checked_reported, Figures};
use crate::period::Period;
use crate::quantity::Quantity;
use crate::value::{Bound, Reported};

/// The growth of every observation's level on the same period a year earlier, one row per
/// observation, in row order: in percent, with its interval, against the latest level of the
/// same region and indicator a year earlier; null where either level is missing, with the
/// reason where it cannot be computed (a zero base). Each row is exactly what
/// [`growth`](crate::growth) gives for its figures.
///
/// # Example
///
/// ```
/// use chiso::{columns::Options, Observation, Panel};
///
/// let catalogue = chiso::datasets::binh_duong_2024().catalogue().clone();
/// let mut builder = Panel::builder(catalogue);
/// let retail = |period: &str, value: &str| Observation::new("retail_sales", period.parse().unwrap()).unwrap().with_value(value.parse().unwrap());
/// builder.observation("VN-39", retail("2023", "262").with_unit("trillion VND".parse()?))?;
/// builder.observation("VN-39", retail("2024", "287.93").with_unit("trillion VND".parse()?))?;
/// let derived = builder.build()?.growth(&Options::default())?;
/// assert_eq!(derived.previous(1), Some("2023".parse()?));
/// assert_eq!(derived.yoy().get(1).unwrap().round_dp(2).to_string(), "9.90");
/// // 287.93 and 262 trillion are [287925, 287935] and [261500, 262500] billion.
/// let low = derived.yoy().low().unwrap().values().get(1).unwrap();
/// let high = derived.yoy().high().unwrap().values().get(1).unwrap();
/// assert_eq!((low.round_dp(4).to_string(), high.round_dp(4).to_string()), ("9.6857".into(), "10.1090".into()));
/// assert!(derived.yoy().get(0).is_none()); // no 2022 level
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PanelGrowth {
    previous: Vec<Option<Period>>,
    yoy: Computed,
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
    /// See [`PanelGrowth`].
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
    /// Every observation's growth on the same period a year earlier; see [`PanelGrowth`].
    /// The intervals are always computed, whatever `options.interval` says.
    ///
    /// # Errors
    ///
    /// As the column functions with `options.errors` set to raise: the first row without a
    /// result, named.
    ///
    /// # Example
    ///
    /// See [`PanelGrowth`].
    pub fn growth(&self, options: &Options) -> Result<PanelGrowth> {
        match options.errors {
            OnError::Null => self.kept_growth(options).cloned(),
            OnError::Raise => self.compute_growth(options),
        }
    }

    /// The growth column with a null for each row without a result, computed once: a panel
    /// does not change, and [`Panel::check`] reads the same column.
    pub(super) fn kept_growth(&self, options: &Options) -> Result<&PanelGrowth> {
        if let Some(kept) = self.growth.get() {
            return Ok(kept);
        }
        let computed = self.compute_growth(&Options { errors: OnError::Null, ..options.clone() })?;
        Ok(self.growth.get_or_init(|| computed))
    }

    fn compute_growth(&self, options: &Options) -> Result<PanelGrowth> {
        let n = self.observations.len();
        let indicators = self.catalogue.indicators();
        // Each row's level and its base a year earlier, looked up in parallel.
        let figures: Vec<(Option<Reported>, Option<Reported>, Option<Period>)> = (0..n)
            .into_par_iter()
            .with_min_len(4096)
            .map(|row| {
                let observation = &self.observations[row];
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
                (level, base, period)
            })
            .collect();
        let (mut now, mut before) = (PrintedColumn::with_capacity(n), PrintedColumn::with_capacity(n));
        let mut previous = Vec::with_capacity(n);
        for (level, base, period) in figures {
            now.push(level);
            before.push(base);
            previous.push(period);
        }
        let yoy = columns::growth(&now.column(), &before.column(), &Options { interval: true, ..options.clone() })?;
        Ok(PanelGrowth { previous, yoy })
    }

    /// The level a year earlier that each observation's level and printed growth imply, in
    /// the indicator's unit, with its interval, one row per observation in row order; null
    /// where either is missing. Each row is exactly what [`implied_base`](crate::implied_base)
    /// gives for its figures.
    ///
    /// # Errors
    ///
    /// As [`Panel::growth`].
    ///
    /// # Example
    ///
    /// ```
    /// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
    /// let bases = panel.implied_base(&chiso::columns::Options::default())?;
    /// let row = panel.observations().position(|r| r.observation.indicator() == "commercial_electricity").unwrap();
    /// assert_eq!(bases.get(row).unwrap().round_dp(2).to_string(), "15.21");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn implied_base(&self, options: &Options) -> Result<Computed> {
        let n = self.observations.len();
        let indicators = self.catalogue.indicators();
        let (mut now, mut printed) = (PrintedColumn::with_capacity(n), PrintedColumn::with_capacity(n));
        for (row, observation) in self.observations.iter().enumerate() {
            let level = checked_reported(observation, &indicators[self.indicator_of[row] as usize]);
            printed.push(observation.year_on_year_growth().copied().filter(|_| level.is_some()));
            now.push(level);
        }
        columns::implied_base(&now.column(), &printed.column(), &Options { interval: true, ..options.clone() })
    }
}
