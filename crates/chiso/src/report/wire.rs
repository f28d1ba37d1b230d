//! The `chiso.report/2` JSON format: the shapes of the document, and their conversion to and
//! from the model.
//!
//! `/2` adds fields to `/1` and changes none: a region's `ended` and `successor`, and targets
//! on the average growth over a span of years. A `/1` document loads unchanged; one that uses
//! a field new in `/2` ([`V2_ONLY`]) is refused, naming the field.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Region, Report, Source};
use crate::catalogue::Catalogue;
use crate::error::{Error, Result};
use crate::indicator::{check_id, Identity, Indicator, Measure, Names, NaturalRange, Polarity};
use crate::observation::{Observation, Status};
use crate::period::{Period, Span};
use crate::progress::Scheme;
use crate::target::{Condition, Spec, Target};
use crate::text::Comparison;
use crate::unit::Unit;
use crate::value::{parse_decimal, Bound, Reported};

/// The format tag a written document carries.
pub const FORMAT: &str = "chiso.report/2";

/// The format tag of the first version, which still loads.
pub(crate) const FORMAT_V1: &str = "chiso.report/1";

/// The (section, field) pairs new in `chiso.report/2`: a `/1` document that writes one is
/// refused. A section is `region` (an object) or `indicators`, `observations`, `targets` (a
/// list whose entries are checked).
pub(crate) const V2_ONLY: &[(&str, &str)] = &[
    ("region", "ended"),
    ("region", "successor"),
    ("targets", "average_growth"),
    ("targets", "span"),
    ("targets", "progress"),
    ("observations", "compared_with"),
    ("observations", "annualised"),
    ("observations", "plan_completion"),
    ("observations", "plan_completion_bound"),
    ("observations", "plan_completion_last_digit"),
];

/// The JSON Schema of the `chiso.report/2` format (draft 2020-12), for tools that validate a
/// document before they hand it over; the crate's own `schema/chiso.report.schema.json`.
///
/// # Example
///
/// ```
/// assert!(chiso::REPORT_SCHEMA.contains("\"chiso.report/2\""));
/// ```
pub const REPORT_SCHEMA: &str = include_str!("../../schema/chiso.report.schema.json");

/// The JSON Schema of the first version, `chiso.report/1`, frozen as it was: the crate's
/// `schema/chiso.report-1.schema.json`.
///
/// # Example
///
/// ```
/// assert!(chiso::REPORT_SCHEMA_V1.contains("\"chiso.report/1\""));
/// assert!(!chiso::REPORT_SCHEMA_V1.contains("average_growth"));
/// ```
pub const REPORT_SCHEMA_V1: &str = include_str!("../../schema/chiso.report-1.schema.json");

/// A decimal written as a JSON string, its digits kept.
#[derive(Debug, Clone, Copy)]
struct Dec(Decimal);

impl Serialize for Dec {
    /// The decimal's digits. A zero is written without a sign, as [`parse_decimal`] reads it,
    /// so that a negative zero built in code saves and loads to the same bytes.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        if self.0.is_zero() {
            serializer.collect_str(&self.0.abs())
        } else {
            serializer.collect_str(&self.0)
        }
    }
}

/// A publication time in RFC 3339, refused rather than truncated when it is finer than a
/// nanosecond, which is as fine as a time is kept.
pub(crate) fn published<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<DateTime<FixedOffset>>, D::Error> {
    use serde::de::Error as _;
    let Some(text) = Option::<String>::deserialize(deserializer)? else {
        return Ok(None);
    };
    parse_published(&text).map(Some).map_err(D::Error::custom)
}

/// A publication time in RFC 3339, as [`published`] reads it; the error says what is wrong.
pub(crate) fn parse_published(text: &str) -> std::result::Result<DateTime<FixedOffset>, String> {
    let fraction = text.split_once('.').map_or(0, |(_, rest)| rest.bytes().take_while(u8::is_ascii_digit).count());
    if fraction > 9 {
        return Err(format!(
            "{text:?} gives {fraction} digits of a second; a time is kept to the nanosecond (9 digits)"
        ));
    }
    DateTime::parse_from_rfc3339(text).map_err(|err| format!("{text:?} is not an RFC 3339 date and time: {err}"))
}

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Dec;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a decimal written as a string, such as \"16.94\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> std::result::Result<Dec, E> {
                parse_decimal(text).map(Dec).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Document<'a> {
    #[serde(borrow)]
    format: Cow<'a, str>,
    region: Region,
    publisher: Names,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    indicators: Vec<WireIndicator>,
    #[serde(borrow)]
    observations: Vec<WireObservation<'a>>,
    targets: Vec<WireTarget>,
}

