"""Norwegian and social-studies training: classes, their members, a week of lessons × members
entered by keyboard, and each member's hours and warnings (brief §4.0, §5.1).

Keys in the attendance grid: P, T, + or space = present for the whole lesson; A, F or - =
absent; digits = minutes present (part of the lesson); Delete = clear; Ctrl+S saves the week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.dates import monday_of
from introdesk.domain.language_tests import TrainingCategory
from introdesk.domain.training import (
    ClassRecord,
    LessonInput,
    LessonRecord,
    Mark,
    MembershipRecord,
    TrainingOverview,
    WeekSheet,
)
from introdesk.rules.training_findings import (
    DEADLINE_NEAR,
    DEADLINE_PASSED,
    EXEMPTION_WITHOUT_LEGAL_BASIS,
    NORWEGIAN_TEST_MISSING,
    SOCIAL_STUDIES_HOURS_SHORT,
    SOCIAL_STUDIES_TEST_MISSING,
)
from introdesk.services.classes import ClassService
from introdesk.services.participants import ParticipantService
from introdesk.services.training import CATEGORY_UNKNOWN, TrainingService
from introdesk.ui.dialogs.training import (
    MemberDialog,
    NewClassDialog,
    TrainingRecordDialog,
    subject_label,
)
from introdesk.ui.formatting import fmt_date, fmt_decimal
from introdesk.ui.models.record_table import Column, RecordTableModel, SearchProxy
from introdesk.ui.pages.base import Page
from introdesk.ui.tasks import attempt, fetch

MARK_ROLE = Qt.ItemDataRole.UserRole + 10
PRESENT_KEYS = {Qt.Key.Key_P, Qt.Key.Key_T, Qt.Key.Key_Plus, Qt.Key.Key_Space}
ABSENT_KEYS = {Qt.Key.Key_A, Qt.Key.Key_F, Qt.Key.Key_Minus}


def category_label(category: TrainingCategory | None) -> str:
    if category is TrainingCategory.RIGHT_AND_DUTY:
        return QCoreApplication.translate("TrainingPage", "Right and duty")
    if category is TrainingCategory.DUTY_ONLY:
        return QCoreApplication.translate("TrainingPage", "Duty only (pays)")
    if category is TrainingCategory.RIGHT_ONLY:
        return QCoreApplication.translate("TrainingPage", "Right only")
    if category is TrainingCategory.NONE:
        return QCoreApplication.translate("TrainingPage", "Neither (may buy a course)")
    return QCoreApplication.translate("TrainingPage", "Unknown")


@dataclass(frozen=True, slots=True)
class MemberHours:
    """One class member's line in the hours and warnings table."""

    participant_id: int
    name: str
    overview: TrainingOverview | None

    @property
    def warnings(self) -> str:
        """Short names of the warnings, for the table."""
        if self.overview is None:
            return QCoreApplication.translate("TrainingPage", "Not enrolled in training")
        return "; ".join(warning_label(w.code) for w in self.overview.warnings)

    @property
    def details(self) -> str:
        """The warnings in full and the reasons for category and deadline (Norwegian, from the
        rules), for the text under the table."""
        if self.overview is None:
            return self.warnings
        lines = [f"• {w.message}" for w in self.overview.warnings]
        # Why the category and the deadline are what they are (Norwegian, from the rules).
        lines += [f"ⓘ {reason}" for reason in self.overview.category_reasons]
        if self.overview.deadline_basis:
            lines.append(f"ⓘ {self.overview.deadline_basis}")
        return "\n".join(lines)


