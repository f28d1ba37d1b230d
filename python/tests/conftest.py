"""Shared fixtures: the repository's golden files and the embedded Bình Dương report."""

import sys
from pathlib import Path

import chiso
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def report() -> chiso.Report:
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
