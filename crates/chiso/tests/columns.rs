//! The column functions against the scalar functions, row by row: every row's value, ends and
//! open flags equal the scalar result on the same figures, or both fail with the same kind.

use chiso::columns::{self, Column, OnError, Options};
use chiso::{Bound, Error, Estimate, Quantity, Reported, Unit};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[path = "common/columns_oracle.rs"]
mod oracle;

use oracle::{compare, expect, Expected, Figures};

/// How a test argument is laid out.
#[derive(Debug, Clone)]
enum Layout {
    Fixed(Vec<i128>, i32),
    Decimals(Vec<Decimal>),
    Scalar(Decimal),
}

/// A test argument: its layout and what its rows promise.
#[derive(Debug, Clone)]
struct Arg {
    layout: Layout,
    valid: Option<Vec<bool>>,
    bounds: Result<Bound, Vec<Bound>>,
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
        c = match &self.bounds {
            Ok(b) => c.with_bound(*b),
            Err(b) => c.with_bounds(b.as_slice()),
        };
        if let Some(d) = &self.digits {
            c = c.with_last_digits(d.as_slice());
        }
        if let Some(u) = &self.unit {
            c = c.with_unit(u.clone());
        }
        c
    }

    fn value(&self, i: usize) -> Decimal {
        match &self.layout {
            Layout::Fixed(m, s) => Decimal::from_i128_with_scale(m[i], *s as u32),
            Layout::Decimals(d) => d[i],
            Layout::Scalar(d) => *d,
        }
    }
}

impl Figures for Arg {
    fn present(&self, i: usize) -> bool {
        self.valid.as_ref().is_none_or(|v| v[i])
    }

    /// Row `i` as the scalar functions take it, built independently of the column code.
    fn estimate(&self, i: usize) -> Result<Estimate, Error> {
        let bound = match &self.bounds {
            Ok(b) => *b,
            Err(b) => b[i],
        };
        let mut reported = Reported::new(self.value(i), bound);
        if let Some(d) = &self.digits {
            reported = reported.with_last_digit(d[i])?;
        }
        Ok(match &self.unit {
            Some(u) => Estimate::from(Quantity::from_reported(reported, u.clone())),
            None => Estimate::from(reported),
        })
    }
}

fn mantissa() -> impl Strategy<Value = i128> {
    prop_oneof![
        3 => -1_000i128..10_000,
        3 => -1_000_000_000i128..10_000_000_000,
        2 => -100_000_000_000_000_000i128..1_000_000_000_000_000_000,
        1 => Just(0i128),
        1 => 1i128..20,
    ]
}

fn bound() -> impl Strategy<Value = Bound> {
    prop_oneof![6 => Just(Bound::AsPrinted), 3 => Just(Bound::Exact), 1 => proptest::sample::select(Bound::ALL.to_vec())]
}

/// A random argument of `rows` rows: a layout, nulls, bounds and, for decimals, per-row digits.
fn arg(rows: usize) -> impl Strategy<Value = Arg> {
    let layout = prop_oneof![
        4 => (proptest::collection::vec(mantissa(), rows), prop_oneof![8 => 0i32..=6, 1 => Just(20), 1 => Just(-2)])
            .prop_map(|(m, s)| Layout::Fixed(m, s)),
        3 => proptest::collection::vec((mantissa(), 0u32..=8), rows)
            .prop_map(|v| Layout::Decimals(v.into_iter().map(|(m, s)| Decimal::from_i128_with_scale(m, s)).collect())),
        1 => (mantissa(), 0u32..=3).prop_map(|(m, s)| Layout::Scalar(Decimal::from_i128_with_scale(m, s))),
    ];
    let valid = proptest::option::weighted(0.3, proptest::collection::vec(proptest::bool::weighted(0.9), rows));
    let bounds = prop_oneof![3 => bound().prop_map(Ok), 1 => proptest::collection::vec(bound(), rows).prop_map(Err)];
    (layout, valid, bounds).prop_map(move |(layout, valid, bounds)| {
        let scalar = matches!(layout, Layout::Scalar(_));
        let (valid, bounds) = if scalar { (None, bounds.or(Ok(Bound::AsPrinted))) } else { (valid, bounds) };
        // Negative scales are written as scale 0 with a positive last digit, as Arrow means them.
        let (layout, digits) = match layout {
            Layout::Fixed(m, -2) => (
                Layout::Decimals(m.iter().map(|&m| Decimal::from_i128_with_scale(m * 100, 0)).collect()),
                Some(vec![2; rows]),
            ),
            other => (other, None),
        };
        Arg { layout, valid, bounds, digits, unit: None }
    })
}

