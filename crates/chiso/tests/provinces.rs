//! The 2024 provinces panel (`data/provinces_2024/`: Đồng Nai, Hồ Chí Minh City and the national
//! totals, with the embedded Bình Dương report) against the findings and verdicts that an exact
//! oracle computed with Python's `fractions` (`python/tests/provinces_oracle.py`, stored in
//! `tests/provinces_2024_expected.json`; the Python tests check that the stored file is current).
//!
//! The sources disagree where statistics offices revised their bases: national retail sales of
//! 6,391,002.5 against 6,231,828 billion VND is +2.55%, printed +8.96%; national exports and
//! imports and Đồng Nai's retail are off too. chiso must find each, with the interval that every
//! printed bound allows.

use std::collections::BTreeMap;
use std::str::FromStr;

use chiso::{datasets, Endpoint, Figures, Interval, Panel, Report};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Signed;
use rust_decimal::Decimal;
use serde_json::Value;

const REPORTS: [(&str, &str); 3] = [
    ("dong_nai.json", include_str!("../data/provinces_2024/dong_nai.json")),
    ("ho_chi_minh_city.json", include_str!("../data/provinces_2024/ho_chi_minh_city.json")),
    ("vietnam.json", include_str!("../data/provinces_2024/vietnam.json")),
];

const EXPECTED: &str = include_str!("provinces_2024_expected.json");

/// The reports in the oracle's order: the three panel files, then Bình Dương.
fn reports() -> Vec<Report> {
    let mut reports: Vec<Report> = REPORTS
        .iter()
        .map(|(name, text)| Report::from_json(text).unwrap_or_else(|err| panic!("{name}: {err}")))
        .collect();
    reports.push(datasets::binh_duong_2024());
    reports
}

fn panel() -> Panel {
    Panel::from_reports(reports()).expect("the provinces panel builds")
}

fn expected() -> Value {
    serde_json::from_str(EXPECTED).expect("the stored expectations are JSON")
}

fn rational(d: Decimal) -> BigRational {
    BigRational::new(BigInt::from(d.mantissa()), BigInt::from(10).pow(d.scale()))
}

/// A "p/q" fraction of the oracle, or `None` for its null.
fn fraction(v: &Value) -> Option<BigRational> {
    v.as_str().map(|s| BigRational::from_str(s).unwrap_or_else(|err| panic!("{s}: {err:?}")))
}

/// Within a unit of the 20th significant digit: far wider than chiso's outward rounding at the
/// 28th, far narrower than any wrong rule.
fn close(got: &BigRational, exact: &BigRational) -> bool {
    let scale = if exact.abs() > BigRational::from_integer(1.into()) {
        exact.abs()
    } else {
        BigRational::from_integer(1.into())
    };
    (got - exact).abs() * BigRational::from_integer(BigInt::from(10).pow(20)) <= scale
}

/// An interval end against the oracle's: the same openness, and rounded outward (`low` below,
/// `high` above) by no more than [`close`] allows.
fn assert_end(got: Endpoint, exact: &Value, open: &Value, low: bool, what: &str) {
    match (got, fraction(exact)) {
        (Endpoint::Unbounded, None) => {}
        (Endpoint::Closed(d) | Endpoint::Open(d), Some(exact)) => {
            let d = rational(d);
            assert_eq!(got.is_open(), open.as_bool().unwrap(), "{what}: openness of {got:?}");
            assert!(if low { d <= exact } else { d >= exact }, "{what}: {got:?} is rounded inward of {exact}");
            assert!(close(&d, &exact), "{what}: {got:?} is not {exact}");
        }
        (got, exact) => panic!("{what}: {got:?} against {exact:?}"),
    }
}

fn assert_interval(got: Interval, exact: &Value, what: &str) {
    assert_end(got.low(), &exact["low"], &exact["low_open"], true, &format!("{what} low"));
    assert_end(got.high(), &exact["high"], &exact["high_open"], false, &format!("{what} high"));
}

