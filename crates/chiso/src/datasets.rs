//! The reports that ship with chiso, parsed from `data/*.json` embedded at compile time.

use std::sync::OnceLock;

use crate::report::Report;

const BINH_DUONG_2024: &str = include_str!("../data/binh_duong_2024.json");

/// Bình Dương's Department of Industry and Trade: 2024 results and 2025 targets, as the
/// Vietnam Business Forum reported them on 5 March 2025. Every figure of the article, with
/// its printed bound, status and quoted phrase.
///
/// # Example
///
/// ```
/// let report = chiso::datasets::binh_duong_2024();
/// let electricity = report.level("commercial_electricity", "2024".parse()?).unwrap();
/// assert_eq!(electricity.to_string(), "16.94 billion kWh");
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn binh_duong_2024() -> Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT
        .get_or_init(|| {
            // The embedded document is fixed at compile time and loaded by the crate's tests.
            // OK because a failure here is a build defect, not bad user input.
            Report::from_json(BINH_DUONG_2024).expect("the embedded Bình Dương report is valid")
        })
        .clone()
}

/// The embedded Bình Dương document as shipped, for tools that want the JSON itself.
///
/// # Example
///
/// ```
/// assert!(chiso::datasets::binh_duong_2024_json().contains("\"chiso.report/1\""));
/// ```
pub fn binh_duong_2024_json() -> &'static str {
    BINH_DUONG_2024
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_report_loads() {
        let report = super::binh_duong_2024();
        assert_eq!(report.targets().len(), 5);
        assert!(report.check().is_empty());
    }
}
