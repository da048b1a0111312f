"""Unsaved input is never lost without a question (brief issue 15, item 1): closing the window,
switching page or week with a changed attendance week asks Lagre / Forkast / Avbryt, and a week
saved by someone else meanwhile is refused with the user's input kept on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from introdesk.domain.attendance import DayCell
from introdesk.domain.errors import ConflictError
from introdesk.domain.plans import EndGoalType, Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services, open_services
from introdesk.ui.dialogs.participant_editor import ParticipantEditor
from introdesk.ui.i18n import install_translator
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.attendance import AttendancePage
from introdesk.ui.pages.plans import PlansPage
from introdesk.ui.pages.settings import SettingsPage
from introdesk.ui.tasks import runner

MONDAY = date(2026, 6, 8)
pytestmark = [pytest.mark.today(date(2026, 6, 15)), pytest.mark.unsaved_question]
FIVE_HOURS = DayCell(attended_minutes=300)


PLAN = Plan(
    start=date(2026, 1, 5),
    planned_end=date(2027, 12, 31),
    end_goal=None,
    norwegian_goal=None,
    elements=(
        PlanElement("norwegian", date(2026, 1, 5), date(2027, 12, 31), WeekHours.weekdays(6)),
    ),
)


@pytest.fixture
def person(services: Services) -> int:
    pid = services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 1, 1))).id
    services.plans.create_draft(pid, PLAN)
    return pid


@pytest.fixture
def window(qtbot: QtBot, services: Services, person: int) -> Iterator[MainWindow]:
    shown = MainWindow(services)  # closed here, not by qtbot: a test may leave changes behind
    shown.show()
    shown.show_page("attendance")
    yield shown
    _page(shown).model.pending.clear()  # so closing at teardown does not ask
    shown.close()
    shown.deleteLater()


def _page(window: MainWindow) -> AttendancePage:
    page = window.pages["attendance"]
    assert isinstance(page, AttendancePage)
    return page


def _changed_week(window: MainWindow, person: int) -> AttendancePage:
    page = _page(window)
    page.show_week(MONDAY)
    assert runner().wait_until_idle()  # the week is read in a worker thread
    assert page.model.apply({(person, MONDAY): FIVE_HOURS}) == 1
    assert page.has_unsaved_changes()
    return page


def _answer(button: str) -> list[str]:
    """Click ``button`` in the unsaved-changes question as soon as it opens; the returned list
    records the question's buttons (empty if it never opened)."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsaved_changes":
            QTimer.singleShot(10, click)  # not open yet
            return
        seen.extend(b.text() for b in box.buttons())
        found = box.findChild(QPushButton, button)
        assert found is not None
        found.click()

    QTimer.singleShot(0, click)
    return seen


def _stored(services: Services, person: int) -> DayCell | None:
    (row,) = services.attendance.week(MONDAY, [person]).rows
    return row.cells[0]


def test_closing_with_a_changed_week_asks_and_cancel_keeps_everything(
    window: MainWindow, services: Services, person: int
) -> None:
    page = _changed_week(window, person)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "nb")
    try:
        seen = _answer("unsaved_cancel")
        window.close()
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    assert sorted(seen) == ["Avbryt", "Forkast", "Lagre"]
    assert window.isVisible()
    assert page.model.pending == {(person, MONDAY): FIVE_HOURS}
    assert _stored(services, person) is None


def test_discard_closes_without_saving(window: MainWindow, services: Services, person: int) -> None:
    _changed_week(window, person)
    seen = _answer("unsaved_discard")
    window.close()
    assert seen
    assert not window.isVisible()
    assert _stored(services, person) is None


def test_save_stores_the_week_and_closes(
    window: MainWindow, services: Services, person: int
) -> None:
    _changed_week(window, person)
    seen = _answer("unsaved_save")
    window.close()
    assert seen
    assert not window.isVisible()
    assert _stored(services, person) == FIVE_HOURS


def test_switching_week_or_page_asks_and_cancel_stays(window: MainWindow, person: int) -> None:
    page = _changed_week(window, person)
    seen = _answer("unsaved_cancel")
    page.go_week(1)
    assert seen
    assert page.monday == MONDAY
    assert page.has_unsaved_changes()

    seen = _answer("unsaved_cancel")
    window.show_page("participants")
    assert seen
    assert window.current_page_name() == "attendance"
    assert window.navigation.currentRow() == window.stack.currentIndex()
    assert page.has_unsaved_changes()


def test_nothing_changed_means_no_question(window: MainWindow) -> None:
    _page(window).show_week(MONDAY)
    window.show_page("participants")
    assert window.current_page_name() == "participants"
    window.close()
    assert not window.isVisible()


def test_week_saved_by_someone_else_is_refused_and_the_input_stays(
    window: MainWindow,
    services: Services,
    person: int,
    sqlite_only_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _changed_week(window, person)
    other = open_services(sqlite_only_database_url, actor="per.olsen")
    try:
        other.attendance.save_week({(person, MONDAY): DayCell(attended_minutes=60)})
    finally:
        other.close()
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "introdesk.ui.pages.attendance.report_error", lambda _parent, error: shown.append(error)
    )

    assert not page.save()
    (conflict,) = shown
    assert isinstance(conflict, ConflictError)
    assert conflict.changed_by == "per.olsen"
    # their hour is what is stored; my five hours are back on top, unsaved, ready to save again
    assert _stored(services, person) == DayCell(attended_minutes=60)
    assert page.model.pending == {(person, MONDAY): FIVE_HOURS}
    assert page.save()
    assert _stored(services, person) == FIVE_HOURS