def warning_label(code: str) -> str:
    labels = {
        DEADLINE_NEAR: QCoreApplication.translate("TrainingPage", "Deadline near, goal not met"),
        DEADLINE_PASSED: QCoreApplication.translate(
            "TrainingPage", "Deadline passed, goal not met"
        ),
        SOCIAL_STUDIES_HOURS_SHORT: QCoreApplication.translate(
            "TrainingPage", "Social-studies hours short"
        ),
        NORWEGIAN_TEST_MISSING: QCoreApplication.translate(
            "TrainingPage", "Norwegian test not taken"
        ),
        SOCIAL_STUDIES_TEST_MISSING: QCoreApplication.translate(
            "TrainingPage", "Social-studies test not taken"
        ),
        EXEMPTION_WITHOUT_LEGAL_BASIS: QCoreApplication.translate(
            "TrainingPage", "Exemption without legal basis"
        ),
        CATEGORY_UNKNOWN: QCoreApplication.translate(
            "TrainingPage", "Category unknown (permit missing)"
        ),
    }
    return labels.get(code, code)


def class_columns() -> list[Column[ClassRecord]]:
    return [
        Column(
            "code", lambda: QCoreApplication.translate("TrainingPage", "Code"), lambda c: c.code
        ),
        Column(
            "name", lambda: QCoreApplication.translate("TrainingPage", "Name"), lambda c: c.name
        ),
        Column(
            "teacher",
            lambda: QCoreApplication.translate("TrainingPage", "Teacher"),
            lambda c: c.teacher,
        ),
        Column(
            "level", lambda: QCoreApplication.translate("TrainingPage", "Level"), lambda c: c.level
        ),
        Column(
            "room", lambda: QCoreApplication.translate("TrainingPage", "Room"), lambda c: c.room
        ),
        Column(
            "members",
            lambda: QCoreApplication.translate("TrainingPage", "Members"),
            lambda c: str(c.members),
            sort_key=lambda c: c.members,
            searchable=False,
            align_right=True,
        ),
    ]


def member_columns() -> list[Column[MembershipRecord]]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("TrainingPage", "Name"),
            lambda m: m.participant_name,
        ),
        Column(
            "from",
            lambda: QCoreApplication.translate("TrainingPage", "From"),
            lambda m: fmt_date(m.start),
            sort_key=lambda m: m.start.isoformat(),
            searchable=False,
        ),
        Column(
            "to",
            lambda: QCoreApplication.translate("TrainingPage", "To"),
            lambda m: fmt_date(m.end),
            sort_key=lambda m: m.end.isoformat() if m.end else "9999",
            searchable=False,
        ),
    ]


def _hours(h: MemberHours, value: str) -> str:
    return value if h.overview is not None else ""


def hours_columns() -> list[Column[MemberHours]]:
    return [
        Column(
            "name", lambda: QCoreApplication.translate("TrainingPage", "Name"), lambda h: h.name
        ),
        Column(
            "norwegian",
            lambda: QCoreApplication.translate("TrainingPage", "Norwegian\nhours"),
            lambda h: fmt_decimal(h.overview.hours_norwegian) if h.overview else "",
            sort_key=lambda h: h.overview.hours_norwegian if h.overview else -1,
            searchable=False,
            align_right=True,
        ),
        Column(
            "social_studies",
            lambda: QCoreApplication.translate("TrainingPage", "Social-studies\nhours"),
            lambda h: (
                (
                    fmt_decimal(h.overview.hours_social_studies)
                    + (
                        f" / {h.overview.social_studies_hours_required}"
                        if h.overview.social_studies_hours_required
                        else ""
                    )
                )
                if h.overview
                else ""
            ),
            sort_key=lambda h: h.overview.hours_social_studies if h.overview else -1,
            searchable=False,
            align_right=True,
        ),
        Column(
            "deadline",
            lambda: QCoreApplication.translate("TrainingPage", "Deadline"),
            lambda h: fmt_date(h.overview.deadline) if h.overview else "",
            sort_key=lambda h: (
                h.overview.deadline.isoformat() if h.overview and h.overview.deadline else "9999"
            ),
            searchable=False,
        ),
        Column(
            "goal_met",
            lambda: QCoreApplication.translate("TrainingPage", "Goal\nmet"),
            lambda h: (
                (
                    QCoreApplication.translate("TrainingPage", "Yes")
                    if h.overview.goal_met
                    else QCoreApplication.translate("TrainingPage", "No")
                )
                if h.overview
                else ""
            ),
        ),
        Column(
            "category",
            lambda: QCoreApplication.translate("TrainingPage", "Category"),
            lambda h: category_label(h.overview.category) if h.overview else "",
        ),
        Column(
            "warnings",
            lambda: QCoreApplication.translate("TrainingPage", "Warnings"),
            lambda h: h.warnings,
        ),
    ]


