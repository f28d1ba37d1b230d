//! Sanity findings: a level outside its indicator's natural range, and a count that is not a
//! whole number, in a report and in a panel, and the range in the JSON and CSV formats.

use chiso::panel::{LongCsv, OnBadRow};
use chiso::{FindingKind, Lang, NaturalRange, Panel, Report};
use rust_decimal::Decimal;

/// A report with a count, a share, a plan completion that may pass 100% and a balance that
/// may be negative; `observations` is the JSON of its observations.
fn report(observations: &str) -> chiso::Result<Report> {
    Report::from_json(&format!(
        r#"{{"format": "chiso.report/1",
        "region": {{"id": "VN-74", "name": {{"vi": "Bình Phước", "en": "Binh Phuoc"}}}},
        "publisher": {{"vi": "Sở Công Thương", "en": "Department of Industry and Trade"}},
        "indicators": [
          {{"id": "products", "name": {{"vi": "Sản phẩm đạt cấp tỉnh", "en": "Products recognised at province level"}},
            "unit": "products", "measure": "flow", "polarity": "higher_is_better"}},
          {{"id": "digitised", "name": {{"vi": "Tỷ lệ số hóa hồ sơ", "en": "Share of dossiers digitised"}},
            "unit": "percent", "measure": "rate", "polarity": "higher_is_better",
            "range": {{"at_least": "0", "at_most": "100"}}}},
          {{"id": "plan_completion", "name": {{"vi": "Tỷ lệ hoàn thành kế hoạch", "en": "Plan completion"}},
            "unit": "percent", "measure": "rate", "polarity": "higher_is_better"}},
          {{"id": "fairs", "name": {{"vi": "Phiên chợ", "en": "Fairs"}},
            "unit": "thousand fairs", "measure": "flow", "polarity": "higher_is_better"}}
        ],
        "observations": [{observations}],
        "targets": []}}"#
    ))
}

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

