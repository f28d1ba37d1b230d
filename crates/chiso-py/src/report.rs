//! Reports and what they hold: indicators, observations, findings, scorecards.

use std::path::PathBuf;

use chiso::{
    Cell, Finding, Indicator, Observation, Report, Scorecard, ScorecardLine, ScorecardRow, TargetFailure,
    UncheckedRelation,
};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rust_decimal::Decimal;

use crate::convert;
use crate::errors::{invalid, IntoPy};
use crate::target::{PyAssessment, PyTarget};
use crate::values::{quoted, PyEstimate, PyPeriod, PyQuantity, Reduced};

/// Calls a display helper of the pure-Python `chiso._display` module on `obj`: the HTML and
/// the charts are written in Python, beside the package.
pub(crate) fn display<'py>(obj: &Bound<'py, PyAny>, helper: &str) -> PyResult<Bound<'py, PyAny>> {
    obj.py().import("chiso._display")?.getattr(helper)?.call1((obj,))
}

/// A report: metadata, indicators, observations and targets. Immutable: `with_observation`
/// and `with_target` return a new report.
#[pyclass(module = "chiso", name = "Report", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyReport {
    pub(crate) inner: Report,
}

fn names<'py>(py: Python<'py>, names: &chiso::Names) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("vi", &names.vi)?;
    dict.set_item("en", &names.en)?;
    Ok(dict)
}

