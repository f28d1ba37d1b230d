//! Progress towards a level target for a future year, in the classes statistics offices
//! publish: how far an indicator has come from its base year, and whether it is on its way.
//!
//! Four published schemes are selectable ([`Scheme`]); each turns a base figure, the latest
//! figure and a target for a later year into a measure and a class:
//!
//! - **UNSD Progress Chart 2022** (UN Statistics Division, *The Sustainable Development Goals
//!   Report 2022: Progress Chart technical note*, <https://unstats.un.org/sdgs/report/2022/>):
//!   `CR = CAGR_actual / CAGR_required` with cut-offs 0.95, 0.5 and −0.1; a target already
//!   achieved takes precedence.
//! - **UNSD Progress Chart 2023, as replicated by EUSTAT** (*Progress Chart Technical Note
//!   2023*, <https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf>;
//!   EUSTAT, *Measuring progress on the Sustainable Development Goals*):
//!   `CAGR_a = (v_t / v_b)^(1/(t−b)) − 1`, the projection `v_e = v_t (1 + CAGR_a)^(T−t)` and
//!   `ratio = (v_e − v_b) / (target − v_b)`; at least 0.95 is on track or met, 0.10 to 0.95
//!   fair progress, below 0.10 stagnation or regression.
//! - **Open SDG / Statistics Canada** (Open SDG, *Progress Measurement Methodology for the
//!   Sustainable Development Goals*, `docs/progress-methodology.md` of open-sdg; Statistics
//!   Canada's SDG data hub): `R = d · CAGR_observed / |CAGR_required|` (`d` = +1 when higher
//!   is better, −1 otherwise) with cut-offs 0.95, 0.6 and 0, target achieved first; near a
//!   natural limit the positive cut-offs are scaled by `C = 1 − (|y₀| / |y_lim|)^4.44`.
//! - **Destatis "weather"** (Statistisches Bundesamt, *Sustainable Development in Germany –
//!   Indicator Report*, the method of the weather symbols): a linear projection from the
//!   average annual change over the last five years (at least four consecutive yearly
//!   figures), and the miss as a share of the distance still to go: under 5% sun, 5–20%
//!   slightly cloudy, over 20% in the right direction cloudy, the wrong direction a
//!   thunderstorm.
//!
//! Every figure is an interval, and so is every measure: it is computed with outward
//! rounding, and fractional powers with [`power`]'s bounded powers. A measure whose interval
//! lies across a cut-off gives no class but the classes it lies between
//! ([`Progress::between`]), never a guess.

mod check;
mod destatis;
mod open_sdg;
pub(crate) mod power;
mod unsd2022;
mod unsd2023;

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::estimate::Estimate;
use crate::indicator::Polarity;
use crate::interval::{Endpoint, Interval};
use crate::text::Lang;

pub(crate) use check::judge_target;
pub use open_sdg::natural_limit_scaling;

/// A published method of classifying progress towards a target.
///
/// # Example
///
/// ```
/// use chiso::{Lang, Scheme};
///
/// let scheme: Scheme = "unsd_2022".parse()?;
/// assert_eq!(scheme, Scheme::Unsd2022);
/// assert_eq!(scheme.label(Lang::En), "UNSD Progress Chart 2022");
/// let err = "unsd".parse::<Scheme>().unwrap_err();
/// assert!(err.to_string().contains("unsd_2022, unsd_2023, open_sdg or destatis"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// UNSD Progress Chart 2022: the ratio of actual to required compound growth.
    #[serde(rename = "unsd_2022")]
    Unsd2022,
    /// UNSD Progress Chart 2023 as EUSTAT replicates it: the share of the way to the target
    /// the current trend covers by the target year. The default: it judges the distance to
    /// the target rather than a ratio of growth rates, so it stays defined when the required
    /// growth is tiny, and it is the UN's current method.
    #[default]
    #[serde(rename = "unsd_2023")]
    Unsd2023,
    /// Open SDG / Statistics Canada: the ratio of observed to required compound growth, with
    /// natural-limit scaling.
    OpenSdg,
    /// Destatis weather symbols: a linear projection from the last five years.
    Destatis,
}