#[test]
fn a_negative_count_is_out_of_range() -> chiso::Result<()> {
    let report = report(r#"{"indicator": "products", "period": "2024", "value": "-41", "bound": "exact"}"#)?;
    let findings = report.check();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!((f.kind(), f.kind().name()), (FindingKind::OutOfRange, "out_of_range"));
    assert_eq!(f.indicators(), ["products"]);
    assert_eq!((f.reported().value(), f.implied().value(), f.gap()), (d("-41"), d("0"), d("41")));
    assert_eq!(
        f.to_string(),
        "Products recognised at province level 2024: the reported -41 products is below 0 products, the least it can be."
    );
    assert_eq!(
        f.message_in(Lang::Vi),
        "Sản phẩm đạt cấp tỉnh năm 2024: số liệu công bố -41 sản phẩm thấp hơn 0 sản phẩm, mức thấp nhất có thể."
    );
    // Nothing else was related, so nothing agrees.
    assert_eq!(report.consistency().agreeing(), 0);
    Ok(())
}

#[test]
fn a_share_of_140_percent_is_out_of_range_by_percentage_points() -> chiso::Result<()> {
    let report = report(r#"{"indicator": "digitised", "period": "2024", "value": "140"}"#)?;
    let findings = report.check();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!(f.kind(), FindingKind::OutOfRange);
    // 140 as printed is 139.5 to 140.5: 39.5 points above the most a share can be.
    assert_eq!((f.reported().low(), f.implied().value(), f.gap()), (Some(d("139.5")), d("100"), d("39.5")));
    assert_eq!(f.to_string(), "Share of dossiers digitised 2024: the reported 140% is above 100%, the most it can be.");
    assert_eq!(
        f.message_in(Lang::Vi),
        "Tỷ lệ số hóa hồ sơ năm 2024: số liệu công bố 140% cao hơn 100%, mức cao nhất có thể."
    );
    Ok(())
}

#[test]
fn a_count_of_twelve_and_a_half_is_not_whole() -> chiso::Result<()> {
    let report = report(r#"{"indicator": "products", "period": "2024", "value": "12.5", "bound": "exact"}"#)?;
    let findings = report.check();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!((f.kind(), f.kind().name()), (FindingKind::NotWhole, "not_whole"));
    assert_eq!((f.implied().value(), f.gap()), (d("12"), d("0.5")));
    assert_eq!(
        f.to_string(),
        "Products recognised at province level 2024: the reported 12.5 products is not a whole number, and a count must be."
    );
    assert_eq!(
        f.message_in(Lang::Vi),
        "Sản phẩm đạt cấp tỉnh năm 2024: số liệu công bố 12,5 sản phẩm không phải là số nguyên, trong khi số đếm phải \
         là số nguyên."
    );
    // Printed 12.5 (12.45–12.55) holds no whole number either; printed 12 (11.5–12.5) does.
    assert_eq!(report_of("products", "12.5", "as_printed")?.check().len(), 1);
    assert!(report_of("products", "12", "as_printed")?.check().is_empty());
    // A scaled count: 12.5 thousand fairs are 12,500 fairs.
    assert!(report_of("fairs", "12.5", "exact")?.check().is_empty());
    let fairs = report_of("fairs", "12.5005", "exact")?.check();
    assert_eq!(fairs.len(), 1);
    assert_eq!((fairs[0].kind(), fairs[0].implied().value()), (FindingKind::NotWhole, d("12.500")));
    Ok(())
}

fn report_of(id: &str, value: &str, bound: &str) -> chiso::Result<Report> {
    report(&format!(r#"{{"indicator": "{id}", "period": "2024", "value": "{value}", "bound": "{bound}"}}"#))
}

#[test]
fn a_printed_interval_straddling_the_range_is_no_finding() -> chiso::Result<()> {
    // Printed 100% is 99.5 to 100.5: it may be right.
    assert!(report_of("digitised", "100", "as_printed")?.check().is_empty());
    assert!(report_of("digitised", "100.4", "about")?.check().is_empty());
    // Printed 100.6 is 100.55 to 100.65: wholly above.
    assert_eq!(report_of("digitised", "100.6", "as_printed")?.check().len(), 1);
    // "Less than 0" (an open end at 0) lies wholly below.
    assert_eq!(report_of("products", "0", "less_than")?.check()[0].kind(), FindingKind::OutOfRange);
    // "At most 0" may be 0.
    assert!(report_of("products", "0", "at_most")?.check().is_empty());
    Ok(())
}

#[test]
fn a_plan_completion_with_no_range_may_pass_100_percent() -> chiso::Result<()> {
    assert!(report_of("plan_completion", "105", "exact")?.check().is_empty());
    assert!(report_of("plan_completion", "-5", "exact")?.check().is_empty());
    Ok(())
}

#[test]
fn the_embedded_report_has_ranges_and_no_sanity_finding() -> chiso::Result<()> {
    let report = chiso::datasets::binh_duong_2024();
    assert!(report.check().is_empty());
    let range = |id: &str| report.indicator(id).unwrap().range().copied();
    let share = NaturalRange::new(Some(Decimal::ZERO), Some(Decimal::ONE_HUNDRED))?;
    let non_negative = NaturalRange::new(Some(Decimal::ZERO), None)?;
    for id in ["household_electricity_access", "dossier_results_digitised", "dossiers_resolved_on_time"] {
        assert_eq!(range(id), Some(share), "{id}");
    }
    for id in ["exports", "retail_sales", "commercial_electricity", "industrial_parks", "vietnamese_goods_fairs"] {
        assert_eq!(range(id), Some(non_negative), "{id}");
    }
    // A balance may be negative.
    assert_eq!(range("trade_balance"), None);
    // A digitised share of 140% in the same report is a finding.
    let json = report.to_json().replacen("\"value\": \"100\"", "\"value\": \"140\"", 1);
    let findings = Report::from_json(&json)?.check();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].indicators(), ["dossier_results_digitised"]);
    Ok(())
}

#[test]
fn a_panel_reports_the_same_sanity_findings() -> chiso::Result<()> {
    let report = report(
        r#"{"indicator": "products", "period": "2024", "value": "-41", "bound": "exact"},
           {"indicator": "products", "period": "2023", "value": "12.5", "bound": "exact"},
           {"indicator": "digitised", "period": "2024", "value": "140"}"#,
    )?;
    let panel = Panel::from_reports([report.clone()])?;
    let check = panel.check();
    assert_eq!(check.region("VN-74"), Some(&report.consistency()));
    let kinds: Vec<_> = check.findings().map(|(_, f)| (f.indicators()[0].as_str(), f.kind())).collect();
    assert_eq!(kinds.len(), 3);
    assert!(kinds.contains(&("products", FindingKind::NotWhole)));
    assert!(kinds.contains(&("products", FindingKind::OutOfRange)));
    assert!(kinds.contains(&("digitised", FindingKind::OutOfRange)));
    Ok(())
}

#[test]
fn ranges_round_trip_through_json_and_csv() -> chiso::Result<()> {
    let report = report(r#"{"indicator": "products", "period": "2024", "value": "41", "bound": "exact"}"#)?;
    // A count has at least 0 by default, written nowhere; `{}` declares none.
    assert_eq!(report.indicator("products").unwrap().range(), Some(&NaturalRange::new(Some(Decimal::ZERO), None)?));
    assert_eq!(report.indicator("plan_completion").unwrap().range(), None);
    let json = report.to_json();
    assert_eq!(json.matches("\"range\"").count(), 1, "{json}");
    let unbounded = json.replacen("\"unit\": \"products\",", "\"unit\": \"products\", \"range\": {},", 1);
    let none = Report::from_json(&unbounded)?;
    assert_eq!(none.indicator("products").unwrap().range(), None);
    assert_eq!(Report::from_json(&none.to_json())?, none);
    assert!(none.to_json().contains("\"range\": {}"));
    // A count of −41 is then no finding.
    let negative = unbounded.replacen("\"value\": \"41\"", "\"value\": \"-41\"", 1);
    assert!(Report::from_json(&negative)?.check().is_empty());
    // The long CSV format keeps each range.
    let panel = Panel::from_reports([none, chiso::datasets::binh_duong_2024()])?;
    let csv = panel.to_csv();
    assert!(csv.indicators.lines().next().unwrap().ends_with(",range"));
    assert!(csv.indicators.contains(",0..100\n"));
    let observations = [csv.observations.as_str()];
    let long = LongCsv {
        indicators: &csv.indicators,
        observations: &observations,
        targets: Some(&csv.targets),
        regions: Some(&csv.regions),
    };
    let (back, bad) = Panel::from_csv(long, OnBadRow::Raise)?;
    assert!(bad.is_empty());
    assert_eq!(back, panel);
    assert_eq!(back.catalogue().get("products").unwrap().range(), None);
    Ok(())
}

#[test]
fn a_bad_range_is_refused_with_its_path() {
    let bad = |range: &str| {
        let json = report("").unwrap().to_json().replacen(
            "\"unit\": \"products\",",
            &format!("\"unit\": \"products\", \"range\": {range},"),
            1,
        );
        Report::from_json(&json).unwrap_err().to_string()
    };
    assert_eq!(
        bad(r#"{"at_least": "5", "at_most": "1"}"#),
        "indicators[0].range: \"5–1\" is not a valid natural range: the low end exceeds the high end"
    );
    assert_eq!(
        bad(r#"{"at_least": "0.2", "at_most": "0.8"}"#),
        "indicators[0].range: \"0.2–0.8\" is not a valid natural range: a count's range must hold a whole number"
    );
    assert!(bad(r#"{"at_least": 0}"#).starts_with("indicators[0].range.at_least: "), "{}", bad(r#"{"at_least": 0}"#));
    let unknown = bad(r#"{"above": "0"}"#);
    assert!(unknown.starts_with("indicators[0].range.above: unknown field `above`"), "{unknown}");
}
