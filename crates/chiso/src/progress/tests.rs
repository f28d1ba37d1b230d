//! Vectors for every scheme, the edge cases, and the classification at the cut-offs.
//!
//! Expected values come from Python: `fractions.Fraction` where the result is rational, and
//! `decimal` with `getcontext().prec = 50` where a fractional power makes it irrational.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::*;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn exact(v: &str) -> Estimate {
    Estimate::from(d(v))
}

fn within(v: &str, low: &str, high: &str) -> Estimate {
    Estimate::new(d(v), Interval::closed(d(low), d(high)).unwrap(), None).unwrap()
}

fn series(points: &[(i32, &str)]) -> Vec<(i32, Estimate)> {
    points.iter().map(|(y, v)| (*y, exact(v))).collect()
}

fn run(scheme: Scheme, points: &[(i32, Estimate)], target: &str, year: i32, polarity: Polarity) -> Progress {
    assess(scheme, points, d(target), year, polarity, None).unwrap()
}

fn gap(scheme: Scheme, points: &[(i32, Estimate)], target: &str, year: i32) -> Unassessable {
    assess_figures(scheme, points, d(target), year, Polarity::HigherIsBetter, None).unwrap().unwrap_err()
}

fn six(e: &Estimate) -> String {
    e.value().round_dp(6).to_string()
}

#[test]
fn unsd_2022_published_vector() {
    // 80 in 2015 → 88 in 2022, target 100 in 2030: CR = ((88/80)^(1/7) − 1) / ((100/80)^(1/15) − 1)
    // = 0.9146897323748254… (decimal, 50 digits): fair progress.
    let p = run(Scheme::Unsd2022, &series(&[(2015, "80"), (2022, "88")]), "100", 2030, Polarity::HigherIsBetter);
    let cr = p.measure().unwrap();
    assert_eq!(six(cr), "0.914690");
    assert!(cr.interval().contains(d("0.9146897323748254497678465190")));
    assert_eq!(p.class(), Some(ProgressClass::Unsd2022Fair));
    assert!(p.projection().is_none());
    assert_eq!(p.on_track(), Some(false));
}

#[test]
fn unsd_2022_every_class() {
    let e = Polarity::HigherIsBetter;
    let class = |now: &str| run(Scheme::Unsd2022, &series(&[(2015, "80"), (2022, now)]), "100", 2030, e).class();
    // CR for 80 → 90 over 7 years against 80 → 100 over 15: 1.1306… (decimal) ≥ 0.95.
    assert_eq!(class("90"), Some(ProgressClass::Unsd2022Substantial));
    // 80 → 82: CR = 0.2370… (decimal): limited.
    assert_eq!(class("82"), Some(ProgressClass::Unsd2022Limited));
    // 80 → 70: CR = −1.2878… (decimal): deterioration.
    assert_eq!(class("70"), Some(ProgressClass::Unsd2022Deterioration));
    // Already at the target: achieved takes precedence.
    assert_eq!(class("100"), Some(ProgressClass::Unsd2022Achieved));
}

#[test]
fn unsd_2023_exact_vectors() {
    let h = Polarity::HigherIsBetter;
    // 100 (2018) → 144 (2020), target year 2021: v_e = 144 · (144/100)^(1/2) = 172.8 exactly;
    // Fraction(1728, 10) - 100 = 72.8; over (180 − 100): Fraction(728, 800) = 0.91: fair.
    let p = run(Scheme::Unsd2023, &series(&[(2018, "100"), (2020, "144")]), "180", 2021, h);
    assert_eq!(p.projection().unwrap().value(), d("172.8"));
    assert_eq!(p.measure().unwrap().value(), d("0.91"));
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023Fair));
    // Over (176 − 100): Fraction(728, 760) = 0.95789…: on track.
    let p = run(Scheme::Unsd2023, &series(&[(2018, "100"), (2020, "144")]), "176", 2021, h);
    assert_eq!(six(p.measure().unwrap()), "0.957895");
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023OnTrack));
    assert_eq!(p.on_track(), Some(true));
    // 100 → 81: v_e = 81 · 0.9 = 72.9; (72.9 − 100) / (150 − 100) = Fraction(-271, 500) = −0.542.
    let p = run(Scheme::Unsd2023, &series(&[(2018, "100"), (2020, "81")]), "150", 2021, h);
    assert_eq!(p.measure().unwrap().value(), d("-0.542"));
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023Stagnation));
    // Lower is better, target 50: (72.9 − 100) / (50 − 100) = 0.542: fair.
    let p = run(Scheme::Unsd2023, &series(&[(2018, "100"), (2020, "81")]), "50", 2021, Polarity::LowerIsBetter);
    assert_eq!(p.measure().unwrap().value(), d("0.542"));
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023Fair));
}

