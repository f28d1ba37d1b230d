//! A panel's results as Arrow record batches (feature `arrow`): one row per target
//! ([`assessments`]), per finding ([`findings`]), per unchecked relation ([`unchecked`]) and
//! per observation ([`growth`]), per indicator and period of a region that ended beside its
//! successor ([`successors`]), and the observations in the long format ([`observations`]), for the Python bindings and any other Arrow consumer.
//!
//! The sentences (an assessment's `reason`, a finding's or an unchecked relation's `message`)
//! are in the [`Lang`] the caller gives, as [`Assessment::reason_in`], [`Finding::message_in`](crate::Finding::message_in)
//! and [`UncheckedRelation::message_in`](crate::UncheckedRelation::message_in) write them; codes (`verdict`, `kind`), ids and numbers
//! are the same in every language. An error's own words (a target that could not be checked,
//! an unchecked relation's `reason`) stay English.
//!
//! Decimal columns are `decimal128(38, s)`, one scale per column: the largest scale among the
//! column's values that leaves room for its largest integer part. A value with more decimal
//! places than that (a 28-digit rate beside a level of sixteen digits in one column) is rounded
//! to the column's scale: a value to the nearest, a low end down and a high end up, so that an
//! interval only widens. Units sit in their own string columns, never inside a number.

use std::sync::Arc;

use arrow_array::{ArrayRef, Decimal128Array, RecordBatch, StringArray, UInt64Array};
use arrow_buffer::{NullBuffer, ScalarBuffer};
use arrow_schema::{ArrowError, Field, Schema};
use rust_decimal::{Decimal, RoundingStrategy};

use super::long::{indicator_row, ObservationColumns, INDICATORS};
use super::{Panel, PanelAssessment, PanelConsistency, PanelGrowth, SuccessorFigures};
use crate::columns::{Computed, Output};
use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::figures::checked_reported;
use crate::figures::Figures;
use crate::interval::Interval;
use crate::quantity::Quantity;
use crate::report::FindingKind;
use crate::target::{Assessment, Verdict};
use crate::text::Lang;
use crate::value::Reported;

/// The widest decimal Arrow's `decimal128` holds.
const PRECISION: u8 = 38;

/// How a column's values round when they have more places than the column keeps.
#[derive(Clone, Copy)]
enum End {
    /// A value: to the nearest, ties to even.
    Value,
    /// A low end: down.
    Low,
    /// A high end: up.
    High,
}

impl End {
    fn strategy(self) -> RoundingStrategy {
        match self {
            End::Value => RoundingStrategy::MidpointNearestEven,
            End::Low => RoundingStrategy::ToNegativeInfinity,
            End::High => RoundingStrategy::ToPositiveInfinity,
        }
    }
}

/// The number of digits of `value`'s integer part (0 for a value below 1 in magnitude).
fn integer_digits(value: Decimal) -> u32 {
    let whole = value.trunc().abs().mantissa();
    if whole == 0 {
        0
    } else {
        whole.ilog10() + 1
    }
}

/// A `decimal128(38, s)` column of `values` (see the module's doc for `s`).
fn decimal_column(values: &[Option<Decimal>], end: End) -> ArrayRef {
    let present = values.iter().flatten();
    let widest = present.clone().map(|v| integer_digits(*v)).max().unwrap_or(0);
    let places = present.map(|v| v.scale()).max().unwrap_or(0);
    // A rust_decimal has at most 29 digits, so its integer part leaves at least 8 places, and
    // one digit is kept spare for a rounding that carries (9.99 to 10.0).
    let scale = places.min(u32::from(PRECISION) - 1 - widest);
    let mantissas: Vec<i128> = values
        .iter()
        .map(|v| {
            v.map_or(0, |v| {
                // At most `scale` places, rounded the way the end allows; then written at
                // `scale` exactly, in 128 bits: a decimal's own 96 could not hold it.
                let v = v.round_dp_with_strategy(scale, end.strategy());
                v.mantissa() * 10i128.pow(scale - v.scale())
            })
        })
        .collect();
    let nulls = values.iter().any(Option::is_none).then(|| NullBuffer::from_iter(values.iter().map(Option::is_some)));
    let array = Decimal128Array::new(ScalarBuffer::from(mantissas), nulls);
    // OK because `scale` is at most 28 (a rust_decimal's scale), within decimal128(38, s).
    Arc::new(array.with_precision_and_scale(PRECISION, scale as i8).expect("a scale within 0 to 28"))
}

