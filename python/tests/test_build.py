"""Building reports from Python objects, arithmetic on quantities, `bound=` on the scalar
functions, `chiso.schema()` and `chiso.__version__`: what an economist in a notebook meets."""

import datetime
import decimal
import json
import pickle
import re
from decimal import Decimal
from fractions import Fraction

import chiso
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

REGION = {"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}}
PUBLISHER = {"vi": "Sở Công Thương", "en": "Department of Industry and Trade"}


def power() -> chiso.Indicator:
    return chiso.Indicator(
        "power",
        "Điện thương phẩm",
        "Commercial electricity",
        "tỷ kWh",
        measure="flow",
        polarity="higher_is_better",
    )


def rebuilt(report: chiso.Report) -> chiso.Report:
    """The report made again from what its own accessors give, every part by its constructor."""
    indicators = [
        chiso.Indicator(
            i.id,
            i.name_vi,
            i.name_en,
            i.unit,
            measure=i.measure,
            polarity=i.polarity,
            identity=i.identity,
            national_total_of=i.national_total_of,
            range=i.range,
        )
        for i in report.indicators
    ]
    observations = [
        chiso.Observation(
            o.indicator,
            o.period,
            o.value,
            bound=o.bound,
            last_digit=o.last_digit,
            growth=o.growth,
            growth_bound=o.growth_bound,
            growth_last_digit=o.growth_last_digit,
            status=o.status,
            as_of=o.as_of,
            quote=o.quote,
            unit=o.unit,
            source=o.source,
        )
        for o in report.observations
    ]
    return chiso.Report(
        region=report.region,
        publisher=report.publisher,
        indicators=indicators,
        observations=observations,
        targets=report.targets,
        source=report.source,
    )


def test_a_report_rebuilt_from_its_parts_equals_the_report_read_from_its_json(report):
    again = rebuilt(report)
    assert again == report
    assert again == chiso.Report.from_json(report.to_json())
    assert again.to_json() == report.to_json()
    assert again.scorecard() == report.scorecard()


def test_each_part_rebuilt_by_its_constructor_equals_the_original(report):
    for indicator, again in zip(report.indicators, rebuilt(report).indicators):
        assert again == indicator
    for observation, again in zip(report.observations, rebuilt(report).observations):
        assert again == observation
        assert pickle.loads(pickle.dumps(again)) == observation


def test_a_report_built_from_scratch_is_checked_and_scored():
    report = chiso.Report(
        region=REGION,
        publisher=PUBLISHER,
        indicators=[power()],
        observations=[
            chiso.Observation("power", "2024", "16,94", growth="11,4", lang="vi", as_of="2025-03-05"),
            chiso.Observation("power", "2023", Decimal("15.21")),
        ],
        targets=[chiso.Target("power", "2025", growth={"at_least": "9.7"}, baseline="2024")],
        source={"title": "Ngành Công Thương", "published": datetime.datetime(2025, 3, 5, 10, 15, 5,
                                                                             tzinfo=datetime.timezone.utc)},
    )
    assert report.indicator("power").unit == "billion kWh"
    assert report.level("power", "2024") == chiso.Quantity("16.94", "billion kWh")
    assert report.observations[0].growth == Decimal("11.4")
    assert report.observations[0].as_of == datetime.date(2025, 3, 5)
    assert report.source == {"title": "Ngành Công Thương", "outlet": None, "author": None,
                             "published": "2025-03-05T10:15:05+00:00"}
    assert [f.kind for f in report.check()] == []
    assert [a.verdict for a in report.assess_all()] == ["pending"]
    assert chiso.Report.from_json(report.to_json()) == report


def test_with_indicator_adds_an_indicator_and_keeps_the_rest(report):
    fairs = chiso.Indicator(
        "fairs", "Hội chợ", "Trade fairs", "fairs", measure="flow", polarity="higher_is_better"
    )
    bigger = report.with_indicator(fairs)
    assert [i.id for i in bigger.indicators] == [i.id for i in report.indicators] + ["fairs"]
    assert bigger.observations == report.observations
    assert bigger.targets == report.targets
    assert bigger.source == report.source
    with_figure = bigger.with_observation("fairs", "2024", 6, bound="exact")
    assert with_figure.level("fairs", "2024") == chiso.Quantity(6, "fairs", "exact")
    twice = r'^indicators\[21\]\.id: the id "fairs" is used twice$'
    with pytest.raises(chiso.InvalidReportError, match=twice):
        bigger.with_indicator(fairs)
    with pytest.raises(TypeError, match=r"^indicator: expected a chiso.Indicator, got str 'fairs'$"):
        report.with_indicator("fairs")


def test_an_indicator_takes_its_identity_and_national_total_as_the_accessors_give_them(report):
    balance = report.indicator("trade_balance")
    assert balance.identity == {"difference": ["exports", "imports"]}
    again = chiso.Indicator("x", "x", "x", "billion USD", measure="flow", polarity="higher_is_better",
                            identity={"difference": ("exports", "imports")})
    assert again.identity == {"difference": ["exports", "imports"]}


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (lambda r: chiso.Report(region={"id": "VN-57"}, publisher=PUBLISHER), chiso.InvalidInputError,
         r"^region: missing key 'name'$"),
        (lambda r: chiso.Report(region=REGION, publisher="Sở"), TypeError,
         r"^publisher: expected a dict \{'vi': \.\.\., 'en': \.\.\.\}, got str 'Sở'$"),
        (lambda r: chiso.Report(region=REGION, publisher={**PUBLISHER, "fr": "x"}), chiso.InvalidInputError,
         r"^publisher: unknown key 'fr'; the keys are 'vi', 'en'$"),
        (lambda r: chiso.Report(region={"id": "VN-57", "name": {"vi": 1, "en": "x"}}, publisher=PUBLISHER),
         TypeError, r"^region\['name'\]\['vi'\]: expected a str, got int 1$"),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, indicators=[power(), "iip"]), TypeError,
         r"^indicators\[1\]: expected a chiso.Indicator, got str 'iip'$"),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, indicators=power()), TypeError,
         r"^indicators: expected a list, got Indicator"),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, indicators=[power(), power()]),
         chiso.InvalidReportError, r'^indicators\[1\]\.id: the id "power" is used twice$'),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, indicators=[power()],
                                observations=[chiso.Observation("iip", "2024", growth="7.6")]),
         chiso.InvalidReportError, r'^observations\[0\]\.indicator: the report has no indicator "iip"$'),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, indicators=[power()],
                                observations=[chiso.Observation("power", "2024")]),
         chiso.InvalidReportError, r"^observations\[0\]: an observation needs a value, a growth or a plan_completion$"),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, targets=r.targets),
         chiso.InvalidReportError, r'^targets\[0\]\.indicator: the report has no indicator "iip"$'),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER,
                                source={"title": "t", "published": "March"}),
         chiso.InvalidInputError, r"^source\['published'\]: \"March\" is not an RFC 3339 time"),
        (lambda r: chiso.Report(region=REGION, publisher=PUBLISHER, source={"title": "t", "published": 2025}),
         TypeError, r"^source\['published'\]: expected RFC 3339 text or a datetime.datetime with a time"),
        (lambda r: chiso.Observation("power", "2025-13", "1"), chiso.InvalidInputError,
         r'^"2025-13" is not a valid period: a month is 01 to 12$'),
        (lambda r: chiso.Observation("power", 2025, "1"), TypeError,
         r"^period: expected a period such as '2025'"),
        (lambda r: chiso.Observation("power", "2025", None, bound="exact"), chiso.InvalidInputError,
         r'^"exact" is not a valid bound: a bound needs the value it qualifies$'),
        (lambda r: chiso.Observation("power", "2025", "1", bound="roughly"), chiso.InvalidInputError,
         r'^"roughly" is not a valid bound'),
        (lambda r: chiso.Observation("power", "2025", None, growth_last_digit=-1), chiso.InvalidInputError,
         r"^growth_last_digit: needs the growth it qualifies$"),
        (lambda r: chiso.Observation("power", "2025", [1]), TypeError, r"^value: expected a number"),
        (lambda r: chiso.Indicator("x", "x", "x", "kWh", measure="flux", polarity="higher_is_better"),
         chiso.InvalidInputError,
         r'^"flux" is not a valid measure: a measure is flow, stock, rate or index$'),
        (lambda r: chiso.Indicator("x", "x", "x", "billion", measure="flow", polarity="higher_is_better"),
         chiso.InvalidInputError,
         r'^"billion" is not a valid unit: a unit needs a dimension after its scale word'),
        (lambda r: chiso.Indicator("x", "x", "x", "kWh", measure="flow", polarity="higher_is_better",
                                   identity={"sum": "ab"}), TypeError,
         r"^identity\['sum'\]: expected a list, got str 'ab'$"),
        (lambda r: chiso.Indicator("x", "x", "x", "kWh", measure="flow", polarity="higher_is_better",
                                   identity={"difference": ["a"]}), chiso.InvalidInputError, r"identity"),
    ],
)
def test_bad_input_names_the_argument(report, build, error, message):
    with pytest.raises(error, match=message):
        build(report)


