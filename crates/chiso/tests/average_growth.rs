//! Average-growth targets (*tăng bình quân 8%/năm giai đoạn 2021–2025*): judged from levels,
//! from chained printed growths, from the years so far, and pending or not assessable without
//! figures. Every expected number was computed with Python's `decimal` at 60 digits from the
//! exact `fractions.Fraction` ratio, `((end / start) ** (1 / n) - 1) * 100`, as each comment says.

use chiso::{Condition, Lang, Report, Target, Verdict};
use rust_decimal::Decimal;

/// A `chiso.report/2` document with one GRDP indicator, `observations` (JSON objects) and an
/// average-growth target of at least 8% a year over 2021–2025; `region` extra fields as given.
fn report(region_extra: &str, observations: &[&str]) -> Report {
    let text = format!(
        r#"{{"format": "chiso.report/2",
  "region": {{"id": "VN-57", "name": {{"vi": "Bình Dương", "en": "Binh Duong"}}{region_extra}}},
  "publisher": {{"vi": "Cục Thống kê", "en": "Statistics Office"}},
  "indicators": [{{"id": "grdp", "name": {{"vi": "Tổng sản phẩm trên địa bàn (GRDP)", "en": "GRDP"}},
                  "unit": "billion VND", "measure": "flow", "polarity": "higher_is_better"}}],
  "observations": [{}],
  "targets": [{{"indicator": "grdp", "average_growth": {{"at_least": "8"}}, "span": ["2021", "2025"]}}]}}"#,
        observations.join(", ")
    );
    Report::from_json(&text).unwrap_or_else(|err| panic!("{err}\n{text}"))
}

