//! Interval ends computed exactly at the corners of a box of inputs.
//!
//! Every growth function is monotone in each argument while the others are held, so its
//! extremes over a box of input intervals lie at the box's corners, or are the limits it
//! approaches where a side is unbounded. Each finite corner is computed exactly and rounded
//! once, outward, so an interval is within a unit of the 28th digit of the exact range,
//! whatever the magnitudes of the inputs and however much they cancel.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use crate::arith::Round;
use crate::error::{Error, Result};
use crate::interval::{Endpoint, Interval};

/// One coordinate of a corner: a finite end, or the infinity an unbounded end stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coord {
    NegInf,
    Fin(Decimal),
    PosInf,
}

/// What a function approaches at a corner where an argument is infinite, or where a divisor's
/// open end sits at zero (a pole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Limit {
    /// −∞ (a negative sign) or +∞.
    Infinite(i8),
    /// A finite limit, and whether it is only approached (open) rather than reached.
    Value(Decimal, bool),
    /// No single limit there (∞ − ∞, ∞ / ∞); the other corners bound the range.
    Indeterminate,
}

/// A candidate end: a value on the extended line, and whether it is open.
#[derive(Debug, Clone, Copy)]
enum Candidate {
    NegInf,
    Fin(Decimal, bool),
    PosInf,
}

impl Candidate {
    fn rank(self) -> i8 {
        match self {
            Candidate::NegInf => -1,
            Candidate::Fin(..) => 0,
            Candidate::PosInf => 1,
        }
    }

    /// Whether `self` reaches at least as low as `other`: smaller, or equal and closed where
    /// `other` is open.
    fn reaches_below(self, other: Candidate) -> bool {
        match (self, other) {
            (Candidate::Fin(a, a_open), Candidate::Fin(b, b_open)) => match a.cmp(&b) {
                Ordering::Equal => !a_open || b_open,
                order => order == Ordering::Less,
            },
            (a, b) => a.rank() <= b.rank(),
        }
    }

    /// Whether `self` reaches at least as high as `other`.
    fn reaches_above(self, other: Candidate) -> bool {
        match (self, other) {
            (Candidate::Fin(a, a_open), Candidate::Fin(b, b_open)) => match a.cmp(&b) {
                Ordering::Equal => !a_open || b_open,
                order => order == Ordering::Greater,
            },
            (a, b) => a.rank() >= b.rank(),
        }
    }
}

/// The rules of one function over a box of `N` inputs.
pub(crate) struct Corners<F, M, L, C> {
    /// The exact value at a finite corner, rounded once in the direction given.
    pub(crate) value: F,
    /// Whether the function moves with argument `i` at a corner: only then does an open end
    /// there leave the corner's value unattained.
    pub(crate) moves: M,
    /// The limit at a corner, given each coordinate and whether its end is open: `Some` where
    /// an argument is infinite or the function has a pole, `None` where the exact value applies.
    pub(crate) limit: L,
    /// The corner of the minimum when the box's finite ends settle it (`true` for an
    /// argument's high end); the maximum is then at the opposite corner. Two corners instead
    /// of all, the common case made cheap.
    pub(crate) low_corner: C,
}

