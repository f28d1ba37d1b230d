//! A region that ended beside its successor in a panel: the embedded Bình Dương report (ended
//! on 1 July 2025, successor VN-SG) with a small Hồ Chí Minh City report.

use chiso::{datasets, Names, Panel, Period, Region, RegionMeta, Report, Succession, Verdict};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Hồ Chí Minh City's 2024 figures as `crates/chiso/data/provinces_2024/ho_chi_minh_city.json`
/// gives them (from xe.today and vietnamnews.vn, 31 December 2024; see `SOURCES.md` there):
/// IIP growth 7.3 %, retail sales of more than 1.2 quadrillion VND, up less than 11 %.
const HO_CHI_MINH_CITY: &str = r#"{
  "format": "chiso.report/2",
  "region": {"id": "VN-SG", "name": {"vi": "Thành phố Hồ Chí Minh", "en": "Ho Chi Minh City"}},
  "publisher": {"vi": "Thành phố Hồ Chí Minh", "en": "Ho Chi Minh City"},
  "indicators": [
    {"id": "iip", "name": {"vi": "Chỉ số sản xuất công nghiệp (IIP)", "en": "Index of industrial production (IIP)"},
     "unit": "points", "measure": "index", "polarity": "higher_is_better", "range": {"at_least": "0"}},
    {"id": "retail_sales", "name": {"vi": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "en": "Retail sales of goods and service revenue"},
     "unit": "billion VND", "measure": "flow", "polarity": "higher_is_better", "range": {"at_least": "0"}}
  ],
  "observations": [
    {"indicator": "iip", "period": "2024", "growth": "7.3", "growth_bound": "as_printed", "status": "E", "as_of": "2024-12-31"},
    {"indicator": "retail_sales", "period": "2024", "value": "1.2", "bound": "more_than", "growth": "11",
     "growth_bound": "less_than", "unit": "quadrillion VND", "status": "E", "as_of": "2024-12-31"}
  ],
  "targets": []
}"#;

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn panel() -> Panel {
    Panel::from_reports([datasets::binh_duong_2024(), Report::from_json(HO_CHI_MINH_CITY).unwrap()]).unwrap()
}

#[test]
fn binh_duong_is_paired_with_ho_chi_minh_city() {
    let expected = Succession {
        region: "VN-57".into(),
        ended: NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
        successor: "VN-SG".into(),
        through: vec![],
    };
    assert_eq!(panel().successions().unwrap(), std::slice::from_ref(&expected));
    assert_eq!(datasets::provinces_2024().successions().unwrap(), [expected]);
    // Without the successor in the panel there is no pair.
    let alone = Panel::from_reports([datasets::binh_duong_2024()]).unwrap();
    assert_eq!(alone.successions().unwrap(), []);
}

#[test]
fn every_indicator_and_period_of_either_region_has_a_row_in_catalogue_order() {
    let rows = panel().successor_figures(None, None).unwrap();
    let keys: Vec<(&str, String)> = rows.iter().map(|r| (r.indicator.as_str(), r.period.to_string())).collect();
    // Hồ Chí Minh City's two indicators are among Bình Dương's, whose rows are in catalogue order.
    let binh_duong = datasets::binh_duong_2024();
    let expected: Vec<(&str, String)> =
        binh_duong.observations().iter().map(|o| (o.indicator(), o.period().to_string())).collect();
    assert_eq!(keys.len(), 16);
    assert_eq!(keys, expected);
    assert!(rows.iter().all(|r| r.succession.successor == "VN-SG"));
}

