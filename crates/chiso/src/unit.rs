//! Units: what a figure measures ([`Dimension`]) and in which power of ten ([`Scale`]).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::{Error, Result};

/// A power of ten that reports put before a unit: `351.640 tỷ đồng` is 351,640 × 10^9 VND.
///
/// # Example
///
/// ```
/// use chiso::Scale;
///
/// assert_eq!(Scale::Billion.exponent(), 9);
/// assert_eq!(Scale::Trillion.word_vi(), "nghìn tỷ");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scale {
    /// 10^0: no scale word.
    One,
    /// 10^3: *thousand*, *nghìn* (or *ngàn*).
    Thousand,
    /// 10^6: *million*, *triệu*.
    Million,
    /// 10^9: *billion*, *tỷ* (or *tỉ*).
    Billion,
    /// 10^12: *trillion*, *nghìn tỷ*.
    Trillion,
    /// 10^15: *quadrillion*, *triệu tỷ* (a thousand trillion).
    Quadrillion,
}

impl Scale {
    /// Every scale, smallest first.
    pub const ALL: [Scale; 6] =
        [Scale::One, Scale::Thousand, Scale::Million, Scale::Billion, Scale::Trillion, Scale::Quadrillion];

    /// The power of ten: 0, 3, 6, 9, 12 or 15.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Scale::Million.exponent(), 6);
    /// ```
    pub fn exponent(self) -> u32 {
        match self {
            Scale::One => 0,
            Scale::Thousand => 3,
            Scale::Million => 6,
            Scale::Billion => 9,
            Scale::Trillion => 12,
            Scale::Quadrillion => 15,
        }
    }

    /// The English scale word, empty for [`Scale::One`].
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Scale::Billion.word_en(), "billion");
    /// ```
    pub fn word_en(self) -> &'static str {
        match self {
            Scale::One => "",
            Scale::Thousand => "thousand",
            Scale::Million => "million",
            Scale::Billion => "billion",
            Scale::Trillion => "trillion",
            Scale::Quadrillion => "quadrillion",
        }
    }

    /// The Vietnamese scale word, empty for [`Scale::One`].
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Scale::Billion.word_vi(), "tỷ");
    /// ```
    pub fn word_vi(self) -> &'static str {
        match self {
            Scale::One => "",
            Scale::Thousand => "nghìn",
            Scale::Million => "triệu",
            Scale::Billion => "tỷ",
            Scale::Trillion => "nghìn tỷ",
            Scale::Quadrillion => "triệu tỷ",
        }
    }

    fn from_word_en(word: &str) -> Option<Scale> {
        Scale::ALL.into_iter().skip(1).find(|s| s.word_en() == word)
    }
}

/// An ISO 4217 currency code such as `VND` or `USD`: three upper-case ASCII letters.
///
/// # Example
///
/// ```
/// let usd: chiso::Currency = "USD".parse()?;
/// assert_eq!(usd.code(), "USD");
/// assert!("usd".parse::<chiso::Currency>().is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Vietnamese đồng.
    pub const VND: Currency = Currency(*b"VND");
    /// United States dollar.
    pub const USD: Currency = Currency(*b"USD");

    /// The three-letter code.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Currency::VND.code(), "VND");
    /// ```
    pub fn code(&self) -> &str {
        // OK because the constructor admits only ASCII upper-case letters.
        std::str::from_utf8(&self.0).expect("currency codes are ASCII")
    }
}

impl FromStr for Currency {
    type Err = Error;

