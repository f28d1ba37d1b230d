//! The value types: `Quantity`, `Interval`, `Estimate`, `Period`. Each keeps its core value and
//! converts to Python only when an attribute is read.

use chiso::{Bound as Printed, Currency, Endpoint, Estimate, ExchangeRate, Interval, Lang, Period, Quantity, Reported};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::convert;
use crate::errors::IntoPy;

/// What `__reduce__` returns: the callable that rebuilds an object, and its arguments.
pub(crate) type Reduced<'py, Args> = PyResult<(Bound<'py, PyAny>, Args)>;

/// Python's `repr` of a string: quotes and escapes as Python writes them.
pub(crate) fn quoted(py: Python<'_>, text: &str) -> PyResult<String> {
    Ok(PyString::new(py, text).repr()?.to_string())
}

/// The other operand of `*` and `/`: a plain number is an exact factor, as `2` in `q * 2`
/// means; a `Quantity` or an `Estimate` keeps its interval.
fn factor(other: &Bound<'_, PyAny>) -> PyResult<Estimate> {
    convert::figure_read_as("other", other, Printed::Exact)
}

/// A printed figure in a unit: `Quantity('16.94', 'billion kWh')`.
///
/// The unit is read as the JSON format writes it (`'billion kWh'`, `'percent'`, `'products'`)
/// or, failing that, as a report prints it after a number, in Vietnamese unless `lang='en'`
/// (`'tỷ kWh'`, `'triệu đồng'`, `'sản phẩm'`). A `str` value is then read as a report prints
/// numbers when the unit was in a report's words or `lang` is given (`'351.640'` is 351640 in
/// Vietnamese, `'351,640'` in English), and otherwise as the JSON format writes decimals
/// (`'351.640'` is 351.64): `Quantity('351.640', 'tỷ đồng')` is 351640 billion VND but
/// `Quantity('351.640', 'billion VND')` is 351.640 billion VND. An `int`, `Decimal` or `float`
/// value is taken exactly whatever the unit.
///
/// Arithmetic gives an `Estimate` that keeps the interval: `q + other` and `q - other` in one
/// dimension, `q * 2` and `q / 3` with a plain number (an exact factor; a printed one goes in
/// as an `Estimate`), and `q / other` by a figure of the same dimension, a plain ratio. Units
/// that do not combine raise `UnitMismatchError`: chiso has no compound units.
#[pyclass(module = "chiso", name = "Quantity", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyQuantity {
    pub(crate) inner: Quantity,
}

