//! `Report.revisions()`: the revisions of a report's figures, converted from the core's
//! `Revisions`.

use chiso::{ReasonField, Revision, Revisions, Vintage};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rust_decimal::Decimal;

use crate::convert;
use crate::errors::{invalid, IntoPy};
use crate::report::{counted, display, display_with, Origin, PyReport};
use crate::values::{PyEstimate, PyPeriod, PyQuantity, Reduced};

/// The revision at `index` of the report's revisions, computed again.
fn revision_of(report: &Origin, index: usize) -> PyResult<Revision> {
    let revisions = report.revisions().py_err()?;
    let revision = revisions.rows().get(index).cloned();
    revision.ok_or_else(|| invalid("revision", index.to_string(), "the report has no revision there"))
}

/// Rebuilds a pickled `Revision`: the one at `index` of the report's revisions.
#[pyfunction]
pub(crate) fn _revision(report: PyRef<'_, PyReport>, index: usize) -> PyResult<PyRevision> {
    Ok(PyRevision { inner: revision_of(&report.inner, index)?, origin: report.inner.clone(), index })
}

/// Rebuilds a pickled `Vintage`: the earlier or later vintage of the revision at `index`.
#[pyfunction]
pub(crate) fn _vintage(report: PyRef<'_, PyReport>, index: usize, later: bool) -> PyResult<PyVintage> {
    let revision = revision_of(&report.inner, index)?;
    let inner = if later { revision.later() } else { revision.earlier() }.clone();
    Ok(PyVintage { inner, origin: report.inner.clone(), index, later })
}

/// A dict of `fields`: text as `str`, numbers as `Decimal`, flags as `bool`, nothing as `None`.
fn fields_dict<'py>(py: Python<'py>, fields: Vec<(&'static str, ReasonField)>) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    set_fields(&dict, fields)?;
    Ok(dict)
}

/// Sets `fields` in `dict`, as [`fields_dict`] converts them.
pub(crate) fn set_fields(dict: &Bound<'_, PyDict>, fields: Vec<(&'static str, ReasonField)>) -> PyResult<()> {
    let py = dict.py();
    for (name, field) in fields {
        match field {
            ReasonField::Text(text) => dict.set_item(name, text)?,
            ReasonField::Number(number) => dict.set_item(name, number)?,
            ReasonField::Flag(flag) => dict.set_item(name, flag)?,
            ReasonField::Texts(texts) => dict.set_item(name, texts)?,
            _ => dict.set_item(name, py.None())?,
        }
    }
    Ok(())
}

/// Every revision of a report's figures: for each indicator and period with two or more
/// vintages, each consecutive pair in vintage order (by `as_of`, undated first, ties in the
/// order given).
#[pyclass(module = "chiso", name = "Revisions", frozen, eq)]
#[derive(Clone)]
pub struct PyRevisions {
    pub(crate) inner: Revisions,
    pub(crate) origin: Origin,
}

impl PartialEq for PyRevisions {
    fn eq(&self, other: &PyRevisions) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyRevisions {
    /// The names of the fields of each of `lines()`, in order: the columns of `to_pandas()`.
    #[classattr]
    #[allow(non_snake_case)]
    fn COLUMNS() -> Vec<&'static str> {
        Revision::COLUMNS.to_vec()
    }

    /// The revisions, figure by figure, each figure's in vintage order.
    #[getter]
    fn rows(&self) -> Vec<PyRevision> {
        let rows = self.inner.iter().enumerate();
        rows.map(|(index, r)| PyRevision { inner: r.clone(), origin: self.origin.clone(), index }).collect()
    }

    /// Flat records, one per revision, as dicts with `decimal.Decimal` values.
    fn lines<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner.iter().map(|r| fields_dict(py, r.fields())).collect()
    }

    /// The flat records as a pandas DataFrame of Arrow-backed columns: text as strings, flags
    /// as booleans, figures as exact Arrow decimals.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        display(slf.as_any(), "revisions_to_pandas")
    }

    /// One sentence per revision, each on its line, in `lang` (`"vi"` or `"en"`).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn render(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.render(convert::lang(lang, chiso::Lang::En)?))
    }

    /// The revisions as an HTML table in `lang` (`chiso.options.lang` when not given).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang=None)")]
    fn to_html(slf: &Bound<'_, Self>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        display_with(slf.as_any(), "revisions_html", lang)?.extract()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __iter__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let rows = slf.get().rows().into_pyobject(slf.py())?;
        rows.try_iter().map(|i| i.into_any())
    }

    fn __str__(&self) -> String {
        self.inner.render(chiso::Lang::En)
    }

    fn __repr__(&self) -> String {
        let changing = self.inner.iter().filter(|r| r.changes_a_verdict()).count();
        format!("<Revisions: {}, {changing} changing a verdict>", counted(self.inner.len(), "revision"))
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        display(slf.as_any(), "revisions_html")?.extract()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport,)> {
        let revisions = slf.py().get_type::<PyReport>().getattr("revisions")?;
        Ok((revisions, (PyReport { inner: slf.get().origin.clone() },)))
    }
}

/// One vintage of a figure: what one observation said.
#[pyclass(module = "chiso", name = "Vintage", frozen, eq)]
#[derive(Clone)]
pub struct PyVintage {
    inner: Vintage,
    origin: Origin,
    index: usize,
    later: bool,
}

