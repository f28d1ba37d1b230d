//! A panel gives, region by region, exactly what one report per region gives; its derived
//! columns are, row by row, the scalar functions' results; and what only a panel can do
//! (national totals, row ids, units per row) behaves as documented.

use chiso::columns::Options;
use chiso::{
    Bound, Catalogue, Condition, Estimate, Figures, FindingKind, Identity, Indicator, Measure, Names, Observation,
    Panel, Period, Polarity, Region, RegionMeta, Report, Reported, Target,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A small deterministic generator (xorshift), so that every case can be replayed by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    fn decimal(&mut self, max_units: u64) -> Decimal {
        let scale = self.below(4) as u32;
        let mantissa = self.below(max_units * 10u64.pow(scale)) as i64;
        Decimal::new(mantissa, scale)
    }
}

fn indicator(id: &str, unit: &str, measure: Measure) -> Indicator {
    Indicator::new(id, Names::new(id, id), unit.parse().unwrap(), measure, Polarity::HigherIsBetter).unwrap()
}

/// Money in three scales, energy, a rate, an index and two identities.
fn catalogue(national: bool) -> Catalogue {
    let mut national_exports = indicator("national_exports", "billion USD", Measure::Flow);
    if national {
        national_exports = national_exports.with_national_total_of("exports").unwrap();
    }
    Catalogue::new(vec![
        indicator("sales", "billion VND", Measure::Flow),
        indicator("power", "billion kWh", Measure::Flow),
        indicator("rate", "percent", Measure::Rate),
        indicator("iip", "points", Measure::Index),
        indicator("exports", "billion USD", Measure::Flow),
        indicator("imports", "billion USD", Measure::Flow),
        indicator("balance", "billion USD", Measure::Flow)
            .with_identity(Identity::Difference("exports".into(), "imports".into()))
            .unwrap(),
        national_exports,
        indicator("share", "percent", Measure::Rate)
            .with_identity(Identity::Share("exports".into(), "national_exports".into()))
            .unwrap(),
    ])
    .unwrap()
}

const REGIONS: [&str; 4] = ["VN", "VN-01", "VN-02", "VN-03"];

fn periods() -> Vec<Period> {
    let mut periods: Vec<Period> = (2022..=2025).map(|y| Period::year(y).unwrap()).collect();
    for year in [2024, 2025] {
        for month in [3, 6, 12] {
            periods.push(Period::year_to_date(year, month).unwrap());
            periods.push(Period::month(year, month).unwrap());
        }
    }
    periods
}

fn observation(rng: &mut Rng, catalogue: &Catalogue, periods: &[Period]) -> Observation {
    let indicator = rng.pick(catalogue.indicators());
    let mut o = Observation::new(indicator.id(), *rng.pick(periods)).unwrap();
    let bounds = [Bound::AsPrinted, Bound::AsPrinted, Bound::Exact, Bound::MoreThan, Bound::AtMost, Bound::About];
    let kind = rng.below(3);
    if kind != 1 {
        // Now and then a zero level, which no growth can be measured from.
        let value = if rng.below(15) == 0 { Decimal::ZERO } else { rng.decimal(500) };
        o = o.with_value(Reported::new(value, *rng.pick(&bounds)));
        if indicator.id() == "sales" {
            let units = ["million VND", "trillion VND", "quadrillion VND", "billion VND"];
            o = o.with_unit(rng.pick(&units).parse().unwrap());
        }
    }
    if kind != 0 {
        let growth = rng.decimal(30) - Decimal::from(5);
        o = o.with_growth(Reported::new(growth, *rng.pick(&bounds)));
    }
    if rng.below(3) > 0 {
        let day = 1 + rng.below(3) as u32;
        o = o.with_as_of(NaiveDate::from_ymd_opt(2025, 1, day).unwrap());
    }
    o
}

fn target(rng: &mut Rng, catalogue: &Catalogue) -> Target {
    let indicator = rng.pick(catalogue.indicators()).id().to_string();
    let year = 2024 + rng.below(2) as i32;
    let low = rng.decimal(20);
    let condition = match rng.below(5) {
        0 => Condition::AtLeast(low),
        1 => Condition::MoreThan(low),
        2 => Condition::AtMost(low),
        3 => Condition::LessThan(low),
        _ => Condition::between(low, low + rng.decimal(5) + Decimal::ONE).unwrap(),
    };
    let period = Period::year(year).unwrap();
    match rng.below(3) {
        0 => Target::growth(indicator, period, condition).unwrap(),
        1 => Target::level(indicator, period, condition).unwrap(),
        _ => {
            // Against a baseline two years back: computed from levels, never the printed growth.
            let baseline = Some(Period::year(year - 2).unwrap());
            Target::new(indicator, period, baseline, chiso::Spec::Growth(condition)).unwrap()
        }
    }
}

