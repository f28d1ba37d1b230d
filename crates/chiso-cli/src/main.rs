//! `chiso`: scorecards, consistency checks and figure reading for government performance
//! reports. The command parses arguments, loads reports and prints; every figure it shows is
//! computed by the `chiso` crate.

mod check;
mod draft;
mod growths;
mod input;
mod parse;
mod progress;
mod revisions;
mod scorecard;
mod table;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use input::Input;
use table::Layout;

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
        /// A chiso.report JSON file (/2, or the older /1); several of them (one region each), a directory of long
        /// CSV files (indicators.csv, observations*.csv, targets.csv, regions.csv) or a set of
        /// such files, for a panel; without any, the embedded Bình Dương 2024 report.
        inputs: Vec<PathBuf>,
        /// The language of the table, and of the CSV file's headers, targets, verdicts and
        /// reasons (its numbers keep a decimal point, for spreadsheets). JSON is the same in
        /// every language: codes (`met`, `pending`), decimals as strings, and each reason as its
        /// kind with its figures.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// What to do with bad rows of long CSV files.
        #[arg(long, value_enum, default_value_t = Errors::Raise)]
        errors: Errors,
        #[command(flatten)]
        width: Width,
    },
    /// Load and validate a report or a panel, then print where its figures disagree beyond their bounds.
    ///
    /// Exit status: 0 when the input is valid, findings or not (without --strict); 1 with
    /// --strict when there is at least one finding (a relation that could not be checked is
    /// not a finding); 2 when the input cannot be read or is invalid (every bad row of long
    /// CSV files is printed first, unless --errors collect), or the arguments are wrong.
    Check {
        /// A chiso.report JSON file (/2, or the older /1); several of them (one region each), a directory of long
        /// CSV files (indicators.csv, observations*.csv, targets.csv, regions.csv) or a set of
        /// such files, for a panel.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The language of the text and of the CSV file's headers and messages; JSON is the same
        /// in every language.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
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
    ///
    /// The text is the argument, the file given with --file, or else standard input when it is
    /// not a terminal (`echo ... | chiso parse`).
    Parse {
        /// The text, as a report prints it; `-` reads standard input.
        #[arg(conflicts_with = "file")]
        text: Option<String>,
        /// Read the text from this file (UTF-8).
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
        /// The language the text is written in.
        #[arg(long, value_enum, default_value_t = Language::Vi)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = ParseFormat::Table)]
        format: ParseFormat,
        #[command(flatten)]
        width: Width,
    },
    /// Draft a chiso.report/2 from press text: each figure placed on a standard indicator and a
    /// period, or listed with the reason it was not.
    ///
    /// Prints the chiso.draft/1 JSON: the report, where each row was read, the figures left
    /// out, and where the region and publication date came from. With --report, the report is
    /// also written to that file, ready to finish by hand.
    Draft {
        /// The text file (UTF-8); `-` reads standard input.
        input: String,
        /// The language the text is written in.
        #[arg(long, value_enum, default_value_t = Language::Vi)]
        lang: Language,
        /// The region the text is about, by ISO 3166-2 code or name (VN-57, "Bình Dương"),
        /// instead of the one the text names.
        #[arg(long)]
        region: Option<String>,
        /// The day the text was published (YYYY-MM-DD), instead of its dateline.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Also write the drafted report (chiso.report/2) to this file.
        #[arg(long, value_name = "OUT.json")]
        report: Option<PathBuf>,
    },
    /// Print every level target with a base year and its progress towards its year: the base
    /// and latest figures, the measure and the class of a published scheme.
    Progress {
        /// A report JSON file.
        input: PathBuf,
        /// The scheme, for every target (else each target's own, unsd_2023 by default).
        #[arg(long, value_enum)]
        scheme: Option<ProgressScheme>,
        /// The language of the table.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        #[command(flatten)]
        width: Width,
    },
    /// Print every growth a report prints or its levels allow, labelled with what it is against:
    /// year on year (so với cùng kỳ), month or quarter on the one before (so với tháng trước,
    /// so với quý trước), and annualised (quy năm).
    ///
    /// Only year-on-year growths judge targets and consistency; the others are listed here.
    Growths {
        /// A chiso.report JSON file (/2, or /1); without one, the embedded Bình Dương 2024 report.
        input: Option<PathBuf>,
        /// The language of the table and of the CSV file's labels; JSON is the same in every
        /// language.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[command(flatten)]
        width: Width,
    },
    /// Print how each figure with several vintages (observations of one indicator and period
    /// with different dates or statuses) was revised: each vintage's value, status and date,
    /// the revision in level and in percentage points, whether the printed bounds overlap (a
    /// rounding difference) or not (a real revision), and the targets whose verdict it changes.
    Revisions {
        /// A chiso.report JSON file (/2, or /1).
        input: PathBuf,
        /// The language of the table and its sentences; CSV headers are the column names and
        /// JSON is the same in every language.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[command(flatten)]
        width: Width,
    },
    /// Print a shell's completion script for chiso.
    ///
    /// bash: `chiso completions bash > ~/.local/share/bash-completion/completions/chiso`;
    /// zsh: `chiso completions zsh > "${fpath[1]}/_chiso"`;
    /// fish: `chiso completions fish > ~/.config/fish/completions/chiso.fish`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// How wide a table is printed.
#[derive(Args)]
struct Width {
    /// Print every column at its full width, even on a narrow terminal.
    #[arg(long, conflicts_with = "width")]
    wide: bool,
    /// Fit tables to this many columns, terminal or not. Without it, a table written to a
    /// terminal fits the terminal's width (or $COLUMNS, when set): long cells wrap at spaces,
    /// and if that is not enough the least needed columns are left out (the scorecard's
    /// implied previous year, then its growth, then the target's required level; the parsed
    /// text's context, then the figure's text), with a note naming them. A table written to a pipe or file is printed
    /// in full.
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..))]
    width: Option<u16>,
}

