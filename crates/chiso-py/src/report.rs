//! Reports and what they hold: indicators, observations, findings, scorecards.

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

use chiso::{
    Cell, Finding, Identity, Indicator, Measure, Names, NaturalRange, Observation, Polarity, Report, Reported,
    Scorecard, ScorecardLine, ScorecardRow, Source, TargetFailure, UncheckedRelation,
};
use chrono::NaiveDate;
use pyo3::exceptions::{PyOSError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use rust_decimal::Decimal;

use crate::convert;
use crate::errors::{invalid, wrong_type, IntoPy, InvalidReportError};
use crate::target::{PyAssessment, PyTarget};
use crate::values::{quoted, PyEstimate, PyPeriod, PyQuantity, Reduced};

/// The report a derived object (a scorecard, a finding, an assessment) was computed from,
/// shared: pickling such an object pickles its report and computes it again, as the core
/// builds these objects only from a report.
pub(crate) type Origin = Arc<Report>;

/// An I/O error on `path` as the `OSError` subclass of its errno (`FileNotFoundError`,
/// `PermissionError`, `IsADirectoryError`, …), with `.errno`, `.strerror` and `.filename` set.
pub(crate) fn os_error(err: &std::io::Error, path: &Path) -> PyErr {
    let message = err.to_string();
    let strerror = message.split(" (os error").next().unwrap_or(&message).to_string();
    match err.raw_os_error() {
        Some(errno) => PyOSError::new_err((errno, strerror, path.as_os_str().to_os_string())),
        None => PyOSError::new_err(format!("{}: {message}", path.display())),
    }
}

/// `1 target`, `2 targets`: a count with its English noun, for a `repr`.
pub(crate) fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Calls a display helper of the pure-Python `chiso._display` module on `obj`: the HTML and
/// the charts are written in Python, beside the package.
pub(crate) fn display<'py>(obj: &Bound<'py, PyAny>, helper: &str) -> PyResult<Bound<'py, PyAny>> {
    obj.py().import("chiso._display")?.getattr(helper)?.call1((obj,))
}

/// As [`display`], with the helper's one option (`lang`, `decimals`), `None` when not given.
pub(crate) fn display_with<'py>(
    obj: &Bound<'py, PyAny>,
    helper: &str,
    option: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    obj.py().import("chiso._display")?.getattr(helper)?.call1((obj, option))
}

/// A report: metadata, indicators, observations and targets, read from a `chiso.report/2`
/// document or built from its parts: `Report(region=..., publisher=..., indicators=[...],
/// observations=[...], targets=[...], source=None)`. Immutable: `with_indicator`,
/// `with_observation` and `with_target` return a new report.
#[pyclass(module = "chiso", name = "Report", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyReport {
    pub(crate) inner: Origin,
}

impl PyReport {
    pub(crate) fn of(inner: Report) -> PyReport {
        PyReport { inner: Arc::new(inner) }
    }
}

fn names<'py>(py: Python<'py>, names: &chiso::Names) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("vi", &names.vi)?;
    dict.set_item("en", &names.en)?;
    Ok(dict)
}

#[pymethods]
impl PyReport {
    /// Reads a `chiso.report/2` document.
    #[staticmethod]
    fn from_json(text: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        Ok(PyReport::of(Report::from_json(&convert::text("text", text)?).py_err()?))
    }

    /// Reads a `chiso.report/2` document from a file. A file that cannot be read raises the
    /// `OSError` of its cause with `.filename` set; one that is not UTF-8 raises
    /// `InvalidReportError` giving the path and the byte offset of the first invalid byte.
    #[staticmethod]
    fn load(path: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        let path = convert::path("path", path)?;
        let bytes = std::fs::read(&path).map_err(|err| os_error(&err, &path))?;
        let text = std::str::from_utf8(&bytes).map_err(|err| {
            let offset = err.valid_up_to();
            let err = InvalidReportError::new_err(format!(
                "{}: not UTF-8 text: invalid byte at byte offset {offset}",
                path.display()
            ));
            Python::attach(|py| {
                // As in `errors::to_py`: setting attributes on a fresh exception cannot fail
                // short of memory exhaustion.
                let value = err.value(py);
                let _ = value.setattr("kind", "invalid_report");
                let _ = value.setattr("filename", path.as_os_str());
                let _ = value.setattr("offset", offset);
            });
            err
        })?;
        Ok(PyReport::of(Report::from_json(text).py_err()?))
    }

    /// The report as a `chiso.report/2` document; loading it again gives an equal report.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// Writes the report as a `chiso.report/2` document.
    fn save(&self, path: &Bound<'_, PyAny>) -> PyResult<()> {
        let path = convert::path("path", path)?;
        std::fs::write(&path, self.inner.to_json() + "\n").map_err(|err| os_error(&err, &path))
    }

