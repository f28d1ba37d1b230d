//! The indicator catalogue: which indicators exist, with their units, measures, polarities
//! and identities. One type for a report's indicators, a panel's and the standard ones.
//!
//! The standard catalogue ([`Catalogue::standard`]) ships in the crate as
//! `data/indicators.json`: the indicators Vietnamese statistical and departmental reports
//! print, each with the aliases the Vietnamese- and English-language press uses. Any
//! catalogue matches text to its indicators: [`Catalogue::find`] names the indicator of a
//! query (by id, name or alias, then without diacritics, then by shared words with a score),
//! [`Catalogue::best_in`] the one a clause of running text names, and [`Catalogue::all_in`]
//! every one a text names, with where.
//!
//! # Why it matches as it does
//!
//! - **Exact before fuzzy, and the caller sees which.** A name or alias typed as the catalogue
//!   writes it (any case, any spacing) scores 1, and so does the same text without its
//!   diacritics (`kim ngach xuat khau`), which Vietnamese readers type every day and which
//!   names nothing else. Anything looser is [`MatchHow::Fuzzy`], scores below 1 by a rule
//!   the caller can check (the share of words in common), and is refused below
//!   [`MIN_FUZZY_SCORE`].
//! - **Ambiguity is said, not resolved.** `FDI` alone is registered or disbursed capital:
//!   [`Catalogue::find`] returns one with the other as an alternative and
//!   [`Match::is_ambiguous`] true, so a drafter asks rather than guesses.
//! - **The longest name in a clause wins.** `kim ngạch xuất khẩu cả nước` contains
//!   `kim ngạch xuất khẩu`; the longer, more specific name is the one meant. A name found
//!   inside a longer one is not counted again, and names match whole words only, so `XK`
//!   never matches inside `XKD`.
//! - **A sign is data.** `nhập siêu` (a trade deficit) names the trade balance negated; the
//!   alias says so ([`Alias::is_negated`]) and the match carries it ([`Match::negated`]),
//!   rather than a second indicator that the identities would not know.
//! - **One definition per id.** The embedded reports define their indicators exactly as the
//!   standard catalogue does (a test asserts it), so a panel can join them with the standard
//!   catalogue and a report can write `{"standard": "exports"}` for any of them.

mod matching;
mod standard;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::figures::level_of;
use crate::indicator::Indicator;
use crate::observation::Observation;

pub use matching::{Match, MatchHow, AMBIGUITY_MARGIN, MIN_FUZZY_SCORE};
pub use standard::Alias;

/// Indicators by id, in the order given, checked to refer to each other.
///
/// # Example
///
/// ```
/// let report = chiso::datasets::binh_duong_2024();
/// let catalogue = chiso::Catalogue::new(report.indicators().to_vec())?;
/// assert_eq!(catalogue.get("iip").unwrap().unit().to_string(), "points");
/// assert_eq!(catalogue.position("trade_balance"), Some(0));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct Catalogue {
    indicators: Vec<Indicator>,
    by_id: HashMap<String, usize>,
    /// The aliases of each indicator, by position; shorter than `indicators` when the last
    /// have none.
    aliases: Vec<Vec<Alias>>,
    /// The names and aliases indexed for matching, built on first use.
    index: OnceLock<matching::Index>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The lookups follow from the lists, and the match index is far longer than both.
        f.debug_struct("Catalogue").field("indicators", &self.indicators).field("aliases", &self.aliases).finish()
    }
}

impl PartialEq for Catalogue {
    fn eq(&self, other: &Catalogue) -> bool {
        // The indexes follow from the lists.
        self.indicators == other.indicators && (0..self.len()).all(|i| self.aliases_at(i) == other.aliases_at(i))
    }
}

impl Eq for Catalogue {}

