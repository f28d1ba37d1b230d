//! Writing figures as each language prints them. Rounding for display happens here, once,
//! half-even for a point and outward for an interval's ends.

use rust_decimal::{Decimal, RoundingStrategy};

use super::vocabulary::{dimension_word, qualifier, scale_word, Lang};
use crate::estimate::Estimate;
use crate::quantity::Quantity;
use crate::target::Condition;
use crate::unit::{Dimension, Scale, Unit};
use crate::value::{Bound, Reported};

/// A decimal with exactly its digits, grouped and marked as `lang` prints numbers.
///
/// # Example
///
/// ```
/// use chiso::{format_decimal, Lang};
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_decimal(Decimal::from(351_640), Lang::Vi), "351.640");
/// assert_eq!(format_decimal(Decimal::new(1694, 2), Lang::Vi), "16,94");
/// assert_eq!(format_decimal(Decimal::new(-12345678, 3), Lang::En), "-12,345.678");
/// ```
pub fn format_decimal(value: Decimal, lang: Lang) -> String {
    let plain = value.to_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(plain.len() + whole.len() / 3);
    out.push_str(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(lang.group_separator());
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push(lang.decimal_mark());
        out.push_str(fraction);
    }
    out
}

/// A decimal rounded half-even to `decimals` places, then formatted: the one place where chiso
/// rounds a point value for display.
///
/// # Example
///
/// ```
/// use chiso::{format_rounded, Lang};
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_rounded(Decimal::new(3103618711, 4), Lang::En, 0), "310,362");
/// assert_eq!(format_rounded(Decimal::new(125, 1), Lang::Vi, 0), "12");
/// ```
pub fn format_rounded(value: Decimal, lang: Lang, decimals: u32) -> String {
    format_decimal(value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointNearestEven), lang)
}

/// A quantity as a report in `lang` prints it: qualifier, number, scale word, unit.
///
/// # Example
///
/// ```
/// use chiso::{format_quantity, Bound, Lang, Quantity};
/// use rust_decimal::Decimal;
///
/// let retail = Quantity::new(Decimal::from(351_640), "billion VND".parse()?, Bound::AsPrinted);
/// assert_eq!(format_quantity(&retail, Lang::Vi), "351.640 tỷ đồng");
/// assert_eq!(format_quantity(&retail, Lang::En), "351,640 billion VND");
/// let budget = Quantity::new(Decimal::new(279, 2), "billion VND".parse()?, Bound::MoreThan);
/// assert_eq!(format_quantity(&budget, Lang::Vi), "hơn 2,79 tỷ đồng");
/// let share = Quantity::new(Decimal::from(99), "percent".parse()?, Bound::MoreThan);
/// assert_eq!(format_quantity(&share, Lang::En), "more than 99%");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn format_quantity(quantity: &Quantity, lang: Lang) -> String {
    let number = format_decimal(quantity.value(), lang);
    with_qualifier(quantity.bound(), lang, with_unit(number, Some(quantity.unit()), lang))
}

/// A reported growth as a report prints it: `tăng 11,4%`, `giảm 2,1%`, `up 13.3%`.
///
/// A fall turns its qualifier round with its sign: a change of less than −2% is a fall of
/// *more than* 2% (`giảm hơn 2%`), as [`parse_growth`](crate::parse_growth) reads it back.
///
/// # Example
///
/// ```
/// use chiso::{format_growth, Bound, Lang, Reported};
///
/// assert_eq!(format_growth(&"11.4".parse::<Reported>()?, Lang::Vi), "tăng 11,4%");
/// assert_eq!(format_growth(&"-2.1".parse::<Reported>()?, Lang::En), "down 2.1%");
/// let steep = "-2".parse::<Reported>()?.with_bound(Bound::LessThan);
/// assert_eq!(format_growth(&steep, Lang::Vi), "giảm hơn 2%");
/// assert_eq!(format_growth(&steep, Lang::En), "down more than 2%");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn format_growth(growth: &Reported, lang: Lang) -> String {
    let falling = growth.value().is_sign_negative() && !growth.value().is_zero();
    let verb = match (falling, lang) {
        (false, Lang::Vi) => "tăng",
        (true, Lang::Vi) => "giảm",
        (false, Lang::En) => "up",
        (true, Lang::En) => "down",
    };
    let number = format!("{}%", format_decimal(growth.value().abs(), lang));
    let bound = if falling { growth.bound().mirrored() } else { growth.bound() };
    format!("{verb} {}", with_qualifier(bound, lang, number))
}

