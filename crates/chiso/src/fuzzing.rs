//! The properties the fuzz targets in `fuzz/` assert, in one place: each target calls one
//! `check_*` function here, and `tests/fuzz_regressions.rs` replays every saved input through
//! the same function. Every check panics with a message naming the property and the values
//! when a property fails; a refusal (an `Err`) is never a failure by itself.
//!
//! Only built with the `fuzzing` feature; not part of the stable API.
//!
//! # Example
//!
//! ```
//! chiso::fuzzing::check_text("tăng 11,4% so với cùng kỳ".as_bytes());
//! chiso::fuzzing::check_report_json(chiso::datasets::binh_duong_2024_json().as_bytes());
//! ```

use arbitrary::{Arbitrary, Unstructured};
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{
    cagr, change_pp, contribution, draft, extract, format_condition, format_decimal, format_estimate, format_growth,
    format_quantity, growth, implied_base, parse_decimal, parse_growth, parse_number, parse_quantity, parse_range,
    parse_unit, project, share, AsOfFrom, Bound, Cell, Condition, Currency, Dimension, Draft, DraftOptions, Error,
    Estimate, ExchangeRate, Identity, Indicator, Interval, Lang, Measure, MentionKind, Names, Observation, Period,
    Polarity, Quantity, Region, RegionFrom, Report, Reported, Row, Scale, Source, Spec, Status, Target, Unit,
    MAX_YEARS,
};

const LANGS: [Lang; 2] = [Lang::Vi, Lang::En];

/// Decodes a fuzz input into a structured plan exactly as `libfuzzer_sys::fuzz_target!` does
/// for a typed target: too short an input, or one `arbitrary` refuses, gives `None` (the
/// target then returns without checking anything).
///
/// # Example
///
/// ```
/// use chiso::fuzzing::{structured, ArithmeticPlan};
/// assert!(structured::<ArithmeticPlan>(&[7; 200]).is_some());
/// ```
pub fn structured<'a, T: Arbitrary<'a>>(data: &'a [u8]) -> Option<T> {
    if data.len() < T::size_hint(0).0 {
        return None;
    }
    T::arbitrary_take_rest(Unstructured::new(data)).ok()
}

// ---------------------------------------------------------------------------------------------
// Building blocks: decimals, units, figures and periods from arbitrary bytes.
// ---------------------------------------------------------------------------------------------

/// A decimal from an `i128` mantissa cut to at most `digits` digits (and always to 96 bits)
/// and a scale of 0 to 28; few digits are the common case so that figures look printed.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub struct DecimalPlan {
    mantissa: i128,
    digits: u8,
    scale: u8,
}

impl DecimalPlan {
    /// The decimal.
    ///
    /// # Example
    ///
    /// ```
    /// use arbitrary::{Arbitrary, Unstructured};
    /// let plan = chiso::fuzzing::DecimalPlan::arbitrary(&mut Unstructured::new(&[1; 18]))?;
    /// assert!(plan.decimal().scale() <= 28);
    /// # Ok::<(), arbitrary::Error>(())
    /// ```
    pub fn decimal(self) -> Decimal {
        const MAX_MANTISSA: i128 = (1 << 96) - 1;
        // Mostly up to 6 digits, as printed figures are; sometimes all 29 a Decimal holds.
        let digits = match self.digits % 32 {
            d @ 0..=23 => u32::from(d % 7),
            d => u32::from(d - 24) * 4 + 1,
        };
        let mantissa = match 10i128.checked_pow(digits) {
            Some(limit) if digits <= 28 => self.mantissa % limit,
            _ => self.mantissa % MAX_MANTISSA,
        };
        let scale = match self.scale % 64 {
            s @ 0..=47 => u32::from(s % 4),
            s => u32::from(s - 48) * 2 % 29,
        };
        // OK because the mantissa fits in 96 bits and the scale is at most 28.
        Decimal::try_from_i128_with_scale(mantissa, scale).expect("a 96-bit mantissa with a scale of at most 28")
    }
}

/// A unit chosen among those the text readers know, with a scale where the dimension takes one.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub struct UnitPlan {
    dimension: u8,
    scale: u8,
}

/// Counted nouns that both languages can print and read back.
const NOUNS: [&str; 6] = ["products", "fairs", "parks", "enterprises", "projects", "households"];

impl UnitPlan {
    fn dimension(self) -> Dimension {
        match self.dimension % 8 {
            0 => Dimension::Money(Currency::VND),
            1 => Dimension::Money(Currency::USD),
            2 => Dimension::Energy,
            3 => Dimension::Percent,
            4 => Dimension::PercentagePoints,
            5 => Dimension::Points,
            n => Dimension::Count(NOUNS[usize::from(n + self.scale / 8) % NOUNS.len()].into()),
        }
    }

    /// The unit; a scale the dimension does not take falls back to none.
    ///
    /// # Example
    ///
    /// ```
    /// use arbitrary::{Arbitrary, Unstructured};
    /// let plan = chiso::fuzzing::UnitPlan::arbitrary(&mut Unstructured::new(&[0, 3]))?;
    /// assert_eq!(plan.unit().to_string(), "billion VND");
    /// # Ok::<(), arbitrary::Error>(())
    /// ```
    pub fn unit(self) -> Unit {
        unit_at(self.dimension(), self.scale)
    }

    /// A unit of the same dimension at a scale taken from `scale`.
    fn rescaled(self, scale: u8) -> Unit {
        unit_at(self.dimension(), scale)
    }
}

fn unit_at(dimension: Dimension, scale: u8) -> Unit {
    let scale = Scale::ALL[usize::from(scale) % Scale::ALL.len()];
    Unit::new(dimension.clone(), scale)
        .or_else(|_| Unit::new(dimension, Scale::One))
        // OK because every dimension takes Scale::One.
        .expect("every dimension takes no scale")
}

fn bound_of(code: u8) -> Bound {
    Bound::ALL[usize::from(code) % Bound::ALL.len()]
}

/// A printed figure: a decimal, its bound and, sometimes, a last digit other than its own.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub struct FigurePlan {
    value: DecimalPlan,
    bound: u8,
    last_digit: Option<i8>,
}

impl FigurePlan {
    /// The figure. A last digit is applied by [`Reported::with_last_digit`] after rounding
    /// the value to it; when that fails the figure keeps its own last digit.
    ///
    /// # Example
    ///
    /// ```
    /// use arbitrary::{Arbitrary, Unstructured};
    /// let plan = chiso::fuzzing::FigurePlan::arbitrary(&mut Unstructured::new(&[2; 30]))?;
    /// let _ = plan.reported().interval();
    /// # Ok::<(), arbitrary::Error>(())
    /// ```
    pub fn reported(self) -> Reported {
        figure(self.value.decimal(), bound_of(self.bound), self.last_digit)
    }
}

/// A figure of `value` with `bound`, known to the digit at 10^`last_digit` when that is given
/// (the value is first cut to that digit); when [`Reported::with_last_digit`] refuses, the
/// figure keeps its own last digit.
fn figure(value: Decimal, bound: Bound, last_digit: Option<i8>) -> Reported {
    let plain = Reported::new(value, bound);
    let Some(last_digit) = last_digit.map(|d| i32::from(d) % 29) else {
        return plain;
    };
    let rounded = if last_digit <= 0 {
        let mut v = value;
        v.rescale((-last_digit) as u32);
        Some(v)
    } else {
        let unit = crate::unit::power_of_ten(i64::from(last_digit)).ok();
        unit.and_then(|unit| value.checked_div(unit).map(|q| q.trunc()).and_then(|q| q.checked_mul(unit))).map(
            |mut v| {
                v.rescale(0);
                v
            },
        )
    };
    rounded.and_then(|v| Reported::new(v, bound).with_last_digit(last_digit).ok()).unwrap_or(plain)
}