#[test]
fn unsd_2023_fractional_projection() {
    // 80 (2015) → 88 (2022), target 100 in 2030: v_e = 88 · 1.1^(8/7) = 98.1270172894013139…,
    // ratio = 0.9063508644700656… (decimal, 50 digits).
    let p = run(Scheme::Unsd2023, &series(&[(2015, "80"), (2022, "88")]), "100", 2030, Polarity::HigherIsBetter);
    assert_eq!(p.projection().unwrap().value().round_dp(12), d("98.127017289401"));
    // The truth 0.906350864470065696167596890783… (decimal, 60 digits) floored at 28 places:
    // the exact projection's interval is within 10^-27 of it.
    assert!(p.measure().unwrap().interval().contains(d("0.9063508644700656961675968907")));
    assert_eq!(p.class(), Some(ProgressClass::Unsd2023Fair));
}

#[test]
fn an_interval_across_a_cut_off_is_undetermined_between_its_classes() {
    // 144 printed within [143.5, 144.5]: the ratio runs from 0.94606… to 0.96974… (decimal),
    // across 0.95.
    let points = vec![(2018, exact("100")), (2020, within("144", "143.5", "144.5"))];
    let p = run(Scheme::Unsd2023, &points, "176", 2021, Polarity::HigherIsBetter);
    assert_eq!(p.class(), None);
    assert_eq!(p.class_name(), "undetermined");
    assert_eq!(p.between(), &[ProgressClass::Unsd2023Fair, ProgressClass::Unsd2023OnTrack]);
    assert_eq!(p.on_track(), None);
    assert_eq!(
        p.class_label(Lang::En),
        "undetermined (between fair progress but acceleration needed and on track or target met)"
    );
    let m = p.measure().unwrap().interval();
    assert!(m.low_value().unwrap() <= d("0.9460629171408155325049918829"));
    assert!(m.high_value().unwrap() >= d("0.9697471157694131495929923362"));
}

#[test]
fn open_sdg_scaling_vectors() {
    // 1 − (b/100)^4.44 (decimal, 50 digits): 0.953929…, 0.373621…, 0.203670…, 0.043642…, 0.004432….
    for (base, c) in
        [("50", "0.953929"), ("90", "0.373622"), ("95", "0.203670"), ("99", "0.043643"), ("99.9", "0.004432")]
    {
        let scaling = natural_limit_scaling(d(base), d("100"), Polarity::HigherIsBetter).unwrap();
        assert_eq!(six(&scaling), c, "base {base}");
        assert!(scaling.interval().high_value().unwrap() - scaling.interval().low_value().unwrap() <= d("1e-27"));
    }
    // At the limit nothing is left; a base beyond it is refused; a minimum limit of zero does not scale.
    assert_eq!(natural_limit_scaling(d("100"), d("100"), Polarity::HigherIsBetter).unwrap().value(), Decimal::ZERO);
    assert!(natural_limit_scaling(d("101"), d("100"), Polarity::HigherIsBetter).is_err());
    assert_eq!(natural_limit_scaling(d("5"), Decimal::ZERO, Polarity::LowerIsBetter).unwrap().value(), Decimal::ONE);
    // A minimum limit at equal relative distance scales alike: 1 − (95/100)^4.44 both ways round.
    let min = natural_limit_scaling(d("100"), d("95"), Polarity::LowerIsBetter).unwrap();
    assert_eq!(six(&min), "0.203670");
}

