//! Targets and assessments.

use chiso::{Assessment, Condition, Spec, Target};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use rust_decimal::Decimal;

use crate::convert;
use crate::errors::{invalid, wrong_type, IntoPy};
use crate::report::{Origin, PyReport};
use crate::rest_of_year::PyRestOfYear;
use crate::values::{quoted, PyEstimate, PyPeriod, Reduced};

const CONDITION: &str = "a dict such as {'at_least': '9.7'} or {'between': ['13', '14']}";

/// A condition from its JSON-format dict: one of `at_least`, `more_than`, `at_most`,
/// `less_than` (a number) or `between` (two numbers).
fn condition(arg: &str, spec: &Bound<'_, PyAny>) -> PyResult<Condition> {
    let dict = spec.cast::<PyDict>().map_err(|_| wrong_type(arg, CONDITION, spec))?;
    let refuse = || {
        let shown = spec.repr().map(|r| r.to_string()).unwrap_or_default();
        invalid(
            "target condition",
            shown,
            "a condition has exactly one key: at_least, more_than, at_most, less_than or between",
        )
    };
    let Some((key, value)) = dict.iter().next().filter(|_| dict.len() == 1) else {
        return Err(refuse());
    };
    let Ok(key) = key.cast::<PyString>() else {
        return Err(refuse());
    };
    let number = |v: &Bound<'_, PyAny>| convert::decimal(arg, v);
    Ok(match key.to_cow()?.as_ref() {
        "at_least" => Condition::AtLeast(number(&value)?),
        "more_than" => Condition::MoreThan(number(&value)?),
        "at_most" => Condition::AtMost(number(&value)?),
        "less_than" => Condition::LessThan(number(&value)?),
        "between" => {
            let ends: Vec<Bound<'_, PyAny>> = match (value.cast::<PyList>(), value.cast::<PyTuple>()) {
                (Ok(list), _) => list.iter().collect(),
                (_, Ok(tuple)) => tuple.iter().collect(),
                _ => return Err(wrong_type(arg, "a list of two numbers for 'between'", &value)),
            };
            let [low, high] = &ends[..] else {
                return Err(invalid(
                    "target condition",
                    value.to_string(),
                    "'between' takes two numbers, the low and the high end",
                ));
            };
            Condition::between(number(low)?, number(high)?).py_err()?
        }
        _ => return Err(refuse()),
    })
}

/// A condition as its JSON-format dict, with decimals: `{'between': [Decimal('13'), Decimal('14')]}`.
fn condition_dict<'py>(py: Python<'py>, condition: Condition) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    match condition.thresholds() {
        (low, Some(high)) => dict.set_item(condition.name(), vec![low, high])?,
        (threshold, None) => dict.set_item(condition.name(), threshold)?,
    }
    Ok(dict)
}

/// The same condition as Python source, with decimals as strings: `{'between': ['13', '14']}`.
fn condition_source(condition: Condition) -> String {
    match condition.thresholds() {
        (low, Some(high)) => format!("{{'{}': ['{low}', '{high}']}}", condition.name()),
        (threshold, None) => format!("{{'{}': '{threshold}'}}", condition.name()),
    }
}

/// A target a report sets for an indicator and a period, on growth (in percent, against a
/// baseline period) or on the level.
#[pyclass(module = "chiso", name = "Target", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyTarget {
    pub(crate) inner: Target,
}

