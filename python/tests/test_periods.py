"""Issue 12: growths labelled with what they are against, annualised growths and the relative
numbers of a plan, through the Python bindings. Every number is checked against `fractions`."""

import json
import pickle
from decimal import Decimal
from fractions import Fraction

import chiso
import pytest

# The format the installed core writes, so that the documents below use the new fields in it.
FORMAT = json.loads(chiso.datasets.binh_duong_2024().to_json())["format"]


def report(observations):
    return chiso.Report.from_json(
        json.dumps(
            {
                "format": FORMAT,
                "region": {"id": "VN-XX", "name": {"vi": "X", "en": "X"}},
                "publisher": {"vi": "C", "en": "O"},
                "indicators": [
                    {
                        "id": "iip",
                        "name": {"vi": "IIP", "en": "IIP"},
                        "unit": "billion VND",
                        "measure": "flow",
                        "polarity": "higher_is_better",
                    }
                ],
                "observations": observations,
                "targets": [
                    {"indicator": "iip", "period": "2025", "baseline": "2024", "growth": {"at_least": "8"}},
                    {"indicator": "iip", "period": "2025-Q2", "level": {"at_least": "660"}},
                ],
            }
        )
    )


def as_fraction(d: Decimal) -> Fraction:
    return Fraction(d)


def test_annualise_compounds_exactly():
    # Fraction(101, 100) ** 4 * 100 - 100 == Fraction("4.06040100")
    g = chiso.annualise(1, 4, bound="exact")
    assert g.value == Decimal("4.06040100")
    assert as_fraction(g.value) == Fraction(101, 100) ** 4 * 100 - 100
    monthly = chiso.annualise("1.0", 12)
    # A printed 1.0 allows 0.95 to 1.05: the ends are those growths compounded.
    assert as_fraction(monthly.low) <= (1 + Fraction("0.95") / 100) ** 12 * 100 - 100
    assert as_fraction(monthly.high) >= (1 + Fraction("1.05") / 100) ** 12 * 100 - 100
    with pytest.raises(chiso.UndefinedError):
        chiso.annualise("-100.5", 4)
    with pytest.raises(chiso.InvalidInputError):
        chiso.annualise(1, 0)
    with pytest.raises(TypeError):
        chiso.annualise(1, 4.0)


def test_plan_ratios_follow_the_textbook_example():
    ratios = chiso.plan_ratios(600, 660, 700, bound="exact")
    assert isinstance(ratios, chiso.PlanRatios)
    assert as_fraction(ratios.planned.value) == Fraction(660, 600) * 100
    # 28 significant digits of Fraction(700, 660) * 100 and Fraction(700, 600) * 100.
    assert abs(as_fraction(ratios.completion.value) - Fraction(700, 660) * 100) < Fraction(1, 10**25)
    assert abs(as_fraction(ratios.dynamics.value) - Fraction(700, 600) * 100) < Fraction(1, 10**25)
    assert "PlanRatios(planned=" in repr(ratios)
    plan = chiso.implied_plan(700, 105, bound="exact")
    assert abs(as_fraction(plan.value) - Fraction(700 * 100, 105)) < Fraction(1, 10**24)
    with pytest.raises(chiso.UndefinedError):
        chiso.plan_ratios(0, 660, 700)


def test_a_month_on_month_growth_never_judges_a_year_on_year_target():
    r = report(
        [
            {"indicator": "iip", "period": "2025", "growth": "2.1", "compared_with": "previous_period"},
            {"indicator": "iip", "period": "2025-03", "growth": "0.4", "compared_with": "previous_period"},
        ]
    )
    assert r.assess_all()[0].verdict == "pending"
    o = r.observations[0]
    assert (o.compared_with, o.annualised) == ("previous_period", False)
    assert "previous_period" in repr(o)
    assert pickle.loads(pickle.dumps(o)) == o


def test_growths_table_labels_every_growth():
    r = report(
        [
            {"indicator": "iip", "period": "2025-Q1", "value": "600"},
            {"indicator": "iip", "period": "2025-Q2", "value": "606", "plan_completion": "91.8"},
            {"indicator": "iip", "period": "2024-Q2", "value": "550"},
            {
                "indicator": "iip",
                "period": "2025-Q2",
                "growth": "1.0",
                "compared_with": "previous_period",
                "annualised": False,
            },
        ]
    )
    table = r.growths()
    lines = table.lines("en")
    labels = [(line["period"], line["label"], line["printed"]) for line in lines]
    assert labels == [
        ("2025-Q2", "quarter on quarter", True),
        ("2025-Q2", "year on year", False),
        ("2025-Q2", "quarter on quarter", False),
        ("2025-Q2", "quarter on quarter, annualised", False),
    ]
    # 606 / 600 - 1 = 1%, so 4.060401% annualised; 606 / 550 - 1 year on year.
    assert lines[2]["growth"] == Decimal(1)
    assert lines[3]["growth"] == Decimal("4.06040100")
    assert abs(as_fraction(lines[1]["growth"]) - (Fraction(606, 550) * 100 - 100)) < Fraction(1, 10**25)
    assert [line["label"] for line in table.lines("vi")][3] == "so với quý trước, quy năm"
    assert table.estimate(3).value == Decimal("4.06040100")
    assert repr(table) == "<Growths: 4 growths, 1 printed>"
    assert pickle.loads(pickle.dumps(table)) == table
    frame = table.to_pandas("en")
    assert list(frame.columns) == chiso.Growths.COLUMNS
    assert frame["growth"].iloc[3] == Decimal("4.06040100")
    # The level target of 660 is the plan: base 550 a year before, 606 achieved.
    ratios = r.assess_all()[1].plan_ratios
    assert as_fraction(ratios.planned.value) == Fraction(660, 550) * 100
    assert abs(as_fraction(ratios.completion.value) - Fraction(606, 660) * 100) < Fraction(1, 10**25)


def test_observations_carry_their_labels_and_plan_completion():
    o = chiso.Observation(
        "iip", "2025-Q2", growth="4.06", compared_with="previous_period", annualised=True,
        plan_completion="105", plan_completion_bound="about",
    )
    assert (o.compared_with, o.annualised, o.plan_completion, o.plan_completion_bound) == (
        "previous_period", True, Decimal("105"), "about",
    )
    assert pickle.loads(pickle.dumps(o)) == o
    with pytest.raises(chiso.InvalidInputError):
        chiso.Observation("iip", "2025-YTD03", growth="1", compared_with="previous_period")
    with pytest.raises(chiso.InvalidInputError):
        chiso.Observation("iip", "2025", growth="1", annualised=True)


def test_plan_completions_are_read_from_text():
    mentions = chiso.extract("Thu ngân sách đạt 98,5% kế hoạch; chi vượt 5% kế hoạch.", lang="vi")
    assert [m.plan_completion.value for m in mentions] == [Decimal("98.5"), Decimal("105")]
    assert pickle.loads(pickle.dumps(mentions[1])).plan_completion == mentions[1].plan_completion
