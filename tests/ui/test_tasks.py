"""Background operations (ui/tasks.py): work runs in a worker thread, results and errors come
back on the GUI thread through one path, changes are announced once, and an export can be
cancelled while the window keeps answering."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from introdesk.domain.errors import IntroDeskError, UserInputError
from introdesk.domain.records import NewParticipant
from introdesk.reporting.xlsx.writer import Column, ColumnKind, SheetSpec
from introdesk.services.container import Services
from introdesk.services.reports import PreparedReport
from introdesk.ui import tasks
from introdesk.ui.main_window import PAGE_NAMES, MainWindow
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.pages.reports import ReportsPage
from introdesk.ui.stall_probe import probe
from introdesk.ui.tasks import Task, TaskControl, runner

pytestmark = pytest.mark.database


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(tasks, "show_error", lambda _parent, error: shown.append(str(error)))
    return shown


def test_query_runs_in_a_worker_and_answers_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def op(_control: TaskControl) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["gui"] = threading.current_thread() is threading.main_thread()

    Task(parent, op).on_success(success).run()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"worker": True, "value": 42, "gui": True}


def test_a_known_error_goes_to_the_one_error_path_and_announces_no_change(
    qtbot: QtBot, shown_errors: list[str]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    changed: list[str] = []
    runner().data_changed.connect(changed.append)

    def op(_control: TaskControl) -> None:
        raise UserInputError("Fødselsdato mangler")

    Task(parent, op).changes("participants").run()
    qtbot.waitUntil(lambda: not runner().busy)
    assert shown_errors == ["Fødselsdato mangler"]
    assert changed == []
    runner().data_changed.disconnect(changed.append)


def test_a_failure_callback_replaces_the_default_path(
    qtbot: QtBot, shown_errors: list[str]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def op(_control: TaskControl) -> None:
        raise IntroDeskError("busy")

    Task(parent, op).on_failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert shown_errors == []
    assert str(failures[0]) == "busy"


def test_a_change_is_announced_once_after_success(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(runner().data_changed, timeout=10_000) as signal:
        Task(parent, lambda _control: None).changes("attendance").run()
    assert signal.args == ["attendance"]


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    for given, family in [("Amira", "Haddad"), ("Yonas", "Tesfay")]:
        services.participants.create(NewParticipant(given, family))
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not runner().busy)
    return win


def test_the_window_shows_first_and_the_list_fills_in(qtbot: QtBot, services: Services) -> None:
    services.participants.create(NewParticipant("Amira", "Haddad"))
    win = MainWindow(services)
    qtbot.addWidget(win)
    page = win.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    assert page.proxy.rowCount() == 0  # built without waiting for the database
    win.show()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)


def test_an_export_can_be_cancelled_while_the_window_stays_responsive(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The rows hold the worker until the test has used the window, so the export is
    certainly still running while the participants list answers typing."""
    release = threading.Event()

    def rows() -> Iterator[tuple[object, ...]]:
        for index in range(5000):
            if index == 100:
                assert release.wait(timeout=30)
            yield (f"P{index}", index)

    window.show_page("reports")
    reports = window.pages["reports"]
    assert isinstance(reports, ReportsPage)
    reports.select("caseload")
    base = reports._service.prepare("caseload")
    spec = SheetSpec("Data", (Column("Navn"), Column("Nr", ColumnKind.INTEGER)))
    target = tmp_path / "cancelled.xlsx"
    with qtbot.waitSignal(reports.export_finished, timeout=30_000) as finished:
        reports.start_export(PreparedReport(base.info, spec, rows(), base.parameters), target)
        assert reports.task is not None
        assert reports.progress is not None
        # The window answers while the export is under way: another page, a search.
        window.show_page("participants")
        participants = window.pages["participants"]
        assert isinstance(participants, ParticipantsPage)
        qtbot.waitUntil(lambda: participants.proxy.rowCount() == 2)
        participants.search.setText("tesfay")
        assert participants.proxy.rowCount() == 1
        assert reports.task is not None  # still exporting
        cancel = reports.progress.findChild(QPushButton)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
    assert finished.args == ["cancelled"]
    assert not target.exists()


def test_every_page_switch_passes_the_stall_probe(qtbot: QtBot, window: MainWindow) -> None:
    """The probe on the page-switch path is what the stall benchmark and the log rely on."""
    probe().sections.clear()
    for name in PAGE_NAMES:
        window.show_page(name)
    qtbot.waitUntil(lambda: not runner().busy)
    labels = [section.label for section in probe().sections]
    assert [f"page switch: {name}" for name in PAGE_NAMES[1:]] == labels