fn options() -> impl Strategy<Value = Options> {
    (proptest::bool::ANY, prop_oneof![Just(None), Just(Some(1)), Just(Some(2))])
        .prop_map(|(interval, threads)| Options { interval, errors: OnError::Null, threads })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn growth_equals_the_scalar_function_on_every_row(
        (a, b) in (0usize..40).prop_flat_map(|n| (arg(n), arg(n))), o in options()
    ) {
        let rows = a.column().len().or(b.column().len()).unwrap_or(1);
        let out = columns::growth(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["current", "previous"], |[x, y]| chiso::growth(x, y)), o.interval, true)?;
    }

    #[test]
    fn share_and_change_pp_equal_the_scalar_functions(
        (a, b) in (0usize..30).prop_flat_map(|n| (arg(n), arg(n))), o in options()
    ) {
        let rows = a.column().len().or(b.column().len()).unwrap_or(1);
        let out = columns::share(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["part", "whole"], |[x, y]| chiso::share(x, y)), o.interval, true)?;
        let out = columns::change_pp(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["now", "before"], |[x, y]| chiso::change_pp(x, y)), o.interval, true)?;
    }

    #[test]
    fn levels_equal_the_scalar_functions(
        (a, b) in (0usize..30).prop_flat_map(|n| (arg(n), arg(n))), o in options()
    ) {
        let rows = a.column().len().or(b.column().len()).unwrap_or(1);
        let out = columns::project(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["base", "growth"], |[x, y]| chiso::project(x, y)), o.interval, false)?;
        let out = columns::implied_base(&a.column(), &b.column(), &o).unwrap();
        compare(&out, &expect([&a, &b], rows, ["current", "growth"], |[x, y]| chiso::implied_base(x, y)), o.interval, false)?;
    }

    #[test]
    fn contribution_equals_the_scalar_function(
        (a, b, c) in (0usize..25).prop_flat_map(|n| (arg(n), arg(n), arg(n))), o in options()
    ) {
        let rows = a.column().len().or(b.column().len()).or(c.column().len()).unwrap_or(1);
        let out = columns::contribution(&a.column(), &b.column(), &c.column(), &o).unwrap();
        let names = ["part_now", "part_before", "whole_before"];
        compare(&out, &expect([&a, &b, &c], rows, names, |[x, y, z]| chiso::contribution(x, y, z)), o.interval, true)?;
    }

    #[test]
    fn cagr_equals_the_scalar_function_with_years_per_row_or_for_all(
        (a, b, years) in (0usize..12).prop_flat_map(|n| (arg(n), arg(n), prop_oneof![
            (1u32..12).prop_map(|y| Layout::Scalar(y.into())),
            proptest::collection::vec(prop_oneof![8 => 1i128..12, 1 => Just(0i128), 1 => Just(1001i128)], n)
                .prop_map(|y| Layout::Fixed(y, 0)),
            proptest::collection::vec(prop_oneof![Just(Decimal::new(25, 1)), Just(Decimal::new(30, 1))], n)
                .prop_map(Layout::Decimals),
        ])),
        o in options()
    ) {
        let years = Arg { layout: years, valid: None, bounds: Ok(Bound::Exact), digits: None, unit: None };
        let rows = a.column().len().or(b.column().len()).or(years.column().len()).unwrap_or(1);
        let out = columns::cagr(&a.column(), &b.column(), &years.column(), &o).unwrap();
        let expected: Vec<Expected> = (0..rows)
            .map(|i| {
                if !a.present(i) {
                    return Err("start");
                }
                if !b.present(i) {
                    return Err("end");
                }
                let y = years.value(i);
                let n = if y.fract().is_zero() { u32::try_from(y.mantissa() / 10i128.pow(y.scale())).unwrap() } else { 0 };
                Ok(a.estimate(i).and_then(|s| b.estimate(i).and_then(|e| chiso::cagr(s, e, n))))
            })
            .collect();
        compare(&out, &expected, o.interval, true)?;
    }
}

