"""Versions of saved attendance weeks (brief issue 15, item 2: optimistic concurrency).

The week grid is edited and saved a participant-week at a time, so that is the unit whose
version a save checks: ``attendance_weeks`` holds one row per participant and Monday, counted up
by every write to any day of that week (grid, ``attendance record``, import). The grid reads the
versions with the week; ``save_week`` passes them back and a week saved by someone else since is
refused, with who and when. Writers lock the participant rows first (PostgreSQL; SQLite's write
transaction holds the database lock), which also orders them against locking a month.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from introdesk.domain.dates import monday_of
from introdesk.persistence.models import AttendanceWeekRow
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.uow import Session
from introdesk.services.concurrency import refuse_if_stale

ENTITY = "attendance_week"
TOUCHED_KEY = "introdesk_touched_weeks"


def week_id(participant_id: int, monday: date) -> str:
    return f"{participant_id}:{monday.isoformat()}"


def versions(session: Session, monday: date, participant_ids: Iterable[int]) -> dict[int, int]:
    """Each participant's saved-week version for the week of ``monday`` (0: never saved)."""
    ids = list(participant_ids)
    rows = repo.week_rows(session, [monday], ids)
    return {pid: rows[(pid, monday)].row_version if (pid, monday) in rows else 0 for pid in ids}


def refuse_stale(session: Session, expected: Mapping[tuple[int, date], int]) -> None:
    """``expected``: (participant, Monday) → the version the grid was loaded with."""
    rows = repo.week_rows(
        session, sorted({m for _, m in expected}), sorted({p for p, _ in expected})
    )
    for (pid, monday), version in sorted(expected.items()):
        row = rows.get((pid, monday))
        refuse_if_stale(
            session,
            what=f"The attendance of participant {pid} for the week of {monday:%d.%m.%Y}",
            entity=ENTITY,
            entity_id=week_id(pid, monday),
            current=row.row_version if row is not None else 0,
            expected=version,
        )


def touch(session: Session, participant_id: int, day: date, actor: str) -> None:
    """Count the week of ``day`` up once per transaction (a day of it was written)."""
    monday = monday_of(day)
    touched: set[tuple[int, date]] = session.info.setdefault(TOUCHED_KEY, set())
    if (participant_id, monday) in touched:
        return
    touched.add((participant_id, monday))
    row = repo.week_rows(session, [monday], [participant_id]).get((participant_id, monday))
    old = 0 if row is None else row.row_version
    if row is None:
        session.add(AttendanceWeekRow(participant_id=participant_id, monday=monday, row_version=1))
    else:
        row.row_version = old + 1
    audit.record(
        session,
        actor=actor,
        action="update",
        entity=ENTITY,
        entity_id=week_id(participant_id, monday),
        changes={"row_version": (old, old + 1)},
    )
