"""Plans read for a month's benefit (issue 18): the version in force, its period and approved
leave whole, only the elements running in the month, no goals; for everyone and for a few, on
SQLite and PostgreSQL."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from introdesk.domain.plans import DateRange, Plan
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services
from introdesk.services.demo_plans import demo_plan

START = date(2026, 1, 5)
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)


def for_the_month(plan: Plan) -> Plan:
    """What the month's read should give: the same plan with the month's elements only."""
    return Plan(
        start=plan.start,
        planned_end=plan.planned_end,
        end_goal=None,
        norwegian_goal=None,
        elements=tuple(e for e in plan.elements if e.end >= FIRST and e.start <= LAST),
        approved_leave=plan.approved_leave,
    )


def test_month_plans_are_the_plans_in_force_cut_to_the_month(services: Services) -> None:
    rng = random.Random(18)
    people = [
        services.participants.create(NewParticipant(f"P{n}", "Test", date(1990, 1, 1))).id
        for n in range(4)
    ]
    leave = (DateRange(date(2026, 3, 2), date(2026, 3, 13)),)
    plans = {pid: demo_plan(rng, START, young=False) for pid in people}
    plans[people[1]] = replace(plans[people[1]], approved_leave=leave)  # the end moves
    for pid, plan in plans.items():
        services.plans.create_draft(pid, plan)
    services.plans.sign(people[0], by="Kari")
    services.plans.revise(people[0], "ny vurdering")  # a newer draft: the signed one counts
    in_force = services.plans.current_plans()
    assert in_force[people[0]] == plans[people[0]]
    cut = {pid: for_the_month(plan) for pid, plan in in_force.items()}
    assert any(len(p.elements) < len(in_force[pid].elements) for pid, p in cut.items())

    assert services.plans.current_plans_within(None, FIRST, LAST) == cut
    few = services.plans.current_plans_within(people[1:3], FIRST, LAST)
    assert few == {pid: cut[pid] for pid in people[1:3]}
    assert services.plans.current_plans_within([], FIRST, LAST) == {}
