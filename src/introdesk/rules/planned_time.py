"""Time planned per day in a plan, as attendance registration expects it (brief §2.1, §2.3):
counted minutes per element code, nothing on approved leave or on Norwegian public holidays.

Attendance, its checks, the demo and the monthly benefit's missing registrations all ask
``planned_minutes`` (one day) or ``planned_days`` (a span, in one pass over the elements).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from introdesk.domain.plans import Plan, WeekHours
from introdesk.rules.plan_calendar import norwegian_public_holidays

ONE_DAY = timedelta(days=1)
ONE_WEEK = timedelta(days=7)


def planned_minutes(
    plan: Plan | None, day: date, calendar: tuple[date, date, frozenset[date]] | None = None
) -> dict[str, int]:
    """Element code → counted minutes planned on ``day`` (approved leave plans nothing).

    ``calendar`` is ``plan_calendar(plan)`` computed once, for loops over many days.
    """
    return planned_days(plan, day, day, calendar).get(day, {})


def planned_days(
    plan: Plan | None,
    first: date,
    last: date,
    calendar: tuple[date, date, frozenset[date]] | None = None,
) -> dict[date, dict[str, int]]:
    """``planned_minutes`` for every day from ``first`` to ``last`` with time planned, in one
    pass over the plan's elements (a month for thousands of participants)."""
    return {day: dict(codes) for day, codes in planned_in_span(plan, first, last, calendar)}


# (day, ((element code, minutes), …)) for each day with time planned, in day order; the codes
# in the order of the plan's elements.
PlannedDays = tuple[tuple[date, tuple[tuple[str, int], ...]], ...]


def planned_in_span(
    plan: Plan | None,
    first: date,
    last: date,
    calendar: tuple[date, date, frozenset[date]] | None = None,
) -> PlannedDays:
    """``planned_days`` as tuples, worked out once for every plan with the same elements
    running in the span and the same days closed there (most of a month's thousands of plans
    share a few hundred such schedules)."""
    if plan is None:
        return ()
    start, end, closed = calendar or plan_calendar(plan)
    low, high = max(first, start), min(last, end)
    if low > high:
        return ()
    running = []
    for element in plan.elements:
        begin, stop = max(low, element.start), min(high, element.end)
        if begin <= stop:
            running.append((element.code, begin, stop, element.hours))
    if not running:
        return ()
    return _planned(tuple(running), frozenset(day for day in closed if low <= day <= high))


@lru_cache(maxsize=4096)
def _planned(
    running: tuple[tuple[str, date, date, WeekHours], ...], closed: frozenset[date]
) -> PlannedDays:
    """The days of ``running`` elements (code, first day, last day, hours) with time planned,
    except ``closed`` days."""
    planned: dict[date, dict[str, int]] = {}
    for code, begin, stop, hours in running:
        first_weekday = begin.weekday()
        # Each weekday with time planned, a week at a time (no day without time is visited).
        for weekday, minutes in enumerate(weekly_minutes(hours)):
            if minutes <= 0:
                continue
            day = begin + timedelta(days=(weekday - first_weekday) % 7)
            while day <= stop:
                if day not in closed:
                    codes = planned.setdefault(day, {})
                    codes[code] = codes.get(code, 0) + minutes
                day += ONE_WEEK
    return tuple((day, tuple(codes.items())) for day, codes in sorted(planned.items()))


@lru_cache(maxsize=4096)
def weekly_minutes(hours: WeekHours) -> tuple[int, ...]:
    """Counted minutes Monday to Sunday (hours × 60 to the nearest minute), computed once per
    schedule: thousands of plan elements share a few schedules."""
    return tuple(int((each * 60).to_integral_value()) for each in hours.as_tuple())


def plan_calendar(plan: Plan) -> tuple[date, date, frozenset[date]]:
    """The plan's period (with approved leave added) and the days with nothing planned on them:
    approved leave and Norwegian public holidays (brief §2.1, §2.3: a holiday is not a gap, so no
    attendance is expected and none is missing)."""
    period = plan.period
    holidays = norwegian_public_holidays(range(period.start.year, period.end.year + 1))
    return period.start, period.end, plan.leave_dates | holidays
