#!/usr/bin/env python3
"""Golden values for chiso's growth functions: an independent oracle in Python's `decimal`.

Run from the repository root:  python3 tests/golden/generate.py
It rewrites, deterministically, tests/golden/functions.csv and tests/golden/binh_duong_derived.csv.
Standard library only.

Rules
-----
Inputs are decimals as printed (`.` as the decimal mark) with a bound. The interval of a value v
printed with s decimal places:
  as_printed  [v - h, v + h], h = 0.5 * 10^-s, closed at both ends (we do not know whether the
              publisher rounded half-up or half-even, so both ends are kept)
  exact       [v, v]
  more_than   (v, +inf)        at_least  [v, +inf)
  less_than   (-inf, v)        at_most   (-inf, v]
  about       [v - t, v + t], t = max(0.05 * |v|, h), closed

Functions (percent in, percent out). The POINT value is computed from the printed values in
Python's default context (prec=28, ROUND_HALF_EVEN) with exactly these expressions:
  growth(c, p)                  = (c - p) / p * 100
  implied_base(c, g)            = c / (1 + g / 100)
  project(b, g)                 = b * (1 + g / 100)
  cagr(s, e, n)                 = ((e / s) ** (Decimal(1) / Decimal(n)) - 1) * 100   (n whole years)
  change_pp(now, before)        = now - before
  share(part, whole)            = part / whole * 100
  contribution(now, before, w)  = (now - before) / w * 100

The INTERVAL is computed from the input intervals, at prec=80, with monotone forms that use each
input once:
  growth        100*c/p - 100          p's interval strictly positive
  implied_base  100*c/(100 + g)        100 + g > 0 over g's interval
  project       b*(100 + g)/100        b and g may be negative
  cagr          ((e/s)^(1/n) - 1)*100  s and e strictly positive
  change_pp     now - before
  share         100*part/whole         whole strictly positive
  contribution  100*(now - before)/w   w strictly positive; the difference is formed first as an
                                       interval [now_lo - before_hi, now_hi - before_lo]
Each form is monotone in each of its interval arguments, so its infimum and supremum over the box of
inputs are limits at the box's corners: every combination of input ends is evaluated (an infinite
end by its limit: c/(+inf) = 0, (+inf)*x = +inf for x > 0) and the least and greatest are kept.
An end is OPEN iff any input end it is computed from is open; infinite input ends count as open, so
a finite limit reached only at an infinite input end is open (growth with p in [v, +inf) has low end
-100, open). When several corners give the same extreme, the end is closed if any of them is closed.
Corners whose limit is indeterminate (0 * inf, inf / inf) are skipped; another corner always gives
the extreme in the rows below.

Every operation of a low end is rounded toward -inf and of a high end toward +inf (prec=80), so the
ends enclose the exact ones; each finite end is then rounded OUTWARD to 28 significant digits
(ROUND_FLOOR for low, ROUND_CEILING for high). The n-th root of cagr is checked exactly: each end is
adjusted until (1 + end/100)^n brackets e/s, so a cagr end is the exact floor/ceiling of the true
value at 28 digits. An infinite end is written as an empty cell, with its open flag `true`.

Formatting: the point value is written with format(x, 'f') exactly as the point expression yields it
(trailing zeros included); interval ends are normalised (trailing zeros stripped) and written with
format(x, 'f'). Every finite value and end, as written, has at most 28 decimal places (point
results are kept at 0.1 or more in magnitude, or exactly 0, so that 28 significant digits fit). Each point value lies within its interval (ends
included) -- except that cagr's point expression subtracts 1 from a 28-digit root and so keeps only
about 26 correct significant digits: with exact inputs (a one-ulp interval) its point may lie a few
units of the 28th digit outside the interval. The script checks it is within 1e-25 * max(1, |value|).

functions.csv columns: function,a,a_bound,b,b_bound,c,c_bound,value,low,low_open,high,high_open
  growth: a=c, b=p; implied_base: a=c, b=g; project: a=b, b=g; cagr: a=s, b=e, c=n (exact);
  change_pp: a=now, b=before; share: a=part, b=whole; contribution: a=now, b=before, c=whole.
binh_duong_derived.csv columns: name,value,low,low_open,high,high_open,unit -- the figures derived
  at the end of the seed's FIGURES.md, from crates/chiso/data/binh_duong_2024.json's figures and bounds.
"""

