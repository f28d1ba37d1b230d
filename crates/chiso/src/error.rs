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
        /// The input as given.
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
    #[error("cannot read {text:?} at character {offset}: {expected}")]
    Parse {
        /// The text that was being read.
        text: String,
        /// The character offset (not byte offset) where reading failed.
        offset: usize,
        /// What was expected there, and why what was found is refused.
        expected: String,
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
        }
    }

    pub(crate) fn invalid(what: &'static str, input: impl Into<String>, why: impl Into<String>) -> Self {
        Error::InvalidInput { what, input: input.into(), why: why.into() }
    }
}

/// The result type of chiso's fallible functions.
pub type Result<T, E = Error> = std::result::Result<T, E>;
