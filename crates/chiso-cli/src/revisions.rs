//! `chiso revisions`: how each figure with several vintages was revised, as a table, CSV or
//! JSON.

use chiso::{format_growth, format_quantity, Lang, ReasonField, Report, Revision, Vintage};

use crate::table::{csv_record, fitted, paragraph, Layout};
use crate::{Failure, Format};

/// The report's revisions: a table in `lang` laid out as `layout` says, followed by one
/// sentence per revision; CSV with the columns of [`Revision::COLUMNS`] (numbers with a decimal
/// point, as a spreadsheet reads them); or JSON, the same in every language.
pub fn render(report: &Report, lang: Lang, format: Format, layout: Layout) -> Result<String, Failure> {
    let revisions = report.revisions()?;
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&revisions).map(|s| s + "\n").unwrap_or_default(),
        Format::Csv => {
            let header: Vec<String> = Revision::COLUMNS.iter().map(|c| c.to_string()).collect();
            let mut out = csv_record(&header);
            for revision in &revisions {
                let cells: Vec<String> = revision.fields().into_iter().map(|(_, f)| cell(f)).collect();
                out.push_str(&csv_record(&cells));
            }
            out
        }
        Format::Table if revisions.is_empty() => revisions.render(lang),
        Format::Table => {
            let words = match lang {
                Lang::Vi => ["Chỉ tiêu", "Kỳ", "Số trước", "Số sau", "Điều chỉnh", "Làm tròn?", "Đánh giá"],
                Lang::En => ["Indicator", "Period", "Earlier", "Later", "Revision", "Rounding?", "Verdicts"],
            };
            let header: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            let rows: Vec<Vec<String>> = revisions.iter().map(|r| row(r, lang)).collect();
            let mut out = fitted(&header, &rows, layout, &[6, 5], lang);
            out.push('\n');
            for revision in &revisions {
                out.push_str(&paragraph(&revision.render(lang), layout));
            }
            out
        }
    })
}

fn cell(field: ReasonField) -> String {
    match field {
        ReasonField::Text(t) => t,
        ReasonField::Number(d) => d.to_string(),
        ReasonField::Flag(b) => b.to_string(),
        ReasonField::Texts(list) => list.join("; "),
        _ => String::new(),
    }
}

/// A vintage in a table cell: its figures, status and date.
fn vintage(v: &Vintage, lang: Lang) -> String {
    let mut parts: Vec<String> = v.level.iter().map(|q| format_quantity(q, lang)).collect();
    parts.extend(v.growth.iter().map(|g| format_growth(g, lang)));
    parts.extend(v.status.map(|s| s.code().to_string()));
    parts.push(v.as_of.map_or_else(|| "—".to_string(), |d| d.to_string()));
    parts.join(", ")
}

fn row(r: &Revision, lang: Lang) -> Vec<String> {
    // As many places as the revision has, two at least and six at most: 0.0002 stays visible.
    let number = |e: &chiso::Estimate| chiso::format_estimate(e, lang, e.value().scale().clamp(2, 6));
    let mut size = Vec::new();
    if let Some(level) = r.level_pp().or(r.level()) {
        size.push(number(level));
    }
    if let Some(growth) = r.growth_pp() {
        size.push(number(growth));
    }
    let overlap = |o: Option<bool>| match (o, lang) {
        (Some(true), Lang::En) => Some("yes"),
        (Some(false), Lang::En) => Some("no"),
        (Some(true), Lang::Vi) => Some("có"),
        (Some(false), Lang::Vi) => Some("không"),
        (None, _) => None,
    };
    let rounding: Vec<&str> =
        [overlap(r.level_bounds_overlap()), overlap(r.growth_bounds_overlap())].into_iter().flatten().collect();
    let verdicts: Vec<String> = r
        .verdict_changes()
        .iter()
        .map(|c| format!("{}: {} → {}", c.period, c.before.label(lang), c.after.label(lang)))
        .collect();
    let dash = |v: Vec<String>| if v.is_empty() { "—".to_string() } else { v.join("; ") };
    vec![
        r.name().get(lang).to_string(),
        r.period().to_string(),
        vintage(r.earlier(), lang),
        vintage(r.later(), lang),
        dash(size),
        dash(rounding.iter().map(|s| s.to_string()).collect()),
        dash(verdicts),
    ]
}
