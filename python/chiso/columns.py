"""Whole columns at once: growth, shares and projections over pandas, polars, pyarrow and numpy
columns and lists, exact and in the caller's own kind of column.

>>> import chiso.columns as cc
>>> cc.growth(["16.94", "10", None], ["15.21", "0", "4"])
[Decimal('11.37409598948060486522024984'), None, None]

Each row is exactly what the single-figure function gives for that row: ``cc.growth(c, p)[i]``
is ``chiso.growth(c[i], p[i]).value``. A row with no answer (a zero base, an overflow) or a missing
input (``None``, ``NaN``, ``pd.NA``, a null) is a null, never a number; ``reasons=True`` says
why, and ``errors="raise"`` raises the chiso error of the first bad row instead, naming it.

**What goes in.** A ``pd.Series`` (Arrow-backed, nullable, ``int``, ``float``, or ``object``
holding ``Decimal``, ``int``, ``str`` or ``None``), a ``pl.Series``, a ``pa.Array`` or
``pa.ChunkedArray`` (``decimal128``/``decimal256``, integers, floats, decimal strings), any other
object with the Arrow PyCapsule interface, a numpy array (integers, floats, objects), a list or a
tuple, or one number for every row (``project(levels, 8)``). Floats are read through their
shortest ``repr``, as single figures are (``16.94`` stays ``16.94``); decimal strings exactly.
A ``decimal128(18, 2)`` column holds ``16.9`` as ``16.90``, so its printed last digit is taken as
its scale (hundredths): pass ``last_digit=`` for data whose printed digits vary: a column of
the power of ten of each row's last printed digit, as ``Quantity.last_digit`` (``-2`` =
hundredths, ``3`` = thousands), for every argument, or a mapping per argument.

**Options.** ``bound`` is a bound name for every argument (``"as_printed"``, ``"exact"``,
``"more_than"``, ``"at_least"``, ``"less_than"``, ``"at_most"``, ``"about"``), or a mapping from
argument name to a bound name or to a column of bound names, one per row. ``units`` is a unit
for every argument (``"billion VND"``) or a mapping per argument: million against billion is
rescaled exactly, money against energy refused, as for single figures. ``threads`` (1 to 256) caps the
threads of the call (by default ``RAYON_NUM_THREADS`` or every core); the GIL is released while
the kernel runs.

**What comes out.** The caller's kind, taken from the first argument that is a column:

- pandas: a ``pd.Series`` with the caller's index and an ``ArrowDtype`` (``decimal128(38, 28)``
  for rates; for levels, one scale per call that holds every result exactly). Two Series are
  aligned on their index when both hold the same labels, and refused when they do not.
- polars: a ``pl.Series``; pyarrow: a ``pa.Array`` (a ``pa.ChunkedArray`` for one);
  numpy: an object array of ``Decimal``; a list or tuple: a list of ``Decimal`` or ``None``.

With ``interval=True`` or ``reasons=True`` each row is a struct: ``value``, ``low``, ``high``
(``None``/null = unbounded), ``low_open``, ``high_open`` (``True`` = that end is excluded) and
``reason`` (why the value is null). In pandas, ``result.struct.explode()`` makes it a DataFrame;
in polars, ``result.struct.unnest()``; a list holds one dict per row.

In a lazy polars query, pass both columns as one struct::

    df.lazy().with_columns(
        pl.struct(["now", "before"])
        .map_batches(
            lambda s: cc.growth(s.struct.field("now"), s.struct.field("before")),
            return_dtype=pl.Decimal(38, 28),
        )
        .alias("growth")
    )

Nothing here imports pandas, polars, pyarrow or numpy: each is used only once the caller has
passed one of its types.
"""

from __future__ import annotations

import operator
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from chiso import _chiso

__all__ = ["cagr", "change_pp", "contribution", "growth", "implied_base", "project", "share"]

_OPTIONS_DOC = """

    ``bound``, ``last_digit``, ``units``, ``interval``, ``reasons``, ``errors`` and ``threads`` are
    described in :mod:`chiso.columns`."""


