//! What the rest of the year needs: the growth the months after a year-to-date figure must
//! reach, on the same months a year earlier, for an annual target on a flow to be met.
//!
//! The method, the intervals and the flags are documented on [`RestOfYear`].

use num_bigint::BigInt;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::arith::{self, big_at_scale, Round};
use crate::corners::Corners;
use crate::error::Result;
use crate::estimate::Estimate;
use crate::figures::Figures;
use crate::growth::{growth, implied_base};
use crate::indicator::{Indicator, Measure};
use crate::interval::Interval;
use crate::period::{Period, Span};
use crate::quantity::Quantity;
use crate::reason::{estimate_in, growth_in};
use crate::target::{whole_year_level, Condition, Spec, Target};
use crate::text::Lang;
use crate::unit::Unit;

/// How many percentage points a required growth may lie beyond the year-to-date growth before
/// it is flagged [`RestFlag::Implausible`]: 20.
pub const IMPLAUSIBLE_PP: Decimal = Decimal::from_parts(20, 0, 0, false, 0);

/// What the flags on a rest-of-year requirement say; the rules are in the docs of
/// [`RestOfYear`].
///
/// # Example
///
/// ```
/// assert_eq!(chiso::RestFlag::AlreadyMet.name(), "already_met");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RestFlag {
    /// The year to date already reaches what the year needs (a floor).
    AlreadyMet,
    /// The year to date already passed the most the year allows (a ceiling).
    AlreadyMissed,
    /// The rest may fall and still meet a floor.
    MayFall,
    /// The rest must fall to keep under a ceiling.
    MustFall,
    /// The required growth lies more than [`IMPLAUSIBLE_PP`] points beyond the year to date's.
    Implausible,
    /// The printed figures allow both sides of a rule's boundary.
    Undetermined,
    /// The base (the same months a year earlier) may be zero or negative: no growth.
    BaseNotPositive,
    /// An input is printed with one bound only: the growth would be unbounded on a side.
    OneSided,
}

impl RestFlag {
    /// The name used in JSON and tables: `already_met`, `implausible`, …
    ///
    /// # Example
    ///
    /// See [`RestFlag`].
    pub fn name(self) -> &'static str {
        match self {
            RestFlag::AlreadyMet => "already_met",
            RestFlag::AlreadyMissed => "already_missed",
            RestFlag::MayFall => "may_fall",
            RestFlag::MustFall => "must_fall",
            RestFlag::Implausible => "implausible",
            RestFlag::Undetermined => "undetermined",
            RestFlag::BaseNotPositive => "base_not_positive",
            RestFlag::OneSided => "one_sided",
        }
    }
}

/// Whether the required growth is a floor, a ceiling, or a range of the two.
///
/// # Example
///
/// ```
/// assert_eq!(chiso::RestSide::Range.name(), "range");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RestSide {
    /// At least (or more than) the required growth.
    Floor,
    /// At most (or less than) the required growth.
    Ceiling,
    /// From the required growth to the upper one.
    Range,
}

impl RestSide {
    /// The name: `floor`, `ceiling`, `range`.
    ///
    /// # Example
    ///
    /// See [`RestSide`].
    pub fn name(self) -> &'static str {
        match self {
            RestSide::Floor => "floor",
            RestSide::Ceiling => "ceiling",
            RestSide::Range => "range",
        }
    }

    fn of(condition: Condition) -> RestSide {
        match condition {
            Condition::AtLeast(_) | Condition::MoreThan(_) => RestSide::Floor,
            Condition::AtMost(_) | Condition::LessThan(_) => RestSide::Ceiling,
            Condition::Between(..) => RestSide::Range,
        }
    }
}

/// What the months after a year-to-date figure need for an annual target on a flow.
///
/// # Example
///
/// See [`RestOfYear`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    year_to_date: Period,
    months: u32,
    side: RestSide,
    /// Whether the target's bound is strict (`more_than`, `less_than`), so the rest's is too.
    strict: bool,
    needed: Estimate,
    needed_upper: Option<Estimate>,
    rest_needed: Estimate,
    rest_needed_upper: Option<Estimate>,
    base_year: i32,
    base: Option<Estimate>,
    base_implied: bool,
    growth: Option<Estimate>,
    growth_upper: Option<Estimate>,
    year_to_date_growth: Option<Estimate>,
    flags: Vec<RestFlag>,
}