/// The value, low and high columns of a column of estimates.
fn estimate_columns(estimates: &[Option<&Estimate>]) -> [ArrayRef; 3] {
    let values: Vec<Option<Decimal>> = estimates.iter().map(|e| e.map(Estimate::value)).collect();
    let lows: Vec<Option<Decimal>> = estimates.iter().map(|e| e.and_then(Estimate::low)).collect();
    let highs: Vec<Option<Decimal>> = estimates.iter().map(|e| e.and_then(Estimate::high)).collect();
    [decimal_column(&values, End::Value), decimal_column(&lows, End::Low), decimal_column(&highs, End::High)]
}

/// A column computed by [`columns`](crate::columns), at its own scale, exactly.
fn output_column(output: &Output) -> ArrayRef {
    let nulls = output.validity().contains(&false).then(|| NullBuffer::from(output.validity().to_vec()));
    let array = Decimal128Array::new(ScalarBuffer::from(output.mantissas().to_vec()), nulls);
    // OK because a column's scale is at most 28, within decimal128(38, s).
    Arc::new(array.with_precision_and_scale(PRECISION, output.scale() as i8).expect("a scale within 0 to 28"))
}

/// The value, low and high columns of a computed column with its interval; a null low or high
/// on a row with a value is an unbounded end.
fn computed_columns(computed: &Computed) -> [ArrayRef; 3] {
    let value = output_column(computed.value());
    let end = |ends: Option<&crate::columns::Ends>| ends.map_or_else(|| value.clone(), |e| output_column(e.values()));
    [value.clone(), end(computed.low()), end(computed.high())]
}

fn text<S: AsRef<str>>(values: impl IntoIterator<Item = Option<S>>) -> ArrayRef {
    Arc::new(StringArray::from_iter(values))
}

fn batch(columns: Vec<(&str, ArrayRef)>) -> Result<RecordBatch> {
    let fields: Vec<Field> =
        columns.iter().map(|(name, array)| Field::new(*name, array.data_type().clone(), true)).collect();
    let arrays = columns.into_iter().map(|(_, array)| array).collect();
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(arrow_error)
}

fn arrow_error(err: ArrowError) -> Error {
    Error::InvalidInput { what: "arrow table", input: String::new(), why: err.to_string() }
}

/// The names of the columns of [`assessments`], in order.
pub const ASSESSMENT_COLUMNS: [&str; 20] = [
    "region",
    "indicator",
    "period",
    "kind",
    "condition",
    "threshold",
    "threshold_upper",
    "verdict",
    "actual",
    "actual_low",
    "actual_high",
    "actual_period",
    "actual_unit",
    "gap_pp",
    "gap_level",
    "required",
    "required_upper",
    "unit",
    "reason",
    "successor",
];

