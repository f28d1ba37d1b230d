//! The long format of a panel: CSV (and Arrow) in and out, bad rows, round trips.

use chiso::panel::{BadRow, LongCsv, OnBadRow};
use chiso::{Figures, Observation, Panel};

const INDICATORS: &str = "\
id,name_vi,name_en,unit,measure,polarity,identity,national_total_of
exports,Xuất khẩu,Exports,million USD,flow,higher_is_better,,
imports,Nhập khẩu,Imports,million USD,flow,lower_is_better,,
trade_balance,\"Cán cân, thương mại\",Trade balance,million USD,flow,higher_is_better,\"difference:exports,imports\",
retail_sales,Bán lẻ,Retail sales,billion VND,flow,higher_is_better,,
national_exports,Xuất khẩu cả nước,National exports,million USD,flow,higher_is_better,,exports
iip,IIP,Index of industrial production,percent,index,higher_is_better,,
";

const OBSERVATIONS: &str = "\
region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote
VN-57,exports,2024,36000.50,,10.0,,E,2025-01-05,\"xuất khẩu ước đạt 36.000,5 triệu USD, tăng 10,0%\"
VN-57,exports,2024,36100.500,more_than,,,A,2025-03-01,
VN-57,imports,2024,27000,about,-2.50,at_least,,,
VN-57,retail_sales,2024-YTD06,351640.0,,13.30,,P,,\"a \"\"quoted\"\" phrase\nover two lines\"
VN,retail_sales,2024-Q1,0.0,exact,,,F,,
VN-57,iip,2024-03,,,-0.0,,,,
";

const TARGETS: &str = "\
region,indicator,period,baseline,kind,condition,low,high,quote
VN-57,exports,2025,2024,growth,at_least,12.0,,tăng 12%
VN-57,retail_sales,2025,2023,growth,between,13,14.50,
VN-57,imports,2025,,level,less_than,30000,,
VN,exports,2025-Q2,2024-Q2,growth,more_than,-1,,
VN-57,iip,2025,2024,growth,at_most,9.70,,
";

const REGIONS: &str = "\
id,name_vi,name_en,publisher_vi,publisher_en,source_title,source_outlet,source_author,source_published,ended,successor
VN-57,Bình Dương,Binh Duong,Sở Công Thương,Department of Industry and Trade,\"Quyết tâm, bứt phá\",Báo Bình Dương,N. V. A,2025-01-05T08:30:00.123456789+07:00,2025-07-01,VN-SG
VN,Việt Nam,Viet Nam,,,,,,,,
";