    /// The region: `{'id': 'VN-57', 'name': {'vi': …, 'en': …}}`, with `'ended'` (a
    /// `datetime.date`) and `'successor'` (an id or `None`) when it ceased to exist.
    #[getter]
    fn region<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let region = self.inner.region();
        let dict = PyDict::new(py);
        dict.set_item("id", &region.id)?;
        dict.set_item("name", names(py, &region.name)?)?;
        if let Some(ended) = region.ended {
            dict.set_item("ended", ended)?;
            dict.set_item("successor", region.successor.as_deref())?;
        }
        Ok(dict)
    }

    /// The publisher: `{'vi': …, 'en': …}`.
    #[getter]
    fn publisher<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        names(py, self.inner.publisher())
    }

    /// Where the figures were read: `{'title': …, 'outlet': …, 'author': …, 'published': …}`.
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner.source().map(|source| source_dict(py, source)).transpose()
    }

    /// Every indicator, in the order given.
    #[getter]
    fn indicators(&self) -> Vec<PyIndicator> {
        self.inner.indicators().iter().map(|i| PyIndicator { inner: i.clone() }).collect()
    }

    /// Every observation, in the order given.
    #[getter]
    fn observations(&self) -> Vec<PyObservation> {
        self.inner.observations().iter().map(|o| PyObservation { inner: o.clone() }).collect()
    }

    /// Every target, in the order given.
    #[getter]
    fn targets(&self) -> Vec<PyTarget> {
        self.inner.targets().iter().map(|t| PyTarget { inner: t.clone() }).collect()
    }

    /// The indicator with this id, or `None`.
    fn indicator(&self, id: &Bound<'_, PyAny>) -> PyResult<Option<PyIndicator>> {
        Ok(self.inner.indicator(&convert::text("id", id)?).map(|i| PyIndicator { inner: i.clone() }))
    }

    /// The latest reported level of an indicator in a period, in the indicator's unit.
    fn level(&self, indicator: &Bound<'_, PyAny>, period: &Bound<'_, PyAny>) -> PyResult<Option<PyQuantity>> {
        let period = convert::period("period", period)?;
        Ok(self.inner.level(&convert::text("indicator", indicator)?, period).map(|inner| PyQuantity { inner }))
    }

    /// Where the report's own figures disagree beyond what their printed bounds explain. An
    /// empty list does not say every figure agrees: see `unchecked()`.
    fn check(&self) -> Vec<PyFinding> {
        let findings = self.inner.check().into_iter().enumerate();
        findings.map(|(index, inner)| PyFinding { inner, origin: self.inner.clone(), index }).collect()
    }

    /// The relations between figures that could not be checked (a zero base, a zero whole,
    /// units that do not combine, an overflow), each with why: neither agreements nor findings.
    fn unchecked(&self) -> Vec<PyUncheckedRelation> {
        let consistency = self.inner.consistency();
        let relations = consistency.unchecked().iter().cloned().enumerate();
        relations.map(|(index, inner)| PyUncheckedRelation { inner, origin: self.inner.clone(), index }).collect()
    }

    /// Per indicator, its latest figures, the previous-year value they imply and the verdict
    /// on each of its targets.
    fn scorecard(&self) -> PyResult<PyScorecard> {
        Ok(PyScorecard { inner: self.inner.scorecard().py_err()?, origin: self.inner.clone() })
    }

    /// Every growth the report prints or its levels allow, labelled with what it is against
    /// (year on year; month or quarter on the one before; annualised): a `Growths` table.
    fn growths(&self) -> crate::periods::PyGrowths {
        crate::periods::PyGrowths::of(&self.inner)
    }

    /// Every revision of the report's figures: for each indicator and period with two or
    /// more vintages, each consecutive pair, with the change in level and in printed growth,
    /// whether the printed bounds overlap, and the targets whose verdict it changes.
    fn revisions(&self) -> PyResult<crate::revisions::PyRevisions> {
        Ok(crate::revisions::PyRevisions { inner: self.inner.revisions().py_err()?, origin: self.inner.clone() })
    }

    /// Checks one target against this report.
    fn assess(&self, target: &Bound<'_, PyAny>) -> PyResult<PyAssessment> {
        PyAssessment::check(
            &convert::instance::<PyTarget>("target", target, "a chiso.Target")?.get().inner,
            &self.inner,
        )
    }

    /// Checks every target of the report, in order.
    fn assess_all(&self) -> PyResult<Vec<PyAssessment>> {
        let assessments = self.inner.assess_all().py_err()?.into_iter().zip(self.inner.targets());
        Ok(assessments.map(|(inner, target)| PyAssessment::of(inner, &self.inner, target)).collect())
    }

    /// A new report with one more observation: a `chiso.Observation`, or its parts as
    /// `Observation(...)` takes them: a level (`value`, in the indicator's unit), a growth in
    /// percent against the same period a year earlier, or both.
    /// A `str` value or growth is read as the JSON format writes numbers ("351640.5"), or, with
    /// `lang="vi"` or `lang="en"`, as a report in that language prints them ("351.640,5").
    #[pyo3(signature = (
        indicator, period = None, value = None, growth = None, bound = None, growth_bound = None, status = None,
        as_of = None, quote = None, *, lang = None, unit = None, source = None, last_digit = None,
        growth_last_digit = None, compared_with = None, annualised = None, plan_completion = None,
        plan_completion_bound = None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn with_observation(
        &self,
        indicator: &Bound<'_, PyAny>,
        period: Option<&Bound<'_, PyAny>>,
        value: Option<&Bound<'_, PyAny>>,
        growth: Option<&Bound<'_, PyAny>>,
        bound: Option<&Bound<'_, PyAny>>,
        growth_bound: Option<&Bound<'_, PyAny>>,
        status: Option<&Bound<'_, PyAny>>,
        as_of: Option<&Bound<'_, PyAny>>,
        quote: Option<&Bound<'_, PyAny>>,
        lang: Option<&Bound<'_, PyAny>>,
        unit: Option<&Bound<'_, PyAny>>,
        source: Option<&Bound<'_, PyAny>>,
        last_digit: Option<&Bound<'_, PyAny>>,
        growth_last_digit: Option<&Bound<'_, PyAny>>,
        compared_with: Option<&Bound<'_, PyAny>>,
        annualised: Option<&Bound<'_, PyAny>>,
        plan_completion: Option<&Bound<'_, PyAny>>,
        plan_completion_bound: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        let fields = ObservationFields {
            value,
            bound,
            last_digit,
            growth,
            growth_bound,
            growth_last_digit,
            status,
            as_of,
            quote,
            unit,
            source,
            lang,
            compared_with,
            annualised,
            plan_completion,
            plan_completion_bound,
        };
        let observation = match (indicator.cast::<PyObservation>(), period.filter(|p| !p.is_none())) {
            (Ok(observation), None) if fields.is_empty() => observation.get().inner.clone(),
            (Ok(_), _) => {
                return Err(PyTypeError::new_err(
                    "with_observation: an Observation comes alone; give its parts to Observation(...) instead",
                ))
            }
            (Err(_), Some(period)) => fields.build(indicator, period)?,
            (Err(_), None) => {
                return Err(PyTypeError::new_err(
                    "with_observation: missing the period (or pass a chiso.Observation alone)",
                ))
            }
        };
        Ok(PyReport::of(Report::clone(&self.inner).with_observation(observation).py_err()?))
    }

    /// A new report with one more target.
    fn with_target(&self, target: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        let target = convert::instance::<PyTarget>("target", target, "a chiso.Target")?;
        Ok(PyReport::of(Report::clone(&self.inner).with_target(target.get().inner.clone()).py_err()?))
    }

    /// A new report for `region` (a dict in the shape `Report.region` gives): to record that
    /// the region ceased to exist (`'ended'`, `'successor'`), or to read a report as if it had
    /// not.
    fn with_region(&self, region: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        let region = convert::region("region", region)?;
        Ok(PyReport::of(Report::clone(&self.inner).with_region(region).py_err()?))
    }

    fn __repr__(&self) -> String {
        format!(
            "<Report {} {}: {}, {}, {}>",
            self.inner.region().id,
            self.inner.region().name.en,
            counted(self.inner.indicators().len(), "indicator"),
            counted(self.inner.observations().len(), "observation"),
            counted(self.inner.targets().len(), "target"),
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        let from_json = slf.py().get_type::<PyReport>().getattr("from_json")?;
        Ok((from_json, (slf.get().inner.to_json(),)))
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        display(slf.as_any(), "report_html")?.extract()
    }

    /// A report from its parts, checked by the core as a loaded document is: indicator ids
    /// unique, every observation and target naming an indicator of the report. `region`,
    /// `publisher` and `source` are dicts in the shape `Report.region`, `Report.publisher` and
    /// `Report.source` give them, so `Report(region=r.region, publisher=r.publisher, …)`
    /// rebuilds `r`.
    #[new]
    #[pyo3(signature = (region, publisher, indicators = None, observations = None, targets = None, source = None))]
    fn new(
        region: &Bound<'_, PyAny>,
        publisher: &Bound<'_, PyAny>,
        indicators: Option<&Bound<'_, PyAny>>,
        observations: Option<&Bound<'_, PyAny>>,
        targets: Option<&Bound<'_, PyAny>>,
        source: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let region = convert::region("region", region)?;
        let publisher = convert::names("publisher", publisher)?;
        let indicators = each("indicators", indicators, |arg, item| {
            Ok(convert::instance::<PyIndicator>(arg, item, "a chiso.Indicator")?.get().inner.clone())
        })?;
        let observations = each("observations", observations, |arg, item| {
            Ok(convert::instance::<PyObservation>(arg, item, "a chiso.Observation")?.get().inner.clone())
        })?;
        let targets = each("targets", targets, |arg, item| {
            Ok(convert::instance::<PyTarget>(arg, item, "a chiso.Target")?.get().inner.clone())
        })?;
        let source = source.filter(|s| !s.is_none()).map(|s| convert::source("source", s)).transpose()?;
        let report = Report::new(region, publisher, indicators, observations, targets).py_err()?;
        Ok(PyReport::of(match source {
            Some(source) => report.with_source(source),
            None => report,
        }))
    }

    /// A new report with one more indicator, after the others.
    fn with_indicator(&self, indicator: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        let indicator = convert::instance::<PyIndicator>("indicator", indicator, "a chiso.Indicator")?;
        let report = &self.inner;
        let mut indicators = report.indicators().to_vec();
        indicators.push(indicator.get().inner.clone());
        let observations = report.observations().to_vec();
        let targets = report.targets().to_vec();
        let with = Report::new(report.region().clone(), report.publisher().clone(), indicators, observations, targets);
        let with = with.py_err()?;
        Ok(PyReport::of(match report.source() {
            Some(source) => with.with_source(source.clone()),
            None => with,
        }))
    }
}