/// A figure as reports print most: a few digits, mostly as printed, for the report plans,
/// where every byte an observation takes is one fewer observation.
#[derive(Debug, Clone, Copy, Arbitrary)]
struct SmallFigurePlan {
    mantissa: i32,
    scale: u8,
    bound: u8,
    last_digit: Option<i8>,
}

impl SmallFigurePlan {
    fn reported(self) -> Reported {
        let value = Decimal::new(i64::from(self.mantissa), u32::from(self.scale % 4));
        let bound = if self.bound % 16 < 9 { Bound::AsPrinted } else { bound_of(self.bound) };
        figure(value, bound, self.last_digit)
    }
}

/// A period near the present (so that figures, growths and targets meet), or anywhere.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub struct PeriodPlan {
    year: u16,
    kind: u8,
    number: u8,
}

impl PeriodPlan {
    /// The period, or `None` when the constructor refuses it.
    ///
    /// # Example
    ///
    /// ```
    /// use arbitrary::{Arbitrary, Unstructured};
    /// let plan = chiso::fuzzing::PeriodPlan::arbitrary(&mut Unstructured::new(&[0, 0, 0, 0]))?;
    /// assert_eq!(plan.period().unwrap().to_string(), "2020");
    /// # Ok::<(), arbitrary::Error>(())
    /// ```
    pub fn period(self) -> Option<Period> {
        // Mostly 2020 to 2027; sometimes any year, the edges 0, 1, 9999 and 10000 included.
        let year =
            if self.year % 16 < 12 { 2020 + i32::from(self.year % 8) } else { i32::from(self.year >> 2) % 10_002 };
        self.at(year)
    }

    fn at(self, year: i32) -> Option<Period> {
        let n = u32::from(self.number);
        match self.kind % 8 {
            0..=3 => Period::year(year),
            4 => Period::quarter(year, n % 4 + 1),
            5 => Period::month(year, n % 12 + 1),
            6 => Period::year_to_date(year, n % 12 + 1),
            // Out-of-range quarters and months, which the constructors must refuse.
            _ => Period::month(year, n),
        }
        .ok()
    }
}

/// A target condition: one threshold or a range.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub struct ConditionPlan {
    kind: u8,
    first: DecimalPlan,
    second: DecimalPlan,
}

