"""chiso.indicators: the standard catalogue, and naming an indicator as the press prints it."""

import json
import pickle
from decimal import Decimal

import chiso
import pytest
from chiso import indicators


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chỉ số sản xuất công nghiệp", "iip"),
        ("IIP", "iip"),
        ("index of industrial production", "iip"),
        ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "retail_sales"),
        ("total retail sales of goods and services", "retail_sales"),
        ("kim ngạch xuất khẩu", "exports"),
        ("XK", "exports"),
        ("export turnover", "exports"),
        ("xuất siêu", "trade_balance"),
        ("vốn FDI giải ngân", "fdi_disbursed"),
        ("thu NSNN", "budget_revenue"),
        ("giải ngân vốn đầu tư công", "public_investment_disbursed"),
        ("international arrivals", "international_visitors"),
        ("khách nội địa", "domestic_visitors"),
        ("doanh nghiệp thành lập mới", "new_enterprises"),
        ("inflation", "cpi"),
        ("tăng trưởng kinh tế", "grdp"),
    ],
)
def test_the_press_names_find_their_indicator(query: str, expected: str) -> None:
    found = indicators.find(query)
    assert found is not None
    assert (found.id, found.score, found.ambiguous) == (expected, Decimal(1), False)
    assert found.how in ("id", "name", "alias")
    assert found.indicator == indicators.get(expected)
    assert found.span is None


def test_with_and_without_diacritics() -> None:
    plain = indicators.find("kim ngach xuat khau")
    accented = indicators.find("Kim ngạch xuất khẩu")
    assert plain is not None and accented is not None
    assert (plain.id, plain.how, plain.score) == ("exports", "folded", Decimal(1))
    assert (accented.id, accented.how, accented.matched) == ("exports", "name", "Kim ngạch xuất khẩu")
    assert indicators.find("TONG MUC BAN LE HANG HOA").id == "retail_sales"  # type: ignore[union-attr]


def test_abbreviations() -> None:
    found = indicators.find("kim ngạch XK")
    assert found is not None and (found.id, found.how, found.matched) == ("exports", "alias", "kim ngạch XK")
    assert indicators.find("KNXK").id == "exports"  # type: ignore[union-attr]
    assert indicators.find("GRDP").id == "grdp"  # type: ignore[union-attr]
    # Not an alias as written: the abbreviation expands and the words match, below 1.
    fuzzy = indicators.find("kim ngạch XK cả tỉnh")
    assert fuzzy is not None
    assert (fuzzy.id, fuzzy.how) == ("exports", "fuzzy")
    assert Decimal("0.5") <= fuzzy.score < 1


def test_ambiguity_is_said_with_the_alternatives() -> None:
    fdi = indicators.find("FDI")
    assert fdi is not None
    assert (fdi.id, fdi.ambiguous) == ("fdi_registered", True)
    assert fdi.alternatives == [("fdi_disbursed", Decimal(1))]
    assert "ambiguous=True" in repr(fdi)
    registered = indicators.find("vốn FDI đăng ký")
    assert registered is not None and not registered.ambiguous and registered.alternatives == []


def test_a_negated_alias() -> None:
    deficit = indicators.find("nhập siêu")
    assert deficit is not None
    assert (deficit.id, deficit.negated) == ("trade_balance", True)
    assert repr(deficit) == (
        "Match(id='trade_balance', score=Decimal('1'), how='alias', matched='nhập siêu', negated=True)"
    )
    assert indicators.find("xuất siêu").negated is False  # type: ignore[union-attr]
    assert "nhập siêu" in indicators.aliases("trade_balance")["negated"]