#[pymethods]
impl PyTarget {
    #[new]
    #[pyo3(signature = (indicator, period, growth = None, level = None, baseline = None, quote = None, progress = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        indicator: &Bound<'_, PyAny>,
        period: &Bound<'_, PyAny>,
        growth: Option<&Bound<'_, PyAny>>,
        level: Option<&Bound<'_, PyAny>>,
        baseline: Option<&Bound<'_, PyAny>>,
        quote: Option<&Bound<'_, PyAny>>,
        progress: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let indicator = convert::text("indicator", indicator)?;
        let indicator = indicator.as_ref();
        let quote = convert::optional_text("quote", quote)?;
        let growth = growth.filter(|g| !g.is_none());
        let level = level.filter(|l| !l.is_none());
        let spec = match (growth, level) {
            (Some(g), None) => Spec::Growth(condition("growth", g)?),
            (None, Some(l)) => Spec::Level(condition("level", l)?),
            _ => return Err(invalid("target", indicator, "a target has exactly one of growth= or level=")),
        };
        let period = convert::period("period", period)?;
        let baseline = convert::optional_period("baseline", baseline)?;
        let target = Target::new(indicator, period, baseline, spec).py_err()?;
        let target = match crate::progress::read_scheme("progress", progress)? {
            Some(scheme) => target.with_progress(scheme).py_err()?,
            None => target,
        };
        Ok(PyTarget {
            inner: match quote {
                Some(q) => target.with_quote(q),
                None => target,
            },
        })
    }

    /// An average-growth target over the years `first` to `last`: the compound annual growth
    /// from the year before `first` to `last` (its period), in percent a year, meets
    /// `condition` (`{'at_least': '8'}`).
    #[staticmethod]
    #[pyo3(signature = (indicator, first, last, condition, quote = None))]
    fn average_growth(
        indicator: &Bound<'_, PyAny>,
        first: i32,
        last: i32,
        condition: &Bound<'_, PyAny>,
        quote: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let indicator = convert::text("indicator", indicator)?;
        let quote = convert::optional_text("quote", quote)?;
        let target = Target::average_growth(indicator.as_ref(), first, last, self::condition("condition", condition)?)
            .py_err()?;
        Ok(PyTarget {
            inner: match quote {
                Some(q) => target.with_quote(q),
                None => target,
            },
        })
    }

    /// The first and last years of an average-growth target; `None` for other targets.
    #[getter]
    fn span(&self) -> Option<(i32, i32)> {
        self.inner.span()
    }

    /// The indicator's id.
    #[getter]
    fn indicator(&self) -> &str {
        self.inner.indicator()
    }

    /// The period the target is for.
    #[getter]
    fn period(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.period() }
    }

    /// The period growth is measured against, or a level target's base year of progress;
    /// `None` for a level target without one.
    #[getter]
    fn baseline(&self) -> Option<PyPeriod> {
        self.inner.baseline().map(|inner| PyPeriod { inner })
    }

    /// The scheme classifying progress towards a level target with a baseline (`unsd_2023`
    /// unless chosen); `None` for other targets.
    #[getter]
    fn progress(&self) -> Option<&'static str> {
        self.inner.progress_scheme().map(|s| s.name())
    }

    /// `"growth"`, `"level"` or `"average_growth"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.spec().kind()
    }

    /// The condition on growth, as a dict, or `None` for a level target.
    #[getter]
    fn growth<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        match self.inner.spec() {
            Spec::Growth(c) => condition_dict(py, c).map(Some),
            Spec::Level(_) | Spec::AverageGrowth(_) => Ok(None),
        }
    }

    /// The condition on the level, as a dict, or `None` for a growth target.
    #[getter]
    fn level<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        match self.inner.spec() {
            Spec::Level(c) => condition_dict(py, c).map(Some),
            Spec::Growth(_) | Spec::AverageGrowth(_) => Ok(None),
        }
    }

    /// The condition's thresholds: `(low, high)` for a range, `(threshold, None)` otherwise.
    #[getter]
    fn thresholds(&self) -> (Decimal, Option<Decimal>) {
        self.inner.spec().condition().thresholds()
    }

    /// The quoted source phrase, if kept.
    #[getter]
    fn quote(&self) -> Option<&str> {
        self.inner.quote()
    }

    /// Checks the target against the report's figures.
    fn check(&self, report: &Bound<'_, PyAny>) -> PyResult<PyAssessment> {
        PyAssessment::check(
            &self.inner,
            &convert::instance::<PyReport>("report", report, "a chiso.Report")?.get().inner,
        )
    }

    /// The target in `lang` (`"vi"` or `"en"`) for an indicator in `unit` (a level target is
    /// written with it): `tăng 13–14% so với cùng kỳ`, `level at least 99.99%`.
    #[pyo3(signature = (unit, lang = None), text_signature = "($self, unit, lang='en')")]
    fn describe(&self, unit: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let unit = convert::unit("unit", unit)?;
        Ok(self.inner.spec().describe(&unit, convert::lang(lang, chiso::Lang::En)?))
    }

    fn __str__(&self) -> String {
        let condition = self.inner.spec().condition();
        if let Some((first, last)) = self.inner.span() {
            return format!("{}: average growth {condition}% a year {first}–{last}", self.indicator());
        }
        match (self.inner.spec(), self.inner.baseline()) {
            (Spec::Growth(_), Some(b)) => {
                format!("{} {}: growth {condition}% against {b}", self.indicator(), self.inner.period())
            }
            _ => format!("{} {}: {} {condition}", self.indicator(), self.inner.period(), self.kind()),
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let t = &self.inner;
        let quote = t.quote().map(|q| quoted(py, q)).transpose()?.map_or_else(String::new, |q| format!(", quote={q}"));
        if let Some((first, last)) = t.span() {
            let indicator = quoted(py, t.indicator())?;
            let condition = condition_source(t.spec().condition());
            return Ok(format!("Target.average_growth({indicator}, {first}, {last}, {condition}{quote})"));
        }
        let mut text = format!(
            "Target({}, '{}', {}={}",
            quoted(py, t.indicator())?,
            t.period(),
            self.kind(),
            condition_source(t.spec().condition())
        );
        if let Some(baseline) = t.baseline().filter(|b| Ok(*b) != t.period().checked_previous_year()) {
            text.push_str(&format!(", baseline='{baseline}'"));
        }
        text.push_str(&quote);
        if let Some(scheme) = t.progress_choice() {
            text.push_str(&format!(", progress='{scheme}'"));
        }
        text.push(')');
        Ok(text)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, Bound<'py, PyAny>> {
        let py = slf.py();
        let t = slf.get();
        let quote = t.inner.quote().map(str::to_string);
        if let Some((first, last)) = t.inner.span() {
            let condition = condition_dict(py, t.inner.spec().condition())?;
            let args = (t.inner.indicator().to_string(), first, last, condition, quote).into_pyobject(py)?.into_any();
            return Ok((py.get_type::<PyTarget>().getattr("average_growth")?, args));
        }
        let args = (
            t.inner.indicator().to_string(),
            t.inner.period().to_string(),
            t.growth(py)?,
            t.level(py)?,
            t.inner.baseline().map(|b| b.to_string()),
            quote,
            t.inner.progress_choice().map(|s| s.name()),
        );
        Ok((py.get_type::<PyTarget>().into_any(), args.into_pyobject(py)?.into_any()))
    }
}

