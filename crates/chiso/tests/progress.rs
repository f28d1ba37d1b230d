//! Level targets for a future year: progress from a base year, in reports, JSON and reasons.

use chiso::{datasets, Condition, Lang, ProgressClass, Report, Scheme, Spec, Target, Verdict};
use rust_decimal::Decimal;

/// The format this version of chiso writes (`chiso.report/1` or later).
fn format() -> String {
    let written: serde_json::Value = serde_json::from_str(&datasets::binh_duong_2024().to_json()).unwrap();
    written["format"].as_str().unwrap().to_string()
}

/// A report on forest cover (a percent share, higher is better, natural range 0–100) with
/// figures for `years` and the given targets.
fn report(figures: &[(&str, &str)], targets: &str) -> Report {
    report_read_as(figures, targets, "exact")
}

/// As [`report`], the figures read with `bound`.
fn report_read_as(figures: &[(&str, &str)], targets: &str, bound: &str) -> Report {
    let observations: Vec<String> = figures
        .iter()
        .map(|(p, v)| {
            format!(r#"{{"indicator": "forest_cover", "period": "{p}", "value": "{v}", "bound": "{bound}"}}"#)
        })
        .collect();
    let json = format!(
        r#"{{"format": "{}", "region": {{"id": "VN-XX", "name": {{"vi": "Tỉnh X", "en": "X province"}}}},
        "publisher": {{"vi": "Cục Thống kê", "en": "Statistics Office"}},
        "indicators": [{{"id": "forest_cover", "name": {{"vi": "Tỷ lệ che phủ rừng", "en": "Forest cover"}},
                        "unit": "percent", "measure": "stock", "polarity": "higher_is_better",
                        "range": {{"at_least": "0", "at_most": "100"}}}}],
        "observations": [{}], "targets": [{targets}]}}"#,
        format(),
        observations.join(", ")
    );
    Report::from_json(&json).unwrap()
}

const TO_100_BY_2030: &str =
    r#"{"indicator": "forest_cover", "period": "2030", "baseline": "2015", "level": {"at_least": "100"}}"#;

fn with_scheme(scheme: &str) -> String {
    TO_100_BY_2030.replace(r#""level""#, &format!(r#""progress": "{scheme}", "level""#))
}

#[test]
fn the_default_scheme_is_unsd_2023_and_judges_the_latest_figure() {
    let r = report(&[("2015", "80"), ("2020", "84"), ("2022", "88")], TO_100_BY_2030);
    let target = &r.targets()[0];
    assert_eq!(target.progress_scheme(), Some(Scheme::Unsd2023));
    let a = r.assess(target).unwrap();
    let p = a.progress().unwrap();
    assert_eq!((p.base().0, p.current().0), (2015, 2022));
    // ratio = (88 · 1.1^(8/7) − 80) / 20 = 0.90635… (decimal, 50 digits): fair progress.
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023Fair));
    assert_eq!(a.verdict(), Verdict::OffTrack);
    assert_eq!(a.reason().kind(), "progress_off_track");
    assert!(a.actual().is_none());
    let vi = a.reason_in(Lang::Vi);
    assert!(
        vi.starts_with("Tỷ lệ che phủ rừng: năm 2015 đạt 80%, năm 2022 đạt 88%; theo biểu đồ tiến độ UNSD 2023"),
        "{vi}"
    );
    assert!(vi.contains("“có tiến bộ nhưng cần tăng tốc” (tỷ lệ tiến độ 0,906)"), "{vi}");
    assert!(vi.contains("theo xu hướng này, năm 2030 đạt 98,13%"), "{vi}");
    let en = a.reason_in(Lang::En);
    assert!(en.contains("is fair progress but acceleration needed (progress ratio 0.906)"), "{en}");
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["progress"]["scheme"], "unsd_2023");
    assert_eq!(json["progress"]["class"], "fair_progress");
    assert_eq!(json["reason"]["class"], "fair_progress");
    assert_eq!(json["reason"]["base_year"], "2015");
}

