//! Python values in, core values out: numbers, periods, units, bounds, dates.
//!
//! Numbers are taken exactly: `int`, `str` (read by the core's `parse_decimal`) and
//! `decimal.Decimal`; a `float` through its shortest representation, so `16.94` stays `16.94`.
//! NaN and infinities are refused as invalid input; `None` and `bool` are a `TypeError`.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use chiso::{Bound as Printed, Estimate, Lang, Names, Period, Region, Reported, Source, Status, Unit};
use chrono::{DateTime, FixedOffset, NaiveDate};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::type_object::PyTypeCheck;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyString, PyType};
use rust_decimal::Decimal;

use crate::errors::{self, about, bad_argument, invalid, shown, wrong_type, IntoPy};
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

/// How many characters [`short_ascii`] copies: every decimal of 28 digits that Python writes
/// without an exponent, and every number a report prints.
pub(crate) const SHORT: usize = 64;

/// The text of `string` when it is ASCII and at most [`SHORT`] characters long, copied into
/// `buffer` without allocating; `None` otherwise, for the caller to read it the general way.
///
/// The wheel targets the stable ABI of Python 3.9, which has no borrowed UTF-8 view of a `str`:
/// there `to_cow` encodes a new `bytes` object and copies it into a `String`, which costs more
/// than reading the number it holds. Decimals and printed numbers are short ASCII text, read
/// this way once per argument, and by the million in `parse_numbers`.
pub(crate) fn short_ascii<'b>(string: &Bound<'_, PyString>, buffer: &'b mut [u8; SHORT]) -> Option<&'b str> {
    let mut wide = [0u32; SHORT];
    // SAFETY: `string` is a live `str` (its `Bound` holds a reference while the GIL is held),
    // and `PyUnicode_AsUCS4` writes at most the `SHORT` code points `wide` has room for, with
    // no terminating NUL (the last argument).
    let length = unsafe {
        let length = ffi::PyUnicode_GetLength(string.as_ptr());
        if !(0..=SHORT as ffi::Py_ssize_t).contains(&length) {
            return None;
        }
        if ffi::PyUnicode_AsUCS4(string.as_ptr(), wide.as_mut_ptr(), SHORT as ffi::Py_ssize_t, 0).is_null() {
            // The length was checked, so this cannot fail; if it ever does, the caller reads
            // the text the general way, which raises what is wrong.
            drop(PyErr::take(string.py()));
            return None;
        }
        length as usize
    };
    for (byte, &ch) in buffer.iter_mut().zip(&wide[..length]) {
        *byte = u8::try_from(ch).ok().filter(u8::is_ascii)?;
    }
    // SAFETY: every byte was checked to be ASCII just above, and ASCII is valid UTF-8.
    // Checking it again costs as much as copying it.
    Some(unsafe { std::str::from_utf8_unchecked(&buffer[..length]) })
}

