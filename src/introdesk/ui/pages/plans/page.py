"""The Plans page: a participant's integration plan as a week calendar (weekdays × elements,
counted hours), a findings panel that follows every change, version history, and the sign and
revise actions (brief §1.3 step 4, §1.4, §2).

Every change is saved at once through the plan service (one unit of work per action) and the
findings are recomputed from the saved plan. Signed versions are shown read-only: a change
after signing starts a revision (a new draft version).

The widgets are built by the sections (``sections``, ``schedule``, ``findings``); the changes a
user makes to a plan are in ``editing``; this module shows the chosen participant's plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.dates import monday_of, parse_week
from introdesk.domain.errors import IntroDeskError
from introdesk.domain.plan_versions import PlanVersion
from introdesk.domain.plans import Finding, Plan
from introdesk.domain.records import ParticipantRecord
from introdesk.services.participants import ParticipantService
from introdesk.services.plans import PlanService
from introdesk.ui import prefs
from introdesk.ui.dialogs.plan_element import from_qdate
from introdesk.ui.error_messages import user_message
from introdesk.ui.pages.base import BackgroundLoad
from introdesk.ui.pages.plans.editing import PlanEditing
from introdesk.ui.pages.plans.findings import FindingsBox, HistoryBox
from introdesk.ui.pages.plans.labels import (
    version_text,
)
from introdesk.ui.pages.plans.schedule import WeekScheduleBox
from introdesk.ui.pages.plans.sections import NoPlanBox, PlanDetailsBox, PlanHeader, arrange_page


class PlansPage(PlanEditing):
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
        self._followed: int | None = None  # the last participant chosen on the list
        self._versions: list[PlanVersion] = []
        self._shown: PlanVersion | None = None
        self._loading = False
        self._week = monday_of(clock.today())
        self.findings: list[Finding] = []

        self.header = PlanHeader(self)
        self.participant = self.header.participant
        self.version_label = self.header.version_label
        self.new_button = self.header.new_button
        self.sign_button = self.header.sign_button
        self.revise_button = self.header.revise_button
        self.participant.currentIndexChanged.connect(self._participant_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.participant.setFocus)
        self.new_button.clicked.connect(self.new_plan)
        self.sign_button.clicked.connect(self.sign)
        self.revise_button.clicked.connect(self.revise)

        self.details = PlanDetailsBox(self)
        self.planned_end = self.details.planned_end
        self.goal_type = self.details.goal_type
        self.goal_text = self.details.goal_text
        self.levels = self.details.levels
        self.save_details_button = self.details.save_details_button
        self.save_details_button.clicked.connect(self.save_details)

        self.calendar = WeekScheduleBox(self)
        self.week_edit = self.calendar.week_edit
        self.schedule = self.calendar.schedule
        self.add_button = self.calendar.add_button
        self.edit_button = self.calendar.edit_button
        self.later_button = self.calendar.later_button
        self.remove_button = self.calendar.remove_button
        self._connect_calendar()

        self.findings_box = FindingsBox(self)
        self.findings_summary = self.findings_box.findings_summary
        self.findings_list = self.findings_box.findings_list
        self.findings_list.itemActivated.connect(self._finding_activated)
        self.history_box = HistoryBox(self)
        self.history = self.history_box.history
        self.history.itemActivated.connect(self._history_activated)
        self.history.itemDoubleClicked.connect(self._history_activated)
        self.no_plan = NoPlanBox(self)
        self.no_plan.create_button.clicked.connect(self.new_plan)
        arrange_page(
            self,
            self.header,
            self.details,
            self.calendar,
            self.findings_box,
            self.history_box,
            self.no_plan,
        )
        self._show_nothing()

    def _connect_calendar(self) -> None:
        self.week_edit.dateChanged.connect(self._week_changed)
        self.calendar.previous_week.clicked.connect(
            lambda: self.show_week(self._week - timedelta(days=7))
        )
        self.calendar.next_week.clicked.connect(
            lambda: self.show_week(self._week + timedelta(days=7))
        )
        self.schedule.itemChanged.connect(self._cell_changed)
        self.schedule.doubleClicked.connect(lambda _index: self.edit_element())
        self.calendar.remove_key.activated.connect(self.remove_element)
        self.add_button.clicked.connect(self.add_element)
        self.edit_button.clicked.connect(self.edit_element)
        self.calendar.earlier_button.clicked.connect(lambda: self.move_selected(-7))
        self.later_button.clicked.connect(lambda: self.move_selected(7))
        self.remove_button.clicked.connect(self.remove_element)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._show_people(self._read_people())

    def background_load(self) -> BackgroundLoad:
        """The participant list with plan statuses is read in a worker thread; the chosen
        participant's plan is then loaded as before."""
        return BackgroundLoad(self._read_people, self._show_people)

    def _read_people(self) -> tuple[list[ParticipantRecord], Mapping[int, str]]:
        return self._participants.list(), self._plans.plan_status_by_participant()

    def _show_people(self, loaded: tuple[list[ParticipantRecord], Mapping[int, str]]) -> None:
        people, statuses = loaded
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

    def follow_participant(self, participant_id: int) -> None:
        """The participant chosen on the participants list becomes the one shown, unless the
        list's choice is unchanged since last time (then whoever was picked here stays)."""
        if participant_id == self._followed:
            return
        self._followed = participant_id
        if self.participant.findData(participant_id) >= 0:
            self.select_participant(participant_id)
        else:  # the list is not loaded yet: the coming load picks this participant
            self._participant_id = participant_id
            self._shown = None

    def select_participant(self, participant_id: int) -> None:
        index = self.participant.findData(participant_id)
        if index >= 0:
            self.participant.setCurrentIndex(index)
            self._participant_changed()

    def _participant_changed(self) -> None:
        if self._loading:
            return
        data = self.participant.currentData()
        if data != self._participant_id and not self.settle_unsaved_changes():
            self._loading = True  # Avbryt: stay with the participant whose goals are typed
            self.participant.setCurrentIndex(self.participant.findData(self._participant_id))
            self._loading = False
            return
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
                self._week = monday_of(shown.plan.start)
        self._shown = shown
        if shown is None:
            self._show_nothing()
        else:
            self._show_version(shown)
        self._fill_history()

    def _show_nothing(self) -> None:
        self._loading = True
        self.schedule.setRowCount(0)
        self._loading = False
        self.findings = []
        self.findings_list.clear()
        self.findings_summary.setText("")
        self.version_label.setText("")
        self.details.hide()
        self.calendar.hide()
        name = self.participant.currentText().rstrip(" ✎✓!") if self.participant.count() else None
        self.no_plan.show_for(name if self._participant_id is not None else None)
        self.no_plan.show()
        self._update_buttons()
        self._fill_history()

    def _show_version(self, version: PlanVersion) -> None:
        plan = version.plan
        text = version_text(version, len(self._versions), older_draft=not self.editable)
        self.version_label.setText(text)
        self.no_plan.hide()
        self.details.show()
        self.calendar.show()
        self._loading = True
        self.details.show_plan(plan)
        self._loading = False
        self._fill_schedule()
        self._update_findings()
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.editable
        for button in self.calendar.element_buttons():
            button.setEnabled(editable)
        self.details.set_editable(editable)
        newest = self._versions[-1] if self._versions else None
        self.new_button.setEnabled(self._participant_id is not None and newest is None)
        self.no_plan.create_button.setEnabled(self.new_button.isEnabled())
        self.sign_button.setEnabled(newest is not None and not newest.is_signed)
        self.revise_button.setEnabled(newest is not None and newest.is_signed)

    # --- week calendar ------------------------------------------------------------------------

    def show_week(self, day: date) -> None:
        self._week = monday_of(day)
        self._fill_schedule()

    def _week_changed(self) -> None:
        if not self._loading:
            self.show_week(from_qdate(self.week_edit.date()))

    def _fill_schedule(self) -> None:
        self._loading = True
        plan = self._shown.plan if self._shown else None
        blank = Plan(start=self._week, planned_end=self._week, end_goal=None, norwegian_goal=None)
        self.calendar.show_week(
            self._plans.week_view(plan or blank, self._week),
            self._shown,
            editable=self.editable,
            plans=self._plans,
            language=self._language,
        )
        self._loading = False

    def week_totals(self) -> list[str]:
        """The bottom row's texts (Mon … Sun, week), as shown."""
        return self.calendar.week_totals()

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
            self.findings_summary.setText(user_message(error))
            return
        self.findings_box.show_findings(self.findings, self._language)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        """Jump the calendar to the first week a finding names."""
        week = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if "-W" in week:
            self.show_week(parse_week(week))

    def _fill_history(self) -> None:
        if self._participant_id is None or not self._versions:
            self.history.clear()
            return
        self.history_box.show_versions(self._versions, self._shown)

    def _history_activated(self, item: QTreeWidgetItem) -> None:
        version_id = item.data(0, Qt.ItemDataRole.UserRole)
        if version_id is not None:
            self._load(show_version_id=int(version_id))
