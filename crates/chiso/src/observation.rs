//! What a report says about one indicator in one period.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::indicator::check_id;
use crate::period::Period;
use crate::report::Source;
use crate::text::Comparison;
use crate::text::Lang;
use crate::unit::Unit;
use crate::value::Reported;

/// How final a figure is, after SDMX's OBS_STATUS codes.
///
/// Statuses rank from weakest to strongest: `F` forecast < `E` estimated < `P` provisional <
/// `A` normal, and a figure that states no status counts as `A`. A figure computed from
/// several (a growth from two levels) is as final as the weakest of them
/// ([`Status::weakest`]).
///
/// # Example
///
/// ```
/// assert_eq!(chiso::Status::Estimated.code(), "E");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// `A`: a normal, final figure.
    #[serde(rename = "A")]
    Normal,
    /// `E`: estimated (*ước*, *ước đạt*).
    #[serde(rename = "E")]
    Estimated,
    /// `P`: provisional.
    #[serde(rename = "P")]
    Provisional,
    /// `F`: a forecast.
    #[serde(rename = "F")]
    Forecast,
}

impl Status {
    /// The one-letter SDMX code.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Status::Forecast.code(), "F");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Status::Normal => "A",
            Status::Estimated => "E",
            Status::Provisional => "P",
            Status::Forecast => "F",
        }
    }

    /// Its rank, weakest first: forecast 0, estimated 1, provisional 2, normal 3.
    fn rank(self) -> u8 {
        match self {
            Status::Forecast => 0,
            Status::Estimated => 1,
            Status::Provisional => 2,
            Status::Normal => 3,
        }
    }

    /// The weakest of some figures' statuses (`F` < `E` < `P` < `A`), a figure without a
    /// status counting as `A`; `None` when there are no figures.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Status;
    ///
    /// assert_eq!(Status::weakest([Some(Status::Normal), Some(Status::Estimated)]), Some(Status::Estimated));
    /// assert_eq!(Status::weakest([Some(Status::Provisional), Some(Status::Forecast)]), Some(Status::Forecast));
    /// assert_eq!(Status::weakest([None, Some(Status::Provisional)]), Some(Status::Provisional));
    /// assert_eq!(Status::weakest([None]), Some(Status::Normal));
    /// assert_eq!(Status::weakest([]), None);
    /// ```
    pub fn weakest(statuses: impl IntoIterator<Item = Option<Status>>) -> Option<Status> {
        statuses.into_iter().map(|s| s.unwrap_or(Status::Normal)).min_by_key(|s| s.rank())
    }

    /// The status as a reader of `lang` says it of a figure: `estimated`, `ước tính`;
    /// `provisional`, `sơ bộ`; `forecast`, `dự báo`; `official`, `chính thức`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Lang, Status};
    /// assert_eq!(Status::Estimated.label(Lang::Vi), "ước tính");
    /// assert_eq!(Status::Provisional.label(Lang::En), "provisional");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Status::Normal, Lang::En) => "official",
            (Status::Estimated, Lang::En) => "estimated",
            (Status::Provisional, Lang::En) => "provisional",
            (Status::Forecast, Lang::En) => "forecast",
            (Status::Normal, Lang::Vi) => "chính thức",
            (Status::Estimated, Lang::Vi) => "ước tính",
            (Status::Provisional, Lang::Vi) => "sơ bộ",
            (Status::Forecast, Lang::Vi) => "dự báo",
        }
    }
}

/// One figure a report gives for an indicator and a period: a level, a growth (against the
/// same period of the previous year unless [`Observation::with_growth_against`] says
/// otherwise), a share of the plan achieved, or several of these.
///
/// The rules (targets, consistency checks, implied bases) read only year-on-year growths
/// ([`Observation::year_on_year_growth`]): a growth against the previous month is never taken
/// for one against the same month of last year.
///
/// # Example
///
/// ```
/// use chiso::{Observation, Status};
///
/// let retail = Observation::new("retail_sales", "2024".parse()?)?
///     .with_value("351640".parse()?)
///     .with_growth("13.3".parse()?)
///     .with_status(Status::Estimated);
/// assert_eq!(retail.value().unwrap().value().to_string(), "351640");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Observation {
    indicator: String,
    period: Period,
    value: Option<Reported>,
    growth: Option<Reported>,
    status: Option<Status>,
    as_of: Option<NaiveDate>,
    quote: Option<String>,
    unit: Option<Unit>,
    source: Option<Arc<Source>>,
    growth_against: Comparison,
    annualised: bool,
    plan_completion: Option<Reported>,
}