impl Scheme {
    /// Every scheme.
    pub const ALL: [Scheme; 4] = [Scheme::Unsd2022, Scheme::Unsd2023, Scheme::OpenSdg, Scheme::Destatis];

    /// The name in the JSON format and on the command line: `unsd_2022`, `unsd_2023`,
    /// `open_sdg`, `destatis`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(chiso::Scheme::OpenSdg.name(), "open_sdg");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Unsd2022 => "unsd_2022",
            Scheme::Unsd2023 => "unsd_2023",
            Scheme::OpenSdg => "open_sdg",
            Scheme::Destatis => "destatis",
        }
    }

    /// The scheme as a reader of `lang` names it.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Lang, Scheme};
    /// assert_eq!(Scheme::Destatis.label(Lang::Vi), "ký hiệu thời tiết của Destatis");
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Scheme::Unsd2022, Lang::En) => "UNSD Progress Chart 2022",
            (Scheme::Unsd2023, Lang::En) => "UNSD Progress Chart 2023",
            (Scheme::OpenSdg, Lang::En) => "Open SDG / Statistics Canada",
            (Scheme::Destatis, Lang::En) => "Destatis weather symbols",
            (Scheme::Unsd2022, Lang::Vi) => "biểu đồ tiến độ UNSD 2022",
            (Scheme::Unsd2023, Lang::Vi) => "biểu đồ tiến độ UNSD 2023",
            (Scheme::OpenSdg, Lang::Vi) => "Open SDG / Thống kê Canada",
            (Scheme::Destatis, Lang::Vi) => "ký hiệu thời tiết của Destatis",
        }
    }

    /// What the scheme's measure is called in `lang`: `CR`, `progress ratio`, `R`, `miss`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Lang, Scheme};
    /// assert_eq!(Scheme::Destatis.measure_label(Lang::Vi), "mức hụt");
    /// ```
    pub fn measure_label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Scheme::Unsd2022, _) => "CR",
            (Scheme::Unsd2023, Lang::En) => "progress ratio",
            (Scheme::Unsd2023, Lang::Vi) => "tỷ lệ tiến độ",
            (Scheme::OpenSdg, _) => "R",
            (Scheme::Destatis, Lang::En) => "miss",
            (Scheme::Destatis, Lang::Vi) => "mức hụt",
        }
    }

    /// The classes from the worst measure to the best, each with the cut-off above it: a
    /// measure equal to a cut-off goes up when the flag says so.
    fn ladder(self) -> (&'static [ProgressClass], &'static [(Decimal, bool)]) {
        match self {
            Scheme::Unsd2022 => (&unsd2022::CLASSES, &unsd2022::CUTS),
            Scheme::Unsd2023 => (&unsd2023::CLASSES, &unsd2023::CUTS),
            Scheme::OpenSdg => (&open_sdg::CLASSES, &open_sdg::CUTS),
            Scheme::Destatis => (&destatis::CLASSES, &destatis::CUTS),
        }
    }

    /// The class of a target already met.
    fn met_class(self) -> ProgressClass {
        match self {
            Scheme::Unsd2022 => ProgressClass::Unsd2022Achieved,
            Scheme::Unsd2023 => ProgressClass::Unsd2023OnTrack,
            Scheme::OpenSdg => ProgressClass::OpenSdgAchieved,
            Scheme::Destatis => ProgressClass::DestatisSun,
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Scheme {
    type Err = Error;

    fn from_str(name: &str) -> Result<Scheme> {
        Scheme::ALL.into_iter().find(|s| s.name() == name).ok_or_else(|| {
            Error::invalid("progress scheme", name, "expected unsd_2022, unsd_2023, open_sdg or destatis")
        })
    }
}

/// A class of progress, of one scheme.
///
/// # Example
///
/// ```
/// use chiso::{Lang, ProgressClass, Scheme};
///
/// let fair = ProgressClass::Unsd2022Fair;
/// assert_eq!((fair.scheme(), fair.name()), (Scheme::Unsd2022, "fair_progress"));
/// assert_eq!(fair.label(Lang::Vi), "có tiến bộ nhưng cần tăng tốc");
/// assert!(ProgressClass::DestatisSun.is_top());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProgressClass {
    /// UNSD 2022: the target is already achieved.
    Unsd2022Achieved,
    /// UNSD 2022: CR ≥ 0.95, substantial progress or on track.
    Unsd2022Substantial,
    /// UNSD 2022: 0.5 ≤ CR < 0.95, fair progress but acceleration needed.
    Unsd2022Fair,
    /// UNSD 2022: −0.1 ≤ CR < 0.5, limited or no progress.
    Unsd2022Limited,
    /// UNSD 2022: CR < −0.1, deterioration.
    Unsd2022Deterioration,
    /// UNSD 2023: ratio ≥ 0.95, on track or target met.
    Unsd2023OnTrack,
    /// UNSD 2023: 0.10 ≤ ratio < 0.95, fair progress but acceleration needed.
    Unsd2023Fair,
    /// UNSD 2023: ratio < 0.10, stagnation or regression.
    Unsd2023Stagnation,
    /// Open SDG: the target is achieved.
    OpenSdgAchieved,
    /// Open SDG: R ≥ 0.95, on track.
    OpenSdgOnTrack,
    /// Open SDG: 0.6 ≤ R < 0.95, progress made but acceleration needed.
    OpenSdgAcceleration,
    /// Open SDG: 0 ≤ R < 0.6, limited progress.
    OpenSdgLimited,
    /// Open SDG: R < 0, deterioration.
    OpenSdgDeterioration,
    /// Destatis: the projection misses by under 5% of the distance to go (or the target is met).
    DestatisSun,
    /// Destatis: a miss of 5% to 20%.
    DestatisSlightlyCloudy,
    /// Destatis: a miss of over 20%, moving in the right direction.
    DestatisCloudy,
    /// Destatis: moving in the wrong direction.
    DestatisThunderstorm,
}

impl ProgressClass {
    /// The scheme the class belongs to.
    ///
    /// # Example
    ///
    /// See [`ProgressClass`].
    pub fn scheme(self) -> Scheme {
        use ProgressClass::*;
        match self {
            Unsd2022Achieved | Unsd2022Substantial | Unsd2022Fair | Unsd2022Limited | Unsd2022Deterioration => {
                Scheme::Unsd2022
            }
            Unsd2023OnTrack | Unsd2023Fair | Unsd2023Stagnation => Scheme::Unsd2023,
            OpenSdgAchieved | OpenSdgOnTrack | OpenSdgAcceleration | OpenSdgLimited | OpenSdgDeterioration => {
                Scheme::OpenSdg
            }
            DestatisSun | DestatisSlightlyCloudy | DestatisCloudy | DestatisThunderstorm => Scheme::Destatis,
        }
    }

    /// The name, unique within its scheme: `target_achieved`, `substantial_progress`,
    /// `fair_progress`, `limited_progress`, `deterioration`, `on_track_or_met`,
    /// `stagnation_or_regression`, `on_track`, `acceleration_needed`, `sun`,
    /// `slightly_cloudy`, `cloudy`, `thunderstorm`.
    ///
    /// # Example
    ///
    /// See [`ProgressClass`].
    pub fn name(self) -> &'static str {
        use ProgressClass::*;
        match self {
            Unsd2022Achieved | OpenSdgAchieved => "target_achieved",
            Unsd2022Substantial => "substantial_progress",
            Unsd2022Fair | Unsd2023Fair => "fair_progress",
            Unsd2022Limited | OpenSdgLimited => "limited_progress",
            Unsd2022Deterioration | OpenSdgDeterioration => "deterioration",
            Unsd2023OnTrack => "on_track_or_met",
            Unsd2023Stagnation => "stagnation_or_regression",
            OpenSdgOnTrack => "on_track",
            OpenSdgAcceleration => "acceleration_needed",
            DestatisSun => "sun",
            DestatisSlightlyCloudy => "slightly_cloudy",
            DestatisCloudy => "cloudy",
            DestatisThunderstorm => "thunderstorm",
        }
    }

    /// The class as the scheme's publications name it in `lang`.
    ///
    /// # Example
    ///
    /// See [`ProgressClass`].
    pub fn label(self, lang: Lang) -> &'static str {
        use ProgressClass::*;
        match (self, lang) {
            (Unsd2022Achieved | OpenSdgAchieved, Lang::En) => "target achieved",
            (Unsd2022Achieved | OpenSdgAchieved, Lang::Vi) => "đã đạt mục tiêu",
            (Unsd2022Substantial, Lang::En) => "substantial progress / on track",
            (Unsd2022Substantial, Lang::Vi) => "tiến bộ đáng kể / đúng lộ trình",
            (Unsd2022Fair | Unsd2023Fair, Lang::En) => "fair progress but acceleration needed",
            (Unsd2022Fair | Unsd2023Fair, Lang::Vi) => "có tiến bộ nhưng cần tăng tốc",
            (Unsd2022Limited, Lang::En) => "limited or no progress",
            (Unsd2022Limited, Lang::Vi) => "tiến bộ hạn chế hoặc không tiến bộ",
            (Unsd2022Deterioration | OpenSdgDeterioration, Lang::En) => "deterioration",
            (Unsd2022Deterioration | OpenSdgDeterioration, Lang::Vi) => "thụt lùi",
            (Unsd2023OnTrack, Lang::En) => "on track or target met",
            (Unsd2023OnTrack, Lang::Vi) => "đúng lộ trình hoặc đã đạt mục tiêu",
            (Unsd2023Stagnation, Lang::En) => "stagnation or regression",
            (Unsd2023Stagnation, Lang::Vi) => "đình trệ hoặc thụt lùi",
            (OpenSdgOnTrack, Lang::En) => "on track",
            (OpenSdgOnTrack, Lang::Vi) => "đúng lộ trình",
            (OpenSdgAcceleration, Lang::En) => "progress made but acceleration needed",
            (OpenSdgAcceleration, Lang::Vi) => "có tiến bộ nhưng cần tăng tốc",
            (OpenSdgLimited, Lang::En) => "limited progress",
            (OpenSdgLimited, Lang::Vi) => "tiến bộ hạn chế",
            (DestatisSun, Lang::En) => "sun",
            (DestatisSun, Lang::Vi) => "nắng",
            (DestatisSlightlyCloudy, Lang::En) => "slightly cloudy",
            (DestatisSlightlyCloudy, Lang::Vi) => "ít mây",
            (DestatisCloudy, Lang::En) => "cloudy",
            (DestatisCloudy, Lang::Vi) => "nhiều mây",
            (DestatisThunderstorm, Lang::En) => "thunderstorm",
            (DestatisThunderstorm, Lang::Vi) => "giông bão",
        }
    }

    /// Whether it is its scheme's best class (or its target-achieved class): a target in
    /// such a class is on track.
    ///
    /// # Example
    ///
    /// See [`ProgressClass`].
    pub fn is_top(self) -> bool {
        use ProgressClass::*;
        matches!(
            self,
            Unsd2022Achieved | Unsd2022Substantial | Unsd2023OnTrack | OpenSdgAchieved | OpenSdgOnTrack | DestatisSun
        )
    }
}

