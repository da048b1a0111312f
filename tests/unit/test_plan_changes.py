"""What changed between two plan versions (the history on the Plans page)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.plan_versions import ChangeKind, plan_changes
from introdesk.domain.plans import PlanElement, WeekHours
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.demo_plans import demo_plan
from introdesk.services.plan_import import parse_plan, plan_to_json

BASE = demo_plan(random.Random(3), date(2026, 1, 5), young=False)
CODES = set(load_catalogue())


def test_same_plan_has_no_changes() -> None:
    assert plan_changes(BASE, BASE) == ()


def test_added_removed_and_changed_elements() -> None:
    extra = PlanElement(
        "job_seeking", date(2026, 3, 2), date(2026, 3, 27), WeekHours(fri=Decimal(2))
    )
    first, *rest = BASE.elements
    moved = replace(first, start=first.start + timedelta(days=7))
    after = replace(BASE, elements=(moved, *rest[1:], extra), long_term_goal="Eget firma")
    changes = {(c.kind, c.subject) for c in plan_changes(BASE, after)}
    assert changes == {
        (ChangeKind.CHANGED, "long_term_goal"),
        (ChangeKind.CHANGED, f"element:{first.code}"),
        (ChangeKind.REMOVED, f"element:{rest[0].code}"),
        (ChangeKind.ADDED, "element:job_seeking"),
    }


@given(
    start=st.dates(min_value=date(2022, 1, 3), max_value=date(2030, 12, 30)),
    seed=st.integers(0, 1000),
    young=st.booleans(),
)
def test_import_format_round_trips(start: date, seed: int, young: bool) -> None:
    plan = demo_plan(random.Random(seed), start, young=young)
    assert parse_plan(plan_to_json("1", plan), "p.json", CODES).plan == plan