def growth(
    current: Any,
    previous: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """Growth of ``current`` over ``previous``, in percent, row by row: (current − previous) /
    previous × 100, as :func:`chiso.growth`."""
    return _call("growth", {"current": current, "previous": previous}, locals())


def implied_base(
    current: Any,
    growth: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """The previous values that ``current`` and its ``growth`` (in percent) imply, row by row:
    current / (1 + growth / 100), as :func:`chiso.implied_base`."""
    return _call("implied_base", {"current": current, "growth": growth}, locals())


def project(
    base: Any,
    growth: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """The values ``base`` reaches after ``growth`` (in percent), row by row: base × (1 + growth /
    100), as :func:`chiso.project`. ``project(levels, 8)`` applies one growth to every row."""
    return _call("project", {"base": base, "growth": growth}, locals())


def change_pp(
    now: Any,
    before: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """The change between two rates, in percentage points, row by row: now − before, as
    :func:`chiso.change_pp`."""
    return _call("change_pp", {"now": now, "before": before}, locals())


def share(
    part: Any,
    whole: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """The share of ``whole`` that ``part`` is, in percent, row by row: part / whole × 100, as
    :func:`chiso.share`."""
    return _call("share", {"part": part, "whole": whole}, locals())


def contribution(
    part_now: Any,
    part_before: Any,
    whole_before: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """Percentage points each part added to its whole's growth, row by row: (part_now −
    part_before) / whole_before × 100, as :func:`chiso.contribution`."""
    figures = {"part_now": part_now, "part_before": part_before, "whole_before": whole_before}
    return _call("contribution", figures, locals())


def cagr(
    start: Any,
    end: Any,
    years: Any,
    *,
    bound: Any = "as_printed",
    last_digit: Any = None,
    units: Any = None,
    interval: bool = False,
    reasons: bool = False,
    errors: str = "null",
    threads: int | None = None,
) -> Any:
    """Compound annual growth from ``start`` to ``end``, in percent, row by row, as
    :func:`chiso.cagr`. ``years`` is a whole number of years for every row, or a column of them;
    ``bound``, ``last_digit`` and ``units`` apply to ``start`` and ``end`` only."""
    return _call("cagr", {"start": start, "end": end}, locals(), years=years)


for _function in (growth, implied_base, project, change_pp, share, contribution, cagr):
    _function.__doc__ = (_function.__doc__ or "") + _OPTIONS_DOC


def _module(value: Any, name: str) -> Any:
    """The module `name` when `value` may be one of its objects: it is imported already (a
    caller holding its types has imported it), so this never imports anything."""
    module = sys.modules.get(name)
    top = type(value).__module__.split(".")[0]
    return module if module is not None and top == name else None


def _kind(value: Any) -> str:
    """What kind of column `value` is: pandas, polars, pyarrow, chunked (a pa.ChunkedArray),
    numpy, list, arrow (another Arrow producer) or scalar."""
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, (str, int, float, Decimal)) and not isinstance(value, bool):
        return "scalar"
    pd = _module(value, "pandas")
    if pd is not None and isinstance(value, pd.Series):
        return "pandas"
    pl = _module(value, "polars")
    if pl is not None and isinstance(value, pl.Series):
        return "polars"
    pa = _module(value, "pyarrow")
    if pa is not None and isinstance(value, pa.ChunkedArray):
        return "chunked"
    if pa is not None and isinstance(value, pa.Array):
        return "pyarrow"
    np = _module(value, "numpy")
    if np is not None and isinstance(value, np.ndarray):
        return "numpy"
    if np is not None and isinstance(value, np.generic) and not isinstance(value, np.bool_):
        return "scalar"
    if hasattr(value, "__arrow_c_array__") or hasattr(value, "__arrow_c_stream__"):
        return "arrow"
    return "other"


def _numpy_data(name: str, array: Any) -> tuple[str, Any]:
    """A 1-D numpy array as chiso's conversion reads it: a native little-endian buffer of
    integers or floats, or a list of its objects."""
    if array.ndim != 1:
        raise ValueError(f"{name}: expected a one-dimensional array, got {array.ndim} dimensions")
    if array.dtype.kind in "iuf":
        little = array.astype(array.dtype.newbyteorder("<"), copy=False)
        return "numpy", (little.dtype.str, little.tobytes())
    if array.dtype.kind in "OU":
        return "objects", array.tolist()
    raise TypeError(f"{name}: expected a numpy array of integers, floats or objects, got dtype {array.dtype}")


def _pandas_data(name: str, series: Any) -> tuple[str, Any]:
    """A pd.Series as chiso's conversion reads it: numpy-backed columns by their numpy array,
    Arrow-backed and nullable ones through pyarrow (their own library), or their objects."""
    dtype = series.dtype
    np = sys.modules["numpy"]
    if isinstance(dtype, np.dtype):
        if dtype.kind == "b":
            raise TypeError(f"{name}: expected numbers, got a pd.Series of dtype {dtype}")
        return _numpy_data(name, series.to_numpy())
    if "pyarrow" in sys.modules or _has_pyarrow():
        import pyarrow as pa

        return "arrow", pa.array(series.array)
    return "objects", series.to_numpy(dtype=object, na_value=None).tolist()


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _data(name: str, value: Any, kind: str) -> tuple[str, Any]:
    if kind == "list":
        return "objects", list(value)
    if kind == "scalar":
        # A numpy float32 is read through its own shortest repr, as in a float32 column.
        np = _module(value, "numpy")
        if np is not None and isinstance(value, np.floating):
            return "scalar", str(value)
        return "scalar", value
    if kind == "pandas":
        return _pandas_data(name, value)
    if kind == "numpy":
        return _numpy_data(name, value)
    if kind in ("polars", "pyarrow", "chunked", "arrow"):
        return "arrow", value
    raise TypeError(
        f"{name}: expected a column (pd.Series, pl.Series, pa.Array, numpy array, list) or a number,"
        f" got {type(value).__name__}"
    )


def _as_list(option: str, value: Any) -> list[Any]:
    """A per-row option (bound names, last digits) as a list, from any column kind."""
    kind = _kind(value)
    if kind == "list":
        return list(value)
    if kind in ("pandas", "numpy"):
        return list(value.tolist())
    if kind == "polars":
        return list(value.to_list())
    if kind in ("pyarrow", "chunked"):
        return list(value.to_pylist())
    raise TypeError(f"{option}: expected a column (list, pd.Series, pl.Series, pa.Array, numpy array), got {value!r}")


def _rows_of(option: str, value: Any, name: str, column: Any) -> list[Any]:
    """A per-row option of argument `name` as a list; a pd.Series option of a pd.Series column
    is aligned on the column's index as the columns are, so each row keeps its own option."""
    if _kind(value) == "pandas" and _kind(column) == "pandas":
        label = f"{option} of {name}"
        value = _aligned({name: column, label: value}, {name: "pandas", label: "pandas"})[label]
    rows = _as_list(option, value)
    if option == "last_digit":
        for row, digit in enumerate(rows):
            if isinstance(digit, bool) or not isinstance(digit, int) or not -(2**31) <= digit < 2**31:
                raise TypeError(
                    f"last_digit of {name}, row {row}: expected a whole power of ten (int), got {digit!r}"
                )
    return rows


def _per_argument(option: str, value: Any, names: Sequence[str]) -> dict[str, Any]:
    """`value` for each argument: a mapping gives each its own, anything else is for all."""
    if not isinstance(value, Mapping):
        return {name: value for name in names}
    unknown = [key for key in value if key not in names]
    if unknown:
        raise ValueError(f"{option}: no argument named {unknown[0]!r}; the arguments are {', '.join(names)}")
    return {name: value.get(name) for name in names}


def _aligned(figures: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    """pandas Series aligned on the first one's index, as pandas aligns them: the same labels in
    another order are reindexed; other labels are refused."""
    series = [name for name in figures if kinds[name] == "pandas"]
    if len(series) < 2:
        return figures
    first = series[0]
    index = figures[first].index
    aligned = dict(figures)
    for name in series[1:]:
        other = figures[name].index
        if other.equals(index):
            continue
        same_labels = (
            len(other) == len(index) and index.is_unique and other.is_unique and bool(index.isin(other).all())
        )
        if not same_labels:
            raise ValueError(
                f"{name} and {first}: their indexes hold different labels ({len(other)} and {len(index)}"
                f" rows); align them first, for example {name}.reindex({first}.index)"
            )
        aligned[name] = figures[name].reindex(index)
    return aligned


def _check_options(options: dict[str, Any]) -> None:
    for flag in ("interval", "reasons"):
        if not isinstance(options[flag], bool):
            raise TypeError(f"{flag}: expected True or False, got {options[flag]!r}")
    if options["errors"] not in ("null", "raise"):
        raise ValueError(f"errors: expected 'null' or 'raise', got {options['errors']!r}")
    threads = options["threads"]
    if threads is None:
        return
    if isinstance(threads, bool) or not hasattr(threads, "__index__"):
        raise TypeError(f"threads: expected a whole number of threads (int) or None, got {threads!r}")
    threads = options["threads"] = operator.index(threads)
    if threads < 1:
        raise ValueError(f"threads: must be 1 or more, got {threads}")


def _call(function: str, figures: dict[str, Any], options: dict[str, Any], years: Any = None) -> Any:
    _check_options(options)
    names = list(figures)
    columns = dict(figures, years=years) if function == "cagr" else dict(figures)
    kinds = {name: _kind(value) for name, value in columns.items()}
    outside = [name for name in columns if kinds[name] != "scalar"]
    if not outside:
        raise TypeError(
            f"{function}: every argument is a single number; pass at least one column, or use"
            f" chiso.{function} for single figures"
        )
    columns = _aligned(columns, kinds)
    bounds = _per_argument("bound", options["bound"], names)
    digits = _per_argument("last_digit", options["last_digit"], names)
    units = _per_argument("units", options["units"], names)
    arguments = []
    for name, value in columns.items():
        data_kind, data = _data(name, value, kinds[name])
        bound, per_row = bounds.get(name), None
        if bound is not None and not isinstance(bound, str):
            bound, per_row = None, _rows_of("bound", bound, name, value)
        digit = digits.get(name)
        arguments.append(
            (
                name,
                data_kind,
                data,
                bound,
                per_row,
                None if digit is None else _rows_of("last_digit", digit, name, value),
                units.get(name),
            )
        )
    kind = kinds[outside[0]]
    first = columns[outside[0]]
    output = "list" if kind in ("list", "numpy") else "arrow"
    try:
        result = _chiso._columns(
            function,
            arguments,
            options["interval"],
            options["reasons"],
            options["errors"],
            options["threads"],
            output,
        )
    except _chiso.ChisoError as err:
        row = getattr(err, "row", None)
        if kind == "pandas" and row is not None and err.args:
            err.args = (f"{err.args[0]} (index label {first.index[row]!r})", *err.args[1:])
        raise
    return _returned(kind, function, first, result)


def _returned(kind: str, function: str, first: Any, result: Any) -> Any:
    """The result in the kind of the caller's first column."""
    if kind == "list":
        return result
    if kind == "numpy":
        np = sys.modules["numpy"]
        array = np.empty(len(result), dtype=object)
        array[:] = result
        return array
    if kind == "polars":
        return sys.modules["polars"].Series(result).alias(function)
    try:
        import pyarrow as pa
    except ImportError as err:
        raise ImportError(f"{function}: a pandas result is Arrow-backed and needs pyarrow: pip install 'chiso[pandas]'") from err
    array = pa.array(result)
    if kind == "chunked":
        return pa.chunked_array([array])
    if kind == "pandas":
        pd = sys.modules["pandas"]
        return pd.Series(array, dtype=pd.ArrowDtype(array.type), index=first.index, name=function)
    return array
