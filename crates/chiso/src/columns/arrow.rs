//! arrow-rs arrays in and out (feature `arrow`).

use std::borrow::Cow;
use std::sync::Arc;

use arrow_array::types::{
    ArrowPrimitiveType, Int16Type, Int32Type, Int64Type, Int8Type, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Decimal128Array, Decimal256Array, LargeStringArray, PrimitiveArray, StringArray,
    StringViewArray, StructArray,
};
use arrow_buffer::{NullBuffer, ScalarBuffer};
use arrow_schema::{DataType, Field, Fields};
use rust_decimal::Decimal;

use super::column::{fixed_decimal, Column};
use super::computed::{Computed, Output};
use crate::error::{Error, Result};
use crate::value::parse_decimal;

impl<'a> Column<'a> {
    /// A column of an arrow-rs array: `decimal128` (its mantissas borrowed, not copied),
    /// `decimal256`, the integer types, and decimal strings (`utf8`, `large_utf8`, `utf8_view`,
    /// read as [`parse_decimal`] reads them). Nulls come from the null buffer; a sliced array
    /// is read from its offset.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] naming the row for a `decimal256` value beyond 38 digits or a
    /// string that is not a decimal, and naming the data type for any other type.
    ///
    /// # Example
    ///
    /// ```
    /// use arrow_array::{Array, Decimal128Array};
    /// use chiso::columns::{self, Column, Options};
    ///
    /// let now = Decimal128Array::from(vec![Some(1694), None]).with_precision_and_scale(18, 2).unwrap();
    /// let before = Decimal128Array::from(vec![1521, 1500]).with_precision_and_scale(18, 2).unwrap();
    /// let g = columns::growth(&Column::from_arrow(&now)?, &Column::from_arrow(&before)?, &Options::default())?;
    /// assert_eq!(g.get(0).unwrap().round_dp(2).to_string(), "11.37");
    /// assert_eq!(g.to_arrow().null_count(), 1);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn from_arrow(array: &'a dyn Array) -> Result<Column<'a>> {
        let column = match array.data_type() {
            DataType::Decimal128(_, scale) => {
                let array = downcast::<Decimal128Array>(array)?;
                Column::fixed(&array.values()[..], i32::from(*scale))
            }
            DataType::Decimal256(_, scale) => {
                let array = downcast::<Decimal256Array>(array)?;
                let mantissas = (0..array.len())
                    .map(|i| match array.is_valid(i) {
                        false => Ok(0),
                        true => array
                            .value(i)
                            .to_i128()
                            .filter(|m| fixed_decimal(*m, i32::from(*scale)).is_ok())
                            .ok_or_else(|| {
                                Error::invalid(
                                    "decimal256",
                                    array.value_as_string(i),
                                    format!(
                                        "row {i}: it has more digits than a decimal of 28 significant digits holds"
                                    ),
                                )
                            }),
                    })
                    .collect::<Result<Vec<i128>>>()?;
                Column::fixed(mantissas, i32::from(*scale))
            }
            DataType::Int8 => integers::<Int8Type>(array)?,
            DataType::Int16 => integers::<Int16Type>(array)?,
            DataType::Int32 => integers::<Int32Type>(array)?,
            DataType::Int64 => integers::<Int64Type>(array)?,
            DataType::UInt8 => integers::<UInt8Type>(array)?,
            DataType::UInt16 => integers::<UInt16Type>(array)?,
            DataType::UInt32 => integers::<UInt32Type>(array)?,
            DataType::UInt64 => integers::<UInt64Type>(array)?,
            DataType::Utf8 => strings(array, |i| downcast::<StringArray>(array).map(|a| a.value(i)))?,
            DataType::LargeUtf8 => strings(array, |i| downcast::<LargeStringArray>(array).map(|a| a.value(i)))?,
            DataType::Utf8View => strings(array, |i| downcast::<StringViewArray>(array).map(|a| a.value(i)))?,
            other => return Err(Error::invalid(
                "column",
                other.to_string(),
                "expected decimal128, decimal256, an integer type, or decimal strings (utf8, large_utf8, utf8_view)",
            )),
        };
        Ok(match array.logical_nulls() {
            Some(nulls) if nulls.null_count() > 0 => column.with_validity(nulls.iter().collect::<Vec<bool>>()),
            _ => column,
        })
    }
}

