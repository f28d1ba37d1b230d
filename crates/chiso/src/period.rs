//! Reporting periods: years, quarters, months and years to date.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// A reporting period, written as in the JSON format: `2024`, `2025-Q1`, `2025-03`,
/// `2025-YTD05` (January through May 2025). `2025-H1` reads as `2025-YTD06`.
///
/// A `Period` that exists is valid: its year is 1 to 9999 ([`Period::EARLIEST_YEAR`] to
/// [`Period::LATEST_YEAR`], the years the JSON format's four digits can write) and its month
/// or quarter exists. Every period that exists writes as text and reads back as itself.
///
/// # Example
///
/// ```
/// use chiso::Period;
///
/// let ytd: Period = "2025-H1".parse()?;
/// assert_eq!(ytd.to_string(), "2025-YTD06");
/// assert_eq!(ytd.start().to_string(), "2025-01-01");
/// assert_eq!(ytd.end().to_string(), "2025-06-30");
/// assert_eq!(ytd.checked_previous_year()?.to_string(), "2024-YTD06");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    year: i32,
    kind: Kind,
}

/// Ordered so that, within a year, shorter spans ending earlier sort first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Month(u32),
    Quarter(u32),
    YearToDate(u32),
    Year,
}

/// Which kind of span a [`Period`] is.
///
/// # Example
///
/// ```
/// let p: chiso::Period = "2025-Q2".parse()?;
/// assert_eq!(p.span(), chiso::Span::Quarter(2));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Span {
    /// A calendar year.
    Year,
    /// A quarter, 1 to 4.
    Quarter(u32),
    /// A month, 1 to 12.
    Month(u32),
    /// January through the given month, 1 to 12.
    YearToDate(u32),
}

impl Period {
    /// The earliest year a period can lie in: there is no year 0.
    pub const EARLIEST_YEAR: i32 = 1;

    /// The latest year a period can lie in: the JSON format writes years with four digits.
    pub const LATEST_YEAR: i32 = 9999;

