//! Figures as Vietnamese and English reports print them: the core's readers, extractor and
//! formatter, converted. Every rule of reading lives in the core's `text` module.
//!
//! The readers take `lang="vi"` by default, the language of the reports chiso reads; the
//! formatter takes `lang="en"` by default, like every other formatter of the package. A `lang`
//! other than "vi" or "en" is an `InvalidInputError`; text that cannot be read is a
//! `ParseError` whose `.text`, `.offset` (a `str` index) and `.expected` say where and why.

use chiso::{Comparison, Lang, Mention, MentionKind, Quantity};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyString};

use crate::convert;
use crate::errors::{invalid, to_py, wrong_type, IntoPy};
use crate::values::{quoted, PyQuantity, Reduced};

fn quantity(inner: Quantity) -> PyQuantity {
    PyQuantity { inner }
}

/// Reads a number as a report in `lang` ("vi" or "en") prints it, strictly, keeping its
/// printed digits: "351.640" is Decimal('351640') and "16,940" Decimal('16.940') in Vietnamese,
/// while "10.5" is refused there, with the hint "did you mean 10,5?". Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = None), text_signature = "(text, lang='vi')")]
pub(crate) fn parse_number<'py>(
    text: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut buffer = [0u8; convert::SHORT];
    let read = convert::short_text("text", text, &mut buffer)?;
    let number = chiso::parse_number(&read, convert::lang(lang, Lang::Vi)?).py_err()?;
    convert::py_decimal(text.py(), number)
}

/// Reads every text of `texts` (an iterable of str) as `parse_number` does, into a list of
/// Decimal: the fast way to read many. The first text that cannot be read raises ParseError.
#[pyfunction]
#[pyo3(signature = (texts, lang = None), text_signature = "(texts, lang='vi')")]
pub(crate) fn parse_numbers<'py>(
    texts: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let lang = convert::lang(lang, Lang::Vi)?;
    // A str is an iterable of its characters, which is never what a caller means here.
    if texts.is_instance_of::<PyString>() {
        return Err(wrong_type("texts", "an iterable of str (for one text, use parse_number)", texts));
    }
    let numbers = PyList::empty(texts.py());
    // This loop is the fast way to read many: a short ASCII text is copied onto the stack,
    // any other borrowed where Python allows.
    let mut buffer = [0u8; convert::SHORT];
    for item in texts.try_iter()? {
        let item = item?;
        let Ok(string) = item.cast::<PyString>() else {
            return Err(wrong_type("texts", "an iterable of str", &item));
        };
        let number = match convert::short_ascii(string, &mut buffer) {
            Some(ascii) => chiso::parse_number(ascii, lang),
            None => {
                let text: PyBackedStr = item.extract().map_err(|_| refused_text(&item))?;
                chiso::parse_number(&text, lang)
            }
        };
        numbers.append(convert::py_decimal(texts.py(), number.py_err()?)?)?;
    }
    Ok(numbers)
}

/// Why a `str` of `texts` could not be read as text: the error of `convert::text`.
fn refused_text(item: &Bound<'_, PyAny>) -> PyErr {
    match convert::text("texts", item) {
        Err(err) => err,
        Ok(_) => wrong_type("texts", "an iterable of str", item),
    }
}

