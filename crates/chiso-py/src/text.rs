//! Figures as Vietnamese and English reports print them: the core's readers, extractor and
//! formatter, converted. Every rule of reading lives in the core's `text` module.
//!
//! The readers take `lang="vi"` by default, the language of the reports chiso reads; the
//! formatter takes `lang="en"` by default, like every other formatter of the package. A `lang`
//! other than "vi" or "en" is an `InvalidInputError`; text that cannot be read is a
//! `ParseError` whose `.text`, `.offset` (a `str` index) and `.expected` say where and why.

use chiso::{Mention, Quantity};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyString};

use crate::convert;
use crate::errors::{wrong_type, IntoPy};
use crate::values::{quoted, PyQuantity};

fn quantity(inner: Quantity) -> PyQuantity {
    PyQuantity { inner }
}

/// Reads a number as a report in `lang` ("vi" or "en") prints it, strictly, keeping its
/// printed digits: "351.640" is Decimal('351640') and "16,940" Decimal('16.940') in Vietnamese,
/// while "10.5" is refused there, with the hint "did you mean 10,5?". Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = "vi"))]
pub(crate) fn parse_number<'py>(py: Python<'py>, text: &str, lang: &str) -> PyResult<Bound<'py, PyAny>> {
    convert::py_decimal(py, chiso::parse_number(text, convert::lang(lang)?).py_err()?)
}

/// Reads every text of `texts` (an iterable of str) as `parse_number` does, into a list of
/// Decimal: the fast way to read many. The first text that cannot be read raises ParseError.
#[pyfunction]
#[pyo3(signature = (texts, lang = "vi"))]
pub(crate) fn parse_numbers<'py>(texts: &Bound<'py, PyAny>, lang: &str) -> PyResult<Bound<'py, PyList>> {
    let lang = convert::lang(lang)?;
    // A str is an iterable of its characters, which is never what a caller means here.
    if texts.is_instance_of::<PyString>() {
        return Err(wrong_type("texts", "an iterable of str (for one text, use parse_number)", texts));
    }
    let numbers = PyList::empty(texts.py());
    for item in texts.try_iter()? {
        let item = item?;
        // Borrowed where Python allows, not copied: this loop is the fast way to read many.
        let text: PyBackedStr = item.extract().map_err(|_| wrong_type("texts", "an iterable of str", &item))?;
        numbers.append(convert::py_decimal(texts.py(), chiso::parse_number(&text, lang).py_err()?)?)?;
    }
    Ok(numbers)
}

/// Reads a quantity as a report in `lang` ("vi" or "en") prints it: an optional qualifier
/// (hơn, trên, khoảng; more than, about), a number, an optional scale word (triệu, tỷ; million,
/// billion) and a unit ("hơn 2,79 tỷ đồng" is more than 2.79 billion VND). Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = "vi"))]
pub(crate) fn parse_quantity(text: &str, lang: &str) -> PyResult<PyQuantity> {
    Ok(quantity(chiso::parse_quantity(text, convert::lang(lang)?).py_err()?))
}

/// Reads a change as a report in `lang` ("vi" or "en") prints it, signed by its verb: "giảm
/// 2,1%" is -2.1 percent, and "giảm hơn 2%" less than -2 percent. Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = "vi"))]
pub(crate) fn parse_growth(text: &str, lang: &str) -> PyResult<PyQuantity> {
    Ok(quantity(chiso::parse_growth(text, convert::lang(lang)?).py_err()?))
}

/// Reads a range as a report in `lang` ("vi" or "en") prints it ("13 - 14%", "từ 9 đến 10%",
/// "between 9 and 10%") into its lower and higher ends. Raises ParseError.
#[pyfunction]
#[pyo3(signature = (text, lang = "vi"))]
pub(crate) fn parse_range(text: &str, lang: &str) -> PyResult<(PyQuantity, PyQuantity)> {
    let (low, high) = chiso::parse_range(text, convert::lang(lang)?).py_err()?;
    Ok((quantity(low), quantity(high)))
}

/// A Quantity as a report in `lang` ("en" by default, or "vi") prints it: "351,640 billion
/// VND", "351.640 tỷ đồng"; `parse_quantity` reads it back equal.
#[pyfunction]
#[pyo3(signature = (quantity, lang = "en"))]
pub(crate) fn format_quantity(quantity: &Bound<'_, PyAny>, lang: &str) -> PyResult<String> {
    let quantity = quantity.cast::<PyQuantity>().map_err(|_| wrong_type("quantity", "a chiso.Quantity", quantity))?;
    Ok(chiso::format_quantity(&quantity.get().inner, convert::lang(lang)?))
}

/// Every figure in `text` as a report in `lang` ("vi" or "en") prints it, in order, as a list
/// of Mention; dates, document numbers, years and numbers with no unit are not figures.
#[pyfunction]
#[pyo3(signature = (text, lang = "vi"))]
pub(crate) fn extract(text: &str, lang: &str) -> PyResult<Vec<PyMention>> {
    Ok(chiso::extract(text, convert::lang(lang)?).into_iter().map(|inner| PyMention { inner }).collect())
}

/// A figure found in a text: where it is (`text[start:end]`), what was read, and the words
/// before it.
#[pyclass(module = "chiso", name = "Mention", frozen, eq)]
#[derive(Clone, PartialEq, Eq)]
pub struct PyMention {
    inner: Mention,
}

#[pymethods]
impl PyMention {
    /// Where the figure starts, in characters (code points): a Python `str` index.
    #[getter]
    fn start(&self) -> usize {
        self.inner.start()
    }

    /// Where the figure ends, in characters: `text[mention.start:mention.end] == mention.text`.
    #[getter]
    fn end(&self) -> usize {
        self.inner.end()
    }

    /// The figure as printed.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// The role of the figure: `level`, `growth`, `share` or `target`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().name()
    }

    /// The figure read, for a single figure; `None` for a range.
    #[getter]
    fn quantity(&self) -> Option<PyQuantity> {
        self.inner.quantity().cloned().map(quantity)
    }

    /// The two ends read, for a range; `None` for a single figure.
    #[getter]
    fn range(&self) -> Option<(PyQuantity, PyQuantity)> {
        self.inner.range().map(|(low, high)| (quantity(low.clone()), quantity(high.clone())))
    }

    /// The words just before the figure, which usually name the indicator.
    #[getter]
    fn context(&self) -> &str {
        self.inner.context()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let read = match self.range() {
            Some((low, high)) => format!("({}, {})", Bound::new(py, low)?.repr()?, Bound::new(py, high)?.repr()?),
            None => self.quantity().into_pyobject(py)?.repr()?.to_string(),
        };
        Ok(format!(
            "<Mention [{}:{}] {} {}: {read}; context {}>",
            self.start(),
            self.end(),
            self.kind(),
            quoted(py, self.text())?,
            quoted(py, self.context())?
        ))
    }
}