fn csv<'a>(observations: &'a [&'a str], targets: Option<&'a str>, regions: Option<&'a str>) -> LongCsv<'a> {
    LongCsv { indicators: INDICATORS, observations, targets, regions }
}

fn load(csv: LongCsv<'_>) -> Panel {
    let (panel, bad) = Panel::from_csv(csv, OnBadRow::Raise).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(bad, []);
    panel
}

/// Every part of a panel the long format carries, to compare two panels.
#[derive(Debug, PartialEq)]
pub struct Contents {
    indicators: Vec<chiso::Indicator>,
    regions: Vec<chiso::panel::RegionMeta>,
    observations: Vec<(u64, String, Observation)>,
    targets: Vec<String>,
}

fn contents(panel: &Panel) -> Contents {
    Contents {
        indicators: panel.catalogue().indicators().to_vec(),
        regions: panel.regions().to_vec(),
        observations: panel
            .observations()
            .map(|r| (r.row_id, r.region.region.id.clone(), r.observation.clone()))
            .collect(),
        targets: panel.targets().map(|(m, t)| format!("{} {t:?}", m.region.id)).collect(),
    }
}

fn round_trip(panel: &Panel) -> Panel {
    let out = panel.to_csv();
    let again = load(LongCsv {
        indicators: &out.indicators,
        observations: &[&out.observations],
        targets: Some(&out.targets),
        regions: Some(&out.regions),
    });
    assert_eq!(again.to_csv(), out);
    again
}

#[test]
fn a_panel_round_trips_through_csv_with_every_digit() {
    let panel = load(csv(&[OBSERVATIONS], Some(TARGETS), Some(REGIONS)));
    assert_eq!(panel.len(), 6);
    let again = round_trip(&panel);
    assert_eq!(contents(&again), contents(&panel));
    let out = panel.to_csv();
    // The observations are written as they were read, trailing zeros and all; a negative zero
    // is a zero.
    let expected = OBSERVATIONS.replace("-0.0", "0.0");
    assert_eq!(out.observations, expected);
    assert_eq!(out.targets, TARGETS);
    assert_eq!(out.indicators, INDICATORS);
    assert_eq!(out.regions, REGIONS);
    let first = panel.observations().next().unwrap().observation.clone();
    assert_eq!(first.value().unwrap().value().to_string(), "36000.50");
    assert_eq!(first.growth().unwrap().value().to_string(), "10.0");
}

#[test]
fn the_observations_may_come_in_several_parts_in_order() {
    let (head, tail) = OBSERVATIONS.split_at(OBSERVATIONS.find("VN-57,imports").unwrap());
    let header = OBSERVATIONS.lines().next().unwrap();
    let tail = format!("{header}\n{tail}");
    let parts = load(csv(&[head, &tail], Some(TARGETS), Some(REGIONS)));
    let whole = load(csv(&[OBSERVATIONS], Some(TARGETS), Some(REGIONS)));
    assert_eq!(contents(&parts), contents(&whole));
    assert_eq!(parts.observations().map(|r| r.row_id).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5]);
}

#[test]
fn a_region_met_only_in_the_observations_is_named_by_its_id() {
    let panel = load(csv(&[OBSERVATIONS], None, None));
    let ids: Vec<_> = panel.regions().iter().map(|m| m.region.id.as_str()).collect();
    assert_eq!(ids, ["VN-57", "VN"]);
    assert_eq!(panel.regions()[1].region.name.en, "VN");
    round_trip(&panel);
}

#[test]
fn each_observation_keeps_its_own_unit_and_source() {
    let observations = "\
region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,unit,source_title,source_outlet,source_author,source_published
VN-57,retail_sales,2024,351640,,,,,,,,,,,
VN-75,retail_sales,2024,1.2,,,,,,,quadrillion VND,Đồng Nai 2024,Báo Đồng Nai,,2025-01-02T00:00:00+07:00
VN-SG,retail_sales,2024,1.20,,,,,,,billion VND,Niên giám,,,
";
    let panel = load(csv(&[observations], None, None));
    let rows: Vec<_> = panel.observations().map(|r| r.observation.clone()).collect();
    assert_eq!(rows[0].unit(), None);
    assert_eq!(rows[1].unit().unwrap().to_string(), "quadrillion VND");
    // Compared in the indicator's unit, exactly.
    assert_eq!(
        panel.figures("VN-75").unwrap().level("retail_sales", "2024".parse().unwrap()).unwrap().value().to_string(),
        "1200000"
    );
    assert_eq!(rows[1].value().unwrap().value().to_string(), "1.2");
    assert_eq!(rows[1].source().unwrap().outlet.as_deref(), Some("Báo Đồng Nai"));
    assert_eq!(rows[1].source().unwrap().published.unwrap().to_rfc3339(), "2025-01-02T00:00:00+07:00");
    // The indicator's own unit, written out, is no unit of the figure's own.
    assert_eq!(rows[2].unit(), None);
    assert_eq!(rows[2].source().unwrap().title, "Niên giám");
    let again = round_trip(&panel);
    assert_eq!(contents(&again), contents(&panel));
    assert!(panel.to_csv().observations.starts_with("region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,unit,source_title,source_outlet,source_author,source_published\n"));
}

