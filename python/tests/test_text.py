"""Figures as Vietnamese and English reports print them: reading, formatting and extraction from
Python, delegated to the core's `text` module. Offsets are `str` indices; every refusal names the
text and the character where reading failed."""

import decimal
import pickle
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Callable

import chiso
import pytest
from chiso import Quantity

SEED = Path(__file__).resolve().parents[2] / "crates" / "chiso" / "data" / "sources" / "binh_duong_2024.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def same(value: Decimal, expected: str) -> bool:
    """The same sign, digits and exponent: `16.940` is not `16.94`."""
    return value.as_tuple() == Decimal(expected).as_tuple()


def figure(q: Quantity) -> tuple[str, str, str]:
    return (str(q.value), q.unit, q.bound)


class TestParseNumber:
    @pytest.mark.parametrize(
        ("text", "lang", "expected"),
        [
            ("351.640", "vi", "351640"),
            ("16,94", "vi", "16.94"),
            ("16,940", "vi", "16.940"),
            ("1.234.567,891", "vi", "1234567.891"),
            ("351640", "vi", "351640"),
            ("0,5", "vi", "0.5"),
            ("-2,1", "vi", "-2.1"),
            ("−2,1", "vi", "-2.1"),
            ("+2,1", "vi", "2.1"),
            ("\u00a016,94\u202f", "vi", "16.94"),
            ("351,640", "en", "351640"),
            ("16.94", "en", "16.94"),
            ("1,234,567.891", "en", "1234567.891"),
            ("-0.50", "en", "-0.50"),
            ("79.228.162.514.264.337.593.543.950.335", "vi", "79228162514264337593543950335"),
            ("-12,345,678,901,234,567,890.5", "en", "-12345678901234567890.5"),
            ("-0,0000000000000000000000000001", "vi", "-0.0000000000000000000000000001"),
        ],
    )
    def test_numbers_read_as_each_language_prints_them(self, text: str, lang: str, expected: str) -> None:
        assert same(chiso.parse_number(text, lang), expected)

    def test_numbers_are_plain_decimals_whatever_the_callers_context(self) -> None:
        with decimal.localcontext() as context:
            context.prec = 3
            context.traps[decimal.Inexact] = True
            read = chiso.parse_number("1.234.567,891")
            (batch,) = chiso.parse_numbers(["1.234.567,891"])
        assert type(read) is type(batch) is Decimal
        assert same(read, "1234567.891") and same(batch, "1234567.891")

    def test_the_default_language_is_vietnamese(self) -> None:
        assert chiso.parse_number("351.640") == 351640
        assert chiso.parse_number("351.640", lang="en") == Decimal("351.640")

    @pytest.mark.parametrize(
        ("text", "lang", "offset", "expected"),
        [
            ("10.5", "vi", 2, "did you mean 10,5?"),
            ("10,5", "en", 2, "did you mean 10.5?"),
            ("1.2345", "vi", 1, "did you mean 1,2345?"),
            ("1234.567", "vi", 0, "1 to 3 digits"),
            ("1,2,3", "vi", 3, "one decimal mark"),
            ("1,234.5", "vi", 5, "no '.' after the decimal mark"),
            ("1 234", "vi", 1, "no space inside a number"),
            (",5", "vi", 0, "write 0,5"),
            ("10,", "vi", 2, "a digit after the decimal mark"),
            ("-", "vi", 1, "right after the sign"),
            ("", "en", 0, "a number"),
            ("abc", "en", 0, "a number"),
            ("10 tỷ", "vi", 3, "the end of the number"),
            ("12345678901234567890123456789012", "en", 0, "28 significant digits"),
        ],
    )
    def test_malformed_numbers_are_refused_at_the_offending_character(
        self, text: str, lang: str, offset: int, expected: str
    ) -> None:
        refused(lambda: chiso.parse_number(text, lang), text, offset, expected)


