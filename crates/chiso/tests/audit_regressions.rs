//! The defects an independent numerical audit found, one test each, with values computed
//! independently (Python's `decimal` and `fractions`).

use chiso::{growth, implied_base, project, share, Bound, Endpoint, Error, Estimate, Quantity, Reported};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

fn q(value: &str, unit: &str, bound: Bound) -> Quantity {
    Quantity::new(d(value), unit.parse().unwrap(), bound)
}

fn exact(value: &str) -> Reported {
    Reported::exact(d(value))
}

fn holds_its_point(e: &Estimate) -> bool {
    let on_an_end = e.low() == Some(e.value()) || e.high() == Some(e.value());
    e.interval().contains(e.value()) || on_an_end
}

#[test]
fn a_growth_point_rounded_twice_stays_within_its_interval() {
    let now = q("0.0000012269118405469667498", "billion VND", Bound::AsPrinted);
    let before = q("12297829382473034410", "billion VND", Bound::MoreThan);
    let g = growth(&now, &before).unwrap();
    assert!(holds_its_point(&g), "{g}");
}

#[test]
fn about_at_the_last_decimal_places_is_never_narrower_than_five_percent() {
    // 0.0000000000000000000000000123 × 0.05 = 6.15e-28: rounded to nearest at 28 places it
    // would be 6e-28, short of 5%.
    let about = Reported::new(d("0.0000000000000000000000000123"), Bound::About).interval();
    let (low, high) = (about.low_value().unwrap(), about.high_value().unwrap());
    let v = d("0.0000000000000000000000000123");
    // low ≤ 0.95·v and high ≥ 1.05·v, compared exactly as 20·low ≤ 19·v and 20·high ≥ 21·v.
    assert!(low * Decimal::from(20) <= v * Decimal::from(19), "{about}");
    assert!(high * Decimal::from(20) >= v * Decimal::from(21), "{about}");
    let big = Reported::new(d("12345678901234567890.12345678"), Bound::About).interval();
    let v = d("12345678901234567890.12345678");
    assert!(big.low_value().unwrap() * Decimal::from(20) <= v * Decimal::from(19), "{big}");
    assert!(big.high_value().unwrap() * Decimal::from(20) >= v * Decimal::from(21), "{big}");
}

#[test]
fn a_quotient_that_underflows_keeps_its_sign_and_a_tiny_width() {
    let tiny = q("0.0000000000000000000000000005", "billion VND", Bound::AsPrinted);
    let whole = q("35629733586.27", "billion VND", Bound::AsPrinted);
    let s = share(&tiny, &whole).unwrap();
    // The true share is about 1.4e-36 %, positive: [0, 1e-28] at Decimal's last place.
    assert_eq!(s.interval().low(), Endpoint::Closed(Decimal::ZERO), "{s}");
    assert!(s.high().unwrap() <= d("0.0000000000000000000000000001"), "{s}");

    let more_than_tiny = q("0.0000000000000000000000000001", "billion VND", Bound::MoreThan);
    let huge = q("79228162514264337593543950", "billion VND", Bound::Exact);
    let g = growth(&more_than_tiny, &huge).unwrap();
    // The true growth is above −100 by 1.3e-52 %; the low end may be one unit of the 28th
    // digit wider (−100.0000000000000000000000001), not a whole unit.
    assert!(g.low().unwrap() >= d("-100.0000000000000000000000001"), "{g}");
    assert!(g.low().unwrap() <= d("-100"), "{g}");
    assert_eq!(g.high(), None, "{g}");
}

#[test]
fn exact_quotients_by_divisors_with_28_places_are_exact() {
    let s = share(exact("5"), exact("1.0000000000000000000000000000")).unwrap();
    assert_eq!(s.value(), Decimal::from(500));
    assert!(s.interval().is_point(), "{s}");
    let base = implied_base(exact("900"), exact("0.0000000000000000000000000000")).unwrap();
    assert_eq!(base.value(), Decimal::from(900));
    assert!(base.interval().is_point(), "{base}");
}

#[test]
fn a_growth_with_29_digits_is_rounded_to_28_before_it_is_added_as_python_does() {
    // Python: Decimal(100) * (1 + Decimal('57.783296834373989489399160452') / 100)
    let p = project(exact("100"), exact("57.783296834373989489399160452")).unwrap();
    assert_eq!(p.value(), d("157.7832968343739894893991604"));
}

#[test]
fn figures_in_different_scales_are_compared_without_losing_digits() {
    // Python: c = Decimal('700800.0') * 1000; p = Decimal('6.52144730634698568363028195');
    // (c - p) / p * 100, the same as with p / 1000 in billions, since Python keeps 28 digits.
    let now = q("700800.0", "billion VND", Bound::AsPrinted);
    let before = q("6.52144730634698568363028195", "million VND", Bound::AsPrinted);
    let g = growth(&now, &before).unwrap();
    assert_eq!(g.value(), d("10746080748.00359863409271122"));
    // The sum is still given in the coarser unit, rounded once.
    let sum = Estimate::from(&q("1.92", "billion VND", Bound::AsPrinted))
        .checked_add(&(&q("350", "million VND", Bound::Exact)).into())
        .unwrap();
    assert_eq!(sum.unit().unwrap().to_string(), "billion VND");
    assert_eq!(sum.value(), d("2.270"));
    assert_eq!(sum.interval().to_string(), "[2.265, 2.275]");
}

