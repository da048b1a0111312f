"""The command line shows stored codes as the window's labels, in the interface language, read
from the .ts files without Qt (issue 17)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from introdesk.app import labels, messages
from introdesk.core import paths
from introdesk.domain.codes import ParticipantStatus


def _finished(language: str) -> set[tuple[str, str]]:
    path = paths.resources_dir() / "translations" / f"introdesk_{language}.ts"
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found.add((name, message.findtext("source", "")))
    return found


def test_every_label_is_a_text_the_window_translates() -> None:
    """A label here that the window no longer has would silently stay English."""
    finished = _finished("nb")
    wanted = [entry for table in labels.LABELS.values() for entry in table.values()]
    missing = [entry for entry in [*wanted, labels.UNKNOWN_CATEGORY] if entry not in finished]
    assert missing == []


@pytest.mark.parametrize(
    ("language", "status", "category"),
    [("nb", "I program", "Rett og plikt"), ("en", "In programme", "Right and duty")],
)
def test_a_code_is_shown_as_its_label(language: str, status: str, category: str) -> None:
    assert labels.label("status", ParticipantStatus.IN_PROGRAMME, language) == status
    assert labels.label("category", "right_and_duty", language) == category
    assert labels.label("status", "no_such_code", language) == "no_such_code"


def test_the_saved_language_is_read_from_the_window_settings(tmp_path: Path) -> None:
    ini = tmp_path / "introdesk.ini"
    assert messages.choose_language(None, ini) == "nb"  # no file: Bokmål
    ini.write_text("[General]\nx=1\n\n[ui]\nlanguage=en\n", encoding="utf-8")
    assert messages.choose_language(None, ini) == "en"
    assert messages.choose_language("nb", ini) == "nb"
    ini.write_text("[ui]\nlanguage=xx\n", encoding="utf-8")
    assert messages.choose_language(None, ini) == "nb"
