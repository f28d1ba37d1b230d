//! Every verdict a target check can give, with its gaps and its reason, and every kind of
//! consistency finding, on small reports built for each case.

use chiso::{
    Condition, Identity, Indicator, Measure, Names, Observation, Polarity, Region, Report, Spec, Target, Verdict,
};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

fn indicator(id: &str, unit: &str, measure: Measure, polarity: Polarity) -> Indicator {
    Indicator::new(id, Names::new(id, id), unit.parse().unwrap(), measure, polarity).unwrap()
}

fn observation(id: &str, period: &str, value: Option<&str>, growth: Option<&str>) -> Observation {
    let mut o = Observation::new(id, period.parse().unwrap()).unwrap();
    if let Some(v) = value {
        o = o.with_value(v.parse().unwrap());
    }
    if let Some(g) = growth {
        o = o.with_growth(g.parse().unwrap());
    }
    o
}

/// A report of a sales flow (higher is better), a cost (lower is better) and a rate.
fn report(observations: Vec<Observation>) -> Report {
    let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
    let indicators = vec![
        indicator("sales", "billion VND", Measure::Flow, Polarity::HigherIsBetter),
        indicator("cost", "billion VND", Measure::Flow, Polarity::LowerIsBetter),
        indicator("access", "percent", Measure::Rate, Polarity::HigherIsBetter),
    ];
    Report::new(region, Names::new("Sở", "Department"), indicators, observations, vec![]).unwrap()
}

fn growth_target(id: &str, condition: Condition) -> Target {
    Target::growth(id, "2025".parse().unwrap(), condition).unwrap()
}

fn range(low: &str, high: &str) -> Condition {
    Condition::between(d(low), d(high)).unwrap()
}

#[test]
fn a_growth_inside_the_range_is_met_with_the_levels_it_requires() {
    let r =
        report(vec![observation("sales", "2024", Some("100"), None), observation("sales", "2025", None, Some("13.5"))]);
    let a = growth_target("sales", range("13", "14")).check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::Met);
    assert_eq!(a.required().unwrap().value(), d("113.00"));
    assert_eq!(a.required_upper().unwrap().value(), d("114.00"));
    assert_eq!(a.gap_pp().unwrap().value(), d("0.5"));
    assert_eq!(a.gap_pp().unwrap().unit().unwrap().to_string(), "percentage points");
    assert!(a.reason().to_string().contains("meets the 2025 target of 13–14%"), "{}", a.reason());
}

#[test]
fn beyond_a_range_is_exceeded_on_the_good_side_and_missed_on_the_other() {
    let r = report(vec![
        observation("sales", "2025", None, Some("15")),
        observation("cost", "2025", None, Some("15")),
        observation("sales", "2026", None, Some("12")),
        observation("cost", "2026", None, Some("12")),
    ]);
    let sales = growth_target("sales", range("13", "14")).check(&r).unwrap();
    assert_eq!(sales.verdict(), Verdict::Exceeded);
    assert_eq!(sales.gap_pp().unwrap().value(), d("1"), "measured against the range's top");
    assert_eq!(growth_target("cost", range("13", "14")).check(&r).unwrap().verdict(), Verdict::Missed);
    let t2026 = |id: &str| Target::growth(id, "2026".parse().unwrap(), range("13", "14")).unwrap();
    assert_eq!(t2026("sales").check(&r).unwrap().verdict(), Verdict::Missed);
    assert_eq!(t2026("cost").check(&r).unwrap().verdict(), Verdict::Exceeded);
}

#[test]
fn printed_rounding_that_straddles_the_target_is_undetermined() {
    // 9.7 as printed is [9.65, 9.75]: it may or may not reach "at least 9.7".
    let r = report(vec![observation("sales", "2025", None, Some("9.7"))]);
    let a = growth_target("sales", Condition::AtLeast(d("9.7"))).check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::Undetermined);
    assert!(a.reason().to_string().contains("straddles"), "{}", a.reason());
    let missed = report(vec![observation("sales", "2025", None, Some("7.6"))]);
    let a = growth_target("sales", Condition::AtLeast(d("9.7"))).check(&missed).unwrap();
    assert_eq!(a.verdict(), Verdict::Missed);
    assert_eq!(a.gap_pp().unwrap().value(), d("-2.1"));
    assert_eq!(a.gap_pp().unwrap().interval().to_string(), "[-2.15, -2.05]");
}

#[test]
fn growth_is_computed_from_levels_when_none_is_printed() {
    let r = report(vec![
        observation("sales", "2024", Some("351640"), None),
        observation("sales", "2025", Some("397353"), None),
    ]);
    let a = growth_target("sales", range("13", "14")).check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::Undetermined);
    let gap = a.gap_level().unwrap();
    assert_eq!(gap.value(), d("-0.20"), "397353 − 351640 × 1.13");
    assert_eq!(gap.unit().unwrap().to_string(), "billion VND");
}