impl Requirement {
    /// The year-to-date period the requirement starts from: `2025-YTD06`.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn year_to_date(&self) -> Period {
        self.year_to_date
    }

    /// How many months remain: 12 less the year to date's.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn months(&self) -> u32 {
        self.months
    }

    /// Whether the growth is a floor, a ceiling or a range.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn side(&self) -> RestSide {
        self.side
    }

    /// Whether the bound is strict: the growth must be more than (or less than) the one given,
    /// as the target's `more_than` (`less_than`) says.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn is_strict(&self) -> bool {
        self.strict
    }

    /// The level the whole year needs (for a range, its low end), in the indicator's unit.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn needed(&self) -> &Estimate {
        &self.needed
    }

    /// The level the whole year needs at a range's high end.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn needed_upper(&self) -> Option<&Estimate> {
        self.needed_upper.as_ref()
    }

    /// The level the remaining months need: the year's need less the year to date.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn rest_needed(&self) -> &Estimate {
        &self.rest_needed
    }

    /// The level the remaining months need at a range's high end.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn rest_needed_upper(&self) -> Option<&Estimate> {
        self.rest_needed_upper.as_ref()
    }

    /// The year the rest is compared with: the growth target's baseline, or the previous year
    /// for a level target.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn base_year(&self) -> i32 {
        self.base_year
    }

    /// The same months of the base year: its whole year less its year to date, when known.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn base(&self) -> Option<&Estimate> {
        self.base.as_ref()
    }

    /// Whether the base year's year to date was implied by the printed year-to-date growth
    /// (see [`implied_base`]) rather than printed.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn base_implied(&self) -> bool {
        self.base_implied
    }

    /// The growth the remaining months need on the same months of the base year, in percent:
    /// a floor, a ceiling, or a range's low end (see [`Requirement::side`]).
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn growth(&self) -> Option<&Estimate> {
        self.growth.as_ref()
    }

    /// The growth at a range's high end.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn growth_upper(&self) -> Option<&Estimate> {
        self.growth_upper.as_ref()
    }

    /// The year to date's growth on the same months of the base year, printed or computed.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn year_to_date_growth(&self) -> Option<&Estimate> {
        self.year_to_date_growth.as_ref()
    }

    /// The flags; see [`RestFlag`].
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn flags(&self) -> &[RestFlag] {
        &self.flags
    }

    /// Whether a flag is set.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn has(&self, flag: RestFlag) -> bool {
        self.flags.contains(&flag)
    }
}

