//! What a report measures: indicators, their units and the identities that tie them together.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::unit::Unit;

/// A name in Vietnamese and English.
///
/// # Example
///
/// ```
/// let name = chiso::Names::new("Bình Dương", "Binh Duong");
/// assert_eq!(name.en, "Binh Duong");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Names {
    /// A name in both languages.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Names::new("Sở", "Department").vi, "Sở");
    /// ```
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Names {
        Names { vi: vi.into(), en: en.into() }
    }

    /// The name in `lang`.
    ///
    /// # Example
    ///
    /// ```
    /// let name = chiso::Names::new("Bình Dương", "Binh Duong");
    /// assert_eq!(name.get(chiso::Lang::Vi), "Bình Dương");
    /// ```
    pub fn get(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Vi => &self.vi,
            crate::Lang::En => &self.en,
        }
    }
}

/// How an indicator behaves over time.
///
/// # Example
///
/// ```
/// assert_eq!(chiso::Measure::Flow.name(), "flow");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Summable over time: sales, exports, electricity sold.
    Flow,
    /// A level at a point in time: industrial parks in operation.
    Stock,
    /// A share or a percentage: the on-time rate.
    Rate,
    /// An index number: the index of industrial production.
    Index,
}

impl Measure {
    /// The name used in the JSON format.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Measure::Rate.name(), "rate");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Measure::Flow => "flow",
            Measure::Stock => "stock",
            Measure::Rate => "rate",
            Measure::Index => "index",
        }
    }
}

/// Which direction is good news.
///
/// # Example
///
/// ```
/// assert_eq!(chiso::Polarity::LowerIsBetter.name(), "lower_is_better");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// More is better: exports, sales.
    HigherIsBetter,
    /// Less is better: energy intensity, late dossiers.
    LowerIsBetter,
}

impl Polarity {
    /// The name used in the JSON format.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Polarity::HigherIsBetter.name(), "higher_is_better");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Polarity::HigherIsBetter => "higher_is_better",
            Polarity::LowerIsBetter => "lower_is_better",
        }
    }
}

/// An accounting identity an indicator obeys, checked whenever its inputs are observed.
///
/// # Example
///
/// ```
/// use chiso::Identity;
///
/// let surplus = Identity::Difference("exports".into(), "imports".into());
/// assert_eq!(surplus.inputs(), ["exports", "imports"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Identity {
    /// The indicator is the first minus the second: a trade balance.
    Difference(String, String),
    /// The indicator is the sum of these.
    Sum(Vec<String>),
    /// The indicator is the first as a percentage of the second.
    Share(String, String),
}

impl Identity {
    /// The indicator ids the identity reads.
    ///
    /// # Example
    ///
    /// ```
    /// let share = chiso::Identity::Share("exports".into(), "national_exports".into());
    /// assert_eq!(share.inputs().len(), 2);
    /// ```
    pub fn inputs(&self) -> Vec<&str> {
        match self {
            Identity::Difference(a, b) | Identity::Share(a, b) => vec![a, b],
            Identity::Sum(parts) => parts.iter().map(String::as_str).collect(),
        }
    }

    /// The name used in the JSON format.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Identity::Sum(vec![]).name(), "sum");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            Identity::Difference(..) => "difference",
            Identity::Sum(_) => "sum",
            Identity::Share(..) => "share",
        }
    }
}

/// Something a report measures: a stable id, names, a unit, how it behaves and which way is
/// good.
///
/// # Example
///
/// ```
/// use chiso::{Indicator, Measure, Names, Polarity};
///
/// let retail = Indicator::new(
///     "retail_sales",
///     Names::new("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Retail sales of goods and service revenue"),
///     "billion VND".parse()?,
///     Measure::Flow,
///     Polarity::HigherIsBetter,
/// )?;
/// assert_eq!(retail.id(), "retail_sales");
/// assert!(Indicator::new("Retail Sales", retail.name().clone(), retail.unit().clone(), Measure::Flow, Polarity::HigherIsBetter).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Indicator {
    id: String,
    name: Names,
    unit: Unit,
    measure: Measure,
    polarity: Polarity,
    identity: Option<Identity>,
    national_total_of: Option<String>,
}

