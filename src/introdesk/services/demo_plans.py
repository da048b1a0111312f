"""Realistic synthetic integration plans for ``introdesk demo`` (brief §1.3–1.4, §2).

Every participant without a plan gets one that fits their status: referred or mapped people
have none yet, decided people a draft, people in (or past) the programme a signed plan. Most
plans are full time and year round; a few carry typical mistakes so the findings panel has
something to show (no livsmestring, too few hours), some were signed long enough ago to need
revision, and some have been revised once.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from introdesk.domain.codes import CefrLevel, ParticipantStatus
from introdesk.domain.plan_versions import VersionStatus
from introdesk.domain.plans import EndGoal, EndGoalType, NorwegianGoal, Plan, PlanElement, WeekHours
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import plans as plan_repo
from introdesk.persistence.uow import UnitOfWork
from introdesk.rules.durations import add_months
from introdesk.rules.eligibility import completed_years

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


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


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


def demo_plan(rng: random.Random, start: date, *, young: bool, flaw: str | None = None) -> Plan:
    """A full-time, year-round plan, or one with a typical ``flaw``: ``no_life_skills``,
    ``part_time`` (errors) or ``vague_goal`` (a warning)."""
    months = 24 if young else 21
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
    if young:
        goal = EndGoal(EndGoalType.UPPER_SECONDARY, rng.choice(EDUCATION_GOALS))
        elements += [
            PlanElement("norwegian", start, end, WeekHours.weekdays(3)),
            PlanElement("fov", start, end, WeekHours.weekdays(3)),
        ]
    else:
        goal = EndGoal(EndGoalType.WORK, rng.choice(WORK_GOALS))
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
        norwegian_goal=NorwegianGoal.uniform(CefrLevel.B1),
        elements=tuple(elements),
        long_term_goal=rng.choice(LONG_TERM),
    )


def _store(
    uow: UnitOfWork,
    actor: str,
    participant_id: int,
    plan: Plan,
    *,
    signed_on: date | None,
    signed_by: str,
    reason: str = "",
) -> None:
    session = uow.session
    row = plan_repo.add_version(session, participant_id, plan, revision_reason=reason)
    if signed_on is not None:
        row.status = VersionStatus.SIGNED.value
        row.signed_on = signed_on
        row.signed_by = signed_by
        row.contract_signed = True
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="plan_version",
        entity_id=row.id,
        changes={"source": (None, "demo"), "version": (None, row.version)},
    )


def add_demo_plans(uow: UnitOfWork, actor: str, rng: random.Random, today: date) -> int:
    """A plan for every participant that has none; returns how many got one."""
    advisers = plan_repo.adviser_names(uow.session)
    added = drafts = signed = 0
    for person in plan_repo.participants_without_plans(uow.session):
        if person.status in NO_PLAN:
            continue
        young = person.birth_date is not None and completed_years(person.birth_date, today) < 25
        signer = advisers.get(person.adviser_id or 0, "Kari Nordmann")
        if person.status == ParticipantStatus.DECIDED.value:
            start = _monday(today + timedelta(days=rng.randint(7, 42)))
            flaw = ("no_life_skills", "part_time", None)[drafts % 3]
            drafts += 1
            plan = demo_plan(rng, start, young=young, flaw=flaw)
            _store(uow, actor, person.id, plan, signed_on=None, signed_by="")
        else:
            back = 26 if person.status == ParticipantStatus.COMPLETED.value else rng.randint(1, 20)
            start = _monday(add_months(today, -back))
            flaw = "vague_goal" if signed % 4 == 1 else None
            signed += 1
            plan = demo_plan(rng, start, young=young, flaw=flaw)
            signed_on = start - timedelta(days=rng.randint(3, 10))
            _store(uow, actor, person.id, plan, signed_on=signed_on, signed_by=signer)
            # Revised about every six months (brief §1.3: the plan is reviewed regularly);
            # now and then a revision is overdue, or a draft revision is under way.
            while add_months(signed_on, 6) <= min(today, plan.planned_end):
                roll = rng.random()
                if roll < 0.15:
                    break  # overdue: shows as "needs revision"
                plan = replace(plan, long_term_goal=rng.choice(LONG_TERM))
                reason = rng.choice(REVISION_REASONS)
                if roll < 0.25:
                    _store(uow, actor, person.id, plan, signed_on=None, signed_by="", reason=reason)
                    break
                signed_on = add_months(signed_on, 6)
                _store(
                    uow,
                    actor,
                    person.id,
                    plan,
                    signed_on=signed_on,
                    signed_by=signer,
                    reason=reason,
                )
        added += 1
    return added