/// The items of a list argument (any iterable but a `str`), each converted by `item`, which
/// names the one it refuses: `indicators[2]: expected a chiso.Indicator, got str 'iip'`.
fn each<T>(
    arg: &str,
    obj: Option<&Bound<'_, PyAny>>,
    item: impl Fn(&str, &Bound<'_, PyAny>) -> PyResult<T>,
) -> PyResult<Vec<T>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    let iterator = match obj.try_iter() {
        Ok(iterator) if !obj.is_instance_of::<PyString>() && !obj.is_instance_of::<PyDict>() => iterator,
        _ => return Err(wrong_type(arg, "a list", obj)),
    };
    iterator.enumerate().map(|(i, element)| item(&format!("{arg}[{i}]"), &element?)).collect()
}

/// The arguments of an observation as Python gives them, each `None` when absent: shared by
/// `Observation(...)` and `Report.with_observation(...)`.
#[derive(Default)]
struct ObservationFields<'a, 'py> {
    value: Option<&'a Bound<'py, PyAny>>,
    bound: Option<&'a Bound<'py, PyAny>>,
    last_digit: Option<&'a Bound<'py, PyAny>>,
    growth: Option<&'a Bound<'py, PyAny>>,
    growth_bound: Option<&'a Bound<'py, PyAny>>,
    growth_last_digit: Option<&'a Bound<'py, PyAny>>,
    status: Option<&'a Bound<'py, PyAny>>,
    as_of: Option<&'a Bound<'py, PyAny>>,
    quote: Option<&'a Bound<'py, PyAny>>,
    unit: Option<&'a Bound<'py, PyAny>>,
    source: Option<&'a Bound<'py, PyAny>>,
    lang: Option<&'a Bound<'py, PyAny>>,
    compared_with: Option<&'a Bound<'py, PyAny>>,
    annualised: Option<&'a Bound<'py, PyAny>>,
    plan_completion: Option<&'a Bound<'py, PyAny>>,
    plan_completion_bound: Option<&'a Bound<'py, PyAny>>,
}

/// An optional argument, `None` when absent or `None`.
fn given<'py>(obj: Option<&Bound<'py, PyAny>>) -> Option<Bound<'py, PyAny>> {
    obj.filter(|o| !o.is_none()).cloned()
}

impl ObservationFields<'_, '_> {
    /// Whether no part was given (or each was given as `None`).
    fn is_empty(&self) -> bool {
        let ObservationFields {
            value,
            bound,
            last_digit,
            growth,
            growth_bound,
            growth_last_digit,
            status,
            as_of,
            quote,
            unit,
            source,
            lang,
            compared_with,
            annualised,
            plan_completion,
            plan_completion_bound,
        } = self;
        [
            value,
            bound,
            last_digit,
            growth,
            growth_bound,
            growth_last_digit,
            status,
            as_of,
            quote,
            unit,
            source,
            lang,
            compared_with,
            annualised,
            plan_completion,
            plan_completion_bound,
        ]
        .into_iter()
        .all(|part| given(*part).is_none())
    }

    /// The observation of `indicator` in `period`. A `str` value or growth is read as the JSON
    /// format writes numbers, or with `lang` as a report in that language prints them.
    fn build(self, indicator: &Bound<'_, PyAny>, period: &Bound<'_, PyAny>) -> PyResult<Observation> {
        let lang = convert::optional_lang(self.lang)?;
        let period = convert::period("period", period)?;
        let mut observation = Observation::new(convert::text("indicator", indicator)?, period).py_err()?;
        let figure =
            |arg: &str, number, bound_arg: &str, bound, digit_arg: &str, digit| -> PyResult<Option<Reported>> {
                let (number, bound, digit): (Option<Bound<'_, PyAny>>, _, Option<Bound<'_, PyAny>>) =
                    (number, bound, digit);
                let Some(number) = number else {
                    return match (bound, digit) {
                        (Some(b), _) => {
                            let name = convert::text(bound_arg, &b)?;
                            Err(invalid("bound", name.as_ref(), format!("a bound needs the {arg} it qualifies")))
                        }
                        (None, Some(_)) => {
                            Err(crate::errors::bad_argument(digit_arg, format!("needs the {arg} it qualifies")))
                        }
                        (None, None) => Ok(None),
                    };
                };
                let bound = convert::bound(bound_arg, bound.as_ref(), chiso::Bound::default())?;
                let number = match lang {
                    Some(lang) => convert::value_in_words(&number, Some(lang))?,
                    None => convert::decimal(arg, &number)?,
                };
                let reported = Reported::new(number, bound);
                match digit {
                    Some(d) => {
                        Ok(Some(reported.with_last_digit(convert::whole(digit_arg, &d, i32::MIN, i32::MAX)?).py_err()?))
                    }
                    None => Ok(Some(reported)),
                }
            };
        let value =
            figure("value", given(self.value), "bound", given(self.bound), "last_digit", given(self.last_digit))?;
        if let Some(v) = value {
            observation = observation.with_value(v);
        }
        let growth = figure(
            "growth",
            given(self.growth),
            "growth_bound",
            given(self.growth_bound),
            "growth_last_digit",
            given(self.growth_last_digit),
        )?;
        if let Some(g) = growth {
            observation = observation.with_growth(g);
        }
        if let Some(c) = given(self.compared_with) {
            let comparison: chiso::Comparison = convert::text("compared_with", &c)?.parse().py_err()?;
            if observation.growth().is_none() {
                return Err(crate::errors::bad_argument("compared_with", "needs the growth it labels"));
            }
            observation = observation.with_growth_against(comparison).py_err()?;
        }
        if let Some(a) = given(self.annualised) {
            if convert::flag("annualised", &a)? {
                observation = observation.with_annualised_growth().py_err()?;
            }
        }
        let completion = figure(
            "plan_completion",
            given(self.plan_completion),
            "plan_completion_bound",
            given(self.plan_completion_bound),
            "plan_completion_last_digit",
            None,
        )?;
        if let Some(k) = completion {
            observation = observation.with_plan_completion(k);
        }
        if let Some(s) = given(self.status) {
            observation = observation.with_status(convert::status(&s)?);
        }
        if let Some(d) = given(self.as_of) {
            observation = observation.with_as_of(convert::date("as_of", &d)?);
        }
        if let Some(q) = convert::optional_text("quote", self.quote)? {
            observation = observation.with_quote(q);
        }
        if let Some(u) = given(self.unit) {
            observation = observation.with_unit(convert::unit_in_words(&u, lang)?.0);
        }
        if let Some(s) = given(self.source) {
            observation = observation.with_source(convert::source("source", &s)?);
        }
        Ok(observation)
    }
}

