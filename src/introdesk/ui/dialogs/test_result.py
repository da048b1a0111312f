"""Correct or delete one recorded test result or exemption, with the reason the audit log keeps
(issue 17: a wrong result could not be put right anywhere).

The correction dialog shows the fields of the result's own kind, filled in with the stored
values; the kind itself cannot change (delete and record the right one). Both dialogs keep their
OK button disabled until a reason is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    ExemptionKind,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
)
from introdesk.domain.test_progress import StoredResult
from introdesk.services.language_tests import LanguageTestService
from introdesk.ui.labels import exemption_kind_label, social_studies_version_label
from introdesk.ui.tasks import attempt
from introdesk.ui.widgets.date_edit import DateEdit
from introdesk.ui.widgets.level_chart import level_label, skill_label

Item = NorskprovenResult | SocialStudiesResult | CitizenshipTestResult | TestExemption


def _combo(parent: QWidget, items: Sequence[tuple[str, object]], current: object) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _ReasonDialog(QDialog):
    """A dialog whose accept button waits for a reason."""

    def __init__(self, title: str, accept_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("TestResultDialog", "Why (kept in the audit log)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(accept_text)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def finish_form(self) -> None:
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "&Reason"), self.reason)
        self.form.addRow(self.buttons)

    def reason_text(self) -> str:
        return self.reason.text().strip()


class DeleteResultDialog(_ReasonDialog):
    """Confirms deleting one result: what it is, and why."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("TestResultDialog", "Delete test result"),
            QCoreApplication.translate("TestResultDialog", "&Delete"),
            parent,
        )
        question = QLabel(
            QCoreApplication.translate(
                "TestResultDialog",
                "Delete this result? It no longer counts toward goals and readiness.\n%1",
            ).replace("%1", description),
            self,
        )
        question.setWordWrap(True)
        self.form.addRow(question)
        self.finish_form()


class CorrectResultDialog(_ReasonDialog):
    """Edits the values of one stored result or exemption of the same kind."""

    def __init__(self, stored: StoredResult, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("TestResultDialog", "Correct test result"),
            QCoreApplication.translate("TestResultDialog", "&Save correction"),
            parent,
        )
        self.original: Item = stored.result
        item = stored.result
        day = item.decision_date if isinstance(item, TestExemption) else item.test_date
        self.date = DateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setObjectName("correctDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "&Date"), self.date)
        if isinstance(item, NorskprovenResult):
            self._norskproven(item)
        elif isinstance(item, SocialStudiesResult):
            self._social_studies(item)
        elif isinstance(item, CitizenshipTestResult):
            self._citizenship(item)
        else:
            self._exemption(item)
        self.finish_form()

    def _norskproven(self, item: NorskprovenResult) -> None:
        self.skill = _combo(self, [(skill_label(s), s) for s in SubSkill], item.sub_skill)
        self.level = _combo(self, [(level_label(lv), lv) for lv in CefrLevel], item.level)
        self.level.setObjectName("correctLevel")
        registration: list[tuple[str, object]] = [
            (QCoreApplication.translate("TestResultDialog", "not given"), None)
        ]
        registration += [(r.value, r) for r in RegistrationLevel]
        self.registration = _combo(self, registration, item.registration_level)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "Sub-s&kill"), self.skill)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "&Level"), self.level)
        self.form.addRow(
            QCoreApplication.translate("TestResultDialog", "&Registered level"), self.registration
        )

    def _score(self, value: int | None, maximum: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName("correctScore")
        spin.setRange(0, maximum or 100)
        spin.setValue(value or 0)
        return spin

    def _social_studies(self, item: SocialStudiesResult) -> None:
        versions = [(social_studies_version_label(v), v) for v in SocialStudiesVersion]
        self.version = _combo(self, versions, item.version)
        self.score = self._score(item.score, item.max_score)
        self.language = QLineEdit(item.language, self)
        self.language.setMaxLength(3)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "&Version"), self.version)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "Sc&ore"), self.score)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "Lan&guage"), self.language)

    def _citizenship(self, item: CitizenshipTestResult) -> None:
        self.score = self._score(item.score, item.max_score)
        self.score.setEnabled(item.score is not None)
        self.passed = QCheckBox(QCoreApplication.translate("TestResultDialog", "Passed"), self)
        self.passed.setChecked(bool(item.passed))
        self.passed.setEnabled(item.passed is not None)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "Sc&ore"), self.score)
        self.form.addRow("", self.passed)

    def _exemption(self, item: TestExemption) -> None:
        kinds = [(exemption_kind_label(k), k) for k in ExemptionKind]
        self.kind = _combo(self, kinds, item.kind)
        self.basis = QLineEdit(item.legal_basis, self)
        self.basis.setObjectName("correctBasis")
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "&Exemption"), self.kind)
        self.form.addRow(QCoreApplication.translate("TestResultDialog", "Legal &basis"), self.basis)

    def _day(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def replacement(self) -> Item:
        """The stored result with the values in the dialog (checked by the service)."""
        item = self.original
        if isinstance(item, NorskprovenResult):
            return dataclasses.replace(
                item,
                test_date=self._day(),
                sub_skill=SubSkill(self.skill.currentData()),
                level=CefrLevel(self.level.currentData()),
                registration_level=self.registration.currentData(),
            )
        if isinstance(item, SocialStudiesResult):
            return dataclasses.replace(
                item,
                test_date=self._day(),
                version=SocialStudiesVersion(self.version.currentData()),
                score=self.score.value(),
                language=self.language.text().strip().casefold(),
            )
        if isinstance(item, CitizenshipTestResult):
            return dataclasses.replace(
                item,
                test_date=self._day(),
                score=self.score.value() if item.score is not None else None,
                passed=self.passed.isChecked() if item.passed is not None else None,
            )
        return dataclasses.replace(
            item,
            decision_date=self._day(),
            kind=ExemptionKind(self.kind.currentData()),
            legal_basis=self.basis.text().strip(),
        )


def correct_result(parent: QWidget, service: LanguageTestService, stored: StoredResult) -> bool:
    """Ask for the corrected values and the reason; True when the correction was saved.
    A refused correction (a bad value, changed meanwhile) keeps the dialog and what was typed."""
    dialog = CorrectResultDialog(stored, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        if attempt(
            parent,
            lambda: service.correct(
                stored.ref,
                dialog.replacement(),
                reason=dialog.reason_text(),
                expected=stored.result,
            ),
        ):
            return True
    return False


def delete_result(
    parent: QWidget, service: LanguageTestService, stored: StoredResult, description: str
) -> bool:
    """Confirm the deletion and ask for the reason; True when the result was deleted."""
    dialog = DeleteResultDialog(description, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    reason = dialog.reason_text()
    return attempt(
        parent, lambda: service.delete(stored.ref, reason=reason, expected=stored.result)
    )
