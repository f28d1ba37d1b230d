//! The synthetic panel of the benches: `regions × indicators × 12 months × years` observations
//! as the long CSV tables, each with a level and a growth, one growth target per region and
//! indicator on December of the last year. The benches include this file with `#[path]`, so that
//! every panel bench reads the same figures.

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

/// `regions` regions (`VN-01`, ...) × `indicators` indicators (`i000`, ..., in billion VND) ×
/// every month of `years`: 34 × 200 × 12 × 12 = 979,200 observations, as the benches
/// ask, from `panel(34, 200, 2014..2026)`.
pub fn panel(regions: usize, indicators: usize, years: std::ops::Range<usize>) -> SynthCsv {
    use std::fmt::Write;
    let mut out = SynthCsv {
        indicators: String::from("id,name_vi,name_en,unit,measure,polarity,identity,national_total_of\n"),
        observations: String::with_capacity(regions * indicators * years.len() * 12 * 52),
        targets: String::from("region,indicator,period,baseline,kind,condition,low,high,quote\n"),
        regions: String::from("id,name_vi,name_en,publisher_vi,publisher_en,source_title,source_outlet,source_author,source_published\n"),
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
            let _ = writeln!(out.targets, "VN-{r:02},i{i:03},{last}-12,{}-12,growth,at_least,9.7,,", last - 1);
            for year in years.clone() {
                for month in 1..=12 {
                    let level = 1000 + (r * 7 + i * 11 + year * 13 + month * 31) % 9000;
                    let growth = (r + i + year + month) % 200;
                    let _ = writeln!(
                        out.observations,
                        "VN-{r:02},i{i:03},{year}-{month:02},{level}.{month},,{}.{},,E,,",
                        growth / 10,
                        growth % 10
                    );
                }
            }
        }
    }
    out
}
