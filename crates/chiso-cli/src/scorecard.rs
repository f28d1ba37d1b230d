//! `chiso scorecard`: the report's scorecard as a table, JSON or CSV.

use chiso::{format_condition, format_estimate, format_growth, format_quantity, Assessment, Lang, Report, Spec};
use rust_decimal::RoundingStrategy;

use crate::table::{aligned, csv_record};
use crate::{Failure, Format};

pub fn render(report: &Report, lang: Lang, format: Format) -> Result<String, Failure> {
    let card = report.scorecard()?;
    Ok(match format {
        Format::Table => table(report, &card, lang),
        Format::Json => json(report, &card),
        Format::Csv => csv(&card),
    })
}

fn table(report: &Report, card: &chiso::Scorecard, lang: Lang) -> String {
    let words = match lang {
        Lang::Vi => {
            ["Chỉ tiêu", "Kỳ", "Số liệu", "Tăng trưởng", "Kỳ trước (suy ra)", "Mục tiêu", "Cần đạt", "Đánh giá"]
        }
        Lang::En => {
            ["Indicator", "Period", "Value", "Growth", "Implied previous year", "Target", "Requires", "Verdict"]
        }
    };
    let mut out = format!("{} — {}\n", report.region().name.get(lang), report.publisher().get(lang));
    if let Some(source) = report.source() {
        out.push_str(&format!("{}\n", source.title));
    }
    let dash = || "—".to_string();
    let header = |range: std::ops::Range<usize>| words[range].iter().map(|w| w.to_string()).collect::<Vec<_>>();
    let mut figures = Vec::new();
    let mut targets = Vec::new();
    for row in card.rows() {
        let name = row.indicator().name().get(lang).to_string();
        if row.period().is_some() {
            figures.push(vec![
                name.clone(),
                row.period().map_or_else(dash, |p| p.to_string()),
                row.value().map_or_else(dash, |q| format_quantity(q, lang)),
                row.growth().map_or_else(dash, |g| format_growth(g, lang)),
                match (row.implied_previous(), row.implied_previous_error()) {
                    (Some(e), _) => format_estimate(e, lang, 2),
                    (None, Some(error)) => format!("— ({error})"),
                    (None, None) => dash(),
                },
            ]);
        }
        for assessment in row.assessments() {
            targets.push(vec![
                name.clone(),
                assessment.period().to_string(),
                describe(assessment.spec(), row.indicator().unit(), lang),
                requirement(assessment, lang).unwrap_or_else(dash),
                assessment.verdict().label(lang).to_string(),
            ]);
        }
        // A target whose check failed keeps its line, with the error where the verdict goes.
        for failure in row.failures() {
            let error = match lang {
                Lang::Vi => "lỗi",
                Lang::En => "error",
            };
            targets.push(vec![
                name.clone(),
                failure.period().to_string(),
                describe(failure.spec(), row.indicator().unit(), lang),
                dash(),
                format!("{error}: {}", failure.error()),
            ]);
        }
    }
    out.push('\n');
    out.push_str(&aligned(&[header(0..2), header(2..5)].concat(), &figures));
    if !targets.is_empty() {
        out.push('\n');
        let target_header = [vec![words[0].to_string(), words[1].to_string()], header(5..8)].concat();
        out.push_str(&aligned(&target_header, &targets));
    }
    out
}

/// `growth 13–14%`, `tăng ít nhất 9,7%`, `level at least 99.99%`.
fn describe(spec: Spec, unit: &chiso::Unit, lang: Lang) -> String {
    let (kind, unit) = match (spec, lang) {
        (Spec::Growth(_), Lang::Vi) => ("tăng", chiso::Unit::percent()),
        (Spec::Growth(_), Lang::En) => ("growth", chiso::Unit::percent()),
        (Spec::Level(_), Lang::Vi) => ("đạt", unit.clone()),
        (Spec::Level(_), Lang::En) => ("level", unit.clone()),
    };
    format!("{kind} {}", format_condition(&spec.condition(), Some(&unit), lang))
}

/// The level a growth target requires: a point with its interval, or the two ends of a range.
fn requirement(assessment: &Assessment, lang: Lang) -> Option<String> {
    if !assessment.spec().is_growth() {
        return None;
    }
    let low = assessment.required()?;
    Some(match assessment.required_upper() {
        Some(high) => {
            let shown =
                |e: &chiso::Estimate| e.value().round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
            let ends = chiso::Condition::Between(shown(low), shown(high));
            format_condition(&ends, low.unit(), lang)
        }
        None => format_estimate(low, lang, 2),
    })
}

fn json(report: &Report, card: &chiso::Scorecard) -> String {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        region: &'a chiso::Region,
        publisher: &'a chiso::Names,
        scorecard: &'a chiso::Scorecard,
    }
    let document = Document { region: report.region(), publisher: report.publisher(), scorecard: card };
    serde_json::to_string_pretty(&document).map(|s| s + "\n").unwrap_or_default()
}

fn csv(card: &chiso::Scorecard) -> String {
    let mut out = csv_record(&chiso::ScorecardLine::COLUMNS.map(String::from));
    for line in card.lines() {
        out.push_str(&csv_record(&line.cells().map(|cell| match cell {
            chiso::Cell::Text(text) => text.to_string(),
            chiso::Cell::Number(number) => number.to_string(),
            chiso::Cell::Empty => String::new(),
        })));
    }
    out
}