def _table(view: QTableView, model: SearchProxy, name: str) -> None:
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)


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


class TrainingPage(Page):
    def __init__(
        self,
        training: TrainingService,
        classes: ClassService,
        participants: ParticipantService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._classes = classes
        self._participants = participants
        self._monday = monday_of(clock.today())
        self._code: str | None = None
        self.dirty = False

        self.class_model: RecordTableModel[ClassRecord] = RecordTableModel(class_columns(), self)
        self.class_proxy = SearchProxy(self)
        self.class_proxy.setSourceModel(self.class_model)
        self.class_table = QTableView(self)
        _table(self.class_table, self.class_proxy, "classTable")
        self.class_table.selectionModel().currentRowChanged.connect(self._class_chosen)
        new_class = QPushButton(QCoreApplication.translate("TrainingPage", "&New class…"), self)
        new_class.setObjectName("newClass")
        new_class.clicked.connect(self.ask_new_class)

        self.member_model: RecordTableModel[MembershipRecord] = RecordTableModel(
            member_columns(), self
        )
        self.member_proxy = SearchProxy(self)
        self.member_proxy.setSourceModel(self.member_model)
        self.member_table = QTableView(self)
        _table(self.member_table, self.member_proxy, "memberTable")
        add_member = QPushButton(QCoreApplication.translate("TrainingPage", "&Add member…"), self)
        add_member.setObjectName("addMember")
        add_member.clicked.connect(self.ask_add_member)
        move_member = QPushButton(
            QCoreApplication.translate("TrainingPage", "&Move to class…"), self
        )
        move_member.setObjectName("moveMember")
        move_member.clicked.connect(self.ask_move_member)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            QLabel("<b>" + QCoreApplication.translate("TrainingPage", "Classes") + "</b>", left)
        )
        left_layout.addWidget(self.class_table, 2)
        left_layout.addWidget(new_class)
        left_layout.addWidget(
            QLabel(
                "<b>" + QCoreApplication.translate("TrainingPage", "Members today") + "</b>", left
            )
        )
        left_layout.addWidget(self.member_table, 3)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(add_member)
        member_buttons.addWidget(move_member)
        left_layout.addLayout(member_buttons)

        self.class_title = QLabel(self)
        self.class_title.setObjectName("classTitle")
        previous_week = QPushButton(
            QCoreApplication.translate("TrainingPage", "◀ &Previous week"), self
        )
        previous_week.setToolTip("Alt+Left")
        previous_week.clicked.connect(lambda: self.show_week(self._monday - timedelta(days=7)))
        next_week = QPushButton(QCoreApplication.translate("TrainingPage", "Ne&xt week ▶"), self)
        next_week.setToolTip("Alt+Right")
        next_week.clicked.connect(lambda: self.show_week(self._monday + timedelta(days=7)))
        QShortcut(QKeySequence("Alt+Left"), self, previous_week.click)
        QShortcut(QKeySequence("Alt+Right"), self, next_week.click)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.save_button = QPushButton(
            QCoreApplication.translate("TrainingPage", "&Save week"), self
        )
        self.save_button.setObjectName("saveWeek")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save_week)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save_week)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        week_bar = QHBoxLayout()
        week_bar.addWidget(previous_week)
        week_bar.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        week_bar.addWidget(next_week)
        week_bar.addWidget(self.save_button)

        self.grid = AttendanceGrid(self)
        self.grid.marks_changed.connect(self._on_marks_changed)
        help_text = QLabel(
            QCoreApplication.translate(
                "TrainingPage",
                "Keys: P or T = present, A or F = absent, digits = minutes present, "
                "Delete = clear, Ctrl+S = save the week.",
            ),
            self,
        )
        help_text.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("trainingMessage")

        self.hours_model: RecordTableModel[MemberHours] = RecordTableModel(hours_columns(), self)
        self.hours_proxy = SearchProxy(self)
        self.hours_proxy.setSourceModel(self.hours_model)
        self.hours_table = QTableView(self)
        _table(self.hours_table, self.hours_proxy, "hoursTable")
        self.hours_table.selectionModel().currentRowChanged.connect(self._show_details)
        self.hours_table.doubleClicked.connect(self.open_record)
        record_button = QPushButton(
            QCoreApplication.translate("TrainingPage", "Training &record…"), self
        )
        record_button.setObjectName("openRecord")
        record_button.setToolTip(
            QCoreApplication.translate(
                "TrainingPage", "Exemptions, approved leave and the end of the training"
            )
        )
        record_button.clicked.connect(self.open_record)
        self.warning_details = QLabel(self)
        self.warning_details.setObjectName("warningDetails")
        self.warning_details.setWordWrap(True)
        self.warning_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.class_title)
        right_layout.addLayout(week_bar)
        right_layout.addWidget(self.grid, 3)
        right_layout.addWidget(help_text)
        right_layout.addWidget(self.message)
        right_layout.addWidget(
            QLabel(
                "<b>" + QCoreApplication.translate("TrainingPage", "Hours and warnings") + "</b>",
                right,
            )
        )
        right_layout.addWidget(self.hours_table, 2)
        details_row = QHBoxLayout()
        details_row.addWidget(self.warning_details, 1)
        details_row.addWidget(record_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(details_row)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self._code
        self.class_model.set_records(self._classes.list())
        self.class_table.resizeColumnsToContents()
        codes = [self.class_proxy.index(r, 0).data() for r in range(self.class_proxy.rowCount())]
        if not codes:
            self._code = None
            self.class_title.setText(
                QCoreApplication.translate(
                    "TrainingPage", "No classes yet: make one with “New class…”."
                )
            )
            self._load_class()
            return
        row = codes.index(current) if current in codes else 0
        self.class_table.selectRow(row)
        self._code = codes[row]
        self._load_class()

    def select_class(self, code: str) -> None:
        for row in range(self.class_proxy.rowCount()):
            if self.class_proxy.index(row, 0).data() == code:
                self.class_table.selectRow(row)
                return

    def _class_chosen(self) -> None:
        index = self.class_table.currentIndex()
        if not index.isValid():
            return
        code = str(self.class_proxy.index(index.row(), 0).data())
        if code == self._code:
            return
        if not self._may_discard():
            return
        self._code = code
        self._load_class()

    def _load_class(self) -> None:
        self.dirty = False
        if self._code is None:
            self.member_model.set_records([])
            self.hours_model.set_records([])
            self.grid.load(WeekSheet("", "", "", self._monday, (), ()))
            self.week_label.setText("")
            return
        code, monday = self._code, self._monday
        loaded = fetch(
            self,
            lambda: (
                self._classes.get(code),
                self._classes.members(code),
                self._classes.week(code, monday),
            ),
        )
        if loaded is None:
            return
        record, members, sheet = loaded
        self.member_model.set_records(members)
        details = " · ".join(v for v in (record.teacher, record.level, record.room) if v)
        self.class_title.setText(f"<h3>{record.code} – {record.name}</h3>{details}")
        week = self._monday.isocalendar()
        self.week_label.setText(
            QCoreApplication.translate("TrainingPage", "Week %1 (%2–%3)")
            .replace("%1", str(week.week))
            .replace("%2", fmt_date(self._monday))
            .replace("%3", fmt_date(self._monday + timedelta(days=6)))
        )
        self.grid.load(sheet)
        self._load_hours()

    def _load_hours(self) -> None:
        people = dict(self.grid.people)
        overviews = {o.record.participant_id: o for o in self._training.status(among=people)}
        self.hours_model.set_records(
            [MemberHours(pid, name, overviews.get(pid)) for pid, name in people.items()]
        )
        # Every column fits its text except the warnings, which take the rest of the width
        # (shown in full under the table for the chosen person).
        for column in range(self.hours_model.columnCount() - 1):
            self.hours_table.resizeColumnToContents(column)
        self._show_details()

    def _show_details(self) -> None:
        index = self.hours_table.currentIndex()
        if not index.isValid():
            self.warning_details.setText(
                QCoreApplication.translate(
                    "TrainingPage", "Choose a person in the table to see the warnings in full."
                )
            )
            return
        row = self.hours_proxy.mapToSource(index).row()
        member = self.hours_model.record(row)
        self.warning_details.setText(
            f"{member.name}:\n{member.details}" if member.details else member.name
        )

    def show_week(self, monday: date) -> None:
        if not self._may_discard():
            return
        self._monday = monday_of(monday)
        self._load_class()

    @property
    def monday(self) -> date:
        return self._monday

    def _on_marks_changed(self) -> None:
        self.dirty = True
        self.message.setText(QCoreApplication.translate("TrainingPage", "Not saved yet (Ctrl+S)."))

    def _may_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("TrainingPage", "Unsaved attendance"),
            QCoreApplication.translate(
                "TrainingPage", "The attendance entered for this week is not saved. Discard it?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- actions ---------------------------------------------------------------------------

    def save_week(self) -> None:
        if self._code is None:
            return
        lessons = self.grid.lesson_inputs()
        code, monday = self._code, self._monday
        if not attempt(self, lambda: self._classes.save_week(code, monday, lessons)):
            return
        self.dirty = False
        self._load_class()
        self.message.setText(
            QCoreApplication.translate("TrainingPage", "Saved %1 lesson(s).").replace(
                "%1", str(len(lessons))
            )
        )

    def ask_new_class(self) -> None:
        dialog = NewClassDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        created = fetch(self, lambda: self._classes.create(dialog.new_class()))
        if created is None:
            return
        self._code = created.code
        self.refresh()

    def ask_add_member(self) -> None:
        if self._code is None:
            return
        inside = {m.participant_id for m in self.member_model.records()}
        choices: list[tuple[str, object]] = [
            (p.display_name, p.id) for p in self._participants.list() if p.id not in inside
        ]
        dialog = MemberDialog(
            QCoreApplication.translate("TrainingPage", "Add member"),
            QCoreApplication.translate("TrainingPage", "&Participant"),
            choices,
            clock.today(),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        self.enrol_member(int(str(dialog.chosen())), dialog.chosen_date())

    def enrol_member(self, participant_id: int, start: date) -> None:
        """Put a person in the class; someone not yet in training is enrolled in it too."""
        if self._code is None:
            return
        code = self._code

        def enrol() -> None:
            self._training.enrol_in_class(code, participant_id, start)

        if attempt(self, enrol):
            self.refresh()

    def open_record(self) -> None:
        """The chosen person's training record (exemptions, leave, end)."""
        index = self.hours_table.currentIndex()
        if not index.isValid():
            return
        member = self.hours_model.record(self.hours_proxy.mapToSource(index).row())
        if member.overview is None:
            return
        dialog = TrainingRecordDialog(self._training, member.participant_id, self)
        dialog.exec()
        if dialog.changed:
            self._load_hours()

    def ask_move_member(self) -> None:
        index = self.member_table.currentIndex()
        if self._code is None or not index.isValid():
            return
        member = self.member_model.record(self.member_proxy.mapToSource(index).row())
        choices: list[tuple[str, object]] = [
            (f"{c.code} – {c.name}", c.code) for c in self._classes.list() if c.code != self._code
        ]
        dialog = MemberDialog(
            QCoreApplication.translate("TrainingPage", "Move %1").replace(
                "%1", member.participant_name
            ),
            QCoreApplication.translate("TrainingPage", "&Class"),
            choices,
            clock.today(),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        target, day = str(dialog.chosen()), dialog.chosen_date()
        if attempt(self, lambda: self._classes.move(member.participant_id, target, day)):
            self.refresh()
