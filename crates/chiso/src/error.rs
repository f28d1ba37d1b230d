//! The one error type of the crate.

/// Everything that can go wrong in chiso, each variant naming the input at fault.
///
/// Every variant has a stable machine-readable [`kind`](Error::kind), which the command line
/// prints and the Python package maps to its exception classes.
///
/// # Example
///
/// ```
/// use chiso::{Error, Unit};
///
/// let err = "billion percent".parse::<Unit>().unwrap_err();
/// assert_eq!(err.kind(), "invalid_input");
/// assert!(err.to_string().contains("billion percent"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Two figures whose units cannot be combined, such as kWh and VND, or USD and VND.
    #[error("cannot {operation} {left} and {right}: {why}")]
    UnitMismatch {
        /// What was being done (`add`, `compare`, …).
        operation: &'static str,
        /// The unit of the first figure.
        left: String,
        /// The unit of the second figure.
        right: String,
        /// Why the two do not combine.
        why: String,
    },
    /// A value that is not what its kind of input allows.
    #[error("{input:?} is not a valid {what}: {why}")]
    InvalidInput {
        /// What kind of input it was meant to be (`unit`, `period`, `decimal`, …).
        what: &'static str,
        /// The input as given, cut to its first [`Error::EXCERPT`] characters (with `…`) when
        /// longer.
        input: String,
        /// What is wrong with it.
        why: String,
    },
    /// A computation that has no answer for these inputs, such as growth from a zero base.
    #[error("{0}")]
    Undefined(String),
    /// A result too large for a `Decimal` (about 7.9 × 10^28).
    #[error("overflow while computing {0}: the result does not fit in a decimal of 28 digits")]
    Overflow(&'static str),
    /// A report document that does not follow `chiso.report/1`; `path` is where, in JSON terms.
    #[error("{path}: {message}")]
    InvalidReport {
        /// The JSON path of the offending value, such as `observations[3].period`.
        path: String,
        /// What is wrong there.
        message: String,
    },
    /// Text that could not be read as a figure.
    #[error(
        "cannot read \"{}{text}{}\" at character {offset}: {expected}",
        if *start > 0 { "…" } else { "" },
        if start + text.chars().count() < *length { "…" } else { "" }
    )]
    Parse {
        /// The text that was being read or, when it is longer than [`Error::EXCERPT`]
        /// characters, that many characters of it around `offset`: an error never carries a
        /// whole document.
        text: String,
        /// The character offset in the input where `text` begins (0 when it is all of it).
        start: usize,
        /// The character offset (not byte offset) in the input where reading failed.
        offset: usize,
        /// The length of the input in characters.
        length: usize,
        /// What was expected there, and why what was found is refused.
        expected: String,
    },
    /// A result computed exactly that a column function's output column cannot hold without
    /// rounding it (a rate of 10^10 or more, a level with more decimal places than its column's
    /// scale): the row is null rather than rounded. Its [`kind`](Error::kind) is `overflow`.
    #[error("{value} does not fit the output column: {why}")]
    Unrepresentable {
        /// The exact result.
        value: String,
        /// Which column it does not fit, and why.
        why: String,
    },
    /// A row of a column function that has no result, in the strict mode
    /// ([`OnError::Raise`](crate::columns::OnError::Raise)): the first such row and its error.
    /// Its [`kind`](Error::kind) is the inner error's.
    #[error("row {row}: {error}")]
    AtRow {
        /// The row, counted from 0.
        row: usize,
        /// What is wrong with it.
        error: Box<Error>,
    },
}

impl Error {
    /// A stable, machine-readable name of the kind of error.
    ///
    /// One of `unit_mismatch`, `invalid_input`, `undefined`, `overflow`, `invalid_report`,
    /// `parse`.
    ///
    /// # Example
    ///
    /// ```
    /// let err = chiso::Error::Overflow("growth");
    /// assert_eq!(err.kind(), "overflow");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Error::UnitMismatch { .. } => "unit_mismatch",
            Error::InvalidInput { .. } => "invalid_input",
            Error::Undefined(_) => "undefined",
            Error::Overflow(_) => "overflow",
            Error::InvalidReport { .. } => "invalid_report",
            Error::Parse { .. } => "parse",
            Error::Unrepresentable { .. } => "overflow",
            Error::AtRow { error, .. } => error.kind(),
        }
    }

    /// The most characters of an input an error quotes.
    pub const EXCERPT: usize = 80;

    pub(crate) fn invalid(what: &'static str, input: impl Into<String>, why: impl Into<String>) -> Self {
        let input = input.into();
        let input = match input.char_indices().nth(Error::EXCERPT) {
            Some((cut, _)) => format!("{}…", &input[..cut]),
            None => input,
        };
        Error::InvalidInput { what, input, why: why.into() }
    }

    /// A parse error at character `offset` of `text`, quoting at most [`Error::EXCERPT`]
    /// characters around it.
    pub(crate) fn parse(text: &str, offset: usize, expected: impl Into<String>) -> Self {
        let length = text.chars().count();
        let (start, excerpt) = excerpt(text, offset);
        Error::Parse { text: excerpt.to_string(), start, offset, length, expected: expected.into() }
    }
}

/// At most [`Error::EXCERPT`] characters of `text` around character `offset` (a third before
/// it, the rest after), and the character offset where they begin.
fn excerpt(text: &str, offset: usize) -> (usize, &str) {
    if text.chars().nth(Error::EXCERPT).is_none() {
        return (0, text);
    }
    let total = text.chars().count();
    let start = offset.min(total).saturating_sub(Error::EXCERPT / 3).min(total - Error::EXCERPT);
    let byte = |chars: usize| text.char_indices().nth(chars).map_or(text.len(), |(at, _)| at);
    (start, &text[byte(start)..byte(start + Error::EXCERPT)])
}

/// The result type of chiso's fallible functions.
pub type Result<T, E = Error> = std::result::Result<T, E>;
