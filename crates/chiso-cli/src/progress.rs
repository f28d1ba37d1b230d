//! `chiso progress`: every level target with a base year, and its progress towards its year in
//! a published scheme.

use chiso::{format_estimate, format_rounded, Estimate, Lang, Report, Scheme, Target};

use crate::table::{fitted, Layout};
use crate::Failure;

/// The table of the report's level targets with a baseline, each judged under `scheme` when
/// given, else under its own.
pub fn render(report: &Report, scheme: Option<Scheme>, lang: Lang, layout: Layout) -> Result<String, Failure> {
    let header: Vec<String> = match lang {
        Lang::En => ["indicator", "base", "latest", "target", "scheme", "measure", "class"],
        Lang::Vi => ["chỉ tiêu", "năm gốc", "gần nhất", "mục tiêu", "phương pháp", "chỉ số đo", "mức tiến độ"],
    }
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    for target in report.targets().iter().filter(|t| t.progress_scheme().is_some()) {
        let target = match scheme {
            Some(s) => target.clone().with_progress(s)?,
            None => target.clone(),
        };
        rows.push(row(report, &target, lang)?);
    }
    if rows.is_empty() {
        return Ok(match lang {
            Lang::En => "no level target with a baseline (a base year) in this report\n".into(),
            Lang::Vi => "báo cáo không có mục tiêu mức nào có năm gốc\n".into(),
        });
    }
    Ok(fitted(&header, &rows, layout, &[4], lang))
}

fn row(report: &Report, target: &Target, lang: Lang) -> Result<Vec<String>, Failure> {
    let assessment = target.check(report)?;
    let figure = |(year, e): (i32, &Estimate)| format!("{} ({year})", format_estimate(e, lang, 2));
    let goal = match report.indicator(target.indicator()) {
        Some(indicator) => format!("{} ({})", target.spec().describe(indicator.unit(), lang), target.period()),
        None => target.period().to_string(),
    };
    let scheme = target.progress_scheme().map_or("", Scheme::name).to_string();
    let missing = || "—".to_string();
    Ok(match assessment.progress() {
        Some(p) => vec![
            target.indicator().to_string(),
            figure(p.base()),
            figure(p.current()),
            goal,
            scheme,
            p.measure().map_or_else(missing, |m| format_rounded(m.value(), lang, 3)),
            p.class_label(lang),
        ],
        None => vec![
            target.indicator().to_string(),
            missing(),
            missing(),
            goal,
            scheme,
            missing(),
            assessment.reason_in(lang),
        ],
    })
}