#[pymethods]
impl PyReport {
    /// Reads a `chiso.report/1` document.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<PyReport> {
        Ok(PyReport { inner: Report::from_json(text).py_err()? })
    }

    /// Reads a `chiso.report/1` document from a file.
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<PyReport> {
        let text = std::fs::read_to_string(&path)?;
        PyReport::from_json(&text)
    }

    /// The report as a `chiso.report/1` document; loading it again gives an equal report.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// Writes the report as a `chiso.report/1` document.
    fn save(&self, path: PathBuf) -> PyResult<()> {
        Ok(std::fs::write(path, self.inner.to_json() + "\n")?)
    }

    /// The region: `{'id': 'VN-57', 'name': {'vi': …, 'en': …}}`.
    #[getter]
    fn region<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("id", &self.inner.region().id)?;
        dict.set_item("name", names(py, &self.inner.region().name)?)?;
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
        let Some(source) = self.inner.source() else {
            return Ok(None);
        };
        let dict = PyDict::new(py);
        dict.set_item("title", &source.title)?;
        dict.set_item("outlet", &source.outlet)?;
        dict.set_item("author", &source.author)?;
        dict.set_item("published", source.published.map(|p| p.to_rfc3339()))?;
        Ok(Some(dict))
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
    fn indicator(&self, id: &str) -> Option<PyIndicator> {
        self.inner.indicator(id).map(|i| PyIndicator { inner: i.clone() })
    }

    /// The latest reported level of an indicator in a period, in the indicator's unit.
    fn level(&self, indicator: &str, period: &Bound<'_, PyAny>) -> PyResult<Option<PyQuantity>> {
        let period = convert::period("period", period)?;
        Ok(self.inner.level(indicator, period).map(|inner| PyQuantity { inner }))
    }

    /// Where the report's own figures disagree beyond what their printed bounds explain. An
    /// empty list does not say every figure agrees: see `unchecked()`.
    fn check(&self) -> Vec<PyFinding> {
        self.inner.check().into_iter().map(|inner| PyFinding { inner }).collect()
    }

    /// The relations between figures that could not be checked (a zero base, a zero whole,
    /// units that do not combine, an overflow), each with why: neither agreements nor findings.
    fn unchecked(&self) -> Vec<PyUncheckedRelation> {
        self.inner.consistency().unchecked().iter().map(|u| PyUncheckedRelation { inner: u.clone() }).collect()
    }

    /// Per indicator, its latest figures, the previous-year value they imply and the verdict
    /// on each of its targets.
    fn scorecard(&self) -> PyResult<PyScorecard> {
        Ok(PyScorecard { inner: self.inner.scorecard().py_err()? })
    }

    /// Checks one target against this report.
    fn assess(&self, target: &Bound<'_, PyTarget>) -> PyResult<PyAssessment> {
        Ok(PyAssessment { inner: self.inner.assess(&target.get().inner).py_err()? })
    }

    /// Checks every target of the report, in order.
    fn assess_all(&self) -> PyResult<Vec<PyAssessment>> {
        Ok(self.inner.assess_all().py_err()?.into_iter().map(|inner| PyAssessment { inner }).collect())
    }

    /// A new report with one more observation: a level (`value`, in the indicator's unit),
    /// a growth in percent against the same period a year earlier, or both.
    /// A `str` value or growth is read as the JSON format writes numbers ("351640.5"), or, with
    /// `lang="vi"` or `lang="en"`, as a report in that language prints them ("351.640,5").
    #[pyo3(signature = (indicator, period, value = None, growth = None, bound = None, growth_bound = None, status = None, as_of = None, quote = None, *, lang = None))]
    #[allow(clippy::too_many_arguments)]
    fn with_observation(
        &self,
        indicator: &str,
        period: &Bound<'_, PyAny>,
        value: Option<&Bound<'_, PyAny>>,
        growth: Option<&Bound<'_, PyAny>>,
        bound: Option<&str>,
        growth_bound: Option<&str>,
        status: Option<&str>,
        as_of: Option<&Bound<'_, PyAny>>,
        quote: Option<String>,
        lang: Option<&str>,
    ) -> PyResult<PyReport> {
        let lang = lang.map(convert::lang).transpose()?;
        let period = convert::period("period", period)?;
        let mut observation = Observation::new(indicator, period).py_err()?;
        let figure =
            |arg: &str, number: Option<&Bound<'_, PyAny>>, bound: Option<&str>| -> PyResult<Option<chiso::Reported>> {
                match (number.filter(|n| !n.is_none()), bound) {
                    (Some(n), b) => {
                        let b = b.map(convert::bound).transpose()?.unwrap_or_default();
                        let number = match lang {
                            Some(lang) => convert::value_in_words(n, Some(lang))?,
                            None => convert::decimal(arg, n)?,
                        };
                        Ok(Some(chiso::Reported::new(number, b)))
                    }
                    (None, Some(b)) => Err(invalid("bound", b, format!("a bound needs the {arg} it qualifies"))),
                    (None, None) => Ok(None),
                }
            };
        if let Some(v) = figure("value", value, bound)? {
            observation = observation.with_value(v);
        }
        if let Some(g) = figure("growth", growth, growth_bound)? {
            observation = observation.with_growth(g);
        }
        if let Some(s) = status {
            observation = observation.with_status(convert::status(s)?);
        }
        if let Some(d) = as_of.filter(|d| !d.is_none()) {
            observation = observation.with_as_of(convert::date("as_of", d)?);
        }
        if let Some(q) = quote {
            observation = observation.with_quote(q);
        }
        Ok(PyReport { inner: self.inner.clone().with_observation(observation).py_err()? })
    }

    /// A new report with one more target.
    fn with_target(&self, target: &Bound<'_, PyTarget>) -> PyResult<PyReport> {
        Ok(PyReport { inner: self.inner.clone().with_target(target.get().inner.clone()).py_err()? })
    }

    fn __repr__(&self) -> String {
        format!(
            "<Report {} {}: {} indicators, {} observations, {} targets>",
            self.inner.region().id,
            self.inner.region().name.en,
            self.inner.indicators().len(),
            self.inner.observations().len(),
            self.inner.targets().len()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        let from_json = slf.py().get_type::<PyReport>().getattr("from_json")?;
        Ok((from_json, (slf.get().inner.to_json(),)))
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        display(slf.as_any(), "report_html")?.extract()
    }
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

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<Indicator {}: {} ({})>", self.inner.id(), quoted(py, &self.inner.name().en)?, self.inner.unit()))
    }
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

    fn __repr__(&self) -> String {
        let o = &self.inner;
        let mut parts = vec![o.indicator().to_string(), o.period().to_string()];
        if let Some(v) = o.value() {
            parts.push(format!("value {v}"));
        }
        if let Some(g) = o.growth() {
            parts.push(format!("growth {g}%"));
        }
        if let Some(s) = o.status() {
            parts.push(format!("status {}", s.code()));
        }
        if let Some(d) = o.as_of() {
            parts.push(format!("as of {d}"));
        }
        format!("<Observation {}>", parts.join(", "))
    }
}