#[test]
fn the_figures_sit_side_by_side_each_region_its_own() {
    let panel = panel();
    let year: Period = "2024".parse().unwrap();
    let rows = panel.successor_figures(Some("retail_sales"), Some(year)).unwrap();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    // Bình Dương: 351,640 billion VND as printed, so within half a unit: [351639.5, 351640.5];
    // growth 13.3 % as printed: [13.25, 13.35].
    let level = row.level.as_ref().unwrap();
    assert_eq!(
        (level.value(), level.interval().low_value(), level.interval().high_value()),
        (d("351640"), Some(d("351639.5")), Some(d("351640.5")))
    );
    let growth = row.growth.unwrap();
    assert_eq!(
        (growth.value(), growth.interval().low_value(), growth.interval().high_value()),
        (d("13.3"), Some(d("13.25")), Some(d("13.35")))
    );
    // Hồ Chí Minh City: more than 1.2 quadrillion VND, that is 1.2 × 10^6 = 1,200,000 billion
    // VND (Fraction(12, 10) * 10**6), unbounded above; growth less than 11 %.
    let successor_level = row.successor_level.as_ref().unwrap();
    assert_eq!(successor_level.unit().to_string(), "billion VND");
    assert_eq!(
        (successor_level.interval().low_value(), successor_level.interval().high_value()),
        (Some(d("1200000")), None)
    );
    let successor_growth = row.successor_growth.unwrap();
    assert_eq!((successor_growth.value(), successor_growth.interval().high_value()), (d("11"), Some(d("11"))));

    // The IIP: only growths, 7.6 % and 7.3 %.
    let iip = &panel.successor_figures(Some("iip"), None).unwrap()[0];
    assert_eq!((iip.level.as_ref(), iip.successor_level.as_ref()), (None, None));
    assert_eq!((iip.growth.unwrap().value(), iip.successor_growth.unwrap().value()), (d("7.6"), d("7.3")));
    // A period neither region has gives no row.
    assert!(panel.successor_figures(Some("iip"), Some("2025".parse().unwrap())).unwrap().is_empty());
}

#[test]
fn the_successor_never_judges_the_regions_targets() {
    let panel = panel();
    for assessed in panel.assess().iter().filter(|a| a.region == "VN-57") {
        assert_eq!(assessed.outcome.as_ref().unwrap().verdict(), Verdict::NotAssessable);
    }
}

#[test]
fn an_unknown_indicator_is_refused_by_name() {
    let err = panel().successor_figures(Some("gdp"), None).unwrap_err();
    assert_eq!(err.to_string(), "\"gdp\" is not a valid indicator: the panel has no such indicator");
}

/// A region ended on 1 July 2025 and taken over by `successor`.
fn ended(id: &str, successor: &str) -> RegionMeta {
    let day = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    RegionMeta::new(Region::new(id, Names::new(id, id)).with_end(day, Some(successor.into())).unwrap())
}

fn chain(regions: &[RegionMeta]) -> Panel {
    let mut builder = Panel::builder(datasets::binh_duong_2024().catalogue().clone());
    for meta in regions {
        builder.region(meta.clone()).unwrap();
    }
    builder.build().unwrap()
}

#[test]
fn a_successor_that_ended_too_is_followed_to_the_end_of_the_chain() {
    let existing = RegionMeta::new(Region::new("VN-C", Names::new("C", "C")));
    let panel = chain(&[ended("VN-A", "VN-B"), ended("VN-B", "VN-C"), existing]);
    let successions = panel.successions().unwrap();
    let pairs: Vec<(&str, &str, Vec<String>)> =
        successions.iter().map(|s| (s.region.as_str(), s.successor.as_str(), s.through.clone())).collect();
    assert_eq!(pairs, [("VN-A", "VN-C", vec!["VN-B".to_string()]), ("VN-B", "VN-C", vec![])]);
    // A successor the panel does not hold ends the chain at the last region it holds.
    let panel = chain(&[ended("VN-A", "VN-B"), ended("VN-B", "VN-Z")]);
    let pairs: Vec<(String, String)> =
        panel.successions().unwrap().into_iter().map(|s| (s.region, s.successor)).collect();
    assert_eq!(pairs, [("VN-A".to_string(), "VN-B".to_string())]);
}

