"""Every public class pickles, at every protocol, into an equal object: a later step runs chiso
on Dask, which pickles everything it sends to a worker.

The classes come from ``chiso.__all__``, so a class added there without a sample here fails
``test_every_public_class_has_a_sample`` instead of going unpickled."""

import datetime
import pickle

import chiso
import pytest

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)


def report():
    return chiso.datasets.binh_duong_2024()


def raised(call):
    """The exception `call` raises."""
    with pytest.raises(chiso.ChisoError) as info:
        call()
    return info.value


def inconsistent_report():
    """The data set with a 2023 level its 2024 growth cannot come from: 16.94 billion kWh after
    growth of 11.4% implies about 15.21, not 10."""
    return report().with_observation("commercial_electricity", "2023", value="10")


def zero_base_report():
    """The data set with a 2023 retail level of exactly 0: the 2024 growth against it cannot be
    checked."""
    return report().with_observation("retail_sales", "2023", value="0", bound="exact")


def overflowing_report():
    """The data set with a 2025 retail target of 10^27 percent growth: 351,640 billion đồng grown
    by it does not fit in a decimal."""
    return report().with_target(chiso.Target("retail_sales", "2025", growth={"at_least": 10**27}))


def tracked_report():
    """Exports of 10.0 for January–June 2025 against +8% for the year (the worked example of
    issue 12): a target whose rest of the year has a number."""
    return chiso.Report.from_json(
        """{"format": "chiso.report/1",
        "region": {"id": "VN-XX", "name": {"vi": "Tỉnh", "en": "Province"}},
        "publisher": {"vi": "Sở", "en": "Department"},
        "indicators": [{"id": "exports", "name": {"vi": "Xuất khẩu", "en": "Exports"},
          "unit": "billion USD", "measure": "flow", "polarity": "higher_is_better"}],
        "observations": [
          {"indicator": "exports", "period": "2024", "value": "18.0", "bound": "as_printed"},
          {"indicator": "exports", "period": "2024-YTD06", "value": "8.93", "bound": "as_printed"},
          {"indicator": "exports", "period": "2025-YTD06", "value": "10.0", "bound": "as_printed"}],
        "targets": [{"indicator": "exports", "period": "2025", "growth": {"at_least": "8"}}]}"""
    )


def revised_report():
    revised = chiso.Observation("commercial_electricity", "2024", "17.1", status="A", as_of=datetime.date(2025, 6, 30))
    return report().with_observation(revised)


SAMPLES = {
    "Assessment": lambda: report().assess_all()[0],
    "ChisoError": lambda: chiso.ChisoError("a chiso error"),
    "DecimalOverflowError": lambda: raised(lambda: chiso.growth(7 * 10**27, "0.0000000001")),
    "Draft": lambda: chiso.draft(
        "Năm 2024, xuất khẩu đạt 10 tỷ USD; tháng 12 giảm 2% so với tháng trước.",
        region="VN-57",
        as_of="2025-03-05",
        publisher={"vi": "Sở Công Thương", "en": "Department of Industry and Trade"},
    ),
    "Estimate": lambda: chiso.growth("16.94", "15.21"),
    "ExchangeRate": lambda: chiso.ExchangeRate("USD", "VND", "25450.5", datetime.date(2024, 12, 31)),
    "Finding": lambda: inconsistent_report().check()[0],
    "Growths": lambda: report().growths(),
    "Indicator": lambda: report().indicator("trade_balance"),
    "Interval": lambda: chiso.Interval("2.79", None, low_open=True),
    "InvalidInputError": lambda: raised(lambda: chiso.Period("2025-13")),
    "InvalidReportError": lambda: raised(lambda: chiso.Report.from_json("{}")),
    "Mention": lambda: chiso.extract("Sản lượng điện đạt 16,94 tỷ kWh, tăng 11,4%.")[0],
    "Observation": lambda: report().observations[3],
    "Panel": lambda: chiso.Panel.from_reports([report()]),
    "ParseError": lambda: raised(lambda: chiso.parse_number("10.5")),
    "Period": lambda: chiso.Period("2025-YTD05"),
    "PlanRatios": lambda: chiso.plan_ratios(600, 660, 700),
    "Progress": lambda: chiso.progress({2015: "80", 2022: "88"}, "100", 2030, scheme="unsd_2022"),
    "Quantity": lambda: chiso.Quantity("16940", "billion kWh", "about", last_digit=1),
    "Report": report,
    "RestOfYear": lambda: tracked_report().assess_all()[0].required_rest_of_year,
    "Revision": lambda: revised_report().revisions().rows[0],
    "Revisions": lambda: revised_report().revisions(),
    "Scorecard": lambda: report().scorecard(),
    "ScorecardRow": lambda: report().scorecard().row("retail_sales"),
    "Target": lambda: report().targets[1],
    "TargetFailure": lambda: overflowing_report().scorecard().row("retail_sales").failures[0],
    "UncheckedRelation": lambda: zero_base_report().unchecked()[0],
    "UndefinedError": lambda: raised(lambda: chiso.growth("1", "0")),
    "Unmatched": lambda: chiso.draft("5 tháng đầu năm 2024, xuất khẩu giảm 2% so với tháng trước.").unmatched[0],
    "Vintage": lambda: revised_report().revisions().rows[0].later,
    "UnitMismatchError": lambda: raised(lambda: chiso.Quantity("1", "VND") + chiso.Quantity("1", "USD")),
}