fn downcast<T: 'static>(array: &dyn Array) -> Result<&T> {
    array.as_any().downcast_ref::<T>().ok_or_else(|| {
        Error::invalid("column", array.data_type().to_string(), "its data type does not match its layout")
    })
}

fn integers<'a, T: ArrowPrimitiveType>(array: &'a dyn Array) -> Result<Column<'a>>
where
    T::Native: Into<i128>,
{
    let array = downcast::<PrimitiveArray<T>>(array)?;
    Ok(Column::fixed(array.values().iter().map(|&v| v.into()).collect::<Vec<i128>>(), 0))
}

/// A column of decimal strings; `value(i)` reads row `i` of the array.
fn strings<'a, 's>(array: &'a dyn Array, value: impl Fn(usize) -> Result<&'s str>) -> Result<Column<'a>> {
    let decimals = (0..array.len())
        .map(|i| {
            if array.is_null(i) {
                return Ok(Decimal::ZERO);
            }
            let text = value(i)?;
            parse_decimal(text).map_err(|error| match error {
                Error::InvalidInput { what, input, why } => {
                    Error::InvalidInput { what, input, why: format!("row {i}: {why}") }
                }
                other => Error::AtRow { row: i, error: Box::new(other) },
            })
        })
        .collect::<Result<Vec<Decimal>>>()?;
    Ok(Column::decimals(Cow::Owned(decimals)))
}

impl Output {
    /// The values as a `decimal128(38, scale)` array on the output's own buffer (moved, not
    /// copied), with a null buffer only when some row is null.
    fn into_arrow(self) -> Decimal128Array {
        let nulls = self.valid.contains(&false).then(|| NullBuffer::from(self.valid));
        let array = Decimal128Array::new(ScalarBuffer::from(self.mantissas), nulls);
        // OK because the output's scale is at most 28, within decimal128(38, s).
        array.with_precision_and_scale(38, self.scale as i8).expect("a scale within 0 to 38")
    }
}

impl Computed {
    /// The result as an arrow-rs array: without the interval, a `decimal128(38, scale)` array
    /// with a null for every row without a value; with it, a struct array of `value`, `low` and
    /// `high` (each `decimal128(38, scale)`) and `low_open`, `high_open` (booleans: `true` where
    /// the end is excluded). A null `low` or `high` on a row that has a value is an unbounded
    /// end; the struct itself is null where the row has no value. The values' buffers are
    /// moved into the arrays, not copied; [`Computed::to_arrow`] leaves `self` whole.
    ///
    /// # Example
    ///
    /// ```
    /// use arrow_array::{Array, StructArray};
    /// use chiso::columns::{self, Column, Options};
    /// use chiso::Bound;
    ///
    /// let now = Column::fixed(vec![110i128], 0);
    /// let before = Column::fixed(vec![100i128], 0).with_bound(Bound::MoreThan);
    /// let g = columns::growth(&now, &before, &Options { interval: true, ..Options::default() })?;
    /// let array = g.into_arrow();
    /// let s = array.as_any().downcast_ref::<StructArray>().unwrap();
    /// assert_eq!(s.column_names(), ["value", "low", "high", "low_open", "high_open"]);
    /// assert!(s.column(1).is_valid(0) && s.column(2).is_valid(0)); // (−100, 10), both open
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn into_arrow(self) -> ArrayRef {
        match self.low.is_some() {
            true => {
                let (fields, columns, nulls) = self.into_parts();
                Arc::new(StructArray::new(fields, columns, nulls))
            }
            false => Arc::new(self.value.into_arrow()),
        }
    }