def test_measure_and_polarity_are_required_keywords():
    with pytest.raises(TypeError, match="measure"):
        chiso.Indicator("x", "x", "x", "kWh", polarity="higher_is_better")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        chiso.Indicator("x", "x", "x", "kWh", "flow", "higher_is_better")  # type: ignore[misc]


def test_the_schema_is_the_crates_file_and_validates_the_embedded_report(root):
    jsonschema = pytest.importorskip("jsonschema")
    schema = chiso.schema()
    assert schema["title"]
    file = root / "crates" / "chiso" / "schema" / "chiso.report.schema.json"
    if file.is_file():
        assert schema == json.loads(file.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(chiso.datasets.binh_duong_2024_json()), schema)
    built = rebuilt(chiso.datasets.binh_duong_2024())
    jsonschema.validate(json.loads(built.to_json()), schema)
    # A fresh dict each call: a caller editing one does not change the next.
    schema["title"] = "changed"
    assert chiso.schema()["title"] != "changed"


def test_version_is_a_version_string():
    assert chiso.__version__ == chiso._chiso.__version__
    assert all(part.isdigit() for part in chiso.__version__.split("+")[0].split("-")[0].split("."))


# --- Arithmetic on quantities ------------------------------------------------------------------


def test_a_quantity_times_and_over_a_plain_number_keeps_its_unit_and_interval():
    q = chiso.Quantity("16.94", "billion kWh")
    assert q * 2 == 2 * q == chiso.Estimate("33.88", chiso.Interval("33.870", "33.890"), unit="billion kWh")
    third = q / 3
    assert third.unit == "billion kWh"
    assert third.low == Decimal("5.645")
    assert third.high == Decimal("5.648333333333333333333333334")
    half = chiso.Estimate("8.470", chiso.Interval("8.4675", "8.4725"), unit="billion kWh")
    assert q * Decimal("0.5") == half


