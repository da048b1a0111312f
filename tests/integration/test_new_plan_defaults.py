"""A new plan starts where the rules say it may (issue 17): the longest ordinary period for the
participant's regime and duration group, and the recommended goals filled in, so it does not
fail the duration or goal rules the moment it is made. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from introdesk.domain.codes import EducationLevel, Regime, SubSkill
from introdesk.domain.dates import add_months
from introdesk.domain.plans import DurationGroup, EndGoalType
from introdesk.domain.records import NewParticipant
from introdesk.persistence.models import ParticipantRow
from introdesk.rules.durations import duration_limits
from introdesk.rules.goals import recommended_norwegian_goal
from introdesk.rules.tables import load_table
from introdesk.services.container import Services

pytestmark = pytest.mark.today(date(2026, 12, 1))
START = date(2026, 12, 7)


def _person(services: Services, birth: date, **record: object) -> int:
    pid = services.participants.create(NewParticipant("Amira", "Haddad", birth)).id
    with services.database.unit_of_work() as uow:
        row = uow.session.get(ParticipantRow, pid)
        assert row is not None
        for name, value in record.items():
            setattr(row, name, value)
        uow.commit()
    return pid


def _rule_ids(services: Services, pid: int, plan: object) -> set[str]:
    return {f.rule_id for f in services.plans.check(pid, plan)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("birth", "education", "completed", "group", "end_goal"),
    [
        (date(1985, 3, 1), EducationLevel.PRIMARY, False, DurationGroup.OTHER, None),
        (
            date(1985, 3, 1),
            EducationLevel.UPPER_SECONDARY,
            True,
            DurationGroup.UPPER_SECONDARY_OR_HIGHER,
            None,
        ),
        (
            date(2005, 3, 1),  # 21: the main rule's end goal is completed upper secondary
            EducationLevel.PRIMARY,
            False,
            DurationGroup.UPPER_SECONDARY_GOAL,
            EndGoalType.UPPER_SECONDARY,
        ),
    ],
)
def test_a_new_plan_runs_the_longest_ordinary_period_with_the_recommended_goals(
    services: Services,
    birth: date,
    education: EducationLevel,
    completed: bool,
    group: DurationGroup,
    end_goal: EndGoalType | None,
) -> None:
    pid = _person(
        services,
        birth,
        education_level=education.value,
        completed_upper_secondary=completed,
        regime=Regime.INTEGRATION_ACT.value,
    )
    plan = services.plans.blank_plan(pid, START)

    limits = duration_limits(load_table("plan_durations"), Regime.INTEGRATION_ACT, group, START)
    assert plan.planned_end == add_months(START, limits.max_months) - timedelta(days=1)
    found = _rule_ids(services, pid, plan)
    assert not {rule for rule in found if rule.startswith("DURATION_")}
    one_day_more = replace(plan, planned_end=plan.planned_end + timedelta(days=1))
    assert "DURATION_NEEDS_EXTENSION" in _rule_ids(services, pid, one_day_more)

    recommended = recommended_norwegian_goal(
        education, completed, on_date=START, table=load_table("norwegian_goal_by_education")
    )
    assert plan.norwegian_goal is not None
    assert {s: plan.norwegian_goal.level(s) for s in SubSkill} == {
        s: recommended.level(s) for s in SubSkill
    }
    assert not {rule for rule in found if rule.startswith("NORWEGIAN_GOAL")}
    assert (plan.end_goal.type if plan.end_goal else None) == end_goal


def test_without_education_or_birth_date_the_goals_are_left_to_the_adviser(
    services: Services,
) -> None:
    pid = services.participants.create(NewParticipant("Yonas", "Tesfay")).id
    plan = services.plans.blank_plan(pid, START)
    assert plan.norwegian_goal is None
    assert plan.end_goal is None
    assert not {r for r in _rule_ids(services, pid, plan) if r.startswith("DURATION_")}