class TestParseNumbers:
    def test_a_batch_reads_each_text_as_parse_number_does(self) -> None:
        texts = ["351.640", "16,94", "-2,1", "0"]
        assert chiso.parse_numbers(texts) == [chiso.parse_number(t) for t in texts]
        assert chiso.parse_numbers(iter(["351,640", "16.940"]), "en") == [Decimal(351640), Decimal("16.940")]
        assert str(chiso.parse_numbers(("16,940",))[0]) == "16.940"
        assert chiso.parse_numbers([]) == []

    def test_the_first_text_that_cannot_be_read_is_refused(self) -> None:
        refused(lambda: chiso.parse_numbers(["1", "10.5", "1,2,3"]), "10.5", 2, "did you mean 10,5?")

    def test_texts_that_are_not_short_ascii_read_as_parse_number_reads_them(self) -> None:
        # A Unicode minus, a no-break space, more than 64 characters, a str subclass.
        class Text(str):
            pass

        texts = ["−2,1", "16,94\u00a0", " " * 70 + "1.234,5", Text("351.640")]
        assert chiso.parse_numbers(texts) == [chiso.parse_number(t) for t in texts]
        assert [str(n) for n in chiso.parse_numbers(texts)] == ["-2.1", "16.94", "1234.5", "351640"]
        refused(lambda: chiso.parse_numbers(["1", "−10.5"]), "−10.5", 3, "did you mean −10,5?")
        with pytest.raises(chiso.InvalidInputError, match="lone surrogate"):
            chiso.parse_numbers(["1", "1\ud800"])

    def test_a_str_or_an_item_that_is_not_a_str_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="parse_number"):
            chiso.parse_numbers("351.640")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="texts"):
            chiso.parse_numbers(["1", 2])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            chiso.parse_numbers(5)  # type: ignore[arg-type]


class TestParseQuantity:
    @pytest.mark.parametrize(
        ("text", "lang", "expected"),
        [
            ("16,94 tỷ kWh", "vi", ("16.94", "billion kWh", "as_printed")),
            ("351.640 tỷ đồng", "vi", ("351640", "billion VND", "as_printed")),
            ("406,2 triệu kWh", "vi", ("406.2", "million kWh", "as_printed")),
            ("khoảng 2,5 nghìn tỷ đồng", "vi", ("2.5", "trillion VND", "about")),
            ("10 tỷ đô la Mỹ", "vi", ("10", "billion USD", "as_printed")),
            ("2,1 điểm phần trăm", "vi", ("2.1", "percentage points", "as_printed")),
            ("41 sản phẩm", "vi", ("41", "products", "exact")),
            ("14 kế hoạch, đề án", "vi", ("14", "plans", "exact")),
            ("1,5 nghìn doanh nghiệp", "vi", ("1.5", "thousand enterprises", "as_printed")),
            ("351,640 billion VND", "en", ("351640", "billion VND", "as_printed")),
            ("16.94 billion kWh", "en", ("16.94", "billion kWh", "as_printed")),
            ("10 billion US dollars", "en", ("10", "billion USD", "as_printed")),
            ("41 products", "en", ("41", "products", "exact")),
            ("10 per cent", "en", ("10", "percent", "as_printed")),
        ],
    )
    def test_quantities_read_as_each_language_prints_them(
        self, text: str, lang: str, expected: tuple[str, str, str]
    ) -> None:
        assert figure(chiso.parse_quantity(text, lang)) == expected

    @pytest.mark.parametrize(
        ("qualifier", "lang", "bound"),
        [
            ("hơn", "vi", "more_than"),
            ("trên", "vi", "more_than"),
            ("ít nhất", "vi", "at_least"),
            ("tối thiểu", "vi", "at_least"),
            ("dưới", "vi", "less_than"),
            ("tối đa", "vi", "at_most"),
            ("không quá", "vi", "at_most"),
            ("khoảng", "vi", "about"),
            ("gần", "vi", "about"),
            ("xấp xỉ", "vi", "about"),
            ("more than", "en", "more_than"),
            ("over", "en", "more_than"),
            ("at least", "en", "at_least"),
            ("less than", "en", "less_than"),
            ("below", "en", "less_than"),
            ("at most", "en", "at_most"),
            ("up to", "en", "at_most"),
            ("about", "en", "about"),
            ("nearly", "en", "about"),
        ],
    )
    def test_qualifiers_give_the_bound(self, qualifier: str, lang: str, bound: str) -> None:
        number = "2,79" if lang == "vi" else "2.79"
        q = chiso.parse_quantity(f"{qualifier} {number}%", lang)
        assert figure(q) == ("2.79", "percent", bound)

    def test_the_bound_decides_the_interval(self) -> None:
        budget = chiso.parse_quantity("hơn 2,79 tỷ đồng")
        assert (budget.interval().low, budget.interval().high, budget.interval().low_open) == (
            Decimal("2.79"),
            None,
            True,
        )
        electricity = chiso.parse_quantity("16,94 tỷ kWh").interval()
        assert (electricity.low, electricity.high) == (Decimal("16.935"), Decimal("16.945"))

    @pytest.mark.parametrize(
        ("text", "lang", "offset", "expected"),
        [
            ("10", "vi", 2, "a unit (đồng"),
            ("10 tỷ", "vi", 5, "a unit"),
            ("10 triệu %", "vi", 3, "no scale word here"),
            ("10 tỷ USD nữa", "vi", 10, "the end of the quantity"),
            ("100 USD/tấn", "vi", 7, "USD/tấn"),
            ("tăng 11,4%", "vi", 0, "parse_growth"),
            ("10.5 tỷ đồng", "vi", 2, "did you mean 10,5?"),
            ("5 KCN", "vi", 2, "a unit"),
            ("10 billion", "en", 10, "thousand, million, billion, trillion"),
            ("16,94 tỷ kWh", "en", 2, "did you mean 16.94?"),
        ],
    )
    def test_malformed_quantities_are_refused_at_the_offending_character(
        self, text: str, lang: str, offset: int, expected: str
    ) -> None:
        refused(lambda: chiso.parse_quantity(text, lang), text, offset, expected)


