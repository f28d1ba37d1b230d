//! Revisions and vintages (`Report::revisions`), and the weakest status of the figures a
//! verdict is judged from (`Status::weakest`, `Assessment::status`).
//!
//! Every expected number was computed with Python's `fractions.Fraction` from the printed
//! figures of `fixtures/revisions.json`; each assertion says how.

use chiso::{Lang, Observation, Report, Status, Verdict};
use rust_decimal::Decimal;

fn report() -> Report {
    Report::from_json(include_str!("fixtures/revisions.json")).unwrap()
}

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn ends(e: &chiso::Estimate) -> (Decimal, Decimal) {
    (e.low().unwrap(), e.high().unwrap())
}

fn revisions_of<'a>(revisions: &'a chiso::Revisions, id: &str) -> Vec<&'a chiso::Revision> {
    revisions.iter().filter(|r| r.indicator() == id).collect()
}

#[test]
fn an_estimate_revised_beyond_its_bounds_flips_a_growth_target_from_met_to_missed() {
    let revisions = report().revisions().unwrap();
    let exports = revisions_of(&revisions, "exports");
    // 2023 has one vintage; 2024 has two.
    assert_eq!(exports.len(), 1);
    let r = exports[0];
    assert_eq!(r.period().to_string(), "2024");
    assert_eq!((r.earlier().status, r.later().status), (Some(Status::Estimated), Some(Status::Normal)));
    assert_eq!(r.earlier().as_of.unwrap().to_string(), "2025-01-05");
    assert_eq!(r.later().as_of.unwrap().to_string(), "2025-06-30");
    // 1090 − 1105 = −15; Fraction: [1089.5, 1090.5] − [1104.5, 1105.5] = [−16, −14].
    let level = r.level().unwrap();
    assert_eq!(level.value(), d("-15"));
    assert_eq!(ends(level), (d("-16"), d("-14")));
    assert_eq!(level.unit().unwrap().to_string(), "million USD");
    assert_eq!(r.level_bounds_overlap(), Some(false));
    // 9 − 10.5 = −1.5 pp; Fraction: 8.5 − 10.55 = −41/20, 9.5 − 10.45 = −19/20.
    let growth = r.growth_pp().unwrap();
    assert_eq!(growth.value(), d("-1.5"));
    assert_eq!(ends(growth), (d("-2.05"), d("-0.95")));
    assert_eq!(r.growth_bounds_overlap(), Some(false));
    assert!(r.level_pp().is_none(), "million USD is no percent");
    // The target (≥ 10%) on the printed growth: [10.45, 10.55] all meet it, [8.5, 9.5] none.
    let changes = r.verdict_changes();
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].target, changes[0].before, changes[0].after), (0, Verdict::Met, Verdict::Missed));
    assert!(changes[0].changed() && r.changes_a_verdict());
    assert_eq!(
        r.render(Lang::En),
        "Exports, 2024: 1,105 million USD, up 10.5% (E, 2025-01-05) → 1,090 million USD, up 9% (A, 2025-06-30); \
         level revised by -15 million USD (-16.0–-14.0), a real revision (the printed bounds do not overlap); \
         growth revised by -1.5 percentage points (-2.05–-0.95), a real revision (the printed bounds do not overlap); \
         changes the verdict on the 2024 target: met → missed."
    );
}

#[test]
fn a_revision_within_rounding_is_told_apart_and_undated_vintages_come_first() {
    let revisions = report().revisions().unwrap();
    let electricity = revisions_of(&revisions, "commercial_electricity");
    // Vintage order: undated 16.94, then P 16.9402 (2025-03-01), then the growth-only 2025-04-01.
    assert_eq!(electricity.len(), 2);
    let r = electricity[0];
    assert_eq!((r.earlier().as_of, r.earlier().status), (None, None));
    assert_eq!(r.later().status, Some(Status::Provisional));
    assert_eq!(r.earlier().observation, 4);
    assert_eq!(r.later().observation, 3);
    // 16.9402 − 16.94 = 1/5000; Fraction: 16.94015 − 16.945 = −97/20000, 16.94025 − 16.935 = 21/4000.
    let level = r.level().unwrap();
    assert_eq!(level.value(), d("0.0002"));
    assert_eq!(ends(level), (d("-0.00485"), d("0.00525")));
    assert_eq!(r.level_bounds_overlap(), Some(true));
    assert!(r.growth_pp().is_none() && r.growth_bounds_overlap().is_none());
    assert!(r.verdict_changes().is_empty());
    assert!(r.render(Lang::Vi).contains("có thể chỉ do làm tròn"), "{}", r.render(Lang::Vi));
    // A vintage with only a growth after one with only a level: nothing to compare.
    let r = electricity[1];
    assert_eq!(r.later().growth.unwrap().value(), d("11.4"));
    assert!(r.later().level.is_none());
    assert!(r.level().is_none() && r.growth_pp().is_none());
    assert_eq!((r.level_bounds_overlap(), r.growth_bounds_overlap()), (None, None));
}

