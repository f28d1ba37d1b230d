"""The Arrow PyCapsule layer: columns in from any producer and out to any consumer, with the
unsafe parts (null buffers, offsets of sliced arrays, chunked streams, empty arrays, who owns
and releases what) checked through what a user sees."""

import gc
from decimal import Decimal

import chiso
import chiso.columns as cc
import pyarrow as pa
import pytest

pl = pytest.importorskip("polars")

D18 = pa.decimal128(18, 2)
NOW = ["16.94", None, "12.00", "7.50", "3.10", "100.00"]
BEFORE = ["15.21", "4.00", None, "0.00", "3.00", "80.00"]


def expected(now: list, before: list) -> list:
    """What the single-figure function gives row by row; None where it has no answer."""
    rows = []
    for c, p in zip(now, before):
        try:
            rows.append(None if c is None or p is None else chiso.growth(c, p).value)
        except chiso.ChisoError:
            rows.append(None)
    return rows


def decimals(texts: list, kind: pa.DataType = D18) -> pa.Array:
    return pa.array([None if t is None else Decimal(t) for t in texts], type=kind)


def test_null_buffers_give_null_rows() -> None:
    result = cc.growth(decimals(NOW), decimals(BEFORE))
    assert isinstance(result, pa.Array)
    assert result.type == pa.decimal128(38, 28)
    assert result.to_pylist() == expected(NOW, BEFORE)
    assert result.null_count == 3


@pytest.mark.parametrize(("offset", "length"), [(0, 6), (1, 4), (2, 3), (5, 1), (3, 0)])
def test_sliced_arrays_read_from_their_offset(offset: int, length: int) -> None:
    now, before = decimals(NOW).slice(offset, length), decimals(BEFORE).slice(offset, length)
    result = cc.growth(now, before)
    assert result.to_pylist() == expected(NOW[offset : offset + length], BEFORE[offset : offset + length])


def test_a_slice_at_an_odd_bit_offset_keeps_the_nulls_of_its_rows() -> None:
    # Null bits are packed eight to a byte: an offset of 3 starts mid-byte.
    values = [None if i % 3 == 0 else str(i + 1) for i in range(40)]
    now = decimals(values, pa.decimal128(10, 0)).slice(3, 30)
    result = cc.growth(now, 2)
    assert result.to_pylist() == expected(values[3:33], ["2"] * 30)


def test_chunked_arrays_read_every_chunk_and_come_back_chunked() -> None:
    now = pa.chunked_array([decimals(NOW[:2]), decimals(NOW[2:3]), decimals(NOW[3:])])
    before = pa.chunked_array([decimals(BEFORE[:4]), decimals(BEFORE[4:])])
    result = cc.growth(now, before)
    assert isinstance(result, pa.ChunkedArray)
    assert result.to_pylist() == expected(NOW, BEFORE)


def test_a_chunked_array_of_sliced_chunks() -> None:
    chunks = [decimals(NOW).slice(1, 3), decimals(NOW).slice(4, 2)]
    now = pa.chunked_array(chunks)
    result = cc.growth(now, "2")
    assert result.to_pylist() == expected(NOW[1:4] + NOW[4:6], ["2"] * 5)


def test_empty_arrays_and_streams_of_no_chunk() -> None:
    assert cc.growth(decimals([]), decimals([])).to_pylist() == []
    no_chunk = pa.chunked_array([], type=D18)
    assert cc.growth(no_chunk, decimals([])).to_pylist() == []
    assert len(cc.growth(pl.Series([], dtype=pl.Decimal(18, 2)), [])) == 0


def test_a_stream_of_no_chunk_is_read_or_refused_by_its_type() -> None:
    with pytest.raises(chiso.ChisoError, match="(?i)timestamp"):
        cc.growth(pa.chunked_array([], type=pa.timestamp("s")), decimals([]))
    assert cc.growth(pa.chunked_array([], type=pa.string()), decimals([])).to_pylist() == []


def test_the_result_outlives_its_sources() -> None:
    def computed() -> pa.Array:
        now, before = decimals(NOW * 100), pa.chunked_array([decimals(BEFORE * 100)])
        return cc.growth(now, before, interval=True)

    result = computed()
    gc.collect()
    assert result.field("value").to_pylist() == expected(NOW, BEFORE) * 100


def test_imported_buffers_are_released_once_the_call_is_done() -> None:
    # pyarrow counts the bytes its pool holds: the imported arrays are released (exactly once:
    # a second release would free twice and crash) when chiso drops them.
    gc.collect()
    before_call = pa.total_allocated_bytes()
    now = decimals([str(i) for i in range(1, 10_001)])
    stream = pa.chunked_array([now.slice(0, 5_000), now.slice(5_000)])
    result = cc.growth(now, stream)
    assert result.null_count == 0
    del now, stream, result
    gc.collect()
    assert pa.total_allocated_bytes() == before_call


class Swapped:
    """A producer that returns its capsules in the wrong order."""

    def __init__(self, array: pa.Array) -> None:
        self.array = array

    def __arrow_c_array__(self, requested_schema: object = None) -> tuple:
        schema, array = self.array.__arrow_c_array__()
        return array, schema


def test_capsules_of_the_wrong_name_are_refused_and_still_released() -> None:
    gc.collect()
    before_call = pa.total_allocated_bytes()
    now = decimals(NOW)
    with pytest.raises(ValueError, match="arrow_schema"):
        cc.growth(Swapped(now), decimals(BEFORE))
    del now
    gc.collect()
    assert pa.total_allocated_bytes() == before_call


