"""Services raise coded errors; the window shows them in the interface language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from introdesk.domain.errors import MESSAGES, UserInputError
from introdesk.ui.error_messages import coded_texts, user_message
from introdesk.ui.i18n import install_translator, uninstall_translators


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_coded_message_has_a_window_text_with_the_same_placeholders(
    qtbot: QtBot, language: str
) -> None:
    texts = coded_texts()
    missing = sorted(set(MESSAGES) - set(texts))
    assert missing == []
    for code, english in MESSAGES.items():
        # The window may leave a detail out, or use one the error carries in another form
        # (programme events pass {dato} beside {day}); these must never be lost.
        for name in ("language", "choices", "missing", "month", "name", "id", "ref", "text"):
            if "{" + name + "}" in english:
                assert "{" + name + "}" in texts[code], code
    # The Norwegian texts, Bokmål and Nynorsk, keep them (a lost {id} would show a bare
    # "Deltaker ").
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        norwegian = coded_texts()
    finally:
        uninstall_translators()
    for code in MESSAGES:
        assert norwegian[code] != texts[code], f"{code} is not translated"
        assert _placeholders(norwegian[code]) == _placeholders(texts[code]), code


def test_the_attendance_grid_refuses_in_norwegian(qtbot: QtBot) -> None:
    from introdesk.services.attendance.cells import parse_cell

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nb")
    try:
        with pytest.raises(UserInputError) as refused:
            parse_cell("zz", 450)
        assert user_message(refused.value) == "«zz» er ikke en fraværskode"
        assert str(refused.value) == "'zz' is not an absence code"  # the command line's
    finally:
        uninstall_translators()


def test_a_coded_error_reads_norwegian_in_the_window_and_english_on_the_command_line(
    qtbot: QtBot,
) -> None:
    error = UserInputError(code="documents.no_benefit_month", month="2026-11")
    assert str(error) == "No benefit was computed for this participant for 2026-11"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nb")
    try:
        assert user_message(error) == "Det er ikke beregnet stønad for deltakeren for 2026-11"
        assert user_message(UserInputError("plain")) == "plain"
    finally:
        uninstall_translators()


def test_a_refused_month_lock_lists_the_days_in_norwegian(qtbot: QtBot) -> None:
    error = UserInputError(
        code="benefit.lock_missing",
        month="2026-11",
        count=1,
        details="participant 7: 2026-11-03",
        days="7: 03.11.2026",
    )
    assert "participant 7: 2026-11-03" in str(error)  # the command line, as before
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nb")
    try:
        shown = user_message(error)
    finally:
        uninstall_translators()
    assert shown.startswith("2026-11 kan ikke låses: 1 deltaker(e)")
    assert shown.endswith("Deltaker-id og dager:\n7: 03.11.2026")


def test_a_coded_error_reads_nynorsk_when_the_window_speaks_nynorsk(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nn")
    try:
        error = UserInputError(code="documents.no_benefit_month", month="2026-11")
        assert user_message(error) == "Det er ikkje rekna ut stønad for deltakaren for 2026-11"
    finally:
        uninstall_translators()