    fn from_str(code: &str) -> Result<Self> {
        match code.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Currency([a, b, c])),
            _ => Err(Error::invalid("currency", code, "a currency is three upper-case letters such as VND or USD")),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a figure measures, regardless of its scale.
///
/// Percent (a level that is a share or a rate) and percentage points (a difference of two
/// rates) are different dimensions, so that a change can never be mistaken for a level.
///
/// # Example
///
/// ```
/// use chiso::{Dimension, Unit};
///
/// let unit: Unit = "products".parse()?;
/// assert_eq!(unit.dimension(), &Dimension::Count("products".into()));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// Money in one currency.
    Money(Currency),
    /// Energy, in kilowatt-hours.
    Energy,
    /// A share or a rate, in percent.
    Percent,
    /// A difference between two percentages.
    PercentagePoints,
    /// Index points, such as the index of industrial production.
    Points,
    /// A count of a named thing, with the plural English noun: `products`, `fairs`.
    Count(Box<str>),
}

impl Dimension {
    fn word(&self) -> &str {
        match self {
            Dimension::Money(currency) => currency.code(),
            Dimension::Energy => "kWh",
            Dimension::Percent => "percent",
            Dimension::PercentagePoints => "percentage points",
            Dimension::Points => "points",
            Dimension::Count(noun) => noun,
        }
    }

    /// Whether a scale word may stand before this dimension (not before percent or points).
    fn takes_scale(&self) -> bool {
        !matches!(self, Dimension::Percent | Dimension::PercentagePoints | Dimension::Points)
    }
}

/// A dimension in a scale: `billion VND`, `million kWh`, `percent`, `products`.
///
/// Written and parsed as in the JSON format: an optional scale word, then the dimension.
///
/// # Example
///
/// ```
/// use chiso::{Scale, Unit};
///
/// let unit: Unit = "billion kWh".parse()?;
/// assert_eq!(unit.scale(), Scale::Billion);
/// assert_eq!(unit.to_string(), "billion kWh");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit {
    dimension: Dimension,
    scale: Scale,
}

impl Unit {
    /// A unit of `dimension` in `scale`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a scale before percent, percentage points or index points.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Currency, Dimension, Scale, Unit};
    ///
    /// let unit = Unit::new(Dimension::Money(Currency::VND), Scale::Billion)?;
    /// assert_eq!(unit.to_string(), "billion VND");
    /// assert!(Unit::new(Dimension::Percent, Scale::Million).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn new(dimension: Dimension, scale: Scale) -> Result<Unit> {
        if scale != Scale::One && !dimension.takes_scale() {
            return Err(Error::invalid(
                "unit",
                format!("{} {}", scale.word_en(), dimension.word()),
                format!("{} takes no scale word", dimension.word()),
            ));
        }
        Ok(Unit { dimension, scale })
    }

    /// Percent, the unit of growth rates and shares.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Unit::percent().to_string(), "percent");
    /// ```
    pub fn percent() -> Unit {
        Unit { dimension: Dimension::Percent, scale: Scale::One }
    }

    /// Percentage points, the unit of a difference of two rates.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Unit::percentage_points().to_string(), "percentage points");
    /// ```
    pub fn percentage_points() -> Unit {
        Unit { dimension: Dimension::PercentagePoints, scale: Scale::One }
    }

    /// What the unit measures.
    ///
    /// # Example
    ///
    /// ```
    /// let unit: chiso::Unit = "million kWh".parse()?;
    /// assert_eq!(unit.dimension(), &chiso::Dimension::Energy);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn dimension(&self) -> &Dimension {
        &self.dimension
    }

    /// The power of ten before the dimension.
    ///
    /// # Example
    ///
    /// ```
    /// let unit: chiso::Unit = "million kWh".parse()?;
    /// assert_eq!(unit.scale(), chiso::Scale::Million);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn scale(&self) -> Scale {
        self.scale
    }

    /// The same dimension in another scale.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a scale before percent or points.
    ///
    /// # Example
    ///
    /// ```
    /// let unit: chiso::Unit = "million VND".parse()?;
    /// assert_eq!(unit.with_scale(chiso::Scale::Billion)?.to_string(), "billion VND");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_scale(&self, scale: Scale) -> Result<Unit> {
        Unit::new(self.dimension.clone(), scale)
    }

    /// The factor that turns an amount in `self` into an amount in `other`: `billion` to
    /// `million` is 1000.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when the dimensions differ, such as kWh and VND, or USD and VND
    /// (currencies convert only through an [`ExchangeRate`]).
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    ///
    /// let billion: chiso::Unit = "billion VND".parse()?;
    /// let million: chiso::Unit = "million VND".parse()?;
    /// assert_eq!(billion.factor_to(&million)?, Decimal::from(1000));
    /// assert_eq!(million.factor_to(&billion)?, Decimal::new(1, 3));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn factor_to(&self, other: &Unit) -> Result<Decimal> {
        self.check_same_dimension(other, "convert between")?;
        let from = self.scale.exponent() as i64;
        let to = other.scale.exponent() as i64;
        power_of_ten(from - to)
    }

    /// Checks that `self` and `other` measure the same thing.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] naming both units, with a sentence saying why they differ.
    ///
    /// # Example
    ///
    /// ```
    /// let kwh: chiso::Unit = "kWh".parse()?;
    /// let vnd: chiso::Unit = "VND".parse()?;
    /// let err = kwh.check_same_dimension(&vnd, "add").unwrap_err();
    /// assert_eq!(err.to_string(), "cannot add kWh and VND: energy is not money");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn check_same_dimension(&self, other: &Unit, operation: &'static str) -> Result<()> {
        if self.dimension == other.dimension {
            return Ok(());
        }
        let why = match (&self.dimension, &other.dimension) {
            (Dimension::Money(a), Dimension::Money(b)) => {
                format!("{a} and {b} are different currencies; convert one with an explicit, dated ExchangeRate first")
            }
            (Dimension::Percent, Dimension::PercentagePoints) | (Dimension::PercentagePoints, Dimension::Percent) => {
                "a rate in percent and a change in percentage points are different things".to_string()
            }
            (a, b) => format!("{} is not {}", describe(a), describe(b)),
        };
        Err(Error::UnitMismatch { operation, left: self.to_string(), right: other.to_string(), why })
    }
}

