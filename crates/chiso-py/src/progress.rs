//! Progress towards a level target for a future year, in the published schemes.

use chiso::{Estimate, Polarity, Progress, Scheme, Target};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use rust_decimal::Decimal;

use crate::convert::{self, figure_read_as};
use crate::errors::{invalid, wrong_type, IntoPy};
use crate::report::{Origin, PyReport};
use crate::target::PyTarget;
use crate::values::PyEstimate;

/// A scheme by name: `unsd_2022`, `unsd_2023`, `open_sdg` or `destatis`.
pub(crate) fn read_scheme(arg: &str, obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Scheme>> {
    convert::optional_text(arg, obj)?.map(|name| name.parse().py_err()).transpose()
}

/// Progress towards a level target: the scheme, the measure with its interval, the
/// projection when the scheme makes one, the figures it came from, and the class, or the
/// classes an undetermined measure lies between.
#[pyclass(module = "chiso", name = "Progress", frozen, eq)]
#[derive(Clone)]
pub struct PyProgress {
    pub(crate) inner: Progress,
    /// How it was made, which pickling keeps to make it again.
    made: Made,
}

/// The inputs a progress was computed from.
#[derive(Clone)]
enum Made {
    /// By `chiso.progress(...)`.
    Standalone {
        series: Vec<(i32, Estimate)>,
        target: Decimal,
        target_year: i32,
        polarity: Polarity,
        limit: Option<Decimal>,
    },
    /// By checking a target against a report.
    Assessed { report: Origin, target: Target },
}

impl PartialEq for PyProgress {
    fn eq(&self, other: &PyProgress) -> bool {
        self.inner == other.inner
    }
}

impl PyProgress {
    /// The progress of an assessment of `target` against `report`.
    pub(crate) fn assessed(inner: &Progress, report: &Origin, target: &Target) -> PyProgress {
        PyProgress { inner: inner.clone(), made: Made::Assessed { report: report.clone(), target: target.clone() } }
    }
}

#[pymethods]
impl PyProgress {
    /// The scheme's name: `unsd_2022`, `unsd_2023`, `open_sdg` or `destatis`.
    #[getter]
    fn scheme(&self) -> &'static str {
        self.inner.scheme().name()
    }

    /// The class's name, or `None` when the measure lies across a cut-off.
    #[getter]
    fn klass(&self) -> Option<&'static str> {
        self.inner.class().map(|c| c.name())
    }

    /// The class's name, or `"undetermined"`.
    #[getter]
    fn class_name(&self) -> &'static str {
        self.inner.class_name()
    }

    /// The classes an undetermined measure lies between; empty when the class is known.
    #[getter]
    fn between(&self) -> Vec<&'static str> {
        self.inner.between().iter().map(|c| c.name()).collect()
    }

    /// Whether the class is the scheme's best (or the target is met); `None` when the
    /// measure lies across that class's cut-off.
    #[getter]
    fn on_track(&self) -> Option<bool> {
        match (self.inner.class(), self.inner.between()) {
            (Some(c), _) => Some(c.is_top()),
            (None, classes) if classes.iter().all(|c| c.is_top()) => Some(true),
            (None, classes) if classes.iter().all(|c| !c.is_top()) => Some(false),
            _ => None,
        }
    }

    /// The measure the class is read from (CR, the ratio, R or R/C, or the miss share).
    #[getter]
    fn measure(&self) -> Option<PyEstimate> {
        self.inner.measure().map(|e| PyEstimate { inner: e.clone() })
    }

    /// The value projected for the target year (UNSD 2023, Destatis).
    #[getter]
    fn projection(&self) -> Option<PyEstimate> {
        self.inner.projection().map(|e| PyEstimate { inner: e.clone() })
    }

    /// The base year and its figure.
    #[getter]
    fn base(&self) -> (i32, PyEstimate) {
        let (year, e) = self.inner.base();
        (year, PyEstimate { inner: e.clone() })
    }

    /// The latest year and its figure.
    #[getter]
    fn current(&self) -> (i32, PyEstimate) {
        let (year, e) = self.inner.current();
        (year, PyEstimate { inner: e.clone() })
    }

    /// The target value and its year.
    #[getter]
    fn target(&self) -> (Decimal, i32) {
        self.inner.target()
    }

    /// The class as a reader of `lang` (`"vi"` or `"en"`) says it.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn class_label(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.class_label(convert::lang(lang, chiso::Lang::En)?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let module = py.import("chiso._chiso")?;
        let p = slf.get();
        Ok(match &p.made {
            Made::Standalone { series, target, target_year, polarity, limit } => {
                let points: Vec<(i32, PyEstimate)> =
                    series.iter().map(|(y, e)| (*y, PyEstimate { inner: e.clone() })).collect();
                let args = (points, *target, *target_year, p.inner.scheme().name(), polarity.name(), *limit);
                (module.getattr("_progress")?, args.into_pyobject(py)?)
            }
            Made::Assessed { report, target } => {
                let args = (PyReport { inner: report.clone() }, PyTarget { inner: target.clone() });
                (module.getattr("_assessment_progress")?, args.into_pyobject(py)?)
            }
        })
    }

    fn __repr__(&self) -> String {
        let measure = self.inner.measure().map_or_else(|| "None".to_string(), |m| m.value().round_dp(6).to_string());
        format!(
            "<Progress {} {}: {} (measure {measure})>",
            self.inner.scheme().name(),
            self.inner.target().1,
            self.inner.class_name()
        )
    }
}