def test_a_quantity_over_one_of_its_dimension_is_a_plain_ratio():
    exports = chiso.Quantity("3", "billion USD")
    imports = chiso.Quantity("1500", "million USD")
    ratio = exports / imports
    assert ratio.unit is None
    assert ratio.value == 2
    # 2500 / 1500.5 rounded down, 3500 / 1499.5 rounded up, each at the 28th digit.
    low, high = "1.666111296234588470509830056", "2.334111370456818939646548850"
    assert ratio.interval() == chiso.Interval(low, high)


def test_arithmetic_refuses_what_the_unit_model_cannot_say():
    q = chiso.Quantity("16.94", "billion kWh")
    with pytest.raises(chiso.UnitMismatchError, match="^cannot multiply billion kWh and billion kWh: chiso"):
        q * q
    mismatch = "^cannot divide billion kWh and billion VND: energy is not money$"
    with pytest.raises(chiso.UnitMismatchError, match=mismatch):
        q / chiso.Quantity("1", "billion VND")
    with pytest.raises(chiso.UnitMismatchError, match="^cannot divide a plain number and billion kWh"):
        1 / q
    with pytest.raises(chiso.UndefinedError, match="^cannot divide by 0: it is zero$"):
        q / 0
    with pytest.raises(chiso.UndefinedError, match="it is zero"):
        q / chiso.Quantity("0", "billion kWh")
    with pytest.raises(chiso.UndefinedError, match="it allows zero"):
        q / chiso.Quantity("1", "billion kWh", "at_most")
    with pytest.raises(TypeError, match="^other: expected a chiso.Quantity"):
        q * None  # type: ignore[operator]


