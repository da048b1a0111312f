"""Weekly attendance grid: participants × Monday–Friday, keyboard first (brief §2.3).

Type hours (``6`` or ``7,5``), an absence code or its short form (``ug``, ``fe``, ``eg`` …) for a
whole planned day, or a code and hours (``ug 2``); Delete clears a cell. Arrows and Tab move;
Enter commits and moves down. Nothing is written until Save (Ctrl+S), which writes the whole
week in one transaction. Locked months are read-only (grey). The warnings panel lists the
statutory breaches and follow-up warnings for the week, and planned days without registration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.attendance import AbsenceFinding, MissingRegistration, WeekGrid
from introdesk.domain.dates import monday_of
from introdesk.domain.errors import ConflictError, IntroDeskError
from introdesk.domain.records import AdviserRecord, ParticipantRecord
from introdesk.services.attendance import AttendanceService
from introdesk.services.participants import ParticipantService
from introdesk.services.settings import SettingsService
from introdesk.ui.error_messages import user_message
from introdesk.ui.formatting import fmt_date
from introdesk.ui.models.attendance_grid import AttendanceGridModel, GridView, grid_legend
from introdesk.ui.pages.attendance_warnings import WeekData, warning_texts
from introdesk.ui.pages.base import BackgroundLoad, Page
from introdesk.ui.tasks import Task, fetch, report_error
from introdesk.ui.widgets.column_widths import measure_on_first_rows
from introdesk.ui.widgets.empty_hint import EmptyHint

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LoadedWeek:
    advisers: Sequence[AdviserRecord]
    people: Sequence[ParticipantRecord]
    week: WeekData


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

        self._build_week_bar()
        self._build_actions()
        self._build_grid()
        self._lay_out()

    def _build_week_bar(self) -> None:
        """Previous and next week, the week shown, and the adviser and participant filters."""
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

    def _build_actions(self) -> None:
        """All present, copy last week and save, with the page's keyboard shortcuts."""
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

    def _build_grid(self) -> None:
        """The week grid: participants × days, typed into from the keyboard."""
        self.table = GridView(self)
        measure_on_first_rows(self.table)
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
        self.empty_hint = EmptyHint(
            self.table,
            QCoreApplication.translate(
                "AttendancePage",
                "No one to register this week. Participants appear here when they have a plan "
                "with activities in the week: make plans on the Plans page.",
            ),
            lambda: not self.model.rows,
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(
            QCoreApplication.translate(
                "AttendancePage",
                "Type hours (6 or 7,5), an absence code for the whole planned day (ug, fe, eg, "
                "sm, sb, vp, up …), or a code and hours (ug 2). Enter moves down, Delete clears.",
            )
        )

    def _lay_out(self) -> None:
        """The bars above, the grid with its legend, and the warnings below it."""
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
        self.legend = grid_legend(self)
        grid_box = QWidget(self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.table, 1)
        grid_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(grid_box)
        splitter.addWidget(warnings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    # --- loading -----------------------------------------------------------------------

    def _load_filters(
        self,
        advisers: Sequence[AdviserRecord] | None = None,
        people: Sequence[ParticipantRecord] | None = None,
    ) -> None:
        """(Re)load the filter lists, keeping the current choices (read now if not given)."""
        chosen = self.adviser_filter.currentData()
        self.adviser_filter.clear()
        self.adviser_filter.addItem(
            QCoreApplication.translate("AttendancePage", "All advisers"), None
        )
        for adviser in self._settings.advisers() if advisers is None else advisers:
            self.adviser_filter.addItem(adviser.full_name, adviser.id)
        self.adviser_filter.setCurrentIndex(max(self.adviser_filter.findData(chosen), 0))
        self._load_participant_filter(self._participants.list() if people is None else people)

    def _load_participant_filter(self, people: Sequence[ParticipantRecord] | None = None) -> None:
        adviser = self.adviser_filter.currentData()
        chosen = self.participant_filter.currentData()
        self.participant_filter.clear()
        self.participant_filter.addItem(
            QCoreApplication.translate("AttendancePage", "All participants"), None
        )
        if people is not None:
            self._people = list(people)
        elif not hasattr(self, "_people"):
            self._people = self._participants.list()
        # An adviser chosen uses the list read with the page (no database read here).
        for person in self._people:
            if adviser is None or person.adviser_id == adviser:
                self.participant_filter.addItem(person.display_name, person.id)
        self.participant_filter.setCurrentIndex(max(self.participant_filter.findData(chosen), 0))

    def refresh(self) -> None:
        if not self.model.pending:
            self._load_filters()
            self.load_week()

    def background_load(self) -> BackgroundLoad | None:
        """The filter lists, the week and its warnings read in a worker thread; nothing while
        changes are unsaved (``refresh`` keeps them too)."""
        if self.model.pending:
            return None
        monday = self.monday
        participant = self.participant_filter.currentData()
        adviser = self.adviser_filter.currentData()

        def query() -> LoadedWeek:
            return LoadedWeek(
                self._settings.advisers(),
                self._participants.list(),
                self._read_week(monday, participant, adviser),
            )

        return BackgroundLoad(query, self._show_loaded)

    def _show_loaded(self, loaded: LoadedWeek) -> None:
        if self.model.pending:  # typed into the grid while loading: keep that
            return
        if loaded.week.grid.days and loaded.week.grid.days[0] != self.monday:
            return  # another week was chosen meanwhile and is already shown
        self._load_filters(loaded.advisers, loaded.people)
        self._show_week(loaded.week)

    def load_week(self) -> None:
        self._show_week(
            self._read_week(
                self.monday,
                self.participant_filter.currentData(),
                self.adviser_filter.currentData(),
            )
        )

    def _read_week(self, monday: date, participant: int | None, adviser: int | None) -> WeekData:
        """The week grid and its warnings (no widgets: runs in a worker thread too), read
        together: one pass over the database for thousands of participants."""
        only = None if participant is None else [participant]
        try:
            checked = self._attendance.checked_week(monday, only, adviser_id=adviser)
        except IntroDeskError as error:  # the checks failed: the grid without warnings
            grid = self._attendance.week(monday, only, adviser_id=adviser)
            week = WeekData(grid, [], [], user_message(error), filters=(adviser, participant))
        else:
            week = WeekData(
                checked.grid, checked.findings, checked.missing, "", filters=(adviser, participant)
            )
        return week.with_texts()

    def _read_warnings(
        self, grid: WeekGrid
    ) -> tuple[list[AbsenceFinding], list[MissingRegistration], str]:
        ids = [r.participant_id for r in grid.rows]
        if not ids:
            return [], [], ""
        try:
            findings = self._attendance.check(grid.days[0], grid.days[-1], ids)
            missing = self._attendance.missing_registrations(grid.days[0], grid.days[-1], ids)
        except IntroDeskError as error:  # shown in the warnings list, not as a dialog
            return [], [], user_message(error)
        return findings, missing, ""

    def _show_week(self, week: WeekData) -> None:
        grid = week.grid
        self._shown_filters = week.filters  # what a save's conflict check reloads
        self.model.set_grid(grid)
        friday = grid.days[-1]
        number = self.monday.isocalendar()[1]
        self.week_label.setText(
            QCoreApplication.translate("AttendancePage", "Week %1: %2–%3")
            .replace("%1", str(number))
            .replace("%2", fmt_date(self.monday))
            .replace("%3", fmt_date(friday))
        )
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 180))
        for column in range(1, 6):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), 90))
        self._show_warnings(week)
        self._update_state()

    def refresh_warnings(self, problems: list[str] | None = None) -> None:
        grid = self.model.grid
        if grid is None:
            self.warnings.clear()
            return
        self._show_warnings(WeekData(grid, *self._read_warnings(grid)), problems)

    def _show_warnings(self, week: WeekData, problems: list[str] | None = None) -> None:
        self.warnings.clear()
        self.warnings.addItems(warning_texts(week, problems))

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
        self.load_week_in_background()

    def show_week(self, day: date) -> None:
        if not self.settle_unsaved_changes():
            return
        self.monday = monday_of(day)
        self.load_week_in_background()

    def load_week_in_background(self) -> None:
        """Another week or filter: the grid and its warnings are read in a worker thread
        (seconds for thousands of participants, issue 18) and shown when ready; a newer
        choice made meanwhile wins. The filter lists are kept as they are."""
        monday = self.monday
        participant = self.participant_filter.currentData()
        adviser = self.adviser_filter.currentData()
        # The page's own loads and these share one count: only the newest is shown.
        self._load_generation = getattr(self, "_load_generation", 0) + 1
        generation = self._load_generation

        def show(week: WeekData) -> None:
            if self._load_generation == generation and not self.model.pending:
                self._show_week(week)

        Task(self, lambda _control: self._read_week(monday, participant, adviser)).on_success(
            show
        ).run()

    def _filter_changed(self) -> None:
        if self.sender() is self.adviser_filter:
            self._load_participant_filter()
        if self.settle_unsaved_changes():
            self.load_week_in_background()
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