impl ConditionPlan {
    /// The condition, or `None` for a range whose ends are out of order.
    ///
    /// # Example
    ///
    /// ```
    /// use arbitrary::{Arbitrary, Unstructured};
    /// let plan = chiso::fuzzing::ConditionPlan::arbitrary(&mut Unstructured::new(&[0; 40]))?;
    /// assert_eq!(plan.condition().unwrap().name(), "at_least");
    /// # Ok::<(), arbitrary::Error>(())
    /// ```
    pub fn condition(self) -> Option<Condition> {
        let (a, b) = (self.first.decimal(), self.second.decimal());
        Some(match self.kind % 5 {
            0 => Condition::AtLeast(a),
            1 => Condition::MoreThan(a),
            2 => Condition::AtMost(a),
            3 => Condition::LessThan(a),
            _ => return Condition::between(a.min(b), a.max(b)).ok(),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Drafts.
// ---------------------------------------------------------------------------------------------

/// Drafts `data` (as text, invalid UTF-8 replaced) in both languages, with no publication date
/// and with one, and checks each draft: every figure [`extract`] finds is accounted for exactly
/// once (placed, its quote ending where the figure ends, or unmatched with a reason); every
/// quote lies within the text, starts at or before its figure and is the text between its
/// offsets; the region and publication date read from the text are quoted the same way; the
/// report passes [`check_report`]; the draft's JSON reads back with as many quotes and
/// unmatched figures as the draft has.
///
/// # Panics
///
/// When `draft` panics or a property fails, with the text and the language in the message.
///
/// # Example
///
/// ```
/// chiso::fuzzing::check_draft("Năm 2024, tỉnh Bình Dương xuất siêu ước 10 tỷ USD.".as_bytes());
/// ```
pub fn check_draft(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let chars: Vec<char> = text.chars().collect();
    let dates = [None, NaiveDate::from_ymd_opt(2025, 3, 5)];
    for lang in LANGS {
        for as_of in dates {
            let options = as_of.into_iter().fold(DraftOptions::new(lang), DraftOptions::with_as_of);
            let what = format!("draft of {text:?} in {lang} as of {as_of:?}");
            // A refusal is never a failure by itself: `draft` documents none from the text.
            let Ok(drafted) = draft(&text, &options) else {
                continue;
            };
            check_drafted(&drafted, &chars, lang, &what);
        }
    }
}

fn check_drafted(drafted: &Draft, chars: &[char], lang: Lang, what: &str) {
    let text: String = chars.iter().collect();
    let quoted = |start: usize, end: usize, quote: &str, whose: &str| {
        assert!(start <= end && end <= chars.len(), "{what}: {whose} at {start}..{end} of {} characters", chars.len());
        let between: String = chars[start..end].iter().collect();
        assert_eq!(between, quote, "{what}: the text at {start}..{end} is not {whose}'s quote");
    };
    for placed in drafted.quotes() {
        quoted(placed.start(), placed.end(), placed.quote(), &placed.row().to_string());
    }
    if let RegionFrom::Text { quote, start, end } = drafted.region_from() {
        quoted(*start, *end, quote, "the region");
    }
    if let AsOfFrom::Dateline { quote, start, end } = drafted.as_of_from() {
        quoted(*start, *end, quote, "the dateline");
    }
    let mentions = extract(&text, lang);
    for mention in &mentions {
        let (start, end) = (mention.start(), mention.end());
        let placed = drafted.quotes().iter().filter(|p| p.end() == end && p.start() <= start).count();
        let left =
            drafted.unmatched().iter().filter(|u| u.mention().start() == start && u.mention().end() == end).count();
        assert_eq!(
            placed + left,
            1,
            "{what}: {:?} at {start}..{end} is placed {placed} and unmatched {left} times",
            mention.text()
        );
    }
    assert_eq!(
        drafted.quotes().len() + drafted.unmatched().len(),
        mentions.len(),
        "{what}: {} placed and {} unmatched figures for {} extracted",
        drafted.quotes().len(),
        drafted.unmatched().len(),
        mentions.len()
    );
    for row in drafted.quotes().iter().map(|p| p.row()) {
        let exists = match row {
            Row::Observation(i) => i < drafted.report().observations().len(),
            Row::Target(i) => i < drafted.report().targets().len(),
        };
        assert!(exists, "{what}: a quote names {row}, which the report does not have");
    }
    check_report(drafted.report());
    let json: serde_json::Value = serde_json::from_str(&drafted.to_json())
        .unwrap_or_else(|err| panic!("{what}: the draft's JSON does not read: {err}"));
    let count = |key: &str| json[key].as_array().map_or(0, Vec::len);
    assert_eq!(
        (count("quotes"), count("unmatched")),
        (drafted.quotes().len(), drafted.unmatched().len()),
        "{what}: the draft's JSON"
    );
}

// ---------------------------------------------------------------------------------------------
// Reports.
// ---------------------------------------------------------------------------------------------

/// Reads `data` as a `chiso.report/1` document; when it loads, checks it as
/// [`check_report`] does.
///
/// # Example
///
/// ```
/// chiso::fuzzing::check_report_json(b"{\"format\": \"chiso.report/1\"}"); // refused, no panic
/// ```
pub fn check_report_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(report) = Report::from_json(text) {
        check_report(&report);
    }
}

/// Checks a loaded or built report: its consistency findings are honest (intervals that do
/// not overlap, a positive gap between them, or a gap of 0 where an end is open: "more than
/// 100%" for a share is wholly above 100, at a distance of 0), its scorecard renders every row in both languages
/// the way the CLI does, and saving it, loading the save and saving again gives the same bytes
/// and an equal report.
///
/// # Panics
///
/// When a property fails, with the report's JSON in the message.
///
/// # Example
///
/// ```
/// chiso::fuzzing::check_report(&chiso::datasets::binh_duong_2024());
/// ```
pub fn check_report(report: &Report) {
    let saved = report.to_json();
    for finding in report.check() {
        let what = format!("finding {finding}\nin report {saved}");
        let open = |i: Interval| i.low().is_open() || i.high().is_open();
        let (implied, reported) = (finding.implied().interval(), finding.reported().interval());
        assert!(
            finding.gap() > Decimal::ZERO || (finding.gap().is_zero() && (open(implied) || open(reported))),
            "a finding without a positive gap between closed ends: {what}"
        );
        assert!(
            !finding.implied().interval().overlaps(&finding.reported().interval()),
            "a finding whose intervals overlap: {what}"
        );
        check_estimate(finding.implied(), &what);
        check_estimate(finding.reported(), &what);
        assert!(!finding.to_string().is_empty(), "a finding without a message: {what}");
        serde_json::to_string(&finding).unwrap_or_else(|err| panic!("{err} serializing {what}"));
    }
    if let Ok(card) = report.scorecard() {
        render_scorecard(report, &card, &saved);
    }
    let loaded = Report::from_json(&saved).unwrap_or_else(|err| panic!("a saved report does not load: {err}\n{saved}"));
    let again = loaded.to_json();
    assert_eq!(saved, again, "saving a loaded save changed its bytes");
    assert!(loaded == *report, "a saved report loads as a different report:\n{saved}");
}

/// Renders every row of a scorecard as the CLI's table, JSON and CSV writers do.
fn render_scorecard(report: &Report, card: &crate::Scorecard, saved: &str) {
    for row in card.rows() {
        let id = row.indicator().id();
        let what = format!("scorecard row {id} of report {saved}");
        assert_eq!(row.value(), row.period().and_then(|p| report.level(id, p)).as_ref(), "{what}");
        if let Some(previous) = row.implied_previous() {
            check_estimate(previous, &what);
        }
        for lang in LANGS {
            let _ = row.value().map(|q| format_quantity(q, lang));
            let _ = row.growth().map(|g| format_growth(g, lang));
            let _ = row.implied_previous().map(|e| format_estimate(e, lang, 2));
            for assessment in row.assessments() {
                let _ = assessment.verdict().label(lang);
                let unit = match assessment.spec() {
                    Spec::Growth(_) | Spec::AverageGrowth(_) => Unit::percent(),
                    Spec::Level(_) => row.indicator().unit().clone(),
                };
                let _ = format_condition(&assessment.spec().condition(), Some(&unit), lang);
                let estimates = [
                    assessment.actual(),
                    assessment.gap_pp(),
                    assessment.gap_level(),
                    assessment.required(),
                    assessment.required_upper(),
                ];
                for estimate in estimates.into_iter().flatten() {
                    check_estimate(estimate, &what);
                    let _ = format_estimate(estimate, lang, 2);
                }
            }
        }
    }
    for line in card.lines() {
        let cells = line.cells().map(|cell| match cell {
            Cell::Text(text) => text.to_string(),
            Cell::Number(number) => number.to_string(),
            Cell::Empty => String::new(),
        });
        assert_eq!(cells[0], line.indicator, "the first cell is the indicator");
    }
    serde_json::to_string(card).unwrap_or_else(|err| panic!("{err} serializing the scorecard of {saved}"));
}

/// A report to build with the public constructors: a few indicators, series of yearly (or
/// quarterly, monthly, year-to-date) observations, and targets on them.
#[derive(Debug, Clone, Arbitrary)]
pub struct ReportPlan {
    indicators: Vec<IndicatorPlan>,
    series: Vec<SeriesPlan>,
    targets: Vec<TargetPlan>,
    source: bool,
}

#[derive(Debug, Clone, Arbitrary)]
struct IndicatorPlan {
    unit: UnitPlan,
    measure: u8,
    lower_is_better: bool,
    identity: Option<(u8, u8, u8, u8)>,
}

/// Observations of one indicator in the same period of consecutive years, so that levels,
/// growths and identities meet and findings and verdicts follow.
#[derive(Debug, Clone, Arbitrary)]
struct SeriesPlan {
    indicator: u8,
    period: PeriodPlan,
    points: Vec<PointPlan>,
}

#[derive(Debug, Clone, Arbitrary)]
struct PointPlan {
    value: Option<SmallFigurePlan>,
    growth: Option<SmallFigurePlan>,
    status: Option<u8>,
    as_of: Option<u16>,
    quote: bool,
}

#[derive(Debug, Clone, Arbitrary)]
struct TargetPlan {
    indicator: u8,
    period: PeriodPlan,
    growth: bool,
    baseline_years_back: Option<u8>,
    condition: (u8, i32, i32, u8),
    quote: bool,
}

/// At most this many indicators, observations or targets, so one run stays fast.
const MAX_ITEMS: usize = 12;

impl ReportPlan {
    /// The report the plan describes, or `None` when it has no indicator. Items the
    /// constructors refuse are left out (the constructors' refusals are checked elsewhere).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::fuzzing::{structured, ReportPlan};
    /// let plan: ReportPlan = structured(&[1; 300]).unwrap();
    /// let _ = plan.report();
    /// ```
    pub fn report(&self) -> Option<Report> {
        let ids: Vec<String> = (0..self.indicators.len().min(MAX_ITEMS)).map(|i| format!("i{i}")).collect();
        let pick = |n: u8| ids.get(usize::from(n) % ids.len().max(1)).cloned();
        let mut indicators = Vec::new();
        for (id, plan) in ids.iter().zip(&self.indicators) {
            let measure = [Measure::Flow, Measure::Stock, Measure::Rate, Measure::Index][usize::from(plan.measure % 4)];
            let polarity = if plan.lower_is_better { Polarity::LowerIsBetter } else { Polarity::HigherIsBetter };
            let name = Names::new(format!("Chỉ số {id}"), format!("Indicator {id}"));
            let indicator = Indicator::new(id.as_str(), name, plan.unit.unit(), measure, polarity).ok()?;
            let identity = plan.identity.and_then(|(kind, a, b, c)| {
                let (a, b) = (pick(a)?, pick(b)?);
                Some(match kind % 3 {
                    0 => Identity::Difference(a, b),
                    1 => Identity::Share(a, b),
                    _ => Identity::Sum(vec![a, b, pick(c)?]),
                })
            });
            indicators.push(match identity {
                Some(identity) => indicator.clone().with_identity(identity).unwrap_or(indicator),
                None => indicator,
            });
        }
        let mut observations = Vec::new();
        for series in self.series.iter().take(MAX_ITEMS) {
            let (Some(id), Some(first)) = (pick(series.indicator), series.period.period()) else {
                continue;
            };
            for (year, point) in (first.calendar_year()..).zip(series.points.iter().take(MAX_ITEMS)) {
                if let Some(observation) = series.period.at(year).and_then(|period| point.observation(&id, period)) {
                    observations.push(observation);
                }
            }
        }
        // Half through the constructor, half through with_observation, which must agree.
        let (first, rest) = observations.split_at(observations.len() / 2);
        let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
        let publisher = Names::new("Sở Công Thương", "Department of Industry and Trade");
        let mut report = Report::new(region, publisher, indicators, first.to_vec(), vec![]).ok()?;
        for observation in rest.iter().take(MAX_ITEMS) {
            report = report.with_observation(observation.clone()).ok()?;
        }
        for plan in self.targets.iter().take(MAX_ITEMS) {
            if let Some(target) = plan.target(&pick) {
                report = report.with_target(target).ok()?;
            }
        }
        if self.source {
            report = report.with_source(Source::titled("Ngành Công Thương: Quyết tâm bứt phá"));
        }
        Some(report)
    }
}

impl PointPlan {
    fn observation(&self, id: &str, period: Period) -> Option<Observation> {
        // An observation needs a value or a growth.
        if self.value.is_none() && self.growth.is_none() {
            return None;
        }
        let mut observation = Observation::new(id, period).ok()?;
        if let Some(value) = self.value {
            observation = observation.with_value(value.reported());
        }
        if let Some(growth) = self.growth {
            observation = observation.with_growth(growth.reported());
        }
        if let Some(code) = self.status {
            let status = [Status::Normal, Status::Estimated, Status::Provisional, Status::Forecast];
            observation = observation.with_status(status[usize::from(code % 4)]);
        }
        if let Some(days) = self.as_of {
            let start = NaiveDate::from_ymd_opt(2020, 1, 1)?;
            observation = observation.with_as_of(start.checked_add_days(chrono::Days::new(u64::from(days % 3000)))?);
        }
        if self.quote {
            observation = observation.with_quote("tăng 11,4% so với cùng kỳ");
        }
        Some(observation)
    }
}

impl TargetPlan {
    fn target(&self, pick: &impl Fn(u8) -> Option<String>) -> Option<Target> {
        let indicator = pick(self.indicator)?;
        let period = self.period.period()?;
        let (kind, a, b, scale) = self.condition;
        let (a, b) =
            (Decimal::new(i64::from(a), u32::from(scale % 3)), Decimal::new(i64::from(b), u32::from(scale % 3)));
        let condition = match kind % 5 {
            0 => Condition::AtLeast(a),
            1 => Condition::MoreThan(a),
            2 => Condition::AtMost(a),
            3 => Condition::LessThan(a),
            _ => Condition::between(a.min(b), a.max(b)).ok()?,
        };
        let target = match (self.growth, self.baseline_years_back) {
            (false, _) => Target::level(indicator, period, condition),
            (true, None) => Target::growth(indicator, period, condition),
            (true, Some(back)) => {
                let baseline = self.period.at(period.calendar_year() - i32::from(back % 4));
                Target::new(indicator, period, baseline, Spec::Growth(condition))
            }
        }
        .ok()?;
        Some(if self.quote { target.with_quote("phấn đấu tăng 13 - 14%") } else { target })
    }
}

/// Builds the report a plan describes and checks it as [`check_report`] does.
///
/// # Example
///
/// ```
/// use chiso::fuzzing::{check_report_plan, structured, ReportPlan};
/// if let Some(plan) = structured::<ReportPlan>(&[3; 400]) {
///     check_report_plan(plan);
/// }
/// ```
pub fn check_report_plan(plan: ReportPlan) {
    if let Some(report) = plan.report() {
        check_report(&report);
    }
}

/// The value of a derived figure lies in its interval, or on one of its ends.
fn check_estimate(estimate: &Estimate, what: &str) {
    let (value, interval) = (estimate.value(), estimate.interval());
    assert!(on_or_in(value, &interval), "the value {value} lies outside its interval {interval}: {what}");
}

fn on_or_in(value: Decimal, interval: &Interval) -> bool {
    interval.contains(value) || interval.low_value() == Some(value) || interval.high_value() == Some(value)
}

// ---------------------------------------------------------------------------------------------
// Text.
// ---------------------------------------------------------------------------------------------

/// Figures to print in both languages and read back.
#[derive(Debug, Clone, Copy, Arbitrary)]
struct TextPlan {
    number: DecimalPlan,
    bound: u8,
    unit: UnitPlan,
    condition: ConditionPlan,
}

/// Feeds `data`, as text, to every reader in both languages (they may refuse it, never
/// panic, and what they read prints and reads back the same), then prints figures built
/// from the same bytes with every formatter in both languages and reads them back.
///
/// # Panics
///
/// When a reader panics or a figure does not read back as printed.
///
/// # Example
///
/// ```
/// chiso::fuzzing::check_text("Kim ngạch xuất khẩu đạt hơn 2,79 tỷ đồng".as_bytes());
/// ```
pub fn check_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for lang in LANGS {
        read_everything(&text, lang);
    }
    one_pass_readers_agree(&text);
    if let Ok(plan) = TextPlan::arbitrary(&mut Unstructured::new(data)) {
        for lang in LANGS {
            print_and_read(plan, lang);
        }
    }
}

fn read_everything(text: &str, lang: Lang) {
    let what = |reader: &str| format!("{reader} of {text:?} in {lang}");
    if let Ok(number) = parse_number(text, lang) {
        let again = parse_number(&format_decimal(number, lang), lang);
        assert_same_decimal(again.ok(), number, &what("parse_number"));
    }
    if let Ok(quantity) = parse_quantity(text, lang) {
        let _ = quantity.interval();
        let printed = format_quantity(&quantity, lang);
        let again = parse_quantity(&printed, lang).unwrap_or_else(|err| {
            panic!("{} printed as {printed:?}, which does not read: {err}", what("parse_quantity"))
        });
        assert_same_quantity(&again, quantity.value(), quantity.bound(), quantity.unit(), &what("parse_quantity"));
    }
    if let Ok(change) = parse_growth(text, lang) {
        let _ = change.interval();
        if change.unit() == &Unit::percent() {
            let printed = format_growth(change.reported(), lang);
            let again = parse_growth(&printed, lang).unwrap_or_else(|err| {
                panic!("{} printed as {printed:?}, which does not read: {err}", what("parse_growth"))
            });
            assert_same_quantity(&again, change.value(), change.bound(), change.unit(), &what("parse_growth"));
        }
    }
    if let Ok((low, high)) = parse_range(text, lang) {
        let low_there = Estimate::from(&low).to(high.unit());
        let ordered = low_there.as_ref().is_ok_and(|l| l.value() < high.value());
        assert!(ordered, "{} gave {low} to {high}, not a lower end below a higher one", what("parse_range"));
    }
    if let Ok(unit) = parse_unit(text, lang) {
        assert_eq!(unit.to_string().parse::<Unit>().ok(), Some(unit), "{}", what("parse_unit"));
    }
    let chars: Vec<char> = text.chars().collect();
    for mention in extract(text, lang) {
        let (start, end) = (mention.start(), mention.end());
        assert!(start <= end && end <= chars.len(), "{}: offsets {start}..{end}", what("extract"));
        let covered: String = chars[start..end].iter().collect();
        assert_eq!(covered, mention.text(), "{}: the text at {start}..{end}", what("extract"));
        if let Some(quantity) = mention.quantity() {
            let _ = quantity.interval();
        }
        if let Some((first, last)) = mention.span() {
            assert!(first < last, "{}: span {first}–{last}", what("extract"));
            assert_eq!(mention.kind(), MentionKind::AverageGrowth, "{}: a span without an average", what("extract"));
        }
    }
}

/// `parse_decimal` and `parse_number` first try a one-pass reader for the common form; on the
/// whole text and on each of its words, what they read must be what the general reader reads
/// (the same value, scale and sign), and a refusal must be of the same kind.
fn one_pass_readers_agree(text: &str) {
    for piece in std::iter::once(text).chain(text.split_whitespace()) {
        let what = || format!("parse_decimal of {piece:?}");
        same_reading(parse_decimal(piece), crate::value::read_decimal(piece), what);
        for lang in LANGS {
            let what = || format!("parse_number of {piece:?} in {lang}");
            same_reading(parse_number(piece, lang), crate::text::read_general_number(piece, lang), what);
        }
    }
}

fn same_reading(fast: crate::Result<Decimal>, general: crate::Result<Decimal>, what: impl Fn() -> String) {
    match (&fast, &general) {
        (Ok(a), Ok(b)) => assert!(
            a == b && a.scale() == b.scale() && a.to_string() == b.to_string(),
            "{} reads {a} (scale {}), the general reader {b} (scale {})",
            what(),
            a.scale(),
            b.scale()
        ),
        (Err(a), Err(b)) => assert_eq!(a.kind(), b.kind(), "{}: refusals {a} and {b}", what()),
        _ => panic!("{} gives {fast:?}, the general reader {general:?}", what()),
    }
}

fn print_and_read(plan: TextPlan, lang: Lang) {
    let number = plan.number.decimal();
    let printed = format_decimal(number, lang);
    assert_same_decimal(
        parse_number(&printed, lang).ok(),
        number,
        &format!("{number} printed in {lang} as {printed:?}"),
    );

    let unit = plan.unit.unit();
    let bound = bound_of(plan.bound);
    let quantity = Quantity::new(number, unit.clone(), bound);
    let printed = format_quantity(&quantity, lang);
    let what = format!("{quantity} printed in {lang} as {printed:?}");
    let read = parse_quantity(&printed, lang).unwrap_or_else(|err| panic!("{what} does not read: {err}"));
    // Exact and as-printed figures print alike; reading tells them apart by the rule that a
    // whole count of a counted noun is exact.
    let counted = matches!(unit.dimension(), Dimension::Count(_)) && unit.scale() == Scale::One && number.scale() == 0;
    let expected = match bound {
        Bound::Exact | Bound::AsPrinted if counted => Bound::Exact,
        Bound::Exact | Bound::AsPrinted => Bound::AsPrinted,
        other => other,
    };
    assert_same_quantity(&read, number, expected, &unit, &what);

    let change = Reported::new(number, bound);
    let printed = format_growth(&change, lang);
    let what = format!("a change of {change}% printed in {lang} as {printed:?}");
    let read = parse_growth(&printed, lang).unwrap_or_else(|err| panic!("{what} does not read: {err}"));
    let expected = if bound == Bound::Exact { Bound::AsPrinted } else { bound };
    assert_same_quantity(&read, number, expected, &Unit::percent(), &what);

    let Some(condition) = plan.condition.condition() else {
        return;
    };
    let printed = format_condition(&condition, Some(&unit), lang);
    let what = format!("the condition {condition} in {unit} printed in {lang} as {printed:?}");
    match condition {
        Condition::Between(low, high) => {
            // A range of one value is a valid condition but not a printed range.
            if low == high {
                return;
            }
            let (l, h) = parse_range(&printed, lang).unwrap_or_else(|err| panic!("{what} does not read: {err}"));
            assert_same_quantity(&l, low, l.bound(), &unit, &what);
            assert_same_quantity(&h, high, h.bound(), &unit, &what);
        }
        Condition::AtLeast(t) | Condition::MoreThan(t) | Condition::AtMost(t) | Condition::LessThan(t) => {
            let bound: Bound = condition.name().parse().unwrap_or_else(|err| panic!("{err}"));
            let read = parse_quantity(&printed, lang).unwrap_or_else(|err| panic!("{what} does not read: {err}"));
            assert_same_quantity(&read, t, bound, &unit, &what);
        }
    }
}

fn assert_same_decimal(read: Option<Decimal>, expected: Decimal, what: &str) {
    let same = read.is_some_and(|r| r == expected && r.scale() == expected.scale());
    assert!(same, "{what} reads back as {read:?}, not {expected}");
}

fn assert_same_quantity(read: &Quantity, value: Decimal, bound: Bound, unit: &Unit, what: &str) {
    let same = read.value() == value && read.value().scale() == value.scale();
    assert!(
        same && read.bound() == bound && read.unit() == unit,
        "{what} reads back as {read} ({}), not {value} {unit} ({bound})",
        read.bound()
    );
}

// ---------------------------------------------------------------------------------------------
// Periods and units.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, Arbitrary)]
struct PeriodUnitPlan {
    period: PeriodPlan,
    unit: UnitPlan,
    other_scale: u8,
    other_unit: UnitPlan,
    figure: FigurePlan,
}

/// Reads each line of `data` as a period and as a unit (the JSON format's spellings), which
/// must print and read back the same; then builds a period, units and a figure from the same
/// bytes and checks period arithmetic, conversion factors and rescaling.
///
/// # Panics
///
/// When a property fails.
///
/// # Example
///
/// ```
/// chiso::fuzzing::check_periods_and_units(b"2025-YTD05\nbillion kWh");
/// ```
pub fn check_periods_and_units(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for line in text.lines() {
        if let Ok(period) = line.parse::<Period>() {
            check_period(period);
        }
        if let Ok(unit) = line.parse::<Unit>() {
            let again = unit.to_string().parse::<Unit>();
            assert_eq!(again.ok().as_ref(), Some(&unit), "the unit {line:?} read as {unit} does not read back");
        }
    }
    let Ok(plan) = PeriodUnitPlan::arbitrary(&mut Unstructured::new(data)) else {
        return;
    };
    if let Some(period) = plan.period.period() {
        check_period(period);
    }
    check_units(plan);
}

fn check_period(period: Period) {
    let printed = period.to_string();
    assert_eq!(
        printed.parse::<Period>().ok(),
        Some(period),
        "{period:?} prints as {printed:?}, which reads back otherwise"
    );
    let (start, end) = (period.start(), period.end());
    use chrono::Datelike;
    assert!(
        start <= end && start.year() == period.calendar_year() && end.year() == period.calendar_year(),
        "{printed}"
    );
    assert_eq!(end.month() - start.month() + 1, period.month_count(), "months of {printed}");
    let Ok(previous) = period.checked_previous_year() else {
        assert_eq!(period.calendar_year(), 1, "{printed} has no previous year");
        return;
    };
    assert_ne!(previous, period, "{printed} is its own previous year");
    assert_eq!(previous.calendar_year(), period.calendar_year() - 1, "the year before {printed}");
    assert_eq!(previous.span(), period.span(), "the year before {printed}");
    assert_eq!(previous.month_count(), period.month_count(), "the year before {printed}");
}

fn check_units(plan: PeriodUnitPlan) {
    let unit = plan.unit.unit();
    let other = plan.unit.rescaled(plan.other_scale);
    let printed = unit.to_string();
    assert_eq!(printed.parse::<Unit>().ok().as_ref(), Some(&unit), "{unit:?} prints as {printed:?}");
    let there = unit.factor_to(&other).unwrap_or_else(|err| panic!("{unit} to {other}: {err}"));
    let back = other.factor_to(&unit).unwrap_or_else(|err| panic!("{other} to {unit}: {err}"));
    assert_eq!(there.checked_mul(back), Some(Decimal::ONE), "the factors from {unit} to {other} and back");
    let exponent = i64::from(unit.scale().exponent()) - i64::from(other.scale().exponent());
    assert_eq!(Ok(there), crate::unit::power_of_ten(exponent), "the factor from {unit} to {other}");
    let stranger = plan.other_unit.unit();
    if stranger.dimension() != unit.dimension() {
        assert!(unit.factor_to(&stranger).is_err(), "{unit} converts to {stranger}");
    }

    let quantity = Quantity::from_reported(plan.figure.reported(), unit.clone());
    let interval = quantity.interval();
    let Ok(rescaled) = quantity.to(&other) else {
        return;
    };
    let what = format!("{quantity} (last digit {}) in {other}", quantity.reported().last_digit());
    assert_eq!(rescaled.unit(), &other, "{what}");
    assert_eq!(rescaled.bound(), quantity.bound(), "{what}");
    // Values keep 28 significant digits, as Python's decimal does; a 29th is rounded away.
    let fits = |v: &Decimal| v.mantissa().unsigned_abs() < 10u128.pow(28);
    if let Some(value) = quantity.value().checked_mul(there).filter(fits) {
        assert_eq!(rescaled.value(), value, "{what}");
    }
    let rescaled_interval = rescaled.interval();
    // At Decimal's last place the original interval is widened to a whole unit (half of it does
    // not fit), so only a finer figure's interval must carry over whole.
    let exact_interval = quantity.reported().last_digit() > -28;
    // A side the bound leaves open stays unbounded; a side the bound closes may be unbounded in
    // one unit only because its end lies beyond a decimal's range there.
    let bound = quantity.bound();
    let open_below = matches!(bound, Bound::LessThan | Bound::AtMost);
    let open_above = matches!(bound, Bound::MoreThan | Bound::AtLeast);
    let ends = [
        (interval.low_value(), rescaled_interval.low_value(), open_below),
        (interval.high_value(), rescaled_interval.high_value(), open_above),
    ];
    for (end, rescaled_end, unbounded) in ends.into_iter().filter(|_| exact_interval) {
        if unbounded {
            assert!(end.is_none() && rescaled_end.is_none(), "{what} allows {rescaled_interval}, not {interval}");
        }
        // Each end of the original, in the new unit, when that product is exact.
        let scaled = end.and_then(|e| e.checked_mul(there).filter(|s| fits(s) && s.checked_div(there) == Some(e)));
        if let Some(scaled) = scaled {
            assert!(on_or_in(scaled, &rescaled_interval), "{what} allows {rescaled_interval}, not {scaled}");
        }
    }
    if let Ok(again) = rescaled.to(&unit) {
        if fits(&quantity.value()) {
            assert_eq!(again.value(), quantity.value(), "{what} and back");
        }
        let kept = again.interval().contains_interval(&interval);
        assert!(kept || !exact_interval, "{what} and back: {} misses {interval}", again.interval());
    }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic.
// ---------------------------------------------------------------------------------------------

/// One computation on up to three figures of one dimension, each at its own scale.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub struct ArithmeticPlan {
    operation: u8,
    unit: UnitPlan,
    figures: [(FigurePlan, u8, u8); 3],
    years: u16,
    rate: DecimalPlan,
}

/// Runs one growth function or estimate operation on the planned figures. An `Ok` result's
/// value must lie in its interval (or on an end), and the same computation on values the
/// inputs allow (each input's printed value or one of its ends, taken as exact) must land in
/// the result's interval.
///
/// # Panics
///
/// When a property fails.
///
/// # Example
///
/// ```
/// use chiso::fuzzing::{check_arithmetic, structured, ArithmeticPlan};
/// check_arithmetic(structured::<ArithmeticPlan>(&[5; 200]).unwrap());
/// ```
pub fn check_arithmetic(plan: ArithmeticPlan) {
    let figures = plan.figures.map(|(figure, _, _)| figure.reported());
    let Ok(result) = compute(&plan, figures) else {
        return;
    };
    let what = |inputs: &[Reported; 3]| {
        let inputs: Vec<String> = inputs.iter().map(|r| format!("{r} (last digit {})", r.last_digit())).collect();
        format!("operation {} on {} with {plan:?}", plan.operation % OPERATIONS, inputs.join(", "))
    };
    check_estimate(&result, &what(&figures));
    let samples: [Option<Reported>; 3] = std::array::from_fn(|i| sample(&figures[i], plan.figures[i].2));
    let [Some(a), Some(b), Some(c)] = samples else {
        return;
    };
    let exact = [a, b, c];
    if let Ok(point) = compute(&plan, exact) {
        check_estimate(&point, &what(&exact));
        let interval = result.interval();
        // The interval holds the exact value of every admissible input; the point of exact
        // inputs is rounded at each step as Python rounds it, so it may stray from its exact
        // value, and so from the interval, by a few units of its 28th digit.
        assert!(
            on_or_in(point.value(), &interval) || within_rounding(point.value(), &interval),
            "exact inputs give {}, outside {interval}, the interval for the printed figures: {}",
            point.value(),
            what(&figures)
        );
    }
}

/// Whether `value` lies within ten units of its 28th significant digit (and at least of
/// 10^-28, a decimal's last place) of `interval`: a growth factor `1 + g/100` rounded to 28
/// digits is off by up to half a unit of 10^-27, which is five units of the 28th digit of a
/// result whose digits start with a 9, and each later step rounds again.
fn within_rounding(value: Decimal, interval: &Interval) -> bool {
    let digits = value.mantissa().unsigned_abs().checked_ilog10().map_or(1, |log| log as i64 + 1);
    let magnitude = digits - i64::from(value.scale()) - 1;
    let Ok(unit) = crate::unit::power_of_ten((magnitude - 27).max(-28)) else {
        return false;
    };
    let slack = unit * Decimal::TEN;
    let (Some(low), Some(high)) = (value.checked_sub(slack), value.checked_add(slack)) else {
        return false;
    };
    Interval::closed(low, high).is_ok_and(|near| near.overlaps(interval))
}

/// A value the figure allows, taken as exact: the printed value, or one of the interval's
/// finite ends (an open end stands for values just inside it).
fn sample(figure: &Reported, choice: u8) -> Option<Reported> {
    let interval = figure.interval();
    let value = match choice % 4 {
        0 | 1 => Some(figure.value()),
        2 => interval.low_value(),
        _ => interval.high_value(),
    };
    Some(Reported::exact(value.unwrap_or(figure.value())))
}

const OPERATIONS: u8 = 12;

fn compute(plan: &ArithmeticPlan, figures: [Reported; 3]) -> crate::Result<Estimate> {
    let quantity = |i: usize| Quantity::from_reported(figures[i], plan.unit.rescaled(plan.figures[i].1));
    let [a, b, c] = figures;
    match plan.operation % OPERATIONS {
        0 => growth(quantity(0), quantity(1)),
        1 => implied_base(quantity(0), c),
        2 => project(quantity(0), c),
        3 => cagr(quantity(0), quantity(1), u32::from(plan.years) % (MAX_YEARS + 2)),
        4 => change_pp(a, b),
        5 => share(quantity(0), quantity(1)),
        6 => contribution(quantity(0), quantity(1), quantity(2)),
        7 => Estimate::from(&quantity(0)).checked_add(&Estimate::from(&quantity(1))),
        8 => Estimate::from(&quantity(0)).checked_sub(&Estimate::from(&quantity(1))),
        9 => {
            let count = Quantity::from_reported(c, unit_at(Dimension::Count("fairs".into()), 0));
            Estimate::from(&quantity(0)).per(&Estimate::from(&count))
        }
        10 => {
            // OK because 2025-01-01 exists.
            let date = NaiveDate::from_ymd_opt(2025, 1, 1).expect("a valid date");
            let rate = ExchangeRate::new(Currency::USD, Currency::VND, plan.rate.decimal(), date)?;
            Estimate::from(&quantity(0)).convert(&rate)
        }
        _ => Estimate::from(&quantity(0)).to(quantity(1).unit()),
    }
}

/// `num / den × 10^-scale` rounded once to 28 significant digits, half-even: the rounding
/// kernel of the growth functions and of a row of a decimal column, exposed for the benches
/// (`benches/chiso.rs`, group `quotient`).
///
/// # Errors
///
/// [`crate::Error::Undefined`] when `den` is zero; [`crate::Error::Overflow`].
///
/// # Example
///
/// ```
/// // A growth of decimal(18,2) values 16.94 over 15.21: (1694 − 1521) × 100 / 1521.
/// let g = chiso::fuzzing::quotient((1694 - 1521) * 100, 1521, 0)?;
/// assert_eq!(g.to_string(), "11.37409598948060486522024984");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn quotient(num: i128, den: i128, scale: u32) -> crate::Result<Decimal> {
    crate::arith::quotient(num, den, scale, crate::arith::Round::Nearest, "a quotient")
}

// ---------------------------------------------------------------------------------------------
// Columns.
// ---------------------------------------------------------------------------------------------

/// One call of a column function: its arguments, its options and the rows.
#[derive(Debug, Clone, Arbitrary)]
pub struct ColumnsPlan {
    function: u8,
    interval: bool,
    raise: bool,
    threads: u8,
    arguments: [ArgumentPlan; 3],
    rows: Vec<[CellPlan; 3]>,
}

/// How one argument is laid out.
#[derive(Debug, Clone, Copy, Arbitrary)]
struct ArgumentPlan {
    /// Fixed (at `scale`), decimals or a scalar.
    layout: u8,
    scale: i8,
    scalar: DecimalPlan,
    unit: u8,
    /// One bound for the column, or one per row.
    bound: Option<u8>,
    validity: bool,
    last_digits: bool,
    /// Now and then, a per-row part one row short.
    skew: u8,
}

/// One row of one argument.
#[derive(Debug, Clone, Copy, Arbitrary)]
struct CellPlan {
    value: DecimalPlan,
    /// Mostly present; sometimes the whole `i128` mantissa of a fixed column.
    flags: u8,
    bound: u8,
    digit: i8,
}

/// The seven column functions, their argument names as the kernels name them.
const COLUMN_FUNCTIONS: [(&str, &[&str]); 7] = [
    ("growth", &["current", "previous"]),
    ("implied_base", &["current", "growth"]),
    ("project", &["base", "growth"]),
    ("change_pp", &["now", "before"]),
    ("share", &["part", "whole"]),
    ("contribution", &["part_now", "part_before", "whole_before"]),
    ("cagr", &["start", "end", "years"]),
];

/// Units of the column arguments: money and energy in three scales each, rates, none.
fn column_unit(code: u8) -> Option<Unit> {
    let (dimension, scale) = match code % 10 {
        0 | 1 => return None,
        2 => (Dimension::Money(Currency::VND), Scale::One),
        3 => (Dimension::Money(Currency::VND), Scale::Million),
        4 => (Dimension::Money(Currency::VND), Scale::Billion),
        5 => (Dimension::Energy, Scale::One),
        6 => (Dimension::Energy, Scale::Million),
        7 => (Dimension::Energy, Scale::Billion),
        8 => (Dimension::Percent, Scale::One),
        _ => (Dimension::PercentagePoints, Scale::One),
    };
    Unit::new(dimension, scale).ok()
}

impl ArgumentPlan {
    fn is_scalar(self) -> bool {
        self.layout % 4 == 3
    }

