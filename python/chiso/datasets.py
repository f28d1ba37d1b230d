"""The reports and panels that ship with chiso, embedded in the extension at build time.

>>> from chiso import datasets
>>> report = datasets.binh_duong_2024()
>>> report.level("commercial_electricity", "2024")
Quantity('16.94', 'billion kWh')
>>> panel = datasets.provinces_2024()
>>> panel.regions
['VN-39', 'VN-SG', 'VN', 'VN-57']
"""

from chiso import _chiso
from chiso._chiso import binh_duong_2024, binh_duong_2024_json
from chiso.panel import Panel

__all__ = ["binh_duong_2024", "binh_duong_2024_json", "provinces_2024"]


def provinces_2024() -> Panel:
    """A small real panel of 2023–2024: Đồng Nai (VN-39), Hồ Chí Minh City (VN-SG), the national
    totals (VN) and the embedded Bình Dương report (VN-57), with the targets their sources state.

    The sources disagree where statistics offices revised their bases: ``check()`` finds national
    retail sales, exports and imports, and Đồng Nai's retail sales of 2024.
    """
    return Panel(_chiso.provinces_2024())
