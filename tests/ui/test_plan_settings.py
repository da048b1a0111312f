"""Municipality settings on the Settings page: the revision interval for plans and the
written standard of documents."""

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


def test_written_standard_of_documents_is_a_municipality_setting(
    qtbot: QtBot, services: Services
) -> None:
    """Bokmål or nynorsk for printed documents (issue 17 item 2), through the same service
    method as ``introdesk settings set document_standard``."""
    page = SettingsPage(services.settings)
    qtbot.addWidget(page)
    page.refresh()
    assert page.document_standard.currentData() == "nb"
    assert not page.has_unsaved_changes()
    page.document_standard.setCurrentIndex(page.document_standard.findData("nn"))
    assert page.has_unsaved_changes()
    assert page.save()
    assert services.settings.load().document_standard == "nn"
    page.refresh()
    assert page.document_standard.currentData() == "nn"