impl fmt::Display for ProgressClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for ProgressClass {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Why progress cannot be assessed from the figures given.
///
/// # Example
///
/// ```
/// use chiso::{Lang, Unassessable};
/// let gap = Unassessable::TooFewPoints { have: 3, need: 4 };
/// assert_eq!(gap.kind(), "too_few_points");
/// assert!(gap.render(Lang::En).contains("3 consecutive yearly figures"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unassessable {
    /// The base figure is zero (or its printed bounds allow zero): growth from zero is
    /// undefined.
    ZeroBase,
    /// The figures (or the target) do not all have one sign: a compound growth across zero is
    /// undefined.
    SignChange,
    /// The figures are negative: the compound-growth schemes need positive figures.
    Negative,
    /// The base figure is the target (or its bounds allow it): there is no way to go, so the
    /// ratio is undefined.
    BaseAtTarget,
    /// The latest figure is or may be the target itself while not surely meeting it (Destatis
    /// measures the miss against the distance still to go).
    CurrentAtTarget,
    /// Too few consecutive yearly figures ending at the latest (Destatis needs four).
    TooFewPoints {
        /// Consecutive yearly figures ending at the latest year.
        have: usize,
        /// The figures the scheme needs.
        need: usize,
    },
}

impl Unassessable {
    /// The name: `zero_base`, `sign_change`, `negative`, `base_at_target`, `current_at_target`, `too_few_points`.
    ///
    /// # Example
    ///
    /// See [`Unassessable`].
    pub fn kind(self) -> &'static str {
        match self {
            Unassessable::ZeroBase => "zero_base",
            Unassessable::SignChange => "sign_change",
            Unassessable::Negative => "negative",
            Unassessable::BaseAtTarget => "base_at_target",
            Unassessable::CurrentAtTarget => "current_at_target",
            Unassessable::TooFewPoints { .. } => "too_few_points",
        }
    }

    /// Why, as a clause in `lang`.
    ///
    /// # Example
    ///
    /// See [`Unassessable`].
    pub fn render(self, lang: Lang) -> String {
        match (self, lang) {
            (Unassessable::ZeroBase, Lang::En) => {
                "the base figure is or may be zero, and growth from zero is undefined".into()
            }
            (Unassessable::ZeroBase, Lang::Vi) => {
                "số liệu năm gốc bằng hoặc có thể bằng 0, không tính được tốc độ tăng từ 0".into()
            }
            (Unassessable::SignChange, Lang::En) => {
                "the figures cross zero, and a compound growth rate across zero is undefined".into()
            }
            (Unassessable::SignChange, Lang::Vi) => {
                "số liệu đổi dấu qua 0, không tính được tốc độ tăng bình quân".into()
            }
            (Unassessable::Negative, Lang::En) => {
                "the figures are negative, and this scheme's compound growth needs positive figures".into()
            }
            (Unassessable::Negative, Lang::Vi) => {
                "số liệu âm, phương pháp này cần số liệu dương để tính tốc độ tăng bình quân".into()
            }
            (Unassessable::BaseAtTarget, Lang::En) => {
                "the base figure is or may be the target itself, so there is no way to go to measure progress on".into()
            }
            (Unassessable::BaseAtTarget, Lang::Vi) => {
                "số liệu năm gốc bằng hoặc có thể bằng chính mục tiêu, không đo được tiến độ".into()
            }
            (Unassessable::CurrentAtTarget, Lang::En) => {
                "the latest figure may be the target itself, so the distance still to go may be zero".into()
            }
            (Unassessable::CurrentAtTarget, Lang::Vi) => {
                "số liệu gần nhất có thể bằng chính mục tiêu, khoảng cách còn lại có thể bằng 0".into()
            }
            (Unassessable::TooFewPoints { have, need }, Lang::En) => format!(
                "there are {have} consecutive yearly figures up to the latest, and the scheme needs at least {need}"
            ),
            (Unassessable::TooFewPoints { have, need }, Lang::Vi) => {
                format!("chỉ có {have} năm số liệu liên tiếp đến năm gần nhất, phương pháp cần ít nhất {need}")
            }
        }
    }
}