/// Every target's assessment as one table, in target order: the columns of
/// [`ASSESSMENT_COLUMNS`]. `threshold` is the condition's threshold (its low end for a
/// range, whose high end is `threshold_upper`), in `actual_unit`. `actual` (with the ends of its interval) is in `actual_unit`: `%`
/// for a growth target, the indicator's unit for a level; `gap_level`, `required` and
/// `required_upper` are in `unit`, the indicator's; `gap_pp` in percentage points. A target
/// that could not be checked has a null verdict and the error as its reason. `reason` is in
/// `lang` ([`Assessment::reason_in`]); the error of a target that could not be checked stays
/// English. `successor` is, for a target that is not assessable, the id of the region that took
/// over its region ([`Region::successor`](crate::Region::successor)), whose figures
/// [`successors`] sets beside the region's; null otherwise.
///
/// # Errors
///
/// [`Error::InvalidInput`] only if the columns could not form a table, which they always do.
///
/// # Example
///
/// ```
/// use arrow_array::{Array, StringArray};
/// use chiso::Lang;
///
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let table = chiso::panel::tables::assessments(&panel, &panel.assess(), Lang::Vi)?;
/// assert_eq!(table.num_rows(), 5);
/// let column = |name| table.column_by_name(name).unwrap().as_any().downcast_ref::<StringArray>().unwrap();
/// // Bình Dương ended on 1 July 2025: its 2025 targets are not assessable; VN-SG took it over.
/// assert_eq!((column("verdict").value(0), column("successor").value(0)), ("not_assessable", "VN-SG"));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn assessments(panel: &Panel, assessments: &[PanelAssessment], lang: Lang) -> Result<RecordBatch> {
    fn ok(a: &PanelAssessment) -> Option<&Assessment> {
        a.outcome.as_ref().ok()
    }
    let unit_of = |id: &str| panel.catalogue.get(id).map(|i| i.unit().to_string());
    let estimates = |pick: fn(&Assessment) -> Option<&Estimate>| {
        assessments.iter().map(|a| ok(a).and_then(pick)).collect::<Vec<_>>()
    };
    let [actual, actual_low, actual_high] = estimate_columns(&estimates(|a| a.actual()));
    let gap_pp = decimal_column(
        &estimates(|a| a.gap_pp()).iter().map(|e| e.map(Estimate::value)).collect::<Vec<_>>(),
        End::Value,
    );
    let gap_level = decimal_column(
        &estimates(|a| a.gap_level()).iter().map(|e| e.map(Estimate::value)).collect::<Vec<_>>(),
        End::Value,
    );
    let required = decimal_column(
        &estimates(|a| a.required()).iter().map(|e| e.map(Estimate::value)).collect::<Vec<_>>(),
        End::Value,
    );
    let required_upper = decimal_column(
        &estimates(|a| a.required_upper()).iter().map(|e| e.map(Estimate::value)).collect::<Vec<_>>(),
        End::Value,
    );
    let thresholds: Vec<(Decimal, Option<Decimal>)> =
        assessments.iter().map(|a| a.target.spec().condition().thresholds()).collect();
    let threshold = decimal_column(&thresholds.iter().map(|t| Some(t.0)).collect::<Vec<_>>(), End::Value);
    let threshold_upper = decimal_column(&thresholds.iter().map(|t| t.1).collect::<Vec<_>>(), End::Value);
    let actual_unit = assessments.iter().map(|a| match a.target.spec().is_growth() {
        true => Some("%".to_string()),
        false => unit_of(a.target.indicator()),
    });
    let successor = assessments.iter().map(|a| {
        let not_assessable = ok(a).is_some_and(|a| a.verdict() == Verdict::NotAssessable);
        let region = panel.figures(&a.region).and_then(|f| f.region().and_then(|r| r.successor.clone()));
        region.filter(|_| not_assessable)
    });
    batch(vec![
        ("region", text(assessments.iter().map(|a| Some(a.region.as_str())))),
        ("indicator", text(assessments.iter().map(|a| Some(a.target.indicator())))),
        ("period", text(assessments.iter().map(|a| Some(a.target.period().to_string())))),
        ("kind", text(assessments.iter().map(|a| Some(if a.target.spec().is_growth() { "growth" } else { "level" })))),
        ("condition", text(assessments.iter().map(|a| Some(a.target.spec().condition().to_string())))),
        ("threshold", threshold),
        ("threshold_upper", threshold_upper),
        ("verdict", text(assessments.iter().map(|a| ok(a).map(|a| a.verdict().name())))),
        ("actual", actual),
        ("actual_low", actual_low),
        ("actual_high", actual_high),
        (
            "actual_period",
            text(assessments.iter().map(|a| ok(a).and_then(|a| a.actual_period()).map(|p| p.to_string()))),
        ),
        ("actual_unit", text(actual_unit)),
        ("gap_pp", gap_pp),
        ("gap_level", gap_level),
        ("required", required),
        ("required_upper", required_upper),
        ("unit", text(assessments.iter().map(|a| unit_of(a.target.indicator())))),
        (
            "reason",
            text(assessments.iter().map(|a| {
                Some(match &a.outcome {
                    Ok(assessment) => assessment.reason_in(lang),
                    Err(err) => err.to_string(),
                })
            })),
        ),
        ("successor", text(successor)),
    ])
}

