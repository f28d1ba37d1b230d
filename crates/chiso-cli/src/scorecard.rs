//! `chiso scorecard`: the report's scorecard as a table, JSON or CSV.

use chiso::{format_condition, format_estimate, format_growth, format_quantity, Assessment, Lang, Panel, Report};
use rust_decimal::RoundingStrategy;

use crate::table::{csv_record, fitted, paragraph, Layout};
use crate::{Failure, Format};

/// The report's scorecard: a table laid out as `layout` says, JSON (the same in every
/// language), or CSV in `lang`.
pub fn render(report: &Report, lang: Lang, format: Format, layout: Layout) -> Result<String, Failure> {
    let card = report.scorecard()?;
    Ok(match format {
        Format::Table => table(report, &card, lang, layout),
        Format::Json => json(report, &card),
        Format::Csv => csv_header(false, lang) + &csv_lines(&card, None, lang),
    })
}

/// One scorecard per region, each of the region's own report: tables one after the other, JSON
/// with one document per region, or CSV with the region in the first column.
pub fn render_panel(panel: &Panel, lang: Lang, format: Format, layout: Layout) -> Result<String, Failure> {
    let mut cards = Vec::with_capacity(panel.regions().len());
    for meta in panel.regions() {
        let report = panel.report(&meta.region.id)?;
        let card = report.scorecard()?;
        cards.push((report, card));
    }
    Ok(match format {
        Format::Table => {
            cards.iter().map(|(report, card)| table(report, card, lang, layout)).collect::<Vec<_>>().join("\n")
        }
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Panel<'a> {
                regions: Vec<Document<'a>>,
            }
            let regions = cards.iter().map(|(report, card)| Document::new(report, card)).collect();
            serde_json::to_string_pretty(&Panel { regions }).map(|s| s + "\n").unwrap_or_default()
        }
        Format::Csv => {
            let mut out = csv_header(true, lang);
            for (report, card) in &cards {
                out.push_str(&csv_lines(card, Some(&report.region().id), lang));
            }
            out
        }
    })
}

/// The figures, then the targets, each table fitted to `layout`: to fit, the figures' implied
/// previous year goes first, then their growth; the targets' required level.
fn table(report: &Report, card: &chiso::Scorecard, lang: Lang, layout: Layout) -> String {
    let words = match lang {
        Lang::Vi => {
            ["Chỉ tiêu", "Kỳ", "Số liệu", "Tăng trưởng", "Kỳ trước (suy ra)", "Mục tiêu", "Cần đạt", "Đánh giá"]
        }
        Lang::En => {
            ["Indicator", "Period", "Value", "Growth", "Implied previous year", "Target", "Requires", "Verdict"]
        }
    };
    let publisher = report.publisher().get(lang);
    let mut out = match publisher {
        "" => paragraph(report.region().name.get(lang), layout),
        _ => paragraph(&format!("{} — {publisher}", report.region().name.get(lang)), layout),
    };
    if let Some(source) = report.source() {
        out.push_str(&paragraph(&source.title, layout));
    }
    let dash = || "—".to_string();
    let header = |range: std::ops::Range<usize>| words[range].iter().map(|w| w.to_string()).collect::<Vec<_>>();
    let mut figures = Vec::new();
    let mut targets = Vec::new();
    let mut rest_of_year = Vec::new();
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
                assessment.spec().describe(row.indicator().unit(), lang),
                requirement(assessment, lang).unwrap_or_else(dash),
                assessment.verdict().label(lang).to_string(),
            ]);
            if let Some(rest) = assessment.required_rest_of_year() {
                rest_of_year.push(format!("{name} {}: {}", assessment.period(), rest.describe(lang)));
            }
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
                failure.spec().describe(row.indicator().unit(), lang),
                dash(),
                format!("{error}: {}", failure.error()),
            ]);
        }
    }
    out.push('\n');
    out.push_str(&fitted(&[header(0..2), header(2..5)].concat(), &figures, layout, &[4, 3], lang));
    if !targets.is_empty() {
        out.push('\n');
        let target_header = [vec![words[0].to_string(), words[1].to_string()], header(5..8)].concat();
        out.push_str(&fitted(&target_header, &targets, layout, &[3], lang));
    }
    // What the rest of the year needs, a paragraph per target tracked by a year to date.
    if !rest_of_year.is_empty() {
        out.push('\n');
        for line in &rest_of_year {
            out.push_str(&paragraph(line, layout));
        }
    }
    out
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

