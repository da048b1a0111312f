"""A synthetic integration plan (domain values) for tests, previews and demonstrations.

Until the plans service is wired in, this is the plan the document tests and the window's
preview test print. No real person: codes from the element catalogue, invented goals.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.plan_versions import PlanVersion, VersionStatus
from introdesk.domain.plans import (
    DateRange,
    EndGoal,
    EndGoalType,
    NorwegianGoal,
    Plan,
    PlanElement,
    WeekHours,
)
from introdesk.services.plans import PlanService

EXAMPLE_END_GOAL = "Fast jobb som barne- og ungdomsarbeider, med fagbrev innen utgangen av 2028."


def example_plan(start: date = date(2026, 9, 7)) -> Plan:
    """Two years from ``start`` (a Monday): Norwegian every morning, language practice three
    afternoons, life skills on Wednesdays, one week of approved leave."""
    norwegian = WeekHours.weekdays(Decimal("3.75"))
    practice = WeekHours(mon=Decimal("2.5"), tue=Decimal("2.5"), thu=Decimal("2.5"))
    life_skills = WeekHours(wed=Decimal(2))
    return Plan(
        start=start,
        planned_end=start + timedelta(days=729),
        end_goal=EndGoal(EndGoalType.WORK, EXAMPLE_END_GOAL),
        norwegian_goal=NorwegianGoal.of(
            {
                SubSkill.LISTENING: CefrLevel.B1,
                SubSkill.READING: CefrLevel.B1,
                SubSkill.WRITING: CefrLevel.A2,
                SubSkill.ORAL: CefrLevel.B1,
            }
        ),
        elements=(
            PlanElement("norwegian", start, start + timedelta(days=364), norwegian),
            PlanElement(
                "language_practice",
                start + timedelta(days=28),
                start + timedelta(days=300),
                practice,
                note="Eksempel barnehage",
            ),
            PlanElement("life_skills_health", start, start + timedelta(days=104), life_skills),
        ),
        long_term_goal="Egen barnehageavdeling og god norsk i hverdagen.",
        approved_leave=(DateRange(start + timedelta(days=120), start + timedelta(days=126)),),
    )


def example_version(plan: Plan | None = None, *, signed: bool = True) -> PlanVersion:
    """``plan`` (the example plan by default) as a stored version: signed, or a draft."""
    return PlanVersion(
        id=1,
        participant_id=1,
        version=1,
        status=VersionStatus.SIGNED if signed else VersionStatus.DRAFT,
        plan=plan if plan is not None else example_plan(),
        signed_on=date(2026, 9, 1) if signed else None,
    )


def store_example_plan(
    plans: PlanService, participant_id: int, plan: Plan | None = None
) -> PlanVersion:
    """The example plan saved and signed for ``participant_id`` through the plans service, as
    an adviser would: tests set up state this way instead of rewiring services."""
    plans.create_draft(participant_id, plan if plan is not None else example_plan())
    return plans.sign(participant_id, on=date(2026, 9, 1), by="Kari Nordmann", allow_errors=True)