    /// A calendar year.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a year outside 1 to 9999.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Period::year(2024)?.to_string(), "2024");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn year(year: i32) -> Result<Period> {
        Period::new(year, Kind::Year)
    }

    /// A quarter, 1 to 4.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a quarter outside 1 to 4 or a year outside 1 to 9999.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::Period::quarter(2025, 5).is_err());
    /// ```
    pub fn quarter(year: i32, quarter: u32) -> Result<Period> {
        Period::new(year, Kind::Quarter(quarter))
    }

    /// A month, 1 to 12.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a month outside 1 to 12 or a year outside 1 to 9999.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Period::month(2025, 3)?.to_string(), "2025-03");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Period> {
        Period::new(year, Kind::Month(month))
    }

    /// January through `month`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a month outside 1 to 12 or a year outside 1 to 9999.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Period::year_to_date(2025, 5)?.to_string(), "2025-YTD05");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn year_to_date(year: i32, month: u32) -> Result<Period> {
        Period::new(year, Kind::YearToDate(month))
    }

    fn new(year: i32, kind: Kind) -> Result<Period> {
        let period = Period { year, kind };
        if !(Period::EARLIEST_YEAR..=Period::LATEST_YEAR).contains(&year) {
            return Err(Error::invalid("period", period.to_string(), "the year must be 1 to 9999"));
        }
        let ok = match kind {
            Kind::Year => true,
            Kind::Quarter(q) => (1..=4).contains(&q),
            Kind::Month(m) | Kind::YearToDate(m) => (1..=12).contains(&m),
        };
        if !ok {
            let why = match kind {
                Kind::Quarter(_) => "a quarter is Q1 to Q4",
                _ => "a month is 01 to 12",
            };
            return Err(Error::invalid("period", period.to_string(), why));
        }
        Ok(period)
    }

    /// The calendar year the period lies in.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2025-Q1".parse::<chiso::Period>()?.calendar_year(), 2025);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn calendar_year(&self) -> i32 {
        self.year
    }

    /// Which kind of span the period is.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2025-YTD05".parse::<chiso::Period>()?.span(), chiso::Span::YearToDate(5));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn span(&self) -> Span {
        match self.kind {
            Kind::Year => Span::Year,
            Kind::Quarter(q) => Span::Quarter(q),
            Kind::Month(m) => Span::Month(m),
            Kind::YearToDate(m) => Span::YearToDate(m),
        }
    }

    /// The first and last month covered, 1 to 12.
    fn months(&self) -> (u32, u32) {
        match self.kind {
            Kind::Year => (1, 12),
            Kind::Quarter(q) => (3 * q - 2, 3 * q),
            Kind::Month(m) => (m, m),
            Kind::YearToDate(m) => (1, m),
        }
    }

    /// How many months the period covers.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2025-YTD05".parse::<chiso::Period>()?.month_count(), 5);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn month_count(&self) -> u32 {
        let (first, last) = self.months();
        last - first + 1
    }

    /// The first day.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2025-Q2".parse::<chiso::Period>()?.start().to_string(), "2025-04-01");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn start(&self) -> NaiveDate {
        // OK because the constructor admits only years 1..=9999 and months 1..=12.
        NaiveDate::from_ymd_opt(self.year, self.months().0, 1).expect("a valid period has a valid first day")
    }

    /// The last day.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2024-02".parse::<chiso::Period>()?.end().to_string(), "2024-02-29");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn end(&self) -> NaiveDate {
        let last = self.months().1;
        let next = if last == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, last + 1, 1)
        };
        // chrono's calendar reaches well past 10000.
        // OK because the day before the first of the next month exists for years 1..=9999.
        next.and_then(|d| d.pred_opt()).expect("a valid period has a valid last day")
    }

    /// The same period of the previous year (*cùng kỳ*), what growth is measured against.
    ///
    /// # Errors
    ///
    /// [`Error::Undefined`] for a period in year 0001, [`Period::EARLIEST_YEAR`]: there is no
    /// earlier year to measure against.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2025-Q1".parse::<chiso::Period>()?.checked_previous_year()?.to_string(), "2024-Q1");
    /// assert!("0001-Q1".parse::<chiso::Period>()?.checked_previous_year().is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn checked_previous_year(&self) -> Result<Period> {
        if self.year <= Period::EARLIEST_YEAR {
            return Err(Error::Undefined(format!(
                "{self} has no previous year: {:04} is the earliest year a period can lie in",
                Period::EARLIEST_YEAR
            )));
        }
        Ok(Period { year: self.year - 1, kind: self.kind })
    }

    /// The period just before: the month, quarter or year before, what a period-on-period
    /// growth (*so với tháng trước*, *so với quý trước*) is measured against.
    ///
    /// # Errors
    ///
    /// [`Error::Undefined`] for a year to date (January through May has no period before it
    /// of the same length: compare it with the same period of the previous year), and for the
    /// first month, quarter or year of year 0001.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Period;
    ///
    /// assert_eq!("2025-01".parse::<Period>()?.previous()?.to_string(), "2024-12");
    /// assert_eq!("2025-Q3".parse::<Period>()?.previous()?.to_string(), "2025-Q2");
    /// assert_eq!("2025".parse::<Period>()?.previous()?.to_string(), "2024");
    /// assert!("2025-YTD05".parse::<Period>()?.previous().is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn previous(&self) -> Result<Period> {
        let (year, kind) = match self.kind {
            Kind::YearToDate(_) => {
                return Err(Error::Undefined(format!(
                    "{self} is a year to date, which has no previous period: compare it with the same period of the previous year"
                )))
            }
            Kind::Year => (self.year - 1, Kind::Year),
            Kind::Quarter(1) => (self.year - 1, Kind::Quarter(4)),
            Kind::Quarter(q) => (self.year, Kind::Quarter(q - 1)),
            Kind::Month(1) => (self.year - 1, Kind::Month(12)),
            Kind::Month(m) => (self.year, Kind::Month(m - 1)),
        };
        if year < Period::EARLIEST_YEAR {
            return Err(Error::Undefined(format!(
                "{self} has no previous period: {:04} is the earliest year a period can lie in",
                Period::EARLIEST_YEAR
            )));
        }
        Ok(Period { year, kind })
    }

    /// How many periods of this kind make a year: 12 for a month, 4 for a quarter, 1 for a
    /// year; `None` for a year to date. The power [`annualise`](crate::annualise) raises a
    /// previous-period growth to.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("2025-Q2".parse::<chiso::Period>()?.periods_per_year(), Some(4));
    /// assert_eq!("2025-YTD02".parse::<chiso::Period>()?.periods_per_year(), None);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn periods_per_year(&self) -> Option<u32> {
        match self.kind {
            Kind::Year => Some(1),
            Kind::Quarter(_) => Some(4),
            Kind::Month(_) => Some(12),
            Kind::YearToDate(_) => None,
        }
    }

    /// Whether the period runs from January to a month before December: a partial year that
    /// an annual target is tracked against.
    ///
    /// # Example
    ///
    /// ```
    /// assert!("2025-YTD06".parse::<chiso::Period>()?.is_year_to_date());
    /// assert!(!"2025".parse::<chiso::Period>()?.is_year_to_date());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn is_year_to_date(&self) -> bool {
        matches!(self.kind, Kind::YearToDate(m) if m < 12)
    }
}

impl FromStr for Period {
    type Err = Error;

