//! Independent review of the column functions: row-by-row agreement with the scalar functions
//! on inputs the main property tests do not generate (negative and large scales, 28-digit
//! mantissas, per-row last digits on every layout, units per argument, open bounds on zeros).

use chiso::columns::{self, Column, OnError, Options};
use chiso::{Bound, Error, Estimate, Quantity, Reported, Unit};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[path = "common/columns_oracle.rs"]
mod oracle;

use oracle::{compare, expect, Figures};

#[derive(Debug, Clone)]
enum Layout {
    Fixed(Vec<i128>, i32),
    Decimals(Vec<Decimal>),
    Scalar(Decimal),
}

#[derive(Debug, Clone)]
struct Arg {
    layout: Layout,
    valid: Option<Vec<bool>>,
    bound: Bound,
    digits: Option<Vec<i32>>,
    unit: Option<Unit>,
}

impl Arg {
    fn column(&self) -> Column<'_> {
        let mut c = match &self.layout {
            Layout::Fixed(m, s) => Column::fixed(m.as_slice(), *s),
            Layout::Decimals(d) => Column::decimals(d.as_slice()),
            Layout::Scalar(d) => Column::scalar(*d),
        };
        if let Some(v) = &self.valid {
            c = c.with_validity(v.as_slice());
        }
        c = c.with_bound(self.bound);
        if let Some(d) = &self.digits {
            c = c.with_last_digits(d.as_slice());
        }
        if let Some(u) = &self.unit {
            c = c.with_unit(u.clone());
        }
        c
    }

    /// Row `i` as text, `mantissa` and a power of ten written out in full (independent of the
    /// column code's conversions).
    fn text(&self, i: usize) -> (String, i32) {
        match &self.layout {
            Layout::Fixed(m, s) => (shifted(m[i], *s), -*s),
            Layout::Decimals(d) => (d[i].to_string(), -(d[i].scale() as i32)),
            Layout::Scalar(d) => (d.to_string(), -(d.scale() as i32)),
        }
    }
}

impl Figures for Arg {
    fn present(&self, i: usize) -> bool {
        self.valid.as_ref().is_none_or(|v| v[i])
    }

    /// Row `i` as the scalar functions take it.
    fn estimate(&self, i: usize) -> Result<Estimate, Error> {
        let (text, own_digit) = self.text(i);
        let digit = self.digits.as_ref().map_or(own_digit, |d| d[i]);
        let written = written_to(&text, digit);
        let value = Decimal::from_str_exact(&written).map_err(|e| Error::InvalidInput {
            what: "decimal",
            input: written.clone(),
            why: e.to_string(),
        })?;
        let reported = Reported::new(value, self.bound).with_last_digit(digit)?;
        Ok(match &self.unit {
            Some(u) => Estimate::from(Quantity::from_reported(reported, u.clone())),
            None => Estimate::from(reported),
        })
    }
}

/// `m × 10^-s` as plain decimal text.
fn shifted(m: i128, s: i32) -> String {
    let sign = if m < 0 { "-" } else { "" };
    let digits = m.unsigned_abs().to_string();
    if s <= 0 {
        return format!("{sign}{digits}{}", "0".repeat((-s) as usize));
    }
    let s = s as usize;
    let padded = format!("{:0>width$}", digits, width = s + 1);
    let (int, frac) = padded.split_at(padded.len() - s);
    format!("{sign}{int}.{frac}")
}

/// Decimal text rewritten with exactly max(−digit, 0) places when only zeros are dropped.
fn written_to(text: &str, digit: i32) -> String {
    let places = (-digit).max(0) as usize;
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let trimmed = frac.trim_end_matches('0');
    if trimmed.len() > places {
        return text.to_string();
    }
    if places == 0 {
        return int.to_string();
    }
    format!("{int}.{trimmed:0<places$}")
}

/// Mantissas up to a decimal's 28 digits, with the fast path's edges and zeros.
fn mantissa() -> impl Strategy<Value = i128> {
    let big = 10i128.pow(27);
    prop_oneof![
        3 => -1_000i128..10_000,
        2 => Just(0i128),
        1 => prop_oneof![Just(1i128), Just(-1), Just(big - 1), Just(big), Just(-big), Just(10 * big - 1)],
        2 => -(10 * big - 1)..(10 * big - 1),
        2 => -1_000_000_000_000_000i128..1_000_000_000_000_000_000,
    ]
}

fn bound() -> impl Strategy<Value = Bound> {
    prop_oneof![3 => Just(Bound::AsPrinted), 2 => Just(Bound::Exact), 3 => proptest::sample::select(Bound::ALL.to_vec())]
}

fn arg(rows: usize, units: bool) -> impl Strategy<Value = Arg> {
    let layout = prop_oneof![
        4 => (proptest::collection::vec(mantissa(), rows), -6i32..=28).prop_map(|(m, s)| Layout::Fixed(m, s)),
        3 => proptest::collection::vec((mantissa(), 0u32..=28), rows)
            .prop_map(|v| Layout::Decimals(v.into_iter().map(|(m, s)| Decimal::from_i128_with_scale(m, s)).collect())),
        2 => (mantissa(), 0u32..=28).prop_map(|(m, s)| Layout::Scalar(Decimal::from_i128_with_scale(m, s))),
    ];
    let valid = proptest::option::weighted(0.2, proptest::collection::vec(proptest::bool::weighted(0.9), rows));
    let digits = proptest::option::weighted(0.3, proptest::collection::vec(-30i32..=8, rows));
    let unit = if units {
        prop_oneof![Just(None), Just(Some("million VND")), Just(Some("billion VND")), Just(Some("thousand VND"))]
            .boxed()
    } else {
        Just(None).boxed()
    };
    (layout, valid, bound(), digits, unit).prop_map(move |(layout, valid, bound, digits, unit)| {
        let scalar = matches!(layout, Layout::Scalar(_));
        let (valid, digits) = if scalar { (None, None) } else { (valid, digits) };
        Arg { layout, valid, bound, digits, unit: unit.map(|u| u.parse().unwrap()) }
    })
}