/// The figures progress is measured from: a yearly series from the base year to the latest,
/// a target for a later year, and which way is better.
#[derive(Debug, Clone)]
struct Input<'a> {
    series: &'a [(i32, Estimate)],
    target: Decimal,
    target_year: i32,
    polarity: Polarity,
    limit: Option<Decimal>,
}

impl Input<'_> {
    fn base(&self) -> (i32, &Estimate) {
        let (year, value) = &self.series[0];
        (*year, value)
    }

    fn current(&self) -> (i32, &Estimate) {
        let (year, value) = &self.series[self.series.len() - 1];
        (*year, value)
    }

    /// `+1` when higher is better, else `−1`.
    fn direction(&self) -> Decimal {
        match self.polarity {
            Polarity::HigherIsBetter => Decimal::ONE,
            Polarity::LowerIsBetter => Decimal::NEGATIVE_ONE,
        }
    }

    /// Whether every value of the latest figure meets the target, and whether some does.
    fn met(&self) -> (bool, bool) {
        let now = self.current().1.interval();
        match self.polarity {
            Polarity::HigherIsBetter => (now.all_at_least(self.target), !now.all_less_than(self.target)),
            Polarity::LowerIsBetter => (now.all_at_most(self.target), !now.all_more_than(self.target)),
        }
    }
}