/// The names of the columns of [`findings`], in order.
pub const FINDING_COLUMNS: [&str; 13] = [
    "region",
    "kind",
    "indicators",
    "period",
    "reported",
    "reported_low",
    "reported_high",
    "implied",
    "implied_low",
    "implied_high",
    "gap",
    "unit",
    "message",
];

/// Every finding as one table, region by region: the columns of [`FINDING_COLUMNS`].
/// `indicators` joins the ids involved with commas, the checked one first; `reported`,
/// `implied` (with their intervals) and `gap` are in `unit`: `%` (the gap in percentage points)
/// for a growth, the checked indicator's unit for an identity. `message` is the finding in
/// `lang` ([`Finding::message_in`](crate::Finding::message_in)).
///
/// # Errors
///
/// As [`assessments`].
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let table = chiso::panel::tables::findings(&panel, &panel.check(), chiso::Lang::En)?;
/// assert_eq!((table.num_rows(), table.num_columns()), (0, 13));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn findings(panel: &Panel, consistency: &PanelConsistency, lang: Lang) -> Result<RecordBatch> {
    let rows: Vec<_> = consistency.findings().collect();
    let [reported, reported_low, reported_high] =
        estimate_columns(&rows.iter().map(|(_, f)| Some(f.reported())).collect::<Vec<_>>());
    let [implied, implied_low, implied_high] =
        estimate_columns(&rows.iter().map(|(_, f)| Some(f.implied())).collect::<Vec<_>>());
    let gap = decimal_column(&rows.iter().map(|(_, f)| Some(f.gap())).collect::<Vec<_>>(), End::Value);
    let unit = rows.iter().map(|(_, f)| match f.kind() {
        FindingKind::Growth => Some("%".to_string()),
        FindingKind::Identity | FindingKind::OutOfRange | FindingKind::NotWhole => {
            f.indicators().first().and_then(|id| panel.catalogue.get(id)).map(|i| i.unit().to_string())
        }
    });
    batch(vec![
        ("region", text(rows.iter().map(|(r, _)| Some(*r)))),
        ("kind", text(rows.iter().map(|(_, f)| Some(f.kind().name())))),
        ("indicators", text(rows.iter().map(|(_, f)| Some(f.indicators().join(","))))),
        ("period", text(rows.iter().map(|(_, f)| Some(f.period().to_string())))),
        ("reported", reported),
        ("reported_low", reported_low),
        ("reported_high", reported_high),
        ("implied", implied),
        ("implied_low", implied_low),
        ("implied_high", implied_high),
        ("gap", gap),
        ("unit", text(unit)),
        ("message", text(rows.iter().map(|(_, f)| Some(f.message_in(lang))))),
    ])
}

/// The names of the columns of [`unchecked`], in order.
pub const UNCHECKED_COLUMNS: [&str; 6] = ["region", "kind", "indicators", "period", "reason", "message"];

/// Every relation that could not be checked, region by region: the columns of
/// [`UNCHECKED_COLUMNS`]. `indicators` joins the ids involved with commas; `reason` is the
/// error that stopped the check, in its own (English) words ([`UncheckedRelation::reason`](crate::UncheckedRelation::reason));
/// `message` the relation and that reason as one sentence in `lang`
/// ([`UncheckedRelation::message_in`](crate::UncheckedRelation::message_in)).
///
/// # Errors
///
/// As [`assessments`].
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// assert_eq!(chiso::panel::tables::unchecked(&panel.check(), chiso::Lang::En)?.num_columns(), 6);
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn unchecked(consistency: &PanelConsistency, lang: Lang) -> Result<RecordBatch> {
    let rows: Vec<_> = consistency.unchecked().collect();
    batch(vec![
        ("region", text(rows.iter().map(|(r, _)| Some(*r)))),
        ("kind", text(rows.iter().map(|(_, u)| Some(u.kind().name())))),
        ("indicators", text(rows.iter().map(|(_, u)| Some(u.indicators().join(","))))),
        ("period", text(rows.iter().map(|(_, u)| Some(u.period().to_string())))),
        ("reason", text(rows.iter().map(|(_, u)| Some(u.reason())))),
        ("message", text(rows.iter().map(|(_, u)| Some(u.message_in(lang))))),
    ])
}

