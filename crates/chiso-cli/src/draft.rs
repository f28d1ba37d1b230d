//! `chiso draft`: a report drafted from press text, with where each row was read and what was left out.

use std::path::Path;

use chiso::{draft, standard_region, DraftOptions, Lang};

use crate::Failure;

/// The options of a draft from the command line's words: the region by code or name, the
/// publication date as `YYYY-MM-DD`.
pub fn options(lang: Lang, region: Option<&str>, as_of: Option<&str>) -> Result<DraftOptions, Failure> {
    let mut options = DraftOptions::new(lang);
    if let Some(region) = region {
        let found = standard_region(region).ok_or_else(|| {
            Failure(format!(
                "--region: {region:?} is neither a province code (VN-57, VN-HN) nor a province's name (Bình Dương, Hanoi)"
            ))
        })?;
        options = options.with_region(found);
    }
    if let Some(as_of) = as_of {
        let date =
            as_of.parse().map_err(|e| Failure(format!("--as-of: {as_of:?} is not a date written YYYY-MM-DD ({e})")))?;
        options = options.with_as_of(date);
    }
    Ok(options)
}

/// The draft's JSON; the report is also written to `report` when given.
pub fn render(text: &str, options: &DraftOptions, report: Option<&Path>) -> Result<String, Failure> {
    let drafted = draft(text, options)?;
    if let Some(path) = report {
        std::fs::write(path, drafted.report().to_json())
            .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(drafted.to_json())
}
