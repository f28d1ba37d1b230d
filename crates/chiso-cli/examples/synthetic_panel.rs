//! Writes a synthetic panel of about a million observations, for timing the command on it:
//! 34 provinces × 200 indicators × 12 years × 12 months, each observation with a level and its
//! growth against the same month a year earlier, and one target per province and indicator.
//! One growth in 1,000 is printed 5 points off, so that `chiso check` has findings to report.
//!
//! ```text
//! cargo run --release -p chiso-cli --example synthetic_panel -- /tmp/synthetic [PROVINCES INDICATORS]
//! ```
//!
//! It writes, under the directory given:
//! - `report.json`: one `chiso.report/1` report holding every figure (an indicator per province
//!   and indicator, `p07_i123`), as one large report;
//! - `reports/VN-01.json` …: one report per province, over one shared set of indicators;
//! - `panel/`: the same panel in the long CSV format (`indicators.csv`, `observations.csv`,
//!   `targets.csv`, `regions.csv`).

use std::path::{Path, PathBuf};

use chiso::{Condition, Indicator, Measure, Names, Observation, Panel, Polarity, Region, Report, Status, Target};
use rust_decimal::{Decimal, RoundingStrategy};

const FIRST_YEAR: i32 = 2014;
const YEARS: i32 = 12;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = PathBuf::from(args.first().ok_or("usage: synthetic_panel OUT_DIR [PROVINCES INDICATORS]")?);
    let provinces: usize = args.get(1).map_or(Ok(34), |a| a.parse())?;
    let indicators: usize = args.get(2).map_or(Ok(200), |a| a.parse())?;
    std::fs::create_dir_all(out.join("reports"))?;
    std::fs::create_dir_all(out.join("panel"))?;

    let mut reports = Vec::with_capacity(provinces);
    let (mut all_indicators, mut all_observations, mut all_targets) = (Vec::new(), Vec::new(), Vec::new());
    for p in 0..provinces {
        let region = Region::new(
            format!("VN-{:02}", p + 1),
            Names::new(format!("Tỉnh {}", p + 1), format!("Province {}", p + 1)),
        );
        let publisher = Names::new("Cục Thống kê", "Statistics Office");
        let mut own = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..indicators {
            let seed = p * indicators + i;
            let shared = format!("i{i:03}");
            let single = format!("p{p:02}_i{i:03}");
            let (observations, target) = series(seed, &shared)?;
            own.0.push(indicator(&shared)?);
            all_indicators.push(indicator(&single)?);
            for observation in &observations {
                all_observations.push(renamed(observation, &single)?);
            }
            all_targets.push(Target::growth(single, target.period(), condition())?);
            own.1.extend(observations);
            own.2.push(target);
        }
        reports.push(Report::new(region, publisher, own.0, own.1, own.2)?);
    }
    let single = Report::new(
        Region::new("VN", Names::new("Việt Nam", "Vietnam")),
        Names::new("Tổng hợp", "Synthetic"),
        all_indicators,
        all_observations,
        all_targets,
    )?;
    write(&out.join("report.json"), &single.to_json())?;
    for report in &reports {
        write(&out.join("reports").join(format!("{}.json", report.region().id)), &report.to_json())?;
    }
    let panel = Panel::from_reports(reports)?;
    let csv = panel.to_csv();
    write(&out.join("panel/indicators.csv"), &csv.indicators)?;
    write(&out.join("panel/observations.csv"), &csv.observations)?;
    write(&out.join("panel/targets.csv"), &csv.targets)?;
    write(&out.join("panel/regions.csv"), &csv.regions)?;
    println!("{} observations in {}", panel.len(), out.display());
    Ok(())
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

fn indicator(id: &str) -> chiso::Result<Indicator> {
    Indicator::new(id, Names::new(id, id), "billion VND".parse()?, Measure::Flow, Polarity::HigherIsBetter)
}

fn condition() -> Condition {
    Condition::AtLeast(Decimal::new(97, 1))
}

/// The monthly observations of one indicator: a level with one decimal, and from the second
/// year on its growth rounded to one decimal (5 points off in one observation of 1,000).
fn series(seed: usize, id: &str) -> chiso::Result<(Vec<Observation>, Target)> {
    let months = (YEARS * 12) as usize;
    let mut levels = Vec::with_capacity(months);
    let mut observations = Vec::with_capacity(months);
    for m in 0..months {
        let (year, month) = (FIRST_YEAR + m as i32 / 12, m as u32 % 12 + 1);
        let base = 1000 + (seed * 7 + m * 13) % 9000;
        let level = Decimal::new(base as i64 * 10 + (m % 10) as i64, 1);
        levels.push(level);
        let mut observation = Observation::new(id, format!("{year}-{month:02}").parse()?)?
            .with_value(chiso::Reported::as_printed(level))
            .with_status(Status::Estimated);
        if m >= 12 {
            let exact = (level / levels[m - 12] - Decimal::ONE) * Decimal::ONE_HUNDRED;
            let mut growth = exact.round_dp_with_strategy(1, RoundingStrategy::MidpointNearestEven);
            if (seed * months + m) % 1000 == 999 {
                growth += Decimal::from(5);
            }
            observation = observation.with_growth(chiso::Reported::as_printed(growth));
        }
        observations.push(observation);
    }
    let target = Target::growth(id, format!("{}-12", FIRST_YEAR + YEARS - 1).parse()?, condition())?;
    Ok((observations, target))
}

fn renamed(observation: &Observation, id: &str) -> chiso::Result<Observation> {
    let mut renamed = Observation::new(id, observation.period())?;
    if let Some(value) = observation.value() {
        renamed = renamed.with_value(*value);
    }
    if let Some(growth) = observation.growth() {
        renamed = renamed.with_growth(*growth);
    }
    if let Some(status) = observation.status() {
        renamed = renamed.with_status(status);
    }
    Ok(renamed)
}