/// What a scheme computes: its measure and, for the projecting schemes, the projection.
struct Measured {
    measure: Estimate,
    projection: Option<Estimate>,
}

/// A scheme's measure, or why it has none; an error for arithmetic beyond a decimal's range.
type Outcome = Result<std::result::Result<Measured, Unassessable>>;

/// Progress towards a level target: the scheme, its measure with the interval the printed
/// figures allow, the projection when the scheme makes one, the figures it came from, and the
/// class, or the classes the measure lies between.
///
/// # Example
///
/// ```
/// use chiso::{progress, Estimate, Polarity, ProgressClass, Scheme};
/// use rust_decimal::Decimal;
///
/// let series = [(2015, Estimate::from(Decimal::from(80))), (2022, Estimate::from(Decimal::from(88)))];
/// let p = progress::assess(Scheme::Unsd2022, &series, Decimal::from(100), 2030, Polarity::HigherIsBetter, None)?;
/// assert_eq!(p.measure().unwrap().value().round_dp(6).to_string(), "0.914690");
/// assert_eq!(p.class(), Some(ProgressClass::Unsd2022Fair));
/// assert_eq!(p.class_name(), "fair_progress");
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    scheme: Scheme,
    measure: Option<Estimate>,
    projection: Option<Estimate>,
    base_year: i32,
    base: Estimate,
    current_year: i32,
    current: Estimate,
    target: Decimal,
    target_year: i32,
    class: Option<ProgressClass>,
    between: Vec<ProgressClass>,
}

