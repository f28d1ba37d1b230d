//! `chiso check`: a valid report's or panel's consistency: findings, and the relations it could
//! not check.

use chiso::{Consistency, Figures, Lang, Panel, Report};

use crate::plural;
use crate::table::csv_record;
use crate::CheckFormat;

/// The report's consistency as text or CSV in `lang`, or JSON (the same in every language), and
/// how many findings it has.
pub fn render(report: &Report, lang: Lang, format: CheckFormat) -> (String, usize) {
    let consistency = report.consistency();
    let findings = consistency.findings().len();
    let output = match format {
        CheckFormat::Json => {
            #[derive(serde::Serialize)]
            struct Document<'a> {
                valid: bool,
                agreeing: usize,
                findings: &'a [chiso::Finding],
                unchecked: &'a [chiso::UncheckedRelation],
            }
            let document = Document {
                valid: true,
                agreeing: consistency.agreeing(),
                findings: consistency.findings(),
                unchecked: consistency.unchecked(),
            };
            serde_json::to_string_pretty(&document).map(|s| s + "\n").unwrap_or_default()
        }
        CheckFormat::Text => {
            let counts = counts(lang, report.indicators().len(), report.observations().len(), report.targets().len());
            text(&counts, &consistency, lang) + &rest_of_year(report, lang)
        }
        CheckFormat::Csv => csv(&[(report.region().id.clone(), consistency)], lang),
    };
    (output, findings)
}

/// Every region's consistency, region by region, and how many findings there are in all.
pub fn render_panel(panel: &Panel, lang: Lang, format: CheckFormat) -> (String, usize) {
    let consistency = panel.check();
    let findings = consistency.findings().count();
    let output = match format {
        CheckFormat::Json => {
            #[derive(serde::Serialize)]
            struct Region<'a> {
                region: &'a str,
                #[serde(flatten)]
                consistency: &'a Consistency,
            }
            #[derive(serde::Serialize)]
            struct Document<'a> {
                valid: bool,
                agreeing: usize,
                findings: usize,
                unchecked: usize,
                regions: Vec<Region<'a>>,
            }
            let document = Document {
                valid: true,
                agreeing: consistency.agreeing(),
                findings,
                unchecked: consistency.unchecked().count(),
                regions: consistency
                    .regions()
                    .iter()
                    .map(|(region, consistency)| Region { region, consistency })
                    .collect(),
            };
            serde_json::to_string_pretty(&document).map(|s| s + "\n").unwrap_or_default()
        }
        CheckFormat::Csv => csv(consistency.regions(), lang),
        CheckFormat::Text => {
            let mut observations = vec![0usize; panel.regions().len()];
            let position: std::collections::HashMap<&str, usize> =
                panel.regions().iter().enumerate().map(|(i, meta)| (meta.region.id.as_str(), i)).collect();
            for row in panel.observations() {
                observations[position[row.region.region.id.as_str()]] += 1;
            }
            let mut targets = vec![0usize; panel.regions().len()];
            for (meta, _) in panel.targets() {
                targets[position[meta.region.id.as_str()]] += 1;
            }
            let catalogue = counts(lang, panel.catalogue().len(), panel.len(), panel.targets().len());
            let unchecked = consistency.unchecked().count();
            let successions = panel.successions();
            let successions_found = successions.as_deref().unwrap_or_default();
            let mut out = match lang {
                Lang::Vi => format!(
                    "bảng số liệu: {} địa phương, {catalogue}; {findings} điểm cần xem lại, {unchecked} không kiểm tra được\n",
                    panel.regions().len(),
                ),
                Lang::En => format!(
                    "panel: {}, {catalogue}; {}, {unchecked} could not be checked\n",
                    plural(panel.regions().len(), "region"),
                    plural(findings, "finding"),
                ),
            };
            for ((id, region), meta) in consistency.regions().iter().zip(panel.regions()) {
                let (observations, targets) = (observations[position[id.as_str()]], targets[position[id.as_str()]]);
                let counts = match lang {
                    Lang::Vi => format!("{observations} số liệu, {targets} mục tiêu"),
                    Lang::En => format!("{}, {}", plural(observations, "observation"), plural(targets, "target")),
                };
                out.push_str(&format!("\n{id} ({}): ", meta.region.name.get(lang)));
                out.push_str(&text(&counts, region, lang));
                if let Ok(report) = panel.report(id) {
                    out.push_str(&rest_of_year(&report, lang));
                }
                if let Some(succession) = successions_found.iter().find(|s| &s.region == id) {
                    out.push_str(&successor_line(panel, succession, lang));
                }
            }
            if let Err(err) = &successions {
                out.push_str(&format!("\n{err}\n"));
            }
            out
        }
    };
    (output, findings)
}