#[test]
fn row_ids_keep_the_order_of_vintages() {
    let observations = "\
region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,row_id
VN-57,exports,2024,1,,,,,,,7
VN-57,exports,2024,2,,,,,,,3
";
    let panel = load(csv(&[observations], None, None));
    // The panel holds its rows in row-id order: the later vintage in the file comes first.
    assert_eq!(panel.observations().map(|r| r.row_id).collect::<Vec<_>>(), [3, 7]);
    let values: Vec<String> =
        panel.observations().map(|r| r.observation.value().unwrap().value().to_string()).collect();
    assert_eq!(values, ["2", "1"]);
    let out = panel.to_csv();
    assert!(out
        .observations
        .starts_with("region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,row_id\n"));
    assert_eq!(contents(&round_trip(&panel)), contents(&panel));
    // Row ids 0, 1, 2, ... in order are the ones a file without the column gives.
    let plain = load(csv(&[OBSERVATIONS], None, None)).to_csv();
    assert!(!plain.observations.contains("row_id"));
}

/// The one error a table gives, in the strict mode.
fn error(csv: LongCsv<'_>) -> String {
    match Panel::from_csv(csv, OnBadRow::Raise) {
        Ok(_) => panic!("the tables should not load"),
        Err(err) => {
            assert_eq!(err.kind(), "invalid_report");
            err.to_string()
        }
    }
}

fn observation_error(rows: &str) -> String {
    let header = "region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,unit,source_title,source_outlet,source_author,source_published,row_id\n";
    let text = format!("{header}VN-57,exports,2024,1,,,,,,,,,,,,0\n{rows}");
    error(csv(&[&text], None, None))
}

#[test]
fn every_bad_observation_names_its_row_column_and_fault() {
    let cases = [
        (
            "VN-57,exprts,2024,1,,,,,,,,,,,,1\n",
            "observations.csv row 3, column \"indicator\": the catalogue has no indicator \"exprts\"",
        ),
        ("VN-57,Exports,2024,1,,,,,,,,,,,,1\n", "observations.csv row 3, column \"indicator\": the catalogue has no indicator \"Exports\""),
        (
            "VN-57,exports,2024-13,1,,,,,,,,,,,,1\n",
            "observations.csv row 3, column \"period\": \"2024-13\" is not a valid period: a month is 01 to 12",
        ),
        (
            ",exports,2024,1,,,,,,,,,,,,1\n",
            "observations.csv row 3, column \"region\": a value is needed here",
        ),
        (
            "VN-57,exports,2024,\"1,5\",,,,,,,,,,,,1\n",
            "observations.csv row 3, column \"value\": \"1,5\" is not a valid decimal: expected digits with an optional '-' and an optional '.' fraction, as in \"-16.94\"",
        ),
        (
            "VN-57,exports,2024,1,roughly,,,,,,,,,,,1\n",
            "observations.csv row 3, column \"bound\": \"roughly\" is not a valid bound: expected as_printed, exact, more_than, at_least, less_than, at_most or about",
        ),
        (
            "VN-57,exports,2024,,more_than,5,,,,,,,,,,1\n",
            "observations.csv row 3, column \"bound\": \".bound\" is not a valid bound: a bound needs the figure it qualifies",
        ),
        (
            "VN-57,exports,2024,1,,,,X,,,,,,,,1\n",
            "observations.csv row 3, column \"status\": unknown variant `X`, expected one of `A`, `E`, `P`, `F`",
        ),
        (
            "VN-57,exports,2024,1,,,,,05/03/2025,,,,,,,1\n",
            "observations.csv row 3, column \"as_of\": \"05/03/2025\" is not a date written as 2025-03-05",
        ),
        (
            "VN-57,exports,2024,1,,,,,,,billion kWh,,,,,1\n",
            "observations.csv row 3, column \"unit\": billion kWh is not a unit of \"exports\", which is in million USD",
        ),
        (
            "VN-57,exports,2024,1,,,,,,,bilion USD,,,,,1\n",
            "observations.csv row 3, column \"unit\": \"bilion USD\" is not a valid unit: expected an optional scale word (thousand, million, billion, trillion) and then a currency code (VND, USD), kWh, percent, points or a lower-case plural noun (products)",
        ),
        (
            "VN-57,exports,2024,1,,,,,,,,,Báo Bình Dương,,,1\n",
            "observations.csv row 3, column \"source_title\": a source needs its title",
        ),
        (
            "VN-57,exports,2024,1,,,,,,,,T,,,2025-01-05,1\n",
            "observations.csv row 3, column \"source_published\": \"2025-01-05\" is not an RFC 3339 date and time: premature end of input",
        ),
        ("VN-57,exports,2024,1,,,,,,,,,,,,0\n", "observations.csv row 3, column \"row_id\": the row id 0 is already taken"),
        ("VN-57,exports,2024,1,,,,,,,,,,,,\n", "observations.csv row 3, column \"row_id\": a value is needed here"),
        ("VN-57,exports,2024,1,,,,,,,,,,,,-1\n", "observations.csv row 3, column \"row_id\": -1 is not a row id (0 or more)"),
        ("VN-57,exports,2024,1,,,\n", "observations.csv row 3: the row has 7 fields where the header has 16"),
    ];
    for (row, expected) in cases {
        assert_eq!(observation_error(row), expected, "for {row:?}");
    }
}

