//! `chiso check`: a valid report's consistency findings.

use chiso::Report;

use crate::CheckFormat;

pub fn render(report: &Report, format: CheckFormat) -> String {
    let findings = report.check();
    match format {
        CheckFormat::Json => {
            #[derive(serde::Serialize)]
            struct Document<'a> {
                valid: bool,
                findings: &'a [chiso::Finding],
            }
            let document = Document { valid: true, findings: &findings };
            serde_json::to_string_pretty(&document).map(|s| s + "\n").unwrap_or_default()
        }
        CheckFormat::Text if findings.is_empty() => format!(
            "valid: {} indicators, {} observations, {} targets; every figure agrees with the others within its printed bounds\n",
            report.indicators().len(),
            report.observations().len(),
            report.targets().len()
        ),
        CheckFormat::Text => {
            let mut out = format!("valid, with {} finding(s):\n", findings.len());
            for finding in &findings {
                out.push_str(&format!("- {finding}\n"));
            }
            out
        }
    }
}