#[test]
fn vintages_of_one_date_are_ordered_as_given_and_may_give_only_a_growth() {
    let revisions = report().revisions().unwrap();
    let iip = revisions_of(&revisions, "iip");
    assert_eq!(iip.len(), 1);
    let r = iip[0];
    assert_eq!(r.earlier().as_of, r.later().as_of);
    assert_eq!((r.earlier().growth.unwrap().value(), r.later().growth.unwrap().value()), (d("7.6"), d("7.8")));
    assert!(r.level().is_none());
    // 7.8 − 7.6 = 0.2 pp; Fraction: 7.75 − 7.65 = 1/10, 7.85 − 7.55 = 3/10.
    let growth = r.growth_pp().unwrap();
    assert_eq!((growth.value(), ends(growth)), (d("0.2"), (d("0.1"), d("0.3"))));
    assert_eq!(r.growth_bounds_overlap(), Some(false));
    // ≥ 7.7: [7.55, 7.65] misses, [7.75, 7.85] meets.
    let changes = r.verdict_changes();
    assert_eq!((changes.len(), changes[0].before, changes[0].after), (1, Verdict::Missed, Verdict::Met));
}

#[test]
fn the_table_lists_figures_in_order_and_renders_in_both_languages() {
    let revisions = report().revisions().unwrap();
    let ids: Vec<&str> = revisions.iter().map(|r| r.indicator()).collect();
    assert_eq!(ids, ["exports", "commercial_electricity", "commercial_electricity", "iip"]);
    assert_eq!(revisions.len(), 4);
    assert!(!revisions.is_empty());
    let vi = revisions.render(Lang::Vi);
    assert_eq!(vi.lines().count(), 4);
    assert!(vi.starts_with("Kim ngạch xuất khẩu, năm 2024: 1.105 triệu USD, tăng 10,5% (E, 05/01/2025)"), "{vi}");
    assert!(vi.contains("làm thay đổi đánh giá mục tiêu năm 2024: đạt → không đạt"), "{vi}");
    let json = serde_json::to_value(&revisions).unwrap();
    assert_eq!(json["rows"][0]["level"]["value"], "-15");
    assert_eq!(json["rows"][0]["verdict_changes"][0]["after"], "missed");
    assert_eq!(json["rows"][0]["earlier"]["status"], "E");
}

#[test]
fn a_growth_from_an_estimated_and_a_normal_level_is_estimated() {
    let report = report();
    let retail = report.assess(&report.targets()[1]).unwrap();
    // 125000 against 100000: Fraction gives [24.99887…, 25.00112…], all at least 20.
    assert_eq!(retail.verdict(), Verdict::Met);
    assert_eq!(retail.status(), Some(Status::Estimated));
    assert!(
        retail.reason_in(Lang::En).ends_with(" Judged from an estimated 2025 figure."),
        "{}",
        retail.reason_in(Lang::En)
    );
    assert!(
        retail.reason_in(Lang::Vi).ends_with(" Đánh giá từ số ước tính năm 2025."),
        "{}",
        retail.reason_in(Lang::Vi)
    );
    // The latest exports figure is official: no sentence on its status.
    let exports = report.assess(&report.targets()[0]).unwrap();
    assert_eq!((exports.verdict(), exports.status()), (Verdict::Missed, Some(Status::Normal)));
    assert!(!exports.reason_in(Lang::En).contains("Judged from"));
}

#[test]
fn the_weakest_status_names_every_figure_that_has_it() {
    // Both levels estimated: the growth is estimated, from both years.
    let report = report()
        .with_observation(
            Observation::new("retail_sales", "2023".parse().unwrap())
                .unwrap()
                .with_value("100000".parse().unwrap())
                .with_status(Status::Estimated)
                .with_as_of(chrono::NaiveDate::from_ymd_opt(2024, 1, 5).unwrap()),
        )
        .unwrap();
    let retail = report.assess(&report.targets()[1]).unwrap();
    assert_eq!(retail.status(), Some(Status::Estimated));
    assert!(
        retail.reason_in(Lang::En).ends_with(" Judged from estimated 2025 and 2023 figures."),
        "{}",
        retail.reason_in(Lang::En)
    );
    assert!(retail.reason_in(Lang::Vi).ends_with(" Đánh giá từ số ước tính năm 2025 và năm 2023."));
}