impl Catalogue {
    /// A catalogue, checked: ids are unique, and every identity input and national total
    /// names an indicator of the catalogue.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] with the path of the offending item, in the terms of the JSON
    /// format (`indicators[3].identity.share[1]`).
    ///
    /// # Example
    ///
    /// ```
    /// let mut indicators = chiso::datasets::binh_duong_2024().indicators().to_vec();
    /// indicators.push(indicators[0].clone());
    /// let err = chiso::Catalogue::new(indicators).unwrap_err();
    /// assert_eq!(err.to_string(), "indicators[20].id: the id \"trade_balance\" is used twice");
    /// ```
    pub fn new(indicators: Vec<Indicator>) -> Result<Catalogue> {
        let invalid = |path: String, message: String| Error::InvalidReport { path, message };
        let mut by_id = HashMap::with_capacity(indicators.len());
        for (i, indicator) in indicators.iter().enumerate() {
            if by_id.insert(indicator.id().to_string(), i).is_some() {
                return Err(invalid(
                    format!("indicators[{i}].id"),
                    format!("the id {:?} is used twice", indicator.id()),
                ));
            }
        }
        for (i, indicator) in indicators.iter().enumerate() {
            if let Some(identity) = indicator.identity() {
                for (j, input) in identity.inputs().into_iter().enumerate() {
                    if !by_id.contains_key(input) {
                        return Err(invalid(
                            format!("indicators[{i}].identity.{}[{j}]", identity.name()),
                            format!("the catalogue has no indicator {input:?}"),
                        ));
                    }
                }
            }
            if let Some(of) = indicator.national_total_of() {
                let Some(&total_of) = by_id.get(of) else {
                    return Err(invalid(
                        format!("indicators[{i}].national_total_of"),
                        format!("the catalogue has no indicator {of:?}"),
                    ));
                };
                indicator
                    .unit()
                    .check_same_dimension(indicators[total_of].unit(), "compare")
                    .map_err(|err| invalid(format!("indicators[{i}].national_total_of"), err.to_string()))?;
            }
        }
        Ok(Catalogue { indicators, by_id, aliases: Vec::new(), index: OnceLock::new() })
    }

    /// The aliases of the indicator at `position`.
    fn aliases_at(&self, position: usize) -> &[Alias] {
        self.aliases.get(position).map_or(&[], Vec::as_slice)
    }

    /// The indicator with this id, or an error that names the id and the closest ids.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the catalogue has no indicator with this id.
    ///
    /// # Example
    ///
    /// ```
    /// let standard = chiso::Catalogue::standard();
    /// assert_eq!(standard.require("cpi")?.name().en, "Consumer price index (CPI)");
    /// let err = standard.require("export").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "\"export\" is not a valid indicator id: the catalogue has no such indicator; did you mean \"exports\", \"national_exports\" or \"export_share_national\"?"
    /// );
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn require(&self, id: &str) -> Result<&Indicator> {
        self.get(id).ok_or_else(|| self.unknown(id))
    }

    /// The error for an id the catalogue lacks, naming the closest ids.
    fn unknown(&self, id: &str) -> Error {
        let close = self.close_ids(id);
        let hint = match close.as_slice() {
            [] => String::new(),
            [only] => format!("; did you mean {only:?}?"),
            [init @ .., last] => {
                let init: Vec<String> = init.iter().map(|c| format!("{c:?}")).collect();
                format!("; did you mean {} or {last:?}?", init.join(", "))
            }
        };
        Error::invalid("indicator id", id, format!("the catalogue has no such indicator{hint}"))
    }

    /// Up to three ids close to `id`: those a letter or two away (one edit in three letters,
    /// a swap of two letters counting as one), then those that contain it or that it
    /// contains, and those its words name, in the catalogue's order.
    pub(crate) fn close_ids(&self, id: &str) -> Vec<&str> {
        let wanted = id.trim().to_lowercase();
        let named: Vec<String> = self
            .find(&wanted.replace('_', " "))
            .map(|m| std::iter::once(m.id().to_string()).chain(m.alternatives().iter().map(|a| a.0.clone())).collect())
            .unwrap_or_default();
        let mut close: Vec<(bool, usize, &str)> = self
            .indicators
            .iter()
            .enumerate()
            .filter_map(|(i, indicator)| {
                let candidate = indicator.id();
                let near = 3 * edit_distance(&wanted, candidate) <= candidate.len().max(wanted.len());
                let related = !wanted.is_empty() && (candidate.contains(&wanted) || wanted.contains(candidate));
                let named = named.iter().any(|n| n == candidate);
                (near || related || named).then_some((!near, i, candidate))
            })
            .collect();
        close.sort();
        close.into_iter().take(3).map(|(_, _, id)| id).collect()
    }

