//! Figures as Vietnamese and English reports print them.
//!
//! Vietnamese groups thousands with `.` and marks decimals with `,` (`351.640`, `16,94`);
//! English does the reverse (`351,640`, `16.94`). Scale words, units and qualifiers follow
//! each language: `hơn 2,79 tỷ đồng` is `more than 2.79 billion VND`.

mod comparison;
mod compose;
mod extract;
pub(crate) mod fold;
mod format;
mod read;
mod vocabulary;

pub use comparison::Comparison;
pub use extract::{extract, Mention, MentionKind};
pub use format::{format_condition, format_decimal, format_estimate, format_growth, format_quantity, format_rounded};
pub(crate) use format::{growth_condition, with_unit};
#[cfg(feature = "fuzzing")]
pub(crate) use read::read_general_number;
pub use read::{parse_growth, parse_number, parse_quantity, parse_range, parse_unit};
pub use vocabulary::Lang;
