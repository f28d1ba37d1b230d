"""The relative numbers of a plan, as `chiso.plan_ratios` and `Assessment.plan_ratios` give them."""

from __future__ import annotations

from typing import NamedTuple

from chiso._chiso import Estimate


class PlanRatios(NamedTuple):
    """The three relative numbers of a plan, in percent (Vietnamese statistics textbooks,
    *số tương đối kế hoạch*): ``planned`` = plan / base (k_nk, *nhiệm vụ kế hoạch*),
    ``completion`` = actual / plan (k_tk, *hoàn thành kế hoạch*), ``dynamics`` = actual / base
    (t, *động thái*) = k_nk × k_tk / 100.

    >>> import chiso
    >>> ratios = chiso.plan_ratios(600, 660, 700, bound="exact")
    >>> ratios.planned.value, round(ratios.completion.value, 4), round(ratios.dynamics.value, 4)
    (Decimal('110'), Decimal('106.0606'), Decimal('116.6667'))
    """

    planned: Estimate
    completion: Estimate
    dynamics: Estimate