/// A source as Python sees it: `{'title': …, 'outlet': …, 'author': …, 'published': …}`.
fn source_dict<'py>(py: Python<'py>, source: &Source) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("title", &source.title)?;
    dict.set_item("outlet", &source.outlet)?;
    dict.set_item("author", &source.author)?;
    dict.set_item("published", source.published.map(|p| p.to_rfc3339()))?;
    Ok(dict)
}

/// A source as pickled: title, outlet, author and the publication time in RFC 3339.
type SourceArgs = (String, Option<String>, Option<String>, Option<String>);

fn source_args(source: &Source) -> SourceArgs {
    (source.title.clone(), source.outlet.clone(), source.author.clone(), source.published.map(|p| p.to_rfc3339()))
}

/// A source rebuilt from its pickled parts.
fn source_of((title, outlet, author, published): SourceArgs) -> PyResult<Source> {
    let published = published.map(|p| convert::published("published", &p)).transpose()?;
    Ok(Source { title, outlet, author, published })
}

/// Something a report measures: id, names, unit, measure, polarity and identity.
#[pyclass(module = "chiso", name = "Indicator", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyIndicator {
    pub(crate) inner: Indicator,
}

#[pymethods]
impl PyIndicator {
    /// The stable id.
    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    /// The Vietnamese name.
    #[getter]
    fn name_vi(&self) -> &str {
        &self.inner.name().vi
    }

    /// The English name.
    #[getter]
    fn name_en(&self) -> &str {
        &self.inner.name().en
    }

    /// The unit its levels are reported in.
    #[getter]
    fn unit(&self) -> String {
        self.inner.unit().to_string()
    }

    /// `flow`, `stock`, `rate` or `index`.
    #[getter]
    fn measure(&self) -> &'static str {
        self.inner.measure().name()
    }

    /// `higher_is_better` or `lower_is_better`.
    #[getter]
    fn polarity(&self) -> &'static str {
        self.inner.polarity().name()
    }

    /// The identity it obeys, as in the JSON format (`{'difference': ['exports', 'imports']}`),
    /// or `None`.
    #[getter]
    fn identity<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(identity) = self.inner.identity() else {
            return Ok(None);
        };
        let dict = PyDict::new(py);
        dict.set_item(identity.name(), identity.inputs())?;
        Ok(Some(dict))
    }

    /// The id of the indicator this one is the national total of (`exports` for
    /// `national_exports`), or `None`.
    #[getter]
    fn national_total_of(&self) -> Option<&str> {
        self.inner.national_total_of()
    }

    /// The values it can take at all, in its unit, as `(at_least, at_most)` with `None` for
    /// an open end (`(Decimal('0'), Decimal('100'))` for a share), or `None` when it has no
    /// natural range. A count is at least 0 unless it declares otherwise.
    #[getter]
    fn range(&self) -> Option<(Option<Decimal>, Option<Decimal>)> {
        self.inner.range().map(|r| (r.at_least(), r.at_most()))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<Indicator {}: {} ({})>", self.inner.id(), quoted(py, &self.inner.name().en)?, self.inner.unit()))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, IndicatorArgs> {
        let i = &slf.get().inner;
        let identity = i.identity().map(|d| (d.name(), d.inputs().into_iter().map(str::to_string).collect()));
        let args = (
            i.id().to_string(),
            i.name().vi.clone(),
            i.name().en.clone(),
            i.unit().to_string(),
            i.measure().name(),
            i.polarity().name(),
            identity,
            i.national_total_of().map(str::to_string),
            i.range().map_or((None, None), |r| (r.at_least(), r.at_most())),
        );
        Ok((slf.py().import("chiso._chiso")?.getattr("_indicator")?, args))
    }

    /// An indicator: its id, its names in Vietnamese and English, the unit its levels are
    /// reported in (as the JSON format writes it, `'billion kWh'`, or as a Vietnamese report
    /// prints it, `'tỷ kWh'`), what it measures (`flow`, `stock`, `rate` or `index`), which way
    /// is better (`higher_is_better` or `lower_is_better`), the identity it obeys as
    /// `Indicator.identity` gives it (`{'difference': ['exports', 'imports']}`), and the id of
    /// the indicator it is the national total of, and its natural range as `Indicator.range`
    /// gives it: `(at_least, at_most)` with `None` for an open end (`(0, 100)` for a share), or
    /// `None` for no range. Without `range`, a count is at least 0 and anything else has none.
    #[new]
    #[pyo3(signature = (
        id, name_vi, name_en, unit, *, measure, polarity, identity = None, national_total_of = None,
        range = RangeArgument::UnitDefault
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        id: &Bound<'_, PyAny>,
        name_vi: &Bound<'_, PyAny>,
        name_en: &Bound<'_, PyAny>,
        unit: &Bound<'_, PyAny>,
        measure: &Bound<'_, PyAny>,
        polarity: &Bound<'_, PyAny>,
        identity: Option<&Bound<'_, PyAny>>,
        national_total_of: Option<&Bound<'_, PyAny>>,
        range: RangeArgument,
    ) -> PyResult<Self> {
        let identity = identity.filter(|i| !i.is_none()).map(identity_parts).transpose()?;
        let range = match range {
            RangeArgument::UnitDefault => None,
            RangeArgument::Given(ends) => Some(ends.unwrap_or((None, None))),
        };
        indicator(
            convert::text("id", id)?.into_owned(),
            Names::new(convert::text("name_vi", name_vi)?, convert::text("name_en", name_en)?),
            convert::unit_in_words(unit, None)?.0,
            &convert::text("measure", measure)?,
            &convert::text("polarity", polarity)?,
            identity,
            convert::optional_text("national_total_of", national_total_of)?.map(Cow::into_owned),
            range,
        )
    }
}

/// `Indicator(range=...)`: left out (the unit's default range), or given as `Indicator.range`
/// gives it, where `None` is no range.
pub(crate) enum RangeArgument {
    UnitDefault,
    Given(Option<(Option<Decimal>, Option<Decimal>)>),
}

impl<'a, 'py> FromPyObject<'a, 'py> for RangeArgument {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<RangeArgument> {
        if obj.is_none() {
            return Ok(RangeArgument::Given(None));
        }
        Ok(RangeArgument::Given(Some(range_parts(&obj)?)))
    }
}

/// A natural range given as `Indicator.range` gives it: `(at_least, at_most)`, `None` for an
/// open end.
fn range_parts(obj: &Bound<'_, PyAny>) -> PyResult<(Option<Decimal>, Option<Decimal>)> {
    let expected = "a tuple (at_least, at_most) of numbers or None, such as (0, 100)";
    let tuple = obj.cast::<PyTuple>().map_err(|_| wrong_type("range", expected, obj))?;
    if tuple.len() != 2 {
        return Err(crate::errors::bad_argument("range", "has two ends: (at_least, at_most)"));
    }
    let end = |index: usize, name: &str| -> PyResult<Option<Decimal>> {
        let item = tuple.get_item(index)?;
        if item.is_none() {
            return Ok(None);
        }
        convert::decimal(&format!("range's {name}"), &item).map(Some)
    };
    Ok((end(0, "at_least")?, end(1, "at_most")?))
}

/// An identity given as `Indicator.identity` gives it: `{'difference': ['exports', 'imports']}`.
fn identity_parts(obj: &Bound<'_, PyAny>) -> PyResult<(String, Vec<String>)> {
    let expected = "a dict such as {'difference': ['exports', 'imports']} or {'sum': [...]} or {'share': [...]}";
    let dict = obj.cast::<PyDict>().map_err(|_| wrong_type("identity", expected, obj))?;
    let Some((name, inputs)) = dict.iter().next().filter(|_| dict.len() == 1) else {
        return Err(crate::errors::bad_argument("identity", "has exactly one key: difference, sum or share"));
    };
    let name = convert::text("identity", &name)?.into_owned();
    let inputs =
        each(&format!("identity['{name}']"), Some(&inputs), |arg, input| Ok(convert::text(arg, input)?.into_owned()))?;
    Ok((name, inputs))
}

