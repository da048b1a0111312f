"""Services raise coded errors; the window shows them in the interface language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from introdesk.domain.errors import MESSAGES, FieldProblem, UserInputError, ValidationError
from introdesk.domain.messages import CONTEXT
from introdesk.ui.error_messages import coded_texts, user_message
from introdesk.ui.i18n import install_translator, uninstall_translators


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_coded_message_has_a_norwegian_window_text_with_the_same_placeholders(
    qtbot: QtBot, language: str
) -> None:
    """A code's text in the window is the window's own (``coded_texts``) or the shared one of
    ``domain/messages/``; either way it is translated and keeps every placeholder."""
    texts = coded_texts()
    for code, english in MESSAGES.items():
        # The window may leave a detail out, or use one the error carries in another form
        # (programme events pass {dato} beside {day}); these must never be lost.
        for name in ("language", "choices", "missing", "month", "name", "id", "ref", "text"):
            if code in texts and "{" + name + "}" in english:
                assert "{" + name + "}" in texts[code], code
    # The Norwegian texts, Bokmål and Nynorsk, keep them (a lost {id} would show a bare
    # "Deltaker ").
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        norwegian = coded_texts()
        shared = {
            code: QCoreApplication.translate(CONTEXT, text) for code, text in MESSAGES.items()
        }
    finally:
        uninstall_translators()
    # Details an error carries in a Norwegian form beside the English one (dates as dd.mm.yyyy,
    # "--month eller --year").
    norwegian_forms = {"dato", "annen", "godtatt"}
    for code, english in MESSAGES.items():
        # The shared text is what the command line shows in Norwegian (app/messages.py); a
        # text of placeholders and punctuation only ("{option}: {reason}") stays as it is.
        if re.sub(r"\{\w+\}", "", english).strip(" :;,.()-"):
            assert shared[code] != english, f"{code} is not translated"
        assert _placeholders(shared[code]) <= _placeholders(english) | norwegian_forms, code
        if code in texts:
            assert norwegian[code] != texts[code], f"{code} is not translated"
            assert _placeholders(norwegian[code]) == _placeholders(texts[code]), code
        elif "{" not in english:
            continue
        else:
            # No {id} or {month} lost in Norwegian (a bare "Deltaker " would say nothing).
            lost = _placeholders(english) - _placeholders(shared[code])
            assert lost <= {"day", "other", "accepted", "what"}, code


def test_a_coded_validation_problem_reads_norwegian_in_the_window(qtbot: QtBot) -> None:
    problem = FieldProblem.coded(4, "national_id", "participants.not_found", id=7)
    error = ValidationError([problem])
    assert str(error) == "4:national_id: No participant with id 7"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nb")
    try:
        assert user_message(error) == "4:national_id: Ingen deltaker med id 7"
    finally:
        uninstall_translators()


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