class TestParseGrowth:
    @pytest.mark.parametrize(
        ("text", "lang", "expected"),
        [
            ("tăng 11,4%", "vi", ("11.4", "percent", "as_printed")),
            ("tăng 13,3% so với cùng kỳ", "vi", ("13.3", "percent", "as_printed")),
            ("tăng trưởng 7,6%", "vi", ("7.6", "percent", "as_printed")),
            ("giảm 2,1%", "vi", ("-2.1", "percent", "as_printed")),
            ("giảm hơn 2%", "vi", ("-2", "percent", "less_than")),
            ("giảm ít nhất 2%", "vi", ("-2", "percent", "at_most")),
            ("sụt giảm 0%", "vi", ("0", "percent", "as_printed")),
            ("-2,1%", "vi", ("-2.1", "percent", "as_printed")),
            ("+2,1%", "vi", ("2.1", "percent", "as_printed")),
            ("tăng 2,1 điểm phần trăm", "vi", ("2.1", "percentage points", "as_printed")),
            ("giảm 5 tỷ USD", "vi", ("-5", "billion USD", "as_printed")),
            ("up 13.3%", "en", ("13.3", "percent", "as_printed")),
            ("down 2.1% year on year", "en", ("-2.1", "percent", "as_printed")),
            ("rose by more than 5%", "en", ("5", "percent", "more_than")),
            ("fell by less than 1%", "en", ("-1", "percent", "more_than")),
        ],
    )
    def test_changes_are_signed_by_their_verb_and_the_bound_turns_with_the_sign(
        self, text: str, lang: str, expected: tuple[str, str, str]
    ) -> None:
        assert figure(chiso.parse_growth(text, lang)) == expected

    def test_a_growth_read_feeds_the_growth_functions(self) -> None:
        base = chiso.implied_base(chiso.parse_quantity("16,94 tỷ kWh"), chiso.parse_growth("tăng 11,4%"))
        assert base.format("vi") == "15,21 tỷ kWh (15,19–15,22)"

    @pytest.mark.parametrize(
        ("text", "lang", "offset", "expected"),
        [
            ("2,1%", "vi", 0, "a verb (tăng, giảm"),
            ("giảm -2,1%", "vi", 5, "no sign"),
            ("tăng 11,4", "vi", 9, "a unit"),
            ("tăng 11,4% so với", "vi", 11, "the end of the change"),
            ("up 13,3%", "en", 5, "did you mean 13.3?"),
            ("tăng 10.5%", "vi", 7, "did you mean 10,5?"),
        ],
    )
    def test_malformed_changes_are_refused_at_the_offending_character(
        self, text: str, lang: str, offset: int, expected: str
    ) -> None:
        refused(lambda: chiso.parse_growth(text, lang), text, offset, expected)