impl Progress {
    /// The scheme.
    ///
    /// # Example
    ///
    /// See [`Progress`].
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The measure the class is read from: CR (UNSD 2022), the ratio (UNSD 2023), R scaled
    /// by C near a natural limit (Open SDG), or the miss as a share of the distance to go
    /// (Destatis); `None` for a target already met whose measure is undefined.
    ///
    /// # Example
    ///
    /// See [`Progress`].
    pub fn measure(&self) -> Option<&Estimate> {
        self.measure.as_ref()
    }

    /// The value projected for the target year, for the schemes that project (UNSD 2023,
    /// Destatis).
    ///
    /// # Example
    ///
    /// See [`assess`].
    pub fn projection(&self) -> Option<&Estimate> {
        self.projection.as_ref()
    }

    /// The base year and figure.
    ///
    /// # Example
    ///
    /// See [`assess`].
    pub fn base(&self) -> (i32, &Estimate) {
        (self.base_year, &self.base)
    }

    /// The latest year and figure.
    ///
    /// # Example
    ///
    /// See [`assess`].
    pub fn current(&self) -> (i32, &Estimate) {
        (self.current_year, &self.current)
    }

    /// The target value and its year.
    ///
    /// # Example
    ///
    /// See [`assess`].
    pub fn target(&self) -> (Decimal, i32) {
        (self.target, self.target_year)
    }

    /// The class, or `None` when the measure's interval lies across a cut-off.
    ///
    /// # Example
    ///
    /// See [`Progress`].
    pub fn class(&self) -> Option<ProgressClass> {
        self.class
    }

    /// The classes an undetermined measure lies between, in the order of the measure (a
    /// target that may be met adds its met class last); empty when the class is known.
    ///
    /// # Example
    ///
    /// See [`assess`].
    pub fn between(&self) -> &[ProgressClass] {
        &self.between
    }

