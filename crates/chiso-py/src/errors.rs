//! The one place where chiso's errors become Python exceptions.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

create_exception!(
    chiso,
    ChisoError,
    PyValueError,
    "Base class of every error chiso raises; `.kind` names the kind of error."
);
create_exception!(chiso, UnitMismatchError, ChisoError, "Two figures whose units cannot be combined.");
create_exception!(chiso, InvalidInputError, ChisoError, "A value that is not what its kind of input allows.");
create_exception!(
    chiso,
    UndefinedError,
    ChisoError,
    "A computation with no answer for these inputs, such as growth from a zero base."
);
create_exception!(chiso, DecimalOverflowError, ChisoError, "A result too large for a decimal of 28 digits.");
create_exception!(
    chiso,
    InvalidReportError,
    ChisoError,
    "A report document that does not follow chiso.report/2 (nor /1)."
);
create_exception!(chiso, ParseError, ChisoError, "Text that could not be read as a figure.");

/// The exception classes with the stable kind each carries, for the module to register.
pub(crate) fn classes(py: Python<'_>) -> [(&'static str, Bound<'_, pyo3::types::PyType>); 7] {
    [
        ("chiso", py.get_type::<ChisoError>()),
        ("unit_mismatch", py.get_type::<UnitMismatchError>()),
        ("invalid_input", py.get_type::<InvalidInputError>()),
        ("undefined", py.get_type::<UndefinedError>()),
        ("overflow", py.get_type::<DecimalOverflowError>()),
        ("invalid_report", py.get_type::<InvalidReportError>()),
        ("parse", py.get_type::<ParseError>()),
    ]
}

/// A chiso error as the Python exception of its kind, with `.kind` set on the instance too (a
/// kind added to the core later still reaches Python, as a plain `ChisoError`).
pub(crate) fn to_py(err: chiso::Error) -> PyErr {
    let kind = err.kind();
    let message = err.to_string();
    let parse_failure = match err {
        chiso::Error::Parse { text, start, offset, expected, .. } => Some((text, start, offset, expected)),
        _ => None,
    };
    let py_err = match kind {
        "unit_mismatch" => UnitMismatchError::new_err(message),
        "invalid_input" => InvalidInputError::new_err(message),
        "undefined" => UndefinedError::new_err(message),
        "overflow" => DecimalOverflowError::new_err(message),
        "invalid_report" => InvalidReportError::new_err(message),
        "parse" => ParseError::new_err(message),
        _ => ChisoError::new_err(message),
    };
    Python::attach(|py| {
        // Setting an attribute on a fresh exception instance cannot fail short of memory
        // exhaustion; the class attribute stays as a fallback either way.
        let value = py_err.value(py);
        let _ = value.setattr("kind", kind);
        // Where reading failed, for a caller that points at it: `err.text[err.offset:]` was refused.
        // A long text is kept only around the failure, so an error about a large document
        // does not carry the whole document: `.text_start` says where `.text` began.
        if let Some((text, start, offset, expected)) = parse_failure {
            let _ = value.setattr("text", text);
            let _ = value.setattr("offset", offset - start);
            let _ = value.setattr("text_start", start);
            let _ = value.setattr("expected", expected);
        }
    });
    py_err
}

/// An invalid input found while converting Python values, raised as chiso's own error.
pub(crate) fn invalid(what: &'static str, input: impl Into<String>, why: impl Into<String>) -> PyErr {
    to_py(chiso::Error::InvalidInput { what, input: input.into(), why: why.into() })
}

/// How many characters of a value's `repr` an error message shows: a list of ten thousand
/// items is named by its type and its first items, not written out whole.
const SHOWN_CHARS: usize = chiso::Error::EXCERPT;

/// `text` cut to its first [`SHOWN_CHARS`] characters, marked with `…` where it was cut.
pub(crate) fn shortened(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// The `repr` of a value for an error message, at most [`SHOWN_CHARS`] characters.
pub(crate) fn shown(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().map(|r| shortened(&r.to_string_lossy())).unwrap_or_default()
}

/// A `TypeError` naming the argument and the type that was given.
pub(crate) fn wrong_type(arg: &str, expected: &str, got: &Bound<'_, PyAny>) -> PyErr {
    let type_name = got.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".to_string());
    PyTypeError::new_err(format!("{arg}: expected {expected}, got {type_name} {}", shown(got)))
}

/// An `InvalidInputError` whose message starts with the argument's name: `places: must be 0
/// or more, got -1`.
pub(crate) fn bad_argument(arg: &str, why: impl std::fmt::Display) -> PyErr {
    let err = InvalidInputError::new_err(format!("{arg}: {why}"));
    Python::attach(|py| {
        // As in `to_py`: setting an attribute on a fresh exception cannot fail short of memory.
        let _ = err.value(py).setattr("kind", "invalid_input");
    });
    err
}

/// A core error about argument `arg`, its message starting with the argument's name:
/// `current: "abc" is not a valid decimal: …`.
pub(crate) fn about(arg: &str, err: chiso::Error) -> PyErr {
    let py_err = to_py(err);
    Python::attach(|py| {
        let value = py_err.value(py);
        let message = format!("{arg}: {value}");
        // As in `to_py`: setting an attribute on a fresh exception cannot fail short of memory.
        let _ = value.setattr("args", (message,));
    });
    py_err
}

/// `?` for core results.
pub(crate) trait IntoPy<T> {
    fn py_err(self) -> PyResult<T>;
}

impl<T> IntoPy<T> for chiso::Result<T> {
    fn py_err(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}