fn fixed(m: &[i128], s: i32) -> Column<'static> {
    Column::fixed(m.to_vec(), s)
}

fn interval() -> Options {
    Options { interval: true, ..Options::default() }
}

#[test]
fn empty_and_all_null_columns_give_empty_and_all_null_results() {
    let empty = columns::growth(&Column::fixed(vec![], 2), &Column::fixed(vec![], 2), &interval()).unwrap();
    assert!(empty.is_empty() && empty.problems().is_empty());
    let now = Column::fixed(vec![1i128, 2], 0).with_validity(vec![false, false]);
    let all_null = columns::growth(&now, &Column::scalar(1.into()), &interval()).unwrap();
    assert_eq!(all_null.value().validity(), &[false, false]);
    assert!(all_null.problems().iter().all(|p| p.error.to_string() == "missing current"));
    // Missing is not an error, even in the strict mode.
    let strict = Options { errors: OnError::Raise, ..Options::default() };
    assert!(columns::growth(&now, &Column::scalar(1.into()), &strict).is_ok());
}

#[test]
fn a_length_mismatch_names_the_argument() {
    let err = columns::growth(&Column::fixed(vec![1i128, 2], 0), &Column::fixed(vec![1i128], 0), &Options::default())
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    assert!(err.to_string().contains("previous"), "{err}");
    let err = columns::share(
        &Column::fixed(vec![1i128, 2], 0).with_validity(vec![true]),
        &Column::scalar(1.into()),
        &Options::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("part") && err.to_string().contains("validity"), "{err}");
    let err = columns::project(
        &Column::scalar(1.into()).with_bounds(vec![Bound::Exact]),
        &Column::scalar(1.into()),
        &Options::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("base"), "{err}");
}

#[test]
fn units_are_aligned_or_refused_for_the_whole_call() {
    let billion = Column::fixed(vec![1694i128], 2).with_unit("billion kWh".parse().unwrap());
    let million = Column::fixed(vec![15206i128], 0).with_unit("million kWh".parse().unwrap());
    let g = columns::growth(&billion, &million, &interval()).unwrap();
    let now = Quantity::from_reported("16.94".parse().unwrap(), "billion kWh".parse().unwrap());
    let before = Quantity::from_reported("15206".parse().unwrap(), "million kWh".parse().unwrap());
    let scalar = chiso::growth(&now, &before).unwrap();
    assert_eq!((g.get(0), g.interval(0)), (Some(scalar.value()), Some(scalar.interval())));
    assert_eq!(g.unit(), Some(&Unit::percent()));
    let money = Column::fixed(vec![1i128], 0).with_unit("billion VND".parse().unwrap());
    assert_eq!(columns::growth(&billion, &money, &Options::default()).unwrap_err().kind(), "unit_mismatch");
    assert_eq!(
        columns::growth(&billion, &Column::fixed(vec![1i128], 0), &Options::default()).unwrap_err().kind(),
        "unit_mismatch"
    );
    assert_eq!(columns::project(&money, &money, &Options::default()).unwrap_err().kind(), "unit_mismatch");
    let base = columns::implied_base(&money, &Column::scalar(8.into()), &Options::default()).unwrap();
    assert_eq!(base.unit().unwrap().to_string(), "billion VND");
}