import csv
import io
import itertools
import os
import random
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    Inexact,
    localcontext,
)

HERE = os.path.dirname(os.path.abspath(__file__))

POINT = Context(prec=28, rounding=ROUND_HALF_EVEN)
LO80 = Context(prec=80, rounding=ROUND_FLOOR)
HI80 = Context(prec=80, rounding=ROUND_CEILING)
LO28 = Context(prec=28, rounding=ROUND_FLOOR)
HI28 = Context(prec=28, rounding=ROUND_CEILING)
# Raises if a result would be rounded; wide enough for (100 + y)^1000 with a 30-digit y.
EXACT = Context(prec=40000, traps=[Inexact])

INF = Decimal("Infinity")
NINF = Decimal("-Infinity")
BOUNDS = ("as_printed", "exact", "more_than", "at_least", "less_than", "at_most", "about")


class Invalid(ValueError):
    """Inputs outside a function's domain; such rows are never written."""


# --------------------------------------------------------------------------------------- intervals

class End:
    __slots__ = ("x", "open")

    def __init__(self, x, open_):
        self.x = x
        self.open = open_ or x.is_infinite()


class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def ends(self):
        return (self.lo, self.hi)


def interval_of(text, bound):
    v = Decimal(text)
    s = max(0, -v.as_tuple().exponent)
    h = Decimal(5).scaleb(-s - 1)
    if bound == "as_printed":
        return Interval(End(EXACT.subtract(v, h), False), End(EXACT.add(v, h), False))
    if bound == "exact":
        return Interval(End(v, False), End(v, False))
    if bound == "more_than":
        return Interval(End(v, True), End(INF, True))
    if bound == "at_least":
        return Interval(End(v, False), End(INF, True))
    if bound == "less_than":
        return Interval(End(NINF, True), End(v, True))
    if bound == "at_most":
        return Interval(End(NINF, True), End(v, False))
    if bound == "about":
        t = max(EXACT.multiply(Decimal("0.05"), abs(v)), h)
        return Interval(End(EXACT.subtract(v, t), False), End(EXACT.add(v, t), False))
    raise ValueError(bound)


# Extended-real operations; None marks an indeterminate limit. `ctx` gives the rounding direction.

def e_add(ctx, x, y):
    if x is None or y is None:
        return None
    if x.is_infinite() or y.is_infinite():
        if x.is_infinite() and y.is_infinite() and x != y:
            return None
        return x if x.is_infinite() else y
    return ctx.add(x, y)


def e_sub(ctx, x, y):
    return e_add(ctx, x, None if y is None else -y)


def e_mul(ctx, x, y):
    if x is None or y is None:
        return None
    if x.is_infinite() or y.is_infinite():
        if x == 0 or y == 0:
            return None
        return INF if (x > 0) == (y > 0) else NINF
    return ctx.multiply(x, y)


def e_div(ctx, x, y):
    """x / y for y > 0 (possibly +inf)."""
    if x is None or y is None:
        return None
    assert y > 0
    if y.is_infinite():
        return None if x.is_infinite() else Decimal(0)
    if x.is_infinite():
        return x
    return ctx.divide(x, y)


