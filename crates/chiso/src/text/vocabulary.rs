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
    ("clusters", "cụm công nghiệp"),
    ("markets", "chợ"),
    ("supermarkets", "siêu thị"),
    ("dossiers", "hồ sơ"),
    ("households", "hộ"),
    ("households", "hộ dân"),
    ("households", "hộ gia đình"),
    // Reports count plans and schemes together ("14 kế hoạch, đề án"); formatting writes the
    // first spelling above, reading takes the longest that matches.
    ("plans", "kế hoạch, đề án"),
];

/// Qualifiers as reports print them. Formatting writes the first spelling of each bound and
/// language; reading takes every spelling.
///
/// *gần* and *nearly* mean [`Bound::About`], not [`Bound::LessThan`]: writers use them for
/// figures that round to the printed value from either side ("gần 30" for 29.6 or 30.2), and
/// a less-than bound would also throw away that the figure is close to the printed value.
pub(crate) const QUALIFIERS: &[(Lang, &str, Bound)] = &[
    (Lang::Vi, "hơn", Bound::MoreThan),
    (Lang::Vi, "trên", Bound::MoreThan),
    (Lang::Vi, "ít nhất", Bound::AtLeast),
    (Lang::Vi, "tối thiểu", Bound::AtLeast),
    (Lang::Vi, "không dưới", Bound::AtLeast),
    (Lang::Vi, "dưới", Bound::LessThan),
    (Lang::Vi, "chưa đến", Bound::LessThan),
    (Lang::Vi, "tối đa", Bound::AtMost),
    (Lang::Vi, "không quá", Bound::AtMost),
    (Lang::Vi, "khoảng", Bound::About),
    (Lang::Vi, "gần", Bound::About),
    (Lang::Vi, "xấp xỉ", Bound::About),
    (Lang::Vi, "ước khoảng", Bound::About),
    (Lang::En, "more than", Bound::MoreThan),
    (Lang::En, "over", Bound::MoreThan),
    (Lang::En, "above", Bound::MoreThan),
    (Lang::En, "at least", Bound::AtLeast),
    (Lang::En, "no less than", Bound::AtLeast),
    (Lang::En, "less than", Bound::LessThan),
    (Lang::En, "fewer than", Bound::LessThan),
    (Lang::En, "below", Bound::LessThan),
    (Lang::En, "under", Bound::LessThan),
    (Lang::En, "at most", Bound::AtMost),
    (Lang::En, "up to", Bound::AtMost),
    (Lang::En, "no more than", Bound::AtMost),
    (Lang::En, "about", Bound::About),
    (Lang::En, "nearly", Bound::About),
    (Lang::En, "approximately", Bound::About),
    (Lang::En, "around", Bound::About),
    (Lang::En, "roughly", Bound::About),
    (Lang::En, "almost", Bound::About),
];

/// The qualifier a bound is printed with, or `None` for `as_printed` and `exact`.
pub(crate) fn qualifier(bound: Bound, lang: Lang) -> Option<&'static str> {
    QUALIFIERS.iter().find(|(l, _, b)| *l == lang && *b == bound).map(|(_, word, _)| *word)
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

/// Spellings of scale words besides [`Scale::word_vi`] and [`Scale::word_en`], which
/// formatting writes.
pub(crate) const SCALE_VARIANTS: &[(Lang, &str, Scale)] = &[
    (Lang::Vi, "ngàn", Scale::Thousand),
    (Lang::Vi, "tỉ", Scale::Billion),
    (Lang::Vi, "ngàn tỷ", Scale::Trillion),
    (Lang::Vi, "nghìn tỉ", Scale::Trillion),
    (Lang::Vi, "ngàn tỉ", Scale::Trillion),
    (Lang::Vi, "triệu tỉ", Scale::Quadrillion),
];

