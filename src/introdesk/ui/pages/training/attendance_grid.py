"""The week's attendance grid: members (rows) × lessons (columns), entered from the keyboard.

Keys: P, T, + or space = present for the whole lesson; A, F or - = absent; digits = minutes
present (part of the lesson); Delete = clear.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from introdesk.domain.training import (
    LessonInput,
    LessonRecord,
    Mark,
    MembershipRecord,
    WeekSheet,
)
from introdesk.ui.dialogs.training import (
    subject_label,
)

MARK_ROLE = Qt.ItemDataRole.UserRole + 10
PRESENT_KEYS = {Qt.Key.Key_P, Qt.Key.Key_T, Qt.Key.Key_Plus, Qt.Key.Key_Space}
ABSENT_KEYS = {Qt.Key.Key_A, Qt.Key.Key_F, Qt.Key.Key_Minus}


class AttendanceGrid(QTableWidget):
    """Members (rows) × lessons of the week (columns), entered from the keyboard."""

    marks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.lessons: list[LessonRecord] = []
        self.people: list[tuple[int, str]] = []
        self._memberships: list[MembershipRecord] = []
        self._digits = ""

    def load(self, sheet: WeekSheet) -> None:
        self.clear()
        self._digits = ""
        self.lessons = list(sheet.lessons)
        self._memberships = list(sheet.members)
        seen: dict[int, str] = {}
        for m in sheet.members:
            seen.setdefault(m.participant_id, m.participant_name)
        self.people = sorted(seen.items(), key=lambda p: p[1])
        self.setRowCount(len(self.people))
        self.setColumnCount(len(self.lessons))
        days = [
            QCoreApplication.translate("TrainingPage", "Mon"),
            QCoreApplication.translate("TrainingPage", "Tue"),
            QCoreApplication.translate("TrainingPage", "Wed"),
            QCoreApplication.translate("TrainingPage", "Thu"),
            QCoreApplication.translate("TrainingPage", "Fri"),
            QCoreApplication.translate("TrainingPage", "Sat"),
            QCoreApplication.translate("TrainingPage", "Sun"),
        ]
        self.setHorizontalHeaderLabels(
            [
                f"{days[lesson.day.weekday()]} {lesson.day:%d.%m} "
                f"{lesson.start:%H:%M}\n{subject_label(lesson.subject)} ({lesson.minutes})"
                for lesson in self.lessons
            ]
        )
        self.setVerticalHeaderLabels([name for _pid, name in self.people])
        for column, lesson in enumerate(self.lessons):
            marks = {m.participant_id: m for m in lesson.marks}
            for row, (pid, _name) in enumerate(self.people):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not self.in_class(pid, lesson.day):
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(QBrush(QColor("#dddddd")))
                self.setItem(row, column, item)
                mark = marks.get(pid)
                if mark is not None:
                    self._show(item, (mark.present, mark.minutes), lesson.minutes)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.people and self.lessons:
            self.setCurrentCell(0, 0)

    def in_class(self, participant_id: int, day: date) -> bool:
        return any(
            m.participant_id == participant_id
            and m.start <= day
            and (m.end is None or day <= m.end)
            for m in self._memberships
        )

    @staticmethod
    def _show(item: QTableWidgetItem, mark: tuple[bool, int] | None, full: int) -> None:
        item.setData(MARK_ROLE, mark)
        if mark is None:
            item.setText("")
            item.setToolTip("")
        elif not mark[0]:
            item.setText("✗")
            item.setToolTip(QCoreApplication.translate("TrainingPage", "Absent"))
        elif mark[1] == full:
            item.setText("✓")
            item.setToolTip(QCoreApplication.translate("TrainingPage", "Present"))
        else:
            item.setText(f"✓ {mark[1]}")
            item.setToolTip(
                QCoreApplication.translate("TrainingPage", "Present %1 of %2 minutes")
                .replace("%1", str(mark[1]))
                .replace("%2", str(full))
            )

    def mark_at(self, row: int, column: int) -> tuple[bool, int] | None:
        item = self.item(row, column)
        if item is None:
            return None
        value = item.data(MARK_ROLE)
        return None if value is None else (bool(value[0]), int(value[1]))

    def set_mark(self, row: int, column: int, mark: tuple[bool, int] | None) -> None:
        item = self.item(row, column)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self._show(item, mark, self.lessons[column].minutes)
        self.marks_changed.emit()

    def _advance(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, column)
        elif column + 1 < self.columnCount():
            self.setCurrentCell(0, column + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        row, column = self.currentRow(), self.currentColumn()
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            row < 0
            or column < 0
            or modifiers
            not in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
        ):
            super().keyPressEvent(event)
            return
        full = self.lessons[column].minutes
        if key in PRESENT_KEYS:
            self._digits = ""
            self.set_mark(row, column, (True, full))
            self._advance()
        elif key in ABSENT_KEYS:
            self._digits = ""
            self.set_mark(row, column, (False, 0))
            self._advance()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digits = (self._digits + event.text())[-3:]
            minutes = int(self._digits)
            self.set_mark(row, column, (minutes > 0, minutes))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._digits = ""
            self._advance()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._digits = ""
            self.set_mark(row, column, None)
        else:
            self._digits = ""
            super().keyPressEvent(event)

    def lesson_inputs(self) -> list[LessonInput]:
        """Lessons with at least one mark; a lesson nobody is marked for is not saved."""
        result = []
        for column, lesson in enumerate(self.lessons):
            marks = []
            for row, (pid, _name) in enumerate(self.people):
                mark = self.mark_at(row, column)
                if mark is not None:
                    marks.append(Mark(pid, mark[0], mark[1] if mark[0] else 0))
            if marks or lesson.id is not None:
                result.append(
                    LessonInput(
                        lesson.day, lesson.start, lesson.minutes, lesson.subject, tuple(marks)
                    )
                )
        return result