fn level(period: &str, value: &str, bound: &str) -> String {
    format!(r#"{{"indicator": "grdp", "period": "{period}", "value": "{value}", "bound": "{bound}"}}"#)
}

fn growth(period: &str, value: &str) -> String {
    format!(r#"{{"indicator": "grdp", "period": "{period}", "growth": "{value}"}}"#)
}

fn assess(report: &Report) -> chiso::Assessment {
    report.assess(&report.targets()[0]).unwrap()
}

#[test]
fn the_target_reads_and_writes_its_span() {
    let r = report("", &[&level("2020", "100", "exact")]);
    let t = &r.targets()[0];
    assert_eq!(t.span(), Some((2021, 2025)));
    assert_eq!(t, &Target::average_growth("grdp", 2021, 2025, Condition::AtLeast(Decimal::from(8))).unwrap());
    assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
    assert_eq!(t.spec().describe(&chiso::Unit::percent(), Lang::En), "average growth at least 8% a year");
    assert!(Target::average_growth("grdp", 2025, 2021, Condition::AtLeast(Decimal::ONE)).is_err());
    assert!(Target::average_growth("grdp", 1, 2, Condition::AtLeast(Decimal::ONE)).is_err());
}

#[test]
fn from_levels_over_the_years_so_far_it_is_off_track_just_below_the_target() {
    // 100 in 2020 to 125.97 in 2023, exact: 7.99965706338294040853539683369…% a year.
    let r = report("", &[&level("2020", "100", "exact"), &level("2023", "125.97", "exact")]);
    let a = assess(&r);
    assert_eq!(a.verdict(), Verdict::OffTrack);
    assert_eq!(a.actual_period().unwrap().to_string(), "2023");
    assert_eq!(a.actual().unwrap().value().round_dp(20).to_string(), "7.99965706338294040854");
    assert_eq!(
        a.reason_in(Lang::En),
        "GRDP: average growth of 8.00% (7.99–8.00) a year over 2021–2023 is off track for the target (average growth \
         at least 8% a year 2021–2025), from the years so far."
    );
    assert_eq!(
        a.reason_in(Lang::Vi),
        "Tổng sản phẩm trên địa bàn (GRDP): tăng bình quân 8,00% (7,99–8,00)/năm giai đoạn 2021–2023, chậm tiến độ so \
         với mục tiêu tăng bình quân ít nhất 8%/năm giai đoạn 2021–2025 (theo các năm đã có số liệu)."
    );
    // As printed, 100 is 99.5–100.5 and 125.97 is 125.965–125.975: 7.8188…% to 8.1816…% a year.
    let printed = report("", &[&level("2020", "100", "as_printed"), &level("2023", "125.97", "as_printed")]);
    let a = assess(&printed);
    assert_eq!(a.verdict(), Verdict::Undetermined);
    let interval = a.actual().unwrap().interval();
    assert!(interval.contains("7.8189".parse().unwrap()) && !interval.contains("7.8188".parse().unwrap()));
    assert!(interval.contains("8.1816".parse().unwrap()) && !interval.contains("8.1817".parse().unwrap()));
}

#[test]
fn over_the_whole_span_it_is_met() {
    // 100 in 2020 to 150 in 2025, exact: 8.44717711976986137456…% a year.
    let r = report("", &[&level("2020", "100", "exact"), &level("2025", "150", "exact")]);
    let a = assess(&r);
    assert_eq!(a.verdict(), Verdict::Met);
    assert_eq!(a.actual().unwrap().value().round_dp(20).to_string(), "8.44717711976986137456");
    assert_eq!(a.gap_pp().unwrap().value().round_dp(6).to_string(), "0.447177");
}

#[test]
fn without_levels_the_printed_growths_are_chained() {
    // 1.085 × 1.072 × 1.091 = 15862049/12500000, its cube root: 8.26375633892054388263…% a year;
    // from the printed ends (±0.05): 8.2137549914…% to 8.3137576851…%.
    let r = report("", &[&growth("2021", "8.5"), &growth("2022", "7.2"), &growth("2023", "9.1"), &growth("2025", "1")]);
    let a = assess(&r);
    assert_eq!(a.verdict(), Verdict::OnTrack);
    assert_eq!(a.actual_period().unwrap().to_string(), "2023", "2024 is missing, so the chain stops at 2023");
    assert_eq!(a.actual().unwrap().value().round_dp(20).to_string(), "8.26375633892054388263");
    let interval = a.actual().unwrap().interval();
    assert!(interval.contains("8.21376".parse().unwrap()) && !interval.contains("8.21375".parse().unwrap()));
    assert!(interval.contains("8.31375".parse().unwrap()) && !interval.contains("8.31376".parse().unwrap()));
}

#[test]
fn with_no_year_reached_it_is_pending_and_names_the_missing_years() {
    let r = report("", &[&level("2019", "90", "exact"), &level("2022", "110", "exact")]);
    let a = assess(&r);
    assert_eq!(a.verdict(), Verdict::Pending);
    assert_eq!(a.reason().kind(), "pending_average_growth");
    assert_eq!(
        a.reason_in(Lang::En),
        "GRDP: no figure yet for 2020, 2021, 2023, 2024, 2025; the target is average growth at least 8% a year \
         2021–2025."
    );
}

#[test]
fn a_region_that_ended_before_the_span_did_is_not_assessable() {
    let ended = r#", "ended": "2025-07-01", "successor": "VN-SG""#;
    let r = report(ended, &[&level("2020", "100", "exact")]);
    let a = assess(&r);
    assert_eq!(a.verdict(), Verdict::NotAssessable);
    assert_eq!(
        a.reason_in(Lang::En),
        "GRDP: Binh Duong ceased to exist on 1 July 2025 (merged into VN-SG); no 2025 figure will be published for \
         it, so the target cannot be assessed."
    );
    // The years it reached before the end still track it: 100 → 125.97 over 2021–2023 is
    // 7.99966% a year, off track for at least 8%.
    let reached = report(ended, &[&level("2020", "100", "exact"), &level("2023", "125.97", "exact")]);
    assert_eq!(assess(&reached).verdict(), Verdict::OffTrack);
    // A 2025 figure published before the end judges it.
    let published = report(ended, &[&level("2020", "100", "exact"), &level("2025", "150", "exact")]);
    assert_eq!(assess(&published).verdict(), Verdict::Met);
}