def corners(intervals, f_lo, f_hi):
    """Least and greatest of f over the corners of a box of intervals, with open flags."""
    lows, highs = [], []
    for combo in itertools.product(*(iv.ends() for iv in intervals)):
        xs = [e.x for e in combo]
        is_open = any(e.open for e in combo)
        lo, hi = f_lo(*xs), f_hi(*xs)
        if lo is not None:
            lows.append((lo, is_open))
        if hi is not None:
            highs.append((hi, is_open))
    if not lows or not highs:
        raise Invalid("no determinate corner")
    lo = min(x for x, _ in lows)
    hi = max(x for x, _ in highs)
    lo_open = all(o for x, o in lows if x == lo)
    hi_open = all(o for x, o in highs if x == hi)
    return End(lo, lo_open), End(hi, hi_open)


def rounded(lo, hi):
    """Round ends outward to 28 significant digits."""
    def r(end, ctx):
        if end.x.is_infinite():
            return end
        return End(ctx.plus(end.x), end.open)
    return r(lo, LO28), r(hi, HI28)


# ------------------------------------------------------------------------------------- functions

def need_positive(iv, what):
    if not iv.lo.x > 0:
        raise Invalid(f"{what}: its interval must be bounded below by a positive number")


def point_growth(c, p):
    with localcontext(POINT):
        return (c - p) / p * 100


def iv_growth(c, p):
    need_positive(p, "p")
    def f(ctx):
        return lambda c_, p_: e_sub(ctx, e_div(ctx, e_mul(ctx, Decimal(100), c_), p_), Decimal(100))
    return corners([c, p], f(LO80), f(HI80))


def point_implied_base(c, g):
    with localcontext(POINT):
        return c / (1 + g / 100)


def iv_implied_base(c, g):
    if g.lo.x.is_infinite() or EXACT.add(Decimal(100), g.lo.x) <= 0:
        raise Invalid("100 + g must be positive")
    def f(ctx):
        return lambda c_, g_: e_div(ctx, e_mul(ctx, Decimal(100), c_), e_add(EXACT, Decimal(100), g_))
    return corners([c, g], f(LO80), f(HI80))


def point_project(b, g):
    with localcontext(POINT):
        return b * (1 + g / 100)


def iv_project(b, g):
    def f(ctx):
        return lambda b_, g_: e_div(ctx, e_mul(ctx, b_, e_add(EXACT, Decimal(100), g_)), Decimal(100))
    return corners([b, g], f(LO80), f(HI80))


def point_cagr(s, e, n):
    with localcontext(POINT):
        return ((e / s) ** (Decimal(1) / Decimal(n)) - 1) * 100


def _root_le(y, s, e, n):
    """Exactly: is y <= ((e/s)^(1/n) - 1) * 100 ?  (s, e > 0 finite)"""
    base = EXACT.add(Decimal(100), y)
    if base <= 0:
        return True
    return EXACT.multiply(EXACT.power(base, n), s) <= EXACT.multiply(e, EXACT.power(Decimal(100), n))


def _cagr_end(s, e, n, floor):
    """floor (or ceiling) at 28 significant digits of ((e/s)^(1/n) - 1) * 100, exactly."""
    if e.is_infinite():
        return INF
    if s.is_infinite():
        return Decimal(-100)
    if e == s:
        return Decimal(0)
    with localcontext(Context(prec=100)):
        approx = ((e / s) ** (Decimal(1) / Decimal(n)) - 1) * 100
    if floor:
        y = LO28.plus(approx)
        while not _root_le(y, s, e, n):          # too high: step down
            y = LO28.next_minus(y)
        while _root_le(LO28.next_plus(y), s, e, n):  # not the greatest: step up
            y = LO28.next_plus(y)
        return y
    y = HI28.plus(approx)
    while not _root_ge(y, s, e, n):
        y = HI28.next_plus(y)
    while _root_ge(HI28.next_minus(y), s, e, n):
        y = HI28.next_minus(y)
    return y


def _root_ge(y, s, e, n):
    """Exactly: is y >= ((e/s)^(1/n) - 1) * 100 ?"""
    base = EXACT.add(Decimal(100), y)
    if base <= 0:
        return False
    return EXACT.multiply(EXACT.power(base, n), s) >= EXACT.multiply(e, EXACT.power(Decimal(100), n))


