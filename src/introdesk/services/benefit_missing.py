"""A month's missing registrations for the benefit (brief §3: a past planned day of a plan
element with no row is paid as attended, flagged, and blocks locking until registered or
accepted), checked against what each participant registered that month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from introdesk.domain.plans import Plan
from introdesk.persistence.repositories.attendance_month import registered_key
from introdesk.rules.planned_time import PlannedDays, planned_in_span


def missing_days(
    participant_id: int,
    plan: Plan | None,
    paid: Sequence[tuple[date, date]],
    registered: set[str],
    accepted: set[tuple[int, date]],
    until: date,
) -> set[date]:
    """Paid past days (``paid``: the month's paid periods, in order) with planned time but no
    registration (``registered``: the ``registered_key`` of every attendance row the
    participant has that month) nor an accepted gap."""
    if plan is None or not paid:
        return set()
    planned = planned_in_span(plan, paid[0][0], min(paid[-1][1], until))
    one_period = len(paid) == 1  # then every day planned between its ends is paid
    missing = set()
    for day, keys in _keys(planned):
        if not one_period and not any(a <= day <= b for a, b in paid):
            continue
        if accepted and (participant_id, day) in accepted:
            continue
        if not registered.issuperset(keys):
            missing.add(day)
    return missing


@lru_cache(maxsize=1024)
def _keys(planned: PlannedDays) -> tuple[tuple[date, tuple[str, ...]], ...]:
    """Each planned day with the ``registered_key`` of its elements, once per schedule (the
    month's plans share a few hundred)."""
    return tuple(
        (day, tuple(registered_key(day, code) for code, _ in codes)) for day, codes in planned
    )