class TestParseRange:
    @pytest.mark.parametrize(
        ("text", "lang", "low", "high"),
        [
            ("13 - 14%", "vi", ("13", "percent"), ("14", "percent")),
            ("9–10%", "vi", ("9", "percent"), ("10", "percent")),
            ("từ 9 đến 10%", "vi", ("9", "percent"), ("10", "percent")),
            ("tăng 13 - 14% so với cùng kỳ", "vi", ("13", "percent"), ("14", "percent")),
            ("giảm 2 - 3%", "vi", ("-3", "percent"), ("-2", "percent")),
            ("1,5 - 2 tỷ đồng", "vi", ("1.5", "billion VND"), ("2", "billion VND")),
            ("từ 500 triệu đến 1,2 tỷ đồng", "vi", ("500", "million VND"), ("1.2", "billion VND")),
            ("9-10%", "en", ("9", "percent"), ("10", "percent")),
            ("between 9 and 10%", "en", ("9", "percent"), ("10", "percent")),
            ("up 13-14% year on year", "en", ("13", "percent"), ("14", "percent")),
        ],
    )
    def test_ranges_read_into_two_ends_sharing_the_unit_written_once(
        self, text: str, lang: str, low: tuple[str, str], high: tuple[str, str]
    ) -> None:
        read_low, read_high = chiso.parse_range(text, lang)
        assert (str(read_low.value), read_low.unit) == low
        assert (str(read_high.value), read_high.unit) == high

    def test_a_range_feeds_a_target(self) -> None:
        low, high = chiso.parse_range("tăng 13 - 14%")
        target = chiso.Target(
            "retail_sales", "2025", growth={"between": [low.value, high.value]}, baseline="2024"
        )
        assert target.thresholds == (Decimal(13), Decimal(14))

    @pytest.mark.parametrize(
        ("text", "lang", "offset", "expected"),
        [
            ("14 - 13%", "vi", 0, "lower end to its higher end"),
            ("9 USD - 10%", "vi", 2, "the unit of the higher end (percent)"),
            ("từ 9 - 10%", "vi", 5, "đến, tới"),
            ("between 9 to 10%", "en", 10, "and"),
            ("9 10%", "vi", 2, "joining the two ends"),
            ("2022 - 2025", "vi", 11, "a unit"),
            ("9 - 10% nữa", "vi", 8, "the end of the range"),
        ],
    )
    def test_malformed_ranges_are_refused_at_the_offending_character(
        self, text: str, lang: str, offset: int, expected: str
    ) -> None:
        refused(lambda: chiso.parse_range(text, lang), text, offset, expected)