/// Unit words as reports print them after a number, with the unit as the JSON format writes it.
/// Counted nouns are in [`COUNT_NOUNS`]. Currency codes are listed, not guessed: three capitals
/// after a number are as often an abbreviation (`5 KCN`, industrial parks) as a currency.
pub(crate) const UNIT_SPELLINGS: &[(Lang, &str, &str)] = &[
    (Lang::Vi, "đồng", "VND"),
    (Lang::Vi, "VND", "VND"),
    (Lang::Vi, "VNĐ", "VND"),
    (Lang::Vi, "vnđ", "VND"),
    (Lang::Vi, "USD", "USD"),
    (Lang::Vi, "đô la Mỹ", "USD"),
    (Lang::Vi, "đô-la Mỹ", "USD"),
    (Lang::Vi, "EUR", "EUR"),
    (Lang::Vi, "kWh", "kWh"),
    (Lang::Vi, "%", "percent"),
    (Lang::Vi, "phần trăm", "percent"),
    (Lang::Vi, "điểm phần trăm", "percentage points"),
    (Lang::Vi, "điểm %", "percentage points"),
    (Lang::Vi, "điểm", "points"),
    (Lang::En, "VND", "VND"),
    (Lang::En, "dong", "VND"),
    (Lang::En, "USD", "USD"),
    (Lang::En, "US dollars", "USD"),
    (Lang::En, "EUR", "EUR"),
    (Lang::En, "kWh", "kWh"),
    (Lang::En, "%", "percent"),
    (Lang::En, "percent", "percent"),
    (Lang::En, "per cent", "percent"),
    (Lang::En, "percentage points", "percentage points"),
    (Lang::En, "percentage point", "percentage points"),
    (Lang::En, "pp", "percentage points"),
    (Lang::En, "pct", "percent"),
    (Lang::En, "points", "points"),
];

/// Verbs that make a figure a change, and whether the change is a fall. Formatting writes the
/// first spelling of each direction.
pub(crate) const GROWTH_VERBS: &[(Lang, &str, bool)] = &[
    (Lang::Vi, "tăng", false),
    (Lang::Vi, "giảm", true),
    (Lang::Vi, "tăng trưởng", false),
    (Lang::Vi, "sụt giảm", true),
    (Lang::En, "up", false),
    (Lang::En, "down", true),
    (Lang::En, "rose", false),
    (Lang::En, "fell", true),
    (Lang::En, "grew", false),
    (Lang::En, "increased", false),
    (Lang::En, "decreased", true),
    (Lang::En, "declined", true),
    (Lang::En, "dropped", true),
];

/// Words that may follow an English growth verb before the figure: "rose by 5%".
pub(crate) const GROWTH_LINKS: &[(Lang, &str)] = &[(Lang::En, "by")];

/// What a growth is compared with, printed after it: the same period of the previous year.
pub(crate) const COMPARISONS: &[(Lang, &str)] = &[
    (Lang::Vi, "so với cùng kỳ"),
    (Lang::Vi, "so với cùng kỳ năm trước"),
    (Lang::Vi, "so với năm trước"),
    (Lang::En, "year on year"),
    (Lang::En, "year-on-year"),
    (Lang::En, "from a year earlier"),
    (Lang::En, "on the same period last year"),
    (Lang::En, "compared with the same period last year"),
];

/// Words that open a range and the words that must then join its ends: "từ 9 đến 10%".
pub(crate) const RANGE_OPENERS: &[(Lang, &str, &str)] =
    &[(Lang::Vi, "từ", "đến"), (Lang::Vi, "từ", "tới"), (Lang::En, "from", "to"), (Lang::En, "between", "and")];

/// Words or dashes that join the ends of a range with no opener: "9 - 10%", "9 to 10%".
pub(crate) const RANGE_JOINERS: &[(Lang, &str)] = &[
    (Lang::Vi, "-"),
    (Lang::Vi, "–"),
    (Lang::Vi, "—"),
    (Lang::Vi, "đến"),
    (Lang::En, "-"),
    (Lang::En, "–"),
    (Lang::En, "—"),
    (Lang::En, "to"),
];

/// Words after which a number is a label, not a figure: a year, a term, an ordinal, a date.
pub(crate) const LABEL_WORDS: &[(Lang, &str)] = &[
    (Lang::Vi, "năm"),
    (Lang::Vi, "giai đoạn"),
    (Lang::Vi, "khóa"),
    (Lang::Vi, "khoá"),
    (Lang::Vi, "nhiệm kỳ"),
    (Lang::Vi, "thứ"),
    (Lang::Vi, "ngày"),
    (Lang::Vi, "tháng"),
    (Lang::Vi, "quý"),
    (Lang::En, "year"),
    (Lang::En, "term"),
    (Lang::En, "phase"),
    (Lang::En, "no."),
    (Lang::En, "number"),
];

/// Words that open a statement of aims: every figure after one, to the end of its paragraph,
/// is a target.
pub(crate) const TARGET_WORDS: &[(Lang, &str)] = &[
    (Lang::Vi, "phấn đấu"),
    (Lang::Vi, "mục tiêu"),
    (Lang::Vi, "chỉ tiêu"),
    (Lang::En, "target"),
    (Lang::En, "targets"),
    (Lang::En, "aims"),
    (Lang::En, "aim"),
    (Lang::En, "strive"),
    (Lang::En, "strives"),
];
