"""`chiso.__version__` is the version of the crate the extension was built from."""

import re
from pathlib import Path

import chiso
import pytest

CARGO_TOML = Path(__file__).resolve().parents[2] / "Cargo.toml"


def test_version_is_the_workspace_version():
    if not CARGO_TOML.is_file():
        pytest.skip(
            f"the repository's Cargo.toml is not at {CARGO_TOML} (an installed package without its sources)"
        )
    text = CARGO_TOML.read_text(encoding="utf-8")
    section = re.search(r"^\[workspace\.package\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert section, "Cargo.toml has no [workspace.package] section"
    version = re.search(r'^version\s*=\s*"([^"]+)"', section.group(1), re.MULTILINE)
    assert version, "[workspace.package] has no version"
    assert chiso.__version__ == chiso._chiso.__version__ == version.group(1)
