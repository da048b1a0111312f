"""CSV cells that a spreadsheet would run as a formula get a leading apostrophe.

The Excel reports write such text with Excel's quote prefix (``reporting/xlsx/writer.py``);
a CSV file has no cell types, so Excel and LibreOffice treat ``=HYPERLINK(…)``, ``+cmd|…``,
``-2+3`` and ``@SUM(…)`` typed into a name as formulas (brief, issue 15 item 7). Numbers are
left alone: only text is guarded.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(values: Any) -> list[Any]:
    return [csv_cell(value) for value in values]
