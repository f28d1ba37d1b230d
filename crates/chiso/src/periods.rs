//! Growths labelled with what they are against: year on year (*so với cùng kỳ*), period on
//! period (*so với tháng trước*, *so với quý trước*), and period on period annualised.
//!
//! A year-on-year growth compares a period with the same period of the previous year; a
//! period-on-period growth compares it with the period just before ([`Period::previous`]),
//! as the IMF's *Quarterly National Accounts Manual* (2017, chapter 1, "rates of change")
//! and the GSO's monthly releases (*so với tháng trước*) do; an annualised one compounds a
//! period-on-period growth over a year ([`annualise`]), after the OECD's *Glossary of
//! Statistical Terms* ("Annualised growth rate"). The two are different figures, and only
//! the year-on-year one is what targets and consistency checks read.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::growth::{annualise, growth};
use crate::period::{Period, Span};
use crate::quantity::Quantity;
use crate::report::Report;
use crate::text::{Comparison, Lang};
use crate::unit::Unit;

/// A growth with its label: the period, the period it is against, what that is
/// ([`Comparison::SamePeriod`] or [`Comparison::PreviousPeriod`]), whether it is annualised,
/// and whether the report printed it or it is computed from two levels.
///
/// # Example
///
/// ```
/// use chiso::{Comparison, Lang};
///
/// let report = chiso::Report::from_json(r#"{"format": "chiso.report/1",
///   "region": {"id": "VN-XX", "name": {"vi": "X", "en": "X"}}, "publisher": {"vi": "Cục", "en": "Office"},
///   "indicators": [{"id": "gdp", "name": {"vi": "GRDP", "en": "GRDP"}, "unit": "billion VND",
///                   "measure": "flow", "polarity": "higher_is_better"}],
///   "observations": [{"indicator": "gdp", "period": "2025-Q1", "value": "100"},
///                    {"indicator": "gdp", "period": "2025-Q2", "value": "101"}],
///   "targets": []}"#)?;
/// let q2 = report.growth_against("gdp", "2025-Q2".parse()?, Comparison::PreviousPeriod)?;
/// assert_eq!(q2.growth().value().to_string(), "1");
/// assert_eq!(q2.against().to_string(), "2025-Q1");
/// assert_eq!(q2.label(Lang::Vi), "so với quý trước");
/// let annual = q2.annualised()?;
/// assert_eq!(annual.growth().value().to_string(), "4.06040100");
/// assert_eq!(annual.label(Lang::En), "quarter on quarter, annualised");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LabelledGrowth {
    indicator: String,
    period: Period,
    against: Period,
    comparison: Comparison,
    annualised: bool,
    printed: bool,
    growth: Estimate,
}

impl LabelledGrowth {
    /// The names of a growth's fields in a table, in order: the header of a CSV file, the
    /// columns of a data frame.
    pub const COLUMNS: [&'static str; 10] = [
        "indicator",
        "period",
        "against",
        "compared_with",
        "annualised",
        "printed",
        "label",
        "growth",
        "growth_low",
        "growth_high",
    ];