/// What the rest of the year needs for an annual target tracked by a year-to-date figure, or
/// why that arithmetic does not apply (an index, a rate or a stock does not add up over
/// months).
///
/// # Method
///
/// A flow adds up over the months of a year (IMF, *Quarterly National Accounts Manual*, 2017
/// edition, chapter 6 "Benchmarking and Reconciliation": the sub-annual values of a flow sum to
/// its annual total, <https://www.imf.org/external/pubs/ft/qna/>). So, with a year-to-date level
/// `Y` for months 1..m, the whole base year `P` and the same months of the base year `B`:
///
/// - the year needs `N = P × (1 + t/100)` for a growth target of `t`%, or `N = T` for a level
///   target of `T`;
/// - the rest of the year needs `N − Y`, against a base of `P − B`;
/// - the rest's required growth, in percent, is `g = 100 × (N − Y) / (P − B) − 100`.
///
/// When `B` is not printed it is implied by the printed year-to-date growth `h`:
/// `B = Y / (1 + h/100)`, and then
/// `g = 100 × (N − Y)(100 + h) / (P(100 + h) − 100Y) − 100`.
///
/// The sentences use the words of Vietnamese socio-economic reports for it: *6 tháng cuối năm
/// cần tăng …* ("the last 6 months need growth of …").
///
/// # Intervals
///
/// `N`, `N − Y` and `P − B` use each printed figure once, so interval arithmetic gives their
/// exact ranges. The growth `g` uses `P` (and, when implied, `Y`) twice, where interval
/// arithmetic would widen it; but `g` is monotone in each input while the others are held (its
/// partial derivatives have a sign that does not depend on the input that moves), so its exact
/// range lies at the corners of the box of the inputs' intervals. Each corner's value is
/// computed exactly on big integers and rounded once, outward (`corners.rs`); the point is the
/// exact value at the printed figures, correctly rounded.
///
/// An input printed with one bound only (`more than …`) leaves the growth without a bound on a
/// side, and the growth is then not computed ([`RestFlag::OneSided`]); nor is it when the base
/// `P − B` may be zero or negative ([`RestFlag::BaseNotPositive`]).
///
/// # Flags
///
/// For a floor (`at least`, `more than`, the low end of a range):
/// - [`RestFlag::AlreadyMet`]: `N − Y ≤ 0` (`< 0` for `more than`) at every value the figures
///   allow (a required growth of −100% or less): the year to date already reaches what the year
///   needs.
/// - [`RestFlag::MayFall`]: not already met, and `g < 0` throughout: the rest may fall by that
///   much and still meet the target.
/// - [`RestFlag::Implausible`]: the lowest required growth exceeds the highest year-to-date
///   growth by more than [`IMPLAUSIBLE_PP`] percentage points (a rule of chiso's own, not of a
///   published method: a pace the year so far is far from).
///
/// For a ceiling (`at most`, `less than`):
/// - [`RestFlag::AlreadyMissed`]: `N − Y < 0` (`≤ 0` for `less than`) throughout: the year to
///   date already passed the most the year allows.
/// - [`RestFlag::MustFall`]: `g < 0` throughout, not already missed: the rest must fall.
/// - [`RestFlag::Implausible`]: the highest allowed growth is more than [`IMPLAUSIBLE_PP`]
///   points below the lowest year-to-date growth.
///
/// [`RestFlag::Undetermined`] when the printed figures allow both sides of one of these rules'
/// boundaries: `N − Y` straddles zero, or `g` straddles zero.
///
/// Indices, rates and stocks do not add up over months: for them the rest of the year is
/// [`RestOfYear::NotApplicable`], never a number.
///
/// # Example
///
/// ```
/// use chiso::{Lang, Report, RestFlag};
/// use rust_decimal::Decimal;
///
/// let json = r#"{"format": "chiso.report/1",
///   "region": {"id": "VN-XX", "name": {"vi": "Tỉnh", "en": "Province"}},
///   "publisher": {"vi": "Sở", "en": "Department"},
///   "indicators": [{"id": "exports", "name": {"vi": "Xuất khẩu", "en": "Exports"},
///     "unit": "billion USD", "measure": "flow", "polarity": "higher_is_better"}],
///   "observations": [
///     {"indicator": "exports", "period": "2024", "value": "18.0", "bound": "as_printed"},
///     {"indicator": "exports", "period": "2024-YTD06", "value": "8.93", "bound": "as_printed"},
///     {"indicator": "exports", "period": "2025-YTD06", "value": "10.0", "bound": "as_printed"}],
///   "targets": [{"indicator": "exports", "period": "2025", "growth": {"at_least": "8"}}]}"#;
/// let report = Report::from_json(json)?;
/// let assessment = report.assess(&report.targets()[0])?;
/// let rest = assessment.required_rest_of_year().unwrap().requirement().unwrap();
/// assert_eq!(rest.months(), 6);
/// assert_eq!(rest.needed().value(), Decimal::new(1944, 2));
/// assert_eq!(rest.growth().unwrap().value().round_dp(2), Decimal::new(408, 2));
/// assert!(rest.flags().is_empty());
/// assert!(assessment.required_rest_of_year().unwrap().describe(Lang::Vi)
///     .starts_with("6 tháng cuối năm cần tăng 4,08%"));
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RestOfYear {
    /// What the remaining months need.
    Required(Box<Requirement>),
    /// Rest-of-year arithmetic does not apply: the indicator's months do not add up.
    NotApplicable {
        /// The year-to-date period.
        year_to_date: Period,
        /// The indicator's measure: an index, a rate or a stock.
        measure: Measure,
    },
}

impl RestOfYear {
    /// Whether the arithmetic applies (a flow).
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn is_applicable(&self) -> bool {
        matches!(self, RestOfYear::Required(_))
    }

    /// The requirement, for a flow.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn requirement(&self) -> Option<&Requirement> {
        match self {
            RestOfYear::Required(r) => Some(r),
            RestOfYear::NotApplicable { .. } => None,
        }
    }

    /// The year-to-date period.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn year_to_date(&self) -> Period {
        match self {
            RestOfYear::Required(r) => r.year_to_date,
            RestOfYear::NotApplicable { year_to_date, .. } => *year_to_date,
        }
    }

    /// How many months remain.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn months(&self) -> u32 {
        12 - self.year_to_date().month_count()
    }

    /// One sentence in `lang`: `6 tháng cuối năm cần tăng 4,08% (…) so với cùng kỳ năm 2024: …`,
    /// `The last 6 months need growth of 4.08% (…) on the same months of 2024: …`.
    ///
    /// # Example
    ///
    /// See [`RestOfYear`].
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            RestOfYear::Required(r) => describe(r, lang),
            RestOfYear::NotApplicable { measure, .. } => not_applicable(*measure, lang),
        }
    }
}

