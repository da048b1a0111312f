"""Every interface string has a Norwegian translation that Qt actually finds at run time."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from introdesk.services.container import Services
from introdesk.ui.i18n import install_translator, uninstall_translators
from introdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_SCRIPT = ROOT / "packaging" / "translations.py"
spec = importlib.util.spec_from_file_location("translations", TRANSLATIONS_SCRIPT)
assert spec is not None
assert spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


@pytest.fixture
def fresh_extract(tmp_path: Path) -> Path:
    """The committed Norwegian .ts merged with the strings in today's code."""
    copy = tmp_path / "introdesk_nb.ts"
    shutil.copy(translations.ts_path("nb"), copy)
    return translations.update(copy, "nb")


def test_every_string_in_the_code_is_translated_to_norwegian(fresh_extract: Path) -> None:
    missing = translations.untranslated(fresh_extract)
    hint = "run packaging/translations.py update and translate: "
    assert missing == [], hint + repr(missing[:10])


def test_contexts_are_the_ones_qt_looks_up(fresh_extract: Path) -> None:
    """``self.tr`` looks up the class name; ``obj.tr`` from outside the class does not match
    what lupdate records, so such strings would silently stay English."""
    contexts = {c.findtext("name", "") for c in ET.parse(fresh_extract).getroot().iter("context")}
    wrong = sorted(name for name in contexts if not name[:1].isupper())
    assert wrong == [], f"use QCoreApplication.translate('Context', ...) instead of x.tr(): {wrong}"


@pytest.mark.parametrize(("language", "title"), [("nb", "Deltakere"), ("en", "Participants")])
def test_window_speaks_the_chosen_language(
    qtbot: QtBot, services: Services, language: str, title: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        item = window.navigation.item(0)
        assert item is not None
        assert item.text() == title
    finally:
        uninstall_translators()


@pytest.mark.parametrize(
    ("language", "ok", "cancel", "discard"),
    [("nb", "OK", "Avbryt", "Forkast"), ("en", "OK", "Cancel", "Discard")],
)
def test_qt_standard_buttons_speak_the_chosen_language(
    qtbot: QtBot, language: str, ok: str, cancel: str, discard: str
) -> None:
    """Qt ships no Bokmål for its own buttons: ours (qtbase_nb.ts) is loaded with ours."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Discard
            | QDialogButtonBox.StandardButton.Yes
        )
        qtbot.addWidget(box)
        texts = {button.text().replace("&", "") for button in box.buttons()}
        assert {ok, cancel, discard} <= texts
        assert ("Ja" in texts) is (language == "nb")
    finally:
        uninstall_translators()