#[test]
fn a_cycle_of_successors_is_an_error_naming_it() {
    let panel = chain(&[ended("VN-A", "VN-B"), ended("VN-B", "VN-A")]);
    let err = panel.successions().unwrap_err();
    assert_eq!(err.to_string(), "\"VN-A\" is not a valid region: its successors form a cycle: VN-A → VN-B → VN-A");
    assert_eq!(panel.successor_figures(None, None).unwrap_err(), err);
    // A cycle further down the chain.
    let later = chain(&[ended("VN-A", "VN-B"), ended("VN-B", "VN-C"), ended("VN-C", "VN-B")]);
    assert_eq!(
        later.successions().unwrap_err().to_string(),
        "\"VN-A\" is not a valid region: its successors form a cycle: VN-A → VN-B → VN-C → VN-B"
    );
}

#[cfg(feature = "arrow")]
mod tables {
    use arrow_array::{Array, Decimal128Array, StringArray};
    use chiso::panel::tables::{assessments, successors, SUCCESSOR_COLUMNS};
    use chiso::Lang;

    fn strings(table: &arrow_array::RecordBatch, name: &str) -> Vec<Option<String>> {
        let column = table.column_by_name(name).unwrap().as_any().downcast_ref::<StringArray>().unwrap();
        (0..column.len()).map(|i| column.is_valid(i).then(|| column.value(i).to_string())).collect()
    }

    fn decimals(table: &arrow_array::RecordBatch, name: &str) -> Vec<Option<String>> {
        let column = table.column_by_name(name).unwrap().as_any().downcast_ref::<Decimal128Array>().unwrap();
        (0..column.len()).map(|i| column.is_valid(i).then(|| column.value_as_string(i))).collect()
    }

    #[test]
    fn the_successor_table_has_one_row_per_indicator_and_period_with_both_regions_figures() {
        let panel = super::panel();
        let rows = panel.successor_figures(Some("retail_sales"), None).unwrap();
        let table = successors(&panel, &rows, Lang::En).unwrap();
        let schema = table.schema();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names, SUCCESSOR_COLUMNS);
        let one = |s: &str| vec![Some(s.to_string())];
        assert_eq!(strings(&table, "region_name"), one("Binh Duong"));
        assert_eq!(strings(&table, "successor_name"), one("Ho Chi Minh City"));
        assert_eq!(strings(&table, "ended"), one("2025-07-01"));
        assert_eq!(strings(&table, "through"), one(""));
        assert_eq!(strings(&table, "unit"), one("billion VND"));
        // As the scalar test above: 351640 ± 0.5 and 13.3 ± 0.05; more than 1.2 × 10^6, less than 11.
        assert_eq!(decimals(&table, "level_low"), one("351639.5"));
        assert_eq!(decimals(&table, "level_high"), one("351640.5"));
        assert_eq!(decimals(&table, "growth_high"), one("13.35"));
        assert_eq!(decimals(&table, "successor_level_low"), one("1200000"));
        assert_eq!(decimals(&table, "successor_level_high"), vec![None]);
        assert_eq!(decimals(&table, "successor_growth_high"), one("11"));
        assert_eq!(strings(&successors(&panel, &rows, Lang::Vi).unwrap(), "region_name"), one("Bình Dương"));
    }

    #[test]
    fn a_not_assessable_target_names_its_regions_successor_and_no_other_does() {
        let panel = super::panel();
        let table = assessments(&panel, &panel.assess(), Lang::En).unwrap();
        let verdicts = strings(&table, "verdict");
        let successor = strings(&table, "successor");
        assert_eq!(verdicts.len(), 5);
        for (verdict, successor) in verdicts.iter().zip(&successor) {
            let expected = (verdict.as_deref() == Some("not_assessable")).then(|| "VN-SG".to_string());
            assert_eq!(successor, &expected);
        }
        // A region that has not ended: no successor.
        let provinces = chiso::datasets::provinces_2024();
        let table = assessments(&provinces, &provinces.assess(), Lang::En).unwrap();
        for (region, successor) in strings(&table, "region").iter().zip(strings(&table, "successor")) {
            assert_eq!(successor.is_some(), region.as_deref() == Some("VN-57"), "{region:?}");
        }
    }
}
