"""The revision interval for plans is a municipality setting on the Settings page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from introdesk.services.container import Services
from introdesk.ui.pages.settings import SettingsPage


def test_revision_interval_is_saved(qtbot: QtBot, services: Services) -> None:
    page = SettingsPage(services.settings)
    qtbot.addWidget(page)
    page.refresh()
    assert page.revision_months.value() == 6
    page.revision_months.setValue(4)
    page.save()
    assert services.plans.revision_interval_months() == 4