#[test]
fn without_an_actual_the_target_is_pending_with_what_it_requires() {
    let r = report(vec![observation("sales", "2024", Some("351640"), None)]);
    let a = growth_target("sales", range("13", "14")).check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::Pending);
    assert!(a.actual().is_none() && a.gap_pp().is_none());
    assert!(a.reason().to_string().contains("397,353.20"), "{}", a.reason());
}

#[test]
fn year_to_date_figures_are_tracked_against_annual_targets() {
    let r = report(vec![
        observation("sales", "2025-YTD06", None, Some("10.19")),
        observation("cost", "2025-YTD03", None, Some("5")),
    ]);
    let on = growth_target("sales", Condition::AtLeast(d("9.7"))).check(&r).unwrap();
    assert_eq!((on.verdict(), on.actual_period().unwrap().to_string()), (Verdict::OnTrack, "2025-YTD06".to_string()));
    let off = growth_target("cost", Condition::AtLeast(d("9.7"))).check(&r).unwrap();
    assert_eq!(off.verdict(), Verdict::OffTrack);
}

#[test]
fn a_flow_level_target_is_tracked_at_its_pace_over_twelve_months() {
    let r = report(vec![observation("sales", "2025-YTD06", Some("60"), None)]);
    let level = |t: &str| Target::level("sales", "2025".parse().unwrap(), Condition::AtLeast(d(t))).unwrap();
    assert_eq!(level("110").check(&r).unwrap().verdict(), Verdict::OnTrack, "60 in six months is 120 a year");
    let a = level("130").check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::OffTrack);
    assert!(a.reason().to_string().contains("at its pace over twelve months"), "{}", a.reason());
}

#[test]
fn level_targets_on_rates_give_the_gap_in_percentage_points() {
    let r = report(vec![observation("access", "2025", Some("99.995"), None)]);
    let t = Target::level("access", "2025".parse().unwrap(), Condition::AtLeast(d("99.99"))).unwrap();
    let a = t.check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::Met);
    assert_eq!(a.gap_pp().unwrap().value(), d("0.005"));
    assert_eq!(a.gap_level().unwrap().value(), d("0.005"));
    assert!(matches!(a.spec(), Spec::Level(_)));
}

#[test]
fn strict_conditions_treat_their_threshold_as_outside() {
    let r = report(vec![observation("sales", "2025", None, Some("5")), observation("cost", "2025", None, Some("5"))]);
    let exact =
        |id: &str| report(vec![observation(id, "2025", None, None).with_growth(chiso::Reported::exact(d("5")))]);
    let more_than = growth_target("sales", Condition::MoreThan(d("5")));
    assert_eq!(more_than.check(&exact("sales")).unwrap().verdict(), Verdict::Missed);
    assert_eq!(more_than.check(&r).unwrap().verdict(), Verdict::Undetermined);
    let less_than = growth_target("cost", Condition::LessThan(d("5")));
    assert_eq!(less_than.check(&exact("cost")).unwrap().verdict(), Verdict::Missed);
    let at_most = growth_target("cost", Condition::AtMost(d("5")));
    assert_eq!(at_most.check(&exact("cost")).unwrap().verdict(), Verdict::Met);
}

#[test]
fn a_target_on_an_unknown_indicator_is_an_error() {
    let r = report(vec![]);
    let err = growth_target("exports", Condition::AtLeast(d("9"))).check(&r).unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    assert!(err.to_string().contains("exports"));
}

/// A report with a balance, a total and a share tied by identities.
fn trade(observations: Vec<Observation>) -> Report {
    let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
    let usd = |id: &str| indicator(id, "billion USD", Measure::Flow, Polarity::HigherIsBetter);
    let indicators = vec![
        usd("exports"),
        usd("imports"),
        usd("national_exports"),
        usd("balance").with_identity(Identity::Difference("exports".into(), "imports".into())).unwrap(),
        usd("turnover").with_identity(Identity::Sum(vec!["exports".into(), "imports".into()])).unwrap(),
        indicator("share", "percent", Measure::Rate, Polarity::HigherIsBetter)
            .with_identity(Identity::Share("exports".into(), "national_exports".into()))
            .unwrap(),
    ];
    Report::new(region, Names::new("Sở", "Department"), indicators, observations, vec![]).unwrap()
}

#[test]
fn identities_that_hold_within_the_printed_bounds_give_no_finding() {
    let r = trade(vec![
        observation("exports", "2024", Some("40.2"), None),
        observation("imports", "2024", Some("30.1"), None),
        observation("national_exports", "2024", Some("405"), None),
        // 40.2 − 30.1 = 10.1: "10" as printed allows [9.5, 10.5].
        observation("balance", "2024", Some("10"), None),
        observation("turnover", "2024", Some("70.3"), None),
        // 40.2 / 405 = 9.93%: "more than 10" is not certain, but 9.9 as printed is.
        observation("share", "2024", Some("9.9"), None),
    ]);
    assert_eq!(r.check(), vec![]);
}

