"""Values are checked against their columns before anything is written (brief, issue 15
item 5): text no longer than the column's size, numbers finite and within the column's
precision, whole numbers within 64 bits (32 for ``Integer`` columns).

SQLite would store a too-long text and ``Infinity`` where PostgreSQL refuses them; checked here,
before the flush, both back ends accept exactly the same data and the user gets one line
naming the field.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Float, Integer, Numeric, String, inspect
from sqlalchemy.orm import Session

from introdesk.domain.errors import Coded, FieldProblem, ValidationError

_INT32 = 2**31
_INT64 = 2**63


def _problem(column: Any, value: Any) -> Coded | None:
    kind = column.type
    length = getattr(kind, "length", None) if isinstance(kind, String) else None
    if isinstance(value, str) and length is not None and len(value) > length:
        return Coded.of("rows.too_long", limit=length)
    if isinstance(value, bool):
        return None
    if isinstance(value, (Decimal, float)):
        if (isinstance(value, Decimal) and not value.is_finite()) or (
            isinstance(value, float) and not math.isfinite(value)
        ):
            return Coded.of("rows.not_finite")
        if isinstance(kind, Numeric) and not isinstance(kind, Float):
            precision, scale = kind.precision, kind.scale or 0
            if precision is not None and abs(Decimal(value)) >= Decimal(10) ** (precision - scale):
                return Coded.of("rows.too_large")
    if isinstance(value, int):
        limit = _INT64 if isinstance(kind, BigInteger) or not isinstance(kind, Integer) else _INT32
        if not -limit <= value < limit:
            return Coded.of("rows.too_large")
    return None


def _checked_columns(mapper: Any) -> tuple[tuple[str, Any], ...]:
    """The attributes of a mapped class whose column can refuse a value (sized text, numbers),
    worked out once per class: a flush of a big import or demo checks thousands of rows."""
    cached = _CHECKED.get(mapper)
    if cached is None:
        cached = tuple(
            (attribute.key, attribute.columns[0])
            for attribute in mapper.column_attrs
            if isinstance(attribute.columns[0].type, (String, Numeric, Integer, Float))
            and (
                not isinstance(attribute.columns[0].type, String)
                or getattr(attribute.columns[0].type, "length", None) is not None
            )
        )
        _CHECKED[mapper] = cached
    return cached


_CHECKED: dict[Any, tuple[tuple[str, Any], ...]] = {}


def check_pending_values(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """A ``before_flush`` hook: refuse the whole flush when any value does not fit.

    New rows are checked whole; a changed row only in the attributes that changed (the others
    were read from the database, where they fit)."""
    problems: list[FieldProblem] = []
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        changed = None if state.key is None else state.committed_state
        values = state.dict
        for key, column in _checked_columns(state.mapper):
            if changed is not None and key not in changed:
                continue
            value = values.get(key)
            if value is None:
                continue
            reason = _problem(column, value)
            if reason is not None:
                problems.append(FieldProblem.of(None, key, reason))
    if problems:
        raise ValidationError(problems)


def check_rows(model: type, rows: Sequence[Mapping[str, Any]]) -> None:
    """The same check for rows written by one bulk ``insert`` (which has no flush to hook)."""
    columns = _checked_columns(inspect(model))
    problems = [
        FieldProblem.of(None, key, reason)
        for row in rows
        for key, column in columns
        if (value := row.get(key)) is not None and (reason := _problem(column, value)) is not None
    ]
    if problems:
        raise ValidationError(problems)
