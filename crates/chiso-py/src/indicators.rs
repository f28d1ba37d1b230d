//! `chiso.indicators`: the standard catalogue of indicators and matching text to it, converted.
//! Every rule of matching lives in the core's `catalogue` module.

use chiso::{Catalogue, Lang, Match, MatchHow};
use pyo3::exceptions::PyKeyError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rust_decimal::Decimal;

use crate::convert;
use crate::errors::{to_py, IntoPy};
use crate::report::PyIndicator;
use crate::values::{quoted, Reduced};

/// The indicator a query or a clause of text names, how and how surely, and the other
/// indicators that came close.
#[pyclass(module = "chiso.indicators", name = "Match", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyMatch {
    id: String,
    score: Decimal,
    how: MatchHow,
    matched: String,
    negated: bool,
    ambiguous: bool,
    alternatives: Vec<(String, Decimal)>,
    span: Option<(usize, usize)>,
}

/// What `Match.__reduce__` passes to `_match`: id, score, how, matched, negated, ambiguous,
/// alternatives, span.
type MatchArgs<'py> = (
    String,
    Bound<'py, PyAny>,
    &'static str,
    String,
    bool,
    bool,
    Vec<(String, Bound<'py, PyAny>)>,
    Option<(usize, usize)>,
);

impl PyMatch {
    /// `found` as Python sees it; a span in bytes of `text` becomes one in characters.
    fn of(found: &Match<'_>, text: Option<&str>) -> PyMatch {
        let chars = |bytes: usize| text.map_or(bytes, |t| t[..bytes].chars().count());
        PyMatch {
            id: found.id().to_string(),
            score: found.score(),
            how: found.how(),
            matched: found.matched().to_string(),
            negated: found.negated(),
            ambiguous: found.is_ambiguous(),
            alternatives: found.alternatives().to_vec(),
            span: found.span().map(|(start, end)| (chars(start), chars(end))),
        }
    }
}

#[pymethods]
impl PyMatch {
    /// The id of the indicator matched.
    #[getter]
    fn id(&self) -> &str {
        &self.id
    }

    /// The indicator matched, as the standard catalogue defines it.
    #[getter]
    fn indicator(&self) -> PyResult<PyIndicator> {
        Ok(PyIndicator { inner: Catalogue::standard().require(&self.id).py_err()?.clone() })
    }

    /// How sure the match is, a Decimal from 0 to 1: 1 for an id, a name or an alias (with or
    /// without diacritics), less for a fuzzy match (the share of words in common).
    #[getter]
    fn score<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py_decimal(py, self.score)
    }

    /// How the indicator was named: "id", "name", "alias", "folded" or "fuzzy".
    #[getter]
    fn how(&self) -> &'static str {
        self.how.name()
    }

    /// The id, name or alias that matched, as the catalogue writes it.
    #[getter]
    fn matched(&self) -> &str {
        &self.matched
    }

    /// Whether the words name the indicator with the opposite sign: "nhập siêu" (a trade
    /// deficit) is the trade balance negated.
    #[getter]
    fn negated(&self) -> bool {
        self.negated
    }

    /// Whether another indicator came so close that this one should not be picked without
    /// more context.
    #[getter]
    fn ambiguous(&self) -> bool {
        self.ambiguous
    }

    /// The other indicators that matched, best first: a list of (id, score).
    #[getter]
    fn alternatives<'py>(&self, py: Python<'py>) -> PyResult<Vec<(String, Bound<'py, PyAny>)>> {
        self.alternatives.iter().map(|(id, score)| Ok((id.clone(), convert::py_decimal(py, *score)?))).collect()
    }

    /// Where the words matched stand in the text searched, as (start, end) str indices, for
    /// `best_in` and `all_in`; `None` for `find`.
    #[getter]
    fn span(&self) -> Option<(usize, usize)> {
        self.span
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut repr = format!(
            "Match(id={}, score={}, how={}, matched={}",
            quoted(py, &self.id)?,
            convert::py_decimal(py, self.score)?.repr()?,
            quoted(py, self.how.name())?,
            quoted(py, &self.matched)?
        );
        if self.negated {
            repr.push_str(", negated=True");
        }
        if self.ambiguous {
            repr.push_str(", ambiguous=True");
        }
        if !self.alternatives.is_empty() {
            repr.push_str(&format!(", alternatives={}", self.alternatives(py)?.into_pyobject(py)?.repr()?));
        }
        repr.push(')');
        Ok(repr)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, MatchArgs<'py>> {
        let py = slf.py();
        let m = slf.get();
        let args = (
            m.id.clone(),
            convert::py_decimal(py, m.score)?,
            m.how.name(),
            m.matched.clone(),
            m.negated,
            m.ambiguous,
            m.alternatives(py)?,
            m.span,
        );
        Ok((py.import("chiso._chiso")?.getattr("_match")?, args))
    }
}