/// What `Indicator.__reduce__` passes to `_indicator`: id, names, unit, measure, polarity,
/// the identity as its name and inputs, what it is the national total of, and its natural
/// range's ends (both `None` for no range).
type IndicatorArgs = (
    String,
    String,
    String,
    String,
    &'static str,
    &'static str,
    Option<(&'static str, Vec<String>)>,
    Option<String>,
    (Option<Decimal>, Option<Decimal>),
);

/// Rebuilds a pickled `Indicator`; without `range`, the unit's default range.
#[pyfunction]
#[pyo3(signature = (id, name_vi, name_en, unit, measure, polarity, identity, national_total_of = None, range = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _indicator(
    id: String,
    name_vi: String,
    name_en: String,
    unit: &Bound<'_, PyAny>,
    measure: &str,
    polarity: &str,
    identity: Option<(String, Vec<String>)>,
    national_total_of: Option<String>,
    range: Option<(Option<Decimal>, Option<Decimal>)>,
) -> PyResult<PyIndicator> {
    let unit = convert::unit("unit", unit)?;
    indicator(id, Names::new(name_vi, name_en), unit, measure, polarity, identity, national_total_of, range)
}

/// An indicator from its parts, measure, polarity and identity given by name; without a
/// range, the unit's default.
#[allow(clippy::too_many_arguments)]
fn indicator(
    id: String,
    names: Names,
    unit: chiso::Unit,
    measure: &str,
    polarity: &str,
    identity: Option<(String, Vec<String>)>,
    national_total_of: Option<String>,
    range: Option<(Option<Decimal>, Option<Decimal>)>,
) -> PyResult<PyIndicator> {
    let measure = [Measure::Flow, Measure::Stock, Measure::Rate, Measure::Index]
        .into_iter()
        .find(|m| m.name() == measure)
        .ok_or_else(|| invalid("measure", measure, "a measure is flow, stock, rate or index"))?;
    let polarity = [Polarity::HigherIsBetter, Polarity::LowerIsBetter]
        .into_iter()
        .find(|p| p.name() == polarity)
        .ok_or_else(|| invalid("polarity", polarity, "a polarity is higher_is_better or lower_is_better"))?;
    let indicator = Indicator::new(id, names, unit, measure, polarity).py_err()?;
    let inner = match identity {
        None => indicator,
        Some((name, inputs)) => {
            let identity = match (name.as_str(), &inputs[..]) {
                ("difference", [a, b]) => Identity::Difference(a.clone(), b.clone()),
                ("share", [a, b]) => Identity::Share(a.clone(), b.clone()),
                ("sum", _) => Identity::Sum(inputs),
                _ => return Err(invalid("identity", name, "an identity is a difference, sum or share")),
            };
            indicator.with_identity(identity).py_err()?
        }
    };
    let inner = match national_total_of {
        Some(of) => inner.with_national_total_of(of).py_err()?,
        None => inner,
    };
    let inner = match range {
        Some((at_least, at_most)) => inner.with_range(NaturalRange::new(at_least, at_most).py_err()?).py_err()?,
        None => inner,
    };
    Ok(PyIndicator { inner })
}

/// One figure a report gives for an indicator and a period: a level, a growth, or both.
#[pyclass(module = "chiso", name = "Observation", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyObservation {
    pub(crate) inner: Observation,
}

#[pymethods]
impl PyObservation {
    /// The indicator's id.
    #[getter]
    fn indicator(&self) -> &str {
        self.inner.indicator()
    }

    /// The period.
    #[getter]
    fn period(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.period() }
    }

    /// The level as printed, in the indicator's unit, or `None`.
    #[getter]
    fn value(&self) -> Option<Decimal> {
        self.inner.value().map(|r| r.value())
    }

    /// The level's bound, or `None` without a level.
    #[getter]
    fn bound(&self) -> Option<&'static str> {
        self.inner.value().map(|r| r.bound().name())
    }

    /// The growth in percent against the same period a year earlier, or `None`.
    #[getter]
    fn growth(&self) -> Option<Decimal> {
        self.inner.growth().map(|r| r.value())
    }

    /// The growth's bound, or `None` without a growth.
    #[getter]
    fn growth_bound(&self) -> Option<&'static str> {
        self.inner.growth().map(|r| r.bound().name())
    }

    /// The SDMX status code: `A`, `E`, `P` or `F`, or `None`.
    #[getter]
    fn status(&self) -> Option<&'static str> {
        self.inner.status().map(|s| s.code())
    }

    /// The date the figure was published, or `None`.
    #[getter]
    fn as_of(&self) -> Option<NaiveDate> {
        self.inner.as_of()
    }

    /// The quoted source phrase, or `None`.
    #[getter]
    fn quote(&self) -> Option<&str> {
        self.inner.quote()
    }

    /// The unit the value is printed in when it is not the indicator's
    /// (`'quadrillion VND'`), or `None`.
    #[getter]
    fn unit(&self) -> Option<String> {
        self.inner.unit().map(|u| u.to_string())
    }

    /// The publication the figure was read from when it is not its report's:
    /// `{'title': …, 'outlet': …, 'author': …, 'published': …}`, or `None`.
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner.source().map(|source| source_dict(py, source)).transpose()
    }

    fn __repr__(&self) -> String {
        let o = &self.inner;
        let mut parts = vec![o.indicator().to_string(), o.period().to_string()];
        if let Some(v) = o.value() {
            parts.push(format!("value {v}"));
        }
        if let Some(g) = o.growth() {
            let against = match (o.growth_against(), o.is_annualised()) {
                (chiso::Comparison::SamePeriod, _) => String::new(),
                (against, false) => format!(" ({against})"),
                (against, true) => format!(" ({against}, annualised)"),
            };
            parts.push(format!("growth {g}%{against}"));
        }
        if let Some(k) = o.plan_completion() {
            parts.push(format!("plan completion {k}%"));
        }
        if let Some(s) = o.status() {
            parts.push(format!("status {}", s.code()));
        }
        if let Some(d) = o.as_of() {
            parts.push(format!("as of {d}"));
        }
        format!("<Observation {}>", parts.join(", "))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, ObservationArgs> {
        let o = &slf.get().inner;
        let reported = |r: Option<&Reported>| r.map(|r| (r.value().to_string(), r.bound().name(), r.last_digit()));
        let args = (
            o.indicator().to_string(),
            o.period().to_string(),
            reported(o.value()),
            reported(o.growth()),
            o.status().map(|s| s.code()),
            o.as_of().map(|d| d.to_string()),
            o.quote().map(str::to_string),
            o.unit().map(|u| u.to_string()),
            o.source().map(source_args),
            o.growth_against().name(),
            o.is_annualised(),
            reported(o.plan_completion()),
        );
        Ok((slf.py().import("chiso._chiso")?.getattr("_observation")?, args))
    }

    /// One figure for `indicator` in `period`: a level (`value`, in the indicator's unit or in
    /// `unit`), a growth in percent (against the same period a year earlier, or with
    /// `compared_with="previous_period"` against the period before, `annualised=True` when
    /// compounded over a year), a share of the plan achieved (`plan_completion`, percent), or
    /// several (a report refuses an observation with none). `bound` and `growth_bound` say what each print
    /// promises (`as_printed` by default); `last_digit` and `growth_last_digit` the power of ten
    /// of the last printed digit, where it is not the value's last decimal. A `str` number is
    /// read as the JSON format writes numbers ("351640.5"), or with `lang="vi"` or `lang="en"`
    /// as a report in that language prints them ("351.640,5").
    #[new]
    #[pyo3(signature = (
        indicator, period, value = None, *, bound = None, last_digit = None, growth = None, growth_bound = None,
        growth_last_digit = None, status = None, as_of = None, quote = None, unit = None, source = None, lang = None,
        compared_with = None, annualised = None, plan_completion = None, plan_completion_bound = None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        indicator: &Bound<'_, PyAny>,
        period: &Bound<'_, PyAny>,
        value: Option<&Bound<'_, PyAny>>,
        bound: Option<&Bound<'_, PyAny>>,
        last_digit: Option<&Bound<'_, PyAny>>,
        growth: Option<&Bound<'_, PyAny>>,
        growth_bound: Option<&Bound<'_, PyAny>>,
        growth_last_digit: Option<&Bound<'_, PyAny>>,
        status: Option<&Bound<'_, PyAny>>,
        as_of: Option<&Bound<'_, PyAny>>,
        quote: Option<&Bound<'_, PyAny>>,
        unit: Option<&Bound<'_, PyAny>>,
        source: Option<&Bound<'_, PyAny>>,
        lang: Option<&Bound<'_, PyAny>>,
        compared_with: Option<&Bound<'_, PyAny>>,
        annualised: Option<&Bound<'_, PyAny>>,
        plan_completion: Option<&Bound<'_, PyAny>>,
        plan_completion_bound: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let fields = ObservationFields {
            value,
            bound,
            last_digit,
            growth,
            growth_bound,
            growth_last_digit,
            status,
            as_of,
            quote,
            unit,
            source,
            lang,
            compared_with,
            annualised,
            plan_completion,
            plan_completion_bound,
        };
        Ok(PyObservation { inner: fields.build(indicator, period)? })
    }

    /// The power of ten of the level's last printed digit (−2 for `16.94`), or `None` without
    /// a level.
    #[getter]
    fn last_digit(&self) -> Option<i32> {
        self.inner.value().map(Reported::last_digit)
    }

    /// The power of ten of the growth's last printed digit, or `None` without a growth.
    #[getter]
    fn growth_last_digit(&self) -> Option<i32> {
        self.inner.growth().map(Reported::last_digit)
    }

    /// What the growth is against: `same_period` (year on year, the default) or
    /// `previous_period`. Targets and consistency checks read only `same_period` growths.
    #[getter]
    fn compared_with(&self) -> &'static str {
        self.inner.growth_against().name()
    }

    /// Whether the growth is a previous-period growth compounded over a year.
    #[getter]
    fn annualised(&self) -> bool {
        self.inner.is_annualised()
    }

    /// The share of the plan achieved, in percent, or `None`.
    #[getter]
    fn plan_completion(&self) -> Option<Decimal> {
        self.inner.plan_completion().map(Reported::value)
    }

    /// The bound of the plan completion, or `None` without one.
    #[getter]
    fn plan_completion_bound(&self) -> Option<&'static str> {
        self.inner.plan_completion().map(|r| r.bound().name())
    }
}

