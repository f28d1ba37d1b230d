//! Python values in, core values out: numbers, periods, units, bounds, dates.
//!
//! Numbers are taken exactly: `int`, `str` (read by the core's `parse_decimal`) and
//! `decimal.Decimal`; a `float` through its shortest representation, so `16.94` stays `16.94`.
//! NaN and infinities are refused as invalid input; `None` and `bool` are a `TypeError`.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use chiso::{Bound as Printed, Estimate, Lang, Period, Reported, Status, Unit};
use chrono::NaiveDate;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::type_object::PyTypeCheck;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyString, PyType};
use rust_decimal::Decimal;

use crate::errors::{self, bad_argument, invalid, shown, wrong_type, IntoPy};
use crate::values::{PyEstimate, PyPeriod, PyQuantity};

const NUMBER: &str = "a number (int, str, decimal.Decimal or float)";

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static EXACT_DECIMAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// A `str` argument, refused naming `arg` when it is not a `str` or holds a lone surrogate
/// (half of a UTF-16 pair, such as `'\ud800'`), which no UTF-8 text can carry.
pub(crate) fn text<'a>(arg: &str, obj: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, str>> {
    let string = obj.cast::<PyString>().map_err(|_| wrong_type(arg, "a str", obj))?;
    string.to_cow().map_err(|_| {
        let at = lone_surrogate(string).map_or_else(String::new, |index| format!(" at index {index}"));
        bad_argument(arg, format!("contains a lone surrogate{at}"))
    })
}

/// An optional `str` argument: `None` is absent.
pub(crate) fn optional_text<'a>(arg: &str, obj: Option<&'a Bound<'_, PyAny>>) -> PyResult<Option<Cow<'a, str>>> {
    obj.filter(|o| !o.is_none()).map(|o| text(arg, o)).transpose()
}

/// The `str` index of the first lone surrogate of `string`: its code points are read through
/// UTF-32, which writes a surrogate as any other code point when told to pass them.
fn lone_surrogate(string: &Bound<'_, PyString>) -> Option<usize> {
    let wide = string.call_method1("encode", ("utf-32-le", "surrogatepass")).ok()?;
    let bytes = wide.cast::<PyBytes>().ok()?.as_bytes();
    bytes.chunks_exact(4).position(|c| (0xD800..=0xDFFF).contains(&u32::from_le_bytes([c[0], c[1], c[2], c[3]])))
}