def iv_cagr(s, e, n):
    need_positive(s, "s")
    need_positive(e, "e")
    if n < 1:
        raise Invalid("n must be a positive whole number")
    return corners([s, e],
                   lambda s_, e_: None if s_.is_infinite() and e_.is_infinite() else _cagr_end(s_, e_, n, True),
                   lambda s_, e_: None if s_.is_infinite() and e_.is_infinite() else _cagr_end(s_, e_, n, False))


def point_change_pp(now, before):
    with localcontext(POINT):
        return now - before


def iv_change_pp(now, before):
    return corners([now, before], lambda a, b: e_sub(LO80, a, b), lambda a, b: e_sub(HI80, a, b))


def point_share(part, whole):
    with localcontext(POINT):
        return part / whole * 100


def iv_share(part, whole):
    need_positive(whole, "whole")
    def f(ctx):
        return lambda a, w: e_div(ctx, e_mul(ctx, Decimal(100), a), w)
    return corners([part, whole], f(LO80), f(HI80))


def point_contribution(now, before, whole):
    with localcontext(POINT):
        return (now - before) / whole * 100


def iv_contribution(now, before, whole):
    need_positive(whole, "whole")
    delta = Interval(End(e_sub(LO80, now.lo.x, before.hi.x), now.lo.open or before.hi.open),
                     End(e_sub(HI80, now.hi.x, before.lo.x), now.hi.open or before.lo.open))
    def f(ctx):
        return lambda d, w: e_div(ctx, e_mul(ctx, Decimal(100), d), w)
    return corners([delta, whole], f(LO80), f(HI80))


FUNCTIONS = {
    "growth": (point_growth, iv_growth),
    "implied_base": (point_implied_base, iv_implied_base),
    "project": (point_project, iv_project),
    "cagr": (point_cagr, iv_cagr),
    "change_pp": (point_change_pp, iv_change_pp),
    "share": (point_share, iv_share),
    "contribution": (point_contribution, iv_contribution),
}


# ------------------------------------------------------------------------------------------ rows

AP, EX, MT, AL, LT, AM, AB = BOUNDS

