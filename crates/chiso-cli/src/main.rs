//! `chiso`: scorecards, consistency checks and figure reading for government performance
//! reports. The command parses arguments, loads reports and prints; every figure it shows is
//! computed by the `chiso` crate.

mod check;
mod input;
mod parse;
mod scorecard;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use input::Input;

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
    ///
    /// Given a panel (a directory of long CSV files, a set of them, or several report files),
    /// one scorecard per region.
    Scorecard {
        /// A chiso.report/1 JSON file; several of them (one region each), a directory of long
        /// CSV files (indicators.csv, observations*.csv, targets.csv, regions.csv) or a set of
        /// such files, for a panel; without any, the embedded Bình Dương 2024 report.
        inputs: Vec<PathBuf>,
        /// The language figures are printed in.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// What to do with bad rows of long CSV files.
        #[arg(long, value_enum, default_value_t = Errors::Raise)]
        errors: Errors,
    },
    /// Load and validate a report or a panel, then print where its figures disagree beyond their bounds.
    ///
    /// Exit status: 0 when the input is valid, findings or not (without --strict); 1 with
    /// --strict when there is at least one finding (a relation that could not be checked is
    /// not a finding); 2 when the input cannot be read or is invalid (every bad row of long
    /// CSV files is printed first, unless --errors collect), or the arguments are wrong.
    Check {
        /// A chiso.report/1 JSON file; several of them (one region each), a directory of long
        /// CSV files (indicators.csv, observations*.csv, targets.csv, regions.csv) or a set of
        /// such files, for a panel.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Exit with status 1 when there is at least one finding, so that a pipeline can gate on it.
        #[arg(long)]
        strict: bool,
        /// What to do with bad rows of long CSV files.
        #[arg(long, value_enum, default_value_t = Errors::Raise)]
        errors: Errors,
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

/// What to do with a bad row of a long CSV file.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Errors {
    /// Print every bad row (file, row, column, what is wrong) and exit with status 2.
    Raise,
    /// Print every bad row as a warning and go on with the good rows.
    Collect,
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
    /// One sentence per finding (per region, for a panel).
    Text,
    /// JSON, decimals as strings.
    Json,
    /// CSV, one line per finding and per relation that could not be checked.
    Csv,
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

/// What a command prints, and its exit status.
struct Success {
    output: String,
    status: u8,
}

impl Success {
    fn new(output: String) -> Success {
        Success { output, status: 0 }
    }
}

fn run(cli: Cli) -> Result<Success, Failure> {
    match cli.command {
        Command::Scorecard { inputs, lang, format, errors } => {
            let input = match inputs.as_slice() {
                [] => Input::Report(Box::new(chiso::datasets::binh_duong_2024())),
                _ => input::load(&inputs, errors)?,
            };
            let output = match input {
                Input::Report(report) => scorecard::render(&report, lang.into(), format)?,
                Input::Panel(panel) => scorecard::render_panel(&panel, lang.into(), format)?,
            };
            Ok(Success::new(output))
        }
        Command::Check { inputs, format, strict, errors } => {
            let (output, findings) = match input::load(&inputs, errors)? {
                Input::Report(report) => check::render(&report, format),
                Input::Panel(panel) => check::render_panel(&panel, format),
            };
            Ok(Success { output, status: if strict && findings > 0 { 1 } else { 0 } })
        }
        Command::Parse { text, lang, format } => {
            let text = if text == "-" {
                std::io::read_to_string(std::io::stdin())
                    .map_err(|e| Failure(format!("cannot read standard input: {e}")))?
            } else {
                text
            };
            Ok(Success::new(parse::render(&text, lang.into(), format)))
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(Success { output, status }) => {
            print!("{output}");
            ExitCode::from(status)
        }
        Err(Failure(message)) => {
            eprintln!("chiso: error: {message}");
            ExitCode::from(2)
        }
    }
}