#[pymethods]
impl PyQuantity {
    #[new]
    #[pyo3(
        signature = (value, unit, bound = None, *, lang = None, last_digit = None),
        text_signature = "(value, unit, bound='as_printed', *, lang=None, last_digit=None)"
    )]
    fn new(
        value: &Bound<'_, PyAny>,
        unit: &Bound<'_, PyAny>,
        bound: Option<&Bound<'_, PyAny>>,
        lang: Option<&Bound<'_, PyAny>>,
        last_digit: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let lang = convert::optional_lang(lang)?;
        let (unit, unit_lang) = convert::unit_in_words(unit, lang)?;
        let bound = convert::bound("bound", bound, Printed::AsPrinted)?;
        let mut reported = Reported::new(convert::value_in_words(value, lang.or(unit_lang))?, bound);
        if let Some(digit) = last_digit.filter(|d| !d.is_none()) {
            let digit = convert::whole("last_digit", digit, i32::MIN, i32::MAX)?;
            reported = reported.with_last_digit(digit).py_err()?;
        }
        Ok(PyQuantity { inner: Quantity::from_reported(reported, unit) })
    }

    /// The value exactly as printed.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py_decimal(py, self.inner.value())
    }

    /// The unit, as the JSON format writes it.
    #[getter]
    fn unit(&self) -> String {
        self.inner.unit().to_string()
    }

    /// What the print promises: `as_printed`, `exact`, `more_than`, …
    #[getter]
    fn bound(&self) -> &'static str {
        self.inner.bound().name()
    }

    /// The power of ten of the last printed digit: −2 for `16.94`.
    #[getter]
    fn last_digit(&self) -> i32 {
        self.inner.reported().last_digit()
    }

    /// Every true value the figure allows.
    fn interval(&self) -> PyInterval {
        PyInterval { inner: self.inner.interval() }
    }

    /// The same figure in another scale of its dimension, exactly.
    fn to(&self, unit: &Bound<'_, PyAny>) -> PyResult<PyQuantity> {
        Ok(PyQuantity { inner: self.inner.to(&convert::unit("unit", unit)?).py_err()? })
    }

    /// The figure in the other currency of `rate`, an estimate whose interval carries the
    /// figure's own.
    fn convert(&self, rate: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: Estimate::from(&self.inner).convert(&exchange_rate(rate)?).py_err()? })
    }

    /// The average per counted item: a budget divided by a number of fairs.
    fn per(&self, count: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: Estimate::from(&self.inner).per(&convert::figure("count", count)?).py_err()? })
    }

    /// The figure as a report in `lang` (`"vi"` or `"en"`) prints it.
    #[pyo3(signature = (lang = None), text_signature = "($self, lang='en')")]
    fn format(&self, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(chiso::format_quantity(&self.inner, convert::lang(lang, Lang::En)?))
    }

    fn __add__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        let sum = Estimate::from(&self.inner).checked_add(&convert::figure("other", other)?);
        Ok(PyEstimate { inner: sum.py_err()? })
    }

    fn __sub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        let difference = Estimate::from(&self.inner).checked_sub(&convert::figure("other", other)?);
        Ok(PyEstimate { inner: difference.py_err()? })
    }

    fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        let sum = convert::figure("other", other)?.checked_add(&Estimate::from(&self.inner));
        Ok(PyEstimate { inner: sum.py_err()? })
    }

    fn __rsub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        let difference = convert::figure("other", other)?.checked_sub(&Estimate::from(&self.inner));
        Ok(PyEstimate { inner: difference.py_err()? })
    }

    /// The figure times a plain number, which is an exact factor (`q * 2` doubles), or an
    /// `Estimate` without a unit; the result keeps the figure's interval, multiplied.
    fn __mul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.checked_mul(&factor(other)?).py_err()? })
    }

    fn __rmul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: factor(other)?.checked_mul(&Estimate::from(&self.inner)).py_err()? })
    }

    /// The figure divided by a plain number (an exact divisor; the unit is kept) or by a figure
    /// of the same dimension (a plain ratio, unit `None`); `UnitMismatchError` otherwise.
    fn __truediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.checked_div(&factor(other)?).py_err()? })
    }

    fn __rtruediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: factor(other)?.checked_div(&Estimate::from(&self.inner)).py_err()? })
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut text = format!("Quantity('{}', {}", self.inner.value(), quoted(py, &self.unit())?);
        if self.inner.bound() != chiso::Bound::AsPrinted {
            text.push_str(&format!(", bound='{}'", self.inner.bound().name()));
        }
        if self.last_digit() != -(self.inner.value().scale() as i32) {
            text.push_str(&format!(", last_digit={}", self.last_digit()));
        }
        text.push(')');
        Ok(text)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String, String, &'static str, i32)> {
        let q = slf.get();
        let args = (q.inner.value().to_string(), q.unit(), q.bound(), q.last_digit());
        Ok((slf.py().import("chiso._chiso")?.getattr("_quantity")?, args))
    }
}

/// Rebuilds a pickled `Quantity`, its last printed digit included.
#[pyfunction]
pub(crate) fn _quantity(
    value: &Bound<'_, PyAny>,
    unit: &Bound<'_, PyAny>,
    bound: &Bound<'_, PyAny>,
    last_digit: &Bound<'_, PyAny>,
) -> PyResult<PyQuantity> {
    PyQuantity::new(value, unit, Some(bound), None, Some(last_digit))
}

/// The set of true values a figure allows: each end closed, open or unbounded (`None`).
#[pyclass(module = "chiso", name = "Interval", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyInterval {
    pub(crate) inner: Interval,
}