/// A whole-number argument (an `int`, or an integer of another library through `__index__`)
/// from `low` to `high`, refused naming `arg` otherwise: `decimals: must be 0 or more, got -1`.
pub(crate) fn whole<T>(arg: &str, obj: &Bound<'_, PyAny>, low: T, high: T) -> PyResult<T>
where
    T: Copy + Into<i128> + TryFrom<i128> + fmt::Display,
{
    if obj.is_instance_of::<PyBool>() || !(obj.is_instance_of::<PyInt>() || obj.hasattr("__index__")?) {
        return Err(wrong_type(arg, "a whole number (int)", obj));
    }
    let index = obj.call_method0("__index__")?;
    let value = index.extract::<i128>().ok().filter(|v| (low.into()..=high.into()).contains(v));
    match value.map(T::try_from) {
        Some(Ok(value)) => Ok(value),
        _ if index.lt(0)? && low.into() >= 0 => {
            Err(bad_argument(arg, format!("must be {low} or more, got {}", shown(&index))))
        }
        _ => Err(bad_argument(arg, format!("must be from {low} to {high}, got {}", shown(&index)))),
    }
}

/// `True` or `False`, refused naming `arg` otherwise.
pub(crate) fn flag(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    obj.cast::<PyBool>().map(|b| b.is_true()).map_err(|_| wrong_type(arg, "True or False", obj))
}

/// An argument that must be an instance of one of chiso's classes, refused naming `arg`.
pub(crate) fn instance<'a, 'py, T: PyTypeCheck>(
    arg: &str,
    obj: &'a Bound<'py, PyAny>,
    expected: &str,
) -> PyResult<&'a Bound<'py, T>> {
    obj.cast::<T>().map_err(|_| wrong_type(arg, expected, obj))
}

/// A file path: a `str`, `bytes` or `os.PathLike`, refused naming `arg` otherwise.
pub(crate) fn path(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<PathBuf> {
    obj.extract().map_err(|_| wrong_type(arg, "a path (str or os.PathLike)", obj))
}

/// A number given as `int`, `str`, `decimal.Decimal` or `float`, exactly.
pub(crate) fn decimal(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Decimal> {
    let py = obj.py();
    if obj.is_instance_of::<PyString>() {
        return chiso::parse_decimal(&text(arg, obj)?).py_err();
    }
    if obj.is_instance(DECIMAL.import(py, "decimal", "Decimal")?)? {
        return from_python_decimal(obj);
    }
    if obj.is_instance_of::<PyBool>() {
        return Err(wrong_type(arg, NUMBER, obj));
    }
    if obj.is_instance_of::<PyInt>() {
        let too_large =
            || invalid("decimal", shown(obj), "it has more digits than a decimal of 28 significant digits holds");
        let value: i128 = obj.extract().map_err(|_| too_large())?;
        return Decimal::try_from_i128_with_scale(value, 0).map_err(|_| too_large());
    }
    if let Ok(float) = obj.cast::<PyFloat>() {
        return from_float(float.value());
    }
    // Integers of other libraries (numpy's int64, a pandas column's values) say so by
    // `__index__`, which Python's own `operator.index` uses.
    if obj.hasattr("__index__")? {
        return decimal(arg, &obj.call_method0("__index__")?);
    }
    Err(wrong_type(arg, NUMBER, obj))
}

/// A `decimal.Decimal`, read from its text: plain notation through the core's parser, and
/// exponent notation through `format(d, 'f')`, which writes the same digits out in full.
fn from_python_decimal(obj: &Bound<'_, PyAny>) -> PyResult<Decimal> {
    let text = obj.str()?;
    let text = text.to_cow()?;
    if text.contains(['N', 'I', 'n']) {
        return Err(invalid("decimal", text.as_ref(), "a figure must be a finite number, not NaN or an infinity"));
    }
    if !text.contains(['E', 'e']) {
        return chiso::parse_decimal(&text).py_err();
    }
    // Written out in full, 1E+100000000 would be a hundred million digits: refuse by exponent.
    let exponent: i64 = text.rsplit(['E', 'e']).next().and_then(|e| e.parse().ok()).unwrap_or(i64::MAX);
    if exponent.abs() > 60 {
        return Err(invalid(
            "decimal",
            text.as_ref(),
            "it has more digits than a decimal of 28 significant digits holds",
        ));
    }
    let plain = obj.call_method1("__format__", ("f",))?;
    chiso::parse_decimal(&plain.cast::<PyString>()?.to_cow()?).py_err()
}

/// A float through its shortest representation, the digits Python's `repr` shows.
pub(crate) fn from_float(value: f64) -> PyResult<Decimal> {
    if !value.is_finite() {
        return Err(invalid("decimal", format!("{value}"), "a figure must be a finite number, not NaN or an infinity"));
    }
    // Rust's `Display` writes the shortest digits that read back as the same float, as
    // Python's `repr` does, but never in exponent notation: exactly what the parser reads.
    chiso::parse_decimal(&value.to_string()).map_err(|_| {
        invalid("decimal", format!("{value:?}"), "it has more digits than a decimal of 28 significant digits holds")
    })
}

/// A `decimal.Decimal` with exactly the digits of `value`: `16.940` stays `Decimal('16.940')`.
///
/// The readers of text return one per number read, so this writes the digits as integer and
/// exponent (`16940E-3`, which Python reads as the same digits) on the stack, rather than
/// through `Decimal`'s `Display`, which allocates and divides its 96-bit mantissa by ten once
/// per digit.
pub(crate) fn py_decimal(py: Python<'_>, value: Decimal) -> PyResult<Bound<'_, PyAny>> {
    // The longest text is a sign, the 29 digits of a 96-bit mantissa and "E-28".
    let mut text = [0u8; 34];
    let mut start = text.len();
    let mut put = |byte: u8| {
        start -= 1;
        text[start] = byte;
    };
    let scale = value.scale();
    if scale > 0 {
        put(b'0' + (scale % 10) as u8);
        if scale >= 10 {
            put(b'0' + (scale / 10) as u8);
        }
        put(b'-');
        put(b'E');
    }
    // Dividing a u128 is a library call; the mantissas of printed figures fit a u64.
    let mut wide = value.mantissa().unsigned_abs();
    while wide > u128::from(u64::MAX) {
        put(b'0' + (wide % 10) as u8);
        wide /= 10;
    }
    let mut mantissa = wide as u64;
    loop {
        put(b'0' + (mantissa % 10) as u8);
        mantissa /= 10;
        if mantissa == 0 {
            break;
        }
    }
    if value.is_sign_negative() {
        put(b'-');
    }
    let text = std::str::from_utf8(&text[start..]).map_err(|e| PyValueError::new_err(e.to_string()))?;
    exact_decimal(py)?.call1((PyString::new(py, text),))
}

/// `create_decimal` of `decimal.Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)`: it reads
/// any decimal text exactly (chiso's have 29 digits at most), whatever the caller's context,
/// and is cheaper to call than the `Decimal` constructor, which also takes keywords and looks
/// the current context up. Reading exactly, it never rounds and so never sets a flag on the
/// shared context.
fn exact_decimal(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    EXACT_DECIMAL
        .get_or_try_init(py, || {
            let decimal = py.import("decimal")?;
            let limits = PyDict::new(py);
            for (keyword, limit) in [("prec", "MAX_PREC"), ("Emax", "MAX_EMAX"), ("Emin", "MIN_EMIN")] {
                limits.set_item(keyword, decimal.getattr(limit)?)?;
            }
            let context = decimal.getattr("Context")?.call((), Some(&limits))?;
            Ok::<_, PyErr>(context.getattr("create_decimal")?.unbind())
        })
        .map(|create| create.bind(py))
}

/// A figure for the growth functions: a `Quantity`, an `Estimate`, or a plain number read as
/// printed.
pub(crate) fn figure(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Estimate> {
    if let Ok(q) = obj.cast::<PyQuantity>() {
        return Ok(Estimate::from(&q.get().inner));
    }
    if let Ok(e) = obj.cast::<PyEstimate>() {
        return Ok(e.get().inner.clone());
    }
    match decimal(arg, obj) {
        Ok(value) => Ok(Estimate::from(Reported::as_printed(value))),
        Err(err) if err.is_instance_of::<pyo3::exceptions::PyTypeError>(obj.py()) => Err(wrong_type(
            arg,
            "a chiso.Quantity, a chiso.Estimate or a number (int, str, decimal.Decimal or float)",
            obj,
        )),
        Err(err) => Err(err),
    }
}

/// A period given as text such as `"2025-YTD05"` or as a `Period`.
pub(crate) fn period(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Period> {
    if let Ok(p) = obj.cast::<PyPeriod>() {
        return Ok(p.get().inner);
    }
    if obj.is_instance_of::<PyString>() {
        return text(arg, obj)?.parse().py_err();
    }
    Err(wrong_type(arg, "a period such as '2025' or '2025-YTD05', or a chiso.Period", obj))
}

pub(crate) fn optional_period(arg: &str, obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Period>> {
    obj.filter(|o| !o.is_none()).map(|o| period(arg, o)).transpose()
}

/// A unit as the JSON format writes it: `billion kWh`.
pub(crate) fn unit(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Unit> {
    text(arg, obj)?.parse().py_err()
}

/// A unit as the JSON format writes it (`billion kWh`) or, failing that, as a report in
/// `lang` (Vietnamese by default) prints it after a number (`tỷ kWh`), with the language it
/// was read in: `None` for the JSON spelling. A unit read neither way is invalid input that
/// gives both reasons.
pub(crate) fn unit_in_words(obj: &Bound<'_, PyAny>, lang: Option<Lang>) -> PyResult<(Unit, Option<Lang>)> {
    let text = text("unit", obj)?;
    let text = text.as_ref();
    let json_refusal = match text.parse::<Unit>() {
        Ok(unit) => return Ok((unit, None)),
        Err(chiso::Error::InvalidInput { why, .. }) => why,
        Err(other) => other.to_string(),
    };
    let words = lang.unwrap_or(Lang::Vi);
    let words_refusal = match chiso::parse_unit(text, words) {
        Ok(unit) => return Ok((unit, Some(words))),
        Err(chiso::Error::Parse { offset, expected, .. }) => format!("at character {offset}, {expected}"),
        Err(other) => other.to_string(),
    };
    let language = if words == Lang::Vi { "Vietnamese" } else { "English" };
    Err(invalid("unit", text, format!("{json_refusal}; nor is it a unit as {language} prints it: {words_refusal}")))
}

/// A figure's value in a unit read by [`unit_in_words`]: text in the language of the unit
/// words, or in `lang` when given, is read as that language prints numbers (`351.640` is
/// 351640 in Vietnamese); text with a JSON unit and no `lang` is the plain decimal the JSON
/// format writes (`351.640` is 351.64); numbers of other types are taken exactly.
pub(crate) fn value_in_words(obj: &Bound<'_, PyAny>, lang: Option<Lang>) -> PyResult<Decimal> {
    let text = match (obj.is_instance_of::<PyString>(), lang) {
        (true, Some(lang)) => return chiso::parse_number(&text("value", obj)?, lang).py_err(),
        (true, None) => text("value", obj)?,
        (false, _) => return decimal("value", obj),
    };
    chiso::parse_decimal(&text).map_err(|err| match err {
        chiso::Error::InvalidInput { why, .. } => invalid(
            "decimal",
            text.as_ref(),
            format!("{why}; for a number as a report prints it, pass lang='vi' (16,94) or lang='en' (16.94)"),
        ),
        other => errors::to_py(other),
    })
}

/// What a print promises, by name: `as_printed`, `more_than`, …; `None` is `default`.
pub(crate) fn bound(arg: &str, obj: Option<&Bound<'_, PyAny>>, default: Printed) -> PyResult<Printed> {
    optional_text(arg, obj)?.map_or(Ok(default), |name| name.parse().py_err())
}

/// A language, `"vi"` or `"en"`, given as `lang=`; `None` is `default`.
pub(crate) fn lang(obj: Option<&Bound<'_, PyAny>>, default: Lang) -> PyResult<Lang> {
    Ok(optional_lang(obj)?.unwrap_or(default))
}

/// A language given as `lang=`, or `None`.
pub(crate) fn optional_lang(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Lang>> {
    optional_text("lang", obj)?.map(|name| name.parse().py_err()).transpose()
}

/// A status given by its SDMX code: `A`, `E`, `P` or `F`.
pub(crate) fn status(obj: &Bound<'_, PyAny>) -> PyResult<Status> {
    let code = text("status", obj)?;
    [Status::Normal, Status::Estimated, Status::Provisional, Status::Forecast]
        .into_iter()
        .find(|s| s.code() == code)
        .ok_or_else(|| invalid("status", code.as_ref(), "a status is one of the SDMX codes A, E, P or F"))
}

/// A date given as `datetime.date` or as ISO text (`"2025-06-28"`, read by Python's
/// `date.fromisoformat`).
pub(crate) fn date(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    let py = obj.py();
    let date_type = DATE.import(py, "datetime", "date")?;
    if obj.is_instance_of::<PyString>() {
        let parsed = date_type
            .call_method1("fromisoformat", (obj,))
            .map_err(|_| invalid("date", shown(obj), "expected an ISO date such as 2025-06-28"))?;
        return parsed.extract();
    }
    if obj.is_instance(date_type)? {
        return obj.extract();
    }
    Err(wrong_type(arg, "a datetime.date or an ISO date such as '2025-06-28'", obj))
}
