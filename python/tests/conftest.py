"""Shared fixtures: the repository's golden files and the embedded Bình Dương report."""

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