/// An indicator as written: in full, or `{"standard": id}` for one of the standard
/// catalogue's ([`Catalogue::standard`]). The fields are optional here so that a reference
/// reads; [`indicator`] requires them of a full indicator.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireIndicator {
    /// The id of a standard indicator this entry stands for; never written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    standard: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<Names>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    measure: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    polarity: Option<Polarity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    identity: Option<Identity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    national_total_of: Option<String>,
    /// Written only when it is not the unit's default (at least 0 for a count, else none);
    /// `{}` declares that the indicator has no range.
    /// `null` is refused, as the schema refuses it: absent and `{}` already say both things.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "present_range")]
    range: Option<WireRange>,
}

impl WireIndicator {
    /// The name of the first field written besides `standard`, if any.
    fn other_field(&self) -> Option<&'static str> {
        [
            ("id", self.id.is_some()),
            ("name", self.name.is_some()),
            ("unit", self.unit.is_some()),
            ("measure", self.measure.is_some()),
            ("polarity", self.polarity.is_some()),
            ("identity", self.identity.is_some()),
            ("national_total_of", self.national_total_of.is_some()),
            ("range", self.range.is_some()),
        ]
        .into_iter()
        .find_map(|(field, written)| written.then_some(field))
    }
}

/// The indicator an entry of `indicators` writes; the error is the field at fault (`.unit`,
/// `.standard`, or empty for the entry itself) and what is wrong with it.
fn indicator(w: WireIndicator) -> std::result::Result<Indicator, (String, String)> {
    if let Some(standard) = &w.standard {
        if let Some(field) = w.other_field() {
            return Err((
                String::new(),
                format!("a standard indicator is written {{\"standard\": {standard:?}}} alone; {field:?} is not allowed with it"),
            ));
        }
        return Catalogue::standard().require(standard).cloned().map_err(|err| {
            (".standard".into(), message_of(err).replacen("the catalogue has", "the standard catalogue has", 1))
        });
    }
    let (id, name, unit, measure, polarity) = match (w.id, w.name, w.unit, w.measure, w.polarity) {
        (Some(id), Some(name), Some(unit), Some(measure), Some(polarity)) => (id, name, unit, measure, polarity),
        (id, name, unit, measure, polarity) => {
            let written = [id.is_some(), name.is_some(), unit.is_some(), measure.is_some(), polarity.is_some()];
            let field = ["id", "name", "unit", "measure", "polarity"]
                .into_iter()
                .zip(written)
                .find_map(|(field, written)| (!written).then_some(field))
                .unwrap_or_default();
            return Err((
                String::new(),
                format!("missing field `{field}` (or write {{\"standard\": id}} alone for a standard indicator)"),
            ));
        }
    };
    let at = |field: &str, err: Error| (format!(".{field}"), message_of(err));
    let mut indicator = Indicator::new(id, name, unit, measure, polarity).map_err(|e| at("id", e))?;
    if let Some(identity) = w.identity {
        indicator = indicator.with_identity(identity).map_err(|e| at("identity", e))?;
    }
    if let Some(range) = w.range {
        let range = NaturalRange::new(range.at_least.map(|d| d.0), range.at_most.map(|d| d.0));
        indicator = range.and_then(|r| indicator.with_range(r)).map_err(|e| at("range", e))?;
    }
    match w.national_total_of {
        Some(of) => indicator.with_national_total_of(of).map_err(|e| at("national_total_of", e)),
        None => Ok(indicator),
    }
}

