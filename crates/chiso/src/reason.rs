//! Why an assessment has its verdict, and the words both languages say it in.
//!
//! A [`Reason`] holds the figures behind a verdict (the indicator's names and unit, the
//! periods, the actual with its interval, the thresholds and the levels they require), so that
//! it can be written in either language, or kept as data. The Vietnamese follows the words the
//! source reports use for the same things: *tăng 11,4% so với cùng kỳ*, *đạt*, *vượt kế
//! hoạch*, *chưa có số liệu*, with numbers written `351.640` and `16,94`.

use rust_decimal::Decimal;

use crate::estimate::Estimate;
use crate::indicator::Names;
use crate::period::{Period, Span};
use crate::text::{format_estimate, format_rounded, with_unit, Lang};
use crate::unit::{Dimension, Unit};

/// A period as a sentence in `lang` names it: `2025`, `năm 2025`, `6 tháng đầu năm 2025`.
pub(crate) fn period_in(period: Period, lang: Lang) -> String {
    let year = period.calendar_year();
    match (lang, period.span()) {
        (Lang::En, _) => period.to_string(),
        (Lang::Vi, Span::Year) => format!("năm {year}"),
        (Lang::Vi, Span::Quarter(q)) => format!("quý {}/{year}", ["I", "II", "III", "IV"][(q as usize - 1).min(3)]),
        (Lang::Vi, Span::Month(m)) => format!("tháng {m}/{year}"),
        (Lang::Vi, Span::YearToDate(12)) => format!("cả năm {year}"),
        (Lang::Vi, Span::YearToDate(m)) => format!("{m} tháng đầu năm {year}"),
    }
}

/// A derived figure rounded to two places, with its interval.
pub(crate) fn estimate_in(estimate: &Estimate, lang: Lang) -> String {
    format_estimate(estimate, lang, 2)
}

/// A growth as a sentence in `lang` gives it: `13.5% (13.45–13.55)`, and in Vietnamese with
/// its verb, `tăng 13,5% (13,45–13,55)` or `giảm 2,1% (2,05–2,15)`.
pub(crate) fn growth_in(growth: &Estimate, lang: Lang) -> String {
    match lang {
        Lang::En => estimate_in(growth, lang),
        Lang::Vi if growth.value().is_sign_negative() && !growth.value().is_zero() => {
            let fall = Estimate::derived(-growth.value(), growth.interval().neg(), growth.unit().cloned());
            format!("giảm {}", estimate_in(&fall, lang))
        }
        Lang::Vi => format!("tăng {}", estimate_in(growth, lang)),
    }
}

/// A distance between two figures of `unit`, rounded to two places: a distance between two
/// percentages is in percentage points.
pub(crate) fn gap_in(gap: Decimal, unit: Option<&Unit>, lang: Lang) -> String {
    let points = Unit::percentage_points();
    let unit = match unit {
        Some(u) if *u.dimension() == Dimension::Percent => Some(&points),
        other => other,
    };
    with_unit(format_rounded(gap, lang, 2), unit, lang)
}

/// The indicator's name in `lang`.
pub(crate) fn name_in(names: &Names, lang: Lang) -> &str {
    names.get(lang)
}