/// A `str` argument as [`text`] reads it, copied into `buffer` when it is short ASCII.
pub(crate) fn short_text<'a>(
    arg: &str,
    obj: &'a Bound<'_, PyAny>,
    buffer: &'a mut [u8; SHORT],
) -> PyResult<Cow<'a, str>> {
    match obj.cast::<PyString>().ok().and_then(|string| short_ascii(string, buffer)) {
        Some(ascii) => Ok(Cow::Borrowed(ascii)),
        None => text(arg, obj),
    }
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
    let decimal_type = DECIMAL.import(obj.py(), "decimal", "Decimal")?;
    // The commonest arguments first, each known by one comparison of its type.
    if obj.get_type().is(decimal_type) {
        return from_python_decimal(obj);
    }
    if obj.is_instance_of::<PyString>() {
        return chiso::parse_decimal(&short_text(arg, obj, &mut [0u8; SHORT])?).map_err(|e| about(arg, e));
    }
    if obj.is_instance(decimal_type)? {
        return from_python_decimal(obj);
    }
    if obj.is_instance_of::<PyBool>() {
        return Err(wrong_type(arg, NUMBER, obj));
    }
    if obj.is_instance_of::<PyInt>() {
        let too_large = || {
            let why = "it has more digits than a decimal of 28 significant digits holds";
            about(arg, chiso::Error::InvalidInput { what: "decimal", input: shown(obj), why: why.into() })
        };
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
    let string = obj.str()?;
    let mut buffer = [0u8; SHORT];
    let text = match short_ascii(&string, &mut buffer) {
        Some(ascii) => Cow::Borrowed(ascii),
        None => string.to_cow()?,
    };
    // Plain notation, by far the commonest, is known by its bytes in one pass.
    if text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-') {
        return chiso::parse_decimal(&text).py_err();
    }
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
/// The readers of text return one per number read, so this writes the digits in plain
/// notation on the stack, rather than through `Decimal`'s `Display`, which allocates and
/// divides its 96-bit mantissa by ten once per digit; plain notation also spares Python the
/// reading of an exponent.
pub(crate) fn py_decimal(py: Python<'_>, value: Decimal) -> PyResult<Bound<'_, PyAny>> {
    // Python makes a `Decimal` from an `int` faster than it reads text; only a minus zero,
    // which no `int` has, needs its text.
    if value.scale() == 0 && !(value.is_zero() && value.is_sign_negative()) {
        if let Ok(whole) = i64::try_from(value.mantissa()) {
            return exact_decimal(py)?.call1((whole,));
        }
    }
    let mut digits = Digits::default();
    digits.write(value.mantissa().unsigned_abs());
    let digits = digits.as_bytes();
    let scale = value.scale() as usize;
    // The longest text is a sign, 29 digits and a point, or a sign, `0.` and 28 digits.
    let mut text = [0u8; 32];
    let mut length = 0;
    let mut push = |bytes: &[u8]| {
        text[length..length + bytes.len()].copy_from_slice(bytes);
        length += bytes.len();
    };
    if value.is_sign_negative() {
        push(b"-");
    }
    if digits.len() > scale {
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        push(whole);
        if scale > 0 {
            push(b".");
            push(fraction);
        }
    } else {
        // Zeros between the point and the first digit: 0.005.
        push(b"0.");
        push(&ZEROS[..scale - digits.len()]);
        push(digits);
    }
    // SAFETY: the text is made of ASCII digits, '.' and '-' only, and ASCII is valid UTF-8.
    // Checking it again costs as much as writing it.
    let text = unsafe { std::str::from_utf8_unchecked(&text[..length]) };
    exact_decimal(py)?.call1((PyString::new(py, text),))
}

/// As many zeros as a decimal has decimals at most.
const ZEROS: [u8; 28] = [b'0'; 28];

/// The decimal digits of a mantissa of up to 29 digits, written on the stack from the last.
struct Digits {
    bytes: [u8; 29],
    start: usize,
}

impl Default for Digits {
    fn default() -> Digits {
        Digits { bytes: [b'0'; 29], start: 29 }
    }
}

impl Digits {
    fn write(&mut self, mantissa: u128) {
        // Dividing a u128 is a library call: the mantissa is split once into its low 19
        // digits and the rest, each of which a u64 holds.
        const LOW_DIGITS: usize = 19;
        let high = match u64::try_from(mantissa) {
            Ok(narrow) => narrow,
            Err(_) => {
                let split = 10u128.pow(LOW_DIGITS as u32);
                self.write_u64((mantissa % split) as u64);
                // The low part's zeros before its first digit: the array starts as zeros.
                self.start = self.bytes.len() - LOW_DIGITS;
                (mantissa / split) as u64
            }
        };
        self.write_u64(high);
    }

    fn write_u64(&mut self, mut value: u64) {
        loop {
            self.start -= 1;
            self.bytes[self.start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[self.start..]
    }
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
    figure_read_as(arg, obj, Printed::AsPrinted)
}

/// A figure whose plain numbers are read with `bound` (`exact`: the number itself); a
/// `Quantity` or an `Estimate` keeps its own interval.
pub(crate) fn figure_read_as(arg: &str, obj: &Bound<'_, PyAny>, bound: Printed) -> PyResult<Estimate> {
    // A `Decimal`, the commonest argument, is known by one comparison of its type.
    if obj.get_type().is(DECIMAL.import(obj.py(), "decimal", "Decimal")?) {
        return Ok(Estimate::from(Reported::new(from_python_decimal(obj)?, bound)));
    }
    if let Ok(q) = obj.cast::<PyQuantity>() {
        return Ok(Estimate::from(&q.get().inner));
    }
    if let Ok(e) = obj.cast::<PyEstimate>() {
        return Ok(e.get().inner.clone());
    }
    match decimal(arg, obj) {
        Ok(value) => Ok(Estimate::from(Reported::new(value, bound))),
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
            .map_err(|_| bad_argument(arg, format!("{} is not an ISO date such as '2025-06-28'", shown(obj))))?;
        return parsed.extract();
    }
    if obj.is_instance(date_type)? {
        return obj.extract();
    }
    Err(wrong_type(arg, "a datetime.date or an ISO date such as '2025-06-28'", obj))
}

/// The keys of a dict argument, each checked to be one of `keys`: an unknown key is refused
/// naming `arg`, as the JSON format refuses an unknown field.
fn dict_of<'py>(arg: &str, obj: &Bound<'py, PyAny>, expected: &str, keys: &[&str]) -> PyResult<Bound<'py, PyDict>> {
    let dict = obj.cast::<PyDict>().map_err(|_| wrong_type(arg, expected, obj))?;
    for key in dict.keys() {
        let name = key.cast::<PyString>().ok().and_then(|k| k.to_cow().ok().map(Cow::into_owned));
        if !name.is_some_and(|name| keys.contains(&name.as_str())) {
            let known = keys.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", ");
            return Err(bad_argument(arg, format!("unknown key {}; the keys are {known}", shown(&key))));
        }
    }
    Ok(dict.clone())
}

