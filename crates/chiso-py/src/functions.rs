//! The growth functions and the display formatters, delegated to the core.
//!
//! Each growth function takes `bound=`, which says how its plain numbers are read: as printed
//! (`as_printed`, the default, the rounding interval of the last digit, because that is what a
//! printed figure means), or `exact` for data known exactly, or any other bound by name; or a
//! dict from argument name to bound name (`bound={'previous': 'exact'}`), as `chiso.columns`
//! takes it. A `Quantity` or an `Estimate` argument keeps its own interval whatever `bound` says.

use chiso::Lang;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt, PyString};

use crate::convert::{self, figure_read_as};
use crate::errors::{bad_argument, invalid, wrong_type, IntoPy};
use crate::values::PyEstimate;

fn estimate(result: chiso::Result<chiso::Estimate>) -> PyResult<PyEstimate> {
    Ok(PyEstimate { inner: result.py_err()? })
}

/// How the plain numbers of a call to a function of `arguments` are read: `bound=` as one
/// bound name for all of them, or as a dict from argument name to bound name (as
/// `chiso.columns` takes it), `as_printed` where not given. A `Quantity` or an `Estimate` keeps
/// its own interval whatever `bound` says.
fn reader(
    arguments: &[&str],
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<impl Fn(&str, &Bound<'_, PyAny>) -> PyResult<chiso::Estimate> + use<>> {
    let mut bounds = Vec::new();
    let mut all = chiso::Bound::AsPrinted;
    match bound.filter(|b| !b.is_none()).map(|b| (b, b.cast::<PyDict>())) {
        None => {}
        Some((_, Ok(dict))) => {
            for (name, value) in dict.iter() {
                let name = convert::text("bound", &name)?.into_owned();
                if !arguments.contains(&name.as_str()) {
                    let why = format!("{name:?} is not an argument; the arguments are {}", arguments.join(", "));
                    return Err(bad_argument("bound", why));
                }
                let printed = convert::bound(&format!("bound['{name}']"), Some(&value), chiso::Bound::AsPrinted)?;
                bounds.push((name, printed));
            }
        }
        Some((b, Err(_))) if b.is_instance_of::<PyString>() => {
            all = convert::bound("bound", Some(b), chiso::Bound::AsPrinted)?;
        }
        Some((b, Err(_))) => {
            let expected = "a bound name (str) or a dict from argument name to bound name";
            return Err(wrong_type("bound", expected, b));
        }
    }
    Ok(move |arg: &str, obj: &Bound<'_, PyAny>| {
        let printed = bounds.iter().find(|(name, _)| name == arg).map_or(all, |&(_, printed)| printed);
        figure_read_as(arg, obj, printed)
    })
}

/// Growth of `current` over `previous`, in percent: (current − previous) / previous × 100.
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (current, previous, *, bound = None), text_signature = "(current, previous, *, bound='as_printed')")]
pub(crate) fn growth(
    current: &Bound<'_, PyAny>,
    previous: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["current", "previous"], bound)?;
    estimate(chiso::growth(figure("current", current)?, figure("previous", previous)?))
}

/// The previous value that `current` and its growth (in percent) imply: current / (1 + growth / 100).
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (current, growth, *, bound = None), text_signature = "(current, growth, *, bound='as_printed')")]
pub(crate) fn implied_base(
    current: &Bound<'_, PyAny>,
    growth: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["current", "growth"], bound)?;
    estimate(chiso::implied_base(figure("current", current)?, figure("growth", growth)?))
}

/// The value `base` reaches after `growth` (in percent): base × (1 + growth / 100).
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (base, growth, *, bound = None), text_signature = "(base, growth, *, bound='as_printed')")]
pub(crate) fn project(
    base: &Bound<'_, PyAny>,
    growth: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["base", "growth"], bound)?;
    estimate(chiso::project(figure("base", base)?, figure("growth", growth)?))
}