/// The rest of the year for `target`, tracked by the figure of `year_to_date`: `None` when the
/// figure is not a year to date of fewer than twelve months of an annual target, or when the
/// levels the arithmetic needs are not printed.
pub(crate) fn for_target<F: Figures + ?Sized>(
    target: &Target,
    report: &F,
    indicator: &Indicator,
    year_to_date: Period,
    needed: Option<&Estimate>,
    needed_upper: Option<&Estimate>,
) -> Result<Option<RestOfYear>> {
    let Span::YearToDate(done) = year_to_date.span() else { return Ok(None) };
    let spec = target.spec();
    if done >= 12 || target.period().span() != Span::Year || !matches!(spec, Spec::Growth(_) | Spec::Level(_)) {
        return Ok(None);
    }
    if indicator.measure() != Measure::Flow {
        return Ok(Some(RestOfYear::NotApplicable { year_to_date, measure: indicator.measure() }));
    }
    let id = indicator.id();
    let (Some(needed), Some(ytd)) = (needed, report.level(id, year_to_date)) else { return Ok(None) };
    let ytd = Estimate::from(&ytd);
    let year = target.period().calendar_year();
    let base_year = match (spec.is_growth(), target.baseline()) {
        (true, Some(baseline)) => baseline.calendar_year(),
        (true, None) => return Ok(None),
        (false, _) => year - 1,
    };
    let prev_year =
        Period::year(base_year).ok().and_then(|p| whole_year_level(report, id, p)).map(|q| Estimate::from(&q));
    let given = Period::year_to_date(base_year, done).ok().and_then(|p| report.level(id, p));
    let printed = report.printed_growth(id, year_to_date).filter(|_| base_year == year - 1);
    let prev_ytd = match (given, printed) {
        (Some(b), _) => Some(Prev::Given(Estimate::from(&b))),
        (None, Some(h)) => Some(Prev::Implied(Estimate::from(&Quantity::from_reported(h, Unit::percent())))),
        (None, None) => None,
    };
    let condition = spec.condition();
    let (low, high) = condition.thresholds();
    let need = |t: Decimal| if spec.is_growth() { Need::Growth(t) } else { Need::Level(t) };
    let rest_needed = needed.checked_sub(&ytd)?;
    let rest_needed_upper = needed_upper.map(|n| n.checked_sub(&ytd)).transpose()?;
    let mut flags = Vec::new();
    let (base, ytd_growth) = match (&prev_year, &prev_ytd) {
        (Some(p), Some(prev)) => base_and_growth(p, &ytd, prev, &mut flags)?,
        _ => (None, None),
    };
    let inputs = match (&prev_year, &prev_ytd, &base) {
        (Some(p), Some(prev), Some(_)) => Some((p, prev)),
        _ => None,
    };
    let growth = inputs.map(|(p, prev)| rest_growth(need(low), p, &ytd, prev)).transpose()?;
    let growth_upper = match (inputs, high) {
        (Some((p, prev)), Some(h)) => Some(rest_growth(need(h), p, &ytd, prev)?),
        _ => None,
    };
    let side = RestSide::of(condition);
    let strict = matches!(condition, Condition::MoreThan(_) | Condition::LessThan(_));
    flag(side, strict, &rest_needed, growth.as_ref(), ytd_growth.as_ref(), &mut flags);
    Ok(Some(RestOfYear::Required(Box::new(Requirement {
        year_to_date,
        months: 12 - done,
        side,
        strict,
        needed: needed.clone(),
        needed_upper: needed_upper.cloned(),
        rest_needed,
        rest_needed_upper,
        base_year,
        base,
        base_implied: matches!(prev_ytd, Some(Prev::Implied(_))),
        growth,
        growth_upper,
        year_to_date_growth: ytd_growth,
        flags,
    }))))
}

/// The base year's year to date: printed, or implied by the printed year-to-date growth.
enum Prev {
    Given(Estimate),
    Implied(Estimate),
}

/// What the year needs: a growth of `t`% on the base year, or a level of `T`.
#[derive(Clone, Copy)]
enum Need {
    Growth(Decimal),
    Level(Decimal),
}

