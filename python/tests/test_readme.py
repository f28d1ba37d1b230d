"""The README's "Questions people ask" run as written, with the output it shows."""

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def questions_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Questions people ask")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_questions_people_ask_run_as_written() -> None:
    section = questions_section()
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 4, "one block per question"
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(blocks), {}, "README: Questions people ask", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 10 and result.failed == 0
