//! Limits at open ends and poles, as an independent review found them wrong: an end only
//! approached is open, and a divisor open at zero runs off rather than failing. Expected values
//! worked out by hand and checked with Python's `fractions`.

use chiso::{contribution, growth, implied_base, project, share, Endpoint, Estimate, Interval};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

fn est(value: &str, low: Endpoint, high: Endpoint) -> Estimate {
    Estimate::new(d(value), Interval::new(low, high).unwrap(), None).unwrap()
}

fn open(v: &str) -> Endpoint {
    Endpoint::Open(d(v))
}

fn closed(v: &str) -> Endpoint {
    Endpoint::Closed(d(v))
}

// current in (0, 5], previous in [1, ∞): growth = c/p − 1 > −100% always (c > 0), so −100 is
// approached, never reached. The limit at p = ∞ ignores that c's zero end is open.
#[test]
fn growth_from_an_open_zero_current_never_reaches_minus_100() {
    let g = growth(est("1", open("0"), closed("5")), est("1", closed("1"), Endpoint::Unbounded)).unwrap();
    assert_eq!(g.interval().low(), open("-100"), "{g}");
    assert_eq!(g.interval().high(), closed("400"), "{g}");
}

// share of x in (0, 5] over w in [1, ∞): in (0, 500], 0 never reached.
#[test]
fn share_of_an_open_zero_part_never_reaches_zero() {
    let s = share(est("1", open("0"), closed("5")), est("1", closed("1"), Endpoint::Unbounded)).unwrap();
    assert_eq!(s.interval().low(), open("0"), "{s}");
}

// implied base of c in (0, 5] with growth in [0, ∞): c / (1 + g/100) in (0, 5].
#[test]
fn implied_base_of_an_open_zero_current_never_reaches_zero() {
    let b = implied_base(est("1", open("0"), closed("5")), est("0", closed("0"), Endpoint::Unbounded)).unwrap();
    assert_eq!(b.interval().low(), open("0"), "{b}");
    assert_eq!(b.interval().high(), closed("5"), "{b}");
}

// base in (0, 10], growth in [5, ∞): b × (1 + g/100) > 0 always; the interval is (0, ∞).
#[test]
fn projection_of_an_open_zero_base_never_reaches_zero() {
    let p = project(est("1", open("0"), closed("10")), est("5", closed("5"), Endpoint::Unbounded)).unwrap();
    assert_eq!(p.interval().low(), open("0"), "{p}");
    assert_eq!(p.interval().high(), Endpoint::Unbounded, "{p}");
}

// base in (100, ∞), growth in (−100, −50]: the factor is in (0, 0.5], the projection in (0, ∞).
#[test]
fn projection_with_growth_open_at_minus_100_never_reaches_zero() {
    let p = project(est("200", open("100"), Endpoint::Unbounded), est("-50", open("-100"), closed("-50"))).unwrap();
    assert_eq!(p.interval().low(), open("0"), "{p}");
    assert_eq!(p.interval().high(), Endpoint::Unbounded, "{p}");
}

// part now in [5, 10], part before in (10, 20], whole before in [1, ∞): n − b in [−15, 0), so
// the contribution is in [−1500, 0): 0 is approached, never reached.
#[test]
fn contribution_with_an_open_tie_never_reaches_zero() {
    let c = contribution(
        est("5", closed("5"), closed("10")),
        est("20", open("10"), closed("20")),
        est("1", closed("1"), Endpoint::Unbounded),
    )
    .unwrap();
    assert_eq!(c.interval().low(), closed("-1500"), "{c}");
    assert_eq!(c.interval().high(), open("0"), "{c}");
}

// previous in (0, 1], current in [1, 2]: growth = c/p − 1 runs off to +∞ as p → 0; its low
// is 0 (c = p = 1). The previous value is positive throughout, so this is defined.
#[test]
fn growth_over_a_previous_value_open_at_zero_is_unbounded_above() {
    let g = growth(est("1", closed("1"), closed("2")), est("1", open("0"), closed("1"))).unwrap();
    assert_eq!(g.interval().low(), closed("0"), "{g}");
    assert_eq!(g.interval().high(), Endpoint::Unbounded, "{g}");
}

// share of [1, 2] in a whole in (0, 1]: [100, ∞).
#[test]
fn share_of_a_whole_open_at_zero_is_unbounded_above() {
    let s = share(est("1", closed("1"), closed("2")), est("1", open("0"), closed("1"))).unwrap();
    assert_eq!(s.interval().low(), closed("100"), "{s}");
    assert_eq!(s.interval().high(), Endpoint::Unbounded, "{s}");
}

// implied base of [1, 2] with growth in (−100, 0]: the factor is in (0, 1], the base in [1, ∞).
#[test]
fn implied_base_with_growth_open_at_minus_100_is_unbounded_above() {
    let b = implied_base(est("1", closed("1"), closed("2")), est("0", open("-100"), closed("0"))).unwrap();
    assert_eq!(b.interval().low(), closed("1"), "{b}");
    assert_eq!(b.interval().high(), Endpoint::Unbounded, "{b}");
}

// The same defects from printed figures alone: current "more than 0", previous "at least 1".
// growth = c/p − 1 with c > 0: (−100, ∞).
#[test]
fn growth_of_more_than_zero_over_at_least_one_is_open_at_minus_100() {
    let now = chiso::Reported::new(d("0"), chiso::Bound::MoreThan);
    let before = chiso::Reported::new(d("1"), chiso::Bound::AtLeast);
    let g = growth(now, before).unwrap();
    assert_eq!(g.interval().low(), open("-100"), "{g}");
}

// From printed figures: a part now of exactly −100, a part before of "more than −100" and a
// whole of "at least 1": the change n − b is negative throughout, so the contribution lies in
// (−∞, 0), and 0 is approached only as the whole grows without bound.
#[test]
fn contribution_of_a_fall_throughout_is_open_at_zero() {
    let now = chiso::Reported::exact(d("-100"));
    let before = chiso::Reported::new(d("-100"), chiso::Bound::MoreThan);
    let whole = chiso::Reported::new(d("1"), chiso::Bound::AtLeast);
    let c = contribution(now, before, whole).unwrap();
    assert_eq!(c.interval().low(), Endpoint::Unbounded, "{c}");
    assert_eq!(c.interval().high(), open("0"), "{c}");
}

// base in [−99.5, 0), growth "more than −1": the factor exceeds 0.99, the base is negative, so
// the projection is negative throughout: (−∞, 0).
#[test]
fn projection_of_a_base_open_at_zero_from_below_is_open_at_zero() {
    let p =
        project(est("-50", closed("-99.5"), open("0")), chiso::Reported::new(d("-1"), chiso::Bound::MoreThan)).unwrap();
    assert_eq!(p.interval().low(), Endpoint::Unbounded, "{p}");
    assert_eq!(p.interval().high(), open("0"), "{p}");
}

// A part of exactly 0 over a whole in (0, 1]: the share is 0 wherever the whole is, so the
// interval is [0, 0]; the corner at the whole's open zero end is divided instead.
#[test]
fn share_of_zero_over_a_whole_open_at_zero_is_zero() {
    let s = share(est("0", closed("0"), closed("0")), est("1", open("0"), closed("1"))).unwrap();
    assert_eq!(s.interval(), Interval::point(Decimal::ZERO), "{s}");
}