def public_classes():
    return [name for name in chiso.__all__ if isinstance(getattr(chiso, name), type)]


def assert_same(copy, original):
    assert type(copy) is type(original)
    if isinstance(original, BaseException):
        # Exceptions define no equality: the class, the message and every attribute set
        # (kind, and text, offset and expected for a ParseError) must come back.
        assert (copy.args, vars(copy)) == (original.args, vars(original))
    else:
        assert copy == original
    assert repr(copy) == repr(original)


def test_every_public_class_has_a_sample():
    assert sorted(set(public_classes()) - set(SAMPLES)) == []


@pytest.mark.parametrize("name", public_classes())
@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_every_public_class_pickles_to_an_equal_object(name, protocol):
    original = SAMPLES[name]()
    assert isinstance(original, getattr(chiso, name))
    assert_same(pickle.loads(pickle.dumps(original, protocol)), original)


@pytest.mark.parametrize(
    "many",
    [
        lambda: report().indicators,
        lambda: report().observations,
        lambda: report().targets,
        lambda: report().assess_all(),
        lambda: [a for row in report().scorecard().rows for a in row.assessments],
        lambda: report().scorecard().rows,
        lambda: inconsistent_report().check(),
        lambda: zero_base_report().unchecked(),
        lambda: overflowing_report().scorecard().row("retail_sales").failures,
        lambda: chiso.extract("Kim ngạch xuất khẩu tăng 9 - 10%, đạt hơn 2,79 tỷ đồng và 41 sản phẩm."),
    ],
)
def test_every_object_of_the_data_set_pickles_to_an_equal_object(many):
    objects = many()
    assert objects
    for protocol in PROTOCOLS:
        assert pickle.loads(pickle.dumps(objects, protocol)) == objects


def test_an_observation_keeps_its_last_printed_digit_through_pickle():
    with_digit = report().with_observation(
        "iip", "2023", value="1200", bound="about", growth="7", status="P", as_of="2024-01-02", quote="q"
    )
    observation = next(o for o in with_digit.observations if str(o.period) == "2023")
    copy = pickle.loads(pickle.dumps(observation))
    assert copy == observation and (copy.value, copy.bound, copy.as_of) == (
        observation.value,
        "about",
        datetime.date(2024, 1, 2),
    )


def test_a_pickled_assessment_still_reads_its_figures():
    assessment = report().assess_all()[1]
    copy = pickle.loads(pickle.dumps(assessment))
    assert (copy.verdict, copy.reason, copy.actual, copy.required) == (
        assessment.verdict,
        assessment.reason,
        assessment.actual,
        assessment.required,
    )