class TestFormatQuantity:
    @pytest.mark.parametrize(
        ("quantity", "vi", "en"),
        [
            (Quantity("351640", "billion VND"), "351.640 tỷ đồng", "351,640 billion VND"),
            (Quantity("16.94", "billion kWh"), "16,94 tỷ kWh", "16.94 billion kWh"),
            (Quantity("2.79", "billion VND", "more_than"), "hơn 2,79 tỷ đồng", "more than 2.79 billion VND"),
            (Quantity("99.99", "percent", "at_least"), "ít nhất 99,99%", "at least 99.99%"),
            (Quantity("30", "parks", "more_than"), "hơn 30 khu công nghiệp", "more than 30 parks"),
            (Quantity("-1234.50", "million USD"), "-1.234,50 triệu USD", "-1,234.50 million USD"),
        ],
    )
    def test_quantities_print_as_each_language_does(self, quantity: Quantity, vi: str, en: str) -> None:
        assert chiso.format_quantity(quantity, "vi") == vi
        assert chiso.format_quantity(quantity, "en") == en == chiso.format_quantity(quantity)
        assert quantity.format("vi") == vi

    @pytest.mark.parametrize("lang", ["vi", "en"])
    def test_what_is_printed_reads_back_equal(self, lang: str) -> None:
        for bound in ["as_printed", "more_than", "at_least", "less_than", "at_most", "about"]:
            for unit in ["billion VND", "million USD", "percent", "percentage points", "thousand fairs"]:
                q = Quantity("-1234.50", unit, bound)
                assert chiso.parse_quantity(chiso.format_quantity(q, lang), lang) == q

    def test_only_a_quantity_is_formatted(self) -> None:
        with pytest.raises(TypeError, match="quantity"):
            chiso.format_quantity("16.94", "vi")  # type: ignore[arg-type]


class TestQuantityInReportWords:
    def test_vietnamese_units_read_and_their_numbers_too(self) -> None:
        assert Quantity("16,94", "tỷ kWh") == Quantity("16.94", "billion kWh")
        assert Quantity("350", "triệu đồng") == Quantity("350", "million VND")
        assert Quantity("41", "sản phẩm").unit == "products"
        assert Quantity("1,5", "nghìn tỷ đồng") == Quantity("1.5", "trillion VND")
        assert repr(Quantity("16,940", "tỷ kWh")) == "Quantity('16.940', 'billion kWh')"

    def test_the_same_digits_mean_different_numbers_in_report_words_and_in_json(self) -> None:
        # The dangerous case: "." groups thousands in Vietnamese and marks decimals in JSON.
        assert Quantity("351.640", "tỷ đồng").value == Decimal(351640)
        assert same(Quantity("351.640", "billion VND").value, "351.640")

    def test_lang_says_how_a_number_is_printed_whatever_the_unit(self) -> None:
        assert Quantity("351.640", "billion VND", lang="vi").value == 351640
        assert Quantity("351,640", "billion VND", lang="en").value == 351640
        assert Quantity("16,94", "%", lang="vi").value == Decimal("16.94")
        assert Quantity("351,640", "billion US dollars", lang="en") == Quantity(351640, "billion USD")

    def test_numbers_that_are_not_text_are_taken_exactly_whatever_the_unit(self) -> None:
        assert same(Quantity(Decimal("351.640"), "tỷ đồng").value, "351.640")
        assert same(Quantity(16.94, "tỷ kWh").value, "16.94")
        assert Quantity(41, "sản phẩm", lang="vi").value == 41

    def test_quantities_in_report_words_pickle_and_print_in_json_words(self) -> None:
        q = Quantity("2,79", "tỷ đồng", "more_than")
        assert repr(q) == "Quantity('2.79', 'billion VND', bound='more_than')"
        assert pickle.loads(pickle.dumps(q)) == q

    def test_a_number_in_the_wrong_form_is_refused_with_its_offset(self) -> None:
        refused(lambda: Quantity("16.94", "tỷ kWh"), "16.94", 2, "did you mean 16,94?")
        refused(lambda: Quantity("16,94", "billion kWh", lang="en"), "16,94", 2, "did you mean 16.94?")
        with pytest.raises(chiso.InvalidInputError, match="lang='vi'") as info:
            Quantity("16,94", "billion kWh")
        assert '"16,94"' in str(info.value)

    def test_a_unit_read_neither_way_gives_both_reasons(self) -> None:
        with pytest.raises(chiso.InvalidInputError) as info:
            Quantity(1, "tỷ")
        message = str(info.value)
        assert '"tỷ"' in message and "as Vietnamese prints it: at character 2, a unit (đồng" in message
        with pytest.raises(chiso.InvalidInputError, match="as English prints it: at character 0"):
            Quantity(1, "tỷ kWh", lang="en")