#[test]
fn an_observation_without_a_figure_is_a_bad_row() {
    let message = observation_error("VN-57,exports,2024,,,,,,,,,,,,,1\n");
    assert!(message.starts_with("observations.csv row 3: "), "{message}");
}

#[test]
fn every_bad_target_names_its_row_column_and_fault() {
    let header = "region,indicator,period,baseline,kind,condition,low,high,quote\n";
    let cases = [
        ("VN-57,exprts,2025,,growth,at_least,1,,\n", "column \"indicator\": the catalogue has no indicator \"exprts\""),
        ("VN-57,exports,2025,,growth,at_least,1,2,\n", "column \"high\": only a between target has a high end"),
        ("VN-57,exports,2025,,growth,between,1,,\n", "column \"high\": a between target needs its high end"),
        (
            "VN-57,exports,2025,,growth,between,2,1,\n",
            "column \"high\": \"2–1\" is not a valid range: the low end exceeds the high end",
        ),
        ("VN-57,exports,2025,,growht,at_least,1,,\n", "column \"kind\": \"growht\" is not a kind of target: expected growth, level or average_growth"),
        (
            "VN-57,exports,2025,,growth,above,1,,\n",
            "column \"condition\": \"above\" is not a condition: expected at_least, more_than, at_most, less_than or between",
        ),
        ("VN-57,exports,2025,,growth,at_least,,,\n", "column \"low\": a value is needed here"),
        (
            "VN-57,exports,2025,2025,level,at_least,1,,\n",
            "column \"baseline\": \"2025\" is not a valid baseline: the baseline of a level target is the base year of \
             progress: a year before the target's year, 2025",
        ),
    ];
    for (row, expected) in cases {
        let targets = format!("{header}{row}");
        let message = error(csv(&[OBSERVATIONS], Some(&targets), None));
        assert_eq!(message, format!("targets.csv row 2, {expected}"), "for {row:?}");
    }
}