def test_running_text() -> None:
    text = "Năm 2024, kim ngạch xuất khẩu cả nước đạt 405,5 tỷ USD; nhập siêu 1,2 tỷ USD."
    best = indicators.best_in(text)
    assert best is not None and best.id == "national_exports"
    start, end = best.span  # type: ignore[misc]
    assert text[start:end] == "kim ngạch xuất khẩu cả nước"
    found = indicators.all_in(text)
    assert [(m.id, text[m.span[0] : m.span[1]], m.negated) for m in found] == [  # type: ignore[index]
        ("national_exports", "kim ngạch xuất khẩu cả nước", False),
        ("trade_balance", "nhập siêu", True),
    ]
    assert indicators.best_in("Công ty XKD báo lãi") is None  # no match inside a word
    assert indicators.all_in("") == []


def test_nothing_matches_and_bad_input() -> None:
    assert indicators.find("giá vàng thế giới") is None
    assert indicators.find("") is None
    with pytest.raises(TypeError, match="query"):
        indicators.find(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        indicators.best_in(b"xuat khau")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="id"):
        indicators.get(3)  # type: ignore[arg-type]


def test_an_unknown_id_is_a_key_error_naming_the_closest() -> None:
    with pytest.raises(KeyError, match='did you mean "fdi_registered" or "fdi_disbursed"'):
        indicators.get("fdi")
    with pytest.raises(KeyError, match='did you mean "grdp"'):
        indicators.aliases("grpd")
    with pytest.raises(KeyError, match="no such indicator"):
        indicators.get("zzzzzzzzzz")


def test_the_catalogue() -> None:
    every = indicators.all()
    assert [i.id for i in every] == indicators.ids()
    assert len(every) == 38
    cpi = indicators.get("cpi")
    assert (cpi.name_vi, cpi.unit, cpi.measure, cpi.polarity) == (
        "Chỉ số giá tiêu dùng (CPI)",
        "points",
        "index",
        "lower_is_better",
    )
    aliases = indicators.aliases("exports")
    assert {"kim ngạch XK", "XK", "xuất khẩu"} <= set(aliases["vi"])
    assert {"export turnover", "exports", "export value"} <= set(aliases["en"])
    assert aliases["negated"] == []
    # Every embedded report's indicators are the standard ones.
    for indicator in chiso.datasets.binh_duong_2024().indicators:
        assert indicator == indicators.get(indicator.id)


def test_the_schema_lists_the_standard_ids() -> None:
    schema = chiso.schema()
    assert schema["$defs"]["standard_indicator"]["properties"]["standard"]["enum"] == indicators.ids()


def test_a_report_refers_to_a_standard_indicator() -> None:
    document = json.loads(chiso.datasets.binh_duong_2024_json())
    referred = ("exports", "imports", "iip")
    document["indicators"] = [
        {"standard": i["id"]} if i["id"] in referred else i for i in document["indicators"]
    ]
    report = chiso.Report.from_json(json.dumps(document))
    assert report.to_json() == chiso.datasets.binh_duong_2024().to_json()
    document["indicators"][1] = {"standard": "export"}
    with pytest.raises(chiso.InvalidReportError, match=r'indicators\[1\]\.standard: "export" is not a valid'):
        chiso.Report.from_json(json.dumps(document))


def test_a_match_pickles_and_compares() -> None:
    samples = [
        indicators.find("FDI"),
        indicators.best_in("nhập siêu 2 tỷ USD"),
        indicators.find("kim ngach XK tinh"),
    ]
    for found in samples:
        assert found is not None
        again = pickle.loads(pickle.dumps(found))
        assert again == found
        assert (again.id, again.score, again.how, again.span, again.negated, again.alternatives) == (
            found.id,
            found.score,
            found.how,
            found.span,
            found.negated,
            found.alternatives,
        )
    assert indicators.find("XK") != indicators.find("NK")


def test_to_pandas() -> None:
    pytest.importorskip("pandas")
    frame = indicators.to_pandas()
    assert list(frame.index) == indicators.ids()
    assert frame.loc["exports", "unit"] == "billion USD"
    assert frame.loc["trade_balance", "identity"] == {"difference": ["exports", "imports"]}
    assert "nhập siêu" in frame.loc["trade_balance", "aliases_vi"].split("; ")
