//! Rows computed in chunks over rayon, written straight into the output columns in row order,
//! then brought to the output's one scale.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};
use rust_decimal::Decimal;

use super::computed::{Computed, Ends, Output, RowProblem};
use super::{OnError, Options};
use crate::arith;
use crate::error::{Error, Result};
use crate::interval::{Endpoint, Interval};
use crate::unit::Unit;

/// Rows per chunk: large enough that scheduling costs nothing, small enough to spread a
/// million rows over many threads.
const CHUNK: usize = 32 * 1024;

/// The largest rate a `decimal128(38, 28)` column holds has ten integer digits.
const RATE_DIGITS: usize = 10;

/// The scale of a rate column.
const RATE_SCALE: u32 = 28;

/// 10^k as an `i128`, which holds every power of ten up to 10^38.
pub(crate) const fn pow10(k: usize) -> i128 {
    arith::POW10[k] as i128
}

/// Why a row has no value.
pub(crate) enum Fail {
    /// The named argument is missing on this row: a null, never an error.
    Missing(&'static str),
    /// The scalar function's error on this row.
    Error(Error),
}

impl From<Error> for Fail {
    fn from(error: Error) -> Fail {
        Fail::Error(error)
    }
}

/// A row's result: its value, and its interval when one was asked for.
pub(crate) type Cell = (Decimal, Option<Interval>);

/// Which scale the output takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Scale 28: every rate below 10^10.
    Rate,
    /// `min(28, 38 − K)`, K the integer digits of the largest result.
    Level,
}

/// One output column while rows are computed: each row's mantissa at its own scale.
struct Lane<'s> {
    mantissas: &'s mut [i128],
    scales: &'s mut [u8],
    valid: &'s mut [bool],
}

impl Lane<'_> {
    fn put(&mut self, k: usize, value: Decimal) {
        self.mantissas[k] = value.mantissa();
        self.scales[k] = value.scale() as u8;
        self.valid[k] = true;
    }

    /// A rate's mantissa already at its scale of 28.
    fn put_rate(&mut self, k: usize, mantissa: i128) {
        self.mantissas[k] = mantissa;
        self.scales[k] = RATE_SCALE as u8;
        self.valid[k] = true;
    }

    fn clear(&mut self, k: usize) {
        self.mantissas[k] = 0;
        self.valid[k] = false;
    }

    /// Brings row `k` to `scale`, or says it cannot be held there.
    fn rescale(&mut self, k: usize, scale: u32, kind: Kind) -> std::result::Result<(), Error> {
        if !self.valid[k] {
            return Ok(());
        }
        let (m, own) = (self.mantissas[k], u32::from(self.scales[k]));
        let refuse = |why: String| {
            // OK because the mantissa and scale came from a decimal.
            let value = Decimal::try_from_i128_with_scale(m, own).map(|d| d.to_string()).unwrap_or_default();
            Error::Unrepresentable { value, why }
        };
        // A decimal's scale is at most 28, so 10 + 28 stays within the table.
        if kind == Kind::Rate && m.unsigned_abs() >= pow10(RATE_DIGITS + own as usize).unsigned_abs() {
            return Err(refuse(
                "a rate column (decimal128(38, 28)) holds rates below 10^10 in magnitude, and is not rounded".into(),
            ));
        }
        self.mantissas[k] = if own > scale {
            let power = pow10((own - scale) as usize);
            if m % power != 0 {
                return Err(refuse(format!(
                    "the column's scale is {scale} (38 minus the integer digits of its largest value, at most 28), \
                     and this value needs {own} decimal places; it is not rounded"
                )));
            }
            m / power
        } else {
            // OK to multiply: integer digits + scale ≤ 38, which an i128 holds.
            m * pow10((scale - own) as usize)
        };
        Ok(())
    }
}

/// A chunk's share of every output column.
struct Sink<'s> {
    start: usize,
    value: Lane<'s>,
    ends: Option<(Lane<'s>, &'s mut [bool], Lane<'s>, &'s mut [bool])>,
}

/// What a chunk reports: its null rows' reasons, the first row with an error (not a missing
/// input), and the integer digits of its largest result.
struct Report {
    problems: Vec<RowProblem>,
    first_error: Option<usize>,
    digits: u32,
}

/// The output columns before their scale is fixed.
struct Buffers {
    value: (Output, Vec<u8>),
    ends: Option<[(Ends, Vec<u8>); 2]>,
}

impl Buffers {
    fn new(rows: usize, interval: bool) -> Buffers {
        let ends = || (Ends::with_len(rows), vec![0u8; rows]);
        Buffers { value: (Output::with_len(rows), vec![0u8; rows]), ends: interval.then(|| [ends(), ends()]) }
    }

