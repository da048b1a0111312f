"""The Plans page as an adviser uses it: build a plan in the week calendar, watch the findings
follow each change, sign it, revise it; the signed version never changes."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from introdesk.app import cli
from introdesk.domain.codes import CefrLevel, ParticipantStatus
from introdesk.domain.plans import (
    DateRange,
    EndGoalType,
    Plan,
    PlanElement,
    Severity,
    WeekHours,
    iso_week,
)
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.services.demo_plans import demo_plan
from introdesk.ui.dialogs.plan_element import to_qdate
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.pages.plans import FIRST_DAY_COLUMN, PlansPage
from introdesk.ui.tasks import runner

TODAY = date(2026, 1, 1)
pytestmark = pytest.mark.today(TODAY)
START = date(2026, 1, 5)  # the Monday after next, where "New plan" starts


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> PlansPage:
    services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 5, 17)))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("plans")
    qtbot.waitUntil(lambda: not runner().busy)  # the participant list fills in from a worker
    plans_page = window.pages["plans"]
    assert isinstance(plans_page, PlansPage)
    return plans_page


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def errors(page: PlansPage) -> set[str]:
    return {f.rule_id for f in page.findings if f.severity is Severity.ERROR}


def build_plan(qtbot: QtBot, page: PlansPage, monkeypatch: pytest.MonkeyPatch) -> None:
    """New plan, goals, then every element of a full-time plan through the Add dialog."""
    target = demo_plan(random.Random(1), START, young=False)
    click(qtbot, page.new_button)
    assert page.shown_version is not None
    assert page.shown_version.plan.start == START
    assert {"END_GOAL_MISSING", "NORWEGIAN_GOAL_MISSING"} <= errors(page)

    page.planned_end.setDate(to_qdate(target.planned_end))
    page.goal_type.setCurrentIndex(page.goal_type.findData(EndGoalType.WORK.value))
    qtbot.keyClicks(page.goal_text, "Fast jobb som helsefagarbeider")
    for combo in page.levels.values():
        combo.setCurrentIndex(combo.findData(CefrLevel.B1.value))
    click(qtbot, page.save_details_button)
    assert "END_GOAL_MISSING" not in errors(page)
    assert "FULLTIME_WEEK" in errors(page)

    pending: list[PlanElement] = list(target.elements)
    monkeypatch.setattr(page, "ask_element", lambda _initial: pending.pop(0))
    seen: list[set[str]] = [errors(page)]
    while pending:
        click(qtbot, page.add_button)
        seen.append(errors(page))
    assert pending == []
    # the findings followed each addition: social studies first, then livsmestring
    assert "MANDATORY_SOCIAL_STUDIES" in seen[0]
    assert "MANDATORY_SOCIAL_STUDIES" not in seen[1]
    assert "MANDATORY_LIFE_SKILLS_HEALTH" in seen[1]
    assert "MANDATORY_LIFE_SKILLS_HEALTH" not in seen[2]
    assert errors(page) == set()
    assert page.shown_version is not None
    assert page.shown_version.plan.elements == target.elements
    assert page.shown_version.plan.planned_end == target.planned_end


def test_build_a_plan_and_see_findings_update(
    qtbot: QtBot, page: PlansPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_plan(qtbot, page, monkeypatch)
    # typing in the calendar changes the weekly hours and the findings at once
    rows = [page.schedule.item(r, 0).text() for r in range(page.schedule.rowCount())]
    norwegian_row = next(r for r, text in enumerate(rows) if "norsk" in text.lower())
    page.show_week(START)
    page.schedule.item(norwegian_row, FIRST_DAY_COLUMN).setText("1")
    assert "FULLTIME_WEEK" in errors(page)
    assert page.week_totals()[0] == "5,5"
    page.schedule.item(norwegian_row, FIRST_DAY_COLUMN).setText("3")
    assert errors(page) == set()
    assert page.week_totals()[0] == "7,5"


def test_sign_then_revise_keeps_the_signed_version(
    qtbot: QtBot, page: PlansPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_plan(qtbot, page, monkeypatch)
    signed_plan = services.plans.versions(1)[0].plan
    answers = iter(["Kari Nordmann", "Fikk plass på arbeidspraksis"])
    monkeypatch.setattr(page, "ask_text", lambda *_args: next(answers))
    monkeypatch.setattr(page, "confirm", lambda *_args: True)

    click(qtbot, page.sign_button)
    (version,) = services.plans.versions(1)
    assert version.is_signed
    assert (version.signed_by, version.signed_on) == ("Kari Nordmann", TODAY)
    # Signing no longer starts the programme by itself: that takes a decision and the start day.
    assert services.participants.get(1).status is ParticipantStatus.REFERRED
    assert "Kari Nordmann" in page.version_label.text()
    assert not page.add_button.isEnabled()  # signed: read-only
    assert page.revise_button.isEnabled()

    click(qtbot, page.revise_button)
    first, second = services.plans.versions(1)
    assert (second.version, second.revision_reason) == (2, "Fikk plass på arbeidspraksis")
    assert page.shown_version == second
    assert page.add_button.isEnabled()

    page.schedule.selectRow(0)
    click(qtbot, page.remove_button)  # confirmed by the patched dialog
    click(qtbot, page.later_button)
    first_after, second_after = services.plans.versions(1)
    assert first_after.plan == signed_plan == first.plan
    assert first_after.is_signed
    assert len(second_after.plan.elements) == len(signed_plan.elements) - 1
    assert page.history.topLevelItemCount() == 2
    revision = page.history.topLevelItem(1)
    assert revision is not None
    assert revision.childCount() >= 1  # what changed since the signed version

    # choosing the signed version in the history shows it read-only
    signed_item = page.history.topLevelItem(0)
    assert signed_item is not None
    page._history_activated(signed_item)
    assert page.shown_version == first_after
    assert not page.add_button.isEnabled()


def test_signing_is_refused_while_there_are_errors(
    qtbot: QtBot, page: PlansPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        "introdesk.ui.pages.plans.editing.QMessageBox.warning",
        lambda _parent, title, _text: warned.append(title),
    )
    click(qtbot, page.new_button)
    click(qtbot, page.sign_button)
    assert warned
    assert not services.plans.versions(1)[0].is_signed


def test_participants_list_shows_plan_status(
    qtbot: QtBot, page: PlansPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    services.participants.create(NewParticipant("Yonas", "Tesfay"))
    click(qtbot, page.new_button)  # Amira: a draft
    window.show_page("participants")
    people = window.pages["participants"]
    assert isinstance(people, ParticipantsPage)
    column = [c.key for c in people.model.columns].index("plan_status")

    def shown() -> dict[str, str]:
        return {
            people.model.index(row, 0).data(): people.model.index(row, column).data()
            for row in range(people.model.rowCount())
        }

    # The list fills in from a background task after the page is shown.
    qtbot.waitUntil(lambda: shown() == {"Haddad, Amira": "Draft", "Tesfay, Yonas": "No plan"})


def test_change_an_element_dates_and_hours_through_the_dialog(
    qtbot: QtBot, page: PlansPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_plan(qtbot, page, monkeypatch)
    page.schedule.selectRow(0)
    current = page.shown_version
    assert current is not None
    original = current.plan.elements[0]
    changed = replace(
        original, end=original.end + timedelta(days=14), hours=WeekHours(tue=Decimal(6))
    )
    asked: list[PlanElement] = []

    def answer(initial: PlanElement) -> PlanElement:
        asked.append(initial)
        return changed

    monkeypatch.setattr(page, "ask_element", answer)
    click(qtbot, page.edit_button)
    assert asked == [original]  # the dialog opened on the selected element
    assert services.plans.versions(1)[0].plan.elements[0] == changed
    assert page.findings_summary.text()  # the panel was refreshed


def test_page_and_plans_validate_count_the_same_hours(
    qtbot: QtBot,
    page: PlansPage,
    services: Services,
    sqlite_only_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Approved leave in week 11 of 2026 and a holiday element in week 9 count 0 hours on the
    page, as in the rules; every week the page shows hours for is a short week for
    ``plans validate`` (6 h a day is under full time), and no other week is."""
    leave = DateRange(date(2026, 3, 9), date(2026, 3, 13))  # Mon-Fri of week 11
    plan = Plan(
        start=START,
        planned_end=date(2026, 4, 30),
        end_goal=None,
        norwegian_goal=None,
        elements=(
            PlanElement("norwegian", START, date(2026, 5, 8), WeekHours.weekdays(6)),
            PlanElement("vacation", date(2026, 2, 23), date(2026, 2, 27), WeekHours()),
        ),
        approved_leave=(leave,),
    )
    services.plans.create_draft(1, plan)
    page.refresh()
    qtbot.waitUntil(lambda: page.shown_version is not None)

    shown: dict[str, str] = {}
    monday = START
    while monday <= plan.end_with_leave:
        page.show_week(monday)
        shown[iso_week(monday)] = page.week_totals()[-1]
        monday += timedelta(days=7)
    assert shown["2026-W11"] == ""  # approved leave: 0 h (the page once showed 30)
    assert shown["2026-W09"] == ""  # holiday element: 0 h
    assert shown["2026-W02"] == "30"

    monkeypatch.setattr("introdesk.core.logs.configure", lambda *_args, **_kwargs: None)
    command = ["--database", sqlite_only_database_url, "plans", "validate", "1", "--format", "json"]
    assert cli.run(command) in (0, 1)
    findings = json.loads(capsys.readouterr().out)["findings"]
    short_weeks = {week for f in findings if f["rule"] == "FULLTIME_WEEK" for week in f["weeks"]}
    assert short_weeks == {week for week, total in shown.items() if total}
