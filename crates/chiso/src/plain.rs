//! The integer row kernel of a rate over a positive base (a growth, a share) for plain
//! figures: a value and a closed interval each, as mantissas at one scale. One rule for a
//! single figure (`growth`) and for a row of a column, without `Decimal` arithmetic, corners
//! or limits: whatever it does not take goes to the general path, which gives the same result.
//!
//! For `x` over a base `w` positive throughout its interval, and with `x` not negative
//! throughout its own, the rate rises with `x` and falls with `w`: its low end is at
//! `(x_low, w_high)` and its high end at `(x_high, w_low)`, as `Corners` finds them for a
//! closed box without a pole, each rounded once, outward. The point is rounded once, to the
//! nearest. The scale of the mantissas cancels in every quotient.

use crate::arith::{self, Quotient, Round};

/// A figure's value and the closed ends of its interval, as mantissas at one scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Plain {
    pub(crate) low: i128,
    pub(crate) value: i128,
    pub(crate) high: i128,
}

/// Which rate: what is divided by the base at a corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rate {
    /// `(x − w) × 100 / w`: growth of `x` over `w`.
    Growth,
    /// `x × 100 / w`: the share of `w` that `x` is.
    Share,
}

/// A rate's point, and its interval's closed ends when they were asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RateRow {
    pub(crate) value: Quotient,
    pub(crate) ends: Option<[Quotient; 2]>,
}

impl Rate {
    /// The rate at `(x, w)`, `w > 0`, rounded once toward `mode`; `None` beyond 128 bits.
    #[inline]
    fn at(self, x: i128, w: i128, mode: Round) -> Option<Quotient> {
        let numerator = match self {
            Rate::Growth => x.checked_sub(w)?,
            Rate::Share => x,
        };
        arith::quotient_parts(numerator.checked_mul(100)?, w, mode)
    }

    /// The rate of `x` over the base `w`, with its interval's ends when `interval` says; `None`
    /// for a row the general path must take: a base not positive throughout (an error there),
    /// an `x` that may be negative (with `interval`), or mantissas beyond 128 bits.
    #[inline]
    pub(crate) fn row(self, x: Plain, w: Plain, interval: bool) -> Option<RateRow> {
        if w.value <= 0 || w.low <= 0 {
            return None;
        }
        let value = self.at(x.value, w.value, Round::Nearest)?;
        if !interval {
            return Some(RateRow { value, ends: None });
        }
        if x.low < 0 {
            return None;
        }
        let low = self.at(x.low, w.high, Round::Down)?;
        let high = self.at(x.high, w.low, Round::Up)?;
        Some(RateRow { value, ends: Some([low, high]) })
    }
}