    /// The indicator's id.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The period the growth is of.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn period(&self) -> Period {
        self.period
    }

    /// The period it is against: the same period a year before, or the period before.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn against(&self) -> Period {
        self.against
    }

    /// What it is against.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn comparison(&self) -> Comparison {
        self.comparison
    }

    /// Whether it is a period-on-period growth compounded over a year.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn is_annualised(&self) -> bool {
        self.annualised
    }

    /// Whether the report printed it (else it is computed from two levels).
    ///
    /// # Example
    ///
    /// See [`Report::growths`].
    pub fn is_printed(&self) -> bool {
        self.printed
    }

    /// The growth, in percent, with the interval its figures allow.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn growth(&self) -> &Estimate {
        &self.growth
    }

    /// The label in `lang`: `so với cùng kỳ` / `year on year`, `so với tháng trước` /
    /// `month on month`, `so với quý trước, quy năm` / `quarter on quarter, annualised`.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn label(&self, lang: Lang) -> String {
        label(self.period, self.comparison, self.annualised, lang)
    }

    /// The same growth compounded over a year (`100 × ((1 + g/100)^n − 1)`, `n` = 4 for a
    /// quarter, 12 for a month): see [`annualise`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] unless the growth is period on period, not yet annualised, of a
    /// month or a quarter; as [`annualise`] otherwise.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn annualised(&self) -> Result<LabelledGrowth> {
        let per_year = match (self.comparison, self.annualised, self.period.span()) {
            (Comparison::PreviousPeriod, false, Span::Month(_) | Span::Quarter(_)) => self.period.periods_per_year(),
            _ => None,
        };
        let Some(per_year) = per_year else {
            return Err(Error::invalid(
                "growth",
                format!("{} {} {}", self.indicator, self.period, self.label(Lang::En)),
                "only a month-on-month or quarter-on-quarter growth is annualised",
            ));
        };
        Ok(LabelledGrowth {
            annualised: true,
            printed: false,
            growth: annualise(&self.growth, per_year)?,
            ..self.clone()
        })
    }
}

/// The label of a growth of `period` against `comparison` in `lang`.
pub(crate) fn label(period: Period, comparison: Comparison, annualised: bool, lang: Lang) -> String {
    let base = match (comparison, period.span(), lang) {
        (Comparison::PreviousPeriod, Span::Month(_), Lang::Vi) => "so với tháng trước",
        (Comparison::PreviousPeriod, Span::Month(_), Lang::En) => "month on month",
        (Comparison::PreviousPeriod, Span::Quarter(_), Lang::Vi) => "so với quý trước",
        (Comparison::PreviousPeriod, Span::Quarter(_), Lang::En) => "quarter on quarter",
        (Comparison::PreviousPeriod, _, Lang::Vi) => "so với kỳ trước",
        (Comparison::PreviousPeriod, _, Lang::En) => "period on period",
        (Comparison::Plan, _, Lang::Vi) => "so với kế hoạch",
        (Comparison::Plan, _, Lang::En) => "against the plan",
        (Comparison::SamePeriod, _, Lang::Vi) => "so với cùng kỳ",
        (Comparison::SamePeriod, _, Lang::En) => "year on year",
    };
    match (annualised, lang) {
        (false, _) => base.to_string(),
        (true, Lang::Vi) => format!("{base}, quy năm"),
        (true, Lang::En) => format!("{base}, annualised"),
    }
}

/// The period a growth of `period` against `comparison` is measured against.
fn against(period: Period, comparison: Comparison) -> Result<Period> {
    match comparison {
        Comparison::SamePeriod => period.checked_previous_year(),
        Comparison::PreviousPeriod => period.previous(),
        Comparison::Plan => Err(Error::invalid(
            "comparison",
            comparison.name(),
            "a growth is against the same_period or the previous_period",
        )),
    }
}

impl Report {
    /// The growth of an indicator in `period` against the same period of the previous year
    /// ([`Comparison::SamePeriod`]) or the period before ([`Comparison::PreviousPeriod`]),
    /// computed from the two levels (their latest vintages), labelled.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an indicator the report does not have, or
    /// [`Comparison::Plan`]; [`Error::Undefined`] when a year to date is compared with the
    /// period before, when either level is missing, or when the earlier one is not positive.
    ///
    /// # Example
    ///
    /// See [`LabelledGrowth`].
    pub fn growth_against(&self, id: &str, period: Period, comparison: Comparison) -> Result<LabelledGrowth> {
        if self.indicator(id).is_none() {
            return Err(Error::invalid("indicator", id, "the report has no indicator with this id"));
        }
        let before = against(period, comparison)?;
        let level = |p: Period| {
            self.level(id, p).ok_or_else(|| {
                Error::Undefined(format!(
                    "the growth of {id} in {period} needs its level in {p}, which the report does not give"
                ))
            })
        };
        let (now, earlier) = (level(period)?, level(before)?);
        Ok(LabelledGrowth {
            indicator: id.to_string(),
            period,
            against: before,
            comparison,
            annualised: false,
            printed: false,
            growth: growth(&now, &earlier)?,
        })
    }