/// Reads a quantity as a report in `lang` ("vi" or "en") prints it: an optional qualifier
/// (hơn, trên, khoảng; more than, about), a number, an optional scale word (triệu, tỷ; million,
/// billion) and a unit ("hơn 2,79 tỷ đồng" is more than 2.79 billion VND). Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = None), text_signature = "(text, lang='vi')")]
pub(crate) fn parse_quantity(text: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<PyQuantity> {
    Ok(quantity(chiso::parse_quantity(&convert::text("text", text)?, convert::lang(lang, Lang::Vi)?).py_err()?))
}

/// Reads a change as a report in `lang` ("vi" or "en") prints it, signed by its verb: "giảm
/// 2,1%" is -2.1 percent, and "giảm hơn 2%" less than -2 percent. Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = None), text_signature = "(text, lang='vi')")]
pub(crate) fn parse_growth(text: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<PyQuantity> {
    Ok(quantity(chiso::parse_growth(&convert::text("text", text)?, convert::lang(lang, Lang::Vi)?).py_err()?))
}

/// Reads a range as a report in `lang` ("vi" or "en") prints it ("13 - 14%", "từ 9 đến 10%",
/// "between 9 and 10%") into its lower and higher ends. Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = None), text_signature = "(text, lang='vi')")]
pub(crate) fn parse_range(
    text: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<(PyQuantity, PyQuantity)> {
    let (low, high) = chiso::parse_range(&convert::text("text", text)?, convert::lang(lang, Lang::Vi)?).py_err()?;
    Ok((quantity(low), quantity(high)))
}

/// A Quantity as a report in `lang` ("en" by default, or "vi") prints it: "351,640 billion
/// VND", "351.640 tỷ đồng"; `parse_quantity` reads it back equal.
#[pyfunction]
#[pyo3(signature = (quantity, lang = None), text_signature = "(quantity, lang='en')")]
pub(crate) fn format_quantity(quantity: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let quantity = convert::instance::<PyQuantity>("quantity", quantity, "a chiso.Quantity")?;
    Ok(chiso::format_quantity(&quantity.get().inner, convert::lang(lang, Lang::En)?))
}

/// Every figure in `text` as a report in `lang` ("vi" or "en") prints it, in order, as a list
/// of Mention; dates, document numbers, years and numbers with no unit are not figures.
#[pyfunction]
#[pyo3(signature = (text, lang = None), text_signature = "(text, lang='vi')")]
pub(crate) fn extract(text: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PyMention>> {
    let mentions = chiso::extract(&convert::text("text", text)?, convert::lang(lang, Lang::Vi)?);
    Ok(mentions.into_iter().map(PyMention::from).collect())
}

/// What a mention read: one figure, or the two ends of a range.
#[derive(Clone, PartialEq, Eq)]
enum Figure {
    Point(Quantity),
    Range(Quantity, Quantity),
}

/// A figure found in a text: where it is (`text[start:end]`), what was read, and the words
/// before it.
///
/// It keeps what the core's mention says, field by field, so that a pickled mention can be
/// rebuilt without the text it was found in.
#[pyclass(module = "chiso", name = "Mention", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyMention {
    start: usize,
    end: usize,
    text: String,
    kind: MentionKind,
    figure: Figure,
    context: String,
    aim: bool,
    estimated: bool,
    compared_with: Option<Comparison>,
    span: Option<(i32, i32)>,
    /// The share of the plan achieved the figure says, in percent.
    plan_completion: Option<chiso::Quantity>,
}

impl From<Mention> for PyMention {
    fn from(m: Mention) -> PyMention {
        let figure = match m.range() {
            Some((low, high)) => Figure::Range(low.clone(), high.clone()),
            // OK because a mention reads either a range or a single figure.
            None => Figure::Point(m.quantity().cloned().expect("a mention without a range has a quantity")),
        };
        PyMention {
            start: m.start(),
            end: m.end(),
            text: m.text().to_string(),
            kind: m.kind(),
            figure,
            context: m.context().to_string(),
            aim: m.aim(),
            estimated: m.estimated(),
            compared_with: m.compared_with(),
            span: m.span(),
            plan_completion: m.plan_completion().map(|r| chiso::Quantity::from_reported(r, chiso::Unit::percent())),
        }
    }
}

/// What `Mention.__reduce__` passes to `_mention`: start, end, text, kind, quantity, range,
/// then what the text says of the figure: context, aim, estimated, compared_with, span.
type MentionArgs = (
    usize,
    usize,
    String,
    &'static str,
    Option<PyQuantity>,
    Option<(PyQuantity, PyQuantity)>,
    (String, bool, bool, Option<&'static str>, Option<(i32, i32)>),
    Option<PyQuantity>,
);

#[pymethods]
impl PyMention {
    /// Where the figure starts, in characters (code points): a Python `str` index.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Where the figure ends, in characters: `text[mention.start:mention.end] == mention.text`.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The figure as printed.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// What the figure is: `level`, `growth`, `share` or `average_growth` (a rate per year:
    /// `bình quân 8%/năm`, "an average of 8% a year").
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind.name()
    }

    /// Whether the figure is stated as an aim: its sentence says `phấn đấu`, `mục tiêu`,
    /// `chỉ tiêu` (not as a noun of results, such as `18/22 chỉ tiêu đạt`), "aims", "targets",
    /// "plans to".
    #[getter]
    fn aim(&self) -> bool {
        self.aim
    }

    /// Whether the figure is stated as an estimate: `ước`, `ước đạt`, `dự kiến`, "estimated",
    /// "an estimated", "expected" before it in its clause.
    #[getter]
    fn estimated(&self) -> bool {
        self.estimated
    }

    /// What the figure is compared with, when the text says it: `"same_period"` (`so với cùng
    /// kỳ`, "year-on-year"), `"previous_period"` (`so với tháng trước`, "m/m") or `"plan"`
    /// (`đạt 105% kế hoạch`, "of the plan"); `None` otherwise.
    #[getter]
    fn compared_with(&self) -> Option<&'static str> {
        self.compared_with.map(Comparison::name)
    }

    /// The share of the plan achieved the figure says, in percent (`đạt 105% kế hoạch` and
    /// `vượt 5% kế hoạch` are both 105%), or `None`.
    #[getter]
    fn plan_completion(&self) -> Option<PyQuantity> {
        self.plan_completion.clone().map(|inner| PyQuantity { inner })
    }

    /// The first and last years of an `average_growth` (`giai đoạn 2021–2025`), or `None`.
    #[getter]
    fn span(&self) -> Option<(i32, i32)> {
        self.span
    }

    /// The figure read, for a single figure; `None` for a range.
    #[getter]
    fn quantity(&self) -> Option<PyQuantity> {
        match &self.figure {
            Figure::Point(q) => Some(quantity(q.clone())),
            Figure::Range(..) => None,
        }
    }

    /// The two ends read, for a range; `None` for a single figure.
    #[getter]
    fn range(&self) -> Option<(PyQuantity, PyQuantity)> {
        match &self.figure {
            Figure::Range(low, high) => Some((quantity(low.clone()), quantity(high.clone()))),
            Figure::Point(_) => None,
        }
    }

    /// The words just before the figure, which usually name the indicator.
    #[getter]
    fn context(&self) -> &str {
        &self.context
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let read = match self.range() {
            Some((low, high)) => format!("({}, {})", Bound::new(py, low)?.repr()?, Bound::new(py, high)?.repr()?),
            None => self.quantity().into_pyobject(py)?.repr()?.to_string(),
        };
        let aim = if self.aim { " aim" } else { "" };
        Ok(format!(
            "<Mention [{}:{}] {}{aim} {}: {read}; context {}>",
            self.start(),
            self.end(),
            self.kind(),
            quoted(py, self.text())?,
            quoted(py, self.context())?
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, MentionArgs> {
        let m = slf.get();
        let said = (m.context.clone(), m.aim, m.estimated, m.compared_with(), m.span);
        let completion = m.plan_completion.clone().map(|inner| PyQuantity { inner });
        let args = (m.start, m.end, m.text.clone(), m.kind(), m.quantity(), m.range(), said, completion);
        Ok((slf.py().import("chiso._chiso")?.getattr("_mention")?, args))
    }
}

/// Rebuilds a pickled `Mention`.
#[pyfunction]
#[pyo3(signature = (start, end, text, kind, quantity, range, said, plan_completion = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _mention(
    start: usize,
    end: usize,
    text: String,
    kind: &str,
    quantity: Option<PyRef<'_, PyQuantity>>,
    range: Option<(PyRef<'_, PyQuantity>, PyRef<'_, PyQuantity>)>,
    said: (String, bool, bool, Option<String>, Option<(i32, i32)>),
    plan_completion: Option<PyRef<'_, PyQuantity>>,
) -> PyResult<PyMention> {
    let kind: MentionKind = kind.parse().map_err(to_py)?;
    let (context, aim, estimated, compared_with, span) = said;
    let compared_with = compared_with.map(|name| name.parse::<Comparison>()).transpose().map_err(to_py)?;
    let figure = match (quantity, range) {
        (Some(q), None) => Figure::Point(q.inner.clone()),
        (None, Some((low, high))) => Figure::Range(low.inner.clone(), high.inner.clone()),
        _ => return Err(invalid("mention", text, "a mention reads either a quantity or a range")),
    };
    let plan_completion = plan_completion.map(|q| q.inner.clone());
    Ok(PyMention { start, end, text, kind, figure, context, aim, estimated, compared_with, span, plan_completion })
}
