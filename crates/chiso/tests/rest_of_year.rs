//! What the rest of the year needs (issue 12 §1): the worked example of exports, its variants,
//! and the intervals checked against exact corners.
//!
//! Every expected number was computed with Python's `fractions.Fraction` (the formula in the
//! module docs of `rest_of_year.rs`, at every corner of the printed bounds) and rounded once
//! with `decimal.Context(prec=28)`: floor for a low end, ceiling for a high end, half-even for
//! the point.

use chiso::{Lang, Report, RestFlag, RestOfYear, RestSide, Verdict};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Signed;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

/// A one-region report with exports (a flow) and the IIP (an index), the observations given as
/// JSON objects and one target.
fn report(observations: &[String], target: &str) -> Report {
    let json = format!(
        r#"{{"format": "chiso.report/1",
        "region": {{"id": "VN-XX", "name": {{"vi": "Tỉnh", "en": "Province"}}}},
        "publisher": {{"vi": "Sở", "en": "Department"}},
        "indicators": [
          {{"id": "exports", "name": {{"vi": "Kim ngạch xuất khẩu", "en": "Exports"}},
            "unit": "billion USD", "measure": "flow", "polarity": "higher_is_better"}},
          {{"id": "iip", "name": {{"vi": "Chỉ số sản xuất công nghiệp", "en": "IIP"}},
            "unit": "points", "measure": "index", "polarity": "higher_is_better"}}],
        "observations": [{}],
        "targets": [{target}]}}"#,
        observations.join(",")
    );
    Report::from_json(&json).unwrap()
}

fn level(indicator: &str, period: &str, value: &str) -> String {
    format!(r#"{{"indicator": "{indicator}", "period": "{period}", "value": "{value}", "bound": "as_printed"}}"#)
}

fn level_growth(period: &str, value: &str, growth: &str) -> String {
    format!(
        r#"{{"indicator": "exports", "period": "{period}", "value": "{value}", "bound": "as_printed",
            "growth": "{growth}", "growth_bound": "as_printed"}}"#
    )
}

fn exports_target(condition: &str) -> String {
    format!(r#"{{"indicator": "exports", "period": "2025", "growth": {condition}}}"#)
}

fn rest(report: &Report) -> RestOfYear {
    report.assess(&report.targets()[0]).unwrap().required_rest_of_year().cloned().unwrap()
}

/// The worked example: 10.0 for January–June 2025, 8.93 a year earlier, 18.0 for all of 2024.
fn worked(condition: &str) -> Report {
    report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD06", "8.93"),
            level("exports", "2025-YTD06", "10.0"),
        ],
        &exports_target(condition),
    )
}

fn ends(e: &chiso::Estimate) -> (Decimal, Decimal) {
    (e.low().unwrap(), e.high().unwrap())
}

