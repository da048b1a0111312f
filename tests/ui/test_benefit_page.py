"""The Benefit page (issue 14 item 6): stop a participant and lock a month from the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from introdesk.core import clock
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.ui.pages.benefit import BenefitPage, BenefitServices, StopDialog
from introdesk.ui.tasks import runner

DECEMBER = date(2026, 12, 1)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[tuple[BenefitPage, int]]:
    clock.set_today(date(2027, 1, 4))
    pid = services.participants.create(
        NewParticipant("Amira", "Haddad", birth_date=date(1990, 6, 15))
    ).id
    services.programme.decide(pid, date(2026, 1, 2))
    services.programme.start(pid, date(2026, 1, 5))
    services.participants.create(NewParticipant("Yonas", "Tesfay", birth_date=date(1985, 1, 1)))
    page = BenefitPage(
        BenefitServices(
            benefit=services.benefit,
            programme=services.programme,
            attendance=services.attendance,
            participants=services.participants,
            documents=services.documents,
        )
    )
    qtbot.addWidget(page)
    page.set_month(DECEMBER)  # the month's benefit is computed in a worker thread
    qtbot.waitUntil(lambda: not runner().busy)
    yield page, pid
    clock.set_today(None)


def net_text(page: BenefitPage, row: int) -> str:
    text = page.model.index(row, 4).data()
    assert isinstance(text, str)
    return text


def test_stop_a_participant_then_lock_the_month(
    qtbot: QtBot, page: tuple[BenefitPage, int], services: Services
) -> None:
    benefit_page, pid = page
    assert benefit_page.model.rowCount() == 1  # the other person has no programme at all
    assert net_text(benefit_page, 0) == "22\u00a0758,17\u00a0kr"
    benefit_page.table.selectRow(0)
    qtbot.mouseClick(benefit_page.stop_button, Qt.MouseButton.LeftButton)
    dialog = benefit_page.findChild(StopDialog)
    assert dialog is not None
    dialog.date_edit.setDate(QDate(2026, 12, 6))
    dialog.reason_edit.setText("møtte ikke på tre uker")
    dialog.accept()
    # Paid 1-5 December: 5 × 273 098 / 360 = 3 793,03.
    assert net_text(benefit_page, 0) == "3\u00a0793,03\u00a0kr"
    assert [e.kind.value for e in services.programme.history(pid)][-1] == "stop"
    lines = [benefit_page.lines.item(r, 1).text() for r in range(benefit_page.lines.rowCount())]
    # The stop's unpaid stretch, in the window's language (English without a translator).
    assert any("stopped from 06.12.2026" in text for text in lines)

    qtbot.mouseClick(benefit_page.lock_button, Qt.MouseButton.LeftButton)
    assert services.benefit.locked_months() == [DECEMBER]
    assert not benefit_page.lock_button.isEnabled()
    (paid,) = services.benefit.compute_month(DECEMBER)
    assert paid.net == Decimal("3793.03")