/// A line saying that a region ended and which region of the panel took it over, whose
/// figures `Panel.successors` (Python) sets beside the region's.
fn successor_line(panel: &Panel, succession: &chiso::Succession, lang: Lang) -> String {
    let name = |id: &str| {
        let name = panel.figures(id).and_then(|f| f.region().map(|r| r.name.get(lang).to_string()));
        format!("{} ({id})", name.unwrap_or_default())
    };
    let (region, successor) = (name(&succession.region), name(&succession.successor));
    match lang {
        Lang::En => format!(
            "{region} ceased to exist on {}; its successor, {successor}, is in this panel\n",
            succession.ended.format("%-d %B %Y")
        ),
        Lang::Vi => format!(
            "{region} không còn là đơn vị hành chính từ ngày {}; đơn vị kế thừa, {successor}, có trong bảng số liệu\n",
            succession.ended.format("%-d/%-m/%Y")
        ),
    }
}

/// How many indicators, observations and targets were read.
fn counts(lang: Lang, indicators: usize, observations: usize, targets: usize) -> String {
    match lang {
        Lang::Vi => format!("{indicators} chỉ tiêu, {observations} số liệu, {targets} mục tiêu"),
        Lang::En => format!(
            "{}, {}, {}",
            plural(indicators, "indicator"),
            plural(observations, "observation"),
            plural(targets, "target")
        ),
    }
}

/// The CSV headers in Vietnamese, in the order of the English ones.
const COLUMNS_VI: [&str; 14] = [
    "địa phương",
    "kết quả",
    "loại",
    "chỉ tiêu",
    "kỳ",
    "số công bố",
    "số công bố, cận dưới",
    "số công bố, cận trên",
    "số suy ra",
    "số suy ra, cận dưới",
    "số suy ra, cận trên",
    "chênh lệch",
    "đơn vị",
    "nội dung",
];

/// One line per finding and per relation that could not be checked, with its region: headers
/// and messages in `lang`; codes (outcome, kind, indicators) and numbers (with a decimal point)
/// the same in every language.
fn csv(regions: &[(String, Consistency)], lang: Lang) -> String {
    let english = [
        "region",
        "outcome",
        "kind",
        "indicators",
        "period",
        "reported",
        "reported_low",
        "reported_high",
        "implied",
        "implied_low",
        "implied_high",
        "gap",
        "unit",
        "message",
    ];
    let columns = match lang {
        Lang::En => english,
        Lang::Vi => COLUMNS_VI,
    };
    let mut out = csv_record(&columns.map(String::from));
    let decimal = |d: Option<rust_decimal::Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    for (region, consistency) in regions {
        for finding in consistency.findings() {
            let (reported, implied) = (finding.reported(), finding.implied());
            out.push_str(&csv_record(&[
                region.clone(),
                "finding".into(),
                finding.kind().name().into(),
                finding.indicators().join(";"),
                finding.period().to_string(),
                reported.value().to_string(),
                decimal(reported.low()),
                decimal(reported.high()),
                implied.value().to_string(),
                decimal(implied.low()),
                decimal(implied.high()),
                finding.gap().to_string(),
                implied.unit().or(reported.unit()).map(|u| u.to_string()).unwrap_or_default(),
                finding.message_in(lang),
            ]));
        }
        for relation in consistency.unchecked() {
            let mut record = vec![
                region.clone(),
                "unchecked".into(),
                relation.kind().name().into(),
                relation.indicators().join(";"),
                relation.period().to_string(),
            ];
            record.extend(std::iter::repeat_n(String::new(), 8));
            record.push(relation.message_in(lang));
            out.push_str(&csv_record(&record));
        }
    }
    out
}

