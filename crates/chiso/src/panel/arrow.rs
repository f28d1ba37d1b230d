//! The long format as Arrow record batches (feature `arrow`): the same four tables as the CSV
//! files, read by the same decoders.

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Int16Type, Int32Type, Int64Type, Int8Type, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, Date32Array, Decimal128Array, RecordBatch};
use arrow_schema::DataType;
use rust_decimal::Decimal;

use super::long::{BadRow, Cell, Loader, OnBadRow, Table};
use super::Panel;
use crate::error::Result;

/// A panel's tables as Arrow record batches, with the columns of [`LongCsv`](super::LongCsv).
/// A table may come in several batches (an empty slice is no table). Text columns are
/// `utf8`, `large_utf8` or `utf8_view`; decimal columns (`value`, `growth`, `low`, `high`) may
/// also be `decimal128` (the column's scale is the figures' printed digits) or an integer type;
/// `as_of` may be `date32`; `row_id`, `last_digit` and `growth_last_digit` may be integers.
/// A null is a missing value, as an empty string is.
///
/// # Example
///
/// See [`Panel::from_arrow`].
#[derive(Debug, Clone, Copy)]
pub struct LongArrow<'a> {
    /// The `indicators` table.
    pub indicators: &'a [RecordBatch],
    /// The `observations` table.
    pub observations: &'a [RecordBatch],
    /// The `targets` table.
    pub targets: &'a [RecordBatch],
    /// The `regions` table.
    pub regions: &'a [RecordBatch],
}

