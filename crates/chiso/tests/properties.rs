//! Property tests: every interval contains every value its inputs allow, and reports survive
//! a JSON round trip.
//!
//! The oracle for "every value its inputs allow" is chiso's own point computation on true
//! values drawn from each input's interval: a point is rounded to nearest, interval ends are
//! rounded outward, and rounding is monotone, so the point of any admissible input must lie in
//! the interval of the printed one.

use chiso::{Bound, Estimate, Reported};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn printed(positive: bool) -> impl Strategy<Value = Reported> {
    let bound = prop::sample::select(Bound::ALL.to_vec());
    let mantissa = prop_oneof![1 => Just(0i64), 1 => 1i64..10, 4 => 1i64..2_000_000_000];
    (mantissa, 0u32..7, any::<bool>(), bound).prop_map(move |(mantissa, scale, negative, bound)| {
        let sign = if negative && !positive { -1 } else { 1 };
        Reported::new(Decimal::new(sign * mantissa, scale), bound)
    })
}

/// A true value the reported figure allows: `k` of 1000 steps across its interval (an
/// unbounded side is cut at ten times the value's size away).
fn admissible(reported: &Reported, k: u32) -> Option<Decimal> {
    let interval = reported.interval();
    let reach = reported.value().abs() * Decimal::TEN + Decimal::ONE;
    let low = interval.low_value().unwrap_or(reported.value() - reach);
    let high = interval.high_value().unwrap_or(reported.value() + reach);
    let value = low + (high - low) * Decimal::new(i64::from(k), 3);
    let allowed = interval.contains(value);
    allowed.then_some(value)
}

fn contains(estimate: &Estimate, value: Decimal) -> bool {
    estimate.interval().contains(value)
}

type Binary = fn(Estimate, Estimate) -> chiso::Result<Estimate>;

fn binary_functions() -> Vec<(&'static str, Binary, bool)> {
    vec![
        ("growth", |a, b| chiso::growth(a, b), true),
        ("implied_base", |a, b| chiso::implied_base(a, b), false),
        ("project", |a, b| chiso::project(a, b), false),
        ("change_pp", |a, b| chiso::change_pp(a, b), false),
        ("share", |a, b| chiso::share(a, b), true),
        ("cagr over 3 years", |a, b| chiso::cagr(a, b, 3), true),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn intervals_contain_every_admissible_result(a in printed(false), b in printed(false), ka in 0u32..=1000, kb in 0u32..=1000) {
        for (name, f, _) in binary_functions() {
            let Ok(printed_result) = f(Estimate::from(&a), Estimate::from(&b)) else { continue };
            let (Some(ta), Some(tb)) = (admissible(&a, ka), admissible(&b, kb)) else { continue };
            if let Ok(true_result) = f(Estimate::from(ta), Estimate::from(tb)) {
                prop_assert!(
                    contains(&printed_result, true_result.value()),
                    "{name}({a}, {b}): {} from ({ta}, {tb}) lies outside {}",
                    true_result.value(), printed_result.interval()
                );
            }
        }
    }

    #[test]
    fn contribution_intervals_contain_every_admissible_result(
        now in printed(false), before in printed(false), whole in printed(true),
        k in (0u32..=1000, 0u32..=1000, 0u32..=1000),
    ) {
        let Ok(printed_result) = chiso::contribution(now, before, whole) else { return Ok(()) };
        let (Some(n), Some(b), Some(w)) = (admissible(&now, k.0), admissible(&before, k.1), admissible(&whole, k.2)) else { return Ok(()) };
        let true_result = chiso::contribution(n, b, w).unwrap();
        prop_assert!(contains(&printed_result, true_result.value()));
    }

    #[test]
    fn sums_keep_every_admissible_total(a in printed(false), b in printed(false), ka in 0u32..=1000, kb in 0u32..=1000) {
        let total = Estimate::from(&a).checked_add(&Estimate::from(&b)).unwrap();
        let (Some(ta), Some(tb)) = (admissible(&a, ka), admissible(&b, kb)) else { return Ok(()) };
        prop_assert!(contains(&total, ta + tb));
    }

    #[test]
    fn reports_round_trip_through_json(values in prop::collection::vec((printed(false), printed(false), 2000i32..2030, any::<bool>()), 1..20)) {
        let mut report = chiso::datasets::binh_duong_2024();
        for (value, growth, year, with_growth) in values {
            let mut observation = chiso::Observation::new("retail_sales", chiso::Period::year(year).unwrap())
                .unwrap()
                .with_value(value);
            if with_growth {
                observation = observation.with_growth(growth);
            }
            report = report.with_observation(observation).unwrap();
        }
        let text = report.to_json();
        let again = chiso::Report::from_json(&text).unwrap();
        prop_assert_eq!(&again, &report);
        prop_assert_eq!(again.to_json(), text);
    }

    #[test]
    fn bad_input_is_an_error_never_a_panic(text in ".{0,40}", at in 0usize..6000, cut in 0usize..40) {
        let _ = text.parse::<chiso::Unit>();
        let _ = text.parse::<chiso::Period>();
        let _ = text.parse::<chiso::Bound>();
        let _ = chiso::parse_decimal(&text);
        let _ = chiso::Report::from_json(&text);
        // A damaged copy of the real document: loading it is Ok or a clean error.
        let good = chiso::datasets::binh_duong_2024_json();
        let start = good.char_indices().map(|(i, _)| i).find(|&i| i >= at.min(good.len())).unwrap_or(good.len());
        let end = good[start..].char_indices().map(|(i, _)| start + i).nth(cut).unwrap_or(good.len());
        let damaged = format!("{}{}{}", &good[..start], text, &good[end..]);
        if let Err(err) = chiso::Report::from_json(&damaged) {
            prop_assert_eq!(err.kind(), "invalid_report");
        }
    }
}

/// Every interval with ends drawn from -3..=3, open, closed or unbounded.
fn small_intervals() -> Vec<chiso::Interval> {
    use chiso::{Endpoint, Interval};
    let mut ends = vec![Endpoint::Unbounded];
    for v in -3..=3 {
        ends.push(Endpoint::Closed(Decimal::from(v)));
        ends.push(Endpoint::Open(Decimal::from(v)));
    }
    let mut intervals = Vec::new();
    for &low in &ends {
        for &high in &ends {
            if let Ok(interval) = Interval::new(low, high) {
                intervals.push(interval);
            }
        }
    }
    intervals
}

/// Values an interval allows: its closed ends, points just inside each end, and far values
/// for unbounded sides.
fn members(interval: &chiso::Interval) -> Vec<Decimal> {
    let step = Decimal::new(1, 3);
    let low = interval.low_value().unwrap_or(Decimal::from(-1000));
    let high = interval.high_value().unwrap_or(Decimal::from(1000));
    let candidates = [low, low + step, (low + high) / Decimal::TWO, high - step, high];
    candidates.into_iter().filter(|v| interval.contains(*v)).collect()
}

#[test]
fn products_and_quotients_of_small_intervals_contain_every_product_and_quotient() {
    let intervals = small_intervals();
    for a in &intervals {
        for b in &intervals {
            let product = a.checked_mul(b).unwrap();
            let quotient = a.checked_div(b).ok();
            for x in members(a) {
                for y in members(b) {
                    assert!(product.contains(x * y), "{a} × {b} = {product} misses {x} × {y}");
                    if let Some(q) = &quotient {
                        assert!(q.contains(x / y), "{a} / {b} = {q} misses {x} / {y}");
                    }
                }
            }
        }
    }
}
