//! `chiso._chiso.PanelCore`: a panel and its results as Arrow tables. Every computation is the
//! core's (`chiso::Panel`, `chiso::panel::tables`) and runs with the GIL released; the
//! DataFrames (pandas, polars, pyarrow) are `chiso.panel`'s, in Python.

use std::sync::Arc;

use arrow_array::RecordBatch;
use chiso::columns::Options;
use chiso::panel::{tables, BadRow, LongArrow, LongCsv, OnBadRow};
use chiso::{Lang, Panel, Report};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::arrow::{import_batches, PyArrowTable};
use crate::convert;
use crate::errors::IntoPy;
use crate::report::PyReport;

/// A bad row as `chiso.Panel.bad_rows` lists it: table, row, column, message.
type BadRowTuple = (String, u64, Option<String>, String);

/// A succession as `chiso.Panel.successions` lists it: region, ended, successor, through.
type SuccessionTuple = (String, chrono::NaiveDate, String, Vec<String>);

fn on_bad_row(errors: &str) -> PyResult<OnBadRow> {
    match errors {
        "raise" => Ok(OnBadRow::Raise),
        "collect" => Ok(OnBadRow::Collect),
        other => Err(PyValueError::new_err(format!("errors: expected 'raise' or 'collect', got {other:?}"))),
    }
}

fn loaded(result: chiso::Result<(Panel, Vec<BadRow>)>) -> PyResult<(PyPanel, Vec<BadRowTuple>)> {
    let (panel, bad) = result.py_err()?;
    let bad = bad.into_iter().map(|b| (b.table, b.row, b.column, b.message)).collect();
    Ok((PyPanel { inner: Arc::new(panel) }, bad))
}

/// The record batches of one table, none when it is not given.
fn batches(arg: &str, table: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<RecordBatch>> {
    table.filter(|t| !t.is_none()).map_or_else(|| Ok(Vec::new()), |t| import_batches(arg, t))
}

fn read_text(path: &Bound<'_, PyAny>, arg: &str) -> PyResult<String> {
    let path = convert::path(arg, path)?;
    std::fs::read_to_string(&path).map_err(|err| crate::report::os_error(&err, &path))
}

/// A panel: observations of many regions, an indicator catalogue and each region's targets.
/// Immutable; `chiso.Panel` wraps it.
#[pyclass(module = "chiso._chiso", name = "PanelCore", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyPanel {
    pub(crate) inner: Arc<Panel>,
}

fn table(batch: chiso::Result<arrow_array::RecordBatch>) -> PyResult<PyArrowTable> {
    Ok(PyArrowTable { batch: batch.py_err()? })
}

/// The provinces panel of 2023–2024 (Đồng Nai, Hồ Chí Minh City, the nation, Bình Dương), embedded.
#[pyfunction]
pub(crate) fn provinces_2024() -> PyPanel {
    PyPanel { inner: Arc::new(chiso::datasets::provinces_2024()) }
}

#[pymethods]
impl PyPanel {
    /// One panel of several reports (`chiso.Report`), each under its region.
    #[staticmethod]
    fn from_reports(py: Python<'_>, reports: Vec<PyRef<'_, PyReport>>) -> PyResult<PyPanel> {
        let reports: Vec<Report> = reports.iter().map(|r| Report::clone(&r.inner)).collect();
        let panel = py.detach(|| Panel::from_reports(reports)).py_err()?;
        Ok(PyPanel { inner: Arc::new(panel) })
    }

    /// A panel of Arrow tables in the long format (objects with the Arrow PyCapsule
    /// interface), with the bad rows when `errors` is `"collect"`.
    #[staticmethod]
    #[pyo3(signature = (indicators, observations, targets, regions, errors))]
    fn from_arrow(
        py: Python<'_>,
        indicators: &Bound<'_, PyAny>,
        observations: Vec<Bound<'_, PyAny>>,
        targets: Option<&Bound<'_, PyAny>>,
        regions: Option<&Bound<'_, PyAny>>,
        errors: &str,
    ) -> PyResult<(PyPanel, Vec<BadRowTuple>)> {
        let on_bad_row = on_bad_row(errors)?;
        let indicators = batches("indicators", Some(indicators))?;
        let mut parts = Vec::new();
        for part in &observations {
            parts.extend(batches("observations", Some(part))?);
        }
        let targets = batches("targets", targets)?;
        let regions = batches("regions", regions)?;
        let tables = LongArrow { indicators: &indicators, observations: &parts, targets: &targets, regions: &regions };
        loaded(py.detach(|| Panel::from_arrow(tables, on_bad_row)))
    }

