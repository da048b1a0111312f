"""The training page as a teacher or coordinator uses it: enrol a class, register a week of
lessons by keyboard, and see the hours and warnings (issue 10)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import PermitType
from introdesk.domain.errors import ConflictError
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import (
    NewClass,
    Subject,
    TimetableSlot,
    TrainingEnrolment,
    TrainingState,
)
from introdesk.rules.training_findings import DEADLINE_NEAR, EXEMPTION_WITHOUT_LEGAL_BASIS
from introdesk.services.container import Services, open_services
from introdesk.services.training import CATEGORY_UNKNOWN
from introdesk.ui.dialogs.training import MemberDialog, NewClassDialog, TrainingRecordDialog
from introdesk.ui.errors import user_message
from introdesk.ui.pages.training import TrainingPage
from introdesk.ui.tasks import runner

TODAY = date(2026, 11, 25)  # Wednesday of week 48
MONDAY = date(2026, 11, 23)
TIMETABLE = (
    TimetableSlot(0, time(9, 0), 45, Subject.NORWEGIAN),
    TimetableSlot(1, time(9, 0), 45, Subject.SOCIAL_STUDIES),
    TimetableSlot(3, time(9, 0), 90, Subject.NORWEGIAN),
)


pytestmark = pytest.mark.today(TODAY)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> TrainingPage:
    services.classes.create(NewClass("N1", "Norsk A2", "Kari Nordmann", "A2", "101", TIMETABLE))
    widget = TrainingPage(services.training, services.classes, services.participants)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def _people(services: Services) -> list[int]:
    ids = [
        services.participants.create(NewParticipant(given, family, date(1990, 1, 1))).id
        for given, family in [("Amira", "Haddad"), ("Yonas", "Tesfay"), ("Olena", "Melnyk")]
    ]
    # Amira is in training already: refugee, 3 years from 15.1.2024 → deadline 15.1.2027.
    services.training.enrol(
        TrainingEnrolment(ids[0], date(2024, 2, 1), education_background="completed_primary"),
        permit=PermitType.REFUGEE,
        permit_date=date(2024, 1, 15),
    )
    return ids


def _type(qtbot: QtBot, page: TrainingPage, keys: str) -> None:
    for key in keys:
        if key == "\n":
            qtbot.keyClick(page.grid, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(page.grid, key)


def test_enrol_a_class_and_register_a_week_by_keyboard(
    qtbot: QtBot, page: TrainingPage, services: Services
) -> None:
    amira, yonas, olena = _people(services)
    for pid in (amira, yonas, olena):
        page.enrol_member(pid, date(2026, 11, 2))
    assert page.member_model.rowCount() == 3
    assert services.training.find(yonas) is not None  # enrolled in training by joining
    grid = page.grid
    assert (grid.rowCount(), grid.columnCount()) == (3, 3)
    names = [name for _pid, name in grid.people]
    assert names == ["Haddad, Amira", "Melnyk, Olena", "Tesfay, Yonas"]

    grid.setFocus()
    grid.setCurrentCell(0, 0)
    # Monday Norwegian: Amira present, Olena absent, Yonas 30 of 45 minutes.
    # Tuesday social studies: all present. Thursday Norwegian (90): Amira absent, others present.
    _type(qtbot, page, "pa30\n" + "ptp" + "fp+")
    assert page.dirty
    assert grid.item(2, 0).text() == "✓ 30"
    assert grid.item(1, 0).text() == "✗"
    qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.dirty
    assert page.message.text() != ""

    week = services.classes.week("N1", MONDAY)
    assert all(lesson.id is not None for lesson in week.lessons)
    hours = {h.participant_id: h for h in page.hours_model.records()}
    first = hours[amira].overview
    assert first is not None
    assert first.hours_norwegian == Decimal("1.00")
    assert first.hours_social_studies == Decimal("1.00")
    assert hours[yonas].overview is not None
    assert hours[yonas].overview.hours_norwegian == Decimal("2.67")  # (30 + 90) / 45
    assert hours[olena].overview is not None
    assert hours[olena].overview.hours_norwegian == Decimal("2.00")
    # Warnings are visible in the table: the deadline is near without the goal met, and the
    # two enrolled by joining the class have no permit on record.
    assert DEADLINE_NEAR in {w.code for w in first.warnings}
    assert CATEGORY_UNKNOWN in {w.code for w in hours[yonas].overview.warnings}
    column = [c.key for c in page.hours_model.columns].index("warnings")
    texts = [
        page.hours_model.index(row, column).data() for row in range(page.hours_model.rowCount())
    ]
    assert any("Deadline near, goal not met" in text for text in texts)
    # Choosing Amira in the table shows her warnings in full.
    amira_row = [h.participant_id for h in page.hours_model.records()].index(amira)
    page.hours_table.setCurrentIndex(
        page.hours_proxy.mapFromSource(page.hours_model.index(amira_row, 0))
    )
    # In the window's language: English here, without a Norwegian translator.
    assert "The deadline for free training" in page.warning_details.text()
    assert "Refugee" in page.warning_details.text()  # the reason for the category
    norwegian = [c.key for c in page.hours_model.columns].index("norwegian")
    shown = {page.hours_model.index(row, norwegian).data() for row in range(3)}
    assert "2,67" in shown

    # Re-opening the week shows what was saved.
    page.show_week(MONDAY)
    assert grid.item(2, 0).text() == "✓ 30"


def test_unsaved_marks_are_not_thrown_away_without_asking(
    qtbot: QtBot, page: TrainingPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, *_ = _people(services)
    page.enrol_member(amira, date(2026, 11, 2))
    page.grid.setFocus()
    page.grid.setCurrentCell(0, 0)
    qtbot.keyClicks(page.grid, "p")
    asked: list[str] = []

    def refuse(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", refuse)
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert asked
    assert page.monday == MONDAY
    assert page.grid.item(0, 0).text() == "✓"


def test_new_class_dialog_builds_the_timetable(qtbot: QtBot) -> None:
    dialog = NewClassDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "S1")
    qtbot.keyClicks(dialog.name, "Samfunnskunnskap arabisk")
    dialog.add_slot(2, time(12, 30), 90, Subject.SOCIAL_STUDIES)
    new = dialog.new_class()
    assert (new.code, new.name) == ("S1", "Samfunnskunnskap arabisk")
    assert new.timetable == (TimetableSlot(2, time(12, 30), 90, Subject.SOCIAL_STUDIES),)


def test_training_models_pass_qt_model_checks(
    qtmodeltester: ModelTester, page: TrainingPage, services: Services
) -> None:
    amira, *_ = _people(services)
    page.enrol_member(amira, date(2026, 11, 2))
    qtmodeltester.check(page.class_model)
    qtmodeltester.check(page.hours_proxy)


def test_add_member_through_the_dialog(
    page: TrainingPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, yonas, _olena = _people(services)

    def choose_yonas(dialog: MemberDialog) -> int:
        dialog.choice.setCurrentIndex(dialog.choice.findData(yonas))
        dialog.day.setDate(QDate(2026, 11, 2))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(MemberDialog, "exec", choose_yonas)
    page.ask_add_member()
    assert [m.participant_id for m in page.member_model.records()] == [yonas]
    assert services.classes.history(yonas)[0].start == date(2026, 11, 2)
    record = services.training.find(yonas)
    assert record is not None  # joining a class enrols in training too
    assert record.programme.value == "introduction"  # the participant record's programme
    assert amira not in {m.participant_id for m in page.member_model.records()}


def test_training_record_dialog_registers_exemption_leave_and_end(
    qtbot: QtBot, page: TrainingPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, *_ = _people(services)
    dialog = TrainingRecordDialog(services.training, amira, page)
    qtbot.addWidget(dialog)
    assert "Refugee" in dialog.overview.text()
    dialog.exemption_kind.setCurrentIndex(dialog.exemption_kind.findData("social_studies_test"))
    dialog.register_exemption()  # no legal basis: kept, and warned about
    (status,) = services.training.status(amira)
    assert [e.kind.value for e in status.record.exemptions] == ["social_studies_test"]
    assert EXEMPTION_WITHOUT_LEGAL_BASIS in {w.code for w in status.warnings}
    dialog.leave_from.setDate(QDate(2026, 1, 5))
    dialog.leave_to.setDate(QDate(2026, 1, 14))
    dialog.register_leave()
    assert services.training.status(amira)[0].deadline == date(2027, 1, 25)  # + 10 days
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    qtbot.keyClicks(dialog.end_reason, "Flyttet")
    dialog.end_training()
    assert services.training.get(amira).state.value == "completed"
    assert dialog.changed


def test_ending_training_over_someone_elses_change_is_refused_and_keeps_the_input(
    qtbot: QtBot,
    page: TrainingPage,
    services: Services,
    sqlite_only_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15 item 2: the dialog sends the version it showed; a record ended by someone else
    since is not overwritten, the message names them, and what was typed stays for a retry."""
    amira, *_ = _people(services)
    dialog = TrainingRecordDialog(services.training, amira, page)
    qtbot.addWidget(dialog)
    other = open_services(sqlite_only_database_url, actor="per.olsen")
    try:
        theirs = other.training.get(amira)
        other.training.end(
            amira, TrainingState.STOPPED, date(2026, 6, 1), "Flyttet", expected_version=1
        )
    finally:
        other.close()
    assert theirs.row_version == dialog.loaded_version
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "introdesk.ui.dialogs.training.report_error", lambda _parent, error: shown.append(error)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    dialog.end_date.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(dialog.end_reason, "Fullført kurset")
    dialog.end_training()

    (conflict,) = shown
    assert isinstance(conflict, ConflictError)
    assert "per.olsen" in user_message(conflict)
    stored = services.training.get(amira)
    assert (stored.state, stored.end_reason) == (TrainingState.STOPPED, "Flyttet")
    assert dialog.end_reason.text() == "Fullført kurset"  # the input is kept
    assert "Flyttet" in dialog.overview.text()  # and their change is shown
    dialog.end_training()  # again, on the fresh record: now it is saved
    assert len(shown) == 1
    stored = services.training.get(amira)
    assert (stored.state, stored.end_reason) == (TrainingState.COMPLETED, "Fullført kurset")


def test_the_page_loads_in_the_background_with_the_same_content(
    qtbot: QtBot, page: TrainingPage, services: Services
) -> None:
    amira, yonas, _olena = _people(services)
    for pid in (amira, yonas):
        page.enrol_member(pid, date(2026, 11, 2))
    shown = ([n for _p, n in page.grid.people], page.class_title.text())
    fresh = TrainingPage(services.training, services.classes, services.participants)
    qtbot.addWidget(fresh)
    fresh.reload_in_background()  # what a page switch does: read in a worker thread
    assert fresh.grid.people == []  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: not runner().busy)
    assert ([n for _p, n in fresh.grid.people], fresh.class_title.text()) == shown
    hours = {h.participant_id: h for h in fresh.hours_model.records()}
    assert hours[amira].overview is not None  # the members' training status came along
