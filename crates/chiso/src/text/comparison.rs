//! What a figure is compared with: the same period a year before, the period before, or the plan.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What a growth or a share is measured against, as the text says it.
///
/// A growth against the previous month (`so với tháng trước`, `month-on-month`) is a different
/// figure from a growth against the same month of last year, and `đạt 105% kế hoạch` is a
/// share of the plan, not of anything else: [`Mention::compared_with`](crate::Mention::compared_with)
/// says which, or `None` when the text does not.
///
/// # Example
///
/// ```
/// use chiso::{extract, Comparison, Lang};
///
/// let mentions = extract("CPI tăng 0,3% so với tháng trước, tăng 3,2% so với cùng kỳ", Lang::Vi);
/// let compared: Vec<_> = mentions.iter().map(|m| m.compared_with()).collect();
/// assert_eq!(compared, [Some(Comparison::PreviousPeriod), Some(Comparison::SamePeriod)]);
/// assert_eq!("plan".parse::<Comparison>()?, Comparison::Plan);
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// The same period of the previous year: `so với cùng kỳ`, `year-on-year`, `y/y`,
    /// `from a year earlier`.
    SamePeriod,
    /// The period just before: `so với tháng trước`, `so với quý trước`, `month-on-month`,
    /// `m/m`, `quarter-on-quarter`, `from the previous month`.
    PreviousPeriod,
    /// The plan or the budget estimate: `so với kế hoạch`, `đạt 105% kế hoạch`, `dự toán`,
    /// `of the plan`, `of the annual target`.
    Plan,
}

impl Comparison {
    /// Every comparison, in the order of the JSON names.
    const ALL: [Comparison; 3] = [Comparison::SamePeriod, Comparison::PreviousPeriod, Comparison::Plan];

    /// The name used in JSON: `same_period`, `previous_period` or `plan`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Comparison::SamePeriod.name(), "same_period");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Comparison::SamePeriod => "same_period",
            Comparison::PreviousPeriod => "previous_period",
            Comparison::Plan => "plan",
        }
    }
}

impl FromStr for Comparison {
    type Err = Error;

    /// Reads a comparison by its [`name`](Comparison::name).
    ///
    /// ```
    /// assert_eq!("previous_period".parse::<chiso::Comparison>()?, chiso::Comparison::PreviousPeriod);
    /// assert!("last_year".parse::<chiso::Comparison>().is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    fn from_str(name: &str) -> Result<Comparison> {
        Comparison::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .ok_or_else(|| Error::invalid("comparison", name, "a comparison is same_period, previous_period or plan"))
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
