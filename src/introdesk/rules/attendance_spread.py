"""Spreading a day's absence hours over its planned elements (issue 14 item 4).

Coordinators register "absent three hours today": the minutes fill the day's elements in plan
order, each up to its planned time. More than the day's planned time is refused (there is
nothing to be absent from)."""

from __future__ import annotations

from collections.abc import Sequence

from introdesk.domain.errors import UserInputError


def spread_minutes(planned: Sequence[tuple[str, int]], minutes: int) -> list[tuple[str, int]]:
    """``(element, minutes absent)`` for every planned element, in plan order."""
    total = sum(m for _, m in planned)
    if minutes > total:
        raise UserInputError(
            f"--hours: {minutes / 60:g} h is more than the {total / 60:g} h planned that day"
        )
    parts = []
    left = minutes
    for element, planned_minutes in planned:
        part = min(left, planned_minutes)
        parts.append((element, part))
        left -= part
    return parts