impl Width {
    /// The layout for standard output as it is now.
    fn layout(&self) -> Layout {
        let terminal = std::io::stdout().is_terminal();
        let columns = std::env::var("COLUMNS").ok();
        let size = || terminal_size::terminal_size().map(|(terminal_size::Width(w), _)| usize::from(w));
        layout(self.wide, self.width, terminal, columns.as_deref(), size)
    }
}

/// The narrowest width a table is fitted to: --width refuses less, and a narrower terminal
/// (or $COLUMNS) gets lines of this many characters.
const NARROWEST: usize = 20;

/// The table's layout: full with --wide; fitted to --width; on a terminal, fitted to $COLUMNS
/// when it is a number, else to the terminal's size, else to 80 columns, and never to fewer than
/// [`NARROWEST`]; not on a terminal, full.
fn layout(
    wide: bool,
    width: Option<u16>,
    terminal: bool,
    columns: Option<&str>,
    size: impl FnOnce() -> Option<usize>,
) -> Layout {
    match (wide, width) {
        (true, _) => Layout::Full,
        (false, Some(width)) => Layout::Fit(usize::from(width)),
        (false, None) if !terminal => Layout::Full,
        (false, None) => {
            let columns = columns.and_then(|c| c.trim().parse::<usize>().ok()).filter(|&c| c > 0);
            Layout::Fit(columns.or_else(size).unwrap_or(80).max(NARROWEST))
        }
    }
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
    /// JSON: offsets, kind, value, unit, bound, context, aim and estimated of each figure, and
    /// what it is compared with and the span of an average growth when the text says them.
    Json,
}

/// A published progress scheme (see `chiso::Scheme`).
#[derive(Clone, Copy, ValueEnum)]
enum ProgressScheme {
    /// UNSD Progress Chart 2022: actual over required compound growth.
    #[value(name = "unsd_2022")]
    Unsd2022,
    /// UNSD Progress Chart 2023 (EUSTAT): the share of the way the trend covers.
    #[value(name = "unsd_2023")]
    Unsd2023,
    /// Open SDG / Statistics Canada, with natural-limit scaling.
    #[value(name = "open_sdg")]
    OpenSdg,
    /// Destatis weather symbols: a linear projection from the last five years.
    Destatis,
}

