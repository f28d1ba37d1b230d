"""The standard catalogue of indicators, and naming an indicator from text.

The catalogue ships inside chiso (``crates/chiso/data/indicators.json``): the indicators that
Vietnamese statistical and departmental reports print, each with its Vietnamese and English
names and the aliases the press prints it under. A report may refer to one by id in its JSON
(``{"standard": "exports"}``).

>>> from chiso import indicators
>>> m = indicators.find("kim ngạch XK")
>>> m.id, m.score, m.how
('exports', Decimal('1'), 'alias')
>>> indicators.find("kim ngach xuat khau").how
'folded'
>>> fdi = indicators.find("FDI")
>>> fdi.id, fdi.ambiguous, fdi.alternatives
('fdi_registered', True, [('fdi_disbursed', Decimal('1'))])
>>> indicators.find("nhập siêu").negated
True
>>> indicators.best_in("Kim ngạch xuất khẩu cả nước đạt 405,5 tỷ USD").id
'national_exports'
>>> indicators.get("iip").name_en
'Index of industrial production (IIP)'

Matching tries, in order: the id; a name or alias ignoring case and runs of spaces (score 1);
the same without diacritics and punctuation (score 1, how ``"folded"``); then the name or alias
that shares the most words with the query, abbreviations such as XK, NK, FDI, GRDP, CPI and IIP
expanded (how ``"fuzzy"``, a score below 1 and at least 0.5). A match is ``ambiguous`` when
another indicator scores within 0.1 of it; ``alternatives`` lists them.
"""

from __future__ import annotations

from typing import Any

from chiso import _chiso
from chiso._chiso import Indicator
from chiso._chiso import Match as Match
from chiso._optional import require

__all__ = ["Match", "aliases", "all", "all_in", "best_in", "find", "get", "ids", "to_pandas"]


def find(query: str) -> Match | None:
    """The standard indicator ``query`` names (an id, a name or an alias, with or without
    diacritics, or a phrase sharing its words), or ``None`` when nothing matches well enough.

    >>> find("chỉ số giá tiêu dùng").id
    'cpi'
    >>> find("giá vàng") is None
    True
    """
    return _chiso.indicators_find(query)


def best_in(text: str) -> Match | None:
    """The standard indicator a clause of running text names: the longest name or alias found
    in it, at word boundaries, with or without diacritics; ``span`` says where.

    >>> m = best_in("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 351.640 tỷ đồng")
    >>> m.id, m.span
    ('retail_sales', (0, 45))
    """
    return _chiso.indicators_best_in(text)


def all_in(text: str) -> list[Match]:
    """Every standard indicator named in running text, in order of the text, without overlaps.

    >>> [m.id for m in all_in("Xuất siêu 10 tỷ USD; kim ngạch nhập khẩu 30,2 tỷ USD")]
    ['trade_balance', 'imports']
    """
    return _chiso.indicators_all_in(text)


def get(id: str) -> Indicator:
    """The standard indicator with this id; ``KeyError`` naming the closest ids when there is none.

    >>> try:
    ...     get("export")
    ... except KeyError as err:
    ...     print(err.args[0].split("; ")[1])
    did you mean "exports", "national_exports" or "export_share_national"?
    """
    return _chiso.indicators_get(id)


def all() -> list[Indicator]:  # noqa: A001 - the catalogue's own name for every indicator
    """Every standard indicator, in the catalogue's order."""
    return _chiso.indicators_all()


def ids() -> list[str]:
    """The ids of every standard indicator, in the catalogue's order.

    >>> ids()[:3]
    ['grdp', 'gdp', 'grdp_per_capita']
    """
    return [indicator.id for indicator in _chiso.indicators_all()]


def aliases(id: str) -> dict[str, list[str]]:
    """The aliases of a standard indicator: ``{"vi": [...], "en": [...], "negated": [...]}``,
    where ``negated`` lists those that name it with the opposite sign; ``KeyError`` for an
    unknown id. Its names (``get(id).name_vi``, ``.name_en``) match too.

    >>> aliases("trade_balance")["negated"]
    ['nhập siêu', 'thâm hụt thương mại', 'giá trị nhập siêu', 'trade deficit', 'trade gap']
    """
    return _chiso.indicators_aliases(id)


def to_pandas() -> Any:
    """The standard catalogue as a pandas DataFrame, one row per indicator indexed by id: its
    names, unit, measure, polarity, identity, and its Vietnamese and English aliases joined
    by "; ": ``to_pandas().loc["exports", "unit"]`` is ``'billion USD'``. Needs pandas
    (``pip install 'chiso[pandas]'``).
    """
    pandas = require("pandas", "chiso.indicators.to_pandas")
    rows = []
    for indicator in _chiso.indicators_all():
        names = _chiso.indicators_aliases(indicator.id)
        rows.append(
            {
                "id": indicator.id,
                "name_vi": indicator.name_vi,
                "name_en": indicator.name_en,
                "unit": indicator.unit,
                "measure": indicator.measure,
                "polarity": indicator.polarity,
                "identity": indicator.identity,
                "aliases_vi": "; ".join(names["vi"]),
                "aliases_en": "; ".join(names["en"]),
            }
        )
    return pandas.DataFrame(rows).set_index("id")
