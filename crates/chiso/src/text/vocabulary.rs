//! The words of each language: scale words, unit words, qualifiers, counted nouns.
//!
//! Formatting and reading both use these tables, so what one writes the other reads.

use std::fmt;
use std::str::FromStr;

use super::comparison::Comparison;
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
    // Visits, as tourism counts them: `4,6 triệu lượt khách`, `560 nghìn lượt`.
    ("visitors", "lượt khách"),
    ("visitors", "lượt"),
    // Reports count plans and schemes together ("14 kế hoạch, đề án"); formatting writes the
    // first spelling above, reading takes the longest that matches.
    ("plans", "kế hoạch, đề án"),
];

/// Words that qualify a counted noun without changing what is counted, where the press puts
/// them: before the noun in English (`2,150 new enterprises`, `2.3 million international
/// visitors`), after it in Vietnamese (`4,6 triệu lượt khách nội địa`, `doanh nghiệp mới`).
/// The figure reads them with its noun, so that they do not end it.
pub(crate) const COUNT_MODIFIERS: &[(Lang, &str)] = &[
    (Lang::En, "new"),
    (Lang::En, "newly established"),
    (Lang::En, "newly registered"),
    (Lang::En, "international"),
    (Lang::En, "domestic"),
    (Lang::En, "foreign"),
    (Lang::Vi, "mới"),
    (Lang::Vi, "thành lập mới"),
    (Lang::Vi, "quốc tế"),
    (Lang::Vi, "nội địa"),
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
    (Lang::En, "point", "points"),
];

/// Verbs that make a figure a change, and whether the change is a fall. Formatting writes the
/// first spelling of each direction.
pub(crate) const GROWTH_VERBS: &[(Lang, &str, bool)] = &[
    (Lang::Vi, "tăng", false),
    (Lang::Vi, "giảm", true),
    (Lang::Vi, "tăng trưởng", false),
    (Lang::Vi, "sụt giảm", true),
    (Lang::Vi, "suy giảm", true),
    (Lang::Vi, "tăng thêm", false),
    (Lang::Vi, "giảm đi", true),
    (Lang::En, "up", false),
    (Lang::En, "down", true),
    (Lang::En, "rose", false),
    (Lang::En, "rise", false),
    (Lang::En, "rises", false),
    (Lang::En, "rising", false),
    (Lang::En, "risen", false),
    (Lang::En, "fell", true),
    (Lang::En, "fall", true),
    (Lang::En, "falls", true),
    (Lang::En, "falling", true),
    (Lang::En, "fallen", true),
    (Lang::En, "grew", false),
    (Lang::En, "grow", false),
    (Lang::En, "grows", false),
    (Lang::En, "growing", false),
    (Lang::En, "grown", false),
    (Lang::En, "increased", false),
    (Lang::En, "increase", false),
    (Lang::En, "increases", false),
    (Lang::En, "increasing", false),
    (Lang::En, "climbed", false),
    (Lang::En, "jumped", false),
    (Lang::En, "surged", false),
    (Lang::En, "soared", false),
    (Lang::En, "expanded", false),
    (Lang::En, "gained", false),
    (Lang::En, "edged up", false),
    (Lang::En, "inched up", false),
    (Lang::En, "went up", false),
    (Lang::En, "decreased", true),
    (Lang::En, "decrease", true),
    (Lang::En, "decreases", true),
    (Lang::En, "declined", true),
    (Lang::En, "dropped", true),
    (Lang::En, "slipped", true),
    (Lang::En, "dipped", true),
    (Lang::En, "plunged", true),
    (Lang::En, "plummeted", true),
    (Lang::En, "contracted", true),
    (Lang::En, "shrank", true),
    (Lang::En, "edged down", true),
    (Lang::En, "went down", true),
];

/// Words that may follow an English growth verb before the figure: "rose by 5%", "rose by an
/// estimated 10.19 per cent", "grew an estimated 7%".
pub(crate) const GROWTH_LINKS: &[(Lang, &str)] =
    &[(Lang::En, "by"), (Lang::En, "by an estimated"), (Lang::En, "an estimated"), (Lang::En, "by some")];

