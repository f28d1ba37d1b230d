//! What a report measures: indicators, their units and the identities that tie them together.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::interval::Interval;
use crate::unit::{Dimension, Unit};

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

/// The values an indicator can take at all, in its unit: 0 to 100 for a share, at least 0 for
/// a count or most levels. A printed figure wholly outside it is a finding
/// ([`FindingKind::OutOfRange`](crate::FindingKind::OutOfRange)), not an error: the report said
/// it, and the check says where it cannot be right.
///
/// Percentages that may pass 100 (a plan completion of 105%) declare no upper end, or no range.
///
/// # Example
///
/// ```
/// use chiso::NaturalRange;
/// use rust_decimal::Decimal;
///
/// let share = NaturalRange::new(Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED))?;
/// assert_eq!((share.at_least(), share.at_most()), (Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED)));
/// assert_eq!(share.to_string(), "0–100");
/// assert!(NaturalRange::new(Some(Decimal::ONE), Some(Decimal::ZERO)).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NaturalRange {
    at_least: Option<Decimal>,
    at_most: Option<Decimal>,
}

impl NaturalRange {
    /// The values from `at_least` to `at_most`, both included; `None` leaves that side open.
    /// Neither end given declares that the indicator has no natural range.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when `at_least` exceeds `at_most`.
    ///
    /// # Example
    ///
    /// See [`NaturalRange`].
    pub fn new(at_least: Option<Decimal>, at_most: Option<Decimal>) -> Result<NaturalRange> {
        if let (Some(low), Some(high)) = (at_least, at_most) {
            if low > high {
                return Err(Error::invalid(
                    "natural range",
                    format!("{low}–{high}"),
                    "the low end exceeds the high end",
                ));
            }
        }
        Ok(NaturalRange { at_least, at_most })
    }

    /// The smallest value the indicator can take, if it has one.
    ///
    /// # Example
    ///
    /// See [`NaturalRange`].
    pub fn at_least(&self) -> Option<Decimal> {
        self.at_least
    }

    /// The largest value the indicator can take, if it has one.
    ///
    /// # Example
    ///
    /// See [`NaturalRange`].
    pub fn at_most(&self) -> Option<Decimal> {
        self.at_most
    }

    /// Whether the range leaves every value open: the indicator declares none.
    fn is_unbounded(&self) -> bool {
        self.at_least.is_none() && self.at_most.is_none()
    }

    /// The end of the range that every value of `interval` lies beyond, if any: a printed
    /// interval that only reaches past the range (straddles an end) has none.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Interval, NaturalRange};
    /// use rust_decimal::Decimal;
    ///
    /// let share = NaturalRange::new(Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED))?;
    /// let printed_140 = Interval::closed(Decimal::new(1395, 1), Decimal::new(1405, 1))?;
    /// assert_eq!(share.excluded_by(&printed_140), Some(Decimal::ONE_HUNDRED));
    /// let printed_100 = Interval::closed(Decimal::new(995, 1), Decimal::new(1005, 1))?;
    /// assert_eq!(share.excluded_by(&printed_100), None);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn excluded_by(&self, interval: &Interval) -> Option<Decimal> {
        self.at_least
            .filter(|&low| interval.all_less_than(low))
            .or_else(|| self.at_most.filter(|&high| interval.all_more_than(high)))
    }

    /// The range an indicator in `unit` has when it declares none: at least 0 for a count.
    fn default_for(unit: &Unit) -> Option<NaturalRange> {
        matches!(unit.dimension(), Dimension::Count(_))
            .then_some(NaturalRange { at_least: Some(Decimal::ZERO), at_most: None })
    }
}

impl std::fmt::Display for NaturalRange {
    /// `0–100`, `at least 0`, `at most 100`, or `any value`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.at_least, self.at_most) {
            (Some(low), Some(high)) => write!(f, "{low}–{high}"),
            (Some(low), None) => write!(f, "at least {low}"),
            (None, Some(high)) => write!(f, "at most {high}"),
            (None, None) => f.write_str("any value"),
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
    range: Option<NaturalRange>,
}

impl Indicator {
    /// An indicator; `id` is lower-case ASCII letters, digits and `_`, starting with a letter.
    /// A count (a unit such as `products`) has the natural range "at least 0"; anything else
    /// has none until [`Indicator::with_range`] declares one.
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
        let range = NaturalRange::default_for(&unit);
        Ok(Indicator { id, name, unit, measure, polarity, identity: None, national_total_of: None, range })
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

impl Indicator {
    /// The same indicator with a natural range, in its unit; a range with neither end
    /// declares that it has none (a count then loses its default of at least 0).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a count whose range holds no whole number, which no
    /// count could ever satisfy.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Indicator, Measure, Names, NaturalRange, Polarity};
    /// use rust_decimal::Decimal;
    ///
    /// let share = Indicator::new("on_time", Names::new("Tỷ lệ đúng hạn", "On-time share"),
    ///     "percent".parse()?, Measure::Rate, Polarity::HigherIsBetter)?;
    /// assert_eq!(share.range(), None);
    /// let share = share.with_range(NaturalRange::new(Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED))?)?;
    /// assert_eq!(share.range().unwrap().at_most(), Some(Decimal::ONE_HUNDRED));
    /// let products = Indicator::new("products", Names::new("Sản phẩm", "Products"),
    ///     "products".parse()?, Measure::Flow, Polarity::HigherIsBetter)?;
    /// assert_eq!(products.range().unwrap().at_least(), Some(Decimal::ZERO));
    /// assert_eq!(products.clone().with_range(NaturalRange::new(None, None)?)?.range(), None);
    /// let half = Decimal::new(5, 1);
    /// assert!(products.with_range(NaturalRange::new(Some(Decimal::new(2, 1)), Some(half))?).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_range(mut self, range: NaturalRange) -> Result<Indicator> {
        if let (Dimension::Count(_), Some(low), Some(high)) = (self.unit.dimension(), range.at_least, range.at_most) {
            let whole = Interval::closed(low, high)?;
            if !crate::report::holds_whole_number(&whole, &self.unit) {
                return Err(Error::invalid(
                    "natural range",
                    range.to_string(),
                    "a count's range must hold a whole number",
                ));
            }
        }
        self.range = (!range.is_unbounded()).then_some(range);
        Ok(self)
    }

    /// The natural range of its values, in its unit, if it has one.
    ///
    /// # Example
    ///
    /// See [`Indicator::with_range`].
    pub fn range(&self) -> Option<&NaturalRange> {
        self.range.as_ref()
    }

    /// Whether its range is the one its unit gives by default (at least 0 for a count, else
    /// none), so that the JSON format need not write it.
    pub(crate) fn has_default_range(&self) -> bool {
        self.range == NaturalRange::default_for(&self.unit)
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