@pytest.fixture
def editor(qtbot: QtBot, services: Services, person: int) -> Iterator[ParticipantEditor]:
    dialog = ParticipantEditor(
        services.participants,
        services.participants.advisers(),
        services.participants.details(person),
    )
    dialog.show()
    yield dialog
    dialog.done(0)
    dialog.deleteLater()


def _line(editor: ParticipantEditor, name: str) -> QLineEdit:
    widget = editor.inputs[name]
    assert isinstance(widget, QLineEdit)
    return widget


def test_escape_in_the_participant_editor_with_changes_asks(
    qtbot: QtBot, editor: ParticipantEditor, services: Services, person: int
) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert not editor.isVisible()

    editor.show()
    _line(editor, "phone").setText("40000000")
    seen = _answer("unsaved_cancel")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen
    assert editor.isVisible()
    assert _line(editor, "phone").text() == "40000000"

    seen = _answer("unsaved_save")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen
    assert not editor.isVisible()
    assert services.participants.details(person).fields.phone == "40000000"


def test_escape_and_discard_leaves_the_record_as_it_was(
    qtbot: QtBot, editor: ParticipantEditor, services: Services, person: int
) -> None:
    _line(editor, "phone").setText("40000000")
    seen = _answer("unsaved_discard")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen
    assert not editor.isVisible()
    assert services.participants.details(person).fields.phone == ""


def test_editor_save_over_someone_elses_change_keeps_both(
    editor: ParticipantEditor,
    services: Services,
    person: int,
    sqlite_only_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = open_services(sqlite_only_database_url, actor="per.olsen")
    try:
        other.participants.update(person, {"phone": "41111111"})
    finally:
        other.close()
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "introdesk.ui.dialogs.participant_editor.editor.report_error",
        lambda _parent, error: shown.append(error),
    )
    _line(editor, "email").setText("amira@example.org")
    editor.save()

    (conflict,) = shown
    assert isinstance(conflict, ConflictError)
    assert conflict.changed_by == "per.olsen"
    assert editor.isVisible()  # my input is still there, on top of their change
    assert (_line(editor, "phone").text(), _line(editor, "email").text()) == (
        "41111111",
        "amira@example.org",
    )
    assert services.participants.details(person).fields.email == ""
    editor.save()
    assert not editor.isVisible()
    stored = services.participants.details(person).fields
    assert (stored.phone, stored.email) == ("41111111", "amira@example.org")


@pytest.fixture
def plans_window(qtbot: QtBot, services: Services, person: int) -> Iterator[MainWindow]:
    services.participants.create(NewParticipant("Yonas", "Tesfay", date(1991, 2, 3)))
    shown = MainWindow(services)
    shown.show()
    shown.show_page("plans")
    qtbot.waitUntil(lambda: not runner().busy)  # the participant list fills in from a worker
    page = shown.pages["plans"]
    assert isinstance(page, PlansPage)
    # The worker's result reaches the page through the event loop after the runner is idle.
    qtbot.waitUntil(
        lambda: page.participant.findData(person) >= 0 and page.participant.count() == 2
    )
    yield shown
    page = shown.pages["plans"]
    assert isinstance(page, PlansPage)
    page.discard_changes()
    shown.close()
    shown.deleteLater()


def test_goal_typed_into_a_plan_is_not_lost_on_page_or_participant_switch(
    qtbot: QtBot, plans_window: MainWindow, services: Services, person: int
) -> None:
    page = plans_window.pages["plans"]
    assert isinstance(page, PlansPage)
    page.select_participant(person)
    assert page.editable
    page.goal_text.clear()
    qtbot.keyClicks(page.goal_text, "Fagbrev i barne- og ungdomsarbeid")
    assert page.has_unsaved_changes()  # typed text counts even before a goal type is chosen
    page.goal_type.setCurrentIndex(page.goal_type.findData(EndGoalType.UPPER_SECONDARY.value))
    assert page.has_unsaved_changes()

    seen = _answer("unsaved_cancel")
    plans_window.show_page("participants")
    assert seen
    assert plans_window.current_page_name() == "plans"
    seen = _answer("unsaved_cancel")
    other_index = 1 - page.participant.findData(person)  # the other of the two participants
    page.participant.setCurrentIndex(other_index)
    assert seen
    assert page.participant.currentData() == person
    assert page.goal_text.text() == "Fagbrev i barne- og ungdomsarbeid"

    seen = _answer("unsaved_save")
    plans_window.show_page("participants")
    assert seen
    assert plans_window.current_page_name() == "participants"
    goal = services.plans.current_plan(person)
    assert goal is not None
    assert goal.end_goal is not None
    assert goal.end_goal.text == "Fagbrev i barne- og ungdomsarbeid"


def test_settings_typed_but_not_saved_ask_before_leaving(
    window: MainWindow, services: Services
) -> None:
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.municipality_name.setText("Eksempelvik")
    assert page.has_unsaved_changes()
    seen = _answer("unsaved_cancel")
    window.show_page("participants")
    assert seen
    assert window.current_page_name() == "settings"
    seen = _answer("unsaved_save")
    window.show_page("participants")
    assert seen
    assert window.current_page_name() == "participants"
    assert services.settings.load().values["municipality_name"] == "Eksempelvik"
