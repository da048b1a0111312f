"""Done-when check of issue 17 for the dialogs: each dialog, opened in nb, nn and en, shows
labels and never the stored codes or the brief's section sign, and in nn no Bokmål-only word
(a rule's reason left in Bokmål). The page walk (nb, nn, en) is in
test_no_codes_in_norwegian.py; this reuses its word lists.

The participant has the facts the rules need (birth date, permit, settlement, education), so
the editor's "Mål og regler" tab and the training record show the rules' reasons, not only
"facts missing"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from tests.ui.test_no_codes_in_norwegian import (
    norwegian_in_rule_texts,
    offending,
    visible_texts,
)

from introdesk.domain.codes import CefrLevel, EducationLevel, PermitType, SubSkill
from introdesk.domain.participant_details import ParticipantFields
from introdesk.domain.plans import PlanElement, WeekHours
from introdesk.domain.programme import EventKind, LeaveKind
from introdesk.domain.training import TrainingEnrolment
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.container import Services
from introdesk.ui.dialogs.audit_log import AuditLogDialog
from introdesk.ui.dialogs.participant_editor.editor import ParticipantEditor
from introdesk.ui.dialogs.plan_element import PlanElementDialog
from introdesk.ui.dialogs.programme_events import EventForm, ProgrammeEventsDialog
from introdesk.ui.dialogs.test_result import CorrectResultDialog, DeleteResultDialog
from introdesk.ui.dialogs.training import MemberDialog, NewClassDialog, TrainingRecordDialog
from introdesk.ui.dialogs.user_guide import UserGuideDialog
from introdesk.ui.i18n import install_translator, uninstall_translators
from introdesk.ui.pages.benefit import StopDialog

pytestmark = pytest.mark.database

# In en, where each dialog shows the rules' reasons (converted to English): the texts holding
# these marks are checked for Norwegian words.
RULE_TEXT_MARKS = {
    "ParticipantEditor": ("Right and duty",),  # right and duty's reasons
    "TrainingRecordDialog": ("Start: ",),  # the training deadline's basis, the category's reasons
}


def _dialogs(services: Services, language: str) -> list[QDialog]:
    pid = services.participants.new_record(
        ParticipantFields(
            given_name="Amira",
            family_name="Haddad",
            birth_date=date(1991, 4, 12),
            permit_type=PermitType.FAMILY_IMMIGRATION,
            permit_date=date(2024, 1, 15),
            settlement_date=date(2024, 3, 1),
            education_level=EducationLevel.PRIMARY,
        )
    )
    services.training.enrol(
        TrainingEnrolment(pid, date(2024, 2, 1), education_background="completed_primary"),
        permit=PermitType.FAMILY_IMMIGRATION,
        permit_date=date(2024, 1, 15),
    )
    element = PlanElement(
        "norwegian", date(2026, 9, 7), date(2027, 6, 30), WeekHours.weekdays(Decimal(3))
    )
    programme = services.programme
    programme.decide(pid, date(2026, 8, 3))
    programme.start(pid, date(2026, 8, 17))
    programme.leave(pid, LeaveKind.CHILD_ILLNESS, date(2026, 10, 5), date(2026, 10, 6))
    programme.stop(pid, date(2026, 11, 2), "Møtte ikkje")
    result = services.language_tests.record_norskproven(
        pid, test_date=date(2026, 6, 10), skill=SubSkill.ORAL, level=CefrLevel.A2
    )
    return [
        ParticipantEditor(
            services.participants,
            services.participants.advisers(),
            services.participants.details(pid),
        ),
        PlanElementDialog(load_catalogue(), element, language),
        NewClassDialog(),
        MemberDialog("Medlem", "Deltaker", [("Haddad, Amira", pid)], date(2026, 12, 1)),
        TrainingRecordDialog(services.training, pid),
        CorrectResultDialog(result),
        DeleteResultDialog("10.06.2026  Norskprøven, muntlig: A2"),
        AuditLogDialog(services.audit_log),
        UserGuideDialog(),
        ProgrammeEventsDialog(programme, pid, "Haddad, Amira"),
        *[EventForm(kind, list(programme.exit_reasons()), None) for kind in EventKind],
        StopDialog("Amira Haddad"),
    ]


@pytest.mark.today(date(2026, 12, 4))
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_dialog_shows_labels_not_codes(
    qtbot: QtBot, services: Services, language: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        problems: dict[str, list[str]] = {}
        seen: list[str] = []
        for dialog in _dialogs(services, language):
            qtbot.addWidget(dialog)
            dialog.show()
            texts = visible_texts(dialog)
            seen += texts
            found = offending(texts, language)
            if language == "en":
                marks = RULE_TEXT_MARKS.get(type(dialog).__name__, ())
                found += norwegian_in_rule_texts(texts, marks)
            if found:
                problems[type(dialog).__name__] = sorted(set(found))[:8]
            dialog.done(0)
        assert problems == {}
        # The walk read the rules' reasons: right and duty on the editor's goals tab and the
        # training category, in the window's written standard.
        law = {
            "nn": "integreringslova § 8",
            "nb": "integreringsloven § 8",
            "en": "Integration Act § 8",
        }[language]
        assert any(law in text and "<li>" in text for text in seen)
        assert any("§ 27" in text for text in seen)
    finally:
        uninstall_translators()
