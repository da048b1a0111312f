"""Window state survives a restart; an unexpected error leaves a report and a message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from introdesk.app import gui
from introdesk.core import paths
from introdesk.services.container import Services
from introdesk.ui.main_window import MainWindow


def test_window_geometry_is_remembered(qtbot: QtBot, services: Services) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.resize(760, 520)
    first.show()
    first.close()
    second = MainWindow(services)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 520)


def test_unexpected_error_saves_a_scrubbed_report_and_tells_the_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, object]] = []
    monkeypatch.setattr(gui, "show_crash", lambda _p, report, saved: shown.append((report, saved)))
    previous = sys.excepthook
    gui.install_crash_handler()
    try:
        try:
            raise RuntimeError("failed for 01010012356")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    report, saved = shown[0]
    assert "01010012356" not in report
    reports = list(paths.current().crash_reports.glob("crash-*.txt"))
    assert reports == [saved]
    assert "RuntimeError" in reports[0].read_text(encoding="utf-8")


def test_window_refuses_a_newer_database_and_leaves_it_unchanged(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse
    import hashlib
    import sqlite3

    from introdesk.services.container import open_services

    path = tmp_path / "newer.sqlite3"
    open_services(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '29990101_0001'")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(gui, "show_error", lambda _parent, error: shown.append(str(error)))

    args = argparse.Namespace(database=str(path), interface_language="en")
    assert gui.run_gui(args) == 1
    assert len(shown) == 1
    assert "newer version of IntroDesk" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_newer_database_message_is_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start-up refusal is the first thing a Norwegian user sees: title and text in
    Norwegian (issue 17)."""
    import argparse
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMessageBox

    from introdesk.services.container import open_services
    from introdesk.ui.i18n import install_translator

    path = tmp_path / "newer.sqlite3"
    open_services(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '29990101_0001'")
    conn.close()
    shown: list[tuple[str, str, str]] = []

    def capture(box: QMessageBox) -> int:
        ok = box.button(QMessageBox.StandardButton.Ok)
        shown.append((box.windowTitle(), box.text(), ok.text() if ok else ""))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    try:
        assert gui.run_gui(argparse.Namespace(database=str(path), interface_language="nb")) == 1
    finally:
        app = QApplication.instance()
        assert app is not None
        install_translator(app, "en")
    assert len(shown) == 1
    title, text, ok = shown[0]
    assert title == "Databasen er laget av en nyere IntroDesk"
    assert "er laget av en nyere versjon av IntroDesk (skjema 29990101_0001)" in text
    assert "Install the newer" not in text
    assert ok  # the one button, to close it