/// A printed figure as pickled: its value, bound and last printed digit.
type ReportedArgs = (String, &'static str, i32);

/// What `Observation.__reduce__` passes to `_observation`: indicator, period, value, growth,
/// status, date, quote, printed unit, source, what the growth is against, whether it is
/// annualised, and the plan completion.
type ObservationArgs = (
    String,
    String,
    Option<ReportedArgs>,
    Option<ReportedArgs>,
    Option<&'static str>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<SourceArgs>,
    &'static str,
    bool,
    Option<ReportedArgs>,
);

/// A printed figure rebuilt from its pickled parts.
fn reported(parts: Option<(Bound<'_, PyAny>, Bound<'_, PyAny>, Bound<'_, PyAny>)>) -> PyResult<Option<Reported>> {
    parts
        .map(|(value, bound, last_digit)| {
            let bound = convert::bound("bound", Some(&bound), chiso::Bound::default())?;
            let digit = convert::whole("last_digit", &last_digit, i32::MIN, i32::MAX)?;
            Reported::new(convert::decimal("value", &value)?, bound).with_last_digit(digit).py_err()
        })
        .transpose()
}

/// Rebuilds a pickled `Observation`.
#[pyfunction]
#[pyo3(signature = (
    indicator, period, value, growth, status, as_of, quote, unit = None, source = None, compared_with = None,
    annualised = false, plan_completion = None
))]
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
pub(crate) fn _observation<'py>(
    indicator: String,
    period: &Bound<'py, PyAny>,
    value: Option<(Bound<'py, PyAny>, Bound<'py, PyAny>, Bound<'py, PyAny>)>,
    growth: Option<(Bound<'py, PyAny>, Bound<'py, PyAny>, Bound<'py, PyAny>)>,
    status: Option<&Bound<'py, PyAny>>,
    as_of: Option<&Bound<'py, PyAny>>,
    quote: Option<String>,
    unit: Option<&Bound<'py, PyAny>>,
    source: Option<SourceArgs>,
    compared_with: Option<String>,
    annualised: bool,
    plan_completion: Option<(Bound<'py, PyAny>, Bound<'py, PyAny>, Bound<'py, PyAny>)>,
) -> PyResult<PyObservation> {
    let mut inner = Observation::new(indicator, convert::period("period", period)?).py_err()?;
    if let Some(v) = reported(value)? {
        inner = inner.with_value(v);
    }
    if let Some(g) = reported(growth)? {
        inner = inner.with_growth(g);
    }
    if let Some(s) = status {
        inner = inner.with_status(convert::status(s)?);
    }
    if let Some(d) = as_of {
        inner = inner.with_as_of(convert::date("as_of", d)?);
    }
    if let Some(q) = quote {
        inner = inner.with_quote(q);
    }
    if let Some(u) = unit {
        inner = inner.with_unit(convert::unit("unit", u)?);
    }
    if let Some(s) = source {
        inner = inner.with_source(source_of(s)?);
    }
    if let Some(c) = compared_with {
        inner = inner.with_growth_against(c.parse().py_err()?).py_err()?;
    }
    if annualised {
        inner = inner.with_annualised_growth().py_err()?;
    }
    if let Some(k) = reported(plan_completion)? {
        inner = inner.with_plan_completion(k);
    }
    Ok(PyObservation { inner })
}

/// Two ways of getting one figure that cannot both be right, whatever the printed rounding.
#[pyclass(module = "chiso", name = "Finding", frozen, eq)]
#[derive(Clone)]
pub struct PyFinding {
    pub(crate) inner: Finding,
    /// The report checked, and where in its findings this one is.
    origin: Origin,
    index: usize,
}

impl PartialEq for PyFinding {
    fn eq(&self, other: &PyFinding) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyFinding {
    /// `growth`, `identity`, `out_of_range` or `not_whole`: which relation or sanity rule
    /// is broken.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().name()
    }

    /// The finding as a sentence in `lang` (`"vi"` or `"en"`); `str()` is English.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn message_in(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.message_in(convert::lang(lang, chiso::Lang::En)?))
    }

    /// The ids of the indicators involved, the checked one first.
    #[getter]
    fn indicators(&self) -> Vec<String> {
        self.inner.indicators().to_vec()
    }

    /// The period of the checked figure.
    #[getter]
    fn period(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.period() }
    }

    /// The figure as reported, with its printed interval.
    #[getter]
    fn reported(&self) -> PyEstimate {
        PyEstimate::of(self.inner.reported())
    }

    /// The same figure as the other figures imply it.
    #[getter]
    fn implied(&self) -> PyEstimate {
        PyEstimate::of(self.inner.implied())
    }

    /// The distance between the two intervals, in the figure's unit (percentage points for
    /// a growth or a percentage).
    #[getter]
    fn gap(&self) -> Decimal {
        self.inner.gap()
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<Finding {}: {}>", self.kind(), quoted(py, &self.inner.to_string())?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, usize)> {
        let f = slf.get();
        Ok((slf.py().import("chiso._chiso")?.getattr("_finding")?, (PyReport { inner: f.origin.clone() }, f.index)))
    }
}