#[test]
fn every_bad_indicator_and_region_names_its_row_column_and_fault() {
    let header = "id,name_vi,name_en,unit,measure,polarity,identity,national_total_of\n";
    let good = "exports,Xuất khẩu,Exports,million USD,flow,higher_is_better,,\n";
    let cases = [
        (good, "indicators.csv row 3, column \"id\": the indicator \"exports\" is already on row 2"),
        (
            "Imports,N,I,million USD,flow,higher_is_better,,\n",
            "indicators.csv row 3, column \"id\": \"Imports\" is not a valid indicator id: an id is lower-case letters, digits and '_', starting with a letter",
        ),
        (
            "imports,N,I,million USD,flows,higher_is_better,,\n",
            "indicators.csv row 3, column \"measure\": unknown variant `flows`, expected one of `flow`, `stock`, `rate`, `index`",
        ),
        (
            "balance,N,B,million USD,flow,higher_is_better,\"difference:exports,imports\",\n",
            "indicators.csv row 3, column \"identity\": the catalogue has no indicator \"imports\"",
        ),
        (
            "balance,N,B,million USD,flow,higher_is_better,difference:exports,\n",
            "indicators.csv row 3, column \"identity\": \"difference:exports\" is not an identity: a difference names two indicators, expected difference:a,b, sum:a,b,... or share:part,whole",
        ),
        (
            "balance,N,B,million USD,flow,higher_is_better,minus:exports,\n",
            "indicators.csv row 3, column \"identity\": \"minus:exports\" is not an identity: expected difference:a,b, sum:a,b,... or share:part,whole",
        ),
        (
            "national,N,B,million USD,flow,higher_is_better,,export\n",
            "indicators.csv row 3, column \"national_total_of\": the catalogue has no indicator \"export\"",
        ),
    ];
    for (row, expected) in cases {
        let indicators = format!("{header}{good}{row}");
        let tables = LongCsv { indicators: &indicators, observations: &[], targets: None, regions: None };
        assert_eq!(error(tables), expected, "for {row:?}");
    }
    let header = "id,name_vi,name_en,publisher_vi,publisher_en\n";
    let cases = [
        ("VN-57,B,B,,\nVN-57,B,B,,\n", "regions.csv row 3, column \"id\": the region \"VN-57\" is already on row 2"),
        ("VN-57,B,B,Sở,\n", "regions.csv row 2, column \"publisher_en\": a publisher is named in both languages"),
        (",B,B,,\n", "regions.csv row 2, column \"id\": a value is needed here"),
    ];
    for (rows, expected) in cases {
        let regions = format!("{header}{rows}");
        assert_eq!(error(csv(&[], None, Some(&regions))), expected, "for {rows:?}");
    }
}

#[test]
fn a_header_with_unknown_repeated_or_missing_columns_is_refused_in_both_modes() {
    let cases = [
        (
            "region,indicator,period,value,valeu,note\n",
            "observations.csv row 1: unknown columns \"valeu\", \"note\"; the columns are region, indicator, period, value, bound, growth, growth_bound, status, as_of, quote, unit, source_title, source_outlet, source_author, source_published, row_id, last_digit, growth_last_digit, compared_with, annualised, plan_completion, plan_completion_bound",
        ),
        ("region,indicator,period,value,value\n", "observations.csv row 1: the column \"value\" appears twice"),
        ("region,value\n", "observations.csv row 1: the columns \"indicator\", \"period\" must be present"),
        ("", "observations.csv row 1: the columns \"region\", \"indicator\", \"period\" must be present"),
    ];
    for (header, expected) in cases {
        assert_eq!(error(csv(&[header], None, None)), expected);
        let collected = Panel::from_csv(csv(&[header], None, None), OnBadRow::Collect).map(|_| ());
        assert_eq!(collected.unwrap_err().to_string(), expected);
    }
}

