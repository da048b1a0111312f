"""Weekly attendance grid: participants × Monday–Friday, keyboard first (brief §2.3).

Type hours (``6`` or ``7,5``), an absence code or its short form (``ug``, ``fe``, ``eg`` …) for a
whole planned day, or a code and hours (``ug 2``); Delete clears a cell. Arrows and Tab move;
Enter commits and moves down. Nothing is written until Save (Ctrl+S), which writes the whole
week in one transaction. Locked months are read-only (grey). The warnings panel lists the
statutory breaches and follow-up warnings for the week, and planned days without registration.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.attendance import DayCell, GridRow, WeekGrid
from introdesk.domain.errors import ConflictError, IntroDeskError
from introdesk.services.attendance import (
    AttendanceService,
    format_cell,
    format_hours,
    monday_of,
    parse_cell,
)
from introdesk.services.participants import ParticipantService
from introdesk.services.settings import SettingsService
from introdesk.ui.formatting import fmt_date, fmt_decimal
from introdesk.ui.pages.base import Page
from introdesk.ui.tasks import fetch, report_error

AnyIndex = QModelIndex | QPersistentModelIndex


def _day_names() -> list[str]:
    return [
        QCoreApplication.translate("AttendancePage", "Mon"),
        QCoreApplication.translate("AttendancePage", "Tue"),
        QCoreApplication.translate("AttendancePage", "Wed"),
        QCoreApplication.translate("AttendancePage", "Thu"),
        QCoreApplication.translate("AttendancePage", "Fri"),
    ]


def _hours(minutes: int) -> str:
    return fmt_decimal(Decimal(minutes) / 60, 2).rstrip("0").rstrip(",") or "0"


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
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return QCoreApplication.translate("AttendancePage", "Total attended")
                if column == last:
                    return _hours(sum(self.day_total(d) for d in range(self._day_count())))
                return _hours(self.day_total(column - 1))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        grid_row = self.rows[row]
        if column == 0:
            return grid_row.name if role == Qt.ItemDataRole.DisplayRole else None
        if column == last:
            planned = sum(grid_row.planned)
            if role == Qt.ItemDataRole.DisplayRole:
                total = _hours(self.row_total(row))
                return f"{total} / {_hours(planned)}" if planned else total
            return None
        day_index = column - 1
        day = self.grid.days[day_index]
        planned = grid_row.planned[day_index]
        cell = self.cell(row, day_index)
        key = (grid_row.participant_id, day)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_cell(cell, planned)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate("AttendancePage", "Planned: %1 h").replace(
                "%1", _hours(planned)
            )
            if grid_row.locked[day_index]:
                text += "\n" + QCoreApplication.translate(
                    "AttendancePage", "Locked month: read-only"
                )
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            if grid_row.locked[day_index]:
                return QBrush(QColor("#e0e0e0"))
            if key in self.pending:
                return QBrush(QColor("#fff4c2"))
            if cell is None and planned and day < clock.today():
                return QBrush(QColor("#fbd5d5"))
            if cell is not None and cell.absence_code:
                return QBrush(QColor("#dde8fb"))
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
            self.problem.emit(f"{grid_row.name}, {_day_names()[day_index]}: {error}")
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


class AttendancePage(Page):
    def __init__(
        self,
        attendance: AttendanceService,
        participants: ParticipantService,
        settings: SettingsService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attendance = attendance
        self._participants = participants
        self._settings = settings
        self.monday = monday_of(clock.today())
        self.model = AttendanceGridModel(self)
        self.model.problem.connect(self._show_problem)
        self.model.edited.connect(self._update_state)

        self.previous_button = QPushButton(
            QCoreApplication.translate("AttendancePage", "◀ Previous week"), self
        )
        self.previous_button.setToolTip("Alt+Left")
        self.previous_button.clicked.connect(lambda: self.go_week(-1))
        self.next_button = QPushButton(
            QCoreApplication.translate("AttendancePage", "Next week ▶"), self
        )
        self.next_button.setToolTip("Alt+Right")
        self.next_button.clicked.connect(lambda: self.go_week(1))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("attendanceWeek")
        self.adviser_filter = QComboBox(self)
        self.adviser_filter.setObjectName("attendanceAdviser")
        self.adviser_filter.setToolTip(
            QCoreApplication.translate("AttendancePage", "Show the participants of one adviser")
        )
        self.participant_filter = QComboBox(self)
        self.participant_filter.setObjectName("attendanceParticipant")
        self.participant_filter.setToolTip(
            QCoreApplication.translate("AttendancePage", "Show one participant")
        )
        self.adviser_filter.activated.connect(lambda _=0: self._filter_changed())
        self.participant_filter.activated.connect(lambda _=0: self._filter_changed())

        self.present_button = QPushButton(
            QCoreApplication.translate("AttendancePage", "All &present as planned"), self
        )
        self.present_button.setObjectName("attendanceAllPresent")
        self.present_button.clicked.connect(self.all_present)
        self.copy_button = QPushButton(
            QCoreApplication.translate("AttendancePage", "&Copy last week"), self
        )
        self.copy_button.setObjectName("attendanceCopy")
        self.copy_button.clicked.connect(self.copy_last_week)
        self.save_button = QPushButton(
            QCoreApplication.translate("AttendancePage", "&Save (Ctrl+S)"), self
        )
        self.save_button.setObjectName("attendanceSave")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.go_week(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.go_week(1))

        self.table = GridView(self)
        self.table.setObjectName("attendanceGrid")
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(
            QCoreApplication.translate(
                "AttendancePage",
                "Type hours (6 or 7,5), an absence code for the whole planned day (ug, fe, eg, "
                "sm, sb, vp, up …), or a code and hours (ug 2). Enter moves down, Delete clears.",
            )
        )

        self.status_label = QLabel(self)
        self.status_label.setObjectName("attendanceStatus")
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("attendanceWarnings")
        self.warnings.setWordWrap(True)
        warnings_box = QWidget(self)
        warnings_layout = QVBoxLayout(warnings_box)
        warnings_layout.setContentsMargins(0, 0, 0, 0)
        warnings_layout.addWidget(
            QLabel(QCoreApplication.translate("AttendancePage", "Warnings"), warnings_box)
        )
        warnings_layout.addWidget(self.warnings, 1)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.week_label)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(QLabel(QCoreApplication.translate("AttendancePage", "Adviser:"), self))
        top.addWidget(self.adviser_filter)
        top.addWidget(QLabel(QCoreApplication.translate("AttendancePage", "Participant:"), self))
        top.addWidget(self.participant_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.present_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.status_label)
        actions.addWidget(self.save_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(warnings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    # --- loading -----------------------------------------------------------------------

    def _load_filters(self) -> None:
        """(Re)load the filter lists, keeping the current choices."""
        chosen = self.adviser_filter.currentData()
        self.adviser_filter.clear()
        self.adviser_filter.addItem(
            QCoreApplication.translate("AttendancePage", "All advisers"), None
        )
        for adviser in self._settings.advisers():
            self.adviser_filter.addItem(adviser.full_name, adviser.id)
        self.adviser_filter.setCurrentIndex(max(self.adviser_filter.findData(chosen), 0))
        self._load_participant_filter()

    def _load_participant_filter(self) -> None:
        adviser = self.adviser_filter.currentData()
        chosen = self.participant_filter.currentData()
        self.participant_filter.clear()
        self.participant_filter.addItem(
            QCoreApplication.translate("AttendancePage", "All participants"), None
        )
        for person in self._participants.list():
            if adviser is None or person.adviser_id == adviser:
                self.participant_filter.addItem(person.display_name, person.id)
        self.participant_filter.setCurrentIndex(max(self.participant_filter.findData(chosen), 0))

    def refresh(self) -> None:
        if not self.model.pending:
            self._load_filters()
            self.load_week()

    def load_week(self) -> None:
        participant = self.participant_filter.currentData()
        self._shown_filters = (self.adviser_filter.currentData(), participant)
        grid = self._attendance.week(
            self.monday,
            None if participant is None else [participant],
            adviser_id=self.adviser_filter.currentData(),
        )
        self.model.set_grid(grid)
        friday = grid.days[-1]
        week = self.monday.isocalendar()[1]
        self.week_label.setText(
            QCoreApplication.translate("AttendancePage", "Week %1: %2–%3")
            .replace("%1", str(week))
            .replace("%2", fmt_date(self.monday))
            .replace("%3", fmt_date(friday))
        )
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 180))
        for column in range(1, 6):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), 90))
        self.refresh_warnings()
        self._update_state()

    def refresh_warnings(self, problems: list[str] | None = None) -> None:
        self.warnings.clear()
        for text in problems or []:
            self.warnings.addItem(text)
        grid = self.model.grid
        if grid is None or not grid.rows:
            return
        names = {r.participant_id: r.name for r in grid.rows}
        ids = list(names)
        try:
            findings = self._attendance.check(grid.days[0], grid.days[-1], ids)
            missing = self._attendance.missing_registrations(grid.days[0], grid.days[-1], ids)
        except IntroDeskError as error:
            self.warnings.addItem(str(error))
            return
        for finding in findings:
            self.warnings.addItem(
                f"{names[finding.participant_id]}: {finding.message} "
                + QCoreApplication.translate("AttendancePage", "Suggestion: %1").replace(
                    "%1", finding.suggestion
                )
            )
        for gap in missing:
            self.warnings.addItem(
                QCoreApplication.translate(
                    "AttendancePage", "%1: no registration on %2 (%3 h planned, %4)"
                )
                .replace("%1", names[gap.participant_id])
                .replace("%2", fmt_date(gap.day))
                .replace("%3", format_hours(gap.planned_minutes))
                .replace("%4", gap.element_code)
            )

    # --- actions -----------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        self.warnings.insertItem(0, text)
        self.status_label.setText(text)

    def _update_state(self) -> None:
        count = len(self.model.pending)
        self.status_label.setText(
            QCoreApplication.translate("AttendancePage", "%1 unsaved change(s)").replace(
                "%1", str(count)
            )
            if count
            else ""
        )
        self.save_button.setEnabled(bool(count))

    # --- unsaved changes: Lagre / Forkast / Avbryt (ui/unsaved.py) -------------------------

    def has_unsaved_changes(self) -> bool:
        return bool(self.model.pending)

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self.load_week()  # the stored week, without the unsaved cells

    def go_week(self, step: int) -> None:
        if not self.settle_unsaved_changes():
            return
        self.monday += timedelta(days=7 * step)
        self.load_week()

    def show_week(self, day: date) -> None:
        if not self.settle_unsaved_changes():
            return
        self.monday = monday_of(day)
        self.load_week()

    def _filter_changed(self) -> None:
        if self.sender() is self.adviser_filter:
            self._load_participant_filter()
        if self.settle_unsaved_changes():
            self.load_week()
            return
        # Avbryt: the filters go back to the rows whose changes are still on screen.
        adviser, participant = getattr(self, "_shown_filters", (None, None))
        self.adviser_filter.setCurrentIndex(max(self.adviser_filter.findData(adviser), 0))
        self._load_participant_filter()
        self.participant_filter.setCurrentIndex(
            max(self.participant_filter.findData(participant), 0)
        )

    def all_present(self) -> None:
        if self.model.grid is None:
            return
        count = self.model.apply(self._attendance.all_present(self.model.grid))
        self.status_label.setText(
            QCoreApplication.translate("AttendancePage", "%1 day(s) filled as planned").replace(
                "%1", str(count)
            )
        )

    def copy_last_week(self) -> None:
        if self.model.grid is None:
            return
        grid = self.model.grid
        cells = fetch(self, lambda: self._attendance.copy_last_week(grid))
        if cells is None:
            return
        count = self.model.apply(cells)
        self.status_label.setText(
            QCoreApplication.translate("AttendancePage", "%1 day(s) copied from last week").replace(
                "%1", str(count)
            )
        )

    def save(self) -> bool:
        if not self.model.pending or self.model.grid is None:
            return True
        pending = dict(self.model.pending)
        grid = self.model.grid
        touched = {pid for pid, _day in pending}
        versions = {
            (r.participant_id, grid.monday): r.version
            for r in grid.rows
            if r.participant_id in touched
        }
        try:
            self._attendance.save_week(pending, versions)
        except ConflictError as conflict:
            # Someone else saved this week meanwhile: show their data with this user's input
            # put back on top as unsaved changes, to check and save again.
            report_error(self, conflict)
            self.load_week()
            self.model.apply(pending)
            self._update_state()
            return False
        except IntroDeskError as error:
            report_error(self, error)
            return False
        self.load_week()
        self.status_label.setText(QCoreApplication.translate("AttendancePage", "Saved."))
        return True
