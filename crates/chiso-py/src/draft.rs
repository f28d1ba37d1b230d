//! Drafting a report from press text: the core's `draft`, converted. Every rule of placing a
//! figure lives in the core's `draft` module.

use chiso::{AsOfFrom, Draft, DraftOptions, Lang, Names, Region, RegionFrom, Row};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::convert;
use crate::errors::{invalid, IntoPy};
use crate::report::PyReport;
use crate::text::PyMention;
use crate::values::Reduced;

/// Drafts a report from press text in `lang` ("vi", the default, or "en"): each figure is
/// placed on a standard indicator and a period, or listed in `unmatched` with the reason it
/// was not. `region` is a province code or name ("VN-57", "Bình Dương") or a region dict,
/// instead of the one the text names; `as_of` the publication date (a `datetime.date` or ISO
/// text), instead of the text's dateline; `publisher` a dict {'vi': ..., 'en': ...}.
///
/// >>> import chiso
/// >>> d = chiso.draft("Năm 2024, tỉnh Bình Dương xuất siêu ước đạt 10 tỷ USD; tháng 12 xuất khẩu giảm 2% so với tháng trước.")
/// >>> [(o.indicator, str(o.period), o.value, o.growth, o.compared_with) for o in d.report.observations]
/// [('trade_balance', '2024', Decimal('10'), None, 'same_period'), ('exports', '2024-12', None, Decimal('-2'), 'previous_period')]
/// >>> d.report.region["id"], d.region_from
/// ('VN-57', 'text')
/// >>> d.unmatched
/// []
#[pyfunction]
#[pyo3(signature = (text, lang = None, *, region = None, as_of = None, publisher = None))]
pub(crate) fn draft(
    text: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
    region: Option<&Bound<'_, PyAny>>,
    as_of: Option<&Bound<'_, PyAny>>,
    publisher: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDraft> {
    let region = match given(region) {
        Some(region) if region.is_instance_of::<PyString>() => {
            let name = convert::text("region", region)?;
            let found = chiso::standard_region(&name).ok_or_else(|| {
                invalid("region", name.as_ref(), "neither a province code (VN-57, VN-HN) nor a province's name")
            })?;
            Some(found)
        }
        Some(region) => Some(convert::region("region", region)?),
        None => None,
    };
    let inputs = Inputs {
        text: convert::text("text", text)?.into_owned(),
        lang: convert::lang(lang, Lang::Vi)?,
        region,
        as_of: given(as_of).map(|d| convert::date("as_of", d)).transpose()?,
        publisher: given(publisher).map(|p| convert::names("publisher", p)).transpose()?,
    };
    PyDraft::of(inputs)
}

/// An optional argument, `None` included.
fn given<'a, 'py>(arg: Option<&'a Bound<'py, PyAny>>) -> Option<&'a Bound<'py, PyAny>> {
    arg.filter(|a| !a.is_none())
}

/// Rebuilds a pickled `Draft` by drafting its text again with the same options.
#[pyfunction]
pub(crate) fn _draft(
    text: &Bound<'_, PyAny>,
    lang: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
    as_of: Option<&Bound<'_, PyAny>>,
    publisher: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDraft> {
    draft(text, Some(lang), region, as_of, publisher)
}

/// What a draft was made from: drafting is deterministic, so equal inputs give equal drafts.
#[derive(Clone, PartialEq, Eq)]
struct Inputs {
    text: String,
    lang: Lang,
    region: Option<Region>,
    as_of: Option<chrono::NaiveDate>,
    publisher: Option<Names>,
}

fn names_dict<'py>(py: Python<'py>, names: &Names) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("vi", &names.vi)?;
    dict.set_item("en", &names.en)?;
    Ok(dict)
}

/// A report drafted from text, for a person to finish: `report` (a plain `chiso.report/2`
/// Report), `quotes` (where each row was read), `unmatched` (the figures left out, with why),
/// `region_from` and `as_of_from` (where the region and the publication date came from), and
/// `to_json()` (the `chiso.draft/1` document).
#[pyclass(module = "chiso", name = "Draft", frozen, eq)]
pub struct PyDraft {
    inner: Draft,
    inputs: Inputs,
}

impl PartialEq for PyDraft {
    fn eq(&self, other: &PyDraft) -> bool {
        self.inputs == other.inputs
    }
}

impl PyDraft {
    fn of(inputs: Inputs) -> PyResult<PyDraft> {
        let mut options = DraftOptions::new(inputs.lang);
        if let Some(region) = &inputs.region {
            options = options.with_region(region.clone());
        }
        if let Some(as_of) = inputs.as_of {
            options = options.with_as_of(as_of);
        }
        if let Some(publisher) = &inputs.publisher {
            options = options.with_publisher(publisher.clone());
        }
        Ok(PyDraft { inner: chiso::draft(&inputs.text, &options).py_err()?, inputs })
    }
}

