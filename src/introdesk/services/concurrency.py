"""Optimistic concurrency (brief issue 15, item 2): a save names the version it was based on.

Every versioned record (participant, plan version, attendance week, programme event, setting,
training record) is read with its ``row_version``; a save passes that number back as
``expected_version``. Inside the write transaction, with the row locked (``SELECT … FOR
UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), a different current version means
someone else saved in between: the save is refused with a ``ConflictError`` naming who changed
it and when, from the audit log.
Nothing is written; the caller still holds the user's input and can apply it to a fresh copy.
``expected_version=None`` means "no copy to compare" (a command that reads and writes in one go).
"""

from __future__ import annotations

from datetime import UTC

from introdesk.domain.errors import ConflictError
from introdesk.persistence.repositories import audit
from introdesk.persistence.uow import Session


def refuse_if_stale(
    session: Session,
    *,
    what: str,
    entity: str,
    entity_id: object,
    current: int,
    expected: int | None,
) -> None:
    """Raise ``ConflictError`` when the stored version is not the one the caller read."""
    if expected is None or expected == current:
        return
    last = audit.last_change(session, entity, entity_id)
    if last is None:
        raise ConflictError(code="conflict.changed", what=what)
    when = last.at.replace(tzinfo=UTC).astimezone()
    raise ConflictError(
        code="conflict.changed_by",
        what=what,
        actor=last.actor,
        when=f"{when:%d.%m.%Y %H:%M}",
        changed_by=last.actor,
        changed_at=last.at,
    )
