//! An outside review of the structured reasons and the sanity findings, one step beyond the
//! goldens: irregular plurals, printed bounds on growth, printed figures with more than two
//! decimals, falls as targets, open-ended printed figures, `range` in JSON, the schema and CSV.

use chiso::panel::{LongCsv, OnBadRow};
use chiso::{Condition, FindingKind, Lang, Panel, Report, Spec, Target};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

/// A report of `indicators` (JSON objects) and `observations`, and no target.
fn report(indicators: &str, observations: &str) -> Report {
    Report::from_json(&format!(
        r#"{{"format": "chiso.report/1",
        "region": {{"id": "VN-74", "name": {{"vi": "Bình Phước", "en": "Binh Phuoc"}}}},
        "publisher": {{"vi": "Sở Công Thương", "en": "Department of Industry and Trade"}},
        "indicators": [{indicators}],
        "observations": [{observations}],
        "targets": []}}"#
    ))
    .unwrap()
}

/// An indicator `id` named `Tên id` / `Name id`, with `extra` JSON fields.
fn indicator(id: &str, unit: &str, extra: &str) -> String {
    format!(
        r#"{{"id": "{id}", "name": {{"vi": "Tên {id}", "en": "Name {id}"}}, "unit": "{unit}", "measure": "flow",
        "polarity": "higher_is_better"{extra}}}"#
    )
}

fn sentences(report: &Report, target: &Target) -> [String; 3] {
    let a = target.check(report).unwrap();
    [a.reason().kind().to_string(), a.reason_in(Lang::En), a.reason_in(Lang::Vi)]
}

fn level_target(id: &str, condition: Condition) -> Target {
    Target::new(id, "2025".parse().unwrap(), None, Spec::Level(condition)).unwrap()
}

fn growth_target(id: &str, baseline: &str, condition: Condition) -> Target {
    Target::new(id, "2025".parse().unwrap(), Some(baseline.parse().unwrap()), Spec::Growth(condition)).unwrap()
}

