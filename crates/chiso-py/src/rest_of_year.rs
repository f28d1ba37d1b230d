//! What the rest of the year needs (`Assessment.required_rest_of_year`).

use chiso::{Requirement, RestOfYear, Target};
use pyo3::prelude::*;

use crate::convert;
use crate::errors::{invalid, IntoPy};
use crate::report::{Origin, PyReport};
use crate::target::PyTarget;
use crate::values::{PyEstimate, PyPeriod, Reduced};

/// What the months after a year-to-date figure need for an annual target on a flow, or, for
/// an index, a rate or a stock, that the arithmetic does not apply (`applicable` is False and
/// every figure None).
#[pyclass(module = "chiso", name = "RestOfYear", frozen, eq)]
#[derive(Clone)]
pub struct PyRestOfYear {
    pub(crate) inner: RestOfYear,
    /// The report and the target it was computed for, which pickling keeps to compute again.
    origin: Origin,
    target: Target,
}

impl PartialEq for PyRestOfYear {
    fn eq(&self, other: &PyRestOfYear) -> bool {
        self.inner == other.inner
    }
}

/// Rebuilds a pickled `RestOfYear`: the target checked again against the report.
#[pyfunction]
pub(crate) fn _rest_of_year(report: PyRef<'_, PyReport>, target: PyRef<'_, PyTarget>) -> PyResult<PyRestOfYear> {
    let assessment = target.inner.check(report.inner.as_ref()).py_err()?;
    let inner = assessment.required_rest_of_year().cloned().ok_or_else(|| {
        invalid("rest of the year", target.inner.indicator().to_string(), "the target is not tracked by a year to date")
    })?;
    Ok(PyRestOfYear::of(inner, &report.inner, &target.inner))
}

impl PyRestOfYear {
    /// The rest of the year the core computed for `target` against `report`.
    pub(crate) fn of(inner: RestOfYear, report: &Origin, target: &Target) -> PyRestOfYear {
        PyRestOfYear { inner, origin: report.clone(), target: target.clone() }
    }

    fn figure(&self, get: impl Fn(&Requirement) -> Option<&chiso::Estimate>) -> Option<PyEstimate> {
        self.inner.requirement().and_then(get).map(PyEstimate::of)
    }
}

#[pymethods]
impl PyRestOfYear {
    /// Whether the arithmetic applies: True for a flow.
    #[getter]
    fn applicable(&self) -> bool {
        self.inner.is_applicable()
    }

    /// The year-to-date period the rest starts after.
    #[getter]
    fn year_to_date(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.year_to_date() }
    }

    /// How many months remain.
    #[getter]
    fn months(&self) -> u32 {
        self.inner.months()
    }

    /// `floor`, `ceiling` or `range`: how the growth binds; None when not applicable.
    #[getter]
    fn side(&self) -> Option<&'static str> {
        self.inner.requirement().map(|r| r.side().name())
    }

    /// Whether the bound is strict (the target is `more_than` or `less_than`); None when not
    /// applicable.
    #[getter]
    fn strict(&self) -> Option<bool> {
        self.inner.requirement().map(|r| r.is_strict())
    }

    /// The indicator's measure when the arithmetic does not apply (`index`, `rate`, `stock`).
    #[getter]
    fn measure(&self) -> Option<&'static str> {
        match &self.inner {
            RestOfYear::NotApplicable { measure, .. } => Some(measure.name()),
            RestOfYear::Required(_) => None,
        }
    }

    /// The growth (percent) the remaining months need on the same months of the base year:
    /// a floor, a ceiling, or a range's low end.
    #[getter]
    fn growth(&self) -> Option<PyEstimate> {
        self.figure(Requirement::growth)
    }

    /// The growth at a range's high end.
    #[getter]
    fn growth_upper(&self) -> Option<PyEstimate> {
        self.figure(Requirement::growth_upper)
    }

    /// The level the whole year needs (for a range, its low end).
    #[getter]
    fn needed(&self) -> Option<PyEstimate> {
        self.figure(|r| Some(r.needed()))
    }

    /// The level the whole year needs at a range's high end.
    #[getter]
    fn needed_upper(&self) -> Option<PyEstimate> {
        self.figure(Requirement::needed_upper)
    }

    /// The level the remaining months need.
    #[getter]
    fn rest_needed(&self) -> Option<PyEstimate> {
        self.figure(|r| Some(r.rest_needed()))
    }

    /// The level the remaining months need at a range's high end.
    #[getter]
    fn rest_needed_upper(&self) -> Option<PyEstimate> {
        self.figure(Requirement::rest_needed_upper)
    }

    /// The same months of the base year: its whole year less its year to date.
    #[getter]
    fn base(&self) -> Option<PyEstimate> {
        self.figure(Requirement::base)
    }

    /// Whether the base year's year to date was implied by the printed year-to-date growth.
    #[getter]
    fn base_implied(&self) -> bool {
        self.inner.requirement().is_some_and(Requirement::base_implied)
    }

    /// The year the rest is compared with.
    #[getter]
    fn base_year(&self) -> Option<i32> {
        self.inner.requirement().map(Requirement::base_year)
    }

    /// The year to date's growth on the same months of the base year.
    #[getter]
    fn year_to_date_growth(&self) -> Option<PyEstimate> {
        self.figure(Requirement::year_to_date_growth)
    }

    /// The flags: `already_met`, `already_missed`, `may_fall`, `must_fall`, `implausible`,
    /// `undetermined`, `base_not_positive`, `one_sided`.
    #[getter]
    fn flags(&self) -> Vec<&'static str> {
        self.inner.requirement().map_or_else(Vec::new, |r| r.flags().iter().map(|f| f.name()).collect())
    }

    /// One sentence in `lang` (`"vi"` or `"en"`).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn describe(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.describe(convert::lang(lang, chiso::Lang::En)?))
    }

    fn __str__(&self) -> String {
        self.inner.describe(chiso::Lang::En)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, PyTarget)> {
        let r = slf.get();
        let args = (PyReport { inner: r.origin.clone() }, PyTarget { inner: r.target.clone() });
        Ok((slf.py().import("chiso._chiso")?.getattr("_rest_of_year")?, args))
    }

    fn __repr__(&self) -> String {
        let ytd = self.inner.year_to_date();
        match &self.inner {
            RestOfYear::NotApplicable { measure, .. } => {
                format!("<RestOfYear after {ytd}: not applicable to {}>", measure.name())
            }
            RestOfYear::Required(r) => {
                let growth = match (r.growth(), r.growth_upper()) {
                    (Some(low), Some(high)) => {
                        format!("growth {}–{}%", low.value().round_dp(2), high.value().round_dp(2))
                    }
                    (Some(g), None) => format!("growth {}%", g.value().round_dp(2)),
                    _ => format!("level {}", r.rest_needed().value()),
                };
                let flags: Vec<&str> = r.flags().iter().map(|f| f.name()).collect();
                let flags = if flags.is_empty() { String::new() } else { format!(" [{}]", flags.join(", ")) };
                format!("<RestOfYear after {ytd}: {} months need {growth}{flags}>", r.months())
            }
        }
    }
}
