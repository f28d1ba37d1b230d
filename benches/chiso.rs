//! Criterion benchmarks. Each asserts the result it times, so a wrong answer fails the bench.
//!
//! `cargo bench --bench chiso` runs them all; `cargo bench --bench chiso -- growth` one group.
//! The quotient bench times the rounding kernel of a growth column over a million rows.
//! `extract/1MB` and `extract/10MB` read report paragraphs in each language (MB/s, linear); `draft` drafts the
//! embedded source report.
//! The report bench builds a synthetic report of about a million observations (34 provinces ×
//! 200 indicators × 12 months × 12 years) and times loading it from JSON and scoring it.

use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use chiso::{Bound, Condition, Quantity, Reported, Spec, Target, Verdict};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rust_decimal::Decimal;

fn reported(text: &str) -> Reported {
    Reported::from_str(text).expect("a decimal")
}

fn functions(c: &mut Criterion) {
    let mut group = c.benchmark_group("functions");
    let now = reported("16.94");
    let before = reported("15.21");
    let growth = reported("11.4");
    let expected = chiso::growth(now, before).expect("growth");
    assert_eq!(expected.value().round_dp(4).to_string(), "11.3741");
    group.bench_function("growth", |b| {
        b.iter(|| {
            let g = chiso::growth(black_box(&now), black_box(&before)).expect("growth");
            assert_eq!(g.value(), expected.value());
            g
        })
    });
    let base = chiso::implied_base(now, growth).expect("base");
    assert_eq!(base.value().round_dp(2).to_string(), "15.21");
    group.bench_function("implied_base", |b| {
        b.iter(|| {
            let e = chiso::implied_base(black_box(&now), black_box(&growth)).expect("base");
            assert_eq!(e.value(), base.value());
            e
        })
    });
    let retail = Quantity::new(Decimal::from(351_640), "billion VND".parse().expect("unit"), Bound::AsPrinted);
    group.bench_function("project", |b| {
        b.iter(|| {
            let e = chiso::project(black_box(&retail), black_box(Decimal::from(13))).expect("projection");
            assert_eq!(e.value(), Decimal::new(3_973_532, 1));
            e
        })
    });
    let (part, whole) = (reported("2.79"), reported("14.6"));
    let expected_share = chiso::share(part, whole).expect("share");
    assert_eq!(expected_share.value().round_dp(4).to_string(), "19.1096");
    group.bench_function("share", |b| {
        b.iter(|| {
            let e = chiso::share(black_box(&part), black_box(&whole)).expect("share");
            assert_eq!(e.value(), expected_share.value());
            e
        })
    });
    let start = reported("310362");
    let end = reported("351640");
    group.bench_function("cagr_3_years", |b| {
        b.iter(|| {
            let e = chiso::cagr(black_box(&start), black_box(&end), 3).expect("cagr");
            assert_eq!(e.value().round_dp(2).to_string(), "4.25");
            e
        })
    });
    let (start, end) = (reported("100"), reported("200"));
    group.bench_function("cagr_10_years", |b| {
        b.iter(|| {
            let e = chiso::cagr(black_box(&start), black_box(&end), 10).expect("cagr");
            assert_eq!(e.value().round_dp(4).to_string(), "7.1773");
            e
        })
    });
    let (start, end) = (Reported::exact(Decimal::ONE), Reported::exact(Decimal::from(1000)));
    group.bench_function("cagr_999_years_exact", |b| {
        b.iter(|| {
            let e = chiso::cagr(black_box(start), black_box(end), 999).expect("cagr");
            assert_eq!(e.value().round_dp(6).to_string(), "0.693863");
            e
        })
    });
    group.finish();
}

/// `rows` rows of decimal(18,2) mantissas, the current and the previous columns: previous
/// values from 10^4 to 10^12 with two decimals, current ones within 50% of them; deterministic
/// (SplitMix64).
fn decimal_18_2(rows: usize) -> (Vec<i128>, Vec<i128>) {
    let mut state = 0x5eed_u64;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    (0..rows)
        .map(|_| {
            let magnitude = 10u64.pow(6 + (next() % 8) as u32);
            let previous = i128::from(magnitude + next() % (magnitude * 9));
            // A growth of −50% to +50%, in millionths.
            let growth = i128::from(next() % 1_000_000) - 500_000;
            (previous + previous * growth / 1_000_000, previous)
        })
        .unzip()
}