#[test]
fn one_of_a_count_whose_plural_is_not_a_plain_s() {
    let firms = report(
        &indicator("firms", "businesses", r#", "range": {"at_least": "2"}"#),
        r#"{"indicator": "firms", "period": "2025", "value": "1", "bound": "exact"}"#,
    );
    let [_, en, _] = sentences(&firms, &level_target("firms", Condition::AtLeast(d("1"))));
    assert_eq!(
        en,
        "Name firms: the 2025 level of 1 business meets the 2025 target of at least 1 business whatever the printed \
         figures' rounding."
    );
    assert_eq!(
        firms.check()[0].to_string(),
        "Name firms 2025: the reported 1 business is below 2 businesses, the least it can be."
    );
    let companies = report(
        &indicator("cos", "companies", ""),
        r#"{"indicator": "cos", "period": "2025", "value": "1", "bound": "exact"}"#,
    );
    let [_, en, _] = sentences(&companies, &level_target("cos", Condition::AtMost(d("1"))));
    assert!(en.contains("the 2025 level of 1 company meets the 2025 target of at most 1 company"), "{en}");
}

#[test]
fn a_printed_growth_keeps_its_bound_in_english_as_in_vietnamese() {
    // A printed "more than 13%" against the previous year, and a target against 2023.
    let r = report(
        &indicator("x", "billion VND", ""),
        r#"{"indicator": "x", "period": "2025", "growth": "13", "growth_bound": "more_than"}"#,
    );
    let [kind, en, vi] = sentences(&r, &growth_target("x", "2023", Condition::AtLeast(d("10"))));
    assert_eq!(kind, "pending_missing_levels");
    assert!(en.contains("the reported 2025 growth of more than 13% is against the same period a year earlier"), "{en}");
    assert!(vi.contains("năm 2025 tăng hơn 13% là so với cùng kỳ"), "{vi}");
    // The structured reason keeps the bound the sentences write.
    let json =
        serde_json::to_value(growth_target("x", "2023", Condition::AtLeast(d("10"))).check(&r).unwrap().reason())
            .unwrap();
    assert_eq!(
        (json["printed_growth"].as_str(), json["printed_growth_bound"].as_str()),
        (Some("13"), Some("more_than")),
        "{json}"
    );
    // A growth finding: a printed "more than 60%" where the levels give 50%.
    let r = report(
        &indicator("x", "billion VND", ""),
        r#"{"indicator": "x", "period": "2025", "value": "150", "growth": "60", "growth_bound": "more_than"},
           {"indicator": "x", "period": "2024", "value": "100"}"#,
    );
    let findings = r.check();
    assert_eq!(findings.len(), 1);
    let en = findings[0].message_in(Lang::En);
    assert!(en.starts_with("Name x 2025: the reported growth of more than 60% and the levels"), "{en}");
    assert!(findings[0].message_in(Lang::Vi).contains("số liệu công bố tăng hơn 60% so với cùng kỳ"));
}

#[test]
fn a_printed_level_is_shown_with_its_own_digits() {
    // 99.995% printed: the sentence must not say 100.00%, which a share target reader takes
    // for "all households"; the reason's actual is 99.995.
    let r = report(
        &indicator("share", "percent", r#", "range": {"at_least": "0", "at_most": "100"}"#),
        r#"{"indicator": "share", "period": "2025", "value": "99.995"}"#,
    );
    let target = level_target("share", Condition::AtLeast(d("99.99")));
    let a = target.check(&r).unwrap();
    assert_eq!(a.reason().judged().unwrap().actual.value(), d("99.995"));
    let [kind, en, vi] = sentences(&r, &target);
    assert_eq!(kind, "met");
    assert_eq!(
        en,
        "Name share: the 2025 level of 99.995% (99.994–99.996) meets the 2025 target of at least 99.99% whatever \
         the printed figures' rounding."
    );
    assert!(vi.contains("năm 2025 đạt 99,995% (99,994–99,996)"), "{vi}");
}

#[test]
fn a_fall_as_a_target_is_written_giam_in_vietnamese() {
    let r = report(&indicator("x", "billion VND", ""), r#"{"indicator": "x", "period": "2025", "growth": "-2.5"}"#);
    let cases = [
        (Condition::AtLeast(d("-3")), "giảm tối đa 3% so với cùng kỳ"),
        (Condition::AtMost(d("-2")), "giảm ít nhất 2% so với cùng kỳ"),
        (Condition::LessThan(d("-1")), "giảm hơn 1% so với cùng kỳ"),
        (Condition::MoreThan(d("-4")), "giảm dưới 4% so với cùng kỳ"),
        (Condition::between(d("-3"), d("-2")).unwrap(), "giảm 2–3% so với cùng kỳ"),
        (Condition::between(d("-3"), d("2")).unwrap(), "từ giảm 3% đến tăng 2% so với cùng kỳ"),
        (Condition::AtLeast(d("9.7")), "tăng ít nhất 9,7% so với cùng kỳ"),
    ];
    for (condition, words) in cases {
        let [_, en, vi] = sentences(&r, &growth_target("x", "2024", condition));
        assert!(vi.contains(words), "{vi}");
        assert!(!vi.contains("-"), "a minus sign in {vi}");
        assert!(en.contains("growth of -2.5%"), "{en}");
    }
}

/// An out-of-range figure whose printed bound is open at the range's end ("more than 100%")
/// is a finding with a gap of 0 (the distance between the intervals is an infimum); the fuzz
/// target's check (`fuzzing::check_report`) requires a positive gap of every finding.
#[test]
fn an_open_printed_bound_just_past_the_range_is_a_finding_with_a_zero_gap() {
    let r = report(
        &indicator("s", "percent", r#", "range": {"at_least": "0", "at_most": "100"}"#),
        r#"{"indicator": "s", "period": "2025", "value": "100", "bound": "more_than"}"#,
    );
    let findings = r.check();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].kind(), FindingKind::OutOfRange);
    assert_eq!(findings[0].gap(), Decimal::ZERO);
    assert!(!findings[0].implied().interval().overlaps(&findings[0].reported().interval()));
    assert_eq!(findings[0].to_string(), "Name s 2025: the reported more than 100% is above 100%, the most it can be.");
}

#[test]
fn range_null_is_refused_as_the_schema_refuses_it() {
    // The schema's `range` is an object; the loader must not take `null` for "absent".
    let json = format!(
        r#"{{"format": "chiso.report/1", "region": {{"id": "VN-74", "name": {{"vi": "a", "en": "a"}}}},
        "publisher": {{"vi": "a", "en": "a"}}, "indicators": [{}], "observations": [], "targets": []}}"#,
        indicator("x", "products", r#", "range": null"#)
    );
    let err = Report::from_json(&json).unwrap_err().to_string();
    assert_eq!(
        err,
        "indicators[0].range: invalid type: null, expected an object with an optional at_least and at_most at line 3 \
         column 53"
    );
}

#[test]
fn range_json_round_trips_and_bad_ends_are_refused() {
    for (range, expected) in [
        ("", Some((Some("0"), None))),
        (r#", "range": {}"#, None),
        (r#", "range": {"at_most": "5"}"#, Some((None, Some("5")))),
        (r#", "range": {"at_least": "0", "at_most": "0"}"#, Some((Some("0"), Some("0")))),
        (r#", "range": {"at_least": "-3"}"#, Some((Some("-3"), None))),
    ] {
        let r = report(&indicator("p", "products", range), "");
        let got = r.indicator("p").unwrap().range().map(|r| (r.at_least(), r.at_most()));
        assert_eq!(got, expected.map(|(l, h)| (l.map(d), h.map(d))), "{range}");
        assert_eq!(Report::from_json(&r.to_json()).unwrap(), r, "{range}");
    }
    let r = report(
        &indicator("p", "products", r#", "range": {"at_least": "0", "at_most": "0"}"#),
        r#"{"indicator": "p", "period": "2025", "value": "0.4"}, {"indicator": "p", "period": "2024", "value": "1"}"#,
    );
    let kinds: Vec<_> = r.check().iter().map(|f| (f.period().to_string(), f.kind())).collect();
    assert!(kinds.contains(&("2024".to_string(), FindingKind::OutOfRange)), "{kinds:?}");
    // 0.4 as printed is 0.35–0.45: above 0 and no whole number.
    assert!(kinds.contains(&("2025".to_string(), FindingKind::OutOfRange)), "{kinds:?}");
    assert!(kinds.contains(&("2025".to_string(), FindingKind::NotWhole)), "{kinds:?}");
}

#[test]
fn bad_csv_ranges_are_refused_with_their_row_and_column() {
    let panel =
        Panel::from_reports([report(&indicator("s", "percent", r#", "range": {"at_most": "100"}"#), "")]).unwrap();
    let csv = panel.to_csv();
    assert!(csv.indicators.contains(",..100\n"), "{}", csv.indicators);
    for bad in ["0-100", "0...100", "a..b", "100..0", "0..100..200", "1e2..", " .. x"] {
        let indicators = csv.indicators.replace(",..100\n", &format!(",{bad}\n"));
        let observations = [csv.observations.as_str()];
        let long = LongCsv { indicators: &indicators, observations: &observations, targets: None, regions: None };
        let err = Panel::from_csv(long, OnBadRow::Raise).unwrap_err().to_string();
        assert!(err.contains("range"), "{bad}: {err}");
        assert!(err.contains("row 2") || err.contains("line 2") || err.contains(":2"), "{bad}: {err}");
    }
}

/// The fuzz targets' report check holds for a finding whose gap is 0 (the printed interval is
/// open at the range's end): the intervals do not overlap, their distance is 0.
#[cfg(feature = "fuzzing")]
#[test]
fn the_fuzz_check_takes_a_finding_with_a_zero_gap() {
    let r = report(
        &indicator("s", "percent", r#", "range": {"at_least": "0", "at_most": "100"}"#),
        r#"{"indicator": "s", "period": "2025", "value": "100", "bound": "more_than"},
           {"indicator": "s", "period": "2024", "value": "0", "bound": "less_than"}"#,
    );
    assert_eq!(r.check().len(), 2);
    chiso::fuzzing::check_report(&r);
}

#[test]
fn a_panel_reports_each_regions_range_findings_with_printed_units_and_vintages() {
    let r = report(
        &[
            indicator("x", "billion VND", r#", "range": {"at_least": "0", "at_most": "5"}"#),
            indicator("p", "thousand products", ""),
        ]
        .join(","),
        r#"{"indicator": "x", "period": "2025", "value": "6000", "unit": "million VND", "as_of": "2025-01-01"},
           {"indicator": "x", "period": "2025", "value": "4999", "unit": "million VND", "as_of": "2025-02-01"},
           {"indicator": "x", "period": "2024", "value": "5001", "unit": "million VND", "bound": "exact"},
           {"indicator": "x", "period": "2023", "value": "5000.4", "unit": "million VND"},
           {"indicator": "p", "period": "2025", "value": "1500.5", "unit": "products", "bound": "exact"},
           {"indicator": "p", "period": "2024", "value": "-1", "unit": "products", "bound": "exact"}"#,
    );
    let kinds: Vec<_> =
        r.check().iter().map(|f| (f.indicators()[0].clone(), f.period().to_string(), f.kind())).collect();
    // The latest 2025 vintage, 4,999 million, is in range; 5,001 million exact is above 5
    // billion; 5,000.4 million as printed is 5.00035–5.00045 billion, wholly above 5.
    let expected = [
        ("x", "2024", FindingKind::OutOfRange),
        ("x", "2023", FindingKind::OutOfRange),
        ("p", "2025", FindingKind::NotWhole),
        ("p", "2024", FindingKind::OutOfRange),
    ];
    for e in expected {
        assert!(kinds.contains(&(e.0.to_string(), e.1.to_string(), e.2)), "{e:?} in {kinds:?}");
    }
    assert_eq!(kinds.len(), expected.len(), "{kinds:?}");
    let panel = Panel::from_reports([r.clone()]).unwrap();
    assert_eq!(panel.check().region("VN-74"), Some(&r.consistency()));
    let en = r.check().iter().map(|f| f.to_string()).collect::<Vec<_>>().join("\n");
    assert!(en.contains("Name p 2025: the reported 1.5005 thousand products is not a whole number"), "{en}");
    assert!(en.contains("Name x 2024: the reported 5.001 billion VND is above 5 billion VND"), "{en}");
}

/// The English sentences name a part of a year by its id in the JSON format (`2025-YTD06`,
/// `2025-Q2`), where the Vietnamese says *6 tháng đầu năm 2025*, *quý II/2025*.
#[test]
#[ignore = "defect left to the lead: English reasons write period ids (2025-YTD06); the goldens in reasons.rs and the CLI tests use them"]
fn english_names_a_year_to_date_in_words() {
    let r =
        report(&indicator("x", "billion VND", ""), r#"{"indicator": "x", "period": "2025-YTD06", "growth": "13.5"}"#);
    let [kind, en, _] = sentences(&r, &growth_target("x", "2024", Condition::AtLeast(d("10"))));
    assert_eq!(kind, "on_track");
    assert!(!en.contains("YTD"), "{en}");
}
