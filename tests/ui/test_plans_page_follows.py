"""The Plans page follows the participant chosen on the participants list, says plainly when that
person has no plan (never showing the previous person's), and a new plan starts with the period
and goals the rules give (issue 17)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import EducationLevel, SubSkill
from introdesk.domain.records import NewParticipant
from introdesk.persistence.models import ParticipantRow
from introdesk.rules.goals import recommended_norwegian_goal
from introdesk.rules.tables import load_table
from introdesk.services.container import Services
from introdesk.services.demo_plans import demo_plan
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.pages.plans import PlansPage
from introdesk.ui.tasks import runner

pytestmark = pytest.mark.today(date(2026, 1, 1))
START = date(2026, 1, 5)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    with_plan = services.participants.create(
        NewParticipant("Amira", "Haddad", date(1990, 5, 17))
    ).id
    services.plans.create_draft(with_plan, demo_plan(random.Random(1), START, young=False))
    without = services.participants.create(NewParticipant("Yonas", "Tesfay", date(1988, 2, 3))).id
    with services.database.unit_of_work() as uow:
        row = uow.session.get(ParticipantRow, without)
        assert row is not None
        row.education_level = "primary"
        uow.commit()
    shown = MainWindow(services)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not runner().busy)
    return shown


def _choose_on_list(qtbot: QtBot, window: MainWindow, family: str) -> None:
    window.show_page("participants")
    qtbot.waitUntil(lambda: not runner().busy)
    people = window.pages["participants"]
    assert isinstance(people, ParticipantsPage)
    for row in range(people.proxy.rowCount()):
        if str(people.proxy.index(row, 0).data()).startswith(family):
            people.table.selectRow(row)
            return
    raise AssertionError(f"{family} not on the list")


def _plans(qtbot: QtBot, window: MainWindow) -> PlansPage:
    window.show_page("plans")
    qtbot.waitUntil(lambda: not runner().busy)
    page = window.pages["plans"]
    assert isinstance(page, PlansPage)
    return page


def test_the_page_follows_the_list_and_shows_no_plan_plainly(
    qtbot: QtBot, window: MainWindow
) -> None:
    _choose_on_list(qtbot, window, "Haddad")
    page = _plans(qtbot, window)
    assert page.participant.currentText().startswith("Haddad, Amira")
    assert page.shown_version is not None
    assert page.details.isVisible()
    assert not page.no_plan.isVisible()

    _choose_on_list(qtbot, window, "Tesfay")
    page = _plans(qtbot, window)
    assert page.participant.currentText().startswith("Tesfay, Yonas")
    assert page.shown_version is None
    assert page.no_plan.isVisible()
    assert "Tesfay, Yonas" in page.no_plan.title.text()
    assert page.no_plan.create_button.isEnabled()
    # Nothing of Amira's plan is left on screen.
    assert not page.details.isVisible()
    assert not page.calendar.isVisible()
    assert page.findings_list.count() == 0


def test_a_choice_made_on_the_plans_page_stays_until_the_list_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    _choose_on_list(qtbot, window, "Haddad")
    page = _plans(qtbot, window)
    page.participant.setCurrentIndex(page.participant.findText("Tesfay, Yonas"))
    window.show_page("attendance")
    qtbot.waitUntil(lambda: not runner().busy)
    page = _plans(qtbot, window)
    assert page.participant.currentText().startswith("Tesfay, Yonas")


def test_create_plan_starts_with_the_recommended_norwegian_goal(
    qtbot: QtBot, window: MainWindow
) -> None:
    _choose_on_list(qtbot, window, "Tesfay")
    page = _plans(qtbot, window)
    qtbot.mouseClick(page.no_plan.create_button, Qt.MouseButton.LeftButton)
    assert page.shown_version is not None
    assert page.details.isVisible()
    assert not page.no_plan.isVisible()
    recommended = recommended_norwegian_goal(
        EducationLevel.PRIMARY,
        False,
        on_date=START,
        table=load_table("norwegian_goal_by_education"),
    )
    shown = {skill: page.levels[skill].currentData() for skill in SubSkill}
    assert shown == {skill: recommended.level(skill).value for skill in SubSkill}
    rule_ids = {f.rule_id for f in page.findings}
    assert "NORWEGIAN_GOAL_MISSING" not in rule_ids
    assert not {r for r in rule_ids if r.startswith("DURATION_")}
