"""Planned element-days without a registration: listed as missing registrations, or counted as
attended for the absence rules (as the benefit counts them, so a gap never joins two absences
into a run)."""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping, Sequence
from datetime import date

from introdesk.domain.attendance import AttendanceEntry, MissingRegistration
from introdesk.domain.plans import Plan
from introdesk.rules.planned_time import planned_days


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
    for day, codes in planned_days(plan, max(start, plan.start), end).items():
        if (participant_id, day) not in accepted:
            for code, planned in codes.items():
                minutes = registered.get((participant_id, day, code), -1)
                if minutes < planned:
                    yield MissingRegistration(participant_id, day, code, planned, max(minutes, 0))


def unregistered_as_attended(
    participant_id: int, plan: Plan, entries: Sequence[AttendanceEntry], period: tuple[date, date]
) -> list[AttendanceEntry]:
    """An attended entry for each planned element-day in ``period`` without one of ``entries``."""
    registered = {(e.day, e.element_code) for e in entries}
    first, until = period
    return [
        AttendanceEntry(participant_id, day, code, planned, planned)
        for day, codes in planned_days(plan, max(first, plan.start), until).items()
        for code, planned in codes.items()
        if (day, code) not in registered
    ]
