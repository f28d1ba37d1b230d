//! Replays every input saved under `fuzz/regressions/<target>/` through the check its fuzz
//! target runs (`chiso::fuzzing`), so that a crash found once by `cargo fuzz` stays fixed. A
//! failure names the file. Each target's folder must hold at least one input: an empty folder
//! would make its test pass without checking anything.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use chiso::fuzzing::{self, structured, ArithmeticPlan, ColumnsPlan, ReportPlan};

fn inputs(target: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let entries = std::fs::read_dir(&folder).unwrap_or_else(|err| panic!("{}: {err}", folder.display()));
    let mut files: Vec<PathBuf> = entries.map(|e| e.expect("a readable folder entry").path()).collect();
    files.retain(|path| path.is_file());
    files.sort();
    assert!(!files.is_empty(), "{} holds no input, so replaying {target} would check nothing", folder.display());
    files
}

fn replay(target: &str, check: impl Fn(&[u8])) {
    let mut failures = Vec::new();
    for file in inputs(target) {
        let bytes = std::fs::read(&file).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| check(&bytes))) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", file.display()));
        }
    }
    assert!(failures.is_empty(), "{} saved {target} input(s) fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn report_json() {
    replay("report_json", fuzzing::check_report_json);
}

#[test]
fn report_plan() {
    replay("report_plan", |data| {
        if let Some(plan) = structured::<ReportPlan>(data) {
            fuzzing::check_report_plan(plan);
        }
    });
}

#[test]
fn text() {
    replay("text", fuzzing::check_text);
}

#[test]
fn periods_and_units() {
    replay("periods_and_units", fuzzing::check_periods_and_units);
}

#[test]
fn arithmetic() {
    replay("arithmetic", |data| {
        if let Some(plan) = structured::<ArithmeticPlan>(data) {
            fuzzing::check_arithmetic(plan);
        }
    });
}

#[test]
fn columns() {
    replay("columns", |data| {
        if let Some(plan) = structured::<ColumnsPlan>(data) {
            fuzzing::check_columns(plan);
        }
    });
}

#[test]
fn panel_csv() {
    replay("panel_csv", fuzzing::check_panel_csv);
}

#[test]
fn draft() {
    replay("draft", fuzzing::check_draft);
}
