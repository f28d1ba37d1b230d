"""Shared fixtures: the repository's golden files and the embedded Bình Dương report."""

import json
import sys
from pathlib import Path

import chiso
import pytest

ROOT = Path(__file__).resolve().parents[2]


def existing_binh_duong() -> chiso.Report:
    """The embedded report as if Bình Dương had not ceased to exist on 1 July 2025, so that its
    2025 targets are pending rather than not assessable."""
    document = json.loads(chiso.datasets.binh_duong_2024().to_json())
    del document["region"]["ended"], document["region"]["successor"]
    return chiso.Report.from_json(json.dumps(document))


@pytest.fixture()
def report() -> chiso.Report:
    return existing_binh_duong()


@pytest.fixture()
def ended_report() -> chiso.Report:
    """The embedded report as shipped: Bình Dương ended on 1 July 2025."""
    return chiso.datasets.binh_duong_2024()


@pytest.fixture()
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def close_figures():
    """Each test's charts are closed after it, so a run does not keep hundreds of figures open."""
    yield
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
