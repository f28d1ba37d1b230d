"""The examples in the package's docstrings run as written."""

import doctest

import chiso
import chiso.columns
import chiso.datasets
import chiso.indicators
import pytest


@pytest.mark.parametrize("module", [chiso, chiso.columns, chiso.datasets, chiso.indicators], ids=lambda m: m.__name__)
def test_docstring_examples_run(module: object) -> None:
    result = doctest.testmod(module, raise_on_error=False)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0
