"""Writing and reading the audit log."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.domain.records import AuditRecord
from introdesk.persistence import audit_chain
from introdesk.persistence.base import utcnow
from introdesk.persistence.models import AuditEntry


def audit_text(value: object) -> str | None:
    """A stable text form for the log: ISO dates, plain decimals, enum codes."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    changes: Mapping[str, tuple[object, object]] | None = None,
) -> None:
    """One row per changed field (or one row without a field for a bare action).

    The rows are queued and inserted, chained, when the unit of work commits
    (``audit_chain.seal``); a unit of work that rolls back writes none of them."""
    at = utcnow()
    items = changes.items() if changes else [("", (None, None))]
    audit_chain.queue(
        session,
        (
            AuditEntry(
                at=at,
                actor=actor,
                action=action,
                entity=entity,
                entity_id=str(entity_id),
                field=field,
                old_value=audit_text(old),
                new_value=audit_text(new),
            )
            for field, (old, new) in items
        ),
    )


def last_change(session: Session, entity: str, entity_id: object) -> AuditRecord | None:
    """The newest audit row about one entity: who changed it last, and when."""
    row = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _record(row)


def history(session: Session, entity: str, entity_id: object) -> list[AuditRecord]:
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return [_record(r) for r in rows]


def _record(r: AuditEntry) -> AuditRecord:
    return AuditRecord(
        at=r.at,
        actor=r.actor,
        action=r.action,
        entity=r.entity,
        entity_id=r.entity_id,
        field=r.field,
        old_value=r.old_value,
        new_value=r.new_value,
    )


def entries(
    session: Session,
    *,
    participant_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[AuditRecord]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if participant_id is not None:
        query = query.where(
            AuditEntry.entity == "participant", AuditEntry.entity_id == str(participant_id)
        )
    if start is not None:
        query = query.where(AuditEntry.at >= datetime.combine(start, time.min))
    if end is not None:
        query = query.where(AuditEntry.at < datetime.combine(end + timedelta(days=1), time.min))
    return [_record(r) for r in session.scalars(query)]