    /// The column over `cells`; `years` makes its values mostly whole numbers of years.
    fn column(self, cells: &[CellPlan], years: bool) -> crate::columns::Column<'static> {
        use crate::columns::Column;
        let skew = |len: usize, part: u8| {
            if self.skew % 16 == 15 && self.skew / 16 % 4 == part {
                len.saturating_sub(1)
            } else {
                len
            }
        };
        let value = |cell: &CellPlan| {
            let decimal = cell.value.decimal();
            if years && cell.flags % 4 != 0 {
                Decimal::from(decimal.mantissa() % i128::from(MAX_YEARS + 2))
            } else {
                decimal
            }
        };
        let n = cells.len();
        let mut column = match self.layout % 4 {
            0 | 1 => {
                let scale = i32::from(self.scale) % 41;
                let mantissas: Vec<i128> = cells
                    .iter()
                    .take(skew(n, 0))
                    .map(|c| if c.flags % 32 == 31 { c.value.mantissa } else { value(c).mantissa() })
                    .collect();
                Column::fixed(mantissas, scale)
            }
            2 => Column::decimals(cells.iter().take(skew(n, 0)).map(value).collect::<Vec<_>>()),
            _ => Column::scalar(if years {
                Decimal::from(i32::from(self.scale).rem_euclid(40))
            } else {
                self.scalar.decimal()
            }),
        };
        let per_row = !self.is_scalar() || self.skew % 16 == 15;
        if self.validity && per_row {
            column = column.with_validity(cells.iter().take(skew(n, 1)).map(|c| c.flags % 8 != 0).collect::<Vec<_>>());
        }
        match self.bound {
            Some(code) => column = column.with_bound(bound_of(code)),
            None if per_row => {
                column =
                    column.with_bounds(cells.iter().take(skew(n, 2)).map(|c| bound_of(c.bound)).collect::<Vec<_>>())
            }
            None => {}
        }
        if self.last_digits && per_row {
            column = column
                .with_last_digits(cells.iter().take(skew(n, 3)).map(|c| i32::from(c.digit) % 30).collect::<Vec<_>>());
        }
        match column_unit(self.unit) {
            Some(unit) if !years => column.with_unit(unit),
            _ => column,
        }
    }
}

