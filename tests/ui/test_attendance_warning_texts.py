"""Attendance warnings speak the interface language (issue 17): a planned day without a
registration names the plan element by its label, never its code, and hours with a comma."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.ui.i18n import install_translator, uninstall_translators
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.attendance import AttendancePage
from introdesk.ui.tasks import runner

MONDAY = date(2026, 6, 8)
pytestmark = pytest.mark.today(date(2026, 6, 15))


@pytest.fixture
def norwegian() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    install_translator(app, "nb")
    yield
    install_translator(app, "en")
    uninstall_translators()


def test_a_missing_day_names_the_element_and_hours_in_norwegian(
    qtbot: QtBot, services: Services, norwegian: None
) -> None:
    pid = services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 1, 1))).id
    element = PlanElement(
        "life_skills_health",
        date(2026, 1, 5),
        date(2027, 12, 31),
        WeekHours.weekdays(Decimal("4.5")),
    )
    services.plans.create_draft(
        pid,
        Plan(date(2026, 1, 5), date(2027, 12, 31), None, None, elements=(element,)),
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("attendance")
    qtbot.waitUntil(lambda: not runner().busy)
    page = window.pages["attendance"]
    assert isinstance(page, AttendancePage)
    page.show_week(MONDAY)
    qtbot.waitUntil(lambda: not runner().busy)
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    missing = [w for w in warnings if "ingen registrering" in w]
    assert len(missing) == 5, warnings
    assert all("4,5 t planlagt" in w for w in missing), missing
    assert not any("life_skills_health" in w or "4.5" in w for w in warnings), warnings
    assert "(4,5 t planlagt, Livsmestring: migrasjon, helse og mangfold)" in missing[0]
