"""Realistic synthetic integration plans for ``introdesk demo`` (brief §1.3–1.4, §2).

Every participant without a plan gets one that fits their status: referred or mapped people
have none yet, decided people a draft, people in (or past) the programme a signed plan. Most
plans are full time and year round; a few carry typical mistakes so the findings panel has
something to show (no livsmestring, too few hours), some were signed long enough ago to need
revision, and some have been revised once.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from introdesk.domain.codes import CefrLevel, EducationLevel, ParticipantStatus, SubSkill
from introdesk.domain.dates import add_months, monday_of
from introdesk.domain.errors import RuleTableError
from introdesk.domain.plans import (
    DurationGroup,
    EndGoal,
    EndGoalType,
    NorwegianGoal,
    Plan,
    PlanElement,
    WeekHours,
)
from introdesk.persistence.models import ParticipantRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import plans as plan_repo
from introdesk.persistence.repositories.plans import NewVersion
from introdesk.persistence.uow import UnitOfWork
from introdesk.rules.durations import duration_limits
from introdesk.rules.goals import recommended_norwegian_goal
from introdesk.rules.plan_context import duration_group_for
from introdesk.rules.tables import DatedTable, load_table
from introdesk.services.plans import plan_context


@cache
def _table(name: str) -> DatedTable:
    return load_table(name)


WEEK = timedelta(weeks=1)
NO_PLAN = {ParticipantStatus.REFERRED.value, ParticipantStatus.MAPPED.value}
WORK_GOALS = [
    "Fast jobb som helsefagarbeider på sykehjem",
    "Jobb i barnehage som assistent",
    "Fagbrev som kokk og jobb på restaurant",
    "Jobb som sjåfør med førerkort klasse C",
    "Jobb i butikk med mål om fast stilling",
    "Renholdsoperatør med fagbrev",
    "Jobb som elektriker (godkjenning av utenlandsk fagbrev)",
]
EDUCATION_GOALS = [
    "Fullført videregående opplæring, helse- og oppvekstfag",
    "Studiekompetanse for å studere sykepleie",
    "Fullført videregående opplæring, elektro og datateknologi",
]
HIGHER_GOALS = [
    "Kompletterende utdanning og jobb som ingeniør",
    "Godkjenning av utdanning og jobb som lærer",
]
LONG_TERM = [
    "Stabil jobb og egen bolig i kommunen",
    "Utdanning som sykepleier",
    "Eget firma innen transport",
    "Jobb innen IT og videre studier",
]
REVISION_REASONS = [
    "Byttet fra språkpraksis til arbeidspraksis etter god progresjon",
    "Fikk plass på forberedende opplæring for voksne",
    "Endret sluttmål etter karriereveiledning",
]


def _vacations(start: date, end: date) -> list[PlanElement]:
    """Three summer weeks from the first Monday of July, and the days between Christmas and
    New Year, each year of the plan."""
    result = []
    for year in range(start.year, end.year + 1):
        july = date(year, 7, 1)
        summer = july + timedelta(days=(7 - july.weekday()) % 7)
        christmas = (date(year, 12, 23), date(year + 1, 1, 2))
        for first, last in ((summer, summer + timedelta(days=18)), christmas):
            first, last = max(first, start), min(last, end)
            if first <= last:
                result.append(PlanElement("vacation", first, last, WeekHours()))
    return result


def demo_plan(
    rng: random.Random,
    start: date,
    *,
    young: bool,
    flaw: str | None = None,
    months: int | None = None,
    goal_type: EndGoalType | None = None,
    children: bool = False,
    norwegian_goal: NorwegianGoal | None = None,
) -> Plan:
    """A full-time, year-round plan, or one with a typical ``flaw``: ``no_life_skills``,
    ``part_time`` (errors) or ``vague_goal`` (a warning).

    ``young`` (under 25 without upper-secondary education) means the goal of completing upper
    secondary with FOV; ``goal_type``, ``months``, ``children`` (adds group parental guidance)
    and ``norwegian_goal`` fit the plan to a participant."""
    goal_type = goal_type or (EndGoalType.UPPER_SECONDARY if young else EndGoalType.WORK)
    months = months or (24 if goal_type is EndGoalType.UPPER_SECONDARY else 21)
    end = add_months(start, months) - timedelta(days=1)
    switch = start + 26 * WEEK
    practice = Decimal("4.5") if flaw != "part_time" else Decimal(3)
    elements = [
        PlanElement("social_studies", start, start + 22 * WEEK, WeekHours(tue=Decimal(5))),
        PlanElement("life_skills_health", start, start + 9 * WEEK, WeekHours(wed=Decimal(2))),
        PlanElement(
            "life_skills_career", start + 9 * WEEK, start + 18 * WEEK, WeekHours(wed=Decimal(3))
        ),
    ]
    if flaw == "no_life_skills":
        elements = elements[:1]
    if children:  # 12 group meetings on Thursdays (brief §2.2: 8-12)
        elements.append(
            PlanElement("parental_guidance", start, start + 12 * WEEK, WeekHours(thu=Decimal(2)))
        )
    if goal_type is EndGoalType.UPPER_SECONDARY:
        goal = EndGoal(EndGoalType.UPPER_SECONDARY, rng.choice(EDUCATION_GOALS))
        elements += [
            PlanElement("norwegian", start, end, WeekHours.weekdays(3)),
            PlanElement("fov", start, end, WeekHours.weekdays(3)),
        ]
    else:
        texts = HIGHER_GOALS if goal_type is EndGoalType.HIGHER_EDUCATION else WORK_GOALS
        goal = EndGoal(goal_type, rng.choice(texts))
        elements += [
            PlanElement("norwegian", start, end, WeekHours.weekdays(3)),
            PlanElement("language_practice", start, min(switch, end), WeekHours.weekdays(practice)),
        ]
        if switch < end:
            elements.append(
                PlanElement(
                    "work_practice", switch + timedelta(days=1), end, WeekHours.weekdays(practice)
                )
            )
    elements += _vacations(start, end)
    if flaw == "vague_goal":
        goal = EndGoal(goal.type, "")
    return Plan(
        start=start,
        planned_end=end,
        end_goal=goal,
        norwegian_goal=norwegian_goal or NorwegianGoal.uniform(CefrLevel.B1),
        elements=tuple(elements),
        long_term_goal=rng.choice(LONG_TERM),
    )


def _store(
    pending: list[NewVersion],
    participant_id: int,
    plan: Plan,
    *,
    signed_on: date | None,
    signed_by: str,
    reason: str = "",
) -> None:
    """Queue one version; ``add_demo_plans`` writes them all at once."""
    pending.append(NewVersion(participant_id, plan, reason, signed_on, signed_by))


def _fit(person: ParticipantRow, start: date, rng: random.Random) -> dict[str, Any]:
    """demo_plan arguments fitting the participant: goal and length for their duration group
    (brief §1.4), parental guidance for parents, the recommended Norwegian goal (§4.2)."""
    context = plan_context(person, Plan(start, start, None, None))
    completed = context.upper_secondary_completed
    if completed:
        higher = context.education is EducationLevel.HIGHER and rng.random() < 0.5
        goal_type = EndGoalType.HIGHER_EDUCATION if higher else EndGoalType.WORK
    elif context.age_at_start < 25:
        goal_type = EndGoalType.UPPER_SECONDARY
    else:
        goal_type = EndGoalType.WORK
    group = duration_group_for(completed, goal_type)
    months = {
        DurationGroup.UPPER_SECONDARY_OR_HIGHER: 6,
        DurationGroup.UPPER_SECONDARY_GOAL: 24,
        DurationGroup.OTHER: 21,
    }[group]
    with contextlib.suppress(RuleTableError):  # no row: keep the usual length
        limits = duration_limits(_table("plan_durations"), context.regime, group, start)
        months = min(months, limits.max_months)
    goal = None
    if person.education_level:
        advised = recommended_norwegian_goal(
            context.education, completed, on_date=start, table=_table("norwegian_goal_by_education")
        )
        goal = NorwegianGoal.of({skill: advised.level(skill) for skill in SubSkill})
    return {
        "young": goal_type is EndGoalType.UPPER_SECONDARY,
        "goal_type": goal_type,
        "months": months,
        "children": context.children_under_18 > 0,
        "norwegian_goal": goal,
    }


def _short(person: ParticipantRow, today: date) -> bool:
    context = plan_context(person, Plan(today, today, None, None))
    return context.upper_secondary_completed


def add_demo_plans(uow: UnitOfWork, actor: str, rng: random.Random, today: date) -> int:
    """A plan for every participant that has none; returns how many got one."""
    advisers = plan_repo.adviser_names(uow.session)
    added = drafts = signed = 0
    pending: list[NewVersion] = []
    for person in plan_repo.participants_without_plans(uow.session):
        if person.status in NO_PLAN:
            continue
        signer = advisers.get(person.adviser_id or 0, "Kari Nordmann")
        if person.status == ParticipantStatus.DECIDED.value:
            start = monday_of(today + timedelta(days=rng.randint(7, 42)))
            flaw = ("no_life_skills", "part_time", None)[drafts % 3]
            drafts += 1
            plan = demo_plan(rng, start, flaw=flaw, **_fit(person, start, rng))
            _store(pending, person.id, plan, signed_on=None, signed_by="")
        else:
            longest = 5 if _short(person, today) else 20
            if person.status == ParticipantStatus.COMPLETED.value:
                back = longest + 6
            else:
                back = rng.randint(1, longest)
            # Never before the person was mapped (or settled): a programme cannot start before
            # the permit and settlement it follows (a completed plan then ends early instead).
            arrived = person.mapping_date or person.settlement_date
            start = monday_of(add_months(today, -back))
            if arrived is not None:
                start = max(start, monday_of(arrived + timedelta(days=28)))
            flaw = "vague_goal" if signed % 4 == 1 else None
            signed += 1
            plan = demo_plan(rng, start, flaw=flaw, **_fit(person, start, rng))
            signed_on = start - timedelta(days=rng.randint(3, 10))
            _store(pending, person.id, plan, signed_on=signed_on, signed_by=signer)
            # Revised about every six months (brief §1.3: the plan is reviewed regularly);
            # now and then a revision is overdue, or a draft revision is under way.
            while add_months(signed_on, 6) <= min(today, plan.planned_end):
                roll = rng.random()
                if roll < 0.15:
                    break  # overdue: shows as "needs revision"
                plan = replace(plan, long_term_goal=rng.choice(LONG_TERM))
                reason = rng.choice(REVISION_REASONS)
                if roll < 0.25:
                    _store(pending, person.id, plan, signed_on=None, signed_by="", reason=reason)
                    break
                signed_on = add_months(signed_on, 6)
                _store(
                    pending,
                    person.id,
                    plan,
                    signed_on=signed_on,
                    signed_by=signer,
                    reason=reason,
                )
        added += 1
    for row in plan_repo.add_versions(uow.session, pending):
        audit.record(
            uow.session,
            actor=actor,
            action="create",
            entity="plan_version",
            entity_id=row.id,
            changes={"source": (None, "demo"), "version": (None, row.version)},
        )
    return added