fn endpoint(arg: &str, value: Option<&Bound<'_, PyAny>>, open: bool) -> PyResult<Endpoint> {
    Ok(match value.filter(|v| !v.is_none()) {
        None => Endpoint::Unbounded,
        Some(v) if open => Endpoint::Open(convert::decimal(arg, v)?),
        Some(v) => Endpoint::Closed(convert::decimal(arg, v)?),
    })
}

#[pymethods]
impl PyInterval {
    #[new]
    #[pyo3(
        signature = (low, high, *, low_open = None, high_open = None),
        text_signature = "(low, high, *, low_open=False, high_open=False)"
    )]
    fn new(
        low: Option<&Bound<'_, PyAny>>,
        high: Option<&Bound<'_, PyAny>>,
        low_open: Option<&Bound<'_, PyAny>>,
        high_open: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let open = |arg, obj: Option<&Bound<'_, PyAny>>| obj.map_or(Ok(false), |o| convert::flag(arg, o));
        let low = endpoint("low", low, open("low_open", low_open)?)?;
        let interval = Interval::new(low, endpoint("high", high, open("high_open", high_open)?)?);
        Ok(PyInterval { inner: interval.py_err()? })
    }

    /// The low limit, `None` when unbounded below.
    #[getter]
    fn low<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.low_value().map(|low| convert::py_decimal(py, low)).transpose()
    }

    /// The high limit, `None` when unbounded above.
    #[getter]
    fn high<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.high_value().map(|high| convert::py_decimal(py, high)).transpose()
    }

    /// Whether the low limit itself is excluded (an unbounded end counts as open).
    #[getter]
    fn low_open(&self) -> bool {
        self.inner.low().is_open()
    }

    /// Whether the high limit itself is excluded (an unbounded end counts as open).
    #[getter]
    fn high_open(&self) -> bool {
        self.inner.high().is_open()
    }

    /// Whether the interval holds a single value.
    fn is_point(&self) -> bool {
        self.inner.is_point()
    }

    /// Whether `value` lies in the interval.
    fn contains(&self, value: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.inner.contains(convert::decimal("value", value)?))
    }

    fn __contains__(&self, value: &Bound<'_, PyAny>) -> PyResult<bool> {
        self.contains(value)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Interval({})", interval_args(&self.inner))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (Option<String>, Option<String>, bool, bool)> {
        let i = &slf.get().inner;
        let text = |e: Endpoint| e.value().map(|v| v.to_string());
        let args = (text(i.low()), text(i.high()), i.low().is_open(), i.high().is_open());
        Ok((slf.py().import("chiso._chiso")?.getattr("_interval")?, args))
    }
}

/// Rebuilds a pickled `Interval`.
#[pyfunction]
pub(crate) fn _interval(
    low: Option<&Bound<'_, PyAny>>,
    high: Option<&Bound<'_, PyAny>>,
    low_open: &Bound<'_, PyAny>,
    high_open: &Bound<'_, PyAny>,
) -> PyResult<PyInterval> {
    PyInterval::new(low, high, Some(low_open), Some(high_open))
}

/// The arguments that rebuild an interval: `'16.935', '16.945'`, `'2.79', None, low_open=True`.
fn interval_args(interval: &Interval) -> String {
    let text = |e: Endpoint| e.value().map_or_else(|| "None".to_string(), |v| format!("'{v}'"));
    let mut args = format!("{}, {}", text(interval.low()), text(interval.high()));
    if matches!(interval.low(), Endpoint::Open(_)) {
        args.push_str(", low_open=True");
    }
    if matches!(interval.high(), Endpoint::Open(_)) {
        args.push_str(", high_open=True");
    }
    args
}

/// A derived figure: the value computed from the printed figures and the interval of values
/// the inputs allow.
#[pyclass(module = "chiso", name = "Estimate", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyEstimate {
    pub(crate) inner: Estimate,
}

impl PyEstimate {
    pub(crate) fn of(inner: &Estimate) -> PyEstimate {
        PyEstimate { inner: inner.clone() }
    }
}