/// The figures of `series`: a dict from year to figure, or a list of `(year, figure)` pairs.
fn read_series(obj: &Bound<'_, PyAny>, bound: chiso::Bound) -> PyResult<Vec<(i32, chiso::Estimate)>> {
    let pairs: Vec<(Bound<'_, PyAny>, Bound<'_, PyAny>)> = if let Ok(dict) = obj.cast::<PyDict>() {
        dict.iter().collect()
    } else if let Ok(list) = obj.cast::<PyList>() {
        list.iter()
            .map(|item| {
                let tuple = item.cast::<PyTuple>().map_err(|_| wrong_type("series", "a (year, figure) pair", &item))?;
                match (tuple.len(), tuple.get_item(0), tuple.get_item(1)) {
                    (2, Ok(year), Ok(value)) => Ok((year, value)),
                    _ => Err(wrong_type("series", "a (year, figure) pair", &item)),
                }
            })
            .collect::<PyResult<_>>()?
    } else {
        return Err(wrong_type("series", "a dict from year to figure or a list of (year, figure) pairs", obj));
    };
    pairs
        .iter()
        .map(|(year, value)| {
            let year = convert::whole("series year", year, i32::MIN, i32::MAX)?;
            Ok((year, figure_read_as(&format!("series[{year}]"), value, bound)?))
        })
        .collect()
}

/// Progress towards `target` in `target_year` from a yearly `series` (a dict from year to
/// figure, or `(year, figure)` pairs; the first year is the base), under `scheme`
/// (`unsd_2023` unless given). `polarity` is `higher_is_better` (the default) or
/// `lower_is_better`; `limit` is the natural limit on the good side (Open SDG scales by it
/// when the target is at it). Plain numbers are read with `bound` (`as_printed` unless given).
#[pyfunction]
#[pyo3(
    signature = (series, target, target_year, *, scheme = None, polarity = None, limit = None, bound = None),
    text_signature = "(series, target, target_year, *, scheme='unsd_2023', polarity='higher_is_better', limit=None, bound='as_printed')"
)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn progress(
    series: &Bound<'_, PyAny>,
    target: &Bound<'_, PyAny>,
    target_year: &Bound<'_, PyAny>,
    scheme: Option<&Bound<'_, PyAny>>,
    polarity: Option<&Bound<'_, PyAny>>,
    limit: Option<&Bound<'_, PyAny>>,
    bound: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyProgress> {
    let bound = convert::bound("bound", bound, chiso::Bound::AsPrinted)?;
    let points = read_series(series, bound)?;
    let target = convert::decimal("target", target)?;
    let target_year = convert::whole("target_year", target_year, i32::MIN, i32::MAX)?;
    let scheme = read_scheme("scheme", scheme)?.unwrap_or_default();
    let polarity = match convert::optional_text("polarity", polarity)?.as_deref() {
        None | Some("higher_is_better") => Polarity::HigherIsBetter,
        Some("lower_is_better") => Polarity::LowerIsBetter,
        Some(other) => return Err(invalid("polarity", other, "expected higher_is_better or lower_is_better")),
    };
    let limit = limit.filter(|l| !l.is_none()).map(|l| convert::decimal("limit", l)).transpose()?;
    let inner = chiso::progress::assess(scheme, &points, target, target_year, polarity, limit).py_err()?;
    Ok(PyProgress { inner, made: Made::Standalone { series: points, target, target_year, polarity, limit } })
}

/// Rebuilds a pickled `Progress` made by `progress(...)`.
#[pyfunction]
pub(crate) fn _progress(
    series: &Bound<'_, PyAny>,
    target: &Bound<'_, PyAny>,
    target_year: &Bound<'_, PyAny>,
    scheme: &Bound<'_, PyAny>,
    polarity: &Bound<'_, PyAny>,
    limit: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyProgress> {
    progress(series, target, target_year, Some(scheme), Some(polarity), limit, None)
}

/// Rebuilds a pickled `Progress` of an assessment: the target judged again against the report.
#[pyfunction]
pub(crate) fn _assessment_progress(report: PyRef<'_, PyReport>, target: PyRef<'_, PyTarget>) -> PyResult<PyProgress> {
    let assessment = target.inner.check(report.inner.as_ref()).py_err()?;
    let inner = assessment
        .progress()
        .ok_or_else(|| invalid("progress", target.inner.indicator(), "the target no longer has progress to assess"))?;
    Ok(PyProgress::assessed(inner, &report.inner, &target.inner))
}