/// Calls one column function on columns built from the plan and checks it against the scalar
/// function, row by row.
///
/// - It never panics; the call fails as a whole exactly when a length disagrees or the scalar
///   function refuses stand-in figures of 1 in the arguments' units, with that error's kind.
/// - Each row equals the scalar function on that row's figures (value, both ends and their
///   open flags), or is null with a reason: `missing <argument>` for the first missing
///   argument, the scalar function's error, or `Unrepresentable` where a rate reaches 10^10 or
///   a level needs more places than the call's scale `min(28, 38 − K)`, which it must then be.
/// - With `OnError::Raise`, the call fails with `Error::AtRow` naming the first row with an
///   error (not a missing input).
///
/// # Panics
///
/// When a property fails.
///
/// # Example
///
/// ```
/// use chiso::fuzzing::{check_columns, structured, ColumnsPlan};
/// check_columns(structured::<ColumnsPlan>(&[3; 400]).unwrap());
/// ```
pub fn check_columns(plan: ColumnsPlan) {
    use crate::columns::{self as col, OnError, Options};
    let (name, names) = COLUMN_FUNCTIONS[usize::from(plan.function) % COLUMN_FUNCTIONS.len()];
    let cagr_call = name == "cagr";
    let cells: Vec<Vec<CellPlan>> = (0..3).map(|k| plan.rows.iter().map(|r| r[k]).collect()).collect();
    let columns: Vec<_> = (0..names.len()).map(|k| plan.arguments[k].column(&cells[k], cagr_call && k == 2)).collect();
    let options = Options {
        interval: plan.interval,
        errors: if plan.raise { OnError::Raise } else { OnError::Null },
        threads: match plan.threads % 3 {
            0 => None,
            n => Some(usize::from(n)),
        },
    };
    let result = match name {
        "growth" => col::growth(&columns[0], &columns[1], &options),
        "implied_base" => col::implied_base(&columns[0], &columns[1], &options),
        "project" => col::project(&columns[0], &columns[1], &options),
        "change_pp" => col::change_pp(&columns[0], &columns[1], &options),
        "share" => col::share(&columns[0], &columns[1], &options),
        "contribution" => col::contribution(&columns[0], &columns[1], &columns[2], &options),
        _ => col::cagr(&columns[0], &columns[1], &columns[2], &options),
    };
    let what = format!("{name} with {options:?} on {columns:?}");

    // The whole call: lengths, then units on stand-in figures.
    let rows = columns.iter().find_map(|c| c.len()).unwrap_or(1);
    let lengths = columns.iter().zip(names).try_for_each(|(c, n)| c.check(n, rows));
    let probe = |k: usize| Estimate::new(Decimal::ONE, Interval::point(Decimal::ONE), columns[k].unit().cloned());
    let stand_in = lengths.and_then(|()| scalar_row(name, probe, || Ok(1)));
    let expected_unit = match (stand_in, &result) {
        (Err(expected), Err(error)) => {
            assert_eq!(error.kind(), expected.kind(), "{what}: the call fails with {error}, stand-ins with {expected}");
            return;
        }
        (Err(expected), Ok(_)) => panic!("{what}: the call succeeds, but stand-in figures fail with {expected}"),
        (Ok(stand_in), _) => stand_in.unit().cloned(),
    };

    // Each row by the scalar function.
    let expected: Vec<Result<crate::Result<Estimate>, &str>> = (0..rows)
        .map(|i| match names.iter().zip(&columns).find(|(_, c)| !c.is_valid(i)) {
            Some((missing, _)) => Err(*missing),
            None => Ok(scalar_row(name, |k| columns[k].estimate(i), || years_of(&columns[2], i))),
        })
        .collect();
    let level = matches!(name, "implied_base" | "project");
    let numbers = |e: &Estimate| -> Vec<Decimal> {
        let mut all = vec![e.value()];
        if options.interval {
            all.extend(e.interval().low_value());
            all.extend(e.interval().high_value());
        }
        all
    };
    let digits = expected
        .iter()
        .filter_map(|e| e.as_ref().ok()?.as_ref().ok())
        .flat_map(numbers)
        .map(|v| v.trunc().abs().mantissa().checked_ilog10().map_or(0, |l| l + 1))
        .max()
        .unwrap_or(0);
    let scale = if level { 28.min(38u32.saturating_sub(digits)) } else { 28 };
    let fits = |e: &Estimate| {
        numbers(e).iter().all(|v| {
            if level {
                v.normalize().scale() <= scale
            } else {
                v.abs() < Decimal::from(10_000_000_000u64)
            }
        })
    };
    let first_error = expected.iter().position(|e| match e {
        Err(_) => false,
        Ok(Err(_)) => true,
        Ok(Ok(estimate)) => !fits(estimate),
    });

    let computed = match (result, options.errors) {
        (Err(Error::AtRow { row, error }), OnError::Raise) => {
            assert_eq!(Some(row), first_error, "{what}: the call fails at row {row} ({error})");
            return;
        }
        (Err(error), _) => panic!("{what}: the call fails with {error}, which stand-in figures do not"),
        (Ok(computed), OnError::Raise) => {
            assert_eq!(first_error, None, "{what}: the call succeeds, with an error at row {first_error:?}");
            computed
        }
        (Ok(computed), OnError::Null) => computed,
    };
    assert_eq!(computed.len(), rows, "{what}: the number of rows");
    assert_eq!(computed.unit(), expected_unit.as_ref(), "{what}: the unit");
    if rows > 0 || !level {
        assert_eq!(computed.value().scale(), scale, "{what}: the output scale");
    }
    let problems: std::collections::HashMap<usize, &Error> =
        computed.problems().iter().map(|p| (p.row, &p.error)).collect();
    assert_eq!(problems.len(), computed.problems().len(), "{what}: one reason per row");
    for (i, expected) in expected.iter().enumerate() {
        let row = |detail: String| format!("{what}: row {i}: {detail}");
        let got = computed.get(i);
        match expected {
            Err(missing) => {
                assert_eq!(got, None, "{}", row(format!("missing {missing}, yet a value")));
                let reason = problems.get(&i).map(|e| e.to_string());
                assert_eq!(reason, Some(format!("missing {missing}")), "{}", row("the reason".into()));
            }
            Ok(Err(error)) => {
                assert_eq!(got, None, "{}", row(format!("the scalar function fails with {error}, yet a value")));
                let kind = problems.get(&i).map(|e| e.kind());
                assert_eq!(kind, Some(error.kind()), "{}", row(format!("the scalar function fails with {error}")));
            }
            Ok(Ok(estimate)) if !fits(estimate) => {
                assert_eq!(got, None, "{}", row(format!("{estimate:?} does not fit scale {scale}, yet a value")));
                let reason = problems.get(&i);
                assert!(
                    matches!(reason, Some(Error::Unrepresentable { .. })),
                    "{}",
                    row(format!("{estimate:?} does not fit scale {scale}; reason {reason:?}"))
                );
            }
            Ok(Ok(estimate)) => {
                assert_eq!(got, Some(estimate.value()), "{}", row(format!("the scalar function gives {estimate:?}")));
                assert!(!problems.contains_key(&i), "{}", row("a value and a reason".into()));
                if options.interval {
                    assert_eq!(
                        computed.interval(i),
                        Some(estimate.interval()),
                        "{}",
                        row(format!("the scalar function gives {estimate:?}"))
                    );
                }
            }
        }
    }
}

