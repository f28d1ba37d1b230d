//! Whole columns: the arguments `chiso.columns` prepared (Arrow objects, numpy buffers, lists of
//! Python numbers, scalars) become the core's `Column`s, the core's column function runs with the
//! GIL released, and its result goes back as an Arrow column or a list of `Decimal`s.
//!
//! Every rule (bounds, last digits, units, scales, undefined rows) is the core's; this module
//! converts values and maps errors, as the rest of the bindings do.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float32Type, Float64Type};
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType;
use chiso::columns::{Column, Computed, OnError, Options};
use chiso::{Bound as Printed, Unit};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyString};
use rust_decimal::Decimal;

use crate::arrow::{self, PyArrowColumn};
use crate::convert::{self, py_decimal};
use crate::errors::{bad_argument, to_py, wrong_type};

/// One argument's values, owned for the length of the call; the core borrows them.
enum Values {
    /// An Arrow column the core reads itself (decimals, integers, decimal strings).
    Arrow(ArrayRef),
    /// Integers of a numpy buffer: mantissas at scale 0.
    Integers(Vec<i128>),
    /// Numbers read one by one (Python objects, floats), with which rows are present.
    Decimals(Vec<Decimal>, Vec<bool>),
    /// One value for every row.
    Scalar(Decimal),
}

/// One argument of a column function, as `chiso.columns` hands it over.
struct Argument {
    name: String,
    values: Values,
    bound: Printed,
    bounds: Option<Vec<Printed>>,
    digits: Option<Vec<i32>>,
    unit: Option<Unit>,
}

impl Argument {
    fn column(&self) -> PyResult<Column<'_>> {
        let mut column = match &self.values {
            Values::Arrow(array) => Column::from_arrow(array.as_ref()).map_err(|e| bad_argument(&self.name, e))?,
            Values::Integers(mantissas) => Column::fixed(mantissas.as_slice(), 0),
            Values::Decimals(values, valid) => Column::decimals(values.as_slice()).with_validity(valid.as_slice()),
            Values::Scalar(value) => Column::scalar(*value),
        };
        column = match &self.bounds {
            Some(bounds) => column.with_bounds(bounds.as_slice()),
            None => column.with_bound(self.bound),
        };
        if let Some(digits) = &self.digits {
            column = column.with_last_digits(digits.as_slice());
        }
        if let Some(unit) = &self.unit {
            column = column.with_unit(unit.clone());
        }
        Ok(column)
    }
}

/// One argument as `chiso.columns` passes it: its name, the kind of its data, the data, its
/// bound, its bounds per row, its last digits per row and its unit.
type Spec<'py> = (
    String,
    String,
    Bound<'py, PyAny>,
    Option<Bound<'py, PyAny>>,
    Option<Vec<Bound<'py, PyAny>>>,
    Option<Vec<i32>>,
    Option<Bound<'py, PyAny>>,
);

/// Reads one argument: `(name, kind, data, bound, bounds, digits, unit)` where `kind`
/// says what `data` is: `"arrow"` (an object with the Arrow PyCapsule interface), `"numpy"` (a
/// `(dtype, bytes)` pair of a native little-endian buffer), `"objects"` (a list of Python
/// numbers, `None`/NaN/`pd.NA` missing) or `"scalar"`.
fn argument(spec: Spec<'_>) -> PyResult<Argument> {
    let (name, kind, data, bound, bounds, digits, unit) = spec;
    let values = match kind.as_str() {
        "arrow" => arrow_values(&name, &data)?,
        "numpy" => numpy_values(&name, &data)?,
        "objects" => object_values(&name, data.cast::<PyList>()?)?,
        "scalar" => Values::Scalar(convert::decimal(&name, &data)?),
        other => return Err(PyValueError::new_err(format!("{name}: unknown kind of column {other:?}"))),
    };
    let bounds = bounds
        .map(|names| {
            names
                .iter()
                .enumerate()
                .map(|(row, b)| convert::bound(&format!("bound of {name}, row {row}"), Some(b), Printed::AsPrinted))
                .collect::<PyResult<Vec<_>>>()
        })
        .transpose()?;
    Ok(Argument {
        bound: convert::bound(&format!("bound of {name}"), bound.as_ref(), Printed::AsPrinted)?,
        unit: unit.map(|u| convert::unit(&format!("unit of {name}"), &u)).transpose()?,
        name,
        values,
        bounds,
        digits,
    })
}

