"""A month's missing registrations for the benefit (brief §3: a past planned day of a plan
element with no row is paid as attended, flagged, and blocks locking until registered or
accepted), checked against what each participant registered that month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from introdesk.domain.plans import Plan
from introdesk.persistence.repositories.attendance_month import registered_key
from introdesk.rules.planned_time import planned_in_span


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
    for day, codes in planned:
        if not one_period and not any(a <= day <= b for a, b in paid):
            continue
        if (participant_id, day) in accepted:
            continue
        on_day = _day_key(day)
        for code, _minutes in codes:
            if on_day + code not in registered:
                missing.add(day)
                break
    return missing


@lru_cache(maxsize=1024)
def _day_key(day: date) -> str:
    """``registered_key(day, code)`` without the code (the month's days, over and over)."""
    return registered_key(day, "")
