"""Errors about arguments stay short and name the argument: a wrong type, a number out of
range, a lone surrogate, a long text that cannot be read, a file that cannot be read."""

import datetime
import errno
import os

import chiso
import pytest

SURROGATE = "\ud800"


def test_a_type_error_shows_at_most_80_characters_of_the_value():
    with pytest.raises(TypeError) as info:
        chiso.growth(list(range(10_000)), "1")
    message = str(info.value)
    assert message.startswith("current: expected ") and ", got list [0, 1, 2, " in message
    assert message.endswith("…") and len(message.split(", got list ")[1]) == 81


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: chiso.Estimate("1", 5), "interval: expected a chiso.Interval, got int 5"),
        (lambda: chiso.Interval("1", "2", low_open=1), "low_open: expected True or False, got int 1"),
        (lambda: chiso.format_rounded("1.5", 2.0), "decimals: expected a whole number (int), got float 2.0"),
        (lambda: chiso.format_rounded("1.5", True), "decimals: expected a whole number (int), got bool True"),
        (lambda: chiso.parse_number(5), "text: expected a str, got int 5"),
        (lambda: chiso.parse_number("5", lang=5), "lang: expected a str, got int 5"),
        (lambda: chiso.Quantity("1", None), "unit: expected a str, got NoneType None"),
        (lambda: chiso.format_quantity("1"), "quantity: expected a chiso.Quantity, got str '1'"),
        (
            lambda: chiso.Target.check(chiso.datasets.binh_duong_2024().targets[0], "r"),
            "report: expected a chiso.Report",
        ),
        (
            lambda: chiso.datasets.binh_duong_2024().assess(None),
            "target: expected a chiso.Target, got NoneType",
        ),
        (lambda: chiso.Report.load(5.5), "path: expected a path (str or os.PathLike), got float 5.5"),
    ],
)
def test_a_wrong_type_names_its_argument(call, message):
    with pytest.raises(TypeError) as info:
        call()
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: chiso.format_rounded("1.5", -1), "decimals: must be 0 or more, got -1"),
        (lambda: chiso.growth("1", "2").format(decimals=-3), "decimals: must be 0 or more, got -3"),
        (
            lambda: chiso.format_rounded("1.5", 2**32),
            "decimals: must be from 0 to 4294967295, got 4294967296",
        ),
        (
            lambda: chiso.Quantity("1", "VND", last_digit=2**40),
            "last_digit: must be from -2147483648 to 2147483647, got 1099511627776",
        ),
        (
            lambda: chiso.Quantity("1", "VND", last_digit=-(2**200)),
            "last_digit: must be from -2147483648 to 2147483647, got -1606938044258990275541962092341162602522202993782792835301376",
        ),
    ],
)
def test_a_whole_number_out_of_range_names_its_argument(call, message):
    with pytest.raises(chiso.InvalidInputError) as info:
        call()
    assert str(info.value) == message and info.value.kind == "invalid_input"


def report():
    return chiso.datasets.binh_duong_2024()


@pytest.mark.parametrize(
    "arg, call",
    [
        ("text", lambda s: chiso.parse_number(s)),
        ("text", lambda s: chiso.parse_quantity(s)),
        ("text", lambda s: chiso.parse_growth(s)),
        ("text", lambda s: chiso.parse_range(s)),
        ("text", lambda s: chiso.extract(s)),
        ("texts", lambda s: chiso.parse_numbers(["1", s])),
        ("lang", lambda s: chiso.parse_number("1", s)),
        ("lang", lambda s: chiso.format_decimal("1", s)),
        ("unit", lambda s: chiso.Quantity("1", s)),
        ("value", lambda s: chiso.Quantity(s, "VND")),
        ("bound", lambda s: chiso.Quantity("1", "VND", s)),
        ("unit", lambda s: chiso.Quantity("1", "VND").to(s)),
        ("unit", lambda s: chiso.Estimate("1", chiso.Interval("1", "1"), s)),
        ("current", lambda s: chiso.growth(s, "1")),
        ("low", lambda s: chiso.Interval(s, None)),
        ("text", lambda s: chiso.Period(s)),
        ("base", lambda s: chiso.ExchangeRate(s, "VND", "1", datetime.date(2024, 1, 1))),
        ("indicator", lambda s: chiso.Target(s, "2025", level={"at_least": "1"})),
        ("quote", lambda s: chiso.Target("iip", "2025", level={"at_least": "1"}, quote=s)),
        ("text", lambda s: chiso.Report.from_json(s)),
        ("indicator", lambda s: report().with_observation(s, "2025", value="1")),
        ("status", lambda s: report().with_observation("iip", "2025", value="1", status=s)),
        ("quote", lambda s: report().with_observation("iip", "2025", value="1", quote=s)),
        ("id", lambda s: report().indicator(s)),
        ("indicator", lambda s: report().scorecard().row(s)),
    ],
)
def test_a_lone_surrogate_is_refused_naming_its_argument_and_index(arg, call):
    with pytest.raises(chiso.InvalidInputError) as info:
        call("ab" + SURROGATE)
    assert str(info.value).startswith(f"{arg}: contains a lone surrogate at index 2")


def test_a_parse_error_keeps_only_the_text_around_the_failure():
    # 1 and 200 groups of .000 read, then ",5" and a '.' after the decimal mark: the failure is
    # at character 1 + 800 + 2 = 803 of 805.
    text = "1" + ".000" * 200 + ",5.5"
    with pytest.raises(chiso.ParseError) as info:
        chiso.parse_number(text)
    err = info.value
    # 80 characters kept, ending with the text since the failure is near its end.
    assert len(err.text) == 80 and err.text_start == 805 - 80
    assert err.text_start + err.offset == 803 and err.text == text[err.text_start :]
    assert err.text[err.offset :] == ".5"
    assert len(str(err)) < 400 and '"…' in str(err)


def test_a_short_parse_error_keeps_the_whole_text():
    with pytest.raises(chiso.ParseError) as info:
        chiso.parse_number("10.5")
    assert (info.value.text, info.value.text_start) == ("10.5", 0)


def test_a_missing_report_file_is_a_file_not_found_error_with_its_path(tmp_path):
    path = tmp_path / "missing.json"
    with pytest.raises(FileNotFoundError) as info:
        chiso.Report.load(path)
    assert (info.value.errno, info.value.filename) == (errno.ENOENT, str(path))
    with pytest.raises(FileNotFoundError) as info:
        report().save(tmp_path / "no" / "such" / "dir.json")
    assert info.value.filename == str(tmp_path / "no" / "such" / "dir.json")


def test_a_directory_is_an_is_a_directory_error(tmp_path):
    with pytest.raises(IsADirectoryError) as info:
        chiso.Report.load(str(tmp_path))
    assert (info.value.errno, info.value.filename) == (errno.EISDIR, str(tmp_path))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_permission_error(tmp_path):
    path = tmp_path / "locked.json"
    report().save(path)
    path.chmod(0)
    with pytest.raises(PermissionError) as info:
        chiso.Report.load(path)
    assert info.value.filename == str(path)


def test_invalid_utf8_gives_the_path_and_the_byte_offset(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"schema": "chiso.report/1", "region": "Bình"}'.encode("latin-1"))
    with pytest.raises(chiso.InvalidReportError) as info:
        chiso.Report.load(path)
    # `{"schema": "chiso.report/1", "region": "B` is 41 bytes; the latin-1 'ì' is the 42nd.
    assert str(info.value) == f"{path}: not UTF-8 text: invalid byte at byte offset 41"
    assert (info.value.filename, info.value.offset, info.value.kind) == (str(path), 41, "invalid_report")