#[test]
fn the_findings_are_the_oracles() {
    let expected = expected();
    let consistency = panel().check();
    let key = |region: &str, indicator: &str, period: &str, kind: &str| format!("{region} {indicator} {period} {kind}");
    let found: BTreeMap<String, _> = consistency
        .findings()
        .map(|(region, f)| (key(region, &f.indicators()[0], &f.period().to_string(), f.kind().name()), f))
        .collect();
    assert_eq!(found.len(), consistency.findings().count(), "one finding per relation");
    let wanted: BTreeMap<String, &Value> = expected["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let indicator = f["indicators"][0].as_str().unwrap();
            (
                key(
                    f["region"].as_str().unwrap(),
                    indicator,
                    f["period"].as_str().unwrap(),
                    f["kind"].as_str().unwrap(),
                ),
                f,
            )
        })
        .collect();
    assert_eq!(found.keys().collect::<Vec<_>>(), wanted.keys().collect::<Vec<_>>());
    for (k, f) in &wanted {
        let finding = found[k];
        let ids: Vec<&str> = f["indicators"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(finding.indicators(), ids.as_slice(), "{k}");
        assert_interval(finding.implied().interval(), &f["implied"], &format!("{k} implied"));
        // A printed growth's interval is exact: no rounding at all.
        let reported = finding.reported().interval();
        assert_eq!(reported.low_value().map(rational), fraction(&f["reported"]["low"]), "{k} reported low");
        assert_eq!(reported.high_value().map(rational), fraction(&f["reported"]["high"]), "{k} reported high");
        // The gap between outward-rounded ends, rounded down: a lower bound of the exact gap.
        let (gap, exact) = (rational(finding.gap()), fraction(&f["gap"]).unwrap());
        assert!(gap <= exact && close(&gap, &exact), "{k}: gap {gap} against {exact}");
        // A finding names its indicator, as a reader knows it, not by its id.
        let name = &panel().catalogue().get(ids[0]).unwrap().name().clone();
        assert!(
            finding.to_string().starts_with(&format!("{} {}: ", name.en, f["period"].as_str().unwrap())),
            "{k}: {finding}"
        );
        assert!(finding.message_in(chiso::Lang::Vi).starts_with(&format!("{} năm ", name.vi)), "{k}: {finding}");
    }
    assert_eq!(consistency.agreeing(), expected["agreeing"].as_array().unwrap().len());
    assert_eq!(consistency.unchecked().count(), 0, "{:?}", consistency.unchecked().collect::<Vec<_>>());
}

#[test]
fn the_national_retail_sales_disagree_by_the_issues_figures() {
    let consistency = panel().check();
    let (_, retail) = consistency
        .findings()
        .find(|(region, f)| *region == "VN" && f.indicators()[0] == "retail_sales")
        .expect("national retail sales are a finding");
    let implied = retail.implied();
    // 6,391,002.5 / 6,231,828: +2.55% whatever the rounding, against a printed +8.96%.
    assert_eq!(implied.low().unwrap().round_dp(2), Decimal::new(255, 2));
    assert_eq!(implied.high().unwrap().round_dp(2), Decimal::new(255, 2));
    assert_eq!(retail.reported().interval().to_string(), "[8.955, 8.965]");
}

#[test]
fn the_verdicts_are_the_oracles() {
    let expected = expected();
    let assessed = panel().assess();
    let wanted = expected["verdicts"].as_array().unwrap();
    assert_eq!(assessed.len(), wanted.len(), "one assessment per target");
    let found: BTreeMap<(String, String, String), _> = assessed
        .iter()
        .map(|a| {
            let key = (a.region.clone(), a.target.indicator().to_string(), a.target.period().to_string());
            (key, a.outcome.as_ref().unwrap_or_else(|err| panic!("{}: {err}", a.region)))
        })
        .collect();
    assert_eq!(found.len(), wanted.len(), "one target per region, indicator and period");
    for v in wanted {
        let key = (
            v["region"].as_str().unwrap().to_string(),
            v["indicator"].as_str().unwrap().to_string(),
            v["period"].as_str().unwrap().to_string(),
        );
        let assessment = found[&key];
        assert_eq!(assessment.verdict().name(), v["verdict"].as_str().unwrap(), "{key:?}: {}", assessment.reason());
        let same = |got: Option<Decimal>, exact: Option<BigRational>| match (got, exact) {
            (None, None) => true,
            (Some(got), Some(exact)) => close(&rational(got), &exact),
            _ => false,
        };
        let gap_pp = assessment.gap_pp().map(|e| e.value());
        assert!(same(gap_pp, fraction(&v["gap_pp"])), "{key:?}: gap {gap_pp:?}");
        let required = assessment.required().map(|e| e.value());
        assert!(same(required, fraction(&v["required"])), "{key:?}: required {required:?}");
    }
}