# (function, a, a_bound, b, b_bound, c, c_bound); c only for cagr (years) and contribution.
ROWS = [
    # growth(c, p)
    ("growth", "397353", EX, "351640", AP),
    ("growth", "16.94", AP, "15.21", AP),
    ("growth", "351640", AP, "310362", AP),
    ("growth", "406.2", AP, "366.6", AP),
    ("growth", "110", EX, "100", EX),
    ("growth", "7", EX, "3", EX),
    ("growth", "2", EX, "3", EX),
    ("growth", "1", EX, "7", EX),
    ("growth", "0.350", EX, "0.3", EX),
    ("growth", "3", EX, "3", EX),
    ("growth", "1.2345678901", AP, "1.0987654321", AP),
    ("growth", "0.0000012345", AP, "0.0000011111", AP),
    ("growth", "98.7", AP, "100.8", AP),
    ("growth", "10", MT, "9", AP),
    ("growth", "10", AL, "8", EX),
    ("growth", "12", LT, "10", EX),
    ("growth", "12", AM, "10", EX),
    ("growth", "105", AB, "100", EX),
    ("growth", "123456.789", AP, "100000", AB),
    ("growth", "16.94", AP, "15", MT),
    ("growth", "5.06", EX, "4.5", AL),
    ("growth", "2.79", MT, "1.92", AP),
    # implied_base(c, g)
    ("implied_base", "16.94", AP, "11.4", AP),
    ("implied_base", "351640", AP, "13.3", AP),
    ("implied_base", "406.2", AP, "10.8", AP),
    ("implied_base", "110", EX, "10", EX),
    ("implied_base", "100", EX, "200", EX),
    ("implied_base", "7", EX, "-70", EX),
    ("implied_base", "98.6", AP, "-2.1", AP),
    ("implied_base", "9.9", AB, "-10", EX),
    ("implied_base", "10", MT, "5", EX),
    ("implied_base", "10", LT, "5", EX),
    ("implied_base", "10", AM, "5", AL),
    ("implied_base", "50", EX, "10", MT),
    ("implied_base", "1000", EX, "-50", AL),
    ("implied_base", "100", AL, "9.7", EX),
    ("implied_base", "1.2345678901", AP, "3.3333333333", AP),
    ("implied_base", "250", AB, "25", AB),
    ("implied_base", "5", AP, "0", EX),
    ("implied_base", "0.3", EX, "200", EX),
    ("implied_base", "12345678901234567890", EX, "1.5", EX),
    ("implied_base", "2", EX, "1", EX),
    ("implied_base", "1", EX, "2", EX),
    # project(b, g)
    ("project", "351640", AP, "13", EX),
    ("project", "351640", AP, "14", EX),
    ("project", "16.94", AP, "11.4", AP),
    ("project", "406.2", AP, "10.8", AP),
    ("project", "100", EX, "10", EX),
    ("project", "100", EX, "-2.1", AP),
    ("project", "-50", EX, "10", EX),
    ("project", "-12.5", AP, "-3.3", AP),
    ("project", "1", EX, "33.3333333333", AP),
    ("project", "7", EX, "-70", EX),
    ("project", "3", EX, "-100", EX),
    ("project", "5.06", EX, "0", EX),
    ("project", "10", MT, "5", EX),
    ("project", "10", LT, "5", EX),
    ("project", "10", EX, "5", AM),
    ("project", "10", EX, "5", MT),
    ("project", "10", AL, "-5", EX),
    ("project", "2.79", LT, "3", EX),
    ("project", "200", AB, "2.5", AB),
    ("project", "0.1234567891", AP, "12.3456789012", AP),
    ("project", "1000000", AP, "0.0000000001", AP),
    ("project", "12345678901234567890", EX, "7.7", AP),
    # cagr(s, e, n)
    ("cagr", "310362", AP, "351640", AP, "1", EX),
    ("cagr", "15.21", AP, "16.94", AP, "1", EX),
    ("cagr", "100", EX, "121", EX, "2", EX),
    ("cagr", "100", EX, "200", EX, "3", EX),
    ("cagr", "100", EX, "50", EX, "2", EX),
    ("cagr", "1", EX, "2", EX, "10", EX),
    ("cagr", "2", EX, "1", EX, "3", EX),
    ("cagr", "3", EX, "7", EX, "2", EX),
    ("cagr", "351640", AP, "400870", AP, "1", EX),
    ("cagr", "1000", MT, "1500", AP, "5", EX),
    ("cagr", "1000", AL, "1500", EX, "4", EX),
    ("cagr", "1000", EX, "1500", MT, "3", EX),
    ("cagr", "1000", EX, "1500", AL, "2", EX),
    ("cagr", "1000", AB, "1500", AB, "5", EX),
    ("cagr", "1.2345678901", AP, "2.3456789012", AP, "7", EX),
    ("cagr", "42", AP, "42", AP, "6", EX),
    ("cagr", "5.06", EX, "6.1", AP, "3", EX),
    ("cagr", "99.9", AP, "100.1", AP, "1", EX),
    ("cagr", "351640", AP, "397353", EX, "1", EX),
    ("cagr", "0.0000012345", AP, "0.0000098765", AP, "4", EX),
    # issue 7: a thousand years, and a steep decline whose root is small
    ("cagr", "1", EX, "1000", EX, "999", EX),
    ("cagr", "1", EX, "2000", EX, "1000", EX),
    ("cagr", "10000000000", EX, "1.234567", EX, "10", EX),
    ("cagr", "100000000000000000000", EX, "0.00000000000000000001", EX, "3", EX),
    ("cagr", "0.0000000000000000000000000001", EX, "79228162514264337593543950335", EX, "1000", EX),
    # change_pp(now, before)
    ("change_pp", "13.3", AP, "11.4", AP),
    ("change_pp", "9.7", EX, "7.6", AP),
    ("change_pp", "16.94", AP, "15.21", AP),
    ("change_pp", "99.99", EX, "99", MT),
    ("change_pp", "100", AP, "99", MT),
    ("change_pp", "10.8", AP, "11.4", AP),
    ("change_pp", "7.6", AP, "-2.1", AP),
    ("change_pp", "0.3333333333", AP, "0.1111111111", AP),
    ("change_pp", "12.3456789012", AP, "1.2345678901", AP),
    ("change_pp", "10", MT, "5", EX),
    ("change_pp", "10", AL, "5", AM),
    ("change_pp", "10", LT, "5", EX),
    ("change_pp", "10", AM, "5", AL),
    ("change_pp", "50", AB, "20", AB),
    ("change_pp", "5", EX, "5", EX),
    ("change_pp", "-3.5", AP, "2.25", AP),
    ("change_pp", "99.99", EX, "99.5", EX),
    ("change_pp", "1000.0001", AP, "999.9", AP),
    ("change_pp", "45.678", AP, "12.3", LT),
    # share(part, whole)
    ("share", "17", EX, "41", EX),
    ("share", "0.350", EX, "5.06", EX),
    ("share", "1.92", AP, "5.06", MT),
    ("share", "2.79", MT, "5.06", EX),
    ("share", "10", AP, "40.5", AP),
    ("share", "1", EX, "3", EX),
    ("share", "2", EX, "3", EX),
    ("share", "1", EX, "7", EX),
    ("share", "7", EX, "0.3", EX),
    ("share", "99.99", EX, "100", EX),
    ("share", "406.2", AP, "16940", AP),
    ("share", "12.3456789012", AP, "98.7654321098", AP),
    ("share", "50", AB, "200", AB),
    ("share", "30", AL, "300", EX),
    ("share", "30", LT, "300", EX),
    ("share", "30", AM, "300", AL),
    ("share", "-5", EX, "50", EX),
    ("share", "0", EX, "10", EX),
    ("share", "351640", AP, "1000000", AP),
    # contribution(now, before, whole_before)
    ("contribution", "110", EX, "100", EX, "400", EX),
    ("contribution", "16.94", AP, "15.21", AP, "50", EX),
    ("contribution", "1.92", AP, "1.5", AP, "5.06", EX),
    ("contribution", "7", EX, "0", EX, "0.3", EX),
    ("contribution", "1", EX, "0", EX, "3", EX),
    ("contribution", "90", EX, "100", EX, "300", EX),
    ("contribution", "98.6", AP, "100.7", AP, "351.64", AP),
    ("contribution", "10", MT, "5", EX, "100", EX),
    ("contribution", "10", AL, "5", AM, "100", EX),
    ("contribution", "10", LT, "5", EX, "100", EX),
    ("contribution", "10", AM, "5", EX, "100", EX),
    ("contribution", "10", EX, "5", EX, "100", MT),
    ("contribution", "10", EX, "5", EX, "100", AL),
    ("contribution", "5", EX, "10", LT, "20", EX),
    ("contribution", "10", AB, "5", AB, "100", AB),
    ("contribution", "1.2345678901", AP, "1.1111111111", AP, "3.3333333333", AP),
    ("contribution", "12.5", EX, "12.5", EX, "50", EX),
    ("contribution", "406.2", AP, "366.6", AP, "16940", AP),
    ("contribution", "351640", AP, "310362", AP, "2000000", EX),
    ("contribution", "3", AP, "2", AP, "7", EX),
]