    /// The indicator with this id.
    ///
    /// # Example
    ///
    /// See [`Catalogue`].
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.by_id.get(id).map(|&i| &self.indicators[i])
    }

    /// Where the indicator with this id stands in the catalogue.
    ///
    /// # Example
    ///
    /// See [`Catalogue`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Every indicator, in the order given.
    ///
    /// # Example
    ///
    /// ```
    /// let catalogue = chiso::Catalogue::new(chiso::datasets::binh_duong_2024().indicators().to_vec())?;
    /// assert_eq!(catalogue.indicators().len(), catalogue.len());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The indicators, in the order given.
    pub(crate) fn into_indicators(self) -> Vec<Indicator> {
        self.indicators
    }

    /// How many indicators it holds.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::Catalogue::default().is_empty());
    /// ```
    pub fn len(&self) -> usize {
        self.indicators.len()
    }

    /// Whether it holds none.
    ///
    /// # Example
    ///
    /// See [`Catalogue::len`].
    pub fn is_empty(&self) -> bool {
        self.indicators.is_empty()
    }

    /// The union of two catalogues: every indicator of `self`, then those of `other` it lacks.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] when both define one id differently, naming it.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// let catalogue = chiso::Catalogue::new(report.indicators().to_vec())?;
    /// assert_eq!(catalogue.union(&catalogue)?, catalogue);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn union(&self, other: &Catalogue) -> Result<Catalogue> {
        let mut indicators = self.indicators.clone();
        let mut aliases: Vec<Vec<Alias>> = (0..self.len()).map(|i| self.aliases_at(i).to_vec()).collect();
        for (i, indicator) in other.indicators.iter().enumerate() {
            match self.get(indicator.id()) {
                Some(own) if own == indicator => {}
                Some(_) => {
                    return Err(Error::InvalidReport {
                        path: format!("indicators[{i}]"),
                        message: format!(
                        "the indicator {:?} is defined differently in two reports; one catalogue needs one definition",
                        indicator.id()
                    ),
                    })
                }
                None => {
                    indicators.push(indicator.clone());
                    aliases.push(other.aliases_at(i).to_vec());
                }
            }
        }
        let mut union = Catalogue::new(indicators)?;
        union.aliases = aliases;
        Ok(union)
    }

    /// The position of an observation's indicator, checked: the indicator is known, the
    /// observation has a figure, and its printed unit, if any, converts exactly to the
    /// indicator's. The error is the field at fault and what is wrong with it; `holder` names
    /// what holds the catalogue (`report`, `panel`).
    pub(crate) fn check_observation(
        &self,
        observation: &Observation,
        holder: &str,
    ) -> std::result::Result<usize, (&'static str, String)> {
        let Some(position) = self.position(observation.indicator()) else {
            return Err((".indicator", format!("the {holder} has no indicator {:?}", observation.indicator())));
        };
        if observation.value().is_none() && observation.growth().is_none() && observation.plan_completion().is_none() {
            return Err(("", "an observation needs a value, a growth or a plan_completion".into()));
        }
        let indicator = &self.indicators[position];
        if let Some(printed) = observation.unit() {
            printed.check_same_dimension(indicator.unit(), "compare").map_err(|err| (".unit", err.to_string()))?;
        }
        if let Some(Err(err)) = level_of(observation, indicator) {
            return Err((".unit", format!("the value cannot be given in {}: {err}", indicator.unit())));
        }
        Ok(position)
    }
}

/// The distance between two ids in edits of one character (insert, delete, replace) or swaps
/// of two neighbours (the optimal string alignment distance).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows: Vec<Vec<usize>> =
        (0..=a.len()).map(|i| (0..=b.len()).map(|j| if i == 0 { j } else { i }).collect()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        assert_eq!(edit_distance("grpd", "grdp"), 1);
        assert_eq!(edit_distance("export", "exports"), 1);
        assert_eq!(edit_distance("fdi", "gdp"), 2);
        assert_eq!(edit_distance("", "cpi"), 3);
        assert_eq!(edit_distance("iip", "iip"), 0);
    }

    #[test]
    fn close_ids_prefer_a_near_spelling_then_related_ids() {
        let standard = Catalogue::standard();
        assert_eq!(standard.close_ids("grpd"), ["grdp"]);
        assert_eq!(standard.close_ids("fdi"), ["fdi_registered", "fdi_disbursed"]);
        assert_eq!(standard.close_ids("retail"), ["retail_sales"]);
        assert!(standard.close_ids("").is_empty());
    }
}
