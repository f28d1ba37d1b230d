//! The long format of a panel, whatever holds its tables: four tables (`indicators`,
//! `observations`, `targets` and `regions`) decoded row by row from any [`Table`] (CSV records
//! in `csv.rs`, Arrow record batches in `arrow.rs`) into the model, and the model encoded back
//! into rows of text.
//!
//! # Row numbers
//!
//! A row is numbered as a spreadsheet shows it: the header is row 1, so the first data row is
//! row 2. In a CSV file it is the line on which the record starts. An Arrow table has no header
//! line but is numbered the same way (its first row is row 2, and the numbers run on across
//! record batches), so that a table and the CSV file written from it name the same rows.
//!
//! # Cells
//!
//! An empty cell is a missing value, in every column. A text column that is missing from the
//! header is a column of missing values; only the columns that identify a row (`region`,
//! `indicator`, `period`, `id`, ...) must be there. A column the table does not know is an
//! error naming it, as `deny_unknown_fields` is for the JSON format.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::{Panel, PanelBuilder, RegionMeta};
use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::indicator::{Identity, Indicator, Measure, Names, NaturalRange, Polarity};
use crate::observation::{Observation, Status};
use crate::period::Period;
use crate::report::wire::{observation_of, parse_published, rescaled_digit, ObservationFields};
use crate::report::{Region, Source};
use crate::target::{Condition, Spec, Target};
use crate::text::Comparison;
use crate::unit::Unit;
use crate::value::{parse_decimal, Bound, Reported};

/// What to do with a row that cannot be read.
///
/// # Example
///
/// ```
/// assert_eq!(chiso::panel::OnBadRow::default(), chiso::panel::OnBadRow::Raise);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OnBadRow {
    /// Fail on the first bad row, with an [`Error::InvalidReport`] naming it.
    #[default]
    Raise,
    /// Keep the good rows, and list every bad one.
    Collect,
}

/// A row that could not be read, and why.
///
/// # Example
///
/// ```
/// use chiso::panel::BadRow;
///
/// let bad = BadRow { table: "observations.csv".into(), row: 17, column: Some("value".into()),
///     message: "\"1,5\" is not a valid decimal".into() };
/// assert_eq!(bad.to_string(), "observations.csv row 17, column \"value\": \"1,5\" is not a valid decimal");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BadRow {
    /// The table: `observations.csv` (`observations.csv part 2` for the second of several
    /// observation files), or `observations` for an Arrow table.
    pub table: String,
    /// The row, as a spreadsheet numbers it: the header is row 1, the first data row row 2.
    pub row: u64,
    /// The column at fault, when one is.
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl BadRow {
    /// Where the row is: `observations.csv row 17, column "value"`.
    ///
    /// # Example
    ///
    /// ```
    /// let bad = chiso::panel::BadRow { table: "targets.csv".into(), row: 2, column: None, message: String::new() };
    /// assert_eq!(bad.path(), "targets.csv row 2");
    /// ```
    pub fn path(&self) -> String {
        match &self.column {
            Some(column) => format!("{} row {}, column {column:?}", self.table, self.row),
            None => format!("{} row {}", self.table, self.row),
        }
    }
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.message)
    }
}

impl From<BadRow> for Error {
    fn from(bad: BadRow) -> Error {
        Error::InvalidReport { path: bad.path(), message: bad.message }
    }
}

/// One cell of a [`Table`], in the type its storage gives.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Cell<'a> {
    /// No value.
    Null,
    /// Text: every CSV cell, and Arrow strings.
    Text(&'a str),
    /// An exact decimal: Arrow `decimal128`.
    #[cfg_attr(not(feature = "arrow"), allow(dead_code))]
    Decimal(Decimal),
    /// An integer: the Arrow integer types.
    #[cfg_attr(not(feature = "arrow"), allow(dead_code))]
    Integer(i128),
    /// A date: Arrow `date32`.
    #[cfg_attr(not(feature = "arrow"), allow(dead_code))]
    Date(NaiveDate),
}

/// Rows and columns, as CSV records and Arrow record batches hold them: the one thing the
/// decoders of the four tables read.
pub(crate) trait Table {
    /// The column names, in order.
    fn column_names(&self) -> Vec<&str>;
    /// The number of rows.
    fn len(&self) -> usize;
    /// The number the user sees for row `row` (see the module's doc).
    fn row_number(&self, row: usize) -> u64;
    /// The cell of row `row` in column `column`; an error says why it cannot be read.
    fn cell(&self, row: usize, column: usize) -> std::result::Result<Cell<'_>, String>;
}

