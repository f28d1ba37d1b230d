//! `chiso`: scorecards, consistency checks and figure reading for government performance
//! reports. The command parses arguments, loads reports and prints; every figure it shows is
//! computed by the `chiso` crate.

mod check;
mod parse;
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
    /// Find every figure in a text: where it is, its role, and what it was read as.
    Parse {
        /// The text, as a report prints it; `-` reads standard input.
        text: String,
        /// The language the text is written in.
        #[arg(long, value_enum, default_value_t = Language::Vi)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = ParseFormat::Table)]
        format: ParseFormat,
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

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    /// An aligned text table.
    Table,
    /// JSON: offsets, kind, value, unit, bound and context of each figure.
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
        Command::Parse { text, lang, format } => {
            let text = if text == "-" {
                std::io::read_to_string(std::io::stdin())
                    .map_err(|e| Failure(format!("cannot read standard input: {e}")))?
            } else {
                text
            };
            Ok(parse::render(&text, lang.into(), format))
        }
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