impl Indicator {
    /// An indicator; `id` is lower-case ASCII letters, digits and `_`, starting with a letter.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an id of another form.
    ///
    /// # Example
    ///
    /// See [`Indicator`].
    pub fn new(
        id: impl Into<String>,
        name: Names,
        unit: Unit,
        measure: Measure,
        polarity: Polarity,
    ) -> Result<Indicator> {
        let id = id.into();
        check_id(&id)?;
        Ok(Indicator { id, name, unit, measure, polarity, identity: None, national_total_of: None })
    }

    /// The same indicator, declaring an identity.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when an input id is malformed, a sum has fewer than two parts,
    /// or the identity names the indicator itself.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Identity, Indicator, Measure, Names, Polarity};
    ///
    /// let balance = Indicator::new("trade_balance", Names::new("Cán cân thương mại", "Trade balance"),
    ///     "billion USD".parse()?, Measure::Flow, Polarity::HigherIsBetter)?
    ///     .with_identity(Identity::Difference("exports".into(), "imports".into()))?;
    /// assert!(balance.identity().is_some());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_identity(mut self, identity: Identity) -> Result<Indicator> {
        let inputs = identity.inputs();
        if let Identity::Sum(parts) = &identity {
            if parts.len() < 2 {
                return Err(Error::invalid("identity", format!("{parts:?}"), "a sum needs at least two parts"));
            }
        }
        for input in &inputs {
            check_id(input)?;
            if *input == self.id {
                return Err(Error::invalid("identity", *input, "an indicator cannot be defined by itself"));
            }
        }
        self.identity = Some(identity);
        Ok(self)
    }

    /// The stable id.
    ///
    /// # Example
    ///
    /// See [`Indicator`].
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The names.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.indicator("iip").unwrap().name().en, "Index of industrial production (IIP)");
    /// ```
    pub fn name(&self) -> &Names {
        &self.name
    }

    /// The unit its levels are reported in.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.indicator("retail_sales").unwrap().unit().to_string(), "billion VND");
    /// ```
    pub fn unit(&self) -> &Unit {
        &self.unit
    }

    /// How it behaves over time.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.indicator("retail_sales").unwrap().measure(), chiso::Measure::Flow);
    /// ```
    pub fn measure(&self) -> Measure {
        self.measure
    }

    /// Which way is good news.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert_eq!(report.indicator("exports").unwrap().polarity(), chiso::Polarity::HigherIsBetter);
    /// ```
    pub fn polarity(&self) -> Polarity {
        self.polarity
    }

    /// The identity it obeys, if any.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// assert!(report.indicator("trade_balance").unwrap().identity().is_some());
    /// ```
    pub fn identity(&self) -> Option<&Identity> {
        self.identity.as_ref()
    }

    /// The same indicator, declared the national total of `of`: a province's report prints
    /// the nation's exports as `national_exports`, the national total of `exports`. In a
    /// [`Panel`](crate::Panel) that holds the nation's own figures, those are the level of
    /// this indicator for each of its provinces.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a malformed id, or the indicator's own.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Indicator, Measure, Names, Polarity};
    ///
    /// let national = Indicator::new("national_exports", Names::new("Xuất khẩu cả nước", "National exports"),
    ///     "billion USD".parse()?, Measure::Flow, Polarity::HigherIsBetter)?
    ///     .with_national_total_of("exports")?;
    /// assert_eq!(national.national_total_of(), Some("exports"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_national_total_of(mut self, of: impl Into<String>) -> Result<Indicator> {
        let of = of.into();
        check_id(&of)?;
        if of == self.id {
            return Err(Error::invalid("national total", of, "an indicator cannot be the national total of itself"));
        }
        self.national_total_of = Some(of);
        Ok(self)
    }

    /// The indicator this one is the national total of, if declared.
    ///
    /// # Example
    ///
    /// See [`Indicator::with_national_total_of`].
    pub fn national_total_of(&self) -> Option<&str> {
        self.national_total_of.as_deref()
    }
}

pub(crate) fn check_id(id: &str) -> Result<()> {
    let mut chars = id.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid("indicator id", id, "an id is lower-case letters, digits and '_', starting with a letter"))
    }
}