/// The rest's base (`P − B`) and the year to date's growth, or `None`s with a flag saying why
/// the growth cannot be computed.
fn base_and_growth(
    p: &Estimate,
    ytd: &Estimate,
    prev: &Prev,
    flags: &mut Vec<RestFlag>,
) -> Result<(Option<Estimate>, Option<Estimate>)> {
    let x = match prev {
        Prev::Given(b) | Prev::Implied(b) => b,
    };
    let bounded = |e: &Estimate| e.low().is_some() && e.high().is_some();
    if ![p, ytd, x].into_iter().all(bounded) {
        flags.push(RestFlag::OneSided);
        return Ok((None, None));
    }
    let (b, ytd_growth) = match prev {
        Prev::Given(b) => {
            let g = if b.interval().all_more_than(Decimal::ZERO) { Some(growth(ytd, b)?) } else { None };
            (b.clone(), g)
        }
        Prev::Implied(h) if h.interval().all_more_than(-Decimal::ONE_HUNDRED) => {
            (implied_base(ytd, h)?, Some(h.clone()))
        }
        Prev::Implied(h) => {
            flags.push(RestFlag::BaseNotPositive);
            return Ok((None, Some(h.clone())));
        }
    };
    let base = p.checked_sub(&b)?;
    if !base.interval().all_more_than(Decimal::ZERO) {
        flags.push(RestFlag::BaseNotPositive);
        return Ok((None, ytd_growth));
    }
    Ok((Some(base), ytd_growth))
}

/// The growth the rest needs, in percent, with its exact range over the inputs' box.
fn rest_growth(need: Need, p: &Estimate, ytd: &Estimate, prev: &Prev) -> Result<Estimate> {
    let (x, implied) = match prev {
        Prev::Given(b) => (b, false),
        Prev::Implied(h) => (h, true),
    };
    let value = move |[p, y, x]: [Decimal; 3], mode: Round| kernel(need, implied, p, y, x, mode);
    let moves = move |[p, y, x]: [Decimal; 3], side: usize| moves(need, implied, [p, y, x], side);
    let corners = Corners {
        value,
        moves,
        // Every input is bounded and the base positive throughout: no limits, no poles.
        limit: |_: [(crate::corners::Coord, bool); 3]| None,
        // The directions depend on the signs of combinations of the inputs: try all corners.
        low_corner: |_: [Decimal; 3], _: [Decimal; 3]| None,
    };
    let interval = corners.interval([p.interval(), ytd.interval(), x.interval()], "a rest-of-year growth")?;
    let point = kernel(need, implied, p.value(), ytd.value(), x.value(), Round::Nearest)?;
    Ok(Estimate::derived(point, interval, Some(Unit::percent())))
}

/// The integers of `values` at their common scale, with `10^scale` and `100 × 10^scale`.
fn at_common_scale<const N: usize>(values: [Decimal; N]) -> ([BigInt; N], BigInt, BigInt) {
    let scale = values.iter().map(|d| d.scale()).max().unwrap_or(0);
    let one = big_at_scale(Decimal::ONE, scale);
    let hundred = big_at_scale(Decimal::ONE_HUNDRED, scale);
    (values.map(|d| big_at_scale(d, scale)), one, hundred)
}

/// `100 × N × 10^{2s}` as an integer: `P(100 + t)` or `100T`, at the common scale `s`.
fn need_times_100(need: Need, p: &BigInt, hundred: &BigInt, threshold: &BigInt) -> BigInt {
    match need {
        Need::Growth(_) => p * (hundred + threshold),
        Need::Level(_) => hundred * threshold,
    }
}

fn threshold(need: Need) -> Decimal {
    match need {
        Need::Growth(t) | Need::Level(t) => t,
    }
}

/// The required growth at one point, exact, rounded once by `mode`: with the base year's year
/// to date `x` printed, `(100N − 100Y − 100P + 100B) / (P − B)`; implied by the growth `x = h`,
/// `((100N − 100Y)(100 + h) − 100P(100 + h) + 10000Y) / (P(100 + h) − 100Y)`.
fn kernel(need: Need, implied: bool, p: Decimal, y: Decimal, x: Decimal, mode: Round) -> Result<Decimal> {
    let ([p, y, x, t], one, hundred) = at_common_scale([p, y, x, threshold(need)]);
    let n = need_times_100(need, &p, &hundred, &t);
    let (num, den) = if implied {
        let c = &hundred + &x;
        ((&n - &hundred * &y) * &c - &hundred * &p * &c + &hundred * &hundred * &y, one * (&p * &c - &hundred * &y))
    } else {
        (n - &hundred * (&y + &p - &x), one * (&p - &x))
    };
    arith::round_fraction(num, den, mode, "a rest-of-year growth")
}