/// The columns of one of the four tables: the first `required` must be present.
pub(crate) struct Schema {
    pub(crate) columns: &'static [&'static str],
    required: usize,
}

pub(crate) const INDICATORS: Schema = Schema {
    columns: &["id", "name_vi", "name_en", "unit", "measure", "polarity", "identity", "national_total_of", "range"],
    required: 6,
};

pub(crate) const OBSERVATIONS: Schema = Schema {
    columns: &[
        "region",
        "indicator",
        "period",
        "value",
        "bound",
        "growth",
        "growth_bound",
        "status",
        "as_of",
        "quote",
        "unit",
        "source_title",
        "source_outlet",
        "source_author",
        "source_published",
        "row_id",
        "last_digit",
        "growth_last_digit",
        "compared_with",
        "annualised",
        "plan_completion",
        "plan_completion_bound",
    ],
    required: 3,
};

pub(crate) const TARGETS: Schema = Schema {
    columns: &["region", "indicator", "period", "kind", "condition", "low", "baseline", "high", "quote"],
    required: 6,
};

pub(crate) const REGIONS: Schema = Schema {
    columns: &[
        "id",
        "name_vi",
        "name_en",
        "publisher_vi",
        "publisher_en",
        "source_title",
        "source_outlet",
        "source_author",
        "source_published",
        "ended",
        "successor",
    ],
    required: 1,
};

/// The header order in which each table is written: the contract's.
pub(crate) const TARGETS_WRITTEN: [&str; 9] =
    ["region", "indicator", "period", "baseline", "kind", "condition", "low", "high", "quote"];

/// Where each of a schema's columns is in a table (`None` when absent).
struct Layout<'s> {
    schema: &'s Schema,
    at: Vec<Option<usize>>,
}

impl<'s> Layout<'s> {
    /// The layout of a table's header; the error (for row 1, the header) names every unknown,
    /// repeated or missing column.
    fn of(schema: &'s Schema, names: &[&str], table: &str) -> Result<Layout<'s>> {
        let header = |message: String| BadRow { table: table.to_string(), row: 1, column: None, message };
        let mut at = vec![None; schema.columns.len()];
        let mut unknown = Vec::new();
        for (position, name) in names.iter().enumerate() {
            match schema.columns.iter().position(|c| c == name) {
                Some(i) if at[i].is_some() => {
                    return Err(header(format!("the column {name:?} appears twice")).into());
                }
                Some(i) => at[i] = Some(position),
                None => unknown.push(format!("{name:?}")),
            }
        }
        if !unknown.is_empty() {
            let s = if unknown.len() == 1 { "" } else { "s" };
            return Err(header(format!(
                "unknown column{s} {}; the columns are {}",
                unknown.join(", "),
                schema.columns.join(", ")
            ))
            .into());
        }
        let missing: Vec<String> =
            (0..schema.required).filter(|&i| at[i].is_none()).map(|i| format!("{:?}", schema.columns[i])).collect();
        if !missing.is_empty() {
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(header(format!("the column{s} {} must be present", missing.join(", "))).into());
        }
        Ok(Layout { schema, at })
    }

    fn has(&self, column: &str) -> bool {
        self.index(column).is_some()
    }

    fn index(&self, column: &str) -> Option<usize> {
        self.schema.columns.iter().position(|c| *c == column).and_then(|i| self.at[i])
    }
}

/// What is wrong with a row: the column at fault (empty for the whole row) and why.
pub(crate) type Fault = (&'static str, String);
type RowResult<T> = std::result::Result<T, Fault>;

/// The cells of one row of a table, read by column name through its layout.
struct Row<'t, T: Table> {
    table: &'t T,
    at: &'t [Option<usize>],
    columns: &'static [&'static str],
    row: usize,
}