    /// Every growth the report gives or its levels allow, labelled: the printed ones (the
    /// latest vintage of each indicator, period and label), then for each level the growth
    /// year on year and, for a month or a quarter, period on period and annualised, when the
    /// earlier level is there and positive. In the order of the indicators, then the periods.
    ///
    /// # Example
    ///
    /// ```
    /// let report = chiso::datasets::binh_duong_2024();
    /// let growths = report.growths();
    /// let retail: Vec<_> = growths.iter().filter(|g| g.indicator() == "retail_sales").collect();
    /// assert!(retail.iter().any(|g| g.is_printed() && g.growth().value().to_string() == "13.3"));
    /// assert!(retail.iter().all(|g| g.label(chiso::Lang::En) == "year on year"));
    /// ```
    pub fn growths(&self) -> Vec<LabelledGrowth> {
        let positions: std::collections::HashMap<&str, usize> =
            self.indicators().iter().enumerate().map(|(i, indicator)| (indicator.id(), i)).collect();
        let keys: BTreeSet<(usize, Period)> =
            self.observations().iter().filter_map(|o| positions.get(o.indicator()).map(|&i| (i, o.period()))).collect();
        let mut out = Vec::new();
        for (position, period) in keys {
            let id = self.indicators()[position].id();
            for annualised in [false, true] {
                for comparison in [Comparison::SamePeriod, Comparison::PreviousPeriod] {
                    let printed = self.latest_where(id, period, |o| {
                        o.growth().is_some() && o.growth_against() == comparison && o.is_annualised() == annualised
                    });
                    let (Some(observation), Ok(before)) = (printed, against(period, comparison)) else {
                        continue;
                    };
                    // OK because the observation was kept for having a growth.
                    let reported = *observation.growth().expect("a kept observation has a growth");
                    out.push(LabelledGrowth {
                        indicator: id.to_string(),
                        period,
                        against: before,
                        comparison,
                        annualised,
                        printed: true,
                        growth: Estimate::from(&Quantity::from_reported(reported, Unit::percent())),
                    });
                }
            }
            if let Ok(same) = self.growth_against(id, period, Comparison::SamePeriod) {
                out.push(same);
            }
            if matches!(period.span(), Span::Month(_) | Span::Quarter(_)) {
                if let Ok(previous) = self.growth_against(id, period, Comparison::PreviousPeriod) {
                    out.extend(previous.annualised().ok().map(|a| [previous.clone(), a]).into_iter().flatten());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::wire::FORMAT;

    fn report(observations: &str) -> Report {
        let text = format!(
            r#"{{"format": "{FORMAT}",
              "region": {{"id": "VN-XX", "name": {{"vi": "X", "en": "X"}}}}, "publisher": {{"vi": "C", "en": "O"}},
              "indicators": [{{"id": "iip", "name": {{"vi": "IIP", "en": "IIP"}}, "unit": "billion VND",
                              "measure": "flow", "polarity": "higher_is_better"}}],
              "observations": [{observations}],
              "targets": [{{"indicator": "iip", "period": "2025", "baseline": "2024", "growth": {{"at_least": "8"}}}}]}}"#
        );
        Report::from_json(&text).unwrap()
    }

    #[test]
    fn a_month_on_month_growth_is_never_read_as_year_on_year() {
        let r = report(
            r#"{"indicator": "iip", "period": "2025", "growth": "2.1", "compared_with": "previous_period"},
               {"indicator": "iip", "period": "2025-03", "growth": "0.4", "compared_with": "previous_period"}"#,
        );
        use crate::figures::Figures;
        assert_eq!(r.printed_growth("iip", "2025".parse().unwrap()), None);
        assert_eq!(r.printed_growth("iip", "2025-03".parse().unwrap()), None);
        // The 8% growth target stays pending: 2.1% against 2024's previous period is no year-on-year figure.
        let assessment = r.assess_all().unwrap().remove(0);
        assert_eq!(assessment.verdict(), crate::Verdict::Pending);
        // The labelled table keeps them, with their labels.
        let growths = r.growths();
        let labels: Vec<_> = growths.iter().map(|g| (g.period().to_string(), g.label(Lang::En))).collect();
        assert_eq!(
            labels,
            [
                ("2025-03".to_string(), "month on month".to_string()),
                ("2025".to_string(), "period on period".to_string())
            ]
        );
    }

    #[test]
    fn a_year_on_year_growth_still_judges_the_target() {
        let r = report(r#"{"indicator": "iip", "period": "2025", "growth": "9.1"}"#);
        assert_eq!(r.assess_all().unwrap()[0].verdict(), crate::Verdict::Met);
    }

    #[test]
    fn month_on_month_from_levels_and_annualised() {
        let r = report(
            r#"{"indicator": "iip", "period": "2024-12", "value": "200"},
               {"indicator": "iip", "period": "2025-01", "value": "202"}"#,
        );
        let g = r.growth_against("iip", "2025-01".parse().unwrap(), Comparison::PreviousPeriod).unwrap();
        assert_eq!(g.against().to_string(), "2024-12");
        assert_eq!(g.growth().value().to_string(), "1");
        // The printed 200 and 202 allow 199.5..200.5 and 201.5..202.5: the low end is (201.5/200.5 − 1) × 100 = 0.49875311720698254364089775561… (Fraction).
        assert!(g.growth().interval().contains("0.4987531172069825436408977557".parse().unwrap()));
        assert!(!g.growth().interval().contains("0.4987531172069825436408977555".parse().unwrap()));
        let annual = g.annualised().unwrap();
        // Fraction(101, 100) ** 12 * 100 - 100 = 12.682503013196972066...: 1.01^12 has 24 places, held exactly.
        assert_eq!(annual.growth().value().to_string(), "12.682503013196972066120100");
        assert_eq!(annual.label(Lang::Vi), "so với tháng trước, quy năm");
        assert!(annual.annualised().is_err());
        let table = r.growths();
        assert_eq!(table.len(), 2, "{table:?}");
        assert!(r.growth_against("iip", "2025-YTD02".parse().unwrap(), Comparison::PreviousPeriod).is_err());
        assert!(r.growth_against("iip", "2025-02".parse().unwrap(), Comparison::PreviousPeriod).is_err());
        assert!(r.growth_against("nope", "2025-02".parse().unwrap(), Comparison::SamePeriod).is_err());
    }

    #[test]
    fn labels_round_trip_through_json() {
        let r = report(
            r#"{"indicator": "iip", "period": "2025-Q2", "growth": "4.06", "compared_with": "previous_period", "annualised": true, "plan_completion": "105", "plan_completion_bound": "about"}"#,
        );
        let again = Report::from_json(&r.to_json()).unwrap();
        assert_eq!(again, r);
        let o = &again.observations()[0];
        assert!(o.is_annualised());
        assert_eq!(o.plan_completion().unwrap().value().to_string(), "105");
        let g = &again.growths()[0];
        assert_eq!(g.label(Lang::En), "quarter on quarter, annualised");
        assert!(g.is_printed());
    }

    #[test]
    fn bad_labels_are_refused_with_their_path() {
        for (observation, path) in [
            (
                r#"{"indicator": "iip", "period": "2025", "value": "1", "compared_with": "previous_period"}"#,
                "compared_with",
            ),
            (r#"{"indicator": "iip", "period": "2025", "growth": "1", "annualised": true}"#, "annualised"),
            (r#"{"indicator": "iip", "period": "2025", "growth": "1", "compared_with": "plan"}"#, "compared_with"),
            (
                r#"{"indicator": "iip", "period": "2025-YTD03", "growth": "1", "compared_with": "previous_period"}"#,
                "compared_with",
            ),
        ] {
            let text =
                report("").to_json().replace(r#""observations": []"#, &format!(r#""observations": [{observation}]"#));
            let err = Report::from_json(&text).unwrap_err();
            assert!(err.to_string().contains(path), "{observation}: {err}");
        }
    }
}
