"""One participant's day written to the database in the caller's transaction, each change
audited (entity ``attendance``) and the saved week's version counted up."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from introdesk.persistence.models import AttendanceEntryRow
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories.attendance import Session
from introdesk.services import attendance_weeks as weeks


def write_day(
    session: Session,
    actor: str,
    participant_id: int,
    day: date,
    new: Mapping[str, tuple[int, int, str | None, int]] | None,
    note: str = "",
    only: str | None = None,
) -> bool:
    """Replace a day's rows (or with ``only``, one element's row). Audits each change.

    ``new``: element → (planned, attended, absence code, absence minutes); None clears.
    Returns whether anything changed.
    """
    existing = {r.element_code: r for r in repo.day_entries(session, participant_id, day)}
    if only is not None:
        existing = {k: v for k, v in existing.items() if k == only}
    target = dict(new or {})
    changed = False
    entity_id = f"{participant_id}:{day.isoformat()}"
    for code in sorted(set(existing) | set(target)):
        row = existing.get(code)
        values = target.get(code)
        if values is None:
            if row is not None:
                session.delete(row)
                audit.record(
                    session,
                    actor=actor,
                    action="delete",
                    entity="attendance",
                    entity_id=entity_id,
                    changes={f"{code}.attended_minutes": (row.attended_minutes, None)},
                )
                changed = True
            continue
        planned, attended, absence, absent = values
        fields = {
            "planned_minutes": planned,
            "attended_minutes": attended,
            "absence_code": absence,
            "absence_minutes": absent,
        }
        if row is None:
            session.add(
                AttendanceEntryRow(
                    participant_id=participant_id,
                    day=day,
                    element_code=code,
                    note=note,
                    updated_by=actor,
                    **fields,
                )
            )
            audit.record(
                session,
                actor=actor,
                action="create",
                entity="attendance",
                entity_id=entity_id,
                changes={f"{code}.{k}": (None, v) for k, v in fields.items() if v},
            )
            changed = True
            continue
        diff = {
            f"{code}.{k}": (getattr(row, k), v) for k, v in fields.items() if getattr(row, k) != v
        }
        if note and note != row.note:
            diff[f"{code}.note"] = (row.note, note)
            row.note = note
        if diff:
            for k, v in fields.items():
                setattr(row, k, v)
            row.updated_by = actor
            audit.record(
                session,
                actor=actor,
                action="update",
                entity="attendance",
                entity_id=entity_id,
                changes=diff,
            )
            changed = True
    if changed:
        weeks.touch(session, participant_id, day, actor)
    session.flush()
    return changed
