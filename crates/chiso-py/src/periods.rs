//! Period-on-period and annualised growths, and the relative numbers of a plan: converted and
//! delegated to the core (`chiso::annualise`, `chiso::plan_ratios`, `Report::growths`).

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt};

use crate::convert;
use crate::errors::{invalid, wrong_type, IntoPy};
use crate::report::{Origin, PyReport};
use crate::values::{PyEstimate, PyPeriod};

/// The three ratios as the Python `PlanRatios` named tuple.
pub(crate) fn plan_ratios_py<'py>(py: Python<'py>, ratios: &chiso::PlanRatios) -> PyResult<Bound<'py, PyAny>> {
    let class = py.import("chiso._periods")?.getattr("PlanRatios")?;
    class.call1((
        PyEstimate::of(ratios.planned()),
        PyEstimate::of(ratios.completion()),
        PyEstimate::of(ratios.dynamics()),
    ))
}

/// A period-on-period growth (in percent) compounded over a year: 100 × ((1 + g/100)^n − 1),
/// `n` = `periods_per_year` (4 for a quarter, 12 for a month). 1% a quarter is 4.060401% a year.
///
/// A plain number is read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (growth, periods_per_year, *, bound = None), text_signature = "(growth, periods_per_year, *, bound='as_printed')")]
pub(crate) fn annualise(
    growth: &Bound<'_, PyAny>,
    periods_per_year: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    if periods_per_year.is_instance_of::<PyBool>() || !periods_per_year.is_instance_of::<PyInt>() {
        return Err(wrong_type(
            "periods_per_year",
            "a whole number (int): 4 for quarters, 12 for months",
            periods_per_year,
        ));
    }
    let n: u32 = periods_per_year.extract().map_err(|_| {
        invalid(
            "periods per year",
            periods_per_year.to_string(),
            format!("a growth is annualised over 1 to {} periods a year", chiso::MAX_PERIODS_PER_YEAR),
        )
    })?;
    let printed = convert::bound("bound", bound.filter(|b| !b.is_none()), chiso::Bound::AsPrinted)?;
    let growth = convert::figure_read_as("growth", growth, printed)?;
    Ok(PyEstimate { inner: chiso::annualise(growth, n).py_err()? })
}

/// The relative numbers of a plan, each in percent with its interval: ``planned`` = plan /
/// base, ``completion`` = actual / plan, ``dynamics`` = actual / base (a `PlanRatios`).
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (base, plan, actual, *, bound = None), text_signature = "(base, plan, actual, *, bound='as_printed')")]
pub(crate) fn plan_ratios<'py>(
    py: Python<'py>,
    base: &Bound<'py, PyAny>,
    plan: &Bound<'py, PyAny>,
    actual: &Bound<'py, PyAny>,
    bound: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let printed = convert::bound("bound", bound.filter(|b| !b.is_none()), chiso::Bound::AsPrinted)?;
    let read = |arg: &str, obj: &Bound<'py, PyAny>| convert::figure_read_as(arg, obj, printed);
    let ratios = chiso::plan_ratios(read("base", base)?, read("plan", plan)?, read("actual", actual)?).py_err()?;
    plan_ratios_py(py, &ratios)
}

/// The plan a figure and its plan completion (percent) imply: actual / completion × 100.
///
/// Plain numbers are read with `bound` (`as_printed` unless given; `exact` for exact data).
#[pyfunction]
#[pyo3(signature = (actual, completion, *, bound = None), text_signature = "(actual, completion, *, bound='as_printed')")]
pub(crate) fn implied_plan(
    actual: &Bound<'_, PyAny>,
    completion: &Bound<'_, PyAny>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEstimate> {
    let printed = convert::bound("bound", bound.filter(|b| !b.is_none()), chiso::Bound::AsPrinted)?;
    let actual = convert::figure_read_as("actual", actual, printed)?;
    let completion = convert::figure_read_as("completion", completion, printed)?;
    Ok(PyEstimate { inner: chiso::implied_plan(actual, completion).py_err()? })
}