    /// A panel of long CSV files, with the bad rows when `errors` is `"collect"`.
    #[staticmethod]
    #[pyo3(signature = (indicators, observations, targets, regions, errors))]
    fn read_csv(
        py: Python<'_>,
        indicators: &Bound<'_, PyAny>,
        observations: Vec<Bound<'_, PyAny>>,
        targets: Option<&Bound<'_, PyAny>>,
        regions: Option<&Bound<'_, PyAny>>,
        errors: &str,
    ) -> PyResult<(PyPanel, Vec<BadRowTuple>)> {
        let on_bad_row = on_bad_row(errors)?;
        let indicators = read_text(indicators, "indicators")?;
        let observations = observations.iter().map(|p| read_text(p, "observations")).collect::<PyResult<Vec<_>>>()?;
        let targets = targets.map(|p| read_text(p, "targets")).transpose()?;
        let regions = regions.map(|p| read_text(p, "regions")).transpose()?;
        let parts: Vec<&str> = observations.iter().map(String::as_str).collect();
        let csv = LongCsv {
            indicators: &indicators,
            observations: &parts,
            targets: targets.as_deref(),
            regions: regions.as_deref(),
        };
        loaded(py.detach(|| Panel::from_csv(csv, on_bad_row)))
    }

    /// The panel of the CSV text of its four tables, as `to_csv` writes them.
    #[staticmethod]
    fn from_csv(
        py: Python<'_>,
        indicators: &str,
        observations: &str,
        targets: &str,
        regions: &str,
    ) -> PyResult<PyPanel> {
        let csv = LongCsv { indicators, observations: &[observations], targets: Some(targets), regions: Some(regions) };
        Ok(loaded(py.detach(|| Panel::from_csv(csv, OnBadRow::Raise)))?.0)
    }

    /// The CSV text of its four tables: indicators, observations, targets, regions.
    fn to_csv(&self, py: Python<'_>) -> (String, String, String, String) {
        let out = py.detach(|| self.inner.to_csv());
        (out.indicators, out.observations, out.targets, out.regions)
    }

    /// The observations in the long format, as text columns.
    fn observations(&self, py: Python<'_>) -> PyResult<PyArrowTable> {
        table(py.detach(|| tables::observations(&self.inner)))
    }

    /// The indicator catalogue in the long format, as text columns.
    fn indicators(&self, py: Python<'_>) -> PyResult<PyArrowTable> {
        table(py.detach(|| tables::indicators(&self.inner)))
    }

    /// The region's own report.
    fn report(&self, region: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        Ok(PyReport::of(self.inner.report(&convert::text("region", region)?).py_err()?))
    }

    /// The ids of the regions, in the order first met.
    #[getter]
    fn regions(&self) -> Vec<String> {
        self.inner.regions().iter().map(|m| m.region.id.clone()).collect()
    }

    /// How many observations it holds.
    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// Every target's assessment, one row per target, the reasons in `lang` (English by default).
    #[pyo3(signature = (lang = None))]
    fn assess(&self, py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<PyArrowTable> {
        let lang = convert::lang(lang, Lang::En)?;
        let panel = &self.inner;
        table(py.detach(|| tables::assessments(panel, &panel.assess(), lang)))
    }

    /// Every consistency finding, one row per finding, the messages in `lang` (English by default).
    #[pyo3(signature = (lang = None))]
    fn check(&self, py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<PyArrowTable> {
        let lang = convert::lang(lang, Lang::En)?;
        let panel = &self.inner;
        table(py.detach(|| tables::findings(panel, &panel.check(), lang)))
    }

    /// Every relation that could not be checked, one row each, the messages in `lang` (English
    /// by default).
    #[pyo3(signature = (lang = None))]
    fn unchecked(&self, py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<PyArrowTable> {
        let lang = convert::lang(lang, Lang::En)?;
        let panel = &self.inner;
        table(py.detach(|| tables::unchecked(&panel.check(), lang)))
    }

    /// Every region that ended and whose successor the panel holds: region, the day it ended,
    /// the successor at the end of the chain, the ended regions between.
    fn successions(&self) -> PyResult<Vec<SuccessionTuple>> {
        let successions = self.inner.successions().py_err()?;
        Ok(successions.into_iter().map(|s| (s.region, s.ended, s.successor, s.through)).collect())
    }

    /// Each region that ended beside its successor, one row per indicator and period, the
    /// names in `lang` (English by default).
    #[pyo3(signature = (indicator = None, period = None, lang = None))]
    fn successors(
        &self,
        py: Python<'_>,
        indicator: Option<&Bound<'_, PyAny>>,
        period: Option<&Bound<'_, PyAny>>,
        lang: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyArrowTable> {
        let indicator = convert::optional_text("indicator", indicator)?;
        let period = convert::optional_period("period", period)?;
        let lang = convert::lang(lang, Lang::En)?;
        let panel = &self.inner;
        table(py.detach(|| tables::successors(panel, &panel.successor_figures(indicator.as_deref(), period)?, lang)))
    }

    /// The derived columns, one row per observation.
    #[pyo3(signature = (implied_base = true))]
    fn growth(&self, py: Python<'_>, implied_base: bool) -> PyResult<PyArrowTable> {
        let panel = &self.inner;
        table(py.detach(|| {
            let options = Options::default();
            let derived = panel.growth(&options)?;
            let bases = implied_base.then(|| panel.implied_base(&options)).transpose()?;
            tables::growth(panel, &derived, bases.as_ref())
        }))
    }

    fn __repr__(&self) -> String {
        format!(
            "<chiso PanelCore: {} regions, {} observations, {} targets>",
            self.inner.regions().len(),
            self.inner.len(),
            self.inner.targets().len()
        )
    }
}
