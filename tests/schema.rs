//! The shipped datasets validate against the shipped JSON Schema of the format they declare
//! (`chiso.report/2`, or the frozen `chiso.report/1`), and so does what chiso writes.

use serde_json::Value;

const SCHEMA: &str = include_str!("../crates/chiso/schema/chiso.report.schema.json");
const SCHEMA_V1: &str = include_str!("../crates/chiso/schema/chiso.report-1.schema.json");
const V1_FIXTURE: &str = include_str!("../crates/chiso/tests/fixtures/binh_duong_2024_v1.json");

fn validator_of(schema: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// The schema errors of a document, against the schema of the format it declares (`/2` when
/// it declares another).
fn errors(document: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(document).expect("the document is JSON");
    let schema = if instance["format"] == "chiso.report/1" { SCHEMA_V1 } else { SCHEMA };
    validator_of(schema).iter_errors(&instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn the_schemas_are_the_ones_the_crate_exports() {
    assert_eq!(SCHEMA, chiso::REPORT_SCHEMA);
    assert_eq!(SCHEMA_V1, chiso::REPORT_SCHEMA_V1);
}

#[test]
fn a_v1_document_validates_against_v1_and_loads_as_the_v2_one_without_the_end() {
    assert_eq!(errors(V1_FIXTURE), Vec::<String>::new());
    let v1 = chiso::Report::from_json(V1_FIXTURE).unwrap();
    let v2 = chiso::datasets::binh_duong_2024();
    assert_eq!(v1.region().ended, None);
    let region = chiso::Region::new("VN-57", v2.region().name.clone());
    assert_eq!(v1, v2.with_region(region).unwrap());
    // The v1 schema refuses the fields new in v2, as the loader does.
    let ended = V1_FIXTURE.replacen(
        "\"en\": \"Binh Duong\"\n    }",
        "\"en\": \"Binh Duong\"\n    },\n    \"ended\": \"2025-07-01\"",
        1,
    );
    assert_ne!(ended, V1_FIXTURE);
    assert!(!errors(&ended).is_empty(), "the v1 schema accepted an end date");
    let err = chiso::Report::from_json(&ended).unwrap_err();
    assert_eq!(
        err.to_string(),
        "region.ended: \"ended\" is new in chiso.report/2; this document declares chiso.report/1"
    );
}

#[test]
fn an_average_growth_target_validates_and_a_mixed_one_does_not() {
    let target = chiso::Target::average_growth(
        "retail_sales",
        2021,
        2025,
        chiso::Condition::AtLeast(rust_decimal::Decimal::from(8)),
    )
    .unwrap();
    let report = chiso::datasets::binh_duong_2024().with_target(target).unwrap();
    let text = report.to_json();
    assert!(text.contains("\"span\": [\n        \"2021\",\n        \"2025\"\n      ]"), "{text}");
    assert_eq!(errors(&text), Vec::<String>::new());
    assert_eq!(chiso::Report::from_json(&text).unwrap(), report);
    let with_period = text.replacen("\"span\": [", "\"period\": \"2025\",\n      \"span\": [", 1);
    assert!(!errors(&with_period).is_empty(), "the schema accepted a span with a period");
    assert!(chiso::Report::from_json(&with_period).is_err(), "the loader accepted a span with a period");
    let as_v1 = text.replacen("\"chiso.report/2\"", "\"chiso.report/1\"", 1);
    assert!(!errors(&as_v1).is_empty());
    let err = chiso::Report::from_json(&as_v1).unwrap_err().to_string();
    assert!(err.starts_with("region.ended: "), "{err}");
}

#[test]
fn every_shipped_dataset_validates() {
    let mut checked = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/crates/chiso/data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let document: Value = serde_json::from_str(&text).unwrap();
            // The standard indicators and the provinces are data of their own formats, not reports.
            match document["format"].as_str() {
                Some("chiso.report/1" | "chiso.report/2") => {
                    assert_eq!(errors(&text), Vec::<String>::new(), "{}", path.display());
                    checked += 1;
                }
                Some("chiso.indicators/1" | "chiso.regions/1") => {}
                other => panic!("{}: unknown format {other:?}", path.display()),
            }
        }
    }
    assert!(checked >= 1);
}

#[test]
fn the_provinces_panel_validates() {
    let mut checked = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/crates/chiso/data/provinces_2024")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(errors(&text), Vec::<String>::new(), "{}", path.display());
            checked += 1;
        }
    }
    assert_eq!(checked, 3, "Đồng Nai, Hồ Chí Minh City and the national totals");
}

#[test]
fn a_standard_indicator_reference_validates_and_an_unknown_one_does_not() {
    let good = chiso::datasets::binh_duong_2024_json();
    let start = good.find("{\n      \"id\": \"exports\"").expect("the exports indicator");
    let end = start + good[start..].find("\n    },").expect("its end") + "\n    }".len();
    let referenced = format!("{}{{\"standard\": \"exports\"}}{}", &good[..start], &good[end..]);
    assert_eq!(errors(&referenced), Vec::<String>::new());
    assert_eq!(chiso::Report::from_json(&referenced).unwrap().to_json(), chiso::datasets::binh_duong_2024().to_json());
    let unknown = referenced.replacen("{\"standard\": \"exports\"}", "{\"standard\": \"export\"}", 1);
    assert!(!errors(&unknown).is_empty(), "the schema accepted an unknown standard id");
    let mixed = referenced.replacen("{\"standard\": \"exports\"}", "{\"standard\": \"exports\", \"unit\": \"USD\"}", 1);
    assert!(!errors(&mixed).is_empty(), "the schema accepted a reference with a field of its own");
}