class Stream:
    """Another producer, by the stream protocol only (as polars and DuckDB export)."""

    def __init__(self, chunks: pa.ChunkedArray) -> None:
        self.chunks = chunks

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        return self.chunks.__arrow_c_stream__(requested_schema)


def test_any_stream_producer_is_read_to_its_end() -> None:
    now = Stream(pa.chunked_array([decimals(NOW[:3]), decimals(NOW[3:])]))
    result = cc.growth(now, BEFORE)
    assert isinstance(result, pa.Array)
    assert result.to_pylist() == expected(NOW, BEFORE)


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string(), pa.string_view()])
def test_decimal_strings_of_every_arrow_string_type(kind: pa.DataType) -> None:
    now = pa.array(["16.94", None, "12.0"], type=kind)
    assert cc.growth(now, ["15.21", "3", "4"]).to_pylist() == expected(["16.94", None, "12.0"], ["15.21", "3", "4"])


@pytest.mark.parametrize("kind", [pa.int8(), pa.int16(), pa.int32(), pa.int64(), pa.uint8(), pa.uint64()])
def test_integer_columns(kind: pa.DataType) -> None:
    now = pa.array([12, None, 7], type=kind)
    assert cc.growth(now, [10, 4, 0]).to_pylist() == expected(["12", None, "7"], ["10", "4", "0"])


def test_decimal256() -> None:
    wide = pa.array([Decimal("16.94"), None], type=pa.decimal256(60, 2))
    assert cc.growth(wide, ["15.21", "1"]).to_pylist() == expected(["16.94", None], ["15.21", "1"])


def test_floats() -> None:
    floats = pa.array([16.94, float("nan"), None], type=pa.float64())
    assert cc.growth(floats, [15.21, 1, 1]).to_pylist() == expected(["16.94", None, None], ["15.21", "1", "1"])


def test_a_type_chiso_does_not_read_is_refused_naming_it() -> None:
    with pytest.raises(chiso.ChisoError, match="current"):
        cc.growth(pa.array([True, False]), [1, 2])


def test_the_result_object_feeds_every_consumer() -> None:
    from chiso import _chiso

    arguments = [("current", "arrow", decimals(NOW), None, None, None, None)]
    arguments.append(("previous", "arrow", decimals(BEFORE), None, None, None, None))
    column = _chiso._columns("growth", arguments, False, False, "null", None, "arrow")
    assert len(column) == len(NOW)
    # Exported twice, each export independent; an export not consumed is released by its capsule.
    assert pa.array(column).to_pylist() == expected(NOW, BEFORE)
    assert pl.Series(column).to_list() == expected(NOW, BEFORE)
    unused = column.__arrow_c_array__()
    del unused
    assert pa.schema([pa.field("g", pa.DataType._import_from_c_capsule(column.__arrow_c_schema__()))])
    gc.collect()
    assert pa.array(column).type == pa.decimal128(38, 28)


def test_the_struct_layouts_of_intervals_and_reasons() -> None:
    now, before = decimals(NOW), decimals(BEFORE)
    decimal = pa.decimal128(38, 28)
    with_interval = cc.growth(now, before, interval=True)
    assert with_interval.type == pa.struct(
        [
            pa.field("value", decimal),
            pa.field("low", decimal),
            pa.field("high", decimal),
            pa.field("low_open", pa.bool_(), nullable=False),
            pa.field("high_open", pa.bool_(), nullable=False),
        ]
    )
    # The struct is null where the row has no value.
    assert with_interval.is_null().to_pylist() == [v is None for v in expected(NOW, BEFORE)]
    # With the reasons, no row is null, so that each row's reason shows.
    with_reasons = cc.growth(now, before, reasons=True)
    assert with_reasons.type == pa.struct([pa.field("value", decimal), pa.field("reason", pa.string())])
    assert with_reasons.null_count == 0
    assert with_reasons.field("value").to_pylist() == expected(NOW, BEFORE)
    both = cc.growth(now, before, interval=True, reasons=True)
    assert both.type.names == ["value", "low", "high", "low_open", "high_open", "reason"]
    assert both.null_count == 0
    assert both.field("low").to_pylist() == with_interval.field("low").to_pylist()


def test_a_result_without_nulls_has_no_null_buffer_and_one_with_nulls_keeps_them() -> None:
    now = decimals([str(i) for i in range(1, 20)])
    whole = cc.growth(now, now)
    assert whole.buffers()[0] is None and whole.to_pylist() == [Decimal(0)] * 19
    # 13 rows: a bitmap that ends inside a byte.
    holes = cc.growth(now[:13], decimals([None if i % 3 == 0 else str(i) for i in range(1, 14)]))
    assert holes.is_null().to_pylist() == [i % 3 == 0 for i in range(1, 14)]


def test_every_part_of_a_result_outlives_the_others() -> None:
    # The result's arrays share chiso's own buffers: each part keeps them alive on its own.
    result = cc.growth(decimals(NOW * 50), decimals(BEFORE * 50), interval=True)
    value, low = result.field("value").slice(6, 12), result.field("low")
    high_open = result.field("high_open")
    del result
    gc.collect()
    assert value.to_pylist() == expected(NOW, BEFORE) * 2
    assert low.null_count == sum(v is None for v in expected(NOW, BEFORE)) * 50
    del value, low
    gc.collect()
    assert len(high_open.to_pylist()) == len(NOW) * 50