    /// The result as [`Computed::into_arrow`] gives it, without consuming `self` (its values
    /// are copied).
    ///
    /// # Example
    ///
    /// ```
    /// use arrow_array::Array;
    /// use chiso::columns::{self, Column, Options};
    ///
    /// let g = columns::growth(&Column::fixed(vec![11i128], 0), &Column::fixed(vec![0i128], 0), &Options::default())?;
    /// assert_eq!(g.to_arrow().null_count(), 1);
    /// assert_eq!(g.len(), 1);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn to_arrow(&self) -> ArrayRef {
        self.clone().into_arrow()
    }

    /// The result with each row's reason: a struct array of the fields [`Computed::into_arrow`]
    /// gives (`value` alone without the interval) and `reason`, a string where the row has no
    /// value and null where it has one. The struct itself is never null, so that every row's
    /// reason shows.
    ///
    /// # Example
    ///
    /// ```
    /// use arrow_array::{Array, StringArray};
    /// use chiso::columns::{self, Column, Options};
    ///
    /// let g = columns::growth(&Column::fixed(vec![1i128, 2], 0), &Column::fixed(vec![1i128, 0], 0), &Options::default())?;
    /// let s = g.into_arrow_with_reasons();
    /// assert_eq!(s.column_names(), ["value", "reason"]);
    /// assert_eq!(s.null_count(), 0);
    /// let reasons = s.column(1).as_any().downcast_ref::<StringArray>().unwrap();
    /// assert!(reasons.is_null(0) && reasons.value(1).contains("positive base"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn into_arrow_with_reasons(self) -> StructArray {
        let reasons = Arc::new(self.reasons_to_arrow()) as ArrayRef;
        let (fields, mut columns, _) = self.into_parts();
        let mut fields = fields.to_vec();
        fields.push(Arc::new(Field::new("reason", DataType::Utf8, true)));
        columns.push(reasons);
        StructArray::new(Fields::from(fields), columns, None)
    }

    /// The struct fields of the result: `value`, and with the interval `low`, `high`,
    /// `low_open`, `high_open`; with the struct's null buffer (null where there is no value).
    fn into_parts(self) -> (Fields, Vec<ArrayRef>, Option<NullBuffer>) {
        let decimal = DataType::Decimal128(38, self.value.scale as i8);
        let value = self.value.into_arrow();
        let nulls = value.nulls().cloned();
        let mut fields = vec![Field::new("value", decimal.clone(), true)];
        let mut columns: Vec<ArrayRef> = vec![Arc::new(value)];
        if let (Some(low), Some(high)) = (self.low, self.high) {
            fields.push(Field::new("low", decimal.clone(), true));
            fields.push(Field::new("high", decimal, true));
            fields.push(Field::new("low_open", DataType::Boolean, false));
            fields.push(Field::new("high_open", DataType::Boolean, false));
            columns.push(Arc::new(low.values.into_arrow()));
            columns.push(Arc::new(high.values.into_arrow()));
            columns.push(Arc::new(BooleanArray::from(low.open)));
            columns.push(Arc::new(BooleanArray::from(high.open)));
        }
        (Fields::from(fields), columns, nulls)
    }

    /// The reason for each null row as a string array, null where the row has a value.
    ///
    /// # Example
    ///
    /// ```
    /// use arrow_array::{Array, StringArray};
    /// use chiso::columns::{self, Column, Options};
    ///
    /// let g = columns::growth(&Column::fixed(vec![1i128, 2], 0), &Column::fixed(vec![1i128, 0], 0), &Options::default())?;
    /// let reasons = g.reasons_to_arrow();
    /// assert!(reasons.is_null(0));
    /// assert!(reasons.value(1).contains("positive base"));
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn reasons_to_arrow(&self) -> StringArray {
        let mut reasons: Vec<Option<String>> = vec![None; self.len()];
        for problem in &self.problems {
            reasons[problem.row] = Some(problem.error.to_string());
        }
        StringArray::from(reasons)
    }
}