    fn from_str(text: &str) -> Result<Period> {
        let bad = |why: &str| Error::invalid("period", text, why.to_string());
        let expected = "expected 2024, 2025-Q1, 2025-03, 2025-YTD05 or 2025-H1";
        let (year_text, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(expected));
        }
        // OK because four ASCII digits always parse.
        let year: i32 = year_text.parse().expect("four digits");
        let two_digits = |s: &str| -> Result<u32> {
            if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
                // OK because two ASCII digits always parse.
                Ok(s.parse().expect("two digits"))
            } else {
                Err(bad(expected))
            }
        };
        let kind = match rest {
            None => Kind::Year,
            Some("H1") => Kind::YearToDate(6),
            Some("H2") => return Err(bad("H2 is not a year to date; use the year, or 2025-Q3 and 2025-Q4")),
            Some(r) if r.starts_with('Q') && r.len() == 2 => Kind::Quarter(r[1..].parse().map_err(|_| bad(expected))?),
            Some(r) if r.starts_with("YTD") => Kind::YearToDate(two_digits(&r[3..])?),
            Some(r) => Kind::Month(two_digits(r)?),
        };
        Period::new(year, kind).map_err(|err| match err {
            Error::InvalidInput { why, .. } => bad(&why),
            other => other,
        })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Year => write!(f, "{:04}", self.year),
            Kind::Quarter(q) => write!(f, "{:04}-Q{q}", self.year),
            Kind::Month(m) => write!(f, "{:04}-{m:02}", self.year),
            Kind::YearToDate(m) => write!(f, "{:04}-YTD{m:02}", self.year),
        }
    }
}

impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_json_form_round_trips() {
        for text in ["2024", "2025-Q1", "2025-Q4", "2025-03", "2025-12", "2025-YTD05", "2025-YTD12", "0001", "9999-12"]
        {
            assert_eq!(text.parse::<Period>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn every_kind_round_trips_at_the_earliest_and_latest_years() {
        for year in [Period::EARLIEST_YEAR, Period::LATEST_YEAR] {
            let mut periods = vec![Period::year(year).unwrap()];
            periods.extend((1..=4).map(|q| Period::quarter(year, q).unwrap()));
            periods.extend((1..=12).map(|m| Period::month(year, m).unwrap()));
            periods.extend((1..=12).map(|m| Period::year_to_date(year, m).unwrap()));
            for period in periods {
                let text = period.to_string();
                assert_eq!(text.parse::<Period>().unwrap(), period, "{text}");
                let json = serde_json::to_string(&period).unwrap();
                assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), period, "{json}");
                assert!(period.start() <= period.end(), "{text}");
            }
        }
        assert!(Period::year(Period::EARLIEST_YEAR - 1).is_err());
        assert!(Period::year(Period::LATEST_YEAR + 1).is_err());
    }

    #[test]
    fn the_earliest_year_has_no_previous_year() {
        for text in ["0001", "0001-Q1", "0001-01", "0001-YTD06"] {
            let err = text.parse::<Period>().unwrap().checked_previous_year().unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("{text} has no previous year: 0001 is the earliest year a period can lie in")
            );
            assert_eq!(err.kind(), "undefined");
        }
        let second: Period = "0002-Q3".parse().unwrap();
        assert_eq!(second.checked_previous_year().unwrap().to_string(), "0001-Q3");
        assert_eq!("9999-YTD11".parse::<Period>().unwrap().checked_previous_year().unwrap().to_string(), "9998-YTD11");
    }

    #[test]
    fn impossible_periods_are_refused_with_the_text() {
        for text in [
            "2025-13",
            "2025-00",
            "2025-Q5",
            "2025-Q0",
            "2025-YTD00",
            "2025-YTD13",
            "25",
            "2025-3",
            "2025-",
            "0000",
            "2025-H2",
            "2025-Q12",
            "abcd",
            "2025-YTD5",
            "",
        ] {
            let err = text.parse::<Period>().unwrap_err();
            assert!(err.to_string().contains(&format!("{text:?}")), "{err}");
        }
    }

    #[test]
    fn dates_cover_the_period() {
        let q: Period = "2025-Q4".parse().unwrap();
        assert_eq!((q.start().to_string(), q.end().to_string()), ("2025-10-01".into(), "2025-12-31".into()));
        let y: Period = "9999".parse().unwrap();
        assert_eq!(y.end().to_string(), "9999-12-31");
        assert_eq!("2025-YTD12".parse::<Period>().unwrap().month_count(), 12);
    }

    #[test]
    fn periods_order_by_year_then_length() {
        let mut periods: Vec<Period> =
            ["2025", "2024", "2025-YTD06", "2025-06"].iter().map(|p| p.parse().unwrap()).collect();
        periods.sort();
        let texts: Vec<String> = periods.iter().map(Period::to_string).collect();
        assert_eq!(texts, ["2024", "2025-06", "2025-YTD06", "2025"]);
    }
}