/// English nouns of a change, read as "[a|an] [year-on-year] NOUN of 5%", and whether the
/// change is a fall: "an increase of 12.2 per cent", "a year-on-year rise of 9%", "growth of
/// 7%".
pub(crate) const GROWTH_NOUNS: &[(Lang, &str, bool)] = &[
    (Lang::En, "increase", false),
    (Lang::En, "rise", false),
    (Lang::En, "growth", false),
    (Lang::En, "gain", false),
    (Lang::En, "jump", false),
    (Lang::En, "surge", false),
    (Lang::En, "expansion", false),
    (Lang::En, "decline", true),
    (Lang::En, "decrease", true),
    (Lang::En, "drop", true),
    (Lang::En, "fall", true),
    (Lang::En, "dip", true),
    (Lang::En, "contraction", true),
    (Lang::En, "reduction", true),
];

/// What a figure is compared with, printed after it. The longest spelling that matches is read.
pub(crate) const COMPARISONS: &[(Lang, &str, Comparison)] = &[
    (Lang::Vi, "so với cùng kỳ", Comparison::SamePeriod),
    (Lang::Vi, "so với cùng kỳ năm trước", Comparison::SamePeriod),
    (Lang::Vi, "so với cùng kỳ năm ngoái", Comparison::SamePeriod),
    (Lang::Vi, "so với cùng kì", Comparison::SamePeriod),
    (Lang::Vi, "so cùng kỳ", Comparison::SamePeriod),
    (Lang::Vi, "so cùng kỳ năm trước", Comparison::SamePeriod),
    (Lang::Vi, "so với cùng thời điểm năm trước", Comparison::SamePeriod),
    (Lang::Vi, "so với năm trước", Comparison::SamePeriod),
    (Lang::Vi, "so với năm ngoái", Comparison::SamePeriod),
    (Lang::Vi, "so với tháng trước", Comparison::PreviousPeriod),
    (Lang::Vi, "so với tháng liền kề", Comparison::PreviousPeriod),
    (Lang::Vi, "so với quý trước", Comparison::PreviousPeriod),
    (Lang::Vi, "so với kỳ trước", Comparison::PreviousPeriod),
    (Lang::Vi, "so tháng trước", Comparison::PreviousPeriod),
    (Lang::Vi, "so với kế hoạch", Comparison::Plan),
    (Lang::Vi, "so với kế hoạch năm", Comparison::Plan),
    (Lang::Vi, "so với KH", Comparison::Plan),
    (Lang::Vi, "so với dự toán", Comparison::Plan),
    (Lang::Vi, "so với dự toán năm", Comparison::Plan),
    (Lang::Vi, "kế hoạch", Comparison::Plan),
    (Lang::Vi, "kế hoạch năm", Comparison::Plan),
    (Lang::Vi, "dự toán", Comparison::Plan),
    (Lang::Vi, "dự toán năm", Comparison::Plan),
    (Lang::Vi, "dự toán được giao", Comparison::Plan),
    (Lang::En, "year on year", Comparison::SamePeriod),
    (Lang::En, "year-on-year", Comparison::SamePeriod),
    (Lang::En, "y/y", Comparison::SamePeriod),
    (Lang::En, "y-o-y", Comparison::SamePeriod),
    (Lang::En, "yoy", Comparison::SamePeriod),
    (Lang::En, "on-year", Comparison::SamePeriod),
    (Lang::En, "from a year earlier", Comparison::SamePeriod),
    (Lang::En, "from a year ago", Comparison::SamePeriod),
    (Lang::En, "from last year", Comparison::SamePeriod),
    (Lang::En, "on the same period last year", Comparison::SamePeriod),
    (Lang::En, "over the same period last year", Comparison::SamePeriod),
    (Lang::En, "from the same period last year", Comparison::SamePeriod),
    (Lang::En, "compared with the same period last year", Comparison::SamePeriod),
    (Lang::En, "compared to the same period last year", Comparison::SamePeriod),
    (Lang::En, "against the same period last year", Comparison::SamePeriod),
    (Lang::En, "month-on-month", Comparison::PreviousPeriod),
    (Lang::En, "month on month", Comparison::PreviousPeriod),
    (Lang::En, "m/m", Comparison::PreviousPeriod),
    (Lang::En, "mom", Comparison::PreviousPeriod),
    (Lang::En, "quarter-on-quarter", Comparison::PreviousPeriod),
    (Lang::En, "quarter on quarter", Comparison::PreviousPeriod),
    (Lang::En, "q/q", Comparison::PreviousPeriod),
    (Lang::En, "from the previous month", Comparison::PreviousPeriod),
    (Lang::En, "from a month earlier", Comparison::PreviousPeriod),
    (Lang::En, "from the previous quarter", Comparison::PreviousPeriod),
    (Lang::En, "compared with the previous month", Comparison::PreviousPeriod),
    (Lang::En, "compared to the previous month", Comparison::PreviousPeriod),
    (Lang::En, "over the previous month", Comparison::PreviousPeriod),
    (Lang::En, "of the plan", Comparison::Plan),
    (Lang::En, "of the annual plan", Comparison::Plan),
    (Lang::En, "of the yearly plan", Comparison::Plan),
    (Lang::En, "of the city's plan", Comparison::Plan),
    (Lang::En, "of the city's annual plan", Comparison::Plan),
    (Lang::En, "of the province's plan", Comparison::Plan),
    (Lang::En, "of the province's annual plan", Comparison::Plan),
    (Lang::En, "of its plan", Comparison::Plan),
    (Lang::En, "of its annual plan", Comparison::Plan),
    (Lang::En, "of the target", Comparison::Plan),
    (Lang::En, "of the annual target", Comparison::Plan),
    (Lang::En, "of the yearly target", Comparison::Plan),
    (Lang::En, "of the full-year target", Comparison::Plan),
    (Lang::En, "of the year's target", Comparison::Plan),
    (Lang::En, "of the estimate", Comparison::Plan),
    (Lang::En, "of the annual estimate", Comparison::Plan),
    (Lang::En, "of the budget estimate", Comparison::Plan),
    (Lang::En, "compared with the plan", Comparison::Plan),
];

