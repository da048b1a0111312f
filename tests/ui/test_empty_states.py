"""On a new, empty database each page says what to do first instead of showing a blank list
(issue 17); the hint goes away when there is something to show, and a search that hides every
row is not mistaken for an empty database."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.pages.plans import PlansPage
from introdesk.ui.tasks import runner
from introdesk.ui.widgets.empty_hint import EmptyHint


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not runner().busy)
    return window


def _hint(window: MainWindow, page: str) -> EmptyHint:
    window.show_page(page)
    found = window.pages[page].findChildren(EmptyHint)
    assert len(found) == 1, page
    return found[0]


@pytest.mark.parametrize("page", ["participants", "attendance", "tests", "benefit"])
def test_an_empty_database_shows_what_to_do_first(
    qtbot: QtBot, services: Services, page: str
) -> None:
    window = _window(qtbot, services)
    hint = _hint(window, page)
    qtbot.waitUntil(lambda: not runner().busy)
    assert hint.isVisible()
    assert hint.text().strip()
    assert hint.height() >= hint.fontMetrics().height()  # not clipped to nothing


def test_plans_page_on_an_empty_database_points_to_the_participants_page(
    qtbot: QtBot, services: Services
) -> None:
    window = _window(qtbot, services)
    window.show_page("plans")
    qtbot.waitUntil(lambda: not runner().busy)
    page = window.pages["plans"]
    assert isinstance(page, PlansPage)
    assert page.no_plan.isVisible()
    assert "Participants" in page.no_plan.title.text()
    assert not page.no_plan.create_button.isVisible()


def test_the_hint_goes_when_there_are_participants_and_a_search_does_not_bring_it_back(
    qtbot: QtBot, services: Services
) -> None:
    services.participants.create(NewParticipant("Amira", "Haddad"))
    window = _window(qtbot, services)
    hint = _hint(window, "participants")
    qtbot.waitUntil(lambda: not runner().busy)
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    assert page.proxy.rowCount() == 1
    assert not hint.isVisible()
    qtbot.keyClicks(page.search, "nobody by this name")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
    assert not hint.isVisible()