/// A derived figure with its interval, rounded for display to `decimals` places: the point
/// half-even, the ends outward so the printed interval still holds every allowed value.
///
/// # Example
///
/// ```
/// use chiso::{format_estimate, implied_base, Lang, Quantity, Reported};
///
/// let electricity = Quantity::from_reported("16.94".parse()?, "billion kWh".parse()?);
/// let base = implied_base(&electricity, &"11.4".parse::<Reported>()?)?;
/// assert_eq!(format_estimate(&base, Lang::Vi, 2), "15,21 tỷ kWh (15,19–15,22)");
/// assert_eq!(format_estimate(&base, Lang::En, 2), "15.21 billion kWh (15.19–15.22)");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn format_estimate(estimate: &Estimate, lang: Lang, decimals: u32) -> String {
    let point = with_unit(format_rounded(estimate.value(), lang, decimals), estimate.unit(), lang);
    if estimate.interval().is_point() {
        return point;
    }
    let end = |value: Decimal, strategy| format_decimal(value.round_dp_with_strategy(decimals, strategy), lang);
    let interval = estimate.interval();
    let (low, high) = (interval.low(), interval.high());
    let range = match (low.value(), high.value()) {
        (None, None) => match lang {
            Lang::Vi => "không xác định".to_string(),
            Lang::En => "unbounded".to_string(),
        },
        (Some(l), None) => {
            let bound = if low.is_open() { Bound::MoreThan } else { Bound::AtLeast };
            with_qualifier(bound, lang, end(l, RoundingStrategy::ToNegativeInfinity))
        }
        (None, Some(h)) => {
            let bound = if high.is_open() { Bound::LessThan } else { Bound::AtMost };
            with_qualifier(bound, lang, end(h, RoundingStrategy::ToPositiveInfinity))
        }
        (Some(l), Some(h)) => {
            format!("{}–{}", end(l, RoundingStrategy::ToNegativeInfinity), end(h, RoundingStrategy::ToPositiveInfinity))
        }
    };
    format!("{point} ({range})")
}

/// A target's condition as `lang` prints it, with the unit of its thresholds: `ít nhất 9,7%`,
/// `13–14%`, `at least 99.99%`.
///
/// # Example
///
/// ```
/// use chiso::{format_condition, Condition, Lang, Unit};
/// use rust_decimal::Decimal;
///
/// let floor = Condition::AtLeast(Decimal::new(97, 1));
/// assert_eq!(format_condition(&floor, Some(&Unit::percent()), Lang::Vi), "ít nhất 9,7%");
/// let range = Condition::between(Decimal::new(3973532, 1), Decimal::new(4008696, 1))?;
/// assert_eq!(format_condition(&range, Some(&"billion VND".parse()?), Lang::Vi), "397.353,2–400.869,6 tỷ đồng");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn format_condition(condition: &Condition, unit: Option<&Unit>, lang: Lang) -> String {
    let (bound, number) = match *condition {
        Condition::AtLeast(t) => (Bound::AtLeast, format_decimal(t, lang)),
        Condition::MoreThan(t) => (Bound::MoreThan, format_decimal(t, lang)),
        Condition::AtMost(t) => (Bound::AtMost, format_decimal(t, lang)),
        Condition::LessThan(t) => (Bound::LessThan, format_decimal(t, lang)),
        Condition::Between(low, high) => {
            (Bound::AsPrinted, format!("{}–{}", format_decimal(low, lang), format_decimal(high, lang)))
        }
    };
    with_qualifier(bound, lang, with_unit(number, unit, lang))
}

/// A growth target's condition with its verb, as the reports write a change: `tăng ít nhất
/// 9,7%`, `growth at least 9.7%`; a fall with its size, `giảm tối đa 3%` / `fall at most 3%`
/// for a growth of at least −3%, `giảm 2–3%` / `fall 2–3%` for −3 to −2%, and `từ giảm 1% đến
/// tăng 2%` / `from a fall of 1% to growth of 2%` for −1 to 2%.
pub(crate) fn growth_condition(condition: &Condition, lang: Lang) -> String {
    let percent = Unit::percent();
    let (rise, fall) = match lang {
        Lang::Vi => ("tăng", "giảm"),
        Lang::En => ("growth", "fall"),
    };
    let size = |t: Decimal| if t.is_zero() { t } else { -t };
    let falling = match *condition {
        Condition::AtLeast(t) if t < Decimal::ZERO => Some(Condition::AtMost(size(t))),
        Condition::MoreThan(t) if t < Decimal::ZERO => Some(Condition::LessThan(size(t))),
        Condition::AtMost(t) if t < Decimal::ZERO => Some(Condition::AtLeast(size(t))),
        Condition::LessThan(t) if t < Decimal::ZERO => Some(Condition::MoreThan(size(t))),
        Condition::Between(low, high) if high <= Decimal::ZERO && low < Decimal::ZERO => {
            Some(Condition::Between(size(high), size(low)))
        }
        Condition::Between(low, high) if low < Decimal::ZERO => {
            let (down, up) = (format_decimal(size(low), lang), format_decimal(high, lang));
            return match lang {
                Lang::Vi => format!("từ giảm {down}% đến tăng {up}%"),
                Lang::En => format!("from a fall of {down}% to growth of {up}%"),
            };
        }
        _ => None,
    };
    match falling {
        Some(falling) => format!("{fall} {}", format_condition(&falling, Some(&percent), lang)),
        None => format!("{rise} {}", format_condition(condition, Some(&percent), lang)),
    }
}