impl From<ProgressScheme> for chiso::Scheme {
    fn from(scheme: ProgressScheme) -> chiso::Scheme {
        match scheme {
            ProgressScheme::Unsd2022 => chiso::Scheme::Unsd2022,
            ProgressScheme::Unsd2023 => chiso::Scheme::Unsd2023,
            ProgressScheme::OpenSdg => chiso::Scheme::OpenSdg,
            ProgressScheme::Destatis => chiso::Scheme::Destatis,
        }
    }
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

/// `1 target`, `2 targets`: English plurals (Vietnamese nouns have none).
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn run(cli: Cli) -> Result<Success, Failure> {
    match cli.command {
        Command::Scorecard { inputs, lang, format, errors, width } => {
            let layout = width.layout();
            let input = match inputs.as_slice() {
                [] => Input::Report(Box::new(chiso::datasets::binh_duong_2024())),
                _ => input::load(&inputs, errors)?,
            };
            let output = match input {
                Input::Report(report) => scorecard::render(&report, lang.into(), format, layout)?,
                Input::Panel(panel) => scorecard::render_panel(&panel, lang.into(), format, layout)?,
            };
            Ok(Success::new(output))
        }
        Command::Check { inputs, lang, format, strict, errors } => {
            let (output, findings) = match input::load(&inputs, errors)? {
                Input::Report(report) => check::render(&report, lang.into(), format),
                Input::Panel(panel) => check::render_panel(&panel, lang.into(), format),
            };
            Ok(Success { output, status: if strict && findings > 0 { 1 } else { 0 } })
        }
        Command::Parse { text, file, lang, format, width } => {
            let stdin = || {
                std::io::read_to_string(std::io::stdin())
                    .map_err(|e| Failure(format!("cannot read standard input: {e}")))
            };
            let text = match (text, file) {
                (Some(text), _) if text == "-" => stdin()?,
                (Some(text), _) => text,
                (None, Some(path)) => std::fs::read_to_string(&path)
                    .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?,
                (None, None) if std::io::stdin().is_terminal() => {
                    return Err(Failure(
                        "give the text to parse, --file PATH, or pipe it in: echo '...' | chiso parse".into(),
                    ))
                }
                (None, None) => stdin()?,
            };
            Ok(Success::new(parse::render(&text, lang.into(), format, width.layout())))
        }
        Command::Draft { input, lang, region, as_of, report } => {
            let text = match input.as_str() {
                "-" => std::io::read_to_string(std::io::stdin())
                    .map_err(|e| Failure(format!("cannot read standard input: {e}")))?,
                path => std::fs::read_to_string(path).map_err(|e| Failure(format!("cannot read {path}: {e}")))?,
            };
            let options = draft::options(lang.into(), region.as_deref(), as_of.as_deref())?;
            Ok(Success::new(draft::render(&text, &options, report.as_deref())?))
        }
        Command::Progress { input, scheme, lang, width } => {
            let report = input::report(&input)?;
            Ok(Success::new(progress::render(&report, scheme.map(Into::into), lang.into(), width.layout())?))
        }
        Command::Growths { input, lang, format, width } => {
            let report = match input {
                Some(path) => input::report(&path)?,
                None => chiso::datasets::binh_duong_2024(),
            };
            Ok(Success::new(growths::render(&report, lang.into(), format, width.layout())))
        }
        Command::Revisions { input, lang, format, width } => {
            let report = input::report(&input)?;
            Ok(Success::new(revisions::render(&report, lang.into(), format, width.layout())?))
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "chiso", &mut script);
            let script =
                String::from_utf8(script).map_err(|e| Failure(format!("the completion script is not UTF-8: {e}")))?;
            Ok(Success::new(script))
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(Success { output, status }) => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::from(status),
                // A reader that stops early (`chiso scorecard | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(status),
                Err(e) => {
                    eprintln!("chiso: error: cannot write to standard output: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(Failure(message)) => {
            eprintln!("chiso: error: {message}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_fits_the_terminal_and_is_full_elsewhere() {
        let never = || -> Option<usize> { panic!("the terminal's size is not asked for") };
        assert_eq!(layout(false, None, false, Some("80"), never), Layout::Full);
        assert_eq!(layout(false, Some(100), false, None, never), Layout::Fit(100));
        assert_eq!(layout(true, None, true, Some("80"), never), Layout::Full);
        assert_eq!(layout(false, Some(120), true, Some("80"), never), Layout::Fit(120));
        assert_eq!(layout(false, None, true, Some("80"), never), Layout::Fit(80));
        assert_eq!(layout(false, None, true, Some(" 132 "), never), Layout::Fit(132));
        assert_eq!(layout(false, None, true, None, || Some(97)), Layout::Fit(97));
        assert_eq!(layout(false, None, true, Some("wide"), || Some(97)), Layout::Fit(97));
        assert_eq!(layout(false, None, true, Some("0"), || None), Layout::Fit(80));
        // Too narrow a terminal gets the narrowest table --width allows, not columns of a letter.
        assert_eq!(layout(false, None, true, Some("5"), never), Layout::Fit(20));
        assert_eq!(layout(false, None, true, None, || Some(3)), Layout::Fit(20));
    }
}