#[test]
fn open_sdg_ratio_and_scaled_ratio() {
    let h = Polarity::HigherIsBetter;
    // 90 → 92 over 5 years against 90 → 100 over 15: R = 0.624997… (decimal): acceleration needed.
    let p = run(Scheme::OpenSdg, &series(&[(2015, "90"), (2020, "92")]), "100", 2030, h);
    assert_eq!(six(p.measure().unwrap()), "0.624997");
    assert_eq!(p.class(), Some(ProgressClass::OpenSdgAcceleration));
    // 95 → 97, target 100 = the limit: R = 1.218982…, C = 0.203670…, R / C = 5.985072… (decimal).
    let points = series(&[(2015, "95"), (2020, "97")]);
    let p = assess(Scheme::OpenSdg, &points, d("100"), 2030, h, Some(d("100"))).unwrap();
    assert_eq!(six(p.measure().unwrap()), "5.985072");
    assert_eq!(p.class(), Some(ProgressClass::OpenSdgOnTrack));
    // The limit is not the target: no scaling.
    let p = assess(Scheme::OpenSdg, &points, d("99"), 2030, h, Some(d("100"))).unwrap();
    assert!(p.measure().unwrap().value() < d("5"));
    // Lower is better and falling: 100 → 90, target 50: positive R.
    let p = run(Scheme::OpenSdg, &series(&[(2015, "100"), (2020, "90")]), "50", 2030, Polarity::LowerIsBetter);
    assert!(p.measure().unwrap().value() > Decimal::ZERO);
    // Rising instead: deterioration.
    let p = run(Scheme::OpenSdg, &series(&[(2015, "100"), (2020, "110")]), "50", 2030, Polarity::LowerIsBetter);
    assert_eq!(p.class(), Some(ProgressClass::OpenSdgDeterioration));
    // Met.
    let p = run(Scheme::OpenSdg, &series(&[(2015, "100"), (2020, "40")]), "50", 2030, Polarity::LowerIsBetter);
    assert_eq!(p.class(), Some(ProgressClass::OpenSdgAchieved));
}

#[test]
fn destatis_every_weather() {
    let h = Polarity::HigherIsBetter;
    let rising = series(&[(2018, "50"), (2019, "52"), (2020, "54"), (2021, "56"), (2022, "58")]);
    // 2 a year: 58 + 2 · 8 = 74 in 2030.
    // Target 74.5: Fraction(1, 2) / Fraction(33, 2) = 1/33 = 0.0303…: sun.
    let p = run(Scheme::Destatis, &rising, "74.5", 2030, h);
    assert_eq!(p.projection().unwrap().value(), d("74"));
    assert_eq!(six(p.measure().unwrap()), "0.030303");
    assert_eq!(p.class(), Some(ProgressClass::DestatisSun));
    // Target 75: 1/17 = 0.0588…: slightly cloudy.
    assert_eq!(run(Scheme::Destatis, &rising, "75", 2030, h).class(), Some(ProgressClass::DestatisSlightlyCloudy));
    // Target 78: 4/20 = 0.2 exactly: still slightly cloudy (5–20% includes 20%).
    let p = run(Scheme::Destatis, &rising, "78", 2030, h);
    assert_eq!(p.measure().unwrap().value(), d("0.2"));
    assert_eq!(p.class(), Some(ProgressClass::DestatisSlightlyCloudy));
    // Target 80: 6/22 = 0.2727…: cloudy.
    assert_eq!(run(Scheme::Destatis, &rising, "80", 2030, h).class(), Some(ProgressClass::DestatisCloudy));
    // Falling 58 → 50: 50 − 16 = 34; Fraction(75 − 34, 75 − 50) = 41/25 = 1.64: thunderstorm.
    let falling = series(&[(2018, "58"), (2019, "56"), (2020, "54"), (2021, "52"), (2022, "50")]);
    let p = run(Scheme::Destatis, &falling, "75", 2030, h);
    assert_eq!(p.measure().unwrap().value(), d("1.64"));
    assert_eq!(p.class(), Some(ProgressClass::DestatisThunderstorm));
    // Standing still: a miss of exactly 1, cloudy.
    let flat = series(&[(2019, "5"), (2020, "5"), (2021, "5"), (2022, "5")]);
    assert_eq!(run(Scheme::Destatis, &flat, "10", 2030, h).class(), Some(ProgressClass::DestatisCloudy));
}

#[test]
fn destatis_takes_the_last_five_years_of_consecutive_figures() {
    // 2015 and 2016 lie outside the window (2017–2022); the change is (62 − 52) / 5 = 2 a year.
    let points = series(&[
        (2015, "0"),
        (2016, "0"),
        (2017, "52"),
        (2018, "54"),
        (2019, "56"),
        (2020, "58"),
        (2021, "60"),
        (2022, "62"),
    ]);
    let p = run(Scheme::Destatis, &points, "100", 2030, Polarity::HigherIsBetter);
    assert_eq!(p.projection().unwrap().value(), d("78"));
    // A gap cuts the run: 2021 and 2022 only.
    let gapped = series(&[(2018, "1"), (2019, "2"), (2021, "3"), (2022, "4")]);
    assert_eq!(gap(Scheme::Destatis, &gapped, "10", 2030), Unassessable::TooFewPoints { have: 2, need: 4 });
    let few = series(&[(2020, "1"), (2021, "2"), (2022, "3")]);
    let err = assess(Scheme::Destatis, &few, d("10"), 2030, Polarity::HigherIsBetter, None).unwrap_err();
    assert!(err.to_string().contains("there are 3 consecutive yearly figures"), "{err}");
}

