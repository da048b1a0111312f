"""``planned_days`` visits only the weekdays with time planned, a week at a time, and works a
schedule out once for all plans with the same elements running in the span (issue 18): the same
answer as walking every day of every element, for any schedule, span and leave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from introdesk.domain.plans import DateRange, Plan, PlanElement, WeekHours
from introdesk.rules.planned_time import (
    plan_calendar,
    planned_days,
    planned_in_span,
    weekly_minutes,
)

DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))
HOURS = st.sampled_from([Decimal(0), Decimal(0), Decimal(2), Decimal("2.5"), Decimal("7.5")])


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    start = draw(DAYS)
    elements = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        first = start + timedelta(days=draw(st.integers(min_value=0, max_value=200)))
        last = first + timedelta(days=draw(st.integers(min_value=0, max_value=120)))
        hours = WeekHours(*(draw(HOURS) for _ in range(7)))
        elements.append(
            PlanElement(draw(st.sampled_from(["NOR", "WORK", "SAMF"])), first, last, hours)
        )
    leave = ()
    if draw(st.booleans()):
        begins = start + timedelta(days=draw(st.integers(min_value=0, max_value=150)))
        leave = (DateRange(begins, begins + timedelta(days=draw(st.integers(0, 20)))),)
    return Plan(
        start=start,
        planned_end=start + timedelta(days=300),
        end_goal=None,
        norwegian_goal=None,
        elements=tuple(elements),
        approved_leave=leave,
    )


def every_day(plan: Plan, first: date, last: date) -> dict[date, dict[str, int]]:
    start, end, closed = plan_calendar(plan)
    planned: dict[date, dict[str, int]] = {}
    day = max(first, start)
    while day <= min(last, end):
        if day not in closed:
            for element in plan.elements:
                minutes = weekly_minutes(element.hours)[day.weekday()]
                if element.start <= day <= element.end and minutes > 0:
                    codes = planned.setdefault(day, {})
                    codes[element.code] = codes.get(element.code, 0) + minutes
        day += timedelta(days=1)
    return dict(sorted(planned.items()))


@given(plan=plans(), first=DAYS, length=st.integers(min_value=0, max_value=70))
def test_planned_days_is_the_day_by_day_walk(plan: Plan, first: date, length: int) -> None:
    last = first + timedelta(days=length)
    assert planned_days(plan, first, last) == every_day(plan, first, last)


@settings(deadline=None)  # no timing in tests: the machine running them may be busy
@given(
    plan=plans(),
    first=DAYS,
    length=st.integers(min_value=0, max_value=70),
    shift=st.integers(min_value=-40, max_value=40),
)
def test_plans_sharing_a_schedule_get_their_own_days(
    plan: Plan, first: date, length: int, shift: int
) -> None:
    # The same elements in another plan whose leave moved: an answer worked out for one of
    # them (and remembered) must not be given to the other when their closed days differ.
    moved = replace(
        plan,
        approved_leave=tuple(
            DateRange(p.start + timedelta(days=shift), p.end + timedelta(days=shift))
            for p in plan.approved_leave
        ),
    )
    last = first + timedelta(days=length)
    for each in (plan, moved, plan):
        expected = every_day(each, first, last)
        assert planned_days(each, first, last) == expected
        in_order = planned_in_span(each, first, last)
        assert [day for day, _ in in_order] == sorted(expected)
        assert {day: dict(codes) for day, codes in in_order} == expected