/// Two ways of getting one figure that cannot both be right, whatever the printed rounding.
#[pyclass(module = "chiso", name = "Finding", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyFinding {
    pub(crate) inner: Finding,
}

#[pymethods]
impl PyFinding {
    /// `growth` or `identity`: which relation is broken.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().name()
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

    /// The distance between the two intervals, in the figure's unit.
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
}

/// A relation between a report's figures that could not be checked, and why.
#[pyclass(module = "chiso", name = "UncheckedRelation", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyUncheckedRelation {
    pub(crate) inner: UncheckedRelation,
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

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<UncheckedRelation {}: {}>", self.kind(), quoted(py, &self.inner.to_string())?))
    }
}

/// A scorecard target whose check failed (a figure beyond a decimal's range), and why.
#[pyclass(module = "chiso", name = "TargetFailure", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyTargetFailure {
    pub(crate) inner: TargetFailure,
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
}

/// A report's scorecard: one row per indicator with its latest figures and the verdicts on
/// its targets.
#[pyclass(module = "chiso", name = "Scorecard", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyScorecard {
    pub(crate) inner: Scorecard,
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
        self.inner.rows().iter().map(|r| PyScorecardRow { inner: r.clone() }).collect()
    }

    /// The row of one indicator, or `None`.
    fn row(&self, indicator: &str) -> Option<PyScorecardRow> {
        self.inner.row(indicator).map(|r| PyScorecardRow { inner: r.clone() })
    }

    /// Flat records, one per target (or per indicator without a target), as dicts with
    /// `decimal.Decimal` values: what a table or a data frame wants.
    fn lines<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner.lines().into_iter().map(|line| line_dict(py, line)).collect()
    }

    /// The flat records as a pandas DataFrame, with `Decimal` values (object dtype).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        display(slf.as_any(), "scorecard_to_pandas")
    }

    /// A matplotlib figure: each target's range against the actual and its interval.
    #[pyo3(signature = (lang = "en"))]
    fn plot<'py>(slf: &Bound<'py, Self>, lang: &str) -> PyResult<Bound<'py, PyAny>> {
        convert::lang(lang)?;
        slf.py().import("chiso._display")?.getattr("scorecard_plot")?.call1((slf, lang))
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
        format!("<Scorecard: {} indicators, {targets} targets ({pending} pending{failed})>", self.inner.rows().len())
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        display(slf.as_any(), "scorecard_html")?.extract()
    }
}

/// One indicator on a scorecard.
#[pyclass(module = "chiso", name = "ScorecardRow", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyScorecardRow {
    pub(crate) inner: ScorecardRow,
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
        self.inner.assessments().iter().map(|a| PyAssessment { inner: a.clone() }).collect()
    }

    /// The indicator's targets whose check failed, each with its error.
    #[getter]
    fn failures(&self) -> Vec<PyTargetFailure> {
        self.inner.failures().iter().map(|f| PyTargetFailure { inner: f.clone() }).collect()
    }

    fn __repr__(&self) -> String {
        let period = self.inner.period().map_or_else(|| "no figure".to_string(), |p| p.to_string());
        format!("<ScorecardRow {} {period}: {} targets>", self.inner.indicator().id(), self.inner.assessments().len())
    }
}

/// Bình Dương's Department of Industry and Trade: 2024 results and 2025 targets, embedded.
#[pyfunction]
pub(crate) fn binh_duong_2024() -> PyReport {
    PyReport { inner: chiso::datasets::binh_duong_2024() }
}

/// The embedded Bình Dương document as shipped.
#[pyfunction]
pub(crate) fn binh_duong_2024_json() -> &'static str {
    chiso::datasets::binh_duong_2024_json()
}
