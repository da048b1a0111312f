"""Writing and reading the audit log."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.domain.records import AuditRecord
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
    """One row per changed field (or one row without a field for a bare action)."""
    if not changes:
        session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_id=str(entity_id)))
        return
    for field, (old, new) in changes.items():
        session.add(
            AuditEntry(
                actor=actor,
                action=action,
                entity=entity,
                entity_id=str(entity_id),
                field=field,
                old_value=audit_text(old),
                new_value=audit_text(new),
            )
        )


def history(session: Session, entity: str, entity_id: object) -> list[AuditRecord]:
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    return [
        AuditRecord(
            at=r.at,
            actor=r.actor,
            action=r.action,
            entity=r.entity,
            entity_id=r.entity_id,
            field=r.field,
            old_value=r.old_value,
            new_value=r.new_value,
        )
        for r in rows
    ]
