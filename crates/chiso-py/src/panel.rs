//! `chiso._chiso.PanelCore`: a panel and its results as Arrow tables. Every computation is the
//! core's (`chiso::Panel`, `chiso::panel::tables`) and runs with the GIL released; the
//! DataFrames (pandas, polars, pyarrow) are `chiso.panel`'s, in Python.

use std::sync::Arc;

use chiso::columns::Options;
use chiso::panel::tables;
use chiso::{Panel, Report};
use pyo3::prelude::*;

use crate::arrow::PyArrowTable;
use crate::convert;
use crate::errors::IntoPy;
use crate::report::PyReport;

/// A panel: observations of many regions, an indicator catalogue and each region's targets.
/// Immutable; `chiso.Panel` wraps it.
#[pyclass(module = "chiso._chiso", name = "PanelCore", frozen)]
#[derive(Clone)]
pub struct PyPanel {
    pub(crate) inner: Arc<Panel>,
}

fn table(batch: chiso::Result<arrow_array::RecordBatch>) -> PyResult<PyArrowTable> {
    Ok(PyArrowTable { batch: batch.py_err()? })
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

    /// Every target's assessment, one row per target.
    fn assess(&self, py: Python<'_>) -> PyResult<PyArrowTable> {
        let panel = &self.inner;
        table(py.detach(|| tables::assessments(panel, &panel.assess())))
    }

    /// Every consistency finding, one row per finding.
    fn check(&self, py: Python<'_>) -> PyResult<PyArrowTable> {
        let panel = &self.inner;
        table(py.detach(|| tables::findings(panel, &panel.check())))
    }

    /// Every relation that could not be checked, one row each.
    fn unchecked(&self, py: Python<'_>) -> PyResult<PyArrowTable> {
        let panel = &self.inner;
        table(py.detach(|| tables::unchecked(&panel.check())))
    }

    /// The derived columns, one row per observation.
    fn growth(&self, py: Python<'_>) -> PyResult<PyArrowTable> {
        let panel = &self.inner;
        table(py.detach(|| panel.growth(&Options::default()).and_then(|derived| tables::growth(panel, &derived))))
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
