//! The long format as CSV text. The core reads and writes text; the caller reads and writes
//! the files.

use csv::{ReaderBuilder, StringRecord, Terminator, WriterBuilder};

use super::long::{self, BadRow, Cell, Loader, ObservationColumns, OnBadRow, Table};
use super::Panel;
use crate::error::{Error, Result};
use crate::indicator::Indicator;

/// The CSV text of a panel's tables, as [`Panel::from_csv`] reads them: UTF-8 (a byte-order
/// mark is skipped), comma-separated, with a header row. The columns:
///
/// - `indicators`: `id, name_vi, name_en, unit, measure, polarity, identity, national_total_of`,
///   and optionally `range` (`identity` is `difference:exports,imports`, `sum:a,b,c`,
///   `share:part,whole` or empty; `range` is `0..100`, `0..`, `..100`, `..` for none, or empty
///   for the unit's default: at least 0 for a count, else none).
/// - `observations`: `region, indicator, period, value, bound, growth, growth_bound, status,
///   as_of, quote`, and optionally `unit` (the figure's printed unit, when not the
///   indicator's), `source_title, source_outlet, source_author, source_published` (its own
///   publication), `row_id` (its place among the vintages, in every row when the column is
///   there), and `last_digit, growth_last_digit` (the power of ten a figure is known to, when
///   not its last printed digit, as after rescaling).
/// - `targets`: `region, indicator, period, baseline, kind, condition, low, high, quote`
///   (`kind` is `growth` or `level`; `condition` is `at_least`, `more_than`, `at_most`,
///   `less_than` or `between`; `high` only for `between`).
/// - `regions`: `id, name_vi, name_en, publisher_vi, publisher_en, source_title,
///   source_outlet, source_author, source_published`.
///
/// Decimals are written with `.` and the digits printed, trailing zeros kept (`16.940` is not
/// `16.94`); an empty cell is a missing value; a bound left empty is `as_printed`. Only
/// `region`, `indicator` and `period` (observations), `id` (regions), the first six columns
/// of indicators and `region, indicator, period, kind, condition, low` (targets) must be
/// there; a column the table does not know is an error.
///
/// # Example
///
/// See [`Panel::from_csv`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongCsv<'a> {
    /// The `indicators` table: the catalogue.
    pub indicators: &'a str,
    /// The `observations` table, in one or several parts (files), read in this order.
    pub observations: &'a [&'a str],
    /// The `targets` table, if any.
    pub targets: Option<&'a str>,
    /// The `regions` table, if any; a region met only in the other tables is named by its id.
    pub regions: Option<&'a str>,
}

/// The CSV text of a panel's four tables, as [`Panel::to_csv`] writes them.
///
/// # Example
///
/// See [`Panel::from_csv`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongCsvOut {
    /// The `indicators` table.
    pub indicators: String,
    /// The `observations` table.
    pub observations: String,
    /// The `targets` table.
    pub targets: String,
    /// The `regions` table.
    pub regions: String,
}

/// The records of a CSV table read so far, in a buffer reused from chunk to chunk.
struct Records {
    header: StringRecord,
    records: Vec<StringRecord>,
    len: usize,
}

impl Table for Records {
    fn column_names(&self) -> Vec<&str> {
        self.header.iter().collect()
    }

    fn len(&self) -> usize {
        self.len
    }

    fn row_number(&self, row: usize) -> u64 {
        // The header is record 0 and row 1; a record, however many lines its quoted cells
        // span, is one row.
        self.records[row].position().map_or(0, |p| p.record() + 1)
    }

    fn cell(&self, row: usize, column: usize) -> std::result::Result<Cell<'_>, String> {
        Ok(self.records[row].get(column).map_or(Cell::Null, Cell::Text))
    }
}

/// How many records are decoded at a time.
const CHUNK: usize = 4096;

/// Reads a CSV table in chunks, handing each to `decode`; a record the CSV reader refuses (one
/// with another number of fields than the header) is a bad row, met after the rows before it.
fn read_table(
    text: &str,
    name: &str,
    chunk: usize,
    loader: &mut Loader,
    mut decode: impl FnMut(&mut Loader, &Records) -> Result<()>,
) -> Result<()> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|err| csv_error(name, err))?.clone();
    let mut records = Records { header, records: Vec::new(), len: 0 };
    loop {
        records.len = 0;
        let mut refused = None;
        while records.len < chunk {
            if records.records.len() == records.len {
                records.records.push(StringRecord::new());
            }
            match reader.read_record(&mut records.records[records.len]) {
                Ok(true) => records.len += 1,
                Ok(false) => break,
                Err(err) => {
                    refused = Some(err);
                    break;
                }
            }
        }
        decode(loader, &records)?;
        match refused {
            Some(err) => {
                let row = err.position().map_or(0, |p| p.record() + 1);
                let message = match err.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("the row has {len} fields where the header has {expected_len}")
                    }
                    _ => err.to_string(),
                };
                loader.bad_row(name, row, ("", message))?;
            }
            None if records.len < chunk => return Ok(()),
            None => {}
        }
    }
}

fn csv_error(name: &str, err: csv::Error) -> Error {
    let row = err.position().map_or(1, csv::Position::line);
    BadRow { table: name.to_string(), row, column: None, message: err.to_string() }.into()
}