impl<'t, T: Table> Row<'t, T> {
    /// The cell of column number `c` of the schema.
    fn cell(&self, c: usize) -> RowResult<Cell<'t>> {
        match self.at[c] {
            None => Ok(Cell::Null),
            Some(position) => self.table.cell(self.row, position).map_err(|message| (self.columns[c], message)),
        }
    }

    fn fault(&self, c: usize, message: impl Into<String>) -> Fault {
        (self.columns[c], message.into())
    }

    /// Text; an empty text is missing.
    fn text(&self, c: usize) -> RowResult<Option<&'t str>> {
        match self.cell(c)? {
            Cell::Null | Cell::Text("") => Ok(None),
            Cell::Text(text) => Ok(Some(text)),
            Cell::Decimal(_) | Cell::Integer(_) | Cell::Date(_) => Err(self.fault(c, "expected text in this column")),
        }
    }

    fn required_text(&self, c: usize) -> RowResult<&'t str> {
        self.text(c)?.ok_or_else(|| self.fault(c, "a value is needed here"))
    }

    /// Text that may be empty: names, which the JSON format allows to be empty strings.
    fn name(&self, c: usize) -> RowResult<&'t str> {
        Ok(self.text(c)?.unwrap_or(""))
    }

    /// A value read from text by `FromStr`, with the parser's own message.
    fn parsed<V: FromStr<Err = Error>>(&self, c: usize) -> RowResult<Option<V>> {
        self.text(c)?.map(|text| text.parse().map_err(|err: Error| self.fault(c, err.to_string()))).transpose()
    }

    /// A value read from text by its serde name (`flow`, `E`), with serde's message.
    fn named<V: for<'de> Deserialize<'de>>(&self, c: usize) -> RowResult<Option<V>> {
        self.text(c)?
            .map(|text| {
                let deserializer = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(text);
                V::deserialize(deserializer).map_err(|err| self.fault(c, err.to_string()))
            })
            .transpose()
    }

    /// `true` or `false`; an empty cell is missing.
    fn flag(&self, c: usize) -> RowResult<Option<bool>> {
        match self.text(c)? {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(other) => Err(self.fault(c, format!("{other:?} is neither true nor false"))),
        }
    }

    fn decimal(&self, c: usize) -> RowResult<Option<Decimal>> {
        match self.cell(c)? {
            Cell::Null | Cell::Text("") => Ok(None),
            Cell::Text(text) => parse_decimal(text).map(Some).map_err(|err| self.fault(c, err.to_string())),
            Cell::Decimal(value) => Ok(Some(value)),
            Cell::Integer(value) => i64::try_from(value).map(|v| Some(Decimal::from(v))).map_err(|_| {
                self.fault(c, format!("{value} has more digits than a decimal of 28 significant digits holds"))
            }),
            Cell::Date(_) => Err(self.fault(c, "expected a decimal in this column")),
        }
    }

    fn integer(&self, c: usize) -> RowResult<Option<i128>> {
        match self.cell(c)? {
            Cell::Null | Cell::Text("") => Ok(None),
            Cell::Text(text) => {
                text.parse::<i128>().map(Some).map_err(|_| self.fault(c, format!("{text:?} is not a whole number")))
            }
            Cell::Integer(value) => Ok(Some(value)),
            Cell::Decimal(value) if value.fract().is_zero() => value
                .trunc()
                .mantissa()
                .checked_div(10i128.pow(value.scale()))
                .map(Some)
                .ok_or_else(|| self.fault(c, "expected a whole number")),
            Cell::Decimal(_) | Cell::Date(_) => Err(self.fault(c, "expected a whole number in this column")),
        }
    }

    fn date(&self, c: usize) -> RowResult<Option<NaiveDate>> {
        match self.cell(c)? {
            Cell::Null | Cell::Text("") => Ok(None),
            Cell::Text(text) => text
                .parse::<NaiveDate>()
                .map(Some)
                .map_err(|_| self.fault(c, format!("{text:?} is not a date written as 2025-03-05"))),
            Cell::Date(date) => Ok(Some(date)),
            Cell::Decimal(_) | Cell::Integer(_) => Err(self.fault(c, "expected a date in this column")),
        }
    }

    /// A source from four columns from `first` on (title, outlet, author, published); none when
    /// all four are empty.
    fn source(&self, first: usize) -> RowResult<Option<Source>> {
        let [title, outlet, author] = [first, first + 1, first + 2].map(|c| self.text(c));
        let (title, outlet, author) = (title?, outlet?, author?);
        let published = self
            .text(first + 3)?
            .map(|text| parse_published(text).map_err(|message| self.fault(first + 3, message)))
            .transpose()?;
        match title {
            None if outlet.is_some() || author.is_some() || published.is_some() => {
                Err(self.fault(first, "a source needs its title"))
            }
            None => Ok(None),
            Some(title) => Ok(Some(Source {
                title: title.to_string(),
                outlet: outlet.map(str::to_string),
                author: author.map(str::to_string),
                published,
            })),
        }
    }
}

