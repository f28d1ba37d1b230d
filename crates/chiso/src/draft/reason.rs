//! Why a figure of a text was not placed in the draft, said in either language.

use std::fmt;

use serde::Serialize;

use super::Row;
use crate::text::Lang;

/// Why a figure was left out of a draft's report. Each says what a person finishing the draft
/// should look at; [`message`](UnplacedReason::message) words it in English or Vietnamese.
///
/// Serialized as an object with a `kind` (the [`kind`](UnplacedReason::kind) name) and the
/// fields of the variant.
///
/// # Example
///
/// ```
/// use chiso::{Lang, UnplacedReason};
///
/// let reason = UnplacedReason::PreviousPeriod;
/// assert_eq!(reason.kind(), "previous_period");
/// assert_eq!(
///     reason.message(Lang::En),
///     "a change against the previous period stated as an aim, of a year to date, or not a growth; a target's growth is against the same period of the previous year"
/// );
/// assert!(reason.message(Lang::Vi).starts_with("so với kỳ trước"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UnplacedReason {
    /// No indicator of the catalogue is named around the figure.
    NoIndicator,
    /// Several indicators are named about equally well.
    AmbiguousIndicator {
        /// The ids of the candidates, best first.
        candidates: Vec<String>,
    },
    /// Neither the text nor the publication date gives the figure a year.
    NoPeriod,
    /// The indicator named does not come in the figure's unit (kWh for a money indicator).
    UnitMismatch {
        /// The indicator named.
        indicator: String,
        /// The unit printed with the figure.
        unit: String,
        /// The indicator's unit.
        expected: String,
    },
    /// A share of a plan or a budget stated as an aim or as a range (`phấn đấu đạt 105% kế
    /// hoạch`): an observation's plan completion is one figure achieved, and a target has none.
    PlanComparison,
    /// A change against the previous period that cannot be an observation's labelled growth:
    /// an aim (a target's growth is year on year), a year to date (which has no period before
    /// it), or a figure that is not a growth.
    PreviousPeriod,
    /// A second figure for a row the draft already has, published on the same day.
    Duplicate {
        /// The row that holds the first figure.
        row: Row,
    },
    /// The figure cannot be a row as read: the model refuses it, for the reason given.
    Refused {
        /// What the model said.
        message: String,
    },
}

