"""The README's Python examples written as sessions (``>>>``) run as written, with the output it shows."""

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def sessions() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [b for b in re.findall(r"```python\n(.*?)```", text, flags=re.S) if b.lstrip().startswith(">>>")]


def test_the_readme_sessions_run_as_written() -> None:
    blocks = sessions()
    assert len(blocks) == 13, (
        "exact data, building a report, the four questions people ask, the five beyond one year, drafting, the catalogue"
    )
    parser = doctest.DocTestParser()
    globs = {"chiso": __import__("chiso")}
    test = parser.get_doctest("\n".join(blocks), globs, "README", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 15 and result.failed == 0