fn arrow_values(name: &str, data: &Bound<'_, PyAny>) -> PyResult<Values> {
    let chunks = arrow::import(name, data)?
        .ok_or_else(|| wrong_type(name, "an object with the Arrow PyCapsule interface", data))?;
    let array = match chunks.as_slice() {
        [one] => one.clone(),
        _ => {
            let parts: Vec<&dyn Array> = chunks.iter().map(|c| c.as_ref()).collect();
            arrow_select::concat::concat(&parts).map_err(|e| bad_argument(name, e))?
        }
    };
    // Floats are read through their shortest representation, as single figures are, which is
    // a conversion of this binding; every other type is the core's to read (or refuse).
    let floats: Option<Vec<Option<f64>>> = match array.data_type() {
        DataType::Float64 => Some(array.as_primitive::<Float64Type>().iter().collect()),
        DataType::Float32 => Some(array.as_primitive::<Float32Type>().iter().map(|v| v.map(widened)).collect()),
        DataType::Null => Some(vec![None; array.len()]),
        _ => None,
    };
    match floats {
        Some(floats) => float_values(name, floats.into_iter()),
        None => Ok(Values::Arrow(array)),
    }
}

/// Floats as decimals through their shortest representation; NaN and nulls are missing rows,
/// an infinity is refused naming the row.
fn float_values(name: &str, floats: impl Iterator<Item = Option<f64>>) -> PyResult<Values> {
    let mut values = Vec::new();
    let mut valid = Vec::new();
    for (row, float) in floats.enumerate() {
        match float.filter(|f| !f.is_nan()) {
            Some(f) => {
                values.push(convert::from_float(f).map_err(|e| at_row(name, row, e))?);
                valid.push(true);
            }
            None => {
                values.push(Decimal::ZERO);
                valid.push(false);
            }
        }
    }
    Ok(Values::Decimals(values, valid))
}

/// A float32 as the float64 of its shortest representation (numpy's `repr` of it): `0.1f32`
/// becomes `0.1`, not the `0.10000000149011612` it holds, as a float32's digits are read.
fn widened(f: f32) -> f64 {
    // OK because the shortest text of any f32 (`inf`, `NaN` included) reads back as an f64.
    f.to_string().parse().expect("an f32's text is a valid f64")
}

/// An error about one row of an argument, its message starting `current, row 3: `.
fn at_row(name: &str, row: usize, err: PyErr) -> PyErr {
    Python::attach(|py| {
        let message = format!("{name}, row {row}: {}", err.value(py));
        if err.is_instance_of::<PyTypeError>(py) {
            PyTypeError::new_err(message)
        } else {
            bad_argument(&format!("{name}, row {row}"), err.value(py))
        }
    })
}