fn random_panel(seed: u64, national: bool, rows: usize) -> Panel {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let catalogue = catalogue(national);
    let periods = periods();
    let mut builder = Panel::builder(catalogue.clone());
    for _ in 0..rows {
        let region = *rng.pick(&REGIONS);
        builder.observation(region, observation(&mut rng, &catalogue, &periods)).unwrap();
    }
    for _ in 0..rows / 4 {
        let region = *rng.pick(&REGIONS);
        builder.target(region, target(&mut rng, &catalogue)).unwrap();
    }
    builder.build().unwrap()
}

#[test]
fn a_panel_gives_exactly_what_one_report_per_region_gives() {
    for seed in 0..60 {
        let panel = random_panel(seed, false, 120);
        let assessed = panel.assess();
        let consistency = panel.check();
        for meta in panel.regions() {
            let id = meta.region.id.as_str();
            let report = panel.report(id).unwrap();
            let per_report: Vec<String> = report.targets().iter().map(|t| format!("{:?}", report.assess(t))).collect();
            let per_panel: Vec<String> =
                assessed.iter().filter(|a| a.region == id).map(|a| format!("{:?}", a.outcome)).collect();
            assert_eq!(per_panel, per_report, "seed {seed}, region {id}");
            assert_eq!(consistency.region(id), Some(&report.consistency()), "seed {seed}, region {id}");
        }
        let split = panel.regions().iter().map(|m| panel.report(&m.region.id).unwrap());
        assert_eq!(Panel::from_reports(split).unwrap().check(), consistency, "seed {seed}");
    }
}

#[test]
fn the_random_panels_reach_every_kind_of_result() {
    // The equality above means something only if the panels give every kind of outcome.
    let (mut findings, mut unchecked, mut agreeing, mut verdicts) = (0, 0, 0, std::collections::BTreeSet::new());
    for seed in 0..60 {
        let panel = random_panel(seed, false, 120);
        let c = panel.check();
        findings += c.findings().count();
        unchecked += c.unchecked().count();
        agreeing += c.agreeing();
        for a in panel.assess() {
            verdicts.insert(match a.outcome {
                Ok(a) => a.verdict().name().to_string(),
                Err(_) => "error".into(),
            });
        }
    }
    assert!(findings > 20 && unchecked > 5 && agreeing > 5, "{findings} {unchecked} {agreeing}");
    for verdict in ["met", "missed", "undetermined", "pending", "on_track", "off_track"] {
        assert!(verdicts.contains(verdict), "no {verdict} among {verdicts:?}");
    }
}

#[test]
fn every_derived_row_is_the_scalar_result_on_the_regions_latest_figures() {
    for seed in 0..40 {
        let panel = random_panel(seed, seed % 2 == 0, 150);
        let derived = panel.growth(&Options::default()).unwrap();
        let bases = panel.implied_base(&Options::default()).unwrap();
        assert_eq!((derived.len(), bases.len()), (panel.len(), panel.len()));
        let (mut computed, mut undefined) = (0, 0);
        for (row, panel_row) in panel.observations().enumerate() {
            let o = panel_row.observation;
            let figures = panel.figures(&panel_row.region.region.id).unwrap();
            let indicator = figures.indicator(o.indicator()).unwrap();
            let level = o.value().map(|v| {
                let printed = o.unit().unwrap_or(indicator.unit()).clone();
                chiso::Quantity::from_reported(*v, printed).to(indicator.unit()).unwrap()
            });
            let previous = o.period().checked_previous_year().ok();
            assert_eq!(derived.previous(row), previous);
            let base = previous.and_then(|p| figures.level(o.indicator(), p));
            let expected = match (&level, &base) {
                (Some(now), Some(before)) => Some(chiso::growth(now, before)),
                _ => None,
            };
            check_row(derived.yoy(), row, expected, &mut computed, &mut undefined, seed);
            let expected = match (&level, o.growth()) {
                (Some(now), Some(g)) => Some(chiso::implied_base(now, g)),
                _ => None,
            };
            check_row(&bases, row, expected, &mut computed, &mut undefined, seed);
        }
        assert!(computed > 10, "seed {seed}: only {computed} rows computed");
    }
}

