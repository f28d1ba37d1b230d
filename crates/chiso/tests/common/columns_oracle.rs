//! The oracle the column tests share: what the scalar function gives on each row, and the check
//! that a column function's result agrees with it row by row (value, ends, open flags, reasons
//! and the output scale). Each test file says how its arguments become figures.

use chiso::columns::Computed;
use chiso::{Error, Estimate};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A test argument, row by row.
pub trait Figures {
    /// Whether row `i` has a figure.
    fn present(&self, i: usize) -> bool;
    /// Row `i` as the scalar functions take it, built independently of the column code.
    fn estimate(&self, i: usize) -> Result<Estimate, Error>;
}

/// What the scalar function gives on row `i`: `Err(Some(name))` for a missing argument.
pub type Expected = Result<Result<Estimate, Error>, &'static str>;

/// Checks every row of `out` against `expected` and the output scale against the rule.
pub fn compare(out: &Computed, expected: &[Expected], interval: bool, rate: bool) -> Result<(), TestCaseError> {
    prop_assert_eq!(out.len(), expected.len());
    let ten_pow_10 = Decimal::from(10_000_000_000i64);
    let digits = |d: Decimal| {
        let t = d.abs().trunc();
        if t.is_zero() {
            0
        } else {
            t.to_string().len() as u32
        }
    };
    let results = |e: &Estimate| {
        let mut all = vec![e.value()];
        if interval {
            all.extend(e.low());
            all.extend(e.high());
        }
        all
    };
    let scale = if rate {
        28
    } else {
        let k = expected.iter().filter_map(|e| e.as_ref().ok()?.as_ref().ok()).flat_map(results).map(digits).max();
        28.min(38 - k.unwrap_or(0))
    };
    prop_assert_eq!(out.value().scale(), scale);
    let mut problems = out.problems().iter();
    for (i, e) in expected.iter().enumerate() {
        let fits = |d: Decimal| if rate { d.abs() < ten_pow_10 } else { d.normalize().scale() <= scale };
        match e {
            Err(name) => {
                prop_assert_eq!(out.get(i), None, "row {}", i);
                let p = problems.next().expect("a problem");
                prop_assert_eq!(p.row, i);
                prop_assert_eq!(p.error.to_string(), format!("missing {name}"));
            }
            Ok(Err(err)) => {
                prop_assert_eq!(out.get(i), None, "row {} should fail with {}", i, err);
                let p = problems.next().expect("a problem");
                prop_assert_eq!(p.row, i);
                prop_assert_eq!(p.error.kind(), err.kind(), "row {}: {} vs {}", i, p.error, err);
            }
            Ok(Ok(est)) if !results(est).into_iter().all(fits) => {
                prop_assert_eq!(out.get(i), None, "row {} ({}) does not fit", i, est);
                let p = problems.next().expect("a problem");
                prop_assert_eq!(p.row, i);
                prop_assert_eq!(p.error.kind(), "overflow");
            }
            Ok(Ok(est)) => {
                prop_assert_eq!(out.get(i), Some(est.value()), "row {}", i);
                if interval {
                    prop_assert_eq!(out.interval(i), Some(est.interval()), "row {}", i);
                } else {
                    prop_assert!(out.interval(i).is_none());
                }
            }
        }
    }
    prop_assert!(problems.next().is_none());
    Ok(())
}

/// Row by row expectations of a function of `N` figures.
pub fn expect<A: Figures, const N: usize>(
    args: [&A; N],
    rows: usize,
    names: [&'static str; N],
    f: impl Fn([Estimate; N]) -> Result<Estimate, Error>,
) -> Vec<Expected> {
    (0..rows)
        .map(|i| {
            if let Some(n) = (0..N).find(|&n| !args[n].present(i)) {
                return Err(names[n]);
            }
            let figures: Result<Vec<Estimate>, Error> = args.iter().map(|a| a.estimate(i)).collect();
            Ok(figures.and_then(|f_| f(f_.try_into().unwrap())))
        })
        .collect()
}