/// The kernel of a growth column: `(c − p) × 100 / p` rounded once to 28 digits, a row at a time.
fn quotient(c: &mut Criterion) {
    let rows = 1_000_000;
    let (now, before) = decimal_18_2(rows);
    let pairs: Vec<(i128, i128)> = now.into_iter().zip(before).collect();
    // The kernel gives the scalar function's value on the same figures.
    for &(current, previous) in pairs.iter().take(1000) {
        let at_scale = |m: i128| Reported::exact(Decimal::from_i128_with_scale(m, 2));
        let scalar = chiso::growth(at_scale(current), at_scale(previous)).expect("growth");
        let row = (current - previous) * 100;
        assert_eq!(chiso::fuzzing::quotient(row, previous, 0).expect("a quotient"), scalar.value());
    }
    let falls = pairs.iter().filter(|(current, previous)| current < previous).count();
    let mut group = c.benchmark_group("quotient");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function("growth_decimal_18_2", |b| {
        b.iter(|| {
            let mut negative = 0;
            for &(current, previous) in black_box(&pairs) {
                let row = (current - previous) * 100;
                let g = chiso::fuzzing::quotient(row, previous, 0).expect("a quotient");
                negative += usize::from(g.is_sign_negative());
            }
            assert_eq!(negative, falls);
            negative
        })
    });
    group.finish();
}

fn target_check(c: &mut Criterion) {
    let report = chiso::datasets::binh_duong_2024()
        .with_observation(
            chiso::Observation::new("retail_sales", "2025".parse().expect("period"))
                .expect("observation")
                .with_value(reported("397353")),
        )
        .expect("report");
    let target = report.targets().iter().find(|t| t.indicator() == "retail_sales").expect("target").clone();
    c.bench_function("target_check", |b| {
        b.iter(|| {
            let assessment = black_box(&target).check(black_box(&report)).expect("check");
            assert_eq!(assessment.verdict(), Verdict::Undetermined);
            assessment
        })
    });
}

