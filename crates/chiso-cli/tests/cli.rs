//! The `chiso` command as a user runs it: output, exit status and messages.

use std::process::{Command, Output};

fn chiso(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chiso")).args(args).output().expect("the chiso binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

fn dataset() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../chiso/data/binh_duong_2024.json").to_string()
}

#[test]
fn the_default_scorecard_is_the_embedded_report_in_english() {
    let output = chiso(&["scorecard"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "351,640 billion VND",
        "up 13.3%",
        "15.21 billion kWh (15.19–15.22)",
        "397,353.20–400,869.60 billion VND",
        "pending",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn the_vietnamese_scorecard_prints_as_the_report_does() {
    let output = chiso(&["scorecard", &dataset(), "--lang", "vi"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in ["351.640 tỷ đồng", "tăng 13,3%", "16,94 tỷ kWh", "hơn 2,79 tỷ đồng", "chưa có số liệu"]
    {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn json_and_csv_keep_every_digit() {
    let json = stdout(&chiso(&["scorecard", "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let rows = value["scorecard"]["rows"].as_array().expect("rows");
    let retail = rows.iter().find(|r| r["indicator"]["id"] == "retail_sales").expect("retail row");
    assert_eq!(retail["value"]["value"], "351640");
    assert_eq!(retail["assessments"][0]["required_upper"]["value"], "400869.60");
    let csv = stdout(&chiso(&["scorecard", "--format", "csv"]));
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.starts_with("indicator,name_vi,name_en,unit,period,value"));
    assert!(csv.lines().any(|l| l.starts_with("commercial_electricity,") && l.contains(",16.94,")), "{csv}");
}

#[test]
fn check_accepts_a_valid_report() {
    let output = chiso(&["check", &dataset()]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("valid: 20 indicators"));
}

#[test]
fn check_reports_an_inconsistent_report_and_still_exits_zero() {
    let text = std::fs::read_to_string(dataset()).expect("dataset");
    let extra = "\"observations\": [{\"indicator\": \"retail_sales\", \"period\": \"2023\", \"value\": \"300000\"},";
    let path = std::env::temp_dir().join(format!("chiso-inconsistent-{}.json", std::process::id()));
    std::fs::write(&path, text.replacen("\"observations\": [", extra, 1)).expect("write");
    let output = chiso(&["check", path.to_str().expect("path")]);
    std::fs::remove_file(&path).ok();
    assert!(output.status.success());
    let out = stdout(&output);
    assert!(out.contains("1 finding") && out.contains("retail_sales 2024"), "{out}");
}

#[test]
fn an_invalid_report_exits_2_naming_the_path_in_the_document() {
    let text = std::fs::read_to_string(dataset()).expect("dataset");
    let path = std::env::temp_dir().join(format!("chiso-invalid-{}.json", std::process::id()));
    std::fs::write(&path, text.replacen("\"period\": \"2024\"", "\"period\": \"2024-13\"", 1)).expect("write");
    let output = chiso(&["check", path.to_str().expect("path")]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("observations[0].period") && err.contains("\"2024-13\""), "{err}");
}

#[test]
fn missing_files_and_bad_arguments_get_a_message_not_a_panic() {
    for args in [
        &["check", "/no/such/report.json"][..],
        &["scorecard", "--lang", "fr"],
        &["scorecard", "--format", "xml"],
        &["frobnicate"],
        &[],
    ] {
        let output = chiso(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        assert!(!err.contains("panicked"), "{err}");
        assert!(!err.is_empty(), "{args:?} printed no message");
    }
}

#[test]
fn parse_reads_every_figure_of_a_sentence() {
    let output =
        chiso(&["parse", "Sản lượng điện thương phẩm ước đạt 16,94 tỷ kWh, tăng 11,4%; kinh phí hơn 2,79 tỷ đồng."]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in
        ["16,94 tỷ kWh", "tăng 11,4%", "hơn 2,79 tỷ đồng [more_than]", "growth", "Sản lượng điện thương phẩm"]
    {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let json = stdout(&chiso(&["parse", "up 13.3% to 351,640 billion VND", "--lang", "en", "--format", "json"]));
    let mentions: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(mentions[0]["kind"], "growth");
    assert_eq!(mentions[0]["value"], "13.3");
    assert_eq!(mentions[1]["value"], "351640");
    assert_eq!(mentions[1]["unit"], "billion VND");
}

#[test]
fn parse_reads_standard_input_and_reports_nothing_found() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(["parse", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all("Ngày 5/3/2025, lần thứ VII".as_bytes()).expect("write");
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success());
    assert_eq!(stdout(&output), "no figures found\n");
}