/// Every growth a report prints or its levels allow, labelled with what it is against: year
/// on year, period on period (month or quarter before), and period on period annualised.
#[pyclass(module = "chiso", name = "Growths", frozen, eq)]
#[derive(Clone)]
pub struct PyGrowths {
    inner: Vec<chiso::LabelledGrowth>,
    origin: Origin,
}

impl PartialEq for PyGrowths {
    fn eq(&self, other: &PyGrowths) -> bool {
        self.inner == other.inner
    }
}

impl PyGrowths {
    pub(crate) fn of(origin: &Origin) -> PyGrowths {
        PyGrowths { inner: origin.growths(), origin: origin.clone() }
    }
}

#[pymethods]
impl PyGrowths {
    /// The names of the fields of each of `lines()`, in order: the columns of `to_pandas()`.
    #[classattr]
    #[allow(non_snake_case)]
    fn COLUMNS() -> Vec<&'static str> {
        chiso::LabelledGrowth::COLUMNS.to_vec()
    }

    /// One dict per growth: `indicator`, `period` and `against` (text), `compared_with`
    /// (`same_period` or `previous_period`), `annualised` and `printed` (bool), `label` in
    /// `lang` (`chiso.options.lang` when not given), and `growth`, `growth_low`, `growth_high`
    /// (`decimal.Decimal`, percent; an end is `None` when unbounded).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang=None)")]
    fn lines<'py>(&self, py: Python<'py>, lang: Option<&Bound<'py, PyAny>>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let lang = match convert::optional_lang(lang)? {
            Some(lang) => lang,
            None => convert::optional_lang(Some(&py.import("chiso._display")?.getattr("options")?.getattr("lang")?))?
                .unwrap_or(chiso::Lang::Vi),
        };
        self.inner
            .iter()
            .map(|g| {
                let dict = PyDict::new(py);
                dict.set_item("indicator", g.indicator())?;
                dict.set_item("period", g.period().to_string())?;
                dict.set_item("against", g.against().to_string())?;
                dict.set_item("compared_with", g.comparison().name())?;
                dict.set_item("annualised", g.is_annualised())?;
                dict.set_item("printed", g.is_printed())?;
                dict.set_item("label", g.label(lang))?;
                dict.set_item("growth", g.growth().value())?;
                dict.set_item("growth_low", g.growth().low())?;
                dict.set_item("growth_high", g.growth().high())?;
                Ok(dict)
            })
            .collect()
    }

    /// The growth of one row as an `Estimate` (percent, with its interval).
    fn estimate(&self, row: usize) -> PyResult<PyEstimate> {
        let g = self
            .inner
            .get(row)
            .ok_or_else(|| invalid("row", row.to_string(), format!("the table has {} rows", self.inner.len())))?;
        Ok(PyEstimate::of(g.growth()))
    }

    /// The period of one row.
    fn period(&self, row: usize) -> PyResult<PyPeriod> {
        let g = self
            .inner
            .get(row)
            .ok_or_else(|| invalid("row", row.to_string(), format!("the table has {} rows", self.inner.len())))?;
        Ok(PyPeriod { inner: g.period() })
    }

    /// The lines as a pandas DataFrame of Arrow-backed columns: text as strings, flags as
    /// booleans, the growth and its interval's ends as exact Arrow decimals.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang=None)")]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, lang: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("chiso._display")?.getattr("growths_to_pandas")?.call1((slf, lang))
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self) -> String {
        let printed = self.inner.iter().filter(|g| g.is_printed()).count();
        format!("<Growths: {} growths, {printed} printed>", self.inner.len())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (PyReport,))> {
        let growths = slf.py().get_type::<PyReport>().getattr("growths")?;
        Ok((growths, (PyReport { inner: slf.get().origin.clone() },)))
    }
}