/// The scalar function `name` on the figures `figure(k)` (and the years for `cagr`), in the
/// order the kernels take them.
fn scalar_row(
    name: &str,
    figure: impl Fn(usize) -> crate::Result<Estimate>,
    years: impl Fn() -> crate::Result<u32>,
) -> crate::Result<Estimate> {
    match name {
        "growth" => growth(figure(0)?, figure(1)?),
        "implied_base" => implied_base(figure(0)?, figure(1)?),
        "project" => project(figure(0)?, figure(1)?),
        "change_pp" => change_pp(figure(0)?, figure(1)?),
        "share" => share(figure(0)?, figure(1)?),
        "contribution" => contribution(figure(0)?, figure(1)?, figure(2)?),
        _ => {
            let years = years()?;
            cagr(figure(0)?, figure(1)?, years)
        }
    }
}

/// Row `i` of a `years` column as the scalar `cagr` takes it: a whole number (its range is
/// `cagr`'s to check).
fn years_of(years: &crate::columns::Column, i: usize) -> crate::Result<u32> {
    let value = years.decimal(i)?;
    let whole = value
        .fract()
        .is_zero()
        .then(|| u32::try_from(value.trunc().mantissa() / 10i128.pow(value.trunc().scale())).ok())
        .flatten();
    whole.ok_or_else(|| Error::invalid("number of years", value.to_string(), "not a whole number of years"))
}