/// Rebuilds a pickled `Finding`: the report's finding at `index`, found again.
#[pyfunction]
pub(crate) fn _finding(report: PyRef<'_, PyReport>, index: usize) -> PyResult<PyFinding> {
    let inner = report.inner.check().into_iter().nth(index);
    let inner = inner.ok_or_else(|| invalid("finding", index.to_string(), "the report has no finding there"))?;
    Ok(PyFinding { inner, origin: report.inner.clone(), index })
}

/// A relation between a report's figures that could not be checked, and why.
#[pyclass(module = "chiso", name = "UncheckedRelation", frozen, eq)]
#[derive(Clone)]
pub struct PyUncheckedRelation {
    pub(crate) inner: UncheckedRelation,
    /// The report checked, and where in its unchecked relations this one is.
    origin: Origin,
    index: usize,
}

impl PartialEq for PyUncheckedRelation {
    fn eq(&self, other: &PyUncheckedRelation) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyUncheckedRelation {
    /// `growth` or `identity`: which relation it is.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().name()
    }

    /// The ids of the indicators involved, the checked one first.
    #[getter]
    fn indicators(&self) -> Vec<String> {
        self.inner.indicators().to_vec()
    }

    /// The period of the figure that was to be checked.
    #[getter]
    fn period(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.period() }
    }

    /// Why it could not be checked.
    #[getter]
    fn reason(&self) -> &str {
        self.inner.reason()
    }

    /// The relation and why it was not checked, as a sentence in `lang` (`"vi"` or `"en"`);
    /// the error's own words stay English. `str()` is English.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn message_in(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.message_in(convert::lang(lang, chiso::Lang::En)?))
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<UncheckedRelation {}: {}>", self.kind(), quoted(py, &self.inner.to_string())?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, usize)> {
        let u = slf.get();
        let args = (PyReport { inner: u.origin.clone() }, u.index);
        Ok((slf.py().import("chiso._chiso")?.getattr("_unchecked_relation")?, args))
    }
}

/// Rebuilds a pickled `UncheckedRelation`: the report's unchecked relation at `index`, found again.
#[pyfunction]
pub(crate) fn _unchecked_relation(report: PyRef<'_, PyReport>, index: usize) -> PyResult<PyUncheckedRelation> {
    let inner = report.inner.consistency().unchecked().get(index).cloned();
    let inner = inner.ok_or_else(|| invalid("unchecked relation", index.to_string(), "the report has none there"))?;
    Ok(PyUncheckedRelation { inner, origin: report.inner.clone(), index })
}

/// A scorecard target whose check failed (a figure beyond a decimal's range), and why.
#[pyclass(module = "chiso", name = "TargetFailure", frozen, eq)]
#[derive(Clone)]
pub struct PyTargetFailure {
    pub(crate) inner: TargetFailure,
    /// The report scored, and where in its indicator's row's failures this one is.
    origin: Origin,
    index: usize,
}

impl PartialEq for PyTargetFailure {
    fn eq(&self, other: &PyTargetFailure) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyTargetFailure {
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

    /// The target as the scorecard writes it: `growth at least 9.7%`.
    #[getter]
    fn target(&self) -> &str {
        self.inner.target()
    }

    /// The target in `lang` (`"vi"` or `"en"`), with its indicator's unit: `tăng ít nhất
    /// 9,7%`, `level at least 99.99%`.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn target_in(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let lang = convert::lang(lang, chiso::Lang::En)?;
        let indicator = self.origin.indicator(self.inner.indicator()).ok_or_else(|| {
            invalid("target failure", self.inner.indicator().to_string(), "its report has no such indicator")
        })?;
        Ok(self.inner.spec().describe(indicator.unit(), lang))
    }

    /// The error's kind, as `ChisoError.kind`: `overflow`, …
    #[getter]
    fn error_kind(&self) -> &'static str {
        self.inner.error().kind()
    }

    /// The error's message.
    #[getter]
    fn message(&self) -> String {
        self.inner.error().to_string()
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<TargetFailure {}>", quoted(py, &self.inner.to_string())?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, String, usize)> {
        let f = slf.get();
        let args = (PyReport { inner: f.origin.clone() }, f.inner.indicator().to_string(), f.index);
        Ok((slf.py().import("chiso._chiso")?.getattr("_target_failure")?, args))
    }
}

/// Rebuilds a pickled `TargetFailure`: the failure at `index` on the row of `indicator` of the
/// report's scorecard, scored again.
#[pyfunction]
pub(crate) fn _target_failure(report: PyRef<'_, PyReport>, indicator: &str, index: usize) -> PyResult<PyTargetFailure> {
    let scorecard = report.inner.scorecard().py_err()?;
    let failure = scorecard.row(indicator).and_then(|row| row.failures().get(index)).cloned();
    let inner =
        failure.ok_or_else(|| invalid("target failure", index.to_string(), "the scorecard row has none there"))?;
    Ok(PyTargetFailure { inner, origin: report.inner.clone(), index })
}

/// A report's scorecard: one row per indicator with its latest figures and the verdicts on
/// its targets.
#[pyclass(module = "chiso", name = "Scorecard", frozen, eq)]
#[derive(Clone)]
pub struct PyScorecard {
    pub(crate) inner: Scorecard,
    origin: Origin,
}

impl PartialEq for PyScorecard {
    fn eq(&self, other: &PyScorecard) -> bool {
        self.inner == other.inner
    }
}

fn line_dict<'py>(py: Python<'py>, line: ScorecardLine) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (column, cell) in ScorecardLine::COLUMNS.iter().zip(line.cells()) {
        match cell {
            Cell::Text(text) => dict.set_item(column, text)?,
            Cell::Number(number) => dict.set_item(column, number)?,
            Cell::Empty => dict.set_item(column, py.None())?,
        }
    }
    Ok(dict)
}