/// Compound annual growth from `start` to `end` over `years` whole years, in percent.
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (start, end, years, *, bound = None), text_signature = "(start, end, years, *, bound='as_printed')")]
pub(crate) fn cagr(
    start: &Bound<'_, PyAny>,
    end: &Bound<'_, PyAny>,
    years: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["start", "end"], bound)?;
    if years.is_instance_of::<PyBool>() || !years.is_instance_of::<PyInt>() {
        return Err(wrong_type("years", "a whole number of years (int)", years));
    }
    let years: u32 = years.extract().map_err(|_| {
        invalid("number of years", years.to_string(), format!("years is a whole number from 1 to {}", chiso::MAX_YEARS))
    })?;
    estimate(chiso::cagr(figure("start", start)?, figure("end", end)?, years))
}

/// The change between two rates, in percentage points: now − before.
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (now, before, *, bound = None), text_signature = "(now, before, *, bound='as_printed')")]
pub(crate) fn change_pp(
    now: &Bound<'_, PyAny>,
    before: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["now", "before"], bound)?;
    estimate(chiso::change_pp(figure("now", now)?, figure("before", before)?))
}

/// The share of `whole` that `part` is, in percent: part / whole × 100.
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (part, whole, *, bound = None), text_signature = "(part, whole, *, bound='as_printed')")]
pub(crate) fn share(
    part: &Bound<'_, PyAny>,
    whole: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["part", "whole"], bound)?;
    estimate(chiso::share(figure("part", part)?, figure("whole", whole)?))
}

/// Percentage points a part added to its whole's growth: (part_now − part_before) / whole_before × 100.
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(
    signature = (part_now, part_before, whole_before, *, bound = None),
    text_signature = "(part_now, part_before, whole_before, *, bound='as_printed')"
)]
pub(crate) fn contribution(
    part_now: &Bound<'_, PyAny>,
    part_before: &Bound<'_, PyAny>,
    whole_before: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let figure = reader(&["part_now", "part_before", "whole_before"], bound)?;
    estimate(chiso::contribution(
        figure("part_now", part_now)?,
        figure("part_before", part_before)?,
        figure("whole_before", whole_before)?,
    ))
}

/// A number with exactly its digits, grouped and marked as `lang` prints numbers.
#[pyfunction]
#[pyo3(signature = (value, lang = None), text_signature = "(value, lang='en')")]
pub(crate) fn format_decimal(value: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(chiso::format_decimal(convert::decimal("value", value)?, convert::lang(lang, Lang::En)?))
}

/// A verdict, by the name a result table gives it (`missed`), as a reader of `lang` says it
/// (`không đạt`); for `chiso._display`, which shows a panel's verdicts.
#[pyfunction]
#[pyo3(signature = (verdict, lang = None), text_signature = "(verdict, lang='en')")]
pub(crate) fn _verdict_label(verdict: &str, lang: Option<&Bound<'_, PyAny>>) -> PyResult<&'static str> {
    let verdict: chiso::Verdict = verdict.parse().py_err()?;
    Ok(verdict.label(convert::lang(lang, Lang::En)?))
}

/// A number rounded half-even to `decimals` places, then formatted as `lang` prints numbers.
#[pyfunction]
#[pyo3(signature = (value, decimals, lang = None), text_signature = "(value, decimals, lang='en')")]
pub(crate) fn format_rounded(
    value: &Bound<'_, PyAny>,
    decimals: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let decimals = convert::whole("decimals", decimals, 0, u32::MAX)?;
    Ok(chiso::format_rounded(convert::decimal("value", value)?, convert::lang(lang, Lang::En)?, decimals))
}

/// The JSON Schema of the `chiso.report/2` format, as a dict, for tools that validate; with
/// `version=1`, the frozen schema of `chiso.report/1`.
#[pyfunction]
#[pyo3(signature = (version = 2))]
pub(crate) fn schema(py: Python<'_>, version: u32) -> PyResult<Bound<'_, PyAny>> {
    let text = match version {
        1 => chiso::REPORT_SCHEMA_V1,
        2 => chiso::REPORT_SCHEMA,
        other => return Err(bad_argument("version", format!("chiso.report has versions 1 and 2, not {other}"))),
    };
    py.import("json")?.call_method1("loads", (text,))
}
