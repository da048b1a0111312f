"""The weekly attendance grid's model and view: participants × Monday–Friday (brief §2.3).

Cells show hours (``7,5``) or the short Norwegian absence code with the hours absent
(``sb 3``), never the stored English code; the tooltip names the absence and the legend under
the grid explains the colours.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QTableView,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.attendance import DayCell, GridRow, WeekGrid
from introdesk.domain.errors import IntroDeskError
from introdesk.services.attendance import (
    SHORT_CODES,
    format_cell,
    parse_cell,
)
from introdesk.ui.error_messages import user_message
from introdesk.ui.formatting import fmt_hours
from introdesk.ui.labels import absence_label
from introdesk.ui.widgets.legend import ColourLegend

AnyIndex = QModelIndex | QPersistentModelIndex


def _day_names() -> list[str]:
    return [
        QCoreApplication.translate("AttendancePage", "Mon"),
        QCoreApplication.translate("AttendancePage", "Tue"),
        QCoreApplication.translate("AttendancePage", "Wed"),
        QCoreApplication.translate("AttendancePage", "Thu"),
        QCoreApplication.translate("AttendancePage", "Fri"),
    ]


# Cell colours, named once: the grid paints them and the legend under it explains them.
LOCKED = "#e0e0e0"
UNSAVED = "#fff4c2"
MISSING = "#fbd5d5"
ABSENT = "#dde8fb"


def grid_legend(parent: QWidget) -> ColourLegend:
    """What the cell colours mean, and the short codes with their labels."""
    legend = ColourLegend(
        [
            (MISSING, QCoreApplication.translate("AttendancePage", "Planned, not registered")),
            (ABSENT, QCoreApplication.translate("AttendancePage", "Absence")),
            (UNSAVED, QCoreApplication.translate("AttendancePage", "Not saved")),
            (LOCKED, QCoreApplication.translate("AttendancePage", "Locked month")),
        ],
        parent,
    )
    codes = "  ".join(f"{short} = {absence_label(code)}" for code, short in SHORT_CODES.items())
    legend.setToolTip(codes)
    return legend


def _day_tooltip(cell: DayCell | None, planned: int, *, locked: bool) -> str:
    """The planned hours, the absence named in full, and whether the month is locked."""
    text = QCoreApplication.translate("AttendancePage", "Planned: %1 h").replace(
        "%1", fmt_hours(planned)
    )
    if cell is not None and cell.absence_code:
        shown = format_cell(cell, planned, fmt_hours)
        text = f"{shown}: {absence_label(cell.absence_code)}\n{text}"
    if locked:
        text += "\n" + QCoreApplication.translate("AttendancePage", "Locked month: read-only")
    return text


class AttendanceGridModel(QAbstractTableModel):
    """Rows: participants, then a totals row. Columns: name, the five days, the week total."""

    problem = Signal(str)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: WeekGrid | None = None
        self.pending: dict[tuple[int, date], DayCell | None] = {}

    # --- data --------------------------------------------------------------------------

    def set_grid(self, grid: WeekGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.pending = {}
        self.endResetModel()

    @property
    def rows(self) -> tuple[GridRow, ...]:
        return self.grid.rows if self.grid else ()

    def cell(self, row: int, day_index: int) -> DayCell | None:
        grid_row = self.rows[row]
        key = (grid_row.participant_id, self.grid.days[day_index])  # type: ignore[union-attr]
        if key in self.pending:
            return self.pending[key]
        return grid_row.cells[day_index]

    def apply(self, cells: dict[tuple[int, date], Any]) -> int:
        """Put cells (from "all present" or "copy last week") into the grid as unsaved edits."""
        if self.grid is None:
            return 0
        count = 0
        for row_index, row in enumerate(self.rows):
            for day_index, day in enumerate(self.grid.days):
                key = (row.participant_id, day)
                if (
                    key in cells
                    and not row.locked[day_index]
                    and self.cell(row_index, day_index) != cells[key]
                ):
                    self.pending[key] = cells[key]
                    count += 1
        self._changed_all()
        return count

    def attended(self, row: int, day_index: int) -> int:
        cell = self.cell(row, day_index)
        return cell.attended_minutes if cell else 0

    def day_total(self, day_index: int) -> int:
        return sum(self.attended(r, day_index) for r in range(len(self.rows)))

    def row_total(self, row: int) -> int:
        return sum(self.attended(row, d) for d in range(self._day_count()))

    def _day_count(self) -> int:
        return len(self.grid.days) if self.grid else 0

    def _changed_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.edited.emit()

    # --- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2 + max(self._day_count(), 5)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("AttendancePage", "Participant")
        if section == self.columnCount() - 1:
            return QCoreApplication.translate("AttendancePage", "Week")
        names = _day_names()
        if self.grid is None:
            return names[section - 1]
        day = self.grid.days[section - 1]
        return f"{names[section - 1]} {day:%d.%m}"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            self._is_day(index)
            and index.row() < len(self.rows)
            and not self.rows[index.row()].locked[index.column() - 1]
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _is_day(self, index: AnyIndex) -> bool:
        return index.isValid() and 1 <= index.column() <= self._day_count()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        last = self.columnCount() - 1
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if row == len(self.rows):  # totals row
            return self._totals_data(column, role)
        grid_row = self.rows[row]
        if column == 0:
            return grid_row.name if role == Qt.ItemDataRole.DisplayRole else None
        if column == last:
            planned = sum(grid_row.planned)
            if role == Qt.ItemDataRole.DisplayRole:
                total = fmt_hours(self.row_total(row))
                return f"{total} / {fmt_hours(planned)}" if planned else total
            return None
        day_index = column - 1
        day = self.grid.days[day_index]
        planned = grid_row.planned[day_index]
        cell = self.cell(row, day_index)
        key = (grid_row.participant_id, day)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_cell(cell, planned, fmt_hours)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _day_tooltip(cell, planned, locked=grid_row.locked[day_index])
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._day_background(cell, planned, key, locked=grid_row.locked[day_index])
        return None

    def _totals_data(self, column: int, role: int) -> Any:
        """The bottom row: hours attended per day and in the week, in bold."""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate("AttendancePage", "Total attended")
            if column == self.columnCount() - 1:
                return fmt_hours(sum(self.day_total(d) for d in range(self._day_count())))
            return fmt_hours(self.day_total(column - 1))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _day_background(
        self, cell: DayCell | None, planned: int, key: tuple[int, date], *, locked: bool
    ) -> QBrush | None:
        """Locked, unsaved, missing (planned, in the past, not registered) or absent."""
        if locked:
            return QBrush(QColor(LOCKED))
        if key in self.pending:
            return QBrush(QColor(UNSAVED))
        if cell is None and planned and key[1] < clock.today():
            return QBrush(QColor(MISSING))
        if cell is not None and cell.absence_code:
            return QBrush(QColor(ABSENT))
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        grid_row = self.rows[index.row()]
        day_index = index.column() - 1
        try:
            cell = parse_cell(str(value), grid_row.planned[day_index])
        except IntroDeskError as error:
            self.problem.emit(f"{grid_row.name}, {_day_names()[day_index]}: {user_message(error)}")
            return False
        if cell == self.cell(index.row(), day_index):
            return True
        self.pending[(grid_row.participant_id, self.grid.days[day_index])] = cell  # type: ignore[union-attr]
        self.dataChanged.emit(index, index)
        total_row = self.index(len(self.rows), 0)
        self.dataChanged.emit(total_row, self.index(len(self.rows), self.columnCount() - 1))
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(last, last)
        self.edited.emit()
        return True


class GridView(QTableView):
    """Enter commits and moves down; Delete clears the cell; typing starts editing."""

    def closeEditor(  # noqa: N802
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        move_down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if move_down else hint)
        if move_down:
            self._move_down()

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                index = self.currentIndex()
                if index.isValid():
                    self.model().setData(index, "", Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)