/// Reads the tables of a panel into a builder, keeping or raising each bad row.
pub(crate) struct Loader {
    on_bad_row: OnBadRow,
    bad: Vec<BadRow>,
    builder: Option<PanelBuilder>,
    /// Each indicator's unit, by id: the catalogue's, kept here while the builder owns it.
    units: HashMap<String, Unit>,
    /// The units met in the `unit` column, read once each.
    printed_units: HashMap<String, Unit>,
    /// The row ids met so far, when a table gives them.
    row_ids: HashSet<u64>,
}

impl Loader {
    pub(crate) fn new(on_bad_row: OnBadRow) -> Loader {
        Loader {
            on_bad_row,
            bad: Vec::new(),
            builder: None,
            units: HashMap::new(),
            printed_units: HashMap::new(),
            row_ids: HashSet::new(),
        }
    }

    /// Keeps a bad row, or raises it.
    pub(crate) fn bad_row(&mut self, table: &str, row: u64, (column, message): Fault) -> Result<()> {
        let bad =
            BadRow { table: table.to_string(), row, column: (!column.is_empty()).then(|| column.to_string()), message };
        match self.on_bad_row {
            OnBadRow::Raise => Err(bad.into()),
            OnBadRow::Collect => {
                self.bad.push(bad);
                Ok(())
            }
        }
    }

    fn builder(&mut self) -> &mut PanelBuilder {
        // OK because `indicators` is always read first, and it sets the builder.
        self.builder.as_mut().expect("the indicators are read first")
    }

    /// Reads the indicator catalogue from its tables (several, for several batches) and
    /// starts the panel with it. Every indicator whose id is repeated, or which names an
    /// indicator the catalogue lacks, is a bad row.
    pub(crate) fn indicators<T: Table>(&mut self, tables: &[(String, T)]) -> Result<()> {
        let mut rows: Vec<(usize, u64, Indicator)> = Vec::new();
        let mut seen: HashMap<String, u64> = HashMap::new();
        for (t, (name, table)) in tables.iter().enumerate() {
            let layout = Layout::of(&INDICATORS, &table.column_names(), name)?;
            for row in 0..table.len() {
                let number = table.row_number(row);
                let cells = Row { table, at: &layout.at, columns: INDICATORS.columns, row };
                match indicator(&cells) {
                    Ok(indicator) => match seen.get(indicator.id()) {
                        Some(first) => {
                            let message = format!("the indicator {:?} is already on row {first}", indicator.id());
                            self.bad_row(name, number, ("id", message))?;
                        }
                        None => {
                            seen.insert(indicator.id().to_string(), number);
                            rows.push((t, number, indicator));
                        }
                    },
                    Err(fault) => self.bad_row(name, number, fault)?,
                }
            }
        }
        // An indicator naming one the catalogue lacks goes, which may leave another naming it.
        loop {
            let known: HashSet<&str> = rows.iter().map(|(_, _, i)| i.id()).collect();
            let stray = rows.iter().enumerate().find_map(|(at, (_, _, i))| Some(at).zip(missing_reference(i, &known)));
            let Some((at, fault)) = stray else { break };
            let (t, number, _) = rows.remove(at);
            self.bad_row(&tables[t].0, number, fault)?;
        }
        self.units = rows.iter().map(|(_, _, i)| (i.id().to_string(), i.unit().clone())).collect();
        let catalogue = Catalogue::new(rows.into_iter().map(|(_, _, i)| i).collect())?;
        self.builder = Some(Panel::builder(catalogue));
        Ok(())
    }

    /// Reads the regions of a table.
    pub(crate) fn regions<T: Table>(&mut self, name: &str, table: &T) -> Result<()> {
        let layout = Layout::of(&REGIONS, &table.column_names(), name)?;
        let mut seen: HashMap<String, u64> = HashMap::new();
        for row in 0..table.len() {
            let number = table.row_number(row);
            let cells = Row { table, at: &layout.at, columns: REGIONS.columns, row };
            let meta = match region(&cells) {
                Ok(meta) => meta,
                Err(fault) => {
                    self.bad_row(name, number, fault)?;
                    continue;
                }
            };
            if let Some(first) = seen.get(&meta.region.id) {
                let message = format!("the region {:?} is already on row {first}", meta.region.id);
                self.bad_row(name, number, ("id", message))?;
                continue;
            }
            seen.insert(meta.region.id.clone(), number);
            if let Err(err) = self.builder().region(meta) {
                self.bad_row(name, number, ("", message_of(err)))?;
            }
        }
        Ok(())
    }