/// The names of the columns of [`successors`], in order.
pub const SUCCESSOR_COLUMNS: [&str; 21] = [
    "region",
    "region_name",
    "ended",
    "successor",
    "successor_name",
    "through",
    "indicator",
    "period",
    "unit",
    "level",
    "level_low",
    "level_high",
    "growth",
    "growth_low",
    "growth_high",
    "successor_level",
    "successor_level_low",
    "successor_level_high",
    "successor_growth",
    "successor_growth_low",
    "successor_growth_high",
];

/// The value, low and high columns of figures as they were printed; a null end on a row with
/// a value is unbounded.
fn printed_columns(figures: &[Option<(Decimal, Interval)>]) -> [ArrayRef; 3] {
    let values: Vec<Option<Decimal>> = figures.iter().map(|f| f.map(|(v, _)| v)).collect();
    let lows: Vec<Option<Decimal>> = figures.iter().map(|f| f.and_then(|(_, i)| i.low_value())).collect();
    let highs: Vec<Option<Decimal>> = figures.iter().map(|f| f.and_then(|(_, i)| i.high_value())).collect();
    [decimal_column(&values, End::Value), decimal_column(&lows, End::Low), decimal_column(&highs, End::High)]
}

/// A region that ended beside its successor ([`Panel::successor_figures`]), one row per
/// [`SuccessorFigures`]: the columns of [`SUCCESSOR_COLUMNS`]. The names are in `lang`;
/// `ended` is the day the region ceased to exist (ISO 8601); `through` joins with commas the
/// ended regions between the region and its successor (empty when direct). The levels and
/// their ends are in `unit`, the indicator's; the growths in percent. The successor's figures
/// are its own, never the region's.
///
/// # Errors
///
/// As [`assessments`].
///
/// # Example
///
/// ```
/// use arrow_array::{Array, StringArray};
///
/// let panel = chiso::datasets::provinces_2024();
/// let table = chiso::panel::tables::successors(&panel, &panel.successor_figures(Some("retail_sales"), None)?, chiso::Lang::Vi)?;
/// let column = |name| table.column_by_name(name).unwrap().as_any().downcast_ref::<StringArray>().unwrap().value(0).to_string();
/// assert_eq!((column("region_name"), column("successor_name")), ("Bình Dương".into(), "Thành phố Hồ Chí Minh".into()));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn successors(panel: &Panel, rows: &[SuccessorFigures], lang: Lang) -> Result<RecordBatch> {
    let name = |id: &str| panel.figures(id).and_then(|f| f.region().map(|r| r.name.get(lang).to_string()));
    let levels = |pick: fn(&SuccessorFigures) -> Option<&Quantity>| {
        printed_columns(&rows.iter().map(|r| pick(r).map(|q| (q.value(), q.interval()))).collect::<Vec<_>>())
    };
    let growths = |pick: fn(&SuccessorFigures) -> Option<&Reported>| {
        printed_columns(&rows.iter().map(|r| pick(r).map(|g| (g.value(), g.interval()))).collect::<Vec<_>>())
    };
    let [level, level_low, level_high] = levels(|r| r.level.as_ref());
    let [successor_level, successor_level_low, successor_level_high] = levels(|r| r.successor_level.as_ref());
    let [growth_value, growth_low, growth_high] = growths(|r| r.growth.as_ref());
    let [successor_growth, successor_growth_low, successor_growth_high] = growths(|r| r.successor_growth.as_ref());
    batch(vec![
        ("region", text(rows.iter().map(|r| Some(r.succession.region.as_str())))),
        ("region_name", text(rows.iter().map(|r| name(&r.succession.region)))),
        ("ended", text(rows.iter().map(|r| Some(r.succession.ended.to_string())))),
        ("successor", text(rows.iter().map(|r| Some(r.succession.successor.as_str())))),
        ("successor_name", text(rows.iter().map(|r| name(&r.succession.successor)))),
        ("through", text(rows.iter().map(|r| Some(r.succession.through.join(","))))),
        ("indicator", text(rows.iter().map(|r| Some(r.indicator.as_str())))),
        ("period", text(rows.iter().map(|r| Some(r.period.to_string())))),
        ("unit", text(rows.iter().map(|r| panel.catalogue.get(&r.indicator).map(|i| i.unit().to_string())))),
        ("level", level),
        ("level_low", level_low),
        ("level_high", level_high),
        ("growth", growth_value),
        ("growth_low", growth_low),
        ("growth_high", growth_high),
        ("successor_level", successor_level),
        ("successor_level_low", successor_level_low),
        ("successor_level_high", successor_level_high),
        ("successor_growth", successor_growth),
        ("successor_growth_low", successor_growth_low),
        ("successor_growth_high", successor_growth_high),
    ])
}

