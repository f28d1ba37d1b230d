//! Growth targets against a baseline other than the previous year, and periods at the edges
//! of the calendar: which figure judges a target, and what saves and loads again.

use chiso::{
    Bound, Condition, Indicator, Measure, Names, Observation, Polarity, Region, Report, Reported, Spec, Target, Verdict,
};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

fn level(period: &str, value: &str) -> Observation {
    Observation::new("sales", period.parse().unwrap()).unwrap().with_value(Reported::new(d(value), Bound::Exact))
}

fn printed_growth(period: &str, growth: &str) -> Observation {
    Observation::new("sales", period.parse().unwrap()).unwrap().with_growth(growth.parse().unwrap())
}

fn report(observations: Vec<Observation>) -> Report {
    let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
    let sales = Indicator::new(
        "sales",
        Names::new("sales", "sales"),
        "billion VND".parse().unwrap(),
        Measure::Flow,
        Polarity::HigherIsBetter,
    )
    .unwrap();
    Report::new(region, Names::new("Sở", "Department"), vec![sales], observations, vec![]).unwrap()
}

/// At least 20% in 2025 against 2023.
fn against_2023() -> Target {
    let spec = Spec::Growth(Condition::AtLeast(d("20")));
    Target::new("sales", "2025".parse().unwrap(), Some("2023".parse().unwrap()), spec).unwrap()
}

#[test]
fn a_target_against_an_earlier_baseline_is_judged_on_the_levels_not_the_printed_growth() {
    let levels = vec![level("2023", "100"), level("2024", "110"), level("2025", "125")];
    let from_levels = against_2023().check(&report(levels.clone())).unwrap();
    // 125 / 100 − 1 = 25%; 100 × 1.2 = 120 required; 125 − 120 = 5 above it.
    assert_eq!(from_levels.verdict(), Verdict::Met);
    assert_eq!(from_levels.actual().unwrap().value(), d("25"));
    assert_eq!(from_levels.required().unwrap().value(), d("120"));
    assert_eq!(from_levels.gap_level().unwrap().value(), d("5"));
    assert_eq!(from_levels.gap_pp().unwrap().value(), d("5"));
    assert!(from_levels.reason().to_string().contains("growth of 25% against 2023"), "{}", from_levels.reason());

    // The printed 13.6% is against 2024: it must not replace the 25% against 2023.
    let mut with_printed = levels;
    with_printed.push(printed_growth("2025", "13.6"));
    let a = against_2023().check(&report(with_printed.clone())).unwrap();
    assert_eq!(a, from_levels);

    // Against the default baseline, 2024, the printed growth is the one that judges.
    let default = Target::growth("sales", "2025".parse().unwrap(), Condition::AtLeast(d("20"))).unwrap();
    let b = default.check(&report(with_printed)).unwrap();
    assert_eq!((b.verdict(), b.actual().unwrap().value()), (Verdict::Missed, d("13.6")));
    // 110 × 1.2 = 132 required.
    assert_eq!(b.required().unwrap().value(), d("132"));
}

#[test]
fn a_year_to_date_figure_is_tracked_against_the_same_months_of_the_baseline_year() {
    let ytd = vec![level("2023-YTD06", "50"), level("2024-YTD06", "55"), level("2025-YTD06", "62")];
    let a = against_2023().check(&report(ytd)).unwrap();
    // 62 / 50 − 1 = 24% against 2023-YTD06 (against 2024-YTD06 it would be 12.7%: off track).
    assert_eq!(a.verdict(), Verdict::OnTrack);
    assert_eq!(a.actual_period().unwrap().to_string(), "2025-YTD06");
    assert_eq!(a.actual().unwrap().value(), d("24"));
    assert!(a.reason().to_string().contains("against 2023-YTD06"), "{}", a.reason());

    // A printed year-to-date growth is against 2024-YTD06: without the levels, pending.
    let printed = vec![level("2024-YTD06", "55"), printed_growth("2025-YTD06", "12.7")];
    let p = against_2023().check(&report(printed)).unwrap();
    assert_eq!(p.verdict(), Verdict::Pending);
    assert!(
        p.reason().to_string().contains(
            "the reported 2025-YTD06 growth of 12.7% is against the same period a year earlier, not the baseline \
             2023-YTD06, and there is no 2025-YTD06 or 2023-YTD06 level"
        ),
        "{}",
        p.reason()
    );
}