#[test]
fn the_worked_example_needs_4_08_percent_from_july_to_december() {
    let report = worked(r#"{"at_least": "8"}"#);
    let assessment = report.assess(&report.targets()[0]).unwrap();
    assert_eq!(assessment.verdict(), Verdict::OnTrack);
    let rest = assessment.required_rest_of_year().unwrap();
    assert!(rest.is_applicable());
    let r = rest.requirement().unwrap();
    assert_eq!((r.months(), r.side(), r.base_year(), r.base_implied()), (6, RestSide::Floor, 2024, false));
    // 18.0 × 1.08 = 19.44; 19.44 − 10.0 = 9.44; 18.0 − 8.93 = 9.07.
    assert_eq!(r.needed().value(), d("19.44"));
    assert_eq!(r.rest_needed().value(), d("9.44"));
    assert_eq!(r.base().unwrap().value(), d("9.07"));
    // 100 × 9.44 / 9.07 − 100 = 3700/907 %.
    let g = r.growth().unwrap();
    assert_eq!(g.value(), d("4.079382579933847850055126792"));
    assert_eq!(ends(g), (d("3.445983379501385041551246537"), d("4.706527701590784421283598465")));
    assert!(r.growth_upper().is_none());
    assert_eq!(r.flags(), &[] as &[RestFlag]);
    // 10.0 / 8.93 − 1, the year to date's growth.
    assert_eq!(r.year_to_date_growth().unwrap().value(), d("11.98208286674132138857782755"));
    let vi = rest.describe(Lang::Vi);
    assert!(vi.starts_with("6 tháng cuối năm cần tăng 4,08% (3,44–4,71) so với cùng kỳ năm 2024: đạt 9,44"), "{vi}");
    let en = rest.describe(Lang::En);
    assert!(
        en.starts_with("The last 6 months need growth of 4.08% (3.44–4.71) on the same months of 2024: 9.44"),
        "{en}"
    );
}

#[test]
fn the_base_is_implied_by_the_printed_growth_when_last_year_to_date_is_not_printed() {
    let report = report(
        &[level("exports", "2024", "18.0"), level_growth("2025-YTD06", "10.0", "12")],
        &exports_target(r#"{"at_least": "8"}"#),
    );
    let rest = rest(&report);
    let r = rest.requirement().unwrap();
    assert!(r.base_implied());
    // B = 10.0 / 1.12; g = 100 × (19.44 − 10)(112) / (18 × 112 − 1000) − 100 = 4128/1016 %.
    let g = r.growth().unwrap();
    assert_eq!(g.value(), d("4.062992125984251968503937008"));
    // The printed 12 is 11.5–12.5.
    assert_eq!(ends(g), (d("3.541589648798521256931608133"), d("4.577647839225609905903741739")));
    assert_eq!(r.year_to_date_growth().unwrap().value(), d("12"));
}

#[test]
fn a_range_target_gives_a_range_of_required_growths() {
    let report = worked(r#"{"between": ["8", "10"]}"#);
    let rest = rest(&report);
    let r = rest.requirement().unwrap();
    assert_eq!(r.side(), RestSide::Range);
    assert_eq!(r.growth().unwrap().value(), d("4.079382579933847850055126792"));
    // 18.0 × 1.10 = 19.8: 100 × 9.8 / 9.07 − 100.
    let upper = r.growth_upper().unwrap();
    assert_eq!(upper.value(), d("8.048511576626240352811466373"));
    assert_eq!(ends(upper), (d("7.423822714681440443213296398"), d("8.667032364234777838727372463")));
    assert_eq!(r.needed_upper().unwrap().value(), d("19.80"));
    assert_eq!(r.rest_needed_upper().unwrap().value(), d("9.80"));
    assert!(rest
        .describe(Lang::Vi)
        .starts_with("6 tháng cuối năm cần tăng từ 4,08% (3,44–4,71) đến 8,05% (7,42–8,67)"));
    assert!(rest.describe(Lang::En).starts_with("The last 6 months need growth of 4.08% (3.44–4.71) to 8.05%"));
}

#[test]
fn a_year_to_date_that_already_reaches_the_year_needs_nothing_more() {
    let report = report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD10", "15.0"),
            level("exports", "2025-YTD10", "20.0"),
        ],
        &exports_target(r#"{"at_least": "8"}"#),
    );
    let rest = rest(&report);
    let r = rest.requirement().unwrap();
    // 19.44 − 20.0 = −0.56 at most −0.46 (20.0 prints 19.95–20.05; 18.0 × 1.08 at most 19.494).
    assert_eq!(r.rest_needed().value(), d("-0.56"));
    assert_eq!(r.flags(), &[RestFlag::AlreadyMet]);
    assert!(
        rest.describe(Lang::En).starts_with("January–October 2025 already reached 19.44"),
        "{}",
        rest.describe(Lang::En)
    );
    assert!(rest.describe(Lang::Vi).starts_with("10 tháng đầu năm 2025 đã đạt 19,44"));
}

#[test]
fn a_negative_required_growth_says_the_rest_may_fall() {
    let report = report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD06", "8.93"),
            level("exports", "2025-YTD06", "11.0"),
        ],
        &exports_target(r#"{"at_least": "8"}"#),
    );
    let rest = rest(&report);
    let r = rest.requirement().unwrap();
    // 100 × 8.44 / 9.07 − 100.
    assert_eq!(r.growth().unwrap().value(), d("-6.945975744211686879823594267"));
    assert_eq!(r.flags(), &[RestFlag::MayFall]);
    assert!(
        rest.describe(Lang::Vi).starts_with("6 tháng cuối năm có thể giảm 6,95% (6,26–7,64)"),
        "{}",
        rest.describe(Lang::Vi)
    );
    assert!(rest.describe(Lang::En).starts_with("The last 6 months may fall by 6.95% (6.26–7.64)"));
}

#[test]
fn a_required_growth_far_above_the_year_to_date_is_implausible() {
    let report = worked(r#"{"at_least": "30"}"#);
    let assessment = report.assess(&report.targets()[0]).unwrap();
    assert_eq!(assessment.verdict(), Verdict::OffTrack);
    let rest = assessment.required_rest_of_year().unwrap();
    let r = rest.requirement().unwrap();
    // 18.0 × 1.3 = 23.4: 100 × 13.4 / 9.07 − 100; its low end, 47.01, is over 20 points above 12.61.
    assert_eq!(r.growth().unwrap().value(), d("47.73980154355016538037486218"));
    assert_eq!(ends(r.growth().unwrap()).0, d("47.01369863013698630136986301"));
    assert_eq!(r.flags(), &[RestFlag::Implausible]);
    assert!(rest
        .describe(Lang::En)
        .contains("; implausible: more than 20 points above the growth of January–June 2025"));
    assert!(rest.describe(Lang::Vi).contains("; khó đạt: cao hơn tốc độ tăng 6 tháng đầu năm 2025"));
}

#[test]
fn with_one_month_left_december_is_named() {
    let report = report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD11", "15.2"),
            level("exports", "2025-YTD11", "16.5"),
        ],
        &exports_target(r#"{"at_least": "8"}"#),
    );
    let rest = rest(&report);
    let r = rest.requirement().unwrap();
    assert_eq!(r.months(), 1);
    // 100 × (19.44 − 16.5) / (18.0 − 15.2) − 100 = 5, exactly.
    assert_eq!(r.growth().unwrap().value(), d("5"));
    assert_eq!(ends(r.growth().unwrap()), (d("1.285714285714285714285714285"), d("8.740740740740740740740740741")));
    assert!(rest.describe(Lang::Vi).starts_with("Tháng 12 cần tăng 5,00% (1,28–8,75)"), "{}", rest.describe(Lang::Vi));
    assert!(rest.describe(Lang::En).starts_with("December needs growth of 5.00%"));
}

#[test]
fn an_index_has_no_rest_of_year_number() {
    let report = report(
        &[r#"{"indicator": "iip", "period": "2025-YTD06", "growth": "8.5", "growth_bound": "as_printed"}"#.to_string()],
        r#"{"indicator": "iip", "period": "2025", "growth": {"at_least": "9.7"}}"#,
    );
    let rest = rest(&report);
    assert!(!rest.is_applicable());
    assert!(rest.requirement().is_none());
    assert_eq!(rest.months(), 6);
    assert!(matches!(rest, RestOfYear::NotApplicable { measure: chiso::Measure::Index, .. }));
    assert_eq!(
        rest.describe(Lang::En),
        "Rest-of-year arithmetic does not apply to an index: its months do not add up."
    );
    assert!(rest.describe(Lang::Vi).contains("với một chỉ số: số liệu các tháng không cộng dồn được"));
}

#[test]
fn a_level_target_on_a_flow_gets_a_requirement_too() {
    let target = r#"{"indicator": "exports", "period": "2025", "level": {"at_least": "20.0"}}"#;
    let obs = [
        level("exports", "2024", "18.0"),
        level("exports", "2024-YTD06", "8.93"),
        level("exports", "2025-YTD06", "10.0"),
    ];
    let with_levels = rest(&report(&obs, target));
    let r = with_levels.requirement().unwrap();
    assert_eq!((r.needed().value(), r.rest_needed().value()), (d("20.0"), d("10.0")));
    // 100 × 10 / 9.07 − 100.
    assert_eq!(r.growth().unwrap().value(), d("10.25358324145534729878721058"));
    assert_eq!(ends(r.growth().unwrap()), (d("9.041095890410958904109589041"), d("11.48086522462562396006655575")));
    // Without last year's levels: the level the rest needs, no growth.
    let bare = rest(&report(&[level("exports", "2025-YTD06", "10.0")], target));
    let r = bare.requirement().unwrap();
    assert_eq!(r.rest_needed().value(), d("10.0"));
    assert!(r.growth().is_none() && r.base().is_none());
    assert!(bare.describe(Lang::En).starts_with("The last 6 months need 10.0"), "{}", bare.describe(Lang::En));
    assert!(bare.describe(Lang::Vi).starts_with("6 tháng cuối năm cần đạt 10,0"));
}

#[test]
fn a_level_target_with_the_base_implied_by_the_printed_growth() {
    let target = r#"{"indicator": "exports", "period": "2025", "level": {"at_least": "20"}}"#;
    let rest = rest(&report(&[level("exports", "2024", "18.0"), level_growth("2025-YTD06", "10.0", "12")], target));
    let g = rest.requirement().unwrap().growth().unwrap().clone();
    assert_eq!(g.value(), d("10.23622047244094488188976378"));
    assert_eq!(ends(&g), (d("9.140767824497257769652650822"), d("11.34212683508458156345480290")));
}

#[test]
fn a_ceiling_says_how_much_the_rest_may_grow() {
    let report = worked(r#"{"at_most": "8"}"#);
    let rest = rest(&report);
    let r = rest.requirement().unwrap();
    assert_eq!(r.side(), RestSide::Ceiling);
    assert!(rest.describe(Lang::En).starts_with("The last 6 months may grow by at most 4.08%"));
    assert!(rest.describe(Lang::Vi).starts_with("6 tháng cuối năm chỉ được tăng tối đa 4,08%"));
}

#[test]
fn a_required_growth_that_straddles_zero_is_undetermined() {
    // 100 × (19.44 − 10.4) / 9.07 − 100 = −0.33: the bounds reach both sides of zero.
    let report = report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD06", "8.93"),
            level("exports", "2025-YTD06", "10.4"),
        ],
        &exports_target(r#"{"at_least": "8"}"#),
    );
    let rest = rest(&report);
    let g = rest.requirement().unwrap().growth().unwrap();
    assert!(g.low().unwrap() < Decimal::ZERO && g.high().unwrap() > Decimal::ZERO);
    assert_eq!(rest.requirement().unwrap().flags(), &[RestFlag::Undetermined]);
    assert!(rest.describe(Lang::En).ends_with("; the printed figures cannot tell which side it falls on."));
}

#[test]
fn a_whole_year_figure_or_a_month_is_not_tracked_so_has_no_rest_of_year() {
    let report = report(
        &[level("exports", "2024", "18.0"), level("exports", "2025", "19.5")],
        &exports_target(r#"{"at_least": "8"}"#),
    );
    let a = report.assess(&report.targets()[0]).unwrap();
    assert!(a.required_rest_of_year().is_none());
}

#[test]
fn the_rest_of_year_is_serialised_with_the_assessment() {
    let report = worked(r#"{"at_least": "8"}"#);
    let a = report.assess(&report.targets()[0]).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    let rest = &json["required_rest_of_year"];
    assert_eq!(rest["kind"], "required");
    assert_eq!(rest["months"], 6);
    assert_eq!(rest["side"], "floor");
    assert_eq!(rest["flags"], serde_json::json!([]));
}

fn rational(x: Decimal) -> BigRational {
    BigRational::new(BigInt::from(x.mantissa()), BigInt::from(10).pow(x.scale()))
}

/// The exact required growth for a printed base `b`.
fn exact(t: Decimal, p: Decimal, y: Decimal, b: Decimal) -> BigRational {
    let hundred = BigRational::from_integer(BigInt::from(100));
    let need = rational(p) * (&hundred + rational(t)) / &hundred;
    &hundred * (need - rational(y)) / (rational(p) - rational(b)) - hundred
}

proptest! {
    /// Every combination of true inputs the printed figures allow gives a required growth
    /// inside the interval, and the point is the exact value at the printed figures.
    #[test]
    fn the_interval_holds_every_value_the_printed_figures_allow(
        p in 1500i64..3000, y in 200i64..1400, b in 100i64..1200, t in -20i64..40,
        fp in 0i64..=10, fy in 0i64..=10, fb in 0i64..=10,
    ) {
        prop_assume!(b + 1 < p);
        let (pd, yd, bd, td) = (Decimal::new(p, 1), Decimal::new(y, 1), Decimal::new(b, 1), Decimal::from(t));
        let report = report(
            &[level("exports", "2024", &pd.to_string()), level("exports", "2024-YTD06", &bd.to_string()),
              level("exports", "2025-YTD06", &yd.to_string())],
            &exports_target(&format!(r#"{{"at_least": "{td}"}}"#)),
        );
        let rest = rest(&report);
        let Some(g) = rest.requirement().unwrap().growth() else {
            // Only a base that may reach zero leaves no growth: P − B ≤ 0.1 is excluded above.
            return Err(TestCaseError::fail("no growth"));
        };
        let point = exact(td, pd, yd, bd);
        prop_assert!((rational(g.value()) - &point).abs() < BigRational::new(BigInt::from(1), BigInt::from(10).pow(20)));
        // A point of the box: each input moved by (f − 5)/100, within its half-width of 0.05.
        let inside = |x: Decimal, f: i64| x + Decimal::new(f - 5, 2);
        let value = exact(td, inside(pd, fp), inside(yd, fy), inside(bd, fb));
        prop_assert!(rational(g.low().unwrap()) <= value && value <= rational(g.high().unwrap()));
    }
}

#[test]
fn a_base_that_may_be_zero_or_a_one_sided_figure_gives_the_level_but_no_growth() {
    // January–June 2024 printed as all of 2024: the rest of 2024 may be zero.
    let zero = rest(&report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD06", "18.0"),
            level("exports", "2025-YTD06", "10.0"),
        ],
        &exports_target(r#"{"at_least": "8"}"#),
    ));
    let r = zero.requirement().unwrap();
    assert_eq!((r.growth(), r.base()), (None, None));
    assert_eq!(r.rest_needed().value(), d("9.44"));
    assert!(r.has(RestFlag::BaseNotPositive));
    assert!(zero.describe(Lang::En).contains("no growth: the same months a year earlier may be zero or less"));
    // "More than 10.0" for January–June: the growth has no lower bound.
    let more_than = r#"{"indicator": "exports", "period": "2025-YTD06", "value": "10.0", "bound": "more_than"}"#;
    let one_sided = rest(&report(
        &[level("exports", "2024", "18.0"), level("exports", "2024-YTD06", "8.93"), more_than.to_string()],
        &exports_target(r#"{"at_least": "8"}"#),
    ));
    let r = one_sided.requirement().unwrap();
    assert!(r.growth().is_none() && r.has(RestFlag::OneSided));
    assert!(one_sided.describe(Lang::Vi).contains("có số liệu chỉ công bố một cận"));
}

#[test]
fn a_ceiling_already_passed_or_needing_a_fall_is_flagged() {
    // At most +8%: 19.44 allowed, 20.0 already in ten months.
    let passed = rest(&report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD10", "15.0"),
            level("exports", "2025-YTD10", "20.0"),
        ],
        &exports_target(r#"{"at_most": "8"}"#),
    ));
    assert_eq!(passed.requirement().unwrap().flags(), &[RestFlag::AlreadyMissed]);
    assert!(passed.describe(Lang::En).ends_with("the most the year allows: the target cannot be met."));
    // At most +8% with 11.0 in six months: the rest must fall by 6.95% (100 × 8.44 / 9.07 − 100).
    let fall = rest(&report(
        &[
            level("exports", "2024", "18.0"),
            level("exports", "2024-YTD06", "8.93"),
            level("exports", "2025-YTD06", "11.0"),
        ],
        &exports_target(r#"{"at_most": "8"}"#),
    ));
    // The year to date grew 23.18% (11.0 / 8.93 − 1): a fall of 6.95% is over 20 points below it.
    assert_eq!(fall.requirement().unwrap().flags(), &[RestFlag::MustFall, RestFlag::Implausible]);
    assert!(fall
        .describe(Lang::En)
        .contains("; implausible: more than 20 points below the growth of January–June 2025"));
    assert!(
        fall.describe(Lang::Vi).starts_with("6 tháng cuối năm cần giảm ít nhất 6,95%"),
        "{}",
        fall.describe(Lang::Vi)
    );
}

/// Review: a strict bound is not reached by a year to date exactly at it. 18 × 1.08 = 19.44
/// (Fraction): January–November at exactly 19.44 meets `at least 8%` whatever December does,
/// but `more than 8%` still needs December above zero; `at most 8%` is still kept by a
/// December of zero, `less than 8%` is already missed.
#[test]
fn a_year_to_date_exactly_at_a_strict_bound_has_not_reached_it() {
    let exact = |period: &str, value: &str| {
        format!(r#"{{"indicator": "exports", "period": "{period}", "value": "{value}", "bound": "exact"}}"#)
    };
    let flags = |condition: &str| {
        let report = report(
            &[exact("2024", "18"), exact("2024-YTD11", "16.5"), exact("2025-YTD11", "19.44")],
            &exports_target(condition),
        );
        let rest = rest(&report);
        let r = rest.requirement().unwrap();
        assert_eq!(r.rest_needed().value(), Decimal::ZERO);
        r.flags().to_vec()
    };
    assert_eq!(flags(r#"{"at_least": "8"}"#), vec![RestFlag::AlreadyMet]);
    assert!(!flags(r#"{"more_than": "8"}"#).contains(&RestFlag::AlreadyMet));
    assert!(!flags(r#"{"at_most": "8"}"#).contains(&RestFlag::AlreadyMissed));
    assert!(flags(r#"{"less_than": "8"}"#).contains(&RestFlag::AlreadyMissed));
}

/// Review: a strict target needs strictly more: `more than 8%` gives a required growth of more
/// than 4.08% (Fraction(3700, 907) for the worked example), not "growth of 4.08%".
#[test]
fn a_strict_target_is_described_as_strict() {
    let rest = rest(&worked(r#"{"more_than": "8"}"#));
    assert!(rest.describe(Lang::En).contains("more than 4.08%"), "{}", rest.describe(Lang::En));
    assert!(rest.describe(Lang::Vi).contains("hơn 4,08%"), "{}", rest.describe(Lang::Vi));
}

#[test]
fn a_region_that_ends_within_the_year_needs_nothing_of_the_months_after_its_end() {
    // The worked example (on track, and 4.08% needed of July–December while the region lives).
    let worked = worked(r#"{"at_least": "8"}"#);
    let region = |ended: &str| {
        let ended = ended.parse().unwrap();
        chiso::Region::new("VN-XX", worked.region().name.clone()).with_end(ended, None).unwrap()
    };
    // Ended on 1 July 2025: no figure of July–December will come for it, so nothing is asked of
    // them; the year to date from before the end still tracks the target.
    let ended = worked.clone().with_region(region("2025-07-01")).unwrap();
    let assessment = ended.assess(&ended.targets()[0]).unwrap();
    assert_eq!(assessment.verdict(), Verdict::OnTrack);
    assert!(assessment.required_rest_of_year().is_none(), "{:?}", assessment.required_rest_of_year());
    // Ended on 1 January 2026, after the year: the rest of the year is asked of it as before.
    let after = worked.clone().with_region(region("2026-01-01")).unwrap();
    assert_eq!(rest(&after), rest(&worked));
}