#[test]
fn collect_keeps_the_good_rows_and_lists_every_bad_one() {
    let indicators = format!("{INDICATORS}bad id,N,B,million USD,flow,higher_is_better,,\nshare_of,N,S,percent,rate,higher_is_better,\"share:exports,gone\",\n");
    let observations = "\
region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote
VN-57,exports,2024,1,,,,,,
VN-57,gone,2024,1,,,,,,
VN-57,exports,2024,x,,,,,,
VN-57,exports
VN-57,imports,2024,2,,,,,,
VN-57,share_of,2024,2,,,,,,
";
    let targets = "\
region,indicator,period,baseline,kind,condition,low,high,quote
VN-57,exports,2025,,growth,at_least,12,,
VN-57,share_of,2025,,level,at_least,1,,
";
    let tables =
        LongCsv { indicators: &indicators, observations: &[observations], targets: Some(targets), regions: None };
    let (panel, bad) = Panel::from_csv(tables, OnBadRow::Collect).unwrap();
    let rows: Vec<String> = bad.iter().map(BadRow::to_string).collect();
    assert_eq!(
        rows,
        [
            "indicators.csv row 8, column \"id\": \"bad id\" is not a valid indicator id: an id is lower-case letters, digits and '_', starting with a letter",
            "indicators.csv row 9, column \"identity\": the catalogue has no indicator \"gone\"",
            "observations.csv row 3, column \"indicator\": the catalogue has no indicator \"gone\"",
            "observations.csv row 4, column \"value\": \"x\" is not a valid decimal: expected digits with an optional '-' and an optional '.' fraction, as in \"-16.94\"",
            "observations.csv row 5: the row has 2 fields where the header has 10",
            "observations.csv row 7, column \"indicator\": the catalogue has no indicator \"share_of\"",
            "targets.csv row 3, column \"indicator\": the catalogue has no indicator \"share_of\"",
        ]
    );
    assert_eq!(
        bad[2],
        BadRow {
            table: "observations.csv".into(),
            row: 3,
            column: Some("indicator".into()),
            message: "the catalogue has no indicator \"gone\"".into()
        }
    );
    let kept: Vec<_> = panel.observations().map(|r| r.observation.indicator().to_string()).collect();
    assert_eq!(kept, ["exports", "imports"]);
    assert_eq!(panel.targets().count(), 1);
    assert_eq!(panel.catalogue().indicators().len(), 6);
    // The strict mode raises the first of them.
    let tables =
        LongCsv { indicators: &indicators, observations: &[observations], targets: Some(targets), regions: None };
    assert_eq!(Panel::from_csv(tables, OnBadRow::Raise).map(|_| ()).unwrap_err().to_string(), rows[0]);
}

