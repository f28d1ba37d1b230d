//! What the commands read: one `chiso.report/2` (or `/1`) file, or a panel: several report files, a
//! directory of long CSV files or a set of them.

use std::path::{Path, PathBuf};

use chiso::panel::{LongCsv, OnBadRow};
use chiso::{Panel, Report};

use crate::{plural, Errors, Failure};

/// A report, or a panel of many regions.
pub enum Input {
    Report(Box<Report>),
    Panel(Box<Panel>),
}

/// Reads `paths`: one JSON file is a report; a directory, several JSON files or CSV files
/// are a panel.
pub fn load(paths: &[PathBuf], errors: Errors) -> Result<Input, Failure> {
    match paths {
        [path] if path.is_dir() => directory(path, errors),
        [path] if !is_csv(path) => Ok(Input::Report(Box::new(report(path)?))),
        _ if paths.iter().all(|p| is_csv(p)) => csv_files(paths, errors),
        _ if paths.iter().any(|p| is_csv(p)) => {
            Err(Failure("give either chiso.report JSON files or long CSV files, not both".into()))
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
        .map_err(|e| Failure(format!("{} is not a valid chiso.report document: {e}", path.display())))
}

/// One panel of several reports, one region each.
fn reports(paths: &[PathBuf]) -> Result<Input, Failure> {
    let reports = paths.iter().map(|p| report(p)).collect::<Result<Vec<_>, _>>()?;
    let panel = Panel::from_reports(reports).map_err(|e| Failure(format!("the reports do not make one panel: {e}")))?;
    Ok(Input::Panel(Box::new(panel)))
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
            "{} holds neither long CSV files (indicators.csv, observations.csv, ...) nor chiso.report JSON files",
            path.display()
        ))),
    }
}

/// The tables of the long format, by the start of their files' names.
const TABLES: [&str; 4] = ["indicators", "observations", "targets", "regions"];

/// A panel from long CSV files, each named for its table (`indicators.csv`,
/// `observations.csv` or several `observations*.csv`, `targets.csv`, `regions.csv`). Every bad
/// row is printed; with [`Errors::Raise`] they make the command fail, with
/// [`Errors::Collect`] they are warnings and the panel holds the good rows.
fn csv_files(paths: &[PathBuf], errors: Errors) -> Result<Input, Failure> {
    let mut tables: [Vec<&PathBuf>; 4] = Default::default();
    for path in paths {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_lowercase();
        let Some(table) = TABLES.iter().position(|t| stem.starts_with(t)) else {
            return Err(Failure(format!(
                "{}: a long CSV file is named for its table: indicators.csv, observations*.csv, targets.csv or regions.csv",
                path.display()
            )));
        };
        tables[table].push(path);
    }
    let [indicators, observations, targets, regions] = &tables;
    let one = |table: usize, files: &[&PathBuf]| -> Result<Option<String>, Failure> {
        match files {
            [] => Ok(None),
            [path] => read(path).map(Some),
            _ => Err(Failure(format!("give one {}.csv, not {}", TABLES[table], files.len()))),
        }
    };
    let indicators_text = one(0, indicators)?.ok_or_else(|| {
        Failure("a panel of long CSV files needs its indicators.csv (the indicator catalogue)".into())
    })?;
    if observations.is_empty() {
        return Err(Failure("a panel of long CSV files needs at least one observations*.csv".into()));
    }
    let observations_text = observations.iter().map(|p| read(p)).collect::<Result<Vec<_>, _>>()?;
    let (targets_text, regions_text) = (one(2, targets)?, one(3, regions)?);
    let parts: Vec<&str> = observations_text.iter().map(String::as_str).collect();
    let csv = LongCsv {
        indicators: &indicators_text,
        observations: &parts,
        targets: targets_text.as_deref(),
        regions: regions_text.as_deref(),
    };
    let (panel, bad_rows) = Panel::from_csv(csv, OnBadRow::Collect)
        .map_err(|e| Failure(format!("the long CSV files are not a valid panel: {e}")))?;
    // The core names the tables as the long format does; the user knows the files.
    let file_of = |table: &str| -> String {
        let file = match table {
            "indicators.csv" => indicators.first(),
            "targets.csv" => targets.first(),
            "regions.csv" => regions.first(),
            "observations.csv" => observations.first(),
            _ => table
                .strip_prefix("observations.csv part ")
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| observations.get(n.wrapping_sub(1))),
        };
        file.map_or_else(|| table.to_string(), |p| p.display().to_string())
    };
    let lines: Vec<String> = bad_rows
        .iter()
        .map(|bad| match &bad.column {
            Some(column) => format!("{} row {}, column {column:?}: {}", file_of(&bad.table), bad.row, bad.message),
            None => format!("{} row {}: {}", file_of(&bad.table), bad.row, bad.message),
        })
        .collect();
    match (errors, lines.is_empty()) {
        (_, true) => Ok(Input::Panel(Box::new(panel))),
        (Errors::Raise, false) => Err(Failure(format!(
            "{} (give --errors collect to go on with the good rows):\n{}",
            plural(lines.len(), "bad row"),
            lines.join("\n")
        ))),
        (Errors::Collect, false) => {
            for line in &lines {
                eprintln!("chiso: warning: skipped {line}");
            }
            eprintln!("chiso: warning: {} skipped; going on with the good rows", plural(lines.len(), "bad row"));
            Ok(Input::Panel(Box::new(panel)))
        }
    }
}