def fraction(d: Decimal) -> Fraction:
    return Fraction(d)


# Printed figures with a bounded interval: up to 7 digits, up to 5 decimals.
printed = st.builds(
    lambda m, s, b: (Decimal(m).scaleb(-s), b),
    st.integers(min_value=-9_999_999, max_value=9_999_999),
    st.integers(min_value=0, max_value=5),
    st.sampled_from(["as_printed", "exact", "about"]),
)


def corners(a: chiso.Interval, b: chiso.Interval, op) -> list:
    return [op(fraction(x), fraction(y)) for x in (a.low, a.high) for y in (b.low, b.high)]


def holds(result: chiso.Estimate, exact_values: list) -> None:
    assert result.low is not None and result.high is not None
    for value in exact_values:
        assert fraction(result.low) <= value <= fraction(result.high), (result, value)


PYTHON = decimal.Context(
    prec=28, rounding=decimal.ROUND_HALF_EVEN, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN
)


WIDE = decimal.Context(prec=80, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def python_quotient(a: Decimal, b: Decimal) -> Decimal:
    """`a / b` as Python's context of 28 significant digits rounds it, within the 28 decimal
    places a chiso decimal holds: rounded once, from 80 digits (more than any tie here needs)."""
    wide = WIDE.divide(a, b)
    rounded = PYTHON.plus(wide)
    if rounded.as_tuple().exponent < -28:  # type: ignore[operator]
        return wide.quantize(Decimal(1).scaleb(-28), context=PYTHON)
    return rounded


@settings(max_examples=200, deadline=None)
@given(printed, printed)
def test_every_product_of_allowed_values_lies_in_the_interval(a, b):
    q = chiso.Quantity(a[0], "billion VND", a[1])
    factor = chiso.Estimate(b[0], chiso.Quantity(b[0], "percent", b[1]).interval())
    for product in (q * factor, factor * q):
        assert product.unit == "billion VND"
        holds(product, corners(q.interval(), factor.interval(), lambda x, y: x * y))
        assert product.value == PYTHON.multiply(a[0], b[0])
    exact = q * b[0]
    assert exact.value == PYTHON.multiply(a[0], b[0])
    holds(exact, corners(q.interval(), chiso.Interval(b[0], b[0]), lambda x, y: x * y))


@settings(max_examples=200, deadline=None)
@given(printed, printed)
def test_every_quotient_of_allowed_values_lies_in_the_interval(a, b):
    q = chiso.Quantity(a[0], "million VND", a[1])
    divisor = chiso.Quantity(b[0], "million VND", b[1])
    by_plain = chiso.Estimate(b[0], divisor.interval())
    allows_zero = divisor.interval().contains(0)
    for result in (lambda: q / by_plain, lambda: q / divisor):
        if allows_zero:
            with pytest.raises(chiso.UndefinedError):
                result()
            continue
        quotient = result()
        holds(quotient, corners(q.interval(), divisor.interval(), lambda x, y: x / y))
        assert quotient.value == python_quotient(a[0], b[0])
    if not allows_zero:
        assert (q / by_plain).unit == "million VND"
        assert (q / divisor).unit is None


# --- bound= on the scalar functions ----------------------------------------------------------


def test_growth_of_exact_data_is_exact():
    g = chiso.growth(Decimal("673.27"), Decimal("100"), bound="exact")
    assert g.value == Decimal("573.27")
    assert g.low == g.high == Decimal("573.27")
    assert g.interval().is_point()


def test_plain_numbers_stay_as_printed_by_default():
    g = chiso.growth(Decimal("673.27"), Decimal("100"))
    assert g == chiso.growth(Decimal("673.27"), Decimal("100"), bound="as_printed")
    assert g.low == Decimal("569.9154228855721393034825870")
    assert g.high == Decimal("576.6582914572864321608040202")


def test_a_quantity_keeps_its_own_bound_whatever_bound_says():
    now = chiso.Quantity("16.94", "billion kWh")
    before = chiso.Quantity("15.21", "billion kWh")
    assert chiso.growth(now, before, bound="exact") == chiso.growth(now, before)
    assert not chiso.growth(now, before, bound="exact").interval().is_point()
    ratio = chiso.Estimate("1.1", chiso.Interval("1.05", "1.15"))
    assert chiso.project(ratio, "10", bound="exact").interval() == chiso.Interval("1.155", "1.265")


@pytest.mark.parametrize(
    ("function", "args", "value"),
    [
        (chiso.growth, ("110", "100"), "10"),
        (chiso.implied_base, ("110", "10"), "100"),
        (chiso.project, ("100", "10"), "110"),
        (chiso.cagr, ("100", "121", 2), "10"),
        (chiso.change_pp, ("12.5", "10"), "2.5"),
        (chiso.share, ("25", "200"), "12.5"),
        (chiso.contribution, ("30", "20", "200"), "5"),
    ],
)
def test_every_scalar_function_takes_bound(function, args, value):
    exact = function(*args, bound="exact")
    assert exact.value == Decimal(value)
    assert exact.interval().is_point()
    printed = function(*args)
    assert printed.value == Decimal(value)
    assert not printed.interval().is_point()
    with pytest.raises(chiso.InvalidInputError, match='^"roughly" is not a valid bound'):
        function(*args, bound="roughly")


def test_bound_per_argument_as_the_column_functions_take_it():
    one_exact = chiso.growth(Decimal("673.27"), Decimal("100"), bound={"previous": "exact"})
    assert one_exact.value == Decimal("573.27")
    # 673.27 as printed is 673.265 to 673.275; over an exact 100.
    assert one_exact.interval() == chiso.Interval("573.265", "573.275")
    both = chiso.growth("673.27", "100", bound={"current": "exact", "previous": "exact"})
    assert both == chiso.growth("673.27", "100", bound="exact")
    # (30 ± 0.5 − 20 ± 0.5) / 200 × 100: the parts' halves add, the exact whole adds nothing.
    parts_printed = chiso.contribution("30", "20", "200", bound={"whole_before": "exact"})
    assert parts_printed.interval() == chiso.Interval("4.5", "5.5")
    unknown = r'^bound: "now" is not an argument; the arguments are current, previous$'
    with pytest.raises(chiso.InvalidInputError, match=unknown):
        chiso.growth("1", "2", bound={"now": "exact"})
    with pytest.raises(chiso.InvalidInputError, match=r'^"roughly" is not a valid bound'):
        chiso.growth("1", "2", bound={"current": "roughly"})
    with pytest.raises(TypeError, match=r"^bound: expected a bound name \(str\) or a dict from argument name to bound"):
        chiso.growth("1", "2", bound=3)  # type: ignore[arg-type]


def test_a_report_from_a_dict_of_its_parts(report):
    parts = {
        "region": report.region,
        "publisher": report.publisher,
        "indicators": report.indicators,
        "observations": report.observations,
        "targets": report.targets,
        "source": report.source,
    }
    assert chiso.Report(**parts) == chiso.Report.from_json(report.to_json())
    without_source = chiso.Report(**{**parts, "source": None})
    assert without_source.source is None
    assert without_source != report


def test_with_observation_takes_an_observation_or_its_parts(report):
    budget = chiso.Observation(
        "retail_sales",
        "2025-YTD05",
        "0,16",
        unit="nghìn tỷ đồng",
        lang="vi",
        source={"title": "Báo Bình Dương", "outlet": "baobinhduong.vn"},
    )
    assert budget.value == Decimal("0.16")
    assert budget.unit == "trillion VND"
    assert budget.source == {"title": "Báo Bình Dương", "outlet": "baobinhduong.vn", "author": None,
                             "published": None}
    by_object = report.with_observation(budget)
    by_parts = report.with_observation(
        "retail_sales", "2025-YTD05", "0,16", unit="nghìn tỷ đồng", lang="vi",
        source={"title": "Báo Bình Dương", "outlet": "baobinhduong.vn"},
    )
    assert by_object == by_parts
    assert by_object.observations[-1] == budget
    assert by_object.level("retail_sales", "2025-YTD05") == chiso.Quantity("160", "billion VND", last_digit=1)
    with pytest.raises(TypeError, match=r"^with_observation: an Observation comes alone"):
        report.with_observation(budget, "2025")
    with pytest.raises(TypeError, match=r"^with_observation: missing the period"):
        report.with_observation("retail_sales")
    unknown = r'^observations\[16\]\.indicator: the report has no indicator "fairs"$'
    with pytest.raises(chiso.InvalidReportError, match=unknown):
        report.with_observation(chiso.Observation("fairs", "2024", 6))


def test_open_and_unbounded_ends_survive_products_and_quotients():
    more_than = chiso.Quantity("2.79", "billion VND", "more_than")
    doubled = chiso.Estimate("5.58", chiso.Interval("5.58", None, low_open=True), unit="billion VND")
    assert more_than * 2 == doubled
    # A negative factor turns the interval round: more than 2.79 becomes less than -2.79.
    assert more_than * -1 == chiso.Estimate(
        "-2.79", chiso.Interval(None, "-2.79", high_open=True), unit="billion VND"
    )
    # 10 ± 0.5 over anything above 2.79: above 0, below 10.5 / 2.79 (rounded up), neither reached.
    ratio = chiso.Quantity("10", "billion VND") / more_than
    assert ratio.unit is None
    assert ratio.interval() == chiso.Interval(
        "0", "3.763440860215053763440860216", low_open=True, high_open=True
    )
    with pytest.raises(chiso.UnitMismatchError, match="^cannot divide percent and percentage points"):
        chiso.Quantity("10", "percent") / chiso.Quantity("5", "percentage points")


def test_an_indicator_declares_its_natural_range_and_check_reports_a_figure_outside_it() -> None:
    share = chiso.Indicator(
        "digitised", "Tỷ lệ số hóa", "Share digitised", "percent", measure="rate", polarity="higher_is_better",
        range=(0, 100),
    )
    completion = chiso.Indicator(
        "completion", "Tỷ lệ hoàn thành kế hoạch", "Plan completion", "percent", measure="rate",
        polarity="higher_is_better",
    )
    count = chiso.Indicator("fairs", "Hội chợ", "Fairs", "fairs", measure="flow", polarity="higher_is_better")
    uncounted = chiso.Indicator(
        "balance", "Cán cân", "Balance", "fairs", measure="flow", polarity="higher_is_better", range=None
    )
    assert share.range == (Decimal(0), Decimal(100))
    assert completion.range is None
    assert count.range == (Decimal(0), None)
    assert uncounted.range is None
    report = chiso.Report(
        region={"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}},
        publisher={"vi": "Sở Công Thương", "en": "Department of Industry and Trade"},
        indicators=[share, completion, count, uncounted],
        observations=[
            chiso.Observation("digitised", "2024", "140"),
            chiso.Observation("completion", "2024", "105"),
            chiso.Observation("fairs", "2024", "-41"),
            chiso.Observation("balance", "2024", "-41"),
        ],
    )
    assert [(f.kind, f.indicators) for f in report.check()] == [
        ("out_of_range", ["digitised"]),
        ("out_of_range", ["fairs"]),
    ]
    assert pickle.loads(pickle.dumps(uncounted)) == uncounted


@pytest.mark.parametrize(
    ("range_", "error", "message"),
    [
        ([0, 100], TypeError, "range: expected a tuple (at_least, at_most)"),
        ((0,), chiso.ChisoError, "range"),
        ((0, "lots"), chiso.ChisoError, "range's at_most: \"lots\" is not a valid decimal"),
        ((100, 0), chiso.ChisoError, "the low end exceeds the high end"),
    ],
)
def test_a_bad_range_names_the_argument(range_: object, error: type, message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        chiso.Indicator("x", "x", "x", "percent", measure="rate", polarity="higher_is_better", range=range_)


def test_a_report_and_its_scorecard_count_in_good_english() -> None:
    power = chiso.Indicator(
        "power", "Điện thương phẩm", "Commercial electricity", "billion kWh", measure="flow",
        polarity="higher_is_better",
    )
    report = chiso.Report(
        region={"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}},
        publisher={"vi": "Sở Công Thương", "en": "Department of Industry and Trade"},
        indicators=[power],
        observations=[chiso.Observation("power", "2024", "16.94", growth="11.4")],
        targets=[chiso.Target("power", "2025", growth={"at_least": "10"})],
    )
    assert repr(report) == "<Report VN-57 Binh Duong: 1 indicator, 1 observation, 1 target>"
    assert repr(report.scorecard()) == "<Scorecard: 1 indicator, 1 target (1 pending)>"
