"""Column widths of the big tables, measured on the rows a coordinator sees first.

``resizeColumnsToContents`` asks the model for every role of up to the header's "resize
contents precision" rows per column (1 000 by default), each a call from Qt into Python on the
GUI thread. For 5 000 participants that froze the window for a tenth of a second or more after
every load (issue 18, "no freeze"); the first screenful decides the widths instead. A column
stays resizable by hand.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

# About one screenful at 1280×800: what the user sees when the widths are set.
MEASURED_ROWS = 30


def measure_on_first_rows(table: QTableView, rows: int = MEASURED_ROWS) -> None:
    """Make ``resizeColumnsToContents`` look at ``rows`` rows only."""
    table.horizontalHeader().setResizeContentsPrecision(rows)