#[test]
fn identities_the_bounds_cannot_explain_are_findings_naming_every_figure() {
    let r = trade(vec![
        observation("exports", "2024", Some("40.2"), None),
        observation("imports", "2024", Some("30.1"), None),
        observation("national_exports", "2024", Some("405"), None),
        observation("balance", "2024", Some("12"), None),
        observation("turnover", "2024", Some("75"), None),
        observation("share", "2024", Some("12"), None),
    ]);
    let findings = r.check();
    let ids: Vec<&[String]> = findings.iter().map(|f| f.indicators()).collect();
    assert_eq!(
        ids,
        [
            &["balance".to_string(), "exports".into(), "imports".into()][..],
            &["turnover".to_string(), "exports".into(), "imports".into()][..],
            &["share".to_string(), "exports".into(), "national_exports".into()][..],
        ]
    );
    let balance = &findings[0];
    assert_eq!(balance.kind(), chiso::FindingKind::Identity);
    assert_eq!(balance.gap(), d("1.3"), "[11.5, 12.5] against [10.0, 10.2]");
    assert!(balance.to_string().contains("exports − imports"), "{balance}");
}

#[test]
fn a_growth_its_levels_cannot_give_is_a_finding_and_one_they_can_is_not() {
    let agree = report(vec![
        observation("sales", "2023", Some("310362"), None),
        observation("sales", "2024", Some("351640"), Some("13.3")),
    ]);
    assert_eq!(agree.check(), vec![]);
    let disagree = report(vec![
        observation("sales", "2023", Some("300000"), None),
        observation("sales", "2024", Some("351640"), Some("13.3")),
    ]);
    let findings = disagree.check();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].kind(), chiso::FindingKind::Growth);
    assert!(findings[0].gap() > d("3.8") && findings[0].gap() < d("3.9"), "{}", findings[0].gap());
}

#[test]
fn figures_at_the_edge_of_decimals_range_give_errors_or_results_never_panics() {
    let edge = report(vec![{
        let o = observation("sales", "2024", None, Some("0"));
        o.with_value(chiso::Reported::new(d("76000000000000000000000000000"), chiso::Bound::About))
            .with_growth(chiso::Reported::exact(d("0")))
    }]);
    let card = edge.scorecard().unwrap();
    assert!(card.row("sales").unwrap().implied_previous().is_some_and(|e| e.high().is_none()));
    let huge = trade(vec![
        observation("exports", "2024", Some("50000000000000000000000000000"), None),
        observation("imports", "2024", Some("0"), None),
        observation("balance", "2024", Some("-50000000000000000000000000000"), None),
    ]);
    let findings = huge.check();
    assert!(findings.iter().all(|f| f.gap() > Decimal::ZERO));
}

#[test]
fn straddling_only_the_good_end_of_a_range_is_met() {
    // 14.0 as printed is [13.95, 14.05]: met or exceeded, either way reached.
    let r =
        report(vec![observation("sales", "2025", None, Some("14.0")), observation("cost", "2025", None, Some("13.0"))]);
    let sales = growth_target("sales", range("13", "14")).check(&r).unwrap();
    assert_eq!(sales.verdict(), Verdict::Met);
    assert!(sales.reason().to_string().contains("may exceed"), "{}", sales.reason());
    assert_eq!(growth_target("cost", range("13", "14")).check(&r).unwrap().verdict(), Verdict::Met);
    let ytd = report(vec![observation("sales", "2025-YTD06", None, Some("14.0"))]);
    assert_eq!(growth_target("sales", range("13", "14")).check(&ytd).unwrap().verdict(), Verdict::OnTrack);
}

#[test]
fn a_january_to_december_figure_is_judged_as_the_year() {
    let r = report(vec![observation("sales", "2025-YTD12", None, Some("10.19"))]);
    let a = growth_target("sales", Condition::AtLeast(d("9.7"))).check(&r).unwrap();
    assert_eq!((a.verdict(), a.actual_period().unwrap().to_string()), (Verdict::Met, "2025-YTD12".to_string()));
}

#[test]
fn a_baseline_must_be_an_earlier_period_of_the_same_kind() {
    let spec = Spec::Growth(Condition::AtLeast(d("9.7")));
    for baseline in ["2025", "2026", "2024-Q1"] {
        let err = Target::new("sales", "2025".parse().unwrap(), Some(baseline.parse().unwrap()), spec).unwrap_err();
        assert!(err.to_string().contains(baseline), "{err}");
    }
    assert!(Target::new("sales", "2025".parse().unwrap(), Some("2023".parse().unwrap()), spec).is_ok());
}

#[test]
fn edge_inputs_get_exact_answers_or_clear_errors() {
    let zero = chiso::implied_base(chiso::Reported::exact(d("0")), chiso::Reported::exact(d("-50"))).unwrap();
    assert!(zero.interval().is_point(), "{}", zero.interval());
    let err = chiso::cagr(chiso::Reported::exact(d("1")), chiso::Reported::exact(d("2")), 1_000_000).unwrap_err();
    assert!(err.to_string().contains("1 to 1000 years"), "{err}");
    let with_bom = format!("\u{feff}{}", chiso::datasets::binh_duong_2024_json());
    assert!(Report::from_json(&with_bom).is_ok());
}