#[test]
fn statuses_rank_forecast_estimated_provisional_normal() {
    use Status::*;
    let all = [Forecast, Estimated, Provisional, Normal];
    for (i, weaker) in all.iter().enumerate() {
        for stronger in &all[i..] {
            assert_eq!(Status::weakest([Some(*stronger), Some(*weaker)]), Some(*weaker));
            assert_eq!(Status::weakest([Some(*weaker), None, Some(*stronger)]), Some(*weaker));
        }
    }
    assert_eq!(Status::weakest([None, None]), Some(Normal));
    assert_eq!(Status::weakest(std::iter::empty()), None);
}

#[test]
fn a_pending_target_has_no_status_and_a_report_without_revisions_has_an_empty_table() {
    let report = chiso::datasets::binh_duong_2024();
    assert!(report.assess_all().unwrap().iter().all(|a| a.status().is_none()));
    let revisions = report.revisions().unwrap();
    assert!(revisions.is_empty());
    assert_eq!(revisions.render(Lang::Vi), "Không có số liệu nào được công bố nhiều lần.\n");
}

#[test]
fn the_flat_fields_follow_the_columns() {
    use chiso::{ReasonField, Revision};
    let revisions = report().revisions().unwrap();
    let fields = revisions.rows()[0].fields();
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, Revision::COLUMNS);
    let get = |name: &str| fields.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    assert_eq!(get("earlier_as_of"), ReasonField::Text("2025-01-05".into()));
    assert_eq!(get("earlier_value"), ReasonField::Number(d("1105")));
    assert_eq!(get("level_revision_low"), ReasonField::Number(d("-16")));
    assert_eq!(get("growth_revision_pp_high"), ReasonField::Number(d("-0.95")));
    assert_eq!(get("level_bounds_overlap"), ReasonField::Flag(false));
    assert_eq!(get("verdict_changes"), ReasonField::Text("2024: met → missed".into()));
    let iip = revisions.rows()[3].fields();
    assert_eq!(iip[4], ("earlier_value", ReasonField::Empty));
}

#[test]
fn a_panel_region_judges_with_the_same_statuses_as_its_report() {
    let report = report();
    let panel = chiso::Panel::from_reports([report.clone()]).unwrap();
    let figures = panel.figures("VN-57").unwrap();
    for target in report.targets() {
        let (alone, in_panel) = (target.check(&report).unwrap(), target.check(&figures).unwrap());
        assert_eq!(alone.status(), in_panel.status(), "{}", target.indicator());
        assert_eq!(alone.reason_in(Lang::En), in_panel.reason_in(Lang::En));
    }
    // The retail target rests on an estimated 2025 level, in the panel as in the report.
    assert_eq!(report.targets()[1].check(&figures).unwrap().status(), Some(Status::Estimated));
}

#[test]
fn a_percent_indicator_is_revised_in_percentage_points() {
    use chiso::{Condition, Target};
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let access = |value: &str, status, as_of| {
        Observation::new("household_electricity_access", "2024".parse().unwrap())
            .unwrap()
            .with_value(value.parse().unwrap())
            .with_status(status)
            .with_as_of(as_of)
    };
    let target =
        Target::level("household_electricity_access", "2024".parse().unwrap(), Condition::AtLeast(d("99.99"))).unwrap();
    let report = chiso::datasets::binh_duong_2024()
        .with_observation(access("99.98", Status::Estimated, date(2025, 1, 5)))
        .unwrap()
        .with_observation(access("99.995", Status::Normal, date(2025, 6, 30)))
        .unwrap()
        .with_target(target)
        .unwrap();
    let revisions = report.revisions().unwrap();
    let r = revisions_of(&revisions, "household_electricity_access")[0];
    // 99.995 − 99.98 = 3/200 pp; Fraction: 99.9945 − 99.985 = 19/2000, 99.9955 − 99.975 = 41/2000.
    let pp = r.level_pp().unwrap();
    assert_eq!((pp.value(), ends(pp)), (d("0.015"), (d("0.0095"), d("0.0205"))));
    assert_eq!(pp.unit().unwrap().to_string(), "percentage points");
    assert_eq!(r.level().unwrap().value(), d("0.015"));
    assert_eq!(r.level_bounds_overlap(), Some(false));
    // At least 99.99%: [99.975, 99.985] misses, [99.9945, 99.9955] meets.
    let change = &r.verdict_changes()[0];
    assert_eq!((change.before, change.after), (Verdict::Missed, Verdict::Met));
    assert_eq!(change.target, report.targets().len() - 1);
}