/// A full indicator of `chiso.report/1` given as a JSON value (as the standard catalogue's
/// document holds it, beside its aliases); the error is the field at fault and what is wrong.
pub(crate) fn indicator_of_json(value: serde_json::Value) -> std::result::Result<Indicator, (String, String)> {
    let wire = WireIndicator::deserialize(value).map_err(|err| (String::new(), err.to_string()))?;
    if wire.standard.is_some() {
        return Err((".standard".into(), "a catalogue defines its indicators in full".into()));
    }
    indicator(wire)
}

/// A `range` that is written is an object, never `null`.
fn present_range<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<WireRange>, D::Error> {
    WireRange::deserialize(deserializer).map(Some)
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "an object with an optional at_least and at_most")]
struct WireRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at_least: Option<Dec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at_most: Option<Dec>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireObservation<'a> {
    #[serde(borrow)]
    indicator: Cow<'a, str>,
    period: Period,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<Dec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    bound: Option<Bound>,
    /// Written only for a figure known to another digit than its last printed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_digit: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    growth: Option<Dec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    growth_bound: Option<Bound>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    growth_last_digit: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    as_of: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quote: Option<String>,
    /// The unit the figure is printed in, when it is not the indicator's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
    /// The publication the figure was read from, when it is not the report's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    /// What `growth` is against; written only when it is not the same period (`/2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    compared_with: Option<Comparison>,
    /// Whether a previous-period growth is annualised; written only when it is (`/2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    annualised: Option<bool>,
    /// The share of the plan achieved, in percent (`/2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan_completion: Option<Dec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan_completion_bound: Option<Bound>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan_completion_last_digit: Option<i32>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireTarget {
    indicator: String,
    /// Absent for an average-growth target, which has `span` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    baseline: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    growth: Option<WireCondition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<WireCondition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    average_growth: Option<WireCondition>,
    /// The first and last years of an average-growth target: `["2021", "2025"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    span: Option<[Period; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quote: Option<String>,
    /// The progress scheme of a level target with a baseline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    progress: Option<Scheme>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum WireCondition {
    AtLeast(Dec),
    MoreThan(Dec),
    AtMost(Dec),
    LessThan(Dec),
    Between(Dec, Dec),
}

pub(crate) fn from_json(text: &str) -> Result<Report> {
    // Editors on Windows start UTF-8 files with a byte-order mark, which is not JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The plain parse is the fast path; only a failure pays for tracking the path.
    let document: Document = match serde_json::from_str(text) {
        Ok(document) => document,
        Err(_) => {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            return Err(match serde_path_to_error::deserialize::<_, Document>(&mut deserializer) {
                Err(err) => {
                    let path = err.path().to_string();
                    Error::InvalidReport { path, message: err.into_inner().to_string() }
                }
                Ok(_) => Error::InvalidReport { path: ".".into(), message: "the document could not be read".into() },
            });
        }
    };
    if document.format == FORMAT_V1 {
        refuse_v2_fields(text)?;
    }
    into_report(document)
}

/// Refuses a `chiso.report/1` document that writes a field of [`V2_ONLY`], naming the first.
fn refuse_v2_fields(text: &str) -> Result<()> {
    // The document has just parsed as a `Document`, so it is JSON.
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Ok(());
    };
    for (section, field) in V2_ONLY {
        let entries: Vec<(String, &serde_json::Value)> = match &value[section] {
            serde_json::Value::Array(list) => {
                list.iter().enumerate().map(|(i, v)| (format!("{section}[{i}]"), v)).collect()
            }
            other => vec![(section.to_string(), other)],
        };
        if let Some((path, _)) = entries.iter().find(|(_, v)| v.get(field).is_some()) {
            return Err(Error::InvalidReport {
                path: format!("{path}.{field}"),
                message: format!("{field:?} is new in {FORMAT}; this document declares {FORMAT_V1}"),
            });
        }
    }
    // A baseline is a `/1` field, but only on a growth target: on a level target it is new.
    let targets = value["targets"].as_array().map(Vec::as_slice).unwrap_or_default();
    if let Some(i) = targets.iter().position(|t| t.get("level").is_some() && t.get("baseline").is_some()) {
        return Err(Error::InvalidReport {
            path: format!("targets[{i}].baseline"),
            message: format!("a baseline on a level target is new in {FORMAT}; this document declares {FORMAT_V1}"),
        });
    }
    Ok(())
}

