"""Reading and writing programme events (issue 14 item 1)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.persistence.column_limits import visible
from introdesk.persistence.models import ProgrammeEventRow, StatusPeriodRow
from introdesk.persistence.repositories.plain import plain_rows
from introdesk.persistence.value_limits import check_rows


def to_event(row: ProgrammeEventRow) -> ProgrammeEvent:
    return ProgrammeEvent(
        id=row.id,
        participant_id=row.participant_id,
        kind=EventKind(row.kind),
        day=row.day,
        until=row.until,
        leave_kind=LeaveKind(row.leave_kind) if row.leave_kind else None,
        exit_reason=row.exit_reason,
        reason=row.reason,
        by=row.created_by,
        row_version=row.row_version,
    )


def events_of(session: Session, participant_id: int) -> list[ProgrammeEvent]:
    rows = session.scalars(
        select(ProgrammeEventRow)
        .where(ProgrammeEventRow.participant_id == participant_id)
        .order_by(ProgrammeEventRow.day, ProgrammeEventRow.id)
    )
    return [to_event(row) for row in rows]


def events_by_participant(
    session: Session, participant_ids: Sequence[int] | None = None
) -> dict[int, list[ProgrammeEvent]]:
    """Everyone's events in one query (``None``: every participant), read as plain columns
    (no ORM objects: a month's benefit reads every participant's events). The reason is blank
    for a login that may not read it (``column_limits``)."""
    e = ProgrammeEventRow
    query = select(
        e.id,
        e.participant_id,
        e.kind,
        e.day,
        e.until,
        e.leave_kind,
        e.exit_reason,
        visible(session, ProgrammeEventRow.__table__.c.reason),
        e.created_by,
        e.row_version,
    ).order_by(e.day, e.id)
    if participant_ids is not None:
        query = query.where(e.participant_id.in_(participant_ids))
    grouped: dict[int, list[ProgrammeEvent]] = defaultdict(list)
    kinds = {kind.value: kind for kind in EventKind}
    for (
        event_id,
        pid,
        kind,
        day,
        until,
        leave_kind,
        exit_reason,
        reason,
        by,
        version,
    ) in plain_rows(session, query):
        grouped[pid].append(
            ProgrammeEvent(
                id=event_id,
                participant_id=pid,
                kind=kinds[kind],
                day=day,
                until=until,
                leave_kind=LeaveKind(leave_kind) if leave_kind else None,
                exit_reason=exit_reason,
                reason=reason,
                by=by,
                row_version=version,
            )
        )
    return grouped


def add(session: Session, participant_id: int, event: ProgrammeEvent, actor: str) -> int:
    row = ProgrammeEventRow(
        participant_id=participant_id,
        kind=event.kind.value,
        day=event.day,
        until=event.until,
        leave_kind=event.leave_kind.value if event.leave_kind else None,
        exit_reason=event.exit_reason,
        reason=event.reason,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    return row.id


def event_row(session: Session, event_id: int) -> ProgrammeEventRow | None:
    return session.get(ProgrammeEventRow, event_id)


def overwrite(row: ProgrammeEventRow, event: ProgrammeEvent) -> None:
    """Write a corrected event into its row (the ORM update checks and counts ``row_version``)."""
    row.day = event.day
    row.until = event.until
    row.leave_kind = event.leave_kind.value if event.leave_kind else None
    row.exit_reason = event.exit_reason
    row.reason = event.reason


def add_many(session: Session, events: Sequence[ProgrammeEvent], actor: str) -> None:
    """Many events in one insert, in the given order (demo data: thousands of people)."""
    values = [
        {
            "participant_id": event.participant_id,
            "kind": event.kind.value,
            "day": event.day,
            "until": event.until,
            "leave_kind": event.leave_kind.value if event.leave_kind else None,
            "exit_reason": event.exit_reason,
            "reason": event.reason,
            "created_by": actor,
        }
        for event in events
    ]
    if values:
        check_rows(ProgrammeEventRow, values)
        session.execute(insert(cast(Table, ProgrammeEventRow.__table__)), values)


def replace_status_history(
    session: Session,
    participant_id: int,
    periods: Sequence[tuple[ParticipantStatus, date, str]],
) -> None:
    """The status history read out of the events: every status the events give is rewritten;
    the rows before them (referred, mapped) stay."""
    before_events = (ParticipantStatus.REFERRED.value, ParticipantStatus.MAPPED.value)
    session.execute(
        delete(StatusPeriodRow).where(
            StatusPeriodRow.participant_id == participant_id,
            StatusPeriodRow.status.not_in(before_events),
        )
    )
    session.add_all(
        StatusPeriodRow(participant_id=participant_id, status=s.value, from_date=d, note=note)
        for s, d, note in periods
    )