/// The names of the columns of [`growth`], in order.
pub const GROWTH_COLUMNS: [&str; 12] = [
    "row_id",
    "region",
    "indicator",
    "period",
    "level",
    "unit",
    "yoy",
    "yoy_low",
    "yoy_high",
    "implied_base",
    "implied_base_low",
    "implied_base_high",
];

/// The derived columns with the rows they derive from, one row per observation in row order:
/// the columns of [`GROWTH_COLUMNS`], the implied bases' only when `implied_base` is given. `level` is the row's level in `unit`, the indicator's
/// (rescaled exactly from the printed unit), and so are `implied_base` and its ends; `yoy` and
/// its ends are in percent. A null end on a row with a value is unbounded.
///
/// # Errors
///
/// [`Error::InvalidInput`] when `derived` or `implied_base` is not of `panel` (another number
/// of rows).
///
/// # Example
///
/// ```
/// let panel = chiso::Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let derived = panel.growth(&chiso::columns::Options::default())?;
/// let bases = panel.implied_base(&chiso::columns::Options::default())?;
/// let table = chiso::panel::tables::growth(&panel, &derived, Some(&bases))?;
/// assert_eq!((table.num_rows(), table.num_columns()), (panel.len(), 12));
/// assert_eq!(chiso::panel::tables::growth(&panel, &derived, None)?.num_columns(), 9);
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn growth(panel: &Panel, derived: &PanelGrowth, implied_base: Option<&Computed>) -> Result<RecordBatch> {
    for rows in [Some(derived.len()), implied_base.map(Computed::len)].into_iter().flatten() {
        if rows != panel.len() {
            return Err(Error::InvalidInput {
                what: "derived columns",
                input: rows.to_string(),
                why: format!("the panel has {} rows", panel.len()),
            });
        }
    }
    let indicators = panel.catalogue.indicators();
    let region_ids: Vec<&str> = panel.regions.iter().map(|m| m.region.id.as_str()).collect();
    let units: Vec<String> = indicators.iter().map(|i| i.unit().to_string()).collect();
    let levels: Vec<Option<Decimal>> = panel
        .observations
        .iter()
        .zip(&panel.indicator_of)
        .map(|(o, &i)| checked_reported(o, &indicators[i as usize]).map(|r| r.value()))
        .collect();
    let [yoy, yoy_low, yoy_high] = computed_columns(derived.yoy());
    let mut columns = vec![
        ("row_id", Arc::new(UInt64Array::from(panel.row_ids.clone())) as ArrayRef),
        ("region", text(panel.region_of.iter().map(|&r| Some(region_ids[r as usize])))),
        ("indicator", text(panel.indicator_of.iter().map(|&i| Some(indicators[i as usize].id())))),
        ("period", text(panel.observations.iter().map(|o| Some(o.period().to_string())))),
        ("level", decimal_column(&levels, End::Value)),
        ("unit", text(panel.indicator_of.iter().map(|&i| Some(units[i as usize].as_str())))),
        ("yoy", yoy),
        ("yoy_low", yoy_low),
        ("yoy_high", yoy_high),
    ];
    if let Some(bases) = implied_base {
        let [base, low, high] = computed_columns(bases);
        columns.extend([("implied_base", base), ("implied_base_low", low), ("implied_base_high", high)]);
    }
    batch(columns)
}