fn into_report(document: Document) -> Result<Report> {
    let invalid = |path: String, message: String| Error::InvalidReport { path, message };
    if document.format != FORMAT && document.format != FORMAT_V1 {
        return Err(invalid("format".into(), format!("{:?} is neither {FORMAT:?} nor {FORMAT_V1:?}", document.format)));
    }
    let indicators = document
        .indicators
        .into_iter()
        .enumerate()
        .map(|(i, w)| indicator(w).map_err(|(field, message)| invalid(format!("indicators[{i}]{field}"), message)))
        .collect::<Result<Vec<_>>>()?;
    let observations = document
        .observations
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            observation(w).map_err(|(field, err)| invalid(format!("observations[{i}]{field}"), message_of(err)))
        })
        .collect::<Result<Vec<_>>>()?;
    let targets = document
        .targets
        .into_iter()
        .enumerate()
        .map(|(i, w)| target(w).map_err(|(field, err)| invalid(format!("targets[{i}]{field}"), message_of(err))))
        .collect::<Result<Vec<_>>>()?;
    let report = Report::new(document.region, document.publisher, indicators, observations, targets)?;
    Ok(match document.source {
        Some(source) => report.with_source(source),
        None => report,
    })
}

fn message_of(err: Error) -> String {
    match err {
        Error::InvalidReport { message, .. } => message,
        other => other.to_string(),
    }
}