    /// Reads the observations of a table.
    pub(crate) fn observations<T: Table>(&mut self, name: &str, table: &T) -> Result<()> {
        let layout = Layout::of(&OBSERVATIONS, &table.column_names(), name)?;
        let with_ids = layout.has("row_id");
        for row in 0..table.len() {
            let cells = Row { table, at: &layout.at, columns: OBSERVATIONS.columns, row };
            let outcome = self.observation(&cells, with_ids);
            if let Err(fault) = outcome {
                self.bad_row(name, table.row_number(row), fault)?;
            }
        }
        Ok(())
    }

    fn observation<T: Table>(&mut self, cells: &Row<'_, T>, with_ids: bool) -> RowResult<()> {
        let region = cells.required_text(0)?;
        let indicator = cells.required_text(1)?;
        let Some(unit) = self.units.get(indicator) else {
            return Err(cells.fault(1, format!("the catalogue has no indicator {indicator:?}")));
        };
        let period = cells.parsed::<Period>(2)?.ok_or_else(|| cells.fault(2, "a value is needed here"))?;
        let digit = |c: usize| -> RowResult<Option<i32>> {
            cells
                .integer(c)?
                .map(|d| i32::try_from(d).map_err(|_| cells.fault(c, format!("{d} is not a power of ten"))))
                .transpose()
        };
        let mut observation = observation_of(ObservationFields {
            indicator,
            period,
            value: cells.decimal(3)?,
            bound: cells.parsed(4)?,
            last_digit: digit(16)?,
            growth: cells.decimal(5)?,
            growth_bound: cells.parsed(6)?,
            growth_last_digit: digit(17)?,
            status: cells.named::<Status>(7)?,
            as_of: cells.date(8)?,
            quote: cells.text(9)?,
            compared_with: cells.parsed(18)?,
            annualised: cells.flag(19)?,
            plan_completion: cells.decimal(20)?,
            plan_completion_bound: cells.parsed(21)?,
        })?;
        if let Some(text) = cells.text(10)? {
            let printed = match self.printed_units.get(text) {
                Some(printed) => printed.clone(),
                None => {
                    let printed: Unit = text.parse().map_err(|err: Error| cells.fault(10, err.to_string()))?;
                    self.printed_units.insert(text.to_string(), printed.clone());
                    printed
                }
            };
            unit.check_same_dimension(&printed, "read").map_err(|_| {
                cells.fault(10, format!("{printed} is not a unit of {indicator:?}, which is in {unit}"))
            })?;
            // The indicator's own unit is no printed unit of its own.
            if printed != *unit {
                observation = observation.with_unit(printed);
            }
        }
        if let Some(source) = cells.source(11)? {
            observation = observation.with_source(source);
        }
        let outcome = match with_ids {
            true => {
                let id = cells.integer(15)?.ok_or_else(|| cells.fault(15, "a value is needed here"))?;
                let id = u64::try_from(id).map_err(|_| cells.fault(15, format!("{id} is not a row id (0 or more)")))?;
                if !self.row_ids.insert(id) {
                    return Err(cells.fault(15, format!("the row id {id} is already taken")));
                }
                self.builder().observation_with_id(region, observation, id)
            }
            false => self.builder().observation(region, observation),
        };
        outcome.map_err(|err| ("", message_of(err)))
    }

    /// Reads the targets of a table.
    pub(crate) fn targets<T: Table>(&mut self, name: &str, table: &T) -> Result<()> {
        let layout = Layout::of(&TARGETS, &table.column_names(), name)?;
        for row in 0..table.len() {
            let cells = Row { table, at: &layout.at, columns: TARGETS.columns, row };
            let outcome = target(&cells).and_then(|(region, target)| {
                if !self.units.contains_key(target.indicator()) {
                    return Err(cells.fault(1, format!("the catalogue has no indicator {:?}", target.indicator())));
                }
                self.builder().target(region, target).map_err(|err| ("", message_of(err)))
            });
            if let Err(fault) = outcome {
                self.bad_row(name, table.row_number(row), fault)?;
            }
        }
        Ok(())
    }

    /// The panel of the good rows, and the bad rows.
    pub(crate) fn finish(mut self) -> Result<(Panel, Vec<BadRow>)> {
        let builder = self.builder.take();
        // OK because `indicators` is always read first, and it sets the builder.
        let panel = builder.expect("the indicators are read first").build()?;
        Ok((panel, self.bad))
    }
}

fn message_of(err: Error) -> String {
    match err {
        Error::InvalidReport { path, message } if path.is_empty() => message,
        other => other.to_string(),
    }
}