    /// The class's name, or `undetermined`.
    ///
    /// # Example
    ///
    /// See [`Progress`].
    pub fn class_name(&self) -> &'static str {
        self.class.map_or("undetermined", ProgressClass::name)
    }

    /// The class as a reader of `lang` says it; an undetermined class names the classes it
    /// lies between: `undetermined (between fair progress … and on track …)`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{progress, Estimate, Lang, Polarity, Scheme};
    /// use rust_decimal::Decimal;
    ///
    /// let series = [(2015, Estimate::from(Decimal::from(80))), (2022, Estimate::from(Decimal::from(88)))];
    /// let p = progress::assess(Scheme::Destatis, &series, Decimal::from(100), 2030, Polarity::HigherIsBetter, None);
    /// assert!(p.is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn class_label(&self, lang: Lang) -> String {
        match (self.class, lang) {
            (Some(c), _) => c.label(lang).to_string(),
            (None, Lang::En) => format!("undetermined (between {})", self.between_labels(lang, " and ")),
            (None, Lang::Vi) => format!("chưa xác định được (giữa {})", self.between_labels(lang, " và ")),
        }
    }

    fn between_labels(&self, lang: Lang, and: &str) -> String {
        self.between.iter().map(|c| c.label(lang)).collect::<Vec<_>>().join(and)
    }

    /// Whether the class is the scheme's best (or the target is met): on track.
    pub(crate) fn on_track(&self) -> Option<bool> {
        match self.class {
            Some(c) => Some(c.is_top()),
            None if self.between.iter().all(|c| !c.is_top()) => Some(false),
            None if self.between.iter().all(|c| c.is_top()) => Some(true),
            None => None,
        }
    }
}

/// Progress towards `target` in `target_year` under `scheme`, from a yearly `series` whose
/// first figure is the base year's and whose last is the latest; `limit` is the indicator's
/// natural limit on the good side (e.g. 100 for a percent share), used by Open SDG when the
/// target is at it.
///
/// A target the latest figure already meets takes the scheme's target-achieved class (UNSD
/// 2023: on track or met; Destatis: sun).
///
/// # Errors
///
/// [`Error::InvalidInput`] for fewer than two figures, years not increasing, or a target year
/// not after the latest; [`Error::Undefined`] when the scheme cannot assess the figures
/// ([`Unassessable`], said in English); [`Error::Overflow`].
///
/// # Example
///
/// ```
/// use chiso::{progress, Estimate, Polarity, ProgressClass, Scheme};
/// use rust_decimal::Decimal;
///
/// let e = |v: i64| Estimate::from(Decimal::from(v));
/// // 60, 62, 64, 66 from 2019 to 2022: 2 a year, 82 by 2030, against a target of 90:
/// // the miss is (90 − 82) / (90 − 66) = 1/3 of the way still to go.
/// let series = [(2019, e(60)), (2020, e(62)), (2021, e(64)), (2022, e(66))];
/// let p = progress::assess(Scheme::Destatis, &series, Decimal::from(90), 2030, Polarity::HigherIsBetter, None)?;
/// assert_eq!(p.projection().unwrap().value(), Decimal::from(82));
/// assert_eq!(p.class(), Some(ProgressClass::DestatisCloudy));
/// assert_eq!((p.base().0, p.current().0, p.target()), (2019, 2022, (Decimal::from(90), 2030)));
/// assert!(p.between().is_empty());
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn assess(
    scheme: Scheme,
    series: &[(i32, Estimate)],
    target: Decimal,
    target_year: i32,
    polarity: Polarity,
    limit: Option<Decimal>,
) -> Result<Progress> {
    assess_figures(scheme, series, target, target_year, polarity, limit)?.map_err(|gap| {
        Error::Undefined(format!("{} cannot assess progress: {}", scheme.label(Lang::En), gap.render(Lang::En)))
    })
}