fn describe(dimension: &Dimension) -> String {
    match dimension {
        Dimension::Money(_) => "money".to_string(),
        Dimension::Energy => "energy".to_string(),
        Dimension::Percent => "a percentage".to_string(),
        Dimension::PercentagePoints => "a change in percentage points".to_string(),
        Dimension::Points => "index points".to_string(),
        Dimension::Count(noun) => format!("a count of {noun}"),
    }
}

/// 10^exponent as an exact decimal; `Decimal` holds 10^-28 to 10^28.
pub(crate) fn power_of_ten(exponent: i64) -> Result<Decimal> {
    match u32::try_from(exponent.unsigned_abs()) {
        Ok(magnitude) if magnitude <= 28 && exponent >= 0 => {
            Decimal::try_from_i128_with_scale(10i128.pow(magnitude), 0).map_err(|_| Error::Overflow("a power of ten"))
        }
        Ok(magnitude) if magnitude <= 28 => Ok(Decimal::new(1, magnitude)),
        _ => Err(Error::Overflow("a power of ten")),
    }
}

const KNOWN_WORDS: [&str; 6] = ["kwh", "vnd", "usd", "percent", "points", "%"];

impl FromStr for Unit {
    type Err = Error;

    fn from_str(text: &str) -> Result<Unit> {
        let trimmed = text.trim();
        let (scale, rest) = match trimmed.split_once(' ') {
            Some((word, rest)) => match Scale::from_word_en(word) {
                Some(scale) => (scale, rest.trim()),
                None => (Scale::One, trimmed),
            },
            None => (Scale::One, trimmed),
        };
        let dimension = match rest {
            word if word.is_empty() || Scale::from_word_en(word).is_some() => {
                return Err(Error::invalid("unit", text, "a unit needs a dimension after its scale word"))
            }
            "kWh" => Dimension::Energy,
            "percent" | "%" => Dimension::Percent,
            "percentage points" | "pp" => Dimension::PercentagePoints,
            "points" => Dimension::Points,
            code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => Dimension::Money(code.parse()?),
            noun if KNOWN_WORDS.contains(&noun.to_ascii_lowercase().as_str()) => {
                return Err(Error::invalid(
                    "unit",
                    text,
                    format!("{noun:?} is spelled kWh, VND, USD, percent or points"),
                ))
            }
            noun if noun.split(' ').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')) => {
                Dimension::Count(noun.into())
            }
            _ => {
                return Err(Error::invalid(
                    "unit",
                    text,
                    "expected an optional scale word (thousand, million, billion, trillion) and then a currency \
                     code (VND, USD), kWh, percent, points or a lower-case plural noun (products)",
                ))
            }
        };
        Unit::new(dimension, scale).map_err(|_| Error::invalid("unit", text, format!("{} takes no scale word", rest)))
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.scale {
            Scale::One => f.write_str(self.dimension.word()),
            scale => write!(f, "{} {}", scale.word_en(), self.dimension.word()),
        }
    }
}

impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// How many units of `quote` one unit of `base` bought on a given day: the only way chiso
/// converts money between currencies.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use chiso::{Currency, ExchangeRate};
/// use rust_decimal::Decimal;
///
/// let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
/// let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_450), date)?;
/// assert_eq!(rate.convert(Decimal::from(10), Currency::USD)?, Decimal::from(254_500));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExchangeRate {
    base: Currency,
    quote: Currency,
    rate: Decimal,
    date: NaiveDate,
}

impl ExchangeRate {
    /// One `base` is worth `rate` of `quote` on `date`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the rate is not positive or both currencies are the same.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use chiso::{Currency, ExchangeRate};
    /// use rust_decimal::Decimal;
    ///
    /// let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    /// assert!(ExchangeRate::new(Currency::USD, Currency::VND, Decimal::ZERO, date).is_err());
    /// ```
    pub fn new(base: Currency, quote: Currency, rate: Decimal, date: NaiveDate) -> Result<ExchangeRate> {
        if rate <= Decimal::ZERO {
            return Err(Error::invalid("exchange rate", rate.to_string(), "a rate must be positive"));
        }
        if base == quote {
            return Err(Error::invalid("exchange rate", format!("{base}/{quote}"), "the two currencies must differ"));
        }
        Ok(ExchangeRate { base, quote, rate, date })
    }

    /// The day the rate applies to.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use chiso::{Currency, ExchangeRate};
    /// # use rust_decimal::Decimal;
    /// let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    /// let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_450), date)?;
    /// assert_eq!(rate.date(), date);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Converts `amount` from `from` (either currency of the rate) into the other currency.
    ///
    /// # Errors
    ///
    /// [`Error::UnitMismatch`] when `from` is neither currency of the rate;
    /// [`Error::Overflow`] when the result does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use chiso::{Currency, ExchangeRate};
    /// # use rust_decimal::Decimal;
    /// let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    /// let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_000), date)?;
    /// assert_eq!(rate.convert(Decimal::from(50_000), Currency::VND)?, Decimal::from(2));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn convert(&self, amount: Decimal, from: Currency) -> Result<Decimal> {
        match self.direction(from)? {
            Direction::BaseToQuote => crate::arith::mul(amount, self.rate, "a currency conversion"),
            Direction::QuoteToBase => crate::arith::div(amount, self.rate, "a currency conversion"),
        }
    }

    /// Which way an amount in `from` converts.
    pub(crate) fn direction(&self, from: Currency) -> Result<Direction> {
        if from == self.base {
            Ok(Direction::BaseToQuote)
        } else if from == self.quote {
            Ok(Direction::QuoteToBase)
        } else {
            Err(Error::UnitMismatch {
                operation: "convert",
                left: from.to_string(),
                right: format!("{}/{}", self.base, self.quote),
                why: format!("this rate converts only between {} and {}", self.base, self.quote),
            })
        }
    }

    /// The currency one unit of which the rate prices.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use chiso::{Currency, ExchangeRate};
    /// # use rust_decimal::Decimal;
    /// let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    /// let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_450), date)?;
    /// assert_eq!((rate.base(), rate.quote(), rate.rate()), (Currency::USD, Currency::VND, Decimal::from(25_450)));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn base(&self) -> Currency {
        self.base
    }

    /// The currency the price is in.
    ///
    /// # Example
    ///
    /// See [`ExchangeRate::base`].
    pub fn quote(&self) -> Currency {
        self.quote
    }

    /// How many units of the quote currency one unit of the base buys.
    ///
    /// # Example
    ///
    /// See [`ExchangeRate::base`].
    pub fn rate(&self) -> Decimal {
        self.rate
    }
}