#[pymethods]
impl PyScorecard {
    /// The names of the fields of each of `lines()`, in order: the columns of `to_pandas()`.
    #[classattr]
    #[allow(non_snake_case)]
    fn COLUMNS() -> Vec<&'static str> {
        ScorecardLine::COLUMNS.to_vec()
    }

    /// The rows, in the report's order of indicators.
    #[getter]
    fn rows(&self) -> Vec<PyScorecardRow> {
        self.inner.rows().iter().map(|r| PyScorecardRow { inner: r.clone(), origin: self.origin.clone() }).collect()
    }

    /// The row of one indicator, or `None`.
    fn row(&self, indicator: &Bound<'_, PyAny>) -> PyResult<Option<PyScorecardRow>> {
        let row = self.inner.row(&convert::text("indicator", indicator)?);
        Ok(row.map(|r| PyScorecardRow { inner: r.clone(), origin: self.origin.clone() }))
    }

    /// Flat records, one per target (or per indicator without a target), as dicts with
    /// `decimal.Decimal` values: what a table or a data frame wants.
    fn lines<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner.lines().into_iter().map(|line| line_dict(py, line)).collect()
    }

    /// The flat records as a pandas DataFrame of Arrow-backed columns: text as strings, figures
    /// as exact Arrow decimals (`decimal128(38, s)`, `s` the most places in the column;
    /// `decimal256` for a column needing more than 38 digits). `value`, `implied_previous*` and
    /// `required*` are in the row's `unit`, `growth` in percent, `gap_pp` in percentage points.
    /// A column has one scale, so a printed `10` reads `10.00` beside `16.94`: each figure's
    /// printed digits stay in `rows` (its `Quantity`). `decimals=n` gives a copy rounded to `n`
    /// places for display: the implied previous year's interval outward (`implied_previous_low`
    /// down, `implied_previous_high` up), every other figure to the nearest, ties to even.
    #[pyo3(signature = (decimals = None), text_signature = "($self, decimals=None)")]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, decimals: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
        display_with(slf.as_any(), "scorecard_to_pandas", decimals)
    }

    /// The flat records as a polars DataFrame: text as strings, figures as exact
    /// `pl.Decimal`; `decimals=n` gives a copy rounded to `n` places for display, as
    /// `to_pandas` rounds it.
    #[pyo3(signature = (decimals = None), text_signature = "($self, decimals=None)")]
    fn to_polars<'py>(slf: &Bound<'py, Self>, decimals: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
        display_with(slf.as_any(), "scorecard_to_polars", decimals)
    }

    /// The scorecard as an HTML table in `lang` (`chiso.options.lang` when not given).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang=None)")]
    fn to_html(slf: &Bound<'_, Self>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        display_with(slf.as_any(), "scorecard_html", lang)?.extract()
    }

    /// A matplotlib figure, a bullet chart: one row per target with its required band and the
    /// actual with its interval, coloured by verdict, every word in `lang` (`chiso.options.lang`
    /// when not given).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang=None)")]
    fn plot<'py>(slf: &Bound<'py, Self>, lang: Option<&Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
        display_with(slf.as_any(), "scorecard_plot", lang)
    }

    fn __len__(&self) -> usize {
        self.inner.rows().len()
    }

    fn __repr__(&self) -> String {
        let lines = self.inner.lines();
        let pending = lines.iter().filter(|l| l.verdict.as_deref() == Some("pending")).count();
        let failed = lines.iter().filter(|l| l.error.is_some()).count();
        let targets = lines.iter().filter(|l| l.target.is_some()).count();
        let failed = if failed > 0 { format!(", {failed} failed") } else { String::new() };
        let (indicators, targets) = (counted(self.inner.rows().len(), "indicator"), counted(targets, "target"));
        format!("<Scorecard: {indicators}, {targets} ({pending} pending{failed})>")
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        display(slf.as_any(), "scorecard_html")?.extract()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport,)> {
        let scorecard = slf.py().get_type::<PyReport>().getattr("scorecard")?;
        Ok((scorecard, (PyReport { inner: slf.get().origin.clone() },)))
    }
}

/// One indicator on a scorecard.
#[pyclass(module = "chiso", name = "ScorecardRow", frozen, eq)]
#[derive(Clone)]
pub struct PyScorecardRow {
    pub(crate) inner: ScorecardRow,
    origin: Origin,
}

impl PartialEq for PyScorecardRow {
    fn eq(&self, other: &PyScorecardRow) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyScorecardRow {
    /// The indicator.
    #[getter]
    fn indicator(&self) -> PyIndicator {
        PyIndicator { inner: self.inner.indicator().clone() }
    }

    /// The latest period with a figure, or `None`.
    #[getter]
    fn period(&self) -> Option<PyPeriod> {
        self.inner.period().map(|inner| PyPeriod { inner })
    }

    /// The latest level, in the indicator's unit, or `None`.
    #[getter]
    fn value(&self) -> Option<PyQuantity> {
        self.inner.value().map(|q| PyQuantity { inner: q.clone() })
    }

    /// The latest growth against the same period a year earlier, as a quantity in percent.
    #[getter]
    fn growth(&self) -> Option<PyQuantity> {
        self.inner.growth().map(|g| PyQuantity { inner: chiso::Quantity::from_reported(*g, chiso::Unit::percent()) })
    }

    /// The status code of the latest vintage, or `None`.
    #[getter]
    fn status(&self) -> Option<&'static str> {
        self.inner.status().map(|s| s.code())
    }

    /// The previous year's level that the value and its growth imply, or `None`.
    #[getter]
    fn implied_previous(&self) -> Option<PyEstimate> {
        self.inner.implied_previous().map(PyEstimate::of)
    }

    /// Why a row with a value and a growth has no implied previous-year level, or `None`.
    #[getter]
    fn implied_previous_error(&self) -> Option<String> {
        self.inner.implied_previous_error().map(|e| e.to_string())
    }

    /// The verdicts on the indicator's targets, but for those whose check failed.
    #[getter]
    fn assessments(&self) -> Vec<PyAssessment> {
        // The row holds the verdicts on the targets of its indicator, in the report's order.
        let id = self.inner.indicator().id();
        let targets = self.origin.targets().iter().filter(|t| t.indicator() == id);
        let assessments = self.inner.assessments().iter().zip(targets);
        assessments.map(|(a, target)| PyAssessment::of(a.clone(), &self.origin, target)).collect()
    }

    /// The indicator's targets whose check failed, each with its error.
    #[getter]
    fn failures(&self) -> Vec<PyTargetFailure> {
        let failures = self.inner.failures().iter().cloned().enumerate();
        failures.map(|(index, inner)| PyTargetFailure { inner, origin: self.origin.clone(), index }).collect()
    }

    fn __repr__(&self) -> String {
        let period = self.inner.period().map_or_else(|| "no figure".to_string(), |p| p.to_string());
        format!("<ScorecardRow {} {period}: {} targets>", self.inner.indicator().id(), self.inner.assessments().len())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, String)> {
        let r = slf.get();
        let args = (PyReport { inner: r.origin.clone() }, r.inner.indicator().id().to_string());
        Ok((slf.py().import("chiso._chiso")?.getattr("_scorecard_row")?, args))
    }
}

/// Rebuilds a pickled `ScorecardRow`: the row of `indicator` on the report's scorecard.
#[pyfunction]
pub(crate) fn _scorecard_row(report: PyRef<'_, PyReport>, indicator: &str) -> PyResult<PyScorecardRow> {
    let scorecard = report.inner.scorecard().py_err()?;
    let row = scorecard.row(indicator).cloned();
    let inner = row.ok_or_else(|| invalid("scorecard row", indicator, "the report's scorecard has no such row"))?;
    Ok(PyScorecardRow { inner, origin: report.inner.clone() })
}

/// Bình Dương's Department of Industry and Trade: 2024 results and 2025 targets, embedded.
#[pyfunction]
pub(crate) fn binh_duong_2024() -> PyReport {
    PyReport::of(chiso::datasets::binh_duong_2024())
}

/// The embedded Bình Dương document as shipped.
#[pyfunction]
pub(crate) fn binh_duong_2024_json() -> &'static str {
    chiso::datasets::binh_duong_2024_json()
}