/// One column of a batch, its type resolved once.
enum Column<'a> {
    Utf8(&'a arrow_array::StringArray),
    LargeUtf8(&'a arrow_array::LargeStringArray),
    Utf8View(&'a arrow_array::StringViewArray),
    Decimal128(&'a Decimal128Array, u32),
    Integer(&'a dyn Array),
    Date32(&'a Date32Array),
    Null,
}

/// A record batch as a [`Table`]: its rows numbered from `first_row` on.
struct Batch<'a> {
    batch: &'a RecordBatch,
    columns: Vec<Column<'a>>,
    first_row: u64,
}

impl<'a> Batch<'a> {
    /// The batch, each column's type checked; an unreadable type is an error naming the column
    /// (on row 1, the header's).
    fn new(batch: &'a RecordBatch, table: &str, first_row: u64) -> Result<Batch<'a>> {
        let schema = batch.schema_ref();
        let columns = batch
            .columns()
            .iter()
            .zip(schema.fields())
            .map(|(array, field)| {
                let array = array.as_ref();
                Ok(match array.data_type() {
                    DataType::Utf8 => Column::Utf8(array.as_string::<i32>()),
                    DataType::LargeUtf8 => Column::LargeUtf8(array.as_string::<i64>()),
                    DataType::Utf8View => Column::Utf8View(array.as_string_view()),
                    DataType::Decimal128(_, scale) if (0..=28).contains(scale) => {
                        Column::Decimal128(array.as_primitive(), *scale as u32)
                    }
                    DataType::Int8
                    | DataType::Int16
                    | DataType::Int32
                    | DataType::Int64
                    | DataType::UInt8
                    | DataType::UInt16
                    | DataType::UInt32
                    | DataType::UInt64 => Column::Integer(array),
                    DataType::Date32 => Column::Date32(array.as_primitive()),
                    DataType::Null => Column::Null,
                    other => {
                        let message = format!(
                            "a column of {other} cannot be read: expected utf8, large_utf8, utf8_view, \
                             decimal128 (scale 0 to 28), an integer type or date32"
                        );
                        return Err(BadRow {
                            table: table.to_string(),
                            row: 1,
                            column: Some(field.name().clone()),
                            message,
                        }
                        .into());
                    }
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Batch { batch, columns, first_row })
    }
}

impl Table for Batch<'_> {
    fn column_names(&self) -> Vec<&str> {
        self.batch.schema_ref().fields().iter().map(|f| f.name().as_str()).collect()
    }

    fn len(&self) -> usize {
        self.batch.num_rows()
    }

    fn row_number(&self, row: usize) -> u64 {
        self.first_row + row as u64
    }

    fn cell(&self, row: usize, column: usize) -> std::result::Result<Cell<'_>, String> {
        let column = &self.columns[column];
        let valid = match column {
            Column::Utf8(a) => a.is_valid(row),
            Column::LargeUtf8(a) => a.is_valid(row),
            Column::Utf8View(a) => a.is_valid(row),
            Column::Decimal128(a, _) => a.is_valid(row),
            Column::Integer(a) => a.is_valid(row),
            Column::Date32(a) => a.is_valid(row),
            Column::Null => false,
        };
        if !valid {
            return Ok(Cell::Null);
        }
        Ok(match column {
            Column::Utf8(a) => Cell::Text(a.value(row)),
            Column::LargeUtf8(a) => Cell::Text(a.value(row)),
            Column::Utf8View(a) => Cell::Text(a.value(row)),
            Column::Decimal128(a, scale) => {
                let mantissa = a.value(row);
                let value = Decimal::try_from_i128_with_scale(mantissa, *scale).map_err(|_| {
                    format!("{} has more digits than a decimal of 28 significant digits holds", a.value_as_string(row))
                })?;
                Cell::Decimal(value)
            }
            Column::Integer(a) => Cell::Integer(integer(*a, row)),
            Column::Date32(a) => match a.value_as_date(row) {
                Some(date) => Cell::Date(date),
                None => return Err(format!("{} days from 1970-01-01 is not a date", a.value(row))),
            },
            Column::Null => Cell::Null,
        })
    }
}

/// The integer at `row` of an array of an integer type.
fn integer(array: &dyn Array, row: usize) -> i128 {
    match array.data_type() {
        DataType::Int8 => array.as_primitive::<Int8Type>().value(row).into(),
        DataType::Int16 => array.as_primitive::<Int16Type>().value(row).into(),
        DataType::Int32 => array.as_primitive::<Int32Type>().value(row).into(),
        DataType::UInt8 => array.as_primitive::<UInt8Type>().value(row).into(),
        DataType::UInt16 => array.as_primitive::<UInt16Type>().value(row).into(),
        DataType::UInt32 => array.as_primitive::<UInt32Type>().value(row).into(),
        DataType::UInt64 => array.as_primitive::<UInt64Type>().value(row).into(),
        _ => array.as_primitive::<Int64Type>().value(row).into(),
    }
}

/// The batches of one table, numbered as one table: the first row of a batch follows the last
/// of the one before.
fn batches<'a>(batches: &'a [RecordBatch], table: &str) -> Result<Vec<Batch<'a>>> {
    let mut first_row = 2;
    batches
        .iter()
        .map(|batch| {
            let b = Batch::new(batch, table, first_row)?;
            first_row += batch.num_rows() as u64;
            Ok(b)
        })
        .collect()
}

impl Panel {
    /// A panel from Arrow record batches of its tables (see [`LongArrow`]), as
    /// [`Panel::from_csv`] reads the CSV text of the same tables: the same rules, the same bad
    /// rows, the tables named `indicators`, `observations`, `targets` and `regions`, and the
    /// rows numbered as in the CSV file (the first row of a table is row 2).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`](crate::Error::InvalidReport) for a bad row with
    /// [`OnBadRow::Raise`], and whatever the mode for a column that is unknown, repeated,
    /// missing or of a type that cannot be read (row 1).
    ///
    /// # Example
    ///
    /// ```
    /// use std::sync::Arc;
    /// use arrow_array::{ArrayRef, Decimal128Array, RecordBatch, StringArray};
    /// use chiso::panel::{LongArrow, OnBadRow};
    /// use chiso::Panel;
    ///
    /// let text = |values: &[&str]| Arc::new(StringArray::from(values.to_vec())) as ArrayRef;
    /// let indicators = RecordBatch::try_from_iter([
    ///     ("id", text(&["exports"])), ("name_vi", text(&["Xuất khẩu"])), ("name_en", text(&["Exports"])),
    ///     ("unit", text(&["million USD"])), ("measure", text(&["flow"])), ("polarity", text(&["higher_is_better"])),
    /// ]).unwrap();
    /// let value = Decimal128Array::from(vec![3600050]).with_precision_and_scale(38, 2).unwrap();
    /// let observations = RecordBatch::try_from_iter([
    ///     ("region", text(&["VN-57"])), ("indicator", text(&["exports"])), ("period", text(&["2024"])),
    ///     ("value", Arc::new(value) as ArrayRef),
    /// ]).unwrap();
    /// let tables = LongArrow { indicators: &[indicators], observations: &[observations], targets: &[], regions: &[] };
    /// let (panel, _) = Panel::from_arrow(tables, OnBadRow::Raise)?;
    /// let row = panel.observations().next().unwrap();
    /// assert_eq!(row.observation.value().unwrap().value().to_string(), "36000.50");
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn from_arrow(tables: LongArrow<'_>, on_bad_row: OnBadRow) -> Result<(Panel, Vec<BadRow>)> {
        let mut loader = Loader::new(on_bad_row);
        let indicators: Vec<(String, Batch)> =
            batches(tables.indicators, "indicators")?.into_iter().map(|b| ("indicators".to_string(), b)).collect();
        loader.indicators(&indicators)?;
        for batch in batches(tables.regions, "regions")? {
            loader.regions("regions", &batch)?;
        }
        for batch in batches(tables.observations, "observations")? {
            loader.observations("observations", &batch)?;
        }
        for batch in batches(tables.targets, "targets")? {
            loader.targets("targets", &batch)?;
        }
        loader.finish()
    }
}