#[test]
fn edge_cases_say_why() {
    let two = |b: &str, t: &str| series(&[(2015, b), (2020, t)]);
    for scheme in [Scheme::Unsd2022, Scheme::Unsd2023, Scheme::OpenSdg] {
        assert_eq!(gap(scheme, &two("0", "5"), "10", 2030), Unassessable::ZeroBase, "{scheme}");
        assert_eq!(gap(scheme, &two("10", "-5"), "20", 2030), Unassessable::SignChange, "{scheme}");
        assert_eq!(gap(scheme, &two("-10", "-5"), "-1", 2030), Unassessable::Negative, "{scheme}");
        // The base is the target and the latest falls short of it.
        assert_eq!(gap(scheme, &two("10", "9"), "10", 2030), Unassessable::BaseAtTarget, "{scheme}");
        // The base is the target and the latest meets it: met takes precedence.
        let p = run(scheme, &two("10", "11"), "10", 2030, Polarity::HigherIsBetter);
        assert_eq!(p.class(), Some(scheme.met_class()));
        assert!(p.measure().is_none());
    }
    let err = assess(Scheme::Unsd2022, &two("10", "-5"), d("20"), 2030, Polarity::HigherIsBetter, None).unwrap_err();
    assert_eq!(err.kind(), "undefined");
    assert!(err.to_string().contains("across zero is undefined"), "{err}");
    // Bad inputs are errors, not classes.
    assert!(assess(Scheme::Unsd2022, &series(&[(2015, "1")]), d("2"), 2030, Polarity::HigherIsBetter, None).is_err());
    assert!(assess(Scheme::Unsd2022, &two("1", "2"), d("3"), 2020, Polarity::HigherIsBetter, None).is_err());
    let backwards = series(&[(2020, "1"), (2015, "2")]);
    assert!(assess(Scheme::Unsd2022, &backwards, d("3"), 2030, Polarity::HigherIsBetter, None).is_err());
}

#[test]
fn a_latest_figure_that_may_meet_the_target_adds_the_met_class() {
    // 99.5–100.5 against a target of 100: maybe met, else fair or better.
    let points = vec![(2015, exact("80")), (2022, within("100", "99.5", "100.5"))];
    let p = run(Scheme::Unsd2022, &points, "100", 2030, Polarity::HigherIsBetter);
    assert_eq!(p.class(), None);
    assert_eq!(p.between().last(), Some(&ProgressClass::Unsd2022Achieved));
    assert_eq!(p.on_track(), Some(true));
}

#[test]
fn classify_honours_open_ends_and_equality() {
    let cuts = &unsd2023::CUTS;
    let classes = &unsd2023::CLASSES;
    let closed = |a: &str, b: &str| classify(&Interval::closed(d(a), d(b)).unwrap(), classes, cuts);
    assert_eq!(closed("0.95", "0.99"), (Some(ProgressClass::Unsd2023OnTrack), vec![]));
    assert_eq!(closed("0.5", "0.95").0, None);
    let below = Interval::new(Endpoint::Closed(d("0.5")), Endpoint::Open(d("0.95"))).unwrap();
    assert_eq!(classify(&below, classes, cuts), (Some(ProgressClass::Unsd2023Fair), vec![]));
    let everything = Interval::everything();
    assert_eq!(classify(&everything, classes, cuts).1, classes.to_vec());
}

#[test]
fn schemes_and_classes_have_names_and_labels() {
    for scheme in Scheme::ALL {
        assert_eq!(scheme.name().parse::<Scheme>().unwrap(), scheme);
        assert_eq!(serde_json::to_value(scheme).unwrap(), serde_json::json!(scheme.name()));
        let (classes, cuts) = scheme.ladder();
        assert_eq!(classes.len(), cuts.len() + 1);
        assert!(classes.iter().all(|c| c.scheme() == scheme));
        assert!(cuts.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(scheme.met_class().scheme(), scheme);
        assert!(scheme.met_class().is_top());
        for class in classes {
            assert_ne!(class.label(Lang::Vi), class.label(Lang::En));
        }
    }
    assert_eq!(Scheme::default(), Scheme::Unsd2023);
}