#[test]
fn a_figure_known_beyond_decimals_range_is_refused_not_a_panic() {
    let zero = Quantity::from_reported(
        Reported::as_printed(Decimal::ZERO).with_last_digit(18).unwrap(),
        "trillion VND".parse().unwrap(),
    );
    let err = zero.to(&"VND".parse().unwrap()).unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    assert!(err.to_string().contains("10^30"), "{err}");
    // The largest last digit a decimal holds still gives an interval.
    let coarse = Reported::as_printed(Decimal::ZERO).with_last_digit(28).unwrap();
    assert_eq!(coarse.interval().high_value(), Some(d("5000000000000000000000000000")));
}

#[test]
fn a_parse_error_quotes_at_most_80_characters_around_the_offset() {
    let long = format!("351.640 tỷ đồng{}x{}", " ".repeat(99_985), " tỷ đồng".repeat(10_000));
    let err = chiso::parse_quantity(&long, chiso::Lang::Vi).unwrap_err();
    let Error::Parse { ref text, start, offset, length, .. } = err else {
        panic!("should be refused: {err}");
    };
    assert_eq!((offset, length), (100_000, long.chars().count()));
    assert_eq!(text.chars().count(), Error::EXCERPT);
    assert_eq!(text.chars().nth(offset - start), Some('x'), "{text}");
    assert!(long.chars().skip(start).take(Error::EXCERPT).eq(text.chars()));
    let message = err.to_string();
    assert!(message.contains(&format!("\"…{text}…\"")) && message.len() < 400, "{message}");
    let short = chiso::parse_quantity("12 xyz", chiso::Lang::Vi).unwrap_err();
    assert!(short.to_string().contains("\"12 xyz\""), "{short}");
    let period = format!("2025-{}", "9".repeat(1_000_000));
    let err = period.parse::<chiso::Period>().unwrap_err();
    assert!(err.to_string().len() < 400, "{} bytes", err.to_string().len());
}

#[test]
fn every_growth_reads_back_as_it_was_formatted_in_both_languages() {
    use chiso::{format_growth, format_quantity, parse_growth, parse_quantity, Lang};
    for lang in [Lang::Vi, Lang::En] {
        for bound in Bound::ALL {
            for value in ["2.5", "-2.5", "0", "-0.04", "1234.5"] {
                let printed = Reported::new(d(value), bound);
                let text = format_growth(&printed, lang);
                let read = parse_growth(&text, lang).unwrap_or_else(|e| panic!("{text:?}: {e}"));
                assert_eq!(read.value(), d(value), "{text:?}");
                // Text has no word for `exact`: a plain growth reads as printed.
                let expected = if bound == Bound::Exact { Bound::AsPrinted } else { bound };
                assert_eq!(read.bound(), expected, "{text:?} from {bound:?}");
                assert_eq!(read.interval(), Reported::new(d(value), expected).interval(), "{text:?}");
            }
            for value in ["2.79", "351640", "0.5"] {
                let quantity = q(value, "billion VND", bound);
                let text = format_quantity(&quantity, lang);
                let read = parse_quantity(&text, lang).unwrap_or_else(|e| panic!("{text:?}: {e}"));
                assert_eq!((read.value(), read.unit()), (quantity.value(), quantity.unit()), "{text:?}");
                let expected = if bound == Bound::Exact { Bound::AsPrinted } else { bound };
                assert_eq!(read.bound(), expected, "{text:?} from {bound:?}");
            }
        }
    }
}

fn with_first_observation_value(value: &str) -> String {
    let json = chiso::datasets::binh_duong_2024().to_json();
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let observation = doc["observations"].as_array_mut().unwrap().iter_mut().find(|o| o.get("value").is_some());
    observation.unwrap()["value"] = serde_json::Value::String(value.to_string());
    doc.to_string()
}

#[test]
fn a_negative_zero_reads_saves_and_loads_as_zero_on_purpose() {
    let report = chiso::Report::from_json(&with_first_observation_value("-0.000")).unwrap();
    let saved = report.to_json();
    assert!(saved.contains("\"0.000\"") && !saved.contains("-0.000"), "a zero keeps no sign");
    assert_eq!(chiso::Report::from_json(&saved).unwrap().to_json(), saved);
    assert!(!chiso::parse_decimal("-0.000").unwrap().is_sign_negative());
    // A negative zero built in code saves as zero too, and the save loads to the same bytes.
    let observation = report.observations().iter().find(|o| o.value().is_some()).unwrap().clone();
    let negative_zero = -Decimal::new(0, 3);
    let report = report.with_observation(observation.with_value(Reported::as_printed(negative_zero))).unwrap();
    let saved = report.to_json();
    assert_eq!(chiso::Report::from_json(&saved).unwrap().to_json(), saved);
}

#[test]
fn publication_times_finer_than_a_nanosecond_are_refused_not_truncated() {
    let json = chiso::datasets::binh_duong_2024().to_json();
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    doc["source"]["published"] = "2025-03-05T10:15:05.1234567891+07:00".into();
    let err = chiso::Report::from_json(&doc.to_string()).unwrap_err();
    assert!(err.to_string().starts_with("source.published: "), "{err}");
    assert!(err.to_string().contains("10 digits of a second"), "{err}");
    doc["source"]["published"] = "2025-03-05T10:15:05.123456789+07:00".into();
    let report = chiso::Report::from_json(&doc.to_string()).unwrap();
    assert!(report.to_json().contains("2025-03-05T10:15:05.123456789+07:00"));
    doc["source"]["published"] = serde_json::Value::Null;
    assert!(chiso::Report::from_json(&doc.to_string()).unwrap().source().unwrap().published.is_none());
}