fn check_row(
    column: &chiso::columns::Computed,
    row: usize,
    expected: Option<chiso::Result<Estimate>>,
    computed: &mut usize,
    undefined: &mut usize,
    seed: u64,
) {
    match expected {
        Some(Ok(e)) => {
            *computed += 1;
            assert_eq!(column.get(row), Some(e.value()), "seed {seed} row {row}");
            assert_eq!(column.interval(row), Some(e.interval()), "seed {seed} row {row}");
        }
        Some(Err(err)) => {
            *undefined += 1;
            assert_eq!(column.get(row), None, "seed {seed} row {row}");
            let problem = column.problems().iter().find(|p| p.row == row).unwrap();
            assert_eq!(problem.error.to_string(), err.to_string(), "seed {seed} row {row}");
        }
        None => assert_eq!(column.get(row), None, "seed {seed} row {row}"),
    }
}

fn exact(id: &str, period: &str, value: &str) -> Observation {
    Observation::new(id, period.parse().unwrap()).unwrap().with_value(Reported::exact(value.parse().unwrap()))
}

#[test]
fn a_provinces_share_of_a_national_total_is_checked_against_the_nations_own_figures() {
    let mut builder = Panel::builder(catalogue(true));
    builder.observation("VN", exact("exports", "2024", "400")).unwrap();
    builder.observation("VN-57", exact("exports", "2024", "40")).unwrap();
    builder
        .observation(
            "VN-57",
            Observation::new("share", "2024".parse().unwrap()).unwrap().with_value("12".parse().unwrap()),
        )
        .unwrap();
    let panel = builder.build().unwrap();
    let findings: Vec<_> = panel.check().findings().map(|(r, f)| (r.to_string(), f.kind(), f.gap())).collect();
    assert_eq!(findings, [("VN-57".to_string(), FindingKind::Identity, "1.5".parse().unwrap())]);
    // Its own report cannot check it: the nation's exports are not among its figures.
    assert!(panel.report("VN-57").unwrap().consistency().all_agree());
    // A figure the province prints itself comes first.
    let mut builder = Panel::builder(catalogue(true));
    builder.observation("VN", exact("exports", "2024", "400")).unwrap();
    builder.observation("VN-57", exact("exports", "2024", "40")).unwrap();
    builder.observation("VN-57", exact("national_exports", "2024", "333.3")).unwrap();
    let share = Observation::new("share", "2024".parse().unwrap()).unwrap().with_value("12".parse().unwrap());
    builder.observation("VN-57", share).unwrap();
    let panel = builder.build().unwrap();
    assert_eq!((panel.check().findings().count(), panel.check().agreeing()), (0, 1));
    let figures = panel.figures("VN-57").unwrap();
    assert_eq!(figures.level("national_exports", "2024".parse().unwrap()).unwrap().value().to_string(), "333.3");
}

