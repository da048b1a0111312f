"""Plan elements as read from ``plan_elements``, each weekly schedule built once (issue 18: a
month's benefit reads tens of thousands of elements that share a few schedules).

On SQLite the hours have no decimal type: the column type (``HOURS``) turns each stored number
into a ``Decimal``, seven per element, most of the time of the read. Here they are read as the
driver gives them, and each distinct schedule is turned into ``Decimal`` hours by that same
conversion once. Other databases give decimals themselves; their hours are read as usual."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from introdesk.domain.plans import PlanElement, WeekHours
from introdesk.persistence.models import PlanElementRow
from introdesk.persistence.models.plans import HOURS

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS_COLUMNS = tuple(getattr(PlanElementRow, day) for day in _DAYS)


def _element_columns(hours: tuple[Any, ...]) -> tuple[Any, ...]:
    e = PlanElementRow
    return (e.plan_version_id, e.position, e.id, e.code, e.start_date, e.end_date, *hours, e.note)


# (plan version id, position, id, code, start, end, mon … sun, note)
ELEMENT_COLUMNS = _element_columns(_HOURS_COLUMNS)
_UNCONVERTED_COLUMNS = _element_columns(tuple(type_coerce(c, NullType) for c in _HOURS_COLUMNS))


class Schedules:
    """Makes ``PlanElement`` values from rows of ``columns``, sharing one ``WeekHours`` between
    elements with the same schedule."""

    def __init__(self, session: Session) -> None:
        dialect = session.get_bind().dialect
        self._convert: Callable[[Any], Any] | None = None
        self.columns = ELEMENT_COLUMNS
        if dialect.name == "sqlite":
            self._convert = HOURS.dialect_impl(dialect).result_processor(dialect, None)
            self.columns = _UNCONVERTED_COLUMNS
        self._known: dict[tuple[Any, ...], WeekHours] = {}

    def element(self, values: tuple[Any, ...]) -> PlanElement:
        key = values[6:13]
        hours = self._known.get(key)
        if hours is None:
            hours = self._known[key] = self._week_hours(key)
        return PlanElement(values[3], values[4], values[5], hours, values[13])

    def _week_hours(self, stored: tuple[Any, ...]) -> WeekHours:
        convert = self._convert
        read = stored if convert is None else tuple(convert(h) for h in stored)
        return WeekHours(*(Decimal(h or 0) for h in read))
