//! The Arrow PyCapsule interface, over arrow-rs's C Data Interface: columns of any producer
//! (pyarrow, polars, pandas through pyarrow, nanoarrow, DuckDB) come in without importing it,
//! and results go out as an object that any consumer reads (`pa.array(obj)`, `pl.Series(obj)`).
//!
//! Ownership follows the protocol: an imported `ArrowArray` or `ArrowArrayStream` is moved out of
//! its capsule (the capsule keeps a released struct, whose destructor does nothing), so its
//! release callback runs exactly once, when the last Rust buffer made from it is dropped. A schema
//! is only read, and its capsule releases it.

use std::ffi::CStr;

use arrow_array::ffi::{from_ffi, to_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{make_array, new_empty_array, Array, ArrayRef, RecordBatch, RecordBatchIterator, StructArray};
use arrow_schema::{ArrowError, DataType};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

use crate::errors::{bad_argument, wrong_type};

const SCHEMA: &CStr = c"arrow_schema";
const ARRAY: &CStr = c"arrow_array";
const STREAM: &CStr = c"arrow_array_stream";

/// The chunks of `obj` when it exports the Arrow PyCapsule interface (`__arrow_c_array__`, read
/// as one chunk, or `__arrow_c_stream__`, read to its end), `None` when it exports neither.
pub(crate) fn import(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Option<Vec<ArrayRef>>> {
    if obj.hasattr("__arrow_c_array__")? {
        let pair = obj.call_method0("__arrow_c_array__")?;
        let (schema, array) = pair
            .extract::<(Bound<'_, PyCapsule>, Bound<'_, PyCapsule>)>()
            .map_err(|_| bad_argument(arg, "__arrow_c_array__ did not return a pair of capsules"))?;
        return Ok(Some(vec![array_from_capsules(arg, &schema, &array)?]));
    }
    if obj.hasattr("__arrow_c_stream__")? {
        let capsule = obj.call_method0("__arrow_c_stream__")?;
        let capsule = capsule
            .cast::<PyCapsule>()
            .map_err(|_| bad_argument(arg, "__arrow_c_stream__ did not return a capsule"))?;
        return stream_from_capsule(arg, capsule).map(Some);
    }
    Ok(None)
}

fn arrow_error(arg: &str, err: ArrowError) -> PyErr {
    bad_argument(arg, format!("not a valid Arrow array: {err}"))
}

fn array_from_capsules(arg: &str, schema: &Bound<'_, PyCapsule>, array: &Bound<'_, PyCapsule>) -> PyResult<ArrayRef> {
    let misnamed = |_| bad_argument(arg, "__arrow_c_array__ must return capsules named arrow_schema and arrow_array");
    let schema = schema.pointer_checked(Some(SCHEMA)).map_err(misnamed)?.cast::<FFI_ArrowSchema>();
    let array = array.pointer_checked(Some(ARRAY)).map_err(misnamed)?.cast::<FFI_ArrowArray>();
    // SAFETY: by the protocol, an "arrow_array" capsule points to a valid ArrowArray that the
    // consumer may move out; `from_raw` does so and leaves a released struct in the capsule,
    // whose destructor then skips the release.
    let array = unsafe { FFI_ArrowArray::from_raw(array.as_ptr()) };
    // SAFETY: an "arrow_schema" capsule points to a valid ArrowSchema, alive while the capsule
    // is (the caller holds it), describing the array exported with it.
    let schema = unsafe { schema.as_ref() };
    imported(arg, array, schema)
}

/// An array of the C Data Interface as an arrow-rs array, checked against its layout (buffer
/// sizes, offsets), so a producer's mistake is an error rather than a read out of bounds.
fn imported(arg: &str, array: FFI_ArrowArray, schema: &FFI_ArrowSchema) -> PyResult<ArrayRef> {
    // A schema that does not convert is refused by `from_ffi` below, with its reason.
    if DataType::try_from(schema).is_ok_and(|t| !offsets_aligned(&array, &t)) {
        return Err(bad_argument(
            arg,
            "the offsets of its Arrow strings are not aligned to their width, as the C Data \
             Interface asks (data read back from bytes, such as a pickle, can be so); copy it \
             first, e.g. with pyarrow.concat_arrays([array])",
        ));
    }
    // SAFETY: `array` is owned (moved out of its producer) and `schema` describes it, as the
    // protocol requires, with its buffers aligned for the offsets read here; `validate_full`
    // then checks what the producer promised.
    let mut data = unsafe { from_ffi(array, schema) }.map_err(|e| arrow_error(arg, e))?;
    // A value wider than 8 bytes (a decimal's i128) needs more: those buffers are copied.
    data.align_buffers();
    data.validate_full().map_err(|e| arrow_error(arg, e))?;
    Ok(make_array(data))
}

/// Whether the offsets of every string and binary array in an imported array (itself, its
/// children, its dictionary's values) start at a multiple of their width: `from_ffi` reads
/// the last offset to size the values, and an unaligned read is undefined behaviour.
fn offsets_aligned(array: &FFI_ArrowArray, data_type: &DataType) -> bool {
    let offsets = |width: usize| array.num_buffers() < 2 || (array.buffer(1) as usize) % width == 0;
    let own = match data_type {
        DataType::Utf8 | DataType::Binary => offsets(4),
        DataType::LargeUtf8 | DataType::LargeBinary => offsets(8),
        _ => true,
    };
    let children: Vec<&DataType> = match data_type {
        DataType::List(field)
        | DataType::LargeList(field)
        | DataType::FixedSizeList(field, _)
        | DataType::ListView(field)
        | DataType::LargeListView(field)
        | DataType::Map(field, _) => vec![field.data_type()],
        DataType::Struct(fields) => fields.iter().map(|f| f.data_type()).collect(),
        _ => Vec::new(),
    };
    let values = match (data_type, array.dictionary()) {
        (DataType::Dictionary(_, values), Some(dictionary)) => offsets_aligned(dictionary, values),
        _ => true,
    };
    own && values
        && children.len() <= array.num_children()
        && children.iter().enumerate().all(|(i, t)| offsets_aligned(array.child(i), t))
}

fn stream_from_capsule(arg: &str, capsule: &Bound<'_, PyCapsule>) -> PyResult<Vec<ArrayRef>> {
    let raw = capsule
        .pointer_checked(Some(STREAM))
        .map_err(|_| bad_argument(arg, "__arrow_c_stream__ must return a capsule named arrow_array_stream"))?
        .cast::<FFI_ArrowArrayStream>();
    // SAFETY: an "arrow_array_stream" capsule points to a valid stream that the consumer moves
    // out; the capsule keeps a released one. Dropping `stream` releases it, on every path.
    let mut stream = unsafe { FFI_ArrowArrayStream::from_raw(raw.as_ptr()) };
    let failed = |stream: &mut FFI_ArrowArrayStream, code: i32| {
        let why = stream
            .get_last_error
            // SAFETY: the stream is valid and not released; the message it returns, if any,
            // is a C string alive until the stream's next call.
            .map(|last| unsafe { last(stream) })
            .filter(|message| !message.is_null())
            // SAFETY: checked non-null just above; valid as said.
            .map(|message| unsafe { CStr::from_ptr(message) }.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("error code {code}"));
        bad_argument(arg, format!("its Arrow stream failed: {why}"))
    };
    let (Some(get_schema), Some(get_next)) = (stream.get_schema, stream.get_next) else {
        return Err(bad_argument(arg, "its Arrow stream is already released"));
    };
    let mut schema = FFI_ArrowSchema::empty();
    // SAFETY: a valid, unreleased stream writes a schema that `schema` then owns and releases.
    let code = unsafe { get_schema(&mut stream, &mut schema) };
    if code != 0 {
        return Err(failed(&mut stream, code));
    }
    let mut chunks = Vec::new();
    loop {
        let mut array = FFI_ArrowArray::empty();
        // SAFETY: as for the schema: the array written is owned by `array` from here on.
        let code = unsafe { get_next(&mut stream, &mut array) };
        if code != 0 {
            return Err(failed(&mut stream, code));
        }
        // The end of a stream is a released array. A stream without chunks still has a type,
        // which an empty array of it carries to the reader, to be read or refused as any other.
        if array.is_released() {
            if chunks.is_empty() {
                let data_type = DataType::try_from(&schema).map_err(|e| bad_argument(arg, e))?;
                chunks.push(new_empty_array(&data_type));
            }
            return Ok(chunks);
        }
        chunks.push(imported(arg, array, &schema)?);
    }
}

/// A column chiso computed, for any Arrow consumer: `pa.array(obj)`, `pl.Series(obj)`,
/// `pd.Series(obj, dtype=pd.ArrowDtype(...))` through pyarrow.
#[pyclass(frozen, name = "ArrowColumn", module = "chiso._chiso")]
pub(crate) struct PyArrowColumn {
    pub(crate) array: ArrayRef,
}

fn export_error(err: ArrowError) -> PyErr {
    pyo3::exceptions::PyValueError::new_err(format!("the column could not be exported to Arrow: {err}"))
}

#[pymethods]
impl PyArrowColumn {
    fn __len__(&self) -> usize {
        self.array.len()
    }

    fn __repr__(&self) -> String {
        format!("<chiso ArrowColumn of {} rows of {}>", self.array.len(), self.array.data_type())
    }

    /// The column's type as an `arrow_schema` capsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = FFI_ArrowSchema::try_from(self.array.data_type()).map_err(export_error)?;
        PyCapsule::new_with_value(py, schema, SCHEMA)
    }

    /// The column as an `arrow_schema` and an `arrow_array` capsule. A requested schema is not
    /// followed (the protocol allows that): the consumer casts if it wants another type.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema;
        let (array, schema) = to_ffi(&self.array.to_data()).map_err(export_error)?;
        let schema = PyCapsule::new_with_value(py, schema, SCHEMA)?;
        let array = PyCapsule::new_with_value(py, array, ARRAY)?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }
}