#[test]
fn each_region_gives_what_its_own_report_gives() {
    let panel = panel();
    let consistency = panel.check();
    let assessed = panel.assess();
    for report in reports() {
        let region = report.region().id.as_str();
        let own = panel.report(region).expect("the panel holds the region");
        assert_eq!(own.consistency().findings(), report.consistency().findings(), "{region}");
        assert_eq!(consistency.region(region), Some(&report.consistency()), "{region}");
        let verdicts: Vec<_> =
            assessed.iter().filter(|a| a.region == region).map(|a| a.outcome.as_ref().unwrap().clone()).collect();
        assert_eq!(verdicts, report.assess_all().unwrap(), "{region}");
    }
}

#[test]
fn figures_printed_in_another_unit_are_rescaled_exactly() {
    let panel = panel();
    let year = |y: &str| y.parse().unwrap();
    // Đồng Nai prints its retail sales in trillion VND; the indicator counts billion VND.
    let dong_nai = panel.figures("VN-39").expect("Đồng Nai is in the panel");
    let retail = dong_nai.level("retail_sales", year("2024")).unwrap();
    assert_eq!(retail.unit().to_string(), "billion VND");
    assert_eq!(retail.value(), Decimal::from(287_930));
    assert_eq!(retail.interval().to_string(), "[287925, 287935]");
    let before = dong_nai.level("retail_sales", year("2023")).unwrap();
    assert_eq!(before.interval().to_string(), "[261500, 262500]");
    // Hồ Chí Minh City: "over 1.2 quadrillion VND", more than 1,200,000 billion.
    let hcmc = panel.figures("VN-SG").expect("Hồ Chí Minh City is in the panel");
    let retail = hcmc.level("retail_sales", year("2024")).unwrap();
    assert_eq!(retail.interval().low(), Endpoint::Open(Decimal::from(1_200_000)));
    assert_eq!(retail.interval().high(), Endpoint::Unbounded);
    // "Up nearly 11%": less than 11.
    assert_eq!(hcmc.printed_growth("retail_sales", year("2024")).unwrap().interval().to_string(), "(−∞, 11)");
}

#[test]
fn observations_keep_their_own_unit_and_source() {
    let panel = panel();
    let row = |region: &str, indicator: &str, period: &str| {
        panel
            .observations()
            .find(|r| {
                r.region.region.id == region
                    && r.observation.indicator() == indicator
                    && r.observation.period().to_string() == period
            })
            .unwrap_or_else(|| panic!("{region} {indicator} {period}"))
            .observation
    };
    assert_eq!(row("VN-SG", "retail_sales", "2024").unit().map(|u| u.to_string()).as_deref(), Some("quadrillion VND"));
    assert_eq!(row("VN-39", "retail_sales", "2023").unit().map(|u| u.to_string()).as_deref(), Some("trillion VND"));
    assert!(row("VN", "retail_sales", "2024").unit().is_none());
    // The 2023 national figures come from GSO's December 2023 tables, not the report's article.
    let exports_2023 = row("VN", "exports", "2023");
    let source = exports_2023.source().expect("the 2023 figure names its publication");
    assert_eq!(source.outlet.as_deref(), Some("General Statistics Office (GSO)"));
    assert_eq!(exports_2023.as_of().unwrap().to_string(), "2023-12-01");
    assert!(row("VN", "exports", "2024").source().is_none());
    let vietnam = &panel.regions().iter().find(|m| m.region.id == "VN").unwrap().source;
    assert_eq!(vietnam.as_ref().and_then(|s| s.outlet.as_deref()), Some("Tuoi Tre News"));
}
