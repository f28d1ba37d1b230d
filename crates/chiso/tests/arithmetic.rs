//! Products and quotients of figures against exact rational arithmetic: the interval of
//! `a × b` and `a ÷ b` must hold the exact product or quotient of every pair of values the two
//! figures allow (they are monotone on each side of zero, so the corners of the box decide),
//! and the point must be the exact result rounded to 28 significant digits at most one unit
//! away.

use chiso::{Bound, Estimate, Quantity, Reported};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Signed;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn rational(d: Decimal) -> BigRational {
    BigRational::new(BigInt::from(d.mantissa()), BigInt::from(10).pow(d.scale()))
}

/// The ends of a bounded interval, exactly.
fn ends(e: &Estimate) -> (BigRational, BigRational) {
    (rational(e.low().expect("bounded")), rational(e.high().expect("bounded")))
}

/// The interval must hold every corner value, closed ends included (the ends drawn here are
/// closed, so the extremes are reached).
fn holds(result: &Estimate, corners: &[BigRational]) -> Result<(), TestCaseError> {
    let (low, high) = ends(result);
    for corner in corners {
        prop_assert!(&low <= corner && corner <= &high, "{result} misses the exact value {corner}");
    }
    Ok(())
}

/// The point is the exact value of the points, to within a unit of its last kept digit.
fn near(result: &Estimate, exact: &BigRational) -> Result<(), TestCaseError> {
    let unit = BigRational::new(BigInt::from(1), BigInt::from(10).pow(result.value().scale()));
    let error = (rational(result.value()) - exact).abs();
    prop_assert!(error <= unit, "{} is not {} to its last digit", result.value(), exact);
    Ok(())
}

fn figure() -> impl Strategy<Value = Reported> {
    (-10_000_000i64..10_000_000, 0u32..6, prop_oneof![Just(Bound::AsPrinted), Just(Bound::Exact)])
        .prop_map(|(mantissa, scale, bound)| Reported::new(Decimal::new(mantissa, scale), bound))
}

fn corners(a: &Estimate, b: &Estimate, op: fn(&BigRational, &BigRational) -> BigRational) -> Vec<BigRational> {
    let ((a_low, a_high), (b_low, b_high)) = (ends(a), ends(b));
    vec![op(&a_low, &b_low), op(&a_low, &b_high), op(&a_high, &b_low), op(&a_high, &b_high)]
}

proptest! {
    #[test]
    fn a_product_holds_every_product_of_allowed_values(a in figure(), b in figure()) {
        let quantity = Quantity::from_reported(a, "billion kWh".parse().unwrap());
        let factor = Estimate::from(b);
        let product = quantity.checked_mul(&factor).unwrap();
        prop_assert_eq!(product.unit().map(ToString::to_string), Some("billion kWh".to_string()));
        holds(&product, &corners(&Estimate::from(&quantity), &factor, |x, y| x * y))?;
        near(&product, &(rational(a.value()) * rational(b.value())))?;
        // Either way round: a plain number times a figure.
        prop_assert_eq!(factor.checked_mul(&Estimate::from(&quantity)).unwrap(), product);
    }

    #[test]
    fn a_quotient_holds_every_quotient_of_allowed_values(a in figure(), b in figure()) {
        let quantity = Quantity::from_reported(a, "million VND".parse().unwrap());
        let divisor = Estimate::from(b);
        let (b_low, b_high) = ends(&divisor);
        match quantity.checked_div(&divisor) {
            Ok(quotient) => {
                prop_assert!(b_low.is_positive() || b_high.is_negative(), "{divisor} allows zero");
                prop_assert_eq!(quotient.unit().map(ToString::to_string), Some("million VND".to_string()));
                holds(&quotient, &corners(&Estimate::from(&quantity), &divisor, |x, y| x / y))?;
                near(&quotient, &(rational(a.value()) / rational(b.value())))?;
            }
            Err(err) => {
                prop_assert_eq!(err.kind(), "undefined");
                prop_assert!(!(b_low.is_positive() || b_high.is_negative()), "{divisor} refused: {err}");
            }
        }
    }

    #[test]
    fn a_ratio_of_one_dimension_is_a_plain_number(a in figure(), b in figure()) {
        // Different scales: the ratio is taken in one of them, and the exact oracle in units.
        let numerator = Quantity::from_reported(a, "billion VND".parse().unwrap());
        let denominator = Quantity::from_reported(b, "million VND".parse().unwrap());
        let thousand = BigRational::from_integer(BigInt::from(1000));
        match numerator.checked_div(&Estimate::from(&denominator)) {
            Ok(ratio) => {
                prop_assert_eq!(ratio.unit(), None);
                let scaled = corners(&Estimate::from(&numerator), &Estimate::from(&denominator), |x, y| x / y);
                holds(&ratio, &scaled.iter().map(|c| c * &thousand).collect::<Vec<_>>())?;
                near(&ratio, &(rational(a.value()) * &thousand / rational(b.value())))?;
            }
            Err(err) => {
                prop_assert_eq!(err.kind(), "undefined");
                prop_assert!(denominator.interval().contains(Decimal::ZERO) || b.value().is_zero());
            }
        }
    }
}

#[test]
fn figures_of_two_dimensions_do_not_divide_and_no_two_figures_multiply() {
    let dollars = Estimate::from(&Quantity::from_reported("3".parse().unwrap(), "billion USD".parse().unwrap()));
    let dong = Estimate::from(&Quantity::from_reported("3".parse().unwrap(), "billion VND".parse().unwrap()));
    let err = dollars.checked_div(&dong).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot divide billion USD and billion VND: USD and VND are different currencies; convert one with an \
         explicit, dated ExchangeRate first"
    );
    let err = dollars.checked_mul(&dollars).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot multiply billion USD and billion USD: chiso has no compound units; multiply a figure by a plain number"
    );
    let err = Estimate::from(Decimal::ONE).checked_div(&dollars).unwrap_err();
    assert_eq!(err.kind(), "unit_mismatch");
    assert!(err.to_string().starts_with("cannot divide a plain number and billion USD"), "{err}");
    let err = Estimate::from(Decimal::ONE).checked_div(&Estimate::from(Decimal::ZERO)).unwrap_err();
    assert_eq!(err.to_string(), "cannot divide by 0: it is zero");
}

#[test]
fn a_divisor_clear_of_zero_is_not_said_to_allow_zero() {
    let ten = Estimate::from(&Quantity::from_reported("10".parse().unwrap(), "billion VND".parse().unwrap()));
    // Printed as 0 but more than 0: the value itself is zero, the interval is not.
    let above_zero =
        Quantity::from_reported(Reported::new(Decimal::ZERO, Bound::MoreThan), "billion VND".parse().unwrap());
    let err = ten.checked_div(&Estimate::from(&above_zero)).unwrap_err();
    assert_eq!(err.to_string(), "cannot divide by 0 billion VND in (0, +∞): it is zero");
    // 10^19 billion VND over 10^-19 VND is 10^47: too large, although the divisor is clear of
    // zero (it only reaches zero in billions, where it has more than 28 decimals).
    let huge = Estimate::from(&Quantity::from_reported(
        "10000000000000000000".parse().unwrap(),
        "billion VND".parse().unwrap(),
    ));
    let tiny = Quantity::from_reported("0.0000000000000000001".parse().unwrap(), "VND".parse().unwrap());
    let err = huge.checked_div(&Estimate::from(&tiny)).unwrap_err();
    assert_eq!(err.kind(), "overflow", "{err}");
}