/// The first indicator `indicator` names (in its identity, or as the national total of) that
/// is not in `known`, as the fault of its row.
fn missing_reference(indicator: &Indicator, known: &HashSet<&str>) -> Option<Fault> {
    let fault = |column: &'static str, id: &str| (column, format!("the catalogue has no indicator {id:?}"));
    if let Some(identity) = indicator.identity() {
        if let Some(id) = identity.inputs().into_iter().find(|id| !known.contains(id)) {
            return Some(fault("identity", id));
        }
    }
    match indicator.national_total_of() {
        Some(id) if !known.contains(id) => Some(fault("national_total_of", id)),
        _ => None,
    }
}

fn indicator<T: Table>(cells: &Row<'_, T>) -> RowResult<Indicator> {
    let id = cells.required_text(0)?;
    let name = Names::new(cells.name(1)?, cells.name(2)?);
    let unit = cells.parsed::<Unit>(3)?.ok_or_else(|| cells.fault(3, "a value is needed here"))?;
    let measure = cells.named::<Measure>(4)?.ok_or_else(|| cells.fault(4, "a value is needed here"))?;
    let polarity = cells.named::<Polarity>(5)?.ok_or_else(|| cells.fault(5, "a value is needed here"))?;
    let mut indicator = Indicator::new(id, name, unit, measure, polarity).map_err(|e| cells.fault(0, e.to_string()))?;
    if let Some(text) = cells.text(6)? {
        let identity = identity(text).map_err(|message| cells.fault(6, message))?;
        indicator = indicator.with_identity(identity).map_err(|e| cells.fault(6, e.to_string()))?;
    }
    if let Some(total) = cells.text(7)? {
        indicator = indicator.with_national_total_of(total).map_err(|e| cells.fault(7, e.to_string()))?;
    }
    if let Some(text) = cells.text(8)? {
        let range = natural_range(text).map_err(|message| cells.fault(8, message))?;
        indicator = indicator.with_range(range).map_err(|e| cells.fault(8, e.to_string()))?;
    }
    Ok(indicator)
}

/// A natural range as the `range` column writes it: `0..100`, `0..`, `..100`, or `..` for
/// none; an empty cell leaves the unit's default.
fn natural_range(text: &str) -> std::result::Result<NaturalRange, String> {
    let (low, high) =
        text.split_once("..").ok_or_else(|| format!("{text:?} is not a range: expected 0..100, 0.., ..100 or .."))?;
    let end = |t: &str| (!t.trim().is_empty()).then(|| parse_decimal(t.trim()).map_err(|e| e.to_string())).transpose();
    NaturalRange::new(end(low)?, end(high)?).map_err(|e| e.to_string())
}

/// The `range` cell of an indicator: empty when its range is its unit's default.
fn range_text(indicator: &Indicator) -> String {
    if indicator.has_default_range() {
        return String::new();
    }
    let end = |d: Option<Decimal>| d.map_or_else(String::new, |d| d.to_string());
    let range = indicator.range();
    format!("{}..{}", end(range.and_then(NaturalRange::at_least)), end(range.and_then(NaturalRange::at_most)))
}

/// An identity as the `identity` column writes it: `difference:exports,imports`,
/// `sum:a,b,c` or `share:part,whole`.
fn identity(text: &str) -> std::result::Result<Identity, String> {
    let expected = "expected difference:a,b, sum:a,b,... or share:part,whole";
    let (kind, inputs) = text.split_once(':').ok_or_else(|| format!("{text:?} is not an identity: {expected}"))?;
    let inputs: Vec<String> = inputs.split(',').map(str::to_string).collect();
    let pair = |inputs: Vec<String>| match <[String; 2]>::try_from(inputs) {
        Ok([a, b]) => Ok((a, b)),
        Err(_) => Err(format!("{text:?} is not an identity: a {kind} names two indicators, {expected}")),
    };
    match kind {
        "difference" => pair(inputs).map(|(a, b)| Identity::Difference(a, b)),
        "share" => pair(inputs).map(|(a, b)| Identity::Share(a, b)),
        "sum" => Ok(Identity::Sum(inputs)),
        _ => Err(format!("{text:?} is not an identity: {expected}")),
    }
}

/// The `identity` column's text of an identity.
pub(crate) fn identity_text(identity: &Identity) -> String {
    format!("{}:{}", identity.name(), identity.inputs().join(","))
}

