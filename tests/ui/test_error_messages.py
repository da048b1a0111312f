"""Services raise coded errors; the window shows them in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from introdesk.domain.errors import MESSAGES, UserInputError
from introdesk.ui.error_messages import coded_texts, user_message
from introdesk.ui.i18n import install_translator, uninstall_translators


def test_every_coded_message_has_a_window_text_with_the_same_placeholders() -> None:
    texts = coded_texts()
    missing = sorted(set(MESSAGES) - set(texts))
    assert missing == []
    for code, english in MESSAGES.items():
        for name in ("language", "choices", "missing", "month", "name", "id"):
            if "{" + name + "}" in english:
                assert "{" + name + "}" in texts[code], code


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