    /// The buffers cut into chunks of `CHUNK` rows.
    fn sinks(&mut self) -> Vec<Sink<'_>> {
        let (value, scales) = &mut self.value;
        let values = lanes(value, scales);
        let mut ends: Vec<Option<_>> = match &mut self.ends {
            Some([(low, low_scales), (high, high_scales)]) => {
                let lows = lanes(&mut low.values, low_scales).into_iter().zip(low.open.chunks_mut(CHUNK));
                let highs = lanes(&mut high.values, high_scales).into_iter().zip(high.open.chunks_mut(CHUNK));
                lows.zip(highs).map(|((l, lo), (h, ho))| Some((l, lo, h, ho))).collect()
            }
            None => Vec::new(),
        };
        ends.resize_with(values.len(), || None);
        values
            .into_iter()
            .zip(ends)
            .enumerate()
            .map(|(n, (value, ends))| Sink { start: n * CHUNK, value, ends })
            .collect()
    }
}

/// An output column cut into chunks of `CHUNK` rows.
fn lanes<'s>(out: &'s mut Output, scales: &'s mut [u8]) -> Vec<Lane<'s>> {
    out.mantissas
        .chunks_mut(CHUNK)
        .zip(scales.chunks_mut(CHUNK))
        .zip(out.valid.chunks_mut(CHUNK))
        .map(|((mantissas, scales), valid)| Lane { mantissas, scales, valid })
        .collect()
}

/// A rate's row from a fast path, at the output's scale of 28: its value, and its interval's
/// closed ends when the interval was asked for (0 otherwise).
pub(crate) type FastRow = [i128; 3];

/// A rate of 28 digits (`Quotient`'s parts) at the output's scale of 28, `None` when it is
/// 10^10 or more in magnitude (which the output does not hold).
pub(crate) fn rate_mantissa((mantissa, scale): (i128, i32)) -> Option<i128> {
    // At scale t from 0 to 28, a rate below 10^10 has a mantissa below 10^(10 + t).
    let t = usize::try_from(scale).ok()?;
    (mantissa.unsigned_abs() < pow10(RATE_DIGITS + t).unsigned_abs()).then(|| mantissa * pow10(28 - t))
}

/// Computes `row` for every row `0..rows` and builds the output.
pub(crate) fn run<F>(rows: usize, options: &Options, kind: Kind, unit: Option<Unit>, row: F) -> Result<Computed>
where
    F: Fn(usize) -> std::result::Result<Cell, Fail> + Sync,
{
    run_fast(rows, options, kind, unit, |_| None, row)
}

/// Computes every row `0..rows` by `fast` where it gives the row (a rate's fast path, written
/// straight at the output's scale), by `row` elsewhere, and builds the output.
pub(crate) fn run_fast<G, F>(
    rows: usize,
    options: &Options,
    kind: Kind,
    unit: Option<Unit>,
    fast: G,
    row: F,
) -> Result<Computed>
where
    G: Fn(usize) -> Option<FastRow> + Sync,
    F: Fn(usize) -> std::result::Result<Cell, Fail> + Sync,
{
    let interval = options.interval;
    let mut buffers = Buffers::new(rows, interval);
    let reports = {
        let sinks = buffers.sinks();
        in_pool(options.threads, sinks, |mut sink| fill(&mut sink, kind, &fast, &row))?
    };
    let digits = reports.iter().map(|r| r.digits).max().unwrap_or(0);
    let scale = match kind {
        Kind::Rate => RATE_SCALE,
        Kind::Level => 28.min(38u32.saturating_sub(digits)),
    };
    // A rate's rows were brought to its scale as they were computed.
    let reports = match kind {
        Kind::Rate => reports,
        Kind::Level => {
            let sinks: Vec<_> = buffers.sinks().into_iter().zip(reports).collect();
            in_pool(options.threads, sinks, |(mut sink, report)| finish(&mut sink, report, scale, kind))?
        }
    };
    if options.errors == OnError::Raise {
        if let Some(first) = reports.iter().find_map(|r| r.first_error) {
            let problems = reports.into_iter().flat_map(|r| r.problems);
            // OK because `first_error` names a row whose problem was recorded.
            let problem = problems.into_iter().find(|p| p.row == first).expect("the first error is recorded");
            return Err(Error::AtRow { row: first, error: Box::new(problem.error) });
        }
    }
    let Buffers { value: (mut value, _), ends } = buffers;
    value.scale = scale;
    let (low, high) = match ends {
        Some([(mut low, _), (mut high, _)]) => {
            low.values.scale = scale;
            high.values.scale = scale;
            (Some(low), Some(high))
        }
        None => (None, None),
    };
    let problems = reports.into_iter().flat_map(|r| r.problems).collect();
    Ok(Computed { value, low, high, unit, problems })
}

/// Runs `work` over the chunks in rayon's global pool (`threads: None`) or in a pool of that
/// many threads, the results in chunk order.
fn in_pool<T: Send, R: Send>(threads: Option<usize>, chunks: Vec<T>, work: impl Fn(T) -> R + Sync) -> Result<Vec<R>> {
    if chunks.len() <= 1 || threads == Some(1) {
        return Ok(chunks.into_iter().map(work).collect());
    }
    let all = || chunks.into_par_iter().map(&work).collect();
    Ok(match threads {
        None => all(),
        Some(n) => pool(n)?.install(all),
    })
}

