//! chiso: economic indicators as government reports print them.
#![deny(missing_docs)]

mod arith;
mod error;
mod estimate;
mod growth;
mod interval;
mod period;
mod quantity;
mod text;
mod unit;
mod value;

pub use error::{Error, Result};
pub use estimate::Estimate;
pub use growth::{cagr, change_pp, contribution, growth, implied_base, project, share};
pub use interval::{Endpoint, Interval};
pub use period::{Period, Span};
pub use quantity::Quantity;
pub use unit::{Currency, Dimension, ExchangeRate, Scale, Unit};
pub use value::{parse_decimal, Bound, Reported, ABOUT_TOLERANCE};
pub use text::{format_decimal, format_estimate, format_growth, format_quantity, format_rounded, Lang};