/// A table chiso computed, for any Arrow consumer: `pa.table(obj)`, `pl.DataFrame(obj)`, or
/// `pa.record_batch(obj)` through its struct array.
#[pyclass(frozen, name = "ArrowTable", module = "chiso._chiso")]
pub(crate) struct PyArrowTable {
    pub(crate) batch: RecordBatch,
}

#[pymethods]
impl PyArrowTable {
    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }

    fn __repr__(&self) -> String {
        let names: Vec<&str> = self.batch.schema_ref().fields().iter().map(|f| f.name().as_str()).collect();
        format!("<chiso ArrowTable of {} rows: {}>", self.batch.num_rows(), names.join(", "))
    }

    /// The table's schema as an `arrow_schema` capsule (a struct of its columns).
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = FFI_ArrowSchema::try_from(self.batch.schema_ref().as_ref()).map_err(export_error)?;
        PyCapsule::new_with_value(py, schema, SCHEMA)
    }

    /// The table as one struct array: an `arrow_schema` and an `arrow_array` capsule. A
    /// requested schema is not followed, as for `ArrowColumn`.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema;
        let array = StructArray::from(self.batch.clone());
        let (array, schema) = to_ffi(&array.to_data()).map_err(export_error)?;
        let schema = PyCapsule::new_with_value(py, schema, SCHEMA)?;
        let array = PyCapsule::new_with_value(py, array, ARRAY)?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }

    /// The table as an `arrow_array_stream` capsule of one record batch. A requested schema
    /// is not followed, as for `ArrowColumn`.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let reader = RecordBatchIterator::new([Ok(self.batch.clone())], self.batch.schema());
        PyCapsule::new_with_value(py, FFI_ArrowArrayStream::new(Box::new(reader)), STREAM)
    }
}

/// The record batches of `obj` (an object with `__arrow_c_stream__`, such as a pyarrow or
/// polars table, or `__arrow_c_array__` of a struct array, such as a record batch), each
/// chunk a struct array of the table's columns.
pub(crate) fn import_batches(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Vec<RecordBatch>> {
    let chunks = import(arg, obj)?.ok_or_else(|| wrong_type(arg, "a table with the Arrow PyCapsule interface", obj))?;
    chunks
        .into_iter()
        .map(|chunk| {
            let columns = chunk.as_any().downcast_ref::<StructArray>().ok_or_else(|| {
                bad_argument(arg, format!("expected a table (a struct of columns), got {}", chunk.data_type()))
            })?;
            if columns.null_count() > 0 {
                return Err(bad_argument(arg, "a table's rows cannot be null (a struct array with nulls)"));
            }
            Ok(RecordBatch::from(columns))
        })
        .collect()
}