fn region<T: Table>(cells: &Row<'_, T>) -> RowResult<RegionMeta> {
    let id = cells.required_text(0)?;
    let name = Names::new(cells.name(1)?, cells.name(2)?);
    let publisher = match (cells.text(3)?, cells.text(4)?) {
        (Some(vi), Some(en)) => Some(Names::new(vi, en)),
        (None, None) => None,
        (None, Some(_)) => return Err(cells.fault(3, "a publisher is named in both languages")),
        (Some(_), None) => return Err(cells.fault(4, "a publisher is named in both languages")),
    };
    let source = cells.source(5)?;
    let region =
        Region { ended: cells.date(9)?, successor: cells.text(10)?.map(str::to_string), ..Region::new(id, name) };
    region.check().map_err(|(field, message)| cells.fault(if field == "successor" { 10 } else { 9 }, message))?;
    Ok(RegionMeta { region, publisher, source })
}

fn target<'t, T: Table>(cells: &Row<'t, T>) -> RowResult<(&'t str, Target)> {
    let region = cells.required_text(0)?;
    let indicator = cells.required_text(1)?;
    let period = cells.parsed::<Period>(2)?.ok_or_else(|| cells.fault(2, "a value is needed here"))?;
    let kind = cells.required_text(3)?;
    let condition = cells.required_text(4)?;
    let low = cells.decimal(5)?.ok_or_else(|| cells.fault(5, "a value is needed here"))?;
    let baseline = cells.parsed::<Period>(6)?;
    let high = cells.decimal(7)?;
    let condition = match (condition, high) {
        ("between", None) => return Err(cells.fault(7, "a between target needs its high end")),
        ("between", Some(high)) => Condition::between(low, high).map_err(|e| cells.fault(7, e.to_string()))?,
        (_, Some(_)) => return Err(cells.fault(7, "only a between target has a high end")),
        ("at_least", None) => Condition::AtLeast(low),
        ("more_than", None) => Condition::MoreThan(low),
        ("at_most", None) => Condition::AtMost(low),
        ("less_than", None) => Condition::LessThan(low),
        (other, None) => {
            return Err(cells.fault(
                4,
                format!("{other:?} is not a condition: expected at_least, more_than, at_most, less_than or between"),
            ))
        }
    };
    let spec = match kind {
        "growth" => Spec::Growth(condition),
        "level" => Spec::Level(condition),
        // Its span runs from the year after the baseline to the period's year.
        "average_growth" => Spec::AverageGrowth(condition),
        other => {
            return Err(
                cells.fault(3, format!("{other:?} is not a kind of target: expected growth, level or average_growth"))
            )
        }
    };
    let target = Target::new(indicator, period, baseline, spec).map_err(|e| match e {
        Error::InvalidInput { what: "baseline", .. } => cells.fault(6, e.to_string()),
        Error::InvalidInput { what: "indicator id", .. } => cells.fault(1, e.to_string()),
        _ => cells.fault(2, e.to_string()),
    })?;
    let target = match cells.text(8)? {
        Some(quote) => target.with_quote(quote),
        None => target,
    };
    Ok((region, target))
}

/// A decimal as the long format writes it: its digits, a zero without a sign.
pub(crate) fn decimal_text(value: Decimal) -> String {
    match value.is_zero() {
        true => value.abs().to_string(),
        false => value.to_string(),
    }
}

