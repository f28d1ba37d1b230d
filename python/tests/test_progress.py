"""Progress towards a level target for a future year: the standalone function, targets with a
base year, and the classes of the four published schemes.

Expected values come from Python's ``decimal`` at 50 digits (the fractional powers) or
``fractions.Fraction`` (the rational ones), as each test says."""

import json
import pickle
from decimal import Decimal, localcontext
from fractions import Fraction

import chiso
import pytest


def test_the_published_unsd_2022_vector():
    p = chiso.progress({2015: "80", 2022: "88"}, "100", 2030, scheme="unsd_2022", bound="exact")
    with localcontext() as context:
        context.prec = 50
        cr = ((Decimal(88) / 80) ** (Decimal(1) / 7) - 1) / ((Decimal(100) / 80) ** (Decimal(1) / 15) - 1)
    assert round(p.measure.value, 6) == round(cr, 6) == Decimal("0.914690")
    assert p.measure.low <= cr <= p.measure.high
    assert (p.scheme, p.klass, p.class_name) == ("unsd_2022", "fair_progress", "fair_progress")
    assert p.between == [] and p.on_track is False and p.projection is None
    assert p.class_label("vi") == "có tiến bộ nhưng cần tăng tốc"
    assert repr(p) == "<Progress unsd_2022 2030: fair_progress (measure 0.914690)>"


def test_destatis_weather_with_its_projection():
    rising = [(2018, 50), (2019, 52), (2020, 54), (2021, 56), (2022, 58)]
    p = chiso.progress(rising, 80, 2030, scheme="destatis", bound="exact")
    # 2 a year: 58 + 16 = 74; (80 - 74) / (80 - 58) = 3/11.
    assert p.projection.value == Decimal(74)
    assert abs(Fraction(p.measure.value) - Fraction(3, 11)) <= Fraction(1, 10**26)
    assert p.measure.low <= Decimal(3) / 11 <= p.measure.high
    assert p.klass == "cloudy"
    falling = [(y, 108 - v) for y, v in rising]
    assert chiso.progress(falling, 80, 2030, scheme="destatis", bound="exact").klass == "thunderstorm"
    with pytest.raises(chiso.UndefinedError, match="needs at least 4"):
        chiso.progress(rising[-3:], 80, 2030, scheme="destatis")


def test_printed_bounds_can_leave_the_class_undetermined():
    # 144 printed as 144 (143.5–144.5): the ratio lies across 0.95.
    p = chiso.progress({2018: chiso.Quantity("100", "percent", "exact"), 2020: "144"}, 176, 2021)
    assert p.scheme == "unsd_2023"
    assert p.klass is None and p.class_name == "undetermined"
    assert p.between == ["fair_progress", "on_track_or_met"]
    assert p.on_track is None
    assert p.class_label("en").startswith("undetermined (between fair progress")


def test_open_sdg_with_the_natural_limit():
    p = chiso.progress({2015: "95", 2020: "97"}, "100", 2030, scheme="open_sdg", limit="100", bound="exact")
    with localcontext() as context:
        context.prec = 50
        r = ((Decimal(97) / 95) ** (Decimal(1) / 5) - 1) / ((Decimal(100) / 95) ** (Decimal(1) / 15) - 1)
        c = 1 - (Decimal("0.95") ** Decimal("4.44"))
    assert round(p.measure.value, 6) == round(r / c, 6)
    assert p.klass == "on_track"


def test_bad_arguments_name_themselves():
    with pytest.raises(chiso.InvalidInputError, match="unsd_2022, unsd_2023, open_sdg or destatis"):
        chiso.progress({2015: 1, 2020: 2}, 3, 2030, scheme="unsd")
    with pytest.raises(chiso.InvalidInputError, match="higher_is_better or lower_is_better"):
        chiso.progress({2015: 1, 2020: 2}, 3, 2030, polarity="up")
    with pytest.raises(TypeError, match="series"):
        chiso.progress("2015: 1", 3, 2030)
    with pytest.raises(chiso.UndefinedError, match="growth from zero"):
        chiso.progress({2015: 0, 2020: 2}, 3, 2030, bound="exact")


def _report(targets):
    report = chiso.datasets.binh_duong_2024()
    document = json.loads(report.to_json())
    document["indicators"].append(
        {
            "id": "forest_cover",
            "name": {"vi": "Tỷ lệ che phủ rừng", "en": "Forest cover"},
            "unit": "percent",
            "measure": "stock",
            "polarity": "higher_is_better",
        }
    )
    document["observations"] += [
        {"indicator": "forest_cover", "period": "2015", "value": "80.0"},
        {"indicator": "forest_cover", "period": "2022", "value": "88.0"},
    ]
    document["targets"] = targets
    return chiso.Report.from_json(json.dumps(document))


def test_level_targets_for_a_future_year():
    target = chiso.Target("forest_cover", "2030", level={"at_least": "100"}, baseline="2015", progress="unsd_2022")
    assert target.progress == "unsd_2022"
    assert repr(target).endswith("baseline='2015', progress='unsd_2022')")
    assert pickle.loads(pickle.dumps(target)) == target
    plain = chiso.Target("forest_cover", "2030", level={"at_least": "100"}, baseline="2015")
    assert plain.progress == "unsd_2023"
    report = _report([{"indicator": "forest_cover", "period": "2030", "baseline": "2015",
                       "level": {"at_least": "100"}, "progress": "unsd_2022"}])
    assessment = target.check(report)
    assert assessment.verdict == "off_track"
    assert assessment.progress.class_name == "fair_progress"
    assert assessment.reason_data["kind"] == "progress_off_track"
    assert assessment.reason_data["class"] == "fair_progress"
    assert pickle.loads(pickle.dumps(assessment.progress)) == assessment.progress
    card = report.scorecard()
    line = next(l for l in card.lines() if l["indicator"] == "forest_cover")
    assert line["progress"] == "fair_progress"
    assert round(line["progress_measure"], 3) == Decimal("0.915")
    with pytest.raises(chiso.InvalidInputError, match="only a level target with a baseline"):
        chiso.Target("forest_cover", "2030", level={"at_least": "100"}, progress="destatis")


def test_other_targets_have_no_progress():
    assessment = chiso.datasets.binh_duong_2024().assess_all()[0]
    assert assessment.progress is None