impl UnplacedReason {
    /// The name of the kind, as in the JSON: `no_indicator`, `ambiguous_indicator`,
    /// `no_period`, `unit_mismatch`, `plan_comparison`,
    /// `previous_period`, `duplicate` or `refused`.
    ///
    /// # Example
    ///
    /// See [`UnplacedReason`].
    pub fn kind(&self) -> &'static str {
        match self {
            UnplacedReason::NoIndicator => "no_indicator",
            UnplacedReason::AmbiguousIndicator { .. } => "ambiguous_indicator",
            UnplacedReason::NoPeriod => "no_period",
            UnplacedReason::UnitMismatch { .. } => "unit_mismatch",
            UnplacedReason::PlanComparison => "plan_comparison",
            UnplacedReason::PreviousPeriod => "previous_period",
            UnplacedReason::Duplicate { .. } => "duplicate",
            UnplacedReason::Refused { .. } => "refused",
        }
    }

    /// The reason as a sentence in `lang`.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Lang, UnplacedReason};
    ///
    /// let reason = UnplacedReason::UnitMismatch {
    ///     indicator: "exports".into(),
    ///     unit: "billion kWh".into(),
    ///     expected: "billion USD".into(),
    /// };
    /// assert_eq!(reason.message(Lang::En), "the indicator exports is in billion USD, not billion kWh");
    /// assert_eq!(reason.message(Lang::Vi), "chỉ tiêu exports tính bằng billion USD, không phải billion kWh");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (UnplacedReason::NoIndicator, Lang::En) => {
                "no indicator of the catalogue is named around the figure".into()
            }
            (UnplacedReason::NoIndicator, Lang::Vi) => "không tìm thấy tên chỉ tiêu nào của danh mục quanh số liệu".into(),
            (UnplacedReason::AmbiguousIndicator { candidates }, Lang::En) => {
                format!("the words around the figure fit several indicators: {}", candidates.join(", "))
            }
            (UnplacedReason::AmbiguousIndicator { candidates }, Lang::Vi) => {
                format!("lời văn quanh số liệu hợp với nhiều chỉ tiêu: {}", candidates.join(", "))
            }
            (UnplacedReason::NoPeriod, Lang::En) => {
                "no year: the text gives none and no publication date was given".into()
            }
            (UnplacedReason::NoPeriod, Lang::Vi) => "không rõ năm: văn bản không ghi và không có ngày công bố".into(),
            (UnplacedReason::UnitMismatch { indicator, unit, expected }, Lang::En) => {
                format!("the indicator {indicator} is in {expected}, not {unit}")
            }
            (UnplacedReason::UnitMismatch { indicator, unit, expected }, Lang::Vi) => {
                format!("chỉ tiêu {indicator} tính bằng {expected}, không phải {unit}")
            }
            (UnplacedReason::PlanComparison, Lang::En) => {
                "a share of the plan or budget stated as an aim or a range; an observation's plan completion is one figure achieved".into()
            }
            (UnplacedReason::PlanComparison, Lang::Vi) => {
                "tỷ lệ so với kế hoạch hoặc dự toán nêu như mục tiêu hoặc khoảng; tỷ lệ hoàn thành kế hoạch của một số liệu là một con số đã đạt".into()
            }
            (UnplacedReason::PreviousPeriod, Lang::En) => "a change against the previous period stated as an aim, of a year to date, or not a growth; a target's growth is against the same period of the previous year".into(),
            (UnplacedReason::PreviousPeriod, Lang::Vi) => {
                "so với kỳ trước nhưng là mục tiêu, số lũy kế từ đầu năm hoặc không phải tăng trưởng; tăng trưởng của mục tiêu là so với cùng kỳ năm trước".into()
            }
            (UnplacedReason::Duplicate { row }, Lang::En) => {
                format!("{row} already holds a figure for this indicator and period, published the same day")
            }
            (UnplacedReason::Duplicate { row }, Lang::Vi) => {
                format!("{row} đã có số liệu của chỉ tiêu và kỳ này, công bố cùng ngày")
            }
            (UnplacedReason::Refused { message }, Lang::En) => format!("the figure cannot be a row: {message}"),
            (UnplacedReason::Refused { message }, Lang::Vi) => format!("số liệu không thể thành một dòng: {message}"),
        }
    }
}

impl fmt::Display for UnplacedReason {
    /// The English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_reason() -> Vec<UnplacedReason> {
        vec![
            UnplacedReason::NoIndicator,
            UnplacedReason::AmbiguousIndicator { candidates: vec!["exports".into(), "national_exports".into()] },
            UnplacedReason::NoPeriod,
            UnplacedReason::UnitMismatch { indicator: "iip".into(), unit: "kWh".into(), expected: "points".into() },
            UnplacedReason::PlanComparison,
            UnplacedReason::PreviousPeriod,
            UnplacedReason::Duplicate { row: Row::Target(2) },
            UnplacedReason::Refused { message: "no".into() },
        ]
    }

    #[test]
    fn every_reason_has_a_kind_and_a_message_in_each_language() {
        let mut kinds: Vec<&str> = every_reason().iter().map(UnplacedReason::kind).collect();
        kinds.dedup();
        assert_eq!(kinds.len(), 8);
        for reason in every_reason() {
            let json = serde_json::to_value(&reason).unwrap();
            assert_eq!(json["kind"], reason.kind());
            let (en, vi) = (reason.message(Lang::En), reason.message(Lang::Vi));
            assert!(!en.is_empty() && !vi.is_empty() && en != vi, "{reason:?}");
            assert_eq!(reason.to_string(), en);
        }
    }

    #[test]
    fn a_reason_serializes_with_its_fields() {
        let reason = UnplacedReason::AmbiguousIndicator { candidates: vec!["exports".into(), "imports".into()] };
        assert_eq!(
            serde_json::to_value(&reason).unwrap(),
            serde_json::json!({"kind": "ambiguous_indicator", "candidates": ["exports", "imports"]})
        );
        let duplicate = UnplacedReason::Duplicate { row: Row::Observation(3) };
        assert_eq!(
            serde_json::to_value(&duplicate).unwrap(),
            serde_json::json!({"kind": "duplicate", "row": {"observation": 3}})
        );
        assert_eq!(
            duplicate.message(Lang::En),
            "observations[3] already holds a figure for this indicator and period, published the same day"
        );
        assert_eq!(
            duplicate.message(Lang::Vi),
            "observations[3] đã có số liệu của chỉ tiêu và kỳ này, công bố cùng ngày"
        );
    }
}
