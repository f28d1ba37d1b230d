//! How much of a report a person wrote a draft reproduces: the rows of both, written down as
//! the comparison sees them, and the share of the person's rows found in the draft; on the
//! embedded source report and on the press paragraphs of `tests/fixtures/press/`. Shared by
//! `tests/draft_press.rs` and `examples/draft_match_rate.rs` (through `#[path]`), so that the
//! rate the test asserts is the rate the example prints.
//!
//! Rows are read from the `chiso.report/2` JSON of a report (or of a fixture's expected rows, in
//! the same shape), so the comparison depends on the format only, not on how a draft is built.
//!
//! - An observation matches when its indicator, period, value (with its last digit), bound,
//!   growth, growth bound, what the growth is against, plan completion and status all match. A value or growth without a bound is
//!   `as_printed`, a row without a status is `A`, as the format reads them.
//! - A target matches when its indicator, period, baseline and condition all match.
//!
//! The quote, `as_of` and offsets are not compared: they say where a row came from, not what
//! it claims.

use std::fmt;

use chiso::{Draft, DraftOptions, Lang, Period, Report};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;

/// One row as the comparison sees it, written out in full so that a failure reads as the row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Row(String);

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A field of a JSON object as text: strings as they are, other values as JSON, absent as `-`.
fn field(object: &Value, key: &str) -> String {
    match object.get(key) {
        None | Some(Value::Null) => "-".to_string(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// A period written the one way `Period` prints it, so `2025-H1` and `2025-YTD06` agree.
fn period(object: &Value, key: &str) -> String {
    let text = field(object, key);
    text.parse::<Period>().map_or(text, |p| p.to_string())
}

/// A figure with its bound (`as_printed` unless given) and, when rescaled, its last digit.
fn figure(object: &Value, value: &str, bound: &str, last_digit: &str) -> String {
    match object.get(value) {
        None | Some(Value::Null) => "-".to_string(),
        Some(_) => {
            let bound = object.get(bound).map_or("as_printed".to_string(), |_| field(object, bound));
            let digit = object
                .get(last_digit)
                .map_or(String::new(), |_| format!(" (last digit 10^{})", field(object, last_digit)));
            format!("{}{digit} {bound}", field(object, value))
        }
    }
}

/// The row of an observation object of `chiso.report/2`.
pub fn observation_row(o: &Value) -> Row {
    let status = o.get("status").map_or("A".to_string(), |_| field(o, "status"));
    // A growth is against the same period unless `compared_with` says otherwise.
    let against = o.get("compared_with").map_or(String::new(), |_| format!(" against {}", field(o, "compared_with")));
    let plan = match o.get("plan_completion") {
        None => String::new(),
        Some(_) => format!(
            ", plan completion {}",
            figure(o, "plan_completion", "plan_completion_bound", "plan_completion_last_digit")
        ),
    };
    Row(format!(
        "observation {} {}: value {}, growth {}{against}{plan}, status {status}",
        field(o, "indicator"),
        period(o, "period"),
        figure(o, "value", "bound", "last_digit"),
        figure(o, "growth", "growth_bound", "growth_last_digit"),
    ))
}

/// The row of a target object of `chiso.report/2`.
pub fn target_row(t: &Value) -> Row {
    let condition = match (t.get("growth"), t.get("level"), t.get("average_growth")) {
        (Some(growth), _, _) => format!("growth {growth}"),
        (None, Some(level), _) => format!("level {level}"),
        (None, None, Some(average)) => format!("average growth {average} over {}", t["span"]),
        (None, None, None) => "no condition".to_string(),
    };
    Row(format!(
        "target {} {} (baseline {}): {condition}",
        field(t, "indicator"),
        period(t, "period"),
        period(t, "baseline")
    ))
}

/// Every row of a JSON object with `observations` and `targets` arrays (a report, or a fixture's
/// expected draft), observations first.
pub fn rows(json: &Value) -> Vec<Row> {
    let list = |key: &str| json.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    let observations = list("observations");
    let targets = list("targets");
    observations.iter().map(observation_row).chain(targets.iter().map(target_row)).collect()
}

/// Every row of a report.
pub fn report_rows(report: &Report) -> Vec<Row> {
    let json: Value = serde_json::from_str(&report.to_json()).expect("a report writes JSON that reads back");
    rows(&json)
}

/// The result of comparing a draft's rows with the rows a person wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchRate {
    /// The person's rows the draft reproduces.
    pub matched: usize,
    /// The person's rows.
    pub total: usize,
    /// The person's rows the draft does not reproduce.
    pub missed: Vec<Row>,
    /// The draft's rows that are not among the person's.
    pub extra: Vec<Row>,
}

impl MatchRate {
    /// Compares `drafted` with `expected`, each row used at most once (two equal expected rows
    /// need two equal drafted rows).
    pub fn of(drafted: &[Row], expected: &[Row]) -> MatchRate {
        let mut unused: Vec<Row> = drafted.to_vec();
        let mut missed = Vec::new();
        for row in expected {
            match unused.iter().position(|d| d == row) {
                Some(at) => {
                    unused.remove(at);
                }
                None => missed.push(row.clone()),
            }
        }
        MatchRate { matched: expected.len() - missed.len(), total: expected.len(), missed, extra: unused }
    }

    /// The share matched, in percent, rounded half-even to one decimal place (exact integer
    /// arithmetic; no floats).
    pub fn percent(&self) -> Decimal {
        if self.total == 0 {
            return Decimal::ONE_HUNDRED;
        }
        (Decimal::from(self.matched) * Decimal::ONE_HUNDRED / Decimal::from(self.total)).round_dp(1)
    }

    /// Whether at least `numerator / denominator` of the rows match, compared in integers.
    pub fn at_least(&self, numerator: usize, denominator: usize) -> bool {
        self.matched * denominator >= numerator * self.total
    }
}

impl fmt::Display for MatchRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} of {} rows match ({}%)", self.matched, self.total, self.percent())?;
        for row in &self.missed {
            writeln!(f, "  missed: {row}")?;
        }
        for row in &self.extra {
            writeln!(f, "  extra:  {row}")?;
        }
        Ok(())
    }
}

