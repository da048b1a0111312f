"""Every date field in the window takes a typed date and gives back exactly that date.

Qt's QDateEdit turned a typed 15.05.2027 into 06.05.2027 (section editing); every field is now
the shared DateEdit. The test finds each one on every page and in every dialog that has one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import CefrLevel, PermitType, SubSkill
from introdesk.domain.plans import PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import TrainingEnrolment
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.container import Services
from introdesk.ui.dialogs.audit_log import AuditLogDialog
from introdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from introdesk.ui.dialogs.plan_element import PlanElementDialog
from introdesk.ui.dialogs.test_result import CorrectResultDialog, DeleteResultDialog
from introdesk.ui.dialogs.training import MemberDialog, TrainingRecordDialog
from introdesk.ui.formatting import parse_user_date
from introdesk.ui.main_window import MainWindow
from introdesk.ui.tasks import runner
from introdesk.ui.widgets.date_edit import DateEdit

pytestmark = pytest.mark.database


def test_the_window_reads_typed_dates_with_the_one_date_parser() -> None:
    """The short forms themselves are tabled in tests/unit/test_dates.py."""
    assert parse_user_date("  ") is None
    assert parse_user_date("150527") == date(2027, 5, 15)
    with pytest.raises(ValueError, match="impossible date"):
        parse_user_date("31.02.2027")


def _type_into(qtbot: QtBot, field: DateEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    field.editingFinished.emit()  # off-screen focus changes are not guaranteed


def _check_every_field(qtbot: QtBot, owner: QWidget) -> int:
    fields = [f for f in owner.findChildren(DateEdit) if f.isEnabled() and not f.isReadOnly()]
    for field in fields:
        if field.placeholderText() == "mm.åååå":
            for typed in ("11.2027", "112027"):
                _type_into(qtbot, field, typed)
                assert field.date() == QDate(2027, 11, 1), (field.objectName(), typed)
                assert field.text() == "11.2027"
            continue
        # The plan's week field shows the Monday of the week the typed day is in.
        expected = QDate(2027, 5, 10) if field.objectName() == "planWeek" else QDate(2027, 5, 15)
        for typed in ("15.05.2027", "150527"):
            _type_into(qtbot, field, typed)
            assert field.date() == expected, (field.objectName(), typed)
            assert field.text() == expected.toString("dd.MM.yyyy")
        _type_into(qtbot, field, "31.02.2027")  # not a date: the last good one stays
        assert field.date() == expected
    return len(fields)


def test_every_date_field_reads_back_what_was_typed(qtbot: QtBot, services: Services) -> None:
    pid = services.participants.create(NewParticipant("Amira", "Haddad")).id
    services.training.enrol(
        TrainingEnrolment(pid, date(2024, 2, 1), education_background="completed_primary"),
        permit=PermitType.REFUGEE,
        permit_date=date(2024, 1, 15),
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not runner().busy)
    found = 0
    for name in window.pages:
        window.show_page(name)
        qtbot.waitUntil(lambda: not runner().busy)
        found += _check_every_field(qtbot, window.pages[name])
    element = PlanElement(
        "norwegian", date(2026, 9, 7), date(2027, 6, 30), WeekHours.weekdays(Decimal(3))
    )
    dialogs: list[QWidget] = [
        PlanElementDialog(load_catalogue(), element, "nb"),
        MemberDialog("Medlem", "Deltaker", [("Haddad, Amira", pid)], date(2026, 12, 1)),
        TrainingRecordDialog(services.training, pid),
        CorrectResultDialog(
            services.language_tests.record_norskproven(
                pid, test_date=date(2026, 6, 10), skill=SubSkill.ORAL, level=CefrLevel.A2
            )
        ),
        DeleteResultDialog("10.06.2026  Norskprøven, muntlig: A2"),
        AuditLogDialog(services.audit_log),
        PdfPreviewDialog(
            lambda *_: b"", [("nb", "Norsk")], participant_label="Haddad", document="statement"
        ),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found += _check_every_field(qtbot, dialog)
    assert found >= 12  # reports (3), tests, plans (3), the dialogs (6+)
