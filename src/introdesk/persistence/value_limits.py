"""Values are checked against their columns before anything is written (brief, issue 15
item 5): text no longer than the column's size, numbers finite and within the column's
precision, whole numbers within 64 bits (32 for ``Integer`` columns).

SQLite would store a too-long text and ``Infinity`` where PostgreSQL refuses them; checked here,
before the flush, both back ends accept exactly the same data and the user gets one line
naming the field.
"""

from __future__ import annotations

import math
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


def check_pending_values(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """A ``before_flush`` hook: refuse the whole flush when any value does not fit."""
    problems: list[FieldProblem] = []
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        for attribute in state.mapper.column_attrs:
            column = attribute.columns[0]
            value = state.dict.get(attribute.key)
            if value is None:
                continue
            reason = _problem(column, value)
            if reason is not None:
                problems.append(FieldProblem.of(None, attribute.key, reason))
    if problems:
        raise ValidationError(problems)