fn with_qualifier(bound: Bound, lang: Lang, text: String) -> String {
    match qualifier(bound, lang) {
        Some(word) => format!("{word} {text}"),
        None => text,
    }
}

/// A number already written as `lang` writes it, with its unit: `16,94 tỷ kWh`, `1 product`.
pub(crate) fn with_unit(number: String, unit: Option<&Unit>, lang: Lang) -> String {
    let Some(unit) = unit else {
        return number;
    };
    if *unit.dimension() == Dimension::Percent {
        return format!("{number}%");
    }
    let one = unit.scale() == Scale::One && lang == Lang::En && matches!(number.trim_start_matches('-'), "1");
    let mut out = number;
    if unit.scale() != Scale::One {
        out.push(' ');
        out.push_str(scale_word(unit.scale(), lang));
    }
    out.push(' ');
    let word = dimension_word(unit, lang);
    if one {
        out.push_str(&singular(word));
    } else {
        out.push_str(word);
    }
    out
}

/// The English noun for one of a plural: `1 product`, `1 percentage point`, `1 business`,
/// `1 company`. A unit's word is its plural, as the JSON format writes it; a scaled unit
/// (`1 million products`) stays plural.
fn singular(plural: &str) -> String {
    if let Some(stem) = plural.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if ["sses", "shes", "ches", "xes"].iter().any(|end| plural.ends_with(end)) {
        return plural[..plural.len() - 2].to_string();
    }
    plural.strip_suffix('s').unwrap_or(plural).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: &str, unit: &str, bound: Bound) -> Quantity {
        Quantity::new(crate::value::parse_decimal(value).unwrap(), unit.parse().unwrap(), bound)
    }

    #[test]
    fn every_figure_of_the_report_prints_as_the_report_does() {
        let cases = [
            (q("10", "billion USD", Bound::AsPrinted), "10 tỷ USD", "10 billion USD"),
            (q("16.94", "billion kWh", Bound::AsPrinted), "16,94 tỷ kWh", "16.94 billion kWh"),
            (q("406.2", "million kWh", Bound::AsPrinted), "406,2 triệu kWh", "406.2 million kWh"),
            (q("350", "million VND", Bound::Exact), "350 triệu đồng", "350 million VND"),
            (q("41", "products", Bound::Exact), "41 sản phẩm", "41 products"),
            (q("6", "fairs", Bound::Exact), "6 phiên chợ", "6 fairs"),
            (q("30", "parks", Bound::MoreThan), "hơn 30 khu công nghiệp", "more than 30 parks"),
            (q("99.99", "percent", Bound::AtLeast), "ít nhất 99,99%", "at least 99.99%"),
            (q("2.5", "trillion VND", Bound::About), "khoảng 2,5 nghìn tỷ đồng", "about 2.5 trillion VND"),
            (q("2.1", "percentage points", Bound::AsPrinted), "2,1 điểm phần trăm", "2.1 percentage points"),
            (q("1", "percentage points", Bound::AsPrinted), "1 điểm phần trăm", "1 percentage point"),
            (q("1", "products", Bound::Exact), "1 sản phẩm", "1 product"),
            (q("-1", "points", Bound::Exact), "-1 điểm", "-1 point"),
            (q("1.0", "products", Bound::AsPrinted), "1,0 sản phẩm", "1.0 products"),
            (q("1", "thousand products", Bound::AsPrinted), "1 nghìn sản phẩm", "1 thousand products"),
            (q("1", "billion USD", Bound::AsPrinted), "1 tỷ USD", "1 billion USD"),
            (q("1", "businesses", Bound::Exact), "1 businesses", "1 business"),
            (q("1", "companies", Bound::Exact), "1 companies", "1 company"),
            (q("1", "enterprises", Bound::Exact), "1 doanh nghiệp", "1 enterprise"),
            (q("1", "branches", Bound::Exact), "1 branches", "1 branch"),
        ];
        for (quantity, vi, en) in cases {
            assert_eq!(format_quantity(&quantity, Lang::Vi), vi);
            assert_eq!(format_quantity(&quantity, Lang::En), en);
        }
    }

    #[test]
    fn grouping_only_touches_the_whole_part() {
        assert_eq!(format_decimal(Decimal::new(1_234_567_891, 3), Lang::Vi), "1.234.567,891");
        assert_eq!(format_decimal(Decimal::new(100, 0), Lang::En), "100");
        assert_eq!(format_decimal(Decimal::new(-1000, 0), Lang::Vi), "-1.000");
        assert_eq!(format_decimal(Decimal::new(16940, 3), Lang::Vi), "16,940");
    }

    #[test]
    fn displayed_intervals_round_outward() {
        let total = Estimate::from(&q("5.06", "billion VND", Bound::MoreThan));
        assert_eq!(format_estimate(&total, Lang::Vi, 2), "5,06 tỷ đồng (hơn 5,06)");
        let below = Estimate::from(&q("5.061", "billion VND", Bound::AtMost));
        assert_eq!(format_estimate(&below, Lang::En, 2), "5.06 billion VND (at most 5.07)");
    }
}
