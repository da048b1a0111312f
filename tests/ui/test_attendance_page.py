"""The attendance grid as a coordinator uses it: a week for a class typed by keyboard only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from introdesk.domain.attendance import DayCell
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.ui.labels import interface_language
from introdesk.ui.main_window import MainWindow
from introdesk.ui.models.attendance_grid import GridView
from introdesk.ui.pages.attendance import AttendancePage
from introdesk.ui.tasks import runner

MONDAY = date(2026, 6, 8)
pytestmark = pytest.mark.today(date(2026, 6, 15))


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> AttendancePage:
    ids = [
        services.participants.create(NewParticipant(given, family, date(1990, 1, 1))).id
        for given, family in [("Amira", "Haddad"), ("Yonas", "Tesfay"), ("Hodan", "Warsame")]
    ]
    plan = Plan(
        start=date(2026, 1, 5),
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=(
            PlanElement("norwegian", date(2026, 1, 5), date(2027, 12, 31), WeekHours.weekdays(6)),
        ),
    )

    for pid in ids:
        services.plans.create_draft(pid, plan)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("attendance")
    qtbot.waitUntil(lambda: not runner().busy)  # the week fills in from a worker thread
    found = window.pages["attendance"]
    assert isinstance(found, AttendancePage)
    found.show_week(MONDAY)
    qtbot.waitUntil(lambda: not runner().busy)  # another week is read in a worker thread
    return found


def editor(table: GridView) -> QLineEdit:
    """The open cell editor (a closed editor is hidden until Qt deletes it)."""
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "typing should have opened one editor"
    return editors[0]


def type_cell(qtbot: QtBot, table: GridView, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into the current cell as a user does: the first key opens the editor (after Tab
    the next cell's editor is already open)."""
    if table.state() == QAbstractItemView.State.EditingState:
        line = editor(table)
        line.selectAll()
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClicks(table, text[0])
        line = editor(table)
        qtbot.keyClicks(line, text[1:])
    qtbot.keyClick(line, key)
    QCoreApplication.processEvents()  # Enter commits through a queued call