/// The observations in the long format, one row per observation in row order: the columns
/// [`Panel::to_csv`] writes, each a text column (figures as printed, every digit kept; an empty
/// cell is a null), which [`Panel::from_arrow`] reads back into an equal panel.
///
/// # Errors
///
/// As [`assessments`].
///
/// # Example
///
/// ```
/// use chiso::panel::{tables, LongArrow, OnBadRow};
/// use chiso::Panel;
///
/// let panel = Panel::from_reports([chiso::datasets::binh_duong_2024()])?;
/// let observations = tables::observations(&panel)?;
/// assert_eq!(observations.num_rows(), panel.len());
/// let indicators = tables::indicators(&panel)?;
/// let tables = LongArrow { indicators: &[indicators], observations: &[observations], targets: &[], regions: &[] };
/// let (again, _) = Panel::from_arrow(tables, OnBadRow::Raise)?;
/// assert!(again.observations().zip(panel.observations()).all(|(a, b)| a.observation == b.observation));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn observations(panel: &Panel) -> Result<RecordBatch> {
    let layout = ObservationColumns::of(panel);
    let names = layout.names();
    let mut cells: Vec<Vec<Option<String>>> = vec![Vec::with_capacity(panel.len()); names.len()];
    for row in panel.observations() {
        for (column, cell) in layout.row(&row.region.region.id, row.row_id, row.observation).into_iter().enumerate() {
            cells[column].push((!cell.is_empty()).then_some(cell));
        }
    }
    batch(names.into_iter().zip(cells).map(|(name, column)| (name, text(column))).collect())
}