fn numpy_values(name: &str, data: &Bound<'_, PyAny>) -> PyResult<Values> {
    let (dtype, buffer): (String, Bound<'_, PyBytes>) = data.extract()?;
    let bytes = buffer.as_bytes();
    macro_rules! read {
        ($t:ty) => {
            bytes.chunks_exact(std::mem::size_of::<$t>()).map(|c| {
                let mut word = [0u8; std::mem::size_of::<$t>()];
                word.copy_from_slice(c);
                <$t>::from_le_bytes(word)
            })
        };
    }
    Ok(match dtype.as_str() {
        "|i1" => Values::Integers(read!(i8).map(i128::from).collect()),
        "<i2" => Values::Integers(read!(i16).map(i128::from).collect()),
        "<i4" => Values::Integers(read!(i32).map(i128::from).collect()),
        "<i8" => Values::Integers(read!(i64).map(i128::from).collect()),
        "|u1" => Values::Integers(read!(u8).map(i128::from).collect()),
        "<u2" => Values::Integers(read!(u16).map(i128::from).collect()),
        "<u4" => Values::Integers(read!(u32).map(i128::from).collect()),
        "<u8" => Values::Integers(read!(u64).map(i128::from).collect()),
        "<f8" => float_values(name, read!(f64).map(Some))?,
        // A float32's shortest representation is of the float32 (numpy's repr), not of the
        // float64 that holds it.
        "<f4" => float_values(name, read!(f32).map(|f| Some(widened(f))))?,
        other => {
            return Err(PyTypeError::new_err(format!(
                "{name}: expected a numpy array of integers, floats or objects, got dtype {other}"
            )))
        }
    })
}

/// Python numbers one by one, exactly as single figures are read; `None`, a float NaN, a
/// `Decimal` NaN and pandas' `NA` are missing.
fn object_values(name: &str, list: &Bound<'_, PyList>) -> PyResult<Values> {
    let mut values = Vec::with_capacity(list.len());
    let mut valid = Vec::with_capacity(list.len());
    for (row, item) in list.iter().enumerate() {
        let value = if item.is_none() || is_missing(&item)? {
            None
        } else {
            Some(convert::decimal(name, &item).map_err(|e| at_row(name, row, e))?)
        };
        valid.push(value.is_some());
        values.push(value.unwrap_or(Decimal::ZERO));
    }
    Ok(Values::Decimals(values, valid))
}

fn is_missing(item: &Bound<'_, PyAny>) -> PyResult<bool> {
    if let Ok(float) = item.cast::<PyFloat>() {
        return Ok(float.value().is_nan());
    }
    if item.is_instance_of::<PyString>() {
        return Ok(false);
    }
    let kind = item.get_type();
    let class = kind.name()?;
    if class == "NAType" {
        return Ok(true);
    }
    Ok(class == "Decimal" && item.call_method0("is_nan")?.is_truthy()?)
}

fn options(errors: &str, interval: bool, threads: Option<usize>) -> PyResult<Options> {
    let errors = match errors {
        "null" => OnError::Null,
        "raise" => OnError::Raise,
        other => {
            return Err(PyValueError::new_err(format!("errors: expected 'null' or 'raise', got {other:?}")));
        }
    };
    Ok(Options { interval, errors, threads })
}

/// Runs the column function `function` of the core over `arguments` (each read by
/// [`argument`]), with the GIL released, and returns its result as an Arrow column (`output`
/// `"arrow"`) or a list (`"list"`: a `Decimal` or `None` per row, or a dict per row with the
/// interval or the reasons).
#[pyfunction]
#[pyo3(signature = (function, arguments, interval, reasons, errors, threads, output))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _columns<'py>(
    py: Python<'py>,
    function: &str,
    arguments: Vec<Spec<'py>>,
    interval: bool,
    reasons: bool,
    errors: &str,
    threads: Option<usize>,
    output: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let options = options(errors, interval, threads)?;
    let arguments = arguments.into_iter().map(argument).collect::<PyResult<Vec<_>>>()?;
    let columns = arguments.iter().map(Argument::column).collect::<PyResult<Vec<_>>>()?;
    let run = |f: fn(&[&Column<'_>], &Options) -> chiso::Result<Computed>| {
        let columns: Vec<&Column<'_>> = columns.iter().collect();
        py.detach(|| f(&columns, &options))
    };
    let computed = match function {
        "growth" => run(|c, o| chiso::columns::growth(c[0], c[1], o)),
        "implied_base" => run(|c, o| chiso::columns::implied_base(c[0], c[1], o)),
        "project" => run(|c, o| chiso::columns::project(c[0], c[1], o)),
        "change_pp" => run(|c, o| chiso::columns::change_pp(c[0], c[1], o)),
        "share" => run(|c, o| chiso::columns::share(c[0], c[1], o)),
        "contribution" => run(|c, o| chiso::columns::contribution(c[0], c[1], c[2], o)),
        "cagr" => run(|c, o| chiso::columns::cagr(c[0], c[1], c[2], o)),
        other => return Err(PyValueError::new_err(format!("unknown column function {other:?}"))),
    }
    .map_err(row_error)?;
    match output {
        "list" => as_list(py, &computed, interval, reasons).map(Bound::into_any),
        _ => {
            let array = py.detach(|| as_arrow(computed, reasons));
            Ok(Bound::new(py, PyArrowColumn { array })?.into_any())
        }
    }
}

/// A core error as the Python exception of its kind; the row a strict call stopped at is
/// also `.row` on the exception, for `chiso.columns` to name the pandas index label.
fn row_error(err: chiso::Error) -> PyErr {
    let row = match &err {
        chiso::Error::AtRow { row, .. } => Some(*row),
        _ => None,
    };
    let py_err = to_py(err);
    if let Some(row) = row {
        Python::attach(|py| {
            // As in `errors::to_py`: setting an attribute on a fresh exception cannot fail short
            // of memory exhaustion.
            let _ = py_err.value(py).setattr("row", row);
        });
    }
    py_err
}

/// The result as Arrow, in the core's layout (its values moved, not copied), with each row's
/// reason when asked for.
fn as_arrow(computed: Computed, reasons: bool) -> ArrayRef {
    match reasons {
        true => Arc::new(computed.into_arrow_with_reasons()),
        false => computed.into_arrow(),
    }
}

/// The result as Python values: a `Decimal` or `None` per row, or a dict per row when the
/// interval or the reasons are asked for (`low`/`high` `None` = unbounded; `reason` `None`
/// where the row has a value).
fn as_list<'py>(py: Python<'py>, computed: &Computed, interval: bool, reasons: bool) -> PyResult<Bound<'py, PyList>> {
    let mut reason_of = computed.problems().iter().peekable();
    let rows = PyList::empty(py);
    for row in 0..computed.len() {
        let value = computed.get(row).map(|v| py_decimal(py, v)).transpose()?;
        if !interval && !reasons {
            rows.append(value)?;
            continue;
        }
        let dict = PyDict::new(py);
        dict.set_item("value", value)?;
        if interval {
            let ends = computed.interval(row);
            let end = |v: Option<Decimal>| v.map(|v| py_decimal(py, v)).transpose();
            dict.set_item("low", end(ends.as_ref().and_then(|i| i.low_value()))?)?;
            dict.set_item("high", end(ends.as_ref().and_then(|i| i.high_value()))?)?;
            dict.set_item("low_open", ends.as_ref().map(|i| i.low().is_open()))?;
            dict.set_item("high_open", ends.as_ref().map(|i| i.high().is_open()))?;
        }
        if reasons {
            let reason = match reason_of.peek() {
                Some(problem) if problem.row == row => reason_of.next().map(|p| p.error.to_string()),
                _ => None,
            };
            dict.set_item("reason", reason)?;
        }
        rows.append(dict)?;
    }
    Ok(rows)
}
