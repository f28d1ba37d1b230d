//! `chiso check`: a valid report's consistency: findings, and the relations it could not check.

use chiso::Report;

use crate::CheckFormat;

pub fn render(report: &Report, format: CheckFormat) -> String {
    let consistency = report.consistency();
    match format {
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
        CheckFormat::Text => text(report, &consistency),
    }
}

/// A sentence on what was checked, then each finding and each relation not checked. It says
/// every figure agrees only when every relation was checked and there was at least one.
fn text(report: &Report, consistency: &chiso::Consistency) -> String {
    let (agreeing, findings, unchecked) = (consistency.agreeing(), consistency.findings(), consistency.unchecked());
    let counts = format!(
        "{} indicators, {} observations, {} targets",
        report.indicators().len(),
        report.observations().len(),
        report.targets().len()
    );
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