/// Rebuilds a pickled `Match`.
#[pyfunction]
#[allow(clippy::too_many_arguments)] // One per field of the pickled match.
pub(crate) fn _match(
    id: String,
    score: &Bound<'_, PyAny>,
    how: &str,
    matched: String,
    negated: bool,
    ambiguous: bool,
    alternatives: Vec<(String, Bound<'_, PyAny>)>,
    span: Option<(usize, usize)>,
) -> PyResult<PyMatch> {
    Catalogue::standard().require(&id).py_err()?;
    let score = convert::decimal("score", score)?;
    let alternatives = alternatives
        .into_iter()
        .map(|(id, s)| Ok((id, convert::decimal("alternatives", &s)?)))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyMatch { id, score, how: how.parse().map_err(to_py)?, matched, negated, ambiguous, alternatives, span })
}

/// The standard indicator `query` names: by id, by name or alias (ignoring case), the same
/// without diacritics ("kim ngach xuat khau"), then by the words it shares with a name, with
/// a score below 1. `None` when nothing matches.
#[pyfunction]
pub(crate) fn indicators_find(query: &Bound<'_, PyAny>) -> PyResult<Option<PyMatch>> {
    let query = convert::text("query", query)?;
    Ok(Catalogue::standard().find(&query).map(|found| PyMatch::of(&found, None)))
}

/// The standard indicator a clause of running text names: the longest name or alias in it.
#[pyfunction]
pub(crate) fn indicators_best_in(text: &Bound<'_, PyAny>) -> PyResult<Option<PyMatch>> {
    let text = convert::text("text", text)?;
    Ok(Catalogue::standard().best_in(&text).map(|found| PyMatch::of(&found, Some(&text))))
}

/// Every standard indicator named in running text, in order, without overlaps.
#[pyfunction]
pub(crate) fn indicators_all_in(text: &Bound<'_, PyAny>) -> PyResult<Vec<PyMatch>> {
    let text = convert::text("text", text)?;
    Ok(Catalogue::standard().all_in(&text).iter().map(|found| PyMatch::of(found, Some(&text))).collect())
}

/// The standard indicator with this id; KeyError naming the closest ids when there is none.
#[pyfunction]
pub(crate) fn indicators_get(id: &Bound<'_, PyAny>) -> PyResult<PyIndicator> {
    let id = convert::text("id", id)?;
    match Catalogue::standard().require(&id) {
        Ok(indicator) => Ok(PyIndicator { inner: indicator.clone() }),
        Err(err) => Err(PyKeyError::new_err(err.to_string())),
    }
}

/// Every standard indicator, in the catalogue's order.
#[pyfunction]
pub(crate) fn indicators_all() -> Vec<PyIndicator> {
    Catalogue::standard().indicators().iter().map(|i| PyIndicator { inner: i.clone() }).collect()
}

/// The aliases of a standard indicator, {"vi": [...], "en": [...]}, and those of them that
/// name it negated under "negated"; KeyError for an unknown id.
#[pyfunction]
pub(crate) fn indicators_aliases<'py>(py: Python<'py>, id: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let id = convert::text("id", id)?;
    let standard = Catalogue::standard();
    if let Err(err) = standard.require(&id) {
        return Err(PyKeyError::new_err(err.to_string()));
    }
    let aliases = standard.aliases(&id);
    let texts = |keep: &dyn Fn(&chiso::Alias) -> bool| -> Vec<&str> {
        aliases.iter().filter(|a| keep(a)).map(chiso::Alias::text).collect()
    };
    let dict = PyDict::new(py);
    dict.set_item("vi", texts(&|a| a.lang() == Lang::Vi))?;
    dict.set_item("en", texts(&|a| a.lang() == Lang::En))?;
    dict.set_item("negated", texts(&chiso::Alias::is_negated))?;
    Ok(dict)
}

/// The standard catalogue's document as shipped (`chiso.indicators/1`).
#[pyfunction]
pub(crate) fn indicators_json() -> &'static str {
    Catalogue::standard_json()
}
