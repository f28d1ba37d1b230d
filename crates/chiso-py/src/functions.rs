//! The growth functions and the display formatters, delegated to the core.

use chiso::Lang;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt};

use crate::convert::{self, figure};
use crate::errors::{invalid, wrong_type, IntoPy};
use crate::values::PyEstimate;

fn estimate(result: chiso::Result<chiso::Estimate>) -> PyResult<PyEstimate> {
    Ok(PyEstimate { inner: result.py_err()? })
}

/// Growth of `current` over `previous`, in percent: (current − previous) / previous × 100.
#[pyfunction]
pub(crate) fn growth(current: &Bound<'_, PyAny>, previous: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
    estimate(chiso::growth(figure("current", current)?, figure("previous", previous)?))
}

/// The previous value that `current` and its growth (in percent) imply: current / (1 + growth / 100).
#[pyfunction]
pub(crate) fn implied_base(current: &Bound<'_, PyAny>, growth: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
    estimate(chiso::implied_base(figure("current", current)?, figure("growth", growth)?))
}

/// The value `base` reaches after `growth` (in percent): base × (1 + growth / 100).
#[pyfunction]
pub(crate) fn project(base: &Bound<'_, PyAny>, growth: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
    estimate(chiso::project(figure("base", base)?, figure("growth", growth)?))
}

/// Compound annual growth from `start` to `end` over `years` whole years, in percent.
#[pyfunction]
pub(crate) fn cagr(start: &Bound<'_, PyAny>, end: &Bound<'_, PyAny>, years: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
    if years.is_instance_of::<PyBool>() || !years.is_instance_of::<PyInt>() {
        return Err(wrong_type("years", "a whole number of years (int)", years));
    }
    let years: u32 = years.extract().map_err(|_| {
        invalid("number of years", years.to_string(), format!("years is a whole number from 1 to {}", chiso::MAX_YEARS))
    })?;
    estimate(chiso::cagr(figure("start", start)?, figure("end", end)?, years))
}

/// The change between two rates, in percentage points: now − before.
#[pyfunction]
pub(crate) fn change_pp(now: &Bound<'_, PyAny>, before: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
    estimate(chiso::change_pp(figure("now", now)?, figure("before", before)?))
}

/// The share of `whole` that `part` is, in percent: part / whole × 100.
#[pyfunction]
pub(crate) fn share(part: &Bound<'_, PyAny>, whole: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
    estimate(chiso::share(figure("part", part)?, figure("whole", whole)?))
}

/// Percentage points a part added to its whole's growth: (part_now − part_before) / whole_before × 100.
#[pyfunction]
pub(crate) fn contribution(
    part_now: &Bound<'_, PyAny>,
    part_before: &Bound<'_, PyAny>,
    whole_before: &Bound<'_, PyAny>,
) -> PyResult<PyEstimate> {
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
