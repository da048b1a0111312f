"""Every dialog fits a 1280 × 720 screen: opened, it is no larger, and it can shrink to fit
(its minimum size is inside that too), so no button is ever out of reach."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import CefrLevel, PermitType, SubSkill
from introdesk.domain.plans import PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import TrainingEnrolment
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.container import Services
from introdesk.ui.dialogs.audit_log import AuditLogDialog
from introdesk.ui.dialogs.participant_editor.editor import ParticipantEditor
from introdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from introdesk.ui.dialogs.plan_element import PlanElementDialog
from introdesk.ui.dialogs.test_result import CorrectResultDialog, DeleteResultDialog
from introdesk.ui.dialogs.training import MemberDialog, NewClassDialog, TrainingRecordDialog
from introdesk.ui.dialogs.user_guide import UserGuideDialog

pytestmark = pytest.mark.database

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720


def test_every_dialog_fits_1280_by_720(qtbot: QtBot, services: Services) -> None:
    pid = services.participants.create(NewParticipant("Amira", "Haddad")).id
    services.training.enrol(
        TrainingEnrolment(pid, date(2024, 2, 1), education_background="completed_primary"),
        permit=PermitType.REFUGEE,
        permit_date=date(2024, 1, 15),
    )
    element = PlanElement(
        "norwegian", date(2026, 9, 7), date(2027, 6, 30), WeekHours.weekdays(Decimal(3))
    )
    dialogs: list[QDialog] = [
        ParticipantEditor(
            services.participants,
            services.participants.advisers(),
            services.participants.details(pid),
        ),
        PlanElementDialog(load_catalogue(), element, "nb"),
        NewClassDialog(),
        MemberDialog("Medlem", "Deltaker", [("Haddad, Amira", pid)], date(2026, 12, 1)),
        TrainingRecordDialog(services.training, pid),
        CorrectResultDialog(
            services.language_tests.record_norskproven(
                pid, test_date=date(2026, 6, 10), skill=SubSkill.ORAL, level=CefrLevel.A2
            )
        ),
        DeleteResultDialog("10.06.2026  Norskprøven, muntlig: A2"),
        AuditLogDialog(services.audit_log),
        PdfPreviewDialog(lambda *_: b"", [("nb", "Norsk")], participant_label="Haddad"),
        UserGuideDialog(),
    ]
    too_big = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        size, minimum = dialog.size(), dialog.minimumSizeHint()
        if (
            size.width() > SCREEN_WIDTH
            or size.height() > SCREEN_HEIGHT
            or minimum.width() > SCREEN_WIDTH
            or minimum.height() > SCREEN_HEIGHT
        ):
            too_big.append((type(dialog).__name__, size.toTuple(), minimum.toTuple()))
        dialog.done(0)
    assert too_big == []