impl<F, M, L, C> Corners<F, M, L, C> {
    /// The interval of the function over the box whose sides are `sides`.
    ///
    /// # Errors
    ///
    /// What the function's exact value gives ([`Error::Overflow`]), or [`Error::Undefined`]
    /// when no corner bounds one side.
    pub(crate) fn interval<const N: usize>(&self, sides: [Interval; N], what: &'static str) -> Result<Interval>
    where
        F: Fn([Decimal; N], Round) -> Result<Decimal>,
        M: Fn([Decimal; N], usize) -> bool,
        L: Fn([(Coord, bool); N]) -> Option<Limit>,
        C: Fn([Decimal; N], [Decimal; N]) -> Option<[bool; N]>,
    {
        let at = |corner: [bool; N], mode: Round| -> Result<Option<Candidate>> {
            let ends: [Endpoint; N] = std::array::from_fn(|i| if corner[i] { sides[i].high() } else { sides[i].low() });
            let coords: [Coord; N] = std::array::from_fn(|i| match ends[i].value() {
                Some(v) => Coord::Fin(v),
                None if corner[i] => Coord::PosInf,
                None => Coord::NegInf,
            });
            let limit = (self.limit)(std::array::from_fn(|i| (coords[i], ends[i].is_open())));
            let point = finite(coords);
            let limit = match (limit, point) {
                (Some(limit), _) => Some(limit),
                // OK because a limit closure names every corner with an infinite argument; one
                // it leaves out bounds nothing.
                (None, None) => Some(Limit::Indeterminate),
                (None, Some(_)) => None,
            };
            if let Some(limit) = limit {
                return Ok(match limit {
                    Limit::Infinite(sign) if sign < 0 => Some(Candidate::NegInf),
                    Limit::Infinite(_) => Some(Candidate::PosInf),
                    Limit::Value(v, open) => Some(Candidate::Fin(v, open)),
                    Limit::Indeterminate => None,
                });
            }
            let Some(point) = point else { return Ok(None) };
            let value = (self.value)(point, mode)?;
            let unattained = (0..N).any(|i| ends[i].is_open() && (self.moves)(point, i));
            Ok(Some(Candidate::Fin(value, unattained)))
        };
        let lows = finite(std::array::from_fn(|i| sides[i].low().value().map_or(Coord::NegInf, Coord::Fin)));
        let highs = finite(std::array::from_fn(|i| sides[i].high().value().map_or(Coord::PosInf, Coord::Fin)));
        let fast = lows.zip(highs).and_then(|(lows, highs)| Some((lows, highs, (self.low_corner)(lows, highs)?)));
        // The common case, a closed box of finite ends whose extremes sit at two known corners
        // without a pole: each end is the value there, closed.
        if let Some((lows, highs, corner)) = fast {
            let closed = sides.iter().all(|side| !side.low().is_open() && !side.high().is_open());
            let low_point: [Decimal; N] = std::array::from_fn(|i| if corner[i] { highs[i] } else { lows[i] });
            let high_point: [Decimal; N] = std::array::from_fn(|i| if corner[i] { lows[i] } else { highs[i] });
            let no_limit = |point: [Decimal; N]| (self.limit)(point.map(|v| (Coord::Fin(v), false))).is_none();
            if closed && no_limit(low_point) && no_limit(high_point) {
                let low = (self.value)(low_point, Round::Down)?;
                let high = (self.value)(high_point, Round::Up)?;
                return Interval::new(Endpoint::Closed(low), Endpoint::Closed(high));
            }
        }
        let fast = fast.map(|(_, _, corner)| corner);
        let (low, high) = match fast {
            Some(corner) => (at(corner, Round::Down)?, at(corner.map(|high| !high), Round::Up)?),
            None => {
                let (mut low, mut high): (Option<Candidate>, Option<Candidate>) = (None, None);
                for bits in 0..1usize << N {
                    let corner = std::array::from_fn(|i| bits >> i & 1 == 1);
                    if let Some(down) = at(corner, Round::Down)? {
                        low = Some(low.filter(|l| l.reaches_below(down)).unwrap_or(down));
                    }
                    if let Some(up) = at(corner, Round::Up)? {
                        high = Some(high.filter(|h| h.reaches_above(up)).unwrap_or(up));
                    }
                }
                (low, high)
            }
        };
        let unbounded = || Error::Undefined(format!("{what} has no bound on one side for these inputs"));
        let low = match low.ok_or_else(unbounded)? {
            Candidate::NegInf => Endpoint::Unbounded,
            Candidate::Fin(v, open) => endpoint(v, open),
            Candidate::PosInf => return Err(unbounded()),
        };
        let high = match high.ok_or_else(unbounded)? {
            Candidate::PosInf => Endpoint::Unbounded,
            Candidate::Fin(v, open) => endpoint(v, open),
            Candidate::NegInf => return Err(unbounded()),
        };
        Interval::new(low, high)
    }
}

fn endpoint(value: Decimal, open: bool) -> Endpoint {
    if open {
        Endpoint::Open(value)
    } else {
        Endpoint::Closed(value)
    }
}

/// The corner's values when every one is finite.
fn finite<const N: usize>(coords: [Coord; N]) -> Option<[Decimal; N]> {
    let mut point = [Decimal::ZERO; N];
    for (value, coord) in point.iter_mut().zip(coords) {
        let Coord::Fin(v) = coord else { return None };
        *value = v;
    }
    Some(point)
}

/// The sign of a coordinate: −1, 0 or 1.
pub(crate) fn sign(coord: Coord) -> i8 {
    match coord {
        Coord::NegInf => -1,
        Coord::PosInf => 1,
        Coord::Fin(v) if v.is_zero() => 0,
        Coord::Fin(v) if v.is_sign_negative() => -1,
        Coord::Fin(_) => 1,
    }
}