impl Observation {
    /// An observation of `indicator` in `period`, with no figure yet.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`](crate::Error::InvalidInput) for a malformed indicator id.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn new(indicator: impl Into<String>, period: Period) -> Result<Observation> {
        let indicator = indicator.into();
        check_id(&indicator)?;
        Ok(Observation {
            indicator,
            period,
            value: None,
            growth: None,
            status: None,
            as_of: None,
            quote: None,
            unit: None,
            source: None,
            growth_against: Comparison::SamePeriod,
            annualised: false,
            plan_completion: None,
        })
    }

    /// With a level, in the indicator's unit.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn with_value(mut self, value: Reported) -> Observation {
        self.value = Some(value);
        self
    }

    /// With a growth in percent against the same period of the previous year.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn with_growth(mut self, growth: Reported) -> Observation {
        self.growth = Some(growth);
        self
    }

    /// With what the growth is measured against: [`Comparison::SamePeriod`] (year on year,
    /// the default) or [`Comparison::PreviousPeriod`] (the month, quarter or year before).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for [`Comparison::Plan`]: a figure against the plan is a plan
    /// completion ([`Observation::with_plan_completion`]), not a growth.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Comparison, Observation};
    ///
    /// let cpi = Observation::new("cpi", "2025-03".parse()?)?
    ///     .with_growth("0.3".parse()?)
    ///     .with_growth_against(Comparison::PreviousPeriod)?;
    /// assert_eq!(cpi.growth_against(), Comparison::PreviousPeriod);
    /// assert!(cpi.year_on_year_growth().is_none());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_growth_against(mut self, comparison: Comparison) -> Result<Observation> {
        if comparison == Comparison::Plan {
            return Err(Error::invalid(
                "compared_with",
                comparison.name(),
                "a growth is against the same_period or the previous_period; a share of the plan is a plan_completion",
            ));
        }
        if comparison == Comparison::PreviousPeriod && self.period.is_year_to_date() {
            return Err(Error::invalid(
                "compared_with",
                comparison.name(),
                format!("{} is a year to date, which has no previous period", self.period),
            ));
        }
        if self.annualised && comparison != Comparison::PreviousPeriod {
            return Err(Error::invalid(
                "compared_with",
                comparison.name(),
                "only a growth against the previous period is annualised",
            ));
        }
        self.growth_against = comparison;
        Ok(self)
    }

    /// With the growth annualised: a growth against the previous period compounded over a
    /// year (`100 × ((1 + g/100)^4 − 1)` for a quarter, see [`annualise`](crate::annualise)).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] unless the growth is against the previous period (call
    /// [`Observation::with_growth_against`] first).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Comparison, Observation};
    ///
    /// let gdp = Observation::new("gdp", "2025-Q2".parse()?)?
    ///     .with_growth("4.06".parse()?)
    ///     .with_growth_against(Comparison::PreviousPeriod)?
    ///     .with_annualised_growth()?;
    /// assert!(gdp.is_annualised());
    /// assert!(Observation::new("gdp", "2025-Q2".parse()?)?.with_annualised_growth().is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_annualised_growth(mut self) -> Result<Observation> {
        if self.growth_against != Comparison::PreviousPeriod {
            return Err(Error::invalid(
                "annualised",
                "true",
                "only a growth against the previous period (compared_with previous_period) is annualised",
            ));
        }
        self.annualised = true;
        Ok(self)
    }

    /// With the share of the plan achieved, in percent (*số tương đối hoàn thành kế hoạch*,
    /// k_tk = actual / plan × 100): `đạt 105% kế hoạch` is `105`.
    ///
    /// # Example
    ///
    /// ```
    /// let o = chiso::Observation::new("budget_revenue", "2024".parse()?)?.with_plan_completion("105".parse()?);
    /// assert_eq!(o.plan_completion().unwrap().value().to_string(), "105");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_plan_completion(mut self, completion: Reported) -> Observation {
        self.plan_completion = Some(completion);
        self
    }

    /// With a status.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn with_status(mut self, status: Status) -> Observation {
        self.status = Some(status);
        self
    }

    /// With the date the figure was published, which orders vintages.
    ///
    /// # Example
    ///
    /// ```
    /// let date = chrono::NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
    /// let o = chiso::Observation::new("iip", "2024".parse()?)?.with_as_of(date);
    /// assert_eq!(o.as_of(), Some(date));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_as_of(mut self, as_of: NaiveDate) -> Observation {
        self.as_of = Some(as_of);
        self
    }

    /// With the phrase of the source that states the figure.
    ///
    /// # Example
    ///
    /// ```
    /// let o = chiso::Observation::new("iip", "2024".parse()?)?.with_quote("IIP ước tăng 7,6%");
    /// assert_eq!(o.quote(), Some("IIP ước tăng 7,6%"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_quote(mut self, quote: impl Into<String>) -> Observation {
        self.quote = Some(quote.into());
        self
    }

    /// With the unit the figure is printed in, when it is not the indicator's: a panel's
    /// regions print one indicator in different scales (`287,93 nghìn tỷ đồng` beside
    /// `351.640 tỷ đồng`). Its digits are kept as printed; lookups give the level in the
    /// indicator's unit, rescaled exactly.
    ///
    /// # Example
    ///
    /// ```
    /// let o = chiso::Observation::new("retail_sales", "2024".parse()?)?
    ///     .with_value("1.2".parse()?)
    ///     .with_unit("quadrillion VND".parse()?);
    /// assert_eq!(o.unit().unwrap().to_string(), "quadrillion VND");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_unit(mut self, unit: Unit) -> Observation {
        self.unit = Some(unit);
        self
    }

    /// With the publication this figure was read from, when it is not its report's own.
    ///
    /// # Example
    ///
    /// ```
    /// let source = chiso::Source::titled("Vietnam's 2024 GDP growth quickens to 7.09%");
    /// let o = chiso::Observation::new("iip", "2024".parse()?)?.with_source(source);
    /// assert_eq!(o.source().unwrap().title, "Vietnam's 2024 GDP growth quickens to 7.09%");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_source(mut self, source: impl Into<Arc<Source>>) -> Observation {
        self.source = Some(source.into());
        self
    }

    /// The unit the figure is printed in, when it is not the indicator's.
    ///
    /// # Example
    ///
    /// See [`Observation::with_unit`].
    pub fn unit(&self) -> Option<&Unit> {
        self.unit.as_ref()
    }

    /// The publication the figure was read from, when it is not its report's own.
    ///
    /// # Example
    ///
    /// See [`Observation::with_source`].
    pub fn source(&self) -> Option<&Source> {
        self.source.as_deref()
    }

    /// The indicator's id.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The period.
    ///
    /// # Example
    ///
    /// ```
    /// let o = chiso::Observation::new("iip", "2024".parse()?)?;
    /// assert_eq!(o.period().to_string(), "2024");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn period(&self) -> Period {
        self.period
    }

    /// The level, if reported.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn value(&self) -> Option<&Reported> {
        self.value.as_ref()
    }

    /// The printed growth in percent, if reported: against the same period a year earlier
    /// unless [`Observation::growth_against`] says otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// let o = chiso::Observation::new("iip", "2024".parse()?)?.with_growth("7.6".parse()?);
    /// assert_eq!(o.growth().unwrap().value().to_string(), "7.6");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn growth(&self) -> Option<&Reported> {
        self.growth.as_ref()
    }

    /// What the printed growth is measured against: the same period of the previous year
    /// unless stated otherwise.
    ///
    /// # Example
    ///
    /// See [`Observation::with_growth_against`].
    pub fn growth_against(&self) -> Comparison {
        self.growth_against
    }

    /// Whether the printed growth is a previous-period growth annualised.
    ///
    /// # Example
    ///
    /// See [`Observation::with_annualised_growth`].
    pub fn is_annualised(&self) -> bool {
        self.annualised
    }

    /// The printed growth if it is against the same period of the previous year: the only
    /// growth the rules read.
    ///
    /// # Example
    ///
    /// See [`Observation::with_growth_against`].
    pub fn year_on_year_growth(&self) -> Option<&Reported> {
        self.growth.as_ref().filter(|_| self.growth_against == Comparison::SamePeriod)
    }

    /// The share of the plan achieved, in percent, if reported.
    ///
    /// # Example
    ///
    /// See [`Observation::with_plan_completion`].
    pub fn plan_completion(&self) -> Option<&Reported> {
        self.plan_completion.as_ref()
    }

    /// The status, if stated.
    ///
    /// # Example
    ///
    /// See [`Observation`].
    pub fn status(&self) -> Option<Status> {
        self.status
    }

    /// The publication date, if known.
    ///
    /// # Example
    ///
    /// See [`Observation::with_as_of`].
    pub fn as_of(&self) -> Option<NaiveDate> {
        self.as_of
    }

    /// The quoted source phrase, if kept.
    ///
    /// # Example
    ///
    /// See [`Observation::with_quote`].
    pub fn quote(&self) -> Option<&str> {
        self.quote.as_deref()
    }
}