/// Units on both or neither, as the scalar functions require a dimension to agree.
fn pair(rows: usize) -> impl Strategy<Value = (Arg, Arg)> {
    (arg(rows, true), arg(rows, true)).prop_map(|(mut a, mut b)| {
        if a.unit.is_none() != b.unit.is_none() {
            a.unit = None;
            b.unit = None;
        }
        (a, b)
    })
}

fn options() -> impl Strategy<Value = Options> {
    (proptest::bool::ANY, prop_oneof![Just(None), Just(Some(1))]).prop_map(|(interval, threads)| Options {
        interval,
        errors: OnError::Null,
        threads,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn rates_equal_the_scalar_functions_on_wide_inputs((a, b) in (0usize..12).prop_flat_map(pair), o in options()) {
        let rows = a.column().len().or(b.column().len()).unwrap_or(1);
        let out = columns::growth(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["current", "previous"], |[x, y]| chiso::growth(x, y)), o.interval, true)?;
        let out = columns::share(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["part", "whole"], |[x, y]| chiso::share(x, y)), o.interval, true)?;
    }

    #[test]
    fn change_pp_and_levels_equal_the_scalar_functions_on_wide_inputs(
        (a, b) in (0usize..12).prop_flat_map(|n| (arg(n, false), arg(n, false))), o in options()
    ) {
        let rows = a.column().len().or(b.column().len()).unwrap_or(1);
        let out = columns::change_pp(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["now", "before"], |[x, y]| chiso::change_pp(x, y)), o.interval, true)?;
        let out = columns::project(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["base", "growth"], |[x, y]| chiso::project(x, y)), o.interval, false)?;
        let out = columns::implied_base(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["current", "growth"], |[x, y]| chiso::implied_base(x, y)), o.interval, false)?;
    }

    #[test]
    fn contribution_with_a_broadcast_whole_equals_the_scalar_function(
        (a, b, w) in (0usize..10).prop_flat_map(|n| (arg(n, false), arg(n, false), (mantissa(), 0u32..=6, bound()))),
        o in options()
    ) {
        let whole = Arg {
            layout: Layout::Scalar(Decimal::from_i128_with_scale(w.0, w.1)),
            valid: None, bound: w.2, digits: None, unit: None,
        };
        let rows = a.column().len().or(b.column().len()).unwrap_or(1);
        let out = columns::contribution(&a.column(), &b.column(), &whole.column(), &o).unwrap();
        let names = ["part_now", "part_before", "whole_before"];
        compare(&out, &expect([&a, &b, &whole], rows, names, |[x, y, z]| chiso::contribution(x, y, z)), o.interval, true)?;
    }
}

fn fixed(m: &[i128], s: i32) -> Column<'static> {
    Column::fixed(m.to_vec(), s)
}

#[test]
fn a_negative_scale_is_printed_to_that_power_of_ten() {
    // decimal128(5, -3): 12 is 12000, printed to the thousands.
    let out = columns::growth(&fixed(&[13], -3), &fixed(&[12], -3), &Options { interval: true, ..Options::default() })
        .unwrap();
    let c = Reported::new(Decimal::from(13000), Bound::AsPrinted).with_last_digit(3).unwrap();
    let p = Reported::new(Decimal::from(12000), Bound::AsPrinted).with_last_digit(3).unwrap();
    let scalar = chiso::growth(c, p).unwrap();
    assert_eq!(out.get(0), Some(scalar.value()));
    assert_eq!(out.interval(0), Some(scalar.interval()));
}

#[test]
fn exact_values_beyond_28_places_of_zeros_are_read() {
    // decimal128(38, 30) holding 1.5 and 1.2 exactly: the zeros beyond 28 places carry no digit,
    // and an exact figure has no last digit to check.
    let e = 10i128.pow(29);
    let now = fixed(&[15 * e], 30).with_bound(Bound::Exact);
    let before = fixed(&[12 * e], 30).with_bound(Bound::Exact);
    let out = columns::growth(&now, &before, &Options::default()).unwrap();
    assert_eq!(out.get(0), Some(Decimal::from(25)), "{:?}", out.problems());
}

/// A change whose end has 29 significant digits: the scalar function rounds it outward to 28,
/// and so must the column (found by the property above).
#[test]
fn a_change_with_more_than_28_digits_is_rounded_as_the_scalar_function_rounds_it() {
    let now: Decimal = "999999999.999999999999999999".parse().unwrap();
    let options = Options { interval: true, errors: OnError::Null, threads: None };
    let out =
        columns::change_pp(&Column::decimals(vec![now]), &Column::decimals(vec![Decimal::ZERO]), &options).unwrap();
    let scalar =
        chiso::change_pp(Reported::new(now, Bound::AsPrinted), Reported::new(Decimal::ZERO, Bound::AsPrinted)).unwrap();
    assert_eq!(out.interval(0), Some(scalar.interval()));
    assert_eq!(scalar.interval().to_string(), "[999999999.4999999999999999985, 1000000000.500000000000000000]");
}
