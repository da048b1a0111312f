"""The programme's events on the participants page (issue 14 item 6): decide, start, leave with
kind and period, stop, resume and end with a reason, through the same service methods as
``introdesk programme ...``, with the same refusal of impossible sequences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from introdesk.domain.errors import ConflictError
from introdesk.domain.programme import EventKind, LeaveKind
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services, open_services
from introdesk.ui.dialogs.programme_events import EventForm, ProgrammeEventsDialog
from introdesk.ui.pages.participants import ParticipantsPage

pytestmark = pytest.mark.today(date(2026, 12, 1))


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> tuple[ParticipantsPage, int]:
    pid = services.participants.create(
        NewParticipant("Amira", "Haddad", birth_date=date(1990, 6, 15))
    ).id
    page = ParticipantsPage(services.participants, programme=services.programme)
    qtbot.addWidget(page)
    page.refresh()
    page.select_id(pid)
    return page, pid


def fill(
    dialog: ProgrammeEventsDialog,
    kind: EventKind,
    day: date,
    *,
    until: date | None = None,
    leave: LeaveKind | None = None,
    exit_reason: str | None = None,
    reason: str = "",
) -> EventForm:
    form = dialog.open_form(kind)
    form.date_edit.setDate(QDate(day.year, day.month, day.day))
    if until is not None:
        assert form.to_edit is not None
        form.to_edit.setDate(QDate(until.year, until.month, until.day))
    if leave is not None:
        assert form.leave_kind is not None
        form.leave_kind.setCurrentIndex(form.leave_kind.findData(leave.value))
    if exit_reason is not None:
        assert form.exit_reason is not None
        form.exit_reason.setCurrentIndex(form.exit_reason.findData(exit_reason))
    form.reason_edit.setText(reason)
    form.accept()
    return form


def cells(dialog: ProgrammeEventsDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_a_whole_course_recorded_from_the_participants_page(
    qtbot: QtBot, page: tuple[ParticipantsPage, int], services: Services
) -> None:
    participants, pid = page
    dialog = participants.open_events()
    assert isinstance(dialog, ProgrammeEventsDialog)
    assert dialog.table.rowCount() == 0
    fill(dialog, EventKind.DECISION, date(2026, 1, 2))
    fill(dialog, EventKind.START, date(2026, 1, 5))
    fill(
        dialog,
        EventKind.LEAVE,
        date(2026, 3, 2),
        until=date(2026, 3, 6),
        leave=LeaveKind.CARE,
        reason="barnehagestart",
    )
    fill(dialog, EventKind.STOP, date(2026, 9, 1), reason="møtte ikke")
    fill(dialog, EventKind.RESUMPTION, date(2026, 9, 15))
    fill(dialog, EventKind.END, date(2026, 11, 30), exit_reason="work")
    history = services.programme.history(pid)
    assert [(e.kind, e.day) for e in history] == [
        (EventKind.DECISION, date(2026, 1, 2)),
        (EventKind.START, date(2026, 1, 5)),
        (EventKind.LEAVE, date(2026, 3, 2)),
        (EventKind.STOP, date(2026, 9, 1)),
        (EventKind.RESUMPTION, date(2026, 9, 15)),
        (EventKind.END, date(2026, 11, 30)),
    ]
    leave = history[2]
    assert (leave.leave_kind, leave.until, leave.reason) == (
        LeaveKind.CARE,
        date(2026, 3, 6),
        "barnehagestart",
    )
    assert history[3].reason == "møtte ikke"
    assert history[-1].exit_reason == "work"
    # The table shows them, with care leave marked as not paid (integreringsforskriften § 16).
    assert cells(dialog, 0) == [
        "02.01.2026", "05.01.2026", "02.03.2026", "01.09.2026", "15.09.2026", "30.11.2026",
    ]  # fmt: skip
    assert cells(dialog, 1)[2] == "06.03.2026"
    assert cells(dialog, 4)[2] != ""
    # Closing reloads the list: the status is read from the events.
    dialog.reject()
    assert services.participants.get(pid).status.value == "interrupted"
    (shown,) = [s for s in participants.model.records() if s.id == pid]
    assert shown.status.value == "interrupted"


@pytest.mark.parametrize(
    ("setup", "refused", "message"),
    [
        ([], (EventKind.STOP, date(2026, 1, 1)), "before the programme start"),
        ([], (EventKind.START, date(2026, 1, 5)), "before a decision"),
        (
            [(EventKind.STOP, date(2026, 3, 1))],
            (EventKind.END, date(2026, 2, 1)),
            "before the last",
        ),
    ],
    ids=["stop before start", "start without decision", "end before last event"],
)
def test_an_impossible_sequence_is_refused_with_one_message_and_nothing_written(
    qtbot: QtBot,
    page: tuple[ParticipantsPage, int],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    setup: list[tuple[EventKind, date]],
    refused: tuple[EventKind, date],
    message: str,
) -> None:
    participants, pid = page
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok
    )
    dialog = participants.open_events()
    assert dialog is not None
    if refused[0] is not EventKind.START:
        fill(dialog, EventKind.DECISION, date(2025, 12, 20))
        fill(dialog, EventKind.START, date(2026, 1, 5))
    for kind, day in setup:
        fill(dialog, kind, day, reason="grunn")
    before = services.programme.history(pid)
    rows = dialog.table.rowCount()
    kind, day = refused
    fill(dialog, kind, day, reason="grunn", exit_reason="other" if kind is EventKind.END else None)
    assert len(shown) == 1
    assert message in shown[0]
    assert services.programme.history(pid) == before
    assert dialog.table.rowCount() == rows


def test_the_editor_sets_and_keeps_first_settlement_expecting_and_partner(
    qtbot: QtBot, page: tuple[ParticipantsPage, int], services: Services
) -> None:
    """Issue 14 item 3: the fields the rules read (first settlement in Norway, an expected
    child, the spouse or cohabitant) are edited in the window, and saving the editor for
    another change keeps them."""
    participants, pid = page
    partner = services.participants.create(NewParticipant("Omar", "Haddad")).id
    editor = participants.make_editor(pid)
    qtbot.addWidget(editor)
    first = editor.inputs["first_settlement_date"]
    assert isinstance(first, QLineEdit)
    qtbot.keyClicks(first, "10.01.2025")
    expecting = editor.inputs["expecting_child"]
    assert isinstance(expecting, QCheckBox)
    expecting.setChecked(True)
    spouse = editor.inputs["household_partner_id"]
    assert isinstance(spouse, QSpinBox)
    spouse.setValue(partner)
    assert editor.save_button.isEnabled()
    editor.save()
    fields = services.participants.details(pid).fields
    assert fields.first_settlement_date == date(2025, 1, 10)
    assert fields.expecting_child is True
    assert fields.household_partner_id == partner
    again = participants.make_editor(pid)
    qtbot.addWidget(again)
    phone = again.inputs["phone"]
    assert isinstance(phone, QLineEdit)
    qtbot.keyClicks(phone, "40000000")
    again.save()
    kept = services.participants.details(pid).fields
    assert (kept.first_settlement_date, kept.expecting_child, kept.household_partner_id) == (
        date(2025, 1, 10),
        True,
        partner,
    )


def test_correcting_and_removing_an_event_changed_by_someone_else_is_refused(
    qtbot: QtBot,
    page: tuple[ParticipantsPage, int],
    services: Services,
    sqlite_only_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15 item 2: a correction is saved from the version shown; a stale one is refused
    naming who, the list shows their change and the form opens again with the input kept."""
    participants, pid = page
    services.programme.decide(pid, date(2026, 1, 2))
    services.programme.start(pid, date(2026, 1, 5))
    stop = services.programme.stop(pid, date(2026, 9, 1), "møtte ikke")
    assert stop.id is not None
    dialog = participants.open_events()
    assert isinstance(dialog, ProgrammeEventsDialog)
    other = open_services(sqlite_only_database_url, actor="per.olsen")
    try:
        theirs = other.programme.event(stop.id)
        other.programme.change(
            stop.id, replace(theirs, day=date(2026, 9, 8)), expected_version=theirs.row_version
        )
    finally:
        other.close()
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "introdesk.ui.dialogs.programme_events.report_error",
        lambda _parent, error: shown.append(error),
    )
    dialog.table.selectRow(2)
    form = dialog.open_change_form()
    assert form is not None
    assert form.reason_edit.text() == "møtte ikke"
    form.reason_edit.setText("møtte ikke i tre uker")
    form.accept()

    (conflict,) = shown
    assert isinstance(conflict, ConflictError)
    assert conflict.changed_by == "per.olsen"
    assert cells(dialog, 0)[2] == "08.09.2026"  # their change is shown
    assert form.isVisible()  # and my input is still in the form
    assert form.reason_edit.text() == "møtte ikke i tre uker"
    form.date_edit.setDate(QDate(2026, 9, 8))
    form.accept()  # again, over the fresh copy: saved
    assert len(shown) == 1
    stored = services.programme.event(stop.id)
    assert (stored.day, stored.reason) == (date(2026, 9, 8), "møtte ikke i tre uker")

    # A removal from a stale row is refused too; from the fresh one it goes through.
    services.programme.change(
        stop.id, replace(stored, reason="feil"), expected_version=stored.row_version
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(2)
    assert not dialog.remove_selected()
    assert isinstance(shown[-1], ConflictError)
    dialog.table.selectRow(2)
    assert dialog.remove_selected()
    assert [e.kind for e in services.programme.history(pid)] == [
        EventKind.DECISION,
        EventKind.START,
    ]


def test_a_refusal_reads_norwegian_in_the_window_and_english_on_the_command_line(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QApplication

    from introdesk.domain.programme import ProgrammeEvent
    from introdesk.rules.programme_events import CourseError, check_course
    from introdesk.ui.error_messages import user_message
    from introdesk.ui.i18n import install_translator, uninstall_translators

    with pytest.raises(CourseError) as refused:
        check_course([ProgrammeEvent(kind=EventKind.STOP, day=date(2026, 1, 1))])
    assert str(refused.value) == "stop 2026-01-01: before the programme start"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nb")
    try:
        assert user_message(refused.value) == "01.01.2026: før programstart"
    finally:
        uninstall_translators()
