"""Hjelp → Om IntroDesk names the version the program reports on the command line."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import introdesk
from introdesk.ui.dialogs.about import about_text


def test_about_shows_the_programs_version(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    text = about_text(parent, "introdesk.sqlite3")

    assert f"<h3>IntroDesk {introdesk.__version__}</h3>" in text