#[test]
fn each_scheme_can_be_chosen_in_json_and_round_trips() {
    let figures = [("2015", "80"), ("2018", "82"), ("2019", "84"), ("2020", "86"), ("2021", "87"), ("2022", "88")];
    let verdicts = [
        // CR 0.9147: fair.
        ("unsd_2022", Verdict::OffTrack, "fair_progress"),
        // R = 0.9147 too: acceleration needed; the target is the natural limit, so R / C with
        // C = 1 − 0.8^4.44 = 0.628… gives 1.455…: on track.
        ("open_sdg", Verdict::OnTrack, "on_track"),
        // 2018–2022: (88 − 82) / 4 = 1.5 a year, 88 + 12 = 100 in 2030: a miss of 0: sun.
        ("destatis", Verdict::OnTrack, "sun"),
    ];
    for (scheme, verdict, class) in verdicts {
        let r = report(&figures, &with_scheme(scheme));
        let a = r.assess(&r.targets()[0]).unwrap();
        assert_eq!((a.verdict(), a.progress().unwrap().class_name()), (verdict, class), "{scheme}");
        let written = r.to_json();
        assert!(written.contains(&format!(r#""progress": "{scheme}""#)), "{written}");
        assert_eq!(Report::from_json(&written).unwrap().to_json(), written);
    }
    // The default is not written.
    let r = report(&figures, TO_100_BY_2030);
    assert!(!r.to_json().contains("\"progress\""));
}

#[test]
fn a_target_whose_own_year_has_a_figure_is_judged_as_met_or_missed() {
    let r = report(&[("2015", "80"), ("2022", "88"), ("2030", "99")], TO_100_BY_2030);
    let a = r.assess(&r.targets()[0]).unwrap();
    assert_eq!(a.verdict(), Verdict::Missed);
    assert!(a.progress().is_none());
}

#[test]
fn without_a_base_figure_or_a_later_one_the_target_is_pending() {
    for figures in [&[("2016", "80"), ("2022", "88")][..], &[("2015", "80")][..]] {
        let r = report(figures, TO_100_BY_2030);
        let a = r.assess(&r.targets()[0]).unwrap();
        assert_eq!((a.verdict(), a.reason().kind()), (Verdict::Pending, "pending_no_figure"));
    }
}

#[test]
fn figures_a_scheme_cannot_assess_say_why_in_both_languages() {
    let r = report(&[("2015", "80"), ("2021", "84"), ("2022", "88")], &with_scheme("destatis"));
    let a = r.assess(&r.targets()[0]).unwrap();
    assert_eq!((a.verdict(), a.reason().kind()), (Verdict::Undetermined, "progress_not_assessed"));
    assert_eq!(
        a.reason_in(Lang::En),
        "Forest cover: by the Destatis weather symbols, progress towards the 2030 target of a level of at least 100% \
         cannot be assessed: there are 2 consecutive yearly figures up to the latest, and the scheme needs at least 4."
    );
    assert!(a.reason_in(Lang::Vi).contains("không đánh giá được tiến độ"));
    let zero = report(&[("2015", "0"), ("2022", "8")], TO_100_BY_2030);
    let a = zero.assess(&zero.targets()[0]).unwrap();
    assert!(a.reason_in(Lang::En).contains("growth from zero is undefined"), "{}", a.reason_in(Lang::En));
}

#[test]
fn a_target_already_met_is_on_track() {
    let r = report(&[("2015", "80"), ("2022", "100")], TO_100_BY_2030);
    let a = r.assess(&r.targets()[0]).unwrap();
    assert_eq!(a.verdict(), Verdict::OnTrack);
    assert_eq!(a.progress().unwrap().class(), Some(ProgressClass::Unsd2023OnTrack));
}

#[test]
fn lower_is_better_targets_aim_downwards() {
    let target = r#"{"indicator": "forest_cover", "period": "2030", "baseline": "2015", "level": {"at_most": "20"}}"#;
    // 40 → 30 from 2015 to 2020, 2030: v_e = 30 · 0.75^2 = 16.875: ratio (16.875 − 40) / (20 − 40) = 1.15625.
    let r = report(&[("2015", "40"), ("2020", "30")], target);
    let a = r.assess(&r.targets()[0]).unwrap();
    assert_eq!(a.progress().unwrap().measure().unwrap().value(), Decimal::new(115625, 5));
    assert_eq!(a.verdict(), Verdict::OnTrack);
}

#[test]
fn bad_baselines_and_schemes_are_refused() {
    let at_least = Spec::Level(Condition::AtLeast(Decimal::from(100)));
    let t = |period: &str, baseline: &str| {
        Target::new("forest_cover", period.parse().unwrap(), Some(baseline.parse().unwrap()), at_least)
    };
    assert!(t("2030", "2015").is_ok());
    for (period, baseline) in [("2030", "2030"), ("2030", "2031"), ("2030", "2015-Q1"), ("2030-Q1", "2015-Q1")] {
        let err = t(period, baseline).unwrap_err();
        assert!(err.to_string().contains("the base year of progress"), "{err}");
    }
    let level = Target::level("forest_cover", "2030".parse().unwrap(), Condition::AtLeast(Decimal::ONE)).unwrap();
    assert!(level.progress_scheme().is_none());
    assert!(level.with_progress(Scheme::Destatis).is_err());
    let json = format!(
        r#"{{"format": "{}", "region": {{"id": "VN-XX", "name": {{"vi": "X", "en": "X"}}}},
        "publisher": {{"vi": "X", "en": "X"}}, "indicators": [{{"standard": "exports"}}], "observations": [],
        "targets": [{{"indicator": "exports", "period": "2030", "growth": {{"at_least": "1"}}, "progress": "destatis"}}]}}"#,
        format()
    );
    let err = Report::from_json(&json).unwrap_err().to_string();
    assert!(err.starts_with("targets[0].progress: "), "{err}");
    let unknown = json.replace("\"destatis\"", "\"weather\"");
    let err = Report::from_json(&unknown).unwrap_err().to_string();
    assert!(err.contains("unsd_2022"), "{err}");
}

#[test]
fn printed_bounds_across_the_top_cut_off_leave_the_verdict_undetermined() {
    // 100 → 144 printed to the unit (143.5–144.5 and 99.5–100.5), target 176 in 2021: the ratio
    // (v_e − v_b) / (176 − v_b) runs across 0.95 (at the point, 72.8 / 76 = 0.9578…, Fraction).
    let target = r#"{"indicator": "forest_cover", "period": "2021", "baseline": "2018", "level": {"at_least": "176"}}"#;
    let r = report_read_as(&[("2018", "100"), ("2020", "144")], target, "as_printed");
    let a = r.assess(&r.targets()[0]).unwrap();
    assert_eq!(a.verdict(), Verdict::Undetermined);
    assert_eq!(a.reason().kind(), "progress_undetermined");
    let p = a.progress().unwrap();
    assert_eq!(p.between(), &[ProgressClass::Unsd2023Fair, ProgressClass::Unsd2023OnTrack]);
    assert!(
        a.reason_in(Lang::En)
            .contains("is undetermined (between fair progress but acceleration needed and on track or target met)"),
        "{}",
        a.reason_in(Lang::En)
    );
}

/// Review: a base whose printed bounds cross zero has magnitudes from 0 to the larger end's.
#[test]
fn the_scaling_of_a_base_either_side_of_zero_covers_its_largest_magnitude() {
    use chiso::{progress::natural_limit_scaling, Estimate, Interval, Polarity};
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    // Base 2 in [−1, 5]: |base| runs over [0, 5], so C over [1 − 0.05^4.44, 1];
    // 1 − 0.05^4.44 = 0.99999832726625118283474040606… (Python decimal, 50 digits), and the point
    // 1 − 0.02^4.44 = 0.99999997138635526059… lies inside.
    let base = Estimate::new(d("2"), Interval::closed(d("-1"), d("5")).unwrap(), None).unwrap();
    let c = natural_limit_scaling(base, d("100"), Polarity::HigherIsBetter).unwrap();
    assert_eq!(c.value().round_dp(20), d("0.99999997138635526060"));
    // The low end is at most the truth (floored at 28 places) and within 10^-27 of it.
    assert!(c.low().unwrap() <= d("0.9999983272662511828347404060"));
    assert!(c.low().unwrap() >= d("0.9999983272662511828347404050"));
    assert_eq!(c.high(), Some(Decimal::ONE));
    // Base in [−1, 200]: |base| may be 200, beyond the limit 100.
    let beyond = Estimate::new(d("2"), Interval::closed(d("-1"), d("200")).unwrap(), None).unwrap();
    assert!(natural_limit_scaling(beyond, d("100"), Polarity::HigherIsBetter).is_err());
}

/// Review: a ratio exactly at a cut-off, from exact figures, takes the class above it.
#[test]
fn unsd_2023_exactly_at_the_top_cut_off_is_on_track() {
    use chiso::{progress, Estimate, Polarity};
    // 81 in 2015, 90 in 2020, target 101 in 2025: v_e = 90 · (90/81)^(5/5) = 100 and
    // (100 − 81) / (101 − 81) = 19/20 = 0.95 exactly (Fraction), on track.
    let e = |v: i64| Estimate::from(Decimal::from(v));
    let series = [(2015, e(81)), (2020, e(90))];
    let p =
        progress::assess(Scheme::Unsd2023, &series, Decimal::from(101), 2025, Polarity::HigherIsBetter, None).unwrap();
    assert_eq!(p.projection().unwrap().value(), Decimal::from(100));
    assert_eq!(p.measure().unwrap().value(), "0.95".parse::<Decimal>().unwrap());
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023OnTrack));
    assert!(p.between().is_empty());
}

/// Review: a Destatis miss exactly at a cut-off, through a change a year that is not a decimal.
#[test]
fn destatis_exactly_at_a_cut_off_through_thirds_is_determined() {
    use chiso::{progress, Estimate, Polarity};
    let e = |v: &str| Estimate::from(v.parse::<Decimal>().unwrap());
    // 62 (2019) to 63 (2022): 1/3 a year, so 64 by 2025 (Fraction); against 64.25 the miss is
    // (64.25 − 64) / (64.25 − 63) = 1/5 exactly: slightly cloudy (5% to 20%).
    let series = [(2019, e("62")), (2020, e("62.5")), (2021, e("62.7")), (2022, e("63"))];
    let p = progress::assess(Scheme::Destatis, &series, "64.25".parse().unwrap(), 2025, Polarity::HigherIsBetter, None)
        .unwrap();
    assert_eq!(p.projection().unwrap().value(), Decimal::from(64));
    assert_eq!(p.measure().unwrap().value(), "0.2".parse::<Decimal>().unwrap());
    assert_eq!(p.class(), Some(ProgressClass::DestatisSlightlyCloudy));
    assert!(p.between().is_empty());
}
