//! Relations between a report's figures that cannot be computed are listed as not checked,
//! never counted as agreeing and never as findings.

use chiso::{Bound, FindingKind, Identity, Indicator, Measure, Names, Observation, Polarity, Region, Report, Reported};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

fn indicator(id: &str, unit: &str, identity: Option<Identity>) -> Indicator {
    let i =
        Indicator::new(id, Names::new(id, id), unit.parse().unwrap(), Measure::Flow, Polarity::HigherIsBetter).unwrap();
    match identity {
        Some(identity) => i.with_identity(identity).unwrap(),
        None => i,
    }
}

fn exact(id: &str, period: &str, value: &str) -> Observation {
    Observation::new(id, period.parse().unwrap()).unwrap().with_value(Reported::new(d(value), Bound::Exact))
}

fn report(indicators: Vec<Indicator>, observations: Vec<Observation>) -> Report {
    let region = Region::new("VN-57", Names::new("Bình Dương", "Binh Duong"));
    Report::new(region, Names::new("Sở", "Department"), indicators, observations, vec![]).unwrap()
}

#[test]
fn a_growth_from_a_zero_base_is_not_checked_and_says_why() {
    let r = report(
        vec![indicator("sales", "billion VND", None)],
        vec![exact("sales", "2023", "0"), exact("sales", "2024", "50").with_growth("13.3".parse().unwrap())],
    );
    let c = r.consistency();
    assert_eq!((c.agreeing(), c.findings().len(), c.unchecked().len()), (0, 0, 1));
    assert!(!c.all_agree());
    let u = &c.unchecked()[0];
    assert_eq!(
        (u.kind(), u.indicators(), u.period().to_string()),
        (FindingKind::Growth, &["sales".to_string()][..], "2024".into())
    );
    let growth_error = chiso::growth(Reported::exact(d("50")), Reported::exact(d("0"))).unwrap_err().to_string();
    assert_eq!(u.reason(), growth_error);
    assert_eq!(
        u.to_string(),
        format!(
            "sales 2024: the reported growth of 13.3% and the levels 50 billion VND (2024) and 0 billion VND (2023) \
             were not checked, because {growth_error}"
        )
    );
    assert_eq!(r.check(), vec![]);
}

#[test]
fn an_identity_over_units_that_do_not_combine_is_not_checked() {
    let r = report(
        vec![
            indicator("balance", "billion USD", Some(Identity::Difference("exports".into(), "imports".into()))),
            indicator("exports", "billion USD", None),
            indicator("imports", "billion VND", None),
        ],
        vec![exact("balance", "2024", "1"), exact("exports", "2024", "3"), exact("imports", "2024", "2")],
    );
    let c = r.consistency();
    assert_eq!((c.agreeing(), c.findings().len(), c.unchecked().len()), (0, 0, 1));
    let u = &c.unchecked()[0];
    assert_eq!(u.kind(), FindingKind::Identity);
    assert_eq!(u.indicators(), ["balance", "exports", "imports"]);
    assert!(u.reason().starts_with("cannot "), "{}", u.reason());
    assert!(u.reason().contains("billion USD") && u.reason().contains("billion VND"), "{}", u.reason());
    assert!(
        u.to_string().starts_with(
            "balance 2024: the reported 1 billion USD = exports − imports was not checked, because cannot "
        ),
        "{u}"
    );
}

#[test]
fn a_share_of_a_zero_whole_and_a_sum_that_overflows_are_not_checked() {
    let r = report(
        vec![
            indicator("share", "percent", Some(Identity::Share("part".into(), "whole".into()))),
            indicator("part", "billion VND", None),
            indicator("whole", "billion VND", None),
            indicator("total", "VND", Some(Identity::Sum(vec!["part".into(), "whole".into()]))),
        ],
        vec![
            exact("share", "2024", "10"),
            exact("part", "2024", "0"),
            exact("whole", "2024", "0"),
            exact("total", "2024", "0"),
            exact("share", "2025", "10"),
            exact("part", "2025", "60000000000000000000000000000"),
            exact("whole", "2025", "60000000000000000000000000000"),
            exact("total", "2025", "1"),
        ],
    );
    let c = r.consistency();
    let unchecked: Vec<(String, String)> =
        c.unchecked().iter().map(|u| (u.indicators()[0].clone(), u.period().to_string())).collect();
    // 2024: the share of a zero whole; the sum 0 + 0 = 0 agrees. 2025: 6 × 10^28 + 6 × 10^28
    // is beyond a decimal's range, while the share of 6 × 10^28 in itself is computed exactly
    // (100%, against the 10% printed: a finding).
    assert_eq!(unchecked, [("share", "2024"), ("total", "2025")].map(|(i, p)| (i.to_string(), p.to_string())));
    assert_eq!((c.agreeing(), c.findings().len()), (1, 1));
    assert!(c.unchecked()[0].reason().contains("the whole is 0"), "{}", c.unchecked()[0].reason());
    for overflowed in &c.unchecked()[1..] {
        assert!(overflowed.reason().starts_with("overflow while computing"), "{overflowed}");
    }
}

#[test]
fn the_embedded_report_has_no_relation_to_check() {
    // Its growths have no previous-year level beside them and its identities miss an input:
    // nothing agrees, nothing disagrees, nothing went unchecked.
    let c = chiso::datasets::binh_duong_2024().consistency();
    assert_eq!((c.agreeing(), c.findings().len(), c.unchecked().len()), (0, 0, 0));
}
