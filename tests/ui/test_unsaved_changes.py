"""Unsaved input is never lost without a question (brief issue 15, item 1): closing the window,
switching page or week with a changed attendance week asks Lagre / Forkast / Avbryt, and a week
saved by someone else meanwhile is refused with the user's input kept on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from introdesk.domain.attendance import DayCell
from introdesk.domain.errors import ConflictError
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.services.attendance import AttendanceService
from introdesk.services.container import Services, open_services
from introdesk.ui.i18n import install_translator
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.attendance import AttendancePage

MONDAY = date(2026, 6, 8)
pytestmark = [pytest.mark.today(date(2026, 6, 15)), pytest.mark.unsaved_question]
FIVE_HOURS = DayCell(attended_minutes=300)


def _plans(ids: list[int]) -> Callable[[Iterable[int] | None], dict[int, Plan]]:
    plan = Plan(
        start=date(2026, 1, 5),
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=(PlanElement("NOR", date(2026, 1, 5), date(2027, 12, 31), WeekHours.weekdays(6)),),
    )

    def plans(wanted: Iterable[int] | None = None) -> dict[int, Plan]:
        return dict.fromkeys(ids if wanted is None else wanted, plan)

    return plans


@pytest.fixture
def person(services: Services) -> int:
    pid = services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 1, 1))).id
    services.attendance = AttendanceService(services.context, _plans([pid]))
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
