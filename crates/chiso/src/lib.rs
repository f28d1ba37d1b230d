//! chiso (*chỉ số*, "indicator") models the economic indicators a government performance
//! report prints and the targets it sets, with exact decimals and honest bounds.
//!
//! A printed `16,94 tỷ kWh` is any value from 16.935 to 16.945 billion kWh, and `hơn 2,79 tỷ
//! đồng` is any value above 2.79 billion đồng. chiso keeps those intervals through every
//! computation, so a target check says `undetermined` instead of guessing.
//!
//! # Example
//!
//! ```
//! use chiso::{datasets, implied_base, Lang, Verdict};
//!
//! let report = datasets::binh_duong_2024();
//! let electricity = report.level("commercial_electricity", "2024".parse()?).unwrap();
//! let growth = report.latest_where("commercial_electricity", "2024".parse()?, |o| o.growth().is_some())
//!     .and_then(|o| o.growth().copied())
//!     .unwrap();
//! let base_2023 = implied_base(&electricity, &growth)?;
//! assert_eq!(chiso::format_estimate(&base_2023, Lang::En, 2), "15.21 billion kWh (15.19–15.22)");
//!
//! for assessment in report.assess_all()? {
//!     // Bình Dương merged into Hồ Chí Minh City on 1 July 2025: no 2025 figure will come.
//!     assert_eq!(assessment.verdict(), Verdict::NotAssessable);
//! }
//! # Ok::<(), chiso::Error>(())
//! ```
#![deny(missing_docs)]

mod arith;
mod catalogue;
pub mod columns;
mod corners;
pub mod datasets;
mod draft;
mod error;
mod estimate;
mod figures;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod growth;
mod indicator;
mod interval;
mod observation;
pub mod panel;
mod period;
mod periods;
mod plain;
pub mod progress;
mod quantity;
mod reason;
mod report;
mod rest_of_year;
mod target;
mod text;
mod unit;
mod value;

pub use catalogue::{Alias, Catalogue, Match, MatchHow, AMBIGUITY_MARGIN, MIN_FUZZY_SCORE};
pub use draft::{
    draft, standard_region, AsOfFrom, Draft, DraftOptions, Placed, RegionFrom, Row, Unmatched, UnplacedReason,
    UNKNOWN_REGION,
};
pub use error::{Error, Result};
pub use estimate::Estimate;
pub use figures::Figures;
pub use growth::{
    annualise, cagr, change_pp, contribution, growth, implied_base, implied_plan, plan_ratios, project, share,
    PlanRatios, MAX_PERIODS_PER_YEAR, MAX_YEARS,
};
pub use indicator::{Identity, Indicator, Measure, Names, NaturalRange, Polarity};
pub use interval::{Endpoint, Interval};
pub use observation::{Observation, Status};
pub use panel::{
    Panel, PanelAssessment, PanelBuilder, PanelConsistency, PanelGrowth, PanelRow, RegionFigures, RegionMeta,
    Succession, SuccessorFigures,
};
pub use period::{Period, Span};
pub use periods::LabelledGrowth;
pub use progress::{Progress, ProgressClass, Scheme, Unassessable};
pub use quantity::Quantity;
pub use reason::{Judged, Reason, ReasonField, TargetTerms};
pub use report::{
    Cell, Consistency, Finding, FindingKind, Region, Report, Revision, Revisions, Scorecard, ScorecardLine,
    ScorecardRow, Source, TargetFailure, UncheckedRelation, VerdictChange, Vintage, REPORT_SCHEMA, REPORT_SCHEMA_V1,
};
pub use rest_of_year::{Requirement, RestFlag, RestOfYear, RestSide, IMPLAUSIBLE_PP};
pub use target::{Assessment, Condition, Spec, Target, Verdict};
pub use text::{
    extract, parse_growth, parse_number, parse_quantity, parse_range, parse_unit, Comparison, Mention, MentionKind,
};
pub use text::{
    format_condition, format_decimal, format_estimate, format_growth, format_quantity, format_rounded, Lang,
};
pub use unit::{Currency, Dimension, ExchangeRate, Scale, Unit};
pub use value::{parse_decimal, Bound, Reported, ABOUT_TOLERANCE};

/// The README's Rust example, compiled and run as a doctest so that it cannot go stale.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