/// Words just before a percentage that make it how far a plan was exceeded (*số vượt kế
/// hoạch*): `vượt 5% kế hoạch` and `vượt kế hoạch 5%` are a plan completion of 105%, "exceeded
/// the plan by 5%" too. With a bare `vượt`, the plan must be named after the figure.
pub(crate) const PLAN_EXCESS: &[(Lang, &str, bool)] = &[
    (Lang::Vi, "vượt", true),
    (Lang::Vi, "vượt kế hoạch", false),
    (Lang::Vi, "vượt kế hoạch năm", false),
    (Lang::Vi, "vượt dự toán", false),
    (Lang::Vi, "vượt dự toán năm", false),
    (Lang::Vi, "vượt chỉ tiêu", false),
    (Lang::Vi, "vượt chỉ tiêu kế hoạch", false),
    (Lang::En, "exceeded the plan by", false),
    (Lang::En, "exceeded the annual plan by", false),
    (Lang::En, "exceeded its plan by", false),
    (Lang::En, "exceeded its annual plan by", false),
    (Lang::En, "exceeded the target by", false),
    (Lang::En, "exceeded the annual target by", false),
    (Lang::En, "surpassed the plan by", false),
    (Lang::En, "surpassed the target by", false),
    (Lang::En, "beat the plan by", false),
    (Lang::En, "beat the target by", false),
];

/// Comparisons written as an adjective before an English noun of change: "a year-on-year rise
/// of 9%".
pub(crate) const COMPARISON_ADJECTIVES: &[(Lang, &str, Comparison)] = &[
    (Lang::En, "year-on-year", Comparison::SamePeriod),
    (Lang::En, "year on year", Comparison::SamePeriod),
    (Lang::En, "y/y", Comparison::SamePeriod),
    (Lang::En, "yoy", Comparison::SamePeriod),
    (Lang::En, "on-year", Comparison::SamePeriod),
    (Lang::En, "month-on-month", Comparison::PreviousPeriod),
    (Lang::En, "m/m", Comparison::PreviousPeriod),
    (Lang::En, "quarter-on-quarter", Comparison::PreviousPeriod),
    (Lang::En, "q/q", Comparison::PreviousPeriod),
];

/// Qualifiers printed after the figure: "10% trở lên", "10% or more".
pub(crate) const AFTER_QUALIFIERS: &[(Lang, &str, Bound)] = &[
    (Lang::Vi, "trở lên", Bound::AtLeast),
    (Lang::Vi, "trở xuống", Bound::AtMost),
    (Lang::En, "or more", Bound::AtLeast),
    (Lang::En, "or above", Bound::AtLeast),
    (Lang::En, "or higher", Bound::AtLeast),
    (Lang::En, "or over", Bound::AtLeast),
    (Lang::En, "and above", Bound::AtLeast),
    (Lang::En, "and over", Bound::AtLeast),
    (Lang::En, "or less", Bound::AtMost),
    (Lang::En, "or below", Bound::AtMost),
    (Lang::En, "or lower", Bound::AtMost),
    (Lang::En, "or fewer", Bound::AtMost),
    (Lang::En, "and below", Bound::AtMost),
    (Lang::En, "and under", Bound::AtMost),
];