/// A report's scorecard, with whose it is.
#[derive(serde::Serialize)]
struct Document<'a> {
    region: &'a chiso::Region,
    publisher: &'a chiso::Names,
    scorecard: &'a chiso::Scorecard,
}

impl<'a> Document<'a> {
    fn new(report: &'a Report, scorecard: &'a chiso::Scorecard) -> Document<'a> {
        Document { region: report.region(), publisher: report.publisher(), scorecard }
    }
}

fn json(report: &Report, card: &chiso::Scorecard) -> String {
    serde_json::to_string_pretty(&Document::new(report, card)).map(|s| s + "\n").unwrap_or_default()
}

/// The CSV headers in Vietnamese, in the order of [`chiso::ScorecardLine::COLUMNS`].
const COLUMNS_VI: [&str; 27] = [
    "mã chỉ tiêu",
    "tên chỉ tiêu",
    "tên tiếng Anh",
    "đơn vị",
    "kỳ",
    "số liệu",
    "cách đọc số liệu",
    "tăng trưởng (%)",
    "cách đọc tăng trưởng",
    "tình trạng số liệu",
    "kỳ trước (suy ra)",
    "kỳ trước, cận dưới",
    "kỳ trước, cận trên",
    "lý do không suy ra kỳ trước",
    "kỳ mục tiêu",
    "mục tiêu",
    "cần đạt",
    "cần đạt, cận trên",
    "đánh giá",
    "chênh lệch (điểm %)",
    "lý do",
    "lỗi",
    "các tháng còn lại",
    "các tháng còn lại cần tăng (%)",
    "các tháng còn lại cần tăng, cận trên (%)",
    "tiến độ",
    "chỉ số tiến độ",
];

/// Where a CSV column of the scorecard is, by its English name.
fn column(name: &str) -> usize {
    // OK because every name asked for is one of the core's columns (the tests print each).
    chiso::ScorecardLine::COLUMNS.iter().position(|c| *c == name).expect("a scorecard column")
}

/// The scorecard's CSV columns, after a region column for a panel: the core's names in
/// English, words in Vietnamese.
fn csv_header(panel: bool, lang: Lang) -> String {
    let (region, columns) = match lang {
        Lang::En => ("region", chiso::ScorecardLine::COLUMNS),
        Lang::Vi => ("địa phương", COLUMNS_VI),
    };
    let region = panel.then_some(region);
    csv_record(&region.into_iter().chain(columns).map(String::from).collect::<Vec<_>>())
}

/// The scorecard's lines, numbers as the core writes them (with a decimal point in either
/// language, for spreadsheets and data frames). In Vietnamese the target, the verdict and the
/// reason are said in Vietnamese; codes (bound, status, indicator) stay as they are.
fn csv_lines(card: &chiso::Scorecard, region: Option<&str>, lang: Lang) -> String {
    // What each of the core's lines stands for, in the core's order: a row's figures alone, or
    // each of its assessments, then each of its failed targets.
    let sources = card.rows().iter().flat_map(|row| {
        let unit = row.indicator().unit();
        let assessed = row.assessments().iter().map(move |a| (Some(a.spec().describe(unit, lang)), Some(a)));
        let failed = row.failures().iter().map(move |f| (Some(f.spec().describe(unit, lang)), None));
        let alone = (row.assessments().is_empty() && row.failures().is_empty()).then_some((None, None));
        alone.into_iter().chain(assessed).chain(failed)
    });
    let (target, verdict, reason) = (column("target"), column("verdict"), column("reason"));
    let rest_of_year = column("rest_of_year");
    let mut out = String::new();
    for (line, (described, assessment)) in card.lines().iter().zip(sources) {
        let mut cells: Vec<String> = line
            .cells()
            .iter()
            .map(|cell| match cell {
                chiso::Cell::Text(text) => text.to_string(),
                chiso::Cell::Number(number) => number.to_string(),
                chiso::Cell::Empty => String::new(),
            })
            .collect();
        if lang == Lang::Vi {
            if let Some(described) = described {
                cells[target] = described;
            }
            if let Some(assessment) = assessment {
                cells[verdict] = assessment.verdict().label(lang).to_string();
                cells[reason] = assessment.reason_in(lang);
                if let Some(rest) = assessment.required_rest_of_year() {
                    cells[rest_of_year] = rest.describe(lang);
                }
            }
        }
        out.push_str(&csv_record(&region.map(str::to_string).into_iter().chain(cells).collect::<Vec<_>>()));
    }
    out
}