#[test]
fn row_ids_order_vintages_and_survive_any_input_order() {
    let growth = |g: &str| Observation::new("iip", "2024".parse().unwrap()).unwrap().with_growth(g.parse().unwrap());
    let mut builder = Panel::builder(catalogue(false));
    builder.observation_with_id("VN-01", growth("7.5"), 20).unwrap();
    builder.observation_with_id("VN-01", growth("6.1"), 3).unwrap();
    let panel = builder.build().unwrap();
    let ids: Vec<u64> = panel.observations().map(|r| r.row_id).collect();
    assert_eq!(ids, [3, 20]);
    let latest = panel.figures("VN-01").unwrap().printed_growth("iip", "2024".parse().unwrap()).unwrap();
    assert_eq!(latest.value().to_string(), "7.5");
    // An earlier as_of loses whatever its row id.
    let mut builder = Panel::builder(catalogue(false));
    let dated = growth("7.5").with_as_of(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    builder.observation_with_id("VN-01", dated, 1).unwrap();
    builder.observation_with_id("VN-01", growth("6.1"), 2).unwrap();
    let panel = builder.build().unwrap();
    let latest = panel.figures("VN-01").unwrap().printed_growth("iip", "2024".parse().unwrap()).unwrap();
    assert_eq!(latest.value().to_string(), "7.5");

    let mut builder = Panel::builder(catalogue(false));
    builder.observation_with_id("VN-01", growth("7.5"), 4).unwrap();
    builder.observation_with_id("VN-02", growth("6.1"), 4).unwrap();
    assert_eq!(builder.build().unwrap_err().to_string(), "observations[row 4]: two observations have this row id");
}

#[test]
fn a_figure_keeps_its_printed_unit_and_digits_and_compares_in_the_indicators() {
    let retail = |value: &str, unit: &str| {
        Observation::new("sales", "2024".parse().unwrap())
            .unwrap()
            .with_value(value.parse().unwrap())
            .with_unit(unit.parse().unwrap())
    };
    let mut builder = Panel::builder(catalogue(false));
    builder.observation("VN-SG", retail("1.2", "quadrillion VND")).unwrap();
    builder.observation("VN-39", retail("287.93", "trillion VND")).unwrap();
    let panel = builder.build().unwrap();
    let level = |region: &str| panel.figures(region).unwrap().level("sales", "2024".parse().unwrap()).unwrap();
    assert_eq!(
        (level("VN-SG").value().to_string(), level("VN-SG").interval().to_string()),
        ("1200000".into(), "[1150000, 1250000]".into())
    );
    assert_eq!(level("VN-39").interval().to_string(), "[287925, 287935]");
    let printed: Vec<String> = panel.observations().map(|r| r.observation.unit().unwrap().to_string()).collect();
    assert_eq!(printed, ["quadrillion VND", "trillion VND"]);
    // A unit of another dimension is refused, naming the row.
    let mut builder = Panel::builder(catalogue(false));
    let err = builder.observation("VN-39", retail("3", "billion kWh")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "observations[row 0].unit: cannot compare billion kWh and billion VND: energy is not money"
    );
    // So is a figure that no decimal can hold in the indicator's unit.
    let tiny = Observation::new("sales", "2024".parse().unwrap())
        .unwrap()
        .with_value("0.0000000000000000000000001".parse().unwrap())
        .with_unit("VND".parse().unwrap());
    assert!(builder
        .observation("VN-39", tiny)
        .unwrap_err()
        .to_string()
        .starts_with("observations[row 0].unit: the value cannot be given in billion VND"));
}

#[test]
fn quadrillion_is_read_and_written_in_both_languages() {
    let q = chiso::parse_quantity("1,2 triệu tỷ đồng", chiso::Lang::Vi).unwrap();
    assert_eq!(q.to_string(), "1.2 quadrillion VND");
    assert_eq!(chiso::format_quantity(&q, chiso::Lang::Vi), "1,2 triệu tỷ đồng");
    assert_eq!(chiso::format_quantity(&q, chiso::Lang::En), "1.2 quadrillion VND");
    assert_eq!(chiso::parse_quantity("1.2 quadrillion VND", chiso::Lang::En).unwrap(), q);
}

#[test]
fn reports_round_trip_through_a_panel() {
    let bd = chiso::datasets::binh_duong_2024();
    // Its own order of indicators, one of them used by no figure: both come back.
    let other = Report::new(
        Region::new("VN-39", Names::new("Đồng Nai", "Dong Nai")),
        Names::new("Sở Công Thương tỉnh Đồng Nai", "Dong Nai Department of Industry and Trade"),
        vec![
            bd.indicator("imports").unwrap().clone(),
            bd.indicator("iip").unwrap().clone(),
            bd.indicator("exports").unwrap().clone(),
        ],
        vec![exact("exports", "2024", "23.63"), exact("imports", "2024", "20.1")],
        vec![],
    )
    .unwrap();
    let panel = Panel::from_reports([bd.clone(), other.clone()]).unwrap();
    assert_eq!(panel.report("VN-57").unwrap(), bd);
    assert_eq!(panel.report("VN-39").unwrap(), other);
    assert_eq!(
        panel.report("VN-01").unwrap_err().to_string(),
        "\"VN-01\" is not a valid region: the panel has no such region"
    );
    assert_eq!(
        panel.regions()[1],
        RegionMeta { region: other.region().clone(), publisher: Some(other.publisher().clone()), source: None }
    );
    // One id defined two ways is refused.
    let clash = Report::new(
        other.region().clone(),
        other.publisher().clone(),
        vec![indicator("exports", "million USD", Measure::Flow)],
        vec![],
        vec![],
    )
    .unwrap();
    let err = Panel::from_reports([bd, clash]).unwrap_err().to_string();
    assert!(err.starts_with("reports[1].indicators[0]: the indicator \"exports\" is defined differently"), "{err}");
}

#[test]
fn a_printed_growth_of_a_national_total_is_checked_against_the_nations_levels() {
    let mut builder = Panel::builder(catalogue(true));
    builder.observation("VN", exact("exports", "2023", "100")).unwrap();
    builder.observation("VN", exact("exports", "2024", "110")).unwrap();
    let printed =
        Observation::new("national_exports", "2024".parse().unwrap()).unwrap().with_growth("15".parse().unwrap());
    builder.observation("VN-57", printed).unwrap();
    let panel = builder.build().unwrap();
    let findings: Vec<_> = panel.check().findings().map(|(r, f)| (r.to_string(), f.kind(), f.gap())).collect();
    assert_eq!(findings, [("VN-57".to_string(), FindingKind::Growth, "4.5".parse().unwrap())]);
}