/// The verdict on a target, with the figures behind it.
#[pyclass(module = "chiso", name = "Assessment", frozen, eq)]
#[derive(Clone)]
pub struct PyAssessment {
    pub(crate) inner: Assessment,
    /// The report and the target it judged, which pickling keeps to judge again.
    origin: Origin,
    target: Target,
}

impl PartialEq for PyAssessment {
    fn eq(&self, other: &PyAssessment) -> bool {
        self.inner == other.inner
    }
}

impl PyAssessment {
    /// The verdict of `report` on `target`.
    pub(crate) fn check(target: &Target, report: &Origin) -> PyResult<PyAssessment> {
        Ok(PyAssessment::of(target.check(report.as_ref()).py_err()?, report, target))
    }

    /// An assessment the core made of `target` against `report`.
    pub(crate) fn of(inner: Assessment, report: &Origin, target: &Target) -> PyAssessment {
        PyAssessment { inner, origin: report.clone(), target: target.clone() }
    }
}

/// Rebuilds a pickled `Assessment`: the target judged again against the report.
#[pyfunction]
pub(crate) fn _assessment(report: PyRef<'_, PyReport>, target: PyRef<'_, PyTarget>) -> PyResult<PyAssessment> {
    PyAssessment::check(&target.inner, &report.inner)
}

fn estimate(e: Option<&chiso::Estimate>) -> Option<PyEstimate> {
    e.map(PyEstimate::of)
}

#[pymethods]
impl PyAssessment {
    /// The indicator's id.
    #[getter]
    fn indicator(&self) -> &str {
        self.inner.indicator()
    }

