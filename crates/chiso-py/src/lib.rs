//! `chiso._chiso`: the Python bindings of chiso, private behind the `chiso` package.
//!
//! This crate converts and delegates: every growth formula, verdict rule, rounding rule and
//! parser lives in the `chiso` crate. Python values come in through `convert`, core errors go
//! out through `errors::to_py`, and each class keeps its core value, converting to Python
//! only when an attribute is read.

mod arrow;
mod columns;
mod convert;
mod draft;
mod errors;
mod functions;
mod indicators;
mod panel;
mod periods;
mod progress;
mod report;
mod rest_of_year;
mod revisions;
mod target;
mod text;
mod values;

use pyo3::prelude::*;

#[pymodule(gil_used = false)]
fn _chiso(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    for (kind, class) in errors::classes(py) {
        // The kind is a class attribute too, so an exception rebuilt by pickle keeps it; the
        // base class, raised only for kinds a later core adds, says just "error".
        class.setattr("kind", if kind == "chiso" { "error" } else { kind })?;
        m.add(class.name()?, class)?;
    }
    m.add_class::<arrow::PyArrowColumn>()?;
    m.add_class::<arrow::PyArrowTable>()?;
    m.add_class::<panel::PyPanel>()?;
    m.add_class::<values::PyQuantity>()?;
    m.add_class::<values::PyInterval>()?;
    m.add_class::<values::PyEstimate>()?;
    m.add_class::<values::PyPeriod>()?;
    m.add_class::<values::PyExchangeRate>()?;
    m.add_class::<target::PyTarget>()?;
    m.add_class::<target::PyAssessment>()?;
    m.add_class::<rest_of_year::PyRestOfYear>()?;
    m.add_class::<report::PyReport>()?;
    m.add_class::<report::PyIndicator>()?;
    m.add_class::<report::PyObservation>()?;
    m.add_class::<report::PyFinding>()?;
    m.add_class::<report::PyUncheckedRelation>()?;
    m.add_class::<report::PyTargetFailure>()?;
    m.add_class::<report::PyScorecard>()?;
    m.add_class::<report::PyScorecardRow>()?;
    m.add_class::<revisions::PyRevisions>()?;
    m.add_class::<revisions::PyRevision>()?;
    m.add_class::<revisions::PyVintage>()?;
    m.add_function(wrap_pyfunction!(functions::growth, m)?)?;
    m.add_function(wrap_pyfunction!(functions::implied_base, m)?)?;
    m.add_function(wrap_pyfunction!(functions::project, m)?)?;
    m.add_function(wrap_pyfunction!(functions::cagr, m)?)?;
    m.add_function(wrap_pyfunction!(functions::change_pp, m)?)?;
    m.add_function(wrap_pyfunction!(functions::share, m)?)?;
    m.add_function(wrap_pyfunction!(functions::contribution, m)?)?;
    m.add_function(wrap_pyfunction!(periods::annualise, m)?)?;
    m.add_function(wrap_pyfunction!(periods::plan_ratios, m)?)?;
    m.add_function(wrap_pyfunction!(periods::implied_plan, m)?)?;
    m.add_class::<periods::PyGrowths>()?;
    m.add_function(wrap_pyfunction!(functions::format_decimal, m)?)?;
    m.add_function(wrap_pyfunction!(functions::format_rounded, m)?)?;
    m.add_function(wrap_pyfunction!(functions::_verdict_label, m)?)?;
    m.add_function(wrap_pyfunction!(functions::schema, m)?)?;
    m.add_class::<indicators::PyMatch>()?;
    m.add_function(wrap_pyfunction!(indicators::indicators_find, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::indicators_best_in, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::indicators_all_in, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::indicators_get, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::indicators_all, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::indicators_aliases, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::indicators_json, m)?)?;
    m.add_function(wrap_pyfunction!(indicators::_match, m)?)?;
    m.add_class::<text::PyMention>()?;
    m.add_class::<draft::PyDraft>()?;
    m.add_class::<draft::PyUnmatched>()?;
    m.add_function(wrap_pyfunction!(draft::draft, m)?)?;
    m.add_function(wrap_pyfunction!(draft::_draft, m)?)?;
    m.add_function(wrap_pyfunction!(draft::_unmatched, m)?)?;
    m.add_function(wrap_pyfunction!(text::parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(text::parse_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(text::parse_quantity, m)?)?;
    m.add_function(wrap_pyfunction!(text::parse_growth, m)?)?;
    m.add_function(wrap_pyfunction!(text::parse_range, m)?)?;
    m.add_function(wrap_pyfunction!(text::format_quantity, m)?)?;
    m.add_function(wrap_pyfunction!(text::extract, m)?)?;
    m.add_function(wrap_pyfunction!(report::binh_duong_2024, m)?)?;
    m.add_function(wrap_pyfunction!(report::binh_duong_2024_json, m)?)?;
    m.add_function(wrap_pyfunction!(panel::provinces_2024, m)?)?;
    m.add_function(wrap_pyfunction!(columns::_columns, m)?)?;
    m.add_function(wrap_pyfunction!(values::_quantity, m)?)?;
    m.add_function(wrap_pyfunction!(values::_interval, m)?)?;
    m.add_function(wrap_pyfunction!(text::_mention, m)?)?;
    m.add_function(wrap_pyfunction!(report::_indicator, m)?)?;
    m.add_function(wrap_pyfunction!(report::_observation, m)?)?;
    m.add_function(wrap_pyfunction!(report::_finding, m)?)?;
    m.add_function(wrap_pyfunction!(report::_scorecard_row, m)?)?;
    m.add_function(wrap_pyfunction!(report::_unchecked_relation, m)?)?;
    m.add_function(wrap_pyfunction!(report::_target_failure, m)?)?;
    m.add_function(wrap_pyfunction!(target::_assessment, m)?)?;
    m.add_function(wrap_pyfunction!(rest_of_year::_rest_of_year, m)?)?;
    m.add_class::<progress::PyProgress>()?;
    m.add_function(wrap_pyfunction!(progress::progress, m)?)?;
    m.add_function(wrap_pyfunction!(progress::_progress, m)?)?;
    m.add_function(wrap_pyfunction!(progress::_assessment_progress, m)?)?;
    m.add_function(wrap_pyfunction!(revisions::_revision, m)?)?;
    m.add_function(wrap_pyfunction!(revisions::_vintage, m)?)?;
    Ok(())
}
