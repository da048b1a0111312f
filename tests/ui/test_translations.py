"""Every interface string has a Norwegian translation, Bokmål and Nynorsk, that Qt actually
finds at run time."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from introdesk.services.container import Services
from introdesk.ui.i18n import install_translator, qt_translation, uninstall_translators
from introdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_SCRIPT = ROOT / "packaging" / "translations.py"
spec = importlib.util.spec_from_file_location("translations", TRANSLATIONS_SCRIPT)
assert spec is not None
assert spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


@pytest.fixture(params=["nb", "nn"])
def fresh_extract(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The committed Norwegian .ts (Bokmål, Nynorsk) merged with the strings in today's code."""
    language = request.param
    copy = tmp_path / f"introdesk_{language}.ts"
    shutil.copy(translations.ts_path(language), copy)
    return translations.update(copy, language)


def test_every_string_in_the_code_is_translated_to_norwegian(fresh_extract: Path) -> None:
    missing = translations.untranslated(fresh_extract)
    language = fresh_extract.stem.rsplit("_", 1)[1]
    hint = (
        f"run packaging/translations.py update, then 'todo {language}' and 'fill FILE {language}': "
    )
    assert missing == [], hint + repr(missing[:10])


# Words that are Bokmål and never Nynorsk: a Nynorsk text with one of them was copied from the
# Bokmål, or half translated.
BOKMAL_ONLY = (
    "ikke",
    "ble",
    "hva",
    "hvem",
    "hvor",
    "hvorfor",
    "hvis",
    "hvilken",
    "fra",
    "noe",
    "noen",
    "ennå",
    "allerede",
    "uten",
    "utenfor",
    "finnes",
    "deltaker",
    "deltakere",
    "deltakeren",
    "deltakerne",
    "veileder",
    "veiledere",
    "uke",
    "uken",
    "måned",
    "måneden",
    "høyere",
    "videregående",
    "sikkerhetskopi",
    "mye",
    "bare",
    "lagret",
    "endret",
    "begrunnelse",
)


def test_nynorsk_has_no_bokmal_words() -> None:
    nynorsk = translations.translated(translations.ts_path("nn"))
    pattern = re.compile(rf"\b({'|'.join(BOKMAL_ONLY)})\b", re.IGNORECASE)
    found = sorted(
        f"{text!r}: {match[0]}" for text in nynorsk.values() if (match := pattern.search(text))
    )
    assert found == []


def test_qt_own_texts_have_the_same_messages_in_both_norwegian_standards() -> None:
    def messages(name: str) -> set[tuple[str, str]]:
        root = ET.parse(translations.TRANSLATIONS / name).getroot()
        return {
            (context.findtext("name", ""), message.findtext("source", ""))
            for context in root.iter("context")
            for message in context.iter("message")
            if (message.findtext("translation") or "").strip()
        }

    assert messages("qtbase_nn.ts") == messages("qtbase_nb.ts")


def test_contexts_are_the_ones_qt_looks_up(fresh_extract: Path) -> None:
    """``self.tr`` looks up the class name; ``obj.tr`` from outside the class does not match
    what lupdate records, so such strings would silently stay English."""
    contexts = {c.findtext("name", "") for c in ET.parse(fresh_extract).getroot().iter("context")}
    wrong = sorted(name for name in contexts if not name[:1].isupper())
    assert wrong == [], f"use QCoreApplication.translate('Context', ...) instead of x.tr(): {wrong}"


@pytest.mark.parametrize(
    ("language", "title"), [("nb", "Deltakere"), ("nn", "Deltakarar"), ("en", "Participants")]
)
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
        # The share button's texts were once behind a local helper lupdate does not read, so
        # they stayed English in every language.
        share = window.findChild(QPushButton, "shareParticipantButton")
        assert share is not None
        assert share.text() == {"nb": "&Del…", "nn": "&Del…", "en": "S&hare…"}[language]
    finally:
        uninstall_translators()


@pytest.mark.parametrize(
    ("language", "ok", "cancel", "discard"),
    [
        ("nb", "OK", "Avbryt", "Forkast"),
        ("nn", "OK", "Avbryt", "Forkast"),
        ("en", "OK", "Cancel", "Discard"),
    ],
)
def test_qt_standard_buttons_speak_the_chosen_language(
    qtbot: QtBot, language: str, ok: str, cancel: str, discard: str
) -> None:
    """Qt ships no Bokmål for its own buttons: ours (qtbase_nb.ts) is loaded with ours; the
    Nynorsk comes from our qtbase_nn.ts (the frozen build has no Qt translations)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Discard
            | QDialogButtonBox.StandardButton.Yes
            | QDialogButtonBox.StandardButton.Save
        )
        qtbot.addWidget(box)
        texts = {button.text().replace("&", "") for button in box.buttons()}
        assert {ok, cancel, discard} <= texts
        assert ("Ja" in texts) is (language != "en")
        # Nynorsk as the rest of the window writes it (Qt's own has "Lagra").
        assert ("Save" if language == "en" else "Lagre") in texts
    finally:
        uninstall_translators()


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_qt_own_texts_come_from_our_resources(language: str) -> None:
    """The frozen build leaves Qt's translations out (packaging/introdesk.spec): both Norwegian
    standards must be found among ours."""
    found = qt_translation(language)
    assert found is not None
    assert found.name == f"qtbase_{language}.qm"
    assert "Qt" not in found.parts