type DraftArgs<'py> =
    (String, &'static str, Option<Bound<'py, PyDict>>, Option<chrono::NaiveDate>, Option<Bound<'py, PyDict>>);

#[pymethods]
impl PyDraft {
    /// The drafted report.
    #[getter]
    fn report(&self) -> PyReport {
        PyReport::of(self.inner.report().clone())
    }

    /// Where each placed figure was read: dicts {'observation': i} or {'target': i} with
    /// 'start', 'end' (str indexes) and 'text', in the order of the text.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner
            .quotes()
            .iter()
            .map(|placed| {
                let dict = PyDict::new(py);
                match placed.row() {
                    Row::Observation(i) => dict.set_item("observation", i)?,
                    Row::Target(i) => dict.set_item("target", i)?,
                }
                dict.set_item("start", placed.start())?;
                dict.set_item("end", placed.end())?;
                dict.set_item("text", placed.quote())?;
                Ok(dict)
            })
            .collect()
    }

    /// The figures not placed, each with its reason, in the order of the text.
    #[getter]
    fn unmatched(slf: &Bound<'_, Self>) -> Vec<PyUnmatched> {
        (0..slf.get().inner.unmatched().len()).map(|index| PyUnmatched { draft: slf.clone().unbind(), index }).collect()
    }

    /// Where the region came from: "given", "text" or "unknown" (the report's region is then
    /// the placeholder "ZZ").
    #[getter]
    fn region_from(&self) -> &'static str {
        match self.inner.region_from() {
            RegionFrom::Given => "given",
            RegionFrom::Text { .. } => "text",
            RegionFrom::Unknown => "unknown",
        }
    }

    /// The words that name the region, with their start and end, when read from the text.
    #[getter]
    fn region_quote(&self) -> Option<(String, usize, usize)> {
        match self.inner.region_from() {
            RegionFrom::Text { quote, start, end } => Some((quote.clone(), *start, *end)),
            RegionFrom::Given | RegionFrom::Unknown => None,
        }
    }

    /// The publication date used, if any.
    #[getter]
    fn as_of(&self) -> Option<chrono::NaiveDate> {
        self.inner.as_of()
    }

    /// Where the publication date came from: "given", "dateline" or "unknown".
    #[getter]
    fn as_of_from(&self) -> &'static str {
        match self.inner.as_of_from() {
            AsOfFrom::Given => "given",
            AsOfFrom::Dateline { .. } => "dateline",
            AsOfFrom::Unknown => "unknown",
        }
    }

    /// The draft as a `chiso.draft/1` JSON document.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, DraftArgs<'py>> {
        let py = slf.py();
        let inputs = &slf.get().inputs;
        let region = match &inputs.region {
            Some(region) => {
                let dict = PyDict::new(py);
                dict.set_item("id", &region.id)?;
                dict.set_item("name", names_dict(py, &region.name)?)?;
                if let Some(ended) = region.ended {
                    dict.set_item("ended", ended)?;
                    dict.set_item("successor", region.successor.as_deref())?;
                }
                Some(dict)
            }
            None => None,
        };
        let publisher = inputs.publisher.as_ref().map(|p| names_dict(py, p)).transpose()?;
        let args = (inputs.text.clone(), inputs.lang.code(), region, inputs.as_of, publisher);
        Ok((py.import("chiso._chiso")?.getattr("_draft")?, args))
    }

    fn __repr__(&self) -> String {
        let report = self.inner.report();
        format!(
            "<Draft {}: {} observations, {} targets, {} unmatched>",
            report.region().id,
            report.observations().len(),
            report.targets().len(),
            self.inner.unmatched().len()
        )
    }
}

/// A figure the draft did not place: `mention` (the Mention), `reason` (the kind of reason:
/// "no_indicator", "ambiguous_indicator", "no_period", "unit_mismatch",
/// "plan_comparison", "previous_period", "duplicate" or
/// "refused"), `details` (the reason's fields), `message` (in the draft's language) and
/// `message_in(lang)`.
#[pyclass(module = "chiso", name = "Unmatched", frozen, eq)]
pub struct PyUnmatched {
    draft: Py<PyDraft>,
    index: usize,
}

impl PartialEq for PyUnmatched {
    fn eq(&self, other: &PyUnmatched) -> bool {
        self.index == other.index && self.draft.get() == other.draft.get()
    }
}

impl PyUnmatched {
    fn inner(&self) -> &chiso::Unmatched {
        &self.draft.get().inner.unmatched()[self.index]
    }

    fn lang(&self) -> Lang {
        self.draft.get().inputs.lang
    }
}

/// Rebuilds a pickled `Unmatched`: the figure at `index` of its draft's unmatched figures.
#[pyfunction]
pub(crate) fn _unmatched(draft: Bound<'_, PyDraft>, index: usize) -> PyResult<PyUnmatched> {
    if index >= draft.get().inner.unmatched().len() {
        return Err(invalid("index", index.to_string(), "the draft has fewer unmatched figures"));
    }
    Ok(PyUnmatched { draft: draft.unbind(), index })
}

#[pymethods]
impl PyUnmatched {
    /// The figure, as `extract` found it.
    #[getter]
    fn mention(&self) -> PyMention {
        PyMention::from(self.inner().mention().clone())
    }

    /// The kind of reason.
    #[getter]
    fn reason(&self) -> &'static str {
        self.inner().reason().kind()
    }

    /// The reason's fields, as in the draft's JSON: {'kind': ..., 'candidates': [...]}, ….
    #[getter]
    fn details<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = serde_json::to_string(self.inner().reason())
            .map_err(|err| invalid("reason", self.inner().reason().kind(), err.to_string()))?;
        py.import("json")?.call_method1("loads", (json,))
    }

    /// The reason in the draft's language.
    #[getter]
    fn message(&self) -> String {
        self.inner().reason().message(self.lang())
    }

    /// The reason in `lang`, "vi" or "en".
    fn message_in(&self, lang: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(self.inner().reason().message(convert::lang(Some(lang), self.lang())?))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (Py<PyDraft>, usize)> {
        let this = slf.get();
        Ok((slf.py().import("chiso._chiso")?.getattr("_unmatched")?, (this.draft.clone_ref(slf.py()), this.index)))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = PyString::new(py, self.inner().mention().text());
        Ok(format!("<Unmatched {}: {}>", text.repr()?, self.inner().reason().kind()))
    }
}