impl Panel {
    /// A panel from the CSV text of its tables (see [`LongCsv`] for the columns).
    ///
    /// With [`OnBadRow::Raise`] the first bad row is an error; with [`OnBadRow::Collect`] the
    /// panel holds the good rows and every bad row is listed, with its table, row number (as a
    /// spreadsheet shows it: the header is row 1), column and what is wrong. A row is bad when
    /// a cell cannot be read, when it names an indicator the catalogue lacks, repeats an
    /// indicator, region or row id, or breaks a rule of the model (a bound without its figure,
    /// an observation without a figure, ...). An indicator whose identity names a bad one is
    /// bad too, and so is every row naming it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidReport`] with a path such as `observations.csv row 17, column "value"`
    /// for a bad row with [`OnBadRow::Raise`], and whatever the mode for a header with an
    /// unknown, repeated or missing column (row 1).
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::panel::{LongCsv, OnBadRow};
    /// use chiso::Panel;
    ///
    /// let indicators = "id,name_vi,name_en,unit,measure,polarity,identity,national_total_of\n\
    ///                   retail_sales,Bán lẻ,Retail sales,billion VND,flow,higher_is_better,,\n";
    /// let observations = "region,indicator,period,value,bound,growth,growth_bound,status,as_of,quote\n\
    ///                     VN-57,retail_sales,2024,351640.0,,13.3,,E,,\n\
    ///                     VN-57,retail_sales,2023,1,5,,,,,\n";
    /// let csv = LongCsv { indicators, observations: &[observations], targets: None, regions: None };
    /// let (panel, bad) = Panel::from_csv(csv, OnBadRow::Collect)?;
    /// assert_eq!(panel.len(), 1);
    /// assert_eq!(bad[0].to_string(), "observations.csv row 3, column \"bound\": \"5\" is not a valid bound: \
    ///     expected as_printed, exact, more_than, at_least, less_than, at_most or about");
    ///
    /// let out = panel.to_csv();
    /// assert!(out.observations.contains("VN-57,retail_sales,2024,351640.0,,13.3,,E,,"));
    /// let again = LongCsv { indicators: &out.indicators, observations: &[&out.observations],
    ///     targets: Some(&out.targets), regions: Some(&out.regions) };
    /// assert_eq!(Panel::from_csv(again, OnBadRow::Raise)?.0.to_csv(), out);
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn from_csv(csv: LongCsv<'_>, on_bad_row: OnBadRow) -> Result<(Panel, Vec<BadRow>)> {
        let mut loader = Loader::new(on_bad_row);
        let mut indicators: Option<Records> = None;
        // The catalogue is decoded whole, so the parts between refused records are gathered.
        read_table(csv.indicators, "indicators.csv", usize::MAX, &mut loader, |_, records| {
            let part = &records.records[..records.len];
            match &mut indicators {
                Some(all) => {
                    all.records.extend_from_slice(part);
                    all.len += part.len();
                }
                None => {
                    indicators =
                        Some(Records { header: records.header.clone(), records: part.to_vec(), len: part.len() })
                }
            }
            Ok(())
        })?;
        // OK because `read_table` hands over at least one chunk.
        let indicators = indicators.expect("one chunk at least");
        loader.indicators(&[("indicators.csv".to_string(), indicators)])?;
        if let Some(regions) = csv.regions {
            read_table(regions, "regions.csv", CHUNK, &mut loader, |loader, records| {
                loader.regions("regions.csv", records)
            })?;
        }
        let parts = csv.observations.len();
        for (i, observations) in csv.observations.iter().enumerate() {
            let name = match parts {
                1 => "observations.csv".to_string(),
                _ => format!("observations.csv part {}", i + 1),
            };
            read_table(observations, &name, CHUNK, &mut loader, |loader, records| loader.observations(&name, records))?;
        }
        if let Some(targets) = csv.targets {
            read_table(targets, "targets.csv", CHUNK, &mut loader, |loader, records| {
                loader.targets("targets.csv", records)
            })?;
        }
        loader.finish()
    }

    /// The panel's four tables as CSV text, which [`Panel::from_csv`] reads back into an equal
    /// panel: every digit kept, a unit, a source, a row id, a last digit or a natural range
    /// written only in the optional columns when some row needs it.
    ///
    /// # Example
    ///
    /// See [`Panel::from_csv`].
    pub fn to_csv(&self) -> LongCsvOut {
        // The `range` column, last, is written only when some indicator's range is not its
        // unit's default.
        let catalogue = self.catalogue().indicators();
        let all = long::INDICATORS.columns;
        let width = if catalogue.iter().all(Indicator::has_default_range) { all.len() - 1 } else { all.len() };
        let indicators = write(
            &all[..width],
            catalogue.iter().map(|i| {
                let mut row = long::indicator_row(i);
                row.truncate(width);
                row
            }),
        );
        let columns = ObservationColumns::of(self);
        let observations = write(
            &columns.names(),
            self.observations().map(|row| columns.row(&row.region.region.id, row.row_id, row.observation)),
        );
        let targets = write(
            &long::TARGETS_WRITTEN,
            self.targets().map(|(meta, target)| long::target_row(&meta.region.id, target)),
        );
        let regions = write(long::REGIONS.columns, self.regions().iter().map(long::region_row));
        LongCsvOut { indicators, observations, targets, regions }
    }
}

/// A CSV table of a header and rows.
fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = WriterBuilder::new().terminator(Terminator::Any(b'\n')).from_writer(Vec::new());
    // OK because writing to a `Vec` cannot fail, and every row has the header's length.
    writer.write_record(header).expect("a header written to memory");
    for row in rows {
        // OK because writing to a `Vec` cannot fail, and every row has the header's length.
        writer.write_record(&row).expect("a row written to memory");
    }
    // OK because flushing a `Vec` cannot fail.
    let bytes = writer.into_inner().expect("a table written to memory");
    // OK because every field written is a `str`, and the separators are ASCII.
    String::from_utf8(bytes).expect("UTF-8 written")
}
