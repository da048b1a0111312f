"""The window shows before the database is open, and opens it in the background (issue 18,
first paint): what the user sees while it opens, an error on opening, the day's backup off the
GUI thread and before the exit backup."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from introdesk.app import gui
from introdesk.core import paths
from introdesk.domain.errors import IntroDeskError
from introdesk.services.container import Services, open_services
from introdesk.ui.main_window import PAGE_NAMES, MainWindow
from introdesk.ui.pages.base import LoadingPage
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.pages.plans import PlansPage
from introdesk.ui.tasks import runner

# Only so that a broken test fails instead of hanging; nothing is timed.
NEVER = 60.0


class PaintSeen(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def held_opener(release: threading.Event) -> Callable[[str], Services]:
    """Opens the database only when the test releases it."""

    def open_when_released(spec: str) -> Services:
        release.wait(NEVER)
        return open_services(spec)

    return open_when_released


def database_menu_enabled(window: MainWindow) -> dict[str, bool]:
    menu = window.menuBar().actions()[0].menu()
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_the_window_is_painted_while_the_database_is_still_opening(
    qtbot: QtBot, sqlite_only_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(gui, "open_database", held_opener(release))
    window = MainWindow(None, open_database=gui.open_database)
    qtbot.addWidget(window)
    seen = PaintSeen(window)
    window.show()
    start = gui.WindowStart(window, sqlite_only_database_url)
    start.begin()
    try:
        qtbot.waitUntil(lambda: seen.painted)
        assert window.isVisible()
        assert not window.has_database
        loading = window.pages["participants"].findChild(QLabel, "loadingMessage")
        assert loading is not None
        assert loading.text() == "Opening the database…"
        assert window.database_label.text() == "Opening the database…"
        # Nothing that needs the database can be started while it opens.
        enabled = database_menu_enabled(window)
        assert not enabled["&Audit log…"]
        assert not enabled["&Open database file…"]
        assert enabled["&Quit"]
        window.show_page("plans")  # the user may move around meanwhile
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.has_database)
    # The page on screen is built first, the others follow one per turn of the event loop.
    assert isinstance(window.pages["plans"], PlansPage)
    qtbot.waitUntil(lambda: not any(isinstance(p, LoadingPage) for p in window.pages.values()))
    assert isinstance(window.pages["participants"], ParticipantsPage)
    assert [window.stack.indexOf(window.pages[name]) for name in PAGE_NAMES] == list(
        range(len(PAGE_NAMES))
    )
    assert window.current_page_name() == "plans"  # where the user went is kept
    assert window.stack.currentWidget() is window.pages["plans"]
    assert sqlite_only_database_url in window.database_label.text()
    assert database_menu_enabled(window)["&Audit log…"]
    assert start.finish(0) == 0


def test_an_error_on_opening_is_shown_over_the_window_and_ends_the_program(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    release.set()
    unreachable = "postgresql+psycopg://introdesk@127.0.0.1:1/introdesk"
    monkeypatch.setattr(gui, "open_database", held_opener(release))
    shown: list[tuple[bool, IntroDeskError]] = []

    def show_error(parent: object, error: IntroDeskError) -> None:
        shown.append((isinstance(parent, MainWindow) and parent.isVisible(), error))

    monkeypatch.setattr(gui, "show_error", show_error)
    code = gui.run_gui(argparse.Namespace(database=unreachable, interface_language="en"))
    assert len(shown) == 1
    over_the_window, error = shown[0]
    assert over_the_window
    assert code == error.exit_code != 0


def test_the_daily_backup_runs_in_the_background_and_before_the_exit_backup(
    qtbot: QtBot, migrated_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[tuple[str, bool]] = []
    daily, exit_backup = gui.daily_backup, gui.exit_backup
    windows: list[MainWindow] = []

    def record_daily(services: Services) -> object:
        steps.append(("daily", threading.current_thread() is threading.main_thread()))
        made = daily(services)
        runner().post(lambda: windows[0].close())  # the user closes the window afterwards
        return made

    def record_exit(services: Services) -> object:
        steps.append(("exit", threading.current_thread() is threading.main_thread()))
        return exit_backup(services)

    def remember_window() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        windows.extend(w for w in found if w.isVisible() and w not in windows)

    monkeypatch.setattr(gui, "daily_backup", record_daily)
    monkeypatch.setattr(gui, "exit_backup", record_exit)
    QTimer.singleShot(0, remember_window)
    code = gui.run_gui(argparse.Namespace(database=migrated_database_url, interface_language="en"))
    assert code == 0
    assert steps == [("daily", False), ("exit", True)]
    assert windows[0].has_database
    made = [p.name.rsplit("-", 1)[1] for p in paths.current().backups.glob("*.sqlite3")]
    if "://" not in migrated_database_url:  # a server database is backed up by the server
        assert "daily.sqlite3" in made
        assert "exit.sqlite3" in made


def test_closing_the_window_before_the_database_is_open_ends_cleanly(
    qtbot: QtBot, sqlite_only_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    opened: list[Services] = []
    closed: list[Services] = []
    held = held_opener(release)

    def open_and_keep(spec: str) -> Services:
        services = held(spec)
        opened.append(services)
        close = services.database.close
        monkeypatch.setattr(services.database, "close", lambda: (closed.append(services), close()))
        return services

    def close_then_release() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.close()
        release.set()

    monkeypatch.setattr(gui, "open_database", open_and_keep)
    QTimer.singleShot(0, close_then_release)
    code = gui.run_gui(
        argparse.Namespace(database=sqlite_only_database_url, interface_language="en")
    )
    assert code == 0
    assert len(opened) == 1
    assert closed == opened  # the database the window never got is closed all the same


def test_a_missing_database_file_is_refused_before_any_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[object, IntroDeskError]] = []
    monkeypatch.setattr(gui, "show_error", lambda parent, error: shown.append((parent, error)))
    missing = tmp_path / "typo.sqlite3"
    code = gui.run_gui(argparse.Namespace(database=str(missing), interface_language="en"))
    assert [(parent, error.exit_code) for parent, error in shown] == [(None, code)]
    assert code != 0
    assert not missing.exists()  # a typo never starts a new, empty database
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
