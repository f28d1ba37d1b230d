//! A panel of about a million observations (34 regions × 200 indicators × 12 year-to-date
//! months × 12 years) with 6,800 targets: derived growth with intervals for every row, every
//! verdict and every finding.
//!
//! `cargo bench --bench panel`

use std::hint::black_box;
use std::time::Duration;

use chiso::columns::Options;
use chiso::{
    Bound, Catalogue, Condition, Indicator, Measure, Names, Observation, Panel, Period, Polarity, Reported, Target,
};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rust_decimal::Decimal;

const REGIONS: usize = 34;
const INDICATORS: usize = 200;
const YEARS: i32 = 12;

/// Levels that grow about 8% a year, each printed with its growth; one figure in fifty is
/// printed with a growth its levels cannot give, so there are findings to report.
fn synthetic_panel() -> Panel {
    let indicators: Vec<Indicator> = (0..INDICATORS)
        .map(|i| {
            let id = format!("indicator_{i:03}");
            let unit = if i % 2 == 0 { "billion VND" } else { "million kWh" };
            Indicator::new(&id, Names::new(&id, &id), unit.parse().unwrap(), Measure::Flow, Polarity::HigherIsBetter)
                .unwrap()
        })
        .collect();
    let mut builder = Panel::builder(Catalogue::new(indicators).unwrap());
    let mut n: u64 = 0;
    for region in 0..REGIONS {
        let id = format!("VN-{region:02}");
        for indicator in 0..INDICATORS {
            let name = format!("indicator_{indicator:03}");
            for year in 0..YEARS {
                for month in 1..=12u32 {
                    n += 1;
                    let base = 1000 + (region * 37 + indicator * 11) as i64 + i64::from(month) * 50;
                    // 8% a year, to two decimals.
                    let value = (0..year).fold(Decimal::from(base), |v, _| v * Decimal::new(108, 2)).round_dp(2);
                    let growth = if n % 50 == 0 { Decimal::new(25, 0) } else { Decimal::new(80, 1) };
                    let period = Period::year_to_date(2013 + year, month).unwrap();
                    let o = Observation::new(&name, period)
                        .unwrap()
                        .with_value(Reported::new(value, Bound::AsPrinted))
                        .with_growth(Reported::new(growth, Bound::AsPrinted));
                    builder.observation(&id, o).unwrap();
                }
            }
            let target =
                Target::growth(&name, Period::year(2013 + YEARS).unwrap(), Condition::AtLeast(Decimal::from(7)))
                    .unwrap();
            builder.target(&id, target).unwrap();
        }
    }
    builder.build().unwrap()
}

fn panel_at_scale(c: &mut Criterion) {
    let panel = synthetic_panel();
    let rows = panel.len();
    let mut group = c.benchmark_group("panel_1m");
    group.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_with_input(BenchmarkId::new("growth", rows), &panel, |b, panel| {
        b.iter(|| black_box(panel).growth(&Options::default()).unwrap())
    });
    group.bench_with_input(BenchmarkId::new("implied_base", rows), &panel, |b, panel| {
        b.iter(|| black_box(panel).implied_base(&Options::default()).unwrap())
    });
    group.bench_with_input(BenchmarkId::new("all", rows), &panel, |b, panel| {
        b.iter(|| {
            let panel = black_box(panel);
            (panel.growth(&Options::default()).unwrap(), panel.assess(), panel.check().unwrap())
        })
    });
    group.bench_with_input(BenchmarkId::new("assess", rows), &panel, |b, panel| b.iter(|| black_box(panel).assess()));
    group.bench_with_input(BenchmarkId::new("check", rows), &panel, |b, panel| {
        b.iter(|| black_box(panel).check().unwrap())
    });
    group.finish();
}

criterion_group!(benches, panel_at_scale);
criterion_main!(benches);