/// As [`assess`], with why the scheme cannot assess the figures kept apart from errors.
pub(crate) fn assess_figures(
    scheme: Scheme,
    series: &[(i32, Estimate)],
    target: Decimal,
    target_year: i32,
    polarity: Polarity,
    limit: Option<Decimal>,
) -> Result<std::result::Result<Progress, Unassessable>> {
    if series.len() < 2 {
        return Err(Error::invalid(
            "progress series",
            format!("{} figures", series.len()),
            "progress needs a base year's figure and a later one",
        ));
    }
    if series.windows(2).any(|w| w[0].0 >= w[1].0) {
        let years: Vec<String> = series.iter().map(|(y, _)| y.to_string()).collect();
        return Err(Error::invalid("progress series", years.join(", "), "the years must increase"));
    }
    let input = Input { series, target, target_year, polarity, limit };
    let (current_year, current) = input.current();
    if target_year <= current_year {
        return Err(Error::invalid(
            "target year",
            target_year.to_string(),
            format!("progress is towards a target after the latest figure's year, {current_year}"),
        ));
    }
    let measured = match scheme {
        Scheme::Unsd2022 => unsd2022::measure(&input)?,
        Scheme::Unsd2023 => unsd2023::measure(&input)?,
        Scheme::OpenSdg => open_sdg::measure(&input)?,
        Scheme::Destatis => destatis::measure(&input)?,
    };
    let (all_met, some_met) = input.met();
    let (classes, cuts) = scheme.ladder();
    let (measure, projection, class, between) = match measured {
        Ok(Measured { measure, projection }) => {
            let (mut class, mut between) = classify(&measure.interval(), classes, cuts);
            if all_met {
                (class, between) = (Some(scheme.met_class()), Vec::new());
            } else if some_met {
                let mut all: Vec<ProgressClass> =
                    if between.is_empty() { class.into_iter().collect() } else { between };
                if !all.contains(&scheme.met_class()) {
                    all.push(scheme.met_class());
                }
                (class, between) = if all.len() == 1 { (Some(all[0]), Vec::new()) } else { (None, all) };
            }
            (Some(measure), projection, class, between)
        }
        Err(_) if all_met => (None, None, Some(scheme.met_class()), Vec::new()),
        Err(gap) => return Ok(Err(gap)),
    };
    let (base_year, base) = input.base();
    Ok(Ok(Progress {
        scheme,
        measure,
        projection,
        base_year,
        base: base.clone(),
        current_year,
        current: current.clone(),
        target,
        target_year,
        class,
        between,
    }))
}

/// The class of every value of `measure`, or the classes it lies between. `classes` run
/// from the worst measure to the best (the reverse for Destatis, whose measure is a miss),
/// `cuts[i]` parting `classes[i]` from `classes[i + 1]`.
fn classify(
    measure: &Interval,
    classes: &[ProgressClass],
    cuts: &[(Decimal, bool)],
) -> (Option<ProgressClass>, Vec<ProgressClass>) {
    // The index of the class of the values just at, above or below an end.
    let rank = |end: Endpoint, is_low: bool| -> usize {
        match end {
            Endpoint::Unbounded if is_low => 0,
            Endpoint::Unbounded => cuts.len(),
            Endpoint::Closed(v) => cuts.iter().filter(|(c, up)| v > *c || (v == *c && *up)).count(),
            // Values just above an open low end: every cut at or below it is passed.
            Endpoint::Open(v) if is_low => cuts.iter().filter(|(c, _)| v >= *c).count(),
            // Values just below an open high end: only the cuts below it are passed.
            Endpoint::Open(v) => cuts.iter().filter(|(c, _)| v > *c).count(),
        }
    };
    let (low, high) = (rank(measure.low(), true), rank(measure.high(), false));
    if low == high {
        (Some(classes[low]), Vec::new())
    } else {
        (None, classes[low..=high].to_vec())
    }
}

/// A point value and its interval, as a measure without unit.
fn ratio(value: Decimal, interval: Interval) -> Estimate {
    Estimate::derived(value, interval, None)
}

/// Whether every value of the figures is positive, or why not: zero in the base, a sign
/// change, or all negative.
fn positive(figures: &[&Interval]) -> std::result::Result<(), Unassessable> {
    if figures.iter().all(|i| i.all_more_than(Decimal::ZERO)) {
        return Ok(());
    }
    if figures.iter().all(|i| i.all_less_than(Decimal::ZERO)) {
        return Err(Unassessable::Negative);
    }
    if figures[0].contains(Decimal::ZERO) || figures[0].low_value() == Some(Decimal::ZERO) {
        return Err(Unassessable::ZeroBase);
    }
    Err(Unassessable::SignChange)
}

#[cfg(test)]
mod tests;
