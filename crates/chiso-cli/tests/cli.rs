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

/// The embedded report as a `chiso.report/1` file, which predates Bình Dương's end on 1 July
/// 2025: its 2025 targets are pending, where the shipped report's are not assessable.
fn dataset() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../chiso/tests/fixtures/binh_duong_2024_v1.json").to_string()
}

/// The text of [`dataset`].
fn dataset_text() -> String {
    std::fs::read_to_string(dataset()).expect("the fixture")
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
        "not assessable",
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
    assert!(out.contains("1 finding") && out.contains("\n- Retail sales of goods and service revenue 2024: "), "{out}");
}

#[test]
fn check_flags_a_negative_count_and_a_share_past_100_percent_and_strict_fails_on_them() {
    let text = std::fs::read_to_string(dataset()).expect("dataset");
    let text = text.replacen("\"value\": \"41\"", "\"value\": \"-41\"", 1).replacen(
        "\"value\": \"100\"",
        "\"value\": \"140\"",
        1,
    );
    let path = std::env::temp_dir().join(format!("chiso-impossible-{}.json", std::process::id()));
    std::fs::write(&path, text).expect("write");
    let output = chiso(&["check", path.to_str().expect("path")]);
    let strict = chiso(&["check", "--strict", path.to_str().expect("path")]);
    let json = chiso(&["check", "--format", "json", path.to_str().expect("path")]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "valid, with 2 findings:\n\
         - Typical rural industrial products recognised at province level 2024: the reported -41 products is below 0 \
         products, the least it can be.\n\
         - Share of dossier results digitised 2024: the reported 140% is above 100%, the most it can be.\n"
    );
    assert_eq!(strict.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let kinds: Vec<&str> =
        document["findings"].as_array().expect("findings").iter().filter_map(|f| f["kind"].as_str()).collect();
    assert_eq!(kinds, ["out_of_range", "out_of_range"]);
    assert_eq!(document["findings"][1]["gap"], "39.5");
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
fn parse_says_aims_comparisons_estimates_and_spans() {
    let text = "Exports were an estimated US$34.5 billion, up 9% y/y. The province aims for growth of 8% a year \
                over 2021-2025.";
    let json = stdout(&chiso(&["parse", text, "--lang", "en", "--format", "json"]));
    let mentions: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(
        mentions,
        serde_json::json!([
            {"start": 26, "end": 41, "text": "US$34.5 billion", "kind": "level", "value": "34.5",
             "unit": "billion USD", "bound": "as_printed", "context": "Exports were an estimated",
             "aim": false, "estimated": true},
            {"start": 43, "end": 52, "text": "up 9% y/y", "kind": "growth", "value": "9", "unit": "percent",
             "bound": "as_printed", "context": "Exports were an estimated", "aim": false, "estimated": true,
             "compared_with": "same_period"},
            {"start": 76, "end": 110, "text": "growth of 8% a year over 2021-2025", "kind": "average_growth",
             "value": "8", "unit": "percent", "bound": "as_printed", "context": "The province aims for",
             "aim": true, "estimated": false, "span": ["2021", "2025"]}
        ])
    );
    let table = stdout(&chiso(&["parse", "Tỉnh phấn đấu tăng 10% so với cùng kỳ; đạt 105% kế hoạch."]));
    for expected in ["growth, aim, same_period", "share, aim, plan"] {
        assert!(table.contains(expected), "missing {expected:?} in\n{table}");
    }
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

/// The embedded report with one more observation, written to a file the test owns.
fn embedded_with(observation: &str, name: &str) -> std::path::PathBuf {
    let text = dataset_text();
    let path = std::env::temp_dir().join(format!("chiso-{name}-{}.json", std::process::id()));
    std::fs::write(&path, text.replacen("\"observations\": [", &format!("\"observations\": [{observation},"), 1))
        .expect("write");
    path
}

#[test]
fn check_never_says_every_figure_agrees_about_a_relation_it_could_not_compute() {
    let zero = r#"{"indicator": "retail_sales", "period": "2023", "value": "0", "bound": "exact"}"#;
    let path = embedded_with(zero, "zero-base");
    let text = chiso(&["check", path.to_str().expect("path")]);
    let json = chiso(&["check", path.to_str().expect("path"), "--format", "json"]);
    std::fs::remove_file(&path).ok();
    assert_eq!(text.status.code(), Some(0));
    let out = stdout(&text);
    assert!(!out.contains("every figure agrees"), "{out}");
    assert!(
        out.starts_with(
            "valid: 20 indicators, 17 observations, 5 targets; 0 relations agree; 1 could not be checked:\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "\n- Retail sales of goods and service revenue 2024: the reported growth of 13.3% and the levels \
             351,640 billion VND (2024) and 0 billion VND (2023) were not checked, because "
        ),
        "{out}"
    );
    assert_eq!(json.status.code(), Some(0));
    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(document["agreeing"], 0);
    assert_eq!(document["findings"].as_array().map(Vec::len), Some(0));
    assert_eq!(document["unchecked"][0]["indicators"][0], "retail_sales");
    assert_eq!(document["unchecked"][0]["period"], "2024");
    assert_eq!(document["unchecked"][0]["kind"], "growth");
}

#[test]
fn check_says_how_many_relations_it_checked_and_nothing_more() {
    let path = std::env::temp_dir().join(format!("chiso-embedded-{}.json", std::process::id()));
    std::fs::write(&path, chiso::datasets::binh_duong_2024().to_json()).expect("write");
    let none = stdout(&chiso(&["check", path.to_str().expect("path")]));
    std::fs::remove_file(&path).ok();
    assert!(none.ends_with("; no two figures are related, so there was nothing to check\n"), "{none}");
    // 351,640 / 310,362 − 1 = 13.29995…%, inside 13.3% as printed.
    let agreeing = r#"{"indicator": "retail_sales", "period": "2023", "value": "310362"}"#;
    let path = embedded_with(agreeing, "agreeing");
    let one = stdout(&chiso(&["check", path.to_str().expect("path")]));
    std::fs::remove_file(&path).ok();
    assert!(
        one.ends_with("; every figure agrees with the others within its printed bounds (1 relation checked)\n"),
        "{one}"
    );
}

/// The embedded report with two targets whose required levels overflow a decimal: retail
/// sales up 10^27 percent, and exports of 7.9 × 10^28 up 900%.
fn overflowing_report() -> std::path::PathBuf {
    use chiso::{Condition, Observation, Target};
    let huge = Condition::AtLeast(rust_decimal::Decimal::from_i128_with_scale(10_i128.pow(27), 0));
    let report = chiso::Report::from_json(&dataset_text())
        .unwrap()
        .with_target(Target::growth("retail_sales", "2025".parse().unwrap(), huge).unwrap())
        .unwrap()
        .with_observation(
            Observation::new("exports", "2023".parse().unwrap())
                .unwrap()
                .with_value("79000000000000000000000000000".parse().unwrap()),
        )
        .unwrap()
        .with_target(
            Target::new(
                "exports",
                "2025".parse().unwrap(),
                Some("2023".parse().unwrap()),
                chiso::Spec::Growth(Condition::AtLeast(rust_decimal::Decimal::from(900))),
            )
            .unwrap(),
        )
        .unwrap();
    let path = std::env::temp_dir().join(format!("chiso-overflow-{}.json", std::process::id()));
    std::fs::write(&path, report.to_json()).expect("write");
    path
}

#[test]
fn a_target_that_overflows_fails_only_its_own_cell_in_every_format() {
    let path = overflowing_report();
    let file = path.to_str().expect("path");
    let table = chiso(&["scorecard", file]);
    let vi = chiso(&["scorecard", file, "--lang", "vi"]);
    let json = chiso(&["scorecard", file, "--format", "json"]);
    let csv = chiso(&["scorecard", file, "--format", "csv"]);
    std::fs::remove_file(&path).ok();
    for output in [&table, &vi, &json, &csv] {
        assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    }

    let text = stdout(&table);
    let retail_lines: Vec<&str> = text.lines().filter(|l| l.starts_with("Retail sales")).collect();
    // The figures line, the 13–14% target as before, and the failed target with its error.
    assert_eq!(retail_lines.len(), 3, "{text}");
    assert!(retail_lines[1].contains("397,353.20–400,869.60 billion VND") && retail_lines[1].ends_with("pending"));
    assert!(retail_lines[2].contains("growth at least 1,000,000,000,000,000,000,000,000,000%"), "{text}");
    assert!(retail_lines[2].contains("error: overflow while computing"), "{text}");
    let exports: Vec<&str> = text.lines().filter(|l| l.contains("error: overflow")).collect();
    assert_eq!(exports.len(), 2, "{text}");
    for expected in ["15.21 billion kWh (15.19–15.22)", "up 13.3%"] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // The exports row has no growth, so no implied previous year and no error there.
    assert!(!text.contains("— (overflow"), "{text}");
    assert!(stdout(&vi).contains("lỗi: overflow while computing"), "{}", stdout(&vi));

    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let rows = document["scorecard"]["rows"].as_array().expect("rows");
    let retail = rows.iter().find(|r| r["indicator"]["id"] == "retail_sales").expect("retail row");
    assert_eq!(retail["assessments"][0]["required_upper"]["value"], "400869.60");
    let failure = &retail["failures"][0];
    assert_eq!(failure["indicator"], "retail_sales");
    assert_eq!(failure["period"], "2025");
    assert_eq!(failure["target"], "growth at least 1,000,000,000,000,000,000,000,000,000%");
    assert_eq!(failure["kind"], "overflow");
    assert!(failure["message"].as_str().is_some_and(|m| m.starts_with("overflow while computing")), "{failure}");

    let csv = stdout(&csv);
    assert!(csv
        .lines()
        .next()
        .unwrap_or_default()
        .ends_with(",target,required,required_upper,verdict,gap_pp,reason,error,rest_of_year,rest_of_year_growth,rest_of_year_growth_upper,progress,progress_measure"));
    let failed: Vec<&str> = csv.lines().filter(|l| l.contains("overflow")).collect();
    assert_eq!(failed.len(), 2, "{csv}");
    // The target, then no required level, no verdict, no gap, no reason: the error.
    assert!(failed[0].starts_with("exports,") && failed[0].ends_with(",2025,growth at least 900%,,,,,,overflow while computing a projection: the result does not fit in a decimal of 28 digits,,,,,"), "{csv}");
    assert!(failed[1].starts_with("retail_sales,"), "{csv}");
    assert!(
        failed[1].ends_with(&format!(
            ",2025,\"growth at least 1,000,000,000,000,000,000,000,000,000%\",,,,,,{},,,,,",
            failure["message"].as_str().unwrap_or_default()
        )),
        "{csv}"
    );
    assert!(csv.lines().any(|l| l.starts_with("retail_sales,") && l.contains(",pending,")), "{csv}");
}

#[test]
fn a_previous_year_level_that_overflows_says_so_in_its_cell() {
    let huge =
        r#"{"indicator": "retail_sales", "period": "2025", "value": "79000000000000000000000000000", "growth": "-50"}"#;
    let path = embedded_with(huge, "implied-overflow");
    let output = chiso(&["scorecard", path.to_str().expect("path")]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let retail = text.lines().find(|l| l.starts_with("Retail sales")).unwrap_or_default();
    assert!(retail.contains("down 50%") && retail.contains("— (overflow while computing"), "{text}");
}

/// A directory of its own under the system's temporary directory, removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("chiso-cli-{name}-{}", std::process::id()));
        std::fs::remove_dir_all(&path).ok();
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir(path)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write");
        path.to_str().expect("a UTF-8 path").to_string()
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 path")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// The embedded report as the report of another region, Đồng Nai (VN-39).
fn dong_nai_json() -> String {
    dataset_text()
        .replacen("\"id\": \"VN-57\"", "\"id\": \"VN-39\"", 1)
        .replacen("\"vi\": \"Bình Dương\"", "\"vi\": \"Đồng Nai\"", 1)
        .replacen("\"en\": \"Binh Duong\"", "\"en\": \"Dong Nai\"", 1)
}

/// Two report files, Bình Dương's and Đồng Nai's; with `finding`, Đồng Nai's has a 2023 retail
/// level that its 13.3% growth cannot reach.
fn two_reports(dir: &TempDir, finding: bool) -> [String; 2] {
    let mut dong_nai = dong_nai_json();
    if finding {
        let extra = r#""observations": [{"indicator": "retail_sales", "period": "2023", "value": "300000"},"#;
        dong_nai = dong_nai.replacen("\"observations\": [", extra, 1);
    }
    [dir.write("binh_duong.json", &dataset_text()), dir.write("dong_nai.json", &dong_nai)]
}

#[test]
fn a_set_of_report_files_gives_one_scorecard_per_region() {
    let dir = TempDir::new("json-set");
    let [binh_duong, dong_nai] = two_reports(&dir, false);
    let output = chiso(&["scorecard", &binh_duong, &dong_nai]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let single = stdout(&chiso(&["scorecard", &binh_duong]));
    // Each region's table is its own report's, one after the other.
    assert!(text.starts_with(&single), "{text}");
    let rest = &text[single.len()..];
    assert!(rest.starts_with("\nDong Nai — Binh Duong Department of Industry and Trade\n"), "{rest}");
    assert_eq!(text.matches("351,640 billion VND").count(), 2, "{text}");
    // A directory of the same files gives the same.
    let from_directory = chiso(&["scorecard", dir.path()]);
    assert_eq!(stdout(&from_directory), text);
}

#[test]
fn a_panel_scorecard_in_json_and_csv_reads_back_region_by_region() {
    let dir = TempDir::new("json-set-formats");
    let [binh_duong, dong_nai] = two_reports(&dir, false);
    let json = chiso(&["scorecard", &binh_duong, &dong_nai, "--format", "json"]);
    assert_eq!(json.status.code(), Some(0), "{}", stderr(&json));
    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let regions = document["regions"].as_array().expect("regions");
    assert_eq!(regions.len(), 2);
    let single: serde_json::Value =
        serde_json::from_str(&stdout(&chiso(&["scorecard", &binh_duong, "--format", "json"]))).expect("JSON");
    assert_eq!(regions[0], single);
    assert_eq!(regions[1]["region"]["id"], "VN-39");
    assert_eq!(regions[1]["scorecard"], single["scorecard"]);

    let csv = stdout(&chiso(&["scorecard", &binh_duong, &dong_nai, "--format", "csv"]));
    let single_csv = stdout(&chiso(&["scorecard", &binh_duong, "--format", "csv"]));
    let mut lines = csv.lines();
    let header = format!("region,{}", single_csv.lines().next().unwrap_or_default());
    assert_eq!(lines.next(), Some(header.as_str()));
    let expected: Vec<String> = ["VN-57", "VN-39"]
        .iter()
        .flat_map(|region| single_csv.lines().skip(1).map(move |line| format!("{region},{line}")))
        .collect();
    assert_eq!(lines.map(str::to_string).collect::<Vec<_>>(), expected);
}

#[test]
fn check_on_a_panel_says_each_regions_findings_and_strict_gates_on_them() {
    let dir = TempDir::new("json-set-check");
    let [binh_duong, dong_nai] = two_reports(&dir, true);
    let output = chiso(&["check", &binh_duong, &dong_nai]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "panel: 2 regions, 20 indicators, 33 observations, 10 targets; 1 finding, 0 could not be checked\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nVN-57 (Binh Duong): valid: 16 observations, 5 targets; no two figures are related"),
        "{text}"
    );
    assert!(
        text.contains(
            "\nVN-39 (Dong Nai): valid, with 1 finding:\n- Retail sales of goods and service revenue 2024: \
             the reported growth of 13.3%"
        ),
        "{text}"
    );

    let strict = chiso(&["check", "--strict", &binh_duong, &dong_nai]);
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(stdout(&strict), text);
    let single = chiso(&["check", "--strict", &dong_nai]);
    assert_eq!(single.status.code(), Some(1));
    assert!(stdout(&single).starts_with("valid, with 1 finding:\n"));

    let json = chiso(&["check", &binh_duong, &dong_nai, "--format", "json", "--strict"]);
    assert_eq!(json.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(document["findings"], 1);
    assert_eq!(document["regions"][0]["region"], "VN-57");
    assert_eq!(document["regions"][0]["findings"].as_array().map(Vec::len), Some(0));
    let finding = &document["regions"][1]["findings"][0];
    assert_eq!(finding["indicators"][0], "retail_sales");
    assert_eq!(finding["period"], "2024");

    let csv = chiso(&["check", &binh_duong, &dong_nai, "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0));
    let csv = stdout(&csv);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert_eq!(lines[0], "region,outcome,kind,indicators,period,reported,reported_low,reported_high,implied,implied_low,implied_high,gap,unit,message");
    let reported = finding["reported"]["value"].as_str().unwrap_or_default();
    let gap = finding["gap"].as_str().unwrap_or_default();
    assert!(lines[1].starts_with(&format!("VN-39,finding,growth,retail_sales,2024,{reported},")), "{csv}");
    assert!(lines[1].contains(&format!(",{gap},percent,")), "{csv}");
}

#[test]
fn strict_passes_a_panel_without_findings() {
    let dir = TempDir::new("json-set-clean");
    let [binh_duong, dong_nai] = two_reports(&dir, false);
    for format in ["text", "json", "csv"] {
        let output = chiso(&["check", "--strict", &binh_duong, &dong_nai, "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{format}: {}", stderr(&output));
    }
    let single = chiso(&["check", "--strict", &binh_duong]);
    assert_eq!(single.status.code(), Some(0));
}

#[test]
fn reports_of_one_region_twice_are_not_a_panel() {
    let dir = TempDir::new("json-set-twice");
    let [binh_duong, _] = two_reports(&dir, false);
    let output = chiso(&["check", &binh_duong, &binh_duong]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.starts_with("chiso: error: the reports do not make one panel: "), "{err}");
}

/// The panel of Bình Dương's and Đồng Nai's reports (Đồng Nai's with one finding) as long CSV
/// files in `dir`, the observations split in two files when `split`; and the two report files,
/// in a directory of their own.
fn long_csv(dir: &TempDir, split: bool) -> (Vec<String>, TempDir, [String; 2]) {
    let json = TempDir::new(&format!("{}-json", dir.0.file_name().and_then(|n| n.to_str()).unwrap_or("long")));
    let reports = two_reports(&json, true);
    let panel = chiso::Panel::from_reports(
        reports
            .iter()
            .map(|path| chiso::Report::from_json(&std::fs::read_to_string(path).expect("read")).expect("a report")),
    )
    .expect("a panel");
    let csv = panel.to_csv();
    let mut files = vec![
        dir.write("indicators.csv", &csv.indicators),
        dir.write("targets.csv", &csv.targets),
        dir.write("regions.csv", &csv.regions),
    ];
    if split {
        let lines: Vec<&str> = csv.observations.lines().collect();
        let (first, second) = lines[1..].split_at(lines.len() / 2);
        files.push(dir.write("observations_1.csv", &(lines[0].to_string() + "\n" + &first.join("\n") + "\n")));
        files.push(dir.write("observations_2.csv", &(lines[0].to_string() + "\n" + &second.join("\n") + "\n")));
    } else {
        files.push(dir.write("observations.csv", &csv.observations));
    }
    (files, json, reports)
}

#[test]
fn a_directory_and_a_set_of_long_csv_files_give_what_the_report_files_give() {
    let dir = TempDir::new("long-dir");
    let (_, _json, reports) = long_csv(&dir, false);
    let split = TempDir::new("long-split");
    let (files, _, _) = long_csv(&split, true);
    let mut files: Vec<&str> = files.iter().map(String::as_str).collect();
    for args in [
        &["scorecard"][..],
        &["scorecard", "--format", "csv"],
        &["scorecard", "--format", "json", "--lang", "vi"],
        &["check"],
        &["check", "--format", "json"],
        &["check", "--format", "csv"],
    ] {
        let from_reports = chiso(&[args, &[reports[0].as_str(), reports[1].as_str()]].concat());
        let from_directory = chiso(&[args, &[dir.path()]].concat());
        let from_files = chiso(&[args, &files].concat());
        assert_eq!(from_directory.status.code(), Some(0), "{args:?}: {}", stderr(&from_directory));
        assert_eq!(from_files.status.code(), Some(0), "{args:?}: {}", stderr(&from_files));
        assert_eq!(stdout(&from_directory), stdout(&from_reports), "{args:?}");
        assert_eq!(stdout(&from_files), stdout(&from_reports), "{args:?}");
    }
    let strict = chiso(&["check", "--strict", dir.path()]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(stdout(&strict).contains("\nVN-39 (Dong Nai): valid, with 1 finding:\n"), "{}", stdout(&strict));
    // Files in another order are the same tables.
    files.reverse();
    assert_eq!(
        stdout(&chiso(&["check", "--format", "json"].iter().copied().chain(files.iter().copied()).collect::<Vec<_>>())),
        stdout(&chiso(&["check", "--format", "json", dir.path()]))
    );
}

#[test]
fn a_panel_directory_speaks_vietnamese_with_lang_vi() {
    let dir = TempDir::new("long-dir-vi");
    let (_, _json, reports) = long_csv(&dir, false);
    let csv = chiso(&["scorecard", dir.path(), "--lang", "vi", "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0), "{}", stderr(&csv));
    let csv = stdout(&csv);
    assert!(csv.starts_with("địa phương,mã chỉ tiêu,tên chỉ tiêu,"), "{csv}");
    assert!(
        csv.lines().any(|l| l.starts_with("VN-57,household_electricity_access,")
            && l.contains(",chưa có số liệu,")
            && l.contains("Tỷ lệ hộ dân sử dụng điện: chưa có số liệu năm 2025; mục tiêu là đạt ít nhất 99,99%.")),
        "{csv}"
    );
    assert!(!csv.contains(",pending,") && !csv.contains("no 2025 figure"), "{csv}");
    let from_reports = chiso(&["scorecard", &reports[0], &reports[1], "--lang", "vi", "--format", "csv"]);
    assert_eq!(csv, stdout(&from_reports));

    let check = chiso(&["check", dir.path(), "--lang", "vi"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let text = stdout(&check);
    assert!(
        text.starts_with("bảng số liệu: 2 địa phương, 20 chỉ tiêu, 33 số liệu, 10 mục tiêu; 1 điểm cần xem lại, "),
        "{text}"
    );
    assert!(
        text.contains("\nVN-39 (Đồng Nai): hợp lệ, có 1 điểm cần xem lại:\n- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2024: "),
        "{text}"
    );
    assert_eq!(text, stdout(&chiso(&["check", &reports[0], &reports[1], "--lang", "vi"])));
}

#[test]
fn every_bad_row_is_named_with_its_file_row_and_column_and_exits_2() {
    let dir = TempDir::new("long-bad");
    let (files, _, _) = long_csv(&dir, false);
    let observations = files.iter().find(|f| f.ends_with("observations.csv")).expect("observations.csv");
    let text = std::fs::read_to_string(observations).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Row 2 is the first data row, as a spreadsheet numbers it after the header: line i + 1.
    let header: Vec<String> = lines[0].split(',').map(str::to_string).collect();
    let column = |name: &str| header.iter().position(|c| c == name).expect("a column");
    let mut set = |row: usize, name: &str, value: &str| {
        let mut fields: Vec<String> = lines[row].split(',').map(str::to_string).collect();
        fields[column(name)] = value.to_string();
        lines[row] = fields.join(",");
    };
    let retail = text.lines().position(|l| l.starts_with("VN-57,retail_sales,2024,")).expect("retail row");
    let unknown = text.lines().position(|l| l.starts_with("VN-39,")).expect("a Đồng Nai row");
    set(retail, "bound", "roughly");
    set(unknown, "indicator", "no_such_indicator");
    std::fs::write(observations, lines.join("\n") + "\n").expect("write");

    let output = chiso(&["check", dir.path()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(
        err.starts_with("chiso: error: 2 bad rows (give --errors collect to go on with the good rows):\n"),
        "{err}"
    );
    assert!(err.contains(&format!("{observations} row {}, column \"bound\": \"roughly\"", retail + 1)), "{err}");
    assert!(err.contains(&format!("{observations} row {}, column \"indicator\": ", unknown + 1)), "{err}");
    assert!(err.contains("no_such_indicator"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let collected = chiso(&["check", dir.path(), "--errors", "collect"]);
    assert_eq!(collected.status.code(), Some(0), "{}", stderr(&collected));
    let warnings = stderr(&collected);
    assert!(
        warnings.contains(&format!("chiso: warning: skipped {observations} row {}, column \"bound\"", retail + 1)),
        "{warnings}"
    );
    assert!(
        warnings.contains(&format!("chiso: warning: skipped {observations} row {}, column \"indicator\"", unknown + 1)),
        "{warnings}"
    );
    assert!(warnings.ends_with("chiso: warning: 2 bad rows skipped; going on with the good rows\n"), "{warnings}");
    // The good rows: one Bình Dương and one Đồng Nai observation fewer.
    assert!(
        stdout(&collected).starts_with("panel: 2 regions, 20 indicators, 31 observations, 10 targets; "),
        "{}",
        stdout(&collected)
    );
    let card = chiso(&["scorecard", dir.path(), "--errors", "collect", "--format", "csv"]);
    assert_eq!(card.status.code(), Some(0));
    assert!(
        !stdout(&card).lines().any(|l| l.starts_with("VN-57,retail_sales,") && l.contains(",351640,")),
        "{}",
        stdout(&card)
    );
}

#[test]
fn csv_files_not_named_for_a_table_or_without_a_catalogue_are_refused() {
    let dir = TempDir::new("long-names");
    let stray = dir.write("figures.csv", "region,indicator,period\n");
    let output = chiso(&["check", &stray]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("figures.csv: a long CSV file is named for its table"), "{}", stderr(&output));
    let observations = dir.write("observations.csv", "region,indicator,period\n");
    let output = chiso(&["scorecard", &observations]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("needs its indicators.csv"), "{}", stderr(&output));
    let empty = TempDir::new("long-empty");
    let output = chiso(&["check", empty.path()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("holds neither long CSV files"), "{}", stderr(&output));
}

#[test]
fn check_help_documents_the_exit_statuses() {
    let help = stdout(&chiso(&["check", "--help"]));
    for expected in [
        "Exit status: 0 when the input is valid",
        "1 with --strict when there is at least one finding",
        "2 when the input cannot be read",
    ] {
        assert!(help.contains(expected), "missing {expected:?} in\n{help}");
    }
}

/// The provinces panel of the repository (`crates/chiso/data/provinces_2024/`) with Bình Dương.
fn provinces() -> Vec<String> {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../chiso/data/");
    ["provinces_2024/dong_nai.json", "provinces_2024/ho_chi_minh_city.json", "provinces_2024/vietnam.json"]
        .iter()
        .map(|file| format!("{data}{file}"))
        .chain([dataset()])
        .collect()
}

#[test]
fn strict_fails_the_provinces_panel_because_its_sources_disagree() {
    // The sources measured their 2024 growths from revised 2023 bases (SOURCES.md): chiso must
    // name all four disagreements, and --strict must fail on them.
    let files = provinces();
    let mut args = vec!["check", "--strict"];
    args.extend(files.iter().map(String::as_str));
    let output = chiso(&args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("panel: 4 regions, "), "{text}");
    assert!(text.contains("; 4 findings, "), "{text}");
    assert!(text.contains("\nVN (Vietnam): valid, with 3 findings:\n"), "{text}");
    assert!(text.contains("\nVN-39 (Dong Nai): valid, with 1 finding:\n"), "{text}");
    assert!(text.contains("\n1 relation agrees\n"), "{text}");
    for finding in
        ["- Retail sales of goods and service revenue 2024: ", "- Export turnover 2024: ", "- Import turnover 2024: "]
    {
        assert!(text.contains(finding), "{finding}: {text}");
    }

    args.extend(["--format", "json"]);
    let json = chiso(&args);
    assert_eq!(json.status.code(), Some(1), "{}", stderr(&json));
    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(document["findings"], 4);
    let mut found = Vec::new();
    for region in document["regions"].as_array().expect("regions") {
        for finding in region["findings"].as_array().expect("findings") {
            found.push(format!(
                "{} {} {} {}",
                region["region"].as_str().unwrap_or_default(),
                finding["kind"].as_str().unwrap_or_default(),
                finding["indicators"][0].as_str().unwrap_or_default(),
                finding["period"].as_str().unwrap_or_default()
            ));
        }
    }
    found.sort();
    assert_eq!(
        found,
        [
            "VN growth exports 2024",
            "VN growth imports 2024",
            "VN growth retail_sales 2024",
            "VN-39 growth retail_sales 2024"
        ]
    );

    let without_strict = chiso(&args.iter().copied().filter(|a| *a != "--strict").collect::<Vec<_>>());
    assert_eq!(without_strict.status.code(), Some(0));
}

/// The command with `env` set and `input` on its standard input (a pipe, never a terminal).
fn chiso_with(args: &[&str], env: &[(&str, &str)], input: Option<&str>) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the chiso binary runs");
    if let Some(input) = input {
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    }
    child.wait_with_output().expect("wait")
}

fn widest_line(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn a_vietnamese_csv_scorecard_has_vietnamese_headers_targets_and_verdicts() {
    let vi = chiso(&["scorecard", &dataset(), "--format", "csv", "--lang", "vi"]);
    assert!(vi.status.success(), "{}", stderr(&vi));
    let vi = stdout(&vi);
    let lines: Vec<&str> = vi.lines().collect();
    assert_eq!(
        lines[0],
        "mã chỉ tiêu,tên chỉ tiêu,tên tiếng Anh,đơn vị,kỳ,số liệu,cách đọc số liệu,tăng trưởng (%),\
         cách đọc tăng trưởng,tình trạng số liệu,kỳ trước (suy ra),\"kỳ trước, cận dưới\",\"kỳ trước, cận trên\",\
         lý do không suy ra kỳ trước,kỳ mục tiêu,mục tiêu,cần đạt,\"cần đạt, cận trên\",đánh giá,\
         chênh lệch (điểm %),lý do,lỗi,các tháng còn lại,các tháng còn lại cần tăng (%),\
         \"các tháng còn lại cần tăng, cận trên (%)\",tiến độ,chỉ số tiến độ"
    );
    let retail = lines.iter().find(|l| l.starts_with("retail_sales,")).expect("the retail sales line");
    // Numbers keep their decimal point, for spreadsheets; the words are Vietnamese.
    assert!(retail.contains(",351640,as_printed,13.3,as_printed,E,310361.87"), "{retail}");
    assert!(retail.contains(",2025,tăng 13–14%,397353.20,400869.60,chưa có số liệu,,"), "{retail}");
    let electricity =
        lines.iter().find(|l| l.starts_with("household_electricity_access,")).expect("electricity access");
    assert!(
        electricity.ends_with(
            ",2025,\"đạt ít nhất 99,99%\",99.99,,chưa có số liệu,,\
             \"Tỷ lệ hộ dân sử dụng điện: chưa có số liệu năm 2025; mục tiêu là đạt ít nhất 99,99%.\",,,,,,"
        ),
        "{electricity}"
    );
    assert!(
        retail.ends_with(
            ",\"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: chưa có số liệu năm 2025; để tăng 13–14% so với \
             cùng kỳ, năm 2025 cần đạt từ 397.353,20 tỷ đồng (397.352,63–397.353,77) đến 400.869,60 tỷ đồng \
             (400.869,03–400.870,17).\",,,,,,"
        ),
        "{retail}"
    );

    let en = stdout(&chiso(&["scorecard", &dataset(), "--format", "csv", "--lang", "en"]));
    assert!(en.starts_with("indicator,name_vi,name_en,unit,period,value,bound,growth,"), "{en}");
    let retail = en.lines().find(|l| l.starts_with("retail_sales,")).expect("the retail sales line");
    assert!(retail.contains(",2025,growth 13–14%,397353.20,400869.60,pending,,"), "{retail}");
    assert!(
        retail.ends_with(
            ",\"Retail sales of goods and service revenue: no 2025 figure is reported yet; growth of 13–14% \
             requires a 2025 level of 397,353.20 billion VND (397,352.63–397,353.77) to 400,869.60 billion VND \
             (400,869.03–400,870.17).\",,,,,,"
        ),
        "{retail}"
    );
    assert_eq!(en.lines().count(), lines.len());
}

#[test]
fn a_panel_csv_in_vietnamese_names_the_region_column_in_vietnamese() {
    let dir = TempDir::new("json-set-csv-vi");
    let [binh_duong, dong_nai] = two_reports(&dir, false);
    let csv = stdout(&chiso(&["scorecard", &binh_duong, &dong_nai, "--format", "csv", "--lang", "vi"]));
    assert!(csv.starts_with("địa phương,mã chỉ tiêu,tên chỉ tiêu,"), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("VN-39,retail_sales,") && l.contains(",chưa có số liệu,")), "{csv}");
}

#[test]
fn json_is_the_same_in_every_language_and_the_help_says_so() {
    let en = chiso(&["scorecard", &dataset(), "--format", "json", "--lang", "en"]);
    let vi = chiso(&["scorecard", &dataset(), "--format", "json", "--lang", "vi"]);
    assert!(en.status.success() && vi.status.success());
    assert_eq!(en.stdout, vi.stdout);
    // A reason is its kind with its figures, for a program to word as it likes.
    let document: serde_json::Value = serde_json::from_str(&stdout(&en)).expect("JSON");
    let rows = document["scorecard"]["rows"].as_array().expect("rows");
    let retail = rows.iter().find(|r| r["indicator"]["id"] == "retail_sales").expect("retail row");
    let reason = &retail["assessments"][0]["reason"];
    assert_eq!(reason["kind"], "pending_no_figure");
    assert_eq!(reason["period"], "2025");
    assert_eq!(reason["threshold"], "13");
    assert_eq!(reason["required_upper"], "400869.60");
    let help = stdout(&chiso(&["scorecard", "--help"]));
    assert!(help.contains("JSON is the same in every language"), "{help}");
    let help = stdout(&chiso(&["check", "--help"]));
    assert!(help.contains("--lang <LANG>") && help.contains("JSON is the same"), "{help}");
}

#[test]
fn a_table_fits_the_width_asked_for_and_is_full_in_a_pipe() {
    // Standard output is a pipe here, never a terminal: COLUMNS alone leaves the table whole,
    // so that what is piped or saved does not depend on the terminal it was typed in.
    let piped = chiso_with(&["scorecard"], &[("COLUMNS", "80")], None);
    assert!(piped.status.success(), "{}", stderr(&piped));
    let full = stdout(&piped);
    assert_eq!(widest_line(&full), 156);
    assert_eq!(stdout(&chiso(&["scorecard", "--wide"])), full);

    for (lang, width) in [("en", "80"), ("vi", "80"), ("en", "100"), ("vi", "120")] {
        let fitted = chiso_with(&["scorecard", "--lang", lang, "--width", width], &[("COLUMNS", "200")], None);
        assert!(fitted.status.success(), "{}", stderr(&fitted));
        let text = stdout(&fitted);
        assert!(widest_line(&text) <= width.parse().unwrap_or(0), "{lang} {width}:\n{text}");
        // Every column is still there, and a figure is never split.
        assert!(!text.contains("not shown") && !text.contains("không hiện"), "{text}");
        let figure = if lang == "vi" { "(310.224,52–310.499,34)" } else { "(310,224.52–310,499.34)" };
        assert!(text.contains(figure), "{lang} {width}: {figure} split in\n{text}");
    }
    let text = stdout(&chiso(&["scorecard", "--width", "80"]));
    let expected = "
Retail sales of goods  2024    351,640         up 13.3%  310,361.87 billion VND
and service revenue            billion VND               (310,224.52–310,499.34)
";
    assert!(text.contains(expected), "{text}");
}

#[test]
fn a_narrow_table_leaves_out_the_least_needed_columns_and_says_so() {
    let text = stdout(&chiso(&["scorecard", "--width", "60"]));
    assert!(widest_line(&text) <= 60, "{text}");
    assert!(
        text.contains("(not shown, to fit 60 columns: Implied previous year; --wide\nshows every column)\n"),
        "{text}"
    );
    assert!(text.contains("(not shown, to fit 60 columns: Requires; --wide shows every\ncolumn)\n"), "{text}");
    assert_eq!(text.matches("Implied previous").count(), 1, "{text}");
    let vi = stdout(&chiso(&["scorecard", "--width", "40", "--lang", "vi"]));
    assert!(widest_line(&vi) <= 40, "{vi}");
    assert!(vi.contains("(không hiện, để vừa 40 cột: Kỳ trước"), "{vi}");

    for args in [&["scorecard", "--wide", "--width", "80"][..], &["scorecard", "--width", "5"]] {
        let output = chiso(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty());
    }
}

#[test]
fn a_parse_table_fits_too() {
    let sentence = "Sản lượng điện thương phẩm ước đạt 16,94 tỷ kWh, tăng 11,4% so với cùng kỳ năm trước; \
                    kinh phí thực hiện chương trình khuyến công hơn 2,79 tỷ đồng.";
    let full = stdout(&chiso(&["parse", sentence]));
    assert!(widest_line(&full) > 80, "{full}");
    let fitted = stdout(&chiso(&["parse", sentence, "--width", "80"]));
    assert!(widest_line(&fitted) <= 80, "{fitted}");
    assert!(fitted.contains("hơn 2,79 tỷ đồng") && fitted.contains("[more_than]"), "{fitted}");
}

#[test]
fn check_speaks_vietnamese_with_lang_vi() {
    let text = chiso(&["check", &dataset(), "--lang", "vi"]);
    assert_eq!(text.status.code(), Some(0));
    assert_eq!(
        stdout(&text),
        "hợp lệ: 20 chỉ tiêu, 16 số liệu, 5 mục tiêu; \
         không có hai số liệu nào liên quan với nhau nên không có gì để kiểm tra\n"
    );
    let dir = TempDir::new("json-set-check-vi");
    let [binh_duong, dong_nai] = two_reports(&dir, true);
    let panel = chiso(&["check", &binh_duong, &dong_nai, "--lang", "vi", "--strict"]);
    assert_eq!(panel.status.code(), Some(1));
    let out = stdout(&panel);
    assert!(
        out.starts_with(
            "bảng số liệu: 2 địa phương, 20 chỉ tiêu, 33 số liệu, 10 mục tiêu; 1 điểm cần xem lại, 0 không kiểm tra được\n"
        ),
        "{out}"
    );
    assert!(out.contains("\nVN-57 (Bình Dương): hợp lệ: 16 số liệu, 5 mục tiêu; "), "{out}");
    assert!(
        out.contains(
            "\nVN-39 (Đồng Nai): hợp lệ, có 1 điểm cần xem lại:\n- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ \
             năm 2024: số liệu công bố tăng 13,3% so với cùng kỳ và các mức 351.640 tỷ đồng (năm 2024) và \
             300.000 tỷ đồng (năm 2023) không khớp nhau"
        ),
        "{out}"
    );
    let csv = stdout(&chiso(&["check", &binh_duong, &dong_nai, "--lang", "vi", "--format", "csv"]));
    assert!(
        csv.starts_with(
            "địa phương,kết quả,loại,chỉ tiêu,kỳ,số công bố,\"số công bố, cận dưới\",\"số công bố, cận trên\",\
             số suy ra,\"số suy ra, cận dưới\",\"số suy ra, cận trên\",chênh lệch,đơn vị,nội dung\n"
        ),
        "{csv}"
    );
    assert!(csv.contains("\nVN-39,finding,growth,retail_sales,2024,"), "{csv}");
    let en = chiso(&["check", &binh_duong, &dong_nai, "--format", "json"]);
    let vi = chiso(&["check", &binh_duong, &dong_nai, "--format", "json", "--lang", "vi"]);
    assert_eq!(en.stdout, vi.stdout);
}

#[test]
fn parse_reads_piped_input_without_a_dash_and_a_file_with_file() {
    let piped = chiso_with(&["parse"], &[], Some("Tổng mức bán lẻ đạt 351.640 tỷ đồng, tăng 13,3%."));
    assert!(piped.status.success(), "{}", stderr(&piped));
    let text = stdout(&piped);
    assert!(text.contains("351.640 tỷ đồng [as_printed]") && text.contains("tăng 13,3%"), "{text}");

    let dir = TempDir::new("parse-file");
    let path = dir.write("sentence.txt", "up 13.3% to 351,640 billion VND");
    let output = chiso(&["parse", "--file", &path, "--lang", "en", "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let mentions: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(mentions[1]["value"], "351640");
    assert_eq!(mentions[1]["unit"], "billion VND");

    let missing = chiso(&["parse", "--file", "/no/such/text.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).starts_with("chiso: error: cannot read /no/such/text.txt: "), "{}", stderr(&missing));
    let both = chiso(&["parse", "some text", "--file", &path]);
    assert_eq!(both.status.code(), Some(2));
    assert!(stderr(&both).contains("cannot be used with"), "{}", stderr(&both));
}

#[test]
fn completions_are_printed_for_bash_zsh_and_fish() {
    for (shell, marker) in [("bash", "complete -F _chiso"), ("zsh", "#compdef chiso"), ("fish", "complete -c chiso")] {
        let output = chiso(&["completions", shell]);
        assert!(output.status.success(), "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        assert!(script.contains(marker), "{shell}: missing {marker:?}");
        // fish names a long option without its dashes.
        for word in ["scorecard", "check", "parse", "completions", "strict", "wide", "width"] {
            assert!(script.contains(word), "{shell}: missing {word:?}");
        }
    }
    let output = chiso(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // `chiso scorecard | head -0`: the pipe is closed before the command writes to it.
    let mut child = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .arg("scorecard")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the chiso binary runs");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn check_names_an_impossible_figure_in_either_language_and_strict_fails_on_it() {
    let dir = TempDir::new("out-of-range");
    let text = std::fs::read_to_string(dataset()).expect("dataset");
    let path = dir.write("negative.json", &text.replacen("\"value\": \"41\"", "\"value\": \"-41\"", 1));
    let en = chiso(&["check", &path, "--strict"]);
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(
        stdout(&en),
        "valid, with 1 finding:\n- Typical rural industrial products recognised at province level 2024: \
         the reported -41 products is below 0 products, the least it can be.\n"
    );
    let vi = chiso(&["check", &path, "--lang", "vi"]);
    assert_eq!(vi.status.code(), Some(0));
    assert_eq!(
        stdout(&vi),
        "hợp lệ, có 1 điểm cần xem lại:\n- Sản phẩm công nghiệp nông thôn tiêu biểu đạt cấp tỉnh năm 2024: \
         số liệu công bố -41 sản phẩm thấp hơn 0 sản phẩm, mức thấp nhất có thể.\n"
    );
    let csv = stdout(&chiso(&["check", &path, "--lang", "vi", "--format", "csv"]));
    assert_eq!(
        csv.lines().nth(1),
        Some(
            "VN-57,finding,out_of_range,rural_industrial_products_province,2024,-41,-41,-41,0,0,0,41,products,\
             \"Sản phẩm công nghiệp nông thôn tiêu biểu đạt cấp tỉnh năm 2024: số liệu công bố -41 sản phẩm \
             thấp hơn 0 sản phẩm, mức thấp nhất có thể.\""
        )
    );
}

/// Every word with a digit in `fitted` is a whole word of `full`: no figure (a year, a value, a
/// range) is split across lines to fit a width. The width named in the note is left aside.
fn split_figures(full: &str, fitted: &str, width: usize) -> Vec<String> {
    let whole: std::collections::HashSet<&str> = full.split_whitespace().collect();
    fitted
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && !whole.contains(w) && *w != width.to_string())
        .map(String::from)
        .collect()
}

#[test]
fn no_figure_is_split_at_any_width_in_either_language() {
    let sentence = "Kim ngạch xuất khẩu năm 2024 đạt 32,5 tỷ USD, tăng 11,4% so với cùng kỳ; tỷ lệ đạt 99,99%";
    for lang in ["en", "vi"] {
        for command in [&["scorecard"][..], &["parse", sentence][..]] {
            let full = stdout(&chiso(&[command, &["--lang", lang]].concat()));
            for width in 20..=200 {
                let w = width.to_string();
                let fitted = stdout(&chiso(&[command, &["--lang", lang, "--width", &w]].concat()));
                assert!(widest_line(&fitted) <= width, "{command:?} {lang} {width}:\n{fitted}");
                let split = split_figures(&full, &fitted, width);
                assert!(split.is_empty(), "{command:?} {lang} {width}: {split:?} split in\n{fitted}");
            }
        }
    }
}

#[test]
#[ignore = "review3: why an implied previous year cannot be computed (and why a target's check \
            failed) is a chiso::Error, whose text is English only: the Vietnamese table and CSV \
            say 'an implied base is undefined for a growth of 11.00%: ...'. Needs the core to \
            render those errors in Vietnamese (as Reason and Finding do)"]
fn the_vietnamese_scorecard_says_why_a_previous_year_is_missing_in_vietnamese() {
    let inputs = provinces();
    let args: Vec<&str> = ["scorecard"].into_iter().chain(inputs.iter().map(String::as_str)).collect();
    for format in ["table", "csv"] {
        let text = stdout(&chiso(&[&args[..], &["--lang", "vi", "--format", format]].concat()));
        assert!(text.contains("tăng dưới 11%") || format == "csv", "{text}");
        assert!(!text.contains("implied base is undefined"), "{format}:\n{text}");
    }
}

fn source_text() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../chiso/data/sources/binh_duong_2024.txt").to_string()
}

#[test]
fn draft_reads_a_file_and_prints_the_draft_json() {
    let output = chiso(&["draft", &source_text()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let draft: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(draft["format"], "chiso.draft/1");
    assert_eq!(draft["report"]["region"]["id"], "VN-57");
    assert_eq!((draft["region_from"].as_str(), draft["as_of_from"].as_str()), (Some("text"), Some("dateline")));
    assert_eq!(draft["as_of"], "2025-03-05");
    assert_eq!(draft["report"]["observations"].as_array().map(Vec::len), Some(16));
    assert_eq!(draft["report"]["targets"].as_array().map(Vec::len), Some(5));
    assert_eq!(draft["unmatched"], serde_json::json!([]));
}

#[test]
fn draft_reads_standard_input_with_a_region_and_a_date() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chiso"))
        .args(["draft", "-", "--lang", "en", "--region", "Dong Nai", "--as-of", "2025-06-29"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the chiso binary runs");
    let text = "In the first six months, exports reached $12.1 billion, up 14.3 per cent year-on-year. \
                In June, exports were down 2.5% from the previous month.";
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("written");
    let output = child.wait_with_output().expect("the command ends");
    assert!(output.status.success(), "{}", stderr(&output));
    let draft: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(
        (draft["report"]["region"]["id"].as_str(), draft["region_from"].as_str()),
        (Some("VN-39"), Some("given"))
    );
    let exports = &draft["report"]["observations"][0];
    assert_eq!(
        (
            exports["indicator"].as_str(),
            exports["period"].as_str(),
            exports["value"].as_str(),
            exports["growth"].as_str()
        ),
        (Some("exports"), Some("2025-YTD06"), Some("12.1"), Some("14.3"))
    );
    // The June growth against May is an observation of its own, labelled (issue 12).
    let june = &draft["report"]["observations"][1];
    assert_eq!(
        (june["period"].as_str(), june["growth"].as_str(), june["compared_with"].as_str()),
        (Some("2025-06"), Some("-2.5"), Some("previous_period"))
    );
    assert_eq!(draft["unmatched"], serde_json::json!([]));
}

#[test]
fn draft_writes_the_report_beside_the_draft() {
    let out = std::env::temp_dir().join(format!("chiso-draft-{}.json", std::process::id()));
    let output = chiso(&["draft", &source_text(), "--report", out.to_str().expect("a UTF-8 path")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = std::fs::read_to_string(&out).expect("the report is written");
    let checked = chiso(&["check", out.to_str().unwrap_or_default()]);
    std::fs::remove_file(&out).expect("removed");
    assert!(checked.status.success(), "the drafted report loads and checks: {}", stderr(&checked));
    let written: serde_json::Value = serde_json::from_str(&report).expect("valid JSON");
    let draft: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(written, draft["report"]);
    assert_eq!(written["format"], "chiso.report/2");
}

#[test]
fn draft_refuses_a_bad_date_a_bad_region_and_a_missing_file() {
    let bad_date = chiso(&["draft", &source_text(), "--as-of", "2025-13-05"]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        stderr(&bad_date).contains(r#"--as-of: "2025-13-05" is not a date written YYYY-MM-DD"#),
        "{}",
        stderr(&bad_date)
    );
    let bad_region = chiso(&["draft", &source_text(), "--region", "Atlantis"]);
    assert_eq!(bad_region.status.code(), Some(2));
    assert!(
        stderr(&bad_region).contains(r#"--region: "Atlantis" is neither a province code"#),
        "{}",
        stderr(&bad_region)
    );
    let missing = chiso(&["draft", "no/such/file.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read no/such/file.txt"), "{}", stderr(&missing));
}

/// Exports of 10.0 for January–June 2025 (8.93 a year earlier, 18.0 for 2024) against a target of
/// +8% for 2025, and the IIP's January–June growth against its 2025 target.
fn rest_of_year_report(dir: &TempDir) -> String {
    let json = r#"{"format": "chiso.report/1",
      "region": {"id": "VN-XX", "name": {"vi": "Tỉnh", "en": "Province"}},
      "publisher": {"vi": "Sở", "en": "Department"},
      "indicators": [
        {"id": "exports", "name": {"vi": "Kim ngạch xuất khẩu", "en": "Exports"},
         "unit": "billion USD", "measure": "flow", "polarity": "higher_is_better"},
        {"id": "iip", "name": {"vi": "Chỉ số IIP", "en": "IIP"},
         "unit": "points", "measure": "index", "polarity": "higher_is_better"}],
      "observations": [
        {"indicator": "exports", "period": "2024", "value": "18.0", "bound": "as_printed"},
        {"indicator": "exports", "period": "2024-YTD06", "value": "8.93", "bound": "as_printed"},
        {"indicator": "exports", "period": "2025-YTD06", "value": "10.0", "bound": "as_printed"},
        {"indicator": "iip", "period": "2025-YTD06", "growth": "8.5", "growth_bound": "as_printed"}],
      "targets": [
        {"indicator": "exports", "period": "2025", "growth": {"at_least": "8"}},
        {"indicator": "iip", "period": "2025", "growth": {"at_least": "9.7"}}]}"#;
    dir.write("rest.json", json)
}

#[test]
fn scorecard_and_check_say_what_the_rest_of_the_year_needs_in_both_languages() {
    let dir = TempDir::new("rest-of-year");
    let path = rest_of_year_report(&dir);
    let vi = stdout(&chiso(&["scorecard", &path, "--lang", "vi", "--wide"]));
    assert!(vi.contains("Kim ngạch xuất khẩu 2025: 6 tháng cuối năm cần tăng 4,08% (3,44–4,71)"), "{vi}");
    assert!(vi.contains("Chỉ số IIP 2025: Không áp dụng phép tính cho các tháng còn lại với một chỉ số"), "{vi}");
    let en = stdout(&chiso(&["scorecard", &path, "--lang", "en", "--wide"]));
    assert!(en.contains("Exports 2025: The last 6 months need growth of 4.08% (3.44–4.71)"), "{en}");
    assert!(en.contains("IIP 2025: Rest-of-year arithmetic does not apply to an index"), "{en}");
    let check = stdout(&chiso(&["check", &path, "--lang", "en"]));
    assert!(check.contains("the rest of the year:\n- Exports 2025: The last 6 months need growth of 4.08%"), "{check}");
    let check_vi = stdout(&chiso(&["check", &path, "--lang", "vi"]));
    assert!(
        check_vi.contains("các tháng còn lại của năm:\n- Kim ngạch xuất khẩu 2025: 6 tháng cuối năm cần tăng 4,08%")
    );
    // CSV: the sentence in the language asked for, the growth with every digit.
    let csv = stdout(&chiso(&["scorecard", &path, "--format", "csv", "--lang", "en"]));
    let header = csv.lines().next().unwrap();
    assert!(header.contains(",rest_of_year,rest_of_year_growth,rest_of_year_growth_upper,"), "{header}");
    let exports = csv.lines().find(|l| l.starts_with("exports,")).unwrap();
    assert!(exports.contains(",4.079382579933847850055126792,"), "{exports}");
    let csv_vi = stdout(&chiso(&["scorecard", &path, "--format", "csv", "--lang", "vi"]));
    assert!(csv_vi.lines().next().unwrap().contains(",\"các tháng còn lại cần tăng, cận trên (%)\","), "{csv_vi}");
    assert!(csv_vi.contains("6 tháng cuối năm cần tăng 4,08%"));
}

/// The embedded report with household electricity access in 2015 and 2022 and a 2030 target
/// of 100% measured from 2015.
fn report_with_a_2030_target() -> std::path::PathBuf {
    use chiso::{Condition, Observation, Spec, Target};
    let access = "household_electricity_access";
    let figure = |year: &str, value: &str| {
        Observation::new(access, year.parse().unwrap()).unwrap().with_value(value.parse().unwrap())
    };
    let at_100 = Spec::Level(Condition::AtLeast(rust_decimal::Decimal::from(100)));
    let report = chiso::datasets::binh_duong_2024()
        .with_observation(figure("2015", "80.0"))
        .unwrap()
        .with_observation(figure("2022", "88.0"))
        .unwrap()
        .with_target(Target::new(access, "2030".parse().unwrap(), Some("2015".parse().unwrap()), at_100).unwrap())
        .unwrap();
    let path = std::env::temp_dir().join(format!("chiso-progress-{}.json", std::process::id()));
    std::fs::write(&path, report.to_json()).expect("write");
    path
}

#[test]
fn progress_lists_level_targets_with_a_base_year_in_any_scheme() {
    let path = report_with_a_2030_target();
    let file = path.to_str().unwrap();
    let output = chiso(&["progress", file, "--wide"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    // UNSD 2023: (88 · 1.1^(8/7) − 80) / 20 = 0.906…: fair progress.
    for expected in
        ["household_electricity_access", "80.0% (79.95–80.05) (2015)", "unsd_2023", "0.906", "fair progress"]
    {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("retail_sales"), "{text}");
    let unsd = stdout(&chiso(&["progress", file, "--scheme", "unsd_2022", "--lang", "vi", "--wide"]));
    assert!(unsd.contains("0,915") && unsd.contains("có tiến bộ nhưng cần tăng tốc"), "{unsd}");
    let destatis = stdout(&chiso(&["progress", file, "--scheme", "destatis", "--wide"]));
    assert!(destatis.contains("needs at least 4"), "{destatis}");
    let none = stdout(&chiso(&["progress", &dataset()]));
    assert_eq!(none, "no level target with a baseline (a base year) in this report\n");
    let bad = chiso(&["progress", file, "--scheme", "weather"]);
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_file(path).ok();
}

#[test]
fn growths_labels_every_growth_printed_or_computed() {
    // Retail sales of 2024-Q1 and Q2 (351640 is the embedded 2024 level; these are our own).
    let q1 = embedded_with(r#"{"indicator": "retail_sales", "period": "2024-Q1", "value": "100"}"#, "growths-q1");
    let text = std::fs::read_to_string(&q1).expect("read");
    let both = text.replacen("chiso.report/1", "chiso.report/2", 1).replacen(
        "\"observations\": [",
        r#""observations": [{"indicator": "retail_sales", "period": "2024-Q2", "value": "101"},
           {"indicator": "iip", "period": "2024-03", "growth": "0.4", "compared_with": "previous_period"},"#,
        1,
    );
    std::fs::write(&q1, both).expect("write");
    let path = q1.to_str().expect("UTF-8 path");
    let en = chiso(&["growths", path]);
    assert!(en.status.success(), "{}", stderr(&en));
    let en = stdout(&en);
    // 101 / 100 − 1 = 1%; 1.01^4 − 1 = 4.060401%.
    assert!(en.contains("2024-Q2  2024-Q1  quarter on quarter              1% "), "{en}");
    assert!(en.contains("quarter on quarter, annualised  4.06% "), "{en}");
    assert!(en.contains("2024-03  2024-02  month on month"), "{en}");
    let vi = stdout(&chiso(&["growths", path, "--lang", "vi"]));
    assert!(vi.contains("so với quý trước, quy năm") && vi.contains("so với tháng trước"), "{vi}");
    let csv = stdout(&chiso(&["growths", path, "--format", "csv"]));
    assert!(
        csv.contains(
            "retail_sales,2024-Q2,2024-Q1,previous_period,true,false,\"quarter on quarter, annualised\",4.06040100,"
        ),
        "{csv}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&chiso(&["growths", path, "--format", "json"]))).expect("JSON");
    assert!(json["growths"].as_array().is_some_and(|g| g.iter().any(|g| g["compared_with"] == "previous_period")));
    let _ = std::fs::remove_file(&q1);
}

fn revisions_fixture() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../chiso/tests/fixtures/revisions.json").to_string()
}

#[test]
fn revisions_lists_each_vintage_pair_with_its_verdict_changes_in_every_format() {
    let file = revisions_fixture();
    let table = chiso(&["revisions", &file]);
    assert!(table.status.success(), "{}", stderr(&table));
    let text = stdout(&table);
    assert!(text.contains("changes the verdict on the 2024 target: met → missed"), "{text}");
    // 16.9402 − 16.94 keeps its digits in the table: 0.0002 billion kWh.
    assert!(text.contains("0.0002 billion kWh"), "{text}");
    let vi = stdout(&chiso(&["revisions", &file, "--lang", "vi"]));
    assert!(vi.contains("làm thay đổi đánh giá mục tiêu năm 2024: đạt → không đạt"), "{vi}");
    let csv = stdout(&chiso(&["revisions", &file, "--format", "csv"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(lines[0].starts_with("indicator,period,earlier_as_of,earlier_status,earlier_value"));
    // 1090 − 1105 = −15, in [−16, −14]; 9 − 10.5 = −1.5 pp in [−2.05, −0.95].
    assert!(
        lines[1].starts_with(
            "exports,2024,2025-01-05,E,1105,10.5,2025-06-30,A,1090,9,-15,-16.0,-14.0,-1.5,-2.05,-0.95,false,false,true"
        ),
        "{csv}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&chiso(&["revisions", &file, "--format", "json"]))).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 4);
    assert_eq!(json["rows"][3]["verdict_changes"][0]["before"], "missed");
}

#[test]
fn revisions_of_a_report_without_vintages_says_so_and_a_missing_file_fails() {
    let output = chiso(&["revisions", &dataset()]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "No figure has more than one vintage.\n");
    let missing = chiso(&["revisions", "no/such/file.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no/such/file.json"), "{}", stderr(&missing));
}

#[test]
fn check_on_a_panel_names_the_successor_of_a_region_that_ended_in_either_language() {
    // The embedded Bình Dương report (chiso.report/2) ended on 1 July 2025, successor VN-SG.
    let binh_duong = concat!(env!("CARGO_MANIFEST_DIR"), "/../chiso/data/binh_duong_2024.json").to_string();
    let mut files = provinces();
    files.pop();
    files.push(binh_duong.clone());
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let text = stdout(&chiso(&args));
    assert!(
        text.contains("\nBinh Duong (VN-57) ceased to exist on 1 July 2025; its successor, Ho Chi Minh City (VN-SG), is in this panel\n"),
        "{text}"
    );
    assert_eq!(text.matches("ceased to exist").count(), 1, "{text}");
    args.extend(["--lang", "vi"]);
    let text = stdout(&chiso(&args));
    assert!(
        text.contains("\nBình Dương (VN-57) không còn là đơn vị hành chính từ ngày 1/7/2025; đơn vị kế thừa, Thành phố Hồ Chí Minh (VN-SG), có trong bảng số liệu\n"),
        "{text}"
    );
    // Without its successor in the panel, nothing is said.
    let alone = stdout(&chiso(&["check", &files[0], &binh_duong]));
    assert!(!alone.contains("ceased to exist"), "{alone}");
}
