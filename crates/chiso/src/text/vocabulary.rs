//! The words of each language: scale words, unit words, qualifiers, counted nouns.
//!
//! Formatting and reading both use these tables, so what one writes the other reads.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::unit::{Dimension, Scale, Unit};
use crate::value::Bound;

/// The language a figure is printed in.
///
/// # Example
///
/// ```
/// let lang: chiso::Lang = "vi".parse()?;
/// assert_eq!(lang, chiso::Lang::Vi);
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Vietnamese: `351.640 tỷ đồng`, `16,94`.
    #[default]
    Vi,
    /// English: `351,640 billion VND`, `16.94`.
    En,
}

impl Lang {
    /// The character that groups thousands.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Lang::Vi.group_separator(), '.');
    /// ```
    pub fn group_separator(self) -> char {
        match self {
            Lang::Vi => '.',
            Lang::En => ',',
        }
    }

    /// The decimal mark.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Lang::Vi.decimal_mark(), ',');
    /// ```
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::Vi => ',',
            Lang::En => '.',
        }
    }

    /// The code: `vi` or `en`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Lang::En.code(), "en");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = Error;

    fn from_str(code: &str) -> Result<Lang> {
        match code {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            _ => Err(Error::invalid("language", code, "expected vi or en")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Counted nouns: the English plural of the JSON format and the Vietnamese classifier phrase.
pub(crate) const COUNT_NOUNS: &[(&str, &str)] = &[
    ("products", "sản phẩm"),
    ("fairs", "phiên chợ"),
    ("plans", "kế hoạch"),
    ("parks", "khu công nghiệp"),
    ("enterprises", "doanh nghiệp"),
    ("projects", "dự án"),
];

/// The qualifier a bound is printed with, or `None` for `as_printed` and `exact`.
pub(crate) fn qualifier(bound: Bound, lang: Lang) -> Option<&'static str> {
    Some(match (bound, lang) {
        (Bound::AsPrinted | Bound::Exact, _) => return None,
        (Bound::MoreThan, Lang::Vi) => "hơn",
        (Bound::MoreThan, Lang::En) => "more than",
        (Bound::AtLeast, Lang::Vi) => "ít nhất",
        (Bound::AtLeast, Lang::En) => "at least",
        (Bound::LessThan, Lang::Vi) => "dưới",
        (Bound::LessThan, Lang::En) => "less than",
        (Bound::AtMost, Lang::Vi) => "tối đa",
        (Bound::AtMost, Lang::En) => "at most",
        (Bound::About, Lang::Vi) => "khoảng",
        (Bound::About, Lang::En) => "about",
    })
}

/// The scale word, empty for [`Scale::One`].
pub(crate) fn scale_word(scale: Scale, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => scale.word_vi(),
        Lang::En => scale.word_en(),
    }
}

/// The unit's dimension as the language prints it after a number: `đồng`, `VND`, `%`.
pub(crate) fn dimension_word(unit: &Unit, lang: Lang) -> &str {
    match (unit.dimension(), lang) {
        (Dimension::Money(c), Lang::Vi) if c.code() == "VND" => "đồng",
        (Dimension::Money(c), _) => c.code(),
        (Dimension::Energy, _) => "kWh",
        (Dimension::Percent, _) => "%",
        (Dimension::PercentagePoints, Lang::Vi) => "điểm phần trăm",
        (Dimension::PercentagePoints, Lang::En) => "percentage points",
        (Dimension::Points, Lang::Vi) => "điểm",
        (Dimension::Points, Lang::En) => "points",
        (Dimension::Count(noun), Lang::Vi) => {
            COUNT_NOUNS.iter().find(|(en, _)| *en == &**noun).map_or(noun, |(_, vi)| vi)
        }
        (Dimension::Count(noun), Lang::En) => noun,
    }
}
