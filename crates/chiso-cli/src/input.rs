//! What the commands read: one `chiso.report/1` file, or a panel: several report files, a
//! directory of long CSV files or a set of them.

use std::path::{Path, PathBuf};

use chiso::{Panel, Report};

use crate::{Errors, Failure};

/// A report, or a panel of many regions.
pub enum Input {
    Report(Report),
    Panel(Panel),
}

/// Reads `paths`: one JSON file is a report; a directory, several JSON files or CSV files
/// are a panel.
pub fn load(paths: &[PathBuf], errors: Errors) -> Result<Input, Failure> {
    match paths {
        [path] if path.is_dir() => directory(path, errors),
        [path] if !is_csv(path) => Ok(Input::Report(report(path)?)),
        _ if paths.iter().all(|p| is_csv(p)) => csv_files(paths, errors),
        _ if paths.iter().any(|p| is_csv(p)) => {
            Err(Failure("give either chiso.report/1 JSON files or long CSV files, not both".into()))
        }
        _ => reports(paths),
    }
}

fn is_csv(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))
}

pub fn report(path: &Path) -> Result<Report, Failure> {
    Report::from_json(&read(path)?)
        .map_err(|e| Failure(format!("{} is not a valid chiso.report/1 document: {e}", path.display())))
}

/// One panel of several reports, one region each.
fn reports(paths: &[PathBuf]) -> Result<Input, Failure> {
    let reports = paths.iter().map(|p| report(p)).collect::<Result<Vec<_>, _>>()?;
    let panel = Panel::from_reports(reports).map_err(|e| Failure(format!("the reports do not make one panel: {e}")))?;
    Ok(Input::Panel(panel))
}

/// A directory of long CSV files (`indicators.csv`, `observations*.csv`, `targets.csv`,
/// `regions.csv`), or else of report JSON files.
fn directory(path: &Path, errors: Errors) -> Result<Input, Failure> {
    let entries = std::fs::read_dir(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        if entry.path().is_file() {
            files.push(entry.path());
        }
    }
    // Several observation files are read in the order of their names.
    files.sort();
    let csv: Vec<PathBuf> = files.iter().filter(|p| is_csv(p)).cloned().collect();
    let json: Vec<PathBuf> =
        files.iter().filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))).cloned().collect();
    match (csv.is_empty(), json.is_empty()) {
        (false, _) => csv_files(&csv, errors),
        (true, false) => reports(&json),
        (true, true) => Err(Failure(format!(
            "{} holds neither long CSV files (indicators.csv, observations.csv, ...) nor chiso.report/1 JSON files",
            path.display()
        ))),
    }
}

fn csv_files(paths: &[PathBuf], errors: Errors) -> Result<Input, Failure> {
    let _ = (paths, errors);
    Err(Failure("long CSV input needs the long branch".into()))
}