type FieldResult<T> = std::result::Result<T, (&'static str, Error)>;

fn observation(w: WireObservation) -> FieldResult<Observation> {
    let reported = |value: Option<Dec>, bound: Option<Bound>, last_digit: Option<i32>, fields: [&'static str; 2]| match (
        value, bound, last_digit,
    ) {
        (Some(Dec(v)), bound, last_digit) => {
            let printed = Reported::new(v, bound.unwrap_or_default());
            last_digit.map_or(Ok(printed), |d| printed.with_last_digit(d)).map(Some).map_err(|e| (fields[1], e))
        }
        (None, Some(_), _) => {
            Err((fields[0], Error::invalid("bound", fields[0], "a bound needs the figure it qualifies")))
        }
        (None, _, Some(_)) => {
            Err((fields[1], Error::invalid("last digit", fields[1], "a last digit needs its figure")))
        }
        (None, None, None) => Ok(None),
    };
    let value = reported(w.value, w.bound, w.last_digit, [".bound", ".last_digit"])?;
    let growth = reported(w.growth, w.growth_bound, w.growth_last_digit, [".growth_bound", ".growth_last_digit"])?;
    let plan_completion = reported(
        w.plan_completion,
        w.plan_completion_bound,
        w.plan_completion_last_digit,
        [".plan_completion_bound", ".plan_completion_last_digit"],
    )?;
    let mut o = Observation::new(w.indicator, w.period).map_err(|e| (".indicator", e))?;
    if let Some(v) = value {
        o = o.with_value(v);
    }
    if let Some(g) = growth {
        o = o.with_growth(g);
    }
    if let Some(c) = w.compared_with {
        if o.growth().is_none() {
            return Err((
                ".compared_with",
                Error::invalid(
                    "compared_with",
                    c.name(),
                    "says what a growth is against, and the observation has no growth",
                ),
            ));
        }
        o = o.with_growth_against(c).map_err(|e| (".compared_with", e))?;
    }
    if w.annualised == Some(true) {
        o = o.with_annualised_growth().map_err(|e| (".annualised", e))?;
    }
    if let Some(k) = plan_completion {
        o = o.with_plan_completion(k);
    }
    if let Some(s) = w.status {
        o = o.with_status(s);
    }
    if let Some(d) = w.as_of {
        o = o.with_as_of(d);
    }
    if let Some(q) = w.quote {
        o = o.with_quote(q);
    }
    if let Some(u) = w.unit {
        o = o.with_unit(u);
    }
    if let Some(s) = w.source {
        o = o.with_source(s);
    }
    Ok(o)
}

fn condition(w: WireCondition, field: &'static str) -> FieldResult<Condition> {
    Ok(match w {
        WireCondition::AtLeast(Dec(t)) => Condition::AtLeast(t),
        WireCondition::MoreThan(Dec(t)) => Condition::MoreThan(t),
        WireCondition::AtMost(Dec(t)) => Condition::AtMost(t),
        WireCondition::LessThan(Dec(t)) => Condition::LessThan(t),
        WireCondition::Between(Dec(a), Dec(b)) => Condition::between(a, b).map_err(|e| (field, e))?,
    })
}

fn target(w: WireTarget) -> FieldResult<Target> {
    let invalid = |field, message: &str| Err((field, Error::invalid("target", &w.indicator, message)));
    let spec = match (w.growth, w.level, w.average_growth) {
        (Some(c), None, None) => Spec::Growth(condition(c, ".growth.between")?),
        (None, Some(c), None) => Spec::Level(condition(c, ".level.between")?),
        (None, None, Some(c)) => Spec::AverageGrowth(condition(c, ".average_growth.between")?),
        _ => return invalid("", "a target has exactly one of growth, level or average_growth"),
    };
    check_id(&w.indicator).map_err(|e| (".indicator", e))?;
    let target = match (spec, w.period, w.span) {
        (Spec::AverageGrowth(c), None, Some([first, last])) => {
            if w.baseline.is_some() {
                return invalid(".baseline", "an average-growth target's baseline is the year before its span");
            }
            if first.span() != Span::Year || last.span() != Span::Year {
                return invalid(".span", "a span is two years, such as [\"2021\", \"2025\"]");
            }
            Target::average_growth(w.indicator, first.calendar_year(), last.calendar_year(), c)
                .map_err(|e| (".span", e))?
        }
        (Spec::AverageGrowth(_), _, None) => return invalid(".span", "an average-growth target needs its span"),
        (Spec::AverageGrowth(_), Some(_), _) => {
            return invalid(".period", "an average-growth target has a span, not a period")
        }
        (_, _, Some(_)) => return invalid(".span", "only an average-growth target has a span"),
        (_, None, None) => return invalid(".period", "missing field `period`"),
        (spec, Some(period), None) => {
            Target::new(w.indicator, period, w.baseline, spec).map_err(|e| (".baseline", e))?
        }
    };
    let target = match w.progress {
        Some(scheme) => target.with_progress(scheme).map_err(|e| (".progress", e))?,
        None => target,
    };
    Ok(match w.quote {
        Some(q) => target.with_quote(q),
        None => target,
    })
}

pub(crate) fn to_json(report: &Report) -> String {
    let document = document(report);
    // Every field is a string, a number written as a string, or a map with string keys.
    // OK because each of those serialises to JSON without fail.
    serde_json::to_string_pretty(&document).expect("a report always serialises")
}

/// A report as its `chiso.report/2` document, for writing inside another document.
pub(crate) fn document(report: &Report) -> Document<'_> {
    Document {
        format: Cow::Borrowed(FORMAT),
        region: report.region.clone(),
        publisher: report.publisher.clone(),
        source: report.source.clone(),
        indicators: report.indicators().iter().map(wire_indicator).collect(),
        observations: report.observations.iter().map(wire_observation).collect(),
        targets: report.targets.iter().map(wire_target).collect(),
    }
}

fn wire_indicator(i: &Indicator) -> WireIndicator {
    WireIndicator {
        standard: None,
        id: Some(i.id().to_string()),
        name: Some(i.name().clone()),
        unit: Some(i.unit().clone()),
        measure: Some(i.measure()),
        polarity: Some(i.polarity()),
        identity: i.identity().cloned(),
        national_total_of: i.national_total_of().map(str::to_string),
        range: (!i.has_default_range()).then(|| WireRange {
            at_least: i.range().and_then(NaturalRange::at_least).map(Dec),
            at_most: i.range().and_then(NaturalRange::at_most).map(Dec),
        }),
    }
}