def random_cagr_rows(count=200, seed=7):
    """Seeded random cagr rows: ratios from 1e-20 to 1e20, 1 to 1000 years, every positive bound.

    Rows whose point or a finite end would be below 0.1 in magnitude (and not 0) are skipped, as
    the table keeps 28 significant digits at most 28 decimal places (see the header)."""
    rng = random.Random(seed)
    bounds = [AP, EX, MT, AL, AB]
    rows = []
    while len(rows) < count:
        digits = rng.choice([1, 2, 3, 4, 6, 8, 10, 12])
        start = Decimal(rng.randint(10 ** (digits - 1), 10 ** digits - 1)).scaleb(-rng.randint(0, 8))
        with localcontext(Context(prec=rng.choice([1, 3, 5, 8, 12]))):
            end = +(start * Decimal(10) ** Decimal(repr(rng.uniform(-20, 20))))
        if end.as_tuple().exponent < -20 or end.adjusted() > 24:
            continue
        years = rng.choice([rng.randint(1, 12), rng.randint(1, 1000), 999, 1000])
        row = ("cagr", format(start, "f"), rng.choice(bounds), format(end, "f"), rng.choice(bounds), str(years), EX)
        value = point_cagr(Decimal(row[1]), Decimal(row[3]), years)
        lo, hi = rounded(*iv_cagr(interval_of(row[1], row[2]), interval_of(row[3], row[4]), years))
        finite = [value] + [end.x for end in (lo, hi) if end.x.is_finite()]
        if all(x == 0 or abs(x) >= Decimal("0.1") for x in finite):
            rows.append(row)
    return rows


