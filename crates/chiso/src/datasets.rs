//! The reports that ship with chiso, parsed from `data/*.json` embedded at compile time.

use std::sync::OnceLock;

use crate::panel::Panel;
use crate::report::Report;

const BINH_DUONG_2024: &str = include_str!("../data/binh_duong_2024.json");

/// The provinces panel's own reports (`data/provinces_2024/`), in the panel's region order.
const PROVINCES_2024: [&str; 3] = [
    include_str!("../data/provinces_2024/dong_nai.json"),
    include_str!("../data/provinces_2024/ho_chi_minh_city.json"),
    include_str!("../data/provinces_2024/vietnam.json"),
];

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
/// assert!(chiso::datasets::binh_duong_2024_json().contains("\"chiso.report/2\""));
/// ```
pub fn binh_duong_2024_json() -> &'static str {
    BINH_DUONG_2024
}

/// A small real panel of 2023–2024: Đồng Nai (VN-39), Hồ Chí Minh City (VN-SG), the national
/// totals (VN) and the embedded Bình Dương report (VN-57), in that region order, with the targets
/// their sources state. The files and the figures' sources are in `data/provinces_2024/`
/// (`SOURCES.md`). The sources disagree where statistics offices revised their bases, so the
/// panel's `check()` finds four disagreements: national retail sales, exports and imports, and
/// Đồng Nai's retail sales, all of 2024.
///
/// # Example
///
/// ```
/// let panel = chiso::datasets::provinces_2024();
/// let regions: Vec<&str> = panel.regions().iter().map(|r| r.region.id.as_str()).collect();
/// assert_eq!(regions, ["VN-39", "VN-SG", "VN", "VN-57"]);
/// assert_eq!(panel.check().findings().count(), 4);
/// ```
pub fn provinces_2024() -> Panel {
    static PANEL: OnceLock<Panel> = OnceLock::new();
    PANEL
        .get_or_init(|| {
            let mut reports: Vec<Report> = PROVINCES_2024
                .iter()
                // The embedded documents are fixed at compile time and loaded by the crate's tests.
                // OK because a failure here is a build defect, not bad user input.
                .map(|json| Report::from_json(json).expect("the embedded provinces reports are valid"))
                .collect();
            reports.push(binh_duong_2024());
            // OK because the embedded reports define their shared indicators identically (tested).
            Panel::from_reports(reports).expect("the embedded provinces reports make one panel")
        })
        .clone()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_report_loads() {
        let report = super::binh_duong_2024();
        assert_eq!(report.targets().len(), 5);
        assert!(report.check().is_empty());
    }

    #[test]
    fn the_embedded_provinces_panel_is_the_four_reports() {
        let panel = super::provinces_2024();
        let regions: Vec<&str> = panel.regions().iter().map(|r| r.region.id.as_str()).collect();
        assert_eq!(regions, ["VN-39", "VN-SG", "VN", "VN-57"]);
        assert_eq!(panel.targets().count(), 11);
        let consistency = panel.check();
        let found: Vec<(&str, String, String)> = consistency
            .findings()
            .map(|(region, finding)| (region, finding.indicators().join(","), finding.period().to_string()))
            .collect();
        let expected = [("VN-39", "retail_sales"), ("VN", "exports"), ("VN", "imports"), ("VN", "retail_sales")];
        let expected: Vec<(&str, String, String)> =
            expected.iter().map(|(r, i)| (*r, i.to_string(), "2024".to_string())).collect();
        assert_eq!(found, expected);
    }
}