#[test]
fn several_parts_name_their_part() {
    let bad = "region,indicator,period,value\nVN-57,exports,2024,x\n";
    let message = error(csv(&[OBSERVATIONS, bad], None, None));
    assert!(message.starts_with("observations.csv part 2 row 2, column \"value\": "), "{message}");
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_read() {
    let text = format!("\u{feff}{}", OBSERVATIONS.replace("VN,retail", "\"VN\",retail").replace('\n', "\r\n"));
    // The quote spanning two lines keeps its own line end, which was rewritten too.
    let panel = load(csv(&[&text], None, None));
    assert_eq!(panel.len(), 6);
    assert_eq!(panel.observations().nth(3).unwrap().observation.quote(), Some("a \"quoted\" phrase\r\nover two lines"));
}

#[cfg(feature = "arrow")]
mod arrow {
    use std::sync::Arc;

    use arrow_array::{
        ArrayRef, Date32Array, Decimal128Array, Float64Array, LargeStringArray, RecordBatch, StringArray,
        StringViewArray, UInt64Array,
    };
    use chiso::panel::{LongArrow, LongCsv, OnBadRow};
    use chiso::Panel;

    use super::{contents, load, INDICATORS};

    fn text(values: &[Option<&str>]) -> ArrayRef {
        Arc::new(StringArray::from(values.to_vec()))
    }

    fn decimals(mantissas: &[Option<i128>], scale: i8) -> ArrayRef {
        Arc::new(Decimal128Array::from(mantissas.to_vec()).with_precision_and_scale(38, scale).unwrap())
    }

    /// The indicators of the CSV tests, as a batch of strings.
    fn indicators() -> RecordBatch {
        let rows: Vec<Vec<String>> = INDICATORS
            .lines()
            .skip(1)
            .map(|line| {
                // The one quoted cell of each row holds the only commas inside a cell.
                let mut cells = Vec::new();
                let mut rest = line;
                while !rest.is_empty() || cells.len() < 8 {
                    if let Some(quoted) = rest.strip_prefix('"') {
                        let end = quoted.find('"').unwrap();
                        cells.push(quoted[..end].to_string());
                        rest = quoted[end + 1..].strip_prefix(',').unwrap_or("");
                    } else {
                        let (cell, tail) = rest.split_once(',').unwrap_or((rest, ""));
                        cells.push(cell.to_string());
                        rest = tail;
                    }
                }
                cells
            })
            .collect();
        let names = ["id", "name_vi", "name_en", "unit", "measure", "polarity", "identity", "national_total_of"];
        let columns = names.iter().enumerate().map(|(c, name)| {
            let column: Vec<Option<&str>> =
                rows.iter().map(|r| Some(r[c].as_str()).filter(|s| !s.is_empty())).collect();
            (*name, text(&column))
        });
        RecordBatch::try_from_iter(columns).unwrap()
    }

    const OBSERVATIONS: &str = "\
region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,row_id
VN-57,exports,2024,36000.50,,10.0,,E,2025-01-05,\"xuất khẩu, tăng 10,0%\",4
VN-57,imports,2024,27000.00,about,-2.50,at_least,,,,9
VN,retail_sales,2024-Q1,,,13,,F,,,1
";

    fn observations(value: ArrayRef) -> RecordBatch {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 5).unwrap();
        let days = (date - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days() as i32;
        RecordBatch::try_from_iter([
            ("region", Arc::new(StringViewArray::from(vec!["VN-57", "VN-57", "VN"])) as ArrayRef),
            ("indicator", Arc::new(LargeStringArray::from(vec!["exports", "imports", "retail_sales"])) as ArrayRef),
            ("period", text(&[Some("2024"), Some("2024"), Some("2024-Q1")])),
            ("value", value),
            ("bound", text(&[None, Some("about"), None])),
            ("growth", text(&[Some("10.0"), Some("-2.50"), Some("13")])),
            ("growth_bound", text(&[Some(""), Some("at_least"), None])),
            ("status", text(&[Some("E"), None, Some("F")])),
            ("as_of", Arc::new(Date32Array::from(vec![Some(days), None, None])) as ArrayRef),
            ("quote", text(&[Some("xuất khẩu, tăng 10,0%"), None, None])),
            ("row_id", Arc::new(UInt64Array::from(vec![4, 9, 1])) as ArrayRef),
        ])
        .unwrap()
    }

    #[test]
    fn arrow_tables_of_decimals_and_strings_load_as_their_csv_does() {
        let value = decimals(&[Some(3_600_050), Some(2_700_000), None], 2);
        let batch = observations(value);
        // Two batches of one table, numbered on from each other.
        let tables = LongArrow {
            indicators: &[indicators()],
            observations: &[batch.slice(0, 2), batch.slice(2, 1)],
            targets: &[],
            regions: &[],
        };
        let (from_arrow, bad) = Panel::from_arrow(tables, OnBadRow::Raise).unwrap();
        assert!(bad.is_empty());
        let from_csv =
            load(LongCsv { indicators: INDICATORS, observations: &[OBSERVATIONS], targets: None, regions: None });
        assert_eq!(contents(&from_arrow), contents(&from_csv));
        assert_eq!(from_arrow.to_csv(), from_csv.to_csv());
    }

    #[test]
    fn arrow_bad_rows_are_numbered_as_in_the_csv_file() {
        // 2^100 with two decimals: more digits than a decimal holds.
        let value = decimals(&[Some(1), Some(1i128 << 100), Some(5)], 2);
        let batch = observations(value);
        let tables = LongArrow {
            indicators: &[indicators()],
            observations: &[batch.slice(0, 1), batch.slice(1, 2)],
            targets: &[],
            regions: &[],
        };
        let (panel, bad) = Panel::from_arrow(tables, OnBadRow::Collect).unwrap();
        assert_eq!(panel.len(), 2);
        let rows: Vec<String> = bad.iter().map(ToString::to_string).collect();
        assert_eq!(
            rows,
            ["observations row 3, column \"value\": 12676506002282294014967032053.76 has more digits than a decimal of 28 significant digits holds"]
        );
        let floats = RecordBatch::try_from_iter([
            ("region", text(&[Some("VN")])),
            ("indicator", text(&[Some("exports")])),
            ("period", text(&[Some("2024")])),
            ("value", Arc::new(Float64Array::from(vec![1.5])) as ArrayRef),
        ])
        .unwrap();
        let tables = LongArrow { indicators: &[indicators()], observations: &[floats], targets: &[], regions: &[] };
        let err = Panel::from_arrow(tables, OnBadRow::Collect).map(|_| ()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "observations row 1, column \"value\": a column of Float64 cannot be read: expected utf8, large_utf8, \
             utf8_view, decimal128 (scale 0 to 28), an integer type or date32"
        );
    }
}

#[test]
fn a_row_is_numbered_once_however_many_lines_its_quoted_cells_span() {
    let text = "region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote\n\
                VN-57,exports,2024,1,,,,,,\"two\nlines\"\n\
                VN-57,exports,2023,x,,,,,,\n";
    let err = error(csv(&[text], None, None));
    assert!(err.starts_with("observations.csv row 3, column \"value\""), "{err}");
}

#[test]
fn collect_keeps_every_indicator_around_a_refused_one() {
    let indicators = "id,name_vi,name_en,unit,measure,polarity,identity,national_total_of\n\
                      a,A,A,billion VND,flow,higher_is_better,,\n\
                      b,B,B,billion VND,flow\n\
                      c,C,C,billion VND,flow,higher_is_better,,\n";
    let observations = "region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote\n\
                        VN-01,a,2024,1,,,,,,\n\
                        VN-01,c,2024,1,,,,,,\n";
    let tables = LongCsv { indicators, observations: &[observations], targets: None, regions: None };
    let (panel, bad) = Panel::from_csv(tables, OnBadRow::Collect).unwrap();
    let ids: Vec<&str> = panel.catalogue().indicators().iter().map(|i| i.id()).collect();
    assert_eq!((ids, panel.len()), (vec!["a", "c"], 2));
    assert_eq!(bad.len(), 1);
    assert_eq!((bad[0].table.as_str(), bad[0].row), ("indicators.csv", 3));
}

/// Issue 12: a growth against the month before and a plan completion travel through the long
/// format, and the panel's rules never take the former for a year-on-year growth.
#[test]
fn labelled_growths_and_plan_completions_round_trip_and_stay_out_of_the_rules() {
    let observations = "\
region,indicator,period,value,growth,compared_with,annualised,plan_completion,plan_completion_bound
VN-57,exports,2025-03,,1.5,previous_period,,,
VN-57,exports,2025-Q1,,4.06,previous_period,true,,
VN-57,exports,2025,,12,,,105,about
VN-57,imports,2025,,2.1,previous_period,false,,
";
    let panel = load(csv(&[observations], None, None));
    let figures = panel.figures("VN-57").expect("the region");
    assert_eq!(figures.printed_growth("exports", "2025-03".parse().unwrap()), None);
    assert_eq!(figures.printed_growth("exports", "2025-Q1".parse().unwrap()), None);
    assert_eq!(figures.printed_growth("imports", "2025".parse().unwrap()), None);
    assert_eq!(figures.printed_growth("exports", "2025".parse().unwrap()).unwrap().value().to_string(), "12");
    let rows: Vec<_> = panel.observations().map(|r| r.observation.clone()).collect();
    assert!(rows[1].is_annualised());
    assert_eq!(rows[2].plan_completion().unwrap().bound(), chiso::Bound::About);
    let again = round_trip(&panel);
    assert_eq!(contents(&again), contents(&panel));
    assert!(panel.to_csv().observations.starts_with("region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote,compared_with,annualised,plan_completion,plan_completion_bound\n"));

    for (row, message) in [
        ("VN-57,exports,2025,,1,plan,,,", "row 2, column \"compared_with\": \"plan\" is not a valid compared_with"),
        ("VN-57,exports,2025,,1,,yes,,", "\"yes\" is neither true nor false"),
        ("VN-57,exports,2025,,1,,true,,", "column \"annualised\""),
        ("VN-57,exports,2025,1,,previous_period,,,", "column \"compared_with\""),
    ] {
        let table = format!("region,indicator,period,value,growth,compared_with,annualised,plan_completion,plan_completion_bound\n{row}\n");
        let err = error(csv(&[&table], None, None));
        assert!(err.contains(message), "{row}: {err}");
    }
}