#[test]
fn a_printed_growth_without_the_baseline_level_leaves_the_target_pending_and_says_why() {
    let r = report(vec![level("2025", "125"), printed_growth("2025", "13.6")]);
    let a = against_2023().check(&r).unwrap();
    assert_eq!(a.verdict(), Verdict::Pending);
    assert!(a.required().is_none());
    assert!(
        a.reason().to_string().contains("not the baseline 2023, and there is no 2023 level to compute it from"),
        "{}",
        a.reason()
    );
}

#[test]
fn a_growth_target_in_year_one_has_no_baseline_and_is_refused() {
    let year_one = "0001".parse().unwrap();
    let condition = Condition::AtLeast(d("5"));
    let err = Target::growth("sales", year_one, condition).unwrap_err();
    assert_eq!(
        err.to_string(),
        "\"0001\" is not a valid growth target period: growth is measured against an earlier year, and there is \
         none before 0001"
    );
    assert!(Target::new("sales", year_one, Some(year_one), Spec::Growth(condition)).is_err());

    let json = report(vec![]).to_json().replacen(
        "\"targets\": []",
        "\"targets\": [{\"indicator\": \"sales\", \"period\": \"0001\", \"growth\": {\"at_least\": \"5\"}}]",
        1,
    );
    let err = Report::from_json(&json).unwrap_err();
    assert!(err.to_string().starts_with("targets[0].baseline: \"0001\""), "{err}");
}

#[test]
fn targets_and_observations_at_the_first_and_last_years_save_and_load_again() {
    let condition = Condition::AtLeast(d("5"));
    let second = Target::growth("sales", "0002-Q1".parse().unwrap(), condition).unwrap();
    assert_eq!(second.baseline().unwrap().to_string(), "0001-Q1");
    let last = Target::growth("sales", "9999-YTD11".parse().unwrap(), condition).unwrap();
    let first_level = Target::level("sales", "0001-01".parse().unwrap(), condition).unwrap();
    let r = report(vec![level("0001", "1"), level("9999-12", "2"), level("0001-YTD01", "3")])
        .with_target(second)
        .unwrap()
        .with_target(last)
        .unwrap()
        .with_target(first_level)
        .unwrap();
    assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
}

#[test]
fn a_year_one_growth_is_not_compared_with_year_one_itself() {
    // Before: the year before 0001 was 0001, so 100 "against" 100 contradicted the printed 50%.
    let r = report(vec![level("0001", "100").with_growth("50".parse().unwrap())]);
    assert_eq!(r.check(), vec![]);
}

#[test]
fn a_growth_that_cannot_be_computed_from_its_levels_is_an_error_not_pending() {
    let default = Target::growth("sales", "2025".parse().unwrap(), Condition::AtLeast(d("5"))).unwrap();
    // Before: "Pending", as though no 2025 figure had been reported.
    let zero = report(vec![level("2024", "0"), level("2025", "5")]);
    assert_eq!(default.check(&zero).unwrap_err().kind(), "undefined");
    let tiny = report(vec![level("2024", "0.0000000001"), level("2025", "79000000000000000000")]);
    assert_eq!(default.check(&tiny).unwrap_err().kind(), "overflow");
    let card = tiny.with_target(default).unwrap().scorecard().unwrap();
    let failure = &card.row("sales").unwrap().failures()[0];
    assert_eq!(failure.to_string(), format!("sales 2025 growth at least 5%: {}", failure.error()));
    assert_eq!(failure.error().kind(), "overflow");
}

#[test]
fn a_year_and_january_to_december_stand_for_each_other_as_a_baseline() {
    // 2025-YTD12 against the year 2023: 125 / 100 − 1 = 25%, met; 100 × 1.2 = 120 required.
    let a = against_2023().check(&report(vec![level("2023", "100"), level("2025-YTD12", "125")])).unwrap();
    assert_eq!((a.verdict(), a.actual().unwrap().value()), (Verdict::Met, d("25")));
    assert_eq!(a.actual_period().unwrap().to_string(), "2025-YTD12");
    assert_eq!(a.gap_level().unwrap().value(), d("5"));
    // The year 2025 against 2023 printed as January to December.
    let b = against_2023().check(&report(vec![level("2023-YTD12", "100"), level("2025", "125")])).unwrap();
    assert_eq!((b.verdict(), b.actual().unwrap().value()), (Verdict::Met, d("25")));
    assert_eq!(b.required().unwrap().value(), d("120"));
}