class TestExtract:
    # Every figure of the project's figure list (FIGURES.md) in the order the report prints them,
    # as in the core's tests/text_golden.rs: text, role, and the reading (one figure or a range).
    EXPECTED = (
        ("10 tỷ USD", "level", ("10", "billion USD", "as_printed")),
        ("hơn 10%", "share", ("10", "percent", "more_than")),
        ("tăng 7,6% so với cùng kỳ", "growth", ("7.6", "percent", "as_printed")),
        ("16,94 tỷ kWh", "level", ("16.94", "billion kWh", "as_printed")),
        ("tăng 11,4%", "growth", ("11.4", "percent", "as_printed")),
        ("406,2 triệu kWh", "level", ("406.2", "million kWh", "as_printed")),
        ("tăng 10,8% so với cùng kỳ", "growth", ("10.8", "percent", "as_printed")),
        ("351.640 tỷ đồng", "level", ("351640", "billion VND", "as_printed")),
        ("tăng 13,3% so với cùng kỳ", "growth", ("13.3", "percent", "as_printed")),
        ("41 sản phẩm", "level", ("41", "products", "exact")),
        ("17 sản phẩm", "level", ("17", "products", "exact")),
        ("6 phiên chợ", "level", ("6", "fairs", "exact")),
        ("350 triệu đồng", "level", ("350", "million VND", "as_printed")),
        ("1,92 tỷ đồng", "level", ("1.92", "billion VND", "as_printed")),
        ("14 kế hoạch, đề án", "level", ("14", "plans", "exact")),
        ("hơn 2,79 tỷ đồng", "level", ("2.79", "billion VND", "more_than")),
        ("trên 99%", "share", ("99", "percent", "more_than")),
        ("100%", "share", ("100", "percent", "as_printed")),
        ("tăng 9,7% so với cùng kỳ", "growth", ("9.7", "percent", "as_printed")),
        ("tăng 13 - 14% so với cùng kỳ", "growth", (("13", "14"), "percent")),
        ("tăng 9 - 10% so với cùng kỳ", "growth", (("9", "10"), "percent")),
        ("tăng 9 - 10% so với cùng kỳ", "growth", (("9", "10"), "percent")),
        ("99,99%", "share", ("99.99", "percent", "as_printed")),
        ("hơn 30 khu công nghiệp", "level", ("30", "parks", "more_than")),
    )

    def test_every_figure_of_the_seed_report_is_found_and_read_right(self, seed: str) -> None:
        mentions = chiso.extract(seed)
        assert len(mentions) == 24, [m.text for m in mentions]
        for mention, (text, kind, read) in zip(mentions, self.EXPECTED):
            assert (mention.text, mention.kind) == (text, kind)
            if isinstance(read[0], tuple):
                assert mention.quantity is None and mention.range is not None
                low, high = mention.range
                assert (str(low.value), str(high.value), low.unit, high.unit) == (*read[0], read[1], read[1])
            else:
                assert mention.range is None and mention.quantity is not None
                assert figure(mention.quantity) == read

    def test_an_aim_labels_the_figures_of_its_own_sentence_only(self, seed: str) -> None:
        # "Đó là phấn đấu chỉ số sản xuất công nghiệp (IIP) tăng 9,7% so với cùng kỳ." is the
        # sentence of the aim; the targets listed in the sentences after it are for a drafter
        # to place, not the reader.
        mentions = chiso.extract(seed)
        assert [m.text for m in mentions if m.aim] == ["tăng 9,7% so với cùng kỳ"]
        compared = [m.compared_with for m in mentions if m.compared_with]
        assert compared == ["same_period"] * 7
        estimated = [m.text for m in mentions if m.estimated]
        assert estimated == ["10 tỷ USD", "tăng 7,6% so với cùng kỳ", "16,94 tỷ kWh", "tăng 11,4%",
                             "351.640 tỷ đồng", "tăng 13,3% so với cùng kỳ"]

    @pytest.mark.parametrize(
        ("text", "lang", "expected"),
        [
            ("Tỉnh phấn đấu tăng trưởng 10%. Vốn FDI thu hút 1,2 tỷ USD.", "vi",
             [("tăng trưởng 10%", "growth", True, None, None), ("1,2 tỷ USD", "level", False, None, None)]),
            ("Có 18/22 chỉ tiêu đạt, GRDP tăng 8,5% so với cùng kỳ, đạt 105% kế hoạch.", "vi",
             [("tăng 8,5% so với cùng kỳ", "growth", False, "same_period", None),
              ("105% kế hoạch", "share", False, "plan", None)]),
            ("CPI giảm 0,2% so với tháng trước; GRDP tăng bình quân 8%/năm giai đoạn 2021–2025.", "vi",
             [("giảm 0,2% so với tháng trước", "growth", False, "previous_period", None),
              ("tăng bình quân 8%/năm giai đoạn 2021–2025", "average_growth", False, None, (2021, 2025))]),
            ("Exports hit US$34.5 billion, a year-on-year rise of 9%. The city aims for $1.2bn in FDI.", "en",
             [("US$34.5 billion", "level", False, None, None),
              ("a year-on-year rise of 9%", "growth", False, "same_period", None),
              ("$1.2bn", "level", True, None, None)]),
            ("Prices rose 0.3% m/m; GRDP grew an average of 7% a year over 2021-2025.", "en",
             [("rose 0.3% m/m", "growth", False, "previous_period", None),
              ("grew an average of 7% a year over 2021-2025", "average_growth", False, None, (2021, 2025))]),
        ],
    )
    def test_press_forms_are_read_with_what_the_text_says_of_them(
        self, text: str, lang: str, expected: list[tuple[str, str, bool, str | None, tuple[int, int] | None]]
    ) -> None:
        mentions = chiso.extract(text, lang)
        assert [(m.text, m.kind, m.aim, m.compared_with, m.span) for m in mentions] == expected
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
            assert pickle.loads(pickle.dumps(mention)) == mention

    def test_money_printed_currency_first_reads_in_english(self) -> None:
        assert chiso.parse_quantity("VND72 trillion", "en") == Quantity("72", "trillion VND")
        assert chiso.parse_quantity("$500m", "en") == Quantity("500", "million USD")
        assert chiso.parse_quantity("1,2 triệu tỷ đồng") == Quantity("1.2", "quadrillion VND")
        assert chiso.parse_growth("an increase of 12.2 per cent", "en") == Quantity("12.2", "percent")
        assert chiso.parse_quantity("10% trở lên").bound == "at_least"

    def test_offsets_index_the_python_string(self, seed: str) -> None:
        for mention in chiso.extract(seed):
            assert seed[mention.start : mention.end] == mention.text

    def test_offsets_count_code_points_as_python_does(self) -> None:
        # An astral emoji is one code point (two UTF-16 units, four UTF-8 bytes), and a
        # decomposed "Tỷ lệ" has combining marks that are code points of their own.
        decomposed = unicodedata.normalize("NFD", "Tỷ lệ hộ dân sử dụng điện đạt ")
        text = "📈 " + decomposed + "99,99%, xuất siêu 10 tỷ USD 👍 tăng 7,6%."
        assert len(decomposed) > len(unicodedata.normalize("NFC", decomposed))
        mentions = chiso.extract(text)
        assert [m.text for m in mentions] == ["99,99%", "10 tỷ USD", "tăng 7,6%"]
        assert mentions[0].start == 2 + len(decomposed)
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text

    def test_contexts_name_the_indicators(self, seed: str) -> None:
        context = {m.text: m.context for m in chiso.extract(seed)}
        assert context["351.640 tỷ đồng"] == "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt"
        assert context["hơn 2,79 tỷ đồng"] == "với kinh phí thực hiện"
        assert context["tăng 11,4%"] == context["16,94 tỷ kWh"]

    @pytest.mark.parametrize(
        "not_a_figure",
        ["10:15:05", "5/3/2025", "111-CTr/TU", "29-NQ/TW", "lần thứ 11", "năm 2024", "2022 - 2025"],
    )
    def test_dates_document_numbers_years_and_ordinals_are_left_alone(
        self, seed: str, not_a_figure: str
    ) -> None:
        at = seed.index(not_a_figure)
        span = range(at, at + len(not_a_figure))
        assert all(m.end <= span.start or m.start >= span.stop for m in chiso.extract(seed))

    def test_english_text_is_read_as_english(self) -> None:
        text = "Retail sales reached 351,640 billion VND, up 13.3% year on year; the target is 9-10%."
        mentions = chiso.extract(text, "en")
        assert [(m.text, m.kind) for m in mentions] == [
            ("351,640 billion VND", "level"),
            ("up 13.3% year on year", "growth"),
            ("9-10%", "share"),
        ]
        assert mentions[0].quantity == Quantity("351640", "billion VND")
        assert mentions[0].context == "Retail sales reached"
        assert [m.aim for m in mentions] == [False, False, True]
        assert chiso.extract(text) != mentions  # read as Vietnamese, 351,640 is no number

    def test_a_mention_prints_where_it_is_what_was_read_and_its_context(self) -> None:
        single, growth = chiso.extract("Sản lượng điện đạt 16,94 tỷ kWh, giảm 2,1%.")
        assert repr(single) == (
            "<Mention [19:31] level '16,94 tỷ kWh': Quantity('16.94', 'billion kWh'); context 'Sản lượng điện đạt'>"
        )
        assert growth.quantity == Quantity("-2.1", "percent")
        (target,) = chiso.extract("phấn đấu tăng 13 - 14%")
        assert repr(target) == (
            "<Mention [9:22] growth aim 'tăng 13 - 14%': (Quantity('13', 'percent'), Quantity('14', 'percent'));"
            " context 'phấn đấu'>"
        )

    def test_mentions_compare_equal_and_are_frozen(self) -> None:
        first, again = chiso.extract("đạt 10 tỷ USD")[0], chiso.extract("đạt 10 tỷ USD")[0]
        assert first == again and first != chiso.extract("đạt 11 tỷ USD")[0]
        with pytest.raises(AttributeError):
            first.start = 3  # type: ignore[misc]

    def test_text_with_no_figure_gives_no_mention(self) -> None:
        assert chiso.extract("") == []
        assert chiso.extract("Ngày 5/3/2025, năm 2024") == []


