//! A target whose check fails (a figure beyond a decimal's range) fails its own cell of the
//! scorecard, naming the indicator and the target, and leaves every other figure as it was.

use chiso::{datasets, Cell, Condition, Observation, ScorecardLine, Spec, Target};
use rust_decimal::Decimal;

#[test]
fn an_overflowing_target_is_a_failure_of_its_row_and_the_rest_is_unchanged() {
    let plain = datasets::binh_duong_2024()
        .with_observation(
            Observation::new("exports", "2023".parse().unwrap())
                .unwrap()
                .with_value("79000000000000000000000000000".parse().unwrap()),
        )
        .unwrap();
    // 7.9 × 10^28 grown by 900% is ten times a decimal's largest value.
    let spec = Spec::Growth(Condition::AtLeast(Decimal::from(900)));
    let bad = Target::new("exports", "2025".parse().unwrap(), Some("2023".parse().unwrap()), spec).unwrap();
    assert_eq!(bad.check(&plain.clone().with_target(bad.clone()).unwrap()).unwrap_err().kind(), "overflow");
    let report = plain.clone().with_target(bad).unwrap();

    let before = plain.scorecard().unwrap();
    let card = report.scorecard().unwrap();
    assert_eq!(card.rows().len(), before.rows().len());
    for (row, was) in card.rows().iter().zip(before.rows()) {
        assert_eq!(row.assessments(), was.assessments());
        assert_eq!(
            (row.value(), row.growth(), row.implied_previous()),
            (was.value(), was.growth(), was.implied_previous())
        );
    }
    let exports = card.row("exports").unwrap();
    assert_eq!(exports.failures().len(), 1);
    let failure = &exports.failures()[0];
    assert_eq!((failure.indicator(), failure.period().to_string(), failure.spec()), ("exports", "2025".into(), spec));
    assert_eq!(failure.target(), "growth at least 900%");
    assert_eq!(
        failure.to_string(),
        "exports 2025 growth at least 900%: overflow while computing a projection: the result does not fit in a \
         decimal of 28 digits"
    );

    let lines = card.lines();
    assert_eq!(lines.len(), before.lines().len() + 1);
    let line = lines.iter().find(|l| l.error.is_some()).unwrap();
    assert_eq!((line.indicator.as_str(), line.verdict.as_deref()), ("exports", None));
    let error = ScorecardLine::COLUMNS.iter().position(|c| *c == "error").unwrap();
    assert_eq!(
        line.cells()[error],
        Cell::Text("overflow while computing a projection: the result does not fit in a decimal of 28 digits")
    );
}

#[test]
fn a_row_without_an_implied_previous_year_says_why() {
    let with = |value: &str, growth: &str| {
        datasets::binh_duong_2024()
            .with_observation(
                Observation::new("retail_sales", "2025".parse().unwrap())
                    .unwrap()
                    .with_value(value.parse().unwrap())
                    .with_growth(growth.parse().unwrap()),
            )
            .unwrap()
            .scorecard()
            .unwrap()
    };
    // 7.9 × 10^28 after a fall of 50% was 1.58 × 10^29: beyond a decimal's range.
    let card = with("79000000000000000000000000000", "-50");
    let retail = card.row("retail_sales").unwrap();
    assert!(retail.implied_previous().is_none());
    let error = retail.implied_previous_error().unwrap();
    assert_eq!(error.kind(), "overflow");
    let lines = card.lines();
    let line = lines.iter().find(|l| l.indicator == "retail_sales").unwrap();
    assert_eq!(line.implied_previous_error, Some(error.to_string()));
    // A fall of 100% implies no base at all.
    let gone = with("0", "-100");
    assert_eq!(gone.row("retail_sales").unwrap().implied_previous_error().unwrap().kind(), "undefined");
    // A row with a value and a growth that imply a base has no error.
    let fine = datasets::binh_duong_2024().scorecard().unwrap();
    assert!(fine.row("commercial_electricity").unwrap().implied_previous_error().is_none());
}