ROWS += random_cagr_rows()


# -------------------------------------------------------------------------------------- checking

CAGR_POINT_SLACK = Decimal("1e-25")


def fmt_point(x):
    return format(x, "f")


def fmt_end(end):
    if end.x.is_infinite():
        return ""
    if end.x == 0:
        return "0"  # also for a -0 that a ROUND_FLOOR subtraction leaves
    with localcontext(Context(prec=28)):
        return format(end.x.normalize(), "f")


def fmt_open(end):
    return "true" if end.open else "false"


def check_magnitude(x, what):
    """Fits rust_decimal: at most 28 decimal places (as written) and below 2^96."""
    if x.is_infinite():
        return
    if x.as_tuple().exponent < -28 or abs(x) >= Decimal(2) ** 96:
        raise AssertionError(f"{what} = {x}: does not fit 28 decimal places")


def check_row(label, value, lo, hi, slack=Decimal(0)):
    check_magnitude(value, label + " value")
    for end, which in ((lo, " low"), (hi, " high")):
        if end.x.is_finite():
            check_magnitude(POINT.normalize(end.x), label + which)
    if not (lo.x - slack <= value <= hi.x + slack):
        raise AssertionError(f"{label}: point {value} outside [{lo.x}, {hi.x}]")


def function_row(row):
    name, a, ab, b, bb = row[:5]
    c, cb = (row[5], row[6]) if len(row) > 5 else ("", "")
    point, iv = FUNCTIONS[name]
    ia, ib = interval_of(a, ab), interval_of(b, bb)
    if name == "cagr":
        assert cb == EX and c.isdigit()
        value = point(Decimal(a), Decimal(b), int(c))
        lo, hi = iv(ia, ib, int(c))
    elif name == "contribution":
        value = point(Decimal(a), Decimal(b), Decimal(c))
        lo, hi = iv(ia, ib, interval_of(c, cb))
    else:
        assert c == ""
        value = point(Decimal(a), Decimal(b))
        lo, hi = iv(ia, ib)
    lo, hi = rounded(lo, hi)
    # cagr's point expression subtracts 1 from a 28-digit root, so only about 26 of its digits are
    # right: it may sit a few units of the 28th digit outside a tight (exact-input) interval.
    slack = CAGR_POINT_SLACK * max(Decimal(1), abs(value)) if name == "cagr" else Decimal(0)
    check_row(f"{name}({a}, {b}, {c})", value, lo, hi, slack)
    return [name, a, ab, b, bb, c, cb, fmt_point(value),
            fmt_end(lo), fmt_open(lo), fmt_end(hi), fmt_open(hi)]