/// Whether the required growth moves with input `side` (0: P, 1: Y, 2: B or h) at a point:
/// where its partial derivative there is not zero.
fn moves(need: Need, implied: bool, point: [Decimal; 3], side: usize) -> bool {
    let ([p, y, x, t], _, hundred) = at_common_scale([point[0], point[1], point[2], threshold(need)]);
    let zero = BigInt::from(0);
    // For a level target, N − Y is zero when T = Y.
    let level_gap = t != y;
    match (need, implied, side) {
        // ∂/∂P ∝ 100Y − (100 + t)B; ∂/∂B ∝ P(100 + t) − 100Y; ∂/∂Y never zero.
        (Need::Growth(_), false, 0) => &hundred * &y != (&hundred + &t) * &x,
        (_, false, 1) => true,
        (Need::Growth(_), false, _) => &p * (&hundred + &t) != &hundred * &y,
        // ∂/∂P ∝ −(T − Y); ∂/∂B ∝ T − Y.
        (Need::Level(_), false, _) => level_gap,
        // ∂/∂P ∝ Y(h − t); ∂/∂Y ∝ P(t − h); ∂/∂h ∝ −Y(P(100 + t) − 100Y).
        (Need::Growth(_), true, 0) => y != zero && t != x,
        (Need::Growth(_), true, 1) => p != zero && t != x,
        (Need::Growth(_), true, _) => y != zero && &p * (&hundred + &t) != &hundred * &y,
        // ∂/∂P ∝ −(T − Y); ∂/∂Y ∝ 100T − P(100 + h); ∂/∂h ∝ −Y(T − Y).
        (Need::Level(_), true, 0) => level_gap,
        (Need::Level(_), true, 1) => &hundred * &t != &p * (&hundred + &x),
        (Need::Level(_), true, _) => level_gap && y != zero,
    }
}

/// Sets the flags the module docs define.
fn flag(
    side: RestSide,
    strict: bool,
    rest_needed: &Estimate,
    growth: Option<&Estimate>,
    ytd_growth: Option<&Estimate>,
    flags: &mut Vec<RestFlag>,
) {
    let zero = Decimal::ZERO;
    let rest = rest_needed.interval();
    let ceiling = side == RestSide::Ceiling;
    // With nothing more (a rest of zero): `at least` is met at a need of zero, `more than` is
    // not; `at most` is kept at zero, `less than` is not.
    let (done, done_flag) = match (ceiling, strict) {
        (true, false) => (rest.all_less_than(zero), RestFlag::AlreadyMissed),
        (true, true) => (rest.all_at_most(zero), RestFlag::AlreadyMissed),
        (false, false) => (rest.all_at_most(zero), RestFlag::AlreadyMet),
        (false, true) => (rest.all_less_than(zero), RestFlag::AlreadyMet),
    };
    let not_done = match (ceiling, strict) {
        (true, false) => rest.all_at_least(zero),
        (true, true) => rest.all_more_than(zero),
        (false, false) => rest.all_more_than(zero),
        (false, true) => rest.all_at_least(zero),
    };
    if done {
        flags.push(done_flag);
    }
    let mut undetermined = !done && !not_done;
    if let (Some(g), false) = (growth, done) {
        let interval = g.interval();
        if interval.all_less_than(zero) {
            flags.push(if ceiling { RestFlag::MustFall } else { RestFlag::MayFall });
        } else if !interval.all_at_least(zero) {
            undetermined = true;
        }
        if let Some(ytd) = ytd_growth {
            if implausible(ceiling, &interval, &ytd.interval()) {
                flags.push(RestFlag::Implausible);
            }
        }
    }
    if undetermined {
        flags.push(RestFlag::Undetermined);
    }
}

/// Whether every required growth lies more than [`IMPLAUSIBLE_PP`] points beyond every
/// year-to-date growth: above it for a floor, below it for a ceiling.
fn implausible(ceiling: bool, required: &Interval, ytd: &Interval) -> bool {
    let gap = if ceiling {
        ytd.low_value().zip(required.high_value()).map(|(y, r)| y - r)
    } else {
        required.low_value().zip(ytd.high_value()).map(|(r, y)| r - y)
    };
    gap.is_some_and(|gap| gap > IMPLAUSIBLE_PP)
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The remaining months as a sentence's subject: `the last 6 months`, `December`,
/// `6 tháng cuối năm`, `tháng 12`.
fn remaining(months: u32, lang: Lang) -> String {
    match (lang, months) {
        (Lang::En, 1) => "December".to_string(),
        (Lang::En, n) => format!("the last {n} months"),
        (Lang::Vi, 1) => "tháng 12".to_string(),
        (Lang::Vi, n) => format!("{n} tháng cuối năm"),
    }
}

/// The English verb for the remaining months: `December needs`, `the last 6 months need`.
fn need(months: u32) -> &'static str {
    if months == 1 {
        "needs"
    } else {
        "need"
    }
}

