"""The reports that ship with chiso, embedded in the extension at build time.

>>> from chiso import datasets
>>> report = datasets.binh_duong_2024()
>>> report.level("commercial_electricity", "2024")
Quantity('16.94', 'billion kWh')
"""

from chiso._chiso import binh_duong_2024, binh_duong_2024_json

__all__ = ["binh_duong_2024", "binh_duong_2024_json"]