#[test]
fn what_chiso_writes_validates() {
    let report = chiso::datasets::binh_duong_2024();
    assert_eq!(errors(&report.to_json()), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_the_loader_refuses() {
    let good = chiso::datasets::binh_duong_2024_json();
    let broken = [
        good.replacen("\"period\": \"2024\"", "\"period\": \"2024-13\"", 1),
        good.replacen("\"value\": \"351640\"", "\"value\": 351640", 1),
        good.replacen("\"format\": \"chiso.report/2\"", "\"format\": \"chiso.report/3\"", 1),
        good.replacen("\"ended\": \"2025-07-01\",", "", 1),
        good.replacen("\"bound\": \"as_printed\"", "\"bound\": \"roughly\"", 1),
        good.replacen(
            "\"polarity\": \"higher_is_better\"",
            "\"polarity\": \"higher_is_better\", \"colour\": \"red\"",
            1,
        ),
    ];
    for document in broken {
        assert_ne!(document, good, "the replacement did not apply");
        assert!(!errors(&document).is_empty(), "the schema accepted a broken document");
        assert!(chiso::Report::from_json(&document).is_err(), "the loader accepted a broken document");
    }
}

#[test]
fn a_figure_known_to_a_coarser_digit_round_trips_and_validates() {
    let known_to_hundreds =
        chiso::Reported::as_printed(rust_decimal::Decimal::from(16_900)).with_last_digit(2).unwrap();
    let observation =
        chiso::Observation::new("retail_sales", "2023".parse().unwrap()).unwrap().with_value(known_to_hundreds);
    let report = chiso::datasets::binh_duong_2024().with_observation(observation).unwrap();
    let text = report.to_json();
    assert!(text.contains("\"last_digit\": 2"), "{text}");
    assert_eq!(errors(&text), Vec::<String>::new());
    let again = chiso::Report::from_json(&text).unwrap();
    assert_eq!(again, report);
    let level = again.level("retail_sales", "2023".parse().unwrap()).unwrap();
    assert_eq!(level.interval().to_string(), "[16850, 16950]");
}

/// A small `/2` document with `region`, `observations` and `targets` spliced in.
fn small(region: &str, observations: &str, targets: &str) -> String {
    format!(
        r#"{{"format": "chiso.report/2", "region": {region}, "publisher": {{"vi": "X", "en": "X"}},
        "indicators": [{{"id": "exports", "name": {{"vi": "XK", "en": "Exports"}}, "unit": "million USD",
        "measure": "flow", "polarity": "higher_is_better"}}], "observations": [{observations}], "targets": [{targets}]}}"#
    )
}

#[test]
fn the_schema_and_the_loader_agree_on_the_fields_new_in_v2() {
    const REGION: &str = r#"{"id": "VN-57", "name": {"vi": "X", "en": "X"}}"#;
    let region = |end: &str| format!(r#"{{"id": "VN-57", "name": {{"vi": "X", "en": "X"}}, {end}}}"#);
    let observation =
        |fields: &str| small(REGION, &format!(r#"{{"indicator": "exports", "period": "2024-Q2", {fields}}}"#), "");
    let target = |fields: &str| small(REGION, "", &format!(r#"{{"indicator": "exports", {fields}}}"#));
    // (document, whether both accept it)
    let cases = [
        (small(&region(r#""ended": "2025-07-01", "successor": "VN-SG""#), "", ""), true),
        (small(&region(r#""ended": "2025-07-01", "successor": "vn-sg""#), "", ""), false),
        (small(&region(r#""ended": "2025-07-01", "successor": """#), "", ""), false),
        (small(&region(r#""ended": "2025-07-01", "successor": "Hồ Chí Minh""#), "", ""), false),
        (observation(r#""growth": "2", "compared_with": "previous_period", "annualised": true"#), true),
        (observation(r#""growth": "2", "compared_with": "previous_period", "annualised": false"#), true),
        (observation(r#""growth": "2", "annualised": false"#), true),
        (observation(r#""growth": "2", "annualised": true"#), false),
        (observation(r#""growth": "2", "compared_with": "same_period", "annualised": true"#), false),
        (observation(r#""plan_completion": "105""#), true),
        (target(r#""period": "2025", "baseline": "2020", "level": {"at_least": "100"}, "progress": "destatis""#), true),
        (target(r#""period": "2025", "level": {"at_least": "100"}, "progress": "destatis""#), false),
        (target(r#""period": "2025", "growth": {"at_least": "7"}, "progress": "destatis""#), false),
        (target(r#""period": "2025", "baseline": "2023", "growth": {"at_least": "7"}, "progress": "destatis""#), false),
        (target(r#""span": ["2021", "2025"], "average_growth": {"at_least": "7"}"#), true),
        (target(r#""span": ["2021", "2025"], "average_growth": {"at_least": "7"}, "progress": "unsd_2023""#), false),
    ];
    for (document, valid) in cases {
        let schema = errors(&document);
        let loaded = chiso::Report::from_json(&document);
        assert_eq!(schema.is_empty(), valid, "schema on {document}: {schema:?}");
        assert_eq!(loaded.is_ok(), valid, "loader on {document}: {:?}", loaded.err());
    }
}