/// The draft of the embedded source text (`data/sources/binh_duong_2024.txt`) against the
/// embedded report made from it by hand (`data/binh_duong_2024.json`), drafted as a reader
/// would: in Vietnamese, published on the date the article gives.
pub fn binh_duong_source() -> MatchRate {
    let text = include_str!("../../data/sources/binh_duong_2024.txt");
    let options = chiso::DraftOptions::new(chiso::Lang::Vi);
    let draft = chiso::draft(text, &options).expect("the source text drafts");
    MatchRate::of(&report_rows(draft.report()), &report_rows(&chiso::datasets::binh_duong_2024()))
}

macro_rules! press {
    ($($name:literal),* $(,)?) => {
        /// The press paragraphs: name, text and expected draft (`NAME.expected.json`).
        pub const PRESS: &[(&str, &str, &str)] = &[
            $((
                $name,
                include_str!(concat!("../fixtures/press/", $name, ".txt")),
                include_str!(concat!("../fixtures/press/", $name, ".expected.json")),
            )),*
        ];
    };
}

press!("en_1", "en_2", "en_3", "en_4", "en_5", "vi_1", "vi_2", "vi_3", "vi_4", "vi_5");

/// Drafts a press paragraph in the language and with the publication date its expected draft
/// names.
pub fn draft_as_expected(text: &str, expected: &Value) -> chiso::Result<Draft> {
    let lang: Lang = expected["lang"].as_str().expect("a lang").parse().expect("vi or en");
    let as_of: NaiveDate = expected["as_of"].as_str().expect("an as_of").parse().expect("a date");
    chiso::draft(text, &DraftOptions::new(lang).with_as_of(as_of))
}

/// The rows of each press paragraph's draft against its expected rows, by name.
pub fn press() -> Vec<(&'static str, MatchRate)> {
    PRESS
        .iter()
        .map(|&(name, text, expected)| {
            let expected: Value = serde_json::from_str(expected).expect("a fixture reads");
            let drafted = draft_as_expected(text, &expected).map(|d| report_rows(d.report())).unwrap_or_default();
            (name, MatchRate::of(&drafted, &rows(&expected)))
        })
        .collect()
}
