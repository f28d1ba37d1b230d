"""The optional packages chiso uses, imported when first needed.

chiso itself needs none of them. A missing one raises ``ImportError`` saying which extra
installs it (``pip install 'chiso[pandas]'``), instead of a bare ``No module named 'pandas'``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# The extra of pyproject.toml that installs each optional package.
EXTRAS = {
    "pandas": "pandas",
    "pyarrow": "pandas",
    "polars": "polars",
    "matplotlib": "plot",
    "dask": "dask",
    "distributed": "dask",
    "numpy": "pandas",
}


def require(module: str, what: str) -> ModuleType:
    """Imports ``module`` (``"matplotlib.pyplot"``) for ``what`` (``"Scorecard.plot"``), or
    raises ``ImportError`` naming the package and the extra that installs it."""
    package = module.split(".")[0]
    try:
        return importlib.import_module(module)
    except ImportError as err:
        extra = EXTRAS[package]
        raise ImportError(
            f"{what} needs the optional package {package}, which is not installed: "
            f"pip install 'chiso[{extra}]'"
        ) from err
