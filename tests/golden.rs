//! Golden tests: chiso against the independent Python `decimal` oracle in tests/golden/.
//!
//! `functions.csv` holds inputs, the point value as Python computes it and the interval ends
//! rounded outward to 28 digits. chiso's point must equal Python's (CAGR: within 10^-24), and its
//! interval must contain the oracle's and be no more than 10^-20 (relative) wider.

use std::str::FromStr;

use chiso::{datasets, Bound, Endpoint, Estimate, Interval, Reported};
use rust_decimal::Decimal;

const FUNCTIONS: &str = include_str!("golden/functions.csv");
const DERIVED: &str = include_str!("golden/binh_duong_derived.csv");

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn reported(value: &str, bound: &str) -> Reported {
    Reported::new(chiso::parse_decimal(value).unwrap(), Bound::from_str(bound).unwrap())
}

/// `10^-20 × max(1, |x|)`: how much wider than the oracle an end may be.
fn slack(x: Decimal) -> Decimal {
    Decimal::new(1, 20) * x.abs().max(Decimal::ONE)
}

/// Checks that `actual` contains the oracle's interval and is at most `slack` wider at each end.
fn check_interval(actual: Interval, low: &str, low_open: &str, high: &str, high_open: &str, row: &str) {
    let expected_end = |value: &str, open: &str| match value {
        "" => Endpoint::Unbounded,
        v if open == "true" => Endpoint::Open(d(v)),
        v => Endpoint::Closed(d(v)),
    };
    let (want_low, want_high) = (expected_end(low, low_open), expected_end(high, high_open));
    let expected = Interval::new(want_low, want_high).unwrap();
    assert!(actual.contains_interval(&expected), "{row}: {actual} does not contain {expected}");
    for (got, want) in [(actual.low(), want_low), (actual.high(), want_high)] {
        match (got.value(), want.value()) {
            (None, None) => {}
            (Some(g), Some(w)) => {
                assert!((g - w).abs() <= slack(w), "{row}: end {g} is too far from {w}");
                if g == w {
                    assert_eq!(got.is_open(), want.is_open(), "{row}: end {g} open-ness");
                }
            }
            _ => panic!("{row}: end {got:?} should be {want:?}"),
        }
    }
}

#[test]
fn every_function_agrees_with_python_decimal() {
    let mut rows = 0;
    for (number, line) in FUNCTIONS.lines().enumerate().skip(1) {
        let row = format!("functions.csv line {}: {line}", number + 1);
        let f: Vec<&str> = line.split(',').collect();
        let [function, a, a_bound, b, b_bound, c, c_bound, value, low, low_open, high, high_open] = f[..] else {
            panic!("{row}: expected 12 columns");
        };
        let (a, b) = (reported(a, a_bound), reported(b, b_bound));
        let estimate: Estimate = match function {
            "growth" => chiso::growth(a, b),
            "implied_base" => chiso::implied_base(a, b),
            "project" => chiso::project(a, b),
            "cagr" => chiso::cagr(a, b, c.parse().unwrap()),
            "change_pp" => chiso::change_pp(a, b),
            "share" => chiso::share(a, b),
            "contribution" => chiso::contribution(a, b, reported(c, c_bound)),
            other => panic!("{row}: unknown function {other}"),
        }
        .unwrap_or_else(|e| panic!("{row}: {e}"));
        let expected = d(value);
        if function == "cagr" {
            let tolerance = Decimal::new(1, 24) * expected.abs().max(Decimal::ONE);
            assert!((estimate.value() - expected).abs() <= tolerance, "{row}: {} != {expected}", estimate.value());
        } else {
            assert_eq!(estimate.value(), expected, "{row}");
        }
        check_interval(estimate.interval(), low, low_open, high, high_open, &row);
        rows += 1;
    }
    assert!(rows >= 140, "only {rows} rows were read");
}

/// Every derived figure at the end of FIGURES.md, from the embedded dataset.
#[test]
fn the_binh_duong_report_reproduces_every_derived_figure() {
    let report = datasets::binh_duong_2024();
    let y2024 = "2024".parse().unwrap();
    let level = |id: &str| Estimate::from(report.level(id, y2024).unwrap_or_else(|| panic!("no 2024 level of {id}")));
    let growth = |id: &str| *report.latest_where(id, y2024, |o| o.growth().is_some()).unwrap().growth().unwrap();
    let retail_target = report.targets().iter().find(|t| t.indicator() == "retail_sales").unwrap();
    let assessment = retail_target.check(&report).unwrap();
    let billion_vnd = "billion VND".parse().unwrap();
    let derived = |name: &str| -> Estimate {
        match name {
            "electricity_2023_implied" => {
                chiso::implied_base(level("commercial_electricity"), growth("commercial_electricity"))
            }
            "retail_2023_implied" => chiso::implied_base(level("retail_sales"), growth("retail_sales")),
            "retail_2025_target_low" => Ok(assessment.required().unwrap().clone()),
            "retail_2025_target_high" => Ok(assessment.required_upper().unwrap().clone()),
            "promotion_spending_2024" => level("vietnamese_goods_fairs_budget")
                .checked_add(&level("trade_promotion_budget"))
                .and_then(|sum| sum.checked_add(&level("industrial_extension_budget")))
                .and_then(|sum| sum.to(&billion_vnd)),
            "budget_per_fair" => level("vietnamese_goods_fairs_budget").per(&level("vietnamese_goods_fairs")),
            other => panic!("unknown derived figure {other}"),
        }
        .unwrap()
    };
    let mut names = Vec::new();
    for line in DERIVED.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let [name, value, low, low_open, high, high_open, unit] = f[..] else {
            panic!("{line}: expected 7 columns");
        };
        let estimate = derived(name);
        assert_eq!(estimate.value(), d(value), "{name}");
        assert_eq!(estimate.unit().map(|u| u.to_string()).as_deref(), Some(unit), "{name}");
        check_interval(estimate.interval(), low, low_open, high, high_open, name);
        names.push(name.to_string());
    }
    assert_eq!(names.len(), 6, "{names:?}");
}