/// Which way an exchange rate is applied.
pub(crate) enum Direction {
    /// Multiply by the rate.
    BaseToQuote,
    /// Divide by the rate.
    QuoteToBase,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_json_unit() {
        for text in [
            "billion VND",
            "million kWh",
            "percent",
            "points",
            "products",
            "billion USD",
            "trillion VND",
            "thousand fairs",
            "kWh",
            "percentage points",
        ] {
            let unit: Unit = text.parse().unwrap();
            assert_eq!(unit.to_string(), text);
        }
    }

    #[test]
    fn refuses_bad_units_with_the_input_named() {
        for text in
            ["", "billion", "billion percent", "million points", "kwh", "Vnd", "billion kwh", "12 things", "Products"]
        {
            let err = text.parse::<Unit>().unwrap_err();
            assert_eq!(err.kind(), "invalid_input", "{text}");
            assert!(err.to_string().contains(&format!("{text:?}")) || err.to_string().contains(text), "{err}");
        }
    }

    #[test]
    fn factors_between_scales_are_exact_powers_of_ten() {
        let trillion: Unit = "trillion VND".parse().unwrap();
        let one: Unit = "VND".parse().unwrap();
        assert_eq!(trillion.factor_to(&one).unwrap(), Decimal::from(1_000_000_000_000i64));
        assert_eq!(one.factor_to(&trillion).unwrap(), Decimal::new(1, 12));
    }

    #[test]
    fn mismatched_dimensions_name_both_units() {
        let usd: Unit = "billion USD".parse().unwrap();
        let vnd: Unit = "billion VND".parse().unwrap();
        let err = usd.factor_to(&vnd).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("billion USD") && text.contains("billion VND") && text.contains("ExchangeRate"),
            "{text}"
        );
        let pct = Unit::percent();
        let pp = Unit::percentage_points();
        assert!(pct.check_same_dimension(&pp, "add").unwrap_err().to_string().contains("percentage points"));
    }

    #[test]
    fn exchange_rates_refuse_other_currencies() {
        let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
        let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_000), date).unwrap();
        let eur: Currency = "EUR".parse().unwrap();
        assert_eq!(rate.convert(Decimal::ONE, eur).unwrap_err().kind(), "unit_mismatch");
        assert!(ExchangeRate::new(Currency::USD, Currency::USD, Decimal::ONE, date).is_err());
    }

    #[test]
    fn estimates_convert_both_ways_and_refuse_what_is_not_money() {
        use crate::{Estimate, Quantity};
        let date = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
        let rate = ExchangeRate::new(Currency::USD, Currency::VND, Decimal::from(25_000), date).unwrap();
        let retail = Quantity::from_reported("351640".parse().unwrap(), "billion VND".parse().unwrap());
        let usd = Estimate::from(&retail).convert(&rate).unwrap();
        assert_eq!(usd.value().to_string(), "14.0656");
        assert_eq!(usd.unit().unwrap().to_string(), "billion USD");
        assert_eq!(usd.interval().to_string(), "[14.06558, 14.06562]");
        let kwh = Quantity::from_reported("16.94".parse().unwrap(), "billion kWh".parse().unwrap());
        assert_eq!(Estimate::from(&kwh).convert(&rate).unwrap_err().kind(), "unit_mismatch");
    }
}