fn wire_observation(o: &Observation) -> WireObservation<'_> {
    WireObservation {
        indicator: Cow::Borrowed(o.indicator()),
        period: o.period(),
        value: o.value().map(|r| Dec(r.value())),
        bound: o.value().map(|r| r.bound()),
        last_digit: o.value().and_then(rescaled_digit),
        growth: o.growth().map(|r| Dec(r.value())),
        growth_bound: o.growth().map(|r| r.bound()),
        growth_last_digit: o.growth().and_then(rescaled_digit),
        status: o.status(),
        as_of: o.as_of(),
        quote: o.quote().map(str::to_string),
        unit: o.unit().cloned(),
        source: o.source().cloned(),
        compared_with: (o.growth_against() != Comparison::SamePeriod).then_some(o.growth_against()),
        annualised: o.is_annualised().then_some(true),
        plan_completion: o.plan_completion().map(|r| Dec(r.value())),
        plan_completion_bound: o.plan_completion().map(|r| r.bound()),
        plan_completion_last_digit: o.plan_completion().and_then(rescaled_digit),
    }
}

/// The last digit a figure is known to, when its printed digits do not say it.
pub(crate) fn rescaled_digit(reported: &Reported) -> Option<i32> {
    let printed = -(reported.value().scale() as i32);
    (reported.last_digit() != printed).then_some(reported.last_digit())
}

fn wire_condition(c: Condition) -> WireCondition {
    match c {
        Condition::AtLeast(t) => WireCondition::AtLeast(Dec(t)),
        Condition::MoreThan(t) => WireCondition::MoreThan(Dec(t)),
        Condition::AtMost(t) => WireCondition::AtMost(Dec(t)),
        Condition::LessThan(t) => WireCondition::LessThan(Dec(t)),
        Condition::Between(a, b) => WireCondition::Between(Dec(a), Dec(b)),
    }
}

fn wire_target(t: &Target) -> WireTarget {
    let (growth, level, average_growth) = match t.spec() {
        Spec::Growth(c) => (Some(wire_condition(c)), None, None),
        Spec::Level(c) => (None, Some(wire_condition(c)), None),
        Spec::AverageGrowth(c) => (None, None, Some(wire_condition(c))),
    };
    let span = t.span().and_then(|(first, last)| Some([Period::year(first).ok()?, Period::year(last).ok()?]));
    WireTarget {
        indicator: t.indicator().to_string(),
        period: span.is_none().then(|| t.period()),
        baseline: t.baseline().filter(|_| span.is_none()),
        growth,
        level,
        average_growth,
        span,
        quote: t.quote().map(str::to_string),
        progress: t.progress_choice(),
    }
}

/// An observation's fields as the long format (`crate::panel::long`) reads them.
pub(crate) struct ObservationFields<'a> {
    pub(crate) indicator: &'a str,
    pub(crate) period: Period,
    pub(crate) value: Option<Decimal>,
    pub(crate) bound: Option<Bound>,
    pub(crate) last_digit: Option<i32>,
    pub(crate) growth: Option<Decimal>,
    pub(crate) growth_bound: Option<Bound>,
    pub(crate) growth_last_digit: Option<i32>,
    pub(crate) status: Option<Status>,
    pub(crate) as_of: Option<NaiveDate>,
    pub(crate) quote: Option<&'a str>,
    pub(crate) compared_with: Option<Comparison>,
    pub(crate) annualised: Option<bool>,
    pub(crate) plan_completion: Option<Decimal>,
    pub(crate) plan_completion_bound: Option<Bound>,
}

/// The observation of `fields`, checked by the JSON format's rules (a bound needs its figure,
/// ...): the error names the field at fault (`bound`, `growth_last_digit`, ...) and says why.
pub(crate) fn observation_of(fields: ObservationFields) -> std::result::Result<Observation, (&'static str, String)> {
    observation(WireObservation {
        indicator: Cow::Borrowed(fields.indicator),
        period: fields.period,
        value: fields.value.map(Dec),
        bound: fields.bound,
        last_digit: fields.last_digit,
        growth: fields.growth.map(Dec),
        growth_bound: fields.growth_bound,
        growth_last_digit: fields.growth_last_digit,
        status: fields.status,
        as_of: fields.as_of,
        quote: fields.quote.map(str::to_string),
        unit: None,
        source: None,
        compared_with: fields.compared_with,
        annualised: fields.annualised,
        plan_completion: fields.plan_completion.map(Dec),
        plan_completion_bound: fields.plan_completion_bound,
        plan_completion_last_digit: None,
    })
    .map_err(|(field, err)| (field.trim_start_matches('.'), message_of(err)))
}