def check_coverage():
    seen = {}
    for row in ROWS:
        kinds = seen.setdefault(row[0], set())
        kinds.update(row[2:7:2] if len(row) > 5 else row[2:5:2])
    for name, kinds in seen.items():
        wanted = set(BOUNDS)
        if name == "cagr":  # s and e must be strictly positive: no interval unbounded below
            wanted -= {LT, AM}
        missing = wanted - kinds
        assert not missing, f"{name}: no row with bound {sorted(missing)}"
    assert set(seen) == set(FUNCTIONS)


# ---------------------------------------------------------------------------- Bình Dương derived

def derived_rows():
    rows = []

    def add(name, value, lo, hi, unit):
        lo, hi = rounded(lo, hi)
        check_row(name, value, lo, hi)
        rows.append([name, fmt_point(value), fmt_end(lo), fmt_open(lo), fmt_end(hi), fmt_open(hi), unit])

    # FIGURES #4: 16,94 tỷ kWh, tăng 11,4%
    add("electricity_2023_implied", point_implied_base(Decimal("16.94"), Decimal("11.4")),
        *iv_implied_base(interval_of("16.94", AP), interval_of("11.4", AP)), "billion kWh")
    # FIGURES #6: 351.640 tỷ đồng, tăng 13,3%
    add("retail_2023_implied", point_implied_base(Decimal("351640"), Decimal("13.3")),
        *iv_implied_base(interval_of("351640", AP), interval_of("13.3", AP)), "billion VND")
    # T2: tăng 13 - 14% on #6
    for which, g in (("low", "13"), ("high", "14")):
        add(f"retail_2025_target_{which}", point_project(Decimal("351640"), Decimal(g)),
            *iv_project(interval_of("351640", AP), interval_of(g, EX)), "billion VND")
    # #9 + #10 + #11: 350 triệu (exact) + 1,92 tỷ (as printed) + hơn 2,79 tỷ, in billion VND.
    # 350 million VND = 0.350 billion VND exactly (rescaled by 10^-3, its scale kept).
    parts = [(Decimal("350").scaleb(-3), interval_of("350", EX), Decimal("0.001")),
             (Decimal("1.92"), interval_of("1.92", AP), Decimal(1)),
             (Decimal("2.79"), interval_of("2.79", MT), Decimal(1))]
    with localcontext(POINT):
        value = sum((p for p, _, _ in parts), Decimal(0))
    lo = End(Decimal(0), False)
    hi = End(Decimal(0), False)
    for _, iv, k in parts:
        lo = End(e_add(LO80, lo.x, e_mul(EXACT, iv.lo.x, k)), lo.open or iv.lo.open)
        hi = End(e_add(HI80, hi.x, e_mul(EXACT, iv.hi.x, k)), hi.open or iv.hi.open)
    add("promotion_spending_2024", value, lo, hi, "billion VND")
    # #9: 350 triệu đồng over 6 phiên chợ
    with localcontext(POINT):
        value = Decimal("350") / Decimal("6")
    add("budget_per_fair", value,
        End(LO80.divide(Decimal(350), Decimal(6)), False),
        End(HI80.divide(Decimal(350), Decimal(6)), False), "million VND")
    return rows


# ------------------------------------------------------------------------------------------ main

def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(f"wrote {os.path.relpath(path)}: {len(rows)} rows")


def main():
    check_coverage()
    write_csv(os.path.join(HERE, "functions.csv"),
              ["function", "a", "a_bound", "b", "b_bound", "c", "c_bound",
               "value", "low", "low_open", "high", "high_open"],
              [function_row(r) for r in ROWS])
    write_csv(os.path.join(HERE, "binh_duong_derived.csv"),
              ["name", "value", "low", "low_open", "high", "high_open", "unit"],
              derived_rows())


if __name__ == "__main__":
    main()