    /// The target's period.
    #[getter]
    fn period(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.period() }
    }

    /// `met`, `exceeded`, `missed`, `undetermined`, `pending`, `on_track`, `off_track` or
    /// `not_assessable`.
    #[getter]
    fn verdict(&self) -> &'static str {
        self.inner.verdict().name()
    }

    /// The verdict as a reader of `lang` (`"vi"` or `"en"`) says it.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn verdict_label(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<&'static str> {
        Ok(self.inner.verdict().label(convert::lang(lang, chiso::Lang::En)?))
    }

    /// The target in `lang` (`"vi"` or `"en"`), with its indicator's unit, as the core writes
    /// it everywhere: `tăng 13–14% so với cùng kỳ`, `giảm tối đa 3% so với cùng kỳ`, `level at
    /// least 99.99%`.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn target_in(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let lang = convert::lang(lang, chiso::Lang::En)?;
        let indicator = self.origin.indicator(self.inner.indicator()).ok_or_else(|| {
            invalid("assessment", self.inner.indicator().to_string(), "its report has no such indicator")
        })?;
        Ok(self.inner.spec().describe(indicator.unit(), lang))
    }

    /// `"growth"`, `"level"` or `"average_growth"`: what the target constrained.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.spec().kind()
    }

    /// The target's thresholds: `(low, high)` for a range, `(threshold, None)` otherwise.
    #[getter]
    fn thresholds(&self) -> (Decimal, Option<Decimal>) {
        self.inner.spec().condition().thresholds()
    }

    /// The target's condition as text: `13–14`, `at least 9.7`.
    #[getter]
    fn condition(&self) -> String {
        self.inner.spec().condition().to_string()
    }

    /// The growth (in percent) or level judged, if there was one.
    #[getter]
    fn actual(&self) -> Option<PyEstimate> {
        estimate(self.inner.actual())
    }

    /// The weakest status (`F` < `E` < `P` < `A`) of the figures the verdict was judged
    /// from, a figure without a status counting as `A`; `None` for a pending target.
    #[getter]
    fn status(&self) -> Option<&'static str> {
        self.inner.status().map(|s| s.code())
    }

    /// The period of the actual: the target's, or a year to date tracked against it.
    #[getter]
    fn actual_period(&self) -> Option<PyPeriod> {
        self.inner.actual_period().map(|inner| PyPeriod { inner })
    }

    /// The actual minus the threshold it is judged against, in percentage points.
    #[getter]
    fn gap_pp(&self) -> Option<PyEstimate> {
        estimate(self.inner.gap_pp())
    }

    /// The actual level minus the level the target requires, in the indicator's unit.
    #[getter]
    fn gap_level(&self) -> Option<PyEstimate> {
        estimate(self.inner.gap_level())
    }

    /// The level the target requires for its period (for a range, at its low end).
    #[getter]
    fn required(&self) -> Option<PyEstimate> {
        estimate(self.inner.required())
    }

    /// The level at the high end of a range target.
    #[getter]
    fn required_upper(&self) -> Option<PyEstimate> {
        estimate(self.inner.required_upper())
    }

    /// What the rest of the year needs, for an annual target tracked by a year to date of
    /// fewer than twelve months; None otherwise.
    #[getter]
    fn required_rest_of_year(&self) -> Option<PyRestOfYear> {
        self.inner.required_rest_of_year().map(|r| PyRestOfYear::of(r.clone(), &self.origin, &self.target))
    }

    /// The progress towards a level target for a future year, judged from its base year's
    /// figure and the latest; `None` for other targets.
    #[getter]
    fn progress(&self) -> Option<crate::progress::PyProgress> {
        self.inner.progress().map(|p| crate::progress::PyProgress::assessed(p, &self.origin, &self.target))
    }

    /// The relative numbers of the plan (a `PlanRatios`: planned, completion, dynamics, in
    /// percent) for a level target to reach whose period's and base's levels the report has,
    /// or `None`.
    #[getter]
    fn plan_ratios<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.plan_ratios().map(|r| crate::periods::plan_ratios_py(py, r)).transpose()
    }

    /// One English sentence saying why.
    #[getter]
    fn reason(&self) -> String {
        self.inner.reason().to_string()
    }

    /// Why, as one sentence in `lang` (`"vi"` or `"en"`).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn reason_in(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.reason_in(convert::lang(lang, chiso::Lang::En)?))
    }

    /// Why, as data: `kind` (`pending_no_figure`, `met`, `missed`, …) and the figures behind
    /// the verdict, decimals as `Decimal`, periods as text, `None` where there is nothing.
    #[getter]
    fn reason_data<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let reason = self.inner.reason();
        let dict = PyDict::new(py);
        dict.set_item("kind", reason.kind())?;
        crate::revisions::set_fields(&dict, reason.fields())?;
        Ok(dict)
    }

    fn __str__(&self) -> String {
        self.inner.reason().to_string()
    }

    fn __repr__(&self) -> String {
        format!("<Assessment {} {}: {}>", self.inner.indicator(), self.inner.period(), self.verdict())
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        crate::report::display(slf.as_any(), "assessment_html")?.extract()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, PyTarget)> {
        let a = slf.get();
        let args = (PyReport { inner: a.origin.clone() }, PyTarget { inner: a.target.clone() });
        Ok((slf.py().import("chiso._chiso")?.getattr("_assessment")?, args))
    }
}