/// A pool of `threads` threads, built once and kept for later calls.
fn pool(threads: usize) -> Result<Arc<ThreadPool>> {
    type Pools = Mutex<Vec<(usize, Arc<ThreadPool>)>>;
    static POOLS: OnceLock<Pools> = OnceLock::new();
    let mut pools = POOLS.get_or_init(Mutex::default).lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, pool)) = pools.iter().find(|(n, _)| *n == threads) {
        return Ok(Arc::clone(pool));
    }
    let pool = ThreadPoolBuilder::new().num_threads(threads).build().map_err(|e| {
        Error::invalid("threads", threads.to_string(), format!("no pool of that many threads could start: {e}"))
    })?;
    let pool = Arc::new(pool);
    pools.push((threads, Arc::clone(&pool)));
    Ok(pool)
}

/// Computes the rows of a chunk, a rate's at its scale; the integer digits of the largest
/// result are counted for a level, whose scale depends on them.
fn fill<G, F>(sink: &mut Sink<'_>, kind: Kind, fast: &G, row: &F) -> Report
where
    G: Fn(usize) -> Option<FastRow>,
    F: Fn(usize) -> std::result::Result<Cell, Fail>,
{
    let mut report = Report { problems: Vec::new(), first_error: None, digits: 0 };
    let level = kind == Kind::Level;
    for k in 0..sink.value.valid.len() {
        let i = sink.start + k;
        if let Some([value, low, high]) = fast(i) {
            sink.value.put_rate(k, value);
            if let Some((low_lane, low_open, high_lane, high_open)) = &mut sink.ends {
                low_lane.put_rate(k, low);
                high_lane.put_rate(k, high);
                low_open[k] = false;
                high_open[k] = false;
            }
            continue;
        }
        match row(i) {
            Ok((value, interval)) => {
                sink.value.put(k, value);
                if level {
                    report.digits = report.digits.max(integer_digits(value.mantissa(), value.scale()));
                }
                if let (Some((low, low_open, high, high_open)), Some(interval)) = (&mut sink.ends, interval) {
                    for (lane, open, end) in [(low, low_open, interval.low()), (high, high_open, interval.high())] {
                        open[k] = end.is_open();
                        match end {
                            Endpoint::Unbounded => lane.clear(k),
                            Endpoint::Open(v) | Endpoint::Closed(v) => {
                                lane.put(k, v);
                                if level {
                                    report.digits = report.digits.max(integer_digits(v.mantissa(), v.scale()));
                                }
                            }
                        }
                    }
                }
            }
            Err(Fail::Missing(argument)) => {
                report.problems.push(RowProblem { row: i, error: Error::Undefined(format!("missing {argument}")) });
            }
            Err(Fail::Error(error)) => {
                report.first_error.get_or_insert(i);
                report.problems.push(RowProblem { row: i, error });
            }
        }
        if !level {
            if let Err(error) = rescale_row(sink, k, RATE_SCALE, kind) {
                report.first_error.get_or_insert(i);
                report.problems.push(RowProblem { row: i, error });
            }
        }
    }
    report
}

/// Brings row `k` of a chunk to `scale`; a row that cannot be held there becomes null.
fn rescale_row(sink: &mut Sink<'_>, k: usize, scale: u32, kind: Kind) -> std::result::Result<(), Error> {
    let mut result = sink.value.rescale(k, scale, kind);
    if let Some((low, _, high, _)) = &mut sink.ends {
        result = result.and_then(|()| low.rescale(k, scale, kind)).and_then(|()| high.rescale(k, scale, kind));
    }
    if result.is_err() {
        sink.value.clear(k);
        if let Some((low, low_open, high, high_open)) = &mut sink.ends {
            low.clear(k);
            high.clear(k);
            low_open[k] = false;
            high_open[k] = false;
        }
    }
    result
}

/// Brings every row of a chunk to `scale`; a row that cannot be held there becomes null.
fn finish(sink: &mut Sink<'_>, mut report: Report, scale: u32, kind: Kind) -> Report {
    let mut late = Vec::new();
    for k in 0..sink.value.valid.len() {
        if let Err(error) = rescale_row(sink, k, scale, kind) {
            let row = sink.start + k;
            report.first_error = Some(report.first_error.map_or(row, |first| first.min(row)));
            late.push(RowProblem { row, error });
        }
    }
    if !late.is_empty() {
        report.problems.extend(late);
        report.problems.sort_by_key(|p| p.row);
    }
    report
}

/// The number of integer digits of `mantissa × 10^-scale` (0 below 1).
fn integer_digits(mantissa: i128, scale: u32) -> u32 {
    let magnitude = mantissa.unsigned_abs();
    if magnitude == 0 {
        return 0;
    }
    (magnitude.ilog10() + 1).saturating_sub(scale)
}
