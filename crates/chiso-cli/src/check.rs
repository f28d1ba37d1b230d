//! `chiso check`: a valid report's or panel's consistency: findings, and the relations it could
//! not check.

use chiso::{Consistency, Panel, Report};

use crate::table::csv_record;
use crate::CheckFormat;

/// The report's consistency as text, JSON or CSV, and how many findings it has.
pub fn render(report: &Report, format: CheckFormat) -> (String, usize) {
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
            let counts = format!(
                "{} indicators, {} observations, {} targets",
                report.indicators().len(),
                report.observations().len(),
                report.targets().len()
            );
            text(&counts, &consistency)
        }
        CheckFormat::Csv => csv(&[(report.region().id.clone(), consistency)]),
    };
    (output, findings)
}

/// Every region's consistency, region by region, and how many findings there are in all.
pub fn render_panel(panel: &Panel, format: CheckFormat) -> (String, usize) {
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
        CheckFormat::Csv => csv(consistency.regions()),
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
            let mut out = format!(
                "panel: {} regions, {} indicators, {} observations, {} targets; {} finding(s), {} could not be checked\n",
                panel.regions().len(),
                panel.catalogue().len(),
                panel.len(),
                panel.targets().len(),
                findings,
                consistency.unchecked().count()
            );
            for ((id, region), meta) in consistency.regions().iter().zip(panel.regions()) {
                let counts = format!(
                    "{} observations, {} targets",
                    observations[position[id.as_str()]],
                    targets[position[id.as_str()]]
                );
                out.push_str(&format!("\n{id} ({}): ", meta.region.name.en));
                out.push_str(&text(&counts, region));
            }
            out
        }
    };
    (output, findings)
}

/// One line per finding and per relation that could not be checked, with its region.
fn csv(regions: &[(String, Consistency)]) -> String {
    let columns = [
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
                finding.to_string(),
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
            record.push(relation.to_string());
            out.push_str(&csv_record(&record));
        }
    }
    out
}

/// A sentence on what was checked, then each finding and each relation not checked. It says
/// every figure agrees only when every relation was checked and there was at least one.
fn text(counts: &str, consistency: &Consistency) -> String {
    let (agreeing, findings, unchecked) = (consistency.agreeing(), consistency.findings(), consistency.unchecked());
    let relations = |n: usize| if n == 1 { "1 relation".to_string() } else { format!("{n} relations") };
    let not_checked = format!("{} could not be checked:", unchecked.len());
    let mut out = if !findings.is_empty() {
        let mut out = format!("valid, with {} finding(s):\n", findings.len());
        for finding in findings {
            out.push_str(&format!("- {finding}\n"));
        }
        match (agreeing, unchecked.is_empty()) {
            (0, true) => out,
            (_, true) => out + &format!("{} agree\n", relations(agreeing)),
            _ => out + &format!("{} agree; {not_checked}\n", relations(agreeing)),
        }
    } else if !unchecked.is_empty() {
        format!("valid: {counts}; {} agree; {not_checked}\n", relations(agreeing))
    } else if agreeing == 0 {
        format!("valid: {counts}; no two figures are related, so there was nothing to check\n")
    } else {
        format!(
            "valid: {counts}; every figure agrees with the others within its printed bounds ({} checked)\n",
            relations(agreeing)
        )
    };
    for relation in unchecked {
        out.push_str(&format!("- {relation}\n"));
    }
    out
}