/// A `chiso.report/1` document of `provinces × indicators × 144` monthly observations
/// (2014–2025), each with a level and a growth, and one target per indicator on December 2025.
fn synthetic_report(provinces: usize, indicators: usize) -> String {
    let mut out = String::with_capacity(provinces * indicators * 144 * 110);
    out.push_str(
        r#"{"format": "chiso.report/1", "region": {"id": "VN", "name": {"vi": "Việt Nam", "en": "Vietnam"}},"#,
    );
    out.push_str(r#" "publisher": {"vi": "Tổng hợp", "en": "Synthetic"}, "indicators": ["#);
    let ids: Vec<String> =
        (0..provinces).flat_map(|p| (0..indicators).map(move |i| format!("p{p:02}_i{i:03}"))).collect();
    for (n, id) in ids.iter().enumerate() {
        let comma = if n == 0 { "" } else { "," };
        out.push_str(&format!(
            r#"{comma}{{"id": "{id}", "name": {{"vi": "{id}", "en": "{id}"}}, "unit": "billion VND", "measure": "flow", "polarity": "higher_is_better"}}"#
        ));
    }
    out.push_str(r#"], "observations": ["#);
    let mut first = true;
    for (n, id) in ids.iter().enumerate() {
        for year in 2014..2026 {
            for month in 1..=12 {
                let level = 1000 + (n * 7 + year * 13 + month * 31) % 9000;
                let growth = (n + year + month) % 200;
                let comma = if first { "" } else { "," };
                first = false;
                out.push_str(&format!(
                    r#"{comma}{{"indicator": "{id}", "period": "{year}-{month:02}", "value": "{level}.{month}", "growth": "{}.{}", "status": "E"}}"#,
                    growth / 10,
                    growth % 10
                ));
            }
        }
    }
    out.push_str(r#"], "targets": ["#);
    for (n, id) in ids.iter().enumerate() {
        let comma = if n == 0 { "" } else { "," };
        out.push_str(&format!(
            r#"{comma}{{"indicator": "{id}", "period": "2025-12", "growth": {{"at_least": "9.7"}}}}"#
        ));
    }
    out.push_str("]}");
    out
}

fn report_at_scale(c: &mut Criterion) {
    let (provinces, indicators) = (34, 200);
    let text = synthetic_report(provinces, indicators);
    let observations = provinces * indicators * 144;
    let mut group = c.benchmark_group("report_1m");
    group.sample_size(10).measurement_time(Duration::from_secs(30)).warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Elements(observations as u64));
    group.bench_with_input(BenchmarkId::new("load_and_score", observations), &text, |b, text| {
        b.iter(|| {
            let report = chiso::Report::from_json(black_box(text)).expect("the synthetic report loads");
            assert_eq!(report.observations().len(), observations);
            let card = report.scorecard().expect("scorecard");
            assert_eq!(card.rows().len(), provinces * indicators);
            let decided =
                card.rows().iter().flat_map(|r| r.assessments()).filter(|a| a.verdict() != Verdict::Pending).count();
            assert_eq!(decided, provinces * indicators);
            card
        })
    });
    group.finish();
}

fn targets_of_every_kind(c: &mut Criterion) {
    let report = chiso::datasets::binh_duong_2024();
    let target = Target::level(
        "household_electricity_access",
        "2025".parse().expect("period"),
        Condition::AtLeast(Decimal::new(9999, 2)),
    )
    .expect("target");
    c.bench_function("target_check_pending", |b| {
        b.iter(|| {
            let assessment = black_box(&target).check(black_box(&report)).expect("check");
            assert_eq!(assessment.verdict(), Verdict::Pending);
            assessment
        })
    });
}

/// The source report, repeated to about a megabyte.
const SOURCE: &str = include_str!("../crates/chiso/data/sources/binh_duong_2024.txt");

fn text(c: &mut Criterion) {
    let mut group = c.benchmark_group("text");
    let figure = "hơn 2,79 tỷ đồng";
    group.throughput(Throughput::Bytes(figure.len() as u64));
    group.bench_function("parse_quantity", |b| {
        b.iter(|| {
            let q = chiso::parse_quantity(black_box(figure), chiso::Lang::Vi).expect("a quantity");
            assert_eq!(q.bound(), Bound::MoreThan);
            q
        })
    });
    let copies = 1_000_000 / SOURCE.len() + 1;
    let text = SOURCE.repeat(copies);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("extract_1mb", |b| {
        b.iter(|| {
            let mentions = chiso::extract(black_box(&text), chiso::Lang::Vi);
            assert_eq!(mentions.len(), 24 * copies);
            mentions
        })
    });
    group.finish();
}

/// Naming indicators: what the drafter does once per figure (`best_in` on the clause around
/// it), a lookup by folded name, a fuzzy lookup, and every name in the source report.
fn catalogue(c: &mut Criterion) {
    let standard = chiso::Catalogue::standard();
    let mut group = c.benchmark_group("catalogue");
    let clause = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 351.640 tỷ đồng, tăng 13,3% so với cùng kỳ";
    group.throughput(Throughput::Bytes(clause.len() as u64));
    group.bench_function("best_in_clause", |b| {
        b.iter(|| {
            let found = standard.best_in(black_box(clause)).expect("retail sales");
            assert_eq!(found.id(), "retail_sales");
            found.score()
        })
    });
    group.bench_function("find_folded", |b| {
        b.iter(|| {
            let found = standard.find(black_box("kim ngach xuat khau")).expect("exports");
            assert_eq!(found.id(), "exports");
            found.score()
        })
    });
    group.bench_function("find_fuzzy", |b| {
        b.iter(|| {
            let found = standard.find(black_box("giá trị xuất khẩu hàng hóa tỉnh")).expect("exports");
            assert_eq!(found.id(), "exports");
            found.score()
        })
    });
    group.throughput(Throughput::Bytes(SOURCE.len() as u64));
    group.bench_function("all_in_source", |b| {
        b.iter(|| {
            let found = standard.all_in(black_box(SOURCE));
            assert!(found.len() > 20);
            found.len()
        })
    });
    group.finish();
}

fn columns(c: &mut Criterion) {
    use chiso::columns::{Column, Options};
    const ROWS: usize = 1_000_000;
    let (now, before) = decimal_18_2(ROWS);
    let (now_column, before_column) = (Column::fixed(&now[..], 2), Column::fixed(&before[..], 2));
    let figures = |m: &[i128]| -> Vec<Reported> {
        m.iter().map(|&m| Reported::as_printed(Decimal::from_i128_with_scale(m, 2))).collect()
    };
    let (now_figures, before_figures) = (figures(&now), figures(&before));
    let check = |out: &chiso::columns::Computed| {
        for i in [0, ROWS / 2, ROWS - 1] {
            let scalar = chiso::growth(now_figures[i], before_figures[i]).expect("growth");
            assert_eq!(out.get(i), Some(scalar.value()));
            if out.low().is_some() {
                assert_eq!(out.interval(i), Some(scalar.interval()));
            }
        }
    };
    let mut group = c.benchmark_group("columns");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    for (name, interval) in [("growth_value", false), ("growth_interval", true)] {
        for threads in [1, 2] {
            let options = Options { interval, threads: Some(threads), ..Options::default() };
            check(&chiso::columns::growth(&now_column, &before_column, &options).expect("columns"));
            group.bench_function(BenchmarkId::new(name, format!("{threads}_threads")), |b| {
                b.iter(|| chiso::columns::growth(black_box(&now_column), black_box(&before_column), &options))
            });
        }
    }
    group.bench_function("scalar_growth_loop", |b| {
        b.iter(|| {
            now_figures
                .iter()
                .zip(&before_figures)
                .map(|(c, p)| chiso::growth(black_box(c), black_box(p)).map(|g| g.value()))
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

/// The press paragraphs of the drafting tests, in both languages, beside the source report.
const PARAGRAPHS: &[(&str, chiso::Lang)] = &[
    (SOURCE, chiso::Lang::Vi),
    (include_str!("../crates/chiso/tests/fixtures/press/vi_1.txt"), chiso::Lang::Vi),
    (include_str!("../crates/chiso/tests/fixtures/press/vi_2.txt"), chiso::Lang::Vi),
    (include_str!("../crates/chiso/tests/fixtures/press/vi_3.txt"), chiso::Lang::Vi),
    (include_str!("../crates/chiso/tests/fixtures/press/vi_4.txt"), chiso::Lang::Vi),
    (include_str!("../crates/chiso/tests/fixtures/press/vi_5.txt"), chiso::Lang::Vi),
    (include_str!("../crates/chiso/tests/fixtures/press/en_1.txt"), chiso::Lang::En),
    (include_str!("../crates/chiso/tests/fixtures/press/en_2.txt"), chiso::Lang::En),
    (include_str!("../crates/chiso/tests/fixtures/press/en_3.txt"), chiso::Lang::En),
    (include_str!("../crates/chiso/tests/fixtures/press/en_4.txt"), chiso::Lang::En),
    (include_str!("../crates/chiso/tests/fixtures/press/en_5.txt"), chiso::Lang::En),
];

/// `extract` over 1 MB and 10 MB of report text in each language: the paragraphs of that
/// language, separated by blank lines, repeated. Linear time shows as the same MB/s at both
/// sizes. The whole gives as many mentions as its copies give one by one, so a figure cannot be
/// lost or joined across a paragraph break.
fn extract_10mb(c: &mut Criterion) {
    const MB: usize = 1024 * 1024;
    let mut group = c.benchmark_group("extract");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for lang in [chiso::Lang::Vi, chiso::Lang::En] {
        let block: String =
            PARAGRAPHS.iter().filter(|(_, l)| *l == lang).map(|(text, _)| format!("{}\n\n", text.trim_end())).collect();
        let per_block = chiso::extract(&block, lang).len();
        assert!(per_block > 20, "the {lang} paragraphs give {per_block} mentions");
        for (name, size) in [("1MB", MB), ("10MB", 10 * MB)] {
            let copies = size / block.len() + 1;
            let text = block.repeat(copies);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(BenchmarkId::new(name, lang), |b| {
                b.iter(|| {
                    let mentions = chiso::extract(black_box(&text), lang);
                    assert_eq!(mentions.len(), per_block * copies);
                    mentions
                })
            });
        }
    }
    group.finish();
}

/// Drafting the embedded source report (about 8 KB of Vietnamese), which must take under 10 ms.
/// Every run gives the rows the first one gave, among them the IIP target of at least 9.7%.
fn draft(c: &mut Criterion) {
    let options = chiso::DraftOptions::new(chiso::Lang::Vi);
    let first = chiso::draft(SOURCE, &options).expect("the source text drafts");
    let (observations, targets) = (first.report().observations().len(), first.report().targets().len());
    let iip = first.report().targets().iter().find(|t| t.indicator() == "iip").expect("the IIP target");
    assert_eq!(iip.spec(), Spec::Growth(Condition::AtLeast(Decimal::new(97, 1))));
    let mut group = c.benchmark_group("draft");
    group.throughput(Throughput::Bytes(SOURCE.len() as u64));
    group.bench_function("binh_duong_source", |b| {
        b.iter(|| {
            let draft = chiso::draft(black_box(SOURCE), &options).expect("the source text drafts");
            assert_eq!(draft.report().observations().len(), observations);
            assert_eq!(draft.report().targets().len(), targets);
            draft
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    functions,
    target_check,
    targets_of_every_kind,
    text,
    extract_10mb,
    draft,
    catalogue,
    report_at_scale,
    quotient,
    columns
);
criterion_main!(benches);