/// The text of an optional value, empty when missing.
fn text_of<V: ToString>(value: Option<V>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// The cells of an indicator, in the order of the `indicators` columns.
pub(crate) fn indicator_row(indicator: &Indicator) -> Vec<String> {
    vec![
        indicator.id().to_string(),
        indicator.name().vi.clone(),
        indicator.name().en.clone(),
        indicator.unit().to_string(),
        indicator.measure().name().to_string(),
        indicator.polarity().name().to_string(),
        indicator.identity().map_or_else(String::new, identity_text),
        text_of(indicator.national_total_of()),
        range_text(indicator),
    ]
}

/// The cells of a source: title, outlet, author, published.
fn source_cells(source: Option<&Source>) -> [String; 4] {
    match source {
        None => Default::default(),
        Some(source) => [
            source.title.clone(),
            text_of(source.outlet.as_deref()),
            text_of(source.author.as_deref()),
            text_of(source.published.map(|p| p.to_rfc3339())),
        ],
    }
}

/// The cells of a region, in the order of the `regions` columns.
pub(crate) fn region_row(meta: &RegionMeta) -> Vec<String> {
    let mut row = vec![
        meta.region.id.clone(),
        meta.region.name.vi.clone(),
        meta.region.name.en.clone(),
        text_of(meta.publisher.as_ref().map(|p| p.vi.as_str())),
        text_of(meta.publisher.as_ref().map(|p| p.en.as_str())),
    ];
    row.extend(source_cells(meta.source.as_ref()));
    row.push(text_of(meta.region.ended));
    row.push(text_of(meta.region.successor.as_deref()));
    row
}

/// The cells of a target, in the order of [`TARGETS_WRITTEN`].
pub(crate) fn target_row(region: &str, target: &Target) -> Vec<String> {
    let (kind, condition) = (target.spec().kind(), target.spec().condition());
    let (low, high) = condition.thresholds();
    vec![
        region.to_string(),
        target.indicator().to_string(),
        target.period().to_string(),
        text_of(target.baseline()),
        kind.to_string(),
        condition.name().to_string(),
        decimal_text(low),
        text_of(high.map(decimal_text)),
        text_of(target.quote()),
    ]
}

/// Which optional columns of `observations` a panel needs, so that what it writes reads back
/// whole: `unit` when an observation has a printed unit of its own, the source's columns when
/// one has a source, `row_id` when the row ids are not 0, 1, 2, ... in row order, and the
/// last digits when a figure is known to another digit than its last printed one, the
/// growth's label when a growth is not year on year, and the plan completion when one is given.
pub(crate) struct ObservationColumns {
    pub(crate) unit: bool,
    pub(crate) source: bool,
    pub(crate) row_id: bool,
    pub(crate) last_digits: bool,
    pub(crate) labels: bool,
    pub(crate) plan_completion: bool,
}

impl ObservationColumns {
    pub(crate) fn of(panel: &Panel) -> ObservationColumns {
        let mut columns = ObservationColumns {
            unit: false,
            source: false,
            row_id: false,
            last_digits: false,
            labels: false,
            plan_completion: false,
        };
        for (i, row) in panel.observations().enumerate() {
            let o = row.observation;
            columns.unit |= o.unit().is_some();
            columns.source |= o.source().is_some();
            columns.row_id |= row.row_id != i as u64;
            columns.last_digits |=
                o.value().and_then(rescaled_digit).is_some() || o.growth().and_then(rescaled_digit).is_some();
            columns.labels |= o.growth_against() != Comparison::SamePeriod;
            columns.plan_completion |= o.plan_completion().is_some();
        }
        columns
    }

    /// The header.
    pub(crate) fn names(&self) -> Vec<&'static str> {
        let c = OBSERVATIONS.columns;
        let mut names = c[..10].to_vec();
        if self.unit {
            names.push(c[10]);
        }
        if self.source {
            names.extend_from_slice(&c[11..15]);
        }
        if self.row_id {
            names.push(c[15]);
        }
        if self.last_digits {
            names.extend_from_slice(&c[16..18]);
        }
        if self.labels {
            names.extend_from_slice(&c[18..20]);
        }
        if self.plan_completion {
            names.extend_from_slice(&c[20..22]);
        }
        names
    }

    /// The cells of one observation, in the order of [`ObservationColumns::names`].
    pub(crate) fn row(&self, region: &str, row_id: u64, o: &Observation) -> Vec<String> {
        let figure = |r: Option<&Reported>| r.map_or_else(String::new, |r| decimal_text(r.value()));
        let bound = |r: Option<&Reported>| match r.map(Reported::bound) {
            None | Some(Bound::AsPrinted) => String::new(),
            Some(bound) => bound.name().to_string(),
        };
        let mut row = vec![
            region.to_string(),
            o.indicator().to_string(),
            o.period().to_string(),
            figure(o.value()),
            bound(o.value()),
            figure(o.growth()),
            bound(o.growth()),
            text_of(o.status().map(Status::code)),
            text_of(o.as_of()),
            text_of(o.quote()),
        ];
        if self.unit {
            row.push(text_of(o.unit()));
        }
        if self.source {
            row.extend(source_cells(o.source()));
        }
        if self.row_id {
            row.push(row_id.to_string());
        }
        if self.last_digits {
            row.push(text_of(o.value().and_then(rescaled_digit)));
            row.push(text_of(o.growth().and_then(rescaled_digit)));
        }
        if self.labels {
            row.push(o.growth_against().name().to_string());
            row.push(if o.is_annualised() { "true".to_string() } else { String::new() });
        }
        if self.plan_completion {
            row.push(figure(o.plan_completion()));
            row.push(bound(o.plan_completion()));
        }
        row
    }
}
