"""The changes a user makes to the plan shown on the Plans page: a new plan, elements added,
changed, moved and removed (also by typing hours in the week), goals and period saved, signing
and revising. Each is one plan-service call on the shown draft, after which the page reloads.

``PlansPage`` builds the widgets and shows the plan; it provides ``_load`` and
``_fill_schedule``, which the changes call to show their result.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
)

from introdesk.core import clock
from introdesk.domain.dates import monday_of
from introdesk.domain.errors import IntroDeskError
from introdesk.domain.plan_versions import PlanVersion
from introdesk.domain.plans import PlanElement, Severity, WeekHours
from introdesk.services.plans import PlanService
from introdesk.ui.dialogs.plan_element import PlanElementDialog, element_name
from introdesk.ui.formatting import fmt_date
from introdesk.ui.pages.base import Page
from introdesk.ui.pages.plans.labels import (
    FIRST_DAY_COLUMN,
    TOTAL_COLUMN,
    cannot_sign_text,
    hours_in,
    sign_question,
)
from introdesk.ui.pages.plans.sections import PlanDetailsBox
from introdesk.ui.tasks import fetch, report_error, runner


class PlanEditing(Page):
    """What the Plans page does when the user changes the plan (the base of ``PlansPage``)."""

    # Set by ``PlansPage.__init__``.
    _plans: PlanService
    _language: str
    _participant_id: int | None
    _versions: list[PlanVersion]
    _shown: PlanVersion | None
    _loading: bool
    _week: date
    details: PlanDetailsBox
    schedule: QTableWidget

    def _load(self, show_version_id: int | None = None) -> None:
        raise NotImplementedError

    def _fill_schedule(self) -> None:
        raise NotImplementedError

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
        value = hours_in(item.text())
        if value is None:
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

    def has_unsaved_changes(self) -> bool:  # typed period and goals (ui/unsaved.py)
        return (
            self._shown is not None
            and self.editable
            and self.details.changed_from(self._shown.plan)
        )

    def save_changes(self) -> bool:
        return self.save_details()

    def discard_changes(self) -> None:
        self._load()  # the stored draft, without what was typed

    def _apply(self, action: object) -> bool:
        """Run a change on the shown draft and show the result (errors as dialogs)."""
        if self._shown is None:
            return False
        try:
            assert callable(action)
            updated = action(self._shown.id)
        except IntroDeskError as error:
            report_error(self, error)
            self._load()
            return False
        self._load(show_version_id=updated.id if isinstance(updated, PlanVersion) else None)
        return True

    def new_plan(self) -> None:
        if self._participant_id is None:
            return
        start = monday_of(clock.today()) + timedelta(days=7)
        participant_id = self._participant_id

        def create() -> PlanVersion:
            plan = self._plans.blank_plan(participant_id, start)
            return self._plans.create_draft(participant_id, plan)

        created = fetch(self, create)
        if created is None:
            return
        runner().data_changed.emit("plans")
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

    def save_details(self) -> bool:
        if self._shown is None or not self.editable:
            return False
        plan = self.details.edited(self._shown.plan)
        read = self._shown.row_version  # the draft the goals were typed on
        if not self.details.period_ok(plan):
            return False
        if self._apply(lambda vid: self._plans.update_draft(vid, plan, expected_version=read)):
            return True
        if self.editable:  # refused (e.g. saved by someone else): the typed goals stay on screen
            self.details.show_plan(plan)
        return False

    def sign(self) -> None:
        if self._participant_id is None or not self._versions or self._versions[-1].is_signed:
            return
        draft = self._versions[-1]
        errors = self._plans.check(self._participant_id, draft.plan)
        if any(f.severity is Severity.ERROR for f in errors):
            QMessageBox.warning(
                self, QCoreApplication.translate("PlansPage", "Cannot sign yet"), cannot_sign_text()
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
            QCoreApplication.translate("PlansPage", "Sign plan"), sign_question(draft)
        ):
            return
        participant_id = self._participant_id
        signed = fetch(self, lambda: self._plans.sign(participant_id, by=signer))
        if signed is None:
            return
        runner().data_changed.emit("plans")
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
        participant_id = self._participant_id
        draft = fetch(self, lambda: self._plans.revise(participant_id, reason))
        if draft is None:
            return
        runner().data_changed.emit("plans")
        self._load(show_version_id=draft.id)