Reader = Callable[..., object]


@pytest.mark.parametrize(
    "reader",
    [
        chiso.parse_number,
        chiso.parse_quantity,
        chiso.parse_growth,
        chiso.parse_range,
        chiso.extract,
        lambda text, lang: chiso.parse_numbers([text], lang),
        lambda text, lang: chiso.format_quantity(Quantity(1, "VND"), lang),
        lambda text, lang: Quantity("1", "VND", lang=lang),
    ],
)
@pytest.mark.parametrize("lang", ["fr", "VI", "vi-VN", ""])
def test_a_language_other_than_vi_or_en_is_invalid_input(reader: Reader, lang: str) -> None:
    with pytest.raises(chiso.InvalidInputError, match="expected vi or en") as info:
        reader("1", lang)
    assert info.value.kind == "invalid_input" and repr(lang).replace("'", '"') in str(info.value)


def refused(call: Callable[[], object], text: str, offset: int, expected: str) -> None:
    """`call` raises a ParseError naming `text` and `offset`, explaining with `expected`."""
    with pytest.raises(chiso.ParseError) as info:
        call()
    err = info.value
    assert err.kind == "parse" and (err.text, err.offset) == (text, offset) and expected in err.expected
    assert f'cannot read "{text}" at character {offset}: ' in str(err) and expected in str(err)