#[test]
fn levels_far_apart_in_magnitude_leave_the_finest_row_null_with_a_reason() {
    // 10^20 needs 21 integer digits, so the column keeps 17 decimal places; 10^-20 × 1.03 needs 22
    let base = Column::decimals(vec![Decimal::from_i128_with_scale(10i128.pow(20), 0), Decimal::new(1, 20)]);
    let p = columns::project(&base, &Column::scalar(Decimal::new(3, 0)), &Options::default()).unwrap();
    assert_eq!(p.value().scale(), 17);
    assert_eq!(p.get(0), Some(Decimal::from_i128_with_scale(103 * 10i128.pow(18), 0)));
    assert_eq!(p.get(1), None);
    let problem = &p.problems()[0];
    assert_eq!((problem.row, problem.error.kind()), (1, "overflow"));
    assert!(problem.error.to_string().contains("not rounded"), "{}", problem.error);
}

#[test]
fn rates_of_ten_billion_percent_or_more_are_null() {
    let g = columns::growth(
        &Column::fixed(vec![10i128.pow(9), 10i128.pow(8)], 0),
        &Column::fixed(vec![1i128, 1], 0),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(g.get(0), None);
    assert_eq!(g.get(1), Some(Decimal::from(9_999_999_900i64)));
    assert_eq!(g.problems()[0].error.kind(), "overflow");
}

#[test]
fn the_strict_mode_names_the_first_bad_row() {
    let now = fixed(&[5, 6, 7, 8, 9], 0);
    let before = Column::fixed(vec![1i128, 1, 0, 1, -1], 0).with_validity(vec![true, false, true, true, true]);
    let strict = Options { errors: OnError::Raise, ..Options::default() };
    let err = columns::growth(&now, &before, &strict).unwrap_err();
    assert!(matches!(err, Error::AtRow { row: 2, .. }), "{err}");
    assert_eq!(err.kind(), "undefined");
    assert!(err.to_string().starts_with("row 2: growth is undefined"), "{err}");
}

#[test]
fn one_thread_and_two_give_the_same_columns() {
    let n = 100_000usize;
    let now: Vec<i128> = (0..n as i128).map(|i| (i * 7919 % 100_003) - 50).collect();
    let before: Vec<i128> = (0..n as i128).map(|i| (i * 104_729 % 99_991) - 10).collect();
    let (now, before) = (Column::fixed(now, 2), Column::fixed(before, 2));
    let run = |threads| {
        columns::growth(&now, &before, &Options { interval: true, errors: OnError::Null, threads: Some(threads) })
            .unwrap()
    };
    let (one, two) = (run(1), run(2));
    assert_eq!(one, two);
    assert_eq!(one, columns::growth(&now, &before, &interval()).unwrap());
    assert!(!one.problems().is_empty());
    assert_eq!(
        columns::growth(&now, &before, &Options { threads: Some(0), ..Options::default() }).unwrap_err().kind(),
        "invalid_input"
    );
    let too_many = Options { threads: Some(columns::MAX_THREADS + 1), ..Options::default() };
    let err = columns::growth(&now, &before, &too_many).unwrap_err();
    assert!(err.to_string().contains("at most 256 threads"), "{err}");
    let most = Options { threads: Some(columns::MAX_THREADS), ..Options::default() };
    assert_eq!(columns::growth(&now, &before, &most).unwrap().value(), one.value());
}

#[test]
fn years_are_whole_numbers_from_1_to_1000_per_row_or_for_all() {
    let (start, end) = (fixed(&[100, 100, 100], 0), fixed(&[121, 121, 121], 0));
    let years = Column::decimals(vec![Decimal::TWO, Decimal::new(25, 1), Decimal::from(1001)]);
    let g = columns::cagr(&start, &end, &years, &Options::default()).unwrap();
    assert_eq!(
        g.get(0),
        Some(chiso::cagr(Reported::as_printed(100.into()), Reported::as_printed(121.into()), 2).unwrap().value())
    );
    assert_eq!(g.get(1), None);
    assert_eq!(g.get(2), None);
    assert!(g.problems().iter().all(|p| p.error.kind() == "invalid_input"));
    let all = columns::cagr(&start, &end, &Column::scalar(2.into()), &Options::default()).unwrap();
    assert!(all.problems().is_empty());
    let percent = Column::scalar(2.into()).with_unit(Unit::percent());
    assert_eq!(columns::cagr(&start, &end, &percent, &Options::default()).unwrap_err().kind(), "invalid_input");
}

#[test]
fn a_last_digit_per_row_rewrites_the_value_to_it() {
    // 16.90 in a decimal(18, 2) column, printed as 16.9: known to ±0.05, not ±0.005.
    let now = Column::fixed(vec![1690i128], 2).with_last_digits(vec![-1]);
    let g = columns::growth(&now, &Column::scalar(10.into()), &interval()).unwrap();
    let scalar = chiso::growth(Reported::as_printed(Decimal::new(169, 1)), Reported::as_printed(10.into())).unwrap();
    assert_eq!(g.interval(0), Some(scalar.interval()));
    // A digit below the last one is refused for that row only.
    let bad = Column::fixed(vec![1694i128], 2).with_last_digits(vec![-1]);
    let g = columns::growth(&bad, &Column::scalar(10.into()), &Options::default()).unwrap();
    assert_eq!(g.problems()[0].error.kind(), "invalid_input");
}

/// Rows at the edges of the rates' integer path: a current value or part whose interval
/// reaches below zero while it does not, a base whose interval reaches zero, mantissas next to
/// 2^63 and to the path's limit of 10^27, rates next to 10^10, and scales that differ by row.
#[test]
fn rates_at_the_edges_of_the_integer_path_equal_the_scalar_functions() {
    let big = (1i128 << 63) - 1;
    let limit = 10i128.pow(27);
    let pairs: Vec<(i128, i128)> = vec![
        (0, 7),
        (-1, 7),
        (1, 0),
        (5, 1),
        (-3, 1),
        (100_000_000, 1),
        (100_000_001, 1),
        (99_999_999, 1),
        (10_000_000_000, 100),
        (big, big - 1),
        (big, 1),
        (-big, big),
        (1, big),
        (limit - 1, limit - 2),
        (limit, limit - 1),
        (limit - 1, limit),
        (3, 3),
    ];
    let (x, w): (Vec<i128>, Vec<i128>) = pairs.into_iter().unzip();
    let rows = x.len();
    for bounds in [(Bound::AsPrinted, Bound::AsPrinted), (Bound::Exact, Bound::Exact), (Bound::AsPrinted, Bound::Exact)]
    {
        let layouts = [
            (Layout::Fixed(x.clone(), 0), Layout::Fixed(w.clone(), 0)),
            (Layout::Fixed(x.clone(), 2), Layout::Fixed(w.clone(), 2)),
            (
                Layout::Fixed(x.clone(), 1),
                Layout::Decimals(
                    w.iter().enumerate().map(|(i, &m)| Decimal::from_i128_with_scale(m, i as u32 % 4)).collect(),
                ),
            ),
        ];
        for (lx, lw) in layouts {
            let arg =
                |layout: Layout, bound: Bound| Arg { layout, valid: None, bounds: Ok(bound), digits: None, unit: None };
            let (a, b) = (arg(lx, bounds.0), arg(lw, bounds.1));
            for interval in [false, true] {
                let o = Options { interval, errors: OnError::Null, threads: Some(1) };
                let out = columns::growth(&a.column(), &b.column(), &o).unwrap();
                compare(
                    &out,
                    &expect([&a, &b], rows, ["current", "previous"], |[x, y]| chiso::growth(x, y)),
                    interval,
                    true,
                )
                .unwrap();
                let out = columns::share(&a.column(), &b.column(), &o).unwrap();
                compare(&out, &expect([&a, &b], rows, ["part", "whole"], |[x, y]| chiso::share(x, y)), interval, true)
                    .unwrap();
                let out = columns::change_pp(&a.column(), &b.column(), &o).unwrap();
                compare(
                    &out,
                    &expect([&a, &b], rows, ["now", "before"], |[x, y]| chiso::change_pp(x, y)),
                    interval,
                    true,
                )
                .unwrap();
            }
        }
    }
}