def cell_text(page: AttendancePage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def test_grid_model_is_a_well_behaved_qt_model(
    qtmodeltester: ModelTester, page: AttendancePage
) -> None:
    qtmodeltester.check(page.model)


def test_enter_a_week_by_keyboard_and_see_totals_and_warnings(
    qtbot: QtBot, page: AttendancePage
) -> None:
    table = page.table
    names = [cell_text(page, r, 0) for r in range(3)]
    assert names == ["Haddad, Amira", "Tesfay, Yonas", "Warsame, Hodan"]
    # Past planned days with nothing registered are listed before anything is typed.
    assert page.warnings.count() == 15
    table.setFocus()
    # Haddad: present as planned all week, typed with Tab between the days.
    table.setCurrentIndex(page.model.index(0, 1))
    for text in ["6", "6", "6", "6"]:
        type_cell(qtbot, table, text)
    type_cell(qtbot, table, "6", Qt.Key.Key_Return)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 5)  # Enter: down
    # Tesfay: Monday 7,5 h, Tuesday 2 h invalid absence (rest attended), then sick child.
    table.setCurrentIndex(page.model.index(1, 1))
    type_cell(qtbot, table, "7,5")
    type_cell(qtbot, table, "ug 2")
    type_cell(qtbot, table, "sb")
    type_cell(qtbot, table, "6")
    type_cell(qtbot, table, "6", Qt.Key.Key_Return)
    # Warsame: invalid absence the whole week (short code), Enter moves down the column.
    table.setCurrentIndex(page.model.index(2, 1))
    for _ in range(5):
        type_cell(qtbot, table, "ug")
    assert table.state() != QAbstractItemView.State.EditingState

    # The grid shows the short Norwegian codes typed, never the stored English ones.
    assert cell_text(page, 1, 2) == "ug 2"
    assert cell_text(page, 1, 3) == "sb"
    assert cell_text(page, 2, 5) == "ug"
    tip = page.model.data(page.model.index(1, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("sb: Sick child")  # the label in the interface language
    # Totals per row (attended / planned) and per day, before saving.
    assert cell_text(page, 0, 6) == "30 / 30"
    assert cell_text(page, 1, 6) == "23,5 / 30"
    assert cell_text(page, 2, 6) == "0 / 30"
    assert cell_text(page, 3, 1) == "13,5"  # Monday: 6 + 7,5 + 0
    assert cell_text(page, 3, 2) == "10"  # Tuesday: 6 + 4 + 0
    assert cell_text(page, 3, 6) == "53,5"
    assert len(page.model.pending) == 15

    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.model.pending == {}
    grid = page._attendance.week(MONDAY)
    assert grid.rows[1].cells[1] == DayCell(240, "invalid", 120)
    assert grid.rows[2].cells == (DayCell(0, "invalid", 360),) * 5
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    # The rules' findings in the window's language (English without a Norwegian translator).
    english = interface_language() == "en"
    run = "5 consecutive" if english else "5 sammenhengende"
    rate = "Absence is" if english else "Fraværet er"
    assert any(w.startswith(f"Warsame, Hodan: {run}") for w in warnings), warnings
    assert any(w.startswith(f"Warsame, Hodan: {rate}") for w in warnings), warnings
    assert not any(w.startswith("Haddad") for w in warnings), warnings


def test_typing_nonsense_is_refused_and_explained(qtbot: QtBot, page: AttendancePage) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    type_cell(qtbot, page.table, "zz", Qt.Key.Key_Return)
    assert cell_text(page, 0, 1) == ""
    assert page.model.pending == {}
    assert "'zz' is not an absence code" in page.warnings.item(0).text()


def test_all_present_and_copy_last_week(qtbot: QtBot, page: AttendancePage) -> None:
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert len(page.model.pending) == 15
    assert page.save()
    page.show_week(date(2026, 6, 15))
    qtbot.waitUntil(lambda: not runner().busy)
    assert cell_text(page, 0, 1) == ""
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert cell_text(page, 0, 1) == "6"
    assert cell_text(page, 3, 6) == "90"


def test_locked_month_is_read_only(qtbot: QtBot, page: AttendancePage) -> None:
    from introdesk.services.benefit import BenefitService

    page.show_week(date(2026, 5, 25))  # Mon 25 May – Fri 29 May
    qtbot.waitUntil(lambda: not runner().busy)
    benefit = BenefitService(page._attendance._ctx, page._attendance._plans)
    present = {}
    for offset in range(0, 31):
        day = date(2026, 5, 1) + timedelta(days=offset)
        if day.weekday() < 5:
            present.update({(r.participant_id, day): DayCell(360) for r in page.model.rows})
    page._attendance.save_week(present)
    benefit.lock_month(date(2026, 5, 1))
    page.load_week()
    index = page.model.index(0, 1)
    assert not (page.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert "Locked month" in str(index.data(Qt.ItemDataRole.ToolTipRole)) or "Låst" in str(
        index.data(Qt.ItemDataRole.ToolTipRole)
    )
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClicks(page.table, "u")
    assert page.table.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.pending == {}
    assert cell_text(page, 0, 1) == "6"
    assert page.model.apply(page._attendance.all_present(page.model.grid)) == 0  # type: ignore[arg-type]


def test_filter_by_adviser_and_one_participant(
    qtbot: QtBot, page: AttendancePage, services: Services
) -> None:
    adviser = services.settings.add_adviser("kari.nordmann", "Kari Nordmann")
    tesfay = next(p for p in services.participants.list() if p.family_name == "Tesfay")
    services.participants.update(tesfay.id, {"adviser_id": adviser.id})
    page.refresh()
    assert page.model.rowCount() == 4  # three participants and the totals row
    page.adviser_filter.setFocus()
    qtbot.keyClick(page.adviser_filter, Qt.Key.Key_Down)  # "All advisers" → Kari Nordmann
    assert page.adviser_filter.currentText() == "Kari Nordmann"
    qtbot.waitUntil(lambda: not runner().busy)  # the rows are read in a worker thread
    assert [r.name for r in page.model.rows] == ["Tesfay, Yonas"]
    qtbot.keyClick(page.adviser_filter, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not runner().busy)
    assert len(page.model.rows) == 3
    page.participant_filter.setFocus()
    qtbot.keyClick(page.participant_filter, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not runner().busy)
    assert [r.name for r in page.model.rows] == ["Haddad, Amira"]


def test_another_week_is_read_in_a_worker_thread(qtbot: QtBot, page: AttendancePage) -> None:
    assert page.model.grid is not None
    shown = page.model.grid.days[0]
    page.go_week(1)
    assert page.model.grid.days[0] == shown  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: not runner().busy)
    assert page.model.grid.days[0] == shown + timedelta(days=7)
    page.go_week(-1)
    page.go_week(-1)  # two quick steps: only the newest week is shown
    qtbot.waitUntil(lambda: not runner().busy)
    assert page.model.grid.days[0] == shown - timedelta(days=7)