#[pymethods]
impl PyEstimate {
    #[new]
    #[pyo3(signature = (value, interval, unit = None))]
    fn new(value: &Bound<'_, PyAny>, interval: &Bound<'_, PyAny>, unit: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let interval = convert::instance::<PyInterval>("interval", interval, "a chiso.Interval")?.get().inner;
        let unit = unit.filter(|u| !u.is_none()).map(|u| convert::unit("unit", u)).transpose()?;
        let estimate = Estimate::new(convert::decimal("value", value)?, interval, unit);
        Ok(PyEstimate { inner: estimate.py_err()? })
    }

    /// The value computed from the printed figures.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py_decimal(py, self.inner.value())
    }

    /// The low limit of what the inputs allow, `None` when unbounded.
    #[getter]
    fn low<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.low().map(|low| convert::py_decimal(py, low)).transpose()
    }

    /// The high limit of what the inputs allow, `None` when unbounded.
    #[getter]
    fn high<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.high().map(|high| convert::py_decimal(py, high)).transpose()
    }

    /// Whether the low limit itself is excluded.
    #[getter]
    fn low_open(&self) -> bool {
        self.inner.interval().low().is_open()
    }

    /// Whether the high limit itself is excluded.
    #[getter]
    fn high_open(&self) -> bool {
        self.inner.interval().high().is_open()
    }

    /// The unit, `None` for a plain number.
    #[getter]
    fn unit(&self) -> Option<String> {
        self.inner.unit().map(ToString::to_string)
    }

    /// Every value the inputs allow.
    fn interval(&self) -> PyInterval {
        PyInterval { inner: self.inner.interval() }
    }

    /// The same estimate in another scale of its dimension.
    fn to(&self, unit: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.to(&convert::unit("unit", unit)?).py_err()? })
    }

    /// The estimate in the other currency of `rate`, its interval converted end by end.
    fn convert(&self, rate: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.convert(&exchange_rate(rate)?).py_err()? })
    }

    /// The average per counted item: a budget divided by a number of fairs.
    fn per(&self, count: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.per(&convert::figure("count", count)?).py_err()? })
    }

    /// The figure rounded for display to `decimals` places, with its interval rounded outward.
    #[pyo3(signature = (lang = None, decimals = None), text_signature = "($self, lang='en', decimals=2)")]
    fn format(&self, lang: Option<&Bound<'_, PyAny>>, decimals: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let decimals = decimals.map_or(Ok(2), |d| convert::whole("decimals", d, 0, u32::MAX))?;
        Ok(chiso::format_estimate(&self.inner, convert::lang(lang, Lang::En)?, decimals))
    }

    fn __add__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.checked_add(&convert::figure("other", other)?).py_err()? })
    }

    fn __sub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.checked_sub(&convert::figure("other", other)?).py_err()? })
    }

    fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: convert::figure("other", other)?.checked_add(&self.inner).py_err()? })
    }

    fn __rsub__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: convert::figure("other", other)?.checked_sub(&self.inner).py_err()? })
    }

    /// The estimate times a plain number (an exact factor) or a unitless estimate.
    fn __mul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.checked_mul(&factor(other)?).py_err()? })
    }

    fn __rmul__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: factor(other)?.checked_mul(&self.inner).py_err()? })
    }

    /// The estimate divided by a plain number (an exact divisor) or by a figure of the same
    /// dimension (a plain ratio).
    fn __truediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: self.inner.checked_div(&factor(other)?).py_err()? })
    }

    fn __rtruediv__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyEstimate> {
        Ok(PyEstimate { inner: factor(other)?.checked_div(&self.inner).py_err()? })
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let unit = match self.inner.unit() {
            Some(u) => format!(", unit={}", quoted(py, &u.to_string())?),
            None => String::new(),
        };
        Ok(format!("Estimate('{}', Interval({}){unit})", self.inner.value(), interval_args(&self.inner.interval())))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String, Bound<'py, PyInterval>, Option<String>)> {
        let py = slf.py();
        let e = slf.get();
        let args = (e.inner.value().to_string(), Bound::new(py, e.interval())?, e.unit());
        Ok((py.get_type::<PyEstimate>().into_any(), args))
    }
}

