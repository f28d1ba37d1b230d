//! `chiso growths`: every growth a report prints or its levels allow, labelled with what it is
//! against (year on year, month or quarter on the one before, annualised).

use chiso::{format_estimate, Lang, Report};

use crate::table::{csv_record, fitted, Layout};
use crate::Format;

/// The labelled growths of `report`: a table laid out as `layout` says, JSON (codes and
/// decimals as strings, the same in every language), or CSV in `lang`.
pub fn render(report: &Report, lang: Lang, format: Format, layout: Layout) -> String {
    let growths = report.growths();
    let name = |id: &str| report.indicator(id).map_or(id.to_string(), |i| i.name().get(lang).to_string());
    let printed = |yes: bool| match (yes, lang) {
        (true, Lang::Vi) => "công bố",
        (true, Lang::En) => "printed",
        (false, Lang::Vi) => "tính từ số liệu",
        (false, Lang::En) => "from levels",
    };
    match format {
        Format::Json => {
            let lines: Vec<_> = growths
                .iter()
                .map(|g| {
                    serde_json::json!({
                        "indicator": g.indicator(),
                        "period": g.period().to_string(),
                        "against": g.against().to_string(),
                        "compared_with": g.comparison().name(),
                        "annualised": g.is_annualised(),
                        "printed": g.is_printed(),
                        "growth": g.growth().value().to_string(),
                        "low": g.growth().low().map(|d| d.to_string()),
                        "high": g.growth().high().map(|d| d.to_string()),
                    })
                })
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({ "growths": lines })).map(|s| s + "\n").unwrap_or_default()
        }
        Format::Csv => {
            let mut out = csv_record(&chiso::LabelledGrowth::COLUMNS.map(str::to_string));
            for g in &growths {
                let text = |d: Option<rust_decimal::Decimal>| d.map_or_else(String::new, |d| d.to_string());
                out.push_str(&csv_record(&[
                    g.indicator().to_string(),
                    g.period().to_string(),
                    g.against().to_string(),
                    g.comparison().name().to_string(),
                    g.is_annualised().to_string(),
                    g.is_printed().to_string(),
                    g.label(lang),
                    g.growth().value().to_string(),
                    text(g.growth().low()),
                    text(g.growth().high()),
                ]));
            }
            out
        }
        Format::Table => {
            let header = match lang {
                Lang::Vi => ["Chỉ tiêu", "Kỳ", "So với kỳ", "Loại", "Tăng trưởng", "Nguồn"],
                Lang::En => ["Indicator", "Period", "Against", "Kind", "Growth", "Source"],
            }
            .map(str::to_string);
            let rows: Vec<Vec<String>> = growths
                .iter()
                .map(|g| {
                    vec![
                        name(g.indicator()),
                        g.period().to_string(),
                        g.against().to_string(),
                        g.label(lang),
                        format_estimate(g.growth(), lang, 2),
                        printed(g.is_printed()).to_string(),
                    ]
                })
                .collect();
            if rows.is_empty() {
                return match lang {
                    Lang::Vi => "Báo cáo không có tăng trưởng nào, công bố hay tính được từ số liệu.\n".into(),
                    Lang::En => "The report has no growth, printed or computable from its levels.\n".into(),
                };
            }
            fitted(&header, &rows, layout, &[2, 5], lang)
        }
    }
}