/// The indicator catalogue in the long format, one row per indicator: the columns
/// [`Panel::to_csv`] writes, each a text column (an empty cell is a null).
///
/// # Errors
///
/// As [`assessments`].
///
/// # Example
///
/// See [`observations`].
pub fn indicators(panel: &Panel) -> Result<RecordBatch> {
    let names = INDICATORS.columns;
    let mut cells: Vec<Vec<Option<String>>> = vec![Vec::new(); names.len()];
    for indicator in panel.catalogue.indicators() {
        for (column, cell) in indicator_row(indicator).into_iter().enumerate() {
            cells[column].push((!cell.is_empty()).then_some(cell));
        }
    }
    batch(names.iter().copied().zip(cells).map(|(name, column)| (name, text(column))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Array;

    fn read(array: &ArrayRef) -> Vec<Option<String>> {
        let array = array.as_any().downcast_ref::<Decimal128Array>().unwrap();
        (0..array.len()).map(|i| array.is_valid(i).then(|| array.value_as_string(i))).collect()
    }

    fn strings(table: &RecordBatch, name: &str) -> Vec<String> {
        let column = table.column_by_name(name).unwrap().as_any().downcast_ref::<StringArray>().unwrap();
        (0..column.len()).map(|i| column.value(i).to_string()).collect()
    }

    #[test]
    fn the_reason_column_is_each_assessments_reason_in_the_language_asked_for() {
        let panel = crate::datasets::provinces_2024();
        let assessed = panel.assess();
        assert!(assessed.len() >= 5 && assessed.iter().all(|a| a.outcome.is_ok()));
        for lang in [Lang::Vi, Lang::En] {
            let table = assessments(&panel, &assessed, lang).unwrap();
            let expected: Vec<String> = assessed.iter().map(|a| a.outcome.as_ref().unwrap().reason_in(lang)).collect();
            assert_eq!(strings(&table, "reason"), expected);
            assert_eq!(strings(&table, "region"), assessed.iter().map(|a| a.region.clone()).collect::<Vec<_>>());
        }
        let vi = strings(&assessments(&panel, &assessed, Lang::Vi).unwrap(), "reason");
        let en = strings(&assessments(&panel, &assessed, Lang::En).unwrap(), "reason");
        assert!(vi.iter().zip(&en).all(|(vi, en)| vi != en), "{vi:?}");
        // The codes are the same in either language.
        let codes = |lang| strings(&assessments(&panel, &assessed, lang).unwrap(), "verdict");
        assert_eq!(codes(Lang::Vi), codes(Lang::En));
    }

    #[test]
    fn the_message_columns_are_each_finding_and_unchecked_relation_in_the_language_asked_for() {
        let panel = crate::datasets::provinces_2024();
        let consistency = panel.check();
        let findings_in = |lang| findings(&panel, &consistency, lang).unwrap();
        let expected = |lang| consistency.findings().map(|(_, f)| f.message_in(lang)).collect::<Vec<_>>();
        assert_eq!(strings(&findings_in(Lang::Vi), "message"), expected(Lang::Vi));
        assert_eq!(strings(&findings_in(Lang::En), "message"), expected(Lang::En));
        let vi = strings(&findings_in(Lang::Vi), "message");
        assert_eq!(vi.len(), 4);
        assert!(vi.iter().all(|m| m.contains("năm 2024")), "{vi:?}");

        // A 2023 retail level of exactly 0: the 2024 growth against it cannot be checked.
        let json = crate::datasets::binh_duong_2024().to_json().replacen(
            "\"observations\": [",
            "\"observations\": [{\"indicator\": \"retail_sales\", \"period\": \"2023\", \"value\": \"0\", \"bound\": \"exact\"},",
            1,
        );
        let panel = Panel::from_reports([crate::Report::from_json(&json).unwrap()]).unwrap();
        let consistency = panel.check();
        let relations: Vec<_> = consistency.unchecked().collect();
        assert!(!relations.is_empty());
        for lang in [Lang::Vi, Lang::En] {
            let table = unchecked(&consistency, lang).unwrap();
            let schema = table.schema();
            let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
            assert_eq!(names, UNCHECKED_COLUMNS);
            assert_eq!(
                strings(&table, "message"),
                relations.iter().map(|(_, u)| u.message_in(lang)).collect::<Vec<_>>()
            );
            assert_eq!(
                strings(&table, "reason"),
                relations.iter().map(|(_, u)| u.reason().to_string()).collect::<Vec<_>>()
            );
        }
        assert!(strings(&unchecked(&consistency, Lang::Vi).unwrap(), "message")[0].contains("chưa được đối chiếu"));
    }

    #[test]
    fn a_column_holds_a_large_level_beside_a_rate_of_28_places_exactly() {
        let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
        let values = [d("212614.4"), d("1.0580000000000000000000000001"), None, d("-7")];
        let column = decimal_column(&values, End::Value);
        let expected: Vec<Option<String>> = vec![
            Some("212614.4000000000000000000000000000".into()),
            Some("1.0580000000000000000000000001".into()),
            None,
            Some("-7.0000000000000000000000000000".into()),
        ];
        assert_eq!(read(&column), expected);
    }

    #[test]
    fn places_a_column_cannot_hold_are_rounded_outward_for_its_ends() {
        let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
        // 29 integer digits leave 8 places (one digit kept for a carry).
        let values = [d("12345678901234567890123456789"), d("0.123456789123")];
        assert_eq!(read(&decimal_column(&values, End::Low))[1].as_deref(), Some("0.12345678"));
        assert_eq!(read(&decimal_column(&values, End::High))[1].as_deref(), Some("0.12345679"));
        assert_eq!(
            read(&decimal_column(&values, End::Low))[0].as_deref(),
            Some("12345678901234567890123456789.00000000")
        );
    }
}