/// The tables [`check_panel_csv`] reads when its input has no `\0` in it: the input is then
/// the rows of an `observations` table after this header, against this catalogue.
const PANEL_INDICATORS: &str = "id,name_vi,name_en,unit,measure,polarity,identity,national_total_of\n\
    exports,X,Exports,million USD,flow,higher_is_better,,\n\
    imports,N,Imports,million USD,flow,lower_is_better,,\n\
    balance,C,Balance,million USD,flow,higher_is_better,\"difference:exports,imports\",\n";
const PANEL_HEADER: &str = "region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,unit,\
    source_title,source_outlet,source_author,source_published,row_id,last_digit,growth_last_digit\n";

/// Reads bytes as the long CSV tables of a panel, and checks that reading never panics and
/// that a panel that loads is written to CSV that reads back into the same panel (the same
/// rows, bad rows and all, in the collecting mode). With `\0` in the input, its parts are the
/// tables `indicators`, `observations`, `targets` and `regions`; without, the input is rows of
/// observations of a fixed catalogue.
///
/// # Panics
///
/// When a property fails, with the tables in the message.
///
/// # Example
///
/// ```
/// chiso::fuzzing::check_panel_csv(b"VN-57,exports,2024,36000.50,,10.0,,E,2025-01-05,,,,,,,3,,\n");
/// ```
pub fn check_panel_csv(data: &[u8]) {
    use crate::panel::{LongCsv, OnBadRow};
    use crate::Panel;
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parts: Vec<&str> = text.split('\0').collect();
    let observations;
    let tables = match parts[..] {
        [rows] => {
            observations = format!("{PANEL_HEADER}{rows}");
            LongCsv { indicators: PANEL_INDICATORS, observations: &[], targets: None, regions: None }
        }
        [indicators, ref rest @ ..] => {
            observations = rest.first().copied().unwrap_or_default().to_string();
            LongCsv { indicators, observations: &[], targets: rest.get(1).copied(), regions: rest.get(2).copied() }
        }
        [] => return,
    };
    let tables = LongCsv { observations: &[&observations], ..tables };
    let Ok((panel, _)) = Panel::from_csv(tables, OnBadRow::Collect) else {
        return;
    };
    let out = panel.to_csv();
    let again = LongCsv {
        indicators: &out.indicators,
        observations: &[&out.observations],
        targets: Some(&out.targets),
        regions: Some(&out.regions),
    };
    let reread = match Panel::from_csv(again, OnBadRow::Raise) {
        Ok((reread, _)) => reread,
        Err(err) => panic!("the CSV a panel writes does not read back: {err}\n{out:#?}"),
    };
    let rows =
        |p: &Panel| p.observations().map(|r| (r.row_id, r.region.clone(), r.observation.clone())).collect::<Vec<_>>();
    assert_eq!(rows(&reread), rows(&panel), "the observations differ after a round trip through\n{out:#?}");
    let targets = |p: &Panel| p.targets().map(|(m, t)| (m.clone(), t.clone())).collect::<Vec<_>>();
    assert_eq!(targets(&reread), targets(&panel), "the targets differ after a round trip through\n{out:#?}");
    assert_eq!(reread.catalogue().indicators(), panel.catalogue().indicators(), "the catalogues differ");
    assert_eq!(reread.regions(), panel.regions(), "the regions differ after a round trip through\n{out:#?}");
    assert_eq!(reread.to_csv(), out, "writing the panel read back gives other CSV");
}
