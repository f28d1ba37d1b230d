"""chiso's Vietnamese and English numbers against an independent oracle: Babel, which implements
CLDR's number symbols and patterns (`babel.numbers.format_decimal` and, in strict mode,
`parse_decimal`).

CLDR's `vi` locale groups thousands with "." and marks decimals with ","; `en` does the reverse;
both use "-" as the minus sign and group numbers of four digits or more (a minimum grouping of 1):
the conventions chiso assumes, checked first below. Babel's default patterns round to three
decimals, so formatting is compared with a pattern that keeps every printed decimal
(`#,##0.000` for a number printed with three).

Over more than 10,000 generated numbers, both libraries format every number identically and read
every text (grouped, ungrouped, and each language's text read as the other) to the same value with
the same printed digits, or both refuse it. Where they differ on other text, the difference is
deliberate and has its own test below saying why; a fuzz test checks that every difference on
random number-like text is one of those.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import babel.numbers
import chiso
import pytest

LANGS = ("vi", "en")
SEED = 20250305


def sample(count: int = 12_000) -> list[Decimal]:
    """Numbers from 0 to 10^15 with 0 to 6 printed decimals, a third of them negative: short and
    long, needing grouping and not, with trailing zeros kept (`16.940`)."""
    rng = random.Random(SEED)
    numbers = [Decimal(text) for text in ("0", "0.0", "0.000000", "1", "999", "1000", "999999.999", "-1000")]
    numbers.append(Decimal(10**15))
    while len(numbers) < count:
        digits = rng.randint(1, 16)
        whole = rng.randrange(10 ** (digits - 1) if digits > 1 else 0, 10**digits)
        scale = rng.randint(0, 6)
        fraction = f".{rng.randrange(10**scale):0{scale}d}" if scale else ""
        # A zero is never negative here: chiso's decimals have no negative zero (see below).
        negative = rng.random() < 1 / 3 and (whole > 0 or fraction.strip(".0") != "")
        numbers.append(Decimal(f"{'-' if negative else ''}{whole}{fraction}"))
    return numbers


NUMBERS = sample()


def pattern(value: Decimal) -> str:
    """A CLDR pattern that groups thousands and prints exactly the decimals `value` has."""
    scale = max(0, -int(value.as_tuple().exponent))
    return "#,##0" + ("." + "0" * scale if scale else "")


def babel_format(value: Decimal, lang: str) -> str:
    return babel.numbers.format_decimal(value, format=pattern(value), locale=lang, decimal_quantization=True)


def babel_read(text: str, lang: str) -> Decimal | None:
    try:
        return babel.numbers.parse_decimal(text, locale=lang, strict=True)
    except babel.numbers.NumberFormatError:
        return None


def chiso_read(text: str, lang: str) -> Decimal | None:
    try:
        return chiso.parse_number(text, lang)
    except chiso.ParseError:
        return None


def printed(value: Decimal | None) -> tuple[Decimal, int, bool] | None:
    """The value with its printed digits and its sign, so that `16.940` and `16.94` differ, and
    so do `-0` and `0`."""
    return None if value is None else (value, int(value.as_tuple().exponent), value.is_signed())


def test_the_sample_is_varied() -> None:
    assert len(NUMBERS) >= 10_000
    assert len(set(NUMBERS)) > 11_000
    assert {-int(n.as_tuple().exponent) for n in NUMBERS} == set(range(7))
    assert sum(n < 0 for n in NUMBERS) > 3_000 and sum(n.is_zero() for n in NUMBERS) >= 3
    assert sum(abs(n) < 1000 for n in NUMBERS) > 1_000 and sum(abs(n) >= 10**12 for n in NUMBERS) > 3_000


def test_cldr_uses_the_symbols_chiso_assumes() -> None:
    symbols = {
        lang: (babel.numbers.get_group_symbol(lang), babel.numbers.get_decimal_symbol(lang)) for lang in LANGS
    }
    assert symbols == {"vi": (".", ","), "en": (",", ".")}
    assert babel.numbers.get_minus_sign_symbol("vi") == babel.numbers.get_minus_sign_symbol("en") == "-"
    assert babel_format(Decimal(1234), "vi") == chiso.format_decimal(1234, "vi") == "1.234"


@pytest.mark.parametrize("lang", LANGS)
def test_every_number_formats_as_babel_formats_it(lang: str) -> None:
    disagreements = []
    for value in NUMBERS:
        ours, theirs = chiso.format_decimal(value, lang), babel_format(value, lang)
        if ours != theirs:
            disagreements.append((value, ours, theirs))
    assert disagreements == [], f"{len(disagreements)} of {len(NUMBERS)}, first {disagreements[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_number_reads_as_babel_reads_it(lang: str) -> None:
    """Babel's own text, the same number ungrouped, and the other language's text read as this
    language (`351.640` is 351640 in Vietnamese, 351.640 in English): equal values and printed
    digits, or a refusal by both."""
    other = "en" if lang == "vi" else "vi"
    agreements, disagreements = 0, []
    for value in NUMBERS:
        grouped = babel_format(value, lang)
        ungrouped = str(value).replace(".", babel.numbers.get_decimal_symbol(lang))
        for text in (grouped, ungrouped, babel_format(value, other)):
            ours, theirs = printed(chiso_read(text, lang)), printed(babel_read(text, lang))
            if ours == theirs:
                agreements += 1
            else:
                disagreements.append((text, ours, theirs))
        assert printed(chiso.parse_number(grouped, lang)) == printed(value)
    assert disagreements == [], (
        f"{len(disagreements)} of {agreements + len(disagreements)}, first {disagreements[:5]}"
    )
    assert agreements == 3 * len(NUMBERS)


# The documented differences. Each is deliberate: chiso reads figures as reports print them and
# refuses what it would otherwise have to guess, while Babel's strict mode checks the grouping of
# the text and hands the rest to Python's `decimal.Decimal`, which takes Python's own syntax.


@pytest.mark.parametrize("lang", LANGS)
def test_a_zero_has_no_sign_in_chiso(lang: str) -> None:
    # chiso's decimals (rust_decimal, as the core reads them) have no negative zero, and the core
    # keeps none on purpose ("giảm 0%" is a change of 0): the interval a printed "-0,0" allows is
    # the same as that of "0,0". The values are equal; only Python's sign of zero differs.
    mark = babel.numbers.get_decimal_symbol(lang)
    for text in ("-0", f"-0{mark}00"):
        ours, theirs = chiso.parse_number(text, lang), babel_read(text, lang)
        assert theirs is not None and ours == theirs and theirs.is_signed() and not ours.is_signed()
        assert ours.as_tuple().exponent == theirs.as_tuple().exponent
    assert chiso.format_decimal(Decimal("-0.00"), lang) == f"0{mark}00"
    assert babel_format(Decimal("-0.00"), lang) == f"-0{mark}00"


@pytest.mark.parametrize("lang", LANGS)
def test_the_typographic_minus_sign_is_read_by_chiso_only(lang: str) -> None:
    # Reports typeset in Word or LaTeX print U+2212 MINUS SIGN; CLDR's minus for vi and en is
    # U+002D, the only one Babel takes. chiso reads both and writes "-", as CLDR does.
    text = babel_format(Decimal("-1234.5"), lang).replace("-", "\u2212")
    assert chiso.parse_number(text, lang) == Decimal("-1234.5")
    assert babel_read(text, lang) is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_decimal_mark_without_digits_on_both_sides_is_refused_by_chiso_only(lang: str) -> None:
    # ",5" and "7," are not how a report prints 0.5 and 7; in running text "7," is a 7 followed
    # by a comma. chiso refuses both and says what to write; Babel hands them to Decimal.
    mark = babel.numbers.get_decimal_symbol(lang)
    for text, value, expected in ((f"{mark}5", "0.5", f"write 0{mark}5"), (f"7{mark}", "7", "a digit after")):
        assert babel_read(text, lang) == Decimal(value)
        with pytest.raises(chiso.ParseError, match=expected):
            chiso.parse_number(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "1_000",  # Python's digit grouping in numeric literals
        "1e3",  # exponent notation
        "2,5E-3",
        "\u0661\u0662\u0663",  # Arabic-Indic digits, which Python's int() and Decimal() take
        "\uff11\uff12",  # fullwidth digits
    ],
)
def test_python_number_syntax_that_babel_passes_through_is_refused_by_chiso(text: str) -> None:
    # Babel's strict mode checks the locale's grouping and then calls Decimal(), which also takes
    # Python's own syntax. No report prints a figure so; chiso reads ASCII digits and the locale's
    # two separators only.
    assert babel_read(text, "vi") is not None
    with pytest.raises(chiso.ParseError):
        chiso.parse_number(text, "vi")


@pytest.mark.parametrize(("lang", "text"), [("vi", "+351.640"), ("vi", " 351.640 "), ("en", "\u00a0351,640")])
def test_a_sign_or_spaces_around_a_grouped_number_are_refused_by_babel_only(lang: str, text: str) -> None:
    # Babel's strict mode checks grouping by formatting the value again and comparing the whole
    # text, so a "+" or a space around a grouped number fails the comparison, while the same
    # around an ungrouped number passes ("+351640"). chiso treats grouped and ungrouped alike.
    assert chiso.parse_number(text, lang) == 351640
    assert babel_read(text, lang) is None
    assert babel_read(text.replace(".", "").replace(",", ""), lang) == 351640


def test_more_digits_than_a_decimal_holds_are_refused_by_chiso_only() -> None:
    # chiso's decimals hold integers below 2^96 (about 7.9 × 10^28) exactly and no longer ones;
    # rather than round on reading, chiso refuses. Python's Decimal holds any length.
    text = "9" * 29
    assert babel_read(text, "en") == Decimal(text)
    with pytest.raises(chiso.ParseError, match="28 significant digits"):
        chiso.parse_number(text, "en")


def documented_difference(text: str, lang: str, ours: Decimal | None, theirs: Decimal | None) -> bool:
    """Whether a difference on `text` is one of those the tests above document."""
    group, mark = babel.numbers.get_group_symbol(lang), babel.numbers.get_decimal_symbol(lang)
    bare = re.sub(r"\s", "", text).lstrip("+-\u2212")
    if ours is not None and theirs is not None:
        return ours == theirs and ours.is_zero()
    if ours is None:
        return bare.startswith(mark) or bare.endswith(mark)
    return "\u2212" in text or (group in text and (text != text.strip() or text.lstrip().startswith("+")))


def test_every_difference_on_random_number_like_text_is_documented() -> None:
    rng = random.Random(SEED)
    alphabet = "0123456789" * 3 + ".,.,-+\u2212 \u00a0\t"
    compared, undocumented = 0, []
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        for lang in LANGS:
            ours, theirs = chiso_read(text, lang), babel_read(text, lang)
            compared += 1
            if printed(ours) != printed(theirs) and not documented_difference(text, lang, ours, theirs):
                undocumented.append((lang, text, ours, theirs))
    assert undocumented == [], f"{len(undocumented)} of {compared}, first {undocumented[:5]}"
