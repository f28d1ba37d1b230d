//! Average-growth targets: *tăng bình quân 8%/năm giai đoạn 2021–2025*.
//!
//! The average annual growth over a span is the compound annual growth rate (CAGR),
//! `((end / start)^(1/n) − 1) × 100`, from the level of the year before the span to the level
//! of a later year, `n` years apart: the General Statistics Office of Viet Nam's *tốc độ tăng
//! bình quân* (Circular 03/2011/TT-BKHĐT's glossary of statistical indicators, "Tốc độ phát
//! triển bình quân"), the geometric mean of the yearly growth factors. Without the levels it
//! is the same mean taken from the printed yearly growths: `(Π (1 + gᵢ/100))^(1/n) − 1`, since
//! each factor is that year's level over the previous one's. Both are computed exactly by
//! [`cagr`] (its root settled with big integers), with the interval every value the printed
//! figures allow gives.

use rust_decimal::Decimal;

use super::{whole_year_level, whole_year_period, Target};
use crate::arith;
use crate::error::Result;
use crate::estimate::Estimate;
use crate::figures::Figures;
use crate::growth::cagr;
use crate::interval::Interval;
use crate::observation::Status;
use crate::period::Period;
use crate::quantity::Quantity;
use crate::target::Condition;
use crate::text::{format_condition, Lang};
use crate::unit::Unit;

/// What the figures give for an average-growth target.
pub(super) enum Averaged {
    /// The average annual growth from the baseline year through `through`.
    Judged {
        /// The last year the average reaches.
        through: i32,
        /// The average, in percent a year, with its interval.
        actual: Estimate,
        /// The period and status of each figure the average is computed from.
        figures: Vec<(Period, Option<Status>)>,
    },
    /// No year of the span can be reached: the years whose figures are missing.
    Missing(Vec<Period>),
}

/// The average annual growth of `target`'s indicator from its baseline year through the latest
/// year of its span the figures reach: from levels (the baseline year's and that year's), or
/// else by chaining the printed growth of every year from the span's first. Of the two, the
/// one reaching the later year; the levels when both reach the same.
pub(super) fn average<F: Figures + ?Sized>(report: &F, target: &Target) -> Result<Averaged> {
    // OK because an average-growth target is built with its span (`Target::new` requires a baseline year).
    let (first, last) = target.span().expect("an average-growth target has a span");
    let id = target.indicator();
    let year = |y: i32| Period::year(y).ok();
    let base = year(first - 1).and_then(|b| whole_year_level(report, id, b));
    let by_levels = base.as_ref().and_then(|base| {
        (first..=last).rev().find_map(|t| year(t).and_then(|p| whole_year_level(report, id, p)).map(|q| (t, base, q)))
    });
    let printed: Vec<_> = (first..=last).map_while(|y| year(y).and_then(|p| report.printed_growth(id, p))).collect();
    let by_growths = (!printed.is_empty()).then(|| first + printed.len() as i32 - 1);
    match (by_levels, by_growths) {
        (Some((t, base, now)), chained) if chained.is_none_or(|c| c <= t) => {
            let years = (t - first + 1).unsigned_abs();
            let figures = [first - 1, t]
                .into_iter()
                .filter_map(|y| year(y).and_then(|p| whole_year_period(report, id, p)))
                .map(|p| (p, report.level_status(id, p)))
                .collect();
            Ok(Averaged::Judged { through: t, actual: cagr(base, &now, years)?, figures })
        }
        (_, Some(t)) => {
            let mut product = Estimate::from(Decimal::ONE);
            for growth in &printed {
                product = product.checked_mul(&factor(&Quantity::from_reported(*growth, Unit::percent()))?)?;
            }
            let figures = (first..=t).filter_map(year).map(|p| (p, report.growth_status(id, p))).collect();
            Ok(Averaged::Judged {
                through: t,
                actual: cagr(Estimate::from(Decimal::ONE), product, printed.len() as u32)?,
                figures,
            })
        }
        (_, None) => {
            let missing = std::iter::once(first - 1)
                .filter(|_| base.is_none())
                .chain((first..=last).filter(|y| {
                    year(*y).is_some_and(|p| {
                        whole_year_level(report, id, p).is_none() && report.printed_growth(id, p).is_none()
                    })
                }))
                .filter_map(year)
                .collect();
            Ok(Averaged::Missing(missing))
        }
    }
}

/// A printed growth in percent as the factor it grows a level by, `1 + g/100`, with its interval.
fn factor(growth: &Quantity) -> Result<Estimate> {
    let hundredth = Interval::point(Decimal::new(1, 2));
    let one = Interval::point(Decimal::ONE);
    let g = Estimate::from(growth);
    let value =
        arith::add(Decimal::ONE, arith::mul(g.value(), Decimal::new(1, 2), "a growth factor")?, "a growth factor")?;
    let interval = one.checked_add(&g.interval().checked_mul(&hundredth)?)?;
    Ok(Estimate::derived(value, interval, None))
}

/// The target as a scorecard writes it: `average growth at least 8% a year 2021–2025`,
/// `tăng bình quân ít nhất 8%/năm giai đoạn 2021–2025`; without a span, the condition alone.
pub(crate) fn describe(condition: &Condition, span: Option<(i32, i32)>, lang: Lang) -> String {
    let c = format_condition(condition, Some(&Unit::percent()), lang);
    match (lang, span) {
        (Lang::En, Some((a, b))) => format!("average growth {c} a year {a}–{b}"),
        (Lang::En, None) => format!("average growth {c} a year"),
        (Lang::Vi, Some((a, b))) => format!("tăng bình quân {c}/năm giai đoạn {a}–{b}"),
        (Lang::Vi, None) => format!("tăng bình quân {c}/năm"),
    }
}
