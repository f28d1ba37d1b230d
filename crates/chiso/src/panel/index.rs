//! A panel's rows, indexed once: by region, indicator and period, each key with its latest
//! level and latest growth; and by region, in row order.

use rustc_hash::FxHashMap;

use crate::observation::Observation;
use crate::period::Period;

/// No row.
const NONE: u32 = u32::MAX;

/// The rows of one region, indicator and period.
#[derive(Debug, Clone, Copy)]
pub(super) struct Key {
    /// The first row with this key.
    first: u32,
    /// The latest row with a level, or [`NONE`].
    latest_value: u32,
    /// The latest row with a growth, or [`NONE`].
    latest_growth: u32,
}

impl Key {
    pub(super) fn first(self) -> usize {
        self.first as usize
    }

    pub(super) fn latest_value(self) -> Option<usize> {
        (self.latest_value != NONE).then_some(self.latest_value as usize)
    }

    pub(super) fn latest_growth(self) -> Option<usize> {
        (self.latest_growth != NONE).then_some(self.latest_growth as usize)
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    /// The series of each region and indicator: a few thousand, hashed with Fx.
    series_of: FxHashMap<(u32, u32), u32>,
    /// Each series' periods with their slots, in period order: a lookup is a search in a
    /// short list near the last one, not a miss in a table of a million keys.
    series: Vec<Vec<(Period, u32)>>,
    slots: Vec<Key>,
    /// Per row, its key's slot.
    slot_of: Vec<u32>,
    /// Per region, its rows in row order.
    by_region: Vec<Vec<u32>>,
}

impl Index {
    /// Indexes rows given in row-id order (so a later row wins a tie of `as_of`).
    pub(super) fn new(observations: &[Observation], region_of: &[u32], indicator_of: &[u32], regions: usize) -> Index {
        let mut keys: FxHashMap<(u32, u32, Period), u32> =
            FxHashMap::with_capacity_and_hasher(observations.len(), Default::default());
        let mut slots: Vec<Key> = Vec::new();
        let mut slot_of = Vec::with_capacity(observations.len());
        let mut by_region: Vec<Vec<u32>> = vec![Vec::new(); regions];
        for (row, observation) in observations.iter().enumerate() {
            // OK because the builder refuses a row beyond u32::MAX.
            let row32 = row as u32;
            let key = (region_of[row], indicator_of[row], observation.period());
            let slot = *keys.entry(key).or_insert_with(|| {
                slots.push(Key { first: row32, latest_value: NONE, latest_growth: NONE });
                (slots.len() - 1) as u32
            });
            slot_of.push(slot);
            by_region[region_of[row] as usize].push(row32);
            let entry = &mut slots[slot as usize];
            // A missing `as_of` is before any date; among equals the later row wins.
            let wins = |held: u32| held == NONE || observation.as_of() >= observations[held as usize].as_of();
            if observation.value().is_some() && wins(entry.latest_value) {
                entry.latest_value = row32;
            }
            if observation.year_on_year_growth().is_some() && wins(entry.latest_growth) {
                entry.latest_growth = row32;
            }
        }
        let mut series_of: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        let mut series: Vec<Vec<(Period, u32)>> = Vec::new();
        for ((region, indicator, period), slot) in keys {
            let next = series.len() as u32;
            let s = *series_of.entry((region, indicator)).or_insert(next);
            if s == next {
                series.push(Vec::new());
            }
            series[s as usize].push((period, slot));
        }
        for periods in &mut series {
            periods.sort_unstable_by_key(|&(period, _)| period);
        }
        Index { series_of, series, slots, slot_of, by_region }
    }

    /// The key of a region, indicator and period, if any row has it.
    pub(super) fn key(&self, region: usize, indicator: usize, period: Period) -> Option<Key> {
        let series = &self.series[*self.series_of.get(&(region as u32, indicator as u32))? as usize];
        let at = series.binary_search_by_key(&period, |&(p, _)| p).ok()?;
        Some(self.slots[series[at].1 as usize])
    }

    /// The periods a region and indicator have rows for, in period order.
    pub(super) fn periods(&self, region: usize, indicator: usize) -> impl Iterator<Item = Period> + '_ {
        let series = self.series_of.get(&(region as u32, indicator as u32)).map(|&s| &self.series[s as usize]);
        series.into_iter().flatten().map(|&(period, _)| period)
    }

    /// A region's rows, in row order.
    pub(super) fn rows_of(&self, region: usize) -> &[u32] {
        &self.by_region[region]
    }

    /// The key of a row's region, indicator and period.
    pub(super) fn key_of(&self, row: usize) -> Key {
        self.slots[self.slot_of[row] as usize]
    }
}
