"""Planned element-days without a registration: listed as missing registrations, or counted as
attended for the absence rules (as the benefit counts them, so a gap never joins two absences
into a run)."""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping, Sequence
from datetime import date, timedelta

from introdesk.domain.attendance import AttendanceEntry, MissingRegistration
from introdesk.domain.plans import Plan
from introdesk.services.benefit import plan_calendar, planned_minutes


def missing_days(
    participant_id: int,
    plan: Plan,
    period: tuple[date, date],
    registered: Mapping[tuple[int, date, str], int],
    accepted: Container[tuple[int, date]],
) -> Iterator[MissingRegistration]:
    """Element-days in ``period`` and the plan with less time registered (attended plus
    absent minutes, by participant, day and element) than planned, except ``accepted`` days."""
    start, end = period
    day = max(start, plan.start)
    while day <= min(end, plan.period.end):
        if (participant_id, day) not in accepted:
            for code, planned in planned_minutes(plan, day).items():
                minutes = registered.get((participant_id, day, code), -1)
                if minutes < planned:
                    yield MissingRegistration(participant_id, day, code, planned, max(minutes, 0))
        day += timedelta(days=1)


def unregistered_as_attended(
    participant_id: int, plan: Plan, entries: Sequence[AttendanceEntry], period: tuple[date, date]
) -> list[AttendanceEntry]:
    """An attended entry for each planned element-day in ``period`` without one of ``entries``."""
    registered = {(e.day, e.element_code) for e in entries}
    calendar = plan_calendar(plan)
    first, until = period
    added = []
    day = max(first, plan.start)
    while day <= until:
        for code, planned in planned_minutes(plan, day, calendar).items():
            if (day, code) not in registered:
                added.append(AttendanceEntry(participant_id, day, code, planned, planned))
        day += timedelta(days=1)
    return added