/// Words before a single figure that make it a lower limit: "from 10%", "từ 10% trở lên".
/// They are kept apart from [`QUALIFIERS`] because they also open a range ("from 9 to 10%"),
/// which is tried first.
pub(crate) const FROM_QUALIFIERS: &[(Lang, &str)] =
    &[(Lang::Vi, "từ"), (Lang::En, "from"), (Lang::En, "starting from")];

/// Currencies printed before the number, as English-language press prints money: `$34.5
/// billion`, `US$34.5 billion`, `USD 34.8 billion`, `VND72 trillion`, and as Vietnamese press
/// sometimes does (`USD 34,8 tỷ`). The number may be glued to the sign or code or follow a space.
pub(crate) const MONEY_PREFIXES: &[(Lang, &str, &str)] = &[
    (Lang::En, "$", "USD"),
    (Lang::En, "US$", "USD"),
    (Lang::En, "US $", "USD"),
    (Lang::En, "USD", "USD"),
    (Lang::En, "VND", "VND"),
    (Lang::En, "€", "EUR"),
    (Lang::En, "EUR", "EUR"),
    (Lang::Vi, "USD", "USD"),
    (Lang::Vi, "US$", "USD"),
];

/// Scale abbreviations read only right after money printed currency first (`$1.2bn`, `$500m`,
/// `VND500m`): after any other number `m` is as likely metres.
pub(crate) const MONEY_SCALES: &[(Lang, &str, Scale)] = &[
    (Lang::En, "k", Scale::Thousand),
    (Lang::En, "m", Scale::Million),
    (Lang::En, "mn", Scale::Million),
    (Lang::En, "mln", Scale::Million),
    (Lang::En, "bn", Scale::Billion),
    (Lang::En, "b", Scale::Billion),
    (Lang::En, "bln", Scale::Billion),
    (Lang::En, "tn", Scale::Trillion),
    (Lang::En, "trn", Scale::Trillion),
];

/// Words before a rate that make it an average, and whether they already say "per year":
/// "bình quân 8%/năm", "an average annual growth of 8%".
pub(crate) const AVERAGE_OPENERS: &[(Lang, &str, bool)] = &[
    (Lang::Vi, "bình quân", false),
    (Lang::Vi, "trung bình", false),
    (Lang::Vi, "bình quân mỗi năm", true),
    (Lang::Vi, "bình quân hằng năm", true),
    (Lang::Vi, "bình quân hàng năm", true),
    (Lang::Vi, "trung bình mỗi năm", true),
    (Lang::Vi, "trung bình hằng năm", true),
    (Lang::Vi, "trung bình hàng năm", true),
    (Lang::En, "an average of", false),
    (Lang::En, "by an average of", false),
    (Lang::En, "at an average of", false),
    (Lang::En, "averaging", false),
    (Lang::En, "an annual average of", true),
    (Lang::En, "by an annual average of", true),
    (Lang::En, "an average annual", true),
    (Lang::En, "average annual", true),
    (Lang::En, "an average annual growth of", true),
    (Lang::En, "average annual growth of", true),
    (Lang::En, "an average annual growth rate of", true),
    (Lang::En, "average annual growth rate of", true),
    (Lang::En, "an average annual rate of", true),
    (Lang::En, "an average annual increase of", true),
];

/// Words after a rate that make it a rate per year: "7%/năm", "8% a year".
pub(crate) const PER_YEAR: &[(Lang, &str)] = &[
    (Lang::Vi, "/năm"),
    (Lang::Vi, "/ năm"),
    (Lang::Vi, "mỗi năm"),
    (Lang::Vi, "một năm"),
    (Lang::Vi, "hằng năm"),
    (Lang::Vi, "hàng năm"),
    (Lang::En, "/year"),
    (Lang::En, "/yr"),
    (Lang::En, "a year"),
    (Lang::En, "per year"),
    (Lang::En, "per annum"),
    (Lang::En, "annually"),
    (Lang::En, "each year"),
    (Lang::En, "every year"),
    (Lang::En, "a year on average"),
    (Lang::En, "per year on average"),
];

/// Words that open the years of an average: "giai đoạn 2021–2025", "in 2021-2025", "over the
/// 2021-2025 period".
pub(crate) const SPAN_OPENERS: &[(Lang, &str)] = &[
    (Lang::Vi, "giai đoạn"),
    (Lang::Vi, "trong giai đoạn"),
    (Lang::Vi, "thời kỳ"),
    (Lang::Vi, "trong thời kỳ"),
    (Lang::En, "in"),
    (Lang::En, "over"),
    (Lang::En, "during"),
    (Lang::En, "for"),
    (Lang::En, "in the"),
    (Lang::En, "over the"),
    (Lang::En, "during the"),
    (Lang::En, "for the"),
    (Lang::En, "in the period"),
    (Lang::En, "over the period"),
    (Lang::En, "during the period"),
];

