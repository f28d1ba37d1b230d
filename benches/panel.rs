//! The synthetic panel of about a million observations (34 regions × 200 indicators × 12
//! months × 12 years, `panel_synth.rs`) with 6,800 targets: year-on-year growth with intervals
//! for every row, every verdict and every finding, from an in-memory Arrow table and from the
//! long CSV file, and each stage alone. Each bench asserts what it computes.
//!
//! `cargo bench --bench panel`

#[path = "panel_synth.rs"]
mod panel_synth;

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use arrow_array::{ArrayRef, RecordBatch, StringArray};
use chiso::columns::Options;
use chiso::panel::{LongArrow, LongCsv, OnBadRow};
use chiso::Panel;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};

const REGIONS: usize = 34;
const INDICATORS: usize = 200;
const YEARS: std::ops::Range<usize> = 2014..2026;

/// A small CSV table as a batch of string columns, an empty cell a null.
fn string_batch(text: &str) -> RecordBatch {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let columns = header.iter().enumerate().map(|(c, name)| {
        let cells = rows.iter().map(|r| Some(r[c]).filter(|cell| !cell.is_empty()));
        (*name, Arc::new(cells.collect::<StringArray>()) as ArrayRef)
    });
    RecordBatch::try_from_iter(columns).expect("a well-formed batch")
}

/// Growth, verdicts and findings: the figures the issue times.
fn everything(panel: &Panel) -> usize {
    let growth = panel.growth(&Options::default()).expect("growth");
    let verdicts = panel.assess();
    let consistency = panel.check();
    assert_eq!(verdicts.len(), REGIONS * INDICATORS);
    assert!(consistency.findings().count() > 0 && consistency.agreeing() > 0);
    growth.len()
}

fn panel_at_scale(c: &mut Criterion) {
    let tables = panel_synth::panel(REGIONS, INDICATORS, YEARS);
    let rows = REGIONS * INDICATORS * 12 * YEARS.len();
    let observations = [tables.observations.as_str()];
    let csv = || LongCsv {
        indicators: &tables.indicators,
        observations: &observations,
        targets: Some(&tables.targets),
        regions: Some(&tables.regions),
    };
    let arrow = (
        [string_batch(&tables.indicators)],
        [panel_synth::observations_batch(REGIONS, INDICATORS, YEARS)],
        [string_batch(&tables.targets)],
        [string_batch(&tables.regions)],
    );
    let long_arrow =
        || LongArrow { indicators: &arrow.0, observations: &arrow.1, targets: &arrow.2, regions: &arrow.3 };
    let (panel, bad) = Panel::from_csv(csv(), OnBadRow::Raise).expect("the synthetic panel loads");
    assert!(bad.is_empty() && panel.len() == rows);
    let (from_arrow, _) = Panel::from_arrow(long_arrow(), OnBadRow::Raise).expect("the synthetic panel loads");
    assert_eq!(from_arrow.len(), rows);

    let mut group = c.benchmark_group("panel_1m");
    group.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function(BenchmarkId::new("arrow_to_verdicts", rows), |b| {
        b.iter(|| {
            let (panel, _) = Panel::from_arrow(black_box(long_arrow()), OnBadRow::Raise).expect("loads");
            everything(&panel)
        })
    });
    group.bench_function(BenchmarkId::new("csv_to_verdicts", rows), |b| {
        b.iter(|| {
            let (panel, _) = Panel::from_csv(black_box(csv()), OnBadRow::Raise).expect("loads");
            everything(&panel)
        })
    });
    group.bench_function(BenchmarkId::new("arrow_load", rows), |b| {
        b.iter(|| Panel::from_arrow(black_box(long_arrow()), OnBadRow::Raise).expect("loads"))
    });
    group.bench_function(BenchmarkId::new("csv_load", rows), |b| {
        b.iter(|| Panel::from_csv(black_box(csv()), OnBadRow::Raise).expect("loads"))
    });
    // Each stage on its own copy of the loaded panel, which keeps its growth column once
    // computed: the copy is made outside the timing.
    let fresh = || panel.clone();
    group.bench_function(BenchmarkId::new("growth_assess_check", rows), |b| {
        b.iter_batched(fresh, |panel| everything(&panel), BatchSize::LargeInput)
    });
    group.bench_function(BenchmarkId::new("growth", rows), |b| {
        b.iter_batched(fresh, |panel| panel.growth(&Options::default()).expect("growth").len(), BatchSize::LargeInput)
    });
    group.bench_function(BenchmarkId::new("check", rows), |b| {
        b.iter_batched(fresh, |panel| panel.check().agreeing(), BatchSize::LargeInput)
    });
    group.bench_function(BenchmarkId::new("assess", rows), |b| {
        b.iter_batched(fresh, |panel| panel.assess().len(), BatchSize::LargeInput)
    });
    group.bench_function(BenchmarkId::new("implied_base", rows), |b| {
        b.iter_batched(
            fresh,
            |panel| panel.implied_base(&Options::default()).expect("bases").len(),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, panel_at_scale);
criterion_main!(benches);
