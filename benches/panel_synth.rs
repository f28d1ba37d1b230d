//! The synthetic panel of the benches: `regions × indicators × 12 months × years` observations,
//! each with a level and a growth, one growth target per region and indicator on December of
//! the last year; as the long CSV tables and as Arrow record batches. The benches include this
//! file with `#[path]`, so that every panel bench reads the same figures.
//!
//! Levels grow about 8% a year and are printed to one decimal; each growth is printed to one
//! decimal from the printed levels, as a statistics office prints it, so it agrees with them.
//! One figure in fifty is printed with a growth 3 points off, which is a finding.

use std::fmt::Write;
use std::sync::Arc;

use arrow_array::{ArrayRef, Decimal128Array, RecordBatch, StringArray};

/// The four tables of a synthetic panel, as CSV text.
pub struct SynthCsv {
    /// `indicators.csv`.
    pub indicators: String,
    /// `observations.csv`.
    pub observations: String,
    /// `targets.csv`.
    pub targets: String,
    /// `regions.csv`.
    pub regions: String,
}

/// One observation: region and indicator numbers, year, month, level and growth in tenths.
struct Row {
    region: usize,
    indicator: usize,
    year: usize,
    month: usize,
    level: i64,
    growth: Option<i64>,
}

fn rows(regions: usize, indicators: usize, years: std::ops::Range<usize>) -> impl Iterator<Item = Row> {
    (1..=regions).flat_map(move |region| {
        let years = years.clone();
        (0..indicators).flat_map(move |indicator| {
            let years = years.clone();
            (1..=12).flat_map(move |month| {
                let base = 1000.0 + ((region * 7 + indicator * 11 + month * 31) % 9000) as f64;
                let first = years.start;
                let tenths = move |year: usize| (base * 1.08f64.powi((year - first) as i32) * 10.0).round() as i64;
                years.clone().map(move |year| {
                    let level = tenths(year);
                    let growth = (year > first).then(|| {
                        let before = tenths(year - 1);
                        let growth = ((level - before) as f64 * 1000.0 / before as f64).round() as i64;
                        if (region + indicator + month + year) % 50 == 0 {
                            growth + 30
                        } else {
                            growth
                        }
                    });
                    Row { region, indicator, year, month, level, growth }
                })
            })
        })
    })
}

/// `regions` regions (`VN-01`, ...) × `indicators` indicators (`i000`, ..., in billion VND) ×
/// every month of `years`: 34 × 200 × 12 × 12 = 979,200 observations, as the benches
/// ask, from `panel(34, 200, 2014..2026)`.
pub fn panel(regions: usize, indicators: usize, years: std::ops::Range<usize>) -> SynthCsv {
    let mut out = SynthCsv {
        indicators: String::from("id,name_vi,name_en,unit,measure,polarity,identity,national_total_of\n"),
        observations: String::with_capacity(regions * indicators * years.len() * 12 * 40),
        targets: String::from("region,indicator,period,baseline,kind,condition,low,high,quote\n"),
        regions: String::from(
            "id,name_vi,name_en,publisher_vi,publisher_en,source_title,source_outlet,source_author,source_published\n",
        ),
    };
    out.observations.push_str("region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote\n");
    // Writing to a `String` cannot fail.
    let _ = (0..indicators).try_for_each(|i| {
        writeln!(out.indicators, "i{i:03},Chỉ số {i},Indicator {i},billion VND,flow,higher_is_better,,")
    });
    let last = years.end - 1;
    for r in 1..=regions {
        let _ = writeln!(out.regions, "VN-{r:02},Tỉnh {r},Province {r},Cục Thống kê,Statistics office,,,,");
        for i in 0..indicators {
            let _ = writeln!(out.targets, "VN-{r:02},i{i:03},{last}-12,{}-12,growth,at_least,7.5,,", last - 1);
        }
    }
    for row in rows(regions, indicators, years) {
        let growth = row.growth.map_or(String::new(), tenths);
        let _ = writeln!(
            out.observations,
            "VN-{:02},i{:03},{}-{:02},{},,{growth},,E,,",
            row.region,
            row.indicator,
            row.year,
            row.month,
            tenths(row.level)
        );
    }
    out
}

/// `-12` as `-1.2`.
fn tenths(value: i64) -> String {
    let sign = if value < 0 { "-" } else { "" };
    format!("{sign}{}.{}", value.abs() / 10, value.abs() % 10)
}

/// The observations of [`panel`] as one Arrow record batch: strings for ids and periods,
/// `decimal128(18, 1)` for levels and growths.
pub fn observations_batch(regions: usize, indicators: usize, years: std::ops::Range<usize>) -> RecordBatch {
    let rows: Vec<Row> = rows(regions, indicators, years).collect();
    let region = StringArray::from_iter_values(rows.iter().map(|r| format!("VN-{:02}", r.region)));
    let indicator = StringArray::from_iter_values(rows.iter().map(|r| format!("i{:03}", r.indicator)));
    let period = StringArray::from_iter_values(rows.iter().map(|r| format!("{}-{:02}", r.year, r.month)));
    let decimals = |values: Vec<Option<i128>>| -> ArrayRef {
        // OK because 18 digits and one place fit a decimal128.
        Arc::new(Decimal128Array::from(values).with_precision_and_scale(18, 1).expect("decimal128(18, 1)"))
    };
    let value = decimals(rows.iter().map(|r| Some(i128::from(r.level))).collect());
    let growth = decimals(rows.iter().map(|r| r.growth.map(i128::from)).collect());
    // OK because the columns have one length and the names are distinct.
    RecordBatch::try_from_iter([
        ("region", Arc::new(region) as ArrayRef),
        ("indicator", Arc::new(indicator) as ArrayRef),
        ("period", Arc::new(period) as ArrayRef),
        ("value", value),
        ("growth", growth),
    ])
    .expect("a well-formed batch")
}