/// The months done: `January–June 2025`, `6 tháng đầu năm 2025`.
fn done_in(ytd: Period, lang: Lang) -> String {
    let (m, year) = (ytd.month_count(), ytd.calendar_year());
    match (lang, m) {
        (Lang::En, 1) => format!("January {year}"),
        (Lang::En, m) => format!("January–{} {year}", MONTHS_EN[(m as usize - 1).min(11)]),
        (Lang::Vi, 1) => format!("tháng 1/{year}"),
        (Lang::Vi, m) => format!("{m} tháng đầu năm {year}"),
    }
}

fn upper_first(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// A growth's magnitude: a fall of 3% as 3%.
fn magnitude(g: &Estimate) -> Estimate {
    Estimate::derived(-g.value(), g.interval().neg(), g.unit().cloned())
}

fn describe(r: &Requirement, lang: Lang) -> String {
    let rest = remaining(r.months, lang);
    let done = done_in(r.year_to_date, lang);
    let needed = estimate_in(&r.needed, lang);
    let mut out = match (lang, r.side == RestSide::Ceiling) {
        (Lang::En, false) if r.has(RestFlag::AlreadyMet) => {
            format!("{done} already reached {needed}, what the year needs: the target holds whatever {rest} bring")
        }
        (Lang::Vi, false) if r.has(RestFlag::AlreadyMet) => {
            format!("{done} đã đạt {needed}, mức cả năm cần: mục tiêu đạt dù {rest} thế nào")
        }
        (Lang::En, true) if r.has(RestFlag::AlreadyMissed) => {
            format!("{done} already passed {needed}, the most the year allows: the target cannot be met")
        }
        (Lang::Vi, true) if r.has(RestFlag::AlreadyMissed) => {
            format!("{done} đã vượt {needed}, mức tối đa cả năm cho phép: không thể đạt mục tiêu")
        }
        _ => match (&r.growth, &r.base) {
            (Some(g), Some(base)) => with_growth(r, g, base, &rest, lang),
            _ => {
                let rest_needed = estimate_in(&r.rest_needed, lang);
                let why = if r.has(RestFlag::OneSided) {
                    match lang {
                        Lang::En => "; no growth: a figure is printed with one bound only",
                        Lang::Vi => "; không tính được tốc độ tăng: có số liệu chỉ công bố một cận",
                    }
                } else if r.has(RestFlag::BaseNotPositive) {
                    match lang {
                        Lang::En => "; no growth: the same months a year earlier may be zero or less",
                        Lang::Vi => "; không tính được tốc độ tăng: cùng kỳ năm trước có thể bằng 0 hoặc âm",
                    }
                } else {
                    ""
                };
                match (lang, r.side == RestSide::Ceiling) {
                    (Lang::En, false) => {
                        format!("{rest} {} {rest_needed} for the year to reach {needed}{why}", need(r.months))
                    }
                    (Lang::En, true) => {
                        format!("{rest} may reach at most {rest_needed} for the year to stay within {needed}{why}")
                    }
                    (Lang::Vi, false) => format!("{rest} cần đạt {rest_needed} để cả năm đạt {needed}{why}"),
                    (Lang::Vi, true) => {
                        format!("{rest} chỉ được đạt tối đa {rest_needed} để cả năm không quá {needed}{why}")
                    }
                }
            }
        },
    };
    if r.has(RestFlag::Implausible) {
        if let Some(ytd) = &r.year_to_date_growth {
            let ytd = estimate_in(ytd, lang);
            let direction = match (lang, r.side == RestSide::Ceiling) {
                (Lang::En, false) => "above",
                (Lang::En, true) => "below",
                (Lang::Vi, false) => "cao hơn",
                (Lang::Vi, true) => "thấp hơn",
            };
            out.push_str(&match lang {
                Lang::En => {
                    format!("; implausible: more than {IMPLAUSIBLE_PP} points {direction} the growth of {done}, {ytd}")
                }
                Lang::Vi => {
                    format!("; khó đạt: {direction} tốc độ tăng {done} ({ytd}) trên {IMPLAUSIBLE_PP} điểm phần trăm")
                }
            });
        }
    }
    if r.has(RestFlag::Undetermined) {
        out.push_str(match lang {
            Lang::En => "; the printed figures cannot tell which side it falls on",
            Lang::Vi => "; số liệu công bố chưa đủ để xác định",
        });
    }
    out.push('.');
    upper_first(out)
}

fn with_growth(r: &Requirement, g: &Estimate, base: &Estimate, rest: &str, lang: Lang) -> String {
    let year = r.base_year;
    let rest_needed = estimate_in(&r.rest_needed, lang);
    let base = estimate_in(base, lang);
    let levels = match lang {
        Lang::En => format!(": {rest_needed} against {base}"),
        Lang::Vi => format!(": đạt {rest_needed} so với {base}"),
    };
    let ceiling = r.side == RestSide::Ceiling;
    let head = match (lang, ceiling, &r.growth_upper) {
        (Lang::En, false, Some(upper)) => {
            format!(
                "{rest} {} growth of {} to {} on the same months of {year}",
                need(r.months),
                estimate_in(g, lang),
                estimate_in(upper, lang)
            )
        }
        (Lang::Vi, false, Some(upper)) => {
            format!("{rest} cần {} đến {} so với cùng kỳ năm {year}", growth_from(g, lang), growth_to(upper, lang))
        }
        (Lang::En, false, None) if r.has(RestFlag::MayFall) => format!(
            "{rest} may fall by {}{} on the same months of {year} and still meet the target",
            if r.strict { "less than " } else { "" },
            estimate_in(&magnitude(g), lang)
        ),
        (Lang::Vi, false, None) if r.has(RestFlag::MayFall) => format!(
            "{rest} có thể giảm {}{} so với cùng kỳ năm {year} mà vẫn đạt mục tiêu",
            if r.strict { "ít hơn " } else { "" },
            estimate_in(&magnitude(g), lang)
        ),
        (Lang::En, false, None) => format!(
            "{rest} {} growth of {}{} on the same months of {year}",
            need(r.months),
            if r.strict { "more than " } else { "" },
            estimate_in(g, lang)
        ),
        (Lang::Vi, false, None) if r.strict => {
            let growth = growth_in(g, lang);
            let strictly = match growth.strip_prefix("tăng ") {
                Some(rest) => format!("tăng hơn {rest}"),
                None => growth.replacen("giảm ", "giảm ít hơn ", 1),
            };
            format!("{rest} cần {strictly} so với cùng kỳ năm {year}")
        }
        (Lang::Vi, false, None) => format!("{rest} cần {} so với cùng kỳ năm {year}", growth_in(g, lang)),
        (Lang::En, true, _) if r.has(RestFlag::MustFall) => format!(
            "{rest} must fall by {} {} on the same months of {year}",
            if r.strict { "more than" } else { "at least" },
            estimate_in(&magnitude(g), lang)
        ),
        (Lang::Vi, true, _) if r.has(RestFlag::MustFall) => format!(
            "{rest} cần giảm {} {} so với cùng kỳ năm {year}",
            if r.strict { "hơn" } else { "ít nhất" },
            estimate_in(&magnitude(g), lang)
        ),
        (Lang::En, true, _) => format!(
            "{rest} may grow by {} {} on the same months of {year}",
            if r.strict { "less than" } else { "at most" },
            estimate_in(g, lang)
        ),
        (Lang::Vi, true, _) => format!(
            "{rest} chỉ được tăng {} {} so với cùng kỳ năm {year}",
            if r.strict { "dưới" } else { "tối đa" },
            estimate_in(g, lang)
        ),
    };
    format!("{head}{levels}")
}

/// A range's low end in Vietnamese: `tăng từ 4,08% (…)`, `từ giảm 1% (…)`.
fn growth_from(g: &Estimate, lang: Lang) -> String {
    let text = growth_in(g, lang);
    match text.strip_prefix("tăng ") {
        Some(rest) => format!("tăng từ {rest}"),
        None => format!("từ {text}"),
    }
}

/// A range's high end in Vietnamese after *tăng từ …*: `8,05% (…)`, or `giảm 1% (…)` for a fall.
fn growth_to(g: &Estimate, lang: Lang) -> String {
    let text = growth_in(g, lang);
    text.strip_prefix("tăng ").map_or(text.clone(), str::to_string)
}

fn not_applicable(measure: Measure, lang: Lang) -> String {
    let (en, vi) = match measure {
        Measure::Index => ("an index", "một chỉ số"),
        Measure::Rate => ("a rate", "một tỷ lệ"),
        Measure::Stock => ("a stock", "một chỉ tiêu thời điểm"),
        Measure::Flow => ("a flow", "một chỉ tiêu thời kỳ"),
    };
    match lang {
        Lang::En => format!("Rest-of-year arithmetic does not apply to {en}: its months do not add up."),
        Lang::Vi => {
            format!("Không áp dụng phép tính cho các tháng còn lại với {vi}: số liệu các tháng không cộng dồn được.")
        }
    }
}
