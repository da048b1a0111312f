"""Putting a wrong test result right from the tests page (issue 17): the correction dialog shows
the stored values, the delete confirmation asks for a reason, and the page shows the outcome."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import ExemptionKind
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.ui.dialogs.test_result import CorrectResultDialog, DeleteResultDialog
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.tests import TestsPage
from introdesk.ui.tasks import runner

pytestmark = pytest.mark.today(date(2026, 11, 20))


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> TestsPage:
    pid = services.participants.create(NewParticipant("Amira", "Haddad")).id
    services.language_tests.record_norskproven(
        pid, test_date=date(2026, 6, 10), skill=SubSkill.ORAL, level=CefrLevel.A2
    )
    services.language_tests.record_exemption(
        pid,
        kind=ExemptionKind.SOCIAL_STUDIES_TEST,
        legal_basis="integreringsloven § 30",
        decision_date=date(2026, 7, 1),
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("tests")
    qtbot.waitUntil(lambda: not runner().busy)
    tests_page = window.pages["tests"]
    assert isinstance(tests_page, TestsPage)
    tests_page.table.selectRow(0)
    return tests_page


def _choose(page: TestsPage, text: str) -> None:
    for row in range(page.results.count()):
        if text in page.results.item(row).text():
            page.results.setCurrentRow(row)
            return
    raise AssertionError(f"no result with {text!r}")


def test_buttons_wait_for_a_chosen_result(page: TestsPage) -> None:
    page.results.setCurrentRow(-1)
    assert not page.correct_button.isEnabled()
    assert not page.delete_button.isEnabled()
    _choose(page, "Norskprøven")
    assert page.correct_button.isEnabled()
    assert page.delete_button.isEnabled()


def test_correcting_a_level_in_the_dialog(
    qtbot: QtBot, page: TestsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page, "Norskprøven")
    seen: list[tuple[QDate, object, bool]] = []

    def fill_in(dialog: CorrectResultDialog) -> int:
        seen.append((dialog.date.date(), dialog.level.currentData(), dialog.ok.isEnabled()))
        dialog.level.setCurrentIndex(dialog.level.findData(CefrLevel.B1))
        qtbot.keyClicks(dialog.reason, "Resultatbrevet sier B1")
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CorrectResultDialog, "exec", fill_in)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)

    assert seen == [(QDate(2026, 6, 10), CefrLevel.A2, False)]
    current = page.current_progress()
    assert current is not None
    assert current.best_level(SubSkill.ORAL) is CefrLevel.B1
    assert any("B1" in page.results.item(r).text() for r in range(page.results.count()))


def test_deleting_an_exemption_after_confirming_with_a_reason(
    qtbot: QtBot, page: TestsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page, "integreringsloven § 30")
    delete_enabled: list[bool] = []

    def confirm(dialog: DeleteResultDialog) -> int:
        delete_enabled.append(dialog.ok.isEnabled())
        qtbot.keyClicks(dialog.reason, "Feil person")
        delete_enabled.append(dialog.ok.isEnabled())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DeleteResultDialog, "exec", confirm)
    assert page.delete_selected()
    assert delete_enabled == [False, True]  # no deletion without a reason
    texts = [page.results.item(r).text() for r in range(page.results.count())]
    assert len(texts) == 1
    assert "Norskprøven" in texts[0]


def test_cancelling_the_deletion_keeps_the_result(
    page: TestsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page, "Norskprøven")
    monkeypatch.setattr(
        DeleteResultDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value
    )
    assert not page.delete_selected()
    assert page.results.count() == 2