impl PartialEq for PyVintage {
    fn eq(&self, other: &PyVintage) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyVintage {
    /// The observation's position in the report.
    #[getter]
    fn observation(&self) -> usize {
        self.inner.observation
    }

    /// The level in the indicator's unit, or `None`.
    #[getter]
    fn level(&self) -> Option<PyQuantity> {
        self.inner.level.clone().map(|inner| PyQuantity { inner })
    }

    /// The growth in percent against the same period a year earlier, or `None`.
    #[getter]
    fn growth(&self) -> Option<Decimal> {
        self.inner.growth.map(|g| g.value())
    }

    /// The SDMX status code: `A`, `E`, `P` or `F`, or `None`.
    #[getter]
    fn status(&self) -> Option<&'static str> {
        self.inner.status.map(|s| s.code())
    }

    /// The date the figure was published, or `None`.
    #[getter]
    fn as_of(&self) -> Option<NaiveDate> {
        self.inner.as_of
    }

    fn __repr__(&self) -> String {
        let level = self.inner.level.as_ref().map(|q| format!(" level={}", q.value())).unwrap_or_default();
        let growth = self.inner.growth.map(|g| format!(" growth={}", g.value())).unwrap_or_default();
        let status = self.inner.status.map(|s| format!(" status={}", s.code())).unwrap_or_default();
        let as_of = self.inner.as_of.map(|d| format!(" as_of={d}")).unwrap_or_default();
        format!("<Vintage{level}{growth}{status}{as_of}>")
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, usize, bool)> {
        let v = slf.get();
        let args = (PyReport { inner: v.origin.clone() }, v.index, v.later);
        Ok((slf.py().import("chiso._chiso")?.getattr("_vintage")?, args))
    }
}

/// A figure's change from one vintage to the next.
#[pyclass(module = "chiso", name = "Revision", frozen, eq)]
#[derive(Clone)]
pub struct PyRevision {
    inner: Revision,
    origin: Origin,
    index: usize,
}

impl PartialEq for PyRevision {
    fn eq(&self, other: &PyRevision) -> bool {
        self.inner == other.inner
    }
}

#[pymethods]
impl PyRevision {
    /// The indicator's id.
    #[getter]
    fn indicator(&self) -> &str {
        self.inner.indicator()
    }

    /// The period of the figure.
    #[getter]
    fn period(&self) -> PyPeriod {
        PyPeriod { inner: self.inner.period() }
    }

    /// The earlier vintage.
    #[getter]
    fn earlier(&self) -> PyVintage {
        PyVintage { inner: self.inner.earlier().clone(), origin: self.origin.clone(), index: self.index, later: false }
    }

    /// The later vintage.
    #[getter]
    fn later(&self) -> PyVintage {
        PyVintage { inner: self.inner.later().clone(), origin: self.origin.clone(), index: self.index, later: true }
    }

    /// The later level minus the earlier, in the indicator's unit, with its interval; `None`
    /// unless both vintages give a level.
    #[getter]
    fn level(&self) -> Option<PyEstimate> {
        self.inner.level().map(PyEstimate::of)
    }

    /// For an indicator in percent, `level` in percentage points.
    #[getter]
    fn level_pp(&self) -> Option<PyEstimate> {
        self.inner.level_pp().map(PyEstimate::of)
    }

    /// The later printed growth minus the earlier, in percentage points; `None` unless both
    /// vintages give a growth.
    #[getter]
    fn growth_pp(&self) -> Option<PyEstimate> {
        self.inner.growth_pp().map(PyEstimate::of)
    }

    /// Whether the two printed levels' intervals overlap (could be rounding); `None` unless
    /// both give a level.
    #[getter]
    fn level_bounds_overlap(&self) -> Option<bool> {
        self.inner.level_bounds_overlap()
    }

    /// Whether the two printed growths' intervals overlap; `None` unless both give a growth.
    #[getter]
    fn growth_bounds_overlap(&self) -> Option<bool> {
        self.inner.growth_bounds_overlap()
    }

    /// Whether the revision changes any target's verdict.
    #[getter]
    fn changes_a_verdict(&self) -> bool {
        self.inner.changes_a_verdict()
    }

    /// Every target whose assessment differs between the two vintages, as dicts: `target`
    /// (its position in the report), `period`, `before` and `after` (verdict names), `changed`.
    #[getter]
    fn verdict_changes<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner
            .verdict_changes()
            .iter()
            .map(|c| {
                let dict = PyDict::new(py);
                dict.set_item("target", c.target)?;
                dict.set_item("period", c.period.to_string())?;
                dict.set_item("before", c.before.name())?;
                dict.set_item("after", c.after.name())?;
                dict.set_item("changed", c.changed())?;
                Ok(dict)
            })
            .collect()
    }

    /// The revision flat, as a dict in the order of `Revisions.COLUMNS`.
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        fields_dict(py, self.inner.fields())
    }

    /// The revision as one sentence in `lang` (`"vi"` or `"en"`).
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn render(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(self.inner.render(convert::lang(lang, chiso::Lang::En)?))
    }

    fn __str__(&self) -> String {
        self.inner.render(chiso::Lang::En)
    }

    fn __repr__(&self) -> String {
        let changes = if self.inner.changes_a_verdict() { ", changes a verdict" } else { "" };
        format!("<Revision {} {}{changes}>", self.inner.indicator(), self.inner.period())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (PyReport, usize)> {
        let r = slf.get();
        let args = (PyReport { inner: r.origin.clone() }, r.index);
        Ok((slf.py().import("chiso._chiso")?.getattr("_revision")?, args))
    }
}
