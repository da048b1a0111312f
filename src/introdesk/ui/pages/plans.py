"""The Plans page: a participant's integration plan as a week calendar (weekdays × elements,
counted hours), a findings panel that follows every change, version history, and the sign and
revise actions (brief §1.3 step 4, §1.4, §2).

Every change is saved at once through the plan service (one unit of work per action) and the
findings are recomputed from the saved plan. Signed versions are shown read-only: a change
after signing starts a revision (a new draft version).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import IntroDeskError
from introdesk.domain.plan_versions import ChangeKind, PlanChange, PlanVersion, plan_changes
from introdesk.domain.plans import (
    EndGoal,
    EndGoalType,
    Finding,
    NorwegianGoal,
    Plan,
    PlanElement,
    Severity,
    WeekHours,
)
from introdesk.rules.durations import add_months
from introdesk.rules.plan_calendar import norwegian_public_holidays
from introdesk.services.participants import ParticipantService
from introdesk.services.plans import PlanService
from introdesk.ui import prefs
from introdesk.ui.dialogs.plan_element import (
    PlanElementDialog,
    element_name,
    from_qdate,
    to_qdate,
    weekday_names,
)
from introdesk.ui.errors import show_error
from introdesk.ui.formatting import fmt_date, fmt_decimal
from introdesk.ui.pages.base import Page

FIRST_DAY_COLUMN = 2  # columns: element, period, Mon … Sun, week total
TOTAL_COLUMN = FIRST_DAY_COLUMN + 7
GREY = QColor(150, 150, 150)
SEVERITY_COLOURS = {
    Severity.ERROR: QColor(180, 30, 30),
    Severity.WARNING: QColor(160, 100, 0),
    Severity.INFO: QColor(40, 90, 160),
}


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _hours_text(value: Decimal) -> str:
    return fmt_decimal(value, 2).rstrip("0").rstrip(",") if value else ""


def end_goal_labels() -> dict[EndGoalType, str]:
    return {
        EndGoalType.WORK: QCoreApplication.translate("PlansPage", "Work"),
        EndGoalType.UPPER_SECONDARY: QCoreApplication.translate(
            "PlansPage", "Upper-secondary education"
        ),
        EndGoalType.HIGHER_EDUCATION: QCoreApplication.translate("PlansPage", "Higher education"),
        EndGoalType.PRIMARY_SCHOOL: QCoreApplication.translate("PlansPage", "Primary school"),
        EndGoalType.OTHER: QCoreApplication.translate("PlansPage", "Other"),
    }


def skill_labels() -> dict[SubSkill, str]:
    return {
        SubSkill.LISTENING: QCoreApplication.translate("PlansPage", "Listening"),
        SubSkill.READING: QCoreApplication.translate("PlansPage", "Reading"),
        SubSkill.WRITING: QCoreApplication.translate("PlansPage", "Writing"),
        SubSkill.ORAL: QCoreApplication.translate("PlansPage", "Oral"),
    }


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: QCoreApplication.translate("PlansPage", "Error"),
        Severity.WARNING: QCoreApplication.translate("PlansPage", "Warning"),
        Severity.INFO: QCoreApplication.translate("PlansPage", "Note"),
    }[severity]


def change_text(change: PlanChange) -> str:
    if change.kind is ChangeKind.ADDED:
        return (
            QCoreApplication.translate("PlansPage", "Added %1: %2")
            .replace("%1", change.subject)
            .replace("%2", change.new)
        )
    if change.kind is ChangeKind.REMOVED:
        return (
            QCoreApplication.translate("PlansPage", "Removed %1: %2")
            .replace("%1", change.subject)
            .replace("%2", change.old)
        )
    return (
        QCoreApplication.translate("PlansPage", "Changed %1: %2 → %3")
        .replace("%1", change.subject)
        .replace("%2", change.old or "–")
        .replace("%3", change.new or "–")
    )


class PlansPage(Page):
    def __init__(
        self,
        plans: PlanService,
        participants: ParticipantService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._participants = participants
        self._language = prefs.language()
        self._participant_id: int | None = None
        self._versions: list[PlanVersion] = []
        self._shown: PlanVersion | None = None
        self._loading = False
        self._week = _monday(clock.today())
        self.findings: list[Finding] = []

        # --- participant and version ------------------------------------------------------
        self.participant = QComboBox(self)
        self.participant.setObjectName("planParticipant")
        self.participant.setEditable(True)
        self.participant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.participant.setMinimumWidth(280)
        completer = self.participant.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.participant.currentIndexChanged.connect(self._participant_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.participant.setFocus)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("planVersionLabel")
        self.new_button = QPushButton(QCoreApplication.translate("PlansPage", "&New plan"), self)
        self.new_button.setObjectName("newPlan")
        self.new_button.clicked.connect(self.new_plan)
        self.sign_button = QPushButton(QCoreApplication.translate("PlansPage", "&Sign…"), self)
        self.sign_button.setObjectName("signPlan")
        self.sign_button.clicked.connect(self.sign)
        self.revise_button = QPushButton(QCoreApplication.translate("PlansPage", "&Revise…"), self)
        self.revise_button.setObjectName("revisePlan")
        self.revise_button.clicked.connect(self.revise)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("PlansPage", "Participant:"), self))
        top.addWidget(self.participant, 1)
        top.addWidget(self.version_label, 2)
        top.addWidget(self.new_button)
        top.addWidget(self.sign_button)
        top.addWidget(self.revise_button)

        # --- plan details -------------------------------------------------------------------
        details = QGroupBox(QCoreApplication.translate("PlansPage", "Plan and goals"), self)
        self.start = QDateEdit(self)
        self.planned_end = QDateEdit(self)
        for edit in (self.start, self.planned_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.goal_type = QComboBox(self)
        self.goal_type.addItem("–", "")
        for goal_type, label in end_goal_labels().items():
            self.goal_type.addItem(label, goal_type.value)
        self.goal_text = QLineEdit(self)
        self.goal_text.setObjectName("endGoalText")
        self.long_term = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("PlansPage", "Why the goals differ from the recommendation")
        )
        self.levels: dict[SubSkill, QComboBox] = {}
        levels_row = QHBoxLayout()
        for skill, label in skill_labels().items():
            combo = QComboBox(self)
            combo.addItem("–", "")
            for level in CefrLevel:
                combo.addItem(level.value.replace("_", " "), level.value)
            self.levels[skill] = combo
            levels_row.addWidget(QLabel(label, self))
            levels_row.addWidget(combo)
        self.save_details_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Save plan details"), self
        )
        self.save_details_button.setObjectName("savePlanDetails")
        self.save_details_button.clicked.connect(self.save_details)
        period_row = QHBoxLayout()
        period_row.addWidget(self.start)
        period_row.addWidget(QLabel("–", self))
        period_row.addWidget(self.planned_end)
        period_row.addStretch(1)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_type)
        goal_row.addWidget(self.goal_text, 1)
        form = QFormLayout(details)
        form.addRow(QCoreApplication.translate("PlansPage", "Period"), period_row)
        form.addRow(QCoreApplication.translate("PlansPage", "End goal"), goal_row)
        form.addRow(QCoreApplication.translate("PlansPage", "Norwegian goal"), levels_row)
        form.addRow(QCoreApplication.translate("PlansPage", "Long-term goal"), self.long_term)
        form.addRow(QCoreApplication.translate("PlansPage", "Reason for goals"), self.reason)
        form.addRow("", self.save_details_button)

        # --- week calendar ------------------------------------------------------------------
        calendar_box = QGroupBox(QCoreApplication.translate("PlansPage", "Weekly schedule"), self)
        self.week_edit = QDateEdit(self)
        self.week_edit.setObjectName("planWeek")
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat("dd.MM.yyyy")
        self.week_edit.dateChanged.connect(self._week_changed)
        self.week_label = QLabel(self)
        previous_week = QPushButton("◀", self)
        previous_week.setToolTip(QCoreApplication.translate("PlansPage", "Previous week"))
        previous_week.clicked.connect(lambda: self.show_week(self._week - timedelta(days=7)))
        next_week = QPushButton("▶", self)
        next_week.setToolTip(QCoreApplication.translate("PlansPage", "Next week"))
        next_week.clicked.connect(lambda: self.show_week(self._week + timedelta(days=7)))
        week_row = QHBoxLayout()
        week_row.addWidget(QLabel(QCoreApplication.translate("PlansPage", "Week of"), self))
        week_row.addWidget(previous_week)
        week_row.addWidget(self.week_edit)
        week_row.addWidget(next_week)
        week_row.addWidget(self.week_label, 1)

        self.schedule = QTableWidget(self)
        self.schedule.setObjectName("planSchedule")
        self.schedule.setColumnCount(TOTAL_COLUMN + 1)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.schedule.horizontalHeader().setStretchLastSection(True)
        self.schedule.itemChanged.connect(self._cell_changed)
        self.schedule.doubleClicked.connect(lambda _index: self.edit_element())
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.schedule)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_element)

        self.add_button = QPushButton(
            QCoreApplication.translate("PlansPage", "&Add element…"), self
        )
        self.add_button.setObjectName("addElement")
        self.add_button.clicked.connect(self.add_element)
        self.edit_button = QPushButton(
            QCoreApplication.translate("PlansPage", "&Change element…"), self
        )
        self.edit_button.clicked.connect(self.edit_element)
        self.earlier_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Move a week earlier"), self
        )
        self.earlier_button.clicked.connect(lambda: self.move_selected(-7))
        self.later_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Move a week later"), self
        )
        self.later_button.clicked.connect(lambda: self.move_selected(7))
        self.remove_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Remove element"), self
        )
        self.remove_button.clicked.connect(self.remove_element)
        element_buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.earlier_button,
            self.later_button,
            self.remove_button,
        ):
            element_buttons.addWidget(button)
        element_buttons.addStretch(1)
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.addLayout(week_row)
        calendar_layout.addWidget(self.schedule, 1)
        calendar_layout.addLayout(element_buttons)

        # --- findings and history -----------------------------------------------------------
        findings_box = QGroupBox(QCoreApplication.translate("PlansPage", "Findings"), self)
        self.findings_summary = QLabel(self)
        self.findings_summary.setObjectName("findingsSummary")
        self.findings_summary.setWordWrap(True)
        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("planFindings")
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._finding_activated)
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.addWidget(self.findings_summary)
        findings_layout.addWidget(self.findings_list, 1)

        history_box = QGroupBox(QCoreApplication.translate("PlansPage", "Versions"), self)
        self.history = QTreeWidget(self)
        self.history.setObjectName("planHistory")
        self.history.setHeaderLabels(
            [
                QCoreApplication.translate("PlansPage", "Version"),
                QCoreApplication.translate("PlansPage", "Status"),
                QCoreApplication.translate("PlansPage", "Signed"),
                QCoreApplication.translate("PlansPage", "Reason / change"),
            ]
        )
        self.history.itemActivated.connect(self._history_activated)
        self.history.itemDoubleClicked.connect(self._history_activated)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(findings_box)
        right.addWidget(history_box)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(details)
        left_layout.addWidget(calendar_box, 1)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self._show_nothing()

    # --- dialogs (separate methods so tests can answer them) --------------------------------

    def ask_element(self, initial: PlanElement) -> PlanElement | None:
        dialog = PlanElementDialog(self._plans.catalogue, initial, self._language, self)
        return dialog.element() if dialog.exec() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, initial: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, initial)
        return text.strip() if ok and text.strip() else None

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        people = self._participants.list()
        statuses = self._plans.plan_status_by_participant()
        self._loading = True
        self.participant.clear()
        for person in people:
            marker = {"draft": " ✎", "signed": " ✓", "needs_revision": " !"}.get(
                statuses.get(person.id, ""), ""
            )
            self.participant.addItem(f"{person.display_name}{marker}", person.id)
        self._loading = False
        index = self.participant.findData(self._participant_id) if self._participant_id else -1
        if index < 0 and people:
            index = 0
        self.participant.setCurrentIndex(index)
        self._participant_changed()

    def select_participant(self, participant_id: int) -> None:
        index = self.participant.findData(participant_id)
        if index >= 0:
            self.participant.setCurrentIndex(index)
            self._participant_changed()

    def _participant_changed(self) -> None:
        if self._loading:
            return
        data = self.participant.currentData()
        self._participant_id = int(data) if data is not None else None
        self._shown = None
        self._load()

    def _load(self, show_version_id: int | None = None) -> None:
        if self._participant_id is None:
            self._versions = []
            self._show_nothing()
            return
        self._versions = self._plans.versions(self._participant_id)
        wanted = show_version_id or (self._shown.id if self._shown else None)
        shown = next((v for v in self._versions if v.id == wanted), None)
        if shown is None and self._versions:
            shown = self._versions[-1]
            if not (shown.plan.start <= self._week <= shown.plan.end_with_leave):
                self._week = _monday(shown.plan.start)
        self._shown = shown
        if shown is None:
            self._show_nothing()
        else:
            self._show_version(shown)
        self._fill_history()

    @property
    def shown_version(self) -> PlanVersion | None:
        return self._shown

    @property
    def editable(self) -> bool:
        return (
            self._shown is not None
            and not self._shown.is_signed
            and self._shown is self._versions[-1]
        )

    def _show_nothing(self) -> None:
        self._loading = True
        self.schedule.setRowCount(0)
        self._loading = False
        self.findings = []
        self.findings_list.clear()
        self.findings_summary.setText("")
        self.version_label.setText(
            QCoreApplication.translate("PlansPage", "No plan yet.")
            if self._participant_id is not None
            else ""
        )
        self._update_buttons()
        self._fill_history()

    def _show_version(self, version: PlanVersion) -> None:
        plan = version.plan
        if version.is_signed:
            status = (
                QCoreApplication.translate("PlansPage", "signed %1 by %2")
                .replace("%1", fmt_date(version.signed_on))
                .replace("%2", version.signed_by)
            )
        else:
            status = QCoreApplication.translate("PlansPage", "draft")
        text = (
            QCoreApplication.translate("PlansPage", "Version %1 of %2: %3")
            .replace("%1", str(version.version))
            .replace("%2", str(len(self._versions)))
            .replace("%3", status)
        )
        if not self.editable and not version.is_signed:
            text += " " + QCoreApplication.translate("PlansPage", "(an older draft)")
        self.version_label.setText(text)
        self._loading = True
        self.start.setDate(to_qdate(plan.start))
        self.planned_end.setDate(to_qdate(plan.planned_end))
        self.goal_type.setCurrentIndex(
            max(0, self.goal_type.findData(plan.end_goal.type.value if plan.end_goal else ""))
        )
        self.goal_text.setText(plan.end_goal.text if plan.end_goal else "")
        self.long_term.setText(plan.long_term_goal)
        self.reason.setText(plan.goal_override_reason)
        for skill, combo in self.levels.items():
            level = plan.norwegian_goal.level(skill) if plan.norwegian_goal else None
            combo.setCurrentIndex(max(0, combo.findData(level.value if level else "")))
        self._loading = False
        self._fill_schedule()
        self._update_findings()
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.editable
        for widget in (
            self.add_button,
            self.edit_button,
            self.earlier_button,
            self.later_button,
            self.remove_button,
            self.save_details_button,
            self.start,
            self.planned_end,
            self.goal_type,
            self.goal_text,
            self.long_term,
            self.reason,
            *self.levels.values(),
        ):
            widget.setEnabled(editable)
        newest = self._versions[-1] if self._versions else None
        self.new_button.setEnabled(self._participant_id is not None and newest is None)
        self.sign_button.setEnabled(newest is not None and not newest.is_signed)
        self.revise_button.setEnabled(newest is not None and newest.is_signed)

    # --- week calendar ------------------------------------------------------------------------

    def show_week(self, day: date) -> None:
        self._week = _monday(day)
        self._fill_schedule()

    def _week_changed(self) -> None:
        if not self._loading:
            self.show_week(from_qdate(self.week_edit.date()))

    def _fill_schedule(self) -> None:
        version = self._shown
        self._loading = True
        self.week_edit.setDate(to_qdate(self._week))
        days = [self._week + timedelta(days=offset) for offset in range(7)]
        holidays = norwegian_public_holidays({days[0].year, days[-1].year})
        week_number = days[0].isocalendar()[1]
        self.week_label.setText(
            QCoreApplication.translate("PlansPage", "week %1").replace("%1", str(week_number))
        )
        headers = [
            QCoreApplication.translate("PlansPage", "Element"),
            QCoreApplication.translate("PlansPage", "Period"),
        ]
        for day_name, day in zip(weekday_names(), days, strict=True):
            heading = f"{day_name} {day:%d.%m}"
            if day in holidays:
                heading += "\n" + QCoreApplication.translate("PlansPage", "public holiday")
            headers.append(heading)
        headers.append(QCoreApplication.translate("PlansPage", "Week"))
        self.schedule.setHorizontalHeaderLabels(headers)
        elements = version.plan.elements if version else ()
        self.schedule.setRowCount(len(elements) + (1 if elements else 0))
        totals = [Decimal(0)] * 7
        editable = self.editable
        catalogue = self._plans.catalogue
        for row, element in enumerate(elements):
            kind = catalogue.get(element.code)
            name = QTableWidgetItem(element_name(kind, element.code, self._language))
            name.setData(Qt.ItemDataRole.UserRole, row)
            name.setToolTip(element.note or element.code)
            period = QTableWidgetItem(f"{element.start:%d.%m.%y}–{element.end:%d.%m.%y}")
            active_week = any(element.is_active_on(day) for day in days)
            for item in (name, period):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not active_week:
                    item.setForeground(QBrush(GREY))
            self.schedule.setItem(row, 0, name)
            self.schedule.setItem(row, 1, period)
            week_total = Decimal(0)
            for offset, (day, hours) in enumerate(zip(days, element.hours.as_tuple(), strict=True)):
                active = (
                    element.is_active_on(day)
                    and version is not None
                    and version.plan.start <= day <= version.plan.end_with_leave
                    and day not in holidays
                    and not (kind is not None and kind.is_vacation)
                )
                cell = QTableWidgetItem(_hours_text(hours))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if active:
                    totals[offset] += hours
                    week_total += hours
                else:
                    cell.setForeground(QBrush(GREY))
                if not editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(
                    QCoreApplication.translate(
                        "PlansPage", "Counted hours every such weekday from %1 to %2"
                    )
                    .replace("%1", fmt_date(element.start))
                    .replace("%2", fmt_date(element.end))
                )
                self.schedule.setItem(row, FIRST_DAY_COLUMN + offset, cell)
            total = QTableWidgetItem(_hours_text(week_total))
            total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.schedule.setItem(row, TOTAL_COLUMN, total)
        if elements:
            row = len(elements)
            label = QTableWidgetItem(QCoreApplication.translate("PlansPage", "Total this week"))
            font = label.font()
            font.setBold(True)
            cells = [label, QTableWidgetItem("")]
            cells += [QTableWidgetItem(_hours_text(value)) for value in totals]
            cells.append(QTableWidgetItem(_hours_text(sum(totals, Decimal(0)))))
            for column, item in enumerate(cells):
                item.setFont(font)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= FIRST_DAY_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.schedule.setItem(row, column, item)
        self.schedule.resizeColumnsToContents()
        for column, widest in ((0, 210), (1, 130)):
            self.schedule.setColumnWidth(column, min(self.schedule.columnWidth(column), widest))
        self._loading = False

    def week_totals(self) -> list[str]:
        """The bottom row's texts (Mon … Sun, week), as shown."""
        row = self.schedule.rowCount() - 1
        if row < 0:
            return []
        return [
            (item.text() if (item := self.schedule.item(row, column)) else "")
            for column in range(FIRST_DAY_COLUMN, TOTAL_COLUMN + 1)
        ]

    def _selected_index(self) -> int | None:
        version = self._shown
        if version is None:
            return None
        rows = {index.row() for index in self.schedule.selectionModel().selectedRows()}
        if not rows and self.schedule.currentRow() >= 0:
            rows = {self.schedule.currentRow()}
        for row in sorted(rows):
            if row < len(version.plan.elements):
                return row
        return None

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self._shown is None or not self.editable:
            return
        row, column = item.row(), item.column()
        if row >= len(self._shown.plan.elements) or not (FIRST_DAY_COLUMN <= column < TOTAL_COLUMN):
            return
        text = item.text().strip().replace(",", ".") or "0"
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = Decimal(-1)
        if not value.is_finite() or not Decimal(0) <= value <= Decimal(24):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PlansPage", "Hours"),
                QCoreApplication.translate("PlansPage", "Write a number of hours from 0 to 24."),
            )
            self._fill_schedule()
            return
        element = self._shown.plan.elements[row]
        hours = list(element.hours.as_tuple())
        hours[column - FIRST_DAY_COLUMN] = value
        self._apply(
            lambda vid: self._plans.update_element(
                vid, row, replace(element, hours=WeekHours(*hours))
            )
        )

    # --- actions ------------------------------------------------------------------------------

    def _apply(self, action: object) -> None:
        """Run a change on the shown draft and show the result (errors as dialogs)."""
        if self._shown is None:
            return
        try:
            assert callable(action)
            updated = action(self._shown.id)
        except IntroDeskError as error:
            show_error(self, error)
            self._load()
            return
        self._load(show_version_id=updated.id if isinstance(updated, PlanVersion) else None)

    def new_plan(self) -> None:
        if self._participant_id is None:
            return
        start = _monday(clock.today()) + timedelta(days=7)
        plan = Plan(
            start=start,
            planned_end=add_months(start, 24) - timedelta(days=1),
            end_goal=None,
            norwegian_goal=None,
        )
        try:
            created = self._plans.create_draft(self._participant_id, plan)
        except IntroDeskError as error:
            show_error(self, error)
            return
        self._week = start
        self._load(show_version_id=created.id)

    def add_element(self) -> None:
        if self._shown is None or not self.editable:
            return
        plan = self._shown.plan
        start = max(self._week, plan.start)
        initial = PlanElement("norwegian", start, plan.planned_end, WeekHours.weekdays(3))
        element = self.ask_element(initial)
        if element is not None:
            self._apply(lambda vid: self._plans.add_element(vid, element))

    def edit_element(self) -> None:
        index = self._selected_index()
        if index is None or self._shown is None or not self.editable:
            return
        element = self.ask_element(self._shown.plan.elements[index])
        if element is not None:
            self._apply(lambda vid: self._plans.update_element(vid, index, element))

    def move_selected(self, days: int) -> None:
        index = self._selected_index()
        if index is None or self._shown is None or not self.editable:
            return
        element = self._shown.plan.elements[index]
        new_start = element.start + timedelta(days=days)
        self._apply(lambda vid: self._plans.move_element(vid, index, new_start))
        self.schedule.selectRow(index)

    def remove_element(self) -> None:
        index = self._selected_index()
        if index is None or self._shown is None or not self.editable:
            return
        element = self._shown.plan.elements[index]
        name = element_name(self._plans.catalogue.get(element.code), element.code, self._language)
        if self.confirm(
            QCoreApplication.translate("PlansPage", "Remove element"),
            QCoreApplication.translate("PlansPage", "Remove %1 (%2 – %3) from the draft?")
            .replace("%1", name)
            .replace("%2", fmt_date(element.start))
            .replace("%3", fmt_date(element.end)),
        ):
            self._apply(lambda vid: self._plans.remove_element(vid, index))

    def save_details(self) -> None:
        if self._shown is None or not self.editable:
            return
        goal_code = str(self.goal_type.currentData() or "")
        levels = {
            skill: CefrLevel(str(combo.currentData()))
            for skill, combo in self.levels.items()
            if combo.currentData()
        }
        plan = replace(
            self._shown.plan,
            start=from_qdate(self.start.date()),
            planned_end=from_qdate(self.planned_end.date()),
            end_goal=EndGoal(EndGoalType(goal_code), self.goal_text.text().strip())
            if goal_code
            else None,
            norwegian_goal=NorwegianGoal.of(levels) if levels else None,
            long_term_goal=self.long_term.text().strip(),
            goal_override_reason=self.reason.text().strip(),
        )
        if plan.planned_end < plan.start:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PlansPage", "Period"),
                QCoreApplication.translate("PlansPage", "The plan cannot end before it starts."),
            )
            return
        self._apply(lambda vid: self._plans.update_draft(vid, plan))

    def sign(self) -> None:
        if self._participant_id is None or not self._versions or self._versions[-1].is_signed:
            return
        draft = self._versions[-1]
        errors = self._plans.check(self._participant_id, draft.plan)
        if any(f.severity is Severity.ERROR for f in errors):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PlansPage", "Cannot sign yet"),
                QCoreApplication.translate(
                    "PlansPage",
                    "The plan has errors (see Findings). Correct them before the plan and the "
                    "integration contract are signed.",
                ),
            )
            return
        signer = self.ask_text(
            QCoreApplication.translate("PlansPage", "Sign plan"),
            QCoreApplication.translate("PlansPage", "Signed by (adviser):"),
            self._plans.default_signer,
        )
        if signer is None:
            return
        if not self.confirm(
            QCoreApplication.translate("PlansPage", "Sign plan"),
            QCoreApplication.translate(
                "PlansPage",
                "Sign version %1 and the integration contract today? A signed version can "
                "never be changed; later changes are made as a revision. The participant is in "
                "the programme from %2.",
            )
            .replace("%1", str(draft.version))
            .replace("%2", fmt_date(draft.plan.start)),
        ):
            return
        try:
            signed = self._plans.sign(self._participant_id, by=signer)
        except IntroDeskError as error:
            show_error(self, error)
            return
        self._load(show_version_id=signed.id)

    def revise(self) -> None:
        if self._participant_id is None:
            return
        reason = self.ask_text(
            QCoreApplication.translate("PlansPage", "Revise plan"),
            QCoreApplication.translate(
                "PlansPage", "Why is the plan revised? (The signed version stays as it is.)"
            ),
        )
        if reason is None:
            return
        try:
            draft = self._plans.revise(self._participant_id, reason)
        except IntroDeskError as error:
            show_error(self, error)
            return
        self._load(show_version_id=draft.id)

    # --- findings and history -------------------------------------------------------------------

    def _update_findings(self) -> None:
        self.findings_list.clear()
        if self._shown is None or self._participant_id is None:
            self.findings = []
            return
        try:
            self.findings = self._plans.check(self._participant_id, self._shown.plan)
        except IntroDeskError as error:
            self.findings = []
            self.findings_summary.setText(str(error))
            return
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
            message = finding.message_nb if self._language == "nb" else finding.message_en
            text = f"{severity_label(finding.severity)}: {message or finding.message_nb}"
            if finding.brief_section:
                text += f" ({finding.brief_section})"
            item = QListWidgetItem(text)
            item.setForeground(QBrush(SEVERITY_COLOURS[finding.severity]))
            item.setToolTip(f"{finding.rule_id}\n{', '.join(finding.weeks[:20])}")
            item.setData(Qt.ItemDataRole.UserRole, finding.weeks[0] if finding.weeks else "")
            self.findings_list.addItem(item)
        if not self.findings:
            self.findings_summary.setText(
                QCoreApplication.translate(
                    "PlansPage", "No findings: the plan is full time, year round and complete."
                )
            )
        else:
            self.findings_summary.setText(
                QCoreApplication.translate("PlansPage", "%1 error(s), %2 warning(s), %3 note(s)")
                .replace("%1", str(counts[Severity.ERROR]))
                .replace("%2", str(counts[Severity.WARNING]))
                .replace("%3", str(counts[Severity.INFO]))
            )

    def _finding_activated(self, item: QListWidgetItem) -> None:
        """Jump the calendar to the first week a finding names."""
        week = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if "-W" in week:
            year, number = week.split("-W")
            self.show_week(date.fromisocalendar(int(year), int(number), 1))

    def _fill_history(self) -> None:
        self.history.clear()
        if self._participant_id is None or not self._versions:
            return
        previous: Plan | None = None
        for version in self._versions:
            status = (
                QCoreApplication.translate("PlansPage", "signed")
                if version.is_signed
                else QCoreApplication.translate("PlansPage", "draft")
            )
            signed = f"{fmt_date(version.signed_on)} {version.signed_by}".strip()
            item = QTreeWidgetItem([str(version.version), status, signed, version.revision_reason])
            item.setData(0, Qt.ItemDataRole.UserRole, version.id)
            if previous is not None:
                for change in plan_changes(previous, version.plan):
                    child = QTreeWidgetItem(["", "", "", change_text(change)])
                    child.setData(0, Qt.ItemDataRole.UserRole, version.id)
                    item.addChild(child)
            if self._shown is not None and version.id == self._shown.id:
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            self.history.addTopLevelItem(item)
            previous = version.plan
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self.history.resizeColumnToContents(2)

    def _history_activated(self, item: QTreeWidgetItem) -> None:
        version_id = item.data(0, Qt.ItemDataRole.UserRole)
        if version_id is not None:
            self._load(show_version_id=int(version_id))