/// What the rest of the year needs for each annual target tracked by a year to date, after a
/// heading; nothing when no target is. A target whose check fails is left to the scorecard,
/// which says why.
fn rest_of_year(report: &Report, lang: Lang) -> String {
    let mut lines = String::new();
    for assessment in report.targets().iter().filter_map(|t| t.check(report).ok()) {
        if let Some(rest) = assessment.required_rest_of_year() {
            let name = report.indicator(assessment.indicator()).map_or("", |i| i.name().get(lang));
            lines.push_str(&format!("- {name} {}: {}\n", assessment.period(), rest.describe(lang)));
        }
    }
    if lines.is_empty() {
        return lines;
    }
    let heading = match lang {
        Lang::Vi => "các tháng còn lại của năm:",
        Lang::En => "the rest of the year:",
    };
    format!("{heading}\n{lines}")
}

/// A sentence on what was checked, then each finding and each relation not checked. It says
/// every figure agrees only when every relation was checked and there was at least one.
fn text(counts: &str, consistency: &Consistency, lang: Lang) -> String {
    let (agreeing, findings, unchecked) = (consistency.agreeing(), consistency.findings(), consistency.unchecked());
    let (valid, agree, not_checked) = match lang {
        Lang::Vi => (
            "hợp lệ",
            format!("{agreeing} quan hệ khớp nhau"),
            format!("{} quan hệ không kiểm tra được:", unchecked.len()),
        ),
        Lang::En => (
            "valid",
            match agreeing {
                1 => "1 relation agrees".to_string(),
                n => format!("{n} relations agree"),
            },
            format!("{} could not be checked:", unchecked.len()),
        ),
    };
    let mut out = if !findings.is_empty() {
        let mut out = match lang {
            Lang::Vi => format!("hợp lệ, có {} điểm cần xem lại:\n", findings.len()),
            Lang::En => format!("valid, with {}:\n", plural(findings.len(), "finding")),
        };
        for finding in findings {
            out.push_str(&format!("- {}\n", finding.message_in(lang)));
        }
        match (agreeing, unchecked.is_empty()) {
            (0, true) => out,
            (_, true) => out + &agree + "\n",
            _ => out + &format!("{agree}; {not_checked}\n"),
        }
    } else if !unchecked.is_empty() {
        format!("{valid}: {counts}; {agree}; {not_checked}\n")
    } else if agreeing == 0 {
        match lang {
            Lang::Vi => {
                format!("{valid}: {counts}; không có hai số liệu nào liên quan với nhau nên không có gì để kiểm tra\n")
            }
            Lang::En => format!("{valid}: {counts}; no two figures are related, so there was nothing to check\n"),
        }
    } else {
        match lang {
            Lang::Vi => format!(
                "{valid}: {counts}; mọi số liệu khớp nhau trong phạm vi làm tròn khi công bố ({agreeing} quan hệ đã kiểm tra)\n"
            ),
            Lang::En => format!(
                "{valid}: {counts}; every figure agrees with the others within its printed bounds ({} checked)\n",
                plural(agreeing, "relation")
            ),
        }
    };
    for relation in unchecked {
        out.push_str(&format!("- {}\n", relation.message_in(lang)));
    }
    out
}