/// A reporting period: `Period('2024')`, `Period('2025-Q1')`, `Period('2025-03')`,
/// `Period('2025-YTD05')`.
#[pyclass(module = "chiso", name = "Period", frozen, eq, ord, hash)]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyPeriod {
    pub(crate) inner: Period,
}

#[pymethods]
impl PyPeriod {
    #[new]
    fn new(text: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyPeriod { inner: convert::period("text", text)? })
    }

    /// The first day.
    #[getter]
    fn start(&self) -> NaiveDate {
        self.inner.start()
    }

    /// The last day.
    #[getter]
    fn end(&self) -> NaiveDate {
        self.inner.end()
    }

    /// The calendar year.
    #[getter]
    fn year(&self) -> i32 {
        self.inner.calendar_year()
    }

    /// How many months the period covers.
    #[getter]
    fn month_count(&self) -> u32 {
        self.inner.month_count()
    }

    /// Whether the period runs from January to a month before December.
    fn is_year_to_date(&self) -> bool {
        self.inner.is_year_to_date()
    }

    /// The same period of the previous year (cùng kỳ); `UndefinedError` for year 1.
    fn previous_year(&self) -> PyResult<PyPeriod> {
        Ok(PyPeriod { inner: self.inner.checked_previous_year().py_err()? })
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Period('{}')", self.inner)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        Ok((slf.py().get_type::<PyPeriod>().into_any(), (slf.get().inner.to_string(),)))
    }
}

/// The core rate of a `chiso.ExchangeRate` argument.
fn exchange_rate(rate: &Bound<'_, PyAny>) -> PyResult<ExchangeRate> {
    Ok(convert::instance::<PyExchangeRate>("rate", rate, "a chiso.ExchangeRate")?.get().inner)
}

/// A currency given by its three-letter code: `'USD'`, `'VND'`.
fn currency(arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<Currency> {
    convert::text(arg, obj)?.parse().py_err()
}

/// One `base` is worth `rate` of `quote` on `date`: `ExchangeRate('USD', 'VND', '25450',
/// '2024-12-31')`. The only way chiso converts between currencies, so every conversion says
/// which rate of which day it used.
#[pyclass(module = "chiso", name = "ExchangeRate", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyExchangeRate {
    inner: ExchangeRate,
}

#[pymethods]
impl PyExchangeRate {
    #[new]
    fn new(
        base: &Bound<'_, PyAny>,
        quote: &Bound<'_, PyAny>,
        rate: &Bound<'_, PyAny>,
        date: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let (base, quote) = (currency("base", base)?, currency("quote", quote)?);
        let rate = ExchangeRate::new(base, quote, convert::decimal("rate", rate)?, convert::date("date", date)?);
        Ok(PyExchangeRate { inner: rate.py_err()? })
    }

    /// The currency one unit of which the rate prices: `'USD'`.
    #[getter]
    fn base(&self) -> String {
        self.inner.base().to_string()
    }

    /// The currency the price is in: `'VND'`.
    #[getter]
    fn quote(&self) -> String {
        self.inner.quote().to_string()
    }

    /// How many `quote` one `base` is worth.
    #[getter]
    fn rate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::py_decimal(py, self.inner.rate())
    }

    /// The day the rate applies to.
    #[getter]
    fn date(&self) -> NaiveDate {
        self.inner.date()
    }

    fn __str__(&self) -> String {
        format!("1 {} = {} {} on {}", self.inner.base(), self.inner.rate(), self.inner.quote(), self.inner.date())
    }

    fn __repr__(&self) -> String {
        let r = &self.inner;
        format!("ExchangeRate('{}', '{}', '{}', '{}')", r.base(), r.quote(), r.rate(), r.date())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String, String, String, String)> {
        let r = &slf.get().inner;
        let args = (r.base().to_string(), r.quote().to_string(), r.rate().to_string(), r.date().to_string());
        Ok((slf.py().get_type::<PyExchangeRate>().into_any(), args))
    }
}