/// Words after the years of a span: "the 2021-2025 period".
pub(crate) const SPAN_CLOSERS: &[(Lang, &str)] = &[(Lang::En, "period")];

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

/// Words that state an aim: the figures of their sentence are aims (see
/// [`Mention::aim`](crate::Mention::aim)). `chỉ tiêu`, `mục tiêu` and `target` are also nouns
/// (`18/22 chỉ tiêu đạt`, "the targets set"); [`NOUN_BEFORE`] and [`NOUN_AFTER`] tell those apart.
pub(crate) const AIM_WORDS: &[(Lang, &str)] = &[
    (Lang::Vi, "phấn đấu"),
    (Lang::Vi, "mục tiêu"),
    (Lang::Vi, "chỉ tiêu"),
    (Lang::Vi, "đặt mục tiêu"),
    (Lang::En, "target"),
    (Lang::En, "targets"),
    (Lang::En, "targeting"),
    (Lang::En, "targeted"),
    (Lang::En, "aims"),
    (Lang::En, "aim"),
    (Lang::En, "aiming"),
    (Lang::En, "plans to"),
    (Lang::En, "planned to"),
    (Lang::En, "strive"),
    (Lang::En, "strives"),
    (Lang::En, "striving"),
    (Lang::En, "seeks to"),
];

/// Words just before an aim word that make it a noun of results, not an aim: `các chỉ tiêu`,
/// `đạt mục tiêu`, "met the target", "of the target". A number before it (`18/22 chỉ tiêu`)
/// does the same.
pub(crate) const NOUN_BEFORE: &[(Lang, &str)] = &[
    (Lang::Vi, "các"),
    (Lang::Vi, "những"),
    (Lang::Vi, "nhiều"),
    (Lang::Vi, "một số"),
    (Lang::Vi, "mọi"),
    (Lang::Vi, "số"),
    (Lang::Vi, "đạt"),
    (Lang::Vi, "vượt"),
    (Lang::Vi, "hoàn thành"),
    (Lang::Vi, "thực hiện"),
    (Lang::En, "of"),
    (Lang::En, "of the"),
    (Lang::En, "all"),
    (Lang::En, "all the"),
    (Lang::En, "most"),
    (Lang::En, "many"),
    (Lang::En, "several"),
    (Lang::En, "met"),
    (Lang::En, "met the"),
    (Lang::En, "meet the"),
    (Lang::En, "achieved"),
    (Lang::En, "achieved the"),
    (Lang::En, "exceeded"),
    (Lang::En, "exceeded the"),
    (Lang::En, "surpassed the"),
    (Lang::En, "reached the"),
    (Lang::En, "missed the"),
    (Lang::En, "hit the"),
    (Lang::En, "beat the"),
];

/// Words just after an aim word that make it a noun of results: `chỉ tiêu đạt`, `chỉ tiêu kế
/// hoạch`, "the targets set", "targets were met".
pub(crate) const NOUN_AFTER: &[(Lang, &str)] = &[
    (Lang::Vi, "đạt"),
    (Lang::Vi, "đạt và vượt"),
    (Lang::Vi, "vượt"),
    (Lang::Vi, "kế hoạch"),
    (Lang::Vi, "chủ yếu"),
    (Lang::Vi, "được giao"),
    (Lang::Vi, "nào"),
    (Lang::En, "set"),
    (Lang::En, "were"),
    (Lang::En, "was met"),
    (Lang::En, "met"),
    (Lang::En, "achieved"),
    (Lang::En, "reached"),
];

/// Words that make a figure an estimate: `ước đạt 16,94 tỷ kWh`, "an estimated 10.19 per cent".
pub(crate) const ESTIMATE_WORDS: &[(Lang, &str)] = &[
    (Lang::Vi, "ước"),
    (Lang::Vi, "ước đạt"),
    (Lang::Vi, "ước tính"),
    (Lang::Vi, "ước thực hiện"),
    (Lang::Vi, "dự ước"),
    (Lang::Vi, "dự kiến"),
    (Lang::En, "estimated"),
    (Lang::En, "an estimated"),
    (Lang::En, "is estimated at"),
    (Lang::En, "expected"),
];
