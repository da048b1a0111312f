"""Create or edit a participant: the whole record, the competence mapping, and goals.

Every change is checked at once with the same rules the service applies when saving
(``services.participants.validate_fields``): a message appears beside the field and Save stays
disabled while anything is invalid. The right/duty category, deadlines and recommended goals
are shown as they would be after saving (brief §1.1, §1.2, §1.4, §4.2).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.codes import EducationLevel, ParticipantStatus, PermitType, Regime, Sex
from introdesk.domain.errors import ConflictError, IntroDeskError, ValidationError
from introdesk.domain.participant_details import (
    FIELD_NAMES,
    CompetenceMapping,
    ParticipantDetails,
    ParticipantFields,
)
from introdesk.domain.records import AdviserRecord
from introdesk.services.participants import (
    ParticipantService,
    complete_fields,
    field_warnings,
    national_id_check,
    validate_fields,
)
from introdesk.ui import unsaved
from introdesk.ui.dialogs.participant_editor.fields import FieldDialog
from introdesk.ui.dialogs.participant_editor.messages import (
    assessment_html,
    national_id_message,
    problem_message,
)
from introdesk.ui.dialogs.participant_editor.tabs import (
    competence_tab,
    goals_tab,
    person_tab,
    programme_tab,
)
from introdesk.ui.formatting import fmt_date, parse_user_date
from introdesk.ui.tasks import report_error
from introdesk.ui.unsaved import UnsavedChoice

DATE_FIELDS = (
    "birth_date",
    "settlement_date",
    "request_date",
    "permit_date",
    "mapping_date",
    "career_guidance_date",
    "decision_date",
    "programme_start",
    "first_settlement_date",
)


class ParticipantEditor(FieldDialog):
    def __init__(
        self,
        service: ParticipantService,
        advisers: list[AdviserRecord],
        details: ParticipantDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantEditor")
        self._service = service
        self._details = details
        self.saved_id: int | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ParticipantEditor", "New participant")
            if details is None
            else QCoreApplication.translate("ParticipantEditor", "Edit participant")
        )
        self.resize(860, 680)

        tabs = QTabWidget(self)
        tabs.addTab(person_tab(self), QCoreApplication.translate("ParticipantEditor", "Person"))
        tabs.addTab(
            programme_tab(self, advisers),
            QCoreApplication.translate("ParticipantEditor", "Programme"),
        )
        competence, self.competence, self.competence_error = competence_tab(self)
        self.education = self.competence.education
        self.languages = self.competence.languages
        tabs.addTab(competence, QCoreApplication.translate("ParticipantEditor", "Competence"))
        goals, self.assessment_label = goals_tab(self)
        tabs.addTab(goals, QCoreApplication.translate("ParticipantEditor", "Goals and rules"))
        self.tabs = tabs
        self._tab_titles = [tabs.tabText(i) for i in range(tabs.count())]

        self.summary = QLabel(self)
        self.summary.setObjectName("editorSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveParticipant")
        self.save_button.setText(QCoreApplication.translate("ParticipantEditor", "&Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("ParticipantEditor", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        for name in DATE_FIELDS:
            field = self.inputs.get(name)
            if isinstance(field, QLineEdit):
                field.editingFinished.connect(partial(self._tidy_date, field))

        self._loading = True
        self._load(details)
        self._loading = False
        self._baseline = self._snapshot()
        self.revalidate()

    def _tidy_date(self, field: QLineEdit) -> None:
        """A date typed short (``15051990``, ``1.5.90``) is shown as it was read, dd.mm.åååå,
        when the user leaves the field; text that is not a date is left for the user to mend."""
        try:
            day = parse_user_date(field.text())
        except ValueError:
            return
        if day is not None and field.text() != fmt_date(day):
            field.setText(fmt_date(day))

    # --- unsaved changes (ui/unsaved.py): Escape, Cancel and closing ask first -------------

    def _snapshot(self) -> tuple[ParticipantFields | None, CompetenceMapping]:
        record, _messages = self._read()
        competence, _problems = self.competence.read()
        return record, competence

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._baseline

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: Lagre / Forkast / Avbryt when the
        form holds changes (brief issue 15, item 1)."""
        if not self.has_unsaved_changes():
            super().reject()
            return
        choice = unsaved.ask_unsaved(self)
        if choice is UnsavedChoice.SAVE:
            self.save()  # closes the dialog when it worked; otherwise the input stays
        elif choice is UnsavedChoice.DISCARD:
            super().reject()

    def _reapply_on_fresh(self, mine: ParticipantFields, my_competence: CompetenceMapping) -> None:
        """After a conflict: the record as the other user saved it, with the fields this user
        changed put back on top, to check and save again (nothing is lost either way)."""
        assert self._details is not None
        base, base_competence = self._baseline
        fresh = self._service.details(self._details.id)
        self._details = fresh
        self._loading = True
        self._load(fresh)
        self._baseline = self._snapshot()
        changed = {
            name: getattr(mine, name)
            for name in FIELD_NAMES
            if base is None or getattr(mine, name) != getattr(base, name)
        }
        competence = my_competence if my_competence != base_competence else fresh.competence
        self._load(replace(fresh, fields=replace(fresh.fields, **changed), competence=competence))
        self._loading = False
        self.revalidate()

    # --- loading and reading -------------------------------------------------------------

    def _load(self, details: ParticipantDetails | None) -> None:
        record = details.fields if details else ParticipantFields(given_name="", family_name="")
        for name, widget in self.inputs.items():
            value = getattr(record, name)
            if isinstance(widget, QLineEdit):
                if name in DATE_FIELDS:
                    widget.setText(fmt_date(value))
                else:
                    widget.setText(value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
        if details is None:
            return
        self.competence.load(details.competence)

    def _read(self) -> tuple[ParticipantFields | None, dict[str, str]]:
        """The record as typed, and messages for fields that cannot even be read."""
        values: dict[str, Any] = {}
        messages: dict[str, str] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                text = widget.text()
                if name in DATE_FIELDS:
                    try:
                        values[name] = parse_user_date(text)
                    except ValueError:
                        messages[name] = QCoreApplication.translate(
                            "ParticipantEditor", "Not a date: write dd.mm.yyyy."
                        )
                        values[name] = None
                else:
                    values[name] = text
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
        values["national_id"] = values["national_id"].strip() or None
        values["end_goal_group_override"] = values["end_goal_group_override"] or ""
        for name, kind in (
            ("sex", Sex),
            ("permit_type", PermitType),
            ("education_level", EducationLevel),
        ):
            values[name] = kind(values[name]) if values[name] else None
        values["regime"] = Regime(values["regime"])
        values["household_partner_id"] = values["household_partner_id"] or None  # 0: none
        values["status"] = ParticipantStatus(values["status"])
        return ParticipantFields(**values), messages

    # --- checking ------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field name → message for everything that blocks saving now."""
        record, messages = self._read()
        assert record is not None
        record = complete_fields(record)
        for problem in validate_fields(record):
            if problem.field in messages:
                continue
            if problem.field == "national_id" and record.national_id:
                check = national_id_check(record.national_id)
                if check.problem is not None:
                    messages["national_id"] = national_id_message(check.problem)
                    continue
            messages[problem.field] = problem_message(problem)
        _mapping, competence_problems = self.competence.read()
        if competence_problems:
            messages["competence"] = "\n".join(competence_problems)
        return messages

    def revalidate(self) -> None:
        if getattr(self, "_loading", True):
            return
        messages = self.problems()
        for name, label in self.errors.items():
            label.setText(messages.get(name, ""))
            label.setVisible(name in messages)
        self.competence_error.setText(messages.get("competence", ""))
        record, _ = self._read()
        if record is not None and "duf_number" not in messages:
            warnings = field_warnings(complete_fields(record))
            if warnings:
                label = self.errors["duf_number"]
                label.setStyleSheet("color: #8a5a00;")
                label.setText(warnings[0].reason)
                label.setVisible(True)
            else:
                self.errors["duf_number"].setStyleSheet("color: #b00020;")
        self.save_button.setEnabled(not messages)
        for index, title in enumerate(self._tab_titles):
            page = self.tabs.widget(index)
            marked = any(
                name in messages and page is not None and page.isAncestorOf(label)
                for name, label in [*self.errors.items(), ("competence", self.competence_error)]
            )
            self.tabs.setTabText(index, f"{title} (!)" if marked else title)
        if messages:
            self.summary.setText(
                QCoreApplication.translate(
                    "ParticipantEditor", "Correct the fields marked in red to save (%1)."
                ).replace("%1", str(len(messages)))
            )
        else:
            self.summary.setText("")
        self._show_assessment(record)

    def _show_assessment(self, record: ParticipantFields | None) -> None:
        if record is None:
            return
        try:
            assessment = self._service.assess(record)
        except IntroDeskError:
            return
        self.assessment_label.setText(assessment_html(assessment))

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.problems():
            self.revalidate()
            return
        record, _ = self._read()
        assert record is not None
        competence, _ = self.competence.read()
        try:
            if self._details is None:
                self.saved_id = self._service.new_record(record, competence)
            else:
                self._service.save(
                    self._details.id,
                    record,
                    competence,
                    expected_version=self._details.row_version,
                )
                self.saved_id = self._details.id
        except ValidationError as error:
            for problem in error.problems:
                if problem.field in self.errors:
                    label = self.errors[problem.field]
                    label.setText(problem_message(problem))
                    label.setVisible(True)
            self.save_button.setEnabled(False)
            return
        except ConflictError as error:
            report_error(self, error)
            self._reapply_on_fresh(record, competence)
            return
        except IntroDeskError as error:
            report_error(self, error)
            return
        self.accept()

    def set_record(self, record: ParticipantFields) -> None:
        """Fill the form from ``record`` (tests and pre-filled creation)."""
        self._loading = True
        self._load(None if self._details is None else replace(self._details, fields=record))
        self._loading = False
        self.revalidate()
