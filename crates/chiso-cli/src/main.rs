//! `chiso`: scorecards, consistency checks and figure reading for government performance
//! reports. The command parses arguments, loads reports and prints; every figure it shows is
//! computed by the `chiso` crate.

mod check;
mod scorecard;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Economic indicators as government reports print them: exact decimals, honest bounds.
#[derive(Parser)]
#[command(name = "chiso", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print a report's scorecard: latest figures, implied previous-year values, target verdicts.
    Scorecard {
        /// A chiso.report/1 JSON file; without one, the embedded Bình Dương 2024 report.
        report: Option<PathBuf>,
        /// The language figures are printed in.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Load and validate a report, then print where its figures disagree beyond their bounds.
    Check {
        /// A chiso.report/1 JSON file.
        report: PathBuf,
        /// The output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Language {
    /// English: 351,640 billion VND.
    En,
    /// Vietnamese: 351.640 tỷ đồng.
    Vi,
}

impl From<Language> for chiso::Lang {
    fn from(language: Language) -> chiso::Lang {
        match language {
            Language::En => chiso::Lang::En,
            Language::Vi => chiso::Lang::Vi,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// An aligned text table.
    Table,
    /// JSON, decimals as strings.
    Json,
    /// CSV, one line per indicator and target.
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// One sentence per finding.
    Text,
    /// JSON, decimals as strings.
    Json,
}

/// Why the command failed: printed to standard error, exit status 2.
struct Failure(String);

impl From<chiso::Error> for Failure {
    fn from(err: chiso::Error) -> Failure {
        Failure(format!("{} ({})", err, err.kind()))
    }
}

fn load(path: &PathBuf) -> Result<chiso::Report, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
    chiso::Report::from_json(&text)
        .map_err(|e| Failure(format!("{} is not a valid chiso.report/1 document: {e}", path.display())))
}

fn run(cli: Cli) -> Result<String, Failure> {
    match cli.command {
        Command::Scorecard { report, lang, format } => {
            let report = match report {
                Some(path) => load(&path)?,
                None => chiso::datasets::binh_duong_2024(),
            };
            scorecard::render(&report, lang.into(), format)
        }
        Command::Check { report, format } => Ok(check::render(&load(&report)?, format)),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("chiso: error: {message}");
            ExitCode::from(2)
        }
    }
}
