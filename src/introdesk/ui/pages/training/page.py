"""Norwegian and social-studies training: classes, their members, a week of lessons × members
entered by keyboard, and each member's hours and warnings (brief §4.0, §5.1).

Keys in the attendance grid: P, T, + or space = present for the whole lesson; A, F or - =
absent; digits = minutes present (part of the lesson); Delete = clear; Ctrl+S saves the week.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.dates import monday_of
from introdesk.domain.training import (
    ClassRecord,
    MembershipRecord,
    TrainingOverview,
    WeekSheet,
)
from introdesk.services.classes import ClassService
from introdesk.services.participants import ParticipantService
from introdesk.services.training import TrainingService
from introdesk.ui.dialogs.training import (
    MemberDialog,
    NewClassDialog,
    TrainingRecordDialog,
)
from introdesk.ui.formatting import fmt_date
from introdesk.ui.models.record_table import RecordTableModel, SearchProxy
from introdesk.ui.pages.base import BackgroundLoad, Page
from introdesk.ui.pages.training.attendance_grid import (
    AttendanceGrid,
)
from introdesk.ui.pages.training.columns import (
    LoadedClass,
    LoadedClasses,
    MemberHours,
    class_columns,
    hours_columns,
    member_columns,
)
from introdesk.ui.tasks import attempt, fetch


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

        left = self._build_class_side()
        week_bar = self._build_week_bar()
        help_text = self._build_grid()
        record_button = self._build_hours()
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

    def _build_class_side(self) -> QWidget:
        """Classes and today's members, with their buttons."""
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
        return left

    def _build_week_bar(self) -> QHBoxLayout:
        """The class title and the week bar: previous, the week, next, save."""
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
        return week_bar

    def _build_grid(self) -> QLabel:
        """The attendance grid and its message line; returns the key help below it."""
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
        return help_text

    def _build_hours(self) -> QPushButton:
        """Each member's hours and warnings; returns the training-record button."""
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
        return record_button

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._show_loaded(LoadedClasses(self._classes.list(), None))

    def background_load(self) -> BackgroundLoad | None:
        """The classes, the chosen class's week and its members' hours read in a worker
        thread (the page froze the window for a quarter of a second and more); nothing while
        the week grid has unsaved marks."""
        if self.dirty:
            return None
        current, monday = self._code, self._monday

        def query() -> LoadedClasses:
            classes = self._classes.list()
            codes = [c.code for c in self.class_model.ordered(classes)]
            code = current if current in codes else next(iter(codes), None)
            return LoadedClasses(classes, None if code is None else self._read_class(code, monday))

        return BackgroundLoad(query, self._show_loaded)

    def _show_loaded(self, loaded: LoadedClasses) -> None:
        if self.dirty:  # marked in the grid while loading: keep that
            return
        current = self._code
        self.class_model.set_records(loaded.classes)
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
        chosen = loaded.chosen
        if chosen and (chosen.record.code, chosen.monday) == (self._code, self._monday):
            self._show_class(chosen)
        else:
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
        loaded = fetch(self, lambda: self._read_class(code, monday))
        if loaded is not None:
            self._show_class(loaded)

    def _read_class(self, code: str, monday: date) -> LoadedClass:
        """One class's record, members, week sheet and its people's training status (no
        widgets: runs in a worker thread too)."""
        sheet = self._classes.week(code, monday)
        people = {m.participant_id: m.participant_name for m in sheet.members}
        return LoadedClass(
            self._classes.get(code),
            monday,
            self._classes.members(code),
            sheet,
            {o.record.participant_id: o for o in self._training.status(among=people)},
        )

    def _show_class(self, loaded: LoadedClass) -> None:
        record, members, sheet = loaded.record, loaded.members, loaded.sheet
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
        self._show_hours(loaded.overviews)

    def _load_hours(self) -> None:
        people = dict(self.grid.people)
        self._show_hours({o.record.participant_id: o for o in self._training.status(among=people)})

    def _show_hours(self, overviews: Mapping[int, TrainingOverview]) -> None:
        people = dict(self.grid.people)
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