/// The `str` at `key` of a dict argument, `None` when absent or `None`.
fn optional_item(arg: &str, dict: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<String>> {
    match dict.get_item(key)? {
        Some(value) if !value.is_none() => Ok(Some(text(&format!("{arg}['{key}']"), &value)?.into_owned())),
        _ => Ok(None),
    }
}

/// The `str` at `key` of a dict argument, refused naming `arg` when absent.
fn required_item(arg: &str, dict: &Bound<'_, PyDict>, key: &str) -> PyResult<String> {
    match dict.get_item(key)? {
        Some(value) => Ok(text(&format!("{arg}['{key}']"), &value)?.into_owned()),
        None => Err(bad_argument(arg, format!("missing key '{key}'"))),
    }
}

/// Names in both languages, as `Report.publisher` gives them: `{'vi': …, 'en': …}`.
pub(crate) fn names(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Names> {
    let dict = dict_of(arg, obj, "a dict {'vi': ..., 'en': ...}", &["vi", "en"])?;
    Ok(Names::new(required_item(arg, &dict, "vi")?, required_item(arg, &dict, "en")?))
}

/// A region, as `Report.region` gives it: `{'id': 'VN-57', 'name': {'vi': …, 'en': …}}`, and
/// for one that ceased to exist `'ended'` (a `datetime.date` or ISO text) and `'successor'`.
pub(crate) fn region(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Region> {
    let expected = "a dict {'id': ..., 'name': {'vi': ..., 'en': ...}, 'ended': ..., 'successor': ...}";
    let dict = dict_of(arg, obj, expected, &["id", "name", "ended", "successor"])?;
    let id = required_item(arg, &dict, "id")?;
    let name = dict.get_item("name")?.ok_or_else(|| bad_argument(arg, "missing key 'name'"))?;
    let region = Region::new(id, names(&format!("{arg}['name']"), &name)?);
    let successor = optional_item(arg, &dict, "successor")?;
    match dict.get_item("ended")?.filter(|e| !e.is_none()) {
        Some(ended) => region.with_end(date(&format!("{arg}['ended']"), &ended)?, successor).py_err(),
        None if successor.is_some() => Err(bad_argument(arg, "a 'successor' needs the date the region 'ended'")),
        None => Ok(region),
    }
}

/// A source, as `Report.source` gives it: `{'title': …, 'outlet': …, 'author': …,
/// 'published': …}`, only the title required; the publication time as RFC 3339 text or a
/// `datetime.datetime` with its time zone.
pub(crate) fn source(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Source> {
    let expected = "a dict {'title': ..., 'outlet': ..., 'author': ..., 'published': ...}";
    let dict = dict_of(arg, obj, expected, &["title", "outlet", "author", "published"])?;
    let published_arg = format!("{arg}['published']");
    let published = match dict.get_item("published")? {
        None => None,
        Some(p) if p.is_none() => None,
        Some(p) if p.is_instance_of::<PyString>() => Some(published(&published_arg, &text(&published_arg, &p)?)?),
        Some(p) => Some(
            p.extract::<DateTime<FixedOffset>>()
                .map_err(|_| wrong_type(&published_arg, "RFC 3339 text or a datetime.datetime with a time zone", &p))?,
        ),
    };
    Ok(Source {
        title: required_item(arg, &dict, "title")?,
        outlet: optional_item(arg, &dict, "outlet")?,
        author: optional_item(arg, &dict, "author")?,
        published,
    })
}

/// A publication time in RFC 3339 (`2025-01-06T08:00:00+07:00`), refused naming `arg`.
pub(crate) fn published(arg: &str, text: &str) -> PyResult<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).map_err(|e| {
        bad_argument(arg, format!("{text:?} is not an RFC 3339 time such as 2025-03-05T10:15:05+07:00: {e}"))
    })
}
