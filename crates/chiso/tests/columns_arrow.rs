//! arrow-rs arrays in and out of the column functions: slices, null buffers, every input type.
#![cfg(feature = "arrow")]

use std::sync::Arc;

use arrow_array::types::Decimal128Type;
use arrow_array::{
    Array, ArrayRef, BooleanArray, Decimal128Array, Decimal256Array, Int32Array, Int64Array, LargeStringArray,
    StringArray, StringViewArray, StructArray, UInt8Array,
};
use arrow_buffer::i256;
use arrow_schema::DataType;
use chiso::columns::{self, Column, Options};
use chiso::{Bound, Reported};
use rust_decimal::Decimal;

fn decimals(values: Vec<Option<i128>>, scale: i8) -> Decimal128Array {
    Decimal128Array::from(values).with_precision_and_scale(18, scale).unwrap()
}

fn scalar_growth(c: &str, p: &str) -> chiso::Estimate {
    chiso::growth(c.parse::<Reported>().unwrap(), p.parse::<Reported>().unwrap()).unwrap()
}

#[test]
fn sliced_decimal128_arrays_with_nulls_are_read_from_their_offset() {
    let now = decimals(vec![Some(1), Some(1694), None, Some(2000), Some(5)], 2);
    let before = decimals(vec![Some(1521), None, Some(1000), Some(1)], 2);
    let (now, before) = (now.slice(1, 3), before.slice(0, 3));
    let g = columns::growth(&Column::from_arrow(&now).unwrap(), &Column::from_arrow(&before).unwrap(), &Options::default())
        .unwrap();
    assert_eq!(g.get(0), Some(scalar_growth("16.94", "15.21").value()));
    assert_eq!(g.get(1), None);
    assert_eq!(g.problems()[0].error.to_string(), "missing current");
    assert_eq!(g.get(2), Some(scalar_growth("20.00", "10.00").value()));
    let out = g.to_arrow();
    assert_eq!(out.data_type(), &DataType::Decimal128(38, 28));
    assert_eq!((out.len(), out.null_count()), (3, 1));
    let reasons = g.reasons_to_arrow();
    assert!(reasons.is_null(0) && reasons.value(1) == "missing current" && reasons.is_null(2));
}

#[test]
fn decimal256_rows_within_a_decimal_are_read_and_others_refused_by_row() {
    let fits = Decimal256Array::from(vec![Some(i256::from_i128(1694)), None])
        .with_precision_and_scale(60, 2)
        .unwrap();
    let column = Column::from_arrow(&fits).unwrap();
    let g = columns::growth(&column, &Column::scalar(Decimal::new(1521, 2)), &Options::default()).unwrap();
    assert_eq!(g.get(0), Some(scalar_growth("16.94", "15.21").value()));
    assert_eq!(g.get(1), None);
    let huge = i256::from_i128(i128::MAX).wrapping_mul(i256::from_i128(1000));
    let too_big = Decimal256Array::from(vec![Some(i256::ONE), Some(huge)]).with_precision_and_scale(76, 0).unwrap();
    let err = Column::from_arrow(&too_big).unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    assert!(err.to_string().contains("row 1"), "{err}");
}

#[test]
fn integer_columns_are_scale_zero() {
    let now = Int64Array::from(vec![Some(110), None, Some(-5)]);
    let before = Int32Array::from(vec![100, 100, 100]);
    let g = columns::growth(&Column::from_arrow(&now).unwrap(), &Column::from_arrow(&before).unwrap(), &Options::default())
        .unwrap();
    assert_eq!(g.get(0), Some(Decimal::TEN));
    assert_eq!(g.get(1), None);
    assert_eq!(g.get(2), Some(Decimal::from(-105)));
    let small = UInt8Array::from(vec![200u8]);
    assert_eq!(Column::from_arrow(&small).unwrap().len(), Some(1));
}

#[test]
fn decimal_strings_of_every_kind_keep_their_own_scale_and_a_bad_one_names_its_row() {
    let expected = scalar_growth("16.940", "15.2");
    let arrays: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from(vec![Some("16.940"), None])),
        Arc::new(LargeStringArray::from(vec![Some("16.940"), None])),
        Arc::new(StringViewArray::from(vec![Some("16.940"), None])),
    ];
    for array in &arrays {
        let column = Column::from_arrow(array.as_ref()).unwrap();
        let g = columns::growth(&column, &Column::scalar(Decimal::new(152, 1)), &Options { interval: true, ..Options::default() })
            .unwrap();
        assert_eq!(g.get(0), Some(expected.value()));
        assert_eq!(g.interval(0), Some(expected.interval()));
        assert_eq!(g.get(1), None);
    }
    let bad = StringArray::from(vec!["1", "2", "1,5"]);
    let err = Column::from_arrow(&bad).unwrap_err();
    assert_eq!(err.kind(), "invalid_input");
    assert!(err.to_string().contains("row 2") && err.to_string().contains("1,5"), "{err}");
    let sliced = bad.slice(0, 2);
    assert!(Column::from_arrow(&sliced).is_ok());
}

#[test]
fn other_types_are_refused_by_name() {
    let floats = arrow_array::Float64Array::from(vec![1.5]);
    let err = Column::from_arrow(&floats).unwrap_err();
    assert!(err.to_string().contains("Float64"), "{err}");
}

#[test]
fn the_interval_comes_out_as_a_struct_with_open_and_unbounded_ends() {
    let now = decimals(vec![Some(110), Some(120), Some(1)], 0);
    let before = decimals(vec![Some(100), Some(100), Some(0)], 0);
    let before = Column::from_arrow(&before).unwrap().with_bounds(vec![Bound::MoreThan, Bound::AsPrinted, Bound::AsPrinted]);
    let now = Column::from_arrow(&now).unwrap().with_bounds(vec![Bound::AsPrinted, Bound::AtLeast, Bound::AsPrinted]);
    let g = columns::growth(&now, &before, &Options { interval: true, ..Options::default() }).unwrap();
    let array = g.to_arrow();
    let s = array.as_any().downcast_ref::<StructArray>().unwrap();
    assert_eq!(s.column_names(), ["value", "low", "high", "low_open", "high_open"]);
    assert_eq!((s.len(), s.null_count()), (3, 1));
    let low = s.column(1).as_any().downcast_ref::<Decimal128Array>().unwrap();
    let high = s.column(2).as_any().downcast_ref::<Decimal128Array>().unwrap();
    let low_open = s.column(3).as_any().downcast_ref::<BooleanArray>().unwrap();
    let high_open = s.column(4).as_any().downcast_ref::<BooleanArray>().unwrap();
    // Row 0: more than 100 → (−100, …), open at both ends.
    let scalar = chiso::growth(Reported::as_printed(110.into()), Reported::new(100.into(), Bound::MoreThan)).unwrap();
    assert_eq!(low.value(0), -100 * 10i128.pow(28));
    assert!(low_open.value(0) && high_open.value(0));
    assert_eq!(g.interval(0), Some(scalar.interval()));
    // Row 1: at least 119.5 → unbounded above: a null high on a valid row.
    assert!(high.is_null(1) && s.is_valid(1));
    assert!(!low_open.value(1));
    assert_eq!(low.data_type(), &DataType::Decimal128(38, 28));
    let _: &arrow_array::PrimitiveArray<Decimal128Type> = high;
}
